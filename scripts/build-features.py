#!/usr/bin/env python3
"""Builds Sitrep's table of places that are not towns, countries or regions (run once; the
result, sitrep-nlp/src/main/resources/org/sitrep/nlp/geo/features.tsv.gz, is committed).

Sources:
  Natural Earth 1:10m (public domain, naturalearthdata.com), as GeoJSON in the repository
  martynafford/natural-earth-geojson (CC0), commit 0b9a6ce:
    physical/ne_10m_geography_marine_polys   oceans, seas, gulfs, bays, straits, sounds
    physical/ne_10m_geography_regions_polys  ranges, deserts, peninsulas, islands, plains,
                                             coasts, deltas, basins, geographic areas
    physical/ne_10m_lakes                    lakes and reservoirs ("Lago Titicaca" also as
                                             "Lake Titicaca")
    physical/ne_10m_rivers_lake_centerlines  rivers ("X River", "River X"; the bare name only
                                             when no town, region or country has it)
    cultural/ne_10m_airports                 891 airports
  sitrep-nlp/src/main/resources/org/sitrep/nlp/geo/macro-regions.tsv (hand-made, a source per
  row; `eval geo` reads it too): regions news names by their member countries or states ("Middle East", "Korean Peninsula", "West Coast").
  The bundled gazetteer (for airports' countries and macro-regions' members).

Usage:
  git -C <mirror> show HEAD:10m/physical/ne_10m_geography_marine_polys.json > /tmp/ne/...
  (the regions' polygons and lakes come as .7z: 7z x), then
  python3 scripts/build-features.py /tmp/ne sitrep-nlp/src/main/resources/org/sitrep/nlp/geo/macro-regions.tsv \
      sitrep-nlp/src/main/resources/org/sitrep/nlp/geo/gazetteer.tsv.gz \
      sitrep-nlp/src/main/resources/org/sitrep/nlp/geo/features.tsv.gz

Output: gzip TSV, the gazetteer's columns plus one:
  kind(F)  id  name  lat  lon  cc  admin1  feature  0  alternate names (|)  extent km
A polygon's point is its area-weighted centroid (longitudes unwrapped across the
antimeridian); its extent is half the diagonal of its bounding box. A macro-region's point is
the mean of its members' points, its extent the farthest member point from there. Feature
codes follow GeoNames' (OCN, SEA, GULF, BAY, STRT, MTS, DSRT, PEN, ISL, LK, AIRP, RGN, ...).
"""
import gzip
import json
import math
import os
import re
import sys
import unicodedata

from geomath import km

MARINE = {"ocean": "OCN", "sea": "SEA", "gulf": "GULF", "bay": "BAY", "strait": "STRT",
          "sound": "SD", "channel": "CHN", "lagoon": "LGN", "fjord": "FJD", "inlet": "INLT",
          "reef": "RF", "river": "STM"}
LAND = {"Range/mtn": "MTS", "Desert": "DSRT", "Pen/cape": "PEN", "Peninsula": "PEN",
        "Island": "ISL", "Island group": "ISLS", "Plateau": "PLAT", "Plain": "PLN",
        "Geoarea": "RGN", "Coast": "CST", "Delta": "DLTA", "Basin": "BSN", "Valley": "VAL",
        "Lowland": "LOWL", "Tundra": "TUND", "Isthmus": "ISTH", "Wetlands": "WTLD",
        "Gorge": "GRGE", "Foothills": "HLLS", "Lake": "LK", "Depression": "DPR"}
# Oceans whose short name is no people's adjective ("the Atlantic"; not "Indian").
SHORT_OCEANS = {"Atlantic", "Pacific", "Arctic"}


def rings(geom):
    if geom is None:
        return []
    if geom["type"] == "Polygon":
        return [geom["coordinates"][0]]
    if geom["type"] == "MultiPolygon":
        return [p[0] for p in geom["coordinates"]]
    return []


def centroid(ring_list):
    """Area-weighted centroid and box of outer rings, longitudes unwrapped when they span
    more than 180 degrees (the Pacific)."""
    lons = [p[0] for r in ring_list for p in r]
    wrap = max(lons) - min(lons) > 180
    ax = ay = area = 0.0
    minx = miny = 1e9
    maxx = maxy = -1e9
    for r in ring_list:
        pts = [((x + 360 if wrap and x < 0 else x), y) for x, y in (p[:2] for p in r)]
        a = cx = cy = 0.0
        for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
            cross = x1 * y2 - x2 * y1
            a += cross
            cx += (x1 + x2) * cross
            cy += (y1 + y2) * cross
        if abs(a) > 1e-12:
            ax += cx / 3
            ay += cy / 3
            area += a
        for x, y in pts:
            minx, maxx, miny, maxy = min(minx, x), max(maxx, x), min(miny, y), max(maxy, y)
    if abs(area) < 1e-12:
        x, y = sum(p[0] for r in ring_list for p in r) / len(lons), sum(p[1] for r in ring_list for p in r) / len(lons)
    else:
        x, y = ax / area, ay / area
    if x > 180:
        x -= 360
    return y, x, km(miny, minx, maxy, maxx) / 2


def fold(name):
    return "".join(ch for ch in unicodedata.normalize("NFD", name.lower())
                   if not unicodedata.category(ch).startswith("M"))


def title(name):
    """Natural Earth writes some names in capitals ("INDIAN OCEAN", "SAHEL")."""
    if name.upper() != name:
        return name
    small = {"of", "the", "and", "de", "du", "la"}
    return " ".join(w.lower() if i > 0 and w.lower() in small else w.capitalize()
                    for i, w in enumerate(name.split()))


def load_gazetteer(path):
    towns, countries, regions, areas = [], {}, {}, []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            r = line.rstrip("\n").split("\t")
            lat, lon = float(r[3]), float(r[4])
            if r[0] in ("A", "B", "C", "L"):
                areas.append(r[2])  # main names of regions, districts, countries, continents
            if r[0] == "P":
                towns.append((lat, lon, r[5], r[6], r[2], int(r[8])))
            elif r[0] == "C":
                countries[r[5]] = (lat, lon)
            elif r[0] == "A":
                regions[r[5] + "/" + r[2]] = (lat, lon)
    return towns, countries, regions, areas


def nearest_town(towns, lat, lon, within):
    best, bd = None, within
    for t in towns:
        if abs(t[0] - lat) > 2 or abs(t[1] - lon) > 3:
            continue
        d = km(lat, lon, t[0], t[1])
        if d < bd:
            best, bd = t, d
    return best


def main(ne, macro_path, gaz_path, out_path):
    towns, countries, regions, areas = load_gazetteer(gaz_path)
    rows = []  # (id, name, lat, lon, cc, admin1, code, alts, extent)

    marine = json.load(open(os.path.join(ne, "ne_10m_geography_marine_polys.json")))["features"]
    oceans = {}
    seas = {}  # one entry per name: the Mediterranean comes in two polygons
    for f in marine:
        p = f["properties"]
        code = MARINE.get(p["featurecla"])
        if code is None or not p["name"]:
            continue
        name = title(" ".join(p["name"].split()))
        had = seas.setdefault((name, code), ([], set()))
        had[0].extend(rings(f["geometry"]))
        if p.get("namealt"):
            had[1].add(title(p["namealt"]))
        m = re.match(r"(North|South) (Atlantic|Pacific) Ocean$", name)
        if m:
            oceans.setdefault(m.group(2), []).extend(rings(f["geometry"]))
    for (name, code), (rs, alts) in seas.items():
        lat, lon, ext = centroid(rs)
        rows.append(("ne%s" % len(rows), name, lat, lon, "", "", code, sorted(alts), ext))
    for ocean, rs in oceans.items():
        lat, lon, ext = centroid(rs)
        rows.append(("ne%s" % len(rows), ocean + " Ocean", lat, lon, "", "", "OCN", [ocean], ext))
    for i, r in enumerate(rows):
        short = r[1].replace(" Ocean", "")
        if r[6] == "OCN" and short in SHORT_OCEANS and short not in r[7]:
            rows[i] = r[:7] + (r[7] + [short],) + r[8:]

    land = json.load(open(os.path.join(ne, "ne_10m_geography_regions_polys.json")))["features"]
    for f in land:
        p = f["properties"]
        code = LAND.get(p["featurecla"])
        if code is None or not p["name"]:
            continue
        lat, lon, ext = centroid(rings(f["geometry"]))
        alts = [title(p["namealt"])] if p.get("namealt") else []
        cc = admin1 = ""
        if ext < 100:
            t = nearest_town(towns, lat, lon, 100)
            if t:
                cc, admin1 = t[2], t[3]
        rows.append(("ne%s" % len(rows), title(p["name"]), lat, lon, cc, admin1, code, alts, ext))

    lakes = json.load(open(os.path.join(ne, "ne_10m_lakes.json")))["features"]
    for f in lakes:
        p = f["properties"]
        if not p.get("name") or p.get("featurecla") not in ("Lake", "Reservoir", "Alkaline Lake"):
            continue
        lat, lon, ext = centroid(rings(f["geometry"]))
        cc = admin1 = ""
        if ext < 100:
            t = nearest_town(towns, lat, lon, 100)
            if t:
                cc, admin1 = t[2], t[3]
        alts = [p["name_alt"]] if p.get("name_alt") else []
        # English news writes "Lake Titicaca", "Lake Chapala", "Lake Neagh" for Natural Earth's
        # "Lago Titicaca", "Lago de Chapala", "Lough Neagh"
        local = re.match(r"(?:Lago|Lac|Laguna|Lough|Ozero)(?: de| du| des| la| del)? (.+)$", p["name"])
        if local:
            alts.append("Lake " + local.group(1))
        rows.append(("ne%s" % len(rows), p["name"], lat, lon, cc, admin1,
                     "RSV" if p["featurecla"] == "Reservoir" else "LK", alts, ext))

    big = [t for t in towns if t[5] >= 100000]
    rivers = {}
    for f in json.load(open(os.path.join(ne, "ne_10m_rivers_lake_centerlines.json")))["features"]:
        p = f["properties"]
        if p.get("featurecla") != "River" or not p.get("name") or not f.get("geometry"):
            continue
        g = f["geometry"]
        lines = [g["coordinates"]] if g["type"] == "LineString" else g["coordinates"]
        key = (p["name"], p.get("rivernum"))
        rivers.setdefault(key, ([], set()))[0].extend(pt[:2] for line in lines for pt in line)
        if p.get("name_alt"):
            rivers[key][1].add(p["name_alt"])
    gazetteer_names = {fold(t[4]) for t in towns} | {fold(n) for n in areas}
    for (name, _), (pts, alts) in rivers.items():
        # the point: the vertex nearest the mean of the river's vertices
        mx = sum(x for x, _ in pts) / len(pts)
        my = sum(y for _, y in pts) / len(pts)
        x, y = min(pts, key=lambda q: (q[0] - mx) ** 2 + (q[1] - my) ** 2)
        ext = km(min(q[1] for q in pts), min(q[0] for q in pts),
                 max(q[1] for q in pts), max(q[0] for q in pts)) / 2
        full = name if name.endswith("River") else name + " River"
        names = {"River " + name}
        for a in alts:
            names.add(a if a.endswith("River") else a + " River")
        if fold(name) not in gazetteer_names:
            names.add(name)  # "Cauvery"; never "Mississippi" (the state) or "Thames" (a town)
        rows.append(("ne%s" % len(rows), full, y, x, "", "", "STM", sorted(names), ext))

    airports = json.load(open(os.path.join(ne, "ne_10m_airports.json")))["features"]
    for f in airports:
        p = f["properties"]
        lon, lat = f["geometry"]["coordinates"][:2]
        base = re.sub(r"\s+Int'l$", "", p["name"]).strip()
        names = set()
        wiki = (p.get("wikipedia") or "").rsplit("/", 1)[-1].replace("_", " ")
        if wiki.endswith("Airport"):
            names.add(wiki)
        names.add(base + " Airport")
        names.add(base + " International Airport")
        t = nearest_town(towns, lat, lon, 60)
        cc, admin1 = (t[2], t[3]) if t else ("", "")
        # "London Heathrow", "Chicago O'Hare": the airport's own name follows its city's
        short = base
        first = base.split(" ", 1)
        if len(first) == 2 and any(c[4] == first[0] and c[5] >= 100000
                                   and km(lat, lon, c[0], c[1]) < 80 for c in big):
            short = first[1]
        own_town = any(fold(c[4]) == fold(short) and km(lat, lon, c[0], c[1]) < 60
                       for c in towns if abs(c[0] - lat) < 1 and abs(c[1] - lon) < 1.5)
        if not own_town and len(short) >= 4:  # "Solapur" is the town, "Heathrow" the airport
            names.add(short)
            names.add(short + " Airport")
        name = wiki if wiki.endswith("Airport") else base + " Airport"
        names.discard(name)
        rows.append(("ne%s" % len(rows), name, lat, lon, cc, admin1, "AIRP", sorted(names), 2))

    for line in open(macro_path, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        name, alts, members, source = line.rstrip("\n").split("\t")[:4]
        pts = []
        for m in members.split("|"):
            pt = countries.get(m) if "/" not in m else regions.get(m)
            if pt is None:
                sys.exit("macro-regions.tsv: unknown member %s of %s" % (m, name))
            pts.append(pt)
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        ext = max(km(lat, lon, p[0], p[1]) for p in pts)
        cc = members.split("|")[0].split("/")[0] if all(
            m.split("/")[0] == members.split("|")[0].split("/")[0] for m in members.split("|")) else ""
        rows.append(("mr%s" % len(rows), name, lat, lon, cc, "", "RGN",
                     [a for a in alts.split("|") if a], ext))

    with gzip.open(out_path, "wt", encoding="utf-8") as out:
        out.write("# Places that are not towns, countries or regions: Natural Earth 1:10m (public "
                  "domain) and geo/macro-regions.tsv; built by scripts/build-features.py\n")
        for r in rows:
            rid, name, lat, lon, cc, admin1, code, alts, ext = r
            clean = lambda x: " ".join(x.split())  # a stray carriage return in one name
            name = clean(name)
            alts = [clean(a) for a in dict.fromkeys(alts) if a and clean(a) != name]
            out.write("\t".join(["F", rid, name, "%.4f" % lat, "%.4f" % lon, cc, admin1, code, "0",
                                 "|".join(alts), "%.0f" % ext]) + "\n")
    print("wrote %d features to %s" % (len(rows), out_path))


if __name__ == "__main__":
    main(*sys.argv[1:5])
