package io.transcripts.reader;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Every result of a paginated query as a lazy stream: a page is read when the stream reaches it. */
public final class Pages {
    private static final int PAGE = 100;

    private Pages() {
    }

    public static <T> Stream<T> all(Function<PageRequest, Page<T>> query) {
        Iterator<T> it = new Iterator<>() {
            private PageRequest request = PageRequest.first(PAGE);
            private Iterator<T> current = java.util.Collections.<T>emptyIterator();
            private boolean more = true;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && more) {
                    Page<T> page = query.apply(request);
                    current = page.items().iterator();
                    more = page.hasNext();
                    if (more) {
                        request = page.nextRequest(request);
                    }
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
