package org.opennrm.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationForm;
import org.opennrm.organisation.OrganisationType;
import org.opennrm.shared.TextFolding;

@Repository
public class Organisations {

	private static final String COLUMNS = "id, name, type, province_code, address, phone, email, website, active, version";

	private final JdbcClient jdbc;

	Organisations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Organisation> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from organisation where id = :id").param("id", id)
			.query(Organisations::map).optional();
	}

	public List<Organisation> list(OrganisationFilter filter) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		String text = TextFolding.containing(filter.text());
		if (text != null) {
			where.add("name_folded like :text");
			params.put("text", text);
		}
		if (filter.type() != null) {
			where.add("type = :type");
			params.put("type", filter.type().name());
		}
		if (filter.provinceCode() != null && !filter.provinceCode().isBlank()) {
			if (filter.provinceCode().indexOf('\0') >= 0) {
				return List.of(); // no stored text holds a NUL, and PostgreSQL refuses one even to compare
			}
			where.add("province_code = :province");
			params.put("province", filter.provinceCode());
		}
		if (filter.active() != null) {
			where.add("active = :active");
			params.put("active", filter.active());
		}
		String sql = "select " + COLUMNS + " from organisation"
				+ (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by name";
		return jdbc.sql(sql).params(params).query(Organisations::map).list();
	}

	public long count() {
		return jdbc.sql("select count(*) from organisation").query(Long.class).single();
	}

	/**
	 * The name of another organisation that holds this name, as {@link TextFolding#fold} compares names. {@code except}
	 * is the organisation being changed, or null; one that already held a lookalike name before names were folded may
	 * keep it (V15).
	 */
	public Optional<String> holderOfName(String name, UUID except) {
		return jdbc.sql("""
				select o.name from organisation o
				 where o.name_folded = :folded and not o.name_clash and o.id is distinct from cast(:except as uuid)
				   and not exists (select 1 from organisation me
				                    where me.id = cast(:except as uuid) and me.name_folded = :folded and me.name_clash)""")
			.param("folded", TextFolding.fold(TextFolding.tidyName(name))).param("except", except)
			.query(String.class).optional();
	}

	public Organisation insert(UUID id, OrganisationForm form) {
		jdbc.sql("""
				insert into organisation (id, name, name_folded, type, province_code, address, phone, email, website, active)
				values (:id, :name, :folded, :type, :province, :address, :phone, :email, :website,
				        coalesce(cast(:active as boolean), true))""")
			.param("id", id)
			.params(values(form))
			.update();
		return find(id).orElseThrow();
	}

	public Organisation update(UUID id, int expectedVersion, OrganisationForm form) {
		int updated = jdbc.sql("""
				update organisation set name = :name, name_folded = :folded,
				       name_clash = name_clash and name_folded = :folded,
				       type = :type, province_code = :province, address = :address,
				       phone = :phone, email = :email, website = :website, active = coalesce(cast(:active as boolean), active),
				       version = version + 1, updated_at = now()
				 where id = :id and version = :version""")
			.param("id", id)
			.param("version", expectedVersion)
			.params(values(form))
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("organisation " + id + " was changed by someone else");
		}
		return find(id).orElseThrow();
	}

	/** The organisation, locked until the transaction ends: what a change is compared with. */
	public Optional<Organisation> findForUpdate(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from organisation where id = :id for update").param("id", id)
			.query(Organisations::map).optional();
	}

	/** The organisation, held as it is until the transaction ends: it can be read, not changed. */
	public Optional<Organisation> findForShare(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from organisation where id = :id for share").param("id", id)
			.query(Organisations::map).optional();
	}

	/** @return whether the organisation was switched; false when it was already so, or there is none with this id */
	public boolean setActive(UUID id, boolean active) {
		return jdbc.sql("""
				update organisation set active = :active, version = version + 1, updated_at = now()
				 where id = :id and active <> :active""")
			.param("id", id).param("active", active).update() == 1;
	}

	private static Map<String, Object> values(OrganisationForm form) {
		Map<String, Object> values = new HashMap<>();
		String name = TextFolding.tidyName(form.name());
		values.put("name", name);
		values.put("folded", TextFolding.fold(name));
		values.put("type", form.type().name());
		values.put("province", blankToNull(form.provinceCode()));
		values.put("address", blankToNull(form.address()));
		values.put("phone", blankToNull(form.phone()));
		values.put("email", blankToNull(form.email()));
		values.put("website", blankToNull(form.website()));
		values.put("active", form.active());
		return values;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Organisation map(ResultSet rs, int row) throws SQLException {
		return new Organisation(rs.getObject("id", UUID.class), rs.getString("name"),
				OrganisationType.valueOf(rs.getString("type")), rs.getString("province_code"), rs.getString("address"),
				rs.getString("phone"), rs.getString("email"), rs.getString("website"), rs.getBoolean("active"),
				rs.getInt("version"));
	}

}
