package org.opennrm.matching;

/** What the engine concludes about two records; a person always takes the final decision. */
public enum MatchDecision {
	/** Very likely the same person. */
	MATCH,
	/** Could be the same person: for a person to review. */
	POSSIBLE,
	/** Not the same person, as far as the records tell. */
	NO_MATCH
}
