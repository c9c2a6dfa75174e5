package org.singlepassword.adapters.web.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's markup, read as far as the tests of the DOM contract need: the html element's language,
 * the title, counts of elements, the labels and inputs, and anything that a strict
 * Content-Security-Policy would block (an inline script, a style element or attribute).
 */
public record Markup(String html) {

  private static final Pattern LANG = Pattern.compile("<html lang=\"([^\"]+)\">");
  private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
  private static final Pattern INPUT = Pattern.compile("<input ([^>]*)>");
  private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
  private static final Pattern TYPE = Pattern.compile("\\btype=\"([^\"]+)\"");
  private static final Pattern FRAGMENT_LINK = Pattern.compile("href=\"#([^\"]+)\"");
  private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>");

  public static Markup of(Response response) {
    return new Markup(response.body());
  }

  public String lang() {
    return first(LANG, "no <html lang>");
  }

  /** The title as a browser shows it (the few entities pages use, unescaped). */
  public String title() {
    return first(TITLE, "no <title>")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  /** How many times the text occurs. */
  public int count(String text) {
    return html.split(Pattern.quote(text), -1).length - 1;
  }

  /** The ids of the inputs a person fills in (not the hidden ones). */
  public List<String> visibleInputIds() {
    List<String> ids = new ArrayList<>();
    Matcher input = INPUT.matcher(html);
    while (input.find()) {
      Matcher type = TYPE.matcher(input.group(1));
      if (type.find() && type.group(1).equals("hidden")) {
        continue;
      }
      Matcher id = ID.matcher(input.group(1));
      ids.add(id.find() ? id.group(1) : "(an input without an id)");
    }
    return ids;
  }

  /** Every id on the page. */
  public List<String> ids() {
    List<String> ids = new ArrayList<>();
    Matcher id = ID.matcher(html);
    while (id.find()) {
      ids.add(id.group(1));
    }
    return ids;
  }

  /** The ids that links within the page go to ({@code href="#newPassword"}). */
  public List<String> fragmentLinks() {
    List<String> targets = new ArrayList<>();
    Matcher link = FRAGMENT_LINK.matcher(html);
    while (link.find()) {
      targets.add(link.group(1));
    }
    return targets;
  }

  /** What a strict Content-Security-Policy would block: inline scripts and any inline style. */
  public List<String> inlineCode() {
    List<String> found = new ArrayList<>();
    Matcher script = SCRIPT.matcher(html);
    while (script.find()) {
      if (!script.group(1).contains("src=")) {
        found.add(script.group());
      }
    }
    if (html.contains("<style")) {
      found.add("<style>");
    }
    if (Pattern.compile("\\sstyle=").matcher(html).find()) {
      found.add("style=");
    }
    if (Pattern.compile("\\son[a-z]+=\"").matcher(html).find()) {
      found.add("an on…= event handler");
    }
    if (html.contains("javascript:")) {
      found.add("javascript:");
    }
    return found;
  }

  private String first(Pattern pattern, String missing) {
    Matcher matcher = pattern.matcher(html);
    if (!matcher.find()) {
      throw new AssertionError(missing + " in:\n" + html);
    }
    return matcher.group(1);
  }
}
