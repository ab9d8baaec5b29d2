package org.opennrm.identity.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes what sign-ins keep only for a while once its while is over: why sessions were ended ({@link EndedSessions},
 * kept for the longest lifetime of a session) and the refused sign-ins of client addresses ({@link AddressThrottle},
 * kept for their window). Neither is read past its time; cleared here, on a schedule, so that a quiet system does not
 * keep them for ever. On one node at a time (ShedLock), every {@code opennrm.login.clear-interval}.
 */
@Component
@Profile("!command")
class SignInRecordsClearing {

	private static final Logger log = LoggerFactory.getLogger(SignInRecordsClearing.class);

	private final EndedSessions endedSessions;
	private final AddressThrottle addresses;

	SignInRecordsClearing(EndedSessions endedSessions, AddressThrottle addresses) {
		this.endedSessions = endedSessions;
		this.addresses = addresses;
	}

	@Scheduled(initialDelayString = "${opennrm.login.clear-delay:PT1M}",
			fixedDelayString = "${opennrm.login.clear-interval:PT15M}")
	@SchedulerLock(name = "sign-in-records-clearing", lockAtMostFor = "PT10M")
	void clear() {
		int sessions = endedSessions.clearExpired();
		int forgotten = addresses.clearExpired();
		log.debug("Cleared {} reasons of ended sessions and {} client addresses past their window", sessions, forgotten);
	}

}
