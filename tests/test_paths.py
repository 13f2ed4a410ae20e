"""Every writer keeps its files inside its output directory (``build_scripts.paths``):
whatever made a path, one that climbs out, starts at the root or follows a link out is
refused with the path named, and nothing is written outside."""

from __future__ import annotations

import types
import zipfile
from pathlib import Path

import pytest
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from build_scripts import hook
from build_scripts.build import Generated, write_tree
from build_scripts.bundle import MATERIAL_INDEX, main, write_bundle
from build_scripts.errors import SourceError
from build_scripts.paths import check_relative, is_inside, path_problem, safe_join
from build_scripts.writers.json_export import record_path
from build_scripts.writers.urls import akn_path, compare_path, page_path

CLEAN = ["index.md", "A/RES/56/145.md", "data/akn/A/RES/56/145.xml", "compare/A-RES-1-1--A-RES-2-1.md", "a..b/c"]
ESCAPES = {
    "parent": "../x.md",
    "parent midway": "A/../../x.md",
    "parent at the end": "A/..",
    "absolute": "/tmp/x.md",
    "drive": "C:/x.md",
    "drive relative": "c:x.md",
    "backslash": "..\\x.md",
    "NUL": "A/x\x00.md",
    "newline": "A/x\n.md",
    "escape character": "A/\x1b.md",
    "empty segment": "A//x.md",
    "trailing slash": "A/",
    "dot": "./x.md",
    "empty": "",
}


@pytest.mark.parametrize("relative", CLEAN)
def test_clean_relative_paths_are_joined(tmp_path, relative):
    assert path_problem(relative) is None
    assert safe_join(tmp_path, relative) == tmp_path / relative


@pytest.mark.parametrize("relative", ESCAPES.values(), ids=ESCAPES.keys())
def test_paths_that_lead_out_are_refused_naming_them(tmp_path, relative):
    assert path_problem(relative) is not None
    with pytest.raises(SourceError) as refused:
        safe_join(tmp_path, relative)
    assert refused.value.path == repr(relative)
    assert f"refused to write outside {tmp_path}" in refused.value.message
    with pytest.raises(SourceError):
        check_relative(relative)


def test_a_link_out_of_the_directory_is_refused(tmp_path):
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "data").symlink_to(elsewhere)
    assert check_relative("data/x.json") == "data/x.json"  # lexically clean ...
    with pytest.raises(SourceError, match="leads out through a link"):  # ... but not inside
        safe_join(out, "data/x.json")
    assert not is_inside(out, out / "data/x.json")
    (out / "leak.md").symlink_to(elsewhere / "x.md")  # the file itself a link out
    with pytest.raises(SourceError, match="leads out through a link"):
        safe_join(out, "leak.md")
    (out / "inner").symlink_to(out / "A")  # a link that stays inside is no escape
    assert safe_join(out, "inner/x.md") == out / "inner/x.md"


def test_write_tree_writes_nothing_outside(tmp_path):
    out = tmp_path / "out"
    with pytest.raises(SourceError, match=r"'\.\./escaped/A\.md': refused to write outside"):
        write_tree(out, [("index.md", "home"), ("../escaped/A.md", "pwned"), ("later.md", "x")])
    assert (out / "index.md").read_text(encoding="utf-8") == "home"
    assert not (tmp_path / "escaped").exists() and not (out / "later.md").exists()
    with pytest.raises(SourceError):
        write_tree(out, [(str(tmp_path / "absolute.md"), "pwned")])
    assert not (tmp_path / "absolute.md").exists()


@pytest.mark.parametrize("path_of", [page_path, akn_path, record_path, lambda s: compare_path("A/RES/1/1", s)])
def test_paths_are_made_of_symbols_only(path_of):
    """The second line of defence: a symbol that got past the check at the source never
    becomes a path."""
    assert "A/RES/56/145" in path_of("A/RES/56/145") or "A-RES-56-145" in path_of("A/RES/56/145")
    for symbol in ("../../x", "/etc/x", "", "A/RES/1\x00"):
        with pytest.raises(ValueError, match="is not a UN document symbol"):
            path_of(symbol)


def hook_config(site: Path) -> MkDocsConfig:
    config = MkDocsConfig(config_file_path=str(site.parent / "mkdocs.yml"))
    config["site_dir"] = str(site)
    return config


@pytest.mark.parametrize("deferred", [False, True], ids=["generated", "still being written"])
def test_the_hook_refuses_to_hand_mkdocs_a_path_that_leads_out(tmp_path, monkeypatch, deferred):
    """MkDocs writes each generated file where its path says: the hook checks them all,
    those rendered already and those a deferred build is still writing."""
    files = {"index.md": "home", "../escaped/A.md": "pwned"}
    monkeypatch.setitem(hook._built, "generated", Generated({} if deferred else files, [], 1))
    if deferred:
        monkeypatch.setitem(hook._built, "deferred", types.SimpleNamespace(pending=list(files)))
    else:
        monkeypatch.delitem(hook._built, "deferred", raising=False)
    with pytest.raises(PluginError, match=r"cannot build the collection: '\.\./escaped/A\.md': refused to write"):
        hook.on_files(Files([]), hook_config(tmp_path / "site"))


def test_the_hook_writes_its_own_files_inside_the_site_only(tmp_path):
    site, elsewhere = tmp_path / "site", tmp_path / "elsewhere"
    site.mkdir()
    elsewhere.mkdir()
    (site / "data").symlink_to(elsewhere)
    with pytest.raises(PluginError, match=r"cannot finish the site: 'data/README\.md'"):
        hook._finish_data(site, "A collection")
    assert list(elsewhere.iterdir()) == []


def fake_site(site: Path) -> Path:
    """The least a site needs to be bundled."""
    (site / "search").mkdir(parents=True)
    (site / MATERIAL_INDEX).write_text('{"config": {}, "docs": []}', encoding="utf-8")
    (site / "assets/javascripts/workers").mkdir(parents=True)
    (site / "assets/javascripts/workers/search.0123abcd.min.js").write_text("//", encoding="utf-8")
    (site / "index.html").write_text("<p>home</p>", encoding="utf-8")
    return site


def test_the_bundle_of_a_clean_site(tmp_path):
    site = fake_site(tmp_path / "site")
    assert write_bundle(site, tmp_path / "dist/bundle.zip") == 3
    with zipfile.ZipFile(tmp_path / "dist/bundle.zip") as archive:
        assert archive.namelist() == [
            "assets/javascripts/workers/search.0123abcd.min.js",
            "index.html",
            "search/search_index.js",
        ]


@pytest.mark.parametrize("bad", ["a link out", "a backslash"])
def test_the_bundle_carries_no_file_from_outside_and_none_that_unpacks_outside(tmp_path, capsys, bad):
    site = fake_site(tmp_path / "site")
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the bundle", encoding="utf-8")
    if bad == "a link out":
        (site / "leak.txt").symlink_to(secret)
        named = "leak.txt"
    else:
        (site / "..\\..\\x.txt").write_text("x", encoding="utf-8")
        named = repr("..\\..\\x.txt")
    target = tmp_path / "dist/bundle.zip"
    assert main([str(site), str(target)]) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"error: {named}: refused to "), error
    assert not target.exists() and not target.with_suffix(".zip.partial").exists()
