package io.transcripts.financials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transcripts.model.Basis;
import io.transcripts.model.Direction;
import io.transcripts.model.Guidance;
import io.transcripts.model.ReportedMetric;
import io.transcripts.structure.TranscriptParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Guidance and reported metrics of fictional calls, one phrasing per test: currencies, scales,
 * per-share amounts, losses, ranges, floors and ceilings, fiscal calendars, and the traps
 * (reminders, analysts' numbers, results measured against a range).
 */
class FinancialExtractorTest {
    /** A speaker-colon call of a company whose fiscal year ends in June; {@code cfo} is the CFO's turn. */
    private static Financials call(String quarterTitle, String quarterWords, String cfo, String analyst, String answer)
            throws Exception {
        String text = "Fenwick Instruments plc (LSE: FNWK)\n"
                + quarterTitle + " Earnings Conference Call\n"
                + "Operator: Good morning and welcome to Fenwick Instruments' " + quarterWords
                + " earnings call. I will now hand over to Clara Diaz.\n"
                + "Clara Diaz: Thank you. With me is Oren Blake, our Chief Financial Officer.\n"
                + "Oren Blake: " + cfo + "\n"
                + "Operator: Our first question comes from Ana Ruiz with Kessler Partners. Please go ahead.\n"
                + "Ana Ruiz: " + (analyst == null ? "How should we think about the pipeline?" : analyst) + "\n"
                + "Oren Blake: " + (answer == null ? "We feel good about it." : answer) + "\n"
                + "Clara Diaz: Thank you all.\n";
        return FinancialExtractor.extract(new TranscriptParser().parse(text));
    }

    private static Financials q2(String cfo) throws Exception {
        return call("Q2 Fiscal 2026", "second quarter fiscal 2026", cfo, null, null);
    }

    private static Guidance only(Financials f, String metric, String period) {
        List<Guidance> g = f.guidance().stream().filter(x -> x.metric().equals(metric) && x.period().equals(period)).toList();
        assertEquals(1, g.size(), metric + " " + period + " in " + f.guidance());
        return g.get(0);
    }

    private static Optional<ReportedMetric> metric(Financials f, String metric, String period) {
        return f.metrics().stream().filter(x -> x.metric().equals(metric) && x.period().equals(period)).findFirst();
    }

    private static void range(Guidance g, Double low, Double high, String unit) {
        if (low == null) {
            assertNull(g.low(), g.toString());
        } else {
            assertEquals(low, g.low(), Math.abs(low) * 1e-9 + 1e-12, g.toString());
        }
        if (high == null) {
            assertNull(g.high(), g.toString());
        } else {
            assertEquals(high, g.high(), Math.abs(high) * 1e-9 + 1e-12, g.toString());
        }
        assertEquals(unit, g.unit());
    }

    @Test
    void euroRevenueAndALossInEuroCentsForTheNextQuarter() throws Exception {
        Financials f = q2("For the third quarter, we expect revenue of EUR 120 million to EUR 125 million "
                + "and a loss per share of 65 to 85 euro cents.");
        range(only(f, "revenue", "FY2026-Q3"), 120e6, 125e6, "EUR");
        range(only(f, "eps", "FY2026-Q3"), -0.85, -0.65, "EUR_PER_SHARE");
    }

    @Test
    void poundsInBillionsRaisedFromAStatedRange() throws Exception {
        Guidance g = only(q2("For fiscal 2026 we are raising our revenue outlook to £1.2bn to £1.25bn from £1.1bn to £1.15bn."),
                "revenue", "FY2026");
        range(g, 1.2e9, 1.25e9, "GBP");
        assertEquals(Direction.RAISED, g.direction());
        assertEquals(1.1e9, g.priorLow(), 1);
        assertEquals(1.15e9, g.priorHigh(), 1);
    }

    @Test
    void floorsCeilingsAndApproximations() throws Exception {
        Financials f = q2("For the full year, we expect free cash flow of at least $40 million, capital expenditures "
                + "of up to $12 million and a fully diluted share count of approximately 125 million shares.");
        range(only(f, "free_cash_flow", "FY2026"), 40e6, null, "USD");
        range(only(f, "capex", "FY2026"), null, 12e6, "USD");
        range(only(f, "diluted_shares", "FY2026"), 125e6, 125e6, "SHARES");
    }

    @Test
    void breakevenAndBetweenAndPerShareAlternatives() throws Exception {
        Financials f = q2("For the third quarter, we expect GAAP net loss per share of $0.03 to 0, breakeven; "
                + "non-GAAP operating margin between 11% and 12%; and adjusted EBITDA of $7 million to $8 million, "
                + "or $0.12 to $0.15 per share.");
        range(only(f, "eps", "FY2026-Q3"), -0.03, 0.0, "USD_PER_SHARE");
        Guidance margin = only(f, "operating_margin", "FY2026-Q3");
        range(margin, 11.0, 12.0, "PERCENT");
        assertEquals(Basis.NON_GAAP, margin.basis());
        range(only(f, "adjusted_ebitda", "FY2026-Q3"), 7e6, 8e6, "USD");
        range(only(f, "adjusted_ebitda_per_share", "FY2026-Q3"), 0.12, 0.15, "USD_PER_SHARE");
    }

    @Test
    void marginAndGrowthAlternativesAreTheirOwnMetrics() throws Exception {
        Financials f = q2("Our guidance range for fiscal 2026 revenue is $480 million to $500 million, or 12% to 14% "
                + "growth year-over-year, and adjusted EBITDA of $60 million to $66 million, or 12.5% to 13.2% margin.");
        range(only(f, "revenue", "FY2026"), 480e6, 500e6, "USD");
        range(only(f, "revenue_growth", "FY2026"), 12.0, 14.0, "PERCENT");
        range(only(f, "adjusted_ebitda_margin", "FY2026"), 12.5, 13.2, "PERCENT");
    }

    @Test
    void aHeaderSentenceCarriesItsPeriodToTheListThatFollows() throws Exception {
        Financials f = q2("Turning to our outlook. For the third quarter of fiscal 2026, our expectations are as follows. "
                + "We anticipate total revenue to be in the range of $205 million to $212 million. "
                + "We expect gross margin of around 41%.");
        range(only(f, "revenue", "FY2026-Q3"), 205e6, 212e6, "USD");
        range(only(f, "gross_margin", "FY2026-Q3"), 41.0, 41.0, "PERCENT");
    }

    @Test
    void fiscalYearEndingInJuneSecondHalfAndNextQuarter() throws Exception {
        Financials f = q2("We are reiterating guidance for fiscal 2026 ending June 30, 2026: revenue of $835 million to $850 million. "
                + "We expect gross margin in the second half of approximately 42%. "
                + "Next quarter we expect adjusted EBITDA of $8 million to $10 million.");
        Guidance rev = only(f, "revenue", "FY2026");
        range(rev, 835e6, 850e6, "USD");
        assertEquals(Direction.REITERATED, rev.direction());
        range(only(f, "gross_margin", "FY2026-H2"), 42.0, 42.0, "PERCENT");
        range(only(f, "adjusted_ebitda", "FY2026-Q3"), 8e6, 10e6, "USD");
    }

    @Test
    void calendarYearIsNoFiscalLabel() throws Exception {
        Financials f = q2("For calendar 2026 we expect revenue of $900 million to $950 million.");
        assertTrue(f.guidance().isEmpty(), f.guidance().toString());
    }

    @Test
    void fourthQuarterCallGuidesTheNextYearAndItsFirstQuarter() throws Exception {
        Financials f = call("Q4 2025", "fourth quarter 2025",
                "For the full year, we expect net sales of $570 million to $590 million. "
                        + "For the first quarter, we expect net sales of $132 million to $138 million.", null, null);
        range(only(f, "revenue", "FY2026"), 570e6, 590e6, "USD");
        range(only(f, "revenue", "FY2026-Q1"), 132e6, 138e6, "USD");
    }

    @Test
    void aReminderOfLastQuartersGuidanceIsNoGuidanceButThePriorOfTheNewRange() throws Exception {
        Financials f = q2("As a reminder, last quarter we guided to second quarter revenue of $50 million to $52 million "
                + "and full-year revenue of $200 million to $210 million. "
                + "We now expect full-year revenue of $215 million to $220 million.");
        assertTrue(f.guidance().stream().noneMatch(g -> g.period().equals("FY2026-Q2")), f.guidance().toString());
        Guidance g = only(f, "revenue", "FY2026");
        range(g, 215e6, 220e6, "USD");
        assertEquals(Direction.RAISED, g.direction());
        assertEquals(200e6, g.priorLow(), 1);
    }

    @Test
    void lastYearsGuidanceQuotedAsAReminderIsNotGuidance() throws Exception {
        Financials f = q2("As a reminder, a year ago we had guided fiscal 2025 revenue of $700 million to $720 million.");
        assertTrue(f.guidance().isEmpty(), f.guidance().toString());
    }

    @Test
    void aResultAboveTheHighEndOfTheRangeIsReportedNotGuided() throws Exception {
        Financials f = q2("Revenue of $53.4 million was above the high end of our range of $50 million to $52 million. "
                + "Gross margin expanded 150 basis points to 44.2%. We spent $3.1 million on capital expenditures. "
                + "Non-GAAP net loss per share was $(0.04), within our guidance range.");
        assertTrue(f.guidance().isEmpty(), f.guidance().toString());
        assertEquals(53.4e6, metric(f, "revenue", "FY2026-Q2").orElseThrow().value(), 1);
        assertEquals(44.2, metric(f, "gross_margin", "FY2026-Q2").orElseThrow().value(), 1e-9);
        assertEquals(3.1e6, metric(f, "capex", "FY2026-Q2").orElseThrow().value(), 1);
        assertEquals(-0.04, metric(f, "adjusted_eps", "FY2026-Q2").orElseThrow().value(), 1e-9);
    }

    @Test
    void reportedLevelIsTheValueAfterTheChange() throws Exception {
        Financials f = q2("In the second quarter, total revenue grew 18% year-over-year to $107.9 million, "
                + "and deferred revenue increased 25% to $36.6 million from $29.5 million a year ago.");
        assertEquals(107.9e6, metric(f, "revenue", "FY2026-Q2").orElseThrow().value(), 1);
        assertEquals(36.6e6, metric(f, "deferred_revenue", "FY2026-Q2").orElseThrow().value(), 1);
    }

    @Test
    void analystsNumbersAndHypotheticalsAreNeverRead() throws Exception {
        Financials f = call("Q2 Fiscal 2026", "second quarter fiscal 2026", "Thank you.",
                "You said $60 million of revenue for the third quarter. Is that still the right number?",
                "If we reach $70 million of revenue in the fourth quarter, margins would expand.");
        assertTrue(f.guidance().isEmpty(), f.guidance().toString());
    }

    @Test
    void aRangeRestatedInQandAIsTheSameItem() throws Exception {
        Financials f = call("Q2 Fiscal 2026", "second quarter fiscal 2026",
                "For the third quarter, we expect revenue of $120 million to $125 million.", "Can you repeat the range?",
                "Sure, for the third quarter we expect revenue of $120 million to $125 million.");
        only(f, "revenue", "FY2026-Q3");
    }

    @Test
    void directionWords() throws Exception {
        Financials f = q2("We are narrowing our full-year revenue guidance to $205 million to $208 million from $200 million "
                + "to $210 million. We are lowering our fiscal 2026 adjusted EBITDA outlook to $38 million to $41 million "
                + "from $44 million to $48 million. We reaffirm our fiscal 2026 non-GAAP EPS guidance of $0.14 to $0.20. "
                + "Given the uncertainty, we are withdrawing our fiscal 2026 free cash flow guidance.");
        Guidance rev = only(f, "revenue", "FY2026");
        assertEquals(Direction.NARROWED, rev.direction());
        assertEquals(210e6, rev.priorHigh(), 1);
        Guidance ebitda = only(f, "adjusted_ebitda", "FY2026");
        assertEquals(Direction.LOWERED, ebitda.direction());
        assertEquals(44e6, ebitda.priorLow(), 1);
        assertEquals(Direction.REITERATED, only(f, "adjusted_eps", "FY2026").direction());
        Guidance fcf = only(f, "free_cash_flow", "FY2026");
        assertEquals(Direction.WITHDRAWN, fcf.direction());
        assertNull(fcf.low());
        assertNull(fcf.high());
    }

    @Test
    void wordsOnlyGuidanceIsKeptAsTextNeverAsANumber() throws Exception {
        Financials f = q2("For fiscal 2026, we expect revenue growth in the mid-single digits.");
        assertTrue(f.guidance().isEmpty(), f.guidance().toString());
        assertEquals(1, f.qualitative().size());
        Guidance g = f.qualitative().get(0);
        assertEquals("revenue_growth", g.metric());
        assertEquals("FY2026", g.period());
        assertEquals("mid-single digits", g.text());
        assertNull(g.low());
    }

    @Test
    void maskedDigitsAreNoNumbers() throws Exception {
        Financials f = q2("For the third quarter, we expect revenue of $XX million to $X.X million and gross margin of XX%.");
        assertTrue(f.guidance().isEmpty() && f.metrics().isEmpty());
        assertTrue(Numbers.amounts("Q2 '24 revenue grew in 8x8 markets, see our 10-K").isEmpty());
    }

    @Test
    void comparisonsDoNotSetThePeriodOrThePrior() throws Exception {
        Financials f = q2("We expect sales and marketing to be in the range of 33% to 34% of revenue for fiscal 2026, "
                + "down from 36% in fiscal 2025.");
        Guidance g = only(f, "sales_marketing_pct_revenue", "FY2026");
        range(g, 33.0, 34.0, "PERCENT");
        assertNull(g.priorLow());
    }

    @Test
    void historyGivesTheDirectionWhereTheWordsAreSilent() {
        Guidance now = new Guidance("revenue", "FY2026", 480e6, 500e6, "USD", null, Direction.UNKNOWN, null, null, null, null, null);
        Guidance before = new Guidance("revenue", "FY2026", 470e6, 490e6, "USD", null, Direction.INITIATED, null, null, null, null, null);
        Guidance up = GuidanceHistory.resolve(now, before, "doc1");
        assertEquals(Direction.RAISED, up.direction());
        assertEquals(470e6, up.priorLow(), 1);
        assertEquals("doc1", up.priorDocumentId());
        assertEquals(Direction.INITIATED, GuidanceHistory.resolve(now, null, null).direction());
        assertEquals(Direction.REITERATED, GuidanceHistory.resolve(before.withDirection(Direction.UNKNOWN, null, null, null),
                before, "doc1").direction());
    }

    @Test
    void commonGuidanceVerbsAreGuidance() throws Exception {
        range(only(q2("For fiscal 2026, we now see revenue of $480 million to $495 million."), "revenue", "FY2026"),
                480e6, 495e6, "USD");
        range(only(q2("Full year revenue is now projected at $480 million to $495 million."), "revenue", "FY2026"),
                480e6, 495e6, "USD");
        range(only(q2("For the full year, revenue should come in between $480 million and $495 million."), "revenue", "FY2026"),
                480e6, 495e6, "USD");
    }

    @Test
    void aVerbOfChangeIsADirectionOnlyWhenItActsOnTheGuidance() throws Exception {
        Guidance g = only(q2("We expect revenue to increase sequentially, with third quarter revenue in the range of "
                + "$120 million to $125 million."), "revenue", "FY2026-Q3");
        assertEquals(Direction.UNKNOWN, g.direction(), "the words give no direction: a sequential increase is no raise");
        Guidance m = only(q2("We are improving our cost structure and expect fiscal 2026 operating margin in the range of "
                + "11% to 12%."), "operating_margin", "FY2026");
        assertEquals(Direction.UNKNOWN, m.direction());
    }

    @Test
    void aBalanceAfterGuidanceIsNoGuidance() throws Exception {
        Financials f = q2("For the third quarter, we expect revenue of $120 million to $125 million. "
                + "Our cash position remains strong at $600 million.");
        assertTrue(f.guidance().stream().noneMatch(g -> g.metric().equals("cash")), f.guidance().toString());
    }

    @Test
    void mediumTermTargetsAreNoGuidanceAndEvenIfIsNoHypothesis() throws Exception {
        assertTrue(q2("Our medium-term targets for 2029 are revenue of $1 billion to $1.1 billion.").guidance().isEmpty());
        range(only(q2("For fiscal 2026 we expect adjusted EPS of $2.10 to $2.20, even if the macro environment weakens."),
                "adjusted_eps", "FY2026"), 2.10, 2.20, "USD_PER_SHARE");
    }

    @Test
    void aCountrysDollarIsNotTheUsDollar() throws Exception {
        range(only(q2("For fiscal 2026 we expect revenue of HK$4.8 billion to HK$5.0 billion."), "revenue", "FY2026"),
                4.8e9, 5.0e9, "HKD");
        range(only(q2("For fiscal 2026 we expect revenue of SEK 2.1 billion to SEK 2.3 billion."), "revenue", "FY2026"),
                2.1e9, 2.3e9, "SEK");
    }

    @Test
    void aHalfYearReporterGuidesItsFullYearAndSecondHalf() throws Exception {
        Financials f = call("H1 2025 Results", "first half 2025 results", "Revenue for the first half was £612 million. "
                + "For the full year, we expect revenue of £1.25 billion to £1.30 billion, and for the second half "
                + "we expect adjusted EBITDA of £140 million to £150 million.", null, null);
        range(only(f, "revenue", "FY2025"), 1.25e9, 1.30e9, "GBP");
        range(only(f, "adjusted_ebitda", "FY2025-H2"), 140e6, 150e6, "GBP");
        assertTrue(f.guidance().stream().noneMatch(g -> g.period().equals("FY2025-H1")), f.guidance().toString());
    }

    @Test
    void revenueToGrowByAPercentageIsRevenueGrowth() throws Exception {
        range(only(q2("For fiscal 2026, we expect revenue to grow 8% to 10%."), "revenue_growth", "FY2026"), 8.0, 10.0, "PERCENT");
        assertTrue(q2("For fiscal 2026, we expect revenue to grow 8% to 10%.").guidance().stream()
                .noneMatch(g -> g.metric().equals("revenue")), "a growth rate is no revenue level");
    }

    @Test
    void theCurrentQuarterIsTheOneAfterTheCallsQuarter() throws Exception {
        range(only(q2("For the current quarter, we expect revenue of $120 million to $125 million."), "revenue", "FY2026-Q3"),
                120e6, 125e6, "USD");
    }

    @Test
    void aPriorNamedAfterItsRange() throws Exception {
        Guidance g = only(q2("We now expect fiscal 2026 revenue of $500 million to $515 million, versus $490 million to "
                + "$505 million previously."), "revenue", "FY2026");
        range(g, 500e6, 515e6, "USD");
        assertEquals(490e6, g.priorLow(), 1);
        assertEquals(505e6, g.priorHigh(), 1);
        assertEquals(Direction.RAISED, GuidanceHistory.resolve(g, null, null).direction());
    }

    @Test
    void aPastTenseAsideDoesNotTurnGuidanceIntoAResult() throws Exception {
        Financials f = call("Q4 Fiscal 2026", "fourth quarter fiscal 2026", "For the first quarter, we expect revenue of "
                + "$120 million to $125 million, which reflects a tough comparison as the first quarter last year was strong.",
                null, null);
        range(only(f, "revenue", "FY2027-Q1"), 120e6, 125e6, "USD");
        assertTrue(metric(f, "revenue", "FY2026-Q1").isEmpty(), f.metrics().toString());
    }

    @Test
    void guidanceAsATableOfRows() throws Exception {
        Financials f = q2("Our outlook for the third quarter is as follows:\nRevenue: $120 million to $125 million\n"
                + "Adjusted EPS: $0.40 - $0.45");
        range(only(f, "revenue", "FY2026-Q3"), 120e6, 125e6, "USD");
        range(only(f, "adjusted_eps", "FY2026-Q3"), 0.40, 0.45, "USD_PER_SHARE");
    }

    @Test
    void weHaveRaisedIsNoReport() throws Exception {
        Guidance g = only(call("Q4 Fiscal 2026", "fourth quarter fiscal 2026", "We have raised our first quarter revenue outlook "
                + "to $120 million to $125 million from $110 million to $115 million.", null, null), "revenue", "FY2027-Q1");
        range(g, 120e6, 125e6, "USD");
        assertEquals(Direction.RAISED, g.direction());
    }
}
