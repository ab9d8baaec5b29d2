package org.opennrm.identity.internal;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.opennrm.identity.RefusedAddress;
import org.opennrm.shared.SafeErrors;

/**
 * Refuses sign-ins for a while from a client address that has sent too many refused ones (wrong passwords, unknown
 * user names, locked or deactivated accounts), whatever the accounts.
 * The per-account lock ({@link LoginThrottle}) stops guessing one account's password; it does not stop one common
 * password tried on every account ("password spraying"), nor one address locking a whole office out account by
 * account. Counted in the database, so it holds across all application nodes; a fixed window per address, which
 * starts with the address's first refused sign-in and lasts {@code opennrm.login.address-window}.
 * <p>
 * An office behind one address (NAT) is not stopped by its own typing errors: the refused sign-ins that named an
 * account are taken off the address's count when that account then signs in from it ({@link #succeeded}). A password
 * sprayed over many accounts is still stopped, since the sprayer signs in to none of them (one it guesses is lost
 * whatever this throttle does); refusals naming no account stay counted. An address refused all the same can be let
 * through again by an administrator ({@link #release}).
 * <p>
 * The address is the one the servlet container sees: behind a reverse proxy, {@code server.forward-headers-strategy}
 * must be {@code native} and the proxy named in {@code server.tomcat.remoteip.internal-proxies}, or every user shares
 * the proxy's address and its limit. An IPv6 address is counted by its
 * /64 network ({@link #counted}).
 */
@Component
public class AddressThrottle {

	private static final Logger log = LoggerFactory.getLogger(AddressThrottle.class);

	/** The longest address kept: an IPv6 address with a zone is at most about 60 characters, as counted 24. */
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
	 * Takes one of the address's sign-in attempts, before the password is checked. An attempt counts as a failure
	 * unless it is given back ({@link #giveBack}): when the sign-in succeeds, or ends without its password being checked.
	 * Taken in one statement, so that attempts sent at the same moment cannot all pass a limit that none of them has
	 * reached yet; an address whose window has passed starts a new one.
	 * @return false when sign-ins from this address are refused now
	 */
	boolean take(String address) {
		if (maxFailures == 0 || address == null) {
			return true;
		}
		address = counted(address);
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
					+ "server.forward-headers-strategy=native and name it in server.tomcat.remoteip.internal-proxies.",
					address, window, maxFailures);
		}
		return failures.isPresent();
	}

	/**
	 * An attempt taken by {@link #take} whose password was not checked (busy). A failure to give it back is logged;
	 * the attempt then stays counted.
	 */
	void giveBack(String address) {
		if (maxFailures == 0 || address == null) {
			return;
		}
		quietly("given back to", () -> jdbc.sql("""
				update login_address_failure set failures = greatest(failures - 1, 0) where address = :address""")
			.param("address", counted(address))
			.update());
	}

	/**
	 * An attempt taken by {@link #take} that was refused (a wrong password, an unknown user name, a locked or a
	 * deactivated account): it stays counted, and, when {@code username} names an account, is noted as that
	 * account's, for {@link #succeeded} to take off.
	 */
	void refused(String address, String username) {
		if (maxFailures == 0 || address == null || username == null) {
			return;
		}
		quietly("noted against an account at", () -> jdbc.sql("""
				insert into login_address_account_failure as a (address, account_id, window_start, failures)
				select f.address, u.id, f.window_start, 1
				  from login_address_failure f join app_user u on lower(u.username) = lower(:username)
				 where f.address = :address
				on conflict (address, account_id) do update
				   set failures = case when a.window_start = excluded.window_start then a.failures + 1 else 1 end,
				       window_start = excluded.window_start""")
			.param("address", counted(address))
			.param("username", username)
			.update());
	}

	/**
	 * An attempt taken by {@link #take} that signed {@code account} in: given back, with the refused sign-ins of the
	 * account from this address in the window ({@link #refused}): a person's own typing errors, now that they have
	 * shown the right password, do not count towards refusing their office's address.
	 */
	void succeeded(String address, UUID account) {
		if (maxFailures == 0 || address == null) {
			return;
		}
		quietly("given back to", () -> jdbc.sql("""
				with forgiven as (
				    delete from login_address_account_failure where address = :address and account_id = :account
				    returning window_start, failures)
				update login_address_failure f
				   set failures = greatest(f.failures - 1
				       - coalesce((select sum(failures) from forgiven where forgiven.window_start = f.window_start), 0), 0)
				 where f.address = :address""")
			.param("address", counted(address))
			.param("account", account)
			.update());
	}

	/** The addresses whose sign-ins are refused now, the one refused longest first. */
	public List<RefusedAddress> refusedAddresses() {
		if (maxFailures == 0) {
			return List.of();
		}
		return jdbc.sql("""
				select address, window_start, window_start + make_interval(secs => :seconds) as until, failures
				  from login_address_failure
				 where failures >= :max and window_start > now() - make_interval(secs => :seconds)
				 order by window_start, address""")
			.param("max", maxFailures)
			.param("seconds", window.toSeconds())
			.query((rs, row) -> new RefusedAddress(rs.getString("address"), rs.getTimestamp("window_start").toInstant(),
					rs.getTimestamp("until").toInstant(), rs.getInt("failures")))
			.list();
	}

	/**
	 * Lets sign-ins from {@code address}, as {@link #refusedAddresses} names it, through again at once, its count
	 * started afresh.
	 * @return false when the address is not refused (its window may just have ended)
	 */
	public boolean release(String address) {
		if (maxFailures == 0 || address == null || address.length() > LONGEST_ADDRESS) {
			return false;
		}
		return jdbc.sql("""
				delete from login_address_failure
				 where address = :address and failures >= :max and window_start > now() - make_interval(secs => :seconds)""")
			.param("address", address)
			.param("max", maxFailures)
			.param("seconds", window.toSeconds())
			.update() == 1;
	}

	/**
	 * Forgets the addresses whose window has passed, with the refusals of accounts noted in it, and the refusals noted
	 * in an earlier window of an address counted again since ({@link SignInRecordsClearing}).
	 * @return how many addresses were forgotten
	 */
	int clearExpired() {
		int addresses = jdbc.sql("delete from login_address_failure where window_start <= now() - make_interval(secs => :seconds)")
			.param("seconds", window.toSeconds())
			.update();
		jdbc.sql("delete from login_address_account_failure where window_start <= now() - make_interval(secs => :seconds)")
			.param("seconds", window.toSeconds())
			.update();
		return addresses;
	}

	/**
	 * Runs a statement that gives back or notes an attempt after the sign-in has been answered: a failure is logged,
	 * and the attempt stays counted as it was.
	 */
	private static void quietly(String what, Runnable statement) {
		try {
			statement.run();
		}
		catch (RuntimeException ex) {
			log.error("A sign-in attempt could not be {} its client address: {}", what, SafeErrors.describe(ex));
		}
	}

	/**
	 * The address as counted, listed and released. An IPv6 address by its /64 network, as {@code 2001:db8:1:2::/64}:
	 * a subscriber, an office or a rented server is given a whole /64 and can send from any of its addresses, each of
	 * which, counted apart, would start a count of its own. An IPv4 address as it is, and one written as IPv6
	 * ({@code ::ffff:203.0.113.7}) as that IPv4 address. Anything else (the servlet container gives only addresses)
	 * no longer than {@link #LONGEST_ADDRESS}, so that no address fails to be counted.
	 */
	static String counted(String address) {
		if (address.indexOf(':') >= 0) {
			try {
				// in brackets the text is read as an IPv6 address only, never looked up as a host name
				InetAddress ip = InetAddress.getByName("[" + address + "]");
				return ip instanceof Inet4Address ? ip.getHostAddress() : network64(ip.getAddress());
			}
			catch (UnknownHostException notAnAddress) {
				// counted as it is
			}
		}
		return address.length() <= LONGEST_ADDRESS ? address : address.substring(0, LONGEST_ADDRESS);
	}

	/** The /64 of an IPv6 address as RFC 5952 writes it: its last four groups are zero, the longest run, so "::". */
	private static String network64(byte[] ip) {
		List<String> groups = new ArrayList<>();
		for (int i = 0; i < 8; i += 2) {
			groups.add(Integer.toHexString(((ip[i] & 0xff) << 8) | (ip[i + 1] & 0xff)));
		}
		while (!groups.isEmpty() && groups.get(groups.size() - 1).equals("0")) {
			groups.remove(groups.size() - 1);
		}
		return String.join(":", groups) + "::/64";
	}

}
