package org.opennrm.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.opennrm.OwnDatabase;
import org.opennrm.OpenNrmApplication;
import org.opennrm.encryption.IndexKeyedValues;
import org.opennrm.identity.CurrentUser;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.identity.SystemActor;
import org.opennrm.matching.index.MatchingIndexStore;

/**
 * The index key's rotation as the matching index sees it, on a database of its own, with the application started on
 * each stage's keys: people filed under index key 0; then, with a new active index key beside it, a search finds
 * them and those filed under the new key, within the searcher's scope; {@code reencrypt}'s re-keying files them under
 * the new key, audited, leaving a record it cannot read; then, with key 0 gone, they are found all the same.
 */
class IndexKeyRotationTests {

	private static final String DATA_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

	/** Index key 0, the one the database was set up with (opennrm.encryption.index-key). */
	private static final String INDEX_KEY_0 = "QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8=";

	private static final String INDEX_KEY_K2 = "oKGio6SlpqeoqaqrrK2ur7CxsrO0tba3uLm6u7y9vr8=";

	private static final UUID FATEMEH_GAZIANTEP = UUID.fromString("00000000-0000-0000-0000-0000000a0001");
	private static final UUID FATEMEH_ISTANBUL = UUID.fromString("00000000-0000-0000-0000-0000000a0002");
	/** Its record is made unreadable: another person's bytes. */
	private static final UUID ZAHRA_DAMAGED = UUID.fromString("00000000-0000-0000-0000-0000000a0003");
	/** Filed during the rotation, under the new key. */
	private static final UUID FATEMEH_NEW = UUID.fromString("00000000-0000-0000-0000-0000000a0004");

	private static final PersonRecord FATEMEH = new PersonRecord("r1", "Fatemeh", "Hosseini", null,
			LocalDate.of(1994, 3, 12), null, Sex.F, List.of("AFG"));

	private static final PersonRecord ZAHRA = new PersonRecord("r3", "Zahra", "Rezai", null, LocalDate.of(1990, 7, 1),
			null, Sex.F, List.of("IRN"));

	@RegisterExtension
	static final OwnDatabase database = new OwnDatabase();

	@Test
	void peopleUnderTheOldIndexKeyAreFoundDuringTheRotationAndKeyedAgainSoThatTheOldKeyCanGo() {
		JdbcClient jdbc = JdbcClient.create(database.dataSource());
		try (var application = start("--opennrm.encryption.index-key=" + INDEX_KEY_0)) {
			file(application, FATEMEH_GAZIANTEP, FATEMEH, "27");
			file(application, FATEMEH_ISTANBUL, FATEMEH, "34");
			file(application, ZAHRA_DAMAGED, ZAHRA, "27");
		}
		assertThat(jdbc.sql("select distinct index_key from matching_person").query(String.class).list())
			.containsExactly("0");
		jdbc.sql("update matching_person set record_enc = (select record_enc from matching_person where id = :other)"
				+ " where id = :id").param("other", FATEMEH_ISTANBUL).param("id", ZAHRA_DAMAGED).update();

		try (var application = start("--opennrm.encryption.index-key=" + INDEX_KEY_0,
				"--opennrm.encryption.index.keys.k2=" + INDEX_KEY_K2, "--opennrm.encryption.index.active-key-id=k2")) {
			file(application, FATEMEH_NEW, FATEMEH, "27");
			assertThat(jdbc.sql("select index_key from matching_person where id = :id").param("id", FATEMEH_NEW)
				.query(String.class).single()).isEqualTo("k2");

			// people under either key are found, and only within the searcher's scope
			assertThat(found(application, coordinator(), FATEMEH))
				.containsExactlyInAnyOrder(FATEMEH_GAZIANTEP, FATEMEH_ISTANBUL, FATEMEH_NEW);
			assertThat(found(application, focalPointOfGaziantep(), FATEMEH))
				.containsExactlyInAnyOrder(FATEMEH_GAZIANTEP, FATEMEH_NEW);

			IndexKeyRekeying rekeying = application.getBean(IndexKeyRekeying.class);
			assertThat(rekeying.name()).isEqualTo("matching_person");
			assertThat(rekeying.countByIndexKey()).isEqualTo(Map.of("0", 3L, "k2", 1L));

			// reencrypt's job alone may read the records to key them again
			assertThatThrownBy(() -> rekeying.rekey(10, null)).as("nobody acting")
				.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
			for (Role role : List.of(Role.INDEX_UPKEEP, Role.NRM_COORDINATOR)) {
				assertThatThrownBy(() -> SystemActor.call("test", role, () -> rekeying.rekey(10, null))).as(role.name())
					.isInstanceOf(AuthorizationDeniedException.class);
			}

			// batches of two, as reencrypt runs them: each in its transaction, after the last row of the one before
			TransactionTemplate transactions = new TransactionTemplate(application.getBean(PlatformTransactionManager.class));
			List<IndexKeyedValues.Batch> batches = new ArrayList<>();
			Object after = null;
			do {
				Object from = after;
				IndexKeyedValues.Batch batch = SystemActor.call("reencrypt", Role.KEY_ROTATION,
						() -> transactions.execute(status -> rekeying.rekey(2, from)));
				batches.add(batch);
				after = batch.last();
			}
			while (after != null);
			assertThat(batches).extracting(IndexKeyedValues.Batch::rekeyed).containsExactly(2, 0, 0);
			assertThat(batches).flatExtracting(IndexKeyedValues.Batch::leftIds)
				.containsExactly(ZAHRA_DAMAGED.toString());
			assertThat(rekeying.countByIndexKey()).isEqualTo(Map.of("0", 1L, "k2", 3L));

			MatchingIndexStore store = application.getBean(MatchingIndexStore.class);
			PersonMatcher matcher = PersonMatcher.standard();
			List<Long> underK2 = matcher.indexKeys(matcher.prepare(FATEMEH)).stream().map(key -> store.keyHash("k2", key))
				.distinct().toList();
			for (UUID id : List.of(FATEMEH_GAZIANTEP, FATEMEH_ISTANBUL)) {
				assertThat(jdbc.sql("select index_key || ' ' || key_scheme from matching_person where id = :id")
					.param("id", id).query(String.class).single()).isEqualTo("k2 " + PersonMatcher.KEY_SCHEME);
				assertThat(jdbc.sql("select key_hash from matching_key where person_id = :id").param("id", id)
					.query(Long.class).list()).containsExactlyInAnyOrderElementsOf(underK2);
			}
			assertThat(jdbc.sql("select index_key || ' ' || (unreadable_since is not null) from matching_person"
					+ " where id = :id").param("id", ZAHRA_DAMAGED).query(String.class).single())
				.as("left as it was, and marked").isEqualTo("0 true");
			assertThat(jdbc.sql("""
					select actor_name || ' ' || actor_role || ' ' || entity_type || ' ' || entity_id || ' ' || purpose
					  from audit_entry where action = 'INDEX_KEYED_VALUE_REKEYED' order by seq""").query(String.class).list())
				.containsExactlyElementsOf(Stream.of(FATEMEH_GAZIANTEP, FATEMEH_ISTANBUL)
					.map(id -> "system:reencrypt KEY_ROTATION person " + id + " matching_key.key_hash keyed again from index"
							+ " key 0 to index key k2 (record read, filed under key scheme " + PersonMatcher.KEY_SCHEME + ")")
					.toList());
		}

		Logger log = (Logger) LoggerFactory.getLogger(PersonIndex.class);
		ListAppender<ILoggingEvent> heard = new ListAppender<>();
		heard.start();
		try (var application = start("--opennrm.encryption.index.keys.k2=" + INDEX_KEY_K2,
				"--opennrm.encryption.index.active-key-id=k2")) {
			log.addAppender(heard); // after the start, which sets the logging up afresh
			assertThat(found(application, coordinator(), FATEMEH))
				.containsExactlyInAnyOrder(FATEMEH_GAZIANTEP, FATEMEH_ISTANBUL, FATEMEH_NEW);
			// the person left under key 0 cannot be found here, and is not counted as a record that cannot be read
			CandidateSearch search = SystemActor.call("test", Role.NRM_COORDINATOR, () -> application
				.getBean(PersonIndex.class).search(ZAHRA, null, 10, "test: a person under a key not configured"));
			assertThat(search.candidates()).isEmpty();
			assertThat(search.unreadable()).isZero();
		}
		finally {
			log.detachAppender(heard);
		}
		assertThat(heard.list).filteredOn(event -> event.getLevel() == Level.WARN)
			.extracting(ILoggingEvent::getFormattedMessage).as("once per search")
			.hasSize(2).allSatisfy(message -> assertThat(message).contains("index keys not configured on this node ([0])"));
	}

	private static void file(ConfigurableApplicationContext application, UUID id, PersonRecord record, String province) {
		SystemActor.run("test-import", Role.NRM_COORDINATOR, () -> application.getBean(PersonIndex.class)
			.index(new IndexedPerson(id, record, province, null, null)));
	}

	private static List<UUID> found(ConfigurableApplicationContext application, CurrentUser user, PersonRecord query) {
		var context = SecurityContextHolder.getContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
		try {
			return application.getBean(PersonIndex.class).candidates(query, null, 10, "test: the index key's rotation")
				.stream().map(Candidate::personId).toList();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static CurrentUser coordinator() {
		return new CurrentUser(UUID.randomUUID(), "coordinator", "Coordinator", Role.NRM_COORDINATOR, Scope.NATIONAL, null,
				null, CurrentUser.Kind.USER);
	}

	private static CurrentUser focalPointOfGaziantep() {
		return new CurrentUser(UUID.randomUUID(), "focal", "Focal point", Role.FOCAL_POINT, Scope.PROVINCE, null, "27",
				CurrentUser.Kind.USER);
	}

	/** The application on the test's database with the data key and the given index keys; no background jobs. */
	private static ConfigurableApplicationContext start(String... indexKeys) {
		List<String> settings = new ArrayList<>(List.of(
				"--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=postgres", "--opennrm.data-dir=" + database.dataDir(),
				"--opennrm.encryption.active-key-id=test1", "--opennrm.encryption.keys.test1=" + DATA_KEY,
				"--opennrm.matching.rekey-delay=PT24H", "--opennrm.matching.name-count-delay=PT24H"));
		settings.addAll(List.of(indexKeys));
		return new SpringApplicationBuilder(OpenNrmApplication.class).web(WebApplicationType.NONE)
			.run(settings.toArray(String[]::new));
	}

}
