package io.transcripts.layout;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a person's name looks like in a speaker label, and how two spellings of one name compare. */
public final class Names {
    private static final String TOKEN = "\\p{Lu}[\\p{L}'’.\\-]*";
    private static final String PARTICLE = "(?:van|von|de|der|den|da|di|du|del|della|la|le|bin|al|el|ter|ten|y|dos|das)";
    /** One to six name tokens: "Samuel C. Wilson", "Jeff Van Rhee", "Dana Whitfield-Reyes", "Renée O'Donnell". */
    public static final String NAME = TOKEN + "(?:\\s+(?:" + TOKEN + "|" + PARTICLE + ")){0,5}";
    private static final Pattern NAME_ONLY = Pattern.compile(NAME);
    /** "Name, the rest": a name and what follows its comma (a firm, a title). */
    public static final Pattern NAME_COMMA_REST = Pattern.compile("^(" + NAME + "),\\s+(.+)$");
    private static final Pattern TRAILING_POINT = Pattern.compile("[.,]$");
    private static final Pattern MODERATOR = Pattern.compile("(the )?moderator");
    private static final Pattern OPERATOR = Pattern.compile("(the )?(conference )?operator");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    /** Words that start sentences or labels but never names. */
    private static final Set<String> NOT_NAMES = Set.of("with", "and", "so", "the", "thank", "thanks", "we", "i",
            "our", "this", "that", "note", "please", "yes", "no", "okay", "ok", "well", "but", "if", "as", "in", "on",
            "at", "for", "good", "great", "question", "answer", "questions", "answers", "q", "a", "hi", "hello",
            "now", "then", "first", "second", "third", "fourth", "next", "finally", "also", "again", "today",
            "here", "there", "it", "you", "they", "he", "she", "all", "some", "let", "let's", "sure", "right",
            "revenue", "total", "gross", "net", "operating", "cash", "key", "highlights", "agenda", "remarks",
            "presentation", "disclaimer", "source", "date", "time", "event", "ticker", "company", "call", "quarter",
            "fiscal", "year", "q1", "q2", "q3", "q4", "participants", "contents", "duration", "important",
            "forward-looking", "safe", "reminder", "update", "outlook", "guidance", "summary", "overview",
            "unaudited", "transcript", "copyright", "corporate", "conference", "operator's", "edited", "i'm",
            "adjusted", "non-gaap", "gaap", "diluted", "free", "capital", "ebitda", "eps", "fy", "full-year");

    private Names() {
    }

    /** Whether the string can be a person's name (or "Operator"). */
    public static boolean looksLikeName(String s) {
        if (s == null || s.length() > 60 || !NAME_ONLY.matcher(s).matches()) {
            return false;
        }
        String first = TRAILING_POINT.matcher(Tokens.first(s).toLowerCase(Locale.ROOT)).replaceAll("");
        return !NOT_NAMES.contains(first);
    }

    /** The call's host, who opens it and introduces questions: the operator, or a moderator ("Moderator:"). */
    public static boolean isHost(String s) {
        return isOperator(s) || s != null && MODERATOR.matcher(s.strip().toLowerCase(Locale.ROOT)).matches();
    }

    public static boolean isOperator(String s) {
        if (s == null) {
            return false;
        }
        // most strings asked are not: the pattern ends in "operator"
        String l = s.strip();
        return l.regionMatches(true, l.length() - 8, "operator", 0, 8) && OPERATOR.matcher(l.toLowerCase(Locale.ROOT)).matches();
    }

    static String norm(String s) {
        if (s == null) {
            return "";
        }
        // plain ASCII (most names) needs no decomposition: lower-case, runs of other chars one space
        String folded = s.chars().allMatch(c -> c < 128) ? s
                : MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder sb = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = Character.toLowerCase(folded.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && !sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }

    /**
     * Whether two spellings name one person: equal, or the last names agree and a given name of one
     * fits a given name of the other ("Samuel C. Wilson" / "Sam Wilson", "Michael Joshua Nichols" /
     * "Josh Nichols": a short form is a prefix, an initial its first letter), or one is a first name
     * alone that the other starts with.
     */
    public static boolean samePerson(String a, String b) {
        String x = norm(a);
        String y = norm(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        String[] tx = x.split(" ");
        String[] ty = y.split(" ");
        if (tx.length >= 2 && ty.length >= 2) {
            if (!tx[tx.length - 1].equals(ty[ty.length - 1])) {
                return false;
            }
            if (tx[0].equals(ty[0])) {
                return true;
            }
            for (int i = 0; i < tx.length - 1; i++) {
                for (int j = 0; j < ty.length - 1; j++) {
                    if (givenNamesFit(tx[i], ty[j]) && (i == 0 || j == 0)) {
                        return true;
                    }
                }
            }
            return false;
        }
        return tx[0].equals(ty[0]);
    }

    private static boolean givenNamesFit(String p, String q) {
        String shorter = p.length() <= q.length() ? p : q;
        String longer = shorter == p ? q : p;
        return shorter.length() == 1 ? longer.charAt(0) == shorter.charAt(0)
                : shorter.length() >= 3 && longer.startsWith(shorter);
    }
}
