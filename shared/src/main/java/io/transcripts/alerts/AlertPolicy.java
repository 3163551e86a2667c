package io.transcripts.alerts;

import io.transcripts.financials.RangeComparison;
import io.transcripts.model.Alert;
import io.transcripts.model.Guidance;
import io.transcripts.model.Sha256;
import io.transcripts.model.StoredGuidance;
import java.time.Instant;
import java.util.Optional;

/** Which stored guidance items are news, and the alert each one raises. */
public final class AlertPolicy {
    private AlertPolicy() {
    }

    public static Optional<Alert> alertFor(StoredGuidance sg, Instant now) {
        Guidance g = sg.guidance();
        if (g.direction() == null || !g.direction().alerts()) {
            return Optional.empty();
        }
        Double change = null;
        if (g.priorLow() != null || g.priorHigh() != null) {
            double before = RangeComparison.midpoint(g.priorLow(), g.priorHigh());
            if ((g.low() != null || g.high() != null) && before != 0) {
                double after = RangeComparison.midpoint(g.low(), g.high());
                change = Math.round((after - before) / Math.abs(before) * 10000) / 100.0;
            }
        }
        String alertId = sg.documentId() + ":" + g.itemKey();
        return Optional.of(new Alert(alertId, sg.documentId(), sg.company(), sg.ticker(), g.metric(), g.period(),
                g.basis() == null ? null : g.basis().name(), g.direction(), g.low(), g.high(), g.unit(), g.priorLow(),
                g.priorHigh(), g.priorDocumentId(), change, g.evidence() == null ? null : g.evidence().quote(),
                sg.sourceKey(), now.toString()));
    }

    /**
     * What makes two alerts for one item the same news: a re-delivery carries the same fingerprint.
     * SHA-256 of the fields, so no two different changes can share one and suppress an alert.
     */
    public static String fingerprint(Alert a) {
        String fields = String.join("\u001f", String.valueOf(a.direction()), String.valueOf(a.low()), String.valueOf(a.high()),
                String.valueOf(a.unit()), String.valueOf(a.priorLow()), String.valueOf(a.priorHigh()),
                String.valueOf(a.priorDocumentId()));
        return Sha256.hex(fields);
    }
}
