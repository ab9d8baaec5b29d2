package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.opennrm.IntegrationTest;

/**
 * When an account is created at the same moment as another with the same user name or e-mail address, the database
 * refuses the second, and the form is told which of the two was taken: by the unique index the database names, not by
 * the statement Spring quotes (which names the address's column whichever was taken, so a taken user name was told as
 * a taken address).
 */
@IntegrationTest
class TakenKeyTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aTakenUserNameIsNotToldAsATakenAddressNorTheOtherWayRound() {
		String username = "ilk." + System.nanoTime();
		byte[] emailHash = UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		UUID first = insert(username, emailHash);
		try {
			assertThat(UserManagement.emailTaken(duplicate(username, new byte[] { 1, 2, 3 }))).isFalse();
			assertThat(UserManagement.emailTaken(duplicate("baska." + System.nanoTime(), emailHash))).isTrue();
		}
		finally {
			jdbc.sql("delete from app_user where id = :id").param("id", first).update();
		}
	}

	private DuplicateKeyException duplicate(String username, byte[] emailHash) {
		return catchThrowableOfType(DuplicateKeyException.class,
				() -> transactions.executeWithoutResult(status -> insert(username, emailHash)));
	}

	/** An account's row as the service inserts it; refused when another has its user name or address hash. */
	private UUID insert(String username, byte[] emailHash) {
		UUID organisation = jdbc.sql("select id from organisation limit 1").query(UUID.class).single();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into app_user (id, username, full_name, full_name_folded, email_enc, email_hash, email_index_key,
				                      phone_enc, password_hash, role, scope, organisation_id)
				values (:id, :username, 'Aynı Anda', 'ayni anda', null, :emailHash, '0', null, 'x', 'FOCAL_POINT',
				        'PROVINCE', :organisation)""")
			.param("id", id).param("username", username).param("emailHash", emailHash).param("organisation", organisation)
			.update();
		return id;
	}

}
