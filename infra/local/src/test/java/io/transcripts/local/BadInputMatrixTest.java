package io.transcripts.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.transcripts.export.Json;
import io.transcripts.format.Fixtures;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and unusual uploads through the local stack, the functions running from their artifacts:
 * each ends as a record, PROCESSED, DEGRADED or FAILED with a reason a person can act on, within
 * the functions' time and memory bounds, and nothing is lost, hung or crashed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputMatrixTest {
    private static final Set<String> READ = Set.of("PROCESSED", "DEGRADED");
    private static final Set<String> ANY = Set.of("PROCESSED", "DEGRADED", "FAILED");
    private static final Set<String> FAILED = Set.of("FAILED");
    private static final long MAX_BYTES = 52_428_800L;
    /** A hang guard, not a speed claim: the ingest and financials timeouts of the template. */
    private static final Duration BOUND = Duration.ofSeconds(180);

    @FunctionalInterface
    interface Content {
        byte[] get() throws Exception;
    }

    record Case(String name, Content content, Set<String> statuses, String reasonMentions, Consumer<JsonNode> also) {
    }

    private LocalStack stack;
    private LocalPipeline pipeline;

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        stack = new LocalStack(data);
        pipeline = new LocalPipeline(stack, data);
    }

    @AfterAll
    void stop() throws Exception {
        pipeline.close();
        stack.close();
    }

    private static JsonNode turns(JsonNode e) {
        return e.path("turns");
    }

    private static int longestTurn(JsonNode e) {
        int max = 0;
        for (JsonNode t : turns(e)) {
            max = Math.max(max, t.path("text").asText().length());
        }
        return max;
    }

    List<Case> cases() throws Exception {
        String call = BadInputs.sample();
        byte[] docx = Fixtures.docx(List.of(call.split("\n")), null);
        byte[] pdf = BadInputs.pdf(call);
        List<Case> c = new ArrayList<>();
        c.add(new Case("empty.txt", () -> new byte[0], FAILED, "empty", e -> { }));
        c.add(new Case("one-byte.txt", () -> new byte[] {'a'}, FAILED, "", e -> { }));
        c.add(new Case("random.bin", () -> BadInputs.random(64 * 1024, 1), FAILED, "", e -> { }));
        c.add(new Case("picture.png", BadInputs::png, FAILED, "unsupported", e -> { }));
        c.add(new Case("archive.zip", () -> BadInputs.zip("call.txt", call.getBytes(StandardCharsets.UTF_8)), FAILED,
                "unsupported", e -> { }));
        c.add(new Case("nested.zip", () -> BadInputs.zip("inner.zip", BadInputs.zip("call.txt",
                call.getBytes(StandardCharsets.UTF_8))), FAILED, "unsupported", e -> { }));
        c.add(new Case("bomb.zip", BadInputs::zipBomb, FAILED, "", e -> { }));
        c.add(new Case("call.docx", () -> docx, READ, "", e -> assertTrue(turns(e).size() > 5, "turns")));
        c.add(new Case("corrupt.docx", () -> BadInputs.half(docx), FAILED, "", e -> { }));
        c.add(new Case("macro.docm", () -> BadInputs.docm(docx), READ, "", e -> assertTrue(turns(e).size() > 5, "turns")));
        c.add(new Case("call.odt", () -> BadInputs.odt(call), READ, "", e -> assertTrue(turns(e).size() > 5, "turns")));
        c.add(new Case("call.pdf", () -> pdf, READ, "", e -> assertTrue(turns(e).size() > 5, "turns")));
        c.add(new Case("encrypted.pdf", () -> BadInputs.encryptedPdf(call), FAILED, "encrypted", e -> { }));
        c.add(new Case("corrupt.pdf", () -> ("%PDF-1.7\n" + new String(BadInputs.random(20_000, 2),
                StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1), FAILED, "", e -> { }));
        c.add(new Case("scanned.pdf", BadInputs::imageOnlyPdf, FAILED, "no text", e -> { }));
        c.add(new Case("nested.pdf", () -> BadInputs.deeplyNestedPdf(150_000), FAILED, "", e -> { }));
        c.add(new Case("500-pages.pdf", () -> Fixtures.pdf(BadInputs.pages(BadInputs.wrapped(
                BadInputs.pdfSafe(BadInputs.longCall(6000)), 95), 45).subList(0, 500), false), READ, "",
                e -> assertTrue(turns(e).size() > 1000, "turns of 500 pages: " + turns(e).size())));
        c.add(new Case("cut-in-half.pdf", () -> BadInputs.half(pdf), Set.of("DEGRADED", "FAILED"), "", e -> { }));
        c.add(new Case("nested.rtf", () -> ("{\\rtf1 " + "{".repeat(100_000) + "deep" + "}".repeat(100_000) + "}")
                .getBytes(StandardCharsets.US_ASCII), ANY, "", e -> { }));
        c.add(new Case("nested.html", () -> ("<html><body>" + "<div>".repeat(100_000) + "Operator: hello"
                + "</div>".repeat(100_000) + "</body></html>").getBytes(StandardCharsets.UTF_8), FAILED, "", e -> { }));
        c.add(new Case("laughs.xhtml", () -> ("<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY a \"lollollollol\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&e;&e;&e;&e;</p>" + html(call) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8), ANY, "",
                e -> assertFalse(e.toString().contains("lollollollollollollollollollollollol"), "an entity was expanded")));
        c.add(new Case("xxe.xhtml", () -> ("<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&x;</p>" + html(call) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8), ANY, "",
                e -> assertFalse(e.toString().contains("root:x:0:0"), "the export holds the external entity's target")));
        c.add(new Case("nul-bytes.txt", () -> call.replace("Borealis Health, Inc.", "Borealis Health, Inc.\u0000")
                .replace(". ", ".\u0000 ").getBytes(StandardCharsets.UTF_8), READ, "",
                e -> assertFalse(e.toString().contains("\\u0000"), "a NUL byte was stored")));
        c.add(new Case("invalid-utf8.txt", () -> {
            byte[] b = call.getBytes(StandardCharsets.UTF_8);
            b[200] = (byte) 0xC3;
            b[201] = (byte) 0x28; // a lead byte with no continuation
            return b;
        }, READ, "", e -> assertEquals("windows-1252", e.path("source").path("encoding").asText())));
        c.add(new Case("utf16-no-bom.txt", () -> call.getBytes(StandardCharsets.UTF_16LE), READ, "",
                e -> assertEquals("UTF-16LE", e.path("source").path("encoding").asText())));
        c.add(new Case("single-line-5mb.txt", () -> ("Operator: " + "revenue grew and margins held ".repeat(170_000))
                .getBytes(StandardCharsets.UTF_8), ANY, "", e -> { }));
        c.add(new Case("just-under-limit.txt", () -> padded(call, MAX_BYTES - 1), FAILED, "limit", e -> { }));
        c.add(new Case("over-limit.txt", () -> padded(call, MAX_BYTES + 1), FAILED, "over the limit", e -> { }));
        c.add(new Case("Q3 call \u2014 r\u00e9sum\u00e9 (final) #1 & 100%+more.txt", () -> call.getBytes(StandardCharsets.UTF_8),
                READ, "", e -> assertTrue(e.path("source").path("key").asText().contains("r\u00e9sum\u00e9 (final) #1 & 100%+more"))));
        c.add(new Case("long-" + "name".repeat(70) + ".txt", () -> longCall(call, 1).getBytes(StandardCharsets.UTF_8), READ, "",
                e -> assertTrue(e.path("source").path("key").asText().startsWith("incoming/long-name"))));
        c.add(new Case("script-names.txt", () -> call.replace("Elena Vasquez", "<script>alert(1)</script>")
                .replace("Samir Qureshi", "Sam \"}],\\\"x\\\": {\" Q").getBytes(StandardCharsets.UTF_8), READ, "", e -> { }));
        c.add(new Case("german.txt", () -> german().getBytes(StandardCharsets.UTF_8), ANY, "", e -> { }));
        c.add(new Case("japanese.txt", () -> japanese().getBytes(StandardCharsets.UTF_8), ANY, "",
                e -> assertFalse(e.path("error").asText().contains("binary"), e.path("error").asText())));
        c.add(new Case("japanese-sjis.txt", () -> japanese().getBytes(Charset.forName("Shift_JIS")), ANY, "",
                e -> assertFalse(e.path("error").asText().contains("binary"), e.path("error").asText())));
        c.add(new Case("huge-turn.txt", () -> call.replace("Our priorities for the second half are straightforward:",
                "Our priorities for the second half are straightforward: " + "we keep every branch staffed and ".repeat(14_000))
                .getBytes(StandardCharsets.UTF_8), READ, "", e -> assertTrue(longestTurn(e) > 420_000, "the long turn was cut")));
        c.add(new Case("operator-hi-first.txt", () -> ("Operator: hi\n" + call).getBytes(StandardCharsets.UTF_8), READ, "",
                e -> assertTrue(turns(e).size() > 5 || "DEGRADED".equals(e.path("status").asText()), "collapsed silently")));
        c.add(new Case("participants-mid-qa.txt", () -> {
            int qa = call.indexOf("Operator:", call.indexOf("Operator:") + 20);
            return (call.substring(0, qa) + "\nCorporate Participants\nMartin Asare - Chief Executive Officer\n\n"
                    + call.substring(qa)).getBytes(StandardCharsets.UTF_8);
        }, READ, "", e -> assertTrue(turns(e).size() > 10 || "DEGRADED".equals(e.path("status").asText()), "turns lost silently")));
        c.add(new Case("two-calls-appended.txt", () -> (call + "\n\n" + call.replace("Borealis", "Borealis"))
                .getBytes(StandardCharsets.UTF_8), READ, "", e -> { }));
        return c;
    }

    private static String html(String text) {
        StringBuilder b = new StringBuilder();
        for (String l : text.split("\n")) {
            b.append("<p>").append(l.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
        }
        return b.toString();
    }

    private static byte[] padded(String call, long size) {
        byte[] b = new byte[(int) size];
        byte[] head = call.getBytes(StandardCharsets.UTF_8);
        java.util.Arrays.fill(b, (byte) ' ');
        System.arraycopy(head, 0, b, 0, head.length);
        for (int i = head.length; i < b.length; i += 100) {
            b[i] = 'x'; // not blank: a file of spaces is "empty"
        }
        return b;
    }

    private static String longCall(String call, int copies) {
        return call + "\n".repeat(copies);
    }

    private static String german() {
        return """
                Nordwerk AG (XETRA: NWK) Telefonkonferenz zum dritten Quartal 2025
                Operator: Guten Tag und willkommen zur Telefonkonferenz der Nordwerk AG. Ich übergebe an Frau Keller.
                Anna Keller: Vielen Dank. Der Umsatz stieg im Quartal um 8 % auf 412 Millionen Euro.
                Für das Gesamtjahr erwarten wir einen Umsatz zwischen 1,6 und 1,7 Milliarden Euro.
                Operator: Die erste Frage kommt von Jonas Brandt von der Hafenbank.
                Jonas Brandt: Wie entwickelt sich die Marge im vierten Quartal?
                Anna Keller: Wir erwarten eine stabile Marge von etwa 12 %.
                """;
    }

    private static String japanese() {
        return """
                株式会社サクラ電機 2025年度第3四半期 決算説明会
                司会: 皆様、本日はお忙しいところ、サクラ電機の決算説明会にご参加いただきありがとうございます。
                山田太郎: ありがとうございます。第3四半期の売上高は前年同期比8%増の412億円となりました。
                通期の売上高は1,600億円から1,700億円を見込んでおります。
                司会: 最初のご質問は、みずほ証券の佐藤様からです。
                佐藤花子: 第4四半期の利益率の見通しを教えてください。
                山田太郎: 12%程度で安定すると見ております。
                """.repeat(20);
    }

    @TestFactory
    Stream<DynamicTest> everyInputEndsAsARecordWithTheTruth() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case k : cases()) {
            tests.add(DynamicTest.dynamicTest(k.name(), () -> {
                long t0 = System.nanoTime();
                var export = Commands.processOne(pipeline, write(k), k.name());
                Duration took = Duration.ofNanos(System.nanoTime() - t0);
                JsonNode e = Json.MAPPER.valueToTree(export);
                String status = e.path("status").asText();
                String reason = e.path("error").asText("") + " " + e.path("warnings").toString();
                assertTrue(k.statuses().contains(status), k.name() + " ended " + status + ": " + reason);
                if (status.equals("FAILED")) {
                    assertTrue(e.path("error").asText("").length() > 10, "a FAILED record says why: " + e);
                    assertFalse(e.path("error").asText().contains("\n\tat "), "a reason, not a stack trace");
                    assertFalse(e.path("error").asText().startsWith("processing started"), "the attempt did not finish: " + reason);
                }
                if (status.equals("DEGRADED")) {
                    assertTrue(e.path("warnings").size() > 0, "a DEGRADED record says why");
                }
                assertTrue(reason.toLowerCase(java.util.Locale.ROOT).contains(k.reasonMentions()), k.name() + ": " + reason);
                assertTrue(took.compareTo(BOUND) < 0, k.name() + " took " + took);
                k.also().accept(e);
            }));
        }
        tests.add(DynamicTest.dynamicTest("no function gave up and none outgrew its memory", () -> {
            assertEquals(List.of(), pipeline.lambda().deadLetters());
            for (var f : List.of("IngestFunction", "FinancialsFunction", "AlertsFunction")) {
                long peak = pipeline.lambda().peakMemoryMb(f);
                assertTrue(peak > 0 && peak <= pipeline.lambda().spec(f).memoryMb(), f + " peaked at " + peak + " MB");
            }
        }));
        return tests.stream();
    }

    private Path write(Case k) throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("bad-input");
        Path f = dir.resolve(k.name().length() > 200 ? "long.txt" : k.name());
        java.nio.file.Files.write(f, k.content().get());
        return f;
    }
}
