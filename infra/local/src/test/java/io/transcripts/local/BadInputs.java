package io.transcripts.local;

import io.transcripts.format.Fixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/** Hostile and unusual uploads, generated: every format the product meets, broken in the ways files break. */
final class BadInputs {
    static final String SAMPLE = "colon.txt";

    private BadInputs() {
    }

    static String sample() throws IOException {
        return Files.readString(Path.of("../../events/transcripts/borealis-health-q2-fy2026-colon.txt"));
    }

    /** The sample's lines wrapped to fit a PDF page. */
    static List<String> wrapped(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                out.add("");
                continue;
            }
            StringBuilder cur = new StringBuilder();
            for (String w : line.split(" ")) {
                if (cur.length() + w.length() + 1 > width) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                cur.append(cur.length() == 0 ? "" : " ").append(w);
            }
            out.add(cur.toString());
        }
        return out;
    }

    static List<List<String>> pages(List<String> lines, int perPage) {
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += perPage) {
            pages.add(lines.subList(i, Math.min(lines.size(), i + perPage)));
        }
        return pages;
    }

    static byte[] pdf(String text) throws IOException {
        return Fixtures.pdf(pages(wrapped(pdfSafe(text), 95), 45), false);
    }

    /** The standard 14 fonts encode WinAnsi only. */
    static String pdfSafe(String text) {
        return text.replace('\u2019', '\'').replace('\u2013', '-').replace('\u2014', '-').replaceAll("[^\\x20-\\x7E\\n]", "");
    }

    /** A long call: the sample's prepared remarks, then many distinct question-and-answer turns. */
    static String longCall(int exchanges) throws IOException {
        StringBuilder b = new StringBuilder(sample());
        for (int i = 1; i <= exchanges; i++) {
            b.append("\nOperator: Our next question comes from Elena Vasquez with Langford, Pierce & Associates.\n");
            b.append("Elena Vasquez: Question ").append(i).append(" is about branch ").append(1000 + i)
                    .append(" and its staffing plan for region ").append(i * 7 % 97).append(".\n");
            b.append("Dana Whitfield-Reyes: For branch ").append(1000 + i).append(" we hired ").append(i % 40 + 3)
                    .append(" nurses and closed ").append(i % 5).append(" agency contracts in the quarter.\n");
        }
        return b.toString();
    }

    static byte[] encryptedPdf(String text) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf(text)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] imageOnlyPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
            var g = img.createGraphics();
            g.drawString("Revenue was $40 million", 20, 40); // pixels, not text
            g.dispose();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, img), 50, 400);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A PDF whose catalog holds arrays nested {@code depth} deep: parsers that recurse per level overflow. */
    static byte[] deeplyNestedPdf(int depth) {
        String nested = "[".repeat(depth) + "]".repeat(depth);
        String body = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Nest " + nested + " >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n";
        String trailer = "trailer\n<< /Root 1 0 R /Size 4 >>\nstartxref\n0\n%%EOF\n";
        return (body + trailer).getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] png() throws IOException {
        BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    /** 200 MB of zeros in one entry, about 200 KB compressed. */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("transcript.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        return out.toByteArray();
    }

    /** An OpenDocument text: the mimetype entry first and stored, then content and manifest. */
    static byte[] odt(String text) throws IOException {
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>");
        for (String line : text.split("\n")) {
            content.append("<text:p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</text:p>");
        }
        content.append("</office:text></office:body></office:document-content>");
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            z.putNextEntry(m);
            z.write(mime);
            z.closeEntry();
            z.putNextEntry(new ZipEntry("content.xml"));
            z.write(content.toString().getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            z.write(manifest.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    /** A macro-enabled Word file: the DOCX with a VBA part and the macro content type. */
    static byte[] docm(byte[] docx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] b = in.readAllBytes();
                if (e.getName().equals("[Content_Types].xml")) {
                    b = new String(b, StandardCharsets.UTF_8).replace(
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                            "application/vnd.ms-word.document.macroEnabled.main+xml")
                            .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(b);
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry("word/vbaProject.bin"));
            z.write(new byte[512]);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    static byte[] half(byte[] b) {
        return Arrays.copyOf(b, b.length / 2);
    }

    static byte[] bytes(String s, Charset cs) {
        return s.getBytes(cs);
    }
}
