package io.transcripts.local.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import io.transcripts.export.Json;
import io.transcripts.local.LambdaEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * A DynamoDB stream event source mapping as Lambda runs one: records that match the mapping's
 * filter go to the function in batches of its batch size, in order per shard; a reported item
 * failure retries from that record, a function error bisects the batch, and a batch that still
 * fails after the retry limit goes to the on-failure destination so the shard moves on. With a
 * ParallelizationFactor above 1, that many batches of a shard run at once, split by partition key.
 */
public final class StreamEventSource implements AutoCloseable {
    private final DynamoDbStreamsClient streams;
    private final String streamArn;
    private final LambdaService lambda;
    private final FunctionSpec function;
    private final List<JsonNode> filters = new ArrayList<>();
    private final Map<String, String> iterators = new HashMap<>();
    private final java.util.Set<String> finished = new java.util.HashSet<>();
    private static final long SHARD_LIST_INTERVAL_NANOS = 500_000_000L;
    private long shardsListedAt;
    private final Thread poller;
    private final int lanes;
    private final java.util.concurrent.ExecutorService laneWorkers;
    private final Object rounds = new Object();
    private volatile boolean closed;
    private long roundsStarted;
    private long lastQuietRound = -1;

    public StreamEventSource(DynamoDbStreamsClient streams, String streamArn, LambdaService lambda, String function) {
        this.streams = streams;
        this.streamArn = streamArn;
        this.lambda = lambda;
        this.function = lambda.spec(function);
        for (String f : this.function.stream().filterPattern().split("\n")) {
            filters.add(Json.read(f, JsonNode.class));
        }
        // records written before this mapping existed were delivered by an earlier run
        for (Shard s : shards()) {
            iterators.put(s.shardId(), iterator(s.shardId(), ShardIteratorType.LATEST));
        }
        lanes = lambda.environments(function);
        laneWorkers = java.util.concurrent.Executors.newFixedThreadPool(lanes, r -> {
            Thread t = new Thread(r, "stream-lane-" + function);
            t.setDaemon(true);
            return t;
        });
        poller = new Thread(this::poll, "stream-" + function);
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        while (!closed) {
            long round;
            synchronized (rounds) {
                round = ++roundsStarted;
            }
            int seen;
            try {
                seen = pollOnce();
            } catch (RuntimeException e) {
                // the table is unreachable: keep the iterators, try again
                seen = 1;
            }
            synchronized (rounds) {
                if (seen == 0) {
                    lastQuietRound = round;
                }
                rounds.notifyAll();
            }
            if (seen == 0) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Waits for a complete poll that began after this call and found no record. */
    public boolean awaitQuiet(long timeoutMs) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMs;
        synchronized (rounds) {
            long after = roundsStarted;
            while (lastQuietRound <= after) {
                long left = end - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                rounds.wait(left);
            }
            return true;
        }
    }

    private int pollOnce() {
        long now = System.nanoTime();
        if (now - shardsListedAt > SHARD_LIST_INTERVAL_NANOS || iterators.isEmpty()) {
            // new shards appear when DynamoDB rolls a shard over: look for them now and then, not every poll
            shardsListedAt = now;
            for (Shard s : shards()) {
                if (!iterators.containsKey(s.shardId()) && !finished.contains(s.shardId())) {
                    iterators.put(s.shardId(), iterator(s.shardId(), ShardIteratorType.TRIM_HORIZON));
                }
            }
        }
        int seen = 0;
        for (Iterator<Map.Entry<String, String>> it = iterators.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, String> e = it.next();
            if (e.getValue() == null) {
                finished.add(e.getKey()); // a closed shard, read to its end
                it.remove();
                continue;
            }
            var r = streams.getRecords(b -> b.shardIterator(e.getValue()).limit(1000));
            seen += r.records().size();
            deliver(r.records().stream().filter(this::matches).toList());
            e.setValue(r.nextShardIterator());
        }
        return seen;
    }

    /**
     * The records of one read, in lanes by partition key as Lambda splits a shard for its
     * ParallelizationFactor: each lane's batches run in order, the lanes at once, and the next read
     * waits for all of them.
     */
    private void deliver(List<Record> records) {
        List<List<Record>> byLane = lanes(records, lanes);
        List<java.util.concurrent.Future<?>> running = new ArrayList<>();
        for (List<Record> lane : byLane) {
            if (!lane.isEmpty()) {
                running.add(laneWorkers.submit(() -> deliverInOrder(lane)));
            }
        }
        for (java.util.concurrent.Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }

    /** Records split by their item's partition key, each lane in stream order. */
    static List<List<Record>> lanes(List<Record> records, int lanes) {
        List<List<Record>> out = new ArrayList<>();
        for (int i = 0; i < lanes; i++) {
            out.add(new ArrayList<>());
        }
        for (Record r : records) {
            var pk = r.dynamodb().keys().get("PK");
            int lane = lanes == 1 || pk == null ? 0 : Math.floorMod(pk.s().hashCode(), lanes);
            out.get(lane).add(r);
        }
        return out;
    }

    private void deliverInOrder(List<Record> records) {
        int batch = function.stream().batchSize();
        for (int i = 0; i < records.size(); i += batch) {
            deliverBatch(records.subList(i, Math.min(records.size(), i + batch)), 0);
        }
    }

    /** One batch to its end: done, or retried, bisected and finally set aside. */
    private void deliverBatch(List<Record> batch, int attempts) {
        List<Record> pending = batch;
        int tries = attempts;
        while (!pending.isEmpty() && !closed) {
            Outcome o = lambda.invoke(function.name(), LambdaEvents.dynamodbJson(pending, streamArn));
            // item failures count only where the mapping asks for them (FunctionResponseTypes), as in Lambda
            String failedAt = o instanceof Outcome.Success s && function.stream().reportItemFailures() ? s.firstItemFailure() : null;
            if (!o.failed() && failedAt == null) {
                return;
            }
            tries++;
            if (tries > function.stream().maxRetries()) {
                lambda.deadLetter(new LambdaService.DeadLetter(function.name(), "RetryAttemptsExhausted", tries,
                        o.failed() ? o.describe() : "batch item failure at " + failedAt,
                        LambdaEvents.dynamodbJson(pending, streamArn), Instant.now()));
                return;
            }
            if (failedAt != null) {
                String seq = failedAt;
                int from = 0;
                while (from < pending.size() && !pending.get(from).dynamodb().sequenceNumber().equals(seq)) {
                    from++;
                }
                pending = pending.subList(Math.min(from, pending.size() - 1), pending.size());
            } else if (function.stream().bisectOnError() && pending.size() > 1) {
                int half = pending.size() / 2;
                deliverBatch(pending.subList(0, half), tries);
                deliverBatch(pending.subList(half, pending.size()), tries);
                return;
            }
        }
    }

    /** The mapping's FilterCriteria: a record passes when any pattern matches its event JSON. */
    private boolean matches(Record r) {
        JsonNode event = LambdaEvents.dynamodbRecord(r, streamArn);
        return filters.stream().anyMatch(p -> matches(p, event));
    }

    static boolean matches(JsonNode pattern, JsonNode value) {
        if (pattern.isArray()) {
            for (JsonNode allowed : pattern) {
                if (value != null && !value.isMissingNode() && value.isValueNode() && allowed.asText().equals(value.asText())) {
                    return true;
                }
            }
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> f = pattern.fields(); f.hasNext(); ) {
            Map.Entry<String, JsonNode> e = f.next();
            if (value == null || !matches(e.getValue(), value.path(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private List<Shard> shards() {
        return streams.describeStream(b -> b.streamArn(streamArn)).streamDescription().shards();
    }

    private String iterator(String shardId, ShardIteratorType type) {
        return streams.getShardIterator(b -> b.streamArn(streamArn).shardId(shardId).shardIteratorType(type)).shardIterator();
    }

    @Override
    public void close() {
        closed = true;
        poller.interrupt();
        laneWorkers.shutdownNow();
    }
}
