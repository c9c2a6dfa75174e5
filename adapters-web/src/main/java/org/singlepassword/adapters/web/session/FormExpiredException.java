package org.singlepassword.adapters.web.session;

/**
 * A form came back without the anti-forgery token its page gave it, or with another one: another
 * site may be posting on the person's behalf, or the page is simply old. Nothing was changed.
 */
public final class FormExpiredException extends RuntimeException {

  public FormExpiredException() {
    super("the form's anti-forgery token is missing or wrong");
  }
}
