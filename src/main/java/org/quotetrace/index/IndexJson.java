package org.quotetrace.index;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.quotetrace.corpus.InputException;
import org.quotetrace.ledger.AtomicFiles;

/**
 * Reads and writes the ledger folder's gzip-compressed JSON files (records only, so the format
 * follows the types). Writes are atomic ({@link AtomicFiles}) and byte-for-byte deterministic:
 * the same value gives the same file.
 */
final class IndexJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private IndexJson() {
    }

    /** Writes {@code value} to {@code target} as gzip-compressed JSON, atomically. */
    static void write(Path target, Object value) throws IOException {
        AtomicFiles.write(target, out -> {
            GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(out, 1 << 16), 1 << 16);
            MAPPER.writeValue(new NonClosing(gzip), value);
            gzip.finish();
            gzip.flush();
        });
    }

    /** Reads a value of {@code type} from {@code source}; a missing or unreadable file is bad input. */
    static <T> T read(Path source, Class<T> type, String what) {
        if (!Files.isRegularFile(source)) {
            throw new InputException(source + ": no " + what + " here (run 'quotetrace build' to make one)");
        }
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(source), 1 << 16), 1 << 16)) {
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new InputException(source + ": cannot read the " + what + " (" + firstLine(e.getMessage())
                    + "); rebuild it with 'quotetrace build'", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Keeps Jackson from closing the gzip stream before it is finished. */
    static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
