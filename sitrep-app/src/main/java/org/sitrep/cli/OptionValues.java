package org.sitrep.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Option values outside what an option takes: a usage error (exit 2) whose one line says the
 * option, the value and what it takes, before any work starts.
 */
final class OptionValues {
  private OptionValues() {}

  /** Refuses {@code value} below {@code min} (and NaN). */
  static void atLeast(CommandSpec spec, String option, double value, double min) {
    if (!(value >= min)) {
      throw new ParameterException(spec.commandLine(), option + " must be at least "
          + number(min) + " (was " + number(value) + ")");
    }
  }

  /** Refuses {@code value} outside {@code min..max} (and NaN). */
  static void between(CommandSpec spec, String option, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new ParameterException(spec.commandLine(), option + " must be between "
          + number(min) + " and " + number(max) + " (was " + number(value) + ")");
    }
  }

  /** Refuses a value not among {@code allowed}, listing them. */
  static void oneOf(CommandSpec spec, String option, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw new ParameterException(spec.commandLine(), "unknown " + option + " " + value
          + "; one of: " + String.join(", ", allowed));
    }
  }

  private static String number(double v) {
    return v == Math.rint(v) && !Double.isInfinite(v) ? String.valueOf((long) v)
        : String.format(Locale.ROOT, "%s", v);
  }
}
