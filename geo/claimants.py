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
    """Folded words as an Aho-Corasick automaton of characters, found as whole words in a text
    in one pass: the cost is the text's length plus the words found, whatever the number of
    words and their length. (One pattern of all the words tried at each place cost words x
    claimants, 4,000 words against 2,000 claimants 5.8 s, attack39; a trie walked from each
    place a word may start cost the text times the depth walked, one claimant of 8,000
    characters chosen from the list 4 s, x18 for x4, attack40; the words ending at each place
    read along the output links, "a", "a a", "a a a" ... in a claimant "a a a ...", cost the
    text times the words, x8.5 for x4, review40: the links hold whole words only, and a word
    found is not read again.)"""

    def __init__(self, words: Iterable[str]) -> None:
        self.goto: list[dict[str, int]] = [{}]
        self.word: list[str | None] = [None]
        self.last: list[str] = [""]  # the character that leads to each node
        for w in dict.fromkeys(_fold(w) for w in words):
            if w:
                self._add(w)
        self.empty = len(self.goto) == 1
        self.fail, self.whole = self._links()

    def _add(self, w: str) -> None:
        node = 0
        for ch in w:
            if ch not in self.goto[node]:
                self.goto.append({})
                self.word.append(None)
                self.last.append(ch)
                self.goto[node][ch] = len(self.goto) - 1
            node = self.goto[node][ch]
        self.word[node] = w

    def _links(self) -> tuple[list[int], list[int]]:
        """Each node's failure link (its longest proper suffix in the trie) and its whole-word
        link: the longest proper suffix of the node's text that is a word and follows a
        character that is no word's in it (so a whole word wherever the node's text ends a
        word), -1 for none. The character before each failure link's text in its node's text
        (``before``) tells it without reading the node's text."""
        size = len(self.goto)
        fail, whole, before = [0] * size, [-1] * size, [""] * size
        queue = list(self.goto[0].values())
        for node in queue:  # breadth first: a node's links are set before its children's
            for ch, child in self.goto[node].items():
                g, f = node, fail[node]
                while f and ch not in self.goto[f]:
                    g, f = f, fail[f]
                fail[child] = y = self.goto[f].get(ch, 0)
                if y:  # (the suffix f of g's text ends where g's does: what came before it)
                    before[child] = before[g] if f else self.last[node]
                    own = self.word[y] is not None and not _is_word(before[child])
                    whole[child] = y if own else whole[y]
                queue.append(child)
        return fail, whole

    def found(self, text: str, first: bool = False) -> set[str]:
        """The words found in folded ``text`` as whole words (only the first when ``first``)."""
        found: set[str] = set()
        read: dict[int, int] = {}  # a word found: the whole-word link past it
        node, n = 0, len(text)
        for j, ch in enumerate(text):
            while node and ch not in self.goto[node]:
                node = self.fail[node]
            node = self.goto[node].get(ch, 0)
            if j + 1 < n and _is_word(text[j + 1]):
                continue  # no word ends inside a word
            w = self.word[node]
            if w is not None and (j + 1 == len(w) or not _is_word(text[j - len(w)])):
                found.add(w)
                if first:
                    return found
            k = _unread(self.whole[node], read)
            while k != -1:
                found.add(self.word[k] or "")
                if first:
                    return found
                read[k] = self.whole[k]
                k = _unread(read[k], read)
        return found


def _unread(k: int, read: dict[int, int]) -> int:
    """The first node from ``k`` along the whole-word links whose word is not found yet (the
    path read shortened, as a union-find's)."""
    path = []
    while k in read:
        path.append(k)
        k = read[k]
    for p in path:
        read[p] = k
    return k


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
