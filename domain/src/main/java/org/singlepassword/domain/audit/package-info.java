/**
 * Domain: what happened to each account, when, through which e-service and from where: the audit
 * trail that IT reads and that a person sees as their recent activity.
 */
package org.singlepassword.domain.audit;
