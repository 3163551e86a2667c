package io.transcripts.model;

/** Where an upload came from and what it was. */
public record SourceInfo(String bucket, String key, String versionId, String sha256, long sizeBytes,
                         String mediaType, String encoding) {
}
