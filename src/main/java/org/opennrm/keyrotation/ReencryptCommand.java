package org.opennrm.keyrotation;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

import org.opennrm.encryption.KeyRotation;
import org.opennrm.encryption.KeyRotation.KeyUsage;
import org.opennrm.encryption.KeyRotation.Progress;
import org.opennrm.encryption.KeyRotation.Reencryption;
import org.opennrm.encryption.RowsHeldTooLong;
import org.opennrm.identity.Role;
import org.opennrm.identity.SystemActor;
import org.opennrm.shared.AdminCommand;
import org.opennrm.shared.SafeErrors;

/**
 * {@code java -jar opennrm.jar reencrypt [--check] [--batch N]}: the last step of a data key's or the index key's
 * rotation. It shows how many encrypted values are under each data key, and how many keyed values (look-ups, matching
 * keys) under each index key; re-encrypts under the active data key, and keys again under the active index key, those
 * that are not, so that an old key can be removed; and notes an earlier index key as superseded once nothing is keyed by
 * it (docs/encryption.md). It acts as the system job {@code system:reencrypt}, whose every value
 * re-encrypted is an entry in the audit trail. With {@code --check} it only counts. Exit codes: 0 every value is under
 * the active key; 1 some are not (with {@code --check}: before re-encrypting; without: values that could not be
 * decrypted, or written under an old key meanwhile by a node not yet restarted); 2 it could not run; 3 it stopped, rows
 * being held by another transaction for longer than it waits ({@code opennrm.encryption.reencrypt.row-wait}).
 */
@Component
class ReencryptCommand implements AdminCommand {

	static final int ALL_UNDER_ACTIVE_KEY = 0;

	static final int SOME_NOT = 1;

	static final int COULD_NOT_RUN = 2;

	static final int ROWS_HELD = 3;

	static final String JOB = "reencrypt";

	private final KeyRotation rotation;

	private final PrintStream out;

	@Autowired
	ReencryptCommand(KeyRotation rotation) {
		this(rotation, System.out);
	}

	ReencryptCommand(KeyRotation rotation, PrintStream out) {
		this.rotation = rotation;
		this.out = out;
	}

	@Override
	public String name() {
		return JOB;
	}

	@Override
	public int run(List<String> args) {
		ReencryptOptions options;
		try {
			options = ReencryptOptions.parse(args);
		}
		catch (IllegalArgumentException wrong) {
			// read before the application started too (OpenNrmApplication), so only a caller of run() sees this
			out.println(wrong.getMessage() + " See java -jar opennrm.jar reencrypt --help.");
			return COULD_NOT_RUN;
		}
		try {
			String active = rotation.activeKeyId();
			String activeIndex = rotation.activeIndexKeyId();
			out.println("Before:");
			long before = report(rotation.usage(), active);
			long beforeKeyed = reportIndex(rotation.indexUsage(), activeIndex);
			if (options.check()) {
				List<String> left = new ArrayList<>();
				if (before > 0) {
					left.add(String.format(Locale.ROOT, "values under other keys than the active one '%s': %,d", active, before));
				}
				if (beforeKeyed > 0) {
					left.add(String.format(Locale.ROOT, "values keyed by other index keys than the active one '%s': %,d",
							activeIndex, beforeKeyed));
				}
				out.println(left.isEmpty() ? allUnderActiveKeys(active, activeIndex)
						: Character.toUpperCase(left.get(0).charAt(0)) + String.join("; ", left).substring(1) + ".");
				return before + beforeKeyed == 0 ? ALL_UNDER_ACTIVE_KEY : SOME_NOT;
			}
			List<String> supersededBefore = rotation.supersededIndexKeys();
			long unreadable = 0;
			if (before > 0) {
				Reencryption result = SystemActor.call(JOB, Role.KEY_ROTATION,
						() -> rotation.reencrypt(options.batch(), new ProgressLines(out, "re-encrypt")));
				print(result, "re-encrypted under '" + active + "'", "could not be decrypted");
				unreadable += result.unreadable();
			}
			// also when nothing is keyed by an old index key: notes the earlier index keys as superseded
			Reencryption rekeyed = SystemActor.call(JOB, Role.KEY_ROTATION,
					() -> rotation.rekeyIndex(options.batch(), new ProgressLines(out, "key again")));
			if (beforeKeyed > 0) {
				print(rekeyed, "keyed again under index key '" + activeIndex + "'",
						"could not be read, or held by another row too (the log says which)");
			}
			unreadable += rekeyed.unreadable();
			out.println("After:");
			long after = report(rotation.usage(), active) + reportIndex(rotation.indexUsage(), activeIndex);
			List<String> superseded = new ArrayList<>(rotation.supersededIndexKeys());
			superseded.removeAll(supersededBefore);
			if (!superseded.isEmpty()) {
				out.println("Index key" + (superseded.size() == 1 ? " '" + superseded.get(0) + "' is" : "s " + superseded + " are")
						+ " now superseded: nothing is keyed by " + (superseded.size() == 1 ? "it" : "them") + ", no later audit"
						+ " entry may be, and no node may start with " + (superseded.size() == 1 ? "it" : "one of them")
						+ " as its active index key (a node still running with it active is out of service within a minute:"
						+ " restart it with the new one). Keep " + (superseded.size() == 1 ? "it" : "them")
						+ " configured: the audit trail's older entries are checked with " + (superseded.size() == 1 ? "it" : "them")
						+ " (the nightly check, the chain check screen, verify-audit).");
			}
			if (after == 0) {
				out.println(allUnderActiveKeys(active, activeIndex) + (before == 0 ? ""
						: " An old data key can be removed once no backup you may restore needs it."));
				return ALL_UNDER_ACTIVE_KEY;
			}
			out.println(String.format(Locale.ROOT, "Values still under other keys: %,d.", after)
					+ (unreadable == 0 ? ""
							: " Those that could not be read are under a data key not configured here (see the table: configure"
									+ " it, and run this again), or were altered.")
					+ " Values written meanwhile by a node not yet restarted with the new active keys are handled by"
					+ " running this command again.");
			return SOME_NOT;
		}
		catch (RowsHeldTooLong held) {
			boolean one = held.rowIds().size() == 1;
			out.println("Stopped: " + (held.rowIds().isEmpty() ? "rows of " + held.table() + " have"
					: (one ? "the row " : "the rows ") + String.join(", ", held.rowIds()) + " of " + held.table()
							+ (one ? " has" : " have"))
					+ " been held for " + RowsHeldTooLong.shown(held.waited()) + " by another transaction, which has written"
					+ " or locked " + (one ? "it" : "them") + " and has not ended (an open transaction: a psql session or"
					+ " another tool left without commit or rollback; pg_stat_activity shows it 'idle in transaction'). End"
					+ " it, then run this command again: what was done before is kept, and it goes on where it stopped. How"
					+ " long it waits: opennrm.encryption.reencrypt.row-wait (default 10m).");
			return ROWS_HELD;
		}
		catch (DataAccessException | TransactionException unreachable) {
			out.println("The values could not be re-encrypted or keyed again: the database could not be read or written ("
					+ SafeErrors.describe(unreachable) + "). What was done before this is kept; run the command again.");
			return COULD_NOT_RUN;
		}
	}

	private static String allUnderActiveKeys(String active, String activeIndex) {
		return "Every encrypted value is under the active key '" + active + "', and every keyed value under the active"
				+ " index key '" + activeIndex + "'.";
	}

	private void print(Reencryption result, String done, String unreadable) {
		for (Reencryption.Column column : result.columns()) {
			out.printf(Locale.ROOT, "%s: %s: %,d%s%n", column.field(), done, column.reencrypted(), column.unreadable() == 0
					? ""
					: String.format(Locale.ROOT, "; %s, left as they were: %,d (rows ", unreadable, column.unreadable())
							+ String.join(", ", column.unreadableIds())
							+ (column.unreadable() > column.unreadableIds().size() ? ", …" : "") + ")");
		}
	}

	/** Prints the values keyed by each index key, kind by kind; returns how many are not keyed by the active one. */
	private long reportIndex(List<KeyUsage> usage, String active) {
		out.println("  keyed by index keys:");
		return report(usage, active, "no keyed values");
	}

	/** Prints the values under each key, field by field; returns how many are not under the active key. */
	private long report(List<KeyUsage> usage, String active) {
		return report(usage, active, "no encrypted values");
	}

	private long report(List<KeyUsage> usage, String active, String none) {
		Map<String, Map<String, Long>> byField = new TreeMap<>();
		long notUnderActive = 0;
		for (KeyUsage u : usage) {
			String key = u.keyId() == null ? "(not an encrypted value)" : u.keyId();
			byField.computeIfAbsent(u.field(), f -> new TreeMap<>()).merge(key, u.values(), Long::sum);
			if (!active.equals(u.keyId())) {
				notUnderActive += u.values();
			}
		}
		if (byField.isEmpty()) {
			out.println("  " + none);
		}
		byField.forEach((field, keys) -> keys.forEach((key, values) -> out.printf(Locale.ROOT, "  %-28s %-24s %,d%n",
				field, key + (key.equals(active) ? " (active)" : ""), values)));
		return notUnderActive;
	}

	/** A line at the start of each column, then about every tenth of it, and at its end. */
	private static final class ProgressLines implements java.util.function.Consumer<Progress> {

		private final PrintStream out;
		private final String verb;
		private long lastShown = -1;

		ProgressLines(PrintStream out, String verb) {
			this.out = out;
			this.verb = verb;
		}

		@Override
		public void accept(Progress p) {
			long done = p.reencrypted() + p.unreadable();
			if (done == 0) {
				out.printf(Locale.ROOT, "%s: to %s: %,d%n", p.field(), verb, p.due());
				lastShown = 0;
				return;
			}
			long step = Math.max(1, p.due() / 10);
			if (done / step != lastShown / step || done >= p.due()) {
				out.printf(Locale.ROOT, "%s: done %,d of %,d%n", p.field(), done, Math.max(done, p.due()));
				lastShown = done;
			}
		}
	}

}
