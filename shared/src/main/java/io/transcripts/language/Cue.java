package io.transcripts.language;

import io.transcripts.model.Direction;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The roles words play around numbers and in the run of a call; each role's phrases are the rows
 * of {@code language/cues.tsv} under its lower-case name. Grammars compose roles ({@link #words()})
 * with their own structure; {@link #pattern()} finds the role's phrases as whole words.
 */
public enum Cue {
    FORWARD, EXPECTATION_VERB, REPORTED, REMINDER, BENCHMARK, COMPARISON, LIKENESS, SINCE, PRIOR_YEAR, OUTLOOK_NOUN,
    GUIDANCE_OBJECT, IMPACT, LONG_TERM, NOT_OURS, HYPOTHETICAL, TRAILING,
    RAISED(Direction.RAISED), LOWERED(Direction.LOWERED), REITERATED(Direction.REITERATED), NARROWED(Direction.NARROWED),
    WIDENED(Direction.WIDENED), INITIATED(Direction.INITIATED), WITHDRAWN(Direction.WITHDRAWN),
    REITERATED_ALONE, UNCHANGED, WITHDRAWN_ALONE, ABOVE_PRIOR, BELOW_PRIOR,
    PRIOR, PRIOR_AFTER, CHANGE, DECREASE, CHANGE_FROM, YEAR_OVER_YEAR, SEQUENTIAL, SHARE_OF_REVENUE, CHANGE_AFTER, GROWTH, GROWTH_VERB, APPROXIMATELY,
    FLOOR, CEILING, RANGE_OPENING, PLUS_MINUS, RESPECTIVELY, BREAKEVEN, LOSS, ADVERSE, NON_GAAP_DECLARATION, QUALITATIVE, OUTLOOK_HEADER,
    NEXT, CURRENT, LAST, PERIOD_END, EXCLUDING, CALL_WORD, QA_HEADING, PREPARED_HEADING, PARTICIPANTS_HEADING, DISCLAIMER_HEADING, QA_OPEN, INTRODUCES;

    private static final Map<Cue, String> WORDS = load();
    private static final Map<Cue, Pattern> PATTERNS = new EnumMap<>(Cue.class);

    static {
        for (Cue c : values()) {
            PATTERNS.put(c, Pattern.compile("(?i)\\b" + WORDS.get(c) + "\\b"));
        }
    }

    private final Direction direction;

    Cue() {
        this(null);
    }

    Cue(Direction direction) {
        this.direction = direction;
    }

    /** The direction a verb of this role gives the guidance it acts on; null for other roles. */
    public Direction direction() {
        return direction;
    }

    /** The role's phrases as one non-capturing alternation, for grammars that compose roles. */
    public String words() {
        return WORDS.get(this);
    }

    /** The role's phrases as whole words, case-insensitive. */
    public Pattern pattern() {
        return PATTERNS.get(this);
    }

    public boolean in(String text) {
        return screen().found(text).find(PATTERNS.get(this), 0) != null;
    }

    /**
     * An automaton over this role's phrases alone, built when first asked: asked of a whole turn,
     * the regex runs only where the role's words are, not at every position of the turn.
     */
    private PatternScreen screen() {
        return SCREENS.computeIfAbsent(this, c -> PatternScreen.of(List.of(PATTERNS.get(c))));
    }

    private static final Map<Cue, PatternScreen> SCREENS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Map<Cue, String> load() {
        Map<Cue, String> out = new EnumMap<>(Cue.class);
        for (Map.Entry<String, List<String>> e : Vocabulary.grouped("cues").entrySet()) {
            Cue c;
            try {
                c = valueOf(e.getKey().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException x) {
                throw new IllegalStateException("language/cues.tsv: unknown role " + e.getKey(), x);
            }
            out.put(c, Vocabulary.alternation(e.getValue()));
        }
        for (Cue c : values()) {
            if (!out.containsKey(c)) {
                throw new IllegalStateException("language/cues.tsv: no phrases for role " + c.name().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
