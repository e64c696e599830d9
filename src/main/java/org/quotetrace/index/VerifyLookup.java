package org.quotetrace.index;

import java.util.Collection;
import java.util.List;
import org.quotetrace.attribution.ArticleEntity;
import org.quotetrace.linking.Synonyms;

/**
 * What {@code verify} asks of a ledger's verify index, one question at a time, so that an index
 * read in place from a file ({@link VerifyIndexFile}) answers from the few records a new article
 * touches, and an index in memory ({@link LoadedVerifyIndex}) answers the same from its lists.
 */
public interface VerifyLookup {

    /** Wording number {@code id}. */
    IndexedPassage wording(int id);

    /** The number of the reference wording of statement {@code statementId}. */
    int referenceWording(String statementId);

    /** Statement {@code statementId}. */
    IndexedStatement statement(String statementId);

    /**
     * At most {@code limit} wordings sharing the most informative terms with {@code terms}, best
     * first, each sharing at least {@code minShared} of them: the ranking of
     * {@link org.quotetrace.linking.TermIndex#query} over all wordings.
     */
    List<Integer> similarWordings(Collection<String> terms, int limit, int minShared);

    /** The known speakers that canonicalising {@code entities} together with the ledger's can involve. */
    KnownSpeakers speakersNear(List<ArticleEntity> entities);

    /** The synonyms of the wordings' lemmas. */
    Synonyms synonyms();
}
