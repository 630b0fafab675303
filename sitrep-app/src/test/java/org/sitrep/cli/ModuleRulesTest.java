package org.sitrep.cli;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules between Sitrep's modules, checked on their compiled main classes (the app sees every
 * module but the Spark job). Maven already refuses an import of a module one does not depend on;
 * these rules keep the dependencies themselves from growing the wrong way.
 */
class ModuleRulesTest {
  private static JavaClasses sitrep;

  @BeforeAll
  static void load() {
    sitrep = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.sitrep");
  }

  /** The model is the shared vocabulary: the JDK and Jackson, nothing of Sitrep's own. */
  static final ArchRule MODEL = classes().that().resideInAPackage("org.sitrep.model..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.sitrep.model..",
          "com.fasterxml.jackson..")
      .because("every module reads the model; it must not pull any of them in");

  /** Extraction: the model, jsoup, the language detector and Jackson, as the README lists. */
  static final ArchRule EXTRACT = classes().that().resideInAPackage("org.sitrep.extract..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.sitrep.model..",
          "org.sitrep.extract..", "org.jsoup..", "com.optimaize.langdetect..",
          "com.fasterxml.jackson..")
      .because("extraction runs alone (sitrep extract, the Spark job's first stage)");

  static final ArchRule NLP = noClasses().that().resideInAPackage("org.sitrep.nlp..")
      .should().dependOnClassesThat().resideInAnyPackage("org.sitrep.store..",
          "org.sitrep.core..", "org.sitrep.web..", "org.sitrep.cli..", "org.sitrep.bench..",
          "org.apache.lucene..")
      .because("annotation is a library: it knows articles, not where they are kept");

  static final ArchRule STORE = noClasses().that().resideInAPackage("org.sitrep.store..")
      .should().dependOnClassesThat().resideInAnyPackage("org.sitrep.core..", "org.sitrep.nlp..",
          "org.sitrep.extract..", "org.sitrep.web..", "org.sitrep.cli..", "org.sitrep.bench..",
          "edu.stanford..")
      .because("the store keeps articles; it never makes them");

  static final ArchRule CORE = noClasses().that().resideInAPackage("org.sitrep.core..")
      .should().dependOnClassesThat().resideInAnyPackage("org.sitrep.web..", "org.sitrep.cli..",
          "org.sitrep.bench..")
      .because("the flow is driven by the app and the Spark job, never the other way");

  static final ArchRule WEB = noClasses().that().resideInAPackage("org.sitrep.web..")
      .should().dependOnClassesThat().resideInAnyPackage("org.sitrep.cli..", "org.sitrep.bench..",
          "edu.stanford..")
      .because("the server reads the store; it does not run the app's commands or CoreNLP");

  static final ArchRule SPARK = noClasses().that().resideOutsideOfPackage("org.sitrep.spark..")
      .should().dependOnClassesThat().resideInAPackage("org.sitrep.spark..")
      .because("nothing depends on the Spark job");

  /** A call that reads a JSON tree by field name: {@code path("layers")}, {@code get("id")}, … */
  static final DescribedPredicate<JavaCall<?>> READS_JSON_BY_NAME = target(nameMatching(
      "path|get|has|hasNonNull|at|findValue|findPath|required|fields|fieldNames|properties"))
      .and(target(owner(assignableTo(JsonNode.class))))
      .as("a JsonNode read by field name");

  /**
   * The web and the tables read articles as the model's records ({@code a.layers().quotes()}),
   * never as JSON trees, so that renaming a field of the model fails their compilation instead
   * of emptying a column or a page.
   */
  static final ArchRule TYPED_ARTICLES = noClasses().that().resideInAnyPackage("org.sitrep.web..",
          "org.sitrep.core.table..")
      .should().dependOnClassesThat().areAssignableTo(JsonNode.class)
      .orShould().callMethodWhere(READS_JSON_BY_NAME)
      .because("articles are read through the model's records, which the compiler checks");

  @Test
  void everyModuleKeepsToItsDependencies() {
    for (ArchRule r : new ArchRule[] {MODEL, EXTRACT, NLP, STORE, CORE, WEB, SPARK,
        TYPED_ARTICLES}) {
      r.check(sitrep);
    }
  }

  @Test
  void theRulesSeeTheModulesClasses() {
    assertFalse(sitrep.that(com.tngtech.archunit.core.domain.JavaClass.Predicates
        .resideInAPackage("org.sitrep.nlp..")).isEmpty(), "nlp's classes are imported");
    assertFalse(sitrep.that(com.tngtech.archunit.core.domain.JavaClass.Predicates
        .resideInAPackage("org.sitrep.extract..")).isEmpty(), "extract's classes are imported");
  }

  @Test
  void readingAJsonTreeByFieldNameFailsTheTypedArticlesRule() {
    // The store reads its own hit fields from the stored JSON: the predicate must see that.
    ArchRule storeNeverReadsJson = noClasses().that().resideInAPackage("org.sitrep.store..")
        .should().callMethodWhere(READS_JSON_BY_NAME);
    AssertionError e = assertThrows(AssertionError.class, () -> storeNeverReadsJson.check(sitrep));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("JsonNode.path"),
        e.getMessage());
  }

  @Test
  void aForbiddenDependencyFailsTheRule() {
    // The app's commands use the store: a rule that forbade it must fail on them.
    ArchRule appNeverStore = noClasses().that().resideInAPackage("org.sitrep.cli..")
        .should().dependOnClassesThat().resideInAPackage("org.sitrep.store..");
    assertThrows(AssertionError.class, () -> appNeverStore.check(sitrep));
  }
}
