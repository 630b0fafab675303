package org.sitrep.nlp.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.model.Place;

/**
 * Where each outlet is at home, learnt from what it publishes: every article of a site votes
 * for the first-level region (country/admin1) its confidently placed towns and counties fall in
 * most, and the region with the most votes, if it has at least {@link #MIN_VOTES} and
 * {@link #MIN_SHARE} of the site's votes, is the site's home, with the mean point of those places. A local paper's
 * "Alexandria" is then the one near the paper. Nothing is listed by hand; a wire service or an
 * international site spreads its votes and has no home. Thread-safe; what a run learns stays
 * in this object (one per pipeline), and a store can seed it with its stored articles.
 */
public final class SiteHomes {
  static final int MIN_VOTES = 1;
  static final double MIN_SHARE = 0.34;
  /** Places below this confidence do not vote. */
  static final double CONFIDENT = 0.6;

  /** A site's home: region, how sure (votes, share) and the mean point of its places. */
  public record Home(String cc, String admin1, int votes, double share, double lat, double lon) {
    public String region() {
      return admin1 == null ? cc : cc + "/" + admin1;
    }
  }

  private static final class Tally {
    final Map<String, Integer> votes = new HashMap<>();
    final Map<String, double[]> points = new HashMap<>(); // sum lat, sum lon, n
    int total;
  }

  private final Map<String, Tally> sites = new ConcurrentHashMap<>();
  /** Homes the user gave ({@link #withHome}), by host. */
  private final Map<String, Home> given = new ConcurrentHashMap<>();
  private volatile boolean frozen;

  /**
   * Learns no more: {@link #record} does nothing from now on, so that a run's places do not
   * depend on the order in which its workers finish. Returns this.
   */
  public SiteHomes freeze() {
    frozen = true;
    return this;
  }

  /** The key a site's home is kept under: the host of its URL, else its name. */
  public static String key(String url, String site) {
    String host = org.sitrep.model.Urls.host(url);
    return host != null ? host : site == null || site.isBlank() ? null : site;
  }

  /** Country-code top-level domains that are sold as generic names ("news.co", "radio.fm"). */
  private static final java.util.Set<String> GENERIC_TLDS = java.util.Set.of("co", "tv", "io",
      "me", "fm", "am", "ly", "ai", "cc", "ws", "to", "gg", "la", "nu", "tk", "ms", "vc", "sh");

  /**
   * The country a site's host names by its top-level domain ("thisisoxfordshire.co.uk" → GB,
   * "sptimes.ru" → RU, "dailystar.com.lb" → LB), or null for generic domains (.com, .org)
   * and country codes sold as generic names (.co, .tv, .io).
   */
  public static String domainCountry(String host) {
    if (host == null) {
      return null;
    }
    int dot = host.lastIndexOf('.');
    String tld = host.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    if (tld.length() != 2 || GENERIC_TLDS.contains(tld)) { // "example.com." ends in ""
      return null;
    }
    return tld.equals("uk") ? "GB" : tld.toUpperCase(java.util.Locale.ROOT);
  }

  /**
   * Makes {@code host} and its subdomains at home in {@code area} whatever their articles say:
   * a country ("US") or a first-level region by its code ("US-TX") or as "country/region"
   * ("US/Texas"). Such a home has no point: candidates are lifted for being in its country or
   * region, not for being near it. An {@link IllegalArgumentException} says what is wrong with
   * {@code area}. Returns this.
   */
  public SiteHomes withHome(String host, String area) {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("no site host before '='");
    }
    Gazetteer g = Gazetteer.bundled();
    String a = area == null ? "" : area.strip();
    int slash = a.indexOf('/');
    int dash = a.indexOf('-');
    String cc = PlaceOptions.countryCode(slash > 0 ? a.substring(0, slash)
        : dash > 0 ? a.substring(0, dash) : a);
    String admin1 = null;
    if (slash > 0 || dash > 0) {
      int r = slash > 0 ? region(g, cc, a.substring(slash + 1).strip())
          : g.byId(cc + a.substring(dash).toUpperCase(java.util.Locale.ROOT));
      if (r < 0 || g.kind(r) != Gazetteer.REGION || !g.cc(r).equals(cc)) {
        throw new IllegalArgumentException("no first-level region '" + a + "' in the gazetteer"
            + " (e.g. US-TX or US/Texas)");
      }
      admin1 = g.admin1(r);
    }
    given.put(host.strip().toLowerCase(java.util.Locale.ROOT),
        new Home(cc, admin1, 0, 1, Double.NaN, Double.NaN));
    return this;
  }

  private static int region(Gazetteer g, String cc, String name) {
    for (int c : g.lookup(name)) {
      if (g.kind(c) == Gazetteer.REGION && g.cc(c).equals(cc)) {
        return c;
      }
    }
    return -1;
  }

  /** The home the user gave for {@code site} or a domain it is under, or null. */
  private Home given(String site) {
    if (given.isEmpty()) {
      return null;
    }
    String h = site.toLowerCase(java.util.Locale.ROOT);
    while (true) {
      Home home = given.get(h);
      if (home != null) {
        return home;
      }
      int dot = h.indexOf('.');
      if (dot < 0) {
        return null;
      }
      h = h.substring(dot + 1); // "www.example.com" is under "example.com"
    }
  }

  /**
   * The home of {@code site}, or null when it has none (yet): the one the user gave, else the
   * one its articles voted for. A home the user gave for a country only has a null
   * {@code admin1}; one the user gave has no point (NaN).
   */
  public Home home(String site) {
    if (site == null) {
      return null;
    }
    Home userHome = given(site);
    if (userHome != null) {
      return userHome;
    }
    Tally t = sites.get(site);
    if (t == null) {
      return null;
    }
    synchronized (t) {
      Map.Entry<String, Integer> best = null;
      for (Map.Entry<String, Integer> e : t.votes.entrySet()) {
        if (best == null || e.getValue() > best.getValue()) {
          best = e;
        }
      }
      if (best == null || best.getValue() < MIN_VOTES
          || (double) best.getValue() / t.total < MIN_SHARE) {
        return null;
      }
      String[] r = best.getKey().split("/", 2);
      double[] p = t.points.get(best.getKey());
      return new Home(r[0], r[1], best.getValue(), (double) best.getValue() / t.total,
          p[0] / p[2], p[1] / p[2]);
    }
  }

  /** One article of {@code site} votes with its resolved places. */
  public void record(String site, List<Place> places) {
    if (site == null || places == null || frozen) {
      return;
    }
    Map<String, Integer> mentions = new HashMap<>();
    Map<String, double[]> points = new HashMap<>();
    for (Place p : places) {
      boolean local = "P".equals(p.featureClass()) || p.featureCode() != null
          && p.featureCode().startsWith("ADM2");
      if (!local || p.confidence() < CONFIDENT || p.countryCode() == null || p.admin1() == null
          || p.lat() == null) {
        continue;
      }
      String key = p.countryCode() + "/" + p.admin1();
      mentions.merge(key, 1, Integer::sum);
      double[] s = points.computeIfAbsent(key, k -> new double[3]);
      s[0] += p.lat();
      s[1] += p.lon();
      s[2]++;
    }
    String top = null;
    for (Map.Entry<String, Integer> e : mentions.entrySet()) {
      if (top == null || e.getValue() > mentions.get(top)
          || e.getValue().equals(mentions.get(top)) && e.getKey().compareTo(top) < 0) {
        top = e.getKey();
      }
    }
    if (top == null) {
      return;
    }
    Tally t = sites.computeIfAbsent(site, k -> new Tally());
    synchronized (t) {
      t.total++;
      t.votes.merge(top, 1, Integer::sum);
      double[] s = t.points.computeIfAbsent(top, k -> new double[3]);
      double[] add = points.get(top);
      s[0] += add[0];
      s[1] += add[1];
      s[2] += add[2];
    }
  }
}
