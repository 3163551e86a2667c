package io.transcripts.financials;

import io.transcripts.layout.families.Sentences;
import io.transcripts.model.Direction;
import io.transcripts.model.Evidence;
import io.transcripts.model.Guidance;
import io.transcripts.model.ReportedMetric;
import io.transcripts.model.Role;
import io.transcripts.model.Transcript;
import io.transcripts.model.Turn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads reported metrics and forward guidance from the company's own turns, sentence by sentence.
 * Analysts' numbers, prior guidance quoted as a reminder and results compared with a range are
 * not guidance. Direction comes from the words here; history fills it in later where they are silent.
 */
public final class FinancialExtractor {
    private static final Pattern FORWARD = Pattern.compile(
            "(?i)\\b(expect|expects|expected to be|anticipate|anticipates|guidance|guiding|guide|outlook|forecast|"
                    + "project|projecting|target|targeting|we see|should be|will be|now expect|raising|raise|lowering|"
                    + "reiterat\\w*|reaffirm\\w*|narrow\\w*|withdraw\\w*|no longer expect|estimate|assum\\w*)\\b");
    private static final Pattern NOT_GUIDANCE = Pattern.compile(
            "(?i)(as a reminder|last quarter,? we (guided|said|expected)|previously (guided|expected|provided)|"
                    + "(above|below|exceed\\w*|beat|at) the (high|low|top|upper|lower) end|compared (to|with) (our )?(prior )?guidance|"
                    + "versus (our )?guidance|ahead of (our )?guidance|we had (guided|expected)|came in|we reported|"
                    + "in line with (our )?guidance|original guidance was)");
    private static final Pattern REPORTED = Pattern.compile(
            "(?i)\\b(was|were|came in at|totaled|totalled|ended|grew|increased|decreased|declined|reached|delivered|"
                    + "generated|reported|closed|finished|of \\$)\\b");
    private static final Pattern RAISED = Pattern.compile("(?i)\\b(rais\\w*|increas\\w* (our|the) (guidance|outlook)|higher)\\b");
    private static final Pattern LOWERED = Pattern.compile("(?i)\\b(lower\\w*|reduc\\w* (our|the) (guidance|outlook)|down from|cut\\w*)\\b");
    private static final Pattern REITERATED = Pattern.compile("(?i)\\b(reiterat\\w*|reaffirm\\w*|maintain\\w*|unchanged|remain\\w* at)\\b");
    private static final Pattern NARROWED = Pattern.compile("(?i)\\bnarrow\\w*\\b");
    private static final Pattern WITHDRAWN = Pattern.compile("(?i)\\b(withdraw\\w*|no longer (expect|provid)\\w*|suspend\\w*)\\b");
    private static final Pattern PRIOR = Pattern.compile(
            "(?i)(?:from|prior|previous(?:ly)?|versus|compared to)\\b[^.]*?(?:range of\\s+)?");

    private FinancialExtractor() {
    }

    public static Financials extract(Transcript t) {
        if (!t.numbersTrusted()) {
            return new Financials(List.of(), List.of());
        }
        String callPeriod = t.call().period();
        Map<String, ReportedMetric> metrics = new LinkedHashMap<>();
        Map<String, Guidance> guidance = new LinkedHashMap<>();
        for (Turn turn : t.turns()) {
            if (turn.role() == Role.ANALYST || turn.role() == Role.OPERATOR) {
                continue;
            }
            for (String paragraph : turn.text().split("\n")) {
                for (String sentence : Sentences.split(paragraph)) {
                    read(sentence, turn, callPeriod, metrics, guidance);
                }
            }
        }
        return new Financials(new ArrayList<>(metrics.values()), new ArrayList<>(guidance.values()));
    }

    private static void read(String sentence, Turn turn, String callPeriod, Map<String, ReportedMetric> metrics,
                             Map<String, Guidance> guidance) {
        List<MetricLexicon.Mention> mentions = MetricLexicon.mentions(sentence);
        if (mentions.isEmpty()) {
            return;
        }
        List<Range> ranges = Numbers.ranges(sentence);
        if (ranges.isEmpty()) {
            return;
        }
        boolean forward = FORWARD.matcher(sentence).find() && !NOT_GUIDANCE.matcher(sentence).find();
        Evidence evidence = new Evidence(turn.index(), turn.speaker(), sentence);
        for (int i = 0; i < mentions.size(); i++) {
            MetricLexicon.Mention m = mentions.get(i);
            int until = i + 1 < mentions.size() ? mentions.get(i + 1).start() : sentence.length();
            List<Range> own = ranges.stream().filter(r -> r.start() >= m.end() && r.start() < until).toList();
            if (own.isEmpty()) {
                continue;
            }
            String clause = sentence.substring(m.start(), until);
            String period = Periods.resolve(clause, callPeriod);
            if (period == null) {
                period = Periods.resolve(sentence, callPeriod);
            }
            if (forward && period != null && !Periods.isReported(period, callPeriod)) {
                Range r = own.get(own.size() - 1); // "from $A to $B to a new range of $C to $D": the new range is last
                String unit = MetricLexicon.expectedUnit(m.metric(), r.unit(), r.high());
                if (unit == null) {
                    continue;
                }
                Range prior = own.size() >= 2 ? own.get(own.size() - 2) : null;
                Direction d = direction(sentence);
                Double pLow = null;
                Double pHigh = null;
                if (prior != null && (d == Direction.RAISED || d == Direction.LOWERED || d == Direction.NARROWED
                        || d == Direction.WIDENED || PRIOR.matcher(sentence).find())) {
                    pLow = prior.low();
                    pHigh = prior.high();
                    if (d == Direction.UNKNOWN) {
                        d = compare(r.low(), r.high(), pLow, pHigh);
                    }
                }
                Guidance g = new Guidance(m.metric(), period, r.low(), r.high(), unit, m.basis(), d, pLow, pHigh,
                        null, null, evidence);
                guidance.putIfAbsent(g.itemKey(), g);
            } else if (!forward && REPORTED.matcher(clause).find()) {
                String reportedPeriod = period == null ? callPeriod : period;
                if (reportedPeriod == null || !Periods.isReported(reportedPeriod, callPeriod)) {
                    continue;
                }
                Range r = own.get(0);
                String unit = MetricLexicon.expectedUnit(m.metric(), r.unit(), r.low());
                if (unit == null || !r.low().equals(r.high())) {
                    continue;
                }
                double v = r.low();
                if (m.metric().equals("eps") && sentence.toLowerCase().contains("loss") && v > 0) {
                    v = -v;
                }
                String key = m.metric() + "#" + reportedPeriod + "#" + m.basis();
                metrics.putIfAbsent(key, new ReportedMetric(m.metric(), reportedPeriod, v, unit, m.basis(), evidence));
            }
        }
    }

    /** Direction from the words alone; UNKNOWN where they say nothing. */
    static Direction direction(String sentence) {
        if (WITHDRAWN.matcher(sentence).find()) {
            return Direction.WITHDRAWN;
        }
        if (NARROWED.matcher(sentence).find()) {
            return Direction.NARROWED;
        }
        if (RAISED.matcher(sentence).find()) {
            return Direction.RAISED;
        }
        if (LOWERED.matcher(sentence).find()) {
            return Direction.LOWERED;
        }
        if (REITERATED.matcher(sentence).find()) {
            return Direction.REITERATED;
        }
        return Direction.UNKNOWN;
    }

    /** Direction of a new range against a prior one. */
    public static Direction compare(Double low, Double high, Double priorLow, Double priorHigh) {
        if (low == null && high == null) {
            return Direction.WITHDRAWN;
        }
        if (priorLow == null && priorHigh == null) {
            return Direction.INITIATED;
        }
        double mid = midpoint(low, high);
        double priorMid = midpoint(priorLow, priorHigh);
        double eps = Math.max(1e-9, Math.abs(priorMid) * 1e-6);
        if (mid > priorMid + eps) {
            return Direction.RAISED;
        }
        if (mid < priorMid - eps) {
            return Direction.LOWERED;
        }
        double width = width(low, high);
        double priorWidth = width(priorLow, priorHigh);
        if (width < priorWidth - eps) {
            return Direction.NARROWED;
        }
        if (width > priorWidth + eps) {
            return Direction.WIDENED;
        }
        return Direction.REITERATED;
    }

    public static double midpoint(Double low, Double high) {
        if (low == null) {
            return high;
        }
        return high == null ? low : (low + high) / 2;
    }

    private static double width(Double low, Double high) {
        return low == null || high == null ? 0 : high - low;
    }
}
