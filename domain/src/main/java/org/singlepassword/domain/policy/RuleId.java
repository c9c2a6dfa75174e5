package org.singlepassword.domain.policy;

/**
 * The stable identifier of each password rule, listed in the FAQ's order. E-services and web pages
 * key their messages on these names, so a name never changes once published.
 */
public enum RuleId {
  MIN_LENGTH,
  MAX_LENGTH,
  FORBIDDEN_CHARACTER,
  UPPERCASE,
  LOWERCASE,
  DIGIT,
  HISTORY,
  /** Changed again too soon after the last change (an optional minimum age). */
  MIN_AGE
}
