"""Shared test helpers: where the real corpus lives and how a partial expectation is matched."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()
IN_CI = os.environ.get("CI", "").lower() == "true"


def shared_corpus() -> Path:
    """../shared/corpus; skips the test when absent, fails it in CI (where it must exist)."""
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        if IN_CI:
            pytest.fail(f"{corpus} is missing in CI")
        pytest.skip("../shared/corpus is not here")
    return corpus


def need_soffice() -> None:
    """Skips the test when LibreOffice (soffice) is absent; fails it in CI (where it must exist)."""
    from pipeline.readers import libreoffice

    if not libreoffice.available():
        if IN_CI:
            pytest.fail("LibreOffice (soffice) is required in CI")
        pytest.skip("soffice not installed")


def need_tool(name: str) -> str:
    """The path of the command `name`; skips the test when it is absent, fails it in CI (where .ci/run installs it)."""
    import shutil

    path = shutil.which(name)
    if path is None:
        if IN_CI:
            pytest.fail(f"{name} is required in CI")
        pytest.skip(f"{name} not installed")
    return path


def need_font(family: str) -> None:
    """Skips the test when fontconfig knows no font of `family`; fails it in CI (where .ci/run installs it)."""
    import subprocess

    listed = subprocess.run([need_tool("fc-list"), f"{family}:", "family"], capture_output=True, text=True).stdout
    if family not in listed:
        if IN_CI:
            pytest.fail(f"the font {family} is required in CI")
        pytest.skip(f"font {family} not installed")


def mismatches(want, got, path="$") -> list[str]:
    """Every leaf of the partial expectation `want` that `got` does not hold exactly."""
    out = []
    if isinstance(want, dict):
        if not isinstance(got, dict):
            return [f"{path}: expected an object, got {got!r}"]
        for k, v in want.items():
            out += mismatches(v, got.get(k, "<missing>"), f"{path}.{k}")
        return out
    if isinstance(want, list):
        if not isinstance(got, list):
            return [f"{path}: expected a list, got {got!r}"]
        if all(not isinstance(w, (dict, list)) for w in want):
            pool = list(got)
            for w in want:
                if w in pool:
                    pool.remove(w)
                else:
                    out.append(f"{path}: missing {w!r}")
            if not want and got:
                out.append(f"{path}: expected [], got {got!r}")
            return out
        pool = list(got)
        for i, w in enumerate(want):
            best = min(pool, key=lambda g: len(mismatches(w, g)), default=None)
            if best is None:
                out.append(f"{path}[{i}]: no item like {w!r}")
                continue
            out += mismatches(w, best, f"{path}[{i}]")
            pool.remove(best)
        return out
    if isinstance(want, float) or isinstance(got, float):
        ok = isinstance(got, (int, float)) and not isinstance(got, bool) and abs(want - got) < 1e-9
    else:
        ok = want == got and type(want) is type(got)
    return [] if ok else [f"{path}: expected {want!r}, got {got!r}"]
