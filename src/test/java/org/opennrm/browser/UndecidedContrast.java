package org.opennrm.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.deque.html.axecore.results.Check;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import org.openqa.selenium.JavascriptExecutor;

import org.opennrm.browser.AccessibilityCheck.Violation;

/**
 * The text whose contrast axe-core leaves undecided (its "needs review": text over an image or a gradient, over
 * elements it partly covers, under a shadow), which WCAG 1.4.3 holds to 4.5:1 (3:1 when large) all the same: a
 * violation, but for the kinds of text named in {@link #UNDECIDABLE}, whose contrast is then measured here against the
 * opaque background they are drawn on, and held to the same limits.
 */
final class UndecidedContrast {

	/** Text that axe cannot decide however it is styled: where (a CSS selector), axe's reason, and why. */
	record Undecidable(String selector, String axeReason, String why) {
	}

	/**
	 * The session dialog's text (measured 15.1:1, ink on white; its links and buttons 6.7:1): axe knows no top layer, so
	 * under each line of a modal dialog's text it finds the page behind the dialog, other elements under each line, and
	 * gives up before it sees the dialog's own opaque background.
	 */
	static final List<Undecidable> UNDECIDABLE = List.of(new Undecidable(".session-dialog[open] *", "elmPartiallyObscuring",
			"a modal dialog's text of several lines, over the page that axe sees behind it"));

	/**
	 * WCAG's arithmetic of colours, for the scripts run in a page: a computed colour's channels (null when it is not
	 * written rgb() or rgba()), whether a colour shows at all (not wholly transparent), the first background that shows
	 * around an element (white where none does), and the contrast ratio of two colours by their relative luminance.
	 */
	static final String COLOURS = """
			const channels = value => /^rgba?\\(/.test(value) ? value.match(/[\\d.]+/g).map(Number) : null;
			const shown = color => color !== null && color !== undefined && (color.length === 3 || color[3] > 0);
			const around = element => {
			  for (let e = element.parentElement; e; e = e.parentElement) {
			    const color = channels(getComputedStyle(e).backgroundColor);
			    if (shown(color)) return color;
			  }
			  return [255, 255, 255];
			};
			const luminance = color => color.slice(0, 3).map(v => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
			    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
			const ratio = (a, b) => {
			  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
			  return (light + 0.05) / (dark + 0.05);
			};
			""";

	/**
	 * The contrast of an element's text with the first background behind it, which must be opaque and drawn plainly
	 * (no image, gradient, transparency, filter, blending or text shadow on the way) for the measure to hold: [ratio,
	 * the ratio asked, null], or [0, 0, why it cannot be measured].
	 */
	private static final String MEASURE = COLOURS + """
			const element = document.querySelector(arguments[0]);
			const opaque = color => color && (color.length === 3 || color[3] === 1);
			const style = getComputedStyle(element);
			const text = channels(style.color);
			if (!opaque(text)) return [0, 0, 'its text colour, ' + style.color + ', is not opaque'];
			if (style.textShadow !== 'none') return [0, 0, 'its text has a shadow'];
			let background = null;
			for (let e = element; e; e = e.parentElement) {
			  const s = getComputedStyle(e);
			  if (Number(s.opacity) < 1 || s.filter !== 'none' || s.mixBlendMode !== 'normal') {
			    return [0, 0, e.tagName.toLowerCase() + ' is drawn with transparency, a filter or blending'];
			  }
			  if (background) continue;
			  if (s.backgroundImage !== 'none') return [0, 0, e.tagName.toLowerCase() + ' has a background image'];
			  const color = channels(s.backgroundColor);
			  if (color && color.length === 4 && color[3] === 0) continue;
			  if (!opaque(color)) return [0, 0, e.tagName.toLowerCase() + "'s background, " + s.backgroundColor + ', is not opaque'];
			  background = color;
			}
			const size = parseFloat(style.fontSize);
			const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
			return [Math.round(ratio(text, background || [255, 255, 255]) * 100) / 100, large ? 3 : 4.5, null];""";

	/** Whether the element axe names is of the kind a selector names. */
	private static final String MATCHES = """
			const element = document.querySelector(arguments[0]);
			return element !== null && element.matches(arguments[1]);""";

	private final JavascriptExecutor browser;

	UndecidedContrast(JavascriptExecutor browser) {
		this.browser = browser;
	}

	/** What axe left undecided on a page (its incomplete color-contrast rule), as violations of the page. */
	List<Violation> of(String page, Rule incomplete) {
		List<Violation> violations = new ArrayList<>();
		for (CheckedNode node : incomplete.getNodes()) {
			String target = String.valueOf(node.getTarget());
			String reason = node.getAny().stream().map(Check::getData).filter(Map.class::isInstance)
				.map(data -> String.valueOf(((Map<?, ?>) data).get("messageKey"))).findFirst().orElse("");
			String message = node.getAny().stream().map(Check::getMessage).findFirst().orElse(incomplete.getHelp());
			Optional<Undecidable> kind = selector(node).flatMap(selector -> UNDECIDABLE.stream()
				.filter(undecidable -> undecidable.axeReason().equals(reason)
						&& (Boolean) browser.executeScript(MATCHES, selector, undecidable.selector()))
				.findFirst());
			if (kind.isEmpty()) {
				violations.add(new Violation(page, "color-contrast-undecided", target, "axe could not decide: " + message));
				continue;
			}
			List<?> measure = (List<?>) browser.executeScript(MEASURE, selector(node).orElseThrow());
			double ratio = ((Number) measure.get(0)).doubleValue();
			double asked = ((Number) measure.get(1)).doubleValue();
			if (measure.get(2) != null) {
				violations.add(new Violation(page, "color-contrast-undecided", target,
						"axe could not decide (" + message + "), nor can this check: " + measure.get(2)));
			}
			else if (ratio < asked) {
				violations.add(new Violation(page, "color-contrast", target,
						"measured where axe could not decide: " + ratio + ":1, under " + asked + ":1"));
			}
			else {
				// in the test's output, for a record of what was measured
				System.out.println(page + ": " + target + " measured where axe could not decide (" + kind.get().why() + "): "
						+ ratio + ":1");
			}
		}
		return violations;
	}

	/** The CSS selector axe names the element by, when it is one (not in a frame or a shadow root). */
	private static Optional<String> selector(CheckedNode node) {
		return node.getTarget() instanceof List<?> target && target.size() == 1 && target.get(0) instanceof String selector
				? Optional.of(selector) : Optional.empty();
	}

}
