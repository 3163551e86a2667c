package io.transcripts.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Our next question comes from Jane Roe with Acme Securities": who asks next, and their firm. */
public final class OperatorIntros {
    private static final Pattern INTRO = Pattern.compile(
            "(?i)\\b(?:question|questions)\\s+" + Cue.INTRODUCES.words() + "\\s+from\\s+(?:the line of\\s+)?"
                    + "(?-i:(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|van|von|de|der|da|di|du|del|la|le)){0,4}))"
                    // a firm may hold initials ("B. Riley", "J.P. Morgan"): a period right after a lone capital goes on
                    + "(?:,?\\s+(?:with|from|of|at)\\s+(?-i:(\\p{Lu}(?:[^.?!;]|(?<=\\b\\p{Lu})\\.)*?)))?"
                    + "(?=(?-i:(?<!\\b\\p{Lu}))\\s*(?:[.?!;]|\\.?\\s+(?:Please|Your|Go ahead|You may|The line)|$))");

    private OperatorIntros() {
    }

    /** A person the operator introduces, with the firm when given. */
    public record Intro(String name, String firm) {
    }

    /** The first introduction in a stretch of text, if any. */
    public static Optional<Intro> first(String text) {
        List<Intro> all = find(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    public static List<Intro> find(String text) {
        List<Intro> out = new ArrayList<>();
        Matcher m = INTRO.matcher(text);
        while (m.find()) {
            String firm = m.group(2) == null ? null : m.group(2).strip().replaceAll("[,.]$", "");
            out.add(new Intro(m.group(1).strip(), firm == null || firm.isEmpty() ? null : firm));
        }
        return out;
    }
}
