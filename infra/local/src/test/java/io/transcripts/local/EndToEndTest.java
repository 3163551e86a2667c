package io.transcripts.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.transcripts.export.Json;
import io.transcripts.format.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pipeline scenarios on this machine's stack: DynamoDB Local and S3Proxy on 127.0.0.1. */
class EndToEndTest extends PipelineScenarios {
    @Override
    Backend start(Path data) throws Exception {
        return new LocalStack(data);
    }

    /** The process command with a Word file, a PDF, a web page and a text file in one call, through the artifacts. */
    @Test
    void processExportsEveryFormatInOneCall() throws Exception {
        String call = BadInputs.sample();
        Path in = Files.createDirectories(data.resolve("formats-in"));
        Files.write(in.resolve("call.docx"), Fixtures.docx(List.of(call.split("\n")), null));
        Files.write(in.resolve("call.pdf"), BadInputs.pdf(call.replace("Borealis", "Borealys")));
        Files.writeString(in.resolve("call.html"), "<html><head><title>Call</title></head><body>"
                + String.join("", call.replace("Borealis", "Borealiz").lines().map(l -> "<p>" + l.replace("&", "&amp;")
                + "</p>").toList()) + "</body></html>");
        Files.writeString(in.resolve("call.txt"), call.replace("Borealis", "Boreal"));
        Path out = data.resolve("formats-out");
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        int status = Commands.run(pipeline, List.of(in), new PrintStream(report, true, StandardCharsets.UTF_8), false, out);
        assertEquals(0, status, report.toString(StandardCharsets.UTF_8));
        for (var f : List.of(List.of("call.docx", "wordprocessingml"), List.of("call.pdf", "application/pdf"),
                List.of("call.html", "text/html"), List.of("call.txt", "text/plain"))) {
            JsonNode e = Json.MAPPER.readTree(out.resolve(f.get(0) + ".json").toFile());
            assertEquals("PROCESSED", e.path("status").asText(), f.get(0) + ": " + e.path("warnings"));
            Schemas.assertExport(e, f.get(0));
            assertTrue(e.path("source").path("mediaType").asText().contains(f.get(1)), e.path("source").toString());
            assertTrue(e.path("turns").size() > 10, f.get(0) + " turns");
            assertTrue(e.path("guidance").size() > 0, f.get(0) + " guidance");
        }
    }
}
