/**
 * The bulk matching command of the executable jar ({@code java -jar opennrm.jar match …}), started by the
 * application's main method before any Spring context exists.
 */
@org.springframework.modulith.NamedInterface("bulk")
package org.opennrm.matching.bulk;
