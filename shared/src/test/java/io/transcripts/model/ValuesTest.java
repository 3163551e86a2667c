package io.transcripts.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transcripts.export.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The typed values: fiscal periods, the fiscal calendar and units, and their labels at the edges. */
class ValuesTest {
    @Test
    void periodsParseFormatAndOrder() {
        for (String label : List.of("FY2024", "FY2024-H1", "FY2024-H2", "FY2024-Q1", "FY2024-Q4")) {
            assertEquals(label, FiscalPeriod.of(label).toString());
        }
        assertEquals(Optional.empty(), FiscalPeriod.parse("FY2024-H3"));
        assertEquals(Optional.empty(), FiscalPeriod.parse("2024Q1"));
        assertThrows(IllegalArgumentException.class, () -> FiscalPeriod.quarter(2024, 5));
        List<FiscalPeriod> sorted = new ArrayList<>(List.of(FiscalPeriod.of("FY2025-Q1"), FiscalPeriod.of("FY2024"),
                FiscalPeriod.of("FY2024-H2"), FiscalPeriod.of("FY2024-Q1"), FiscalPeriod.of("FY2024-H1")));
        sorted.sort(null);
        assertEquals("[FY2024-Q1, FY2024-H1, FY2024-H2, FY2024, FY2025-Q1]", sorted.toString());
    }

    @Test
    void whatIsOverOnACall() {
        FiscalPeriod q2 = FiscalPeriod.quarter(2026, 2);
        assertTrue(FiscalPeriod.quarter(2026, 1).isOverBy(q2));
        assertTrue(FiscalPeriod.half(2026, 1).isOverBy(q2));
        assertFalse(FiscalPeriod.quarter(2026, 3).isOverBy(q2));
        assertFalse(FiscalPeriod.year(2026).isOverBy(q2));
        assertTrue(FiscalPeriod.year(2026).isOverBy(FiscalPeriod.quarter(2026, 4)));
        assertTrue(FiscalPeriod.year(2025).isOverBy(q2));
        assertEquals(FiscalPeriod.quarter(2027, 1), FiscalPeriod.quarter(2026, 4).nextQuarter());
        assertEquals(FiscalPeriod.quarter(2025, 3), FiscalPeriod.half(2025, 1).nextQuarter());
    }

    @Test
    void aFiscalCalendarMapsDatesToItsPeriods() {
        FiscalCalendar december = FiscalCalendar.CALENDAR_YEAR;
        assertEquals(FiscalPeriod.quarter(2024, 3), december.quarterOf(LocalDate.of(2024, 9, 30)));
        FiscalCalendar january = new FiscalCalendar(1); // a year that ends in January is named by that January
        assertEquals(FiscalPeriod.quarter(2026, 2), january.quarterOf(LocalDate.of(2025, 7, 27)));
        assertEquals(FiscalPeriod.quarter(2025, 4), january.quarterOf(LocalDate.of(2025, 1, 26)));
        FiscalCalendar september = new FiscalCalendar(9);
        assertEquals(FiscalPeriod.quarter(2025, 3), september.quarterOf(LocalDate.of(2025, 6, 28)));
        assertEquals(FiscalPeriod.quarter(2026, 1), september.quarterOf(LocalDate.of(2025, 12, 27)));
        FiscalCalendar march = new FiscalCalendar(3);
        assertEquals(FiscalPeriod.quarter(2025, 3), march.quarterOf(LocalDate.of(2024, 12, 31)));
        assertThrows(IllegalArgumentException.class, () -> new FiscalCalendar(13));
    }

    @Test
    void aCallThatNamesQuartersByMonthTellsItsCalendar() {
        var apple = io.transcripts.language.CalendarAnnotator.inferred("a June quarter record; for the September quarter we expect",
                FiscalPeriod.quarter(2025, 3), LocalDate.of(2025, 7, 31));
        assertEquals(Optional.of(new FiscalCalendar(9)), apple);
        assertEquals(Optional.empty(), io.transcripts.language.CalendarAnnotator.inferred("no month-named quarter",
                FiscalPeriod.quarter(2025, 3), LocalDate.of(2025, 7, 31)));
        assertEquals(Optional.of(new FiscalCalendar(1)), io.transcripts.language.CalendarAnnotator.calendar("our fiscal year ends in January."));
    }

    @Test
    void unitsParseAndFormat() {
        for (String label : List.of("USD", "EUR_PER_SHARE", "PERCENT", "SHARES", "COUNT", "INR")) {
            assertEquals(label, Unit.of(label).toString());
        }
        assertEquals(Optional.empty(), Unit.parse("dollars"));
        assertTrue(Unit.money("USD").sameQuantity(Unit.perShare("USD")));
        assertFalse(Unit.money("USD").sameQuantity(Unit.money("EUR")));
        assertThrows(IllegalStateException.class, Unit.PERCENT::perShare);
        assertThrows(IllegalArgumentException.class, () -> Unit.money("usd"));
    }

    @Test
    void valuesTravelAsTheirLabels() {
        Guidance g = new Guidance("revenue", FiscalPeriod.of("FY2026-Q3"), 1.0, 2.0, Unit.money("USD"), null, Direction.RAISED,
                null, null, null, null, null);
        String json = Json.write(g);
        assertTrue(json.contains("\"period\":\"FY2026-Q3\"") && json.contains("\"unit\":\"USD\""), json);
        assertEquals(g, Json.read(json, Guidance.class));
    }
}
