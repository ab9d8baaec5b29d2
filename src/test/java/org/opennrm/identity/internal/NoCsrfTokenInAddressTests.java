package org.opennrm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoCsrfTokenInAddressTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", value = {
			"_csrf=abc | true",
			"page=2&_csrf=abc | true",
			"_csrf | true",
			"_csrf= | true",
			"%5Fcsrf=abc | true",
			"%5fcsrf=abc&page=2 | true",
			"%zz=1&_csrf=abc | true",
			"null | false",
			"'' | false",
			"page=2 | false",
			"x_csrf=abc | false",
			"_csrfx=abc | false",
			"q=_csrf | false",
			"q=a%26_csrf%3Dabc | false" })
	void findsTheTokensParameterInAQueryString(String query, boolean found) {
		assertThat(NoCsrfTokenInAddress.inQueryString(query, "_csrf")).as(query).isEqualTo(found);
	}

}
