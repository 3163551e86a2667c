package io.transcripts.financials;

import io.transcripts.model.Basis;
import io.transcripts.model.Direction;
import io.transcripts.model.Guidance;
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
    private final Map<String, ReportedMetric> metrics = new LinkedHashMap<>();
    private final Map<String, Guidance> guidance = new LinkedHashMap<>();
    private final Map<String, Guidance> qualitative = new LinkedHashMap<>();
    private final Map<String, Range> reminders = new HashMap<>();

    void metric(ReportedMetric m) {
        String key = m.metric() + "#" + m.period();
        ReportedMetric old = metrics.get(key);
        if (old == null) {
            metrics.put(key, m);
        }
    }

    void reminder(String metric, String period, Range r) {
        reminders.putIfAbsent(metric + "#" + period, r);
    }

    void guidance(Guidance g) {
        Map<String, Guidance> into = g.low() == null && g.high() == null && g.text() != null ? qualitative : guidance;
        String key = null;
        for (Map.Entry<String, Guidance> e : into.entrySet()) {
            Guidance o = e.getValue();
            if (o.metric().equals(g.metric()) && o.period().equals(g.period())
                    && (o.basis() == g.basis() || o.basis() == null || g.basis() == null)) {
                key = e.getKey();
                break;
            }
        }
        if (key == null) {
            into.put(g.metric() + "#" + g.period() + "#" + g.basis(), g);
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
            Range r = reminders.get(g.metric() + "#" + g.period());
            if (r != null && g.direction() == Direction.UNKNOWN && g.priorLow() == null && g.priorHigh() == null) {
                // a range reminded earlier in the call is the prior this one moves from
                g = g.withDirection(FinancialExtractor.compare(g.low(), g.high(), r.low(), r.high()), r.low(), r.high(), null);
            }
            out.add(g);
        }
        return new Financials(new ArrayList<>(metrics.values()), out, new ArrayList<>(qualitative.values()));
    }
}
