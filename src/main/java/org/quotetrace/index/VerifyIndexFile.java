package org.quotetrace.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32C;
import org.quotetrace.attribution.ArticleEntity;
import org.quotetrace.attribution.MentionKind;
import org.quotetrace.attribution.SpeakerDescription;
import org.quotetrace.corpus.InputException;
import org.quotetrace.linking.Passage;
import org.quotetrace.linking.Statement;
import org.quotetrace.linking.Synonyms;
import org.quotetrace.linking.TermIndex;
import org.quotetrace.linking.Word;

/**
 * A verify index file ({@link VerifyIndexWriter}) read in place: the file is memory-mapped and
 * only the records a question needs are decoded, so opening it costs the same for a ledger of a
 * thousand articles or a hundred thousand, and a verification reads the postings of the new
 * article's terms, the wordings and statements those reach, and the speaker components its
 * entities' keys reach. A damaged file is reported as bad input (one line, "rebuild") when the
 * damage is met, through {@link InputException}. Not thread-safe: one verification at a time; only
 * its {@link #synonyms()} may be asked from several threads at once.
 */
public final class VerifyIndexFile implements VerifyLookup {

    private final Path file;
    private final IndexTable[] tables = new IndexTable[VerifyIndexWriter.TABLES];
    private final Map<Integer, IndexedPassage> wordings = new HashMap<>();
    private final Map<String, IndexedStatement> statements = new HashMap<>();
    private final Map<String, Integer> references = new HashMap<>();
    private final Map<String, int[]> postings = new HashMap<>();
    /** Synonym entries read so far; concurrent, as passages may be compared on several threads. */
    private final Map<String, Set<String>[]> lemmas = new java.util.concurrent.ConcurrentHashMap<>();
    private int[] termCounts;
    /** Score sums of one query by wording number, cleared after each (this class is single-threaded). */
    private double[] weights;
    private int[] shared;
    private final Synonyms synonyms;

    private VerifyIndexFile(Path file, ByteBuffer[] buffers) {
        this.file = file;
        for (int t = 0; t < tables.length; t++) {
            tables[t] = new IndexTable(buffers[t]);
        }
        this.synonyms = new StoredSynonyms(lemma -> lemma(lemma)[0], lemma -> lemma(lemma)[1]);
    }

    /** Opens {@code file}; throws {@link InputException} when it is not a whole index of this format. */
    public static VerifyIndexFile open(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 20) {
                throw damaged(file, new DamagedIndexException("only " + size + " bytes"));
            }
            ByteBuffer head = channel.map(FileChannel.MapMode.READ_ONLY, 0, 8);
            if (head.getInt(0) != VerifyIndexWriter.MAGIC) {
                throw new InputException(file + ": not a quotetrace verify index; rebuild with 'quotetrace build'");
            }
            if (head.getInt(4) != VerifyIndexWriter.FORMAT) {
                throw new InputException(file + ": verify index of another format version (" + head.getInt(4)
                        + ", this quotetrace reads " + VerifyIndexFile.FORMAT + "); rebuild with 'quotetrace build'");
            }
            ByteBuffer tail = channel.map(FileChannel.MapMode.READ_ONLY, size - 12, 12);
            long directory = tail.getLong(0);
            int tableCount = VerifyIndexWriter.TABLES;
            long directoryLength = 4 + 16L * tableCount;
            if (tail.getInt(8) != VerifyIndexWriter.MAGIC || directory < 8 || directory + directoryLength + 4 + 12 != size) {
                throw damaged(file, new DamagedIndexException("no directory at the end"));
            }
            ByteBuffer dir = channel.map(FileChannel.MapMode.READ_ONLY, directory, directoryLength + 4);
            CRC32C crc = new CRC32C();
            crc.update(dir.slice(0, (int) directoryLength));
            if ((int) crc.getValue() != dir.getInt((int) directoryLength) || dir.getInt(0) != tableCount) {
                throw damaged(file, new DamagedIndexException("directory damaged"));
            }
            ByteBuffer[] buffers = new ByteBuffer[tableCount];
            for (int t = 0; t < tableCount; t++) {
                long offset = dir.getLong(4 + 16 * t);
                long length = dir.getLong(12 + 16 * t);
                if (offset < 8 || length < 0 || length > Integer.MAX_VALUE || offset + length > directory) {
                    throw damaged(file, new DamagedIndexException("table " + t + " out of range"));
                }
                buffers[t] = channel.map(FileChannel.MapMode.READ_ONLY, offset, length);
            }
            return new VerifyIndexFile(file, buffers);
        } catch (DamagedIndexException e) {
            throw damaged(file, e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the verify index (" + e.getMessage()
                    + "); rebuild with 'quotetrace build'", e);
        }
    }

    /** The format version this class reads. */
    public static final int FORMAT = VerifyIndexWriter.FORMAT;

    private static InputException damaged(Path file, Exception cause) {
        return new InputException(file + ": verify index is cut short or damaged (" + cause.getMessage()
                + "); rebuild with 'quotetrace build'", cause);
    }

    /** Runs a read, turning damage met on the way into bad input. */
    private <T> T guarded(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (DamagedIndexException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw damaged(file, e);
        }
    }

    @Override
    public IndexedPassage wording(int id) {
        return wordings.computeIfAbsent(id, k -> guarded(() -> decodeWording(tables[VerifyIndexWriter.WORDINGS].record(k))));
    }

    @Override
    public int referenceWording(String statementId) {
        statement(statementId);
        Integer reference = references.get(statementId);
        if (reference == null || reference < 0) {
            throw damaged(file, new DamagedIndexException("no reference wording for " + statementId));
        }
        return reference;
    }

    @Override
    public IndexedStatement statement(String statementId) {
        IndexedStatement known = statements.get(statementId);
        if (known == null) {
            known = guarded(() -> {
                RecordIn in = tables[VerifyIndexWriter.STATEMENTS].find(statementId);
                if (in == null) {
                    throw new DamagedIndexException("no statement " + statementId);
                }
                return decodeStatement(statementId, in);
            });
            statements.put(statementId, known);
        }
        return known;
    }

    private IndexedStatement decodeStatement(String id, RecordIn in) {
        Statement s = new Statement(id, in.readString(), in.readString(), in.readString(), in.readInt(), in.readInt(),
                in.readString(), in.readStrings());
        IndexedStatement statement = new IndexedStatement(s, in.readString(), in.readBoolean());
        references.put(id, in.readInt());
        return statement;
    }

    private static IndexedPassage decodeWording(RecordIn in) {
        String statementId = in.readString();
        String articleId = in.readString();
        int start = in.readInt();
        String surface = in.readString();
        Passage.Source[] sources = Passage.Source.values();
        int source = in.readByte();
        if (source < 0 || source >= sources.length) {
            throw new DamagedIndexException("bad passage source " + source);
        }
        boolean attributed = in.readBoolean();
        int count = in.readLength(1);
        List<Word> words = new ArrayList<>(count);
        for (int w = 0; w < count; w++) {
            String form = in.readString();
            String lemma = in.readString();
            int flags = in.readByte();
            words.add(new Word(form, lemma, (flags & 1) != 0, (flags & 2) != 0, in.readInt(), in.readInt()));
        }
        return new IndexedPassage(statementId, articleId, start, surface, sources[source], attributed, words);
    }

    /**
     * The ranking of {@link TermIndex#query} over the stored postings: each shared term weighs
     * {@link TermIndex#weight}, summed in the order of {@code terms} and divided by the square root
     * of the wording's term count; best first, ties by number.
     */
    @Override
    public List<Integer> similarWordings(Collection<String> terms, int limit, int minShared) {
        int[] counts = termCounts();
        int size = counts.length;
        if (weights == null) {
            weights = new double[size];
            shared = new int[size];
        }
        int[] touched = new int[16];
        int touchedCount = 0;
        for (String term : new LinkedHashSet<>(terms)) {
            int[] ids = postings(term);
            if (ids.length == 0) {
                continue;
            }
            double weight = TermIndex.weight(size, ids.length);
            for (int id : ids) {
                if (id < 0 || id >= size) {
                    clear(touched, touchedCount);
                    throw damaged(file, new DamagedIndexException("posting " + id + " out of range"));
                }
                if (shared[id] == 0) {
                    if (touchedCount == touched.length) {
                        touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = id;
                }
                weights[id] += weight;
                shared[id]++;
            }
        }
        // the best `limit` by (score descending, number ascending), kept sorted while the touched
        // wordings are scanned: the same list a full sort would give, without sorting them all
        int[] bestIds = new int[Math.max(0, limit)];
        double[] bestScores = new double[bestIds.length];
        int kept = 0;
        for (int t = 0; t < touchedCount && limit > 0; t++) {
            int id = touched[t];
            if (shared[id] < minShared) {
                continue;
            }
            int count = counts[id];
            double score = weights[id] / Math.sqrt(count == 0 ? 1 : count);
            if (kept == limit && !before(score, id, bestScores[kept - 1], bestIds[kept - 1])) {
                continue;
            }
            int at = kept == limit ? kept - 1 : kept++;
            while (at > 0 && before(score, id, bestScores[at - 1], bestIds[at - 1])) {
                bestScores[at] = bestScores[at - 1];
                bestIds[at] = bestIds[at - 1];
                at--;
            }
            bestScores[at] = score;
            bestIds[at] = id;
        }
        clear(touched, touchedCount);
        List<Integer> out = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) {
            out.add(bestIds[i]);
        }
        return out;
    }

    /** Whether a wording scoring {@code score} ranks before one scoring {@code otherScore}: better first, ties by number. */
    private static boolean before(double score, int id, double otherScore, int otherId) {
        int byScore = Double.compare(otherScore, score);
        return byScore != 0 ? byScore < 0 : id < otherId;
    }

    private void clear(int[] touched, int count) {
        for (int t = 0; t < count; t++) {
            weights[touched[t]] = 0;
            shared[touched[t]] = 0;
        }
    }

    private int[] termCounts() {
        if (termCounts == null) {
            termCounts = guarded(() -> {
                IndexTable table = tables[VerifyIndexWriter.TERM_COUNTS];
                if (table.size() != 1) {
                    throw new DamagedIndexException("term counts missing");
                }
                int[] counts = table.record(0).readInts();
                if (counts.length != tables[VerifyIndexWriter.WORDINGS].size()) {
                    throw new DamagedIndexException("term counts do not match the wordings");
                }
                return counts;
            });
        }
        return termCounts;
    }

    private int[] postings(String term) {
        return postings.computeIfAbsent(term, t -> guarded(() -> {
            RecordIn in = tables[VerifyIndexWriter.POSTINGS].find(t);
            return in == null ? new int[0] : in.readInts();
        }));
    }

    @SuppressWarnings("unchecked")
    private Set<String>[] lemma(String lemma) {
        return lemmas.computeIfAbsent(lemma, l -> guarded(() -> {
            Set<String>[] entry = new Set[2];
            RecordIn in = tables[VerifyIndexWriter.LEMMAS].find(l);
            if (in != null) {
                entry[0] = in.readBoolean() ? Set.copyOf(in.readStrings()) : null;
                entry[1] = in.readBoolean() ? Set.copyOf(in.readStrings()) : null;
            }
            return entry;
        }));
    }

    /**
     * The stored descriptions in the components that {@code entities}' keys reach, in ledger
     * order, and the slugs of the canonical speakers of everything else. In a component of people
     * of one surname reached only by people of that surname, only the speakers one of them could
     * join are read: a mention without a given name joins the first speaker, one with a given name
     * the first whose given names are all compatible with it, and leaving out whole speakers that
     * none could join changes nothing for the others (each description still finds the same first
     * compatible speaker); the ones left out count with the rest.
     */
    @Override
    public KnownSpeakers speakersNear(List<ArticleEntity> entities) {
        return guarded(() -> {
            IndexTable keys = tables[VerifyIndexWriter.SPEAKER_KEYS];
            Map<Integer, List<ArticleEntity>> reached = new java.util.TreeMap<>();
            for (ArticleEntity entity : entities) {
                Set<Integer> mine = new TreeSet<>();
                for (String key : SpeakerKeys.sought(entity)) {
                    RecordIn in = keys.find(key);
                    if (in != null) {
                        addAll(mine, in.readInts());
                    }
                }
                for (String key : SpeakerKeys.held(entity)) {
                    RecordIn in = keys.find(key);
                    if (in != null) {
                        in.readInts();
                        addAll(mine, in.readInts());
                    }
                }
                mine.forEach(c -> reached.computeIfAbsent(c, k -> new ArrayList<>()).add(entity));
            }
            TreeSet<Integer> members = new TreeSet<>();
            Map<String, Integer> slugsHere = new HashMap<>();
            IndexTable components = tables[VerifyIndexWriter.COMPONENTS];
            IndexTable table = tables[VerifyIndexWriter.SPEAKERS];
            Map<Integer, IndexedSpeaker> decoded = new HashMap<>();
            for (Map.Entry<Integer, List<ArticleEntity>> entry : reached.entrySet()) {
                RecordIn in = components.record(entry.getKey());
                boolean peopleOnly = in.readBoolean();
                int groups = in.readLength(8);
                boolean onlyPeople = peopleOnly && entry.getValue().stream().allMatch(e -> e.kind() == MentionKind.PERSON);
                for (int g = 0; g < groups; g++) {
                    int[] ids = in.readInts();
                    String slug = in.readString();
                    if (onlyPeople && !joinable(g, ids, entry.getValue(), table, decoded)) {
                        continue;
                    }
                    for (int id : ids) {
                        members.add(id);
                    }
                    slugsHere.merge(slug, 1, Integer::sum);
                }
            }
            List<IndexedSpeaker> speakers = new ArrayList<>(members.size());
            for (int m : members) {
                speakers.add(decoded.computeIfAbsent(m, k -> decodeSpeaker(table.record(k))));
            }
            IndexTable slugCounts = tables[VerifyIndexWriter.SLUG_COUNTS];
            return new KnownSpeakers(speakers, slug -> guarded(() -> {
                RecordIn in = slugCounts.find(slug);
                int total = in == null ? 0 : in.readInt();
                int elsewhere = total - slugsHere.getOrDefault(slug, 0);
                if (elsewhere < 0) {
                    throw new DamagedIndexException("slug counts do not add up");
                }
                return elsewhere;
            }));
        });
    }

    /**
     * Whether one of {@code people} could join speaker number {@code group} (descriptions
     * {@code ids}) of a component of people: without a given name only the first speaker, with
     * one any speaker all of whose names have compatible given names.
     */
    private static boolean joinable(int group, int[] ids, List<ArticleEntity> people, IndexTable table,
                                    Map<Integer, IndexedSpeaker> decoded) {
        for (ArticleEntity person : people) {
            if (group == 0) {
                return true;
            }
            if (org.quotetrace.attribution.Names.givenName(person.name()).isEmpty()) {
                continue;
            }
            boolean compatible = true;
            for (int id : ids) {
                String name = decoded.computeIfAbsent(id, k -> decodeSpeaker(table.record(k))).description().name();
                if (!org.quotetrace.attribution.SpeakerRegistry.compatibleGivenNames(person.name(), name)) {
                    compatible = false;
                    break;
                }
            }
            if (compatible) {
                return true;
            }
        }
        return false;
    }

    private static void addAll(Set<Integer> set, int[] values) {
        for (int v : values) {
            set.add(v);
        }
    }

    private static IndexedSpeaker decodeSpeaker(RecordIn in) {
        MentionKind[] kinds = MentionKind.values();
        int kind = in.readByte();
        if (kind < 0 || kind >= kinds.length) {
            throw new DamagedIndexException("bad mention kind " + kind);
        }
        SpeakerDescription d = new SpeakerDescription(kinds[kind], in.readString(), in.readStrings(), in.readString(),
                in.readString(), in.readStrings());
        return new IndexedSpeaker(d, in.readString(), in.readString());
    }

    @Override
    public Synonyms synonyms() {
        return synonyms;
    }

    /**
     * Reads every record of every table, checking each against its checksum: the whole-file check
     * that {@code verify} itself skips (it checks only what it reads).
     */
    public void checkAll() {
        guarded(() -> {
            for (IndexTable table : tables) {
                for (int i = 0; i < table.size(); i++) {
                    table.record(i);
                }
            }
            return null;
        });
    }

    /** Decodes the whole file back into the index it was written from (for tests and tools; costs the whole file). */
    public VerifyIndex toIndex() {
        return guarded(() -> {
            IndexTable statementTable = tables[VerifyIndexWriter.STATEMENTS];
            List<IndexedStatement> all = new ArrayList<>();
            for (int i = 0; i < statementTable.size(); i++) {
                RecordIn in = statementTable.record(i);
                all.add(decodeStatement(in.readString(), in));
            }
            List<IndexedPassage> allWordings = new ArrayList<>();
            for (int i = 0; i < tables[VerifyIndexWriter.WORDINGS].size(); i++) {
                allWordings.add(wording(i));
            }
            List<IndexedSpeaker> speakers = new ArrayList<>();
            for (int i = 0; i < tables[VerifyIndexWriter.SPEAKERS].size(); i++) {
                speakers.add(decodeSpeaker(tables[VerifyIndexWriter.SPEAKERS].record(i)));
            }
            Map<String, List<String>> synonymTable = new HashMap<>();
            Map<String, List<String>> baseTable = new HashMap<>();
            IndexTable lemmaTable = tables[VerifyIndexWriter.LEMMAS];
            for (int i = 0; i < lemmaTable.size(); i++) {
                RecordIn in = lemmaTable.record(i);
                String lemma = in.readString();
                if (in.readBoolean()) {
                    synonymTable.put(lemma, in.readStrings());
                }
                if (in.readBoolean()) {
                    baseTable.put(lemma, in.readStrings());
                }
            }
            return new VerifyIndex(all, allWordings, speakers, synonymTable, baseTable);
        });
    }
}
