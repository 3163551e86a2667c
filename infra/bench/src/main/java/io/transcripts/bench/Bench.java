package io.transcripts.bench;

import java.nio.file.Files;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link TextPathBenchmark} in one JMH run and prints, per input, each stage's time, the
 * whole path's MB/s and its ratio to Tika's plain extraction of the same bytes. Run from the
 * repository's root: {@code java -jar infra/bench/target/benchmarks.jar}.
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (!Files.isRegularFile(TextPathBenchmark.SAMPLE)) {
            throw new IllegalStateException("run from the repository's root: " + TextPathBenchmark.SAMPLE + " is not here");
        }
        boolean real = Files.isDirectory(TextPathBenchmark.REAL);
        if (!real) {
            System.out.println("real transcripts skipped: " + TextPathBenchmark.REAL.toAbsolutePath().normalize() + " is absent");
        }
        Options opt = new OptionsBuilder().include(TextPathBenchmark.class.getSimpleName()).forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(2)).measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .param("input", real ? new String[] {"50KB", "500KB", "5MB", "real"} : new String[] {"50KB", "500KB", "5MB"})
                .jvmArgsAppend("-Xmx4g").build();
        Collection<RunResult> results = new Runner(opt).run();
        Map<String, Map<String, Double>> ms = new TreeMap<>();
        for (RunResult r : results) {
            String input = r.getParams().getParam("input");
            String bench = r.getParams().getBenchmark().replaceFirst(".*\\.", "");
            ms.computeIfAbsent(input, k -> new LinkedHashMap<>()).put(bench, r.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.println("| input | bytes | Tika plain (ms) | extraction | layout+structure | financials | whole path | MB/s | whole / Tika |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (Map.Entry<String, Map<String, Double>> e : ms.entrySet()) {
            long bytes = size(e.getKey());
            Map<String, Double> m = e.getValue();
            double whole = m.getOrDefault("wholeTextPath", Double.NaN);
            double tika = m.getOrDefault("tikaPlainExtraction", Double.NaN);
            System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %.1fx |%n", e.getKey(), bytes, tika,
                    m.getOrDefault("extraction", Double.NaN), m.getOrDefault("layoutAndStructure", Double.NaN),
                    m.getOrDefault("financialReading", Double.NaN), whole, bytes / 1e6 / (whole / 1000), whole / tika);
        }
        // linear in size: the large input's time against the small one's, beside their sizes' ratio
        if (ms.containsKey("5MB") && ms.containsKey("50KB")) {
            double time = ms.get("5MB").get("wholeTextPath") / ms.get("50KB").get("wholeTextPath");
            double size = (double) size("5MB") / size("50KB");
            System.out.printf(Locale.ROOT, "%n5MB against 50KB: %.1fx the time for %.1fx the bytes (%.2fx the time per byte)%n",
                    time, size, time / size);
        }
    }

    private static long size(String input) throws Exception {
        long n = 0;
        for (var p : TextPathBenchmark.inputs(input)) {
            n += p.getFileName().toString().startsWith("generated-") ? TextPathBenchmark.generated(p).length : Files.size(p);
        }
        return n;
    }
}
