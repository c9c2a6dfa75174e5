package org.singlepassword.adapters.web.html;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Moments as people read them, in their time zone: "14 March 2025", "20:15", "14 March 2025,
 * 20:15". The API says instants in ISO-8601; pages and messages for people say them this way.
 */
public final class Dates {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private Dates() {}

  public static String date(Instant moment, ZoneId zone) {
    return DATE.format(moment.atZone(zone));
  }

  public static String time(Instant moment, ZoneId zone) {
    return TIME.format(moment.atZone(zone));
  }

  public static String dateTime(Instant moment, ZoneId zone) {
    return date(moment, zone) + ", " + time(moment, zone);
  }
}
