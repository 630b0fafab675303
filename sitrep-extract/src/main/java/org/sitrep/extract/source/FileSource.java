package org.sitrep.extract.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The files named on a command line, directories walked depth-first in name order. Only one
 * directory's listing is held at a time, so a tree of a million pages is never listed into memory
 * at once. Hidden files are skipped. A path that does not exist (or a directory that cannot be
 * listed) is still yielded, so that reading it reports a per-document failure.
 */
public final class FileSource implements Iterable<Path> {
  private final List<Path> roots;

  public FileSource(List<Path> roots) {
    this.roots = List.copyOf(roots);
  }

  @Override
  public Iterator<Path> iterator() {
    return new Walk(roots);
  }

  private static final class Walk implements Iterator<Path> {
    // Each frame is the remaining, sorted entries of one directory (or the roots).
    private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
    private Path next;

    Walk(List<Path> roots) {
      stack.push(roots.iterator());
    }

    @Override
    public boolean hasNext() {
      while (next == null && !stack.isEmpty()) {
        Iterator<Path> top = stack.peek();
        if (!top.hasNext()) {
          stack.pop();
          continue;
        }
        Path p = top.next();
        if (Files.isDirectory(p)) {
          List<Path> children = list(p);
          if (children == null) {
            next = p; // unreadable directory: let the reader report it
          } else {
            stack.push(children.iterator());
          }
        } else {
          next = p;
        }
      }
      return next != null;
    }

    @Override
    public Path next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Path p = next;
      next = null;
      return p;
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
}
