package io.transcripts.model;

/**
 * Where an upload came from and what it was. {@code sequencer} is S3's sequencer of the write that
 * was read (null where the event had none), so a notification delivered again is known as such.
 */
public record SourceInfo(String bucket, String key, String versionId, String sha256, long sizeBytes,
                         String mediaType, String encoding, String sequencer) {
    public SourceInfo(String bucket, String key, String versionId, String sha256, long sizeBytes,
                      String mediaType, String encoding) {
        this(bucket, key, versionId, sha256, sizeBytes, mediaType, encoding, null);
    }

    /** The same source, read from the write this sequencer names. */
    public SourceInfo withSequencer(String writeSequencer) {
        return new SourceInfo(bucket, key, versionId, sha256, sizeBytes, mediaType, encoding, writeSequencer);
    }
}
