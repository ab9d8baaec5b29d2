package org.opennrm.shared.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import org.opennrm.shared.EmbeddedMode;

/** True when no external database is configured. */
class EmbeddedDatabaseCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return EmbeddedMode.isActive(context.getEnvironment());
	}

}
