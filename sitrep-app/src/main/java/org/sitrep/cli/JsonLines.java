package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.function.Function;
import org.sitrep.core.Input;
import org.sitrep.core.OrderedRunner;
import org.sitrep.core.source.Sources;
import org.sitrep.model.Failure;
import org.sitrep.model.Result;
import org.sitrep.model.Skipped;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a per-document job over the inputs on all threads and writes each document in input
 * order (JSON lines, or as a {@link DocumentWriter} says); failures are counted by kind and
 * summarised.
 */
final class JsonLines {
  private JsonLines() {}

  /** A run with its own output of each result (failures are still counted and reported). */
  static int run(CommandSpec spec, InputOptions in, String verb, Function<Input, Result> job,
                 java.util.function.Consumer<Result> write) {
    return runCounted(spec, in, verb, job, result -> {
      write.accept(result);
      return result;
    });
  }

  /** The same run written by {@code writer} (a format, standard output or a folder). */
  static int run(CommandSpec spec, InputOptions in, String verb, Function<Input, Result> job,
                 DocumentWriter writer) {
    return runCounted(spec, in, verb, job, writer::write);
  }

  /**
   * The run, where {@code write} outputs a result and returns what to count for it (the result,
   * or the failure to write it).
   */
  private static int runCounted(CommandSpec spec, InputOptions in, String verb,
                                Function<Input, Result> job,
                                java.util.function.UnaryOperator<Result> write) {
    PrintWriter out = spec.commandLine().getOut();
    RunReport report = new RunReport();
    try (Sources sources = in.sources(null);
         OrderedRunner<Input, Result> runner = new OrderedRunner<>(in.threads, job, produced -> {
           Result result = write.apply(produced);
           if (result instanceof Failure f) {
             report.failed(f);
           } else if (result instanceof Skipped k) {
             report.skipped(k);
           } else {
             report.ok();
           }
           out.flush();
         })) {
      for (Input i : sources) {
        runner.submit(i);
      }
      runner.close();
      report.skipped(sources.skipped());
    }
    report.print(spec.commandLine().getErr(), verb);
    return report.exitCode();
  }
}
