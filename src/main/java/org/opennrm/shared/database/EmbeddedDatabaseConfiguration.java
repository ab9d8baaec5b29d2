package org.opennrm.shared.database;

import java.nio.file.Path;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import org.opennrm.shared.EmbeddedMode;

/**
 * The laptop default: when no {@code spring.datasource.url} is configured, OpenNRM runs its own
 * PostgreSQL, keeping the data in {@code ${opennrm.data-dir}/postgres} between runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties, Environment environment) {
		Path dataDir = properties.dataDir() != null ? properties.dataDir() : EmbeddedMode.databaseDirectory(environment);
		return EmbeddedDatabase.start(dataDir, properties);
	}

	/** The migrations run as the schema's owner, and grant the application's role its rights when they end. */
	@Bean
	FlywayConfigurationCustomizer migrationsAsOwner(EmbeddedDatabase database) {
		return configuration -> configuration
			.dataSource(database.jdbcUrl(), EmbeddedDatabase.USER, database.password())
			.placeholders(Map.of(DatabaseRoles.APP_ROLE_PLACEHOLDER, EmbeddedDatabase.APP_ROLE));
	}

	/**
	 * The pool takes the settings an external database's pool takes ({@code spring.datasource.hikari.*}: its waits
	 * for a connection, application.properties), as Spring Boot's own pool would.
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	DataSource dataSource(EmbeddedDatabase database, DataSourceProperties dataSourceProperties) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername(EmbeddedDatabase.APP_ROLE);
		dataSource.setPassword(database.appPassword());
		dataSource.setPoolName("opennrm-embedded");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

}
