package io.transcripts.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;

/** Generates the test inputs: a short fictional call and the documents that carry it. */
public final class Fixtures {
    /** Curly quotes, an en dash, euro and pound signs and an accented name: all in Windows-1252 too. */
    public static final String CALL = """
            Northwind Turbines plc (LSE: NWT)
            Q3 2025 Earnings Call \u2013 28 October 2025
            Operator: Good morning, and welcome to Northwind Turbines\u2019 third quarter 2025 results call. I will now hand over to Ren\u00e9e Dubois.
            Ren\u00e9e Dubois -- Chief Executive Officer
            Thank you. Revenue for the quarter was \u20ac41.2 million, up 12%, and UK orders reached \u00a318.5 million.
            We call this our \u201csteady build\u201d year \u2013 and we mean it.
            Jane Roe -- Chief Financial Officer
            For the full year we expect revenue of \u20ac160 million to \u20ac165 million.
            Operator: Our first question comes from Tom O\u2019Hara with Kessler & Co.
            Tom O\u2019Hara: How \u2018sticky\u2019 is the service backlog?
            Jane Roe: Very. Thank you.
            """;

    static final String HEADER = "Northwind Turbines Q3 2025 Earnings Call";

    private Fixtures() {
    }

    public static List<String> callLines() {
        return CALL.strip().lines().toList();
    }

    /** One PDF page per entry, each with the running header on top and "Page N of M" at the bottom. */
    public static byte[] pdf(List<List<String>> pages, boolean furniture) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (furniture) {
                        line(cs, font, 9, 72, 750, HEADER);
                    }
                    float y = 700;
                    for (String l : pages.get(p)) {
                        if (l.isEmpty()) {
                            y -= 10; // paragraph gap
                            continue;
                        }
                        line(cs, font, 11, 72, y, l);
                        y -= 14;
                    }
                    if (furniture) {
                        line(cs, font, 9, 270, 40, "Page " + (p + 1) + " of " + pages.size());
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void line(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    /** A DOCX with one paragraph per line, a page header and footer, and optionally another DOCX inside. */
    public static byte[] docx(List<String> paragraphs, byte[] embeddedDocx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            header.createParagraph().createRun().setText(HEADER);
            XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
            footer.createParagraph().createRun().setText("Confidential \u2013 for investors only");
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            if (embeddedDocx != null) {
                PackagePartName name = PackagingURIHelper.createPartName("/word/embeddings/attachment.docx");
                PackagePart part = doc.getPackage().createPart(name,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                try (OutputStream os = part.getOutputStream()) {
                    os.write(embeddedDocx);
                }
                doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, POIXMLDocument.PACK_OBJECT_REL_TYPE);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }
}
