package org.quotetrace.verify;

/**
 * One step of a word diff from a reference wording to an occurrence: words both share
 * ({@code equal}), words of the reference the occurrence lacks ({@code delete}), or words the
 * occurrence has instead ({@code insert}). {@code text} is the words as written (the reference's
 * for equal and delete, the occurrence's for insert).
 */
public record DiffOp(String op, String text) {
    /** Words both wordings share. */
    public static final String EQUAL = "equal";
    /** Words of the reference that the occurrence lacks. */
    public static final String DELETE = "delete";
    /** Words the occurrence has instead. */
    public static final String INSERT = "insert";
}
