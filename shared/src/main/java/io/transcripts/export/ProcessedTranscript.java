package io.transcripts.export;

import io.transcripts.model.Transcript;

/** What the ingest function writes under the processed prefix for the financials function. */
public record ProcessedTranscript(DocumentRecord document, Transcript transcript) {
}
