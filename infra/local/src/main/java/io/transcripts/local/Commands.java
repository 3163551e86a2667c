package io.transcripts.local;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.transcripts.export.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** run and process: upload each file, let the functions work, then show or export the results. */
final class Commands {
    private static final int PROGRESS_LINE = 100;
    private Commands() {
    }

    static int run(LocalPipeline pipeline, List<Path> inputs, PrintStream out, boolean show, Path exportDir)
            throws IOException, InterruptedException {
        List<Path> files = expand(inputs);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no input files in " + inputs);
        }
        if (exportDir != null) {
            Files.createDirectories(exportDir);
        }
        int failed = 0;
        Set<String> names = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            if (files.size() > 3) {
                progress(i, files.size(), f);
            }
            String name = uniqueName(f.getFileName().toString(), names);
            Map<String, Object> export = processOne(pipeline, f, name);
            if ("FAILED".equals(export.get("status"))) {
                failed++;
            }
            if (exportDir != null) {
                Files.writeString(exportDir.resolve(name + ".json"),
                        Json.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(export));
            }
            if (files.size() > 3) {
                System.err.print("\r" + " ".repeat(PROGRESS_LINE) + "\r"); // the bar leaves the line to the result
            }
            if (show) {
                Report.print(name, export, out);
            } else {
                out.printf("%-40s %-9s %s%n", name, export.get("status"),
                        export.containsKey("error") ? export.get("error") : String.join("; ", warnings(export)));
            }
        }
        if (files.size() > 3) {
            progress(files.size(), files.size(), null);
            System.err.println();
        }
        if (failed > 0) {
            out.println(failed + " of " + files.size() + " documents FAILED");
            return 3;
        }
        return 0;
    }

    /**
     * One file to its end: its export, or, where no record was written (the function gave up, the
     * file could not be read), a FAILED export saying why. Never throws for one file's sake.
     */
    static Map<String, Object> processOne(LocalPipeline pipeline, Path f, String name) throws InterruptedException {
        try {
            String id = pipeline.upload(name, Files.readAllBytes(f));
            pipeline.drain();
            Optional<Map<String, Object>> export = pipeline.findExport(id);
            if (export.isPresent()) {
                return export.get();
            }
            String reason = pipeline.deadLetterFor(name)
                    .map(d -> d.function() + " gave up after " + d.attempts() + " attempts: " + d.error())
                    .orElse("no record was written for this upload");
            return failedExport(id, name, reason);
        } catch (IOException | RuntimeException e) {
            return failedExport(null, name, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Map<String, Object> failedExport(String id, String name, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemaVersion", 1);
        m.put("documentId", id);
        m.put("status", "FAILED");
        m.put("warnings", List.of());
        m.put("error", reason);
        m.put("source", Map.of("key", LocalPipeline.keyFor(name)));
        return m;
    }

    /** Two inputs with one file name (from two folders) become name, name-2, ...: one key and one export each. */
    static String uniqueName(String name, Set<String> taken) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
        }
        return candidate;
    }

    @SuppressWarnings("unchecked")
    private static List<String> warnings(Map<String, Object> export) {
        return (List<String>) export.getOrDefault("warnings", List.of());
    }

    private static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).filter(x -> !x.getFileName().toString().equalsIgnoreCase("README.md"))
                            .sorted().forEach(out::add);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new IllegalArgumentException("no such file: " + p);
            }
        }
        return out;
    }

    private static void progress(int done, int total, Path current) {
        int width = 30;
        int filled = done * width / total;
        String line = String.format("[%s%s] %d/%d %s", "#".repeat(filled), ".".repeat(width - filled), done, total,
                current == null ? "" : current.getFileName());
        System.err.print("\r" + (line.length() > PROGRESS_LINE ? line.substring(0, PROGRESS_LINE) : line));
    }
}
