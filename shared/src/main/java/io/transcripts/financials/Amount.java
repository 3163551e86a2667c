package io.transcripts.financials;

/**
 * A number read from text, in base units, with its unit ("USD", "PERCENT"... or null when the text
 * gives none), the scale word's multiplier (1 without one) and its position in the sentence.
 */
public record Amount(double value, String unit, double scale, int start, int end) {
}
