"""Language data for 'de': cue words and patterns only, no mechanisms."""

from __future__ import annotations

# --- extraction cues (graph/extract/pipeline.py) ---------------------------------
# Word stems; a cue matches at the start of a word ("Filiale" matches "Filialen").
ENTRY_CUES = (
    "Markteinst", "Markteintritt", "Markteinführung", "Marktstart", "Einstieg", "Start",
    "startet", "gestartet", "startete", "expandier", "Expansion", "eröffne", "geöffnet",
    "Filiale", "Laden", "Läden", "Store", "Standort", "verkauf", "Verkauf", "angeboten",
    "anbiete", "anzubieten",
    "erhältlich", "verfügbar", "erschein", "in den Handel", "auf den Markt",
    "Vertrieb", "vorzuwagen", "vorwagen", "Sprung", "Landesgesellschaft", "aktiv",
    "eingeführt", "einführ", "Startpunkt", "folgten", "folgen", "kommt nach", "ausbauen",
    "ausgebaut", "betreib", "übernehm", "Übernahme", "vertreten", "präsent", "tätig",
    "investier", "greift nach", "Fuß fassen", "Niederlassung", "Büro", "öffnet",
    "den Anfang mach", "machen den Anfang", "den Anfang soll",  # "Den Anfang sollen … machen"
    "beliefer",  # "sollen Kunden in Deutschland beliefert werden"
    "einsteig", "einzusteigen", "Debüt", "angekommen", "ankommen", "ausgeweitet", "ausweiten",
    "ausgedehnt", "ausdehnen", "wiedereröffne", "öffnet wieder",
)
EXIT_CUES = (
    "zog sich", "zieht sich", "zurückgezogen", "zurückziehen", "verlässt", "verlassen",
    "Rückzug", "Ausstieg", "aussteigen", "eingestellt", "einstellen", "stellt den", "schließt",
    "schloss", "schlossen",
    # "geschlossen" als Wort: "hat seine Filialen geschlossen", nicht "die geschlossene
    # Facebook-Gemeinschaft"
    "geschlossen ", "schließen", "dichtgemacht", "aufgegeben", "streicht", "gestrichen",
    "beendet", "beendete", "beenden",
)
# ein trennbares Verb, dessen Partikel den Satz schließt: "stieg 2008 aus Norwegen aus"
# ("stellt seinen Dienst in Uruguay ein", nicht "stellt 500 Mitarbeiter ein"; "wickelt sein
# Geschäft in Russland ab"; "hat sich aus China verabschiedet")
EXIT_RE = (
    r"(?:\bst(?:ieg|iegen|eigt|eigen)\b[^.;:,]{0,80}?\saus"
    r"|\bst(?:ellt|ellen|ellte|ellten)\s+(?:(?:sein|ihr|den|das|die)\w*\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:Dienst|Verkauf|Vertrieb|Betrieb|Geschäft|Angebot|Service|Produktion)\w*\b[^.;:,]{0,60}?\sein"
    r"|\bwick(?:elt|eln|elte|elten)\s+(?:(?:sein|ihr|den|das|die)\w*\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:Geschäft|Filialen|Tochter|Läden|Märkte|Standorte)\w*\b[^.;:,]{0,60}?\sab)"
    r"(?=\s*(?:[.;!?]|$)|\s+(?:und|oder|aber|sowie)\b)"
    r"|\bsich\s+(?:[^.;:,]{0,40}?\s)?aus\s+[^.;:,]{0,60}?\bverabschiede\w*"
)
# ein trennbares Verb des Markteintritts, dessen Partikel den Teilsatz schließt: "stieg 2010
# in Polen ein", "tritt in den italienischen Markt ein", "führt den ID.3 in Japan ein",
# "baut sein Geschäft in Polen aus", "weitet sein Angebot auf Österreich aus", "bringt die
# Eigenmarke in Österreich auf den Markt", "bringt das Galaxy S24 in den österreichischen Handel"
ENTRY_RE = (
    r"(?:\b(?:st(?:eigt|eigen|ieg|iegen)|tr(?:itt|eten|at|aten)|führ(?:t|en|te|ten))\b"
    r"(?:[^.;:,]|\.(?=\S)){0,80}?\sein"
    r"|\b(?:bau(?:t|en|te|ten)|weit(?:et|en|ete|eten)|dehn(?:t|en|te|ten))\b[^.;:,]{0,80}?\saus"
    r"|\bbr(?:ingt|ingen|achte|achten)\b[^.;:,]{0,80}?\s(?:auf\s+den\s+Markt|in\s+den\s+(?:[\w-]+\s+)?Handel)"
    r"|\bf(?:asst|assen|asste|assten)\b[^.;:,]{0,80}?\sFuß"
    # "kehrt nach Russland zurück": zurück in einen Markt
    r"|\bkehr(?:t|en|te|ten)\b[^.;:,]{0,80}?\szurück"
    # "nimmt in Indien den Verkauf auf" (nicht "nimmt Kredite auf")
    r"|\bn(?:immt|ehmen|ahm|ahmen)\b[^.;:,]{0,80}?\b(?:Verkauf|Vertrieb|Betrieb|Geschäftsbetrieb)\s+auf)"
    r"(?=\s*(?:[.;:!?,)]|$)|\s+(?:und|oder|aber|sowie)\b)"
)
# kommen oder bringen, unmittelbar vor einem Ort: "Aldi kommt 2027 nach Italien", "Samsung
# bringt das Galaxy S24 nach Österreich" ("kommt nach Angaben des Konzerns" nennt keinen
# Ort; gesucht wird nur direkt vor einem)
ARRIVAL_RE = r"\b(?:k(?:ommt|ommen|am|amen)|bring(?:t|en)|brachten?)\b[^.;:,]{0,60}?\snach\s+(?:(?:der|dem|den|die)\s+)?$"
# Schlusskurse sind kein Marktaustritt ("die Aktie schließt mit einem Minus")
# das Geschäft in einem Markt verkaufen heißt ihn verlassen ("verkauft sein Russland-Geschäft")
DIVEST_RE = r"\b(?:verkauf\w*|veräußer\w*|trennt\s+sich\s+von|trennte\s+sich\s+von)\s+(?:(?:die|seine|ihre)\s+Mehrheit(?:sbeteiligung)?\s+an\s+)?(?:sein|ihr)\w*\s+(?:(?!(?:in|im|über|an|am|bei|mit|von|nach|für|auf|zu|und|oder)\b)[\w-]+\s+){0,3}?[\w-]*?(?:Geschäft|Tochter|Sparte|Filialen|Ableger|Märkte|Läden|Standorte)\w*(?:\s+in\s+(?:der\s+|den\s+)?[A-ZÄÖÜ][\w-]*)?"
UNIT_NOUNS = ("Geschäft", "Geschäfts", "Tochter", "Sparte", "Ableger", "Niederlassung")
# eine Liste danach nennt die zwei Enden einer Strecke, nicht gleiche Märkte ("Flüge zwischen Wien und Teheran")
BETWEEN_WORDS = ("zwischen",)
POSSESSIVES = ("sein", "seine", "seinen", "seinem", "seines", "ihr", "ihre", "ihren", "ihrem", "ihres")
# ein abgeschlossenes Geschäftsjahr ist kein Rückzug ("schloss das Geschäftsjahr mit 443 Filialen ab")
# "schließt einen Markteintritt (nicht) aus": ausschließen, kein Schließen
EXIT_NOT = r"\bschl(?:ießt|ießen|oss|ossen)\b(?=[^.;,]{0,60}?\baus\s*(?:[.;,!?]|$))|\bschl(?:ießt|oss|ossen|ießen)\s+(?:(?:das|sein|ihr|dieses|vergangene|abgelaufene)\s+)+(?:\w+\s+)?(?:Geschäftsjahr|Jahr|Quartal|Halbjahr)\w*\b|\b(?:Geschäftsjahr|Jahr|Quartal|Halbjahr)\w*\s+(?:\w+\s+){0,6}?(?:abgeschlossen|abschließen|abschloss)\b|\b(?:das|sein|ihr|dieses)\s+(?:\w+\s+)?(?:Geschäftsjahr|Jahr|Quartal|Halbjahr)\b\s+(?:\w+\s+){0,6}?beende(?:t|te|ten|n)\b|\bbeende(?:t|te|ten|n)\s+(?:(?:das|sein|ihr|dieses|vergangene|abgelaufene)\s+)+(?:\w+\s+)?(?:Geschäftsjahr|Jahr|Quartal|Halbjahr)\w*\b|\b(?:Aktien?|Kurs|Index|Dax|Börse|Papiere?)\w*\b[^.;]{0,60}?\bschl(?:ießt|ossen|oss)\b|\bschl(?:ießt|oss|ossen)[ ](?:mit|bei|auf|fester|schwächer|höher|tiefer|im[ ](?:Plus|Minus))\b"
RUMOR_CUES = (
    "Gerücht", "Spekulation", "spekulier", "angeblich", "Berichten zufolge", "nicht kommentier",
    "Insider", "informierte Kreise", "informierter Kreise", "informierten Kreisen",
    "mit der Sache vertraut",
    "mit den Plänen vertraut", "Kreisen zufolge",
    "keine offizielle Bestätigung", "nicht bestätigt", "eingeweiht", "munkel", "könnte",
    "dürfte", "womöglich", "möglicherweise",
    # Quellen ohne Namen: "nach Informationen aus Branchenkreisen", "hieß es"
    "Branchenkreise", "aus Kreisen", "hieß es", "heißt es aus", "wollte die Berichte nicht",
)
# ein Gerücht, das der Satz für beendet erklärt ("nach Jahren der Spekulation"), zählt nicht
RUMOR_OVER = r"\b(?:nach|beende\w*|Ende|bestätig\w*)\b[^.;]{0,60}?\b(?:Gerücht\w*|Spekulation\w*)"
# weitermachen: schon da, auch wenn "wird" davor steht
# ein Modalverb macht das Gesagte ungeschehen: "wäre verfügbar, wenn"
MODAL_CUES = ("würde", "würden", "werde", "werden", "wird", "könnte", "könnten", "dürfte", "dürften", "wäre", "wären")
# schon dort: "ist bereits in Polen aktiv" ("schon bald" ist ein Plan)
ALREADY_CUES = ("bereits", "schon")
ALREADY_NOT = r"\b(?:schon|bereits)\s+(?:bald|in\s+Kürze|nächste\w*|kommende\w*)\b"
CONTINUE_CUES = (
    "weiterhin", "weiter verkauf", "weiter anbiet", "weiter präsent", "bleibt präsent",
    "bleibt in", "bleiben in", "bleibt aber in", "weiter in", "weiter aktiv", "weiter vertreten",
)
# ein Wort, das auf den zuvor genannten Markt zurückweist ("will dort 25 Häuser betreiben")
THERE_WORDS = r"\b(?:dort|dorthin|im\s+Land|in\s+dem\s+Land)\b"
PLAN_CUES = (
    "soll", "sollen", "sollte", "plant", "planen", "geplant", "Pläne", "will", "wollen",
    "wolle", "wird", "werden", "künftig", "bereitet", "vorbereit", "angedacht", "vorgesehen",
    "eingeplant", "demnächst", "beabsichtig", "Ziel", "kündigt", "angekündigt", "voraussichtlich",
    # eine Genehmigung oder Lizenz: noch nicht eröffnet
    "Genehmigung", "genehmigt", "Lizenz", "Erlaubnis", "Zulassung",
    # erwägen: "prüft die Möglichkeit, in Indien ein Werk zu eröffnen"
    "prüft", "erwägt", "Möglichkeit", "denkt über",
)
# ein Plan in indirekter Rede: "sagte, man werde Filialen in Polen eröffnen"
REPORTED_PLAN_CUES = ("werde", "würde")
# ein Satzteil damit verneint den Schritt ("wird nicht in die USA expandieren", "plant
# keinen Markteintritt"); NEGATION_NOT verneint ihn nicht ("nicht nur", "noch nicht")
NEGATIONS = (
    "nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals", "ausgeschlossen",
    "dementiert", "dementierte",
)
NEGATION_NOT = r"\bnicht (?:nur|mehr|zuletzt|aus|ausgeschlossen)\b|\bnoch (?:nicht|kein\w*)\b"
CLAUSE_BREAKS = ("aber", "sondern", "während", "doch", "obwohl")
CLAUSE_BREAKS_AFTER_COMMA = True  # "…, aber"; "zog sich aber … zurück": ein Füllwort
LAUNCH_CUES = (
    "gestartet", "an den Start gegangen", "geöffnet", "eröffnete", "startete", "seit",
    "eingestiegen",
    "bereits", "ist offiziell", "folgten", "gibt es", "verkauft", "hat eröffnet", "betreibt",
    "zu haben", "inzwischen", "Auftakt", "ab sofort",
    # present tense news: "Aldi startet in Italien" (a future date or a modal verb makes it a plan)
    "startet", "eröffnet", "öffnet", "ist da", "expandiert",
    # schon im Markt: "ist in Österreich vertreten", "ist dort präsent", "in Polen tätig ist"
    "vertreten", "präsent", "tätig",
    # zu haben sein: "ist ab heute auch in der Türkei verfügbar", "ab heute erhältlich"
    "verfügbar", "erhältlich", "ab heute",
    "Debüt", "angekommen", "kommt nach", "wagt den Sprung", "wagte den Sprung",
    "den Sprung gewagt", "wiedereröffnet", "öffnet wieder",
)
# words that put a named product on a market
PRODUCT_CUES = ("bestellbar", "bestellen", "vorbestell", "ab sofort", "vorgestellt", "stellte", "präsentiert", "bringt", "brachte", "folgen", "eingeführt", "einführen", "Marktstart", "erhältlich", "auf den Markt", "im Angebot", "Preis", "kostet", "starten")
# words that make a named store the company's own channel ("eigene Mi Stores")
OWN_CUES = ("eigene", "eigenen", "eigener", "eigenes", "seine", "seinen", "seiner", "seinem", "ihre", "ihren", "ihrer", "ihrem")
# Wörter vor dem Namen eines Lieferanten: "mit Technik von Ericsson will der Konzern..."
SUPPLIER_CUES = (
    "Technik von", "Technologie von", "Ausrüstung von", "Komponenten von", "Chips von",
    "Software von", "Hardware von", "geliefert von",
)
# words before a place that say where something comes from, not where it goes
# nach einem Ländernamen nennen sie eine Behörde oder die Herkunft von Waren, keinen Markt
AUTHORITY_NOUNS = (
    "Regierung", "Behörde", "Behörden", "Kartellamt", "Notenbank", "Zentralbank", "Import",
    "Importe", "Importware", "Export", "Exporte", "Zoll", "Zölle",
    # Ämter des Staates: "US-Präsident", "EU-Kommissar"
    "Präsident", "Präsidenten", "Minister", "Ministerin", "Ministerium", "Kommissar",
    "Kommission", "Gericht", "Gerichte", "Militär", "Armee", "Botschaft", "Botschafter",
)
PLACE_ARTICLES = ("der", "dem", "den", "die")  # vor manchen Ländernamen: "aus der Türkei"
ORIGIN_PREPOSITIONS = ("aus", "von", "mit Sitz in", "importiert aus")
# words near a city that make it the place of an opening ("first store in Mumbai")
CITY_ENTRY_CUES = ("Filiale", "Laden", "Läden", "Store", "Geschäft", "Niederlassung", "Büro", "eröffne", "Showroom", "Premiere", "Debüt", "Fabrik", "Werk", "expandiert", "expandieren")
GATEWAY_CUES = ("Hintertür", "Startpunkt", "Sprungbrett", "Brückenkopf", "Tor zu", "Einfallstor", "über")
HOME_CUES = ("Ursprungsland", "Heimat", "Heimatmarkt", "Stammland", "hierzulande")
# Verkauf über einen anderen Händler: "über die Plattform Zalando"
THROUGH_CUES = ("über", "via", "in Kooperation mit", "in Zusammenarbeit mit", "Partnerschaft mit")
# ein Händler danach ist der Käufer, nicht der Vertriebsweg ("verkauft zehn Flugzeuge an
# die spanische Air Europa")
BUYER_RE = r"\b(?:verkauf\w*)\b[^.;:]{0,80}?\ban\s+(?:(?:die|den|das)\s+)?(?:(?!(?:von|für)\b)[\w-]+\s+){0,2}$"
# Waren eines Herstellers nach einem Produktnomen: "Smartphones von Samsung"
MAKER_PREPOSITIONS = ("von",)
SELL_CUES = (
    "verkauf", "Verkauf", "erwerb", "kaufen", "gekauft", "Vertrieb", "angeboten", "anbiete",
    "Sortiment", "Händler", "Onlinehändler", "Partner", "erhältlich", "via", "Märkten von",
    "Angebot", "Angeboten", "gibt es", "in Kooperation mit", "in Zusammenarbeit mit",
)
ONLINE_CUES = ("online", "Online", "Internet", "Onlineshop", "Webshop", "Website", "im Netz", "E-Commerce", "Plattform", "Marktplatz")
OFFLINE_CUES = ("stationär", "Laden", "Läden", "Filiale", "Geschäft", "Märkten", "Markt ", "Store", "Kaufhaus", "Händlern", "Fachhandel", "im Handel")
SPEECH_VERBS = (
    "sagte", "sagt", "sagen", "erklärte", "erklärt", "betonte", "betont", "meinte", "so",
    "teilte", "mitteilte", "berichtete", "erläutert", "kündigte", "angekündigt", "lässt",
    "ließ", "zitiert", "zufolge", "laut", "äußerte", "ausging", "gibt sich", "wissen",
    "nannte", "hieß es", "sprach", "versprach", "bestätigte", "verriet", "ergänzte",
    "fügte hinzu", "unterstrich", "glaubt", "rechnet", "kündigt", "nach Angaben",
)
# Heads of job titles: a role phrase must contain one (suffix match on the word, so
# "Marketingchefin" and "Deutschland-Chef" count).
# Regierungen als Organisationen: "die indische Regierung", "Regierung von Maharashtra"
GOVERNMENT_RE = r"\b(?:(?P<adj>[a-zäöü]+e)[ ])?(?P<head>(?:Bundes|Landes|Staats)?[Rr]egierung)(?:[ ](?:von|des|der)[ ](?P<of>(?:[A-ZÄÖÜ][\w\-]+[ ]?)+))?"
GOVERNMENT_ROLES = ("Minister", "Ministerin", "Ministerpräsident", "Ministerpräsidentin", "Kanzler", "Kanzlerin", "Bürgermeister", "Bürgermeisterin", "Staatssekretär", "Gouverneur", "Regierungschef")
# next to a country ("French President", "Russlands Energieminister"), an office of state
STATE_TITLES = ("Präsident", "Vizepräsident", "Premier", "Premierminister", "Minister", "Regierungschef", "Staatschef")
ROLE_HEADS = (
    "chef", "chefin", "leiter", "leiterin", "vorstand", "vorständin", "vorsitzender",
    "vorsitzende", "geschäftsführer", "geschäftsführerin", "sprecher", "sprecherin",
    "manager", "managerin", "direktor", "direktorin", "präsident", "präsidentin",
    "gründer", "gründerin", "inhaber", "inhaberin", "eigentümer", "eigentümerin", "analyst", "analystin", "minister",
    "ministerin", "bürgermeister", "CEO", "CFO", "COO", "CTO", "CMO", "President",
    "Director", "Officer", "Vice President", "Head",
)
# Pluralrollen vor einem Namen: eine Firma ("die Analysten von IDC", "Marktforscher GfK")
GROUP_NOUNS = ("Analysten", "Berater", "Marktforscher", "Marktforschern", "Beratungsfirma", "Forschungsinstitut")
# ein früheres Amt vor dem Titel: "Ex-Flughafen-Chef"
FORMER_PREFIXES = ("Ex-",)
ROLE_ORG_PREPOSITIONS = ("bei", "beim", "von", "vom", "der", "des", "für")
# nach "Name," leiten diese eine Umstandsangabe ein, kein Amt ("X, im Gespräch mit Analysten")
ADVERBIAL_OPENERS = ("im", "in", "auf", "während", "nach", "vor", "mit", "laut", "gegenüber")
# ein Land nach diesen ist ein Schauplatz, kein Markt ("der Krieg in der Ukraine")
EVENT_NOUNS = ("Invasion", "Krieg", "Krise", "Wahl", "Wahlen", "Konflikt", "Erdbeben", "Tsunami", "Überschwemmung", "Anschlag", "Anschläge", "Putsch",
    # eine Messe ist ein Schauplatz, kein Markt ("auf der IFA in Berlin")
    "Messe", "Ausstellung", "Kongress", "Präsidentschaft", "Ratspräsidentschaft")
# eine Rangfolge, dann der Ort, von dem sie zählt: "der zweitgrößte Markt nach China"
RANKED_AFTER_BEFORE_PLACE = (
    r"(?:größt|grösst|wichtigst|stärkst)\w*\b[^;.]{0,60}?\b(?:nach|hinter|außerhalb)\s+"
    r"(?:(?:den|dem|der)\s+)?"
)
# nach einem Ort beschreibt ein Rang das Folgende, keinen Markt: "Europas größter Autobauer"
RANKING_AFTER_PLACE = r"s?\s+(?:(?:(?:zweit|dritt|viert|fünft)|\w+)?(?:größt|grösst|stärkst|wichtigst|führend|best|ältest|reichst|schnellst|höchst)\w*\b|Nummer\s+(?:eins|zwei|drei|\d))"
# Körperschaften, deren Namen den Anfang eines Titels bilden: "Gewerkschaftschef",
# "Betriebsratsvorsitzender" (nicht die des Unternehmens im Artikel)
BODY_NOUNS = ("Gewerkschaft", "Betriebsrat", "Arbeiterkammer", "Wirtschaftskammer", "Ministerium", "Behörde", "Partei", "Polizei")
# Stellenabbau: ein Satz darüber erzählt von keinem Markteintritt (von einem Rückzug vielleicht)
JOB_CUTS_RE = r"Stellenabbau|Jobabbau|Personalabbau|Arbeitsplatzabbau|Entlassung|Kündigungswelle|\b(?:Stellen|Arbeitsplätze|Jobs|Mitarbeiter)\b[^.;]{0,50}?\b(?:abbauen|abgebaut|streichen|gestrichen|wegfallen|fallen\s+weg|verlieren|entlassen)\b|\b(?:streicht|strich|streichen|baut|bauen|entlässt|entließ)\s+(?:(?:rund|etwa|knapp|über|weitere)\s+)?[\d.,]+\s+(?:Stellen|Arbeitsplätze|Jobs|Mitarbeiter)"
# ein Ländername oder -adjektiv vor oder nach diesen nennt ein Meer, keinen Markt
SEA_WORDS = ("Ozean", "Meer", "See", "Golf", "Meerenge", "Bucht")
# ein Satz ohne Firmennamen handelt von der des Artikels, wenn er so auf eine verweist
SUBJECT_PRONOUNS = ("Er", "Sie", "Es")  # in den ersten 12 Zeichen
OUR_PRONOUNS = ("wir", "unser", "unsere", "unseren", "unserem", "unserer")
OWN_DETERMINERS = (  # before a company noun: one company
    "des", "der", "dem", "den", "die", "das", "beim", "im", "vom", "zum", "dieses", "seines", "seiner",
)
# Nouns that refer back to an organisation already named ("der Konzern").
# vor dem Namen des Eigentümers einer Marke: "Mutterkonzern Inditex"
# danach nennt der Satz, was einem anderen gehört ("Eigentümer von Zara"): nicht wer handelt
# das Wort für den Eigentümer zwischen zwei Namen: "Zara-Mutter Inditex", "Zara-Eigner Inditex"
OWNER_NOUNS = ("Mutter", "Mutterkonzern", "Eigner", "Eigentümer", "Besitzer")
OWNER_OF_CUES = ("Eigentümer von", "Eigentümerin von", "Mutter von", "Mutterkonzern von", "Besitzer von")
PARENT_CUES = ("Mutterkonzern", "Mutterkonzerns", "Mutterfirma", "Mutterunternehmen", "Mutter", "Eigentümer", "gehört zu", "Tochter von")
# ein Vergleich nennt einen Maßstab, nicht den Markt, um den es geht ("größer als die meisten
# Filialen in Europa"); "mehr als 500 Filialen" vergleicht nur eine Zahl; ein Komparativ
# ist klein geschrieben ("der Händler als Partner" vergleicht nichts)
COMPARISON_RE = r"\b[a-zäöüß]{2,}er\s+als\s+(?!\d)"
ORG_ANAPHORA = ("Unternehmen", "Konzern", "Hersteller", "Firma", "Händler", "Discounter", "Kette", "Riese", "Marke", "Gruppe", "Plattform", "Onlinehändler", "Autobauer")
# nach dem Namen einer Person leiten sie einen Einschub über sie ein ("X, der …, sagte")
ASIDE_PRONOUNS = ("der", "die", "dessen", "deren")
# nach einem Namen leiten sie einen Relativsatz über ihn ein ("MediaMarkt, der sie in … führt")
WHICH_PRONOUNS = ("der", "die", "das", "welche", "welcher")
WHERE_PRONOUNS = ("wo", "in dem", "in der", "in denen")
ROLE_ARTICLES = ("der", "die", "ein", "eine")  # vor einer Position: "der Vorstandschef"
# der Bereich einer Position nach dem Unternehmen: "Chef von Aldi für Südeuropa"
ROLE_SCOPE_WORDS = ("für",)
# "Mercadona, gegründet von Juan Roig": das Partizip nennt die Position
ROLE_PARTICIPLES = {
    "gegründet von": "Gründer", "mitgegründet von": "Mitgründer", "geleitet von": "Leiter",
}
DEMONSTRATIVES = ("dieser", "diesem", "dieses", "diese", "diesen")  # "sagte dieser Zeitung": das Medium selbst
# Descriptor nouns before a name, with the kind they give ("der Discounter Lidl").
ORG_DESCRIPTORS = {
    "Tochter": "company", "Tochterfirma": "company", "Tochtergesellschaft": "company",
    "Konkurrent": "company", "Rivale": "company", "Start-up": "company", "Startup": "company",
    "Händler": "retailer", "Händlern": "retailer", "Onlinehändler": "retailer",
    "Einzelhändler": "retailer", "Discounter": "retailer", "Kette": "retailer",
    "Handelskette": "retailer", "Elektronikkette": "retailer", "Supermarktkette": "retailer",
    "Kaufhauskette": "retailer", "Versandhändler": "retailer",
    "Netzbetreiber": "carrier", "Mobilfunkanbieter": "carrier", "Mobilfunker": "carrier",
    "Provider": "carrier", "Hersteller": "company", "Konzern": "company", "Unternehmen": "company",
    "Elektronikkonzern": "company", "Autobauer": "company", "Bank": "company", "Fluglinie": "company",
    "Airline": "company", "Marktforscher": "company", "Marktforschungsinstitut": "company",
    "Beratungsfirma": "company", "Zeitung": "media", "Magazin": "media", "Branchenportal": "media",
    "Branchenportals": "media", "Nachrichtenagentur": "media", "Agentur": "media",
    "Wirtschaftszeitung": "media", "Zeitschrift": "media", "Sender": "media", "Portal": "media",
    "Blatt": "media", "Behörde": "other", "Regulierer": "other", "Verband": "other",
    "Ministerium": "other", "Regierung": "other", "Autohändler": "retailer",
    "Autohändlern": "retailer", "Vertriebspartner": "retailer", "Vertriebspartnern": "retailer",
    "Lizenznehmer": "company", "Franchisenehmer": "company", "Franchise-Partner": "company",
    # Fonds, Genossenschaften, Versicherer und andere Organisationen nach ihrem Nomen
    "Fonds": "company", "Finanzinvestor": "company",
    "Genossenschaft": "company", "Brauerei": "company", "Versicherer": "company",
    "Versicherung": "company", "Reederei": "company", "Konsortium": "company",
    "Kanzlei": "company", "Anwaltskanzlei": "company", "Firma": "company", "Marke": "company",
    "Ratingagentur": "company", "Verlag": "media", "Plattform": "company",
    "Gewerkschaft": "other", "Partei": "other", "Stiftung": "other",
}
# Beschreibungen, die ein zusammengesetztes Wort schließen: "die Parfümeriekette Douglas",
# "der Energiekonzern Verbund". Nicht "Bank" ("Datenbank"), "Sender" ("Absender"), "Agentur"
# ("Raumfahrtagentur ESA" ist kein Medium), "Ministerium" und "Verband"
# ("Verkehrsministerium Baden-Württemberg", "Bundesverband Deutscher …" sind ganze Namen)
COMPOUND_DESCRIPTORS = ("Kette", "Konzern", "Händler", "Hersteller", "Unternehmen", "Discounter", "Autobauer", "Fluglinie", "Airline", "Zeitung", "Magazin", "Behörde")
# nach einem Namen macht ihn ein Einschub, dessen Kern eine Beschreibung ist (auch am Ende
# eines zusammengesetzten Worts), zum Namen einer Organisation: "Baoshan, der größte
# Stahlhersteller Chinas,"; "Verbund, das größte Energieunternehmen des Landes,"
APPOSITION_ARTICLES = ("der", "die", "das", "ein", "eine")
APPOSITION_NOUNS = {"Anbieter": "company", "Gesellschaft": "company", "Gruppe": "company"}
APPOSITION_AFTER = ("des", "der", "aus", "mit", "in", "im", "von")
APPOSITION_TAIL = r"(?:[ ][A-ZÄÖÜ]\w+s)?"  # ein Ort im Genitiv: "Chinas", "Österreichs"
APPOSITION_NOT_BETWEEN = (
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "von",
    "vom", "bei", "beim", "mit", "für", "aus", "in", "im", "und", "oder", "zu", "zum", "zur",
    "sagte", "sagt", "ehemalige", "ehemaliger", "frühere", "früherer", "langjährige",
    "langjähriger",
)
ADVERB_ENDINGS = ("weise",)  # "Bezeichnenderweise, …"
SENTENCE_ADVERBS = frozenset({
    "unterdessen", "indes", "inzwischen", "außerdem", "zudem", "allerdings", "jedoch",
    "dennoch", "trotzdem", "heute", "gestern", "damals", "derzeit", "zuvor", "danach",
})
# ein Produkt nach einem dieser Wörter in seinem Satzteil ist das eines Konkurrenten
RIVAL_WORDS = ("Konkurren", "Rivale", "Herausforderer", "Wettbewerber")
# Words that introduce a list of names: "Händlern wie X, Y und Z".
# A genitive article before an organisation head word means "the bank" of the
# sentence, not the end of a name: "die Insolvenz der Bank", "der Vorstand der AG".
ARTICLES_BEFORE_HEAD = ("der",)
# Inside a name that ends in a legal form, a genitive article ends a common noun
# ("Aktionärsstruktur der Casinos Austria AG", "Vorstand der Meinl Success AG"): the
# organisation is what follows, unless the noun is one that heads a name of its own
# ("Bank der Österreichischen Sparkassen AG").
GENITIVE_ARTICLES = ("der", "des")
HEADS_BEFORE_GENITIVE = (
    "Bank", "Bund", "Verband", "Kammer", "Stiftung", "Gesellschaft", "Vereinigung", "Haus",
    "Institut", "Union", "Partei", "Akademie", "Verein", "Zentralverband", "Genossenschaft",
)
# German capitalises every noun: a capital letter alone does not make a name
NOUNS_CAPITALISED = True
# Company nouns that also end names ("Schwarz-Gruppe", "Eigenmarke"): a compound ending
# in one is a name, not a company noun before a name.
NOUNS_ENDING_NAMES = ("Gruppe", "Marke", "Riese", "Kette")
# Endings of abstract nouns, none of them a company's name: a single word after a
# company noun ending so is the noun's object ("das Start-up Förderungen bekommen").
COMMON_NOUN_ENDINGS = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion",
    "tionen", "ität", "itäten", "nisse", "nissen", "ismus", "bedenken",
    # "der Drogeriemarktkette Vermögenswerte entzogen"
    "werte", "werten", "kosten", "preise", "gelder", "anteile", "aktien", "mittel", "daten",
)
LIST_CUES = ("wie", "darunter", "etwa", "nämlich", "zum Beispiel")
LIST_CONJUNCTIONS = ("und", "oder", "sowie")
DEFINITE_ARTICLES = ("der", "die", "das", "den", "dem", "des")
# sie leiten einen Einschub über den Namen davor ein ("Temu, im Besitz von PDD, startete")
APPOSITION_PARTICIPLES = ("im Besitz von", "kontrolliert von", "unterstützt von", "Teil von")
COMPARED_BEFORE_NAME = ("als",)  # "verkauft mehr als Lidl": der Vergleich
COMPLEMENTISERS = ("dass",)  # "sagte, dass …": was folgt, wird berichtet
REPORT_CUES = ("Bericht", "berichte", "zufolge", "laut", "zitiert", "meldet", "heißt es")
# words of an origin story, where the home market counts as an entry
ORIGIN_CUES = r"\bvor (?:\d+|zwei|drei|vier|fünf|zehn|zwanzig) Jahren\b|\bgegründet\b|\bGründung\b"
# wer davon spricht, spricht von den Plänen einer Firma für den genannten Markt
PLANS_FOR = ("Pläne für", "Plänen für", "Pläne in", "Expansionspläne")
# wer einen Markt so nennt, spricht über die Pläne des Unternehmens dort: "Deutschland ist
# für uns der wichtigste Markt in Europa"
MARKET_VIEWS = (
    "wichtigste Markt", "wichtigsten Markt", "wichtiger Markt", "wichtigen Markt",
    "Schlüsselmarkt", "Schlüsselmärkte", "Kernmarkt", "Kernmärkte", "Wachstumsmarkt",
    "Zukunftsmarkt", "Potenzial in", "Priorität für uns",
)
# in einem Markt (gleich danach genannt) wachsen oder sich auf ihn konzentrieren ist ein
# Plan für ihn: "wir konzentrieren uns auf Frankreich"
AIM_CUES = ("wachsen in", "konzentrieren uns auf", "konzentriert sich auf", "setzen auf")
# ... oder mit dem Verb am Ende, gleich nach dem Markt: "will das Unternehmen in Polen wachsen"
AIM_AFTER_CUES = ("wachsen", "expandieren", "zulegen")
# ein Unternehmen in einem Markt kaufen heißt dort eintreten: vollzogen, oder vereinbart
ACQUISITION_DONE = ("übernahm", "übernommen", "kaufte", "gekauft", "erwarb", "erworben")
ACQUISITION_PLAN = (
    "übernehmen", "übernimmt", "Übernahme von", "kaufen", "kauft", "erwerben", "erwirbt", "Kauf von",
)
# ein späterer Satz über den Abschluss datiert einen vereinbarten Kauf (ganze Wörter)
DEAL_NOUNS = ("Übernahme", "Kauf", "Kaufs", "Transaktion", "Deal", "Deals", "Zukauf", "Fusion")
DEAL_CLOSING = ("abgeschlossen", "Abschluss", "vollzogen", "Vollzug", "vollzieh")  # stems
PASSIVE_AUX = ("wurde", "wurden", "worden")  # "wird übernehmen" is a plan
# "hatten Here von Nokia übernommen": vor dem Verb am Satzende steht so der Verkäufer
# (im Passiv der Käufer: "wurde von Nokia übernommen")
SELLER_PREPOSITIONS = ("von",)
# ein Name nach diesen, vor einem Ort, ist das dort eingeführte Produkt
LAUNCH_VERBS = ("startet", "starten", "startete", "bringt", "bringen", "brachte", "lanciert", "lancieren", "lancierte", "verkauft ab", "verkauft künftig")
PRODUCT_LIST_NOUNS = ("Tarife", "Modelle", "Geräte", "Produkte", "Dienste", "Apps", "Varianten")
# Wörter, die vor einer Zahl kein Produkt nennen: "Seite O5", "Version 7.0", "Paragraf 3"
NOT_MODEL_WORDS = (
    "Seite", "Version", "Paragraf", "Paragraph", "Artikel", "Kapitel", "Teil", "Nummer", "Nr",
    "Phase", "Stufe", "Runde", "Staffel", "Folge", "Klasse", "Typ", "Plan", "Gruppe",
    "Platz", "Kategorie", "Level", "Flug", "Terminal", "Gate", "Zimmer", "Top",
    # eine Anzahl, kein Modell: "Rund 700 arbeiten für die Sparte"; ein Krieg ist kein Produkt
    "Rund", "Etwa", "Circa", "Knapp", "Über", "Fast", "Nur", "Mehr", "Weitere", "Insgesamt",
    "Krieg", "Weltkrieg",
    # ein Preis: "ab Rs 500", "für USD 99"
    "Rs", "Euro", "Dollar", "Yen", "Yuan", "Franken", "Kronen", "Pfund", "Pesos", "USD",
    "EUR", "GBP", "CHF", "JPY", "CNY", "INR",
)
# ein Name davor kommt auf einen Markt ("das Nexus 6P kommt nach Österreich")
ARRIVAL_PREDICATES = (
    "kommt nach", "kommt in", "kam nach", "kommen nach", "startet in", "startete in", "starten in", "erscheint in",
    "ist erhältlich", "wird erhältlich", "ist ab sofort", "geht in",
)
PRODUCT_NOUNS = (
    "App", "Programm", "Dienst", "Service", "Modell", "Smartphone", "Handy", "Linie", "Serie",
    "Reihe", "Tarif", "Abo", "Auto", "Fahrzeug", "Gerät", "Tablet", "Notebook", "Laptop",
    "Konsole", "Kamera", "SUV", "Limousine",
)
CODE_NAME_CUES = ("Codename", "Projektname")
SENTENCE_ABBREVIATIONS = (
    "Mrd.", "Mio.", "Dr.", "Prof.", "ca.", "bzw.", "z.B.", "u.a.", "d.h.", "Nr.", "St.",
    "Jan.", "Feb.", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.", "Hr.", "Fr.", "vgl.", "Tsd.",
)
PERSON_TITLES = ("Herr", "Frau", "Dr.", "Dr", "Prof.")

# --- geography (graph/geo.py) -------------------------------------------------------
PLACE_NAME_EXTRAS = {
    "USA": "US", "US": "US", "Vereinigten Staaten": "US", "Vereinigte Staaten": "US",
    "Amerika": "US", "Großbritannien": "GB", "England": "GB", "Reich der Mitte": "CN",
    "Volksrepublik China": "CN", "Südkorea": "KR", "Korea": "KR", "Holland": "NL",
    "Türkei": "TR", "Tschechien": "CZ", "Russland": "RU", "Nordamerika": "003",
    "Lateinamerika": "419", "Südamerika": "005", "Mittelamerika": "013", "Westeuropa": "155",
    "Osteuropa": "151", "Nordeuropa": "154", "Südeuropa": "039", "Skandinavien": "154",
    "Europa": "150", "Asien": "142", "Afrika": "002", "Naher Osten": "145", "Nahost": "145",
    "Südostasien": "035", "Ostasien": "030", "EU": "EU", "Europäische Union": "EU",
    "Europäischen Union": "EU", "Ozeanien": "009",
    # Kurz- und ältere Namen, die Nachrichten noch verwenden
    "Bosnien": "BA", "Elfenbeinküste": "CI", "VAE": "AE", "Emirate": "AE", "Emiraten": "AE",
    "Palästina": "PS", "Mazedonien": "MK", "Weißrussland": "BY", "Birma": "MM",
    "Burma": "MM", "Osttimor": "TL", "Swasiland": "SZ", "Moldau": "MD", "Moldawien": "MD",
    "Tschechei": "CZ",
}
PLACE_ADJECTIVES = {
    "chinesisch": "CN", "mexikanisch": "MX", "US-amerikanisch": "US", "amerikanisch": "US",
    "nordamerikanisch": "003", "lateinamerikanisch": "419", "südamerikanisch": "005",
    "europäisch": "150", "westeuropäisch": "155", "osteuropäisch": "151", "asiatisch": "142",
    "afrikanisch": "002", "deutsch": "DE", "österreichisch": "AT", "schweizerisch": "CH",
    "französisch": "FR", "italienisch": "IT", "spanisch": "ES", "portugiesisch": "PT",
    "britisch": "GB", "irisch": "IE", "niederländisch": "NL", "belgisch": "BE",
    "schwedisch": "SE", "dänisch": "DK", "norwegisch": "NO", "finnisch": "FI",
    "polnisch": "PL", "tschechisch": "CZ", "ungarisch": "HU", "rumänisch": "RO",
    "griechisch": "GR", "türkisch": "TR", "russisch": "RU", "ukrainisch": "UA",
    "japanisch": "JP", "südkoreanisch": "KR", "koreanisch": "KR", "taiwanisch": "TW",
    "indisch": "IN", "indonesisch": "ID", "vietnamesisch": "VN", "thailändisch": "TH",
    "australisch": "AU", "kanadisch": "CA", "brasilianisch": "BR", "argentinisch": "AR",
    "chilenisch": "CL", "kolumbianisch": "CO", "peruanisch": "PE", "saudi-arabisch": "SA",
    "israelisch": "IL", "ägyptisch": "EG", "südafrikanisch": "ZA", "nigerianisch": "NG",
    "kenianisch": "KE", "serbisch": "RS", "kroatisch": "HR", "slowenisch": "SI",
    "slowakisch": "SK", "bulgarisch": "BG", "luxemburgisch": "LU", "isländisch": "IS",
    "estnisch": "EE", "lettisch": "LV", "litauisch": "LT", "singapurisch": "SG",
    "malaysisch": "MY", "philippinisch": "PH", "pakistanisch": "PK", "iranisch": "IR",
    "emiratisch": "AE", "katarisch": "QA", "neuseeländisch": "NZ", "skandinavisch": "154",
    "nordisch": "154", "hiesig": "", "deutschsprachig": "",
}
PLACE_ADJECTIVES = {k: v for k, v in PLACE_ADJECTIVES.items() if v}

# --- dates (graph/extract/dates.py) --------------------------------------------------
DATE_NEXT = ("nächsten", "nächstes", "kommenden", "kommendes", "folgenden")
DATE_LAST = ("vergangenen", "vergangenes", "letzten", "letztes", "gestrigen", "vorigen")
DATE_THIS = ("diesen", "dieses", "diesem", "heutigen")
DATE_DAYS_FROM_NOW = {"heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2}  # Tage ab Erscheinen
DATE_NOT_BEFORE_DAY_WORD = ("am", "den", "jeden", "einen", "heute", "gestern", "guten")  # dann Tageszeit: "am Morgen"
DATE_YEAR_WORDS = ("Jahr", "Jahres")
DATE_SEASONS = {"Frühling": 3, "Frühjahr": 3, "Sommer": 6, "Herbst": 9, "Winter": 12}  # Monat des Beginns
# "im dritten Quartal", "in der zweiten Jahreshälfte": ein Teil des Jahres
DATE_PARTS = {"Quartal": 4, "Quartals": 4, "Halbjahr": 2, "Halbjahres": 2, "Jahreshälfte": 2}
DATE_ORDINALS = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "letzten": 4, "1.": 1, "2.": 2, "3.": 3, "4.": 4}
DATE_MONTH_WORDS = ("Monat", "Monats")
# a part of a month, by the day it begins: "Ende Januar", am 10. Januar geschrieben, kommt noch
DATE_MONTH_PARTS = {"Ende": 21, "Mitte": 11, "Anfang": 1}
# capitalised words that may stand before a month's abbreviation ("Ende Jan.")
DATE_MONTH_HEADS = ("Ende", "Anfang", "Mitte", "Seit", "Bis", "Ab")
# parts of the day joined to a weekday: "Mittwochabend" is a time, not a name
DATE_DAY_PARTS = ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")
DATE_YEAR_END = ("Ende des Jahres", "Ende dieses Jahres", "Jahresende", "Ende des laufenden Jahres")
# vor einem Monat ohne Jahr: der vergangene ("seit November", im Mai gesagt: voriges Jahr)
DATE_SINCE = ("seit",)
DATE_FUTURE_VERBS = ("ab", "bis", "soll", "sollen", "wird", "werden", "kommenden", "nächsten")

# --- sources (graph/sources) ------------------------------------------------------
STOPWORDS = frozenset(
    ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder", "aber", "nicht", "ist", "sind", "war", "wird", "werden", "hat", "haben", "mit", "von", "vom", "zu", "zum", "zur", "im", "in", "auf", "für", "bei", "beim", "aus", "nach", "über", "unter", "auch", "noch", "schon", "sich", "sie", "er", "es", "wir", "ihr", "man", "als", "wie", "so", "dass", "wenn", "dann", "nur", "sein", "seine", "ihre", "diese", "dieser", "dieses", "am", "an", "bis", "durch", "gegen", "ohne", "um", "vor", "seit", "sowie", "mehr", "sehr", "kann", "soll", "will"]
)
BYLINE_WORDS = ("Von",)
BOILERPLATE_LINES = ("Advertising", "Anzeige", "Werbung")

# Words that deny or leave open what a sentence says (no sales channel from it).
NEGATION_CUES = ("nicht", "kein", "keine", "keinen", "ob", "offen")

# nach einem großgeschriebenen Adjektiv ein Name: "Tiroler Landesregierung", "Steiermärkische
# Sparkasse", "Oberster Gerichtshof" (Wortenden, klein geschrieben)
COMPOUND_NAME_HEADS = {
    "bank": "company", "sparkasse": "company", "versicherung": "company", "post": "company",
    "bahn": "company", "werke": "company", "regierung": "other", "gerichtshof": "other",
    "kommission": "other", "parlament": "other", "ministerium": "other", "behörde": "other",
    "agentur": "other", "verband": "other", "kammer": "other", "stiftung": "other",
    "institut": "other", "zeitung": "media", "rundschau": "media",
}  # fmt: skip

# ein Name direkt davor ist der einer Firma: "Quillon eröffnet", "Quillon hat … gestartet"
BUSINESS_VERBS = (
    "eröffnet", "eröffnete", "startet", "startete", "expandiert", "expandierte", "plant",
    "betreibt", "verkauft", "verkaufte", "kündigte", "übernimmt", "übernahm", "beschäftigt",
    "erzielte", "meldete", "setzte", "tritt", "trat", "bringt", "brachte", "produziert",
    "fertigt", "investiert", "investierte", "kommt nach", "kam nach",
)  # fmt: skip

# "ein neues Bier namens Shinnama": ein Produkt, genannt nach einem dieser Nomen
NAMING_CUES = ("namens", "genannt", "mit dem Namen")
NAMED_THINGS = (
    "Produkt", "Marke", "Linie", "Modell", "Version", "Edition", "Bier", "Getränk", "Wein",
    "Medikament", "Arznei", "Impfstoff", "Spiel", "Konsole", "Gerät", "Handy", "Smartphone",
    "Auto", "Fahrzeug", "Dienst", "App", "Sender", "Sendung", "Serie", "Burger", "Karte",
    "Fonds", "Konto", "Tarif",
)  # fmt: skip

# "…, berichtet Quillnews.": ein Medium nach dem Verb, am Ende des Satzteils
REPORTING_VERBS_BEFORE_SOURCE = ("berichtet", "berichtete", "meldet", "meldete", "schreibt", "schrieb")
