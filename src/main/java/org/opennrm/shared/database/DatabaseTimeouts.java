package org.opennrm.shared.database;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import org.opennrm.shared.EmbeddedMode;

/**
 * The pool's limits on a statement's time and on the driver's wait for the server (application.properties) are the
 * application's, not the migrations': a migration over a big table may run for many minutes. With an external database
 * whose one role both migrates and serves (no {@code spring.flyway.user}), Flyway would take the pool's connections;
 * it gets one of its own, as it does with a role of its own and with the embedded database, without them.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseTimeouts {

	@Bean
	FlywayConfigurationCustomizer migrationsWithoutThePoolsTimeouts(ObjectProvider<DataSource> dataSources,
			DataSourceProperties properties, Environment environment) {
		return configuration -> {
			if (!EmbeddedMode.isActive(environment) && configuration.getDataSource() != null
					&& configuration.getDataSource() == dataSources.getIfUnique()) {
				configuration.dataSource(properties.determineUrl(), properties.determineUsername(),
						properties.determinePassword());
			}
		};
	}

}
