package io.transcripts.language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An alternation of phrases factored by first letter: {@code e(?:xpect|stimate)|g(?:uid\w*|oal)}
 * for {@code expect|estimate|guid\w*|goal}. Java's regex tries every alternative at every position
 * it starts a match at; factored, it compares one letter per group instead of one per phrase. The
 * result matches the same text with the same preference: phrases keep their order within a group,
 * and phrases of different first letters can never both start at one position. Where that cannot
 * be shown (a phrase that starts with no plain letter, or two groups whose letters differ only in
 * case), the phrases are joined as they are.
 */
final class Alternation {
    private Alternation() {
    }

    /** The phrases (regex fragments) as the body of one alternation, without the enclosing group. */
    static String of(List<String> phrases) {
        List<String> alternatives = new ArrayList<>();
        for (String p : phrases) {
            alternatives.addAll(topLevel(p));
        }
        Map<Character, List<String>> byLetter = new LinkedHashMap<>();
        for (String a : alternatives) {
            if (!factorable(a)) {
                return String.join("|", phrases);
            }
            byLetter.computeIfAbsent(a.charAt(0), k -> new ArrayList<>()).add(a.substring(1));
        }
        if (byLetter.keySet().stream().map(Character::toLowerCase).distinct().count() < byLetter.size()) {
            return String.join("|", phrases); // "a..." and "A..." under (?i) could both start at one position
        }
        List<String> groups = new ArrayList<>();
        byLetter.forEach((letter, rests) -> groups.add(rests.size() == 1 && rests.get(0).isEmpty() ? String.valueOf(letter)
                : letter + "(?:" + String.join("|", rests) + ")"));
        return String.join("|", groups);
    }

    /** Whether the fragment starts with a plain letter that no quantifier applies to. */
    private static boolean factorable(String a) {
        if (a.isEmpty()) {
            return false;
        }
        char c = a.charAt(0);
        boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        return letter && (a.length() == 1 || "?*+{".indexOf(a.charAt(1)) < 0);
    }

    /** A fragment's top-level alternatives ("a|b(?:c|d)" is "a" and "b(?:c|d)"). */
    static List<String> topLevel(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++; // the escaped char is literal
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++; // "[]...]": a leading ] is literal
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(regex.substring(start));
        return out;
    }
}
