package io.transcripts.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a value counts: money in a currency (ISO 4217), money per share, a percentage, shares or a
 * plain count. Written {@code USD}, {@code EUR_PER_SHARE}, {@code PERCENT}, {@code SHARES},
 * {@code COUNT} at the edges.
 */
public record Unit(Kind kind, String currency) {
    /** The kind of quantity; only money kinds have a currency. */
    public enum Kind {CURRENCY, PER_SHARE, PERCENT, SHARES, COUNT}

    public static final Unit PERCENT = new Unit(Kind.PERCENT, null);
    public static final Unit SHARES = new Unit(Kind.SHARES, null);
    public static final Unit COUNT = new Unit(Kind.COUNT, null);
    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");
    private static final String PER_SHARE_SUFFIX = "_PER_SHARE";

    public Unit {
        boolean money = kind == Kind.CURRENCY || kind == Kind.PER_SHARE;
        if (money != (currency != null) || money && !ISO_4217.matcher(currency).matches()) {
            throw new IllegalArgumentException(kind + " with currency " + currency);
        }
    }

    public static Unit money(String currency) {
        return new Unit(Kind.CURRENCY, currency);
    }

    public static Unit perShare(String currency) {
        return new Unit(Kind.PER_SHARE, currency);
    }

    public boolean isMoney() {
        return kind == Kind.CURRENCY || kind == Kind.PER_SHARE;
    }

    public boolean isPerShare() {
        return kind == Kind.PER_SHARE;
    }

    public boolean isPercent() {
        return kind == Kind.PERCENT;
    }

    /** The per-share form of a money unit ("$0.12 per share"). */
    public Unit perShare() {
        if (!isMoney()) {
            throw new IllegalStateException(this + " has no per-share form");
        }
        return perShare(currency);
    }

    /** Whether two units can be the two ends of one range: equal, or a currency and its per-share form. */
    public boolean sameQuantity(Unit o) {
        return equals(o) || isMoney() && o.isMoney() && currency.equals(o.currency);
    }

    /** Reads a unit written by {@link #toString()}; empty for anything else. */
    public static Optional<Unit> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        switch (s) {
            case "PERCENT":
                return Optional.of(PERCENT);
            case "SHARES":
                return Optional.of(SHARES);
            case "COUNT":
                return Optional.of(COUNT);
            default:
                break;
        }
        boolean perShare = s.endsWith(PER_SHARE_SUFFIX);
        String code = perShare ? s.substring(0, s.length() - PER_SHARE_SUFFIX.length()) : s;
        if (!ISO_4217.matcher(code).matches()) {
            return Optional.empty();
        }
        return Optional.of(perShare ? perShare(code) : money(code));
    }

    public static Unit of(String s) {
        return parse(s).orElseThrow(() -> new IllegalArgumentException("not a unit: " + s));
    }

    @Override
    public String toString() {
        return switch (kind) {
            case CURRENCY -> currency;
            case PER_SHARE -> currency + PER_SHARE_SUFFIX;
            default -> kind.name();
        };
    }
}
