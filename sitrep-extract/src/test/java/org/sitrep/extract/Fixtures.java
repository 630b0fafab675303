package org.sitrep.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads test fixtures from src/test/resources (sources noted in the README beside them). */
public final class Fixtures {
  private Fixtures() {}

  public static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
