package io.transcripts.layout;

import java.util.List;

/** The extracted text split into stripped lines, computed once and shared by every layout's scoring. */
public final class SourceText {
    private final String text;
    private final List<String> lines;
    private final List<String> nonBlank;
    private final Scripts.Profile scripts;

    public SourceText(String text) {
        this.text = text;
        this.lines = text.lines().map(String::strip).toList();
        this.nonBlank = lines.stream().filter(l -> !l.isEmpty()).toList();
        this.scripts = Scripts.profile(nonBlank);
    }

    public String text() {
        return text;
    }

    public List<String> lines() {
        return lines;
    }

    public List<String> nonBlankLines() {
        return nonBlank;
    }

    public Scripts.Profile scripts() {
        return scripts;
    }

    /** Share of non-blank lines that satisfy the test. */
    public double share(java.util.function.Predicate<String> test) {
        if (nonBlank.isEmpty()) {
            return 0;
        }
        return (double) nonBlank.stream().filter(test).count() / nonBlank.size();
    }

    public long count(java.util.function.Predicate<String> test) {
        return nonBlank.stream().filter(test).count();
    }
}
