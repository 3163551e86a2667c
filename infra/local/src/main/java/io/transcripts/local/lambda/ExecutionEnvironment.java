package io.transcripts.local.lambda;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One execution environment: the function's deployment artifact in its own JVM, started by the
 * official runtime interface client against a {@link RuntimeApi} of its own, with the template's
 * memory as heap and its timeout per invocation. A timeout, an out-of-memory or an exit ends the
 * environment and fails that invocation only; the next invocation starts a fresh one (a cold start).
 */
final class ExecutionEnvironment implements AutoCloseable {
    private static final int INIT_TIMEOUT_SECONDS = 60;

    private final FunctionSpec spec;
    private final Path taskRoot;
    private final List<Path> runtimeClasspath;
    private final Path java;
    private final Map<String, String> serviceEnv;
    private final Path log;
    private final List<String> jvmOptions;
    private RuntimeApi api;
    private long lastInitMs = -1;
    private Process process;
    private int starts;
    private long peakKb;
    private volatile boolean invoking;
    // written under the invocation's lock, read by reports while an invocation may be running
    private volatile long busyNanos;
    private volatile int invocations;

    ExecutionEnvironment(FunctionSpec spec, Path taskRoot, List<Path> runtimeClasspath, Path java,
                         Map<String, String> serviceEnv, Path log) {
        this(spec, taskRoot, runtimeClasspath, java, serviceEnv, log, List.of());
    }

    /** @param jvmOptions options before the main class, beyond the runtime's own (a class-data archive, say) */
    ExecutionEnvironment(FunctionSpec spec, Path taskRoot, List<Path> runtimeClasspath, Path java,
                         Map<String, String> serviceEnv, Path log, List<String> jvmOptions) {
        this.jvmOptions = List.copyOf(jvmOptions);
        this.spec = spec;
        this.taskRoot = taskRoot;
        this.runtimeClasspath = runtimeClasspath;
        this.java = java;
        this.serviceEnv = serviceEnv;
        this.log = log;
    }

    /** Cold starts so far: one per fresh JVM. */
    int starts() {
        return starts;
    }

    /** Runs one invocation to its end, starting the environment first where there is none. */
    synchronized Outcome invoke(byte[] payload) {
        invoking = true;
        long started = System.nanoTime();
        try {
            return invokeNow(payload);
        } finally {
            busyNanos += System.nanoTime() - started;
            invocations++;
            invoking = false;
        }
    }

    /** Time spent in invocations so far (cold starts included), in ms. */
    long busyMs() {
        return busyNanos / 1_000_000;
    }

    /** Invocations so far, failed ones included. */
    int invocations() {
        return invocations;
    }

    boolean invoking() {
        return invoking;
    }

    private Outcome invokeNow(byte[] payload) {
        if (process == null || !process.isAlive()) {
            Outcome init = start();
            if (init.failed()) {
                stop();
                return init;
            }
        }
        Process proc = process;
        RuntimeApi.Pending p = api.submit(payload, spec.timeoutSeconds() * 1000L);
        proc.onExit().thenRun(() -> p.outcome().complete(exited(proc)));
        try {
            Outcome o = p.outcome().get(spec.timeoutSeconds(), TimeUnit.SECONDS);
            if (o instanceof Outcome.Crash) {
                stop();
            }
            return o;
        } catch (TimeoutException e) {
            stop();
            return new Outcome.Crash("Task timed out after " + spec.timeoutSeconds() + " seconds");
        } catch (ExecutionException e) {
            stop();
            return new Outcome.Crash("the runtime failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            return new Outcome.Crash("interrupted");
        }
    }

    private Outcome start() {
        try {
            api = new RuntimeApi("arn:aws:lambda:us-east-1:000000000000:function:" + spec.name());
            List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Xmx" + spec.heapMb() + "m", "-Xss1m",
                    "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC", "-Djava.net.preferIPv4Stack=true"));
            cmd.addAll(jvmOptions);
            cmd.addAll(List.of("-cp", String.join(File.pathSeparator, runtimeClasspath.stream().map(Path::toString).toList()),
                    "com.amazonaws.services.lambda.runtime.api.client.AWSLambda", spec.handler()));
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(taskRoot.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> env = pb.environment();
            env.keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("JAVA_") || k.equals("CLASSPATH"));
            env.putAll(serviceEnv);
            env.putAll(spec.environment());
            env.put("AWS_LAMBDA_RUNTIME_API", api.address());
            env.put("AWS_LAMBDA_FUNCTION_NAME", spec.name());
            env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
            env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(spec.memoryMb()));
            env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + spec.name());
            env.put("AWS_LAMBDA_LOG_STREAM_NAME", "local/" + starts);
            env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
            env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
            env.put("_HANDLER", spec.handler());
            long started = System.nanoTime();
            process = pb.start();
            starts++;
            Process proc = process;
            RuntimeApi starting = api;
            proc.onExit().thenRun(() -> starting.initialised.complete(exited(proc)));
            Outcome init = api.initialised.get(INIT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            lastInitMs = (System.nanoTime() - started) / 1_000_000;
            return init;
        } catch (TimeoutException e) {
            return new Outcome.Crash("initialisation took longer than " + INIT_TIMEOUT_SECONDS + " seconds");
        } catch (IOException | ExecutionException e) {
            return new Outcome.Crash("the execution environment could not start: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Crash("interrupted");
        }
    }

    private static Outcome exited(Process process) {
        int code = process.exitValue();
        return new Outcome.Crash("Runtime exited with error: exit status " + code
                + (code == 3 ? " (out of memory: -XX:+ExitOnOutOfMemoryError)" : ""));
    }

    /** The largest resident size any of this environment's JVMs reached (Linux VmHWM), in MB. */
    long peakMemoryMb() {
        Process p = process;
        if (p != null && p.isAlive()) {
            peakKb = Math.max(peakKb, ProcessMemory.peakResidentKb(p.pid()));
        }
        return peakKb / 1024;
    }

    /** The last JVM's init, from its start to its runtime's first request for an event, in ms; -1 before any. */
    long lastInitMs() {
        return lastInitMs;
    }

    /** Asks the JVM to exit (SIGTERM: shutdown hooks and exit-time dumps run), then forgets it. */
    synchronized void shutDown() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
        stop();
    }

    /** Kills the JVM at once, as Lambda does on a timeout, and forgets it. */
    synchronized void stop() {
        if (process != null) {
            peakMemoryMb();
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
        if (api != null) {
            api.close();
            api = null;
        }
    }

    /** Kills the function's JVM now, mid-invocation or idle: the fault a test injects. */
    void kill() {
        Process p = process;
        if (p != null) {
            p.destroyForcibly();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** The artifact as Lambda unpacks it: the jar's classes under the task root, here as lib/function.jar. */
    static Path taskRoot(Path artifact, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("lib"));
        Path target = dir.resolve("lib").resolve("function.jar");
        if (!Files.exists(target) || Files.size(target) != Files.size(artifact)
                || Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(artifact)) < 0) {
            Files.copy(artifact, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return dir;
    }
}
