package io.transcripts.layout;

import io.transcripts.model.Role;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses one entry of a participants list: "Name -- Title", "Name - Firm - Analyst", "Name, Title". */
final class ParticipantLists {
    private static final Pattern BULLET = Pattern.compile("^[*•·▪◦-]\\s*");
    private static final Pattern SPLIT = Pattern.compile("\\s+(?:--|—|–|-)\\s+");

    private ParticipantLists() {
    }

    static ListedParticipant parse(String rawLine, Role sectionRole) {
        String line = BULLET.matcher(rawLine.strip()).replaceFirst("").strip();
        if (line.isEmpty() || line.length() > 160) {
            return null;
        }
        String[] parts = SPLIT.split(line);
        String name;
        String title = null;
        String firm = null;
        if (parts.length >= 2) {
            name = parts[0].strip();
            if (parts.length >= 3) {
                firm = parts[1].strip();
                title = parts[2].strip();
            } else {
                title = parts[1].strip();
            }
        } else {
            Matcher m = Names.NAME_COMMA_REST.matcher(line);
            if (m.matches()) {
                name = m.group(1);
                title = m.group(2);
            } else {
                name = line;
            }
        }
        if (title != null && parts.length == 2 && Titles.isExecutiveTitle(name) && Names.looksLikeName(title)
                && !Titles.isExecutiveTitle(title)) {
            String swap = name; // "Chief Financial Officer — Alicia Kelly": the title first
            name = title;
            title = swap;
        }
        if (!Names.looksLikeName(name)) {
            return null;
        }
        Role role = sectionRole;
        if (title != null && title.matches("(?i).*\\banalyst\\b.*") && firm != null) {
            role = Role.ANALYST;
        }
        if (role == Role.ANALYST && firm == null && title != null && !Titles.isExecutiveTitle(title)) {
            firm = title;
            title = null;
        }
        if (firm != null) {
            firm = firm.replaceFirst("(?i),?\\s*research division$", ""); // a vendor's suffix, not the firm's name
        }
        return new ListedParticipant(name, title, firm, role);
    }
}
