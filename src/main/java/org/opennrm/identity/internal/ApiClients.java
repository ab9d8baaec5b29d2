package org.opennrm.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.opennrm.identity.ApiClient;
import org.opennrm.identity.CurrentUser;
import org.opennrm.identity.Permission;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.shared.TextFolding;

@Repository
public class ApiClients {

	/** The roles that may issue clients, whose holders' clients work. */
	private static final List<String> ISSUERS = Stream.of(Role.values())
		.filter(role -> role.assignable() && role.permissions().contains(Permission.API_CLIENT_MANAGE)).map(Role::name)
		.toList();

	/**
	 * Whether the client {@code c} may act for the person who issued it, if any: that person active, in an active
	 * organisation, and still of a role that issues clients ({@code :issuers}); the sign-in of a token and the status a
	 * list shows ask the same.
	 */
	private static final String ISSUER_STANDS = """
			(c.created_by is null or exists (select 1 from app_user u join organisation uo on uo.id = u.organisation_id
			                                  where u.id = c.created_by and u.active and uo.active and u.role in (:issuers)))""";

	private final JdbcClient jdbc;

	ApiClients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The active, unexpired client holding this token hash, as the principal it acts as: while its organisation is
	 * active, and while the person who issued it is active, in an active organisation, and may still issue clients (a
	 * token is that person's delegation: deactivated, their organisation deactivated, or no longer an administrator,
	 * they keep no access through it). A client issued by a system job, or by a client before the person behind it was
	 * recorded, has no person to ask.
	 */
	public Optional<CurrentUser> authenticate(byte[] tokenHash) {
		return jdbc.sql("""
				update api_client c set last_used_at = now()
				  from organisation o
				 where o.id = c.organisation_id and c.token_hash = :hash and c.active and o.active
				   and (c.expires_at is null or c.expires_at > now())
				   and """ + ISSUER_STANDS + """

				returning c.id, c.name, c.role, c.scope, c.organisation_id, o.province_code""")
			.param("hash", tokenHash).param("issuers", ISSUERS)
			.query((rs, i) -> new CurrentUser(rs.getObject("id", UUID.class), "api:" + rs.getString("name"),
					rs.getString("name"), Role.valueOf(rs.getString("role")), Scope.valueOf(rs.getString("scope")),
					rs.getObject("organisation_id", UUID.class), rs.getString("province_code"), CurrentUser.Kind.API_CLIENT))
			.optional()
			// a system job's own role belongs to no client: one written into the database by hand is refused
			.filter(client -> client.role().assignable());
	}

	/**
	 * @param createdBy the person who issued it ({@link #issuedBy}), if any
	 * @param issuedByClient the client that issued it, if a client did: revoked, it revokes this one
	 */
	public void insert(UUID id, String name, byte[] tokenHash, String tokenPrefix, Role role, Scope scope,
			UUID organisationId, java.time.Instant expiresAt, UUID createdBy, UUID issuedByClient) {
		jdbc.sql("""
				insert into api_client (id, name, name_folded, token_hash, token_prefix, role, scope, organisation_id, expires_at,
				                        created_by, issued_by_client)
				values (:id, :name, :folded, :hash, :prefix, :role, :scope, :org, :expires, :createdBy, :issuedByClient)""")
			.param("id", id).param("name", name).param("folded", TextFolding.fold(name)).param("hash", tokenHash)
			.param("prefix", tokenPrefix)
			.param("role", role.name()).param("scope", scope.name()).param("org", organisationId)
			.param("expires", expiresAt == null ? null : java.sql.Timestamp.from(expiresAt)).param("createdBy", createdBy)
			.param("issuedByClient", issuedByClient)
			.update();
	}

	/**
	 * The person who issued the client: the administrator signed in who issued it, or, for a client issued by another
	 * client, the person behind that one, so that a chain of clients always leads back to a person. Empty for a client
	 * issued by a job of the system, or by a client before the person behind it was recorded.
	 */
	public Optional<UUID> issuedBy(UUID clientId) {
		return jdbc.sql("select created_by from api_client where id = :id and created_by is not null")
			.param("id", clientId).query(UUID.class).optional();
	}

	/** The client with whether its token works now, as {@link #authenticate} decides it (the database's clock). */
	private static final String SELECT = """
			select c.id, c.name, c.token_prefix, c.role, c.scope, c.organisation_id, c.active, c.expires_at, c.last_used_at,
			       case when not c.active then 'REVOKED'
			            when c.expires_at is not null and c.expires_at <= now() then 'EXPIRED'
			            when not o.active then 'ORGANISATION_INACTIVE'
			            when not """ + ISSUER_STANDS + """
			                 then 'ISSUER_INACTIVE'
			            else 'ACTIVE' end as status
			  from api_client c join organisation o on o.id = c.organisation_id""";

	public List<ApiClient> list() {
		return jdbc.sql(SELECT + " order by c.active desc, lower(c.name)").param("issuers", ISSUERS).query(ApiClients::map)
			.list();
	}

	public Optional<ApiClient> find(UUID id) {
		return jdbc.sql(SELECT + " where c.id = :id").param("id", id).param("issuers", ISSUERS).query(ApiClients::map)
			.optional();
	}

	/**
	 * Whether an active (not revoked) client of the organisation has this name as people read it, folded by
	 * {@link TextFolding#fold} (case, Turkish letters, accents and spaces aside: "GOC SUBE" is "Göç Şube"): the audit
	 * trail names a client by its name. The unique index {@code api_client_active_name_folded} (V30) compares the same.
	 */
	public boolean activeNameTaken(UUID organisationId, String name) {
		return jdbc.sql("""
				select exists (select 1 from api_client
				                where organisation_id = :org and active and name_folded = :folded)""")
			.param("org", organisationId).param("folded", TextFolding.fold(name)).query(Boolean.class).single();
	}

	private static ApiClient map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ApiClient(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("token_prefix"),
				Role.valueOf(rs.getString("role")), Scope.valueOf(rs.getString("scope")),
				rs.getObject("organisation_id", UUID.class), rs.getBoolean("active"),
				toInstant(rs.getTimestamp("expires_at")), toInstant(rs.getTimestamp("last_used_at")),
				ApiClient.Status.valueOf(rs.getString("status")));
	}

	/**
	 * Revokes the client, and every client issued by it or by one it issued, that was not revoked yet; a level of the
	 * chain a statement, each seeing what the one before waited for. A client issuing another at that moment holds a
	 * lock on its row ({@link #lockActiveIssuer}): the revocation of that row waits for the issue to end, and the next
	 * level's statement then sees the client issued; an issue that comes after finds its issuer revoked.
	 * @return the ids of the clients revoked now
	 */
	public List<UUID> revoke(UUID id) {
		List<UUID> revoked = new ArrayList<>(jdbc.sql("update api_client set active = false where id = :id and active"
				+ " returning id").param("id", id).query(UUID.class).list());
		List<UUID> level = List.of(id);
		while (!level.isEmpty()) {
			level = jdbc.sql("select id from api_client where issued_by_client in (:ids)").param("ids", level)
				.query(UUID.class).list();
			if (!level.isEmpty()) {
				revoked.addAll(jdbc.sql("update api_client set active = false where id in (:ids) and active returning id")
					.param("ids", level).query(UUID.class).list());
			}
		}
		return revoked;
	}

	/**
	 * Whether the client is still active, its row locked until the transaction ends: a client issuing another takes it,
	 * so that a revocation of the issuer at the same moment either waits for the issue, and revokes the client issued
	 * with it, or comes first, and the issue is refused ({@link #revoke}).
	 */
	public boolean lockActiveIssuer(UUID clientId) {
		return jdbc.sql("select active from api_client where id = :id for share").param("id", clientId)
			.query(Boolean.class).optional().orElse(false);
	}

	private static java.time.Instant toInstant(java.sql.Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
