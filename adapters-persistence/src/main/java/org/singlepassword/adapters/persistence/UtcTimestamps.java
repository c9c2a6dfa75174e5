package org.singlepassword.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Part of the outgoing persistence adapter: how it stores an instant, as a {@code TIMESTAMP(6) WITH
 * TIME ZONE} written at offset UTC and truncated to the microsecond an SQL timestamp keeps, so that
 * it reads back exactly whatever the time zone of the JVM or of the database session.
 */
public final class UtcTimestamps {

  private UtcTimestamps() {}

  /** The value to bind for an instant: bound as an object, never through local time. */
  public static OffsetDateTime toColumn(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  /** The instant a non-null timestamp column holds. */
  public static Instant fromColumn(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return Objects.requireNonNull(value, column).toInstant();
  }
}
