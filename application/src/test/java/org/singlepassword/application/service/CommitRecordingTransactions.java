package org.singlepassword.application.service;

import java.util.function.Supplier;
import org.singlepassword.application.port.out.Transactions;

/**
 * A spy for use-case tests: runs the work at once and counts the units of work that would commit
 * and those that would roll back, so that a test sees what a refusal leaves behind.
 */
final class CommitRecordingTransactions implements Transactions {

  private int committed;
  private int rolledBack;

  @Override
  public void inTransaction(Runnable work) {
    inTransactionReturning(
        () -> {
          work.run();
          return null;
        });
  }

  @Override
  public <T> T inTransactionReturning(Supplier<T> work) {
    try {
      T result = work.get();
      committed++;
      return result;
    } catch (RuntimeException failure) {
      rolledBack++;
      throw failure;
    }
  }

  int committed() {
    return committed;
  }

  int rolledBack() {
    return rolledBack;
  }
}
