package eu.sharingcities.text;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The parts every printed report is made of, with OpenPDF: A4 pages, headings, paragraphs and
 * tables in Liberation Sans (bundled with OpenPDF; it has the Latin, Cyrillic and Greek letters
 * of all six cities' languages), embedded so the PDF prints the same everywhere.
 */
public final class Pdf implements AutoCloseable {

    private static final BaseFont FONT = font();
    private final Document document = new Document(PageSize.A4, 48, 48, 56, 56);
    private final PdfWriter writer;

    public Pdf(OutputStream out, String title) {
        writer = PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("Sharing Cities Platform");
        document.open();
    }

    private static BaseFont font() {
        try {
            return BaseFont.createFont("font-fallback/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenPDF's bundled font is missing", e);
        }
    }

    /** French groups digits with a narrow no-break space, which the bundled font lacks: a no-break space looks the same. */
    private static String printable(String text) {
        return text.replace('\u202f', '\u00a0');
    }

    public void heading(String text, float size) {
        Paragraph p = new Paragraph(printable(text), new Font(FONT, size, Font.NORMAL, new Color(0x1d, 0x4f, 0x91)));
        p.setSpacingBefore(size > 14 ? 0 : 12);
        p.setSpacingAfter(6);
        document.add(p);
    }

    public void text(String text) {
        Paragraph p = new Paragraph(printable(text), new Font(FONT, 10));
        p.setSpacingAfter(4);
        document.add(p);
    }

    public void table(List<String> header, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(header.size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (String h : header) {
            PdfPCell cell = new PdfPCell(new Phrase(printable(h), new Font(FONT, 8, Font.NORMAL, Color.WHITE)));
            cell.setBackgroundColor(new Color(0x1d, 0x4f, 0x91));
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            row.forEach(value -> table.addCell(new PdfPCell(new Phrase(printable(value), new Font(FONT, 8)))));
        }
        document.add(table);

    }

    /** A line chart of series over the same x positions (0..1), drawn at the current position's width. */
    public void lineChart(String caption, List<double[]> series, List<Color> colours, double[] bandLow, double[] bandHigh) {
        text(caption);
        float width = document.right() - document.left(), height = 160;
        float left = document.left(), bottom = writer.getVerticalPosition(true) - height - 6;
        double max = 0;
        for (double[] s : series) {
            for (double v : s) {
                max = Math.max(max, v);
            }
        }
        if (bandHigh != null) {
            for (double v : bandHigh) {
                max = Double.isNaN(v) ? max : Math.max(max, v);
            }
        }
        max = max <= 0 ? 1 : max * 1.05;
        var canvas = writer.getDirectContent();
        canvas.setColorStroke(Color.GRAY);
        canvas.setLineWidth(0.5f);
        canvas.rectangle(left, bottom, width, height);
        canvas.stroke();
        if (bandLow != null) {
            canvas.setColorFill(new Color(0xd0, 0xdc, 0xee));
            polygon(canvas, bandLow, bandHigh, left, bottom, width, height, max);
        }
        for (int i = 0; i < series.size(); i++) {
            double[] s = series.get(i);
            canvas.setColorStroke(colours.get(i));
            canvas.setLineWidth(0.8f);
            for (int x = 0; x < s.length; x++) {
                float px = left + width * x / Math.max(1, s.length - 1), py = bottom + (float) (height * s[x] / max);
                if (x == 0) {
                    canvas.moveTo(px, py);
                } else {
                    canvas.lineTo(px, py);
                }
            }
            canvas.stroke();
        }
        canvas.beginText();
        canvas.setFontAndSize(FONT, 7);
        canvas.setColorFill(Color.DARK_GRAY);
        canvas.showTextAligned(com.lowagie.text.Element.ALIGN_LEFT, String.format("%.0f kWh", max), left + 2, bottom + height - 9, 0);
        canvas.endText();
        Paragraph space = new Paragraph(" ");
        space.setSpacingAfter(height);
        document.add(space);
    }

    private static void polygon(com.lowagie.text.pdf.PdfContentByte canvas, double[] low, double[] high, float left, float bottom, float width,
                                float height, double max) {
        int n = low.length;
        boolean started = false;
        for (int x = 0; x < n; x++) {
            if (Double.isNaN(high[x])) {
                continue;
            }
            float px = left + width * x / Math.max(1, n - 1), py = bottom + (float) (height * high[x] / max);
            if (!started) {
                canvas.moveTo(px, py);
                started = true;
            } else {
                canvas.lineTo(px, py);
            }
        }
        for (int x = n - 1; x >= 0; x--) {
            if (!Double.isNaN(low[x])) {
                canvas.lineTo(left + width * x / Math.max(1, n - 1), bottom + (float) (height * Math.max(0, low[x]) / max));
            }
        }
        if (started) {
            canvas.closePath();
            canvas.fill();
        }
    }

    @Override
    public void close() {
        document.close();
    }
}
