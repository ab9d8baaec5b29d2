package org.opennrm.shared.database;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

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
		Path dataDir = properties.dataDir() != null ? properties.dataDir()
				: Path.of(environment.getProperty("opennrm.data-dir", "./data"), "postgres");
		return EmbeddedDatabase.start(dataDir, properties);
	}

	@Bean
	DataSource dataSource(EmbeddedDatabase database, DataSourceProperties dataSourceProperties) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername(EmbeddedDatabase.USER);
		dataSource.setPassword(database.password());
		dataSource.setPoolName("opennrm-embedded");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

}
