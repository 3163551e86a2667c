package io.transcripts.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.transcripts.export.Json;
import io.transcripts.model.Unit;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The human-readable view of one export for the run command. */
final class Report {
    private Report() {
    }

    static void print(String file, Map<String, Object> export, PrintStream out) {
        JsonNode e = Json.MAPPER.valueToTree(export);
        out.println();
        out.printf("== %s  [%s]%n", file, e.path("status").asText());
        if (e.hasNonNull("error")) {
            out.println("   error: " + e.get("error").asText());
            return;
        }
        e.path("warnings").forEach(w -> out.println("   warning: " + w.asText()));
        JsonNode call = e.path("call");
        JsonNode layout = e.path("layout");
        out.printf("   %s%s · %s · %s · layout %s (confidence %s, %s)%n", text(call, "company", "company unknown"),
                call.hasNonNull("ticker") ? " (" + call.get("ticker").asText() + ")" : "", text(call, "period", "period unknown"),
                text(call, "date", "date unknown"), layout.path("family").asText(), layout.path("confidence").asText(),
                String.join("+", strings(layout.path("languages"))));

        out.println("   Participants");
        for (String role : List.of("EXECUTIVE", "ANALYST", "OPERATOR", "UNKNOWN")) {
            List<String> people = new ArrayList<>();
            for (JsonNode p : e.path("participants")) {
                if (role.equals(p.path("role").asText())) {
                    String about = String.join(", ", List.of(text(p, "title", ""), text(p, "firm", "")).stream()
                            .filter(s -> !s.isEmpty()).toList());
                    people.add(p.path("name").asText() + (about.isEmpty() ? "" : " — " + about));
                }
            }
            for (int i = 0; i < people.size(); i++) {
                out.printf("     %-11s %s%n", i == 0 ? plural(role) : "", people.get(i));
            }
        }

        JsonNode turns = e.path("turns");
        for (String section : List.of("PREPARED_REMARKS", "QA")) {
            Map<String, Integer> bySpeaker = new LinkedHashMap<>();
            int n = 0;
            for (JsonNode t : turns) {
                if (section.equals(t.path("section").asText())) {
                    n++;
                    bySpeaker.merge(text(t, "speaker", "(unnamed)"), 1, Integer::sum);
                }
            }
            List<String> who = bySpeaker.entrySet().stream().map(x -> x.getKey() + " " + x.getValue()).toList();
            out.printf("   %s: %d turns%s%n", section.equals("QA") ? "Q&A" : "Prepared remarks", n,
                    who.isEmpty() ? "" : " (" + String.join(", ", who) + ")");
        }

        JsonNode exchanges = e.path("exchanges");
        out.println("   Exchanges: " + exchanges.size());
        int k = 1;
        for (JsonNode x : exchanges) {
            out.printf("     %d. %s asked → %s answered%n", k++, speakers(turns, x.path("questionTurns")),
                    speakers(turns, x.path("answerTurns")));
        }

        JsonNode guidance = e.path("guidance");
        out.println("   Guidance: " + guidance.size());
        for (JsonNode g : guidance) {
            String basis = g.hasNonNull("basis") ? " " + g.get("basis").asText().replace('_', '-') : "";
            String value = g.hasNonNull("text") && !g.hasNonNull("low") && !g.hasNonNull("high")
                    ? "\"" + g.get("text").asText() + "\"" : range(g, "low", "high");
            out.printf("     %-24s %-10s %-26s %s%s%n", g.path("metric").asText() + basis, g.path("period").asText(), value,
                    g.path("direction").asText(), g.hasNonNull("priorLow") || g.hasNonNull("priorHigh")
                            ? " from " + range(g, "priorLow", "priorHigh") : "");
        }
        for (JsonNode q : e.path("qualitativeGuidance")) {
            out.printf("     %-24s %-10s \"%s\" (in words)%n", q.path("metric").asText(), q.path("period").asText(),
                    q.path("text").asText());
        }
        out.println("   Reported metrics: " + e.path("metrics").size());
        JsonNode alerts = e.path("alerts");
        out.println("   Alerts: " + alerts.size());
        for (JsonNode a : alerts) {
            out.printf("     %-10s %s %s %s%s%s%n", a.path("direction").asText(), a.path("metric").asText(),
                    a.path("period").asText(), range(a, "low", "high"),
                    a.hasNonNull("priorLow") || a.hasNonNull("priorHigh") ? " (was " + range(a, "priorLow", "priorHigh") + ")" : "",
                    a.hasNonNull("midpointChangePercent")
                            ? String.format(Locale.ROOT, ", midpoint %+.1f%%", a.get("midpointChangePercent").asDouble()) : "");
        }
    }

    private static String plural(String role) {
        return switch (role) {
            case "EXECUTIVE" -> "Executives";
            case "ANALYST" -> "Analysts";
            case "OPERATOR" -> "Operator";
            default -> "Others";
        };
    }

    private static String text(JsonNode n, String field, String fallback) {
        return n.hasNonNull(field) ? n.get(field).asText() : fallback;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static String speakers(JsonNode turns, JsonNode indexes) {
        List<String> names = new ArrayList<>();
        indexes.forEach(i -> names.add(text(turns.path(i.asInt()), "speaker", "(unnamed)")));
        return String.join(", ", names.stream().distinct().toList());
    }

    /** "$425.0M – $432.0M", "65.5%", "EUR 4.1B or more": amounts as a reader writes them. */
    static String range(JsonNode n, String lowField, String highField) {
        String unit = text(n, "unit", "");
        String low = n.hasNonNull(lowField) ? amount(n.get(lowField).asDouble(), unit) : null;
        String high = n.hasNonNull(highField) ? amount(n.get(highField).asDouble(), unit) : null;
        if (low == null && high == null) {
            return "withdrawn";
        }
        if (high == null) {
            return low + " or more";
        }
        if (low == null) {
            return "up to " + high;
        }
        return low.equals(high) ? low : low + " – " + high;
    }

    static String amount(double v, String label) {
        Unit unit = Unit.parse(label).orElse(null);
        if (unit != null && unit.isPercent()) {
            return String.format(Locale.ROOT, "%.1f%%", v);
        }
        String currency = unit != null && unit.isMoney() ? unit.currency() : "";
        String symbol = switch (currency) {
            case "USD" -> "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            case "" -> "";
            default -> currency + " ";
        };
        if (unit != null && unit.isPerShare() || Math.abs(v) < 1000) {
            return (v < 0 ? "-" : "") + symbol + String.format(Locale.ROOT, "%.2f", Math.abs(v));
        }
        double a = Math.abs(v);
        String scaled = a >= 1e9 ? String.format(Locale.ROOT, "%.2fB", a / 1e9)
                : a >= 1e6 ? String.format(Locale.ROOT, "%.1fM", a / 1e6) : String.format(Locale.ROOT, "%.0fK", a / 1e3);
        return (v < 0 ? "-" : "") + symbol + scaled;
    }
}
