package io.transcripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transcripts.financials.FinancialExtractor;
import io.transcripts.financials.Financials;
import io.transcripts.format.TextExtractor;
import io.transcripts.model.FiscalPeriod;
import io.transcripts.model.Participant;
import io.transcripts.model.Role;
import io.transcripts.model.Transcript;
import io.transcripts.model.Turn;
import io.transcripts.structure.TranscriptParser;
import java.io.InputStream;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Real public transcripts kept beside the tests (src/test/resources/real, sources in its SOURCES.md). */
class RealTranscriptsTest {
    private static Transcript read(String name) throws Exception {
        try (InputStream in = RealTranscriptsTest.class.getResourceAsStream("/real/" + name)) {
            byte[] bytes = Objects.requireNonNull(in, name).readAllBytes();
            return new TranscriptParser().parse(new TextExtractor().extract(bytes, name).text());
        }
    }

    @Test
    void aPublishersTakeawaysBeforeTheTranscriptAreNoTurns() throws Exception {
        Transcript t = read("mongodb_q1fy2026_motleyfool.txt");
        assertEquals("Operator", t.turns().get(0).speaker(), "the transcript starts after its heading");
        assertTrue(t.turns().stream().map(Turn::speaker).filter(Objects::nonNull)
                .noneMatch(s -> s.contains("Revenue") || s.contains("Growth") || s.equals("Atlas")), "a summary label is no speaker");
        Participant ceo = t.participants().stream().filter(p -> p.name().equals("Dev Ittycheria")).findFirst().orElseThrow();
        assertEquals(Role.EXECUTIVE, ceo.role());
        assertEquals("President and Chief Executive Officer", ceo.title(), "\"Title — Name\" puts the title first");
        assertEquals("MongoDB", t.call().company());
        assertEquals(FiscalPeriod.of("FY2026-Q1"), t.call().period());
        // the source names its CFO after an analyst the operator introduces later; the prepared remarks are still the company's
        Financials f = FinancialExtractor.extract(t);
        assertTrue(f.guidance().stream().anyMatch(g -> g.metric().equals("revenue") && g.period().equals(FiscalPeriod.of("FY2026-Q2"))
                && g.low() == 548e6 && g.high() == 553e6), f.guidance().toString());
        assertTrue(f.guidance().stream().anyMatch(g -> g.metric().equals("revenue") && g.period().equals(FiscalPeriod.of("FY2026"))
                && g.low() == 2.25e9 && g.high() == 2.29e9), f.guidance().toString());
    }

    @Test
    void aScrapersTitleLineAndATitleFirstParticipantList() throws Exception {
        Transcript t = read("senstar_2025q3_motleyfool.txt");
        assertEquals("Senstar", t.call().company(), "\"Title:\" is the scraper's key, not the company's name");
        assertEquals("SNT", t.call().ticker());
        Participant cfo = t.participants().stream().filter(p -> p.name().equals("Alicia Kelly")).findFirst().orElseThrow();
        assertEquals("Chief Financial Officer", cfo.title());
        Financials f = FinancialExtractor.extract(t);
        assertTrue(f.guidance().stream().noneMatch(g -> g.metric().equals("net_income")),
                "\"drove third-quarter net income to $1 million\" reports; it guides nothing: " + f.guidance());
    }

    @Test
    void aEuropeanStreetEventsExportGuidesInEuros() throws Exception {
        Transcript t = read("asml_2019q3_streetevents.txt");
        assertEquals("2019-10-16", t.call().date());
        Financials f = FinancialExtractor.extract(t);
        FiscalPeriod q4 = FiscalPeriod.of("FY2019-Q4");
        assertTrue(f.guidance().stream().anyMatch(g -> g.metric().equals("gross_margin") && g.period().equals(q4)
                && g.low() == 48.0 && g.high() == 49.0), f.guidance().toString());
        assertTrue(f.guidance().stream().anyMatch(g -> g.metric().equals("revenue") && g.period().equals(q4)
                && g.unit().toString().equals("EUR") && g.low() == 3.9e9), f.guidance().toString());
        assertTrue(f.metrics().stream().anyMatch(m -> m.metric().equals("installed_base_management_revenue")), "a segment's own name");
    }

    @Test
    void aWireServiceTextDatedDayFirst() throws Exception {
        Transcript t = read("jpmorgan_2002q1_wire.txt");
        assertEquals("2002-04-17", t.call().date());
        assertTrue(t.turns().size() > 50, "upper-case speakers are read: " + t.turns().size());
    }
}
