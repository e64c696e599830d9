package org.quotetrace.corpus;

/**
 * Bad input the user can fix: a missing file, an unreadable manifest, a binary file.
 * The message is one line meant for a person; the command line prints it and exits with 2.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
