package org.opennrm.matching.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.opennrm.OpenNrmApplication;
import org.opennrm.matching.Sex;

/** The bulk command's command line: its options, its messages, its outputs, and the jar's other arguments. */
class CommandLineTests extends CommandConsole {

	/** Five people, none registered twice. */
	static final String FIVE_PEOPLE = HEADER
			+ "p1,Fatma,Hüseyni,,1994-03-12,,F,AFG\n"
			+ "p2,Ahmet,Karaca,,1971-08-02,,M,TUR\n"
			+ "p3,Olga,Petrova,,1988-11-02,,F,UKR\n"
			+ "p4,Zahra,Ahmadi,,1990-05-05,,F,IRN\n"
			+ "p5,Murat,Kaplan,,1985-02-11,,M,TUR\n";

	static final String NOT_SHOWN = "not shown: it may be a name or a person's number)";

	/** Runs the command afresh: {@link #out} and {@link #err} hold this run's output only. */
	@Override
	protected int run(String... args) {
		out.reset();
		err.reset();
		return super.run(args);
	}

	String usage() {
		return "Usage: java -jar opennrm.jar match --input records.csv|records.xlsx --output pairs.csv|pairs.xlsx "
				+ "[--clusters clusters.csv|clusters.xlsx] [--lang tr|en] [--threshold-match 0.50] "
				+ "[--threshold-possible 0.25] [--encoding windows-1254|--force-encoding windows-1254]";
	}

	// --- 4: values that may be names ---------------------------------------------------------------------------

	@Test
	void aValueThatMayBeANameIsDescribedAndOneThatCannotIsQuoted() throws Exception {
		Path input = file("records.csv", HEADER
				+ "M1,,,,,,Ayşe Yılmaz,Fatma Nur Hüseyni\n"
				+ "M2,,,,Hatice Demir,,F,TUR\n"
				+ "d1,Ali,Veli,,12/03/1990,,M,TUR\n"
				+ "d2,Ali,Veli,,,19x0,M,TUR\n"
				+ "d3,Ali,Veli,,,12345678901,M,TUR\n"
				+ "d4,Ali,Veli,,1990-01-01,,Q,TX\n"
				+ "d4,Ali,Veli,,1990-01-01,,M,TUR\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString())).isZero();
		assertThat(errors().lines()).contains(
				"Line 2: sex (a value of 11 characters, " + NOT_SHOWN + " is not M, F (E, K as Turkish forms write them; "
						+ "Erkek, Kadın, Male, Female in words; X or U for not known), so the record is compared without it",
				"Line 2: citizenship (a value of 17 characters, " + NOT_SHOWN + " is neither a code of the country list "
						+ "(a country's ISO 3166-1 code, SYR or SY, or ICAO's, XXA for a stateless person; several separated "
						+ "by |) nor a name the list gives in Turkish or English (Suriye, Syria, Vatansız), so the record is "
						+ "compared without it",
				"Line 3: skipped: birth_date (a value of 12 characters, " + NOT_SHOWN
						+ " is not a date written yyyy-mm-dd (1990-03-12, 1990-3-12) or dd.mm.yyyy (12.03.1990): it holds "
						+ "letters, as a month written as a word does (15 Mart 1994): write the month as a number (15.03.1994)",
				"Line 4: skipped: birth_date \"12/03/1990\" is not a date written yyyy-mm-dd (1990-03-12, 1990-3-12) or "
						+ "dd.mm.yyyy (12.03.1990): it is written with slashes, and a date with slashes is not read, as its "
						+ "day and month cannot be told apart (03/08/1994 is 3 August in Türkiye, 8 March in an American "
						+ "program's export): save the column as yyyy-mm-dd",
				"Line 5: skipped: birth_year \"19x0\" is not a year of four digits (1994; 1.994 and 1994,0, as a number "
						+ "cell exports a year, are read too)",
				"Line 6: skipped: birth_year (a value of 11 characters, " + NOT_SHOWN + " is not a year of four digits "
						+ "(1994; 1.994 and 1994,0, as a number cell exports a year, are read too)",
				"Line 7: sex \"Q\" is not M, F (E, K as Turkish forms write them; Erkek, Kadın, Male, Female in words; X "
						+ "or U for not known), so the record is compared without it",
				"Line 7: citizenship \"TX\" holds a code the country list does not have (a code is a country's three "
						+ "letters (or two), such as SYR (SY) for Syria, AFG for Afghanistan, IRQ for Iraq, TUR (TR) for "
						+ "Türkiye, or ICAO's XXA for a stateless person), so the record is compared without it",
				// an id is shown: it is how the row is found, and the outputs hold it anyway
				"Line 8: skipped: the id \"d4\" appears more than once (only the first of its lines that is read is used)");
		assertThat(errors()).doesNotContain("Ayşe", "Yılmaz", "Fatma", "Hüseyni", "Hatice", "Demir", "12345678901");

		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--lang", "tr")).isZero();
		assertThat(errors().lines()).contains(
				"Satır 2: sex (11 karakterlik bir değer; bir ad ya da bir kişinin numarası olabileceği için gösterilmiyor) "
						+ "M ya da F değil (Türkçe formlardaki gibi E, K; sözcükle Erkek, Kadın, Male, Female; bilinmiyorsa X "
						+ "ya da U), kayıt onsuz karşılaştırılır",
				"Satır 3: atlandı: birth_date (12 karakterlik bir değer; bir ad ya da bir kişinin numarası olabileceği "
						+ "için gösterilmiyor) yyyy-aa-gg (1990-03-12, 1990-3-12) ya da gg.aa.yyyy (12.03.1990) biçiminde "
						+ "yazılmış bir tarih değil: harf içeriyor; ay sözcükle yazılmış olabilir (15 Mart 1994): ayı sayıyla "
						+ "yazın (15.03.1994)",
				"Satır 4: atlandı: birth_date \"12/03/1990\" yyyy-aa-gg (1990-03-12, 1990-3-12) ya da gg.aa.yyyy "
						+ "(12.03.1990) biçiminde yazılmış bir tarih değil: eğik çizgiyle yazılmış; eğik çizgili bir tarih "
						+ "okunmaz, çünkü günü ayından ayırt edilemez (03/08/1994 Türkiye'de 3 Ağustos, Amerikan bir "
						+ "programın dışa aktarımında 8 Mart'tır): sütunu yyyy-aa-gg biçiminde kaydedin");
		assertThat(errors()).doesNotContain("Ayşe", "Hatice");
	}

	/** Dates and years as legacy spreadsheets export them: read, or told what was seen, in both languages. */
	@Test
	void commonFormsOfDatesAndYearsAreReadAndTheRestAreToldWhatWasSeen() throws Exception {
		String person = ";Ayşe;Yılmaz;;";
		Path input = file("records.csv", HEADER.replace(',', ';')
				+ "1" + person + ";1.994;K;TUR\n"
				+ "2" + person + ";1994,0;K;TUR\n"
				+ "3" + person + "15.03.1994 00:00;;K;TUR\n"
				+ "4" + person + "1994;;K;TUR\n"
				+ "5" + person + "15.3.94;;K;TUR\n"
				+ "6" + person + "1994-03-15T00:00:00;;K;TUR\n"
				+ "7" + person + "32947;;K;TUR\n"
				+ "8" + person + "1994;1995;K;TUR\n"
				+ "9" + person + "15.03.1994 13:45;;K;TUR\n"
				+ "10" + person + "1994-03-15 00:00:00;1994.0;K;TUR\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString())).isZero();
		String said = errors();
		assertThat(said.lines()).containsSubsequence(
				"Line 6: skipped: birth_date \"15.3.94\" is not a date written yyyy-mm-dd (1990-03-12, 1990-3-12) or "
						+ "dd.mm.yyyy (12.03.1990): its year has two digits, whose century cannot be told: write the year "
						+ "with four (15.03.1994)",
				"Line 8: skipped: birth_date \"32947\" is not a date written yyyy-mm-dd (1990-03-12, 1990-3-12) or "
						+ "dd.mm.yyyy (12.03.1990): it is a number, as a spreadsheet keeps a date (1990-03-15 in Excel's "
						+ "usual date system) and shows it when the column's format is General, or saves it so in a CSV "
						+ "file; it is not read, as it may count from either of Excel's two date systems, four years and a "
						+ "day apart, or be no date at all: in Excel, format the column as a date (Format Cells, Date, or "
						+ "yyyy-mm-dd) and save the file again",
				"Line 9: birth_date \"1994\" gives no day to compare by, and its year differs from birth_year \"1995\": "
						+ "the record is compared with birth_year",
				// the value is a date, shown in full, where 8 digits used to hide it
				"Line 10: birth_date \"15.03.1994 13:45\" holds a time of day besides the date, which a birth date has "
						+ "not: a date stored as a moment and moved by a time zone is a day early (1994-03-14T21:00 for "
						+ "midnight of 15 March in Türkiye), so the record is compared with its year alone, 1994");
		assertThat(said).contains("Records read: 10; skipped: 2;").doesNotContain("slashes", "Line 2:", "Line 3:",
				"Line 4:", "Line 5:", "Line 7:", "Line 11:");
		// the records read with the date are one woman with those read with the year
		assertThat(Files.readString(dir.resolve("p.csv"))).contains("4,6,", "6,10,", "1,2,");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--lang", "tr")).isZero();
		assertThat(errors().lines()).contains(
				"Satır 6: atlandı: birth_date \"15.3.94\" yyyy-aa-gg (1990-03-12, 1990-3-12) ya da gg.aa.yyyy "
						+ "(12.03.1990) biçiminde yazılmış bir tarih değil: yılı iki haneli ve yüzyılı anlaşılamıyor: yılı "
						+ "dört haneyle yazın (15.03.1994)",
				"Satır 8: atlandı: birth_date \"32947\" yyyy-aa-gg (1990-03-12, 1990-3-12) ya da gg.aa.yyyy (12.03.1990) "
						+ "biçiminde yazılmış bir tarih değil: bir sayı; elektronik tablolar tarihi böyle tutar (Excel'in "
						+ "olağan tarih sisteminde 1990-03-15) ve sütunun biçimi Genel ise böyle gösterir ya da CSV dosyasına "
						+ "böyle kaydeder; okunmaz, çünkü aralarında dört yıl bir gün olan iki Excel tarih sisteminden birine "
						+ "göre sayılmış olabilir ya da hiç tarih olmayabilir: Excel'de sütunu tarih olarak biçimlendirin "
						+ "(Hücreleri Biçimlendir, Tarih ya da yyyy-aa-gg) ve dosyayı yeniden kaydedin",
				"Satır 9: birth_date \"1994\" karşılaştırılacak bir gün vermiyor ve yılı birth_year \"1995\" değerinden "
						+ "farklı: kayıt birth_year ile karşılaştırılır",
				"Satır 10: birth_date \"15.03.1994 13:45\" tarihin yanında bir saat de içeriyor, oysa doğum tarihinin "
						+ "saati olmaz: an olarak saklanıp bir saat dilimine göre kaydırılmış bir tarih bir gün erkendir "
						+ "(Türkiye'de 15 Mart gece yarısı için 1994-03-14T21:00), bu yüzden kayıt yalnızca yılıyla (1994) "
						+ "karşılaştırılır");
		assertThat(errors()).doesNotContain("eğik çizgi");
		// a person's number in the date column is still not shown, nor a name
		Path misplaced = file("misplaced.csv", HEADER + "m1,Ali,Veli,,12345678901,,M,TUR\nm2,Ali,Veli,,Ayşe Yılmaz,,M,TUR\n"
				+ "m3,Ali,Veli,,1990-01-01,,M,TUR\n");
		assertThat(run("--input", misplaced.toString(), "--output", dir.resolve("p.csv").toString())).isZero();
		assertThat(errors()).contains("Line 2: skipped: birth_date (a value of 11 characters, " + NOT_SHOWN,
				"Line 3: skipped: birth_date (a value of 11 characters, " + NOT_SHOWN).doesNotContain("12345678901", "Ayşe");
	}

	/** Sex and citizenship as legacy spreadsheets write them in words: read, in any case. */
	@Test
	void sexAndCitizenshipWrittenInWordsAreRead() throws Exception {
		Path input = file("records.csv", HEADER
				+ "k1,Ayşe,Demirci,,1990-04-01,,Kadın,Türkiye\n"
				+ "k2,Ayşe,Demirci,,1990-04-01,,KADIN,TÜRKİYE\n"
				+ "k3,Ayşe,Demirci,,1990-04-01,,female,turkiye\n"
				+ "k4,Ayşe,Demirci,,1990-04-01,,k,TR\n"
				+ "e1,Omar,Haddad,,1992-06-01,,Erkek,Suriye\n"
				+ "e2,Omar,Haddad,,1992-06-01,,ERKEK,Syria\n"
				+ "e3,Omar,Haddad,,1992-06-01,,Male,sy|tr\n"
				+ "e4,Omar,Haddad,,1992-06-01,,E,SYR\n"
				+ "i1,Reza,Ahmadi,,1985-01-01,,M,İran\n"
				+ "i2,Reza,Ahmadi,,1985-01-01,,M,IRAN\n"
				+ "i3,Reza,Ahmadi,,1985-01-01,,M,Afganistan/Afghanistan\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString())).isZero();
		assertThat(errors()).doesNotContain("Line ").contains("Records read: 11; skipped: 0;");
		String pairs = Files.readString(dir.resolve("p.csv"));
		assertThat(pairs.lines().filter(line -> line.startsWith("k1,k2,") || line.startsWith("k1,k4,")
				|| line.startsWith("e1,e2,") || line.startsWith("e2,e4,") || line.startsWith("i1,i2,")))
			.hasSize(5)
			.allSatisfy(line -> assertThat(line).contains("same citizenship").doesNotContain("differ"));
		assertThat(pairs.lines().filter(line -> line.startsWith("i1,i3,")).findFirst().orElseThrow())
			.contains("different citizenship");
		// a word that is neither is left out, as before
		Path other = file("other.csv", HEADER + "x1,Ali,Veli,,1990-01-01,,Kadınlar,Türkiyem\n");
		assertThat(run("--input", other.toString(), "--output", dir.resolve("p.csv").toString())).isZero();
		assertThat(errors()).contains("Line 2: sex (a value of 8 characters, ", "Line 2: citizenship (a value of 8 characters, ");
		assertThat(RecordChecks.citizenship("Côte d'Ivoire|cote d’ivoire", new ArrayList<>(), Locale.ENGLISH))
			.containsExactly("CIV");
	}

	/**
	 * Sex and citizenship copied from a web page or another program are read as typed: a no-break or zero-width space,
	 * full-width letters, a dash or an apostrophe other than the keyboard's, a capital İ as I and a combining dot.
	 */
	@Test
	void sexAndCitizenshipCopiedFromElsewhereAreReadAsTyped() {
		List<RowMessage> notices = new ArrayList<>();
		assertThat(RecordChecks.sex("Kadın\u00A0", notices)).isEqualTo(Sex.F);
		assertThat(RecordChecks.sex("ＥＲＫＥＫ", notices)).isEqualTo(Sex.M);
		assertThat(RecordChecks.citizenship("Suudi\u00A0Arabistan", notices, Locale.ENGLISH)).containsExactly("SAU");
		assertThat(RecordChecks.citizenship("Suriye\u200B", notices, Locale.ENGLISH)).containsExactly("SYR");
		assertThat(RecordChecks.citizenship("ＴＵＲ", notices, Locale.ENGLISH)).containsExactly("TUR");
		assertThat(RecordChecks.citizenship("TU\u0308RKI\u0307YE", notices, Locale.ENGLISH)).containsExactly("TUR");
		assertThat(RecordChecks.citizenship("Guinea–Bissau", notices, Locale.ENGLISH)).containsExactly("GNB");
		assertThat(RecordChecks.citizenship("Côte d‘Ivoire|Cote dʼIvoire", notices, Locale.ENGLISH))
			.containsExactly("CIV");
		assertThat(RecordChecks.citizenship("Geçici\u00A0koruma", notices, Locale.ENGLISH)).isEmpty();
		assertThat(notices).extracting(RowMessage::key).containsExactly("matching.cli.row.protectionStatus");
	}

	// --- 6: workbooks ------------------------------------------------------------------------------------------

	@Test
	void anOutputNamedXlsxIsAWorkbookOfTextAndNumberCells() throws Exception {
		Path input = file("records.csv", HEADER
				+ "\"=HYPERLINK(\"\"http://example.org/\"\",\"\"open\"\")\",Fatma,Hüseyni,,1994-03-12,,F,AFG\n"
				+ "+905551112233,Fatma,Hüseyni,,1994-03-12,,F,AFG\n"
				+ "Ş-17,Fatma,Huseyni,,1994-03-12,,F,AFG\n"
				+ "x1,Olga,Petrova,,1988-11-02,,F,UKR\n");
		Path pairs = dir.resolve("Pairs.XLSX");
		Path clusters = dir.resolve("clusters.xlsx");
		assertThat(run("--input", input.toString(), "--output", pairs.toString(), "--clusters", clusters.toString()))
			.isZero();
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(pairs))) {
			assertThat(workbook.getNumberOfSheets()).isOne();
			Sheet sheet = workbook.getSheet("pairs");
			assertThat(texts(sheet.getRow(0))).containsExactly("left_id", "right_id", "score", "decision", "explanation");
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
			List<String> ids = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				for (Cell cell : row) {
					assertThat(cell.getCellType()).isIn(CellType.STRING, CellType.NUMERIC);
				}
				ids.add(row.getCell(0).getStringCellValue());
				ids.add(row.getCell(1).getStringCellValue());
				assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(row.getCell(2).getNumericCellValue()).isBetween(0.0, 1.0);
				assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0000");
				assertThat(row.getCell(3).getStringCellValue()).isEqualTo("MATCH");
				assertThat(row.getCell(4).getStringCellValue()).contains("same date of birth");
			}
			// as they are: a text cell runs nothing, and needs no apostrophe
			assertThat(ids).contains("=HYPERLINK(\"http://example.org/\",\"open\")", "+905551112233", "Ş-17")
				.doesNotContain("'+905551112233");
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(clusters))) {
			Sheet sheet = workbook.getSheet("clusters");
			assertThat(texts(sheet.getRow(0))).containsExactly("id", "cluster_id");
			assertThat(texts(sheet.getRow(4))).containsExactly("x1", "x1");
			assertThat(texts(sheet.getRow(3))).containsExactly("Ş-17", "=HYPERLINK(\"http://example.org/\",\"open\")");
		}
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pairs))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(clusters))).isEqualTo("rw-------");
		try (var files = Files.list(dir)) {
			assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
		}
		// another name is CSV, as before
		assertThat(run("--input", input.toString(), "--output", dir.resolve("pairs.txt").toString())).isZero();
		assertThat(Files.readString(dir.resolve("pairs.txt"))).startsWith("left_id,right_id,score,decision,explanation")
			.contains("'+905551112233,");
		// the input is not written over, whatever the output's kind
		Path workbook = dir.resolve("records.xlsx");
		Files.copy(pairs, workbook);
		assertThat(run("--input", workbook.toString(), "--output", workbook.toString())).isEqualTo(2);
		assertThat(errors()).contains("is named by both --input and --output: the command would write over it");
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach(cell -> texts.add(cell.getStringCellValue()));
		return texts;
	}

	@Test
	void rowsBeyondASheetGoOnTheNextSheets() throws Exception {
		Path file = dir.resolve("pairs.xlsx");
		TableWriter.writeWorkbook(file, new Table("pairs", List.of("id", "score"), 5,
				i -> List.of("r" + i, 0.5)), 2);
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			assertThat(workbook.getSheetName(1)).isEqualTo("pairs 2");
			Sheet last = workbook.getSheet("pairs 3");
			assertThat(texts(last.getRow(0))).containsExactly("id", "score");
			assertThat(last.getRow(1).getCell(0).getStringCellValue()).isEqualTo("r4");
			assertThat(last.getLastRowNum()).isOne();
			assertThat(workbook.getSheet("pairs 2").getRow(2).getCell(0).getStringCellValue()).isEqualTo("r3");
		}
	}

	@Test
	void anIdLongerThanACellOfAWorkbookEndsTheRunWithoutAFile() throws Exception {
		String longId = "a".repeat(40_000);
		Path input = file("records.csv", HEADER + longId + ",Ali,Veli,,1990-01-01,,M,TUR\n"
				+ "b1,Ali,Veli,,1990-01-01,,M,TUR\n");
		// the ids do not fit the output's format: another name for it is the answer, as for a wrong argument
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.xlsx").toString())).isEqualTo(2);
		assertThat(errors()).contains("Cannot write the output: a text of 40000 characters (an id) is longer than a "
				+ "cell of a workbook holds (32767): name an output ending in .csv");
		try (var files = Files.list(dir)) {
			assertThat(files.map(f -> f.getFileName().toString())).containsExactly("records.csv");
		}
	}

	// --- 7: the jar's arguments --------------------------------------------------------------------------------

	@Test
	void aMistypedCommandOrAnOptionOfMatchStartsNothing() {
		String commands = "\nCommands: java -jar opennrm.jar match --input records.csv --output pairs.csv ... matches a "
				+ "file (java -jar opennrm.jar match --help tells how); java -jar opennrm.jar create-admin ... and java "
				+ "-jar opennrm.jar verify-audit run the administrative commands; java -jar opennrm.jar alone starts the "
				+ "web application, its settings given as --name=value.";
		assertThat(OpenNrmApplication.refusal(new String[] { "Match", "--input", "base.csv", "--output", "p.csv" }))
			.contains("\"Match\" is no command of OpenNRM (did you mean match?); nothing was started." + commands);
		assertThat(OpenNrmApplication.refusal(new String[] { "macth", "--input", "base.csv" }))
			.contains("\"macth\" is no command of OpenNRM (did you mean match?); nothing was started." + commands);
		assertThat(OpenNrmApplication.refusal(new String[] { "verfy-audit" }))
			.contains("\"verfy-audit\" is no command of OpenNRM (did you mean verify-audit?); nothing was started."
					+ commands);
		assertThat(OpenNrmApplication.refusal(new String[] { "import", "base.csv" }))
			.contains("\"import\" is no command of OpenNRM, and the web application takes no such argument; nothing "
					+ "was started." + commands);
		assertThat(OpenNrmApplication.refusal(new String[] { "--server.port=9090", "match", "--input", "base.csv" }))
			.contains("match must be the first argument; nothing was started." + commands);
		assertThat(OpenNrmApplication.refusal(new String[] { "--input", "base.csv", "--output", "p.csv" }))
			.contains("--input is an option of the match command, whose name must come first; nothing was started."
					+ commands);
		assertThat(OpenNrmApplication.refusal(new String[] { "--output=p.csv" }))
			.contains("--output is an option of the match command, whose name must come first; nothing was started."
					+ commands);
		assertThat(OpenNrmApplication.refusal(new String[] { "--clusters", "c.csv" })).isPresent();
		assertThat(OpenNrmApplication.refusal(new String[] { "--lang", "tr", "match", "--input", "base.csv" }))
			.contains("--lang, match komutunun bir seçeneğidir ve komut adından sonra yazılmalıdır; hiçbir şey başlatılmadı.\n"
					+ "Komutlar: java -jar opennrm.jar match --input kayitlar.csv --output ciftler.csv ... bir dosyayı "
					+ "eşleştirir (nasıl yapılacağını java -jar opennrm.jar match --help anlatır); java -jar opennrm.jar "
					+ "create-admin ... ve java -jar opennrm.jar verify-audit yönetim komutlarını çalıştırır; yalnızca "
					+ "java -jar opennrm.jar web uygulamasını başlatır, ayarları --ad=değer biçiminde verilir.");

		// the web application's own settings, and the commands
		assertThat(OpenNrmApplication.refusal(new String[0])).isEmpty();
		assertThat(OpenNrmApplication.refusal(new String[] { "--server.address=0.0.0.0", "--server.port=9090",
				"--spring.profiles.active=demo", "--debug" })).isEmpty();
		assertThat(OpenNrmApplication.refusal(new String[] { "match", "--input", "base.csv" })).isEmpty();
		assertThat(OpenNrmApplication.refusal(new String[] { "create-admin", "--username", "admin", "--full-name",
				"Name Surname" })).isEmpty();
		assertThat(OpenNrmApplication.refusal(new String[] { "verify-audit", "--opennrm.data-dir=/srv/opennrm" }))
			.isEmpty();
	}

	// --- 8 and 22: the limits ----------------------------------------------------------------------------------

	@Test
	void aMatchLimitAloneIsTakenAndAPossibleLimitAloneAboveTheDefaultMatchIsToldWhatToAdd() throws Exception {
		Path input = file("records.csv", FIVE_PEOPLE);
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--threshold-match",
				"0.2")).isZero();
		assertThat(errors()).doesNotContain("thresholds").contains("Records read: 5; skipped: 0");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--threshold-possible",
				"0.4")).isZero();

		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--threshold-possible",
				"0.6")).isEqualTo(2);
		assertThat(errors()).isEqualTo("--threshold-possible 0.6 is above the MATCH limit, which is 0.50 when "
				+ "--threshold-match is not given: give --threshold-match as well, at 0.6 or above.\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--threshold-possible",
				"0.6", "--lang", "tr")).isEqualTo(2);
		// the option's value as typed; the numbers of the message as Turkish writes them
		assertThat(errors()).isEqualTo("--threshold-possible 0.6, --threshold-match verilmediğinde 0,50 olan MATCH "
				+ "sınırının üstünde: --threshold-match seçeneğini de 0,6 ya da daha yüksek bir değerle verin.\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--threshold-possible",
				"0.6", "--threshold-match", "0.7")).isZero();
	}

	@Test
	void aLimitIsWrittenWithADecimalPointOrAComma() throws Exception {
		Path input = file("records.csv", HEADER + "a1,Ali,Karimi,,1990-02-03,,M,AFG\na2,Ali,Karimi,,1990-02-03,,M,AFG\n"
				+ "a3,Ali,Karimi,,,1990,M,AFG\nz1,Zahra,Ahmadi,,1990-05-05,,F,IRN\nz2,Zahra,Ahmedi,,,1991,F,IRN\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("point.csv").toString(),
				"--threshold-match", "0.7", "--threshold-possible", "0.1")).isZero();
		// as a Turkish user writes them
		assertThat(run("--input", input.toString(), "--output", dir.resolve("comma.csv").toString(),
				"--threshold-match", "0,7", "--threshold-possible", "0,1")).isZero();
		assertThat(Files.readString(dir.resolve("comma.csv"))).isEqualTo(Files.readString(dir.resolve("point.csv")))
			.contains("a1,a2,");
		// read as the numbers they are, in the checks of the limits too
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--threshold-possible",
				"0,6")).isEqualTo(2);
		assertThat(errors()).startsWith("--threshold-possible 0,6 is above the MATCH limit, which is 0.50 when "
				+ "--threshold-match is not given: give --threshold-match as well, at 0.6 or above.");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--threshold-match",
				",01", "--lang", "tr")).isEqualTo(2);
		assertThat(errors()).startsWith("--threshold-match ,01, 0,05 değerinin altında:");
		// anything else is no number: its option and its value are named, with the range
		for (String wrong : new String[] { "0,5,1", "0.5.1", "0,5.1", "1e-1", "0.5d", "NaN", "½", "-0.5", "0. 5", "," }) {
			assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--threshold-match",
					wrong)).as(wrong).isEqualTo(2);
			assertThat(errors()).as(wrong).isEqualTo("--threshold-match \"" + wrong + "\" is not a limit written with "
					+ "digits and a decimal point or comma (0.5 or 0,5): give a number from 0.05 to 1.\n");
		}
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--threshold-possible",
				"0;3", "--lang", "tr")).isEqualTo(2);
		assertThat(errors()).isEqualTo("--threshold-possible \"0;3\", rakamlarla ve ondalık virgül ya da noktayla "
				+ "yazılmış bir sınır değil (0,5 ya da 0.5): 0 ile 1 arasında bir sayı verin.\n");
		assertThat(Files.exists(dir.resolve("p.csv"))).isFalse();
	}

	/** A limit out of its range names its option, its value and the range or order it must keep, in both languages. */
	@Test
	void aLimitOutOfItsRangeIsNamedWithItsOptionAndTheRange() throws Exception {
		Path input = file("records.csv", FIVE_PEOPLE);
		String[][] refused = {
				{ "--threshold-match", "1.5", "", "", "--threshold-match 1.5 is above 1: scores lie from 0 to 1, so no "
						+ "pair would reach it. Give a number from 0.05 to 1.", "--threshold-match 1.5, 1'den büyük: "
						+ "puanlar 0 ile 1 arasındadır, hiçbir çift bu sınıra ulaşmazdı. 0,05 ile 1 arasında bir sayı verin." },
				{ "--threshold-possible", "1,5", "--threshold-match", "1", "--threshold-possible 1,5 is above 1: scores "
						+ "lie from 0 to 1, so no pair would reach it. Give a number from 0 to 1.", "--threshold-possible "
						+ "1,5, 1'den büyük: puanlar 0 ile 1 arasındadır, hiçbir çift bu sınıra ulaşmazdı. 0 ile 1 arasında "
						+ "bir sayı verin." },
				{ "--threshold-possible", "0.7", "--threshold-match", "0,5", "--threshold-possible 0.7 is above "
						+ "--threshold-match 0,5: the POSSIBLE limit must be at most the MATCH limit (pairs from the MATCH "
						+ "limit are MATCH, those from the POSSIBLE limit up to it POSSIBLE).", "--threshold-possible 0.7, "
						+ "--threshold-match 0,5 değerinin üstünde: POSSIBLE sınırı en çok MATCH sınırı kadar olabilir "
						+ "(MATCH sınırından itibaren çiftler MATCH, POSSIBLE sınırından ona kadar olanlar POSSIBLE olur)." },
				{ "--threshold-match", "0.99995", "", "", "--threshold-match 0.99995 has more than 4 decimals: the "
						+ "outputs write a score with 4, and a pair reaches a limit exactly when its score as written does. "
						+ "Give at most 4 decimals.", "--threshold-match 0.99995, 4 ondalık basamaktan fazlasını içeriyor: "
						+ "çıktılar puanı 4 ondalık basamakla yazar ve bir çift, ancak yazılan puanı bir sınıra ulaşıyorsa o "
						+ "sınıra ulaşır. En çok 4 ondalık basamak verin." },
				{ "--threshold-match", "NaN", "", "", "--threshold-match \"NaN\" is not a limit written with digits and "
						+ "a decimal point or comma (0.5 or 0,5): give a number from 0.05 to 1.", "--threshold-match "
						+ "\"NaN\", rakamlarla ve ondalık virgül ya da noktayla yazılmış bir sınır değil (0,5 ya da 0.5): "
						+ "0,05 ile 1 arasında bir sayı verin." } };
		for (String[] limit : refused) {
			for (int language = 0; language < 2; language++) {
				List<String> args = new ArrayList<>(List.of("--input", input.toString(), "--output",
						dir.resolve("p.csv").toString(), limit[0], limit[1], "--lang", language == 0 ? "en" : "tr"));
				if (!limit[2].isEmpty()) {
					args.addAll(List.of(limit[2], limit[3]));
				}
				assertThat(run(args.toArray(String[]::new))).as(limit[1]).isEqualTo(2);
				assertThat(errors()).isEqualTo(limit[4 + language] + "\n");
			}
		}
		assertThat(Files.exists(dir.resolve("p.csv"))).isFalse();
		// four decimals, trailing zeros aside, are a limit
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--threshold-match",
				"0.99990", "--threshold-possible", "0.1000")).isZero();
	}

	/**
	 * A score is written cut to four decimals, not rounded: a pair is MATCH or POSSIBLE exactly when its score as
	 * written reaches the limit. Rounded, a pair scored 0.99996 was written 1.0000 and POSSIBLE under a MATCH limit of 1.
	 */
	@Test
	void aScoreAsWrittenReachesALimitExactlyWhenThePairDoes() throws Exception {
		Path input = file("records.csv", HEADER + "a1,Ali,Karimi,,1990-02-03,,M,AFG\na2,Ali,Karimi,,1990-02-03,,M,AFG\n"
				+ "z1,Zahra,Ahmadi,,1990-05-05,,F,IRN\nz2,Zahra,Ahmadi,,1990-05-05,,F,IRN\n");
		for (String output : List.of("p.csv", "p.xlsx")) {
			assertThat(run("--input", input.toString(), "--output", dir.resolve(output).toString(), "--threshold-match",
					"1", "--threshold-possible", "0.5")).isZero();
		}
		List<String> rows = Files.readAllLines(dir.resolve("p.csv")).subList(1, 3);
		assertThat(rows).allSatisfy(row -> assertThat(row).matches("(a1,a2|z1,z2),0\\.9999,POSSIBLE,.*"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(dir.resolve("p.xlsx")))) {
			assertThat(workbook.getSheet("pairs").getRow(1).getCell(2).getNumericCellValue()).isEqualTo(0.9999);
		}
		assertThat(TableWriter.written(0.29).toPlainString()).isEqualTo("0.2900");
		assertThat(TableWriter.written(0.49999).toPlainString()).isEqualTo("0.4999");
		assertThat(TableWriter.written(0.5).toPlainString()).isEqualTo("0.5000");
		assertThat(TableWriter.written(1).toPlainString()).isEqualTo("1.0000");
	}

	@Test
	void aMatchLimitBelowWhatTheClustersTakeIsRefused() throws Exception {
		Path input = file("records.csv", FIVE_PEOPLE);
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--threshold-match",
				"0", "--threshold-possible", "0")).isEqualTo(2);
		assertThat(errors()).isEqualTo("--threshold-match 0 is below 0.05: no pair scored below 0.05 is taken as "
				+ "MATCH (the clusters, which decide MATCH, take none), so the limit would not do what it says. Give 0.05 "
				+ "or more.\n");
		assertThat(Files.exists(dir.resolve("p.csv"))).isFalse();
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--threshold-match",
				"0.01", "--lang", "tr")).isEqualTo(2);
		assertThat(errors()).isEqualTo("--threshold-match 0.01, 0,05 değerinin altında: 0,05 altında puan alan hiçbir "
				+ "çift MATCH sayılmaz (MATCH kararını veren kümeler böyle bir çifti almaz), bu yüzden sınır söylediğini "
				+ "yapmazdı. 0,05 ya da daha yüksek bir değer verin.\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--threshold-match",
				"0.05", "--threshold-possible", "0")).isZero();
	}

	// --- 12: the options ---------------------------------------------------------------------------------------

	@Test
	void helpIsTheUsageOnStandardOutput() {
		assertThat(run("--help")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith(usage());
		assertThat(errors()).isEmpty();
		assertThat(run("--lang", "tr", "--help")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Kullanım: java -jar opennrm.jar match")
			.contains("[--threshold-match 0,50] [--threshold-possible 0,25]")
			.contains("Türkçe Excel'in kaydettiği bir CSV dosyası windows-1254 metindir")
			.contains("Girdi sütunları: kayit_no,ad,soyadi,ozgun_ad_soyad,dogum_tarihi,dogum_yili,cinsiyet,vatandaslik "
					+ "ya da İngilizce adlarıyla id,given_names,family_names,full_name_original,birth_date,birth_year,sex,"
					+ "citizenship (README'ye bakın).");
		// an apostrophe is written as it is: one alone began a quoted part that swallowed the rest of the sentence
		assertThat(run("--help")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("even where its text looks like another encoding's, "
				+ "which --encoding refuses. A CSV file saved by a Turkish Excel is windows-1254 text")
			.contains("Input columns: id,given_names,family_names,full_name_original,birth_date,birth_year,sex,"
					+ "citizenship, or by their Turkish names kayit_no,ad,soyadi,ozgun_ad_soyad,dogum_tarihi,dogum_yili,"
					+ "cinsiyet,vatandaslik (see the README).");
	}

	/**
	 * Every message of the command is a pattern of {@link java.text.MessageFormat}, in which an apostrophe alone begins
	 * a quoted part ("encoding's, which" lost its apostrophe and printed its {0} as such): each is written twice.
	 */
	@Test
	void noMessageOfTheCommandHoldsAnApostropheAlone() throws Exception {
		for (String bundle : List.of("messages.properties", "messages_tr.properties")) {
			java.util.Properties messages = new java.util.Properties();
			try (var in = getClass().getResourceAsStream("/i18n/matching/" + bundle)) {
				messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
			}
			assertThat(messages.stringPropertyNames().stream().filter(key -> key.startsWith("matching.cli."))
				.filter(key -> messages.getProperty(key).replace("''", "").contains("'")))
				.as(bundle).isEmpty();
		}
	}

	@Test
	void aWrongArgumentIsNamedBeforeTheUsage() throws Exception {
		Path input = file("records.csv", FIVE_PEOPLE);
		String output = dir.resolve("p.csv").toString();
		assertThat(run("--input", input.toString(), "--output", output, "--bogus", "x")).isEqualTo(2);
		assertThat(errors()).startsWith("Unknown option: --bogus.\n" + usage());
		assertThat(run("--input", input.toString(), "--output", output, "--lang", "xx")).isEqualTo(2);
		assertThat(errors()).startsWith("--lang must be tr or en, not \"xx\".\n" + usage());
		assertThat(run("--input", input.toString(), "--output")).isEqualTo(2);
		assertThat(errors()).startsWith("--output needs a value.\n" + usage());
		assertThat(run("--input", "--output", output)).isEqualTo(2);
		assertThat(errors()).startsWith("--input needs a value.\n" + usage());
		assertThat(run("--input", input.toString(), "--input", input.toString(), "--output", output)).isEqualTo(2);
		assertThat(errors()).startsWith("--input is given more than once: give it once.\n" + usage());
		assertThat(run("--input", "", "--output", output)).isEqualTo(2);
		assertThat(errors()).startsWith("The value of --input is empty.\n" + usage());
		assertThat(run("--input", input.toString(), "--output", "")).isEqualTo(2);
		assertThat(errors()).startsWith("The value of --output is empty.\n" + usage());
		assertThat(run("--input", input.toString())).isEqualTo(2);
		assertThat(errors()).startsWith("--output is missing.\n" + usage());
		assertThat(run("--input", input.toString(), "extra", "--output", output)).isEqualTo(2);
		assertThat(errors()).startsWith("\"extra\" is not an option: options begin with -- and each is followed by "
				+ "its value.\n" + usage());
		assertThat(Files.exists(dir.resolve("p.csv"))).isFalse();
	}

	@Test
	void theLanguageAppliesToEveryMessageWhereverItIsOnTheLineInAnyCase() throws Exception {
		assertThat(run("--lang", "tr", "--input", "a.csv", "--output")).isEqualTo(2);
		assertThat(errors()).startsWith("--output için bir değer gerekir.\nKullanım: java -jar opennrm.jar match");
		assertThat(run("--bogus", "x", "--lang", "tr")).isEqualTo(2);
		assertThat(errors()).startsWith("Bilinmeyen seçenek: --bogus.\nKullanım:");
		assertThat(run("--input", file("records.csv", FIVE_PEOPLE).toString(), "--output",
				dir.resolve("p.csv").toString(), "--lang", "TR")).isZero();
		assertThat(errors()).contains("Okunan kayıt: 5; atlanan: 0");
	}

	// --- 13: messages ------------------------------------------------------------------------------------------

	@Test
	void messagesOfWholeFilesReadAsTheyShould() throws Exception {
		Path xls = dir.resolve("old.xls");
		Files.write(xls, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0 });
		assertThat(run("--input", xls.toString(), "--output", dir.resolve("p.csv").toString(), "--lang", "tr"))
			.isEqualTo(2);
		assertThat(errors()).isEqualTo(xls + " dosyası bir Excel 97-2003 çalışma kitabı (.xls) ve okunmuyor: Excel'de "
				+ "açıp .xlsx ya da CSV UTF-8 olarak kaydedin.\n");
		Path repeated = file("repeated.csv", HEADER.strip() + ",Given_Names\n" + "a1,Ahmet,Kaya,,,1990,M,TUR,\n");
		assertThat(run("--input", repeated.toString(), "--output", dir.resolve("p.csv").toString())).isEqualTo(2);
		assertThat(errors()).isEqualTo("The header names these columns more than once: given_names. The command "
				+ "cannot tell which of them holds the records' values; keep one column of each name.\n");
		assertThat(run("--input", repeated.toString(), "--output", dir.resolve("p.csv").toString(), "--lang", "tr"))
			.isEqualTo(2);
		assertThat(errors()).isEqualTo("Başlık şu sütunları birden fazla kez adlandırıyor: given_names. Kayıtların "
				+ "değerlerinin hangisinde olduğu anlaşılamaz; her addan tek sütun bırakın.\n");
	}

	// --- 15: citizenship codes ---------------------------------------------------------------------------------

	@Test
	void aCodeThatIsNoCountrysIsReportedAndLeftOut() throws Exception {
		Path input = file("records.csv", HEADER
				+ "t1,Ayşe,Demirci,,1990-04-01,,F,TUR\n"
				+ "t2,Ayşe,Demirci,,1990-04-01,,F,XYZ\n"
				+ "t3,Ayşe,Demirci,,1990-04-01,,F,TUR|xyz\n"
				+ "s1,Omar,Haddad,,1992-06-01,,M,SUR\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString())).isZero();
		assertThat(errors().lines()).contains(
				"Line 3: citizenship (a value of 3 characters, " + NOT_SHOWN + " holds a code the country list does not "
						+ "have (a code is a country's three letters (or two), such as SYR (SY) for Syria, AFG for "
						+ "Afghanistan, IRQ for Iraq, TUR (TR) for Türkiye, or ICAO's XXA for a stateless person), so the "
						+ "record is compared without it",
				"Line 4: citizenship (a value of 7 characters, " + NOT_SHOWN + " holds a code the country list does not "
						+ "have (a code is a country's three letters (or two), such as SYR (SY) for Syria, AFG for "
						+ "Afghanistan, IRQ for Iraq, TUR (TR) for Türkiye, or ICAO's XXA for a stateless person), so the "
						+ "record is compared without it");
		// Suriname's code is a code
		assertThat(errors()).doesNotContain("Line 5:");
		String pairs = Files.readString(dir.resolve("p.csv"));
		assertThat(pairs.lines().filter(line -> line.startsWith("t1,t2,")).findFirst().orElseThrow())
			.doesNotContain("citizenship");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--lang", "tr")).isZero();
		assertThat(errors().lines()).contains("Satır 3: citizenship (3 karakterlik bir değer; bir ad ya da bir kişinin "
				+ "numarası olabileceği için gösterilmiyor) ülke listesinde olmayan bir kod içeriyor (kod, bir ülkenin üç (ya "
				+ "da iki) harfidir: Suriye için SYR (SY), Afganistan için AFG, Irak için IRQ, Türkiye için TUR (TR) gibi; "
				+ "vatansız bir kişi için ICAO'nun kodu XXA), kayıt onsuz karşılaştırılır");
	}

	@Test
	void aCodeThatIsNoCountrysGetsTheHintItNeeds() throws Exception {
		Path input = file("records.csv", HEADER
				+ "a1,Omar,Haddad,,1992-06-01,,M,SYA\n"
				+ "a2,Omar,Haddad,,1992-06-01,,M,SRY\n"
				+ "a3,Ali,Kadhim,,1988-01-01,,M,IRK\n"
				+ "a4,Ali,Kadhim,,1988-01-01,,M,XXD\n"
				+ "a5,Nur,Kadhim,,1988-01-01,,F,NUR\n"
				+ "a6,Ali,Kadhim,,1988-01-01,,M,ALI\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString())).isZero();
		String code = " holds a code the country list does not have (";
		String without = "), so the record is compared without it";
		assertThat(errors().lines()).contains(
				"Line 2: citizenship (a value of 3 characters, " + NOT_SHOWN + code + "did you mean SYC (Seychelles), "
						+ "SYR (Syria)?" + without,
				// codes one letter away in one place, the place with the most: SYR, two letters swapped, would tell
				// all three letters of a value that may be a name
				"Line 3: citizenship (a value of 3 characters, " + NOT_SHOWN + code + "did you mean PRY (Paraguay), "
						+ "URY (Uruguay)?" + without,
				"Line 4: citizenship (a value of 3 characters, " + NOT_SHOWN + code + "did you mean IRL (Ireland), "
						+ "IRN (Iran), IRQ (Iraq)?" + without,
				// the reference data's codes and names, ICAO's too
				"Line 5: citizenship (a value of 3 characters, " + NOT_SHOWN + code + "did you mean XXA (Stateless), "
						+ "XXB (Refugee (1951 Convention)), XXC (Refugee (other))?" + without,
				// a name in the column: two of its letters told at most, as a value is quoted with two letters at most;
				// not NRU (Nauru), which would spell Nur
				"Line 6: citizenship (a value of 3 characters, " + NOT_SHOWN + code + "did you mean NER (Niger), "
						+ "NOR (Norway)?" + without,
				"Line 7: citizenship (a value of 3 characters, " + NOT_SHOWN + code + "did you mean ALA (Åland "
						+ "Islands), ALB (Albania)?" + without);
		assertThat(errors()).doesNotContain("SUR is Suriname");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--lang", "tr")).isZero();
		assertThat(errors()).contains("(SYC (Seyşeller), SYR (Suriye) mi demek istediniz?)",
				"(IRL (İrlanda), IRN (İran), IRQ (Irak) mi demek istediniz?)",
				"(XXA (Vatansız), XXB (Mülteci (1951 Cenevre Sözleşmesi)), XXC (Mülteci (diğer)) mi demek istediniz?)");
	}

	/**
	 * ICAO's codes of a stateless person and a refugee, and Kosovo's, are citizenships, read by code and by name: two
	 * stateless records agree; one against a country's is no disagreement (a stateless Kurd registered as Syrian by
	 * another agency), and "nationality unspecified" (XXX) is no citizenship.
	 */
	@Test
	void aStatelessPersonsOrARefugeesCitizenshipIsRead() throws Exception {
		Path input = file("records.csv", HEADER
				+ "s1,Rojda,Xelil,,1996-02-11,,F,XXA\n"
				+ "s2,Rojda,Xelil,,1996-02-11,,F,Vatansız\n"
				+ "s3,Rojda,Xelil,,1996-02-11,,F,stateless\n"
				+ "s4,Rojda,Xelil,,1996-02-11,,F,SYR\n"
				+ "s5,Rojda,Xelil,,1996-02-11,,F,XXX\n"
				+ "s6,Rojda,Xelil,,1996-02-11,,F,IRQ\n"
				+ "r1,Baran,Kosumi,,1990-07-30,,M,Kosova\n"
				+ "r2,Baran,Kosumi,,1990-07-30,,M,RKS\n"
				+ "r3,Baran,Kosumi,,1990-07-30,,M,xxb\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString())).isZero();
		assertThat(errors()).doesNotContain("Line ").contains("Records read: 9; skipped: 0;");
		List<String> pairs = Files.readString(dir.resolve("p.csv")).lines().toList();
		assertThat(pairs).filteredOn(line -> line.startsWith("s1,s2,") || line.startsWith("s1,s3,")
				|| line.startsWith("r1,r2,"))
			.hasSize(3)
			.allSatisfy(line -> assertThat(line).contains("same citizenship"));
		assertThat(pairs).filteredOn(line -> line.startsWith("s1,s4,") || line.startsWith("s1,s6,")
				|| line.startsWith("r1,r3,"))
			.hasSize(3)
			.allSatisfy(line -> assertThat(line).contains("citizenship counted neither for nor against")
				.doesNotContain("different citizenship"));
		assertThat(pairs).filteredOn(line -> line.startsWith("s4,s5,") || line.startsWith("s1,s5,"))
			.hasSize(2)
			.allSatisfy(line -> assertThat(line).doesNotContain("citizenship"));
		assertThat(pairs).filteredOn(line -> line.startsWith("s4,s6,")).singleElement().asString()
			.contains("different citizenship");
		assertThat(RecordChecks.citizenship("VATANSIZ|Uyruğu belirtilmemiş", new ArrayList<>(), Locale.ENGLISH))
			.containsExactly("XXA", "XXX");
	}

	/**
	 * "Mülteci" or "refugee" alone is a refugee of either of ICAO's kinds: it agrees with a record of either, and, as
	 * they do, counts neither for nor against a country. A protection status is no citizenship: beside a country it is
	 * left out, alone it is reported and the record compared without citizenship.
	 */
	@Test
	void aRefugeeWithoutTheKindIsReadAndAProtectionStatusIsNoCitizenship() throws Exception {
		Path input = file("records.csv", HEADER
				+ "m1,Rojda,Xelil,,1996-02-11,,F,Mülteci\n"
				+ "m2,Rojda,Xelil,,1996-02-11,,F,XXB\n"
				+ "m3,Rojda,Xelil,,1996-02-11,,F,xxc\n"
				+ "m4,Rojda,Xelil,,1996-02-11,,F,refugee\n"
				+ "m5,Rojda,Xelil,,1996-02-11,,F,SYR\n"
				+ "m6,Rojda,Xelil,,1996-02-11,,F,Şartlı mülteci\n"
				+ "g1,Hiba,Kaddour,,2001-05-20,,F,Suriye/Geçici koruma\n"
				+ "g2,Hiba,Kaddour,,2001-05-20,,F,SYR\n"
				+ "g3,Hiba,Kaddour,,2001-05-20,,F,Geçici koruma\n"
				+ "g4,Hiba,Kaddour,,2001-05-20,,F,IRQ\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString())).isZero();
		assertThat(errors().lines().filter(line -> line.startsWith("Line "))).containsExactly(
				"Line 10: citizenship \"Geçici koruma\" is a protection status, not a citizenship: a person under "
						+ "temporary or subsidiary protection, or who applied for protection, keeps the citizenship they "
						+ "have (a Syrian under temporary protection is SYR), so the record is compared without it");
		List<String> pairs = Files.readString(dir.resolve("p.csv")).lines().toList();
		assertThat(pairs).filteredOn(line -> line.startsWith("m1,m2,") || line.startsWith("m1,m3,")
				|| line.startsWith("m1,m4,") || line.startsWith("m1,m6,") || line.startsWith("g1,g2,"))
			.hasSize(5)
			.allSatisfy(line -> assertThat(line).contains("same citizenship"));
		// ICAO's two kinds are not one, and a refugee's code against a country's is no disagreement
		assertThat(pairs).filteredOn(line -> line.startsWith("m2,m3,") || line.startsWith("m1,m5,"))
			.hasSize(2)
			.allSatisfy(line -> assertThat(line).contains("citizenship counted neither for nor against"));
		assertThat(pairs).filteredOn(line -> line.startsWith("g1,g4,")).singleElement().asString()
			.contains("different citizenship");
		assertThat(pairs).filteredOn(line -> line.startsWith("g1,g3,") || line.startsWith("g3,g4,"))
			.hasSize(2)
			.allSatisfy(line -> assertThat(line).doesNotContain("citizenship"));
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--lang", "tr")).isZero();
		assertThat(errors().lines()).contains("Satır 10: citizenship \"Geçici koruma\" bir koruma statüsü, vatandaşlık "
				+ "değil: geçici ya da ikincil koruma altındaki ya da koruma için başvurmuş kişi sahip olduğu vatandaşlığı "
				+ "korur (geçici koruma altındaki bir Suriyeli için SYR), kayıt onsuz karşılaştırılır");
	}

	// --- 16: the prior of a small file -------------------------------------------------------------------------

	@Test
	void aFileTooSmallToTellItsRepeatsSaysSo() throws Exception {
		Path input = file("records.csv", FIVE_PEOPLE);
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString())).isZero();
		assertThat(errors().lines()).contains("Prior: 0 near-certain pairs among 5 records, too few records to tell "
				+ "how often this file registers people again: the prior is used as fitted.");
		assertThat(errors()).doesNotContain("per record");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--lang", "tr")).isZero();
		assertThat(errors().lines()).contains("Ön olasılık: 5 kayıtta 0 neredeyse kesin çift; kayıtlar, bu dosyada "
				+ "kişilerin ne sıklıkla yeniden kaydedildiğini söylemeye yetmeyecek kadar az: ön olasılık öğrenildiği "
				+ "gibi kullanıldı.");
	}

	@Test
	void oneIsSaidInTheSingularAndTurkishWritesItsDecimalsWithAComma() throws Exception {
		Path input = file("records.csv", HEADER + "a1,Ali,Karimi,,1990-02-03,,M,AFG\na2,Ali,Karimi,,1990-02-03,,M,AFG\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString())).isZero();
		assertThat(errors().lines()).contains("Prior: 1 near-certain pair among 2 records, too few records to tell how "
				+ "often this file registers people again: the prior is used as fitted.");
		assertThat(errors()).containsPattern("time: \\d+\\.\\d s\\.");
		Path one = file("one.csv", HEADER + "a1,Ali,Karimi,,1990-02-03,,M,AFG\n");
		assertThat(run("--input", one.toString(), "--output", dir.resolve("p.csv").toString())).isZero();
		assertThat(errors()).contains("Prior: 0 near-certain pairs among 1 record,", "Clusters: 1 for 1 record (");
		// the seconds and the rates as Turkish writes them; the scores of the pairs file keep their point
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--lang", "tr")).isZero();
		assertThat(errors()).containsPattern("süre: \\d+,\\d sn\\.");
		assertThat(Files.readString(dir.resolve("p.csv"))).containsPattern("a1,a2,[01]\\.\\d{4},MATCH,");
	}

	// --- 19: outputs and encodings --------------------------------------------------------------------------------

	@Test
	void anOutputNamedAsAWorkbookOfAnotherFormatIsRefused() throws Exception {
		Path input = file("records.csv", FIVE_PEOPLE);
		assertThat(run("--input", input.toString(), "--output", dir.resolve("out.xls").toString())).isEqualTo(2);
		assertThat(errors()).isEqualTo(dir.resolve("out.xls") + " (--output): the command writes no .xls file, and would "
				+ "write CSV text under that name. Name it .xlsx for an Excel workbook, or .csv for CSV text.\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--clusters",
				dir.resolve("c.ODS").toString(), "--lang", "tr")).isEqualTo(2);
		assertThat(errors()).contains("(--clusters): komut .ods dosyası yazmaz, bu adla CSV metni yazardı. Excel çalışma "
				+ "kitabı için adını .xlsx, CSV metni için .csv ile bitirin.");
		try (var files = Files.list(dir)) {
			assertThat(files.map(f -> f.getFileName().toString())).containsExactly("records.csv");
		}
	}

	/**
	 * An output the system refuses once its folder was found (a disk full, a file open in Excel, a file where a folder
	 * of its path should be) is told by what the user can do, in the run's language, never by the system's message,
	 * which names paths and states the user did not give: code 1, and no part of a file left.
	 */
	@Test
	void anOutputTheSystemRefusesIsToldByWhatTheUserCanDo() throws Exception {
		Path input = file("records.csv", FIVE_PEOPLE);
		// a file where a folder of its path should be, which the system refuses to root too ("Not a directory")
		Path underAFile = input.resolve("pairs.csv");
		assertThat(run("--input", input.toString(), "--output", underAFile.toString())).isEqualTo(1);
		assertThat(errors()).isEqualTo(underAFile + " could not be written (the output given with --output). The disk "
				+ "may be full, the file may be open in another program such as Excel, writing to it may not be "
				+ "permitted, or a part of its path may be a file rather than a folder. Free some space on the disk, "
				+ "close the file or give --output another path, then run the command again.\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("pairs.csv").toString(), "--clusters",
				underAFile.toString(), "--lang", "tr")).isEqualTo(1);
		assertThat(errors()).isEqualTo(underAFile + " yazılamadı (--clusters ile verilen çıktı). Disk dolu olabilir, "
				+ "dosya Excel gibi başka bir programda açık olabilir, dosyaya yazma izni olmayabilir ya da yolun bir "
				+ "parçası klasör değil dosya olabilir. Diskte yer açın, dosyayı kapatın ya da --clusters için başka bir "
				+ "yol verin; sonra komutu yeniden çalıştırın.\n");
		try (var files = Files.list(dir)) {
			assertThat(files.map(f -> f.getFileName().toString())).containsExactly("records.csv");
		}
	}

	/** Writing a part and moving it into place are refused as creating it is: by the output and its option. */
	@Test
	void anOutputRefusedWhileWrittenOrMovedIsToldByItsOption() throws Exception {
		Path pairs = dir.resolve("pairs.csv");
		Path clusters = dir.resolve("clusters.csv");
		OutputFiles outputs = new OutputFiles(Map.of("output", pairs));
		assertThat(outputs.createParts(CommandText.of(new String[0]))).isNull();
		Path part;
		try (var files = Files.list(dir)) {
			part = files.filter(f -> f.getFileName().toString().endsWith(".part")).findFirst().orElseThrow();
		}
		Table table = new Table("pairs", List.of("id"), 1, i -> List.of("a1"));
		// the part replaced by a folder: a part that cannot be written, then cannot be deleted
		Files.delete(part);
		Files.createDirectories(part.resolve("inside"));
		assertThatThrownBy(() -> outputs.write("output", table)).isInstanceOfSatisfying(OutputFiles.CannotWrite.class,
				refused -> assertThat(List.of(refused.option, refused.target)).containsExactly("output", pairs));
		List<Path> left = new ArrayList<>();
		outputs.deleteParts(left::add);
		assertThat(left).containsExactly(part);
		// a target that became a folder of files while the command ran
		OutputFiles moved = new OutputFiles(Map.of("clusters", clusters));
		assertThat(moved.createParts(CommandText.of(new String[0]))).isNull();
		moved.write("clusters", table);
		Files.createDirectories(clusters.resolve("inside"));
		assertThatThrownBy(moved::moveIntoPlace).isInstanceOfSatisfying(OutputFiles.CannotWrite.class,
				refused -> assertThat(List.of(refused.option, refused.target)).containsExactly("clusters", clusters));
	}

	@Test
	void anEncodingIsNamedOnceWhetherItIsForcedOrNot() throws Exception {
		Path input = file("records.csv", FIVE_PEOPLE);
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--encoding",
				"windows-1254", "--force-encoding", "windows-1254")).isEqualTo(2);
		assertThat(errors()).startsWith("--encoding and --force-encoding both name the input's encoding: give one of "
				+ "them.\n" + usage());
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--force-encoding",
				"windows-9999")).isEqualTo(2);
		assertThat(errors()).contains("Unknown encoding \"windows-9999\"");
		// --force-encoding is the command's option: the jar starts nothing else for it
		assertThat(OpenNrmApplication.refusal(new String[] { "--force-encoding", "windows-1254" }).orElseThrow())
			.startsWith("--force-encoding is an option of the match command, whose name must come first");
	}

	// --- 18: UTF-8 whatever the system's encoding ---------------------------------------------------------------

	@Test
	void messagesAreWrittenAsUtf8OnASystemOfAnotherEncoding() throws Exception {
		Path input = file("records.csv", HEADER + "a1,Ali,Karimi,,1990-02-30,,M,AFG\na2,Ali,Karimi,,,1990,M,AFG\n");
		// as with LANG=C: Java 17 writes System.err in the system's encoding, which is then ASCII
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Dfile.encoding=US-ASCII", "-Dsun.stdout.encoding=US-ASCII", "-Dsun.stderr.encoding=US-ASCII",
				"-cp", System.getProperty("java.class.path"), OpenNrmApplication.class.getName(),
				"match", "--lang", "tr", "--input", input.toString(), "--output", dir.resolve("p.csv").toString())
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		byte[] written = process.getErrorStream().readAllBytes();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isZero();
		String said = new String(written, StandardCharsets.UTF_8);
		assertThat(said).contains("Satır 2: atlandı: birth_date \"1990-02-30\" takvimde olmayan bir gün (30 Şubat gibi)")
			.contains("Okunan kayıt: 2; atlanan: 1");
		assertThat(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(written)).toString()).isEqualTo(said);
	}

}
