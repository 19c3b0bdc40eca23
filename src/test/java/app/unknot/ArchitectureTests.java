package app.unknot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * How the packages may use each other. Every arrow points toward {@code catalog}, the
 * core (routines, steps, muscle groups, cautions), and toward {@code system}, the
 * cross-cutting pieces (security configuration, errors, the layout's advice, the entity
 * base class, the signed-in principal, the clock), which uses no feature package back:
 *
 * <pre>
 * system   → nothing
 * catalog  → system
 * account  → system
 * profile  → catalog, system
 * session  → profile, catalog, system
 * history  → session, catalog, system
 * editor   → catalog, system
 * sheet    → catalog, system
 * reminder → catalog, system
 * api      → history, session, profile, catalog, system
 * </pre>
 *
 * {@code api}, the JSON API, is the top layer: nothing uses it.
 *
 * Only the application's own classes are checked, tests left out.
 */
@AnalyzeClasses(packages = "app.unknot", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule packagesPointOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
		.layer("system")
		.definedBy("app.unknot.system..")
		.layer("catalog")
		.definedBy("app.unknot.catalog..")
		.layer("account")
		.definedBy("app.unknot.account..")
		.layer("profile")
		.definedBy("app.unknot.profile..")
		.layer("session")
		.definedBy("app.unknot.session..")
		.layer("history")
		.definedBy("app.unknot.history..")
		.layer("editor")
		.definedBy("app.unknot.editor..")
		.layer("sheet")
		.definedBy("app.unknot.sheet..")
		.layer("reminder")
		.definedBy("app.unknot.reminder..")
		.layer("api")
		.definedBy("app.unknot.api..")
		.whereLayer("system")
		.mayNotAccessAnyLayer()
		.whereLayer("catalog")
		.mayOnlyAccessLayers("system")
		.whereLayer("account")
		.mayOnlyAccessLayers("system")
		.whereLayer("profile")
		.mayOnlyAccessLayers("catalog", "system")
		.whereLayer("session")
		.mayOnlyAccessLayers("profile", "catalog", "system")
		.whereLayer("history")
		.mayOnlyAccessLayers("session", "catalog", "system")
		.whereLayer("editor")
		.mayOnlyAccessLayers("catalog", "system")
		.whereLayer("sheet")
		.mayOnlyAccessLayers("catalog", "system")
		.whereLayer("reminder")
		.mayOnlyAccessLayers("catalog", "system")
		.whereLayer("api")
		.mayOnlyAccessLayers("history", "session", "profile", "catalog", "system")
		.whereLayer("api")
		.mayNotBeAccessedByAnyLayer();

	@ArchTest
	static final ArchRule noPackageCycles = slices().matching("app.unknot.(*)..").should().beFreeOfCycles();

	/** Controllers only translate HTTP; nothing else calls them. */
	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.bePackagePrivate();

}
