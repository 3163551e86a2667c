package io.transcripts.financials;

/**
 * A number read from text, in base units, with its unit ("USD", "USD_PER_SHARE", "PERCENT"... or
 * null when the text gives none), the scale word's multiplier (1 without one), its position in the
 * sentence, and whether it was written in basis points or cents (a bare partner takes the divisor).
 */
public record Amount(double value, String unit, double scale, int start, int end, boolean basisPoints, boolean cents) {
}
