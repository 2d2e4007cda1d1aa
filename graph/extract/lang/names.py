"""The words of names, in whatever language an article quotes them.

An English firm's name keeps "Bank" and "Holdings" in a German or Spanish article, and a
Spanish one keeps "Grupo": these tables serve every language, so they live here, beside the
per-language lexicons, rather than in the code that reads them (graph/extract/entities.py).
"""

from __future__ import annotations

# fmt: off

LEGAL_SUFFIXES = (
    "GmbH", "AG", "SE", "KG", "Inc", "Inc.", "Ltd", "Ltd.", "plc", "PLC", "Corp", "Corp.",
    "LLC", "S.A.", "SA", "S.L.", "N.V.", "NV", "B.V.", "S.p.A.", "AB", "ASA", "Oyj", "Co.",
    "Group", "Gruppe", "Holding", "Holdings", "Grupo",
)

# Last words that make a capitalised sequence an organisation ("Korea First Bank").
ORG_HEADS = {
    "Bank": "company", "Capital": "company", "Motors": "company", "Telecom": "carrier",
    "Telekom": "carrier", "Mobile": "carrier", "Electronics": "company", "Airlines": "company",
    "Airways": "company", "Research": "company", "Analytics": "company",
    "Technologies": "company", "Systems": "company", "Partners": "company",
    "Insurance": "company", "Pharma": "company", "Energy": "company",
    "Silicon": "company", "Semiconductor": "company", "Communications": "carrier",
    "Networks": "company", "Labs": "company", "Ventures": "company", "Investments": "company",
    "Logistics": "company", "Automotive": "company", "Foods": "company", "Stores": "retailer",
    "Markets": "retailer", "Supermarkets": "retailer", "Media": "media", "News": "media",
    "Times": "media", "Post": "media", "Journal": "media", "Zeitung": "media",
    "Herald": "media", "Gazette": "media", "Tribune": "media", "Wire": "media",
    "Report": "media", "Agency": "other", "Ministry": "other", "Federation": "other",
    "Association": "other", "University": "other", "Council": "other", "Commission": "other",
    "Authority": "other", "Brothers": "company", "Bros": "company", "Institute": "other",
    "Foundation": "other", "Union": "other", "Organisation": "other", "Organization": "other",
    "Court": "other", "Parliament": "other", "Department": "other",
}

# last words of financial firms' names: "Wedbush Morgan Securities" is no person and no product
FINANCE_WORDS = frozenset({
    "Securities", "Capital", "Partners", "Holdings", "Investments", "Investment", "Finance",
    "Financial", "Insurance", "Assurance", "Asset", "Assets", "Markets", "Associates",
    "Advisors", "Advisers", "Ventures", "Equity", "Trading", "Brokers", "Realty",
})

NOT_SURNAMES = frozenset({
    "Management", "Entertainment", "Trust", "Motor", "Video", "Player", "Studios", "Games",
    "Pictures", "Records", "Software", "International", "Services", "Solutions", "Brands",
    "Retail", "Home", "Online", "Digital", "Interactive", "Consulting", "Industries",
    # funds, meetings and events: "ING Mutual Fund", "World Summit", "World Cup"
    "Fund", "Funds", "Forum", "Summit", "Conference", "Congress", "Cup", "Championship",
    "Initiative", "Programme", "Program", "Project", "Server", "Information", "Dairy",
}) | FINANCE_WORDS

STOP_FIRST = {
    "The", "A", "An", "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "El", "La",
    "Los", "Las", "Un", "Una", "Im", "In", "Am", "Auf", "Mit", "Bei", "Von", "Für", "At", "On",
    "For", "With", "By", "And", "But", "Und", "Y", "Its", "His", "Her", "Their", "Our", "Nach",
    "Neben", "Auch", "Wie", "Als", "This", "That", "These", "Diese", "Dieser", "Sein", "Seine",
    "Ihre",
}

# small words a name's initials skip ("Bank of America", "Banco de Chile")
NAME_LINKS = frozenset(
    {"of", "and", "&", "for", "the", "de", "del", "la", "y", "der", "und", "für"}
)

# descriptors that begin names written with a capital: "analyst with Bank Sal Oppenheim"
NAME_PREFIXES = frozenset({"Bank", "Banco", "Banca", "Banque"})

# Names ending in an organisation's head word that name a state, not an organisation
NOT_ORGS = frozenset({"Soviet Union"})

# Banks that are institutions, not companies ("Asian Development Bank", "Federal Reserve Bank")
INSTITUTION_BANKS = ("Central Bank", "Reserve Bank", "Development Bank", "World Bank")

# Agencies that are media ("Xinhua News Agency"); others are institutions
NEWS_AGENCIES = ("News Agency", "Press Agency")

# particles inside a name ("Ursula von der Leyen", "Pérez de Cuéllar"); one may instead
# lead to an employer ("Hans Meier von Siemens")
NAME_PARTICLES = (
    "van der", "van den", "van", "von", "de la", "de", "del", "da", "dos", "di", "le", "al",
    "bin", "ten", "ter",
)

PRODUCT_SUFFIX = (
    r"(?:Pro|Plus|Max|Mini|Lite|SE|Ultra|Prime|Note|Go|Air|One|Edge|Neo|Fold|Flip|XL|GT|S"
    r"|Play|TV|Music|Video|Pay)"
)

# Last words of organisations' names, never of a product's: a brand followed by one of
# them names a unit of the company ("Starbucks Coffee International").
ORG_LAST_WORDS = frozenset(
    {*ORG_HEADS, *LEGAL_SUFFIXES}
    | {"International", "Beverages", "Holdings", "Industries", "Services", "Solutions",
       "Brands", "Management", "Consulting", "Studios", "Pictures", "Records", "Trust",
       "Corporation", "Company", "Enterprises", "Entertainment", "Media", "Networks",
       "Communications", "Electronics"}
    | FINANCE_WORDS
)

GENERIC_TECH = frozenset({
    "TV", "HDTV", "IPTV", "DTT", "VoIP", "Voip", "DSL", "ADSL", "VDSL", "Mbps", "Gbps",
    "GSM", "UMTS", "HSDPA", "LTE", "3G", "4G", "5G", "Wi-Fi", "WiFi", "Wifi", "WLAN", "GPS",
    "SMS", "MMS", "USB", "USB-C", "HD", "DVD", "CD", "MP3", "PC", "NFC", "Bluetooth", "OLED",
    "LED", "LCD", "4K", "8K", "Internet", "Web", "Broadband", "Email", "E-Mail", "DAB", "DMB",
    "DVB", "DVB-H", "DVB-T", "UMD", "MP4", "Blu-ray", "RFID", "VoLTE", "eSIM",
})

# lower-case words that end a model's name after a one-word name ("Mac mini")
MODEL_WORDS = ("mini", "nano", "shuffle", "touch", "classic", "lite")
# fmt: on
