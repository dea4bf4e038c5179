"""Every corpus headline (the held-out and fresh ones left out) through each parse repair in
turn: the steps whose result is no tree (a token hung under its own dependent), which
`repaired_parse` refuses.

    python bench/repair_cycles.py

A repair that makes a cycle once made every later walk of the tree run forever (the
twenty-fourth session's hang); the guard refuses such a step, so a shape two repairs meet
in gives no count. This lists them (0 is the goal); titles only, printed for the one
reading them, never kept.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import gva

from workbench.claims import roles as roles_data
from workbench.claims.datelines import parsed_text
from workbench.claims.headline import headline_sentence
from workbench.claims.parsed import repair_steps
from workbench.models import Source
from workbench.parse.batch import parse_texts


def headlines() -> list[str]:
    """Each corpus article's headline as the extractor parses it, the held-out and fresh
    incidents' left out (their headlines are printed, and those are never read)."""
    roles = roles_data.default()
    hidden = gva.held_out_incidents()
    texts = []
    for doc in gva.documents().values():
        if doc["incident_id"] in hidden:
            continue
        source = Source(
            id=0,
            file=doc["doc_id"],
            text=doc.get("text") or "",
            content_hash="",
            title=doc.get("title"),
            outlet=doc.get("outlet"),
            url=doc.get("url"),
        )
        found = headline_sentence(source, roles)
        if found:
            texts.append(parsed_text(found[0].text))
    return texts


def main() -> None:
    roles = roles_data.default()
    texts = headlines()
    refused = []
    for parse in parse_texts(texts):
        for n, step in enumerate(repair_steps(roles)):
            fixed = step(parse)
            if fixed is parse:
                continue
            if not fixed.is_tree():
                refused.append((n, parse.text))
                continue
            parse = fixed
    print(f"{len(texts)} headlines, {len(refused)} repair steps made no tree")
    for n, text in refused:
        print(f"  step {n}: {text}")


if __name__ == "__main__":
    main()
