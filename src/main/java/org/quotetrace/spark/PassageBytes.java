package org.quotetrace.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quotetrace.linking.Passage;
import org.quotetrace.linking.Word;

/**
 * The passages of one article as compact bytes, to move them from the executor that cut them to
 * the driver that links them: offsets, source, row, and each word's form, lemma, flags and offsets;
 * not the article text, which the driver already has once per article and gives every passage
 * back. Word strings are decoded through a shared pool, so the corpus's millions of words hold
 * one string per distinct form or lemma.
 */
final class PassageBytes {

    private static final Passage.Source[] SOURCES = Passage.Source.values();

    private PassageBytes() {
    }

    /** The bytes of {@code passages} (one article's, as cut by the linker). */
    static byte[] encode(List<Passage> passages) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(passages.size());
            for (Passage p : passages) {
                out.writeInt(p.start());
                out.writeInt(p.end());
                out.writeByte(p.source().ordinal());
                out.writeInt(p.row());
                out.writeBoolean(p.attributed());
                out.writeInt(p.words().size());
                for (Word word : p.words()) {
                    out.writeUTF(word.form());
                    boolean sameLemma = word.lemma().equals(word.form());
                    out.writeByte((word.content() ? 1 : 0) | (word.bracketed() ? 2 : 0) | (sameLemma ? 4 : 0));
                    if (!sameLemma) {
                        out.writeUTF(word.lemma());
                    }
                    out.writeInt(word.start());
                    out.writeInt(word.end());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The passages in {@code bytes}, of article {@code articleId} with text {@code text}, with
     * {@code firstId} added to their ids and {@code firstRow} to the rows of quote passages (free
     * passages keep row -1); word strings are taken from (and added to) {@code pool}.
     */
    static List<Passage> decode(byte[] bytes, String articleId, String text, int firstId, int firstRow,
                                Map<String, String> pool) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int count = in.readInt();
            List<Passage> passages = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int start = in.readInt();
                int end = in.readInt();
                Passage.Source source = SOURCES[in.readByte()];
                int row = in.readInt();
                boolean attributed = in.readBoolean();
                int size = in.readInt();
                List<Word> words = new ArrayList<>(size);
                for (int w = 0; w < size; w++) {
                    String form = pooled(in.readUTF(), pool);
                    int flags = in.readByte();
                    String lemma = (flags & 4) != 0 ? form : pooled(in.readUTF(), pool);
                    words.add(new Word(form, lemma, (flags & 1) != 0, (flags & 2) != 0, in.readInt(), in.readInt()));
                }
                passages.add(new Passage(firstId + i, articleId, text, start, end, source, row < 0 ? row : firstRow + row,
                        words, attributed));
            }
            return passages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pooled(String value, Map<String, String> pool) {
        String known = pool.putIfAbsent(value, value);
        return known != null ? known : value;
    }
}
