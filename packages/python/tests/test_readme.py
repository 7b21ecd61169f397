"""Every Python example of the README runs as written."""

from __future__ import annotations

import re

from conftest import PACKAGE

BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def test_readme_examples_run() -> None:
    blocks = BLOCK.findall((PACKAGE / "README.md").read_text(encoding="utf-8"))
    assert len(blocks) >= 8
    for index, block in enumerate(blocks):
        namespace: dict[str, object] = {"__name__": f"readme_{index}"}
        exec(compile(block, f"README.md block {index}", "exec"), namespace)
