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
	String createParts(CommandText text) throws CannotWrite {
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
			catch (IOException ex) {
				throw new CannotWrite(output.getKey(), output.getValue(), ex);
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
	void write(String option, Table table) throws CannotWrite, TableWriter.TooLongForWorkbook {
		try {
			TableWriter.write(parts.get(option), targets.get(option), table);
		}
		catch (TableWriter.TooLongForWorkbook ex) {
			throw ex;
		}
		catch (IOException ex) {
			throw new CannotWrite(option, targets.get(option), ex);
		}
	}

	/** Moves every part into place, replacing each target whole, in one step where the file system can. */
	void moveIntoPlace() throws CannotWrite {
		for (Map.Entry<String, Path> part : parts.entrySet()) {
			Path target = targets.get(part.getKey());
			try {
				try {
					Files.move(part.getValue(), target, StandardCopyOption.REPLACE_EXISTING,
							StandardCopyOption.ATOMIC_MOVE);
				}
				catch (AtomicMoveNotSupportedException ex) {
					Files.move(part.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			catch (IOException ex) {
				throw new CannotWrite(part.getKey(), target, ex);
			}
		}
		parts.clear();
	}

	/** Deletes the parts not moved into place (a run that failed), each that cannot be deleted told to {@code failed}. */
	void deleteParts(Consumer<Path> failed) {
		for (Path part : parts.values()) {
			try {
				Files.deleteIfExists(part);
			}
			catch (IOException ex) {
				failed.accept(part);
			}
		}
	}

	/**
	 * An output that the system did not let be written: the disk full, the file open in another program, no
	 * permission, a file in place of a folder of its path. Told by the output alone, never by the system's message,
	 * which names paths and states the user did not give and may be in no language of the command.
	 */
	static final class CannotWrite extends Exception {

		/** The option that named the output, without its dashes ({@code output}, {@code clusters}). */
		final String option;

		/** The output as the option named it. */
		final Path target;

		CannotWrite(String option, Path target, IOException cause) {
			super(cause);
			this.option = option;
			this.target = target;
		}

	}

}
