package org.sitrep.core.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.sitrep.core.Input;
import org.sitrep.core.PageSource;
import org.sitrep.core.feed.FeedItem;
import org.sitrep.core.feed.FeedReader;
import org.sitrep.core.fetch.FetchOptions;
import org.sitrep.core.fetch.Fetcher;
import org.sitrep.extract.ExtractionException;
import org.sitrep.extract.source.FileSource;
import org.sitrep.extract.source.PageReader;
import org.sitrep.model.Ids;
import org.sitrep.model.RawPage;

/**
 * Every input a command line can name, in any mix, as one {@link PageSource}: files and folders
 * (walked), WARC and WARC.gz files, files of URLs (one a line), RSS/Atom feeds and sitemaps (as
 * files or URLs), and URLs. What a file is comes from its content, not its name. Archives and
 * lists are expanded lazily, one at a time; URLs are fetched on the worker that processes them,
 * through one polite {@link Fetcher}. One {@code Sources} is one run: a feed, sitemap or sitemap
 * index is read once in it, however often it is listed (by itself, by another index, or as an
 * input), and one feed or sitemap tree yields at most
 * {@link FetchOptions#maxSitemapDocuments()} documents.
 */
public final class Sources implements PageSource {
  /** The stamp of a fetched URL: a URL stored once is not fetched again unless forced. */
  public static final String FETCHED = "fetched";

  /** The argument that stands for standard input: one page, HTML or scraped text. */
  public static final String STDIN = "-";
  /** The name of the document read from standard input. */
  public static final String STDIN_NAME = "stdin";

  private static final Pattern URL = Pattern.compile("(?i)https?://\\S+");
  private static final int MAX_SITEMAP_DEPTH = 3;
  private static final String ALREADY_READ = "feeds and sitemaps listed again (read once)";

  private final List<String> args;
  private final long maxBytes;
  private final PageReader reader;
  private final FetchOptions fetchOptions;
  private final Predicate<String> known;
  private final boolean conditional;
  private final Map<String, Long> skipped = Collections.synchronizedMap(new TreeMap<>());
  private final List<String> feeds = Collections.synchronizedList(new ArrayList<>());
  /** The feeds and sitemaps read in this run (as asked for, and where they redirected to). */
  private final Set<String> read = ConcurrentHashMap.newKeySet();
  private Fetcher fetcher;
  private final InputStream stdin;

  /**
   * @param known feed items whose URL this says is already stored are left out (for polling);
   *     null keeps every item
   */
  public Sources(List<String> args, long maxBytes, FetchOptions fetchOptions,
                 Predicate<String> known) {
    this(args, maxBytes, fetchOptions, known, System.in);
  }

  /** The same, with {@code -} among the arguments read from {@code stdin} (one page). */
  public Sources(List<String> args, long maxBytes, FetchOptions fetchOptions,
                 Predicate<String> known, InputStream stdin) {
    this(args, maxBytes, fetchOptions, known, false, null, stdin);
  }

  private Sources(List<String> args, long maxBytes, FetchOptions fetchOptions,
                  Predicate<String> known, boolean conditional, Fetcher shared,
                  InputStream stdin) {
    this.stdin = stdin;
    this.args = List.copyOf(args);
    this.maxBytes = maxBytes;
    this.reader = new PageReader(maxBytes);
    this.fetchOptions = fetchOptions;
    this.known = known;
    this.conditional = conditional;
    this.fetcher = shared;
  }

  /** Local paths only, for extraction from files (no fetching). */
  public static Sources ofPaths(List<Path> paths, long maxBytes) {
    List<String> a = new ArrayList<>();
    paths.forEach(p -> a.add(p.toString()));
    return new Sources(a, maxBytes, FetchOptions.defaults(), null);
  }

  /**
   * The feeds and sitemaps met so far, as a new source for polling them again: feeds are fetched
   * conditionally (unchanged ones give nothing) and items already stored are left out.
   */
  public Sources feedsAgain(Predicate<String> storedUrls) {
    return new Sources(new ArrayList<>(feeds), maxBytes, fetchOptions, storedUrls, true,
        fetcher(), null);
  }

  /** The feeds and sitemaps met so far (URLs or files). */
  public List<String> feeds() {
    return List.copyOf(feeds);
  }

  /** What was skipped (WARC records that are not pages, feed items already stored), by kind. */
  public Map<String, Long> skipped() {
    synchronized (skipped) {
      return Map.copyOf(skipped);
    }
  }

  @Override
  public long estimate() {
    long n = 0;
    for (String a : args) {
      if (isUrl(a)) {
        return -1;
      }
      if (STDIN.equals(a)) {
        n++;
        continue;
      }
      for (FileSource.Entry e : new FileSource(List.of(Path.of(a)))) {
        n++;
      }
    }
    return n;
  }

  synchronized Fetcher fetcher() {
    if (fetcher == null) {
      try {
        fetcher = new Fetcher(fetchOptions);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open the WARC output file", e);
      }
    }
    return fetcher;
  }

  @Override
  public Iterator<Input> iterator() {
    return new Walk();
  }

  @Override
  public void close() {
    synchronized (this) {
      if (fetcher != null) {
        try {
          fetcher.close();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot close the WARC output file", e);
        }
      }
    }
  }

  /**
   * The pages of a WARC or WARC.gz archive read from a stream (a distributed file system's
   * file, as the Spark job gets it), named {@code name} in sources ({@code name#offset}); the
   * stream is closed when the iterator is. A truncated archive gives its complete records,
   * then one failure.
   */
  public static CloseableIterator warc(String name, java.io.InputStream in, long maxBytes,
                                       Map<String, Long> skipped) {
    WarcPages pages = new WarcPages(name, () -> new org.netpreserve.jwarc.WarcReader(in),
        maxBytes, skipped);
    return new CloseableIterator() {
      @Override
      public boolean hasNext() {
        return pages.hasNext();
      }

      @Override
      public Input next() {
        return pages.next();
      }

      @Override
      public void close() {
        pages.close();
        try {
          in.close();
        } catch (IOException e) {
          // read to the end or failed already; nothing to keep
        }
      }
    };
  }

  /** An iterator over inputs that holds a resource. */
  public interface CloseableIterator extends Iterator<Input>, AutoCloseable {
    @Override
    void close();
  }

  static boolean isUrl(String s) {
    return URL.matcher(s.strip()).matches();
  }

  /**
   * A depth-first walk over nested iterators: an element is an {@link Input} to give out, a
   * {@link Path} or argument to expand, or an iterator to descend into.
   */
  private final class Walk implements Iterator<Input> {
    private final Deque<Iterator<?>> stack = new ArrayDeque<>();
    private Input next;

    Walk() {
      stack.push(args.iterator());
    }

    @Override
    public boolean hasNext() {
      while (next == null && !stack.isEmpty()) {
        Iterator<?> top = stack.peek();
        if (!top.hasNext()) {
          stack.pop();
          if (top instanceof WarcPages w) {
            w.close();
          }
          continue;
        }
        Object o = top.next();
        if (o instanceof Input i) {
          next = i;
        } else if (o instanceof FileSource.Entry e) {
          if (e.failure() != null) {
            next = Input.failed(e.path().toString(), "read", e.failure());
          } else if (e.skip() != null) {
            next = Input.skipped(e.path().toString(), e.skip());
          } else {
            stack.push(file(e.path()));
          }
        } else if (STDIN.equals(o)) {
          next = stdin();
        } else if (o instanceof String a) {
          stack.push(isUrl(a) ? url(a.strip(), 0, null)
              : new FileSource(List.of(Path.of(a))).iterator());
        } else if (o instanceof Lazy l) {
          stack.push(l.supplier().get());
        } else if (o instanceof Iterator<?> it) {
          stack.push(it);
        }
      }
      return next != null;
    }

    @Override
    public Input next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Input i = next;
      next = null;
      return i;
    }
  }

  /** Standard input as one page (HTML or text, as its bytes say). */
  private Input stdin() {
    if (stdin == null) {
      return Input.failed(STDIN_NAME, "read", "standard input is not readable here");
    }
    try {
      // Read here, not on a worker: a page from standard input is named by its content
      // ("stdin:" and the first 16 hex digits of its SHA-256), so a second page piped into the
      // same store is another document, not an update of the first, and the same page piped
      // again is the same one.
      RawPage page = reader.read(STDIN_NAME, stdin);
      String name = STDIN_NAME + ":" + Ids.sha256(page.content()).substring(0, 16);
      return Input.of(new RawPage(name, page.url(), page.content(), page.contentType(),
          page.fetched(), page.headers()), null);
    } catch (ExtractionException e) {
      return Input.failed(STDIN_NAME, e.stage(), e.reason());
    }
  }

  /** A file: a WARC, a list of URLs, a feed or sitemap, or a page. */
  private Iterator<?> file(Path p) {
    byte[] head = head(p);
    if (head != null && startsWith(head, "WARC/")) {
      return new WarcPages(p, maxBytes, skipped);
    }
    if (head != null && FeedReader.kind(head) != FeedReader.Kind.NONE) {
      if (!read.add(p.toUri().toString())) {
        count(ALREADY_READ);
        return Collections.emptyIterator();
      }
      feeds.add(p.toString());
      try {
        RawPage page = reader.read(p);
        return items(page.content(), p.toUri().toString(), null, p.toString(), 0,
            new Tree(p.toString()));
      } catch (ExtractionException e) {
        return List.of(Input.failed(p.toString(), e.stage(), e.reason())).iterator();
      }
    }
    if (head != null && isUrlList(head)) {
      return urlList(p);
    }
    String stamp = stamp(p);
    return List.of(new Input(p.toString(), stamp, null, () -> reader.read(p))).iterator();
  }

  /**
   * An argument URL (depth 0, tree null), fetched now to know whether it is a feed, a sitemap or
   * a page; or a sitemap an index in {@code tree} points to.
   */
  private Iterator<?> url(String url, int depth, Tree tree) {
    if (tree != null) {
      if (tree.full()) {
        return tree.cut();
      }
      if (!read.add(url)) {
        count(ALREADY_READ);
        return Collections.emptyIterator();
      }
      tree.documents++;
    } else if (read.contains(url)) {
      count(ALREADY_READ);
      return Collections.emptyIterator();
    }
    Fetcher.Fetched f;
    try {
      f = fetcher().fetch(url, conditional);
    } catch (ExtractionException e) {
      return List.of(Input.failed(url, e.stage(), e.reason())).iterator();
    }
    if (f.notModified()) {
      count("feeds not modified since the last poll");
      return Collections.emptyIterator();
    }
    RawPage page = f.page();
    if (FeedReader.kind(page.content()) != FeedReader.Kind.NONE) {
      if (depth == 0 && !feeds.contains(url)) {
        feeds.add(url);
      }
      read.add(url);
      if (!read.add(page.url()) && !page.url().equals(url)) {
        count(ALREADY_READ); // redirected to one read already
        return Collections.emptyIterator();
      }
      return items(page.content(), page.url(), page.contentType(), url, depth,
          tree == null ? new Tree(url) : tree);
    }
    return List.of(Input.of(page, FETCHED)).iterator();
  }

  private Iterator<?> items(byte[] bytes, String url, String contentType, String source,
                            int depth, Tree tree) {
    FeedReader.Parsed parsed;
    try {
      parsed = FeedReader.read(bytes, url, contentType);
    } catch (IOException | RuntimeException e) {
      return List.of(Input.failed(source, "read", e.getMessage())).iterator();
    }
    List<Object> out = new ArrayList<>();
    for (FeedItem item : parsed.items()) {
      if (known != null && known.test(item.url())) {
        count("feed items already stored");
        continue;
      }
      if (tree.full()) {
        tree.cut().forEachRemaining(out::add);
        return out.iterator();
      }
      tree.documents++;
      out.add(fetchLater(item.url(), item.hints()));
    }
    if (depth < MAX_SITEMAP_DEPTH) {
      for (String child : parsed.sitemaps()) {
        out.add(new Lazy(() -> url(child, depth + 1, tree)));
      }
    }
    return out.iterator();
  }

  /**
   * One feed or sitemap given as input with all it leads to (the sitemaps an index lists, and
   * theirs): what it has yielded so far, against {@link FetchOptions#maxSitemapDocuments()}.
   * Used by the walk's thread only.
   */
  private final class Tree {
    private final String root;
    private int documents;
    private boolean reported;

    Tree(String root) {
      this.root = root;
    }

    boolean full() {
      return documents >= fetchOptions.maxSitemapDocuments();
    }

    /** The one failure line saying the tree was cut (the first time), then nothing. */
    Iterator<Input> cut() {
      if (reported) {
        return Collections.emptyIterator();
      }
      reported = true;
      return List.of(Input.failed(root, "read", "sitemap tree cut at "
          + fetchOptions.maxSitemapDocuments() + " documents (pages and sitemaps; limit set by "
          + "--max-sitemap-documents): the rest was not read")).iterator();
    }
  }

  /** Defers expanding a child sitemap until the walk reaches it. */
  private record Lazy(java.util.function.Supplier<Iterator<?>> supplier) {}

  private Input fetchLater(String url, Input.Hints hints) {
    return new Input(url, FETCHED, hints, () -> fetcher().fetch(url));
  }

  /** The URLs of a list file, read line by line as the walk goes. */
  private Iterator<?> urlList(Path p) {
    BufferedReader r;
    try {
      r = Files.newBufferedReader(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return List.of(Input.failed(p.toString(), "read", "cannot read URL list (" + e.getMessage()
          + ")")).iterator();
    }
    return new Iterator<Object>() {
      private Object next;
      private boolean done;

      @Override
      public boolean hasNext() {
        while (next == null && !done) {
          String line;
          try {
            line = r.readLine();
          } catch (IOException e) {
            line = null;
            next = Input.failed(p.toString(), "read", "URL list unreadable (" + e.getMessage()
                + ")");
          }
          if (line == null) {
            done = true;
            try {
              r.close();
            } catch (IOException e) {
              // read to the end already
            }
            break;
          }
          String s = line.strip();
          if (s.isEmpty() || s.startsWith("#")) {
            continue;
          }
          next = isUrl(s) ? fetchLater(s, null)
              : Input.failed(s, "fetch", "not an http(s) URL (line of " + p + ")");
        }
        return next != null;
      }

      @Override
      public Object next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Object o = next;
        next = null;
        return o;
      }
    };
  }

  private void count(String what) {
    skipped.merge(what, 1L, Long::sum);
  }

  /** The first 4 KB of a file, un-gzipped when compressed; null when it cannot be read. */
  static byte[] head(Path p) {
    if (!Files.isRegularFile(p)) {
      return null;
    }
    try (InputStream raw = Files.newInputStream(p)) {
      byte[] b = raw.readNBytes(4096);
      if (b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) {
        // What decompresses before any damage: a truncated WARC.gz is still known as a WARC.
        java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
          byte[] buf = new byte[512];
          int n;
          while (head.size() < 4096
              && (n = in.read(buf, 0, Math.min(buf.length, 4096 - head.size()))) > 0) {
            head.write(buf, 0, n);
          }
        } catch (IOException e) {
          // keep what was read
        }
        return head.size() > 0 ? head.toByteArray() : b;
      }
      return b;
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean startsWith(byte[] b, String prefix) {
    if (b.length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (b[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Every non-blank, non-comment line of the head is one URL (the last may be cut off). */
  static boolean isUrlList(byte[] head) {
    String s = new String(head, StandardCharsets.UTF_8);
    String[] lines = s.split("\r?\n", -1);
    int urls = 0;
    int last = head.length == 4096 ? lines.length - 1 : lines.length;
    for (int i = 0; i < last; i++) {
      String l = lines[i].strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      if (!isUrl(l)) {
        return false;
      }
      urls++;
    }
    return urls > 0;
  }

  /** Size and modification time: a file with both unchanged need not be read again. */
  public static String stamp(Path p) {
    try {
      return Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return null;
    }
  }
}
