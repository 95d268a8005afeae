"""Where the shared sample data sits: ../shared/data beside the repository, read in place."""

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"


def data_path(*parts: str) -> Path:
    path = DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"sample data not found at {path} (../shared/data beside the repository)")
    return path
