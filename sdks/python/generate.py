"""Regenerates persistly/generated/ from the published specs with openapi-python-client (pinned in
requirements.txt); `--check` fails, naming the first difference, when the committed code is not what the
specs generate now, so a spec change that moves a model fails the SDK's build until it is regenerated."""
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
SPECS = HERE.parent.parent / "spec"
TARGET = HERE / "persistly" / "generated"
CONFIG = HERE / "openapi-python-client.json"


def generate(into: Path) -> None:
    for surface in ("server", "admin"):
        subprocess.run([sys.executable, "-m", "openapi_python_client", "generate", "--path", str(SPECS / f"openapi.{surface}.json"),
                        "--output-path", str(into / surface), "--meta", "none", "--config", str(CONFIG), "--overwrite"],
                       check=True, stdout=subprocess.DEVNULL)


def first_difference(a: Path, b: Path) -> str | None:
    compared = filecmp.dircmp(a, b, ignore=["__pycache__"])
    if compared.left_only or compared.right_only or compared.diff_files:
        return str(a / (compared.left_only + compared.right_only + compared.diff_files)[0])
    for sub in compared.common_dirs:
        found = first_difference(a / sub, b / sub)
        if found:
            return found
    return None


if __name__ == "__main__":
    if "--check" in sys.argv:
        with tempfile.TemporaryDirectory() as fresh:
            generate(Path(fresh))
            for surface in ("server", "admin"):
                differs = first_difference(TARGET / surface, Path(fresh) / surface)
                if differs:
                    sys.exit(f"{differs}: not what the specs generate now; run python sdks/python/generate.py")
    else:
        for surface in ("server", "admin"):
            shutil.rmtree(TARGET / surface, ignore_errors=True)
        generate(TARGET)
