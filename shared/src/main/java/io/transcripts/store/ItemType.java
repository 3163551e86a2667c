package io.transcripts.store;

/** The kinds of item in the table, and the sort-key prefix each lives under. */
public enum ItemType {
    DOCUMENT("#META"), PARTICIPANT("PART#"), TURN("TURN#"), EXCHANGE("XCHG#"),
    METRIC("METRIC#"), GUIDANCE("GUIDANCE#"), ALERT("ALERT#");

    private final String prefix;

    ItemType(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
