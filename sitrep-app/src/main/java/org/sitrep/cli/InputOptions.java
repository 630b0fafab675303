package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.extract.source.PageReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads pages shares (a picocli mixin). */
final class InputOptions {
  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Pages or folders of pages.")
  List<Path> inputs;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-bytes", paramLabel = "N",
      description = "Refuse files larger than N bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes = PageReader.DEFAULT_MAX_BYTES;
}
