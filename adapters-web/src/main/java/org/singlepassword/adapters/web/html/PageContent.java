package org.singlepassword.adapters.web.html;

import java.util.Objects;

/**
 * What a page shows inside the frame: its title ("Account Password", or "Error: Account Password"
 * after a failed post) and its {@code <main>}. A step that serves several pages gives this, and
 * each page frames it as it is framed.
 */
public record PageContent(String title, Html main) {

  public PageContent {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(main, "main");
  }
}
