"""The newsroom standards: ``-f ninjs`` (ninjs 3.1, and 2.2 with ``--ninjs-version``) and ``-f nitf``
(NITF 3.6).

- Every story of ``samples/``, and of ``../shared/corpus`` when it is there, is valid against the
  ninjs 3.1 and 2.2 JSON Schemas (``jsonschema``, formats not asserted, the GeoJSON schema
  registered so that nothing is fetched) and against ``nitf-3-6.xsd`` (lxml). The stories are
  parsed once and each schema compiled once.
- Hostile text (the robustness strategies, and records built by hand holding every character
  that has broken text tools) always gives JSON that reads back and XML that is well-formed.
- Golden outputs of both formats for samples spread over the dateline shapes live in
  ``tests/golden/``; ``pytest --regen`` rewrites them (then review the diff by hand).
- Reading our NITF back gives the record's headline, summary, byline authors, dateline text,
  place and date, paragraphs and captions unchanged.
- The place details a dateline may carry (``country``, ``region_code``, ``geo``) are mapped when
  present and simply absent otherwise; both are tried with invented records.
- The command, run as a real process: ``-f ninjs``, ``--ninjs-version 2.2``, ``-f nitf`` with one
  and several stories on standard output, ``-o x.xml``, ``--output-dir`` naming, ``-j 2``, and
  errors as one line naming the problem.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLES, SHARED, read_text
from conftest_robust import HOSTILE_CHARS, PAYLOADS, ROBUST, any_story
from hypothesis import example, given

import wireparse
from wireparse.formats import Options, ninjs, nitf
from wireparse.model import Boilerplate, Byline, Caption, Dateline, Geo, Story

etree = pytest.importorskip("lxml.etree")

SCHEMAS = SHARED / "schemas"
GOLDEN = Path(__file__).resolve().parent / "golden"
EXE = Path(sys.executable).parent / "wireparse"
TIMEOUT = 120  # only turns a hang into a failure
NS = {"n": nitf.NAMESPACE}
BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
C1 = {chr(c) for c in range(0x7F, 0xA0)}
#: What neither format prints raw: it would reach a terminal as a control.
UNSAFE = C1 | BIDI | {"\u2028", "\u2029"}
#: Samples with golden ninjs and NITF, spread over the dateline shapes: a region in slashes, a
#: state, a country, Cyrillic, Chinese and Korean, a full date and a two-digit year, no place, a
#: place alone, captions, editor's notes, a sign-off, two bylined authors.
GOLDEN_SAMPLES = (
    "tass-region",
    "tass-ru",
    "reuters-modern",
    "reuters-1987",
    "reuters-captions",
    "reuters-flattened",
    "ap-state",
    "ap-dated",
    "ap-eds",
    "efe-fbis",
    "kyodo",
    "xinhua-zh",
    "yonhap-ko",
    "stt-fi",
)


# --- schemas, compiled once ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ninjs_validators() -> dict[str, Any]:
    if not SCHEMAS.is_dir():
        pytest.skip(f"{SCHEMAS} is absent")
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    geojson = json.loads((SCHEMAS / "geojson" / "GeoJSON.json").read_text(encoding="utf-8"))
    registry = Registry().with_resource(
        "https://geojson.org/schema/GeoJSON.json", Resource.from_contents(geojson)
    )
    validators = {}
    for version in ninjs.VERSIONS:
        schema = json.loads((SCHEMAS / "ninjs" / f"ninjs-schema_{version}.json").read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        validators[version] = Draft202012Validator(schema, registry=registry)
    return validators


@pytest.fixture(scope="module")
def nitf_schema() -> Any:
    if not SCHEMAS.is_dir():
        pytest.skip(f"{SCHEMAS} is absent")
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "nitf" / "nitf-3-6.xsd")))


# --- the stories, parsed once ----------------------------------------------------------------------


def _stories(paths: list[Path], root: Path) -> list[Story]:
    return [
        story
        for path in paths
        for story in wireparse.parse_stream(path.read_bytes(), source=str(path.relative_to(root.parent)))
    ]


@pytest.fixture(scope="module")
def sample_stories() -> list[Story]:
    return _stories(sorted(SAMPLES.glob("*.txt")), SAMPLES)


@pytest.fixture(scope="module")
def corpus_stories() -> list[Story]:
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip(f"{corpus} is absent")
    stories = _stories(sorted(corpus.rglob("*.txt")), corpus)
    assert len(stories) >= 100, "the corpus holds a few hundred stories"
    return stories


def _ninjs_failures(stories: list[Story], validator: Any, version: str) -> list[str]:
    failures = []
    for story in stories:
        item = json.loads(ninjs.render_story(story, Options(ninjs_version=version)))
        for error in validator.iter_errors(item):
            failures.append(f"{story.source}#{story.index}: {error.json_path}: {error.message[:200]}")
    return failures


def _nitf_failures(stories: list[Story], schema: Any) -> list[str]:
    failures = []
    for story in stories:
        document = etree.fromstring(nitf.document(story).encode("utf-8"))
        if not schema.validate(document):
            failures.append(f"{story.source}#{story.index}: {schema.error_log.last_error}")
    return failures


@pytest.mark.parametrize("version", ninjs.VERSIONS)
@pytest.mark.parametrize("collection", ["sample_stories", "corpus_stories"])
def test_every_story_is_valid_ninjs(collection, version, ninjs_validators, request) -> None:
    stories = request.getfixturevalue(collection)
    failures = _ninjs_failures(stories, ninjs_validators[version], version)
    assert not failures, f"{len(failures)} of {len(stories)} invalid:\n" + "\n".join(failures[:10])


@pytest.mark.parametrize("collection", ["sample_stories", "corpus_stories"])
def test_every_story_is_valid_nitf(collection, nitf_schema, request) -> None:
    stories = request.getfixturevalue(collection)
    failures = _nitf_failures(stories, nitf_schema)
    assert not failures, f"{len(failures)} of {len(stories)} invalid:\n" + "\n".join(failures[:10])


# --- reading NITF back -----------------------------------------------------------------------------


def _text(node: Any) -> str | None:
    return None if node is None else "".join(node.itertext())


def _normal(node: Any) -> str | None:
    """A marked part's normal form: its alt-code's value, else its text."""
    if node is None:
        return None
    alt = node.find(f"n:alt-code[@idsrc='{nitf.NAME_SOURCE}']", NS)
    return alt.get("value") if alt is not None else _text(node)


def _iso(norm: str | None) -> str | None:
    if norm is None:
        return None
    if norm.startswith("--"):
        return f"--{norm[2:4]}-{norm[4:6]}"
    return f"{norm[:4]}-{norm[4:6]}-{norm[6:8]}"


def read_nitf(document: str) -> dict[str, Any]:
    """The record's fields as a reader of our NITF finds them."""
    root = etree.fromstring(document.encode("utf-8"))
    head = root.find("n:body/n:body.head", NS)
    find = (lambda path: None) if head is None else (lambda path: head.find(path, NS))
    byline, dateline = find("n:byline"), find("n:dateline")
    date = None if dateline is None else dateline.find("n:story.date", NS)
    content = root.find("n:body/n:body.content", NS)
    media = [] if content is None else content.findall("n:media", NS)
    return {
        "headline": _text(find("n:hedline/n:hl1")) or None,
        "summary": _text(find("n:hedline/n:hl2")),
        "authors": [] if byline is None else [_normal(p) for p in byline.findall("n:person", NS)],
        "dateline": _text(dateline),
        "place": None if dateline is None else _normal(dateline.find("n:location/n:city", NS)),
        "date": None if date is None else _iso(date.get("norm")),
        "paragraphs": [] if content is None else [_text(p) for p in content.findall("n:p", NS)],
        "captions": [
            (_text(m.find("n:media-caption", NS)), _text(m.find("n:media-producer", NS))) for m in media
        ],
    }


def expected_nitf(story: Story) -> dict[str, Any]:
    dateline = story.dateline
    return {
        "headline": story.headline,
        "summary": story.summary,
        "authors": list(story.byline.authors) if story.byline else [],
        "dateline": dateline.text if dateline else None,
        "place": dateline.place if dateline else None,
        "date": dateline.date if dateline else None,
        "paragraphs": list(story.paragraphs),
        "captions": [(c.text, c.credit) for c in story.captions],
    }


@pytest.mark.parametrize("collection", ["sample_stories", "corpus_stories"])
def test_nitf_reads_back_to_the_record(collection, request) -> None:
    stories = request.getfixturevalue(collection)
    wrong = [s for s in stories if read_nitf(nitf.document(s)) != expected_nitf(s)]
    for story in wrong[:3]:
        assert read_nitf(nitf.document(story)) == expected_nitf(story), f"{story.source}#{story.index}"
    assert not wrong


# --- hostile text ----------------------------------------------------------------------------------

#: Every character that has broken text tools, and every payload aimed at an output format (the two
#: lone surrogates kept apart: side by side, JSON reads them back as one pair).
NASTY = (
    HOSTILE_CHARS.replace("\ud800\udfff", "\ud800 \udfff")
    + "".join(PAYLOADS)
    + "<p>&amp;</p>]]><!-- x --><?xml ?><![CDATA[y]]>\"'"
)
HOSTILE = Story(
    source="dir/\udcff:name with spaces %20#0.txt",
    index=3,
    headline=NASTY,
    summary=NASTY,
    byline=Byline(f"By {NASTY} Ann Lee", (NASTY, "Ann Lee")),
    dateline=Dateline(f"{NASTY}, March 7 ({NASTY}) -", NASTY, NASTY, "2024-03-07", NASTY),
    captions=(Caption(NASTY, NASTY), Caption(None, NASTY), Caption(NASTY, None)),
    paragraphs=(NASTY, "\r\n\r", "plain"),
    boilerplate=(Boilerplate("ednote", NASTY), Boilerplate("signoff", NASTY)),
    warnings=(NASTY,),
    language="en",
)
#: What XML 1.0 cannot hold: a reader gets U+FFFD in its place.
NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _check_ninjs(story: Story, validators: dict[str, Any], *, exact: bool = True) -> None:
    """Valid ninjs of each version on one line of safe UTF-8; with ``exact``, the object read back
    is the one rendered (a story holding a high and a low lone surrogate side by side reads back
    with the pair joined, as any JSON does)."""
    for version in ninjs.VERSIONS:
        line = ninjs.render_story(story, Options(ninjs_version=version))
        assert line.endswith("\n") and line.count("\n") == 1
        line.encode("utf-8")  # strict: valid UTF-8 whatever the story holds
        assert not UNSAFE & set(line)
        item = json.loads(line)
        assert item == ninjs.record(story, version) or not exact
        assert not list(validators[version].iter_errors(item))


def _check_nitf(story: Story, schema: Any) -> Any:
    document = nitf.document(story)
    assert not UNSAFE & set(document)
    root = etree.fromstring(document.encode("utf-8"))  # strict: well-formed, valid UTF-8
    assert schema.validate(root), schema.error_log.last_error
    return root


@ROBUST
@given(text=any_story)
@example(text=HOSTILE_CHARS)
@example(text="".join(PAYLOADS))
def test_hostile_text_gives_valid_json_and_well_formed_xml(ninjs_validators, nitf_schema, text) -> None:
    story = wireparse.parse(text)
    _check_ninjs(story, ninjs_validators, exact=not re.search("[\ud800-\udfff]", text))
    _check_nitf(story, nitf_schema)


def test_a_record_of_every_hostile_character_reads_back(ninjs_validators, nitf_schema) -> None:
    """Nothing is lost to JSON; XML keeps all it can hold (CR, C1 and bidi controls as
    references) and reads U+FFFD for what it cannot."""
    _check_ninjs(HOSTILE, ninjs_validators)
    root = _check_nitf(HOSTILE, nitf_schema)
    expected = {
        key: (NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value)
        for key, value in expected_nitf(HOSTILE).items()
    }
    for key in ("authors", "paragraphs"):
        expected[key] = [NOT_XML.sub("\ufffd", v) for v in expected[key]]
    expected["captions"] = [tuple(v and NOT_XML.sub("\ufffd", v) for v in c) for c in expected["captions"]]
    assert read_nitf(etree.tostring(root, encoding="unicode")) == expected
    assert root.find("n:head/n:docdata/n:doc-id", NS).get("id-string") == ninjs.record(HOSTILE)["uri"]


def test_the_uri_is_stable_and_keeps_the_index_apart() -> None:
    first = ninjs.record(HOSTILE)["uri"]
    assert (
        first
        == ninjs.record(HOSTILE)["uri"]
        == "urn:wireparse:dir/%FF%3Aname%20with%20spaces%20%2520%230.txt:3"
    )
    other = Story(source="a:1", index=2)
    assert ninjs.record(other)["uri"] == "urn:wireparse:a%3A1:2"
    assert re.fullmatch(r"[\x21-\x7e]+", first), "a URI is printable ASCII"


# --- golden outputs --------------------------------------------------------------------------------


def _golden_story(name: str) -> Story:
    return wireparse.parse(read_text(SAMPLES / f"{name}.txt"), source=f"samples/{name}.txt")


GOLDEN_KINDS = {
    # kind -> (file name, the output as stored)
    "ninjs": (lambda name: f"{name}.ninjs.json", lambda s: _pretty(ninjs.record(s))),
    "ninjs-2.2": (lambda name: f"{name}.ninjs-2.2.json", lambda s: _pretty(ninjs.record(s, "2.2"))),
    "nitf": (lambda name: f"{name}.nitf.xml", nitf.document),
}


def _pretty(item: dict[str, Any]) -> str:
    """ninjs kept indented, for a readable diff; the test compares it with the line printed."""
    return json.dumps(item, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("kind", sorted(GOLDEN_KINDS))
@pytest.mark.parametrize("name", GOLDEN_SAMPLES)
def test_golden_outputs(name: str, kind: str, regen: bool) -> None:
    file_name, render = GOLDEN_KINDS[kind]
    golden = GOLDEN / file_name(name)
    output = render(_golden_story(name))
    if regen:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(output, encoding="utf-8", newline="")
        pytest.skip(f"rewrote {golden.name}: review the diff by hand")
    assert golden.exists(), f"no {golden.name}: run pytest --regen, then review it"
    assert output == read_text(golden)
    if kind.startswith("ninjs"):
        version = "2.2" if kind.endswith("2.2") else "3.1"
        line = ninjs.render_story(_golden_story(name), Options(ninjs_version=version))
        assert json.loads(line) == json.loads(output), "the line printed holds the golden object"


def test_goldens_cover_the_dateline_shapes() -> None:
    stories = [_golden_story(name) for name in GOLDEN_SAMPLES]
    datelines = [s.dateline for s in stories if s.dateline]
    assert len(GOLDEN_SAMPLES) >= 8
    assert any(d.region for d in datelines) and any(not d.place for d in datelines)
    assert {len(d.date or "") for d in datelines} == {0, 7, 10}, "no date, month and day, full date"
    assert any(s.captions for s in stories) and any(s.byline for s in stories)


# --- the place details a dateline may carry --------------------------------------------------------


def _placed(dateline: Dateline) -> Story:
    return Story(source="placed.txt", headline="Head", dateline=dateline, paragraphs=("Body.",))


PRINTED = "KOLOMNA /Moscow Region/, August 19, 2024. /TASS/."
BARE = Dateline(PRINTED, "Kolomna", "Moscow Region", "2024-08-19", "TASS")
PLACED = Dateline(
    *(PRINTED, "Kolomna", "Moscow Region", "2024-08-19", "TASS"),
    country="RU",
    region_code="RU-MOS",
    geo=Geo(55.0794, 38.7783, 538908),
)


@pytest.mark.parametrize(
    "dateline",
    [
        PLACED,
        Dateline(*(PRINTED, "Kolomna", None, None, None), country="RU", geo=Geo(55.08, 38.78, 0)),
        Dateline(*(PRINTED, "Kolomna", None, None, None), region_code="RU-MOS"),
        Dateline(*(PRINTED, "Kolomna", None, None, None), geo=Geo(float("nan"), 1.0, 0)),
    ],
    ids=["all", "country and a point", "region code alone", "no usable point"],
)
def test_place_details_are_mapped_when_present(dateline, ninjs_validators, nitf_schema) -> None:
    story = _placed(dateline)
    _check_ninjs(story, ninjs_validators)
    root = _check_nitf(story, nitf_schema)
    details = dateline.as_dict()
    places = ninjs.record(story)["places"]
    assert places[0]["name"] == "Kolomna"
    location = root.find("n:body/n:body.head/n:dateline/n:location", NS)
    country = location.find("n:country", NS)
    if details["country"]:
        assert {"literal": "RU", "uri": "http://cvx.iptc.org/iso3166-1a2/ru", "rel": "located"} in places
        assert country.get("iso-cc") == "RU" and _text(country) == ""
    else:
        assert country is None
    region = location.find("n:region", NS)
    if details["region_code"]:
        assert any(p.get("literal") == "RU-MOS" for p in places)
        assert region.get("region-code") == "RU-MOS" and region.get("code-source") == "ISO 3166-2"
    geo = details["geo"] or {}
    if geo.get("lat") == geo.get("lat") and "lat" in geo:  # not NaN
        assert places[0]["geoJSON"] == {"type": "Point", "coordinates": [geo["lon"], geo["lat"]]}
    else:
        assert "geoJSON" not in places[0]
    if geo.get("geonames_id"):
        assert places[0]["uri"] == f"https://sws.geonames.org/{geo['geonames_id']}/"
        assert location.get("location-code") == str(geo["geonames_id"])
    assert read_nitf(nitf.document(story)) == expected_nitf(story), "the printed text is kept"


def test_a_dateline_without_place_details_leaves_them_out(ninjs_validators, nitf_schema) -> None:
    story = _placed(BARE)
    _check_ninjs(story, ninjs_validators)
    root = _check_nitf(story, nitf_schema)
    assert ninjs.record(story)["places"] == [
        {"name": "Kolomna", "rel": "located"},
        {"name": "Moscow Region", "rel": "located"},
    ]
    location = root.find("n:body/n:body.head/n:dateline/n:location", NS)
    assert location.find("n:country", NS) is None and location.get("location-code") is None
    assert "geoJSON" not in json.dumps(ninjs.record(story)) and "geojson" not in json.dumps(
        ninjs.record(story, "2.2")
    )


def test_version_2_2_spells_keys_in_lower_case() -> None:
    story = _placed(PLACED)
    modern, older = json.dumps(ninjs.record(story)), json.dumps(ninjs.record(story, "2.2"))
    for new, old in ninjs.KEYS_2X.items():
        if f'"{new}"' in modern:
            assert f'"{new}"' not in older and f'"{old}"' in older
    assert '"geoJSON"' in modern and '"infoSources"' in modern
    with pytest.raises(ValueError, match="ninjs version"):
        ninjs.record(story, "9.9")


def test_dates_are_written_only_where_a_date_is_taken() -> None:
    """ninjs takes only date-times on a news item: no date. NITF's norm holds the date, no time;
    date.issue only a full date."""
    dated, yearless = _placed(BARE), _placed(Dateline("KOLOMNA, August 19 -", "Kolomna", None, "--08-19"))
    for story in (dated, yearless):
        assert "2024" not in json.dumps({k: v for k, v in ninjs.record(story).items() if k != "bodies"})
    root = etree.fromstring(nitf.document(dated).encode())
    assert root.find("n:head/n:docdata/n:date.issue", NS).get("norm") == "20240819"
    assert root.find(".//n:story.date", NS).get("norm") == "20240819"
    root = etree.fromstring(nitf.document(yearless).encode())
    assert root.find("n:head/n:docdata/n:date.issue", NS) is None
    assert root.find(".//n:story.date", NS).get("norm") == "--0819"


def test_an_empty_story_is_a_minimal_valid_item(ninjs_validators, nitf_schema) -> None:
    story = Story(source="-", warnings=("empty input",))
    _check_ninjs(story, ninjs_validators)
    _check_nitf(story, nitf_schema)
    assert list(ninjs.record(story)) == ["uri", "standard", "type"]


# --- the command -----------------------------------------------------------------------------------


def run(args: list[Any], **kwargs: Any) -> subprocess.CompletedProcess:
    kwargs.setdefault("capture_output", True)
    kwargs.setdefault("timeout", TIMEOUT)
    return subprocess.run([str(EXE), *map(str, args)], **kwargs)


def documents(out: bytes) -> list[bytes]:
    """Standard output of ``-f nitf`` split into its documents, before each ``<?xml`` line."""
    return [d for d in re.split(rb"(?m)^(?=<\?xml )", out) if d]


@pytest.fixture
def two_stories(tmp_path: Path) -> Path:
    feed = tmp_path / "feed.txt"
    feed.write_text(
        "".join(f"\x02{read_text(SAMPLES / n)}\x03" for n in ("afp.txt", "tass-region.txt")), encoding="utf-8"
    )
    return feed


def test_ninjs_on_standard_output_is_one_3_1_object_a_line(two_stories) -> None:
    done = run(["-f", "ninjs", two_stories])
    assert (done.returncode, done.stderr) == (0, b"")
    items = [json.loads(line) for line in done.stdout.splitlines()]
    assert [i["standard"]["version"] for i in items] == ["3.1", "3.1"]
    assert [i["uri"] for i in items] == [f"urn:wireparse:{two_stories}:0", f"urn:wireparse:{two_stories}:1"]
    assert items[1]["infoSources"] == [{"name": "TASS"}]


def test_ninjs_version_2_2(two_stories) -> None:
    done = run(["-f", "ninjs", "--ninjs-version", "2.2", two_stories])
    assert (done.returncode, done.stderr) == (0, b"")
    items = [json.loads(line) for line in done.stdout.splitlines()]
    assert [i["standard"]["version"] for i in items] == ["2.2", "2.2"]
    assert items[1]["infosources"] == [{"name": "TASS"}] and "infoSources" not in items[1]


def test_nitf_on_standard_output_one_story_is_one_document(nitf_schema) -> None:
    done = run(["-f", "nitf", SAMPLES / "tass-region.txt"])
    assert (done.returncode, done.stderr) == (0, b"")
    assert len(documents(done.stdout)) == 1
    assert nitf_schema.validate(etree.fromstring(done.stdout))


def test_nitf_on_standard_output_several_stories_are_documents_one_after_another(
    two_stories, nitf_schema
) -> None:
    done = run(["-f", "nitf", two_stories])
    assert (done.returncode, done.stderr) == (0, b"")
    parts = documents(done.stdout)
    assert len(parts) == 2 and all(p.startswith(b"<?xml ") for p in parts)
    titles = []
    for part in parts:
        root = etree.fromstring(part)
        assert nitf_schema.validate(root)
        titles.append(root.find("n:head/n:title", NS).text)
    stories = list(wireparse.parse_stream(two_stories.read_bytes(), source=str(two_stories)))
    assert titles == [s.headline for s in stories]
    assert done.stdout == b"".join(nitf.document(s).encode() for s in stories)


def test_workers_render_the_same_output(two_stories, tmp_path) -> None:
    """ninjs and NITF stories are rendered where they are parsed: the output is the same with -j 2."""
    files = [SAMPLES / "afp.txt", SAMPLES / "kyodo.txt", two_stories, SAMPLES / "xinhua.txt"]
    for fmt in ("ninjs", "nitf"):
        one = run(["-f", fmt, "-j", "1", *files])
        two = run(["-f", fmt, "-j", "2", *files], env={**os.environ, "_WIREPARSE_TEST_LIMITS": "0:1"})
        assert one.returncode == two.returncode == 0
        assert one.stdout == two.stdout


def test_output_file_ending_in_xml_is_nitf(tmp_path) -> None:
    out = tmp_path / "story.xml"
    done = run(["-o", out, SAMPLES / "kyodo.txt"])
    assert (done.returncode, done.stderr) == (0, b"")
    assert etree.fromstring(out.read_bytes()).tag == f"{{{nitf.NAMESPACE}}}nitf"


@pytest.mark.parametrize("limits", ["", "0:1"], ids=["files read whole", "files read as streams"])
def test_output_dir_gives_a_file_per_story_of_an_input_holding_several(
    tmp_path, two_stories, nitf_schema, limits
) -> None:
    single = tmp_path / "single.txt"
    single.write_bytes((SAMPLES / "kyodo.txt").read_bytes())
    out = tmp_path / "out"
    env = {**os.environ, "_WIREPARSE_TEST_LIMITS": limits}
    done = run(["-f", "nitf", "-j", "2", "--output-dir", out, single, two_stories], env=env)
    assert (done.returncode, done.stderr) == (0, b"")
    assert sorted(p.name for p in out.iterdir()) == ["feed-0.xml", "feed-1.xml", "single.xml"]
    stories = [
        *wireparse.parse_stream(single.read_bytes()),
        *wireparse.parse_stream(two_stories.read_bytes()),
    ]
    for path, story in zip(sorted(out.iterdir(), key=lambda p: (p.name[0] == "f", p.name)), stories):
        assert nitf_schema.validate(etree.parse(str(path)))
        assert read_nitf(path.read_text(encoding="utf-8")) == expected_nitf(story)
    done = run(["-f", "ninjs", "--output-dir", tmp_path / "json", single, two_stories])
    assert sorted(p.name for p in (tmp_path / "json").iterdir()) == ["feed.jsonl", "single.jsonl"]
    assert len((tmp_path / "json" / "feed.jsonl").read_text().splitlines()) == 2


def test_output_dir_refuses_a_file_two_inputs_could_both_write(tmp_path, two_stories) -> None:
    clash = tmp_path / "feed-1.txt"
    clash.write_bytes((SAMPLES / "kyodo.txt").read_bytes())
    done = run(["-f", "nitf", "--output-dir", tmp_path / "out", two_stories, clash])
    lines = done.stderr.decode().splitlines()
    assert done.returncode == 1
    assert lines[0].endswith(f"feed-1.xml: both {clash} and a story of {two_stories} would be written here")
    assert lines[-1] == "wireparse: nothing was written"
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ["-f", "jsonl", "--ninjs-version", "2.2"],
            "Error: --ninjs-version applies to -f ninjs only, not to jsonl",
        ),
        (
            ["-f", "ninjs", "--ninjs-version", "2.0"],
            "Error: Invalid value for '--ninjs-version': '2.0' is not one of '3.1', '2.2'.",
        ),
        (["-f", "nitf", "-"], None),
    ],
    ids=["version without ninjs", "unknown version", "nitf of an empty input"],
)
def test_errors_are_one_line_naming_the_problem(args, message) -> None:
    done = run(args, input=b"")
    err = done.stderr.decode()
    assert "Traceback" not in err
    if message is None:  # not an error: the empty record, as a document
        assert done.returncode == 0 and etree.fromstring(done.stdout) is not None
        return
    assert done.returncode == 2
    assert [line for line in err.splitlines() if line.startswith("Error:")] == [message]


def test_output_dir_refuses_an_input_a_story_would_overwrite(tmp_path, two_stories) -> None:
    """An input that is, through a link, where a story's file would go is never overwritten."""
    out = tmp_path / "out"
    out.mkdir()
    victim = out / "feed-1.xml"
    victim.write_text("an input", encoding="utf-8")
    link = tmp_path / "other.xml"
    link.symlink_to(victim)
    done = run(["-f", "nitf", "--output-dir", out, two_stories, link])
    assert done.returncode == 2
    assert done.stderr.decode().splitlines() == [
        f"wireparse: {link}: is an input; a story's file would overwrite it"
    ]
    assert victim.read_text(encoding="utf-8") == "an input"
