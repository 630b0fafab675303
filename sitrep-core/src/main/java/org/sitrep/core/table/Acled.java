package org.sitrep.core.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * ACLED's codings as its codebook defines them, for the events table: event and sub-event types,
 * disorder types, the inter codes of actor types, and countries by ISO 3166 numeric code and
 * English name. Also PLOVER's sixteen event types, the other vocabulary an event filter takes.
 */
public final class Acled {
  /** PLOVER's event types. */
  public static final List<String> PLOVER_TYPES = List.of("AGREE", "CONSULT", "SUPPORT",
      "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
      "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

  /** ACLED's event types and their sub-event types, in the codebook's order. */
  public static final Map<String, List<String>> SUB_EVENT_TYPES = sub();

  private static Map<String, List<String>> sub() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("Battles", List.of("Government regains territory", "Non-state actor overtakes territory",
        "Armed clash"));
    m.put("Explosions/Remote violence", List.of("Chemical weapon", "Air/drone strike",
        "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
        "Grenade"));
    m.put("Violence against civilians", List.of("Sexual violence", "Attack",
        "Abduction/forced disappearance"));
    m.put("Protests", List.of("Peaceful protest", "Protest with intervention",
        "Excessive force against protesters"));
    m.put("Riots", List.of("Violent demonstration", "Mob violence"));
    m.put("Strategic developments", List.of("Agreement", "Arrests", "Change to group/activity",
        "Disrupted weapons use", "Headquarters or base established",
        "Looting/property destruction", "Non-violent transfer of territory", "Other"));
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The ACLED event type a sub-event type belongs to in the codebook (Armed clash → Battles,
   * Attack → Violence against civilians), any case; null for a value that is none.
   */
  public static String eventTypeOf(String subEventType) {
    if (subEventType == null) {
      return null;
    }
    for (Map.Entry<String, List<String>> e : SUB_EVENT_TYPES.entrySet()) {
      for (String sub : e.getValue()) {
        if (sub.equalsIgnoreCase(subEventType.strip())) {
          return e.getKey();
        }
      }
    }
    return null;
  }

  /** Every ACLED sub-event type. */
  public static List<String> subEventTypes() {
    return SUB_EVENT_TYPES.values().stream().flatMap(List::stream).toList();
  }

  /** True when an event filter names a PLOVER type or an ACLED sub-event type (any case). */
  public static boolean knownEventType(String value) {
    return value != null && Stream.concat(PLOVER_TYPES.stream(), subEventTypes().stream())
        .anyMatch(t -> t.equalsIgnoreCase(value.strip()));
  }

  /**
   * ACLED's disorder type of a sub-event type: "Political violence", "Demonstrations",
   * "Political violence; Demonstrations" (excessive force against protesters) or "Strategic
   * developments"; null for none.
   */
  public static String disorderType(String eventType, String subEventType) {
    if (eventType == null) {
      return null;
    }
    return switch (eventType) {
      case "Battles", "Explosions/Remote violence", "Violence against civilians" ->
          "Political violence";
      case "Protests" -> "Excessive force against protesters".equals(subEventType)
          ? "Political violence; Demonstrations" : "Demonstrations";
      case "Riots" -> "Mob violence".equals(subEventType) ? "Political violence"
          : "Demonstrations";
      case "Strategic developments" -> "Strategic developments";
      default -> null;
    };
  }

  /** State forces: armed forces, police, government, intelligence, courts, legislature. */
  private static final Set<String> STATE = Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG");
  /** Rebel groups: insurgents and separatists. */
  private static final Set<String> REBELS = Set.of("REB", "INS", "SEP");
  /** Unarmed people: ACLED's civilians (journalists, aid and health workers, clergy, …). */
  private static final Set<String> CIVILIANS = Set.of("CVL", "REF", "MED", "EDU", "HLH", "REL",
      "AGR", "LAB", "BUS", "HRI", "NGO", "ENV", "ELI");

  /**
   * ACLED's inter code of an actor from its PLOVER/CAMEO sector and the event's ACLED type: 1
   * state forces, 2 rebel groups, 3 political militias (unidentified armed groups, armed gangs),
   * 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces
   * (international organisations, foreign companies). In a riot or protest the first actor is
   * the rioters or protesters unless it is armed or of the state. Null when unknown.
   */
  public static Long inter(String sector, String eventType, boolean first) {
    String s = sector == null ? "" : sector;
    if (STATE.contains(s)) {
      return 1L;
    }
    if (REBELS.contains(s)) {
      return 2L;
    }
    if (s.equals("UAF") || s.equals("CRM")) {
      return 3L;
    }
    if (s.equals("IGO") || s.equals("MNC")) {
      return 8L;
    }
    if (first && "Riots".equals(eventType)) {
      return 5L;
    }
    if (first && "Protests".equals(eventType)) {
      return 6L;
    }
    if (s.equals("OPP")) {
      return 6L; // the lexicon's protesters, demonstrators and activists
    }
    if (CIVILIANS.contains(s)) {
      return 7L;
    }
    return null;
  }

  /**
   * ACLED's interaction code: the two inter codes, smaller first (17); a sole actor's (no
   * actor2) its code × 10 (60). Null when it cannot be coded: actor1's code unknown, or an
   * actor2 whose code is unknown.
   */
  public static Long interaction(Long inter1, Long inter2, boolean actor2) {
    if (inter1 == null || actor2 && inter2 == null) {
      return null;
    }
    if (!actor2) {
      return inter1 * 10;
    }
    return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
  }

  /**
   * ACLED's civilian targeting: civilians are the target of political violence — every
   * Violence against civilians event, Excessive force against protesters, and an explosion,
   * remote violence or riot whose actor2 is civilians (inter2 7).
   */
  public static boolean civilianTargeting(String eventType, String subEventType, Long inter2) {
    if ("Violence against civilians".equals(eventType)
        || "Excessive force against protesters".equals(subEventType)) {
      return true;
    }
    return ("Explosions/Remote violence".equals(eventType) || "Riots".equals(eventType))
        && inter2 != null && inter2 == 7L;
  }

  private record Country(long numeric, String name, String alpha3, String alpha2) {}

  private static final Map<String, Country> COUNTRIES = countries();

  private static Map<String, Country> countries() {
    Map<String, Country> out = new HashMap<>();
    try (InputStream in = Acled.class.getResourceAsStream("iso3166.tsv");
         BufferedReader r = new BufferedReader(new InputStreamReader(in,
             StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t");
        if (line.startsWith("#") || f.length < 3) {
          continue;
        }
        Country c = new Country(Long.parseLong(f[1]),
            new Locale("", f[2]).getDisplayCountry(Locale.ENGLISH), f[0], f[2]);
        out.put(f[0], c);
        out.put(f[2], c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }

  /** ISO 3166 numeric code of an alpha-3 or alpha-2 code (SYR, SY → 760); null when unknown. */
  public static Long isoNumeric(String code) {
    Country c = code == null ? null : COUNTRIES.get(code.strip().toUpperCase(Locale.ROOT));
    return c == null ? null : c.numeric();
  }

  /** English name of an alpha-3 or alpha-2 code (SYR → Syria), from java.util.Locale. */
  public static String countryName(String code) {
    Country c = code == null ? null : COUNTRIES.get(code.strip().toUpperCase(Locale.ROOT));
    return c == null ? null : c.name();
  }

  /**
   * Whether {@code code} (alpha-3 or alpha-2) is the country that {@code words} name: its
   * alpha-3 or alpha-2 code or its English name, case ignored (SYR: "Syria", "sy", "SYR").
   */
  public static boolean countryNamed(String code, String words) {
    Country c = code == null ? null : COUNTRIES.get(code.strip().toUpperCase(Locale.ROOT));
    return c != null && (words.equalsIgnoreCase(c.alpha3()) || words.equalsIgnoreCase(c.alpha2())
        || words.equalsIgnoreCase(c.name()));
  }

  private Acled() {}
}
