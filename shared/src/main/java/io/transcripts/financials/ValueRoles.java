package io.transcripts.financials;

import io.transcripts.language.AnnotatedSentence;
import io.transcripts.language.Cue;
import io.transcripts.language.MetricMention;
import io.transcripts.language.Metrics;
import io.transcripts.language.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The role of each value in a metric's clause, from the words between it and what came before it:
 * new, prior ("from our previous range of"), comparison ("versus", "above the high end of"), change
 * ("up 290 basis points") or alternative ("or 22% to 24% year-over-year"); and, from them, the
 * metric's stated value, its prior and its alternatives.
 */
final class ValueRoles {
    enum Role {NEW, PRIOR, COMPARISON, CHANGE, ALTERNATIVE}

    private static final String APPROX = "(?:" + Cue.APPROXIMATELY.words() + "\\s+)?";
    private static final Pattern PRIOR_GAP = Cue.PRIOR.pattern();
    private static final Pattern CHANGE_FROM = Pattern.compile(
            "(?i)\\b" + Cue.CHANGE_FROM.words() + "\\s+(?:\\w+\\s+){0,2}from\\s+" + APPROX + "$");
    private static final Pattern COMPARISON_GAP = Pattern.compile("(?i)\\b(?:" + Cue.COMPARISON.words() + "|" + Cue.PRIOR_YEAR.words()
            + "|" + Cue.BENCHMARK.words() + "|compared|achieved|(?:high|low|top)\\s+end|midpoint)\\b");
    private static final Pattern CHANGE_BEFORE = Pattern.compile(
            "(?i)\\b" + Cue.CHANGE.words() + "\\s+(?:(?:" + Cue.APPROXIMATELY.words() + "|" + Cue.FLOOR.words() + ")\\s+)?$");
    private static final Pattern CHANGE_AFTER = Pattern.compile(
            "(?i)^\\s*(?:" + Cue.YEAR_OVER_YEAR.words() + "|" + Cue.CHANGE_AFTER.words() + ")\\b");
    /** ", or", "on a GAAP basis or": the value after is the same figure another way. */
    private static final Pattern ALTERNATIVE_GAP = Pattern.compile(
            "(?i)^\\s*(?:on\\s+an?\\s+(?:gaap|non-gaap|reported|adjusted|ifrs)\\s+basis\\s*)?,?\\s*or\\s+(?:a\\s+|an\\s+)?" + APPROX + "$");
    /** "$1.43 excluding the impact of ...": the alternative is the figure set apart from an item, its non-GAAP form. */
    private static final Pattern EXCLUDING_AFTER = Pattern.compile("(?i)^\\s*,?\\s*(?:" + Cue.EXCLUDING.words() + "|on\\s+an?\\s+(?:adjusted|non-gaap)\\s+basis)\\b");
    /** "revenue to grow 8% to 10%": a percentage a growth verb leads is the metric's growth. */
    private static final Pattern GROWTH_VERB_GAP = Pattern.compile("(?i)\\b(?:to\\s+)?" + Cue.GROWTH_VERB.words()
            + "\\s+(?:by\\s+)?(?:(?:" + Cue.APPROXIMATELY.words() + "|between|in\\s+the\\s+range\\s+of)\\s+)?$");
    /** "versus $490 million to $505 million previously": the prior named after its range. */
    private static final Pattern PRIOR_AFTER = Pattern.compile("(?i)^\\s*" + Cue.PRIOR_AFTER.words() + "\\b");
    private static final Pattern GROWTH_AFTER = Pattern.compile(
            "(?i)^[^,;.$€£₹\\d]{0,25}?\\b(?:" + Cue.GROWTH.words() + "|" + Cue.YEAR_OVER_YEAR.words() + ")\\b");
    private static final Pattern ADVERSE_BEFORE = Pattern.compile("(?i)\\b" + Cue.ADVERSE.words() + "\\s+$");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;]");
    private static final Pattern DECREASE_BEFORE = Pattern.compile("(?i)\\b" + Cue.DECREASE.words() + "\\b[^,;]{0,20}$");
    private static final Pattern BASIS_POINTS = Pattern.compile("(?i)^\\S*\\s*(?:basis\\s+points?|bps?)\\b");
    /** "$0.5 billion to $15 billion" the amount parser would not join: a change, then the level it reaches. */
    private static final Pattern TO_LEVEL_AFTER = Pattern.compile("(?i)^\\s*to\\s+(?:" + Cue.APPROXIMATELY.words() + "\\s+)?[-$€£¥₹\\d]");
    /** "raising our organic growth forecast by 1%": a move of the guidance, not the growth rate's level. */
    private static final Pattern DELTA_BEFORE = Pattern.compile(
            "(?i)\\b(?:" + Cue.RAISED.words() + "|" + Cue.LOWERED.words() + ")\\b[^.;]{0,40}\\bby\\s+" + APPROX + "$");
    /** "up 2% sequentially": a change against the quarter before, no growth rate. */
    private static final Pattern SEQUENTIAL_AFTER = Pattern.compile("(?i)^\\s*(?:\\w+\\s+)?" + Cue.SEQUENTIAL.words() + "\\b");
    private static final Pattern SHARE_AFTER = Pattern.compile("(?i)^\\s*" + Cue.SHARE_OF_REVENUE.words() + "\\b");
    /** Everything up to a gap's last clause ("exceeding the top end of our range and a "): a comparison there is over. */
    private static final Pattern LAST_CLAUSE = Pattern.compile("(?is)^.*(?:,|;|\\band\\b)");
    private static final Pattern TO_NEXT = Pattern.compile("(?is)\\s*,?\\s*to\\b.*");

    /** What a metric's clause states: its value (or only a prior), the prior, and values of other metrics. */
    record Values(Range primary, Metrics.Typed typed, Range prior, List<Range> alternatives, List<Metrics.Typed> altTypes) {
        Range valued() {
            return primary != null ? primary : prior;
        }
    }

    private ValueRoles() {
    }

    /**
     * @param own the values after the mention, up to the next mention
     * @param back a value written just before the mention ("$668 million of cash"), or null
     */
    static Values read(AnnotatedSentence a, MetricMention m, List<Range> own, Range back) {
        String s = a.text();
        int remindedFrom = a.start(Cue.REMINDER);
        Range primary = null;
        Metrics.Typed typed = null;
        Range prior = null;
        List<Range> alternatives = new ArrayList<>();
        List<Metrics.Typed> altTypes = new ArrayList<>();
        int prevEnd = m.end();
        boolean afterPrior = false;
        boolean volume = false;
        // "assumes 6% organic growth, ... margins of between 17% and 17.4%": a value written just before the
        // metric is its value; values after the next clause break belong to words that name no metric
        // words that name no metric, except a growth rate said of it ("$822 million of revenue, ..., a 52% increase year-over-year")
        List<Range> clause = back == null ? own : own.stream().filter(r -> !CLAUSE_BREAK.matcher(s.substring(m.end(), r.start())).find()
                || r.unit() != null && r.unit().isPercent() && GROWTH_AFTER.matcher(s.substring(r.end())).lookingAt()).toList();
        if (back != null) {
            // "comprised of 6% organic growth offset by 1%": the value written right before the metric is its value
            Range signed = signed(s, m, back, back.start());
            Metrics.Typed t = Metrics.type(m.metric(), m.basis(), signed.unit(), signed, false);
            if (t != null && back.start() < remindedFrom) {
                primary = signed;
                typed = t;
            } else if (t != null) {
                prior = signed;
            }
        }
        for (Range r : clause) {
            String gap = s.substring(prevEnd, r.start());
            String after = s.substring(r.end());
            Role role = role(gap, after, primary != null || prior != null, afterPrior);
            Range signed = signed(s, m, r, prevEnd);
            boolean growth = GROWTH_AFTER.matcher(after).lookingAt();
            boolean growthVerb = role == Role.NEW && GROWTH_VERB_GAP.matcher(gap).find();
            Metrics.Typed t = Metrics.type(m.metric(), m.basis(), signed.unit(), signed, growth && role == Role.ALTERNATIVE || growthVerb);
            if (role == Role.CHANGE && t != null && Metrics.get(m.metric()).growthRate() && !DELTA_BEFORE.matcher(s.substring(Math.max(0, r.start() - 60), r.start())).find()) {
                role = Role.NEW; // "revenue growth ... up 12%": the change is the growth metric's level
            }
            switch (role) {
                case NEW -> {
                    Metrics.Typed share = primary != null && signed.unit() != null && signed.unit().isPercent()
                            && SHARE_AFTER.matcher(after).lookingAt() ? Metrics.type(m.metric(), m.basis(), signed.unit(), signed, false) : null;
                    if (share != null && !share.metric().equals(typed.metric())) {
                        alternatives.add(signed); // "operating income was $694 million, representing 14% of revenue": its margin
                        altTypes.add(share);
                    } else if (primary != null && growth) {
                        growth(s, m, r, signed, gap, after, typed, volume, alternatives, altTypes); // "..., and a 52% increase year-over-year"
                    } else if (primary == null && t != null && r.start() < remindedFrom) {
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
                case CHANGE -> growth(s, m, r, signed, gap, after, typed, volume, alternatives, altTypes);
                case ALTERNATIVE -> {
                    String adjusted = Metrics.get(m.metric()).nonGaapAs();
                    if (t != null && adjusted != null && EXCLUDING_AFTER.matcher(after).lookingAt()) {
                        t = new Metrics.Typed(adjusted, t.unit()); // "EPS of $0.95 on a GAAP basis or $1.43 excluding ..."
                    }
                    if (t != null && (typed == null || !t.metric().equals(typed.metric()))) {
                        alternatives.add(signed);
                        altTypes.add(t);
                    }
                }
                default -> {
                }
            }
            volume |= r.unit() == null; // "sales of 6.71 million tonnes, up 12%": the change is the volume's
            prevEnd = r.end();
        }
        if (primary == null && prior == null && !alternatives.isEmpty()) {
            // "revenue was up 2% sequentially and down 42% year-over-year": the growth rate is what the clause states
            primary = alternatives.remove(0);
            typed = altTypes.remove(0);
        }
        return new Values(primary, typed, prior, alternatives, altTypes);
    }

    /** "revenue of $94 billion was up 10% year-over-year": the change of a money metric is its growth rate. */
    private static void growth(String s, MetricMention m, Range r, Range signed, String gap, String after, Metrics.Typed typed,
                               boolean volume, List<Range> alternatives, List<Metrics.Typed> altTypes) {
        String rate = Metrics.get(m.metric()).growthAs();
        if (rate != null && Metrics.get(rate).growthRate() && signed.unit() != null && signed.unit().isPercent() && !basisPoints(s, r)
                && !volume && !SEQUENTIAL_AFTER.matcher(after).lookingAt()
                && (typed == null || !typed.metric().equals(rate)) && altTypes.stream().noneMatch(x -> x.metric().equals(rate))) {
            alternatives.add(DECREASE_BEFORE.matcher(gap).find() ? signed.negated() : signed);
            altTypes.add(new Metrics.Typed(rate, signed.unit()));
        }
    }

    /** "290 basis points": a change of a rate, never a growth rate. */
    private static boolean basisPoints(String s, Range r) {
        return BASIS_POINTS.matcher(s.substring(r.start())).find();
    }

    /** The role of a value from the words between it and what came before it in the metric's clause. */
    static Role role(String gap, String after, boolean hasValue, boolean afterPrior) {
        if (hasValue && ALTERNATIVE_GAP.matcher(gap).matches()) {
            return Role.ALTERNATIVE;
        }
        if (hasValue && PRIOR_AFTER.matcher(after).lookingAt()) {
            return Role.PRIOR;
        }
        if (CHANGE_FROM.matcher(gap).find()) {
            return Role.COMPARISON; // "down from 36% in fiscal 2023": last year's actual, not a prior range
        }
        if (PRIOR_GAP.matcher(gap).find() && !(afterPrior && TO_NEXT.matcher(gap).matches())) {
            return Role.PRIOR;
        }
        if (COMPARISON_GAP.matcher(LAST_CLAUSE.matcher(gap).replaceFirst("")).find()) {
            return Role.COMPARISON;
        }
        if (CHANGE_BEFORE.matcher(gap).find() || CHANGE_AFTER.matcher(after).lookingAt() || TO_LEVEL_AFTER.matcher(after).lookingAt()) {
            return Role.CHANGE;
        }
        return Role.NEW;
    }

    /** A loss is negative: "net loss per share of $0.13", "a loss of 65 to 85 euro cents", "a negative FX impact of $1 million". */
    static Range signed(String s, MetricMention m, Range r, int gapStart) {
        boolean positive = (r.low() == null || r.low() >= 0) && (r.high() == null || r.high() >= 0);
        if (!positive) {
            return r;
        }
        String phrase = s.substring(m.start(), m.end());
        String gap = gapStart <= r.start() ? s.substring(gapStart, r.start()) : "";
        String before = s.substring(Math.max(0, m.start() - 25), m.start());
        boolean loss = Cue.LOSS.in(phrase) || Cue.LOSS.in(gap) || ADVERSE_BEFORE.matcher(before).find()
                || phrase.toLowerCase(java.util.Locale.ROOT).contains("headwind");
        return loss ? r.negated() : r;
    }
}
