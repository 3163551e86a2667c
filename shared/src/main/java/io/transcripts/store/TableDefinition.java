package io.transcripts.store;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * The table as infra/template.yaml declares it (TemplateTest checks they agree), for the local
 * stack and the tests to create.
 */
public final class TableDefinition {
    /**
     * The stream filters of the alerts function's event source, as in the template (any one
     * matching passes a record): guidance written, and guidance removed, whose alert is retracted.
     */
    public static final List<String> GUIDANCE_FILTERS = List.of(
            "{\"eventName\":[\"INSERT\",\"MODIFY\"],\"dynamodb\":{\"NewImage\":{\"itemType\":{\"S\":[\"GUIDANCE\"]}}}}",
            "{\"eventName\":[\"REMOVE\"],\"dynamodb\":{\"OldImage\":{\"itemType\":{\"S\":[\"GUIDANCE\"]}}}}");
    public static final List<String> INDEXES = List.of("GSI1", "GSI2", "GSI3");

    private TableDefinition() {
    }

    public static CreateTableRequest create(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(INDEXES.stream().flatMap(i -> java.util.stream.Stream.of(i + "PK", i + "SK"))
                        .map(TableDefinition::string).collect(java.util.stream.Collectors.toCollection(
                                () -> new java.util.ArrayList<>(List.of(string(Keys.PK), string(Keys.SK))))))
                .keySchema(key(Keys.PK, KeyType.HASH), key(Keys.SK, KeyType.RANGE))
                .globalSecondaryIndexes(INDEXES.stream().map(i -> GlobalSecondaryIndex.builder().indexName(i)
                        .keySchema(key(i + "PK", KeyType.HASH), key(i + "SK", KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build()).toList())
                .streamSpecification(StreamSpecification.builder().streamEnabled(true)
                        .streamViewType(StreamViewType.NEW_AND_OLD_IMAGES).build())
                .build();
    }

    private static AttributeDefinition string(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
