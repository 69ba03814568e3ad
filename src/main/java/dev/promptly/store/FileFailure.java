package dev.promptly.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The reason a file operation failed, in words: Java's exceptions often carry only the path ("AccessDeniedException:
 * /data/promptly.db"), which reads as no reason at all.
 */
final class FileFailure {

    private FileFailure() {
    }

    /** The reason {@code e} failed; the path it names is added when it is not {@code subject} itself. */
    static String reason(IOException e, java.nio.file.Path subject) {
        String about = e instanceof FileSystemException fs && fs.getFile() != null
                && !fs.getFile().equals(subject.toString()) ? " (" + fs.getFile() + ")" : "";
        if (e instanceof AccessDeniedException) {
            return "permission denied" + about;
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder" + about;
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder" + about;
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return reasonInWords(fs.getReason()) + about;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String reasonInWords(String systemReason) {
        return switch (systemReason) {
            case "No space left on device" -> "the disk is full";
            case "Read-only file system" -> "the file system is read-only";
            case "Permission denied", "Operation not permitted" -> "permission denied";
            default -> systemReason.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
