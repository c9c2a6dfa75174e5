package org.singlepassword.adapters.web.html;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.singlepassword.adapters.web.i18n.Messages;

/**
 * Moments as people read them, in their time zone and language: "14 March 2025", "20:15", "14 March
 * 2025, 20:15"; "2025年3月14日", "20:15", "2025年3月14日 20:15". The patterns are texts of the messages
 * ({@code format.date}, {@code format.time}, {@code format.dateTime}). The API says instants in
 * ISO-8601; pages say them this way.
 */
public final class Dates {

  private Dates() {}

  public static String date(Instant moment, ZoneId zone, Messages messages) {
    return format("format.date", moment, zone, messages);
  }

  public static String time(Instant moment, ZoneId zone, Messages messages) {
    return format("format.time", moment, zone, messages);
  }

  public static String dateTime(Instant moment, ZoneId zone, Messages messages) {
    return format("format.dateTime", moment, zone, messages);
  }

  private static String format(String key, Instant moment, ZoneId zone, Messages messages) {
    return DateTimeFormatter.ofPattern(messages.text(key), messages.language().locale())
        .format(moment.atZone(zone));
  }
}
