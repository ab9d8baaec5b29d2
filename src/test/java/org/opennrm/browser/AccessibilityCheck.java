package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Deque's axe-core run on the page a browser shows, for the rules of WCAG 2.2 levels A and AA (EN 301 549's next) and its
 * best practices, with checks of our own that axe does not make, and the text whose contrast axe could not decide
 * (UndecidedContrast) a violation unless measured; what they found on every page checked is kept to be
 * told all at once: one page's violations do not hide the next page's.
 */
final class AccessibilityCheck {

	/**
	 * WCAG 2.2's rules of levels A and AA, and axe's best practices (headings in order, landmarks, one main part). The
	 * bundled axe (4.11) tags one rule wcag22aa, target-size (2.5.8), and none wcag22a.
	 */
	static final List<String> RULES = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

	/**
	 * What axe-core does not check, looked for in the page as the rules it breaks are named (an "opennrm-" rule):
	 * each error shown under a field is part of the field's description (aria-describedby, WCAG 3.3.1 and 1.3.1), and
	 * the field so described is marked invalid; each table has a name, which a screen reader says on entering it;
	 * the language the page is in is marked as the current one in the language menu; each entry of an error summary
	 * is a link to a focusable field in error, and each field in error has one, but for an error with no field to be
	 * tied to (one's own role, not offered), which the summary tells without a link (data-no-field); each control not
	 * in a sentence is 24 × 24 CSS px at least; the edge of each text field or list of choices, and of each record of a
	 * list shown as a card on a phone, stands out from the background around it by 3:1 (WCAG 1.4.11).
	 */
	private static final String OWN_RULES = UndecidedContrast.COLOURS + """
			const found = [];
			const describing = new Set();
			for (const control of document.querySelectorAll('[aria-describedby]')) {
			  for (const id of control.getAttribute('aria-describedby').split(/\\s+/)) {
			    if (id) describing.add(id);
			    const described = id && document.getElementById(id);
			    if (!described || !described.textContent.trim()) {
			      found.push(['opennrm-describedby-exists', control.outerHTML.slice(0, 120), 'describedby ' + id + ' names nothing']);
			    }
			  }
			}
			const listedWithoutField = new Set([...document.querySelectorAll('.error-summary li[data-no-field]')]
			    .map(entry => entry.textContent.trim()));
			for (const error of document.querySelectorAll('.field-error, #filters-error')) {
			  let described = false;
			  for (let e = error; e && !described; e = e.parentElement) {
			    described = e.id && describing.has(e.id)
			        && document.querySelector('[aria-invalid=true][aria-describedby~="' + e.id + '"]') !== null;
			  }
			  if (!described && !(error.hasAttribute('data-no-field') && listedWithoutField.has(error.textContent.trim()))) {
			    found.push(['opennrm-error-tied-to-field', error.outerHTML.slice(0, 120), error.hasAttribute('data-no-field')
			        ? 'an error with no field to be tied to is not listed in the error summary'
			        : 'no field marked invalid is described by this error']);
			  }
			}
			const focusable = field => field.matches('input:not([type=hidden]), select, textarea, button, a[href], [tabindex]')
			    && !field.disabled && !field.closest('[hidden], [inert]') && field.getClientRects().length > 0;
			const invalid = field => field.getAttribute('aria-invalid') === 'true'
			    || field.closest('fieldset[aria-invalid=true]') !== null;
			for (const summary of document.querySelectorAll('.error-summary')) {
			  const linked = new Set();
			  for (const entry of summary.querySelectorAll('li')) {
			    const links = entry.querySelectorAll('a');
			    const target = links.length === 1 && links[0].getAttribute('href').startsWith('#')
			        && document.getElementById(decodeURIComponent(links[0].getAttribute('href').substring(1)));
			    if (entry.hasAttribute('data-no-field') ? links.length > 0 || !entry.textContent.trim()
			        : !(target && focusable(target) && invalid(target))) {
			      found.push(['opennrm-summary-links-to-field', entry.outerHTML.slice(0, 160), entry.hasAttribute('data-no-field')
			          ? 'an error with no field should be told without a link' : 'the entry is no link to a focusable field in error']);
			    }
			    if (target) linked.add(target.closest('fieldset[aria-invalid=true]') || target);
			  }
			  // a field in error that its form's summary does not list would be missed by whoever starts there
			  for (const field of (summary.closest('form') || document).querySelectorAll('[aria-invalid=true]')) {
			    if (!linked.has(field)) {
			      found.push(['opennrm-summary-links-to-field', field.outerHTML.slice(0, 120), 'the error summary has no link to this field in error']);
			    }
			  }
			}
			for (const table of document.querySelectorAll('table')) {
			  const caption = table.querySelector('caption');
			  if (!(caption && caption.textContent.trim()) && !table.getAttribute('aria-label') && !table.getAttribute('aria-labelledby')) {
			    found.push(['opennrm-table-named', table.outerHTML.slice(0, 80), 'the table has no caption']);
			  }
			}
			for (const link of document.querySelectorAll('.languages a[hreflang]')) {
			  const current = link.classList.contains('current');
			  if (current !== (link.getAttribute('aria-current') === 'true')) {
			    found.push(['opennrm-language-current', link.outerHTML, 'aria-current should say which language is the current one']);
			  }
			}
			// WCAG 2.2's 2.5.8 without the exception of room around a small target, which axe's target-size allows: a
			// control not in a sentence is 24 CSS px each way at least, a check box or a radio button with its label
			const inSentence = control => {
			  const block = control.parentElement.closest('p, li, dd, dt, td, th, div, label, legend, caption, h1, h2, nav, form');
			  if (!block) return false;
			  let text = block.textContent;
			  for (const other of block.querySelectorAll('a, button, select, textarea, .visually-hidden')) {
			    text = text.replace(other.textContent, '');
			  }
			  return control.tagName === 'A' && text.trim().length > 0;
			};
			for (const control of document.querySelectorAll('a[href], button, select, input:not([type=hidden]), textarea, summary')) {
			  const box = (control.matches('[type=checkbox], [type=radio]') && control.closest('label') || control).getBoundingClientRect();
			  if (box.width === 0 || box.right < 0 || control.closest('dialog:not([open])') || inSentence(control)) continue;
			  if (box.width < 23.99 || box.height < 23.99) {
			    found.push(['opennrm-target-size', control.outerHTML.slice(0, 120),
			        'a target of ' + Math.round(box.width) + ' × ' + Math.round(box.height) + ' CSS px, under 24 × 24']);
			  }
			}
			// WCAG 1.4.11, which axe does not check: the edge of a text field or a list of choices, and of a record shown
			// as a card on a phone, stands out from the background around it by 3:1 (or the thing's own background does)
			for (const edged of document.querySelectorAll('input:not([type=hidden], [type=checkbox], [type=radio], [type=submit]),'
			    + ' select, textarea, table.stack tbody tr')) {
			  const style = getComputedStyle(edged);
			  if (edged.getClientRects().length === 0 || edged.closest('dialog:not([open])')
			      || (edged.tagName === 'TR' && style.display !== 'block')) continue;
			  const behind = around(edged);
			  const edge = parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none' ? channels(style.borderTopColor) : null;
			  const fill = channels(style.backgroundColor);
			  const best = Math.max(shown(edge) ? ratio(edge, behind) : 1, shown(fill) ? ratio(fill, behind) : 1);
			  if (best < 3) {
			    found.push(['opennrm-non-text-contrast', edged.outerHTML.slice(0, 120).replace(/\\s+/g, ' '),
			        'its edge stands out from the background around it by ' + best.toFixed(2) + ':1, under 3:1']);
			  }
			}
			return found;""";

	/** A rule broken by one element of a page. */
	record Violation(String page, String rule, String element, String summary) {

		@Override
		public String toString() {
			return page + ": " + rule + " at " + element + " (" + summary.replace('\n', ' ') + ")";
		}

	}

	private final WebDriver driver;

	private final List<Violation> violations = new ArrayList<>();

	private final List<String> checked = new ArrayList<>();

	private final UndecidedContrast undecidedContrast;

	AccessibilityCheck(WebDriver driver) {
		this.driver = driver;
		this.undecidedContrast = new UndecidedContrast((JavascriptExecutor) driver);
	}

	/** Checks the page the browser shows now, named as the failure should name it ("users list [tr]"). */
	void page(String name) {
		Results results = new AxeBuilder().withTags(RULES).analyze(driver);
		assertThat(results.isErrored()).as("axe-core ran on " + name + ": " + results.getErrorMessage()).isFalse();
		// the bundled axe's rule for WCAG 2.2 AA (2.5.8), off unless asked for by its tag: run, whatever axe's version
		assertThat(Stream.of(results.getPasses(), results.getViolations(), results.getIncomplete(), results.getInapplicable())
			.flatMap(List::stream).map(Rule::getId)).as("axe's rules run on " + name).contains("target-size");
		checked.add(name);
		for (Rule rule : results.getViolations()) {
			for (CheckedNode node : rule.getNodes()) {
				violations.add(new Violation(name, rule.getId(), String.valueOf(node.getTarget()),
						node.getFailureSummary() == null ? rule.getHelp() : node.getFailureSummary()));
			}
		}
		// contrast that axe leaves to a person to review ("needs review") is a violation unless measured here
		results.getIncomplete().stream().filter(rule -> rule.getId().equals("color-contrast"))
			.forEach(rule -> violations.addAll(undecidedContrast.of(name, rule)));
		@SuppressWarnings("unchecked")
		List<List<String>> own = (List<List<String>>) ((JavascriptExecutor) driver).executeScript(OWN_RULES);
		own.forEach(v -> violations.add(new Violation(name, v.get(0), v.get(1), v.get(2))));
	}

	List<Violation> violations() {
		return List.copyOf(violations);
	}

	/** Fails naming every rule broken, its element and its page, and how many times each rule was broken. */
	void assertNoViolations() {
		assertThat(checked).as("pages checked").isNotEmpty();
		Map<String, Long> byRule = violations.stream()
			.collect(Collectors.groupingBy(Violation::rule, TreeMap::new, Collectors.counting()));
		// in the test's output too, for a record of what a run found
		System.out.println("axe-core and OpenNRM's own checks, " + checked.size() + " pages: " + byRule);
		violations.forEach(System.out::println);
		assertThat(violations).as("WCAG 2.2 AA violations on %s (by rule: %s)", checked, byRule).isEmpty();
	}

}
