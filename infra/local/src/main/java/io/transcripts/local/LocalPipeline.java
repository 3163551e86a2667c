package io.transcripts.local;

import io.transcripts.export.Export;
import io.transcripts.local.lambda.FunctionSpec;
import io.transcripts.local.lambda.LambdaService;
import io.transcripts.local.lambda.StreamEventSource;
import io.transcripts.local.lambda.Template;
import io.transcripts.model.Sha256;
import io.transcripts.store.Keys;
import io.transcripts.store.StoredDocument;
import io.transcripts.model.StoredGuidance;
import io.transcripts.store.TranscriptStore;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The deployed stack on this machine: the functions of infra/template.yaml run from their
 * deployment artifacts in JVMs of their own ({@link LambdaService}); every object created in the
 * bucket is an S3 notification routed by the template's prefix filters as an asynchronous
 * invocation, and the table's stream, filtered as the template says, feeds the alerts function
 * through an event source mapping ({@link StreamEventSource}).
 */
public final class LocalPipeline implements AutoCloseable {
    public static final String UPLOAD_PREFIX = "incoming/";
    public static final String PROCESSED_PREFIX = "processed/";
    /** S3Proxy keeps an object as a file: a key part must fit a file name with room for its temporary suffix. */
    private static final int MAX_NAME_BYTES = 180;
    private static final Duration SETTLE = Duration.ofMinutes(15);

    private final Backend stack;
    private final S3Client s3;
    private final DynamoDbClient ddb;
    private final LocalEventBus bus;
    private final LambdaService lambda;
    private final StreamEventSource stream;
    private final TranscriptStore store;
    private final io.transcripts.reader.TranscriptReader reader;
    private final String bucket;
    private final List<FunctionSpec> functions;
    /** Each key's last notification, for {@link #redeliver}. */
    private final Map<String, Backend.ObjectCreated> lastWrite = new java.util.concurrent.ConcurrentHashMap<>();

    public LocalPipeline(Backend stack, Path data) throws Exception {
        this(stack, data, Options.defaults());
    }

    /** How the local Lambda service runs: environments per function, retry delay, the JVM for functions. */
    public record Options(int concurrency, Duration retryDelay, Path java, Map<String, Integer> timeouts) {
        public static Options defaults() {
            String java = System.getProperty("transcripts.lambda.java", System.getenv("TRANSCRIPTS_LAMBDA_JAVA"));
            return new Options(1, Duration.ofMillis(500),
                    java != null ? Path.of(java) : Path.of(System.getProperty("java.home"), "bin", "java"), Map.of());
        }

        public Options withConcurrency(int n) {
            return new Options(n, retryDelay, java, timeouts);
        }

        public Options withRetryDelay(Duration d) {
            return new Options(concurrency, d, java, timeouts);
        }

        /** A function's timeout other than the template's, as a test of what a timeout does. */
        public Options withTimeout(String function, int seconds) {
            Map<String, Integer> t = new HashMap<>(timeouts);
            t.put(function, seconds);
            return new Options(concurrency, retryDelay, java, Map.copyOf(t));
        }
    }

    public LocalPipeline(Backend stack, Path data, Options options) throws Exception {
        this.stack = stack;
        this.bucket = stack.bucket();
        this.s3 = stack.s3();
        this.ddb = stack.dynamo();
        this.bus = new LocalEventBus(data);
        this.store = new TranscriptStore(ddb, stack.table());
        this.reader = new io.transcripts.reader.TranscriptReader(ddb, stack.table());
        Path build = buildDirectory();
        Template template = new Template(Path.of(System.getProperty("transcripts.template",
                build.resolve("../../template.yaml").normalize().toString())));
        this.functions = template.functions(Map.of("TranscriptsTable", stack.table(), "TranscriptEventBus", "local-bus"))
                .stream().map(f -> options.timeouts().containsKey(f.name()) ? new FunctionSpec(f.name(), f.handler(),
                        f.artifact(), f.memoryMb(), options.timeouts().get(f.name()), f.environment(), f.asyncRetries(),
                        f.s3Prefix(), f.stream()) : f).toList();
        for (FunctionSpec f : functions) {
            if (!Files.isRegularFile(f.artifact())) {
                throw new IllegalStateException(f.name() + ": no deployment artifact at " + f.artifact()
                        + " (build it with mvn -B -DskipTests package)");
            }
        }
        Map<String, String> env = new HashMap<>(stack.serviceEnvironment());
        env.put("AWS_ENDPOINT_URL_EVENTBRIDGE", bus.endpoint().toString());
        this.lambda = new LambdaService(functions, data, runtimeClasspath(build), options.java(), env,
                options.concurrency(), options.retryDelay());
        stack.onObjectCreated(this::notify);
        String streamArn = ddb.describeTable(b -> b.tableName(stack.table())).table().latestStreamArn();
        FunctionSpec streamed = functions.stream().filter(f -> f.stream() != null).findFirst()
                .orElseThrow(() -> new IllegalStateException("the template has no stream-triggered function"));
        this.stream = new StreamEventSource(stack.streams(), streamArn, lambda, streamed.name());
    }

    /** target/ of this module: the classes folder's or the jar's parent. */
    private static Path buildDirectory() throws URISyntaxException {
        Path code = Path.of(LocalPipeline.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return code.getParent();
    }

    /** The runtime interface client and its libraries, as the managed Java runtime provides them. */
    private static List<Path> runtimeClasspath(Path build) throws IOException {
        Path dir = build.resolve("lambda-runtime");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no Lambda runtime interface client in " + dir + " (run mvn -B -DskipTests package)");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private void notify(Backend.ObjectCreated n) {
        lastWrite.put(n.key(), n);
        for (FunctionSpec f : functions) {
            if (f.s3Prefix() != null && n.key().startsWith(f.s3Prefix())) {
                lambda.invokeAsync(f.name(), LambdaEvents.s3Json(bucket, n.key(), n.size(), n.versionId(), n.sequencer()));
            }
        }
    }

    public String bucket() {
        return bucket;
    }

    public TranscriptStore store() {
        return store;
    }

    /** The table as downstream services read it. */
    public io.transcripts.reader.TranscriptReader reader() {
        return reader;
    }

    public LambdaService lambda() {
        return lambda;
    }

    /** Every PutEvents request the functions send to the bus, as it arrives. */
    public void onEvent(java.util.function.Consumer<String> listener) {
        bus.listen(listener);
    }

    /** The table's client and name, for the local tools that read items as they stand. */
    public software.amazon.awssdk.services.dynamodb.DynamoDbClient dynamo() {
        return ddb;
    }

    public String table() {
        return stack.table();
    }

    /** Stops the local EventBridge endpoint, as an outage would: PutEvents is refused from now on. */
    public void stopBus() {
        bus.close();
    }

    public Path eventLog() {
        return bus.log();
    }

    /** The key an upload of this file name gets: names too long for the local store are shortened, with a hash. */
    public static String keyFor(String fileName) {
        byte[] b = fileName.getBytes(StandardCharsets.UTF_8);
        if (b.length <= MAX_NAME_BYTES) {
            return UPLOAD_PREFIX + fileName;
        }
        int dot = fileName.lastIndexOf('.');
        String ext = dot > 0 && fileName.length() - dot <= 10 ? fileName.substring(dot) : "";
        StringBuilder base = new StringBuilder();
        int bytes = 0;
        for (int cp : fileName.substring(0, fileName.length() - ext.length()).codePoints().toArray()) {
            bytes += new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_NAME_BYTES - 30) {
                break;
            }
            base.appendCodePoint(cp);
        }
        return UPLOAD_PREFIX + base + "~" + Sha256.prefix(fileName, 4) + ext;
    }

    /** Uploads a file under the upload prefix; returns its document id. */
    public String upload(String fileName, byte[] content) {
        String key = keyFor(fileName);
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(content));
        return Keys.documentId(bucket, key);
    }

    /**
     * Delivers the last notification of the file's key again, as S3's at-least-once delivery may (the
     * same write, so the same sequencer); a key never written gets one without a sequencer.
     */
    public void redeliver(String fileName, long size) {
        String key = keyFor(fileName);
        notify(lastWrite.getOrDefault(key, new Backend.ObjectCreated(key, size, null, null)));
    }

    /** Waits until no invocation is queued or running and the stream has nothing left to deliver. */
    public void drain() throws InterruptedException {
        long end = System.nanoTime() + SETTLE.toNanos();
        while (System.nanoTime() < end) {
            if (!lambda.awaitIdle(Duration.ofNanos(end - System.nanoTime()))) {
                break;
            }
            if (stream.awaitQuiet(Math.max(1, (end - System.nanoTime()) / 1_000_000)) && lambda.isIdle()) {
                return;
            }
        }
        throw new IllegalStateException("the pipeline did not settle within " + SETTLE);
    }

    /** The dead letter of an upload whose ingest gave up, if any: the reason its record may be missing. */
    public Optional<LambdaService.DeadLetter> deadLetterFor(String fileName) {
        String encoded = LambdaEvents.encodeKey(keyFor(fileName));
        return lambda.deadLetters().stream().filter(d -> d.payload().contains("\"key\":\"" + encoded + "\"")).reduce((a, b) -> b);
    }

    /** The document's export, read back from DynamoDB. */
    public Map<String, Object> export(String documentId) {
        return findExport(documentId).orElseThrow(() -> new IllegalStateException("no document " + documentId));
    }

    public Optional<Map<String, Object>> findExport(String documentId) {
        Optional<StoredDocument> stored = reader.document(documentId);
        return stored.map(d -> Export.of(d.document(), d.participants(), d.turns(), d.exchanges(), d.metrics(),
                d.guidance().stream().map(StoredGuidance::guidance).toList(), d.outlook(), d.alerts()));
    }

    @Override
    public void close() {
        stream.close();
        lambda.close();
        bus.close();
        s3.close();
        ddb.close();
    }
}
