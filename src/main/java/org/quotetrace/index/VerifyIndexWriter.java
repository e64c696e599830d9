package org.quotetrace.index;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32C;
import org.quotetrace.attribution.SpeakerDescription;
import org.quotetrace.ledger.AtomicFiles;
import org.quotetrace.linking.Statement;
import org.quotetrace.linking.TermIndex;
import org.quotetrace.linking.Word;

/**
 * Writes a {@link VerifyIndex} as the file {@link VerifyIndexFile} reads in place: the
 * statements by id, the wordings by number, the inverted index of their terms, the synonym table
 * by lemma, and the speaker descriptions cut into {@link SpeakerComponents} reachable by key, each
 * an {@link IndexTableWriter} table. Everything {@code verify} would otherwise compute from the
 * whole ledger at start-up is computed here once. Deterministic: the same index gives the same bytes.
 *
 * <p>File layout, big-endian: {@code magic, format}, the tables one after another, then the
 * directory ({@code tableCount}, each table's {@code offset, length} as longs, its CRC-32C) and a
 * trailer ({@code directoryOffset} as a long, {@code magic}), so a file cut short has no trailer.
 */
final class VerifyIndexWriter {

    /** "QTVI". */
    static final int MAGIC = 0x51545649;
    /** Format version; 3 was the whole-file gzip format read at once. */
    static final int FORMAT = 4;

    static final int STATEMENTS = 0;
    static final int WORDINGS = 1;
    static final int TERM_COUNTS = 2;
    static final int POSTINGS = 3;
    static final int LEMMAS = 4;
    static final int SPEAKERS = 5;
    static final int COMPONENTS = 6;
    static final int SPEAKER_KEYS = 7;
    static final int SLUG_COUNTS = 8;
    static final int TABLES = 9;

    private VerifyIndexWriter() {
    }

    static void write(Path target, VerifyIndex index) throws IOException {
        AtomicFiles.write(target, raw -> {
            CountingStream counted = new CountingStream(raw);
            DataOutputStream out = new DataOutputStream(counted);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            long[] offsets = new long[TABLES];
            long[] lengths = new long[TABLES];
            SpeakerComponents components = new SpeakerComponents(index.speakers());
            for (int t = 0; t < TABLES; t++) {
                offsets[t] = counted.count;
                lengths[t] = table(t, index, components).writeTo(out);
                out.flush();
            }
            long directory = counted.count;
            CRC32C crc = new CRC32C();
            java.io.ByteArrayOutputStream dir = new java.io.ByteArrayOutputStream();
            DataOutputStream d = new DataOutputStream(dir);
            d.writeInt(TABLES);
            for (int t = 0; t < TABLES; t++) {
                d.writeLong(offsets[t]);
                d.writeLong(lengths[t]);
            }
            d.flush();
            crc.update(dir.toByteArray());
            out.write(dir.toByteArray());
            out.writeInt((int) crc.getValue());
            out.writeLong(directory);
            out.writeInt(MAGIC);
            out.flush();
        });
    }

    /** Table {@code t} of {@code index}; built one at a time so only one is held in memory. */
    private static IndexTableWriter table(int t, VerifyIndex index, SpeakerComponents components) {
        return switch (t) {
            case STATEMENTS -> statements(index);
            case WORDINGS -> wordings(index);
            case TERM_COUNTS -> termCounts(index);
            case POSTINGS -> postings(index);
            case LEMMAS -> lemmas(index);
            case SPEAKERS -> speakers(index);
            default -> speakerTables(components, t);
        };
    }

    private static IndexTableWriter statements(VerifyIndex index) {
        Map<String, Integer> references = new HashMap<>();
        for (int i = 0; i < index.wordings().size(); i++) {
            references.putIfAbsent(index.wordings().get(i).statementId(), i);
        }
        IndexTableWriter table = new IndexTableWriter();
        for (IndexedStatement indexed : index.statements()) {
            Statement s = indexed.statement();
            table.add(s.id(), new RecordOut().writeString(s.speakerId()).writeString(s.speakerName())
                    .writeString(s.referenceArticleId()).writeInt(s.referenceStart()).writeInt(s.referenceEnd())
                    .writeString(s.referenceText()).writeStrings(s.attributedTo()).writeString(indexed.referenceOutlet())
                    .writeBoolean(indexed.speakerFromQuotes()).writeInt(references.getOrDefault(s.id(), -1)));
        }
        return table;
    }

    private static IndexTableWriter wordings(VerifyIndex index) {
        IndexTableWriter table = new IndexTableWriter();
        for (IndexedPassage p : index.wordings()) {
            RecordOut record = new RecordOut().writeString(p.statementId()).writeString(p.articleId()).writeInt(p.start())
                    .writeString(p.surface()).writeByte(p.source().ordinal()).writeBoolean(p.attributed())
                    .writeInt(p.words().size());
            for (Word w : p.words()) {
                record.writeString(w.form()).writeString(w.lemma()).writeByte((w.content() ? 1 : 0) | (w.bracketed() ? 2 : 0))
                        .writeInt(w.start()).writeInt(w.end());
            }
            table.add(record);
        }
        return table;
    }

    private static IndexTableWriter termCounts(VerifyIndex index) {
        int[] counts = new int[index.wordings().size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = TermIndex.terms(index.wordings().get(i).words()).size();
        }
        IndexTableWriter table = new IndexTableWriter();
        table.add(new RecordOut().writeInts(counts));
        return table;
    }

    private static IndexTableWriter postings(VerifyIndex index) {
        Map<String, List<Integer>> postings = new TreeMap<>();
        for (int i = 0; i < index.wordings().size(); i++) {
            for (String term : TermIndex.terms(index.wordings().get(i).words())) {
                postings.computeIfAbsent(term, k -> new ArrayList<>()).add(i);
            }
        }
        IndexTableWriter table = new IndexTableWriter();
        postings.forEach((term, ids) -> table.add(term, new RecordOut()
                .writeInts(ids.stream().mapToInt(Integer::intValue).toArray())));
        return table;
    }

    private static IndexTableWriter lemmas(VerifyIndex index) {
        TreeSet<String> lemmas = new TreeSet<>(index.synonyms().keySet());
        lemmas.addAll(index.baseForms().keySet());
        IndexTableWriter table = new IndexTableWriter();
        for (String lemma : lemmas) {
            RecordOut record = new RecordOut();
            optional(record, index.synonyms().get(lemma));
            optional(record, index.baseForms().get(lemma));
            table.add(lemma, record);
        }
        return table;
    }

    private static void optional(RecordOut record, List<String> list) {
        record.writeBoolean(list != null);
        if (list != null) {
            record.writeStrings(list);
        }
    }

    private static IndexTableWriter speakers(VerifyIndex index) {
        IndexTableWriter table = new IndexTableWriter();
        for (IndexedSpeaker speaker : index.speakers()) {
            SpeakerDescription d = speaker.description();
            table.add(new RecordOut().writeByte(d.kind().ordinal()).writeString(d.name()).writeStrings(d.roles())
                    .writeString(d.organisation()).writeString(d.gender()).writeStrings(d.aliases())
                    .writeString(speaker.speakerId()).writeString(speaker.speakerName()));
        }
        return table;
    }

    private static IndexTableWriter speakerTables(SpeakerComponents components, int t) {
        IndexTableWriter table = new IndexTableWriter();
        switch (t) {
            case COMPONENTS -> components.components().forEach(c -> {
                RecordOut record = new RecordOut().writeBoolean(c.peopleOnly()).writeInt(c.groups().size());
                c.groups().forEach(g -> record.writeInts(g.members()).writeString(g.slug()));
                table.add(record);
            });
            case SPEAKER_KEYS -> components.keys().forEach((key, links) -> table.add(key, new RecordOut()
                    .writeInts(links.holders()).writeInts(links.seekers())));
            case SLUG_COUNTS -> components.slugCounts().forEach((slug, count) -> table.add(slug, new RecordOut().writeInt(count)));
            default -> throw new IllegalArgumentException("no table " + t);
        }
        return table;
    }

    /** Counts the bytes written through it, for the directory's offsets. */
    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
