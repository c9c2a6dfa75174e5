package org.singlepassword.adapters.web.profile;

import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.Paths;

/** The left menu of My Profile, where the FAQ's step 2 finds "Account Password". */
final class ProfileMenu {

  private static final String WITH_MENU =
      """
      <div class="with-menu">
      <nav class="left-menu" aria-label="My Profile">
      <ul>
      <li><a href="%s">My Profile</a></li>
      <li><a href="%s">Account Password</a></li>
      </ul>
      </nav>
      <div class="content">
      %s
      </div>
      </div>""";

  private ProfileMenu() {}

  /** The content beside the left menu. */
  static Html beside(Html content) {
    return Html.render(WITH_MENU, Paths.MY_PROFILE, Paths.ACCOUNT_PASSWORD, content);
  }
}
