package io.transcripts.layout;

import java.util.ArrayList;
import java.util.List;

/** Which writing systems a text uses: tells a parallel translation from the original. */
public final class Scripts {
    private Scripts() {
    }

    /** Languages seen and the share of lines written mainly in a second, non-Latin script. */
    public record Profile(List<String> languages, double foreignLineShare) {
    }

    static Profile profile(List<String> lines) {
        int foreign = 0;
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int cyrillic = 0;
        int latin = 0;
        for (String l : lines) {
            if (isForeign(l)) {
                foreign++;
            }
            for (int i = 0; i < l.length(); i++) {
                char c = l.charAt(i);
                if (c < 0x80) { // ASCII, most of any text: its letters are Latin, the rest common (the lookup is a search)
                    latin += asciiLetter(c) ? 1 : 0;
                    continue;
                }
                Character.UnicodeScript s = Character.UnicodeScript.of(c);
                switch (s) {
                    case HAN -> han++;
                    case HIRAGANA, KATAKANA -> kana++;
                    case HANGUL -> hangul++;
                    case CYRILLIC -> cyrillic++;
                    case LATIN -> latin++;
                    default -> { }
                }
            }
        }
        List<String> langs = new ArrayList<>();
        if (latin > 0) {
            langs.add("en");
        }
        if (kana > 20) {
            langs.add("ja");
        } else if (han > 20) {
            langs.add("zh");
        }
        if (hangul > 20) {
            langs.add("ko");
        }
        if (cyrillic > 20) {
            langs.add("ru");
        }
        return new Profile(langs, lines.isEmpty() ? 0 : (double) foreign / lines.size());
    }

    /** A line written mostly in a non-Latin script (CJK, Hangul, Cyrillic...). */
    public static boolean isForeign(String line) {
        int letters = 0;
        int nonLatin = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x80) {
                letters += asciiLetter(c) ? 1 : 0; // an ASCII letter is Latin
            } else if (Character.isLetter(c)) {
                letters++;
                Character.UnicodeScript s = Character.UnicodeScript.of(c);
                if (s != Character.UnicodeScript.LATIN && s != Character.UnicodeScript.COMMON) {
                    nonLatin++;
                }
            }
        }
        return letters > 0 && nonLatin * 2 > letters;
    }

    /**
     * A line of the parallel translation in a bilingual source: mostly a second script, or any line
     * with CJK characters, since a machine translation often leaves names and whole clauses in
     * English ("下一個問題來自 Jane Roe 和 Acme。") while English lines never carry CJK.
     */
    public static boolean isTranslation(String line) {
        if (isForeign(line)) {
            return true;
        }
        for (int i = 0; i < line.length(); i++) {
            switch (Character.UnicodeScript.of(line.charAt(i))) {
                case HAN, HIRAGANA, KATAKANA, HANGUL: return true;
                default: break;
            }
        }
        return false;
    }

    /** Language code of a foreign line, for the turn's translation map. */
    public static String languageOf(String line) {
        for (int i = 0; i < line.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(line.charAt(i));
            switch (s) {
                case HIRAGANA, KATAKANA: return "ja";
                case HANGUL: return "ko";
                case CYRILLIC: return "ru";
                default: break;
            }
        }
        return "zh";
    }

    private static boolean asciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
}
