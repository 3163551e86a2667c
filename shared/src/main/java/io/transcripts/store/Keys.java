package io.transcripts.store;

import io.transcripts.model.Sha256;
import java.util.Locale;

/** Key formats of the single table; README "Data model" documents each access pattern they serve. */
public final class Keys {
    public static final String PK = "PK";
    public static final String SK = "SK";
    public static final String TYPE = "itemType";
    public static final String BODY = "body";
    public static final String GSI1PK = "GSI1PK";
    public static final String GSI1SK = "GSI1SK";
    public static final String GSI2PK = "GSI2PK";
    public static final String GSI2SK = "GSI2SK";
    public static final String GSI3PK = "GSI3PK";
    public static final String GSI3SK = "GSI3SK";
    public static final String META = "#META";
    /** On a turn's continuation item: which part of the turn's text it holds (2, 3, ...). */
    public static final String PART = "part";
    /** A call without a date sorts before every dated one (the domain's rule, {@link io.transcripts.financials.GuidanceHistory}). */
    public static final String NO_DATE = io.transcripts.financials.GuidanceHistory.NO_DATE;

    private Keys() {
    }

    /** Stable for the same bucket and key: a re-upload replaces the document instead of adding one. */
    public static String documentId(String bucket, String key) {
        return Sha256.prefix(bucket + "/" + key, 12);
    }

    public static String content(String sha256) {
        return "CONTENT#" + sha256;
    }

    public static String doc(String documentId) {
        return "DOC#" + documentId;
    }

    public static String companyPartition(String companyKey) {
        return "CO#" + companyKey;
    }

    public static String history(String companyKey, String metric) {
        return "CO#" + companyKey + "#M#" + metric;
    }

    public static String turn(int index) {
        return String.format(Locale.ROOT, "TURN#%05d", index);
    }

    public static String participant(int index) {
        return String.format(Locale.ROOT, "PART#%04d", index);
    }

    public static String exchange(int index) {
        return String.format(Locale.ROOT, "XCHG#%04d", index);
    }

    /** A page of a document's metrics for one period, keyed by its first metric's place in that period. */
    public static String metrics(String period, int first) {
        return String.format(Locale.ROOT, "METRIC#%s#%04d", period, first);
    }

    public static String guidance(String itemKey) {
        return "GUIDANCE#" + itemKey;
    }

    /** A page of a document's alerts, named by when the alerts function wrote it ("ALERT#" + an itemKey: one alert, before pages). */
    public static String alertPage(String writtenAt) {
        return "ALERT#@" + writtenAt;
    }

    /** Alerts are partitioned by month so "recent alerts" reads one or two partitions. */
    public static String alertMonth(String createdAt) {
        return "ALERTS#" + createdAt.substring(0, 7);
    }
}
