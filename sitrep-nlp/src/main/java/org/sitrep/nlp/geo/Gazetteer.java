package org.sitrep.nlp.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.sitrep.nlp.mention.Aliases;

/**
 * The bundled gazetteer (GeoNames places of 500+ people, first-level regions, countries; see
 * {@code scripts/build-gazetteer.py}), held as parallel arrays and a name index from folded keys
 * ({@link Aliases#key}) to entries, so that "Al-Raqqah", "Ar Raqqah" and "Raqqa" meet. Loaded once
 * per process.
 */
public final class Gazetteer {
  /** Entry kinds, as in the file. */
  public static final char CONTINENT = 'L';
  public static final char COUNTRY = 'C';
  public static final char REGION = 'A';
  public static final char DISTRICT = 'B';
  public static final char PLACE = 'P';
  /**
   * Seas, oceans, lakes, mountain ranges, deserts, peninsulas, islands, airports and
   * macro-regions ({@code features.tsv.gz}: Natural Earth and a hand-made table of regions news
   * names by their members, {@code scripts/build-features.py}); GeoNames-style feature codes.
   */
  public static final char FEATURE = 'F';

  private static volatile Gazetteer bundled;

  private final char[] kind;
  private final String[] id;
  private final String[] name;
  private final float[] lat;
  private final float[] lon;
  private final String[] cc;
  private final String[] admin1;
  private final String[] feature;
  private final long[] population;
  /** How far a feature reaches from its point, km (0 for other entries). */
  private final float[] extent;
  private final Map<String, int[]> byKey;
  private final Map<String, Integer> demonyms;
  private final Map<String, Integer> countryByCode;

  private Gazetteer(int n) {
    kind = new char[n];
    id = new String[n];
    name = new String[n];
    lat = new float[n];
    lon = new float[n];
    cc = new String[n];
    admin1 = new String[n];
    feature = new String[n];
    population = new long[n];
    extent = new float[n];
    byKey = new HashMap<>(n * 4);
    demonyms = new HashMap<>();
    countryByCode = new HashMap<>();
  }

  public static Gazetteer bundled() {
    Gazetteer g = bundled;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = bundled;
        if (g == null) {
          g = load("gazetteer.tsv.gz", "features.tsv.gz");
          bundled = g;
        }
      }
    }
    return g;
  }

  /** Starts loading the bundled gazetteer on a background thread (it overlaps CoreNLP's load). */
  public static void preload() {
    if (bundled == null) {
      Thread t = new Thread(Gazetteer::bundled, "gazetteer-preload");
      t.setDaemon(true);
      t.start();
    }
  }

  /** A fresh copy of the bundled gazetteer, for measuring its load time and size. */
  public static Gazetteer loadFresh() {
    return load("gazetteer.tsv.gz", "features.tsv.gz");
  }

  static Gazetteer load(String... resources) {
    List<String[]> rows = new ArrayList<>(210_000);
    for (String resource : resources) {
      try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing gazetteer " + resource);
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
        for (String line; (line = r.readLine()) != null; ) {
          if (!line.startsWith("#")) {
            rows.add(line.split("\t", -1));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Gazetteer g = new Gazetteer(rows.size());
    // Folding names is most of the work; names are stored without diacritics where possible,
    // so most take the fast ASCII path.
    String[][] keys = new String[rows.size()][];
    java.util.stream.IntStream.range(0, rows.size()).forEach(i -> {
      String[] f = rows.get(i);
      String alts = f.length > 9 ? f[9] : "";
      int hash = alts.indexOf('#');
      String names = hash >= 0 ? alts.substring(0, hash) : alts;
      String[] a = names.isEmpty() ? new String[0] : names.split("\\|");
      String[] k = new String[a.length + 1];
      k[0] = Aliases.key(f[2]);
      // Towns' alternate names are stored already folded (scripts/build-gazetteer.py).
      boolean folded = f[0].charAt(0) == PLACE;
      for (int j = 0; j < a.length; j++) {
        k[j + 1] = folded ? a[j] : Aliases.key(a[j]);
      }
      keys[i] = k;
    });
    for (int i = 0; i < rows.size(); i++) {
      String[] f = rows.get(i);
      g.kind[i] = f[0].charAt(0);
      g.id[i] = f[1];
      g.name[i] = f[2];
      g.lat[i] = Float.parseFloat(f[3]);
      g.lon[i] = Float.parseFloat(f[4]);
      g.cc[i] = f[5];
      g.admin1[i] = f[6].isEmpty() ? null : f[6];
      g.feature[i] = f[7];
      g.population[i] = Long.parseLong(f[8]);
      g.extent[i] = f.length > 10 && !f[10].isEmpty() ? Float.parseFloat(f[10]) : 0;
      String alts = f.length > 9 ? f[9] : "";
      if (g.kind[i] == COUNTRY || g.kind[i] == CONTINENT || g.kind[i] == REGION) {
        if (g.kind[i] == COUNTRY) {
          g.countryByCode.put(f[5], i);
        }
        int hash = alts.indexOf('#');
        if (hash >= 0) {
          for (String d : alts.substring(hash + 1).split("\\|")) {
            // "Indian" is India's before the British Indian Ocean Territory's: most people wins.
            Integer had = g.demonyms.get(Aliases.key(d));
            if (had == null || g.population[had] < g.population[i]) {
              g.demonyms.put(Aliases.key(d), i);
            }
          }
        }
      }
      for (String k : keys[i]) {
        g.add(k, i);
      }
    }
    g.addDemonyms("demonyms.tsv");
    return g;
  }

  /** Which entry an adjective names first, when several have the name. */
  private static final String DEMONYM_RANK = "CFLABP";

  /**
   * Adjectives of regions, territories and macro-regions from a hand-made table ("Ohioan",
   * "South Ossetian", "Central American"), each naming an entry by its main name and country;
   * a country's own demonym is never overridden.
   */
  private void addDemonyms(String resource) {
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        return;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        int entry = -1;
        for (int c : lookup(f[1])) {
          if ((f[2].isEmpty() || f[2].equals(cc[c])) && isPrimaryAsWritten(c, f[1])
              && (entry < 0 || DEMONYM_RANK.indexOf(kind[c]) < DEMONYM_RANK.indexOf(kind[entry]))) {
            entry = c; // "Kurdish": the region of the Kurds, not Iran's province
          }
        }
        if (entry < 0) {
          throw new IllegalStateException(resource + ": no " + f[1] + " (" + f[2] + ")");
        }
        for (String d : f[0].split("\\|")) {
          demonyms.putIfAbsent(Aliases.key(d), entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void add(String key, int i) {
    if (key.length() < 2) {
      return;
    }
    int[] had = byKey.get(key);
    if (had == null) {
      byKey.put(key, new int[] {i});
    } else if (had[had.length - 1] != i) {
      int[] more = java.util.Arrays.copyOf(had, had.length + 1);
      more[had.length] = i;
      byKey.put(key, more);
    }
  }

  /** Entries a name may mean (any of their names folds to the same key). */
  public int[] lookup(String name) {
    int[] ids = byKey.get(Aliases.key(name));
    if (abbreviated(name)) {
      int[] full = byKey.get(Aliases.key(spelledOut(name))); // "St. Petersburg", Russia
      if (full != null) {
        ids = ids == null ? full : java.util.stream.IntStream.concat(
            java.util.Arrays.stream(ids), java.util.Arrays.stream(full)).distinct().toArray();
      }
    }
    return ids == null ? new int[0] : ids;
  }

  /** The primary name of entry i, as written, folds to the same key as {@code name}. */
  public boolean isPrimaryAsWritten(int i, String name) {
    return Aliases.key(this.name[i]).equals(Aliases.key(name));
  }

  /**
   * The primary name of entry i folds to the same key as {@code name}, abbreviations spelled
   * out ("St. Petersburg" names Saint Petersburg).
   */
  public boolean isPrimary(int i, String name) {
    String own = this.name[i];
    return isPrimaryAsWritten(i, name)
        || (abbreviated(own) || abbreviated(name))
        && Aliases.key(spelledOut(own)).equals(Aliases.key(spelledOut(name)));
  }

  private static boolean abbreviated(String name) {
    return name.contains("St") || name.contains("Mt") || name.contains("Ft");
  }

  /** "St. Petersburg" is "Saint Petersburg", "Mt. Airy" "Mount Airy", "Ft. Worth" "Fort Worth". */
  static String spelledOut(String name) {
    return FORT.matcher(MOUNT.matcher(SAINT.matcher(name).replaceAll("Saint"))
        .replaceAll("Mount")).replaceAll("Fort");
  }

  private static final java.util.regex.Pattern SAINT =
      java.util.regex.Pattern.compile("\\bSt(?:\\.|\\b)");
  private static final java.util.regex.Pattern MOUNT =
      java.util.regex.Pattern.compile("\\bMt(?:\\.|\\b)");
  private static final java.util.regex.Pattern FORT =
      java.util.regex.Pattern.compile("\\bFt(?:\\.|\\b)");

  /** The country, continent or region a demonym names ("Syrian" → Syria, "English" → England), or -1. */
  public int demonym(String word) {
    Integer i = demonyms.get(Aliases.key(word));
    return i == null ? -1 : i;
  }

  public int country(String code) {
    Integer i = countryByCode.get(code);
    return i == null ? -1 : i;
  }

  private volatile Map<String, Integer> byId;

  /**
   * The entry of id {@code id} (a GeoNames id; a region's code, "US-TX"), or -1; the first when
   * several entries share it.
   */
  public int byId(String id) {
    Map<String, Integer> m = byId;
    if (m == null) {
      m = new HashMap<>(kind.length * 2);
      for (int i = 0; i < kind.length; i++) {
        m.putIfAbsent(this.id[i], i);
      }
      byId = m;
    }
    Integer i = m.get(id);
    return i == null ? -1 : i;
  }

  public char kind(int i) {
    return kind[i];
  }

  public String id(int i) {
    return id[i];
  }

  public String name(int i) {
    return name[i];
  }

  public float lat(int i) {
    return lat[i];
  }

  public float lon(int i) {
    return lon[i];
  }

  public String cc(int i) {
    return cc[i];
  }

  public String admin1(int i) {
    return admin1[i];
  }

  public String feature(int i) {
    return feature[i];
  }

  public long population(int i) {
    return population[i];
  }

  /** How far a feature (kind {@link #FEATURE}) reaches from its point, km; 0 otherwise. */
  public double extent(int i) {
    return extent[i];
  }

  /**
   * GeoNames' feature class of entry i: P towns, A countries and regions, L continents and
   * named areas, H water, T land forms, S spots (airports).
   */
  public String featureClass(int i) {
    return switch (kind[i]) {
      case PLACE -> "P";
      case CONTINENT -> "L";
      case FEATURE -> switch (feature[i]) {
        case "OCN", "SEA", "GULF", "BAY", "STRT", "SD", "CHN", "LGN", "FJD", "INLT", "STM", "LK",
            "RSV", "WTLD" -> "H";
        case "RGN", "CST" -> "L";
        case "AIRP" -> "S";
        default -> "T";
      };
      default -> "A";
    };
  }

  public int size() {
    return kind.length;
  }

  /**
   * How far entry i reaches from its point, km: a continent half the Earth's circumference, a
   * country or region its towns' box ({@link #extentKm}), a feature its own extent, a town 0.
   */
  public double reachKm(int i) {
    return switch (kind[i]) {
      case CONTINENT -> km(0, 0, 0, 180);
      case COUNTRY -> extentKm(cc[i], null);
      case REGION -> extentKm(cc[i], admin1[i]);
      case FEATURE -> extent[i];
      default -> 0;
    };
  }

  /** Per country code and per "cc/region": the box its towns span (min/max lat, min/max lon). */
  private volatile Map<String, float[]> boxes;

  /**
   * How far a country ({@code admin1} null) or one of its first-level regions reaches from its
   * middle, in km: half the diagonal of the box its towns span (0 when it has none). A point
   * stands for such an area only by convention.
   */
  public double extentKm(String cc, String admin1) {
    float[] b = boxes().get(admin1 == null ? cc : cc + "/" + admin1);
    return b == null ? 0 : km(b[0], b[2], b[1], b[3]) / 2;
  }

  private Map<String, float[]> boxes() {
    Map<String, float[]> b = boxes;
    if (b == null) {
      b = new HashMap<>();
      for (int i = 0; i < kind.length; i++) {
        if (kind[i] == PLACE && !cc[i].isEmpty()) {
          grow(b, cc[i], i);
          grow(b, cc[i] + "/" + admin1[i], i);
        }
      }
      boxes = b;
    }
    return b;
  }

  private void grow(Map<String, float[]> boxes, String key, int i) {
    float[] b = boxes.computeIfAbsent(key, k -> new float[] {90, -90, 180, -180});
    b[0] = Math.min(b[0], lat[i]);
    b[1] = Math.max(b[1], lat[i]);
    b[2] = Math.min(b[2], lon[i]);
    b[3] = Math.max(b[3], lon[i]);
  }

  /** Great-circle distance in km. */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2)
        + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  public double km(int a, int b) {
    return km(lat[a], lon[a], lat[b], lon[b]);
  }
}
