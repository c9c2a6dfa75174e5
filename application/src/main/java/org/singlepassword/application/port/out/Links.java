package org.singlepassword.application.port.out;

import java.net.URI;
import org.singlepassword.domain.token.SecretToken;

/**
 * Outgoing port: the public addresses of pages that e-mails link to. The web adapter knows its
 * routes; the use cases only ask for a link.
 */
public interface Links {

  /** The "choose a new password" page for this reset token. */
  URI passwordReset(SecretToken token);
}
