package org.opennrm;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The form of a page as a browser sends it: every field's value as the page shows it (hidden ones too, a checkbox or a
 * radio button only when it is checked, a list's selected option), with the values a test types over them. So a test
 * sends what the person saw, not what it believes the page holds.
 */
public final class SentForm {

	private final String action;
	private final Map<String, List<String>> fields = new LinkedHashMap<>();
	private final HttpSession session;
	private final Cookie[] cookies;

	private SentForm(Element form, HttpSession session, Cookie[] cookies) {
		this.action = form.attr("action");
		this.session = session;
		this.cookies = cookies;
		for (Element field : form.select("input[name], select[name], textarea[name]")) {
			String name = field.attr("name");
			switch (field.tagName()) {
				case "select" -> {
					Element option = field.selectFirst("option[selected]");
					option = option != null ? option : field.selectFirst("option");
					add(name, option == null ? "" : option.attr("value"));
				}
				case "textarea" -> add(name, field.val());
				default -> {
					String type = field.attr("type");
					if (!(type.equals("checkbox") || type.equals("radio")) || field.hasAttr("checked")) {
						add(name, field.hasAttr("value") ? field.attr("value") : type.equals("checkbox") ? "on" : "");
					}
				}
			}
		}
	}

	/**
	 * The page's form with this CSS selector (the page's main form: {@code form.form}), sent in the session and with
	 * the cookies of the request that got the page, as its browser would send it.
	 */
	public static SentForm of(MvcResult page, String selector) throws UnsupportedEncodingException {
		Document document = Jsoup.parse(page.getResponse().getContentAsString());
		Element form = document.selectFirst(selector);
		if (form == null) {
			throw new AssertionError("no " + selector + " on the page");
		}
		return new SentForm(form, page.getRequest().getSession(false), page.getRequest().getCookies());
	}

	public static SentForm of(MvcResult page) throws UnsupportedEncodingException {
		return of(page, "form.form");
	}

	/** Types a value over a field, or chooses a radio button's or a list's value. */
	public SentForm set(String name, String value) {
		fields.put(name, new ArrayList<>(List.of(value)));
		return this;
	}

	/** Unticks a checkbox, or leaves a group of radio buttons unchosen. */
	public SentForm clear(String name) {
		fields.remove(name);
		return this;
	}

	/** The value the page holds for a field (the first, if it has several), or null. */
	public String value(String name) {
		List<String> values = fields.get(name);
		return values == null ? null : values.get(0);
	}

	public MockHttpServletRequestBuilder post() {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(action);
		fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		if (session != null) {
			request.session((MockHttpSession) session);
		}
		if (cookies != null && cookies.length > 0) {
			request.cookie(cookies);
		}
		return request;
	}

	private void add(String name, String value) {
		fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
	}

}
