package org.opennrm.shared;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Runs the {@link AdminCommand} named by the first argument, when started in the "command" profile. */
@Component
@Profile("command")
class AdminCommandRunner implements ApplicationRunner, ExitCodeGenerator {

	private final List<AdminCommand> commands;
	private int exitCode = 2;

	AdminCommandRunner(List<AdminCommand> commands) {
		this.commands = commands;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		// Spring's own --name=value settings (e.g. --opennrm.data-dir=…) are not the command's arguments.
		List<String> args = Arrays.stream(arguments.getSourceArgs()).filter(a -> !(a.startsWith("--") && a.contains("=")))
			.toList();
		String name = args.get(0);
		List<String> rest = args.subList(1, args.size());
		AdminCommand command = commands.stream().filter(c -> c.name().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Unknown command: " + name));
		exitCode = command.run(rest);
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
