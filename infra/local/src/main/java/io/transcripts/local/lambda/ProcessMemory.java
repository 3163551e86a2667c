package io.transcripts.local.lambda;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's peak resident memory, as Linux keeps it (VmHWM in /proc/PID/status). */
public final class ProcessMemory {
    private ProcessMemory() {
    }

    /** In KB; 0 where it cannot be read (not Linux, or the process is gone). */
    public static long peakResidentKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone
        }
        return 0;
    }
}
