package io.transcripts.local.lambda;

import java.nio.file.Path;
import java.util.Map;

/**
 * One function as the template declares it: handler, artifact, memory, timeout, environment and
 * how the Lambda service delivers its events: S3 notifications under {@code s3Prefix} as asynchronous
 * invocations with retries, or a stream mapping.
 */
public record FunctionSpec(String name, String handler, Path artifact, int memoryMb, int timeoutSeconds,
                           Map<String, String> environment, int asyncRetries, String s3Prefix,
                           StreamMapping stream) {

    /** The DynamoDB event source mapping's delivery settings. */
    /**
     * @param parallelizationFactor batches of one shard that run at once, each holding the records of
     *                              its partition keys in order (Lambda's ParallelizationFactor, 1 to 10)
     */
    public record StreamMapping(int batchSize, boolean bisectOnError, int maxRetries, boolean reportItemFailures,
                                String filterPattern, int parallelizationFactor) {
    }

    /** Lambda gives the JVM most of the function's memory as heap; the rest is metaspace and native. */
    int heapMb() {
        return Math.max(64, memoryMb * 85 / 100);
    }
}
