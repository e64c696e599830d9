package org.quotetrace.attribution;

/**
 * A canonical speaker: a slug that is the same in every article ({@code catherine-de-bolle}) and a
 * display name ({@code Catherine De Bolle}).
 */
public record Speaker(String id, String name) {

    /** The speaker of rows that have none. */
    public static final Speaker UNKNOWN = new Speaker("unknown", "Unknown");

    /** A speaker whose slug is derived from {@code name}. */
    public static Speaker named(String name) {
        return new Speaker(Slugs.slug(name), name);
    }
}
