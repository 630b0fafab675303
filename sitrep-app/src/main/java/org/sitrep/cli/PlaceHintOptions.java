package org.sitrep.cli;

import java.util.List;
import org.sitrep.nlp.geo.PlaceOptions;
import org.sitrep.nlp.geo.SiteHomes;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** What the user tells the place resolver (a picocli mixin): a country hint, sites' homes. */
final class PlaceHintOptions {
  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--country-hint", paramLabel = "CC",
      description = "The country the articles are about (ISO 3166-1 alpha-2, e.g. US): its places are preferred where the text gives no stronger clue, as if the article named that country twice as much as any other.")
  String countryHint;

  @Option(names = "--site-home", paramLabel = "HOST=AREA",
      description = "Where a site is at home, whatever its articles say: HOST (and its subdomains) = a country (US), or a first-level region by code (US-TX) or name (US/Texas). Repeatable.")
  List<String> siteHomes;

  /** The place options these hints give, with explanations if {@code explain}. */
  PlaceOptions placeOptions(boolean explain) {
    String cc = null;
    if (countryHint != null) {
      try {
        cc = PlaceOptions.countryCode(countryHint);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--country-hint: " + e.getMessage());
      }
    }
    return new PlaceOptions(explain, cc);
  }

  /** Gives {@code homes} the sites' homes of {@code --site-home}; returns it. */
  SiteHomes homes(SiteHomes homes) {
    for (String h : siteHomes == null ? List.<String>of() : siteHomes) {
      int eq = h.indexOf('=');
      try {
        if (eq < 0) {
          throw new IllegalArgumentException("expected HOST=AREA, e.g. example.com=US");
        }
        homes.withHome(h.substring(0, eq), h.substring(eq + 1));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--site-home " + h + ": "
            + e.getMessage());
      }
    }
    return homes;
  }
}
