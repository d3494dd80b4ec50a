#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for contractor persona ООО «ПожТехКонтроль» (Екатеринбург, +0500).

Raw messages are assembled by hand (headers + MIME parts) so that charsets, transfer
encodings and header encodings look like the real mail clients of the persona:
  * coordinator Лыкова М.С. - Outlook, windows-1251, quoted-printable, HTML tables;
  * brigade leader Гусев А.Н. - old Nokia phone client, plain text, KOI8-R / UTF-8 / ASCII translit,
    sometimes from his personal mail.ru box;
  * regional manager Козлов В.П. - Outlook / iPhone, short remarks on top of long quoted threads.
Each letter is checked with Python's email package after writing.
"""
import base64
import json
import os
import quopri
import random
import uuid
from datetime import datetime, timedelta, timezone

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)

rnd = random.Random(77000)
YEKT = timezone(timedelta(hours=5))
MSK = timezone(timedelta(hours=3))
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]
RU_WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]

DISPATCH = "dispatch@zakazchik-omis.ru"
LYK = "m.lykova@pozhtehkontrol.ru"
GUS = "gusev.brigada@pozhtehkontrol.ru"
GUS_MR = "gusev.an66@mail.ru"
KOZ = "v.kozlov@pozhtehkontrol.ru"
OFFICE = "office@pozhtehkontrol.ru"
NEWS = "news@pozhtehkontrol.ru"
DAEMON = "MAILER-DAEMON@pozhtehkontrol.ru"


def dt(day, hh, mm, ss=None, tz=YEKT):
    if ss is None:
        ss = rnd.randint(0, 59)
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=tz)


def rfcdate(d):
    off = d.utcoffset()
    sign = "+" if off >= timedelta(0) else "-"
    m = int(abs(off).total_seconds() // 60)
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (
        WD[d.weekday()], d.day, MON[d.month - 1], d.year, d.hour, d.minute, d.second,
        sign, m // 60, m % 60)


def ru_date(d, wd=False):
    s = "%d %s %d г. %d:%02d" % (d.day, RU_MON[d.month - 1], d.year, d.hour, d.minute)
    if wd:
        s = RU_WD[d.weekday()] + ", " + s
    return s


# ---------------------------------------------------------------- header encoding
def ew(s, cs="utf-8", enc="B"):
    """RFC 2047 encode s (split into several encoded words, folded)."""
    if all(ord(c) < 128 for c in s):
        return s
    single = cs.lower() not in ("utf-8",)
    step = (14 if single else 10) if enc == "B" else (16 if single else 8)
    words = []
    for i in range(0, len(s), step):
        chunk = s[i:i + step].encode(cs)
        if enc == "B":
            words.append("=?%s?B?%s?=" % (cs, base64.b64encode(chunk).decode()))
        else:
            out = []
            for b in chunk:
                c = chr(b)
                if b == 0x20:
                    out.append("_")
                elif (c.isalnum() and b < 128) or c in "!*+-/":
                    out.append(c)
                else:
                    out.append("=%02X" % b)
            words.append("=?%s?Q?%s?=" % (cs, "".join(out)))
    return "\n ".join(words)


def addr(name, email, cs="utf-8", enc="B"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, email)
    # display names: one encoded word (B), as Outlook / Nokia / mail.ru write them
    return "=?%s?B?%s?= <%s>" % (cs, base64.b64encode(name.encode(cs)).decode(), email)


# ---------------------------------------------------------------- bodies
def enc_body(text, cs, cte):
    raw = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary

    def bytes(self):
        h = "\n".join(self.headers).encode("ascii")
        if self.children is None:
            b = self.body
        else:
            bnd = self.boundary.encode()
            b = b"This is a multi-part message in MIME format.\n\n"
            for c in self.children:
                b += b"--" + bnd + b"\n" + c.bytes() + b"\n"
            b += b"--" + bnd + b"--\n"
        return h + b"\n\n" + b


def text(t, cs="utf-8", cte="8bit", sub="plain", extra=(), flowed=False):
    ct = 'Content-Type: text/%s; charset="%s"' % (sub, cs)
    if flowed:
        ct += "; format=flowed"
    return Part([ct, "Content-Transfer-Encoding: " + cte] + list(extra), enc_body(t, cs, cte))


def multi(sub, children, extra=(), params=""):
    bnd = "----=_NextPart_%03d_%04X_%08X.%08X" % (rnd.randint(0, 999), rnd.randint(0, 0xFFFF),
                                                  rnd.getrandbits(32), rnd.getrandbits(32))
    h = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (sub, params, bnd)] + list(extra)
    return Part(h, children=children, boundary=bnd)


def rfc822(msgbytes, fname=None):
    h = ["Content-Type: message/rfc822"]
    if fname:
        h.append('Content-Disposition: attachment;\n\tfilename="%s"' % fname)
    return Part(h, msgbytes)


def message(frm, to, subj, date, root, mid, cc=None, extra=(), subj_cs="utf-8", subj_enc="B",
            in_reply=None):
    hdrs = []
    hdrs.append("From: " + frm)
    hdrs.append("To: " + to)
    if cc:
        hdrs.append("Cc: " + cc)
    hdrs.append("Subject: " + ew(subj, subj_cs, subj_enc))
    hdrs.append("Date: " + rfcdate(date))
    hdrs.append("Message-ID: " + mid)
    if in_reply:
        hdrs.append("In-Reply-To: " + in_reply)
        hdrs.append("References: " + in_reply)
    hdrs.append("MIME-Version: 1.0")
    for h in extra:
        if h.startswith("Thread-Index:"):
            h = "Thread-Index: " + base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(22))).decode()
        hdrs.append(h)
    top = Part(hdrs + root.headers, root.body, root.children, root.boundary)
    return top.bytes()


# ---------------------------------------------------------------- message ids
_n = [0]


def mid_outlook():
    _n[0] += 1
    return "<%012x$%08x$%08x$@pozhtehkontrol.ru>" % (0x01db30000000 + rnd.getrandbits(28),
                                                    rnd.getrandbits(32), rnd.getrandbits(32))


def mid_nokia(d):
    return "<%d.%05d.nokiae72mail@pozhtehkontrol.ru>" % (int(d.timestamp()), rnd.randint(0, 99999))


def mid_mailru(d):
    return "<%d.%d@f%d.i.mail.ru>" % (int(d.timestamp()), rnd.getrandbits(30), rnd.randint(100, 999))


def mid_iphone():
    return "<%s@pozhtehkontrol.ru>" % str(uuid.UUID(int=rnd.getrandbits(128))).upper()


def mid_disp(d):
    return "<%s.%d@zakazchik-omis.ru>" % (uuid.UUID(int=rnd.getrandbits(128)).hex[:16], int(d.timestamp()))


# ---------------------------------------------------------------- persona blocks
LYK_NAME = "Лыкова Марина Сергеевна"
GUS_NAME = "Гусев Андрей"
KOZ_NAME = "Козлов Виталий Петрович"
DISP_NAME = "Соколова Ирина Викторовна"

LYK_SIG = """С уважением,
Лыкова Марина Сергеевна
координатор сервисного отдела
ООО «ПожТехКонтроль»
620075, г. Екатеринбург, ул. Радищева, д. 28, оф. 311
тел. +7 (343) 287-45-12, доб. 104
ИНН 6671234580 / КПП 667101001
Лицензия МЧС № 66-Б/01234 от 14.03.2019"""

KOZ_SIG = """--
Козлов В.П.
региональный менеджер
ООО «ПожТехКонтроль», Екатеринбург
моб. +7 922 118-40-07"""

DISP_SIG = """--
Соколова Ирина Викторовна
диспетчер ОМИС
тел. +7 (495) 640-22-18, доб. 3"""

OUTLOOK_X = ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdtN" + uuid.UUID(int=77).hex[:20],
             "Content-Language: ru"]
NOKIA_X = ["User-Agent: Nokia E72 Mail (Exchange/IMAP) 3.2"]
IPHONE_X = ["X-Mailer: iPhone Mail (20H115)"]


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def lyk_html(paras, head, rows, after=(), sig=LYK_SIG):
    """Outlook-like HTML letter with a table; returns (plain, html)."""
    ph = []
    for p in paras:
        ph.append('<p class=MsoNormal>%s<o:p></o:p></p>' % html_escape(p))
    th = "".join('<td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt">'
                 '<p class=MsoNormal><b>%s</b></p></td>' % html_escape(c) for c in head)
    trs = []
    for r in rows:
        trs.append("<tr>" + "".join(
            '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class=MsoNormal>%s</p></td>'
            % html_escape(c) for c in r) + "</tr>")
    table = ('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 '
             'style="border-collapse:collapse;border:none">\n<tr>%s</tr>\n%s\n</table>' % (th, "\n".join(trs)))
    ah = "".join('<p class=MsoNormal>%s<o:p></o:p></p>' % html_escape(p) for p in after)
    sh = "<br>\n".join(html_escape(x) for x in sig.split("\n"))
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv=Content-Type content="text/html; charset=windows-1251">\n'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">\n'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}</style>\n'
            '</head>\n<body lang=RU link="#0563C1" vlink="#954F72">\n<div class=WordSection1>\n'
            + "\n".join(ph) + '\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n' + table +
            '\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n' + ah +
            '\n<p class=MsoNormal style="color:#1F3864">' + sh + '</p>\n</div>\n</body>\n</html>\n')
    plain = "\n\n".join(paras) + "\n\n"
    plain += "\t".join(head) + "\n"
    for r in rows:
        plain += "\t".join(r) + "\n"
    if after:
        plain += "\n" + "\n\n".join(after) + "\n"
    plain += "\n" + sig + "\n"
    return plain, html


def lyk_simple_html(paras, sig=LYK_SIG, cs="windows-1251"):
    ph = "\n".join('<p class=MsoNormal>%s<o:p></o:p></p>' % html_escape(p) for p in paras)
    sh = "<br>\n".join(html_escape(x) for x in sig.split("\n"))
    html = ('<html>\n<head>\n<meta http-equiv=Content-Type content="text/html; charset=%s">\n' % cs +
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}</style>\n'
            '</head>\n<body lang=RU>\n<div class=WordSection1>\n' + ph +
            '\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<p class=MsoNormal style="color:#1F3864">' + sh +
            '</p>\n</div>\n</body>\n</html>\n')
    plain = "\n\n".join(paras) + "\n\n" + sig + "\n"
    return plain, html


def outlook_block(frm, sent, to, subj, body, cc=None, eng=False):
    if eng:
        s = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
        if cc:
            s += "Cc: %s\n" % cc
        s += "Subject: %s\n\n%s" % (subj, body)
    else:
        s = "От: %s\nОтправлено: %s\nКому: %s\n" % (frm, sent, to)
        if cc:
            s += "Копия: %s\n" % cc
        s += "Тема: %s\n\n%s" % (subj, body)
    return s


def gt(text_):
    return "> " + text_.replace("\n", "\n> ")


# ---------------------------------------------------------------- registry
REGISTRY = {
    "contractor": {
        "name": "ООО «ПожТехКонтроль»",
        "emails": [LYK, GUS, GUS_MR, KOZ, OFFICE, NEWS, DAEMON],
        "domains": ["pozhtehkontrol.ru"],
    },
    "requests": [
        {"number": "77014", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "Перезарядка огнетушителей, БЦ «Уральский», ул. Малышева, 51: 1 - этажи 1-5 (ОП-4, 24 шт), 2 - этажи 6-10 (ОП-4, 22 шт), 3 - паркинг (ОУ-5, 8 шт)"},
        {"number": "77031", "positions": ["1", "2"], "registered_at": "2026-11-03T10:00:00+03:00",
         "comment": "Испытание ВПВ и перекатка пожарных рукавов, склад ул. Монтажников, 4: 1 - корпус 1, 2 - корпус 2"},
        {"number": "77058", "positions": ["1"], "registered_at": "2026-11-04T08:30:00+03:00",
         "comment": "Проверка ППКП «Сигнал-20П», офис ул. Белинского, 86"},
        {"number": "77102", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T11:00:00+03:00",
         "comment": "Испытание пожарных кранов, гостиница ул. Челюскинцев, 106: стояки/этажи 1-4 по позициям"},
        {"number": "77140", "positions": ["1", "2"], "registered_at": "2026-11-06T07:40:00+03:00",
         "comment": "Ложные срабатывания АПС, ТЦ ул. Амундсена: 1 - прибор ППКОП «Гранит-8», 2 - дымовые извещатели 2 этажа"},
        {"number": "77177", "positions": ["1"], "registered_at": "2026-11-09T09:00:00+03:00",
         "comment": "Перезарядка ОП-5 и ОУ-3, столовая ул. Фронтовых бригад, 18"},
        {"number": "77215", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T08:00:00+03:00",
         "comment": "Ежемесячное ТО АПС: 1 - ул. Луначарского, 31; 2 - ул. Восточная, 7; 3 - пр. Космонавтов, 18"},
        {"number": "77260", "positions": ["1", "2"], "registered_at": "2026-11-11T12:20:00+03:00",
         "comment": "Замена пожарных рукавов с головками ГР-50, цех ул. Титова, 19: 1 - ПК-3 корпус А, 2 - ПК-7 корпус Б"},
        {"number": "77309", "positions": ["1"], "registered_at": "2026-11-12T06:50:00+03:00",
         "comment": "АВАРИЙНАЯ: неисправность прибора «Рубеж-2ОП», серверная, ул. Мамина-Сибиряка, 101"},
        {"number": "77344", "positions": ["1", "2", "3"], "registered_at": "2026-11-13T09:00:00+03:00",
         "comment": "Перезарядка огнетушителей в филиалах: 1 - Верхняя Пышма, ул. Петрова, 35; 2 - Берёзовский, ул. Ленина, 62; 3 - Среднеуральск, ул. Калинина, 12"},
        {"number": "77412", "positions": ["1", "2"], "registered_at": "2026-11-17T10:30:00+03:00",
         "comment": "Испытание ВПВ на водоотдачу, ТРЦ ул. Халтурина, 55: 1 - северное крыло, 2 - южное крыло"},
        {"number": "77488", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-19T08:00:00+03:00",
         "comment": "Проверка огнетушителей и ПК в офисах: 1 - ул. Вайнера, 9; 2 - ул. 8 Марта, 46; 3 - ул. Куйбышева, 44; 4 - ул. Шейнкмана, 90"},
        {"number": "77503", "positions": ["1"], "registered_at": "2026-11-23T09:10:00+03:00",
         "comment": "Замена аккумуляторов в ППКП, ул. Сакко и Ванцетти, 61"},
    ],
}

LABELS = {}
LETTERS = []  # (fname, bytes, date)


def add(raw, label, date):
    fn = "%03d.eml" % (len(LETTERS) + 1)
    LETTERS.append((fn, raw, date))
    LABELS[fn] = label


def dec(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


PR, VP, NM, UB = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

LYK_FROM = addr(LYK_NAME, LYK, "windows-1251", "B")
KOZ_FROM = addr(KOZ_NAME, KOZ, "windows-1251", "Q")
KOZ_FROM_U = addr("Виталий Козлов", KOZ, "utf-8", "B")
GUS_FROM_K = addr("Гусев А.", GUS, "koi8-r", "B")
GUS_FROM_A = addr("Gusev Andrey", GUS)
GUS_FROM_MR = addr("Андрей Гусев", GUS_MR, "utf-8", "B")
DISP_TO = addr("Диспетчерская ОМИС", DISPATCH, "windows-1251", "B")


def lyk_alt(plain, html, cte="quoted-printable"):
    return multi("alternative", [text(plain, "windows-1251", cte), text(html, "windows-1251", cte, "html")])


# =====================================================================================
# 77014  registered 02.11 09:15 MSK (11:15 YEKT)
# =====================================================================================
d = dt(2, 11, 52)
pl, ht = lyk_html(
    ["Добрый день!",
     "Сообщаем, что заявка № 77014 от 02.11.2026 (перезарядка огнетушителей, БЦ «Уральский», ул. Малышева, 51) принята в работу.",
     "Плановый график выезда бригады:"],
    ["Поз.", "Объект", "Кол-во", "Плановая дата", "Примечание"],
    [["1", "Этажи 1–5", "ОП-4 – 24 шт.", "03.11.2026", "с 09:00"],
     ["2", "Этажи 6–10", "ОП-4 – 22 шт.", "03.11–04.11.2026", ""],
     ["3", "Паркинг", "ОУ-5 – 8 шт.", "04.11.2026", "нужен допуск на -1 этаж"]],
    ["Просим обеспечить доступ бригады и подменный фонд на время перезарядки не требуется – перезарядка на месте мобильной станцией."])
add(message(LYK_FROM, DISP_TO, "Заявка № 77014 – принята в работу", d, lyk_alt(pl, ht), mid_outlook(),
            extra=OUTLOOK_X, subj_cs="windows-1251"),
    dec("77014", [], PR, "coordinator confirms the request is accepted; table is only a plan"), d)

d = dt(3, 8, 47)
add(message(GUS_FROM_A, DISPATCH, "77014 vyehali", d,
            text("Vyehali na Malysheva 51, budem minut cherez 30.\nGusev\n\n--\nSent from my Nokia phone\n",
                 "us-ascii", "7bit"), mid_nokia(d), cc=OFFICE, extra=NOKIA_X),
    dec("77014", [], VP, "translit: left for the site, arriving in 30 min"), d)

d = dt(3, 9, 24)
add(message(GUS_FROM_K, DISPATCH, "Re: 77014", d,
            text("Малышева 51 - на месте, 9:20. Охрана пропустила, начинаем.\nГусев\n", "koi8-r", "8bit"),
            mid_nokia(d), extra=NOKIA_X, subj_cs="koi8-r"),
    dec("77014", [], NM, "on site at 9:20; no position named"), d)

d = dt(3, 17, 41)
pl, ht = lyk_html(
    ["Добрый вечер!", "Направляем итоги работы бригады за 03.11.2026 по заявке № 77014:"],
    ["Позиция", "Прибытие", "Убытие", "Результат"],
    [["1 (этажи 1–5)", "09:20", "16:05", "Перезаряжено 24 шт. ОП-4, установлены пломбы № 0045771–0045794, бирки заполнены"],
     ["2 (этажи 6–10)", "09:20", "—", "Не выполнено: 7–10 этажи закрыты арендатором, перенос на 04.11"],
     ["3 (паркинг)", "—", "—", "По графику 04.11"]],
    ["Акт по позиции 1 передан администратору здания."])
add(message(LYK_FROM, DISP_TO, "Отчет по заявке 77014 за 03.11", d, lyk_alt(pl, ht), mid_outlook(),
            extra=OUTLOOK_X, subj_cs="windows-1251", subj_enc="Q"),
    dec("77014", ["1"], UB, "table: only row 1 has departure and result; 2 not done, 3 planned; seal numbers are distractors"), d)

d = dt(4, 16, 5)
add(message(GUS_FROM_A, DISPATCH, "77014 (2,3)", d,
            text("77014 poz 2 i 3 gotovo, ubyli. 6-10 etazh + parking, vse pereryazheno. Akt ostavil u ohrany, "
                 "ohrannik Sergei tel 8-912-240-55-17\nGusev\n", "us-ascii", "7bit"),
            mid_nokia(d), cc=OFFICE, extra=NOKIA_X),
    dec("77014", ["2", "3"], UB, "positions 2 and 3 done, crew left; phone is a distractor"), d)

q1 = outlook_block("%s <%s>" % (DISP_NAME, DISPATCH), ru_date(dt(5, 10, 12, tz=MSK), True),
                   "%s <%s>" % (LYK_NAME, LYK), "RE: Отчет по заявке 77014 за 03.11",
                   "Марина Сергеевна, добрый день.\nКогда ждать оригиналы актов по 77014 (все три позиции)? "
                   "Бухгалтерия не закрывает месяц без них.\n\n" + DISP_SIG, cc=KOZ)
q2 = outlook_block("%s <%s>" % (LYK_NAME, LYK), ru_date(dt(3, 17, 41), True), DISPATCH,
                   "Отчет по заявке 77014 за 03.11",
                   "Добрый вечер!\nНаправляем итоги работы бригады за 03.11.2026 по заявке № 77014:\n"
                   "Позиция\tПрибытие\tУбытие\tРезультат\n1 (этажи 1–5)\t09:20\t16:05\tПерезаряжено 24 шт. ОП-4\n"
                   "2 (этажи 6–10)\t09:20\t—\tНе выполнено, перенос на 04.11\n3 (паркинг)\t—\t—\tПо графику 04.11\n\n"
                   + LYK_SIG)
d = dt(5, 13, 2)
body = ("Ирина Викторовна, добрый день.\nОригиналы отправим курьером в пятницу, 13.11, вместе со счётом "
        "по договору № 14/26-ТО. Сканы Марина пришлёт сегодня.\n\n" + KOZ_SIG + "\n\n" + q1 + "\n\n" + q2 + "\n")
add(message(KOZ_FROM, DISP_TO, "RE: Отчет по заявке 77014 за 03.11", d, text(body, "windows-1251", "quoted-printable"),
            mid_outlook(), cc=LYK, extra=OUTLOOK_X, subj_cs="windows-1251", subj_enc="Q"),
    rev("manager talks about sending act originals and invoice; statuses only in quoted history"), d)

# =====================================================================================
# 77031  registered 03.11 10:00 MSK (12:00 YEKT)
# =====================================================================================
d = dt(3, 14, 10)
pl, ht = lyk_simple_html(
    ["Коллеги, добрый день!",
     "Заявка 77031 (ВПВ, склад на ул. Монтажников, 4, корпуса 1 и 2) принята в работу.",
     "Испытания на водоотдачу и перекатку рукавов планируем на четверг, 05.11.2026. Бригадир – Гусев А.Н., "
     "тел. +7 912 604-18-33."], cs="utf-8")
add(message(LYK_FROM, DISP_TO, "77031 принята", d, text(ht, "utf-8", "base64", "html"), mid_outlook(),
            extra=OUTLOOK_X, subj_cs="windows-1251"),
    dec("77031", [], PR, "HTML-only letter (utf-8 base64), request accepted"), d)

d = dt(5, 8, 30)
add(message(GUS_FROM_K, DISPATCH, "77031-1", d,
            text("Выехали на Монтажников 4, корпус 1. Будем к 9.\nГусев\n", "koi8-r", "8bit"),
            mid_nokia(d), extra=NOKIA_X),
    dec("77031", ["1"], VP, "'выехали НА' = heading to the site; position after dash in subject"), d)

d = dt(5, 8, 56)
add(message(GUS_FROM_A, DISPATCH, "77091 na meste", d,
            text("77091 na meste, Montazhnikov 4.\n", "us-ascii", "7bit"), mid_nokia(d), extra=NOKIA_X),
    rev("request 77091 does not exist in the registry (probably a typo of 77031) - cannot be recorded"), d)

d = dt(5, 12, 55)
add(message(GUS_FROM_A, DISPATCH, "Re: 77031-1", d,
            text("Po 1 pozicii (korpus 1) vse: ispytali 6 PK, rukava perekatali na novoe rebro. "
                 "Korpus 2 posle obeda.\nGusev\n", "us-ascii", "7bit"), mid_nokia(d), extra=NOKIA_X),
    dec("77031", ["1"], UB, "position 1 finished; position 2 only planned for after lunch"), d)

d = dt(5, 17, 22)
add(message(GUS_FROM_A, DISPATCH, "Re: 77031-1 vyehali", d,
            text("2-ya poz gotova, uezzhaem. Na 2 stoyake davlenie slaboe 0,1 MPa, napishem v akte.\n", "us-ascii", "7bit"),
            mid_nokia(d), extra=NOKIA_X),
    dec("77031", ["2"], UB, "old Re: subject names pos 1 / 'выехали'; body reports position 2 done and leaving"), d)

# =====================================================================================
# 77058  registered 04.11 08:30 MSK (10:30 YEKT)
# =====================================================================================
d = dt(4, 11, 5)
pl, ht = lyk_simple_html(
    ["Добрый день!",
     "Заявка № 77058 (ППКП «Сигнал-20П» вер. 3.10, ул. Белинского, 86) принята.",
     "Выезд – пятница, 06.11, утро. Ответственный – бригадир Гусев А.Н., тел. +7 912 604-18-33."])
add(message(LYK_FROM, DISP_TO, "Заявка № 77058", d, lyk_alt(pl, ht), mid_outlook(), extra=OUTLOOK_X,
            subj_cs="windows-1251"),
    dec("77058", [], PR, "accepted; panel model and phone are distractors"), d)

d = dt(6, 8, 44)
add(message(GUS_FROM_K, DISPATCH, "Белинского 86 (77058)", d,
            text("На месте с 8:40. Прибор в подвале, ключи дали.\n", "koi8-r", "8bit"),
            mid_nokia(d), extra=NOKIA_X, subj_cs="koi8-r"),
    dec("77058", [], NM, "request number in brackets after the address; on site"), d)

d = dt(6, 9, 5)
add(message(GUS_FROM_A, DISPATCH, "77058 p.2", d,
            text("77058 p.2 na meste, shkaf v podvale otkryli\n", "us-ascii", "7bit"), mid_nokia(d), extra=NOKIA_X),
    rev("request 77058 has only position 1; position 2 does not exist"), d)

d0 = dt(6, 10, 55)
inner = ("-------- Пересылаемое сообщение --------\nТема: \t77058\nДата: \t%s\nОт: \tГусев А. <%s>\nКому: \t%s\n\n"
         "Signal-20P proverili, zamenili AKB 12V 7Ah, RIP-12 v norme, shleyfy 1-8 bez oshibok. Uehali 10:50.\n"
         "Gusev\n" % (rfcdate(d0), GUS, KOZ))
d = dt(6, 11, 31)
add(message(KOZ_FROM_U, DISPATCH, "Fwd: 77058", d,
            text("Пересылаю отчёт бригады.\n\n" + inner, "utf-8", "8bit", flowed=True), mid_iphone(), extra=IPHONE_X),
    dec("77058", [], UB, "manager forwards the crew's report: work done, left at 10:50"), d)

# =====================================================================================
# 77140  registered 06.11 07:40 MSK (09:40 YEKT)
# =====================================================================================
d = dt(6, 10, 2)
add(message(GUS_FROM_K, DISPATCH, "77140", d,
            text("Принял 77140, Амундсена. Заканчиваем на Белинского, выезжаем через час.\nГусев\n", "koi8-r", "8bit"),
            mid_nokia(d), extra=NOKIA_X, subj_cs="koi8-r"),
    dec("77140", [], PR, "'принял' = accepted; departure only planned in an hour, so not yet on the way"), d)

d = dt(6, 11, 20)
add(message(GUS_FROM_A, DISPATCH, "77140 v puti", d,
            text("Edem na Amundsena, 77140. Probka na Serova.\n", "us-ascii", "7bit"), mid_nokia(d), extra=NOKIA_X),
    dec("77140", [], VP, "on the way"), d)

d = dt(6, 11, 58)
add(message(GUS_FROM_K, DISPATCH, "HA MECTE 77140", d,
            text("HA MECTE. Гусев\n", "koi8-r", "8bit"), mid_nokia(d), extra=NOKIA_X),
    dec("77140", [], NM, "caps written with Latin look-alike letters (HA MECTE)"), d)

d = dt(6, 17, 33)
pl, ht = lyk_html(
    ["Добрый вечер.", "Заявка 77140, ТЦ на ул. Амундсена – результаты выезда 06.11.2026:"],
    ["№ поз.", "Оборудование", "Время прибытия", "Время убытия", "Результат"],
    [["1", "ППКОП «Гранит-8»", "11:55", "15:40", "Обновлена прошивка, журнал событий проверен, ложных срабатываний в ходе проверки нет"],
     ["2", "Извещатели ИП 212-45, 2 этаж", "11:55", "15:40", "Заменены 3 извещателя (зав. № 04512, 04513, 04519), причина – запыление"]],
    ["Рекомендуем ежеквартальную продувку извещателей в зоне фуд-корта."])
add(message(LYK_FROM, DISP_TO, "Заявка 77140 – выполнено", d, lyk_alt(pl, ht), mid_outlook(), extra=OUTLOOK_X,
            subj_cs="windows-1251"),
    dec("77140", ["1", "2"], UB, "HTML table: both positions with departure 15:40; serial numbers are distractors"), d)

q = outlook_block("%s <%s>" % (DISP_NAME, DISPATCH), ru_date(dt(9, 7, 48, tz=MSK), True), KOZ,
                  "77140 - повторная сработка",
                  "Виталий Петрович, доброе утро.\nВ ночь на 09.11 в ТЦ на Амундсена опять сработка АПС, 2 этаж, "
                  "03:14. Охрана вызывала пожарных. Заявка 77140 была закрыта 06.11 – прошу разобраться.\n\n" + DISP_SIG,
                  eng=True)
d = dt(9, 10, 20)
add(message(KOZ_FROM, DISP_TO, "RE: 77140 - повторная сработка", d,
            text("Ирина Викторовна, разберёмся. В среду пришлю инженера, по гарантии – бесплатно. Журнал "
                 "прибора снимем.\n\n" + KOZ_SIG + "\n\n" + q + "\n", "windows-1251", "quoted-printable"),
            mid_outlook(), extra=OUTLOOK_X, subj_cs="windows-1251", subj_enc="Q"),
    rev("reply to a complaint: only a promise to send an engineer on Wednesday"), d)

# =====================================================================================
# 77102  registered 05.11 11:00 MSK (13:00 YEKT)
# =====================================================================================
d = dt(5, 14, 20)
pl, ht = lyk_simple_html(
    ["Уважаемые коллеги!",
     "Заявку 77102 (испытание пожарных кранов, гостиница на ул. Челюскинцев, 106) приняли в работу.",
     "Выезд – 09.11 (понедельник), с 09:00. Просим предупредить администратора гостиницы."])
add(message(LYK_FROM, DISP_TO, "Re: Заявка 77102 – испытание ПК", d, lyk_alt(pl, ht), mid_outlook(),
            extra=OUTLOOK_X, subj_cs="windows-1251"),
    dec("77102", [], PR, "request accepted; date is a plan"), d)


d = dt(9, 18, 5)
pl, ht = lyk_html(
    ["Добрый вечер!", "По заявке 77102 за 09.11.2026:"],
    ["Позиция", "Прибытие", "Убытие", "Результат"],
    [["1", "08:55", "12:30", "Испытано 8 ПК, замечаний нет"],
     ["2", "08:55", "17:45", "Испытано 8 ПК, заменён 1 рукав (ПК-2.6), длина рукава 15 м вместо 20 м – будет заменён"],
     ["3", "—", "—", "Перенос на 10.11"],
     ["4", "—", "—", "Перенос на 10.11"]])
add(message(LYK_FROM, DISP_TO, "77102 – итоги 09.11", d, lyk_alt(pl, ht), mid_outlook(), extra=OUTLOOK_X,
            subj_cs="windows-1251", subj_enc="Q"),
    dec("77102", ["1", "2"], UB, "table: rows 1 and 2 done with departure; 3 and 4 postponed"), d)

d = dt(10, 9, 5)
add(message(GUS_FROM_K, DISPATCH, "77102 п.3 п.4", d,
            text("Нa мeсте, начали п.3 и п.4\n", "koi8-r", "8bit"), mid_nokia(d), extra=NOKIA_X, subj_cs="koi8-r"),
    dec("77102", ["3", "4"], NM, "on site for positions 3 and 4; Latin a/e inside 'на месте'"), d)

d = dt(10, 13, 32)
add(message(GUS_FROM_K, DISPATCH, "по заявке 77102", d,
            text("П3 готово. П4 ждём ключи от техэтажа, администратор обещал к 14.\nГусев\n", "koi8-r", "base64"),
            mid_nokia(d), extra=NOKIA_X, subj_cs="koi8-r"),
    dec("77102", ["3"], UB, "position 3 done; position 4 is waiting (not a status)"), d)

q0 = ("10 нояб. 2026 г., в 14:02, %s <%s> написал(а):\n\n"
      "Виталий Петрович, добрый день!\nПо 77102: П1–П3 закрыты, а что по П4? Гостиница спрашивает, можно ли "
      "открывать 4 этаж для заселения.\n\n%s\n" % (DISP_NAME, DISPATCH, DISP_SIG))
d = dt(10, 16, 50)
add(message(KOZ_FROM_U, DISPATCH, "Re: 77102 П4 – когда?", d,
            text("Коллеги, по П4 ребята закончили в 16:20, выехали с объекта. 4 этаж можно открывать. Акт завтра.\n\n"
                 "Отправлено с iPhone\n\n" + gt(q0), "utf-8", "quoted-printable"), mid_iphone(), extra=IPHONE_X),
    dec("77102", ["4"], UB, "'выехали С объекта' = left the site after finishing position 4; quoted question below"), d)

# =====================================================================================
# 77215  registered 10.11 08:00 MSK (10:00 YEKT)
# =====================================================================================
d = dt(10, 10, 45)
pl, ht = lyk_html(
    ["Добрый день!", "Принята заявка 77215 – ежемесячное ТО АПС на трёх объектах. План выездов:"],
    ["Поз.", "Адрес", "Дата", "Время"],
    [["1", "ул. Луначарского, 31", "11.11.2026", "09:00–11:00"],
     ["2", "ул. Восточная, 7", "11.11.2026", "12:00–14:30"],
     ["3", "пр. Космонавтов, 18", "12.11.2026", "после 13:00"]])
add(message(LYK_FROM, DISP_TO, "Принята заявка 77215 (ТО АПС, 3 объекта)", d, lyk_alt(pl, ht), mid_outlook(),
            extra=OUTLOOK_X, subj_cs="windows-1251"),
    dec("77215", [], PR, "accepted; the table is a plan of visits, not done events"), d)


d = dt(11, 9, 10)
add(message(GUS_FROM_K, DISPATCH, "77215/1", d,
            text("на объекте\n", "koi8-r", "8bit"), mid_nokia(d), extra=NOKIA_X),
    dec("77215", ["1"], NM, "request/position written as 77215/1 in the subject"), d)

d = dt(11, 11, 45)
add(message(GUS_FROM_A, DISPATCH, "77215", d,
            text("p1 ok, ubyli. Edem na Vostochnuyu 7 (p2)\n", "us-ascii", "7bit"), mid_nokia(d), extra=NOKIA_X),
    rev("different statuses for different positions: pos 1 left, pos 2 on the way"), d)

d = dt(11, 14, 30)
add(message(GUS_FROM_A, DISPATCH, "77215 (2)", d,
            text("ubyli, vse rabotaet. Zamenili 1 izveshatel IPR-513-10 u vhoda\n", "us-ascii", "7bit"),
            mid_nokia(d), extra=NOKIA_X),
    dec("77215", ["2"], UB, "position in brackets in subject; left; part model is a distractor"), d)

d = dt(12, 14, 2)
pl, ht = lyk_html(
    ["Коллеги, добрый день.", "Оперативно по заявке № 77215, позиция 3 (пр. Космонавтов, 18):"],
    ["Позиция", "Прибытие", "Убытие", "Результат"],
    [["3", "13:20", "—", "Работы ведутся: проверка шлейфов, тестирование СОУЭ"]],
    ["Итоговый отчёт направим по завершении."])
add(message(LYK_FROM, DISP_TO, "77215 поз. 3 – бригада на объекте", d, lyk_alt(pl, ht), mid_outlook(),
            extra=OUTLOOK_X, subj_cs="windows-1251"),
    dec("77215", ["3"], NM, "table row: arrived 13:20, no departure, work in progress"), d)

d = dt(12, 16, 40)
add(message(GUS_FROM_K, DISPATCH, "77215", d,
            text("77215 п.3 готово, уехали с Космонавтов в 16:30. СОУЭ в норме\n", "koi8-r", "8bit"),
            mid_nokia(d), extra=NOKIA_X),
    dec("77215", ["3"], UB, "'уехали с ...' = left the site"), d)

# =====================================================================================
# 77260  registered 11.11 12:20 MSK (14:20 YEKT)
# =====================================================================================
q = outlook_block("%s <%s>" % (DISP_NAME, DISPATCH), ru_date(dt(11, 12, 24, tz=MSK), True),
                  "%s; %s" % (KOZ, OFFICE), "Заявка № 77260 на замену рукавов",
                  "Добрый день.\nНаправляем заявку № 77260: замена пожарных рукавов с головками ГР-50,\n"
                  "цех ул. Титова, 19.\n  1) ПК-3, корпус А – рукав порван при перекатке;\n"
                  "  2) ПК-7, корпус Б – отсутствует рукав.\nСрок – до 14.11.2026.\n\n" + DISP_SIG)
d = dt(11, 15, 3)
add(message(KOZ_FROM, DISP_TO, "RE: Заявка № 77260 на замену рукавов", d,
            text("Взяли в работу, рукава 51 мм есть на складе, монтаж в пятницу утром.\n\n" + KOZ_SIG + "\n\n" + q + "\n",
                 "windows-1251", "quoted-printable"), mid_outlook(), cc=LYK, extra=OUTLOOK_X,
            subj_cs="windows-1251", subj_enc="Q"),
    dec("77260", [], PR, "'взяли в работу' = accepted, top-posted over the dispatcher's request"), d)

q = outlook_block("%s <%s>" % (DISP_NAME, DISPATCH), ru_date(dt(13, 9, 31, tz=MSK), True), KOZ,
                  "RE: Заявка № 77260 на замену рукавов",
                  "Виталий Петрович, какая стоимость рукава с головками? Нужно для доп. соглашения.\n\n" + DISP_SIG)
q += "\n\n" + outlook_block("%s <%s>" % (KOZ_NAME, KOZ), ru_date(dt(11, 15, 3), True), DISPATCH,
                            "RE: Заявка № 77260 на замену рукавов",
                            "Взяли в работу, рукава 51 мм есть на складе, монтаж в пятницу утром.\n\n" + KOZ_SIG)
d = dt(13, 12, 40)
add(message(KOZ_FROM, DISP_TO, "RE: Заявка № 77260 на замену рукавов", d,
            text("Рукав 51 мм в сборе с ГР-50 – 2 850 руб. за шт. без НДС по прайсу от 01.10.2026. "
                 "Допсоглашение Марина пришлёт в понедельник.\n\n" + KOZ_SIG + "\n\n" + q + "\n",
                 "windows-1251", "quoted-printable"), mid_outlook(), extra=OUTLOOK_X, subj_cs="windows-1251", subj_enc="Q"),
    rev("price / supplementary agreement talk, no status"), d)

d = dt(13, 9, 15)
add(message(GUS_FROM_K, DISPATCH, "Титова 19", d,
            text("Титова 19, заявка 77260 - прибыли\n", "koi8-r", "8bit"), mid_nokia(d), extra=NOKIA_X, subj_cs="koi8-r"),
    dec("77260", [], NM, "'прибыли' = arrived; street number 19 is a distractor"), d)

d = dt(13, 12, 10)
add(message(GUS_FROM_K, DISPATCH, "77260", d,
            text("Оба рукава заменили (П1 и П2), ГР-50 новые, опрессовали. Уехали.\nГусев\n", "koi8-r", "8bit"),
            mid_nokia(d), extra=NOKIA_X),
    dec("77260", ["1", "2"], UB, "both positions done, left"), d)

# bounce - dispatch wrote to a non-existing mailbox of the contractor
d0 = dt(13, 10, 2, tz=MSK)
orig = ("From: %s\nTo: brigada2@pozhtehkontrol.ru\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
        "Добрый день. Подтвердите, пожалуйста, что бригада на месте по заявке 77260, корпус А.\n"
        % (DISP_TO, ew("Заявка 77260 - бригада на месте?", "utf-8", "B"), rfcdate(d0), mid_disp(d0))).encode("utf-8")
d = dt(13, 12, 2, 44)
dsn = ("Reporting-MTA: dns; mx1.pozhtehkontrol.ru\nX-Postfix-Queue-ID: 4Rk2Lw0Q7Zz9tJ\n"
       "Arrival-Date: %s\n\nFinal-Recipient: rfc822; brigada2@pozhtehkontrol.ru\n"
       "Original-Recipient: rfc822;brigada2@pozhtehkontrol.ru\nAction: failed\nStatus: 5.1.1\n"
       "Diagnostic-Code: X-Postfix; unknown user: \"brigada2\"\n" % rfcdate(d))
expl = ("This is the mail system at host mx1.pozhtehkontrol.ru.\n\nI'm sorry to have to inform you that your message "
        "could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "                   The mail system\n\n<brigada2@pozhtehkontrol.ru>: unknown user: \"brigada2\"\n")
root = multi("report", [
    Part(['Content-Description: Notification', 'Content-Type: text/plain; charset=us-ascii'], expl.encode()),
    Part(['Content-Description: Delivery report', 'Content-Type: message/delivery-status'], dsn.encode()),
    Part(['Content-Description: Undelivered Message', 'Content-Type: message/rfc822'], orig)],
    params=" report-type=delivery-status;")
add(message('"Mail Delivery System" <%s>' % DAEMON, DISPATCH, "Undelivered Mail Returned to Sender", d, root,
            "<20261113070244.4Rk2Lw0Q7Zz9tJ@mx1.pozhtehkontrol.ru>", extra=["Auto-Submitted: auto-replied"]),
    ign("bounce (delivery failure) from the contractor's mail server; quoted original mentions 77260"), d)

# =====================================================================================
# 77177  registered 09.11 09:00 MSK (11:00 YEKT)
# =====================================================================================
d = dt(9, 11, 34)
pl, ht = lyk_simple_html(
    ["Добрый день!",
     "Заявка № 77177 (столовая, ул. Фронтовых бригад, 18) принята в работу. Огнетушители ОП-5 (14 шт.) и ОУ-3 "
     "(4 шт.) заберём на перезарядку 13.11, на время перезарядки оставим подменный фонд."])
add(message(LYK_FROM, addr("Диспетчерская ОМИС", DISPATCH, "windows-1251"), "Заявка № 77177 принята в работу", d,
            text(ht, "windows-1251", "quoted-printable", "html"), mid_outlook(), cc=GUS, extra=OUTLOOK_X,
            subj_cs="windows-1251"),
    dec("77177", [], PR, "HTML-only windows-1251; accepted, pickup date is a plan"), d)

d = dt(13, 12, 58)
add(message(GUS_FROM_K, DISPATCH, "выехал", d,
            text("Фронтовых бригад 18 - выехал. Гусев\n", "koi8-r", "8bit"), mid_nokia(d), extra=NOKIA_X,
            subj_cs="koi8-r"),
    rev("no request number at all, only a street address"), d)

q = ("----- Original message -----\nFrom: %s <%s>\nTo: %s\nCc: %s\nSent: %s\nSubject: Заявка № 77177 принята в работу\n\n"
     "Добрый день!\nЗаявка № 77177 (столовая, ул. Фронтовых бригад, 18) принята в работу. Огнетушители ОП-5 (14 шт.) "
     "и ОУ-3 (4 шт.) заберём на перезарядку 13.11, на время перезарядки оставим подменный фонд.\n"
     % (LYK_NAME, LYK, DISPATCH, GUS, "09.11.2026 11:34"))
d = dt(13, 14, 12)
add(message(GUS_FROM_K, DISPATCH, "Re: Заявка № 77177 принята в работу", d,
            text("Забрали 14 шт ОП-5 и 4 ОУ-3, подменный фонд оставили, акт у заведующей. Уехали.\nГусев\n\n" + q,
                 "utf-8", "quoted-printable"), mid_nokia(d), cc=LYK, extra=NOKIA_X),
    dec("77177", [], UB, "number only in the quoted old subject; body says they left (old subject says 'принята')"), d)

d = dt(13, 16, 5)
add(message(GUS_FROM_A, DISPATCH, "77260 i 77177", d,
            text("77260 i 77177 segodnya oba obyekta zakryli, akty v ofis zavtra\n", "us-ascii", "7bit"),
            mid_nokia(d), extra=NOKIA_X),
    rev("two different requests in one letter"), d)

# =====================================================================================
# 77309  registered 12.11 06:50 MSK (08:50 YEKT)  - emergency
# =====================================================================================
d = dt(12, 9, 5)
add(message(GUS_FROM_A, DISPATCH, "SROCHNO 77309", d,
            text("prinyal, uzhe edu, budu minut cherez 40\n", "us-ascii", "7bit"), mid_nokia(d), extra=NOKIA_X),
    dec("77309", [], VP, "accepted and already driving: latest done = on the way"), d)

d = dt(12, 9, 50)
add(message(GUS_FROM_MR, DISPATCH, "#77309", d,
            text("на месте. пишу с личной почты, рабочая не грузит\n\n--\nОтправлено из Почты Mail.ru\n",
                 "utf-8", "base64"), mid_mailru(d), extra=["X-Mailer: Mail.Ru Mailer 1.0"]),
    dec("77309", [], NM, "from the brigade leader's personal mail.ru address (listed); '#77309'"), d)

d = dt(12, 13, 10)
pl, ht = lyk_html(
    ["Добрый день!", "Аварийная заявка #77309 (Рубеж-2ОП, серверная, ул. Мамина-Сибиряка, 101) – выполнена:"],
    ["Поз.", "Прибыли", "Убыли", "Что сделано"],
    [["1", "09:48", "12:35", "Заменён модуль питания МИП-24-2А, прибор в дежурном режиме, неисправностей нет"]])
add(message(LYK_FROM, DISP_TO, "Аварийная 77309 выполнена", d, lyk_alt(pl, ht), mid_outlook(), extra=OUTLOOK_X,
            subj_cs="windows-1251"),
    dec("77309", ["1"], UB, "one-row table, departure 12:35; house number 101 and module model are distractors"), d)

q = outlook_block("%s <%s>" % (LYK_NAME, LYK), ru_date(dt(12, 13, 10), True), DISPATCH, "Аварийная 77309 выполнена",
                  "Добрый день!\nАварийная заявка #77309 – выполнена:\nПоз.\tПрибыли\tУбыли\tЧто сделано\n"
                  "1\t09:48\t12:35\tЗаменён модуль питания МИП-24-2А\n\n" + LYK_SIG)
d = dt(12, 15, 21)
add(message(KOZ_FROM, DISP_TO, "RE: Аварийная 77309 выполнена", d,
            text("Коллеги, обращаю внимание: аварийный выезд вне графика оплачивается отдельно по п. 4.3 договора "
                 "№ 14/26-ТО, модуль питания – по счёту. Прошу согласовать.\n\n" + KOZ_SIG + "\n\n" + q + "\n",
                 "windows-1251", "quoted-printable"), mid_outlook(), cc=LYK, extra=OUTLOOK_X,
            subj_cs="windows-1251", subj_enc="Q"),
    rev("contract / payment talk on top of a quoted completion report"), d)

# =====================================================================================
# 77344  registered 13.11 09:00 MSK (11:00 YEKT)
# =====================================================================================
d = dt(13, 12, 30)
pl, ht = lyk_html(
    ["Добрый день.", "Заявка 77344 принята. График выездов по филиалам:"],
    ["Позиция", "Филиал", "Дата выезда"],
    [["1", "Верхняя Пышма, ул. Петрова, 35", "16.11.2026"],
     ["2", "Берёзовский, ул. Ленина, 62", "16.11.2026"],
     ["3", "Среднеуральск, ул. Калинина, 12", "17.11.2026"]])
add(message(LYK_FROM, DISP_TO, "Заявка 77344 – график", d, lyk_alt(pl, ht, "base64"), mid_outlook(), extra=OUTLOOK_X,
            subj_cs="windows-1251"),
    dec("77344", [], PR, "accepted + schedule (plan only)"), d)

d = dt(16, 8, 2)
add(message(GUS_FROM_A, DISPATCH, "77344", d,
            text("Vyehali v V.Pyshmu (poz 1), budem k 8:45\n", "us-ascii", "7bit"), mid_nokia(d), extra=NOKIA_X),
    dec("77344", ["1"], VP, "on the way to position 1"), d)

d = dt(16, 11, 30)
add(message(GUS_FROM_K, DISPATCH, "77344 поз.1", d,
            text("Пышма готово, 18 шт перезарядили на месте. Уехали\n", "koi8-r", "8bit"),
            mid_nokia(d), extra=NOKIA_X, subj_cs="koi8-r"),
    dec("77344", ["1"], UB, "position 1 done, left"), d)


d = dt(16, 16, 12)
add(message(GUS_FROM_K, DISPATCH, "Re: 77344-2", d,
            text("по второй позиции закнчили, 11 шт ОП-4 + 2 ОУ-2. вернулись в город\n", "koi8-r", "8bit"),
            mid_nokia(d), extra=NOKIA_X),
    dec("77344", ["2"], UB, "'по второй позиции закнчили' (typo) = done"), d)

d = dt(17, 9, 40)
add(message(GUS_FROM_A, DISPATCH, "77344 p3", d,
            text("77344 p3 segodnya ne uspevaem, mashina v remonte. Perenosim na 18.11 utro\n", "us-ascii", "7bit"),
            mid_nokia(d), extra=NOKIA_X),
    rev("negation + postponement, no status"), d)

d = dt(18, 10, 22)
q = ("----- Original message -----\nFrom: %s\nTo: %s\nSent: 18.11.2026 08:05\nSubject: 77344 poz 3\n\n"
     "Андрей, доброе утро. Когда будете в Среднеуральске по 77344 поз 3? Филиал спрашивает.\n%s\n"
     % (DISPATCH, GUS, DISP_SIG))
add(message(GUS_FROM_A, DISPATCH, "Re: 77344 poz 3", d,
            text(q + "\nNa meste s 10:10\n", "utf-8", "8bit"), mid_nokia(d), extra=NOKIA_X),
    dec("77344", ["3"], NM, "reply written UNDER the quote; number and position in the Re: subject"), d)

d0 = dt(18, 15, 45)
fw = outlook_block("Гусев Андрей <%s>" % GUS, ru_date(d0, True), "Козлов Виталий Петрович <%s>" % KOZ, "77344 П3",
                   "Среднеуральск всё, 9 огнетушителей ОП-4(з) перезарядили, уехали.\nГусев")
d = dt(18, 17, 0)
body = "Пересылаю. По 77344 на этом всё.\n\n" + KOZ_SIG + "\n\n" + fw + "\n"
add(message(KOZ_FROM, DISP_TO, "FW: 77344 П3", d, text(body, "windows-1251", "quoted-printable"), mid_outlook(),
            extra=OUTLOOK_X, subj_cs="windows-1251", subj_enc="Q"),
    dec("77344", ["3"], UB, "Outlook forward of the crew's report: position 3 done, left"), d)

# out of office from the manager
d = dt(17, 10, 4)
add(message(KOZ_FROM, DISP_TO, "Автоматический ответ: RE: 77140 - повторная сработка", d,
            text("Здравствуйте!\nЯ в командировке до 20.11.2026 с ограниченным доступом к почте.\n"
                 "По срочным вопросам: Лыкова Марина Сергеевна, +7 (343) 287-45-12, доб. 104, m.lykova@pozhtehkontrol.ru\n"
                 "По аварийным выездам – дежурная бригада +7 912 604-18-33.\n", "windows-1251", "quoted-printable"),
            mid_outlook(), extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                                  "X-MS-Exchange-Inbox-Rules-Loop: v.kozlov@pozhtehkontrol.ru"] + OUTLOOK_X,
            subj_cs="windows-1251"),
    ign("out-of-office auto-reply"), d)

# =====================================================================================
# 77412  registered 17.11 10:30 MSK (12:30 YEKT)
# =====================================================================================
d = dt(17, 13, 0)
pl, ht = lyk_simple_html(
    ["Добрый день!",
     "Обращение № 77412 (испытание ВПВ на водоотдачу, ТРЦ на ул. Халтурина, 55) зарегистрировано у нас под "
     "вх. № 1187 и принято к исполнению. Выезд – 19.11 с 08:00, до открытия ТРЦ."])
add(message(LYK_FROM, DISP_TO, "Обращение № 77412", d, lyk_alt(pl, ht), mid_outlook(), extra=OUTLOOK_X,
            subj_cs="windows-1251", subj_enc="Q"),
    dec("77412", [], PR, "'обращение № 77412 ... принято к исполнению'; incoming number 1187 is a distractor"), d)

d = dt(18, 11, 15)
pl, ht = lyk_simple_html(
    ["Ирина Викторовна, добрый день.",
     "Уточните, пожалуйста, по заявке 77412: кто будет контактным лицом со стороны ТРЦ 19.11 и откроют ли насосную "
     "до 08:00? Без доступа к насосной испытание на водоотдачу провести не сможем."])
add(message(LYK_FROM, DISP_TO, "77412 – вопрос по доступу", d, lyk_alt(pl, ht), mid_outlook(), extra=OUTLOOK_X,
            subj_cs="windows-1251"),
    rev("question about access, no status"), d)

d = dt(19, 7, 50)
add(message(GUS_FROM_A, DISPATCH, "77412 v puti", d,
            text("vyehali, Halturina 55\n", "us-ascii", "7bit"), mid_nokia(d), extra=NOKIA_X),
    dec("77412", [], VP, "on the way"), d)


d = dt(19, 18, 2)
pl, ht = lyk_html(
    ["Добрый вечер!", "Заявка 77412, ТРЦ ул. Халтурина, 55 – результаты испытаний 19.11.2026:"],
    ["Позиция", "Прибытие", "Убытие", "Результат"],
    [["1 – северное крыло", "08:25", "13:10", "Испытано 12 ПК; ПК-1.4 и ПК-1.9 не соответствуют (0,08 МПа при норме 0,1 МПа)"],
     ["2 – южное крыло", "08:25", "17:50", "Испытано 14 ПК, водоотдача в норме"]],
    ["Протоколы испытаний № 112/26 и 113/26 направим завтра."])
add(message(LYK_FROM, DISP_TO, "77412 – результаты испытаний ВПВ", d, lyk_alt(pl, ht), mid_outlook(),
            extra=OUTLOOK_X, subj_cs="windows-1251"),
    dec("77412", ["1", "2"], UB, "both rows have departure times; protocol numbers and pressures are distractors"), d)

q = ("ОД> Марина Сергеевна, по протоколу 112/26 два крана не дают норму. Это будете устранять в рамках 77412\n"
     "ОД> или нужна отдельная заявка?\n\n"
     "ЛМ> Добрый вечер!\nЛМ> Заявка 77412, ТРЦ ул. Халтурина, 55 – результаты испытаний 19.11.2026:\n"
     "ЛМ> 1 – северное крыло  08:25  13:10  ПК-1.4 и ПК-1.9 не соответствуют\n"
     "ЛМ> 2 – южное крыло     08:25  17:50  в норме\n")
d = dt(20, 9, 45)
add(message(KOZ_FROM, DISP_TO, "RE: 77412 – результаты испытаний ВПВ", d,
            text("Добрый день.\nНизкое давление на ПК-1.4 и ПК-1.9 – это вопрос к вашей насосной станции, не к кранам. "
                 "Предлагаю обсудить в понедельник, могу подъехать.\n\n" + KOZ_SIG + "\n\n" + q,
                 "windows-1251", "8bit"), mid_outlook(), extra=OUTLOOK_X, subj_cs="windows-1251", subj_enc="Q"),
    rev("discussion / proposal for a meeting; quoted lines with initials prefixes contain old statuses"), d)

# =====================================================================================
# 77488  registered 19.11 08:00 MSK (10:00 YEKT)
# =====================================================================================
d = dt(19, 11, 20)
pl, ht = lyk_html(
    ["Добрый день!", "Наряд 77488 принят. Выезды распределены так:"],
    ["Поз.", "Адрес", "Дата"],
    [["1", "ул. Вайнера, 9", "23.11"], ["2", "ул. 8 Марта, 46", "23.11"],
     ["3", "ул. Куйбышева, 44", "25.11"], ["4", "ул. Шейнкмана, 90", "25.11"]])
add(message(LYK_FROM, DISP_TO, "Наряд 77488 принят", d, lyk_alt(pl, ht), mid_outlook(), extra=OUTLOOK_X,
            subj_cs="windows-1251"),
    dec("77488", [], PR, "'наряд 77488 принят'"), d)

d = dt(19, 11, 41)
mdn = ("Reporting-UA: pozhtehkontrol.ru; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;m.lykova@pozhtehkontrol.ru\n"
       "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % mid_disp(dt(19, 9, 35, tz=MSK)))
txt = ("Ваше сообщение\n\n  Кому: Лыкова Марина Сергеевна\n  Тема: Заявка № 77488 – проверка огнетушителей и ПК\n"
       "  Отправлено: 19.11.2026 9:35\n\nбыло прочитано 19.11.2026 11:41.\n")
root = multi("report", [text(txt, "windows-1251", "quoted-printable"),
                        Part(["Content-Type: message/disposition-notification"], mdn.encode())],
             params=" report-type=disposition-notification;")
add(message(LYK_FROM, DISP_TO, "Прочитано: Заявка № 77488 – проверка огнетушителей и ПК", d, root, mid_outlook(),
            extra=OUTLOOK_X, subj_cs="windows-1251"),
    ign("read receipt (MDN)"), d)

d = dt(23, 9, 2)
add(message(GUS_FROM_A, DISPATCH, "77488 P2", d,
            text("77488 P2 (8 Marta 46) na meste\n", "us-ascii", "7bit"), mid_nokia(d), extra=NOKIA_X),
    dec("77488", ["2"], NM, "'8 Marta' in the address is not a position"), d)

d0 = dt(23, 12, 15)
inner = message(GUS_FROM_A, LYK, "77488 poz 2", d0,
                text("77488 poz 2 vse, ubyli. 6 ognetushiteley OP-4 - norma, PK-1 rukav perekatali\n", "us-ascii", "7bit"),
                mid_nokia(d0), extra=NOKIA_X)
d = dt(23, 12, 28)
root = multi("mixed", [text("Добрый день.\nПересылаю сообщение бригадира по наряду 77488.\n\n" + LYK_SIG + "\n",
                            "windows-1251", "quoted-printable"), rfc822(inner, "77488 poz 2.eml")])
add(message(LYK_FROM, DISP_TO, "FW: 77488 poz 2", d, root, mid_outlook(), extra=OUTLOOK_X),
    dec("77488", ["2"], UB, "forward as attached message/rfc822: crew reports position 2 done, left"), d)


d = dt(24, 10, 15)
pl, ht = lyk_html(
    ["Доброе утро!", "Сводка по наряду 77488 на 24.11.2026:"],
    ["Позиция", "Прибытие", "Убытие", "Результат"],
    [["1 (Вайнера, 9)", "12:58", "15:30", "Проверено 9 огнетушителей, 1 ОП-4 отбракован (давление 0), заменён из подменного фонда"],
     ["3 (Куйбышева, 44)", "—", "—", "Запланировано на 25.11"],
     ["4 (Шейнкмана, 90)", "—", "—", "Запланировано на 25.11"]])
add(message(LYK_FROM, DISP_TO, "Сводка по наряду 77488", d, lyk_alt(pl, ht), mid_outlook(), extra=OUTLOOK_X,
            subj_cs="windows-1251", subj_enc="Q"),
    dec("77488", ["1"], UB, "summary table: row 1 done (departure 15:30), 3 and 4 only planned"), d)

d = dt(25, 9, 33)
add(message(GUS_FROM_K, DISPATCH, "77488 П3 П4", d,
            text("Разделились на 2 бригады, Куйбышева 44 и Шейнкмана 90 - обе на месте\n", "koi8-r", "8bit"),
            mid_nokia(d), extra=NOKIA_X, subj_cs="koi8-r"),
    dec("77488", ["3", "4"], NM, "positions 3 and 4 in the subject, both crews on site"), d)

q = outlook_block("%s <%s>" % (DISP_NAME, DISPATCH), ru_date(dt(25, 14, 50, tz=MSK), True), KOZ,
                  "RE: Сводка по наряду 77488",
                  "Виталий Петрович, добрый день.\nПо 77488 осталось два адреса – Куйбышева и Шейнкмана. Закроете сегодня?\n\n"
                  + DISP_SIG, cc=LYK)
q += "\n\n" + outlook_block("%s <%s>" % (LYK_NAME, LYK), ru_date(dt(24, 10, 15), True), DISPATCH,
                            "Сводка по наряду 77488",
                            "Доброе утро!\nСводка по наряду 77488 на 24.11.2026:\nПозиция\tПрибытие\tУбытие\tРезультат\n"
                            "1 (Вайнера, 9)\t12:58\t15:30\tПроверено 9 огнетушителей\n3 (Куйбышева, 44)\t—\t—\tЗапланировано на 25.11\n"
                            "4 (Шейнкмана, 90)\t—\t—\tЗапланировано на 25.11\n\n" + LYK_SIG)
d = dt(25, 17, 31)
plain = ("Коллеги, по 77488 все четыре адреса отработаны, бригады убыли. Акты в понедельник.\n\n" + KOZ_SIG + "\n\n" + q + "\n")
html = ("<html><body><div>Коллеги, по 77488 все четыре адреса отработаны, бригады убыли. Акты в понедельник.</div>"
        "<div><br>--<br>Козлов В.П.<br>региональный менеджер</div><hr><div><pre>" + html_escape(q) + "</pre></div></body></html>\n")
add(message(KOZ_FROM, DISP_TO, "RE: Сводка по наряду 77488", d,
            multi("alternative", [text(plain, "utf-8", "base64"), text(html, "utf-8", "base64", "html")]),
            mid_outlook(), cc=LYK, extra=OUTLOOK_X, subj_cs="utf-8", subj_enc="Q"),
    dec("77488", [], UB, "manager top-post: whole request finished, crews left; quoted thread ignored"), d)

# =====================================================================================
# 77503  registered 23.11 09:10 MSK (11:10 YEKT)
# =====================================================================================
d = dt(23, 12, 0)
add(message(LYK_FROM, DISP_TO, "Re: Заявка 77503", d,
            text("Добрый день!\nЗаявку 77503 приняли, АКБ заказаны, выезд ориентировочно 26.11.\n\n" + LYK_SIG + "\n",
                 "windows-1251", "quoted-printable"), mid_outlook(), extra=OUTLOOK_X),
    dec("77503", [], PR, "accepted; plain text only"), d)

d = dt(26, 9, 58)
add(message(GUS_FROM_A, DISPATCH, "77503 ne vyehali eshche", d,
            text("77503 ne vyehali eshche, zhdem AKB so sklada. Kak poluchim - srazu\n", "us-ascii", "7bit"),
            mid_nokia(d), extra=NOKIA_X),
    rev("negation: not left yet, waiting for batteries"), d)

d = dt(26, 13, 46)
add(message(GUS_FROM_A, DISPATCH, "Re: 77503 ne vyehali eshche", d,
            text("AKB 12V 17Ah zamenili (2 sht), pribor v norme, uehali. Sakko i Vancetti 61\n", "us-ascii", "7bit"),
            mid_nokia(d), extra=NOKIA_X),
    dec("77503", [], UB, "old Re: subject says 'not left yet'; body reports work done and left; 12V/17Ah/61 are distractors"), d)

d = dt(27, 10, 5)
add(message(LYK_FROM, DISP_TO, "Автоматический ответ: Заявка 77503 - акт", d,
            text("Добрый день!\nС 27.11 по 04.12.2026 нахожусь в отпуске. Ваше письмо будет прочитано после возвращения.\n"
                 "По вопросам заявок обращайтесь: office@pozhtehkontrol.ru, +7 (343) 287-45-12.\n",
                 "windows-1251", "quoted-printable"), mid_outlook(),
            extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"] + OUTLOOK_X, subj_cs="windows-1251"),
    ign("vacation auto-reply"), d)

# =====================================================================================
# misc: acknowledgement, newsletter, calendar reply
# =====================================================================================
q = outlook_block("%s <%s>" % (DISP_NAME, DISPATCH), ru_date(dt(11, 9, 20, tz=MSK), True), LYK,
                  "Замечания по акту 77102",
                  "Марина Сергеевна, в акте по 77102 не указан номер заменённого рукава на ПК-2.6 и не стоит "
                  "подпись администратора. Прошу переоформить.\n\n" + DISP_SIG)
d = dt(11, 12, 5)
pl, ht = lyk_simple_html(["Ирина Викторовна, добрый день.", "Письмо получили, спасибо. Замечания по акту 77102 учтём."])
add(message(LYK_FROM, DISP_TO, "RE: Замечания по акту 77102", d,
            text(pl + "\n" + q + "\n", "windows-1251", "quoted-printable"), mid_outlook(), extra=OUTLOOK_X,
            subj_cs="windows-1251"),
    rev("acknowledgement of the dispatcher's message, no status"), d)

d = dt(20, 11, 0)
nh = ("<html><body style=\"font-family:Arial\"><h2>ПожТехКонтроль: осенняя акция</h2>"
      "<p>Перезарядка огнетушителей ОП-4 и ОП-5 со скидкой 15% до 30.11.2026!</p>"
      "<p>Выезд бригады в течение 2 часов по Екатеринбургу, бригада на месте – перезарядка за 1 день.</p>"
      "<p>Звоните: +7 (343) 287-45-12</p><p style=\"font-size:9px\">Вы получили это письмо, т.к. являетесь "
      "клиентом ООО «ПожТехКонтроль». <a href=\"https://pozhtehkontrol.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru\">"
      "Отписаться</a></p></body></html>\n")
add(message(addr("ПожТехКонтроль", NEWS, "utf-8"), DISPATCH, "Осенняя акция: перезарядка огнетушителей -15%", d,
            multi("alternative", [text("ПожТехКонтроль: осенняя акция\nПерезарядка огнетушителей ОП-4 и ОП-5 со скидкой 15% "
                                       "до 30.11.2026!\nВыезд бригады в течение 2 часов по Екатеринбургу.\n"
                                       "Отписаться: https://pozhtehkontrol.ru/unsubscribe\n", "utf-8", "quoted-printable"),
                                  text(nh, "utf-8", "quoted-printable", "html")]),
            "<newsletter.2026-11.%d@news.pozhtehkontrol.ru>" % rnd.randint(10000, 99999),
            extra=["Precedence: bulk", "List-Id: <clients.pozhtehkontrol.ru>",
                   "List-Unsubscribe: <https://pozhtehkontrol.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru>",
                   "X-Mailer: UniSender"]),
    ign("bulk newsletter / advertising"), d)

d = dt(16, 9, 12)
ical = ("BEGIN:VCALENDAR\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\nMETHOD:REPLY\nBEGIN:VEVENT\n"
        "ATTENDEE;PARTSTAT=ACCEPTED;CN=Козлов Виталий Петрович:mailto:v.kozlov@pozhtehkontrol.ru\n"
        "SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по итогам ТО АПС (77215\\, 77344)\n"
        "DTSTART;TZID=Russian Standard Time:20261124T110000\nDTEND;TZID=Russian Standard Time:20261124T120000\n"
        "UID:040000008200E00074C5B7101A82E00800000000B0C4D1F2%d\nDTSTAMP:20261116T041200Z\n"
        "ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\nEND:VEVENT\nEND:VCALENDAR\n"
        % rnd.randint(1000, 9999))
root = multi("alternative", [
    text("Козлов Виталий Петрович принял это приглашение.\n", "utf-8", "base64"),
    Part(['Content-Type: text/calendar; charset="utf-8"; method=REPLY', "Content-Transfer-Encoding: base64"],
         base64.encodebytes(ical.encode("utf-8")))])
add(message(KOZ_FROM, DISP_TO, "Принято: Совещание по итогам ТО АПС (77215, 77344)", d, root, mid_outlook(),
            extra=OUTLOOK_X + ["X-MS-Exchange-Calendar-Originator-Id: 3f0e2a"], subj_cs="windows-1251"),
    ign("calendar meeting response generated by Outlook ('Принято:' is not a status)"), d)

# =====================================================================================
# extra realistic reports (more voice variety)
# =====================================================================================





d = dt(19, 13, 15)
add(message(GUS_FROM_K, DISPATCH, "77412 поз.1", d,
            text("Северное крыло закончили в 13:10, ПК-1.4 и ПК-1.9 давление не держат - в протоколе.\n"
                 "Южное до вечера.\n", "koi8-r", "8bit"), mid_nokia(d), extra=NOKIA_X, subj_cs="koi8-r"),
    dec("77412", ["1"], UB, "position 1 finished; position 2 still in progress is not a new report"), d)

d = dt(23, 15, 40)
add(message(GUS_FROM_K, DISPATCH, "77488 П1", d,
            text("Вайнера 9 - всё, yбыли 15:30. 1 ОП-4 забраковали, заменили из подменки\n", "koi8-r", "8bit"),
            mid_nokia(d), extra=NOKIA_X, subj_cs="koi8-r"),
    dec("77488", ["1"], UB, "Latin 'y' inside 'yбыли'"), d)

d = dt(25, 16, 55)
add(message(GUS_FROM_A, DISPATCH, "77488 p4", d,
            text("SHEINKMANA 90 GOTOVO, BRIGADA OSVOBODILAS\n", "us-ascii", "7bit"), mid_nokia(d), extra=NOKIA_X),
    dec("77488", ["4"], UB, "caps translit: 'бригада освободилась' = done, left"), d)



d = dt(5, 9, 3)
add(message(GUS_FROM_K, DISPATCH, "Re: 77031-1", d,
            text("Прибытие 9:00, корпус 1 (поз 1). Ворота открыли\n", "koi8-r", "8bit"), mid_nokia(d), extra=NOKIA_X),
    dec("77031", ["1"], NM, "noun form 'прибытие 9:00' for position 1"), d)


d = dt(12, 12, 41)
add(message(GUS_FROM_A, DISPATCH, "77215 p3 vyehali", d,
            text("S Mamina-Sibiryaka osvobodilis, vyehali na Kosmonavtov 18 (77215 p3)\n", "us-ascii", "7bit"),
            mid_nokia(d), extra=NOKIA_X),
    dec("77215", ["3"], VP, "freed from another site and left FOR position 3: on the way"), d)


# ---------------------------------------------------------------- write in chronological order
LETTERS_SORTED = sorted(LETTERS, key=lambda x: x[2])
final_labels = {}
for f in os.listdir(LET):
    if f.endswith(".eml"):
        os.remove(os.path.join(LET, f))
for i, (fn, raw, d) in enumerate(LETTERS_SORTED, 1):
    nf = "%03d.eml" % i
    with open(os.path.join(LET, nf), "wb") as fh:
        fh.write(raw)
    final_labels[nf] = LABELS[fn]

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(final_labels, fh, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
print(len(final_labels), "letters")
