package org.opennrm.shared.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.opennrm.shared.TemporarilyUnavailable;

/**
 * Keeps out of the log Thymeleaf's stack trace of a page that could not be sent because its session could not be
 * saved, the database being out of reach (Spring Session writes it when the page's first bytes go out, from within
 * the template engine, which logs the failure whole at ERROR before it throws it on). The request is then answered 503
 * and counted in the line {@link TemporarilyUnavailableFilter} writes about such requests; any other failure of a
 * template is logged as before.
 */
@Component
class TemplateOutageLog {

	static final String TEMPLATE_ENGINE = "org.thymeleaf.TemplateEngine";

	@EventListener(ApplicationStartedEvent.class)
	void install() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
				&& logback.getTurboFilterList().stream().noneMatch(Filter.class::isInstance)) {
			Filter filter = new Filter();
			filter.start();
			logback.addTurboFilter(filter);
		}
	}

	static final class Filter extends TurboFilter {

		@Override
		public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, Level level, String format,
				Object[] params, Throwable failure) {
			return failure != null && TEMPLATE_ENGINE.equals(logger.getName())
					&& TemporarilyUnavailable.databaseOutOfReachIn(failure)
							? FilterReply.DENY : FilterReply.NEUTRAL;
		}

	}

}
