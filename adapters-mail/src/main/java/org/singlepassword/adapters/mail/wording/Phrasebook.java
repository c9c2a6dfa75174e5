package org.singlepassword.adapters.mail.wording;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Every word of the account e-mails in one language, one component a key: {@link #ENGLISH} and
 * {@link #TRADITIONAL_CHINESE}, reviewed side by side. Texts name their values as {@code
 * {placeholders}}; each text may use only those its notice has, which the constructor checks.
 *
 * @param locale the language, for month names
 * @param sender the name the e-mails come from
 * @param dateTimePattern a moment, in {@link DateTimeFormatter} letters ("14:30 on 27 Nov 2026")
 * @param datePattern a day, for subject lines ("27 Nov 2026")
 * @param changedInWebForm how a change made on the Account Password page ends the sentence
 * @param changedByAdministrator how a change made by IT ends the sentence
 * @param changedWithResetLink how a change made with a "Forgot your password?" link ends it
 * @param changedThroughEService how a change made through an e-service ends it ({@code {eService}})
 */
public record Phrasebook(
    Locale locale,
    String sender,
    String dateTimePattern,
    String datePattern,
    String resetSubject,
    String resetBody,
    String changedSubject,
    String changedBody,
    String changedInWebForm,
    String changedByAdministrator,
    String changedWithResetLink,
    String changedThroughEService,
    String expiringSubject,
    String expiringBody) {

  static final Set<String> RESET = Set.of("name", "link", "validUntil", "helpUrl");
  static final Set<String> CHANGED = Set.of("name", "changedAt", "channel", "helpUrl");
  static final Set<String> E_SERVICE = Set.of("eService");
  static final Set<String> EXPIRING = Set.of("name", "expiresAt", "expiresOn", "helpUrl");

  /** The e-mails in English. */
  public static final Phrasebook ENGLISH =
      new Phrasebook(
          Locale.ENGLISH,
          "Single-Password",
          "HH:mm 'on' d MMM uuuu (zzz)",
          "d MMM uuuu",
          "Single-Password: reset your password",
          """
          Dear {name},

          We were asked to reset the password of your Single-Password account. \
          To choose a new password, open this link:

          {link}

          It is valid until {validUntil}, and only once.

          If you did not ask for this, ignore this e-mail: your password stays as it is.

          To get technical support, contact IT Help: {helpUrl}

          Single-Password (sent automatically: replies are not read)
          """,
          "Your Single-Password password was changed",
          """
          Dear {name},

          Your Single-Password password was changed at {changedAt} {channel}.

          It now applies to every e-service: Learner Portal, SOUL and Online Enrolment Services.

          If you did not change it, reset your password at once ("Forgot your password?" \
          on the sign-in page) and contact IT Help: {helpUrl}

          Single-Password (sent automatically: replies are not read)
          """,
          "in Single-Password (My Profile > Account Password)",
          "by your IT administrator",
          "with a \"Forgot your password?\" link sent to this address",
          "through the e-service {eService}",
          "Your Single-Password password expires on {expiresOn}",
          """
          Dear {name},

          Your Single-Password password expires at {expiresAt}. Please change it before then: \
          sign in, click "My Profile", then "Account Password" on the left menu.

          Your new password will apply to every e-service: Learner Portal, SOUL and Online \
          Enrolment Services.

          To get technical support, contact IT Help: {helpUrl}

          Single-Password (sent automatically: replies are not read)
          """);

  /** The e-mails in Traditional Chinese, as written in Hong Kong (see docs/i18n.md). */
  public static final Phrasebook TRADITIONAL_CHINESE =
      new Phrasebook(
          Locale.forLanguageTag("zh-HK"),
          "單一密碼",
          "uuuu年M月d日 HH:mm (zzz)",
          "uuuu年M月d日",
          "單一密碼：重設你的密碼",
          """
          {name}，你好：

          我們收到重設你的單一密碼帳戶密碼的要求。如要設定新密碼，請開啟以下連結：

          {link}

          此連結有效至 {validUntil}，並只可使用一次。

          如你沒有提出這項要求，請不用理會這封電郵：你的密碼會保持不變。

          如需技術支援，請聯絡資訊科技支援：{helpUrl}

          單一密碼（系統自動發出，回覆不會有人閱讀）
          """,
          "你的單一密碼已更改",
          """
          {name}，你好：

          你的單一密碼已於 {changedAt} {channel}更改。

          新密碼適用於所有電子服務：Learner Portal、SOUL 及 Online Enrolment Services。

          如你沒有更改密碼，請立即重設密碼（登入頁面上的「忘記密碼？」），          並聯絡資訊科技支援：{helpUrl}

          單一密碼（系統自動發出，回覆不會有人閱讀）
          """,
          "在單一密碼（我的個人資料 > 帳戶密碼）",
          "由你的資訊科技管理員",
          "透過寄往此電郵地址的「忘記密碼？」連結",
          "透過電子服務 {eService} ",
          "你的單一密碼將於 {expiresOn} 到期",
          """
          {name}，你好：

          你的單一密碼將於 {expiresAt} 到期。請在此之前更改密碼：          登入後按「我的個人資料」，再按左邊選單的「帳戶密碼」。

          新密碼將適用於所有電子服務：Learner Portal、SOUL 及 Online Enrolment Services。

          如需技術支援，請聯絡資訊科技支援：{helpUrl}

          單一密碼（系統自動發出，回覆不會有人閱讀）
          """);

  public Phrasebook {
    Objects.requireNonNull(locale, "locale");
    Placeholders.requireOnly("sender", sender, Set.of());
    DateTimeFormatter.ofPattern(Objects.requireNonNull(dateTimePattern, "dateTimePattern"));
    DateTimeFormatter.ofPattern(Objects.requireNonNull(datePattern, "datePattern"));
    Placeholders.requireOnly("resetSubject", resetSubject, RESET);
    Placeholders.requireOnly("resetBody", resetBody, RESET);
    Placeholders.requireOnly("changedSubject", changedSubject, CHANGED);
    Placeholders.requireOnly("changedBody", changedBody, CHANGED);
    Placeholders.requireOnly("changedInWebForm", changedInWebForm, Set.of());
    Placeholders.requireOnly("changedByAdministrator", changedByAdministrator, Set.of());
    Placeholders.requireOnly("changedWithResetLink", changedWithResetLink, Set.of());
    Placeholders.requireOnly("changedThroughEService", changedThroughEService, E_SERVICE);
    Placeholders.requireOnly("expiringSubject", expiringSubject, EXPIRING);
    Placeholders.requireOnly("expiringBody", expiringBody, EXPIRING);
  }
}
