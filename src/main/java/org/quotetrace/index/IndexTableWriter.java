package org.quotetrace.index;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Writes one table of the verify index file ({@link IndexTable} reads it): records in the order
 * added, each reachable by its number and, when added with a key, through an open-addressing hash
 * table by that key. Every record carries its own CRC-32C and the table's fixed arrays one for
 * all, so a reader that touches a few records of a large file still notices damage in them.
 *
 * <p>Layout, big-endian: {@code magic, recordCount, capacity, offsets[recordCount],
 * slots[capacity], arraysCrc, blobAreaLength}, then the blob area, in which each record is
 * {@code length, crc, bytes}. A slot holds a record's offset plus one (0 = empty); a keyed record's
 * bytes start with its key as a string.
 */
final class IndexTableWriter {

    /** "QTTB". */
    static final int MAGIC = 0x51545442;

    /** The records' bytes, in chunks: a large table is never copied into an array twice its size to grow. */
    private final Chunks blobs = new Chunks();
    private final List<Integer> offsets = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private final List<Integer> keyedOffsets = new ArrayList<>();

    /** Adds a record without a key; returns its number. */
    int add(RecordOut record) {
        return add(null, record.toByteArray());
    }

    /** Adds a record reachable by {@code key} (unique within the table); returns its number. */
    int add(String key, RecordOut rest) {
        RecordOut withKey = new RecordOut().writeString(key);
        byte[] head = withKey.toByteArray();
        byte[] tail = rest.toByteArray();
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return add(key, all);
    }

    private int add(String key, byte[] bytes) {
        int offset = blobs.size();
        if (offset < 0 || (long) offset + bytes.length + 8 > Integer.MAX_VALUE) {
            throw new IllegalStateException("verify index table over 2 GiB");
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        writeInt(blobs, bytes.length);
        writeInt(blobs, (int) crc.getValue());
        blobs.write(bytes, 0, bytes.length);
        offsets.add(offset);
        if (key != null) {
            keys.add(key);
            keyedOffsets.add(offset);
        }
        return offsets.size() - 1;
    }

    /** Number of records added. */
    int size() {
        return offsets.size();
    }

    /** Writes the table to {@code out}; returns the number of bytes written. */
    long writeTo(OutputStream out) throws IOException {
        int capacity = capacityFor(keys.size());
        int[] slots = new int[capacity];
        for (int k = 0; k < keys.size(); k++) {
            int slot = IndexTable.slotOf(keys.get(k).getBytes(StandardCharsets.UTF_8), capacity);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (capacity - 1);
            }
            slots[slot] = keyedOffsets.get(k) + 1;
        }
        ByteArrayOutputStream arrays = new ByteArrayOutputStream(4 * (offsets.size() + capacity));
        for (int offset : offsets) {
            writeInt(arrays, offset);
        }
        for (int slot : slots) {
            writeInt(arrays, slot);
        }
        CRC32C crc = new CRC32C();
        byte[] arrayBytes = arrays.toByteArray();
        crc.update(arrayBytes);
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(offsets.size());
        data.writeInt(capacity);
        data.write(arrayBytes);
        data.writeInt((int) crc.getValue());
        data.writeInt(blobs.size());
        blobs.writeTo(data);
        data.flush();
        return 5L * 4 + arrayBytes.length + blobs.size();
    }

    /** A power of two at least twice the number of keys (1 when there are none). */
    private static int capacityFor(int keyCount) {
        int capacity = 1;
        while (capacity < 2 * keyCount) {
            capacity <<= 1;
        }
        return capacity;
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    private static void writeInt(Chunks out, int v) {
        out.write(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v}, 0, 4);
    }

    /** A growable byte buffer kept as fixed-size chunks, written out in order. */
    static final class Chunks {
        static final int CHUNK = 1 << 20;
        private final List<byte[]> chunks = new ArrayList<>();
        private int used = CHUNK;
        private int size;

        void write(byte[] bytes, int offset, int length) {
            while (length > 0) {
                if (used == CHUNK) {
                    chunks.add(new byte[CHUNK]);
                    used = 0;
                }
                int n = Math.min(length, CHUNK - used);
                System.arraycopy(bytes, offset, chunks.get(chunks.size() - 1), used, n);
                used += n;
                offset += n;
                length -= n;
                size += n;
            }
        }

        int size() {
            return size;
        }

        void writeTo(OutputStream out) throws IOException {
            for (int i = 0; i < chunks.size(); i++) {
                out.write(chunks.get(i), 0, i == chunks.size() - 1 ? used : CHUNK);
            }
        }
    }
}
