package io.transcripts.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The literals a regex's every match must contain: a set such that any text the regex finds
 * anything in holds at least one of them, case folded ({@link #fold(char)}). A screen then skips a
 * regex over a text that holds none, which is most texts for most vocabulary patterns. The
 * analysis reads the subset of regex syntax our vocabularies use; anything else (comments mode,
 * back-references, Unicode case folding) gives no literals, so the regex always runs: the screen
 * can only over-approximate, never hide a match.
 */
public final class RegexLiterals {
    /** More exact strings than this and a node's alternatives are summarised as requirements instead. */
    private static final int MAX_EXACT = 48;
    /** More leading literals than this and a node's starts are unknown. */
    private static final int MAX_PREFIXES = 4096;

    /**
     * What a node of the regex matches: {@code exact}, every string it can match (null: too many
     * or unbounded); {@code required}, literals one of which every match contains (null: none known);
     * {@code max}, the longest match in chars (-1: unbounded); {@code optional}, for a node that
     * may match nothing ("(?:gaap\\s+)?"), literals one of which each of its other matches starts with
     * (null: none known, or the node never matches nothing).
     */
    private record Info(Set<String> exact, Set<String> required, int max, Set<String> prefix, Set<String> optional) {
        Info(Set<String> exact, Set<String> required, int max) {
            this(exact, required, max, null, null);
        }

        Info(Set<String> exact, Set<String> required, int max, Set<String> prefix) {
            this(exact, required, max, prefix, null);
        }

        /** Literals one of which every match starts with (null: none known): its own, else its exact strings. */
        Set<String> starts() {
            return prefix != null ? prefix : nonEmpty(exact);
        }

        static final Info ANY = new Info(null, null, 1);
        static final Info UNBOUNDED = new Info(null, null, -1);
        static final Info EMPTY = new Info(Set.of(""), null, 0);

        /** The best requirement this node states: its exact strings if none is empty, else its requirement. */
        Set<String> requirement() {
            if (exact != null && !exact.contains("")) {
                return exact;
            }
            return required;
        }
    }

    private final String re;
    private int i;

    private RegexLiterals(String re) {
        this.re = re;
    }

    /** The required literals of a compiled pattern, or null when none are known. */
    static List<String> of(Pattern p) {
        Info info = analysed(p);
        return info == null ? null : literals(info.requirement());
    }

    /**
     * Literals one of which every match of the pattern starts with, case folded, or null when none
     * are known: a search need then try a match only where one of them starts.
     */
    static List<String> prefixes(Pattern p) {
        Info info = analysed(p);
        return info == null ? null : literals(info.starts());
    }

    /** What the pattern matches, or null where its flags or syntax are not read here. */
    private static Info analysed(Pattern p) {
        if ((p.flags() & (Pattern.COMMENTS | Pattern.UNICODE_CASE | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
            return null;
        }
        try {
            RegexLiterals r = new RegexLiterals(p.pattern());
            Info info = r.alternation();
            return r.i == r.re.length() ? info : null;
        } catch (Unsupported e) {
            return null;
        }
    }

    private static List<String> literals(Set<String> set) {
        return set == null || set.isEmpty() || set.contains("") ? null : List.copyOf(set);
    }

    /** The longest text a regex can match, in chars; -1 when unbounded or not read here. */
    public static int maxLength(String regex) {
        try {
            RegexLiterals r = new RegexLiterals(regex);
            Info info = r.alternation();
            return r.i == r.re.length() ? info.max() : -1;
        } catch (Unsupported e) {
            return -1;
        }
    }

    /** The case folding screens compare by: ASCII letters lower-cased, every other char as it is. */
    static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private boolean more() {
        return i < re.length();
    }

    private char peek() {
        return re.charAt(i);
    }

    private Info alternation() {
        List<Info> branches = new ArrayList<>();
        branches.add(sequence());
        while (more() && peek() == '|') {
            i++;
            branches.add(sequence());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        Set<String> exact = new LinkedHashSet<>();
        Set<String> required = new LinkedHashSet<>();
        Set<String> prefix = new LinkedHashSet<>();
        int max = 0;
        for (Info b : branches) {
            if (prefix != null) {
                Set<String> st = b.starts();
                if (st == null || st.contains("")) {
                    prefix = null;
                } else {
                    prefix.addAll(st);
                    prefix = prefix.size() > MAX_PREFIXES ? null : prefix;
                }
            }
            max = max < 0 || b.max() < 0 ? -1 : Math.max(max, b.max());
            if (exact != null) {
                if (b.exact() == null) {
                    exact = null;
                } else {
                    exact.addAll(b.exact());
                }
            }
            Set<String> r = b.requirement();
            if (required != null) {
                if (r == null) {
                    required = null;
                } else {
                    required.addAll(r);
                }
            }
        }
        if (exact != null && exact.size() > MAX_EXACT) {
            exact = null;
        }
        return new Info(exact, required, max, prefix);
    }

    private Info sequence() {
        Set<String> run = Set.of(""); // the exact strings of the items since the last unbounded one
        Set<String> best = null;
        boolean bounded = true;
        int max = 0;
        Set<String> lead = Set.of(""); // the exact strings every match starts with, while the items are exact
        Set<String> prefix = null;
        boolean leading = true;
        // the starts of optional items the sequence opens with: a match starts with one of them, or skips them all
        Set<String> skippable = new LinkedHashSet<>();
        while (more() && peek() != '|' && peek() != ')') {
            Info item = quantified();
            max = max < 0 || item.max() < 0 ? -1 : max + item.max();
            if (leading && item.max() != 0 && lead.equals(Set.of("")) && item.optional() != null) {
                skippable.addAll(item.optional());
            } else if (leading && item.max() != 0) { // zero-width items (\b, lookarounds) start nothing
                Set<String> st = item.starts();
                Set<String> longer = st == null || st.contains("") ? null : product(lead, st, MAX_PREFIXES);
                boolean exactItem = item.exact() != null && !item.exact().contains("");
                if (longer != null && exactItem) {
                    lead = longer;
                } else {
                    prefix = longer != null ? longer : lead.equals(Set.of("")) ? null : lead;
                    leading = false;
                }
            }
            Set<String> joined = item.exact() == null ? null : product(run, item.exact());
            if (joined != null) {
                run = joined;
                continue;
            }
            bounded = false;
            best = better(best, nonEmpty(run));
            best = better(best, item.required());
            run = item.exact() != null ? item.exact() : Set.of("");
        }
        if (leading) {
            prefix = lead.equals(Set.of("")) ? null : lead;
        }
        if (prefix != null && !skippable.isEmpty()) {
            skippable.addAll(prefix);
            prefix = skippable.size() > MAX_PREFIXES ? null : skippable;
        }
        return new Info(bounded ? run : null, better(best, nonEmpty(run)), max, prefix);
    }

    private static Set<String> nonEmpty(Set<String> exact) {
        return exact == null || exact.contains("") ? null : exact;
    }

    private static Set<String> product(Set<String> a, Set<String> b) {
        return product(a, b, MAX_EXACT);
    }

    private static Set<String> product(Set<String> a, Set<String> b, int cap) {
        if ((long) a.size() * b.size() > cap) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                out.add(x + y);
            }
        }
        return out;
    }

    /** The more selective requirement: longer shortest literal first, then fewer literals. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int la = shortest(a);
        int lb = shortest(b);
        if (la != lb) {
            return la > lb ? a : b;
        }
        return b.size() < a.size() ? b : a;
    }

    private static int shortest(Set<String> s) {
        return s.stream().mapToInt(String::length).min().orElse(0);
    }

    private Info quantified() {
        Info atom = atom();
        if (!more()) {
            return atom;
        }
        char q = peek();
        Info out;
        if (q == '?') {
            i++;
            out = new Info(atom.exact() == null ? null : union(atom.exact(), Set.of("")), null, atom.max(), null, atom.starts());
        } else if (q == '*') {
            i++;
            out = new Info(null, null, -1, null, atom.starts());
        } else if (q == '+') {
            i++;
            out = new Info(null, atom.requirement(), -1, atom.starts());
        } else if (q == '{') {
            int close = re.indexOf('}', i);
            if (close < 0) {
                throw new Unsupported();
            }
            String body = re.substring(i + 1, close);
            i = close + 1;
            int min;
            int upTo;
            try {
                String[] bounds = body.split(",", -1);
                min = Integer.parseInt(bounds[0].trim());
                upTo = bounds.length == 1 ? min : bounds[1].isBlank() ? -1 : Integer.parseInt(bounds[1].trim());
            } catch (NumberFormatException e) {
                throw new Unsupported();
            }
            int max = upTo < 0 || atom.max() < 0 ? -1 : upTo * atom.max();
            out = min == 0 ? new Info(null, null, max, null, atom.starts())
                    : new Info(body.equals("1") ? atom.exact() : null, repeated(atom, min), max, atom.starts());
        } else {
            return atom;
        }
        if (more() && (peek() == '?' || peek() == '+')) {
            i++; // lazy or possessive: the same strings
        }
        return out;
    }

    /** What {@code min} or more repetitions require: as many copies of the atom's strings in a row as stay few. */
    private static Set<String> repeated(Info atom, int min) {
        Set<String> one = nonEmpty(atom.exact());
        if (one == null) {
            return atom.requirement();
        }
        Set<String> run = one;
        for (int k = 1; k < min; k++) {
            Set<String> longer = product(run, one);
            if (longer == null) {
                break;
            }
            run = longer;
        }
        return run;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out.size() > MAX_EXACT ? null : out;
    }

    private Info atom() {
        char c = re.charAt(i++);
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                return charClass();
            }
            case '\\' -> {
                return escape();
            }
            case '.' -> {
                return Info.ANY;
            }
            case '^', '$' -> {
                return Info.EMPTY;
            }
            case ')', '|', '*', '+', '?', '{' -> throw new Unsupported();
            default -> {
                return literal(c);
            }
        }
    }

    private static Info literal(char c) {
        return new Info(Set.of(String.valueOf(fold(c))), null, 1);
    }

    private Info group() {
        boolean zeroWidth = false;
        if (more() && peek() == '?') {
            i++;
            char k = re.charAt(i++);
            if (k == ':') {
                // non-capturing
            } else if (k == '=' || k == '!') {
                zeroWidth = true;
            } else if (k == '<' && (peek() == '=' || peek() == '!')) {
                i++;
                zeroWidth = true;
            } else if (k == '<') {
                int close = re.indexOf('>', i);
                if (close < 0) {
                    throw new Unsupported();
                }
                i = close + 1; // a named group
            } else {
                i--;
                return flags();
            }
        }
        Info inner = alternation();
        if (!more() || peek() != ')') {
            throw new Unsupported();
        }
        i++;
        return zeroWidth ? Info.EMPTY : inner; // a lookaround consumes nothing: the text around it is adjacent
    }

    /** "(?i)", "(?is)", "(?i:...)": flags that keep the analysis sound; comments and Unicode case do not. */
    private Info flags() {
        while (more() && Character.isLetter(peek()) || more() && peek() == '-') {
            char f = re.charAt(i++);
            if (f == 'x' || f == 'u' || f == 'U') {
                throw new Unsupported();
            }
        }
        if (!more()) {
            throw new Unsupported();
        }
        if (peek() == ')') {
            i++;
            return Info.EMPTY;
        }
        if (peek() == ':') {
            i++;
            Info inner = alternation();
            if (!more() || peek() != ')') {
                throw new Unsupported();
            }
            i++;
            return inner;
        }
        throw new Unsupported();
    }

    private Info escape() {
        char e = re.charAt(i++);
        switch (e) {
            case 'b', 'B', 'A', 'z', 'Z', 'G' -> {
                return Info.EMPTY;
            }
            case 'd' -> {
                Set<String> digits = new LinkedHashSet<>();
                for (char d = '0'; d <= '9'; d++) {
                    digits.add(String.valueOf(d));
                }
                return new Info(digits, null, 1);
            }
            case 's', 'S', 'D', 'w', 'W', 'h', 'H', 'v', 'V' -> {
                return Info.ANY;
            }
            case 'R', 'X' -> {
                return Info.UNBOUNDED; // a line break or a grapheme: more than one char
            }
            case 'p', 'P' -> {
                if (more() && peek() == '{') {
                    int close = re.indexOf('}', i);
                    if (close < 0) {
                        throw new Unsupported();
                    }
                    i = close + 1;
                } else {
                    i++;
                }
                return Info.ANY;
            }
            case 't' -> {
                return literal('\t');
            }
            case 'n' -> {
                return literal('\n');
            }
            case 'r' -> {
                return literal('\r');
            }
            case 'f' -> {
                return literal('\f');
            }
            default -> {
                if (Character.isLetterOrDigit(e)) {
                    throw new Unsupported(); // back-references, quoting, hex and Unicode escapes: not read here
                }
                return literal(e);
            }
        }
    }

    /** A bracket class: its characters where it lists a few plain ones ("[- ]"), else any. */
    private Info charClass() {
        boolean negated = more() && peek() == '^';
        if (negated) {
            i++;
        }
        Set<String> chars = new LinkedHashSet<>();
        boolean plain = !negated;
        boolean first = true;
        while (true) {
            if (!more()) {
                throw new Unsupported();
            }
            char c = re.charAt(i++);
            if (c == ']' && !first) {
                break;
            }
            first = false;
            if (c == '[' || c == '&') {
                plain = false;
                if (c == '[') {
                    skipNestedClass();
                }
                continue;
            }
            if (c == '\\') {
                char e = re.charAt(i++);
                if (e == 'p' || e == 'P') {
                    if (more() && peek() == '{') {
                        i = re.indexOf('}', i) + 1;
                        if (i == 0) {
                            throw new Unsupported();
                        }
                    } else {
                        i++;
                    }
                    plain = false;
                } else if (Character.isLetterOrDigit(e)) {
                    plain = false; // digit, space, word or escaped classes: not a few plain characters
                } else {
                    chars.add(String.valueOf(fold(e)));
                }
                continue;
            }
            if (more() && peek() == '-' && i + 1 < re.length() && re.charAt(i + 1) != ']') {
                char to = re.charAt(i + 1);
                i += 2;
                if (to == '\\' || to < c || to - c >= 8 || to >= 128) {
                    plain = false; // a wide or escaped range: not a few plain characters
                } else {
                    for (char r = c; r <= to; r++) { // "[1-4]": each of its few characters
                        chars.add(String.valueOf(fold(r)));
                    }
                }
                continue;
            }
            chars.add(String.valueOf(fold(c)));
        }
        // a class's upper-case letters fold into their lower-case ones; a class naming only upper-case is still sound
        return plain && !chars.isEmpty() && chars.size() <= 8 ? new Info(chars, null, 1) : Info.ANY;
    }

    private void skipNestedClass() {
        int depth = 1;
        while (depth > 0) {
            if (!more()) {
                throw new Unsupported();
            }
            char c = re.charAt(i++);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
    }
}
