package org.quotetrace.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * One table of the verify index file, read in place from a (memory-mapped) buffer: a record by
 * number or by key costs one or two reads, however large the table; nothing is decoded before it
 * is asked for. Layout: see {@link IndexTableWriter}. The fixed arrays are checked against their
 * CRC when the table is opened, each record against its own when it is read.
 */
final class IndexTable {

    private final ByteBuffer buffer;
    private final int count;
    private final int capacity;
    private final int offsetsAt;
    private final int slotsAt;
    private final int blobsAt;
    private final int blobsLength;

    /** The table filling {@code buffer}; throws {@link DamagedIndexException} when its frame does not add up. */
    IndexTable(ByteBuffer buffer) {
        this.buffer = buffer;
        int limit = buffer.limit();
        if (limit < 24 || buffer.getInt(0) != IndexTableWriter.MAGIC) {
            throw new DamagedIndexException("table header missing");
        }
        count = buffer.getInt(4);
        capacity = buffer.getInt(8);
        if (count < 0 || capacity < 1 || Integer.bitCount(capacity) != 1
                || 12L + 4L * count + 4L * capacity + 8 > limit) {
            throw new DamagedIndexException("table header damaged");
        }
        offsetsAt = 12;
        slotsAt = offsetsAt + 4 * count;
        int crcAt = slotsAt + 4 * capacity;
        CRC32C crc = new CRC32C();
        crc.update(buffer.slice(offsetsAt, crcAt - offsetsAt));
        if ((int) crc.getValue() != buffer.getInt(crcAt)) {
            throw new DamagedIndexException("table arrays damaged");
        }
        blobsLength = buffer.getInt(crcAt + 4);
        blobsAt = crcAt + 8;
        if (blobsLength < 0 || (long) blobsAt + blobsLength != limit) {
            throw new DamagedIndexException("table length damaged");
        }
    }

    /** Number of records. */
    int size() {
        return count;
    }

    /** Record number {@code i}. */
    RecordIn record(int i) {
        if (i < 0 || i >= count) {
            throw new DamagedIndexException("record " + i + " out of range");
        }
        return blob(buffer.getInt(offsetsAt + 4 * i));
    }

    /** The record with key {@code key}, positioned after the key; null when there is none. */
    RecordIn find(String key) {
        byte[] utf8 = key.getBytes(StandardCharsets.UTF_8);
        int slot = slotOf(utf8, capacity);
        for (int probes = 0; probes < capacity; probes++) {
            int entry = buffer.getInt(slotsAt + 4 * slot);
            if (entry == 0) {
                return null;
            }
            RecordIn record = blob(entry - 1);
            if (record.readStringEquals(utf8)) {
                return record;
            }
            slot = (slot + 1) & (capacity - 1);
        }
        return null;
    }

    private RecordIn blob(int offset) {
        if (offset < 0 || (long) offset + 8 > blobsLength) {
            throw new DamagedIndexException("record offset out of range");
        }
        int length = buffer.getInt(blobsAt + offset);
        if (length < 0 || (long) offset + 8 + length > blobsLength) {
            throw new DamagedIndexException("record length out of range");
        }
        int start = blobsAt + offset + 8;
        CRC32C crc = new CRC32C();
        crc.update(buffer.slice(start, length));
        if ((int) crc.getValue() != buffer.getInt(blobsAt + offset + 4)) {
            throw new DamagedIndexException("record checksum mismatch");
        }
        return new RecordIn(buffer, start, length);
    }

    /** The home slot of a key (its UTF-8 bytes) in a table of {@code capacity} slots (a power of two). */
    static int slotOf(byte[] utf8, int capacity) {
        int h = 0x811c9dc5;
        for (byte b : utf8) {
            h = (h ^ (b & 0xff)) * 0x01000193;
        }
        h ^= h >>> 15;
        h *= 0x2c1b3c6d;
        h ^= h >>> 12;
        return h & (capacity - 1);
    }
}
