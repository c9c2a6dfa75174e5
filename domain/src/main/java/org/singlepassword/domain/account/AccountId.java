package org.singlepassword.domain.account;

import java.util.Objects;
import java.util.UUID;

/** An account's permanent identity, which never changes even if the username is corrected. */
public record AccountId(UUID value) {

  public AccountId {
    Objects.requireNonNull(value, "value");
  }

  public static AccountId random() {
    return new AccountId(UUID.randomUUID());
  }

  public static AccountId parse(String text) {
    return new AccountId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
