package dev.promptly.reports.export;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Drawing on one PDF page in the few styles the weekly summary uses: text set in DejaVu Sans, lines, rectangles.
 * Coordinates are PDF points from the bottom left; a text's y is its baseline.
 */
final class PdfCanvas implements Closeable {

    static final Color INK = new Color(0x21, 0x25, 0x29);
    /** Secondary text and axes; dark enough to survive a photocopier (a lighter grey fades out). */
    static final Color GREY = new Color(0x49, 0x50, 0x57);
    static final Color RULE = new Color(0xC8, 0xCE, 0xD4);

    /** A text style: weight, size in points, colour. */
    record Type(boolean bold, float size, Color color) {
        Type in(Color other) {
            return new Type(bold, size, other);
        }
    }

    /**
     * The embedded fonts of one document. DejaVu covers Latin, Greek and Cyrillic names; a character it lacks (a
     * Chinese name, say) prints as "?" instead of failing the export.
     */
    static final class Fonts {
        private final PDFont regular;
        private final PDFont bold;
        private final Map<Integer, Boolean> printable = new HashMap<>();

        private Fonts(PDFont regular, PDFont bold) {
            this.regular = regular;
            this.bold = bold;
        }

        static Fonts load(PDDocument document) throws IOException {
            return new Fonts(font(document, "DejaVuSans.ttf"), font(document, "DejaVuSans-Bold.ttf"));
        }

        private static PDFont font(PDDocument document, String file) throws IOException {
            try (InputStream in = PdfCanvas.class.getResourceAsStream("fonts/" + file)) {
                if (in == null) {
                    throw new IOException("font " + file + " is missing from the application");
                }
                // Subsets keep a one-page summary near 40 kB instead of 1.5 MB.
                return PDType0Font.load(document, in, true);
            }
        }

        PDFont of(Type type) {
            return type.bold() ? bold : regular;
        }

        /** The text with line breaks and tabs as spaces and characters the fonts cannot draw as "?". */
        String printable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(c -> {
                if (Character.isWhitespace(c)) {
                    out.append(' ');
                } else if (Character.isISOControl(c) || !canDraw(c)) {
                    out.append('?');
                } else {
                    out.appendCodePoint(c);
                }
            });
            return out.toString();
        }

        private boolean canDraw(int codePoint) {
            return printable.computeIfAbsent(codePoint, c -> {
                String one = new String(Character.toChars(c));
                try {
                    regular.encode(one);
                    bold.encode(one);
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
        }
    }

    private final PDPageContentStream stream;
    private final Fonts fonts;

    PdfCanvas(PDDocument document, PDPage page, Fonts fonts, boolean append) throws IOException {
        this.stream = append
                ? new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)
                : new PDPageContentStream(document, page);
        this.fonts = fonts;
    }

    float width(String text, Type type) throws IOException {
        return fonts.of(type).getStringWidth(fonts.printable(text)) / 1000 * type.size();
    }

    void text(String text, float x, float y, Type type) throws IOException {
        stream.beginText();
        stream.setFont(fonts.of(type), type.size());
        stream.setNonStrokingColor(type.color());
        stream.newLineAtOffset(x, y);
        stream.showText(fonts.printable(text));
        stream.endText();
    }

    void textRight(String text, float right, float y, Type type) throws IOException {
        text(text, right - width(text, type), y, type);
    }

    void textCentred(String text, float centre, float y, Type type) throws IOException {
        text(text, centre - width(text, type) / 2, y, type);
    }

    /** The text, cut and ended with "…" if it is wider than {@code maxWidth}. */
    String fit(String text, float maxWidth, Type type) throws IOException {
        if (width(text, type) <= maxWidth) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(cut + "…", type) > maxWidth) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut.stripTrailing() + "…";
    }

    /** The text broken at spaces into lines no wider than {@code maxWidth} (a longer word gets a line of its own). */
    List<String> wrap(String text, float maxWidth, Type type) throws IOException {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(longer, type) > maxWidth) {
                lines.add(line);
                line = word;
            } else {
                line = longer;
            }
        }
        lines.add(line);
        return lines;
    }

    void fill(float x, float y, float width, float height, Color color) throws IOException {
        stream.setNonStrokingColor(color);
        stream.addRect(x, y, width, height);
        stream.fill();
    }

    void frame(float x, float y, float width, float height, float lineWidth, Color color) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(lineWidth);
        stream.addRect(x, y, width, height);
        stream.stroke();
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth, Color color) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    void dashedLine(float x1, float y1, float x2, float y2, float lineWidth, Color color) throws IOException {
        stream.setLineDashPattern(new float[] {4, 3}, 0);
        line(x1, y1, x2, y2, lineWidth, color);
        stream.setLineDashPattern(new float[0], 0);
    }

    /** A polyline through the points, {@code xs[i], ys[i]}. */
    void polyline(float[] xs, float[] ys, float lineWidth, Color color) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(lineWidth);
        stream.setLineJoinStyle(1);
        stream.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            stream.lineTo(xs[i], ys[i]);
        }
        stream.stroke();
    }

    /** A filled disc, drawn as four Bézier quarter circles. */
    void dot(float x, float y, float radius, Color color) throws IOException {
        float k = 0.5523f * radius;
        stream.setNonStrokingColor(color);
        stream.moveTo(x + radius, y);
        stream.curveTo(x + radius, y + k, x + k, y + radius, x, y + radius);
        stream.curveTo(x - k, y + radius, x - radius, y + k, x - radius, y);
        stream.curveTo(x - radius, y - k, x - k, y - radius, x, y - radius);
        stream.curveTo(x + k, y - radius, x + radius, y - k, x + radius, y);
        stream.fill();
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
