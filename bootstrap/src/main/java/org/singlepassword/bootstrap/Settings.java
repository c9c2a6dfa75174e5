package org.singlepassword.bootstrap;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.singlepassword.adapters.argon2.Peppers;
import org.singlepassword.application.service.IssueServiceTicketService;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.policy.PolicyParameters;
import org.singlepassword.domain.policy.PolicyProfile;

/**
 * The service's configuration, read from {@code SPS_*} environment variables with documented
 * defaults (the README's table). Every value is checked here, so a typo stops the start with a
 * message naming the variable instead of failing later.
 */
public record Settings(
    String httpHost,
    int httpPort,
    Path dataDir,
    Optional<String> adminToken,
    boolean demoAccount,
    URI helpUrl,
    PolicySettings policy,
    HashSettings hashing,
    Duration sessionIdleTimeout,
    Duration sessionAbsoluteTimeout,
    AgingSettings aging,
    LockoutSettings lockout,
    URI publicUrl,
    Duration resetLinkLifetime,
    MailSettings mail,
    Duration serviceTicketLifetime,
    DatabaseSettings database) {

  /**
   * The password policy: a profile's values with any overrides, and the institution's own list of
   * passwords to refuse, beside the one built in.
   */
  public record PolicySettings(PolicyParameters parameters, Optional<Path> blocklistFile) {}

  /** Forced regular change: maximum age (empty: never), warning window, minimum age. */
  public record AgingSettings(
      Optional<Duration> maxAge, Duration expiryWarning, Optional<Duration> minAge) {}

  /** Consecutive failed sign-ins that lock an account, and for how long. */
  public record LockoutSettings(int threshold, Duration duration) {}

  /** Where e-mails go: an SMTP server, or the file outbox when no host is set. */
  public record MailSettings(
      Optional<String> smtpHost,
      int smtpPort,
      Optional<String> smtpUsername,
      Optional<String> smtpPassword,
      boolean startTls,
      EmailAddress from) {

    /** Keeps the SMTP password out of logs. */
    @Override
    public String toString() {
      return "MailSettings[smtp="
          + smtpHost.map(host -> host + ":" + smtpPort).orElse("none (outbox)")
          + ", from="
          + from
          + "]";
    }
  }

  /**
   * Argon2id's cost parameters, its secret keys (peppers, which print their ids only), and
   * admission control: how many hashes run at once (one a core by default) and how many more
   * requests may wait for their turn before the next is refused (503).
   */
  public record HashSettings(
      int memoryKiB,
      int iterations,
      int parallelism,
      Peppers peppers,
      int concurrency,
      int queue) {}

  /** Settings from the process environment. */
  public static Settings fromEnvironment() {
    return from(System.getenv());
  }

  /**
   * Settings from the given variables, defaults for those missing.
   *
   * @throws IllegalArgumentException naming the variable whose value is not valid
   */
  public static Settings from(Map<String, String> env) {
    SettingReader read = new SettingReader(env);
    PolicyProfile profile = profile(read);
    return new Settings(
        read.text("SPS_HTTP_HOST", "127.0.0.1"),
        read.integer("SPS_HTTP_PORT", 7070, 0, 65535),
        read.path("SPS_DATA_DIR", "./data"),
        read.optionalText("SPS_ADMIN_TOKEN"),
        read.bool("SPS_DEMO_ACCOUNT", true),
        read.uri("SPS_HELP_URL", "https://it-help.example.edu/"),
        new PolicySettings(
            policyParameters(read, profile), read.readableFile("SPS_PASSWORD_BLOCKLIST_FILE")),
        hashSettings(read),
        read.duration("SPS_SESSION_IDLE_TIMEOUT", "PT30M"),
        read.duration("SPS_SESSION_ABSOLUTE_TIMEOUT", "PT12H"),
        new AgingSettings(
            read.optionalDuration(
                "SPS_PASSWORD_MAX_AGE",
                profile.aging().maxAge().map(Duration::toString).orElse("none")),
            read.durationOrZero("SPS_PASSWORD_EXPIRY_WARNING", "P14D"),
            read.optionalDuration("SPS_PASSWORD_MIN_AGE", "none")),
        new LockoutSettings(
            read.integer("SPS_LOCKOUT_THRESHOLD", 5, 1, 1000),
            read.duration("SPS_LOCKOUT_DURATION", "PT15M")),
        read.uri("SPS_PUBLIC_URL", "http://localhost:7070"),
        read.duration("SPS_RESET_TOKEN_TTL", "PT30M"),
        new MailSettings(
            read.optionalText("SPS_SMTP_HOST"),
            read.integer("SPS_SMTP_PORT", 587, 1, 65535),
            read.optionalText("SPS_SMTP_USERNAME"),
            read.optionalText("SPS_SMTP_PASSWORD"),
            read.bool("SPS_SMTP_STARTTLS", true),
            read.email("SPS_MAIL_FROM", "single-password@example.edu")),
        read.duration(
            "SPS_SERVICE_TICKET_TTL",
            "PT10S",
            IssueServiceTicketService.MIN_LIFETIME,
            IssueServiceTicketService.MAX_LIFETIME),
        DatabaseSettings.read(read));
  }

  /** {@code SPS_POLICY_PROFILE}: {@code faq} (the default) or {@code nist-800-63b}. */
  private static PolicyProfile profile(SettingReader read) {
    String name = read.text("SPS_POLICY_PROFILE", PolicyProfile.FAQ.id()).strip();
    return PolicyProfile.byId(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "SPS_POLICY_PROFILE="
                        + name
                        + " is not valid: expected "
                        + PolicyProfile.FAQ.id()
                        + " or "
                        + PolicyProfile.NIST_800_63B.id()));
  }

  /** The profile's values, each replaced by its variable when that is set. */
  private static PolicyParameters policyParameters(SettingReader read, PolicyProfile profile) {
    PolicyParameters defaults = profile.defaults();
    int minLength = read.integer("SPS_PASSWORD_MIN_LENGTH", defaults.minLength(), 1, 1024);
    int maxLength = read.integer("SPS_PASSWORD_MAX_LENGTH", defaults.maxLength(), 64, 1024);
    if (minLength > maxLength) {
      throw new IllegalArgumentException(
          "SPS_PASSWORD_MIN_LENGTH="
              + minLength
              + " is not valid: expected at most SPS_PASSWORD_MAX_LENGTH ("
              + maxLength
              + ")");
    }
    return new PolicyParameters(
        profile,
        minLength,
        maxLength,
        read.textOrNone("SPS_PASSWORD_FORBIDDEN_CHARACTERS", defaults.forbiddenCharacters()),
        read.bool("SPS_PASSWORD_FORBID_WHITESPACE", defaults.forbidWhitespace()),
        read.bool("SPS_PASSWORD_COMPOSITION", defaults.composition()),
        read.bool("SPS_PASSWORD_BLOCKLIST", defaults.commonPasswords()),
        read.bool("SPS_PASSWORD_PERSONAL_DATA", defaults.personalData()),
        read.bool("SPS_PASSWORD_SIMILARITY", defaults.similarity()),
        read.integer("SPS_PASSWORD_HISTORY", defaults.historyDepth(), 0, 24));
  }

  /**
   * {@code SPS_PASSWORD_PEPPER} or {@code SPS_PASSWORD_PEPPER_FILE} (not both): {@code
   * id:secret,…}, the current key first. A refusal names the variable, never the secret.
   */
  private static Peppers peppers(SettingReader read) {
    return read.secret("SPS_PASSWORD_PEPPER", "SPS_PASSWORD_PEPPER_FILE")
        .map(
            secret -> {
              try {
                return Peppers.parse(secret.value());
              } catch (IllegalArgumentException malformed) {
                throw new IllegalArgumentException(
                    secret.from()
                        + " is not valid: "
                        + malformed.getMessage()
                        + " (expected id:secret,id:secret, the current key first)");
              }
            })
        .orElse(Peppers.none());
  }

  private static HashSettings hashSettings(SettingReader read) {
    int concurrency =
        read.integer(
            "SPS_HASHING_CONCURRENCY", Runtime.getRuntime().availableProcessors(), 1, 1024);
    return new HashSettings(
        read.integer("SPS_ARGON2_MEMORY_KIB", 19456, 8, 1024 * 1024),
        read.integer("SPS_ARGON2_ITERATIONS", 2, 1, 100),
        read.integer("SPS_ARGON2_PARALLELISM", 1, 1, 16),
        peppers(read),
        concurrency,
        read.integer("SPS_HASHING_QUEUE", 4 * concurrency, 0, 100_000));
  }

  /** The same settings on another port and data directory: what tests and benchmarks start. */
  public Settings withHttpPortAndDataDir(int port, Path dir) {
    return new Settings(
        httpHost,
        port,
        dir,
        adminToken,
        demoAccount,
        helpUrl,
        policy,
        hashing,
        sessionIdleTimeout,
        sessionAbsoluteTimeout,
        aging,
        lockout,
        publicUrl,
        resetLinkLifetime,
        mail,
        serviceTicketLifetime,
        database);
  }

  /** Keeps the admin token out of logs and exception messages. */
  @Override
  public String toString() {
    return "Settings[http="
        + httpHost
        + ":"
        + httpPort
        + ", dataDir="
        + dataDir
        + ", adminToken="
        + (adminToken.isPresent() ? "set" : "generated")
        + ", policy="
        + policy
        + ", hashing="
        + hashing
        + ", aging="
        + aging
        + ", lockout="
        + lockout
        + ", publicUrl="
        + publicUrl
        + ", mail="
        + mail
        + ", serviceTicketLifetime="
        + serviceTicketLifetime
        + ", database="
        + database
        + "]";
  }
}
