package io.transcripts.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transcripts.model.Transcript;
import io.transcripts.model.Turn;
import io.transcripts.structure.TranscriptParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A layout fixture delivered as a PDF (lines wrapped to the page, running header, page numbers,
 * pages breaking through turns) or as a Word file reads to the same layout and speakers as its text.
 */
class FormatLayoutTest {
    private static final int WIDTH = 90;
    private static final int LINES_PER_PAGE = 38;
    private static final TextExtractor EXTRACTOR = new TextExtractor(ExtractionLimits.DEFAULT);
    private static final TranscriptParser PARSER = new TranscriptParser();

    private static String fixture(String name) throws Exception {
        return Files.readString(Path.of(FormatLayoutTest.class.getResource("/layouts/" + name + ".txt").toURI()),
                StandardCharsets.UTF_8);
    }

    private static List<String> speakers(Transcript t) {
        return t.turns().stream().map(Turn::speaker).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"capiq", "callstreet", "seeking-alpha", "speaker-dash", "speaker-colon", "motley-fool", "streetevents"})
    void pdfReadsLikeItsText(String name) throws Exception {
        String text = fixture(name);
        Transcript expected = PARSER.parse(text);
        List<String> wrapped = new ArrayList<>();
        for (String line : text.strip().split("\n")) {
            wrapped.addAll(wrap(line));
        }
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < wrapped.size(); i += LINES_PER_PAGE) {
            pages.add(wrapped.subList(i, Math.min(wrapped.size(), i + LINES_PER_PAGE)));
        }
        ExtractedText pdf = EXTRACTOR.extract(Fixtures.pdf(pages, true), name + ".pdf");
        Transcript actual = PARSER.parse(pdf.text());
        assertEquals(expected.layout().family(), actual.layout().family(), pdf.text());
        assertEquals(speakers(expected), speakers(actual), pdf.text());
        for (int i = 0; i < expected.turns().size(); i++) {
            assertEquals(expected.turns().get(i).text().replaceAll("\\s+", " "),
                    actual.turns().get(i).text().replaceAll("\\s+", " "), name + " turn " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"capiq", "callstreet", "seeking-alpha", "speaker-dash", "motley-fool"})
    void wordReadsLikeItsText(String name) throws Exception {
        String text = fixture(name);
        Transcript expected = PARSER.parse(text);
        ExtractedText docx = EXTRACTOR.extract(Fixtures.docx(List.of(text.strip().split("\n")), null), name + ".docx");
        Transcript actual = PARSER.parse(docx.text());
        assertEquals(expected.layout().family(), actual.layout().family());
        assertEquals(speakers(expected), speakers(actual), docx.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"motley-fool", "seeking-alpha", "speaker-colon"})
    void webPageReadsLikeItsText(String name) throws Exception {
        String text = fixture(name);
        Transcript expected = PARSER.parse(text);
        StringBuilder html = new StringBuilder("<html><head><title>Transcript</title><script>var ad = 1;</script></head><body>"
                + "<nav><a href='/'>Markets</a> <a href='/news'>News</a></nav>"
                + "<header class='site-header'>Example Media — Markets, News, Ideas</header>"
                + "<div id='cookie-banner'>We use cookies. Accept all?</div><article>");
        String[] lines = text.strip().split("\n");
        // the article's own header carries its title line: the call's company, ticker and quarter
        html.append("<header class='article-header'><h1>").append(lines[0].replace("&", "&amp;")).append("</h1></header>");
        for (String line : java.util.Arrays.copyOfRange(lines, 1, lines.length)) {
            html.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        html.append("</article><aside class='sidebar'>Trending: 5 stocks to buy</aside><footer>© Example Media</footer></body></html>");
        ExtractedText page = EXTRACTOR.extract(html.toString().getBytes(StandardCharsets.UTF_8), name + ".html");
        Transcript actual = PARSER.parse(page.text());
        assertEquals(expected.layout().family(), actual.layout().family(), page.text());
        assertEquals(speakers(expected), speakers(actual), page.text());
        assertEquals(expected.call(), actual.call(), page.text());
        assertEquals(false, page.text().contains("Markets, News"), page.text());
        actual.turns().forEach(t -> assertEquals(false, t.text().contains("cookies") || t.text().contains("Trending"), t.text()));
    }

    /** Breaks a long line at spaces, as a page of fixed width would. */
    private static List<String> wrap(String line) {
        List<String> out = new ArrayList<>();
        String rest = line;
        while (rest.length() > WIDTH) {
            int cut = rest.lastIndexOf(' ', WIDTH);
            if (cut <= 0) {
                break;
            }
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut + 1);
        }
        out.add(rest);
        return out;
    }
}
