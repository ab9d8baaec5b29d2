package org.opennrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestBodyLimitTests {

	private final RequestBodyLimit filter = new RequestBodyLimit(1_000);

	@Test
	void aBodySentInChunksIsCutOffAsSoonAsItPassesTheLimit() throws Exception {
		// no Content-Length: the body is counted as it is read
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/x") {
			@Override
			public long getContentLengthLong() {
				return -1;
			}
		};
		request.setContent("x".repeat(5_000).getBytes(StandardCharsets.UTF_8));
		ServletRequest seen = passed(request);
		byte[] buffer = new byte[600];
		assertThat(seen.getInputStream().read(buffer)).isEqualTo(600);
		assertThatThrownBy(() -> seen.getInputStream().read(buffer)).isInstanceOf(RequestBodyLimit.BodyTooLarge.class);
	}

	@Test
	void aBodyDeclaredLongerIsRefusedBeforeAnyOfItIsRead() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/x");
		request.setContent(new byte[1_001]);
		assertThatThrownBy(() -> passed(request).getInputStream()).isInstanceOf(RequestBodyLimit.BodyTooLarge.class);
		assertThatThrownBy(() -> passed(request).getReader()).isInstanceOf(RequestBodyLimit.BodyTooLarge.class);
	}

	@Test
	void aBodyWithinTheLimitIsReadWhole() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/x");
		request.setContent("{\"givenNames\":\"Zahra\"}".getBytes(StandardCharsets.UTF_8));
		request.setCharacterEncoding("UTF-8");
		assertThat(passed(request).getReader().readLine()).isEqualTo("{\"givenNames\":\"Zahra\"}");
	}

	private ServletRequest passed(MockHttpServletRequest request) throws Exception {
		AtomicReference<ServletRequest> seen = new AtomicReference<>();
		filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set(req));
		return seen.get();
	}

}
