package io.transcripts.financials;

import io.transcripts.language.AnnotatedSentence;
import io.transcripts.language.CallLexicon;
import io.transcripts.language.CalendarAnnotator;
import io.transcripts.language.Cue;
import io.transcripts.language.CueSpan;
import io.transcripts.language.MetricMention;
import io.transcripts.language.Metrics;
import io.transcripts.language.PeriodAnnotator;
import io.transcripts.language.PeriodMention;
import io.transcripts.language.Range;
import io.transcripts.language.SentenceAnnotator;
import io.transcripts.layout.families.Sentences;
import io.transcripts.model.Basis;
import io.transcripts.model.Direction;
import io.transcripts.model.Evidence;
import io.transcripts.model.FiscalCalendar;
import io.transcripts.model.FiscalPeriod;
import io.transcripts.model.Guidance;
import io.transcripts.model.ReportedMetric;
import io.transcripts.model.Role;
import io.transcripts.model.Section;
import io.transcripts.model.Transcript;
import io.transcripts.model.Turn;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads reported metrics and forward guidance from the company's own turns, sentence by sentence,
 * assembling items from what the annotators marked: each metric mention takes the values of its
 * clause ({@link ValueRoles}); whether an item is reported or guided follows from its period (over
 * by the call is reported, later is guidance when the words look ahead). Analysts' numbers,
 * questions and hypotheticals are never read.
 */
public final class FinancialExtractor {
    private static final Pattern BACKWARD_GAP = Pattern.compile(
            "(?i)^\\s*(?:(?:of|in|on|for|the|our|its|total|gaap|non-gaap|adjusted|non-recurring|nonrecurring|one-time|onetime)\\s+)*$");
    private static final Pattern OWNED_GAP = Pattern.compile(
            "(?is)\\s*(?:of|was|were|is|at|to\\s+be)?\\s*(?:" + Cue.APPROXIMATELY.words() + ")?\\s*");
    /** "a benefit of $80 million to $90 million in net interest income": an effect on the metric, not its level. */
    private static final Pattern IMPACT_BEFORE = Pattern.compile(
            "(?i)\\b" + Cue.IMPACT.words() + "\\s+of\\s+(?:" + Cue.APPROXIMATELY.words() + "\\s+)?$");
    private static final Pattern BOTH_BASES = Pattern.compile("(?i)\\bgaap\\s+and\\s+non-gaap\\b");
    /** "a negative impact to IoTG revenue of $150 million": the value is the effect, not the metric. */
    private static final Pattern IMPACT_ON = Pattern.compile("(?i)\\b" + Cue.IMPACT.words() + "\\s+(?:to|on|in)\\s+(?:\\S+\\s+){0,2}$");
    private static final Pattern COMPARED_BEFORE = Pattern.compile("(?i)\\b" + Cue.COMPARISON.words() + "\\s+(?:[^\\s,;]+\\s+){0,2}$");
    private static final Pattern HEADER_BEFORE = Pattern.compile("(?i)^\\W*(?:\\w+\\W+){0,3}$");
    private static final Pattern OUTLOOK_BEFORE = Pattern.compile("(?i)\\b" + Cue.OUTLOOK_HEADER.words() + "\\b[^.;]{0,25}$");
    private static final Pattern OUTLOOK_AFTER = Pattern.compile("(?i)^\\s+" + Cue.OUTLOOK_NOUN.words() + "\\b");

    private FinancialExtractor() {
    }

    public static Financials extract(Transcript t) {
        if (!t.numbersTrusted()) {
            return new Financials(List.of(), List.of());
        }
        FiscalPeriod call = t.call().period();
        Basis declared = t.turns().stream().anyMatch(x -> x.role() != Role.ANALYST && x.text() != null
                && Cue.NON_GAAP_DECLARATION.in(x.text())) ? Basis.NON_GAAP : null;
        FiscalCalendar calendar = calendar(t);
        CallLexicon lexicon = CallLexicon.of(callText(t), t.call().company(),
                t.participants().stream().map(io.transcripts.model.Participant::name).filter(java.util.Objects::nonNull).toList());
        Ledger ledger = new Ledger();
        for (Turn turn : t.turns()) {
            // analysts speak only in the Q&A: a prepared remark under an analyst's name is a mislabelled executive's
            if (turn.role() == Role.ANALYST && turn.section() == Section.QA || turn.role() == Role.OPERATOR || turn.text() == null) {
                continue;
            }
            TurnContext ctx = new TurnContext();
            for (List<String> block : blocks(turn.text())) {
                ctx.newBlock();
                boolean opening = true;
                for (String paragraph : block) {
                    for (String sentence : Sentences.split(paragraph)) {
                        read(SentenceAnnotator.annotate(sentence, call, ctx.forward(), declared, calendar, lexicon), turn, call, ctx, ledger,
                                opening);
                        opening = false;
                    }
                }
            }
        }
        return ledger.financials();
    }

    /** What everyone on the call said, turn by turn: the text the call's names and currencies are learned from. */
    private static String callText(Transcript t) {
        return String.join("\n", t.turns().stream().map(Turn::text).filter(java.util.Objects::nonNull).toList());
    }

    /** The fiscal calendar the call states, or the one its month-named quarters imply; null when neither. */
    private static FiscalCalendar calendar(Transcript t) {
        String text = String.join("\n", t.turns().stream().map(Turn::text).filter(java.util.Objects::nonNull).toList());
        LocalDate callDate = callDate(t.call().date());
        return CalendarAnnotator.statedOrInferred(text, t.call().period(), callDate).orElse(null);
    }

    private static LocalDate callDate(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null; // an unreadable date: no inference from it
        }
    }

    private static final Pattern ENDS_A_LINE = Pattern.compile(".*[.?!:;]\\s*$");
    private static final Pattern ROW = Pattern.compile("^[^.,;:]{1,40}:\\s.*");

    /**
     * A turn's blocks of paragraphs, each a paragraph of the speaker's: blank lines part them, or
     * each line where the export holds one paragraph a line. An outlook period a sentence sets at its
     * head lasts to the end of its block; the outlook section's own lasts on.
     */
    static List<List<String>> blocks(String text) {
        List<List<String>> out = new ArrayList<>();
        boolean lineParagraphs = !text.contains("\n\n") && text.lines().filter(l -> !l.isBlank()).mapToInt(String::length).average().orElse(0) > 160;
        // a blank line parts paragraphs where the text before it ends a sentence; a page break mid-sentence parts none
        for (String part : text.split(lineParagraphs ? "\n" : "(?<=[.?!:][\"”’)]?)\n\s*\n")) {
            List<String> ps = paragraphs(part);
            if (!ps.isEmpty()) {
                out.add(ps);
            }
        }
        return out;
    }

    /**
     * A turn's paragraphs: lines a hard-wrapped export broke mid-sentence are joined again; a line
     * that ends a sentence or a heading, and a table row ("Revenue: $120 million"), stay apart.
     */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            boolean ended = ENDS_A_LINE.matcher(current).matches() && !Sentences.endsWithAbbreviation(current.toString());
            // a blank line mid-sentence is a page break, not a paragraph's end
            if (current.length() > 0 && (ended || ROW.matcher(line).matches() || ROW.matcher(current).matches())) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (!line.isBlank()) {
                current.append(current.length() > 0 ? " " : "").append(line.strip());
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    /** One sentence's facts that every metric in it shares. */
    private record Sentence(AnnotatedSentence a, FiscalPeriod call, boolean forward, boolean reported, Evidence evidence) {
        String text() {
            return a.text();
        }
    }

    /** @param opening whether the sentence opens its block: a period it sets at its head is the section's ("For Q3, ...") */
    private static void read(AnnotatedSentence a, Turn turn, FiscalPeriod call, TurnContext ctx, Ledger ledger, boolean opening) {
        String s = a.text();
        if (a.has(Cue.NOT_OURS) || a.has(Cue.HYPOTHETICAL) || (turn.section() == Section.QA && s.contains("?"))) {
            return; // someone else's number, a question or a hypothesis
        }
        boolean words = a.has(Cue.FORWARD);
        boolean reminded = a.has(Cue.REMINDER);
        // a statement in the prepared remarks that looks nowhere ahead reports, verb or none ("EPS of $0.95 on a GAAP basis")
        boolean reported = a.has(Cue.REPORTED) || (turn.section() != Section.QA && !words && !ctx.forward());
        // a sentence with no value, no direction and no look ahead uses no metric here: its metrics are never read
        List<MetricMention> mentions = !a.ranges().isEmpty() || !a.directions().isEmpty() || words ? a.named() : List.of();
        for (CueSpan d : a.directions()) {
            ctx.hint(new TurnContext.Hint(d.cue().direction(), hintPeriod(a.periods(), d.start(), ctx), families(mentions, d.start())));
        }
        boolean forward = words || (ctx.forward() && (!reported || reminded));
        Sentence st = new Sentence(a, call, forward, reported, new Evidence(turn.index(), turn.speaker(), s));
        if (!a.ranges().isEmpty() && !mentions.isEmpty()) {
            int[] boundTo = bindBackward(s, a.ranges(), mentions);
            for (int i = 0; i < mentions.size(); i++) {
                MetricMention m = mentions.get(i);
                int until = i + 1 < mentions.size() ? mentions.get(i + 1).start() : s.length();
                List<Range> own = new ArrayList<>();
                Range back = null;
                for (int k = 0; k < a.ranges().size(); k++) {
                    Range r = a.ranges().get(k);
                    if (boundTo[k] == i) {
                        back = r;
                    } else if (boundTo[k] < 0 && r.start() >= m.end() && r.start() < until) {
                        own.add(r);
                    }
                }
                if (own.size() >= 2 && a.has(Cue.RESPECTIVELY) && BOTH_BASES.matcher(s.substring(Math.max(0, m.start() - 20), m.end())).find()) {
                    // "GAAP and non-GAAP gross margins are expected to be 73.3% and 73.5%, respectively"
                    item(st, m.withBasis(Basis.GAAP), ValueRoles.read(a, m, own.subList(0, 1), null), ctx, ledger);
                    item(st, m.withBasis(Basis.NON_GAAP), ValueRoles.read(a, m, own.subList(1, 2), null), ctx, ledger);
                    continue;
                }
                item(st, m, ValueRoles.read(a, m, own, back), ctx, ledger);
            }
        } else if (!mentions.isEmpty() && a.says(Direction.WITHDRAWN)) {
            withdrawn(st, mentions, ctx, ledger);
        } else if (words && !mentions.isEmpty()) {
            qualitative(st, mentions, ctx, ledger);
        }
        if (words) {
            Header h = a.has(Cue.LONG_TERM) ? null : header(a); // "exit the year": no outlook period
            ctx.lookingAhead(h == null ? null : h.period(), h != null && (h.section() || opening));
        } else if (a.has(Cue.REPORTED) && !a.ranges().isEmpty() && !reminded) {
            ctx.reporting();
        }
        if (reported && !words) {
            Header head = header(a);
            if (head != null && call != null && head.period().isOverBy(call)) {
                ctx.reportingFor(head.period());
            }
        }
    }

    /**
     * Values written just before a metric ("$668 million of cash", "12.8% non-GAAP operating
     * margin"): the index of the mention each belongs to, -1 for values that follow their metric.
     */
    private static int[] bindBackward(String s, List<Range> ranges, List<MetricMention> mentions) {
        int[] out = new int[ranges.size()];
        for (int k = 0; k < ranges.size(); k++) {
            out[k] = -1;
            Range r = ranges.get(k);
            for (int i = 0; i < mentions.size(); i++) {
                MetricMention m = mentions.get(i);
                if (m.start() < r.end()) {
                    continue;
                }
                boolean adjacent = BACKWARD_GAP.matcher(s.substring(r.end(), m.start())).matches();
                boolean ownedBefore = i > 0 && mentions.get(i - 1).end() <= r.start()
                        && !BACKWARD_GAP.matcher(s.substring(mentions.get(i - 1).end(), r.start())).matches()
                        && OWNED_GAP.matcher(s.substring(mentions.get(i - 1).end(), r.start())).matches();
                boolean impact = IMPACT_BEFORE.matcher(s.substring(Math.max(0, r.start() - 40), r.start())).find();
                if (adjacent && !ownedBefore && !impact) {
                    out[k] = i;
                }
                break;
            }
        }
        return out;
    }

    /** One metric's clause: a reported metric, a guidance item, a reminded prior, or nothing. */
    private static void item(Sentence st, MetricMention m, ValueRoles.Values v, TurnContext ctx, Ledger ledger) {
        Range valued = v.valued();
        String before = st.text().substring(Math.max(0, m.start() - 40), m.start());
        if (valued == null || IMPACT_ON.matcher(before).find() || COMPARED_BEFORE.matcher(before).find()) {
            return; // an effect on the metric, or the metric as a comparison's base ("compared to 2018's margin of 38.7%")
        }
        FiscalPeriod period = period(st, m, valued, ctx);
        if (period == null) {
            return;
        }
        if (st.call() != null && period.isOverBy(st.call())) {
            reported(st, m, v, period, ledger);
            return;
        }
        String s = st.text();
        // the item's own words: before it, and after its value to the end of that clause ("..., consistent with our long-term rate" is another)
        int clauseEnd = valued.end();
        while (clauseEnd < Math.min(s.length(), valued.end() + 30) && ",;".indexOf(s.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        String near = s.substring(Math.max(0, Math.min(m.start(), valued.start()) - 80), clauseEnd);
        if (Cue.LONG_TERM.in(near)) {
            return;
        }
        Direction words = direction(st, m, period, ctx);
        if (v.primary() == null) {
            reminded(st, m, v.prior(), period, words, ledger);
        } else if (st.forward()) {
            Range prior = v.prior();
            Range statedPrior = prior != null && prior.unit() != null && prior.unit().equals(v.primary().unit()) ? prior : null;
            ledger.guidance(guidance(v.typed(), period, v.primary(), m, words, statedPrior, st.evidence()));
            for (int i = 0; i < v.alternatives().size(); i++) {
                ledger.guidance(guidance(v.altTypes().get(i), period, v.alternatives().get(i), m, words, null, st.evidence()));
            }
        }
    }

    /** A value for a period that is over: reported when the words report it over one fiscal period. */
    private static void reported(Sentence st, MetricMention m, ValueRoles.Values v, FiscalPeriod period, Ledger ledger) {
        Range primary = v.primary();
        if (primary == null || !st.reported() || st.a().has(Cue.TRAILING) || primary.level() == null) {
            return;
        }
        ledger.metric(new ReportedMetric(m.qualified(v.typed().metric()), period, primary.level(), v.typed().unit(), m.basis(), st.evidence()));
        for (int i = 0; i < v.alternatives().size(); i++) {
            Range a = v.alternatives().get(i);
            if (a.level() != null) {
                Metrics.Typed t = v.altTypes().get(i);
                ledger.metric(new ReportedMetric(m.qualified(t.metric()), period, a.level(), t.unit(), m.basis(), st.evidence()));
            }
        }
    }

    /** Only a reminded range: guidance again only where the call says it stands, else the prior of a later range. */
    private static void reminded(Sentence st, MetricMention m, Range prior, FiscalPeriod period, Direction words, Ledger ledger) {
        Metrics.Typed t = Metrics.type(m.metric(), m.basis(), prior.unit(), prior, false);
        if (t == null) {
            return;
        }
        if (words == Direction.REITERATED) {
            ledger.guidance(new Guidance(m.qualified(t.metric()), period, prior.low(), prior.high(), t.unit(), m.basis(),
                    Direction.REITERATED, prior.low(), prior.high(), null, null, st.evidence()));
        } else {
            ledger.reminder(m.qualified(t.metric()), period, prior);
        }
    }

    private static Guidance guidance(Metrics.Typed t, FiscalPeriod period, Range r, MetricMention m, Direction words,
                                     Range prior, Evidence evidence) {
        Direction d = words;
        Double pl = null;
        Double ph = null;
        if (prior != null) {
            pl = prior.low();
            ph = prior.high();
            Direction c = RangeComparison.compare(r.low(), r.high(), pl, ph);
            d = words == Direction.NARROWED || words == Direction.WIDENED || words == Direction.WITHDRAWN ? words : c;
        }
        return new Guidance(m.qualified(t.metric()), period, r.low(), r.high(), t.unit(), m.basis(), d == null ? Direction.UNKNOWN : d,
                pl, ph, null, null, evidence);
    }

    /** The item's period: named near it, else the outlook's period carried from earlier, else the call's own. */
    private static FiscalPeriod period(Sentence st, MetricMention m, Range r, TurnContext ctx) {
        PeriodMention p = PeriodAnnotator.nearest(st.a().periods(), st.text(), Math.min(m.start(), r.start()), Math.max(m.end(), r.end()),
                st.a().ranges());
        if (p != null) {
            return p.calendar() ? null : p.period();
        }
        if (st.forward() && ctx.period() != null) {
            return ctx.period();
        }
        if (!st.reported()) {
            return null;
        }
        return ctx.reportedPeriod() != null ? ctx.reportedPeriod() : st.call();
    }

    /** The direction the words give the item: a cue in its sentence before it, else one announced earlier in the turn. */
    private static Direction direction(Sentence st, MetricMention m, FiscalPeriod period, TurnContext ctx) {
        Direction own = null;
        for (CueSpan d : st.a().directions()) {
            if (d.start() <= m.start() || own == null) {
                own = d.cue().direction();
            }
        }
        return own != null ? own : ctx.hinted(period, m.metric());
    }

    /** "We are withdrawing our fiscal 2026 adjusted EBITDA guidance": the named items, with no range left. */
    private static void withdrawn(Sentence st, List<MetricMention> mentions, TurnContext ctx, Ledger ledger) {
        int at = st.a().directions().stream().filter(d -> d.cue().direction() == Direction.WITHDRAWN).findFirst().orElseThrow().start();
        FiscalPeriod period = hintPeriod(st.a().periods(), at, ctx);
        if (period == null || st.call() != null && period.isOverBy(st.call())) {
            return;
        }
        for (MetricMention m : mentions) {
            if (m.start() > at) {
                ledger.guidance(new Guidance(m.qualified(m.metric()), period, null, null, null, m.basis(), Direction.WITHDRAWN,
                        null, null, null, null, st.evidence()));
            }
        }
    }

    /** Guidance in words only ("mid-single-digit growth"): kept as text, never as a number. */
    private static void qualitative(Sentence st, List<MetricMention> mentions, TurnContext ctx, Ledger ledger) {
        Matcher q = Cue.QUALITATIVE.pattern().matcher(st.text());
        if (!q.find() || st.a().has(Cue.LONG_TERM)) {
            return;
        }
        MetricMention m = null;
        for (MetricMention x : mentions) {
            if (x.start() < q.start()) {
                m = x;
            }
        }
        if (m == null) {
            return;
        }
        PeriodMention p = PeriodAnnotator.nearest(st.a().periods(), st.text(), m.start(), q.end());
        FiscalPeriod period = p != null ? (p.calendar() ? null : p.period()) : ctx.period();
        if (period == null || st.call() != null && period.isOverBy(st.call())) {
            return;
        }
        Direction d = direction(st, m, period, ctx);
        ledger.guidance(new Guidance(m.qualified(m.metric()), period, null, null, null, m.basis(), d == null ? Direction.UNKNOWN : d,
                null, null, null, q.group(), st.evidence()));
    }

    private static FiscalPeriod hintPeriod(List<PeriodMention> periods, int at, TurnContext ctx) {
        FiscalPeriod before = null;
        for (PeriodMention p : periods) {
            if (!p.fiscal()) {
                continue;
            }
            if (p.start() >= at) {
                return p.period();
            }
            before = p.period();
        }
        return before != null ? before : ctx.period();
    }

    private static Set<String> families(List<MetricMention> mentions, int at) {
        Set<String> out = new LinkedHashSet<>();
        for (MetricMention m : mentions) {
            if (m.start() >= at) {
                out.add(TurnContext.family(m.metric()));
            }
        }
        return out;
    }

    /** The period a sentence is about as a whole; {@code section}: the outlook's own ("the outlook for the third quarter"). */
    private record Header(FiscalPeriod period, boolean section) {
    }

    /**
     * The period a sentence sets for the ones after it: the last it names as its subject, at its head
     * ("For the third quarter, ...", "Looking at the full year for 2018, ..." before any metric or
     * value) or beside an outlook word ("reiterating guidance for fiscal 2024", "our full year
     * outlook"), which makes it the section's period; a period in passing sets none.
     */
    private static Header header(AnnotatedSentence a) {
        String s = a.text();
        // a sentence with no item in it sets no period by where it names one ("... in the second quarter of 2023.")
        if (a.periods().stream().noneMatch(PeriodMention::fiscal)) {
            return null; // no period to set: the sentence's metrics need not be read
        }
        int firstItem = Math.min(a.named().isEmpty() ? Integer.MAX_VALUE : a.named().get(0).start(),
                a.ranges().isEmpty() ? Integer.MAX_VALUE : a.ranges().get(0).start());
        Header h = null;
        boolean first = true;
        for (PeriodMention x : a.periods()) {
            if (!x.fiscal()) {
                continue;
            }
            String before = s.substring(0, x.start());
            boolean section = OUTLOOK_BEFORE.matcher(before).find() || OUTLOOK_AFTER.matcher(s.substring(x.end())).lookingAt();
            if (section || HEADER_BEFORE.matcher(before).find() || first && firstItem != Integer.MAX_VALUE && x.end() <= firstItem) {
                h = new Header(x.period(), section);
            }
            first = false;
        }
        return h;
    }
}
