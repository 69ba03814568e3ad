package dev.promptly.common;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * New files that only their owner can read (rw-------) on file systems with POSIX permissions, like the store:
 * what Promptly writes out (reports, rejected rows) holds customers' names, numbers and mail. The permissions are
 * given as the file is created, so it is never readable by others, not even while it is being written.
 */
public final class OwnerOnlyFiles {

    private static final String OWNER_ONLY = "rw-------";

    private OwnerOnlyFiles() {
    }

    /** Creates {@code file}, which must not exist yet, owner-only, and opens it for writing. */
    public static OutputStream create(Path file) throws IOException {
        Files.createFile(file, attributes(file.getFileSystem()));
        return Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static FileAttribute<?>[] attributes(FileSystem fileSystem) {
        if (fileSystem.supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY))};
        }
        return new FileAttribute<?>[0];
    }
}
