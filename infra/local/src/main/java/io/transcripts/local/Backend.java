package io.transcripts.local;

import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
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

    /** An S3 client; the interceptor, when given, sees every request as S3 notifications would. */
    S3Client s3(ExecutionInterceptor interceptor);

    DynamoDbClient dynamo();

    DynamoDbStreamsClient streams();
}
