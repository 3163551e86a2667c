package io.transcripts.ingest;

import io.transcripts.model.CompanyKey;
import io.transcripts.export.DocumentRecord;
import io.transcripts.export.Json;
import io.transcripts.export.ProcessedTranscript;
import io.transcripts.format.ExtractedText;
import io.transcripts.format.ExtractionException;
import io.transcripts.format.TextExtractor;
import io.transcripts.model.CallInfo;
import io.transcripts.model.Sha256;
import io.transcripts.model.Sequencer;
import io.transcripts.model.SourceInfo;
import io.transcripts.model.Status;
import io.transcripts.model.Transcript;
import io.transcripts.store.Keys;
import io.transcripts.store.TranscriptStore;
import io.transcripts.structure.Coverage;
import io.transcripts.structure.NotATranscriptException;
import io.transcripts.structure.TranscriptParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * One upload: size check, download, format detection and text, layout and structure, then the
 * document in DynamoDB and the normalised transcript under the processed prefix. Bad input ends
 * as a FAILED record with the reason; infrastructure errors propagate so Lambda retries. An upload
 * with the content of an earlier document is recorded as its duplicate and goes no further. A
 * notification of a write already read to its end (S3 delivers at least once, and Lambda retries an
 * invocation whose end it did not hear) is known by its sequencer and read no further either.
 */
public final class IngestPipeline {
    private final S3Client s3;
    private final TranscriptStore store;
    private final TextExtractor extractor;
    private final TranscriptParser parser;
    private final String processedPrefix;
    /** User metadata of the processed transcript: the sequencer of the write it was read from. */
    static final String SEQUENCER_METADATA = "sequencer";

    public IngestPipeline(S3Client s3, TranscriptStore store, TextExtractor extractor, TranscriptParser parser,
                          String processedPrefix) {
        this.s3 = s3;
        this.store = store;
        this.extractor = extractor;
        this.parser = parser;
        this.processedPrefix = processedPrefix;
    }

    /** What one notification came to: the document's record, and whether the write had been read already. */
    public record Reading(DocumentRecord document, boolean redelivered) {
    }

    /**
     * @param sequencer the event's sequencer of the write (null where the event has none: it is then
     *                  read whatever was read before)
     */
    public Reading process(String bucket, String key, String versionId, Sequencer sequencer) throws IOException {
        String documentId = Keys.documentId(bucket, key);
        if (sequencer != null) {
            Optional<DocumentRecord> read = readAlready(bucket, documentId, sequencer);
            if (read.isPresent()) {
                return new Reading(read.get(), true);
            }
        }
        return new Reading(read(bucket, key, versionId, sequencer == null ? null : sequencer.hex(), documentId), false);
    }

    /**
     * The record of this write (or a later one) where its reading got to its end: the record for a
     * FAILED reading or a duplicate, and for a reading the processed transcript after it, which names
     * the write it came from. A reading cut short between the two is done again.
     */
    private Optional<DocumentRecord> readAlready(String bucket, String documentId, Sequencer sequencer) {
        Optional<DocumentRecord> stored = store.document(documentId);
        Sequencer last = stored.map(DocumentRecord::source).map(SourceInfo::sequencer).map(Sequencer::parse).orElse(null);
        if (last == null || !sequencer.notAfter(last)) {
            return Optional.empty();
        }
        DocumentRecord doc = stored.get();
        if (doc.status() == Status.FAILED || doc.duplicateOf() != null) {
            return stored;
        }
        try {
            var head = s3.headObject(b -> b.bucket(bucket).key(processedKey(documentId)));
            Sequencer written = Sequencer.parse(head.metadata().get(SEQUENCER_METADATA));
            return written != null && sequencer.notAfter(written) ? stored : Optional.empty();
        } catch (S3Exception e) {
            // missing: 404, or 403 without s3:ListBucket, which this role does not need; either way
            // the write is read again, which is always safe
            if (e.statusCode() == 404 || e.statusCode() == 403) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private String processedKey(String documentId) {
        return processedPrefix + documentId + ".json";
    }

    private DocumentRecord read(String bucket, String key, String versionId, String sequencer, String documentId)
            throws IOException {
        byte[] bytes;
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(key).versionId(versionId))) {
            long size = in.response().contentLength() == null ? extractor.limits().maxBytes() : in.response().contentLength();
            if (size > extractor.limits().maxBytes()) {
                in.abort(); // the size is in the response's headers: the body is not read
                SourceInfo source = new SourceInfo(bucket, key, versionId, null, size, in.response().contentType(), null,
                        sequencer);
                return fail(documentId, source, "the file is " + size + " bytes, over the limit of "
                        + extractor.limits().maxBytes() + " bytes");
            }
            bytes = in.readNBytes((int) Math.min(size, extractor.limits().maxBytes()) + 1);
        }
        String fileName = key.substring(key.lastIndexOf('/') + 1);
        // the attempt's record has no sequencer: a retry after a crash reads the write again
        SourceInfo bare = new SourceInfo(bucket, key, versionId, Sha256.hex(bytes), bytes.length, null, null);
        Optional<DocumentRecord> original = store.claimContent(bare.sha256(), documentId);
        if (original.isPresent()) {
            return duplicate(documentId, bare.withSequencer(sequencer), original.get());
        }
        // first the record of the attempt: if the function dies (out of memory, timeout), the upload
        // still has a record that says so; the finished reading below replaces it
        boolean earlierItems = store.updateDocument(new DocumentRecord(documentId, Status.FAILED, List.of(),
                "processing started at " + Instant.now() + " and has not finished (the function may have crashed, timed out or run out of memory; Lambda retries it)",
                bare, null, CallInfo.UNKNOWN, null, Instant.now().toString(), null));
        ExtractedText text;
        Transcript t;
        try {
            text = extractor.extract(bytes, fileName);
        } catch (ExtractionException e) {
            return fail(documentId, bare.withSequencer(sequencer), e.getMessage());
        }
        SourceInfo source = new SourceInfo(bucket, key, versionId, bare.sha256(), bytes.length, text.mediaType(),
                text.encoding(), sequencer);
        try {
            t = parser.parse(text.text());
        } catch (NotATranscriptException e) {
            return fail(documentId, source, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return fail(documentId, source, "the transcript's structure could not be read: " + e.getClass().getSimpleName()
                    + ": " + e.getMessage());
        }
        List<String> warnings = new ArrayList<>(t.warnings());
        warnings.addAll(text.warnings());
        Coverage.turnsWarning(text.text(), t).ifPresent(warnings::add);
        if (text.mediaType().equals("text/plain")) {
            Coverage.textWarning(text.text(), bytes.length).ifPresent(warnings::add);
        }
        DocumentRecord doc = new DocumentRecord(documentId, warnings.isEmpty() ? Status.PROCESSED : Status.DEGRADED,
                warnings, null, source, t.layout(), t.call(), CompanyKey.of(t.call().ticker(), t.call().company()),
                Instant.now().toString(), null);
        store.saveDocument(doc, t, earlierItems);
        s3.putObject(b -> b.bucket(bucket).key(processedKey(documentId)).contentType("application/json")
                        .metadata(sequencer == null ? Map.of() : Map.of(SEQUENCER_METADATA, sequencer)),
                RequestBody.fromBytes(Json.write(new ProcessedTranscript(doc, t, !earlierItems)).getBytes(StandardCharsets.UTF_8)));
        return doc;
    }

    /** The same content as an earlier upload: recorded as its copy, read no further, so nothing alerts twice. */
    private DocumentRecord duplicate(String documentId, SourceInfo source, DocumentRecord original) {
        List<String> warnings = new ArrayList<>(original.warnings());
        warnings.add("the same content (sha256) as " + (original.source() == null ? "an earlier upload"
                : original.source().key()) + " (document " + original.documentId() + "): recorded as its duplicate,"
                + " not read again; its guidance and alerts are the original's");
        DocumentRecord doc = new DocumentRecord(documentId, original.status(), warnings, original.error(),
                new SourceInfo(source.bucket(), source.key(), source.versionId(), source.sha256(), source.sizeBytes(),
                        original.source() == null ? null : original.source().mediaType(),
                        original.source() == null ? null : original.source().encoding(), source.sequencer()),
                original.layout(), original.call(), original.companyKey(), Instant.now().toString(), original.documentId());
        store.saveDocument(doc, null);
        return doc;
    }

    private DocumentRecord fail(String documentId, SourceInfo source, String reason) {
        DocumentRecord doc = new DocumentRecord(documentId, Status.FAILED, List.of(), reason, source, null,
                CallInfo.UNKNOWN, null, Instant.now().toString(), null);
        store.saveDocument(doc, null);
        return doc;
    }
}
