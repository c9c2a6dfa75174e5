package org.singlepassword.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.singlepassword.domain.token.SecretToken;

/** The reset links e-mails carry: the public address, the reset page, the token encoded. */
class WebLinksTest {

  @ParameterizedTest
  @ValueSource(strings = {"https://sso.example.edu", "https://sso.example.edu/"})
  void pointsAtTheResetPageUnderThePublicAddressWithOrWithoutASlash(String publicUrl) {
    URI link = new WebLinks(URI.create(publicUrl)).passwordReset(SecretToken.of("abc_DEF-123"));

    assertEquals(URI.create("https://sso.example.edu/reset-password?token=abc_DEF-123"), link);
  }

  @Test
  void keepsThePathOfAPublicAddressBehindAProxy() {
    URI link =
        new WebLinks(URI.create("https://www.example.edu/single-password/"))
            .passwordReset(SecretToken.of("abc"));

    assertEquals(
        URI.create("https://www.example.edu/single-password/reset-password?token=abc"), link);
  }

  @Test
  void encodesTheTokenSoThatItComesBackAsItWent() {
    SecretToken token = SecretToken.of("a b+c/d=&e#f");

    URI link = new WebLinks(URI.create("http://localhost:8080")).passwordReset(token);

    assertEquals("token=a+b%2Bc%2Fd%3D%26e%23f", link.getRawQuery());
    assertEquals(
        token.reveal(),
        URLDecoder.decode(link.getRawQuery().substring("token=".length()), StandardCharsets.UTF_8));
  }

  @Test
  void carriesAGeneratedTokenUnchanged() {
    SecretToken token = SecretToken.generate(new SecureRandom());

    URI link = new WebLinks(URI.create("https://sso.example.edu")).passwordReset(token);

    assertEquals("token=" + token.reveal(), link.getRawQuery());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "ftp://sso.example.edu",
        "/reset",
        "https://sso.example.edu/?next=evil",
        "https://sso.example.edu/#top",
        "https://someone@sso.example.edu"
      })
  void refusesAPublicAddressThatIsNoPlainWebAddress(String publicUrl) {
    assertThrows(IllegalArgumentException.class, () -> new WebLinks(URI.create(publicUrl)));
  }
}
