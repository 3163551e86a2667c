package io.transcripts.format;

import io.transcripts.layout.Boilerplate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what a paginated document repeats on every page (running headers and footers, page
 * numbers) and mends the lines of a paragraph that the page width broke, hyphenated breaks too.
 */
final class PageFurniture {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(page\\s*)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?$|^-\\s*\\d{1,4}\\s*-$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!:;\"”)\\]]$");
    private static final int EDGE = 3;
    private static final Pattern DATE_ONLY = Pattern.compile("(?i)" + io.transcripts.language.Months.DATE);

    private PageFurniture() {
    }

    /**
     * A line is furniture when its shape sits at the same edge (top or bottom) of at least half the
     * pages, and two, and never inside a page: a speaker's name line that opens two pages, or opens
     * one and closes another, is not a running header. Bare page numbers go wherever they are at an edge.
     */
    static List<String> clean(List<List<String>> pages, boolean paginated) {
        Map<String, Integer> edgePages = new HashMap<>();
        Set<String> inside = new HashSet<>();
        for (List<String> page : pages) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < page.size(); i++) {
                List<String> keys = edgeKeys(page, i);
                if (keys.isEmpty()) {
                    inside.add(shape(page.get(i)));
                }
                seen.addAll(keys);
            }
            seen.forEach(k -> edgePages.merge(k, 1, Integer::sum));
        }
        int threshold = Math.max(2, (pages.size() + 1) / 2);
        List<String> out = new ArrayList<>();
        for (List<String> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                String l = page.get(i);
                List<String> keys = edgeKeys(page, i);
                boolean repeated = pages.size() > 1 && !inside.contains(shape(l))
                        && keys.stream().anyMatch(k -> edgePages.getOrDefault(k, 0) >= threshold);
                if (!repeated && !(paginated && !keys.isEmpty() && PAGE_NUMBER.matcher(l).matches())) {
                    out.add(l);
                }
            }
        }
        return paginated ? joinWrapped(out) : out; // a one-page PDF is width-wrapped too
    }

    /** The edges line i of a page is at, each with the line's shape: none for a line inside the page. */
    private static List<String> edgeKeys(List<String> page, int i) {
        List<String> keys = new ArrayList<>(2);
        if (i < EDGE) {
            keys.add("top " + shape(page.get(i)));
        }
        if (i >= page.size() - EDGE) {
            keys.add("bottom " + shape(page.get(i)));
        }
        return keys;
    }

    /** Running headers differ only by page number or date; compare them without digits. */
    private static String shape(String l) {
        return l.replaceAll("\\d+", "#").toLowerCase();
    }

    /**
     * A line that does not end a sentence and is followed by one starting in lower case was
     * broken by the page width: join them, dropping a hyphen that split a word but not one that
     * joins a compound.
     */
    static List<String> joinWrapped(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (!out.isEmpty()) {
                String prev = out.get(out.size() - 1);
                // a furniture line left mid-page ("ACME FQ2 2025 EARNINGS CALL | ...") is no part of a
                // sentence; only its own wrapped tail ("All rights" + "reserved.") joins it
                boolean continues = !l.isEmpty() && continuesSentence(l.charAt(0)) && !SENTENCE_END.matcher(prev).find()
                        && !DATE_ONLY.matcher(prev.strip()).matches() // a page's dated header, not a sentence's first half
                        && !Boilerplate.isFurniture(l) && (!Boilerplate.isFurniture(prev)
                        || l.split("\\s+").length <= 3 && Boilerplate.isFurniture(prev + " " + l));
                if (continues) {
                    String joined = prev.endsWith("-") && Character.isLetter(prev.charAt(Math.max(0, prev.length() - 2)))
                            ? prev.substring(0, prev.length() - (compound(prev, l) ? 0 : 1)) + l
                            : prev + " " + l;
                    out.set(out.size() - 1, joined);
                    continue;
                }
            }
            out.add(l);
        }
        return out;
    }

    /** "year-over-" + "year", "year-" + "over-year": the break fell on a compound's own hyphen. */
    private static boolean compound(String prev, String next) {
        String before = prev.substring(prev.lastIndexOf(' ') + 1, prev.length() - 1);
        int space = next.indexOf(' ');
        String after = space < 0 ? next : next.substring(0, space);
        return before.contains("-") || after.contains("-");
    }

    /** No speaker label or heading starts with a small letter, a digit or an amount ("£18.5 million"). */
    private static boolean continuesSentence(char c) {
        return Character.isLowerCase(c) || Character.isDigit(c) || Character.getType(c) == Character.CURRENCY_SYMBOL;
    }
}
