package io.transcripts.model;

/** How a guidance item compares with the prior guidance for the same company, metric and period. */
public enum Direction {
    INITIATED, RAISED, LOWERED, REITERATED, NARROWED, WIDENED, WITHDRAWN, UNKNOWN;

    /** Whether a change in this direction is news worth an alert. */
    public boolean alerts() {
        return this != REITERATED && this != UNKNOWN;
    }
}
