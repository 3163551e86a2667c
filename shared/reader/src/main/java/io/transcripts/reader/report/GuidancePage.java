package io.transcripts.reader.report;

import io.transcripts.export.DocumentRecord;
import io.transcripts.model.Alert;
import io.transcripts.model.Direction;
import io.transcripts.model.Evidence;
import io.transcripts.model.Exchange;
import io.transcripts.model.Guidance;
import io.transcripts.model.Participant;
import io.transcripts.model.Section;
import io.transcripts.model.StoredGuidance;
import io.transcripts.model.Turn;
import io.transcripts.store.StoredDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A company's guidance as one self-contained HTML page (inline CSS and SVG, nothing fetched): per
 * metric and unit, a chart of the guided ranges of each period across the calls, by call date,
 * raises and cuts marked and the quote on hover; the latest alerts; each call's transcript with
 * speakers, sections and exchanges, the guidance sentences highlighted.
 */
public final class GuidancePage {
    private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22"};
    private static final int W = 760, H = 260, LEFT = 70, RIGHT = 150, TOP = 20, BOTTOM = 40;

    private GuidancePage() {
    }

    /** @param calls the company's calls, oldest first, each as stored */
    public static String render(String company, List<StoredDocument> calls, String generatedAt) {
        StringBuilder h = new StringBuilder(64_000);
        String name = calls.stream().map(c -> c.document().call().company()).filter(Objects::nonNull).findFirst().orElse(company);
        String ticker = calls.stream().map(c -> c.document().call().ticker()).filter(Objects::nonNull).findFirst().orElse(null);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Guidance: ").append(esc(name))
                .append("</title>\n<style>").append(CSS).append("</style></head>\n<body>\n<h1>").append(esc(name))
                .append(ticker == null ? "" : " <small>(" + esc(ticker) + ")</small>").append("</h1>\n<p class=\"meta\">")
                .append(calls.size()).append(calls.size() == 1 ? " call" : " calls").append(", generated ").append(esc(generatedAt))
                .append(". Hover a range for its quote; ▲ raised, ▼ lowered against the prior guidance.</p>\n");
        charts(h, calls);
        alerts(h, calls);
        h.append("<h2>Calls</h2>\n");
        for (StoredDocument c : calls) {
            transcript(h, c);
        }
        // counts what the browser drew: the browser test reads it, a person can ignore it
        h.append("<script>document.body.dataset.ranges = document.querySelectorAll('svg .range').length;</script>\n");
        return h.append("</body></html>\n").toString();
    }

    private static void charts(StringBuilder h, List<StoredDocument> calls) {
        h.append("<h2>Guidance by metric</h2>\n");
        Map<String, List<StoredGuidance>> byChart = new TreeMap<>();
        for (StoredDocument c : calls) {
            for (StoredGuidance g : c.guidance()) {
                if (g.guidance().low() != null || g.guidance().high() != null) {
                    byChart.computeIfAbsent(g.guidance().metric() + " (" + g.guidance().unit() + ")", k -> new ArrayList<>()).add(g);
                }
            }
        }
        if (byChart.isEmpty()) {
            h.append("<p>No numeric guidance stored for this company.</p>\n");
        }
        List<String> dates = calls.stream().map(c -> callLabel(c.document())).distinct().toList();
        byChart.forEach((title, items) -> chart(h, title, items, dates));
    }

    private static void chart(StringBuilder h, String title, List<StoredGuidance> items, List<String> dates) {
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (StoredGuidance g : items) {
            for (Double v : new Double[] {g.guidance().low(), g.guidance().high()}) {
                if (v != null) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        double pad = max > min ? (max - min) * 0.1 : Math.max(1, Math.abs(max) * 0.1);
        double lo = min - pad, hi = max + pad;
        TreeSet<String> periods = new TreeSet<>();
        items.forEach(g -> periods.add(String.valueOf(g.guidance().period())));
        List<String> periodList = List.copyOf(periods);
        int plotW = W - LEFT - RIGHT, plotH = H - TOP - BOTTOM;
        h.append("<section class=\"chart\"><h3>").append(esc(title)).append("</h3>\n<svg width=\"").append(W).append("\" height=\"").append(H)
                .append("\" viewBox=\"0 0 ").append(W).append(' ').append(H).append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\">\n");
        // axes, the value scale and the call dates
        h.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", LEFT, TOP, LEFT, TOP + plotH));
        h.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n", LEFT, TOP + plotH, LEFT + plotW, TOP + plotH));
        for (int i = 0; i <= 4; i++) {
            double v = lo + (hi - lo) * i / 4;
            double y = TOP + plotH - plotH * (v - lo) / (hi - lo);
            h.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>", LEFT - 6, y + 4, scale(v)));
        }
        Map<String, Double> xOf = new HashMap<>();
        for (int i = 0; i < dates.size(); i++) {
            double x = LEFT + plotW * (i + 0.5) / dates.size();
            xOf.put(dates.get(i), x);
            h.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", x, TOP + plotH + 18, esc(dates.get(i))));
        }
        h.append('\n');
        double band = plotW / (double) Math.max(1, dates.size()) * 0.7;
        for (StoredGuidance sg : items) {
            Guidance g = sg.guidance();
            int series = periodList.indexOf(String.valueOf(g.period()));
            String date = sg.callDate() == null ? "undated" : sg.callDate();
            double x = xOf.getOrDefault(date, (double) LEFT) - band / 2 + band * (series + 0.5) / periodList.size();
            double low = g.low() != null ? g.low() : g.high(), high = g.high() != null ? g.high() : g.low();
            double y1 = TOP + plotH - plotH * (high - lo) / (hi - lo), y2 = TOP + plotH - plotH * (low - lo) / (hi - lo);
            String colour = COLOURS[series % COLOURS.length];
            String mark = g.direction() == Direction.RAISED ? "raised" : g.direction() == Direction.LOWERED ? "lowered" : "";
            h.append("<g class=\"range ").append(mark).append("\" data-period=\"").append(esc(String.valueOf(g.period())))
                    .append("\" data-call-date=\"").append(esc(date)).append("\" data-direction=\"").append(g.direction()).append("\">");
            h.append("<title>").append(esc(g.period() + " " + range(g) + " " + g.unit() + " (" + g.direction() + ", call of " + date + ")"
                    + (g.priorLow() != null || g.priorHigh() != null ? "; prior " + number(g.priorLow()) + "–" + number(g.priorHigh()) : "")
                    + "\n“" + quote(g) + "”")).append("</title>");
            h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"%.1f\" rx=\"2\" fill=\"%s\"/>",
                    x - 6, y1, Math.max(3, y2 - y1), colour));
            if (!mark.isEmpty()) {
                h.append(String.format(Locale.ROOT, "<text class=\"mark %s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>", mark, x,
                        mark.equals("raised") ? y1 - 4 : y2 + 13, mark.equals("raised") ? "▲" : "▼"));
            }
            h.append("</g>\n");
        }
        for (int i = 0; i < periodList.size(); i++) { // legend
            int y = TOP + 14 + i * 18;
            h.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/><text class=\"legend\" x=\"%d\" y=\"%d\">%s</text>\n",
                    W - RIGHT + 16, y - 9, COLOURS[i % COLOURS.length], W - RIGHT + 32, y, esc(periodList.get(i))));
        }
        h.append("</svg></section>\n");
    }

    private static void alerts(StringBuilder h, List<StoredDocument> calls) {
        List<Alert> alerts = calls.stream().flatMap(c -> c.alerts().stream())
                .sorted(Comparator.comparing((Alert a) -> Objects.toString(a.createdAt(), "")).reversed()).limit(20).toList();
        h.append("<h2>Latest alerts</h2>\n");
        if (alerts.isEmpty()) {
            h.append("<p>No alerts.</p>\n");
            return;
        }
        h.append("<table class=\"alerts\"><tr><th>when</th><th>metric</th><th>period</th><th>direction</th><th>range</th><th>was</th><th>quote</th></tr>\n");
        for (Alert a : alerts) {
            h.append("<tr class=\"alert ").append(a.direction() == null ? "" : a.direction().name().toLowerCase(Locale.ROOT)).append("\"><td>")
                    .append(esc(a.createdAt())).append("</td><td>").append(esc(a.metric())).append("</td><td>").append(esc(String.valueOf(a.period())))
                    .append("</td><td>").append(a.direction()).append("</td><td>").append(number(a.low())).append("–").append(number(a.high()))
                    .append(' ').append(esc(String.valueOf(a.unit()))).append("</td><td>")
                    .append(a.priorLow() == null && a.priorHigh() == null ? "" : number(a.priorLow()) + "–" + number(a.priorHigh()))
                    .append("</td><td>").append(esc(a.quote())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void transcript(StringBuilder h, StoredDocument c) {
        DocumentRecord d = c.document();
        h.append("<details class=\"call\" id=\"call-").append(esc(d.documentId())).append("\"><summary>").append(esc(callLabel(d)))
                .append(" · ").append(esc(String.valueOf(d.call().period()))).append(" · ").append(d.status())
                .append(d.source() == null ? "" : " · " + esc(d.source().key())).append("</summary>\n");
        if (!c.participants().isEmpty()) {
            h.append("<ul class=\"participants\">");
            for (Participant p : c.participants()) {
                h.append("<li><b>").append(esc(p.name())).append("</b> ").append(p.role())
                        .append(p.title() == null ? "" : ", " + esc(p.title())).append(p.firm() == null ? "" : ", " + esc(p.firm())).append("</li>");
            }
            h.append("</ul>\n");
        }
        Map<Integer, String> exchangeOf = new HashMap<>();
        for (int i = 0; i < c.exchanges().size(); i++) {
            Exchange e = c.exchanges().get(i);
            for (int t : e.questionTurns()) {
                exchangeOf.put(t, "Exchange " + (i + 1) + ": question");
            }
            for (int t : e.answerTurns()) {
                exchangeOf.put(t, "Exchange " + (i + 1) + ": answer");
            }
        }
        Map<Integer, List<String>> quotes = new LinkedHashMap<>();
        for (StoredGuidance g : c.guidance()) {
            Evidence ev = g.guidance().evidence();
            if (ev != null && ev.quote() != null) {
                quotes.computeIfAbsent(ev.turn(), k -> new ArrayList<>()).add(ev.quote());
            }
        }
        Section section = null;
        for (Turn t : c.turns()) {
            if (t.section() != section) {
                section = t.section();
                h.append("<h4>").append(section == Section.QA ? "Questions and answers" : "Prepared remarks").append("</h4>\n");
            }
            String ex = exchangeOf.get(t.index());
            h.append("<div class=\"turn").append(ex == null ? "" : " exchange").append("\"><span class=\"speaker\">").append(esc(t.speaker()))
                    .append("</span> <span class=\"role\">").append(t.role()).append("</span>")
                    .append(ex == null ? "" : " <span class=\"xchg\">" + ex + "</span>")
                    .append("<p>").append(highlight(t.text(), quotes.getOrDefault(t.index(), List.of()))).append("</p></div>\n");
        }
        h.append("</details>\n");
    }

    /** The turn's text with each guidance quote found in it marked; quotes are taken from the text, so most are found verbatim. */
    static String highlight(String text, List<String> quotes) {
        if (text == null) {
            return "";
        }
        boolean[] marked = new boolean[text.length()];
        for (String q : quotes) {
            int at = text.indexOf(q);
            if (at >= 0) {
                java.util.Arrays.fill(marked, at, at + q.length(), true);
            }
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (int i = 0; i < text.length(); ) {
            int j = i;
            while (j < text.length() && marked[j] == marked[i]) {
                j++;
            }
            String part = esc(text.substring(i, j));
            out.append(marked[i] ? "<mark class=\"guidance\">" + part + "</mark>" : part);
            i = j;
        }
        return out.toString();
    }

    private static String callLabel(DocumentRecord d) {
        return d.call() == null || d.call().date() == null ? "undated" : d.call().date();
    }

    private static String range(Guidance g) {
        return Objects.equals(g.low(), g.high()) ? number(g.low()) : number(g.low()) + "–" + number(g.high());
    }

    private static String quote(Guidance g) {
        return g.evidence() != null && g.evidence().quote() != null ? g.evidence().quote() : Objects.toString(g.text(), "");
    }

    private static String number(Double v) {
        if (v == null) {
            return "?";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf(v.longValue()) : String.format(Locale.ROOT, "%.4g", v);
    }

    /** An axis label: 71.5M rather than 71500000. */
    private static String scale(double v) {
        double a = Math.abs(v);
        return a >= 1e9 ? String.format(Locale.ROOT, "%.3gB", v / 1e9) : a >= 1e6 ? String.format(Locale.ROOT, "%.3gM", v / 1e6)
                : a >= 1e4 ? String.format(Locale.ROOT, "%.3gK", v / 1e3) : String.format(Locale.ROOT, "%.3g", v);
    }

    private static String number(double v) {
        return number(Double.valueOf(v));
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    private static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px auto;max-width:1000px;color:#222}
            h1 small{color:#666;font-weight:normal}.meta{color:#666}
            .chart{margin:12px 0 24px}.chart h3{margin:4px 0}
            svg .axis{stroke:#999}svg .tick,svg .legend{font-size:11px;fill:#444}
            svg .range:hover rect{stroke:#000;stroke-width:1.5}svg .mark{font-size:12px}
            svg .mark.raised{fill:#2a9d3a}svg .mark.lowered{fill:#c62828}
            table.alerts{border-collapse:collapse;width:100%}table.alerts td,table.alerts th{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
            tr.raised td:nth-child(4){color:#2a9d3a}tr.lowered td:nth-child(4){color:#c62828}
            details.call{border:1px solid #ddd;border-radius:6px;margin:10px 0;padding:6px 12px}details.call summary{cursor:pointer;font-weight:600}
            .participants{columns:2;color:#444}.turn{margin:8px 0}.turn p{margin:2px 0 0}.speaker{font-weight:600}
            .role,.xchg{font-size:11px;color:#666;text-transform:lowercase}.turn.exchange{border-left:3px solid #cfe0f5;padding-left:8px}
            mark.guidance{background:#fff1a8}
            """;
}
