"""Glossary files: loading, merging, every validation error (exact text), lookup, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from xsource.cli import app
from xsource.errors import GlossaryError
from xsource.glossary import FRAMING, LANGS, Entry, GlossaryValidationError, load_glossaries

HEADER = "id\ttype\tcanonical\ten\tur\tps\tprs\tfa\tframing\tnotes\n"
TORKHAM = "place.torkham\tplace\tTorkham\tTorkhum\tطورخم | تورخم\tتورخم\tتورخم\tتورهام\t\tcrossing\n"
REFUGEES = "term.refugees\tterm\trefugees\trefugee\tپناہ گزین\tکډوال\tپناهنده\t\tpeople:refugees\t\n"


def write(tmp_path: Path, body: str, name: str = "desk.tsv", header: str = HEADER) -> Path:
    path = tmp_path / name
    path.write_text(header + body, encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(GlossaryValidationError) as info:
        load_glossaries([path], bundled=False)
    return info.value.problems


@pytest.fixture(scope="module")
def bundled():
    return load_glossaries()


# --- the bundled glossary ---------------------------------------------------------------


def test_bundled_glossary_loads_with_enough_entries_and_a_stable_hash(bundled):
    assert len(bundled.entries) >= 200
    assert len(bundled.hash) == 8 and int(bundled.hash, 16) >= 0
    assert load_glossaries().hash == bundled.hash


def test_bundled_glossary_covers_the_beat(bundled):
    for entry_id in ("person.anwaar_ul_haq_kakar", "person.sarfraz_bugti", "person.mumtaz_zahra_baloch",
                     "person.asim_munir", "person.hibatullah_akhundzada", "person.mohammad_hassan_akhund",
                     "person.sirajuddin_haqqani", "person.mullah_yaqoob", "person.amir_khan_muttaqi",
                     "person.zabihullah_mujahid", "person.bilal_karimi", "person.abdul_kabir",
                     "org.ttp", "org.unhcr", "org.iom", "org.un", "org.hrw", "org.amnesty", "org.nadra",
                     "org.caretaker_government", "org.pakistan_army", "org.islamic_emirate",
                     "place.torkham", "place.chaman", "place.spin_boldak", "place.angoor_adda",
                     "place.ghulam_khan", "place.karachi", "place.quetta", "place.peshawar",
                     "place.islamabad", "place.kabul", "place.kandahar", "place.nangarhar",
                     "place.jalalabad", "doc.por_card", "doc.acc", "doc.tazkira", "doc.visa",
                     "doc.ifrp", "term.deportation", "term.repatriation", "term.expulsion",
                     "term.holding_centre", "term.undocumented", "term.illegal_foreigners",
                     "term.illegal_migrants", "term.refugees", "term.returnees", "term.crackdown",
                     "term.deadline", "month.gregorian.01", "month.solar.01", "month.iranian.01",
                     "country.af", "country.pk"):
        assert entry_id in bundled, entry_id


def test_bundled_entries_have_urdu_pashto_and_dari_forms_for_core_names(bundled):
    torkham = bundled.get("place.torkham")
    assert {"طورخم", "تورخم"} <= set(torkham.variants["ur"])
    assert "تورهام" in torkham.variants["prs"]
    haqqani = bundled.get("person.sirajuddin_haqqani")
    assert {"Siraj-ud-Din Haqqani", "Sirajuddin Haqqani"} <= set(haqqani.variants_for("en"))
    assert {"سراج الدین حقانی", "سراج‌الدین حقانی"} <= set(haqqani.variants["prs"])
    months = bundled.get("month.gregorian.02")
    assert "فروری" in months.variants["ur"] and "فبروری" in months.variants["prs"]
    assert "فوریه" in months.variants["fa"]
    assert bundled.get("month.solar.08").variants["ps"] == ("لړم",)
    assert bundled.get("month.solar.01").variants["prs"] == ("حمل",)


def test_framing_tags_on_loaded_terms_use_the_shared_vocabulary(bundled):
    assert bundled.get("term.deportation").framing == ("removal:deport",)
    assert bundled.get("term.repatriation").framing == ("removal:repatriate",)
    assert bundled.get("term.illegal_foreigners").framing == ("people:foreigners",)
    assert bundled.get("term.unauthorized_nationals").framing == ("people:illegal_aliens",)
    assert set(bundled.get("term.forced_deportation").framing) == {"action:forced", "removal:deport"}
    used = {tag for e in bundled.entries.values() for tag in e.framing}
    vocabulary = {f"{axis}:{word}" for axis, words in FRAMING.items() for word in words}
    assert used == vocabulary  # every tag is used somewhere, and nothing else


def test_entries_are_frozen(bundled):
    entry = bundled.get("place.torkham")
    with pytest.raises(AttributeError):
        entry.canonical = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        entry.variants["ur"] = ("x",)  # type: ignore[index]
    assert entry.variants.variants_for("xx") == ()
    assert isinstance(entry, Entry) and hash(entry)


def test_generated_cldr_block_matches_the_generator():
    """Hand edits inside the generated block would be lost on the next regeneration."""
    from xsource.glossary.cldr import country_rows, month_rows
    from xsource.glossary.loader import BUNDLED_DIR

    lines = (BUNDLED_DIR / "afpak.tsv").read_text(encoding="utf-8").splitlines()
    header = next(line for line in lines if line and not line.startswith("#")).split("\t")
    start = next(i for i, line in enumerate(lines) if line.startswith("# ---- BEGIN generated"))
    end = next(i for i, line in enumerate(lines) if line.startswith("# ---- END generated"))
    expected = ["\t".join(row.get(col, "") for col in header) for row in month_rows() + country_rows()]
    assert lines[start + 1:end] == expected


# --- loading and merging ----------------------------------------------------------------


def test_desk_file_overrides_bundled_entry_by_id_and_adds_entries(tmp_path, bundled):
    desk = write(tmp_path, "place.torkham\tplace\tTorkham Border\t\tطورخم\t\t\t\t\t\n"
                           "place.weesh\tplace\tWeesh\t\tویش\tویش\tویش\t\t\t\n")
    merged = load_glossaries([desk])
    assert merged.get("place.torkham").canonical == "Torkham Border"
    assert merged.get("place.torkham").variants["ur"] == ("طورخم",)
    assert merged.get("place.weesh").canonical == "Weesh"
    assert len(merged.entries) == len(bundled.entries) + 1
    assert merged.hash != bundled.hash
    assert str(merged.sources["place.torkham"]) == f"{desk}:2"
    hit = merged.match("طورخم", "ur")[0]
    assert hit.canonical == "Torkham Border"


def test_later_files_win_over_earlier_ones(tmp_path):
    first = write(tmp_path, TORKHAM, "a.tsv")
    second = write(tmp_path, "place.torkham\tplace\tTorkham Crossing\t\tطورخم\t\t\t\t\t\n", "b.tsv")
    assert load_glossaries([first, second], bundled=False).get("place.torkham").canonical == "Torkham Crossing"
    assert load_glossaries([second, first], bundled=False).get("place.torkham").canonical == "Torkham"


def test_hash_ignores_notes_and_row_order_but_not_spellings(tmp_path):
    a = load_glossaries([write(tmp_path, TORKHAM + REFUGEES, "a.tsv")], bundled=False)
    b = load_glossaries([write(tmp_path, REFUGEES + TORKHAM.replace("crossing", "note"), "b.tsv")], bundled=False)
    c = load_glossaries([write(tmp_path, REFUGEES + TORKHAM.replace("تورهام", "تورهم"), "c.tsv")], bundled=False)
    assert a.hash == b.hash != c.hash


def test_spreadsheet_csv_with_bom_and_comments_loads(tmp_path):
    path = tmp_path / "desk.csv"
    path.write_text("\ufeff# from LibreOffice\nid,type,canonical,ur\n"
                    'place.weesh,place,Weesh,"ویش | وېش"\n', encoding="utf-8")
    glossary = load_glossaries([path], bundled=False)
    assert glossary.get("place.weesh").variants["ur"] == ("ویش", "وېش")


def test_cells_split_on_bars_and_drop_blanks_and_repeats(tmp_path):
    glossary = load_glossaries([write(tmp_path, "place.x\tplace\tX\t\tالف |  | الف | ب\t\t\t\t\t\n")], bundled=False)
    assert glossary.get("place.x").variants["ur"] == ("الف", "ب")


# --- validation errors: exact messages --------------------------------------------------


def test_duplicate_id(tmp_path):
    path = write(tmp_path, TORKHAM + TORKHAM.replace("Torkham", "Torkham Two"))
    assert problems(path) == [
        f"{path}:3: duplicate id 'place.torkham' (first defined at {path}:2): "
        "rename one of them or merge the two rows"
    ]


def test_variant_claimed_by_two_entries_after_normalization(tmp_path):
    # Arabic kaf/yeh and a ZWNJ instead of a space still count as the same spelling.
    path = write(tmp_path, "place.a\tplace\tA\t\tکابل شہر\t\t\t\t\t\n"
                           "place.b\tplace\tB\t\tكابل\u200cشہر\t\t\t\t\t\n")
    assert problems(path) == [
        f"{path}:3: ur variant 'كابل\u200cشہر' of 'place.b' is already claimed by 'place.a' as "
        f"'کابل شہر' ({path}:2): remove it from one of the two entries"
    ]


def test_same_spelling_in_two_languages_is_allowed(tmp_path):
    path = write(tmp_path, "place.a\tplace\tA\t\tکابل\t\t\t\t\t\nplace.b\tplace\tB\t\t\tکابل\t\t\t\t\n")
    assert len(load_glossaries([path], bundled=False).entries) == 2


def test_desk_variant_clashing_with_bundled_entry_names_both_files(tmp_path, bundled):
    path = write(tmp_path, "place.torkham_gate\tplace\tTorkham gate\t\tطورخم\t\t\t\t\t\n")
    source = bundled.sources["place.torkham"]
    assert problems_merged(path) == [
        f"{path}:2: ur variant 'طورخم' of 'place.torkham_gate' is already claimed by "
        f"'place.torkham' ({source}): remove it from one of the two entries"
    ]


def problems_merged(path):
    with pytest.raises(GlossaryValidationError) as info:
        load_glossaries([path])
    return info.value.problems


def test_canonical_clash_in_english(tmp_path):
    path = write(tmp_path, "place.a\tplace\tKabul\t\t\t\t\t\t\t\nplace.b\tplace\tKabul City\tkabul\t\t\t\t\t\t\n")
    assert problems(path) == [
        f"{path}:3: en variant 'kabul' of 'place.b' is already claimed by 'place.a' as 'Kabul' "
        f"({path}:2): remove it from one of the two entries"
    ]


def test_empty_canonical(tmp_path):
    path = write(tmp_path, "place.x\tplace\t\t\tطورخم\t\t\t\t\t\n")
    assert problems(path) == [
        f"{path}:2: entry 'place.x' has an empty canonical form: fill the 'canonical' column "
        "with the English name"
    ]


def test_unknown_language_column(tmp_path):
    path = write(tmp_path, "place.x\tplace\tX\tx\n", header="id\ttype\tcanonical\tpus\n")
    assert problems(path) == [
        f"{path}:1: unknown language column 'pus': use one of en, ur, ps, prs, fa "
        "(other columns: id, type, canonical, framing, notes, match)"
    ]


def test_missing_required_column(tmp_path):
    path = write(tmp_path, "place.x\tX\n", header="id\tcanonical\n")
    assert problems(path) == [
        f"{path}:1: header lacks the 'type' column: the first row must name id, type, canonical, "
        "then language columns (en, ur, ps, prs, fa), framing, notes"
    ]


def test_unknown_type(tmp_path):
    path = write(tmp_path, "place.x\tcity\tX\t\t\t\t\t\t\t\n")
    assert problems(path) == [
        f"{path}:2: entry 'place.x' has unknown type 'city': use one of person, organization, "
        "place, document, term, event, month, demonym"
    ]


def test_malformed_framing_tag(tmp_path):
    path = write(tmp_path, "term.x\tterm\tx\t\t\t\t\t\tRemoval: expel\t\n")
    assert problems(path) == [
        f"{path}:2: entry 'term.x' has malformed framing tag 'Removal: expel': write axis:word "
        "in lowercase, e.g. removal:expel or people:refugees"
    ]


def test_unknown_framing_tag_and_axis(tmp_path):
    path = write(tmp_path, "term.x\tterm\tx\t\t\t\t\t\tremoval:kick | tone:harsh\t\n")
    assert problems(path) == [
        f"{path}:2: entry 'term.x' has unknown framing tag 'removal:kick': use one of "
        "removal:expel, removal:deport, removal:repatriate, removal:evict, removal:return",
        f"{path}:2: entry 'term.x' has unknown framing axis 'tone' in 'tone:harsh': use one of "
        "removal, people, action, armed, deaths",
    ]


def test_bad_ids_and_extra_cells(tmp_path):
    path = write(tmp_path, "\tplace\tX\n"
                           "Place Torkham\tplace\tX\n"
                           "place.y\tplace\tY\t\t\t\t\t\t\t\tstray\textra\n")
    assert problems(path) == [
        f"{path}:2: empty id: give the entry a stable id such as place.torkham",
        f"{path}:3: id 'Place Torkham' is not a valid id: use lowercase letters, digits, '.', '_' "
        "or '-', e.g. place.torkham",
        f"{path}:4: 12 cells but the header has 10 columns: remove the extra tab(s) or add a "
        "column name to the header",
    ]


def test_first_problem_is_the_error_message_and_counts_the_rest(tmp_path):
    path = write(tmp_path, "place.x\tcity\t\t\t\t\t\t\t\t\n")
    with pytest.raises(GlossaryError) as info:
        load_glossaries([path], bundled=False)
    assert str(info.value) == (
        f"{path}:2: entry 'place.x' has an empty canonical form: fill the 'canonical' column with "
        "the English name (and 1 more problem: run `xsource glossary check` to list them)"
    )


def test_file_errors(tmp_path):
    with pytest.raises(GlossaryError, match="glossary file .*nope.tsv not found: check the path given to --glossary"):
        load_glossaries([tmp_path / "nope.tsv"])
    xlsx = tmp_path / "desk.xlsx"
    xlsx.write_bytes(b"PK\x03\x04")
    with pytest.raises(GlossaryError) as info:
        load_glossaries([xlsx])
    assert str(info.value) == (f"{xlsx}: unsupported glossary format '.xlsx': save it as tab-separated "
                               ".tsv (or comma-separated .csv), UTF-8")
    latin1 = tmp_path / "old.tsv"
    latin1.write_bytes(HEADER.encode() + "place.x\tplace\tCaf\xe9\n".encode("latin-1"))
    with pytest.raises(GlossaryError, match=r"old.tsv: not UTF-8 text: save it as UTF-8"):
        load_glossaries([latin1])
    empty = write(tmp_path, "", header="# only a comment\n")
    assert problems(empty) == [
        f"{empty}: no header row: the first row must name the columns, e.g. id, type, canonical, "
        "en, ur, ps, prs, fa, framing, notes (tab-separated)"
    ]


# --- get and lookup ----------------------------------------------------------------------


def test_get_unknown_id_suggests_close_id_and_lookup(bundled):
    with pytest.raises(GlossaryError) as info:
        bundled.get("place.torkam")
    assert str(info.value) == ("unknown glossary id 'place.torkam': did you mean 'place.torkham'? "
                               "find ids with `xsource glossary lookup TERM`")


@pytest.mark.parametrize("term, first", [
    ("طورخم", "place.torkham"),
    ("تورهام", "place.torkham"),
    ("TORKHAM", "place.torkham"),
    ("سراج الدين حقاني", "person.sirajuddin_haqqani"),  # Arabic yeh, any language's spelling
    ("Siraj ud Din Haqqani", "person.sirajuddin_haqqani"),
    ("Sirajudin Haqani", "person.sirajuddin_haqqani"),  # fuzzy
    ("Haqqani", "person.sirajuddin_haqqani"),  # a whole word of several entries
    ("place.kabul", "place.kabul"),
])
def test_lookup(bundled, term, first):
    found = bundled.lookup(term)
    assert found and found[0].id == first


def test_lookup_word_finds_every_entry_with_that_word(bundled):
    ids = [e.id for e in bundled.lookup("Haqqani")]
    assert {"person.sirajuddin_haqqani", "person.khalil_haqqani", "org.haqqani_network"} <= set(ids)
    assert bundled.lookup("zzzqqq") == []


# --- CLI --------------------------------------------------------------------------------

runner = CliRunner()


def test_cli_check_ok_and_with_desk_file(tmp_path):
    result = runner.invoke(app, ["glossary", "check"])
    assert result.exit_code == 0
    assert result.output.startswith("ok: ") and "entries, hash " in result.output
    desk = write(tmp_path, "place.weesh\tplace\tWeesh\t\tویش\t\t\t\t\t\n")
    result = runner.invoke(app, ["glossary", "check", str(desk), "--json"])
    data = json.loads(result.output)
    assert data["ok"] and str(desk) in data["files"] and len(data["hash"]) == 8


def test_cli_check_lists_every_problem_and_exits_1(tmp_path):
    desk = write(tmp_path, "place.x\tcity\tX\t\t\t\t\t\t\t\n" "place.x\tplace\tX\t\t\t\t\t\t\t\n")
    result = runner.invoke(app, ["glossary", "check", str(desk)])
    assert result.exit_code == 1
    lines = result.stderr.splitlines() if hasattr(result, "stderr") else result.output.splitlines()
    assert lines[0].startswith(f"error: {desk}:2: entry 'place.x' has unknown type 'city'")
    assert lines[-1] == "1 problem(s); fix them and run `xsource glossary check` again"


def test_cli_lookup_and_show(tmp_path):
    result = runner.invoke(app, ["glossary", "lookup", "تورخم"])
    assert result.exit_code == 0 and result.output.startswith("place.torkham  (place)  Torkham")
    result = runner.invoke(app, ["glossary", "lookup", "Chaman", "--json"])
    assert json.loads(result.output.splitlines()[0])["id"] == "place.chaman"
    result = runner.invoke(app, ["glossary", "show", "place.torkham"])
    assert result.exit_code == 0 and "تورهام" in result.output and "afpak.tsv:" in result.output
    result = runner.invoke(app, ["glossary", "show", "place.torkham", "--json"])
    assert json.loads(result.output)["canonical"] == "Torkham"
    result = runner.invoke(app, ["glossary", "show", "place.torkham", "--tsv"])
    header, row = result.output.splitlines()
    assert header.split("\t") == ["id", "type", "canonical", *LANGS, "framing", "notes", "match"]
    desk = tmp_path / "desk.tsv"
    desk.write_text(result.output, encoding="utf-8")  # the documented override workflow
    assert load_glossaries([desk]).get("place.torkham").variants == load_glossaries().get("place.torkham").variants


def test_cli_errors_are_one_line_with_the_fix():
    result = runner.invoke(app, ["glossary", "show", "place.torkam"])
    assert result.exit_code == 1
    assert result.output.strip() == ("error: unknown glossary id 'place.torkam': did you mean "
                                     "'place.torkham'? find ids with `xsource glossary lookup TERM`")
    result = runner.invoke(app, ["glossary", "lookup", "zzzqqq"])
    assert result.exit_code == 1
    assert result.output.strip() == ("no glossary entry matches 'zzzqqq': try another spelling or "
                                     "part of the name, or add it to a desk glossary (see glossaries/README.md)")
    result = runner.invoke(app, ["glossary", "lookup", "x", "--glossary", "missing.tsv"])
    assert result.exit_code == 1
    assert result.output.strip() == ("error: glossary file missing.tsv not found: check the path "
                                     "given to --glossary")


def test_cli_match_shows_offsets_into_the_original():
    result = runner.invoke(app, ["glossary", "match", "بکابل و تورخم", "--lang", "prs"])
    assert result.exit_code == 0
    assert result.output.splitlines() == ["0-5\tبکابل\tKabul\tplace.kabul", "8-13\tتورخم\tTorkham\tplace.torkham"]
