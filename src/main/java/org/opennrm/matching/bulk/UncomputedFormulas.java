package org.opennrm.matching.bulk;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

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
 */
final class UncomputedFormulas extends XSSFSheetXMLHandler {

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
				case "c" -> {
					reference = attributes.getValue("r");
					type = attributes.getValue("t");
					formula = false;
					value = false;
					error.setLength(0);
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
		super.characters(ch, start, length);
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		if (XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
			if ("v".equals(localName)) {
				inValue = false;
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

}
