package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Where {@code extract} and {@code annotate} write their documents (a picocli mixin). */
final class OutputOptions {
  @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR",
      description = "Write one file per article into DIR (made if missing), named by the "
          + "article's id, instead of writing to stdout; failures are reported on stderr.")
  Path outputDir;

  /** The writer of a run; a folder that cannot be made is a usage error (exit 2). */
  DocumentWriter writer(CommandSpec spec, DocumentWriter.Format format, boolean pretty) {
    try {
      return new DocumentWriter(format, pretty, outputDir, spec.commandLine().getOut(),
          spec.commandLine().getErr());
    } catch (IOException | RuntimeException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "cannot make the output folder " + outputDir + " (" + e.getMessage() + ")");
    }
  }
}
