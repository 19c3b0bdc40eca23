package app.unknot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * pom.xml sends test classes named {@code *BrowserTests} to the integration-test phase,
 * so that {@code ./mvnw test} stays quick. A test class that drives Chromium under any
 * other name would slip into the quick loop; this finds every compiled test class that
 * refers to {@link Chromium} or another helper of its package (itself or in a nested
 * class) and checks its name.
 */
class BrowserTestNamesTests {

	/** The names the test phase picks up by default: Test*, *Test, *Tests, *TestCase. */
	private static final Pattern TEST_CLASS = Pattern.compile("(.*\\.)?(Test[^.]*|[^.]*(Test|Tests|TestCase))");

	@Test
	void everyTestClassThatDrivesChromiumIsNamedBrowserTests() throws URISyntaxException, IOException {
		Path classes = Path.of(Chromium.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		String helpers = Chromium.class.getPackageName().replace('.', '/') + "/";
		List<String> drivers;
		try (Stream<Path> files = Files.walk(classes)) {
			drivers = files.filter(file -> file.toString().endsWith(".class"))
				.filter(file -> read(file).contains(helpers))
				.map(file -> topLevelClass(classes.relativize(file)))
				.filter(name -> TEST_CLASS.matcher(name).matches())
				.filter(name -> !name.equals(getClass().getName()))
				.distinct()
				.toList();
		}
		assertThat(drivers).as("test classes that use Chromium").isNotEmpty();
		assertThat(drivers)
			.as("test classes that use Chromium but would run in the test phase (name them *BrowserTests)")
			.filteredOn(name -> !name.endsWith("BrowserTests"))
			.isEmpty();
	}

	/**
	 * The class file as Latin-1 text: its constant pool names every class it refers to.
	 */
	private static String read(Path file) {
		try {
			return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	/** app/unknot/x/FooTests$Nested.class → app.unknot.x.FooTests */
	private static String topLevelClass(Path relative) {
		String name = relative.toString().replace(relative.getFileSystem().getSeparator(), ".");
		name = name.substring(0, name.length() - ".class".length());
		int nested = name.indexOf('$');
		return nested < 0 ? name : name.substring(0, nested);
	}

}
