package io.transcripts.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transcripts.model.FiscalPeriod;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each annotator over its example lines in {@code language/examples/}. */
class AnnotatorExamplesTest {
    static Stream<Arguments> amounts() {
        return Examples.of("amounts", 2).stream();
    }

    static Stream<Arguments> metrics() {
        return Examples.of("metrics", 2).stream();
    }

    static Stream<Arguments> periods() {
        return Examples.of("periods", 3).stream();
    }

    static Stream<Arguments> cues() {
        return Examples.of("cues", 2).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("amounts")
    void amounts(String line, String text, String expected) {
        List<String> got = AmountAnnotator.ranges(text).stream()
                .map(r -> bound(r.low()) + ".." + bound(r.high()) + " " + (r.unit() == null ? "-" : r.unit())).toList();
        assertEquals(normalised(expected, true), got, line + ": " + text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("metrics")
    void metrics(String line, String text, String expected) {
        List<String> got = MetricAnnotator.mentions(text).stream().filter(m -> !m.blocker())
                .map(m -> m.metric() + (m.basis() == null ? "" : ":" + m.basis())).toList();
        List<String> want = normalised(expected, false).stream()
                .map(w -> w.contains(":") || Metrics.get(w).basis() == MetricDefinition.BasisRule.WORDS ? w : w + ":"
                        + (Metrics.get(w).basis() == MetricDefinition.BasisRule.GAAP ? "GAAP" : "NON_GAAP")).toList();
        assertEquals(want, got, line + ": " + text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("periods")
    void periods(String line, String call, String text, String expected) {
        boolean forward = call.endsWith("+");
        FiscalPeriod period = FiscalPeriod.of(forward ? call.substring(0, call.length() - 1) : call);
        List<String> got = PeriodAnnotator.mentions(text, period, forward).stream()
                .map(p -> (p.comparative() ? "~" : "") + (p.calendar() ? "cal:" : "") + p.period()).toList();
        assertEquals(normalised(expected, false), got, line + ": " + text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cues")
    void cues(String line, String text, String expected) {
        List<String> got = CueAnnotator.annotate(text).stream().map(c -> c.cue().name()).toList();
        assertEquals(normalised(expected, false), got, line + ": " + text);
    }

    private static List<String> normalised(String expected, boolean amounts) {
        if (expected.equals("nothing")) {
            return List.of();
        }
        return Stream.of(expected.split("\\s*\\|\\s*")).map(String::strip).map(e -> amounts ? amount(e) : e).toList();
    }

    /** "180e6..186e6 USD" as the test writes a range: bounds in plain decimals. */
    private static String amount(String e) {
        String[] w = e.split("\\s+");
        Double[] r = Examples.range(w[0]);
        return bound(r[0]) + ".." + bound(r[1]) + " " + w[1];
    }

    private static String bound(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.6g", d);
    }
}
