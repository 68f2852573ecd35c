"""Shared fixtures. Every test runs with the network cut off: only loopback is reachable,
so the local HTTP server used by the fetch tests works and nothing else does."""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
FLORES = REPO.parent / "shared" / "data" / "flores200"

# Fixtures the translation test files share (`glossary`, `ws`); a file may define its own.
pytest_plugins = ["tests.translate_fakes"]


class NetworkBlocked(RuntimeError):
    pass


def _is_loopback(address) -> bool:
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, bytes):
        host = host.decode()
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def guarded_connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address):
            raise NetworkBlocked(f"test tried to reach the network: {address!r}")
        return real_connect(self, address)

    def guarded_connect_ex(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address):
            raise NetworkBlocked(f"test tried to reach the network: {address!r}")
        return real_connect_ex(self, address)

    def guarded_getaddrinfo(host, *args, **kwargs):
        if not _is_loopback((host,)):
            raise socket.gaierror(f"network blocked in tests: {host}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)
    yield


@pytest.fixture(autouse=True)
def private_workspace(tmp_path_factory, monkeypatch):
    """No test reads or writes the user's ~/.cache/xsource (translation cache, models)."""
    workspace = tmp_path_factory.mktemp("workspace")
    monkeypatch.setenv("XSOURCE_WORKSPACE", str(workspace))
    monkeypatch.setenv("XSOURCE_MODEL_DIR", str(workspace / "models"))
    yield workspace


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture
def flores_dir() -> Path:
    if not FLORES.is_dir():
        pytest.skip("FLORES-200 not found beside the repo at ../shared/data/flores200")
    return FLORES


def pytest_addoption(parser):
    # Golden files (tests/golden/) are rewritten only on purpose: pytest --update-golden
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/golden/* from the current output instead of comparing")
