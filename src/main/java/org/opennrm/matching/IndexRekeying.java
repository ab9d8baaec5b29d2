package org.opennrm.matching;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.opennrm.identity.Role;
import org.opennrm.identity.SystemActor;

/**
 * After an upgrade that changes how records become blocking keys, files the people of the index again, in the
 * background, a batch at a time, on one node. Until it is done, people filed under the old scheme are still found
 * through the keys the two schemes share, less well.
 * <p>
 * Stale means an older key scheme only, never another index key: during the index key's rotation a node not yet given
 * the new key would file everyone back under the old one, and the nodes would take turns re-keying the whole index.
 * The people it does file again are filed under this node's active index key, which their row records (index_key), so
 * a search finds them under either key and {@code reencrypt} moves those left under the old one.
 */
@Component
@Profile("!command")
class IndexRekeying {

	private static final Logger log = LoggerFactory.getLogger(IndexRekeying.class);

	/** How the audit trail names the re-keying ({@code system:matching-rekey}). */
	static final String JOB = "matching-rekey";

	private final PersonIndex index;

	IndexRekeying(PersonIndex index) {
		this.index = index;
	}

	@Scheduled(initialDelayString = "${opennrm.matching.rekey-delay:PT20S}",
			fixedDelayString = "${opennrm.matching.rekey-interval:PT1H}")
	@SchedulerLock(name = "matching-rekey", lockAtMostFor = "PT6H")
	void rekey() {
		long stale = index.staleCount();
		if (stale == 0) {
			return;
		}
		log.info("Matching index: {} people filed under an older key scheme; re-keying them to scheme {}", stale,
				PersonMatcher.KEY_SCHEME);
		long started = System.nanoTime();
		long done = 0;
		int batch;
		while ((batch = SystemActor.call(JOB, Role.INDEX_UPKEEP, index::rekeyStale)) > 0) {
			done += batch;
			if (done % 50_000 < PersonIndex.REKEY_BATCH) {
				log.info("Matching index: {} of {} people re-keyed", done, stale);
			}
		}
		log.info("Matching index: {} people re-keyed to scheme {} in {} s", done, PersonMatcher.KEY_SCHEME,
				(System.nanoTime() - started) / 1_000_000_000);
		long unreadable = index.unreadableCount();
		if (unreadable > 0) {
			log.warn("Matching index: {} people have a record that cannot be read back and keep their old keys; "
					+ "index them again (select id from matching_person where unreadable_since is not null)", unreadable);
		}
	}

}
