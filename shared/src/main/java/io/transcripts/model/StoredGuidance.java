package io.transcripts.model;

/** A guidance item as stored: with the document, company and call date it came from. */
public record StoredGuidance(String documentId, String companyKey, String company, String ticker, String callDate,
                             String sourceKey, Guidance guidance) {
}
