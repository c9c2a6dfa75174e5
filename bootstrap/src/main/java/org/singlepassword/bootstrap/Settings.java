package org.singlepassword.bootstrap;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.singlepassword.domain.account.EmailAddress;

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
    MailSettings mail) {

  /** The FAQ's password policy parameters. */
  public record PolicySettings(
      int minLength, int maxLength, String forbiddenCharacters, int historyDepth) {}

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
   * Argon2id's cost parameters, and admission control: how many hashes run at once (one a core by
   * default) and how many more requests may wait for their turn before the next is refused (503).
   */
  public record HashSettings(
      int memoryKiB, int iterations, int parallelism, int concurrency, int queue) {}

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
    return new Settings(
        read.text("SPS_HTTP_HOST", "127.0.0.1"),
        read.integer("SPS_HTTP_PORT", 7070, 0, 65535),
        read.path("SPS_DATA_DIR", "./data"),
        read.optionalText("SPS_ADMIN_TOKEN"),
        read.bool("SPS_DEMO_ACCOUNT", true),
        read.uri("SPS_HELP_URL", "https://it-help.example.edu/"),
        new PolicySettings(
            read.integer("SPS_PASSWORD_MIN_LENGTH", 10, 1, 1024),
            read.integer("SPS_PASSWORD_MAX_LENGTH", 128, 64, 1024),
            read.text("SPS_PASSWORD_FORBIDDEN_CHARACTERS", "$\"\\/`"),
            read.integer("SPS_PASSWORD_HISTORY", 3, 0, 24)),
        hashSettings(read),
        read.duration("SPS_SESSION_IDLE_TIMEOUT", "PT30M"),
        read.duration("SPS_SESSION_ABSOLUTE_TIMEOUT", "PT12H"),
        new AgingSettings(
            read.optionalDuration("SPS_PASSWORD_MAX_AGE", "P180D"),
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
            read.email("SPS_MAIL_FROM", "single-password@example.edu")));
  }

  private static HashSettings hashSettings(SettingReader read) {
    int concurrency =
        read.integer(
            "SPS_HASHING_CONCURRENCY", Runtime.getRuntime().availableProcessors(), 1, 1024);
    return new HashSettings(
        read.integer("SPS_ARGON2_MEMORY_KIB", 19456, 8, 1024 * 1024),
        read.integer("SPS_ARGON2_ITERATIONS", 2, 1, 100),
        read.integer("SPS_ARGON2_PARALLELISM", 1, 1, 16),
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
        mail);
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
        + "]";
  }
}
