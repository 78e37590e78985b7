"""The fortieth session's attack (attack39) on the entry points: what it found, each a test
written before its fix; a time is two sizes' CPU seconds compared, never a wall-clock limit."""

from __future__ import annotations

from test_hostile_inputs37 import _linear  # (CPU seconds of two sizes, one run)


# --- the "Claimed by" filter of many words ------------------------------------------------------
# A `?claimed_by=` link or `--claimed-by` words were one pattern of all the words, tried at every
# place of every claimant (and `chosen`/`unknown` searched all claimants once per word): 4,000
# words against 2,000 claimants took 5.8 s, x4.3 for x4 words. The words are now a trie walked
# once per claimant (`geo.claimants._Words`): n words against n claimants cost n, not n squared.
def test_many_claimant_words_cost_their_sum_not_their_product():
    from geo import claimants

    def ask(n: int) -> tuple:
        words = [f"word{i} of defence" for i in range(n)]
        names = [f"Ministry of Defence unit {i} (Telegram)" for i in range(n)]
        return (
            claimants.holds(names, words),
            claimants.unknown(words, names),
            claimants.chosen(words, names),
        )

    _linear(ask, 500, 4_000, factor=20)


def test_claimant_words_keep_their_meaning():
    from geo import claimants

    names = ["Ivan Fedorov", "Mayor of Kyiv (Telegram)", "Russian Telegram channels", "UN"]
    assert claimants.holds(names, ["TELEGRAM"]) == [False, True, True, False]
    assert claimants.holds(names, ["(telegram)"]) == [False, True, False, False]
    assert claimants.holds(names, ["fedor", "tele"]) == [False] * 4  # whole words only
    assert claimants.holds(names, ["  ivan   fedorov "]) == [True, False, False, False]
    assert claimants.holds(names, ["u", "un"]) == [False, False, False, True]
    assert claimants.holds(names, []) == [False] * 4
    assert claimants.unknown(["of kyiv", "kyiv (", "nobody", " "], names) == ["kyiv (", "nobody"]
    assert claimants.chosen(["ivan fedorov", "channels"], names) == ["Ivan Fedorov", "channels"]
