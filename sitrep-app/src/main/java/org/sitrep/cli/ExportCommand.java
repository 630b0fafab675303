package org.sitrep.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.core.table.CsvTable;
import org.sitrep.core.table.EventRows;
import org.sitrep.core.table.Tables;
import org.sitrep.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep export --parquet DIR | --csv DIR}: the store as the flat tables of
 * {@link Tables} (the Spark job writes the same), one file per table, written by an embedded
 * DuckDB.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes the store as flat tables for analysts' tools (DuckDB, pandas, R,",
        "Spark): articles, entities, places, quotes, claims, events and failures, one",
        "Parquet or CSV file each (the columns are listed in the README)."})
public final class ExportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--store", description = "Store folder (default: ${DEFAULT-VALUE}).")
  Path store = Path.of("sitrep-data");

  static final class Format {
    @Option(names = "--parquet", paramLabel = "DIR", description = "Write DIR/<table>.parquet.")
    Path parquet;

    @Option(names = "--csv", paramLabel = "DIR", description = "Write DIR/<table>.csv (a header row, RFC 4180 quoting).")
    Path csv;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Format format;

  @Option(names = "--min-confidence", paramLabel = "X",
      description = "Only events of at least this confidence in the events table, the chance that the event is right (0 to 1; default: 0, all).")
  double minConfidence;

  @Option(names = "--dedup", description = "One row per story event in the events table: the copies of one happening that a story's articles report are one row with every source (as 'sitrep events --dedup').")
  boolean dedup;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (MinConfidence.refused(spec, minConfidence)) {
      return Main.USAGE;
    }
    if (Main.noStore(spec, store)) {
      return Main.USAGE;
    }
    boolean parquet = format.parquet != null;
    Path out = parquet ? format.parquet : format.csv;
    if (Files.exists(out) && !Files.isDirectory(out)) {
      err.println("sitrep: " + out + " is a file; give a folder");
      err.flush();
      return Main.USAGE;
    }
    Files.createDirectories(out);
    Map<Tables.Table, Long> counts;
    try (Store s = Store.openReadOnly(store)) {
      counts = write(s, out, parquet, minConfidence, dedup);
    }
    for (Map.Entry<Tables.Table, Long> e : counts.entrySet()) {
      err.printf("sitrep: %s/%s.%s: %,d rows%n", out, e.getKey().name(),
          parquet ? "parquet" : "csv", e.getValue());
    }
    err.flush();
    return Main.OK;
  }

  /**
   * Writes every table of the store's articles and failures, the events table keeping only
   * events of at least {@code minConfidence}; says how many rows each. With {@code dedup}, the
   * events table has one row per story event ({@link EventRows}), as {@code sitrep events
   * --dedup} and the server's {@code dedup=true}.
   */
  static Map<Tables.Table, Long> write(Store s, Path out, boolean parquet, double minConfidence,
                                       boolean dedup) throws IOException, SQLException {
    Tables.Table[] tables = Tables.ALL.toArray(Tables.Table[]::new);
    Map<Tables.Table, Long> counts = new LinkedHashMap<>();
    if (parquet) {
      try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
        Map<Tables.Table, PreparedStatement> insert = statements(db);
        each(s, minConfidence, dedup, (t, row) -> {
          try {
            add(insert.get(t), t, List.<Object[]>of(row));
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
        for (Tables.Table t : tables) {
          insert.get(t).executeBatch();
          insert.get(t).close();
          counts.put(t, copy(db, t, out.resolve(t.name() + ".parquet")));
        }
      } catch (IllegalStateException e) {
        if (e.getCause() instanceof SQLException sql) {
          throw sql;
        }
        throw e;
      }
      return counts;
    }
    Map<Tables.Table, CsvTable> files = new LinkedHashMap<>();
    try {
      for (Tables.Table t : tables) {
        files.put(t, new CsvTable(t, Files.newBufferedWriter(out.resolve(t.name() + ".csv"),
            StandardCharsets.UTF_8)));
      }
      each(s, minConfidence, dedup, (t, row) -> files.get(t).print(row));
    } finally {
      for (CsvTable f : files.values()) {
        f.close();
      }
    }
    files.forEach((t, f) -> counts.put(t, f.rows()));
    return counts;
  }

  /**
   * Every row of every table of the store's articles and failures, table by table within each
   * article; the events table's by {@link EventRows}, of at least {@code minConfidence}.
   */
  private static void each(Store s, double minConfidence, boolean dedup,
                           java.util.function.BiConsumer<Tables.Table, Object[]> to)
      throws IOException {
    EventRows events = EventRows.streaming(dedup, (e, a) -> e.confidence() >= minConfidence,
        (id, a, e, row) -> to.accept(Tables.EVENTS, row));
    s.articlesById(null, st -> {
      Map<Tables.Table, List<Object[]>> rows = Tables.rowsBesideEvents(st.article(), st.story());
      rows.forEach((t, list) -> list.forEach(r -> to.accept(t, r)));
      events.add(st.id(), st.story(), st.article());
    });
    events.finish();
    for (org.sitrep.model.Failure f : s.failures()) {
      to.accept(Tables.FAILURES, Tables.failure(f));
    }
  }

  /**
   * The rows of one table as a Parquet file, the same as {@link #write} writes it, into
   * {@code out}: what {@code sitrep serve} downloads.
   */
  static void parquet(Tables.Table t, List<Object[]> rows, OutputStream out)
      throws IOException, SQLException {
    Path dir = Files.createTempDirectory("sitrep-download");
    Path file = dir.resolve(t.name() + ".parquet");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      try (PreparedStatement insert = statement(db, t)) {
        add(insert, t, rows);
        insert.executeBatch();
      }
      copy(db, t, file);
      Files.copy(file, out);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  /** Writes staged table {@code t} to {@code file}; how many rows. */
  private static long copy(Connection db, Tables.Table t, Path file) throws SQLException {
    try (Statement st = db.createStatement()) {
      st.execute("COPY (SELECT " + select(t) + " FROM " + t.name() + ") TO '"
          + file.toString().replace("'", "''") + "' (FORMAT parquet, COMPRESSION zstd)");
      try (var rs = st.executeQuery("SELECT count(*) FROM " + t.name())) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * Creates every table; its INSERT statement. The columns have their types (a list is staged
   * as text, its items split by {@link #ITEMS}, and becomes a list in {@link #select}).
   */
  private static Map<Tables.Table, PreparedStatement> statements(Connection db)
      throws SQLException {
    Map<Tables.Table, PreparedStatement> out = new LinkedHashMap<>();
    for (Tables.Table t : Tables.ALL) {
      out.put(t, statement(db, t));
    }
    return out;
  }

  /** Creates table {@code t}; its INSERT statement (see {@link #statements}). */
  private static PreparedStatement statement(Connection db, Tables.Table t)
      throws SQLException {
    StringBuilder create = new StringBuilder("CREATE TABLE " + t.name() + " (");
    StringBuilder marks = new StringBuilder();
    for (Tables.Column c : t.columns()) {
      if (marks.length() > 0) {
        create.append(", ");
        marks.append(", ");
      }
      create.append('"').append(c.name()).append("\" ").append(sql(c.type()));
      marks.append('?');
    }
    try (Statement st = db.createStatement()) {
      st.execute(create.append(')').toString());
    }
    return db.prepareStatement("INSERT INTO " + t.name() + " VALUES (" + marks + ")");
  }

  /** What separates a list's items while it is staged as text (the unit separator). */
  private static final String ITEMS = "\u001f";

  /** The columns as they are written: a staged list split into a list. */
  private static String select(Tables.Table t) {
    StringBuilder out = new StringBuilder();
    for (Tables.Column c : t.columns()) {
      if (out.length() > 0) {
        out.append(", ");
      }
      String name = '"' + c.name() + '"';
      out.append(c.type() == Tables.Type.LIST
          ? "string_split(" + name + ", chr(31)) AS " + name : name);
    }
    return out.toString();
  }

  /** Adds rows. */
  private static void add(PreparedStatement ps, Tables.Table t, List<Object[]> rows)
      throws SQLException {
    for (Object[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        Tables.Type type = t.columns().get(i).type();
        Object v = row[i];
        if (v == null) {
          ps.setNull(i + 1, type == Tables.Type.LONG ? Types.BIGINT
              : type == Tables.Type.DOUBLE ? Types.DOUBLE : Types.VARCHAR);
        } else if (v instanceof List<?> l) {
          ps.setString(i + 1, String.join(ITEMS, l.stream().map(String::valueOf).toList()));
        } else if (v instanceof java.time.LocalDate || v instanceof java.time.Instant) {
          ps.setString(i + 1, v.toString());
        } else {
          ps.setObject(i + 1, v);
        }
      }
      ps.addBatch();
    }
  }

  private static String sql(Tables.Type t) {
    return switch (t) {
      case STRING, LIST -> "VARCHAR";
      case LONG -> "BIGINT";
      case DOUBLE -> "DOUBLE";
      case DATE -> "DATE";
      case TIMESTAMP -> "TIMESTAMPTZ";
    };
  }
}
