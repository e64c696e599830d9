package org.quotetrace.index;

import org.quotetrace.attribution.SpeakerDescription;

/** One article-level entity as the ledger folder stores it: its description and its last position. */
public record StoredEntity(SpeakerDescription description, int lastSeen) {
}
