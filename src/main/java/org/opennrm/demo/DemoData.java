package org.opennrm.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.opennrm.identity.NewUser;
import org.opennrm.identity.PasswordPolicy;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.identity.SystemActor;
import org.opennrm.identity.UserAccount;
import org.opennrm.identity.UserManagement;
import org.opennrm.matching.PersonIndex;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationForm;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.organisation.OrganisationType;
import org.opennrm.shared.EmbeddedMode;

/**
 * A realistic demo for an empty database: the organisations of Türkiye's NRM in several provinces, one account per
 * role, and made-up people in the matching index ({@link DemoPeople}). On by default with the embedded database, off
 * with an external one unless {@code opennrm.demo=true}. The console names the address and the demo accounts.
 */
@Component
@Profile("!command")
class DemoData implements SmartLifecycle {

	/** How the audit trail names the loading ({@code system:demo-data}). */
	static final String JOB = PasswordPolicy.DEMO_JOB;

	/**
	 * Shared by all demo accounts, and published: the password policy refuses it to anyone but this job. Never use the
	 * demo in production.
	 */
	static final String PASSWORD = PasswordPolicy.DEMO_PASSWORD;

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final OrganisationManagement organisations;
	private final UserManagement users;
	private final Environment environment;
	private final PersonIndex index;
	private final TransactionTemplate transactions;

	DemoData(OrganisationManagement organisations, UserManagement users, PersonIndex index, Environment environment,
			TransactionTemplate transactions) {
		this.organisations = organisations;
		this.users = users;
		this.index = index;
		this.environment = environment;
		this.transactions = transactions;
	}

	boolean enabled() {
		return enabled(environment);
	}

	static boolean enabled(org.springframework.core.env.PropertyResolver environment) {
		String setting = environment.getProperty("opennrm.demo", "auto");
		return "auto".equals(setting) ? EmbeddedMode.isActive(environment) : Boolean.parseBoolean(setting);
	}

	private volatile boolean running;

	/**
	 * Loads the demo into an empty database, before the web server opens: no one can sign in before it is there. All
	 * of it or nothing, in one transaction: the people are filed as a national coordinator files them (a system
	 * administrator never writes victim data), by the same job.
	 */
	@Override
	public void start() {
		if (enabled() && organisations.count() == 0) {
			transactions.executeWithoutResult(status -> {
				Loaded loaded = SystemActor.call(JOB, Role.SYSTEM_ADMINISTRATOR, this::load);
				SystemActor.run(JOB, Role.NRM_COORDINATOR, () -> fileThePeople(loaded));
			});
		}
		running = true;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Just before the web server's own start (which opens its port). */
	@Override
	public int getPhase() {
		return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		announce();
	}

	/** The demo's organisations and accounts, by their keys here: where its people were registered, and by whom. */
	record Loaded(Map<String, UUID> organisations, Map<String, UUID> accounts) {
	}

	Loaded load() {
		Map<String, Organisation> o = new LinkedHashMap<>();
		org(o, "pmm", "Göç İdaresi Başkanlığı – İnsan Ticaretiyle Mücadele Dairesi", OrganisationType.PMM_HEADQUARTERS, "06",
				"Lalegül Çamlıca Mah. 29 Ekim Cad. No: 1, Yenimahalle, Ankara", "+903124099000", "www.goc.gov.tr");
		org(o, "pdmm34", "İstanbul İl Göç İdaresi Müdürlüğü", OrganisationType.PROVINCIAL_MIGRATION_DIRECTORATE, "34", "Fatih, İstanbul", null, null);
		org(o, "pdmm27", "Gaziantep İl Göç İdaresi Müdürlüğü", OrganisationType.PROVINCIAL_MIGRATION_DIRECTORATE, "27", "Şehitkamil, Gaziantep", null, null);
		org(o, "pdmm63", "Şanlıurfa İl Göç İdaresi Müdürlüğü", OrganisationType.PROVINCIAL_MIGRATION_DIRECTORATE, "63", "Haliliye, Şanlıurfa", null, null);
		org(o, "pdmm47", "Mardin İl Göç İdaresi Müdürlüğü", OrganisationType.PROVINCIAL_MIGRATION_DIRECTORATE, "47", "Artuklu, Mardin", null, null);
		org(o, "pdmm71", "Kırıkkale İl Göç İdaresi Müdürlüğü", OrganisationType.PROVINCIAL_MIGRATION_DIRECTORATE, "71", "Merkez, Kırıkkale", null, null);
		org(o, "pdmm43", "Kütahya İl Göç İdaresi Müdürlüğü", OrganisationType.PROVINCIAL_MIGRATION_DIRECTORATE, "43", "Merkez, Kütahya", null, null);
		org(o, "police34", "İstanbul Emniyet Müdürlüğü – Göçmen Kaçakçılığı ve İnsan Ticareti ile Mücadele Şube Müdürlüğü",
				OrganisationType.POLICE, "34", "Fatih, İstanbul", null, null);
		org(o, "gendarmerie27", "Gaziantep İl Jandarma Komutanlığı", OrganisationType.GENDARMERIE, "27", "Şahinbey, Gaziantep", null, null);
		org(o, "coastguard", "Sahil Güvenlik Ege Bölge Komutanlığı", OrganisationType.COAST_GUARD, "35", "İzmir", null, null);
		org(o, "iom", "IOM Türkiye (Uluslararası Göç Örgütü)", OrganisationType.INTERNATIONAL_ORGANISATION, "06", "Çankaya, Ankara", null, null);
		org(o, "ngo1", "Kadın Dayanışma Derneği", OrganisationType.NGO, "34", "Beyoğlu, İstanbul", null, null);
		org(o, "ngo2", "Sınır Ötesi Destek Derneği", OrganisationType.NGO, "63", "Eyyübiye, Şanlıurfa", null, null);
		org(o, "shelterAnkara", "Ankara İnsan Ticareti Mağdurları Barınma Merkezi", OrganisationType.SHELTER, "06", null, null, null);
		org(o, "shelterKirikkale", "Kırıkkale İnsan Ticareti Mağdurları Barınma Merkezi", OrganisationType.SHELTER, "71", null, null, null);
		org(o, "bar27", "Gaziantep Barosu – Adli Yardım Bürosu", OrganisationType.BAR_ASSOCIATION, "27", "Şehitkamil, Gaziantep", null, null);
		org(o, "prosecutor27", "Gaziantep Cumhuriyet Başsavcılığı", OrganisationType.PROSECUTOR_OFFICE, "27", null, null, null);
		org(o, "family", "Gaziantep Aile ve Sosyal Hizmetler İl Müdürlüğü", OrganisationType.CHILD_PROTECTION_AUTHORITY, "27", null, null, null);
		org(o, "municipality63", "Şanlıurfa Büyükşehir Belediyesi", OrganisationType.MUNICIPALITY, "63", null, null, null);
		org(o, "labour", "İş Teftiş Kurulu Başkanlığı – İstanbul Grup Başkanlığı", OrganisationType.LABOUR_INSPECTORATE, "34", null, null, null);
		org(o, "consulate", "Tacikistan Cumhuriyeti İstanbul Başkonsolosluğu", OrganisationType.EMBASSY_CONSULATE, "34", "İstanbul", null, null);

		Map<String, UUID> accounts = new LinkedHashMap<>();
		for (DemoAccount account : accounts()) {
			UserAccount created = users.create(new NewUser(account.username(), account.fullName(), null, null,
					account.role(), account.scope(), o.get(account.organisation()).id(), PASSWORD, null));
			accounts.put(account.username(), created.id());
		}
		Map<String, UUID> organisationIds = new LinkedHashMap<>();
		o.forEach((key, organisation) -> organisationIds.put(key, organisation.id()));
		return new Loaded(organisationIds, accounts);
	}

	/** The made-up people, filed in the matching index through its API, each an entry in the audit trail. */
	void fileThePeople(Loaded loaded) {
		var people = DemoPeople.filed(DemoPeople.read(), loaded.organisations(), loaded.accounts());
		index.indexBatch(people);
		log.info("Demo data created: {} organisations, {} accounts, {} people in the matching index.",
				loaded.organisations().size(), loaded.accounts().size(), people.size());
	}

	record DemoAccount(String username, String fullName, Role role, Scope scope, String organisation) {
	}

	static List<DemoAccount> accounts() {
		return List.of(
				new DemoAccount("admin", "Sistem Yöneticisi", Role.SYSTEM_ADMINISTRATOR, Scope.NATIONAL, "pmm"),
				new DemoAccount("koordinator", "Ayşe Demir", Role.NRM_COORDINATOR, Scope.NATIONAL, "pmm"),
				new DemoAccount("uzman.gaziantep", "Mehmet Yılmaz", Role.FOCAL_POINT, Scope.PROVINCE, "pdmm27"),
				new DemoAccount("uzman.istanbul", "Zeynep Kaya", Role.FOCAL_POINT, Scope.PROVINCE, "pdmm34"),
				new DemoAccount("polis.istanbul", "Emre Şahin", Role.FRONTLINE_REPORTER, Scope.OWN, "police34"),
				new DemoAccount("jandarma.gaziantep", "Hasan Çelik", Role.FRONTLINE_REPORTER, Scope.OWN, "gendarmerie27"),
				new DemoAccount("iom", "Elif Arslan", Role.SERVICE_PROVIDER, Scope.ORGANISATION, "iom"),
				new DemoAccount("barinma.ankara", "Fatma Öztürk", Role.SERVICE_PROVIDER, Scope.ORGANISATION, "shelterAnkara"),
				new DemoAccount("savcilik", "Ali Koç", Role.PROSECUTION_LIAISON, Scope.ORGANISATION, "prosecutor27"),
				new DemoAccount("onleme", "Selin Aydın", Role.PREVENTION_OFFICER, Scope.NATIONAL, "pmm"),
				new DemoAccount("analist", "Burak Kılıç", Role.ANALYST, Scope.NATIONAL, "pmm"),
				new DemoAccount("denetci", "Deniz Acar", Role.AUDITOR, Scope.NATIONAL, "pmm"));
	}

	private void org(Map<String, Organisation> into, String key, String name, OrganisationType type, String province,
			String address, String phone, String website) {
		into.put(key, organisations.create(new OrganisationForm(name, type, province, address, phone, null,
				website == null ? null : "https://" + website, true)));
	}

	void announce() {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		StringBuilder text = new StringBuilder("\n\n  OpenNRM is running at http://localhost:" + port + "/\n");
		var present = enabled() ? SystemActor.call(JOB, Role.SYSTEM_ADMINISTRATOR,
				() -> users.existingUsernames(accounts().stream().map(DemoAccount::username).toList()))
				: java.util.Set.<String>of();
		if (enabled() && present.isEmpty()) {
			text.append("\n  The demo is on, but this database had organisations before it and holds none of the demo accounts:\n")
				.append("  no demo data was loaded.\n");
		}
		else if (enabled()) {
			text.append("\n  Demo accounts (password for all, unless changed: ").append(PASSWORD).append("):\n");
			for (DemoAccount account : accounts()) {
				if (present.contains(account.username())) {
					text.append(String.format("    %-20s %s%n", account.username(), account.role()));
				}
			}
			text.append("  The demo is for trying OpenNRM only: never enter real people's data into it.\n");
			if (DemoAddress.LOOPBACK.equals(environment.getProperty("server.address"))) {
				text.append("  It answers this machine only; to let other machines in, start it with --server.address=0.0.0.0\n")
					.append("  (and change the demo accounts' passwords first).\n");
			}
		}
		else if (users.count() == 0) {
			text.append("\n  No accounts exist yet. Create the first administrator with:\n")
				.append("    OPENNRM_ADMIN_PASSWORD='…' java -jar opennrm.jar create-admin --username NAME --full-name \"…\"\n");
		}
		log.info(text.toString());
	}

}
