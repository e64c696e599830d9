package org.quotetrace.index;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The part of a ledger's speakers that matters to a new article's entities: the stored
 * descriptions that can end up with them when all are canonicalised together (in ledger order),
 * and, for each display-name slug, how many canonical speakers of the rest of the ledger already
 * use it, so that a new speaker is numbered ({@code jane-roe-2}) as if the whole ledger had been
 * canonicalised with it.
 *
 * @param speakers       the stored descriptions involved, in ledger order
 * @param slugsElsewhere slug to the number of the ledger's other canonical speakers with that slug
 */
public record KnownSpeakers(List<IndexedSpeaker> speakers, ToIntFunction<String> slugsElsewhere) {

    public KnownSpeakers {
        speakers = List.copyOf(speakers);
    }

    /** All of {@code speakers}, with nothing elsewhere. */
    public static KnownSpeakers all(List<IndexedSpeaker> speakers) {
        return new KnownSpeakers(speakers, slug -> 0);
    }
}
