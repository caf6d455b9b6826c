package org.minsheng.tracker;

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
	void writesTheModuleDiagrams() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
	}

}
