package org.quotetrace.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotetrace.linking.LinkedTestCorpus.link;
import static org.quotetrace.linking.LinkedTestCorpus.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerRow;

/**
 * Two reported sentences of one outlet about the subject of another outlet's statement, on a small
 * invented corpus: the one that retells the statement's finding is a part of it; the one that only
 * repeats words the other shares with the statement too is no retelling of it.
 */
class EchoedPartsTest {

    @Test
    void aSentenceThatOnlyEchoesTheSubjectOfAStatementIsNoPartOfIt() {
        LinkResult result = link(List.of(
                new Article("valley.txt", "Valley News", "", "2025-06-01", "article",
                        "Otters return\n\nThe Wildlife Trust said otters are back on the river, with a recent survey "
                                + "counting over 400 otters on one stretch in a single week.\n"),
                new Article("county.txt", "County Post", "", "2025-06-02", "article",
                        "Otter survey\n\nThe Wildlife Trust warned of more otters on the river.\n"
                                + "The trust said its survey found 412 otters on one stretch of the river in one week.\n")));
        LedgerRow statement = row(result, "valley.txt", "otters are back");
        LedgerRow survey = row(result, "county.txt", "its survey found");
        LedgerRow echo = row(result, "county.txt", "more otters");
        assertThat(survey.statementIds()).containsAnyElementsOf(statement.statementIds());
        assertThat(echo.statementIds()).doesNotContainAnyElementsOf(statement.statementIds());
    }
}
