package io.transcripts.reader;

/**
 * How much to read and from where: at most {@code limit} results, starting at {@code token} (a
 * previous page's {@link Page#next()}, opaque; {@code null} for the first page).
 */
public record PageRequest(int limit, String token) {
    public static final int MAX_LIMIT = 1_000;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_LIMIT + " results, not " + limit);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }
}
