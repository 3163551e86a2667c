package io.transcripts.format;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text a reader sees, one line per block element, grouped by page where the parser
 * marks pages (PDF). Skips what is never transcript: scripts, navigation, headers and footers,
 * forms, and elements whose class or id names them as ads, banners, promos, sidebars or sharing.
 */
final class VisibleTextHandler extends DefaultHandler {
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "nav", "header", "footer",
            "aside", "form", "button", "select", "option", "template", "svg", "iframe", "title", "head", "figure",
            "figcaption");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "tr", "td", "th", "section", "article", "blockquote", "pre", "dt", "dd", "ul", "ol", "table", "main",
            "hr", "body", "header");
    private static final Set<String> CONTAINERS = Set.of("html", "body", "main");
    private static final Pattern FURNITURE = Pattern.compile(
            "(^|[\\s_-])(ad|ads|advert\\w*|banner|cookie\\w*|consent|promo\\w*|sidebar|newsletter|subscribe|share|"
                    + "social|related|recommend\\w*|breadcrumb\\w*|menu|navbar|nav|footer|header|masthead|popup|modal|"
                    + "paywall|sponsor\\w*|disclaimer-banner)([\\s_-]|$)");

    private final int maxChars;
    private final int maxDepth;
    private final boolean markup;
    private final List<List<String>> pages = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final Deque<Boolean> skipStack = new ArrayDeque<>();
    private int skipping;
    private int articles;
    private int chars;
    private int pre;
    private boolean paginated;

    /** In markup (HTML), a line break in the source is only a space, except inside {@code <pre>}. */
    VisibleTextHandler(int maxChars, int maxDepth, boolean markup) {
        this.maxChars = maxChars;
        this.maxDepth = maxDepth;
        this.markup = markup;
        pages.add(new ArrayList<>());
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        if (skipStack.size() >= maxDepth) {
            throw new LimitExceeded("the document nests elements deeper than " + maxDepth);
        }
        // the page's own containers are never furniture, whatever their classes ("has-sidebar"), and an
        // article's own <header> holds its title (company, ticker, quarter), not the site's masthead
        boolean ownHeader = "header".equals(name) && articles > 0;
        boolean skip = !ownHeader && (SKIPPED.contains(name) || (!CONTAINERS.contains(name) && isFurniture(atts)));
        if ("article".equals(name)) {
            articles++;
        }
        skipStack.push(skip);
        if (skip) {
            skipping++;
        }
        if ("pre".equals(name)) {
            pre++;
        }
        // Tika marks PDF pages so; an HTML page's own "page" div is just a wrapper
        if (!markup && "div".equals(name) && "page".equals(atts.getValue("class"))) {
            paginated = true;
            endLine();
            if (!current().isEmpty()) {
                pages.add(new ArrayList<>());
            }
        } else if (BLOCKS.contains(name)) {
            endLine();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        if (!skipStack.isEmpty() && skipStack.pop()) {
            skipping--;
        }
        if ("pre".equals(name) && pre > 0) {
            pre--;
        }
        if ("article".equals(name) && articles > 0) {
            articles--;
        }
        if (BLOCKS.contains(name)) {
            endLine();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipping > 0) {
            return;
        }
        chars += length;
        if (chars > maxChars) {
            throw new LimitExceeded("the text is longer than the limit of " + maxChars + " characters");
        }
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (c == '\n' || c == '\r') {
                if (markup && pre == 0) {
                    line.append(' ');
                } else {
                    endLine();
                }
            } else {
                line.append(c == '\u00A0' || c == '\t' ? ' ' : c);
            }
        }
    }

    /**
     * Tika writes the line breaks inside a PDF paragraph as ignorable newlines: they end a line
     * (PageFurniture then mends the paragraph). In HTML it is layout whitespace between elements.
     */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (skipping > 0 || markup) {
            return;
        }
        for (int i = start; i < start + length; i++) {
            if (ch[i] == '\n') {
                endLine();
            }
        }
    }

    private boolean isFurniture(Attributes atts) {
        if (atts == null) {
            return false;
        }
        for (String attr : new String[] {"class", "id", "role", "aria-label"}) {
            String v = atts.getValue(attr);
            if (v != null && FURNITURE.matcher(v.toLowerCase(Locale.ROOT)).find()) {
                return true;
            }
        }
        return "true".equals(atts.getValue("aria-hidden")) || atts.getValue("hidden") != null;
    }

    private List<String> current() {
        return pages.get(pages.size() - 1);
    }

    private void endLine() {
        String s = line.toString().replaceAll(" {2,}", " ").strip();
        line.setLength(0);
        if (!s.isEmpty()) {
            current().add(s);
        }
    }

    /** A bound of {@link ExtractionLimits} was crossed; Tika's parsers may wrap it on its way out. */
    static final class LimitExceeded extends SAXException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(String message) {
            super(message);
        }
    }

    /** Whether the parser marked pages (PDF): its lines are broken by the page width. */
    boolean paginated() {
        return paginated;
    }

    /** The lines of each page, in order; documents without pages have one. */
    List<List<String>> pages() {
        endLine();
        return pages;
    }
}
