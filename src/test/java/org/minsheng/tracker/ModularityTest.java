package org.minsheng.tracker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The features are application modules: no two depend on each other in a cycle, none
 * reaches into another's internal packages, and a feature offers the others services and
 * read models, never its repositories or web forms. The diagrams in {@code docs/modules/}
 * are written from the same model.
 */
class ModularityTest {

	private static final Path DIAGRAMS = Path.of("docs", "modules");

	private static final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

	private static final JavaClasses main = new ClassFileImporter()
		.withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackages(PortalApplication.class.getPackageName());

	@Test
	void featuresRespectEachOthersBoundaries() {
		modules.verify();
	}

	@Test
	void repositoriesAndFormsAreUsedOnlyInsideTheirFeature() {
		for (ApplicationModule module : modules) {
			String feature = module.getBasePackage().getName() + "..";
			classes().that()
				.resideInAPackage(feature)
				.and()
				.areAssignableTo(Repository.class)
				.should()
				.onlyHaveDependentClassesThat()
				.resideInAPackage(feature)
				.allowEmptyShould(true)
				.check(main);
			classes().that()
				.resideInAPackage(feature)
				.and()
				.haveSimpleNameEndingWith("Form")
				.should()
				.onlyHaveDependentClassesThat()
				.resideInAPackage(feature)
				.allowEmptyShould(true)
				.check(main);
		}
	}

	@Test
	void writesTheModuleDiagrams() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		try (Stream<Path> files = Files.list(DIAGRAMS)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".puml")).toList()) {
				Files.write(file, inStableOrder(Files.readAllLines(file)));
			}
		}
	}

	/**
	 * The Documenter lists components and relations in no fixed order; sorting each run
	 * of them keeps the committed diagrams unchanged until the modules change.
	 */
	private static List<String> inStableOrder(List<String> lines) {
		List<String> sorted = new ArrayList<>();
		List<String> run = new ArrayList<>();
		String kind = null;
		for (String line : lines) {
			String lineKind = line.strip().startsWith("Rel(") ? "Rel"
					: line.strip().startsWith("Component(") ? "Component" : null;
			if (lineKind == null || !lineKind.equals(kind)) {
				run.sort(null);
				sorted.addAll(run);
				run.clear();
			}
			kind = lineKind;
			if (lineKind != null) {
				run.add(line);
			}
			else {
				sorted.add(line);
			}
		}
		run.sort(null);
		sorted.addAll(run);
		return sorted;
	}

}
