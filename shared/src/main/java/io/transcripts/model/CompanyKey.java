package io.transcripts.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which calls belong to one company, for history and alerts: the ticker where the call gives one,
 * else the company's name folded to lower-case words without its legal form ("Acme Corp." and
 * "ACME Corporation" are one company).
 */
public final class CompanyKey {
    private static final Pattern LEGAL_FORM =
            Pattern.compile("\\b(inc|corp|corporation|ltd|limited|plc|co|company|holdings|group|sa|ag|nv)\\b\\.?");

    private CompanyKey() {
    }

    /**
     * The key of what a person types: a ticker ("HLDN", "BRK.B") as it is, anything else as a
     * company name ("Acme Corp." finds "ACME Corporation").
     */
    public static String parse(String tickerOrName) {
        String s = tickerOrName == null ? "" : tickerOrName.strip();
        return TICKER.matcher(s).matches() ? of(s, null) : of(null, s);
    }

    private static final Pattern TICKER = Pattern.compile("[A-Z][A-Z0-9]{0,5}([.-][A-Z0-9]{1,2})?");

    public static String of(String ticker, String company) {
        if (ticker != null && !ticker.isBlank()) {
            return ticker.toUpperCase(Locale.ROOT);
        }
        if (company == null || company.isBlank()) {
            return null;
        }
        return LEGAL_FORM.matcher(company.toLowerCase(Locale.ROOT)).replaceAll("")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
