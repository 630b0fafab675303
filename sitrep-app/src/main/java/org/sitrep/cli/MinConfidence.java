package org.sitrep.cli;

import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code --min-confidence X} option of the commands that list or filter events. */
final class MinConfidence {
  private MinConfidence() {}

  /** The option's help, the same for every command. */
  static final String HELP = "Only events of at least this confidence, the chance that the"
      + " event is right (0 to 1; default: 0, all).";

  /** Whether {@code value} is refused (outside 0..1): then one line on stderr says why. */
  static boolean refused(CommandSpec spec, double value) {
    if (value >= 0 && value <= 1) {
      return false;
    }
    spec.commandLine().getErr().println(String.format(Locale.ROOT,
        "sitrep: --min-confidence must be between 0 and 1 (was %s)", value));
    spec.commandLine().getErr().flush();
    return true;
  }
}
