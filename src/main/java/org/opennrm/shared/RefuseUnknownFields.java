package org.opennrm.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API request body whose fields the caller must spell right: a field it does not have is refused with a 400 naming
 * the field, not ignored as in other bodies. For requests where a field left out changes the answer without a word (a
 * search that a misspelt {@code "givenName"} widens, a change whose misspelt {@code "phnoe"} leaves the phone as it
 * was).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RefuseUnknownFields {

	/**
	 * Fields the body does not have but accepts: those the resource's reading answers and the change does not set
	 * ({@code id}, {@code version}), so that what a client read it can send back changed. Their values are noted as the
	 * body is read, and the endpoint refuses those that differ from the resource's ({@link ReadOnlyFields}).
	 */
	String[] readOnly() default {};

}
