/**
 * Incoming adapter, HTML side: the building blocks every page is made of. {@link
 * org.singlepassword.adapters.web.html.Html} escapes whatever a person typed or an account holds
 * before it reaches a page, {@link org.singlepassword.adapters.web.html.Layout} gives every page
 * the same header with "My Profile" and "Sign out" and the same footer, {@link
 * org.singlepassword.adapters.web.html.Paths} names the addresses pages link and redirect to, and
 * {@link org.singlepassword.adapters.web.html.ContentSecurityPolicy} says where pages may load from
 * and where their forms may lead.
 */
package org.singlepassword.adapters.web.html;
