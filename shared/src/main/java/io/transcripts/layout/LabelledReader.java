package io.transcripts.layout;

import io.transcripts.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a transcript whose turns start with speaker header lines, whatever the header's shape
 * (given by a {@link HeaderRecognizer}): sets aside furniture and promotions, follows section
 * headings and participant lists, drops a header printed twice, and, for bilingual sources, moves
 * lines in the second script into the turn's translation.
 */
public final class LabelledReader {
    private final HeaderRecognizer headers;
    private final boolean splitTranslations;

    public LabelledReader(HeaderRecognizer headers, boolean splitTranslations) {
        this.headers = headers;
        this.splitTranslations = splitTranslations;
    }

    public LayoutReading read(SourceText src, String family, double confidence) {
        List<String> lines = src.nonBlankLines();
        List<String> preamble = new ArrayList<>();
        List<RawTurn> turns = new ArrayList<>();
        List<ListedParticipant> listed = new ArrayList<>();
        List<String> boilerplate = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        TurnBuilder current = null;
        boolean qaPending = false;
        boolean afterList = false;
        int[] split = null; // turns and labels read before a heading that opens the transcript
        Role listRole = null; // non-null while inside a participants list

        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int promo = Boilerplate.promoBlockLength(lines, i);
            if (promo > 0) {
                boilerplate.addAll(lines.subList(i, i + promo));
                i += promo - 1;
                continue;
            }
            if (Boilerplate.isFurniture(line)) {
                boilerplate.add(line);
                continue;
            }
            if (current != null && Sections.isDisclaimerHeading(line)) {
                // the vendor's disclaimer after the last turn: the rest of the document is the publisher's
                boilerplate.addAll(lines.subList(i, lines.size()));
                break;
            }
            if (Sections.isQaHeading(line)) {
                qaPending = true;
                listRole = null;
                boilerplate.add(line);
                continue;
            }
            if (Sections.isPreparedHeading(line)) {
                qaPending = false; // a table of contents lists the Q&A heading before the remarks begin
                listRole = null;
                boilerplate.add(line);
                if (current != null && !current.isEmpty()) {
                    turns.add(current.build()); // what came before the transcript's own start may be the publisher's
                    current = null;
                }
                if (!turns.isEmpty()) {
                    split = new int[] {turns.size(), labels.size()};
                }
                continue;
            }
            if (Sections.isParticipantsHeading(line)) {
                listRole = Sections.participantsRole(line);
                boilerplate.add(line);
                continue;
            }
            if (splitTranslations && Scripts.isTranslation(line)) {
                if (current != null && listRole == null) {
                    current.translate(line);
                } else {
                    boilerplate.add(line);
                }
                continue;
            }
            if (listRole != null) {
                Entry e = listEntry(lines, i, listRole);
                if (e != null) {
                    listed.add(e.participant());
                    boilerplate.addAll(lines.subList(i, i + e.lines()));
                    i += e.lines() - 1;
                    continue;
                }
                // a list among the turns (a second transcript, a page's participant box) ends at its
                // first other line; what follows it is set aside until a speaker speaks again
                afterList = !turns.isEmpty() || current != null;
                listRole = null;
            }
            HeaderRecognizer.Match match = headers.recognizeAt(lines, i);
            if (match == null && afterList) {
                boilerplate.add(line);
                continue;
            }
            afterList = false;
            if (match != null) {
                HeaderRecognizer.Header h = match.header();
                List<String> headerLines = lines.subList(i, i + match.lines());
                i += match.lines() - 1;
                if (current != null && current.isEmpty() && current.header.name().equals(h.name())
                        && h.inlineText().isEmpty()) {
                    boilerplate.addAll(headerLines); // the same header printed twice
                    continue;
                }
                labels.add(label(String.join("\n", headerLines), h.inlineText()));
                if (current != null && !current.isEmpty()) {
                    turns.add(current.build());
                } else if (current != null && current.qa) {
                    qaPending = true; // an empty header right after the Q&A heading: the Q&A starts with the next
                }
                current = new TurnBuilder(h, qaPending);
                qaPending = false;
                if (!h.inlineText().isEmpty()) {
                    current.append(h.inlineText());
                }
                continue;
            }
            if (current == null) {
                preamble.add(line);
            } else {
                current.append(line, src.afterBlank(i));
            }
        }
        if (current != null && !current.isEmpty()) {
            turns.add(current.build());
        }
        if (split != null && publishersSummary(turns, split[0])) {
            // "Total Revenue: $549 million ..." and "Atlas: ..." before "Full Conference Call Transcript": the
            // publisher's takeaways and glossary, whose labels no one on the call ever speaks under
            for (RawTurn t : turns.subList(0, split[0])) {
                boilerplate.addAll(t.text().lines().filter(l -> !l.isBlank()).toList());
            }
            boilerplate.addAll(labels.subList(0, split[1]));
            turns = new ArrayList<>(turns.subList(split[0], turns.size()));
            labels = new ArrayList<>(labels.subList(split[1], labels.size()));
        }
        List<String> warnings = new ArrayList<>();
        if (turns.isEmpty()) {
            warnings.add("no speaker turns were found in the " + family + " layout");
        }
        return new LayoutReading(family, confidence, preamble, turns, listed, boilerplate, labels,
                src.scripts().languages(), warnings, true);
    }

    /** Whether the turns before {@code at} are labelled only by names no turn after it speaks under. */
    private static boolean publishersSummary(List<RawTurn> turns, int at) {
        if (at >= turns.size()) {
            return false;
        }
        java.util.Set<String> after = new java.util.HashSet<>();
        for (RawTurn t : turns.subList(at, turns.size())) {
            after.add(String.valueOf(t.label()));
        }
        return turns.subList(0, at).stream().noneMatch(t -> after.contains(String.valueOf(t.label())));
    }

    /** The part of a header that names the speaker, without the speech on its line. */
    private static String label(String header, String inlineText) {
        int at = inlineText.isEmpty() ? -1 : header.lastIndexOf(inlineText);
        return at < 0 ? header : header.substring(0, at);
    }

    private record Entry(ListedParticipant participant, int lines) {
    }

    /** A list entry, joining the two-line form (" * Name" then " Company - Title"). */
    private static Entry listEntry(List<String> lines, int i, Role listRole) {
        ListedParticipant p = ParticipantLists.parse(lines.get(i), listRole);
        if (p == null) {
            return null;
        }
        if (p.title() == null && p.firm() == null && i + 1 < lines.size()) {
            String next = lines.get(i + 1);
            String[] parts = next.split("\\s+(?:--|—|–|-)\\s+", 2);
            if (parts.length == 2 && !Names.looksLikeName(next)) {
                Role role = listRole == Role.UNKNOWN && Titles.isAnalystTitle(parts[1]) ? Role.ANALYST : listRole;
                return new Entry(new ListedParticipant(p.name(), parts[1].strip(), parts[0].strip(), role), 2);
            }
            if (Titles.isTitleLine(next)) {
                // "Name" then "Title" (or "Firm, Research Division") on the next line
                ListedParticipant two = ParticipantLists.parse(p.name() + " - " + next, listRole);
                if (two != null) {
                    return new Entry(two, 2);
                }
            }
        }
        if (p.title() == null && p.firm() == null) {
            return null; // a name alone ("Operator", a speaker's own line) ends the list
        }
        return new Entry(p, 1);
    }

    private static final class TurnBuilder {
        private final HeaderRecognizer.Header header;
        private final boolean qa;
        private final StringBuilder text = new StringBuilder();
        private final Map<String, StringBuilder> translation = new LinkedHashMap<>();

        TurnBuilder(HeaderRecognizer.Header header, boolean qa) {
            this.header = header;
            this.qa = qa;
        }

        void append(String line) {
            append(line, false);
        }

        /** @param paragraph whether a blank line came before it in the source: the turn keeps the paragraph break */
        void append(String line, boolean paragraph) {
            if (text.length() > 0) {
                text.append(paragraph ? "\n\n" : "\n");
            }
            text.append(line);
        }

        void translate(String line) {
            StringBuilder sb = translation.computeIfAbsent(Scripts.languageOf(line), k -> new StringBuilder());
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(line);
        }

        boolean isEmpty() {
            return text.length() == 0;
        }

        RawTurn build() {
            Map<String, String> tr = new LinkedHashMap<>();
            translation.forEach((k, v) -> tr.put(k, v.toString()));
            return new RawTurn(header.name(), header.title(), header.firm(), header.roleHint(), text.toString(), tr, qa);
        }
    }
}
