package io.transcripts.financials.function;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.endpoint.AwsClientEndpointProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * One S3 call, GetObject, made with the SDK's own credentials chain, SigV4 signer and HTTP client
 * rather than its S3 client: the S3 client module alone is a third of this function's artifact,
 * and this function only ever reads the export it was notified of. Path-style against an
 * endpoint override (the local stack), virtual-hosted against AWS.
 */
public final class S3ObjectReader {
    /** SHA-256 of the empty body a GET sends: S3 wants the payload's hash signed. */
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final int ATTEMPTS = 3;

    private final SdkHttpClient http;
    private final AwsCredentialsProvider credentials;
    private final String region;
    private final URI endpoint;

    /** @param endpoint an endpoint override (path-style), or null for the region's S3 endpoint */
    public S3ObjectReader(SdkHttpClient http, AwsCredentialsProvider credentials, String region, URI endpoint) {
        this.http = http;
        this.credentials = credentials;
        this.region = region;
        this.endpoint = endpoint;
    }

    /**
     * As the function runs: the SDK's own region chain, credentials chain and endpoint resolution
     * (AWS_ENDPOINT_URL_S3 and the like, as an S3 client would read them).
     */
    public static S3ObjectReader create() {
        Region region = new DefaultAwsRegionProviderChain().getRegion();
        Optional<URI> override = AwsClientEndpointProvider.builder()
                .serviceEndpointOverrideEnvironmentVariable("AWS_ENDPOINT_URL_S3")
                .serviceEndpointOverrideSystemProperty("aws.endpointUrlS3")
                .serviceProfileProperty("s3").serviceEndpointPrefix("s3").defaultProtocol("https").region(region)
                .resolveFromOverrides();
        return new S3ObjectReader(UrlConnectionHttpClient.create(), DefaultCredentialsProvider.builder().build(), region.id(),
                override.orElse(null));
    }

    /** The object's bytes; a missing object or a refusal fails with S3's status and error code. */
    public byte[] get(String bucket, String key, String versionId) {
        S3ReadException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return once(bucket, key, versionId);
            } catch (S3ReadException e) {
                if (!e.retryable() || attempt == ATTEMPTS) {
                    throw e;
                }
                last = e;
            }
            try {
                Thread.sleep(Duration.ofMillis(100L << attempt).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw last;
            }
        }
        throw last;
    }

    private byte[] once(String bucket, String key, String versionId) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.GET)
                .putHeader("x-amz-content-sha256", EMPTY_SHA256);
        String path = "/" + SdkHttpUtils.urlEncodeIgnoreSlashes(key);
        if (endpoint != null) {
            request.uri(endpoint).encodedPath(trimSlash(endpoint.getRawPath()) + "/" + SdkHttpUtils.urlEncode(bucket) + path);
        } else {
            request.protocol("https").host(bucket + ".s3." + region + "." + dnsSuffix()).encodedPath(path);
        }
        if (versionId != null && !versionId.isEmpty()) {
            request.putRawQueryParameter("versionId", versionId);
        }
        AwsCredentialsIdentity identity = credentials.resolveCredentials();
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r.identity(identity).request(request.build())
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                // S3 signs the path as sent: no second encoding, no normalising
                .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
                .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false));
        try {
            HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder().request(signed.request()).build()).call();
            byte[] body;
            try (InputStream in = response.responseBody().map(InputStream.class::cast).orElse(InputStream.nullInputStream())) {
                body = in.readAllBytes();
            }
            int status = response.httpResponse().statusCode();
            if (status / 100 == 2) {
                return body;
            }
            throw new S3ReadException(bucket, key, status, errorCode(new String(body, java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new S3ReadException(bucket, key, e);
        }
    }

    private String dnsSuffix() {
        Region r = Region.of(region);
        return r.metadata() != null ? r.metadata().partition().dnsSuffix() : "amazonaws.com";
    }

    private static String trimSlash(String path) {
        return path == null ? "" : path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** S3's error code from its XML body ("NoSuchKey"), or null. */
    static String errorCode(String xml) {
        int a = xml.indexOf("<Code>");
        int b = xml.indexOf("</Code>");
        return a >= 0 && b > a ? xml.substring(a + 6, b) : null;
    }

    /** A GetObject that failed: S3's status and code, or the transport's error. */
    public static final class S3ReadException extends UncheckedIOException {
        private final int status;

        S3ReadException(String bucket, String key, int status, String code) {
            super("s3://" + bucket + "/" + key + ": GetObject failed with HTTP " + status + (code == null ? "" : " " + code),
                    new IOException("HTTP " + status));
            this.status = status;
        }

        S3ReadException(String bucket, String key, IOException cause) {
            super("s3://" + bucket + "/" + key + ": GetObject failed: " + cause.getMessage(), cause);
            this.status = -1;
        }

        /** The HTTP status, or -1 when no response came. */
        public int status() {
            return status;
        }

        /** Throttling, server errors and lost connections are worth another try; a refusal is not. */
        boolean retryable() {
            return status < 0 || status == 429 || status / 100 == 5;
        }
    }
}
