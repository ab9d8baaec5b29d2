package org.opennrm.identity;

import java.time.Instant;

/**
 * A client address whose sign-ins are refused now, because too many of its sign-ins were refused within its window
 * ({@code opennrm.login.max-failures-per-address}, {@code opennrm.login.address-window}).
 *
 * @param since the first refused sign-in of the window, when the address began to be counted
 * @param until the end of the window, when its sign-ins are let through again
 * @param failures the refused sign-ins counted in the window
 */
public record RefusedAddress(String address, Instant since, Instant until, int failures) {
}
