package org.singlepassword.adapters.web.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
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

  /** Noon UTC too: 28 March 2025 everywhere from UTC-11 to UTC+11. */
  public static final Instant EXPIRES_AT = Instant.parse("2025-03-28T12:00:00Z");

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

  /** Wong Mei Ling, whose password expires on 28 March 2025: soon enough to be warned. */
  public static SignedIn expiringSoon() {
    return person(
        "wong.ml",
        "Wong Mei Ling",
        AccountStatus.ACTIVE,
        Channel.WEB_FORM,
        Optional.of(EXPIRES_AT),
        true);
  }

  /** Ho Ka Yan, whose password expired: it must be changed before anything else. */
  public static SignedIn expired() {
    return person(
        "ho.ky",
        "Ho Ka Yan",
        AccountStatus.PASSWORD_EXPIRED,
        Channel.WEB_FORM,
        Optional.of(EXPIRES_AT),
        false);
  }

  /** A person whose password never expires. */
  public static SignedIn person(
      String username, String displayName, AccountStatus status, Channel changedThrough) {
    return person(username, displayName, status, changedThrough, Optional.empty(), false);
  }

  public static SignedIn person(
      String username,
      String displayName,
      AccountStatus status,
      Channel changedThrough,
      Optional<Instant> passwordExpiresAt,
      boolean expiryWarning) {
    return new SignedIn(
        new AccountId(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8))),
        new Username(username),
        new DisplayName(displayName),
        status,
        CHANGED_AT,
        changedThrough,
        passwordExpiresAt,
        expiryWarning);
  }
}
