package io.transcripts.layout;

import io.transcripts.language.Months;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Running headers and footers a text export kept: a block of three or more short lines that the
 * document repeats, digits aside, at least three times ("NVIDIA Corp. (NVDA) / Q2 2026 Earnings
 * Call / 27-Aug-2025 / 7"), with a date or a page number in it, is page furniture wherever it
 * falls, where its occurrences are spaced like pages. The first occurrence stays: it is the
 * document's title. Speaker headers repeat too, but where the talk takes them, not page by page.
 * A line that is only a date, printed three times or more, goes too, but for its first.
 */
public final class RunningHeaders {
    private static final int BLOCK = 3;
    private static final int MIN_REPEATS = 3;
    private static final int MAX_LINE = 80;
    /** A running header carries the call's date or the page's number ("27-Aug-2025", "Page 7", "7"). */
    private static final Pattern DATE_OR_PAGE = Pattern.compile("(?i)^(?:page\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?$|\\b" + Months.DATE
            + "\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b");

    private static final Pattern DATE_LINE = Pattern.compile("(?i)" + Months.DATE);

    private RunningHeaders() {
    }

    public static String strip(String text) {
        List<String> lines = text.lines().toList();
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                idx.add(i);
            }
        }
        // each non-blank line is shaped and read for a date or page number once; blocks overlap
        String[] stripped = new String[idx.size()];
        String[] shape = new String[idx.size()];
        boolean[] furniture = new boolean[idx.size()];
        boolean[] datedOrPaged = new boolean[idx.size()];
        Map<String, Integer> shapes = new HashMap<>();
        for (int n = 0; n < idx.size(); n++) {
            String l = lines.get(idx.get(n)).strip();
            stripped[n] = l;
            shape[n] = shape(l);
            furniture[n] = l.length() <= MAX_LINE;
            datedOrPaged[n] = furniture[n] && DATE_OR_PAGE.matcher(l).find();
            shapes.merge(shape[n], 1, Integer::sum);
        }
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int k = 0; k + BLOCK <= idx.size(); k++) {
            String key = key(shape, furniture, datedOrPaged, k);
            if (key != null) {
                blocks.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
            }
        }
        boolean[] drop = new boolean[lines.size()];
        boolean any = false;
        Map<String, Integer> seenDates = new HashMap<>();
        for (int n = 0; n < idx.size(); n++) {
            // a line that is only a date, printed again and again, is the running header's date wherever it falls
            if (shapes.get(shape[n]) >= MIN_REPEATS && DATE_LINE.matcher(stripped[n]).matches()
                    && seenDates.merge(shape[n], 1, Integer::sum) > 1) {
                drop[idx.get(n)] = true;
                any = true;
            }
        }
        for (List<Integer> at : blocks.values()) {
            if (at.size() < MIN_REPEATS || !evenlySpaced(at)) {
                continue;
            }
            for (int n = 1; n < at.size(); n++) {
                for (int j = 0; j < BLOCK; j++) {
                    int line = idx.get(at.get(n) + j);
                    // only lines that occur as the furniture does: a "Thank you." beside it occurs far more often
                    if (shapes.get(shape[at.get(n) + j]) <= at.size() + 1) {
                        drop[line] = true;
                        any = true;
                    }
                }
            }
        }
        if (!any) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.size(); i++) {
            if (!drop[i]) {
                out.append(lines.get(i)).append('\n');
            }
        }
        return out.toString();
    }

    /** A stripped line lower-cased, each run of digits one '#' (by hand: every line of the document is shaped). */
    private static String shape(String l) {
        StringBuilder sb = new StringBuilder(l.length());
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c < '0' || c > '9') {
                sb.append(c);
            } else if (i == 0 || l.charAt(i - 1) < '0' || l.charAt(i - 1) > '9') {
                sb.append('#');
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Pages are about as long as each other: the gaps between a running header's occurrences stay
     * within a factor of two, where a speaker's repeated header falls wherever the talk takes it.
     */
    private static boolean evenlySpaced(List<Integer> at) {
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int n = 1; n < at.size(); n++) {
            int gap = at.get(n) - at.get(n - 1);
            min = Math.min(min, gap);
            max = Math.max(max, gap);
        }
        return min >= BLOCK && max <= 2 * min;
    }

    /** The digit-free shape of the block of non-blank lines from position k, or null when it cannot be furniture. */
    private static String key(String[] shape, boolean[] furniture, boolean[] datedOrPaged, int k) {
        StringBuilder key = new StringBuilder();
        boolean digit = false;
        for (int j = k; j < k + BLOCK; j++) {
            if (!furniture[j]) {
                return null;
            }
            digit |= datedOrPaged[j];
            key.append(shape[j]).append('\n');
        }
        return digit ? key.toString() : null;
    }
}
