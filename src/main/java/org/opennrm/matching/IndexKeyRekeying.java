package org.opennrm.matching;

import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.opennrm.encryption.IndexKeyedValues;
import org.opennrm.matching.index.MatchingIndexStore;

/**
 * The people of the matching index, as {@code reencrypt} files them again under the active index key when the index key
 * is rotated ({@link PersonIndex#rekeyUnderActiveIndexKey}; docs/matching.md, "The index key's rotation"). The
 * background re-keying ({@link IndexRekeying}) leaves people's index key alone: a node not yet given the new key would
 * file them back under the old one.
 */
@Component
class IndexKeyRekeying implements IndexKeyedValues {

	private final MatchingIndexStore store;
	private final PersonIndex index;

	IndexKeyRekeying(MatchingIndexStore store, PersonIndex index) {
		this.store = store;
		this.index = index;
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

	@Override
	@PreAuthorize("hasRole('KEY_ROTATION')")
	public Batch rekey(int limit, @Nullable Object after) {
		return index.rekeyUnderActiveIndexKey(limit, (UUID) after);
	}

}
