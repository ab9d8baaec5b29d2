package org.opennrm.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

import org.opennrm.shared.TemporarilyUnavailable;

/**
 * Within one request, the database out of reach is waited for once. A request asks the pool for a connection several
 * times (its session read, its work, its new session written when the answer starts, and again when the request ends,
 * as Spring Session does after a failed write), and while the database is out of reach each ask waits the pool's whole
 * {@code connection-timeout}. After one wait ended so, the request's later asks fail at once, and the request is
 * answered 503 after that one wait. A request is the span a web filter opens ({@link #request}); outside of one (jobs,
 * the start, commands) every ask waits as it would.
 */
public final class OneWaitPerRequest extends DelegatingDataSource {

	/** The span of a request, closed when the request ends. */
	public interface Request extends AutoCloseable {

		@Override
		void close();

	}

	/** The request the thread is serving: whether it found the database out of reach; none outside a request. */
	private static final ThreadLocal<boolean[]> REQUEST = new ThreadLocal<>();

	OneWaitPerRequest(DataSource pool) {
		super(pool);
	}

	/** Opens a request on this thread, during which the database out of reach is waited for once. */
	public static Request request() {
		REQUEST.set(new boolean[1]);
		return REQUEST::remove;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return connect(() -> super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return connect(() -> super.getConnection(username, password));
	}

	private interface Connect {

		Connection get() throws SQLException;

	}

	private static Connection connect(Connect pool) throws SQLException {
		boolean[] outOfReach = REQUEST.get();
		if (outOfReach != null && outOfReach[0]) {
			throw new SQLTransientConnectionException("the database was out of reach earlier in this request", "08001");
		}
		try {
			return pool.get();
		}
		catch (SQLException failed) {
			if (outOfReach != null && TemporarilyUnavailable.databaseOutOfReachIn(failed)) {
				outOfReach[0] = true;
			}
			throw failed;
		}
	}

	/**
	 * Puts this around the application's pool, embedded or external. The pool is still closed with the application
	 * (Spring closes the bean it made, not what was put around it), and still found by the metrics and the health
	 * check, which look through a {@code DelegatingDataSource}.
	 */
	@Component
	static final class AroundThePool implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			return bean instanceof DataSource pool && "dataSource".equals(beanName) ? new OneWaitPerRequest(pool) : bean;
		}

	}

}
