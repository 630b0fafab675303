package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.bench.ExtractBench;
import org.sitrep.bench.Throughput;
import org.sitrep.model.RawPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep bench …}: speed against a baseline measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures speed against a baseline run in the same JVM on the same inputs.",
    subcommands = {BenchCommand.Extract.class})
public final class BenchCommand {

  /** {@code sitrep bench extract DIR}. */
  @Command(name = "extract", mixinStandardHelpOptions = true,
      description = {"Pages/s of Sitrep's extractor and of boilerpipe's ArticleExtractor,",
          "one thread each, after warm-up, on the HTML pages under the given paths."})
  static final class Extract implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "HTML pages or folders.")
    List<Path> inputs;

    @Option(names = "--warmup", description = "Warm-up rounds over all pages (default: ${DEFAULT-VALUE}).")
    int warmup = 3;

    @Option(names = "--rounds", description = "Measured rounds; the best counts (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      List<RawPage> pages = ExtractBench.load(inputs);
      if (pages.isEmpty()) {
        spec.commandLine().getErr().println("sitrep: no HTML pages under " + inputs);
        return Main.USAGE;
      }
      out.printf("%d pages, %d warm-up + %d measured rounds, one thread each%n", pages.size(),
          warmup, rounds);
      out.flush();
      List<Throughput.Result> results = ExtractBench.run(pages, warmup, rounds);
      double baseline = results.get(0).pagesPerSecond();
      for (Throughput.Result r : results) {
        out.printf("%-11s %8.1f pages/s  %5.2fx boilerpipe%s%n", r.name(), r.pagesPerSecond(),
            r.pagesPerSecond() / baseline, r.failures() == 0 ? "" : "  (" + r.failures() + " failed)");
      }
      out.flush();
      return Main.OK;
    }
  }
}
