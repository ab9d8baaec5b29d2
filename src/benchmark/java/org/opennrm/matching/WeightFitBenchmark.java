package org.opennrm.matching;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.opennrm.matching.bench.BenchmarkData;
import org.opennrm.matching.bulk.BulkMatchCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the weights of the date of birth, sex and citizenship, the names' factors and the prior come from: a
 * logistic regression, in bits, of "same person" (the generator's truth) on the evidence of every pair the bulk
 * command compares and scores at least 0.001 in a generated register. One indicator per level of the dates (no
 * intercept: the level "date missing" carries the prior), the names' evidence part by part at face value (names
 * written alike, equivalent, similar, one keystroke apart, the correction for two names common together; the counts
 * of names agreeing with none and of names on one side only; given and family names swapped), and indicators for a
 * different sex, a shared and a different citizenship. Writes {@code target/benchmarks/matching-weights.md} beside
 * the weights in use; rounded, they are what {@link PersonMatcher} ships.
 *
 * <pre>./mvnw -Pbenchmark test -Dtest=WeightFitBenchmark [-Dbench.weights.sizes=10000,100000]</pre>
 */
@Tag("benchmark")
class WeightFitBenchmark {

	private static final double LN2 = Math.log(2);

	@Test
	void fitWeights() throws Exception {
		StringBuilder md = new StringBuilder("## Weights fitted on generated registers\n\nMachine: ")
			.append(BenchmarkData.machine()).append(". Seed ").append(BenchmarkData.SEED).append(".\n");
		for (int size : BenchmarkData.sizes("bench.weights.sizes", "10000,100000")) {
			Path[] data = BenchmarkData.dataset(size);
			Path pairs = BenchmarkData.DIR.resolve("weights-pairs-" + size + ".csv");
			int exit = BulkMatchCommand.run(new String[] { "--input", data[0].toString(), "--output", pairs.toString(),
					"--threshold-match", "0.5", "--threshold-possible", "0.001" }, System.out,
					new PrintStream(PrintStream.nullOutputStream()));
			assertThat(exit).isZero();
			md.append(fit(size, data[0], data[1], pairs));
		}
		BenchmarkData.write("matching-weights.md", md.toString());
		System.out.println(md);
	}

	private static String fit(int size, Path recordsFile, Path truthFile, Path pairsFile) throws IOException {
		Map<String, PersonRecord> records = new HashMap<>();
		List<PersonRecord> ordered = new ArrayList<>();
		for (CSVRecord row : read(recordsFile)) {
			PersonRecord record = new PersonRecord(row.get("id"), blank(row.get("given_names")), blank(row.get("family_names")),
					blank(row.get("full_name_original")),
					blank(row.get("birth_date")) == null ? null : LocalDate.parse(row.get("birth_date")),
					blank(row.get("birth_year")) == null ? null : Integer.valueOf(row.get("birth_year")),
					blank(row.get("sex")) == null ? null : Sex.valueOf(row.get("sex")),
					blank(row.get("citizenship")) == null ? List.of() : List.of(row.get("citizenship").split("\\|")));
			records.put(record.id(), record);
			ordered.add(record);
		}
		Map<String, String> person = new HashMap<>();
		for (CSVRecord row : read(truthFile)) {
			person.put(row.get("id"), row.get("person_id"));
		}
		// the matcher as the bulk command builds it: names written apart that the file writes whole joined, names
		// counted in the file, the file's size as the register's
		PersonMatcher base = PersonMatcher.standard();
		Map<String, PreparedPerson> prepared = new HashMap<>();
		NameFrequencies.Counter written = NameFrequencies.counter();
		for (PersonRecord record : ordered) {
			PreparedPerson p = base.prepare(record);
			prepared.put(record.id(), p);
			written.add(p);
		}
		NameFrequencies.Counter counter = NameFrequencies.counter();
		for (PersonRecord record : ordered) {
			PreparedPerson p = base.joinWrittenApart(prepared.get(record.id()), written::records);
			prepared.put(record.id(), p);
			counter.add(p);
		}
		PersonMatcher matcher = base.withFrequencies(counter.build()).withPopulation(ordered.size());

		List<PersonMatcher.Evidence> evidence = new ArrayList<>();
		List<Boolean> same = new ArrayList<>();
		for (CSVRecord row : read(pairsFile)) {
			evidence.add(matcher.evidence(prepared.get(row.get("left_id")), prepared.get(row.get("right_id"))));
			same.add(person.get(row.get("left_id")).equals(person.get(row.get("right_id"))));
		}
		Map<String, Integer> levels = new TreeMap<>();
		evidence.forEach(e -> levels.putIfAbsent(e.birthLevel(), 0));
		List<String> columns = new ArrayList<>(List.of("names written alike", "names equivalent", "names similar",
				"names one keystroke apart", "correction for names common together",
				"names agreeing with none, both written by many records (each)", "names agreeing with none, others (each)",
				"names on one side only (each)", "given and family names swapped", "first given name left, the other's first agreeing with a later one",
				"sex differs", "citizenship shared",
				"citizenship differs"));
		double n = NameComparison.NAME_EVIDENCE;
		double[] inUse = { NameComparison.SAME_FACTOR, NameComparison.EQUIVALENT_FACTOR, NameComparison.SIMILAR_FACTOR,
				NameComparison.SLIP_FACTOR, n, NameComparison.UNMATCHED_COMMON, NameComparison.UNMATCHED_RARE,
				n * NameComparison.EXTRA, n * NameComparison.SWAPPED, NameComparison.OWN_NAME_LEFT, FieldEvidence.SEX_DIFFERS, FieldEvidence.CITIZENSHIP_SHARED, FieldEvidence.CITIZENSHIP_DIFFERS };
		int fixed = columns.size();
		for (String level : levels.keySet()) {
			levels.put(level, columns.size());
			columns.add(level);
		}
		double[][] x = new double[evidence.size()][columns.size()];
		double[] y = new double[evidence.size()];
		for (int i = 0; i < evidence.size(); i++) {
			PersonMatcher.Evidence e = evidence.get(i);
			NameComparison.NameEvidence names = e.names();
			x[i][0] = names.same();
			x[i][1] = names.equivalent();
			x[i][2] = names.similar();
			x[i][3] = names.slip();
			x[i][4] = names.pairCorrection();
			x[i][5] = names.unmatched().common();
			x[i][6] = names.unmatched().rare();
			x[i][7] = names.extra();
			x[i][8] = names.swapped() ? 1 : 0;
			x[i][9] = names.ownNameLeft() ? 1 : 0;
			x[i][10] = e.sex() < 0 ? 1 : 0;
			x[i][11] = e.citizenship() > 0 ? 1 : 0;
			x[i][12] = e.citizenship() < 0 ? 1 : 0;
			x[i][levels.get(e.birthLevel())] = 1;
			y[i] = same.get(i) ? 1 : 0;
		}
		double[] w = logisticRegression(x, y);
		double missing = w[levels.get("birthMissing 0.0")];
		StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
				"%n### %,d records: %,d compared pairs scored at least 0.001, %,d of them one person%n%n", size,
				evidence.size(), same.stream().filter(b -> b).count()));
		md.append("| evidence | fitted | in use |\n|---|---|---|\n");
		md.append(String.format(Locale.ROOT, "| prior at this size, bits (minus the midpoint) | %.2f | %.2f |%n", missing,
				-(PersonMatcher.PRIOR_SLOPE * Math.log(size) / LN2 - PersonMatcher.PRIOR_OFFSET)));
		for (int c = 0; c < fixed; c++) {
			// the names' parts are factors of their face value; the counts and indicators are bits
			md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f |%n", columns.get(c), w[c], inUse[c]));
		}
		for (Map.Entry<String, Integer> level : levels.entrySet()) {
			String[] parts = level.getKey().split(" ");
			md.append(String.format(Locale.ROOT, "| date: %s (weight in use %s), against date missing | %.2f | %s |%n",
					parts[0], parts[1], w[level.getValue()] - missing, parts[1]));
		}
		return md.toString();
	}

	/** Maximum likelihood by iteratively reweighted least squares, the coefficients in bits (log base 2 odds). */
	static double[] logisticRegression(double[][] x, double[] y) {
		int m = x[0].length;
		double[] w = new double[m];
		for (int iteration = 0; iteration < 50; iteration++) {
			double[] gradient = new double[m];
			double[][] hessian = new double[m][m];
			for (int i = 0; i < x.length; i++) {
				double z = 0;
				for (int j = 0; j < m; j++) {
					z += x[i][j] * w[j];
				}
				double p = 1 / (1 + Math.exp(-z * LN2));
				double r = (p - y[i]) * LN2;
				double v = p * (1 - p) * LN2 * LN2;
				for (int j = 0; j < m; j++) {
					if (x[i][j] == 0) {
						continue;
					}
					gradient[j] += r * x[i][j];
					for (int l = 0; l < m; l++) {
						hessian[j][l] += v * x[i][j] * x[i][l];
					}
				}
			}
			for (int j = 0; j < m; j++) {
				hessian[j][j] += 1e-6; // a level no pair of one person reaches stays finite
			}
			double[] step = solve(hessian, gradient);
			double largest = 0;
			for (int j = 0; j < m; j++) {
				w[j] -= step[j];
				largest = Math.max(largest, Math.abs(step[j]));
			}
			if (largest < 1e-6) {
				break;
			}
		}
		return w;
	}

	/** a · s = b by Gaussian elimination with partial pivoting (a few dozen unknowns). */
	static double[] solve(double[][] a, double[] b) {
		int n = b.length;
		double[][] m = new double[n][];
		double[] r = b.clone();
		for (int i = 0; i < n; i++) {
			m[i] = a[i].clone();
		}
		for (int c = 0; c < n; c++) {
			int pivot = c;
			for (int i = c + 1; i < n; i++) {
				if (Math.abs(m[i][c]) > Math.abs(m[pivot][c])) {
					pivot = i;
				}
			}
			double[] row = m[c];
			m[c] = m[pivot];
			m[pivot] = row;
			double t = r[c];
			r[c] = r[pivot];
			r[pivot] = t;
			for (int i = c + 1; i < n; i++) {
				double f = m[i][c] / m[c][c];
				for (int j = c; j < n; j++) {
					m[i][j] -= f * m[c][j];
				}
				r[i] -= f * r[c];
			}
		}
		double[] s = new double[n];
		for (int i = n - 1; i >= 0; i--) {
			double sum = r[i];
			for (int j = i + 1; j < n; j++) {
				sum -= m[i][j] * s[j];
			}
			s[i] = sum / m[i][i];
		}
		return s;
	}

	private static Iterable<CSVRecord> read(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
