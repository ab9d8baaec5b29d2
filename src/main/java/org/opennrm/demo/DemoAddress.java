package org.opennrm.demo;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With the demo on, OpenNRM listens on this machine only ({@code server.address=127.0.0.1}) unless
 * {@code server.address} is set: the demo accounts share a password printed in the README, and a laptop on a
 * conference network or a test server on the internet must not offer them to everyone. The console says how to let
 * other machines in.
 */
public final class DemoAddress implements EnvironmentPostProcessor {

	static final String LOOPBACK = "127.0.0.1";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (DemoData.enabled(environment) && environment.getProperty("server.address") == null) {
			environment.getPropertySources().addLast(new MapPropertySource("opennrm-demo-address",
					Map.of("server.address", LOOPBACK)));
		}
	}

}
