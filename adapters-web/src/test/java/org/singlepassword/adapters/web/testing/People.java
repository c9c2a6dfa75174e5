package org.singlepassword.adapters.web.testing;

import java.time.Instant;
import java.util.UUID;
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.Username;

/** The people the tests sign in as. */
public final class People {

  /** Noon UTC, so that the date is 14 March 2025 in every time zone from UTC-11 to UTC+11. */
  public static final Instant CHANGED_AT = Instant.parse("2025-03-14T12:00:00Z");

  private People() {}

  /** Chan Tai Man, who changed the password through Single-Password. */
  public static SignedIn chan() {
    return person("chan.tm", "Chan Tai Man", AccountStatus.ACTIVE, Channel.WEB_FORM);
  }

  /** Lee Siu Ming, just provisioned, still on the initial password. */
  public static SignedIn newcomer() {
    return person(
        "lee.sm", "Lee Siu Ming", AccountStatus.MUST_CHANGE_PASSWORD, Channel.ADMINISTRATOR);
  }

  public static SignedIn person(
      String username, String displayName, AccountStatus status, Channel changedThrough) {
    return new SignedIn(
        new AccountId(
            UUID.nameUUIDFromBytes(username.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
        new Username(username),
        new DisplayName(displayName),
        status,
        CHANGED_AT,
        changedThrough);
  }
}
