package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.eval.ExtractionEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep eval …}: scores Sitrep against gold-standard data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Scores Sitrep against gold-standard data.",
    subcommands = {EvalCommand.Extract.class, EvalCommand.Geo.class, EvalCommand.Quotes.class,
        EvalCommand.Events.class, EvalCommand.Police.class})
public final class EvalCommand {

  /** {@code sitrep eval extract DIR}. */
  @Command(name = "extract", mixinStandardHelpOptions = true,
      description = {"Scores article-body extraction on a folder laid out like the public",
          "article-extraction benchmark: <id>.html[.gz] files and ground-truth.json."})
  static final class Extract implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder with HTML pages and ground-truth.json.")
    Path dir;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      if (!Files.isRegularFile(dir.resolve("ground-truth.json"))) {
        spec.commandLine().getErr().println("sitrep: no ground-truth.json in " + dir);
        return Main.USAGE;
      }
      ExtractionEval.Summary s = new ExtractionEval(new Extractor()).run(dir);
      out.printf("pages       %d%n", s.pages());
      out.printf("precision   %.4f%n", s.precision());
      out.printf("recall      %.4f%n", s.recall());
      out.printf("F1          %.4f%n", s.f1());
      out.printf("empty rate  %.4f%n", s.emptyRate());
      out.println("worst pages (F1, precision, recall, id):");
      for (ExtractionEval.Page p : s.worst()) {
        out.printf("  %.3f  %.3f  %.3f  %s%s%n", p.score().f1(), p.score().precision(),
            p.score().recall(), p.id(), p.error() == null ? "" : "  [" + p.error() + "]");
      }
      out.flush();
      return Main.OK;
    }
  }

  /** {@code sitrep eval geo DIR…}. */
  @Command(name = "geo", mixinStandardHelpOptions = true,
      description = {"Scores place recognition (P/R/F1, overlap and exact; per class: GPE, a bundled town,",
          "region or country; LOC, another GeoNames id; FAC, coordinates without an id;",
          "NONE, no coordinates) and resolution",
          "(accuracy within 161 km; area-aware accuracy, where a country, region or continent",
          "is right when the gold lies in it; mean/median error, AUC) on GeoWebNews-style",
          "<id>.json files;",
          "several folders (corpora) give figures per corpus, then all together."})
  static final class Geo implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR",
        description = "Folders of <id>.json articles with gold toponyms (one corpus each).")
    List<Path> dirs;

    @picocli.CommandLine.Option(names = "--resolve-set", paramLabel = "SET",
        description = "Which matched toponyms resolution is scored on: ids (gold with a GeoNames id), coords (every gold with coordinates) or auto: ids when the corpus has any, else coords (default: ${DEFAULT-VALUE}).")
    String resolveSet = "auto";

    @picocli.CommandLine.Option(names = "--dump", paramLabel = "FILE",
        description = "Also write each article's predicted places to FILE (JSON Lines).")
    Path dump;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      org.sitrep.nlp.geo.GeoEval.ResolveSet set;
      try {
        set = org.sitrep.nlp.geo.GeoEval.ResolveSet.valueOf(resolveSet.toUpperCase(
            java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--resolve-set: ids, coords or auto (was '" + resolveSet + "')");
      }
      PrintWriter dumpWriter = dump == null ? null
          : new PrintWriter(java.nio.file.Files.newBufferedWriter(dump));
      List<org.sitrep.nlp.geo.GeoEval.Summary> all = new java.util.ArrayList<>();
      try {
        org.sitrep.nlp.geo.GeoEval eval = new org.sitrep.nlp.geo.GeoEval(
            org.sitrep.nlp.Annotator.places(), dumpWriter);
        for (Path dir : dirs) {
          org.sitrep.nlp.geo.GeoEval.Summary s = eval.run(dir, set);
          if (s.articles() == 0) {
            spec.commandLine().getErr().println("sitrep: no <id>.json articles with toponyms in "
                + dir);
            return Main.USAGE;
          }
          if (dirs.size() > 1) {
            out.printf("== %s%n", dir);
          }
          print(out, s, dirs.size() == 1);
          all.add(s);
        }
      } finally {
        if (dumpWriter != null) {
          dumpWriter.close(); // also when the run fails, so the dump keeps what was written
        }
      }
      if (all.size() > 1) {
        out.println("== per corpus");
        out.printf("%-40s %9s %9s %10s %9s%n", "corpus", "rec. F1", "acc@161", "area-aware",
            "resolved");
        for (int i = 0; i < all.size(); i++) {
          out.printf("%-40s %9.3f %9.3f %10.3f %9d%n", dirs.get(i), all.get(i).f1(),
              all.get(i).acc161(), all.get(i).areaAcc(), all.get(i).resolved());
        }
        out.printf("%-40s %9.3f %9.3f %10.3f %9s%n", "macro-average",
            all.stream().mapToDouble(org.sitrep.nlp.geo.GeoEval.Summary::f1).average()
                .orElse(0),
            all.stream().mapToDouble(org.sitrep.nlp.geo.GeoEval.Summary::acc161).average()
                .orElse(0),
            all.stream().mapToDouble(org.sitrep.nlp.geo.GeoEval.Summary::areaAcc).average()
                .orElse(0), "");
      }
      out.flush();
      return Main.OK;
    }

    private static void print(PrintWriter out, org.sitrep.nlp.geo.GeoEval.Summary s,
                              boolean misses) {
      out.printf("articles        %d%n", s.articles());
      out.printf("gold toponyms   %d, predicted %d, matched %d%n", s.gold(), s.predicted(),
          s.matched());
      out.printf("recognition     P %.3f  R %.3f  F1 %.3f  (exact boundaries F1 %.3f)%n",
          s.precision(), s.recall(), s.f1(), s.exactF1());
      for (var c : s.classes()) {
        out.printf("  %-13s %4d gold, %4d matched, %4d unmatched predicted: P %.3f  R %.3f  "
            + "F1 %.3f%n", c.name(), c.gold(), c.matched(), c.falsePositives(), c.precision(),
            c.recall(), c.f1());
      }
      out.printf("resolution      %d %s: acc@161km %.3f  area-aware %.3f  mean %.0f km  "
          + "median %.0f km  AUC %.3f%n", s.resolved(), s.resolveSet() == org.sitrep.nlp.geo
          .GeoEval.ResolveSet.COORDS ? "with coordinates" : "with GeoNames ids", s.acc161(),
          s.areaAcc(), s.meanKm(), s.medianKm(), s.auc());
      out.printf("calibration     confidence >= %.1f: %d of %d resolved (%.0f%%), %.3f within 161 km%n",
          org.sitrep.nlp.geo.GeoEval.CONFIDENT, s.confident(), s.resolved(),
          s.resolved() == 0 ? 0.0 : 100.0 * s.confident() / s.resolved(), s.confidentAcc161());
      var st = s.fromStore();
      if (st != null) {
        out.printf("from the store  sites' homes learnt from every other article of the folder: "
            + "acc@161km %.3f  area-aware %.3f  calibration %.3f (%d confident)%n", st.acc161(),
            st.areaAcc(), st.confidentAcc161(), st.confident());
      }
      if (misses) {
        out.println("some misses beyond 161 km:");
        s.worst().forEach(w -> out.println("  " + w));
      }
    }
  }

  /** {@code sitrep eval quotes DIR}. */
  @Command(name = "quotes", mixinStandardHelpOptions = true,
      description = {"Scores quote detection and speaker attribution on PolNeAR-style <id>.json",
          "articles (text, published, attributions with source, cue, content, direct)."})
  static final class Quotes implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder of <id>.json articles with gold attributions.")
    Path dir;

    @picocli.CommandLine.Option(names = "--threads", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @picocli.CommandLine.Option(names = "--mistakes", paramLabel = "FILE",
        description = "Also write each wrongly attributed quote (article, offset, predicted and gold speaker, quote) to FILE.")
    Path mistakes;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      var s = new org.sitrep.nlp.attribution.QuoteEval(org.sitrep.nlp.Annotator.pipeline(),
          threads).run(dir);
      if (s.articles() == 0) {
        spec.commandLine().getErr().println("sitrep: no <id>.json articles in " + dir);
        return Main.USAGE;
      }
      if (mistakes != null) {
        java.nio.file.Files.write(mistakes, s.mistakes());
      }
      var t = s.total();
      out.printf("articles          %d%n", s.articles());
      out.printf("direct quotes     gold %d, predicted %d%n", t.gold(), t.predicted());
      out.printf("detection         P %.3f  R %.3f  F1 %.3f%n", t.detectionP(), t.detectionR(),
          t.detectionF1());
      out.printf("speaker accuracy  %.3f  (%d of %d attributable predicted quotes)%n",
          t.speakerAccuracy(), t.speakerRight(), t.attributable());
      out.printf("end-to-end        P %.3f  R %.3f  F1 %.3f%n", t.endToEndP(), t.endToEndR(),
          t.endToEndF1());
      var c = s.claims();
      out.printf("reported speech   gold %d, predicted claims %d%n", c.gold(), c.predicted());
      out.printf("  detection       P %.3f  R %.3f  F1 %.3f%n", c.detectionP(), c.detectionR(),
          c.detectionF1());
      out.printf("  claimant        %.3f  (%d of %d attributable predicted claims)%n",
          c.speakerAccuracy(), c.speakerRight(), c.attributable());
      out.printf("  end-to-end      P %.3f  R %.3f  F1 %.3f%n", c.endToEndP(), c.endToEndR(),
          c.endToEndF1());
      out.println("worst articles (end-to-end F1, gold direct quotes, id):");
      for (var e : s.worst()) {
        out.printf("  %.3f  %3d  %s%n", e.getValue().endToEndF1(), e.getValue().gold(),
            e.getKey());
      }
      out.flush();
      return Main.OK;
    }
  }

  /** {@code sitrep eval events FILE}. */
  @Command(name = "events", mixinStandardHelpOptions = true,
      description = {"Scores the events layer on sentence-level gold (PLOVER gold-standard",
          "records as JSON Lines: text, event, actor[], recipient[]): type P/R/F1, type+actor F1,",
          "who-did-what-to-whom F1, actor country accuracy, a calibration table (events with",
          "confidence >= 0.5 … 0.9 and the share of them right); ACLED sub-event weighted F1",
          "for lines labelled with sub_event_type."})
  static final class Events implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "JSON Lines of gold sentences.")
    Path file;

    @picocli.CommandLine.Option(names = "--mistakes", paramLabel = "FILE",
        description = "Also write each sentence whose type or arguments are wrong to FILE.")
    Path mistakes;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      if (!Files.isRegularFile(file)) {
        spec.commandLine().getErr().println("sitrep: no such file: " + file);
        return Main.USAGE;
      }
      var s = new org.sitrep.nlp.events.EventEval(org.sitrep.nlp.Annotator.pipeline().warm())
          .run(file);
      if (mistakes != null) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (var l : s.lines()) {
          if (!l.fullOk()) {
            lines.add(l.id() + "\t" + (l.typeOk() ? "args" : "type") + "\tgold " + l.gold()
                + "\tpredicted " + l.predicted() + "\t" + l.text());
          }
        }
        Files.write(mistakes, lines);
      }
      out.printf("sentences            %d%n", s.sentences());
      if (s.type().gold() > 0) {
        out.printf("type                 P %.3f  R %.3f  F1 %.3f%n", s.type().precision(),
            s.type().recall(), s.type().f1());
        out.printf("type+actor           P %.3f  R %.3f  F1 %.3f%n", s.typeActor().precision(),
            s.typeActor().recall(), s.typeActor().f1());
        out.printf("who-did-what-to-whom P %.3f  R %.3f  F1 %.3f%n", s.full().precision(),
            s.full().recall(), s.full().f1());
        out.printf("actor country        %.3f  (%d of %d matched gold actors with a country)%n",
            s.countryAccuracy(), s.countryRight(), s.countryGold());
        out.println("per type (gold, predicted, F1):");
        for (var e : s.perType().entrySet()) {
          out.printf("  %-10s %4d %4d  %.3f%n", e.getKey(), e.getValue().gold(),
              e.getValue().predicted(), e.getValue().f1());
        }
        out.println("calibration (predicted events with confidence >= t, share of the right type):");
        org.sitrep.nlp.events.EventConfidence.format(s.calibration()).forEach(out::println);
      }
      if (s.acledLines() > 0) {
        out.printf("ACLED sub-event      accuracy %.3f  weighted F1 %.3f  coverage %.3f  (%d lines)%n",
            s.acledAccuracy(), s.acledWeightedF1(), s.acledCoverage(), s.acledLines());
      }
      out.flush();
      return Main.OK;
    }
  }

  /** {@code sitrep eval police FILE}. */
  @Command(name = "police", mixinStandardHelpOptions = true,
      description = {"Scores police reporting sentence by sentence (JSON Lines: text, half, and",
          "gold flags arrest, killing, force, police_actor): per half and class, Sitrep's",
          "sentence P/R/F1 beside a keyword list's on the same sentences."})
  static final class Police implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "JSON Lines of labelled sentences.")
    Path file;

    @picocli.CommandLine.Option(names = "--mistakes", paramLabel = "FILE",
        description = "Also write each sentence where Sitrep's classes differ from the gold to FILE.")
    Path mistakes;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      if (!Files.isRegularFile(file)) {
        spec.commandLine().getErr().println("sitrep: no such file: " + file);
        return Main.USAGE;
      }
      var s = new org.sitrep.nlp.events.PoliceEval(org.sitrep.nlp.Annotator.pipeline().warm())
          .run(file);
      if (mistakes != null) {
        List<String> lines = new java.util.ArrayList<>();
        for (var l : s.lines()) {
          if (!l.gold().equals(l.sitrep())) {
            lines.add(l.half() + "\t" + l.id() + "\tgold " + l.gold() + "\tsitrep " + l.sitrep()
                + "\t" + l.events() + "\t" + l.text());
          }
        }
        Files.write(mistakes, lines);
      }
      for (var h : s.halves().entrySet()) {
        out.printf("half %s (%d sentences)     gold   Sitrep P / R / F1        keywords P / R / F1%n",
            h.getKey(), h.getValue().sentences());
        for (String c : org.sitrep.nlp.events.PoliceEval.CLASSES) {
          var a = h.getValue().sitrep().get(c);
          var k = h.getValue().keywords().get(c);
          out.printf("  %-24s %4d   %.3f %.3f %.3f        %.3f %.3f %.3f%n", c, a.gold(),
              a.precision(), a.recall(), a.f1(), k.precision(), k.recall(), k.f1());
        }
      }
      out.flush();
      return Main.OK;
    }
  }
}
