package io.transcripts.financials;

import io.transcripts.model.Direction;

/** How a guided range moved against a prior one. */
public final class RangeComparison {
    private RangeComparison() {
    }

    /** Direction of a new range against a prior one. */
    public static Direction compare(Double low, Double high, Double priorLow, Double priorHigh) {
        if (low == null && high == null) {
            return Direction.WITHDRAWN;
        }
        if (priorLow == null && priorHigh == null) {
            return Direction.INITIATED;
        }
        double mid = midpoint(low, high);
        double priorMid = midpoint(priorLow, priorHigh);
        double eps = Math.max(1e-9, Math.abs(priorMid) * 1e-6);
        if (mid > priorMid + eps) {
            return Direction.RAISED;
        }
        if (mid < priorMid - eps) {
            return Direction.LOWERED;
        }
        double width = width(low, high);
        double priorWidth = width(priorLow, priorHigh);
        if (width < priorWidth - eps) {
            return Direction.NARROWED;
        }
        if (width > priorWidth + eps) {
            return Direction.WIDENED;
        }
        return Direction.REITERATED;
    }

    /** The midpoint of a range, or its one written bound. */
    public static double midpoint(Double low, Double high) {
        if (low == null) {
            return high;
        }
        return high == null ? low : (low + high) / 2;
    }

    private static double width(Double low, Double high) {
        return low == null || high == null ? 0 : high - low;
    }
}
