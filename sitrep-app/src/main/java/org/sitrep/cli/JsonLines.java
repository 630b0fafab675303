package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import org.sitrep.extract.source.FileSource;
import org.sitrep.model.Failure;
import org.sitrep.model.Json;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a per-document job over the inputs on all threads and writes one JSON line (or one
 * indented object) per document in input order; failures are counted by kind and summarised.
 */
final class JsonLines {
  private JsonLines() {}

  static int run(CommandSpec spec, InputOptions in, boolean pretty, String verb,
                 Function<Path, Object> job) {
    PrintWriter out = spec.commandLine().getOut();
    RunReport report = new RunReport();
    try (OrderedRunner<Path, Object> runner = new OrderedRunner<>(in.threads, job, result -> {
      if (result instanceof Failure f) {
        report.failed(f);
      } else {
        report.ok();
      }
      out.println(pretty ? Json.pretty(result) : Json.line(result));
      out.flush();
    })) {
      for (Path p : new FileSource(in.inputs)) {
        runner.submit(p);
      }
    }
    report.print(spec.commandLine().getErr(), verb);
    return report.exitCode();
  }
}
