"""The citation network as GraphML (``data/citations.graphml``), written with networkx so
that Gephi, igraph and networkx read it: a node per document (those of the collection and
those it only cites), an edge per citing and cited pair with the citing places. Built from
the rows of citations.csv (``tables.citation_rows``), so the two agree by construction."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from ..model import Document
from ..transforms.links import LinkIndex
from .escape import html_text
from .urls import page_path, site_url

CITATIONS_GRAPHML = "data/citations.graphml"


def citation_graph(
    documents: list[Document], index: LinkIndex, rows: Iterable[Mapping[str, Any]], directory_urls: bool = True
) -> nx.DiGraph:
    """Nodes in the collection's order, then the documents only cited, in order of first
    citation; GraphML has no null, so a fact not known is an empty string."""
    graph = nx.DiGraph()
    for doc in documents:
        date = doc.sort_date()
        graph.add_node(
            doc.symbol,
            title=doc.title or "",
            body=doc.body or "",
            type=doc.doc_type or "",
            date=date.isoformat() if date else "",
            in_collection=True,
            cited=0,
            url=site_url(page_path(doc.symbol), directory_urls),
        )
    for row in rows:
        source, target = row["citing_symbol"], row["cited_symbol"]
        if target not in graph:
            url = row["url"] if not row["in_collection"] else ""
            title = index.title(target) or ""
            graph.add_node(target, title=title, body="", type="", date="", in_collection=False, cited=0, url=url)
        graph.nodes[target]["cited"] += 1
        if graph.has_edge(source, target):
            graph.edges[source, target]["places"].append(row["citing_place"])
        else:
            graph.add_edge(source, target, places=[row["citing_place"]])
    for _, _, edge in graph.edges(data=True):  # lists while counting: no string grows a place at a time
        edge["count"] = len(edge["places"])
        edge["places"] = " ".join(edge["places"])
    return graph


def graphml(graph: nx.DiGraph) -> str:
    """GraphML text, the same for the same graph (networkx keeps insertion order)."""
    return "\n".join(nx.generate_graphml(graph, encoding="utf-8", prettyprint=True)) + "\n"


NETWORK_SVG = "references/network.svg"
_WIDTH, _LANE, _TOP, _LEFT, _RIGHT = 960, 56, 104, 170, 40
MAX_EDGES = 3000  # the most repeated pairs first: the figure stays a few hundred KB at any size
OUTSIDE_SHOWN = 12  # documents outside the collection drawn: the most cited
LABELLED = 10


def _lane_label(body: str, y: float) -> str:
    """A lane's body, on lines of at most 24 characters."""
    lines: list[str] = []
    for word in body.split():
        if lines and len(lines[-1]) + 1 + len(word) <= 24:
            lines[-1] += " " + word
        else:
            lines.append(word)
    spans = "".join(
        f'<tspan x="8" dy="{0 if i == 0 else 14}">{html_text(line)}</tspan>' for i, line in enumerate(lines[:3])
    )
    return f'<text y="{y + 20}">{spans}</text>'


def network_svg(graph: nx.DiGraph) -> str:
    """The citation network at a glance, as a standalone SVG (no script): the collection's
        documents placed by date (x) in a lane per body (y), sized by how often they are cited;
        the documents outside it that are cited most, in a band above; the citations as
        lines; the most cited labelled with their symbols (a document of the collection with no
    date at all has no place on the time axis and is left out of the figure, not of the
    GraphML). Deterministic: positions come from
        dates, lanes and the symbols' order, never from randomness."""
    inside = [(n, d) for n, d in graph.nodes(data=True) if d["in_collection"] and d["date"]]
    outside = sorted(
        (n for n, d in graph.nodes(data=True) if not d["in_collection"]), key=lambda n: -graph.nodes[n]["cited"]
    )[:OUTSIDE_SHOWN]
    counts = Counter(d["body"] or "other" for _, d in inside)
    bodies = [body for body, _ in counts.most_common()]
    # a lane a body, taller for a body with many documents (they spread down it, 6 px a row)
    lane_height = {body: _LANE if counts[body] <= 50 else 3 * _LANE for body in bodies}
    lane_top, y = {}, float(_TOP)
    for body in bodies:
        lane_top[body], y = y, y + lane_height[body]
    height = int(y) + 40
    years = sorted({int(d["date"][:4]) for _, d in inside}) or [2000]
    first, last = years[0], years[-1] + 1
    span = _WIDTH - _LEFT - _RIGHT

    def x_of(iso: str) -> float:
        year, month, day = (int(part) for part in iso.split("-"))
        return _LEFT + span * ((year - first) + (month - 1) / 12 + (day - 1) / 365) / (last - first)

    position: dict[str, tuple[float, float]] = {}
    lane_seen: Counter[str] = Counter()
    for node, data in sorted(inside, key=lambda item: (item[1]["date"], item[0])):
        body = data["body"] or "other"
        rows = int(lane_height[body] - 20) // 6  # documents of one date spread within the lane
        slot = lane_seen[body] % rows
        lane_seen[body] += 1
        position[node] = (x_of(data["date"]), lane_top[body] + 10 + slot * 6)
    for i, node in enumerate(outside):  # two rows, labels above the first and below the second
        position[node] = (_LEFT + span * (i + 0.5) / max(len(outside), 1), 34 if i % 2 == 0 else 66)

    def radius(node: str) -> float:
        return min(1.5 + graph.nodes[node]["cited"] ** 0.5 / 2, 9.0)

    edges = sorted(
        ((u, v, d["count"]) for u, v, d in graph.edges(data=True) if u in position and v in position),
        key=lambda e: (-e[2], e[0], e[1]),
    )[:MAX_EDGES]
    opacity = round(max(0.04, min(0.18, 40 / max(len(edges), 1))), 3)
    labelled = sorted(position, key=lambda n: (-graph.nodes[n]["cited"], n))[:LABELLED]
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_WIDTH} {height}" width="{_WIDTH}" height="{height}" '
        f'role="img" aria-labelledby="t">',
        f'<title id="t">Citation network: {len(inside)} documents of the collection by date, '
        f"{len(outside)} documents outside it cited most, {len(edges)} citing pairs</title>",
        # fainter lines the more there are, so that the dense parts stay readable
        f"<style>text{{font:12px sans-serif;fill:#333}}.e{{stroke:#5c6bc0;stroke-opacity:{opacity}}}.i{{fill:#37474f}}"
        ".o{fill:#ef6c00}.a{stroke:#bbb}.l{font-weight:bold}</style>",
        f'<rect width="{_WIDTH}" height="{height}" fill="#fff"/>',
        '<text x="8" y="46">cited most,</text><text x="8" y="60">outside</text>',
    ]
    for body in bodies:
        y = lane_top[body]
        out.append(f'<line class="a" x1="{_LEFT}" x2="{_WIDTH - _RIGHT}" y1="{y}" y2="{y}"/>')
        out.append(_lane_label(body, y))
    step = max(1, (last - first) // 10)
    for year in range(first, last + 1, step):
        x = _LEFT + span * (year - first) / (last - first)
        out.append(f'<text x="{x:.1f}" y="{height - 12}" text-anchor="middle">{year}</text>')
    for u, v, count in edges:
        (x1, y1), (x2, y2) = position[u], position[v]
        out.append(
            f'<line class="e" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke-width="{min(count, 4)}"/>'
        )
    for node, (x, y) in position.items():
        kind = "i" if graph.nodes[node]["in_collection"] else "o"
        out.append(f'<circle class="{kind}" cx="{x:.1f}" cy="{y:.1f}" r="{radius(node):.1f}"/>')
    for node in labelled:
        x, y = position[node]
        below = y == 66  # the second row outside: labelled below
        ty = y + radius(node) + 13 if below else y - radius(node) - 4
        out.append(f'<text class="l" x="{x:.1f}" y="{ty:.1f}" text-anchor="middle">{html_text(node[:24])}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
