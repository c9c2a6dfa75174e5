package org.singlepassword.adapters.web.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.web.cas.ValidationOutcome.Failure;
import org.singlepassword.application.port.in.sso.TicketFailure;

/** The escaping of the CAS answers, for text no account holds today but one might tomorrow. */
class ServiceResponseXmlTest {

  @Test
  void escapesTheFiveMarkupCharacters() {
    assertEquals(
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;",
        ServiceResponseXml.escape("<a href=\"x\">Tom & Jerry's</a>"));
  }

  @Test
  void replacesWhatXmlCannotHoldAndKeepsEverythingElse() {
    assertEquals(
        "a\uFFFDb\uFFFDc\uFFFD陳😀\t", ServiceResponseXml.escape("a\u0000b\u001Bc\uD800陳😀\t"));
  }

  @Test
  void writesAFailureThatParsesWithItsCode() {
    CasXml answer = CasXml.parse(ServiceResponseXml.of(Failure.of(TicketFailure.INVALID_SERVICE)));

    assertEquals(Optional.of("INVALID_SERVICE"), answer.failureCode());
  }
}
