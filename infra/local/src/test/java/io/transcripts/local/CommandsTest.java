package io.transcripts.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** File names to keys and export names: one key and one export per input, whatever the names. */
class CommandsTest {
    @Test
    void twoInputsWithOneNameGetTwoNames() {
        Set<String> taken = new HashSet<>();
        assertEquals("call.txt", Commands.uniqueName("call.txt", taken));
        assertEquals("call-2.txt", Commands.uniqueName("call.txt", taken));
        assertEquals("call-3.txt", Commands.uniqueName("call.txt", taken));
        assertEquals("README", Commands.uniqueName("README", taken));
        assertEquals("README-2", Commands.uniqueName("README", taken));
    }

    @Test
    void aNameTooLongForTheLocalStoreIsShortenedWithAHash() {
        String a = "Q3 " + "résumé ".repeat(40) + "A.pdf";
        String b = "Q3 " + "résumé ".repeat(40) + "B.pdf";
        String ka = LocalPipeline.keyFor(a);
        assertTrue(ka.getBytes(StandardCharsets.UTF_8).length - LocalPipeline.UPLOAD_PREFIX.length() <= 180, ka);
        assertTrue(ka.endsWith(".pdf") && ka.startsWith("incoming/Q3 résumé"), ka);
        assertNotEquals(ka, LocalPipeline.keyFor(b), "two long names stay two keys");
        assertEquals("incoming/short.txt", LocalPipeline.keyFor("short.txt"));
    }
}
