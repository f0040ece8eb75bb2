"""The window's translations, from the strings in the source to the .qm files the app loads.

    .venv/bin/python i18n/translations.py update             # lupdate: the .ts files follow the source
    .venv/bin/python i18n/translations.py fill i18n/parts/*.json   # the parts' translations into the .ts
    .venv/bin/python i18n/translations.py release            # lrelease: the .qm files the app loads
    .venv/bin/python i18n/translations.py check              # every string translated, the .qm up to date
    .venv/bin/python i18n/translations.py add it             # a new language's .ts, every string to translate

`update` runs pyside6-lupdate over every module of lossexplorer/ into
lossexplorer/i18n/lossexplorer_<lang>.ts for each language that has a .ts (de, es, fr to begin
with); translations already made are kept, strings the source no longer has are dropped.
`fill` takes parts written as {context: {English source: {"de": ..., "es": ..., "fr": ...}}} and
writes each translation into its .ts, marked finished. `release` compiles each .ts with
pyside6-lrelease (unfinished translations left out). `check` lists what a shipped language lacks;
exit status 1 if anything. `add LANG` starts a new language's .ts (README: "Adding a language").
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "lossexplorer"
CATALOGUES = SOURCE / "i18n"
FIRST_LANGUAGES = ("de", "es", "fr")
_MARKS = re.compile(r"\{[^{}]*\}|</?[a-zA-Z][^>]*>")
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def tool(name: str) -> str:
    """A Qt tool of the PySide6 this Python runs (pyside6-lupdate beside the interpreter)."""
    here = Path(sys.executable).with_name(name)
    return str(here if here.exists() else name)


def ts_file(lang: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"lossexplorer_{lang}.ts"


def shipped(folder: Path = CATALOGUES) -> list[str]:
    """The languages that have a .ts (English is the source and has none)."""
    return sorted(p.stem.split("_", 1)[1] for p in folder.glob("lossexplorer_*.ts"))


def modules(source: Path = SOURCE) -> list[str]:
    """Every Python module lupdate reads (it does not look into folders for .py files)."""
    return sorted(str(p) for p in source.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(targets: list[Path], source: Path = SOURCE) -> None:
    """The strings of `source` into each .ts of `targets`: existing translations kept, vanished
    strings dropped, no line numbers (a moved line changes no .ts)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(modules(source)) + "\n")
    try:
        subprocess.run([tool("pyside6-lupdate"), f"@{listing.name}", "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-silent", "-ts", *map(str, targets)], check=True)
    finally:
        Path(listing.name).unlink()


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-nounfinished", "-silent", str(ts), "-qm", str(qm)], check=True)


# --- reading and writing .ts ------------------------------------------------------------------


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """{(context, source): its <translation> element} of a .ts file."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None:
                found[(name, message.findtext("source") or "")] = translation
    return found


def is_finished(translation: ET.Element) -> bool:
    unfinished = translation.get("type") in ("unfinished", "obsolete", "vanished")
    return not unfinished and bool((translation.text or "").strip())


def marks(text: str) -> list[str]:
    """What a translation must keep: {placeholders}, HTML tags, and how many & accelerators."""
    accelerators = re.sub(r"&&|&#?\w+;", "", text).count("&")
    return [*sorted(_MARKS.findall(text)), f"&×{accelerators}"]


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    root = tree.getroot()  # laid out as lupdate lays it out, so that an update after a fill changes nothing
    root.text = "\n"
    for context in root:
        ET.indent(context, space="    ")
        context.tail = "\n"
    body = ET.tostring(root, encoding="unicode", short_empty_elements=False)
    body = re.sub(r">[^<]+<", lambda m: m.group(0).replace("'", "&apos;").replace('"', "&quot;"), body)  # as lupdate
    ts.write_text(HEADER + body + "\n", encoding="utf-8")


def fill(parts: list[Path], folder: Path = CATALOGUES) -> list[str]:
    """Each part's translations written into the .ts files, marked finished; what did not fit."""
    wanted: dict[str, dict[tuple[str, str], tuple[str, str]]] = {}  # lang: {(context, source): (text, part)}
    problems = []
    for part in parts:
        for context, entries in json.loads(part.read_text(encoding="utf-8")).items():
            for source, texts in entries.items():
                for lang, text in texts.items():
                    key = (context, source)
                    before = wanted.setdefault(lang, {}).get(key)
                    if before is not None and before[0] != text:
                        problems.append(f"{lang}: [{context}] {source!r} differs in {before[1]} and {part.name}; "
                                        f"{before[1]}'s kept")
                        continue
                    wanted[lang][key] = (text, part.name)
    for lang in shipped(folder):
        ts = ts_file(lang, folder)
        tree = ET.parse(ts)
        found = 0
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                entry = wanted.get(lang, {}).pop((name, message.findtext("source") or ""), None)
                if translation is None or entry is None or not entry[0].strip():
                    continue
                translation.text = entry[0]
                translation.attrib.pop("type", None)
                found += 1
        write_ts(tree, ts)
        problems += [f"{lang}: not in the source (run update?): [{c}] {s!r} ({p})"
                     for (c, s), (_t, p) in sorted(wanted.get(lang, {}).items())]
        print(f"{ts.relative_to(ROOT) if ts.is_relative_to(ROOT) else ts}: {found} translations filled in")
    return problems


# --- what is missing ----------------------------------------------------------------------------


def missing(folder: Path = CATALOGUES, source: Path = SOURCE) -> list[str]:
    """Every string of the source without a finished translation in a shipped .ts that keeps its
    placeholders, tags and & count."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "lossexplorer_xx.ts"
        lupdate([fresh], source)
        strings = list(messages(fresh))
    for lang in shipped(folder):
        have = messages(ts_file(lang, folder))
        for context, text in strings:
            translation = have.get((context, text))
            if translation is None:
                problems.append(f"{lang}: not in the .ts (run update): [{context}] {text!r}")
            elif not is_finished(translation):
                problems.append(f"{lang}: untranslated: [{context}] {text!r}")
            elif marks(translation.text or "") != marks(text):
                problems.append(f"{lang}: placeholders, tags or & differ: [{context}] {text!r} -> "
                                f"{translation.text!r}")
    return problems


def stale(folder: Path = CATALOGUES) -> list[str]:
    """Each shipped .qm that is not, byte for byte, what lrelease makes of its .ts now."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in shipped(folder):
            qm, built = folder / f"lossexplorer_{lang}.qm", Path(tmp) / f"{lang}.qm"
            lrelease(ts_file(lang, folder), built)
            if not qm.exists() or qm.read_bytes() != built.read_bytes():
                problems.append(f"{lang}: {qm.name} is not what its .ts makes (run release)")
    return problems


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("", [])
    if command == "add" and len(rest) == 1 and re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", rest[0]):
        ts = ts_file(rest[0])
        if ts.exists():
            print(f"{ts.relative_to(ROOT)} exists already", file=sys.stderr)
            return 1
        subprocess.run([tool("pyside6-lupdate"), *modules(), "-locations", "none", "-source-language", "en",
                        "-target-language", rest[0], "-silent", "-ts", str(ts)], check=True)
        print(f"{ts.relative_to(ROOT)}: {len(messages(ts))} strings to translate "
              f"(.venv/bin/pyside6-linguist {ts.relative_to(ROOT)})")
        return 0
    if command == "update":
        targets = [ts_file(lang) for lang in shipped() or FIRST_LANGUAGES]
        lupdate(targets)
        for ts in targets:
            print(f"{ts.relative_to(ROOT)}: {len(messages(ts))} strings")
        return 0
    if command == "fill" and rest:
        problems = fill([Path(p) for p in rest])
    elif command == "release" and not rest:
        for lang in shipped():
            lrelease(ts_file(lang), CATALOGUES / f"lossexplorer_{lang}.qm")
            print(f"lossexplorer/i18n/lossexplorer_{lang}.qm")
        return 0
    elif command == "check" and not rest:
        problems = missing() + stale()
        if not problems:
            print(f"ok: {', '.join(shipped())} complete")
    else:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    print("\n".join(problems), file=sys.stderr) if problems else None
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
