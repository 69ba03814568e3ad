package dev.promptly.common;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * New files that only their owner can read (rw-------) where the file system has POSIX permissions: the store, its
 * backups, report exports and rejected import lines all hold customers' names, numbers and mail. The permissions
 * are given as the file is created, so it is never readable by others, not even while it is being written.
 */
public final class OwnerOnlyFiles {

    private static final FileAttribute<?> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private OwnerOnlyFiles() {
    }

    /** What to create a file in {@code folder} with: owner-only where that folder's file store has permissions. */
    public static FileAttribute<?>[] attributesIn(Path folder) throws IOException {
        return Files.getFileStore(folder).supportsFileAttributeView("posix")
                ? new FileAttribute<?>[] {OWNER_ONLY} : new FileAttribute<?>[0];
    }

    /** Creates {@code file}, which must not exist yet, owner-only. Its folder must exist. */
    public static Path createFile(Path file) throws IOException {
        return Files.createFile(file, attributesIn(file.toAbsolutePath().getParent()));
    }

    /** Creates {@code file}, which must not exist yet, owner-only, and opens it for writing. */
    public static OutputStream create(Path file) throws IOException {
        createFile(file);
        return Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
