"""A collection's own name, description and home text (collection.yml beside its sources)."""

from __future__ import annotations

import shutil

import pytest

from build_scripts.errors import SourceError
from build_scripts.settings import STRICT_ENV, CollectionSettings, load_settings, strict_sources

from .conftest import SOURCES, run_mkdocs, write_sources


def test_the_seeds_name_their_collection():
    settings = load_settings(SOURCES)
    assert settings.name == "UN Documents — Migrant Workers Convention"
    assert settings.description.startswith("Resolutions and reports on the International Convention")
    assert settings.home.startswith("# The Migrant Workers Convention in UN documents")


def test_a_collection_without_the_file_gets_a_neutral_name(tmp_path):
    assert load_settings(tmp_path) == CollectionSettings()
    assert CollectionSettings().name == "UN documents"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name: ok\ndescription: [unclosed\n", "collection.yml:3: not valid YAML"),
        ("- a list\n", "must be a mapping"),
        ("title: Mine\n", "unknown field 'title' (allowed: name:"),
        ("name: ''\n", "field 'name' must be a non-empty text"),
        ("name:\n  nested: 1\n", "field 'name' must be a non-empty text"),
        ("strict_sources: yes please\n", "field 'strict_sources' must be true or false"),
        ("name: true\n", "field 'name' must be a non-empty text"),
    ],
)
def test_a_bad_file_is_refused_with_what_is_wrong(tmp_path, text, message):
    (tmp_path / "collection.yml").write_text(text, encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        load_settings(tmp_path)
    assert message in str(caught.value)


def test_strict_sources_from_the_file_or_the_environment(tmp_path, monkeypatch):
    """``strict_sources: true`` or ``$UN_DOCS_STRICT_SOURCES`` (make STRICT=1): a source
    file that cannot be read stops the build; neither: it is left out and listed."""
    monkeypatch.delenv(STRICT_ENV, raising=False)
    assert not strict_sources(load_settings(tmp_path))
    (tmp_path / "collection.yml").write_text("strict_sources: true\n", encoding="utf-8")
    settings = load_settings(tmp_path)
    assert settings.strict_sources and strict_sources(settings)
    assert settings.name == CollectionSettings().name
    (tmp_path / "collection.yml").write_text("strict_sources: false\n", encoding="utf-8")
    assert not strict_sources(load_settings(tmp_path))
    monkeypatch.setenv(STRICT_ENV, "1")
    assert strict_sources(load_settings(tmp_path))
    monkeypatch.setenv(STRICT_ENV, "0")
    assert not strict_sources(load_settings(tmp_path))


def test_another_collection_builds_its_own_site(tmp_path):
    """No edit of the repository: another directory of sources, its own collection.yml."""
    sources = tmp_path / "other"
    shutil.copytree(SOURCES, sources)
    write_sources(
        sources,
        {
            "collection.yml": "name: Treaty body texts\n"
            "description: Two decades of one treaty body.\n"
            "home: |\n  # Our texts\n\n  Read them **here**.\n"
        },
    )
    result = run_mkdocs(tmp_path / "site", sources=sources)
    assert result.returncode == 0, result.stderr
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "<title>Treaty body texts</title>" in home or "- Treaty body texts</title>" in home
    assert '<meta name="description" content="Two decades of one treaty body.">' in home
    assert "Read them <strong>here</strong>." in home
    assert "the 5 documents of the collection" in home
    page = (tmp_path / "site" / "A/RES/56/145/index.html").read_text(encoding="utf-8")
    assert "Treaty body texts" in page and "Migrant Workers Convention</title>" not in page
    # a bad file stops the build with its name, before anything is written
    (sources / "collection.yml").write_text("colour: blue\n", encoding="utf-8")
    failed = run_mkdocs(tmp_path / "site2", sources=sources)
    assert failed.returncode != 0 and "collection.yml: unknown field 'colour'" in failed.stderr
    assert not (tmp_path / "site2").exists()
