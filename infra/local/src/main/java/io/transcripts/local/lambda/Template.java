package io.transcripts.local.lambda;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * infra/template.yaml, read so the local stack deploys what AWS would: each function's handler,
 * artifact (CodeUri), memory, timeout, environment, retries and stream mapping. References to
 * the stack's resources resolve to their local stand-ins; parameters to their defaults.
 */
public final class Template {
    private final Path file;
    private final Map<String, Object> root;

    public Template(Path file) throws IOException {
        this.file = file;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            this.root = new Yaml(new CloudFormationTags()).load(r);
        }
    }

    public Map<String, Object> root() {
        return root;
    }

    /** The template's functions, with {@code Ref}/{@code GetAtt} to resources resolved through {@code local}. */
    public List<FunctionSpec> functions(Map<String, String> local) {
        Map<String, Object> globals = map(map(root.get("Globals")).get("Function"));
        Map<String, String> params = new HashMap<>();
        map(root.get("Parameters")).forEach((k, v) -> params.put(k, String.valueOf(map(v).get("Default"))));
        List<FunctionSpec> out = new ArrayList<>();
        for (var res : map(root.get("Resources")).entrySet()) {
            Map<String, Object> r = map(res.getValue());
            if (!"AWS::Serverless::Function".equals(r.get("Type"))) {
                continue;
            }
            Map<String, Object> p = map(r.get("Properties"));
            Map<String, String> env = new LinkedHashMap<>();
            for (Map<String, Object> scope : List.of(globals, p)) {
                map(map(scope.get("Environment")).get("Variables")).forEach((k, v) -> env.put(k, resolve(v, params, local)));
                // as Lambda does: the logging configuration reaches the runtime client as these variables
                Map<String, Object> logging = map(scope.get("LoggingConfig"));
                if (logging.get("LogFormat") != null) {
                    env.put("AWS_LAMBDA_LOG_FORMAT", String.valueOf(logging.get("LogFormat")));
                }
                if (logging.get("ApplicationLogLevel") != null) {
                    env.put("AWS_LAMBDA_LOG_LEVEL", String.valueOf(logging.get("ApplicationLogLevel")));
                }
            }
            int memory = number(p.getOrDefault("MemorySize", globals.get("MemorySize")));
            int timeout = number(p.getOrDefault("Timeout", globals.get("Timeout")));
            int retries = number(map(p.get("EventInvokeConfig")).getOrDefault("MaximumRetryAttempts", 2));
            FunctionSpec.StreamMapping stream = null;
            String s3Prefix = null;
            for (Object e : map(p.get("Events")).values()) {
                Map<String, Object> ev = map(e);
                if ("S3".equals(ev.get("Type"))) {
                    for (Object rule : list(map(map(map(ev.get("Properties")).get("Filter")).get("S3Key")).get("Rules"))) {
                        if ("prefix".equals(map(rule).get("Name"))) {
                            s3Prefix = resolve(map(rule).get("Value"), params, local);
                        }
                    }
                    s3Prefix = s3Prefix == null ? "" : s3Prefix;
                }
                if ("DynamoDB".equals(ev.get("Type"))) {
                    Map<String, Object> ep = map(ev.get("Properties"));
                    List<String> patterns = new ArrayList<>();
                    for (Object f : list(map(ep.get("FilterCriteria")).get("Filters"))) {
                        patterns.add(String.valueOf(map(f).get("Pattern")));
                    }
                    stream = new FunctionSpec.StreamMapping(number(ep.getOrDefault("BatchSize", 100)),
                            Boolean.TRUE.equals(ep.get("BisectBatchOnFunctionError")),
                            number(ep.getOrDefault("MaximumRetryAttempts", -1)),
                            list(ep.get("FunctionResponseTypes")).contains("ReportBatchItemFailures"),
                            String.join("\n", patterns), number(ep.getOrDefault("ParallelizationFactor", 1)));
                }
            }
            Path artifact = file.getParent().resolve(String.valueOf(p.get("CodeUri"))).normalize();
            out.add(new FunctionSpec(res.getKey(), String.valueOf(p.get("Handler")), artifact, memory, timeout, env,
                    retries, s3Prefix, stream));
        }
        return out;
    }

    private static String resolve(Object v, Map<String, String> params, Map<String, String> local) {
        if (v instanceof Map<?, ?> m && m.containsKey("Ref")) {
            String name = String.valueOf(m.get("Ref"));
            String value = local.containsKey(name) ? local.get(name) : params.get(name);
            if (value == null) {
                throw new IllegalStateException("the local stack has no stand-in for " + name);
            }
            return value;
        }
        if (v instanceof Map<?, ?>) {
            throw new IllegalStateException("the local stack cannot resolve " + v);
        }
        return String.valueOf(v);
    }

    private static int number(Object o) {
        return o instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(o));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<?> list(Object o) {
        return o instanceof List<?> l ? l : o == null ? List.of() : List.of(o);
    }

    /** CloudFormation's short forms (!Ref, !Sub, !GetAtt, ...) read as their long-form maps. */
    public static final class CloudFormationTags extends SafeConstructor {
        public CloudFormationTags() {
            super(new LoaderOptions());
            yamlMultiConstructors.put("!", new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String tag = node.getTag().getValue().substring(1);
                    Object value;
                    if (node instanceof ScalarNode s) {
                        value = constructScalar(s);
                    } else if (node instanceof SequenceNode s) {
                        value = constructSequence(s);
                    } else {
                        value = constructMapping((MappingNode) node);
                    }
                    return Map.of(tag.equals("Ref") ? "Ref" : "Fn::" + tag, value);
                }
            });
        }
    }
}
