package org.quotetrace.linking;

/**
 * What every grouping rule reads, handed from one rule to the next in {@link StatementGroups#build}:
 * the passages with their candidate pairs and comparisons, the groups of versions of one sentence,
 * the copies between articles, who is credited with each group, and the links between groups that
 * earlier rules found (the only part a rule changes).
 *
 * @param graph    the passages, their candidate neighbours and comparisons
 * @param versions the passages joined into versions of one sentence
 * @param copies   which articles are copies of one story
 * @param voices   the speakers credited with each group
 * @param links    the parts and carried statements found so far
 */
record GroupingContext(PassageGraph graph, VersionGroups versions, ArticleCopies copies, GroupVoices voices,
                       GroupLinks links) {
}
