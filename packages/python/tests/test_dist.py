"""The wheel and the sdist build, install into a fresh virtual environment with no network, and work."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import venv
from pathlib import Path

from conftest import PACKAGE

SMOKE = """
import json, errata
from errata import parse, render_error
from errata.errors import OutboundLimitReached
from errata.codes import ErrorCode
from errata.validate import fits
error = OutboundLimitReached(limit=35, current=35, mode="total")
sent = render_error(error, request_id="req_a1b2c3d4e5f6")
read = parse(sent.status, sent.headers, sent.body.encode())
assert isinstance(read, OutboundLimitReached) and read.limit == 35, read
assert read.code == ErrorCode.OUTBOUND_LIMIT_REACHED
assert fits("outbound_limit_reached", json.loads(sent.body)["error"])
import importlib.resources as r
assert r.files("errata").joinpath("py.typed").is_file()
assert r.files("errata").joinpath("errors.pyi").is_file()
assert r.files("errata").joinpath("schemas", "error.schema.json").is_file()
print(errata.__version__)
"""


def _fresh(path: Path) -> Path:
    venv.EnvBuilder(with_pip=True).create(path)
    return path / "bin" / "python"


def _install_and_smoke(python: Path, wheel: Path) -> str:
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-index", str(wheel)], check=True)
    result = subprocess.run([str(python), "-c", SMOKE], check=True, capture_output=True, text=True, cwd="/")
    return result.stdout.strip()


def test_wheel_and_sdist_install_offline(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--wheel", "--sdist", "--outdir", str(dist), str(PACKAGE)],
        check=True,
        capture_output=True,
    )
    wheels = list(dist.glob("*.whl"))
    sdists = list(dist.glob("*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1
    import errata

    assert _install_and_smoke(_fresh(tmp_path / "wheel-env"), wheels[0]) == errata.__version__
    # The sdist builds a wheel of its own (with the backend already here) that installs offline too.
    with tarfile.open(sdists[0]) as archive:
        archive.extractall(tmp_path / "sdist", filter="data")
    (root,) = (tmp_path / "sdist").iterdir()
    rebuilt = tmp_path / "rebuilt"
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--wheel", "--outdir", str(rebuilt), str(root)],
        check=True,
        capture_output=True,
    )
    (wheel,) = rebuilt.glob("*.whl")
    assert _install_and_smoke(_fresh(tmp_path / "sdist-env"), wheel) == errata.__version__
