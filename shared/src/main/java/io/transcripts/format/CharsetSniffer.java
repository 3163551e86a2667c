package io.transcripts.format;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Decodes plain text. Tika's guess for single-byte text is ISO-8859-1, which turns Windows-1252's
 * curly quotes and euro sign into control characters; we decide ourselves: BOM, then UTF-16 by the
 * pattern of zero bytes, then strict UTF-8, else Windows-1252 (a superset of ISO-8859-1's letters).
 */
public final class CharsetSniffer {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CharsetSniffer() {
    }

    /** Decoded text and the name of the charset it was read with. */
    public record Decoded(String text, String charset) {
    }

    public static Decoded decode(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        Charset utf16 = utf16WithoutBom(b);
        if (utf16 != null) {
            return new Decoded(new String(b, utf16), utf16.name());
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
            return new Decoded(s, "UTF-8");
        } catch (CharacterCodingException e) {
            Charset cjk = multiByteLegacy(b);
            return cjk != null ? new Decoded(new String(b, cjk), cjk.name())
                    : new Decoded(new String(b, WINDOWS_1252), "windows-1252");
        }
    }

    private static final Set<String> MULTI_BYTE = Set.of("Shift_JIS", "EUC-JP", "ISO-2022-JP", "GB18030", "Big5",
            "EUC-KR", "ISO-2022-KR", "ISO-2022-CN");

    /**
     * Japanese, Chinese and Korean text saved in a legacy encoding is not UTF-8 either, but read as
     * Windows-1252 it is noise; ICU's statistical detector (in Tika) tells those encodings apart.
     */
    private static Charset multiByteLegacy(byte[] b) {
        int high = 0;
        int n = Math.min(b.length, 65536);
        for (int i = 0; i < n; i++) {
            if ((b[i] & 0x80) != 0) {
                high++;
            }
        }
        if (high < n / 10) {
            return null; // Western text with a few accented letters
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(n == b.length ? b : java.util.Arrays.copyOf(b, n));
        for (CharsetMatch m : detector.detectAll()) {
            if (m.getConfidence() >= 30 && MULTI_BYTE.contains(m.getName()) && Charset.isSupported(m.getName())) {
                return Charset.forName(m.getName());
            }
        }
        return null;
    }

    /** Mostly-ASCII UTF-16 has a zero in every other byte: the even ones for BE, the odd ones for LE. */
    private static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length - b.length % 2, 4096);
        if (n < 8) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZero++;
            }
            if (b[i + 1] == 0) {
                oddZero++;
            }
        }
        int pairs = n / 2;
        if (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
