package org.opennrm.matching.bulk;

import java.util.List;
import java.util.function.IntFunction;

/**
 * An output: the name of its sheet in a workbook, its columns, and each of its rows, whose values are texts and
 * scores (numbers).
 */
record Table(String sheet, List<String> columns, int size, IntFunction<List<Object>> row) {
}
