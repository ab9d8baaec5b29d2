package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Deque's axe-core run on the page a browser shows, for the rules of WCAG 2.1 levels A and AA (EN 301 549's) and its
 * best practices, with checks of our own that axe does not make; what they found on every page checked is kept to be
 * told all at once: one page's violations do not hide the next page's.
 */
final class AccessibilityCheck {

	/** WCAG 2.1's rules of levels A and AA, and axe's best practices (headings in order, landmarks, one main part). */
	static final List<String> RULES = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

	/**
	 * What axe-core does not check, looked for in the page as the rules it breaks are named (an "opennrm-" rule):
	 * each error shown under a field is part of the field's description (aria-describedby, WCAG 3.3.1 and 1.3.1), and
	 * the field so described is marked invalid; each table has a name, which a screen reader says on entering it;
	 * the language the page is in is marked as the current one in the language menu.
	 */
	private static final String OWN_RULES = """
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
			for (const error of document.querySelectorAll('.field-error, #filters-error')) {
			  let described = false;
			  for (let e = error; e && !described; e = e.parentElement) {
			    described = e.id && describing.has(e.id)
			        && document.querySelector('[aria-invalid=true][aria-describedby~="' + e.id + '"]') !== null;
			  }
			  if (!described) {
			    found.push(['opennrm-error-tied-to-field', error.outerHTML.slice(0, 120),
			        'no field marked invalid is described by this error']);
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

	AccessibilityCheck(WebDriver driver) {
		this.driver = driver;
	}

	/** Checks the page the browser shows now, named as the failure should name it ("users list [tr]"). */
	void page(String name) {
		Results results = new AxeBuilder().withTags(RULES).analyze(driver);
		assertThat(results.isErrored()).as("axe-core ran on " + name + ": " + results.getErrorMessage()).isFalse();
		checked.add(name);
		for (Rule rule : results.getViolations()) {
			for (CheckedNode node : rule.getNodes()) {
				violations.add(new Violation(name, rule.getId(), String.valueOf(node.getTarget()),
						node.getFailureSummary() == null ? rule.getHelp() : node.getFailureSummary()));
			}
		}
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
		assertThat(violations).as("WCAG 2.1 AA violations on %s (by rule: %s)", checked, byRule).isEmpty();
	}

}
