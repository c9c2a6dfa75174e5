package org.singlepassword.application.fakes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.singlepassword.application.port.out.notices.Notice;
import org.singlepassword.application.port.out.notices.Notifications;

/** A spy: keeps the notices a use case sent, for a test to read. */
public final class RecordingNotifications implements Notifications {

  private final List<Notice> sent = new CopyOnWriteArrayList<>();

  @Override
  public void send(Notice notice) {
    sent.add(notice);
  }

  public List<Notice> sent() {
    return List.copyOf(sent);
  }
}
