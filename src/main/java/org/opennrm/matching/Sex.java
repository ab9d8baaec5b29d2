package org.opennrm.matching;

/** Sex as recorded: M or F; unknown is null. */
public enum Sex {
	M, F
}
