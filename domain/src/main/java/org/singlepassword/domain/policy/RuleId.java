package org.singlepassword.domain.policy;

/**
 * The stable identifier of each password rule, in the order a person reads them: the FAQ's rules
 * about characters, the rules current standards add, then the history. E-services and web pages key
 * their messages on these names, so a name never changes once published.
 */
public enum RuleId {
  MIN_LENGTH,
  MAX_LENGTH,
  FORBIDDEN_CHARACTER,
  UPPERCASE,
  LOWERCASE,
  DIGIT,
  /** One of the most common passwords, or on the institution's own list (the whole password). */
  COMMON_PASSWORD,
  /** Contains the person's username, name or e-mail address, or an e-service's name or id. */
  CONTAINS_PERSONAL_DATA,
  /** Too like the current password: only a number or the case changed, or two edits or fewer. */
  TOO_SIMILAR,
  HISTORY,
  /** Changed again too soon after the last change (an optional minimum age). */
  MIN_AGE
}
