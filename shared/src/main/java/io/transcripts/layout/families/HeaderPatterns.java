package io.transcripts.layout.families;

import io.transcripts.layout.HeaderRecognizer;
import io.transcripts.layout.Names;
import io.transcripts.layout.Titles;
import io.transcripts.layout.Tokens;
import io.transcripts.model.Role;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Header recognisers shared by the layout families. */
final class HeaderPatterns {
    private static final Pattern OPERATOR = Pattern.compile("(?i)^(?:the )?(?:conference )?operator(?:\\s*\\[\\d+])?:?$");
    /** The few separators layouts pass, compiled once each. */
    private static final java.util.Map<String, Pattern> SEPARATORS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern INITIAL_END = Pattern.compile(".*\\b[A-Z]\\.$");
    private static final Pattern TRAILING_TURN_NUMBER = Pattern.compile("\\s*\\[\\d+]$");

    private HeaderPatterns() {
    }

    static HeaderRecognizer.Header operator(String line) {
        // every line is asked; the pattern ends in "operator", a turn number or a colon
        char last = line.isEmpty() ? ' ' : line.charAt(line.length() - 1);
        boolean mayBe = last == ':' || last == ']' || last == 'r' || last == 'R';
        return mayBe && OPERATOR.matcher(line).matches()
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
        // a header that numbers its turn ("... - Senior MD, Head of Global Research    [38]") may carry a long title
        boolean numbered = HeaderRecognizer.endsWithTurnNumber(line);
        // a header may end with a firm's "Inc." or an initial, never with a sentence's full stop
        if (line.length() > (numbered ? 260 : 150)
                || line.endsWith(".") && !INITIAL_END.matcher(line).matches() && !Sentences.endsWithAbbreviation(line)) {
            return null;
        }
        String l = line.endsWith("]") ? TRAILING_TURN_NUMBER.matcher(line).replaceFirst("") : line;
        String[] parts = SEPARATORS.computeIfAbsent(separatorRegex, Pattern::compile).split(l);
        if (parts.length < 2 || parts.length > 3) {
            return null;
        }
        String name = parts[0].strip();
        String firm = null;
        Matcher comma = Names.NAME_COMMA_REST.matcher(name);
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
        if (title.isEmpty() || Tokens.count(title) > (numbered ? 24 : 14)) {
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

    /**
     * Headers that open a turn: a header line with no speech of its own that is followed at once by
     * another such header is an entry of a participant list, not a speaker's turn.
     */
    static long count(java.util.List<String> lines, HeaderRecognizer r) {
        long n = 0;
        for (int i = 0; i < lines.size(); i++) {
            HeaderRecognizer.Match m = r.recognizeAt(lines, i);
            if (m != null) {
                int next = i + m.lines();
                HeaderRecognizer.Match following = next < lines.size() ? r.recognizeAt(lines, next) : null;
                boolean listed = m.header().inlineText().isEmpty() && following != null && following.header().inlineText().isEmpty();
                if (!listed) {
                    n++;
                }
                i += m.lines() - 1;
            }
        }
        return n;
    }

    /** One-line headers as {@code single} reads them, else a name line over a title line. */
    static HeaderRecognizer orNameThenTitle(HeaderRecognizer single) {
        return new HeaderRecognizer() {
            @Override
            public Header recognize(String line) {
                return single.recognize(line);
            }

            @Override
            public Match recognizeAt(java.util.List<String> lines, int i) {
                Header h = single.recognize(lines.get(i));
                return h != null ? new Match(h, 1) : nameThenTitle(lines, i);
            }
        };
    }

    private static final Pattern QA_MARKER = Pattern.compile("^(.+?)\\s+([QA])$");
    private static final Pattern FIRM_DASH_TITLE = Pattern.compile("^(.+?)\\s+[-–—]\\s+(.+)$");
    private static final Pattern RESEARCH_DIVISION = Pattern.compile("(?i)^(.+?),?\\s*research division$");

    /**
     * A name alone on its line and, on the next, the speaker's title or affiliation: "CEO &
     * Director", "Morgan Stanley, Research Division" (CapIQ), "Analyst, Acme Securities LLC Q"
     * (CallStreet, whose trailing Q or A tells who asks and who answers).
     */
    static HeaderRecognizer.Match nameThenTitle(java.util.List<String> lines, int i) {
        String name = lines.get(i).strip();
        if (i + 1 >= lines.size() || !Names.looksLikeName(name) || Titles.isExecutiveTitle(name)
                || Titles.isTitleLine(name) || Tokens.count(name) < 2) {
            return null;
        }
        String next = lines.get(i + 1).strip();
        Role role = null;
        Matcher qa = QA_MARKER.matcher(next);
        if (qa.matches()) {
            next = qa.group(1);
            role = qa.group(2).equals("Q") ? Role.ANALYST : Role.EXECUTIVE;
        }
        if (!Titles.isTitleLine(next)) {
            return null;
        }
        String title = next;
        String firm = null;
        Matcher rd = RESEARCH_DIVISION.matcher(next);
        Matcher firmTitle = FIRM_DASH_TITLE.matcher(next);
        int comma = next.indexOf(", ");
        if (firmTitle.matches() && (Titles.isExecutiveTitle(firmTitle.group(2)) || Titles.isAnalystTitle(firmTitle.group(2)))) {
            // "Offerpad Solutions Inc. - CFO", "Cantor Fitzgerald & Co., Research Division - Research Analyst"
            Matcher division = RESEARCH_DIVISION.matcher(firmTitle.group(1));
            firm = division.matches() ? division.group(1).strip() : firmTitle.group(1).strip();
            title = firmTitle.group(2).strip();
        } else if (rd.matches()) {
            firm = rd.group(1).strip();
            title = null;
            role = Role.ANALYST;
        } else if (comma > 0 && (Titles.isExecutiveTitle(next.substring(0, comma)) || Titles.isAnalystTitle(next.substring(0, comma)))) {
            title = next.substring(0, comma).strip();
            firm = next.substring(comma + 2).strip();
        } else if (!Titles.isExecutiveTitle(next) && !Titles.isAnalystTitle(next)) {
            firm = next; // an affiliation alone: "Rosenblatt Securities Inc."
            title = null;
        }
        if (role == null) {
            role = Titles.isAnalystTitle(title) ? Role.ANALYST : Titles.isExecutiveTitle(title) ? Role.EXECUTIVE : Role.UNKNOWN;
        }
        return new HeaderRecognizer.Match(new HeaderRecognizer.Header(name, title, firm, role, ""), 2);
    }
}
