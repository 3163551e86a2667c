package io.transcripts.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
