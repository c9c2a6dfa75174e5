/**
 * Incoming adapter, CSV side: comma-separated values as RFC 4180 writes them, for the one endpoint
 * that takes a file (an administrator's intake of accounts) and answers with another. A small
 * reader and writer of our own, because the format is small and every quirk of it is a decision
 * worth seeing: quoted fields, doubled quotes, CRLF or LF, and no formula reaching a spreadsheet.
 */
package org.singlepassword.adapters.web.api.csv;
