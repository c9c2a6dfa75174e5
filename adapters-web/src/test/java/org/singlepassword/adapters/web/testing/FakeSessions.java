package org.singlepassword.adapters.web.testing;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.singlepassword.application.port.in.signin.EndSessionUseCase;
import org.singlepassword.application.port.in.signin.OpenSessionUseCase;
import org.singlepassword.application.port.in.signin.ResumeSessionUseCase;
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.token.SecretToken;

/**
 * The three session use cases over one map, as small as a fake can be: tokens to accounts, and the
 * people those accounts are. Records which tokens were ended.
 */
public final class FakeSessions
    implements OpenSessionUseCase, ResumeSessionUseCase, EndSessionUseCase {

  private final SecureRandom random = new SecureRandom();
  private final Map<String, AccountId> live = new ConcurrentHashMap<>();
  private final Map<AccountId, SignedIn> people = new ConcurrentHashMap<>();
  private final List<String> ended = new CopyOnWriteArrayList<>();

  /** Makes the person known, so that a session of theirs resumes as them. */
  public FakeSessions knowing(SignedIn person) {
    people.put(person.accountId(), person);
    return this;
  }

  /** A session for the person, as if they had signed in: its token, for the cookie. */
  public String signIn(SignedIn person) {
    knowing(person);
    return openSession(person.accountId()).reveal();
  }

  @Override
  public SecretToken openSession(AccountId accountId) {
    SecretToken token = SecretToken.generate(random);
    live.put(token.reveal(), accountId);
    return token;
  }

  @Override
  public Optional<SignedIn> resumeSession(SecretToken token) {
    return Optional.ofNullable(live.get(token.reveal())).map(people::get);
  }

  @Override
  public void endSession(SecretToken token) {
    live.remove(token.reveal());
    ended.add(token.reveal());
  }

  public boolean isLive(String token) {
    return live.containsKey(token);
  }

  public List<String> ended() {
    return List.copyOf(ended);
  }
}
