package io.transcripts.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.transcripts.export.Json;
import io.transcripts.store.TableDefinition;
import java.io.Reader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/**
 * infra/template.yaml against what the build produced: a failsafe test, so it runs after every
 * function's deployment artifact has been packaged.
 */
class TemplateIT {
    private static final Path INFRA = Path.of("..");
    private static final Pattern ENV_READ = Pattern.compile("(?:required|optional)\\(env,\\s*\"(\\w+)\"");

    static Map<String, Object> template;
    static Map<String, Map<String, Object>> functions = new LinkedHashMap<>();

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws Exception {
        try (Reader r = Files.newBufferedReader(INFRA.resolve("template.yaml"), StandardCharsets.UTF_8)) {
            template = new Yaml(new io.transcripts.local.lambda.Template.CloudFormationTags()).load(r);
        }
        resources().forEach((name, res) -> {
            if ("AWS::Serverless::Function".equals(res.get("Type"))) {
                functions.put(name, (Map<String, Object>) res.get("Properties"));
            }
        });
        assertEquals(3, functions.size(), "three functions: " + functions.keySet());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> resources() {
        return (Map<String, Map<String, Object>>) template.get("Resources");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String... path) {
        Object cur = o;
        for (String p : path) {
            assertNotNull(cur, "missing " + String.join(".", path));
            cur = ((Map<String, Object>) cur).get(p);
        }
        return (Map<String, Object>) cur;
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : o == null ? List.of() : List.of(o);
    }

    @Test
    void everyHandlerIsInTheArtifactTheTemplatePointsAt() throws Exception {
        for (var f : functions.entrySet()) {
            String handler = (String) f.getValue().get("Handler");
            String className = handler.substring(0, handler.indexOf("::"));
            Path jar = INFRA.resolve((String) f.getValue().get("CodeUri")).normalize();
            assertTrue(Files.isRegularFile(jar), f.getKey() + ": no artifact at " + jar);
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                assertNotNull(zip.getEntry(className.replace('.', '/') + ".class"),
                        f.getKey() + ": " + className + " is not in " + jar);
                // the Lambda runtime's HTTP client only: no netty or Apache client in an artifact
                assertTrue(zip.stream().noneMatch(e -> e.getName().startsWith("io/netty/")
                        || e.getName().startsWith("software/amazon/awssdk/http/apache/")
                        || e.getName().startsWith("software/amazon/awssdk/http/nio/netty/")), f.getKey() + " bundles netty or apache-client");
            }
            try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
                Class<?> c = Class.forName(className, false, loader);
                c.getConstructor(); // the Lambda runtime instantiates it with no arguments
                String method = handler.substring(handler.indexOf("::") + 2);
                assertTrue(Stream.of(c.getMethods()).anyMatch(m -> m.getName().equals(method)), handler);
                assertTrue(Stream.of(c.getInterfaces()).anyMatch(i -> i.getName().equals(RequestHandler.class.getName())), handler);
            }
        }
    }

    /** Actions a function's role needs for the Lambda service itself: reading its stream, its failure destination. */
    private static final Set<String> SERVICE_ACTIONS = Set.of("dynamodb:DescribeStream", "dynamodb:GetRecords",
            "dynamodb:GetShardIterator", "dynamodb:ListStreams", "sqs:SendMessage");

    @Test
    @SuppressWarnings("unchecked")
    void eachPolicyGrantsExactlyTheActionsItsCodeCalls() throws Exception {
        for (var f : functions.entrySet()) {
            String handler = (String) f.getValue().get("Handler");
            Path jar = INFRA.resolve((String) f.getValue().get("CodeUri")).normalize();
            Set<String> called = SdkCalls.actions(jar, handler.substring(0, handler.indexOf("::")));
            Set<String> granted = new TreeSet<>();
            for (Object policy : list(f.getValue().get("Policies"))) {
                for (Object s : list(((Map<String, Object>) policy).get("Statement"))) {
                    for (Object a : list(((Map<String, Object>) s).get("Action"))) {
                        granted.add(String.valueOf(a));
                    }
                }
            }
            granted.removeAll(SERVICE_ACTIONS);
            assertEquals(called, granted, f.getKey() + ": granted actions must be the ones its code calls");
        }
    }

    @Test
    void ingestArtifactKeepsTikaParsersAfterShading() throws Exception {
        Path jar = INFRA.resolve((String) functions.get("IngestFunction").get("CodeUri")).normalize();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            var entry = zip.getEntry("META-INF/services/org.apache.tika.parser.Parser");
            assertNotNull(entry, "Tika's parser registry is missing from " + jar);
            String services = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            for (String parser : List.of("org.apache.tika.parser.pdf.PDFParser", "org.apache.tika.parser.html.JSoupParser",
                    "org.apache.tika.parser.microsoft.ooxml.OOXMLParser", "org.apache.tika.parser.csv.TextAndCSVParser",
                    "org.apache.tika.parser.microsoft.rtf.RTFParser")) {
                assertTrue(services.contains(parser), parser + " was lost in shading");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyEnvironmentVariableTheCodeReadsIsSet() throws Exception {
        Map<String, Object> globals = map(template, "Globals", "Function", "Environment", "Variables");
        for (var f : functions.entrySet()) {
            String codeUri = (String) f.getValue().get("CodeUri");
            Path module = INFRA.resolve(codeUri.substring(0, codeUri.indexOf("/target/"))).normalize();
            Set<String> read = new TreeSet<>();
            try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
                for (Path p : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = ENV_READ.matcher(Files.readString(p));
                    while (m.find()) {
                        read.add(m.group(1));
                    }
                }
            }
            assertFalse(read.isEmpty(), "found no environment reads in " + module);
            Map<String, Object> set = new HashMap<>(globals);
            Map<String, Object> env = map(f.getValue(), "Environment", "Variables");
            if (env != null) {
                set.putAll(env);
            }
            for (String name : read) {
                assertTrue(set.containsKey(name), f.getKey() + " reads " + name + " but the template does not set it");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void noPolicyGrantsWildcardActionsOrResources() {
        List<String> problems = new ArrayList<>();
        for (var f : functions.entrySet()) {
            for (Object policy : list(f.getValue().get("Policies"))) {
                if (!(policy instanceof Map<?, ?> p) || !p.containsKey("Statement")) {
                    problems.add(f.getKey() + ": a managed or template policy (" + policy + "); write scoped statements");
                    continue;
                }
                for (Object s : list(p.get("Statement"))) {
                    Map<String, Object> st = (Map<String, Object>) s;
                    for (Object a : list(st.get("Action"))) {
                        if (String.valueOf(a).contains("*")) {
                            problems.add(f.getKey() + " " + st.get("Sid") + ": action " + a);
                        }
                    }
                    for (Object r : list(st.get("Resource"))) {
                        // a resource must name one of ours: a Ref, GetAtt or Sub, never a bare ARN or "*"
                        if (!(r instanceof Map<?, ?>) || String.valueOf(r).matches(".*\\{Fn::Sub=\\*?}.*")) {
                            problems.add(f.getKey() + " " + st.get("Sid") + ": resource " + r);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    @SuppressWarnings("unchecked")
    void prefixesCannotTriggerEachOther() {
        Map<String, Object> params = map(template, "Parameters");
        String upload = (String) map(params, "UploadPrefix").get("Default");
        String processed = (String) map(params, "ProcessedPrefix").get("Default");
        assertFalse(upload.startsWith(processed) || processed.startsWith(upload), upload + " / " + processed);
        for (var f : List.of(Map.entry("IngestFunction", "UploadPrefix"), Map.entry("FinancialsFunction", "ProcessedPrefix"))) {
            Map<String, Object> events = map(functions.get(f.getKey()), "Events");
            Map<String, Object> props = map(events.values().iterator().next(), "Properties");
            Map<String, Object> rule = (Map<String, Object>) list(map(props, "Filter", "S3Key").get("Rules")).get(0);
            assertEquals("prefix", rule.get("Name"));
            assertEquals(Map.of("Ref", f.getValue()), rule.get("Value"), f.getKey());
        }
        for (var f : functions.entrySet()) {
            for (Object policy : list(f.getValue().get("Policies"))) {
                for (Object s : list(((Map<String, Object>) policy).get("Statement"))) {
                    Map<String, Object> st = (Map<String, Object>) s;
                    if (list(st.get("Action")).contains("s3:PutObject")) {
                        assertFalse(String.valueOf(st.get("Resource")).contains("${UploadPrefix}"),
                                f.getKey() + " may write under the upload prefix and trigger itself");
                    }
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void tableAndStreamFilterMatchTheCode() throws Exception {
        Map<String, Object> table = map(resources().get("TranscriptsTable"), "Properties");
        CreateTableRequest definition = TableDefinition.create("t");
        assertEquals(definition.keySchema().stream().map(k -> Map.of("AttributeName", k.attributeName(), "KeyType", k.keyTypeAsString())).toList(),
                table.get("KeySchema"));
        List<Map<String, Object>> gsis = (List<Map<String, Object>>) table.get("GlobalSecondaryIndexes");
        assertEquals(definition.globalSecondaryIndexes().size(), gsis.size());
        for (int i = 0; i < gsis.size(); i++) {
            var g = definition.globalSecondaryIndexes().get(i);
            assertEquals(g.indexName(), gsis.get(i).get("IndexName"));
            assertEquals(g.keySchema().stream().map(k -> Map.of("AttributeName", k.attributeName(), "KeyType", k.keyTypeAsString())).toList(),
                    gsis.get(i).get("KeySchema"));
        }
        assertEquals(definition.streamSpecification().streamViewTypeAsString(), map(table, "StreamSpecification").get("StreamViewType"));
        assertEquals(Boolean.TRUE, map(table, "SSESpecification").get("SSEEnabled"));

        Map<String, Object> stream = map(map(functions.get("AlertsFunction"), "Events").values().iterator().next(), "Properties");
        List<Object> patterns = new ArrayList<>();
        for (Object f : list(map(stream, "FilterCriteria").get("Filters"))) {
            patterns.add(Json.MAPPER.readTree((String) ((Map<String, Object>) f).get("Pattern")));
        }
        List<Object> code = new ArrayList<>();
        for (String f : TableDefinition.GUIDANCE_FILTERS) {
            code.add(Json.MAPPER.readTree(f));
        }
        assertEquals(code, patterns);
        assertEquals(Boolean.TRUE, stream.get("BisectBatchOnFunctionError"));
        assertTrue(((Number) stream.get("MaximumRetryAttempts")).intValue() >= 0);
        assertTrue(((Number) stream.get("MaximumRecordAgeInSeconds")).intValue() > 0);
        assertNotNull(map(stream, "DestinationConfig", "OnFailure").get("Destination"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void bucketIsEncryptedPrivateAndTlsOnly() {
        Map<String, Object> bucket = map(resources().get("TranscriptBucket"), "Properties");
        assertNotNull(bucket.get("BucketEncryption"));
        for (String stored : List.of("TranscriptBucket", "TranscriptsTable")) {
            assertEquals("Retain", resources().get(stored).get("DeletionPolicy"), stored + " must outlive the stack");
        }
        assertEquals(Boolean.TRUE, map(resources().get("TranscriptsTable"), "Properties").get("DeletionProtectionEnabled"));
        assertEquals("java21", map(template, "Globals", "Function").get("Runtime"), "a runtime AWS accepts new functions on");
        Map<String, Object> block = map(bucket, "PublicAccessBlockConfiguration");
        for (String k : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")) {
            assertEquals(Boolean.TRUE, block.get(k), k);
        }
        boolean tlsOnly = resources().values().stream().filter(r -> "AWS::S3::BucketPolicy".equals(r.get("Type")))
                .flatMap(r -> list(map(r, "Properties", "PolicyDocument").get("Statement")).stream())
                .map(s -> (Map<String, Object>) s)
                .anyMatch(s -> "Deny".equals(s.get("Effect")) && String.valueOf(s.get("Condition")).contains("aws:SecureTransport=false"));
        assertTrue(tlsOnly, "the bucket policy must deny requests without TLS");
        for (var f : functions.entrySet()) {
            if (map(f.getValue(), "Events").values().stream().anyMatch(e -> "S3".equals(((Map<String, Object>) e).get("Type")))) {
                assertNotNull(map(f.getValue(), "EventInvokeConfig", "DestinationConfig", "OnFailure"), f.getKey() + " on-failure destination");
            }
        }
        if (!"live".equals(map(template, "Globals", "Function").get("AutoPublishAlias"))) {
            fail("SnapStart needs AutoPublishAlias");
        }
    }

    @Test
    void everyDeadLetterQueueAndFunctionHasAnAlarmAndFunctionsLogJson() {
        Map<String, Object> logging = map(template, "Globals", "Function", "LoggingConfig");
        assertEquals("JSON", logging.get("LogFormat"), "structured logs");
        List<Map<String, Object>> alarms = resources().values().stream().filter(r -> "AWS::CloudWatch::Alarm".equals(r.get("Type")))
                .map(r -> map(r, "Properties")).toList();
        for (var q : resources().entrySet()) {
            if ("AWS::SQS::Queue".equals(q.getValue().get("Type"))) {
                assertTrue(alarms.stream().anyMatch(a -> "ApproximateNumberOfMessagesVisible".equals(a.get("MetricName"))
                        && String.valueOf(a.get("Dimensions")).contains(q.getKey())), "an alarm on the depth of " + q.getKey());
            }
        }
        for (String f : functions.keySet()) {
            assertTrue(alarms.stream().anyMatch(a -> "Errors".equals(a.get("MetricName")) && "AWS/Lambda".equals(a.get("Namespace"))
                    && String.valueOf(a.get("Dimensions")).contains(f)), "an alarm on the errors of " + f);
        }
        for (Map<String, Object> a : alarms) {
            assertTrue(String.valueOf(a.get("AlarmActions")).contains("OperationsTopic"), "every alarm notifies the operations topic: " + a);
        }
    }
}
