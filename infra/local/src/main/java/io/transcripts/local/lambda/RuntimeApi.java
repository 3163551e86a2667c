package io.transcripts.local.lambda;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The Lambda Runtime API (2018-06-01) for one execution environment, on 127.0.0.1: the runtime
 * interface client in the function's JVM long-polls {@code invocation/next}, then posts the
 * response or the error of that invocation; an init error is reported on {@code init/error}.
 */
final class RuntimeApi implements AutoCloseable {
    private static final String PREFIX = "/2018-06-01/runtime/";

    /** One invocation handed to the runtime, completed by its response or error. */
    record Pending(String requestId, byte[] payload, long deadlineMs, CompletableFuture<Outcome> outcome) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "runtime-api");
        t.setDaemon(true);
        return t;
    });
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final ConcurrentHashMap<String, Pending> running = new ConcurrentHashMap<>();
    /** Completes when the runtime first asks for work (init done) or reports an init error. */
    final CompletableFuture<Outcome> initialised = new CompletableFuture<>();
    private final String functionArn;

    RuntimeApi(String functionArn) throws IOException {
        this.functionArn = functionArn;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(threads);
        server.createContext(PREFIX, this::handle);
        server.start();
    }

    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues an invocation; its outcome completes when the runtime answers. */
    Pending submit(byte[] payload, long timeoutMs) {
        Pending p = new Pending(UUID.randomUUID().toString(), payload, System.currentTimeMillis() + timeoutMs,
                new CompletableFuture<>());
        running.put(p.requestId(), p);
        p.outcome().whenComplete((o, e) -> running.remove(p.requestId()));
        queue.add(p);
        return p;
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            String path = x.getRequestURI().getPath().substring(PREFIX.length());
            byte[] body;
            try (InputStream in = x.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (path.equals("invocation/next") && x.getRequestMethod().equals("GET")) {
                initialised.complete(new Outcome.Success(new byte[0]));
                Pending p = nextInvocation();
                if (p == null) {
                    reply(x, 500, "{\"errorMessage\":\"runtime API closed\"}");
                    return;
                }
                x.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", p.requestId());
                x.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", Long.toString(p.deadlineMs()));
                x.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn", functionArn);
                x.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-" + Long.toHexString(System.currentTimeMillis() / 1000)
                        + "-" + p.requestId().replace("-", "").substring(0, 24) + ";Sampled=0");
                x.getResponseHeaders().add("Content-Type", "application/json");
                x.sendResponseHeaders(200, p.payload().length == 0 ? -1 : p.payload().length);
                try (OutputStream out = x.getResponseBody()) {
                    out.write(p.payload());
                }
                return;
            }
            if (path.equals("init/error")) {
                initialised.complete(Outcome.FunctionError.fromJson(body, "init error"));
                reply(x, 202, "{\"status\":\"OK\"}");
                return;
            }
            if (path.startsWith("invocation/") && (path.endsWith("/response") || path.endsWith("/error"))) {
                String id = path.substring("invocation/".length(), path.lastIndexOf('/'));
                Pending p = running.get(id);
                if (p == null) {
                    reply(x, 400, "{\"errorMessage\":\"unknown request id\",\"errorType\":\"InvalidRequestID\"}");
                    return;
                }
                p.outcome().complete(path.endsWith("/response") ? new Outcome.Success(body)
                        : Outcome.FunctionError.fromJson(body, "function error"));
                reply(x, 202, "{\"status\":\"OK\"}");
                return;
            }
            reply(x, 404, "{\"errorMessage\":\"no such runtime API path\"}");
        }
    }

    private Pending nextInvocation() {
        try {
            while (!threads.isShutdown()) {
                Pending p = queue.poll(200, TimeUnit.MILLISECONDS);
                if (p != null && !p.outcome().isDone()) {
                    return p;
                }
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void reply(HttpExchange x, int status, String json) throws IOException {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, b.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(b);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
        server.stop(0);
        running.values().forEach(p -> p.outcome().complete(new Outcome.Crash("the execution environment was shut down")));
    }
}
