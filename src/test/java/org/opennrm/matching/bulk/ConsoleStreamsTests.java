package org.opennrm.matching.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The encoding the command's messages are written in, by the system and its console. */
class ConsoleStreamsTests {

	@ParameterizedTest(name = "{0}, console {1}: {2}")
	@CsvSource({ "Windows 10, IBM857, IBM857", "Windows 11, windows-1254, windows-1254", "Windows 10, UTF-8, UTF-8",
			"Windows 10, , UTF-8", "Linux, US-ASCII, UTF-8", "Linux, , UTF-8", "Mac OS X, UTF-8, UTF-8" })
	void aWindowsConsoleGetsItsCodePageAndEverythingElseUtf8(String system, String console, String written) {
		assertThat(ConsoleStreams.charset(system, console == null ? null : Charset.forName(console)))
			.isEqualTo(Charset.forName(written));
	}

	@org.junit.jupiter.api.Test
	void aTurkishConsolesCodePageShowsTurkishLettersAndReplacesWhatItLacks() {
		Charset turkishConsole = ConsoleStreams.charset("Windows 10", Charset.forName("IBM857"));
		byte[] written = "Satır 3: atlandı – İğdır…".getBytes(turkishConsole);
		// as cmd.exe at code page 857 shows the bytes; in UTF-8 it showed "SatÄ±r"
		assertThat(new String(written, turkishConsole)).isEqualTo("Satır 3: atlandı ? İğdır?");
		assertThat(new String("Satır".getBytes(StandardCharsets.UTF_8), turkishConsole)).isNotEqualTo("Satır");
	}

}
