/**
 * Use cases: one service per incoming port, each a plain class run in one transaction. Adapters
 * never see this package; bootstrap wires it.
 */
package org.singlepassword.application.service;
