package io.transcripts.local;

import java.nio.file.Path;

/** The pipeline scenarios on this machine's stack: DynamoDB Local and S3Proxy on 127.0.0.1. */
class EndToEndTest extends PipelineScenarios {
    @Override
    Backend start(Path data) throws Exception {
        return new LocalStack(data);
    }
}
