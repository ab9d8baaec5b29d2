package org.opennrm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

/**
 * The README's table of the demo's accounts is the demo's: each account's user name in a row of its role's English
 * name, and no row of an account the demo does not make.
 */
class DemoAccountsReadmeTests {

	@Test
	void theReadmeListsTheDemoAccountsWithTheirRoles() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		int start = readme.indexOf("| user name | role | scope | organisation |");
		assertThat(start).as("the README's table of demo accounts").isNotNegative();
		List<String> rows = readme.substring(start).lines().skip(2).takeWhile(line -> line.startsWith("|")).toList();
		ResourceBundle roles = ResourceBundle.getBundle("i18n/identity/messages", Locale.ROOT);
		List<String> listed = new ArrayList<>();
		for (String row : rows) {
			String[] cells = row.split("\\|");
			for (String name : cells[1].split(",")) {
				listed.add(name.strip().replace("`", ""));
			}
		}
		assertThat(listed).containsExactlyInAnyOrderElementsOf(
				DemoData.accounts().stream().map(DemoData.DemoAccount::username).toList());
		for (DemoData.DemoAccount account : DemoData.accounts()) {
			String row = rows.stream().filter(r -> r.split("\\|")[1].contains("`" + account.username() + "`"))
				.findFirst().orElseThrow();
			assertThat(row.split("\\|")[2].strip()).as(account.username())
				.isEqualTo(roles.getString("role." + account.role().name()));
		}
	}

}
