package org.quotetrace.index;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Encodes one record of the verify index file: big-endian ints, bytes, and length-prefixed UTF-8
 * strings, collected in memory and handed to an {@link IndexTableWriter}. {@link RecordIn} reads
 * them back in the same order.
 */
final class RecordOut {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);

    RecordOut writeInt(int v) {
        bytes.write(v >>> 24);
        bytes.write(v >>> 16);
        bytes.write(v >>> 8);
        bytes.write(v);
        return this;
    }

    RecordOut writeByte(int v) {
        bytes.write(v);
        return this;
    }

    RecordOut writeBoolean(boolean v) {
        return writeByte(v ? 1 : 0);
    }

    RecordOut writeString(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeInt(utf8.length);
        bytes.write(utf8, 0, utf8.length);
        return this;
    }

    RecordOut writeStrings(List<String> list) {
        writeInt(list.size());
        for (String s : list) {
            writeString(s);
        }
        return this;
    }

    RecordOut writeInts(int[] values) {
        writeInt(values.length);
        for (int v : values) {
            writeInt(v);
        }
        return this;
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }
}
