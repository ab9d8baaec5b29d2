package org.opennrm.shared;

import java.util.List;

/**
 * A command of the executable jar ({@code java -jar opennrm.jar NAME args…}) that needs the
 * database but not the web server. Modules contribute them as beans.
 */
public interface AdminCommand {

	String name();

	/** @return the process exit code */
	int run(List<String> args);

}
