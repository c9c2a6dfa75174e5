package org.singlepassword.application.fakes;

import java.util.function.Supplier;
import org.singlepassword.application.port.out.Transactions;

/** Outgoing adapter for tests: runs the work at once, with no rollback (the in-memory stores). */
public final class DirectTransactions implements Transactions {

  @Override
  public void inTransaction(Runnable work) {
    work.run();
  }

  @Override
  public <T> T inTransactionReturning(Supplier<T> work) {
    return work.get();
  }
}
