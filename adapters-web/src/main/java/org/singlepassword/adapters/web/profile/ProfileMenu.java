package org.singlepassword.adapters.web.profile;

import java.util.List;
import org.singlepassword.adapters.web.html.Copy;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.Paths;

/**
 * The left menu of My Profile, where the FAQ's step 2 finds "Account Password"; the page shown is
 * marked as the current one. On a phone it becomes a row above the page.
 */
final class ProfileMenu {

  private static final String MENU =
      """
      <nav class="left-menu" aria-label="%s">
      <ul>
      %s
      </ul>
      </nav>""";

  private ProfileMenu() {}

  /** The menu, on the page at {@code current}. */
  static Html at(Copy copy, String current) {
    List<Html> items =
        List.of(
            item(Paths.MY_PROFILE, copy.text("myProfile.title"), current),
            item(Paths.ACCOUNT_PASSWORD, copy.text("accountPassword.title"), current));
    return Html.render(MENU, copy.text("myProfile.menu.label"), Html.join(items));
  }

  private static Html item(String path, String text, String current) {
    Html currentPage = path.equals(current) ? new Html(" aria-current=\"page\"") : Html.empty();
    return Html.render("<li><a href=\"%s\"%s>%s</a></li>", path, currentPage, text);
  }
}
