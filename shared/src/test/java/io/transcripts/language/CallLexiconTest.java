package io.transcripts.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CallLexiconTest {
    @Test
    void bareDollarsAreTheHomeDollarOnlyWhereUsAmountsAreMarked() {
        String canadian = "In Canada, we sold US$2.5 billion of bonds. We repaid US$14 billion. Earnings were $3.2 billion.";
        assertEquals("CAD", CallLexicon.of(canadian, "Northern Bank", List.of()).currency().currencyOf("$"));
        String plain = "In Canada, earnings were $3.2 billion. Canadian revenue was $1 billion.";
        assertNull(CallLexicon.of(plain, "Northern Bank", List.of()).currency().currencyOf("$"), "a U.S. filer's $ stays USD");
    }

    @Test
    void kronerAreTheKroneOfTheCountryTheCallNames() {
        assertEquals("DKK", CallLexicon.of("Sales were 120 billion Danish kroner.", null, List.of()).currency().currencyOf("kroner"));
        assertEquals("NOK", CallLexicon.of("Our Norwegian operations earned 3 billion kroner.", null, List.of()).currency().currencyOf("kroner"));
    }

    @Test
    void namesAreWordsWrittenWithACapitalWhereACapitalMeansOne() {
        CallLexicon lx = CallLexicon.of("Revenue grew. Our Automotive business and our Gaming revenue grew. Strong demand.", "Acme Corp",
                List.of("Oren Blake"));
        assertTrue(lx.proper("automotive"));
        assertFalse(lx.proper("strong"), "a capital at a sentence's start says nothing");
        assertTrue(lx.company("acme") && lx.company("blake"));
        assertEquals("gaming", Segments.before("Our Gaming revenue was $4 billion.", 11, lx));
        assertNull(Segments.before("Strong revenue was $4 billion.", 7, lx));
        assertEquals("automotive", Segments.subject("Automotive delivered record revenue of $5 billion.", lx));
        assertNull(Segments.subject("Acme delivered record revenue of $5 billion.", lx), "the company is no segment of itself");
    }
}
