package io.transcripts.local;

import io.transcripts.model.CompanyKey;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.transcripts.export.Json;
import io.transcripts.model.Alert;
import io.transcripts.store.Keys;
import io.transcripts.model.StoredGuidance;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import java.util.stream.Stream;

/** The local stack's command line: run, process, query. */
public final class LocalMain {
    static final String USAGE = """
            usage: java -jar transcripts-local.jar COMMAND [options]
              run [--data DIR] [--reset] [FILE|DIR...]     process files (default: events/transcripts) and show the results
              process --out DIR [--data DIR] [--reset] FILE...   process in order, write DIR/<file name>.json exports
              query guidance COMPANY METRIC [--data DIR]    guidance history of a company (ticker or name) and metric
              query alerts [--limit N] [--data DIR]         recent alerts across companies
              query document FILE_NAME [--data DIR]         the export of an uploaded file
              query capacity [--data DIR]                   DynamoDB write and read units per document, as the
                                                            functions logged them (use a fresh --data to measure)
              coldstart [--count N] [--data DIR]            time each function's cold start (JVM start to first
                                                            response) N times per variant against a trivial handler
              load [--count N] [--concurrency N] [--data DIR] [--reset]
                                                            upload N generated transcripts; report throughput,
                                                            upload-to-alert latency, peak memory, lost uploads
            exit status: 0 done; 1 the local stack failed; 2 bad arguments; 3 a document FAILED;
                         5 (load) an upload has no final record""";

    private LocalMain() {
    }

    public static void main(String[] args) {
        int status = 1;
        try {
            status = run(args, System.out, System.err);
        } finally {
            // DynamoDB Local keeps non-daemon threads: the process ends here whatever happened
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            if (o.reset()) {
                deleteRecursively(o.data());
            }
            Files.createDirectories(o.data());
            long t0 = System.nanoTime();
            try (LocalStack stack = new LocalStack(o.data()); LocalPipeline pipeline = new LocalPipeline(stack, o.data(),
                    LocalPipeline.Options.defaults().withConcurrency(o.concurrency()))) {
                err.printf("local stack up in %d ms (data in %s)%n", (System.nanoTime() - t0) / 1_000_000, o.data());
                return switch (o.command()) {
                    case "run" -> Commands.run(pipeline, o.files(), out, true, null);
                    case "process" -> Commands.run(pipeline, o.files(), out, false, o.out());
                    case "load" -> {
                        Load.Result r = Load.run(pipeline, o.count(), 42);
                        r.print(out);
                        yield r.withoutFinalRecord() == 0 ? 0 : 5;
                    }
                    case "coldstart" -> {
                        ColdStarts.print(ColdStarts.measure(pipeline, o.data(), Path.of(""), o.count()), out);
                        yield 0;
                    }
                    default -> query(pipeline, o, out);
                };
            }
        } catch (Exception | Error e) {
            err.println("error: " + e);
            return 1;
        }
    }

    private static int query(LocalPipeline pipeline, Options o, PrintStream out) throws IOException {
        var pretty = Json.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);
        List<String> a = o.files().stream().map(Path::toString).toList();
        switch (a.isEmpty() ? "" : a.get(0)) {
            case "guidance" -> {
                if (a.size() != 3) {
                    throw new IllegalArgumentException("query guidance COMPANY METRIC");
                }
                String company = CompanyKey.of(a.get(1).matches("[A-Z]{1,6}") ? a.get(1) : null, a.get(1));
                List<StoredGuidance> h = new ArrayList<>(pipeline.store().guidanceHistory(company, a.get(2)));
                h.sort(Comparator.comparing((StoredGuidance g) -> String.valueOf(g.callDate())));
                for (StoredGuidance g : h) {
                    var node = Json.MAPPER.valueToTree(g.guidance());
                    out.printf("%s  %-10s %-9s %-26s %-11s (%s)%n", g.callDate(), g.guidance().period(),
                            g.guidance().basis() == null ? "" : g.guidance().basis(), Report.range(node, "low", "high"),
                            g.guidance().direction(), g.sourceKey());
                }
                if (h.isEmpty()) {
                    out.println("no guidance stored for " + company + " " + a.get(2));
                }
            }
            case "alerts" -> {
                List<Alert> alerts = pipeline.store().recentAlerts(o.limit(), YearMonth.now(ZoneOffset.UTC));
                for (Alert al : alerts) {
                    var node = Json.MAPPER.valueToTree(al);
                    out.printf("%s  %-10s %s %s %s %s%s%n", al.createdAt(), al.direction(), al.company(), al.metric(),
                            al.period(), Report.range(node, "low", "high"), al.priorLow() == null && al.priorHigh() == null
                                    ? "" : " (was " + Report.range(node, "priorLow", "priorHigh") + ")");
                }
                if (alerts.isEmpty()) {
                    out.println("no alerts");
                }
            }
            case "document" -> {
                if (a.size() != 2) {
                    throw new IllegalArgumentException("query document FILE_NAME");
                }
                String id = Keys.documentId(LocalStack.BUCKET, LocalPipeline.UPLOAD_PREFIX + a.get(1));
                out.println(pretty.writeValueAsString(pipeline.export(id)));
            }
            case "capacity" -> Capacity.print(Capacity.read(o.data().resolve("logs"), pipeline.store()), out);
            default -> throw new IllegalArgumentException("query takes guidance, alerts, document or capacity");
        }
        return 0;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Parsed command line. */
    record Options(String command, Path data, boolean reset, Path out, int limit, int count, int concurrency,
                   List<Path> files) {
        static Options parse(String[] args) {
            if (args.length == 0) {
                throw new IllegalArgumentException("no command");
            }
            String command = args[0];
            if (!List.of("run", "process", "query", "load", "coldstart").contains(command)) {
                throw new IllegalArgumentException("unknown command " + command);
            }
            Path data = Path.of("data");
            Path out = null;
            boolean reset = false;
            int limit = 20;
            int count = command.equals("coldstart") ? 5 : 100;
            int concurrency = command.equals("load") ? 2 : 1;
            List<Path> files = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--data" -> data = Path.of(value(args, ++i, "--data"));
                    case "--out" -> out = Path.of(value(args, ++i, "--out"));
                    case "--reset" -> reset = true;
                    case "--limit" -> limit = positive(value(args, ++i, "--limit"), "--limit");
                    case "--count" -> count = positive(value(args, ++i, "--count"), "--count");
                    case "--concurrency" -> concurrency = positive(value(args, ++i, "--concurrency"), "--concurrency");
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        files.add(Path.of(args[i]));
                    }
                }
            }
            if (command.equals("process") && (out == null || files.isEmpty())) {
                throw new IllegalArgumentException("process needs --out DIR and at least one FILE");
            }
            if (command.equals("run") && files.isEmpty()) {
                files.add(Path.of("events", "transcripts"));
            }
            return new Options(command, data, reset, out, limit, count, concurrency, files);
        }

        private static int positive(String v, String option) {
            try {
                int n = Integer.parseInt(v);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(option + " needs a positive number, not " + v);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }

}
