package org.quotetrace.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotetrace.linking.LinkedTestCorpus.link;
import static org.quotetrace.linking.LinkedTestCorpus.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerRow;

/** A phrase one outlet quotes and another repeats in reported speech ({@link QuotedPhrases}), on a small invented corpus. */
class QuotedPhrasesTest {

    @Test
    void reportedSpeechRepeatingAnotherOutletsQuotedPhraseCarriesItsStatement() {
        String wire = "Car thefts\n\nPolice said those detained were \"members of a smuggling ring\" whose drivers moved "
                + "stolen cars across the northern border every week.\n";
        List<Article> articles = List.of(
                new Article("wire.txt", "Wire Service", "", "2025-03-01", "article", wire),
                new Article("metro.txt", "Metro", "", "2025-03-01", "article", wire),
                new Article("local.txt", "Border News", "", "2025-03-02", "article",
                        "Arrests at the port\n\nThe four men, believed to be members of a smuggling ring, "
                                + "were detained at the ferry port on Monday after customs officers searched three lorries and "
                                + "found forged number plates, police said.\n"));
        LinkResult result = link(articles);
        LedgerRow quoted = row(result, "wire.txt", "members of a smuggling ring");
        assertThat(quoted.statementIds()).isNotEmpty();
        assertThat(row(result, "local.txt", "The four men").statementIds()).containsAll(quoted.statementIds());
    }
}
