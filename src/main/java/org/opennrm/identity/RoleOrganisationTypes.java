package org.opennrm.identity;

import static org.opennrm.organisation.OrganisationType.*;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import org.opennrm.organisation.OrganisationType;
import org.opennrm.shared.EnumNames;
import org.opennrm.shared.StartRefused;
import org.opennrm.shared.UserInputException;

/**
 * Which types of organisation each role may be held in, for accounts and API clients alike: a role that reaches
 * victims' data only where the people who do that work are (a focal point in a provincial directorate of migration
 * management, not in an NGO), the others wherever a deployment puts them. The table is Türkiye's ({@link #TURKIYE}); a deployment
 * replaces a role's row with {@code opennrm.roles.<role>.organisation-types} (a list of types), checked at start.
 */
@Component
public class RoleOrganisationTypes {

	static final String PREFIX = "opennrm.roles";

	private static final Logger log = LoggerFactory.getLogger(RoleOrganisationTypes.class);

	/**
	 * Türkiye's NRM, as PRODUCT.md ("Who uses it") places its people. The roles that reach victims' data are held only
	 * where the product says (none elsewhere until a deployment says so); those that never do, wherever it does not.
	 */
	static final Map<Role, Set<OrganisationType>> TURKIYE = new EnumMap<>(Map.of(
			// police, gendarmerie, coast guard, labour inspectors, municipality and district-governorate staff, health
			// staff, NGO outreach workers, and the 157 hotline, which the Presidency's headquarters runs; and the
			// provincial directorates' own staff, who meet possible victims first at registration, in interviews for
			// international protection and in the removal centres they run
			Role.FRONTLINE_REPORTER, EnumSet.of(POLICE, GENDARMERIE, COAST_GUARD, LABOUR_INSPECTORATE, MUNICIPALITY,
					DISTRICT_GOVERNORATE, HEALTH_FACILITY, NGO, PMM_HEADQUARTERS, PROVINCIAL_MIGRATION_DIRECTORATE),
			// the THB experts of the 81 provincial directorates
			Role.FOCAL_POINT, EnumSet.of(PROVINCIAL_MIGRATION_DIRECTORATE),
			// the Presidency's headquarters: all cases, nationally
			Role.NRM_COORDINATOR, EnumSet.of(PMM_HEADQUARTERS),
			// shelters, NGOs, IOM, health, psychosocial care (the Ministry of Family and Social Services, which takes in
			// child victims), legal aid (the bar associations' bureaus); interpreters through an NGO (a company is none)
			Role.SERVICE_PROVIDER, EnumSet.of(SHELTER, NGO, INTERNATIONAL_ORGANISATION, HEALTH_FACILITY,
					CHILD_PROTECTION_AUTHORITY, BAR_ASSOCIATION),
			// prosecutors, judges' offices, the bar associations' legal aid
			Role.PROSECUTION_LIAISON, EnumSet.of(PROSECUTOR_OFFICE, COURT, BAR_ASSOCIATION),
			// trainers and awareness and partnership staff: the Presidency and its directorates, IOM and ICMPD-type
			// projects, the NGOs that run them with them, municipalities; no victims' data
			Role.PREVENTION_OFFICER, EnumSet.of(PMM_HEADQUARTERS, PROVINCIAL_MIGRATION_DIRECTORATE,
					INTERNATIONAL_ORGANISATION, NGO, MUNICIPALITY),
			// anonymised statistics, the audit trail, and the system's upkeep: wherever the deployment puts them
			Role.ANALYST, EnumSet.allOf(OrganisationType.class),
			Role.AUDITOR, EnumSet.allOf(OrganisationType.class),
			Role.SYSTEM_ADMINISTRATOR, EnumSet.allOf(OrganisationType.class)));

	private final Map<Role, Set<OrganisationType>> table;

	RoleOrganisationTypes(Environment environment) {
		this.table = configured(environment);
		String changes = changes();
		if (!changes.isEmpty()) {
			log.info("Roles held in other types of organisation than by Türkiye's table ({}): {}", PREFIX, changes);
		}
	}

	/** Whether an account or an API client of {@code role} may be in an organisation of this type. */
	@PermitAll // no one's data: the deployment's settings
	public boolean fits(Role role, OrganisationType type) {
		return types(role).contains(type);
	}

	/** The types of organisation the role may be held in; none for a system job's own role. */
	@PermitAll
	public Set<OrganisationType> types(Role role) {
		return Collections.unmodifiableSet(table.getOrDefault(role, EnumSet.noneOf(OrganisationType.class)));
	}

	/** The roles an account or an API client of an organisation of this type may be given, in {@link Role}'s order. */
	@PermitAll
	public List<Role> roles(OrganisationType type) {
		return Role.assignableRoles().stream().filter(role -> fits(role, type)).toList();
	}

	/**
	 * Refuses, at the form's field {@code field}, to give this role in an organisation of this type, naming both in the
	 * user's language; {@code messageKey} says what to choose instead.
	 */
	void mustFit(Role role, OrganisationType type, String messageKey) {
		if (!fits(role, type)) {
			throw new UserInputException("role", messageKey, new DefaultMessageSourceResolvable(role.messageKey()),
					new DefaultMessageSourceResolvable(type.messageKey()));
		}
	}

	/**
	 * Türkiye's table, each role's row replaced by its {@code opennrm.roles.<role>.organisation-types} where set (the
	 * role in any case, with - or _ or neither: {@code focal-point}, {@code FOCAL_POINT},
	 * {@code OPENNRM_ROLES_FOCALPOINT_…});
	 * a setting that names no role, a system job's role, no type or a type there is not stops the start, saying which.
	 */
	static Map<Role, Set<OrganisationType>> configured(Environment environment) {
		Map<Role, Set<OrganisationType>> table = new EnumMap<>(Role.class);
		TURKIYE.forEach((role, types) -> table.put(role, EnumSet.copyOf(types)));
		Binder binder = Binder.get(environment);
		settings(environment).forEach((role, name) -> {
			List<String> listed = binder.bind(name, Bindable.listOf(String.class)).orElse(List.of());
			EnumSet<OrganisationType> types = EnumSet.noneOf(OrganisationType.class);
			for (String value : listed.stream().filter(value -> !value.isBlank()).toList()) {
				types.add(EnumNames.find(OrganisationType.class, value).orElseThrow(() -> new StartRefused(
						name + " names \"" + value + "\", which is no type of organisation.",
						"List types of organisation, separated by commas, from these: "
								+ EnumNames.listed(OrganisationType.class) + ".")));
			}
			if (types.isEmpty()) {
				throw new StartRefused(name + " names no type of organisation.",
						"List the types of organisation the role may be held in, separated by commas (from "
								+ EnumNames.listed(OrganisationType.class) + "), or leave the setting out for "
								+ "Türkiye's.");
			}
			table.put(role, types);
		});
		return table;
	}

	/** The roles set under {@code opennrm.roles}, each with the name of its setting as given. */
	private static Map<Role, ConfigurationPropertyName> settings(Environment environment) {
		ConfigurationPropertyName prefix = ConfigurationPropertyName.of(PREFIX);
		Map<Role, ConfigurationPropertyName> found = new LinkedHashMap<>();
		for (var source : ConfigurationPropertySources.get(environment)) {
			if (!(source instanceof IterableConfigurationPropertySource iterable)) {
				continue;
			}
			for (ConfigurationPropertyName name : (Iterable<ConfigurationPropertyName>) iterable.stream()::iterator) {
				if (!prefix.isAncestorOf(name)) {
					continue;
				}
				if (name.getNumberOfElements() < 4 || !"organisationtypes".equals(plain(name.getElement(3,
						ConfigurationPropertyName.Form.ORIGINAL)))) {
					throw new StartRefused(name + " is no setting of OpenNRM.",
							"A role's setting is " + PREFIX + ".<role>.organisation-types, e.g. " + PREFIX
									+ ".focal-point.organisation-types=PROVINCIAL_MIGRATION_DIRECTORATE (as an "
									+ "environment variable OPENNRM_ROLES_FOCALPOINT_ORGANISATIONTYPES).");
				}
				String key = name.getElement(2, ConfigurationPropertyName.Form.ORIGINAL);
				Role role = Stream.of(Role.values()).filter(r -> plain(r.name()).equals(plain(key))).findFirst()
					.orElseThrow(() -> new StartRefused(name + " names the role \"" + key + "\", which there is not.",
							"Name one of these roles: " + roleKeys() + "."));
				if (!role.assignable()) {
					throw new StartRefused(name + " names " + role + ", a role of the system's own jobs, which no "
							+ "account or API client holds.", "Name one of these roles: " + roleKeys() + ".");
				}
				// the first source that sets a role is the one that counts, as for any setting
				found.putIfAbsent(role, name.chop(4));
			}
		}
		return found;
	}

	/** The roles as their settings name them: {@code focal-point, nrm-coordinator, …}. */
	private static String roleKeys() {
		return Role.assignableRoles().stream().map(role -> role.name().toLowerCase(Locale.ROOT).replace('_', '-'))
			.collect(Collectors.joining(", "));
	}

	/** A name in lower case without its - and _, as the settings' names are compared. */
	private static String plain(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[-_]", "");
	}

	/** The roles whose row differs from Türkiye's, with their types, for the log. */
	private String changes() {
		return Arrays.stream(Role.values()).filter(role -> !types(role).equals(TURKIYE.getOrDefault(role, Set.of())))
			.map(role -> role + ": " + types(role)).collect(Collectors.joining("; "));
	}

}
