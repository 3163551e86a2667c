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

    /** Per state, the next state for each ASCII char (dense: the hot path) and for other chars (sparse). */
    private final int[] asciiNext;
    private final List<Map<Character, Integer>> otherNext;
    /** Per state, the patterns some literal ending there belongs to (suffix matches merged in). */
    private final long[][] hits;
    private final long[] always;
    private final boolean alwaysAny;
    private final int size;
    private final Map<Pattern, Integer> index = new java.util.IdentityHashMap<>();

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
        for (int p = 0; p < patterns.size(); p++) {
            List<String> lits = RegexLiterals.of(patterns.get(p));
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
            }
        }
        int n = children.size();
        int[] fail = new int[n];
        asciiNext = new int[n * ASCII];
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
        int words = Math.max(1, (size + 63) / 64);
        always = Arrays.copyOf(alwaysOn.toLongArray(), words);
        alwaysAny = !alwaysOn.isEmpty();
        hits = new long[n][];
        for (int k = 0; k < n; k++) {
            hits[k] = out.get(k).isEmpty() ? null : Arrays.copyOf(out.get(k).toLongArray(), words);
        }
    }

    private final int[] fail;

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
        return BitSet.valueOf(found);
    }

    /** Whether any of the patterns could match in the text: the scan stops at the first literal found. */
    public boolean any(CharSequence text) {
        if (alwaysAny) {
            return true;
        }
        int s = 0;
        for (int k = 0, n = text.length(); k < n; k++) {
            s = step(s, text.charAt(k));
            if (hits[s] != null) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #candidates}, asked by pattern: {@code hits(s).may(P)} is false only where P cannot match in s. */
    public Hits hits(CharSequence text) {
        return new Hits(candidates(text));
    }

    /** The candidates of one text. */
    public final class Hits {
        private final BitSet candidates;

        private Hits(BitSet candidates) {
            this.candidates = candidates;
        }

        /** Whether the pattern (one this screen was built over) could match. */
        public boolean may(Pattern p) {
            Integer i = index.get(p);
            if (i == null) {
                throw new IllegalArgumentException("not screened: " + p);
            }
            return candidates.get(i);
        }
    }

    public int size() {
        return size;
    }

    /** The automaton's state after reading one char of a text. */
    private int step(int s, char raw) {
        char c = RegexLiterals.fold(raw);
        return c < ASCII ? asciiNext[s * ASCII + c] : otherStep(s, c, fail);
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
