package org.opennrm.audit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The newest audit entry at the last intact check, kept in a file outside the database
 * ({@code opennrm.audit.anchor-file}). The hash chain shows entries changed, removed or moved, but not the newest ones
 * cut off: what is left is a shorter valid chain. An entry recorded here that is no longer in the trail, or no longer
 * has its hash, shows the cut. Whoever can write this file can remove the anchor; keep it where database
 * administrators cannot.
 */
@Component
class AuditAnchor {

	private static final Logger log = LoggerFactory.getLogger(AuditAnchor.class);

	private static final String HEADER = "# OpenNRM audit anchor: the newest audit entry at the last intact check"
			+ " (sequence number, hash, time). Verification reports the trail cut if this entry is gone.";

	/** The newest entry of the trail at a check. */
	record Anchor(long seq, byte[] hash, Instant checkedAt) {
	}

	private final Path file;

	/**
	 * @param configured {@code opennrm.audit.anchor-file}; without it, {@code audit-anchor.txt} in the data directory,
	 *     or, beside a throw-away embedded database (tests), in a throw-away directory of its own
	 */
	AuditAnchor(@Value("${opennrm.audit.anchor-file:}") String configured, @Value("${opennrm.data-dir:./data}") Path dataDir,
			@Value("${opennrm.embedded-database.ephemeral:false}") boolean ephemeralDatabase) throws IOException {
		if (!configured.isBlank()) {
			this.file = Path.of(configured);
		}
		else if (ephemeralDatabase) {
			Path directory = Files.createTempDirectory("opennrm-audit-");
			directory.toFile().deleteOnExit();
			this.file = directory.resolve("audit-anchor.txt");
			this.file.toFile().deleteOnExit();
		}
		else {
			this.file = dataDir.resolve("audit-anchor.txt");
		}
	}

	/** The anchor, or empty when none was written yet (or the file cannot be read, which is logged). */
	Optional<Anchor> read() {
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
				.filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
			String[] fields = lines.get(0).trim().split("\\s+");
			return Optional.of(new Anchor(Long.parseLong(fields[0]), HexFormat.of().parseHex(fields[1]), Instant.parse(fields[2])));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("The audit anchor {} cannot be read ({}); the trail is checked without it, and the next intact check writes"
					+ " it again.", file, ex.toString());
			return Optional.empty();
		}
	}

	/** Records the trail's newest entry; written to a new file and moved over the old one, so it is never half written. */
	void write(Anchor anchor) {
		try {
			Path directory = file.toAbsolutePath().getParent();
			Files.createDirectories(directory);
			Path temporary = Files.createTempFile(directory, "audit-anchor", ".tmp");
			Files.writeString(temporary, HEADER + "\n" + anchor.seq() + " " + HexFormat.of().formatHex(anchor.hash()) + " "
					+ anchor.checkedAt() + "\n", StandardCharsets.UTF_8);
			try {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			log.warn("The audit anchor {} cannot be written ({}); a cut of the trail's newest entries would go unnoticed.",
					file, ex.toString());
		}
	}

}
