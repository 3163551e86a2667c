package io.transcripts.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SequencerTest {
    @Test
    void theGreaterHexValueIsTheLaterWriteWhateverTheLengths() {
        Sequencer earlier = Sequencer.parse("0055AED6DCD90281E5");
        Sequencer later = Sequencer.parse("0055AED6DCD90281E6");
        assertTrue(earlier.compareTo(later) < 0);
        assertTrue(earlier.notAfter(later) && earlier.notAfter(earlier) && !later.notAfter(earlier));
        // the shorter is left-padded with zeros: "FF" is 255, less than "100" (256), though it sorts after it as text
        assertTrue(Sequencer.parse("FF").compareTo(Sequencer.parse("100")) < 0);
        assertEquals(0, Sequencer.parse("00ab").compareTo(Sequencer.parse("AB")));
    }

    @Test
    void anAbsentOrMalformedSequencerIsNone() {
        assertNull(Sequencer.parse(null));
        assertNull(Sequencer.parse(""));
        assertNull(Sequencer.parse("not-hex"));
        assertFalse(Sequencer.parse("0a").hex().contains("a"), "kept in upper case, as S3 writes it");
    }
}
