package io.transcripts.reader;

import io.transcripts.model.ReportedMetric;

/** A reported figure and the document (call) it was read from. */
public record DocumentMetric(String documentId, ReportedMetric metric) {
}
