package org.opennrm.identity.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.opennrm.shared.SafeErrors;

/**
 * Refuses sign-ins for a while from a client address that has sent too many refused ones (wrong passwords, unknown
 * user names, locked or deactivated accounts), whatever the accounts.
 * The per-account lock ({@link LoginThrottle}) stops guessing one account's password; it does not stop one common
 * password tried on every account ("password spraying"), nor one address locking a whole office out account by
 * account. Counted in the database, so it holds across all application nodes; a fixed window per address, which
 * starts with the address's first refused sign-in and lasts {@code opennrm.login.address-window}.
 * <p>
 * The address is the one the servlet container sees: behind a reverse proxy, {@code server.forward-headers-strategy}
 * must be {@code native}, or every user shares the proxy's address and its limit.
 */
@Component
class AddressThrottle {

	private static final Logger log = LoggerFactory.getLogger(AddressThrottle.class);

	/** The longest address kept: an IPv6 address with a zone is at most about 60 characters. */
	static final int LONGEST_ADDRESS = 64;

	private final JdbcClient jdbc;
	private final int maxFailures;
	private final Duration window;

	AddressThrottle(JdbcClient jdbc, @Value("${opennrm.login.max-failures-per-address:30}") int maxFailures,
			@Value("${opennrm.login.address-window:15m}") Duration window) {
		if (maxFailures < 0 || window.isNegative() || window.isZero()) {
			throw new IllegalStateException("opennrm.login.max-failures-per-address must be 0 (off) or more, and "
					+ "opennrm.login.address-window longer than zero; they are " + maxFailures + " and " + window);
		}
		this.jdbc = jdbc;
		this.maxFailures = maxFailures;
		this.window = window;
	}

	/**
	 * Takes one of the address's sign-in attempts, before the password is checked, and forgets the addresses whose
	 * window has passed. An attempt counts as a failure unless it is given back ({@link #giveBack}): when the
	 * sign-in succeeds, or ends without its password being checked. Taken in one statement, so that attempts sent at
	 * the same moment cannot all pass a limit that none of them has reached yet.
	 * @return false when sign-ins from this address are refused now
	 */
	boolean take(String address) {
		if (maxFailures == 0 || address == null) {
			return true;
		}
		address = kept(address);
		jdbc.sql("delete from login_address_failure where window_start <= now() - make_interval(secs => :seconds)")
			.param("seconds", window.toSeconds())
			.update();
		var failures = jdbc.sql("""
				insert into login_address_failure as f (address, window_start, failures) values (:address, now(), 1)
				on conflict (address) do update
				   set failures = case when f.window_start <= now() - make_interval(secs => :seconds) then 1 else f.failures + 1 end,
				       window_start = case when f.window_start <= now() - make_interval(secs => :seconds) then now() else f.window_start end
				 where f.failures < :max or f.window_start <= now() - make_interval(secs => :seconds)
				returning failures""")
			.param("address", address)
			.param("max", maxFailures)
			.param("seconds", window.toSeconds())
			.query(Integer.class).optional();
		if (failures.isPresent() && failures.get() == maxFailures) {
			log.warn("Sign-ins from {} are refused for up to {} if this attempt fails too: {} without success "
					+ "(opennrm.login.max-failures-per-address). If this is a reverse proxy's address, set "
					+ "server.forward-headers-strategy=native.", address, window, maxFailures);
		}
		return failures.isPresent();
	}

	/**
	 * An attempt taken by {@link #take} that was not refused as a failure: it succeeded, or its password was not
	 * checked (busy). A wrong password, an unknown user name, a locked or a deactivated account all stay counted. A
	 * failure to give it back is logged; the attempt then stays counted.
	 */
	void giveBack(String address) {
		if (maxFailures == 0 || address == null) {
			return;
		}
		try {
			jdbc.sql("update login_address_failure set failures = greatest(failures - 1, 0) where address = :address")
				.param("address", kept(address))
				.update();
		}
		catch (RuntimeException ex) {
			log.error("A sign-in attempt could not be given back to its client address: {}", SafeErrors.describe(ex));
		}
	}

	/** The address as counted: no longer than {@link #LONGEST_ADDRESS}, so that no address fails to be counted. */
	private static String kept(String address) {
		return address.length() <= LONGEST_ADDRESS ? address : address.substring(0, LONGEST_ADDRESS);
	}

}
