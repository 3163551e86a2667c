package io.transcripts.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transcripts.model.Transcript;
import io.transcripts.model.Turn;
import io.transcripts.structure.TranscriptParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random transcripts in the labelled layouts, with page furniture and promotions cutting through
 * turns, colon lines that are no labels, one-line turns and names with hyphens, apostrophes and
 * particles: every character lands in exactly one place, and the speakers come out as written.
 */
class LayoutPropertiesTest {
    private static final TranscriptParser PARSER = new TranscriptParser();
    private static final LayoutRegistry LAYOUTS = LayoutRegistry.discover();
    private static final String[] FIRST = {"Jean-Marc", "Renée", "Priya", "Tomasz", "Aisha", "Daniel", "Mei", "Olu", "Karl-Heinz"};
    private static final String[] LAST = {"O'Connor", "van der Berg", "Okafor-Reyes", "Lindqvist", "Nakamura", "Brandt-Møller",
            "Castellano", "Wierzbicki"};
    private static final String[] EXEC_TITLES = {"Chief Executive Officer", "Chief Financial Officer",
            "Vice President, Investor Relations", "President and COO"};
    private static final String[] FIRMS = {"Kessler, Brandt & Co.", "D.A. Davidson", "Hale-Morrow Securities", "Pinecrest Capital"};
    private static final String[] SPEECH = {
        "Revenue for the quarter grew 12% to $84.2 million.",
        "Note: all figures are unaudited and may change.",
        "Yes.",
        "We expect gross margin of 61% to 62% for the full year.",
        "Thanks for taking my question.",
        "How should we think about pricing in the second half?",
        "Demand stayed firm across every region, and bookings grew faster than shipments.",
        "Okay, understood."};
    private static final String[] FURNITURE = {"Page 3 of 12", "Copyright © 2026 Example Media Inc. All rights reserved.",
        "Image source: The Motley Fool.", "Advertisement", "------------------------------"};

    private enum Style { DASH, COLON, MOTLEY, NAME_OVER_TITLE }

    private record Speaker(String name, String title, boolean analyst) {
    }

    private record Generated(String text, List<String> speakers, Style style) {
    }

    @Property(tries = 150)
    void everyCharacterIsPlacedOnceAndSpeakersComeOutAsWritten(@ForAll long seed) throws Exception {
        Generated g = generate(new Random(seed));
        LayoutReading reading = LAYOUTS.read(new SourceText(g.text()));
        var diff = Accounting.difference(g.text(), reading);
        assertTrue(diff.isEmpty(), g.style() + " seed " + seed + ": " + Accounting.describe(diff) + "\n" + g.text());

        Transcript t = PARSER.parse(g.text());
        assertEquals(g.speakers(), t.turns().stream().map(Turn::speaker).toList(),
                g.style() + " seed " + seed + " (" + t.layout().family() + ")\n" + g.text());
        t.turns().stream().map(Turn::text).forEach(text -> {
            for (String f : FURNITURE) {
                assertTrue(!text.contains(f), "furniture in a turn: " + f + "\n" + g.text());
            }
        });
        t.turns().stream().map(Turn::speaker).filter(Objects::nonNull).filter(s -> !s.equals("Operator"))
                .forEach(s -> assertTrue(g.text().contains(s), "invented speaker " + s));
    }

    @Property(tries = 100)
    void unlabelledTextIsPlacedOnceAndNamesOnlyWhatItSays(@ForAll long seed) throws Exception {
        Random r = new Random(seed);
        List<String> used = new ArrayList<>();
        String cfo = name(r, used);
        String analyst = name(r, used);
        List<String> units = new ArrayList<>(List.of("Good day and welcome to the Example Media third quarter 2026 earnings call.",
                "I will now turn the call over to " + cfo.split(" ")[0] + ", our Chief Financial Officer.",
                "Revenue and operating results were ahead of our outlook."));
        units.addAll(speech(r, 2 + r.nextInt(4)));
        units.add("With that, we will open the call to questions.");
        units.add("Our first question comes from " + analyst + " with " + FIRMS[r.nextInt(FIRMS.length)] + ".");
        units.addAll(speech(r, 1 + r.nextInt(3)));
        if (r.nextBoolean()) {
            units.add(r.nextInt(units.size() - 1) + 1, FURNITURE[r.nextInt(FURNITURE.length)]);
        }
        // one unit a line (sentence-lines) or several to a paragraph (prose)
        String text = r.nextBoolean() ? String.join("\n", units) + "\n" : String.join(" ", units) + "\n";
        LayoutReading reading = LAYOUTS.read(new SourceText(text));
        var diff = Accounting.difference(text, reading);
        assertTrue(diff.isEmpty(), "seed " + seed + ": " + Accounting.describe(diff) + "\n" + text);
        Transcript t = PARSER.parse(text);
        t.turns().stream().map(Turn::speaker).filter(Objects::nonNull).filter(x -> !x.equals("Operator"))
                .forEach(x -> assertTrue(text.contains(x), "invented speaker " + x + "\n" + text));
    }

    private static Generated generate(Random r) {
        Style style = Style.values()[r.nextInt(Style.values().length)];
        List<Speaker> execs = new ArrayList<>();
        List<Speaker> analysts = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (int i = 0; i < 2 + r.nextInt(2); i++) {
            execs.add(new Speaker(name(r, used), EXEC_TITLES[i % EXEC_TITLES.length], false));
        }
        for (int i = 0; i < 1 + r.nextInt(3); i++) {
            analysts.add(new Speaker(name(r, used), FIRMS[r.nextInt(FIRMS.length)], true));
        }
        StringBuilder sb = new StringBuilder("Example Media Inc. (NASDAQ: EXMD) Q3 2026 Earnings Call\n");
        List<String> speakers = new ArrayList<>();
        turn(sb, speakers, style, null, List.of("Good day and welcome to the Example Media third quarter 2026 earnings call."), r);
        for (Speaker e : execs) {
            turn(sb, speakers, style, e, speech(r, 1 + r.nextInt(4)), r);
        }
        for (Speaker a : analysts) {
            turn(sb, speakers, style, null, List.of("Our next question comes from " + a.name() + " with " + a.title() + "."), r);
            turn(sb, speakers, style, a, speech(r, 1 + r.nextInt(2)), r);
            turn(sb, speakers, style, execs.get(r.nextInt(execs.size())), speech(r, 1 + r.nextInt(3)), r);
        }
        return new Generated(sb.toString(), speakers, style);
    }

    private static String name(Random r, List<String> used) {
        while (true) {
            String first = FIRST[r.nextInt(FIRST.length)];
            String last = LAST[r.nextInt(LAST.length)];
            // distinct first and last names: two people never share a spelling the reader could merge
            if (used.stream().noneMatch(u -> u.startsWith(first + " ") || u.endsWith(" " + last))) {
                used.add(first + " " + last);
                return first + " " + last;
            }
        }
    }

    private static List<String> speech(Random r, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(SPEECH[r.nextInt(SPEECH.length)]);
        }
        return out;
    }

    /** Writes one turn (null speaker: the operator), with furniture now and then between its lines. */
    private static void turn(StringBuilder sb, List<String> speakers, Style style, Speaker s, List<String> lines, Random r) {
        String name = s == null ? "Operator" : s.name();
        String header = switch (style) {
            case DASH -> s == null ? "Operator" : s.analyst() ? name + " - " + s.title() + " - Analyst" : name + " - " + s.title();
            case MOTLEY -> s == null ? "Operator" : s.analyst() ? name + " -- " + s.title() + " -- Analyst" : name + " -- " + s.title();
            case NAME_OVER_TITLE -> s == null ? "Operator" : name + "\n" + (s.analyst() ? s.title() + ", Research Division" : s.title());
            case COLON -> name + ":";
        };
        speakers.add(name);
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0 && style == Style.COLON) {
                sb.append(header).append(' ').append(lines.get(0)).append('\n');
                continue;
            }
            if (i == 0) {
                sb.append(header).append('\n');
            }
            if (i > 0 && r.nextInt(4) == 0) {
                sb.append(FURNITURE[r.nextInt(FURNITURE.length)]).append('\n');
            }
            sb.append(lines.get(i)).append('\n');
        }
    }
}
