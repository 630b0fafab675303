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
 * The query parameters the OpenAPI document gives each GET path (and those a page takes,
 * {@link #take}), so that a parameter it does not list is refused (400, with the ones the path
 * takes) rather than silently ignored.
 */
final class DocumentedParams {
  private final Map<Pattern, List<String>> byPath = new LinkedHashMap<>();

  /** The parts of an OpenAPI document read here: each path's GET and its parameters. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Document(Map<String, PathItem> paths, Components components) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record PathItem(Operation get) {}

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
      if (item == null || item.get() == null) {
        return;
      }
      List<String> names = new ArrayList<>();
      for (Parameter p : item.get().parameters() == null ? List.<Parameter>of()
          : item.get().parameters()) {
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

  /** Refuses a GET whose query names a parameter its documented path does not take. */
  void check(Context ctx) {
    if (!"GET".equals(ctx.method().name())) {
      return;
    }
    List<String> taken = of(ctx.path());
    if (taken == null) {
      return;
    }
    for (String name : ctx.queryParamMap().keySet()) {
      if (!taken.contains(name)) {
        throw new Params.BadValue(name + ": no parameter of " + ctx.path() + (taken.isEmpty()
            ? ", which takes none" : "; it takes " + String.join(", ", taken)), taken);
      }
    }
  }
}
