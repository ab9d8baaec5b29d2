package org.opennrm.matching.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a matcher as a black box with the bulk command's arguments, under {@code /usr/bin/time -v} when present
 * (Debian package {@code time}) to read its peak resident memory.
 *
 * <p>The command comes from {@code -Dbench.engine.cmd}; default {@code java -Xmx4g -jar
 * target/opennrm-0.1.0-SNAPSHOT.jar match}. {@code -Dbench.engine.cmd=duke} runs Duke through the same path
 * (the test classpath's {@link DukeMatcher}), which tests the harness end to end before the jar exists.
 */
public final class EngineRunner {

    public static final String DEFAULT_JAR = "target/opennrm-0.1.0-SNAPSHOT.jar";

    /** Outcome of one run; {@code peakRssKb} is -1 when it could not be measured. */
    public record Run(List<String> command, int exitCode, double elapsedSeconds, long peakRssKb, String stderrTail,
                      boolean timedOut) {
        public boolean ok() {
            return exitCode == 0 && !timedOut;
        }
    }

    private final List<String> base;

    private EngineRunner(List<String> base) {
        this.base = base;
    }

    /** The configured engine, or null when neither a command is configured nor the jar exists. */
    public static EngineRunner configured() {
        String cmd = System.getProperty("bench.engine.cmd", "").strip();
        if (cmd.equals("duke")) return duke();
        if (!cmd.isEmpty()) return new EngineRunner(Arrays.asList(cmd.split("\\s+")));
        if (Files.exists(Path.of(DEFAULT_JAR))) {
            return new EngineRunner(List.of("java", "-Xmx4g", "-jar", DEFAULT_JAR, "match"));
        }
        return null;
    }

    public static EngineRunner duke() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new EngineRunner(List.of("java", "-Xmx4g", "-cp", cp, DukeMatcher.class.getName(), "match"));
    }

    public String describe() {
        String s = String.join(" ", base);
        return s.length() > 120 ? s.replaceAll("-cp \\S+", "-cp <test classpath>") : s;
    }

    public Run run(Path input, Path output, Path clusters, long timeoutMinutes) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        Path timeFile = Files.createTempFile("bench-time", ".txt");
        boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
        if (timed) command.addAll(List.of("/usr/bin/time", "-v", "-o", timeFile.toString()));
        command.addAll(base);
        command.addAll(List.of("--input", input.toString(), "--output", output.toString()));
        if (clusters != null) command.addAll(List.of("--clusters", clusters.toString()));
        Path stderr = Files.createTempFile("bench-stderr", ".txt");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
        boolean finished = p.waitFor(timeoutMinutes, TimeUnit.MINUTES);
        if (!finished) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long rss = -1;
        if (timed) {
            String t = Files.readString(timeFile, StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)").matcher(t);
            if (m.find()) rss = Long.parseLong(m.group(1));
        }
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        Files.deleteIfExists(timeFile);
        Files.deleteIfExists(stderr);
        String tail = err.length() > 1500 ? err.substring(err.length() - 1500) : err;
        return new Run(command, finished ? p.exitValue() : -1, elapsed, rss, tail, !finished);
    }
}
