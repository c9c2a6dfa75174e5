package org.singlepassword.application.fakes;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.singlepassword.application.port.out.SessionStore;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.session.Session;
import org.singlepassword.domain.token.TokenHash;

/** Outgoing adapter for tests and teaching: sessions in a map. */
public final class InMemorySessionStore implements SessionStore {

  private final Map<TokenHash, Session> byId = new ConcurrentHashMap<>();

  @Override
  public void add(Session session) {
    byId.put(session.id(), session);
  }

  @Override
  public Optional<Session> find(TokenHash id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public void update(Session session) {
    byId.replace(session.id(), session);
  }

  @Override
  public void remove(TokenHash id) {
    byId.remove(id);
  }

  @Override
  public void removeAllOf(AccountId accountId, Optional<TokenHash> kept) {
    byId.values()
        .removeIf(
            session ->
                session.accountId().equals(accountId)
                    && !kept.map(session.id()::equals).orElse(false));
  }
}
