package org.opennrm.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;

import org.opennrm.encryption.DecryptionException;
import org.opennrm.encryption.FieldEncryption;
import org.opennrm.encryption.IndexKeyedValues;
import org.opennrm.matching.index.MatchingIndexStore;
import org.opennrm.matching.index.RecordCodec;
import org.opennrm.shared.AuditableBatch;
import org.opennrm.shared.AuditableEvent;

/**
 * The people of the matching index filed again under the active index key, from their encrypted records, when the
 * index key is rotated ({@code reencrypt}; docs/matching.md, "The index key's rotation"). Their keys are made by the
 * current key scheme too. The background re-keying ({@link IndexRekeying}) leaves people's index key alone: a node
 * not yet given the new key would file them back under the old one.
 */
@Component
class IndexKeyRekeying implements IndexKeyedValues {

	private final MatchingIndexStore store;
	private final FieldEncryption encryption;
	private final PersonMatcher matcher;
	private final ApplicationEventPublisher events;

	IndexKeyRekeying(MatchingIndexStore store, FieldEncryption encryption, PersonMatcher matcher,
			ApplicationEventPublisher events) {
		this.store = store;
		this.encryption = encryption;
		this.matcher = matcher;
		this.events = events;
	}

	/** The people of the index, each filed under one index key (matching_person.index_key) by all their keys. */
	@Override
	public String name() {
		return "matching_person";
	}

	@Override
	@PermitAll // counts only: the key check at each start reads them, before anyone acts
	@Transactional(readOnly = true)
	public Map<String, Long> countByIndexKey() {
		return store.countByIndexKey();
	}

	/**
	 * Reads the records of up to {@code limit} people filed under another index key, after {@code after} in id order, and
	 * files them under the active one. The audit entries of the records read come first, then the index writers' lock
	 * (the order every index writer takes them in, see {@link MatchingIndexStore}), under which the rows are read again:
	 * a person whose record changed meanwhile was filed again by that write, and is left to it. The writers' lock, which
	 * every writer of a person's keys takes, is what locks the rows: a row lock taken after the audit trail's would
	 * reverse the order in which the re-encryption of the records takes the two.
	 */
	@Override
	@PreAuthorize("hasRole('KEY_ROTATION')")
	@Transactional
	public Batch rekey(int limit, @Nullable Object after) {
		List<MatchingIndexStore.Filed> due = store.notUnderActiveIndexKey(limit, (UUID) after);
		if (due.isEmpty()) {
			return new Batch(0, List.of(), null);
		}
		String active = store.activeIndexKey();
		List<MatchingIndexStore.Filed> read = new ArrayList<>(due.size());
		List<List<Long>> keys = new ArrayList<>(due.size());
		List<UUID> unreadable = new ArrayList<>();
		for (MatchingIndexStore.Filed person : due) {
			PersonRecord record;
			try {
				record = RecordCodec.decrypt(encryption, person.id(), person.recordEnc());
			}
			catch (DecryptionException | JacksonException ex) {
				unreadable.add(person.id());
				continue;
			}
			read.add(person);
			keys.add(matcher.indexKeys(matcher.prepare(record)).stream().map(key -> store.keyHash(active, key))
				.distinct().toList());
		}
		if (!read.isEmpty()) {
			events.publishEvent(new AuditableBatch(read.stream()
				.<AuditableEvent>map(p -> new IndexKeyRekeyed(p.id(), p.indexKey(), active, PersonMatcher.KEY_SCHEME))
				.toList()));
		}
		Map<UUID, MatchingIndexStore.Row> locked = store.lockedRows(due.stream().map(MatchingIndexStore.Filed::id).toList())
			.stream().collect(Collectors.toMap(MatchingIndexStore.Row::id, Function.identity()));
		List<MatchingIndexStore.Row> unchanged = new ArrayList<>(read.size());
		List<List<Long>> theirKeys = new ArrayList<>(read.size());
		for (int i = 0; i < read.size(); i++) {
			MatchingIndexStore.Row row = locked.get(read.get(i).id());
			if (row != null && Arrays.equals(row.recordEnc(), read.get(i).recordEnc())) {
				unchanged.add(row);
				theirKeys.add(keys.get(i));
			}
		}
		store.replaceKeys(unchanged, theirKeys, PersonMatcher.KEY_SCHEME);
		// as the background re-keying marks them; an operator finds them there, or by the ids in the answer
		store.markUnreadable(unreadable.stream().filter(locked::containsKey).toList());
		return new Batch(unchanged.size(), unreadable.stream().map(UUID::toString).toList(), due.get(due.size() - 1).id());
	}

	/** A person's record read by the system to file them again under the active index key. */
	record IndexKeyRekeyed(UUID personId, String fromKey, String toKey, int keyScheme) implements AuditableEvent {

		@Override
		public String action() {
			return "INDEX_KEYED_VALUE_REKEYED";
		}

		@Override
		public String entityType() {
			return "person";
		}

		@Override
		public String entityId() {
			return personId.toString();
		}

		@Override
		public String purpose() {
			return String.format(Locale.ROOT, "matching_key.key_hash keyed again from index key %s to index key %s"
					+ " (record read, filed under key scheme %d)", fromKey, toKey, keyScheme);
		}
	}

}
