package org.sitrep.core.table;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV printer of the tables: {@code sitrep export --csv}, {@code sitrep events --csv}
 * and the server's downloads write their files through it, so the same rows are the same
 * bytes. A header row of the table's column names, RFC 4180 quoting, lines ended by CRLF (as
 * RFC 4180 has them), cells as {@link Tables#csvValue} writes them; the events table's
 * latitude and longitude with ACLED's four decimals.
 */
public final class CsvTable implements Closeable, Flushable {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private final Tables.Table table;
  private final CSVPrinter printer;
  private final boolean[] coordinate;
  private long rows;

  /** Starts a CSV file of {@code table} on {@code out}: writes its header row. */
  public CsvTable(Tables.Table table, Writer out) throws IOException {
    this.table = table;
    this.printer = new CSVPrinter(out, FORMAT.builder()
        .setHeader(table.columnNames().toArray(String[]::new)).get());
    List<String> names = table.columnNames();
    coordinate = new boolean[names.size()];
    for (int i = 0; i < coordinate.length; i++) {
      coordinate[i] = table == Tables.EVENTS
          && (names.get(i).equals("latitude") || names.get(i).equals("longitude"));
    }
  }

  /** Writes one row (the table's cells, in its columns' order). */
  public void print(Object[] row) {
    List<Object> cells = new ArrayList<>(row.length);
    for (int i = 0; i < row.length; i++) {
      Object v = row[i];
      cells.add(coordinate[i] && v instanceof Number n ? coordinate(n.doubleValue())
          : Tables.csvValue(v));
    }
    try {
      printer.printRecord(cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    rows++;
  }

  /** A degree as ACLED prints it: four decimals (34.5500), no float noise. */
  static String coordinate(double degrees) {
    return String.format(Locale.ROOT, "%.4f", degrees);
  }

  /** How many rows were written (the header not counted). */
  public long rows() {
    return rows;
  }

  public Tables.Table table() {
    return table;
  }

  @Override
  public void flush() throws IOException {
    printer.flush();
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }
}
