package io.transcripts.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transcripts.financials.function.S3ObjectReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The financials function's GetObject, signed by the SDK's SigV4 signer, against S3Proxy checking signatures. */
class S3ObjectReaderTest {
    @TempDir
    static Path data;
    static LocalStack stack;
    static S3Client s3;
    static Map<String, String> env;

    @BeforeAll
    static void start() throws Exception {
        stack = new LocalStack(data);
        s3 = stack.s3();
        env = stack.serviceEnvironment();
    }

    @AfterAll
    static void stop() throws Exception {
        s3.close();
        stack.close();
    }

    private static S3ObjectReader reader(String secret) {
        return new S3ObjectReader(UrlConnectionHttpClient.create(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(env.get("AWS_ACCESS_KEY_ID"), secret)),
                env.get("AWS_REGION"), URI.create(env.get("AWS_ENDPOINT_URL_S3")));
    }

    @Test
    void readsWhatTheSdkWroteWhateverTheKey() {
        S3ObjectReader reader = reader(env.get("AWS_SECRET_ACCESS_KEY"));
        for (String key : List.of("processed/plain.json", "processed/a key with spaces & (parens).json",
                "processed/Société Générale Q3+FY25 ünïcode.json", "processed/deep/nested/path/x=1;y=2.json")) {
            byte[] body = ("{\"key\":\"" + key + "\"}").getBytes(StandardCharsets.UTF_8);
            s3.putObject(b -> b.bucket(stack.bucket()).key(key), RequestBody.fromBytes(body));
            assertArrayEquals(body, reader.get(stack.bucket(), key, null), key);
        }
        byte[] big = new byte[3_000_000];
        new java.util.Random(1).nextBytes(big);
        s3.putObject(b -> b.bucket(stack.bucket()).key("processed/big.bin"), RequestBody.fromBytes(big));
        assertArrayEquals(big, reader.get(stack.bucket(), "processed/big.bin", ""), "an empty version id is no version");
    }

    @Test
    void aMissingObjectFailsWithS3sCode() {
        S3ObjectReader.S3ReadException e = assertThrows(S3ObjectReader.S3ReadException.class,
                () -> reader(env.get("AWS_SECRET_ACCESS_KEY")).get(stack.bucket(), "processed/never-written.json", null));
        assertEquals(404, e.status());
        assertTrue(e.getMessage().contains("NoSuchKey") && e.getMessage().contains("processed/never-written.json"), e.getMessage());
    }

    @Test
    void aWrongSignatureIsRefusedNotRetriedForever() {
        s3.putObject(b -> b.bucket(stack.bucket()).key("processed/signed.json"), RequestBody.fromString("{}"));
        S3ObjectReader.S3ReadException e = assertThrows(S3ObjectReader.S3ReadException.class,
                () -> reader("not-the-secret").get(stack.bucket(), "processed/signed.json", null));
        assertEquals(403, e.status(), e.getMessage());
    }
}
