package org.singlepassword.adapters.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The browser's Accept-Language, read for the first of our languages it asks for. */
class AcceptLanguageTest {

  @ParameterizedTest(name = "\"{0}\" is served in {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "zh-HK | ZH_HK",
        "zh-TW | ZH_HK",
        "zh-MO | ZH_HK",
        "zh-Hant | ZH_HK",
        "zh-Hant-HK | ZH_HK",
        "zh | ZH_HK",
        "ZH-hk | ZH_HK",
        "en | EN",
        "en-GB | EN",
        "en-US,en;q=0.9 | EN",
        "zh-HK,zh;q=0.9,en;q=0.8 | ZH_HK",
        "en;q=0.5, zh-HK | ZH_HK",
        "fr-FR, zh-TW;q=0.4, en;q=0.3 | ZH_HK",
        "zh-CN, en;q=0.9 | EN",
        "zh-Hans, zh;q=0.8 | ZH_HK",
        "zh-HK;q=0, en | EN"
      })
  void servesTheFirstOfOurLanguagesByWeight(String header, Language language) {
    assertEquals(Optional.of(language), AcceptLanguage.preferred(header));
  }

  @ParameterizedTest(name = "\"{0}\" asks for none of ours")
  @NullAndEmptySource
  @ValueSource(strings = {"fr", "zh-CN", "zh-Hans-CN", "*", "de;q=abc", ";;,", "en;q=2"})
  void findsNoneInAHeaderWithoutOurs(String header) {
    assertEquals(Optional.empty(), AcceptLanguage.preferred(header));
  }

  @ParameterizedTest(name = "\"{0}\" is the tag of {1}")
  @CsvSource({"en, EN", "zh-HK, ZH_HK", "zh-hk, ZH_HK"})
  void knowsEachLanguageByItsTag(String tag, Language language) {
    assertEquals(Optional.of(language), Language.ofTag(tag));
  }

  @ParameterizedTest(name = "\"{0}\" is no tag of ours")
  @ValueSource(strings = {"", "zh", "zh-TW", "fr", "en-GB"})
  void knowsNoOtherTag(String tag) {
    assertEquals(Optional.empty(), Language.ofTag(tag));
  }
}
