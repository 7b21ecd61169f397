"""The shapes of the generated data in `errata._catalog`."""

from typing import TypedDict

# (type, status, retry, retry_after, retry_after_from, title, message, message_variants, doc_url,
#  apis, without_code, fields (name, type, required), checks, deprecated, class name, description)
Entry = tuple[
    str,
    int,
    str,
    int | None,
    str | None,
    str,
    str,
    tuple[str, ...],
    str,
    tuple[str, ...],
    tuple[str, ...],
    tuple[tuple[str, str, bool], ...],
    tuple[tuple[tuple[str, str], ...], ...],
    tuple[str, str | None] | None,
    str,
    str,
]


class DialectData(TypedDict):
    """Where a dialect puts each part of an error (the catalogue's `dialects.<name>`)."""

    title: str
    code: str
    fields: str
    status: str | None
    constant: tuple[str, str] | None
    request_id: str | None
    doc_url: bool
    code_optional: bool
    retry_after_member: bool
    members: tuple[str, ...]
    roles: dict[str, str]
