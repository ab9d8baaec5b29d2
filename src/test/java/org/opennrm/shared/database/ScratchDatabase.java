package org.opennrm.shared.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A database of its own on the tests' embedded server, for a test of a migration: migrated to an older version, given
 * the data an older OpenNRM would hold, migrated on; dropped when closed.
 */
public final class ScratchDatabase implements AutoCloseable {

	private final EmbeddedDatabase server;
	private final String name;
	private final Connection connection;
	private final JavaMigration[] javaMigrations;

	private ScratchDatabase(EmbeddedDatabase server, String name, List<JavaMigration> javaMigrations) throws SQLException {
		this.server = server;
		this.name = name;
		this.javaMigrations = javaMigrations.toArray(JavaMigration[]::new);
		AsOwner.execute(server, "create database " + name);
		this.connection = DriverManager.getConnection(server.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"),
				EmbeddedDatabase.USER, server.password());
	}

	/**
	 * @param prefix         the start of its name, which a random part ends
	 * @param javaMigrations the application's Java migrations (the Spring context's beans of that type)
	 */
	public static ScratchDatabase create(EmbeddedDatabase server, String prefix, List<JavaMigration> javaMigrations)
			throws SQLException {
		return new ScratchDatabase(server, prefix + "_" + UUID.randomUUID().toString().replace("-", ""), javaMigrations);
	}

	/** Migrates to {@code target}, a version ("17") or "latest", as the application's start would. */
	public void migrateTo(String target) {
		flyway(target).migrate();
	}

	/** Flyway on this database with the application's migrations, up to the latest. */
	public Flyway flyway() {
		return flyway("latest");
	}

	/** Flyway on this database up to the latest, with these Java migrations for the application's (a later version's). */
	public Flyway flyway(List<JavaMigration> javaMigrations) {
		return flyway("latest", javaMigrations.toArray(JavaMigration[]::new));
	}

	/**
	 * Flyway up to {@code target}. Flyway runs repeatable migrations whatever the target, and the application's
	 * (the country list, {@code R__country_list}) writes the table as the latest version has it (an alpha-2 may be
	 * null from V28 on); the application only ever migrates to the latest, so an older schema is made without them.
	 */
	private Flyway flyway(String target) {
		return flyway(target, "latest".equals(target) ? javaMigrations
				: Arrays.stream(javaMigrations).filter(migration -> migration.getVersion() != null)
					.toArray(JavaMigration[]::new));
	}

	private Flyway flyway(String target, JavaMigration[] migrations) {
		return Flyway.configure().dataSource(new SingleConnectionDataSource(connection, true))
			.locations("classpath:db/migration").placeholders(Map.of("app_role", ""))
			.javaMigrations(migrations).target(target).load();
	}

	public JdbcClient jdbc() {
		return JdbcClient.create(new SingleConnectionDataSource(connection, true));
	}

	@Override
	public void close() throws SQLException {
		connection.close();
		AsOwner.execute(server, "drop database " + name);
	}

}
