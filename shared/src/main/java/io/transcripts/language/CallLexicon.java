package io.transcripts.language;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a whole call teaches the sentence annotators: the words it writes as names (capitalised
 * mid-sentence at least once: "Gaming", "Data Center"), the words of the company's and the participants' names,
 * and which currency its ambiguous money words mean ({@link LocalCurrency}).
 */
public record CallLexicon(Set<String> properWords, Set<String> companyWords, LocalCurrency currency) {
    public static final CallLexicon NONE = new CallLexicon(Set.of(), Set.of(), LocalCurrency.NONE);
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");

    public CallLexicon {
        properWords = Set.copyOf(properWords);
        companyWords = Set.copyOf(companyWords);
    }

    /**
     * @param company the call's company, or null
     * @param people the names of the call's participants: theirs are no segments either
     */
    public static CallLexicon of(String text, String company, java.util.Collection<String> people) {
        Set<String> proper = new HashSet<>();
        // the words of WORD, read by hand: this pass covers the whole call, and a regex costs several times more
        for (int i = 0, n = text.length(); i < n; ) {
            if (!asciiLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean capital = false;
            for (char ch; i < n && (asciiLetter(ch = text.charAt(i)) || ch == '\'' || ch == '-'); i++) {
                capital |= ch >= 'A' && ch <= 'Z';
            }
            // written as a name at least once where a capital means one (not at a sentence's start)
            if (capital && !sentenceInitial(text, start)) {
                proper.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
        Set<String> own = new HashSet<>();
        java.util.List<String> names = new java.util.ArrayList<>(people);
        if (company != null) {
            names.add(company);
        }
        for (String name : names) {
            Matcher c = WORD.matcher(name);
            while (c.find()) {
                own.add(c.group().toLowerCase(Locale.ROOT));
            }
        }
        return new CallLexicon(proper, own, LocalCurrency.learn(text));
    }

    /** Whether the call writes the word as a name somewhere a capital means one (not at a sentence's start). */
    public boolean proper(String word) {
        return properWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word is in the company's or a participant's name. */
    public boolean company(String word) {
        return companyWords.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean sentenceInitial(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '“' || text.charAt(i) == '(')) {
            i--;
        }
        return i < 0 || ".!?:;\n\r\t•–—-".indexOf(text.charAt(i)) >= 0;
    }
}
