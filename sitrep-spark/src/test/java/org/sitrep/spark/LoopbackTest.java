package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A local Spark run keeps its driver on loopback; a cluster master is left to its own settings. */
class LoopbackTest {
  @Test
  void aLocalMasterBindsTheDriverToLoopback() {
    Map<String, String> conf = SitrepSpark.loopback("local[*]");
    assertEquals("localhost", conf.get("spark.driver.host"));
    assertEquals("127.0.0.1", conf.get("spark.driver.bindAddress"));
    assertEquals(conf, SitrepSpark.loopback("local[2]"));
  }

  @Test
  void aClusterMasterIsNotTouched() {
    assertTrue(SitrepSpark.loopback("spark://cluster.example:7077").isEmpty());
    assertTrue(SitrepSpark.loopback("yarn").isEmpty());
  }
}
