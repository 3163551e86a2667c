package io.transcripts.aws;

import java.util.Map;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * Warms a function before it serves: as a CRaC {@code beforeCheckpoint} hook, so a SnapStart
 * snapshot is taken warm and every restored environment starts so; and at init when the
 * function's PRIME_ON_INIT is "true" (on-demand functions that would rather pay at init, where
 * Lambda gives the whole CPU, than in the first event). The handler keeps the returned object:
 * the CRaC context holds its resources weakly.
 */
public final class Priming implements Resource {
    /** The key the priming reads ask for: no document, company or alert has it, so they find nothing. */
    public static final String ABSENT_KEY = "priming-read";
    private final Runnable prime;

    private Priming(Runnable prime) {
        this.prime = prime;
    }

    /** Registers the hook, and primes now if the environment asks to. */
    public static Priming register(Map<String, String> env, Runnable prime) {
        Priming p = new Priming(prime);
        Core.getGlobalContext().register(p);
        if (Boolean.parseBoolean(Clients.optional(env, "PRIME_ON_INIT", "false"))) {
            prime.run();
        }
        return p;
    }

    /**
     * One read a function's code makes anyway (so no new permission), for a key that never exists:
     * the SDK client's first-call set-up (marshallers, signer, connection) is then in the snapshot.
     * A failure is logged, never thrown: an unreachable table at snapshot time must not stop the function.
     */
    public static void reach(String service, Runnable read) {
        try {
            read.run();
        } catch (RuntimeException e) {
            System.err.println("priming: " + service + " not reached (" + e.getClass().getSimpleName() + "); its client warms on first use");
        }
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime.run();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to refresh: the SDK clients open their connections on use, and credentials come from the environment
    }
}
