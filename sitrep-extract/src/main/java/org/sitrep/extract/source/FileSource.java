package org.sitrep.extract.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The files named on a command line, directories walked depth-first in name order. Only one
 * directory's listing is held at a time, so a tree of a million pages is never listed into memory
 * at once. Hidden files are skipped.
 *
 * <p>Each entry is a file to read, or a problem found without reading: a symbolic link that
 * leads back into a folder being walked (a loop: a failure, not a walk), a folder or file
 * already read through another link (skipped: each real path is read once), a FIFO, socket or
 * device (a failure: reading it could block or never end), a broken link, a Sitrep store
 * (skipped). A path that does not exist is still yielded, so that reading it reports it.
 */
public final class FileSource implements Iterable<FileSource.Entry> {
  /** A path, and when it must not be read, why: as a failure or as a skip. */
  public record Entry(Path path, String failure, String skip) {
    static Entry file(Path p) {
      return new Entry(p, null, null);
    }
  }

  private final List<Path> roots;

  public FileSource(List<Path> roots) {
    this.roots = List.copyOf(roots);
  }

  @Override
  public Iterator<Entry> iterator() {
    return new Walk(roots);
  }

  /** One directory being walked: its real path and its remaining, sorted entries. */
  private record Frame(Path real, Iterator<Path> entries) {}

  private static final class Walk implements Iterator<Entry> {
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Set<Path> walkedDirs = new HashSet<>();
    // 64-bit hashes, not paths: a million files cost tens of MB here, not hundreds.
    private final Set<Long> readFiles = new HashSet<>();
    private Entry next;

    Walk(List<Path> roots) {
      stack.push(new Frame(null, roots.iterator()));
    }

    @Override
    public boolean hasNext() {
      while (next == null && !stack.isEmpty()) {
        Frame top = stack.peek();
        if (!top.entries().hasNext()) {
          stack.pop();
          continue;
        }
        next = visit(top.entries().next());
      }
      return next != null;
    }

    private Entry visit(Path p) {
      if (Files.isSymbolicLink(p) && !Files.exists(p)) {
        return new Entry(p, "broken symbolic link", null);
      }
      if (Files.isDirectory(p)) {
        Path real;
        try {
          real = p.toRealPath();
        } catch (IOException e) {
          return Entry.file(p); // unreadable: let the reader report it
        }
        for (Frame f : stack) {
          if (real.equals(f.real())) {
            return new Entry(p, "symbolic link loop: leads back to " + real
                + ", a folder being read", null);
          }
        }
        if (!walkedDirs.add(real)) {
          return new Entry(p, null, "a folder already read through another link (" + real + ")");
        }
        if (isStore(p)) {
          return new Entry(p, null, "a search index (Sitrep store) folder");
        }
        List<Path> children = list(p);
        if (children == null) {
          return Entry.file(p);
        }
        stack.push(new Frame(real, children.iterator()));
        return null;
      }
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.exists(p)) {
        return Entry.file(p);
      }
      if (!Files.isRegularFile(p)) {
        return new Entry(p, "not a regular file (" + special(p) + "); not read", null);
      }
      try {
        Path real = p.toRealPath();
        if (!readFiles.add(hash(real.toString()))) {
          return new Entry(p, null, "a file already read through another link (" + real + ")");
        }
      } catch (IOException e) {
        return Entry.file(p);
      }
      return Entry.file(p);
    }

    @Override
    public Entry next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Entry e = next;
      next = null;
      return e;
    }

    private static List<Path> list(Path dir) {
      List<Path> out = new ArrayList<>();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
        for (Path p : ds) {
          if (!p.getFileName().toString().startsWith(".")) {
            out.add(p);
          }
        }
      } catch (IOException e) {
        return null;
      }
      out.sort(null);
      return out;
    }
  }

  /** A Lucene index folder (a Sitrep store): its own files are never pages. */
  static boolean isStore(Path dir) {
    if (Files.exists(dir.resolve("write.lock"))) {
      return true;
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "segments_*")) {
      return ds.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }

  /** FIFO, socket, character or block device, from the file's mode where the OS tells it. */
  static String special(Path p) {
    try {
      int mode = (Integer) Files.getAttribute(p, "unix:mode");
      return switch (mode & 0170000) {
        case 0010000 -> "a FIFO";
        case 0140000 -> "a socket";
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        default -> "a special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException
             | ClassCastException e) {
      return "a special file";
    }
  }

  private static long hash(String s) {
    long h = 1125899906842597L;
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + s.charAt(i);
    }
    return h ^ (long) s.hashCode() << 32;
  }
}
