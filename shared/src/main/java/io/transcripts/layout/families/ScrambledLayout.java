package io.transcripts.layout.families;

import io.transcripts.layout.LayoutReading;
import io.transcripts.layout.SourceText;
import io.transcripts.layout.TranscriptLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text whose word order was destroyed (and often digits masked). English never puts "the" right
 * before "of", "and" or another "the"; shuffled text does so about a fifth of the time. Such text
 * carries no structure and no numbers: it is stored DEGRADED with the reason and nothing else.
 */
public final class ScrambledLayout implements TranscriptLayout {
    private static final Set<String> NEVER_AFTER_THE = Set.of("the", "a", "an", "of", "to", "and", "in", "for", "on",
            "by", "with", "is", "was", "are", "we", "our", "that", "this", "it", "as", "at", "or", "be");
    private static final Pattern MASKED = Pattern.compile("^[$€£]?X+([.,]X+)*%?[.,;:]?$");

    @Override
    public String family() {
        return "scrambled";
    }

    /** The most confidence this layout gives (see {@link #confidence}). */
    private static final double CEILING = 0.99;

    @Override
    public double ceiling() {
        return CEILING;
    }

    @Override
    public double confidence(SourceText text) {
        Stats s = stats(text);
        if (s.the < 20) {
            return 0;
        }
        double ratio = (double) s.theBeforeFunctionWord / s.the;
        return ratio > 0.08 ? Math.min(CEILING, 0.6 + ratio * 2) : 0;
    }

    @Override
    public LayoutReading read(SourceText text, double confidence) {
        Stats s = stats(text);
        List<String> warnings = new ArrayList<>();
        warnings.add(String.format(Locale.ROOT,
                "word order looks shuffled (%d of %d occurrences of 'the' precede a function word): "
                        + "no speakers, sections or numbers were read", s.theBeforeFunctionWord, s.the));
        if (s.masked > 0) {
            warnings.add("digits are masked (" + s.masked + " tokens such as $XX or XX%): no number can be trusted");
        }
        // nothing is read from shuffled words: the whole text is set aside, none of it speech
        return new LayoutReading(family(), confidence, List.of(), List.of(), List.of(), text.nonBlankLines(), List.of(),
                text.scripts().languages(), warnings, false);
    }

    private record Stats(int the, int theBeforeFunctionWord, int masked) {
    }

    private static Stats stats(SourceText text) {
        int the = 0;
        int bad = 0;
        int masked = 0;
        List<String> tokens = new ArrayList<>();
        for (String line : text.nonBlankLines()) {
            tokens.clear();
            split(line, tokens);
            for (int i = 0; i < tokens.size(); i++) {
                String t = tokens.get(i);
                if (t.indexOf('X') >= 0 && MASKED.matcher(t).matches()) {
                    masked++;
                }
                char last = t.charAt(t.length() - 1);
                boolean clauseEnds = ".,;:?!".indexOf(last) >= 0;
                if (!clauseEnds && i + 1 < tokens.size() && "the".equals(word(t))) {
                    the++;
                    if (NEVER_AFTER_THE.contains(word(tokens.get(i + 1)))) {
                        bad++;
                    }
                }
            }
        }
        return new Stats(the, bad, masked);
    }

    /** The line's whitespace-separated tokens, none empty. */
    private static void split(String line, List<String> out) {
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean sp = i == line.length() || io.transcripts.layout.Tokens.space(line.charAt(i));
            if (sp && start >= 0) {
                out.add(line.substring(start, i));
                start = -1;
            } else if (!sp && start < 0) {
                start = i;
            }
        }
    }

    /** The token without what surrounds its letters ("(the," is "the"), lower-cased. */
    private static String word(String token) {
        int a = 0;
        int b = token.length();
        while (a < b && !Character.isLetter(token.codePointAt(a))) {
            a += Character.charCount(token.codePointAt(a));
        }
        while (b > a && !Character.isLetter(token.codePointBefore(b))) {
            b -= Character.charCount(token.codePointBefore(b));
        }
        return token.substring(a, b).toLowerCase(Locale.ROOT);
    }
}
