"""Who claims an event, as a filter: the claimants the events name, and which of them a word keeps.

An investigator's first question of a claim is who makes it ("everything the regional
administration says", "what Russian Telegram channels claim"), and the events' ``claimed_by``
was shown in every popup, table and export but could be chosen by no filter, link or command
(newuser37). A word keeps the events whose claimant holds it as whole words, in any case:
"Fedorov" keeps "Ivan Fedorov", "telegram" keeps "Russian Telegram channels" and "Mayor of Kyiv
(Telegram)", "Ministry of Defence" both ministries; a claimant chosen from the list is such a
word too, and keeps itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import pandas as pd


def _fold(text: str) -> str:
    """``text`` as claimants are compared: spaces collapsed, case folded."""
    return " ".join(str(text).split()).casefold()


def _is_word(ch: str) -> bool:
    """Whether ``ch`` is a word character (as a regular expression's ``\\w``)."""
    return ch.isalnum() or ch == "_"


class _Words:
    """Folded words as a trie of characters, found as whole words in a text by walking the trie
    from each place a word may start: the cost is the text's length times the depth walked,
    whatever the number of words (one pattern of all the words, tried at each place, cost words
    x claimants: 4,000 words against 2,000 claimants took 5.8 s, attack39)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.root: dict[str, dict] = {}
        for w in dict.fromkeys(_fold(w) for w in words):
            node = self.root
            for ch in w:
                node = node.setdefault(ch, {})
            if w:
                node[""] = {}  # a word ends here
        self.empty = not self.root

    def found(self, text: str, first: bool = False) -> set[str]:
        """The words found in folded ``text`` as whole words (only the first when ``first``)."""
        out: set[str] = set()
        for i in range(len(text)):
            if i and _is_word(text[i - 1]):
                continue
            node, j = self.root, i
            while node:
                if "" in node and (j == len(text) or not _is_word(text[j])):
                    out.add(text[i:j])
                    if first:
                        return out
                if j == len(text) or text[j] not in node:
                    break
                node, j = node[text[j]], j + 1
        return out


def holds(values: Sequence[str], words: Iterable[str]) -> list[bool]:
    """Whether each claimant of ``values`` holds one of ``words`` (whole words, any case)."""
    trie = _Words(words)
    if trie.empty:
        return [False] * len(values)
    return [bool(trie.found(_fold(v), first=True)) for v in values]


def menu(column: pd.Series) -> list[str]:
    """The claimants of ``column`` (events' ``claimed_by``), the most frequent first, then by
    name, each once."""
    named = column.dropna().astype(str).str.strip()
    counts = named[named != ""].value_counts()
    return sorted(counts.index, key=lambda c: (-int(counts[c]), c.casefold()))


def _held_by(options: Sequence[str]) -> Callable[[Iterable[str]], set[str]]:
    """The folded words of a list that some option holds (whole words, any case): each option
    walked once through the words' trie, so a link of thousands of words against thousands of
    claimants costs their sum, not their product."""
    folded = [_fold(o) for o in options]

    def held(words: Iterable[str]) -> set[str]:
        trie = _Words(words)
        return set() if trie.empty else {w for o in folded for w in trie.found(o)}

    return held


def chosen(words: Sequence[str], options: Sequence[str]) -> list[str]:
    """The filter's values for ``words``: an option spelt so in any case as the option, another
    word as typed when some option holds it, a word none holds left out (:func:`unknown`)."""
    by_fold = {o.casefold(): o for o in options}
    spelt = list(dict.fromkeys(" ".join(w.split()) for w in words))
    held = _held_by(options)(spelt)
    out: list[str] = []
    for word in spelt:
        found = by_fold.get(word.casefold()) or (word if _fold(word) in held else None)
        if found and found not in out:
            out.append(found)
    return out


def unknown(words: Sequence[str], options: Sequence[str]) -> list[str]:
    """The ``words`` no claimant among ``options`` holds."""
    held = _held_by(options)(words)
    return [w for w in words if w.strip() and _fold(w) not in held]
