package org.opennrm.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.opennrm.identity.ApiClient;
import org.opennrm.identity.CurrentUser;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;

@Repository
public class ApiClients {

	private final JdbcClient jdbc;

	ApiClients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The active, unexpired client holding this token hash, as the principal it acts as. */
	public Optional<CurrentUser> authenticate(byte[] tokenHash) {
		return jdbc.sql("""
				update api_client c set last_used_at = now()
				  from organisation o
				 where o.id = c.organisation_id and c.token_hash = :hash and c.active and o.active
				   and (c.expires_at is null or c.expires_at > now())
				returning c.id, c.name, c.role, c.scope, c.organisation_id, o.province_code""")
			.param("hash", tokenHash)
			.query((rs, i) -> new CurrentUser(rs.getObject("id", UUID.class), "api:" + rs.getString("name"),
					rs.getString("name"), Role.valueOf(rs.getString("role")), Scope.valueOf(rs.getString("scope")),
					rs.getObject("organisation_id", UUID.class), rs.getString("province_code"), CurrentUser.Kind.API_CLIENT))
			.optional()
			// a system job's own role belongs to no client: one written into the database by hand is refused
			.filter(client -> client.role().assignable());
	}

	public void insert(UUID id, String name, byte[] tokenHash, String tokenPrefix, Role role, Scope scope,
			UUID organisationId, java.time.Instant expiresAt, UUID createdBy) {
		jdbc.sql("""
				insert into api_client (id, name, token_hash, token_prefix, role, scope, organisation_id, expires_at, created_by)
				values (:id, :name, :hash, :prefix, :role, :scope, :org, :expires, :createdBy)""")
			.param("id", id).param("name", name).param("hash", tokenHash).param("prefix", tokenPrefix)
			.param("role", role.name()).param("scope", scope.name()).param("org", organisationId)
			.param("expires", expiresAt == null ? null : java.sql.Timestamp.from(expiresAt)).param("createdBy", createdBy)
			.update();
	}

	private static final String COLUMNS = "id, name, token_prefix, role, scope, organisation_id, active, expires_at, last_used_at";

	public List<ApiClient> list() {
		return jdbc.sql("select " + COLUMNS + " from api_client order by active desc, lower(name)")
			.query(ApiClients::map).list();
	}

	public Optional<ApiClient> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from api_client where id = :id").param("id", id)
			.query(ApiClients::map).optional();
	}

	private static ApiClient map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ApiClient(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("token_prefix"),
				Role.valueOf(rs.getString("role")), Scope.valueOf(rs.getString("scope")),
				rs.getObject("organisation_id", UUID.class), rs.getBoolean("active"),
				toInstant(rs.getTimestamp("expires_at")), toInstant(rs.getTimestamp("last_used_at")));
	}

	public boolean revoke(UUID id) {
		return jdbc.sql("update api_client set active = false where id = :id and active").param("id", id).update() == 1;
	}

	private static java.time.Instant toInstant(java.sql.Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
