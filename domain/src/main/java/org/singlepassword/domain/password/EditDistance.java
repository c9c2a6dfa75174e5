package org.singlepassword.domain.password;

/**
 * Inside the domain: whether two texts are within a few edits of each other (Levenshtein: one
 * character inserted, removed or replaced is one edit), counting characters as code points. Only
 * the band of cells that can stay within the bound is computed, so a long password costs little.
 */
final class EditDistance {

  private EditDistance() {}

  /** Whether {@code a} becomes {@code b} in at most {@code bound} edits. */
  static boolean atMost(String a, String b, int bound) {
    if (bound < 0) {
      throw new IllegalArgumentException("a bound on edits cannot be negative: " + bound);
    }
    int[] left = a.codePoints().toArray();
    int[] right = b.codePoints().toArray();
    if (Math.abs(left.length - right.length) > bound) {
      return false;
    }
    // Cells farther than the bound from the diagonal exceed it; they hold "bound + 1".
    int beyond = bound + 1;
    int[] previous = new int[right.length + 1];
    int[] current = new int[right.length + 1];
    for (int j = 0; j <= right.length; j++) {
      previous[j] = Math.min(j, beyond);
    }
    for (int i = 1; i <= left.length; i++) {
      int from = Math.max(1, i - bound);
      int to = Math.min(right.length, i + bound);
      current[0] = Math.min(i, beyond);
      if (from > 1) {
        current[from - 1] = beyond;
      }
      int best = current[0];
      for (int j = from; j <= to; j++) {
        int replace = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1);
        int remove = previous[j] + 1;
        int insert = current[j - 1] + 1;
        current[j] = Math.min(beyond, Math.min(replace, Math.min(remove, insert)));
        best = Math.min(best, current[j]);
      }
      if (to < right.length) {
        current[to + 1] = beyond;
      }
      if (best > bound) {
        return false;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[right.length] <= bound;
  }
}
