package org.sitrep.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.sitrep.core.fetch.FetchOptions;
import org.sitrep.core.source.Sources;
import org.sitrep.extract.source.PageReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads pages shares (a picocli mixin): inputs and fetching. */
final class InputOptions {
  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = {"Pages, folders, WARC(.gz) files, files of URLs (one a line), RSS/Atom feeds "
          + "or sitemaps (files or URLs), or URLs, in any mix. What a file is comes from its "
          + "content. '-' reads one page (HTML or text) from standard input, named 'stdin:' and its SHA-256's first 16 hex digits."})
  List<String> inputs;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-bytes", paramLabel = "N",
      description = "Refuse files, records and downloads larger than N bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes = PageReader.DEFAULT_MAX_BYTES;

  @Option(names = "--allow-private",
      description = "Allow fetching from loopback, private and link-local addresses (refused by default).")
  boolean allowPrivate;

  @Option(names = "--contact", paramLabel = "URL|EMAIL",
      description = "How a site owner can reach you; put in the User-Agent of every request.")
  String contact;

  @Option(names = "--delay", paramLabel = "MS",
      description = "Pause between two requests to one host, in milliseconds (default: ${DEFAULT-VALUE}).")
  long delayMillis = 1000;

  @Option(names = "--response-timeout", paramLabel = "SECONDS",
      description = "Deadline for each attempt at a whole response, headers and body; a server that never answers is tried again (default: ${DEFAULT-VALUE}).")
  long responseTimeoutSeconds = FetchOptions.DEFAULT_RESPONSE_TIMEOUT.toSeconds();

  @Option(names = "--min-rate", paramLabel = "BYTES",
      description = "Slowest body accepted, in bytes per second, measured over each 30 s once 10 s after the headers have passed (default: ${DEFAULT-VALUE}; 0: no minimum).")
  long minRate = FetchOptions.DEFAULT_MIN_RATE;

  @Option(names = "--max-sitemap-documents", paramLabel = "N",
      description = "Most documents (the pages listed and the sitemaps pointed to) one feed or sitemap input yields, index and all; the rest is not read and the input reports the cut (default: ${DEFAULT-VALUE}).")
  int maxSitemapDocuments = FetchOptions.DEFAULT_MAX_SITEMAP_DOCUMENTS;

  @Option(names = "--warc-out", paramLabel = "FILE",
      description = "Record every fetched response in this WARC file (.warc.gz: compressed), to replay the crawl later.")
  Path warcOut;

  @Option(names = "--doc-timeout", paramLabel = "SECONDS",
      description = "Annotation budget per 10,000 characters of a document, in CPU seconds of its worker (default: ${DEFAULT-VALUE}; the machine's load does not change it); a document over it keeps the layers made so far with an 'over-budget' warning, and ingest retries it next run. 0: no limit.")
  double docTimeout = org.sitrep.core.Flow.DEFAULT_BUDGET.toSeconds();

  /** The budget per 10,000 characters, or null for none. */
  Duration budget() {
    return budget(docTimeout);
  }

  /** The budget of a {@code --doc-timeout} of {@code seconds}, or null for none (0 or less). */
  static Duration budget(double seconds) {
    return seconds <= 0 ? null : Duration.ofMillis((long) (seconds * 1000));
  }

  FetchOptions fetchOptions() {
    return FetchOptions.defaults().withAllowPrivate(allowPrivate).withContact(contact)
        .withDelay(Duration.ofMillis(delayMillis)).withMaxBytes(maxBytes)
        .withWarcOut(warcOut)
        .withResponseTimeout(Duration.ofSeconds(responseTimeoutSeconds))
        .withMinRate(minRate, FetchOptions.DEFAULT_RATE_WINDOW)
        .withMaxSitemapDocuments(maxSitemapDocuments);
  }

  void requireInputs() {
    if (inputs == null || inputs.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "Missing required parameter: 'INPUT'");
    }
    if (maxBytes < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--max-bytes must be at least 1 (bytes), not " + maxBytes);
    }
    if (threads < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--threads must be at least 1, not " + threads);
    }
    OptionValues.atLeast(spec, "--delay", delayMillis, 0);
    OptionValues.atLeast(spec, "--response-timeout", responseTimeoutSeconds, 1);
    OptionValues.atLeast(spec, "--min-rate", minRate, 0);
    OptionValues.atLeast(spec, "--max-sitemap-documents", maxSitemapDocuments, 1);
    OptionValues.atLeast(spec, "--doc-timeout", docTimeout, 0);
  }

  /**
   * The inputs, which every command but {@code events --store} needs; none is a usage error
   * (exit 2) with picocli's own message.
   */
  Sources sources(java.util.function.Predicate<String> known) {
    requireInputs();
    return new Sources(inputs, maxBytes, fetchOptions(), known, System.in);
  }
}
