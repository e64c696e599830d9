package org.quotetrace.attribution;

/** How an article refers to a speaker at one place. */
public enum MentionKind {
    /** A personal name, possibly with a title: "Europol's executive director Catherine De Bolle". */
    PERSON,
    /** An organisation: "EUROPOL", "the Internet Watch Foundation". */
    ORGANISATION,
    /** A role or description without a name: "the spokesman", "officials". */
    NOMINAL,
    /** A pronoun: "she", "He". */
    PRONOUN
}
