package io.transcripts.local;

import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Where the pipeline's bucket and table live: DynamoDB Local and S3Proxy here, or LocalStack in a
 * container where Docker runs. The bucket and table exist once a backend is constructed.
 */
public interface Backend {
    String bucket();

    String table();

    S3Client s3();

    DynamoDbClient dynamo();

    DynamoDbStreamsClient streams();

    /** Endpoints, region and credentials for the functions' own JVMs, as the SDK reads them from the environment. */
    Map<String, String> serviceEnvironment();

    /** The bucket's event notifications: every object created, by anyone, as S3 would send them. */
    void onObjectCreated(Consumer<ObjectCreated> listener);

    /**
     * One s3:ObjectCreated notification; {@code sequencer} orders the writes to one key (null where
     * the store gives none).
     */
    record ObjectCreated(String key, long size, String versionId, String sequencer) {
    }
}
