#!/usr/bin/env python3
"""Keeps the Redact library's public API to what tools/api/public-api.txt lists.

    tools/api/narrow-access.py --check   # lists public declarations not in the list (exit 1 if any)
    tools/api/narrow-access.py --apply   # turns each of them into `package`, enables PublicAPITests
    tools/api/narrow-access.py --list    # prints every public declaration's path

Everything else in Sources/Redact that says `public` becomes `package`: the CLI, the tools and
the tests are targets of this package and still see it; users of the library do not. The
separate FuzzTesting/ package reaches it with `@testable import Redact` (debug builds, which
fuzzing uses, are built with testing enabled).

A declaration is named by its path from the top level (`RecordProcessor.ScanFinding.path`);
functions and initializers carry their argument labels (`RedactionEngine.init(policy:key:)`);
members of an extension are named by the extended type. See the list's header for the syntax.
`public` on an extension itself (`public extension X`) is not used in this code base and is
refused, as are `open` and `@inlinable`/`@usableFromInline` on a declaration that would become
`package` (none today): each needs a decision, not a rewrite.

The scanner is lexical: it blanks comments and string literals (plain, multi-line, raw, with
interpolations), tracks braces, and reads each type's or extension's name from the text before
its brace. It is enough for this code base's style (swift-format), not for any Swift.
"""

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "Sources" / "Redact"
LIST = ROOT / "tools" / "api" / "public-api.txt"
TEST = ROOT / "Tests" / "RedactTests" / "PublicAPITests.swift"
# The trait that keeps PublicAPITests off until --apply has run (it removes the line).
DISABLED_TRAIT = '.disabled("enable with tools/api/narrow-access.py --apply")'

# Members that satisfy a standard protocol's requirement: a public type must keep them public.
WITNESSES = {"description", "debugDescription", "==(_:_:)", "<(_:_:)", "hash(into:)", "hashValue", "errorDescription"}

TYPE_KEYWORDS = ("struct", "enum", "class", "protocol", "actor", "extension")
MODIFIERS = {
    "static", "final", "mutating", "nonmutating", "override", "convenience", "required",
    "nonisolated", "lazy", "indirect", "dynamic", "class", "consuming", "borrowing",
    "private(set)", "fileprivate(set)", "internal(set)", "package(set)",
}


def blank(source: str) -> str:
    """The source with every comment and string literal replaced by spaces (newlines kept)."""
    out = list(source)
    n = len(source)

    def wipe(start, end):
        for k in range(start, end):
            if out[k] != "\n":
                out[k] = " "

    def skip_string(i):
        """i is at the opening quote (or the first '#' of a raw string); returns the index after it."""
        hashes = 0
        while source[i] == "#":
            hashes += 1
            i += 1
        multi = source.startswith('"""', i)
        i += 3 if multi else 1
        close = ('"""' if multi else '"') + "#" * hashes
        while i < n:
            c = source[i]
            if c == "\\" and hashes == 0:
                if i + 1 < n and source[i + 1] == "(":
                    i = skip_code(i + 2, ")")
                    continue
                i += 2
                continue
            if source.startswith(close, i):
                return i + len(close)
            i += 1
        return n

    def skip_code(i, terminator):
        """Code inside an interpolation up to its closing parenthesis; returns the index after it."""
        depth = 0
        while i < n:
            c = source[i]
            if c == '"' or (c == "#" and re.match(r'#+"', source[i:i + 8])):
                i = skip_string(i)
                continue
            if c == "(":
                depth += 1
            elif c == ")":
                if depth == 0:
                    return i + 1
                depth -= 1
            i += 1
        return n

    i = 0
    while i < n:
        c = source[i]
        if source.startswith("//", i):
            end = source.find("\n", i)
            end = n if end < 0 else end
            wipe(i, end)
            i = end
        elif source.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if source.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif source.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            wipe(i, j)
            i = j
        elif c == '"' or (c == "#" and re.match(r'#+"', source[i:i + 8])):
            j = skip_string(i)
            wipe(i, j)
            i = j
        else:
            i += 1
    return "".join(out)


def argument_labels(text: str, start: int) -> str:
    """`(a:b:_:)` for the parameter clause that starts at or after `start` (after any generics)."""
    i = start
    if text[i:].lstrip().startswith("<"):
        i = text.index("<", i)
        depth = 0
        while True:
            if text[i] == "<":
                depth += 1
            elif text[i] == ">" and text[i - 1] != "-":
                depth -= 1
                if depth == 0:
                    i += 1
                    break
            i += 1
    i = text.index("(", i)
    depth, j, params, current = 0, i, [], []
    while True:
        c = text[j]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
            if depth == 0:
                params.append("".join(current))
                break
        if depth == 1 and c == ",":
            params.append("".join(current))
            current = []
        elif depth >= 1 and not (depth == 1 and c == "("):
            current.append(c)
        j += 1
    labels = []
    for param in params:
        head = param.split(":", 1)[0].split()
        if not head or ":" not in param:
            continue
        labels.append(head[0])
    return "(" + "".join(f"{label}:" for label in labels) + ")"


def declarations(path: Path):
    """Yields (declaration path, offset of its `public` keyword, kind) for one file."""
    source = path.read_text()
    text = blank(source)
    scopes = []  # (name or None, depth at which it opened)
    boundary = 0
    i = 0
    n = len(text)
    token = re.compile(r"[{}]|\bpublic\b|\bopen\b(?=\s+(class|func|var))")
    while True:
        m = token.search(text, i)
        if not m:
            break
        i = m.end()
        if m.group() == "{":
            header = text[boundary:m.start()]
            boundary = m.end()
            found = None
            for decl in re.finditer(r"\b(struct|enum|class|protocol|actor|extension)\s+([A-Za-z_][\w.]*)", header):
                if decl.group(2) in ("func", "var", "let"):
                    continue
                found = decl
            if found and not re.search(r"\b(func|var|let|init|subscript|case)\b", header[found.end():]):
                scopes.append(found.group(2))
            else:
                scopes.append(None)
            continue
        if m.group() == "}":
            if scopes:
                scopes.pop()
            boundary = m.end()
            continue
        if m.group().startswith("open"):
            raise SystemExit(f"{path}: `open` at offset {m.start()}: decide its access by hand")
        if any(scope is None for scope in scopes):
            continue  # inside a function body: not a declaration of the module
        rest = text[m.end():]
        words = re.finditer(r"@\w+(\([^)]*\))?|(?:private|fileprivate|internal|package)\(set\)|[^\s(<:{=]+", rest)
        kind = None
        for w in words:
            word = w.group()
            if word == "class" and not re.match(r"\s+(func|var|subscript)\b", rest[w.end():]):
                pass
            elif word.startswith("@") or word in MODIFIERS:
                continue
            kind = word
            after = m.end() + w.end()
            break
        context = [s for s in scopes]
        if kind in ("struct", "enum", "class", "protocol", "actor", "typealias"):
            name = re.match(r"\s*([A-Za-z_]\w*)", text[after:]).group(1)
        elif kind in ("var", "let"):
            name = re.match(r"\s*`?([A-Za-z_]\w*)", text[after:]).group(1)
        elif kind == "func":
            name_match = re.match(r"\s*`?([A-Za-z_]\w*`?|[-+*/%<>=!&|^~?.]+)", text[after:])
            labels = argument_labels(text, after + name_match.end())
            if not re.match(r"[A-Za-z_`]", name_match.group(1)):
                labels = re.sub(r"[^(:)]+:", "_:", labels)  # operators take no argument labels
            name = name_match.group(1).strip("`") + labels
        elif kind in ("init", "init?", "init!", "subscript"):
            name = kind.rstrip("?!") + argument_labels(text, after)
        elif kind == "extension":
            raise SystemExit(f"{path}: `public extension` at offset {m.start()}: mark its members instead")
        else:
            raise SystemExit(f"{path}: cannot read the declaration after `public` at offset {m.start()}: {rest[:60]!r}")
        line_start = text.rfind("\n", 0, m.start())
        previous = text[text.rfind("\n", 0, max(line_start, 0)) + 1:line_start] if line_start > 0 else ""
        own = previous if previous.strip().startswith("@") else ""
        attributes = re.findall(r"@(inlinable|usableFromInline|frozen)", own + text[line_start + 1:m.start()] + rest[:w.start()])
        yield ".".join(context + [name]), m.start(), kind, attributes


def read_list():
    entries = set()
    for line in LIST.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            entries.add(line)
    return entries


def kept(name: str, entries: set, kept_types: set) -> bool:
    if name in entries or name + ".*" in entries:
        return True
    parts = name.split(".")
    for k in range(1, len(parts)):
        if ".".join(parts[:k]) + ".*" in entries:
            return True
    parent = ".".join(parts[:-1])
    return parts[-1] in WITNESSES and parent in kept_types


def survey():
    entries = read_list()
    found = []
    for path in sorted(SOURCES.rglob("*.swift")):
        for name, offset, kind, attributes in declarations(path):
            found.append((path, name, offset, kind, attributes))
    kept_types = {name for _, name, _, kind, _ in found if kind in ("struct", "enum", "class", "protocol", "actor")}
    kept_types = {t for t in kept_types if kept(t, entries, set())}
    return entries, found, kept_types


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--check", action="store_true")
    group.add_argument("--apply", action="store_true")
    group.add_argument("--list", action="store_true")
    args = parser.parse_args()
    entries, found, kept_types = survey()
    if args.list:
        for path, name, _, kind, _ in found:
            print(f"{name}\t{kind}\t{path.relative_to(ROOT)}")
        return 0
    extra = [(p, name, off, attrs) for p, name, off, _, attrs in found if not kept(name, entries, kept_types)]
    matched = {name for _, name, _, _, _ in found}
    stale = sorted(
        e for e in entries
        if not (e.endswith(".*") and e[:-2] in matched) and e not in matched)
    public_count = len(found)
    if args.check:
        for path, name, _, _ in extra:
            print(f"not in tools/api/public-api.txt: {name} ({path.relative_to(ROOT)})")
        for entry in stale:
            print(f"listed but not declared public: {entry}")
        print(f"{public_count} public declarations, {public_count - len(extra)} listed", file=sys.stderr)
        return 1 if extra or stale else 0
    if stale:
        for entry in stale:
            print(f"listed but not declared: {entry}", file=sys.stderr)
        return 1
    for path, name, _, attrs in extra:
        if attrs:
            raise SystemExit(f"{path}: {name} is @{attrs[0]}: decide by hand before narrowing it")
    by_file = {}
    for path, name, offset, _ in extra:
        by_file.setdefault(path, []).append(offset)
    for path, offsets in by_file.items():
        source = path.read_text()
        for offset in sorted(offsets, reverse=True):
            assert source[offset:offset + 6] == "public", (path, offset)
            source = source[:offset] + "package" + source[offset + 6:]
        path.write_text(source)
    if TEST.exists():
        test = TEST.read_text()
        TEST.write_text(test.replace(f"@Test({DISABLED_TRAIT})", "@Test"))
    print(f"{public_count} public declarations before, {public_count - len(extra)} after; "
          f"{len(extra)} made package in {len(by_file)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
