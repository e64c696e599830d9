package org.quotetrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.pipeline.Quotetrace;

class SpeakerRegistryTest {

    private final Quotetrace engine = Quotetrace.standard(1);

    @Test
    void spellingsOfOnePersonAreOneSpeakerAndAnAgencyDiffersFromItsSpokesperson() {
        List<Article> articles = List.of(
                new Article("a.txt", "", "", "", "article",
                        "\u201CThe port is safe again,\u201D said Harbourpol executive director Maria De Vries.\n"
                                + "\u201CNobody was hurt,\u201D a Harbourpol spokesman said.\n"),
                new Article("b.txt", "", "", "", "article",
                        "\u201CThe cranes are fixed,\u201D Marie De Vries said on Monday.\n"
                                + "\u201CThe storm was short,\u201D HARBOURPOL said.\n"),
                new Article("c.txt", "", "", "", "article",
                        "\u201CWe are ready for winter,\u201D De Vries said.\n"),
                new Article("d.txt", "", "", "", "article",
                        "\u201CTwo ships were late,\u201D Jan De Vries, a ship owner, said.\n"));
        Map<String, String> speakerByText = engine.extract(articles).stream()
                .collect(Collectors.toMap(LedgerRow::text, LedgerRow::speakerId));
        String director = speakerByText.get("The port is safe again,");
        assertThat(speakerByText.get("The cranes are fixed,")).isEqualTo(director);
        assertThat(speakerByText.get("We are ready for winter,")).isEqualTo(director);
        assertThat(speakerByText.get("Two ships were late,")).isNotEqualTo(director);
        assertThat(speakerByText.get("Nobody was hurt,")).isEqualTo("harbourpol-spokesperson");
        assertThat(speakerByText.get("The storm was short,")).isEqualTo("harbourpol");
    }

    @Test
    void anAcronymAndTheFullNameAreOneBody() {
        List<Article> articles = List.of(
                new Article("a.txt", "", "", "", "article",
                        "\u201CReports doubled this year,\u201D the Coastal Safety Foundation said.\n"),
                new Article("b.txt", "", "", "", "article",
                        "\u201CReports doubled,\u201D CSF said.\n"));
        Map<String, String> speakers = engine.extract(articles).stream()
                .collect(Collectors.toMap(LedgerRow::text, LedgerRow::speakerName));
        assertThat(speakers.get("Reports doubled,")).isEqualTo("Coastal Safety Foundation");
    }

    @Test
    void aBareSurnameInAnotherArticleJoinsThePersonNotABody() {
        List<Article> articles = List.of(
                new Article("a.txt", "", "", "", "article", "\u201CThe cranes are safe,\u201D harbour master Jane Roe said.\n"),
                new Article("b.txt", "", "", "", "article", "\u201CThe cranes are fine,\u201D Roe said.\n"));
        Map<String, String> speakers = engine.extract(articles).stream()
                .collect(Collectors.toMap(LedgerRow::text, LedgerRow::speakerId));
        assertThat(speakers.get("The cranes are fine,")).isEqualTo(speakers.get("The cranes are safe,")).isEqualTo("jane-roe");
    }
}
