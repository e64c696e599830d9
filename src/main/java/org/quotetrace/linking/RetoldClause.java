package org.quotetrace.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Finds a statement retold as one clause of a longer sentence: "Some 40 suspects were identified,
 * with more arrests expected in the coming weeks" retells "more arrests are expected in the coming
 * weeks" in its second clause, although the sentence as a whole, which mainly states figures,
 * carries too little of it. The sentence is cut into clauses at commas, semicolons, colons, dashes
 * and before "with"; the statement is retold when one clause after the first (the first is the
 * sentence's main clause, which the whole-sentence rules already weigh) carries at least
 * {@value #MIN_COVERAGE} of the statement's content, both counted and weighted by rarity (a clause that
 * repeats only the story's own words, which every outlet writes, does not retell a statement), and at
 * least {@value #MIN_WORDS} of its content words, matched as {@link PassageComparer} matches them
 * (lemmas, synonyms, shared stems); the statement carries more than {@value #CLAUSE_SHARE} of the
 * clause's content (the clause says little else), neither the clause nor the statement states a
 * figure ({@link Figures}: the figures are the sentence's own news, the statement rides along beside
 * them; "after ten months" is not retold by "it has taken seven months"), every number the
 * statement writes in digits (a date's day) is in the clause, and the two name no different people
 * or places.
 */
public final class RetoldClause {

    /** A clause must carry at least this share of the statement's content. */
    static final double MIN_COVERAGE = 0.6;
    /** ... and at least this many of the statement's content words. */
    static final int MIN_WORDS = 4;
    /** The statement must carry more than this share of the clause's content: the clause says little else. */
    static final double CLAUSE_SHARE = 0.5;

    private static final Figures FIGURES = Figures.standard();

    private final PassageComparer comparer;
    private final ToDoubleFunction<String> rarity;

    /** Matches words with {@code comparer} and weighs each lemma by {@code rarity} (positive; higher for rarer words). */
    public RetoldClause(PassageComparer comparer, ToDoubleFunction<String> rarity) {
        this.comparer = comparer;
        this.rarity = rarity;
    }

    /** Whether some clause after the first of {@code sentence} retells {@code statement}. */
    public boolean retells(Passage sentence, Passage statement) {
        if (statement.contentWords().size() < MIN_WORDS || !FIGURES.of(statement).isEmpty()) {
            return false;
        }
        List<Passage> clauses = clauses(sentence);
        if (clauses.size() < 2) {
            return false;
        }
        for (Passage clause : clauses.subList(1, clauses.size())) {
            if (clause.contentWords().size() < MIN_WORDS || !FIGURES.of(clause).isEmpty()) {
                continue;
            }
            Comparison c = comparer.compare(statement, clause);
            if (!c.namesDiffer() && allFiguresHeld(statement, c.coveredA())
                    && c.coveredA().cardinality() >= MIN_WORDS && c.coverageOfA() >= MIN_COVERAGE
                    && c.coverageOfB() > CLAUSE_SHARE
                    && statement.weightedShare(c.coveredA(), rarity) >= MIN_COVERAGE) {
                return true;
            }
        }
        return false;
    }

    /** Whether every number among the statement's content words is matched (numbers match only themselves). */
    private static boolean allFiguresHeld(Passage statement, java.util.BitSet covered) {
        List<Word> content = statement.contentWords();
        for (int i = 0; i < content.size(); i++) {
            if (!covered.get(i) && content.get(i).form().chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /** The clauses of {@code sentence}, each a passage over its own span of the sentence's words. */
    static List<Passage> clauses(Passage sentence) {
        List<Passage> out = new ArrayList<>();
        List<Word> words = sentence.words();
        int from = 0;
        for (int i = 1; i <= words.size(); i++) {
            if (i == words.size() || startsClause(sentence.text(), words.get(i - 1), words.get(i))) {
                if (i > from) {
                    List<Word> part = words.subList(from, i);
                    out.add(new Passage(sentence.id(), sentence.articleId(), sentence.text(), part.get(0).start(),
                            part.get(part.size() - 1).end(), sentence.source(), sentence.row(), part,
                            sentence.attributed()));
                }
                from = i;
            }
        }
        return out;
    }

    /** Whether a clause starts at {@code word}: punctuation that cuts a sentence before it, or "with". */
    private static boolean startsClause(String text, Word previous, Word word) {
        if (word.form().equals("with")) {
            return true;
        }
        for (int k = previous.end(); k < word.start() && k < text.length(); k++) {
            char ch = text.charAt(k);
            if (ch == ',' || ch == ';' || ch == ':' || ch == '\u2013' || ch == '\u2014') {
                return true;
            }
        }
        return false;
    }
}
