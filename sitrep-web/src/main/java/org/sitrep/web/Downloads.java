package org.sitrep.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sitrep.core.table.CsvTable;
import org.sitrep.core.table.Tables;
import org.sitrep.model.Json;

/**
 * A table's rows as a file to download: CSV by the printer {@code sitrep events --csv} and
 * {@code sitrep export --csv} write with ({@link CsvTable}),
 * JSON Lines (one object per row, the columns as keys, values as Parquet holds them), or
 * Parquet by the writer {@code sitrep serve} hands the server (the web module writes no
 * Parquet itself).
 */
final class Downloads {
  /** A download format: its name in {@code format=}, file extension and media type. */
  enum Format {
    CSV("csv", "text/csv; charset=utf-8"),
    JSONL("jsonl", "application/jsonl; charset=utf-8"),
    PARQUET("parquet", "application/vnd.apache.parquet");

    final String extension;
    final String mediaType;

    Format(String extension, String mediaType) {
      this.extension = extension;
      this.mediaType = mediaType;
    }

    /** The format called {@code name} (csv when null); a 400 for any other. */
    static Format of(String name) {
      if (name == null) {
        return CSV;
      }
      for (Format f : values()) {
        if (f.extension.equals(name)) {
          return f;
        }
      }
      throw new Params.BadValue("format", name, java.util.Arrays.stream(values())
          .map(f -> f.extension).toList());
    }
  }

  private final WebServer.TableWriter parquet;

  Downloads(WebServer.TableWriter parquet) {
    this.parquet = parquet;
  }

  /** True when this server writes {@code f} (Parquet only with a writer). */
  boolean offers(Format f) {
    return f != Format.PARQUET || parquet != null;
  }

  /**
   * The download format called {@code name} (csv when null): a 400 for an unknown one, a 404
   * for Parquet from a server without a writer.
   */
  Format format(String name) {
    Format f = Format.of(name);
    if (!offers(f)) {
      throw new io.javalin.http.NotFoundResponse("this server writes no Parquet; download "
          + "CSV or JSON Lines, or run 'sitrep export --parquet'");
    }
    return f;
  }

  /** The rows of {@code t} as a file of format {@code f}, one {@link #format} gave. */
  byte[] write(Tables.Table t, List<Object[]> rows, Format f) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (f) {
      case CSV -> csv(t, rows, out);
      case JSONL -> jsonLines(t, rows, out);
      case PARQUET -> parquet.write(t, rows, out);
    }
    return out.toByteArray();
  }

  /** The rows by the tables' one CSV printer ({@link CsvTable}), as the commands write them. */
  static void csv(Tables.Table t, List<Object[]> rows, java.io.OutputStream out)
      throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (CsvTable csv = new CsvTable(t, w)) {
      rows.forEach(csv::print);
    }
  }

  static void jsonLines(Tables.Table t, List<Object[]> rows, java.io.OutputStream out)
      throws IOException {
    List<String> names = t.columnNames();
    // A generator, not a map: the mapper orders a map's keys, a line keeps the table's order.
    try (com.fasterxml.jackson.core.JsonGenerator g = Json.mapper().getFactory()
        .createGenerator(out)) {
      g.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
      for (Object[] row : rows) {
        g.writeStartObject();
        for (int i = 0; i < row.length; i++) {
          Object v = row[i];
          g.writeFieldName(names.get(i));
          g.writeObject(v instanceof LocalDate || v instanceof Instant ? v.toString() : v);
        }
        g.writeEndObject();
      }
      if (!rows.isEmpty()) {
        g.writeRaw('\n');
      }
    }
  }

  /**
   * "sitrep-events-event-ASSAULT-q-Palmyra.csv": the table and the filters, in letters, digits
   * and dashes only, so that it is a safe file name everywhere.
   */
  static String fileName(String table, Map<String, String> filters, Format f) {
    StringBuilder b = new StringBuilder("sitrep-").append(table);
    filters.forEach((k, v) -> b.append('-').append(k).append('-').append(v));
    String name = b.toString().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "");
    if (name.length() > 80) {
      name = name.substring(0, 80).replaceAll("-+$", "");
    }
    return name + "." + f.extension;
  }
}
