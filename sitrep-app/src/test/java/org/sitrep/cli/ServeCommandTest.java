package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.table.Tables;
import org.sitrep.store.Store;
import org.sitrep.web.WebServer;

/**
 * The command's refusals and what it hands the server (the Parquet download); the server
 * itself is tested in sitrep-web.
 */
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

  /** Defect: the web offered no Parquet of a search's events; export's writer writes it. */
  @Test
  void theEventsParquetDownloadIsTheExportsEventsTableOfTheSearch() throws Exception {
    Path store = tmp.resolve("store");
    assertEquals(0, ExtractCommandTest.run("ingest", "--store", store.toString(),
        Path.of("..", "examples", "palmyra-scraped.txt").toString(),
        Path.of("..", "examples", "nbcnews-hitler-house.html").toString()).code());
    HttpResponse<byte[]> r;
    try (Store s = Store.openReadOnly(store); WebServer server = ServeCommand.serve(s,
        "127.0.0.1", 0, null)) {
      r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
          + server.port() + "/api/events/download?format=parquet&event=ASSAULT")).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    }
    assertEquals(200, r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("attachment; filename=\"sitrep-events-event-ASSAULT.parquet\"",
        r.headers().firstValue("Content-Disposition").orElse(null));
    assertEquals("PAR1", new String(r.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    Path file = tmp.resolve("events.parquet");
    Files.write(file, r.body());
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
         Statement st = db.createStatement()) {
      List<String> columns = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + file + "')")) {
        while (rs.next()) {
          columns.add(rs.getString(1));
        }
      }
      assertEquals(Tables.EVENTS.columnNames(), columns);
      try (ResultSet rs = st.executeQuery("SELECT count(*), count(*) FILTER (WHERE plover_type"
          + " = 'ASSAULT'), count(*) FILTER (WHERE location = 'Tadmur') FROM read_parquet('"
          + file + "')")) {
        rs.next();
        assertTrue(rs.getLong(1) >= 1, "the seed's assault");
        assertEquals(rs.getLong(1), rs.getLong(2), "only the type asked for");
        assertTrue(rs.getLong(3) >= 1, "at Tadmur");
      }
    }
  }
}
