package org.opennrm.encryption;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.ibm.icu.text.Normalizer2;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes ("blind indexes") that let encrypted values be found by exact match without decrypting them: store
 * {@code hash("user.email", email)} next to the encrypted email and look up by the hash of what is searched for.
 * <p>
 * {@code hash = HMAC-SHA256(subKey(purpose), UTF-8(canonicalize(value)))}, where the sub-key is
 * HKDF-Expand(indexKey, "opennrm/blind-index/v1/" + purpose), one HMAC block. Each purpose thus has its own key,
 * so equal values under different purposes give unrelated hashes. Thread-safe.
 * <p>
 * New values are keyed by the active index key ({@link #activeKeyId}). While an index key is being rotated, values
 * keyed by the one before are still in the database: a look-up tries every configured index key
 * ({@link #lookupHashes}), and the modules store beside each keyed value the id of its key, so that
 * {@code java -jar opennrm.jar reencrypt} can key them again (docs/encryption.md, "Rotating the index key").
 * <p>
 * A blind index is for equality only: no prefix, fuzzy or range search. It reveals which rows share a value, so
 * use it only on columns where that is acceptable, and do not index values with few possibilities (sex,
 * nationality) where the hash is easy to guess by trying them all.
 */
@Component
@PermitAll // a tool: keyed hashes, which reveal nothing without the key
public class BlindIndex {

	private static final String LABEL = "opennrm/blind-index/v1/";

	private static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9._-]{0,99}");

	private static final Pattern WHITESPACE = Pattern.compile("\\p{IsWhite_Space}+");

	private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

	private final String activeKeyId;

	private final Map<String, SecretKey> indexKeys;

	private final Map<String, SecretKey> subKeys = new ConcurrentHashMap<>();

	private volatile Set<String> superseded = Set.of();

	BlindIndex(EncryptionKeys keys) {
		this.activeKeyId = keys.activeIndexKeyId();
		this.indexKeys = keys.indexKeys();
	}

	/** The id of the index key that keys new values, to be stored beside them. */
	public String activeKeyId() {
		return activeKeyId;
	}

	/**
	 * The ids of the index keys that values may be keyed by, the active one first, then the others in order: the
	 * configured ones but those superseded ({@link #supersede}), which only the audit chain's older entries are under.
	 */
	public List<String> keyIds() {
		List<String> ids = new ArrayList<>();
		ids.add(activeKeyId);
		new TreeSet<>(indexKeys.keySet()).stream().filter(id -> !id.equals(activeKeyId) && !superseded.contains(id))
			.forEach(ids::add);
		return ids;
	}

	/**
	 * Index keys that the database says were replaced for good ({@code reencrypt}, read at each start by the key check):
	 * nothing is keyed by them any more, so look-ups no longer try them and a session cookie signed by one names no
	 * session. They stay usable by id ({@link #macFor(String, String)}), for the audit chain's entries under them.
	 */
	void supersede(Collection<String> keyIds) {
		this.superseded = Set.copyOf(keyIds);
	}

	/** Whether an index key of this id is configured. */
	public boolean hasKey(String keyId) {
		return indexKeys.containsKey(keyId);
	}

	/**
	 * The blind index of {@code value} for {@code purpose} (e.g. "user.email"), over {@link #canonicalize its
	 * canonical form}; 32 bytes. {@code null}, or a value that is empty once canonical, gives {@code null}: there
	 * is nothing to look up, and blanks must not all match each other.
	 */
	public byte @Nullable [] hash(String purpose, @Nullable String value) {
		return hash(activeKeyId, purpose, value);
	}

	/** The same under the index key {@code keyId}, which must be configured. */
	public byte @Nullable [] hash(String keyId, String purpose, @Nullable String value) {
		Mac mac = macFor(keyId, purpose);
		if (value == null) {
			return null;
		}
		String canonical = canonicalize(value);
		return canonical.isEmpty() ? null : mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The blind index of {@code value} under every configured index key, the active one first, to look a value up
	 * ({@code where email_index = any(?)}) while values keyed by an earlier index key may remain; empty where
	 * {@link #hash} gives {@code null}.
	 */
	public List<byte[]> lookupHashes(String purpose, @Nullable String value) {
		List<byte[]> hashes = new ArrayList<>();
		for (String keyId : keyIds()) {
			byte[] hash = hash(keyId, purpose, value);
			if (hash == null) {
				return List.of();
			}
			hashes.add(hash);
		}
		return hashes;
	}

	/**
	 * A new HMAC-SHA256 keyed for {@code purpose}, for callers that hash many values with their own normalisation
	 * (a {@link Mac} is not thread-safe; keep one per thread or per task). {@link #hash} equals
	 * {@code macFor(purpose).doFinal(canonicalize(value).getBytes(UTF_8))}.
	 */
	public Mac macFor(String purpose) {
		return macFor(activeKeyId, purpose);
	}

	/** The same under the index key {@code keyId}; an id that is not configured is refused. */
	public Mac macFor(String keyId, String purpose) {
		if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
			throw new IllegalArgumentException(
					"A blind index purpose is lower-case letters, digits, '.', '_' or '-', e.g. \"user.email\"");
		}
		SecretKey indexKey = indexKeys.get(keyId);
		if (indexKey == null) {
			throw new IllegalArgumentException("The index key '" + keyId + "' is not configured (configured: "
					+ new TreeSet<>(indexKeys.keySet()) + ")");
		}
		SecretKey subKey = subKeys.computeIfAbsent(keyId + "/" + purpose, name -> deriveSubKey(indexKey, purpose));
		return hmac(subKey);
	}

	/**
	 * The form of a value that {@link #hash} hashes: Unicode NFKC_Casefold (NFKC, full case folding independent of
	 * locale, and removal of invisible format characters such as soft hyphens and zero-width spaces), then runs of
	 * whitespace collapsed to one space and trimmed. So "  ＡYŞE\u00A0 Yılmaz" and "ayşe yılmaz" are equal.
	 * Language-specific equivalences are left to callers: under locale-independent folding 'I' folds to 'i', 'İ' to
	 * "i̇" (i + combining dot) and 'ı' stays 'ı', so callers wanting Turkish-insensitive lookups map these first.
	 */
	public static String canonicalize(String value) {
		return WHITESPACE.matcher(NFKC_CASEFOLD.normalize(value)).replaceAll(" ").strip();
	}

	private static SecretKey deriveSubKey(SecretKey indexKey, String purpose) {
		// HKDF-Expand (RFC 5869) with the random index key as PRK, info = LABEL + purpose, one 32-byte block.
		Mac mac = hmac(indexKey);
		mac.update((LABEL + purpose).getBytes(StandardCharsets.UTF_8));
		mac.update((byte) 1);
		return new SecretKeySpec(mac.doFinal(), "HmacSHA256");
	}

	static Mac hmac(SecretKey key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}
}
