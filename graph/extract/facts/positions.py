"""Executive positions: a person's role at an organisation."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from graph.extract.analysis import ACTOR_KINDS, Context
from graph.extract.entities import OrgMention, PersonMention
from graph.extract.facts.common import evidence_of, in_quotation
from graph.extract.facts.found import Found
from graph.extract.lexicon import Lexicon
from graph.extract.patterns import role_heads_pattern, speech_verbs_re, state_titles_re
from graph.extract.text import QUOTES, Sentence, has_cue, sentence_at, word_cue_re
from graph.model import Position


def _role_words(role: str, speech_re: re.Pattern[str], stopwords: frozenset[str]) -> str:
    """A role as worded, without what follows it in the sentence: it ends before a verb of
    saying ("general manager said at the recent press launch") and not on a function
    word ("investment analyst from")."""
    said = speech_re.search(role)
    words = (role[: said.start()] if said else role).strip(" ,;:-" + QUOTES).split(" ")
    while len(words) > 1 and words[-1] in stopwords:  # as written: "on IT" keeps "IT"
        words.pop()
    return " ".join(words).strip(" ,;:-" + QUOTES)


@dataclass(frozen=True)
class _TitleWords:
    """The words of one language that make up a role phrase and bound it."""

    role_re: re.Pattern[str]  # a role's head word ("chief", "Chef", "director")
    speech_re: re.Pattern[str]
    stopwords: frozenset[str]
    preps: tuple[str, ...]  # after a title, before its organisation ("of", "bei")
    anaphora: tuple[str, ...]
    relatives: str  # "who|which": the pronouns, as a pattern's alternatives
    copula_re: re.Pattern[str]  # "is ", "war "
    role_verbs: dict[str, str]  # "heads" → the title
    role_of: str
    company_words: tuple[str, ...]
    scopes: str
    articles: str
    possessive_re: re.Pattern[str]  # "its " right before the role
    whose_re: re.Pattern[str]  # "the company's " opening the role


@cache
def _title_words_of(L: Lexicon) -> _TitleWords:
    copulas = "|".join(map(re.escape, L.RELATIVE_COPULAS)) or "(?!)"
    articles = "|".join(re.escape(w) for w in L.ROLE_ARTICLES)
    possessives = "|".join(map(re.escape, L.POSSESSIVES)) or "(?!)"
    whose = "|".join(map(re.escape, L.ORG_ANAPHORA)) or "(?!)"
    return _TitleWords(
        role_re=role_heads_pattern(L),
        speech_re=speech_verbs_re(L),
        stopwords=L.STOPWORDS,
        preps=L.ROLE_ORG_PREPOSITIONS,
        anaphora=L.ORG_ANAPHORA,
        relatives="|".join(re.escape(w) for w in L.RELATIVE_PRONOUNS),
        copula_re=re.compile(rf"(?:{copulas})\s+"),
        role_verbs={k.lower(): v for k, v in L.ROLE_VERBS.items()},
        role_of=L.ROLE_OF,
        company_words=(*L.ORG_ANAPHORA, *L.UNIT_NOUNS, *L.POSSESSIVES),
        scopes="|".join(re.escape(w) for w in L.ROLE_SCOPE_WORDS),
        articles=articles,
        possessive_re=re.compile(rf"(?i)\b(?:{possessives})\s+$"),
        whose_re=re.compile(rf"(?i)^(?:(?:{articles or '(?!)'})\s+)?(?:{whose})['’]s\s+"),
    )


@dataclass
class _Phrase:
    """A role phrase around a person's name: where it is, its words, and the relative
    clause ("who heads …") and title verb it opens with, if any."""

    start: int
    end: int
    text: str
    relative: re.Match[str] | None = None
    verb: re.Match[str] | None = None
    title: str | None = None  # the title the verb names ("heads" → "head")


def executive_positions(ctx: Context) -> list[Position]:
    w = _title_words_of(ctx.L)
    out: dict[tuple[str, str], Position] = {}
    for p in ctx.people:
        s = sentence_at(ctx.sentences, p.start)
        if s is None:
            continue
        position = _position_of(ctx, p, s, w)
        if position is not None:
            out.setdefault((p.name, position.organization), position)
    return list(out.values())


def _position_of(ctx: Context, p: PersonMention, s: Sentence, w: _TitleWords) -> Position | None:
    """The person's position as the sentence names it: a role phrase after or before the
    name, or an organisation "led by" them; None when it names none of theirs."""
    text = ctx.document.text
    found = role_after(ctx, p, s, w.role_re) or role_before(ctx, p, s, w.role_re)
    if not found:
        led = _led_by(ctx, p, s)
        return Position(p.name, *led, evidence_of(s)) if led else None
    ph = _Phrase(found[0], found[1], text[found[0] : found[1]])
    if _titles_another(ctx, p, ph.text, ph.start, w.role_re):
        return None  # "between Motorola's chief executive Ed Zander and Steve Jobs": his
    orgs = [o for o in ctx.within(ctx.orgs, Sentence(ph.start, ph.end, "", 0))]
    # "analyst Jason Kenney at ING", "Konzernchef Hajir Hajji von Action": the
    # organisation right after the name of a title before it
    employer = _org_after_name(ctx, p, w.preps) if not orgs and ph.end <= p.start else None
    _open_relative_clause(ph, w)
    if employer is not None:
        org_and_role: tuple[str | None, str] | None = (employer.name, ph.text)
    else:
        org_and_role = _org_and_role(ctx, p, s, ph, orgs, w)
    if org_and_role is None:
        return None
    org, role = org_and_role
    if ph.verb and ph.title and not orgs:
        # "who heads the Mexican unit": the company's, a unit or a word refers to it;
        # "who leads a victims' association" is another body's
        rest = ph.text[ph.verb.end() :].strip()
        if not has_cue(rest, w.company_words, whole=True):
            return None
        role = f"{ph.title} {w.role_of} {rest}"
    role = _role_words(role, w.speech_re, w.stopwords)
    # "the company's global head of music": the role, not whose it is
    role = w.whose_re.sub("", role)
    if w.articles:  # "the chief executive of Uniqlo India": the role, without its article
        role = re.sub(rf"(?i)^(?:{w.articles})\s+", "", role)
    if not org or not role or not w.role_re.search(role) or org == p.name:
        return None
    return Position(p.name, org, role, evidence_of(s))


def _open_relative_clause(ph: _Phrase, w: _TitleWords) -> None:
    """ "X, who was Bombardier's president": the phrase is the clause after the pronoun;
    "who is chief executive of Adidas" is a title, as in an apposition; "who heads Lidl's
    Baltic business" names the title by its verb."""
    relative = re.match(rf"(?:{w.relatives})\s+", ph.text) if w.relatives else None
    if relative:
        ph.start += relative.end()
        ph.text = ph.text[relative.end() :]
        if copula := w.copula_re.match(ph.text):
            ph.start += copula.end()
            ph.text = ph.text[copula.end() :]
            relative = None
    ph.relative = relative
    ph.verb = re.match(r"(\w+)\s+", ph.text) if relative else None
    ph.title = w.role_verbs.get(ph.verb.group(1).lower()) if ph.verb else None


def _org_and_role(
    ctx: Context,
    p: PersonMention,
    s: Sentence,
    ph: _Phrase,
    orgs: list[OrgMention],
    w: _TitleWords,
) -> tuple[str | None, str] | None:
    """Whose role the phrase names, and the role's words; None when it is no company's
    (an office of state, another body's title)."""
    if ph.verb and ph.title and orgs:
        return orgs[0].name, _role_of_the_verb(ctx, ph, orgs[0], w)
    if orgs:
        return orgs[0].name, _role_around(ctx, ph, orgs[0], w)
    if w.anaphora and _refers_to_a_company(ph.text, ctx.L):
        return ctx.focus, _role_before_the_company(ph.text, w)
    if _an_office_of_state(ctx, ph):
        # "el primer ministro indio, Narendra Modi", "French President Jacques Chirac",
        # "Justizminister Wolfgang Brandstetter": an office of state, not of the company
        # ("UK chief executive" stays a role)
        return None
    if _someone_else_s_title(ctx, ph.text):
        return None  # "Polizei-Gewerkschaftschef Kai Christ", "FPÖ-Chef": another body's
    org = _untitled_employer(ctx, p, s, ph, w)
    return (org, ph.text) if org is not None else None


def _role_of_the_verb(ctx: Context, ph: _Phrase, o: OrgMention, w: _TitleWords) -> str:
    """ "who heads Adidas", "que preside el grupo Inditex": the verb's title, of what it
    heads when that is more than the company, described."""
    text = ctx.document.text
    title = ph.title or ""
    rest = ph.text[ph.verb.end() :].strip() if ph.verb else ph.text
    whole_org = re.fullmatch(
        rf"(?:(?!(?:{'|'.join(map(re.escape, w.preps)) or '(?!)'})\b)[\w-]+\s+){{0,4}}"
        + re.escape(text[o.start : o.end]),
        rest,
    )
    role = title if whole_org else f"{title} {w.role_of} {rest}"
    for long, short in ctx.L.CONTRACTIONS.items():
        role = re.sub(rf"\b{long}\b", short, role)
    return role


def _role_around(ctx: Context, ph: _Phrase, o: OrgMention, w: _TitleWords) -> str:
    """The role in a phrase that names its organisation: after the name ("Amazon's vice
    president", "Standard Chartered chief executive"), else before it, up to the
    preposition that leads to it, with the scope after it ("directora de Spotify para el
    sur de Europa")."""
    text = ctx.document.text
    phrase, phrase_start, phrase_end = ph.text, ph.start, ph.end
    head = w.role_re.search(phrase)
    if ph.relative and head and phrase_start + head.start() < o.start:
        return phrase  # "who was Bombardier's president": the whole clause
    if o.start - phrase_start <= (head.start() if head else 0) + 1:
        # "Amazon's vice president …", "Standard Chartered chief executive"
        role = text[o.end : phrase_end]
        return re.sub(r"^(?:'s|’s)?[\s-]*", "", role)
    role = text[phrase_start : o.start]
    if w.preps:
        # up to the preposition that leads to the company, with its descriptor:
        # "director of the Danish e-commerce association FDIH" → "director"
        to_org = list(re.finditer(rf"\s(?:{'|'.join(re.escape(x) for x in w.preps)})\s", role))
        role = role[: to_org[-1].start()] if to_org else role
    # "directora de Spotify para el sur de Europa": the scope after the
    # company is part of the role
    scope = re.match(rf"\s+(?:{w.scopes})\s+\S.*", text[o.end : phrase_end])
    if w.scopes and scope:
        role = f"{role.rstrip()} {scope.group().strip()}"
    return role


def _role_before_the_company(phrase: str, w: _TitleWords) -> str:
    """ "the company's founder", "Chef des Konzerns": the role, up to the preposition
    leading to the company word."""
    cut = (
        re.search(
            rf"\s+(?:{'|'.join(re.escape(x) for x in w.preps)})\s+(?:\w+\s+){{0,2}}"
            rf"(?:{'|'.join(re.escape(a) for a in w.anaphora)})",
            phrase,
        )
        if w.preps
        else None
    )
    return phrase[: cut.start()] if cut else phrase


def _an_office_of_state(ctx: Context, ph: _Phrase) -> bool:
    """A minister's, a head of state's or a state title with its country ("President
    Vladimir Putin", "former-President Leonid Kuchma", "French President")."""
    L, phrase = ctx.L, ph.text
    return bool(
        has_cue(phrase, L.GOVERNMENT_ROLES)
        or _government_compound_re(L).search(phrase)
        or _head_of_state_re(L).fullmatch(phrase.strip())
        or (
            state_titles_re(L).search(phrase)
            and any(ph.start <= pl.start and pl.end <= ph.end for pl in ctx.places)
        )
    )


def _untitled_employer(
    ctx: Context, p: PersonMention, s: Sentence, ph: _Phrase, w: _TitleWords
) -> str | None:
    """No organisation in the role phrase: the article's company, unless the sentence names
    other organisations and not it ("Telcel will sell them, said X, director of sales": X
    may be Telcel's). A newspaper quoting someone ("zitiert die Süddeutsche Zeitung den
    Vorstand X") does not count."""
    named = {o.name for o in ctx.within(ctx.orgs, s) if o.kind != "media"} - {p.name}
    subject = _possessor(ctx, s, ph.start, w.possessive_re)
    if subject:
        return subject  # "NIO …, its chief executive William Li told": NIO's
    if named and ctx.focus not in named:
        return None
    if _names_another_body(ph.text, w.preps, ctx, ph.start):
        return None  # "president of Warner Home Video", "who heads F-Secure's team"
    if in_quotation(s, p.start):
        return None  # "… brands - Senator John Kerry and President George W. Bush," said
    return ctx.focus


def _titles_another(
    ctx: Context, p: PersonMention, phrase: str, offset: int, role_re: re.Pattern[str]
) -> bool:
    """True when a role word in the phrase is right before another person's name: the
    title is theirs ("chairman Aleksey Miller and …", "chief executive Ed Zander and")."""
    starts = {q.start for q in ctx.people if q.name != p.name}
    return any(
        offset + head.end() + len(phrase[head.end() :]) - len(phrase[head.end() :].lstrip(" "))
        in starts
        for head in role_re.finditer(phrase)
    )


@cache
def _head_of_state_re(L: Lexicon) -> re.Pattern[str]:
    """A state title written with a capital, alone before a name ("President", "Former
    President"): no company's title."""
    titles = "|".join(re.escape(t[:1].upper() + t[1:]) for t in L.STATE_TITLES if " " not in t)
    return re.compile(rf"(?:(?i:former|ex)[- ])?(?:{titles or '(?!)'})")


@cache
def _government_compound_re(L: Lexicon) -> re.Pattern[str]:
    """Where nouns are compounded, an office of state at a compound's end ("Justizminister",
    "Bundeskanzlerin"); none elsewhere."""
    if not L.NOUNS_CAPITALISED:
        return re.compile("(?!)")
    roles = "|".join(re.escape(r.lower()) for r in L.GOVERNMENT_ROLES)
    return re.compile(rf"(?i)(?<=[a-zäöüß-])(?:{roles or '(?!)'})(?:in|en|s)?\b")


def _someone_else_s_title(ctx: Context, phrase: str) -> bool:
    """A title whose last word is led by the name of a body that is neither a known
    organisation, a place nor the article's company: a German compound's first part
    ("Polizei-Gewerkschaftschef", "FPÖ-Chef"; not "Deutschland-Chef", "Lidl-Chef",
    "Ex-Flughafen-Chef" of Flughafen Wien), or a name before the title word that ends the
    phrase ("Former Worldcom boss"; not the phrase's first word, capitalised anyway)."""
    from graph import geo  # noqa: PLC0415

    L, words = ctx.L, phrase.split()
    if not words:
        return False
    if L.NOUNS_CAPITALISED:
        last = words[-1]
        for former in L.FORMER_PREFIXES:
            last = last.removeprefix(former)
        found = re.match(r"([A-ZÄÖÜ][\w.]*)-\S", last)
        if found is None:
            return False
        prefix = found.group(1)
    else:
        if len(words) < 3 or not role_heads_pattern(L).fullmatch(words[-1]):
            return False
        prefix = words[-2]
        if not re.fullmatch(r"[A-Z][a-z]+[A-Z]?\w*", prefix):
            return False
        if role_heads_pattern(L).fullmatch(prefix) or prefix in _title_words(L):
            return False
    focus_words = set((ctx.focus or "").split())
    return (
        prefix not in focus_words
        and not any(prefix in (o.name, *o.aliases) for o in ctx.orgs)
        and geo.code_for(prefix, ctx.language) is None
    )


@cache
def _title_words(L: Lexicon) -> frozenset[str]:
    """Capitalised words that belong to titles ("Senior", "Executive", "Vice")."""
    return frozenset(
        w[:1].upper() + w[1:] for role in (*L.ROLE_HEADS, *L.TITLE_MODIFIERS) for w in role.split()
    )


def _org_after_name(ctx: Context, p: PersonMention, preps: Sequence[str]) -> OrgMention | None:
    """The organisation named right after a person's name and a preposition ("Jason Kenney
    at ING", "Hajir Hajji von Action")."""
    if not preps:
        return None
    found = re.match(rf"\s+(?:{'|'.join(map(re.escape, preps))})\s+", ctx.document.text[p.end :])
    if found is None:
        return None
    at = p.end + found.end()
    return next((o for o in ctx.orgs if o.start == at and o.kind != "media"), None)


def _possessor(ctx: Context, s: Sentence, at: int, possessive_re: re.Pattern[str]) -> str | None:
    """Whose title a possessive right before ``at`` names ("its chief executive"): the one
    company named before it in the sentence, when no other name stands between that
    could be the possessor (an organisation no gazetteer knows: "Yukos … its")."""
    text = ctx.document.text
    if not possessive_re.search(text[max(s.start, at - 12) : at]):
        return None
    before = [o for o in ctx.within(ctx.orgs, s) if o.kind in ACTOR_KINDS and o.end <= at]
    if len({o.name for o in before}) != 1:
        return None
    known = ctx.named_spans()
    for word in re.finditer(r"\b[A-ZÄÖÜÁÉÍÓÚÑ][\w-]+", text[before[-1].end : at]):
        start = before[-1].end + word.start()
        if not known.overlaps(start, start + len(word.group())):
            return None
    return before[-1].name


def _led_by(ctx: Context, p: PersonMention, s: Sentence) -> tuple[str, str] | None:
    """ "Mercadona, presidida por Juan Roig,", "the chain, founded by X,", "la compañía
    presidida por Juan Roig": the organisation before the participle (or the article's
    company, for "la cadena") and the role the participle names."""
    participles = ctx.L.ROLE_PARTICIPLES
    text = ctx.document.text
    before = text[s.start : p.start]
    m = _participle_re(tuple(participles)).search(before) if participles else None
    if m is None:
        return None
    head_start = max(before.rfind(c, 0, m.start()) for c in ",;:(") + 1
    head = before[head_start : m.start()]
    named = [
        o
        for o in ctx.within(ctx.orgs, s)
        if s.start + head_start <= o.start
        and o.end <= s.start + m.start()
        and o.kind != "media"
        and o.name != p.name
    ]
    if named:
        org = named[-1].name
    elif ctx.focus and (
        _refers_to_a_company(head, ctx.L) or has_cue(head, ctx.L.ORG_ANAPHORA, whole=True)
    ):
        org = ctx.focus
    else:
        return None
    return org, participles[m.group(1).lower()]


@cache
def _participle_re(participles: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(participles, key=len, reverse=True))
    # "Mercadona, presidida por", and without the comma "la compañía presidida por"
    return re.compile(rf"(?i)(?:,\s*|\s+)({words})\s+$")


def _refers_to_a_company(phrase: str, L: Lexicon) -> bool:
    """ "the company's founder", "Chef des Konzerns": a determiner makes the company noun
    point at one company; "central bank governor" names none."""
    pattern = _one_company_re(L)
    return pattern is not None and pattern.search(phrase) is not None


@cache
def _one_company_re(L: Lexicon) -> re.Pattern[str] | None:
    anaphora = "|".join(re.escape(a) for a in L.ORG_ANAPHORA)
    determiners = "|".join(re.escape(d) for d in L.OWN_DETERMINERS)
    if not anaphora or not determiners:
        return None
    return re.compile(rf"(?i)\b(?:{determiners})\s+(?:[\w-]+\s+)?(?:{anaphora})")


def _names_another_body(phrase: str, preps: tuple[str, ...], ctx: Context, offset: int) -> bool:
    """The role phrase names a body no organisation mention covers: "of AMBO", "at the
    RNIB", "F-Secure's", "of China Aviation Oil". A place alone ("head of Europe") is no
    other body."""
    bodies = ctx.L.BODY_NOUNS
    owners = ctx.L.POSSESSIVES + tuple(f"{a}'s" for a in ctx.L.ORG_ANAPHORA)
    # a German compound begins with the body: "Gewerkschaftschef"
    whole = not ctx.L.NOUNS_CAPITALISED
    for noun in word_cue_re(bodies, whole=whole).finditer(phrase) if bodies else ():
        # "labour office chief", "union leader": a body's, named by its noun; not "head of
        # its Beijing office"
        if not has_cue(phrase[max(0, noun.start() - 30) : noun.start()], owners, whole=True):
            return True
    places = [(pl.start - offset, pl.end - offset) for pl in ctx.places]
    found = list(re.finditer(r"\b[A-Z0-9][\w&.-]*(?:'s|’s)\b", phrase))
    if preps:
        body = "|".join(re.escape(x) for x in preps)
        found += re.finditer(
            rf"\b(?:{body})\s+(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)", phrase
        )
    own = (ctx.focus or "").split()[:1]  # "Nortel's head" in an article on Nortel Networks
    for m in found:
        start = m.start(m.lastindex or 0)
        word = re.sub(r"(?:'s|’s)$", "", m.group(m.lastindex or 0))
        end = start + len(word)
        if word.split()[:1] != own and not any(a <= start and end <= b for a, b in places):
            return True
    return False


def role_after(
    ctx: Context, p: PersonMention, s: Sentence, role_re: re.Pattern[str]
) -> tuple[int, int] | None:
    """ "X, <role> [of Y]," or "X (<role> of Y)" — the phrase after the name, up to the
    next comma or bracket."""
    text = ctx.document.text
    m = re.match(r"\s*[,(]\s*", text[p.end : s.end])
    if not m:
        return None
    start = p.end + m.end()
    ends = [i for i in (text.find(c, start, s.end) for c in ",;:()" + QUOTES) if i != -1]
    end = min(ends) if ends else s.end
    if end > start and text[end - 1] == ".":
        end -= 1
    phrase = text[start:end]
    head = role_re.search(phrase) or _role_verb_re(ctx.L).match(phrase)
    if not head or head.start() > 40 or len(phrase) > 140:
        return None
    conjunctions = ctx.L.LIST_CONJUNCTIONS
    if phrase.split()[0] in conjunctions:
        return None  # "X, and the head of Y, Z": the role is Z's
    openers = ctx.L.ADVERBIAL_OPENERS
    if openers and word_cue_re(openers, whole=True).match(phrase):
        return None  # "X, en una conferencia con analistas": no title
    return start, end


@cache
def _role_verb_re(L: Lexicon) -> re.Pattern[str]:
    """A relative pronoun and a verb that names a title ("who heads", "quien dirige")."""
    relatives = "|".join(map(re.escape, L.RELATIVE_PRONOUNS)) or "(?!)"
    verbs = "|".join(map(re.escape, L.ROLE_VERBS)) or "(?!)"
    return re.compile(rf"(?i)(?:{relatives})\s+(?:{verbs})\b")


def role_before(
    ctx: Context, p: PersonMention, s: Sentence, role_re: re.Pattern[str]
) -> tuple[int, int] | None:
    """ "<role> [bei Y], X" and "Y chief executive X" — the phrase before the name."""
    text = ctx.document.text
    left_text = text[s.start : p.start]
    stripped = left_text.rstrip(" ,")
    bounds = [stripped.rfind(c) for c in ",;:()" + QUOTES]
    # "changed its name to MCI Inc. Former WorldCom chief executive X": a sentence the
    # splitter kept whole (after an abbreviation) ends there too
    if (period := stripped.rfind(". ")) != -1:
        bounds.append(period + 1)
    begin = max(bounds) + 1
    # a speech verb or determiner ends the search to the left
    phrase = stripped[begin:]
    heads = list(role_re.finditer(phrase))
    if not heads:
        return None
    if len(phrase) - heads[-1].end() > 60:
        return None
    # coordinated titles are one role: "el presidente y consejero delegado de Carrefour"
    conjunctions = ctx.L.LIST_CONJUNCTIONS
    first = len(heads) - 1
    while first and phrase[heads[first - 1].end() : heads[first].start()].strip() in conjunctions:
        first -= 1
    head = heads[first]
    words = phrase[: head.start()].split()
    stop = set(ctx.L.SPEECH_VERBS) | set(ctx.L.STOPWORDS)
    keep: list[str] = []
    for w in reversed(words):
        bare = w.strip(QUOTES)
        if bare.lower() in stop or bare in stop:
            break
        keep.insert(0, w)
    role_start = (
        s.start + begin + len(phrase[: head.start()]) - len(" ".join(keep)) - (1 if keep else 0)
    )
    role_start = max(role_start, s.start + begin)
    while role_start < p.start and text[role_start].isspace():
        role_start += 1
    end = s.start + len(stripped)
    return role_start, end


def find(ctx: Context, found: Found) -> list[Position]:
    """The article's executive positions."""
    return executive_positions(ctx)
