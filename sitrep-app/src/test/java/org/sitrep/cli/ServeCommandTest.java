package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's refusals; the server itself is tested in sitrep-web. */
class ServeCommandTest {
  @TempDir
  Path tmp;

  @Test
  void noStoreIsAUsageErrorThatSaysWhatToDo() throws Exception {
    ExtractCommandTest.Run r = ExtractCommandTest.run("serve", "--store",
        tmp.resolve("none").toString());
    assertEquals(Main.USAGE, r.code());
    assertTrue(r.err().contains("no store at") && r.err().contains("sitrep ingest"), r.err());
  }

  @Test
  void aPortOutOfRangeIsRefused() throws Exception {
    ExtractCommandTest.Run r = ExtractCommandTest.run("serve", "--port", "70000");
    assertEquals(Main.USAGE, r.code());
    assertTrue(r.err().contains("--port must be 0 to 65535"), r.err());
  }
}
