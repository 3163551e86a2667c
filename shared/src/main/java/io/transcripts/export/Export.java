package io.transcripts.export;

import io.transcripts.model.Alert;
import io.transcripts.model.CallInfo;
import io.transcripts.model.Exchange;
import io.transcripts.model.Guidance;
import io.transcripts.model.LayoutInfo;
import io.transcripts.model.Participant;
import io.transcripts.model.ReportedMetric;
import io.transcripts.model.Turn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assembles the contract's export (../shared/CONTRACT.md, schemaVersion 1) from stored items. */
public final class Export {
    private Export() {
    }

    public static Map<String, Object> of(DocumentRecord doc, List<Participant> participants, List<Turn> turns,
                                         List<Exchange> exchanges, List<ReportedMetric> metrics,
                                         List<Guidance> guidance, List<Guidance> outlook, List<Alert> alerts) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schemaVersion", 1);
        out.put("documentId", doc.documentId());
        out.put("status", doc.status().name());
        out.put("warnings", doc.warnings());
        if (doc.error() != null) {
            out.put("error", doc.error());
        }
        if (doc.duplicateOf() != null) {
            out.put("duplicateOf", doc.duplicateOf());
        }
        out.put("source", doc.source());
        LayoutInfo layout = doc.layout() == null ? new LayoutInfo("unknown", 0, List.of()) : doc.layout();
        out.put("layout", layout);
        out.put("call", doc.call() == null ? CallInfo.UNKNOWN : doc.call());
        out.put("participants", participants);
        List<Map<String, Object>> ts = new ArrayList<>();
        for (Turn t : turns) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", t.index());
            m.put("speaker", t.speaker());
            m.put("role", t.role().name());
            m.put("section", t.section().name());
            m.put("text", t.text());
            if (!t.translation().isEmpty()) {
                m.put("translation", t.translation());
            }
            ts.add(m);
        }
        out.put("turns", ts);
        out.put("exchanges", exchanges);
        List<Map<String, Object>> ms = new ArrayList<>();
        for (ReportedMetric r : metrics) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("metric", r.metric());
            m.put("period", label(r.period()));
            m.put("value", r.value());
            m.put("unit", label(r.unit()));
            m.put("basis", r.basis() == null ? null : r.basis().name());
            m.put("turn", r.evidence().turn());
            m.put("speaker", r.evidence().speaker());
            m.put("quote", r.evidence().quote());
            ms.add(m);
        }
        out.put("metrics", ms);
        List<Map<String, Object>> gs = new ArrayList<>();
        for (Guidance g : guidance) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("metric", g.metric());
            m.put("period", label(g.period()));
            m.put("low", g.low());
            m.put("high", g.high());
            m.put("unit", label(g.unit()));
            m.put("basis", g.basis() == null ? null : g.basis().name());
            m.put("direction", g.direction().name());
            m.put("priorLow", g.priorLow());
            m.put("priorHigh", g.priorHigh());
            m.put("priorDocumentId", g.priorDocumentId());
            if (g.text() != null) {
                m.put("text", g.text());
            }
            m.put("turn", g.evidence() == null ? null : g.evidence().turn());
            m.put("speaker", g.evidence() == null ? null : g.evidence().speaker());
            m.put("quote", g.evidence() == null ? null : g.evidence().quote());
            gs.add(m);
        }
        out.put("guidance", gs);
        // guidance in words only: never a number, so apart from the numeric items above
        List<Map<String, Object>> words = new ArrayList<>();
        for (Guidance g : outlook) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("metric", g.metric());
            m.put("period", label(g.period()));
            m.put("text", g.text());
            m.put("turn", g.evidence() == null ? null : g.evidence().turn());
            m.put("speaker", g.evidence() == null ? null : g.evidence().speaker());
            m.put("quote", g.evidence() == null ? null : g.evidence().quote());
            words.add(m);
        }
        out.put("qualitativeGuidance", words);
        out.put("alerts", alerts);
        return out;
    }

    /** Typed values leave the domain as the contract's labels. */
    private static String label(Object value) {
        return value == null ? null : value.toString();
    }
}
