package io.transcripts.layout.families;

import io.transcripts.layout.HeaderRecognizer;
import io.transcripts.layout.LabelledReader;
import io.transcripts.layout.LayoutReading;
import io.transcripts.layout.Names;
import io.transcripts.layout.SourceText;
import io.transcripts.layout.Titles;
import io.transcripts.layout.Tokens;
import io.transcripts.layout.TranscriptLayout;
import io.transcripts.model.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Speaker labels alone on their line, with or without a colon ("PB Balaji:" then "PB Balaji"), as
 * company and exchange PDFs print them. No vendor fixes the label set: the document teaches it. A
 * line is a label when it has a person's name shape, is no firm or title, and the same name stands
 * alone on a line more than once, never inside a running sentence. Reported
 * as {@code unknown}: the grammar is the document's own, not a known source's.
 */
public final class NameLinesLayout implements TranscriptLayout {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LABEL = Pattern.compile("^(?:(?:Mr|Ms|Mrs|Dr)\\.?\\s+)?(" + Names.NAME + ")\\s*:?$");
    private static final Pattern CONTINUES = Pattern.compile(".*(?:[,;–-]|\\b(?:and|or|by|of|to|the|with))$");
    private static final Pattern STARTS_LOWER = Pattern.compile("^\\p{Ll}.*");
    private static final int MIN_LABEL_LINES = 6;

    @Override
    public String family() {
        return "unknown";
    }

    /** The names that act as labels in this text, by their normalised form. */
    static Set<String> labels(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String name = candidate(lines.get(i));
            if (name == null) {
                continue;
            }
            // a name over a title line is the two-line header of another grammar (CapIQ, CallStreet)
            boolean overTitle = HeaderPatterns.nameThenTitle(lines, i) != null;
            // a name wrapped inside running text continues a sentence ("joined by\nAnil Verma\nand ...")
            boolean inSentence = i > 0 && CONTINUES.matcher(lines.get(i - 1)).matches()
                    || i + 1 < lines.size() && STARTS_LOWER.matcher(lines.get(i + 1)).matches();
            if (!overTitle && !inSentence && !Names.isOperator(name)) {
                // a colon says "label" outright: once is enough for a name written so
                counts.merge(key(name), lines.get(i).strip().endsWith(":") ? 2 : 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private static String candidate(String line) {
        Matcher m = LABEL.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        String name = m.group(1);
        int words = Tokens.count(name);
        boolean shouting = name.equals(name.toUpperCase(Locale.ROOT)) && name.length() > 3;
        if (words > 4 || shouting || !Names.looksLikeName(name) || Titles.isTitleLine(name) || Titles.isExecutiveTitle(name)) {
            return null;
        }
        return name;
    }

    private static String key(String name) {
        return SPACES.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** The most confidence this layout gives (see {@link #confidence}). */
    private static final double CEILING = 0.85;

    @Override
    public double ceiling() {
        return CEILING;
    }

    @Override
    public double confidence(SourceText text) {
        List<String> lines = text.nonBlankLines();
        Set<String> labels = labels(lines);
        if (labels.size() < 2) {
            return 0;
        }
        long uses = lines.stream().map(NameLinesLayout::candidate).filter(n -> n != null && labels.contains(key(n))).count();
        return uses < MIN_LABEL_LINES ? 0 : Math.min(CEILING, 0.5 + 0.35 * Math.min(1.0, uses / 10.0));
    }

    @Override
    public LayoutReading read(SourceText text, double confidence) {
        Set<String> labels = labels(text.nonBlankLines());
        HeaderRecognizer headers = line -> {
            String name = candidate(line);
            if (name == null || !labels.contains(key(name))) {
                return null;
            }
            return Names.isOperator(name) || key(name).equals("moderator")
                    ? new HeaderRecognizer.Header("Operator", null, null, Role.OPERATOR, "")
                    : new HeaderRecognizer.Header(name, null, null, Role.UNKNOWN, "");
        };
        return new LabelledReader(headers, false).read(text, family(), confidence);
    }
}
