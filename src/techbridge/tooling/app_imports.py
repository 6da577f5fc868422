"""`python -m techbridge.tooling.app_imports`: the app-level import graph of techbridge (every
import, at module level or inside a function), its cycles between apps and the file cycles
inside an app (`file_cycles`: the imports that run, i.e. without those under
``if TYPE_CHECKING:``, which only name types). Needs grimp (installed with the dev extras,
through import-linter)."""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping

PACKAGE = "techbridge"


def _app(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def strongly_connected(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components with more than one node, each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(max(10_000, sys.getrecursionlimit()))
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def file_cycles() -> list[tuple[str, list[str]]]:
    """(app, its modules without the app's prefix) of each file import cycle inside an app,
    over the imports that run (at module level or inside a function; not under
    ``if TYPE_CHECKING:``)."""
    import grimp

    graph = grimp.build_graph(
        PACKAGE, include_external_packages=False, exclude_type_checking_imports=True, cache_dir=None
    )
    files: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for importer in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(importer):
            if _app(importer) == _app(imported):
                files[_app(importer)][importer].add(imported)
    return [
        (app, [m.split(".", 2)[-1] for m in cycle])
        for app in sorted(files)
        for cycle in strongly_connected(files[app])
    ]


def report() -> str:
    import grimp

    graph = grimp.build_graph(PACKAGE, include_external_packages=False, cache_dir=None)
    modules = sorted(graph.modules)
    apps: dict[str, set[str]] = defaultdict(set)
    for importer in modules:
        for imported in graph.find_modules_directly_imported_by(importer):
            a, b = _app(importer), _app(imported)
            if a != b:
                apps[a].add(b)
    lines = ["app imports (importer -> imported apps):"]
    lines += [f"  {a} -> {', '.join(sorted(apps[a]))}" for a in sorted(apps)]
    pairs = sorted((a, b) for a in apps for b in apps[a] if a < b and a in apps.get(b, ()))
    lines.append(f"app pairs importing each other: {len(pairs)}")
    lines += [f"  {a} <-> {b}" for a, b in pairs]
    cycles = strongly_connected(apps)
    lines.append(f"app-level cycles (strongly connected groups): {len(cycles)}")
    lines += ["  " + " / ".join(c) for c in cycles]
    inner = file_cycles()
    lines.append(f"file cycles inside an app (imports that run): {len(inner)}")
    lines += [f"  {app}: {len(c)} files: {', '.join(c)}" for app, c in inner]
    return "\n".join(lines)


if __name__ == "__main__":
    print(report())
