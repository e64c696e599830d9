package org.quotetrace.index;

import java.util.List;
import org.quotetrace.linking.Passage;
import org.quotetrace.linking.Word;

/**
 * One wording of a known statement (its reference wording or another version printed in the
 * corpus) as {@code verify} compares it: the words with offsets relative to the wording, how the
 * article carried it, and the statement it carries.
 *
 * @param statementId the statement this wording carries
 * @param articleId   the article it was printed in
 * @param start       offset of the wording in that article
 * @param surface     the wording exactly as printed
 * @param source      direct quote, reported speech or free text
 * @param attributed  for free text: whether the sentence names a source itself
 * @param words       the words, offsets relative to {@code start}
 */
public record IndexedPassage(String statementId, String articleId, int start, String surface, Passage.Source source,
                             boolean attributed, List<Word> words) {

    public IndexedPassage {
        words = List.copyOf(words);
    }

    /** The storable form of {@code passage}, a wording of {@code statementId}. */
    public static IndexedPassage of(String statementId, Passage passage) {
        List<Word> relative = passage.words().stream()
                .map(w -> new Word(w.form(), w.lemma(), w.content(), w.bracketed(), w.start() - passage.start(),
                        w.end() - passage.start()))
                .toList();
        return new IndexedPassage(statementId, passage.articleId(), passage.start(), passage.surface(), passage.source(),
                passage.attributed(), relative);
    }

    /**
     * The wording as a linker passage with id {@code id}, its text being the wording alone. Its
     * article id is made unique to the wording ({@code article#start}), so two stored wordings are
     * never taken for overlapping pieces or copies of one article.
     */
    public Passage toPassage(int id) {
        return new Passage(id, articleId + "#" + start, surface, 0, surface.length(), source, -1, words, attributed);
    }
}
