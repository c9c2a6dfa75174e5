package org.singlepassword.domain.password;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/**
 * The passwords nobody may choose because attackers try them first: the most common ones, and any
 * the institution adds. A candidate matches only as a whole, case ignored, as NIST SP 800-63B asks.
 *
 * <p>Held packed: the entries' folded UTF-8 bytes sorted side by side in one array, with where each
 * starts, so that 100,000 entries take about a megabyte and a look-up is a binary search of 17
 * steps that allocates one small array. Exact, so no false positives.
 */
public final class CommonPasswords {

  private static final CommonPasswords NONE = new CommonPasswords(new byte[0], new int[] {0});

  private final byte[] entries;
  private final int[] starts;

  private CommonPasswords(byte[] entries, int[] starts) {
    this.entries = entries;
    this.starts = starts;
  }

  /** An empty list: nothing is refused for being common. */
  public static CommonPasswords none() {
    return NONE;
  }

  /**
   * A list of these passwords, each compared as a whole and case ignored; empty lines are skipped
   * and repeats kept once.
   */
  public static CommonPasswords of(Collection<String> passwords) {
    byte[][] folded =
        passwords.stream()
            .map(password -> Objects.requireNonNull(password, "a listed password"))
            .filter(password -> !password.isEmpty())
            .map(password -> Password.fold(password).getBytes(StandardCharsets.UTF_8))
            .sorted(Arrays::compareUnsigned)
            .toArray(byte[][]::new);
    int distinct = 0;
    int bytes = 0;
    for (int i = 0; i < folded.length; i++) {
      if (i == 0 || Arrays.compareUnsigned(folded[i - 1], folded[i]) != 0) {
        folded[distinct++] = folded[i];
        bytes += folded[i].length;
      }
    }
    byte[] entries = new byte[bytes];
    int[] starts = new int[distinct + 1];
    for (int i = 0; i < distinct; i++) {
      System.arraycopy(folded[i], 0, entries, starts[i], folded[i].length);
      starts[i + 1] = starts[i] + folded[i].length;
    }
    return new CommonPasswords(entries, starts);
  }

  /** Whether the whole candidate, case ignored, is on the list. */
  public boolean contains(Password candidate) {
    byte[] key = candidate.foldedUtf8();
    try {
      int low = 0;
      int high = size() - 1;
      while (low <= high) {
        int middle = (low + high) >>> 1;
        int order =
            Arrays.compareUnsigned(entries, starts[middle], starts[middle + 1], key, 0, key.length);
        if (order < 0) {
          low = middle + 1;
        } else if (order > 0) {
          high = middle - 1;
        } else {
          return true;
        }
      }
      return false;
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** How many distinct passwords, after folding case, the list holds. */
  public int size() {
    return starts.length - 1;
  }

  /** About how many bytes of memory the list holds: its two arrays and their headers. */
  public long memoryBytes() {
    return 16L + entries.length + 16L + 4L * starts.length;
  }

  @Override
  public String toString() {
    return "CommonPasswords[" + size() + " entries]";
  }
}
