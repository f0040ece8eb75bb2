"""Check one part of the translations against the strings lupdate finds in some modules.

    .venv/bin/python i18n/check_part.py i18n/parts/NAME.json lossexplorer/gui/a.py lossexplorer/gui/b.py

A part is {context: {source: {"de": ..., "es": ..., "fr": ...}}}. Prints every source string
the modules mark for translation that the part lacks, every entry the modules no longer have,
and every translation whose {placeholders} or HTML tags differ from its source; exits 1 if any.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

LANGUAGES = ("de", "es", "fr")
_MARKS = re.compile(r"\{[^{}]*\}|</?[a-zA-Z][^>]*>|%n")


def marks(text: str) -> list[str]:
    return sorted(_MARKS.findall(text))


def found(modules: list[str]) -> dict[str, set[str]]:
    """{context: sources} as pyside6-lupdate extracts them from `modules`."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "x.ts"
        subprocess.run([str(lupdate), *modules, "-ts", str(ts)], check=True, capture_output=True)
        out: dict[str, set[str]] = {}
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                out.setdefault(name, set()).add(message.findtext("source") or "")
        return out


def main(argv: list[str]) -> int:
    part = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    wanted = found(argv[1:])
    problems = []
    for context, sources in sorted(wanted.items()):
        for source in sorted(sources):
            entry = part.get(context, {}).get(source)
            if entry is None:
                problems.append(f"missing: [{context}] {source!r}")
                continue
            for lang in LANGUAGES:
                text = entry.get(lang, "")
                if not text.strip():
                    problems.append(f"no {lang}: [{context}] {source!r}")
                elif marks(text) != marks(source):
                    problems.append(f"{lang} placeholders/tags differ: [{context}] {source!r} -> {text!r}")
    for context, entries in sorted(part.items()):
        for source in entries:
            if source not in wanted.get(context, set()):
                problems.append(f"unused: [{context}] {source!r}")
    print("\n".join(problems) or f"ok: {sum(map(len, wanted.values()))} strings in {len(wanted)} contexts")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
