"""People the text names, and the known names that are one of those people's surnames."""

from __future__ import annotations

import re

from graph.extract.entities import OrgMention, PersonMention, find_people
from graph.extract.lexicon import Lexicon
from graph.extract.patterns import role_heads_pattern, speech_verbs_re


def people_named(
    text: str, L: Lexicon, blocked: list[tuple[int, int]], author: str | None
) -> list[PersonMention]:
    """The people the text names outside the ``blocked`` spans, not its author."""
    people = find_people(text, L, blocked, role_heads_pattern(L), speech_verbs_re(L))
    return [p for p in people if p.name != author] if author else people


def surnames_taken_for_names(
    text: str, L: Lexicon, orgs: list[OrgMention], people: list[PersonMention]
) -> set[tuple[int, int]]:
    """The spans of known organisations' names that are a person's surname: "Paul Myers ...
    Myers said" is the person again, not the retailer Myer and a genitive."""
    surnames = {p.name.split()[-1] for p in people}
    speech_re = speech_verbs_re(L)
    return {(o.start, o.end) for o in orgs if o.known and _surname_at(text, o, surnames, speech_re)}


def _surname_at(text: str, o: OrgMention, surnames: set[str], speech_re: re.Pattern[str]) -> bool:
    """The word where a known name was found is a person's surname, and longer than the
    name ("Myers", where the name is Myer) or next to a verb of saying ("sagt Hofer",
    "Hofer said", after "Helmut Hofer")."""
    word = re.match(r"[\w'’-]+", text[o.start : o.start + 40])
    if word is None or word.group() not in surnames:
        return False
    if word.group() != text[o.start : o.end]:
        return word.group().startswith(text[o.start : o.end])
    before = text[max(0, o.start - 20) : o.start].split()[-1:]
    after = text[o.start + len(word.group()) : o.start + len(word.group()) + 20].split()[:1]
    return any(speech_re.fullmatch(w.strip(",.:;")) for w in before + after)
