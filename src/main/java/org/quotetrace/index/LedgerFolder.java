package org.quotetrace.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.quotetrace.ledger.LedgerWriter;
import org.quotetrace.linking.LinkResult;
import org.quotetrace.linking.Passage;
import org.quotetrace.pipeline.ArticleAnalysis;

/**
 * The files of a ledger folder that {@code build} and {@code add} write, each atomically:
 * {@code ledger.csv}, the stored analyses ({@link AnalysisStore}) and the verify index
 * ({@link VerifyIndex}). The ledger goes last, so a folder whose ledger was replaced has fresh
 * companions too.
 */
public final class LedgerFolder {

    /** The ledger's file name. */
    public static final String LEDGER = "ledger.csv";

    private final Path folder;

    public LedgerFolder(Path folder) {
        this.folder = folder;
    }

    /** The folder. */
    public Path path() {
        return folder;
    }

    /** Writes the ledger of {@code result}, the analyses it came from and the verify index. */
    public void write(List<ArticleAnalysis> analyses, LinkResult result) throws IOException {
        AnalysisStore.write(folder, analyses);
        VerifyIndexBuilder.standard().build(analyses, result).write(folder);
        new LedgerWriter().write(folder.resolve(LEDGER), result.rows());
    }

    /** Writes the stored analyses ({@link AnalysisStore}) into a ledger folder. */
    @FunctionalInterface
    public interface AnalysesOut {
        void writeInto(Path folder) throws IOException;
    }

    /**
     * Writes like {@link #write(List, LinkResult)}, with the stored analyses written by
     * {@code storeAnalyses} (e.g. a file streamed during the analysis, now committed) and the verify
     * index made from the linker's {@code passages} ({@link VerifyIndexBuilder#build(List, LinkResult, List)}),
     * so {@code analyses} need not carry their annotation.
     */
    public void write(List<ArticleAnalysis> analyses, LinkResult result, List<Passage> passages,
                      AnalysesOut storeAnalyses) throws IOException {
        storeAnalyses.writeInto(folder);
        VerifyIndexBuilder.standard().build(analyses, result, passages).write(folder);
        new LedgerWriter().write(folder.resolve(LEDGER), result.rows());
    }

    /** The stored analyses of the ledger in this folder. */
    public List<ArticleAnalysis> readAnalyses() {
        if (!java.nio.file.Files.isRegularFile(folder.resolve(LEDGER))) {
            throw new org.quotetrace.corpus.InputException(folder + ": no ledger here (run 'quotetrace build --out "
                    + folder + "' first)");
        }
        return AnalysisStore.read(folder);
    }
}
