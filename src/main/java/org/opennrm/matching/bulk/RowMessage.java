package org.opennrm.matching.bulk;

/** A message of the bulk command's bundle about one input line, with its arguments. */
record RowMessage(String key, Object... args) {
}
