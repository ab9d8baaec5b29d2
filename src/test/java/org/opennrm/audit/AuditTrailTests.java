package org.opennrm.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.opennrm.SignIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import org.opennrm.IntegrationTest;
import org.opennrm.shared.AdminCommand;
import org.opennrm.shared.AuditableEvent;

@IntegrationTest
@org.springframework.test.context.TestPropertySource(properties = "opennrm.audit.anchor-file=target/test-data/audit-anchor-of-audit-trail-tests.txt")
class AuditTrailTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	List<AdminCommand> commands;

	@Autowired
	org.opennrm.audit.internal.AuditChainVerifier verifier;

	@Autowired
	AuditTrail trail;

	@org.springframework.beans.factory.annotation.Value("${opennrm.audit.anchor-file}")
	java.nio.file.Path anchorFile;

	/** An anchor a run stopped halfway left behind belongs to another database. */
	@org.junit.jupiter.api.BeforeEach
	void noAnchorOfAnotherDatabase() throws java.io.IOException {
		java.nio.file.Files.deleteIfExists(anchorFile);
	}

	record Probe(String entityId) implements AuditableEvent {
		@Override
		public String action() {
			return "TEST_PROBE";
		}

		@Override
		public String entityType() {
			return "probe";
		}
	}

	/** Tests that tamper with the trail leave it as they found it for the next test: a fresh, valid chain. */
	@AfterEach
	void restoreChain() throws java.io.IOException {
		superuser("alter table audit_entry disable trigger audit_entry_no_update_delete");
		superuser("alter table audit_entry disable trigger audit_entry_no_truncate");
		superuser("truncate audit_entry");
		superuser("alter table audit_entry enable trigger audit_entry_no_update_delete");
		superuser("alter table audit_entry enable trigger audit_entry_no_truncate");
		// the fresh chain is anchored anew, as an operator does after explaining a restore from backup
		java.nio.file.Files.deleteIfExists(anchorFile);
	}

	@Test
	void theCheckPageSaysWhenTheTrailWasLastFoundIntactWithoutReadingIt() throws Exception {
		mvc.perform(get("/audit/verification").with(as(mvc, "denetci")).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No check has found the trail intact on this server yet.")));
		events.publishEvent(new Probe("checked"));
		ChainVerification intact = verifier.verify();

		mvc.perform(get("/audit/verification").with(as(mvc, "denetci")).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(", up to entry " + intact.newestSeq() + ". The check runs every night: an older date")));

		long entries = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
		LastIntactCheck last = org.opennrm.identity.SystemActor.call("test-audit", org.opennrm.identity.Role.AUDITOR,
				trail::lastIntactCheck).orElseThrow();
		assertThat(last.newestSeq()).isEqualTo(intact.newestSeq());
		assertThat(last.newestHash()).isEqualTo(intact.newestHash());
		// read from the anchor file: the trail itself was not read, so nothing was added to it
		assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isEqualTo(entries);
	}

	@Test
	void theApplicationsOwnConnectionsCanNeitherChangeNorRemoveEntriesNorSwitchOffTheirGuard() {
		events.publishEvent(new Probe("guarded"));
		assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("opennrm_app");
		assertThatThrownBy(() -> jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update_delete").update())
			.rootCause().hasMessageContaining("must be owner");
		assertThatThrownBy(() -> jdbc.sql("drop trigger audit_entry_no_update_delete on audit_entry").update())
			.rootCause().hasMessageContaining("must be owner");
		// even with the guard off, by someone who may, the application's role may not
		superuser("alter table audit_entry disable trigger audit_entry_no_update_delete");
		superuser("alter table audit_entry disable trigger audit_entry_no_truncate");
		try {
			assertThatThrownBy(() -> jdbc.sql("update audit_entry set outcome = 'FAILURE'").update())
				.rootCause().hasMessageContaining("permission denied");
			assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update()).rootCause().hasMessageContaining("permission denied");
			assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update()).rootCause().hasMessageContaining("permission denied");
		}
		finally {
			superuser("alter table audit_entry enable trigger audit_entry_no_update_delete");
			superuser("alter table audit_entry enable trigger audit_entry_no_truncate");
		}
		// nor hide an actor from the "who" filter by changing or removing the name it is found by
		for (String sql : new String[] { "update audit_actor_name set name_folded = 'nobody'",
				"delete from audit_actor_name", "truncate audit_actor_name" }) {
			assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql).rootCause().hasMessageContaining("permission denied");
		}
		assertThatThrownBy(() -> jdbc.sql("select count(*) from flyway_schema_history").query(Long.class).single())
			.rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("create table intruder (x int)").update()).rootCause().hasMessageContaining("permission denied");
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = 'guarded'").query(Long.class).single()).isOne();
	}

	@Test
	void signInAndActionsAreRecordedWithWhoAndFromWhere() throws Exception {
		mvc.perform(get("/").with(as(mvc, "admin"))).andExpect(status().isOk());
		var login = jdbc.sql("select actor_kind, action, entity_type, entity_id, remote_address, request from audit_entry"
				+ " where action = 'LOGIN' order by seq desc limit 1").query().singleRow();
		String adminId = jdbc.sql("select id::text from app_user where username = 'admin'").query(String.class).single();
		assertThat(login.get("entity_id")).isEqualTo(adminId);
		assertThat(login.get("remote_address")).isEqualTo("127.0.0.1");
		assertThat(login.get("request")).isEqualTo("POST /login");

		mvc.perform(post("/api/v1/organisations").with(as(mvc, "admin")).with(csrf())
				.contentType("application/json").content("""
						{"name":"Audit Test Derneği","type":"NGO","provinceCode":"27"}"""))
			.andExpect(status().isCreated());
		var created = jdbc.sql("select actor_name, actor_kind, actor_role, outcome from audit_entry"
				+ " where action = 'ORGANISATION_CREATED' order by seq desc limit 1").query().singleRow();
		assertThat(created).containsEntry("actor_name", "admin").containsEntry("actor_kind", "USER")
			.containsEntry("actor_role", "SYSTEM_ADMINISTRATOR").containsEntry("outcome", "SUCCESS");
	}

	@Test
	void wrongPasswordIsRecordedAsAFailure() throws Exception {
		mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
			.user("analist").password("not the right one"));
		assertThat(jdbc.sql("select outcome from audit_entry where action = 'LOGIN_FAILED' order by seq desc limit 1")
			.query(String.class).single()).isEqualTo("FAILURE");
		jdbc.sql("update app_user set failed_logins = 0 where username = 'analist'").update();
	}

	@Test
	void intactChainVerifies() throws Exception {
		probes(5);
		mvc.perform(get("/api/v1/audit/verification").with(as(mvc, "denetci")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.brokenAt").doesNotExist())
			.andExpect(jsonPath("$.entriesChecked").isNumber());
		assertThat(command().run(List.of())).isZero();
	}

	@Test
	void aChangedEntryIsDetected() throws Exception {
		long[] seq = probes(5);
		tamper("update audit_entry set entity_id = 'someone-else' where seq = " + seq[2]);
		assertBrokenAt(seq[2], "ALTERED");
	}

	@Test
	void aChangedHashIsDetected() throws Exception {
		long[] seq = probes(5);
		tamper("update audit_entry set hash = sha256(hash) where seq = " + seq[1]);
		assertBrokenAt(seq[1], "ALTERED");
	}

	@Test
	void aDeletedEntryIsDetected() throws Exception {
		long[] seq = probes(5);
		tamper("delete from audit_entry where seq = " + seq[2]);
		assertBrokenAt(seq[3], "LINK");
	}

	@Test
	void swappedEntriesAreDetected() throws Exception {
		long[] seq = probes(5);
		tamper("""
				update audit_entry a set entity_id = b.entity_id, occurred_at = b.occurred_at, prev_hash = b.prev_hash,
				       hash = b.hash
				  from audit_entry b
				 where (a.seq, b.seq) in ((%d, %d), (%d, %d))""".formatted(seq[1], seq[2], seq[2], seq[1]));
		assertBrokenAt(seq[1], "LINK");
	}

	/** A search's entry, with what it asked: the fields given and the digest of its names (V29). */
	record Search(String entityId) implements AuditableEvent {
		@Override
		public String action() {
			return "TEST_SEARCH";
		}

		@Override
		public String entityType() {
			return "probe";
		}

		@Override
		public Asked asked() {
			return new Asked(List.of("names", "birthDate"), "3fa9c2d1");
		}
	}

	/**
	 * What a search asked is part of its entry's hash: a digest changed (to hide a sweep among unrelated searches), a
	 * field taken out of what it asked, or either added to an entry that asked nothing, breaks the chain at that entry.
	 */
	@Test
	void whatASearchAskedIsPartOfItsEntrysHash() throws Exception {
		long[] seq = probes(2);
		String id = UUID.randomUUID().toString();
		transactions.executeWithoutResult(s -> events.publishEvent(new Search(id)));
		long search = jdbc.sql("select seq from audit_entry where entity_id = :id").param("id", id).query(Long.class).single();
		assertThat(jdbc.sql("select asked_fields || ' ' || asked_names from audit_entry where seq = :seq")
			.param("seq", search).query(String.class).single()).isEqualTo("names,birthDate 3fa9c2d1");
		assertThat(verifier.verify().intact()).isTrue();

		tamper("update audit_entry set asked_names = '0badc0de' where seq = " + search);
		assertBrokenAt(search, "ALTERED");
		tamper("update audit_entry set asked_names = '3fa9c2d1', asked_fields = 'names' where seq = " + search);
		assertBrokenAt(search, "ALTERED");
		tamper("update audit_entry set asked_fields = 'names,birthDate', asked_names = null where seq = " + search);
		assertBrokenAt(search, "ALTERED");
		tamper("update audit_entry set asked_names = '3fa9c2d1' where seq = " + search);
		assertThat(verifier.verify().intact()).as("as it was written").isTrue();
		tamper("update audit_entry set asked_names = '3fa9c2d1' where seq = " + seq[1]);
		assertBrokenAt(seq[1], "ALTERED");
	}

	/**
	 * An entry written before V29 (no column of what was asked, so null in both) verifies as it did: its hash, made by
	 * the version before, over its fields in the form of that version, written out here on its own, not by the chain's
	 * code.
	 */
	@Test
	void anEntryWrittenBeforeWhatASearchAskedWasRecordedStillVerifies() throws Exception {
		probes(1);
		long written = transactions.execute(s -> {
			org.opennrm.shared.AuditChainLock.take(jdbc);
			byte[] previous = jdbc.sql("select hash from audit_entry order by seq desc limit 1").query(byte[].class).single();
			java.time.Instant at = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
			java.io.ByteArrayOutputStream form = new java.io.ByteArrayOutputStream();
			try (java.io.DataOutputStream out = new java.io.DataOutputStream(form)) {
				out.writeLong(java.time.temporal.ChronoUnit.MICROS.between(java.time.Instant.EPOCH, at));
				for (String value : new String[] { null, "koordinator", "USER", null, "NRM_COORDINATOR", "MATCH_SEARCH",
						"person", null, "SUCCESS", "registration check", "127.0.0.1", "POST /api/v1/matching/candidates" }) {
					if (value == null) {
						out.writeInt(-1);
					}
					else {
						byte[] text = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
						out.writeInt(text.length);
						out.write(text);
					}
				}
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			javax.crypto.Mac mac = blindIndex.macFor("0", "audit-chain");
			mac.update(previous);
			byte[] hash = mac.doFinal(form.toByteArray());
			return jdbc.sql("""
					insert into audit_entry (occurred_at, actor_name, actor_kind, actor_role, action, entity_type, outcome,
					    purpose, remote_address, request, prev_hash, hash, index_key)
					values (:at, 'koordinator', 'USER', 'NRM_COORDINATOR', 'MATCH_SEARCH', 'person', 'SUCCESS',
					    'registration check', '127.0.0.1', 'POST /api/v1/matching/candidates', :previous, :hash, '0')
					returning seq""").param("at", java.sql.Timestamp.from(at)).param("previous", previous)
				.param("hash", hash).query(Long.class).single();
		});
		long[] after = probes(1);
		ChainVerification result = verifier.verify();
		assertThat(result.intact()).isTrue();
		assertThat(result.newestSeq()).isEqualTo(after[0]).isGreaterThan(written);
		assertThat(command().run(List.of())).isZero();
		tamper("update audit_entry set asked_fields = '' where seq = " + written);
		assertBrokenAt(written, "ALTERED");
	}

	@Autowired
	org.opennrm.encryption.BlindIndex blindIndex;

	@Test
	void aCutTailIsDetectedByTheAnchorOfTheLastIntactCheck() throws Exception {
		long[] seq = probes(5);
		ChainVerification intact = verifier.verify();
		assertThat(intact.intact()).isTrue();
		assertThat(intact.newestSeq()).isEqualTo(seq[4]);
		assertThat(java.nio.file.Files.readString(anchorFile)).contains(seq[4] + " " + intact.newestHash());
		// without the anchor, what is left of the chain would verify: it is a valid, shorter chain
		tamper("delete from audit_entry where seq >= " + seq[3]);
		assertBrokenAt(seq[4], "TRUNCATED");
		checkOnScreen()
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"Denetim izi kesilmiş: son sağlam doğrulamada en yeni olan " + seq[4] + " numaralı kayıt")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/audit/" + seq[4]))));
		// the broken check did not move the anchor
		assertThat(java.nio.file.Files.readString(anchorFile)).contains(seq[4] + " " + intact.newestHash());
	}

	@Test
	void theAnchorMovesWithEveryIntactCheckAndItsHashMustStillBeTheEntrys() throws Exception {
		long[] first = probes(2);
		assertThat(verifier.verify().newestSeq()).isEqualTo(first[1]);
		long[] later = probes(2);
		mvc.perform(get("/api/v1/audit/verification").with(as(mvc, "denetci")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.brokenAt").doesNotExist())
			.andExpect(jsonPath("$.newestHash").isString());
		long anchored = Long.parseLong(java.nio.file.Files.readAllLines(anchorFile).stream()
			.filter(line -> !line.startsWith("#")).findFirst().orElseThrow().split(" ")[0]);
		assertThat(anchored).isGreaterThan(later[1]); // the API's own read of the trail is audited before the check
		// an anchored entry that no longer has its hash: rewritten, by someone holding the key as well as the database
		java.nio.file.Files.writeString(anchorFile, later[1] + " " + "00".repeat(32) + " 2026-12-05T06:00:00Z\n");
		assertBrokenAt(later[1], "ALTERED");
	}

	@Test
	void anUnreadableAnchorIsCheckedWithoutAndWrittenAgain() throws Exception {
		long[] seq = probes(2);
		java.nio.file.Files.createDirectories(anchorFile.toAbsolutePath().getParent());
		java.nio.file.Files.writeString(anchorFile, "not an anchor\n");
		ChainVerification result = verifier.verify();
		assertThat(result.intact()).isTrue();
		assertThat(java.nio.file.Files.readString(anchorFile)).contains(seq[1] + " " + result.newestHash());
	}

	@Test
	void theScreenShowsTheNewestEntryAndItsHashToNoteDown() throws Exception {
		probes(1);
		checkOnScreen()
			.andExpect(content().string(org.hamcrest.Matchers.containsString("En yeni kayıt:")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*<code class=\"hash\">[0-9a-f]{64}</code>.*")));
	}

	@Test
	void theTrailsGuardRefusesChangesEvenToTheSchemasOwner() {
		long[] seq = probes(1);
		assertThatThrownBy(() -> superuser("update audit_entry set action = 'X' where seq = " + seq[0]))
			.rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> superuser("delete from audit_entry")).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> superuser("truncate audit_entry")).rootCause().hasMessageContaining("append-only");
	}

	@Test
	void onlyAuditorsReadTheTrailAndTheirReadingIsRecorded() throws Exception {
		probes(2);
		mvc.perform(get("/audit").with(as(mvc, "denetci"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("TEST_PROBE")));
		mvc.perform(get("/api/v1/audit/entries?action=TEST_PROBE").with(as(mvc, "denetci"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.entries.length()").value(2));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'AUDIT_TRAIL_READ'").query(Long.class).single())
			.isGreaterThanOrEqualTo(2);
		for (String user : List.of("admin", "koordinator", "uzman.gaziantep", "analist")) {
			mvc.perform(get("/audit").with(as(mvc, user))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/audit/entries").with(as(mvc, user))).andExpect(status().isForbidden());
		}
	}

	@Test
	void theScreenShowsABrokenChainToTheAuditor() throws Exception {
		long[] seq = probes(3);
		tamper("update audit_entry set outcome = 'FAILURE' where seq = " + seq[1]);
		checkOnScreen()
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					seq[1] + " numaralı kaydın içeriği değiştirilmiş")));
	}

	@Test
	void aCheckAskedForRunsInTheBackgroundAndIsReadByItsProgress() throws Exception {
		long[] seq = probes(3);
		// the API: started, then read until done (a long trail would show entries read of about how many)
		mvc.perform(post("/api/v1/audit/verification/checks").with(as(mvc, "denetci")).with(csrf()))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.total").isNumber())
			.andExpect(jsonPath("$.startedAt").isString());
		awaitCheck();
		mvc.perform(get("/api/v1/audit/verification/checks/last").with(as(mvc, "denetci")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.result.brokenAt").doesNotExist())
			.andExpect(jsonPath("$.result.newestSeq").isNumber())
			.andExpect(jsonPath("$.failed").value(false));
		// the page's part that is asked for every two seconds while a check runs: done, it asks no more
		mvc.perform(get("/audit/verification/progress").with(as(mvc, "denetci")).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The audit trail is intact")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("hx-get"))));
		// asked while one runs, the same check is given: one at a time on a server
		ChainCheck first = org.opennrm.identity.SystemActor.call("test-audit", org.opennrm.identity.Role.AUDITOR,
				trail::startCheck);
		ChainCheck again = org.opennrm.identity.SystemActor.call("test-audit", org.opennrm.identity.Role.AUDITOR,
				trail::startCheck);
		// the same check while the first runs; a newer one only once it has ended (a short trail is read in
		// milliseconds, so either can be seen here)
		if (!again.startedAt().equals(first.startedAt())) {
			assertThat(again.startedAt()).isAfter(first.startedAt());
		}
		awaitCheck();
		assertThat(checks.last().orElseThrow().result().newestSeq()).isGreaterThanOrEqualTo(seq[2]);
		for (String user : List.of("admin", "koordinator", "analist")) {
			mvc.perform(post("/api/v1/audit/verification/checks").with(as(mvc, user)).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/audit/verification/progress").with(as(mvc, user))).andExpect(status().isForbidden());
		}
	}

	@Test
	void aRunningCheckTellsHowFarItHasGone() {
		ChainCheck running = new ChainCheck(java.time.Instant.now(), 2_000_000, 500_000, null, false);
		assertThat(running.running()).isTrue();
		assertThat(running.percent()).isEqualTo(25);
		assertThat(new ChainCheck(java.time.Instant.now(), 10, 20, null, false).percent()).isEqualTo(99);
		assertThat(new ChainCheck(java.time.Instant.now(), 0, 0, null, false).percent()).isZero();
		ChainCheck failed = new ChainCheck(java.time.Instant.now(), 10, 5, null, true);
		assertThat(failed.running()).isFalse();
		assertThat(failed.percent()).isEqualTo(100);
	}

	/** The auditor presses "Check now": the page comes back at once, and shows the outcome when the check is done. */
	private org.springframework.test.web.servlet.ResultActions checkOnScreen() throws Exception {
		mvc.perform(post("/audit/verification").with(as(mvc, "denetci")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/audit/verification"));
		awaitCheck();
		return mvc.perform(get("/audit/verification").with(as(mvc, "denetci"))
				.cookie(new jakarta.servlet.http.Cookie("opennrm-lang", "tr")))
			.andExpect(status().isOk());
	}

	private void awaitCheck() throws InterruptedException {
		long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
		while (checks.last().map(ChainCheck::running).orElse(true)) {
			assertThat(System.nanoTime()).as("the check ends within a minute").isLessThan(until);
			Thread.sleep(20);
		}
	}

	@Autowired
	org.opennrm.audit.internal.ChainCheckRunner checks;

	private long[] probes(int count) {
		long[] seq = new long[count];
		for (int i = 0; i < count; i++) {
			String id = UUID.randomUUID().toString();
			transactions.executeWithoutResult(s -> events.publishEvent(new Probe(id)));
			seq[i] = jdbc.sql("select seq from audit_entry where entity_id = :id").param("id", id).query(Long.class).single();
		}
		return seq;
	}

	private void assertBrokenAt(long seq, String reason) {
		ChainVerification result = verifier.verify();
		assertThat(result.brokenAt()).isEqualTo(seq);
		assertThat(result.reason()).isEqualTo(reason);
		assertThat(command().run(List.of())).isEqualTo(1);
	}

	private AdminCommand command() {
		return commands.stream().filter(c -> c.name().equals("verify-audit")).findFirst().orElseThrow();
	}

	/** What someone with full database rights could do: switch the guard off, change the rows. */
	private void tamper(String sql) {
		superuser("alter table audit_entry disable trigger audit_entry_no_update_delete");
		superuser(sql);
		superuser("alter table audit_entry enable trigger audit_entry_no_update_delete");
	}

	@Autowired
	org.opennrm.shared.database.EmbeddedDatabase database;

	/** As the schema's owner: the application's own role may do none of this. */
	private void superuser(String sql) {
		org.opennrm.shared.database.AsOwner.execute(database, sql);
	}

}
