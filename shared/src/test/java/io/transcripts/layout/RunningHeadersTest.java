package io.transcripts.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RunningHeadersTest {
    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void aHeaderRepeatedPageAfterPageGoesButTheTitleStays() {
        StringBuilder sb = new StringBuilder();
        for (int page = 1; page <= 5; page++) {
            sb.append("Fenwick Instruments plc (FNWK)\nQ2 2026 Earnings Call\n27-Aug-2025\n").append(page).append('\n');
            for (int line = 0; line < 8 + page % 2; line++) {
                sb.append("Oren Blake: revenue line ").append(page).append('.').append(line).append(" of the talk goes on here.\n");
            }
        }
        String out = RunningHeaders.strip(sb.toString());
        assertEquals(1, count(out, "27-Aug-2025"), out);
        assertEquals(1, count(out, "Q2 2026 Earnings Call"), out);
        assertEquals(9 + 8 + 9 + 8 + 9, count(out, "of the talk goes on here."), "no speech is lost");
    }

    @Test
    void aSpeakersRepeatedHeaderWhereverTheTalkTakesItStays() {
        StringBuilder sb = new StringBuilder();
        int[] gaps = {2, 11, 3, 25, 4};
        for (int turn = 0; turn < gaps.length; turn++) {
            sb.append("----------\nOren Blake, Fenwick Instruments - CFO [").append(turn * 2 + 1).append("]\n----------\n");
            for (int line = 0; line < gaps[turn]; line++) {
                sb.append("We grew revenue in segment ").append(turn).append(" line ").append(line).append(".\n");
            }
        }
        String out = RunningHeaders.strip(sb.toString());
        assertEquals(sb.toString(), out);
        assertTrue(out.contains("[9]"));
    }

    @Test
    void aDateLinePrintedOnEveryPageGoesButForTheFirst() {
        String text = "Fenwick Instruments plc\nQ3 FY-25 Earnings Call\nJanuary 24, 2025\nModerator: Welcome.\n"
                + "Oren Blake: Revenue grew.\nJanuary 24, 2025\nMargins held.\nJanuary 24, 2025\nThe quarter ended on December 31, 2024.\n";
        String out = RunningHeaders.strip(text);
        assertEquals(1, count(out, "January 24, 2025"), out);
        assertTrue(out.contains("The quarter ended on December 31, 2024."), "a date inside a sentence stays");
    }
}
