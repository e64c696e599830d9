package org.quotetrace.ledger;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that readers only ever see the old complete file or the new complete file: the
 * content goes to a temporary file in the same folder, which is then moved over the target.
 */
public final class AtomicFiles {

    /** Writes the content produced by {@code writer} to {@code target} atomically. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code content} to {@code target}, replacing it in one step. */
    public static void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                content.writeTo(out);
                out.flush();
                channel.force(true); // on disk before it replaces the old file, so a power cut cannot leave it empty
            }
            readableLikeTheOldFile(temp, target);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Opens {@code target} for a write that takes long and is fed piece by piece (e.g. while other
     * work goes on): the content goes to a temporary file in the same folder, which replaces the
     * target only at {@link Pending#commit()}; closing a pending write that was not committed
     * removes the temporary file and leaves the target as it was.
     */
    public static Pending open(Path target) throws IOException {
        return new Pending(target);
    }

    /** A write in progress ({@link #open}). */
    public static final class Pending implements java.io.Closeable {
        private final Path target;
        private final Path temp;
        private final FileChannel channel;
        private final OutputStream out;
        private boolean closed;

        private Pending(Path target) throws IOException {
            this.target = target;
            Path folder = target.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            this.temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
            this.channel = FileChannel.open(temp, StandardOpenOption.WRITE);
            this.out = new BufferedOutputStream(Channels.newOutputStream(channel));
        }

        /** Where to write the content. */
        public OutputStream out() {
            return out;
        }

        /** Puts what was written to {@link #out()} on disk and moves it over the target in one step. */
        public void commit() throws IOException {
            out.flush();
            channel.force(true);
            out.close();
            closed = true;
            readableLikeTheOldFile(temp, target);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        /** Removes the temporary file unless it was committed. */
        @Override
        public void close() throws IOException {
            try {
                if (!closed) {
                    closed = true;
                    out.close();
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * A temporary file is created readable by its owner only; give the new file the old file's
     * permissions, or {@code rw-r--r--} when there was none, as a plain write would.
     */
    private static void readableLikeTheOldFile(Path temp, Path target) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.exists(target)
                    ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temp, permissions);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to carry over
        }
    }

    /** Writes a UTF-8 string to {@code target} atomically. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
