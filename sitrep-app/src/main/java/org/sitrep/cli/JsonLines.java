package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.function.Function;
import org.sitrep.core.Input;
import org.sitrep.core.OrderedRunner;
import org.sitrep.core.source.Sources;
import org.sitrep.model.Failure;
import org.sitrep.model.Json;
import org.sitrep.model.Result;
import org.sitrep.model.Skipped;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a per-document job over the inputs on all threads and writes one JSON line (or one
 * indented object) per document in input order; failures are counted by kind and summarised.
 */
final class JsonLines {
  private JsonLines() {}

  static int run(CommandSpec spec, InputOptions in, boolean pretty, String verb,
                 Function<Input, Result> job) {
    PrintWriter out = spec.commandLine().getOut();
    return run(spec, in, verb, job,
        result -> out.println(pretty ? Json.pretty(result) : Json.line(result)));
  }

  /** The same run with its own output of each result (failures are still counted and reported). */
  static int run(CommandSpec spec, InputOptions in, String verb, Function<Input, Result> job,
                 java.util.function.Consumer<Result> write) {
    PrintWriter out = spec.commandLine().getOut();
    RunReport report = new RunReport();
    try (Sources sources = in.sources(null);
         OrderedRunner<Input, Result> runner = new OrderedRunner<>(in.threads, job, result -> {
           if (result instanceof Failure f) {
             report.failed(f);
           } else if (result instanceof Skipped k) {
             report.skipped(k);
           } else {
             report.ok();
           }
           write.accept(result);
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
