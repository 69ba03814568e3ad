package dev.promptly.reports.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The weekly summary's definitions as plain text, read from docs/metrics.md as bundled in the application at build
 * time: the document stays the one place they are written, and an exported workbook carries them to whoever it is
 * handed to.
 */
final class MetricDefinitions {

    /** Where the build puts docs/metrics.md (see the pom's resources). */
    static final String RESOURCE = "/dev/promptly/docs/metrics.md";
    private static final String SECTION = "## Weekly summary";

    /** One block: a heading, a paragraph, or a table row whose first cell names a figure. */
    record Block(Kind kind, String term, String text) {
    }

    enum Kind { HEADING, PARAGRAPH, TABLE_ROW }

    private MetricDefinitions() {
    }

    /** The blocks of the "Weekly summary" section, Markdown taken out. */
    static List<Block> weeklySummary() {
        return blocks(section(read()));
    }

    private static String read() {
        try (InputStream in = MetricDefinitions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the definitions (" + RESOURCE + ") are missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines from the section's heading (left out) to the next heading of the same level. */
    static List<String> section(String markdown) {
        List<String> lines = markdown.lines().toList();
        int start = lines.indexOf(SECTION);
        if (start < 0) {
            throw new IllegalStateException("docs/metrics.md has no section \"" + SECTION + "\"");
        }
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("## ")) {
            end++;
        }
        return lines.subList(start + 1, end);
    }

    static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            boolean item = line.startsWith("- ");
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("|") || item) {
                flush(paragraph, blocks);
            }
            if (line.startsWith("#")) {
                blocks.add(new Block(Kind.HEADING, null, plain(line.replaceFirst("^#+\\s*", ""))));
            } else if (line.startsWith("|")) {
                tableRow(line, blocks);
            } else if (!line.isEmpty()) {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(item ? "• " + line.substring(2) : line);
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static void tableRow(String line, List<Block> blocks) {
        String[] cells = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length()).split("\\|");
        if (cells.length < 2) {
            return;
        }
        if (cells[0].strip().matches("-+")) {
            // The row above was the table's header ("figure | definition"), not a definition.
            blocks.remove(blocks.size() - 1);
            return;
        }
        blocks.add(new Block(Kind.TABLE_ROW, plain(cells[0].strip()), plain(cells[1].strip())));
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (paragraph.length() > 0) {
            blocks.add(new Block(Kind.PARAGRAPH, null, plain(paragraph.toString())));
            paragraph.setLength(0);
        }
    }

    /** "**The week.** see [Business time](#business-time), `elapsed`" as "The week. see Business time, elapsed". */
    static String plain(String markdown) {
        return markdown.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("\\*\\*([^*]+)\\*\\*", "$1")
                .replaceAll("(?<![\\w*])\\*([^*\\s][^*]*)\\*(?![\\w*])", "$1")
                .replace("`", "");
    }
}
