package io.transcripts.financials;

import io.transcripts.layout.families.Sentences;
import io.transcripts.model.Direction;
import io.transcripts.model.Evidence;
import io.transcripts.model.Guidance;
import io.transcripts.model.ReportedMetric;
import io.transcripts.model.Role;
import io.transcripts.model.Section;
import io.transcripts.model.Transcript;
import io.transcripts.model.Turn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads reported metrics and forward guidance from the company's own turns, sentence by sentence.
 * Each metric mention takes the values that follow it (or the one just before it, "$4.3 million
 * on capital expenditures"); each value has a role from the words before it: new, prior ("from our
 * previous range of"), comparison ("versus", "above the high end of"), change ("up 290 basis
 * points") or alternative ("or 22% to 24% year-over-year"). Whether an item is reported or guided
 * follows from its period: over by the call is reported, later is guidance when the words look
 * ahead. Analysts' numbers, questions and hypotheticals are never read.
 */
public final class FinancialExtractor {
    private enum ValueRole {NEW, PRIOR, COMPARISON, CHANGE, ALTERNATIVE}

    private static final Pattern PRIOR_GAP = Pattern.compile(
            "(?i)\\b(?:from|previous\\w*|prior|initial|original\\w*|earlier|last\\s+quarter|had\\s+(?:guided|expected))\\b");
    private static final Pattern UP_FROM = Pattern.compile(
            "(?i)\\b(?:up|down|increas\\w*|decreas\\w*|declin\\w*|grow\\w*|grew|rose|fell|improv\\w*)\\s+(?:\\w+\\s+){0,2}from\\s+(?:approximately\\s+|about\\s+)?$");
    private static final Pattern COMPARISON_GAP = Pattern.compile(
            "(?i)\\b(?:versus|vs\\.?|compared|than|relative\\s+to|a\\s+year\\s+ago|last\\s+year|achieved|in\\s+line\\s+with|"
                    + "consistent\\s+with|above|below|within|exceed\\w*|beat|ahead\\s+of|short\\s+of|high\\s+end|low\\s+end|"
                    + "top\\s+end|midpoint)\\b");
    private static final Pattern CHANGE_BEFORE = Pattern.compile(
            "(?i)\\b(?:increased|decreased|grew|rose|fell|declined|up|down|improved|expanded|contracted|growth\\s+of|"
                    + "increase\\s+of|decrease\\s+of|decline\\s+of|by|change\\s+of|improvement\\s+of|expansion\\s+of)\\s+"
                    + "(?:approximately\\s+|about\\s+|nearly\\s+|roughly\\s+|over\\s+|more\\s+than\\s+|almost\\s+|just\\s+)?$");
    private static final Pattern CHANGE_AFTER = Pattern.compile(
            "(?i)^\\s*(?:year[- ]over[- ]year|yoy|y/y|sequentially|quarter[- ](?:over|on)[- ]quarter|over\\s+the\\s+(?:prior|last|same)|"
                    + "from\\s+the\\s+(?:prior|previous|same)|compared|versus)\\b");
    private static final Pattern ALTERNATIVE_GAP = Pattern.compile("(?i)^\\s*,?\\s*or\\s+(?:a\\s+|an\\s+)?(?:approximately\\s+|about\\s+)?$");
    /** "revenue to grow 8% to 10%": a percentage a growth verb leads is the metric's growth. */
    private static final Pattern GROWTH_VERB_GAP = Pattern.compile(
            "(?i)\\b(?:to\\s+)?(?:grow|increase|rise|expand|be\\s+up)\\s+(?:by\\s+)?(?:approximately\\s+|about\\s+|around\\s+|between\\s+|in\\s+the\\s+range\\s+of\\s+)?$");
    /** "versus $490 million to $505 million previously": the prior named after its range. */
    private static final Pattern PRIOR_AFTER = Pattern.compile("(?i)^\\s*(?:previously|before|earlier|prior)\\b");
    private static final Pattern GROWTH_AFTER = Pattern.compile("(?i)^[^,;.$€£\\d]{0,25}?\\b(?:growth|year[- ]over[- ]year|yoy|y/y|increase)\\b");
    private static final Pattern BACKWARD_GAP = Pattern.compile(
            "(?i)^\\s*(?:(?:of|in|on|for|the|our|its|total|gaap|non-gaap|adjusted|non-recurring|nonrecurring|one-time|onetime)\\s+)*$");
    private static final Pattern LOSS_BEFORE = Pattern.compile("(?i)\\b(?:loss|losses|negative)\\b");
    private static final Pattern NEGATIVE_MENTION = Pattern.compile("(?i)\\b(?:negative|adverse|unfavorable|unfavourable)\\s+$");
    private static final Pattern QUALITATIVE = Pattern.compile(
            "(?i)\\b(?:(?:low|mid|high)[- ](?:to[- ](?:mid|high)[- ])?(?:single|double)[- ]digits?|(?:low|mid|high)[- ](?:to[- ](?:mid|high)[- ])?(?:teens|twenties)|"
                    + "double[- ]digits?|single[- ]digits?|roughly\\s+flat|flat|breakeven|break-even)\\b");

    private FinancialExtractor() {
    }

    public static Financials extract(Transcript t) {
        if (!t.numbersTrusted()) {
            return new Financials(List.of(), List.of());
        }
        String callPeriod = t.call().period();
        Ledger ledger = new Ledger();
        for (Turn turn : t.turns()) {
            if (turn.role() == Role.ANALYST || turn.role() == Role.OPERATOR || turn.text() == null) {
                continue;
            }
            TurnContext ctx = new TurnContext();
            for (String paragraph : turn.text().split("\n")) {
                for (String sentence : Sentences.split(paragraph)) {
                    read(sentence, turn, callPeriod, ctx, ledger);
                }
            }
        }
        return ledger.financials();
    }

    private static void read(String s, Turn turn, String callPeriod, TurnContext ctx, Ledger ledger) {
        boolean qa = turn.section() == Section.QA;
        if (Cues.find(Cues.NOT_OURS, s) || (qa && s.contains("?"))) {
            return; // someone else's number, a question or a hypothesis
        }
        boolean words = Cues.looksAhead(s);
        boolean reported = Cues.reports(s);
        Matcher reminder = Cues.REMINDER.matcher(s);
        int remindedFrom = reminder.find() ? reminder.start() : Integer.MAX_VALUE;
        List<MetricLexicon.Mention> all = MetricLexicon.mentions(s);
        List<MetricLexicon.Mention> mentions = all.stream().filter(m -> !m.blocker()).toList();
        List<Periods.Mention> periods = Periods.mentions(s, callPeriod, (words || ctx.forward()) && !reported);
        List<Cues.Said> said = Cues.directions(s);
        for (Cues.Said d : said) {
            ctx.hint(new TurnContext.Hint(d.direction(), hintPeriod(periods, d.at(), ctx), families(mentions, d.at())));
        }
        List<Range> ranges = Numbers.ranges(s);
        boolean forward = words || (ctx.forward() && (!reported || remindedFrom < Integer.MAX_VALUE));
        Evidence evidence = new Evidence(turn.index(), turn.speaker(), s);
        if (!ranges.isEmpty() && !mentions.isEmpty()) {
            int[] boundTo = bindBackward(s, ranges, mentions);
            for (int i = 0; i < mentions.size(); i++) {
                MetricLexicon.Mention m = mentions.get(i);
                int until = i + 1 < mentions.size() ? mentions.get(i + 1).start() : s.length();
                List<Range> own = new ArrayList<>();
                Range back = null;
                for (int k = 0; k < ranges.size(); k++) {
                    Range r = ranges.get(k);
                    if (boundTo[k] == i) {
                        back = r;
                    } else if (boundTo[k] < 0 && r.start() >= m.end() && r.start() < until) {
                        own.add(r);
                    }
                }
                Sentence sentence = new Sentence(s, periods, callPeriod, forward, reported, remindedFrom, said, evidence);
                item(sentence, m, own, back, ctx, ledger);
            }
        } else if (!mentions.isEmpty() && said.stream().anyMatch(d -> d.direction() == Direction.WITHDRAWN)) {
            withdrawn(s, mentions, periods, said, ctx, ledger, callPeriod, evidence);
        } else if (words && !mentions.isEmpty() && ranges.isEmpty()) {
            qualitative(new Sentence(s, periods, callPeriod, true, reported, remindedFrom, said, evidence), mentions, ctx, ledger);
        }
        if (words) {
            ctx.lookingAhead(headerPeriod(s, periods));
        } else if (reported && !ranges.isEmpty() && remindedFrom == Integer.MAX_VALUE) {
            ctx.reporting();
        }
    }

    /** One sentence's facts that every metric in it shares. */
    private record Sentence(String text, List<Periods.Mention> periods, String callPeriod, boolean forward, boolean reported,
                            int remindedFrom, List<Cues.Said> said, Evidence evidence) {
    }

    /**
     * Values written just before a metric ("$668 million of cash", "12.8% non-GAAP operating
     * margin"): the index of the mention each belongs to, -1 for values that follow their metric.
     */
    private static int[] bindBackward(String s, List<Range> ranges, List<MetricLexicon.Mention> mentions) {
        int[] out = new int[ranges.size()];
        for (int k = 0; k < ranges.size(); k++) {
            out[k] = -1;
            Range r = ranges.get(k);
            for (int i = 0; i < mentions.size(); i++) {
                MetricLexicon.Mention m = mentions.get(i);
                if (m.start() < r.end()) {
                    continue;
                }
                boolean adjacent = BACKWARD_GAP.matcher(s.substring(r.end(), m.start())).matches();
                boolean ownedBefore = i > 0 && mentions.get(i - 1).end() <= r.start()
                        && !BACKWARD_GAP.matcher(s.substring(mentions.get(i - 1).end(), r.start())).matches()
                        && s.substring(mentions.get(i - 1).end(), r.start()).matches("(?is)\\s*(?:of|was|were|is|at|to\\s+be)?\\s*(?:approximately|about|around)?\\s*");
                if (adjacent && !ownedBefore) {
                    out[k] = i;
                }
                break;
            }
        }
        return out;
    }

    private static void item(Sentence st, MetricLexicon.Mention m, List<Range> own, Range back, TurnContext ctx, Ledger ledger) {
        String s = st.text();
        Range primary = null;
        MetricLexicon.Typed typed = null;
        Range prior = null;
        List<Range> alternatives = new ArrayList<>();
        List<MetricLexicon.Typed> altTypes = new ArrayList<>();
        int prevEnd = m.end();
        boolean afterPrior = false;
        for (Range r : own) {
            String gap = s.substring(prevEnd, r.start());
            String after = s.substring(r.end());
            ValueRole role = role(s, gap, after, primary != null || prior != null, afterPrior, r);
            Range signed = signed(s, m, r, prevEnd);
            boolean growth = GROWTH_AFTER.matcher(after).lookingAt();
            boolean growthVerb = role == ValueRole.NEW && GROWTH_VERB_GAP.matcher(gap).find();
            MetricLexicon.Typed t = MetricLexicon.type(m.metric(), m.basis(), signed.unit(), signed,
                    growth && role == ValueRole.ALTERNATIVE || growthVerb);
            if (role == ValueRole.CHANGE && t != null && m.metric().endsWith("_growth")) {
                role = ValueRole.NEW; // "revenue growth ... up 12%": the change is the growth metric's level
            }
            switch (role) {
                case NEW -> {
                    if (primary == null && t != null && r.start() < st.remindedFrom()) {
                        primary = signed;
                        typed = t;
                    } else if (primary == null && t != null && prior == null) {
                        prior = signed; // "as a reminder, the range was ...": a prior unless reiterated
                    }
                }
                case PRIOR -> {
                    if (prior == null && t != null) {
                        prior = signed;
                    }
                    afterPrior = true;
                }
                case ALTERNATIVE -> {
                    if (t != null && (typed == null || !t.metric().equals(typed.metric()))) {
                        alternatives.add(signed);
                        altTypes.add(t);
                    }
                }
                default -> {
                }
            }
            prevEnd = r.end();
        }
        if (primary == null && prior == null && back != null) {
            Range signed = signed(s, m, back, back.start());
            MetricLexicon.Typed t = MetricLexicon.type(m.metric(), m.basis(), signed.unit(), signed, false);
            if (t != null) {
                if (back.start() < st.remindedFrom()) {
                    primary = signed;
                    typed = t;
                } else {
                    prior = signed;
                }
            }
        }
        Range valued = primary != null ? primary : prior;
        if (valued == null) {
            return;
        }
        MetricLexicon.Typed valueType = typed != null ? typed
                : MetricLexicon.type(m.metric(), m.basis(), valued.unit(), valued, false);
        String period = period(st, m, valued, ctx);
        if (period == null) {
            return;
        }
        boolean over = Periods.isReported(period, st.callPeriod());
        if (over) {
            if (primary != null && st.reported() && !Cues.find(Cues.TRAILING, s) && primary.level() != null) {
                ledger.metric(new ReportedMetric(typed.metric(), period, primary.level(), typed.unit(), m.basis(), st.evidence()));
                for (int i = 0; i < alternatives.size(); i++) {
                    Range a = alternatives.get(i);
                    if (a.level() != null) {
                        ledger.metric(new ReportedMetric(altTypes.get(i).metric(), period, a.level(), altTypes.get(i).unit(),
                                m.basis(), st.evidence()));
                    }
                }
            }
            return;
        }
        String near = s.substring(Math.max(0, Math.min(m.start(), valued.start()) - 80), Math.min(s.length(), valued.end() + 30));
        if (Cues.find(Cues.LONG_TERM, near)) {
            return;
        }
        Direction words = direction(st, m, period, ctx);
        if (!st.forward() && primary != null) {
            return;
        }
        if (primary == null) {
            // only a reminded range: guidance again only where the call says it stands
            if (words == Direction.REITERATED) {
                ledger.guidance(new Guidance(valueType.metric(), period, prior.low(), prior.high(), valueType.unit(), m.basis(),
                        Direction.REITERATED, prior.low(), prior.high(), null, null, st.evidence()));
            } else {
                ledger.reminder(valueType.metric(), period, prior);
            }
            return;
        }
        Range statedPrior = prior != null && prior.unit() != null && prior.unit().equals(primary.unit()) ? prior : null;
        ledger.guidance(guidance(typed, period, primary, m, words, statedPrior, st.evidence()));
        for (int i = 0; i < alternatives.size(); i++) {
            ledger.guidance(guidance(altTypes.get(i), period, alternatives.get(i), m, words, null, st.evidence()));
        }
    }

    private static Guidance guidance(MetricLexicon.Typed t, String period, Range r, MetricLexicon.Mention m, Direction words,
                                     Range prior, Evidence evidence) {
        Direction d = words;
        Double pl = null;
        Double ph = null;
        if (prior != null) {
            pl = prior.low();
            ph = prior.high();
            Direction c = compare(r.low(), r.high(), pl, ph);
            d = words == Direction.NARROWED || words == Direction.WIDENED || words == Direction.WITHDRAWN ? words : c;
        }
        return new Guidance(t.metric(), period, r.low(), r.high(), t.unit(), m.basis(), d == null ? Direction.UNKNOWN : d,
                pl, ph, null, null, evidence);
    }

    /** The role of a value from the words between it and what came before it in the metric's clause. */
    private static ValueRole role(String s, String gap, String after, boolean hasValue, boolean afterPrior, Range r) {
        if (hasValue && ALTERNATIVE_GAP.matcher(gap).matches()) {
            return ValueRole.ALTERNATIVE;
        }
        if (hasValue && PRIOR_AFTER.matcher(after).lookingAt()) {
            return ValueRole.PRIOR;
        }
        if (UP_FROM.matcher(gap).find()) {
            return ValueRole.COMPARISON; // "down from 36% in fiscal 2023": last year's actual, not a prior range
        }
        if (PRIOR_GAP.matcher(gap).find() && !(afterPrior && gap.matches("(?is)\\s*,?\\s*to\\b.*"))) {
            return ValueRole.PRIOR;
        }
        if (COMPARISON_GAP.matcher(gap).find()) {
            return ValueRole.COMPARISON;
        }
        if (CHANGE_BEFORE.matcher(gap).find() || CHANGE_AFTER.matcher(after).lookingAt()) {
            return ValueRole.CHANGE;
        }
        return ValueRole.NEW;
    }

    /** A loss is negative: "net loss per share of $0.13", "a loss of 65 to 85 euro cents", "a negative FX impact of $1 million". */
    private static Range signed(String s, MetricLexicon.Mention m, Range r, int gapStart) {
        boolean positive = (r.low() == null || r.low() >= 0) && (r.high() == null || r.high() >= 0);
        if (!positive) {
            return r;
        }
        String phrase = s.substring(m.start(), m.end());
        String gap = gapStart <= r.start() ? s.substring(gapStart, r.start()) : "";
        String before = s.substring(Math.max(0, m.start() - 25), m.start());
        boolean loss = LOSS_BEFORE.matcher(phrase).find() || LOSS_BEFORE.matcher(gap).find()
                || NEGATIVE_MENTION.matcher(before).find() || phrase.toLowerCase().contains("headwind");
        return loss ? r.negated() : r;
    }

    /** The item's period: named near it, else the outlook's period carried from earlier, else the call's own. */
    private static String period(Sentence st, MetricLexicon.Mention m, Range r, TurnContext ctx) {
        Periods.Mention p = Periods.nearest(st.periods(), st.text(), Math.min(m.start(), r.start()), Math.max(m.end(), r.end()));
        if (p != null) {
            return p.calendar() ? null : p.period();
        }
        if (st.forward() && ctx.period() != null) {
            return ctx.period();
        }
        return st.reported() && !st.forward() ? st.callPeriod() : st.reported() ? st.callPeriod() : null;
    }

    /** The direction the words give the item: a cue in its sentence before it, else one announced earlier in the turn. */
    private static Direction direction(Sentence st, MetricLexicon.Mention m, String period, TurnContext ctx) {
        Direction own = null;
        for (Cues.Said d : st.said()) {
            if (d.at() <= m.start() || own == null) {
                own = d.direction();
            }
        }
        if (own != null) {
            return own;
        }
        return ctx.hinted(period, m.metric());
    }

    /** "We are withdrawing our fiscal 2026 adjusted EBITDA guidance": the named items, with no range left. */
    private static void withdrawn(String s, List<MetricLexicon.Mention> mentions, List<Periods.Mention> periods,
                                  List<Cues.Said> said, TurnContext ctx, Ledger ledger, String callPeriod, Evidence evidence) {
        int at = said.stream().filter(d -> d.direction() == Direction.WITHDRAWN).findFirst().orElseThrow().at();
        String period = hintPeriod(periods, at, ctx);
        if (period == null || Periods.isReported(period, callPeriod)) {
            return;
        }
        for (MetricLexicon.Mention m : mentions) {
            if (m.start() > at) {
                ledger.guidance(new Guidance(m.metric(), period, null, null, null, m.basis(), Direction.WITHDRAWN,
                        null, null, null, null, evidence));
            }
        }
    }

    /** Guidance in words only ("mid-single-digit growth"): kept as text, never as a number. */
    private static void qualitative(Sentence st, List<MetricLexicon.Mention> mentions, TurnContext ctx, Ledger ledger) {
        Matcher q = QUALITATIVE.matcher(st.text());
        if (!q.find() || Cues.find(Cues.LONG_TERM, st.text())) {
            return;
        }
        MetricLexicon.Mention m = null;
        for (MetricLexicon.Mention x : mentions) {
            if (x.start() < q.start()) {
                m = x;
            }
        }
        if (m == null) {
            return;
        }
        Periods.Mention p = Periods.nearest(st.periods(), st.text(), m.start(), q.end());
        String period = p != null ? (p.calendar() ? null : p.period()) : ctx.period();
        if (period == null || Periods.isReported(period, st.callPeriod())) {
            return;
        }
        Direction d = direction(st, m, period, ctx);
        ledger.guidance(new Guidance(m.metric(), period, null, null, null, m.basis(), d == null ? Direction.UNKNOWN : d,
                null, null, null, q.group(), st.evidence()));
    }

    private static String hintPeriod(List<Periods.Mention> periods, int at, TurnContext ctx) {
        String before = null;
        for (Periods.Mention p : periods) {
            if (p.comparative() || p.calendar()) {
                continue;
            }
            if (p.start() >= at) {
                return p.period();
            }
            before = p.period();
        }
        return before != null ? before : ctx.period();
    }

    private static Set<String> families(List<MetricLexicon.Mention> mentions, int at) {
        Set<String> out = new LinkedHashSet<>();
        for (MetricLexicon.Mention m : mentions) {
            if (m.start() >= at) {
                out.add(TurnContext.family(m.metric()));
            }
        }
        return out;
    }

    private static final Pattern HEADER_BEFORE = Pattern.compile(
            "(?i)(?:^\\W*(?:\\w+\\W+){0,3}|\\b(?:guidance|outlook|expectations?|ranges?|guide|forecast|estimates?|expect|anticipate)\\b[^.;]{0,25})$");

    /**
     * The period a looking-ahead sentence sets for the ones after it: the last it names as the
     * subject of the outlook, at the head of the sentence ("For the third quarter, ...") or after an
     * outlook word ("reiterating guidance for fiscal 2024"); a period in passing sets none.
     */
    private static String headerPeriod(String s, List<Periods.Mention> periods) {
        String p = null;
        for (Periods.Mention x : periods) {
            if (!x.comparative() && !x.calendar() && HEADER_BEFORE.matcher(s.substring(0, x.start())).find()) {
                p = x.period();
            }
        }
        return p;
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
