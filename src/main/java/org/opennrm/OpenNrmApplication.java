package org.opennrm;

import java.util.Arrays;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * OpenNRM: the application, and the entry point of its command-line tools.
 *
 * <p>{@code java -jar opennrm.jar} starts the web application. A first argument naming a command
 * runs that command instead: {@code match} runs without Spring and without touching {@code ./data};
 * the administrative commands start the application without its web server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "OpenNRM", sharedModules = "shared")
public class OpenNrmApplication {

	/** Commands run by a {@code shared.AdminCommand} bean of the same name, without the web server. */
	static final Set<String> ADMIN_COMMANDS = Set.of("create-admin", "verify-audit");

	public static void main(String[] args) {
		if (args.length > 0 && "match".equals(args[0])) {
			// the command's messages are its output; no library logs to the console (logback-match.xml)
			if (System.getProperty("logback.configurationFile") == null) {
				System.setProperty("logback.configurationFile", "logback-match.xml");
			}
			System.exit(org.opennrm.matching.bulk.BulkMatchCommand.run(Arrays.copyOfRange(args, 1, args.length),
					System.out, System.err));
		}
		if (args.length > 0 && ADMIN_COMMANDS.contains(args[0])) {
			SpringApplication app = new SpringApplication(OpenNrmApplication.class);
			app.setWebApplicationType(WebApplicationType.NONE);
			app.setAdditionalProfiles("command");
			System.exit(SpringApplication.exit(app.run(args)));
		}
		SpringApplication.run(OpenNrmApplication.class, args);
	}

}
