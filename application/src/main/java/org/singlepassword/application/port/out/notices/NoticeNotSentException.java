package org.singlepassword.application.port.out.notices;

/** The mail system did not take the message (SMTP server down, outbox not writable). */
public final class NoticeNotSentException extends RuntimeException {

  public NoticeNotSentException(String message, Throwable cause) {
    super(message, cause);
  }
}
