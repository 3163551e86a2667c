package io.transcripts.layout;

import java.util.List;

/** The extracted text split into stripped lines, computed once and shared by every layout's scoring. */
public final class SourceText {
    private final String text;
    private final List<String> lines;
    private final List<String> nonBlank;
    private final Scripts.Profile scripts;
    private final boolean[] afterBlank;

    public SourceText(String text) {
        this.text = text;
        this.lines = text.lines().map(String::strip).toList();
        this.nonBlank = lines.stream().filter(l -> !l.isEmpty()).toList();
        this.afterBlank = new boolean[nonBlank.size()];
        int k = 0;
        boolean blank = false;
        for (String l : lines) {
            if (l.isEmpty()) {
                blank = true;
            } else {
                afterBlank[k] = blank && k > 0;
                k++;
                blank = false;
            }
        }
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

    /** Whether non-blank line i follows a blank line: it may open a paragraph. */
    public boolean afterBlank(int i) {
        return afterBlank[i];
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
