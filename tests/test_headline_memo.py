"""Whether a sentence is a title line, kept per report (several readers ask it of one sentence):
the kept answer is the reading's own, on development sentences, forgotten at the next report,
and a long paste is read in time linear in it."""

from __future__ import annotations

from pathlib import Path

from geo.extract import report_memo
from geo.extract.lexicon import read_afresh
from geo.extract.sentences import Sentence, headline, is_headline, split_sentences

_REPORTS = Path(__file__).resolve().parent.parent / "data" / "reports"


def test_a_kept_answer_is_the_reading_of_the_sentence():
    reports = [
        path.read_text(encoding="utf-8")
        for folder in ("realstyle", "realstyle-heldout", "realstyle-heldout2")
        for path in sorted((_REPORTS / folder).glob("*.txt"))
    ]
    titles = 0
    for text in reports:
        read_afresh(text)
        sentences = split_sentences(text)
        for _ in range(2):  # (the second time from what was kept)
            for s in sentences:
                kept = is_headline(text, s)
                assert kept == headline.__wrapped__(text, s.text, s.start, s.end), s.text
                titles += kept
    assert titles > 100
    assert headline.cache_info().currsize > 0
    report_memo.forget()  # (a new report)
    assert headline.cache_info().currsize == 0


def test_the_same_words_elsewhere_are_read_again():
    """The answer is of the sentence in its report: the same words at the same place are a
    title on a line of their own, and none where the line goes on."""
    words = Sentence("Drones over the harbour", 0, 23, 0)
    assert is_headline("Drones over the harbour\nA drone hit a depot.", words)
    assert not is_headline("Drones over the harbour and the depot burned.", words)
    assert is_headline("Drones over the harbour\nA drone hit a depot.", words)


def test_a_long_paste_is_read_in_time_linear_in_it():
    from timing import cpu_seconds

    unit = "Shelling hit the depot overnight, officials said. Drones over the port "

    def read(n: int) -> int:
        text = unit * n
        report_memo.forget()
        sentences = split_sentences(text)
        return sum(is_headline(text, s) for s in sentences for _ in range(3))

    whole = 1_000_000 // len(unit)
    small, large = cpu_seconds(read, whole // 8, repeats=2)[0], cpu_seconds(read, whole)[0]
    assert large < 20 * max(small, 1e-3)
    report_memo.forget()
