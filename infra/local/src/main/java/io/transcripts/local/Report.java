package io.transcripts.local;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** The human-readable view of one export for the run command. */
final class Report {
    private Report() {
    }

    @SuppressWarnings("unchecked")
    static void print(String file, Map<String, Object> e, PrintStream out) {
        out.println("=".repeat(78));
        out.printf("%s  [%s]%n", file, e.get("status"));
        if (e.containsKey("error")) {
            out.println("  error: " + e.get("error"));
            return;
        }
        for (String w : (List<String>) e.get("warnings")) {
            out.println("  warning: " + w);
        }
        out.println("  layout: " + e.get("layout"));
        out.println("  call:   " + e.get("call"));
        List<Object> participants = (List<Object>) e.get("participants");
        out.println("  participants (" + participants.size() + "):");
        participants.forEach(p -> out.println("    " + p));
        List<Map<String, Object>> turns = (List<Map<String, Object>>) e.get("turns");
        long qa = turns.stream().filter(t -> "QA".equals(t.get("section"))).count();
        out.printf("  turns: %d (%d prepared remarks, %d Q&A)%n", turns.size(), turns.size() - qa, qa);
        List<Object> exchanges = (List<Object>) e.get("exchanges");
        out.println("  Q&A exchanges: " + exchanges.size());
        for (Object x : exchanges) {
            var ex = (io.transcripts.model.Exchange) x;
            out.printf("    %s asked; %s answered%n", speakers(turns, ex.questionTurns()), speakers(turns, ex.answerTurns()));
        }
        List<Map<String, Object>> guidance = (List<Map<String, Object>>) e.get("guidance");
        out.println("  guidance (" + guidance.size() + "):");
        for (Map<String, Object> g : guidance) {
            out.printf("    %-28s %-10s %s..%s %s  %s%s%n", g.get("metric"), g.get("period"), g.get("low"), g.get("high"),
                    g.get("unit"), g.get("direction"),
                    g.get("priorLow") == null ? "" : " (was " + g.get("priorLow") + ".." + g.get("priorHigh") + ")");
        }
        out.println("  metrics: " + ((List<Object>) e.get("metrics")).size());
        List<Object> alerts = (List<Object>) e.get("alerts");
        out.println("  alerts (" + alerts.size() + "):");
        for (Object a : alerts) {
            var al = (io.transcripts.model.Alert) a;
            out.printf("    %s %s %s %s..%s%n", al.direction(), al.metric(), al.period(), al.low(), al.high());
        }
    }

    private static String speakers(List<Map<String, Object>> turns, List<Integer> idx) {
        return String.join(", ", idx.stream().map(i -> String.valueOf(turns.get(i).get("speaker"))).distinct().toList());
    }
}
