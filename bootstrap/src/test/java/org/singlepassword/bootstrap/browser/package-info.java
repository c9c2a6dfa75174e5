/**
 * Browser tests: the journeys a person makes on the pages, in a real (headless) Chromium against
 * the real service, and axe-core's check that every page meets WCAG 2.2 A and AA. {@link
 * org.singlepassword.bootstrap.browser.Browser} and {@link
 * org.singlepassword.bootstrap.browser.RunningSite} are the fixtures; screenshots land in {@code
 * bootstrap/target/screenshots}.
 */
package org.singlepassword.bootstrap.browser;
