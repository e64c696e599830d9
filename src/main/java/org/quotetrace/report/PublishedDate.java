package org.quotetrace.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a manifest's {@code published} value (an ISO date, local date-time or date-time with
 * offset) into a moment that sorts; values it cannot read count as unknown.
 */
public final class PublishedDate {

    private PublishedDate() {
    }

    /** The moment {@code published} names, in UTC (a date alone is its start); empty when unknown. */
    public static Optional<LocalDateTime> parse(String published) {
        String value = published == null ? "" : published.trim();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        } catch (DateTimeParseException e) {
            // not a date-time with offset
        }
        try {
            return Optional.of(LocalDateTime.parse(value));
        } catch (DateTimeParseException e) {
            // not a local date-time
        }
        try {
            return Optional.of(LocalDate.parse(value).atStartOfDay());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
