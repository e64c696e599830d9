package org.quotetrace.index;

import org.quotetrace.linking.Statement;

/**
 * A statement of the ledger as {@code verify} needs it: the statement itself, the outlet of its
 * reference article, and whether its speaker comes from quotes (the reference is a quote, or quotes
 * credit it) rather than from the outlet that printed unquoted text; only a speaker from quotes can
 * be contradicted by a misattribution.
 */
public record IndexedStatement(Statement statement, String referenceOutlet, boolean speakerFromQuotes) {
}
