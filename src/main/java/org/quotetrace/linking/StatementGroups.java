package org.quotetrace.linking;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Groups passages into statements: which passages are versions of one sentence, which groups are
 * parts of larger statements (they carry those statements instead of being one), and which further
 * statements a group or a single passage carries on top. {@link #build} runs the steps below in
 * order, each a small class with one rule; each reads what the earlier ones found
 * ({@link GroupingContext}).
 *
 * <ol>
 * <li>{@link VersionGroups}: versions of one sentence (equal words, an editorial edit, or a close
 * rewording of the whole sentence) are joined into a group.</li>
 * <li>{@link ArticleCopies}: articles that share versions of at least half of their passages are
 * copies of one story (syndication, mirrors); two outlets that each reprint a press release are told
 * apart from them ({@link #copiesBeyondSources}).</li>
 * <li>{@link StatementParts}: a group mostly carried by larger groups (an excerpt, a paraphrase, a
 * sentence that combines two statements) is a part of them.</li>
 * <li>{@link EchoedParts}: of two reported sentences of one outlet that are parts of one statement,
 * one that shares with it only words the other shares too is no part of it.</li>
 * <li>{@link QuoteRewordings}: a quote that rewords a sentence several articles reproduce is a part
 * of it even when the rewording is longer.</li>
 * <li>{@link SpeakerParaphrases} (when the linker knows who is credited with each quote): reported
 * speech that is still a statement of its own is a part of a quote of the same voice that carries
 * enough of its rarity-weighted content.</li>
 * <li>{@link ContextParaphraseParts} (likewise): a one-outlet reported clause that, read with the
 * outlet's own sentence before it, retells a quote of the same voice is a part of it.</li>
 * <li>{@link RetoldFigures}: a quote that retells the figures of a bullet list carries the list.</li>
 * <li>{@link QuotedPhrases}: reported speech that repeats another article's quoted phrase word for
 * word carries that phrase's statement too.</li>
 * <li>{@link RelativeClauseStatements}: a quote that folds a further statement into a relative clause
 * of its own carries that statement too.</li>
 * <li>{@link RetoldClauseStatements} (when speakers are known): reported speech that retells another
 * article's quoted statement of the same voice in one of its clauses carries it too.</li>
 * </ol>
 * Two passages (or groups) that name different people or places in the same place
 * ({@link Comparison#namesDiffer()}) are never versions or parts of one another.
 */
public final class StatementGroups {

    /** A group of free text only is a statement only when its sentence has this many content words. */
    static final int MIN_FREE_STATEMENT_CONTENT = 6;

    private static final Figures FIGURES = Figures.standard();

    private final PassageGraph graph;
    private final VersionGroups versions;
    private final ArticleCopies copies;
    private final GroupLinks links;

    private StatementGroups(GroupingContext context) {
        this.graph = context.graph();
        this.versions = context.versions();
        this.copies = context.copies();
        this.links = context.links();
    }

    /** Groups the passages of {@code graph}, without knowing who said what (no reported paraphrases). */
    public static StatementGroups build(PassageGraph graph, FidelityGrader grader) {
        return build(graph, grader, null, null);
    }

    /**
     * Groups the passages of {@code graph}; {@code speakerOf} gives the canonical speaker the article
     * credits with a quote passage (empty when unknown), {@code paraphrase} scores reported speech
     * against the same speaker's quotes. Both null: no reported paraphrases.
     */
    public static StatementGroups build(PassageGraph graph, FidelityGrader grader, Function<Passage, String> speakerOf,
                                        ReportedParaphrase paraphrase) {
        return build(graph, grader, speakerOf, paraphrase, String::equals);
    }

    /**
     * Groups like {@link #build(PassageGraph, FidelityGrader, Function, ReportedParaphrase)}; reported
     * speech may also paraphrase a quote of a speaker that {@code sameVoice} ties to its own (a body and
     * its director or spokesperson, {@link SpeakerAffiliations#related}).
     */
    public static StatementGroups build(PassageGraph graph, FidelityGrader grader, Function<Passage, String> speakerOf,
                                        ReportedParaphrase paraphrase, BiPredicate<String, String> sameVoice) {
        return build(graph, grader, speakerOf, paraphrase, sameVoice, article -> false);
    }

    /**
     * Groups like {@link #build(PassageGraph, FidelityGrader, Function, ReportedParaphrase, BiPredicate)};
     * {@code primarySource} tells which articles are primary sources (press releases), for
     * {@link #copiesBeyondSources}.
     */
    public static StatementGroups build(PassageGraph graph, FidelityGrader grader, Function<Passage, String> speakerOf,
                                        ReportedParaphrase paraphrase, BiPredicate<String, String> sameVoice,
                                        Predicate<String> primarySource) {
        VersionGroups versions = VersionGroups.join(graph, grader);
        ArticleCopies copies = ArticleCopies.find(graph, versions, primarySource);
        GroupVoices voices = new GroupVoices(graph, versions, speakerOf, sameVoice);
        GroupingContext context = new GroupingContext(graph, versions, copies, voices, new GroupLinks());
        StatementParts.find(context);
        EchoedParts.drop(context);
        QuoteRewordings.find(context);
        SpeakerParaphrases.find(context, paraphrase);
        ContextParaphraseParts.find(context, paraphrase);
        RetoldFigures.find(context);
        QuotedPhrases.find(context);
        RelativeClauseStatements.find(context);
        RetoldClauseStatements.find(context);
        return new StatementGroups(context);
    }

    /** Number of groups. */
    public int size() {
        return versions.size();
    }

    /** The passage ids of group {@code g}, in id order. */
    public List<Integer> members(int g) {
        return versions.members(g);
    }

    /** The group of passage {@code p}. */
    public int groupOf(int p) {
        return versions.groupOf(p);
    }

    /** The groups that group {@code g} is a part of, in the order their words appear; empty for a whole sentence. */
    public List<Integer> parentsOf(int g) {
        return links.parentsOf(g);
    }

    /**
     * The groups whose statements group {@code g} carries on top of its own (or its parents'): lists
     * of figures it retells ({@link RetoldFigures}), quoted phrases it repeats ({@link QuotedPhrases})
     * and statements it retells in a clause ({@link RetoldClauseStatements}). A group is never added to
     * a group it carries itself, so this adds no cycle.
     */
    public List<Integer> alsoCarries(int g) {
        return links.alsoCarries(g);
    }

    /**
     * The groups whose statements passage {@code p} carries on top of its group's, through a relative
     * clause of its own ({@link RelativeClauseStatements}); versions of its sentence without the
     * clause do not carry them.
     */
    public List<Integer> alsoCarriedByPassage(int p) {
        return links.alsoCarriedByPassage(p);
    }

    /**
     * The groups whose statements group {@code g} retells in a later clause of its sentence
     * ({@link RetoldClauseStatements}), a subset of {@link #alsoCarries}: a part of g does not carry
     * them, as it need not hold that clause.
     */
    public List<Integer> retoldInClause(int g) {
        return links.retoldInClause(g);
    }

    /** Whether group {@code g} is a bullet list of figures with its lead-in line ({@link PassageBuilder#isList}). */
    public boolean isFigureList(int g) {
        return versions.members(g).stream().anyMatch(p -> PassageBuilder.isList(graph.passages().get(p)));
    }

    /** Whether some passage of group {@code g} states a figure ({@link Figures}). */
    public boolean statesFigures(int g) {
        return versions.members(g).stream().anyMatch(p -> !FIGURES.of(graph.passages().get(p)).isEmpty());
    }

    /** Whether articles {@code a} and {@code b} are copies of one story (an article is a copy of itself). */
    public boolean copies(String a, String b) {
        return copies.copies(a, b);
    }

    /**
     * Whether articles {@code a} and {@code b} are copies of one story ({@link #copies}) also without
     * the text that a third article, a primary source, prints, and with at least one sentence both
     * print word for word ({@link ArticleCopies#copiesBeyondSources}).
     */
    public boolean copiesBeyondSources(String a, String b) {
        return copies.copiesBeyondSources(a, b);
    }

    /** The longest passage of group {@code g} (most content words, then earliest). */
    public Passage representative(int g) {
        return versions.representative(g);
    }
}
