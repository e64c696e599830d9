package org.quotetrace.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The chunked record buffer of a verify index table writes exactly the bytes put into it. */
class IndexTableChunksTest {

    @Test
    void writesAcrossChunkBoundariesComeOutInOrder() throws IOException {
        Random random = new Random(5);
        IndexTableWriter.Chunks chunks = new IndexTableWriter.Chunks();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        // pieces up to a chunk and a half, so some fill a chunk exactly and some span two or three
        while (expected.size() < 3 * IndexTableWriter.Chunks.CHUNK + 12345) {
            byte[] piece = new byte[random.nextInt(3) == 0 ? random.nextInt(IndexTableWriter.Chunks.CHUNK * 3 / 2) : random.nextInt(40)];
            random.nextBytes(piece);
            int offset = piece.length == 0 ? 0 : random.nextInt(piece.length);
            chunks.write(piece, offset, piece.length - offset);
            expected.write(piece, offset, piece.length - offset);
            assertThat(chunks.size()).isEqualTo(expected.size());
        }
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        chunks.writeTo(actual);
        assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());
    }

    @Test
    void anEmptyBufferWritesNothing() throws IOException {
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        new IndexTableWriter.Chunks().writeTo(actual);
        assertThat(actual.size()).isZero();
    }
}
