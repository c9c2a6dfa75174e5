package org.singlepassword.domain.account;

import java.util.Objects;

/** The person's name as greetings and e-mails show it ("Chan Tai Man"). */
public record DisplayName(String value) {

  public static final int MAX_LENGTH = 100;

  public DisplayName {
    Objects.requireNonNull(value, "display name");
    value = value.strip();
    int length = value.codePointCount(0, value.length());
    if (length < 1 || length > MAX_LENGTH) {
      throw new IllegalArgumentException("a display name has 1 to 100 characters");
    }
    // A line break here would let a name inject headers into the e-mails that greet the person.
    if (value.codePoints().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("a display name cannot contain control characters");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
