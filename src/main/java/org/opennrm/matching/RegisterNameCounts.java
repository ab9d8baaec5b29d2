package org.opennrm.matching;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.opennrm.encryption.FieldEncryption;
import org.opennrm.identity.CurrentUser;
import org.opennrm.matching.index.MatchingIndexStore;
import org.opennrm.matching.index.RecordCodec;

/**
 * How common each name and pair of names is among the people of the index, as the bulk command counts a file: the
 * candidate search weighs an agreement on "Natalya Smirnova" by how many people of the register carry it. Without
 * the counts the shipped defaults know fourteen common names, and every other name looks rare: on the pairs the bulk
 * command compares in a generated register of 100,000 records, decided as the index decides, MATCH precision was 0.40
 * with the defaults and 0.81 with the register's counts (docs/benchmarks.md).
 *
 * <p>The counts are made by reading every encrypted record, twice (spellings first, then the names they form and
 * their pairs, names written apart that the register writes whole joined again), in one snapshot of the index, and are kept in this node's memory only: never written to a table or a
 * log. Each node counts for itself (see {@link RegisterNameCounting} for when); until the first count, and for a
 * register of fewer than {@value #MIN_PEOPLE} people, the defaults are used. Counts are national, whatever the
 * searching user's scope: they only change how much an agreement weighs.
 */
@Component
public class RegisterNameCounts {

	private static final Logger log = LoggerFactory.getLogger(RegisterNameCounts.class);

	/**
	 * A register of fewer people keeps the shipped defaults: counted pairs of names are not smoothed, and in a few
	 * dozen people a pair carried once would look as common as "Natalya Smirnova" in a national register. On
	 * generated registers of 700, 1,500 and 5,000 people the counts already found the query's person as often or more
	 * often than the defaults, with a third fewer MATCH candidates that were someone else (docs/benchmarks.md).
	 */
	static final int MIN_PEOPLE = 500;

	/** Records decrypted and prepared together, in parallel, before they are counted. */
	static final int BATCH = 5_000;

	private final MatchingIndexStore store;
	private final FieldEncryption encryption;
	private final PersonMatcher matcher;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate auditTransaction;

	private volatile NameFrequencies current = NameFrequencies.DEFAULT;
	private volatile long counted = -1;
	private volatile long countedAt;

	RegisterNameCounts(MatchingIndexStore store, FieldEncryption encryption, PersonMatcher matcher,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.store = store;
		this.encryption = encryption;
		this.matcher = matcher;
		this.events = events;
		this.auditTransaction = new TransactionTemplate(transactions);
		auditTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The counts in use: the last count of the register, or the shipped defaults before the first. They are the names
	 * of the register's people (a name counted once says that its bearer is registered), so only a search reads them.
	 */
	@PreAuthorize("hasAuthority('MATCH_QUERY')")
	public NameFrequencies current() {
		return current;
	}

	/** How many people the counts in use were made from; -1 before the first count. */
	@PermitAll // a count only
	public long countedPeople() {
		return counted;
	}

	/** When the counts in use were made ({@link System#nanoTime()}); meaningless before the first count. */
	long countedAt() {
		return countedAt;
	}

	/**
	 * Counts the names of every person in the index and puts the counts in use (the defaults for a register of fewer
	 * than {@value #MIN_PEOPLE} people). Returns how many people were counted.
	 */
	@PreAuthorize("hasAuthority('VICTIM_DATA_READ')")
	@Transactional(isolation = Isolation.REPEATABLE_READ)
	public long recount() {
		CurrentUser.requireNational();
		long started = System.nanoTime();
		NameFrequencies.Counter spellings = NameFrequencies.counter();
		AtomicLong unreadable = new AtomicLong();
		store.forEachRecord(BATCH, batch -> prepared(batch, unreadable).forEach(spellings::addSpellings));
		NameFrequencies.Tally names = spellings.tally();
		long[] people = { 0 };
		// the same unreadable records again: one counter for the pass, so that it is told once, not once per batch
		AtomicLong unreadableAgain = new AtomicLong();
		// names written apart that the register writes whole are joined again, as the search joins them
		store.forEachRecord(BATCH, batch -> prepared(batch, unreadableAgain).forEach(person -> {
			names.add(matcher.joinWrittenApart(person, spellings::records));
			people[0]++;
		}));
		if (people[0] > 0) {
			// the audit entry in a read committed transaction of its own: the chain's newest entry is not in this
			// transaction's snapshot (AuditEntries.lockChain)
			auditTransaction.executeWithoutResult(status -> events.publishEvent(new RegisterNamesCounted(people[0])));
		}
		current = people[0] >= MIN_PEOPLE ? names.build() : NameFrequencies.DEFAULT;
		countedAt = System.nanoTime();
		counted = people[0];
		log.info("Matching index: names of {} people counted in {} ms{}", people[0],
				(System.nanoTime() - started) / 1_000_000,
				unreadable.get() == 0 ? "" : "; " + unreadable.get() + " records could not be read");
		return people[0];
	}

	/**
	 * The batch's records decrypted and prepared; a record that cannot be read (its key retired, its bytes damaged) is
	 * left out of the count and reported by id, so that one bad row never leaves the whole register uncounted.
	 */
	private List<PreparedPerson> prepared(List<MatchingIndexStore.Encrypted> batch, AtomicLong unreadable) {
		return batch.parallelStream().map(row -> {
			try {
				return matcher.prepare(RecordCodec.decrypt(encryption, row.id(), row.recordEnc()));
			}
			catch (RuntimeException ex) {
				if (unreadable.getAndIncrement() == 0) {
					log.warn("Matching index: the record of person {} cannot be read ({}); it is not counted", row.id(),
							ex.getClass().getSimpleName());
				}
				return null;
			}
		}).filter(Objects::nonNull).toList();
	}

}
