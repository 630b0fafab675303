package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.nlp.attribution.ClaimPrecision;
import org.sitrep.nlp.events.EventConfidence;
import org.sitrep.nlp.events.EventConfidenceTrainer;
import org.sitrep.nlp.geo.ResolverTrainer;
import org.sitrep.nlp.geo.ResolverWeights;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep train …}: builds the small learnt resources Sitrep ships. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Builds the learnt resources Sitrep ships (never run while annotating).",
    subcommands = {TrainCommand.Claims.class, TrainCommand.Places.class,
        TrainCommand.EventsConfidence.class})
public final class TrainCommand {

  /** A line on {@code err} every 100 articles annotated, with the seconds since {@code t0}. */
  static java.util.function.IntConsumer progress(PrintWriter err, long t0) {
    return n -> {
      if (n % 100 == 0) {
        err.printf("sitrep: annotated %d articles (%.0f s)%n", n, (System.nanoTime() - t0) / 1e9);
        err.flush();
      }
    };
  }

  /** {@code sitrep train places DIR… --out FILE}. */
  @Command(name = "places", mixinStandardHelpOptions = true,
      description = {"Learns the place resolver's weights from folders of GeoWebNews-style",
          "<id>.json articles with gold toponyms (the geoparsing bench's lgl/ and dev/): a",
          "conditional logit over each recognised toponym's gazetteer candidates, in rounds",
          "(features from the current weights, fit, again). Shipped as sitrep-nlp/src/main/",
          "resources/org/sitrep/nlp/geo/resolver-weights.tsv."})
  static final class Places implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders to learn from.")
    List<Path> dirs;

    @Option(names = "--out", paramLabel = "FILE", required = true,
        description = "Where to write the weights.")
    Path out;

    @Option(names = "--check", paramLabel = "DIR",
        description = "Folders to check the weights on (not learnt from): candidate accuracy before and after.")
    List<Path> check = List.of();

    @Option(names = "--rounds", description = "Rounds of feature extraction and fitting (default: ${DEFAULT-VALUE}).")
    int rounds = 2;

    @Option(names = "--l2", description = "L2 penalty on the weights' distance to the prior (default: ${DEFAULT-VALUE}).")
    double l2 = 0.1;

    @Option(names = "--prior", description = "What the penalty pulls the weights towards: hand (the hand-set weights) or zero (default: ${DEFAULT-VALUE}).")
    String prior = "hand";

    @Option(names = "--iterations", description = "Adam iterations per round (default: ${DEFAULT-VALUE}).")
    int iterations = 1500;

    @Option(names = "--sure-right", description = "Share of sure readings (confidence >= 0.8) that must lie within 161 km on each folder (default: ${DEFAULT-VALUE}).")
    double sureRight = ResolverTrainer.SURE_RIGHT;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      OptionValues.oneOf(spec, "--prior", prior, List.of("hand", "zero"));
      OptionValues.atLeast(spec, "--rounds", rounds, 1);
      OptionValues.atLeast(spec, "--iterations", iterations, 1);
      OptionValues.atLeast(spec, "--l2", l2, 0);
      OptionValues.between(spec, "--sure-right", sureRight, 0, 1);
      long t0 = System.nanoTime();
      java.util.function.IntConsumer progress = progress(err, t0);
      org.sitrep.model.Pipeline pipeline = org.sitrep.nlp.Annotator.places();
      List<ResolverTrainer.Item> items = ResolverTrainer.annotate(dirs, pipeline, progress);
      List<ResolverTrainer.Item> held = ResolverTrainer.annotate(check, pipeline, progress);
      if (items.isEmpty()) {
        err.println("sitrep: no <id>.json articles with toponyms in " + dirs);
        return Main.USAGE;
      }
      ResolverWeights start = ResolverWeights.HAND;
      ResolverWeights towards = prior.equals("zero")
          ? new ResolverWeights(new double[ResolverWeights.FEATURES.size()]) : start;
      ResolverWeights w = start;
      List<ResolverTrainer.Example> examples = List.of();
      for (int round = 1; round <= rounds; round++) {
        examples = ResolverTrainer.examples(items, w);
        double before = ResolverTrainer.accuracy(examples, w);
        w = ResolverTrainer.fit(examples, w, towards, l2, iterations);
        out.printf("round %d: %d matched gold toponyms, %d with the right reading among the"
            + " candidates; accuracy on those %.3f -> %.3f, loss %.3f%n", round, examples.size(),
            examples.stream().filter(e -> e.gold() >= 0).count(), before,
            ResolverTrainer.accuracy(examples, w),
            ResolverTrainer.loss(examples, w));
        out.flush();
      }
      w = ResolverTrainer.calibrate(examples, w, sureRight);
      out.printf("confidence: a logistic model of 'within 161 km' on all %d matched toponyms,"
          + " scale %.1f (the steepest that keeps %.0f%% of sure readings, >= 0.8, within"
          + " 161 km on each folder)%n", examples.size(), w.scale(), 100 * sureRight);
      if (!held.isEmpty()) {
        out.printf("check (%s): hand weights %.3f, learnt %.3f%n", check,
            ResolverTrainer.accuracy(ResolverTrainer.examples(held, start), start),
            ResolverTrainer.accuracy(ResolverTrainer.examples(held, w), w));
      }
      w.write(this.out, List.of(
          "The place resolver's weights (org.sitrep.nlp.geo.ResolverWeights; docs/design-notes.md,",
          "\"Places\", says what each feature means), learnt by a conditional logit on "
              + examples.size() + " gold toponyms",
          "built by: ./sitrep train places " + String.join(" ", dirs.stream().map(Path::toString)
              .toList()) + " --out FILE --rounds " + rounds + " --l2 " + l2 + " --prior " + prior
              + " --iterations " + iterations + " --sure-right " + sureRight,
          "In-sample candidate accuracy " + String.format(java.util.Locale.ROOT, "%.3f",
              ResolverTrainer.accuracy(examples, w)) + "; numbers only, no text of the corpora."));
      out.printf("wrote %s (%.0f s)%n", this.out, (System.nanoTime() - t0) / 1e9);
      out.flush();
      return Main.OK;
    }
  }

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
      OptionValues.atLeast(spec, "--min-claims", minClaims, 0);
      OptionValues.atLeast(spec, "--threads", threads, 1);
      // Every claim is counted, also those the shipped table would leave out.
      System.setProperty("sitrep.claims.precision", "0");
      long t0 = System.nanoTime();
      ClaimPrecision.Tally t = new ClaimPrecision(org.sitrep.nlp.Annotator.pipeline(), threads)
          .run(dir, progress(err, t0));
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

  /** {@code sitrep train events-confidence PLOVER CONFLIBERT --out FILE}. */
  @Command(name = "events-confidence", mixinStandardHelpOptions = true,
      description = {"Learns the events layer's confidence (the chance that an event is right)",
          "from PLOVER gold records (the events bench's dev/plover-gsr.jsonl: its even lines;",
          "the odd ones are reported on, not learnt from) and ConfliBERT's CAMEO sentences",
          "(conflibert-train/cameo_class-train.tsv, no-event sentences included). Shipped as",
          "sitrep-nlp/src/main/resources/org/sitrep/nlp/events/event-confidence.tsv."})
  static final class EventsConfidence implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLOVER", description = "JSON Lines of PLOVER gold sentences.")
    Path plover;

    @Parameters(index = "1", paramLabel = "CONFLIBERT", description = "sentence<TAB>class lines (0 none, 1-4 CAMEO quads).")
    Path conflibert;

    @Option(names = "--out", paramLabel = "FILE", required = true,
        description = "Where to write the weights.")
    Path out;

    @Option(names = "--l2", description = "L2 penalty on the weights (default: ${DEFAULT-VALUE}).")
    double l2 = 0.002;

    @Option(names = "--examples", paramLabel = "FILE",
        description = "Keep the annotated events in FILE (JSON Lines); when FILE exists, learn from it instead of annotating again.")
    Path examples;

    @Option(names = "--iterations", description = "Adam iterations (default: ${DEFAULT-VALUE}).")
    int iterations = 4000;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      OptionValues.atLeast(spec, "--l2", l2, 0);
      OptionValues.atLeast(spec, "--iterations", iterations, 1);
      for (Path p : List.of(plover, conflibert)) {
        if (!java.nio.file.Files.isRegularFile(p)) {
          err.println("sitrep: no such file: " + p);
          return Main.USAGE;
        }
      }
      long t0 = System.nanoTime();
      List<EventConfidenceTrainer.Example> all;
      if (examples != null && java.nio.file.Files.isRegularFile(examples)) {
        all = EventConfidenceTrainer.read(examples);
        err.printf("sitrep: %d events read from %s%n", all.size(), examples);
      } else {
        System.setProperty("sitrep.events.confidence", "raw"); // learn from the reader's own score
        try {
          all = EventConfidenceTrainer.annotate(plover, conflibert,
              org.sitrep.nlp.Annotator.pipeline().warm(), n -> {
                if (n % 200 == 0) {
                  err.printf("sitrep: annotated %d sentences (%.0f s)%n", n,
                      (System.nanoTime() - t0) / 1e9);
                  err.flush();
                }
              });
        } finally {
          System.clearProperty("sitrep.events.confidence");
        }
        if (examples != null) {
          EventConfidenceTrainer.write(all, examples);
        }
      }
      List<EventConfidenceTrainer.Example> fit = all.stream().filter(e -> e.fit()).toList();
      List<EventConfidenceTrainer.Example> held = all.stream().filter(e -> !e.fit()).toList();
      List<EventConfidenceTrainer.Example> dev = all.stream()
          .filter(e -> e.corpus().equals("plover")).toList();
      if (fit.isEmpty()) {
        err.println("sitrep: no events predicted on " + plover + " and " + conflibert);
        return Main.USAGE;
      }
      EventConfidence model = EventConfidenceTrainer.fit(fit, l2, iterations);
      String[][] parts = {
          {"learnt from (ConfliBERT + PLOVER even lines; each event scored without its own"
              + " trigger-word count)", "fit"},
          {"held out (PLOVER odd lines)", "held"},
          {"PLOVER dev, all lines (the even ones as above)", "dev"}};
      for (String[] part : parts) {
        List<EventConfidenceTrainer.Example> ex = part[1].equals("fit") ? fit
            : part[1].equals("held") ? held : dev;
        out.printf("%s: %d events, %d right%n", part[0], ex.size(),
            ex.stream().filter(e -> e.right()).count());
        out.println(" reader's score:");
        EventConfidence.format(EventConfidenceTrainer.table(ex, null)).forEach(out::println);
        out.println(" learnt confidence:");
        EventConfidence.format(EventConfidenceTrainer.table(ex, model)).forEach(out::println);
      }
      EventConfidenceTrainer.write(model, this.out, List.of(
          "The events layer's confidence (org.sitrep.nlp.events.EventConfidence): a logistic model"
              + " of 'the event is right',",
          "learnt from " + fit.size() + " predicted events: every sentence of " + conflibert
              + " (class 0: any event is wrong;",
          "1-4: right when its PLOVER type is of that CAMEO quad) and the even lines of " + plover
              + " (right: the gold type).",
          "built by: ./sitrep train events-confidence " + plover + " " + conflibert
              + " --out FILE --l2 " + l2 + " --iterations " + iterations,
          "Weights, and per trigger word how many of its events were right; no sentence of the corpora."));
      out.printf("wrote %s (%.0f s)%n", this.out, (System.nanoTime() - t0) / 1e9);
      out.flush();
      return Main.OK;
    }
  }
}
