package org.singlepassword.adapters.argon2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Outgoing adapter setting: the pepper new hashes are made with, and the older ones that hashes
 * still being verified were made with. Written {@code id:secret,id:secret,…}, the current key
 * first: {@code v2:<new secret>,v1:<old secret>}; a secret holds no comma (base64 or hex text does
 * not). A hash made with an older key still verifies, and is remade with the current one at the
 * person's next sign-in; once every account has signed in, the old key can go.
 */
public final class Peppers {

  private static final Peppers NONE = new Peppers(List.of());

  private final List<Pepper> newestFirst;
  private final Map<String, Pepper> byId = new LinkedHashMap<>();

  private Peppers(List<Pepper> newestFirst) {
    this.newestFirst = List.copyOf(newestFirst);
    for (Pepper pepper : this.newestFirst) {
      if (byId.putIfAbsent(pepper.id(), pepper) != null) {
        throw new IllegalArgumentException("the pepper id \"" + pepper.id() + "\" is given twice");
      }
    }
  }

  /** No pepper: hashes are salted only, as before peppers existed. */
  public static Peppers none() {
    return NONE;
  }

  /** These peppers, the current one first. */
  public static Peppers of(List<Pepper> newestFirst) {
    return new Peppers(newestFirst);
  }

  /**
   * The peppers this setting text names, the current one first.
   *
   * @throws IllegalArgumentException saying what is wrong, never quoting a secret
   */
  public static Peppers parse(String text) {
    List<Pepper> peppers = new ArrayList<>();
    int position = 0;
    for (String entry : text.strip().split(",", -1)) {
      position++;
      int colon = entry.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(
            "entry " + position + " has no ':' between the id and the secret (id:secret,…)");
      }
      peppers.add(Pepper.of(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip()));
    }
    return new Peppers(peppers);
  }

  /** The pepper new hashes are made with; empty when there is none. */
  public Optional<Pepper> current() {
    return newestFirst.stream().findFirst();
  }

  /** The pepper with this id, current or older. */
  Optional<Pepper> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The ids only: what a log may show. */
  @Override
  public String toString() {
    return "Peppers" + newestFirst.stream().map(Pepper::id).toList();
  }
}
