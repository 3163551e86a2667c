package io.transcripts.language;

import io.transcripts.model.Unit;

/**
 * A number read from text, in base units, with its unit (null when the text gives none), the
 * scale word's multiplier (1 without one), its position in the sentence, and whether it was
 * written in basis points or minor units (a bare partner takes the divisor).
 */
public record Amount(double value, Unit unit, double scale, int start, int end, boolean basisPoints, boolean cents) {
}
