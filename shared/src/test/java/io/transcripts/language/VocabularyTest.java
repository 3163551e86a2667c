package io.transcripts.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/** The vocabularies hold together: every entry is named, reachable and has an example line. */
class VocabularyTest {
    @Test
    void everyMetricHasAPhraseAndAnExample() {
        Set<String> phrased = new HashSet<>();
        Vocabulary.rows("metric-phrases").forEach(r -> phrased.add(r.get(0)));
        Set<String> exampled = new HashSet<>();
        for (Arguments a : Examples.of("metrics", 2)) {
            for (String m : ((String) a.get()[2]).split("\\s*\\|\\s*")) {
                exampled.add(m.split(":")[0].strip());
            }
        }
        Set<String> missing = new TreeSet<>();
        for (MetricDefinition d : Metrics.all()) {
            if (!phrased.contains(d.name()) || !exampled.contains(d.name())) {
                missing.add(d.name());
            }
        }
        assertEquals(Set.of(), missing, "metrics without a phrase in metric-phrases.tsv or a line in examples/metrics.tsv");
    }

    @Test
    void everyContractMetricIsDefined() {
        for (String m : List.of("revenue", "service_revenue", "product_revenue", "subscription_revenue", "other_revenue",
                "b2b_revenue", "consumer_revenue", "revenue_growth", "organic_revenue_growth", "gross_margin", "gross_profit",
                "operating_income", "operating_margin", "adjusted_ebitda", "adjusted_ebitda_margin", "adjusted_ebitda_per_share",
                "net_income", "eps", "adjusted_eps", "operating_cash_flow", "free_cash_flow", "capex", "cash", "deferred_revenue",
                "arr", "rpo", "interest_expense", "cash_interest", "diluted_shares", "tax_rate", "opex",
                "sales_marketing_pct_revenue", "rd_pct_revenue", "ga_pct_revenue", "restructuring_charges", "legal_expenses",
                "fx_impact")) {
            assertTrue(Metrics.exists(m), m);
        }
    }

    @Test
    void everyCurrencyHasAnExample() {
        Set<String> codes = new TreeSet<>();
        Vocabulary.rows("currencies").forEach(r -> codes.add(r.get(0)));
        Set<String> exampled = new HashSet<>();
        for (Arguments a : Examples.of("amounts", 2)) {
            for (String r : ((String) a.get()[2]).split("\\s*\\|\\s*")) {
                String[] w = r.strip().split("\\s+");
                if (w.length > 1) {
                    exampled.add(w[1].replace("_PER_SHARE", ""));
                }
            }
        }
        codes.removeAll(exampled);
        assertEquals(Set.of(), codes, "currencies without a line in examples/amounts.tsv");
    }

    @Test
    void typingFollowsTheDefinitions() {
        Range point = new Range(73.0, 73.0, io.transcripts.model.Unit.PERCENT, 0, 1);
        assertEquals("gross_margin", Metrics.type("gross_profit", null, point.unit(), point, false).metric());
        assertEquals("revenue_growth", Metrics.type("revenue", null, point.unit(), point, true).metric());
        assertEquals(null, Metrics.type("revenue", null, point.unit(), point, false));
        Range perShare = new Range(0.12, 0.12, io.transcripts.model.Unit.perShare("USD"), 0, 1);
        assertEquals("adjusted_eps", Metrics.type("net_income", io.transcripts.model.Basis.NON_GAAP, perShare.unit(), perShare, false).metric());
        assertEquals("eps", Metrics.type("net_income", null, perShare.unit(), perShare, false).metric());
        Range dollars = new Range(1.2, 1.2, io.transcripts.model.Unit.money("USD"), 0, 1);
        assertEquals("USD_PER_SHARE", Metrics.type("eps", null, dollars.unit(), dollars, false).unit().toString());
        assertThrows(IllegalArgumentException.class, () -> Metrics.get("no_such_metric"));
    }

    @Test
    void monthsAndOrdinals() {
        assertEquals(9, Months.number("Sept."));
        assertEquals(6, Months.number("June"));
        assertEquals(-1, Months.number("Jume"));
        assertEquals(3, Ordinals.number("3rd"));
        assertEquals(4, Ordinals.number("Fourth"));
    }
}
