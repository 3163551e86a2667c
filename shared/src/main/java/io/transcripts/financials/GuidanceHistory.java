package io.transcripts.financials;

import io.transcripts.model.Direction;
import io.transcripts.model.Guidance;
import io.transcripts.model.StoredGuidance;
import io.transcripts.model.Unit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Completes a guidance item with what was stored from earlier calls. The call's own words win
 * (a stated prior range, "raising", "reiterate"); where they are silent the direction compares
 * with the latest guidance for the same company, metric and period from an earlier call, and an
 * item with no history is INITIATED.
 */
public final class GuidanceHistory {
    /** How a call without a date sorts: before every dated one. */
    public static final String NO_DATE = "0000-00-00";

    private GuidanceHistory() {
    }

    /**
     * The latest item for the same metric, period and basis from a call dated before
     * {@code callDate} in a company's history; an undated call counts as the earliest.
     */
    public static Optional<StoredGuidance> prior(List<StoredGuidance> history, Guidance g, String callDate, String documentId) {
        String before = callDate == null ? NO_DATE + "~" : callDate;
        return sameItem(history, g, documentId).filter(h -> dateOf(h).compareTo(before) < 0)
                .max(Comparator.comparing(GuidanceHistory::dateOf));
    }

    /**
     * The earliest item for the same metric, period and basis from a call dated after
     * {@code callDate}: the one whose prior a late-arriving earlier call may change.
     */
    public static Optional<StoredGuidance> next(List<StoredGuidance> history, Guidance g, String callDate, String documentId) {
        if (callDate == null) {
            return Optional.empty();
        }
        return sameItem(history, g, documentId).filter(h -> h.callDate() != null && h.callDate().compareTo(callDate) > 0)
                .min(Comparator.comparing(StoredGuidance::callDate));
    }

    private static Stream<StoredGuidance> sameItem(List<StoredGuidance> history, Guidance g, String documentId) {
        return history.stream().filter(h -> !h.documentId().equals(documentId))
                .filter(h -> h.guidance().period().equals(g.period()) && h.guidance().basis() == g.basis());
    }

    private static String dateOf(StoredGuidance h) {
        return h.callDate() == null ? NO_DATE : h.callDate();
    }

    /**
     * A later call's item that was INITIATED for want of history, compared now with an earlier
     * call that arrived after it; empty when the item had a prior or words of its own.
     */
    public static Optional<Guidance> withLateArrivingPrior(Guidance later, Guidance earlier, String earlierDocumentId) {
        boolean hadNoHistory = later.direction() == Direction.INITIATED && later.priorLow() == null
                && later.priorHigh() == null && later.priorDocumentId() == null;
        if (!hadNoHistory || later.text() != null && later.low() == null && later.high() == null) {
            return Optional.empty();
        }
        return Optional.of(later.withDirection(
                RangeComparison.compare(later.low(), later.high(), earlier.low(), earlier.high()),
                earlier.low(), earlier.high(), earlierDocumentId));
    }

    /**
     * @param prior the latest earlier item for the same company, metric, period and basis, or null
     * @param priorDocumentId the document that item came from, or null
     */
    public static Guidance resolve(Guidance g, Guidance prior, String priorDocumentId) {
        Unit unit = g.unit() != null ? g.unit() : prior == null ? null : prior.unit(); // a withdrawal names no unit
        Guidance item = new Guidance(g.metric(), g.period(), g.low(), g.high(), unit, g.basis(), g.direction(),
                g.priorLow(), g.priorHigh(), g.priorDocumentId(), g.text(), g.evidence());
        boolean stated = g.priorLow() != null || g.priorHigh() != null;
        if (stated) {
            return item.withDirection(g.direction() == Direction.UNKNOWN
                    ? RangeComparison.compare(g.low(), g.high(), g.priorLow(), g.priorHigh()) : g.direction(),
                    g.priorLow(), g.priorHigh(), prior == null ? null : priorDocumentId);
        }
        if (prior == null) {
            Direction d = g.direction() == Direction.UNKNOWN ? Direction.INITIATED : g.direction();
            return item.withDirection(d, null, null, null);
        }
        Direction d = g.direction();
        if (d == Direction.UNKNOWN || d == Direction.INITIATED) {
            d = g.text() != null && g.low() == null && g.high() == null
                    ? (prior.low() == null && prior.high() == null ? Direction.REITERATED : Direction.UNKNOWN)
                    : RangeComparison.compare(g.low(), g.high(), prior.low(), prior.high());
        }
        return item.withDirection(d, prior.low(), prior.high(), priorDocumentId);
    }
}
