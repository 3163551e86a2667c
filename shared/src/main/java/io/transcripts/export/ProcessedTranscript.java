package io.transcripts.export;

import io.transcripts.model.Transcript;

/**
 * What the ingest function writes under the processed prefix for the financials function.
 *
 * @param firstReading the document had no record before this reading, so it has no metrics or
 *                     guidance of an earlier one to replace (false when unknown, as in exports
 *                     written before this field)
 */
public record ProcessedTranscript(DocumentRecord document, Transcript transcript, boolean firstReading) {
}
