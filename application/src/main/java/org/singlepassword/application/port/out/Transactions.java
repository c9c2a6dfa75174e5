package org.singlepassword.application.port.out;

import java.util.function.Supplier;

/**
 * Outgoing port: run a use case's reads and writes as one unit, all or nothing. Calls nested on the
 * same thread join the outer transaction.
 */
public interface Transactions {

  void inTransaction(Runnable work);

  <T> T inTransactionReturning(Supplier<T> work);
}
