package io.transcripts.bench;

import io.transcripts.financials.FinancialExtractor;
import io.transcripts.financials.Financials;
import io.transcripts.format.TextExtractor;
import io.transcripts.model.Transcript;
import io.transcripts.structure.TranscriptParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The text path a transcript takes (extraction, layout and structure, financial reading) against
 * Tika's plain extraction of the same bytes, the work the product cannot avoid. Inputs: generated
 * transcripts of 50 KB, 500 KB and 5 MB (a sample call repeated), and the real transcripts of
 * ../shared/corpus/real, one after another (empty, and reported as skipped, where ../shared is absent).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TextPathBenchmark {
    static final Path SAMPLE = Path.of("events/transcripts/aurora-networks-q3-fy2025-motley.txt");
    static final Path REAL = Path.of("../shared/corpus/real");

    @Param({"50KB", "500KB", "5MB", "real"})
    public String input;

    /** One document: its name, bytes, extracted text and parsed transcript. */
    record Doc(String name, byte[] bytes, String text, Transcript transcript) {
    }

    List<Doc> docs;
    private final TextExtractor extractor = new TextExtractor();
    private final TranscriptParser parser = new TranscriptParser();
    private final AutoDetectParser tika = new AutoDetectParser();

    @Setup(Level.Trial)
    public void load() throws Exception {
        docs = new ArrayList<>();
        for (Path p : inputs(input)) {
            byte[] bytes = p.getFileName().toString().startsWith("generated-") ? generated(p) : Files.readAllBytes(p);
            String text = extractor.extract(bytes, p.getFileName().toString()).text();
            docs.add(new Doc(p.getFileName().toString(), bytes, text, parser.parse(text)));
        }
    }

    /** The files of an input; a generated input is named by its size. */
    static List<Path> inputs(String input) throws Exception {
        if (!input.equals("real")) {
            return List.of(Path.of("generated-" + input + ".txt"));
        }
        if (!Files.isDirectory(REAL)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(REAL)) {
            return s.filter(p -> p.toString().matches(".*\\.(txt|pdf|md|html)$") && !p.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
    }

    /** A sample call repeated to the size its name says ("generated-500KB.txt"). */
    static byte[] generated(Path name) throws Exception {
        String n = name.getFileName().toString().replace("generated-", "").replace(".txt", "");
        int target = n.endsWith("MB") ? Integer.parseInt(n.replace("MB", "")) * 1_000_000 : Integer.parseInt(n.replace("KB", "")) * 1_000;
        String sample = Files.readString(SAMPLE, StandardCharsets.UTF_8) + "\n";
        // the whole copies nearest the decimal size, so the sizes keep their ratios (5 MB is about 100
        // times 50 KB), but never over the extraction limit of 5,000,000 characters
        long copies = Math.max(1, Math.min(Math.round((double) target / sample.length()), 5_000_000 / sample.length()));
        return sample.repeat((int) copies).getBytes(StandardCharsets.UTF_8);
    }

    long bytes() {
        return docs.stream().mapToLong(d -> d.bytes().length).sum();
    }

    @Benchmark
    public int tikaPlainExtraction() throws Exception {
        int n = 0;
        for (Doc d : docs) {
            BodyContentHandler h = new BodyContentHandler(-1);
            Metadata md = new Metadata();
            md.set(TikaCoreProperties.RESOURCE_NAME_KEY, d.name());
            tika.parse(new ByteArrayInputStream(d.bytes()), h, md, new ParseContext());
            n += h.toString().length();
        }
        return n;
    }

    @Benchmark
    public int extraction() throws Exception {
        int n = 0;
        for (Doc d : docs) {
            n += extractor.extract(d.bytes(), d.name()).text().length();
        }
        return n;
    }

    @Benchmark
    public int layoutAndStructure() throws Exception {
        int n = 0;
        for (Doc d : docs) {
            n += parser.parse(d.text()).turns().size();
        }
        return n;
    }

    @Benchmark
    public int financialReading() {
        int n = 0;
        for (Doc d : docs) {
            Financials f = FinancialExtractor.extract(d.transcript());
            n += f.metrics().size() + f.guidance().size();
        }
        return n;
    }

    @Benchmark
    public int wholeTextPath() throws Exception {
        int n = 0;
        for (Doc d : docs) {
            Transcript t = parser.parse(extractor.extract(d.bytes(), d.name()).text());
            n += FinancialExtractor.extract(t).guidance().size() + t.turns().size();
        }
        return n;
    }
}
