package org.opennrm.encryption;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the keys at startup: configuration first, then the key file, then (if allowed) a newly generated key file;
 * otherwise startup fails. Never logs key material.
 */
final class EncryptionKeysLoader {

	static final String HOW_TO_CONFIGURE = "Set opennrm.encryption.keys.<id> (environment: OPENNRM_ENCRYPTION_KEYS_<ID>), "
			+ "opennrm.encryption.active-key-id (OPENNRM_ENCRYPTION_ACTIVE_KEY_ID) and "
			+ "opennrm.encryption.index-key (OPENNRM_ENCRYPTION_INDEX_KEY); generate each key with "
			+ "'openssl rand -base64 32' and use letters and digits for the id (e.g. k2026a). "
			+ "For a laptop or a demo only, configure no keys and set opennrm.encryption.generate-key-file=true to "
			+ "generate a key file instead. "
			+ "See docs/encryption.md.";

	private static final String PREFIX = "opennrm.encryption.";

	private static final String KEYS_PREFIX = PREFIX + "keys.";

	private static final String INDEX_KEYS_PREFIX = PREFIX + "index.keys.";

	private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

	private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

	private static final Logger log = LoggerFactory.getLogger(EncryptionKeysLoader.class);

	private final SecureRandom random;

	private final Clock clock;

	EncryptionKeysLoader(SecureRandom random, Clock clock) {
		this.random = random;
		this.clock = clock;
	}

	EncryptionKeys load(EncryptionProperties properties, Path keyFile) {
		if (properties.hasAnyKeyConfigured()) {
			EncryptionKeys keys = EncryptionKeys.of(properties.activeKeyId(), properties.keys(), properties.indexKey(),
					properties.index().keys(), properties.index().activeKeyId(), "configuration");
			if (Files.exists(keyFile)) {
				log.info("Encryption keys come from configuration; the key file {} is not used.", keyFile);
			}
			log.info("Encryption keys loaded from configuration: {}", keys);
			return keys;
		}
		if (Files.exists(keyFile)) {
			return readKeyFile(keyFile);
		}
		if (Boolean.TRUE.equals(properties.generateKeyFile())) {
			generateKeyFile(keyFile);
			return readKeyFile(keyFile);
		}
		throw new InvalidEncryptionKeysException("No encryption keys are configured and there is no key file at "
				+ keyFile.toAbsolutePath().normalize()
				+ ". OpenNRM encrypts victims' personal data and cannot start without its keys.", HOW_TO_CONFIGURE);
	}

	private EncryptionKeys readKeyFile(Path keyFile) {
		var content = new Properties();
		try (Reader reader = Files.newBufferedReader(keyFile, StandardCharsets.UTF_8)) {
			content.load(reader);
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new InvalidEncryptionKeysException(
					"Cannot read the encryption key file " + keyFile + " (" + ex.getClass().getSimpleName() + ").",
					"Check that the file exists, is readable by OpenNRM and is a properties file. " + HOW_TO_CONFIGURE);
		}
		var keys = new HashMap<String, String>();
		var indexKeys = new HashMap<String, String>();
		for (String name : content.stringPropertyNames()) {
			if (name.startsWith(KEYS_PREFIX)) {
				keys.put(name.substring(KEYS_PREFIX.length()), content.getProperty(name));
			}
			else if (name.startsWith(INDEX_KEYS_PREFIX)) {
				indexKeys.put(name.substring(INDEX_KEYS_PREFIX.length()), content.getProperty(name));
			}
		}
		EncryptionKeys loaded = EncryptionKeys.of(content.getProperty(PREFIX + "active-key-id"), keys,
				content.getProperty(PREFIX + "index-key"), indexKeys, content.getProperty(PREFIX + "index.active-key-id"),
				"key file " + keyFile);
		warnIfOthersCanRead(keyFile);
		log.info("Encryption keys loaded from key file {}: {}", keyFile, loaded);
		return loaded;
	}

	private void generateKeyFile(Path keyFile) {
		String keyId = "k" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE);
		String content = """
				# OpenNRM encryption keys, generated on first start (%s).
				# Whoever holds this file and the database can read victims' personal data.
				# Keep it readable by OpenNRM only, back it up apart from the database, never commit or mail it.
				# Losing it makes the encrypted data unreadable for good.
				# Keys next to the data are fit for a laptop or a demo only; see docs/encryption.md for production.
				%sactive-key-id=%s
				%s%s=%s
				%sindex-key=%s
				""".formatted(clock.instant(), PREFIX, keyId, KEYS_PREFIX, keyId, newKey(), PREFIX, newKey());
		try {
			createOwnerOnlyDirectories(keyFile.toAbsolutePath().getParent());
			write(keyFile, content);
		}
		catch (FileAlreadyExistsException ex) {
			return; // another process generated it first; use theirs
		}
		catch (IOException | UncheckedIOException ex) {
			throw new InvalidEncryptionKeysException("Cannot create the encryption key file " + keyFile + " ("
					+ ex.getClass().getSimpleName() + ").",
					"Make its directory writable by OpenNRM, or configure the keys instead. " + HOW_TO_CONFIGURE);
		}
		log.warn("Generated new encryption keys in {}. These keys live next to the data they protect: anyone who "
				+ "copies the data directory can read victims' personal data, so this is fit for a laptop or a demo "
				+ "only. Back this file up (without it the data cannot be decrypted). For production, set "
				+ "OPENNRM_ENCRYPTION_KEYS_<ID>, OPENNRM_ENCRYPTION_ACTIVE_KEY_ID and OPENNRM_ENCRYPTION_INDEX_KEY "
				+ "(each key from 'openssl rand -base64 32') from a secret store, and set "
				+ "opennrm.encryption.generate-key-file=false; see docs/encryption.md.", keyFile.toAbsolutePath());
	}

	private String newKey() {
		byte[] key = new byte[EncryptionKeys.KEY_BYTES];
		random.nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	/** Creates missing directories readable by the owner only; directories that exist are left as they are. */
	private static void createOwnerOnlyDirectories(Path directory) throws IOException {
		List<Path> missing = new ArrayList<>();
		for (Path p = directory; p != null && !Files.exists(p); p = p.getParent()) {
			missing.add(p);
		}
		Collections.reverse(missing);
		for (Path p : missing) {
			try {
				Files.createDirectory(p);
			}
			catch (FileAlreadyExistsException ex) {
				continue;
			}
			setOwnerOnly(p, OWNER_ONLY_DIRECTORY);
		}
	}

	/** CREATE_NEW: a key file is never overwritten, since that would make existing data unreadable. */
	private static void write(Path keyFile, String content) throws IOException {
		var options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		boolean posix = supportsPosix(keyFile.toAbsolutePath().getParent());
		FileChannel channel = posix
				? FileChannel.open(keyFile, options, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))
				: FileChannel.open(keyFile, options);
		try (channel) {
			ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
			while (bytes.hasRemaining()) {
				channel.write(bytes);
			}
			channel.force(true);
		}
		catch (IOException ex) {
			Files.deleteIfExists(keyFile); // ours and incomplete: let the next start generate it again
			throw ex;
		}
		if (posix) {
			setOwnerOnly(keyFile, OWNER_ONLY_FILE); // the umask may have narrowed, never widened, but be exact
		}
		else {
			log.warn("The file system of {} has no POSIX permissions; restrict access to the key file by hand.", keyFile);
		}
	}

	private static void setOwnerOnly(Path path, Set<PosixFilePermission> permissions) throws IOException {
		if (supportsPosix(path)) {
			Files.setPosixFilePermissions(path, permissions);
		}
	}

	private static boolean supportsPosix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

	private static void warnIfOthersCanRead(Path keyFile) {
		if (!supportsPosix(keyFile)) {
			return;
		}
		try {
			Set<PosixFilePermission> permissions = Files.getFileAttributeView(keyFile, PosixFileAttributeView.class)
					.readAttributes().permissions();
			if (!OWNER_ONLY_FILE.containsAll(permissions)) {
				log.warn("The encryption key file {} can be read by other users ({}); restrict it with: chmod 600 {}",
						keyFile, PosixFilePermissions.toString(permissions), keyFile);
			}
		}
		catch (IOException ex) {
			log.warn("Cannot check the permissions of the encryption key file {} ({}).", keyFile,
					ex.getClass().getSimpleName());
		}
	}
}
