package io.transcripts.language;

import io.transcripts.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks money, per-share amounts, percentages and share counts, and ranges of them, in a sentence.
 * Currencies and scale words come from {@code currencies.tsv} and {@code scales.tsv}. Masked digits
 * ($XX, X.X%) never match: the pattern requires real digits, and a digit run touching an X is a
 * partly masked number, not a smaller one.
 */
public final class AmountAnnotator {
    private record Form(String currency, Pattern pattern) {
    }

    private record Scale(double multiplier, Pattern pattern) {
    }

    /**
     * The written forms of currencies in one place (before the digits, after them, minor units),
     * with the forms already looked up: amounts repeat a few currency words, and a lookup tries
     * every form's pattern.
     */
    private static final class Forms {
        /** Beyond this many distinct written forms the lookups are no longer kept (untrusted text can write any suffix). */
        private static final int KEPT = 4096;
        private final List<Form> forms = new ArrayList<>();
        private final Map<String, Optional<String>> known = new ConcurrentHashMap<>();

        void add(Form f) {
            forms.add(f);
        }

        /** The currency code a written form names, or null. */
        String code(String written) {
            Optional<String> c = known.get(written);
            if (c == null) {
                c = forms.stream().filter(f -> f.pattern().matcher(written).matches()).map(Form::currency).findFirst();
                if (known.size() < KEPT) {
                    known.put(written, c);
                }
            }
            return c.orElse(null);
        }
    }

    private static final Forms BEFORE = new Forms();
    private static final Forms AFTER = new Forms();
    private static final Forms MINOR = new Forms();
    private static final List<Scale> SCALES = new ArrayList<>();
    private static final Pattern AMOUNT;
    /** The longest sign and currency an amount's digits can follow (-1: unbounded): a search starts that far before a digit. */
    private static final int MAX_PREFIX;
    /** The end of a unit word or symbol ("cents", "¢"): no letter or digit follows. */
    private static final String END = "(?![\\p{L}\\d])";

    static {
        List<String> before = new ArrayList<>();
        List<String> minor = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (List<String> row : Vocabulary.rows("currencies")) {
            Form f = new Form(row.get(0), Pattern.compile("(?i)" + row.get(2)));
            switch (row.get(1)) {
                case "before" -> {
                    BEFORE.add(f);
                    before.add(row.get(2));
                }
                case "minor" -> {
                    MINOR.add(f);
                    minor.add(row.get(2) + END);
                }
                case "after" -> {
                    AFTER.add(f);
                    after.add(row.get(2) + END);
                }
                default -> throw new IllegalStateException("language/currencies.tsv: unknown form " + row.get(1));
            }
        }
        List<String> scales = new ArrayList<>();
        for (List<String> row : Vocabulary.rows("scales")) {
            SCALES.add(new Scale(Double.parseDouble(row.get(0)), Pattern.compile("(?i)" + row.get(1))));
            scales.add(row.get(1));
        }
        String cur = "(?<cur>" + String.join("|", before) + ")";
        // Indian grouping too: "1,20,000"
        String num = "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)";
        String scale = "(?:\\s?(?<scale>" + String.join("|", scales) + ")\\b)?";
        // minor units before major words, so "euro cents" is cents, not euros
        String suffix = "(?:\\s?(?<suffix>%|percent\\b|per ?cent\\b|basis points?\\b|bps\\b|bp\\b|(?:(?:fully\\s+)?diluted\\s+|weighted[- ]average\\s+|common\\s+)?shares\\b|"
                + String.join("|", minor) + "|" + String.join("|", after) + "))?";
        String neg = "(?<neg>\\(|-|−|negative\\s|minus\\s)?";
        AMOUNT = Pattern.compile(neg + cur + "?" + num + scale + suffix, Pattern.CASE_INSENSITIVE);
        int negMax = RegexLiterals.maxLength(neg);
        int curMax = RegexLiterals.maxLength(cur);
        MAX_PREFIX = negMax < 0 || curMax < 0 ? -1 : negMax + curMax;
    }

    /** The patterns a sentence's scan must hold for {@link #ranges(String, LocalCurrency, PatternScreen.Found)}. */
    static final List<Pattern> SCREENED = List.of(AMOUNT);
    /** An amount needs a digit: most sentences hold none and skip the pattern. */
    private static final PatternScreen SCREEN = PatternScreen.of(SCREENED);
    private static final Pattern PER_SHARE = Pattern.compile("(?i)^\\s*(?:per|a|/)\\s*(?:diluted\\s+|basic\\s+|fully\\s+diluted\\s+)?share\\b");
    private static final Pattern PER_UNIT = Pattern.compile("(?i)^\\s*(?:per|/)\\s*\\p{L}+");
    private static final Pattern RANGE_TO = Pattern.compile("(?i)^\\s*(?:to|-|–|—|through)\\s*$");
    private static final Pattern RANGE_AND = Pattern.compile("(?i)^\\s*and\\s*$");
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\b" + Cue.RANGE_OPENING.words() + "\\s+(?:" + Cue.APPROXIMATELY.words() + "\\s+)?$");
    private static final Pattern BY_BEFORE = Pattern.compile("(?i)\\bby\\s+(?:" + Cue.APPROXIMATELY.words() + "\\s+)?$");
    private static final Pattern MOVE_BEFORE = Pattern.compile("(?i)\\b(?:" + Cue.RAISED.words() + "|" + Cue.LOWERED.words() + ")\\b[^.;]{0,40}$");
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s+(?:" + Cue.APPROXIMATELY.words() + "\\s+)?$");
    private static final Pattern NEXT_JOIN = Pattern.compile("(?i)^\\s*(?:to|-|–|—)\\s*(?:a\\s+)?(?:new\\s+)?(?:range\\s+of\\s+)?[-$€£(\\d.]");
    private static final Pattern PLUS_MINUS = Pattern.compile("(?i)^\\s*,?\\s*(?:" + Cue.PLUS_MINUS.words() + ")\\s*$");
    /** "73.3% and 73.5%, respectively, plus or minus 50 basis points": one tolerance for both. */
    private static final Pattern RESPECTIVELY_PLUS_MINUS = Pattern.compile(
            "(?i)^\\s*,?\\s*" + Cue.RESPECTIVELY.words() + "\\s*,?\\s*(?:" + Cue.PLUS_MINUS.words() + ")\\s*$");
    private static final Pattern OR_BEFORE = Pattern.compile("(?is).*\\bor\\s+$");
    private static final Pattern AND = Pattern.compile("(?i)^\\s*(?:,|,?\\s*and)\\s*$");
    private static final Pattern BREAKEVEN = Pattern.compile("(?i)^,?\\s*(?:to|and|or)\\s+(?:a\\s+)?(" + Cue.BREAKEVEN.words() + ")\\b");
    private static final Pattern BREAKEVEN_BEFORE = Pattern.compile("(?i)\\b" + Cue.BREAKEVEN.words()
            + "\\s+(?:to|and)\\s+(?:a\\s+(?:loss|profit)\\s+of\\s+)?$");
    private static final Pattern FLOOR = Pattern.compile("(?i)\\b" + Cue.FLOOR.words() + "\\s+(?:" + Cue.APPROXIMATELY.words() + "\\s+)?$");
    private static final Pattern CEILING = Pattern.compile("(?i)\\b" + Cue.CEILING.words() + "\\s+(?:" + Cue.APPROXIMATELY.words() + "\\s+)?$");
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?i)\\b" + Months.WORDS + "\\.?\\s+$");
    private static final Pattern PERIOD_PREFIX = Pattern.compile("(?i)(?:\\bQ[1-4]|\\bFY|\\bH[12]|\\bfiscal(?: year)?|\\bcalendar(?: year)?)\\s*$");
    private static final Pattern YEAR_LIKE = Pattern.compile("^(19|20)\\d{2}$");

    private AmountAnnotator() {
    }

    /**
     * The next amount at or after {@code from}, as {@code m.find()} would find it. Where the screen
     * knows where an amount may start (a sign, a currency, a digit), only there; else no amount
     * starts further before its first digit than the longest sign and currency, so the search starts there.
     */
    private static boolean findFrom(Matcher m, String s, int from, int[] starts) {
        if (starts != null) {
            int k = java.util.Arrays.binarySearch(starts, from);
            for (k = k < 0 ? -k - 1 : k; k < starts.length; k++) {
                m.region(starts[k], s.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
            return false;
        }
        int d = from;
        while (d < s.length() && (s.charAt(d) < '0' || s.charAt(d) > '9')) {
            d++;
        }
        if (d == s.length()) {
            return false;
        }
        m.region(MAX_PREFIX < 0 ? from : Math.max(from, d - 1 - MAX_PREFIX), s.length()); // 1: the point of ".5"
        return m.find();
    }

    /** Every amount in the sentence, with currency and scale spelled out. */
    public static List<Amount> amounts(String text) {
        return amounts(text, LocalCurrency.NONE);
    }

    /** As {@link #amounts(String)}, with the call's own reading of its ambiguous money words ("$", "kroner"). */
    public static List<Amount> amounts(String text, LocalCurrency local) {
        return amounts(text, local, null);
    }

    /** @param screened the text's scan by a screen holding {@link #SCREENED}, or null */
    private static List<Amount> amounts(String text, LocalCurrency local, PatternScreen.Found screened) {
        // "$(0.04)" is written "($0.04)" for the pattern; same length, so positions hold
        List<Amount> out = new ArrayList<>();
        String s = text.replace("$(", "($").replace("€(", "(€").replace("£(", "(£");
        // the literals moved where a sign did: the rewritten text is scanned again
        PatternScreen.Found found = screened != null && s.equals(text) ? screened : SCREEN.found(s);
        if (!found.may(AMOUNT)) {
            return out;
        }
        int[] starts = found.starts(AMOUNT);
        Matcher m = AMOUNT.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        while (findFrom(m, s, from, starts)) {
            from = m.end();
            String num = m.group("num");
            String cur = m.group("cur");
            String scale = m.group("scale");
            String suffix = m.group("suffix");
            int numStart = m.start("num");
            int numEnd = m.end("num");
            String before = s.substring(0, cur != null ? m.start("cur") : numStart);
            if (masked(s, numStart, numEnd) || notAQuantity(s, m, before, cur, scale, suffix, num)) {
                continue;
            }
            double v = Double.parseDouble(num.replace(",", ""));
            v *= multiplier(scale);
            Unit unit = null;
            boolean basisPoints = false;
            boolean minor = false;
            String sfx = suffix == null ? "" : suffix.toLowerCase(Locale.ROOT).strip();
            String curCode = cur == null ? null : local.currencyOf(cur.strip()) != null ? local.currencyOf(cur.strip()) : BEFORE.code(cur.strip());
            String afterCode = local.currencyOf(sfx) != null ? local.currencyOf(sfx) : AFTER.code(sfx);
            String minorCode = MINOR.code(sfx);
            if (sfx.equals("%") || sfx.startsWith("percent") || sfx.startsWith("per")) {
                unit = Unit.PERCENT;
            } else if (sfx.startsWith("basis") || sfx.startsWith("bp")) {
                unit = Unit.PERCENT;
                basisPoints = true;
                v = v / 100;
            } else if (sfx.endsWith("shares")) {
                unit = Unit.SHARES;
            } else if (minorCode != null) {
                unit = Unit.money(curCode != null ? curCode : minorCode);
                minor = true;
                v = v / 100;
            } else if (curCode != null || afterCode != null) {
                unit = Unit.money(curCode != null ? curCode : afterCode);
            }
            int end = m.end();
            Matcher ps = PER_SHARE.matcher(s.substring(end));
            boolean perShare = false;
            if (unit != null && unit.isMoney() && ps.lookingAt()) {
                perShare = true;
                end += ps.end();
            } else if (unit != null && unit.isMoney() && PER_UNIT.matcher(s.substring(end)).lookingAt()) {
                unit = null; // "Rs 8,316 per tonne": a rate per unit sold, no amount of any metric
            }
            int start = m.start();
            String neg = m.group("neg");
            if (neg != null) {
                boolean hyphenJoin = (neg.equals("-")) && m.start() > 0 && !Character.isWhitespace(s.charAt(m.start() - 1))
                        && s.charAt(m.start() - 1) != '(';
                boolean openParen = neg.equals("(") && (s.indexOf(')', m.end()) != m.end());
                // "plus or minus 2%" is a tolerance, not a negative two
                boolean tolerance = neg.toLowerCase(Locale.ROOT).startsWith("minus") && OR_BEFORE.matcher(s.substring(0, m.start())).matches();
                if (hyphenJoin || openParen || tolerance || (neg.equals("-") && s.substring(0, m.start()).matches("(?s).*\\d\\s*$"))) {
                    start = tolerance ? m.start() + neg.length() : cur != null ? m.start("cur") : numStart; // "$1-$2" or "(see $1)": not a sign
                } else {
                    v = -v;
                    if (neg.equals("(")) {
                        end = Math.max(end, m.end() + 1);
                    }
                }
            }
            if (perShare) {
                unit = unit.perShare();
            }
            out.add(new Amount(v, unit, multiplier(scale), start, end, basisPoints, minor));
        }
        return out;
    }

    /** A digit run touching an X is masked ("$1X million", "X5%"). */
    private static boolean masked(String s, int start, int end) {
        boolean xBefore = start > 0 && (s.charAt(start - 1) == 'X' || s.charAt(start - 1) == 'x')
                && (start < 2 || !Character.isLetter(s.charAt(start - 2)));
        boolean xAfter = end < s.length() && (s.charAt(end) == 'X' || s.charAt(end) == 'x')
                && (end + 1 >= s.length() || !Character.isLetter(s.charAt(end + 1)) || s.charAt(end + 1) == 'X');
        return xBefore || xAfter || (end + 1 < s.length() && s.charAt(end) == '.' && s.charAt(end + 1) == 'X');
    }

    /** Years, dates, "Q3", "'24", "8x8", "10-K": digits that are no quantity. */
    private static boolean notAQuantity(String s, Matcher m, String before, String cur, String scale, String suffix,
                                        String num) {
        if (cur != null || suffix != null) {
            return before.endsWith("'") || before.endsWith("’") ? cur == null : false;
        }
        if (scale == null && YEAR_LIKE.matcher(num).matches()) {
            return true; // "2024" is a year
        }
        int numStart = m.start("num");
        if (numStart > 0) {
            char c = s.charAt(numStart - 1);
            if (Character.isLetter(c) || c == '\'' || c == '’' || c == '#' || c == '/') {
                return true; // "Q3", "FY24", "'24", "#1"
            }
        }
        int after = m.end("num");
        if (scale == null && after < s.length() && Character.isLetter(s.charAt(after))) {
            return true; // "8x8", "3rd", "10Ks"
        }
        if (scale == null && after < s.length() - 1 && s.charAt(after) == '-' && Character.isLetter(s.charAt(after + 1))) {
            return true; // "10-K", "7-figure", "3-year"
        }
        return MONTH_BEFORE.matcher(before).find() || PERIOD_PREFIX.matcher(before).find();
    }

    /**
     * Ranges ("$1 to $2 million", "between 11% and 12%", "$0.03 to breakeven"), floors ("over $10
     * million": high null), ceilings ("up to 5%": low null) and single amounts.
     */
    public static List<Range> ranges(String s) {
        return ranges(s, LocalCurrency.NONE);
    }

    /** As {@link #ranges(String)}, with the call's own reading of its ambiguous money words. */
    public static List<Range> ranges(String s, LocalCurrency local) {
        return ranges(s, local, null);
    }

    /** As {@link #ranges(String, LocalCurrency)}, with the sentence's scan by a screen holding {@link #SCREENED} (or null). */
    static List<Range> ranges(String s, LocalCurrency local, PatternScreen.Found screened) {
        List<Amount> a = amounts(s, local, screened);
        List<Range> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Amount x = a.get(i);
            String before = s.substring(Math.max(0, x.start() - 40), x.start());
            boolean rangeBefore = out.stream().anyMatch(r -> r.low() != null && !r.low().equals(r.high()));
            if (i + 1 < a.size() && joins(s, a, i, before, rangeBefore)) {
                Amount y = a.get(i + 1);
                out.add(pair(x, y));
                i++;
                continue;
            }
            if (i + 2 < a.size() && AND.matcher(s.substring(x.end(), a.get(i + 1).start())).matches()
                    && RESPECTIVELY_PLUS_MINUS.matcher(s.substring(a.get(i + 1).end(), a.get(i + 2).start())).matches()) {
                Range first = tolerance(x, a.get(i + 2));
                Range second = tolerance(a.get(i + 1), a.get(i + 2));
                if (first != null && second != null) {
                    out.add(new Range(first.low(), first.high(), first.unit(), x.start(), x.end()));
                    out.add(second);
                    i += 2;
                    continue;
                }
            }
            if (i + 1 < a.size() && PLUS_MINUS.matcher(s.substring(x.end(), a.get(i + 1).start())).matches()) {
                Range tolerance = tolerance(x, a.get(i + 1));
                if (tolerance != null) {
                    out.add(tolerance);
                    i++;
                    continue;
                }
            }
            String after = s.substring(x.end(), Math.min(s.length(), x.end() + 25));
            Matcher be = BREAKEVEN.matcher(after);
            if (be.lookingAt()) {
                out.add(new Range(Math.min(x.value(), 0), Math.max(x.value(), 0), x.unit(), x.start(), x.end() + be.end()));
                continue;
            }
            if (BREAKEVEN_BEFORE.matcher(before).find()) {
                double v = x.value() > 0 && before.toLowerCase(Locale.ROOT).contains("loss") ? -x.value() : x.value();
                out.add(new Range(Math.min(v, 0), Math.max(v, 0), x.unit(), x.start(), x.end()));
                continue;
            }
            if (FLOOR.matcher(before).find()) {
                out.add(new Range(x.value(), null, x.unit(), x.start(), x.end()));
            } else if (CEILING.matcher(before).find()) {
                out.add(new Range(null, x.value(), x.unit(), x.start(), x.end()));
            } else {
                out.add(new Range(x.value(), x.value(), x.unit(), x.start(), x.end()));
            }
        }
        return out;
    }

    /** Whether amount i and i+1 are the two ends of one range. */
    private static boolean joins(String s, List<Amount> a, int i, String before, boolean rangeBefore) {
        Amount x = a.get(i);
        Amount y = a.get(i + 1);
        String gap = s.substring(x.end(), y.start());
        boolean to = RANGE_TO.matcher(gap).matches();
        boolean and = RANGE_AND.matcher(gap).matches() && BETWEEN.matcher(before).find();
        if (!to && !and) {
            return false;
        }
        if (x.unit() != null && x.basisPoints() != y.basisPoints() || !(x.unit() == null || y.unit() == null || x.unit().sameQuantity(y.unit()))) {
            return false; // "up 290 basis points to 72%", "grew 38% to $107.9 million": a change, then a level
        }
        double low = x.scale() == 1 && y.scale() > 1 ? x.value() * y.scale() : x.value();
        boolean stepUp = MOVE_BEFORE.matcher(before).find() && low > 0 && low < Math.abs(y.value()) * 0.1;
        if (to && (BY_BEFORE.matcher(before).find() || stepUp)) {
            return false; // "raising our guide by $2 billion to $69.5 billion", "raising CapEx $0.5 billion to $15 billion"
        }
        if (to && FROM_BEFORE.matcher(before).find() && !rangeBefore) {
            // "from $410 million to $425 million" is a change unless a range came before ("to $1.2bn to $1.25bn
            // from $1.1bn to $1.15bn") or another follows ("to a new range of ...")
            String rest = s.substring(y.end());
            return NEXT_JOIN.matcher(rest).lookingAt();
        }
        return true;
    }

    /**
     * "$54 billion, plus or minus 2%" (a share of the value), "$4.8 billion, plus or minus $200
     * million", "26.5%, plus or minus 100 basis points": the range the tolerance spans.
     */
    private static Range tolerance(Amount x, Amount y) {
        if (x.unit() == null || y.unit() == null) {
            return null;
        }
        double d;
        if (y.unit().isPercent() && !y.basisPoints() && !x.unit().isPercent()) {
            d = Math.abs(x.value()) * y.value() / 100;
        } else if (x.unit().sameQuantity(y.unit())) {
            d = y.value() * (y.scale() == 1 && x.scale() > 1 && !y.cents() ? x.scale() : 1);
        } else {
            return null;
        }
        Unit unit = x.unit().isPerShare() || !y.unit().isPerShare() ? x.unit() : y.unit();
        return new Range(x.value() - Math.abs(d), x.value() + Math.abs(d), unit, x.start(), y.end());
    }

    private static Range pair(Amount x, Amount y) {
        Unit unit = y.unit() != null && (x.unit() == null || y.unit().isPerShare()) ? y.unit() : x.unit();
        double lo = x.value();
        double hi = y.value();
        // "$180 to $186 million": the scale word of one side carries to the bare side
        if (x.scale() == 1 && y.scale() > 1 && !(x.unit() != null && x.unit().isPercent())) {
            lo *= y.scale();
        } else if (y.scale() == 1 && x.scale() > 1) {
            hi *= x.scale();
        }
        // "65 to 85 euro cents", "50 to 75 basis points": the divisor carries too
        if (x.unit() == null && (y.cents() || y.basisPoints())) {
            lo /= 100;
        }
        // "a loss of 0.05 to 0.03" reads with the sign of the written side
        if (y.value() < 0 && x.value() > 0 && !x.cents()) {
            lo = -lo;
        }
        return new Range(Math.min(lo, hi), Math.max(lo, hi), unit, x.start(), y.end());
    }

    static double multiplier(String scale) {
        if (scale == null) {
            return 1;
        }
        for (Scale sc : SCALES) {
            if (sc.pattern().matcher(scale).matches()) {
                return sc.multiplier();
            }
        }
        return 1;
    }
}
