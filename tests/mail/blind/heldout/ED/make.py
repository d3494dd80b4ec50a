#!/usr/bin/env python3
# Generator of test letters for persona ООО «СетьИнтеграция» (blind writer ED).
import base64, quopri, uuid, json, os, random, hashlib, html
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import formataddr, format_datetime
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
random.seed(4471)

TZ = timezone(timedelta(hours=3))
def dt(s):
    return datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=TZ)

def rfcdate(s):
    return format_datetime(dt(s))

DISPATCH = ('Диспетчерская ОМИС', 'dispatch@zakazchik-omis.ru')
KOV = ('Дмитрий Ковалёв', 'd.kovalev@setintegr.ru')
LYS = ('Артём Лысенко', 'a.lysenko@setintegr.ru')
SAF = ('Игорь Сафин', 'i.safin@setintegr.ru')
TAG = ('Тагиров Руслан', 'r.tagirov@setintegr.ru')
GRO = ('Громова Елена', 'e.gromova@setintegr.ru')
SD = ('Service Desk СетьИнтеграция', 'servicedesk@setintegr.ru')

def hdr(s, cs='utf-8', enc='B'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        pass
    c = Charset(cs)
    c.header_encoding = BASE64 if enc == 'B' else QP
    return Header(s, c, maxlinelen=76).encode()

def addr(p, cs='utf-8', enc='B'):
    name, a = p
    return f'{hdr(name, cs, enc)} <{a}>' if name else a

def leaf(text, subtype='plain', cs='utf-8', cte='8bit', params='', extra=()):
    if cs.lower() == 'koi8-r':
        text = text.replace('\u2014', '-').replace('\u2013', '-').replace('«', '"').replace('»', '"').replace('≤', '<=')
    raw = text.encode(cs)
    if cte == 'base64':
        body = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b'\n'):
        body += b'\n'
    h = f'Content-Type: text/{subtype}; charset="{cs}"{params}\nContent-Transfer-Encoding: {cte}\n'
    for x in extra:
        h += x + '\n'
    return h.encode('ascii') + b'\n' + body

def raw_entity(ctype, body_bytes, extra=()):
    h = f'Content-Type: {ctype}\n'
    for x in extra:
        h += x + '\n'
    if not body_bytes.endswith(b'\n'):
        body_bytes += b'\n'
    return h.encode() + b'\n' + body_bytes

def multi(subtype, parts, params='', boundary=None):
    b = boundary or ('----=_NextPart_' + uuid.UUID(int=random.getrandbits(128)).hex[:24])
    out = f'Content-Type: multipart/{subtype};{params}\n\tboundary="{b}"\n\n'.encode()
    out += b'This is a multi-part message in MIME format.\n'
    for p in parts:
        out += f'--{b}\n'.encode() + p
    out += f'--{b}--\n'.encode()
    return out

def message(headers, entity):
    h = ''.join(f'{k}: {v}\n' for k, v in headers if v is not None)
    return h.encode('ascii') + b'MIME-Version: 1.0\n' + entity

def rid():
    return uuid.UUID(int=random.getrandbits(128))

def q(text, prefix='> '):
    return '\n'.join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip('\n').split('\n'))

DISP_SIG = '-- \nПетрова Ирина\nдиспетчер ОМИС\nтел. +7 (495) 600-11-22'

SIG_KOV = '-- \nДмитрий Ковалёв\nведущий инженер СКС\nООО «СетьИнтеграция»\n+7 (916) 555-12-34'
SIG_LYS = '-- \nАртём Лысенко | СетьИнтеграция | сетевой инженер\n+7 (925) 301-77-08'
SIG_SAF = '-- \nИ. Сафин, СетьИнтеграция\n+7 903 245-18-67'
SIG_GRO_TXT = ('С уважением,\nЕлена Громова\nруководитель сервисного направления\n'
               'ООО «СетьИнтеграция»\nИНН 7714987654 / КПП 771401001\n'
               'тел. +7 (495) 120-34-56, моб. +7 (903) 711-45-90')

# ---------------------------------------------------------------- clients

def flow(body, width=72):
    out = []
    for line in body.split('\n'):
        if line.startswith('>') or line == '-- ' or len(line) <= width:
            out.append(line)
            continue
        words = line.split(' ')
        cur = ''
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + ' ')
                cur = w
            else:
                cur = cur + ' ' + w if cur else w
        out.append(cur)
    return '\n'.join(out)

def thunderbird(frm, subj, body, date, irt=None, cte='8bit', to=DISPATCH):
    body = flow(body)
    mid = f'<{rid()}@setintegr.ru>'
    hs = [('Message-ID', mid), ('Date', rfcdate(date))]
    hs += [('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'ru'),
           ('To', addr(to)), ('From', addr(frm)), ('Subject', hdr(subj))]
    if irt:
        hs += [('References', irt), ('In-Reply-To', irt)]
    return message(hs, leaf(body, 'plain', 'UTF-8', cte, '; format=flowed'))

def mutt(frm, subj, body, date, irt=None):
    d = dt(date).astimezone(timezone.utc)
    mid = f'<{d.strftime("%Y%m%d%H%M%S")}.GA{random.randint(1000,9999)}@nb-safin.setintegr.ru>'
    hs = [('Date', rfcdate(date)), ('From', addr(frm, 'koi8-r')), ('To', addr(DISPATCH, 'koi8-r')),
          ('Subject', hdr(subj, 'koi8-r', 'Q')), ('Message-ID', mid)]
    if irt:
        hs += [('References', irt), ('In-Reply-To', irt)]
    hs += [('User-Agent', 'Mutt/2.2.9 (2022-11-12)')]
    return message(hs, leaf(body, 'plain', 'koi8-r', '8bit', extra=('Content-Disposition: inline',)))

def yandex_html(text):
    out = []
    for para in text.split('\n'):
        out.append(f'<div>{html.escape(para) if para else "&nbsp;"}</div>')
    return '<div>' + ''.join(out) + '</div>'

def yandex(frm, subj, body, date, quote=None, irt=None):
    mid = f'<{random.randint(10**12, 10**13)}@mail.yandex.ru>'
    text = body + '\n\n--\nОтправлено из мобильной Яндекс Почты'
    htm = yandex_html(body) + '<div>&nbsp;</div><div>-- <br />Отправлено из мобильной Яндекс Почты</div>'
    if quote:
        qhead, qbody = quote
        text += '\n\n' + qhead + '\n' + q(qbody)
        htm += ('<div>&nbsp;</div><div>' + html.escape(qhead) + '</div><blockquote>' +
                yandex_html(qbody) + '</blockquote>')
    hs = [('From', addr(frm)), ('To', addr(DISPATCH)), ('Subject', hdr(subj)),
          ('Message-Id', mid), ('Date', rfcdate(date)), ('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')]
    if irt:
        hs += [('In-Reply-To', irt), ('References', irt)]
    ent = multi('alternative', [leaf(text, 'plain', 'utf-8', 'base64'),
                                leaf('<div>' + htm + '</div>', 'html', 'utf-8', 'base64')])
    return message(hs, ent)

OUTLOOK_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--
/* Font Definitions */
@font-face {font-family:"Cambria Math";}
@font-face {font-family:Calibri;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink {color:#0563C1;text-decoration:underline;}
span.EmailStyle18 {mso-style-type:personal-reply;font-family:"Calibri",sans-serif;color:windowtext;}
.MsoChpDefault {mso-style-type:export-only;font-size:10.0pt;}
@page WordSection1 {size:612.0pt 792.0pt;margin:2.0cm 42.5pt 2.0cm 3.0cm;}
div.WordSection1 {page:WordSection1;}
--></style></head><body lang=RU link="#0563C1" vlink="#954F72" style='word-wrap:break-word'><div class=WordSection1>'''

def mso_paras(text):
    out = []
    for l in text.split('\n'):
        if l.strip():
            out.append(f'<p class=MsoNormal>{html.escape(l)}<o:p></o:p></p>')
        else:
            out.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
    return '\n'.join(out)

def mso_table(rows):
    h = ('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 '
         'style="border-collapse:collapse;border:none">')
    for i, r in enumerate(rows):
        h += '<tr>'
        for c in r:
            cell = html.escape(c)
            if i == 0:
                cell = f'<b>{cell}</b>'
            h += (f'<td valign=top style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                  f'<p class=MsoNormal>{cell}<o:p></o:p></p></td>')
        h += '</tr>\n'
    return h + '</table>'

def outlook_quote_block(q_from, q_sent, q_to, q_subj, q_body):
    txt = f'От: {q_from}\nОтправлено: {q_sent}\nКому: {q_to}\nТема: {q_subj}\n\n{q_body}'
    htm = ("<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
           f"<p class=MsoNormal><b>От:</b> {html.escape(q_from)}<br><b>Отправлено:</b> {html.escape(q_sent)}"
           f"<br><b>Кому:</b> {html.escape(q_to)}<br><b>Тема:</b> {html.escape(q_subj)}<o:p></o:p></p></div></div>"
           '<p class=MsoNormal><o:p>&nbsp;</o:p></p>' + mso_paras(q_body))
    return txt, htm

def outlook(subj, parts, date, quote=None, irt=None, html_only=False, frm=GRO, cs='windows-1251',
            attach=None, extra_headers=()):
    """parts: list of ('t', text) or ('table', rows)"""
    txt, htm = [], []
    for kind, val in parts:
        if kind == 't':
            txt.append(val)
            htm.append(mso_paras(val))
        else:
            txt.append('\n'.join('\t'.join(r) for r in val))
            htm.append(mso_table(val) + '<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
    if quote:
        qt, qh = outlook_quote_block(*quote)
        txt.append('\n' + qt)
        htm.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>' + qh)
    text = '\n'.join(txt)
    page = OUTLOOK_HEAD + '\n'.join(htm) + '</div></body></html>'
    if cs != 'windows-1251':
        page = page.replace('charset=windows-1251', f'charset={cs}')
    d = dt(date)
    mid = f'<{random.getrandbits(48):012x}${random.getrandbits(32):08x}${random.getrandbits(32):08x}$@setintegr.ru>'
    ti = base64.b64encode(os.urandom(22)).decode()
    hs = [('From', addr(frm, cs)), ('To', addr(DISPATCH, cs)), ('Subject', hdr(subj, cs)),
          ('Date', rfcdate(date)), ('Message-ID', mid)]
    if irt:
        hs += [('In-Reply-To', irt), ('References', irt)]
    hs += [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', ti), ('Content-Language', 'ru')]
    hs += list(extra_headers)
    if html_only:
        ent = leaf(page, 'html', cs, 'quoted-printable')
    else:
        ent = multi('alternative', [leaf(text, 'plain', cs, 'quoted-printable'),
                                    leaf(page, 'html', cs, 'quoted-printable')])
    if attach is not None:
        ent = multi('mixed', [ent, raw_entity('message/rfc822', attach)])
    return message(hs, ent)

def outlook_plain(subj, body, date, irt=None, cs='koi8-r'):
    mid = f'<{random.getrandbits(48):012x}${random.getrandbits(32):08x}${random.getrandbits(32):08x}$@setintegr.ru>'
    hs = [('From', addr(GRO, cs)), ('To', addr(DISPATCH, cs)), ('Subject', hdr(subj, cs)),
          ('Date', rfcdate(date)), ('Message-ID', mid)]
    if irt:
        hs += [('In-Reply-To', irt), ('References', irt)]
    hs += [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', base64.b64encode(os.urandom(22)).decode()),
           ('Content-Language', 'ru')]
    return message(hs, leaf(body, 'plain', cs, 'quoted-printable'))

SD_FOOT = ('--\nЭто сообщение сформировано системой Service Desk ООО «СетьИнтеграция».\n'
           'Отвечая на письмо, сохраняйте в теме номер тикета в квадратных скобках.\n'
           'Портал: https://sd.setintegr.ru  |  Линия поддержки: +7 (495) 120-34-50')

def sd(ticket, subj, fields, comment_who, comment, date, html_only=False, auto=False, cte='quoted-printable'):
    lines = ['Здравствуйте!', '', 'По вашему обращению есть обновление.', '']
    lines += [f'{k}: {v}' for k, v in fields]
    if comment is not None:
        lines += ['', f'Комментарий ({comment_who}):', comment]
    lines += ['', SD_FOOT]
    text = '\n'.join(lines)
    rows = ''.join(f'<tr><td style="color:#666;padding:2px 12px 2px 0">{html.escape(k)}</td>'
                   f'<td style="padding:2px 0"><b>{html.escape(v)}</b></td></tr>' for k, v in fields)
    com = ''
    if comment is not None:
        com = ('<div style="margin-top:14px;padding:10px;background:#f4f6f8;border-left:3px solid #2a7ae2">'
               f'<div style="color:#666;font-size:12px">Комментарий ({html.escape(comment_who)})</div>'
               f'<div style="white-space:pre-wrap">{html.escape(comment)}</div></div>')
    htm = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">'
           '<div style="background:#1d3557;color:#fff;padding:8px 12px">СетьИнтеграция · Service Desk</div>'
           '<p>Здравствуйте!</p><p>По вашему обращению есть обновление.</p>'
           f'<table>{rows}</table>{com}'
           '<hr><p style="color:#999;font-size:11px">' + html.escape(SD_FOOT).replace('\n', '<br>') +
           '</p></body></html>')
    stamp = int(dt(date).timestamp())
    hs = [('From', addr(SD)), ('To', addr(DISPATCH)), ('Reply-To', 'servicedesk@setintegr.ru'),
          ('Subject', hdr(subj)), ('Date', rfcdate(date)),
          ('Message-ID', f'<{ticket}.{stamp}.{random.randint(100,999)}@sd.setintegr.ru>'),
          ('X-Mailer', 'SD-Notifier/3.4'), ('X-SD-Ticket', ticket)]
    if auto:
        hs.append(('Auto-Submitted', 'auto-generated'))
    if html_only:
        ent = leaf(htm, 'html', 'utf-8', cte)
    else:
        ent = multi('alternative', [leaf(text, 'plain', 'utf-8', cte), leaf(htm, 'html', 'utf-8', cte)])
    return message(hs, ent)

# ---------------------------------------------------------------- letters
L = []  # (date, bytes, label)
def add(date, data, label):
    L.append((date, data, label))

def D(request, positions, status, note):
    return {'expect': 'decided', 'request': request, 'positions': positions, 'status': status, 'note': note}
def R(note):
    return {'expect': 'review', 'note': note}
def I(note):
    return {'expect': 'ignored', 'note': note}

def dmid(tag):
    return f'<{tag}.{random.getrandbits(40):x}@zakazchik-omis.ru>'

# ===== 300412 СКС Управа (1,2,3)
add('2026-11-02 10:12', sd('INC0012345', '[INC0012345] Заявка 300412 — статус: В работе',
    [('Тикет', 'INC0012345'), ('Номер заказчика', '300412'), ('Статус', 'В работе'),
     ('Ответственный', 'Ковалёв Дмитрий'), ('Объект', 'Управа р-на Басманный, Старая Басманная ул., 11')],
    'Ковалёв Д.', 'Заявку приняли, СКС по этажам и серверную берём на себя. Выезд планируем на вт 03.11 '
    'с утра, нужен доступ в серверную (каб. 014) и ключ от щитовой.', '2026-11-02 10:12'),
    D('300412', [], 'заявка принята', 'service-desk mail with engineer comment «Заявку приняли»; no position numbers'))

add('2026-11-03 08:41', thunderbird(KOV, 'Заявка 300412 — выезд',
    'Доброе утро!\n\nВыехали на site по заявке 300412, ETA минут 40 — на Садовом пробка.\n'
    'Со мной монтажник Пахомов А.В., внесите его тоже в список на проходную, плиз.\n\n' + SIG_KOV,
    '2026-11-03 08:41'),
    D('300412', [], 'подрядчик в пути', '«Выехали на site ... ETA 40» = travelling now'))

add('2026-11-03 09:37', thunderbird(KOV, '300412 онсайт',
    'Зачекинились в 09:30, охрана пропустила. Раскатываем бухты, щитовую открыли.\n\n' + SIG_KOV,
    '2026-11-03 09:37'),
    D('300412', [], 'подрядчик на месте', 'number in subject only, «зачекинились» = arrived'))

add('2026-11-03 18:02', thunderbird(KOV, '300412 поз 1 done',
    'Коллеги, по 300412:\n\n'
    'П1 done — 24 линии кат.6 протянули, протестили Fluke DSX-5000, все 24 PASS. Протоколы пришлю PDF-кой.\n'
    'П2, П3 — продолжим в четверг.\n\nС объекта уехали в 17:50.\n\n' + SIG_KOV, '2026-11-03 18:02'),
    D('300412', ['1'], 'подрядчик убыл', 'P1 done and crew left; P2/P3 only planned'))

m_disp = dmid('q300412p2')
add('2026-11-05 09:14', thunderbird(KOV, 'Re: 300412 поз 2',
    '05.11.2026 08:55, Диспетчерская ОМИС пишет:\n' +
    q('Дмитрий, добрый день.\nКогда будете по позиции 2? Ответственный на объекте спрашивает.\n\n' + DISP_SIG) +
    '\n\nУже онсайт с 9:05, третий этаж, тянем кабель по коридору в лотке.\n'
    'Ответственному передайте, что каб. 312 нужен открытым после обеда.\n\n-- \nД.К.',
    '2026-11-05 09:14', irt=m_disp),
    D('300412', ['2'], 'подрядчик на месте', 'bottom-posted reply; request and position only in subject «Re: 300412 поз 2»'))

add('2026-11-05 18:25', thunderbird(KOV, '300412 — П2, П3 закрыты',
    'По второй и 3-й позиции закончили: кабель уложен, патч-панель в серверной (стойка 42U, юниты 30-31) '
    'расшита и промаркирована, 48 портов прозвонены.\n'
    'Убыли с объекта в 18:10. Акт КС-2 № А-1187 оставили у завхоза на подпись.\n\n' + SIG_KOV,
    '2026-11-05 18:25'),
    D('300412', ['2', '3'], 'подрядчик убыл', '«по второй и 3-й позиции закончили ... убыли»; act number is a distractor'))

add('2026-11-26 12:05', outlook('Счёт по заявке 300412',
    [('t', 'Ирина, добрый день!\n\nНаправляем счёт № 1187 от 25.11.2026 и акт № А-1187 по договору '
           '№ 47/2026-СКС за работы по заявке 300412. Сумма 186 400,00 руб., в т.ч. НДС 20%.\n'
           'Просим подписать акт и вернуть нам один экземпляр курьером или через ЭДО.\n\n' + SIG_GRO_TXT)],
    '2026-11-26 12:05'),
    R('invoice/act for finished work — money talk, reports no new status'))

# ===== 300417 коммутатор МФЦ (1)
add('2026-11-02 13:47', outlook('RE: Заявка № 300417 замена коммутатора МФЦ',
    [('t', 'Добрый день, Ирина!\n\nЗаявку № 300417 приняли в работу. Коммутатор Cisco C9200L-24P-4G-E на замену '
           'есть у нас на складе (S/N FOC2519Y0QZ), инженер Тагиров выедет завтра к открытию МФЦ.\n'
           'Внутренний номер у нас SR-4452.\n\n' + SIG_GRO_TXT)],
    '2026-11-02 13:47',
    quote=('Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>', 'понедельник, 2 ноября 2026 г. 13:05',
           'Громова Елена <e.gromova@setintegr.ru>', 'Заявка № 300417 замена коммутатора МФЦ',
           'Елена, добрый день.\nНаправляем заявку 300417: в серверной МФЦ (ул. Профсоюзная, 56) вышел из строя '
           'коммутатор доступа, не работают PoE-порты (камеры, телефоны). Просим принять в работу.\n\n'
           'Петрова Ирина, диспетчер ОМИС'),
    irt=dmid('z300417')),
    D('300417', [], 'заявка принята', 'Outlook HTML, windows-1251; «приняли в работу»; visit tomorrow is only a plan'))

add('2026-11-03 08:06', yandex(TAG, '300417', 'Выехал, буду в 9:00-9:15', '2026-11-03 08:06'),
    D('300417', [], 'подрядчик в пути', 'mobile one-liner, number only in subject'))

add('2026-11-03 11:24', yandex(TAG, 'Re: 300417',
    'Свитч поменял, конфиг залил с бэкапа (running-config от 28.10), Gi1/0/1-24 up, PoE на камерах и телефонах есть.\n'
    'Старый забираю на RMA. Уехал.', '2026-11-03 11:24',
    quote=('03.11.2026, 10:30, "Диспетчерская ОМИС" <dispatch@zakazchik-omis.ru>:',
           'Руслан, как дела по МФЦ? Камеры на входе до сих пор не работают.'),
    irt=dmid('q300417')),
    D('300417', [], 'подрядчик убыл', 'switch replaced, «Уехал»; top-posted over Yandex quote'))

# ===== 301208 Wi-Fi (1,2)
add('2026-11-05 09:48', sd('SR-4471', '[SR-4471] Обращение взято в работу (301208)',
    [('Тикет', 'SR-4471'), ('Номер заказчика', '301208'), ('Статус', 'Назначено'), ('Исполнитель', 'Лысенко Артём')],
    'Лысенко А.', 'Принял. Две точки Aruba AP-505 под актовый зал и приёмную есть в наличии, выезд согласую с '
    'ответственным.', '2026-11-05 09:48', cte='base64'),
    D('301208', [], 'заявка принята', 'service desk, engineer comment «Принял»; request number in brackets in subject'))

add('2026-11-06 10:05', thunderbird(LYS, '301208 — П1',
    'поз.1 (актовый зал) — онсайт с 9:50, монтируем AP на потолок, линия до кросса есть.\n\n' + SIG_LYS,
    '2026-11-06 10:05'),
    D('301208', ['1'], 'подрядчик на месте', '«поз.1 — онсайт»'))

add('2026-11-06 12:30', thunderbird(LYS, '301208 поз 2 — доп. работы?',
    'Ирина, добрый день.\n\nПо 301208 поз 2: в приёмной до места установки точки нет линии, надо тянуть ~15 м '
    'кабеля в коробе. Это доп. работы, примерно 4 500 р. Согласуете?\n'
    'Без этого повесить точку могу только у двери, покрытие будет так себе.\n\n' + SIG_LYS,
    '2026-11-06 12:30'),
    R('question / extra-works price approval, no status'))

add('2026-11-06 15:40', thunderbird(LYS, 'Re: 301208 — П1',
    '06.11.2026 10:05, Артём Лысенко пишет:\n' +
    q('поз.1 (актовый зал) — онсайт с 9:50, монтируем AP на потолок, линия до кросса есть.') +
    '\n\nП1 и П2 готово. Точки AP-505 прописаны на контроллере 10.12.4.10, SSID gov-staff в VLAN 210, '
    'гостевая в VLAN 299. Покрытие проверил, в приёмной -52 dBm.\n'
    'Короб согласовали с вашим завхозом на месте, кабель дотянули.\n'
    'Съехали в 15:30, таска SR-4471 закрыта.\n\n' + SIG_LYS, '2026-11-06 15:40'),
    D('301208', ['1', '2'], 'подрядчик убыл', 'Re: subject names old «П1» letter; new text: П1 и П2 готово, съехали'))

# ===== 301955 обследование (1..4)
add('2026-11-06 11:20', outlook('Заявка 301955 — обследование серверных, подтверждение',
    [('t', 'Ирина, добрый день!\n\nПодтверждаем приём заявки 301955 в работу. График выездов:'),
     ('table', [['Поз.', 'Адрес', 'Статус', 'План'],
                ['1', 'ул. Новослободская, 14', 'принята', '09.11'],
                ['2', 'ул. Дубининская, 35', 'принята', '09.11'],
                ['3', 'пр-т Мира, 41', 'принята', '10.11'],
                ['4', 'пр-т Вернадского, 88', 'принята', '11.11']]),
     ('t', 'Инженер — Сафин Игорь, +7 903 245-18-67.\n\n' + SIG_GRO_TXT)],
    '2026-11-06 11:20'),
    D('301955', ['1', '2', '3', '4'], 'заявка принята', 'HTML table row per position, all «принята»'))

add('2026-11-09 09:18', mutt(SAF, '301955/1 на месте',
    'Новослободская 14 (301955), поз. 1 - прибыл в 09:10, завхоз встретил, начинаю обследование.\n\n' + SIG_SAF,
    '2026-11-09 09:18'),
    D('301955', ['1'], 'подрядчик на месте', 'KOI8-R mutt; number in brackets after the address; street number 14 is a distractor'))

add('2026-11-09 12:58', mutt(SAF, '301955',
    'п.1 закончил, фото и замеры есть.\nВыезжаю на Дубининскую, это п.2, буду минут через 25.\n\n' + SIG_SAF,
    '2026-11-09 12:58'),
    R('different statuses for different positions: п.1 finished, п.2 on the way'))

add('2026-11-09 13:52', mutt(SAF, 'Re: 301955',
    'On Mon, Nov 09, 2026 at 13:30:12 +0300, Диспетчерская ОМИС wrote:\n'
    'ИП> Игорь, подтвердите прибытие на Дубининскую (п.2).\n'
    'ИП> Там вас ждёт Соколов, тел. 8-916-204-33-10.\n\n'
    'п.2 - прибыл 13:45, Соколов на месте.\n\n' + SIG_SAF, '2026-11-09 13:52', irt=dmid('q301955')),
    D('301955', ['2'], 'подрядчик на месте', 'ИП> initials quoting; new text «п.2 - прибыл 13:45»'))

add('2026-11-10 17:05', outlook('RE: Заявка 301955 — обследование серверных, подтверждение',
    [('t', 'Ирина, добрый вечер.\n\nАктуальное состояние по 301955:'),
     ('table', [['Поз.', 'Адрес', 'Состояние'],
                ['1', 'Новослободская, 14', 'выполнено, инженер убыл 09.11 в 12:50'],
                ['2', 'Дубининская, 35', 'выполнено, инженер убыл 09.11 в 16:30'],
                ['3', 'пр-т Мира, 41', 'выполнено, инженер убыл 10.11 в 15:10'],
                ['4', 'пр-т Вернадского, 88', 'перенос на 12.11 — нет ключей от серверной']]),
     ('t', SIG_GRO_TXT)],
    '2026-11-10 17:05'),
    D('301955', ['1', '2', '3'], 'подрядчик убыл', 'HTML table: 1-3 done and left, 4 only postponed'))

add('2026-11-11 17:00', mutt(SAF, '301955 п.4 - контакт коменданта?',
    'Ирина, добрый вечер.\nПодскажите контакт коменданта на Вернадского 88 (п.4)? Ключей от серверной опять нет, '
    'а на 12.11 у меня туда выезд.\n\n' + SIG_SAF, '2026-11-11 17:00'),
    R('question only; trip on 12.11 is a plan'))

add('2026-11-12 15:52', mutt(SAF, '301955 поз.4 - убытие',
    'Вернадского 88, позиция 4: обследование завершено, убытие 15:40.\n'
    'Отчёт по всем 4 серверным Елена пришлёт до 17.11.\n\n' + SIG_SAF, '2026-11-12 15:52'),
    D('301955', ['4'], 'подрядчик убыл', 'noun «убытие 15:40»; «всем 4 серверным» is not a position'))

# ===== 302340 VLAN 120 (1)
add('2026-11-09 08:05', message([
    ('From', addr(('Zabbix СетьИнтеграция', 'zabbix@setintegr.ru'))), ('To', addr(DISPATCH)),
    ('Subject', 'PROBLEM: Interface Gi1/0/24(): Link down on sw-floor3'),
    ('Date', rfcdate('2026-11-09 08:05')), ('Message-ID', f'<zbx.4417202.{rid().hex[:10]}@mon.setintegr.ru>'),
    ('Auto-Submitted', 'auto-generated'), ('X-Mailer', 'Zabbix 6.4')],
    leaf('Problem started at 07:58:41 on 2026.11.09\nProblem name: Interface Gi1/0/24(): Link down\n'
         'Host: sw-floor3 (10.12.4.3)\nSeverity: Average\nOperational data: Current state: lowerLayerDown\n'
         'Original problem ID: 4417202\n', 'plain', 'utf-8', '7bit')),
    I('Zabbix monitoring alert, machine generated'))

add('2026-11-09 08:33', sd('INC0012398', '[INC0012398] Статус изменён: В работе',
    [('Тикет', 'INC0012398'), ('Обращение заказчика', '302340'), ('Приоритет', 'P2 (высокий)'), ('Статус', 'В работе')],
    'дежурный инженер Лысенко А.', 'Взял. Смотрю удалённо, что с VLAN 120; если не поднимется — выезжаю.',
    '2026-11-09 08:33'),
    D('302340', [], 'заявка принята', 'service desk, engineer «Взял»; departure is conditional plan'))

add('2026-11-09 08:52', thunderbird(LYS, '302340 выезд',
    'Удалённо не вылечилось — до Gi1/0/24 на sw-floor3 не достучаться.\nЕду к вам, ETA 30 мин.\n\n' + SIG_LYS,
    '2026-11-09 08:52', cte='quoted-printable'),
    D('302340', [], 'подрядчик в пути', '«Еду к вам, ETA 30 мин»; QP body'))

m22 = dmid('q302340')
add('2026-11-09 10:44', thunderbird(LYS, 'Re: Заявка 302340 — нет связи VLAN 120',
    '09.11.2026 10:20, Диспетчерская ОМИС пишет:\n' +
    q('Артём, прошу сообщить статус по 302340, в каб. 305 до сих пор нет сети.\n\n' + DISP_SIG) +
    '\n\nПофиксили. На Gi1/0/24 (trunk к sw-floor3) после чьей-то правки конфига стоял не тот native VLAN, '
    'вернул, trunk поднялся, 10.12.4.1 пингуется, в каб. 305 всё работает.\n'
    'Таска закрыта, я уехал в 10:35.\n\n' + SIG_LYS, '2026-11-09 10:44', irt=m22),
    D('302340', [], 'подрядчик убыл', 'bottom posting; «пофиксили ... я уехал»; VLAN/port/IP/cabinet numbers are distractors'))

add('2026-11-09 12:10', thunderbird(LYS, 'Re: Re: Заявка 302340 — нет связи VLAN 120',
    '09.11.2026 11:48, Диспетчерская ОМИС пишет:\n' +
    q('Спасибо! Просим прислать акт выполненных работ и причину инцидента.\n\n' +
      '09.11.2026 10:44, Артём Лысенко пишет:\n> Пофиксили. ... Таска закрыта, я уехал в 10:35.') +
    '\n\nОк, принято. RCA и акт пришлю завтра до обеда.\n\n' + SIG_LYS, '2026-11-09 12:10', irt=dmid('q302340b')),
    R('acknowledgement + promise of documents; the departure is only in the quote'))

# ===== 302430 (not in registry)
add('2026-11-10 08:50', thunderbird(LYS, 'Заявка 302430 — выехал',
    'Выехал по заявке 302430 (Б. Якиманка, 26), буду минут через 40.\n\n' + SIG_LYS, '2026-11-10 08:50'),
    R('request 302430 is not in the registry (maybe a typo of 302340, which is already closed)'))

# ===== 302718 шкаф+HPE (1,2)
add('2026-11-10 11:12', outlook('RE: Заявка 302718',
    [('t', 'Ирина, добрый день!\n\nЗаявку 302718 получили, в работу взяли. Шкаф 19" 42U (ЦМО ШТК-М-42.6.10) и HPE 1920-48G '
           'уже у нас на складе. Дату выезда согласую с вашим ответственным отдельно.\n\n' + SIG_GRO_TXT)],
    '2026-11-10 11:12', irt=dmid('z302718')),
    D('302718', [], 'заявка принята', '«в работу взяли»; visit date still to be agreed'))

add('2026-11-11 11:30', outlook('RE: 302718 — доступ на объект',
    [('t', 'Ирина, по 302718 уже второй раз срывается доступ: вчера ответственный не брал трубку, сегодня не заказан '
           'пропуск на машину. Бригада простаивает. Просим решить вопрос, иначе сроки по заявке сдвигаются.\n\n' + SIG_GRO_TXT)],
    '2026-11-11 11:30'),
    R('complaint about access, no status'))

add('2026-11-11 16:40', thunderbird(KOV, '302718 — выезд завтра',
    'Завтра, 12.11, выезжаем по 302718 к 10:00.\nНужен грузовой лифт и пропуск на машину: Газель Н 482 ТК 799.\n\n' + SIG_KOV,
    '2026-11-11 16:40'),
    R('plan for tomorrow, nothing happened yet'))

add('2026-11-12 09:58', thunderbird(KOV, 'Re: Заявка 302718 — согласование выезда',
    '12.11.2026 08:15, Диспетчерская ОМИС пишет:\n' +
    q('Дмитрий, пропуск на Газель заказан, лифт будет. Подтвердите по факту прибытия.\n\n' + DISP_SIG) +
    '\n\nНа месте. Заносим шкаф.\n\n-- \nД.К.', '2026-11-12 09:58', irt=dmid('q302718')),
    D('302718', [], 'подрядчик на месте', 'request number only in the quoted old subject of the reply'))

add('2026-11-12 16:20', outlook('FW: 302718 итог',
    [('t', 'Ирина, пересылаю отчёт инженера по заявке.\n\nЕ.Г.')],
    '2026-11-12 16:20',
    quote=('Ковалёв Дмитрий <d.kovalev@setintegr.ru>', 'четверг, 12 ноября 2026 г. 15:58',
           'Громова Елена <e.gromova@setintegr.ru>', '302718 итог',
           'Лена, по 302718:\nП1 — шкаф 42U собрали, выставили, заземлили на ГЗШ.\n'
           'П2 — HPE 1920-48G (JG927A, s/n CN79HKZ0B1) в юнитах 21-22, патч-корды разложены, uplink в Gi1/0/48 ядра.\n'
           'Всё, уехали в 15:40.\n\nДК')),
    D('302718', ['1', '2'], 'подрядчик убыл', 'Outlook forward of engineer report: П1, П2 done, left'))

# ===== 303006 патч-панели (1,2,3)
add('2026-11-12 10:35', sd('SR-4519', '[SR-4519] Обращение 303006 взято в работу',
    [('Тикет', 'SR-4519'), ('Номер заказчика', '303006'), ('Статус', 'В работе'), ('Исполнитель', 'Тагиров Руслан')],
    'Тагиров Р.', 'Принято. Патч-панели Hyperline PP3-19-24-8P8C-C6-110D 9 шт. заказали, приедут завтра утром, '
    'сразу после этого выезжаем.', '2026-11-12 10:35'),
    D('303006', [], 'заявка принята', 'service desk; part number and quantity are distractors'))

add('2026-11-13 08:34', yandex(TAG, '303006 поз1', 'выехали на корп. А', '2026-11-13 08:34'),
    D('303006', ['1'], 'подрядчик в пути', '«выехали на корп. А» — leaving for the site; position in subject'))

add('2026-11-13 09:22', yandex(TAG, '303006 п1', 'на мсте, кросс открыли', '2026-11-13 09:22'),
    D('303006', ['1'], 'подрядчик на месте', 'typo «на мсте»'))

add('2026-11-13 13:05', yandex(TAG, '303006-1',
    'П1 готово, старые панели вынесли, ребята освободились. По остальным корпусам после обеда', '2026-11-13 13:05'),
    D('303006', ['1'], 'подрядчик убыл', 'position after a dash in subject; «освободились»; others only planned'))

add('2026-11-13 18:10', thunderbird(LYS, '303006 п2, п3',
    'Корпус Б и корпус В (п.2 и п.3) — пропатчено, маркировка по схеме заказчика, журнал кроссировок обновил.\n'
    'Убыли в 17:55. Руслан уехал раньше, я закрывал.\n\n' + SIG_LYS, '2026-11-13 18:10'),
    D('303006', ['2', '3'], 'подрядчик убыл', 'п.2 и п.3 done, «Убыли»'))

mdn_orig = dmid('acts303006')
mdn = multi('report', [
    leaf('Это уведомление о прочтении сообщения, которое вы отправили Артём Лысенко <a.lysenko@setintegr.ru>.\n\n'
         'Примечание: это уведомление о прочтении означает лишь то, что сообщение было отображено на компьютере '
         'получателя. Нет никакой гарантии, что получатель прочитал или понял содержимое сообщения.\n',
         'plain', 'UTF-8', '8bit'),
    raw_entity('message/disposition-notification; name="MDNPart2.txt"',
               ('Reporting-UA: setintegr.ru; Mozilla Thunderbird\nFinal-Recipient: rfc822;a.lysenko@setintegr.ru\n'
                f'Original-Message-ID: {mdn_orig}\nDisposition: manual-action/MDN-sent-manually; displayed\n').encode(),
               extra=('Content-Disposition: inline',)),
    raw_entity('text/rfc822-headers; name="MDNPart3.txt"',
               (f'Message-ID: {mdn_orig}\nDate: Mon, 16 Nov 2026 08:40:11 +0300\n'
                'From: =?UTF-8?B?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>\n'
                'To: a.lysenko@setintegr.ru\n'
                'Subject: =?UTF-8?B?' + base64.b64encode('Заявка 303006: акты'.encode()).decode() + '?=\n').encode(),
               extra=('Content-Disposition: inline',)),
], params=' report-type=disposition-notification;')
add('2026-11-16 09:02', message([
    ('Message-ID', f'<{rid()}@setintegr.ru>'), ('Date', rfcdate('2026-11-16 09:02')),
    ('User-Agent', 'Mozilla Thunderbird'), ('From', addr(LYS)), ('To', addr(DISPATCH)),
    ('Subject', hdr('Уведомление о прочтении (отображено) - Заявка 303006: акты'))], mdn),
    I('Thunderbird read receipt (MDN)'))

# ===== 303591 IP-телефон (1)
add('2026-11-16 09:21', mutt(SAF, '303591 принял',
    'Ирина, заявку 303591 принял, у нас это тикет #88213.\nВозьму с собой запасной PoE-инжектор.\n\n' + SIG_SAF,
    '2026-11-16 09:21'),
    D('303591', [], 'заявка принята', 'own ticket #88213 next to the request number'))

bounce_orig = (f'Message-ID: {dmid("303591orlov")}\nDate: Mon, 16 Nov 2026 09:40:55 +0300\n'
               'From: =?UTF-8?B?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>\n'
               'To: m.orlov@setintegr.ru\n'
               'Subject: =?UTF-8?B?' + base64.b64encode('Заявка 303591: просим подтвердить выезд'.encode()).decode() + '?=\n'
               'MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n'
               'Михаил, добрый день. Просим подтвердить выезд по заявке 303591, в приёмной не работает телефон.\n\n'
               '-- \nПетрова Ирина\nдиспетчер ОМИС\n')
bounce = multi('report', [
    leaf('This is the mail system at host mx1.setintegr.ru.\n\n'
         "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
         "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
         '                   The mail system\n\n<m.orlov@setintegr.ru>: user unknown: 550 5.1.1 mailbox disabled\n',
         'plain', 'us-ascii', '7bit', extra=('Content-Description: Notification',)),
    raw_entity('message/delivery-status',
               ('Reporting-MTA: dns; mx1.setintegr.ru\nX-Postfix-Queue-ID: 4Ck9Tq2Lw7z1xRb\n'
                'Arrival-Date: Mon, 16 Nov 2026 09:40:57 +0300 (MSK)\n\n'
                'Final-Recipient: rfc822; m.orlov@setintegr.ru\nAction: failed\nStatus: 5.1.1\n'
                'Diagnostic-Code: X-Postfix; user unknown: mailbox disabled\n').encode(),
               extra=('Content-Description: Delivery report',)),
    raw_entity('message/rfc822', bounce_orig.encode('utf-8'), extra=('Content-Description: Undelivered Message',)),
], params=' report-type=delivery-status;')
add('2026-11-16 09:41', message([
    ('Date', 'Mon, 16 Nov 2026 09:41:02 +0300 (MSK)'),
    ('From', 'MAILER-DAEMON@setintegr.ru (Mail Delivery System)'), ('To', 'dispatch@zakazchik-omis.ru'),
    ('Subject', 'Undelivered Mail Returned to Sender'), ('Auto-Submitted', 'auto-replied'),
    ('Message-Id', '<20261116064102.7F1A2C0D4E@mx1.setintegr.ru>')], bounce),
    I('Postfix bounce; the undelivered dispatcher message mentions 303591'))

add('2026-11-16 10:07', mutt(SAF, 'Re: 303591 принял',
    'On Mon, Nov 16, 2026 at 09:40:03 +0300, Диспетчерская ОМИС wrote:\n'
    'ИП> Игорь, когда будете? В приёмной без телефона уже второй день.\n\n'
    'Выдвигаюсь, буду ~10:50.\n\n' + SIG_SAF, '2026-11-16 10:07', irt=dmid('q303591')),
    D('303591', [], 'подрядчик в пути', 'Re: subject still says «принял», body reports leaving now'))

add('2026-11-16 12:14', mutt(SAF, '303591 - выполнено',
    'Прибыл 10:45. Сгорел блок питания PoE-инжектора (TP-Link TL-POE150S), заменил, телефон Yealink T46U '
    'зарегистрировался на 10.12.7.20, звонки проходят.\nУбыл 12:00.\n\n' + SIG_SAF, '2026-11-16 12:14'),
    D('303591', [], 'подрядчик убыл', 'arrival and departure both done; latest = убыл'))

# ===== news (bulk)
news_txt = ('СетьИнтеграция — дайджест ноября\n\n'
            '1. Wi-Fi 7 в госсекторе: стоит ли спешить?\n2. Кейс: перенос серверной за выходные без простоя.\n'
            '3. Скидка 10% на аудит СКС до 31.12.2026.\n\n'
            'Вы получили это письмо, так как подписаны на рассылку ООО «СетьИнтеграция».\n'
            'Отписаться: https://setintegr.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru\n')
news_html = ('<html><body style="font-family:Arial"><h2>СетьИнтеграция — дайджест ноября</h2><ol>'
             '<li>Wi-Fi 7 в госсекторе: стоит ли спешить?</li><li>Кейс: перенос серверной за выходные без простоя.</li>'
             '<li>Скидка 10% на аудит СКС до 31.12.2026.</li></ol><p style="font-size:11px;color:#888">'
             'Вы получили это письмо, так как подписаны на рассылку. <a href="https://setintegr.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru">Отписаться</a></p></body></html>')
add('2026-11-17 11:00', message([
    ('From', addr(('СетьИнтеграция', 'news@setintegr.ru'))), ('To', 'dispatch@zakazchik-omis.ru'),
    ('Subject', hdr('Дайджест ноября: Wi-Fi 7, перенос серверной, скидка на аудит СКС')),
    ('Date', rfcdate('2026-11-17 11:00')), ('Message-ID', f'<news-2026-11.{rid().hex[:12]}@mailer.setintegr.ru>'),
    ('Precedence', 'bulk'), ('List-Id', 'SetIntegr news <news.setintegr.ru>'),
    ('List-Unsubscribe', '<mailto:unsubscribe@setintegr.ru?subject=unsubscribe>, <https://setintegr.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru>'),
    ('X-Mailer', 'Sendsay')],
    multi('alternative', [leaf(news_txt, 'plain', 'utf-8', 'base64'), leaf(news_html, 'html', 'utf-8', 'base64')])),
    I('marketing newsletter (bulk, List-Unsubscribe)'))

# ===== 304122 перенос стойки (1,2)
add('2026-11-17 09:10', outlook('RE: Заявка 304122 перенос серверной стойки',
    [('t', 'Добрый день.\n\nПринимаем в работу заявку 304122. Демонтаж — 18.11 с 8:30, монтаж на новом месте — после '
           'готовности электрики. Прошу обеспечить отключение нагрузки с 8:00 и присутствие вашего администратора.\n\n' + SIG_GRO_TXT)],
    '2026-11-17 09:10',
    quote=('Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>', 'вторник, 17 ноября 2026 г. 8:12',
           'Громова Елена <e.gromova@setintegr.ru>', 'Заявка 304122 перенос серверной стойки',
           'Елена, добрый день. Направляем заявку 304122: перенос серверной стойки из каб. 014 в каб. 118. '
           'Поз. 1 — демонтаж, поз. 2 — монтаж на новом месте.'),
    irt=dmid('z304122')),
    D('304122', [], 'заявка принята', 'positions appear only in the quoted request text; dates are plans'))

add('2026-11-18 07:52', thunderbird(KOV, '304122 (1) в пути',
    'Выезд 07:45, едем на демонтаж, будем к 8:30.\nГазель Н 482 ТК 799, водитель Сорокин.\n\n' + SIG_KOV,
    '2026-11-18 07:52'),
    D('304122', ['1'], 'подрядчик в пути', 'position in brackets in subject; car plate distractor'))

add('2026-11-18 08:41', thunderbird(KOV, 'Re: 304122 (1) в пути',
    '18.11.2026 08:10, Диспетчерская ОМИС пишет:\n' + q('Принято, пропуск на машину заказан на КПП-2.\n\n' + DISP_SIG) +
    '\n\nПрибыли, на месте. Гасим серверы по списку админа.\n\n-- \nД.К.', '2026-11-18 08:41', irt=dmid('q304122')),
    D('304122', ['1'], 'подрядчик на месте', 'Re: subject names old «в пути», body says arrived'))

add('2026-11-18 12:35', thunderbird(KOV, '304122-1 демонтаж',
    'Демонтаж (п.1) done: 6 серверов и 2 свитча сняты, всё промаркировано, стойка 42U разобрана, '
    'оборудование в каб. 118 под охраной. Мы уехали.\nПо п.2 ждём электриков.\n\n' + SIG_KOV, '2026-11-18 12:35'),
    D('304122', ['1'], 'подрядчик убыл', 'п.1 done and left; п.2 waiting'))

add('2026-11-19 10:15', thunderbird(KOV, 'Re: 304122',
    '19.11.2026 09:50, Диспетчерская ОМИС пишет:\n' + q('Дмитрий, вы сегодня будете по второй позиции?\n\n' + DISP_SIG) +
    '\n\nНет, пока не выехали — электрики ещё не сдали линию на новом месте. Как дадут питание, сразу маякну.\n\n-- \nД.К.',
    '2026-11-19 10:15', irt=dmid('q304122b')),
    R('negation: «пока не выехали»'))

ooo_txt = ('Здравствуйте!\n\nЯ в командировке до 20.11.2026 включительно, доступ к почте ограничен.\n'
           'По срочным вопросам обращайтесь в Service Desk: servicedesk@setintegr.ru, +7 (495) 120-34-50.\n\n'
           'Елена Громова')
add('2026-11-19 11:02', message([
    ('From', addr(GRO)), ('To', addr(DISPATCH)),
    ('Subject', hdr('Автоматический ответ: Заявка 304122 перенос серверной стойки')),
    ('Date', rfcdate('2026-11-19 11:02')),
    ('Message-ID', f'<{random.getrandbits(48):012x}$auto$@setintegr.ru>'),
    ('In-Reply-To', dmid('q304122c')), ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'e.gromova@setintegr.ru'),
    ('X-Mailer', 'Microsoft Outlook 16.0')],
    multi('alternative', [leaf(ooo_txt, 'plain', 'utf-8', 'base64'),
                          leaf('<html><body>' + mso_paras(ooo_txt) + '</body></html>', 'html', 'utf-8', 'base64')])),
    I('Outlook out-of-office auto-reply'))

add('2026-11-20 09:12', thunderbird(LYS, '304122 п2 — онсайт',
    'Электрики сдали линию, мы онсайт с 9:00, собираем стойку на новом месте.\n\n' + SIG_LYS, '2026-11-20 09:12'),
    D('304122', ['2'], 'подрядчик на месте', '«онсайт»'))

add('2026-11-20 14:00', sd('INC0012477', '[INC0012477] Напоминание: до нарушения SLA осталось 2 ч',
    [('Тикет', 'INC0012477'), ('Обращение заказчика', '304122'), ('Статус', 'В работе'),
     ('Крайний срок решения', '20.11.2026 16:00')], '', None, '2026-11-20 14:00', auto=True),
    I('automatic SLA reminder from the service desk, no person text'))

add('2026-11-20 16:45', sd('INC0012477', '[INC0012477] Тикет закрыт — заявка 304122',
    [('Тикет', 'INC0012477'), ('Обращение заказчика', '304122'), ('Статус', 'Закрыт')],
    'Лысенко А.', 'Стойка собрана, 6 серверов и коммутаторы запущены, мониторинг зелёный. Поз. 2 выполнена, '
    'с объекта ушли в 16:30.', '2026-11-20 16:45', html_only=True, auto=True),
    D('304122', ['2'], 'подрядчик убыл', 'HTML-only service-desk mail (Auto-Submitted header!) but it carries the engineer\'s own report'))

# ===== 304780 Wi-Fi диагностика (1,2,3)
add('2026-11-19 10:40', thunderbird(LYS, 'Re: Заявка 304780 — диагностика Wi-Fi',
    '19.11.2026 10:05, Диспетчерская ОМИС пишет:\n' +
    q('Добрый день. Просим принять заявку 304780 в работу: жалобы на Wi-Fi на 1, 2 и 4 этажах.\n\n' + DISP_SIG) +
    '\n\nПринял, у нас SR-4602. В пн приеду с анализатором, пройду по этажам.\n\n' + SIG_LYS,
    '2026-11-19 10:40', irt=dmid('z304780')),
    D('304780', [], 'заявка принята', 'bottom-posted acceptance; Monday visit is a plan'))

ics = ('BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VEVENT\n'
       'ATTENDEE;PARTSTAT=ACCEPTED;CN=Громова Елена:mailto:e.gromova@setintegr.ru\n'
       'SUMMARY;LANGUAGE=ru-RU:Принято: Созвон по заявке 304780 (Wi-Fi)\n'
       'DTSTART;TZID=Russian Standard Time:20261123T140000\nDTEND;TZID=Russian Standard Time:20261123T143000\n'
       'UID:040000008200E00074C5B7101A82E00800000000B0C2E3A1F1A2DB01000000000000000010000000\n'
       'DTSTAMP:20261123T053100Z\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n')
add('2026-11-23 08:31', message([
    ('From', addr(GRO)), ('To', addr(DISPATCH)),
    ('Subject', hdr('Принято: Созвон по заявке 304780 (Wi-Fi)')), ('Date', rfcdate('2026-11-23 08:31')),
    ('Message-ID', f'<{random.getrandbits(48):012x}$cal$@setintegr.ru>'), ('X-Mailer', 'Microsoft Outlook 16.0'),
    ('Thread-Topic', hdr('Созвон по заявке 304780 (Wi-Fi)'))],
    multi('alternative', [leaf('', 'plain', 'utf-8', 'base64'),
                          leaf(ics, 'calendar', 'utf-8', 'base64', params='; method=REPLY')])),
    I('Outlook calendar meeting response (Accepted)'))

add('2026-11-23 10:25', outlook('304780 выезд',
    [('t', 'Ирина, добрый день.\nПо 304780 наш инженер Лысенко выехал к вам, ориентировочно будет в 11:00.\n\nЕ. Громова')],
    '2026-11-23 10:25', html_only=True),
    D('304780', [], 'подрядчик в пути', 'manager HTML-only letter: engineer has left for the site'))

add('2026-11-23 11:12', thunderbird(LYS, '304780',
    'Зачекинился на объекте в 11:05, пропуск № 0047 взял. Начинаю обход с анализатором.\n\n' + SIG_LYS,
    '2026-11-23 11:12'),
    D('304780', [], 'подрядчик на месте', 'pass number 0047 is a distractor'))

add('2026-11-23 15:20', thunderbird(LYS, '304780 п1/п3 готово',
    'п1 и п3 отработали: на 1-м этаже две точки сидели на одном канале (6), развёл по 1/6/11, на 4-м заменил инжектор.\n'
    'Я уехал.\nп2 — нужен доступ в серверную на 2-м этаже, комендант будет только завтра.\n\n' + SIG_LYS,
    '2026-11-23 15:20'),
    D('304780', ['1', '3'], 'подрядчик убыл', 'п1, п3 done and left; п2 pending; channel/floor numbers distractors'))

add('2026-11-24 12:30', thunderbird(LYS, '304780/2',
    'Сделано: в серверной 2-го этажа контроллер висел на старой прошивке, обновил до 8.10.0.12, клиенты держатся.\n'
    'Ушёл в 12:15. SR-4602 закрываю.\n\n' + SIG_LYS, '2026-11-24 12:30'),
    D('304780', ['2'], 'подрядчик убыл', 'position after slash in subject'))

# ===== 305263 кроссировка (1,2)
add('2026-11-23 09:45', yandex(TAG, 'Re: Заявка 305263', 'Взял в работу, завтра с утра буду', '2026-11-23 09:45',
    quote=('23.11.2026, 09:05, "Диспетчерская ОМИС" <dispatch@zakazchik-omis.ru>:',
           'Руслан, направляем заявку 305263 — кроссировка телефонных линий, поз. 1 АТС, поз. 2 кросс 3 этажа.'),
    irt=dmid('z305263')),
    D('305263', [], 'заявка принята', '«Взял в работу»; number in subject; positions only in the quote'))

add('2026-11-24 08:05', yandex(TAG, '305263', 'ВЫЕХАЛИ ПО 305263, БУДЕМ К 9', '2026-11-24 08:05'),
    D('305263', [], 'подрядчик в пути', 'caps'))

add('2026-11-24 08:58', yandex(TAG, 'на месте', 'Мы на месте, охрана пропустила, идём в АТС', '2026-11-24 08:58'),
    R('no request number at all'))

add('2026-11-24 09:10', yandex(TAG, 'Re: на месте',
    'Ирина, забыл номер написать: это по 305263, мы н\u0061 м\u0065ст\u0065 с 08:55',
    '2026-11-24 09:10'),
    D('305263', [], 'подрядчик на месте', 'follow-up giving the number; Latin look-alike letters inside «на месте»'))

add('2026-11-24 13:02', yandex(TAG, '305263', 'П1 (АТС) закрыли, по П2 сейчас на кроссе 3 этажа работаем', '2026-11-24 13:02'),
    R('different statuses for different positions: П1 finished, П2 on site'))

tag_orig = ('From: =?utf-8?B?' + base64.b64encode('Тагиров Руслан'.encode()).decode() + '?= <r.tagirov@setintegr.ru>\n'
            'To: =?utf-8?B?' + base64.b64encode('Громова Елена'.encode()).decode() + '?= <e.gromova@setintegr.ru>\n'
            'Subject: =?utf-8?B?' + base64.b64encode('305263 готово'.encode()).decode() + '?=\n'
            f'Message-Id: <{random.randint(10**12, 10**13)}@mail.yandex.ru>\n'
            'Date: Tue, 24 Nov 2026 16:40:12 +0300\nMIME-Version: 1.0\nX-Mailer: Yamail [ http://yandex.ru ] 5.0\n'
            'Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n' +
            base64.encodebytes('Лена, 305263 п.1 и п.2 — всё скроссировано, 48 пар прозвонили, схему отдал связисту. '
                               'Бригада освободилась в 16:20.\n\n--\nОтправлено из мобильной Яндекс Почты\n'.encode()).decode())
add('2026-11-24 17:10', outlook('FW: 305263 готово',
    [('t', 'Ирина, пересылаю итог от Руслана (во вложении).\n\nЕ.Г.')], '2026-11-24 17:10',
    attach=tag_orig.encode()),
    D('305263', ['1', '2'], 'подрядчик убыл', 'forward as message/rfc822 attachment; the forwarded report is the report'))

# ===== 306001 ИБП (1)
add('2026-11-24 11:35', sd('INC0012503', '[INC0012503] Обращение принято: 306001 (ИБП)',
    [('Тикет', 'INC0012503'), ('Номер заказчика', '306001'), ('Статус', 'Принято'), ('Исполнитель', 'Сафин Игорь')],
    'Сафин И.', 'ИБП APC SMT1500RMI2U забрал со склада, завтра ставим. Нужна свободная розетка C13 или 16А.',
    '2026-11-24 11:35', cte='base64'),
    D('306001', [], 'заявка принята', 'service desk acceptance with engineer comment'))

add('2026-11-25 09:15', thunderbird(KOV, 'Fwd: 306001',
    'Ирина, пересылаю от Игоря, у него с телефона почта к вам не уходит.\n\n'
    '-------- Пересылаемое сообщение --------\nТема: \t306001\nДата: \tWed, 25 Nov 2026 09:02:11 +0300\n'
    'От: \tИгорь Сафин <i.safin@setintegr.ru>\nКому: \tДмитрий Ковалёв <d.kovalev@setintegr.ru>\n\n'
    '306001 - на объекте с 08:50, ставлю ИБП в 3-4U, нагрузку переключим в обед.\n\n' + SIG_KOV,
    '2026-11-25 09:15'),
    D('306001', [], 'подрядчик на месте', 'Thunderbird inline forward of the engineer\'s report'))

add('2026-11-25 13:20', mutt(SAF, '306001 выполнено',
    'ИБП APC SMT1500RMI2U s/n AS2134123456 установлен, батареи заряжены, нагрузка 38%, '
    'сетевая карта AP9641 на 10.12.4.50.\nУбыл.\n\n' + SIG_SAF, '2026-11-25 13:20'),
    D('306001', [], 'подрядчик убыл', 'serial number/IP distractors'))

add('2026-11-25 17:30', yandex(TAG, 'акты',
    'Ирина, по 305263 и 306001 работы закрыты, акты на подпись привезём в пн вместе.', '2026-11-25 17:30'),
    R('two different requests in one letter (and only paperwork talk)'))

# ===== 306814 оптика (1,2)
add('2026-11-26 10:05', outlook_plain('RE: Заявка 306814 оптика между корпусами',
    'Ирина, добрый день.\nЗаявку 306814 приняли в работу, сварщик и рефлектометр будут в пятницу.\n\nЕ. Громова\n\n'
    '-----Original Message-----\nFrom: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n'
    'Sent: Thursday, November 26, 2026 9:12 AM\nTo: e.gromova@setintegr.ru\n'
    'Subject: Заявка 306814 оптика между корпусами\n\n'
    'Елена, направляем заявку 306814: прокладка ВОК, поз. 1 — корп.1–корп.2, поз. 2 — корп.2–корп.3. Прошу принять.\n',
    '2026-11-26 10:05', irt=dmid('z306814')),
    D('306814', [], 'заявка принята', 'plain-text Outlook in KOI8-R with -----Original Message-----; positions only in the quote'))

add('2026-11-27 08:22', thunderbird(KOV, '306814 п.1',
    'Выдвигаемся из офиса на объект по п.1 (корп.1 — корп.2), будем около 9:15.\n\n' + SIG_KOV, '2026-11-27 08:22'),
    D('306814', ['1'], 'подрядчик в пути', 'leaving the office FOR the site'))

add('2026-11-27 16:48', thunderbird(KOV, 'Re: 306814 п.1',
    'Отъехали с объекта. П1: 8 волокон OS2 сварены, потери по рефлектограмме ≤0,3 дБ на сварку, '
    'кросс ШКОС-Л-1U/2-16-SC стоит в корп.2.\n\n' + SIG_KOV, '2026-11-27 16:48'),
    D('306814', ['1'], 'подрядчик убыл', 'leaving FROM the site; Re: subject, no quote'))

add('2026-11-27 17:05', thunderbird(KOV, '306814 п.2',
    'По второй позиции будем в четверг 03.12, раньше не получается — сварщик на другом объекте.\n\n' + SIG_KOV,
    '2026-11-27 17:05'),
    R('plan/promise for п.2'))

add('2026-11-30 09:40', thunderbird(LYS, '306814 поз.3',
    'по 306814 поз.3 на месте, ищем колодец у корпуса 3.\n\n' + SIG_LYS, '2026-11-30 09:40'),
    R('request 306814 has only positions 1 and 2'))

# ---------------------------------------------------------------- write
for f in os.listdir(LET):
    os.remove(os.path.join(LET, f))
L.sort(key=lambda x: x[0])
labels = {}
for i, (d, data, lab) in enumerate(L, 1):
    fn = f'{i:03d}.eml'
    with open(os.path.join(LET, fn), 'wb') as fh:
        fh.write(data)
    labels[fn] = lab
with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)

registry = {
    'contractor': {'name': 'ООО «СетьИнтеграция»',
                   'emails': ['d.kovalev@setintegr.ru', 'a.lysenko@setintegr.ru', 'i.safin@setintegr.ru',
                              'r.tagirov@setintegr.ru', 'e.gromova@setintegr.ru', 'servicedesk@setintegr.ru',
                              'zabbix@setintegr.ru', 'news@setintegr.ru', 'MAILER-DAEMON@setintegr.ru'],
                   'domains': ['setintegr.ru']},
    'requests': [
        {'number': '300412', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-02T08:30:00+03:00',
         'comment': 'Управа р-на Басманный, Старая Басманная ул., 11: СКС кат.6. 1 — 2 этаж (каб. 201–210), 2 — 3 этаж (каб. 301–312), 3 — серверная, расшивка патч-панелей'},
        {'number': '300417', 'positions': ['1'], 'registered_at': '2026-11-02T13:00:00+03:00',
         'comment': 'МФЦ, ул. Профсоюзная, 56: замена коммутатора доступа Cisco C9200L-24P (не работает PoE)'},
        {'number': '301208', 'positions': ['1', '2'], 'registered_at': '2026-11-05T09:00:00+03:00',
         'comment': 'Префектура: точки доступа Wi-Fi. 1 — актовый зал, 2 — приёмная'},
        {'number': '301955', 'positions': ['1', '2', '3', '4'], 'registered_at': '2026-11-06T10:00:00+03:00',
         'comment': 'Обследование серверных: 1 — Новослободская 14, 2 — Дубининская 35, 3 — пр-т Мира 41, 4 — пр-т Вернадского 88'},
        {'number': '302340', 'positions': ['1'], 'registered_at': '2026-11-09T08:15:00+03:00',
         'comment': 'Нет сети в каб. 305 (VLAN 120), Земляной Вал, 27'},
        {'number': '302718', 'positions': ['1', '2'], 'registered_at': '2026-11-10T09:00:00+03:00',
         'comment': 'ОСЗН: 1 — монтаж шкафа 42U, 2 — установка коммутатора HPE 1920 и коммутация'},
        {'number': '303006', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-12T10:00:00+03:00',
         'comment': 'Замена патч-панелей в кроссовых: 1 — корп. А, 2 — корп. Б, 3 — корп. В'},
        {'number': '303591', 'positions': ['1'], 'registered_at': '2026-11-16T09:00:00+03:00',
         'comment': 'Не работает IP-телефон в приёмной (PoE)'},
        {'number': '304122', 'positions': ['1', '2'], 'registered_at': '2026-11-17T08:00:00+03:00',
         'comment': 'Перенос серверной стойки каб. 014 → каб. 118: 1 — демонтаж, 2 — монтаж на новом месте'},
        {'number': '304780', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-19T10:00:00+03:00',
         'comment': 'Диагностика Wi-Fi: 1 — 1 этаж, 2 — 2 этаж, 3 — 4 этаж'},
        {'number': '305263', 'positions': ['1', '2'], 'registered_at': '2026-11-23T09:00:00+03:00',
         'comment': 'Кроссировка телефонных линий: 1 — АТС, 2 — кросс 3 этажа'},
        {'number': '306001', 'positions': ['1'], 'registered_at': '2026-11-24T11:00:00+03:00',
         'comment': 'Установка ИБП APC SMT1500RMI2U в серверной'},
        {'number': '306814', 'positions': ['1', '2'], 'registered_at': '2026-11-26T09:00:00+03:00',
         'comment': 'Прокладка ВОК между корпусами: 1 — корп.1–корп.2, 2 — корп.2–корп.3'},
    ]}
with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as fh:
    json.dump(registry, fh, ensure_ascii=False, indent=1)

from collections import Counter
print(len(labels), Counter(v['expect'] for v in labels.values()))
