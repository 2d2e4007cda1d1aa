"""Language data for 'en': cue words and patterns only, no mechanisms."""

from __future__ import annotations

# --- extraction cues (graph/extract/pipeline.py) ---------------------------------
ENTRY_CUES = (
    "enter", "entry", "launch", "expan", "open", "store", "shop", "sell", "sold",
    # sales as a start, not as figures ("sales jumped 22%", "strong sales in Turkey")
    "on sale", "sales start", "sales began", "sales begin", "sales will begin", "start sales",
    "started sales", "begin sales", "began sales",
    "available", "offer", "arriv", "debut", "roll out", "rolled out", "set up", "setting up",
    # landing there, not land that is owned
    "landed in", "lands in", "landing in", "land in", "landed on", "lands on", "bridgehead", "gateway", "springboard", "first step", "foothold", "presence",
    "operat", "flights to", "flying", "service", "acquir", "takeover",
    # investing there, not investors, investment banks or "foreign investment deals"
    "invest ", "invests", "invested", "investing", "investment in", "investments in",
    # the market as a place to enter, not market share or the market's mood
    "to market", "to the market", "on the market", "into the market", "markets its",
    "marketed", "come to", "to be in", "go on sale", "went on sale", "serve", "served",
    "deliver",
    "factory", "production", "set foot", "sets foot", "setting foot", "went live", "go live",
    "goes live", "gone live", "going live", "re-enter", "reenter", "comeback", "relaunch",
    "reopen", "re-open",
)
# figures that look like entry cues: "operating profits fell", "operating costs"
# and a stock market listing: "its stock market debut with a dual listing in London"
ENTRY_NOT = (
    r"\boperating\s+(?:profits?|income|loss(?:es)?|margins?|results?|costs?|expenses|earnings"
    r"|cash\s+flow)\b|\b(?:stock[- ]market|trading|share|stock|market)\s+debut\b"
    r"|\b(?:dual\s+)?listings?\b"
)
# coming back to a market: "returns to Turkey" (not "returned to growth in China")
ENTRY_RE = (
    r"\breturn(?:s|ed|ing)?\s+to\s+(?:the\s+)?(?-i:[A-Z])"
    # extending an offer to a market: "extended its marketplace to Austria"
    r"|\bextend(?:s|ed|ing)?\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:service|offer|marketplace"
    r"|business|operations|network|platform|coverage|app|store)s?\s+(?:to|into)\b"
)
# an exit whose verb and particle stand apart: "pulled Uniqlo out of Russia"; "left Greece"
EXIT_RE = r"\bpull(?:s|ed|ing)?\s+(?:[\w&'-]+\s+){1,3}?out\s+of\s+(?:the\s+)?(?-i:[A-Z])|\bleft\s+(?:the\s+)?(?-i:[A-Z][a-z])"
EXIT_CUES = (
    "withdr", "pull out", "pulled out", "pulling out", "exit", "leave", "leaving", "left the",
    # halting a service, not "halt the forced sale" of a court case
    "quit", "close ", "closes", "closing", "closed", "shut", "halt its", "halts its", "halted its",
    "halting its", "halt flights", "halted flights", "halt operations", "halted operations",
    "halt sales", "halted sales", "suspend", "stop selling",
    "stopped selling", "retreat", "abandon", "scrap", "wind down", "winds down",
    "winding down", "wound down",
)
# closing prices are no market exits ("shares closed down 19.8%", "the index closed higher")
# selling the business it has in a market is leaving it ("to sell its Southeast Asian business");
# the unit is the possessive's own noun ("sells its products in Spain through 600 stores" is no sale)
DIVEST_RE = r"\b(?:sell|sells|selling|sold|divest\w*|offload\w*|dispos\w+\s+of)\s+(?:off\s+)?(?:(?:(?:a|its|their)\s+(?:majority|controlling|entire|whole|remaining)\s+|(?:its|their)\s+)(?:stake|holding)\s+in\s+(?:its\s+|their\s+)?|(?:its|their)\s+)(?:(?!(?:in|on|at|to|through|via|from|for|with|and|or)\b)[\w'-]+\s+){0,3}?(?:business|businesses|operations|unit|division|arm|subsidiary|stores)\b(?:\s+in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
# after "its" and a country's adjective, these name the company's part in that market
UNIT_NOUNS = ("business", "operations", "unit", "division", "arm", "subsidiary")
# a list after these names the two ends of a route, not markets alike ("flights between the UK and Saudi Arabia")
BETWEEN_WORDS = ("between",)
# a country's possessive before a firm's name: "Finland's Wärtsilä", "Italy's Brembo"
PLACE_BEFORE_NAME_RE = r"\w['’]s$"
POSSESSIVES = ("its", "their")
# closing a financial period is no exit ("closed the year with 443 stores"), nor is the
# adjective ("sources close to the negotiations", "close ties with Chinese carmakers"), nor
# a person leaving a post ("is to leave his post")
EXIT_NOT = r"\bclose\s+(?:to|ties|links|relations(?:hip)?s?|co-?operation|partners?|partnership|attention|eye|look|watch|second|third|race|contest|ally|allies|associates?|friends?|aides?|advis[eo]rs?|contacts?)\b|\b(?:leav(?:e|es|ing)|left|quit(?:s|ting)?)\s+(?:his|her|their|the)\s+(?:post|job|role|position|seat|office|board)\b|\bclos(?:e|es|ed|ing)\s+(?:(?:the|its|their|this|last|that)\s+)?(?:(?:fiscal|financial|business|first|second|third|fourth|final)\s+)?(?:year|quarter|half|period|(?:19|20)\d\d)\b|\bclose\s+of\s+(?:the|its|their)\s+(?:(?:fiscal|financial)\s+)?(?:year|quarter|half|period)\b|\b(?:shares?|stocks?|index|indices|prices?|trading|market)\b[^.;]{0,60}?\bclos(?:e|es|ed|ing)\b|\bclos(?:e|es|ed|ing)[ ](?:up|down|at|higher|lower|flat|unchanged)\b"
RUMOR_CUES = (
    "rumo", "speculat", "reportedly", "is said to", "are said to", "declined to comment",
    "would not comment", "no comment", "could be", "might", "unconfirmed",
    "is believed", "is thought", "thought likely",
    "widely seen", "signals", "people familiar with", "person familiar with",
    "sources familiar with", "according to sources", "people close to", "sources close to",
    "people with knowledge of", "insiders",
)
# a rumour that the sentence says is over ("ending years of speculation") is no rumour
RUMOR_OVER = r"\b(?:end(?:s|ed|ing)?|put an end to|after|confirm(?:s|ed|ing)?)\b[^.;]{0,60}?\b(?:rumou?rs?|speculation)"
# a word pointing back to the market the sentence before named ("open 25 stores there");
# "there is", "there will be" point nowhere
THERE_WORDS = r"\bin\s+the\s+country\b(?!['’])|\bthere\b(?!\s+(?:is|are|was|were|will|would|could|may|might|has|have|had|seems?|appears?)\b)"
# going on with what it does: present already, though "will" may stand before it
# a modal verb makes what the clause tells not done: "would be available when"
MODAL_CUES = ("would", "will", "could", "might", "should", "shall")
# the modal "may", lower-case: "May 14", "in May", "Theresa May" are no doubt (case kept)
MODAL_RE = RUMOR_RE = r"\bmay\b"
# there already: "which already operates stores in China"
ALREADY_CUES = ("already",)
CONTINUE_CUES = ("continue to", "continues to", "continued to", "will continue", "still sells", "will remain in", "remains in")
# "plan" naming a price tier, not an intention: "its ad-supported plan is now available in Spain"
PLAN_NOT = r"\b(?:basic|standard|premium|family|annual|monthly|free|ad-supported|ad-free|subscription|data|tariff|prepaid|postpaid)\s+plans?\b|\bplans?\s+with\s+ads\b|\bnew\s+plan\b(?!\s+(?:to|for)\b)"
PLAN_CUES = (
    # "plan" as a word, not in "plant" or "planet"
    "will", "plan ", "plans", "planned", "planning", "intend", "aim", "is to", "are to",
    "to launch", "to open", "to enter",
    "expected", "next year", "later this", "upcoming", "coming months", "would follow",
    "set to", "prepar", "want", "goal", "target", "announced plans", "confirmed its plans",
    "schedul", "by 20", "from ", "begin", "is launching", "is planning", "is expanding",
    "are expanding", "is setting up", "are setting up", "now setting up",
    # an approval or licence to open: not open yet
    "approval", "approved", "licence to", "license to", "permission to", "permit to",
    # weighing it: "was studying the possibility of opening a plant in the country"
    "considering", "studying", "possibility of", "weighing",
)
# a plan told in reported speech ("said it would open stores in India"); weaker than a
# launch in the same sentence ("opened ..., ending speculation about when it would set up")
REPORTED_PLAN_CUES = (
    "would open", "would launch", "would enter", "would start", "would begin", "would sell",
    "would expand", "would bring", "would set up", "would build", "would roll out",
    "would introduce",
)
# a clause with these denies the move it tells of ("will not enter the US", "has no plans
# to enter India"); NEGATION_NOT are no denial ("not only", "not yet", "no longer")
NEGATIONS = (
    "not", "won't", "doesn't", "don't", "didn't", "isn't", "aren't", "wasn't", "hasn't",
    "haven't", "wouldn't", "cannot", "never", "no plans", "ruled out", "rules out", "denied",
    "denies",
    # nothing said of it yet: "there is no news of a Europe debut"
    "no news", "no word", "no sign", "no date", "no details",
)
NEGATION_NOT = r"\b(?:not|doesn't|don't|didn't|won't)\s+rul(?:e|ed|ing)\s+out\b|\bnot (?:only|just|yet|the only|least)\b|\bno longer\b"
# words that begin a new clause inside a sentence
CLAUSE_BREAKS = ("but", "while", "whereas", "although")
LAUNCH_CUES = (
    "launched", "opened", "entered", "now available", "has been available", "went on sale",
    "is available", "already", "since", "began", "started", "arrived", "debuted", "rolled out",
    "opened its", "has run", "has operated", "was launching", "were launching", "sells", "officially", "presented",
    # present tense news: "Aldi opens in Italy" (a future date or a modal verb makes it a plan)
    "opens", "launches", "enters", "debuts",
    # there now: "where it has stores in Kuwait"
    "has stores", "have stores", "has shops", "has outlets", "has branches",
    "is present", "has a presence", "making its debut", "makes its debut", "made its debut",
    "set foot", "has set foot", "sets foot", "went live", "goes live", "has gone live",
    "expands", "expanded", "extended", "extends", "re-entered", "reentered", "re-enters",
    "made a comeback", "makes a comeback", "relaunched", "reopened", "reopens", "re-opened",
    "released", "on release", "lands in", "landed in", "has landed",
    "has set up", "have set up", "had set up", "has begun", "have begun", "had begun",
)
# there now, told in the place's own clause: "Aldi, which also operates in the UK" (not
# "Cairn, which operates in Nepal, joined the index of leading UK shares")
PRESENT_CUES = ("operates", "operating in", "is active in", "are active in")
# words that put a named product on a market
PRODUCT_CUES = ("pre-order", "can now order", "can order", "to order", "orders open", "brought", "brings", "bring", "unveil", "introduc", "present", "follow", "line-up", "lineup", "release", "ship", "on sale", "priced")
# words that make a named store the company's own channel ("eigene Mi Stores")
OWN_CUES = ("its own", "their own", "own-brand", "own")
# words before a supplier's name: "using technology from Lucent, it will offer..."
SUPPLIER_CUES = (
    "technology from", "equipment from", "components from", "chips from", "hardware from",
    "software from", "kit from", "gear from", "parts from", "supplied by", "licensed from",
)
# words before a place that say where something comes from, not where it goes
# after a country's name they name an authority or where goods come from, not a market
AUTHORITY_NOUNS = (
    "government", "authorities", "regulator", "regulators", "administration", "Congress",
    "central bank", "imports", "exports", "tariffs",
    # offices of state: "the arrival of US president George W Bush"
    "president", "prime minister", "minister", "ministers", "officials", "lawmakers",
    "Senate", "senator", "court", "courts", "military", "troops", "embassy", "ambassador",
    "chancellor", "parliament", "police", "army", "navy",
    # its markets as figures: "the FTSE 100 index of leading UK shares", "the US economy"
    "shares", "stocks", "bonds", "economy", "inflation",
)
PLACE_ARTICLES = ("the",)  # before some countries' names: "from the United States"
ORIGIN_PREPOSITIONS = ("from", "imported from", "made in", "based in", "headquartered in")
# words near a city that make it the place of an opening ("first store in Mumbai")
CITY_ENTRY_CUES = ("store", "shop", "outlet", "showroom", "office", "branch", "open", "launch", "debut", "factory", "plant", "expand", "expands", "expanded", "expanding")
GATEWAY_CUES = ("gateway", "bridgehead", "springboard", "stepping stone", "first step", "via", "foothold", "beachhead")
HOME_CUES = ("home market", "at home", "domestic", "home country", "headquarters")
# selling through another shop: "via the e-commerce platform Myntra"
THROUGH_CUES = ("via", "through", "on", "partnership with")
# a shop named after these is what a company sells to, not through ("is to sell 10
# planes to Spanish carrier Air Europe"); "available to customers of" is a channel
BUYER_RE = r"\b(?:sell|sells|sold|selling)\b[^.;:]{0,80}?\bto\s+(?:(?:the|a|an)\s+)?(?:(?!(?:of|for)\b)[\w-]+\s+){0,2}$"
# goods of a maker after a product noun: "phones from Samsung" ("by" is a carrier's: "delivered by PostNord")
MAKER_PREPOSITIONS = ("from",)
SELL_CUES = (
    "sell", "sold", "sale", "offered", "offer", "available", "carry", "stock", "through",
    "via", "partner", "listed", "order from", "shop with", "distribut", "at ",
    # selling in shops, not the word that says what a company is ("retailer KarstadtQuelle")
    "retail stores", "retail partner", "at retail",
)
ONLINE_CUES = ("online", "web", "website", "e-commerce", "internet", "app store", "platform", "marketplace")
OFFLINE_CUES = ("store", "stores", "shop", "shops", "hypermarket", "supermarket", "outlet", "branch", "in-store", "brick")
SPEECH_VERBS = (
    "said", "says", "told", "explained", "added", "stated", "announced", "noted", "warned",
    "according to", "predicted", "argued", "insisted", "declared", "commented", "confirmed",
    "quoted", "tipped", "claimed", "believes", "expects", "spoke", "talked", "promised",
    "pledged", "revealed", "admitted", "stressed", "hinted", "suggested", "acknowledged",
    "reiterated", "tells", "told reporters",
)
# governments as organisations: "the Indian government", "Government of Maharashtra"
GOVERNMENT_RE = r"\b(?:(?P<adj>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)[ ])?(?P<head>[Gg]overnment)(?:[ ]of[ ](?:the[ ])?(?P<of>(?:[A-Z][\w\-]+[ ]?)+))?"
GOVERNMENT_ROLES = ("minister", "prime minister", "chief minister", "mayor", "governor", "secretary of state", "chancellor", "president of the country", "attorney general", "senator", "comptroller", "commissioner", "ambassador", "congressman", "congresswoman", "judge")
# next to a country ("French President", "Russlands Energieminister"), an office of state
STATE_TITLES = ("president", "vice-president", "vice president", "leader", "secretary", "premier", "minister")
# "X, who heads Y's Z": the role is the clause after the pronoun
RELATIVE_PRONOUNS = ("who",)
# words that qualify a title ("Senior Vice President"): no other body's name before it
TITLE_MODIFIERS = ("senior", "vice", "executive", "deputy")
# "X, who is chief executive of Y": after the pronoun, a title as in an apposition
# "X, who heads Y": the title of the one who does so
ROLE_VERBS = {
    "heads": "head", "headed": "head", "leads": "head", "led": "head", "runs": "head",
    "ran": "head", "chairs": "chair", "chaired": "chair", "manages": "manager",
    "managed": "manager",
}
RELATIVE_COPULAS = ("is", "was", "has been", "had been", "became", "becomes", "remains", "will be")
ROLE_HEADS = (
    "chief executive", "chief executive officer", "CEO", "CFO", "COO", "CTO", "CMO",
    "president", "vice president", "chairman", "chairwoman", "chair", "director", "head",
    "manager", "founder", "co-founder", "spokesman", "spokeswoman", "spokesperson",
    "officer", "analyst", "minister", "secretary", "governor", "partner", "boss", "chief",
    "executive", "fellow", "managing director", "general manager", "leader", "mayor",
    "owner", "co-owner",
)
# plural role nouns before a name: a firm of them ("analysts Screen Digest")
GROUP_NOUNS = ("analysts", "consultants", "researchers", "economists", "lawyers", "auditors", "accountants", "brokers", "consultancy", "research firm", "research group")
ROLE_ORG_PREPOSITIONS = ("of", "at", "for")
# after "Name," these open an adverbial, not a title ("X, speaking to analysts on Monday")
ADVERBIAL_OPENERS = ("during", "on", "after", "before", "with", "according", "speaking", "talking", "in an", "in a")
# a country after these is where something happened, not a market ("the invasion of Ukraine")
EVENT_NOUNS = ("invasion", "war", "crisis", "election", "elections", "conflict", "earthquake", "tsunami", "floods", "attack", "attacks", "coup",
    # a trade show is where a product is shown, not a market ("the E3 Expo in Los Angeles")
    "show", "expo", "fair", "trade fair", "exhibition", "congress",
    # an office held is no market ("its presidency of the European Union")
    "presidency")
# a ranking, then the place it counts from: "its biggest market after Brazil", "second
# only to China", "the largest outside the US"
RANKED_AFTER_BEFORE_PLACE = (
    r"\b(?:biggest|largest|greatest|second|third|most \w+|leading)\b[^;.]{0,60}?"
    r"\b(?:after|behind|second only to|only to|outside)\s+(?:the\s+)?"
)
# after a place, a rank describes what follows, not a market: "Asia's fourth-largest economy"
RANKING_AFTER_PLACE = r"(?:['’]s)?\s+(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[- ])?(?:\w+-)?(?:biggest|largest|greatest|fastest|highest|oldest|leading|top|richest|poorest|smallest|most\b|best|No\.?\s*\d|number\s+(?:one|two|three|\d))"
# job cuts: a sentence on them tells of no move into a market (an exit it may)
JOB_CUTS_RE = r"\bjobs?\s+(?:will\s+(?:also\s+)?be\s+|are\s+to\s+be\s+|to\s+be\s+)?(?:lost|cut|axed|shed|scrapped)\b|\bjob\s+(?:losses|cuts)\b|\b(?:cut|cuts|cutting|shed|sheds|shedding|axe|axes|axing)\s+(?:(?:about|around|some|up\s+to|nearly|more\s+than|over|another|a\s+further)\s+)?[\d,.]+(?:\s*(?:bn|m|million|thousand))?\s+(?:jobs|posts|positions|staff|workers)\b|\blay(?:s|ing)?\s+off\b|\blaid\s+off\b|\blayoffs?\b|\bredundanc"
# bodies named by a noun in a title: "labour office chief", "union leader" (not the company's)
BODY_NOUNS = ("office", "agency", "ministry", "department", "union", "committee", "council", "commission", "authority", "bureau", "institute", "association", "federation", "chamber", "party", "court", "police", "army", "university", "school", "hospital", "church", "club", "regulator", "watchdog")
# words that begin a region's name before a place's ("South Asia", "Greater China")
PLACE_QUALIFIERS = ("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Greater", "Mainland", "Continental", "Upper", "Lower", "New", "Old")
# a country's name or adjective before or after these names a sea, not a market
SEA_WORDS = ("Ocean", "Sea", "Gulf", "Bay", "Strait")
# a sentence naming no company tells of the article's when it refers to one this way
SUBJECT_PRONOUNS = ("It", "Its")  # in its first 12 characters
OUR_PRONOUNS = ("we", "our")  # not "us": cues ignore case, and "US" is a country
OWN_DETERMINERS = ("the", "its", "this")  # before a company noun: one company
# before the name of a brand's owner: "parent company Fast Retailing"
# after these the sentence names what another owns ("owner of Zara"): not who acts
# a company's word for its owner between two names: "Zara owner Inditex"
OWNER_NOUNS = ("owner", "parent", "parent company")
OWNER_OF_CUES = ("owner of", "parent of", "parent company of", "which owns", "that owns")
PARENT_CUES = ("parent", "parent company", "owner", "owned by", "a unit of", "a subsidiary of")
# a comparison names a yardstick, not the market spoken of ("larger than its stores in
# Europe"); "more than 500 stores" compares only a number
COMPARISON_RE = r"\bthan\s+(?!\d)"
ORG_ANAPHORA = ("company", "firm", "group", "retailer", "maker", "manufacturer", "carmaker", "chain", "giant", "brand", "bank", "airline", "operator", "platform")
# after a person's name they open an aside about them ("X, whose team …, said")
ASIDE_PRONOUNS = ("who", "whose")
# after a name they open a relative clause on it ("MediaMarkt, which will carry them …")
WHICH_PRONOUNS = ("which", "that")
# a relative clause on a place: "Portugal, where it has operated since 2019"
WHERE_PRONOUNS = ("where", "in which")
ROLE_ARTICLES = ("the", "a", "an")  # before a role: "the chief executive"
# the scope of a position, after the company: "director at Spotify for Southern Europe"
ROLE_SCOPE_WORDS = ("for",)
# "Tesco, chaired by X": the participle names the position
ROLE_PARTICIPLES = {
    "chaired by": "chairman", "founded by": "founder", "co-founded by": "co-founder",
    "headed by": "head",
}
DEMONSTRATIVES = ("this", "these")  # "told this newspaper": the outlet writing
ORG_DESCRIPTORS = {
    "subsidiary": "company", "rival": "company", "start-up": "company", "startup": "company",
    "competitor": "company",
    "retailer": "retailer", "retailers": "retailer", "chain": "retailer", "chains": "retailer",
    "supermarket": "retailer", "discounter": "retailer", "e-tailer": "retailer",
    "marketplace": "retailer", "department store": "retailer", "operator": "carrier",
    "operators": "carrier", "carrier": "carrier", "carriers": "carrier",
    "maker": "company", "manufacturer": "company", "company": "company", "firm": "company",
    "group": "company", "bank": "company", "lender": "company", "airline": "company",
    "carmaker": "company", "distributor": "company", "consultancy": "company",
    "automaker": "company", "chipmaker": "company", "drugmaker": "company",
    "steelmaker": "company", "winemaker": "company", "brewer": "company",
    "conglomerate": "company", "giant": "company", "giants": "company", "dealer": "retailer",
    "dealers": "retailer", "dealership": "retailer", "dealerships": "retailer",
    "distributors": "company", "licensee": "company", "franchisee": "company",
    "franchise partner": "company",
    "research firm": "company", "logistics group": "company", "insurer": "company",
    "newspaper": "media", "magazine": "media", "publication": "media", "agency": "media",
    "news agency": "media", "broadcaster": "media", "website": "media", "outlet": "media",
    "regulator": "other", "association": "other", "federation": "other", "ministry": "other",
    "government": "other", "university": "other", "watchdog": "other",
    # investors, co-operatives, brokers, publishers, studios and other bodies by their noun
    "fund": "company", "funds": "company", "investment fund": "company",
    "private equity firm": "company", "private equity group": "company",
    "cooperative": "company", "co-operative": "company", "broker": "company",
    "stockbroker": "company", "publisher": "media", "studio": "company",
    "utility": "company", "consortium": "company", "brand": "company", "brands": "company",
    "portal": "media", "charity": "other", "think tank": "other", "thinktank": "other",
    "trade body": "other", "union": "other",
}
# an apposition after a name whose head is one of these nouns or a descriptor makes the
# name an organisation's: "LG Card, the country's biggest credit card provider,"
APPOSITION_NOUNS = {
    "provider": "company", "producer": "company", "unit": "company", "arm": "company",
    "affiliate": "company", "division": "company",
}
# the words that may follow the apposition's head ("a firm based in Seoul"), the heads
# that "of" may follow ("a unit of Hana Financial"; "a group of programmers" is none), and
# the words that may not come between its article and its head ("an analyst at the firm")
APPOSITION_AFTER = ("in", "based", "that", "which", "with", "whose", "owned")
# a country's possessive opens one too: ", Russia's second-largest brewer,"
APPOSITION_OWNER_RE = r"[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?['’]s"
APPOSITION_PART_OF = ("unit", "arm", "affiliate", "subsidiary", "division")
APPOSITION_NOT_BETWEEN = (
    "the", "a", "an", "at", "of", "for", "with", "in", "from", "by", "behind", "and", "or",
    "to", "on", "who", "which", "that", "said", "says",
    # a person's: "Jo Smith, a senior broadcaster with CBS"
    "senior", "junior", "former", "veteran", "fellow", "chief",
)
# sentence adverbs before a comma, no names ("Meanwhile, the group's flagship company"),
# and the endings of others ("Separately, the world's largest …")
ADVERB_ENDINGS = ("ly",)
SENTENCE_ADVERBS = frozenset({
    "meanwhile", "however", "instead", "elsewhere", "still", "now", "today", "yesterday",
    "overall", "furthermore", "moreover", "nevertheless", "nonetheless", "besides",
    "likewise", "otherwise", "thus", "hence", "indeed", "again", "then", "later", "earlier",
})
# a product named after one of these in its clause is a rival's ("a rival in Firefox 1.0")
RIVAL_WORDS = ("rival", "competitor", "challenger", "competing", "competition from")
# a name right before one of these is a place's, no person's: "India's Andhra Pradesh
# state", "an Andhra Pradesh official"
PLACE_NOUNS_AFTER_NAME = (
    "state", "official", "officials", "government", "province", "provincial", "region",
    "regional", "county", "district", "authorities", "police", "prefecture", "governor",
)
# a company officer's titles: a name right before one, with the person after, is the
# employer's ("Yukos spokesman Mike Lake", "Former WorldCom chief executive Bernard Ebbers")
EMPLOYER_BEFORE_TITLES = (
    "spokesman", "spokeswoman", "spokesperson", "chief executive", "chairman",
    "chairwoman", "boss", "founder", "co-founder", "managing director", "finance director",
    "chief financial officer", "chief operating officer", "chief executive officer",
)
TITLE_QUALIFIERS_BEFORE = ("former", "deputy", "acting", "interim", "joint", "new", "then")
LIST_CUES = ("such as", "like", "including", "among them", "namely")
LIST_CONJUNCTIONS = ("and", "or", "as well as")
DEFINITE_ARTICLES = ("the",)
# they open an apposition on the name before ("Temu, owned by PDD Holdings, launched")
APPOSITION_PARTICIPLES = ("owned by", "backed by", "controlled by", "run by", "part of")
COMPARED_BEFORE_NAME = ("than",)  # "sells less beer than Inbev": the yardstick
COMPLEMENTISERS = ("that",)  # "argued that …": what follows is reported
REPORT_CUES = ("according to", "reported", "report", "told", "quoted", "said")
# words of an origin story, where the home market counts as an entry
ORIGIN_CUES = r"\b(?:\d+|two|three|four|five|ten|twenty) years ago\b|\bfounded\b"
# a person speaking of these speaks of a company's plans for the market named
PLANS_FOR = ("plans for", "plans in", "expansion plans", "plans to enter", "plans to expand")
# a speaker who calls a market so speaks of the company's plans there: "Brazil is a key
# market for us", "we see huge potential in Brazil"
MARKET_VIEWS = (
    "market for us", "markets for us", "key market", "key markets", "important market",
    "important markets", "biggest market", "priority market", "growth market",
    "strategic market", "potential in", "opportunity in", "opportunities in", "priority for us",
)
# growing or focusing in a market (named right after) is a plan for it: "we will focus on France"
AIM_CUES = ("grow in", "focus on", "focusing on")
# buying a company in a market is entering it: done, or agreed and still to close
ACQUISITION_DONE = ("acquired", "bought", "has taken over", "took over")
ACQUISITION_PLAN = (
    "to buy", "would buy", "will buy", "to acquire", "would acquire", "will acquire",
    "is buying", "is acquiring", "bid for", "takeover of", "acquisition of",
)
# a later sentence on the deal's closing dates an agreed purchase (whole words)
DEAL_NOUNS = ("deal", "acquisition", "takeover", "purchase", "transaction", "merger")
DEAL_CLOSING = ("complet", "to close", "will close", "closing", "finalis", "finaliz")  # stems
PASSIVE_AUX = ("be", "been", "being", "was", "were", "is", "are")
PASSIVE_AGENT = ("by",)
# a name after these, before a place, is the product launched there
LAUNCH_VERBS = ("launch", "launches", "launched", "to launch", "introduce", "introduces", "introduced", "unveil", "unveils", "unveiled", "roll out", "rolls out", "rolled out", "debut", "debuts", "debuted", "bring", "brings", "brought", "start selling", "started selling", "begin selling", "began selling", "release", "releases", "released")
PRODUCT_LIST_NOUNS = ("tariffs", "models", "devices", "products", "phones", "handsets", "plans", "services")
# words that name no product before a number: "Section 404", "Version 7.0", "Top 500"
NOT_MODEL_WORDS = (
    "Section", "Version", "Top", "Volume", "No", "Number", "Chapter", "Article", "Part",
    "Page", "Phase", "Stage", "Step", "Level", "Round", "Season", "Episode", "Class", "Type",
    "Plan", "Gate", "Terminal", "Flight", "Route", "Room", "Group", "Category", "Tier",
    # a count, not a model: "About 700 work there"; a war is no product ("World War 2")
    "About", "Around", "Some", "Nearly", "Almost", "Over", "Only", "Just", "Another",
    "Approximately", "Roughly", "War",
    # a price: "priced from Rs 500", "US$ 99"
    "Rs", "Rp", "Rupees", "Euro", "Euros", "Dollar", "Dollars", "Yen", "Yuan", "Won",
    "Pounds", "Pesos", "Reais", "Francs", "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "INR",
    "MXN", "BRL",
)
# a name before these arrives on a market ("the iPod shuffle will go on sale in the UK")
ARRIVAL_PREDICATES = (
    "go on sale", "goes on sale", "went on sale", "gone on sale", "be released in", "is released in", "was released in",
    "launches in", "launch in", "launched in", "arrives in", "arrive in", "arrived in", "hits stores", "hit stores",
    "debuts in", "debut in", "be available in", "is available in", "are available in", "goes live in", "rolls out in",
)
PRODUCT_NOUNS = (
    "app", "service", "programme", "program", "subscription", "platform", "smartphone",
    "phone", "handset", "tracker", "scooter", "camera", "car", "model", "SUV", "tablet",
    "laptop", "console", "card", "plan", "line",
)
CODE_NAME_CUES = ("code-named", "codenamed", "code name", "dubbed")
SENTENCE_ABBREVIATIONS = (
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Inc.", "Ltd.", "Co.", "Corp.", "Jan.", "Feb.",
    "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "St.",
    "No.", "U.S.", "U.K.", "e.g.", "i.e.", "vs.", "approx.", "Gov.", "Sen.", "Rep.",
)
PERSON_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Sir", "Dame", "Prof.")

# --- geography (graph/geo.py) -------------------------------------------------------
PLACE_NAME_EXTRAS = {
    "US": "US", "U.S.": "US", "USA": "US", "America": "US", "UK": "GB", "U.K.": "GB",
    "Britain": "GB", "Great Britain": "GB", "England": "GB", "South Korea": "KR",
    "Korea": "KR", "Czech Republic": "CZ", "Turkey": "TR", "Holland": "NL",
    "Nordics": "154", "Nordic region": "154", "Scandinavia": "154", "Middle East": "145",
    "Latin America": "419", "North America": "003", "South America": "005",
    "Central America": "013", "Western Europe": "155", "Eastern Europe": "151",
    "Northern Europe": "154", "Southern Europe": "039", "Europe": "150", "Asia": "142",
    "Africa": "002", "Southeast Asia": "035", "South-east Asia": "035", "East Asia": "030",
    "European Union": "EU", "EU": "EU", "the Gulf": "145",
    # short and older names news still uses
    "Bosnia": "BA", "Ivory Coast": "CI", "UAE": "AE", "Burma": "MM", "Palestine": "PS",
    "Macedonia": "MK", "East Timor": "TL", "Swaziland": "SZ", "DR Congo": "CD",
}
PLACE_ADJECTIVES = {
    "Chinese": "CN", "Mexican": "MX", "American": "US", "North American": "003",
    "Latin American": "419", "South American": "005", "European": "150",
    "Western European": "155", "Eastern European": "151", "Asian": "142", "African": "002",
    "German": "DE", "Austrian": "AT", "Swiss": "CH", "French": "FR", "Italian": "IT",
    "Spanish": "ES", "Portuguese": "PT", "British": "GB", "Irish": "IE", "Dutch": "NL",
    "Belgian": "BE", "Swedish": "SE", "Swede": "SE", "Danish": "DK", "Dane": "DK",
    "Norwegian": "NO", "Finnish": "FI", "Finn": "FI", "Polish": "PL", "Czech": "CZ",
    "Hungarian": "HU", "Romanian": "RO", "Greek": "GR", "Turkish": "TR", "Russian": "RU",
    "Ukrainian": "UA", "Japanese": "JP", "South Korean": "KR", "Korean": "KR",
    "Taiwanese": "TW", "Indian": "IN", "Indonesian": "ID", "Vietnamese": "VN", "Thai": "TH",
    "Australian": "AU", "Canadian": "CA", "Brazilian": "BR", "Argentine": "AR",
    "Argentinian": "AR", "Chilean": "CL", "Colombian": "CO", "Peruvian": "PE",
    "Saudi": "SA", "Israeli": "IL", "Egyptian": "EG", "South African": "ZA",
    "Nigerian": "NG", "Kenyan": "KE", "Serbian": "RS", "Croatian": "HR", "Slovak": "SK",
    "Bulgarian": "BG", "Icelandic": "IS", "Estonian": "EE", "Latvian": "LV",
    "Lithuanian": "LT", "Singaporean": "SG", "Malaysian": "MY", "Filipino": "PH",
    "Pakistani": "PK", "Iranian": "IR", "Emirati": "AE", "Qatari": "QA",
    "New Zealand": "NZ", "Nordic": "154", "Scandinavian": "154",
}

# --- dates (graph/extract/dates.py) --------------------------------------------------
DATE_NEXT = ("next", "coming")
DATE_LAST = ("last", "past")
DATE_THIS = ("this",)
DATE_DAYS_FROM_NOW = {"today": 0, "yesterday": -1, "tomorrow": 1}  # days from publication
DATE_NOT_BEFORE_DAY_WORD = ()  # a word after which it is a part of the day
DATE_YEAR_WORDS = ("year",)
DATE_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # months they begin
# "the third quarter", "the second half": a part of the year, by its ordinal (1-4)
DATE_PARTS = {"quarter": 4, "half": 2}
DATE_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
DATE_MONTH_WORDS = ("month",)
# a part of a month, by the day it begins: "the end of January", written on 10 January, is ahead
DATE_MONTH_PARTS = {
    "end of": 21, "late": 21, "mid": 11, "middle of": 11, "early": 1, "beginning of": 1,
}
# capitalised words that may stand before a month's abbreviation ("Ende Jan.")
DATE_MONTH_HEADS = ("Early", "Late", "Mid", "Since", "By", "From", "Until")
DATE_YEAR_END = ("end of the year", "end of this year", "year-end", "year end", "end of the current year")
# before a month without a year: the last one ("since November", said in May: last year)
DATE_SINCE = ("since",)
DATE_FUTURE_VERBS = ("begin", "begins", "will", "from", "starting", "until", "by", "next")

# --- sources (graph/sources) ------------------------------------------------------
STOPWORDS = frozenset(
    ["the", "a", "an", "and", "or", "but", "not", "is", "are", "was", "were", "be", "been", "has", "have", "had", "with", "of", "to", "in", "on", "at", "for", "by", "from", "as", "that", "this", "these", "those", "it", "its", "he", "she", "they", "we", "you", "which", "who", "will", "would", "can", "could", "said", "says", "also", "than", "then", "there", "their", "his", "her", "our", "into", "about", "after", "over", "more", "most", "around", "another", "nearly", "almost", "some", "only", "excluding", "including", "other", "others", "many", "each", "every", "several", "few", "such", "both", "any"]
)
BYLINE_WORDS = ("By",)
BOILERPLATE_LINES = ("Advertising", "Advertisement")

# Words that deny or leave open what a sentence says (no sales channel from it).
NEGATION_CUES = ("not", "no", "whether", "never")

# a name right before one of these is a company's: "Quillon opened", "Quillon has launched"
BUSINESS_VERBS = (
    "opened", "opens", "will open", "has opened", "launched", "launches", "will launch",
    "has launched", "entered", "enters", "will enter", "has entered", "plans to", "is planning",
    "expanded", "expands", "operates", "sells", "sold", "announced", "has announced",
    "reported", "posted", "acquired", "has acquired", "bought", "employs", "makes",
    "manufactures", "unveiled", "will sell", "is to open", "is to launch", "aims to",
)  # fmt: skip

# "a new beer called Shinnama": a good named after one of these nouns and a naming cue
NAMING_CUES = ("called", "named", "branded", "known as", "dubbed")
NAMED_THINGS = (
    "product", "brand", "range", "line", "model", "version", "edition", "beer", "drink",
    "beverage", "spirit", "wine", "drug", "medicine", "treatment", "vaccine", "game", "console",
    "device", "gadget", "player", "phone", "handset", "car", "vehicle", "service", "app",
    "channel", "show", "series", "burger", "snack", "food", "card", "fund", "account", "plan",
)  # fmt: skip

# "…, reports Quillnews.": an outlet after the verb, closing the clause
REPORTING_VERBS_BEFORE_SOURCE = ("reports", "reported")
