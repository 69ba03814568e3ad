package dev.promptly.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The user guide as the application carries it: docs/user-guide.md and its screenshots, bundled at build time, made
 * into one HTML page (commonmark) in a folder of its own, for the system's browser to show offline (ADR 0019). No
 * JavaFX here: it writes files, so it runs in the background.
 */
public final class UserGuide {

    static final String FOLDER = "/dev/promptly/docs/";
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\((screenshots/[A-Za-z0-9._-]+\\.png)\\)");
    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em;
                   line-height: 1.5; color: #212529; }
            img { max-width: 100%; border: 1px solid #ccc; }
            table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .3em .6em; }
            code { background: #f1f3f5; padding: 0 .2em; }
            """;

    private UserGuide() {
    }

    /** The guide's Markdown as bundled; fails in words if the build left it out. */
    public static String markdown() throws IOException {
        return new String(resource("user-guide.md"), StandardCharsets.UTF_8);
    }

    /** The guide as an HTML document with its own title and style. */
    public static String html() throws IOException {
        List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).build();
        String body = renderer.render(parser.parse(markdown()));
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Promptly user guide</title>"
                + "<style>" + STYLE + "</style></head><body>\n" + body + "</body></html>\n";
    }

    /**
     * Writes the page and the screenshots it shows into {@code folder}; returns the page. Links to the other
     * documents (cli.md, metrics.md) stay relative and lead nowhere offline; the guide reads without them.
     */
    public static Path write(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("screenshots"));
        Matcher images = IMAGE.matcher(markdown());
        while (images.find()) {
            Files.write(folder.resolve(images.group(1)), resource(images.group(1)));
        }
        Path page = folder.resolve("user-guide.html");
        Files.writeString(page, html());
        return page;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = UserGuide.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IOException("the user guide (" + name + ") is missing from this installation");
            }
            return in.readAllBytes();
        }
    }
}
