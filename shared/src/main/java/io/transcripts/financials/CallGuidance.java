package io.transcripts.financials;

import io.transcripts.model.Guidance;
import io.transcripts.model.StoredGuidance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One call's guidance against the company's stored history: each item's direction and prior
 * ({@link #resolve}), and, once the call is stored, the later calls whose items had no history
 * and now take this call as their prior ({@link #repairLaterCalls}), because history goes by call
 * date, not upload order. One history read per metric serves both steps.
 */
public final class CallGuidance {
    private final GuidanceStore store;
    private final String companyKey;
    private final String callDate;
    private final String documentId;
    private final Map<String, List<StoredGuidance>> histories = new HashMap<>();

    public CallGuidance(GuidanceStore store, String companyKey, String callDate, String documentId) {
        this.store = store;
        this.companyKey = companyKey;
        this.callDate = callDate;
        this.documentId = documentId;
    }

    private List<StoredGuidance> history(String metric) {
        return companyKey == null ? List.of() : histories.computeIfAbsent(metric, m -> store.guidanceHistory(companyKey, m));
    }

    public List<Guidance> resolve(List<Guidance> extracted) {
        List<Guidance> resolved = new ArrayList<>();
        for (Guidance g : extracted) {
            Optional<StoredGuidance> prior = GuidanceHistory.prior(history(g.metric()), g, callDate, documentId);
            resolved.add(GuidanceHistory.resolve(g, prior.map(StoredGuidance::guidance).orElse(null),
                    prior.map(StoredGuidance::documentId).orElse(null)));
        }
        return resolved;
    }

    /** Rewrites each later call's item that had no history to compare with; returns how many. */
    public int repairLaterCalls(List<Guidance> resolved) {
        int repaired = 0;
        for (Guidance g : resolved) {
            Optional<StoredGuidance> updated = GuidanceHistory.next(history(g.metric()), g, callDate, documentId)
                    .flatMap(later -> GuidanceHistory.withLateArrivingPrior(later.guidance(), g, documentId)
                            .map(u -> new StoredGuidance(later.documentId(), later.companyKey(), later.company(),
                                    later.ticker(), later.callDate(), later.sourceKey(), u)));
            if (updated.isPresent()) {
                store.updateGuidance(updated.get());
                repaired++;
            }
        }
        return repaired;
    }
}
