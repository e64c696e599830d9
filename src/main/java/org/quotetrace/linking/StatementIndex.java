package org.quotetrace.linking;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quotetrace.ledger.AtomicFiles;

/**
 * The statements of a ledger with the words of their reference wordings, searchable through a
 * {@link TermIndex}: what {@code verify} needs to link one new article against a built corpus
 * without reprocessing it. It is saved next to the ledger as {@code statement-index.json} (plain
 * JSON: the statements and their reference words); loading rebuilds the term index in one linear
 * pass. Compare a new passage with {@link #candidates} and {@link #referencePassage}.
 */
public final class StatementIndex {

    /** Format version written into the file. */
    public static final int VERSION = 1;

    /** One statement with the words of its reference wording. */
    public record Entry(Statement statement, List<Word> words) {
        public Entry {
            words = List.copyOf(words);
        }
    }

    /** The file's content. */
    public record Stored(int version, List<Entry> entries) {
    }

    private final List<Entry> entries;
    private final Map<String, Integer> byId = new TreeMap<>();
    private final TermIndex terms = new TermIndex(PassageGraph.MAX_POSTINGS);

    /** An index of {@code entries} (kept in the given order). */
    public StatementIndex(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (int i = 0; i < this.entries.size(); i++) {
            Entry entry = this.entries.get(i);
            byId.put(entry.statement().id(), i);
            terms.add(i, TermIndex.terms(entry.words()));
        }
    }

    /** The indexed statements, in order. */
    public List<Statement> statements() {
        return entries.stream().map(Entry::statement).toList();
    }

    /** The entries, in order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The ids of at most {@code limit} statements that share the most content with {@code words}. */
    public List<String> candidates(List<Word> words, int limit) {
        var query = TermIndex.terms(words);
        int minShared = Math.min(2, (int) words.stream().filter(Word::content).count());
        List<String> out = new ArrayList<>();
        for (int i : terms.query(query, limit, Math.max(1, minShared))) {
            out.add(entries.get(i).statement().id());
        }
        return out;
    }

    /** The reference wording of statement {@code id} as a passage to compare against, or null if unknown. */
    public Passage referencePassage(String id) {
        Integer i = byId.get(id);
        if (i == null) {
            return null;
        }
        Entry entry = entries.get(i);
        Statement s = entry.statement();
        // the reference text stands in for its article: word offsets are shifted to start at 0
        List<Word> shifted = entry.words().stream()
                .map(w -> new Word(w.form(), w.lemma(), w.content(), w.bracketed(),
                        w.start() - s.referenceStart(), w.end() - s.referenceStart()))
                .toList();
        return new Passage(-1 - i, s.referenceArticleId(), s.referenceText(), 0, s.referenceText().length(),
                Passage.Source.FREE, -1, shifted, false);
    }

    /**
     * Writes the index to {@code target} (JSON, atomically), streamed: the file of a large corpus
     * runs to hundreds of megabytes, which as one byte array (grown by doubling) would need the
     * heap twice over.
     */
    public void save(Path target) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        AtomicFiles.write(target, out -> mapper.writer()
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, new Stored(VERSION, entries)));
    }

    /** Reads an index written by {@link #save}. */
    public static StatementIndex load(Path source) throws IOException {
        Stored stored = new ObjectMapper().readValue(Files.readString(source, StandardCharsets.UTF_8), Stored.class);
        if (stored.version() != VERSION) {
            throw new IOException(source + ": statement index version " + stored.version() + ", expected " + VERSION);
        }
        return new StatementIndex(stored.entries());
    }
}
