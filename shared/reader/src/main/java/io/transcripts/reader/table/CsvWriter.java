package io.transcripts.reader.table;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

/**
 * RFC 4180 CSV with a header row: fields quoted where they hold a comma, quote or line break;
 * numbers as Java prints doubles (round-trips exactly); dates ISO; an absent value is an empty
 * field, which pandas reads as NaN.
 */
public final class CsvWriter {
    private CsvWriter() {
    }

    public static void write(Table table, Writer out) throws IOException {
        line(table.columns().stream().map(c -> (Object) c.name()).toList(), out);
        for (List<Object> row : table.rows()) {
            line(row, out);
        }
        out.flush();
    }

    private static void line(List<Object> cells, Writer out) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(cells.get(i)));
        }
        out.write("\r\n");
    }

    private static String field(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? "" : d.toString();
        }
        String s = v instanceof LocalDate d ? d.toString() : v.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
