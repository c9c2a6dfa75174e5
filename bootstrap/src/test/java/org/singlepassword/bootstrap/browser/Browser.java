package org.singlepassword.bootstrap.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the browser tests: Debian's Chromium, headless, driven by Selenium through
 * Debian's chromedriver, both named by path so that Selenium Manager never looks for (or downloads)
 * either. One browser per test class, as starting one takes about a second; each test begins with
 * no cookies, in English, at desktop width. A failed test leaves a screenshot of where it stopped.
 *
 * <p>Where Chromium is not installed the tests are skipped with the command that installs it; in CI
 * ({@code CI=true}), where {@code .ci/run} installs it, they fail instead, so that a green build
 * always means the browser tests ran.
 */
public final class Browser
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterTestExecutionCallback {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** Every screenshot the tests take, under the module's {@code target}. */
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  static final int DESKTOP_WIDTH = 1280;
  static final int PHONE_WIDTH = 375;
  private static final int HEIGHT = 900;

  /** The page's own script reacts within milliseconds; this is for a slow, shared machine. */
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  /** How often a wait looks again: Selenium's default, half a second, would double each step. */
  private static final Duration LOOK_AGAIN = Duration.ofMillis(20);

  /**
   * Selenium looks for its DevTools binding of this Chromium's version, for an API these tests do
   * not use ({@code executeCdpCommand} goes through chromedriver), and warns when a newer Chromium
   * has none. Held here, as a logger nobody holds may be collected with its level.
   */
  private static final Logger CDP_VERSION_FINDER =
      Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  private ChromeDriver driver;

  @Override
  public void beforeAll(ExtensionContext context) {
    requireInstalled();
    CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options());
  }

  private static ChromeOptions options() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        // CI runs as root, where Chromium's sandbox cannot start.
        "--no-sandbox",
        // Containers give /dev/shm 64 MB, too little for a renderer.
        "--disable-dev-shm-usage",
        "--disable-gpu",
        // Nothing but the service under test: no first-run page, updates, sync or phoning home.
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-features=Translate,PasswordLeakDetection,OptimizationHints",
        "--force-device-scale-factor=1",
        "--hide-scrollbars",
        "--window-size=" + DESKTOP_WIDTH + "," + HEIGHT);
    return options;
  }

  private static void requireInstalled() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return;
    }
    String missing =
        "the browser tests need Debian's Chromium and chromedriver at "
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + "; install them with: sudo apt-get install chromium chromium-driver";
    if ("true".equals(System.getenv("CI"))) {
      throw new IllegalStateException(missing + " (.ci/run should have done so)");
    }
    Assumptions.abort("Skipped: " + missing);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    // Cookies of every site (the service and the stub e-services share 127.0.0.1).
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    acceptLanguage("en-GB,en");
    width(DESKTOP_WIDTH);
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isEmpty() || driver == null) {
      return;
    }
    String name =
        "failed-"
            + context.getRequiredTestClass().getSimpleName()
            + "-"
            + context.getRequiredTestMethod().getName();
    try {
      screenshot(name);
    } catch (WebDriverException browserGone) {
      // The failure itself is what the report needs; a crashed browser takes no pictures.
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (driver != null) {
      driver.quit();
    }
  }

  /** Goes to an address, as typing it in. */
  public void open(String url) {
    driver.get(url);
  }

  /** The address shown now, after any redirects. */
  public String url() {
    return driver.getCurrentUrl();
  }

  /** The path of the address shown now. */
  public String path() {
    return URI.create(url()).getPath();
  }

  /** The box labelled so, found as a screen reader finds it: through its {@code <label for>}. */
  public WebElement field(String label) {
    WebElement labelElement = driver.findElement(By.xpath("//label" + withText(label)));
    return driver.findElement(By.id(labelElement.getAttribute("for")));
  }

  /** Types into the labelled box, after emptying it. */
  public void fill(String label, String text) {
    WebElement box = field(label);
    box.clear();
    box.sendKeys(text);
  }

  /** Presses the button with this text and waits for the page its form answers with. */
  public void press(String button) {
    toNextPage(driver.findElement(By.xpath("//button" + withText(button))));
  }

  /** Follows the link with this text and waits for the page it leads to. */
  public void follow(String link) {
    toNextPage(driver.findElement(By.xpath("//a" + withText(link))));
  }

  /** Clicks a link or button and waits for the page it leads to. */
  public void toNextPage(WebElement linkOrButton) {
    WebElement page = driver.findElement(By.tagName("html"));
    linkOrButton.click();
    waitForNextPage(page);
  }

  /**
   * Until the page that held {@code before} is gone. While the next one loads, Chromium may answer
   * a question about the old page with an error other than "stale": that only means "not yet".
   */
  private void waitForNextPage(WebElement before) {
    new WebDriverWait(driver, PATIENCE, LOOK_AGAIN)
        .ignoring(WebDriverException.class)
        .until(ExpectedConditions.stalenessOf(before));
  }

  public WebElement find(By by) {
    return driver.findElement(by);
  }

  public List<WebElement> findAll(By by) {
    return driver.findElements(by);
  }

  /** The text of the page's {@code <main>}, as it is shown. */
  public String mainText() {
    return driver.findElement(By.tagName("main")).getText();
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  public String title() {
    return driver.getTitle();
  }

  /** The language the page says it is in ({@code <html lang>}). */
  public String language() {
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }

  public <T> T waitUntil(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, PATIENCE, LOOK_AGAIN).until(condition);
  }

  /** Runs a script in the page, as its own code would. */
  public Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** A Chrome DevTools command, for what WebDriver has no word for. */
  public Map<String, Object> devTools(String command, Map<String, Object> parameters) {
    return driver.executeCdpCommand(command, parameters);
  }

  /**
   * The languages the browser asks for ({@code Accept-Language}) from the next request on, most
   * wanted first ("zh-TW,zh,en"): Chromium adds the q-values itself.
   */
  public void acceptLanguage(String languages) {
    String userAgent = (String) script("return navigator.userAgent");
    devTools(
        "Emulation.setUserAgentOverride",
        Map.of("userAgent", userAgent, "acceptLanguage", languages));
  }

  /**
   * A viewport this many CSS pixels wide (a phone's is 375), and of a fixed height. Not a phone's
   * emulation, whose touch and zoom would change how clicks land: only its width.
   */
  public void width(int width) {
    devTools(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
  }

  public WebDriver driver() {
    return driver;
  }

  /** The whole page, not only the window, as PNG under {@code target/screenshots/<name>.png}. */
  public Path screenshot(String name) {
    return screenshot(SCREENSHOTS.resolve(name + ".png"));
  }

  /** What the window shows, as PNG, into this file. */
  public Path screenshotOfWindow(Path file) {
    return write(file, driver.getScreenshotAs(OutputType.BYTES));
  }

  /** The whole page as PNG, into this file. */
  public Path screenshot(Path file) {
    @SuppressWarnings("unchecked")
    Map<String, Object> content =
        (Map<String, Object>) devTools("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
    Map<String, Object> clip =
        Map.of(
            "x", 0,
            "y", 0,
            "width", ((Number) content.get("width")).doubleValue(),
            "height", ((Number) content.get("height")).doubleValue(),
            "scale", 1);
    String png =
        (String)
            devTools(
                    "Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip))
                .get("data");
    return write(file, Base64.getDecoder().decode(png));
  }

  private static Path write(Path file, byte[] png) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return Files.write(file, png);
    } catch (IOException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
  }

  /** An XPath condition on an element's visible text, white space as the browser collapses it. */
  private static String withText(String text) {
    return "[normalize-space(.)=" + literal(text) + "]";
  }

  private static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
