package org.singlepassword.adapters.web.testing;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.singlepassword.application.port.in.password.ChangePasswordCommand;
import org.singlepassword.application.port.in.password.ChangePasswordUseCase;

/**
 * The change of password as a spy: it records every change asked for, through a page or an
 * e-service, and makes it unless the test has said with what the use case refuses it.
 */
public final class RecordingChangePassword implements ChangePasswordUseCase {

  private final List<ChangePasswordCommand> changes = new CopyOnWriteArrayList<>();
  private final AtomicReference<RuntimeException> refusal = new AtomicReference<>();

  /** From now on, every change asked for is refused with this, as the use case would. */
  public void refuseWith(RuntimeException exception) {
    refusal.set(Objects.requireNonNull(exception, "exception"));
  }

  /** Every change asked for so far, in order: a read-only view that grows as changes come. */
  public List<ChangePasswordCommand> changes() {
    return Collections.unmodifiableList(changes);
  }

  @Override
  public void changePassword(ChangePasswordCommand command) {
    changes.add(command);
    RuntimeException refused = refusal.get();
    if (refused != null) {
      throw refused;
    }
  }
}
