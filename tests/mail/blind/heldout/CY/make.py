#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona CY: ГБУ «Дорожное хозяйство» (Белгород).

Standard library only.  Builds raw RFC 5322 messages byte by byte so that
charsets / transfer encodings look like the real clients of the persona:
  * СЭД «Дело» (канцелярия)      – HTML with a header table, windows-1251, base64/QP
  * планшетная форма мастера     – UTF-8, 8bit
  * дежурный инженер (Outlook)   – windows-1251 quoted-printable, sometimes KOI8-R (old Thunderbird)
  * личная почта мастера Mail.ru – UTF-8 base64
Run:  python3 make.py   (writes letters/, labels.json, registry.json)
"""
import base64
import json
import os
import quopri
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUTL = os.path.join(HERE, 'letters')
TZ = timezone(timedelta(hours=3))
DISPATCH = 'dispatch@zakazchik-omis.ru'
DOMAIN = 'dh-belgorod.ru'

# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------
REGISTRY = {
    "contractor": {
        "name": "ГБУ «Дорожное хозяйство»",
        "emails": [
            "kanc@dh-belgorod.ru",
            "sed-noreply@dh-belgorod.ru",
            "dezhurny@dh-belgorod.ru",
            "master.kovalenko@dh-belgorod.ru",
            "master.bondar@dh-belgorod.ru",
            "sidorenko.ip@dh-belgorod.ru",
            "melnikov@dh-belgorod.ru",
            "priemnaya@dh-belgorod.ru",
            "mailer-daemon@dh-belgorod.ru",
            "kovalenko.av73@mail.ru",
        ],
        "domains": ["dh-belgorod.ru"],
    },
    "requests": [
        {"number": "980412", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T08:30:00+03:00",
         "comment": "ул. Щорса, д. 12: п.1 замена знаков 5.19.1/5.19.2, п.2 установка знака 8.2.1, п.3 обновление разметки 1.14.1"},
        {"number": "980977", "positions": ["1", "2"], "registered_at": "2026-11-03T10:15:00+03:00",
         "comment": "а/д Белгород — Шебекино, барьерное ограждение: п.1 км 12+350, п.2 км 12+600"},
        {"number": "981205", "positions": ["1"], "registered_at": "2026-11-05T09:00:00+03:00",
         "comment": "светофор Т.7 на пешеходном переходе ул. Губкина, 17 не работает"},
        {"number": "981638", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T11:20:00+03:00",
         "comment": "разметка 1.14.1 на 4 пешеходных переходах пр-т Б. Хмельницкого (д. 56, 82, 111, 137)"},
        {"number": "982044", "positions": ["1", "2"], "registered_at": "2026-11-09T08:45:00+03:00",
         "comment": "ул. Костюкова: п.1 знак 5.19.1 у д. 12, п.2 знак 8.2.1"},
        {"number": "982310", "positions": ["1"], "registered_at": "2026-11-10T13:00:00+03:00",
         "comment": "пешеходное ограждение у школы № 27, ул. Королёва"},
        {"number": "982789", "positions": ["1", "2", "3"], "registered_at": "2026-11-11T09:30:00+03:00",
         "comment": "светофоры Т.7: п.1 ул. Садовая, п.2 ул. Победы, п.3 ул. Попова"},
        {"number": "983015", "positions": ["1", "2"], "registered_at": "2026-11-12T10:00:00+03:00",
         "comment": "с. Стрелецкое, ул. Королёва: п.1 знак 1.23, п.2 знак 5.19.1"},
        {"number": "983462", "positions": ["1"], "registered_at": "2026-11-13T14:10:00+03:00",
         "comment": "барьерное ограждение км 4+120 а/д Белгород — Никольское после ДТП"},
        {"number": "983901", "positions": ["1", "2"], "registered_at": "2026-11-16T08:00:00+03:00",
         "comment": "ул. Есенина: п.1 разметка 1.14.1, п.2 знак 5.19.1 у д. 12"},
        {"number": "984157", "positions": ["1", "2", "3"], "registered_at": "2026-11-17T09:20:00+03:00",
         "comment": "ул. Харьковская, замена знаков после ДТП: п.1 5.19.1, п.2 5.19.2, п.3 8.2.1"},
        {"number": "984620", "positions": ["1"], "registered_at": "2026-11-19T10:40:00+03:00",
         "comment": "светофор Т.7 не работает, перекрёсток ул. Мичурина / ул. Чапаева"},
        {"number": "984888", "positions": ["1", "2"], "registered_at": "2026-11-20T08:15:00+03:00",
         "comment": "ул. Новая: п.1 перильное ограждение, п.2 разметка 1.14.1"},
    ],
}

# --------------------------------------------------------------------------
# low level MIME helpers (bytes)
# --------------------------------------------------------------------------
NL = b'\n'


def ew(text, cs='utf-8', mode='B'):
    """RFC 2047 encoded words, folded with newline+space."""
    text = koi_safe(text, cs)
    if all(ord(c) < 128 for c in text):
        return text
    words = []
    chunk = ''
    limit = 40 if mode == 'B' else 22  # bytes of payload per word (roughly)
    for ch in text:
        if len((chunk + ch).encode(cs)) > limit:
            words.append(chunk)
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        b = w.encode(cs)
        if mode == 'B':
            payload = base64.b64encode(b).decode('ascii')
        else:
            payload = ''
            for byte in b:
                c = chr(byte)
                if c == ' ':
                    payload += '_'
                elif byte < 128 and (c.isalnum() or c in '!*+-/'):
                    payload += c
                else:
                    payload += '=%02X' % byte
        out.append('=?%s?%s?%s?=' % (cs, mode, payload))
    return '\n '.join(out)


def _one_word(text, cs, mode):
    b = koi_safe(text, cs).encode(cs)
    if mode == 'B':
        payload = base64.b64encode(b).decode('ascii')
    else:
        payload = ''.join('_' if x == 32 else (chr(x) if x < 128 and chr(x).isalnum() else '=%02X' % x) for x in b)
    return '=?%s?%s?%s?=' % (cs, mode, payload)


def addr(name, email, cs='utf-8', mode='B'):
    """Display name as encoded words split only at spaces (space kept inside the word)."""
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, email)
    words = name.split(' ')
    chunks, cur = [], ''
    for w in words:
        cand = (cur + ' ' + w) if cur else w
        if cur and len(_one_word(cand + ' ', cs, mode)) > 75:
            chunks.append(cur + ' ')
            cur = w
        else:
            cur = cand
    chunks.append(cur)
    return '%s <%s>' % ('\n '.join(_one_word(c, cs, mode) for c in chunks), email)


def koi_safe(text, cs):
    if cs.lower() == 'koi8-r' and isinstance(text, str):
        for a, b in (('«', '"'), ('»', '"'), ('—', '-'), ('–', '-'), ('№', 'N'), ('…', '...')):
            text = text.replace(a, b)
    return text


def encode_body(text, cs, cte):
    text = koi_safe(text, cs)
    if isinstance(text, bytes):
        raw = text
    else:
        raw = text.encode(cs)
    if cte == '8bit' or cte == '7bit':
        return raw.replace(b'\r\n', b'\n')
    if cte == 'quoted-printable':
        return quopri.encodestring(raw.replace(b'\r\n', b'\n'))
    if cte == 'base64':
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        return base64.encodebytes(raw)
    raise ValueError(cte)


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of str
        self.body = body        # bytes

    def to_bytes(self):
        h = ''.join(x + '\n' for x in self.headers).encode('ascii')
        return h + NL + self.body


def leaf(ctype, text, cs='utf-8', cte='8bit', extra=None, params=''):
    hs = ['Content-Type: %s; charset="%s"%s' % (ctype, cs, params),
          'Content-Transfer-Encoding: %s' % cte]
    if extra:
        hs += extra
    body = encode_body(text, cs, cte)
    if not body.endswith(b'\n'):
        body += b'\n'
    return Part(hs, body)


def attachment(ctype, data, filename, style='2231'):
    if style == '2231':
        from urllib.parse import quote
        fn = "filename*=utf-8''%s" % quote(filename)
        nm = "name*=utf-8''%s" % quote(filename)
    else:  # outlook / 2047 style
        enc = ew(filename, 'windows-1251', 'B').replace('\n ', '')
        fn = 'filename="%s"' % enc
        nm = 'name="%s"' % enc
    hs = ['Content-Type: %s;\n\t%s' % (ctype, nm),
          'Content-Transfer-Encoding: base64',
          'Content-Disposition: attachment;\n\t%s' % fn]
    return Part(hs, base64.encodebytes(data))


def multipart(subtype, parts, boundary, params=''):
    hs = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (subtype, params, boundary)]
    body = b'This is a multi-part message in MIME format.\n\n' if subtype != 'alternative' else b''
    for p in parts:
        body += b'--' + boundary.encode() + NL + p.to_bytes()
        if not body.endswith(b'\n'):
            body += NL
    body += b'--' + boundary.encode() + b'--' + NL
    return Part(hs, body)


def message(hdrs, part):
    lines = []
    for k, v in hdrs:
        lines.append('%s: %s' % (k, v))
    lines.append('MIME-Version: 1.0')
    lines += part.headers
    return ('\n'.join(lines) + '\n').encode('ascii') + NL + part.body


def rfcdate(dt):
    from email.utils import format_datetime
    return format_datetime(dt)


def D(s):
    """'2026-11-02 11:05' -> aware datetime +0300"""
    return datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=TZ)


FAKE_PDF = (b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n'
            b'2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')
FAKE_JPG = bytes.fromhex('ffd8ffe000104a46494600010101004800480000ffdb004300') + b'\x08' * 64 + bytes.fromhex('ffd9')

# --------------------------------------------------------------------------
# persona building blocks
# --------------------------------------------------------------------------
KANC = ('ГБУ «Дорожное хозяйство»', 'kanc@dh-belgorod.ru')
SED = ('СЭД «Дело»', 'sed-noreply@dh-belgorod.ru')
DEZH = ('Дежурный инженер ОЭ', 'dezhurny@dh-belgorod.ru')
KOV = ('Коваленко Андрей Викторович', 'master.kovalenko@dh-belgorod.ru')
KOV_MAILRU = ('Андрей Коваленко', 'kovalenko.av73@mail.ru')
BOND = ('Бондарь Сергей Петрович', 'master.bondar@dh-belgorod.ru')
SID = ('Сидоренко И.П.', 'sidorenko.ip@dh-belgorod.ru')
MEL = ('Мельников Игорь Сергеевич', 'melnikov@dh-belgorod.ru')
PRIEM = ('Приёмная директора', 'priemnaya@dh-belgorod.ru')
DAEMON = ('Mail Delivery System', 'mailer-daemon@dh-belgorod.ru')
TO_DISP = addr('Диспетчерская служба', DISPATCH)

REKV = ('ИНН 3123215588 / КПП 312301001 / ОГРН 1103123004517')
BLANK = ('Государственное бюджетное учреждение «Дорожное хозяйство»\n'
         '308009, г. Белгород, ул. Вокзальная, д. 26; тел./факс (4722) 33-15-40; e-mail: kanc@dh-belgorod.ru\n'
         + REKV)
SIGN = 'Директор                                          А.Н. Черкашин'
ISP = 'Исп. Лыкова Е.В.\n(4722) 33-15-47'


def sed_html(reg, regdate, na, summary, paras, appl=None, greeting='Уважаемая Нина Владимировна!',
             cs='windows-1251', extra_rows=None, isp='Лыкова Е.В., (4722) 33-15-47'):
    rows = [('Рег. номер', reg), ('Дата регистрации', regdate), ('На №', na),
            ('Вид документа', 'Письмо исходящее'), ('Краткое содержание', summary),
            ('Подписант', 'Черкашин А.Н., директор'), ('Исполнитель', isp)]
    if extra_rows:
        rows += extra_rows
    tr = '\n'.join('<tr><td style="background:#eef0f6;width:170px">%s</td><td>%s</td></tr>' % r for r in rows)
    ps = '\n'.join('<p style="text-indent:1.25cm;text-align:justify">%s</p>' % p for p in paras)
    app = ''
    if appl:
        app = '<p>Приложение:<br>%s</p>' % '<br>'.join(appl)
    html = f'''<html>
<head><meta http-equiv="Content-Type" content="text/html; charset={cs}">
<title>{summary}</title></head>
<body style="font-family:'Times New Roman',serif;font-size:12pt">
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-family:Arial;font-size:9pt">
<tr><td colspan="2" style="background:#2f4f8f;color:#fff"><b>СЭД «Дело» &mdash; карточка исходящего документа</b></td></tr>
{tr}
</table>
<br>
<table width="100%" border="0"><tr>
<td width="50%" style="font-size:9pt">ГБУ &laquo;Дорожное хозяйство&raquo;<br>308009, г. Белгород, ул. Вокзальная, д. 26<br>тел./факс (4722) 33-15-40<br>{REKV}<br><br>Исх. № {reg} от {regdate}<br>На № {na}</td>
<td width="50%" align="right">Начальнику диспетчерской службы<br>ООО &laquo;ОМИС-Сервис&raquo;<br>Н.В. Прохоровой</td>
</tr></table>
<p align="center"><b>{summary}</b></p>
<p align="center">{greeting}</p>
{ps}
{app}
<br><p>{SIGN.replace(' ' * 42, '&nbsp;' * 30)}</p>
<p style="font-size:8pt">{ISP.replace(chr(10), '<br>')}</p>
<hr><p style="font-size:8pt;color:#777">Документ подписан простой электронной подписью и направлен средствами СЭД &laquo;Дело&raquo;.</p>
</body></html>
'''
    plain = (f'Исх. № {reg} от {regdate}\nНа № {na}\n\n'
             'Начальнику диспетчерской службы ООО «ОМИС-Сервис» Н.В. Прохоровой\n\n'
             f'{summary}\n\n{greeting}\n\n' + '\n\n'.join(paras) + '\n\n')
    if appl:
        plain += 'Приложение:\n' + '\n'.join(appl) + '\n\n'
    plain += SIGN + '\n\n' + ISP + '\n\n--\n' + BLANK + '\n'
    return html, plain


def tablet(fields, footer='Samsung Galaxy Tab A8'):
    lines = ['%s: %s' % (k, v) for k, v in fields]
    return '\n'.join(lines) + '\n\n--\nОтправлено из формы «Отчёт мастера» v2.3 (%s)\n' % footer


def outlook_quote(frm, sent, to, subj, body, cc=None):
    s = 'От: %s\nОтправлено: %s\nКому: %s\n' % (frm, sent, to)
    if cc:
        s += 'Копия: %s\n' % cc
    s += 'Тема: %s\n\n%s' % (subj, body)
    return s


def q(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


DEZH_SIG_G = ('--\nС уважением,\nдежурный инженер отдела эксплуатации\nГриценко Олег Юрьевич\n'
              'ГБУ «Дорожное хозяйство»\nтел. (4722) 33-15-52, моб. +7 920 551-08-34')
DEZH_SIG_S = ('Дежурный инженер Шевченко Д.А.\nГБУ «Дорожное хозяйство», диспетчерская ОЭ\n'
              '(4722) 33-15-52 (круглосуточно)')

# --------------------------------------------------------------------------
# letters
# --------------------------------------------------------------------------
L = []  # (datetime, builder dict)

_mid = [0]


def msgid(style, dt):
    _mid[0] += 1
    n = _mid[0]
    ts = dt.strftime('%Y%m%d%H%M%S')
    if style == 'sed':
        return '<sed.%s.%04d@sed.dh-belgorod.ru>' % (ts, 7000 + n * 13)
    if style == 'outlook':
        return '<000001dc%04x$%08x$%08x@dh-belgorod.ru>' % (0x4e2a + n, 0x1f2b3c40 + n * 977, 0x5d81b4c0 + n * 31)
    if style == 'tablet':
        return '<mf-%s-%d@tablet.dh-belgorod.ru>' % (ts, 3300 + n)
    if style == 'mailru':
        return '<%d.%d@f%d.i.mail.ru>' % (int(dt.timestamp()), 181233400 + n * 7919, 400 + n)
    if style == 'tb':
        return '<%08x-%04x-4c2e-9a1b-%012x@dh-belgorod.ru>' % (0x5ac31f00 + n, 0x1a2b + n, 0x3f00a1c2d3 + n)
    return '<%s.%d@dh-belgorod.ru>' % (ts, n)


def add(dt, frm, subject, part, label, style='plain', subj_cs='utf-8', subj_mode='B', extra=None,
        to=TO_DISP, from_cs='utf-8', from_mode='B'):
    L.append(dict(dt=dt, frm=frm, subject=subject, part=part, label=label, style=style,
                  subj_cs=subj_cs, subj_mode=subj_mode, extra=extra or [], to=to,
                  from_cs=from_cs, from_mode=from_mode))


def dec(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, OFF = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'
OUTLOOK_HDR = [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'AdtN2kq7yXh1cQ9eT0qf3w==')]
TB_HDR = [('User-Agent', 'Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:52.0) Gecko/20100101 Thunderbird/52.9.1')]
TB_NEW = [('User-Agent', 'Mozilla Thunderbird')]
MAILRU_HDR = [('X-Mailer', 'Mail.Ru Mail for Android 14.48.0.54321')]
TABLET_HDR = [('X-Mailer', 'MasterForm/2.3 (Android 13)')]
SED_HDR = [('X-Mailer', 'SED Delo-Web 2.4.17'), ('Organization', 'GBU Dorozhnoe hozyaystvo')]

# ======================= 980412  (reg 02.11 08:30) ==========================
html, plain = sed_html('01-12/3398', '02.11.2026', '980412 от 02.11.2026', 'О принятии заявки к исполнению', [
    'Информируем Вас о том, что заявка № 980412 (ул. Щорса, д. 12: замена дорожных знаков 5.19.1, 5.19.2, '
    'установка знака дополнительной информации 8.2.1, обновление горизонтальной разметки 1.14.1) принята '
    'ГБУ «Дорожное хозяйство» к исполнению.',
    'Ответственный за производство работ — мастер участка № 1 Коваленко Андрей Викторович, '
    'тел. +7 (910) 364-22-18. Работы будут выполнены в срок до 06.11.2026 в рамках государственного '
    'контракта № 0126200000426000187 от 15.01.2026.'])
add(D('2026-11-02 11:05'), KANC, 'Исх. № 01-12/3398 от 02.11.2026 О принятии заявки к исполнению',
    leaf('text/html', html, 'windows-1251', 'base64'),
    dec('980412', [], ACC, 'СЭД-письмо канцелярии: «заявка № 980412 принята к исполнению»; 01-12/3398 — исх. номер, 0126200000426000187 — контракт, 5.19.1/8.2.1/1.14.1 — коды ГОСТ'),
    style='sed', subj_cs='windows-1251', extra=SED_HDR, from_cs='windows-1251')

add(D('2026-11-03 08:40'), KOV, 'Отметка мастера: прибытие — наряд 980412',
    leaf('text/plain', tablet([('Наряд', '980412'), ('Объект', 'ул. Щорса, д. 12 — знак 5.19.1 (замена)'),
                               ('Позиция', '1'), ('Отметка', 'прибытие'), ('Время', '03.11.2026 08:37'),
                               ('Мастер', 'Коваленко А.В.'), ('Координаты', '50.59512, 36.58731')]), 'utf-8', '8bit'),
    dec('980412', ['1'], ON, 'форма планшета: отметка «прибытие» по позиции 1; координаты и 5.19.1 — не номера'),
    style='tablet', extra=TABLET_HDR)

add(D('2026-11-03 11:52'), KOV, 'Отметка мастера: убытие — наряд 980412',
    leaf('text/plain', tablet([('Наряд', '980412'), ('Объект', 'ул. Щорса, д. 12 — знак 5.19.1 (замена)'),
                               ('Позиция', '1'), ('Отметка', 'убытие'), ('Время', '03.11.2026 11:48'),
                               ('Комментарий', 'знаки 5.19.1 и 5.19.2 заменены на двусторонние 900х900, стойка 76 мм окрашена'),
                               ('Мастер', 'Коваленко А.В.')]), 'utf-8', '8bit'),
    dec('980412', ['1'], OFF, 'форма планшета: убытие по поз. 1; 900х900 и 76 мм — размеры'),
    style='tablet', extra=TABLET_HDR)

add(D('2026-11-05 09:12'), KOV, 'Отметка мастера: прибытие — наряд 980412',
    leaf('text/plain', tablet([('Наряд', '980412'), ('Обьект', 'ул. Щорса д.12 — знак 8.2.1, разметка 1.14.1'),
                               ('Позиция', '2, 3'), ('Отметка', 'прибытие'), ('Время', '05.11.2026 09:10'),
                               ('Коментарий', 'разметку делаем холодным пластиком, асфальт сухой, t +6'),
                               ('Мастер', 'Коваленко А.В.')]), 'utf-8', '8bit'),
    dec('980412', ['2', '3'], ON, 'прибытие сразу по позициям 2 и 3; опечатки «Обьект», «Коментарий»'),
    style='tablet', extra=TABLET_HDR)

fw = outlook_quote('Коваленко Андрей Викторович <master.kovalenko@dh-belgorod.ru>', '5 ноября 2026 г. 16:07',
                   'Дежурный инженер ОЭ <dezhurny@dh-belgorod.ru>', 'Отметка мастера: убытие — наряд 980412',
                   tablet([('Наряд', '980412'), ('Объект', 'ул. Щорса д.12'), ('Позиция', '2, 3'),
                           ('Отметка', 'убытие'), ('Время', '05.11.2026 16:02'),
                           ('Комментарий', 'знак 8.2.1 установлен под 5.19.1, разметка 1.14.1 нанесена в 2 слоя, 36 кв.м'),
                           ('Мастер', 'Коваленко А.В.')]))
txt = ('Нина Владимировна, добрый вечер!\n\nПересылаю отметку мастера по Щорса — оставшиеся две позиции закрыты, '
       'акт подготовим завтра.\n\n' + DEZH_SIG_G + '\n\n' + '_' * 32 + '\n' + fw)
add(D('2026-11-05 16:25'), DEZH, 'ПЕРЕСЛ: Отметка мастера: убытие — наряд 980412',
    leaf('text/plain', txt, 'windows-1251', 'quoted-printable'),
    dec('980412', ['2', '3'], OFF, 'пересылка Outlook (От:/Отправлено:/Кому:/Тема:) отметки мастера «убытие» по поз. 2, 3 — пересланный отчёт считается'),
    style='outlook', subj_cs='windows-1251', subj_mode='Q', extra=OUTLOOK_HDR, from_cs='windows-1251')

html, plain = sed_html('01-12/3415', '06.11.2026', '980412 от 02.11.2026', 'О выполнении работ', [
    'Сообщаем о выполнении работ по заявке № 980412 в полном объёме: на ул. Щорса у д. 12 заменены знаки '
    '5.19.1, 5.19.2, установлен знак 8.2.1, нанесена разметка 1.14.1 (36 кв. м).',
    'Акт выполненных работ просим подписать и вернуть в адрес учреждения в течение 5 рабочих дней.'],
    appl=['1. Акт выполненных работ № 412/11 на 1 л. в 2 экз.', '2. Фотоотчёт на 6 л. в 1 экз.'])
add(D('2026-11-06 10:30'), KANC, 'Исх. № 01-12/3415 от 06.11.2026 О выполнении работ по заявке № 980412',
    multipart('mixed', [
        multipart('alternative', [leaf('text/plain', plain, 'windows-1251', 'base64'),
                                  leaf('text/html', html, 'windows-1251', 'base64')], '----=_SED_ALT_3415'),
        attachment('application/pdf', FAKE_PDF, 'Акт_412-11.pdf'),
    ], '----=_SED_MIX_3415'),
    dec('980412', [], OFF, 'официальное «сообщаем о выполнении работ по заявке № 980412 в полном объёме»; акт № 412/11 — не заявка'),
    style='sed', subj_cs='windows-1251', extra=SED_HDR, from_cs='windows-1251')

# ======================= 980977  (reg 03.11 10:15) ==========================
txt = ('Нина Владимировна, добрый день.\n\nЗаявку 980977 по ограждению на Шебекинской трассе взяли в работу. '
       'Секции барьерного ограждения 11ДО-2-190 заказаны, поступление на базу в Северном ожидаем 04.11. '
       'Монтаж начнём с км 12+350, потом км 12+600.\n\n' + DEZH_SIG_G + '\n')
add(D('2026-11-03 14:32'), DEZH, 'Заявка 980977 — ограждение а/д Белгород-Шебекино',
    leaf('text/plain', txt, 'windows-1251', 'quoted-printable'),
    dec('980977', [], ACC, '«взяли в работу»; км 12+350 — километровая отметка, 11ДО-2-190 — марка ограждения, 04.11 — дата'),
    style='outlook', subj_cs='windows-1251', subj_mode='Q', extra=OUTLOOK_HDR, from_cs='windows-1251')

txt = ('Выдвигаемся на Шебекинскую трассу, будем на км 12+350 (1-я позиция) минут через 40. '
       'Манипулятор КАМАЗ Н417ВК31 с секциями идёт следом.\n\nКоваленко\n\n'
       '--\nОтправлено из Почты Mail.ru для Android\n')
add(D('2026-11-05 07:58'), KOV_MAILRU, '980977',
    leaf('text/plain', txt, 'utf-8', 'base64'),
    dec('980977', ['1'], WAY, 'номер только голым числом в теме; «будем минут через 40» = в пути; Н417ВК31 — госномер'),
    style='mailru', extra=MAILRU_HDR)

txt = ('Приехали в 8:45. Смонтировали 24 м ограждения (6 секций по 4 м), концевые участки с '
       'световозвращателями КД-5. С км 12+350 уехали в 15:05, мусор вывезли.\nКоваленко\n')
add(D('2026-11-05 15:14'), KOV, '980977 п.1',
    leaf('text/plain', txt, 'utf-8', '8bit'),
    dec('980977', ['1'], OFF, 'в одном письме прибытие 8:45 и «уехали с км 12+350 в 15:05» — берём последнее: убыл, поз. из темы «п.1»'),
    style='tablet', extra=TABLET_HDR)

txt = ('Нина Владимировна, по заявке 980977 поз. 2 (км 12+600) монтаж сегодня не начинаем: завод не отгрузил '
       'концевые элементы, машина придёт только в понедельник. Ориентировочно выезд 09.11, сообщу дополнительно.\n\n'
       + DEZH_SIG_G + '\n')
add(D('2026-11-06 09:03'), DEZH, 'Заявка 980977 поз.2 — перенос',
    leaf('text/plain', txt, 'windows-1251', 'quoted-printable'),
    rev('поз. 2 не начата, только план «ориентировочно 09.11» — статуса нет'),
    style='outlook', subj_cs='windows-1251', subj_mode='Q', extra=OUTLOOK_HDR, from_cs='windows-1251')

txt = ('По второй позиции бригада на месте с 09:20, монтаж начали.\n\nГриценко\n\n'
       '09.11.2026 08:50, Диспетчерская служба пишет:\n' +
       q('Добрый день! Прошу сообщить, когда планируется выезд по поз. 2.\nЗаявка 980977, км 12+600.\n--\n'
         'Диспетчер Прохорова Н.В.\nООО «ОМИС-Сервис», тел. (4722) 20-11-05') + '\n')
add(D('2026-11-09 09:35'), DEZH, 'Re: Заявка 980977 — ограждение а/д Белгород-Шебекино',
    leaf('text/plain', txt, 'koi8-r', '8bit', params='; format=flowed'),
    dec('980977', ['2'], ON, 'ответ под цитатой, KOI8-R; «по второй позиции бригада на месте»; в цитате только вопрос диспетчера'),
    style='tb', subj_cs='koi8-r', extra=TB_HDR, from_cs='koi8-r')

add(D('2026-11-09 16:44'), KOV, 'Отметка мастера: убытие — наряд 980977',
    leaf('text/plain', tablet([('Наряд', '980977'), ('Обьект', 'а/д Белгород — Шебекино, км 12+600'),
                               ('Позиция', '2'), ('Отметка', 'убытте'), ('Время', '09.11.2026 16:40'),
                               ('Комментарий', 'смонтированно 8 секций, световозвращатели КД-5 установленны'),
                               ('Мастер', 'Коваленко А.В.')]), 'utf-8', '8bit'),
    dec('980977', ['2'], OFF, 'форма мастера с опечаткой «убытте» = убытие, поз. 2'),
    style='tablet', extra=TABLET_HDR)

# ======================= 981205  (reg 05.11 09:00) ==========================
txt = ('Заявку 981205 приняли. Электромонтёр Сидоренко И.П. уже выехал с базы (Михайловское шоссе, 14), '
       'ориентировочно будет на Губкина в 10:15. Тел. монтёра +7 910 222-47-90.\n\n' + DEZH_SIG_S + '\n')
add(D('2026-11-05 09:41'), DEZH, '981205 светофор Губкина',
    leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
    dec('981205', [], WAY, 'принята и «уже выехал с базы … будет в 10:15» — последнее событие: в пути (выехал С базы НА объект); Михайловское ш., 14 — адрес'),
    style='tb', extra=TB_NEW)

add(D('2026-11-05 10:21'), SID, 'Отметка: прибытие — наряд 981205',
    leaf('text/plain', tablet([('Наряд', '981205'), ('Объект', 'светофор Т.7, пешеходный переход ул. Губкина, 17'),
                               ('Позиция', '1'), ('Отметка', 'прибытиe'), ('Время', '05.11.2026 10:18'),
                               ('Исполнитель', 'Сидоренко И.П., электромонтёр 5 р.')], 'Lenovo Tab M10'), 'utf-8', '8bit'),
    dec('981205', ['1'], ON, 'форма, «прибытиe» с латинской e; Т.7 — тип светофора, 17 — дом'),
    style='tablet', extra=TABLET_HDR)

orig = ('Добрый день!\nНаправляем заявку № 981205: на пешеходном переходе ул. Губкина, 17 не работает '
        'светофор Т.7 (жалоба жителей, вх. 7734 от 05.11.2026). Просьба устранить в приоритетном порядке.\n\n'
        'Диспетчер Прохорова Н.В.')
txt = ('Неисправность устранена: заменён блок питания БП-12/24, светофор Т.7 работает в штатном режиме. '
       'Электромонтёр с объекта уехал в 12:25.\n\nШевченко Д.А.\n\n-----Original Message-----\n'
       'From: Диспетчерская служба [mailto:dispatch@zakazchik-omis.ru]\nSent: Thursday, November 05, 2026 9:02 AM\n'
       'To: dezhurny@dh-belgorod.ru\nSubject: Светофор Т.7 ул. Губкина, 17 [981205]\n\n' + orig + '\n')
htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
       '<body lang="RU"><div class="WordSection1"><p class="MsoNormal">Неисправность устранена: заменён блок питания '
       'БП-12/24, светофор Т.7 работает в штатном режиме. Электромонтёр с объекта уехал в 12:25.</p>'
       '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Шевченко Д.А.</p><p class="MsoNormal">&nbsp;</p>'
       '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
       '<b>From:</b> Диспетчерская служба [mailto:dispatch@zakazchik-omis.ru]<br><b>Sent:</b> Thursday, November 05, '
       '2026 9:02 AM<br><b>To:</b> dezhurny@dh-belgorod.ru<br><b>Subject:</b> Светофор Т.7 ул. Губкина, 17 [981205]'
       '</p></div><p class="MsoNormal">' + orig.replace('\n', '<br>') + '</p></div></body></html>\n')
add(D('2026-11-05 12:34'), DEZH, 'RE: Светофор Т.7 ул. Губкина, 17 [981205]',
    multipart('alternative', [leaf('text/plain', txt, 'windows-1251', 'quoted-printable'),
                              leaf('text/html', htm, 'windows-1251', 'quoted-printable')], '----=_NextPart_000_0011_01DC4E2A.1F2B3C40'),
    dec('981205', [], OFF, 'номер в квадратных скобках после адреса в теме; «неисправность устранена… уехал в 12:25» = убыл; ниже -----Original Message-----'),
    style='outlook', subj_cs='windows-1251', subj_mode='Q', extra=OUTLOOK_HDR, from_cs='windows-1251')

add(D('2026-11-07 10:05'), SID, 'Отметка: прибытие — наряд 981205',
    leaf('text/plain', tablet([('Наряд', '981205'), ('Объект', 'ул. Губкина, 17 — светофор Т.7 (второй, по ходу к ул. Костюкова)'),
                               ('Позиция', '2'), ('Отметка', 'прибытие'), ('Время', '07.11.2026 10:02'),
                               ('Исполнитель', 'Сидоренко И.П.')], 'Lenovo Tab M10'), 'utf-8', '8bit'),
    rev('позиции 2 в заявке 981205 нет (одна позиция) — диспетчер должен уточнить'),
    style='tablet', extra=TABLET_HDR)

# ======================= 981638  (reg 06.11 11:20) ==========================
html, plain = sed_html('01-12/3421', '06.11.2026', '981638 от 06.11.2026', 'О принятии заявки к исполнению', [
    'Информируем Вас о том, что заявка на нанесение горизонтальной дорожной разметки 1.14.1 на четырёх '
    'нерегулируемых пешеходных переходах по пр-ту Б. Хмельницкого (у домов № 56, 82, 111, 137) принята к исполнению.',
    'Работы планируется выполнить 10–12.11.2026 при температуре воздуха не ниже +5 °С и отсутствии осадков '
    '(п. 6.2.3 ГОСТ Р 52289-2019).'])
add(D('2026-11-06 15:02'), KANC, 'О принятии заявки № 981638 (исх. 01-12/3421)',
    multipart('alternative', [leaf('text/plain', plain, 'windows-1251', 'quoted-printable'),
                              leaf('text/html', html, 'windows-1251', 'quoted-printable')], '----=_SED_ALT_3421'),
    dec('981638', [], ACC, 'принята к исполнению; дома 56/82/111/137, ГОСТ Р 52289-2019, даты плана — не номера'),
    style='sed', subj_cs='windows-1251', subj_mode='Q', extra=SED_HDR, from_cs='windows-1251')

html, plain = sed_html('01-12/3437', '10.11.2026', '981638 от 06.11.2026', 'О переносе сроков выполнения работ', [
    'Информируем Вас о том, что работы по заявке № 981638 (разметка 1.14.1, пр-т Б. Хмельницкого) не начаты в связи '
    'с погодными условиями: мокрый снег, температура покрытия +1 °С.',
    'Работы будут начаты при установлении благоприятной погоды, о чём сообщим дополнительно.'])
add(D('2026-11-10 08:47'), KANC, 'Исх. № 01-12/3437 от 10.11.2026 О переносе сроков',
    leaf('text/html', html, 'windows-1251', 'base64'),
    rev('«работы не начаты в связи с погодными условиями» — отрицание, статуса нет'),
    style='sed', subj_cs='windows-1251', extra=SED_HDR, from_cs='windows-1251')

add(D('2026-11-12 08:32'), KOV, 'Отметка мастера: прибытие — наряд 981638',
    leaf('text/plain', tablet([('Наряд', '981638'), ('Объект', 'пр-т Б. Хмельницкого, пеш. переходы у д. 56 и д. 82'),
                               ('Позиция', '1, 2'), ('Отметка', 'прибытие'), ('Время', '12.11.2026 08:30'),
                               ('Мастер', 'Коваленко А.В.')]), 'utf-8', '8bit'),
    dec('981638', ['1', '2'], ON, 'прибытие по поз. 1, 2; номера домов 56/82 — не позиции'),
    style='tablet', extra=TABLET_HDR)

txt = 'Наряд: 981638 | П1, П2 | убытие | 14:05 | разметка 1.14.1 нанесена, t возд +7\n\n--\nОтправлено из формы «Отчёт мастера» v2.3 (краткий режим)\n'
add(D('2026-11-12 14:12'), KOV, 'Отметка мастера: убытие — наряд 981638',
    leaf('text/plain', txt, 'utf-8', '8bit'),
    dec('981638', ['1', '2'], OFF, 'краткая форма в одну строку: П1, П2 — убытие'),
    style='tablet', extra=TABLET_HDR)

txt = ('Добрый день.\nПо позиции 3 разметку нанесли, бригада убыла с объекта в 13:40.\n'
       '4-й переход (у д. 137) — завтра с утра, если не будет дождя.\n\n' + DEZH_SIG_S + '\n')
add(D('2026-11-13 13:55'), DEZH, '981638 поз.3',
    leaf('text/plain', txt, 'windows-1251', 'quoted-printable'),
    dec('981638', ['3'], OFF, 'по поз. 3 убыли; по 4-й только план на завтра — записываем только 3'),
    style='outlook', subj_cs='windows-1251', subj_mode='Q', extra=OUTLOOK_HDR, from_cs='windows-1251')

txt = 'на месте, начинаем 4й переход\nКоваленко\n\n--\nОтправлено из Почты Mail.ru для Android\n'
add(D('2026-11-14 08:20'), KOV_MAILRU, '981638-4',
    leaf('text/plain', txt, 'utf-8', 'base64'),
    dec('981638', ['4'], ON, 'тема «981638-4» = заявка-позиция; «на месте»'),
    style='mailru', extra=MAILRU_HDR)

html, plain = sed_html('01-12/3449', '14.11.2026', '981638 от 06.11.2026', 'О выполнении работ', [
    'Сообщаем о выполнении работ по заявке № 981638 (позиции 1–4) в полном объёме. Горизонтальная разметка 1.14.1 '
    'нанесена на четырёх пешеходных переходах, общая площадь 144 кв. м.',
    'Гарантийный срок на разметку холодным пластиком — 12 месяцев.'],
    appl=['Акт освидетельствования выполненных работ № 638/11 на 2 л. в 1 экз.'])
add(D('2026-11-14 16:03'), KANC, 'Исх. № 01-12/3449 от 14.11.2026 О выполнении работ',
    multipart('mixed', [
        multipart('alternative', [leaf('text/plain', plain, 'windows-1251', 'base64'),
                                  leaf('text/html', html, 'windows-1251', 'base64')], '----=_SED_ALT_3449'),
        attachment('application/pdf', FAKE_PDF, 'Акт_638-11.pdf', style='2047'),
    ], '----=_SED_MIX_3449'),
    dec('981638', ['1', '2', '3', '4'], OFF, '«о выполнении работ по заявке № 981638 (позиции 1–4) в полном объёме» — все позиции'),
    style='sed', subj_cs='windows-1251', extra=SED_HDR, from_cs='windows-1251')

# ======================= 982044  (reg 09.11 08:45) ==========================
html, plain = sed_html('01-12/3430', '09.11.2026', 'ОМ-1154 от 09.11.2026', 'О принятии заявки в работу', [
    'В ответ на Ваше письмо сообщаем, что заявка № 982044 принята в работу. Установка знака 5.19.1 у д. 12 '
    'по ул. Костюкова и знака 8.2.1 будет выполнена после согласования схемы организации дорожного движения '
    'с ОГИБДД УМВД России по г. Белгороду.'], greeting='Уважаемая Нина Владимировна!')
add(D('2026-11-09 10:05'), KANC, 'Исх. № 01-12/3430 от 09.11.2026',
    leaf('text/html', html, 'windows-1251', 'base64'),
    dec('982044', [], ACC, '«На № ОМ-1154» — номер письма заказчика, заявка 982044 только в тексте; «принята в работу»'),
    style='sed', subj_cs='windows-1251', extra=SED_HDR, from_cs='windows-1251')

html, plain = sed_html('01-12/3433', '09.11.2026', 'ОМ-1154 от 09.11.2026', 'О согласовании схемы ОДД', [
    'Просим согласовать прилагаемую схему организации дорожного движения на период производства работ по заявке '
    '№ 982044 (ул. Костюкова, д. 12, установка знаков 5.19.1 и 8.2.1).',
    'Производство работ планируется 11–12.11.2026 с 08:00 до 17:00 с частичным перекрытием правой полосы.'],
    appl=['Схема ОДД на 2 л. в 1 экз.'])
add(D('2026-11-09 15:20'), KANC, 'О согласовании схемы ОДД (исх. 01-12/3433)',
    multipart('mixed', [
        multipart('alternative', [leaf('text/plain', plain, 'windows-1251', 'quoted-printable'),
                                  leaf('text/html', html, 'windows-1251', 'quoted-printable')], '----=_SED_ALT_3433'),
        attachment('application/pdf', FAKE_PDF, 'Схема_ОДД_Костюкова_12.pdf'),
    ], '----=_SED_MIX_3433'),
    rev('просьба согласовать схему ОДД — запрос на согласование, статуса нет'),
    style='sed', subj_cs='windows-1251', subj_mode='Q', extra=SED_HDR, from_cs='windows-1251')

add(D('2026-11-11 08:06'), BOND, 'Отметка мастера: прибытие — наряд 982044',
    leaf('text/plain', tablet([('Наряд', '982044'), ('Объект', 'ул. Костюкова у д. 12, знак 5.19.1'),
                               ('Позиция', '1'), ('Отметка', 'прибытие'), ('Время', '11.11.2026 08:02'),
                               ('Мастер', 'Бондарь С.П.')], 'Samsung Galaxy Tab A7'), 'utf-8', '8bit'),
    dec('982044', ['1'], ON, 'форма: прибытие, поз. 1; 5.19.1 и д. 12 — не позиции'),
    style='tablet', extra=TABLET_HDR)

txt = ('Нина Владимировна, по 982044: знак 5.19.1 (п.1) установлен, бригада с Костюкова уехала.\n'
       'По п.2 (знак 8.2.1) — нет стойки нужной длины, довезём и поставим завтра.\n\n' + DEZH_SIG_G + '\n')
add(D('2026-11-11 10:33'), DEZH, 'Заявка 982044',
    leaf('text/plain', txt, 'windows-1251', 'quoted-printable'),
    dec('982044', ['1'], OFF, 'п.1 готов, бригада уехала; п.2 — только план на завтра'),
    style='outlook', subj_cs='windows-1251', subj_mode='Q', extra=OUTLOOK_HDR, from_cs='windows-1251')

txt = ('Выехали от склада на Михайловском ш., везём стойку 3,5 м и табличку 8.2.1. '
       'На Костюкова будем к 9:30.\nБондарь\n')
add(D('2026-11-12 09:02'), BOND, '982044 поз 2',
    leaf('text/plain', txt, 'utf-8', '8bit'),
    dec('982044', ['2'], WAY, '«выехали от склада … будем к 9:30» — в пути; 3,5 м — длина стойки'),
    style='tablet', extra=TABLET_HDR)

add(D('2026-11-12 11:15'), BOND, 'Отметка мастера: убытие — наряд 982044',
    leaf('text/plain', tablet([('Наряд', '982044'), ('Позиция', '2'), ('Отметка', 'убытие'),
                               ('Время', '12.11.2026 11:10'),
                               ('Коментарий', '8.2.1 "50 м" установлен под 5.19.1, крепление хомутами'),
                               ('Мастер', 'Бондарь С.П.')], 'Samsung Galaxy Tab A7'), 'utf-8', '8bit'),
    dec('982044', ['2'], OFF, 'форма: убытие поз. 2; «50 м» — надпись таблички'),
    style='tablet', extra=TABLET_HDR)

# ======================= 982310  (reg 10.11 13:00) ==========================
txt = ('Приняли. Завтра с утра бригада выедет, ограждение У-1 в наличии на складе.\n\n' + DEZH_SIG_S + '\n\n'
       '10.11.2026 13:04, Диспетчерская служба пишет:\n' +
       q('Добрый день.\nЗаявка № 982310: установить пешеходное ограждение у школы № 27 (ул. Королёва, 2а), '
         'длина ок. 30 м.\nПрошу подтвердить принятие.\nПрохорова Н.В.', 'НП> ') + '\n')
add(D('2026-11-10 16:02'), DEZH, 'Re: Заявка № 982310 пешеходное ограждение школа 27',
    leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
    dec('982310', [], ACC, '«Приняли», выезд — только план на завтра; цитата с префиксом «НП>»; школа № 27 и 2а — не номера'),
    style='tb', extra=TB_NEW)

txt = ('Нина Владимировна, подскажите, пожалуйста, по заявке 982310 ограждение ставим с обеих сторон перехода или '
       'только со стороны школы? В заявке длина 30 м, а по факту там 2 участка по 18 м. От этого зависит, '
       'сколько секций грузить.\n\n' + DEZH_SIG_S + '\n')
add(D('2026-11-10 16:38'), DEZH, 'вопрос по 982310',
    leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
    rev('вопрос диспетчеру, статуса нет'),
    style='tb', extra=TB_NEW)

txt = 'Едем к 27й школе на Королёва, будем в 08:45\nКоваленко\n\n--\nОтправлено из Почты Mail.ru для Android\n'
add(D('2026-11-11 08:21'), KOV_MAILRU, 'наряд 982310',
    leaf('text/plain', txt, 'utf-8', 'base64'),
    dec('982310', [], WAY, '«едем … будем в 08:45» — в пути; 27 — номер школы'),
    style='mailru', extra=MAILRU_HDR)

inner = ('From: =?utf-8?B?0JrQvtCy0LDQu9C10L3QutC+INCQ0L3QtNGA0LXQuQ==?= <master.kovalenko@dh-belgorod.ru>\n'
         'To: dezhurny@dh-belgorod.ru\n'
         'Subject: =?utf-8?B?0J7RgtC80LXRgtC60LAg0LzQsNGB0YLQtdGA0LA6INGD0LHRi9GC0LjQtSDigJQg0L3QsNGA0Y/QtCA5ODIzMTA=?=\n'
         'Date: Wed, 11 Nov 2026 11:58:40 +0300\n'
         'Message-ID: <mf-20261111115840-3391@tablet.dh-belgorod.ru>\n'
         'MIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n').encode('ascii')
inner += tablet([('Наряд', '982310'), ('Объект', 'школа № 27, ул. Королёва, 2а — пешеходное ограждение'),
                 ('Позиция', '1'), ('Отметка', 'убытие'), ('Время', '11.11.2026 11:55'),
                 ('Комментарий', 'смонтировано 36 м (2 х 18), 18 секций У-1'), ('Мастер', 'Коваленко А.В.')]).encode('utf-8')
fwd_part = Part(['Content-Type: message/rfc822', 'Content-Disposition: attachment;\n\tfilename="forwarded.eml"'], inner)
add(D('2026-11-11 12:06'), DEZH, 'Fwd: Отметка мастера: убытие — наряд 982310',
    multipart('mixed', [leaf('text/plain', 'Пересылаю отчёт мастера по школе № 27.\n\nШевченко Д.А.\n', 'utf-8', '8bit'),
                        fwd_part], '------------7Bq2nXc0Q1fW4tLkzR9d3sJ'),
    dec('982310', ['1'], OFF, 'пересылка вложением message/rfc822: форма мастера «убытие», поз. 1'),
    style='tb', extra=TB_NEW)

# ======================= 982789  (reg 11.11 09:30) ==========================
html, plain = sed_html('01-12/3440', '11.11.2026', '982789 от 11.11.2026', 'О принятии заявки № 982789 к исполнению', [
    'Информируем Вас о том, что заявка на восстановление работы светофорных объектов типа Т.7 (ул. Садовая, '
    'ул. Победы, ул. Попова) принята к исполнению. Работы выполняет бригада электромонтёров участка '
    'светофорного хозяйства (бригадир Сидоренко И.П., тел. +7 910 222-47-90).'])
add(D('2026-11-11 11:04'), KANC, 'О принятии заявки № 982789 к исполнению',
    leaf('text/html', html, 'windows-1251', 'quoted-printable'),
    dec('982789', [], ACC, 'HTML СЭД с таблицей-шапкой, «принята к исполнению»'),
    style='sed', subj_cs='windows-1251', subj_mode='Q', extra=SED_HDR, from_cs='windows-1251')

txt = ('По 982789 на 10:40:\n- Садовая (п.1) — электромонтёры на месте, меняют кабель питания;\n'
       '- Победы (п.2) — уже закончили, заменили светодиодные модули, уехали в 10:20;\n'
       '- Попова (п.3) — завтра.\n\n' + DEZH_SIG_G + '\n')
add(D('2026-11-12 10:44'), DEZH, 'Светофоры Т.7 — 982789',
    leaf('text/plain', txt, 'windows-1251', 'quoted-printable'),
    rev('разные статусы для разных позиций в одном письме (п.1 на месте, п.2 убыл)'),
    style='outlook', subj_cs='windows-1251', subj_mode='Q', extra=OUTLOOK_HDR, from_cs='windows-1251')

txt = ('Прибыли на Попова 09:05, светофор Т.7 — нет питания, ищем обрыв.\nСидоренко\n\n'
       '--\nОтправлено из Почты Mail.ru для Android\n')
add(D('2026-11-13 09:07'), KOV_MAILRU, '982789 (3)',
    leaf('text/plain', txt, 'utf-8', 'base64'),
    dec('982789', ['3'], ON, 'тема «982789 (3)» — позиция в скобках; с личного ящика мастера пишет Сидоренко'),
    style='mailru', extra=MAILRU_HDR)

txt = ('Пересылаю от мастера. По светофорам осталось только оформить акт.\n\nГриценко О.Ю.\n\n'
       '-------- Пересылаемое сообщение --------\nТема: \tRe: 982789 (3)\nДата: \tFri, 13 Nov 2026 15:12:09 +0300\n'
       'От: \tАндрей Коваленко <kovalenko.av73@mail.ru>\nКому: \tdezhurny@dh-belgorod.ru\n\n'
       'По 1-й и 3-й позициям всё, уехали. На Попова кабель перетянули 15 м, на Садовой заменили автомат АП-50. '
       'Оба Т.7 работают.\n')
add(D('2026-11-13 15:30'), DEZH, 'Fwd: Re: 982789 (3)',
    leaf('text/plain', txt, 'koi8-r', '8bit', params='; format=flowed'),
    dec('982789', ['1', '3'], OFF, 'пересылка Thunderbird: «по 1-й и 3-й позициям всё, уехали»; АП-50 — модель автомата'),
    style='tb', subj_cs='koi8-r', extra=TB_HDR, from_cs='koi8-r')

html, plain = sed_html('01-12/3451', '14.11.2026', '982789 от 11.11.2026', 'О выполнении работ', [
    'Информируем Вас о выполнении работ по заявке № 982789: светофорные объекты Т.7 на ул. Садовой, ул. Победы '
    'и ул. Попова восстановлены и работают в штатном режиме.'],
    appl=['Акт № 789/11 на 1 л.'])
add(D('2026-11-14 11:00'), KANC, 'Исх. № 01-12/3451 О выполнении работ по заявке 982789',
    multipart('alternative', [leaf('text/plain', plain, 'windows-1251', 'base64'),
                              leaf('text/html', html, 'windows-1251', 'base64')], '----=_SED_ALT_3451'),
    dec('982789', [], OFF, 'официальное «информируем о выполнении работ по заявке № 982789»'),
    style='sed', subj_cs='windows-1251', extra=SED_HDR, from_cs='windows-1251')

# ======================= two requests (review) =============================
html, plain = sed_html('01-12/3446', '12.11.2026', '980977 от 03.11.2026, 982310 от 10.11.2026', 'О выполнении работ', [
    'Сообщаем о выполнении работ по заявкам № 980977 (барьерное ограждение, а/д Белгород — Шебекино, км 12+350, '
    'км 12+600) и № 982310 (пешеходное ограждение у школы № 27).',
    'Акты выполненных работ будут направлены отдельными письмами.'])
add(D('2026-11-12 12:10'), KANC, 'Исх. № 01-12/3446 О выполнении работ',
    leaf('text/html', html, 'windows-1251', 'base64'),
    rev('две разные заявки в одном письме (980977 и 982310)'),
    style='sed', subj_cs='windows-1251', extra=SED_HDR, from_cs='windows-1251')

# ======================= 983015  (reg 12.11 10:00) ==========================
html, plain = sed_html('01-12/3444', '12.11.2026', '983015 от 12.11.2026', 'О принятии заявки к исполнению', [
    'Информируем Вас о том, что заявка № 983015 на установку дорожных знаков 1.23 «Дети» и 5.19.1 '
    '«Пешеходный переход» в с. Стрелецкое (ул. Королёва) принята к исполнению в рамках договора № 47/26-ДХ '
    'от 01.03.2026.', 'Срок выполнения — до 16.11.2026.'], cs='utf-8')
add(D('2026-11-12 14:05'), KANC, 'О принятии заявки к исполнению (исх. № 01-12/3444 от 12.11.2026)',
    multipart('alternative', [leaf('text/plain', plain, 'utf-8', 'base64'),
                              leaf('text/html', html, 'utf-8', 'base64')], '----=_SED_ALT_3444'),
    dec('983015', [], ACC, 'принята; договор № 47/26-ДХ, 1.23 — код знака'),
    style='sed', extra=SED_HDR)

add(D('2026-11-13 09:20'), BOND, 'Отметка мастера: прибытие — наряд 983015',
    leaf('text/plain', tablet([('Наряд', '983015'), ('Объект', 'с. Стрелецкое, ул. Королёва — знаки 1.23, 5.19.1'),
                               ('Позиция', '1, 2'), ('Отметка', 'прибытие'), ('Время', '13.11.2026 09:15'),
                               ('Мастер', 'Бондарь С.П.')], 'Samsung Galaxy Tab A7'), 'utf-8', '8bit'),
    dec('983015', ['1', '2'], ON, 'прибытие по обеим позициям'),
    style='tablet', extra=TABLET_HDR)

txt = ('Здравствуйте!\n\nЯ нахожусь в командировке с 12.11.2026 по 17.11.2026, доступ к почте ограничен.\n'
       'По вопросам исполнения заявок обращайтесь к дежурному инженеру: (4722) 33-15-52, dezhurny@dh-belgorod.ru.\n'
       'По документообороту — в канцелярию: (4722) 33-15-40, kanc@dh-belgorod.ru.\n\nМельников И.С., начальник отдела эксплуатации\n')
add(D('2026-11-13 11:03'), MEL, 'Автоматический ответ: Заявка 983015 — знаки с. Стрелецкое',
    leaf('text/plain', txt, 'windows-1251', 'quoted-printable'),
    ign('автоответ «в командировке» начальника ОЭ (Auto-Submitted: auto-replied)'),
    style='outlook', subj_cs='windows-1251', subj_mode='Q', from_cs='windows-1251',
    extra=OUTLOOK_HDR + [('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                         ('In-Reply-To', '<omis.20261113110200.5512@zakazchik-omis.ru>')])

orig = ('Добрый день. Бригада на месте? Жители жалуются, что знак 1.23 лежит на земле у остановки.\n\n'
        'Прохорова Н.В., диспетчер\nООО «ОМИС-Сервис»\nтел. (4722) 20-11-05')
txt = ('Закончили, бригада уехала в 14:50. Старый знак забрали. Фото во вложении.\n\nГриценко\n\n' +
       outlook_quote('Диспетчерская служба [mailto:dispatch@zakazchik-omis.ru]', '13 ноября 2026 г. 11:02',
                     'dezhurny@dh-belgorod.ru', 'Заявка 983015 — знаки с. Стрелецкое', orig, cc='melnikov@dh-belgorod.ru') + '\n')
add(D('2026-11-13 15:10'), DEZH, 'RE: Заявка 983015 — знаки с. Стрелецкое',
    multipart('mixed', [leaf('text/plain', txt, 'windows-1251', 'quoted-printable'),
                        attachment('image/jpeg', FAKE_JPG, 'IMG_20261113_144512.jpg', style='2047')],
              '----=_NextPart_000_0024_01DC55A1.7C3E2B90'),
    dec('983015', [], OFF, 'номер заявки только в теме ответа RE:; «закончили, бригада уехала» — убыл; вопрос — в цитате'),
    style='outlook', subj_cs='windows-1251', subj_mode='Q', extra=OUTLOOK_HDR, from_cs='windows-1251')

# ======================= 983462  (reg 13.11 14:10) ==========================
txt = ('Аварийная бригада выехала на км 4+120 а/д Белгород — Никольское, на месте будут ~15:30. '
       'До монтажа место обозначим конусами и знаком 1.25.\n\nГриценко О.Ю.\n(4722) 33-15-52\n')
add(D('2026-11-13 14:48'), DEZH, '983462 ДТП км 4+120',
    leaf('text/plain', txt, 'koi8-r', 'base64'),
    dec('983462', [], WAY, '«бригада выехала на км 4+120, будут ~15:30» — в пути; 4+120 — км, 1.25 — знак'),
    style='tb', subj_cs='koi8-r', extra=TB_HDR, from_cs='koi8-r')

add(D('2026-11-13 15:42'), KOV, 'Отметка мастера: прибытие — наряд 983462',
    leaf('text/plain', tablet([('Наряд', '983462'), ('Объект', 'а/д Белгород — Никольское км 4+120, барьерное ограждение'),
                               ('Позиция', '1'), ('Отметка', 'прибытие'), ('Время', '13.11.2026 15:38'),
                               ('Мастер', 'Коваленко А.В.')]), 'utf-8', '8bit'),
    dec('983462', ['1'], ON, 'форма: прибытие'),
    style='tablet', extra=TABLET_HDR)

html, plain = sed_html('01-12/3448', '13.11.2026', '983462 от 13.11.2026', 'О дополнительном объёме работ', [
    'В ходе обследования места ДТП на км 4+120 автомобильной дороги «Белгород — Никольское» установлено, что '
    'повреждено 8 секций барьерного ограждения (в заявке № 983462 указано 4 секции).',
    'Просим согласовать увеличение объёма работ. Стоимость дополнительных работ составит 186 420,00 руб. '
    '(в т.ч. НДС 20 % — 31 070,00 руб.) согласно локальному сметному расчёту № 114-С.'],
    appl=['Локальный сметный расчёт № 114-С на 3 л.', 'Дефектная ведомость на 1 л.'])
add(D('2026-11-13 17:30'), KANC, 'О дополнительном объёме работ по заявке № 983462',
    multipart('alternative', [leaf('text/plain', plain, 'windows-1251', 'base64'),
                              leaf('text/html', html, 'windows-1251', 'base64')], '----=_SED_ALT_3448'),
    rev('согласование доп. объёма и цены — статуса нет'),
    style='sed', subj_cs='windows-1251', extra=SED_HDR, from_cs='windows-1251')

txt = ('Востановили, 8 секций, уехaли в 16:00. Конусы сняли.\nКоваленко\n\n'
       '14.11.2026, 13:20, "Диспетчерская служба" <dispatch@zakazchik-omis.ru>:\n' +
       q('Андрей Викторович, когда ориентировочно закончите на км 4+120?\nПрохорова') + '\n')
add(D('2026-11-14 16:10'), KOV_MAILRU, 'Re: 983462',
    leaf('text/plain', txt, 'utf-8', 'base64'),
    dec('983462', [], OFF, 'номер только в теме «Re: 983462»; «уехaли» с латинской a, опечатка «Востановили»; цитата — вопрос диспетчера'),
    style='mailru', extra=MAILRU_HDR)

# ======================= 983901  (reg 16.11 08:00) ==========================
html, plain = sed_html('01-12/3489', '16.11.2026', '983901 от 16.11.2026', 'О принятии заявки к исполнению', [
    'Информируем Вас о том, что заявка № 983901 (ул. Есенина: разметка 1.14.1, знак 5.19.1 у д. 12) '
    'принята к исполнению.'])
add(D('2026-11-16 10:00'), KANC, 'Исх. № 01-12/3489 от 16.11.2026',
    multipart('alternative', [leaf('text/plain', plain, 'windows-1251', 'quoted-printable'),
                              leaf('text/html', html, 'windows-1251', 'quoted-printable')], '----=_SED_ALT_3489'),
    dec('983901', [], ACC, 'принята к исполнению; тема — только исх. номер'),
    style='sed', subj_cs='windows-1251', extra=SED_HDR, from_cs='windows-1251')

txt = ('Уведомление СЭД «Дело»\n\nДокумент: Исх. № 01-12/3489 от 16.11.2026\n'
       'Краткое содержание: О принятии к исполнению заявки № 983901\n'
       'Адресат: dispatch@zakazchik-omis.ru\nСтатус: ДОСТАВЛЕНО 16.11.2026 10:02:17\n\n'
       'Сообщение сформировано автоматически, отвечать на него не нужно.\n')
add(D('2026-11-16 10:02'), SED, 'СЭД: уведомление о доставке документа Исх. № 01-12/3489',
    leaf('text/plain', txt, 'windows-1251', 'base64'),
    ign('автоматическое уведомление СЭД о доставке (Auto-Submitted: auto-generated)'),
    style='sed', subj_cs='windows-1251', from_cs='windows-1251',
    extra=SED_HDR + [('Auto-Submitted', 'auto-generated'), ('Precedence', 'auto_reply')])

txt = ('Нина Владимировна, доброе утро.\nРаботы по 983901 сегодня не начаты в связи с погодными условиями — снег, '
       'на 07:00 было -3. По знаку (п.2) планируем выезд 18.11, разметку 1.14.1 (п.1) по технологии можно '
       'наносить только при +5 и выше, предлагаем перенести на весну.\n\n' + DEZH_SIG_S + '\n')
add(D('2026-11-17 08:40'), DEZH, '983901 — погода',
    leaf('text/plain', txt, 'windows-1251', 'quoted-printable'),
    rev('«работы не начаты в связи с погодными условиями», только планы и предложение о переносе'),
    style='outlook', subj_cs='windows-1251', subj_mode='Q', extra=OUTLOOK_HDR, from_cs='windows-1251')

add(D('2026-11-18 08:55'), BOND, 'Отметка мастера: прибытие — наряд 983901',
    leaf('text/plain', tablet([('Наряд', '983901'), ('Объект', 'ул. Есенина у д. 12 — знак 5.19.1'),
                               ('Позиция', '2'), ('Отметка', 'прибытие'), ('Время', '18.11.2026 08:51'),
                               ('Мастер', 'Бондарь С.П.')], 'Samsung Galaxy Tab A7'), 'utf-8', '8bit'),
    dec('983901', ['2'], ON, 'форма: прибытие, поз. 2'),
    style='tablet', extra=TABLET_HDR)

htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
       '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head><body lang="RU">'
       '<div class="WordSection1"><p class="MsoNormal">Коллеги, добрый день!</p>'
       '<p class="MsoNormal">По заявке 983901 поз2: знак 5.19.1 на ул. Есенина у д. 12 установлен, '
       'бригада освободилась в 11:20.</p><p class="MsoNormal">&nbsp;</p>'
       '<p class="MsoNormal"><span style="color:#1F497D">Шевченко Д.А.<br>дежурный инженер<br>(4722) 33-15-52</span></p>'
       '<p class="MsoNormal">&nbsp;</p><div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
       '<p class="MsoNormal"><b>От:</b> Бондарь Сергей Петрович &lt;master.bondar@dh-belgorod.ru&gt;<br>'
       '<b>Отправлено:</b> 18 ноября 2026 г. 8:55<br><b>Кому:</b> Дежурный инженер ОЭ &lt;dezhurny@dh-belgorod.ru&gt;<br>'
       '<b>Тема:</b> Отметка мастера: прибытие — наряд 983901</p></div></div>'
       '<p class="MsoNormal">Наряд: 983901<br>Позиция: 2<br>Отметка: прибытие<br>Время: 18.11.2026 08:51</p>'
       '</div></body></html>\n')
add(D('2026-11-18 11:31'), DEZH, 'RE: Отметка мастера: прибытие — наряд 983901',
    leaf('text/html', htm, 'windows-1251', 'quoted-printable'),
    dec('983901', ['2'], OFF, 'HTML-only; тема «прибытие» устарела, тело: знак установлен, «бригада освободилась» — убыл; ниже цитата отметки прибытия'),
    style='outlook', subj_cs='windows-1251', subj_mode='Q', extra=OUTLOOK_HDR, from_cs='windows-1251')

mdn_txt = ('Сообщение\n\n    Кому: kanc@dh-belgorod.ru\n    Тема: Заявка 983901 — перенос сроков разметки\n'
           '    Отправлено: 17.11.2026 9:12\n\nбыло прочитано 18.11.2026 9:40.\n')
mdn = ('Reporting-UA: kanc.dh-belgorod.ru; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;kanc@dh-belgorod.ru\n'
       'Original-Message-ID: <omis.20261117091200.6120@zakazchik-omis.ru>\n'
       'Disposition: manual-action/MDN-sent-manually; displayed\n')
add(D('2026-11-18 09:40'), KANC, 'Прочитано: Заявка 983901 — перенос сроков разметки',
    multipart('report', [leaf('text/plain', mdn_txt, 'windows-1251', 'quoted-printable'),
                         Part(['Content-Type: message/disposition-notification'], mdn.encode('ascii'))],
              '----=_NextPart_000_0031_01DC5843.0A1B2C3D', params=' report-type=disposition-notification;'),
    ign('уведомление о прочтении (MDN)'),
    style='outlook', subj_cs='windows-1251', subj_mode='Q', extra=OUTLOOK_HDR, from_cs='windows-1251')

# ======================= 984157  (reg 17.11 09:20) ==========================
txt = ('Добрый день.\n\nВаше обращение по Харьковской приняли в работу. Знаки 5.19.1, 5.19.2 и 8.2.1 есть на складе, выезд запланирован '
       'на 18.11 на 08:00, с ОГИБДД согласовано (тел. инспектора 8-4722-35-90-12).\n\n' + DEZH_SIG_G + '\n')
add(D('2026-11-17 11:02'), DEZH, 'Заявка №984157 — Харьковская, знаки после ДТП',
    leaf('text/plain', txt, 'utf-8', '8bit'),
    dec('984157', [], ACC, '«обращение приняли в работу», номер только в теме; выезд — план; телефон и коды знаков не номера'),
    style='tb', extra=TB_NEW)

txt = 'На месте с 8:05, меняем все три знака. Гаишники в курсе.\nКоваленко\n\n--\nОтправлено из Почты Mail.ru для Android\n'
add(D('2026-11-18 08:12'), KOV_MAILRU, 'Харьковская 984157',
    leaf('text/plain', txt, 'utf-8', 'base64'),
    dec('984157', [], ON, '«на месте», «все три знака» — вся заявка, номера позиций не названы'),
    style='mailru', extra=MAILRU_HDR)

txt = ('Пересылаю. Третью закроем 19-го.\n\n-- \nГриценко О.Ю.\n\n-------- Forwarded Message --------\n'
       'Subject: \tRe: Харьковская 984157\nDate: \tWed, 18 Nov 2026 12:02:11 +0300\n'
       'From: \tАндрей Коваленко <kovalenko.av73@mail.ru>\nTo: \tdezhurny@dh-belgorod.ru\n\n'
       'поз 1 и 2 готово, уехали. поз 3 - стойку 8.2.1 погнуло при демонтаже, нужна новая 76мм, сделаем завтра\n')
add(D('2026-11-18 12:15'), DEZH, 'Fwd: Re: Харьковская 984157',
    leaf('text/plain', txt, 'utf-8', '8bit', params='; format=flowed'),
    dec('984157', ['1', '2'], OFF, 'пересылка (Forwarded Message): поз 1 и 2 готово, уехали; поз 3 — план на завтра'),
    style='tb', extra=TB_NEW)

add(D('2026-11-19 10:40'), KOV, 'Отметка мастера: убытие — наряд 984157',
    leaf('text/plain', tablet([('Наряд', '984157'), ('Объект', 'ул. Харьковская — знак 8.2.1'),
                               ('Позиция', '3'), ('Отметка', 'убытие'), ('Время', '19.11.2026 10:35'),
                               ('Комментарий', 'стойка заменена, знак 8.2.1 установлен'),
                               ('Мастер', 'Коваленко А.В.')]), 'utf-8', '8bit'),
    dec('984157', ['3'], OFF, 'форма: убытие поз. 3'),
    style='tablet', extra=TABLET_HDR)

html, plain = sed_html('01-12/3456', '20.11.2026', '984157 от 17.11.2026', 'О выполнении работ', [
    'Сообщаем о выполнении работ по заявке № 984157: на ул. Харьковской восстановлены дорожные знаки 5.19.1, '
    '5.19.2 и 8.2.1, повреждённые в результате ДТП 16.11.2026.',
    'Стоимость работ — 38 760,00 руб., в т.ч. НДС 20 %. Счёт № 1157 от 20.11.2026 будет направлен почтой.'],
    appl=['1. Акт № 157/11 на 1 л.', '2. Фотоматериалы на 3 л.'])
add(D('2026-11-20 11:20'), KANC, 'Исх. № 01-12/3456 от 20.11.2026 О выполнении работ',
    multipart('mixed', [
        multipart('alternative', [leaf('text/plain', plain, 'windows-1251', 'base64'),
                                  leaf('text/html', html, 'windows-1251', 'base64')], '----=_SED_ALT_3456'),
        attachment('application/pdf', FAKE_PDF, 'Акт_157-11.pdf'),
    ], '----=_SED_MIX_3456'),
    dec('984157', [], OFF, 'официальное «сообщаем о выполнении работ»; 01-12/3456, счёт № 1157, акт № 157/11 — не заявки'),
    style='sed', subj_cs='windows-1251', extra=SED_HDR, from_cs='windows-1251')

# ======================= 984620  (reg 19.11 10:40) ==========================
txt = 'ВЫЕХАЛ НА МИЧУРИНА/ЧАПАЕВА ПО 984620, МИНУТ 20.\nКоваленко 8-910-364-22-18\n\n--\nОтправлено из Почты Mail.ru для Android\n'
add(D('2026-11-19 11:06'), KOV_MAILRU, '#984620 светофор Мичурина',
    leaf('text/plain', txt, 'utf-8', 'base64'),
    dec('984620', [], WAY, 'капсом: «ВЫЕХАЛ НА …, МИНУТ 20» — в пути (на объект); телефон не номер'),
    style='mailru', extra=MAILRU_HDR)

txt = ('По заявке 984602 электрик на месте, светофор Т.7 — сгорел контроллер ДКС-2, замену везут со склада.\n\n'
       + DEZH_SIG_S + '\n')
add(D('2026-11-19 11:45'), DEZH, 'Заявка 984602',
    leaf('text/plain', txt, 'windows-1251', 'quoted-printable'),
    rev('номер 984602 в реестре отсутствует (вероятно, опечатка 984620) — уточнить'),
    style='outlook', subj_cs='windows-1251', subj_mode='Q', extra=OUTLOOK_HDR, from_cs='windows-1251')

txt = ('Светофор Т.7 на перекрёстке Мичурина/Чапаева восстановлен, контроллер заменён (зав. № 20114587). '
       'Электрик убыл в 12:50.\n\nГриценко О.Ю.\n')
add(D('2026-11-19 13:05'), DEZH, '984620 (1)',
    leaf('text/plain', txt, 'koi8-r', '8bit'),
    dec('984620', ['1'], OFF, 'тема «984620 (1)», «восстановлен… убыл в 12:50»; зав. № 20114587 — не заявка'),
    style='tb', subj_cs='koi8-r', extra=TB_HDR, from_cs='koi8-r')

# ======================= 984888  (reg 20.11 08:15) ==========================
txt = ('Уведомление СЭД «Дело»\n\nВаше обращение зарегистрировано в ГБУ «Дорожное хозяйство».\n'
       'Входящий № 02-07/1187 от 20.11.2026\nКорреспондент: ООО «ОМИС-Сервис»\n'
       'Тема: Заявка 984888 — ограждение и разметка ул. Новая\nНаправлено на исполнение: отдел эксплуатации.\n\n'
       'Сообщение сформировано автоматически.\n')
add(D('2026-11-20 08:16'), SED, 'СЭД: Ваше обращение зарегистрировано (вх. № 02-07/1187)',
    leaf('text/plain', txt, 'windows-1251', 'base64'),
    ign('автоматическое уведомление СЭД о регистрации входящего (Auto-Submitted: auto-generated), хотя упоминает 984888'),
    style='sed', subj_cs='windows-1251', from_cs='windows-1251',
    extra=SED_HDR + [('Auto-Submitted', 'auto-generated')])

html, plain = sed_html('01-12/3461', '20.11.2026', '984888 от 20.11.2026 (вх. № 02-07/1187)', 'О принятии заявки к исполнению', [
    'Информируем Вас о том, что заявка на установку перильного ограждения и нанесение разметки 1.14.1 '
    'по ул. Новой принята к исполнению.',
    'Монтаж ограждения запланирован на 23–24.11.2026. Разметка будет нанесена при температуре воздуха не ниже +5 °С.'])
add(D('2026-11-20 10:10'), KANC, 'Исх. № 01-12/3461 от 20.11.2026 О принятии заявки к исполнению',
    leaf('text/html', html, 'windows-1251', 'base64'),
    dec('984888', [], ACC, 'номер заявки только в «На № 984888 от 20.11.2026» (таблица и реквизит письма); «принята к исполнению»'),
    style='sed', subj_cs='windows-1251', extra=SED_HDR, from_cs='windows-1251')

bounce_txt = ('This is the mail system at host mail.dh-belgorod.ru.\n\n'
              "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
              "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
              '                   The mail system\n\n<kovalenko@dh-belgorod.ru>: host 127.0.0.1[127.0.0.1] said: '
              '550 5.1.1\n    <kovalenko@dh-belgorod.ru>: Recipient address rejected: User unknown in\n'
              '    virtual mailbox table (in reply to RCPT TO command)\n')
dsn = ('Reporting-MTA: dns; mail.dh-belgorod.ru\nX-Postfix-Queue-ID: 4Yk2Qm1N7Hz9sWc\n'
       'Arrival-Date: Fri, 20 Nov 2026 11:58:31 +0300 (MSK)\n\n'
       'Final-Recipient: rfc822; kovalenko@dh-belgorod.ru\nAction: failed\nStatus: 5.1.1\n'
       'Diagnostic-Code: smtp; 550 5.1.1 <kovalenko@dh-belgorod.ru>: Recipient address\n'
       '    rejected: User unknown in virtual mailbox table\n')
orig_h = ('Return-Path: <dispatch@zakazchik-omis.ru>\nFrom: =?utf-8?B?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8=?= <dispatch@zakazchik-omis.ru>\n'
          'To: kovalenko@dh-belgorod.ru\nSubject: ' + ew('Заявка 984888 — контакты мастера', 'utf-8', 'B') + '\n'
          'Date: Fri, 20 Nov 2026 11:58:29 +0300\nMessage-ID: <omis.20261120115829.7781@zakazchik-omis.ru>\n')
add(D('2026-11-20 11:58'), DAEMON, 'Undelivered Mail Returned to Sender',
    multipart('report', [Part(['Content-Description: Notification', 'Content-Type: text/plain; charset=us-ascii'], bounce_txt.encode()),
                         Part(['Content-Description: Delivery report', 'Content-Type: message/delivery-status'], dsn.encode()),
                         Part(['Content-Description: Undelivered Message Headers', 'Content-Type: text/rfc822-headers'], orig_h.encode())],
              '4Yk2Qm1N7Hz9sWc.1763629111/mail.dh-belgorod.ru', params=' report-type=delivery-status;'),
    ign('bounce (DSN) от MAILER-DAEMON, в исходных заголовках упомянута заявка 984888'),
    extra=[('Auto-Submitted', 'auto-replied')])

add(D('2026-11-23 08:31'), KOV, 'Отметка мастера: прибытие — наряд 984888',
    leaf('text/plain', tablet([('Нарад', '984888'), ('Объект', 'ул. Новая, д. 3–9, перильное ограждение'),
                               ('Позиция', '1'), ('Отметка', 'Pрибытие'), ('Время', '23.11.2026 08:27'),
                               ('Мастер', 'Коваленко А.В.')]), 'utf-8', '8bit'),
    dec('984888', ['1'], ON, 'опечатка «Нарад», «Pрибытие» с латинской P; д. 3–9 — адрес'),
    style='tablet', extra=TABLET_HDR)

txt = ('Нина Владимировна, коротко по двум заявкам:\n1) 984888 п.1 — бригада на месте, монтаж перильного ограждения '
       'идёт, закончим завтра;\n2) 984620 — электрик повторно выехал на Мичурина, снова мигает жёлтый.\n\n'
       + DEZH_SIG_G + '\n')
add(D('2026-11-23 12:02'), DEZH, 'по 984888 и 984620',
    leaf('text/plain', txt, 'windows-1251', 'quoted-printable'),
    rev('две разные заявки в одном письме (984888 и 984620)'),
    style='outlook', subj_cs='windows-1251', subj_mode='Q', extra=OUTLOOK_HDR, from_cs='windows-1251')

add(D('2026-11-24 15:22'), KOV, 'Отметка мастера: убытие — наряд 984888',
    leaf('text/plain', tablet([('Наряд', '984888'), ('Объект', 'ул. Новая — перильное ограждение'),
                               ('Позиция', '1'), ('Отметка', 'убытие'), ('Время', '24.11.2026 15:18'),
                               ('Комментарий', 'смонтировано 42 м, 21 секция ОП-2000, окраска RAL 1023 / RAL 9003'),
                               ('Мастер', 'Коваленко А.В.')]), 'utf-8', '8bit'),
    dec('984888', ['1'], OFF, 'форма: убытие поз. 1; ОП-2000, RAL 1023 — модели/цвета'),
    style='tablet', extra=TABLET_HDR)

txt = ('Спасибо, замечание приняли, передам мастеру — секции у д. 5 подтянем.\n\nГриценко\n\n'
       '> 24.11.2026 15:40, Диспетчерская служба пишет:\n'
       '> По заявке 984888: жители сообщают, что у д. 5 две секции ограждения шатаются.\n'
       '> Прохорова\n')
add(D('2026-11-24 16:02'), DEZH, 'Re: Заявка 984888 — замечание по ограждению',
    leaf('text/plain', txt, 'koi8-r', 'quoted-printable'),
    rev('благодарность/подтверждение получения замечания, статуса нет'),
    style='tb', subj_cs='koi8-r', extra=TB_HDR, from_cs='koi8-r')

txt = ('По 984888 п.2 (разметка 1.14.1) ещё не выехали: температура днём -1…+2, по технологии наносить '
       'холодный пластик нельзя. Как только прогноз даст +5 — сообщим.\n\n' + DEZH_SIG_S + '\n')
add(D('2026-11-26 09:03'), DEZH, 'Заявка 984888 п.2 разметка',
    leaf('text/plain', txt, 'windows-1251', 'quoted-printable'),
    rev('отрицание «ещё не выехали» — статуса нет'),
    style='outlook', subj_cs='windows-1251', subj_mode='Q', extra=OUTLOOK_HDR, from_cs='windows-1251')

# ======================= misc review / ignored ==============================
rows = [('983901', '1', 'разметка 1.14.1, ул. Есенина', 'перенос на апрель 2027 (температура)'),
        ('984888', '1', 'перильное ограждение, ул. Новая', '23–24.11'),
        ('984888', '2', 'разметка 1.14.1, ул. Новая', 'при t не ниже +5 °С'),
        ('984620', '1', 'светофор Т.7, Мичурина/Чапаева', 'контрольный осмотр 25.11')]
trs = ''.join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % r for r in rows)
html, plain = sed_html('01-12/3463', '20.11.2026', '—', 'План-график работ на период 23.11–27.11.2026', [
    'Направляем план-график выполнения работ по заявкам на период с 23.11.2026 по 27.11.2026:',
    '<table border="1" cellspacing="0" cellpadding="3"><tr><th>Заявка</th><th>Поз.</th><th>Объект</th>'
    '<th>Срок</th></tr>' + trs + '</table>'])
plain = ('Исх. № 01-12/3463 от 20.11.2026\n\nПлан-график работ на период 23.11–27.11.2026\n\n'
         + '\n'.join('%s / поз. %s / %s / %s' % r for r in rows) + '\n\n' + SIGN + '\n\n' + ISP + '\n')
add(D('2026-11-20 16:40'), KANC, 'План-график работ на 23.11–27.11.2026 (исх. № 01-12/3463)',
    multipart('alternative', [leaf('text/plain', plain, 'windows-1251', 'quoted-printable'),
                              leaf('text/html', html, 'windows-1251', 'quoted-printable')], '----=_SED_ALT_3463'),
    rev('план-график по нескольким заявкам — только планы'),
    style='sed', subj_cs='windows-1251', subj_mode='Q', extra=SED_HDR, from_cs='windows-1251')

txt = ('Уведомление СЭД «Дело». Еженедельная сводка исполнения документов (16.11–22.11.2026)\n\n'
       'Исходящих документов в адрес ООО «ОМИС-Сервис»: 5\n'
       '  01-12/3489 от 16.11.2026 — О принятии к исполнению заявки № 983901 — доставлено\n'
       '  01-12/3456 от 20.11.2026 — О выполнении работ по заявке № 984157 — доставлено\n'
       '  01-12/3461 от 20.11.2026 — О принятии заявки № 984888 к исполнению — доставлено\n'
       '  01-12/3463 от 20.11.2026 — План-график работ — доставлено\n'
       'Входящих зарегистрировано: 3 (02-07/1160, 02-07/1172, 02-07/1187)\n\n'
       'Вы получили это письмо, так как подписаны на рассылку СЭД. Отписаться: https://sed.dh-belgorod.ru/unsubscribe\n')
add(D('2026-11-23 07:00'), SED, 'Рассылка СЭД: сводка исполнения документов за 16.11–22.11.2026',
    leaf('text/plain', txt, 'windows-1251', 'quoted-printable'),
    ign('автоматическая рассылка СЭД (Precedence: bulk, List-Id)'),
    style='sed', subj_cs='windows-1251', from_cs='windows-1251',
    extra=SED_HDR + [('Precedence', 'bulk'), ('List-Id', 'SED weekly digest <digest.sed.dh-belgorod.ru>'),
                     ('List-Unsubscribe', '<https://sed.dh-belgorod.ru/unsubscribe>'), ('Auto-Submitted', 'auto-generated')])

html, plain = sed_html('01-12/3470', '25.11.2026', 'ОМ-1203 от 23.11.2026',
                       'О заключении дополнительного соглашения', [
    'В связи с увеличением объёмов работ по содержанию технических средств организации дорожного движения '
    'просим рассмотреть проект дополнительного соглашения № 3 к государственному контракту '
    '№ 0126200000426000187 от 15.01.2026 (увеличение цены контракта на 412 380,00 руб., что составляет 8,4 %).',
    'Реквизиты учреждения: ИНН 3123215588, КПП 312301001, ОГРН 1103123004517, р/с 03224643140000002600 '
    'в Отделении Белгород, БИК 011403102.'],
    appl=['Проект дополнительного соглашения № 3 на 4 л.'])
add(D('2026-11-25 10:15'), KANC, 'О заключении дополнительного соглашения № 3',
    multipart('mixed', [
        multipart('alternative', [leaf('text/plain', plain, 'windows-1251', 'base64'),
                                  leaf('text/html', html, 'windows-1251', 'base64')], '----=_SED_ALT_3470'),
        attachment('application/vnd.openxmlformats-officedocument.wordprocessingml.document', b'PK\x03\x04fake-docx',
                   'ДС_3_к_ГК_0126200000426000187.docx'),
    ], '----=_SED_MIX_3470'),
    rev('договорные/ценовые вопросы, ИНН/КПП/ОГРН и номер контракта — никакой заявки и статуса'),
    style='sed', subj_cs='windows-1251', extra=SED_HDR, from_cs='windows-1251')

txt = ('Добрый день!\n\nВаше письмо получено. Директор ГБУ «Дорожное хозяйство» Черкашин А.Н. находится в '
       'командировке до 27.11.2026. Документы для рассмотрения направляйте в канцелярию kanc@dh-belgorod.ru.\n\n'
       'Приёмная, тел. (4722) 33-15-40\n')
add(D('2026-11-25 14:22'), PRIEM, 'Автоматический ответ: О подписании дополнительного соглашения № 3',
    leaf('text/plain', txt, 'windows-1251', 'quoted-printable'),
    ign('автоответ приёмной директора'),
    style='outlook', subj_cs='windows-1251', subj_mode='Q', from_cs='windows-1251',
    extra=OUTLOOK_HDR + [('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes')])


# --------------------------------------------------------------------------
# write
# --------------------------------------------------------------------------
def main():
    os.makedirs(OUTL, exist_ok=True)
    for f in os.listdir(OUTL):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUTL, f))
    L.sort(key=lambda x: x['dt'])
    labels = {}
    reg = {r['number']: r for r in REGISTRY['requests']}
    for i, m in enumerate(L, 1):
        name = '%03d.eml' % i
        dt = m['dt']
        mid = msgid(m['style'], dt)
        hdrs = [('Return-Path', '<%s>' % m['frm'][1]),
                ('Received', 'from %s (%s [10.31.4.%d])\n\tby mx.zakazchik-omis.ru (Postfix) with ESMTPS id %X;\n\t%s'
                 % ('mail.dh-belgorod.ru' if m['frm'][1].endswith(DOMAIN) else 'f%d.i.mail.ru' % (400 + i),
                    'mail.dh-belgorod.ru' if m['frm'][1].endswith(DOMAIN) else 'f%d.i.mail.ru' % (400 + i),
                    20 + i % 200, 0x4B00000 + i * 7717, rfcdate(dt + timedelta(seconds=3)))),
                ('From', addr(m['frm'][0], m['frm'][1], m['from_cs'], m['from_mode'])),
                ('To', m['to']),
                ('Subject', ew(m['subject'], m['subj_cs'], m['subj_mode'])),
                ('Date', rfcdate(dt)),
                ('Message-ID', mid)]
        hdrs += m['extra']
        data = message(hdrs, m['part'])
        with open(os.path.join(OUTL, name), 'wb') as fh:
            fh.write(data)
        lab = m['label']
        if lab['expect'] == 'decided':
            r = reg[lab['request']]
            assert set(lab['positions']) <= set(r['positions']), (name, lab)
            assert dt > datetime.fromisoformat(r['registered_at']), name
        labels[name] = lab
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, 'registry.json'), 'w', encoding='utf-8') as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(L), Counter(v['expect'] for v in labels.values()))


if __name__ == '__main__':
    main()
