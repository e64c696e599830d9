package org.quotetrace.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one record of the verify index file written by {@link RecordOut}. Every read is checked
 * against the record's bounds, so a damaged file gives a {@link DamagedIndexException} (turned
 * into a one-line message by {@link VerifyIndexFile}) instead of garbage or an index error.
 */
final class RecordIn {

    private final ByteBuffer buffer;
    private int position;
    private final int end;

    /** The record of {@code length} bytes at {@code start} in {@code buffer} (not modified). */
    RecordIn(ByteBuffer buffer, int start, int length) {
        this.buffer = buffer;
        this.position = start;
        this.end = start + length;
    }

    int readInt() {
        need(4);
        int v = buffer.getInt(position);
        position += 4;
        return v;
    }

    int readByte() {
        need(1);
        return buffer.get(position++);
    }

    boolean readBoolean() {
        int b = readByte();
        if (b != 0 && b != 1) {
            throw new DamagedIndexException("bad boolean " + b);
        }
        return b == 1;
    }

    /** A length or count: non-negative and small enough to fit in what is left of the record. */
    int readLength(int bytesPerItem) {
        int n = readInt();
        if (n < 0 || (long) n * bytesPerItem > end - position) {
            throw new DamagedIndexException("bad length " + n);
        }
        return n;
    }

    String readString() {
        int n = readLength(1);
        byte[] utf8 = new byte[n];
        buffer.get(position, utf8);
        position += n;
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** Whether the next string equals {@code expected}'s UTF-8 bytes; consumes it either way. */
    boolean readStringEquals(byte[] expected) {
        int n = readLength(1);
        boolean same = n == expected.length;
        for (int i = 0; same && i < n; i++) {
            same = buffer.get(position + i) == expected[i];
        }
        position += n;
        return same;
    }

    List<String> readStrings() {
        int n = readLength(4);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(readString());
        }
        return out;
    }

    int[] readInts() {
        int n = readLength(4);
        int[] out = new int[n];
        // one bulk copy (the file is big-endian, as a ByteBuffer reads by default)
        buffer.slice(position, 4 * n).order(java.nio.ByteOrder.BIG_ENDIAN).asIntBuffer().get(out);
        position += 4 * n;
        return out;
    }

    private void need(int n) {
        if (end - position < n) {
            throw new DamagedIndexException("record cut short");
        }
    }
}
