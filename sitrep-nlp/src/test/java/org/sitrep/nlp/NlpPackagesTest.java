package org.sitrep.nlp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The concept packages of sitrep-nlp keep to their places: no package cycle, CoreNLP only behind
 * {@code tokens}, the shared document and the rule engine knowing no stage, and no main class so
 * large that it holds more than one concept.
 */
class NlpPackagesTest {
  private static JavaClasses nlp;

  @BeforeAll
  static void load() {
    nlp = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.sitrep.nlp");
  }

  static final ArchRule NO_CYCLE = slices().matching("org.sitrep.nlp.(*)..")
      .should().beFreeOfCycles()
      .because("each concept package builds on the ones below it");

  static final ArchRule CORENLP_ONLY_IN_TOKENS = noClasses().that()
      .resideInAPackage("org.sitrep.nlp..").and().resideOutsideOfPackage("org.sitrep.nlp.tokens..")
      .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
      .because("the stages read the shared Doc; only tokens runs CoreNLP");

  static final ArchRule DOC_KNOWS_NO_STAGE = noClasses().that()
      .resideInAnyPackage("org.sitrep.nlp.doc..", "org.sitrep.nlp.rules..")
      .should().dependOnClassesThat().resideInAnyPackage("org.sitrep.nlp.tokens..",
          "org.sitrep.nlp.mention..", "org.sitrep.nlp.geo..", "org.sitrep.nlp.attribution..",
          "org.sitrep.nlp.quantity..", "org.sitrep.nlp.time..", "org.sitrep.nlp.events..")
      .because("every stage reads the document and the rules; they read none of the stages");

  static final ArchRule NOTHING_USES_THE_ROOT = noClasses().that()
      .resideInAPackage("org.sitrep.nlp..").and().resideOutsideOfPackage("org.sitrep.nlp")
      .should().dependOnClassesThat().resideInAPackage("org.sitrep.nlp")
      .because("the root holds the Annotator, which puts every stage in order: a stage or the "
          + "document reading it would make a cycle through every package");

  @Test
  void thePackagesKeepToTheirPlaces() {
    // One composite rule, so a failure lists every rule broken, not the first.
    com.tngtech.archunit.lang.CompositeArchRule.of(NO_CYCLE).and(CORENLP_ONLY_IN_TOKENS)
        .and(DOC_KNOWS_NO_STAGE).and(NOTHING_USES_THE_ROOT).check(nlp);
  }

  /** A main class past this many lines holds more than one concept: split it. */
  static final int MAX_LINES = 500;

  @Test
  void noMainClassIsOverFiveHundredLines() throws IOException {
    Path main = Path.of("src/main/java");
    assertTrue(Files.isDirectory(main), "run from the module folder: " + main.toAbsolutePath());
    List<String> over;
    try (Stream<Path> files = Files.walk(main)) {
      over = files.filter(f -> f.toString().endsWith(".java")).filter(f -> lines(f) > MAX_LINES)
          .map(f -> main.relativize(f) + " (" + lines(f) + " lines)").sorted().toList();
    }
    assertTrue(over.isEmpty(), "over " + MAX_LINES + " lines: " + over);
  }

  private static long lines(Path f) {
    try (Stream<String> l = Files.lines(f)) {
      return l.count();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aCycleFailsTheRule() {
    // attribution reads mention (Lexicon, Gender); a rule forbidding that must fail on them.
    ArchRule attributionNeverMention = noClasses().that()
        .resideInAPackage("org.sitrep.nlp.attribution..")
        .should().dependOnClassesThat().resideInAPackage("org.sitrep.nlp.mention..");
    assertThrows(AssertionError.class, () -> attributionNeverMention.check(nlp));
  }
}
