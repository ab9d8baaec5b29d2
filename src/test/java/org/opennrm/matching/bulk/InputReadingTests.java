package org.opennrm.matching.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** How the bulk command reads the files ministries give it: legacy spreadsheets, old encodings, stray characters. */
class InputReadingTests extends CommandConsole {

	/** What a run said on stderr, and how it ended. */
	record Run(int exit, String said) {
	}

	/** The command on {@code input}, its messages in {@code lang}. */
	Run match(Path input, String lang, String... more) {
		String[] args = new String[6 + more.length];
		System.arraycopy(new String[] { "--input", input.toString(), "--output", dir.resolve("pairs.csv").toString(),
				"--lang", lang }, 0, args, 0, 6);
		System.arraycopy(more, 0, args, 6, more.length);
		err.reset();
		int exit = run(args);
		return new Run(exit, errors());
	}

	Path file(String name, String content, Charset encoding) throws IOException {
		return Files.write(dir.resolve(name), content.getBytes(encoding));
	}

	String pairs() throws IOException {
		return Files.readString(dir.resolve("pairs.csv"));
	}

	@Test
	void aWorkbookOfThe1904DateSystemHasItsDatesReadAsItShowsThem() throws Exception {
		// old Excel for Mac counts days from 1904: the same number is a date 4 years and a day later than in 1900's
		Path input = dir.resolve("mac.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(input)) {
			workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
			var dates = workbook.createCellStyle();
			dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
			var sheet = workbook.createSheet("records");
			String[] header = HEADER.strip().split(",");
			var first = sheet.createRow(0);
			for (int c = 0; c < header.length; c++) {
				first.createCell(c).setCellValue(header[c]);
			}
			Object[][] rows = { { "m1", "Fatma", "Hüseyni", LocalDate.of(1994, 3, 12) },
					{ "m2", "Fatma", "Hüseyni", "1994-03-12" }, { "m3", "Olga", "Petrova", LocalDate.of(2090, 6, 15) },
					{ "m4", "Roya", "Karimi", 1987.0 } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r + 1);
				row.createCell(0).setCellValue((String) rows[r][0]);
				row.createCell(1).setCellValue((String) rows[r][1]);
				row.createCell(2).setCellValue((String) rows[r][2]);
				if (rows[r][3] instanceof LocalDate date) {
					row.createCell(4).setCellValue(date);
					row.getCell(4).setCellStyle(dates);
				}
				else if (rows[r][3] instanceof Double typedYear) {
					// a year typed into a cell formatted as a date
					row.createCell(4).setCellValue(typedYear);
					row.getCell(4).setCellStyle(dates);
				}
				else {
					row.createCell(4).setCellValue((String) rows[r][3]);
				}
				row.createCell(6).setCellValue("F");
				row.createCell(7).setCellValue("TUR");
			}
			workbook.write(stream);
		}
		assertThat(workbook1904(input)).as("the workbook says it counts from 1904").isTrue();
		Run english = match(input, "en");
		assertThat(english.exit()).isZero();
		// the date cell and the same date typed as text are one date, not 1990-03-11 against 1994-03-12
		assertThat(pairs()).contains("m1,m2,").contains("same date of birth").doesNotContain("four years and a day");
		assertThat(english.said()).contains("Line 4: birth_date \"2090-06-15\" is no birth date from 1900 to today, so "
				+ "the record is compared without it");
		// a year typed into a date cell is the year, as in a workbook of the 1900 system (not 1909, nor 2009)
		assertThat(english.said()).contains("Line 5: birth_date \"1905-06-09\" read as the year 1987 alone");
		assertThat(match(input, "tr").said()).contains("Satır 4: birth_date \"2090-06-15\" 1900 ile bugün arasında bir "
				+ "doğum tarihi değil, kayıt onsuz karşılaştırılır");
	}

	private static boolean workbook1904(Path input) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(input))) {
			return workbook.isDate1904();
		}
	}

	/** 51 records; line 3 opens a quote that the line given closes. */
	private static String strayQuote(String closing) {
		StringBuilder rows = new StringBuilder(HEADER);
		for (int line = 2; line <= 52; line++) {
			String id = "A" + (line - 1);
			rows.append(switch (line) {
				case 3 -> id + ",\"Ayse,Yilmaz,,1990-03-12,,K,TUR";
				case 50 -> id + closing;
				default -> id + ",Ayse,Yilmaz" + line + ",,1990-03-12,,K,TUR";
			}).append('\n');
		}
		return rows.toString();
	}

	@Test
	void aStrayQuoteIsReportedWithTheLinesItSwallowed() throws Exception {
		// the quote closes in another field than it opened: the record has a field too few
		Path fieldTooFew = file("few.csv", strayQuote(",Ali,\"Kaya\",,1990-03-12,,E,TUR"));
		Run english = match(fieldTooFew, "en");
		assertThat(english.exit()).isZero();
		assertThat(english.said()).contains("Line 3: skipped: a quote opened on line 3 closes only on line 50, so lines "
				+ "3–50 were read as one record and the 47 lines after line 3 are not matched: remove the stray quote, or "
				+ "write a quote inside a field twice (\"\"), and run again\n")
			.doesNotContain("expected 8 fields").contains("Records read: 4; skipped: 1");
		assertThat(match(fieldTooFew, "tr").said()).contains("Satır 3: atlandı: 3. satırda açılan bir tırnak ancak 50. "
				+ "satırda kapanıyor; bu yüzden 3–50. satırlar tek kayıt olarak okundu ve 3. satırdan sonraki 47 satır "
				+ "eşleştirilmiyor: fazladan tırnağı silin ya da alan içindeki tırnağı iki kez yazın (\"\") ve yeniden "
				+ "çalıştırın\n");
		// a nickname in quotes where the stray one opened: the fields come out right, and were read as one record
		Path nickname = file("nickname.csv", strayQuote(",\"Ali\" Veli,Kaya,,1990-03-12,,E,TUR"));
		english = match(nickname, "en");
		assertThat(english.said()).contains("Line 3: skipped: a quote opened on line 3 closes only on line 50, so lines "
				+ "3–50 were read as one record and the 47 lines after line 3 are not matched")
			.contains("Records read: 4; skipped: 1");
		// a quote never closed still ends the run
		Path unclosed = file("unclosed.csv", strayQuote(",Ali,Kaya,,1990-03-12,,E,TUR"));
		english = match(unclosed, "en");
		assertThat(english.exit()).isEqualTo(2);
		assertThat(english.said()).contains("Line 3: a quoted field begins here and is never closed");
	}

	@Test
	void aFieldOverSeveralLinesIsStillOneField() throws Exception {
		// a name over two lines, and a last column of notes whose first line holds no comma: no stray quote
		Path input = file("notes.csv", HEADER.strip() + ",notes\n"
				+ "a1,Ahmet,\"Yılmaz\nOğlu\",,1990-01-01,,M,TUR,\n"
				+ "a2,Ahmet,Yılmaz,,1990-01-01,,M,TUR,\"Fatih\nİstanbul, Kadıköy\"\n"
				+ "a3,Ayşe,Kaya,,1990-02-30,,F,TUR,\n");
		Run english = match(input, "en");
		assertThat(english.exit()).isZero();
		assertThat(english.said()).contains("Line 6: skipped: birth_date \"1990-02-30\" is no day of the calendar")
			.doesNotContain("quote").contains("Records read: 3; skipped: 1");
		assertThat(pairs()).contains("a1,a2,");
	}

	@Test
	void anIdIsWrittenOutAsTheFileWritesItAndComparedWithoutItsSpaces() throws Exception {
		Path input = file("ids.csv", HEADER
				+ " A2 ,Ali,Veli,,1990-01-01,,M,TUR\n"
				+ "\" A3\",Ali,Veli,,1990-01-01,,M,TUR\n"
				+ "A2,Ayşe,Kaya,,1985-05-05,,F,TUR\n"
				+ "   ,Ayşe,Kaya,,1985-05-05,,F,TUR\n"
				+ " =1+1,Ali,Veli,,1990-01-01,,M,TUR\n");
		Path clusters = dir.resolve("clusters.csv");
		Run english = match(input, "en", "--clusters", clusters.toString());
		assertThat(english.exit()).isZero();
		assertThat(english.said()).contains(
				"Line 4: skipped: the id \"A2\" appears more than once (only the first of its lines that is read is used)\n",
				"Line 5: skipped: the id is empty\n", "Records read: 5; skipped: 2");
		// as written (in quotes, which keep the spaces), so that a spreadsheet joins them to the file's rows; a formula
		// after spaces runs nothing either
		assertThat(pairs().lines()).anyMatch(line -> line.startsWith("\" A2 \",\" A3\",0."))
			.anyMatch(line -> line.startsWith("\" A2 \",' =1+1,0."));
		assertThat(Files.readString(clusters).lines()).containsExactly("id,cluster_id", "\" A2 \",\" A2 \"",
				"\" A3\",\" A2 \"", "' =1+1,\" A2 \"");
	}

	@Test
	void linesOfSpacesTabsOrDelimitersAloneAreBlankLines() throws Exception {
		Path spaces = file("spaces.csv", HEADER
				+ "A1,Ali,Veli,,1990-01-01,,M,TUR\n"
				+ "A2,Ali,Veli,,1990-01-01,,M,TUR\n"
				+ "\n"
				+ "B1,Ayşe,Kaya,,1985-05-05,,F,TUR\n"
				+ "   \n"
				+ "B2,Ayşe,Kaya,,1985-05-05,,F,TUR\n"
				+ "BAD,x\n");
		Run english = match(spaces, "en");
		assertThat(english.exit()).isZero();
		assertThat(english.said()).contains("Line 8: skipped: expected 8 fields, found 2\n")
			.doesNotContain("Line 6").doesNotContain("Line 7").contains("Records read: 5; skipped: 1");
		assertThat(match(spaces, "tr").said()).contains("Satır 8: atlandı: 8 alan bekleniyordu, 2 alan bulundu\n")
			.contains("Okunan kayıt: 5; atlanan: 1");
		// a last line of spaces is no line 5 of a file of 4
		Path trailing = file("trailing.csv", HEADER + "A1,Ali,Veli,,1990-01-01,,M,TUR\nA2,Ali,Veli,,1990-01-01,,M,TUR\n  ");
		english = match(trailing, "en");
		assertThat(english.said()).doesNotContain("Line 5").contains("Records read: 2; skipped: 0");
		assertThat(match(trailing, "tr").said()).doesNotContain("Satır 5").contains("Okunan kayıt: 2; atlanan: 0");
		// a tab alone in a tab-separated file, and rows of delimiters alone, as Excel saves formatted empty rows
		Path tabs = file("tabs.tsv", (HEADER + "A1,Ali,Veli,,1990-01-01,,M,TUR\n").replace(',', '\t')
				+ "\t\n"
				+ "A2\tAli\tVeli\t\t1990-02-30\t\tM\tTUR\n");
		english = match(tabs, "en");
		assertThat(english.said()).contains("Line 4: skipped: birth_date \"1990-02-30\"").doesNotContain("Line 3")
			.doesNotContain("found 2")
			.contains("Records read: 2; skipped: 1");
		Path delimiters = file("delimiters.csv", HEADER
				+ "A1,Ali,Veli,,1990-01-01,,M,TUR\n"
				+ ",,,,,,,\n"
				+ " , ,,,,,,\n"
				+ ",Ali,Veli,,1990-01-01,,M,TUR\n"
				+ "A2,Ali,Veli,,1990-01-01,,M,TUR\n"
				+ ",,,,,,,\n");
		english = match(delimiters, "en");
		assertThat(english.said()).contains("Line 5: skipped: the id is empty\n").doesNotContain("Line 3")
			.doesNotContain("Line 4").doesNotContain("Line 7").contains("Records read: 3; skipped: 1");
		assertThat(match(delimiters, "tr").said()).contains("Satır 5: atlandı: kimlik (id) boş\n")
			.contains("Okunan kayıt: 3; atlanan: 1");
	}

	@Test
	void aWorkbookRowOfSpacesIsAnEmptyRow() throws Exception {
		Path input = workbook("spaces.xlsx", new String[][] { HEADER.strip().split(","),
				{ "w1", "Fatma", "Hüseyni", "", "1994-03-12", "", "F", "AFG" }, { "  ", " ", "", "", "", "", "", "" },
				{ "", "Fatma", "Hüseyni", "", "1994-03-12", "", "F", "AFG" },
				{ "w2", "Fatma", "Hüseyni", "", "1994-03-12", "", "F", "AFG" } });
		Run english = match(input, "en");
		assertThat(english.said()).contains("Line 4: skipped: the id is empty\n").doesNotContain("Line 3")
			.contains("Records read: 3; skipped: 1");
		assertThat(match(input, "tr").said()).contains("Satır 4: atlandı: kimlik (id) boş\n");
	}

	private Path workbook(String name, String[][] rows) throws IOException {
		Path input = dir.resolve(name);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(input)) {
			var sheet = workbook.createSheet("records");
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(stream);
		}
		return input;
	}

	@Test
	void aUtf8FileWithItsMarkIsNotReadAsAnotherEncoding() throws Exception {
		Path input = file("marked.csv", "\uFEFF" + HEADER + "a1,Şükrü,Çağlar,,1980-05-05,,M,TUR\n");
		Run english = match(input, "en", "--encoding", "windows-1254");
		assertThat(english.exit()).isEqualTo(2);
		assertThat(english.said()).contains("The file " + input + " begins with the byte order mark of UTF-8 (EF BB BF), "
				+ "and its text is UTF-8, not windows-1254: run again without --encoding.");
		assertThat(match(input, "tr", "--encoding", "windows-1254").said()).contains(input + " dosyası UTF-8 bayt sırası "
				+ "işaretiyle (EF BB BF) başlıyor ve metni windows-1254 değil, UTF-8: --encoding olmadan yeniden çalıştırın.");
		assertThat(match(input, "en").exit()).isZero();
		assertThat(match(input, "en", "--encoding", "UTF-8").exit()).isZero();
		// lines saved by Turkish Excel pasted after the mark: the encoding named reads them, the mark is left out
		Path pasted = dir.resolve("pasted.csv");
		byte[] mark = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] lines = (HEADER + "a1,Şükrü,Çağlar,,1980-05-05,,M,TUR\na2,Şükrü,Çağlar,,1980-05-05,,M,TUR\n")
			.getBytes(Charset.forName("windows-1254"));
		Files.write(pasted, mark);
		Files.write(pasted, lines, java.nio.file.StandardOpenOption.APPEND);
		english = match(pasted, "en", "--encoding", "windows-1254");
		assertThat(english.exit()).isZero();
		assertThat(pairs()).contains("a1,a2,");
	}

	@Test
	void utf16WithoutItsMarkIsToldByItsNulBytes() throws Exception {
		String people = HEADER + "u1,Ali,Veli,,1990-01-01,,M,TUR\nu2,Ali,Veli,,1990-01-01,,M,TUR\n";
		Path little = file("little.csv", people, StandardCharsets.UTF_16LE);
		Run english = match(little, "en");
		assertThat(english.exit()).isEqualTo(2);
		assertThat(english.said()).contains("The file " + little + " looks like UTF-16 text saved without its byte order "
				+ "mark (a NUL byte every other byte): run again with --encoding UTF-16LE, or save it from Excel as CSV "
				+ "UTF-8.").doesNotContain("header lacks");
		assertThat(match(little, "tr").said()).contains(little + " dosyası bayt sırası işareti olmadan kaydedilmiş UTF-16 "
				+ "metne benziyor (her iki bayttan biri NUL): --encoding UTF-16LE ile yeniden çalıştırın ya da dosyayı "
				+ "Excel'de CSV UTF-8 olarak kaydedin.");
		assertThat(match(little, "en", "--encoding", "UTF-16LE").exit()).isZero();
		assertThat(pairs()).contains("u1,u2,");
		Path big = file("big.csv", people, StandardCharsets.UTF_16BE);
		assertThat(match(big, "en", "--encoding", "windows-1254").said()).contains("run again with --encoding UTF-16BE");
	}

	@Test
	void aFileThatIsNotUtf8IsToldTheEncodingItsBytesLookLike() throws Exception {
		String arabic = HEADER + "a1,,,فاطمة حسين,1990-01-01,,F,SYR\na2,Fatima,Hussein,,1990-01-01,,F,SYR\n"
				+ "a3,,,محمد عبد الله,,1980,M,IRQ\n";
		Path input = file("arabic.csv", arabic, Charset.forName("windows-1256"));
		Run english = match(input, "en");
		assertThat(english.exit()).isEqualTo(2);
		assertThat(english.said()).contains("The file " + input + " is not UTF-8 text: line 2 has bytes that are no UTF-8 "
				+ "character (DD). By its bytes it is most likely windows-1256: run again with --encoding windows-1256. "
				+ "Excel and older systems save text as windows-1254 in Turkish, windows-1256 in Arabic script (Arabic, "
				+ "Persian, Urdu) and windows-1251 in Cyrillic (Russian, Ukrainian).");
		assertThat(match(input, "tr").said()).contains(input + " dosyası UTF-8 metin değil: 2. satırda UTF-8 karakteri "
				+ "olmayan baytlar var (DD). Baytlarına göre büyük olasılıkla windows-1256: --encoding windows-1256 ile "
				+ "yeniden çalıştırın. Excel ve eski sistemler metni Türkçede windows-1254, Arap alfabesinde (Arapça, "
				+ "Farsça, Urduca) windows-1256, Kiril alfabesinde (Rusça, Ukraynaca) windows-1251 olarak kaydeder.");
		// the advice followed, the Arabic name is read as Arabic, and meets its Latin spelling
		assertThat(match(input, "en", "--encoding", "windows-1256").exit()).isZero();
		assertThat(pairs()).contains("a1,a2,");
		Path cyrillic = file("cyrillic.csv", HEADER + "r1,Ольга,Петрова,,1988-11-02,,F,UKR\nr2,Иван,Смирнов,,,1970,M,RUS\n",
				Charset.forName("windows-1251"));
		assertThat(match(cyrillic, "en").said()).contains("By its bytes it is most likely windows-1251: run again with "
				+ "--encoding windows-1251.");
		Path turkish = file("turkish.csv", HEADER + "t1,Ayşe,Yılmaz,,1990-01-02,,F,TUR\nt2,Gülşen,Öztürk,,,1985,F,TUR\n",
				Charset.forName("windows-1254"));
		assertThat(match(turkish, "en").said()).contains("By its bytes it is most likely windows-1254: run again with "
				+ "--encoding windows-1254.");
		// bytes of no encoding of the field's languages (undefined in windows-1254 and windows-1252 alike)
		Path unknown = dir.resolve("unknown.csv");
		Files.write(unknown, (HEADER + "x1,Ali,Veli,,1990-01-01,,M,TUR\nx2,").getBytes(StandardCharsets.US_ASCII));
		Files.write(unknown, new byte[] { (byte) 0x81, (byte) 0x8D, (byte) 0x8F, ',', 'V', '\n' },
				java.nio.file.StandardOpenOption.APPEND);
		english = match(unknown, "en");
		assertThat(english.said()).contains("The file " + unknown + " is not UTF-8 text: line 3 has bytes that are no "
				+ "UTF-8 character (81), and they look like none of the encodings Excel and older systems save text in: "
				+ "windows-1254 in Turkish, windows-1256 in Arabic script (Arabic, Persian, Urdu), windows-1251 in "
				+ "Cyrillic (Russian, Ukrainian). Run again with --encoding and the encoding it was saved in, or save it "
				+ "from Excel as CSV UTF-8.");
		assertThat(match(unknown, "tr").said()).contains(unknown + " dosyası UTF-8 metin değil: 3. satırda UTF-8 "
				+ "karakteri olmayan baytlar var (81) ve bunlar Excel ile eski sistemlerin metni kaydettiği kodlamaların "
				+ "hiçbirine benzemiyor: Türkçede windows-1254, Arap alfabesinde (Arapça, Farsça, Urduca) windows-1256, "
				+ "Kiril alfabesinde (Rusça, Ukraynaca) windows-1251. Kaydedildiği kodlamayı --encoding ile vererek "
				+ "yeniden çalıştırın ya da dosyayı Excel'de CSV UTF-8 olarak kaydedin.");
	}

	// --- an encoding named that is not the file's ---------------------------------------------------------------

	static final String ARABIC = HEADER + "1,Fatima,Husseini,,1994-03-12,,F,SYR\n2,,,فاطمة حسيني,1994-03-12,,F,SYR\n"
			+ "3,Ahmad,Khalil,,,1990,M,SYR\n4,,,أحمد خليل,,1990,M,SYR\n";

	@Test
	void anArabicFileReadAsALatinCodePageIsRefusedNamingItsOwn() throws Exception {
		Path input = file("arabic.csv", ARABIC, Charset.forName("windows-1256"));
		// windows-1254 and ISO-8859-1 have a character for every byte: read so, فاطمة was "İÇØãÉ", and nothing matched
		Run english = match(input, "en", "--encoding", "windows-1254");
		assertThat(english.exit()).isEqualTo(2);
		assertThat(english.said()).isEqualTo("The file " + input + " does not read as windows-1254 text: read so, most of "
				+ "its words with letters beyond ASCII come out as no name is written (one script's letters taken for "
				+ "another's, or for accented Latin letters and symbols; line 3: \"İ\", which windows-1256 reads as "
				+ "\"ف\"). By its bytes it is most likely windows-1256: run again with --encoding windows-1256. To read "
				+ "it as windows-1254 all the same, give --force-encoding windows-1254 instead of --encoding.\n");
		assertThat(match(input, "tr", "--encoding", "ISO-8859-1").said()).isEqualTo(input + " dosyası ISO-8859-1 metin "
				+ "olarak okunmuyor: böyle okununca ASCII dışında harf içeren sözcüklerinin çoğu hiçbir adda görülmeyen "
				+ "karakter dizilerine dönüşüyor (bir alfabenin harfleri başka bir alfabeninkiler ya da aksanlı Latin harfleri ve "
				+ "simgeler olarak okunuyor; 3. satırdaki \"Ý\", windows-1256 kodlamasında \"ف\" olarak okunur). "
				+ "Baytlarına göre büyük olasılıkla windows-1256: --encoding windows-1256 ile yeniden çalıştırın. Yine de "
				+ "ISO-8859-1 olarak okutmak için --encoding yerine --force-encoding ISO-8859-1 verin.\n");
		assertThat(Files.exists(dir.resolve("pairs.csv"))).isFalse();
		// the advice followed: the Arabic names meet their Latin spellings
		Run right = match(input, "en", "--encoding", "windows-1256");
		assertThat(right.exit()).isZero();
		assertThat(right.said()).doesNotContain("Warning");
		assertThat(pairs()).contains("1,2,").contains("3,4,");
		// insisted on, the encoding is read as named, and the run says what it may cost
		Run forced = match(input, "en", "--force-encoding", "windows-1254");
		assertThat(forced.exit()).isZero();
		assertThat(forced.said()).startsWith("Warning: the file " + input + " is read as windows-1254, as "
				+ "--force-encoding asks, but most of its words with letters beyond ASCII come out as no name is written "
				+ "(line 3: \"İ\"): its names will not match as they should. Check the pairs.\n");
		assertThat(pairs()).doesNotContain("1,2,");
	}

	@Test
	void aCyrillicOrTurkishFileReadAsAnotherCodePageIsRefusedNamingItsOwn() throws Exception {
		Path cyrillic = file("cyrillic.csv", HEADER + "1,Olena,Kovalenko,Олена Коваленко,1979-11-23,,F,UKR\n"
				+ "2,,,Олена Коваленко,1979-11-23,,F,UKR\n", Charset.forName("windows-1251"));
		for (String wrong : new String[] { "windows-1254", "windows-1256", "ISO-8859-1" }) {
			Run run = match(cyrillic, "en", "--encoding", wrong);
			assertThat(run.exit()).as(wrong).isEqualTo(2);
			assertThat(run.said()).as(wrong).contains("does not read as " + wrong + " text")
				.contains("By its bytes it is most likely windows-1251: run again with --encoding windows-1251.");
		}
		assertThat(match(cyrillic, "en", "--encoding", "windows-1251").exit()).isZero();
		assertThat(pairs()).contains("1,2,");
		Path input = file("turkish.csv", turkish(50, 50), Charset.forName("windows-1254"));
		assertThat(match(input, "en", "--encoding", "windows-1254").said()).doesNotContain("Warning", "does not read");
		// windows-1256 has ç, ö and ü too, but reads ş, ı and ğ as Arabic letters
		assertThat(match(input, "en", "--encoding", "windows-1256").said())
			.contains("By its bytes it is most likely windows-1254: run again with --encoding windows-1254.");
	}

	/**
	 * Records t0, t1, … of five Turkish names in turn, born in one of {@code years} years from 1960 in turn: the records
	 * of one name and year are one person's.
	 */
	private static String turkish(int records, int years) {
		StringBuilder turkish = new StringBuilder(HEADER);
		String[] names = { "Ayşe Yılmaz", "Şükrü Çağlar", "Gülşen Öztürk", "İbrahim Doğan", "Hüseyin Şahin" };
		for (int i = 0; i < records; i++) {
			String[] name = names[i % names.length].split(" ");
			turkish.append("t").append(i).append(',').append(name[0]).append(',').append(name[1]).append(",,,")
				.append(1960 + i % years).append(",,TUR\n");
		}
		return turkish.toString();
	}

	@Test
	void aTurkishFileReadAsAWesternCodePageIsRefusedByItsIcelandicLetters() throws Exception {
		// ISO-8859-9 and windows-1254 write Turkish letters alike: ğ, ş, ı, Ğ, Ş, İ are ð, þ, ý, Ð, Þ, Ý in ISO-8859-1
		Path input = file("turkish.csv", turkish(10, 5), Charset.forName("ISO-8859-9"));
		Run english = match(input, "en", "--encoding", "ISO-8859-1");
		assertThat(english.exit()).isEqualTo(2);
		assertThat(english.said()).isEqualTo("The file " + input + " does not read as ISO-8859-1 text: read so, 16 of its "
				+ "20 words with letters beyond ASCII come out as Turkish names written with Icelandic letters, ð, þ and ý "
				+ "where Turkish has ğ, ş and ı (line 2: \"þ\", which windows-1254 reads as \"ş\"), as a file saved in "
				+ "Turkish (windows-1254, ISO-8859-9) does when it is read in a Western European code page. By its bytes "
				+ "it is most likely windows-1254: run again with --encoding windows-1254. To read it as ISO-8859-1 all "
				+ "the same, give --force-encoding ISO-8859-1 instead of --encoding.\n");
		assertThat(match(input, "tr", "--encoding", "windows-1252").said()).isEqualTo(input + " dosyası windows-1252 "
				+ "metin olarak okunmuyor: böyle okununca ASCII dışında harf içeren 20 sözcüğünden 16 tanesi İzlanda "
				+ "harfleriyle yazılmış Türkçe adlara dönüşüyor, Türkçedeki ğ, ş ve ı yerine ð, þ ve ý (2. satırdaki "
				+ "\"þ\", windows-1254 kodlamasında \"ş\" olarak okunur); Türkçe kaydedilmiş (windows-1254, ISO-8859-9) "
				+ "bir dosya Batı Avrupa kodlamasıyla okununca böyle olur. Baytlarına göre büyük olasılıkla windows-1254: "
				+ "--encoding windows-1254 ile yeniden çalıştırın. Yine de windows-1252 olarak okutmak için --encoding "
				+ "yerine --force-encoding windows-1252 verin.\n");
		assertThat(Files.exists(dir.resolve("pairs.csv"))).isFalse();
		// the advice followed, or the file's own encoding named
		for (String own : new String[] { "windows-1254", "ISO-8859-9" }) {
			Run right = match(input, "en", "--encoding", own);
			assertThat(right.exit()).as(own).isZero();
			assertThat(right.said()).as(own).doesNotContain("Warning", "does not read");
			assertThat(pairs()).as(own).contains("t0,t5,", "t1,t6,");
		}
		// insisted on, the encoding is read as named, and the run says what it may cost
		Run forced = match(input, "en", "--force-encoding", "ISO-8859-1");
		assertThat(forced.exit()).isZero();
		assertThat(forced.said()).startsWith("Warning: the file " + input + " is read as ISO-8859-1, as --force-encoding "
				+ "asks, but 16 of its 20 words with letters beyond ASCII come out as Turkish names written with "
				+ "Icelandic letters, ð, þ and ý where Turkish has ğ, ş and ı (line 2: \"þ\"): its names may not match "
				+ "as they should. Check the pairs.\n");
		assertThat(match(input, "tr", "--force-encoding", "ISO-8859-1").said()).startsWith("Uyarı: " + input
				+ " dosyası --force-encoding istediği için ISO-8859-1 olarak okunuyor, ama ASCII dışında harf içeren 20 "
				+ "sözcüğünden 16 tanesi İzlanda harfleriyle yazılmış Türkçe adlara dönüşüyor");
		// a file of the Western code page, with an Icelandic name and a Turkmen one among others, is its own
		Path western = file("western.csv", HEADER + "w1,Françoise,Müller,,1970-01-01,,F,FRA\n"
				+ "w2,Guðrún,Sigurðardóttir,,1980-01-01,,F,ISL\nw3,José,Muñoz,,1975-01-01,,M,ESP\n"
				+ "w4,Søren,Kierkegård,,1965-01-01,,M,DNK\nw5,Aýna,Öwezowa,,1990-01-01,,F,TKM\n"
				+ "w6,Jürgen,Weiß,,1960-01-01,,M,DEU\nw7,Zoë,Brontë,,1985-01-01,,F,GBR\n", StandardCharsets.ISO_8859_1);
		Run own = match(western, "en", "--encoding", "ISO-8859-1");
		assertThat(own.exit()).isZero();
		assertThat(own.said()).doesNotContain("Warning", "does not read");
	}

	@Test
	void aUtf8FileReadAsAnotherEncodingIsRefusedAndItsUtf8LinesInAnotherAreSaid() throws Exception {
		Path input = file("utf8.csv", HEADER + "1,Ayşe,Yılmaz,,1990-03-12,,F,TUR\n2,Ayse,Yilmaz,,1990-03-12,,F,TUR\n");
		Run english = match(input, "en", "--encoding", "windows-1254");
		assertThat(english.exit()).isEqualTo(2);
		assertThat(english.said()).isEqualTo("The file " + input + " is UTF-8 text, not windows-1254: read as "
				+ "windows-1254, every letter beyond ASCII would become other characters (line 2: \"ş\" would read as "
				+ "\"ÅŸ\"), and names would match nothing written in another script. Run again without --encoding. To read "
				+ "it as windows-1254 all the same, give --force-encoding windows-1254 instead.\n");
		assertThat(match(input, "tr", "--encoding", "ISO-8859-9").said()).isEqualTo(input + " dosyası ISO-8859-9 değil, "
				+ "UTF-8 metin: ISO-8859-9 olarak okunursa ASCII dışındaki her harf başka karakterlere dönüşür (2. satırdaki "
				+ "\"ş\", \"Å\\u009F\" olarak okunur) ve adlar başka bir alfabeyle yazılmış hiçbir adla eşleşmez. --encoding "
				+ "olmadan yeniden çalıştırın. Yine de ISO-8859-9 olarak okutmak için --encoding yerine --force-encoding "
				+ "ISO-8859-9 verin.\n");
		Run forced = match(input, "en", "--force-encoding", "windows-1254");
		assertThat(forced.exit()).isZero();
		assertThat(forced.said()).startsWith("Warning: the file " + input + " is read as windows-1254, as "
				+ "--force-encoding asks, but it is UTF-8 text: its letters beyond ASCII become other characters (line 2: "
				+ "\"ş\" reads as \"ÅŸ\"), and names written in another script will not match. Check the pairs.\n");
		assertThat(match(input, "en").said()).doesNotContain("Warning");
		// a line of UTF-8 pasted into a file of Turkish Excel's: read as the rest is, and said
		Path pasted = file("pasted.csv", HEADER + "t1,Şükrü,Çağlar,,1980-05-05,,M,TUR\nt2,Şükrü,Çağlar,,1980-05-05,,M,TUR\n",
				Charset.forName("windows-1254"));
		Files.write(pasted, "t3,Gülşen,Öztürk,,,1985,F,TUR\n".getBytes(StandardCharsets.UTF_8),
				java.nio.file.StandardOpenOption.APPEND);
		Run mixed = match(pasted, "en", "--encoding", "windows-1254");
		assertThat(mixed.exit()).isZero();
		assertThat(mixed.said()).startsWith("Warning: 1 line of the file " + pasted + " (the first: line 4) is UTF-8 "
				+ "text, and the rest windows-1254: read as windows-1254, their letters beyond ASCII become two characters "
				+ "each (\"ş\" reads as \"ÅŸ\"), and their names may match nothing. To be sure, save the file in one "
				+ "encoding (from Excel: CSV UTF-8) and run again.\n");
		assertThat(pairs()).contains("t1,t2,");
		assertThat(match(pasted, "tr", "--encoding", "windows-1254").said()).startsWith("Uyarı: " + pasted
				+ " dosyasının 1 satırı (ilki 4. satır) UTF-8 metin, geri kalanı windows-1254:");
	}

	// --- the header: below a title, and repeated ------------------------------------------------------------------

	@Test
	void aTitleAboveTheHeaderIsPassedOverAndSaid() throws Exception {
		String records = "a1;Ali;Veli;;1990-01-01;;M;TUR\na2;Ali;Veli;;1990-01-01;;M;TUR\n";
		// a title with a comma of its own, a date beside it, an empty line, then the header with semicolons
		Path csv = file("titled.csv", "Ankara İl Göç İdaresi, 2019 kayıtları;31.12.2019\n\n" + HEADER.replace(',', ';')
				+ records);
		Run english = match(csv, "en");
		assertThat(english.exit()).isZero();
		assertThat(english.said()).startsWith("The header is on line 3: the lines above it, from line 1, name no column "
				+ "and hold two values at most, and were passed over as a title.\n").contains("Records read: 2; skipped: 0");
		assertThat(pairs()).contains("a1,a2,");
		assertThat(match(csv, "tr").said()).startsWith("Başlık satırı 3. satırda: üstündeki satırlar (1. satırdan "
				+ "başlayarak) hiçbir sütunu adlandırmıyor ve en çok iki değer içeriyor; tablo adı sayılıp atlandı.\n");
		Path xlsx = workbook("titled.xlsx", new String[][] { { "Ankara İl Göç İdaresi – 2019 kayıtları" }, {},
				HEADER.strip().split(","), { "a1", "Ali", "Veli", "", "1990-01-01", "", "M", "TUR" } });
		assertThat(match(xlsx, "en").said()).startsWith("The header is on line 3: the lines above it, from line 1,")
			.contains("Records read: 1; skipped: 0");
	}

	@Test
	void aHeaderBelowLinesThatMayBeRecordsOrNoHeaderAtAllEndsTheRunNamingTheLines() throws Exception {
		Path below = file("below.csv", "a0,Ali,Veli,,1990-01-01,,M,TUR\n" + HEADER + "a1,Ali,Veli,,1990-01-01,,M,TUR\n");
		Run english = match(below, "en");
		assertThat(english.exit()).isEqualTo(2);
		assertThat(english.said()).isEqualTo("Line 1, read as the header, lacks the columns: id (kayit_no), "
				+ "given_names (ad), family_names (soyadi), full_name_original (ozgun_ad_soyad), birth_date "
				+ "(dogum_tarihi), birth_year (dogum_yili), sex (cinsiyet), citizenship (vatandaslik). Line 2 holds the "
				+ "header, but the lines above it hold more than a title does, and may be records. Delete the lines "
				+ "above line 2 (put any records among them below it) and run again.\n");
		assertThat(match(below, "tr").said()).isEqualTo("Başlık satırı olarak okunan 1. satırda şu sütunlar eksik: "
				+ "kayit_no (id), ad (given_names), soyadi (family_names), ozgun_ad_soyad (full_name_original), "
				+ "dogum_tarihi (birth_date), dogum_yili (birth_year), cinsiyet (sex), vatandaslik (citizenship). Başlık "
				+ "satırı 2. satırda, ama üstündeki satırlar bir tablo adından fazlasını içeriyor ve kayıt olabilir. 2. "
				+ "satırın üstündeki satırları silin (aralarındaki kayıtları onun altına taşıyın) ve yeniden çalıştırın.\n");
		// a title, and no header among the first ten lines
		StringBuilder noHeader = new StringBuilder("Ankara İl Göç İdaresi – 2019 kayıtları\n");
		for (int i = 0; i < 12; i++) {
			noHeader.append("a").append(i).append(",Ali,Veli,,1990-01-01,,M,TUR\n");
		}
		Path none = file("none.csv", noHeader.toString());
		assertThat(match(none, "en").said()).isEqualTo("Line 1, read as the header, lacks the columns: id (kayit_no), "
				+ "given_names (ad), family_names (soyadi), full_name_original (ozgun_ad_soyad), birth_date "
				+ "(dogum_tarihi), birth_year (dogum_yili), sex (cinsiyet), citizenship (vatandaslik). The header must "
				+ "name these columns, in any order, each by its English or its Turkish name: id,given_names,"
				+ "family_names,full_name_original,birth_date,birth_year,sex,citizenship or kayit_no,ad,soyadi,"
				+ "ozgun_ad_soyad,dogum_tarihi,dogum_yili,cinsiyet,vatandaslik; it is the first line that is not empty "
				+ "or, below a title, one of the first 10.\n");
		// in Turkish, the Turkish names first: a Turkish user's header may have either
		assertThat(match(none, "tr").said()).isEqualTo("Başlık satırı olarak okunan 1. satırda şu sütunlar eksik: "
				+ "kayit_no (id), ad (given_names), soyadi (family_names), ozgun_ad_soyad (full_name_original), "
				+ "dogum_tarihi (birth_date), dogum_yili (birth_year), cinsiyet (sex), vatandaslik (citizenship). Başlık "
				+ "satırı şu sütunları (herhangi bir sırayla, her birini Türkçe ya da İngilizce adıyla) içermelidir: "
				+ "kayit_no,ad,soyadi,ozgun_ad_soyad,dogum_tarihi,dogum_yili,cinsiyet,vatandaslik ya da id,given_names,"
				+ "family_names,full_name_original,birth_date,birth_year,sex,citizenship; başlık satırı boş olmayan ilk "
				+ "satırdır ya da üstünde bir tablo adı varsa ilk 10 satırdan biridir.\n");
	}

	@Test
	void aLineThatRepeatsTheHeaderIsSkippedAndSaid() throws Exception {
		// two exports put one after the other, the second with its dates and citizenships in each other's columns
		String reordered = "id,given_names,family_names,full_name_original,citizenship,birth_year,sex,birth_date\n";
		Path input = file("joined.csv", HEADER + "a1,Ayşe,Yılmaz,,1990-03-12,,F,TUR\n" + HEADER
				+ "a2,Ayşe,Yılmaz,,1990-03-12,,F,TUR\n" + reordered.toUpperCase(Locale.ROOT)
				+ "a3,Ayşe,Yılmaz,,TUR,,F,1990-03-12\n");
		Run english = match(input, "en");
		assertThat(english.exit()).isZero();
		assertThat(english.said()).contains("Line 3: skipped: it repeats the header (files put together one after "
				+ "another?)\n", "Line 5: skipped: it repeats the header with the columns in another order (files put "
				+ "together one after another?): the lines after it are read in that order\n")
			.doesNotContain("birth_date", "citizenship").contains("Records read: 5; skipped: 2");
		assertThat(pairs()).contains("a1,a2,", "a1,a3,", "a2,a3,");
		assertThat(match(input, "tr").said()).contains("Satır 3: atlandı: başlık satırını yineliyor (art arda eklenmiş "
				+ "dosyalar mı?)");
		Path xlsx = workbook("joined.xlsx", new String[][] { HEADER.strip().split(","),
				{ "a1", "Ali", "Veli", "", "1990-01-01", "", "M", "TUR" }, HEADER.strip().split(","),
				{ "a2", "Ali", "Veli", "", "1990-01-01", "", "M", "TUR" } });
		assertThat(match(xlsx, "en").said()).contains("Line 3: skipped: it repeats the header");
	}

	// --- formulas never computed, or computed to an error ----------------------------------------------------------

	/**
	 * A sheet of the columns read and a note, its rows {@code id}1 … {@code id}{@code rows} all Fatma Demir, born on
	 * 1992-01-05, for a test to put formulas in.
	 */
	private static XSSFSheet fatmaDemir(XSSFWorkbook workbook, String name, String id, int rows) {
		XSSFSheet sheet = workbook.createSheet(name);
		String[] header = (HEADER.strip() + ",note").split(",");
		Row first = sheet.createRow(0);
		for (int c = 0; c < header.length; c++) {
			first.createCell(c).setCellValue(header[c]);
		}
		for (int r = 1; r <= rows; r++) {
			Row row = sheet.createRow(r);
			row.createCell(0).setCellValue(id + r);
			row.createCell(1).setCellValue("Fatma");
			row.createCell(2).setCellValue("Demir");
			row.createCell(4).setCellValue("1992-01-05");
		}
		return sheet;
	}

	@Test
	void aFormulaWhoseValueWasNeverComputedEndsTheRunNamingItsCell() throws Exception {
		Path input = dir.resolve("computed-by-no-one.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(input)) {
			XSSFSheet sheet = fatmaDemir(workbook, "2019", "f", 3);
			for (int r = 1; r <= 3; r++) {
				Row row = sheet.getRow(r);
				// as openpyxl writes them: the formula, and no value until Excel or LibreOffice computes it
				row.createCell(1).setCellFormula("\"Fat\"&\"ma\"");
				row.createCell(8).setCellFormula("ROW()");
			}
			workbook.write(stream);
		}
		Run english = match(input, "en");
		assertThat(english.exit()).isEqualTo(2);
		assertThat(english.said()).isEqualTo("The workbook " + input + " holds formulas whose values were never "
				+ "computed: on the sheet \"2019\", 3 cells of the columns read, the first B2 (row 2, column given_names). "
				+ "A program that writes workbooks without computing them (such as Python's openpyxl) leaves such cells "
				+ "empty until the workbook is opened and saved in Excel or LibreOffice. Open it there, save it, and run "
				+ "again.\n");
		assertThat(match(input, "tr").said()).startsWith(input + " çalışma kitabında değeri hiç hesaplanmamış formüller "
				+ "var: \"2019\" sayfasında okunan sütunlarda 3 hücre, ilki B2 (2. satır, given_names sütunu).");
		// computed, as Excel saves them, a formula's value is read, an empty text too; one outside the columns read is
		// no matter
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(input))) {
			var sheet = workbook.getSheet("2019");
			for (int r = 1; r <= 3; r++) {
				sheet.getRow(r).getCell(1).setCellValue(r == 3 ? "" : "Fatma");
			}
			try (OutputStream stream = Files.newOutputStream(input)) {
				workbook.write(stream);
			}
		}
		english = match(input, "en");
		assertThat(english.exit()).isZero();
		assertThat(pairs()).contains("f1,f2,");
		Path single = workbook("single.xlsx", new String[][] { HEADER.strip().split(","),
				{ "s1", "Ali", "Veli", "", "1990-01-01", "", "M", "TUR" } });
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(single))) {
			var row = workbook.getSheetAt(0).getRow(1);
			row.removeCell(row.getCell(4));
			row.createCell(4).setCellFormula("DATE(1990,1,1)");
			try (OutputStream stream = Files.newOutputStream(single)) {
				workbook.write(stream);
			}
		}
		assertThat(match(single, "en").said()).contains("on the sheet \"records\", cell E2 (row 2, column birth_date).");
	}

	@Test
	void aRowWithAnErrorForAValueIsSkippedNamingTheSheetAndTheCell() throws Exception {
		Path input = dir.resolve("errors.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(input)) {
			XSSFSheet sheet = fatmaDemir(workbook, "Kayıtlar", "e", 5);
			// formulas saved with the error Excel computed for them: a function it does not know, a cell deleted, a
			// division by zero; and an error typed into a cell
			var name = sheet.getRow(2).createCell(1);
			name.setCellFormula("ADIMIZ(A3)");
			name.setCellErrorValue(FormulaError.NAME);
			var date = sheet.getRow(3).createCell(4);
			date.setCellFormula("A1/0");
			date.setCellErrorValue(FormulaError.DIV0);
			var family = sheet.getRow(3).createCell(2);
			family.setCellFormula("Z9");
			family.setCellErrorValue(FormulaError.REF);
			sheet.getRow(4).createCell(1).setCellErrorValue(FormulaError.NA);
			// an error outside the columns read is no matter
			var note = sheet.getRow(5).createCell(8);
			note.setCellFormula("1/0");
			note.setCellErrorValue(FormulaError.DIV0);
			workbook.write(stream);
		}
		Run english = match(input, "en");
		assertThat(english.exit()).isZero();
		assertThat(english.said()).contains("Line 3: skipped: cell B3 of the sheet \"Kayıtlar\" (column given_names) holds "
				+ "the error \"#NAME?\" instead of a value, as a formula that could not be computed does (a name the "
				+ "spreadsheet does not know, a reference to a deleted cell, a division by zero): correct it in the "
				+ "workbook and save it again\n",
				"Line 4: skipped: cell C4 of the sheet \"Kayıtlar\" (column family_names) holds the error \"#REF!\" "
						+ "instead of a value, as a formula that could not be computed does (a name the spreadsheet does "
						+ "not know, a reference to a deleted cell, a division by zero), and so does 1 more cell of the "
						+ "line: correct it in the workbook and save it again\n",
				"Line 5: skipped: cell B5 of the sheet \"Kayıtlar\" (column given_names) holds the error \"#N/A\"",
				"Records read: 5; skipped: 3")
			.doesNotContain("Line 2:", "Line 6:", "ERROR");
		assertThat(pairs()).contains("e1,e5,").doesNotContain("e2", "e3", "e4", "ERROR");
		assertThat(match(input, "tr").said()).contains("Satır 4: atlandı: \"Kayıtlar\" sayfasının C4 hücresi "
				+ "(family_names sütunu) bir değer yerine \"#REF!\" hatasını içeriyor; hesaplanamayan bir formül böyle olur "
				+ "(elektronik tablonun tanımadığı bir ad, silinmiş bir hücreye başvuru, sıfıra bölme); satırda 1 hücre daha "
				+ "aynı durumda: çalışma kitabında düzeltip yeniden kaydedin\n");
	}

	@Test
	void aHeaderAloneIsSaidToHaveNoRecordsAndAnEmptyFileToBeEmpty() throws Exception {
		Path csv = file("header.csv", HEADER + ",,,,,,,\n\n");
		Run english = match(csv, "en");
		assertThat(english.exit()).isEqualTo(2);
		assertThat(english.said()).isEqualTo("The file " + csv + " has a header and no records below it: put the records "
				+ "below the header and run again.\n");
		assertThat(match(csv, "tr").said()).isEqualTo(csv + " dosyasında bir başlık satırı var ama altında hiç kayıt yok: "
				+ "kayıtları başlık satırının altına koyup yeniden çalıştırın.\n");
		Path xlsx = workbook("header.xlsx", new String[][] { HEADER.strip().split(",") });
		english = match(xlsx, "en");
		assertThat(english.exit()).isEqualTo(2);
		assertThat(english.said()).isEqualTo("The file " + xlsx + " has a header and no records below it: put the "
				+ "records below the header and run again.\n");
		assertThat(match(xlsx, "tr").said()).isEqualTo(xlsx + " dosyasında bir başlık satırı var ama altında hiç kayıt "
				+ "yok: kayıtları başlık satırının altına koyup yeniden çalıştırın.\n");
		// a file of nothing, or of blank lines, is empty
		Path empty = file("empty.csv", "\n  \n");
		english = match(empty, "en");
		assertThat(english.exit()).isEqualTo(2);
		assertThat(english.said()).isEqualTo("The file " + empty + " is empty: it needs a header line and at least one "
				+ "record.\n");
		assertThat(match(empty, "tr").said()).isEqualTo(empty + " dosyası boş: bir başlık satırı ve en az bir kayıt "
				+ "gerekir.\n");
		// rows that are all skipped are no empty file
		Path skipped = file("skipped.csv", HEADER + "a1,Ali,Veli,,1990-02-30,,M,TUR\n");
		english = match(skipped, "en");
		assertThat(english.exit()).isEqualTo(2);
		assertThat(english.said()).contains("No valid record to match: every row was skipped (see the messages above).");
		assertThat(match(skipped, "tr").said()).contains("Eşleştirilecek geçerli kayıt yok: tüm satırlar atlandı");
	}

	/** An input that is no table of records: what the run says of it, in English and in Turkish, and its exit code 2. */
	@Test
	void anInputThatIsNoTableIsSaidForWhatItIs() throws Exception {
		Path missing = dir.resolve("kayitlar.csv");
		Path folder = Files.createDirectory(dir.resolve("2019"));
		Path pdf = file("report.csv", "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", StandardCharsets.ISO_8859_1);
		Path binary = Files.write(dir.resolve("photo.csv"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 });
		Path zip = dir.resolve("archive.csv");
		try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new java.util.zip.ZipEntry("records.csv"));
			out.write(HEADER.getBytes(StandardCharsets.UTF_8));
		}
		Path ods = dir.resolve("records.ods");
		try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(ods))) {
			var mimetype = new java.util.zip.ZipEntry("mimetype");
			byte[] type = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
			var crc = new java.util.zip.CRC32();
			crc.update(type);
			mimetype.setMethod(java.util.zip.ZipEntry.STORED);
			mimetype.setSize(type.length);
			mimetype.setCrc(crc.getValue());
			out.putNextEntry(mimetype);
			out.write(type);
		}
		// a workbook cut short, as a download that stopped halfway leaves it
		Path whole = workbook("whole.xlsx", new String[][] { HEADER.strip().split(","), { "a1", "Ali" } });
		byte[] bytes = Files.readAllBytes(whole);
		Path damaged = Files.write(dir.resolve("damaged.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
		String[][] said = {
				{ missing.toString(), "The file " + missing + " does not exist: check its name and its folder.",
						missing + " dosyası yok: adını ve klasörünü denetleyin." },
				{ folder.toString(), folder + " is a folder, not a file: give --input the file of records itself (a .csv "
						+ "or .xlsx file).", folder + " bir klasör, dosya değil: --input seçeneğine kayıtların bulunduğu "
						+ "dosyanın kendisini (bir .csv ya da .xlsx dosyası) verin." },
				{ pdf.toString(), "The file " + pdf + " is a PDF document, not a text table: its pages cannot be read as "
						+ "rows. Export the table as .xlsx or CSV UTF-8 from the program that made the PDF, or copy the "
						+ "table from the PDF into Excel and save it as .xlsx.", pdf + " dosyası bir PDF belgesi, metin "
						+ "tablosu değil: sayfaları satır olarak okunamaz. Tabloyu PDF'i oluşturan programdan .xlsx ya da "
						+ "CSV UTF-8 olarak dışa aktarın ya da PDF'teki tabloyu Excel'e kopyalayıp .xlsx olarak kaydedin." },
				{ binary.toString(), "The file " + binary + " is not a text table: it holds NUL bytes (the first is byte "
						+ "9), as a program's own files do (a document, an image, an archive) and no CSV file does. Give "
						+ "the table itself, saved from Excel as .xlsx or as CSV UTF-8.", binary + " dosyası bir metin "
						+ "tablosu değil: NUL baytları içeriyor (ilki 9. bayt); bunlar bir programın kendi dosyalarında "
						+ "(belge, resim, arşiv) bulunur, hiçbir CSV dosyasında bulunmaz. Tablonun kendisini, Excel'de "
						+ ".xlsx ya da CSV UTF-8 olarak kaydedip verin." },
				{ zip.toString(), "The file " + zip + " is a zip archive (a .zip, or a document such as .docx), not a "
						+ "text table (CSV) nor an Excel workbook: give the table itself, saved from Excel as .xlsx or as "
						+ "CSV UTF-8.", zip + " dosyası bir zip arşivi (bir .zip ya da .docx gibi bir belge); metin "
						+ "tablosu (CSV) da Excel çalışma kitabı da değil: tablonun kendisini, Excel'de .xlsx ya da CSV "
						+ "UTF-8 olarak kaydedip verin." },
				{ ods.toString(), "The file " + ods + " is an OpenDocument spreadsheet (.ods, as LibreOffice saves it), "
						+ "which is not read: open it in LibreOffice or Excel and save it as .xlsx, or as CSV UTF-8.",
						ods + " dosyası bir OpenDocument hesap tablosu (LibreOffice'in kaydettiği .ods) ve okunmuyor: "
								+ "LibreOffice'te ya da Excel'de açıp .xlsx ya da CSV UTF-8 olarak kaydedin." },
				{ damaged.toString(), "The file " + damaged + " cannot be read as an Excel workbook: it is damaged (cut "
						+ "short, as a download or a copy that stopped halfway leaves it), protected by a password, or not "
						+ "what its name says. Open it in Excel and save it again as .xlsx, or as CSV UTF-8. (What failed: "
						+ "the file is no zip archive, as a workbook is, or a damaged or incomplete one.)", damaged
								+ " dosyası bir Excel çalışma kitabı olarak okunamıyor: bozuk (yarıda kalmış bir indirme ya da "
								+ "kopyalamanın bıraktığı gibi eksik), parolayla korunuyor ya da adının söylediği türde değil. "
								+ "Excel'de açıp yeniden .xlsx ya da CSV UTF-8 olarak kaydedin. (Sorun: dosya, bir çalışma "
								+ "kitabının olduğu gibi bir zip arşivi değil ya da bozuk veya eksik bir zip arşivi.)" } };
		for (String[] input : said) {
			Run english = match(Path.of(input[0]), "en");
			assertThat(english.exit()).as(input[0]).isEqualTo(2);
			assertThat(english.said()).as(input[0]).startsWith(input[1]);
			assertThat(match(Path.of(input[0]), "tr").said()).as(input[0]).startsWith(input[2]);
		}
		// a relative path is looked for in the folder the command runs in, which is named
		Run relative = match(Path.of("no-such-records.csv"), "en");
		assertThat(relative.exit()).isEqualTo(2);
		assertThat(relative.said()).isEqualTo("The file no-such-records.csv does not exist in the folder the command "
				+ "runs in, " + Path.of("").toAbsolutePath() + ": check its name, or give its whole path.\n");
		assertThat(match(Path.of("no-such-records.csv"), "tr").said()).isEqualTo("no-such-records.csv dosyası, komutun "
				+ "çalıştığı " + Path.of("").toAbsolutePath() + " klasöründe yok: adını denetleyin ya da tam yolunu verin.\n");
	}

	/**
	 * A workbook Apache POI cannot read, damaged or not a workbook at all, is told in the run's language with what
	 * failed, exit code 2, never with a stack trace or POI's words, which may quote a cell (a person's name): cut
	 * short, its sheet's or another part's XML not well-formed, a Word document named .xlsx (POI read it as a workbook
	 * without sheets, "empty"), a Word document as it is named, an Excel binary workbook (.xlsb).
	 */
	@Test
	void aWorkbookThatCannotBeReadIsToldWhatFailedNeverWithItsText() throws Exception {
		Path whole = workbook("whole.xlsx", new String[][] { HEADER.strip().split(","),
				{ "z1", "Zahra", "Hosseini", "", "1990-01-01", "", "F", "IRN" } });
		byte[] bytes = Files.readAllBytes(whole);
		Path cutShort = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length - 100));
		Path sheet = zipCopy(whole, "sheet.xlsx", "xl/worksheets/sheet1.xml", xml -> xml.replace("</sheetData>",
				"<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>Zahra Hosseini</t></is></c>"));
		Path relationships = zipCopy(whole, "rels.xlsx", "xl/_rels/workbook.xml.rels",
				xml -> xml.substring(0, xml.length() / 2));
		String[] document = { "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas."
				+ "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
				+ "vnd.openxmlformats-package.relationships+xml\"/><Override PartName=\"/word/document.xml\" ContentType="
				+ "\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
				"_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
						+ "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats."
						+ "org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
						+ "</Relationships>",
				"word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
						+ "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Zahra Hosseini</w:t></w:r></w:p></w:body>"
						+ "</w:document>" };
		Path letter = zip("letter.xlsx", document);
		String[][] said = {
				{ cutShort.toString(), "the file is no zip archive, as a workbook is, or a damaged or incomplete one",
						"dosya, bir çalışma kitabının olduğu gibi bir zip arşivi değil ya da bozuk veya eksik bir zip "
								+ "arşivi" },
				{ sheet.toString(), "the sheet's XML is not well-formed (the last place read: ",
						"sayfanın XML'i düzgün biçimli değil (okunan son yer: " },
				{ relationships.toString(), "a part of the workbook is not well-formed XML",
						"çalışma kitabının bir parçası düzgün biçimli bir XML değil" },
				{ letter.toString(), "the file is an Office document of another kind, such as a Word document or a "
						+ "PowerPoint presentation, not a workbook", "dosya bir çalışma kitabı değil, Word belgesi ya da "
								+ "PowerPoint sunusu gibi başka türde bir Office belgesi" } };
		for (String[] input : said) {
			Run english = match(Path.of(input[0]), "en");
			assertThat(english.exit()).as(input[0]).isEqualTo(2);
			assertThat(english.said()).as(input[0]).startsWith("The file " + input[0] + " cannot be read as an Excel "
					+ "workbook: it is damaged").contains("(What failed: " + input[1]);
			Run turkish = match(Path.of(input[0]), "tr");
			assertThat(turkish.exit()).as(input[0]).isEqualTo(2);
			assertThat(turkish.said()).as(input[0]).startsWith(input[0] + " dosyası bir Excel çalışma kitabı olarak "
					+ "okunamıyor").contains("(Sorun: " + input[2]);
			for (Run run : List.of(english, turkish)) {
				assertThat(run.said()).as(input[0]).doesNotContain("Zahra", "Hosseini", "Exception", "\tat ")
					.hasLineCount(1);
			}
		}
		// named as what it is, a document is no table; a binary workbook is told so, whatever its name
		Path named = zip("letter.docx", document);
		assertThat(match(named, "en").said()).isEqualTo("The file " + named + " is a zip archive (a .zip, or a document "
				+ "such as .docx), not a text table (CSV) nor an Excel workbook: give the table itself, saved from Excel "
				+ "as .xlsx or as CSV UTF-8.\n");
		String[] binary = document.clone();
		binary[1] = binary[1].replace("/word/document.xml", "/xl/workbook.bin")
			.replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
					"application/vnd.ms-excel.sheet.binary.macroEnabled.main");
		binary[3] = binary[3].replace("word/document.xml", "xl/workbook.bin");
		binary[4] = "xl/workbook.bin";
		for (String name : List.of("book.xlsb", "book.xlsx")) {
			Path xlsb = zip(name, binary);
			Run english = match(xlsb, "en");
			assertThat(english.exit()).isEqualTo(2);
			assertThat(english.said()).isEqualTo("The file " + xlsb + " is an Excel binary workbook (.xlsb), which is "
					+ "not read: open it in Excel and save it as .xlsx, or as CSV UTF-8.\n");
			assertThat(match(xlsb, "tr").said()).isEqualTo(xlsb + " dosyası bir Excel ikili çalışma kitabı (.xlsb) ve "
					+ "okunmuyor: Excel'de açıp .xlsx ya da CSV UTF-8 olarak kaydedin.\n");
		}
	}

	/** A zip of the entries given as name, text, name, text… (java.util.zip). */
	private Path zip(String name, String... entries) throws IOException {
		Path zip = dir.resolve(name);
		try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
			for (int i = 0; i < entries.length; i += 2) {
				out.putNextEntry(new java.util.zip.ZipEntry(entries[i]));
				out.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
			}
		}
		return zip;
	}

	/** A copy of the zip {@code from}, the text of its {@code entry} changed (java.util.zip). */
	private Path zipCopy(Path from, String name, String entry, java.util.function.UnaryOperator<String> change)
			throws IOException {
		Path zip = dir.resolve(name);
		try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(from));
				var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
			for (var read = in.getNextEntry(); read != null; read = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (read.getName().equals(entry)) {
					content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new java.util.zip.ZipEntry(read.getName()));
				out.write(content);
			}
		}
		return zip;
	}

	@Test
	void aHeaderInTurkishCapitalsOrLowerCaseIsRead() throws Exception {
		Locale turkish = Locale.forLanguageTag("tr");
		String records = "a1,Ali,Veli,,1990-01-01,,M,TUR\na2,Ali,Veli,,1990-01-01,,M,TUR\n";
		// Turkish Excel's upper case: İD, GİVEN_NAMES, … CİTİZENSHİP with a dotted capital İ
		Path capitals = file("capitals.csv", HEADER.toUpperCase(turkish) + records);
		assertThat(HEADER.toUpperCase(turkish)).contains("GİVEN_NAMES");
		Run english = match(capitals, "en");
		assertThat(english.exit()).isZero();
		assertThat(english.said()).contains("Records read: 2; skipped: 0");
		assertThat(match(capitals, "tr").said()).contains("Okunan kayıt: 2; atlanan: 0");
		// and a Turkish lower case of GIVEN_NAMES, with a dotless ı
		Path dotless = file("dotless.csv", HEADER.toUpperCase(Locale.ROOT).toLowerCase(turkish) + records);
		assertThat(HEADER.toUpperCase(Locale.ROOT).toLowerCase(turkish)).contains("gıven_names");
		assertThat(match(dotless, "en").said()).contains("Records read: 2; skipped: 0");
		Path workbook = workbook("capitals.xlsx", new String[][] { HEADER.toUpperCase(turkish).strip().split(","),
				{ "a1", "Ali", "Veli", "", "1990-01-01", "", "M", "TUR" } });
		assertThat(match(workbook, "en").said()).contains("Records read: 1; skipped: 0");
	}

	/**
	 * A header copied from a web page or another program is read as typed: full-width letters, a no-break space after
	 * a name (which {@code strip()} leaves), a zero-width space inside one, a capital İ as I and a combining dot.
	 */
	@Test
	void aHeaderCopiedFromElsewhereIsReadAsTyped() throws Exception {
		String records = "a1,Ali,Veli,,1990-01-01,,M,TUR\na2,Ali,Veli,,1990-01-01,,M,TUR\n";
		String header = "ＩＤ,given_names\u00A0,family\u200B_names,full_name_original,BI\u0307RTH_DATE,birth_year,"
				+ "ｓｅｘ,\u00A0Citizenship\n";
		Path copied = file("copied.csv", header + records);
		Run english = match(copied, "en");
		assertThat(english.exit()).isZero();
		assertThat(english.said()).contains("Records read: 2; skipped: 0");
		assertThat(match(copied, "tr").said()).contains("Okunan kayıt: 2; atlanan: 0");
		Path workbook = workbook("copied.xlsx", new String[][] { header.strip().split(","),
				{ "a1", "Ali", "Veli", "", "1990-01-01", "", "M", "TUR" } });
		assertThat(match(workbook, "en").said()).contains("Records read: 1; skipped: 0");
	}

	// --- the header in Turkish ----------------------------------------------------------------------------------

	/**
	 * A header of the columns' Turkish names, as a Turkish office's export writes them, is read as the English one is:
	 * in any case, with or without Turkish letters, a space for an underscore, and mixed with English names; so is an
	 * English header with spaces. Each is read from CSV, with commas or semicolons, and from a workbook: the two
	 * records of one woman are a MATCH only if every value was read into its column.
	 */
	@Test
	void aHeaderOfTheColumnsTurkishNamesIsRead() throws Exception {
		String[] headers = { "kayit_no,ad,soyadi,ozgun_ad_soyad,dogum_tarihi,dogum_yili,cinsiyet,vatandaslik",
				"Kayıt No,Ad,Soyadı,Özgün Ad Soyad,Doğum tarihi,Doğum yılı,Cinsiyet,Vatandaşlık",
				"KAYIT_NO,AD,SOYADI,ÖZGÜN_AD_SOYAD,DOĞUM_TARİHİ,DOĞUM_YILI,CİNSİYET,VATANDAŞLIK",
				"kayit no,ad,soyadi,ozgun ad soyad,dogum tarihi,dogum yili,cinsiyet,vatandaslik",
				"id,Ad,family_names,ozgun_ad_soyad,Doğum Tarihi,birth_year,CİNSİYET,citizenship",
				"ID,Given names,Family names,Full name original,Birth date,Birth year,Sex,Citizenship" };
		String[][] records = { { "t1", "Fatma", "Hüseyni", "", "12.03.1994", "", "K", "AFG" },
				{ "t2", "Fatma", "Huseyni", "", "1994-03-12", "", "F", "Afganistan" } };
		for (String header : headers) {
			String csv = header + "\n" + String.join(",", records[0]) + "\n" + String.join(",", records[1]) + "\n";
			for (Path input : List.of(file("comma.csv", csv), file("semicolon.csv", csv.replace(',', ';')),
					workbook("turkish.xlsx", new String[][] { header.split(","), records[0], records[1] }))) {
				Run turkish = match(input, "tr");
				assertThat(turkish.exit()).as(header + " " + input).isZero();
				assertThat(turkish.said()).as(header + " " + input).contains("Okunan kayıt: 2; atlanan: 0")
					.doesNotContain("Satır ");
				assertThat(pairs()).as(header + " " + input).contains("\nt1,t2,").contains(",MATCH,");
			}
		}
	}

	/**
	 * A header the run cannot read says what to write, each column by both its names: the Turkish first in Turkish, as
	 * a Turkish user's header may have either; a column named twice, by one name or by its English and its Turkish
	 * one, is named as the header names it.
	 */
	@Test
	void aHeaderThatCannotBeReadIsToldByTheColumnsNamesInBothLanguages() throws Exception {
		String records = "\nt1,Fatma,Hüseyni,,1994-03-12,,F,AFG,,\n";
		String[][] said = {
				{ "Kayıt No,Ad,Soyadı,Doğum tarihi,Cinsiyet", "Line 1, read as the header, lacks the columns: "
						+ "full_name_original (ozgun_ad_soyad), birth_year (dogum_yili), citizenship (vatandaslik). The "
						+ "header must name these columns, in any order, each by its English or its Turkish name: ",
						"Başlık satırı olarak okunan 1. satırda şu sütunlar eksik: ozgun_ad_soyad (full_name_original), "
								+ "dogum_yili (birth_year), vatandaslik (citizenship). Başlık satırı şu sütunları (herhangi "
								+ "bir sırayla, her birini Türkçe ya da İngilizce adıyla) içermelidir: kayit_no,ad," },
				{ HEADER.strip() + ",Doğum tarihi", "The header names these columns twice, by their English and by "
						+ "their Turkish name: birth_date (dogum_tarihi). The command cannot tell which of the two holds "
						+ "the records' values; keep one column of each.\n", "Başlık şu sütunları hem İngilizce hem "
								+ "Türkçe adıyla, iki kez adlandırıyor: dogum_tarihi (birth_date). Kayıtların değerlerinin "
								+ "ikisinden hangisinde olduğu anlaşılamaz; her birinden tek sütun bırakın.\n" },
				{ "AD," + HEADER.strip() + ",cinsiyet", "The header names these columns twice, by their English and "
						+ "by their Turkish name: given_names (ad), sex (cinsiyet).", "Başlık şu sütunları hem İngilizce "
								+ "hem Türkçe adıyla, iki kez adlandırıyor: ad (given_names), cinsiyet (sex)." },
				{ "kayit_no,ad,soyadi,ozgun_ad_soyad,dogum_tarihi,dogum_yili,cinsiyet,vatandaslik,Ad",
						"The header names these columns more than once: ad. The command cannot tell which of them holds "
								+ "the records' values; keep one column of each name.\n",
						"Başlık şu sütunları birden fazla kez adlandırıyor: ad." } };
		for (String[] header : said) {
			Path input = file("header.csv", header[0] + records);
			Run english = match(input, "en");
			assertThat(english.exit()).as(header[0]).isEqualTo(2);
			assertThat(english.said()).as(header[0]).startsWith(header[1]);
			Run turkish = match(input, "tr");
			assertThat(turkish.exit()).as(header[0]).isEqualTo(2);
			assertThat(turkish.said()).as(header[0]).startsWith(header[2]);
		}
	}

	/**
	 * A row's message names a column as the file's header does, in the run's language: a Turkish office reads
	 * "dogum_tarihi" of its "Doğum tarihi", whichever language it runs the command in; a header of English names keeps
	 * them.
	 */
	@Test
	void aRowsMessageNamesTheColumnAsTheHeaderDoes() throws Exception {
		String rows = "t1,Ayşe,Demir,,1990-02-30,,K,TUR\nt2,Ayşe,Demir,,1990-01-01,1991,Q,XY\n"
				+ "t3,Ayşe,Demir,,,19x0,K,TUR\n";
		String[][] said = {
				{ "Kayıt No,Ad,Soyadı,Özgün Ad Soyad,Doğum tarihi,Doğum yılı,Cinsiyet,Vatandaşlık", "en",
						"Line 2: skipped: dogum_tarihi \"1990-02-30\" is no day of the calendar",
						"Line 3: dogum_yili \"1991\" differs from the year of dogum_tarihi \"1990-01-01\"",
						"Line 3: cinsiyet \"Q\" is not M, F", "Line 3: vatandaslik \"XY\" holds a code",
						"Line 4: skipped: dogum_yili \"19x0\" is not a year" },
				{ "Kayıt No,Ad,Soyadı,Özgün Ad Soyad,Doğum tarihi,Doğum yılı,Cinsiyet,Vatandaşlık", "tr",
						"Satır 2: atlandı: dogum_tarihi \"1990-02-30\" takvimde olmayan bir gün",
						"Satır 3: dogum_yili \"1991\", dogum_tarihi \"1990-01-01\" tarihinin yılından farklı",
						"Satır 3: cinsiyet \"Q\" M ya da F değil", "Satır 3: vatandaslik \"XY\" ülke listesinde",
						"Satır 4: atlandı: dogum_yili \"19x0\" dört haneli" },
				{ "id,given_names,family_names,full_name_original,Doğum tarihi,birth_year,sex,Vatandaşlık", "tr",
						"Satır 2: atlandı: dogum_tarihi \"1990-02-30\"",
						"Satır 3: birth_year \"1991\", dogum_tarihi \"1990-01-01\" tarihinin", "Satır 3: sex \"Q\"",
						"Satır 3: vatandaslik \"XY\"", "Satır 4: atlandı: birth_year \"19x0\"" },
				{ HEADER.strip(), "tr", "Satır 2: atlandı: birth_date \"1990-02-30\"",
						"Satır 3: birth_year \"1991\", birth_date \"1990-01-01\" tarihinin", "Satır 3: sex \"Q\"",
						"Satır 3: citizenship \"XY\"", "Satır 4: atlandı: birth_year \"19x0\"" } };
		for (String[] expected : said) {
			Run run = match(file("records.csv", expected[0] + "\n" + rows), expected[1]);
			assertThat(run.exit()).as(expected[0]).isZero();
			assertThat(run.said()).as(expected[0]).contains(java.util.Arrays.copyOfRange(expected, 2, expected.length));
		}
		// a workbook's cell of an error, and an empty id, by the header's names too
		Path workbook = workbook("errors.xlsx", new String[][] {
				"Kayıt No,Ad,Soyadı,Özgün Ad Soyad,Doğum tarihi,Doğum yılı,Cinsiyet,Vatandaşlık".split(","),
				{ "t1", "Ayşe", "Demir", "", "1990-01-01", "", "K", "TUR" },
				{ "", "Ayşe", "Demir", "", "", "", "K", "TUR" },
				{ "t3", "Ayşe", "Demir", "", "1990-01-01", "", "K", "TUR" } });
		try (var fs = java.nio.file.FileSystems.newFileSystem(workbook)) {
			Path sheet = fs.getPath("xl/worksheets/sheet1.xml");
			Files.writeString(sheet, Files.readString(sheet).replaceFirst("<c r=\"E4\"[^>]*>.*?</c>",
					"<c r=\"E4\" t=\"e\"><v>#REF!</v></c>"));
		}
		assertThat(match(workbook, "tr").said()).contains("Satır 3: atlandı: kimlik (kayit_no) boş",
				"Satır 4: atlandı: \"records\" sayfasının E4 hücresi (dogum_tarihi sütunu)");
		assertThat(match(workbook, "en").said()).contains("Line 4: skipped: cell E4 of the sheet \"records\" (column "
				+ "dogum_tarihi)");
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void aPipeIsReadFromItsFirstByte() throws Exception {
		// cat records.csv | java -jar … match --input /dev/stdin, or --input <(…): a stream that can be read only once
		assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "named pipes of Linux and macOS");
		String records = HEADER + "p1,Fatma,Hüseyni,,1994-03-12,,F,AFG\np2,Fatma,Hüseyni,,1994-03-12,,F,AFG\n";
		Run english = matchThroughPipe(records.getBytes(StandardCharsets.UTF_8), "en");
		assertThat(english.exit()).isZero();
		assertThat(english.said()).contains("Records read: 2; skipped: 0");
		assertThat(pairs()).contains("p1,p2,");
		Path workbook = workbook("piped.xlsx", new String[][] { HEADER.strip().split(","),
				{ "p1", "Fatma", "Hüseyni", "", "1994-03-12", "", "F", "AFG" },
				{ "p2", "Fatma", "Hüseyni", "", "1994-03-12", "", "F", "AFG" } });
		Run turkish = matchThroughPipe(Files.readAllBytes(workbook), "tr");
		assertThat(turkish.exit()).isZero();
		assertThat(turkish.said()).contains("Okunan kayıt: 2; atlanan: 0");
		assertThat(pairs()).contains("p1,p2,");
	}

	/** The command reading {@code content} from a named pipe that a thread writes it into. */
	private Run matchThroughPipe(byte[] content, String lang) throws Exception {
		Path pipe = dir.resolve("pipe-" + System.nanoTime());
		assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
		Thread writer = new Thread(() -> {
			try (OutputStream out = Files.newOutputStream(pipe)) {
				out.write(content);
			}
			catch (IOException ex) {
				// the reader closed the pipe early: the run says what it read
			}
		});
		writer.start();
		Run run = match(pipe, lang);
		writer.join();
		return run;
	}

}
