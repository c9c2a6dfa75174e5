/**
 * Incoming adapter, HTML side: the building blocks every page is made of. {@link
 * org.singlepassword.adapters.web.html.Copy} holds the request's language and texts, {@link
 * org.singlepassword.adapters.web.html.Html} escapes whatever a person typed or an account holds
 * before it reaches a page, {@link org.singlepassword.adapters.web.html.Layout} gives every page
 * the same frame (title, skip link, language switch, "My Profile" and "Sign out", the footer), the
 * fields, {@link org.singlepassword.adapters.web.html.FormErrors} and {@link
 * org.singlepassword.adapters.web.html.ErrorSummary} make the GOV.UK form patterns, {@link
 * org.singlepassword.adapters.web.html.FormTarget} lets one form serve its own page and the CAS
 * sign-in, {@link org.singlepassword.adapters.web.html.Paths} names the addresses pages link and
 * redirect to, and {@link org.singlepassword.adapters.web.html.ContentSecurityPolicy} says where
 * pages may load from and where their forms may lead.
 */
package org.singlepassword.adapters.web.html;
