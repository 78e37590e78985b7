"""The README's commands run as written from the checkout; from another folder `python -m geo`
says "No module named geo" (newuser26), so the README says where to run them and how to run
them from elsewhere (PYTHONPATH), and that way works."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT


def _sections() -> tuple[str, str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    use = text.split("## Use it", 1)[1].split("\n## ", 1)[0]
    commands = text.split("\n## Command line", 1)[1].split("\n## ", 1)[0]
    return use, commands


def test_the_readme_says_to_run_from_the_checkout_or_with_pythonpath():
    for section in _sections():
        assert "from the checkout" in section and "PYTHONPATH=/path/to/checkout" in section


def test_from_another_folder_pythonpath_runs_the_commands(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-m", "geo", "--help"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0 and "usage" in out.stdout, out.stderr[-2000:]
