"""A story saved as one record of a dataset (JSON, JSON Lines, CSV, TSV) is read by its fields."""

from __future__ import annotations

import json

import pytest

from wireparse import parse
from wireparse.records import read_record

TITLE = "Harbour to double its quay"
# (paragraphs a line each, as a record's text holds them: longer than any wrapped line)
FIRST = (
    "The harbour board voted on Tuesday to double the length of its main quay, so that two cruise ships"
    " can berth at once from the summer of next year."
)
SECOND = "Work starts in the spring and ends in two years, the board said in a statement after the vote."
DATELINE = "OSLO, March 7 (XNA) -"


def _checked(text: str, *, dated: bool = True) -> None:
    story = parse(text)
    assert story.headline == TITLE
    assert story.paragraphs == (FIRST, SECOND)
    if dated:
        assert story.dateline is not None and story.dateline.place == "Oslo"


@pytest.mark.parametrize(
    "record",
    [
        {"id": "x-1", "title": TITLE, "text": f"{DATELINE} {FIRST}\n\n{SECOND}"},
        {"ID": "x-1", "Title": TITLE, "Date": "2024-03-07", "Body": f"{DATELINE} {FIRST}\n{SECOND}"},
        {"url": "https://example.org/a", "content_title": TITLE, "content": f"{DATELINE} {FIRST}\n{SECOND}"},
        {
            "doc_id": "A.1",
            "metadata": {"title": TITLE, "topic": "ports"},
            "paragraph": [{"id": "p1", "form": f"{DATELINE} {FIRST}"}, {"id": "p2", "form": SECOND}],
        },
        {"source": "XNA", "headline": TITLE, "paragraphs": [f"{DATELINE} {FIRST}", SECOND]},
        {"标题": TITLE, "正文": f"{DATELINE} {FIRST}\n{SECOND}", "来源": "XNA"},
        {"title": TITLE, "raw_text": "x", "text": f"{DATELINE} {FIRST}\n\n{SECOND}", "body": "short"},
    ],
    ids=[
        "one-line",
        "capitalised-keys",
        "underscored-keys",
        "nested-metadata-and-paragraph-objects",
        "paragraphs-as-a-list",
        "chinese-keys",
        "the-longer-of-two-texts",
    ],
)
@pytest.mark.parametrize("indent", [None, 2], ids=["json-lines", "pretty"])
def test_a_json_record_is_read_by_its_fields(record: dict[str, object], indent: int | None) -> None:
    _checked(json.dumps(record, ensure_ascii=False, indent=indent) + "\n")


def test_a_records_summary_and_author_are_read() -> None:
    story = parse(
        json.dumps(
            {"title": TITLE, "desc": "A longer quay.", "author": "Jane Roe", "content": f"{FIRST}\n{SECOND}"}
        )
    )
    assert (story.headline, story.summary) == (TITLE, "A longer quay.")
    assert story.byline is not None and story.byline.authors == ("Jane Roe",)
    assert story.paragraphs == (FIRST, SECOND)


@pytest.mark.parametrize(
    "table",
    [
        f'id,title,text\nx-1,{TITLE},"{DATELINE} {FIRST}\n\n{SECOND}"\n',
        f'"id","Title","News Text","Date"\n"x-1","{TITLE}","{DATELINE} {FIRST}\n{SECOND}","2024-03-07"\n',
        f"id\tdate\ttitle\tbody\nx-1\t2024-03-07\t{TITLE}\t{DATELINE} {FIRST}\\n{SECOND}\n",
        f'id;titre;texte\nx-1;{TITLE};"{DATELINE} {FIRST}\n{SECOND}"\n',
        f'id,title,text\r\nx-1,{TITLE},"{DATELINE} {FIRST}\r\n{SECOND}"\r\n\r\n',
    ],
    ids=["csv", "quoted-header-a-key-with-a-blank", "tsv-escaped-breaks", "semicolons", "crlf"],
)
def test_a_tables_one_row_is_read_by_its_header(table: str) -> None:
    _checked(table)


@pytest.mark.parametrize(
    "text",
    [
        f"Oil, gas, coal\n\n{DATELINE} {FIRST}\n\n{SECOND}\n",
        f"id,title,text\nx-1,{TITLE},one\nx-2,{TITLE},two\n",
        f"id,name,value\nx-1,{TITLE},{FIRST}\n",
        '{"title": "x", "text": "y"',
        '["title", "text"]',
        f'{{"title": "{TITLE}", "url": "https://example.org"}}',
        "{" * 5000,
        'title,text,id\n"open quote,never closed\n',
    ],
    ids=[
        "a-headline-with-commas",
        "a-table-of-several-stories",
        "no-title-or-text-field",
        "broken-json",
        "a-json-list",
        "no-body-field",
        "nested-past-any-record",
        "broken-quoting",
    ],
)
def test_text_that_is_no_one_stories_record_is_read_as_it_is(text: str) -> None:
    assert read_record(text) is None


def test_a_records_other_fields_are_furniture() -> None:
    story = parse(json.dumps({"id": "x-1", "url": "https://example.org/a", "title": TITLE, "text": FIRST}))
    assert story.paragraphs == (FIRST,)
    assert {b.text for b in story.boilerplate} >= {"id: x-1", "url: https://example.org/a"}
