package io.transcripts.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The business segment a metric mention is about, from {@code language/segments.tsv}: the name
 * written right before it ("Gaming revenue", "our Data Center revenue") or the subject that
 * delivered it ("Networking delivered record revenue of $7.3 billion"). A name is a word the call
 * writes as a name ({@link CallLexicon#proper}) or an acronym, never the company's own name.
 */
public final class Segments {
    private static final Pattern NOT_SEGMENT = whole("not_segment");
    private static final Pattern GENERIC = whole("generic");
    private static final Pattern SUBJECT_VERB = Pattern.compile(
            "(?i)\\b(?:" + Vocabulary.alternation(Vocabulary.grouped("segments").get("subject_verb")) + ")\\b");
    private static final PatternScreen SUBJECT_VERBS = PatternScreen.of(List.of(SUBJECT_VERB));
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}'’-]*|&");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,5}s?");
    private static final Pattern LEADING = Pattern.compile("(?i)^\\W*(?:(?:the|our|its)\\s+)?");
    private static final Pattern WHOLE_COMPANY = Pattern.compile("(?i)\\b(?:total|consolidated|company|group)\\b");

    private Segments() {
    }

    /** The segment named right before {@code at} (a mention's start), as a snake-case prefix, or null. */
    public static String before(String s, int at, CallLexicon lx) {
        List<String> words = new ArrayList<>();
        int i = at;
        while (words.size() < 5) {
            int end = i;
            while (end > 0 && s.charAt(end - 1) == ' ') {
                end--;
            }
            int start = end;
            while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) {
                start--;
            }
            if (start == end) {
                break;
            }
            String w = s.substring(start, end);
            if (words.isEmpty() && GENERIC.matcher(w).matches()) {
                i = start; // "the Data Center Group revenue": the group's name is the segment's
                continue;
            }
            // a sentence's first word belongs to the name it starts ("Professional Visualization revenue")
            boolean named = !initial(s, start) || !words.isEmpty() && !words.get(0).equals("&");
            if (!w.equals("&") && !segmentWord(w, lx, named)) {
                break;
            }
            words.add(0, w);
            i = start;
        }
        return name(words);
    }

    /** The segment a sentence opens with as the subject of a result, or null. */
    public static String subject(String s, CallLexicon lx) {
        java.util.regex.MatchResult v = SUBJECT_VERBS.found(s).find(SUBJECT_VERB, 0); // tried only where a verb's words are
        if (v == null) {
            return null;
        }
        Matcher lead = LEADING.matcher(s);
        lead.lookingAt();
        String head = s.substring(lead.end(), v.start()).strip();
        if (head.isEmpty()) {
            return null;
        }
        List<String> words = new ArrayList<>(List.of(head.split("\\s+")));
        if (GENERIC.matcher(words.get(words.size() - 1)).matches()) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty() || words.size() > 4) {
            return null;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).equals("&") && !segmentWord(words.get(i), lx, i > 0)) {
                return null; // the sentence's first word needs the call to write it as a name elsewhere
            }
        }
        return name(words);
    }

    /** Whether a mention's own words speak of the whole company ("total revenue"): then no segment applies. */
    public static boolean wholeCompany(String phrase) {
        return WHOLE_COMPANY.matcher(phrase).find();
    }

    /**
     * A word of a segment's name: capitalised where a capital means a name ({@code named}: not at
     * the sentence's start), else one the call writes as a name elsewhere, or an acronym.
     */
    private static boolean segmentWord(String w, CallLexicon lx, boolean named) {
        if (!TOKEN.matcher(w).matches() || w.chars().noneMatch(Character::isUpperCase)) {
            return false;
        }
        if (NOT_SEGMENT.matcher(w).matches() || lx.company(w)) {
            return false;
        }
        return named || lx.proper(w) || ACRONYM.matcher(w).matches();
    }

    private static boolean initial(String s, int at) {
        return s.substring(0, at).chars().allMatch(c -> !Character.isLetterOrDigit(c));
    }

    private static String name(List<String> words) {
        List<String> kept = words.stream().filter(w -> !w.equals("&")).toList();
        if (kept.isEmpty() || words.get(0).equals("&")) {
            return null;
        }
        return String.join("_", kept).toLowerCase(Locale.ROOT).replaceAll("['’-]", "_");
    }

    private static Pattern whole(String role) {
        return Pattern.compile("(?i)(?:" + Vocabulary.alternation(Vocabulary.grouped("segments").get(role)) + ")");
    }
}
