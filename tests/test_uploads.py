"""Uploads are parsed one at a time on the server, however many visitors upload at once."""

from __future__ import annotations

import threading
import time

from webui.uploads import _parsing, one_parse_at_a_time


def test_parses_never_overlap():
    inside, most, log = [0], [0], []
    guard = threading.Lock()

    def parse(name: str) -> None:
        with one_parse_at_a_time(name):
            with guard:
                inside[0] += 1
                most[0] = max(most[0], inside[0])
            log.append(("start", name))
            time.sleep(0.05)  # a parse long enough for the others to arrive
            log.append(("end", name))
            with guard:
                inside[0] -= 1

    threads = [threading.Thread(target=parse, args=(f"file-{i}",)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert most[0] == 1
    assert len(log) == 12
    assert all(log[i][0] == "start" and log[i + 1] == ("end", log[i][1]) for i in range(0, 12, 2))


def test_the_lock_is_released_when_a_parse_fails():
    for _ in range(2):
        try:
            with one_parse_at_a_time("broken.csv"):
                raise ValueError("a reader's bug")
        except ValueError:
            pass
    assert not _parsing().locked()
