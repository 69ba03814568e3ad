package dev.promptly.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeLibraryTest {

    @TempDir
    Path cache;

    @Test
    void unpacksThisPlatformsLibraryWholeAndPrivately() throws Exception {
        Optional<Path> cached = SqliteNativeLibrary.cachedIn(cache);
        assumeTrue(cached.isPresent(), "sqlite-jdbc has no library of its own for this platform");
        Path library = cached.get();

        String entry = "/org/sqlite/native/" + SqliteNativeLibrary.platformFolder().orElseThrow() + "/"
                + SqliteNativeLibrary.libraryName();
        try (InputStream original = SqliteNativeLibrary.class.getResourceAsStream(entry)) {
            assertThat(original).as(entry).isNotNull();
            assertThat(Files.readAllBytes(library)).isEqualTo(original.readAllBytes());
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(library))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(library.getParent())) {
            assertThat(files).containsExactly(library);
        }
    }

    @Test
    void laterStartsUseTheUnpackedLibraryAsItIs() throws Exception {
        Optional<Path> first = SqliteNativeLibrary.cachedIn(cache);
        assumeTrue(first.isPresent(), "sqlite-jdbc has no library of its own for this platform");
        FileTime unpackedAt = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        Files.setLastModifiedTime(first.get(), unpackedAt);

        assertThat(SqliteNativeLibrary.cachedIn(cache)).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(first.get())).isEqualTo(unpackedAt);
    }
}
