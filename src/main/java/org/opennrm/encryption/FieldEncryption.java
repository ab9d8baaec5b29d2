package org.opennrm.encryption;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal fields with AES-256-GCM before they are stored. Thread-safe.
 * <p>
 * Each value is self-describing: {@code version (1 byte) | key-id length (1 byte) | key id (ASCII) | IV (12 bytes) |
 * ciphertext + GCM tag (16 bytes)}. A fresh random IV is used for every value. The header and the caller's
 * {@code context} are authenticated as additional data, so a value copied to another row or column (another
 * context) does not decrypt. Pass a context naming the field and the row, e.g. {@code "user.phone:" + userId}, and
 * nothing else: a value that cannot be decrypted is reported with its context, so that the operator finds its row.
 * <p>
 * Encryption hides content, not length: the ciphertext is 30 + key-id length bytes longer than the UTF-8 plaintext.
 */
@Component
@PermitAll // a tool: the module that reads a field decides, and audits, who may
public class FieldEncryption {

	static final byte VERSION = 1;

	static final int IV_BYTES = 12;

	static final int TAG_BITS = 128;

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int MIN_LENGTH = 2 + 1 + IV_BYTES + TAG_BITS / 8;

	private final EncryptionKeys keys;

	private final SecureRandom random = new SecureRandom();

	FieldEncryption(EncryptionKeys keys) {
		this.keys = keys;
	}

	/** Encrypts under the active key; {@code null} gives {@code null}. */
	public byte @Nullable [] encrypt(@Nullable String plaintext, String context) {
		requireContext(context);
		if (plaintext == null) {
			return null;
		}
		byte[] header = header(keys.activeKeyId());
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		byte[] plain = plaintext.getBytes(StandardCharsets.UTF_8);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.activeKey(), iv, header, context);
			byte[] out = new byte[header.length + IV_BYTES + cipher.getOutputSize(plain.length)];
			System.arraycopy(header, 0, out, 0, header.length);
			System.arraycopy(iv, 0, out, header.length, IV_BYTES);
			cipher.doFinal(plain, 0, plain.length, out, header.length + IV_BYTES);
			return out;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM encryption is not available", ex);
		}
		finally {
			Arrays.fill(plain, (byte) 0);
		}
	}

	/**
	 * Decrypts a value made by {@link #encrypt} with the same context; {@code null} gives {@code null}.
	 * @throws DecryptionException if the value was altered, has another context, its key is not configured, or it
	 * is not in this format
	 */
	public @Nullable String decrypt(byte @Nullable [] ciphertext, String context) {
		requireContext(context);
		if (ciphertext == null) {
			return null;
		}
		Header header = Header.parse(ciphertext);
		SecretKey key = keys.dataKey(header.keyId())
			.orElseThrow(() -> new DecryptionException("No encryption key with id '" + header.keyId()
					+ "' is configured. Keys must stay configured after rotation as long as values encrypted under "
					+ "them exist (opennrm.encryption.keys." + header.keyId() + "). Value of " + context + "."));
		int ivOffset = header.length();
		byte[] iv = Arrays.copyOfRange(ciphertext, ivOffset, ivOffset + IV_BYTES);
		byte[] headerBytes = Arrays.copyOf(ciphertext, header.length());
		byte[] plain = null;
		try {
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, iv, headerBytes, context);
			plain = cipher.doFinal(ciphertext, ivOffset + IV_BYTES, ciphertext.length - ivOffset - IV_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException ex) {
			throw new DecryptionException("Decryption failed: the value was altered, or it belongs to another field "
					+ "or row (its context differs), or its key changed under the same id. Value of " + context + ".");
		}
		catch (GeneralSecurityException ex) {
			throw new DecryptionException("Decryption failed (" + ex.getClass().getSimpleName() + "). Value of " + context
					+ ".", ex);
		}
		finally {
			if (plain != null) {
				Arrays.fill(plain, (byte) 0);
			}
		}
	}

	/**
	 * Whether the value is encrypted under the active key, i.e. needs no {@link #reencrypt}. {@code null} has
	 * nothing to rotate and gives {@code true}.
	 * @throws DecryptionException if the value is not in this format
	 */
	public boolean isUnderActiveKey(byte @Nullable [] ciphertext) {
		return ciphertext == null || Header.parse(ciphertext).keyId().equals(keys.activeKeyId());
	}

	/**
	 * Decrypts and encrypts again under the active key with a fresh IV, for key rotation; {@code null} gives
	 * {@code null}.
	 * @throws DecryptionException as {@link #decrypt}
	 */
	public byte @Nullable [] reencrypt(byte @Nullable [] ciphertext, String context) {
		return encrypt(decrypt(ciphertext, context), context);
	}

	private static Cipher cipher(int mode, SecretKey key, byte[] iv, byte[] header, String context)
			throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance(TRANSFORMATION);
		cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
		// The header is length-prefixed, so header || context cannot be read two ways.
		cipher.updateAAD(header);
		cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

	static byte[] header(String keyId) {
		byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
		return ByteBuffer.allocate(2 + id.length).put(VERSION).put((byte) id.length).put(id).array();
	}

	private static void requireContext(String context) {
		if (context == null || context.isBlank()) {
			throw new IllegalArgumentException("An encryption context (e.g. \"user.phone:\" + id) is required");
		}
	}

	record Header(String keyId, int length) {

		static Header parse(byte[] value) {
			if (value.length < MIN_LENGTH) {
				throw new DecryptionException("Not an encrypted value: too short.");
			}
			if (value[0] != VERSION) {
				throw new DecryptionException("Unsupported encrypted value format version " + (value[0] & 0xff) + ".");
			}
			int idLength = value[1] & 0xff;
			if (idLength < 1 || idLength > 32 || value.length < MIN_LENGTH - 1 + idLength) {
				throw new DecryptionException("Not an encrypted value: malformed key id.");
			}
			String keyId = new String(value, 2, idLength, StandardCharsets.US_ASCII);
			if (!EncryptionKeys.KEY_ID.matcher(keyId).matches()) {
				throw new DecryptionException("Not an encrypted value: malformed key id.");
			}
			return new Header(keyId, 2 + idLength);
		}
	}
}
