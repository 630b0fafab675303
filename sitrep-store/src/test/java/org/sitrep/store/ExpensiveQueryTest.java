package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defect: a query of 1,000 fuzzy terms or a long a*b*c*… wildcard ran for seconds and then
 * failed as an internal error. Such queries are now refused up front, by fixed caps on the work
 * they ask for, as a usage error whose one-line message says what to change.
 */
class ExpensiveQueryTest {
  @TempDir
  Path dir;
  Store store;

  @BeforeEach
  void store() throws Exception {
    store = Store.open(dir);
    store.put(StoreTest.article("a", "Floods in the valley", "Rescue teams reached the flooded "
        + "villages of the valley after three days of rain.", "2019-11-19", "example.com",
        List.of()), "1:1");
    store.commit();
  }

  @org.junit.jupiter.api.AfterEach
  void close() throws Exception {
    store.close();
  }

  private String refused(String query) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> store.search(SearchRequest.of(query)));
    assertTrue(e.getMessage().startsWith("query too expensive: "), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    return e.getMessage();
  }

  @Test
  void expensiveQueryOfAThousandFuzzyTermsIsAUsageError() {
    String q = IntStream.range(0, 1000).mapToObj(i -> "flood" + i + "~")
        .collect(Collectors.joining(" "));
    assertTrue(refused(q).contains("at most " + BoundedQueryParser.MAX_FUZZY));
  }

  @Test
  void expensiveQueryOfALongWildcardIsAUsageError() {
    String q = IntStream.range(0, 26).mapToObj(i -> String.valueOf((char) ('a' + i)))
        .collect(Collectors.joining("*"));
    assertTrue(refused(q).contains("wildcards"), q);
  }

  @Test
  void expensiveQueryOfManyTermsIsAUsageError() {
    String q = IntStream.range(0, 200).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    assertTrue(refused(q).contains("at most " + BoundedQueryParser.MAX_TERMS));
    String huge = IntStream.range(0, 3000).mapToObj(i -> "w" + i)
        .collect(Collectors.joining(" OR "));
    refused(huge);
  }

  @Test
  void expensiveQueryOfManyPatternsOrALongRegexpIsAUsageError() {
    refused(IntStream.range(0, 9).mapToObj(i -> "fl" + i + "*").collect(Collectors.joining(" ")));
    refused("/" + "(a|b)".repeat(30) + "/");
  }

  @Test
  void expensiveQueryOfAHugeRepeatSaysWhatToChangeNotLucenesText() {
    String m = refused("/[a-z]{1,1000}[0-9]{1,1000}/");
    assertTrue(m.contains("repeat"), m);
    assertFalse(m.contains("input automaton"), m);
  }

  @Test
  void aLeadingWildcardIsRefusedWithItsReason() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> store.search(SearchRequest.of("*hi")));
    assertTrue(e.getMessage().contains("cannot begin with * or ?"), e.getMessage());
  }

  @Test
  void expensiveQueryCapsLeaveOrdinaryQueriesAlone() throws Exception {
    assertEquals(1, store.search(SearchRequest.of("flod~ AND vall*")).size());
    assertEquals(1, store.search(SearchRequest.of("fl*d* OR /vall[a-z]+/ OR ra?n")).size());
    String eight = IntStream.range(0, 8).mapToObj(i -> "valley~").collect(Collectors.joining(" "));
    assertEquals(1, store.search(SearchRequest.of(eight)).size());
  }
}
