package app.unknot.api;

import static app.unknot.system.ResponseChecks.assertRevealsNoInternals;
import static app.unknot.system.ResponseChecks.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.unknot.catalog.CatalogQuery;
import app.unknot.catalog.Routine;
import app.unknot.catalog.RoutineCatalog;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public half of the JSON API: the catalog, as anyone may read it. */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogApiTests {

	private final MockMvcTester mvc;

	private final JsonMapper json;

	private final RoutineCatalog catalog;

	private final JdbcTemplate jdbc;

	CatalogApiTests(@Autowired MockMvcTester mvc, @Autowired JsonMapper json, @Autowired RoutineCatalog catalog,
			@Autowired JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.json = json;
		this.catalog = catalog;
		this.jdbc = jdbc;
	}

	private MvcTestResult get(String uri) {
		return mvc.get().uri(uri).exchange();
	}

	private JsonNode ok(String uri) {
		MvcTestResult result = get(uri);
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		return json.readTree(body(result));
	}

	private List<String> slugs(JsonNode items) {
		return items.valueStream().map(item -> item.get("slug").asString()).toList();
	}

	@Test
	void theFirstPageListsTheCatalogAsTheCatalogPageDoes() {
		JsonNode page = ok("/api/v1/routines");

		long total = catalog.search(CatalogQuery.ALL, 1).total();
		assertThat(page.get("totalItems").asLong()).isEqualTo(total).isGreaterThan(2);
		assertThat(page.get("page").asInt()).isEqualTo(1);
		assertThat(page.get("size").asInt()).isEqualTo(24);
		assertThat(slugs(page.get("items"))).containsExactlyElementsOf(
				catalog.search(CatalogQuery.ALL, 1).cards().stream().map(card -> card.routine().getSlug()).toList());
		JsonNode first = page.get("items").get(0);
		assertThat(first.get("href").asString()).isEqualTo("/api/v1/routines/" + first.get("slug").asString());
		assertThat(first.get("totalSeconds").asInt()).isPositive();
		assertThat(first.get("difficulty").asString()).isIn("gentle", "moderate", "firm");
	}

	@Test
	void pagesLinkToTheirNeighboursInTheBodyAndTheLinkHeader() {
		MvcTestResult second = get("/api/v1/routines?size=2&page=2&difficulty=gentle");

		assertThat(second).hasStatusOk();
		JsonNode page = json.readTree(body(second));
		long total = page.get("totalItems").asLong();
		int last = (int) ((total + 1) / 2);
		assertThat(last).as("gentle routines make at least three pages of two").isGreaterThanOrEqualTo(3);
		assertThat(page.get("items")).hasSize(2);
		JsonNode links = page.get("links");
		assertThat(links.get("self").asString()).isEqualTo("/api/v1/routines?difficulty=gentle&page=2&size=2");
		assertThat(links.get("first").asString()).isEqualTo("/api/v1/routines?difficulty=gentle&size=2");
		assertThat(links.get("prev").asString()).isEqualTo("/api/v1/routines?difficulty=gentle&size=2");
		assertThat(links.get("next").asString()).isEqualTo("/api/v1/routines?difficulty=gentle&page=3&size=2");
		assertThat(links.get("last").asString())
			.isEqualTo("/api/v1/routines?difficulty=gentle&page=" + last + "&size=2");
		assertThat(second.getResponse().getHeader("Link"))
			.isEqualTo("</api/v1/routines?difficulty=gentle&size=2>; rel=\"first\", "
					+ "</api/v1/routines?difficulty=gentle&size=2>; rel=\"prev\", "
					+ "</api/v1/routines?difficulty=gentle&page=3&size=2>; rel=\"next\", "
					+ "</api/v1/routines?difficulty=gentle&page=" + last + "&size=2>; rel=\"last\"");
	}

	@Test
	void aPagePastTheLastIsEmptyAndLinksBackToTheLast() {
		JsonNode page = ok("/api/v1/routines?page=999");

		assertThat(page.get("items")).isEmpty();
		assertThat(page.get("links").get("prev").asString()).isEqualTo(page.get("links").get("last").asString());
		assertThat(page.get("links").has("next")).isFalse();
	}

	@Test
	void theCatalogsFiltersAndSearchApply() {
		for (JsonNode routine : ok("/api/v1/routines?muscle=psoas&size=100").get("items")) {
			assertThat(routine.get("muscleGroups").valueStream().map(JsonNode::asString)).contains("psoas");
		}
		for (JsonNode routine : ok("/api/v1/routines?maxMinutes=10&size=100").get("items")) {
			assertThat(routine.get("totalSeconds").asInt()).isLessThanOrEqualTo(600);
		}
		for (JsonNode routine : ok("/api/v1/routines?equipment=foam-roller&size=100").get("items")) {
			assertThat(routine.get("equipment").valueStream().map(JsonNode::asString)).contains("foam-roller");
		}
		JsonNode searched = ok("/api/v1/routines?q=groin&size=100");
		assertThat(searched.get("totalItems").asLong()).isPositive()
			.isEqualTo(catalog.search(new CatalogQuery(null, null, null, null, null, "groin"), 1).total());
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', textBlock = """
			page        | 0
			page        | x
			page        | 100001
			page        | 99999999999999999999
			size        | 0
			size        | 101
			size        | -5
			muscle      | nope
			maxMinutes  | 1441
			maxMinutes  | ten
			equipment   | rope
			position    | upside-down
			difficulty  | brutal
			safe        | yes
			safe        | 1
			""")
	void aValueThatCannotBeUsedIsA400NamingIt(String name, String value) {
		MvcTestResult result = get("/api/v1/routines?" + name + "=" + value);

		assertProblem(result, HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo(name);
	}

	@Test
	void searchTextOverAHundredCharactersIsA400() {
		MvcTestResult result = get("/api/v1/routines?q=" + "a".repeat(101));

		assertProblem(result, HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("q");
	}

	@Test
	void aRoutineComesWithItsStepsTimingCautionsAndMuscleGroups() {
		JsonNode routine = ok("/api/v1/routines/psoas-ball-sphinx");

		Routine entity = catalog.getRoutineWithStepMuscles("psoas-ball-sphinx", null);
		assertThat(routine.get("title").asString()).isEqualTo(entity.getTitle());
		assertThat(routine.get("ownRoutine").asBoolean()).isFalse();
		assertThat(routine.get("totalSeconds").asInt()).isEqualTo(entity.getTotalSeconds())
			.isEqualTo(routine.get("steps")
				.valueStream()
				.mapToInt(step -> step.get("timing").get("totalSeconds").asInt())
				.sum());
		assertThat(routine.get("steps")).hasSize(entity.getSteps().size());
		JsonNode step = routine.get("steps").get(0);
		assertThat(step.get("number").asInt()).isEqualTo(1);
		assertThat(step.get("title").asString()).isEqualTo(entity.getSteps().get(0).getTitle());
		assertThat(step.get("timing").get("kind").asString()).isIn("duration", "reps", "untimed");
		assertThat(routine.get("muscleGroups").valueStream().map(group -> group.get("slug").asString()))
			.contains("psoas");
		List<Map.Entry<String, String>> cautions = routine.get("cautions")
			.valueStream()
			.map(caution -> Map.entry(caution.get("code").asString(), caution.get("tier").asString()))
			.toList();
		assertThat(cautions).hasSize(entity.getCautions().size());
		entity.getCautions()
			.forEach(caution -> assertThat(cautions)
				.contains(Map.entry(caution.getCode(), entity.tierOf(caution).name().toLowerCase().replace('_', '-'))));
	}

	@Test
	void anUnknownSlugIs404AndAMalformedOne400() {
		MvcTestResult unknown = get("/api/v1/routines/no-such-routine");
		assertProblem(unknown, HttpStatus.NOT_FOUND);
		assertThat(unknown).bodyJson().extractingPath("$.detail").asString().contains("no-such-routine");

		assertProblem(get("/api/v1/routines/" + "a".repeat(81)), HttpStatus.BAD_REQUEST);
		MvcTestResult script = mvc.get().uri("/api/v1/routines/{slug}", "<script>alert(1)").exchange();
		assertProblem(script, HttpStatus.BAD_REQUEST);
		assertThat(script.getResponse().getContentType()).doesNotContain("html");
	}

	@Test
	void muscleGroupsAndCautionsAreListedInTheCatalogsOrder() {
		JsonNode groups = ok("/api/v1/muscle-groups");
		assertThat(slugs(groups))
			.containsExactlyElementsOf(catalog.getMuscleGroups().stream().map(group -> group.getSlug()).toList());
		JsonNode psoas = groups.valueStream()
			.filter(group -> group.get("slug").asString().equals("psoas"))
			.findFirst()
			.orElseThrow();
		assertThat(psoas.get("routineCount").asLong()).isPositive();
		assertThat(psoas.get("routinesHref").asString()).isEqualTo("/api/v1/routines?muscle=psoas");

		JsonNode cautions = ok("/api/v1/cautions");
		assertThat(cautions.valueStream().map(caution -> caution.get("code").asString()))
			.containsExactlyElementsOf(jdbc.queryForList("SELECT code FROM caution ORDER BY sort_order", String.class));
		assertThat(cautions.valueStream().map(caution -> caution.get("tier").asString()))
			.containsOnly("do-not-start", "ask-professional", "adapt")
			.contains("do-not-start");
	}

	@Test
	void anUnchangedAnswerIs304ForItsEtag() {
		MvcTestResult first = get("/api/v1/routines/desk-break");
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).startsWith("W/\"");
		assertThat(first.getResponse().getHeader("Cache-Control")).contains("public").contains("max-age=60");

		MvcTestResult again = mvc.get().uri("/api/v1/routines/desk-break").header("If-None-Match", etag).exchange();
		assertThat(again).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(again.getResponse().getContentAsByteArray()).isEmpty();

		MvcTestResult other = mvc.get()
			.uri("/api/v1/routines/psoas-ball-sphinx")
			.header("If-None-Match", etag)
			.exchange();
		assertThat(other).hasStatusOk();
		for (String uri : List.of("/api/v1/routines", "/api/v1/muscle-groups", "/api/v1/cautions")) {
			String tag = get(uri).getResponse().getHeader("ETag");
			assertThat(mvc.get().uri(uri).header("If-None-Match", tag).exchange()).as(uri)
				.hasStatus(HttpStatus.NOT_MODIFIED);
		}
	}

	@Test
	void anUnknownAddressOrMethodIsAProblemToo() {
		assertProblem(get("/api/v1/nothing-here"), HttpStatus.NOT_FOUND);
		MvcTestResult post = mvc.post()
			.uri("/api/v1/routines")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.exchange();
		assertProblem(post, HttpStatus.METHOD_NOT_ALLOWED);
		assertThat(post.getResponse().getHeader("Allow")).contains("GET");
	}

	/** Problem details, whatever the client said it accepts. */
	static void assertProblem(MvcTestResult result, HttpStatus status) {
		assertThat(result).hasStatus(status);
		assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status.value());
		assertThat(result).bodyJson().extractingPath("$.detail").asString().isNotBlank();
		assertRevealsNoInternals(body(result));
	}

}
