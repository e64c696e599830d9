package org.quotetrace.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.quotetrace.attribution.MentionKind;
import org.quotetrace.attribution.SpeakerDescription;
import org.quotetrace.corpus.InputException;
import org.quotetrace.ledger.AtomicFiles;
import org.quotetrace.linking.Passage;
import org.quotetrace.linking.Statement;
import org.quotetrace.linking.Word;

/**
 * The binary form of a {@link VerifyIndex}: a magic number and format version, then the
 * statements, wordings, speakers and synonyms as length-prefixed lists of UTF-8 strings and ints,
 * gzip-compressed. Chosen over JSON because {@code verify} must start fast: reading it needs only
 * the JDK. Deterministic: the same index gives the same bytes.
 */
final class VerifyIndexCodec {

    /** "QTVI". */
    private static final int MAGIC = 0x51545649;
    /** Format version; a file of another version must be rebuilt. */
    static final int FORMAT = 3;
    /** No string or list in an index is longer than this; a larger length means a damaged file. */
    private static final int MAX_LENGTH = 1 << 28;

    private VerifyIndexCodec() {
    }

    static void write(Path target, VerifyIndex index) throws IOException {
        AtomicFiles.write(target, raw -> {
            GZIPOutputStream gzip = new GZIPOutputStream(raw, 1 << 16);
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(index.statements().size());
            for (IndexedStatement indexed : index.statements()) {
                Statement s = indexed.statement();
                writeString(out, s.id());
                writeString(out, s.speakerId());
                writeString(out, s.speakerName());
                writeString(out, s.referenceArticleId());
                out.writeInt(s.referenceStart());
                out.writeInt(s.referenceEnd());
                writeString(out, s.referenceText());
                writeStrings(out, s.attributedTo());
                writeString(out, indexed.referenceOutlet());
                out.writeBoolean(indexed.speakerFromQuotes());
            }
            out.writeInt(index.wordings().size());
            for (IndexedPassage p : index.wordings()) {
                writeString(out, p.statementId());
                writeString(out, p.articleId());
                out.writeInt(p.start());
                writeString(out, p.surface());
                out.writeByte(p.source().ordinal());
                out.writeBoolean(p.attributed());
                out.writeInt(p.words().size());
                for (Word w : p.words()) {
                    writeString(out, w.form());
                    writeString(out, w.lemma());
                    out.writeByte((w.content() ? 1 : 0) | (w.bracketed() ? 2 : 0));
                    out.writeInt(w.start());
                    out.writeInt(w.end());
                }
            }
            out.writeInt(index.speakers().size());
            for (IndexedSpeaker speaker : index.speakers()) {
                SpeakerDescription d = speaker.description();
                out.writeByte(d.kind().ordinal());
                writeString(out, d.name());
                writeStrings(out, d.roles());
                writeString(out, d.organisation());
                writeString(out, d.gender());
                writeStrings(out, d.aliases());
                writeString(out, speaker.speakerId());
                writeString(out, speaker.speakerName());
            }
            writeTable(out, index.synonyms());
            writeTable(out, index.baseForms());
            out.flush();
            gzip.finish();
        });
    }

    static VerifyIndex read(Path source) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new GZIPInputStream(Files.newInputStream(source), 1 << 16), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new InputException(source + ": not a quotetrace verify index");
            }
            if (in.readInt() != FORMAT) {
                throw new InputException(source + ": verify index of another format version; rebuild with 'quotetrace build'");
            }
            int statementCount = length(in);
            List<IndexedStatement> statements = new ArrayList<>(statementCount);
            for (int i = 0; i < statementCount; i++) {
                Statement s = new Statement(readString(in), readString(in), readString(in), readString(in), in.readInt(),
                        in.readInt(), readString(in), readStrings(in));
                statements.add(new IndexedStatement(s, readString(in), in.readBoolean()));
            }
            int wordingCount = length(in);
            List<IndexedPassage> wordings = new ArrayList<>(wordingCount);
            Passage.Source[] sources = Passage.Source.values();
            for (int i = 0; i < wordingCount; i++) {
                String statementId = readString(in);
                String articleId = readString(in);
                int start = in.readInt();
                String surface = readString(in);
                Passage.Source kind = sources[in.readByte()];
                boolean attributed = in.readBoolean();
                int wordCount = length(in);
                List<Word> words = new ArrayList<>(wordCount);
                for (int w = 0; w < wordCount; w++) {
                    String form = readString(in);
                    String lemma = readString(in);
                    int flags = in.readByte();
                    words.add(new Word(form, lemma, (flags & 1) != 0, (flags & 2) != 0, in.readInt(), in.readInt()));
                }
                wordings.add(new IndexedPassage(statementId, articleId, start, surface, kind, attributed, words));
            }
            int speakerCount = length(in);
            List<IndexedSpeaker> speakers = new ArrayList<>(speakerCount);
            MentionKind[] kinds = MentionKind.values();
            for (int i = 0; i < speakerCount; i++) {
                SpeakerDescription d = new SpeakerDescription(kinds[in.readByte()], readString(in), readStrings(in),
                        readString(in), readString(in), readStrings(in));
                speakers.add(new IndexedSpeaker(d, readString(in), readString(in)));
            }
            Map<String, List<String>> synonyms = readTable(in);
            return new VerifyIndex(statements, wordings, speakers, synonyms, readTable(in));
        } catch (EOFException | ArrayIndexOutOfBoundsException e) {
            throw new InputException(source + ": verify index is cut short or damaged; rebuild with 'quotetrace build'", e);
        } catch (IOException e) {
            throw new InputException(source + ": cannot read the verify index (" + e.getMessage()
                    + "); rebuild with 'quotetrace build'", e);
        }
    }

    private static void writeTable(DataOutputStream out, Map<String, List<String>> table) throws IOException {
        Map<String, List<String>> sorted = new TreeMap<>(table);
        out.writeInt(sorted.size());
        for (Map.Entry<String, List<String>> entry : sorted.entrySet()) {
            writeString(out, entry.getKey());
            writeStrings(out, entry.getValue());
        }
    }

    private static Map<String, List<String>> readTable(DataInputStream in) throws IOException {
        int n = length(in);
        Map<String, List<String>> table = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            table.put(readString(in), readStrings(in));
        }
        return table;
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static void writeStrings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            writeString(out, s);
        }
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] bytes = new byte[length(in)];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = length(in);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(readString(in));
        }
        return out;
    }

    private static int length(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_LENGTH) {
            throw new IOException("bad length " + n);
        }
        return n;
    }
}
