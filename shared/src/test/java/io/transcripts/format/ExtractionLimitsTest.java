package io.transcripts.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Untrusted uploads: too big, too long, too deep, documents inside documents, nothing or noise. */
class ExtractionLimitsTest {
    private static final ExtractionLimits SMALL = new ExtractionLimits(4_000, 300, 20);
    private final TextExtractor small = new TextExtractor(SMALL);

    private static String message(TextExtractor x, byte[] bytes, String name) {
        return assertThrows(ExtractionException.class, () -> x.extract(bytes, name)).getMessage();
    }

    @Test
    void moreBytesThanTheLimitFailWithoutReadingThemAll() throws Exception {
        byte[] big = "Operator: welcome. ".repeat(250).getBytes(StandardCharsets.UTF_8);
        assertTrue(big.length > SMALL.maxBytes());
        assertEquals("the file is larger than the limit of 4000 bytes", message(small, big, "call.txt"));

        int[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'a';
            }
        };
        ExtractionException e = assertThrows(ExtractionException.class, () -> small.extract(endless, "call.txt"));
        assertEquals("the file is larger than the limit of 4000 bytes", e.getMessage());
        assertEquals(SMALL.maxBytes() + 1, read[0]);

        byte[] justFits = "Operator: welcome.\n".repeat(10).getBytes(StandardCharsets.UTF_8);
        assertEquals("Operator: welcome.", small.extract(new ByteArrayInputStream(justFits), null).text().lines().findFirst().orElseThrow());
    }

    @Test
    void moreTextThanTheLimitFailsInEveryFormat() throws Exception {
        String longText = "Jane Roe: revenue grew again this quarter.\n".repeat(12); // 516 chars, 516 bytes
        String plain = message(small, longText.getBytes(StandardCharsets.UTF_8), "call.txt");
        assertTrue(plain.contains("longer than the limit of 300 characters"), plain);
        String u16 = message(small, longText.getBytes(StandardCharsets.UTF_16LE), null);
        assertTrue(u16.contains("longer than the limit of 300 characters"), u16);

        String html = "<html><body>" + longText.lines().map(l -> "<p>" + l + "</p>").reduce("", String::concat)
                + "</body></html>";
        String fromHtml = message(small, html.getBytes(StandardCharsets.UTF_8), "call.html");
        assertTrue(fromHtml.contains("longer than the limit of 300 characters"), fromHtml);

        String fromDocx = message(small, Fixtures.docx(longText.lines().toList(), null), "call.docx");
        assertTrue(fromDocx.contains("longer than the limit of 300 characters"), fromDocx);

        String fromPdf = message(small, Fixtures.pdf(List.of(longText.lines().toList()), false), "call.pdf");
        assertTrue(fromPdf.contains("longer than the limit of 300 characters"), fromPdf);
    }

    @Test
    void deepNestingFailsAtTheConfiguredDepth() throws Exception {
        String deep = "<html><body>" + "<div>".repeat(40) + "<p>Operator: hello.</p>" + "</div>".repeat(40) + "</body></html>";
        String m = message(small, deep.getBytes(StandardCharsets.UTF_8), "call.html");
        assertTrue(m.contains("nests elements deeper than 20"), m);

        String shallow = "<html><body>" + "<div>".repeat(10) + "<p>Operator: hello.</p>" + "</div>".repeat(10) + "</body></html>";
        assertEquals("Operator: hello.", small.extract(shallow.getBytes(StandardCharsets.UTF_8), "call.html").text().strip());
    }

    @Test
    void deepNestingFailsWithTheDefaultLimits() {
        String deep = "<html><body>" + "<div><span>".repeat(5_000) + "x" + "</span></div>".repeat(5_000) + "</body></html>";
        String m = message(new TextExtractor(), deep.getBytes(StandardCharsets.UTF_8), "call.html");
        assertTrue(m.contains("deeper than " + ExtractionLimits.DEFAULT.maxElementDepth()), m);
    }

    @Test
    void anEmbeddedDocumentIsNeverRead() throws Exception {
        byte[] inner = Fixtures.docx(List.of("EMBEDDED-SECRET: this attachment is not the call"), null);
        byte[] outer = Fixtures.docx(List.of("Operator: Welcome to the call.", "Jane Roe: Revenue grew."), inner);

        // the fixture is a real trap: Tika left to itself reads the attachment
        AutoDetectParser tika = new AutoDetectParser();
        ParseContext context = new ParseContext();
        context.set(Parser.class, tika);
        BodyContentHandler all = new BodyContentHandler(-1);
        tika.parse(new ByteArrayInputStream(outer), all, new Metadata(), context);
        assertTrue(all.toString().contains("EMBEDDED-SECRET"), all.toString());

        ExtractedText t = new TextExtractor().extract(outer, "call.docx");
        assertEquals(List.of("Operator: Welcome to the call.", "Jane Roe: Revenue grew."), t.text().strip().lines().toList());
    }

    @Test
    void wordHeadersAndFootersAreNotText() throws Exception {
        ExtractedText t = new TextExtractor().extract(Fixtures.docx(List.of("Operator: Welcome."), null), "call.docx");
        assertEquals("Operator: Welcome.", t.text().strip());
    }

    @Test
    void nothingToReadSaysTheFileIsEmpty() {
        TextExtractor x = new TextExtractor();
        assertEquals("the file is empty", message(x, new byte[0], "call.txt"));
        assertEquals("the file is empty", message(x, " \r\n\t\n".getBytes(StandardCharsets.US_ASCII), null));
        String bomOnly = message(x, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n'}, "call.txt");
        assertTrue(bomOnly.contains("no text"), bomOnly);
        String emptyHtml = message(x, "<html><body><nav>Home</nav><p> </p></body></html>".getBytes(StandardCharsets.UTF_8), "call.html");
        assertTrue(emptyHtml.contains("text/html file contains no text"), emptyHtml);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "call.txt", "call.html", "call.pdf", "call.docx", "call.rtf", "call.doc", "call.bin"})
    void randomBytesFailWithAReason(String name) {
        TextExtractor x = new TextExtractor();
        for (long seed = 1; seed <= 5; seed++) {
            byte[] noise = new byte[3_000];
            new Random(seed).nextBytes(noise);
            String m = message(x, noise, name.isEmpty() ? null : name);
            assertFalse(m.isBlank());
            assertTrue(m.contains("binary") || m.contains("unsupported") || m.contains("damaged")
                    || m.contains("contains no text"), name + ": " + m);
        }
    }

    @Test
    void aPdfThatIsNotOneSaysSo() {
        String m = message(new TextExtractor(), "%PDF-1.7\n1 0 obj garbage".getBytes(StandardCharsets.US_ASCII), "call.pdf");
        assertTrue(m.startsWith("the application/pdf file is damaged"), m);
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ExtractionLimits(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ExtractionLimits(1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ExtractionLimits(1, 1, 0));
    }
}
