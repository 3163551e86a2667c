package io.transcripts.store;

/**
 * The kinds of item in the table, and the sort-key prefix each lives under. OUTLOOK is guidance in
 * words only ("mid-single-digit growth"): kept apart from GUIDANCE, so it never feeds numeric
 * history or alerts.
 */
public enum ItemType {
    DOCUMENT("#META"), PARTICIPANT("PART#"), TURN("TURN#"), EXCHANGE("XCHG#"),
    METRIC("METRIC#"), GUIDANCE("GUIDANCE#"), OUTLOOK("OUTLOOK#"), ALERT("ALERT#"),
    /** Which document first held a content (sha256): its own partition, {@code CONTENT#sha256}. */
    CONTENT("#CONTENT");

    private final String prefix;

    ItemType(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
