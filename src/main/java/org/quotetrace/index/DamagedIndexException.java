package org.quotetrace.index;

/** Thrown while reading a verify index file whose bytes do not add up: cut short, altered or of another layout. */
final class DamagedIndexException extends RuntimeException {

    DamagedIndexException(String message) {
        super(message);
    }
}
