package org.opennrm.matching.bulk;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * A sheet's cells, as POI's handler reads them, and the formula cells among them whose value was never computed. A
 * workbook keeps each formula with the value it last computed; a program that writes workbooks without computing them
 * (Python's openpyxl, many exports) leaves the value out, or empty, until Excel or LibreOffice opens and saves the
 * workbook. POI's handler reads such a cell as no cell at all, or an empty one: a name or a date computed by a formula
 * would be matched as missing, without a word. A formula whose value is an empty text (Excel writes it as a text
 * value, {@code t="str"}) was computed.
 * <p>
 * A formula that could not be computed keeps an error as its value ({@code t="e"}: {@code #NAME?} for a function the
 * spreadsheet does not know, {@code #REF!} for a cell deleted, {@code #DIV/0!}), as does an error typed into a cell
 * ({@code #N/A}); POI's handler reads it as the text {@code ERROR:#NAME?}, which would be matched as a name. Such cells
 * are told too.
 * <p>
 * A value that the format keeps as a number and POI parses (a row's number, a cell's reference and style, the number
 * of a cell's shared text) is checked before POI reads it: POI's message for one that is no number quotes it ("For
 * input string: ..."), and for a shared text's it logs the text and leaves the cell out; such a workbook is damaged
 * ({@link DamagedValue}). The position read last is kept ({@link #position}) to tell where.
 */
final class UncomputedFormulas extends XSSFSheetXMLHandler {

	/** A value of the sheet that is not of the form the format gives it, said without the value. */
	static final class DamagedValue extends RuntimeException {

		DamagedValue() {
			super(null, null, false, false);
		}

	}

	private static final Pattern ROW = Pattern.compile("\\d{1,9}");

	/** A cell's reference: letters, then digits; beyond the sheet's last column too ({@code ZZZZZZ2}: left out). */
	private static final Pattern CELL = Pattern.compile("[A-Za-z]+\\d+");

	/** A reference of a cell of a sheet Excel writes, which a message may show. */
	private static final Pattern SHOWN_CELL = Pattern.compile("[A-Za-z]{1,3}\\d{1,7}");

	private static final Pattern NUMBER = Pattern.compile("\\s*\\d{1,9}\\s*");

	/** The number of the row being read, and of the last row read before it; null when not known (yet). */
	private String row;

	private String rowBefore;

	/** The reference of the cell being read ({@code B8}); null when none is, or its reference is none. */
	private String cell;

	/** The value of a cell of shared text, as it is read: the number of its text. */
	private final StringBuilder sharedText = new StringBuilder();

	private final Consumer<String> uncomputed;

	private final BiConsumer<String, String> failed;

	/** The value of an error cell, as it is read. */
	private final StringBuilder error = new StringBuilder();

	private String reference;

	private String type;

	private boolean formula;

	private boolean value;

	private boolean inValue;

	/**
	 * @param uncomputed told the reference ({@code B8}) of each formula cell without a computed value
	 * @param failed     told the reference and the error ({@code #NAME?}) of each cell whose value is an error
	 */
	UncomputedFormulas(StylesTable styles, ReadOnlySharedStringsTable strings, SheetContentsHandler rows,
			DataFormatter formatter, Consumer<String> uncomputed, BiConsumer<String, String> failed) {
		super(styles, strings, rows, formatter, false);
		this.uncomputed = uncomputed;
		this.failed = failed;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
		if (XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
			switch (localName) {
				case "row" -> {
					rowBefore = row != null ? row : rowBefore;
					row = null;
					cell = null;
					String number = attributes.getValue("r");
					if (number != null && !ROW.matcher(number).matches()) {
						throw new DamagedValue();
					}
					row = number;
				}
				case "c" -> {
					reference = attributes.getValue("r");
					type = attributes.getValue("t");
					formula = false;
					value = false;
					error.setLength(0);
					sharedText.setLength(0);
					cell = reference != null && SHOWN_CELL.matcher(reference).matches() ? reference : null;
					String style = attributes.getValue("s");
					if (reference != null && !CELL.matcher(reference).matches()
							|| style != null && !NUMBER.matcher(style).matches()) {
						throw new DamagedValue();
					}
				}
				case "f" -> formula = true;
				case "v" -> inValue = true;
				default -> {
				}
			}
		}
		super.startElement(uri, localName, qName, attributes);
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		value |= inValue && length > 0;
		if (inValue && "e".equals(type)) {
			error.append(ch, start, length);
		}
		if (inValue && "s".equals(type)) {
			sharedText.append(ch, start, length);
		}
		super.characters(ch, start, length);
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		if (XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
			if ("v".equals(localName)) {
				inValue = false;
				if ("s".equals(type) && !sharedText.toString().isBlank() && !NUMBER.matcher(sharedText).matches()) {
					throw new DamagedValue();
				}
				// an empty text computed is a value; an empty number, or none at all, is no value
				value |= "str".equals(type);
			}
			else if ("c".equals(localName) && formula && !value && reference != null) {
				uncomputed.accept(reference);
			}
			else if ("c".equals(localName) && "e".equals(type) && value && reference != null) {
				failed.accept(reference, error.toString().strip());
			}
		}
		super.endElement(uri, localName, qName);
	}

	/**
	 * Where the sheet was read last, as a message: the cell, else the row, else the row before, else the sheet's start;
	 * a reference or number that is none is not shown.
	 */
	RowMessage position() {
		if (cell != null) {
			return new RowMessage("matching.cli.brokenWorkbook.at.cell", cell);
		}
		if (row != null && row.length() <= ROW_SHOWN) {
			return new RowMessage("matching.cli.brokenWorkbook.at.row", Long.parseLong(row));
		}
		return rowBefore != null && rowBefore.length() <= ROW_SHOWN
				? new RowMessage("matching.cli.brokenWorkbook.at.after", Long.parseLong(rowBefore))
				: new RowMessage("matching.cli.brokenWorkbook.at.start");
	}

	/** The digits of a row's number shown at most: a sheet has 1,048,576 rows; a longer number is no row's. */
	private static final int ROW_SHOWN = 7;

}
