package org.sitrep.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command: one subcommand per job. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
    description = "Turns raw news pages into clean, structured, searchable knowledge.",
    subcommands = {ExtractCommand.class, AnnotateCommand.class, EventsCommand.class,
        IngestCommand.class,
        SearchCommand.class, ClaimsCommand.class, ServeCommand.class, ExportCommand.class, FailuresCommand.class, EvalCommand.class, BenchCommand.class, TrainCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every document was processed", "1:some documents failed (each reported)",
        "2:bad usage", "3:internal error (a bug: please report it)",
        "4:the environment failed (store locked, read-only or a file; disk full)"})
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int SOME_FAILED = 1;
  public static final int USAGE = 2;

  /**
   * Whether there is no store at {@code store}, after saying so in one line on stderr (the
   * command then exits {@link #USAGE}).
   */
  static boolean noStore(picocli.CommandLine.Model.CommandSpec spec, java.nio.file.Path store)
      throws java.io.IOException {
    if (org.sitrep.store.Store.exists(store)) {
      return false;
    }
    java.io.PrintWriter err = spec.commandLine().getErr();
    err.println("sitrep: no store at " + store + " (run 'sitrep ingest' first, or pass --store)");
    err.flush();
    return true;
  }
  public static final int INTERNAL = 3;
  public static final int ENVIRONMENT = 4;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /**
   * Lucene's notice that the JVM has the Vector API module but is too old for Lucene's own use
   * of it (JDK 17): the launcher adds the module for the parser's kernels, and Lucene then runs
   * its default code, as it would have. Held here so that the level sticks.
   */
  private static final java.util.logging.Logger LUCENE_VECTORS =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
    int code;
    try {
      code = commandLine().execute(args);
    } catch (ExceptionInInitializerError e) {
      // A class's tables failed to load (a broken word table: its file and line say which).
      code = internalError(new PrintWriter(System.err, true),
          e.getCause() != null ? e.getCause() : e);
    }
    System.exit(code);
  }

  /** One line for an error that is Sitrep's, not a document's (its stack on SITREP_DEBUG). */
  private static int internalError(PrintWriter err, Throwable t) {
    err.println("sitrep: internal error: " + t);
    if (System.getenv("SITREP_DEBUG") != null) {
      t.printStackTrace(err);
    } else {
      err.println("(set SITREP_DEBUG=1 to see the stack trace)");
    }
    err.flush();
    return INTERNAL;
  }

  /** A value of a day option that is no day. */
  static final class NotADay extends CommandLine.TypeConversionException {
    NotADay(String value) {
      super("not a date (YYYY-MM-DD): " + value);
    }
  }

  /** A day option's value, YYYY-MM-DD (a real day: not 2024-13-01). */
  static java.time.LocalDate day(String value) {
    try {
      return java.time.LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw new NotADay(value);
    }
  }

  /** The configured command line, also used by tests to run commands in-process. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.registerConverter(java.time.LocalDate.class, Main::day);
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine cmd = ex.getCommandLine();
      PrintWriter err = cmd.getErr();
      if (ex.getCause() instanceof NotADay && ex.getArgSpec() instanceof
          CommandLine.Model.OptionSpec o) {
        err.println("sitrep: " + o.longestName() + ": " + ex.getCause().getMessage());
      } else {
        err.println("sitrep: " + ex.getMessage());
      }
      err.println("(see 'sitrep " + cmd.getCommandName() + " --help')");
      err.flush();
      return USAGE;
    });
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      PrintWriter err = cmd.getErr();
      for (Throwable t = ex; t != null; t = t.getCause()) {
        if (t instanceof OutOfMemoryError) {
          err.printf("sitrep: out of memory (heap limit %d MB); raise it, e.g. "
              + "SITREP_JAVA_OPTS=-Xmx6g ./sitrep %s …%n", Runtime.getRuntime().maxMemory() >> 20,
              cmd.getCommandName());
          err.flush();
          return ENVIRONMENT;
        }
        if (t instanceof org.sitrep.store.StoreException se) {
          err.println("sitrep: " + se.getMessage());
          err.flush();
          return ENVIRONMENT;
        }
      }
      return internalError(err, ex);
    });
    return cl;
  }
}
