package org.opennrm.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.opennrm.identity.LockedAccount;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.identity.UserAccount;
import org.opennrm.identity.UserFilter;
import org.opennrm.shared.TextFolding;

@Repository
public class Users {

	private static final String COLUMNS = "id, username, full_name, role, scope, organisation_id, active, locked_until, last_login_at, "
			+ "preferred_language, must_change_password, version";

	/** An account with no lock and no wrong password counted. */
	private static final String NOT_LOCKED = "failed_logins = 0, locked_until = null, locked_at = null, lock_failures = 0";

	private final JdbcClient jdbc;

	Users(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What sign-in needs: the account with its password hash and the organisation's province. */
	public record Credentials(UUID id, String username, String fullName, String passwordHash, Role role, Scope scope,
			UUID organisationId, String provinceCode, boolean active, boolean organisationActive, Instant lockedUntil,
			String preferredLanguage, boolean mustChangePassword) {
	}

	private static final String CREDENTIALS = """
			select u.id, u.username, u.full_name, u.password_hash, u.role, u.scope, u.organisation_id,
			       o.province_code, u.active, o.active as organisation_active, u.locked_until, u.preferred_language,
			       u.must_change_password
			  from app_user u join organisation o on o.id = u.organisation_id
			""";

	public Optional<Credentials> findCredentials(String username) {
		return jdbc.sql(CREDENTIALS + " where lower(u.username) = lower(:username)")
			.param("username", asTyped(username))
			.query(Users::credentials)
			.optional();
	}

	/** The accounts of an organisation, as sign-in sees them now. */
	public List<Credentials> credentialsOf(UUID organisationId) {
		return jdbc.sql(CREDENTIALS + " where u.organisation_id = :org")
			.param("org", organisationId)
			.query(Users::credentials)
			.list();
	}

	private static Credentials credentials(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Credentials(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("full_name"),
				rs.getString("password_hash"), Role.valueOf(rs.getString("role")), Scope.valueOf(rs.getString("scope")),
				rs.getObject("organisation_id", UUID.class), rs.getString("province_code"), rs.getBoolean("active"),
				rs.getBoolean("organisation_active"), instant(rs.getTimestamp("locked_until")),
				rs.getString("preferred_language"), rs.getBoolean("must_change_password"));
	}

	/** An e-mail address's blind index and the id of the index key it was made with. */
	public record EmailHash(byte[] hash, String indexKey) {
	}

	public void insert(UUID id, String username, String fullName, byte[] emailEnc, EmailHash emailHash, byte[] phoneEnc,
			String passwordHash, Role role, Scope scope, UUID organisationId, String preferredLanguage,
			boolean mustChangePassword) {
		jdbc.sql("""
				insert into app_user (id, username, full_name, full_name_folded, email_enc, email_hash, email_index_key,
				                      phone_enc, password_hash, role, scope, organisation_id, preferred_language,
				                      must_change_password)
				values (:id, :username, :fullName, :fullNameFolded, :emailEnc, :emailHash, :emailIndexKey, :phoneEnc,
				        :passwordHash, :role, :scope, :organisationId, :language, :mustChange)""")
			.param("id", id)
			.param("username", username)
			.param("fullName", fullName)
			.param("fullNameFolded", TextFolding.fold(fullName))
			.param("emailEnc", emailEnc)
			.param("emailHash", emailHash.hash())
			.param("emailIndexKey", emailHash.indexKey())
			.param("phoneEnc", phoneEnc)
			.param("passwordHash", passwordHash)
			.param("role", role.name())
			.param("scope", scope.name())
			.param("organisationId", organisationId)
			.param("language", preferredLanguage)
			.param("mustChange", mustChangePassword)
			.update();
	}

	/**
	 * What an administrator changes on an account, if no one changed it since {@code expectedVersion}.
	 * @return whether the account was at that version (and is now changed)
	 */
	public boolean update(UUID id, int expectedVersion, String fullName, byte[] emailEnc, EmailHash emailHash,
			byte[] phoneEnc, Role role, Scope scope, String preferredLanguage) {
		return jdbc.sql("""
				update app_user set full_name = :fullName, full_name_folded = :fullNameFolded, email_enc = :emailEnc,
				       email_hash = :emailHash, email_index_key = :emailIndexKey, phone_enc = :phoneEnc, role = :role, scope = :scope,
				       preferred_language = :language, version = version + 1, updated_at = now()
				 where id = :id and version = :version""")
			.param("id", id)
			.param("version", expectedVersion)
			.param("fullName", fullName)
			.param("fullNameFolded", TextFolding.fold(fullName))
			.param("emailEnc", emailEnc)
			.param("emailHash", emailHash.hash())
			.param("emailIndexKey", emailHash.indexKey())
			.param("phoneEnc", phoneEnc)
			.param("role", role.name())
			.param("scope", scope.name())
			.param("language", preferredLanguage)
			.update() == 1;
	}

	/**
	 * The language a person sets on their own account. A new version, as for an administrator's change: an
	 * administrator's form opened before it must not put the old language back without a word.
	 */
	public void setPreferredLanguage(UUID id, String preferredLanguage) {
		jdbc.sql("""
				update app_user set preferred_language = :language, version = version + 1, updated_at = now()
				 where id = :id""")
			.param("id", id).param("language", preferredLanguage).update();
	}

	/** The account's password hash, for a person who confirms their password while signed in. */
	public Optional<String> passwordHash(UUID id) {
		return jdbc.sql("select password_hash from app_user where id = :id").param("id", id).query(String.class).optional();
	}

	/** The right password, typed by a person who is signed in: their count of wrong ones starts again, as at sign-in. */
	public void clearLoginAttempts(UUID id) {
		jdbc.sql("update app_user set failed_logins = 0 where id = :id").param("id", id).update();
	}

	/**
	 * A user name or an e-mail address as it may be typed on a Turkish keyboard, where a capital i is İ (a phone
	 * capitalising the first letter, the caps lock) and the key beside it ı: either is the i it stands for. User names
	 * are ASCII letters, digits and {@code ._@-} alone ({@link org.opennrm.identity.NewUser}); lowered as it is, İ
	 * became "i" with a combining dot, so {@code ADMİN} named no account and {@code İnci@ornek.org} was an address
	 * beside {@code inci@ornek.org} (the blind index folds case alone).
	 */
	public static String asTyped(String typed) {
		return typed == null ? null : typed.replace('İ', 'i').replace('ı', 'i');
	}

	public boolean usernameTaken(String username) {
		return jdbc.sql("select exists (select 1 from app_user where lower(username) = lower(:username))")
			.param("username", username).query(Boolean.class).single();
	}

	/**
	 * Whether an account of another organisation than {@code organisationId}, itself active, can sign in and manage
	 * organisations and accounts: active, its role the system administrator's, its scope national.
	 */
	public boolean administratorOutside(UUID organisationId) {
		return jdbc.sql("""
				select exists (select 1 from app_user u join organisation o on o.id = u.organisation_id
				                where u.active and o.active and u.role = :role and u.scope = :scope
				                  and u.organisation_id <> :organisation)""")
			.param("role", Role.SYSTEM_ADMINISTRATOR.name()).param("scope", Scope.NATIONAL.name())
			.param("organisation", organisationId).query(Boolean.class).single();
	}

	public Optional<UserAccount> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from app_user where id = :id").param("id", id).query(Users::map).optional();
	}

	public List<UserAccount> list(UUID organisationId) {
		return list(new UserFilter(organisationId, null, null, null, null));
	}

	public List<UserAccount> list(UserFilter filter) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (filter.organisationId() != null) {
			where.add("organisation_id = :org");
			params.put("org", filter.organisationId());
		}
		if (filter.role() != null) {
			where.add("role = :role");
			params.put("role", filter.role().name());
		}
		if (filter.scope() != null) {
			where.add("scope = :scope");
			params.put("scope", filter.scope().name());
		}
		if (filter.active() != null) {
			where.add("active = :active");
			params.put("active", filter.active());
		}
		if (filter.locked() != null) {
			where.add((filter.locked() ? "" : "not ") + "coalesce(locked_until > now(), false)");
		}
		String sql = "select " + COLUMNS + " from app_user" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
				+ " order by lower(username)";
		return jdbc.sql(sql).params(params).query(Users::map).list();
	}

	/** Which of these user names have an account, spelt as the accounts spell them. */
	public java.util.Set<String> existingUsernames(java.util.Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return java.util.Set.of();
		}
		return java.util.Set.copyOf(jdbc.sql("select username from app_user where lower(username) = any(:names)")
			.param("names", usernames.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new))
			.query(String.class).list());
	}

	/**
	 * The accounts whose folded full name ({@link TextFolding#fold}) matches a {@code like} pattern
	 * ({@link TextFolding#containing}), through its trigram index (V20).
	 */
	public java.util.Set<UUID> withFullNameLike(String pattern) {
		return jdbc.sql("select id from app_user where full_name_folded like :pattern").param("pattern", pattern)
			.query(UUID.class).set();
	}

	public long count() {
		return jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	public record Contacts(byte[] emailEnc, byte[] phoneEnc) {
	}

	public Optional<Contacts> contacts(UUID id) {
		return jdbc.sql("select email_enc, phone_enc from app_user where id = :id").param("id", id)
			.query((rs, i) -> new Contacts(rs.getBytes("email_enc"), rs.getBytes("phone_enc"))).optional();
	}

	/**
	 * Writes of e-mail addresses take turns, one transaction at a time until it ends, so that the check that an address
	 * is not taken sees what another node wrote: while the index key is rotated, two nodes may store one address under
	 * two keys, whose hashes the unique index cannot tell to be the same address. Accounts are written seldom.
	 */
	public void lockEmailWrites() {
		jdbc.sql("select pg_advisory_xact_lock(" + EMAIL_WRITERS_LOCK + ")").query().listOfRows();
	}

	/**
	 * Takes the turn of {@link #lockEmailWrites} if no other transaction has it, without waiting: for work that holds the
	 * audit trail's lock already, which a writer of an address may wait for in its turn.
	 */
	public boolean tryLockEmailWrites() {
		return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(" + EMAIL_WRITERS_LOCK + ")")
			.query(Boolean.class).single());
	}

	/** The advisory lock of e-mail writers (an arbitrary number, unlike any other lock of the application). */
	static final long EMAIL_WRITERS_LOCK = 6_1757_2041_0004L;

	/** The accounts whose e-mail address has one of these blind indexes (one per index key configured). */
	public List<UUID> findByEmailHash(List<byte[]> emailHashes) {
		if (emailHashes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select id from app_user where email_hash in (:hashes)").param("hashes", emailHashes)
			.query(UUID.class).list();
	}

	public void recordSuccessfulLogin(UUID id) {
		jdbc.sql("update app_user set " + NOT_LOCKED + ", last_login_at = now() where id = :id").param("id", id).update();
	}

	/**
	 * Takes one of the account's sign-in attempts, before its password is checked. An attempt counts as a wrong
	 * password until it is known to be otherwise: a successful sign-in clears the count
	 * ({@link #recordSuccessfulLogin}), and a check that was not made gives the attempt back
	 * ({@link #giveBackLoginAttempt}). Taken in one statement, so that sign-ins at the same moment cannot all pass
	 * a lock that none of them has yet set: once {@code maxFailures} attempts are taken, the next is refused as if
	 * the account were locked, until they end.
	 * @return false when the account is locked, or all its attempts are taken
	 */
	public boolean takeLoginAttempt(UUID id, int maxFailures) {
		return jdbc.sql("""
				update app_user set failed_logins = failed_logins + 1
				 where id = :id and failed_logins < :max and (locked_until is null or locked_until <= now())""")
			.param("id", id)
			.param("max", maxFailures)
			.update() == 1;
	}

	/** An attempt taken by {@link #takeLoginAttempt} whose password was not checked after all. */
	public void giveBackLoginAttempt(UUID id) {
		jdbc.sql("update app_user set failed_logins = greatest(failed_logins - 1, 0) where id = :id").param("id", id).update();
	}

	/**
	 * A wrong password on an attempt taken by {@link #takeLoginAttempt}, which counted it already: locks the account
	 * for {@code lockFor} once {@code maxFailures} attempts have been counted, noting when and after how many.
	 * @return whether this wrong password locked the account
	 */
	public boolean recordFailedLogin(UUID id, int maxFailures, Duration lockFor) {
		return jdbc.sql("""
				update app_user set failed_logins = 0, locked_until = now() + make_interval(secs => :seconds),
				       locked_at = now(), lock_failures = failed_logins
				 where id = :id and failed_logins >= :max""")
			.param("id", id)
			.param("max", maxFailures)
			.param("seconds", lockFor.toSeconds())
			.update() == 1;
	}

	/** @return whether there is such an account */
	public boolean setActive(UUID id, boolean active) {
		return jdbc.sql("update app_user set active = :active, updated_at = now(), version = version + 1 where id = :id")
			.param("id", id).param("active", active).update() == 1;
	}

	/** A sign-in refused because the account is locked: one more failed attempt that the lock holds. */
	public void recordRefusedWhileLocked(UUID id) {
		jdbc.sql("update app_user set lock_failures = lock_failures + 1 where id = :id and locked_until > now()")
			.param("id", id).update();
	}

	/** The accounts locked now, the lock ending soonest first. */
	public List<LockedAccount> lockedAccounts() {
		return jdbc.sql("""
				select id, username, full_name, organisation_id, locked_at, locked_until, lock_failures
				  from app_user where locked_until > now() order by locked_until, lower(username)""")
			.query((rs, row) -> new LockedAccount(rs.getObject("id", UUID.class), rs.getString("username"),
					rs.getString("full_name"), rs.getObject("organisation_id", UUID.class),
					instant(rs.getTimestamp("locked_at")), instant(rs.getTimestamp("locked_until")),
					rs.getInt("lock_failures")))
			.list();
	}

	/** @return whether there is such an account */
	public boolean unlock(UUID id) {
		return jdbc.sql("update app_user set " + NOT_LOCKED + ", updated_at = now() where id = :id")
			.param("id", id).update() == 1;
	}

	/**
	 * @param temporary whether an administrator set it, so that the person must choose their own at the next sign-in
	 * @return whether there is such an account
	 */
	public boolean changePassword(UUID id, String passwordHash, boolean temporary) {
		return jdbc.sql("""
				update app_user set password_hash = :hash, must_change_password = :temporary,
				       password_changed_at = now(), updated_at = now()
				 where id = :id""")
			.param("id", id).param("hash", passwordHash).param("temporary", temporary).update() == 1;
	}

	private static UserAccount map(ResultSet rs, int row) throws SQLException {
		return new UserAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("full_name"),
				Role.valueOf(rs.getString("role")), Scope.valueOf(rs.getString("scope")),
				rs.getObject("organisation_id", UUID.class), rs.getBoolean("active"),
				instant(rs.getTimestamp("locked_until")), instant(rs.getTimestamp("last_login_at")),
				rs.getString("preferred_language"), rs.getBoolean("must_change_password"), rs.getInt("version"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
