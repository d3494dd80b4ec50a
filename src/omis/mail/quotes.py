"""A letter's text split as a dispatcher reads it: what the sender writes now, the messages
it forwards, and the quoted history (which is never a new report).

Mail clients mark these parts their own way; the markers below are the ones of the clients
contractors use (Outlook, Thunderbird, The Bat!, Apple Mail, Gmail, Yandex, Mail.ru,
Roundcube):

* quoted history: ``>`` lines and initials prefixes (``НК>``, ``AB>``), an attribution line
  («Вы писали 5 ноября 2026 г., 11:02:», «… написал(а):», «… wrote:», «… <a@b>:»), an
  Outlook header block (От:/Отправлено:/Кому:/Тема:), «-----Original Message-----»;
* forwards: «Пересылаемое сообщение», «Forwarded message», «Begin forwarded message:»,
  «Начало переадресованного сообщения:», The Bat!'s «Текст исходного сообщения», and the
  reply markers above when the letter's subject says it is a forward (FW:, Fwd:).

Text written under a quote (bottom posting) is the sender's too; under an Outlook header
block the letter opens with, it starts past the quoted message's sign-off (the line naming
its sender) and the rest of that signature. A signature («-- »,
«С уважением», «Отправлено с iPhone») ends the sender's words until the next marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_FORWARD_MARKERS = re.compile(
    r"^\W*(-{2,}|={2,}8<={2,}|={2,})?\s*("
    r"пересылаемое сообщение|forwarded message|переадресованное сообщение|"
    r"начало переадресованного сообщения|begin forwarded message|"
    r"текст исходного сообщения|пересланное сообщение"
    r")\s*:?\s*(-{2,}|={2,})?\W*$",
    re.IGNORECASE,
)
_FORWARD_END = re.compile(
    r"^\W*(-{2,}|={2,}8<={2,}|={2,})?\s*(конец пересылаемого сообщения|"
    r"конец текста исходного сообщения|end of forwarded message)\s*(-{2,}|={2,})?\W*$",
    re.IGNORECASE,
)
# Markers that start a reply's history, or a forward when the subject says so.
_HISTORY_MARKERS = re.compile(
    r"^\s*(-{2,}\s*(original message|исходное сообщение|оригинальное сообщение)\s*-{2,}|_{8,})\s*$",
    re.IGNORECASE,
)
_HEADER = re.compile(
    r"^\s*(от|от кого|from|отправлено|sent|дата|date|кому|to|копия|cc|тема|subject)\s*:\s*(.*)$",
    re.IGNORECASE,
)
_FROM = re.compile(r"^\s*(от|от кого|from)\s*:", re.IGNORECASE)
_SUBJECT = re.compile(r"^\s*(тема|subject)\s*:\s*(.*)$", re.IGNORECASE)
_SENDER = re.compile(r"^\s*(от|от кого|from)\s*:\s*(.*)$", re.IGNORECASE)
_TIME = r"\d{1,2}:\d{2}"
_ATTRIBUTION = re.compile(
    r"^\s*(?:"
    r"вы писали.{0,60}:"
    r"|.{0,160}(пишет|писал|писала|написал\(а\)|написал|написала|wrote)\s*:"
    rf"|.{{0,120}}{_TIME}.{{0,120}}<[^<>\s]+@[^<>\s]+>\s*:"
    rf"|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}},?\s+{_TIME}.{{0,100}}:"
    r")\s*$",
    re.IGNORECASE,
)
_PREFIX = re.compile(r"^\s*(?:[A-Za-zА-Яа-яЁё]{1,4})?(?:\s?>)+ ?")
_SIGNATURE = re.compile(
    r"^\s*(--\s*|с уважением.{0,40}|с наилучшими пожеланиями.{0,20}|best regards.{0,20}|"
    r"отправлено (с|из) .{0,60}|sent from my .{0,40}|получить outlook для .{0,60})$",
    re.IGNORECASE,
)
_FORWARD_SUBJECT = re.compile(
    r"^\s*((re|ответ|отв)\s*(\[\d+\])?\s*:\s*)*(fw|fwd|пересл)\w*\s*:", re.I
)


@dataclass(frozen=True)
class Forwarded:
    """A message the letter forwards: its subject, sender and its own text."""

    subject: str
    sender: str
    text: str


@dataclass
class Body:
    own: str = ""
    forwarded: list[Forwarded] = field(default_factory=list)
    # Subjects named in the quoted history's headers: old subjects, read for numbers only.
    quoted_subjects: list[str] = field(default_factory=list)
    quoted_lines: list[str] = field(default_factory=list)
    # The sender's text in the parts it was written in, each with the quoted line right
    # above it (None for text under no quote): a reply written between the lines it
    # answers («> позиция 1?» / «на месте с 10:40» / «> позиция 2?» / «ещё в пути»).
    answers: list[tuple[str | None, str]] = field(default_factory=list)

    @property
    def quoted(self) -> str:
        return "\n".join(self.quoted_lines)


def is_forward_subject(subject: str) -> bool:
    return bool(_FORWARD_SUBJECT.match(subject))


def strip_quoted(text: str) -> str:
    """The new text of a letter: no quotes, no history, no signature."""
    return split_body(text).own


def split_body(text: str, forward: bool = False) -> Body:
    """Split ``text``; ``forward`` when the subject marks the letter as a forward."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    body = Body()
    _read(lines, forward, body)
    return body


def _read(lines: list[str], forward: bool, body: Body, depth: int = 0) -> None:
    own: list[str] = []
    quoted = body.quoted_lines
    in_signature = False
    index = 0
    asked: str | None = None  # the last line of the quote just passed
    starts: list[tuple[int, str | None]] = [(0, None)]  # where each answer starts in ``own``
    while index < len(lines):
        line = lines[index]
        if depth < 4 and (
            _FORWARD_MARKERS.match(line) or (forward and _history_starts(lines, index))
        ):
            start = index if _FROM.match(line) else index + 1
            end = _forward_end(lines, start)
            body.forwarded.append(_forwarded(lines[start:end], depth))
            index, in_signature = end + 1, False
            continue
        if _history_starts(lines, index):
            below = _reply_below(lines, index) if depth == 0 and not "".join(own).strip() else 0
            if below:  # bottom posting: the quoted message, then the sender's reply
                quoted.extend(lines[index:below])
                body.quoted_subjects.extend(_subjects(lines[index:below]))
                index, in_signature = below, False
                continue
            history = lines[index:]
            quoted.extend(history)
            body.quoted_subjects.extend(_subjects(history))
            break
        if _PREFIX.match(line):
            end = _prefixed_run(lines, index)
            inner = [_PREFIX.sub("", item, count=1) for item in lines[index:end]]
            if depth < 4 and _starts_forward(inner, forward):
                _read(inner, True, body, depth + 1)
            else:
                quoted.extend(inner)
                body.quoted_subjects.extend(_subjects(inner))
                asked = next((item.strip() for item in reversed(inner) if item.strip()), None)
            index, in_signature = end, False
            continue
        if _ATTRIBUTION.match(line):
            index, in_signature = index + 1, False
            continue
        if _SIGNATURE.match(line):
            in_signature = True
        if not in_signature:
            if asked is not None and line.strip():
                starts.append((len(own), asked))
                asked = None
            own.append(line)
        index += 1
    body.own = "\n".join(part for part in (body.own, "\n".join(own).strip()) if part)
    if depth == 0:
        ends = [start for start, _question in starts[1:]] + [len(own)]
        body.answers = [
            (question, text)
            for (start, question), end in zip(starts, ends, strict=True)
            if (text := "\n".join(own[start:end]).strip())
        ]


def _history_starts(lines: list[str], index: int) -> bool:
    """A reply separator, or an Outlook header block (От: followed by more headers)."""
    line = lines[index]
    if _HISTORY_MARKERS.match(line):
        return not _letterhead_rule(lines, index)
    if not _FROM.match(line):
        return False
    following = [item for item in lines[index + 1 : index + 6] if item.strip()]
    return any(_HEADER.match(item) and not _FROM.match(item) for item in following[:3])


def _letterhead_rule(lines: list[str], index: int) -> bool:
    """A rule under an official letterhead, followed by the letter's registration line
    («исх. № 01-12/3411 от 02.11.2026», «на Ваш вх. № …»): the letter starts there."""
    following = next((item for item in lines[index + 1 : index + 4] if item.strip()), "")
    return _REGISTRATION.match(following) is not None


_REGISTRATION = re.compile(r"^\s*(исх|вх|на ваш|на №|на заявку)\b", re.IGNORECASE)
_NAME_WORD = re.compile(r"[A-Za-zА-Яа-яЁё]{4,}")


def _reply_below(lines: list[str], index: int) -> int:
    """Where the sender's reply starts under a quoted Outlook message the letter opens with
    (nothing written above it): past the quoted message's sign-off, the first short line
    naming its sender («Диспетчерская служба ОМИС» under «От: Диспетчерская ОМИС»), and the rest
    of that signature. 0 when there is no sign-off or nothing but more history under it."""
    senders = (_SENDER.match(line) for line in lines[index : index + 3])
    sender = next((match for match in senders if match), None)
    if sender is None:
        return 0
    start = lines.index(sender.string, index)
    names = _name_words(re.sub(r"<[^>]*>|\S+@\S+", "", sender.group(2)))
    k = start + 1
    while k < len(lines) and _HEADER.match(lines[k]):
        k += 1
    k = next((j for j in range(k, len(lines)) if _signs_off(lines[j], names)), len(lines))
    while k < len(lines) and lines[k].strip():
        k += 1  # the rest of the signature
    while k < len(lines) and not lines[k].strip():
        k += 1
    return 0 if not names or k >= len(lines) or _history_starts(lines, k) else k


def _signs_off(line: str, names: set[str]) -> bool:
    """A short line naming the sender (a signature), not a sentence that mentions them."""
    return len(line.split()) <= 6 and bool(names & _name_words(line))


def _name_words(text: str) -> set[str]:
    return {word.lower() for word in _NAME_WORD.findall(text)}


def _starts_forward(inner: list[str], forward: bool) -> bool:
    first = [item for item in inner if item.strip()][:2]
    if any(_FORWARD_MARKERS.match(item) for item in first):
        return True
    return forward and bool(first) and _history_starts([*first, *inner[:8]], 0)


def _prefixed_run(lines: list[str], index: int) -> int:
    end = index
    while end < len(lines) and (_PREFIX.match(lines[end]) or not lines[end].strip()):
        end += 1
    while end > index + 1 and not lines[end - 1].strip():
        end -= 1
    return end


def _forward_end(lines: list[str], start: int) -> int:
    for index in range(start, len(lines)):
        if _FORWARD_END.match(lines[index]):
            return index
    return len(lines)


def _forwarded(block: list[str], depth: int) -> Forwarded:
    """A forward's header lines (or one attribution line), then its message."""
    if all(_PREFIX.match(line) or not line.strip() for line in block) and any(
        line.strip() for line in block
    ):
        block = [_PREFIX.sub("", line, count=1) for line in block]
    subject = sender = ""
    index = 0
    while index < len(block):
        line = block[index]
        if not line.strip():
            index += 1
            continue
        if match := _SUBJECT.match(line):
            subject = subject or match.group(2).strip()
        elif match := _SENDER.match(line):
            sender = sender or match.group(2).strip()
        elif _ATTRIBUTION.match(line) and not sender:
            sender = line.strip()
        elif not _HEADER.match(line):
            break
        index += 1
    inner = Body()
    _read(block[index:], is_forward_subject(subject), inner, depth + 1)
    text = "\n".join([inner.own, *(f.text for f in inner.forwarded)]).strip()
    return Forwarded(subject, sender, text)


def _subjects(lines: list[str]) -> list[str]:
    return [match.group(2).strip() for line in lines if (match := _SUBJECT.match(line))]
