package org.opennrm.shared.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.opennrm.shared.SafeErrors;
import org.opennrm.shared.TemporarilyUnavailable;

/**
 * Each request answered 503 because the database cancelled a statement of its is a warning in the log, naming where in
 * OpenNRM's code it ran: the user was asked to try again, and an operator should learn what was slow (a statement past
 * the time limit), or which locks were taken in an order that can fail (a transaction that lost a deadlock or a
 * serialization conflict).
 */
final class CancelledStatements {

	private static final Logger log = LoggerFactory.getLogger(CancelledStatements.class);

	private CancelledStatements() {
	}

	/** Warns of {@code failure} if it is such a statement; {@code request} says what asked (a page, an API call). */
	static void warnIf(TemporarilyUnavailable.Why why, String request, Throwable failure) {
		if (why.logged()) {
			log.warn("{} was answered 503, {}: {}", request, why.inTheLog(), SafeErrors.describe(failure));
		}
	}

}
