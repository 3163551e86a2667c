package io.transcripts.reader.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Apache Parquet, the smallest faithful subset: one row group, one uncompressed PLAIN data page
 * (v1) per column, every column OPTIONAL (definition levels, RLE) so absent values are nulls.
 * STRING is BYTE_ARRAY/UTF8, DOUBLE is DOUBLE, DATE is INT32/DATE (days since 1970-01-01). The
 * metadata is Thrift's compact protocol, written here field by field (parquet.thrift's ids). An
 * analyst table is small (thousands of rows), so one page per column is enough; the Hadoop-based
 * writer would bring tens of MB of dependencies for this.
 */
public final class ParquetWriter {
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    // parquet.thrift enums
    private static final int INT32 = 1, DOUBLE = 5, BYTE_ARRAY = 6;
    private static final int OPTIONAL = 1;
    private static final int UTF8 = 0, DATE = 6;
    private static final int PLAIN = 0, RLE = 3;
    private static final int DATA_PAGE = 0;

    private ParquetWriter() {
    }

    public static void write(Table table, OutputStream sink) throws IOException {
        Counting out = new Counting(sink);
        out.write(MAGIC);
        List<long[]> chunks = new ArrayList<>(); // per column: offset, size
        int rows = table.rows().size();
        for (int c = 0; rows > 0 && c < table.columns().size(); c++) {
            byte[] body = page(table, c);
            Thrift header = new Thrift();
            header.i32(1, DATA_PAGE).i32(2, body.length).i32(3, body.length).beginStruct(5)
                    .i32(1, rows).i32(2, PLAIN).i32(3, RLE).i32(4, RLE).endStruct().stop();
            long offset = out.count;
            out.write(header.bytes());
            out.write(body);
            chunks.add(new long[] {offset, out.count - offset});
        }
        Thrift meta = new Thrift();
        meta.i32(1, 1);
        meta.beginList(2, Thrift.STRUCT, table.columns().size() + 1);
        meta.beginElement().binary(4, "schema").i32(5, table.columns().size()).endElement();
        for (Column col : table.columns()) {
            meta.beginElement().i32(1, physical(col)).i32(3, OPTIONAL).binary(4, col.name());
            if (col.type() != Column.Type.DOUBLE) {
                meta.i32(6, col.type() == Column.Type.STRING ? UTF8 : DATE);
            }
            meta.endElement();
        }
        meta.i64(3, rows);
        if (rows == 0) { // no row group at all, as parquet-java writes an empty file
            meta.beginList(4, Thrift.STRUCT, 0);
            meta.binary(6, "transcripts-reader").stop();
            footer(out, meta);
            return;
        }
        meta.beginList(4, Thrift.STRUCT, 1).beginElement();
        meta.beginList(1, Thrift.STRUCT, table.columns().size());
        long total = 0;
        for (int c = 0; c < table.columns().size(); c++) {
            Column col = table.columns().get(c);
            long[] chunk = chunks.get(c);
            total += chunk[1];
            meta.beginElement().i64(2, chunk[0]).beginStruct(3)
                    .i32(1, physical(col)).i32List(2, PLAIN, RLE).stringList(3, col.name()).i32(4, 0)
                    .i64(5, rows).i64(6, chunk[1]).i64(7, chunk[1]).i64(9, chunk[0])
                    .endStruct().endElement();
        }
        meta.i64(2, total).i64(3, rows).endElement();
        meta.binary(6, "transcripts-reader").stop();
        footer(out, meta);
    }

    private static void footer(OutputStream out, Thrift meta) throws IOException {
        byte[] footer = meta.bytes();
        out.write(footer);
        out.write(new byte[] {(byte) footer.length, (byte) (footer.length >>> 8), (byte) (footer.length >>> 16), (byte) (footer.length >>> 24)});
        out.write(MAGIC);
        out.flush();
    }

    private static int physical(Column col) {
        return switch (col.type()) {
            case STRING -> BYTE_ARRAY;
            case DOUBLE -> DOUBLE;
            case DATE -> INT32;
        };
    }

    /** Definition levels (1 present, 0 null) as RLE runs behind their 4-byte length, then the present values PLAIN. */
    private static byte[] page(Table table, int c) {
        ByteArrayOutputStream levels = new ByteArrayOutputStream();
        ByteArrayOutputStream values = new ByteArrayOutputStream();
        List<List<Object>> rows = table.rows();
        for (int i = 0; i < rows.size(); ) {
            boolean present = rows.get(i).get(c) != null;
            int run = 0;
            while (i < rows.size() && (rows.get(i).get(c) != null) == present) {
                Object v = rows.get(i).get(c);
                if (v instanceof String s) {
                    byte[] b = s.getBytes(StandardCharsets.UTF_8);
                    le(values, b.length, 4);
                    values.writeBytes(b);
                } else if (v instanceof Double d) {
                    le(values, Double.doubleToLongBits(d), 8);
                } else if (v instanceof LocalDate d) {
                    le(values, d.toEpochDay(), 4);
                }
                run++;
                i++;
            }
            Thrift.varint(levels, (long) run << 1);
            levels.write(present ? 1 : 0);
        }
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        le(page, levels.size(), 4);
        page.writeBytes(levels.toByteArray());
        page.writeBytes(values.toByteArray());
        return page.toByteArray();
    }

    private static void le(ByteArrayOutputStream out, long v, int bytes) {
        for (int i = 0; i < bytes; i++) {
            out.write((int) (v >>> (8 * i)) & 0xFF);
        }
    }

    private static final class Counting extends java.io.FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }
    }

    /** Thrift's compact protocol, only what the footer and page headers need. */
    static final class Thrift {
        static final int I32 = 5, I64 = 6, BINARY = 8, LIST = 9, STRUCT = 12;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final java.util.ArrayDeque<Integer> lastIds = new java.util.ArrayDeque<>();
        private int last;

        byte[] bytes() {
            return out.toByteArray();
        }

        private void field(int id, int type) {
            int delta = id - last;
            if (delta > 0 && delta <= 15) {
                out.write(delta << 4 | type);
            } else {
                out.write(type);
                varint(out, zigzag(id));
            }
            last = id;
        }

        Thrift i32(int id, int v) {
            field(id, I32);
            varint(out, zigzag(v));
            return this;
        }

        Thrift i64(int id, long v) {
            field(id, I64);
            varint(out, zigzag(v));
            return this;
        }

        Thrift binary(int id, String s) {
            field(id, BINARY);
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(out, b.length);
            out.writeBytes(b);
            return this;
        }

        Thrift beginStruct(int id) {
            field(id, STRUCT);
            lastIds.push(last);
            last = 0;
            return this;
        }

        Thrift endStruct() {
            out.write(0);
            last = lastIds.pop();
            return this;
        }

        Thrift beginList(int id, int elementType, int size) {
            field(id, LIST);
            listHeader(elementType, size);
            return this;
        }

        private void listHeader(int elementType, int size) {
            if (size < 15) {
                out.write(size << 4 | elementType);
            } else {
                out.write(0xF0 | elementType);
                varint(out, size);
            }
        }

        /** A struct inside a list: no field header. */
        Thrift beginElement() {
            lastIds.push(last);
            last = 0;
            return this;
        }

        Thrift endElement() {
            return endStruct();
        }

        Thrift i32List(int id, int... values) {
            field(id, LIST);
            listHeader(I32, values.length);
            for (int v : values) {
                varint(out, zigzag(v));
            }
            return this;
        }

        Thrift stringList(int id, String... values) {
            field(id, LIST);
            listHeader(BINARY, values.length);
            for (String s : values) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                varint(out, b.length);
                out.writeBytes(b);
            }
            return this;
        }

        void stop() {
            out.write(0);
        }

        private static long zigzag(long v) {
            return (v << 1) ^ (v >> 63);
        }

        static void varint(ByteArrayOutputStream out, long v) {
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }
    }
}
