/**
 * Outgoing adapter, wording: what each e-mail about a person's account says — "reset your
 * password", "your password was changed", "your password expires soon" — in one phrasebook per
 * language, so that the words can be read, reviewed and translated in one place.
 */
package org.singlepassword.adapters.mail.wording;
