package io.transcripts.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transcripts.financials.FinancialExtractor;
import io.transcripts.financials.Financials;
import io.transcripts.model.Basis;
import io.transcripts.model.Direction;
import io.transcripts.model.FiscalPeriod;
import io.transcripts.model.Guidance;
import io.transcripts.model.ReportedMetric;
import io.transcripts.structure.TranscriptParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guidance reading as a whole, over {@code language/examples/guidance.tsv}: each line is a
 * fictional call's words and every item they give. The call goes through the parser as a
 * speaker-colon transcript, so the reading sees roles and sections as it does in production; " ¶ " in
 * a text is a paragraph break (a blank line) in the speaker's turn.
 */
class GuidanceExamplesTest {
    static Stream<Arguments> examples() {
        return Examples.of("guidance", 3).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readsWhatTheExampleSays(String line, String call, String text, String expected) throws Exception {
        String[] callAndDate = call.split("@");
        String source = transcript(FiscalPeriod.of(callAndDate[0]), text);
        if (callAndDate.length > 1) {
            source = source.replaceFirst("\n", "\n" + callAndDate[1] + "\n"); // the call's date under its title
        }
        Financials f = FinancialExtractor.extract(new TranscriptParser().parse(source));
        List<String> got = new ArrayList<>();
        f.guidance().forEach(g -> got.add("guide " + g.metric() + " " + g.period()));
        f.metrics().forEach(m -> got.add("report " + m.metric() + " " + m.period()));
        f.qualitative().forEach(g -> got.add("words " + g.metric() + " " + g.period()));
        List<String> want = new ArrayList<>();
        List<String[]> items = new ArrayList<>();
        if (!expected.equals("nothing")) {
            for (String item : expected.split("\\s*\\|\\s*")) {
                String[] w = item.strip().split("\\s+");
                items.add(w);
                want.add(w[0] + " " + w[1] + " " + w[2]);
            }
        }
        assertEquals(want.stream().sorted().toList(), got.stream().sorted().toList(), line + ": the items read from: " + text);
        for (String[] w : items) {
            check(line, w, f);
        }
    }

    private static void check(String line, String[] w, Financials f) {
        FiscalPeriod period = FiscalPeriod.of(w[2]);
        String where = line + " " + String.join(" ", w);
        switch (w[0]) {
            case "guide" -> {
                Basis basis = Arrays.stream(w).filter(GuidanceExamplesTest::isBasis).map(Basis::valueOf).findFirst().orElse(null);
                Guidance g = f.guidance().stream().filter(x -> x.metric().equals(w[1]) && x.period().equals(period))
                        .filter(x -> basis == null || x.basis() == basis).findFirst().orElseThrow(() -> new AssertionError(where));
                Double[] r = Examples.range(w[3]);
                assertTrue(Examples.near(r[0], g.low()) && Examples.near(r[1], g.high()), where + " but read " + g);
                assertEquals(w[4], String.valueOf(g.unit()).replace("null", "-"), where);
                for (String extra : Arrays.asList(w).subList(5, w.length)) {
                    if (extra.startsWith("prior=")) {
                        Double[] p = Examples.range(extra.substring(6));
                        assertTrue(Examples.near(p[0], g.priorLow()) && Examples.near(p[1], g.priorHigh()), where + " but read " + g);
                    } else if (isBasis(extra)) {
                        assertEquals(Basis.valueOf(extra), g.basis(), where);
                    } else {
                        assertEquals(Direction.valueOf(extra), g.direction(), where);
                    }
                }
            }
            case "report" -> {
                ReportedMetric m = f.metrics().stream().filter(x -> x.metric().equals(w[1]) && x.period().equals(period)
                        && x.unit().toString().equals(w[4])).findFirst().orElseThrow(() -> new AssertionError(where + " in " + f.metrics()));
                assertTrue(Examples.near(Double.valueOf(w[3]), m.value()), where + " but read " + m);
                assertEquals(w[4], m.unit().toString(), where);
                if (w.length > 5) {
                    assertEquals(Basis.valueOf(w[5]), m.basis(), where);
                }
            }
            case "words" -> {
                Guidance g = f.qualitative().stream().filter(x -> x.metric().equals(w[1]) && x.period().equals(period)).findFirst().orElseThrow();
                assertEquals(String.join(" ", Arrays.asList(w).subList(3, w.length)), g.text(), where);
                assertEquals(null, g.low(), where);
            }
            default -> throw new IllegalArgumentException(line + ": unknown item kind " + w[0]);
        }
    }

    private static boolean isBasis(String s) {
        return s.equals("GAAP") || s.equals("NON_GAAP");
    }

    /** A speaker-colon call on the period, the CFO's remarks, then the Q&A turns of the text. */
    static String transcript(FiscalPeriod call, String text) {
        String title = switch (call.span()) {
            case QUARTER -> "Q" + call.index() + " Fiscal " + call.year();
            case HALF -> "H" + call.index() + " " + call.year() + " Results";
            case YEAR -> "Full Year " + call.year() + " Results";
        };
        String[] parts = text.replace(" ¶ ", "\n\n").split("\\s*\\|\\|\\s*");
        StringBuilder sb = new StringBuilder("Fenwick Instruments plc (LSE: FNWK)\n" + title + " Earnings Conference Call\n"
                + "Operator: Good morning and welcome to the Fenwick Instruments earnings call. I will now hand over to Clara Diaz.\n"
                + "Clara Diaz: Thank you. With me is Oren Blake, our Chief Financial Officer.\n"
                + "Oren Blake: " + parts[0] + "\n");
        for (int i = 1; i < parts.length; i += 2) {
            sb.append("Operator: Our next question comes from Ana Ruiz with Kessler Partners. Please go ahead.\n");
            sb.append("Ana Ruiz: ").append(parts[i]).append('\n');
            if (i + 1 < parts.length) {
                sb.append("Oren Blake: ").append(parts[i + 1]).append('\n');
            }
        }
        return sb.append("Clara Diaz: Thank you all.\n").toString();
    }
}
