# -*- coding: utf-8 -*-
"""Generator of test letters: ООО «УралЛифтСервис» (Екатеринбург, +0500).
Writes letters/NNN.eml, labels.json, registry.json. Standard library only."""
import base64, hashlib, io, json, os, quopri, textwrap, uuid
from datetime import datetime, timedelta, timezone
from email.message import Message
from email.generator import BytesGenerator
from email import policy, utils

OUT = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=5))
MSK = timezone(timedelta(hours=3))
CUST = 'dispatch@zakazchik-omis.ru'
CUST_NAME = 'Диспетчерская ОМИС'
DOMAIN = 'uralliftservis.ru'

PEOPLE = {
    'kovalev': ('Ковалёв Дмитрий', 'd.kovalev@uralliftservis.ru'),
    'gusev': ('Андрей Гусев', 'a.gusev@uralliftservis.ru'),
    'rinat': ('Ринат Шайхутдинов', 'shaikhutdinov.rinat@mail.ru'),
    'disp': ('Диспетчерская УралЛифтСервис', 'dispetcher@uralliftservis.ru'),
    'safronov': ('Сафронов Виктор Павлович', 'safronov@uralliftservis.ru'),
    'ldss': ('ЛДСС УралЛифтСервис', 'ldss@uralliftservis.ru'),
    'news': ('УралЛифтСервис', 'news@uralliftservis.ru'),
    'daemon': ('Mail Delivery System', 'MAILER-DAEMON@mx1.uralliftservis.ru'),
}

REGISTRY = {
    "contractor": {
        "name": "ООО «УралЛифтСервис»",
        "emails": sorted({a for _, a in PEOPLE.values()}),
        "domains": [DOMAIN],
    },
    "requests": [
        {"number": "51032", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T10:15:00+03:00",
         "comment": "ГАУЗ СО «Городская поликлиника № 9», ул. Бебеля, 136. Полугодовое ТО. 1 — больничный ПБ-0501 (рег. № 38214); 2 — пассажирский, корпус А (рег. № 38215); 3 — пассажирский, корпус Б (рег. № 51733)"},
        {"number": "51118", "positions": ["1"], "registered_at": "2026-11-04T21:10:00+03:00",
         "comment": "ул. Шаумяна, 88, подъезд 3, лифт рег. № 40122. Застревание, люди в кабине"},
        {"number": "51207", "positions": ["1", "2"], "registered_at": "2026-11-05T07:40:00+03:00",
         "comment": "ул. Белинского, 180. Вандализм: разбиты посты. 1 — лифт подъезда 1; 2 — лифт подъезда 2"},
        {"number": "51245", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-09T09:00:00+03:00",
         "comment": "ул. Малышева, 120/2, подъезды 1–4 (рег. № 45501–45504). Подготовка к периодическому техническому освидетельствованию"},
        {"number": "51309", "positions": ["1", "2"], "registered_at": "2026-11-12T06:30:00+03:00",
         "comment": "ГАУЗ СО «ДГП № 11», ул. Волгоградская, 190. 1 — пассажирский ЛП-0621 (рег. № 47730), стоит с открытыми дверями; 2 — больничный (рег. № 47731), скрежет"},
        {"number": "51376", "positions": ["1"], "registered_at": "2026-11-13T18:00:00+03:00",
         "comment": "ул. Металлургов, 32, подъезд 6. Лифт не реагирует на вызовы"},
        {"number": "51440", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T09:30:00+03:00",
         "comment": "ул. Сыромолотова, 15. Замена тяговых канатов, лифты подъездов 1–3"},
        {"number": "51512", "positions": ["1", "2"], "registered_at": "2026-11-17T08:00:00+03:00",
         "comment": "ул. Фрунзе, 64. Регулировка дверей шахты, лифты подъездов 1 и 2"},
        {"number": "51588", "positions": ["1"], "registered_at": "2026-11-19T11:00:00+03:00",
         "comment": "ул. Уральская, 58/1, подъезд 4. Не закрываются двери кабины"},
        {"number": "51603", "positions": ["1", "2", "3"], "registered_at": "2026-11-20T10:00:00+03:00",
         "comment": "ЖК «Светлый», ул. Рощинская, 72. Шум и вибрация. 1 — корп. 1 пассажирский; 2 — корп. 1 грузопассажирский; 3 — корп. 2"},
        {"number": "51671", "positions": ["1", "2"], "registered_at": "2026-11-23T21:00:00+03:00",
         "comment": "ул. Комсомольская, 76. 1 — подъезд 1 (рег. № 49018), застревание; 2 — подъезд 2, двери"},
        {"number": "51790", "positions": ["1", "2"], "registered_at": "2026-11-25T08:30:00+03:00",
         "comment": "ГАУЗ СО «ДГП № 13», ул. Академика Бардина, 9. 1 — больничный, ошибка ЧП; 2 — пассажирский, кнопка вызова 3 эт."},
        {"number": "51855", "positions": ["1"], "registered_at": "2026-11-26T09:00:00+03:00",
         "comment": "ул. Победы, 31. Лифт рег. № 39907 отработал назначенный срок службы: ЭПБ и ремонт"},
    ],
}

# ---------------------------------------------------------------- helpers
def D(s):
    return textwrap.dedent(s).strip('\n')

def _hash(*a):
    return hashlib.sha1('|'.join(map(str, a)).encode()).hexdigest()

def ew(s, cs='utf-8', enc='B', maxlen=75):
    """RFC 2047 encoded words, folded."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        pass
    def one(t):
        b = t.encode(cs)
        if enc == 'B':
            return '=?%s?B?%s?=' % (cs, base64.b64encode(b).decode())
        out = []
        for byte in b:
            c = chr(byte)
            if c == ' ':
                out.append('_')
            elif c.isalnum() and byte < 128 or c in '!*+-/':
                out.append(c)
            else:
                out.append('=%02X' % byte)
        return '=?%s?Q?%s?=' % (cs, ''.join(out))
    words, cur = [], ''
    for ch in s:
        if cur and len(one(cur + ch)) > maxlen:
            words.append(one(cur)); cur = ch
        else:
            cur += ch
    if cur:
        words.append(one(cur))
    return '\n '.join(words)

def addr(key, cs='utf-8', enc='B', quote=False):
    name, a = PEOPLE[key]
    n = ew(name, cs, enc)
    if quote and n == name:
        n = '"%s"' % name
    return '%s <%s>' % (n, a)

def cust_addr(cs='utf-8', enc='B'):
    return '%s <%s>' % (ew(CUST_NAME, cs, enc), CUST)

def leaf(text, sub='plain', cs='utf-8', cte='quoted-printable', ct_extra='', quote_cs=False):
    m = Message()
    csv = '"%s"' % cs if quote_cs else cs
    m['Content-Type'] = 'text/%s; charset=%s%s' % (sub, csv, ct_extra)
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        data = text.replace('\n', '\r\n').encode(cs)
        m.set_payload(base64.encodebytes(data).decode('ascii'))
    elif cte == 'quoted-printable':
        m.set_payload(quopri.encodestring(text.encode(cs)).decode('ascii'))
    else:  # 7bit / 8bit
        m.set_payload(text.encode(cs).decode('ascii', 'surrogateescape'))
    return m

def assemble(headers, body, preamble=None):
    top = Message()
    for k, v in headers:
        if k == '__BODY__':
            for bk, bv in body.items():
                top[bk] = bv
        else:
            top[k] = v
    if body.is_multipart():
        for p in body.get_payload():
            top.attach(p)
        if preamble:
            top.preamble = preamble
    else:
        top.set_payload(body._payload)
    return top

def alt(parts, boundary, sub='alternative', extra=''):
    m = Message()
    m['Content-Type'] = 'multipart/%s;%s boundary="%s"' % (sub, extra, boundary)
    for p in parts:
        m.attach(p)
    return m

def rfcdate(dt):
    return utils.format_datetime(dt)

RU_WD = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье']
RU_MON = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа',
          'сентября', 'октября', 'ноября', 'декабря']
RU_MON_SHORT = ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.']

def dt(day, h, mi, s=0):
    return datetime(2026, 11, day, h, mi, s, tzinfo=TZ)

def ios_attr(d, who):
    return '%d %s %d г., в %02d:%02d, %s написал(а):' % (d.day, RU_MON_SHORT[d.month - 1], d.year, d.hour, d.minute, who)

def gt(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))

def esc(t):
    return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

LETTERS = []

def add(d, msg, label, req=None):
    LETTERS.append((d, msg, label, req))

def lab(expect, request=None, positions=None, status=None, note=''):
    e = {"expect": expect}
    if expect == 'decided':
        e.update({"request": request, "positions": positions, "status": status})
    e["note"] = note
    return e

# ---------------------------------------------------------------- client styles
def iphone(who, subj, body, d, quote=None, irt=None, fwd=None):
    """iPhone Mail: utf-8, QP, 'Отправлено с iPhone'."""
    text = body
    if text:
        text += '\n\n'
    text += 'Отправлено с iPhone'
    if quote:
        qd, qwho, qtext = quote
        text += '\n\n' + gt(ios_attr(qd, qwho) + '\n\n\ufeff' + qtext)
    if fwd:
        text += '\n\nНачало переадресованного сообщения:\n\n' + gt(fwd)
    text += '\n'
    uid = str(uuid.UUID(_hash('ios', subj, d)[:32])).upper()
    h = [('__BODY__', None), ('From', addr(who)), ('Mime-Version', '1.0 (1.0)'),
         ('Date', rfcdate(d)), ('Subject', ew(subj)), ('Message-Id', '<%s@%s>' % (uid, DOMAIN))]
    if irt:
        h += [('References', irt), ('In-Reply-To', irt)]
    h += [('To', cust_addr()), ('X-Mailer', 'iPhone Mail (22B91)')]
    return assemble(h, leaf(text, cte='quoted-printable'))

MAILRU_SIG = '--\nОтправлено из Mail.ru для Android'

def mailru(subj, body, d, quote=None, irt=None, html_only=False, to=None):
    """Mail.ru app for Android: utf-8 base64, multipart/alternative (or HTML only)."""
    plain = body + '\n\n' + MAILRU_SIG
    html = '<HTML><BODY>' + ''.join('<div>%s</div>' % (esc(l) if l else '&nbsp;') for l in body.split('\n'))
    html += '<div>&nbsp;</div><div data-signature-widget="container"><div data-signature-widget="content"><div>--<br>Отправлено из Mail.ru для Android</div></div></div>'
    if quote:
        qd, qwho, qtext = quote
        wd = RU_WD[qd.weekday()].capitalize()
        att = '%s, %d %s %d, %02d:%02d +05:00 от %s:' % (wd, qd.day, RU_MON[qd.month - 1], qd.year, qd.hour, qd.minute, qwho)
        plain += '\n\n\n' + att + '\n' + gt(qtext)
        html += '<div>&nbsp;</div><div>%s<br><blockquote style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;">%s</blockquote></div>' % (
            esc(att), '<br>'.join(esc(l) for l in qtext.split('\n')))
    html += '</BODY></HTML>'
    mid = '<%d.%d@f%d.i.mail.ru>' % (int(d.timestamp()), int(_hash('mr', subj, d)[:8], 16) % 1000000, 300 + int(_hash(subj)[:2], 16))
    h = [('From', addr('rinat')), ('To', to or cust_addr()), ('Subject', ew(subj, 'UTF-8')),
         ('MIME-Version', '1.0'), ('X-Mailer', 'Mail.Ru Mail for Android 15.12.0.51321'),
         ('Date', rfcdate(d)), ('Message-ID', mid)]
    if irt:
        h += [('In-Reply-To', irt), ('References', irt)]
    h += [('X-Mras', 'Ok'), ('__BODY__', None)]
    if html_only:
        body_m = leaf(html, 'html', 'UTF-8', 'base64')
    else:
        body_m = alt([leaf(plain, 'plain', 'UTF-8', 'base64'), leaf(html, 'html', 'UTF-8', 'base64')],
                     '--ALT--%s' % _hash('b', subj, d)[:24].upper())
    return assemble(h, body_m)

DISP_SIG = D('''
    С уважением,
    Наталья Лаврова
    диспетчер аварийно-диспетчерской службы
    ООО «УралЛифтСервис»
    тел. +7 (343) 287-40-15, доб. 2
''')

def ol_head_block(frm, d, to, subj, cc=None):
    lines = ['От: %s' % frm,
             'Отправлено: %s, %d %s %d г. %d:%02d' % (RU_WD[d.weekday()], d.day, RU_MON[d.month - 1], d.year, d.hour, d.minute),
             'Кому: %s' % to]
    if cc:
        lines.append('Копия: %s' % cc)
    lines.append('Тема: %s' % subj)
    return lines

def outlook(subj, body, d, quote=None, irt=None, table_html=None, sig=True, orig_msg=False, html_body=None):
    """Dispatcher's Outlook 2016: windows-1251, QP, multipart/alternative.
    quote: dict(frm, d, to, subj, text) -> Russian Outlook header block; orig_msg=True -> '-----Original Message-----'."""
    text = body + ('\n\n' + DISP_SIG if sig else '')
    hb = None
    if quote:
        if orig_msg:
            hb = ['-----Original Message-----',
                  'From: %s' % quote['frm'],
                  'Sent: %s' % quote['d'].strftime('%A, %B %d, %Y %I:%M %p'),
                  'To: %s' % quote['to'],
                  'Subject: %s' % quote['subj']]
        else:
            hb = ol_head_block(quote['frm'], quote['d'], quote['to'], quote['subj'], quote.get('cc'))
        text += '\n\n' + '\n'.join(hb) + '\n\n' + quote['text']
    text += '\n'
    # HTML
    def paras(t):
        return ''.join('<p class=MsoNormal>%s<o:p></o:p></p>\n' % (esc(l) if l else '&nbsp;') for l in t.split('\n'))
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '--></style></head><body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>\n')
    html += paras(html_body if html_body is not None else body)
    if table_html:
        html += table_html
    if sig:
        html += '<p class=MsoNormal>&nbsp;<o:p></o:p></p>\n' + paras(DISP_SIG).replace('<p class=MsoNormal>', '<p class=MsoNormal><span style=\'font-size:10.0pt;color:#1F3864\'>', 1)
    if quote:
        html += '<p class=MsoNormal>&nbsp;<o:p></o:p></p>\n<div><div style=\'border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\'>'
        if orig_msg:
            html += paras('\n'.join(hb))
        else:
            html += '<p class=MsoNormal>' + '<br>\n'.join('<b>%s</b>%s' % (esc(l.split(':', 1)[0] + ':'), esc(l.split(':', 1)[1])) for l in hb) + '<o:p></o:p></p>\n'
        html += '</div></div><p class=MsoNormal>&nbsp;<o:p></o:p></p>\n' + paras(quote['text'])
    html += '</div></body></html>\n'
    hx = _hash('ol', subj, d)
    mid = '<000%s01db%s$%s$%s$@%s>' % (hx[0], hx[1:5], hx[5:13], hx[13:21], DOMAIN)
    h = [('From', addr('disp', 'windows-1251', quote=True)), ('To', cust_addr('windows-1251')),
         ('Subject', ew(subj, 'windows-1251')), ('Date', rfcdate(d)), ('Message-ID', mid)]
    if irt:
        h += [('In-Reply-To', irt), ('References', irt)]
    h += [('MIME-Version', '1.0'), ('__BODY__', None), ('X-Mailer', 'Microsoft Outlook 16.0'),
          ('Thread-Index', 'AQH' + base64.b64encode(bytes.fromhex(hx[:30])).decode()[:30]),
          ('Content-Language', 'ru')]
    b = '----=_NextPart_000_%s_01DB%s.%s' % (hx[21:25].upper(), hx[25:29].upper(), hx[29:37].upper())
    body_m = alt([leaf(text, 'plain', 'windows-1251', 'quoted-printable', quote_cs=True),
                  leaf(html, 'html', 'windows-1251', 'quoted-printable', quote_cs=True)], b)
    return assemble(h, body_m, preamble='This is a multi-part message in MIME format.\n')

BAT_SIG = D('''
    -- 
    С уважением,
     Сафронов Виктор Павлович
     главный инженер ООО «УралЛифтСервис»
     620102, г. Екатеринбург, ул. Посадская, д. 23, оф. 14
     тел. +7 (343) 287-40-15, доб. 5
     mailto:safronov@uralliftservis.ru
''')

def thebat(subj, body, d, cs='windows-1251', cte='8bit', irt=None, to=None):
    text = body + '\n\n' + BAT_SIG + '\n'
    if cs == 'koi8-r':
        subj, text = k8(subj), k8(text)
    mid = '<%d.%s@%s>' % (int(_hash('bat', subj, d)[:8], 16), d.strftime('%Y%m%d%H%M%S'), DOMAIN)
    h = [('Date', rfcdate(d)), ('From', addr('safronov', cs)), ('Organization', ew(k8('ООО «УралЛифтСервис»') if cs == 'koi8-r' else 'ООО «УралЛифтСервис»', cs)),
         ('X-Priority', '3 (Normal)'), ('Message-ID', mid), ('To', to or cust_addr(cs))]
    if irt:
        h += [('In-Reply-To', irt), ('References', irt)]
    h += [('Subject', ew(subj, cs)), ('X-Mailer', 'The Bat! (v10.5.3) Professional'), ('MIME-Version', '1.0'), ('__BODY__', None)]
    return assemble(h, leaf(text, 'plain', cs, cte))

def k8(t):
    return t.replace('№', 'N').replace('—', '-').replace('«', '"').replace('»', '"').replace('„', '"').replace('“', '"')

def ldss(subj, body, d, tag):
    subj, body = k8(subj), k8(body)
    text = body + '\n\n--\nСообщение сформировано автоматически системой ЛДСС "Обь". Не отвечайте на это письмо.\n'
    h = [('From', addr('ldss', 'koi8-r')), ('To', cust_addr('koi8-r')), ('Subject', ew(subj, 'koi8-r')),
         ('Date', rfcdate(d)), ('Message-ID', '<ldss.%s.%s@%s>' % (d.strftime('%Y%m%d%H%M%S'), tag, DOMAIN)),
         ('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk'), ('X-Mailer', 'LDSS-Notify/2.4 (Obj)'),
         ('MIME-Version', '1.0'), ('__BODY__', None)]
    return assemble(h, leaf(text, 'plain', 'koi8-r', 'base64'))

def cust_mid(n):
    return '<%s.%s@zakazchik-omis.ru>' % (_hash('cust', n)[:16], n)

# ================================================================ LETTERS
# --- Nov 2: bulk newsletter (ignored)
d = dt(2, 9, 12, 40)
html = D('''
    <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
    <table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#0b4f8a;color:#fff;padding:16px">
    <b>ООО «УралЛифтСервис»</b> — информационная рассылка для клиентов</td></tr>
    <tr><td style="padding:16px">
    <p>Уважаемые партнёры!</p>
    <p>Сообщаем о режиме работы в праздничный день <b>4 ноября 2026 г.</b> (День народного единства):</p>
    <ul><li>офис и бухгалтерия — выходной;</li>
    <li>аварийно-диспетчерская служба и ЛДСС работают круглосуточно: <b>+7 (343) 287-40-15</b>;</li>
    <li>заявки на плановые работы, поступившие 3–4 ноября, будут приняты в работу 5 ноября.</li></ul>
    <p>Напоминаем, что с 1 декабря 2026 г. вступает в силу новая редакция договора ТО (ред. № 4), проект направлен вашим юристам.</p>
    <p>Поздравляем с праздником!</p></td></tr>
    <tr><td style="font-size:11px;color:#888;padding:16px">ООО «УралЛифтСервис», ИНН 6658412790, КПП 665801001, 620102, г. Екатеринбург, ул. Посадская, д. 23, оф. 14.<br>
    Вы получили это письмо, так как являетесь клиентом компании. <a href="https://uralliftservis.ru/unsubscribe?u=zk4471">Отписаться от рассылки</a></td></tr></table>
    </body></html>
''')
h = [('From', addr('news')), ('To', cust_addr()), ('Subject', ew('Режим работы 4 ноября и телефоны аварийной службы')),
     ('Date', rfcdate(d)), ('Message-ID', '<news-2026-11-02-%s@uralliftservis.ru>' % _hash('news')[:10]),
     ('List-Id', 'Klienty <klienty.uralliftservis.ru>'), ('List-Unsubscribe', '<https://uralliftservis.ru/unsubscribe?u=zk4471>, <mailto:unsubscribe@uralliftservis.ru>'),
     ('Precedence', 'bulk'), ('X-Mailer', 'Sendsay'), ('MIME-Version', '1.0'), ('__BODY__', None)]
add(d, assemble(h, leaf(html, 'html', 'utf-8', 'quoted-printable')), lab('ignored', note='bulk newsletter (Precedence: bulk, List-Unsubscribe) about holiday schedule'))

# --- 51032 polyclinic No 9
q51032 = D('''
    Коллеги, добрый день.
    Направляем заявку № 51032: ГАУЗ СО «Городская поликлиника № 9», ул. Бебеля, 136.
    Поз. 1 — лифт больничный ПБ-0501, рег. № 38214
    Поз. 2 — лифт пассажирский, корпус А, рег. № 38215
    Поз. 3 — лифт пассажирский, корпус Б, рег. № 51733
    Вид работ: полугодовое ТО, регулировка.
    Просим подтвердить принятие и сообщать о выезде, прибытии и убытии.

    Диспетчерская ОМИС
''')
d = dt(2, 13, 40, 11)
add(d, outlook('RE: Заявка № 51032 — ГП № 9, ТО лифтов', D('''
    Добрый день!

    Заявку № 51032 приняли в работу. Ответственный — электромеханик Шайхутдинов Ринат Рашитович, тел. +7 950 201-77-45.
    Выход на объект планируем завтра, 03.11, с 8:30 — по согласованию с завхозом поликлиники.
'''), d, quote=dict(frm='Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>', d=dt(2, 12, 21), to='dispetcher@uralliftservis.ru',
                   subj='Заявка № 51032 — ГП № 9, ТО лифтов', text=q51032), irt=cust_mid(51032)),
    lab('decided', '51032', [], 'заявка принята', 'acceptance; visit tomorrow is only a plan; reg. № 51733 in quote is a lift registration number'), '51032')

d = dt(3, 8, 55, 3)
add(d, mailru('51032 поз.1', 'Прибыл на Бебеля 136, начал с больничного лифта (поз.1). Завхоз машинное открыла, работаю', d),
    lab('decided', '51032', ['1'], 'подрядчик на месте', 'arrived, working on position 1'), '51032')

d = dt(3, 12, 31, 47)
add(d, mailru('51032-1 запущен', D('''
    Больничный ТО сделал, тормоз отрегулировал, башмаки смазал.
    Лифт запущен в работу в 12.20, замечаний нет.
'''), d), lab('decided', '51032', ['1'], 'подрядчик убыл', 'position after dash in subject; lift launched = work on pos 1 done'), '51032')

d = dt(3, 17, 20, 5)
table = D('''
    <table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
    <tr><td style='padding:0cm 5.4pt'><p class=MsoNormal><b>Поз.</b></p></td><td style='padding:0cm 5.4pt'><p class=MsoNormal><b>Лифт</b></p></td><td style='padding:0cm 5.4pt'><p class=MsoNormal><b>Рег. №</b></p></td><td style='padding:0cm 5.4pt'><p class=MsoNormal><b>Выполнено</b></p></td><td style='padding:0cm 5.4pt'><p class=MsoNormal><b>Запущен</b></p></td></tr>
    <tr><td style='padding:0cm 5.4pt'><p class=MsoNormal>2</p></td><td style='padding:0cm 5.4pt'><p class=MsoNormal>ПП-0411, корпус А</p></td><td style='padding:0cm 5.4pt'><p class=MsoNormal>38215</p></td><td style='padding:0cm 5.4pt'><p class=MsoNormal>ТО, замена вкладышей башмаков</p></td><td style='padding:0cm 5.4pt'><p class=MsoNormal>16:40</p></td></tr>
    <tr><td style='padding:0cm 5.4pt'><p class=MsoNormal>3</p></td><td style='padding:0cm 5.4pt'><p class=MsoNormal>ЛП-0621, корпус Б</p></td><td style='padding:0cm 5.4pt'><p class=MsoNormal>51733</p></td><td style='padding:0cm 5.4pt'><p class=MsoNormal>ТО, регулировка дверей кабины</p></td><td style='padding:0cm 5.4pt'><p class=MsoNormal>17:05</p></td></tr>
    </table>
    <p class=MsoNormal>&nbsp;</p>
    <p class=MsoNormal>Механик объект покинул в 17:10.</p>
''') + '\n'
add(d, outlook('Заявка 51032 — лифты корпусов А и Б', D('''
    Добрый вечер!

    По заявке 51032 работы по лифтам корпусов А и Б завершены:
    поз. 2 — ПП-0411, рег. № 38215, ТО, замена вкладышей башмаков, запущен в 16:40;
    поз. 3 — ЛП-0621, рег. № 51733, ТО, регулировка дверей кабины, запущен в 17:05.
    Механик объект покинул в 17:10.
'''), d, table_html=table, html_body='Добрый вечер!\n\nПо заявке 51032 работы по лифтам корпусов А и Б завершены:'),
    lab('decided', '51032', ['2', '3'], 'подрядчик убыл', 'HTML table row per position; reg. № 51733 is not a request'), '51032')

# --- 51118 Шаумяна 88 stuck lift
d = dt(4, 23, 22, 7)
add(d, ldss('Авария: лифт рег.№ 40122; Шаумяна 88 п.3; 23:22', D('''
    ЛДСС УралЛифтСервис — уведомление о событии

    Событие:   АВАРИЯ. Вызов диспетчера из кабины (ПУ)
    Лифт:      рег. № 40122, зав. № 60872, ПП-0411
    Адрес:     ул. Шаумяна, 88, подъезд 3
    Время:     04.11.2026 23:22:07
    Блок:      ЛБ v6.0 № 0417, линия 2
    Состояние: кабина между этажами 6-7, двери закрыты
    Квитирование: не выполнено
'''), d, '40122a'), lab('ignored', note='machine alarm from the lift dispatch console (ЛДСС), not a person'))

d = dt(4, 23, 41, 30)
add(d, iphone('kovalev', '51118 выезжаю', 'Шаумяна 88, люди в кабине. В 23-50 буду', d),
    lab('decided', '51118', [], 'подрядчик в пути', 'leaving now, arriving 23:50'), '51118')

d = dt(5, 0, 8, 12)
add(d, iphone('kovalev', 'Re: 51118 выезжаю', 'На месте, эвакуирую', d,
              quote=(dt(4, 23, 52), 'Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>', 'Принято. Сообщите по прибытии.\n\nОтправлено с iPhone\n\n> 4 нояб. 2026 г., в 23:41, Ковалёв Дмитрий <d.kovalev@uralliftservis.ru> написал(а):\n> \n> Шаумяна 88, люди в кабине. В 23-50 буду'),
              irt='<%s@zakazchik-omis.ru>' % _hash('c1')[:20]),
    lab('decided', '51118', [], 'подрядчик на месте', 'Re: subject names old status (выезжаю); body reports arrival'), '51118')

d = dt(5, 0, 47, 55)
add(d, iphone('kovalev', '51118', 'Эвакуировал двоих в 0:35, все норм. Заклинило ловители, освободил, проверил — лифт запущен. С объекта уехал 0:45', d),
    lab('decided', '51118', [], 'подрядчик убыл', 'evacuation done, lift launched, left the site'), '51118')

# --- 51207 Белинского 180
q51207 = D('''
    Добрый день.
    Заявка № 51207, ул. Белинского, 180.
    1 — лифт подъезда 1: разбит вызывной пост на 1 эт.
    2 — лифт подъезда 2: разбит вызывной пост на 1 эт., поврежден приказной пост в кабине.
    Лифты остановлены ночью, жалобы жителей. Прошу принять.
''')
d = dt(5, 10, 5, 40)
add(d, outlook('RE: Заявка 51207 Белинского 180', D('''
    Добрый день.
    Заявку приняли. На Белинского направим Шайхутдинова — сейчас он заканчивает объект на Бебеля.
'''), d, quote=dict(frm='Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>', d=dt(5, 9, 44), to='dispetcher@uralliftservis.ru',
                   subj='Заявка 51207 Белинского 180', text=q51207), irt=cust_mid(51207)),
    lab('decided', '51207', [], 'заявка принята', 'accepted; sending mechanic is a plan'), '51207')

d = dt(5, 10, 50, 21)
add(d, mailru('Белинского 180 — заявка 51207', D('''
    На месте с 10:40. П1 и П2 — вызывные посты на 1 этаже разбиты, в кабине П2 приказной пост вырван.
    Меняю посты на П1, на П2 приказного поста в машине нет, заказал на складе.
'''), d, html_only=True), lab('decided', '51207', ['1', '2'], 'подрядчик на месте', 'HTML-only; on site for both lifts'), '51207')

d = dt(5, 14, 20, 2)
add(d, mailru('Re: Белинского 180 — заявка 51207', D('''
    П1 готов, лифт запущен 14:05.
    По П2 пост привезут только вечером, поставит ночная смена.
'''), d, quote=(dt(5, 11, 2), 'Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>', 'Спасибо, ждём информацию по запуску.'),
           irt='<%s@zakazchik-omis.ru>' % _hash('c2')[:20]),
    lab('decided', '51207', ['1'], 'подрядчик убыл', 'pos 1 launched; pos 2 only a plan'), '51207')

d = dt(5, 22, 40, 16)
add(d, iphone('kovalev', 'Белинского', 'На месте. Пост в кабине вырван с мясом, ставлю новый. Подъезд 2', d),
    lab('review', note='no request number anywhere (only address and entrance)'), '51207')

d = dt(6, 2, 10, 33)
add(d, iphone('kovalev', '51207 п2 запущен', '', d),
    lab('decided', '51207', ['2'], 'подрядчик убыл', 'subject only: lift on pos 2 launched'), '51207')

d = dt(6, 8, 32, 26)
add(d, outlook('FW: Белинского 180 п2', 'Доброе утро.\nПересылаю ночной отчёт механика по заявке 51207.', d,
              quote=dict(frm='Ковалёв Дмитрий <d.kovalev@uralliftservis.ru>', d=dt(6, 2, 12), to='dispetcher@uralliftservis.ru',
                         subj='Белинского 180 п2', text='Пост в кабине поставил, проверил все этажи. Лифт запущен в 02.05, уехал на базу\n\nОтправлено с iPhone')),
    lab('decided', '51207', ['2'], 'подрядчик убыл', 'Outlook forward of the night mechanic\'s report (repeats earlier news); number in dispatcher\'s text, position in forwarded subject'), '51207')

d = dt(8, 3, 21, 9)
add(d, iphone('kovalev', '51118 п3', 'Опять стоит, я на месте в 3:15 ночи. Людей нет, дверь шахты на 5 эт. не закрывается', d),
    lab('review', note='request 51118 has only position 1; «п3» (entrance 3?) is not a position of the request'), '51118')

# --- 51245 Малышева 120/2
d = dt(9, 12, 2, 44)
add(d, thebat('Заявка № 51245 — ул. Малышева, 120/2 — подготовка к ПТО', D('''
    Здравствуйте, уважаемые коллеги!

    ООО «УралЛифтСервис» подтверждает принятие заявки № 51245 в работу. Работы по
    подготовке четырёх лифтов ПП-0411К (рег. № 45501–45504) к периодическому
    техническому освидетельствованию выполняются в рамках договора
    № 112/ТО-2026 от 29.12.2025 силами бригады Гусева А.В.

    Напоминаю, что по результатам предыдущего освидетельствования (акт
    № 318-ПТО от 14.11.2025) по лифту подъезда 3 было выдано замечание об износе
    канатоведущего шкива; замена КВШ будет выполнена в ходе текущих работ.

    Выход бригады — 10.11.2026 с 9:00. Просим заранее уведомить жителей о
    поочерёдной остановке лифтов.
'''), d), lab('decided', '51245', [], 'заявка принята', 'formal acceptance by chief engineer; act/contract numbers are not requests'), '51245')

d = dt(10, 9, 15, 0)
add(d, outlook('Заявка 51245 — выезд бригады', D('''
    Доброе утро!

    По заявке 51245: бригада Гусев А.В. / Петров М.С. выехала на Малышева, 120/2 в 09:10, машина «Газель» К 517 ОР 196.
    Ориентировочно на месте в 9:40.
'''), d), lab('decided', '51245', [], 'подрядчик в пути', 'crew left for the site; car plate not a request'), '51245')

d = dt(10, 9, 52, 18)
add(d, outlook('FW: Малышева', 'Пересылаю сообщение бригадира по заявке 51245.', d,
              quote=dict(frm='Гусев Андрей <a.gusev@uralliftservis.ru>', d=dt(10, 9, 47), to='dispetcher@uralliftservis.ru',
                         subj='Малышева', text='Малышева 120/2 на месте с 9.45, начинаем. Жильцов предупредили, объявления висят\n\nОтправлено с iPhone'),
              sig=False),
    lab('decided', '51245', [], 'подрядчик на месте', 'forwarded crew report: on site; number in dispatcher\'s forward text'), '51245')

d = dt(10, 15, 30, 40)
add(d, iphone('gusev', '51245', 'п1 п2 готовы, запустили. п3 п4 работаем, на 3-м КВШ меняем', d),
    lab('review', note='different statuses for different positions (1,2 launched; 3,4 still on site)'), '51245')

d = dt(10, 17, 5, 12)
add(d, outlook('RE: Заявка 51245 — выезд бригады', D('''
    Добрый вечер.

    Итог дня по 51245: позиции 1 и 2 — работы завершены, лифты запущены в 15:10.
    По позициям 3 и 4 работы продолжатся завтра с 9:00.
'''), d, quote=dict(frm='Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>', d=dt(10, 9, 31), to='dispetcher@uralliftservis.ru',
                   subj='RE: Заявка 51245 — выезд бригады', text='Принято, спасибо. Ждём информацию по итогам дня.'),
           irt='<%s@zakazchik-omis.ru>' % _hash('c3')[:20]),
    lab('decided', '51245', ['1', '2'], 'подрядчик убыл', 'positions 1,2 done; 3,4 only a plan for tomorrow'), '51245')

d = dt(11, 16, 40, 27)
add(d, iphone('gusev', '51245 поз 3,4', 'Закончили. КВШ на 3-м заменили, оба лифта запущены в 16.20, убыли с Малышева', d),
    lab('decided', '51245', ['3', '4'], 'подрядчик убыл', 'finished and left the site'), '51245')

# --- 51309 ДГП № 11
ldss_text = D('''
    ЛДСС УралЛифтСервис — уведомление о событии

    Событие:   АВАРИЯ. Открыта дверь шахты при отсутствии кабины (ДШ)
    Лифт:      рег. № 47730, зав. № 51281, ЛП-0621
    Адрес:     ул. Волгоградская, 190 (ДГП № 11), корпус 1
    Время:     12.11.2026 06:02:41
    Блок:      ЛБ v6.0 № 1190, линия 1
    Состояние: лифт остановлен, этаж 2
    Квитирование: 06:03 диспетчер Лаврова
''')
d = dt(12, 6, 2, 50)
add(d, ldss('Авария: лифт рег.№ 47730; Волгоградская 190; 06:02', ldss_text, d, '47730a'),
    lab('ignored', note='machine alarm from ЛДСС; factory № 51281 is not a request'))

d = dt(12, 8, 50, 5)
add(d, outlook('FW: Авария: лифт рег.№ 47730; Волгоградская 190; 06:02', D('''
    Коллеги, доброе утро.

    По заявке 51309, поз. 1: электромеханик Шайхутдинов Р.Р. выехал в 08:45, ориентировочно будет в 09:20.
    Ниже — сообщение нашей ЛДСС.
'''), d, quote=dict(frm='ЛДСС УралЛифтСервис <ldss@uralliftservis.ru>', d=dt(12, 6, 2), to='Диспетчерская УралЛифтСервис',
                   subj='Авария: лифт рег.№ 47730; Волгоградская 190; 06:02', text=ldss_text)),
    lab('decided', '51309', ['1'], 'подрядчик в пути', 'dispatcher\'s own text: mechanic left for the site; forwarded part is the machine alarm'), '51309')

d = dt(12, 9, 25, 31)
add(d, mailru('51309 (1)', 'Прибытие 9.20. Лифт стоит на 2 эт с открытой ДШ', d),
    lab('decided', '51309', ['1'], 'подрядчик на месте', 'noun «Прибытие» with time; position in brackets'), '51309')

d = dt(12, 11, 40, 14)
add(d, mailru('Re: 51309 (1)', D('''
    Лифт остановлен на ремонт: меняю концевик ВПК-2111 и замок ДШ на 2 этаже. Работаю, до обеда должен закончить
'''), d, quote=(dt(12, 9, 41), 'Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>', 'Ринат, сколько примерно по времени? Поликлиника спрашивает.'),
           irt='<%s@zakazchik-omis.ru>' % _hash('c4')[:20]),
    lab('decided', '51309', ['1'], 'подрядчик на месте', '«остановлен на ремонт», mechanic still working = on site'), '51309')

d = dt(12, 14, 10, 9)
add(d, mailru('51309 поз1 запущен', 'Запустил в 14.00, ДШ отрегулировал. По поз.2 не успеваю, завтра с утра', d),
    lab('decided', '51309', ['1'], 'подрядчик убыл', 'pos 1 done; pos 2 only planned'), '51309')

d = dt(12, 17, 30, 0)
add(d, outlook('RE: ДГП 11 — доступ в машинное помещение', D('''
    Спасибо, информацию приняли.
    Ключ от машинного помещения больничного лифта механик возьмёт у завхоза (Ирина Викторовна, каб. 104).
'''), d, quote=dict(frm='Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>', d=dt(12, 16, 55), to='dispetcher@uralliftservis.ru',
                   subj='ДГП 11 — доступ в машинное помещение',
                   text='По заявке 51309, поз. 2: машинное помещение больничного лифта закрыто, ключ у завхоза поликлиники (каб. 104), пропуск оформлен на Шайхутдинова.'),
           irt='<%s@zakazchik-omis.ru>' % _hash('c5')[:20]),
    lab('review', note='acknowledgement of the customer\'s message about access; no status (number only in quote)'), '51309')

d = dt(13, 9, 40, 3)
add(d, thebat('О проведении ПТО лифтов по ул. Малышева, 120/2 (заявка 51245)', D('''
    Здравствуйте, уважаемые коллеги!

    Сообщаю, что периодическое техническое освидетельствование четырёх лифтов
    по адресу ул. Малышева, 120/2 (рег. № 45501–45504) будет проведено
    аккредитованной организацией ООО «ИКЦ „УралЛифтЭксперт“» 24.11.2026
    с 10:00. Основание — требования ТР ТС 011/2011 и предписание Уральского
    управления Ростехнадзора от 02.10.2026 № 43-12/1187.

    Прошу обеспечить доступ в машинные помещения и приямки, а также
    уведомить жителей о временной остановке лифтов в день освидетельствования.
    Со стороны ООО «УралЛифтСервис» будет присутствовать бригада Гусева А.В.

    Копию акта ПТО направим после его подписания.
'''), d), lab('review', note='plan of a future examination and requests to the customer; no status now'), '51245')

d = dt(13, 10, 30, 44)
add(d, outlook('Заявка 51309 — вторая позиция', 'Доброе утро.\n\nПо второй позиции (больничный лифт) механик на месте с 10:10, работает.', d),
    lab('decided', '51309', ['2'], 'подрядчик на месте', '«по второй позиции» = position 2'), '51309')

d = dt(13, 13, 15, 20)
add(d, mailru('Re: Заявка 51309 — вторая позиция', 'поз.2 — ролики на кабине заменил, скрежета нет, лифт в работе. Я уехал', d,
              quote=(dt(13, 10, 48), 'Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>', 'Принято. Просим сообщить по завершении работ по поз. 2.'),
              irt='<%s@zakazchik-omis.ru>' % _hash('c6')[:20]),
    lab('decided', '51309', ['2'], 'подрядчик убыл', 'repair done, mechanic left'), '51309')

# --- 51376 Металлургов 32
d = dt(13, 22, 40, 2)
add(d, iphone('kovalev', 'Металлургов 32 (51376)', 'Еду, буду в 23.10', d),
    lab('decided', '51376', [], 'подрядчик в пути', 'number in brackets after address; travelling now'), '51376')

d = dt(13, 23, 15, 48)
add(d, iphone('kovalev', '51376 на мести', '', d),
    lab('decided', '51376', [], 'подрядчик на месте', 'typo «на мести»; subject only'), '51376')

d = dt(14, 1, 5, 26)
add(d, iphone('kovalev', '51376', D('''
    Остановлен до замены платы управления, сгорела после протечки с крыши. Платы ночью на складе нет, поехал на базу. К 7 утра передам дневной смене
'''), d), lab('review', note='lift stopped awaiting a part, mechanic left but work not finished: neither «на месте» nor «убыл» with confidence'), '51376')

d = dt(14, 10, 20, 37)
add(d, mailru('Металлургов 32 — 51376', D('''
    Плату поставил, протечку в машинном ЖЭУ обещали устранить.
    Лифт запущен в 10.05, проверил на всех этажах. Уезжаю
'''), d), lab('decided', '51376', [], 'подрядчик убыл', 'launched, leaving'), '51376')

# --- 51440 Сыромолотова 15
q51440 = D('''
    Добрый день!
    Наряд-заявка № 51440, ул. Сыромолотова, 15.
    Поз. 1, 2, 3 — лифты подъездов 1–3, замена тяговых канатов по результатам ТО.
    Срок — до 25.11.2026.
''')
d = dt(16, 12, 15, 9)
add(d, outlook('RE: Наряд-заявка № 51440, Сыромолотова 15', D('''
    Добрый день!

    Заявку получили, приняли в работу.
    Канаты 10,5-Г-I-Н-1770 ГОСТ 2688-80 заказаны у поставщика (счёт № 2231 от 16.11.2026), поставка ожидается 17.11.
    Выход бригады планируем на 18.11.
'''), d, quote=dict(frm='Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>', d=dt(16, 11, 38), to='dispetcher@uralliftservis.ru',
                   cc='safronov@uralliftservis.ru', subj='Наряд-заявка № 51440, Сыромолотова 15', text=q51440), irt=cust_mid(51440)),
    lab('decided', '51440', [], 'заявка принята', 'accepted; invoice/GOST numbers are noise; crew visit only planned'), '51440')

d = dt(16, 12, 16, 2)
ar = D('''
    Здравствуйте!

    Я нахожусь в командировке с 16.11 по 20.11.2026, доступ к почте ограничен.
    По срочным вопросам обращайтесь в диспетчерскую: +7 (343) 287-40-15, dispetcher@uralliftservis.ru.
    По техническим вопросам — заместитель главного инженера Лукин Сергей Андреевич, +7 912 288-05-61.

    Сафронов В.П.
''') + '\n'
h = [('From', addr('safronov')), ('To', cust_addr()), ('Subject', ew('Автоматический ответ: Наряд-заявка № 51440, Сыромолотова 15')),
     ('Date', rfcdate(d)), ('Message-ID', '<autoreply.%s@uralliftservis.ru>' % _hash('ar')[:14]),
     ('In-Reply-To', cust_mid(51440)), ('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes'),
     ('X-Auto-Response-Suppress', 'All'), ('MIME-Version', '1.0'), ('__BODY__', None)]
add(d, assemble(h, leaf(ar, 'plain', 'utf-8', 'base64')), lab('ignored', note='out-of-office auto-reply'))

# --- 51512 Фрунзе 64
q51512 = D('''
    Добрый день.
    Направляем заявку № 51512, ул. Фрунзе, 64.
    Позиция 1 — лифт подъезда 1, позиция 2 — лифт подъезда 2: двери шахты закрываются с ударом, на 3 и 7 этажах не закрываются с первого раза.
    Контакт: старшая по дому Валентина Петровна, +7 912 045-33-90.
''')
d = dt(17, 10, 30, 50)
add(d, outlook('RE: Заявка 51512 Фрунзе 64', 'Принята. Механик будет после обеда, ориентировочно в 14:30.\n\nН.Л.', d,
              quote=dict(frm='Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]', d=dt(17, 10, 4), to='dispetcher@uralliftservis.ru',
                         subj='Заявка 51512 Фрунзе 64', text=q51512), irt=cust_mid(51512), sig=False, orig_msg=True),
    lab('decided', '51512', [], 'заявка принята', '«-----Original Message-----» quote; arrival time only a plan'), '51512')

d = dt(17, 11, 2, 19)
bounce_txt = D('''
    This is the mail system at host mx1.uralliftservis.ru.

    I'm sorry to have to inform you that your message could not
    be delivered to one or more recipients. It's attached below.

    For further assistance, please send mail to postmaster.

    If you do so, please include this problem report. You can
    delete your own text from the attached returned message.

                       The mail system

    <m.petrov@uralliftservis.ru>: host mailbox.uralliftservis.ru[10.20.0.12] said:
        550 5.1.1 <m.petrov@uralliftservis.ru>: Recipient address rejected: User
        unknown in virtual mailbox table (in reply to RCPT TO command)
''') + '\n'
rep = Message()
rep['Content-Type'] = 'multipart/report; report-type=delivery-status; boundary="F2C1A1E0A7.1794898939/mx1.uralliftservis.ru"'
rep.attach(leaf(bounce_txt, 'plain', 'us-ascii', '7bit'))
ds = Message(); ds['Content-Type'] = 'message/delivery-status'; ds['Content-Description'] = 'Delivery report'
b1 = Message(); b1['Reporting-MTA'] = 'dns; mx1.uralliftservis.ru'; b1['X-Postfix-Queue-ID'] = 'F2C1A1E0A7'
b1['Arrival-Date'] = rfcdate(dt(17, 11, 2, 15))
b2 = Message(); b2['Final-Recipient'] = 'rfc822; m.petrov@uralliftservis.ru'; b2['Action'] = 'failed'; b2['Status'] = '5.1.1'
b2['Diagnostic-Code'] = 'smtp; 550 5.1.1 <m.petrov@uralliftservis.ru>: Recipient address rejected: User unknown in virtual mailbox table'
ds.set_payload([b1, b2])
rep.attach(ds)
oh = Message(); oh['Content-Type'] = 'text/rfc822-headers'; oh['Content-Description'] = 'Undelivered Message Headers'
oh.set_payload('From: %s\nTo: m.petrov@uralliftservis.ru\nSubject: %s\nDate: %s\nMessage-ID: <%s@zakazchik-omis.ru>\n' % (
    cust_addr(), ew('Заявка 51512 Фрунзе 64 — просьба подтвердить выезд'), rfcdate(dt(17, 11, 2, 10)), _hash('c7')[:20]))
rep.attach(oh)
h = [('From', '%s <%s>' % PEOPLE['daemon']), ('To', CUST), ('Subject', 'Undelivered Mail Returned to Sender'),
     ('Date', rfcdate(d)), ('Message-Id', '<20261117060219.F2C1A1E0A7@mx1.uralliftservis.ru>'),
     ('Auto-Submitted', 'auto-replied'), ('MIME-Version', '1.0'), ('Content-Type', rep['Content-Type'])]
top = Message()
for k, v in h:
    top[k] = v
for p in rep.get_payload():
    top.attach(p)
top.preamble = 'This is a MIME-encapsulated message.\n'
add(d, top, lab('ignored', note='delivery failure report (bounce) from contractor\'s mail server'))

d = dt(17, 14, 5, 41)
add(d, mailru('Re: Заявка 51512 Фрунзе 64', 'Выехал на Фрунзе, минут через 20 буду', d,
              quote=(dt(17, 10, 4), 'Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>', q51512), irt=cust_mid(51512)),
    lab('decided', '51512', [], 'подрядчик в пути', 'number only in the Re: subject; «выехал на» = leaving for the site'), '51512')

d = dt(17, 15, 50, 6)
add(d, mailru('Фрунзе 64 готово', D('''
    Оба лифта (п.1, п.2) — двери шахты отрегулировал на всех этажах, запущены.
    Уехал в 15:45
'''), d, quote=(dt(17, 10, 4), 'Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>', q51512), irt=cust_mid(51512)),
    lab('decided', '51512', ['1', '2'], 'подрядчик убыл', 'request number only in the quoted customer letter'), '51512')

d = dt(18, 9, 30, 22)
add(d, outlook('Заявка 51440', D('''
    Доброе утро.

    Бригада на Сыромолотова пока не выехала — машина с канатами со склада задерживается, ждём к 10:30.
    Как выедут — сообщу.
'''), d), lab('review', note='negation: crew has not left yet'), '51440')

d = dt(18, 11, 10, 3)
add(d, outlook('RE: Заявка 51440', 'Выезд в 11:05: Гусев + Петров, будут к 11:45.', d,
              quote=dict(frm='Диспетчерская УралЛифтСервис <dispetcher@uralliftservis.ru>', d=dt(18, 9, 30), to='Диспетчерская ОМИС',
                         subj='Заявка 51440', text='Доброе утро.\n\nБригада на Сыромолотова пока не выехала — машина с канатами со склада задерживается, ждём к 10:30.\nКак выедут — сообщу.')),
    lab('decided', '51440', [], 'подрядчик в пути', 'new text: departure at 11:05; quoted old text says «не выехала»'), '51440')

d = dt(18, 12, 0, 55)
add(d, iphone('gusev', '51440 П1', 'П1 остановлен на замену канатов, бригада на месте работает. Жильцов предупредили', d),
    lab('decided', '51440', ['1'], 'подрядчик на месте', '«остановлен на замену» while crew works = on site'), '51440')

# --- 51588 Уральская 58/1
d = dt(19, 13, 40, 30)
add(d, outlook('Заявка 51588 Уральская 58/1 — вопрос', D('''
    Добрый день.

    По заявке 51588 уточните, пожалуйста, телефон старшего по дому и код домофона подъезда 4 — в заявке не указаны.
'''), d), lab('review', note='question to the customer, no status'), '51588')

d = dt(19, 15, 20, 8)
add(d, outlook('RE: Заявка 51588 Уральская 58/1 — вопрос', 'Спасибо, код получили.\nЗаявку приняли, механик Шайхутдинов будет на Уральской через 30 минут.', d,
              quote=dict(frm='Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>', d=dt(19, 15, 2), to='dispetcher@uralliftservis.ru',
                         subj='RE: Заявка 51588 Уральская 58/1 — вопрос', text='Код домофона 4К2580, старший по дому — Гареев Ильдар, +7 922 611-40-07.'),
              irt='<%s@zakazchik-omis.ru>' % _hash('c8')[:20]),
    lab('decided', '51588', [], 'подрядчик в пути', '«будет через 30 минут» = on the way (later than accepted); phone/intercom code are noise'), '51588')

d = dt(19, 17, 30, 14)
add(d, iphone('gusev', '51440 п1 запущен', 'Канаты заменили, ловители и натяжку проверили — ок. П1 в работе с 17.20. Завтра п2', d),
    lab('decided', '51440', ['1'], 'подрядчик убыл', 'pos 1 launched; pos 2 planned'), '51440')

d = dt(19, 17, 45, 2)
add(d, mailru('Уральская 58/1 (51588)', 'Двери кабины отрегулировал, ремень привода ДК заменил. Лифт работает.\nУбытие 17:40', d),
    lab('decided', '51588', [], 'подрядчик убыл', 'noun «Убытие» with time'), '51588')

d = dt(19, 18, 10, 37)
add(d, outlook('Сводка по механикам на 18:00', D('''
    Добрый вечер.

    Пишу за Гусева и Шайхутдинова:
    — Шайхутдинов: Уральская, 58/1, заявка 51588 — закончил, уехал.
    — Гусев: Сыромолотова, 15, заявка 51440 — п. 1 запущен, бригада уехала, завтра продолжат с п. 2.
'''), d), lab('review', note='two different requests in one letter'))

d = dt(20, 9, 10, 45)
add(d, iphone('gusev', '51440 поз2', 'На месте, п2 остановлен на ремонт, снимаем старые канаты', d),
    lab('decided', '51440', ['2'], 'подрядчик на месте', 'on site, lift stopped for repair'), '51440')

# --- 51603 ЖК Светлый
d = dt(20, 12, 40, 17)
add(d, thebat('Re: Заявка 51603 ЖК Светлый', D('''
    Здравствуйте, Диспетчерская.

    Вы писали 20 ноября 2026 г., 12:05:17:

    ДО> Направляем заявку № 51603, ЖК «Светлый», ул. Рощинская, 72.
    ДО> Поз. 1 — корпус 1, пассажирский; поз. 2 — корпус 1, грузопассажирский;
    ДО> поз. 3 — корпус 2, пассажирский. Шум и вибрация при движении кабины.
    ДО> Просим подтвердить.

    Подтверждаю: заявка принята к исполнению. Выезд бригады — 23.11.2026
    (понедельник), утро.

    Лифты корпуса 1 эксплуатируются с 2019 г., гарантийные обязательства
    завода-изготовителя (ОАО «ЩЛЗ», договор поставки № 7740) истекли, поэтому
    работы выполняем в рамках договора на ТО № 112/ТО-2026.
'''), d, cs='koi8-r', cte='quoted-printable', irt=cust_mid(51603)),
    lab('decided', '51603', [], 'заявка принята', 'The Bat! initials quote «ДО>», reply written under the quote; KOI8-R'), '51603')

d = dt(20, 15, 0, 0)
ics = D('''
    BEGIN:VCALENDAR
    METHOD:REPLY
    PRODID:Microsoft Exchange Server 2016
    VERSION:2.0
    BEGIN:VEVENT
    ATTENDEE;PARTSTAT=ACCEPTED;CN=Диспетчерская УралЛифтСервис:mailto:dispetcher@uralliftservis.ru
    COMMENT;LANGUAGE=ru-RU:\\n
    SUMMARY;LANGUAGE=ru-RU:Принято: Совещание: лифты поликлиник (51032\\, 51309) — график ТО на декабрь
    DTSTART;TZID=Ekaterinburg Standard Time:20261127T110000
    DTEND;TZID=Ekaterinburg Standard Time:20261127T120000
    UID:040000008200E00074C5B7101A82E00800000000B0C7E2A1F45BDB01000000000000000010000000
    SEQUENCE:0
    DTSTAMP:20261120T100000Z
    END:VEVENT
    END:VCALENDAR
''').replace('\n', '\r\n') + '\r\n'
cal = alt([leaf('\n', 'plain', 'utf-8', 'quoted-printable'),
           leaf(ics, 'calendar', 'utf-8', 'base64', ct_extra='; method=REPLY')], '_000_cal20261120uralliftservis_')
h = [('From', addr('disp', 'windows-1251', quote=True)), ('To', cust_addr()),
     ('Subject', ew('Принято: Совещание: лифты поликлиник (51032, 51309) — график ТО на декабрь')),
     ('Date', rfcdate(d)), ('Message-ID', '<cal.%s@uralliftservis.ru>' % _hash('cal')[:16]),
     ('Content-Class', 'urn:content-classes:calendarmessage'), ('X-Mailer', 'Microsoft Outlook 16.0'),
     ('MIME-Version', '1.0'), ('__BODY__', None)]
add(d, assemble(h, cal), lab('ignored', note='calendar meeting acceptance generated by Outlook'))

d = dt(21, 10, 0, 12)
add(d, outlook('Заявка 51902 — ТСЖ «Заречное», Заречная, 41', 'Механик на месте с 9:50, лифт подъезда 2 остановлен, меняем замок двери шахты на 9 этаже.', d),
    lab('review', note='request 51902 is not in the registry (probably another customer)'))

d = dt(21, 18, 0, 31)
add(d, iphone('gusev', 'Re: 51440 поз2', 'п2 и п3 готово, канаты новые. Запустили оба в 17.40, уехали с Сыромолотова', d,
              quote=(dt(20, 9, 26), 'Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>', 'Принято, на месте.'),
              irt='<%s@zakazchik-omis.ru>' % _hash('c9')[:20]),
    lab('decided', '51440', ['2', '3'], 'подрядчик убыл', 'Re: subject names only pos 2 (old on-site status); body: 2 and 3 done, left'), '51440')

d = dt(23, 8, 20, 10)
add(d, outlook('51603 — выезд', 'Доброе утро!\n\nПо заявке № 51603 — выезд бригады в 8:10 на Рощинскую, 72. Старший — Гусев А.В., тел. +7 922 150-36-08.', d),
    lab('decided', '51603', [], 'подрядчик в пути', 'noun «выезд» with time'), '51603')

d = dt(23, 9, 5, 4)
add(d, iphone('gusev', '51603 п1 п2 на месте', '', d),
    lab('decided', '51603', ['1', '2'], 'подрядчик на месте', 'subject only'), '51603')

d = dt(23, 16, 30, 59)
add(d, outlook('Заявка 51603 — корпус 1', D('''
    Добрый день.

    Отвечаю за Гусева и Петрова:
    поз. 1 (Гусев) — заменили вкладыши башмаков, отбалансировали, лифт запущен в 15:50;
    поз. 2 (Петров) — заменён подшипник отводного блока 180308, лифт запущен в 16:10.
    Оба с объекта уехали.
'''), d), lab('decided', '51603', ['1', '2'], 'подрядчик убыл', 'dispatcher answering for two mechanics, same request, same status; bearing number is noise'), '51603')

# --- 51671 Комсомольская 76
d = dt(23, 22, 51, 3)
add(d, ldss('Авария: лифт рег.№ 49018; Комсомольская 76 п.1; 22:51', D('''
    ЛДСС УралЛифтСервис — уведомление о событии

    Событие:   АВАРИЯ. Застревание, вызов из кабины (ПУ)
    Лифт:      рег. № 49018, зав. № 73310, ПП-0411К
    Адрес:     ул. Комсомольская, 76, подъезд 1
    Время:     23.11.2026 22:51:03
    Состояние: кабина между этажами 7-8, цепь безопасности разомкнута
    Квитирование: 22:52 диспетчер Ахмадуллина
'''), d, '49018a'), lab('ignored', note='machine alarm from ЛДСС'))

d = dt(24, 0, 10, 25)
add(d, iphone('kovalev', '#51671 п1', 'люди в кабине, выехал, минут 20', d),
    lab('decided', '51671', ['1'], 'подрядчик в пути', '«#» before number'), '51671')

d = dt(24, 0, 35, 9)
add(d, iphone('kovalev', 'Re: #51671 п1', 'на месте', d,
              quote=(dt(24, 0, 14), 'Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>', 'Ждём, сообщите по прибытии'),
              irt='<%s@zakazchik-omis.ru>' % _hash('c10')[:20]),
    lab('decided', '51671', ['1'], 'подрядчик на месте', 'short reply; request/position only in Re: subject'), '51671')

d = dt(24, 1, 20, 44)
add(d, iphone('kovalev', '51671 п1 эвакуация', D('''
    Эвакуировал 3 чел. (женщина с ребёнком и мужчина) в 0:50, все в порядке.
    Лифт остановлен на ремонт — обрыв в цепи безопасности, ищу. Работаю
'''), d), lab('decided', '51671', ['1'], 'подрядчик на месте', 'evacuation done but lift stopped for repair, mechanic still working'), '51671')

d = dt(24, 4, 7, 12)
add(d, ldss('Восстановление: лифт рег.№ 49018; Комсомольская 76 п.1; 04:07', D('''
    ЛДСС УралЛифтСервис — уведомление о событии

    Событие:   ВОССТАНОВЛЕНИЕ. Лифт в нормальном режиме работы
    Лифт:      рег. № 49018, зав. № 73310, ПП-0411К
    Адрес:     ул. Комсомольская, 76, подъезд 1
    Время:     24.11.2026 04:07:12
    Длительность простоя: 05:16:09
'''), d, '49018b'), lab('ignored', note='machine notification from ЛДСС (lift back in service) — not a person report'))

d = dt(24, 4, 15, 0)
add(d, iphone('kovalev', 'Re: 51671 п1 эвакуация', 'запущен в 04.05. контакт ДШ на 7 эт окислился, зачистил, цепь собрал', d,
              quote=(dt(24, 1, 33), 'Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>', 'Принято, держите в курсе.'),
              irt='<%s@zakazchik-omis.ru>' % _hash('c11')[:20]),
    lab('decided', '51671', ['1'], 'подрядчик убыл', 'lift launched = work done'), '51671')

d = dt(24, 10, 0, 40)
add(d, mailru('51671 п2', 'П2 сегодня не успеваю, весь день на плановом ТО по графику. Завтра к 9 утра подъеду', d),
    lab('review', note='plan for tomorrow only, no status'), '51671')

d = dt(24, 11, 0, 19)
add(d, iphone('gusev', '51603 (3)', 'ПPИБЫЛИ. Работаем', d),
    lab('decided', '51603', ['3'], 'подрядчик на месте', 'caps with Latin P inside «ПPИБЫЛИ»; position in brackets'), '51603')

d = dt(24, 15, 0, 8)
add(d, iphone('gusev', '51603 поз 3 зaпущен', 'Шум был от ослабленного крепления противовеса, подтянули. Запущен в 14.45, уехали', d),
    lab('decided', '51603', ['3'], 'подрядчик убыл', 'Latin «a» inside «зaпущен» in subject'), '51603')

d = dt(25, 9, 20, 2)
fwd = D('''
    От: Ринат Шайхутдинов <shaikhutdinov.rinat@mail.ru>
    Дата: 25 ноября 2026 г. в 9:14:30 GMT+5
    Кому: Дмитрий Ковалёв <d.kovalev@uralliftservis.ru>
    Тема: 51671 п2

    \ufeffНа месте, Комсомольская 76, п2. Смотрю привод дверей

    --
    Отправлено из Mail.ru для Android
''')
add(d, iphone('kovalev', 'Fwd: 51671 п2', 'Ринат мне скинул вместо вас', d, fwd=fwd),
    lab('decided', '51671', ['2'], 'подрядчик на месте', 'iPhone forward of the other mechanic\'s report: on site'), '51671')

# --- 51790 ДГП № 13
d = dt(25, 10, 50, 33)
add(d, outlook('RE: Заявка 51790 ДГП № 13', 'Добрый день, заявка принята.\nМеханика направим после объекта на Комсомольской.', d,
              quote=dict(frm='Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>', d=dt(25, 10, 31), to='dispetcher@uralliftservis.ru',
                         subj='Заявка 51790 ДГП № 13',
                         text='Заявка № 51790, ГАУЗ СО «ДГП № 13», ул. Академика Бардина, 9.\nПоз. 1 — больничный лифт, ошибка ЧП (контроль фаз).\nПоз. 2 — пассажирский, не работает кнопка вызова на 3 этаже.'),
              irt=cust_mid(51790)),
    lab('decided', '51790', [], 'заявка принята', 'accepted; sending mechanic later is a plan'), '51790')

d = dt(25, 11, 0, 51)
add(d, mailru('Re: 51671 п2', 'п2 всё, запущен в 10:55. Привод дверей отрегулировал', d,
              quote=(dt(25, 9, 31), 'Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>', 'Ринат, принято, на месте.'),
              irt='<%s@zakazchik-omis.ru>' % _hash('c12')[:20]),
    lab('decided', '51671', ['2'], 'подрядчик убыл', 'launched'), '51671')

d = dt(25, 11, 30, 6)
add(d, mailru('51790', 'Выехал на Бардина 9, к 12 буду', d, html_only=True),
    lab('decided', '51790', [], 'подрядчик в пути', 'HTML-only; «выехал на» = travelling to the site; house number is noise'), '51790')

d = dt(25, 16, 10, 28)
add(d, thebat('Fwd: 51790 ДГП 13 отчёт', D('''
    Здравствуйте, коллеги.

    Направляю отчёт электромеханика по заявке № 51790 для сведения.

    ===8<==============Текст исходного сообщения===============
    От: Ринат Шайхутдинов <shaikhutdinov.rinat@mail.ru>
    Кому: safronov@uralliftservis.ru
    Дата: 25.11.2026 15:40
    Тема: ДГП 13

    Виктор Павлович, по Бардина: поз 1 (больничный) — ошибка ЧП, заменил реле
    контроля фаз ЕЛ-11Е, поз 2 — кнопку вызова 3 эт. заменил. Оба лифта
    запущены в 15.30, с объекта уехал.
    ===8<===========Конец текста исходного сообщения===========
'''), d), lab('decided', '51790', ['1', '2'], 'подрядчик убыл', 'The Bat! forward of mechanic\'s report; both positions launched, left'), '51790')

# --- 51855 Победы 31
d = dt(26, 12, 0, 15)
add(d, thebat('Ответ на обращение № 51855 (ул. Победы, 31)', D('''
    Здравствуйте, уважаемые коллеги!

    Ваше обращение № 51855 ООО «УралЛифтСервис» принимает к исполнению.

    Лифт рег. № 39907 (зав. № 51590, ввод в эксплуатацию — 1999 г.) отработал
    назначенный срок службы 25 лет. В соответствии с ТР ТС 011/2011 «Безопасность
    лифтов» эксплуатация лифта до проведения оценки соответствия не допускается,
    лифт остановлен, на вводном устройстве установлена пломба № 0051233.

    Для проведения экспертизы промышленной безопасности привлекается
    ООО «ИКЦ „УралЛифтЭксперт“». По результатам обследования будет определён
    объём ремонтных работ. Ориентировочный срок — до 30.11.2026.
'''), d, cte='quoted-printable'), lab('decided', '51855', [], 'заявка принята', 'formal acceptance of «обращение»; factory № 51590 and seal number are noise'), '51855')

d = dt(26, 14, 30, 3)
mdn_txt = D('''
    Сообщение
      Кому: safronov@uralliftservis.ru
      Тема: Заявка 51855 — допуск экспертов в машинное помещение
      Отправлено: 26.11.2026 14:10
    было прочитано 26.11.2026 14:30.
''') + '\n'
rep = Message()
rep.attach(leaf(mdn_txt, 'plain', 'windows-1251', 'quoted-printable'))
mdn = Message(); mdn['Content-Type'] = 'message/disposition-notification'
mdn.set_payload('Reporting-UA: safronov-pc; The Bat! (v10.5.3) Professional\nFinal-Recipient: rfc822; safronov@uralliftservis.ru\n'
                'Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n' % cust_mid(51855))
rep.attach(mdn)
h = [('Date', rfcdate(d)), ('From', addr('safronov', 'windows-1251')), ('Message-ID', '<mdn.%s@uralliftservis.ru>' % _hash('mdn')[:14]),
     ('To', cust_addr('windows-1251')), ('Subject', ew('Прочитано: Заявка 51855 — допуск экспертов в машинное помещение', 'windows-1251')),
     ('In-Reply-To', cust_mid(51855)), ('X-Mailer', 'The Bat! (v10.5.3) Professional'), ('MIME-Version', '1.0'),
     ('Content-Type', 'multipart/report; report-type=disposition-notification; boundary="----------MDN2611261430"')]
top = Message()
for k, v in h:
    top[k] = v
for p in rep.get_payload():
    top.attach(p)
add(d, top, lab('ignored', note='read receipt (MDN)'))

d = dt(27, 10, 0, 49)
add(d, thebat('Заявка № 51855 — стоимость ЭПБ и ремонта', D('''
    Здравствуйте, уважаемые коллеги!

    По заявке № 51855 (ул. Победы, 31, лифт рег. № 39907) сообщаю: экспертиза
    промышленной безопасности не входит в перечень работ по договору
    № 112/ТО-2026 и оплачивается отдельно. Стоимость ЭПБ — 38 500 руб.
    (без НДС), замена лебёдки по результатам предварительного обследования —
    ориентировочно 214 000 руб.

    Прошу согласовать дополнительное соглашение № 3 к договору и оплатить
    счёт № 2417 от 27.11.2026. Без согласования сроки работ, указанные в
    письме от 26.11.2026, не могут быть выдержаны.
'''), d), lab('review', note='price/contract talk, no status'), '51855')

d = dt(30, 14, 0, 2)
add(d, thebat('Заявка № 51855 — работы завершены', D('''
    Здравствуйте, уважаемые коллеги!

    Сообщаю о завершении работ по заявке № 51855 (ул. Победы, 31).

    Экспертиза промышленной безопасности лифта рег. № 39907 проведена
    ООО «ИКЦ „УралЛифтЭксперт“» 28.11.2026, заключение № 59-ТУ-11872-2026
    (срок эксплуатации продлён до 30.11.2029). Выполнены ремонт тормоза
    лебёдки и замена вводного устройства ВУ-1. Полное техническое
    освидетельствование проведено 30.11.2026, акт ПТО № 1187 подписан.

    Лифт введён в эксплуатацию 30.11.2026 в 13:20, пломба снята, персонал
    ООО «УралЛифтСервис» с объекта убыл. Оригиналы документов будут переданы
    с курьером до 03.12.2026.
'''), d), lab('decided', '51855', [], 'подрядчик убыл', 'formal completion: lift put into service, staff left; expert/act numbers are noise'), '51855')

# ================================================================ write out
def main():
    LETTERS.sort(key=lambda x: x[0])
    ld = os.path.join(OUT, 'letters')
    os.makedirs(ld, exist_ok=True)
    for f in os.listdir(ld):
        if f.endswith('.eml'):
            os.remove(os.path.join(ld, f))
    labels, reqs = {}, {}
    pol = policy.compat32.clone(linesep='\r\n', max_line_length=0)
    for i, (d, msg, label, req) in enumerate(LETTERS, 1):
        name = '%03d.eml' % i
        if msg['To'] is None:
            msg['To'] = cust_addr()
        buf = io.BytesIO()
        BytesGenerator(buf, policy=pol, mangle_from_=False).flatten(msg)
        with open(os.path.join(ld, name), 'wb') as f:
            f.write(buf.getvalue())
        labels[name] = label
        reqs[name] = req
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as f:
        json.dump(REGISTRY, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, '.letter_requests.json'), 'w', encoding='utf-8') as f:
        json.dump(reqs, f)
    print(len(labels), 'letters')

if __name__ == '__main__':
    main()
