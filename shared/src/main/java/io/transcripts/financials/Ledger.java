package io.transcripts.financials;

import io.transcripts.language.Range;
import io.transcripts.model.Basis;
import io.transcripts.model.Direction;
import io.transcripts.model.FiscalPeriod;
import io.transcripts.model.Guidance;
import io.transcripts.model.ItemKey;
import io.transcripts.model.ReportedMetric;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one call's items: one per metric, period and basis. The first statement of an item
 * wins (prepared remarks come before Q&A); a restatement only adds what the first lacked (a
 * direction, a prior range, an explicit basis). Ranges quoted as reminders are kept as priors.
 */
final class Ledger {
    /** A reported figure's identity: one per metric, period, basis and unit ("free cash flow GBP340 million" beside "Rs. 7,900 crores"). */
    private record MetricKey(ItemKey item, io.transcripts.model.Unit unit) {
    }

    private final Map<MetricKey, ReportedMetric> metrics = new LinkedHashMap<>();
    private final Map<ItemKey, Guidance> guidance = new LinkedHashMap<>();
    private final Map<ItemKey, Guidance> qualitative = new LinkedHashMap<>();
    private final Map<ItemKey, Range> reminders = new HashMap<>();

    void metric(ReportedMetric m) {
        // "GAAP gross margin was 72.4% and non-GAAP 72.7%": two; a group's figure in rupees and its subsidiary's in pounds: two
        metrics.putIfAbsent(new MetricKey(new ItemKey(m.metric(), m.period(), m.basis()), m.unit()), m);
    }

    void reminder(String metric, FiscalPeriod period, Range r) {
        reminders.putIfAbsent(new ItemKey(metric, period, null), r);
    }

    void guidance(Guidance g) {
        Map<ItemKey, Guidance> into = g.low() == null && g.high() == null && g.text() != null ? qualitative : guidance;
        ItemKey key = null;
        for (Map.Entry<ItemKey, Guidance> e : into.entrySet()) {
            Guidance o = e.getValue();
            if (o.metric().equals(g.metric()) && o.period().equals(g.period())
                    && (o.basis() == g.basis() || o.basis() == null || g.basis() == null)) {
                key = e.getKey();
                break;
            }
        }
        if (key == null) {
            into.put(new ItemKey(g.metric(), g.period(), g.basis()), g);
            return;
        }
        Guidance o = into.get(key);
        Basis basis = o.basis() != null ? o.basis() : g.basis();
        Direction d = o.direction();
        Double pl = o.priorLow();
        Double ph = o.priorHigh();
        boolean same = eq(o.low(), g.low()) && eq(o.high(), g.high());
        if (same && d == Direction.UNKNOWN && g.direction() != Direction.UNKNOWN) {
            d = g.direction();
        }
        if (same && pl == null && ph == null && (g.priorLow() != null || g.priorHigh() != null)) {
            pl = g.priorLow();
            ph = g.priorHigh();
        }
        into.put(key, new Guidance(o.metric(), o.period(), o.low(), o.high(), o.unit(), basis, d, pl, ph,
                o.priorDocumentId(), o.text(), o.evidence()));
    }

    private static boolean eq(Double a, Double b) {
        return a == null ? b == null : b != null && Math.abs(a - b) <= Math.abs(b) * 1e-9;
    }

    Financials financials() {
        List<Guidance> out = new ArrayList<>();
        for (Guidance g : guidance.values()) {
            Range r = reminders.get(new ItemKey(g.metric(), g.period(), null));
            if (r != null && g.direction() == Direction.UNKNOWN && g.priorLow() == null && g.priorHigh() == null) {
                // a range reminded earlier in the call is the prior this one moves from
                g = g.withDirection(RangeComparison.compare(g.low(), g.high(), r.low(), r.high()), r.low(), r.high(), null);
            }
            out.add(g);
        }
        return new Financials(new ArrayList<>(metrics.values()), out, new ArrayList<>(qualitative.values()));
    }
}
