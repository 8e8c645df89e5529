"""Compare HTML encoding sniffers on cases with a known right answer, and time them.

    python benchmarks/bench_encoding.py

The right answer is what a browser decodes (WHATWG encoding sniffing). Candidates:
medlint.reading (html5lib's spec prescan + webencodings labels + UTF-8-else-1252
fallback), w3lib.encoding.html_to_unicode (regex over the first 4 KB, its own label
table) and charset-normalizer (statistical detection, no markup knowledge). Prints per
candidate the cases it decodes to the browser's text and the time per 60 kB page as a
ratio to ``bytes.decode("utf-8")`` of the same page.
"""

from __future__ import annotations

import time
from collections.abc import Callable

TEXT = "Café au lait spots — “neurofibromatosis” · 5 µg · naïve · 100 °F "


def _page(head: str, body: str = TEXT, pad: int = 0) -> str:
    return f"<!DOCTYPE html><html><head>{' ' * pad}{head}<title>t</title></head><body><p>{body}</p>"


def cases() -> list[tuple[str, bytes, str]]:
    """(name, bytes, the text a browser shows)."""
    out: list[tuple[str, bytes, str]] = []

    def add(name: str, text: str, encoding: str, prefix: bytes = b"") -> None:
        out.append((name, prefix + text.encode(encoding), text))

    add("meta charset=iso-8859-1 (bytes cp1252)", _page('<meta charset="iso-8859-1">'), "cp1252")
    add("meta charset=latin1", _page("<meta charset=latin1>"), "cp1252")
    add("meta charset=us-ascii", _page('<meta charset="us-ascii">'), "cp1252")
    add(
        "http-equiv iso-8859-1",
        _page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'),
        "cp1252",
    )
    add(
        "content before http-equiv",
        _page("<meta content='text/html; charset=windows-1252' http-equiv='content-type'>"),
        "cp1252",
    )
    add("no declaration, cp1252 bytes", _page(""), "cp1252")
    add("no declaration, utf-8 bytes", _page(""), "utf-8")
    add("meta charset=utf-8", _page('<meta charset="utf-8">'), "utf-8")
    add(
        "utf-8 BOM beats meta 1252",
        _page('<meta charset="windows-1252">'),
        "utf-8",
        b"\xef\xbb\xbf",
    )
    text16 = _page('<meta charset="utf-8">')
    out.append(("utf-16le BOM", b"\xff\xfe" + text16.encode("utf-16-le"), text16))
    out.append(("utf-16be BOM", b"\xfe\xff" + text16.encode("utf-16-be"), text16))
    add(
        "declaration in a comment is ignored (cp1252 bytes, utf-8 real)",
        _page('<!-- <meta charset="windows-1252"> -->'),
        "utf-8",
    )
    add(
        "meta after 1024 bytes is not seen; valid utf-8",
        _page('<meta charset="iso-8859-1">', pad=1100),
        "utf-8",
    )
    add("meta charset=utf-16 means utf-8", _page('<meta charset="utf-16">'), "utf-8")
    add("koi8-r declared", _page('<meta charset="koi8-r">', body="Привет мир"), "koi8-r")
    return out


def medlint_reading(data: bytes) -> str | None:
    from medlint.reading import decode

    return decode(data, "html").text


def w3lib_sniffer(data: bytes) -> str | None:
    from w3lib.encoding import html_to_unicode

    return html_to_unicode(None, data)[1]


def charset_normalizer(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return str(best) if best is not None else None


CANDIDATES: dict[str, Callable[[bytes], str | None]] = {
    "medlint.reading (html5lib prescan)": medlint_reading,
    "w3lib.html_to_unicode": w3lib_sniffer,
    "charset-normalizer": charset_normalizer,
}


def main() -> None:
    all_cases = cases()
    page = _page('<meta charset="windows-1252">', body=TEXT * 900).encode("cp1252")
    utf8_page = _page("", body=TEXT * 900).encode("utf-8")
    start = time.perf_counter()
    for _ in range(500):
        utf8_page.decode("utf-8")
    reference = (time.perf_counter() - start) / 500
    print(
        f"{len(all_cases)} cases; page {len(page) // 1024} kB; reference utf-8 decode "
        f"{reference * 1e6:.0f} us"
    )
    for name, sniff in CANDIDATES.items():
        wrong = []
        for case, data, expected in all_cases:
            try:
                got = sniff(data)
            except Exception as exc:  # a crash is a wrong answer
                got = f"crash {exc}"
            if got is None or got.lstrip("\ufeff") != expected:
                wrong.append(case)
        runs = 50
        start = time.perf_counter()
        for _ in range(runs):
            sniff(page)
        per_page = (time.perf_counter() - start) / runs
        print(
            f"\n{name}: {len(all_cases) - len(wrong)}/{len(all_cases)} right; "
            f"{per_page * 1e3:.2f} ms per page = {per_page / reference:.2f}x utf-8 decode"
        )
        for case in wrong:
            print(f"  wrong: {case}")


if __name__ == "__main__":
    main()
