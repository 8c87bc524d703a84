#!/usr/bin/env python
"""How stable the converter is when a text arrives the way another scraper, copy or PDF tool delivers it.

A metamorphic check over the tuned gold sets: each perturbation rewrites every document without
changing what a reader learns from it (paragraphs separated by single line breaks, lines hard-wrapped,
markup lost, a site's menu and footer around it, straight quotes, ...), so the document's gold stays
valid. For every perturbation and field the report counts the documents whose field was right on the
original and is wrong on the variant ('broken'), and the reverse ('mended'), and the expert hits lost
and gained. A rule that holds only for the exact line breaks of the documents it was written from shows
up here as broken.

    .venv/bin/python scripts/robustness.py                       # every perturbation, every tuned set
    .venv/bin/python scripts/robustness.py --only hard_wrapped -v  # one perturbation, each broken field
    .venv/bin/python scripts/robustness.py --set holdout3 --jobs 2

Sealed sets are never read. The perturbed texts are written to a temporary folder under their own names.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import tempfile
import textwrap
import zlib

import yaml
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("evaluate", ROOT / "scripts" / "evaluate.py")
evaluate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(evaluate)

FIELDS = [f for f in evaluate.FIELDS if f != "language"]


# --- perturbations: text -> text, the meaning kept ------------------------------------------------

def single_newlines(text: str, gold: dict) -> str:
    """Paragraphs separated by one line break instead of a blank line (trafilatura's and many copy tools' output)."""
    return re.sub(r"\n[ \t]*\n\s*", "\n", text)


def blank_between_lines(text: str, gold: dict) -> str:
    """A blank line after every line (html2text-like output of a page whose lines are all elements)."""
    lines = [line for line in text.split("\n") if line.strip()]
    return "\n\n".join(lines) + "\n"


def joined_lines(text: str, gold: dict) -> str:
    """Lines run together where no sentence ends (a flattened page: a headline's, a byline's and a date's lines
    become one; 'Frage?' and 'Antwort.' stay apart). Paragraphs set apart by blank lines stay apart."""
    paragraphs = re.split(r"\n[ \t]*\n", text)
    out = []
    for paragraph in paragraphs:
        lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
        joined: list[str] = []
        for line in lines:
            if joined and not re.search(r"[.!?:;\"“”»«)]$", joined[-1]):
                joined[-1] += " " + line
            else:
                joined.append(line)
        out.append("\n".join(joined))
    return "\n\n".join(p for p in out if p) + "\n"


def hard_wrapped(text: str, gold: dict) -> str:
    """Long lines wrapped at 72 characters (a PDF's or an e-mail's text)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= 72:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def _wrap_hyphenating(line: str, width: int) -> list[str]:
    """`line` wrapped at `width`, a long word that would overflow split with a hyphen at the line's end
    ('Forschungs-' / 'ergebnisse'), as a typesetter's justified PDF prints it. Only plain words of letters
    are split, each piece at least four letters long."""
    out, current = [], ""
    for word in line.split():
        room = width - len(current) - (1 if current else 0)
        if len(word) <= room:
            current = f"{current} {word}" if current else word
            continue
        cut = min(room - 1, len(word) - 4)  # (room for the hyphen; four letters left for the next line)
        if word.isalpha() and cut >= 4:
            out.append(f"{current} {word[:cut]}-" if current else f"{word[:cut]}-")
            current = word[cut:]
        else:
            if current:
                out.append(current)
            current = word
    return out + [current] if current else out


def pdf_pages(text: str, gold: dict) -> str:
    """A PDF's text: long lines wrapped at 64 characters with words hyphenated at the line end, and the page's
    number on a line of its own after every 40 lines, blank lines around it (pypdf's output of a typeset page)."""
    lines = []
    for line in text.split("\n"):
        lines.extend(_wrap_hyphenating(line, 64) if len(line) > 64 else [line])
    out, page = [], 1
    for i, line in enumerate(lines, 1):
        out.append(line)
        if i % 40 == 0 and i < len(lines):
            out.extend(["", str(page), ""])
            page += 1
    return "\n".join(out)


def no_markup(text: str, gold: dict) -> str:
    """Markdown emphasis and heading marks lost (a plain-text copy)."""
    text = re.sub(r"(?m)^#{1,6}\s+", "", text)
    text = re.sub(r"\*\*|__", "", text)
    return re.sub(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])", r"\1", text)


def crlf_trailing(text: str, gold: dict) -> str:
    """Windows line ends, trailing spaces and non-breaking spaces after titles and inside dates."""
    text = re.sub(r"\b(Dr\.|Prof\.|Mr\.|Ms\.|Mrs\.)\s", "\\1\u00a0", text)
    text = re.sub(r"(\d{1,2}\.)\s(?=[A-ZÄÖÜ][a-zä]+\s\d{4})", "\\1\u00a0", text)
    return "\r\n".join(line + "  " if line.strip() else line for line in text.split("\n"))


# Menus of four kinds of site per language (an organisation's, a university's, a newspaper's, a portal's);
# each document gets one, chosen by its text so that runs repeat.
_MENUS = {
    "de": (("Startseite", "Aktuelles", "Über uns", "Kontakt", "Suche"),
           ("Home", "Forschung", "Lehre", "Presse", "Karriere"),
           ("Politik", "Wirtschaft", "Sport", "Kultur", "Lokales", "Panorama"),
           ("Menü", "Themen", "Termine", "Mediathek", "Newsletter", "Login")),
    "en": (("Home", "News", "About us", "Contact", "Search"),
           ("Home", "Research", "Education", "Newsroom", "Give"),
           ("World", "U.S.", "Politics", "Business", "Opinion", "Health"),
           ("Menu", "Topics", "Events", "Podcasts", "Subscribe", "Sign in")),
}
_FOOTER = {
    "de": "\n\nArtikel teilen:\nFacebook\nTwitter\nE-Mail\n\nNach oben\n\nImpressum | Datenschutz | Cookie-Einstellungen\n",
    "en": "\n\nShare this:\nFacebook\nTwitter\nEmail\n\nBack to top\n\nPrivacy Policy | Terms of Use | Cookie Settings\n",
}


def site_menu(text: str, gold: dict) -> str:
    """A site's menu before the text, one item per line."""
    menus = _MENUS.get(gold.get("language"), _MENUS["en"])
    return "\n".join(menus[zlib.crc32(text.encode("utf-8")) % len(menus)]) + "\n\n" + text


def site_footer(text: str, gold: dict) -> str:
    """A site's share buttons and footer links after the text."""
    return text.rstrip("\n") + _FOOTER.get(gold.get("language"), _FOOTER["en"])


def straight_quotes(text: str, gold: dict) -> str:
    """Typographic quotation marks and apostrophes made straight (an ASCII copy)."""
    return text.translate(str.maketrans({"„": '"', "“": '"', "”": '"', "»": '"', "«": '"',
                                         "‚": "'", "‘": "'", "’": "'", "›": "'", "‹": "'"}))


_BREADCRUMB = {"de": "Startseite › Aktuelles › Pressemitteilungen", "en": "Home › News › Press releases"}


def breadcrumb(text: str, gold: dict) -> str:
    """The site's breadcrumb over the text."""
    return _BREADCRUMB.get(gold.get("language"), _BREADCRUMB["en"]) + "\n\n" + text


def _after_title(text: str, gold: dict, insert: str) -> str:
    """`insert` as lines of their own after the line that ends the gold title; the text as it is without one."""
    title = gold.get("title")
    if not title:
        return text
    words = re.findall(r"\w+", str(title))
    if not words:
        return text
    pattern = re.compile(r"\W+".join(map(re.escape, words[-3:])) + r"\W*$", re.M)
    lines = text.split("\n")
    for i, line in enumerate(lines[:40]):
        if pattern.search(line):
            return "\n".join(lines[:i + 1] + ["", insert, ""] + lines[i + 1:])
    return text


_HEADER_CHROME = {"de": "Lesezeit: 3 Min.\nTeilen | Drucken | Mailen", "en": "Reading time: 3 min\nShare | Print | Email"}
_CAPTION = {"de": "Das Gebäude des Instituts am Abend. Foto: Lena Beispiel / Bildagentur",
            "en": "The institute's building at dusk. Photo: Lena Beispiel / Picture Agency"}


def header_chrome(text: str, gold: dict) -> str:
    """The reading time and share buttons under the headline."""
    return _after_title(text, gold, _HEADER_CHROME.get(gold.get("language"), _HEADER_CHROME["en"]))


def photo_caption(text: str, gold: dict) -> str:
    """A photo's caption with its credit under the headline."""
    return _after_title(text, gold, _CAPTION.get(gold.get("language"), _CAPTION["en"]))


_MONTHS = {"de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                  "November", "Dezember"),
           "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December")}


def date_reformatted(text: str, gold: dict) -> str:
    """The gold date printed in another common form of its language where the text prints it first in the
    top 1,500 characters ('22.07.2011' <-> '22. Juli 2011', 'July 22, 2011' <-> '22 July 2011')."""
    date = str(gold.get("date") or "")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        return text
    y, m, d = (int(x) for x in date.split("-"))
    de, en = _MONTHS["de"][m - 1], _MONTHS["en"][m - 1]
    forms = [  # (printed form, replacement)
        (rf"(?<!\d)0?{d}\.\s?0?{m}\.\s?{y}(?!\d)", f"{d}. {de} {y}"),
        (rf"(?<!\d){d}\.\s+{de}\s+{y}(?!\d)", f"{d:02d}.{m:02d}.{y}"),
        (rf"\b{en[:3]}\w*\.?\s+{d},\s+{y}(?!\d)", f"{d} {en} {y}"),
        (rf"(?<!\d){d}\s+{en[:3]}\w*\.?\s+{y}(?!\d)", f"{en} {d}, {y}"),
        (rf"(?<!\d){y}-{m:02d}-{d:02d}(?!\d)", f"{en} {d}, {y}" if gold.get("language") == "en" else f"{d}. {de} {y}"),
    ]
    head = text[:1500]
    best = None
    for pattern, replacement in forms:
        if (match := re.search(pattern, head)) and (best is None or match.start() < best[0].start()):
            best = (match, replacement)
    if best is None:
        return text
    match, replacement = best
    return text[:match.start()] + replacement + text[match.end():]


# First names the gazetteer (gender-guesser) does not know: real names of other languages.
_UNKNOWN_FIRST_NAMES = ("Durga", "Chidi", "Ngozi", "Thandiwe", "Kwabena", "Ifeoma", "Olusegun", "Dagrun", "Wiremu",
                        "Nkechi", "Amaru", "Folake", "Kalinda")


def _gold_people(gold: dict) -> list[str]:
    names = [e["name"] for e in gold.get("experts") or []] + list(gold.get("authors") or [])
    return list(dict.fromkeys([*names, *(gold.get("other_people") or [])]))


def unknown_first_names(text: str, gold: dict) -> tuple[str, dict[str, str]]:
    """Every person of the gold with a first name the gazetteer does not know, wherever the text prints the
    whole name ('Lewis Tunstall' -> 'Chidi Tunstall'): people are found by what the text says of them, not by
    a list of names. Returns the text and the renaming (old -> new)."""
    renames: dict[str, str] = {}
    for k, name in enumerate(_gold_people(gold)):
        words = str(name).split()
        if len(words) < 2 or re.fullmatch(r"[A-Z]\.?|[A-Z]{2,3}", words[0]):
            continue
        new_first = _UNKNOWN_FIRST_NAMES[(zlib.crc32(str(name).encode()) + k) % len(_UNKNOWN_FIRST_NAMES)]
        rest = r"\s+".join(map(re.escape, words[1:]))
        pattern = re.compile(rf"\b{re.escape(words[0])}(?=\s+{rest}\b)")
        text, n = pattern.subn(new_first, text)
        upper = re.compile(rf"\b{re.escape(words[0].upper())}(?=\s+{re.escape(' '.join(words[1:]).upper())}\b)")
        text, m = upper.subn(new_first.upper(), text)  # a transcript's label in capitals ('Mr. ANNA BECK:')
        n += m
        if n:
            renames[str(name)] = " ".join([new_first, *words[1:]])
    return text, renames


_TITLES_BEFORE = re.compile(r"(?:(?<![\w-])(?:Prof\.|Professor(?:in)?|Dr\.(?:-Ing\.)?|Dr\.\s?med\.|Dr\.\s?rer\.\s?nat\.|PD|Priv\.-Doz\.|"
                            r"Dipl\.-Ing\.|Mag\.|Mr\.|Mrs\.|Ms\.|Frau|Herr)\s*)+$")


def no_titles(text: str, gold: dict) -> str:
    """The academic titles and honorifics before the gold's people dropped ('Prof. Dr. Anna Beck' -> 'Anna Beck'),
    as English texts and many sites print names: an expert is found by what the text says, not by a title."""
    for name in _gold_people(gold):
        words = str(name).split()
        if len(words) < 2:
            continue
        pattern = re.compile(r"\s+".join(map(re.escape, words)))
        out, last = [], 0
        for match in pattern.finditer(text):
            before = text[last:match.start()]
            title = _TITLES_BEFORE.search(before)
            out.append(before[:title.start()] if title else before)
            out.append(match.group(0))
            last = match.end()
        out.append(text[last:])
        text = "".join(out)
    return text


def renamed_gold(gold: dict, renames: dict[str, str]) -> dict:
    """The gold entry with the people renamed."""
    out = dict(gold)
    out["experts"] = [{**e, "name": renames.get(e["name"], e["name"])} for e in gold.get("experts") or []]
    out["authors"] = [renames.get(a, a) for a in gold.get("authors") or []]
    out["other_people"] = [renames.get(p, p) for p in gold.get("other_people") or []]
    title = gold.get("title")
    for old, new in renames.items():  # a headline that names a person names them renamed
        if isinstance(title, str):
            title = re.sub(rf"\b{re.escape(old.split()[0])}(?=\s+{re.escape(' '.join(old.split()[1:]))}\b)",
                           new.split()[0], title)
    out["title"] = title
    return out


# Perturbations that rename people: they give the text and the renaming, and the gold follows it.
RENAMINGS: dict[str, Callable[[str, dict], tuple[str, dict[str, str]]]] = {"unknown_first_names": unknown_first_names}

PERTURBATIONS: dict[str, Callable[[str, dict], str]] = {f.__name__: f for f in (
    single_newlines, blank_between_lines, joined_lines, hard_wrapped, pdf_pages, no_markup, crlf_trailing,
    site_menu, site_footer, straight_quotes, breadcrumb, header_chrome, photo_caption, date_reformatted, no_titles)}
PERTURBATIONS.update(dict.fromkeys(RENAMINGS))  # (run through `perturb_with_renames`)


def perturb(text: str, name: str, gold: dict | str) -> str:
    """Apply a perturbation to the body only: a Markdown file's front matter is the author's and stays.
    `gold` is the document's gold entry (its language, title, date and people), or its language alone."""
    return perturb_with_renames(text, name, gold)[0]


def perturb_with_renames(text: str, name: str, gold: dict | str) -> tuple[str, dict[str, str]]:
    gold = {"language": gold} if isinstance(gold, str) else gold
    front = ""
    if m := re.match(r"---\n.*?\n---\n", text, re.S):
        front, text = m.group(0), text[m.end():]
    if name in RENAMINGS:
        body, renames = RENAMINGS[name](text, gold)
        return front + body, renames
    return front + PERTURBATIONS[name](text, gold), {}


# --- running ---------------------------------------------------------------------------------

def _run(set_name: str, perturbation: str | None) -> dict:
    from briefing.config import load_config

    gold_path, folder = evaluate.SETS[set_name]
    config = load_config(ROOT / "briefing.yml")
    if perturbation is None:
        return evaluate.evaluate_set(set_name, gold_path, folder, config)
    gold = evaluate.load_gold(gold_path)
    renamed, back = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        for entry in gold:
            source = folder / entry["file"]
            text = source.read_bytes().decode("utf-8-sig")
            text, renames = perturb_with_renames(text, perturbation, entry)
            (Path(tmp) / entry["file"]).write_bytes(text.encode("utf-8"))
            renamed.append(renamed_gold(entry, renames))
            back[entry["file"]] = {new: old for old, new in renames.items()}
        if perturbation in RENAMINGS:
            gold_path = Path(tmp) / "_gold.yml"
            gold_path.write_text(yaml.safe_dump(renamed, allow_unicode=True), encoding="utf-8")
        result = evaluate.evaluate_set(set_name, gold_path, Path(tmp), config)
    for row in result["per_document"]:  # the names found, as the original gold prints them
        names = back.get(row["file"], {})
        row["experts"] = {k: [names.get(n, n) for n in v] for k, v in row["experts"].items()}
    for m in (m for f in result["fields"].values() for m in f["mismatches"]):
        if isinstance(m["gold"], list):
            names = back.get(m["file"], {})
            m["gold"] = [names.get(n, n) for n in m["gold"]]
            m["found"] = [names.get(n, n) for n in m["found"] or []]
    return result


def _outcomes(result: dict) -> dict[str, dict]:
    rows = {}
    for row in result["per_document"]:
        rows[row["file"]] = {**row["fields"], "experts": set(row["experts"]["found"])}
    return rows


def compare(base: dict, variant: dict) -> dict:
    """Per field the documents broken and mended; for experts the hits lost and gained, and false positives."""
    a, b = _outcomes(base), _outcomes(variant)
    out = {f: {"broken": [], "mended": []} for f in FIELDS}
    for file, before in a.items():
        after = b[file]
        for f in FIELDS:
            if before[f] and not after[f]:
                out[f]["broken"].append(file)
            elif after[f] and not before[f]:
                out[f]["mended"].append(file)
    lost = [(file, n) for file in a for n in sorted(a[file]["experts"] - b[file]["experts"])]
    gained = [(file, n) for file in a for n in sorted(b[file]["experts"] - a[file]["experts"])]
    out["experts"] = {"lost": lost, "gained": gained, "fp": variant["experts"]["fp"] - base["experts"]["fp"]}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", help="a tuned set (repeatable); default: every tuned set")
    parser.add_argument("--only", action="append", choices=list(PERTURBATIONS), help="a perturbation (repeatable)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("-v", "--verbose", action="store_true", help="name every broken field with gold and found")
    args = parser.parse_args(argv)

    tuned = evaluate.GROUPS["tuned"]()
    names = args.set or tuned
    if closed := [n for n in names if n not in tuned]:
        parser.error(f"not a tuned set: {', '.join(closed)} (sealed sets are never perturbed)")
    perturbations = args.only or list(PERTURBATIONS)
    jobs = [(n, p) for p in (None, *perturbations) for n in names]
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        results = dict(zip(jobs, pool.map(_run, *zip(*jobs))))

    total_docs = sum(results[(n, None)]["documents"] for n in names)
    print(f"{total_docs} documents of {len(names)} tuned sets; broken / mended per field against the original")
    print(f"{'perturbation':<22}" + "".join(f"{f:>11}" for f in FIELDS) + "    experts lost/gained, fp")
    totals = {f: 0 for f in FIELDS}
    for p in perturbations:
        diffs = [compare(results[(n, None)], results[(n, p)]) for n in names]
        cells = []
        for f in FIELDS:
            broken = sum(len(d[f]["broken"]) for d in diffs)
            mended = sum(len(d[f]["mended"]) for d in diffs)
            totals[f] += broken
            cells.append(f"{broken:>4} / {mended:<4}")
        lost = sum(len(d["experts"]["lost"]) for d in diffs)
        gained = sum(len(d["experts"]["gained"]) for d in diffs)
        fp = sum(d["experts"]["fp"] for d in diffs)
        print(f"{p:<22}" + "".join(f"{c:>11}" for c in cells) + f"    {lost} / {gained}, {fp:+d}")
        if args.verbose:
            for n, d in zip(names, diffs):
                rows = {r["file"]: r for r in results[(n, p)]["per_document"]}
                mismatches = {(m["file"], f): m for f in FIELDS
                              for m in results[(n, p)]["fields"][f]["mismatches"]}
                for f in FIELDS:
                    for file in d[f]["broken"]:
                        m = mismatches[(file, f)]
                        print(f"    {f:<10} {n}/{file}: gold {m['gold']!r} | found {m['found']!r}")
                for file, name in d["experts"]["lost"]:
                    print(f"    expert     {n}/{file}: lost {name!r}; extra {rows[file]['experts']['false_positives']}")
    print(f"{'total broken':<22}" + "".join(f"{totals[f]:>11}" for f in FIELDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
