package org.singlepassword.adapters.web.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The escaping every page relies on. */
class HtmlTest {

  @Nested
  class PlainText {

    @Test
    void hasTheFiveCharactersOfMarkupEscaped() {
      assertEquals(
          "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;",
          Html.text("<a href=\"x\" title='y'>Tom & Jerry</a>").markup());
    }

    @Test
    void keepsEverythingElseAsItIs() {
      assertEquals("Chan Tai Man – 陳大文 $ \\ /", Html.text("Chan Tai Man – 陳大文 $ \\ /").markup());
    }
  }

  @Nested
  class ATemplate {

    @Test
    void escapesTextValuesAndKeepsMarkupValues() {
      Html rendered =
          Html.render("<p title=\"%s\">%s %s</p>", "\"quoted\"", new Html("<b>bold</b>"), 42);

      assertEquals("<p title=\"&quot;quoted&quot;\"><b>bold</b> 42</p>", rendered.markup());
    }

    @Test
    void joinsPiecesLineByLine() {
      assertEquals(
          "<li>a</li>\n<li>&lt;b&gt;</li>",
          Html.join(List.of(Html.render("<li>%s</li>", "a"), Html.render("<li>%s</li>", "<b>")))
              .markup());
    }
  }
}
