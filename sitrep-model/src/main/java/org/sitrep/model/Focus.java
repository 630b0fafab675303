package org.sitrep.model;

import java.util.List;

/** What an article is about, geographically: its main countries and places, most mentioned first. */
public record Focus(List<String> countries, List<String> places) {
  public Focus {
    countries = countries == null ? List.of() : List.copyOf(countries);
    places = places == null ? List.of() : List.copyOf(places);
  }
}
