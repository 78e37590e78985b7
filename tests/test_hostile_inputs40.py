"""The forty-first session's attack (attack40) on what the last attackers left and did not reach:
each hole a test written before its fix; a time is two sizes' CPU seconds compared, never a
wall-clock limit."""

from __future__ import annotations

import random

from test_hostile_inputs37 import _linear  # (CPU seconds of two sizes, one run)


# --- one long claimant in the "Claimed by" filter ---------------------------------------------------
# The filter's words were a trie walked from every place a word may start, as deep as it matched:
# a claimant of 8,000 characters ("a a a ...") chosen from the list (so the word is the claimant)
# took 4 s, x18 for x4 (each of its 4,000 word starts walked thousands of characters). The words
# are now an Aho-Corasick automaton read once over each claimant (`geo.claimants._Words`).
def test_one_long_claimant_costs_its_length():
    from geo import claimants

    def ask(n: int) -> tuple:
        name = ("a " * n)[:n]
        return (
            claimants.holds([name], [name]),
            claimants.chosen([name], [name]),
            claimants.unknown([name], [name]),
        )

    _linear(ask, 2_000, 8_000, factor=8)


def test_claimant_words_found_as_the_walk_found_them():
    from geo import claimants

    def walk(words: list[str], text: str) -> set[str]:  # the former walk, from each word start
        folded = {claimants._fold(w) for w in words} - {""}
        return {
            text[i:j]
            for i in range(len(text))
            for j in range(i + 1, len(text) + 1)
            if text[i:j] in folded
            and not (i and claimants._is_word(text[i - 1]))
            and not (j < len(text) and claimants._is_word(text[j]))
        }

    rng = random.Random(40)
    for _ in range(3_000):
        words = ["".join(rng.choice("ab (_).") for _ in range(rng.randint(0, 5))) for _ in range(4)]
        text = "".join(rng.choice("ab (_).") for _ in range(rng.randint(0, 20)))
        assert claimants._Words(words).found(text) == walk(words, text), (words, text)
