package io.transcripts.priming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transcripts.aws.Priming;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SampleCallTest {
    @Test
    void theBuiltInSampleRunsThroughTheWholeDomain() {
        // the sample's outlook section guides revenue, margin and EPS: priming reaches the guidance reader
        assertTrue(SampleCall.warm(2) >= 3, "guidance items read from the built-in sample");
    }

    @Test
    void primesAtInitOnlyWhenAsked() {
        AtomicInteger runs = new AtomicInteger();
        Priming kept = Priming.register(Map.of(), runs::incrementAndGet);
        assertEquals(0, runs.get(), "without PRIME_ON_INIT the snapshot hook alone primes");
        Priming.register(Map.of("PRIME_ON_INIT", "true"), runs::incrementAndGet);
        assertEquals(1, runs.get());
        kept.beforeCheckpoint(null);
        assertEquals(2, runs.get(), "the CRaC hook runs the priming");
    }
}
