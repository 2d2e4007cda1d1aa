"""Rebuild world-110m.tsv: country outlines for the market map, as SVG paths.

Development-time only. The shapes are Natural Earth's 1:110m countries as the npm package
``world-atlas`` 2.0.2 ships them (TopoJSON, ISC licence, world-atlas-LICENSE.txt beside
this file); ISO 3166 numeric ids become alpha-2 codes through Debian's ``iso-codes``:

    npm pack world-atlas@2 && tar xzf world-atlas-2.0.2.tgz
    python data/geo/build_world.py package/countries-110m.json   (needs: apt install iso-codes)

Each row is ``code  name  path``: the country's rings, projected with the Natural Earth
projection into a 2000 x 1040 box, as an SVG path (integer pixels, relative moves).
Antarctica is left out: no market there.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ISO_CODES = Path("/usr/share/iso-codes/json/iso_3166-1.json")
# shapes world-atlas gives no ISO number: Kosovo (CLDR's XK), Northern Cyprus and Somaliland
# (drawn with the country that claims them)
NO_NUMBER = {"Kosovo": "XK", "N. Cyprus": "CY", "Somaliland": "SO"}
WIDTH, HEIGHT = 2000, 1040
SKIP = {"AQ"}


def natural_earth(lon: float, lat: float) -> tuple[float, float]:
    """The Natural Earth projection (Šavrič et al. 2011), as d3-geo's geoNaturalEarth1."""
    lam, phi = math.radians(lon), math.radians(lat)
    p2 = phi * phi
    p4 = p2 * p2
    x = lam * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)))
    y = phi * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)))
    return x, y


def unwrapped(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The ring with continuous longitudes: a ring that crosses the antimeridian goes past 180."""
    out = [points[0]]
    for lon, lat in points[1:]:
        previous = out[-1][0]
        while lon - previous > 180:
            lon -= 360
        while previous - lon > 180:
            lon += 360
        out.append((lon, lat))
    return out


def clipped(points: list[tuple[float, float]], keep: Callable[[float], bool], edge: float):
    """Sutherland-Hodgman: the ring cut to the longitudes ``keep`` accepts, at ``edge``."""
    out = []
    for i, (lon, lat) in enumerate(points):
        plon, plat = points[i - 1]
        if keep(lon) != keep(plon):
            t = (edge - plon) / (lon - plon)
            out.append((edge, plat + t * (lat - plat)))
        if keep(lon):
            out.append((lon, lat))
    return out


def pieces(points: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """The ring as drawn on a map from -180 to 180: one piece, or two where it crosses."""
    ring = unwrapped(points)
    out = []
    for shift in (0, -360, 360):
        moved = [(lon + shift, lat) for lon, lat in ring]
        moved = clipped(moved, lambda lon: lon <= 180, 180)
        moved = clipped(moved, lambda lon: lon >= -180, -180) if moved else []
        if len(moved) >= 3:
            out.append(moved)
    return out


def main(source: Path) -> None:
    topology = json.loads(source.read_text(encoding="utf-8"))
    numeric = {
        c["numeric"]: c["alpha_2"]
        for c in json.loads(ISO_CODES.read_text(encoding="utf-8"))["3166-1"]
    }
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:  # delta-encoded, quantised
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    # the projection's extent: x at the equator's ends, y at the poles
    x_max = natural_earth(180, 0)[0]
    y_max = natural_earth(0, 90)[1]
    scale = WIDTH / (2 * x_max)

    def pixel(lon: float, lat: float) -> tuple[int, int]:
        x, y = natural_earth(lon, lat)
        return round((x + x_max) * scale), round((y_max - y) * scale)

    def ring(indexes: list[int]) -> list[tuple[float, float]]:
        points: list[tuple[float, float]] = []
        for i in indexes:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            points.extend(arc[1:] if points else arc)
        return points

    shapes: dict[str, tuple[str, list[str]]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        code = numeric.get(geometry.get("id", ""), NO_NUMBER.get(name))
        if code is None:
            raise SystemExit(f"error: no ISO code for {name!r} — add it to NO_NUMBER")
        if code in SKIP:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        parts = shapes.setdefault(code, (name, []))[1]
        for polygon in polygons:
            for piece in (p for indexes in polygon for p in pieces(ring(indexes))):
                points = [pixel(lon, lat) for lon, lat in piece]
                kept = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
                if len(kept) < 3:
                    continue
                x0, y0 = kept[0]
                steps = [
                    f"{x - px},{y - py}" for (px, py), (x, y) in zip(kept, kept[1:], strict=False)
                ]
                parts.append(f"M{x0},{y0}l" + " ".join(steps) + "z")
    lines = [
        "# code\tname\tpath — Natural Earth 1:110m countries via world-atlas 2.0.2 (ISC,",
        f"# world-atlas-LICENSE.txt), Natural Earth projection, {WIDTH}x{HEIGHT}. "
        "Built by build_world.py.",
    ]
    lines += [f"{code}\t{name}\t{''.join(parts)}" for code, (name, parts) in sorted(shapes.items())]
    (HERE / "world-110m.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(shapes)} countries to {HERE / 'world-110m.tsv'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
