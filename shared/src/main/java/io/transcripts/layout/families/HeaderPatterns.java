package io.transcripts.layout.families;

import io.transcripts.layout.HeaderRecognizer;
import io.transcripts.layout.Names;
import io.transcripts.layout.Titles;
import io.transcripts.model.Role;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Header recognisers shared by the layout families. */
final class HeaderPatterns {
    private static final Pattern OPERATOR = Pattern.compile("(?i)^(?:the )?(?:conference )?operator(?:\\s*\\[\\d+])?:?$");

    private HeaderPatterns() {
    }

    static HeaderRecognizer.Header operator(String line) {
        return OPERATOR.matcher(line).matches()
                ? new HeaderRecognizer.Header("Operator", null, null, Role.OPERATOR, "") : null;
    }

    /**
     * "Name SEP Title" or "Name SEP Firm SEP Analyst" header lines, with SEP given by the layout
     * (" -- " for Motley Fool, " - " for dash layouts). A trailing "[3]" turn number is dropped;
     * "Name, Company - Title" (StreetEvents) puts the company after the name's comma.
     */
    static HeaderRecognizer.Header separated(String line, String separatorRegex) {
        HeaderRecognizer.Header op = operator(line);
        if (op != null) {
            return op;
        }
        if (line.length() > 150 || line.endsWith(".") && !line.matches(".*\\b[A-Z]\\.$")) {
            return null;
        }
        String l = line.replaceFirst("\\s*\\[\\d+]$", "");
        String[] parts = l.split(separatorRegex);
        if (parts.length < 2 || parts.length > 3) {
            return null;
        }
        String name = parts[0].strip();
        String firm = null;
        Matcher comma = Pattern.compile("^(" + Names.NAME + "),\\s+(.+)$").matcher(name);
        if (comma.matches()) {
            name = comma.group(1);
            firm = comma.group(2).strip();
        }
        if (Names.isOperator(name)) {
            return new HeaderRecognizer.Header("Operator", null, null, Role.OPERATOR, "");
        }
        if (!Names.looksLikeName(name)) {
            return null;
        }
        String title = parts[parts.length - 1].strip();
        if (parts.length == 3) {
            firm = parts[1].strip();
        }
        if (title.isEmpty() || title.split("\\s+").length > 14) {
            return null;
        }
        Role role = Role.UNKNOWN;
        if (Titles.isAnalystTitle(title) && !Titles.isExecutiveTitle(title)) {
            role = Role.ANALYST;
        } else if (Titles.isExecutiveTitle(title)) {
            role = Role.EXECUTIVE;
        }
        return new HeaderRecognizer.Header(name, title, firm, role, "");
    }

    static long count(java.util.List<String> lines, HeaderRecognizer r) {
        return lines.stream().filter(l -> r.recognize(l) != null).count();
    }
}
