/**
 * Incoming adapter, HTML side: the building blocks every page is made of. {@link
 * org.singlepassword.adapters.web.html.Html} escapes whatever a person typed or an account holds
 * before it reaches a page, {@link org.singlepassword.adapters.web.html.Layout} gives every page
 * the same header with "My Profile" and "Sign out", and {@link
 * org.singlepassword.adapters.web.html.Paths} names the addresses pages link and redirect to.
 */
package org.singlepassword.adapters.web.html;
