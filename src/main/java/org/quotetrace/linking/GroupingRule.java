package org.quotetrace.linking;

/**
 * The common base of the grouping rules that {@link StatementGroups#build} chains: it unpacks the
 * {@link GroupingContext} every rule reads, so that a rule class holds only its own logic.
 */
abstract class GroupingRule {

    /** The passages, their candidate neighbours and comparisons. */
    protected final PassageGraph graph;
    /** The passages joined into versions of one sentence. */
    protected final VersionGroups versions;
    /** Which articles are copies of one story. */
    protected final ArticleCopies copies;
    /** The speakers credited with each group. */
    protected final GroupVoices voices;
    /** The parts and carried statements found so far; the only state a rule changes. */
    protected final GroupLinks links;

    protected GroupingRule(GroupingContext context) {
        this.graph = context.graph();
        this.versions = context.versions();
        this.copies = context.copies();
        this.voices = context.voices();
        this.links = context.links();
    }
}
