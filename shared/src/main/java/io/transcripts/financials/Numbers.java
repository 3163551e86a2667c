package io.transcripts.financials;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads money, per-share amounts and percentages, and ranges of them, from a sentence. Masked
 * digits ($XX, X.X%) never match: the pattern requires real digits.
 */
public final class Numbers {
    private static final String CUR = "(?<cur>\\$|€|£|US\\$|(?:USD|EUR|GBP|CAD|AUD|JPY|CHF)\\s?)";
    private static final String NUM = "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)";
    private static final String SCALE = "(?:\\s?(?<scale>trillion|billion|million|thousand|bn|mm|mn|k|m|b|tn)\\b)?";
    private static final String SUFFIX = "(?:\\s?(?<suffix>%|percent\\b|per ?cent\\b|basis points\\b|bps\\b|"
            + "(?:euro |us )?cents?\\b|pence\\b|shares\\b|euros?\\b|dollars\\b|pounds\\b))?";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<neg>\\(|-|−|negative\\s|minus\\s)?" + CUR + "?" + NUM + SCALE + SUFFIX, Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE_JOIN = Pattern.compile("^\\s*(?:to|-|–|—|and|through)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BREAKEVEN = Pattern.compile("(?i)\\s*(?:to|and)\\s+(breakeven|break-even|zero)\\b");
    private static final Pattern YEAR_LIKE = Pattern.compile("^(19|20)\\d{2}$");

    private Numbers() {
    }

    /** Every amount in the sentence, with currency and scale spelled out or carried from a range partner. */
    public static List<Amount> amounts(String s) {
        List<Amount> out = new ArrayList<>();
        Matcher m = AMOUNT.matcher(s);
        while (m.find()) {
            String num = m.group("num");
            String cur = m.group("cur");
            String scale = m.group("scale");
            String suffix = m.group("suffix");
            if (cur == null && scale == null && suffix == null && YEAR_LIKE.matcher(num).matches()) {
                continue; // "2024" is a year
            }
            if (m.start() > 0 && Character.isLetter(s.charAt(m.start() - 1)) && cur == null) {
                continue; // "Q3", "8x8"
            }
            double v = Double.parseDouble(num.replace(",", ""));
            v *= multiplier(scale);
            String unit = null;
            String sfx = suffix == null ? "" : suffix.toLowerCase(Locale.ROOT).strip();
            if (sfx.equals("%") || sfx.startsWith("percent") || sfx.startsWith("per")) {
                unit = "PERCENT";
            } else if (sfx.startsWith("basis") || sfx.equals("bps")) {
                unit = "PERCENT";
                v = v / 100;
            } else if (sfx.contains("cent") || sfx.equals("pence")) {
                unit = currency(cur, sfx);
                v = v / 100;
            } else if (sfx.equals("shares")) {
                unit = "SHARES";
            } else if (cur != null || sfx.startsWith("euro") || sfx.startsWith("dollar") || sfx.startsWith("pound")) {
                unit = currency(cur, sfx);
            }
            String neg = m.group("neg");
            if (neg != null && !(neg.equals("-") && m.start() > 0 && Character.isLetterOrDigit(s.charAt(m.start() - 1)))) {
                if (!neg.equals("(") || s.indexOf(')', m.end()) == m.end()) {
                    v = -v;
                }
            }
            out.add(new Amount(v, unit, multiplier(scale), m.start(), m.end()));
        }
        return out;
    }

    /** Ranges ("$1 to $2 million", "between 11% and 12%", "$0.03 to breakeven") and lone amounts. */
    public static List<Range> ranges(String s) {
        List<Amount> a = amounts(s);
        List<Range> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Amount x = a.get(i);
            if (i + 1 < a.size() && RANGE_JOIN.matcher(s.substring(x.end(), a.get(i + 1).start())).matches()) {
                Amount y = a.get(i + 1);
                String unit = x.unit() != null ? x.unit() : y.unit();
                double lo = x.value();
                double hi = y.value();
                // "$180 to $186 million": the scale word of one side carries to the bare side
                if (x.scale() == 1 && y.scale() > 1) {
                    lo *= y.scale();
                } else if (y.scale() == 1 && x.scale() > 1) {
                    hi *= x.scale();
                }
                if ("PERCENT".equals(y.unit()) && x.unit() == null) {
                    unit = "PERCENT";
                }
                out.add(new Range(Math.min(lo, hi), Math.max(lo, hi), unit, x.start(), y.end()));
                i++;
                continue;
            }
            Matcher be = BREAKEVEN.matcher(s.substring(x.end(), Math.min(s.length(), x.end() + 20)));
            if (be.lookingAt()) {
                out.add(new Range(Math.min(x.value(), 0), Math.max(x.value(), 0), x.unit(), x.start(), x.end() + be.end()));
                continue;
            }
            out.add(new Range(x.value(), x.value(), x.unit(), x.start(), x.end()));
        }
        return out;
    }

    private static double multiplier(String scale) {
        if (scale == null) {
            return 1;
        }
        return switch (scale.toLowerCase(Locale.ROOT)) {
            case "trillion", "tn" -> 1e12;
            case "billion", "bn", "b" -> 1e9;
            case "million", "mm", "mn", "m" -> 1e6;
            case "thousand", "k" -> 1e3;
            default -> 1;
        };
    }

    private static String currency(String cur, String suffix) {
        String c = cur == null ? "" : cur.strip().toUpperCase(Locale.ROOT);
        if (c.equals("€") || c.equals("EUR") || suffix.startsWith("euro")) {
            return "EUR";
        }
        if (c.equals("£") || c.equals("GBP") || suffix.startsWith("pound") || suffix.equals("pence")) {
            return "GBP";
        }
        if (c.matches("CAD|AUD|JPY|CHF")) {
            return c;
        }
        return "USD";
    }
}
