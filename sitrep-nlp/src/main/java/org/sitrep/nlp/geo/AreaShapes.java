package org.sitrep.nlp.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.sitrep.model.Json;

/**
 * Outlines of areas, for scoring only: whether a point lies in a country or region. Read from
 * TopoJSON whose geometries' ids are the gazetteer's keys of areas ({@link #key}; geometries
 * with the same id are one area); the bundled
 * ones ({@code geo/shapes/}, built by {@code scripts/build-area-shapes.py}) are Natural Earth's
 * 1:50m countries (world-atlas) and the US Census Bureau's states (us-atlas), both public
 * domain; beside them, each country's continent ({@code shapes/continents.tsv}, from
 * world-countries, ODbL-1.0) and the members of macro-regions ({@code geo/macro-regions.tsv}).
 * A point counts as inside when an odd number of the area's ring edges cross the ray
 * east of it, or when it lies within {@link #MARGIN_KM} of an edge: coast and island points
 * that the generalised outline leaves in the sea.
 */
final class AreaShapes {
  /** How far outside an outline a point still counts as in it (1:50m coasts cut capes off). */
  static final double MARGIN_KM = 25;
  private static final double KM_PER_DEGREE = 111.2;
  private static final String[] BUNDLED = {"shapes/countries-50m.json.gz",
      "shapes/us-states-10m.json.gz"};
  private static volatile AreaShapes bundled;

  /** An area's edges as lon, lat pairs of segments (x1 y1 x2 y2 …) and its bounding box. */
  private record Outline(double[] edges, double minLon, double minLat, double maxLon,
                         double maxLat) {}

  private final Map<String, Outline> areas = new HashMap<>();
  private final Map<String, String> continents = new HashMap<>();
  private final Map<String, List<String>> macroRegions = new HashMap<>();

  /** The key of a country ("FR") or of a first-level region ("US/Texas"). */
  static String key(String countryCode, String admin1) {
    return admin1 == null ? countryCode : countryCode + "/" + admin1;
  }

  /** The bundled outlines, read once. */
  static AreaShapes bundled() {
    if (bundled == null) {
      synchronized (AreaShapes.class) {
        if (bundled == null) {
          AreaShapes s = new AreaShapes();
          for (String r : BUNDLED) {
            try (InputStream in = AreaShapes.class.getResourceAsStream(r)) {
              if (in == null) {
                throw new IllegalStateException("missing resource " + r);
              }
              s.add(Json.mapper().readTree(new GZIPInputStream(in)));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          s.continents.putAll(continents("shapes/continents.tsv"));
          s.macroRegions.putAll(macroRegions("macro-regions.tsv"));
          bundled = s;
        }
      }
    }
    return bundled;
  }

  /**
   * Outlines from one TopoJSON document (every object's polygons, by geometry id) and the
   * continents of countries (code to continent name).
   */
  static AreaShapes of(JsonNode topo, Map<String, String> continents) {
    AreaShapes s = new AreaShapes();
    s.add(topo);
    s.continents.putAll(continents);
    return s;
  }

  /** The same outlines and continents, with macro-regions by name (to their members). */
  AreaShapes withMacroRegions(Map<String, List<String>> regions) {
    AreaShapes s = new AreaShapes();
    s.areas.putAll(areas);
    s.continents.putAll(continents);
    s.macroRegions.putAll(regions);
    return s;
  }

  /** Country code to continent, from a TSV resource of code, continent lines. */
  private static Map<String, String> continents(String resource) {
    Map<String, String> out = new HashMap<>();
    for (String[] f : rows(resource)) {
      if (f.length == 2) {
        out.put(f[0], f[1].strip());
      }
    }
    return out;
  }

  /**
   * Macro-region names (and other names) to their members, countries ("SY") or first-level
   * regions ("US/Oregon"), from the table {@code build-features.py} makes the regions from.
   */
  private static Map<String, List<String>> macroRegions(String resource) {
    Map<String, List<String>> out = new HashMap<>();
    for (String[] f : rows(resource)) {
      if (f.length >= 3) {
        List<String> members = List.of(f[2].split("\\|"));
        out.put(f[0], members);
        for (String other : f[1].split("\\|")) {
          if (!other.isBlank()) {
            out.putIfAbsent(other, members);
          }
        }
      }
    }
    return out;
  }

  /** The members of the macro-region named {@code name} ("Middle East"), or null. */
  List<String> macroRegion(String name) {
    return name == null ? null : macroRegions.get(name);
  }

  private static List<String[]> rows(String resource) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = AreaShapes.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .split("\n")) {
        if (!line.startsWith("#") && !line.isBlank()) {
          out.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Whether there is an outline of {@code key}. */
  boolean has(String key) {
    return areas.containsKey(key);
  }

  /**
   * Whether the point lies in the area {@code key} (or within {@link #MARGIN_KM} of its edge);
   * false when there is no outline of it.
   */
  boolean contains(String key, double lat, double lon) {
    Outline o = areas.get(key);
    return o != null && where(o, lat, lon) > 0;
  }

  /**
   * The country whose outline holds the point (else the one within {@link #MARGIN_KM} of it),
   * or null: the point is at sea or in a territory without an outline.
   */
  String countryAt(double lat, double lon) {
    String near = null;
    for (Map.Entry<String, Outline> e : areas.entrySet()) {
      if (e.getKey().indexOf('/') >= 0) {
        continue;
      }
      int w = where(e.getValue(), lat, lon);
      if (w == 2) {
        return e.getKey();
      }
      if (w == 1 && near == null) {
        near = e.getKey();
      }
    }
    return near;
  }

  /** The continent of a country, as the gazetteer names continents ("Europe"), or null. */
  String continent(String countryCode) {
    return countryCode == null ? null : continents.get(countryCode);
  }

  /** 2 when the point is inside the outline, 1 when within the margin of it, else 0. */
  private static int where(Outline o, double lat, double lon) {
    double marginLat = MARGIN_KM / KM_PER_DEGREE;
    double cos = Math.max(0.05, Math.cos(Math.toRadians(lat)));
    double marginLon = marginLat / cos;
    if (lat < o.minLat() - marginLat || lat > o.maxLat() + marginLat
        || lon < o.minLon() - marginLon || lon > o.maxLon() + marginLon) {
      return 0;
    }
    double[] e = o.edges();
    boolean inside = false;
    double nearest = Double.MAX_VALUE;
    for (int i = 0; i < e.length; i += 4) {
      double x1 = e[i];
      double y1 = e[i + 1];
      double x2 = e[i + 2];
      double y2 = e[i + 3];
      if ((y1 > lat) != (y2 > lat) && lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1)) {
        inside = !inside;
      }
      nearest = Math.min(nearest, segmentKm((x1 - lon) * cos, y1 - lat, (x2 - lon) * cos,
          y2 - lat));
    }
    return inside ? 2 : nearest <= MARGIN_KM ? 1 : 0;
  }

  /** Distance in km from the origin to the segment (a, b), in locally scaled degrees. */
  private static double segmentKm(double ax, double ay, double bx, double by) {
    double dx = bx - ax;
    double dy = by - ay;
    double len = dx * dx + dy * dy;
    double t = len == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
    double px = ax + t * dx;
    double py = ay + t * dy;
    return Math.sqrt(px * px + py * py) * KM_PER_DEGREE;
  }

  private void add(JsonNode topo) {
    List<double[]> arcs = arcs(topo);
    for (JsonNode object : topo.path("objects")) {
      for (JsonNode g : object.path("geometries")) {
        String id = g.path("id").asText("");
        String type = g.path("type").asText();
        if (id.isEmpty() || !type.equals("Polygon") && !type.equals("MultiPolygon")) {
          continue;
        }
        List<JsonNode> polygons = new ArrayList<>();
        if (type.equals("Polygon")) {
          polygons.add(g.path("arcs"));
        } else {
          g.path("arcs").forEach(polygons::add);
        }
        List<Double> edges = new ArrayList<>();
        for (JsonNode polygon : polygons) {
          for (JsonNode ring : polygon) {
            for (JsonNode a : ring) {
              double[] arc = arcs.get(a.asInt() < 0 ? ~a.asInt() : a.asInt());
              for (int i = 2; i < arc.length; i += 2) {
                edges.add(arc[i - 2]);
                edges.add(arc[i - 1]);
                edges.add(arc[i]);
                edges.add(arc[i + 1]);
              }
            }
          }
        }
        areas.merge(id, outline(edges), AreaShapes::union);
      }
    }
  }

  /** Both outlines as one (Natural Earth has Australia as two units). */
  private static Outline union(Outline a, Outline b) {
    double[] e = java.util.Arrays.copyOf(a.edges(), a.edges().length + b.edges().length);
    System.arraycopy(b.edges(), 0, e, a.edges().length, b.edges().length);
    return new Outline(e, Math.min(a.minLon(), b.minLon()), Math.min(a.minLat(), b.minLat()),
        Math.max(a.maxLon(), b.maxLon()), Math.max(a.maxLat(), b.maxLat()));
  }

  private static Outline outline(List<Double> edges) {
    double[] e = new double[edges.size()];
    double minLon = 180;
    double minLat = 90;
    double maxLon = -180;
    double maxLat = -90;
    for (int i = 0; i < e.length; i++) {
      e[i] = edges.get(i);
      if (i % 2 == 0) {
        minLon = Math.min(minLon, e[i]);
        maxLon = Math.max(maxLon, e[i]);
      } else {
        minLat = Math.min(minLat, e[i]);
        maxLat = Math.max(maxLat, e[i]);
      }
    }
    return new Outline(e, minLon, minLat, maxLon, maxLat);
  }

  /**
   * The arcs as lon, lat pairs: quantized ones (with a {@code transform}) are delta-encoded
   * integers, scaled and translated.
   */
  private static List<double[]> arcs(JsonNode topo) {
    JsonNode t = topo.path("transform");
    boolean quantized = t.isObject();
    double sx = quantized ? t.path("scale").get(0).asDouble() : 1;
    double sy = quantized ? t.path("scale").get(1).asDouble() : 1;
    double tx = quantized ? t.path("translate").get(0).asDouble() : 0;
    double ty = quantized ? t.path("translate").get(1).asDouble() : 0;
    List<double[]> out = new ArrayList<>();
    for (JsonNode arc : topo.path("arcs")) {
      double[] pts = new double[arc.size() * 2];
      double x = 0;
      double y = 0;
      for (int i = 0; i < arc.size(); i++) {
        JsonNode p = arc.get(i);
        if (quantized) {
          x += p.get(0).asDouble();
          y += p.get(1).asDouble();
          pts[2 * i] = x * sx + tx;
          pts[2 * i + 1] = y * sy + ty;
        } else {
          pts[2 * i] = p.get(0).asDouble();
          pts[2 * i + 1] = p.get(1).asDouble();
        }
      }
      out.add(pts);
    }
    return out;
  }
}
