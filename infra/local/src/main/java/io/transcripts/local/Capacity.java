package io.transcripts.local;

import io.transcripts.aws.CapacityMeter;
import io.transcripts.model.Turn;
import io.transcripts.store.StoredDocument;
import io.transcripts.reader.TranscriptReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * DynamoDB capacity per document, as DynamoDB counted it: the functions' "capacity:" log lines
 * ({@link CapacityMeter#line}) summed per document and function, against the bound of 1.5 write
 * units per KB of the document's stored text plus 10. Every run a data folder's logs hold is
 * summed: measure on a fresh {@code --data}.
 */
final class Capacity {
    /** One document: its upload, text KB, write units by function, read units. */
    record Row(String documentId, String key, double textKb, Map<String, Double> writes, double reads) {
        double totalWrites() {
            return writes.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        double bound() {
            return 1.5 * textKb + 10;
        }
    }

    private Capacity() {
    }

    static List<Row> read(Path logs, TranscriptReader store) throws IOException {
        Map<String, Map<String, Double>> writes = new TreeMap<>();
        Map<String, Double> reads = new TreeMap<>();
        if (Files.isDirectory(logs)) {
            try (Stream<Path> files = Files.list(logs)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                        Matcher m = CapacityMeter.LINE.matcher(line);
                        if (m.find()) {
                            writes.computeIfAbsent(m.group(1), k -> new TreeMap<>()).merge(m.group(2), Double.parseDouble(m.group(3)), Double::sum);
                            reads.merge(m.group(1), Double.parseDouble(m.group(4)), Double::sum);
                        }
                    }
                }
            }
        }
        List<Row> out = new ArrayList<>();
        for (var e : writes.entrySet()) {
            Optional<StoredDocument> d = store.document(e.getKey());
            if (d.isEmpty()) {
                continue;
            }
            long textBytes = d.get().turns().stream().map(Turn::text).filter(t -> t != null)
                    .mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
            String key = d.get().document().source() == null ? e.getKey() : d.get().document().source().key();
            out.add(new Row(e.getKey(), key, textBytes / 1024.0, e.getValue(), reads.getOrDefault(e.getKey(), 0.0)));
        }
        return out;
    }

    static void print(List<Row> rows, PrintStream out) {
        out.printf("%-52s %8s %8s %10s %8s %8s %8s %8s %s%n", "upload", "text KB", "ingest", "financials", "alerts", "writes",
                "bound", "reads", "");
        int within = 0;
        for (Row r : rows) {
            boolean ok = r.totalWrites() <= r.bound();
            within += ok ? 1 : 0;
            String key = r.key().length() > 52 ? "…" + r.key().substring(r.key().length() - 51) : r.key();
            out.printf("%-52s %8.1f %8.1f %10.1f %8.1f %8.1f %8.1f %8.1f %s%n", key, r.textKb(),
                    r.writes().getOrDefault("ingest", 0.0), r.writes().getOrDefault("financials", 0.0),
                    r.writes().getOrDefault("alerts", 0.0), r.totalWrites(), r.bound(), r.reads(), ok ? "" : "over");
        }
        out.printf("%d of %d documents within 1.5 x text KB + 10 write units%n", within, rows.size());
    }
}
