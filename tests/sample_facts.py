"""Hand-made ArticleFacts that fill every competency query, for store and server tests.

They are written with the real RDF writer (``graph.ingest.write_facts``), so the
stores hold exactly what an ingest would write, without depending on extraction.
"""

from __future__ import annotations

from graph.model import (
    ArticleFacts,
    Document,
    Evidence,
    MarketEntry,
    Organization,
    Person,
    Position,
    Product,
    ProductLaunch,
    SalesChannel,
    Statement,
)
from graph.store import Store

HOSTILE = "<script>alert('mekg')</script>"
XIAOMI_TEXT = (
    "Xiaomi kommt nach Mexiko\n"
    "Xiaomi startet Ende Mai in Mexiko. Das Redmi Note 4 gibt es online bei Best Buy. "
    '"Mexiko ist unser Tor nach Nordamerika", sagte Donovan Sung, Leiter Produktmarketing.'
)
LIDL_TEXT = "Lidl opens its first US stores\nLidl opened ten stores in the United States."


def _evidence(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


def xiaomi_facts(
    title: str = "Xiaomi kommt nach Mexiko", retailer: str = "Best Buy"
) -> ArticleFacts:
    """A German article: entry, gateway, sales channel, launch, executive, statement."""
    text = XIAOMI_TEXT
    said = _evidence(text, '"Mexiko ist unser Tor nach Nordamerika", sagte Donovan Sung')
    document = Document(
        text=text,
        source="de-xiaomi.txt",
        locator="file:///articles/de-xiaomi.txt",
        title=title,
        published="2017-05-11",
        publisher="pressetext",
        author="Markus Steiner",
        place="Mexiko-Stadt",
        language="de",
    )
    return ArticleFacts(
        document=document,
        language="de",
        organizations=(
            Organization("Xiaomi", "company", qid="Q1636958"),
            Organization(retailer, "retailer"),
            Organization("pressetext", "media"),
        ),
        people=(Person("Donovan Sung"),),
        products=(Product("Redmi Note 4", maker="Xiaomi"),),
        market_entries=(
            MarketEntry(
                "Xiaomi",
                "MX",
                "planned",
                "2017-05",
                gateway_to="003",
                evidence=_evidence(text, "Xiaomi startet Ende Mai in Mexiko."),
            ),
            MarketEntry("Xiaomi", "003", "planned", None, evidence=said),
        ),
        sales_channels=(
            SalesChannel(
                "Xiaomi",
                "MX",
                retailer,
                "online",
                evidence=_evidence(text, "Das Redmi Note 4 gibt es online"),
            ),
        ),
        product_launches=(ProductLaunch("Xiaomi", "Redmi Note 4", "MX", "2017-05"),),
        positions=(Position("Donovan Sung", "Xiaomi", "Leiter Produktmarketing"),),
        statements=(
            Statement("Donovan Sung", "MX", "Mexiko ist unser Tor nach Nordamerika", evidence=said),
        ),
        markets=("MX", "003"),
    )


def lidl_facts() -> ArticleFacts:
    """An English article: a launched entry with a full date."""
    document = Document(
        text=LIDL_TEXT,
        source="en-lidl.txt",
        locator="file:///articles/en-lidl.txt",
        title="Lidl opens its first US stores",
        published="2017-06-16",
        language="en",
    )
    return ArticleFacts(
        document=document,
        language="en",
        organizations=(Organization("Lidl", "retailer", qid="Q151954"),),
        market_entries=(MarketEntry("Lidl", "US", "launched", "2017-06-15"),),
        markets=("US",),
    )


def fill(
    store: Store, articles: list[ArticleFacts] | None = None, run: object | None = None
) -> None:
    """Write the shared graphs and the sample articles into ``store``."""
    from graph.ingest import load_static_graphs, write_facts  # noqa: PLC0415

    load_static_graphs(store)
    for facts in articles if articles is not None else [xiaomi_facts(), lidl_facts()]:
        write_facts(store, facts, run)
