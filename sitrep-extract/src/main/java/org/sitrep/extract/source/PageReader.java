package org.sitrep.extract.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.sitrep.extract.ExtractionException;
import org.sitrep.model.RawPage;

/**
 * Reads one file into a {@link RawPage}, refusing files larger than a bound before reading them
 * and un-gzipping compressed pages (with the same bound on what they expand to).
 */
public final class PageReader {
  /** Default bound: news pages are rarely above a few MB; 50 MB leaves room for inlined assets. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  private final long maxBytes;

  public PageReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  public RawPage read(Path path) throws ExtractionException {
    String source = path.toString();
    try {
      if (Files.isDirectory(path)) {
        throw new ExtractionException("read", "directory cannot be listed");
      }
      if (!Files.isRegularFile(path) && Files.exists(path)) {
        throw new ExtractionException("read", "not a regular file (" + FileSource.special(path)
            + "); not read");
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new ExtractionException("read", "file too large (" + mb(size) + " > limit "
            + mb(maxBytes) + "; raise it with --max-bytes)");
      }
      try (InputStream in = Files.newInputStream(path)) {
        return read(source, in);
      }
    } catch (NoSuchFileException e) {
      throw new ExtractionException("read", "no such file");
    } catch (AccessDeniedException e) {
      throw new ExtractionException("read", "permission denied");
    } catch (IOException e) {
      throw new ExtractionException("read", "cannot read (" + e.getMessage() + ")");
    }
  }

  /**
   * A page read from a stream (standard input), named {@code source}: the same bound and the same
   * un-gzipping as a file. The stream is read to its end or one byte past the bound, not closed.
   */
  public RawPage read(String source, InputStream in) throws ExtractionException {
    try {
      // Read at most one byte past the limit: a file that grows, or lies about its size, stops.
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new ExtractionException("read", "file too large (over the limit of " + mb(maxBytes)
            + "; raise it with --max-bytes)");
      }
      if (isGzip(bytes)) {
        bytes = gunzip(bytes, source);
      }
      return RawPage.ofBytes(source, bytes);
    } catch (IOException e) {
      throw new ExtractionException("read", "cannot read (" + e.getMessage() + ")");
    }
  }

  static boolean isGzip(byte[] b) {
    return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
  }

  private byte[] gunzip(byte[] bytes, String source) throws ExtractionException {
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 4);
      byte[] buf = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = in.read(buf)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          // The same failure as a plain page over the bound: one kind, one answer (413).
          throw new ExtractionException("read", "file too large (gzip expands over the limit of "
              + mb(maxBytes) + "; raise it with --max-bytes)");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new ExtractionException("read", "corrupt or truncated gzip (" + e.getMessage() + ")");
    }
  }

  private static String mb(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
