package org.singlepassword.adapters.persistence;

import java.util.Objects;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.singlepassword.application.port.out.Transactions;

/**
 * Outgoing adapter: runs a use case's reads and writes as one database transaction, committed when
 * the work returns and rolled back when it throws. JDBI hands the thread's open handle to every
 * nested call, so the repositories and any nested transaction join this one.
 */
public final class JdbiTransactions implements Transactions {

  private final Jdbi jdbi;

  public JdbiTransactions(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  @Override
  public void inTransaction(Runnable work) {
    jdbi.useTransaction(handle -> work.run());
  }

  @Override
  public <T> T inTransactionReturning(Supplier<T> work) {
    return jdbi.inTransaction(handle -> work.get());
  }
}
