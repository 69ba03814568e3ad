package dev.promptly.store;

import dev.dirs.ProjectDirectories;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps SQLite's native library in the user's cache folder and points the driver at it.
 *
 * <p>Left to itself, sqlite-jdbc copies its library out of the jar into the temporary folder at every start,
 * compares it byte for byte, and runs {@code uname} to tell Android from Linux: about a third of a short command's
 * time. Unpacked once per driver build (named by the entry's CRC), later starts only load it. The installed app
 * ships the library beside its jar and sets {@code org.sqlite.lib.path} itself; that, and any platform this does
 * not know, are left to the driver.
 */
final class SqliteNativeLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteNativeLibrary.class);
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private static boolean prepared;

    private SqliteNativeLibrary() {
    }

    /** Points the driver at the cached library, unpacking it first if needed; does nothing if it cannot. */
    static synchronized void prepare() {
        if (prepared || System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        prepared = true;
        try {
            Path cacheRoot = Path.of(ProjectDirectories.from("dev", "promptly", "Promptly").cacheDir, "sqlite");
            cachedIn(cacheRoot).ifPresent(library -> {
                System.setProperty(PATH_PROPERTY, library.getParent().toString());
                System.setProperty(NAME_PROPERTY, library.getFileName().toString());
            });
        } catch (IOException | UncheckedIOException | SecurityException e) {
            LOG.debug("SQLite's library is left to the driver to unpack", e);
        }
    }

    /**
     * This platform's library in a folder of {@code cacheRoot} named by the platform and the library's checksum,
     * unpacked there if it is not yet; empty for a platform this does not know or a library not in a jar.
     */
    static Optional<Path> cachedIn(Path cacheRoot) throws IOException {
        Optional<String> folder = platformFolder();
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        String name = libraryName();
        URL resource = SqliteNativeLibrary.class.getResource("/org/sqlite/native/" + folder.get() + "/" + name);
        if (resource == null || !"jar".equals(resource.getProtocol())) {
            return Optional.empty();
        }
        long crc = ((JarURLConnection) resource.openConnection()).getJarEntry().getCrc();
        Path cache = cacheRoot.resolve(folder.get().replace('/', '-') + "-" + Long.toHexString(crc));
        Path library = cache.resolve(name);
        if (!Files.isRegularFile(library)) {
            unpack(resource, cache, library);
        }
        return Optional.of(library);
    }

    /** Writes to a temporary name and moves it into place, so that no start ever sees half a library. */
    private static void unpack(URL resource, Path cache, Path library) throws IOException {
        Files.createDirectories(cache);
        Path partial = Files.createTempFile(cache, name(library), ".part");
        try (InputStream in = resource.openStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            if (Files.getFileStore(partial).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rwx------"));
            }
            Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    /** sqlite-jdbc's folder for this platform, for the platforms whose folder is certain. */
    static Optional<String> platformFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = switch (System.getProperty("os.arch", "").toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        if (arch == null) {
            return Optional.empty();
        }
        if (os.startsWith("linux")) {
            // Alpine and other musl systems have a folder of their own, which the driver tells apart.
            return isMusl() ? Optional.empty() : Optional.of("Linux/" + arch);
        }
        if (os.startsWith("mac")) {
            return Optional.of("Mac/" + arch);
        }
        if (os.startsWith("windows")) {
            return Optional.of("Windows/" + arch);
        }
        return Optional.empty();
    }

    private static boolean isMusl() {
        try (var loaders = Files.newDirectoryStream(Path.of("/lib"), "ld-musl-*")) {
            return loaders.iterator().hasNext();
        } catch (IOException e) {
            return true;
        }
    }

    static String libraryName() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return "sqlitejdbc.dll";
        }
        return os.startsWith("mac") ? "libsqlitejdbc.dylib" : "libsqlitejdbc.so";
    }
}
