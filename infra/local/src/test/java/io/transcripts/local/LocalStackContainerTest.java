package io.transcripts.local;

import io.transcripts.store.TableDefinition;
import java.nio.file.Path;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The same pipeline scenarios against LocalStack in a container: S3 and DynamoDB with its stream as
 * AWS's APIs behave, where this machine's stack only imitates them. Skipped where Docker is missing.
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackContainerTest extends PipelineScenarios {
    private static final DockerImageName IMAGE = DockerImageName.parse("localstack/localstack:3.8");

    @Override
    Backend start(Path data) {
        LocalStackContainer container = new LocalStackContainer(IMAGE)
                .withServices(LocalStackContainer.Service.S3, LocalStackContainer.Service.DYNAMODB);
        container.start();
        ContainerBackend b = new ContainerBackend(container);
        try (S3Client s3 = b.s3(null); DynamoDbClient ddb = b.dynamo()) {
            s3.createBucket(r -> r.bucket(b.bucket()));
            ddb.createTable(TableDefinition.create(b.table()));
            ddb.waiter().waitUntilTableExists(r -> r.tableName(b.table()));
        }
        return b;
    }

    private record ContainerBackend(LocalStackContainer container) implements Backend, AutoCloseable {
        @Override
        public String bucket() {
            return "transcripts-container";
        }

        @Override
        public String table() {
            return "transcripts-container";
        }

        private StaticCredentialsProvider credentials() {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(container.getAccessKey(), container.getSecretKey()));
        }

        @Override
        public S3Client s3(ExecutionInterceptor interceptor) {
            var b = S3Client.builder().endpointOverride(container.getEndpoint()).region(Region.of(container.getRegion()))
                    .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).forcePathStyle(true);
            if (interceptor != null) {
                b.overrideConfiguration(c -> c.addExecutionInterceptor(interceptor));
            }
            return b.build();
        }

        @Override
        public DynamoDbClient dynamo() {
            return DynamoDbClient.builder().endpointOverride(container.getEndpoint()).region(Region.of(container.getRegion()))
                    .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).build();
        }

        @Override
        public DynamoDbStreamsClient streams() {
            return DynamoDbStreamsClient.builder().endpointOverride(container.getEndpoint())
                    .region(Region.of(container.getRegion())).credentialsProvider(credentials())
                    .httpClient(UrlConnectionHttpClient.create()).build();
        }

        @Override
        public void close() {
            container.stop();
        }
    }
}
