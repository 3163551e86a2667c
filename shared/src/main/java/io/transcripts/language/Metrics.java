package io.transcripts.language;

import io.transcripts.model.Basis;
import io.transcripts.model.Unit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The metric definitions of {@code language/metrics.tsv}, and the one rule that types a value for
 * a metric mention: the metric and unit the value states, or none when it cannot be about it.
 */
public final class Metrics {
    private static final Map<String, MetricDefinition> DEFINITIONS = load();

    private Metrics() {
    }

    public static MetricDefinition get(String name) {
        MetricDefinition d = DEFINITIONS.get(name);
        if (d == null) {
            throw new IllegalArgumentException("no metric " + name + " in language/metrics.tsv");
        }
        return d;
    }

    public static boolean exists(String name) {
        return DEFINITIONS.containsKey(name);
    }

    public static Collection<MetricDefinition> all() {
        return DEFINITIONS.values();
    }

    /** A metric with the unit of its value. */
    public record Typed(String metric, Unit unit) {
    }

    /**
     * The metric and unit a value states for a mention of {@code metric}, or null when the value
     * cannot be about it: a percentage of a money metric names its margin ("gross profit ... 73%"),
     * a per-share amount its per-share form ("adjusted EBITDA ... or $0.12 per share"); {@code
     * growth} says the words around the value speak of growth ("or 22% to 24% year-over-year").
     */
    public static Typed type(String metric, Basis basis, Unit unit, Range r, boolean growth) {
        if (unit == null) {
            return null;
        }
        MetricDefinition d = get(metric);
        if (d.takesPercent()) {
            return unit.isPercent() ? new Typed(metric, Unit.PERCENT) : null;
        }
        if (unit.isPercent()) {
            String m = growth ? d.growthAs() : d.percentAs();
            return m == null ? null : new Typed(m, Unit.PERCENT);
        }
        if (d.takesShares()) {
            return unit.equals(Unit.SHARES) ? new Typed(metric, Unit.SHARES) : null;
        }
        if (unit.equals(Unit.SHARES) || unit.equals(Unit.COUNT)) {
            return null;
        }
        if (d.takesPerShare()) {
            if (unit.isPerShare()) {
                return new Typed(metric, unit);
            }
            return r.magnitude() < 100 ? new Typed(metric, unit.perShare()) : null; // "EPS of $1.20": per share by its size
        }
        if (unit.isPerShare()) {
            String m = basis == Basis.NON_GAAP && d.nonGaapPerShareAs() != null ? d.nonGaapPerShareAs() : d.perShareAs();
            return m == null ? null : new Typed(m, unit);
        }
        return new Typed(metric, unit);
    }

    private static Map<String, MetricDefinition> load() {
        Map<String, MetricDefinition> out = new LinkedHashMap<>();
        for (List<String> row : Vocabulary.rows("metrics")) {
            if (row.size() != 9) {
                throw new IllegalStateException("language/metrics.tsv: 9 columns per metric: " + row);
            }
            String[] perShare = row.get(6).split("/");
            out.put(row.get(0), new MetricDefinition(row.get(0), unitKind(row.get(1)), row.get(1).equals("growth"), row.get(2),
                    MetricDefinition.BasisRule.valueOf(row.get(3).toUpperCase(Locale.ROOT)), none(row.get(4)), none(row.get(5)),
                    none(perShare[0]), perShare.length > 1 ? none(perShare[1]) : null, none(row.get(7)),
                    row.get(8).equals("yes")));
        }
        for (MetricDefinition d : out.values()) {
            for (String other : new String[] {d.percentAs(), d.growthAs(), d.perShareAs(), d.nonGaapPerShareAs(), d.nonGaapAs()}) {
                if (other != null && !out.containsKey(other)) {
                    throw new IllegalStateException("language/metrics.tsv: " + d.name() + " names undefined metric " + other);
                }
            }
        }
        return out;
    }

    private static Unit.Kind unitKind(String s) {
        return switch (s) {
            case "money" -> Unit.Kind.CURRENCY;
            case "per_share" -> Unit.Kind.PER_SHARE;
            case "percent", "growth" -> Unit.Kind.PERCENT;
            case "shares" -> Unit.Kind.SHARES;
            case "count" -> Unit.Kind.COUNT;
            default -> throw new IllegalStateException("language/metrics.tsv: unknown unit kind " + s);
        };
    }

    private static String none(String s) {
        return s == null || s.equals("-") || s.isBlank() ? null : s;
    }
}
