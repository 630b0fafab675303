package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sitrep.core.table.Tables;
import org.sitrep.model.Article;
import org.sitrep.model.Failure;
import org.sitrep.model.Json;
import org.sitrep.model.Result;
import picocli.CommandLine;

/**
 * Writes the documents of {@code extract} and {@code annotate} in the format asked for, to
 * standard output or as one file per article in a folder. Only JSON on standard output carries
 * failures and skipped documents as lines; in every other case a failure is a line on standard
 * error ("sitrep: SOURCE: stage: reason") and the run goes on.
 */
final class DocumentWriter {
  /** The output formats: what {@code --format} accepts, and each one's file extension. */
  enum Format {
    JSON("json"), TEXT("txt"), MARKDOWN("md"), CSV("csv");

    final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code --format}; an unknown value is a usage error naming the allowed ones. */
    static final class Converter implements CommandLine.ITypeConverter<Format> {
      @Override
      public Format convert(String value) {
        for (Format f : values()) {
          if (f.label().equalsIgnoreCase(value.strip())) {
            return f;
          }
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not a format; "
            + "expected one of " + allowed());
      }
    }

    static String allowed() {
      List<String> out = new ArrayList<>();
      for (Format f : values()) {
        out.add(f.label());
      }
      return String.join(", ", out);
    }
  }

  /** The CSV columns, one row per article. */
  static final List<String> CSV_COLUMNS = List.of("id", "url", "site", "title", "date",
      "author", "language", "section", "lead", "image", "text");

  private final Format format;
  private final boolean pretty;
  private final Path dir;
  private final PrintWriter out;
  private final PrintWriter err;
  private boolean csvHeaderWritten;

  /** {@code dir} null: everything to {@code out}. The folder is made when missing. */
  DocumentWriter(Format format, boolean pretty, Path dir, PrintWriter out, PrintWriter err)
      throws IOException {
    this.format = format;
    this.pretty = pretty;
    this.dir = dir;
    this.out = out;
    this.err = err;
    if (dir != null) {
      Files.createDirectories(dir);
    }
  }

  /**
   * Writes one result; returns what the run should count: the result, or a failure of stage
   * {@code write} when its file could not be written.
   */
  Result write(Result r) {
    if (dir == null && format == Format.JSON) {
      out.println(pretty ? Json.pretty(r) : Json.line(r));
      return r;
    }
    if (r instanceof Failure f) {
      err.println("sitrep: " + f.source() + ": " + f.error().stage() + ": " + f.error().reason());
      err.flush();
      return r;
    }
    if (!(r instanceof Article a)) {
      return r; // skipped documents are counted in the summary
    }
    if (dir == null) {
      if (format == Format.CSV && !csvHeaderWritten) {
        out.print(csv(CSV_COLUMNS.toArray()));
        csvHeaderWritten = true;
      }
      out.print(render(a, false));
      return r;
    }
    Path file = dir.resolve(fileName(a));
    try {
      Files.writeString(file, render(a, true), StandardCharsets.UTF_8);
      return r;
    } catch (IOException | UncheckedIOException e) {
      Failure f = Failure.of(a.id(), a.source(), "write", "cannot write " + file + " ("
          + e.getMessage() + ")");
      return write(f);
    }
  }

  /** The article's file in the output folder: its id (hex digits, stable across runs). */
  String fileName(Article a) {
    String name = a.id() == null ? "" : a.id().replaceAll("[^A-Za-z0-9._-]", "_");
    if (name.isEmpty() || name.startsWith(".")) {
      name = "article" + name;
    }
    return name + "." + format.extension;
  }

  /** One document as its format writes it; {@code alone}: a file of its own (CSV: a header). */
  private String render(Article a, boolean alone) {
    return switch (format) {
      case JSON -> (pretty ? Json.pretty(a) : Json.line(a)) + "\n";
      case TEXT -> text(a, !alone);
      case MARKDOWN -> markdown(a, !alone);
      case CSV -> (alone ? csv(CSV_COLUMNS.toArray()) : "") + csv(row(a));
    };
  }

  /** The title, a blank line, the body's paragraphs (a blank line between documents). */
  static String text(Article a, boolean separated) {
    StringBuilder s = new StringBuilder();
    if (a.title() != null && !a.title().isBlank()) {
      s.append(a.title().strip()).append("\n\n");
    }
    s.append(a.text() == null ? "" : a.text().strip()).append('\n');
    return separated ? s.append('\n').toString() : s.toString();
  }

  /** {@code # title}, the metadata lines that are known, then the paragraphs. */
  static String markdown(Article a, boolean separated) {
    StringBuilder s = new StringBuilder();
    s.append("# ").append(a.title() == null || a.title().isBlank() ? "(untitled)"
        : escape(a.title().strip())).append("\n\n");
    List<String> meta = new ArrayList<>();
    line(meta, "Site", a.site() == null ? null : escape(a.site()));
    line(meta, "Date", a.published() == null ? null : a.published().iso());
    line(meta, "Author", a.byline().isEmpty() ? null : escape(String.join(", ", a.byline())));
    line(meta, "URL", link(a.url()));
    line(meta, "Image", link(a.image()));
    line(meta, "Image credit", a.credit() == null ? null : escape(a.credit()));
    if (!meta.isEmpty()) {
      s.append(String.join("\n", meta)).append("\n\n");
    }
    String body = a.text() == null ? "" : a.text().strip();
    List<String> paragraphs = new ArrayList<>();
    for (String p : body.split("\\n\\s*\\n")) {
      if (!p.isBlank()) {
        paragraphs.add(escape(p.strip().replaceAll("\\s*\\n\\s*", " ")));
      }
    }
    s.append(String.join("\n\n", paragraphs)).append('\n');
    return separated ? s.append('\n').toString() : s.toString();
  }

  private static void line(List<String> meta, String name, String value) {
    if (value != null && !value.isBlank()) {
      meta.add("- " + name + ": " + value);
    }
  }

  /** An http(s) URL as a Markdown autolink; anything else is not linked. */
  private static String link(String url) {
    if (url == null || !url.matches("(?i)https?://\\S+")) {
      return null;
    }
    return "<" + url.replace("<", "%3C").replace(">", "%3E") + ">";
  }

  /**
   * Text that Markdown shows as it is: the characters that make emphasis, links, code and HTML
   * get a backslash, and so does a paragraph that would begin a heading, quote or list.
   */
  static String escape(String s) {
    String e = s.replaceAll("([\\\\`*_\\[\\]<>|])", "\\\\$1");
    e = e.replaceFirst("^(#|>|[-+](?=\\s))", "\\\\$1");
    return e.replaceFirst("^(\\d+)([.)])(?=\\s)", "$1\\\\$2");
  }

  private static Object[] row(Article a) {
    return new Object[] {a.id(), a.url(), a.site(), a.title(),
        a.published() == null ? null : a.published().iso(), a.byline(), a.language(),
        a.section(), a.lead(), a.image(), a.text()};
  }

  /** One CSV record (RFC 4180), cells as the project's CSV files hold them (no formulas). */
  private static String csv(Object[] cells) {
    StringWriter w = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
      p.printRecord(java.util.Arrays.stream(cells).map(Tables::csvValue));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
