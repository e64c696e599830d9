package org.quotetrace.index;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.quotetrace.ledger.AtomicFiles;
import org.quotetrace.pipeline.ArticleAnalysis;

/**
 * The per-article analyses of a ledger folder ({@value #FILE_NAME}): what {@code quotetrace add}
 * restores so that it analyses only new articles.
 */
public final class AnalysisStore {

    /** File name inside the ledger folder. */
    public static final String FILE_NAME = "analyses.json.gz";

    /** The stored form: a format version and the analyses in article-id order. */
    record Contents(int format, List<StoredAnalysis> analyses) {
    }

    /** Version of the stored format; a file of another version must be rebuilt. */
    static final int FORMAT = 1;

    private AnalysisStore() {
    }

    /** Writes {@code analyses} into the ledger folder {@code folder}. */
    public static void write(Path folder, List<ArticleAnalysis> analyses) throws IOException {
        IndexJson.write(folder.resolve(FILE_NAME),
                new Contents(FORMAT, analyses.stream().map(StoredAnalysis::of).toList()));
    }

    /**
     * Starts writing the analyses of the ledger folder {@code folder} one at a time, in article-id
     * order, so a large build need not hold them all: the file is the one {@link #write} makes,
     * byte for byte, and replaces the folder's file only at {@link Writer#commit()}.
     */
    public static Writer writer(Path folder) throws IOException {
        return new Writer(folder.resolve(FILE_NAME));
    }

    /** The analyses file being written ({@link #writer}); closing it uncommitted leaves the old file. */
    public static final class Writer implements java.io.Closeable {
        private static final ObjectWriter ITEM = IndexJson.MAPPER.writer()
                .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

        private final AtomicFiles.Pending file;
        private final GZIPOutputStream gzip;
        private final JsonGenerator json;
        private int count;

        private Writer(Path target) throws IOException {
            file = AtomicFiles.open(target);
            try {
                gzip = new GZIPOutputStream(new java.io.BufferedOutputStream(file.out(), 1 << 16), 1 << 16);
                json = IndexJson.MAPPER.getFactory().createGenerator(new IndexJson.NonClosing(gzip));
                json.writeStartObject();
                json.writeNumberField("format", FORMAT);
                json.writeFieldName("analyses");
                json.writeStartArray();
            } catch (IOException | RuntimeException e) {
                file.close();
                throw e;
            }
        }

        /** Appends {@code analysis}, the next in article-id order (its annotation must still be there). */
        public void add(ArticleAnalysis analysis) throws IOException {
            ITEM.writeValue(json, StoredAnalysis.of(analysis));
            count++;
        }

        /** Number of analyses added. */
        public int count() {
            return count;
        }

        /** Ends the file and puts it in place of the folder's analyses. */
        public void commit() throws IOException {
            json.writeEndArray();
            json.writeEndObject();
            json.close();
            gzip.finish();
            gzip.flush();
            file.commit();
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }

    /** Reads the analyses of the ledger folder {@code folder}. */
    public static List<ArticleAnalysis> read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        Contents contents = IndexJson.read(file, Contents.class, "stored article analyses");
        if (contents.format() != FORMAT || contents.analyses() == null) {
            throw new org.quotetrace.corpus.InputException(file + ": stored analyses of another format version; "
                    + "rebuild the ledger with 'quotetrace build'");
        }
        return contents.analyses().stream().map(StoredAnalysis::toAnalysis).toList();
    }
}
