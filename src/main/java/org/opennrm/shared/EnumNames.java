package org.opennrm.shared;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enum's constant as people and clients write its name, in an address or a JSON body: in any case, spaces around
 * it aside ({@code ngo}, {@code Ngo} and {@code NGO} are {@code NGO}); the audit API reads its codes the same way. The
 * one reading of such names, for the query parameters Spring converts (shared.web's {@code CaseInsensitiveEnums}), the
 * API's JSON bodies (shared.web's {@code UnknownEnumValues}) and the screens' filters that read their own.
 */
public final class EnumNames {

	private EnumNames() {
	}

	/** The constant of {@code type} named {@code text}; empty for a blank text or a name the enum does not have. */
	public static <E extends Enum<E>> Optional<E> find(Class<E> type, String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String name = text.strip();
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(name)) {
				return Optional.of(constant);
			}
		}
		return Optional.empty();
	}

	/**
	 * The names of an enum's constants, as a message that asks for one of them lists them: {@code NGO, SHELTER, …}; of
	 * an enum some of whose constants no one may give ({@link Offered}), those that may be given.
	 */
	public static String listed(Class<?> type) {
		return Arrays.stream(type.getEnumConstants())
			.filter(c -> !(c instanceof Offered offered) || offered.offered())
			.map(c -> ((Enum<?>) c).name())
			.collect(Collectors.joining(", "));
	}

	/**
	 * An enum some of whose constants are not for people and clients to give (a system job's own role): a message that
	 * lists the values a field takes leaves them out.
	 */
	public interface Offered {

		/** Whether a person or a client may give this value. */
		boolean offered();

	}

}
