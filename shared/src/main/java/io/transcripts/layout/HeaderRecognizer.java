package io.transcripts.layout;

import io.transcripts.model.Role;
import java.util.List;

/** Recognises a layout's speaker header lines ("Name -- Title", "Name: text"...). */
@FunctionalInterface
public interface HeaderRecognizer {

    /** A speaker header; {@code inlineText} is speech on the same line (colon layouts), else empty. */
    record Header(String name, String title, String firm, Role roleHint, String inlineText) {
    }

    /** A header and the number of lines it takes. */
    record Match(Header header, int lines) {
    }

    /** The header this line is, or null when it is no header. */
    Header recognize(String line);

    /**
     * The header starting at {@code lines[i]}, or null. One line by default; layouts whose headers
     * take two lines (a name line, then a title line) override this.
     */
    default Match recognizeAt(List<String> lines, int i) {
        Header h = recognize(lines.get(i));
        if (i + 1 < lines.size() && endsWithTurnNumber(lines.get(i + 1)) && !endsWithTurnNumber(lines.get(i))
                && recognize(lines.get(i + 1)) == null) {
            // a long header the page width wrapped: its turn number ("[7]") ends the second line
            Header joined = recognize(lines.get(i) + " " + lines.get(i + 1));
            if (joined != null) {
                return new Match(joined, 2);
            }
        }
        return h == null ? null : new Match(h, 1);
    }

    java.util.regex.Pattern TURN_NUMBER = java.util.regex.Pattern.compile("\\s\\[\\d+]$");

    /** Whether {@link #TURN_NUMBER} is found in the line, read from its end: every line is asked. */
    static boolean endsWithTurnNumber(String line) {
        int end = line.length();
        if (end > 0 && "\n\r\u0085\u2028\u2029".indexOf(line.charAt(end - 1)) >= 0) {
            end -= end > 1 && line.charAt(end - 1) == '\n' && line.charAt(end - 2) == '\r' ? 2 : 1; // "$" allows one line break
        }
        int k = end - 1;
        if (k < 0 || line.charAt(k) != ']') {
            return false;
        }
        int digits = 0;
        while (--k >= 0 && line.charAt(k) >= '0' && line.charAt(k) <= '9') {
            digits++;
        }
        return digits > 0 && k >= 1 && line.charAt(k) == '[' && " \t\n\u000B\f\r".indexOf(line.charAt(k - 1)) >= 0;
    }
}
