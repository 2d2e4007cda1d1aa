"""Rebuild given_names.txt: our hand-written list plus the first names of Faker's person
providers (MIT licence, 80+ locales), minus words that are also common words.

    pip install faker && python data/gazetteers/build_given_names.py

Faker is needed only to rebuild the file, never at run time.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "given_names.txt"
HAND = HERE / "given_names_curated.txt"
NAME = re.compile(r"[A-ZÀ-ÞŁŚŻŹĆŃ][a-zà-ÿłśżźćńăşţőű'\-]{2,}")
# capitalised words that are names somewhere but words, months or brands in our languages
NOT_NAMES = {
    "May", "June", "April", "August", "Will", "Mark", "Art", "Bill", "Rose", "Page", "Sun", "Van",
    "Mercedes", "Dolores", "Rosa", "Pilar", "Luz", "Amparo", "Rocío", "Paz", "Sol", "Mar", "Cruz",
    "Angel", "Ángel", "Jesús", "Don", "Dean", "Chase", "Guy", "Grant", "Hope", "Joy", "Faith",
    "Summer", "Winter", "Autumn", "Ever", "Major", "Sterling", "Hunter", "King", "Prince", "Baron",
    "Wolf", "Ernst", "Frank", "Franco", "Kurz", "Lange", "Klein", "Gross", "Groß", "Jung", "Alt",
    "Fritz", "Nina", "China", "India", "Georgia", "Jordan", "Chad", "Florence", "Victoria",
    "Austin", "Phoenix", "Paris", "Sydney", "Denver", "Dallas", "Lincoln", "Tesla", "Ferrari",
    "Porsche", "Amazon", "Alexa", "Siri", "Apple", "Berry", "Cherry", "Ginger", "Ruby", "Amber",
    "Crystal", "Diamond", "Pearl", "Jade", "Ivy", "Iris", "Lily", "Holly", "Daisy", "Violet",
    "Bay", "Clay", "Lane", "Reed", "Rich", "Royal", "Price", "Case", "Cole", "Gold", "Silver",
    "Best", "Miles", "Long", "Young", "Strong", "Justice", "Unity", "Golden", "Star", "Stella",
    "General", "London", "Warner", "Buena", "Vance", "Media", "Team", "Chef", "Sie", "Kupfer",
    "Mona", "Brent", "Hanson", "Chance", "Story", "Ray", "Sky", "River", "Forest", "Stone",
}


def faker_first_names() -> set[str]:
    import faker  # noqa: PLC0415

    base = Path(faker.__file__).parent / "providers" / "person"
    names: set[str] = set()
    for folder in sorted(p for p in base.iterdir() if p.is_dir() and not p.name.startswith("_")):
        provider = importlib.import_module(f"faker.providers.person.{folder.name}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female", "first_romanized_names"):
            values = provider.__dict__.get(attr)
            if isinstance(values, dict):
                values = values.keys()
            if isinstance(values, (list, tuple, set, type({}.keys()))):
                names.update(v for v in values if isinstance(v, str) and NAME.fullmatch(v))
    return names


def common_words() -> set[str]:
    """Month and weekday names in our languages, and their stopwords, capitalised."""
    from babel.dates import get_day_names, get_month_names  # noqa: PLC0415

    words: set[str] = set()
    for language in ("de", "en", "es", "fr", "it", "pt", "nl"):
        words.update(n.capitalize() for n in get_month_names("wide", locale=language).values())
        words.update(n.capitalize() for n in get_day_names("wide", locale=language).values())
    import sys  # noqa: PLC0415

    sys.path.insert(0, str(HERE.parent.parent))
    from graph.extract import lang  # noqa: PLC0415

    for code in lang.LANGUAGES:
        words.update(w.capitalize() for w in getattr(lang.data(code), "STOPWORDS", ()))
    return words


def main() -> None:
    hand = [line.strip() for line in HAND.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    names = (set(hand) | faker_first_names()) - NOT_NAMES - common_words()
    header = ("# Given names for person detection: given_names_curated.txt (hand-written) plus the first\n"
              "# names of Faker's person providers (MIT), minus common words. Built by build_given_names.py.\n")
    OUT.write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} names → {OUT}")


if __name__ == "__main__":
    main()
