package io.transcripts.reader;

import java.util.List;
import java.util.Optional;

/**
 * One page of a query's results, and where the next one starts. {@code next} is empty once the
 * query is exhausted; a page may be empty while {@code next} is not (as DynamoDB's own pages can).
 */
public record Page<T>(List<T> items, Optional<String> next) {
    public Page {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return next.isPresent();
    }

    /** The request for the page after this one, of the same size. */
    public PageRequest nextRequest(PageRequest current) {
        return new PageRequest(current.limit(), next.orElseThrow(() -> new IllegalStateException("the last page has no next")));
    }
}
