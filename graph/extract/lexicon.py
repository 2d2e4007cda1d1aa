"""The typed lexicon: every word list and pattern the extraction reads from a language.

Each language fills one :class:`Lexicon` from its data module in ``graph.extract.lang``
(``de.py``, ``en.py``, ``es.py``: UPPER_CASE constants, data only). A field without a
default is required: without it a stage finds nothing. A field with a default switches
its rule off, or leaves it as the default says, in a language that does not fill it.
``python -m graph.extract.lexicon --doc`` writes the table of fields to docs/lexicon.md.

Regular expressions are given as source strings (``str | None``); the code compiles them.
"""

from __future__ import annotations

import inspect
import re
import sys
import types
from collections.abc import Iterator
from dataclasses import MISSING, Field, dataclass, field, fields
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import Any, Union, get_args, get_origin, get_type_hints


class LexiconError(ValueError):
    """A language data module declares a name the lexicon lacks, or a value of a wrong type."""


# kw_only: fields are grouped by stage, required and optional mixed. eq=False: a lexicon
# hashes by identity, so the many @cache functions that take it as their key stay cheap.
@dataclass(frozen=True, eq=False, kw_only=True)
class Lexicon:
    """Everything the extraction knows of one language, one field per list or pattern."""

    code: str  # ISO 639-1 code of the language ("de")

    # --- articles (graph/sources) ----------------------------------------------------
    STOPWORDS: frozenset[str]  # function words: language detection, not names
    BYLINE_WORDS: tuple[str, ...] = ()  # words opening a byline ("By"); not read yet
    BOILERPLATE_LINES: tuple[str, ...] = ()  # lines of no text ("Advertisement"); not read yet

    # --- sentences and clauses -------------------------------------------------------
    SENTENCE_ABBREVIATIONS: tuple[str, ...] = ()  # abbreviations whose period ends no sentence
    CLAUSE_BREAKS: tuple[str, ...] = ()  # words that begin a new clause inside a sentence
    CLAUSE_BREAKS_AFTER_COMMA: bool = False  # a clause break counts only after a comma
    LIST_CONJUNCTIONS: tuple[str, ...]  # words joining the items of a list ("and", "or")
    LIST_CUES: tuple[str, ...] = ()  # words introducing a list of names ("such as")
    DEFINITE_ARTICLES: tuple[str, ...] = ()  # may lead a name in a list ("the NBA")
    NOUNS_CAPITALISED: bool = False  # every noun is capitalised: a capital makes no name
    ADJECTIVES_AFTER_NOUNS: bool = False  # adjectives follow their noun ("la cadena francesa")
    CONTRACTIONS: dict[str, str] = field(default_factory=dict)  # preposition + article → one word
    WHICH_PRONOUNS: tuple[str, ...] = ()  # open a relative clause on the name before
    WHERE_PRONOUNS: tuple[str, ...] = ()  # open a relative clause on a place ("where")
    RELATIVE_PRONOUNS: tuple[str, ...] = ()  # "X, who heads Y": the role follows the pronoun
    RELATIVE_COPULAS: tuple[str, ...] = ()  # "X, who is chief executive of Y": the copula
    ASIDE_PRONOUNS: tuple[str, ...] = ()  # after a person's name, open an aside ("whose")
    ADVERBIAL_OPENERS: tuple[str, ...] = ()  # after "Name," open an adverbial, not a title
    POSSESSIVES: tuple[str, ...] = ()  # possessive determiners of a company ("its")
    SUBJECT_PRONOUNS: tuple[str, ...] = ()  # a sentence opening so refers to a company
    OUR_PRONOUNS: tuple[str, ...] = ()  # a speaker's own company ("we", "our")
    DEMONSTRATIVES: tuple[str, ...] = ()  # "this newspaper": the outlet writing, no name
    COMPLEMENTISERS: tuple[str, ...] = ()  # "said that …": what follows is reported
    PASSIVE_AUX: tuple[str, ...] = ()  # auxiliaries of the passive voice
    PASSIVE_AGENT: tuple[str, ...] = ()  # the preposition naming a passive's agent ("by")
    ADVERB_ENDINGS: tuple[str, ...] = ()  # endings of sentence adverbs before a comma
    SENTENCE_ADVERBS: frozenset[str] = frozenset()  # adverbs that open a sentence, no names
    NEGATIONS: tuple[str, ...]  # a clause with these denies the move it tells of
    NEGATION_NOT: str | None = None  # regex: negations that deny nothing ("not only")
    FUTURE_TENSE: str | None = None  # regex: a verb's future tense ("venderá")

    # --- places ----------------------------------------------------------------------
    PLACE_NAME_EXTRAS: dict[str, str] = field(default_factory=dict)  # name → code, besides CLDR
    PLACE_ADJECTIVES: dict[str, str] = field(default_factory=dict)  # adjective stem → code
    PLACE_ARTICLES: tuple[str, ...] = ()  # articles a place's name may carry ("the UK")
    PLACE_QUALIFIERS: tuple[str, ...] = ()  # begin a region's name ("South Asia")
    PLACE_NOUNS_AFTER_NAME: tuple[str, ...] = ()  # a name before these is a place's ("state")
    SEA_WORDS: tuple[str, ...] = ()  # a country's name next to these names a sea
    EVENT_NOUNS: tuple[str, ...] = ()  # a country after these is a scene ("invasion of")
    AUTHORITY_NOUNS: tuple[str, ...] = ()  # after a country, an authority or goods' origin
    ORIGIN_PREPOSITIONS: tuple[str, ...] = ()  # before a place something comes from
    BETWEEN_WORDS: tuple[str, ...] = ()  # a list after these names a route's two ends
    COMPARISON_RE: str | None = None  # regex: a comparison names a yardstick, no market
    COMPARED_BEFORE_NAME: tuple[str, ...] = ()  # "than": the name after is the yardstick
    RANKED_AFTER_BEFORE_PLACE: str | None = None  # regex: "its biggest market after Brazil"
    RANKING_AFTER_PLACE: str | None = None  # regex: "Asia's fourth-largest economy"
    THERE_WORDS: str | None = None  # regex: a word pointing back to the market named before
    HOME_CUES: tuple[str, ...] = ()  # words of a company's home market ("domestic")
    CITY_ENTRY_CUES: tuple[str, ...] = ()  # near a city, make it an opening's place

    # --- dates -----------------------------------------------------------------------
    DATE_NEXT: tuple[str, ...]  # "next" before "year" or "month"
    DATE_LAST: tuple[str, ...]  # "last" before "year" or "month"
    DATE_NEXT_AFTER: tuple[str, ...] = ()  # "next" written after the noun ("que viene")
    DATE_LAST_AFTER: tuple[str, ...] = ()  # "last" written after the noun ("pasado")
    DATE_THIS: tuple[str, ...]  # "this" before "year" or "month"
    DATE_YEAR_WORDS: tuple[str, ...]  # the word "year"
    DATE_MONTH_WORDS: tuple[str, ...]  # the word "month"
    DATE_YEAR_END: tuple[str, ...] = ()  # "the end of the year"
    DATE_MONTH_HEADS: tuple[str, ...] = ()  # capitalised words before a month ("Ende Jan.")
    DATE_NOT_BEFORE_DAY_WORD: tuple[str, ...] = ()  # after these a part of the day is a time
    DATE_FUTURE_VERBS: tuple[str, ...] = ()  # words that put a weekday ahead ("will")
    DATE_SINCE: tuple[str, ...] = ()  # "since November": the last such month
    DATE_DAYS_FROM_NOW: dict[str, int] = field(default_factory=dict)  # "yesterday": -1
    DATE_DAY_PARTS: tuple[str, ...] = ()  # parts of the day joined to a weekday ("-abend")
    DATE_MONTH_PARTS: dict[str, int] = field(default_factory=dict)  # "end of" → day it begins
    DATE_PARTS: dict[str, int] = field(default_factory=dict)  # "quarter" → parts in a year
    DATE_ORDINALS: dict[str, int] = field(default_factory=dict)  # "third" → 3
    DATE_SEASONS: dict[str, int] = field(default_factory=dict)  # season → month it begins

    # --- organisations ---------------------------------------------------------------
    ORG_DESCRIPTORS: dict[str, str]  # noun before a name → the kind ("Discounter": retailer)
    ORG_ANAPHORA: tuple[str, ...]  # nouns referring back to a company ("the group")
    OWN_DETERMINERS: tuple[str, ...] = ()  # before a company noun: one company
    APPOSITION_NOUNS: dict[str, str] = field(default_factory=dict)  # apposition heads → kind
    APPOSITION_AFTER: tuple[str, ...] = ()  # may follow an apposition's head ("based in")
    # articles opening an apposition; None: ROLE_ARTICLES
    APPOSITION_ARTICLES: tuple[str, ...] | None = None
    APPOSITION_OWNER_RE: str | None = None  # regex: a possessive opening one ("Russia's")
    APPOSITION_NOT_BETWEEN: tuple[str, ...] = ()  # words not inside an apposition
    APPOSITION_PART_OF: tuple[str, ...] = ()  # "a unit of": heads before "of"
    APPOSITION_TAIL: str = ""  # regex: what may end an apposition ("Chinas")
    APPOSITION_PARTICIPLES: tuple[str, ...] = ()  # open an apposition ("owned by")
    COMPOUND_DESCRIPTORS: tuple[str, ...] = ()  # descriptors ending a compound ("-kette")
    COMMON_NOUN_ENDINGS: tuple[str, ...] = ()  # endings of abstract nouns, no names
    NOUNS_ENDING_NAMES: tuple[str, ...] = ()  # company nouns that also end names
    GENITIVE_ARTICLES: tuple[str, ...] = ()  # in a name with a legal form, end the noun before
    HEADS_BEFORE_GENITIVE: tuple[str, ...] = ()  # heads of a name of their own ("Bank der …")
    # where heads lead: a capitalised head noun before capitalised words names an
    # organisation of that kind ("Banco de España"); NAME_LINKS may stand between them
    HEADS_BEFORE_NAMES: dict[str, str] = field(default_factory=dict)
    NAME_LINKS: tuple[str, ...] = ()  # link a head and a name's words ("de", "del")
    # where nouns compound: ends of nouns that a capitalised adjective before makes an
    # organisation's name ("Tiroler Landesregierung"), with the kind each gives
    COMPOUND_NAME_HEADS: dict[str, str] = field(default_factory=dict)
    # verbs whose subject, an unknown name right before them, is a company ("opened")
    BUSINESS_VERBS: tuple[str, ...] = ()
    ARTICLES_BEFORE_HEAD: tuple[str, ...] = ()  # before a name's head ("der Bank"): a common noun
    GROUP_NOUNS: tuple[str, ...] = ()  # plural role nouns before a firm ("analysts")
    GOVERNMENT_RE: str | None = None  # regex: a government as an organisation
    PLACE_BEFORE_NAME_RE: str | None = None  # regex: a country's possessive before a firm
    EMPLOYER_BEFORE_TITLES: tuple[str, ...] = ()  # a name before these is the employer's
    TITLE_QUALIFIERS_BEFORE: tuple[str, ...] = ()  # before such a title ("former")
    UNIT_NOUNS: tuple[str, ...] = ()  # a company's part in a market ("its Indian unit")
    OWNER_NOUNS: tuple[str, ...] = ()  # before a brand owner's name ("parent company")
    OWNER_OF_CUES: tuple[str, ...] = ()  # after these the sentence names what another owns
    PARENT_CUES: tuple[str, ...] = ()  # words naming a company's parent

    # --- people ----------------------------------------------------------------------
    PERSON_TITLES: tuple[str, ...]  # courtesy titles before a name ("Mr", "Frau")
    ROLE_HEADS: tuple[str, ...]  # job titles ("chief executive")
    ROLE_ARTICLES: tuple[str, ...]  # articles before a title ("the", "a")
    STATE_TITLES: tuple[str, ...] = ()  # next to a country, an office of state
    GOVERNMENT_ROLES: tuple[str, ...] = ()  # public offices ("minister", "mayor")
    BODY_NOUNS: tuple[str, ...] = ()  # bodies named in a title ("union leader")
    FORMER_PREFIXES: tuple[str, ...] = ()  # a former office before a title ("Ex-")
    TITLE_MODIFIERS: tuple[str, ...] = ()  # qualify a title ("Senior Vice President")

    # --- products --------------------------------------------------------------------
    PRODUCT_NOUNS: tuple[str, ...]  # nouns before a product's name ("the app")
    PRODUCT_LIST_NOUNS: tuple[str, ...] = ()  # plural nouns before a list of products
    PRODUCT_NAME_AFTER_NOUN: bool = False  # the name follows a lower-case noun ("el modelo")
    NOT_MODEL_WORDS: tuple[str, ...] = ()  # no product before a number ("Section 404")
    LAUNCH_VERBS: tuple[str, ...]  # a name after these, before a place, is launched there
    ARRIVAL_PREDICATES: tuple[str, ...] = ()  # a name before these arrives on a market
    RIVAL_WORDS: tuple[str, ...] = ()  # a product after these is a rival's
    CODE_NAME_CUES: tuple[str, ...] = ()  # before a product's code name ("code-named")
    NAMING_CUES: tuple[str, ...] = ()  # before a new thing's name ("a beer called X")
    NAMED_THINGS: tuple[str, ...] = ()  # nouns of goods a naming cue may follow ("beer")

    # --- market entries --------------------------------------------------------------
    ENTRY_CUES: tuple[str, ...]  # words of entering a market
    ENTRY_NOT: str | None = None  # regex: figures that look like entry cues
    ENTRY_RE: str | None = None  # regex: an entry without a cue ("returns to Turkey")
    EXIT_CUES: tuple[str, ...]  # words of leaving a market
    EXIT_NOT: str | None = None  # regex: no exit ("closed the year with")
    EXIT_RE: str | None = None  # regex: an exit whose verb and particle stand apart
    DIVEST_RE: str | None = None  # regex: selling the business in a market is an exit
    JOB_CUTS_RE: str | None = None  # regex: job cuts tell of no entry
    PLAN_CUES: tuple[str, ...]  # words of a planned move ("will", "plans")
    PLAN_NOT: str | None = None  # regex: "plan" naming a price tier
    REPORTED_PLAN_CUES: tuple[str, ...] = ()  # a plan told in reported speech
    RUMOR_CUES: tuple[str, ...]  # words of a rumour ("reportedly")
    RUMOR_RE: str | None = None  # regex: a rumour's word, case kept ("may")
    RUMOR_OVER: str | None = None  # regex: a rumour said to be over
    CONTINUE_CUES: tuple[str, ...] = ()  # going on with what it does: present already
    ALREADY_CUES: tuple[str, ...] = ()  # there already ("already operates")
    ALREADY_NOT: str | None = None  # regex: "already" that is no presence ("schon bald")
    PRESENT_CUES: tuple[str, ...] = ()  # there now, told in the place's own clause
    MODAL_CUES: tuple[str, ...] = ()  # a modal verb makes the clause's move not done
    MODAL_RE: str | None = None  # regex: a modal that needs its case ("may")
    AIM_CUES: tuple[str, ...] = ()  # growing in a market named after is a plan for it
    AIM_AFTER_CUES: tuple[str, ...] = ()  # the same with the verb after the market
    ARRIVAL_RE: str | None = None  # regex: coming or bringing, right before a place
    GATEWAY_CUES: tuple[str, ...] = ()  # a market as a stepping stone ("gateway")
    ORIGIN_CUES: str | None = None  # regex: an origin story, where home counts as entry
    ACQUISITION_DONE: tuple[str, ...] = ()  # buying a company in a market: done
    ACQUISITION_PLAN: tuple[str, ...] = ()  # buying a company in a market: planned
    SELLER_PREPOSITIONS: tuple[str, ...] = ()  # before a seller at the clause's end
    DEAL_NOUNS: tuple[str, ...] = ()  # nouns for a deal whose closing dates a purchase
    DEAL_CLOSING: tuple[str, ...] = ()  # stems of a deal's closing

    # --- sales channels --------------------------------------------------------------
    SELL_CUES: tuple[str, ...]  # words of selling ("sell", "available")
    ONLINE_CUES: tuple[str, ...]  # words of an online channel
    OFFLINE_CUES: tuple[str, ...]  # words of a shop channel
    THROUGH_CUES: tuple[str, ...]  # selling through another shop ("via")
    THROUGH_RIGHT_BEFORE: tuple[str, ...] = ()  # the same, only right before the name
    OWN_CUES: tuple[str, ...] = ()  # make a named store the company's own channel
    SUPPLIER_CUES: tuple[str, ...] = ()  # before a supplier's name ("technology from")
    BUYER_RE: str | None = None  # regex: a shop after these is a buyer, not a channel
    NEGATION_CUES: tuple[str, ...] = ()  # deny or leave open a sentence: no channel
    MAKER_PREPOSITIONS: tuple[str, ...] = ()  # goods of a maker ("móviles de Samsung")

    # --- product launches ------------------------------------------------------------
    LAUNCH_CUES: tuple[str, ...]  # words of a launch done ("launched", "opened")
    PRODUCT_CUES: tuple[str, ...]  # words that put a named product on a market

    # --- positions -------------------------------------------------------------------
    ROLE_OF: str = "of"  # joins a title and its organisation ("director of X")
    ROLE_ORG_PREPOSITIONS: tuple[str, ...] = ()  # after a title, before the organisation
    ROLE_PARTICIPLES: dict[str, str] = field(default_factory=dict)  # "chaired by" → role
    ROLE_SCOPE_WORDS: tuple[str, ...] = ()  # a position's scope ("for Southern Europe")
    ROLE_VERBS: dict[str, str] = field(default_factory=dict)  # "heads" → the title

    # --- statements ------------------------------------------------------------------
    SPEECH_VERBS: tuple[str, ...]  # verbs of saying ("said")
    MARKET_VIEWS: tuple[str, ...] = ()  # "a key market for us": the company's plans there
    PLANS_FOR: tuple[str, ...] = ()  # speaking of these speaks of plans for the market
    REPORT_CUES: tuple[str, ...] = ()  # words of a report ("according to"); not read yet
    # a reporting verb whose subject follows it, closing a clause: "…, informa Efe."
    REPORTING_VERBS_BEFORE_SOURCE: tuple[str, ...] = ()


def _conforms(value: object, hint: Any) -> bool:
    """True when ``value`` has the declared type: container and element types, one level."""
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        return any(_conforms(value, arg) for arg in get_args(hint))
    if hint is type(None):
        return value is None
    if origin is None:
        return isinstance(value, hint)
    if not isinstance(value, origin):
        return False
    args = get_args(hint)
    if isinstance(value, dict):
        return all(_conforms(k, args[0]) and _conforms(v, args[1]) for k, v in value.items())
    if isinstance(value, tuple | frozenset):  # tuple[str, ...], frozenset[str]
        return all(_conforms(item, args[0]) for item in value)
    return True


@cache
def _hints() -> dict[str, Any]:
    return get_type_hints(Lexicon)


def from_module(module: types.ModuleType, code: str) -> Lexicon:
    """The lexicon a language's data module declares; every UPPER_CASE name in it must be
    a field, of the field's type."""
    hints = _hints()
    values: dict[str, Any] = {}
    for name, value in vars(module).items():
        if not name.isupper():
            continue
        if name not in hints:
            raise LexiconError(
                f"{module.__name__}: unknown lexicon field {name} — "
                "declare it in graph/extract/lexicon.py or correct the name"
            )
        if not _conforms(value, hints[name]):
            raise LexiconError(
                f"{module.__name__}: {name} is a {type(value).__name__}, "
                f"the lexicon declares {hints[name]} — give it that type"
            )
        values[name] = value
    missing = [f.name for f in required_fields() if f.name not in values]
    if missing:
        raise LexiconError(
            f"{module.__name__}: required lexicon fields missing: {', '.join(missing)} — "
            "every language must fill them"
        )
    return Lexicon(code=code, **values)


def required_fields() -> list[Field[Any]]:
    """The fields without a default, which every language module must fill."""
    return [
        f
        for f in fields(Lexicon)
        if f.default is MISSING and f.default_factory is MISSING and f.name != "code"
    ]


_STAGE = re.compile(r"^\s+# --- (.+?) -+$")
_FIELD = re.compile(r"^\s+(\w+): [^#]+?(?:# (.+))?$")
_COMMENT = re.compile(r"^\s+# (.+)$")


def _documented_fields() -> Iterator[tuple[str, str, str]]:
    """(stage, field name, meaning) in the order the class declares them, read from the
    comments of its source: a field's meaning is its trailing comment or the line above."""
    stage, above = "", ""
    for line in inspect.getsource(Lexicon).splitlines():
        if m := _STAGE.match(line):
            stage, above = m.group(1), ""
        elif m := _COMMENT.match(line):
            above = m.group(1)
        elif (m := _FIELD.match(line)) and m.group(1) in _hints():
            yield stage, m.group(1), m.group(2) or above
            above = ""


def _default(f: Field[Any]) -> object:
    return f.default_factory() if f.default_factory is not MISSING else f.default


def markdown() -> str:
    """The page docs/lexicon.md: every field with its type, default, meaning and the
    languages that fill it."""
    from graph.extract.lang import LANGUAGES  # noqa: PLC0415

    modules = {code: vars(import_module(f"graph.extract.lang.{code}")) for code in LANGUAGES}
    by_name = {f.name: f for f in fields(Lexicon)}
    required = {f.name for f in required_fields()}
    out = [
        "# The language lexicon",
        "",
        "<!-- generated by `python -m graph.extract.lexicon --doc`; do not edit -->",
        "",
        "Every word list and pattern the extraction reads from a language is a field of",
        "`graph.extract.lexicon.Lexicon`. A language fills it from its data module",
        "`graph/extract/lang/<code>.py` (UPPER_CASE constants); a name the lexicon does not",
        "declare, or a value of another type, is an error when the language loads.",
        f"**Required** fields ({len(required)}) must be filled by every language: without",
        "them a stage finds nothing. Any other field falls back to its default, which",
        "switches its rule off. Adding a language means adding a module that fills the",
        "required fields (and as many others as the language needs).",
        "",
        'A field whose meaning begins "regex:" holds a regular expression\'s source.',
    ]
    stage = None
    for stage_of, name, meaning in _documented_fields():
        if name == "code":
            continue
        if stage_of != stage:
            stage = stage_of
            head = "| field | type | default | meaning | " + " | ".join(LANGUAGES) + " |"
            out += ["", f"## {stage}", "", head, "|---" * (4 + len(LANGUAGES)) + "|"]
        f = by_name[name]
        default = "**required**" if name in required else f"`{_default(f)!r}`"
        fills = ["✓" if name in modules[code] else "" for code in LANGUAGES]
        cells = [f"`{name}`", f"`{f.type}`", default, meaning, *fills]
        out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> None:
    """``--doc``: write docs/lexicon.md of this checkout; otherwise print the page."""
    page = markdown()
    if argv[1:] == ["--doc"]:
        (Path(__file__).resolve().parents[2] / "docs" / "lexicon.md").write_text(
            page, encoding="utf-8"
        )
    else:
        sys.stdout.write(page)


if __name__ == "__main__":
    main(sys.argv)
