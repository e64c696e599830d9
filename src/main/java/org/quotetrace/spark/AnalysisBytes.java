package org.quotetrace.spark;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.quotetrace.index.StoredAnalysis;
import org.quotetrace.pipeline.ArticleAnalysis;

/**
 * An article's analysis as bytes, to move it from an executor to the driver: the JSON of
 * {@link StoredAnalysis}, the exact form {@code quotetrace add} restores analyses from (so linking
 * a restored analysis gives what linking the original gives).
 */
final class AnalysisBytes {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private AnalysisBytes() {
    }

    static byte[] encode(ArticleAnalysis analysis) {
        try {
            return MAPPER.writeValueAsBytes(StoredAnalysis.of(analysis));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ArticleAnalysis decode(byte[] bytes) {
        try {
            return MAPPER.readValue(bytes, StoredAnalysis.class).toAnalysis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
