package org.opennrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;

/** Errors on the screens are pages in the user's language, which never repeat what was sent. */
@IntegrationTest
class PageErrorsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anAddressWithAMalformedIdIsAPageInTheUsersLanguageThatDoesNotRepeatIt() throws Exception {
		MvcResult result = mvc.perform(get("/admin/users/{id}", "Ayşe-Yılmaz-1990").with(SignIn.as(mvc, "admin"))
				.accept(MediaType.TEXT_HTML).header("Accept-Language", "tr")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentType()).startsWith("text/html");
		assertThat(result.getResponse().getContentAsString()).contains("Geçersiz istek").doesNotContain("Ayşe");
	}

	@Test
	void aFormMissingAFieldIsAPageTooNotProblemDetails() throws Exception {
		MvcResult result = mvc.perform(post("/admin/organisations/{id}/deactivate", "not-an-id")
				.with(SignIn.as(mvc, "admin")).with(csrf()).accept(MediaType.TEXT_HTML).header("Accept-Language", "en"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString()).contains("Invalid request").doesNotContain("not-an-id");
	}

}
