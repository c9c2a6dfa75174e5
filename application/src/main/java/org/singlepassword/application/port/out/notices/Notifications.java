package org.singlepassword.application.port.out.notices;

/**
 * Outgoing port: tell a person something about their account by e-mail — a reset link, that the
 * password was changed, that it is about to expire. Adapters word and deliver the message.
 */
public interface Notifications {

  /**
   * Sends the notice, or fails: an adapter never drops one silently.
   *
   * @throws NoticeNotSentException when the message could not be handed to the mail system
   */
  void send(Notice notice);
}
