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
		if (filter.text() != null && !filter.text().isBlank()) {
			where.add("name ilike :text");
			params.put("text", "%" + filter.text().strip().replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (filter.type() != null) {
			where.add("type = :type");
			params.put("type", filter.type().name());
		}
		if (filter.provinceCode() != null && !filter.provinceCode().isBlank()) {
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

	public Organisation insert(UUID id, OrganisationForm form) {
		jdbc.sql("""
				insert into organisation (id, name, type, province_code, address, phone, email, website, active)
				values (:id, :name, :type, :province, :address, :phone, :email, :website, coalesce(cast(:active as boolean), true))""")
			.param("id", id)
			.params(values(form))
			.update();
		return find(id).orElseThrow();
	}

	public Organisation update(UUID id, int expectedVersion, OrganisationForm form) {
		int updated = jdbc.sql("""
				update organisation set name = :name, type = :type, province_code = :province, address = :address,
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

	/** @return the organisation as it is now, or empty when there is none with this id */
	public Optional<Organisation> setActive(UUID id, boolean active) {
		jdbc.sql("""
				update organisation set active = :active, version = version + 1, updated_at = now()
				 where id = :id and active <> :active""")
			.param("id", id).param("active", active).update();
		return find(id);
	}

	private static Map<String, Object> values(OrganisationForm form) {
		Map<String, Object> values = new HashMap<>();
		values.put("name", form.name().strip());
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
