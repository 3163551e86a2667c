package io.transcripts.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transcripts.model.FiscalPeriod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The period a call's title names, in the shapes vendors and companies title their calls. */
class CallPeriodTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Q2 2024 Earnings Call | FY2024-Q2",
        "3Q24 Earnings Call | FY2024-Q3",
        "Fiscal 2024 Third Quarter Results Conference Call | FY2024-Q3",
        "2025 Q1 Results Call | FY2025-Q1",
        "H1 2025 Results Call | FY2025-H1",
        "Half Year 2025 Results Presentation | FY2025-H1",
        "Full Year 2024 Results Call | FY2024",
        "2024 Annual Results Webcast | FY2024",
        "Fourth Quarter and Full Year 2025 Earnings Call | FY2025-Q4",
        "Second Half 2025 Results Call | FY2025-H2"})
    void titleNamesThePeriod(String title, String period) {
        assertEquals(FiscalPeriod.of(period), CallInfoExtractor.period(title + "\nOperator: Good morning and welcome.", title));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Revenue grew compared to the second quarter of 2023, and H1 2024 was strong."})
    void aComparisonNamesNoCall(String text) {
        assertEquals(null, CallInfoExtractor.period(text, text));
    }

    @org.junit.jupiter.api.Test
    void aLoneCapitalInParenthesesIsNoTickerAndTitlesNameTheCompany() {
        var call = CallInfoExtractor.extract(java.util.List.of("Exchange Plaza, Bandra (E), Mumbai",
                "“Halvorsen Motors Limited", "Q4 FY-26 Earnings Conference Call”"), "", "");
        assertEquals("Halvorsen Motors Limited", call.company());
        assertEquals(null, call.ticker());
        assertEquals(FiscalPeriod.of("FY2026-Q4"), call.period());
        assertEquals("F", CallInfoExtractor.extract(java.util.List.of("Ford Motor Company (NYSE: F) Q3 2026 Earnings Call"), "", "").ticker());
        assertEquals("Novo Nordisk", CallInfoExtractor.extract(java.util.List.of("Company: Novo Nordisk (诺和诺德)", "Ticker: NVO"), "", "").company());
    }

    @org.junit.jupiter.api.Test
    void aMarkdownMetadataLineNamesTheCompanyWithoutItsLabel() {
        // a scraped page's notes: a list item with an emphasised label, more said after the ticker
        var call = CallInfoExtractor.extract(java.util.List.of("# Quellhaven Corporation — Q2 FY26 Earnings Call (transcript)",
                "- **Company:** Quellhaven (QLHV); fiscal year ends late January", "- **Period:** Q2 FY26"), "", "");
        assertEquals("Quellhaven", call.company());
        assertEquals("QLHV", call.ticker());
        assertEquals("Marrow Tide Inc", CallInfoExtractor.extract(java.util.List.of("* **Company:** Marrow Tide Inc; fiscal year ends in June"),
                "", "").company());
    }

    @org.junit.jupiter.api.Test
    void aCallDatedByItsLetterSpacedTitleOrByItsOpeningAndAnAbbreviationIsNoTicker() {
        var td = CallInfoExtractor.extract(java.util.List.of("Q 4 2 0 2 6 E A R N I N G S C O N F E R E N C E C A L L",
                "D E C E M B E R 5 , 2 0 2 6", "filings with the Securities and Exchange Commission (SEC), and other"), "", "");
        assertEquals("2026-12-05", td.date());
        assertTrue(td.evidence().contains(new io.transcripts.model.CallInfo.Evidence("date", "title", "D E C E M B E R 5 , 2 0 2 6")),
                "the export says where the date was read: " + td.evidence());
        assertEquals(null, td.ticker(), "(SEC) abbreviates the words before it");
        var untitled = CallInfoExtractor.extract(java.util.List.of(),
                "Hello, and welcome. Our comments reflect management's views as of today, February 2, 2027 only.",
                "Hello, and welcome. Thank you for joining us. We appreciate your interest in Fenwick Instruments");
        assertEquals("2027-02-02", untitled.date());
        assertEquals("opening", untitled.evidence().stream().filter(e -> e.field().equals("date")).findFirst().orElseThrow().from());
        assertEquals("Fenwick Instruments", untitled.company());
    }
}
