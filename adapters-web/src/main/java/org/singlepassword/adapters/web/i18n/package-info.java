/**
 * Incoming adapter, HTML side: the two languages of the pages, English and Traditional Chinese
 * (Hong Kong). {@link org.singlepassword.adapters.web.i18n.LanguageChoice} picks one per request
 * (switch link, remembered cookie, Accept-Language, English), and {@link
 * org.singlepassword.adapters.web.i18n.Messages} holds every text of the pages in each language,
 * from one properties file a language.
 */
package org.singlepassword.adapters.web.i18n;
