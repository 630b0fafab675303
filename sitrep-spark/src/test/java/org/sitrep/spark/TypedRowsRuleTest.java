package org.sitrep.spark;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The Spark job reads articles and raw-page lines as records, never a JSON tree by field name
 * (the app's ModuleRulesTest, which does not see this module, checks the web and the tables).
 * Its one tree is the raw-page line's, parsed only to tell "not a JSON object" apart.
 */
class TypedRowsRuleTest {
  static final ArchRule NO_JSON_BY_NAME = noClasses().that().resideInAPackage("org.sitrep.spark..")
      .should().callMethodWhere(target(nameMatching(
          "path|get|has|hasNonNull|at|findValue|findPath|required|fields|fieldNames|properties"))
          .and(target(owner(assignableTo(JsonNode.class)))))
      .because("the job's rows come from the model's records, which the compiler checks");

  @Test
  void theSparkJobReadsNoJsonTreeByFieldName() {
    JavaClasses spark = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.sitrep.spark");
    assertFalse(spark.isEmpty(), "the job's classes are imported");
    NO_JSON_BY_NAME.check(spark);
  }
}
