package org.opennrm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** With the demo's shared password, the laptop mode answers its own machine only, unless told otherwise. */
class DemoAddressTests {

	@Test
	void theDemoListensOnThisMachineOnly() {
		assertThat(address(new MockEnvironment())).isEqualTo("127.0.0.1");
		assertThat(address(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x")
			.withProperty("opennrm.demo", "true"))).isEqualTo("127.0.0.1");
	}

	@Test
	void anAddressSetIsKeptAndWithoutTheDemoNothingChanges() {
		assertThat(address(new MockEnvironment().withProperty("server.address", "0.0.0.0"))).isEqualTo("0.0.0.0");
		assertThat(address(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x")))
			.isNull();
		assertThat(address(new MockEnvironment().withProperty("opennrm.demo", "false"))).isNull();
	}

	private static String address(MockEnvironment environment) {
		new DemoAddress().postProcessEnvironment(environment, new SpringApplication());
		return environment.getProperty("server.address");
	}

}
