package io.transcripts.store;

/**
 * The kinds of item in the table, and the sort-key prefix each lives under. OUTLOOK is guidance in
 * words only ("mid-single-digit growth"): kept apart from GUIDANCE, so it never feeds numeric
 * history or alerts.
 */
public enum ItemType {
    DOCUMENT("#META"), PARTICIPANT("PART#"), TURN("TURN#"), EXCHANGE("XCHG#"),
    METRIC("METRIC#"), GUIDANCE("GUIDANCE#"), OUTLOOK("OUTLOOK#"), ALERT("ALERT#");

    private final String prefix;

    ItemType(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
