package app.unknot.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * openhtmltopdf-svg-support brings Batik 1.17, which has known advisories (XXE among
 * them); the build pins every Batik module and xmlgraphics-commons to newer releases. A
 * module left behind (a new transitive one, or a dependency update that wins over the
 * pin) fails here.
 */
class BatikVersionTests {

	/** A jar on the classpath named artifact-major.minor(.patch).jar. */
	private static final Pattern JAR = Pattern
		.compile("/((?:batik|xmlgraphics)-[a-z-]+)-(\\d+)\\.(\\d+)(?:\\.\\d+)?\\.jar!/");

	@Test
	void everyBatikModuleOnTheClasspathIsNewerThanTheVulnerableOne() throws IOException {
		Map<String, int[]> jars = xmlGraphicsJars();
		assertThat(jars).containsKeys("batik-transcoder", "batik-dom", "batik-xml", "batik-bridge", "batik-util",
				"xmlgraphics-commons");
		jars.forEach((artifact, version) -> {
			int[] least = artifact.startsWith("batik-") ? new int[] { 1, 19 } : new int[] { 2, 11 };
			assertThat(version[0] > least[0] || (version[0] == least[0] && version[1] >= least[1]))
				.as("%s %d.%d", artifact, version[0], version[1])
				.isTrue();
		});
	}

	/**
	 * The Batik and XML Graphics jars on the classpath with their major and minor
	 * versions.
	 */
	private static Map<String, int[]> xmlGraphicsJars() throws IOException {
		Map<String, int[]> jars = new TreeMap<>();
		for (URL manifest : Collections
			.list(BatikVersionTests.class.getClassLoader().getResources("META-INF/MANIFEST.MF"))) {
			Matcher jar = JAR.matcher(manifest.toString());
			if (jar.find()) {
				jars.put(jar.group(1), new int[] { Integer.parseInt(jar.group(2)), Integer.parseInt(jar.group(3)) });
			}
		}
		return jars;
	}

}
