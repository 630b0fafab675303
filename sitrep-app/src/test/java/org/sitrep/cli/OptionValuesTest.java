package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Option values outside what an option takes are usage errors (exit 2) whose message says what
 * it takes, before any work (no CoreNLP is loaded, nothing is read or fetched).
 */
class OptionValuesTest {
  @TempDir
  Path tmp;

  static void refused(List<String> args, String... said) {
    String[] r = ExtractCommandTest.runText(args.toArray(String[]::new));
    assertEquals(String.valueOf(Main.USAGE), r[0], args + ": " + r[2]);
    assertTrue(r[2].startsWith("sitrep: "), args + ": " + r[2]);
    for (String s : said) {
      assertTrue(r[2].contains(s), args + ": " + r[2]);
    }
  }

  static List<String> with(List<String> base, String... more) {
    List<String> out = new ArrayList<>(base);
    out.addAll(List.of(more));
    return out;
  }

  @Test
  void unknownEnumLikeValuesWereTakenAsTheDefault() throws Exception {
    Path page = Files.writeString(tmp.resolve("page.txt"), "A page of text.");
    List<String> places = List.of("train", "places", tmp.toString(), "--out",
        tmp.resolve("w.tsv").toString());
    refused(with(places, "--prior", "flat"), "unknown --prior flat; one of: hand, zero");
    refused(List.of("extract", "--format", "yaml", page.toString()), "yaml", "json");
    SearchRefusalsTest.store(tmp.resolve("store"));
    refused(List.of("search", "--store", tmp.resolve("store").toString(), "--event",
        "BOMBING"), "BOMBING", "ASSAULT", "Armed clash");
  }

  @Test
  void outOfRangeNumbersWereClampedOrCrashed() throws Exception {
    Path store = SearchRefusalsTest.store(tmp.resolve("store"));
    Path page = Files.writeString(tmp.resolve("page.txt"), "A page of text.");
    for (String command : List.of("search", "events", "export")) {
      for (String x : List.of("1.5", "-0.1", "NaN")) {
        List<String> args = new ArrayList<>(List.of(command, "--store", store.toString(),
            "--min-confidence", x));
        if (command.equals("export")) {
          args.addAll(List.of("--csv", tmp.resolve("out").toString()));
        }
        refused(args, "--min-confidence", "0 and 1");
      }
    }
    List<String> places = List.of("train", "places", tmp.toString(), "--out",
        tmp.resolve("w.tsv").toString());
    refused(with(places, "--rounds", "0"), "--rounds must be at least 1 (was 0)");
    refused(with(places, "--iterations", "-5"), "--iterations must be at least 1");
    refused(with(places, "--l2", "-0.1"), "--l2 must be at least 0 (was -0.1)");
    refused(with(places, "--sure-right", "1.5"), "--sure-right must be between 0 and 1");
    refused(List.of("train", "claims", tmp.toString(), "--out", tmp.resolve("c.tsv").toString(),
        "--threads", "0"), "--threads must be at least 1");
    refused(List.of("train", "events-confidence", page.toString(), page.toString(), "--out",
        tmp.resolve("e.tsv").toString(), "--iterations", "0"), "--iterations");
    List<String> ingest = List.of("ingest", "--no-nlp", "--store", tmp.resolve("s2").toString(),
        page.toString());
    refused(with(ingest, "--commit-every", "0"), "--commit-every must be at least 1");
    refused(with(ingest, "--commit-seconds", "-1"), "--commit-seconds");
    refused(with(ingest, "--watch", "-2"), "--watch must be at least 0");
    for (List<String> bad : List.of(List.of("--delay", "-1"), List.of("--response-timeout", "0"),
        List.of("--min-rate", "-1"), List.of("--max-sitemap-documents", "0"),
        List.of("--doc-timeout", "-1"))) {
      refused(with(List.of("extract", page.toString()), bad.toArray(String[]::new)),
          bad.get(0) + " must be at least");
    }
    refused(List.of("bench", "extract", tmp.toString(), "--rounds", "0"), "--rounds");
    refused(List.of("search", "--store", store.toString(), "--since", "2016-02-30"), "--since");
    refused(List.of("serve", "--store", store.toString(), "--port", "70000"), "--port");
    assertTrue(!Files.exists(tmp.resolve("s2")), "nothing was ingested");
  }
}
