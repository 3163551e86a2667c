package io.transcripts.language;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One automaton (Aho-Corasick) over the literals a set of patterns requires ({@link RegexLiterals}):
 * a single pass over a text tells which patterns could match in it, so a sentence pays for the
 * few vocabulary patterns whose words it holds instead of one regex scan per phrase. A pattern
 * with no known literals is always a candidate.
 */
public final class PatternScreen {
    private static final int ASCII = 128;

    /**
     * Per state, the next state for each class of ASCII char (dense: the hot path), and for other
     * chars (sparse). ASCII chars in no literal are one class, which always leads back to the root: a
     * row holds only the few dozen chars the literals use, so the table stays small enough to stay cached.
     */
    private final char[] asciiNext;
    /** Each ASCII char's class: 0 for chars in no literal. */
    private final char[] classOf = new char[ASCII];
    private final int stride;
    private final List<Map<Character, Integer>> otherNext;
    /** Per state, the patterns some literal ending there belongs to (suffix matches merged in). */
    private final long[][] hits;
    private final long[] always;
    private final boolean alwaysAny;
    private final int size;
    private final Map<Pattern, Integer> index = new java.util.IdentityHashMap<>();
    /** Per pattern, a bound on how far a match reaches from a literal in it, in chars; -1: none known. */
    private final int[] reach;
    /** Per pattern, whether every match starts with one of its literals (a search then tries only where they start). */
    private final boolean[] startsKnown;
    /** Per pattern, the slot whose literal ends a search starts from. */
    private final int[] positionSlot;
    /** Patterns, then the extra slots of leading literals. */
    private final int slotCount;
    /** Per slot, whether a search runs near its literals' ends (else {@link #found} keeps none). */
    private final boolean[] searchedFrom;
    /** Per slot, whether {@link #found} keeps where its literals start (a search tries a match at each). */
    private final boolean[] startsKept;
    /**
     * Per state, for the slots whose starts are kept, the literals ending there: slot, then length,
     * in pairs (null: none), so a start is known exactly and not guessed from every literal length.
     */
    private final int[][] startPairs;

    private PatternScreen(List<Pattern> patterns) {
        size = patterns.size();
        for (int p = 0; p < size; p++) {
            index.putIfAbsent(patterns.get(p), p);
        }
        BitSet alwaysOn = new BitSet(size);
        List<int[]> children = new ArrayList<>(); // trie under construction: state -> per-ASCII child
        List<Map<Character, Integer>> others = new ArrayList<>();
        List<BitSet> out = new ArrayList<>();
        newState(children, others, out);
        reach = new int[size];
        startsKnown = new boolean[size];
        positionSlot = new int[size];
        // slot p: the literals pattern p requires (the most selective known), which decide whether it
        // may match; where every match starts with one of some literals, a further slot holds those,
        // and a search tries only where they start
        List<List<String>> slots = new ArrayList<>();
        for (Pattern pattern : patterns) {
            slots.add(RegexLiterals.of(pattern));
        }
        for (int p = 0; p < size; p++) {
            List<String> starts = RegexLiterals.prefixes(patterns.get(p));
            positionSlot[p] = p;
            if (starts != null) {
                startsKnown[p] = true;
                if (slots.get(p) == null) {
                    slots.set(p, starts);
                } else {
                    positionSlot[p] = slots.size();
                    slots.add(starts);
                }
            }
            int max = RegexLiterals.maxLength(patterns.get(p).pattern());
            // twice the analysed length and some: a char class can match a surrogate pair, two chars
            reach[p] = slots.get(p) == null || max < 0 ? -1 : 2 * max + 8;
        }
        slotCount = slots.size();
        searchedFrom = new boolean[slotCount];
        startsKept = new boolean[slotCount];
        for (int p = 0; p < size; p++) {
            startsKept[positionSlot[p]] |= startsKnown[p];
            searchedFrom[positionSlot[p]] |= !startsKnown[p] && reach[p] >= 0;
        }
        Map<Integer, Map<Integer, java.util.Set<Integer>>> lengths = new HashMap<>(); // state -> slot -> lengths of literals ending there
        for (int p = 0; p < slotCount; p++) {
            List<String> lits = slots.get(p);
            if (lits == null) {
                alwaysOn.set(p);
                continue;
            }
            for (String lit : lits) {
                int s = 0;
                for (int k = 0; k < lit.length(); k++) {
                    char c = RegexLiterals.fold(lit.charAt(k));
                    int next = child(children, others, s, c);
                    if (next < 0) {
                        next = newState(children, others, out);
                        if (c < ASCII) {
                            children.get(s)[c] = next;
                        } else {
                            others.get(s).put(c, next);
                        }
                    }
                    s = next;
                }
                out.get(s).set(p);
                if (startsKept[p]) {
                    lengths.computeIfAbsent(s, k -> new HashMap<>()).computeIfAbsent(p, k -> new java.util.TreeSet<>()).add(lit.length());
                }
            }
        }
        int n = children.size();
        int[] fail = new int[n];
        int[] asciiNext = new int[n * ASCII];
        otherNext = others;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        // breadth first: a state's failure link and transitions are set from shallower states'
        for (int c = 0; c < ASCII; c++) {
            int t = children.get(0)[c];
            asciiNext[c] = Math.max(t, 0);
            if (t > 0) {
                fail[t] = 0;
                queue.add(t);
            }
        }
        for (int t : others.get(0).values()) {
            fail[t] = 0;
            queue.add(t);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            out.get(s).or(out.get(fail[s]));
            Map<Integer, java.util.Set<Integer>> inherited = lengths.get(fail[s]);
            if (inherited != null) { // a literal ending at the failure state's end ends here too
                Map<Integer, java.util.Set<Integer>> own = lengths.computeIfAbsent(s, k -> new HashMap<>());
                inherited.forEach((slot, ls) -> own.computeIfAbsent(slot, k -> new java.util.TreeSet<>()).addAll(ls));
            }
            for (int c = 0; c < ASCII; c++) {
                int t = children.get(s)[c];
                if (t > 0) {
                    fail[t] = asciiNext[fail[s] * ASCII + c];
                    asciiNext[s * ASCII + c] = t;
                    queue.add(t);
                } else {
                    asciiNext[s * ASCII + c] = asciiNext[fail[s] * ASCII + c];
                }
            }
            for (Map.Entry<Character, Integer> e : others.get(s).entrySet()) {
                fail[e.getValue()] = otherStep(fail[s], e.getKey(), fail);
                queue.add(e.getValue());
            }
        }
        this.fail = fail;
        int classes = 1;
        for (int c = 0; c < ASCII; c++) {
            for (int[] row : children) {
                if (row[c] > 0) {
                    classOf[c] = (char) classes++;
                    break;
                }
            }
        }
        if (n > Character.MAX_VALUE) {
            throw new IllegalStateException("a screen of " + n + " states: more than a char can number");
        }
        stride = classes;
        this.asciiNext = new char[n * stride];
        for (int k = 0; k < n; k++) {
            for (int c = 0; c < ASCII; c++) {
                if (classOf[c] > 0) {
                    this.asciiNext[k * stride + classOf[c]] = (char) asciiNext[k * ASCII + c];
                }
            }
        }
        int words = Math.max(1, (slotCount + 63) / 64);
        always = Arrays.copyOf(alwaysOn.toLongArray(), words);
        alwaysAny = !alwaysOn.isEmpty();
        startPairs = new int[n][];
        lengths.forEach((state, bySlot) -> {
            List<Integer> pairs = new ArrayList<>();
            bySlot.forEach((slot, ls) -> ls.forEach(len -> {
                pairs.add(slot);
                pairs.add(len);
            }));
            startPairs[state] = pairs.stream().mapToInt(Integer::intValue).toArray();
        });
        hits = new long[n][];
        primary = new boolean[n];
        for (int k = 0; k < n; k++) {
            hits[k] = out.get(k).isEmpty() ? null : Arrays.copyOf(out.get(k).toLongArray(), words);
            int first = out.get(k).nextSetBit(0);
            primary[k] = first >= 0 && first < size;
        }
    }

    private final int[] fail;
    /** Per state, whether a pattern's own literal (not only a leading one) ends there. */
    private final boolean[] primary;

    /** A screen over patterns, candidate {@code i} standing for {@code patterns.get(i)}. */
    public static PatternScreen of(List<Pattern> patterns) {
        return new PatternScreen(patterns);
    }

    /** The patterns that could match somewhere in the text (others cannot). */
    public BitSet candidates(CharSequence text) {
        long[] found = always.clone();
        int s = 0;
        for (int k = 0, n = text.length(); k < n; k++) {
            s = step(s, text.charAt(k));
            long[] h = hits[s];
            if (h != null) {
                for (int w = 0; w < h.length; w++) {
                    found[w] |= h[w];
                }
            }
        }
        return patternsOf(BitSet.valueOf(found));
    }

    /** The patterns whose literals, and leading literals where known, were all seen: slots past the patterns folded in. */
    private BitSet patternsOf(BitSet slots) {
        if (slotCount == size) {
            return slots;
        }
        for (int p = 0; p < size; p++) {
            if (positionSlot[p] != p && !slots.get(positionSlot[p])) {
                slots.clear(p);
            }
        }
        slots.clear(size, slotCount);
        return slots;
    }

    /** Whether any of the patterns could match in the text: the scan stops at the first literal found. */
    public boolean any(CharSequence text) {
        if (alwaysAny) {
            return true;
        }
        int s = 0;
        for (int k = 0, n = text.length(); k < n; k++) {
            s = step(s, text.charAt(k));
            if (primary[s]) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #candidates}, asked by pattern: {@code hits(s).may(P)} is false only where P cannot match in s. */
    public Hits hits(CharSequence text) {
        return new Hits(candidates(text));
    }

    /**
     * As {@link #hits}, also keeping where each pattern's literals end in the text, so that a
     * search runs only near them ({@link Found#find}) instead of over the whole text.
     */
    public Found found(CharSequence text) {
        long[] found = always.clone();
        int[][] ends = new int[slotCount][];
        int[] counts = new int[slotCount];
        int s = 0;
        for (int k = 0, n = text.length(); k < n; k++) {
            s = step(s, text.charAt(k));
            long[] h = hits[s];
            if (h == null) {
                continue;
            }
            for (int w = 0; w < h.length; w++) {
                found[w] |= h[w];
                for (long bits = h[w]; bits != 0; bits &= bits - 1) {
                    int p = w * 64 + Long.numberOfTrailingZeros(bits);
                    if (!searchedFrom[p]) {
                        continue;
                    }
                    keep(ends, counts, p, k + 1);
                }
            }
            int[] sp = startPairs[s];
            if (sp != null) {
                for (int q = 0; q < sp.length; q += 2) {
                    keep(ends, counts, sp[q], k + 1 - sp[q + 1]);
                }
            }
        }
        return new Found(text, patternsOf(BitSet.valueOf(found)), ends, counts);
    }

    /** Adds a position to a slot's list, growing it as needed. */
    private static void keep(int[][] at, int[] counts, int slot, int position) {
        int c = counts[slot];
        if (c == 0) {
            at[slot] = new int[8];
        } else if (c == at[slot].length) {
            at[slot] = Arrays.copyOf(at[slot], c * 2);
        }
        at[slot][c] = position;
        counts[slot] = c + 1;
    }

    /**
     * One text's candidates with where their literals are: the starts of leading literals for a
     * pattern whose matches start with one, else the ends of its literals. A match holds a literal whole, so it
     * starts at most a pattern's reach before that literal's end and ends at most its reach after:
     * each search runs in that window only, with transparent bounds, so lookarounds and word
     * boundaries see the text around it, and finds what a search of the whole text finds.
     */
    public final class Found {
        private final CharSequence text;
        private final BitSet candidates;
        /** Per slot, its literals' ends, or their starts where the slot's starts are kept. */
        private final int[][] ends;
        private final int[] counts;

        private Found(CharSequence text, BitSet candidates, int[][] ends, int[] counts) {
            this.text = text;
            this.candidates = candidates;
            this.ends = ends;
            this.counts = counts;
        }

        public boolean may(Pattern p) {
            return candidates.get(indexOf(p));
        }

        /** The patterns that could match, by their place in the screen's list. */
        public BitSet candidates() {
            return (BitSet) candidates.clone();
        }

        /** The first match of the pattern starting at or after {@code from}; null where there is none. */
        public java.util.regex.MatchResult find(Pattern p, int from) {
            int i = indexOf(p);
            if (!candidates.get(i)) {
                return null;
            }
            java.util.regex.Matcher m = p.matcher(text);
            if (startsKnown[i]) {
                return startingAtLiterals(i, m, from);
            }
            if (reach[i] < 0) {
                return m.find(from) ? m.toMatchResult() : null;
            }
            m.useTransparentBounds(true).useAnchoringBounds(false);
            int[] e = ends[positionSlot[i]];
            int lo = from;
            for (int k = 0; k < counts[positionSlot[i]]; k++) {
                int end = e[k];
                if (end <= from) {
                    continue; // a literal ending before the search starts is in no match after it
                }
                lo = Math.max(lo, end - reach[i]);
                m.region(lo, Math.min(text.length(), end + reach[i]));
                // a match starting up to this literal's end fits the window whole; one starting later
                // may be cut by the window's end, and is looked for near the next literal instead
                if (m.find() && m.start() <= end) {
                    return m.toMatchResult();
                }
                lo = end + 1;
            }
            return null;
        }

        /** Where every match starts with a literal: the first of those starts at or after {@code from} a match begins at. */
        private java.util.regex.MatchResult startingAtLiterals(int i, java.util.regex.Matcher m, int from) {
            int[] at = starts(i);
            m.useTransparentBounds(true).useAnchoringBounds(false);
            int k = Arrays.binarySearch(at, from);
            for (k = k < 0 ? -k - 1 : k; k < at.length; k++) {
                m.region(at[k], text.length());
                if (m.lookingAt()) {
                    return m.toMatchResult();
                }
            }
            return null;
        }

        private int[][] starts;

        /**
         * Where a match of the pattern may start, in order, for a search of one's own (one that
         * needs its {@link java.util.regex.Matcher}); null where its starts are not known.
         */
        public int[] starts(Pattern p) {
            int i = indexOf(p);
            return startsKnown[i] ? starts(i).clone() : null;
        }

        /** Where a literal of the pattern starts, in order: the starts the scan kept, sorted and each once. */
        private int[] starts(int i) {
            if (starts == null) {
                starts = new int[size][];
            }
            if (starts[i] == null) {
                int slot = positionSlot[i];
                int n = counts[slot];
                int[] out = n == 0 ? new int[0] : Arrays.copyOf(ends[slot], n);
                Arrays.sort(out); // kept in order of their ends: a longer literal ending later may start earlier
                int d = 0;
                for (int k = 0; k < n; k++) {
                    if (d == 0 || out[d - 1] != out[k]) {
                        out[d++] = out[k];
                    }
                }
                starts[i] = Arrays.copyOf(out, d);
            }
            return starts[i];
        }

        /** Every match of the pattern in the text, in order, as repeated finds give them. */
        public List<java.util.regex.MatchResult> all(Pattern p) {
            List<java.util.regex.MatchResult> out = new ArrayList<>();
            for (var r = find(p, 0); r != null; r = find(p, Math.max(r.end(), r.start() + 1))) {
                out.add(r);
            }
            return out;
        }

        /** How many matches the pattern has in the text, as repeated finds count them. */
        public int count(Pattern p) {
            return all(p).size();
        }
    }

    private int indexOf(Pattern p) {
        Integer i = index.get(p);
        if (i == null) {
            throw new IllegalArgumentException("not screened: " + p);
        }
        return i;
    }

    /** The candidates of one text. */
    public final class Hits {
        private final BitSet candidates;

        private Hits(BitSet candidates) {
            this.candidates = candidates;
        }

        /** Whether the pattern (one this screen was built over) could match. */
        public boolean may(Pattern p) {
            return candidates.get(indexOf(p));
        }
    }

    public int size() {
        return size;
    }

    /** The automaton's state after reading one char of a text. */
    private int step(int s, char raw) {
        char c = RegexLiterals.fold(raw);
        return c < ASCII ? asciiNext[s * stride + classOf[c]] : otherStep(s, c, fail);
    }

    private int otherStep(int s, char c, int[] failLinks) {
        while (true) {
            Integer t = otherNext.get(s).get(c);
            if (t != null) {
                return t;
            }
            if (s == 0) {
                return 0;
            }
            s = failLinks[s];
        }
    }

    private static int child(List<int[]> children, List<Map<Character, Integer>> others, int s, char c) {
        if (c < ASCII) {
            int t = children.get(s)[c];
            return t > 0 ? t : -1;
        }
        Integer t = others.get(s).get(c);
        return t == null ? -1 : t;
    }

    private static int newState(List<int[]> children, List<Map<Character, Integer>> others, List<BitSet> out) {
        int[] row = new int[ASCII];
        Arrays.fill(row, 0);
        children.add(row);
        others.add(new HashMap<>());
        out.add(new BitSet());
        return children.size() - 1;
    }
}
