package io.transcripts.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderRecognizerTest {
    /** The hand-read check of a trailing turn number says what the regex says, edge cases included. */
    @Test
    void aTrailingTurnNumberIsWhatThePatternFinds() {
        for (String line : List.of("Tim Cook -- CEO [7]", "Tim Cook [12]", "Operator [1]\n", "x [3]\r\n", "x [3]\n\n", "[4]", " [4]",
                "x\t[45]", "x [] ", "x [a1]", "x [1] ", "x[1]", "x [1]]", "x [12", "", "]", "x \u000B[9]", "x \u00A0[9]",
                "Name -- Title [7]\u2028", "Name [7]\r")) {
            assertEquals(HeaderRecognizer.TURN_NUMBER.matcher(line).find(), HeaderRecognizer.endsWithTurnNumber(line),
                    () -> "line: " + line.replace("\n", "\\n").replace("\r", "\\r"));
        }
    }

    @Test
    void titlesAreReadOnOneLine() {
        assertEquals(true, Titles.isExecutiveTitle("Senior Vice President and CFO"));
        assertEquals(false, Titles.isExecutiveTitle("Equity Research Analyst, Head of Banks"));
        assertEquals(false, Titles.isExecutiveTitle("Chief Executive\nOfficer"), "a dot matches no line break");
        assertEquals(true, Titles.isAnalystTitle("Morgan Stanley, Research Division"));
        assertEquals(false, Titles.isExecutiveTitle("Directorate"), "whole words only");
    }

    /** The length and second-character shortcut before the letter-spaced pattern rules out no line the pattern takes. */
    @Test
    void letterSpacedLinesAreWhatThePatternTakes() {
        java.util.regex.Pattern spaced = java.util.regex.Pattern.compile("^\\S(?: {1,3}\\S){3,}$");
        for (String line : List.of("P R E S E N T A T I O N", "Q  &  A", "A B C D", "A B C", "AB C D E", "A\tB C D E", "A B C D ",
                "x y z w v", "", "A", "Q U E S T I O N S    A N D", "Operator: Good morning.")) {
            assertEquals(spaced.matcher(line).matches(), Sections.letterSpaced(line), () -> "line: " + line);
        }
        assertEquals(true, Sections.isPreparedHeading("P R E S E N T A T I O N"));
    }

    @Test
    void theOperatorIsNamedAtTheEnd() {
        assertEquals(true, Names.isOperator(" The Conference OPERATOR "));
        assertEquals(true, Names.isOperator("operator"));
        assertEquals(false, Names.isOperator("operators"));
        assertEquals(false, Names.isOperator("rator"));
        assertEquals(false, Names.isOperator("the operator said"));
    }
}
