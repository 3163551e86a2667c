package io.transcripts.local;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import io.transcripts.store.TableDefinition;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * DynamoDB Local and S3Proxy on 127.0.0.1, with their data under one folder so a later run sees
 * earlier guidance, and the bucket and table created from the definitions the template uses.
 */
public final class LocalStack implements Backend, AutoCloseable {
    public static final String BUCKET = "transcripts-local";
    public static final String TABLE = "transcripts-local";
    private static final AwsBasicCredentials CREDENTIALS = AwsBasicCredentials.create("local", "local-secret-key");

    /** Held so the level set on it is not lost when JUL collects an unreferenced logger. */
    private static final java.util.logging.Logger AWS_V1_LOG = java.util.logging.Logger.getLogger("com.amazonaws");

    private final Path dbDir;
    private final NotifyingBlobStore blobs;
    private final URI dynamoEndpoint;
    private final URI s3Endpoint;
    private DynamoDBProxyServer dynamo;
    private S3Proxy s3proxy;

    public LocalStack(Path data) throws Exception {
        dbDir = Files.createDirectories(data.resolve("dynamodb"));
        Path s3Dir = Files.createDirectories(data.resolve("s3"));
        dynamoEndpoint = URI.create("http://127.0.0.1:" + freePort());
        startDynamo();
        s3Endpoint = URI.create("http://127.0.0.1:" + freePort());
        blobs = new NotifyingBlobStore(new FilesystemNio2BlobStore(s3Dir.toString()));
        startS3();
        try (S3Client s3 = s3()) {
            if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(BUCKET))) {
                s3.createBucket(b -> b.bucket(BUCKET));
            }
        }
        try (DynamoDbClient ddb = dynamo()) {
            try {
                ddb.createTable(TableDefinition.create(TABLE));
            } catch (ResourceInUseException alreadyThere) {
                // a kept data folder already has the table
            }
        }
    }

    /** Starts DynamoDB Local on its port, on the data kept in the data folder. */
    public synchronized void startDynamo() throws Exception {
        // DynamoDB Local prints its configuration banner to stdout and a JAXB notice through JUL;
        // neither belongs in the run's report
        AWS_V1_LOG.setLevel(java.util.logging.Level.SEVERE);
        java.io.PrintStream stdout = System.out;
        System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            dynamo = ServerRunner.createServerFromCommandLineArgs(new String[] {"-port", String.valueOf(dynamoEndpoint.getPort()),
                    "-dbPath", dbDir.toString(), "-disableTelemetry"});
            dynamo.start();
        } finally {
            System.setOut(stdout);
        }
    }

    /** Stops DynamoDB Local, as an outage would: requests are refused until {@link #startDynamo}. */
    public synchronized void stopDynamo() throws Exception {
        dynamo.stop();
    }

    public synchronized void startS3() throws Exception {
        s3proxy = S3Proxy.builder().blobStore(blobs).endpoint(s3Endpoint)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, CREDENTIALS.accessKeyId(), CREDENTIALS.secretAccessKey())
                .build();
        s3proxy.start();
        for (int i = 0; i < 100 && !s3proxy.getState().equals("STARTED"); i++) {
            Thread.sleep(50);
        }
    }

    public synchronized void stopS3() throws Exception {
        s3proxy.stop();
    }

    @Override
    public Map<String, String> serviceEnvironment() {
        return Map.of("AWS_REGION", "us-east-1", "AWS_DEFAULT_REGION", "us-east-1",
                "AWS_ACCESS_KEY_ID", CREDENTIALS.accessKeyId(), "AWS_SECRET_ACCESS_KEY", CREDENTIALS.secretAccessKey(),
                "AWS_ENDPOINT_URL_S3", s3Endpoint.toString(), "AWS_ENDPOINT_URL_DYNAMODB", dynamoEndpoint.toString(),
                // S3Proxy checks no trailing checksums; the SDK then sends them only where S3 requires one
                "AWS_REQUEST_CHECKSUM_CALCULATION", "when_required", "AWS_RESPONSE_CHECKSUM_VALIDATION", "when_required");
    }

    @Override
    public void onObjectCreated(Consumer<ObjectCreated> listener) {
        blobs.listen(listener);
    }

    @Override
    public String bucket() {
        return BUCKET;
    }

    @Override
    public String table() {
        return TABLE;
    }

    @Override
    public S3Client s3() {
        return S3Client.builder().endpointOverride(s3Endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(CREDENTIALS))
                .httpClient(UrlConnectionHttpClient.create())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .forcePathStyle(true)
                // no Expect: 100-continue: under load, PUTs that S3Proxy had stored failed on the client
                // side ("Error writing request body") and the SDK sent them again, two writes of one
                // upload; without it, about half as many (6 of 1,000 uploads, from 12 to 14)
                .serviceConfiguration(c -> c.expectContinueEnabled(false)).build();
    }

    @Override
    public DynamoDbClient dynamo() {
        return DynamoDbClient.builder().endpointOverride(dynamoEndpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(CREDENTIALS))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    @Override
    public DynamoDbStreamsClient streams() {
        return DynamoDbStreamsClient.builder().endpointOverride(dynamoEndpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(CREDENTIALS))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        try {
            s3proxy.stop();
        } finally {
            dynamo.stop();
        }
    }
}
