package org.quotetrace.spark;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.quotetrace.index.StoredAnalysis;
import org.quotetrace.nlp.AnnotatedText;
import org.quotetrace.pipeline.ArticleAnalysis;
import org.quotetrace.quotes.ExtractedQuotes;

/**
 * An article's analysis as bytes, to move it from an executor to the driver: the JSON of
 * {@link StoredAnalysis}, the exact form {@code quotetrace add} restores analyses from (so linking
 * a restored analysis gives what linking the original gives), without the annotation (sentences,
 * tokens) and the quote stage's own span list: the driver needs the article, its story layout and
 * the attributed quotes (for canonical speakers, the rows and linking), while the passages, the
 * one thing linking takes from the annotation, are cut in the executor ({@link PassageBytes}).
 */
final class AnalysisBytes {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private AnalysisBytes() {
    }

    /** The bytes of {@code analysis} without its annotation and the quote stage's span list. */
    static byte[] encodeWithoutAnnotation(ArticleAnalysis analysis) {
        ExtractedQuotes extracted = analysis.extracted();
        ExtractedQuotes lean = new ExtractedQuotes(extracted.layout(),
                new AnnotatedText(analysis.article().text(), List.of()), List.of());
        try {
            return MAPPER.writeValueAsBytes(StoredAnalysis.of(new ArticleAnalysis(analysis.article(), lean,
                    analysis.quotes())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analysis in {@code bytes} (without annotation). */
    static ArticleAnalysis decode(byte[] bytes) {
        try {
            return MAPPER.readValue(bytes, StoredAnalysis.class).toAnalysis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
