package org.singlepassword.application.port.out;

import java.util.Optional;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.session.Session;
import org.singlepassword.domain.token.TokenHash;

/** Outgoing port: the web sessions of signed-in people, shared by every instance of the service. */
public interface SessionStore {

  void add(Session session);

  Optional<Session> find(TokenHash id);

  /** Records that the session was used again. */
  void update(Session session);

  void remove(TokenHash id);

  /** Ends every session of the account but the one kept (the one that changed the password). */
  void removeAllOf(AccountId accountId, Optional<TokenHash> kept);
}
