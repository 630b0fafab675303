package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.nlp.attribution.ClaimPrecision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep train …}: builds the small learnt resources Sitrep ships. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Builds the learnt resources Sitrep ships (never run while annotating).",
    subcommands = {TrainCommand.Claims.class})
public final class TrainCommand {

  /** {@code sitrep train claims DIR --out FILE}. */
  @Command(name = "claims", mixinStandardHelpOptions = true,
      description = {"Annotates PolNeAR-style <id>.json articles (the attribution bench's",
          "train/) keeping every claim, and writes per cue word how many of Sitrep's claims",
          "were right (shipped as sitrep-nlp/src/main/resources/org/sitrep/nlp/attribution/",
          "claim-precision.tsv; cue words whose claims are rarely right are left out)."})
  static final class Claims implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder of <id>.json articles with gold attributions.")
    Path dir;

    @Option(names = "--out", paramLabel = "FILE", required = true,
        description = "Where to write the table.")
    Path out;

    @Option(names = "--min-claims", description = "Cue words with fewer claims are not listed (default: ${DEFAULT-VALUE}).")
    int minClaims = 5;

    @Option(names = "--threads", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      // Every claim is counted, also those the shipped table would leave out.
      System.setProperty("sitrep.claims.precision", "0");
      long t0 = System.nanoTime();
      ClaimPrecision.Tally t = new ClaimPrecision(org.sitrep.nlp.Annotator.pipeline(), threads)
          .run(dir, n -> {
            if (n % 100 == 0) {
              err.printf("sitrep: annotated %d articles (%.0f s)%n", n,
                  (System.nanoTime() - t0) / 1e9);
              err.flush();
            }
          });
      if (t.articles() == 0) {
        err.println("sitrep: no <id>.json articles in " + dir);
        return Main.USAGE;
      }
      ClaimPrecision.write(t, minClaims, this.out, List.of(
          "How often Sitrep's claims were right, per cue word (lower case), on " + t.articles()
              + " PolNeAR articles,",
          "built by: ./sitrep train claims " + dir + " --out FILE --min-claims " + minClaims,
          "Right: the claim belongs to a reported gold attribution and names its source"
              + " (eval quotes). Counts only, no text of the corpus."));
      int claims = t.byCue().values().stream().mapToInt(v -> v[0]).sum();
      int right = t.byCue().values().stream().mapToInt(v -> v[1]).sum();
      out.printf("articles  %d%nclaims    %d (%d right, %.3f)%ncue words %d%nwrote     %s%n",
          t.articles(), claims, right, claims == 0 ? 0.0 : (double) right / claims,
          t.byCue().size(), this.out);
      out.flush();
      return Main.OK;
    }
  }
}
