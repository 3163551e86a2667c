package io.transcripts.local;

import io.transcripts.store.TableDefinition;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import software.amazon.awssdk.services.s3.model.S3Object;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
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
        try (S3Client s3 = b.s3(); DynamoDbClient ddb = b.dynamo()) {
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
        public S3Client s3() {
            return S3Client.builder().endpointOverride(container.getEndpoint()).region(Region.of(container.getRegion()))
                    .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).forcePathStyle(true).build();
        }

        @Override
        public Map<String, String> serviceEnvironment() {
            // an IP address as the endpoint makes the SDK address buckets by path, as LocalStack needs
            String endpoint = "http://127.0.0.1:" + container.getEndpoint().getPort();
            return Map.of("AWS_REGION", container.getRegion(), "AWS_ACCESS_KEY_ID", container.getAccessKey(),
                    "AWS_SECRET_ACCESS_KEY", container.getSecretKey(), "AWS_ENDPOINT_URL_S3", endpoint,
                    "AWS_ENDPOINT_URL_DYNAMODB", endpoint);
        }

        /** LocalStack's own notifications need a queue or a Lambda of its own: here the bucket is polled instead. */
        @Override
        public void onObjectCreated(Consumer<ObjectCreated> listener) {
            Map<String, String> seen = new ConcurrentHashMap<>();
            Thread t = new Thread(() -> {
                try (S3Client s3 = s3()) {
                    while (!Thread.currentThread().isInterrupted()) {
                        for (S3Object o : s3.listObjectsV2Paginator(r -> r.bucket(bucket())).contents()) {
                            if (!o.eTag().equals(seen.put(o.key(), o.eTag()))) {
                                listener.accept(new ObjectCreated(o.key(), o.size(), null, null));
                            }
                        }
                        Thread.sleep(100);
                    }
                } catch (InterruptedException | RuntimeException stop) {
                    // the container is gone
                }
            }, "bucket-watch");
            t.setDaemon(true);
            t.start();
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
