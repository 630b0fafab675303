#!/usr/bin/env python3
"""Rebuilds the area shapes that `eval geo` scores areas with (run once; the result is committed).

Sources (npm packages, fetched into a scratch folder, see the usage below):
  world-atlas@2.0.2  countries-50m.json: Natural Earth 1:50m admin-0 countries (public domain;
                     ISC package), keyed by ISO 3166-1 numeric code
  us-atlas@3.0.1     states-10m.json: U.S. Census Bureau cartographic boundaries of the states
                     (public domain; ISC package), keyed by FIPS code, named
  world-countries@5.1.0  countries.json: each country's region and subregion (ODbL-1.0)

Usage:
  mkdir /tmp/shapes && cd /tmp/shapes && npm install world-atlas@2.0.2 us-atlas@3.0.1 \
      world-countries@5.1.0
  python3 scripts/build-area-shapes.py /tmp/shapes/node_modules \
      sitrep-nlp/src/main/resources/org/sitrep/nlp/geo/shapes

Output: the same TopoJSON (arcs untouched), gzipped, with each geometry's id replaced by the
key the gazetteer gives the area: a country's ISO 3166-1 alpha-2 code (from sitrep-core's
iso3166.tsv; Kosovo XK; the few Natural Earth units without a code are dropped), a US state's
"US/<admin1 name>" (the name as in the gazetteer's admin1 column).
And continents.tsv: each ISO 3166-1 alpha-2 code with its continent as the gazetteer names
continents (world-countries' region; the Americas split into South America and North America,
which takes Central America and the Caribbean; Antarctic is Antarctica).
"""
import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ISO = os.path.join(HERE, "..", "sitrep-core", "src", "main", "resources", "org", "sitrep",
                   "core", "table", "iso3166.tsv")
UNCODED = {"Kosovo": "XK"}


def numeric_to_alpha2():
    out = {}
    with open(ISO, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            a3, num, a2 = line.rstrip("\n").split("\t")[:3]
            out[num] = a2
    return out


def rekey(path, obj, key, out):
    with open(path, encoding="utf-8") as f:
        topo = json.load(f)
    kept = []
    for g in topo["objects"][obj]["geometries"]:
        k = key(g)
        if k is None or g.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        kept.append({"type": g["type"], "arcs": g["arcs"], "id": k})
    topo["objects"] = {"areas": {"type": "GeometryCollection", "geometries": kept}}
    with gzip.open(out, "wt", encoding="utf-8") as f:
        json.dump(topo, f, separators=(",", ":"))
    print(out, len(kept), "areas")


def main(modules, outdir):
    codes = numeric_to_alpha2()
    rekey(os.path.join(modules, "world-atlas", "countries-50m.json"), "countries",
          lambda g: codes.get(g.get("id")) or UNCODED.get(g["properties"]["name"]),
          os.path.join(outdir, "countries-50m.json.gz"))
    rekey(os.path.join(modules, "us-atlas", "states-10m.json"), "states",
          lambda g: "US/" + g["properties"]["name"],
          os.path.join(outdir, "us-states-10m.json.gz"))
    continents(modules, os.path.join(outdir, "continents.tsv"))


def continents(modules, out):
    with open(os.path.join(modules, "world-countries", "countries.json"), encoding="utf-8") as f:
        countries = json.load(f)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# ISO 3166-1 alpha-2, continent; from world-countries@5.1.0 (ODbL-1.0), "
                "built by scripts/build-area-shapes.py\n")
        for c in sorted(countries, key=lambda c: c["cca2"]):
            region = c["region"]
            if region == "Americas":
                region = "South America" if c["subregion"] == "South America" else "North America"
            elif region == "Antarctic":
                region = "Antarctica"
            f.write(c["cca2"] + "\t" + region + "\n")
    print(out, len(countries), "countries")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
