package io.transcripts.language;

import io.transcripts.model.Basis;
import io.transcripts.model.Unit;

/**
 * A metric of the contract as {@code language/metrics.tsv} defines it: the kind of value it takes,
 * whether it is a growth rate (a change that is its level), the family one announcement covers, how its basis is decided, and the metrics a value of another
 * kind names instead (a percentage of gross profit is the gross margin), and whether segments report it
 * under their own names ("Gaming revenue" is gaming_revenue).
 */
public record MetricDefinition(String name, Unit.Kind unit, boolean growthRate, String family, BasisRule basis, String percentAs,
                               String growthAs, String perShareAs, String nonGaapPerShareAs, String nonGaapAs,
                               boolean segments) {
    /** How a metric's basis is decided. */
    public enum BasisRule {
        /** Always non-GAAP (adjusted EBITDA, adjusted EPS). */
        NON_GAAP,
        /** GAAP unless the words say adjusted or non-GAAP (EPS). */
        GAAP,
        /** Only as the words say; none otherwise. */
        WORDS;

        Basis fromWords(Basis said) {
            return switch (this) {
                case NON_GAAP -> Basis.NON_GAAP;
                case GAAP -> said == Basis.NON_GAAP ? Basis.NON_GAAP : Basis.GAAP;
                case WORDS -> said;
            };
        }
    }

    public boolean takesPercent() {
        return unit == Unit.Kind.PERCENT;
    }

    public boolean takesPerShare() {
        return unit == Unit.Kind.PER_SHARE;
    }

    public boolean takesShares() {
        return unit == Unit.Kind.SHARES;
    }
}
