package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
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
 * The query parameters the OpenAPI document gives each GET path, so that a parameter it does
 * not list is refused (400, with the ones the path takes) rather than silently ignored.
 */
final class DocumentedParams {
  private final Map<Pattern, List<String>> byPath = new LinkedHashMap<>();

  DocumentedParams(byte[] openapi) {
    JsonNode doc;
    try {
      doc = Json.mapper().readTree(openapi);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    doc.path("paths").fields().forEachRemaining(p -> {
      JsonNode get = p.getValue().get("get");
      if (get == null) {
        return;
      }
      List<String> names = new ArrayList<>();
      for (JsonNode param : get.path("parameters")) {
        JsonNode resolved = param.has("$ref") ? doc.at(param.get("$ref").asText().substring(1))
            : param;
        if ("query".equals(resolved.path("in").asText())) {
          names.add(resolved.path("name").asText());
        }
      }
      byPath.put(template(p.getKey()), List.copyOf(names));
    });
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
