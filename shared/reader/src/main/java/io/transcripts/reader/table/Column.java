package io.transcripts.reader.table;

/** A column of an analyst table: its name and the type a notebook reads it as. */
public record Column(String name, Type type) {
    /** Text, a number (float64; empty where absent), or a calendar date. */
    public enum Type { STRING, DOUBLE, DATE }
}
