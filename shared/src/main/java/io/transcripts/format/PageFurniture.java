package io.transcripts.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private PageFurniture() {
    }

    static List<String> clean(List<List<String>> pages) {
        Map<String, Integer> edgeCounts = new HashMap<>();
        for (List<String> page : pages) {
            for (String l : edges(page)) {
                edgeCounts.merge(shape(l), 1, Integer::sum);
            }
        }
        int threshold = Math.max(2, (pages.size() + 1) / 2);
        List<String> out = new ArrayList<>();
        for (List<String> page : pages) {
            List<String> edges = edges(page);
            for (int i = 0; i < page.size(); i++) {
                String l = page.get(i);
                boolean atEdge = i < EDGE || i >= page.size() - EDGE;
                if (PAGE_NUMBER.matcher(l).matches()
                        || (pages.size() > 1 && atEdge && edges.contains(l)
                        && edgeCounts.getOrDefault(shape(l), 0) >= threshold)) {
                    continue;
                }
                out.add(l);
            }
        }
        return pages.size() > 1 ? joinWrapped(out) : out;
    }

    private static List<String> edges(List<String> page) {
        List<String> e = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (i < EDGE || i >= page.size() - EDGE) {
                e.add(page.get(i));
            }
        }
        return e;
    }

    /** Running headers differ only by page number or date; compare them without digits. */
    private static String shape(String l) {
        return l.replaceAll("\\d+", "#").toLowerCase();
    }

    /**
     * A line that does not end a sentence and is followed by one starting in lower case was
     * broken by the page width: join them (dropping a hyphen that split a word).
     */
    static List<String> joinWrapped(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (!out.isEmpty()) {
                String prev = out.get(out.size() - 1);
                boolean continues = !l.isEmpty() && (Character.isLowerCase(l.charAt(0)) || Character.isDigit(l.charAt(0)))
                        && !SENTENCE_END.matcher(prev).find();
                if (continues) {
                    String joined = prev.endsWith("-") && Character.isLetter(prev.charAt(Math.max(0, prev.length() - 2)))
                            ? prev.substring(0, prev.length() - 1) + l
                            : prev + " " + l;
                    out.set(out.size() - 1, joined);
                    continue;
                }
            }
            out.add(l);
        }
        return out;
    }
}
