"""The deployment files, read as Docker Compose and an operator would read them.

``docker-compose config`` (Docker Compose v2, the real parser; it needs no
Docker daemon) validates both compose files against the compose spec and
resolves them; PyYAML then checks what the file promises an operator:
services, volumes, health checks, start order, and no inlined secret.
CI installs Compose (.ci/run); elsewhere those tests skip when it is absent.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from fnmatch import fnmatch
from importlib.metadata import PackageNotFoundError, distribution, packages_distributions
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.requirements import Requirement

from bot.config import Settings

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = ROOT / "docker-compose.yml"
EXTERNAL = ROOT / "docker-compose.external.yml"
SECRET_WORDS = ("TOKEN", "SECRET", "KEY", "SALT", "PASSWORD")


def _compose_binary() -> list[str] | None:
    """A Docker Compose v2 command line, or None when none is installed."""
    beside = Path(sys.executable).parent / "docker-compose"
    candidates = [[str(beside)], ["docker-compose"], ["docker", "compose"]]
    for command in candidates:
        if not shutil.which(command[0]):
            continue
        try:
            out = subprocess.run(
                [*command, "version"], capture_output=True, text=True, timeout=30, check=False
            )
        except OSError:
            continue
        if out.returncode == 0 and re.search(r"version v?2\.", out.stdout):
            return command
    return None


@pytest.fixture(scope="module")
def compose_cmd() -> list[str]:
    command = _compose_binary()
    if command is None:
        if os.environ.get("CI"):
            pytest.fail("Docker Compose v2 is missing in CI: .ci/run installs it")
        pytest.skip("Docker Compose v2 is not installed here (.ci/run installs it)")
    return command


def _project(tmp_path: Path, env_lines: str = "") -> Path:
    """A copy of the deployment files with .env made from .env.example."""
    for name in (COMPOSE.name, EXTERNAL.name):
        shutil.copy(ROOT / name, tmp_path / name)
    (tmp_path / ".env").write_text((ROOT / ".env.example").read_text() + env_lines)
    return tmp_path


def _config(
    compose_cmd: list[str], file: Path, *, check: bool = True
) -> subprocess.CompletedProcess[str]:
    # Only the variables compose needs: the developer's own HEARTLINE_* must
    # not leak into the resolved file.
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG")}
    result = subprocess.run(
        [*compose_cmd, "-f", str(file), "config", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=file.parent,
        check=False,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text())
    assert isinstance(data, dict)
    return data


# -- Docker Compose itself -------------------------------------------------------


def test_compose_resolves_the_local_model_stack(compose_cmd: list[str], tmp_path: Path) -> None:
    project = _project(tmp_path)
    resolved = json.loads(_config(compose_cmd, project / COMPOSE.name).stdout)
    services = resolved["services"]
    assert set(services) == {"heartline", "ollama", "ollama-pull"}
    bot = services["heartline"]
    assert bot["depends_on"]["ollama"]["condition"] == "service_healthy"
    assert bot["depends_on"]["ollama-pull"]["condition"] == "service_completed_successfully"
    assert bot["environment"]["HEARTLINE_MODEL_URL"] == "http://ollama:11434/v1"
    assert bot["environment"]["HEARTLINE_DB"] == "/data/heartline.db"
    assert services["ollama-pull"]["command"] == ["pull", "llama3.2:3b"]
    assert bot["environment"]["HEARTLINE_MODEL"] == "llama3.2:3b"
    assert {v["source"]: v["target"] for v in bot["volumes"]} == {"heartline-data": "/data"}
    assert set(resolved["volumes"]) == {"heartline-data", "ollama-models"}
    # /healthz is published on loopback only, never to the network.
    assert [(p["host_ip"], p["target"]) for p in bot["ports"]] == [("127.0.0.1", 8080)]


def test_the_operator_env_file_reaches_the_bot_and_picks_the_model(
    compose_cmd: list[str], tmp_path: Path
) -> None:
    project = _project(
        tmp_path, "DISCORD_TOKEN=canary.token.value\nHEARTLINE_MODEL=qwen2.5:7b-instruct\n"
    )
    services = json.loads(_config(compose_cmd, project / COMPOSE.name).stdout)["services"]
    assert services["heartline"]["environment"]["DISCORD_TOKEN"] == "canary.token.value"
    # The model the pull downloads is the one the bot asks for.
    assert services["ollama-pull"]["command"] == ["pull", "qwen2.5:7b-instruct"]
    assert services["heartline"]["environment"]["HEARTLINE_MODEL"] == "qwen2.5:7b-instruct"


def test_external_api_file_runs_no_local_model(compose_cmd: list[str], tmp_path: Path) -> None:
    project = _project(
        tmp_path, "HEARTLINE_MODEL_URL=https://api.example.test/v1\nHEARTLINE_MODEL=m\n"
    )
    services = json.loads(_config(compose_cmd, project / EXTERNAL.name).stdout)["services"]
    assert set(services) == {"heartline"}
    bot = services["heartline"]
    assert "depends_on" not in bot
    assert bot["environment"]["HEARTLINE_MODEL_URL"] == "https://api.example.test/v1"
    assert {v["source"] for v in bot["volumes"]} == {"heartline-data"}


def test_scale_profile_runs_postgres_and_split_bot_processes(
    compose_cmd: list[str], tmp_path: Path
) -> None:
    """`--profile scale` adds PostgreSQL and two bot services sharing it; the
    default stack above stays exactly as it was."""
    project = _project(tmp_path, "POSTGRES_PASSWORD=pg-canary\nHEARTLINE_DISCORD_SHARDS=0-3/8\n")
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG")}
    result = subprocess.run(
        [*compose_cmd, "--profile", "scale", "config", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=project,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    resolved = json.loads(result.stdout)
    services = resolved["services"]
    assert {"postgres", "heartline-discord", "heartline-slack"} <= set(services)
    assert "postgres-data" in resolved["volumes"]
    pg = services["postgres"]
    assert re.fullmatch(r"postgres:\d+\.\d+(-\w+)?", pg["image"]), "pin a version tag"
    assert pg["healthcheck"]["test"][:2] == ["CMD", "pg_isready"]
    assert {v["source"]: v["target"] for v in pg["volumes"]} == {
        "postgres-data": "/var/lib/postgresql/data"
    }
    url = "postgresql://heartline:pg-canary@postgres:5432/heartline"
    discord, slack = services["heartline-discord"], services["heartline-slack"]
    for bot in (discord, slack):
        assert bot["environment"]["HEARTLINE_DB"] == url
        assert bot["environment"]["HEARTLINE_MODEL_URL"] == "http://ollama:11434/v1"
        assert bot["depends_on"]["postgres"]["condition"] == "service_healthy"
        assert bot["depends_on"]["ollama"]["condition"] == "service_healthy"
        assert "ports" not in bot  # nothing published; a reverse proxy fronts Slack
        Settings.from_env(bot["environment"])  # the settings the process will load are valid
    assert discord["environment"]["HEARTLINE_PLATFORMS"] == "discord"
    assert discord["environment"]["HEARTLINE_DISCORD_SHARDS"] == "0-3/8"
    assert slack["environment"]["HEARTLINE_PLATFORMS"] == "slack"
    assert slack["deploy"]["replicas"] == 2
    # Without the profile, none of it exists.
    plain = json.loads(_config(compose_cmd, project / COMPOSE.name).stdout)
    assert set(plain["services"]) == {"heartline", "ollama", "ollama-pull"}


def test_compose_rejects_what_an_operator_could_break(
    compose_cmd: list[str], tmp_path: Path
) -> None:
    """The validator really validates: a typo'd condition and a missing .env fail."""
    project = _project(tmp_path)
    broken = project / "broken.yml"
    broken.write_text(
        COMPOSE.read_text().replace("service_completed_successfully", "service_finished")
    )
    result = _config(compose_cmd, broken, check=False)
    assert result.returncode != 0 and "condition" in result.stderr
    (project / ".env").unlink()
    result = _config(compose_cmd, project / COMPOSE.name, check=False)
    assert result.returncode != 0 and ".env" in result.stderr


# -- what the files promise, read with PyYAML -------------------------------------


def test_services_volumes_and_health_checks() -> None:
    compose = _load(COMPOSE)
    services = compose["services"]
    assert set(compose["volumes"]) == {"heartline-data", "ollama-models", "postgres-data"}
    bot, ollama, pull = services["heartline"], services["ollama"], services["ollama-pull"]
    assert bot["build"] == "."
    assert bot["env_file"] == ".env"
    assert bot["restart"] == "unless-stopped"
    assert "heartline-data:/data" in bot["volumes"]
    assert "/healthz" in " ".join(bot["healthcheck"]["test"])
    assert re.fullmatch(r"ollama/ollama:\d+\.\d+\.\d+", ollama["image"]), "pin a version tag"
    assert ollama["restart"] == "unless-stopped"
    assert ollama["healthcheck"]["test"] == ["CMD", "ollama", "list"]
    assert any(v.startswith("ollama-models:") for v in ollama["volumes"])
    assert pull["image"] == ollama["image"]
    assert pull["restart"] == "no"
    assert pull["environment"]["OLLAMA_HOST"] == "ollama:11434"
    assert pull["command"] == ["pull", "${HEARTLINE_MODEL:-llama3.2:3b}"]
    assert pull["depends_on"]["ollama"]["condition"] == "service_healthy"


def test_start_order_waits_for_the_model_server_and_download() -> None:
    depends = _load(COMPOSE)["services"]["heartline"]["depends_on"]
    assert depends == {
        "ollama": {"condition": "service_healthy"},
        "ollama-pull": {"condition": "service_completed_successfully"},
    }


@pytest.mark.parametrize("path", [COMPOSE, EXTERNAL], ids=lambda p: p.name)
def test_no_secret_is_inlined(path: Path) -> None:
    compose = _load(path)
    for name, service in compose["services"].items():
        env = service.get("environment") or {}
        names = env if isinstance(env, dict) else [e.split("=", 1)[0] for e in env]
        leaked = [n for n in names if any(w in n for w in SECRET_WORDS)]
        assert not leaked, f"{name} sets {leaked} inline; secrets belong in .env"
    assert compose["services"]["heartline"]["env_file"] == ".env"
    assignment = re.compile(
        r"^\s*-?\s*[A-Z_]*(" + "|".join(SECRET_WORDS) + r")[A-Z_]*\s*[:=]", re.M
    )
    assert not assignment.search(path.read_text())


def test_dockerfile_is_pinned_non_root_and_healthchecked() -> None:
    text = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^ARG PYTHON_IMAGE=python:3\.11\.\d+-slim-bookworm$", text, re.M)
    assert re.findall(r"^FROM \$\{PYTHON_IMAGE\}", text, re.M), "every stage uses the pinned base"
    users = re.findall(r"^USER (\S+)", text, re.M)
    assert users and users[-1].split(":")[0] not in ("root", "0")
    assert re.search(r"pip install \.$", text, re.M)
    assert "HEARTLINE_DB=/data/heartline.db" in text
    assert 'VOLUME ["/data"]' in text
    health = re.search(r"^HEALTHCHECK .*\n.*", text, re.M)
    assert health and "/healthz" in health.group(0) and "urllib" in health.group(0)
    assert 'ENTRYPOINT ["heartline-entrypoint"]' in text and 'CMD ["run"]' in text


def test_build_context_keeps_secrets_and_databases_out() -> None:
    lines = [
        line.strip()
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert lines[0] == "*", "an allowlist: everything is out unless named"
    assert not any(line.startswith("!") and ".env" in line for line in lines)
    assert "**/*.db" in lines


def test_env_example_names_every_setting_and_sets_none() -> None:
    text = (ROOT / ".env.example").read_text()
    for field in Settings.model_fields.values():
        assert f"# {field.alias}=" in text, f"{field.alias} is missing from .env.example"
    live = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert live == [], "every line of .env.example stays commented"


def _third_party_imports() -> set[str]:
    names: set[str] = set()
    for package in ("bot", "adapters", "persona"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.Import):
                    names |= {a.name.split(".")[0] for a in node.names}
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names.add(node.module.split(".")[0])
    ours = {"bot", "adapters", "persona"}
    return {n for n in names - ours if n not in sys.stdlib_module_names}


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _installed_by(requirements: list[str]) -> set[str]:
    """Every distribution ``pip install`` of these requirements brings in."""
    seen: set[str] = set()
    todo = [Requirement(r) for r in requirements]
    while todo:
        req = todo.pop()
        name = _normal(req.name)
        if name in seen or (req.marker is not None and not req.marker.evaluate({"extra": ""})):
            continue
        seen.add(name)
        try:
            todo += [Requirement(r) for r in distribution(name).requires or []]
        except PackageNotFoundError:
            continue
    return seen


def test_image_installs_every_library_the_code_imports() -> None:
    """The image holds only what pyproject declares: an import outside that crashes it."""
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())
    installed = _installed_by(meta["project"]["dependencies"])
    dists = packages_distributions()
    missing = {}
    for module in sorted(_third_party_imports()):
        owners = {_normal(d) for d in dists.get(module, [module])}
        if not owners & installed:
            missing[module] = sorted(owners)
    assert not missing, f"imported, but `pip install .` does not install: {missing}"


def test_the_package_ships_every_persona_file() -> None:
    """``pip install .`` copies only the data files package-data names; a
    language file left out would stop the installed heartline at start."""
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = meta["tool"]["setuptools"]["package-data"]["persona"]
    folder = ROOT / "persona"
    data = [
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and path.suffix in {".toml", ".md"}
    ]
    # fnmatch's * crosses "/", so a pattern only counts at its own depth.
    missing = [
        name
        for name in data
        if not any(fnmatch(name, p) and name.count("/") == p.count("/") for p in patterns)
    ]
    assert "texts/es.toml" in data and not missing, missing


def test_the_package_ships_the_learned_stage_weights() -> None:
    """Without them an installed heartline would refuse to start (the stage is on by default)."""
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "risk/learned_weights.json" in meta["tool"]["setuptools"]["package-data"]["bot"]
    assert (ROOT / "bot" / "risk" / "learned_weights.json").is_file()
