#!/usr/bin/env python3
"""Generator of test letters for persona: ИП Хабибуллин Р.Ф. (CCTV / СКУД / домофоны, Казань).

Writes OUT/letters/NNN.eml, OUT/labels.json, OUT/registry.json.
Only the Python standard library (email package) is used; small JPEG "photos"
come from jpegmini.py next to this file.
"""
import base64
import hashlib
import json
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.charset import Charset, BASE64, QP
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from jpegmini import make_jpeg  # noqa: E402

MSK = timezone(timedelta(hours=3))
DISPATCH = ('Диспетчерская ОМИС', 'dispatch@zakazchik-omis.ru')

RINAT = ('Ринат Хабибуллин', 'habibullin@habib-sb.ru')
OFFICE = ('ИП Хабибуллин - офис', 'office@habib-sb.ru')
CRM = ('ИП Хабибуллин Р.Ф. | CRM', 'crm@habib-sb.ru')
NEWS = ('Системы безопасности Хабибуллин', 'news@habib-sb.ru')
DAEMON = ('Mail Delivery System', 'MAILER-DAEMON@mx1.habib-sb.ru')
AIDAR = ('Айдар Галиев', 'aidar.galiev.kzn@gmail.com')
DENIS = ('Денис Шайхутдинов', 'shaykhutdinov.denis@gmail.com')

PORTAL = 'https://habib-sb.bitrix24.ru'

# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------
REGISTRY = {
    "contractor": {
        "name": "ИП Хабибуллин Ринат Фаридович (системы безопасности)",
        "emails": [RINAT[1], OFFICE[1], CRM[1], NEWS[1], DAEMON[1], AIDAR[1], DENIS[1]],
        "domains": ["habib-sb.ru"],
    },
    "requests": [
        {"number": "369114", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T08:40:00+03:00",
         "comment": "БЦ «Сувар Плаза», ул. Спартаковская, 2. Не пишут камеры: 1 — над главным входом, 2 — парковка (уличная), 3 — рампа. Проверить кабель и NVR."},
        {"number": "369587", "positions": ["1", "2"], "registered_at": "2026-11-03T09:15:00+03:00",
         "comment": "Склад, ул. Производственная, 14. СКУД: 1 — турникет на проходной, 2 — дверь склада №2 (электромагнитный замок не держит)."},
        {"number": "369902", "positions": ["1", "2"], "registered_at": "2026-11-04T10:05:00+03:00",
         "comment": "Офисное здание, ул. Баумана, 44. Домофон не открывает: 1 — подъезд 1 (вызывная панель), 2 — подъезд 2 (не читает ключи)."},
        {"number": "370118", "positions": ["1"], "registered_at": "2026-11-05T08:20:00+03:00",
         "comment": "Магазин, ул. Декабристов, 85. Завис сетевой видеорегистратор (NVR), архив не пишется. Замена/ремонт."},
        {"number": "370245", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T11:00:00+03:00",
         "comment": "Столовая производственного корпуса, ул. Тэцевская, 4. Нет изображения: 1 — камера на раздаче, 2 — касса, 3 — склад продуктов, 4 — задний двор."},
        {"number": "370391", "positions": ["1", "2"], "registered_at": "2026-11-09T09:30:00+03:00",
         "comment": "Парковка АБК, ул. Восстания, 100. 1 — камера на въезде (распознавание номеров), 2 — считыватель карт у шлагбаума."},
        {"number": "370560", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T08:50:00+03:00",
         "comment": "АБК, ул. Восстания, 100, корп. 2. СКУД, двери: 1 — главный вход, 2 — бухгалтерия, 3 — серверная."},
        {"number": "370733", "positions": ["1"], "registered_at": "2026-11-11T10:10:00+03:00",
         "comment": "Котельная, пос. Дербышки, ул. Мира, 7. Домофон на калитке не открывает замок."},
        {"number": "370987", "positions": ["1", "2"], "registered_at": "2026-11-12T09:00:00+03:00",
         "comment": "Автобаза, ул. Челюскина, 31. Камеры: 1 — въездные ворота, 2 — ремонтный бокс. Изображение пропадает ночью."},
        {"number": "371206", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T08:30:00+03:00",
         "comment": "ТЦ «Южный», пр. Победы, 91. Нет картинки с камер: П1 — вход, П2 — касса, П3 — склад."},
        {"number": "371448", "positions": ["1", "2"], "registered_at": "2026-11-17T09:40:00+03:00",
         "comment": "Офис, ул. Петербургская, 50. 1 — дверь серверной (СКУД, не пускает по картам), 2 — вызывная панель у входа."},
        {"number": "371650", "positions": ["01", "02", "03"], "registered_at": "2026-11-18T10:20:00+03:00",
         "comment": "Лаборатория, ул. Сибирский тракт, 34. Монтаж дополнительных камер: 01 — коридор 1 эт., 02 — коридор 2 эт., 03 — лестница."},
        {"number": "371871", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-19T08:00:00+03:00",
         "comment": "Общежитие, ул. Короленко, 58. Домофоны: подъезды 1, 2, 3, 4 (не открываются ключами, доводчики)."},
    ],
}

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def dt(s):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=MSK)


def enc_header(text, cs='utf-8', mode='B'):
    try:
        text.encode('ascii')
        return text
    except UnicodeEncodeError:
        pass
    c = Charset(cs)
    c.header_encoding = BASE64 if mode == 'B' else QP
    return Header(text, c).encode(maxlinelen=76)


def enc_addr(pair, cs='utf-8', mode='B'):
    name, addr = pair
    if not name:
        return addr
    try:
        name.encode('ascii')
        if any(ch in name for ch in ',.;:()<>@"'):
            return '"%s" <%s>' % (name, addr)
        return '%s <%s>' % (name, addr)
    except UnicodeEncodeError:
        return '%s <%s>' % (enc_header(name, cs, mode), addr)


def leaf(text, subtype='plain', cs='utf-8', cte='base64', extra_ct='', name=None):
    m = Message()
    ct = 'text/%s; charset="%s"' % (subtype, cs)
    if extra_ct:
        ct += '; ' + extra_ct
    m['Content-Type'] = ct
    m['Content-Transfer-Encoding'] = cte
    raw = text.replace('\n', '\r\n').encode(cs) if cte == 'base64' else text.encode(cs)
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '8bit':
        payload = raw.decode('ascii', 'surrogateescape')
    else:
        payload = raw.decode('ascii')
    m.set_payload(payload)
    return m


def jpeg_part(fname, seed):
    def px(bx, by):
        return 60 + ((bx * 23 + by * 37 + seed * 11) % 140)
    data = make_jpeg(64, 48, px)
    m = Message()
    m['Content-Type'] = 'image/jpeg; name="%s"' % fname
    m['Content-Disposition'] = 'attachment; filename="%s"' % fname
    m['Content-Transfer-Encoding'] = 'base64'
    m['Content-ID'] = '<f_%s>' % hashlib.md5(fname.encode()).hexdigest()[:12]
    m['X-Attachment-Id'] = 'f_%s' % hashlib.md5(fname.encode()).hexdigest()[:12]
    m.set_payload(base64.encodebytes(data).decode('ascii'))
    return m


def multipart(subtype, parts, boundary, extra=''):
    m = Message()
    ct = 'multipart/%s; boundary="%s"' % (subtype, boundary)
    if extra:
        ct += '; ' + extra
    m['Content-Type'] = ct
    for p in parts:
        m.attach(p)
    return m


def html_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def text_to_gmail_html(text):
    """Gmail for Android style: <div dir="auto"> with <br>, quote in gmail_quote."""
    lines = text.split('\n')
    own, quote, qhead = [], [], None
    for i, ln in enumerate(lines):
        if qhead is None and ln.endswith(':') and i + 1 < len(lines) and lines[i + 1].startswith('>'):
            qhead = ln
            continue
        if qhead is not None:
            quote.append(ln)
        else:
            own.append(ln)
    while own and not own[-1].strip():
        own.pop()
    body = '<div dir="auto">' + '<br>'.join(html_escape(x) for x in own) + '</div>'
    if qhead:
        q = '<br>'.join(html_escape(x[1:].lstrip() if x.startswith('>') else x) for x in quote)
        body += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                 'padding-left:1ex">%s</blockquote></div>' % (html_escape(qhead), q))
    return body + '\n'


_counter = [0]


def bnd(tag):
    _counter[0] += 1
    h = hashlib.md5(('%s-%d' % (tag, _counter[0])).encode()).hexdigest()
    return h


def gmail_id(seed):
    h = hashlib.sha1(seed.encode()).digest()
    return '<CA%s@mail.gmail.com>' % base64.b64encode(h + h[:9]).decode().replace('/', '_').replace('+', '-').rstrip('=')


def finish(m, sender, subject, date, to=DISPATCH, cc=None, msgid=None, cs='utf-8', mode='B',
           in_reply_to=None, extra_headers=()):
    # place headers in a natural order: build a fresh container and move payload
    out = Message()
    out['Return-Path'] = '<%s>' % sender[1]
    out['MIME-Version'] = '1.0'
    out['Date'] = format_datetime(date)
    out['From'] = enc_addr(sender, cs, mode)
    out['To'] = enc_addr(to, cs, mode)
    if cc:
        out['Cc'] = enc_addr(cc, cs, mode)
    out['Subject'] = enc_header(subject, cs, mode)
    out['Message-ID'] = msgid
    if in_reply_to:
        out['In-Reply-To'] = in_reply_to
        out['References'] = in_reply_to
    for k, v in extra_headers:
        out[k] = v
    for k, v in m.items():
        out[k] = v
    out._payload = m._payload  # keep raw (8bit surrogate-escaped) payload as is
    return out


# ---- client styles -------------------------------------------------------

def gmail(sender, subject, date, text, photos=(), cte='base64', reply=False, cc=None, html=True):
    seed = '%s|%s|%s' % (sender[1], subject, date)
    alt_parts = [leaf(text, 'plain', 'UTF-8', cte)]
    if html:
        alt_parts.append(leaf(text_to_gmail_html(text), 'html', 'UTF-8', 'quoted-printable'))
    b = '0000000000' + bnd(seed)[:16]
    body = multipart('alternative', alt_parts, b) if html else alt_parts[0]
    if photos:
        parts = [body] + [jpeg_part(fn, i + len(seed)) for i, fn in enumerate(photos)]
        body = multipart('mixed', parts, '0000000000' + bnd(seed + 'mx')[:16])
    irt = gmail_id('reply-to|' + seed) if reply else None
    return finish(body, sender, subject, date, cc=cc, msgid=gmail_id(seed), in_reply_to=irt)


def outlook(sender, subject, date, text, cs='windows-1251', html=True, reply=False):
    seed = '%s|%s|%s' % (sender[1], subject, date)
    h = hashlib.md5(seed.encode()).hexdigest().upper()
    parts = [leaf(text, 'plain', cs, 'quoted-printable')]
    if html:
        paras = ''.join('<p class=MsoNormal>%s<o:p></o:p></p>\n' % (html_escape(x) if x else '&nbsp;')
                        for x in text.split('\n'))
        hb = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
              '<meta http-equiv=Content-Type content="text/html; charset=%s">'
              '<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>'
              '<body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>\n%s</div></body></html>\n'
              % (cs, paras))
        body = multipart('alternative', parts + [leaf(hb, 'html', cs, 'quoted-printable')],
                         '----=_NextPart_000_%s' % h[:20])
    else:
        body = parts[0]
    msgid = '<00%s$%s$%s@habib-sb.ru>' % (h[:10].lower(), h[10:18].lower(), h[18:26].lower())
    irt = '<%s@zakazchik-omis.ru>' % h[4:20].lower() if reply else None
    return finish(body, sender, subject, date, msgid=msgid, cs=cs, mode='B', in_reply_to=irt,
                  extra_headers=[('X-Mailer', 'Microsoft Outlook 16.0'),
                                 ('Thread-Index', 'AdtX' + h[:24].lower()),
                                 ('Content-Language', 'ru')])


def thebat(sender, subject, date, text, cs='windows-1251', reply=False):
    seed = '%s|%s|%s' % (sender[1], subject, date)
    h = hashlib.md5(seed.encode()).hexdigest()
    body = leaf(text, 'plain', cs, '8bit')
    msgid = '<%s.%s@habib-sb.ru>' % (int(h[:8], 16), int(h[8:14], 16))
    irt = '<%s@zakazchik-omis.ru>' % h[14:30] if reply else None
    return finish(body, sender, subject, date, msgid=msgid, cs=cs, mode='Q', in_reply_to=irt,
                  extra_headers=[('X-Mailer', 'The Bat! (v9.4.5) Professional'),
                                 ('Reply-To', sender[1])])


def thunderbird(sender, subject, date, text, cs='KOI8-R', cte='8bit', reply=False, cc=None):
    if cs.lower() == 'koi8-r':  # KOI8-R has no dashes, guillemets or numero sign
        tr = {'—': '-', '–': '-', '«': '"', '»': '"', '№': 'N'}
        for a, b in tr.items():
            text = text.replace(a, b)
            subject = subject.replace(a, b)
    seed = '%s|%s|%s' % (sender[1], subject, date)
    h = hashlib.md5(seed.encode()).hexdigest()
    body = leaf(text, 'plain', cs, cte, extra_ct='format=flowed')
    msgid = '<%s-%s-%s@habib-sb.ru>' % (h[:8], h[8:12], h[12:24])
    irt = '<%s@zakazchik-omis.ru>' % h[20:32] if reply else None
    m = finish(body, sender, subject, date, msgid=msgid, cs=cs, mode='B', in_reply_to=irt, cc=cc,
               extra_headers=[('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) '
                                             'Gecko/20100101 Thunderbird/128.4.2'),
                              ('Content-Language', 'ru')])
    return m


CRM_FOOT = (
    '<hr style="border:none;border-top:1px solid #e0e0e0;margin:24px 0 8px">'
    '<p style="font-size:11px;color:#8a8a8a;line-height:15px">ИП Хабибуллин Ринат Фаридович · ИНН 165812345678 · '
    'ОГРНИП 318169000012345<br>420088, г. Казань, ул. Гвардейская, д. 33, оф. 12 · +7 (843) 211-47-09 · '
    'www.habib-sb.ru<br>Уведомление сформировано CRM по сделке. Отвечать можно прямо на это письмо.<br>'
    '<a href="{portal}/mail/unsubscribe.php?hash={h}" style="color:#8a8a8a">Отписаться от уведомлений по сделкам</a>'
    '</p><img src="{portal}/pub/mail/read.php?tag=crm.deal.{deal}.{h}" width="1" height="1" alt="" '
    'style="display:block;border:0"></td></tr></table></body></html>\n')


def crm(subject, date, deal, deal_title, stage, fields, comment, who='Комментарий монтажника',
        table=None, alt=False, list_unsub=False, extra_headers=()):
    h = hashlib.md5(('%s%s' % (deal, date)).encode()).hexdigest()
    rows = ''.join('<tr><td style="color:#6b6b6b;padding:2px 12px 2px 0">%s</td><td>%s</td></tr>'
                   % (html_escape(k), html_escape(v)) for k, v in fields)
    tbl = ''
    if table:
        head = ''.join('<th style="border:1px solid #ccc;padding:4px 8px;background:#f3f6f9">%s</th>'
                       % html_escape(c) for c in table[0])
        body = ''.join('<tr>' + ''.join('<td style="border:1px solid #ccc;padding:4px 8px">%s</td>'
                                         % html_escape(c) for c in r) + '</tr>' for r in table[1:])
        tbl = ('<table cellspacing="0" style="border-collapse:collapse;font-size:13px;margin:10px 0">'
               '<tr>%s</tr>%s</table>' % (head, body))
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head>'
        '<body style="margin:0;background:#eef2f4;font-family:Arial,Helvetica,sans-serif;font-size:14px">'
        '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">'
        '<tr><td style="background:#2fc6f6;color:#fff;padding:12px 20px;font-size:16px">'
        'ИП Хабибуллин · Системы безопасности</td></tr><tr><td style="padding:16px 20px">'
        '<p style="font-size:15px;margin:0 0 8px"><b>Сделка №%s</b> «%s»</p>'
        '<p style="margin:0 0 10px">Стадия: <span style="background:#e5f7ff;padding:2px 6px">%s</span></p>'
        '<table style="font-size:13px">%s</table>'
        '<p style="margin:14px 0 4px"><b>%s:</b></p>'
        '<div style="border-left:3px solid #2fc6f6;padding:4px 10px;white-space:pre-line">%s</div>%s'
        % (html_escape(subject), deal, html_escape(deal_title), html_escape(stage), rows, html_escape(who),
           html_escape(comment), tbl)
    ) + CRM_FOOT.format(portal=PORTAL, h=h[:20], deal=deal)
    hp = leaf(html, 'html', 'UTF-8', 'quoted-printable')
    if alt:
        plain = 'Сделка №%s «%s»\nСтадия: %s\n%s\n\n%s:\n%s\n' % (
            deal, deal_title, stage, '\n'.join('%s: %s' % kv for kv in fields), who, comment)
        if table:
            plain += '\n' + '\n'.join(' | '.join(r) for r in table) + '\n'
        plain += ('\n--\nИП Хабибуллин Р.Ф., ИНН 165812345678, +7 (843) 211-47-09\n'
                  'Отписаться: %s/mail/unsubscribe.php?hash=%s\n' % (PORTAL, h[:20]))
        body = multipart('alternative', [leaf(plain, 'plain', 'UTF-8', 'base64'), hp], '=_b24_' + h[:24])
    else:
        body = hp
    eh = [('X-Mailer', 'Bitrix24 CRM'), ('X-Bitrix-Deal', str(deal)), ('Reply-To', 'crm+deal%s@habib-sb.ru' % deal)]
    if list_unsub:
        eh.append(('List-Unsubscribe', '<%s/mail/unsubscribe.php?hash=%s>' % (PORTAL, h[:20])))
    eh.extend(extra_headers)
    return finish(body, CRM, subject, date, msgid='<crm.deal.%s.%s@habib-sb.bitrix24.ru>' % (deal, h[:16]),
                  extra_headers=eh)


# --------------------------------------------------------------------------
# letters
# --------------------------------------------------------------------------
L = []  # (date, message, label)


def add(msg, label):
    L.append((msg['Date'], msg, label))


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ONSITE, LEFT = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'

SIG_A = 'Айдар\n8-917-265-40-18'
SIG_D = '--\nДенис Шайхутдинов, монтажник\n+7 987 004-61-39'
SIG_R = ('С уважением,\nХабибуллин Ринат Фаридович\nИП Хабибуллин Р.Ф. | видеонаблюдение, СКУД, домофоны\n'
         'ИНН 165812345678\nтел. (843) 211-47-09, моб. +7 917 390-12-55')

# ===== 369114 Сувар Плаза ===================================================
d = dt('2026-11-02 09:12:40')
add(crm('Сделка №1187: стадия «Принята в работу»', d, 1187, '369114 Сувар Плаза — видеонаблюдение',
        'Принята в работу',
        [('Клиент', 'ООО «ОМИС» (эксплуатация)'), ('Объект', 'ул. Спартаковская, 2'),
         ('Ответственный', 'Галиев Айдар'), ('Дата изменения', '02.11.2026 09:12')],
        'Заявку приняли. Айдар поедет после обеда, возьмёт 2 камеры на подмену и бухту UTP.'),
    D('369114', [], ACC, 'CRM HTML-only letter; deal №1187 is CRM number, request number in deal title; stage + typed comment = accepted'))

add(gmail(AIDAR, '369114 в пути', dt('2026-11-02 13:41:07'),
          'Добрый день. Выехал на Спартаковскую, буду минут через 25-30.\n\n' + SIG_A),
    D('369114', [], WAY, 'bare number in subject, "выехал на ..." = travelling'))

add(gmail(AIDAR, 'Re: Заявка 369114 – Сувар Плаза', dt('2026-11-02 14:18:55'),
          'На месте, приступил. Регистратор в серверной на 3 этаже, охрана проводила.\n\n'
          'пн, 2 нояб. 2026 г., 13:55 Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:\n'
          '> Айдар, добрый день! Подскажите, во сколько будете? Арендаторы спрашивают.\n'
          '> --\n'
          '> Диспетчерская служба ООО «ОМИС»\n'
          '> тел. 8 (843) 590-11-20, доб. 2\n', cte='quoted-printable', reply=True),
    D('369114', [], ONSITE, 'reply under dispatcher question; "на месте, приступил"'))

add(gmail(AIDAR, '369114 поз 1,2 готово', dt('2026-11-02 17:06:31'),
          'Поз.1 — разъём RJ45 окислился, переобжал, камера пишет.\n'
          'Поз.2 — поменял камеру на Hikvision DS-2CD2043G2-I, старую забрал в ремонт.\n'
          'Фото во вложении.\n'
          'По рампе (поз.3) нужен кабель метров 40, завтра докину. С объекта уехал.\n\n' + SIG_A,
          photos=['IMG_20261102_164512.jpg', 'IMG_20261102_165830.jpg']),
    D('369114', ['1', '2'], LEFT, 'positions 1 and 2 finished and left; position 3 only planned for tomorrow'))

add(crm('Сделка №1187: работы выполнены', dt('2026-11-03 15:31:02'), 1187,
        '369114 Сувар Плаза — видеонаблюдение', 'Выполнено',
        [('Объект', 'ул. Спартаковская, 2'), ('Ответственный', 'Галиев Айдар'),
         ('Дата изменения', '03.11.2026 15:30')],
        'Кабель до рампы перетянули, ушло 38 м UTP 4x2x0,5. Камера рампы в сети 192.168.1.64, '
        'архив на NVR пишется по всем трём. Уехали в 15:10.',
        table=[['Поз.', 'Камера', 'Состояние'],
               ['1', 'Главный вход', 'Завершено'],
               ['2', 'Парковка', 'Завершено'],
               ['3', 'Рампа', 'Завершено']], alt=True),
    D('369114', ['1', '2', '3'], LEFT, 'CRM multipart with HTML table: all three rows Завершено; IP and cable metres are distractors'))

# ===== 369587 Производственная 14 ===========================================
add(outlook(RINAT, 'RE: Заявка №369587 Производственная 14 СКУД', dt('2026-11-03 09:48:20'),
            'Добрый день.\nПринято, Денис будет сегодня во второй половине дня.\n\n' + SIG_R + '\n\n'
            'От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n'
            'Отправлено: 3 ноября 2026 г. 9:20\n'
            'Кому: habibullin@habib-sb.ru\n'
            'Тема: Заявка №369587 Производственная 14 СКУД\n\n'
            'Ринат Фаридович, добрый день!\n'
            'Направляем заявку №369587, склад ул. Производственная, 14.\n'
            '1. Турникет на проходной не пропускает по картам.\n'
            '2. Дверь склада №2 - магнитный замок не держит.\n'
            'Договор № 14/2026-ТО от 12.01.2026.\n'
            'Диспетчерская служба ООО «ОМИС», ИНН 1655123456, КПП 165501001\n', reply=True),
    D('369587', [], ACC, 'Outlook windows-1251 QP, Outlook header quote block; contract/INN/KPP numbers in quote'))

add(gmail(DENIS, 'Производственная 14 (369587)', dt('2026-11-03 14:56:12'),
          'Выезжаю на Производственную, турникет и дверь склада. Будем в 15:30\n' + SIG_D),
    D('369587', [], WAY, 'number in brackets after address; "выезжаю" + ETA'))

add(gmail(DENIS, 'Re: Производственная 14 (369587)', dt('2026-11-03 18:22:45'),
          'Турникет (п.1) сделали — на контроллере отошёл разъём считывателя, перепаял, проход по картам есть.\n'
          'По двери склада №2 магнит под замену, ML-300, заказали. Привезу в четверг.\n\n'
          'вт, 3 нояб. 2026 г., 14:56 Денис Шайхутдинов <shaykhutdinov.denis@gmail.com>:\n'
          '> Выезжаю на Производственную, турникет и дверь склада. Будем в 15:30\n', reply=True),
    D('369587', ['1'], LEFT, 'п.1 repaired (result = done); door 2 only planned; own earlier letter quoted'))

add(gmail(DENIS, '369587-2', dt('2026-11-05 11:31:40'),
          'Магнит привезли, я на месте, меняю.', html=False, cte='quoted-printable'),
    D('369587', ['2'], ONSITE, 'position after dash in subject; plain text only'))

fwd_inner = ('---------- Forwarded message ---------\n'
             'От: Денис Шайхутдинов <shaykhutdinov.denis@gmail.com>\n'
             'Date: чт, 5 нояб. 2026 г. в 12:44\n'
             'Subject: 369587-2 ГОТОВО\n'
             'To: <dispetch@zakazchik-omis.ru>\n\n\n'
             'замок ML-300 поставил, дверь держит, фото во вложении. убыл.\n')
add(gmail(AIDAR, 'Fwd: 369587-2 ГОТОВО', dt('2026-11-05 13:02:18'),
          'Денис отправил на неправильный адрес, пересылаю.\n\n' + fwd_inner,
          photos=['IMG_20261105_124102.jpg']),
    D('369587', ['2'], LEFT, 'Gmail forward of crew report (sent originally to mistyped address); forwarded report counts'))

add(outlook(RINAT, 'Акт по заявке 369587', dt('2026-11-06 16:20:05'),
            'Добрый день.\nНаправляем акт выполненных работ № 112 от 05.11.2026 по заявке 369587 '
            '(ул. Производственная, 14) на сумму 14 600,00 руб., НДС не облагается.\n'
            'Просьба подписать и вернуть скан, оригинал передадим с монтажником.\n\n' + SIG_R),
    R('act/price talk about a finished request; reports no new status'))

# ===== 369902 Баумана 44 =====================================================
add(thunderbird(OFFICE, 'Заявка 369902 принята', dt('2026-11-04 10:41:33'),
                'Здравствуйте!\n\nЗаявку 369902 (ул. Баумана, 44, домофон) приняли в работу. \n'
                'Мастер - Айдар Галиев, тел. +7 917 265-40-18.\n\n-- \nГульнара\nофис ИП Хабибуллин Р.Ф.\n'
                '(843) 211-47-09\n'),
    D('369902', [], ACC, 'Thunderbird KOI8-R 8bit, format=flowed'))

add(gmail(AIDAR, 'Re: Заявка 369902 принята', dt('2026-11-04 15:02:09'),
          'Еду на Баумана, пробки, минут 40.\n\n'
          'ср, 4 нояб. 2026 г., 10:41 ИП Хабибуллин - офис <office@habib-sb.ru>:\n'
          '> Здравствуйте!\n'
          '>\n'
          '> Заявку 369902 (ул. Баумана, 44, домофон) приняли в работу.\n'
          '> Мастер - Айдар Галиев, тел. +7 917 265-40-18.\n', reply=True, cc=OFFICE),
    D('369902', [], WAY, 'Re: subject names old status (принята); body says on the way; number also in quote'))

add(gmail(AIDAR, 'Баумана 44', dt('2026-11-04 17:33:50'),
          'По обращению 369902:\n'
          'подъезд 1 — вызывная панель Vizit БВД-М200 заменена, открывает.\n'
          'подъезд 2 — ключи не читает, считыватель RF-3 под замену, с собой такого нет.\n'
          'Поз.1 сделана, я уехал. По 2-й завтра-послезавтра.\n'),
    D('369902', ['1'], LEFT, '"обращение" wording; position 1 done, position 2 only planned'))

add(gmail(AIDAR, '369902 (2)', dt('2026-11-06 10:04:27'),
          'подъезд 2 считыватель поменял, ключи читает. закончил\n\nОтправлено с Android'),
    D('369902', ['2'], LEFT, 'position in brackets in subject; "закончил"'))

# ===== 370118 Декабристов 85 =================================================
add(crm('Сделка №1203 — изменена стадия', dt('2026-11-05 08:55:14'), 1203, 'Магазин Декабристов 85 — NVR',
        'Принята в работу',
        [('№ заявки заказчика', '370118'), ('Объект', 'ул. Декабристов, 85'), ('Ответственный', 'Шайхутдинов Денис')],
        'Регистратор заберём на диагностику, на замену привезём DS-7608NI-K2 (8 каналов). Время выезда сообщим.',
        who='Комментарий менеджера', list_unsub=True),
    D('370118', [], ACC, 'CRM HTML-only with List-Unsubscribe header but typed human comment; request number in a field'))

add(gmail(DENIS, 'Декабристов 85 NVR', dt('2026-11-05 14:07:03'),
          'Прибытие 14:05 — магазин Декабристов 85, заявка 370118. Регистратор висит, начинаю замену.\n' + SIG_D,
          cte='quoted-printable'),
    D('370118', [], ONSITE, 'noun "прибытие" with time; single-position request, none named'))

add(thebat(RINAT, 'Fwd: 370118 Декабристов', dt('2026-11-05 18:02:44'),
           'Добрый вечер. Пересылаю отчёт монтажника по магазину.\n\n'
           'Это пересланное сообщение\n\n'
           'От: Денис Шайхутдинов <shaykhutdinov.denis@gmail.com>\n'
           'Кому: Ринат Хабибуллин <habibullin@habib-sb.ru>\n'
           'Дата: Thursday, November 5, 2026, 5:41:12 PM\n'
           'Тема: 370118 Декабристов\n\n'
           '===8<==============Текст исходного сообщения===============\n'
           'Ринат, на Декабристов закончил. NVR поменял на DS-7608NI-K2, HDD 2ТБ переставил со старого, '
           'архив пишет, 6 камер в сети (192.168.0.64-69). Уехал в 17:40.\nДенис\n'
           '===8<===========Конец текста исходного сообщения===========\n\n'
           '-- \nХабибуллин Р.Ф.\n'),
    D('370118', [], LEFT, 'The Bat! windows-1251 forward of installer report; IP range and HDD size are distractors'))

# ===== 370245 Тэцевская 4 =====================================================
add(gmail(AIDAR, 'Тэцевская 4, столовая', dt('2026-11-06 11:47:19'),
          'Заявку 370245 принял, в понедельник с утра буду. Пропуск на Галиева А.Р.\n\n' + SIG_A),
    D('370245', [], ACC, '"принял" + plan for Monday: acceptance is done'))

add(outlook(RINAT, 'RE: Заявка 370245 закрыта', dt('2026-11-10 11:20:30'),
            'Спасибо! Обращайтесь, всегда рады.\n\n' + SIG_R + '\n\n'
            '-----Original Message-----\n'
            'From: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\n'
            'Sent: Tuesday, November 10, 2026 10:58 AM\n'
            'To: habibullin@habib-sb.ru\n'
            'Subject: Заявка 370245 закрыта\n\n'
            'Ринат Фаридович, по заявке 370245 (столовая, Тэцевская 4) все камеры работают, заявку закрываем. '
            'Спасибо за оперативность.\n', html=False, reply=True),
    R('thanks in reply to dispatcher closing the request; -----Original Message----- quote; nothing reported'))

add(gmail(AIDAR, 'заявка', dt('2026-11-09 08:58:12'),
          'Доброе утро. Я на объекте, охрана требует номер заявки и письмо на допуск. '
          'Скиньте пожалуйста, стою на проходной.\n', html=False),
    R('no request number and no address at all'))

add(gmail(AIDAR, '370245', dt('2026-11-09 08:41:55'), 'выехал на 370245\n'),
    D('370245', [], WAY, 'minimal letter, bare number'))

add(crm('Сделка №1209: монтажник на объекте', dt('2026-11-09 09:31:47'), 1209,
        'Столовая Тэцевская 4 (заявка 370245)', 'Монтажник на объекте',
        [('Объект', 'ул. Тэцевская, 4'), ('Ответственный', 'Галиев Айдар'), ('Время', '09:30')],
        'На месте, пропустили. Начинаю с раздачи.'),
    D('370245', [], ONSITE, 'CRM HTML-only; number in deal title in brackets'))

add(gmail(AIDAR, '370245 поз1 поз2', dt('2026-11-09 13:16:22'),
          '1 и 2 сделал: камера на раздаче — сгорел блок питания 12В 2А, заменил; касса — переобжал коннектор. '
          'Фото во вложении. 3 и 4 после обеда.\n',
          photos=['IMG_20261109_125011.jpg', 'IMG_20261109_130422.jpg', 'IMG_20261109_131005.jpg']),
    D('370245', ['1', '2'], LEFT, 'positions "поз1 поз2" in subject; 1-2 repaired, 3-4 planned'))

add(gmail(AIDAR, 'Re: 370245 поз1 поз2', dt('2026-11-09 17:52:08'),
          '3 и 4 тоже готово, всё пишет на NVR. Кабеля ушло 25 м. Уехал.\n\n'
          'пн, 9 нояб. 2026 г., 13:16 Айдар Галиев <aidar.galiev.kzn@gmail.com>:\n'
          '> 1 и 2 сделал: камера на раздаче — сгорел блок питания 12В 2А, заменил; касса — переобжал коннектор. '
          'Фото во вложении. 3 и 4 после обеда.\n', reply=True),
    D('370245', ['3', '4'], LEFT, 'subject names 1,2 (old) but body reports 3 and 4 done; quote ignored'))

# ===== 370391 парковка Восстания 100 =========================================
add(thebat(RINAT, 'Заявка 370391', dt('2026-11-09 10:15:03'),
           'Добрый день.\n\nЗаявку получили, принимаем в работу. Камеру распознавания номеров (въезд) будем менять '
           'по гарантии, нужен доступ на парковку с 9 до 18.\n\nХабибуллин\n(843) 211-47-09\n'),
    D('370391', [], ACC, 'The Bat! 8bit windows-1251, "принимаем в работу"'))

add(gmail(DENIS, 'Восстания 100 парковка', dt('2026-11-10 09:06:40'),
          'Доброе утро. По 370391 еду, буду к 9:40.\n'
          'Машина Лада Ларгус А 482 КМ 116, пропуск заказан?\n' + SIG_D),
    D('370391', [], WAY, 'on the way + question; car plate numbers are distractors'))

add(outlook(RINAT, 'Допуск на парковку Восстания 100', dt('2026-11-11 09:34:12'),
            'Добрый день.\nВчера по заявке 370391 охрана продержала нашего монтажника на въезде 40 минут — '
            'пропуск на машину (А 482 КМ 116) не был передан на пост.\n'
            'Просим впредь заказывать пропуск заранее, время монтажника оплачивается.\n\n' + SIG_R),
    R('complaint about access delay; no status reported'))

add(gmail(DENIS, '370391 П2 считыватель', dt('2026-11-10 12:31:18'),
          'По считывателю у шлагбаума (П2): заменили на Matrix-II, карты читает, шлагбаум открывается.\n'
          'Камеру на въезде (П1) сняли, отвезу в сервис Hikvision, на неделе привезу.\n', photos=['IMG_20261110_122433.jpg']),
    D('370391', ['2'], LEFT, 'П2 repaired; П1 removed for service = not finished'))

add(crm('Сделка №1219: стадия «Выполнено»', dt('2026-11-13 16:42:29'), 1219, 'Парковка Восстания 100',
        'Выполнено',
        [('Заявка заказчика', '370391'), ('Объект', 'ул. Восстания, 100'), ('Ответственный', 'Шайхутдинов Денис')],
        'Камеру въезда вернули из сервиса (гарантия, акт СЦ № 5531), установили, номера распознаются. Поз. 1 закрыта, уехали.',
        alt=True),
    D('370391', ['1'], LEFT, 'CRM multipart; service act number is a distractor'))

# ===== 370560 АБК корп. 2 СКУД ===============================================
add(thunderbird(OFFICE, 'Заявка 370560 – принята в работу', dt('2026-11-10 09:22:11'),
                '10.11.2026 8:52, Диспетчерская ОМИС пишет:\n'
                '> Направляем заявку 370560. АБК, ул. Восстания, 100, корп. 2, СКУД:\n'
                '> двери 1 (главный вход), 2 (бухгалтерия), 3 (серверная).\n'
                '> Контакт: завхоз Сафин И.И., +7 903 306-77-41\n\n'
                'Добрый день, приняли. Исполнитель Айдар, выезд завтра.\n\nГульнара, офис\n', reply=True),
    D('370560', [], ACC, 'Thunderbird KOI8-R, reply written under the quote'))

add(gmail(AIDAR, '370560 вопрос', dt('2026-11-10 17:40:02'),
          'Добрый вечер. Завтра по СКУДу на Восстания — кто пустит в серверную? И нужен ли допуск на электроработы, '
          'у меня группа III.\n'),
    R('questions before visit; no status'))

add(gmail(AIDAR, '370560', dt('2026-11-11 08:16:39'),
          'Выехал на Восстания 100 корп 2, по СКУДу. Через полчаса на месте.\n', cte='quoted-printable'),
    D('370560', [], WAY, '"через полчаса на месте" = still on the way'))

add(gmail(AIDAR, '370560 дв.1 и дв.3', dt('2026-11-11 12:12:57'),
          'Главный вход (1) — сменил контроллер на Z-5R Net, настроил, карты проходят.\n'
          'Серверная (3) — доводчик подтянул, геркон заменил. Обе двери работают.\n'
          'Бухгалтерия закрыта до завтра, ключа нет.\n'),
    D('370560', ['1', '3'], LEFT, 'doors 1 and 3 finished; door 2 nothing'))

add(gmail(AIDAR, 'Re: 370560 дв.1 и дв.3', dt('2026-11-12 10:41:15'),
          'Я в бухгалтерии, дверь 2, замок снимаю.\n\n'
          'ср, 11 нояб. 2026 г., 12:12 Айдар Галиев <aidar.galiev.kzn@gmail.com>:\n'
          '> Главный вход (1) — сменил контроллер на Z-5R Net, настроил, карты проходят.\n'
          '> Серверная (3) — доводчик подтянул, геркон заменил. Обе двери работают.\n', reply=True),
    D('370560', ['2'], ONSITE, 'subject names doors 1 and 3 from old thread; body: on site at door 2'))

add(gmail(AIDAR, '370560 поз. 2', dt('2026-11-12 14:03:48'),
          'бухгалтерия готово, замок Smartec ST-EL450 новый стоит. выехал с объекта\n'),
    D('370560', ['2'], LEFT, '"выехал с объекта" = left (from, not to)'))

# ===== 370733 Дербышки =======================================================
add(thebat(RINAT, 'Re: заявка 370733 Дербышки', dt('2026-11-11 11:02:36'),
           'Здравствуйте.\n\n'
           'Wednesday, November 11, 2026, 10:14:05 AM, you wrote:\n\n'
           'ДО> Добрый день. Заявка 370733, котельная пос. Дербышки, ул. Мира, 7.\n'
           'ДО> Домофон на калитке не открывает замок. Тел. оператора котельной 8-843-272-15-90.\n\n'
           'Принял. В Дербышки поедем в пятницу, там по пути ещё объект.\n\n-- \nХабибуллин Р.Ф.\n', reply=True),
    D('370733', [], ACC, 'The Bat! initials-prefix quote (ДО>), answer under quote; accepted + plan'))

add(gmail(DENIS, 'Re: заявка 370733 Дербышки', dt('2026-11-12 16:05:51'),
          'Еще не выезжали, Ринат поставил на пятницу. С утра буду.\n\n'
          'чт, 12 нояб. 2026 г., 15:48 Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:\n'
          '> Денис, добрый день. Когда будете в Дербышках? Котельщики ждут.\n', reply=True),
    R('negation "ещё не выезжали" + plan'))

add(gmail(DENIS, 'Дербышки котельная', dt('2026-11-13 09:58:27'),
          'еду в Дербышки на котельную (370733), навигатор показывает 35 мин\n'),
    D('370733', [], WAY, 'number in brackets after object'))

add(gmail(DENIS, 'Re: Дербышки котельная', dt('2026-11-13 13:19:04'),
          'Калитка: трубку домофона поменяли, замок подрегулировали, открывает с трубки и ключом.\n'
          'Пломба на щите № 0045721 была сорвана, поставили новую № 0045788.\n'
          'Убытие с объекта 13:15.\n\n'
          'пт, 13 нояб. 2026 г., 09:58 Денис Шайхутдинов <shaykhutdinov.denis@gmail.com>:\n'
          '> еду в Дербышки на котельную (370733), навигатор показывает 35 мин\n', reply=True,
          photos=['IMG_20261113_131122.jpg']),
    D('370733', [], LEFT, 'request number only in quoted own letter of the same thread; seal numbers distractors; "убытие" noun'))

# ===== 370987 Челюскина 31 ===================================================
add(crm('Сделка №1224: новая стадия', dt('2026-11-12 09:41:09'), 1224, 'Автобаза Челюскина 31 — камеры',
        'Принята в работу',
        [('№ заявки заказчика', '370987'), ('Ответственный', 'Галиев Айдар, Шайхутдинов Денис')],
        'Взяли. Едем вдвоём 13.11 с утра.', alt=True, list_unsub=True),
    D('370987', [], ACC, 'CRM multipart with List-Unsubscribe; typed comment'))

add(crm('Сделка №1224: коммерческое предложение', dt('2026-11-12 14:30:40'), 1224, 'Автобаза Челюскина 31 — камеры',
        'Согласование',
        [('№ заявки заказчика', '370987'), ('Сумма', '10 300 ₽')],
        'По воротам скорее всего камеру менять. Dahua IPC-HFW2431S — 7 800 ₽, работа 2 500 ₽. '
        'Согласуйте, пожалуйста, чтобы взять камеру с собой.', who='Комментарий менеджера'),
    R('price / commercial proposal, asks for approval; no status'))

add(gmail(DENIS, '370987 выезд', dt('2026-11-13 08:05:33'),
          'Выезд на Челюскина 31 в 8:00, вдвоём с Айдаром.\n', html=False),
    D('370987', [], WAY, 'noun "выезд" with past time'))

add(gmail(AIDAR, 'Челюскина 31 прибыли', dt('2026-11-13 08:52:19'),
          'Прибыли на автобазу по заявке 370987. Ворота (кам 1) и бокс (кам 2) смотрим.\n'),
    D('370987', ['1', '2'], ONSITE, 'names both positions (кам 1, кам 2) = whole request'))

add(gmail(AIDAR, '370987', dt('2026-11-13 11:34:45'),
          'Ворота — камера Dahua IPC-HFW2431S заменена, бокс — почистил объектив и перенастроил ИК-подсветку. '
          'Всё пишет на DVR Dahua XVR5108HS. Фото вложил. Уезжаем.\n',
          photos=['IMG_20261113_112801.jpg', 'IMG_20261113_113015.jpg']),
    D('370987', [], LEFT, 'both cameras by description, "уезжаем" after finished work = left'))

add(outlook(RINAT, 'Итоги за 13.11', dt('2026-11-13 19:05:58'),
            'Добрый вечер.\nКоротко по сегодняшним выездам:\n'
            '370733 (Дербышки) — калитка сделана, домофон открывает.\n'
            '370987 (Челюскина 31) — обе камеры работают, одна заменена.\n'
            '370391 — камера въезда установлена после сервиса.\n'
            'Акты подготовим в понедельник.\n\n' + SIG_R),
    R('several different requests in one letter'))

# ===== 371206 ТЦ Южный =======================================================
add(thunderbird(OFFICE, 'ТЦ Южный, пр. Победы 91 — заявка № 371206', dt('2026-11-16 09:10:27'),
                'Добрый день!\nПриняли. Выезд сегодня после 14:00, мастер Денис.\n\nГульнара\n', cs='UTF-8',
                cte='quoted-printable'),
    D('371206', [], ACC, 'Thunderbird UTF-8 QP'))

add(gmail(DENIS, '371206 задерживаемся', dt('2026-11-16 13:22:14'),
          'Добрый день. Пока не выехали, машина на шиномонтаже. Выеду около 14, напишу.\n'),
    R('negation "пока не выехали" + plan'))

add(gmail(DENIS, '371206', dt('2026-11-16 14:06:50'),
          'Выeхал на Пoбeды 91, минут 20.\n'),
    D('371206', [], WAY, 'Latin look-alike e/o inside Cyrillic words'))

add(gmail(DENIS, 'Re: 371206', dt('2026-11-16 14:49:31'),
          'НА МЕСТЕ\n\n'
          'пн, 16 нояб. 2026 г., 14:06 Денис Шайхутдинов <shaykhutdinov.denis@gmail.com>:\n'
          '> Выeхал на Пoбeды 91, минут 20.\n', reply=True, html=False),
    D('371206', [], ONSITE, 'caps, minimal reply'))

add(crm('Сделка №1240: промежуточный отчёт', dt('2026-11-16 18:33:02'), 1240, 'ТЦ Южный пр. Победы 91',
        'В работе',
        [('№ заявки заказчика', '371206'), ('Ответственный', 'Шайхутдинов Денис')],
        'Коммутатор PoE TP-Link TL-SF1008P сгорел, заменили — вход и касса в сети, пишут. '
        'Склад закрыт, ключи у завхоза, придём завтра. С объекта уехали в 18:10.',
        table=[['Позиция', 'Место', 'Статус'],
               ['П1', 'Вход', 'Выполнено'],
               ['П2', 'Касса', 'Выполнено'],
               ['П3', 'Склад', 'Перенесено на 17.11']]),
    D('371206', ['1', '2'], LEFT, 'HTML table: П1, П2 done; П3 postponed (plan only)'))

add(gmail(DENIS, '371260 П3', dt('2026-11-17 10:40:08'),
          'на месте, склад открыли\n'),
    R('request number 371260 is not in the registry (typo of 371206?) — dispatcher cannot be sure'))

add(gmail(DENIS, '371206-3', dt('2026-11-17 11:21:37'),
          'Склад сделал. Камеру переставили, угол обзора согласовали с завхозом. Освободился.\n' + SIG_D),
    D('371206', ['3'], LEFT, '"освободился" = crew free; position after dash'))

# ===== 371448 Петербургская 50 ===============================================
add(outlook(RINAT, 'RE: #371448 Петербургская 50', dt('2026-11-17 10:02:45'),
            'Добрый день.\nЗаявку #371448 взяли в работу. Выезд завтра утром, Айдар.\n'
            'Счёт № 318 от 17.11.2026 выставим после выполнения.\n\n' + SIG_R + '\n\n'
            'От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\n'
            'Отправлено: Tuesday, November 17, 2026 9:45 AM\n'
            'Кому: Ринат Хабибуллин\n'
            'Тема: #371448 Петербургская 50\n\n'
            'Добрый день. 1 - дверь серверной не пускает по картам, 2 - вызывная панель у входа.\n', reply=True),
    D('371448', [], ACC, '# number form; invoice number and date are distractors'))

add(gmail(AIDAR, 'Петербургская 50', dt('2026-11-18 09:21:10'),
          'Доброе утро, по 371448 еду, минут 15\n'),
    D('371448', [], WAY, ''))

add(gmail(AIDAR, 'Re: 371448 Петербургская 50', dt('2026-11-18 09:38:44'),
          'Прибыл.\n', html=False),
    D('371448', [], ONSITE, 'one-word arrival'))

add(gmail(AIDAR, '371448 поз2', dt('2026-11-18 12:16:29'),
          'вызывная панель у входа заменена (BAS-IP AV-03BD), открывание с трубки проверили.\n'
          'По серверной (поз 1) нужен ваш айтишник — кто даст доступ к серверу СКУД?\n'),
    D('371448', ['2'], LEFT, 'поз2 done; question about position 1 does not cancel the report'))

add(thunderbird(OFFICE, 'Fwd: 371448 серверная', dt('2026-11-19 15:07:42'),
                'Пересылаю отчёт Айдара.\n\n'
                '-------- Пересланное сообщение --------\n'
                'Тема: 371448 серверная\n'
                'Дата: Thu, 19 Nov 2026 14:52:10 +0300\n'
                'От: Айдар Галиев <aidar.galiev.kzn@gmail.com>\n'
                'Кому: office@habib-sb.ru\n\n'
                'дверь серверной (1) — считыватель перенастроен, доступ по картам у IT-отдела, '
                'проверили вместе с Ильдаром из вашего IT. Всё, закрыли, уехал.\n'),
    D('371448', ['1'], LEFT, 'Thunderbird KOI8-R forward of installer report'))

# ===== 371650 Сибирский тракт ================================================
add(crm('Сделка №1247: стадия «Принята в работу»', dt('2026-11-18 11:00:51'), 1247,
        'Лаборатория Сибирский тракт 34 (371650)', 'Принята в работу',
        [('Объект', 'ул. Сибирский тракт, 34'), ('Ответственный', 'Шайхутдинов Денис'),
         ('Бюджет', '48 500 ₽')],
        'Монтаж 3 камер, кабель ~120 м, NVR у заказчика есть (Hikvision DS-7616NI-K2). Начнём 19.11.'),
    D('371650', [], ACC, 'CRM; budget and NVR model distractors'))

add(thunderbird(OFFICE, 'Сибирский тракт 34 – время выезда', dt('2026-11-18 12:04:19'),
                'Добрый день.\nПодскажите, на какое время согласовать выезд по заявке 371650 завтра? '
                'Монтажникам нужен доступ на 2 этаж и в щитовую.\n\nГульнара\n'),
    R('question about time/access; no status'))

add(gmail(DENIS, 'Сибирский тракт 34 — 371650', dt('2026-11-19 08:31:26'),
          'Выехали, везём кабель и 3 камеры.\n'),
    D('371650', [], WAY, ''))

add(gmail(DENIS, '371650 кам. 01, 02', dt('2026-11-19 16:56:03'),
          '01 и 02 смонтированы, кабель протянули 84 м, камеры в сети 10.10.5.21 и 10.10.5.22.\n'
          'По лестнице (03) завтра — нужна стремянка побольше. Фото.\n',
          photos=['IMG_20261119_163347.jpg', 'IMG_20261119_164410.jpg']),
    D('371650', ['01', '02'], LEFT, 'positions written 01/02 as in registry; 03 planned'))

add(gmail(DENIS, 'Re: 371650 кам. 01, 02', dt('2026-11-20 12:11:52'),
          'Лестница — камера 3 висит, пишет. Уезжаем.\n\n'
          'чт, 19 нояб. 2026 г., 16:56 Денис Шайхутдинов <shaykhutdinov.denis@gmail.com>:\n'
          '> 01 и 02 смонтированы, кабель протянули 84 м, камеры в сети 10.10.5.21 и 10.10.5.22.\n'
          '> По лестнице (03) завтра — нужна стремянка побольше. Фото.\n', reply=True),
    D('371650', ['03'], LEFT, '"камера 3" = registry position 03 (лестница); subject names old positions'))

# ===== 371871 Короленко 58 ===================================================
add(thunderbird(OFFICE, 'Re: Заявка 371871 Короленко 58', dt('2026-11-19 08:46:55'),
                '19.11.2026 8:05, Диспетчерская ОМИС пишет:\n'
                '> Добрый день. Заявка 371871, общежитие ул. Короленко, 58.\n'
                '> Домофоны, подъезды 1-4: не открывают ключами, доводчики.\n\n'
                'Заявка принята, спасибо. Мастер Айдар.\n\nГульнара\n', reply=True),
    D('371871', [], ACC, 'bottom-posted reply; "заявка принята, спасибо" — acceptance, not mere thanks'))

add(gmail(AIDAR, 'Короленко 58 завтра', dt('2026-11-19 17:31:40'),
          '371871 — завтра в 9:30 буду. Нужен комендант с ключами от щитовой, телефон дайте пожалуйста.\n'),
    R('plan for tomorrow + request for contact; no status yet'))

add(gmail(AIDAR, '371871', dt('2026-11-20 09:01:17'),
          'В пути на Короленко 58, буду в 9:30\n'),
    D('371871', [], WAY, ''))

add(crm('Сделка №1251: промежуточный отчёт', dt('2026-11-20 13:02:33'), 1251, 'Общежитие Короленко 58',
        'В работе',
        [('№ заявки заказчика', '371871'), ('Ответственный', 'Галиев Айдар')],
        'Подъезды 1 и 2: заменены доводчики и магнитные замки, ключи открывают. По 3 и 4 работаем сейчас.',
        table=[['Подъезд', 'Работы', 'Статус'],
               ['1', 'доводчик + замок', 'выполнено'],
               ['2', 'доводчик + замок', 'выполнено'],
               ['3', 'контроллер', 'в работе'],
               ['4', 'контроллер', 'в работе']], alt=True),
    R('different statuses for different positions: 1,2 done, 3,4 in progress on site'))

add(gmail(AIDAR, 'Re: 371871', dt('2026-11-20 16:41:05'),
          'Все 4 подъезда сделаны, домофоны открывают, ключи прописали (120 шт). Уехал.\n\n'
          'пт, 20 нояб. 2026 г., 09:01 Айдар Галиев <aidar.galiev.kzn@gmail.com>:\n'
          '> В пути на Короленко 58, буду в 9:30\n', reply=True),
    D('371871', [], LEFT, 'all four entrances done = whole request; key count is a distractor'))

add(gmail(AIDAR, '371871 подъезд 5', dt('2026-11-20 16:58:39'),
          'Комендант попросил заодно подъезд 5 посмотреть — домофон открывает, просто ключ не был прописан. Прописал.\n'),
    R('position 5 does not exist in request 371871'))

# ===== machine-generated mail ================================================

def bounce():
    date = dt('2026-11-12 15:20:44')
    h = hashlib.md5(b'bounce').hexdigest()
    text = ('This is the mail system at host mx1.habib-sb.ru.\n\n'
            "I'm sorry to have to inform you that your message could not\n"
            'be delivered to one or more recipients. It\'s attached below.\n\n'
            'For further assistance, please send mail to postmaster.\n\n'
            '                   The mail system\n\n'
            '<montazh@habib-sb.ru>: host mx1.habib-sb.ru[local] said: 550 5.1.1\n'
            '    <montazh@habib-sb.ru>: Recipient address rejected: User unknown in local\n'
            '    recipient table\n')
    p1 = leaf(text, 'plain', 'us-ascii', '7bit')
    p1['Content-Description'] = 'Notification'
    ds = Message()
    ds['Content-Type'] = 'message/delivery-status'
    ds['Content-Description'] = 'Delivery report'
    blk1 = Message()
    blk1['Reporting-MTA'] = 'dns; mx1.habib-sb.ru'
    blk1['X-Postfix-Queue-ID'] = '4Qk7Zt0b2Wz1xV3'
    blk1['Arrival-Date'] = 'Thu, 12 Nov 2026 15:20:43 +0300 (MSK)'
    blk2 = Message()
    blk2['Final-Recipient'] = 'rfc822; montazh@habib-sb.ru'
    blk2['Original-Recipient'] = 'rfc822;montazh@habib-sb.ru'
    blk2['Action'] = 'failed'
    blk2['Status'] = '5.1.1'
    blk2['Diagnostic-Code'] = ('smtp; 550 5.1.1 <montazh@habib-sb.ru>: Recipient address rejected: '
                               'User unknown in local recipient table')
    ds.set_payload([blk1, blk2])
    orig = Message()
    orig['Content-Type'] = 'text/rfc822-headers'
    orig['Content-Description'] = 'Undelivered Message Headers'
    orig.set_payload('From: =?UTF-8?B?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>\n'
                     'To: montazh@habib-sb.ru\n'
                     'Subject: ' + enc_header('Заявка 370987 — контакт завхоза автобазы') + '\n'
                     'Date: Thu, 12 Nov 2026 15:20:31 +0300\n'
                     'Message-ID: <a81f2c0e9d@zakazchik-omis.ru>\n')
    body = multipart('report', [p1, ds, orig], '4Qk7Zt0b2Wz1xV3.1794489644/mx1.habib-sb.ru',
                     extra='report-type=delivery-status')
    return finish(body, DAEMON, 'Undelivered Mail Returned to Sender', date,
                  msgid='<20261112122044.4Qk7Zt0b2Wz1xV3@mx1.habib-sb.ru>',
                  extra_headers=[('Auto-Submitted', 'auto-replied')])


add(bounce(), I('delivery failure report (bounce) for dispatcher letter about 370987'))


def mdn():
    date = dt('2026-11-16 09:02:15')
    p1 = leaf('Это уведомление о прочтении для сообщения, которое вы отправили на office@habib-sb.ru.\n\n'
              'Примечание: Уведомление о прочтении означает только то, что сообщение было показано на экране '
              'получателя. Нет гарантии того, что получатель прочитал или понял содержимое сообщения.\n',
              'plain', 'UTF-8', '8bit')
    p2 = Message()
    p2['Content-Type'] = 'message/disposition-notification'
    p2.set_payload('Reporting-UA: office.habib-sb.ru; Thunderbird 128.4.2\n'
                   'Final-Recipient: rfc822;office@habib-sb.ru\n'
                   'Original-Message-ID: <c3d9e1f0a2@zakazchik-omis.ru>\n'
                   'Disposition: manual-action/MDN-sent-manually; displayed\n')
    body = multipart('report', [p1, p2], '------------mdn7A1c9E0b', extra='report-type=disposition-notification')
    return finish(body, OFFICE, 'Уведомление о прочтении (показано) - Заявка № 371206 ТЦ Южный', date,
                  msgid='<7f2b3c10-mdn-4e11@habib-sb.ru>', in_reply_to='<c3d9e1f0a2@zakazchik-omis.ru>',
                  extra_headers=[('User-Agent', 'Mozilla Thunderbird')])


add(mdn(), I('read receipt (MDN) generated by Thunderbird; mentions request number in subject only'))


def calendar_reply():
    date = dt('2026-11-20 18:10:26')
    ics = ('BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n'
           'METHOD:REPLY\nBEGIN:VEVENT\nDTSTART:20261124T070000Z\nDTEND:20261124T080000Z\n'
           'DTSTAMP:20261120T151026Z\nORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\n'
           'UID:omis-planerka-20261124@zakazchik-omis.ru\n'
           'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Айдар Галиев;X-NUM-GUESTS=0:'
           'mailto:aidar.galiev.kzn@gmail.com\n'
           'SUMMARY:Планёрка с подрядчиками (видеонаблюдение/СКУД)\nLOCATION:ул. Островского, 38, каб. 210\n'
           'SEQUENCE:0\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n')
    txt = ('Айдар Галиев принял(а) это приглашение.\n\nПланёрка с подрядчиками (видеонаблюдение/СКУД)\n'
           'Вторник, 24 ноября 2026 г. ⋅ 10:00–11:00\nЧасовой пояс: Европа/Москва\n'
           'Место: ул. Островского, 38, каб. 210\n\n'
           'Приглашение из Google Календаря: https://calendar.google.com/calendar/\n')
    p1 = leaf(txt, 'plain', 'UTF-8', 'base64')
    p2 = leaf('<div>' + html_escape(txt).replace('\n', '<br>') + '</div>', 'html', 'UTF-8', 'quoted-printable')
    p3 = leaf(ics, 'calendar', 'UTF-8', 'base64', extra_ct='method=REPLY')
    body = multipart('alternative', [p1, p2, p3], '0000000000009cd4c30624a1f0b2')
    return finish(body, AIDAR, 'Принято: Планёрка с подрядчиками (видеонаблюдение/СКУД) - вт 24 нояб. 2026 10:00 - 11:00 (MSK)',
                  date, msgid=gmail_id('calendar-reply-aidar'),
                  extra_headers=[('Sender', 'Google Calendar <calendar-notification@google.com>')])


add(calendar_reply(), I('calendar meeting response generated by Google Calendar'))


add(finish(leaf('Здравствуйте!\n\nЯ в отъезде до 30.11.2026, почту читаю нерегулярно.\n'
                'По текущим заявкам звоните в офис: (843) 211-47-09 или пишите office@habib-sb.ru.\n\n'
                'Хабибуллин Р.Ф.\n', 'plain', 'windows-1251', 'quoted-printable'),
           RINAT, 'Автоматический ответ: Заявка 371871 — закрывающие документы', dt('2026-11-23 09:12:03'),
           msgid='<0f3a9bc1d2e4$autoreply$habib-sb.ru>', cs='windows-1251',
           in_reply_to='<b7e4a0c15f@zakazchik-omis.ru>',
           extra_headers=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                          ('X-Mailer', 'Microsoft Outlook 16.0')]),
    I('Outlook out-of-office auto-reply; request number appears only in the quoted subject'))

add(finish(leaf('Здравствуйте! Я в отпуске с 23 по 30 ноября, без связи.\n'
                'По срочным вопросам звоните Айдару Галиеву: +7 917 265-40-18.\n', 'plain', 'UTF-8', 'base64'),
           DENIS, 'Re: 371650 — гарантийный талон на камеры', dt('2026-11-24 11:03:48'),
           msgid=gmail_id('vacation-denis'), in_reply_to='<e21c5d7a90@zakazchik-omis.ru>',
           extra_headers=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk'),
                          ('X-Autoreply', 'yes')]),
    I('Gmail vacation responder'))


def newsletter():
    date = dt('2026-11-25 10:00:00')
    html = ('<!DOCTYPE html><html><body style="font-family:Arial;background:#f4f4f4">'
            '<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">'
            '<h2 style="color:#d4145a">Чёрная пятница: −20% на комплекты видеонаблюдения!</h2>'
            '<p>Только до 30 ноября: комплект из 4 IP-камер 4 Мп + NVR на 8 каналов + HDD 2 ТБ — '
            '<b>39 900 ₽</b> вместо 49 900 ₽. Монтаж по Казани — бесплатно при заказе до 27.11.</p>'
            '<p>Домофоны BAS-IP, СКУД на базе Z-5R — скидка 10%.</p>'
            '<p><a href="https://habib-sb.ru/promo/bf2026?utm_source=email&utm_medium=newsletter">Подробнее</a></p>'
            '<hr><p style="font-size:11px;color:#999">Вы получили это письмо, так как являетесь клиентом '
            'ИП Хабибуллин Р.Ф. <a href="https://habib-sb.ru/unsubscribe?e=dispatch%40zakazchik-omis.ru">Отписаться</a></p>'
            '<img src="https://habib-sb.ru/t/open.gif?c=bf2026&u=1841" width="1" height="1">'
            '</td></tr></table></body></html>\n')
    body = leaf(html, 'html', 'UTF-8', 'quoted-printable')
    return finish(body, NEWS, 'Чёрная пятница: −20% на комплекты видеонаблюдения', date,
                  msgid='<bf2026.1841.dispatch@news.habib-sb.ru>',
                  extra_headers=[('Precedence', 'bulk'), ('List-Id', enc_header('Новости ИП Хабибуллин') + ' <news.habib-sb.ru>'),
                                 ('List-Unsubscribe', '<https://habib-sb.ru/unsubscribe?e=dispatch%40zakazchik-omis.ru>, '
                                                      '<mailto:unsubscribe@habib-sb.ru?subject=unsub-1841>'),
                                 ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                                 ('X-Mailer', 'Unisender')])


add(newsletter(), I('bulk marketing newsletter from the contractor'))

add(crm('Напоминание: по сделке №1187 нет активности 21 день', dt('2026-11-26 07:00:02'), 1187,
        '369114 Сувар Плаза — видеонаблюдение', 'Выполнено',
        [('Последнее изменение', '03.11.2026 15:30'), ('Напоминание', 'автоматическое, еженедельное')],
        'Робот CRM: по сделке давно не было активности. Запланируйте звонок клиенту или закройте сделку.',
        who='Автоматическое уведомление',
        extra_headers=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk')]),
    I('CRM robot reminder, no person writing; mentions old request number'))


# --------------------------------------------------------------------------
# write
# --------------------------------------------------------------------------

def main():
    outdir = os.path.join(HERE, 'letters')
    os.makedirs(outdir, exist_ok=True)
    for f in os.listdir(outdir):
        if f.endswith('.eml'):
            os.remove(os.path.join(outdir, f))
    from email.utils import parsedate_to_datetime
    items = sorted(L, key=lambda t: parsedate_to_datetime(t[0]))
    labels = {}
    for i, (_, msg, lab) in enumerate(items, 1):
        name = '%03d.eml' % i
        with open(os.path.join(outdir, name), 'wb') as fp:
            BytesGenerator(fp, mangle_from_=False, maxheaderlen=0).flatten(msg, linesep='\r\n')
        labels[name] = lab
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as fp:
        json.dump(labels, fp, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, 'registry.json'), 'w', encoding='utf-8') as fp:
        json.dump(REGISTRY, fp, ensure_ascii=False, indent=1)
    print('letters:', len(items))


if __name__ == '__main__':
    main()
