package org.singlepassword.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.singlepassword.domain.eservice.EServiceId;

/** Through what a password was set, and its stored text form. */
class ChannelTest {

  static Stream<Arguments> everyKind() {
    return Stream.of(
        Arguments.of(Channel.WEB_FORM, "web"),
        Arguments.of(Channel.ADMINISTRATOR, "admin"),
        Arguments.of(Channel.eService(new EServiceId("soul")), "e-service:soul"),
        Arguments.of(
            Channel.eService(new EServiceId("learner-portal")), "e-service:learner-portal"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("everyKind")
  void hasAStableCode(Channel channel, String code) {
    assertEquals(code, channel.code());
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("everyKind")
  void parsesBackFromItsCode(Channel channel, String code) {
    assertEquals(channel, Channel.parse(code));
  }

  @Test
  void tellsEServicesApart() {
    assertNotEquals(Channel.parse("e-service:soul"), Channel.parse("e-service:oes"));
    assertNotEquals(Channel.WEB_FORM, Channel.ADMINISTRATOR);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "WEB",
        "web ",
        " admin",
        "administrator",
        "e-service",
        "e-service:",
        "e-service:SOUL",
        "email"
      })
  void refusesAnUnknownCode(String code) {
    assertThrows(IllegalArgumentException.class, () -> Channel.parse(code));
  }

  @Test
  void refusesNull() {
    assertThrows(NullPointerException.class, () -> Channel.parse(null));
  }
}
