package io.transcripts.financials;

import io.transcripts.model.StoredGuidance;
import java.util.List;

/**
 * What guidance reading needs from storage, owned by the domain: a company's history for a metric,
 * and rewriting one stored item. The DynamoDB adapter implements it; tests use a list in memory.
 */
public interface GuidanceStore {
    /** Every guidance item ever stored for a company and metric, from any call. */
    List<StoredGuidance> guidanceHistory(String companyKey, String metric);

    /** Replaces one stored item (its direction and prior). */
    void updateGuidance(StoredGuidance item);
}
