package io.transcripts.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line's conventions: help on every command, and the exit status of bad arguments (no stack starts). */
class LocalMainTest {
    record Result(int status, String out, String err) {
    }

    /** The command line in this JVM, its output captured. */
    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = LocalMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyCommandHasHelp() {
        for (List<String> command : List.of(List.<String>of(), List.of("run"), List.of("process"), List.of("query"),
                List.of("query", "guidance"), List.of("query", "alerts"), List.of("query", "document"),
                List.of("query", "capacity"), List.of("export"), List.of("report"), List.of("redrive"), List.of("load"), List.of("coldstart"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.add("--help");
            Result r = run(args.toArray(String[]::new));
            assertEquals(0, r.status(), String.join(" ", args));
            assertTrue(r.out().startsWith("Usage: transcripts-local" + (command.isEmpty() ? "" : " " + String.join(" ", command))),
                    String.join(" ", args) + ":\n" + r.out());
        }
        assertTrue(run("--help").out().contains("5   (load) an upload has no final record"), "the exit statuses are listed");
    }

    @Test
    void badArgumentsExitWithTwoAndSayWhy() {
        for (var c : List.of(
                List.of("no command", ""),
                List.of("Unmatched argument at index 0: 'frobnicate'", "frobnicate"),
                List.of("Missing required option: '--out=DIR'", "process x.txt"),
                List.of("Missing required parameter: 'METRIC'", "query guidance ACME"),
                List.of("Unknown option: '--bogus'", "run --bogus"),
                List.of("--count needs a positive number, not 0", "load --count 0"),
                List.of("Invalid value for option '--limit'", "query alerts --limit many"),
                List.of("query takes guidance, alerts, document or capacity", "query"))) {
            String[] args = c.get(1).isEmpty() ? new String[0] : c.get(1).split(" ");
            Result r = run(args);
            assertEquals(2, r.status(), c.get(1));
            assertTrue(r.err().contains(c.get(0)), c.get(1) + ":\n" + r.err());
            assertTrue(r.err().contains("Usage:") || r.err().contains("Did you mean"), c.get(1) + " shows the usage or a suggestion");
            assertEquals("", r.out(), "nothing on standard output for " + c.get(1));
        }
    }
}
