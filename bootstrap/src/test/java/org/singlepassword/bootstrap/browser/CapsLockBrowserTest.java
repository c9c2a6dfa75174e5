package org.singlepassword.bootstrap.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The FAQ's first reason a password "does not work" is Caps Lock: each password box says "Caps Lock
 * is on" while it is, and stops saying so when it is off.
 *
 * <p>Headless Chromium has no keyboard of its own to hold the Caps Lock state, and neither
 * WebDriver (which has no Caps Lock key) nor DevTools' {@code Input.dispatchKeyEvent} (whose
 * modifiers are Alt, Ctrl, Meta and Shift) can set it: typed keys always report it off. So the key
 * event a keyboard with Caps Lock on produces is dispatched from script, with {@code
 * modifierCapsLock}, and the page's script reads it through {@code getModifierState("CapsLock")}
 * just the same; real typing then turns the warning off again.
 */
class CapsLockBrowserTest {

  private static final String INITIAL = "Issued4Ho2026";

  @RegisterExtension static final RunningSite site = new RunningSite();
  @RegisterExtension static final Browser browser = new Browser();

  @Test
  void signInWarnsWhileCapsLockIsOnAndNotWhenItIsOff() {
    browser.open(site.url("/sign-in"));
    WebElement password = browser.field("Password");
    WebElement warning = browser.find(By.id("password-caps-lock"));
    assertFalse(warning.isDisplayed(), "nothing typed yet");

    password.sendKeys("a");
    assertFalse(warning.isDisplayed(), "typed with Caps Lock off");

    capsLockOnWhileTypingIn(password);
    browser.waitUntil(page -> warning.isDisplayed());
    assertEquals("Caps Lock is on", warning.getText());
    browser.screenshot("sign-in-caps-lock");

    password.sendKeys("b");
    browser.waitUntil(page -> !warning.isDisplayed());
  }

  @Test
  void eachPasswordBoxOfAccountPasswordWarnsForItself() {
    site.createAccount("ho.ys", "Ho Yee Shan", INITIAL);
    browser.open(site.url("/sign-in"));
    browser.fill("Username", "ho.ys");
    browser.fill("Password", INITIAL);
    browser.press("Sign in");

    List<String> boxes = List.of("currentPassword", "newPassword", "reenteredPassword");
    for (String typedIn : boxes) {
      capsLockOnWhileTypingIn(browser.find(By.id(typedIn)));
      for (String box : boxes) {
        WebElement warning = browser.find(By.id(box + "-caps-lock"));
        boolean expected = box.equals(typedIn);
        browser.waitUntil(page -> warning.isDisplayed() == expected);
      }
      browser.find(By.id(typedIn)).sendKeys("x");
      WebElement warning = browser.find(By.id(typedIn + "-caps-lock"));
      browser.waitUntil(page -> !warning.isDisplayed());
    }
  }

  /** A key pressed and released in the box with Caps Lock on, as a real keyboard reports it. */
  private static void capsLockOnWhileTypingIn(WebElement box) {
    box.click();
    browser.script(
        "for (const type of ['keydown', 'keyup']) {"
            + " arguments[0].dispatchEvent(new KeyboardEvent(type,"
            + " {key: 'A', code: 'KeyA', bubbles: true, modifierCapsLock: true}));"
            + "}",
        box);
  }
}
