package io.transcripts.reader.table;

import java.time.LocalDate;
import java.util.List;

/**
 * Rows under typed columns: a STRING cell is a String, a DOUBLE cell a Double, a DATE cell a
 * LocalDate; any cell may be null. Checked when built, so a writer never meets a wrong cell.
 */
public record Table(List<Column> columns, List<List<Object>> rows) {
    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells under " + columns.size() + " columns");
            }
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                Class<?> want = switch (columns.get(c).type()) {
                    case STRING -> String.class;
                    case DOUBLE -> Double.class;
                    case DATE -> LocalDate.class;
                };
                if (v != null && !want.isInstance(v)) {
                    throw new IllegalArgumentException(columns.get(c).name() + " holds " + v.getClass().getSimpleName() + ", not " + want.getSimpleName());
                }
            }
        }
    }
}
