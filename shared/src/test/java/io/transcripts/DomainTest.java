package io.transcripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transcripts.format.CharsetSniffer;
import io.transcripts.format.ExtractionException;
import io.transcripts.format.TextExtractor;
import io.transcripts.language.AmountAnnotator;
import io.transcripts.language.Range;
import io.transcripts.model.FiscalPeriod;
import io.transcripts.model.Role;
import io.transcripts.model.Section;
import io.transcripts.model.Status;
import io.transcripts.model.Transcript;
import io.transcripts.model.Unit;
import io.transcripts.structure.NotATranscriptException;
import io.transcripts.structure.TranscriptParser;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Format, layout, structure and number reading, without any server. */
class DomainTest {
    private static final String COLON = """
            Kestrel Robotics, Inc. (NASDAQ: KSTR)
            Q3 Fiscal 2025 Earnings Conference Call
            Operator: Good afternoon and welcome to Kestrel Robotics' third quarter fiscal 2025 earnings call. I will now hand over to Mara Lind.
            Mara Lind: Thanks. With me is Tomas Vey, our Chief Financial Officer.
            Tomas Vey: Revenue for the quarter was $52.1 million.
            Note: all figures are unaudited.
            For the fourth quarter, we expect revenue of $54 million to $56 million.
            Operator: Our first question comes from Ana Ruiz with Kessler, Brandt & Co. Please go ahead.
            Ana Ruiz: How should we think about margins?
            Tomas Vey: Our priorities are simple: growth and margin.
            Mara Lind: Thank you.
            """;

    @Test
    void colonLayoutKeepsAColonSentenceInsideTheTurn() throws Exception {
        Transcript t = new TranscriptParser().parse(COLON);
        assertEquals("speaker-colon", t.layout().family());
        assertEquals("KSTR", t.call().ticker());
        assertEquals(FiscalPeriod.quarter(2025, 3), t.call().period());
        assertEquals(List.of("Operator", "Mara Lind", "Tomas Vey", "Operator", "Ana Ruiz", "Tomas Vey", "Mara Lind"),
                t.turns().stream().map(x -> x.speaker()).toList());
        assertTrue(t.turns().get(2).text().contains("Note: all figures are unaudited."));
        assertEquals(Section.QA, t.turns().get(3).section());
        assertEquals(Section.PREPARED_REMARKS, t.turns().get(2).section());
        var ana = t.participants().stream().filter(p -> p.name().equals("Ana Ruiz")).findFirst().orElseThrow();
        assertEquals(Role.ANALYST, ana.role());
        assertEquals("Kessler, Brandt & Co", ana.firm());
        assertEquals(1, t.exchanges().size());
        assertEquals(Status.PROCESSED, t.status());
    }

    @Test
    void shuffledWordsAreDegradedWithoutNumbers() throws Exception {
        String line = "the of quarter revenue the and guidance we XX% the to expect in the a earnings operator growth $X.X million the by";
        Transcript t = new TranscriptParser().parse((line + "\n").repeat(10));
        assertEquals("scrambled", t.layout().family());
        assertEquals(Status.DEGRADED, t.status());
        assertFalse(t.numbersTrusted());
        assertTrue(t.turns().isEmpty());
        assertTrue(t.warnings().get(0).contains("shuffled"));
    }

    @Test
    void textThatIsNoCallIsRejectedWithTheReason() {
        var e = assertThrows(NotATranscriptException.class,
                () -> new TranscriptParser().parse("Preheat the oven. Mix flour and sugar. Bake for forty minutes."));
        assertTrue(e.getMessage().contains("not an earnings-call transcript"));
    }

    @Test
    void windows1252AndUtf16AreDecoded() {
        byte[] cp1252 = "We expect \u201c\u20ac12 million\u201d".getBytes(Charset.forName("windows-1252"));
        var d = CharsetSniffer.decode(cp1252);
        assertEquals("windows-1252", d.charset());
        assertEquals("We expect \u201c\u20ac12 million\u201d", d.text());
        var u16 = CharsetSniffer.decode("Operator: hello there, welcome".getBytes(StandardCharsets.UTF_16LE));
        assertEquals("Operator: hello there, welcome", u16.text());
    }

    @Test
    void emptyAndBinaryFilesFailWithAReason() {
        TextExtractor x = new TextExtractor();
        assertTrue(assertThrows(ExtractionException.class, () -> x.extract(new byte[0], "a.txt")).getMessage().contains("empty"));
        byte[] binary = new byte[2048];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 + 7);
        }
        assertThrows(ExtractionException.class, () -> x.extract(binary, "blob.bin"));
    }

    @Test
    void htmlKeepsTheTranscriptAndDropsPageFurniture() throws Exception {
        String html = "<html><head><script>var x=1;</script></head><body><nav>Home | Markets</nav>"
                + "<div class='cookie-banner'>We use cookies</div><p>Operator: Welcome to the call.</p>"
                + "<p>Jane Roe: Revenue grew.</p><footer>Copyright 2025</footer></body></html>";
        var text = new TextExtractor().extract(html.getBytes(StandardCharsets.UTF_8), "call.html");
        assertEquals("text/html", text.mediaType());
        assertTrue(text.text().contains("Jane Roe: Revenue grew."));
        assertFalse(text.text().contains("cookies"));
        assertFalse(text.text().contains("Home | Markets"));
        assertFalse(text.text().contains("var x"));
    }

    @Test
    void rangesCarryScaleAndSign() {
        Range r = AmountAnnotator.ranges("we expect revenue of $180 to $186 million").get(0);
        assertEquals(180e6, r.low());
        assertEquals(186e6, r.high());
        assertEquals(Unit.money("USD"), r.unit());
        Range loss = AmountAnnotator.ranges("GAAP EPS of negative $0.03 to breakeven").get(0);
        assertEquals(-0.03, loss.low(), 1e-9);
        assertEquals(0.0, loss.high(), 1e-9);
        assertTrue(AmountAnnotator.ranges("revenue of $XX million and XX% growth").isEmpty());
    }
}
