package org.singlepassword.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

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

  /**
   * The value to compare stored instants with, in {@code >=} or {@code <}: rounded up to the
   * microsecond, not truncated, so that it selects the same stored rows as the exact instant would.
   * Truncated, a bound of {@code t} plus one nanosecond would become {@code t} and turn "at or
   * before {@code t}" into "before {@code t}".
   */
  public static OffsetDateTime toBoundColumn(Instant bound) {
    Instant truncated = bound.truncatedTo(ChronoUnit.MICROS);
    Instant roundedUp = truncated.equals(bound) ? bound : truncated.plus(1, ChronoUnit.MICROS);
    return roundedUp.atOffset(ZoneOffset.UTC);
  }

  /**
   * The value to bind for an instant that may be absent, NULL when it is; bind it with {@code
   * bindByType(…, OffsetDateTime.class)} so that a NULL still goes out as a timestamp.
   */
  public static OffsetDateTime toNullableColumn(Optional<Instant> instant) {
    return instant.map(UtcTimestamps::toColumn).orElse(null);
  }

  /** The instant a non-null timestamp column holds. */
  public static Instant fromColumn(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return Objects.requireNonNull(value, column).toInstant();
  }

  /** The instant a nullable timestamp column holds, if any. */
  public static Optional<Instant> fromNullableColumn(ResultSet row, String column)
      throws SQLException {
    return Optional.ofNullable(row.getObject(column, OffsetDateTime.class))
        .map(OffsetDateTime::toInstant);
  }
}
