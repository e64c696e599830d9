package org.quotetrace.synth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the gold of a synthetic corpus in the format of {@code ../shared/eval/README.md}: one
 * {@code <article>.json} per article, and {@code speakers.json} and {@code statements.json}, the
 * last two streamed as the stories are generated (nothing is held back in memory). Each gold quote
 * also carries {@code char_start}/{@code char_end}, which the scorer ignores and tests use to
 * check {@code nth}.
 */
final class GoldWriter implements Closeable {

    private final Path folder;
    private final JsonFactory json = new JsonFactory();
    private final JsonGenerator speakers;
    private final JsonGenerator statements;

    GoldWriter(Path folder) throws IOException {
        this.folder = folder;
        speakers = open(folder.resolve("speakers.json"));
        statements = open(folder.resolve("statements.json"));
        speakers.writeStartObject();
        statements.writeStartObject();
    }

    /** Writes the gold file of {@code article}. */
    void article(SynthArticle article) throws IOException {
        try (JsonGenerator out = open(folder.resolve(article.file() + ".json"))) {
            out.writeStartObject();
            out.writeStringField("article", article.file());
            out.writeStringField("outlet", article.outlet());
            out.writeArrayFieldStart("quotes");
            for (GoldQuote quote : article.quotes()) {
                String text = article.text().substring(quote.start(), quote.end());
                out.writeStartObject();
                out.writeStringField("text", text);
                out.writeNumberField("nth", nth(article.text(), text, quote.start()));
                out.writeStringField("kind", quote.kind());
                out.writeStringField("speaker", quote.speaker());
                out.writeStringField("mention", quote.mention());
                out.writeStringField("cue", quote.cue());
                out.writeArrayFieldStart("statements");
                for (String id : quote.statements()) {
                    out.writeString(id);
                }
                out.writeEndArray();
                out.writeStringField("fidelity", quote.fidelity());
                out.writeNumberField("char_start", quote.start());
                out.writeNumberField("char_end", quote.end());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
    }

    /** Adds {@code speaker} to speakers.json (each speaker must be added once). */
    void speaker(SynthSpeaker speaker) throws IOException {
        speakers.writeObjectFieldStart(speaker.slug());
        speakers.writeStringField("name", speaker.name());
        speakers.writeArrayFieldStart("match");
        for (String pattern : speaker.patterns()) {
            speakers.writeString(pattern);
        }
        speakers.writeEndArray();
        speakers.writeEndObject();
    }

    /** Adds {@code statement} to statements.json, with the article holding its reference wording. */
    void statement(SynthStatement statement, String source, String note) throws IOException {
        statements.writeObjectFieldStart(statement.id());
        statements.writeStringField("speaker", statement.speaker().slug());
        statements.writeStringField("source", source);
        statements.writeStringField("text", statement.direct());
        statements.writeStringField("note", note);
        statements.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        try (JsonGenerator s = speakers; JsonGenerator t = statements) {
            s.writeEndObject();
            t.writeEndObject();
        }
    }

    /** Which occurrence (1-based, overlapping occurrences counted) of {@code text} starts at {@code start}. */
    static int nth(String article, String text, int start) {
        int nth = 0;
        int at = article.indexOf(text);
        while (at >= 0 && at <= start) {
            nth++;
            at = article.indexOf(text, at + 1);
        }
        return nth;
    }

    private JsonGenerator open(Path file) throws IOException {
        OutputStream stream = Files.newOutputStream(file);
        Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        JsonGenerator generator = json.createGenerator(writer);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        generator.setPrettyPrinter(printer);
        return generator;
    }
}
