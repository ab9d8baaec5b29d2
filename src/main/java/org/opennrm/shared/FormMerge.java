package org.opennrm.shared;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * An edit screen's form, merged with what someone else saved while it was open (a three-way merge). The form carries
 * the values it was opened with ({@code base.<field>}, hidden); when its version is no longer the saved one, each
 * field is compared: one that only the person changed keeps their value, one that only the other person changed
 * takes theirs, one both changed to different values is a conflict, shown with both values for the person to choose
 * ({@code choice.<field>}: {@code mine} or {@code theirs}). Nothing is saved until they save the merged form, which is
 * then saved as shown; so no one's change is overwritten by someone who has not seen it.
 *
 * <p>A form names its fields once, in a function from a merge to the form ({@code m -> new Form(m.text("name", …),
 * …)}): the same function merges a stale save and applies the choices of the next one.
 *
 * @param <F> the form, a record
 */
public final class FormMerge<F extends Record> {

	/** What became of a field. */
	public enum Outcome {
		/** Neither side changed it, or both to the same value. */
		UNCHANGED,
		/** Only the person saving changed it: their value is kept. */
		MINE,
		/** Only someone else changed it: their saved value is taken. */
		THEIRS,
		/** Both changed it, to different values: the person chooses. */
		CONFLICT
	}

	/** A value as the screen shows it: a text of its own, or a message key (a type, a scope, "none"). */
	public record Shown(String text, String messageKey) {

		public static Shown text(String text) {
			return text == null || text.isBlank() ? message("common.none") : new Shown(text, null);
		}

		public static Shown message(String messageKey) {
			return new Shown(null, messageKey);
		}

	}

	/**
	 * One field of the form.
	 *
	 * @param mineValue the person's value as the form sends it, for a conflict's hidden field
	 * @param chosen for a conflict, {@code mine} or {@code theirs} once chosen, else null
	 */
	public record Field(String name, String labelKey, Outcome outcome, String mineValue, Shown mine, Shown theirs,
			String chosen) {
	}

	/** How many times a form is saved again over changes of others to none of its fields before it is shown merged. */
	static final int SAVES_OVER_UNRELATED_CHANGES = 3;

	static final String BASE = "base.";
	static final String CONFLICT = "conflict";
	static final String CHOICE = "choice.";
	static final String THEIRS_CHOSEN = "theirs";

	private final F base;
	private final int version;
	private final F mine;
	private final F theirs;
	private final Set<String> pending;
	private final Map<String, String> choices;
	private final Function<FormMerge<F>, F> fields;
	private final Map<String, Field> merged = new LinkedHashMap<>();
	private final F form;

	private FormMerge(F base, int version, F mine, F theirs, Set<String> pending, Map<String, String> choices,
			Function<FormMerge<F>, F> fields) {
		this.base = base;
		this.version = version;
		this.mine = mine;
		this.theirs = theirs;
		this.pending = pending;
		this.choices = choices;
		this.fields = fields;
		this.form = mine == null ? base : fields.apply(this);
	}

	/** A form just opened on the saved values: nothing to merge, only the values to send back as its base. */
	public static <F extends Record> FormMerge<F> opened(F saved, int version) {
		return new FormMerge<>(saved, version, null, null, Set.of(), Map.of(), m -> m.base);
	}

	/**
	 * What an edit form sent: the person's values with the choices of any conflicts shown applied, and the values the
	 * form was opened with (unknown for a form that sent none, for which a later merge counts every difference as a
	 * conflict).
	 */
	public static <F extends Record> FormMerge<F> sent(HttpServletRequest request, Class<F> type, F form, int version,
			Function<FormMerge<F>, F> fields) {
		Set<String> pending = Set.copyOf(Arrays.asList(
				Objects.requireNonNullElse(request.getParameterValues(CONFLICT), new String[0])));
		Map<String, String> choices = pending.stream()
			.filter(field -> request.getParameter(CHOICE + field) != null)
			.collect(Collectors.toMap(field -> field, field -> request.getParameter(CHOICE + field)));
		return new FormMerge<>(HiddenValues.read(request, BASE, type), version, form, null, pending, choices, fields);
	}

	/**
	 * Saves the form at its version. When someone else saved since, the form is merged with what they saved: if they
	 * changed none of its fields, it is saved over their version; else nothing is saved, and the merge is returned, to
	 * show. A refusal of the values ({@link UserInputException}) is thrown as it comes.
	 *
	 * @param save saves a form if the saved version is the one given, else throws
	 *        {@link OptimisticLockingFailureException}
	 * @param saved what is saved now, with its version
	 * @return the merge to show, or empty when the form was saved
	 */
	public Optional<FormMerge<F>> save(Save<F> save, Supplier<Saved<F>> saved) {
		FormMerge<F> edit = this;
		for (int attempt = 1;; attempt++) {
			try {
				save.save(edit.version, edit.form);
				return Optional.empty();
			}
			catch (OptimisticLockingFailureException stale) {
				Saved<F> now = saved.get();
				edit = new FormMerge<>(edit.basis(), now.version(), edit.form, now.form(), Set.of(), Map.of(), fields);
				if (!edit.othersChangedNothing() || attempt == SAVES_OVER_UNRELATED_CHANGES) {
					return Optional.of(edit);
				}
			}
		}
	}

	/** Saves a form, if the saved version is {@code version}. */
	@FunctionalInterface
	public interface Save<F> {
		void save(int version, F form);
	}

	/** A form of the values saved now, and their version. */
	public record Saved<F>(F form, int version) {
	}

	/**
	 * The merged value of a field the screen shows as text ("none" when empty). Values are compared as they are saved:
	 * spaces at either end, an empty text and the kind of line break do not count as a change.
	 */
	public String text(String name, String labelKey, Function<F, String> value) {
		return field(name, labelKey, value, Shown::text);
	}

	/** The merged value of a field, shown on the screen as {@code shown} says. */
	public <T> T field(String name, String labelKey, Function<F, T> value, Function<T, Shown> shown) {
		T mineValue = value.apply(mine);
		T baseValue = base == null ? null : value.apply(base);
		Outcome outcome;
		T result;
		String chosen = null;
		T theirValue;
		if (theirs == null) {
			// the form sent after a merge was shown: its conflicts resolved as the person chose
			theirValue = baseValue;
			outcome = pending.contains(name) ? Outcome.CONFLICT : Outcome.UNCHANGED;
			chosen = choices.get(name);
			result = THEIRS_CHOSEN.equals(chosen) && base != null ? baseValue : mineValue;
		}
		else {
			T theirSaved = value.apply(theirs);
			theirValue = theirSaved;
			boolean iChanged = base == null || !same(baseValue, mineValue);
			boolean theyChanged = base == null || !same(baseValue, theirSaved);
			outcome = same(mineValue, theirSaved) ? Outcome.UNCHANGED
					: !theyChanged ? Outcome.MINE : !iChanged ? Outcome.THEIRS : Outcome.CONFLICT;
			result = outcome == Outcome.THEIRS ? theirSaved : mineValue;
		}
		merged.put(name, new Field(name, labelKey, outcome, HiddenValues.sent(mineValue), shown(shown, mineValue),
				shown(shown, theirValue), chosen));
		return result;
	}

	private static <T> Shown shown(Function<T, Shown> shown, T value) {
		return value == null ? Shown.text(null) : shown.apply(value);
	}

	/**
	 * Makes these fields conflicts, for the person to choose, although each alone merged: for fields whose merged
	 * values do not go together (their role with my scope).
	 */
	public void conflict(String... names) {
		for (String name : names) {
			merged.computeIfPresent(name, (n, f) -> new Field(n, f.labelKey(), Outcome.CONFLICT, f.mineValue(), f.mine(),
					f.theirs(), null));
		}
	}

	/** The version the form shown is based on, to send back with it. */
	public int version() {
		return version;
	}

	/** The form to save (as sent, with the choices applied), or the merged form to show. */
	public F form() {
		return form;
	}

	/** Whether someone else changed none of the form's fields, so that saving it overwrites nothing of theirs. */
	public boolean othersChangedNothing() {
		return merged.values().stream()
			.noneMatch(f -> f.outcome() == Outcome.THEIRS || f.outcome() == Outcome.CONFLICT);
	}

	/**
	 * Whether the form shown is a merge (someone else saved since it was opened), or has conflicts still to choose: the
	 * screen says so.
	 */
	public boolean merged() {
		return theirs != null || !pending.isEmpty();
	}

	/** The conflicts shown whose values the person has not chosen: the form must not be saved yet. */
	public List<String> unchosen() {
		return pending.stream().filter(merged::containsKey).filter(field -> !choices.containsKey(field)).sorted()
			.toList();
	}

	public boolean conflict(String name) {
		Field field = merged.get(name);
		return field != null && field.outcome() == Outcome.CONFLICT;
	}

	public Field field(String name) {
		return merged.get(name);
	}

	/** The fields someone else changed, whose values the merged form took. */
	public List<Field> taken() {
		return with(Outcome.THEIRS);
	}

	/** The fields the person changed and no one else did, kept. */
	public List<Field> kept() {
		return with(Outcome.MINE);
	}

	public List<Field> conflicts() {
		return with(Outcome.CONFLICT);
	}

	/** The values the form shown is based on, to send back with it ({@code base.<field>}). */
	public Map<String, String> baseValues() {
		return HiddenValues.of(basis(), BASE);
	}

	/** After a merge, what is saved now: the next save is merged against it. */
	private F basis() {
		return theirs != null ? theirs : base;
	}

	private List<Field> with(Outcome outcome) {
		return merged.values().stream().filter(f -> f.outcome() == outcome).toList();
	}

	private static boolean same(Object a, Object b) {
		return Objects.equals(saved(a), saved(b));
	}

	/**
	 * A value as it is compared: a text as saved, its line breaks as one (a text area's are stored as line feeds; a
	 * form opened on a text saved before, or sent by the API, with CR LF, and the values it was opened with, which the
	 * browser sends back with CR LF, are the same text).
	 */
	private static Object saved(Object value) {
		return value instanceof String text ? (text.isBlank() ? null : PlainText.Check.lineFeeds(text.strip())) : value;
	}

}
