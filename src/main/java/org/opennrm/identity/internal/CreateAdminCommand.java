package org.opennrm.identity.internal;

import java.io.Console;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.opennrm.identity.NewUser;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.identity.SystemActor;
import org.opennrm.identity.UserManagement;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationForm;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.organisation.OrganisationType;
import org.opennrm.shared.AdminCommand;
import org.opennrm.shared.UserInputException;

/**
 * {@code java -jar opennrm.jar create-admin --username NAME --full-name "…" [--organisation "…"]}: the first
 * system administrator of a production installation. The password comes from {@code OPENNRM_ADMIN_PASSWORD}
 * or is asked for on the console; it never appears on the command line. It acts as the system job
 * {@code system:create-admin}, in the administrator's role, so the audit trail names it.
 */
@Component
class CreateAdminCommand implements AdminCommand {

	private final UserManagement users;
	private final OrganisationManagement organisations;
	private final MessageSource messages;
	private final TransactionTemplate transactions;

	CreateAdminCommand(UserManagement users, OrganisationManagement organisations, MessageSource messages,
			TransactionTemplate transactions) {
		this.users = users;
		this.organisations = organisations;
		this.messages = messages;
		this.transactions = transactions;
	}

	@Override
	public String name() {
		return "create-admin";
	}

	@Override
	public int run(List<String> args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.size(); i += 2) {
			options.put(args.get(i), args.get(i + 1));
		}
		String username = options.get("--username");
		String fullName = options.getOrDefault("--full-name", username);
		String organisationName = options.getOrDefault("--organisation", "Göç İdaresi Başkanlığı");
		if (username == null) {
			System.err.println("Usage: create-admin --username NAME [--full-name \"Full Name\"] [--organisation \"Name\"]"
					+ " (password from OPENNRM_ADMIN_PASSWORD or asked for)");
			return 2;
		}
		String password = System.getenv("OPENNRM_ADMIN_PASSWORD");
		if (password == null) {
			Console console = System.console();
			if (console == null) {
				System.err.println("Set OPENNRM_ADMIN_PASSWORD, or run this command in a terminal to be asked for the password.");
				return 2;
			}
			password = new String(console.readPassword("Password for %s: ", username));
		}
		return create(username, fullName, organisationName, password);
	}

	/** Creates the administrator, and the organisation when there is none of that name; 1 on bad input, said why. */
	int create(String username, String fullName, String organisationName, String password) {
		try {
			// one transaction: an account refused (a weak password, a name taken) leaves no new organisation behind
			Organisation organisation = SystemActor.call(name(), Role.SYSTEM_ADMINISTRATOR,
					() -> transactions.execute(status -> administrator(username, fullName, organisationName, password)));
			System.out.println("Created the system administrator '" + username + "' in " + organisation.name() + ".");
		}
		catch (UserInputException ex) {
			System.err.println(messages.getMessage(ex.messageKey(), ex.arguments(), java.util.Locale.ENGLISH));
			return 1;
		}
		return 0;
	}

	private Organisation administrator(String username, String fullName, String organisationName, String password) {
		Organisation in = organisations.list(new OrganisationFilter(null, null, null, null)).stream()
			.filter(o -> o.name().equalsIgnoreCase(organisationName)).findFirst()
			.orElseGet(() -> organisations.create(new OrganisationForm(organisationName,
					OrganisationType.PMM_HEADQUARTERS, "06", null, null, null, null, true)));
		users.create(new NewUser(username, fullName, null, null, Role.SYSTEM_ADMINISTRATOR, Scope.NATIONAL, in.id(),
				password, null));
		return in;
	}

}
