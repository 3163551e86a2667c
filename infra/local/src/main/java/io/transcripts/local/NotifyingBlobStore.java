package io.transcripts.local;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.blobstore.domain.MultipartUpload;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * S3Proxy's storage with S3's event notifications: every object created, whichever client wrote
 * it (the CLI's upload or a function's own PutObject), is announced once it is stored.
 */
final class NotifyingBlobStore extends ForwardingBlobStore {
    private final List<Consumer<Backend.ObjectCreated>> listeners = new CopyOnWriteArrayList<>();
    /** S3's sequencers grow with each write; from the clock, so a stack restarted on kept data goes on growing. */
    private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis() << 16);

    NotifyingBlobStore(BlobStore delegate) {
        super(delegate);
    }

    void listen(Consumer<Backend.ObjectCreated> listener) {
        listeners.add(listener);
    }

    @Override
    public PutObjectResponse putBlob(PutObjectRequest request, InputStream in) {
        PutObjectResponse r = super.putBlob(request, in);
        created(request.bucket(), request.key(), r.versionId());
        return r;
    }

    @Override
    public CopyObjectResponse copyBlob(CopyObjectRequest request) {
        CopyObjectResponse r = super.copyBlob(request);
        created(request.destinationBucket(), request.destinationKey(), r.versionId());
        return r;
    }

    @Override
    public CompleteMultipartUploadResponse completeMultipartUpload(MultipartUpload upload, CompleteMultipartUploadRequest request) {
        CompleteMultipartUploadResponse r = super.completeMultipartUpload(upload, request);
        created(request.bucket(), request.key(), r.versionId());
        return r;
    }

    private void created(String bucket, String key, String versionId) {
        Long size = delegate().blobMetadata(bucket, key).contentLength();
        Backend.ObjectCreated n = new Backend.ObjectCreated(key, size == null ? 0 : size, versionId,
                String.format(java.util.Locale.ROOT, "%018X", sequence.incrementAndGet()));
        listeners.forEach(l -> l.accept(n));
    }
}
