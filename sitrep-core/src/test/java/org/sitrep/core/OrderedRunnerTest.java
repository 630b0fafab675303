package org.sitrep.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedRunnerTest {
  @Test
  void resultsComeOutInInputOrderWhateverTheirDuration() {
    List<Integer> out = new ArrayList<>();
    try (OrderedRunner<Integer, Integer> r = new OrderedRunner<>(4, i -> {
      try {
        Thread.sleep((7 - i % 7) * 2L); // later inputs finish first
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return i * 10;
    }, out::add)) {
      for (int i = 0; i < 50; i++) {
        r.submit(i);
      }
    }
    assertEquals(IntStream.range(0, 50).map(i -> i * 10).boxed().toList(), out);
  }
}
