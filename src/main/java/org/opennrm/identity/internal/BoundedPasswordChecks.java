package org.opennrm.identity.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.opennrm.shared.TemporarilyUnavailable;

/**
 * At most so many password hashes computed at once. Argon2 takes 16 MiB of memory per hash, for an unknown user name
 * too (so that its answer takes as long); two hundred sign-in attempts at once would take some 3 GB and end the
 * application. A check that finds no turn within the wait is not made: the sign-in is refused as busy (the password
 * was not looked at, so it counts against nothing) and the person is asked to try again.
 */
final class BoundedPasswordChecks implements PasswordEncoder {

	/** The sign-in could not get its turn at a password check: the service is busy. */
	static final class Busy extends AuthenticationServiceException implements TemporarilyUnavailable {

		private static final long serialVersionUID = 1L;

		Busy() {
			super("too many password checks at once");
		}

	}

	private static final Logger log = LoggerFactory.getLogger(BoundedPasswordChecks.class);

	private final PasswordEncoder encoder;
	private final Semaphore turns;
	private final int atOnce;
	private final Duration wait;
	private final AtomicLong lastWarned = new AtomicLong(System.nanoTime() - 120_000_000_000L);

	BoundedPasswordChecks(PasswordEncoder encoder, int atOnce, Duration wait) {
		if (atOnce < 1 || wait.isNegative()) {
			throw new IllegalStateException("opennrm.login.concurrent-password-checks must be 1 or more and "
					+ "opennrm.login.password-check-wait not negative; they are " + atOnce + " and " + wait);
		}
		this.encoder = encoder;
		this.turns = new Semaphore(atOnce, true);
		this.atOnce = atOnce;
		this.wait = wait;
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return inTurn(() -> encoder.encode(rawPassword));
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		return inTurn(() -> encoder.matches(rawPassword, encodedPassword));
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return encoder.upgradeEncoding(encodedPassword);
	}

	private <T> T inTurn(Supplier<T> check) {
		boolean turn;
		try {
			turn = turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Busy();
		}
		if (!turn) {
			long now = System.nanoTime();
			long last = lastWarned.get();
			if (now - last > 60_000_000_000L && lastWarned.compareAndSet(last, now)) {
				log.warn("Sign-ins refused as busy: {} password checks were running and none ended within {}"
						+ " (opennrm.login.concurrent-password-checks, opennrm.login.password-check-wait)", atOnce, wait);
			}
			throw new Busy();
		}
		try {
			return check.get();
		}
		finally {
			turns.release();
		}
	}

}
