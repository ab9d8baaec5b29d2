package org.opennrm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.mock.web.MockHttpServletRequest;

import org.opennrm.shared.FormMerge.Outcome;
import org.opennrm.shared.FormMerge.Saved;

/** The three-way merge of an edit form with what someone else saved while it was open. */
class FormMergeTests {

	enum Kind {
		NGO, SHELTER, POLICE
	}

	record Form(String name, Kind kind, String phone, String email) {
	}

	private static Form fields(FormMerge<Form> merge) {
		return new Form(merge.text("name", "name", Form::name),
				merge.field("kind", "kind", Form::kind, kind -> FormMerge.Shown.message("kind." + kind.name())),
				merge.text("phone", "phone", Form::phone), merge.text("email", "email", Form::email));
	}

	private static final Form BASE = new Form("Dernek", Kind.NGO, "+903121112233", null);

	/** The form as sent from a page opened on {@code base}, after the person typed {@code mine}. */
	private static FormMerge<Form> sent(Form base, Form mine, String... conflictsAndChoices) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		if (base != null) {
			FormMerge.opened(base, 0).baseValues().forEach(request::addParameter);
		}
		for (int i = 0; i < conflictsAndChoices.length; i += 2) {
			request.addParameter("conflict", conflictsAndChoices[i]);
			if (conflictsAndChoices[i + 1] != null) {
				request.addParameter("choice." + conflictsAndChoices[i], conflictsAndChoices[i + 1]);
			}
		}
		return FormMerge.sent(request, Form.class, mine, 0, FormMergeTests::fields);
	}

	/** Saves into {@code saved}, refusing a version other than {@code version}'s. */
	private static Optional<FormMerge<Form>> save(FormMerge<Form> edit, Form theirs, int version, List<Form> saved) {
		return edit.save((at, form) -> {
			if (at != version) {
				throw new OptimisticLockingFailureException("changed since");
			}
			saved.add(form);
		}, () -> new Saved<>(theirs, version));
	}

	@Test
	void eachSideKeepsWhatOnlyItChangedAndAFieldBothChangedIsAConflict() {
		Form mine = new Form("Dernek", Kind.SHELTER, "+903129999999", " ");
		Form theirs = new Form("Vakıf", Kind.NGO, "+903128888888", null);
		List<Form> saved = new ArrayList<>();

		FormMerge<Form> merge = save(sent(BASE, mine), theirs, 4, saved).orElseThrow();

		assertThat(saved).isEmpty();
		assertThat(merge.field("name").outcome()).isEqualTo(Outcome.THEIRS);
		assertThat(merge.field("kind").outcome()).isEqualTo(Outcome.MINE);
		assertThat(merge.field("phone").outcome()).isEqualTo(Outcome.CONFLICT);
		// spaces typed into an empty field are no change
		assertThat(merge.field("email").outcome()).isEqualTo(Outcome.UNCHANGED);
		assertThat(merge.form()).isEqualTo(new Form("Vakıf", Kind.SHELTER, "+903129999999", " "));
		assertThat(merge.version()).isEqualTo(4);
		assertThat(merge.baseValues()).containsEntry("base.name", "Vakıf").containsEntry("base.kind", "NGO")
			.containsEntry("base.email", "");
		assertThat(merge.field("phone").mine().text()).isEqualTo("+903129999999");
		assertThat(merge.field("phone").theirs().text()).isEqualTo("+903128888888");
	}

	@Test
	void aFormIsSavedOverChangesOfOthersToNoneOfItsFields() {
		Form mine = new Form("Dernek Yeni", Kind.NGO, "+903121112233", null);
		List<Form> saved = new ArrayList<>();

		assertThat(save(sent(BASE, mine), BASE, 7, saved)).isEmpty();

		assertThat(saved).containsExactly(mine);
	}

	/**
	 * A text's line breaks are one whatever their kind: the form's are line feeds once read, the values it was opened
	 * with come back from the browser as CR LF, a text saved before them or by the API may have either, or a CR alone.
	 */
	@Test
	void lineBreaksOfAnyKindAreNoChange() {
		Form base = new Form("Satır\r\nbir", Kind.NGO, "+903121112233", null);
		Form mine = new Form("Satır\nbir", Kind.NGO, "+903121112233", "bilgi@dernek.org.tr");
		Form theirs = new Form("Satır\rbir", Kind.NGO, "+903128888888", null);

		FormMerge<Form> merge = save(sent(base, mine), theirs, 2, new ArrayList<>()).orElseThrow();

		assertThat(merge.field("name").outcome()).isEqualTo(Outcome.UNCHANGED);
		assertThat(merge.taken()).extracting(FormMerge.Field::name).containsExactly("phone");
		assertThat(merge.kept()).extracting(FormMerge.Field::name).containsExactly("email");
		assertThat(merge.conflicts()).isEmpty();
	}

	@Test
	void withoutTheValuesItWasOpenedWithEveryDifferenceIsAConflict() {
		Form mine = new Form("Dernek", Kind.SHELTER, "+903121112233", null);
		Form theirs = new Form("Dernek", Kind.NGO, "+903128888888", null);

		FormMerge<Form> merge = save(sent(null, mine), theirs, 1, new ArrayList<>()).orElseThrow();

		assertThat(merge.conflicts()).extracting(FormMerge.Field::name).containsExactly("kind", "phone");
		assertThat(merge.field("name").outcome()).isEqualTo(Outcome.UNCHANGED);
	}

	@Test
	void theChoicesOfTheConflictsShownAreAppliedAndOneLeftUnchosenIsNamed() {
		Form theirs = new Form("Vakıf", Kind.POLICE, "+903128888888", "bilgi@vakif.org.tr");
		Form shown = new Form("Dernek 2", Kind.SHELTER, "+903129999999", "bilgi@vakif.org.tr");

		FormMerge<Form> sent = sent(theirs, shown, "name", "theirs", "kind", "mine", "phone", null);

		assertThat(sent.form()).isEqualTo(new Form("Vakıf", Kind.SHELTER, "+903129999999", "bilgi@vakif.org.tr"));
		assertThat(sent.unchosen()).containsExactly("phone");
		assertThat(sent.merged()).isTrue();
		assertThat(sent.field("name").chosen()).isEqualTo("theirs");
		assertThat(sent.conflict("email")).isFalse();
	}

}
