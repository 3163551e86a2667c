package io.transcripts.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.html.charsetdetector.StandardHtmlEncodingDetector;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Detects an upload's media type with Tika and extracts its visible text. Plain text is decoded
 * here (see {@link CharsetSniffer}); markup and office formats go through Tika's parsers with
 * embedded documents ignored and output size and nesting bounded.
 */
public final class TextExtractor {
    private static final Set<String> MARKUP = Set.of("text/html", "application/xhtml+xml");
    private static final Set<String> PARSED = Set.of("application/pdf", "application/rtf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
            // macros are never run: only the document's text is read
            "application/vnd.ms-word.document.macroenabled.12",
            "application/vnd.oasis.opendocument.text");

    /** The parse thread's stack: ample for real documents, small enough that runaway recursion ends soon. */
    private static final long PARSER_STACK_BYTES = 8L * 1024 * 1024;
    private final Detector detector;
    private final Parser parser;
    private final ExtractionLimits limits;

    public TextExtractor(ExtractionLimits limits) {
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.detector = config.getDetector();
        AutoDetectParser auto = new AutoDetectParser(config);
        // Tika's own zip-bomb guard refuses 100 levels of nesting as "damaged"; ours, with a clear
        // message, must come first, so Tika's sits a little beyond it
        AutoDetectParserConfig autoConfig = new AutoDetectParserConfig();
        autoConfig.setMaximumDepth(limits.maxElementDepth() + 10);
        auto.setAutoDetectParserConfig(autoConfig);
        this.parser = auto;
        this.limits = limits;
    }

    public TextExtractor() {
        this(ExtractionLimits.DEFAULT);
    }

    public ExtractionLimits limits() {
        return limits;
    }

    /** Reads at most the byte limit from the stream, failing (not truncating) beyond it. */
    public ExtractedText extract(InputStream in, String fileName) throws ExtractionException, IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        if (bytes.length > limits.maxBytes()) {
            throw new ExtractionException("the file is larger than the limit of " + limits.maxBytes() + " bytes");
        }
        return extract(bytes, fileName);
    }

    /**
     * Extracts in a thread of its own, with a bounded stack and the time limit: a document nested
     * deeply enough to overflow a parser's recursion, or one that keeps a parser busy, is refused
     * with the reason, like any other bad input, instead of taking the function down.
     */
    public ExtractedText extract(byte[] bytes, String fileName) throws ExtractionException {
        FutureTask<ExtractedText> task = new FutureTask<>(() -> extractHere(bytes, fileName));
        Thread worker = new Thread(null, task, "extract", PARSER_STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(limits.maxParseTime().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            throw new ExtractionException("the file took longer than " + limits.maxParseTime().toSeconds()
                    + " seconds to read and is refused");
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new ExtractionException("reading the file was interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof ExtractionException x) {
                throw x;
            }
            if (c instanceof StackOverflowError) {
                throw new ExtractionException("the file nests its content too deeply to read (the parser's recursion"
                        + " ran out of stack)", c);
            }
            if (c instanceof VirtualMachineError vm) {
                throw vm; // out of memory: the environment is no longer sound
            }
            throw new ExtractionException("the file could not be read: " + c.getClass().getSimpleName() + ": "
                    + firstLine(c.getMessage()), c);
        }
    }

    private ExtractedText extractHere(byte[] bytes, String fileName) throws ExtractionException {
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new ExtractionException("the file is empty");
        }
        if (bytes.length > limits.maxBytes()) {
            throw new ExtractionException("the file is larger than the limit of " + limits.maxBytes() + " bytes");
        }
        String mediaType = detect(bytes, fileName);
        ExtractedText result;
        if (MARKUP.contains(mediaType) || PARSED.contains(mediaType)) {
            result = parse(bytes, fileName, mediaType);
        } else if (mediaType.startsWith("text/") || looksLikeUtf16(bytes, mediaType)) {
            CharsetSniffer.Decoded d = CharsetSniffer.decode(bytes);
            requireText(d.text());
            if (d.text().length() > limits.maxChars()) { // parsed formats count in VisibleTextHandler
                throw new ExtractionException("the text is longer than the limit of " + limits.maxChars() + " characters");
            }
            result = new ExtractedText(normalise(d.text()), "text/plain", d.charset());
        } else {
            throw new ExtractionException("unsupported file format " + mediaType
                    + ": expected text, HTML, PDF, Word or RTF");
        }
        if (result.text().isBlank()) {
            throw new ExtractionException("the " + mediaType + " file contains no text");
        }
        return result;
    }

    private String detect(byte[] bytes, String fileName) throws ExtractionException {
        Metadata md = new Metadata();
        if (fileName != null) {
            md.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            MediaType type = detector.detect(in, md);
            return type.getBaseType().toString().toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            throw new ExtractionException("the file type could not be detected: " + e.getMessage(), e);
        }
    }

    private ExtractedText parse(byte[] bytes, String fileName, String mediaType) throws ExtractionException {
        boolean markup = MARKUP.contains(mediaType);
        VisibleTextHandler handler = new VisibleTextHandler(limits.maxChars(), limits.maxElementDepth(), markup);
        Metadata md = new Metadata();
        if (fileName != null) {
            md.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        md.set(Metadata.CONTENT_TYPE, mediaType);
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        context.set(EmbeddedDocumentExtractor.class, new IgnoreEmbedded());
        context.set(Parser.class, parser);
        // a Word header or footer is page furniture; once in the text it would end the last turn
        OfficeParserConfig office = new OfficeParserConfig();
        office.setIncludeHeadersAndFooters(false);
        context.set(OfficeParserConfig.class, office);
        if (markup) {
            // HTML that declares no charset: Tika guesses as for text, wrongly for Windows-1252
            context.set(EncodingDetector.class, (stream, metadata) -> {
                Charset declared = new StandardHtmlEncodingDetector().detect(stream, metadata);
                return declared != null ? declared : Charset.forName(CharsetSniffer.decode(bytes).charset());
            });
        }
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser.parse(in, handler, md, context);
        } catch (SAXException | TikaException | IOException | RuntimeException | AssertionError e) {
            // AssertionError: a parser's own assertion (under -ea) about input it cannot make sense of.
            // Tika reports a handler's exception as its own ("TIKA-237: Illegal SAXException"): look inside.
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof org.apache.tika.exception.EncryptedDocumentException) {
                    throw new ExtractionException("the " + mediaType + " file is encrypted (password-protected) and cannot"
                            + " be read: upload an unprotected copy", e);
                }
                if (c instanceof VisibleTextHandler.LimitExceeded) {
                    throw new ExtractionException("the " + mediaType + " file is refused: " + c.getMessage(), e);
                }
            }
            throw new ExtractionException("the " + mediaType + " file is damaged or not what its name says: "
                    + firstLine(e.getMessage()), e);
        }
        List<String> lines = PageFurniture.clean(handler.pages(), handler.paginated());
        String raw = String.join("\n", lines);
        requireText(raw); // a parser fed noise (by its file name) returns noise
        String encoding = md.get(Metadata.CONTENT_ENCODING);
        List<String> warnings = new ArrayList<>();
        if (mediaType.equals("application/pdf") && !endsWithEofMarker(bytes)) {
            warnings.add("the PDF is cut short (no end-of-file marker): text after the cut is missing");
        }
        return new ExtractedText(normalise(raw), mediaType, encoding, warnings);
    }

    /** A complete PDF ends with %%EOF (give or take trailing whitespace or a last incremental update). */
    private static boolean endsWithEofMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - 2048);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    private static boolean looksLikeUtf16(byte[] bytes, String mediaType) {
        return "application/octet-stream".equals(mediaType) && CharsetSniffer.decode(bytes).charset().startsWith("UTF-16");
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * Binary content misread as text is full of control characters; Tika's parsers hand them on
     * as U+FFFD (not allowed in XML), so those count too.
     */
    private static void requireText(String s) throws ExtractionException {
        long control = s.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f'
                || c >= 0x7F && c < 0xA0 || c == 0xFFFD).count();
        if (control > Math.max(2, s.length() / 100)) {
            throw new ExtractionException("the file is binary, not text (" + control + " control characters)");
        }
    }

    /**
     * Unicode line separators, NBSPs, zero-width marks and CRLF all become plain text; the few
     * control characters that pass {@link #requireText} (a stray NUL) are dropped, never stored.
     */
    static String normalise(String s) {
        // one pass by hand, as the chain of replacements it stands for wrote it: a regex per char cost
        // most of reading a plain-text upload
        StringBuilder out = null;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            int w = normalised(c);
            if (w == c && out == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n).append(s, 0, i);
            }
            if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                i++; // CRLF: one line break
            }
            if (w != DROPPED) {
                out.append((char) w);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Stands for a char that is dropped. */
    private static final int DROPPED = -1;

    /** What one char becomes: a line break, a space, itself, or {@link #DROPPED} (zero-width marks, stray controls). */
    private static int normalised(char c) {
        return switch (c) {
            case '\r', '\u2028', '\u2029' -> '\n';
            case '\u00A0' -> ' ';
            case '\u200B', '\u200C', '\u200D', '\uFEFF', '\u000B', '\u007F', '\uFFFD' -> DROPPED;
            default -> c <= 0x08 || c >= 0x0E && c <= 0x1F ? DROPPED : c;
        };
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no detail";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Attachments, images and embedded files are never transcript text. */
    private static final class IgnoreEmbedded implements EmbeddedDocumentExtractor {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded is false
        }
    }
}
