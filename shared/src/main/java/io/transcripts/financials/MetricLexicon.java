package io.transcripts.financials;

import io.transcripts.model.Basis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The contract's metric names and the phrases that name them, most specific phrase first. */
public final class MetricLexicon {
    /** A metric named at a position in a sentence. */
    public record Mention(String metric, Basis basis, int start, int end) {
    }

    private record Entry(String metric, Pattern phrase) {
    }

    private static final List<Entry> ENTRIES = List.of(
            e("adjusted_ebitda_margin", "adjusted ebitda margins?|ebitda margins?"),
            e("adjusted_ebitda_per_share", "adjusted ebitda per (?:diluted )?share"),
            e("adjusted_ebitda", "adjusted ebitda|ebitda"),
            e("adjusted_eps", "non-gaap (?:net )?(?:income|earnings|eps)(?: per (?:diluted )?share)?|adjusted (?:eps|earnings per share|net income per share)|non-gaap eps"),
            e("eps", "gaap (?:net )?(?:income|loss|earnings)(?: per (?:diluted )?share)?|gaap eps|(?:net )?(?:loss|income|earnings) per (?:diluted )?share|eps"),
            e("service_revenue", "service revenues?|services revenues?"),
            e("subscription_revenue", "subscription revenues?"),
            e("product_revenue", "product revenues?"),
            e("other_revenue", "other revenues?"),
            e("b2b_revenue", "b2b revenues?|business revenues?"),
            e("consumer_revenue", "consumer revenues?"),
            e("organic_revenue_growth", "organic (?:revenue )?growth"),
            e("revenue_growth", "revenue growth|(?:revenue|sales) (?:growth rate)"),
            e("revenue", "total revenues?|revenues?|net sales|total sales|sales"),
            e("gross_margin", "gross margins?"),
            e("gross_profit", "gross profit"),
            e("operating_margin", "operating margins?"),
            e("operating_income", "operating income|operating profit"),
            e("net_income", "net income|net loss"),
            e("operating_cash_flow", "operating cash flows?|cash flows? from operations|cash from operations|cash flow from operating activities"),
            e("free_cash_flow", "free cash flows?"),
            e("capex", "capital expenditures?|capex|capital spending"),
            e("deferred_revenue", "deferred revenues?"),
            e("arr", "annual recurring revenue|arr"),
            e("rpo", "remaining performance obligations?|rpo"),
            e("cash_interest", "cash interest(?: expense)?"),
            e("interest_expense", "interest expense"),
            e("diluted_shares", "(?:weighted average )?diluted (?:share count|shares(?: outstanding)?)|share count"),
            e("tax_rate", "(?:effective )?tax rate"),
            e("sales_marketing_pct_revenue", "sales and marketing"),
            e("rd_pct_revenue", "r&d|research and development"),
            e("ga_pct_revenue", "g&a|general and administrative"),
            e("restructuring_charges", "restructuring(?: charges?| costs?| expenses?)?"),
            e("legal_expenses", "legal (?:expenses?|costs?|fees)"),
            e("cash", "cash(?:,)? (?:and )?(?:cash equivalents|investments)?|cash balance|cash on (?:the|our) balance sheet"));

    private MetricLexicon() {
    }

    private static Entry e(String metric, String phrase) {
        return new Entry(metric, Pattern.compile("(?i)\\b(?:" + phrase + ")\\b"));
    }

    /** Metric mentions in order of position; overlapping phrases keep the most specific. */
    public static List<Mention> mentions(String sentence) {
        List<Mention> found = new ArrayList<>();
        for (Entry e : ENTRIES) {
            Matcher m = e.phrase.matcher(sentence);
            while (m.find()) {
                int s = m.start();
                int end = m.end();
                if (found.stream().noneMatch(f -> s < f.end() && end > f.start())) {
                    found.add(new Mention(e.metric, basis(sentence, s, e.metric), s, end));
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    private static Basis basis(String sentence, int at, String metric) {
        if (metric.equals("adjusted_eps") || metric.startsWith("adjusted_ebitda")) {
            return Basis.NON_GAAP;
        }
        String before = sentence.substring(Math.max(0, at - 25), at).toLowerCase();
        if (before.contains("non-gaap") || before.contains("adjusted")) {
            return Basis.NON_GAAP;
        }
        if (before.contains("gaap") || metric.equals("eps")) {
            return Basis.GAAP;
        }
        return null;
    }

    /** The unit a metric's value must have, given the unit the text wrote. */
    public static String expectedUnit(String metric, String written, double value) {
        boolean pct = metric.endsWith("_margin") || metric.endsWith("_pct_revenue") || metric.endsWith("_growth")
                || metric.equals("tax_rate");
        if (pct) {
            return "PERCENT".equals(written) ? "PERCENT" : null;
        }
        if ("PERCENT".equals(written)) {
            return null;
        }
        if (metric.equals("diluted_shares")) {
            return written == null || "SHARES".equals(written) ? "SHARES" : null;
        }
        if (written == null || "SHARES".equals(written)) {
            return null;
        }
        if (metric.equals("eps") || metric.equals("adjusted_eps") || metric.equals("adjusted_ebitda_per_share")) {
            return Math.abs(value) < 100 ? written + "_PER_SHARE" : null;
        }
        return written;
    }
}
