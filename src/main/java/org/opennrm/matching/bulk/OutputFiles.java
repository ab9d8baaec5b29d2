package org.opennrm.matching.bulk;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The outputs of a run. Each is written to a file of its own beside it and moved into place at the end: a run that
 * fails leaves no half-written file, and a folder that cannot be written to is found before the matching, not after.
 */
final class OutputFiles {

	/** The files to write, by option name. */
	private final Map<String, Path> targets;

	/** The parts written in their stead, by option name, until they are moved into place. */
	private final Map<String, Path> parts = new LinkedHashMap<>();

	OutputFiles(Map<String, Path> targets) {
		this.targets = targets;
	}

	/**
	 * Creates the part of each output beside it; the message when the folder of one does not exist or cannot be
	 * written to (the parts created before it are then left to {@link #deleteParts}), otherwise null.
	 */
	String createParts(CommandText text) throws IOException {
		for (Map.Entry<String, Path> output : targets.entrySet()) {
			Path target = output.getValue().toAbsolutePath();
			String name = target.getFileName().toString();
			// a long name leaves room for the random part and the suffix within a file name's 255 characters
			String prefix = "." + (name.length() > 100 ? name.substring(0, 100) : name) + ".";
			Path part;
			try {
				part = Files.createTempFile(target.getParent(), prefix, ".part");
			}
			catch (NoSuchFileException ex) {
				return text.text("matching.cli.noFolder", target.getParent(), output.getValue());
			}
			catch (AccessDeniedException ex) {
				return text.text("matching.cli.noPermission", target.getParent(), output.getValue());
			}
			// stopped with Ctrl-C or by the system, the run still removes its parts: they hold people's ids
			part.toFile().deleteOnExit();
			parts.put(output.getKey(), part);
		}
		return null;
	}

	/** Whether the run writes the output of this option. */
	boolean has(String option) {
		return parts.containsKey(option);
	}

	/** Writes {@code table} to the part of {@code option}'s output, in the format its name asks for. */
	void write(String option, Table table) throws IOException {
		TableWriter.write(parts.get(option), targets.get(option), table);
	}

	/** Moves every part into place, replacing each target whole, in one step where the file system can. */
	void moveIntoPlace() throws IOException {
		for (Map.Entry<String, Path> part : parts.entrySet()) {
			Path target = targets.get(part.getKey());
			try {
				Files.move(part.getValue(), target, StandardCopyOption.REPLACE_EXISTING,
						StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(part.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		parts.clear();
	}

	/** Deletes the parts not moved into place (a run that failed), each that cannot be deleted told to {@code failed}. */
	void deleteParts(Consumer<IOException> failed) {
		for (Path part : parts.values()) {
			try {
				Files.deleteIfExists(part);
			}
			catch (IOException ex) {
				failed.accept(ex);
			}
		}
	}

}
