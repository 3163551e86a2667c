package io.transcripts.local.lambda;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.transcripts.export.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Lambda service on this machine: each function runs from its artifact in execution
 * environments of its own; asynchronous invocations (S3 notifications) are queued, retried as the
 * function's EventInvokeConfig says and then sent to its on-failure destination, kept here as
 * {@code DATA/failures/<function>.jsonl}; synchronous invocations (the stream poller's) return
 * their outcome. {@link #awaitIdle} tells when no invocation is queued or running.
 */
public final class LambdaService implements AutoCloseable {
    /** An asynchronous invocation that exhausted its retries, as its destination records it. */
    public record DeadLetter(String function, String condition, int attempts, String error, String payload,
                             Instant at) {
    }

    private final Map<String, FunctionSpec> specs = new LinkedHashMap<>();
    private final Map<String, List<ExecutionEnvironment>> environments = new ConcurrentHashMap<>();
    private final Map<String, BlockingQueue<byte[]>> queues = new ConcurrentHashMap<>();
    /** Environments of each function not running a synchronous invocation now. */
    private final Map<String, BlockingQueue<ExecutionEnvironment>> free = new ConcurrentHashMap<>();
    private final List<Thread> workers = new ArrayList<>();
    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    private final AtomicInteger busy = new AtomicInteger();
    private final Map<String, AtomicInteger> failedInvocations = new ConcurrentHashMap<>();
    private final Object idle = new Object();
    private final Path data;
    private final List<Path> runtimeClasspath;
    private final Path java;
    private final Map<String, String> serviceEnv;
    private final Duration retryDelay;
    private volatile boolean closed;

    /**
     * @param concurrency execution environments per function working its asynchronous queue
     * @param retryDelay  the wait before the first retry, doubled for the second (Lambda waits about
     *                    one and two minutes; locally a short delay keeps runs quick)
     */
    public LambdaService(List<FunctionSpec> functions, Path data, List<Path> runtimeClasspath, Path java,
                         Map<String, String> serviceEnv, int concurrency, Duration retryDelay) throws IOException {
        this.data = data;
        this.runtimeClasspath = runtimeClasspath;
        this.java = java;
        this.serviceEnv = serviceEnv;
        this.retryDelay = retryDelay;
        Files.createDirectories(data.resolve("logs"));
        Files.createDirectories(data.resolve("failures"));
        for (FunctionSpec f : functions) {
            specs.put(f.name(), f);
            Path root = ExecutionEnvironment.taskRoot(f.artifact(), data.resolve("tasks").resolve(f.name()));
            List<ExecutionEnvironment> envs = new CopyOnWriteArrayList<>();
            // a stream's shard runs as many batches at once as its ParallelizationFactor, capped like
            // the asynchronous queues by this machine's concurrency
            int n = f.stream() == null ? concurrency : Math.max(1, Math.min(concurrency, f.stream().parallelizationFactor()));
            for (int i = 0; i < n; i++) {
                envs.add(new ExecutionEnvironment(f, root, runtimeClasspath, java, serviceEnv,
                        data.resolve("logs").resolve(f.name() + "-" + i + ".log")));
            }
            environments.put(f.name(), envs);
            free.put(f.name(), new LinkedBlockingQueue<>(envs));
            if (f.stream() == null) {
                BlockingQueue<byte[]> q = new LinkedBlockingQueue<>();
                queues.put(f.name(), q);
                for (int i = 0; i < envs.size(); i++) {
                    Thread t = new Thread(() -> work(f, q), "lambda-" + f.name());
                    t.setDaemon(true);
                    t.start();
                    workers.add(t);
                }
            }
        }
    }

    public FunctionSpec spec(String function) {
        FunctionSpec f = specs.get(function);
        if (f == null) {
            throw new IllegalArgumentException("no function " + function + " in " + specs.keySet());
        }
        return f;
    }

    /** One cold start's timings: JVM start to the runtime's first request (init), and to the first response. */
    public record ColdStart(long initMs, long firstResponseMs, boolean failed) {
    }

    /**
     * A fresh execution environment of {@code spec} (a template function or any other artifact),
     * its JVM started with {@code jvmOptions} and the extra environment, timed to its first response
     * to {@code payload}, then stopped: gracefully when {@code graceful} (exit-time dumps run).
     */
    public ColdStart coldStart(FunctionSpec spec, String payload, List<String> jvmOptions, Map<String, String> extraEnv,
                               boolean graceful) throws IOException {
        Map<String, String> env = new HashMap<>(spec.environment());
        env.putAll(extraEnv);
        FunctionSpec s = new FunctionSpec(spec.name(), spec.handler(), spec.artifact(), spec.memoryMb(), spec.timeoutSeconds(),
                Map.copyOf(env), spec.asyncRetries(), spec.s3Prefix(), spec.stream());
        Path root = ExecutionEnvironment.taskRoot(spec.artifact(), data.resolve("coldstart").resolve(spec.name()));
        try (ExecutionEnvironment e = new ExecutionEnvironment(s, root, runtimeClasspath, java, serviceEnv,
                data.resolve("logs").resolve(spec.name() + "-coldstart.log"), jvmOptions)) {
            long t0 = System.nanoTime();
            Outcome o = e.invoke(payload.getBytes(StandardCharsets.UTF_8));
            long total = (System.nanoTime() - t0) / 1_000_000;
            if (graceful) {
                e.shutDown();
            }
            return new ColdStart(e.lastInitMs(), total, o.failed());
        }
    }

    /** An asynchronous invocation (Lambda's {@code Event} type): queued, retried, dead-lettered. */
    public void invokeAsync(String function, String payload) {
        BlockingQueue<byte[]> q = queues.get(function);
        if (q == null) {
            throw new IllegalArgumentException(function + " takes no asynchronous invocations");
        }
        busy.incrementAndGet();
        q.add(payload.getBytes(StandardCharsets.UTF_8));
    }

    /** A synchronous invocation (Lambda's {@code RequestResponse} type), as an event source mapping makes. */
    public Outcome invoke(String function, String payload) {
        BlockingQueue<ExecutionEnvironment> pool = free.get(spec(function).name());
        busy.incrementAndGet();
        ExecutionEnvironment env = null;
        try {
            env = pool.take();
            Outcome o = env.invoke(payload.getBytes(StandardCharsets.UTF_8));
            count(function, o);
            return o;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for an environment of " + function, e);
        } finally {
            if (env != null) {
                pool.add(env);
            }
            done();
        }
    }

    /** Environments a function runs at most at once. */
    public int environments(String function) {
        return environments.get(spec(function).name()).size();
    }

    /**
     * One of a function's asynchronous workers: each attempt takes a free environment from the pool
     * that synchronous invocations (a redrive) share, so no environment ever runs two events at once.
     */
    private void work(FunctionSpec f, BlockingQueue<byte[]> q) {
        BlockingQueue<ExecutionEnvironment> pool = free.get(f.name());
        while (!closed) {
            byte[] payload;
            try {
                payload = q.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (payload == null) {
                continue;
            }
            try {
                Outcome last = null;
                int attempts = 0;
                for (int attempt = 0; attempt <= f.asyncRetries() && !closed; attempt++) {
                    if (attempt > 0) {
                        Thread.sleep(retryDelay.toMillis() << (attempt - 1));
                    }
                    attempts++;
                    ExecutionEnvironment env = pool.take();
                    try {
                        last = env.invoke(payload);
                    } finally {
                        pool.add(env);
                    }
                    count(f.name(), last);
                    if (!last.failed()) {
                        break;
                    }
                }
                if (last != null && last.failed() && !closed) {
                    deadLetter(new DeadLetter(f.name(), "RetriesExhausted", attempts, last.describe(),
                            new String(payload, StandardCharsets.UTF_8), Instant.now()));
                }
            } catch (InterruptedException e) {
                return;
            } finally {
                done();
            }
        }
    }

    private void count(String function, Outcome o) {
        if (o.failed()) {
            failedInvocations.computeIfAbsent(function, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** Invocations of the function that failed (and were retried or dead-lettered) so far. */
    public int failedInvocations(String function) {
        AtomicInteger n = failedInvocations.get(function);
        return n == null ? 0 : n.get();
    }

    /** Records a failed delivery where its destination would: in memory for reports and in DATA/failures. */
    public void deadLetter(DeadLetter d) {
        deadLetters.add(d);
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("version", "1.0").put("timestamp", d.at().toString());
        n.putObject("requestContext").put("functionArn", "arn:aws:lambda:us-east-1:000000000000:function:" + d.function())
                .put("condition", d.condition()).put("approximateInvokeCount", d.attempts());
        n.putObject("responseContext").put("functionError", "Unhandled").put("error", d.error());
        n.put("requestPayload", d.payload());
        try {
            Files.writeString(data.resolve("failures").resolve(d.function() + ".jsonl"), n + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<DeadLetter> deadLetters() {
        return List.copyOf(deadLetters);
    }

    /** Cold starts of a function's environments so far. */
    public int coldStarts(String function) {
        return environments.get(spec(function).name()).stream().mapToInt(ExecutionEnvironment::starts).sum();
    }

    /** The largest resident memory any environment of the function reached, in MB. */
    public long peakMemoryMb(String function) {
        return environments.get(spec(function).name()).stream().mapToLong(ExecutionEnvironment::peakMemoryMb).max().orElse(0);
    }

    /** How busy a function's environments were: invocations, time in them, and how many environments. */
    public record Busy(int environments, int invocations, long busyMs) {
        public double meanMs() {
            return invocations == 0 ? 0 : (double) busyMs / invocations;
        }
    }

    public Busy busy(String function) {
        List<ExecutionEnvironment> envs = environments.get(spec(function).name());
        return new Busy(envs.size(), envs.stream().mapToInt(ExecutionEnvironment::invocations).sum(),
                envs.stream().mapToLong(ExecutionEnvironment::busyMs).sum());
    }

    /** Whether an invocation of the function is running now. */
    public boolean running(String function) {
        return environments.get(spec(function).name()).stream().anyMatch(ExecutionEnvironment::invoking);
    }

    /** Kills every running JVM of a function, as a crash of the host would. */
    public void kill(String function) {
        environments.get(spec(function).name()).forEach(ExecutionEnvironment::kill);
    }

    private void done() {
        if (busy.decrementAndGet() == 0) {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }

    public boolean isIdle() {
        return busy.get() == 0;
    }

    /** Waits until nothing is queued or running; false if that did not happen in time. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (busy.get() > 0) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                idle.wait(Math.max(1, left / 1_000_000));
            }
        }
        return true;
    }

    @Override
    public void close() {
        closed = true;
        workers.forEach(Thread::interrupt);
        environments.values().forEach(l -> l.forEach(ExecutionEnvironment::close));
    }
}
