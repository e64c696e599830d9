package org.quotetrace.linking;

/**
 * What linking a corpus yields: the ledger rows and statements, and the statement index to persist
 * for linking later articles against them.
 */
public record LinkedCorpus(LinkResult result, StatementIndex index) {
}
