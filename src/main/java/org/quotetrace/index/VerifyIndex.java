package org.quotetrace.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.quotetrace.corpus.InputException;

/**
 * What {@code quotetrace verify} needs from a ledger, persisted next to it by {@code build} and
 * {@code add} as {@value #FILE_NAME}: the statements, the wordings of each (the reference and the
 * other versions printed in the corpus, with their words already analysed), the speakers'
 * descriptions with their canonical ids, and the WordNet synonyms of the wordings' lemmas.
 * This record is the index as a whole, as {@code build} makes it; {@code verify} never loads it
 * whole but reads the file in place ({@link VerifyIndexFile}, written by {@link VerifyIndexWriter}),
 * so its start-up cost does not grow with the ledger.
 *
 * @param statements the statements, in ledger order
 * @param wordings   the known wordings of the statements, each statement's reference first
 * @param speakers   distinct speaker descriptions with their canonical speakers
 * @param synonyms   lemma to its WordNet synonyms, for every content lemma of the wordings that has any
 * @param baseForms  lemma to itself and its WordNet base forms, where those are more than the lemma
 */
public record VerifyIndex(List<IndexedStatement> statements, List<IndexedPassage> wordings,
                          List<IndexedSpeaker> speakers, Map<String, List<String>> synonyms,
                          Map<String, List<String>> baseForms) {

    /** File name inside the ledger folder. */
    public static final String FILE_NAME = "verify-index.bin";
    /** The file name of format 3 and older (gzip, read whole), which this version no longer reads. */
    static final String OLD_FILE_NAME = "verify-index.bin.gz";

    public VerifyIndex {
        statements = List.copyOf(statements);
        wordings = List.copyOf(wordings);
        speakers = List.copyOf(speakers);
        synonyms = Map.copyOf(synonyms);
        baseForms = Map.copyOf(baseForms);
    }

    /**
     * Writes this index into the ledger folder {@code folder}, atomically, and removes an index of
     * the old format left there, so no stale index stays beside the ledger.
     */
    public void write(Path folder) throws IOException {
        VerifyIndexWriter.write(folder.resolve(FILE_NAME), this);
        Files.deleteIfExists(folder.resolve(OLD_FILE_NAME));
    }

    /** Reads the whole index of the ledger folder {@code folder} (tests and tools; {@code verify} uses {@link #open}). */
    public static VerifyIndex read(Path folder) {
        return open(folder).toIndex();
    }

    /** Opens the index file of the ledger folder {@code folder} for reading in place. */
    public static VerifyIndexFile open(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder + ": no such ledger folder (run 'quotetrace build --out " + folder + "' first)");
        }
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            if (Files.isRegularFile(folder.resolve(OLD_FILE_NAME))) {
                throw new InputException(folder.resolve(OLD_FILE_NAME) + ": verify index of an older quotetrace "
                        + "(format 3); rebuild with 'quotetrace build --out " + folder + "'");
            }
            throw new InputException(file + ": no verify index here (run 'quotetrace build --out " + folder + "' first)");
        }
        return VerifyIndexFile.open(file);
    }
}
