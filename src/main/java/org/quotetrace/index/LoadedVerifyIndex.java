package org.quotetrace.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotetrace.attribution.ArticleEntity;
import org.quotetrace.linking.Synonyms;
import org.quotetrace.linking.TermIndex;

/**
 * A {@link VerifyIndex} held in memory and answering {@link VerifyLookup} from its lists: a term
 * index over every wording, every speaker description. It costs time and memory in proportion to
 * the ledger, which is why {@code verify} reads the file in place instead ({@link VerifyIndexFile});
 * this form is the plain reference the file's answers are tested against.
 */
public final class LoadedVerifyIndex implements VerifyLookup {

    private final VerifyIndex index;
    private final TermIndex terms = new TermIndex(Integer.MAX_VALUE);
    private final Map<String, IndexedStatement> statements = new HashMap<>();
    private final Map<String, Integer> references = new HashMap<>();
    private final Synonyms synonyms;

    public LoadedVerifyIndex(VerifyIndex index) {
        this.index = index;
        for (IndexedStatement statement : index.statements()) {
            statements.put(statement.statement().id(), statement);
        }
        for (int i = 0; i < index.wordings().size(); i++) {
            IndexedPassage wording = index.wordings().get(i);
            terms.add(i, TermIndex.terms(wording.words()));
            references.putIfAbsent(wording.statementId(), i);
        }
        synonyms = StoredSynonyms.of(index);
    }

    @Override
    public IndexedPassage wording(int id) {
        return index.wordings().get(id);
    }

    @Override
    public int referenceWording(String statementId) {
        return references.get(statementId);
    }

    @Override
    public IndexedStatement statement(String statementId) {
        return statements.get(statementId);
    }

    @Override
    public List<Integer> similarWordings(Collection<String> query, int limit, int minShared) {
        return new ArrayList<>(terms.query(query, limit, minShared));
    }

    @Override
    public KnownSpeakers speakersNear(List<ArticleEntity> entities) {
        return KnownSpeakers.all(index.speakers());
    }

    @Override
    public Synonyms synonyms() {
        return synonyms;
    }
}
