package io.transcripts.financials;

import io.transcripts.model.Basis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contract's metric names and the phrases that name them. Phrases compete by longest match, so
 * "sales" inside "sales and marketing" or "revenue" inside "deferred revenue" never names revenue.
 * Blockers are phrases that contain a metric word without naming it ("cash paid for interest",
 * "as a percent of revenue"): they win the competition and name nothing.
 */
public final class MetricLexicon {
    /** A metric named at a position in a sentence; {@code metric} null for a blocker. */
    public record Mention(String metric, Basis basis, int start, int end) {
        public boolean blocker() {
            return metric == null;
        }
    }

    private record Entry(String metric, Pattern phrase) {
    }

    private static final String GAAP_Q = "(?:(?:gaap|non-gaap|adjusted|reported|total|diluted|basic)\\s+)*";
    private static final List<Entry> ENTRIES = List.of(
            e("adjusted_ebitda_margin", "(?:adjusted\\s+|non-gaap\\s+)?ebitda\\s+margins?"),
            e("adjusted_ebitda_per_share", "(?:adjusted\\s+)?ebitda\\s+per\\s+(?:diluted\\s+)?share"),
            e("adjusted_ebitda", "(?:adjusted\\s+|non-gaap\\s+)?ebitda"),
            e("adjusted_eps", "(?:non-gaap|adjusted|pro\\s+forma|core)\\s+(?:diluted\\s+)?(?:net\\s+)?(?:income|earnings|loss|profit)\\s+per\\s+(?:diluted\\s+|basic\\s+)?(?:common\\s+)?share"
                    + "|(?:non-gaap|adjusted|pro\\s+forma|core)\\s+(?:diluted\\s+)?eps|adjusted\\s+(?:diluted\\s+)?earnings"),
            e("eps", "(?:gaap\\s+)?(?:diluted\\s+|basic\\s+)?(?:net\\s+)?(?:income|earnings|loss|profit)\\s+per\\s+(?:diluted\\s+|basic\\s+)?(?:common\\s+)?share"
                    + "|(?:gaap\\s+)?(?:diluted\\s+)?eps|(?:gaap\\s+)?diluted\\s+earnings"),
            e("service_revenue", GAAP_Q + "services?\\s+revenues?"),
            e("subscription_revenue", GAAP_Q + "subscriptions?\\s+revenues?"),
            e("product_revenue", GAAP_Q + "products?\\s+revenues?"),
            e("other_revenue", "other\\s+revenues?"),
            e("b2b_revenue", "b2b\\s+revenues?|business-to-business\\s+revenues?"),
            e("consumer_revenue", "consumer\\s+revenues?"),
            e("organic_revenue_growth", "organic\\s+(?:revenue\\s+|sales\\s+)?growth"),
            e("revenue_growth", "(?:total\\s+)?(?:revenue|top[- ]line|sales)\\s+growth(?:\\s+rate)?"),
            e("deferred_revenue", "deferred\\s+revenues?"),
            e("arr", "annual(?:ized)?\\s+recurring\\s+revenues?|(?:total\\s+)?arr"),
            e("revenue", GAAP_Q + "(?:revenues?|net\\s+sales|sales|top[- ]line|turnover)"),
            e("gross_margin", GAAP_Q + "gross\\s+(?:profit\\s+)?margins?"),
            e("gross_profit", GAAP_Q + "gross\\s+profit(?:\\s+dollars)?"),
            e("operating_margin", GAAP_Q + "operating\\s+(?:profit\\s+|income\\s+)?margins?"),
            e("operating_income", GAAP_Q + "(?:operating\\s+(?:income|profit|loss)|income\\s+from\\s+operations)"),
            e("net_income", GAAP_Q + "net\\s+(?:income|loss|earnings|profit)"),
            e("operating_cash_flow", "operating\\s+cash\\s+flows?|cash\\s+flows?\\s+from\\s+operati(?:ons|ng\\s+activities)"
                    + "|cash\\s+(?:generated\\s+|provided\\s+)?(?:from|by)\\s+operati(?:ons|ng\\s+activities)"),
            e("free_cash_flow", "(?:adjusted\\s+)?free\\s+cash\\s+flows?"),
            e("capex", "capital\\s+expenditures?|capex|capital\\s+spending|purchases\\s+of\\s+property\\s+and\\s+equipment"),
            e("rpo", "(?:remaining\\s+performance\\s+obligations?|rpo)"),
            e("cash_interest", "cash\\s+interest(?:\\s+expenses?|\\s+payments?|\\s+paid)?"),
            e("interest_expense", "(?:debt\\s+|net\\s+)?interest\\s+expenses?"),
            e("diluted_shares", "(?:weighted[- ]average\\s+|average\\s+)?(?:fully\\s+)?diluted\\s+(?:share\\s+count|shares?(?:\\s+outstanding|\\s+count)?)|share\\s+count"),
            e("tax_rate", "(?:effective\\s+|non-gaap\\s+|gaap\\s+)?(?:income\\s+)?tax\\s+rate"),
            e("sales_marketing_pct_revenue", "sales\\s+and\\s+marketing(?:\\s+expenses?)?|s&m(?:\\s+expenses?)?"),
            e("rd_pct_revenue", "r&d(?:\\s+expenses?)?|research\\s+and\\s+development(?:\\s+expenses?)?"),
            e("ga_pct_revenue", "g&a(?:\\s+expenses?)?|general\\s+and\\s+administrative(?:\\s+expenses?)?"),
            e("opex", GAAP_Q + "operating\\s+expenses|opex"),
            e("restructuring_charges", "restructuring(?:\\s+and\\s+severance)?(?:\\s+(?:charges?|costs?|expenses?))?"),
            e("legal_expenses", "(?:legal|litigation)\\s+(?:expenses?|costs?|fees|charges)"),
            e("fx_impact", "(?:foreign\\s+(?:currency|exchange)|fx|currency)(?:\\s+(?:translation|exchange))?\\s+(?:impact|headwind|tailwind|effect)"),
            e("cash", "cash,?\\s+(?:and\\s+)?cash\\s+equivalents(?:,?\\s+(?:and\\s+)?(?:restricted\\s+cash|(?:short-term\\s+|marketable\\s+)?(?:investments|securities)))*"
                    + "|cash(?:,\\s+restricted\\s+cash)?,?\\s+and\\s+(?:short-term\\s+)?investments|cash\\s+on\\s+hand|cash\\s+balance|cash\\s+position"
                    + "|cash\\s+on\\s+(?:the|our)\\s+balance\\s+sheet|cash"),
            // blockers: a metric word that names no metric here
            e(null, "cash\\s+(?:flows?|interest|paid|payments?|from|generated|taxes|compensation|collections?|burn|conversion|usage|returns?|"
                    + "used|outflows?|inflows?|payroll|basis|costs?)|restricted\\s+cash|free\\s+cash|non-cash|cash-based"),
            e(null, "(?:as\\s+a\\s+|a\\s+)?(?:percent(?:age)?|%)\\s+of\\s+(?:total\\s+)?(?:revenues?|sales)"),
            e(null, "sales\\s+(?:cycles?|force|team|teams|headcount|people|reps?|capacity|motions?|organizations?|leaders?|leadership|"
                    + "execution|pipeline|productivity|hires|use\\s+cases?|and\\s+distribution)|(?:inside|field)\\s+sales"),
            e(null, "revenue\\s+(?:retention|per\\s+\\w+|synergies|opportunit\\w+|streams?|recognition|mix|upside|visibility)"
                    + "|(?:average|recurring|upside)\\s+revenues?|(?:net|dollar)\\s+(?:revenue\\s+)?retention"),
            e(null, "interest\\s+rates?|share\\s+(?:repurchases?|buybacks?|price)|tax\\s+(?:benefit|credits?)"));

    private MetricLexicon() {
    }

    private static Entry e(String metric, String phrase) {
        return new Entry(metric, Pattern.compile("(?i)\\b(?:" + phrase + ")\\b"));
    }

    /** Metric mentions (and blockers) in order of position; the longest phrase wins an overlap. */
    public static List<Mention> mentions(String sentence) {
        List<Mention> all = new ArrayList<>();
        for (Entry e : ENTRIES) {
            Matcher m = e.phrase.matcher(sentence);
            while (m.find()) {
                all.add(new Mention(e.metric, null, m.start(), m.end()));
            }
        }
        all.sort(Comparator.comparingInt((Mention x) -> -(x.end() - x.start())).thenComparingInt(Mention::start));
        List<Mention> chosen = new ArrayList<>();
        for (Mention c : all) {
            if (chosen.stream().noneMatch(x -> c.start() < x.end() && c.end() > x.start())) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Mention::start));
        List<Mention> out = new ArrayList<>();
        for (Mention c : chosen) {
            out.add(c.metric() == null ? c : new Mention(c.metric(), basis(sentence, c.start(), c.end(), c.metric()), c.start(), c.end()));
        }
        return out;
    }

    private static Basis basis(String sentence, int start, int end, String metric) {
        if (metric.equals("adjusted_eps") || metric.startsWith("adjusted_ebitda")) {
            return Basis.NON_GAAP;
        }
        String phrase = sentence.substring(start, end).toLowerCase(Locale.ROOT);
        String before = sentence.substring(Math.max(0, start - 20), start).toLowerCase(Locale.ROOT);
        if (phrase.contains("non-gaap") || phrase.contains("adjusted") || before.matches("(?s).*\\b(non-gaap|adjusted)\\s+$")) {
            return Basis.NON_GAAP;
        }
        if (metric.equals("eps") || phrase.contains("gaap") || before.matches("(?s).*\\bgaap\\s+$")) {
            return Basis.GAAP;
        }
        return null;
    }

    /** Whether the metric's values are percentages. */
    public static boolean isPercent(String metric) {
        return metric.endsWith("_margin") || metric.endsWith("_pct_revenue") || metric.endsWith("_growth") || metric.equals("tax_rate");
    }

    public static boolean isPerShare(String metric) {
        return metric.equals("eps") || metric.equals("adjusted_eps") || metric.equals("adjusted_ebitda_per_share");
    }

    /**
     * The metric and unit a value states for a mention, or null when the value cannot be about it:
     * a percentage of a money metric names its margin ("gross profit ... 73%"), a per-share amount
     * its per-share form ("adjusted EBITDA ... or $0.12 per share"); {@code growth} says the words
     * after the value speak of growth ("or 22% to 24% year-over-year").
     */
    public static Typed type(String metric, Basis basis, String unit, Range r, boolean growth) {
        if (unit == null) {
            return null;
        }
        boolean pct = unit.equals("PERCENT");
        boolean perShare = unit.endsWith("_PER_SHARE");
        if (isPercent(metric)) {
            return pct ? new Typed(metric, "PERCENT") : null;
        }
        if (pct) {
            String m = switch (metric) {
                case "gross_profit" -> "gross_margin";
                case "operating_income" -> "operating_margin";
                case "adjusted_ebitda" -> growth ? null : "adjusted_ebitda_margin";
                case "revenue" -> growth ? "revenue_growth" : null;
                default -> null;
            };
            return m == null ? null : new Typed(m, "PERCENT");
        }
        if (metric.equals("diluted_shares")) {
            return unit.equals("SHARES") ? new Typed(metric, "SHARES") : null;
        }
        if (unit.equals("SHARES")) {
            return null;
        }
        if (isPerShare(metric)) {
            if (perShare) {
                return new Typed(metric, unit);
            }
            double mag = Math.max(Math.abs(r.low() == null ? 0 : r.low()), Math.abs(r.high() == null ? 0 : r.high()));
            return mag < 100 ? new Typed(metric, unit + "_PER_SHARE") : null;
        }
        if (perShare) {
            String m = switch (metric) {
                case "net_income" -> basis == Basis.NON_GAAP ? "adjusted_eps" : "eps";
                case "adjusted_ebitda" -> "adjusted_ebitda_per_share";
                default -> null;
            };
            return m == null ? null : new Typed(m, unit);
        }
        return new Typed(metric, unit);
    }

    /** A metric with the unit of its value. */
    public record Typed(String metric, String unit) {
    }
}
