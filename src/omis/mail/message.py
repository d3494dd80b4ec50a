"""Raw MIME bytes → a parsed letter. Never raises: every problem becomes a recorded defect,
and a letter the parser falls over on comes back with ``error`` set (intake quarantines it).

The standard library parses, with ``policy.compat32``: the modern policy parses every header
into objects on each access, which made parsing 70% of a mail pass; we decode only the few
headers we need (RFC 2047 via ``email.header``). We add what real mail needs: charsets
that lie about themselves (windows-1251 labelled as KOI8-R and the reverse), HTML-only
letters turned into text with line breaks where blocks end, and quoted history removed.
Every text field is safe to store: no NUL characters (PostgreSQL refuses them) and no
unpaired surrogates (no database encodes them), and bounded in size.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from email import message_from_bytes, policy
from email.header import decode_header
from email.message import Message

from omis.core.clock import as_utc
from omis.core.db import storable
from omis.core.mailheaders import HEADER_END, header_fields, written_date
from omis.mail import morph
from omis.mail.htmltext import MAX_HTML_CHARS, html_to_text
from omis.mail.quotes import strip_quoted

MAX_TEXT_CHARS = 200_000
# A text part is decoded from at most this many bytes: a 30 MB "text" part is a dump, and
# its first two megabytes hold anything a contractor wrote.
MAX_PART_BYTES = 2_000_000


@dataclass(frozen=True)
class ParsedLetter:
    """What OMIS needs from a letter; every field is safe to show and store."""

    message_id: str | None
    date: datetime | None
    sender: str | None
    subject: str
    body_text: str
    new_text: str
    content_hash: str
    sender_domain: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    attachments: tuple[str, ...] = ()
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/plain"
    defects: tuple[str, ...] = ()
    error: str | None = None  # set when the letter could not be parsed at all
    # Every MIME part's type (text/calendar marks a meeting response, for one).
    part_types: tuple[str, ...] = ()
    # OMIS's own remarks on the letter (text cut at a size cap): stored after the text for
    # people to read, never read by the rules as if the sender had written them.
    notes: tuple[str, ...] = ()
    # The Date header in the sender's own offset: the clock the letter's text speaks in.
    local_date: datetime | None = None

    @property
    def stored_text(self) -> str:
        """The text as stored and shown: the letter's, then OMIS's notes."""
        return "\n\n".join((self.body_text, *self.notes)).lstrip()

    @property
    def message_key(self) -> str:
        """Identity of the letter within a mailbox (see :func:`letter_key`)."""
        return letter_key(self.message_id, self.content_hash)


def letter_key(message_id: str | None, content_hash: str) -> str:
    """The Message-ID together with the hash of what the sender wrote, or the hash alone.

    A re-delivery (an extra ``Received:``, another ``Delivered-To:``) is the same letter;
    two letters that share a Message-ID but differ in From, Date, Subject or body are two.
    """
    if not message_id:
        return content_hash
    return hashlib.sha256(f"{message_id}\n{content_hash}".encode()).hexdigest()


AUTO_HEADERS = (
    "auto-submitted",
    "content-class",
    "x-autoreply",
    "x-autorespond",
    "x-auto-response-suppress",
    "precedence",
    "x-precedence",
    "x-failed-recipients",
    "return-path",
    "content-type",
)
# What the sender wrote: the transport adds Received, Delivered-To, Return-Path and the
# like on the way, and none of those may change a letter's identity.
SENDER_HEADERS = frozenset(
    {
        b"from", b"sender", b"to", b"cc", b"reply-to", b"date", b"subject", b"message-id",
        b"in-reply-to", b"references", b"mime-version", b"content-type",
        b"content-transfer-encoding",
    }
)  # fmt: skip


def sender_content_hash(raw: bytes) -> str:
    """SHA-256 of the sender's headers (unfolded, whitespace collapsed) and the body
    (line endings normalised): the same for every delivery of one letter. Bytes with no
    sender header are hashed whole, or every such file would be one «letter»."""
    split = HEADER_END.search(raw)
    head, body = (raw[: split.start()], raw[split.end() :]) if split else (raw, b"")
    digest = hashlib.sha256()
    named = False
    for name, value in header_fields(head):
        if name in SENDER_HEADERS:
            digest.update(name + b":" + b" ".join(value.split()) + b"\n")
            named = True
    if not named:  # no sender header at all (a PNG, binary noise): all of it is the letter
        digest.update(head.replace(b"\r\n", b"\n"))
    digest.update(b"\n")
    digest.update(body.replace(b"\r\n", b"\n").rstrip(b"\r\n \t"))
    return digest.hexdigest()


def parse_message(raw: bytes, *, full_size: int | None = None) -> ParsedLetter:
    """Parse ``raw``; a letter too broken to read still yields a ParsedLetter, with
    ``error`` set. ``full_size``: the letter's size when ``raw`` is only its beginning."""
    digest = sender_content_hash(raw)
    try:
        message = message_from_bytes(raw, policy=policy.compat32)
        letter = _parse(message, digest)
    except Exception as exc:  # a letter must never stop a pass: quarantined by intake
        return _unreadable(raw, digest, f"письмо не разобрано: {type(exc).__name__}: {exc}")
    if full_size is not None and full_size > len(raw):
        note = (
            f"[OMIS: письмо размером {full_size / 1e6:.1f} МБ прочитано не целиком "
            f"(первые {len(raw) / 1e6:.1f} МБ): сохранено начало текста]"
        )
        letter = _with_note(letter, note)
    return letter


def _parse(message: Message, digest: str) -> ParsedLetter:
    defects: list[str] = []
    notes: list[str] = []
    raw_headers = _raw_headers(message)
    headers = {name: storable(raw_headers.get(name, "")) for name in AUTO_HEADERS}
    html_only, body = _body(message, defects)
    body += attached_letters(message, defects)
    subject = _decoded(raw_headers.get("subject", ""), defects)
    sender = from_address(raw_headers.get("from", ""))
    body = storable(body)
    new_text = storable(strip_quoted(body))
    if len(body) > MAX_TEXT_CHARS:
        body = body[:MAX_TEXT_CHARS]
        notes.append(f"[OMIS: текст длиннее {MAX_TEXT_CHARS} знаков: сохранено начало]")
    date, local_date = _dates(raw_headers.get("date", ""), defects)
    return ParsedLetter(
        message_id=_storable_id(normalise_message_id(raw_headers.get("message-id"))),
        date=date,
        local_date=local_date,
        sender=storable(sender) if sender else None,
        sender_domain=storable(sender.rpartition("@")[2]) if sender and "@" in sender else None,
        subject=storable(subject)[:MAX_TEXT_CHARS],
        body_text=body,
        new_text=new_text[:MAX_TEXT_CHARS],
        content_hash=digest,
        in_reply_to=_storable_id(normalise_message_id(raw_headers.get("in-reply-to"))),
        references=tuple(
            filter(
                None,
                (
                    _storable_id(normalise_message_id(ref))
                    for ref in raw_headers.get("references", "").split()[:100]
                ),
            )
        ),
        attachments=tuple(storable(name) for name in _attachment_names(message)),
        headers=headers,
        content_type=_content_type(message),
        part_types=_part_types(message),
        defects=tuple(defects + (["только HTML"] if html_only else [])),
        notes=tuple(notes),
    )


def _storable_id(value: str | None) -> str | None:
    return storable(value) or None if value else None


def _with_note(letter: ParsedLetter, note: str) -> ParsedLetter:
    return replace(letter, notes=(*letter.notes, note))


def _unreadable(raw: bytes, digest: str, problem: str) -> ParsedLetter:
    try:
        text = storable(decode_bytes(raw[:MAX_TEXT_CHARS], None))
    except Exception:  # even the fallback failed: keep the error, not the text
        text = ""
    return ParsedLetter(
        None, None, None, "", text, text, digest, defects=(problem,), error=storable(problem)
    )


def normalise_message_id(value: str | None) -> str | None:
    """``<ABC@Host>`` → ``abc@host``... but only the domain is case-insensitive by RFC."""
    if not value:
        return None
    match = re.search(r"<([^<>\s]+)>", value)
    token = match.group(1) if match else value.strip().split()[0] if value.strip() else ""
    if not token or len(token) > 900:
        return None
    local, at, domain = token.rpartition("@")
    return f"{local}@{domain.lower()}" if at else token


def _raw_headers(message: Message) -> dict[str, str]:
    """The first value of each header, unparsed: the header registry is slow and we need
    only a few of them decoded (see _decoded)."""
    found: dict[str, str] = {}
    for name, value in message.raw_items():
        key = name.lower()
        if key not in found:
            found[key] = " ".join(str(value).split())
    return found


def _decoded(value: str, defects: list[str]) -> str:
    """RFC 2047 encoded words → text, with the charset repair of bodies."""
    if "=?" not in value:
        return (
            value
            if value.isascii()
            else decode_bytes(value.encode("utf-8", "surrogateescape"), None)
        )
    try:
        parts = decode_header(value)
    except Exception as exc:  # malformed encoded words
        defects.append(f"заголовок не декодирован: {exc}")
        return value
    text = "".join(
        decode_bytes(chunk, charset) if isinstance(chunk, bytes) else chunk
        for chunk, charset in parts
    )
    return " ".join(text.split())


def from_address(value: str) -> str | None:
    """The address part of a From header, lower-cased; None when the header holds no single
    clear address.

    Read from the header as written, before RFC 2047 decoding: an encoded display name
    (``=?utf-8?B?...?= <evil@example>``) stays an opaque word and never becomes the
    address. Quoted names and comments are set aside first, and then the address is the one
    in angle brackets, or the header's only word when there are none. A name that holds an
    address itself (``master@podryad.ru <evil@example>``) changes nothing: the address is
    still the one in brackets, as every mail program shows it. Anything else (two addresses
    in one mailbox, an unclosed bracket, bare words) is not a sender, so the letter can
    never pass a contractor's sender check on a guess. Of several mailboxes
    (``a@podryad.ru, b@podryad.ru``) the first is the sender.
    """
    if not value.isascii():  # 8-bit header bytes: the charset repair of bodies
        value = decode_bytes(value.encode("utf-8", "surrogateescape"), None)
    mailbox = next((part for part in _unquoted(value).split(",") if part.strip()), "")
    in_brackets = _ANGLE_ADDRESS.findall(mailbox)
    outside = _ANGLE_ADDRESS.sub(" ", mailbox)
    if "<" in outside or ">" in outside or len(in_brackets) > 1:
        return None
    words = [in_brackets[0].strip()] if in_brackets else outside.split()
    return _plain_address(words[0]) if len(words) == 1 else None


def _plain_address(word: str) -> str | None:
    """``local@domain`` lower-cased, or None. A Russian name or domain may come as encoded
    words (Python's own email package writes ``=?utf-8?b?...?=@=?utf-8?b?...?=``): each side
    is decoded on its own, and neither may turn into more than a plain part of an address."""
    local, at, domain = word.rpartition("@")
    parts = [_decoded(part, []) if "=?" in part else part for part in (local, domain)]
    if not (at and all(parts)) or any(ch.isspace() or ch in '@<>,"' for ch in "".join(parts)):
        return None
    return "@".join(parts).lower()


_ANGLE_ADDRESS = re.compile(r"<([^<>]*)>")


def _unquoted(value: str) -> str:
    """``value`` with quoted strings and (nested) comments replaced by a blank: what is
    left are the header's addresses, brackets and bare words."""
    kept: list[str] = []
    depth = 0  # comment nesting
    quoted = escaped = False
    for ch in value:
        if escaped:
            escaped = False
        elif ch == "\\" and (quoted or depth):
            escaped = True
        elif quoted:
            quoted = ch != '"'
        elif depth:
            depth += {"(": 1, ")": -1}.get(ch, 0)
        elif ch == '"':
            quoted = True
            kept.append(" ")
        elif ch == "(":
            depth = 1
            kept.append(" ")
        else:
            kept.append(ch)
    return "".join(kept)


def _dates(value: str, defects: list[str]) -> tuple[datetime | None, datetime | None]:
    """The Date header as UTC and as the sender wrote it (their offset; None when it names
    none), read once; (None, None), with a defect, when it is unreadable or absurd."""
    if not value:
        return None, None
    written = written_date(value)
    if written is None:
        defects.append(f"нечитаемая дата: {storable(value[:60])}")
        return None, None
    return as_utc(written), written if written.tzinfo is not None else None


def _body(message: Message, defects: list[str]) -> tuple[bool, str]:
    """The letter's text: the text/plain part if there is one, else HTML turned into text."""
    plain, html = _find_parts(message, defects)
    if plain is not None and plain.strip():
        return False, plain
    if html is not None:
        if len(html) > MAX_HTML_CHARS:
            defects.append(f"HTML длиннее {MAX_HTML_CHARS} знаков: прочитано начало")
        return True, html_to_text(html)
    return False, plain or ""


def _find_parts(message: Message, defects: list[str]) -> tuple[str | None, str | None]:
    plain: str | None = None
    html: str | None = None
    parts = message.walk() if message.is_multipart() else iter([message])
    for part in parts:
        if part.is_multipart() or _is_attachment(part):
            continue
        kind = _content_type(part)
        if kind == "text/plain" and plain is None:
            plain = _part_text(part, defects)
        elif kind == "text/html" and html is None:
            html = _part_text(part, defects)
    return plain, html


def _is_attachment(part: Message) -> bool:
    try:
        disposition = part.get_content_disposition()
    except Exception:
        return False
    return disposition == "attachment"


def _part_text(part: Message, defects: list[str]) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception as exc:
        defects.append(f"тело не декодировано: {exc}")
        return ""
    if not isinstance(payload, bytes):
        return str(payload or "")
    if len(payload) > MAX_PART_BYTES:
        defects.append(f"часть письма больше {MAX_PART_BYTES} байт: прочитано начало")
        payload = _cut_bytes(payload, MAX_PART_BYTES)
    return decode_bytes(payload, part.get_content_charset())


def _cut_bytes(payload: bytes, limit: int) -> bytes:
    """The first ``limit`` bytes, without a UTF-8 sequence cut in half at the end."""
    cut = payload[:limit]
    end = len(cut)
    start = end
    while start > 0 and end - start < 3 and cut[start - 1] & 0xC0 == 0x80:
        start -= 1
    if start > 0 and cut[start - 1] >= 0xC0:
        lead = cut[start - 1]
        needed = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
        if end - (start - 1) < needed:
            return cut[: start - 1]
    return cut


def decode_bytes(payload: bytes, declared: str | None) -> str:
    """Decode ``payload``: valid UTF-8 as UTF-8, else the declared charset unless it
    clearly fails.

    Valid strict UTF-8 with non-ASCII bytes is almost never an accident, whatever the label
    says. Russian mail also lies about single-byte charsets (windows-1251 labelled KOI8-R
    and the reverse), but a short, correctly labelled subject must not be "repaired": the
    declared charset loses only when its text reads as unknown words and another charset's
    text reads as Russian words the dictionary knows.

    UTF-7 is written in ASCII bytes («+BBcEMARPBDIEOgQw-» is «Заявка»), so a text declared
    UTF-7 is decoded as such first; read as ASCII it would have no Russian words at all.
    """
    if _is_utf7(declared):
        try:
            return payload.decode("utf-7")
        except UnicodeDecodeError:  # mislabelled («+7 999 …» is no UTF-7): read as usual
            pass
    if payload.isascii():
        return payload.decode("ascii")
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        pass
    decoded: dict[str, str] = {}
    for charset in dict.fromkeys(c.lower() for c in (declared, "cp1251", "koi8-r") if c):
        try:
            decoded[charset] = payload.decode(charset)
        except (LookupError, ValueError):  # "utf-8\0", "undefined": ValueErrors
            continue
    if not decoded:
        return payload.decode("utf-8", errors="replace")
    labelled = decoded.get(declared.lower()) if declared else None
    if labelled is not None and not charset_fails(labelled):
        return labelled
    return max(decoded.values(), key=known_word_share)


def _is_utf7(declared: str | None) -> bool:
    try:
        return declared is not None and codecs.lookup(declared).name == "utf-7"
    except (LookupError, ValueError):  # unknown, or "utf-8\0"
        return False


_RUSSIAN_WORD = re.compile(r"[а-яё]{3,}", re.IGNORECASE)
_SAMPLE_WORDS = 40


def known_word_share(text: str) -> float:
    """The share of Russian words (of three letters or more) the dictionary knows."""
    words = _RUSSIAN_WORD.findall(text, 0, 20_000)[:_SAMPLE_WORDS]
    if not words:
        return 0.0
    return sum(morph.is_known(word.lower().replace("ё", "е")) for word in words) / len(words)


def charset_fails(text: str) -> bool:
    """The declared charset clearly failed: most of its Russian words are not words."""
    return bool(_RUSSIAN_WORD.search(text, 0, 20_000)) and known_word_share(text) < 0.5


def _content_type(part: Message) -> str:
    value = part.get("content-type")
    if value is None:
        return "text/plain"
    kind = str(value).split(";", 1)[0].strip().lower()
    return kind if kind.count("/") == 1 else "text/plain"


def _attachment_names(message: Message) -> list[str]:
    names: list[str] = []
    try:
        for part in message.walk():
            name = part.get_filename() if _is_attachment(part) or part.get_param("name") else None
            if name:
                names.append(_decoded(str(name), [])[:255])
    except Exception:  # a broken multipart must not hide the text we already have
        return names
    return names


# --- letters forwarded as attachments (message/rfc822) -----------------------------------

FORWARD_MARK = "-------- Forwarded Message --------"


def attached_letters(message: Message, defects: list[str]) -> str:
    """Letters attached whole (a forward "as attachment"), as forward blocks of text.

    A forwarded report is the report: its subject, sender and text are read like those of a
    forward written inline, so they follow the letter's own text with the usual marker.
    """
    blocks: list[str] = []
    try:
        parts = list(message.walk()) if message.is_multipart() else []
        for part in parts:
            if _content_type(part) != "message/rfc822":
                continue
            for inner in part.get_payload() or []:
                if isinstance(inner, Message):
                    blocks.append(_forward_block(inner, defects))
    except Exception as exc:  # a broken attachment must not hide the letter's own text
        defects.append(f"вложенное письмо не разобрано: {exc}")
    return "".join(blocks)


def _forward_block(inner: Message, defects: list[str]) -> str:
    headers = _raw_headers(inner)
    _html_only, text = _body(inner, defects)
    fields = (
        ("Subject", _decoded(headers.get("subject", ""), defects)),
        ("From", _decoded(headers.get("from", ""), defects)),
        ("Date", headers.get("date", "")),
    )
    lines = [f"{name}: {value}" for name, value in fields if value]
    return "\n\n" + FORWARD_MARK + "\n" + "\n".join(lines) + "\n\n" + text


def _part_types(message: Message) -> tuple[str, ...]:
    try:
        return tuple(dict.fromkeys(_part_type(part) for part in message.walk()))
    except Exception:  # a broken multipart: what the top level says
        return (_content_type(message),)


_CALENDAR_INVITATION = "text/calendar; method=request"
_INVITING = ("request", "publish")


def _part_type(part: Message) -> str:
    """The part's content type; a calendar part that invites («method=REQUEST», a visit
    somebody plans) is told apart from a meeting response, which a mail client writes."""
    kind = _content_type(part)
    if kind == "text/calendar" and str(part.get_param("method") or "").lower() in _INVITING:
        return _CALENDAR_INVITATION
    return kind
