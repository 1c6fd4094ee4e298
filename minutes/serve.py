"""Publishing a database with Datasette and the project's metadata.yml."""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Optional

import yaml

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def find_metadata(explicit: Optional[Path] = None) -> Path:
    for candidate in (explicit, Path("metadata.yml"), PROJECT_ROOT / "metadata.yml"):
        if candidate is not None and Path(candidate).is_file():
            return Path(candidate)
    raise FileNotFoundError("metadata.yml not found; pass --metadata or run from the project folder")


def find_seeds() -> Optional[Path]:
    for candidate in (Path("seeds"), PROJECT_ROOT / "seeds"):
        if candidate.is_dir():
            return candidate
    return None


def metadata_for(db_path: Path, metadata_path: Path) -> dict:
    """The metadata with its database section named after the database file being served."""
    metadata = yaml.safe_load(Path(metadata_path).read_text("utf-8")) or {}
    databases = metadata.get("databases") or {}
    if len(databases) == 1:
        (section,) = databases.values()
        metadata["databases"] = {Path(db_path).stem: section}
    return metadata


def serve(db_path: Path, metadata_path: Path, host: str, port: int, extra: tuple = ()) -> int:
    metadata = metadata_for(db_path, metadata_path)
    with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False) as f:
        yaml.safe_dump(metadata, f, sort_keys=False, allow_unicode=True)
    command = [sys.executable, "-m", "datasette", "serve", str(db_path), "--metadata", f.name,
               "--host", host, "--port", str(port), *extra]
    try:
        return subprocess.call(command)
    except KeyboardInterrupt:
        return 0
    finally:
        Path(f.name).unlink(missing_ok=True)
