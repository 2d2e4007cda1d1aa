#!/usr/bin/env python3
"""Build ``organizations.tsv`` from the hand-curated list and OpenStreetMap's name-suggestion-index.

Development-time only (the package never runs this); standard library only.

    npm install --prefix /tmp/nsi name-suggestion-index            # BSD-3-Clause
    npm install --prefix /tmp/nsic @ideditor/nsi-collector         # ISC, optional
    python data/gazetteers/build_organizations.py /tmp/nsi/node_modules/name-suggestion-index \\
        --counts /tmp/nsic/node_modules/@ideditor/nsi-collector/dist/osm/brands_all.json

What it does:

1. Reads ``organizations_curated.tsv`` (same columns as the output). Curated rows
   always win and come first in the output.
2. Reads NSI's ``dist/json/nsi.json`` (brands with a ``brand:wikidata`` tag) and
   ``dist/wikidata/wikidata.json`` (label and description of every QID NSI uses).
3. Keeps brands from a fixed set of categories (shops, banks, fuel, carriers, car
   makers, ...; see ``CATEGORIES``), refines the kind from the Wikidata description
   ("telecommunications company" -> carrier, "automobile manufacturer" -> company),
   and keeps only widespread ones: present in several countries (``locationSet``)
   or with many mapped locations (``--counts``: nsi-collector's per-brand counts of
   OpenStreetMap features). Names with three letters or fewer, non-Latin names and
   ordinary words (``COMMON_WORDS`` of ``graph.gazetteer``, the ``BLOCKLIST`` below
   and, when present, the Debian word lists in ``/usr/share/dict``) are dropped.
4. Deduplicates on :func:`graph.gazetteer.normalise_name`: a brand whose name or
   QID is already curated is dropped (its QID fills an empty curated QID when the
   kinds agree); among NSI brands the more widespread one wins.
5. Optionally (``--label-qids``) fills empty curated QIDs from ``wikidata.json``
   when exactly one QID there has the curated name as its label and a description
   that fits the row's kind.
6. Writes ``organizations.tsv`` and prints a summary.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from graph.gazetteer import COMMON_WORDS, KINDS, normalise_name  # noqa: E402

HEADER = ["qid", "name", "kind", "country", "aliases", "industry"]

# NSI category (tree/key/value without "brands/") -> (kind, industry, tier).
# Tier 1: keep every brand with a Wikidata ID whose description fits (carriers, makers);
# tier 2: keep widespread brands; tier 3: keep only very widespread brands.
CATEGORIES: dict[str, tuple[str, str, int]] = {
    "shop/mobile_phone": ("carrier", "telecoms", 1),
    "shop/telecommunication": ("carrier", "telecoms", 1),
    "office/telecommunication": ("carrier", "telecoms", 1),
    "shop/car": ("company", "cars", 1),
    "shop/motorcycle": ("company", "motorcycles", 1),
    "shop/supermarket": ("retailer", "food-retail", 2),
    "shop/convenience": ("retailer", "convenience", 2),
    "shop/wholesale": ("retailer", "wholesale", 2),
    "shop/department_store": ("retailer", "department-store", 2),
    "shop/variety_store": ("retailer", "discount-store", 2),
    "shop/general": ("retailer", "discount-store", 2),
    "shop/electronics": ("retailer", "electronics-retail", 2),
    "shop/computer": ("retailer", "electronics-retail", 2),
    "shop/appliance": ("retailer", "electronics-retail", 2),
    "shop/hifi": ("retailer", "electronics-retail", 2),
    "shop/video_games": ("retailer", "electronics-retail", 2),
    "shop/camera": ("retailer", "electronics-retail", 2),
    "shop/clothes": ("retailer", "fashion", 2),
    "shop/shoes": ("retailer", "shoes", 2),
    "shop/sports": ("retailer", "sporting-goods", 2),
    "shop/outdoor": ("retailer", "sporting-goods", 3),
    "shop/fashion_accessories": ("retailer", "fashion", 3),
    "shop/bag": ("retailer", "fashion", 3),
    "shop/jewelry": ("retailer", "jewellery", 3),
    "shop/watches": ("retailer", "watches", 3),
    "shop/chemist": ("retailer", "drugstore", 2),
    "amenity/pharmacy": ("retailer", "pharmacy", 2),
    "healthcare/pharmacy": ("retailer", "pharmacy", 2),
    "shop/cosmetics": ("retailer", "health-beauty", 2),
    "shop/perfumery": ("retailer", "health-beauty", 2),
    "shop/beauty": ("retailer", "health-beauty", 3),
    "shop/optician": ("retailer", "optician", 3),
    "shop/doityourself": ("retailer", "diy", 2),
    "shop/hardware": ("retailer", "diy", 2),
    "shop/garden_centre": ("retailer", "diy", 3),
    "shop/furniture": ("retailer", "furniture", 2),
    "shop/houseware": ("retailer", "home", 3),
    "shop/interior_decoration": ("retailer", "home", 3),
    "shop/bed": ("retailer", "home", 3),
    "shop/kitchen": ("retailer", "home", 3),
    "shop/books": ("retailer", "books", 3),
    "shop/stationery": ("retailer", "office-supplies", 3),
    "shop/toys": ("retailer", "toys", 3),
    "shop/pet": ("retailer", "pets", 3),
    "shop/baby_goods": ("retailer", "baby", 3),
    "shop/gift": ("retailer", "gifts", 3),
    "shop/newsagent": ("retailer", "convenience", 3),
    "shop/alcohol": ("retailer", "beverages", 3),
    "shop/beverages": ("retailer", "beverages", 3),
    "shop/tyres": ("company", "tyres", 3),
    "shop/travel_agency": ("company", "travel", 3),
    "amenity/bank": ("company", "bank", 2),
    "amenity/money_transfer": ("company", "payments", 3),
    "office/insurance": ("company", "insurance", 3),
    "amenity/fuel": ("company", "energy", 2),
    "amenity/charging_station": ("company", "ev-charging", 3),
    "amenity/car_rental": ("company", "car-rental", 2),
    "amenity/post_office": ("company", "logistics", 2),
    "office/logistics": ("company", "logistics", 2),
    "office/consulting": ("company", "consulting", 3),
    "office/it": ("company", "it-services", 3),
    "office/company": ("company", "company", 3),
    "office/financial": ("company", "finance", 3),
    "amenity/fast_food": ("company", "restaurant", 3),
    "amenity/cafe": ("company", "restaurant", 3),
    "amenity/restaurant": ("company", "restaurant", 3),
    "amenity/ice_cream": ("company", "restaurant", 3),
    "tourism/hotel": ("company", "hotel", 3),
}
# Order in which a brand found in several categories takes its kind and industry.
PRIORITY = list(CATEGORIES)

# Widespread: (min. OSM locations, min. countries) per tier; either suffices.
THRESHOLDS = {1: (0, 0), 2: (250, 5), 3: (1000, 15)}
# Stricter thresholds for industries with many small or sub-brands.
INDUSTRY_THRESHOLDS = {
    "hotel": (2500, 40), "restaurant": (1500, 25), "energy": (800, 8), "bank": (600, 8),
    "fashion": (400, 8), "shoes": (400, 8), "jewellery": (600, 12), "watches": (600, 12),
    "ev-charging": (1500, 12), "convenience": (400, 5),
}

# Region codes in locationSet count as this many countries.
REGION_WEIGHT = 25

# Brand names that are real but would mostly match something else in running text.
BLOCKLIST = {
    "post office", "the post office", "post", "bank", "pharmacy", "apotheke", "farmacia", "metro",
    "real", "next", "three", "3", "total", "express", "extra", "giant", "jumbo", "match", "kiwi",
    "plus", "coop", "spar", "dia", "game", "power", "expert", "premier", "select", "central",
    "family", "city", "smart", "one", "home", "star", "sun", "union", "united", "national",
    "international", "general", "standard", "universal", "super", "market", "supermarket",
    "mercado", "farmacias", "droguería", "drogerie", "tabak", "kiosk", "café", "cafe",
    "banco", "caixa", "sparkasse", "volksbank", "raiffeisenbank", "post bank", "postbank",
    "the co-operative", "co-op", "coop food", "costcutter", "londis", "nisa", "today's",
    "budget", "enterprise", "hertz", "thrifty", "dollar", "advantage", "payless", "alamo",
    "national car rental", "economy", "champion", "atlas", "eagle", "falcon", "phoenix",
    "orion", "apollo", "delta", "alpha", "omega", "gamma", "sigma", "lotus", "orange",
    "target", "apple", "amazon", "action", "penny", "netto", "norma", "globus", "boots",
    "shell", "visa", "claro", "personal", "play", "free", "salt", "sunrise", "vivo", "honor",
    "mobile", "tigo", "bell", "digi", "rain", "telekom", "magenta", "liverpool",
    "paris", "ripley", "continental", "savers", "outlet", "factory", "tops",
    "ace", "mace", "k", "q8", "ip", "br", "gulf", "mobil",
    "sonic", "subway", "bonjour", "cosmo", "alon", "aiden", "combi", "camp david", "centra",
    "bench.", "bench", "can do", "build it", "best express", "coffee time", "community bank",
    "card factory", "maxi", "géant", "zurich", "tous", "matas", "celine", "chloé", "bosco",
    "graff", "salomon", "parfois", "pendleton", "love's", "church's", "ration shop",
    "empresa brasileira de correios e telégrafos", 
}

# QIDs that a name or label match would attach to the wrong curated row (checked by hand).
# Capitalised dictionary entries that are nevertheless safe brand names.
ALLOW = {"Reebok", "Samsonite", "Sheraton", "Texaco", "Thales", "Bulgari", "Allstate", "Aesop",
         "Barbour"}

DENY_FILL = {
    "Q131469994",  # a Georgian electronics chain, not Xiaomi's Mi Store
    "Q1002252",  # Bugatti the fashion business, not the car maker
    "Q85983660",  # an Armenian VTB bank
    "Q114053440",  # a Bulgarian petrol chain, not Ecopetrol
    "Q3079259",  # the Turkish postal service, not Thailand's PTT
    "Q11257202",  # a bicycle shop chain, not Asahi Group
    "Q7669891",  # TD Bank N.A. (US), not the Toronto-Dominion Bank
    "Q541030",  # former DPD company
    "Q131521281",  # Toys "R" Us since 2021
    "Q234803",  # Rolls-Royce Motor Cars, not Rolls-Royce Holdings
    "Q2052213",  # former Douglas holding
    "Q5194599",  # La Curacao (US)
}

DEMONYMS = {
    "American": "US", "United States": "US", "U.S.": "US", "US": "US", "French": "FR",
    "German": "DE", "Japanese": "JP", "British": "GB", "English": "GB", "Scottish": "GB",
    "Welsh": "GB", "Canadian": "CA", "Italian": "IT", "Australian": "AU", "Russian": "RU",
    "Dutch": "NL", "Polish": "PL", "Spanish": "ES", "Chinese": "CN", "Taiwanese": "TW",
    "Ukrainian": "UA", "Indian": "IN", "Swedish": "SE", "Czech": "CZ", "Brazilian": "BR",
    "Swiss": "CH", "Bulgarian": "BG", "Norwegian": "NO", "Georgian": "GE", "Austrian": "AT",
    "Mexican": "MX", "Slovak": "SK", "Slovakian": "SK", "New Zealand": "NZ", "Turkish": "TR",
    "Belgian": "BE", "Danish": "DK", "Serbian": "RS", "Israeli": "IL", "Finnish": "FI",
    "Filipino": "PH", "Philippine": "PH", "Romanian": "RO", "Portuguese": "PT",
    "South Korean": "KR", "Korean": "KR", "Colombian": "CO", "Hong Kong": "HK",
    "Malaysian": "MY", "Irish": "IE", "Greek": "GR", "Indonesian": "ID", "Hungarian": "HU",
    "South African": "ZA", "Argentine": "AR", "Argentinian": "AR", "Vietnamese": "VN",
    "Iranian": "IR", "Armenian": "AM", "Chilean": "CL", "Croatian": "HR", "Moroccan": "MA",
    "Bolivian": "BO", "Belarusian": "BY", "Thai": "TH", "Peruvian": "PE", "Nigerian": "NG",
    "Saudi": "SA", "Saudi Arabian": "SA", "Algerian": "DZ", "Ghanaian": "GH", "Tunisian": "TN",
    "Egyptian": "EG", "Lithuanian": "LT", "Latvian": "LV", "Slovenian": "SI", "Singaporean": "SG",
    "Pakistani": "PK", "Icelandic": "IS", "Estonian": "EE", "Cuban": "CU", "Angolan": "AO",
    "Luxembourgish": "LU", "Kazakh": "KZ", "Venezuelan": "VE", "Ecuadorian": "EC",
    "Albanian": "AL", "Montenegrin": "ME", "North Macedonian": "MK", "Macedonian": "MK",
    "Emirati": "AE", "Qatari": "QA", "Kuwaiti": "KW", "Omani": "OM", "Bahraini": "BH",
    "Jordanian": "JO", "Lebanese": "LB", "Kenyan": "KE", "Ethiopian": "ET", "Tanzanian": "TZ",
    "Ugandan": "UG", "Zambian": "ZM", "Zimbabwean": "ZW", "Namibian": "NA", "Uruguayan": "UY",
    "Paraguayan": "PY", "Guatemalan": "GT", "Costa Rican": "CR", "Panamanian": "PA",
    "Dominican": "DO", "Puerto Rican": "PR", "Jamaican": "JM", "Bangladeshi": "BD",
    "Sri Lankan": "LK", "Nepalese": "NP", "Mongolian": "MN", "Azerbaijani": "AZ",
    "Uzbek": "UZ", "Bosnian": "BA", "Cypriot": "CY", "Maltese": "MT", "Macanese": "MO",
}
_DEMONYM_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True)) + r")\b"
)

_CARRIER_RE = re.compile(
    r"telecom|mobile (?:network|phone|telephone)? ?(?:operator|provider|carrier|network)"
    r"|wireless|cellular|mobile virtual network|\bmvno\b|cable (?:provider|operator|company|tv)"
    r"|internet service provider|telephone company|broadband|mobile communications?",
    re.IGNORECASE,
)
_MAKER_RE = re.compile(
    r"manufactur|automaker|carmaker|car maker|car company|automobile|automotive|marque"
    r"|vehicle|motorcycle|electronics company|technology company|multinational technology"
    r"|sportswear|conglomerate|fashion house|luxury|designer|brand of (?:cars|motorcycles)",
    re.IGNORECASE,
)
_RETAIL_RE = re.compile(
    r"retail|store|shop|chain|supermarket|dealer|hypermarket|e-commerce|marketplace",
    re.IGNORECASE,
)
_KIND_WORDS = {
    "media": re.compile(r"newspaper|magazine|news|broadcast|television|radio|website|publish"
                        r"|agency|journal", re.I),
    "carrier": _CARRIER_RE,
    "retailer": re.compile(r"retail|store|shop|chain|supermarket|e-commerce|online|marketplace"
                           r"|department|drugstore|pharmac|discount", re.I),
    "company": re.compile(r"company|manufactur|corporation|brand|enterprise|group|bank|airline"
                          r"|conglomerate|business|firm|insur|operator|maker|producer|provider"
                          r"|chain|restaurant|hotel|logistic|postal|courier|oil|energy", re.I),
    "other": re.compile(r"organi[sz]ation|agency|institut|authority|government|association"
                        r"|union|exchange|index|university|fair|ministry|regulator|office"
                        r"|central bank", re.I),
}
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F]")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass
class Row:
    qid: str
    name: str
    kind: str
    country: str
    aliases: list[str]
    industry: str

    def cells(self) -> list[str]:
        return [self.qid, self.name, self.kind, self.country, "|".join(self.aliases),
                self.industry]


@dataclass
class Brand:
    qid: str
    names: dict[str, int] = field(default_factory=dict)  # name -> locations
    aliases: list[str] = field(default_factory=list)
    categories: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    regions: int = 0
    count: int = 0

    @property
    def spread(self) -> int:
        return len(self.countries) + REGION_WEIGHT * self.regions


# ----------------------------------------------------------------------------- input
def read_tsv(path: Path) -> list[Row]:
    rows: list[Row] = []
    with path.open(encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        if header != HEADER:
            raise SystemExit(f"{path}: header must be {HEADER}, not {header}")
        for lineno, line in enumerate(fh, start=2):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = (line.split("\t") + [""] * 6)[:6]
            qid, name, kind, country, aliases, industry = (c.strip() for c in cells)
            if kind not in KINDS:
                raise SystemExit(f"{path}:{lineno}: bad kind {kind!r}")
            if qid and not re.fullmatch(r"Q\d+", qid):
                raise SystemExit(f"{path}:{lineno}: bad QID {qid!r}")
            rows.append(Row(qid, name, kind, country,
                            [a.strip() for a in aliases.split("|") if a.strip()], industry))
    return rows


def load_word_lists(paths: list[Path]) -> tuple[set[str], set[str]]:
    """Ordinary words (lower-cased; German nouns included) and capitalised English entries
    (given names, places) from plain word lists such as Debian's /usr/share/dict/*."""
    words: set[str] = set()
    proper: set[str] = set()
    for path in paths:
        if not path.exists():
            continue
        german = "german" in path.name
        english = "english" in path.name
        for line in path.read_text(encoding="utf-8", errors="ignore").splitlines():
            w = line.strip()
            if not w or "'" in w:
                continue
            if w[0].islower() or german:
                words.add(w.lower())
            elif english:
                proper.add(w)
    return words, proper


def latin(name: str | None) -> bool:
    return bool(name) and bool(_LATIN.search(name)) and not _NON_LATIN_LETTER.search(name)


def usable(name: str, words: set[str], proper: set[str], count: int = 0) -> bool:
    """A brand name that can be matched safely in running text.

    Dropped: non-Latin names, names with parentheses or at most three letters, blocked or
    ordinary words, given names and places (capitalised dictionary entries, unless allowed),
    short phrases of ordinary words ("Can Do", "Build it") and lower-case single words,
    the last two unless the brand has very many locations.
    """
    if not latin(name) or "(" in name or len(_LETTER.findall(name)) <= 3:
        return False
    low = name.casefold()
    bare = low.strip(".!'’")
    if low in BLOCKLIST or bare in BLOCKLIST or low in COMMON_WORDS or bare in COMMON_WORDS:
        return False
    tokens = name.split()
    if len(tokens) == 1:
        if bare in words:
            return False
        if name.strip(".!") in proper and name not in ALLOW:
            return False
        if name[:1].islower() and count < 1500:
            return False
    elif len(tokens) <= 3 and count < 2000 and all(
            t.casefold().strip(".,!'’&") in words or not _LETTER.search(t) for t in tokens):
        return False
    return True


def read_nsi(root: Path, counts: dict[str, int]) -> dict[str, Brand]:
    nsi_path = root if root.is_file() else root / "dist" / "json" / "nsi.json"
    data = json.loads(nsi_path.read_text(encoding="utf-8"))["nsi"]
    brands: dict[str, Brand] = {}
    for path, block in data.items():
        if not path.startswith("brands/"):
            continue
        category = path.removeprefix("brands/")
        if category not in CATEGORIES:
            continue
        for item in block.get("items", []):
            tags = item.get("tags", {})
            qid = tags.get("brand:wikidata", "")
            if not re.fullmatch(r"Q\d+", qid):
                continue
            brand = brands.setdefault(qid, Brand(qid))
            brand.categories.add(category)
            raw = tags.get("brand") or tags.get("name") or ""
            located = counts.get(f"{category}|{raw}", 0)
            brand.count += located
            name = raw if latin(raw) else next(
                (tags[k] for k in ("brand:en", "name:en", "brand:es", "brand:de")
                 if latin(tags.get(k))), "")
            if name:
                brand.names[name] = max(brand.names.get(name, 0), located)
            for key in ("name", "brand:en", "name:en", "brand:de", "brand:es", "official_name",
                        "short_name", "brand:short", "alt_name"):
                value = tags.get(key)
                for v in (value or "").split(";"):
                    v = v.strip()
                    if v and latin(v) and v not in brand.aliases:
                        brand.aliases.append(v)
            for place in item.get("locationSet", {}).get("include", []):
                if not isinstance(place, str):
                    continue
                m = re.fullmatch(r"([a-z]{2})(?:-[\w-]+(?:\.geojson)?)?", place)
                if m:
                    brand.countries.add(m.group(1).upper())
                elif re.fullmatch(r"\d{3}|eu|un", place):
                    brand.regions += 1
    return brands


# ----------------------------------------------------------------------------- selection
def primary_category(brand: Brand) -> str:
    return min(brand.categories, key=PRIORITY.index)


def classify(brand: Brand, description: str) -> tuple[str, str] | None:
    """Kind and industry of a brand, or None when it should not be kept."""
    category = primary_category(brand)
    kind, industry, _tier = CATEGORIES[category]
    if kind == "carrier":
        if _CARRIER_RE.search(description):
            return "carrier", "telecoms"
        if _MAKER_RE.search(description):
            return "company", "electronics"
        if _RETAIL_RE.search(description):
            return "retailer", "electronics-retail"
        return None
    if industry in ("convenience", "energy") and re.search(
            r"\boil\b|petrol|fuel|gas station|filling station", description, re.I):
        return "company", "energy"
    if industry in ("cars", "motorcycles"):
        return (kind, industry) if _MAKER_RE.search(description) and not re.search(
            r"dealer|dealership|retailer|repair", description, re.I) else None
    if kind == "retailer" and _MAKER_RE.search(description) and not _RETAIL_RE.search(
            description):
        return "company", "electronics" if "electronics" in industry else industry
    if _CARRIER_RE.search(description) and category.startswith(("shop/electronics", "office")):
        return "carrier", "telecoms"
    return kind, industry


def widespread(brand: Brand, industry: str) -> bool:
    tier = min(CATEGORIES[c][2] for c in brand.categories)
    if tier == 1:
        return True
    min_count, min_spread = INDUSTRY_THRESHOLDS.get(industry, THRESHOLDS[tier])
    return brand.count >= min_count or brand.spread >= min_spread


def country_of(brand: Brand, description: str) -> str:
    m = _DEMONYM_RE.search(description)
    if m:
        return DEMONYMS[m.group(1)]
    if len(brand.countries) == 1 and not brand.regions:
        return next(iter(brand.countries))
    return ""


def nsi_rows(brands: dict[str, Brand], wikidata: dict[str, dict], words: set[str],
             proper: set[str], log: list[str]) -> list[tuple[Row, Brand]]:
    out: list[tuple[Row, Brand]] = []
    for brand in brands.values():
        if not brand.names:
            continue
        info = wikidata.get(brand.qid, {})
        description = info.get("description") or ""
        if re.search(r"\b(?:former|defunct|dissolved)\b", description, re.I) and \
                brand.spread < 3:
            continue
        classified = classify(brand, description)
        if classified is None:
            log.append(f"skip (description) {brand.qid} {list(brand.names)} | {description}")
            continue
        kind, industry = classified
        if not widespread(brand, industry):
            continue
        name = max(brand.names, key=lambda n: (brand.names[n], -len(n)))
        if not usable(name, words, proper, brand.count):
            log.append(f"skip (name) {brand.qid} {name!r}")
            continue
        label = info.get("label") or ""
        aliases = [a for a in [*brand.names, label, *brand.aliases] if a and a != name]
        aliases = [a for a in dict.fromkeys(aliases) if usable(a, words, proper, brand.count)
                   and normalise_name(a) and not re.search(r"\d{3,}", a)]
        out.append((Row(brand.qid, name, kind, country_of(brand, description), aliases,
                        industry), brand))
    return out


def description_fits(kind: str, description: str) -> bool:
    return bool(_KIND_WORDS[kind].search(description))


# ----------------------------------------------------------------------------- merge
def merge(curated: list[Row], candidates: list[tuple[Row, Brand]], wikidata: dict[str, dict],
          label_qids: bool, log: list[str]) -> list[Row]:
    curated_keys: dict[str, Row] = {}
    for row in curated:  # names first, then aliases
        curated_keys.setdefault(normalise_name(row.name), row)
    for row in curated:
        for alias in row.aliases:
            curated_keys.setdefault(normalise_name(alias), row)
    curated_qids = {row.qid for row in curated if row.qid}

    candidates.sort(key=lambda rb: (-rb[1].spread, -rb[1].count, rb[0].name))
    kept: list[Row] = []
    taken: set[str] = set()
    for row, _brand in candidates:
        key = normalise_name(row.name)
        twin = curated_keys.get(key)
        if twin is not None or row.qid in curated_qids:
            if twin is not None and not twin.qid and twin.kind == row.kind \
                    and row.qid not in DENY_FILL \
                    and row.qid not in curated_qids \
                    and (not twin.country or not row.country or twin.country == row.country) \
                    and normalise_name(twin.name) == key:
                twin.qid = row.qid
                curated_qids.add(row.qid)
                log.append(f"qid from NSI: {twin.name} -> {row.qid} "
                           f"({wikidata.get(row.qid, {}).get('description', '')})")
            continue
        if key in taken:
            continue
        taken.add(key)
        aliases = []
        for alias in row.aliases:
            akey = normalise_name(alias)
            if akey in curated_keys or akey in taken:
                continue
            taken.add(akey)
            aliases.append(alias)
        row.aliases = aliases
        kept.append(row)

    if label_qids:
        by_label: dict[str, list[str]] = defaultdict(list)
        for qid, info in wikidata.items():
            if info.get("label"):
                by_label[normalise_name(info["label"])].append(qid)
        used = curated_qids | {r.qid for r in kept}
        for row in curated:
            if row.qid:
                continue
            found = by_label.get(normalise_name(row.name), [])
            fits = [q for q in found if q not in used and q not in DENY_FILL and description_fits(
                row.kind, wikidata[q].get("description") or "")]
            if len(found) == 1 and len(fits) == 1:
                row.qid = fits[0]
                used.add(fits[0])
                log.append(f"qid from label: {row.name} -> {fits[0]} "
                           f"({wikidata[fits[0]].get('description', '')})")
    kept.sort(key=lambda r: r.name.casefold())
    return curated + kept


def write_tsv(rows: list[Row], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(HEADER) + "\n")
        for row in rows:
            cells = row.cells()
            if any("\t" in c or "\n" in c for c in cells):
                raise SystemExit(f"tab or newline in row {cells}")
            fh.write("\t".join(cells) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("nsi", type=Path, help="name-suggestion-index package folder or its nsi.json")
    ap.add_argument("--wikidata", type=Path,
                    help="NSI's dist/wikidata/wikidata.json (default: inside the package)")
    ap.add_argument("--counts", type=Path,
                    help="nsi-collector's dist/osm/brands_all.json (OSM locations per brand)")
    ap.add_argument("--curated", type=Path, default=HERE / "organizations_curated.tsv")
    ap.add_argument("--out", type=Path, default=HERE / "organizations.tsv")
    ap.add_argument("--wordlist", type=Path, action="append",
                    help="word list(s) of ordinary words (default: Debian's /usr/share/dict)")
    ap.add_argument("--label-qids", action=argparse.BooleanOptionalAction, default=True,
                    help="fill empty curated QIDs from unique Wikidata labels in NSI's data")
    ap.add_argument("--log", type=Path, help="write the decisions (skips, QID fills) here")
    args = ap.parse_args(argv)

    root = args.nsi
    wikidata_path = args.wikidata or (
        (root.parent.parent if root.is_file() else root) / "dist" / "wikidata" / "wikidata.json")
    wikidata = json.loads(wikidata_path.read_text(encoding="utf-8"))["wikidata"]
    counts = json.loads(args.counts.read_text(encoding="utf-8")) if args.counts else {}
    words, proper = load_word_lists(args.wordlist or [
        Path("/usr/share/dict") / n for n in
        ("american-english", "british-english", "ngerman", "spanish")])

    log: list[str] = []
    curated = read_tsv(args.curated)
    candidates = nsi_rows(read_nsi(root, counts), wikidata, words, proper, log)
    rows = merge(curated, candidates, wikidata, args.label_qids, log)
    write_tsv(rows, args.out)
    if args.log:
        args.log.write_text("\n".join(log) + "\n", encoding="utf-8")

    by_kind: dict[str, int] = defaultdict(int)
    for row in rows:
        by_kind[row.kind] += 1
    print(f"{args.out}: {len(rows)} rows ({len(curated)} curated, {len(rows) - len(curated)} "
          f"from NSI), {sum(1 for r in rows if r.qid)} with QID; "
          + ", ".join(f"{k} {n}" for k, n in sorted(by_kind.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
