package io.transcripts.format;

import static io.transcripts.format.Fixtures.CALL;
import static io.transcripts.format.Fixtures.HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every supported format, generated here from one fictional call, read back by {@link TextExtractor}. */
class FormatsTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private final TextExtractor extractor = new TextExtractor();

    static Stream<Arguments> encodings() {
        byte[] utf8 = CALL.getBytes(StandardCharsets.UTF_8);
        byte[] le = CALL.getBytes(StandardCharsets.UTF_16LE);
        byte[] be = CALL.getBytes(StandardCharsets.UTF_16BE);
        return Stream.of(
                Arguments.of("UTF-8", utf8, "UTF-8"),
                Arguments.of("UTF-8 with BOM", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8), "UTF-8"),
                Arguments.of("UTF-16LE", le, "UTF-16LE"),
                Arguments.of("UTF-16LE with BOM", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, le), "UTF-16LE"),
                Arguments.of("UTF-16BE", be, "UTF-16BE"),
                Arguments.of("UTF-16BE with BOM", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, be), "UTF-16BE"),
                Arguments.of("windows-1252", CALL.getBytes(CP1252), "windows-1252"),
                Arguments.of("windows-1252, CRLF", CALL.replace("\n", "\r\n").getBytes(CP1252), "windows-1252"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void plainTextComesBackExactlyWithItsEncoding(String label, byte[] bytes, String charset) throws Exception {
        for (String name : new String[] {"call.txt", null}) {
            ExtractedText t = extractor.extract(bytes, name);
            assertEquals(CALL.strip(), t.text().strip(), label + " named " + name);
            assertEquals("text/plain", t.mediaType(), label + " named " + name);
            assertEquals(charset, t.encoding(), label + " named " + name);
        }
    }

    @Test
    void windows1252IsNotReadAsLatin1() throws Exception {
        // the bytes Tika's ISO-8859-1 guess would turn into C1 controls
        ExtractedText t = extractor.extract("\u201cA \u20ac5 \u2018deal\u2019 \u2013 done\u201d".getBytes(CP1252), "q.txt");
        assertEquals("\u201cA \u20ac5 \u2018deal\u2019 \u2013 done\u201d", t.text().strip());
        assertTrue(t.text().chars().noneMatch(c -> c >= 0x80 && c < 0xA0), t.text());
    }

    @Test
    void htmlGivesOnlyTheTranscript() throws Exception {
        StringBuilder article = new StringBuilder();
        for (String l : Fixtures.callLines()) {
            article.append("<p>").append(l.replace("&", "&amp;")).append("</p>\n");
        }
        String html = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>NWT call | Site Title</title>
                <style>.x { color: red } /* STYLE-TEXT */</style>
                <script>var trackingScript = "SCRIPT-TEXT";</script></head>
                <body class="post-template-default single has-sidebar">
                <nav><a href="/">Home</a> <a href="/markets">NAV-MARKETS</a></nav>
                <div id="cookie-banner" class="consent">We use COOKIE-TEXT to improve your experience. <button>Accept all</button></div>
                <div class="promo-box">PROMO-TEXT: subscribe for 50%% off</div>
                <main><article>
                %s</article>
                <aside class="sidebar"><h3>SIDEBAR-TEXT: related transcripts</h3><ul><li>Other call</li></ul></aside>
                </main>
                <footer>FOOTER-TEXT \u00a9 2025 Example Media</footer>
                <noscript>NOSCRIPT-TEXT</noscript>
                </body></html>
                """.formatted(article);
        ExtractedText t = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "call.html");
        assertEquals("text/html", t.mediaType());
        assertEquals("UTF-8", t.encoding());
        assertEquals(CALL.strip(), t.text().strip());
        for (String furniture : List.of("STYLE", "SCRIPT", "NAV-", "COOKIE", "Accept all", "PROMO", "SIDEBAR",
                "Other call", "FOOTER", "NOSCRIPT", "Site Title")) {
            assertFalse(t.text().contains(furniture), furniture);
        }
    }

    @Test
    void htmlSourceLineBreaksInsideAParagraphAreSpaces() throws Exception {
        String html = "<html><body><article><p>Jane Roe: For the full year we expect\n"
                + "        revenue of \u20ac160 million\r\n        to \u20ac165 million.</p>"
                + "<p>Operator: Next question.<br>Tom O\u2019Hara: Thanks.</p>"
                + "<pre>Line one\nLine two</pre></article></body></html>";
        ExtractedText t = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "call.html");
        assertEquals(List.of("Jane Roe: For the full year we expect revenue of \u20ac160 million to \u20ac165 million.",
                "Operator: Next question.", "Tom O\u2019Hara: Thanks.", "Line one", "Line two"),
                t.text().strip().lines().toList());
    }

    @Test
    void windows1252HtmlWithoutACharsetKeepsCurlyQuotes() throws Exception {
        String html = "<html><body><p>Ren\u00e9e Dubois: Our \u201csteady build\u201d year \u2013 \u20ac41.2 million"
                + " and \u00a318.5 million.</p></body></html>";
        ExtractedText t = extractor.extract(html.getBytes(CP1252), "call.html");
        assertEquals("Ren\u00e9e Dubois: Our \u201csteady build\u201d year \u2013 \u20ac41.2 million and \u00a318.5 million.",
                t.text().strip());
        assertEquals("windows-1252", t.encoding());
        // browsers read a declared ISO-8859-1 as Windows-1252 (WHATWG), and so must we
        String declared = html.replace("<html>", "<html><head><meta charset=\"iso-8859-1\"></head>");
        assertEquals(t.text(), extractor.extract(declared.getBytes(CP1252), "call.html").text());
        // and a UTF-8 page without a declaration is still UTF-8
        ExtractedText utf8 = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "call.html");
        assertEquals(t.text(), utf8.text());
        assertEquals("UTF-8", utf8.encoding());
    }

    /** Page 1's last turn runs on to page 2: the footer, page number and next header cut through it. */
    static List<List<String>> pdfPages() {
        return List.of(
                List.of("Operator: Good morning, and welcome to Northwind Turbines\u2019 third quarter",
                        "2025 results call. I will now hand over to Ren\u00e9e Dubois.",
                        "",
                        "Ren\u00e9e Dubois -- Chief Executive Officer",
                        "Thank you. Revenue for the quarter was \u20ac41.2 million, up 12%, and we",
                        "are raising our full-year guid-",
                        "ance to \u20ac160 million to \u20ac165 million.",
                        "",
                        "Jane Roe -- Chief Financial Officer",
                        "We call this our \u201csteady build\u201d year. Operating expenses were flat while",
                        "we continued to invest in"),
                List.of("our service network across the region, and UK orders reached",
                        "\u00a318.5 million.",
                        "",
                        "Operator: Our first question comes from Tom O\u2019Hara with Kessler & Co.",
                        "",
                        "Tom O\u2019Hara: How \u2018sticky\u2019 is the service backlog?"));
    }

    static final List<String> PDF_TEXT = List.of(
            "Operator: Good morning, and welcome to Northwind Turbines\u2019 third quarter 2025 results call. "
                    + "I will now hand over to Ren\u00e9e Dubois.",
            "Ren\u00e9e Dubois -- Chief Executive Officer",
            "Thank you. Revenue for the quarter was \u20ac41.2 million, up 12%, and we are raising our full-year "
                    + "guidance to \u20ac160 million to \u20ac165 million.",
            "Jane Roe -- Chief Financial Officer",
            "We call this our \u201csteady build\u201d year. Operating expenses were flat while we continued to "
                    + "invest in our service network across the region, and UK orders reached \u00a318.5 million.",
            "Operator: Our first question comes from Tom O\u2019Hara with Kessler & Co.",
            "Tom O\u2019Hara: How \u2018sticky\u2019 is the service backlog?");

    @Test
    void pdfLosesItsPageFurnitureAndMendsWrappedLines() throws Exception {
        ExtractedText t = extractor.extract(Fixtures.pdf(pdfPages(), true), "call.pdf");
        assertEquals("application/pdf", t.mediaType());
        assertEquals(PDF_TEXT, t.text().strip().lines().toList());
        assertFalse(t.text().contains(HEADER));
        assertFalse(t.text().contains("Page "));
    }

    @Test
    void pdfDetectedWithoutAFileName() throws Exception {
        ExtractedText t = extractor.extract(Fixtures.pdf(pdfPages(), true), null);
        assertEquals("application/pdf", t.mediaType());
        assertEquals(PDF_TEXT, t.text().strip().lines().toList());
    }

    @Test
    void onePagePdfStillJoinsWrappedLines() throws Exception {
        List<String> page = new ArrayList<>(pdfPages().get(0).subList(0, 7));
        ExtractedText t = extractor.extract(Fixtures.pdf(List.of(page), false), "call.pdf");
        assertEquals(PDF_TEXT.subList(0, 3), t.text().strip().lines().toList());
    }

    /**
     * Speakers' name lines open and close pages too: on two pages Jane Roe's opens the page (she also
     * speaks mid-page), Renée Dubois's opens one page and closes another. Neither is a running header.
     */
    @Test
    void aSpeakerAtThePageEdgesIsNotFurniture() throws Exception {
        String jane = "Jane Roe -- Chief Financial Officer";
        String renee = "Renée Dubois -- Chief Executive Officer";
        List<List<String>> pages = List.of(
                List.of("Operator: Good morning, and welcome to the Northwind Turbines call.", renee,
                        "Thank you. Orders grew strongly in the quarter.", jane,
                        "Revenue grew 12% year-over-", "year to €41.2 million, and mid-single-", "digit growth in services.",
                        "Operator: Our first question comes from Tom O’Hara.", "Tom O’Hara -- Kessler & Co.",
                        "What drove the growth?"),
                List.of(jane, "Mostly services, which grew in every region.",
                        "Operator: Our next question comes from Ana Ruiz.", "Ana Ruiz -- Brandt Securities",
                        "Is the guidance conservative?", renee, "We think it is prudent."),
                List.of(jane, "I would add that the euro weakened.", "Operator: That concludes today’s call."));
        ExtractedText t = extractor.extract(Fixtures.pdf(pages, true), "call.pdf");
        assertEquals(List.of("Operator: Good morning, and welcome to the Northwind Turbines call.", renee,
                "Thank you. Orders grew strongly in the quarter.", jane,
                "Revenue grew 12% year-over-year to €41.2 million, and mid-single-digit growth in services.",
                "Operator: Our first question comes from Tom O’Hara.", "Tom O’Hara -- Kessler & Co.",
                "What drove the growth?", jane, "Mostly services, which grew in every region.",
                "Operator: Our next question comes from Ana Ruiz.", "Ana Ruiz -- Brandt Securities",
                "Is the guidance conservative?", renee, "We think it is prudent.", jane,
                "I would add that the euro weakened.", "Operator: That concludes today’s call."),
                t.text().strip().lines().toList());
    }

    @Test
    void numbersOnTheirOwnLineOutsideAPdfAreText() throws Exception {
        String html = "<html><body><p>Operator: Figures follow.</p><table><tr><th>Fiscal year</th><th>2025</th>"
                + "<th>2024</th></tr><tr><td>Orders</td><td>41</td><td>37</td></tr></table></body></html>";
        ExtractedText t = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "call.html");
        assertEquals(List.of("Operator: Figures follow.", "Fiscal year", "2025", "2024", "Orders", "41", "37"),
                t.text().strip().lines().toList());
    }

    @Test
    void docxParagraphsAreLines() throws Exception {
        byte[] docx = Fixtures.docx(Fixtures.callLines(), null);
        ExtractedText t = extractor.extract(docx, "call.docx");
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", t.mediaType());
        assertEquals(CALL.strip(), t.text().strip());
        assertEquals(t.mediaType(), extractor.extract(docx, null).mediaType());
    }

    @Test
    void rtfEscapesDecode() throws Exception {
        String rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n"
                + "{\\header {\\pard RTF-HEADER\\par}}\n"
                + "\\pard Operator: Welcome to Northwind Turbines\\rquote  call.\\par\n"
                + "\\pard Ren\\'e9e Dubois: Revenue was \\'8041.2 million \\'96 our \\'93steady build\\'94 year.\\par\n"
                + "\\pard Jane Roe: UK orders reached \\u163?18.5 million and \\u8364?2 million in \\u8216?services\\u8217?.\\par\n"
                + "}";
        ExtractedText t = extractor.extract(rtf.getBytes(StandardCharsets.US_ASCII), "call.rtf");
        assertEquals("application/rtf", t.mediaType());
        // Tika's RTF parser keeps a \\header group's text and has no option to drop it; it comes first
        assertEquals(List.of("RTF-HEADER", "Operator: Welcome to Northwind Turbines\u2019 call.",
                "Ren\u00e9e Dubois: Revenue was \u20ac41.2 million \u2013 our \u201csteady build\u201d year.",
                "Jane Roe: UK orders reached \u00a318.5 million and \u20ac2 million in \u2018services\u2019."),
                t.text().strip().lines().toList());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
