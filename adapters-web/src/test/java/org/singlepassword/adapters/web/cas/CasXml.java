package org.singlepassword.adapters.web.cas;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A validation answer read as a CAS client reads it: XML parsed namespace-aware by the JDK, its
 * elements found by the CAS namespace, never by matching strings.
 */
record CasXml(Element root) {

  static final String NAMESPACE = "http://www.yale.edu/tp/cas";

  static CasXml parse(String body) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      Document document =
          builder.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
      Element root = document.getDocumentElement();
      if (!NAMESPACE.equals(root.getNamespaceURI())
          || !"serviceResponse".equals(root.getLocalName())) {
        throw new AssertionError("not a cas:serviceResponse:\n" + body);
      }
      return new CasXml(root);
    } catch (Exception notXml) {
      throw new AssertionError("not well-formed XML:\n" + body, notXml);
    }
  }

  /** The one CAS element of this name anywhere in the answer, if any. */
  Optional<Element> element(String localName) {
    NodeList found = root.getElementsByTagNameNS(NAMESPACE, localName);
    if (found.getLength() > 1) {
      throw new AssertionError(found.getLength() + " elements cas:" + localName);
    }
    return found.getLength() == 0 ? Optional.empty() : Optional.of((Element) found.item(0));
  }

  /** The text of the CAS element of this name; fails the test when there is none. */
  String text(String localName) {
    return element(localName)
        .orElseThrow(() -> new AssertionError("no cas:" + localName))
        .getTextContent();
  }

  /** The failure's code, or empty for a success. */
  Optional<String> failureCode() {
    return element("authenticationFailure").map(failure -> failure.getAttribute("code"));
  }
}
