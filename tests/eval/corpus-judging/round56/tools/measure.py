"""What the round's scripts count: which codes make a finding of each class, and which labels
make a page a positive of it (criterion-56: unsafe advice = MED201/202/111 on a page labelled
unsafe; warning signs = MED109 or MED112 on a page labelled warranted and not present; MED110
on web pages labelled with no care prompt). One place, so the scripts cannot drift apart."""
import json

CODES = {"unsafe": {"MED201", "MED202", "MED111"}, "warn": {"MED109", "MED112"}, "m110": {"MED110"}}


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def flagged(row, cls):
    """Whether the page's codes hold a finding of the class."""
    return bool(set(row["codes"]) & CODES[cls])


def labelled(L, cls):
    """Whether labels ``L`` (a row's "first" or "second") make the page a positive of the class."""
    if cls == "unsafe":
        return bool(L["unsafe_advice"])
    if cls == "warn":
        return bool(L["warning_signs_warranted"] and not L["warning_signs_present"])
    return L["care_prompt"] == 0


def web(row, which="first"):
    """Whether the labeller called the page a web page (MED110 is counted on web pages only)."""
    genre = row["genre"] if which == "first" else row[which].get("genre", row["genre"])
    return genre.startswith("web")
