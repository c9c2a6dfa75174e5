package org.singlepassword.adapters.mail.wording;

import java.util.Objects;

/** A notice in words: the subject line and the plain-text body a person reads. */
public record NoticeText(String subject, String body) {

  public NoticeText {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
  }
}
