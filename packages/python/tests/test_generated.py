"""The generated files are the generator's output for today's catalogue, and formatted."""

from __future__ import annotations

import filecmp
import importlib.util
import subprocess
import sys
from pathlib import Path

from conftest import CATALOG_PATH, PACKAGE

GENERATED = ("_version.py", "_catalog.py", "_codes_data.py", "codes.py", "errors.pyi")


def _generate(out: Path) -> None:
    subprocess.run(
        [sys.executable, str(PACKAGE / "scripts" / "generate.py"), "--catalog", str(CATALOG_PATH), "--out", str(out)],
        check=True,
    )


def test_generated_files_are_fresh(tmp_path: Path) -> None:
    _generate(tmp_path)
    source = PACKAGE / "src" / "errata"
    stale = [name for name in GENERATED if not filecmp.cmp(tmp_path / name, source / name, shallow=False)]
    fresh_schemas = sorted(p.relative_to(tmp_path).as_posix() for p in (tmp_path / "schemas").rglob("*.json"))
    shipped = sorted(p.relative_to(source).as_posix() for p in (source / "schemas").rglob("*.json"))
    assert fresh_schemas == shipped, "the schemas shipped differ from schemas/: run scripts/generate.py"
    stale += [name for name in fresh_schemas if not filecmp.cmp(tmp_path / name, source / name, shallow=False)]
    assert stale == [], f"stale generated files (run python3 scripts/generate.py): {stale}"


def test_generated_files_carry_the_header() -> None:
    for name in GENERATED:
        text = (PACKAGE / "src" / "errata" / name).read_text(encoding="utf-8")
        assert "Generated from schemas/catalog.json by scripts/generate.py. Do not edit." in text.splitlines()[0]


def test_generated_files_are_formatted(tmp_path: Path) -> None:
    _generate(tmp_path)
    ruff = Path(sys.executable).parent / "ruff"
    files = [str(tmp_path / name) for name in GENERATED]
    result = subprocess.run([str(ruff), "format", "--check", "--config", str(PACKAGE / "pyproject.toml"), *files])
    assert result.returncode == 0


def test_generator_is_deterministic(tmp_path: Path) -> None:
    _generate(tmp_path / "a")
    _generate(tmp_path / "b")
    for name in GENERATED:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_generator_reads_only_the_catalogue(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("generate", PACKAGE / "scripts" / "generate.py")
    assert spec is not None and spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    copy = tmp_path / "catalog.json"
    copy.write_bytes(CATALOG_PATH.read_bytes())
    outputs = generate.outputs(copy)
    assert set(GENERATED) <= set(outputs)


def test_the_reference_snippets_are_fresh(tmp_path: Path) -> None:
    snippets = tmp_path / "python.json"
    subprocess.run(
        [
            sys.executable,
            str(PACKAGE / "scripts" / "generate.py"),
            "--catalog",
            str(CATALOG_PATH),
            "--out",
            str(tmp_path / "out"),
            "--snippets",
            str(snippets),
        ],
        check=True,
    )
    committed = PACKAGE.parent.parent / "docs" / "snippets" / "python.json"
    assert (
        snippets.read_bytes() == committed.read_bytes()
    ), "docs/snippets/python.json is stale: run scripts/generate.py"
