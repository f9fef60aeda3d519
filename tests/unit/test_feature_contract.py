"""The feature contract (design §10), checked for every entry of ``FEATURES``.

A feature that is one line in FEATURES gets all of this from the shared
machinery; this test shows it does: its record round-trips through export
and import, copies into a new round (when it declares a copier), has a demo,
loses its personal fields in a default export (data, CSV and PDFs), and its
documents build.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pypdf import PdfReader

from app.exchange.reader import read_bundle
from app.features import FEATURES, document_specs, record_kinds
from app.features.base import Feature, NavSection, strip_paths
from app.services.context import Services
from app.services.documents import build_document
from app.services.exchange import apply_import, export_round, preview_import
from app.services.record_store import RoundRecordStore
from app.services.round_start import start_round
from models.meeting import Meeting
from models.position import Position

RECORD_FEATURES = [f for f in FEATURES if f.model is not None]
IDS = [f.kind for f in RECORD_FEATURES]


def _stored(services: Services, feature: Feature, round_id: str) -> dict[str, Any] | None:
    return services.repo.load_round_doc(round_id, feature.kind)


#: Features whose demo fills the previous round (2026): the monitoring follows the
#: agreements that run while 2027 is being prepared, which are 2026's.
DEMO_ROUND = {"monitoring": "2026"}


def _leaves(node: Any, parts: list[str]) -> list[Any]:
    if not parts:
        return [node]
    head, rest = parts[0], parts[1:]
    if head == "*":
        values = (
            node
            if isinstance(node, list)
            else list(node.values())
            if isinstance(node, dict)
            else []
        )
        return [leaf for value in values for leaf in _leaves(value, rest)]
    return _leaves(node[head], rest) if isinstance(node, dict) and head in node else []


def test_kinds_and_print_kinds_are_unique() -> None:
    kinds = [f.kind for f in FEATURES]
    assert len(kinds) == len(set(kinds))
    prints = [d.kind for f in FEATURES for d in f.documents]
    assert len(prints) == len(set(prints)) == len(document_specs())
    routes = [f.section.route for f in FEATURES if f.section]
    assert len(routes) == len(set(routes))


@pytest.mark.parametrize("feature", RECORD_FEATURES, ids=IDS)
def test_record_has_round_id_and_updated(feature: Feature) -> None:
    assert feature.model is not None
    assert {"round_id", "updated"} <= set(feature.model.model_fields)
    assert record_kinds()[feature.kind] is feature


@pytest.mark.parametrize("feature", RECORD_FEATURES, ids=IDS)
def test_has_a_demo(feature: Feature, demo: Services) -> None:
    assert feature.demo is not None, "every feature fills the demo (design §5)"
    round_id = DEMO_ROUND.get(feature.kind, "2027")
    stored = _stored(demo, feature, round_id)
    assert stored is not None
    assert feature.model is not None
    empty = feature.model.model_validate({"round_id": round_id}).model_dump(mode="json")
    assert {k: v for k, v in stored.items() if k != "updated"} != {
        k: v for k, v in empty.items() if k != "updated"
    }


@pytest.mark.parametrize("feature", RECORD_FEATURES, ids=IDS)
def test_round_trips_through_export_and_import(
    feature: Feature, demo: Services, tmp_path: Path
) -> None:
    other = Services.open(tmp_path / "other")
    round_id = DEMO_ROUND.get(feature.kind, "2027")
    try:
        bundle = read_bundle(export_round(demo.repo, round_id, personal_data=True, pdfs={}))
        apply_import(other.repo, preview_import(other.repo, bundle))
        stored = _stored(demo, feature, round_id)
        assert stored is not None and _stored(other, feature, round_id) == stored
    finally:
        other.close()


@pytest.mark.parametrize(
    "feature", [f for f in RECORD_FEATURES if f.copy_into_new_round], ids=lambda f: f.kind
)
def test_copies_into_a_new_round_once(feature: Feature, demo: Services) -> None:
    new = start_round(demo.repo, 2028, ["Noorderveen"], [], copy_from="2027")
    copied = _stored(demo, feature, new.id)
    assert copied is not None and copied["round_id"] == new.id
    assert feature.copy_into_new_round is not None
    feature.copy_into_new_round(demo.repo, "2027", new.id)  # twice changes nothing
    assert _stored(demo, feature, new.id) == copied


@pytest.mark.parametrize(
    "feature", [f for f in RECORD_FEATURES if f.personal_fields], ids=lambda f: f.kind
)
def test_default_export_strips_personal_fields(feature: Feature, demo: Services) -> None:
    stored = _stored(demo, feature, "2027")
    assert stored is not None
    personal = [
        line.strip()
        for path in feature.personal_fields
        for leaf in _leaves(stored, path.split("."))
        if isinstance(leaf, str)
        for line in leaf.splitlines()
        if line.strip()
    ]
    assert personal, "the demo fills the personal fields, so this test can fail"
    payload = export_round(demo.repo, "2027")
    with zipfile.ZipFile(io.BytesIO(payload)) as zf:
        texts = {name: zf.read(name) for name in zf.namelist()}
    bundle = read_bundle(payload)
    exported = bundle.data.documents[feature.kind]
    assert exported == strip_paths(stored, feature.personal_fields)
    pdf_text = " ".join(
        " ".join((page.extract_text() or "").split())
        for name, data in texts.items()
        if name.endswith(".pdf")
        for page in PdfReader(io.BytesIO(data)).pages
    )
    csv_text = b"".join(v for n, v in texts.items() if n.endswith(".csv")).decode("utf-8-sig")
    for value in personal:
        assert value not in pdf_text
        assert value not in csv_text


@pytest.mark.parametrize(
    "feature", [f for f in RECORD_FEATURES if f.personal_fields], ids=lambda f: f.kind
)
def test_export_screen_names_what_is_left_out(feature: Feature) -> None:
    """The export screen lists, per feature, what a default export leaves out;
    a feature with personal fields and no summary would be left out silently."""
    from app.i18n import _
    from app.services.exchange import LEFT_OUT_OF_DEFAULT_EXPORT

    assert feature.personal_summary, f"{feature.kind} declares personal fields but no summary"
    assert feature.personal_summary in LEFT_OUT_OF_DEFAULT_EXPORT
    assert _(feature.personal_summary) != feature.personal_summary  # translated to Dutch


@pytest.mark.parametrize("spec", [d for f in FEATURES for d in f.documents], ids=lambda d: d.kind)
def test_documents_build_and_describe_themselves(spec: Any, demo: Services) -> None:
    data = build_document(demo.repo, spec.kind, "2027")
    assert data.startswith(b"%PDF")
    text = " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    assert "De Eendracht" in text
    assert spec.contents(demo.repo, "2027")
    assert spec.title and spec.description


def test_strip_paths_blanks_lists_and_dicts() -> None:
    data = {"a": "x", "b": [{"e": "m", "k": 1}], "c": {"t": "n"}, "d": ["p"]}
    assert strip_paths(data, ("a", "b.*.e", "c.*", "d")) == {
        "a": "",
        "b": [{"e": "", "k": 1}],
        "c": {"t": ""},
        "d": [],
    }


def test_feature_fills_in_kind_and_section_it_leaves_out() -> None:
    service = ModuleType("app.services.example")
    service.KIND = "example"  # type: ignore[attr-defined]
    section = NavSection(icon="HANDSHAKE", view="views.example:ExampleSection", order=75)
    derived = Feature(service=service, label="Example", model=None, section=section)
    assert derived.kind == "example"
    assert derived.section == NavSection(
        icon="HANDSHAKE",
        view="views.example:ExampleSection",
        order=75,
        route="/example",
        label="Example",
    )
    own = NavSection(icon="HANDSHAKE", view="v:V", order=75, route="/eigen", label="Own")
    named = Feature(kind="example", service=service, label="Example", model=None, section=own)
    assert named.section == own
    with pytest.raises(ValueError, match="not its service's"):
        Feature(kind="other", service=service, label="Example", model=None)
    with pytest.raises(ValueError, match="names its kind"):
        Feature(label="Example", model=None)


def test_feature_takes_kind_and_model_from_its_service_store() -> None:
    """The record store in the service is the one place a feature's kind and model
    are declared; a descriptor naming another model is refused at start-up."""
    service = ModuleType("app.services.example")
    service.KIND = "example"  # type: ignore[attr-defined]
    service.STORE = RoundRecordStore("example", Meeting)  # type: ignore[attr-defined]
    derived = Feature(service=service, label="Example")
    assert (derived.kind, derived.model) == ("example", Meeting)
    assert Feature(service=service, label="Example", model=Meeting).model is Meeting
    with pytest.raises(ValueError, match="not its store's"):
        Feature(service=service, label="Example", model=Position)
    assert all(f.model is getattr(f.service, "STORE", None).model for f in record_kinds().values())


def test_feature_copies_into_a_new_round_with_its_services_copy_from_previous() -> None:
    def copy_from_previous(repo: object, from_round_id: str, to_round_id: str) -> None: ...

    service = ModuleType("app.services.example")
    service.KIND = "example"  # type: ignore[attr-defined]
    assert Feature(service=service, label="Example").copy_into_new_round is None
    service.copy_from_previous = copy_from_previous  # type: ignore[attr-defined]
    assert Feature(service=service, label="Example").copy_into_new_round is copy_from_previous
    copied = {f.kind for f in FEATURES if f.copy_into_new_round is not None}
    assert copied == {"position", "checklist", "calendar", "survey"}
