"""Model management: install safety, listing, removal, offline download errors."""

from __future__ import annotations

import json
import stat
import zipfile

import pytest

from tests.tinymodel import zip_bytes
from xsource.errors import ModelError, OfflineError
from xsource.translate.models import coverage, download, install_file, installed_packages, remove

META = json.dumps({"from_code": "ur", "to_code": "en", "package_version": "1.9"})
GOOD = {
    "translate-ur_en-1_9/metadata.json": META,
    "translate-ur_en-1_9/model/model.bin": b"\0",
    "translate-ur_en-1_9/sentencepiece.model": b"\0",
}


@pytest.fixture
def models(tmp_path):
    return tmp_path / "models"


def write(tmp_path, members, name="pkg.argosmodel"):
    path = tmp_path / name
    path.write_bytes(zip_bytes(members))
    return path


def test_valid_archive_installs_and_lists(tmp_path, models):
    pkg = install_file(write(tmp_path, GOOD), models)
    assert pkg.name == "translate-ur_en-1_9" and pkg.version == "1.9"
    assert (models / "translate-ur_en-1_9" / "model" / "model.bin").exists()
    cov = coverage(installed_packages(models))
    assert {lang: p.name if p else None for lang, p in cov.items()} == {
        "ur": "translate-ur_en-1_9", "ps": None, "prs": None, "fa": None}
    assert not [p for p in models.iterdir() if p.name.startswith(".installing")]


@pytest.mark.parametrize("member,problem", [
    ("../evil.txt", "member '../evil.txt' contains '..'"),
    ("translate-ur_en-1_9/../../evil.txt", "member 'translate-ur_en-1_9/../../evil.txt' contains '..'"),
    ("/etc/evil.txt", "member '/etc/evil.txt' has an absolute path"),
])
def test_zip_slip_is_refused_before_anything_is_written(tmp_path, models, member, problem):
    path = write(tmp_path, {**GOOD, member: b"x"})
    with pytest.raises(ModelError) as exc:
        install_file(path, models)
    assert str(exc.value).startswith(f"{path} is not a valid .argosmodel: {problem}; refusing to write")
    assert not models.exists()
    assert not (tmp_path / "evil.txt").exists()


def test_symlink_member_is_refused(tmp_path, models):
    path = tmp_path / "link.argosmodel"
    with zipfile.ZipFile(path, "w") as zf:
        for member, data in GOOD.items():
            zf.writestr(member, data)
        info = zipfile.ZipInfo("translate-ur_en-1_9/model/link")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    with pytest.raises(ModelError, match="member 'translate-ur_en-1_9/model/link' is a symlink"):
        install_file(path, models)


FIX = "download the package again or rebuild it (see README, 'Translation models')"


@pytest.mark.parametrize("members,problem", [
    ({k: v for k, v in GOOD.items() if not k.endswith("metadata.json")}, "no translate-ur_en-1_9/metadata.json"),
    ({**GOOD, "translate-ur_en-1_9/metadata.json": "{not json"},
     "translate-ur_en-1_9/metadata.json is not valid JSON (Expecting property name enclosed in double quotes: line 1 column 2 (char 1))"),
    ({**GOOD, "translate-ur_en-1_9/metadata.json": json.dumps({"package_version": "1"})},
     "metadata.json names no languages (needs from_code and to_code, or languages)"),
    ({k: v for k, v in GOOD.items() if "/model/" not in k}, "no translate-ur_en-1_9/model/ folder (the CTranslate2 model)"),
    ({k: v for k, v in GOOD.items() if "sentencepiece" not in k}, "no translate-ur_en-1_9/sentencepiece.model"),
    ({**GOOD, "other/metadata.json": META}, "expected exactly one top-level folder, found 2 (other, translate-ur_en-1_9)"),
])
def test_incomplete_archives_are_refused_with_the_fix(tmp_path, models, members, problem):
    path = write(tmp_path, members)
    with pytest.raises(ModelError) as exc:
        install_file(path, models)
    assert str(exc.value) == f"{path} is not a valid .argosmodel: {problem}; {FIX}"


def test_not_a_zip_and_missing_file(tmp_path, models):
    path = tmp_path / "model.argosmodel"
    path.write_text("hello")
    with pytest.raises(ModelError) as exc:
        install_file(path, models)
    assert str(exc.value) == f"{path} is not a valid .argosmodel: not a zip archive; {FIX}"
    with pytest.raises(ModelError) as exc:
        install_file(tmp_path / "nope.argosmodel", models)
    assert str(exc.value) == (f"{tmp_path / 'nope.argosmodel'} does not exist; give the path of a "
                              "downloaded .argosmodel file")


def test_installing_twice_and_removing_unknown(tmp_path, models):
    path = write(tmp_path, GOOD)
    install_file(path, models)
    with pytest.raises(ModelError) as exc:
        install_file(path, models)
    assert str(exc.value) == (f"package translate-ur_en-1_9 is already installed in {models}; "
                              "run `xsource models remove translate-ur_en-1_9` first to replace it")
    with pytest.raises(ModelError) as exc:
        remove("../models", models)
    assert str(exc.value) == (f"no installed package named '../models' in {models} "
                              "(installed: translate-ur_en-1_9); see `xsource models list`")
    remove("translate-ur_en-1_9", models)
    assert installed_packages(models) == []


def test_offline_download_says_how_to_install_from_a_file(models):
    with pytest.raises(OfflineError) as exc:
        download("ur", models, timeout=2)
    message = str(exc.value)
    assert message.startswith("cannot download a Urdu model: the Argos package index is unreachable (")
    assert message.endswith("On a connected machine download the Argos package translate-ur_en "
                            "(e.g. translate-ur_en-1_9.argosmodel) and run "
                            "`xsource models install translate-ur_en-1_9.argosmodel`")


def test_offline_pashto_points_to_building_a_package(models):
    with pytest.raises(OfflineError) as exc:
        download("ps", models, timeout=2)
    assert str(exc.value).endswith(
        "there is no official Argos Pashto package: build one from NLLB-200 (README, 'Pashto model') "
        "and run `xsource models install FILE.argosmodel`")


def test_download_by_language_from_an_index(tmp_path, models):
    # A local mirror of the Argos index on loopback: the real download-and-install path.
    import functools
    import http.server
    import threading

    site = tmp_path / "site"
    site.mkdir()
    (site / "translate-fa_en-1_9.argosmodel").write_bytes(zip_bytes({
        "translate-fa_en-1_9/metadata.json": json.dumps({"from_code": "fa", "to_code": "en",
                                                        "package_version": "1.9"}),
        "translate-fa_en-1_9/model/model.bin": b"\0",
        "translate-fa_en-1_9/sentencepiece.model": b"\0"}))
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    (site / "index.json").write_text(json.dumps([
        {"from_code": "fa", "to_code": "en", "package_version": "1.9",
         "links": [f"{base}/translate-fa_en-1_9.argosmodel"]},
        {"from_code": "en", "to_code": "fa", "package_version": "1.9", "links": []},
    ]))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        pkg = download("prs", models, index_url=f"{base}/index.json", timeout=5)
        assert pkg.name == "translate-fa_en-1_9" and pkg.covers() == ["prs", "fa"]
        with pytest.raises(ModelError) as exc:
            download("ps", models, index_url=f"{base}/index.json", timeout=5)
        assert str(exc.value) == (
            "the Argos index has no Pashto -> English package; there is no official Argos Pashto "
            "package: build one from NLLB-200 (README, 'Pashto model') and run "
            "`xsource models install FILE.argosmodel`")
    finally:
        server.shutdown()
        server.server_close()
