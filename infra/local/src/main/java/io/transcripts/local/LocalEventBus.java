package io.transcripts.local;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * A PutEvents endpoint on 127.0.0.1 for the real EventBridge client: nothing like EventBridge runs
 * on this machine, so events are appended, one JSON request a line, to DATA/events.jsonl.
 */
final class LocalEventBus implements AutoCloseable {
    private final HttpServer server;
    private final Path log;
    private final java.util.List<java.util.function.Consumer<String>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    LocalEventBus(Path data) throws IOException {
        this.log = data.resolve("events.jsonl");
        server = HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(1 << 20);
            }
            String request = new String(body, StandardCharsets.UTF_8);
            Files.writeString(log, request.replace('\n', ' ') + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            listeners.forEach(l -> l.accept(request));
            byte[] reply = ("{\"FailedEntryCount\":0,\"Entries\":[{\"EventId\":\"" + UUID.randomUUID() + "\"}]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        server.start();
    }

    /** Sees every PutEvents request body as it arrives. */
    void listen(java.util.function.Consumer<String> listener) {
        listeners.add(listener);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    Path log() {
        return log;
    }

    private boolean stopped;

    @Override
    public synchronized void close() {
        if (!stopped) { // an outage may have stopped it before the pipeline closes
            stopped = true;
            server.stop(0);
        }
    }
}
