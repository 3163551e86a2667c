package io.transcripts.reader;

import io.transcripts.export.DocumentRecord;
import io.transcripts.model.CallInfo;
import io.transcripts.model.CompanyKey;
import io.transcripts.model.Guidance;
import io.transcripts.model.ReportedMetric;
import io.transcripts.model.StoredGuidance;
import io.transcripts.reader.table.Column;
import io.transcripts.reader.table.Column.Type;
import io.transcripts.reader.table.Table;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One row per guidance item and one per reported metric, across documents, for notebooks: a
 * metric's value is both its low and its high, and it has no direction or prior.
 */
public final class AnalystTable {
    public static final List<Column> COLUMNS = List.of(
            new Column("kind", Type.STRING), new Column("company", Type.STRING), new Column("ticker", Type.STRING),
            new Column("call_date", Type.DATE), new Column("period", Type.STRING), new Column("metric", Type.STRING),
            new Column("basis", Type.STRING), new Column("low", Type.DOUBLE), new Column("high", Type.DOUBLE),
            new Column("unit", Type.STRING), new Column("direction", Type.STRING), new Column("prior_low", Type.DOUBLE),
            new Column("prior_high", Type.DOUBLE), new Column("quote", Type.STRING), new Column("document", Type.STRING),
            new Column("source_key", Type.STRING));

    private AnalystTable() {
    }

    /**
     * @param company a ticker or a name (as {@link CompanyKey#parse}), or null for every company
     * @param since   only calls on or after this date (calls without a date are then left out), or null
     */
    public static Table of(TranscriptReader reader, String company, LocalDate since) {
        List<List<Object>> rows = new ArrayList<>();
        List<DocumentRecord> docs = documents(reader, company, since);
        for (DocumentRecord d : docs) {
            reader.document(d.documentId()).ifPresent(s -> {
                for (StoredGuidance sg : s.guidance()) {
                    Guidance g = sg.guidance();
                    rows.add(row("guidance", d, g.period(), g.metric(), g.basis(), g.low(), g.high(), g.unit(),
                            g.direction() == null ? null : g.direction().name(), g.priorLow(), g.priorHigh(),
                            g.evidence() == null ? g.text() : g.evidence().quote()));
                }
                for (ReportedMetric m : s.metrics()) {
                    rows.add(row("metric", d, m.period(), m.metric(), m.basis(), m.value(), m.value(), m.unit(), null, null, null,
                            m.evidence() == null ? null : m.evidence().quote()));
                }
            });
        }
        return new Table(COLUMNS, rows);
    }

    /**
     * The calls of a company (ticker or name; null for all) on or after {@code since} (null for
     * all), by company and call date; duplicates of another upload are left out.
     */
    public static List<DocumentRecord> documents(TranscriptReader reader, String company, LocalDate since) {
        String wanted = company == null ? null : CompanyKey.parse(company);
        return Pages.all(reader::documents)
                .filter(d -> d.duplicateOf() == null && d.call() != null)
                .filter(d -> wanted == null || wanted.equals(CompanyKey.of(d.call().ticker(), d.call().company()))
                        || wanted.equals(CompanyKey.of(null, d.call().company())))
                .filter(d -> since == null || (date(d.call().date()) != null && !date(d.call().date()).isBefore(since)))
                .sorted(Comparator.comparing((DocumentRecord d) -> Objects.toString(d.call().company(), ""))
                        .thenComparing(d -> Objects.toString(d.call().date(), ""))
                        .thenComparing(DocumentRecord::documentId))
                .toList();
    }

    private static List<Object> row(String kind, DocumentRecord d, Object period, String metric, Object basis, Double low,
                                    Double high, Object unit, String direction, Double priorLow, Double priorHigh, String quote) {
        CallInfo call = d.call();
        return Arrays.asList(kind, call.company(), call.ticker(), date(call.date()), text(period), metric, text(basis), low, high,
                text(unit), direction, priorLow, priorHigh, quote, d.documentId(), d.source() == null ? null : d.source().key());
    }

    private static String text(Object v) {
        return v == null ? null : v.toString();
    }

    private static LocalDate date(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
