package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command as a user runs it: JSON lines on stdout, a summary on stderr, exit codes. */
class ExtractCommandTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  @TempDir
  Path dir;

  record Run(int code, List<JsonNode> lines, String err) {}

  /** The raw output of a command (for CSV): {exit code, stdout, stderr}. */
  static String[] runText(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  static Run run(String... args) throws Exception {
    String[] r = runText(args);
    List<JsonNode> lines = new ArrayList<>();
    ObjectMapper m = new ObjectMapper();
    for (String l : r[1].split("\n")) {
      if (!l.isBlank()) {
        lines.add(m.readTree(l));
      }
    }
    return new Run(Integer.parseInt(r[0]), lines, r[2]);
  }

  @Test
  void seedPageGivesOneCleanArticle() throws Exception {
    Run r = run("extract", EXAMPLES.resolve("palmyra-scraped.txt").toString());
    assertEquals(0, r.code());
    assertEquals(1, r.lines().size());
    JsonNode a = r.lines().get(0);
    assertEquals("New ISIS offensive on Palmyra proves terrorists should not be given chance to "
        + "regroup", a.get("title").asText());
    assertEquals("Middle East", a.get("section").asText());
    assertEquals("Omar Sanadiki / Reuters", a.get("credit").asText());
    assertEquals(1, a.get("schemaVersion").asInt());
    assertTrue(a.get("text").asText().startsWith("Islamic State militants used a break"));
    assertFalse(a.has("error"));
  }

  @Test
  void aBinaryFileFailsAloneAndTheRunGoesOn() throws Exception {
    Files.copy(EXAMPLES.resolve("palmyra-scraped.txt"), dir.resolve("a-good.txt"));
    byte[] binary = new byte[2048];
    new java.util.Random(1).nextBytes(binary);
    Files.write(dir.resolve("b-binary.bin"), binary);
    Run r = run("extract", dir.toString());
    assertEquals(1, r.code());
    assertEquals(2, r.lines().size());
    assertFalse(r.lines().get(0).has("error"));
    JsonNode error = r.lines().get(1).get("error");
    assertEquals("detect", error.get("stage").asText());
    assertTrue(error.get("reason").asText().startsWith("binary content"));
    assertTrue(r.err().contains("2 documents, 1 extracted, 1 failed"), r.err());
    assertFalse(r.err().contains("Exception"), "no stack trace for the user");
  }

  @Test
  void emptyMissingAndNoArticleInputsEachGetAnErrorLine() throws Exception {
    Files.writeString(dir.resolve("empty.html"), "");
    Files.writeString(dir.resolve("nav-only.html"),
        "<html><body><nav><a href=/>Home</a></nav></body></html>");
    Run r = run("extract", dir.resolve("empty.html").toString(),
        dir.resolve("missing.html").toString(), dir.resolve("nav-only.html").toString());
    assertEquals(1, r.code());
    assertEquals(List.of("empty document", "no such file", "no article text found in the page"),
        r.lines().stream().map(l -> l.get("error").get("reason").asText()).toList());
  }

  @Test
  void hugeFilesAreRefusedWithTheLimitInTheMessage() throws Exception {
    Path big = dir.resolve("big.html");
    Files.writeString(big, "<html><body><p>" + "word ".repeat(1000) + "</p></body></html>");
    Run r = run("extract", "--max-bytes", "1000", big.toString());
    assertEquals(1, r.code());
    assertTrue(r.lines().get(0).get("error").get("reason").asText().startsWith("file too large"));
  }

  @Test
  void badUsageExitsWithTwo() throws Exception {
    assertEquals(2, run("extract").code());
    assertEquals(2, run("no-such-command").code());
    assertEquals(2, run().code());
  }

  @Test
  void htmlExamplesExtract() throws Exception {
    Run r = run("extract", EXAMPLES.toString());
    assertEquals(0, r.code(), r.err());
    for (JsonNode a : r.lines()) {
      assertFalse(a.get("title").asText().isBlank());
      assertTrue(a.get("text").asText().length() > 500);
    }
  }
}
