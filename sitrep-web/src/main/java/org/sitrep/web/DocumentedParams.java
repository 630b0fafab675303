package org.sitrep.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.model.Json;

/**
 * The query parameters the OpenAPI document gives each path's GET or POST (and those a page
 * takes, {@link #take}), so that a parameter it does not list is refused (400, with the ones the
 * path takes) rather than silently ignored; so is one given twice or with a malformed
 * {@code %} escape. Empty pairs ({@code a=1&&b=2}, a trailing {@code &}) are no parameter.
 */
final class DocumentedParams {
  private final Map<Pattern, List<String>> byPath = new LinkedHashMap<>();

  /** The parts of an OpenAPI document read here: each path's GET or POST and its parameters. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Document(Map<String, PathItem> paths, Components components) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record PathItem(Operation get, Operation post) {
    Operation operation() {
      return get != null ? get : post;
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Operation(List<Parameter> parameters) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Components(Map<String, Parameter> parameters) {}

  /** A parameter, or a {@code $ref} to one of the components'. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Parameter(@JsonProperty("$ref") String ref, String name, String in) {}

  DocumentedParams(byte[] openapi) {
    Document doc;
    try {
      doc = Json.mapper().readValue(openapi, Document.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Parameter> shared = doc.components() == null
        || doc.components().parameters() == null ? Map.of() : doc.components().parameters();
    doc.paths().forEach((path, item) -> {
      if (item == null || item.operation() == null) {
        return;
      }
      List<String> names = new ArrayList<>();
      for (Parameter p : item.operation().parameters() == null ? List.<Parameter>of()
          : item.operation().parameters()) {
        Parameter resolved = p.ref() == null ? p
            : shared.get(p.ref().substring(p.ref().lastIndexOf('/') + 1));
        if (resolved != null && "query".equals(resolved.in())) {
          names.add(resolved.name());
        }
      }
      byPath.put(template(path), List.copyOf(names));
    });
  }

  /** Also {@code path}, a page the document does not describe, takes {@code names}. */
  void take(String path, List<String> names) {
    byPath.put(template(path), List.copyOf(names));
  }

  /** A path template ({@code /api/articles/{id}}) as a pattern of the paths it stands for. */
  private static Pattern template(String path) {
    StringBuilder re = new StringBuilder();
    for (String part : path.split("\\{[^}]*}", -1)) {
      if (!re.isEmpty()) {
        re.append("[^/]+");
      }
      re.append(Pattern.quote(part));
    }
    return Pattern.compile(re.toString());
  }

  /** The query parameters a GET of {@code path} takes; null when the document has no such path. */
  List<String> of(String path) {
    for (Map.Entry<Pattern, List<String>> e : byPath.entrySet()) {
      if (e.getKey().matcher(path).matches()) {
        return e.getValue();
      }
    }
    return null;
  }

  /** A {@code %} not followed by two hexadecimal digits. */
  private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

  /**
   * Refuses a request (GET, HEAD or POST) of a documented path whose query names a parameter
   * the path does not take, names one twice, or holds a malformed {@code %} escape.
   */
  void check(Context ctx) {
    String method = ctx.method().name();
    if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("POST")) {
      return;
    }
    List<String> taken = of(ctx.path());
    if (taken == null) {
      return;
    }
    String query = ctx.queryString();
    if (query == null) {
      return;
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String rawName = eq < 0 ? pair : pair.substring(0, eq);
      String name = decode(rawName);
      if (name == null || BAD_ESCAPE.matcher(pair).find()) {
        String shown = name == null ? rawName : name;
        throw new Params.BadValue(shown + ": a malformed escape in the query (a % must be "
            + "followed by two hexadecimal digits; write a % itself as %25)", List.of());
      }
      if (name.isEmpty()) {
        throw new Params.BadValue("a value without a parameter name in the query ('" + pair
            + "')", taken);
      }
      if (!taken.contains(name)) {
        throw new Params.BadValue(name + ": no parameter of " + ctx.path() + (taken.isEmpty()
            ? ", which takes none" : "; it takes " + String.join(", ", taken)), taken);
      }
      if (!seen.add(name)) {
        throw new Params.BadValue(name + ": given twice; give it once", List.of());
      }
    }
  }

  /** A query's name as sent, decoded ({@code +} a space); null when its escapes are malformed. */
  private static String decode(String raw) {
    // URLDecoder refuses only the malformed escapes BAD_ESCAPE finds.
    return BAD_ESCAPE.matcher(raw).find() ? null
        : java.net.URLDecoder.decode(raw, java.nio.charset.StandardCharsets.UTF_8);
  }
}
