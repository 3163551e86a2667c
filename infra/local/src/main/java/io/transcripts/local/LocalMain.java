package io.transcripts.local;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.transcripts.export.Json;
import io.transcripts.model.Alert;
import io.transcripts.model.CompanyKey;
import io.transcripts.model.StoredGuidance;
import io.transcripts.store.Keys;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The local stack's command line: run, process, query, load, coldstart (picocli; {@code --help} on each). */
@Command(name = "transcripts-local", mixinStandardHelpOptions = true, version = "transcripts-local 1",
        description = "The pipeline on this machine: DynamoDB Local, S3Proxy and each function from its artifact.",
        subcommands = {LocalMain.Run.class, LocalMain.Process.class, LocalMain.Query.class, LocalMain.ExportCommand.class,
                LocalMain.ReportCommand.class, LocalMain.RedriveCommand.class, LocalMain.LoadCommand.class, LocalMain.ColdStart.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done", "1:the local stack failed", "2:bad arguments", "3:a document FAILED",
                "4:(redrive) an event failed again", "5:(load) an upload has no final record"})
public final class LocalMain implements Callable<Integer> {
    static final int FAILED_DOCUMENT = 3;
    static final int FAILED_AGAIN = 4;
    static final int LOST_UPLOAD = 5;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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
        CommandLine cli = new CommandLine(new LocalMain());
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof IllegalArgumentException) {
                line.getErr().println("error: " + e.getMessage());
                line.usage(line.getErr());
                return CommandLine.ExitCode.USAGE;
            }
            line.getErr().println("error: " + (e instanceof StackFailure ? e.getMessage() : e));
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        // no command given
        spec.commandLine().getErr().println("error: no command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }

    /** Where the stack keeps its data, shared by every command. */
    static final class Data {
        @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "the stack's data folder (default: ${DEFAULT-VALUE})")
        Path dir;

        @Option(names = "--reset", description = "delete the data folder first")
        boolean reset;

        /** Starts the stack on the data folder, runs the work, stops the stack; any failure is exit status 1. */
        int withPipeline(int concurrency, PrintStream err, StackWork work) throws Exception {
            if (reset) {
                deleteRecursively(dir);
            }
            Files.createDirectories(dir);
            long t0 = System.nanoTime();
            try (LocalStack stack = new LocalStack(dir); LocalPipeline pipeline = new LocalPipeline(stack, dir,
                    LocalPipeline.Options.defaults().withConcurrency(concurrency))) {
                err.printf("local stack up in %d ms (data in %s)%n", (System.nanoTime() - t0) / 1_000_000, dir);
                return work.on(pipeline);
            } catch (Exception | Error e) {
                throw new StackFailure(e); // not a usage error, whatever its type: exit status 1
            }
        }
    }

    /** The stack or a command's work failed. */
    static final class StackFailure extends RuntimeException {
        StackFailure(Throwable cause) {
            super(cause.toString(), cause);
        }
    }

    interface StackWork {
        int on(LocalPipeline pipeline) throws Exception;
    }

    private static PrintStream out(CommandLine.Model.CommandSpec spec) {
        return new PrintStream(new WriterStream(spec.commandLine().getOut()), true, StandardCharsets.UTF_8);
    }

    private static PrintStream err(CommandLine.Model.CommandSpec spec) {
        return new PrintStream(new WriterStream(spec.commandLine().getErr()), true, StandardCharsets.UTF_8);
    }

    /** picocli's writers as the streams the commands print to. */
    private static final class WriterStream extends java.io.OutputStream {
        private final PrintWriter w;
        private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

        WriterStream(PrintWriter w) {
            this.w = w;
        }

        @Override
        public void write(int b) {
            pending.write(b);
        }

        @Override
        public void flush() {
            w.print(pending.toString(StandardCharsets.UTF_8));
            w.flush();
            pending.reset();
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Process files (default: events/transcripts) and show status, layout, call, participants, turns, "
                    + "exchanges, guidance and alerts.")
    static final class Run implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        Data data;
        @Option(names = "--concurrency", paramLabel = "N", defaultValue = "1", description = "environments per function (default: ${DEFAULT-VALUE})")
        int concurrency;
        @Parameters(paramLabel = "FILE|DIR", arity = "0..*")
        List<Path> files = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            List<Path> in = files.isEmpty() ? List.of(Path.of("events", "transcripts")) : files;
            return data.withPipeline(positive(concurrency, "--concurrency"), err(spec), p -> Commands.run(p, in, out(spec), true, null));
        }
    }

    @Command(name = "process", mixinStandardHelpOptions = true,
            description = "Process in order; write each export to DIR/<file name>.json.")
    static final class Process implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        Data data;
        @Option(names = "--out", paramLabel = "DIR", required = true, description = "where the exports go")
        Path out;
        @Option(names = "--concurrency", paramLabel = "N", defaultValue = "1", description = "environments per function (default: ${DEFAULT-VALUE})")
        int concurrency;
        @Parameters(paramLabel = "FILE", arity = "1..*")
        List<Path> files;

        @Override
        public Integer call() throws Exception {
            return data.withPipeline(positive(concurrency, "--concurrency"), err(spec), p -> Commands.run(p, files, out(spec), false, out));
        }
    }

    enum TableFormat { csv, parquet }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "One row per guidance item and per reported metric across the stored calls, as CSV or Parquet "
                    + "(pandas reads either as it is).")
    static final class ExportCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        Data data;
        @Option(names = "--format", required = true, paramLabel = "csv|parquet", description = "csv or parquet")
        TableFormat format;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write (replaced when complete)")
        Path out;
        @Option(names = "--company", paramLabel = "C", description = "only this company (ticker or name)")
        String company;
        @Option(names = "--since", paramLabel = "DATE", description = "only calls on or after this date (yyyy-MM-dd)")
        java.time.LocalDate since;

        @Override
        public Integer call() throws Exception {
            return data.withPipeline(1, err(spec), p -> {
                var table = io.transcripts.reader.AnalystTable.of(p.reader(), company, since);
                Path tmp = Files.createTempFile(out.toAbsolutePath().getParent() == null ? Path.of(".") : out.toAbsolutePath().getParent(),
                        ".export", ".tmp");
                try {
                    if (format == TableFormat.csv) {
                        try (var w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                            io.transcripts.reader.table.CsvWriter.write(table, w);
                        }
                    } else {
                        try (var o = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
                            io.transcripts.reader.table.ParquetWriter.write(table, o);
                        }
                    }
                    try { // a temporary file is private (0600); the export is an ordinary file
                        Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
                    } catch (UnsupportedOperationException notPosix) {
                        // Windows: the ACLs of the folder apply
                    }
                    Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
                long guidance = table.rows().stream().filter(r -> "guidance".equals(r.get(0))).count();
                out(spec).printf("%d rows (%d guidance, %d metrics) to %s%n", table.rows().size(), guidance,
                        table.rows().size() - guidance, out);
                return 0;
            });
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "A company's guidance page: DIR/index.html, self-contained (charts of the guided ranges by call, "
                    + "the latest alerts, each call's transcript).")
    static final class ReportCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        Data data;
        @Option(names = "--company", required = true, paramLabel = "C", description = "ticker or name")
        String company;
        @Option(names = "--out", required = true, paramLabel = "DIR", description = "where index.html goes")
        Path dir;

        @Override
        public Integer call() throws Exception {
            return data.withPipeline(1, err(spec), p -> {
                List<io.transcripts.store.StoredDocument> calls = new ArrayList<>();
                for (var d : io.transcripts.reader.AnalystTable.documents(p.reader(), company, null)) {
                    p.reader().document(d.documentId()).ifPresent(calls::add);
                }
                // oldest call first: the charts' date axis follows this order (one company's calls may spell its name two ways)
                calls.sort(Comparator.comparing((io.transcripts.store.StoredDocument d) -> String.valueOf(d.document().call().date())));
                if (calls.isEmpty()) {
                    err(spec).println("no calls stored for " + company);
                    return CommandLine.ExitCode.USAGE;
                }
                Files.createDirectories(dir);
                Path page = dir.resolve("index.html");
                Files.writeString(page, io.transcripts.reader.report.GuidancePage.render(company, calls,
                        java.time.Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()), StandardCharsets.UTF_8);
                out(spec).println(page);
                return 0;
            });
        }
    }

    @Command(name = "redrive", mixinStandardHelpOptions = true,
            description = "After a fix: send what the on-failure destinations hold (DATA/failures/<Function>.jsonl) back to "
                    + "their functions; what fails again is kept there again.")
    static final class RedriveCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        Data data;
        @Option(names = "--function", paramLabel = "NAME", description = "only this function's destination (e.g. IngestFunction)")
        String function;

        @Override
        public Integer call() throws Exception {
            PrintStream out = out(spec);
            return data.withPipeline(1, err(spec), p -> {
                List<Redrive.Result> results = Redrive.run(p, data.dir, function);
                if (results.isEmpty()) {
                    out.println("nothing to redrive");
                }
                int again = 0;
                for (Redrive.Result r : results) {
                    out.printf("%s: %d redriven, %d failed again%s%s%s%n", r.function(), r.redriven(), r.failedAgain(),
                            r.failedAgain() > 0 ? " (kept in " + data.dir.resolve("failures").resolve(r.function() + ".jsonl") + ")" : "",
                            r.superseded() > 0 ? ", " + r.superseded() + " stream records left out: their items changed since" : "",
                            r.note() == null ? "" : " (" + r.note() + ")");
                    again += r.failedAgain();
                }
                return again > 0 ? FAILED_AGAIN : 0;
            });
        }
    }

    @Command(name = "query", mixinStandardHelpOptions = true, description = "Read what the stack stored.",
            subcommands = {Query.Guidance.class, Query.Alerts.class, Query.Document.class, Query.CapacityCommand.class})
    static final class Query implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            throw new CommandLine.ParameterException(spec.commandLine(), "query takes guidance, alerts, document or capacity");
        }

        private static final com.fasterxml.jackson.databind.ObjectMapper PRETTY = Json.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);

        @Command(name = "guidance", mixinStandardHelpOptions = true, description = "Guidance history of a company (ticker or name) and metric, by call date.")
        static final class Guidance implements Callable<Integer> {
            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;
            @Mixin
            Data data;
            @Parameters(index = "0", paramLabel = "COMPANY")
            String company;
            @Parameters(index = "1", paramLabel = "METRIC")
            String metric;
            @Option(names = "--json", description = "one JSON array of the stored items")
            boolean json;

            @Override
            public Integer call() throws Exception {
                PrintStream out = out(spec);
                return data.withPipeline(1, err(spec), p -> {
                    String key = CompanyKey.parse(company);
                    List<StoredGuidance> h = new ArrayList<>(p.reader().guidanceHistory(company, metric));
                    h.sort(Comparator.comparing((StoredGuidance g) -> String.valueOf(g.callDate())));
                    if (json) {
                        out.println(PRETTY.writeValueAsString(h));
                        return 0;
                    }
                    for (StoredGuidance g : h) {
                        var node = Json.MAPPER.valueToTree(g.guidance());
                        out.printf("%s  %-10s %-9s %-26s %-11s (%s)%n", g.callDate(), g.guidance().period(),
                                g.guidance().basis() == null ? "" : g.guidance().basis(), Report.range(node, "low", "high"),
                                g.guidance().direction(), g.sourceKey());
                    }
                    if (h.isEmpty()) {
                        out.println("no guidance stored for " + key + " " + metric);
                    }
                    return 0;
                });
            }
        }

        @Command(name = "alerts", mixinStandardHelpOptions = true, description = "Recent published alerts across companies, newest first.")
        static final class Alerts implements Callable<Integer> {
            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;
            @Mixin
            Data data;
            @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "at most N (default: ${DEFAULT-VALUE})")
            int limit;
            @Option(names = "--days", paramLabel = "N", defaultValue = "90", description = "created in the last N days (default: ${DEFAULT-VALUE})")
            int days;
            @Option(names = "--json", description = "one JSON array of the alerts")
            boolean json;

            @Override
            public Integer call() throws Exception {
                PrintStream out = out(spec);
                int n = positive(limit, "--limit");
                Instant since = Instant.now().minus(positive(days, "--days"), ChronoUnit.DAYS);
                return data.withPipeline(1, err(spec), p -> {
                    List<Alert> alerts = io.transcripts.reader.Pages.all(r -> p.reader().recentAlerts(since, r)).limit(n).toList();
                    if (json) {
                        out.println(PRETTY.writeValueAsString(alerts));
                        return 0;
                    }
                    for (Alert al : alerts) {
                        var node = Json.MAPPER.valueToTree(al);
                        out.printf("%s  %-10s %s %s %s %s%s%n", al.createdAt(), al.direction(), al.company(), al.metric(),
                                al.period(), Report.range(node, "low", "high"), al.priorLow() == null && al.priorHigh() == null
                                        ? "" : " (was " + Report.range(node, "priorLow", "priorHigh") + ")");
                    }
                    if (alerts.isEmpty()) {
                        out.println("no alerts");
                    }
                    return 0;
                });
            }
        }

        @Command(name = "document", mixinStandardHelpOptions = true, description = "The export (JSON) of an uploaded file.")
        static final class Document implements Callable<Integer> {
            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;
            @Mixin
            Data data;
            @Parameters(paramLabel = "FILE_NAME")
            String fileName;

            @Override
            public Integer call() throws Exception {
                PrintStream out = out(spec);
                return data.withPipeline(1, err(spec), p -> {
                    String id = Keys.documentId(LocalStack.BUCKET, LocalPipeline.UPLOAD_PREFIX + fileName);
                    out.println(PRETTY.writeValueAsString(p.export(id)));
                    return 0;
                });
            }
        }

        @Command(name = "capacity", mixinStandardHelpOptions = true,
                description = "DynamoDB write and read units per document, as the functions logged them (use a fresh --data to measure).")
        static final class CapacityCommand implements Callable<Integer> {
            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;
            @Mixin
            Data data;
            @Option(names = "--json", description = "one JSON array of the rows")
            boolean json;

            @Override
            public Integer call() throws Exception {
                PrintStream out = out(spec);
                return data.withPipeline(1, err(spec), p -> {
                    List<Capacity.Row> rows = Capacity.read(data.dir.resolve("logs"), p.reader());
                    if (json) {
                        out.println(PRETTY.writeValueAsString(rows));
                    } else {
                        Capacity.print(rows, out);
                    }
                    return 0;
                });
            }
        }
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Upload N generated transcripts at once; report throughput, upload-to-alert latency, peak memory, "
                    + "each function's busy share and uploads without a final record.")
    static final class LoadCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        Data data;
        @Option(names = "--count", paramLabel = "N", defaultValue = "100", description = "uploads (default: ${DEFAULT-VALUE})")
        int count;
        @Option(names = "--concurrency", paramLabel = "N", defaultValue = "2", description = "environments per function (default: ${DEFAULT-VALUE})")
        int concurrency;

        @Override
        public Integer call() throws Exception {
            PrintStream out = out(spec);
            int n = positive(count, "--count");
            return data.withPipeline(positive(concurrency, "--concurrency"), err(spec), p -> {
                Load.Result r = Load.run(p, n, 42);
                r.print(out);
                return r.withoutFinalRecord() == 0 ? 0 : LOST_UPLOAD;
            });
        }
    }

    @Command(name = "coldstart", mixinStandardHelpOptions = true,
            description = "Time each function's cold start (JVM start to first response) N times per variant against a trivial "
                    + "handler; run from the repository's root after mvn -B -DskipTests package.")
    static final class ColdStart implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        Data data;
        @Option(names = "--count", paramLabel = "N", defaultValue = "5", description = "starts per variant (default: ${DEFAULT-VALUE})")
        int count;

        @Override
        public Integer call() throws Exception {
            PrintStream out = out(spec);
            int n = positive(count, "--count");
            return data.withPipeline(1, err(spec), p -> {
                ColdStarts.print(ColdStarts.measure(p, data.dir, Path.of(""), n), out);
                return 0;
            });
        }
    }

    private static int positive(int n, String option) {
        if (n <= 0) {
            throw new IllegalArgumentException(option + " needs a positive number, not " + n);
        }
        return n;
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
}
