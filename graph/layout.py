"""Positions for big views, computed once in Python with igraph.

A browser lays out a few hundred nodes in a moment, but a 2,000-node view of a
news graph is hundreds of small components (a person and their company, a
product and its maker) around a few large ones. The browser's physics had three
seconds for it and left a ring of hubs with every edge through the middle. Here
each component gets a force-directed layout of its own (Fruchterman-Reingold,
igraph's C code), and the components are packed in rows, largest first, so that
none overlaps another: 0.4-0.6 s for 2,000 nodes. The result is the same for the
same graph.
"""

from __future__ import annotations

import math
import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

SPACING = 70.0  # pixels a node needs, about: vis-network's node sizes are 10-45
GAP = 1.5 * SPACING  # between components


def positions(g: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Every node's (x, y) in vis-network's pixels, components side by side."""
    import networkx as nx  # noqa: PLC0415

    undirected = nx.Graph(g)
    components = sorted(
        (sorted(map(str, c)) for c in nx.connected_components(undirected)),
        key=lambda c: (-len(c), c[0]),
    )
    boxes = [_component_layout(undirected, c) for c in components]
    # lone nodes (mentions without facts, hidden at first) do not widen the rows of the rest
    linked = [(w, h) for c, (_, w, h) in zip(components, boxes, strict=True) if len(c) > 1]
    total = sum((w + GAP) * (h + GAP) for w, h in linked or [(0.0, 0.0)])
    row_width = max(math.sqrt(total) * 1.3, max((w for _, w, _ in boxes), default=0.0))
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for placed, width, height in boxes:
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height + GAP, 0.0
        for node, (px, py) in placed.items():
            out[node] = (round(x + px, 1), round(y + py, 1))
        x += width + GAP
        row_height = max(row_height, height)
    return out


def _component_layout(
    g: nx.Graph, nodes: list[str]
) -> tuple[dict[str, tuple[float, float]], float, float]:
    """One component's positions, shifted to start at (0, 0), and its width and height."""
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}, 0.0, 0.0
    if len(nodes) == 2:
        return {nodes[0]: (0.0, 0.0), nodes[1]: (SPACING, 0.0)}, SPACING, 0.0
    import igraph  # noqa: PLC0415

    index = {node: i for i, node in enumerate(nodes)}
    edges = {
        (min(index[u], index[v]), max(index[u], index[v]))
        for u, v in g.subgraph(nodes).edges()
        if u != v
    }
    graph = igraph.Graph(n=len(nodes), edges=sorted(edges))
    # igraph draws the start from its random generator: a seeded one makes every run
    # give the same layout; a grid keeps repulsion near-linear on big components
    igraph.set_random_number_generator(random.Random(7))
    try:
        coords = graph.layout_fruchterman_reingold(niter=500, grid=len(nodes) > 200).coords
    finally:
        igraph.set_random_number_generator(random)
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    x0, y0 = min(xs), min(ys)
    width, height = max(xs) - x0, max(ys) - y0
    # scale so that the component's area grows with its size: SPACING² a node
    scale = SPACING * math.sqrt(len(nodes)) * 1.2 / (max(width, height) or 1.0)
    placed = {node: ((xs[i] - x0) * scale, (ys[i] - y0) * scale) for node, i in index.items()}
    return placed, width * scale, height * scale
