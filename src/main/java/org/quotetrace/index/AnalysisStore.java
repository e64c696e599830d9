package org.quotetrace.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
