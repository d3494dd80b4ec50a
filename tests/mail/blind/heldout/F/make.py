#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for corpus F: ИП Коваленко С.Н. (сантехника/ремонт).

Writes registry.json, labels.json and letters/NNN.eml next to this script.
Raw messages are assembled by hand (headers + MIME parts) so that every
client (Yandex web/mobile, Mail.ru web/mobile, Gmail, Outlook 2016, The Bat!)
gets its own charset, transfer encoding, quoting style and Message-ID shape.
"""
import base64
import html
import json
import os
import quopri
import random
import shutil
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
MSK = timezone(timedelta(hours=3))
rnd = random.Random(9034)

DISPATCH = ('Диспетчерская ОМИС', 'dispatch@zakazchik-omis.ru')
S_YA = ('Сергей Коваленко', 's.kovalenko-santeh@yandex.ru')
S_MR = ('Коваленко Сергей', 'kovalenko.sn@mail.ru')
S_GM = ('Сергей Коваленко', 'kovalenko.santeh@gmail.com')
M = ('Марина Коваленко', 'marina.kovalenko75@mail.ru')
D = ('Дмитрий Гусев', 'gusev.dima1988@yandex.ru')
A = ('Алексей Пахомов', 'pahomov.alex@bk.ru')


def T(day, h, m, s=None):
    return datetime(2026, 11, day, h, m, rnd.randint(0, 59) if s is None else s, tzinfo=MSK)


# ----------------------------------------------------------------------------
# low level MIME helpers
# ----------------------------------------------------------------------------
CS_LABEL = {'utf-8': 'UTF-8', 'windows-1251': 'windows-1251', 'koi8-r': 'koi8-r'}


def ew(s, cs='utf-8', mode='B'):
    """RFC 2047 encoded words (each <= 75 chars), folded."""
    if all(ord(c) < 128 for c in s):
        return s
    lab = CS_LABEL[cs]

    def enc(t):
        b = t.encode(cs)
        if mode == 'B':
            return '=?%s?B?%s?=' % (lab, base64.b64encode(b).decode())
        q = ''
        for x in b:
            c = chr(x)
            if c.isascii() and c.isalnum():
                q += c
            elif c == ' ':
                q += '_'
            else:
                q += '=%02X' % x
        return '=?%s?Q?%s?=' % (lab, q)

    words, cur = [], ''
    for ch in s:
        if cur and len(enc(cur + ch)) > 75:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    words.append(enc(cur))
    return '\n '.join(words)


def addr(who, cs='utf-8', mode='B'):
    name, a = who
    return '%s <%s>' % (ew(name, cs, mode), a)


def enc_body(text, cs, cte):
    if cte == 'base64':
        b = base64.b64encode(text.replace('\n', '\r\n').encode(cs)).decode()
        return ('\n'.join(b[i:i + 76] for i in range(0, len(b), 76)) + '\n').encode()
    if cte == 'quoted-printable':
        return quopri.encodestring(text.encode(cs)) + b'\n'
    return text.encode(cs) + b'\n'  # 8bit


def leaf(ctype, text, cs='utf-8', cte='base64', params=''):
    return ('Content-Type: %s; charset=%s%s\nContent-Transfer-Encoding: %s\n' % (ctype, cs, params, cte),
            enc_body(text, cs, cte))


def raw_leaf(headers, body_bytes):
    return (headers, body_bytes)


def mp(subtype, parts, boundary, params=''):
    body = b''
    for h, b in parts:
        body += b'--' + boundary.encode() + b'\n' + h.encode() + b'\n' + b
        if not b.endswith(b'\n'):
            body += b'\n'
    body += b'--' + boundary.encode() + b'--\n'
    return ('Content-Type: multipart/%s;\n boundary="%s"%s\n' % (subtype, boundary, params), body)


def rhex(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))


def rdig(n):
    return ''.join(rnd.choice('0123456789') for _ in range(n))


def ralnum(n):
    abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    return ''.join(rnd.choice(abc) for _ in range(n))


# ----------------------------------------------------------------------------
# quoting helpers
# ----------------------------------------------------------------------------
WD_FULL = ['Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота', 'Воскресенье']
WD_LOW = [w.lower() for w in WD_FULL]
WD_SHORT = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс']


class Q:
    """A message that can be quoted."""

    def __init__(self, dt, who, subject, text, to=None, msgid=None):
        self.dt, self.who, self.subject, self.text = dt, who, subject, text
        self.to = to or S_YA
        self.msgid = msgid or '<%s@zakazchik-omis.ru>' % rhex(16)


def gt(text, prefix='> '):
    out = []
    for l in text.split('\n'):
        if l.startswith('>'):
            out.append('>' + l)
        else:
            out.append((prefix + l) if l else prefix.rstrip())
    return '\n'.join(out)


def qh_ya(q):
    return '%s, %s, "%s" <%s>:' % (q.dt.strftime('%d.%m.%Y'), q.dt.strftime('%H:%M'), q.who[0], q.who[1])


def qh_mr(q):
    return '%s, %d ноября %d, %d:%s +03:00 от %s <%s>:' % (
        WD_FULL[q.dt.weekday()], q.dt.day, q.dt.year, q.dt.hour, q.dt.strftime('%M'), q.who[0], q.who[1])


def qh_gm(q):
    return '%s, %d нояб. %d г. в %s, %s <%s>:' % (
        WD_SHORT[q.dt.weekday()], q.dt.day, q.dt.year, q.dt.strftime('%H:%M'), q.who[0], q.who[1])


def qh_ol(q):
    return ('От: %s <%s>\nОтправлено: %s, %d ноября %d г. %d:%s\nКому: %s <%s>\nТема: %s' % (
        q.who[0], q.who[1], WD_LOW[q.dt.weekday()], q.dt.day, q.dt.year, q.dt.hour, q.dt.strftime('%M'),
        q.to[0], q.to[1], q.subject))


def esc_lines(text):
    return [html.escape(l) for l in text.split('\n')]


# ----------------------------------------------------------------------------
# letter assembly
# ----------------------------------------------------------------------------
LETTERS = []  # (date, headers_str, entity, label)


def letter(dt, frm, subject, entity, label, to=DISPATCH, cc=None, msgid=None, inreply=None,
           extra=(), hcs='utf-8', hmode='B', sort_key=None):
    h = []
    h.append('From: ' + addr(frm, hcs, hmode))
    h.append('To: ' + addr(to, hcs, hmode) if to else 'To: undisclosed-recipients:;')
    if cc:
        h.append('Cc: ' + ', '.join(addr(c, hcs, hmode) for c in cc))
    h.append('Subject: ' + ew(subject, hcs, hmode))
    h.append('Date: ' + format_datetime(dt))
    h.append('Message-ID: ' + msgid)
    if inreply:
        h.append('In-Reply-To: ' + inreply)
        h.append('References: ' + inreply)
    h.extend(extra)
    h.append('MIME-Version: 1.0')
    LETTERS.append((dt, '\n'.join(h) + '\n', entity, label))


# ---------------- Yandex web ----------------
SIG_YA = '-- \nС уважением, Сергей Коваленко\nИП Коваленко С.Н. — сантехника, ремонт\nИНН 503412345678\nтел. 8-916-345-67-89'


def yandex(dt, frm, subject, text, label, quote=None, sig=None, html_only=False, mobile=False,
           cc=None, inreply=None, cte='base64', custom_html=None, custom_plain=None, fwd=None):
    if sig is None:
        sig = '' if mobile else SIG_YA
    if mobile and sig == '':
        sig = ''
    plain = text
    if fwd:
        plain += '\n\n' + fwd
    if sig:
        plain += '\n\n' + sig
    hbody = ''.join('<div>%s</div>' % (l if l else '&nbsp;') for l in esc_lines(text))
    if fwd:
        hbody += '<div>&nbsp;</div>' + ''.join('<div>%s</div>' % (l if l else '&nbsp;') for l in esc_lines(fwd))
    if sig:
        hbody += '<div>&nbsp;</div><div>' + '<br />'.join(esc_lines(sig)) + '</div>'
    if quote:
        plain += '\n\n' + qh_ya(quote) + '\n' + gt(quote.text)
        hbody += ('<div>&nbsp;</div><div>&nbsp;</div><div>%s</div><blockquote>%s</blockquote>' % (
            html.escape(qh_ya(quote)),
            ''.join('<div>%s</div>' % (l if l else '&nbsp;') for l in esc_lines(quote.text))))
        inreply = inreply or quote.msgid
    if custom_html:
        hbody = custom_html
    if custom_plain:
        plain = custom_plain
    hdoc = '<div>%s</div>' % hbody
    b = '----==--bound.%s.%s.yandex.net' % (rdig(6), rnd.choice(['sas1-7f3a9c2e1b4d', 'iva4-0e2d5b7c9a1f', 'myt6-3c8e1a0f5d2b', 'vla1-9b4f2e6a8c0d']))
    if html_only:
        ent = leaf('text/html', hdoc, 'utf-8', cte)
    else:
        ent = mp('alternative', [leaf('text/plain', plain, 'utf-8', cte), leaf('text/html', hdoc, 'utf-8', cte)], b)
    extra = ['X-Mailer: Yamail [ http://yandex.ru ] 5.0']
    if mobile:
        extra.append('X-Yandex-Mobile-Client: yandex-mail-android')
    letter(dt, frm, subject, ent, label, cc=cc, msgid='<%s%s@mail.yandex.ru>' % (rdig(6), int(dt.timestamp())),
           inreply=inreply, extra=extra)


YA_MOB = 'Отправлено из мобильной Яндекс Почты'


# ---------------- Mail.ru web / mobile ----------------
def mailru(dt, frm, subject, text, label, quote=None, sig=None, mobile=False, cc=None, inreply=None, fwd=None):
    if sig is None:
        sig = '--\nОтправлено из Почты Mail.ru' if mobile else '--\nСергей Коваленко\nИП Коваленко С.Н.'
    plain = text
    hb = '<div>' + '<br>'.join(esc_lines(text)) + '</div>'
    if fwd:
        plain += '\n\n' + fwd
        hb += '<div>&nbsp;</div><div>' + '<br>'.join(esc_lines(fwd)) + '</div>'
    if sig:
        plain += '\n\n' + sig
        hb += '<div>&nbsp;</div><div data-signature-widget="container"><div data-signature-widget="content"><div>' + '<br>'.join(esc_lines(sig)) + '</div></div></div>'
    if quote:
        plain += '\n\n\n' + gt(qh_mr(quote) + '\n\n' + quote.text, '>')
        hb += ('<div>&nbsp;</div><div>&nbsp;</div><blockquote style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;">%s<br><br><div id=""><div class="js-helper js-readmsg-msg"><div>%s</div></div></div></blockquote>' % (
            html.escape(qh_mr(quote)), '<br>'.join(esc_lines(quote.text))))
        inreply = inreply or quote.msgid
    hdoc = '\n<HTML><BODY>%s</BODY></HTML>\n' % hb
    b = '--ALT--%s%s' % (rhex(8).upper(), int(dt.timestamp()))
    ent = mp('alternative', [leaf('text/plain', plain, 'utf-8', 'base64'), leaf('text/html', hdoc, 'utf-8', 'base64')], b)
    host = ('m' if mobile else 'f%d.i' % rnd.randint(100, 799))
    extra = ['X-Mailer: Mail.Ru Mailer 1.0' if not mobile else 'X-Mailer: Mail.Ru Mobile Android 14.40.0']
    letter(dt, frm, subject, ent, label, cc=cc, msgid='<%d.%s@%s.mail.ru>' % (int(dt.timestamp()), rdig(9), host),
           inreply=inreply, extra=extra)


# ---------------- Gmail ----------------
def gmail(dt, frm, subject, text, label, quote=None, cc=None, inreply=None, cte='base64', fwd_html=None):
    plain = text
    hb = '<div dir="ltr">' + '<br>'.join(l if l else '' for l in esc_lines(text)) + '</div>'
    if quote:
        plain += '\n\n' + qh_gm(quote) + '\n\n' + gt(quote.text)
        hb += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
               '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (
                   html.escape(qh_gm(quote)), '<br>'.join(esc_lines(quote.text))))
        inreply = inreply or quote.msgid
    b = '000000000000' + rhex(12)
    ent = mp('alternative', [leaf('text/plain', plain, 'UTF-8', cte), leaf('text/html', hb + '\n', 'UTF-8', cte)], b)
    letter(dt, frm, subject, ent, label, cc=cc, msgid='<CA%s@mail.gmail.com>' % ralnum(46), inreply=inreply)


# ---------------- Outlook 2016 (Марина, windows-1251) ----------------
SIG_M = 'Марина Коваленко\nбухгалтер ИП Коваленко С.Н.\nтел. 8-916-345-67-90'


def outlook(dt, frm, subject, text, label, quote=None, fwd=None, attach=None, sig=SIG_M, cc=None):
    cs = 'windows-1251'
    plain = text + ('\n\n' + sig if sig else '')
    paras = ''.join('<p class=MsoNormal>%s<o:p></o:p></p>\n' % (l if l else '&nbsp;') for l in esc_lines(plain))
    inreply = None
    q = quote or fwd
    if q:
        blk = qh_ol(q)
        plain += '\n\n' + blk + '\n\n' + q.text
        bl = esc_lines(blk)
        bl = ['<b>%s</b>%s' % (x.split(':', 1)[0] + ':', x.split(':', 1)[1]) for x in bl]
        paras += ('<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<div style=\'border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\'>'
                  '<p class=MsoNormal>%s<o:p></o:p></p></div>\n' % '<br>\n'.join(bl))
        paras += ''.join('<p class=MsoNormal>%s<o:p></o:p></p>\n' % (l if l else '&nbsp;') for l in esc_lines(q.text))
        if quote:
            inreply = quote.msgid
    hdoc = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head><body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>\n%s</div></body></html>' % paras)
    n = rhex(4).upper()
    alt = mp('alternative', [leaf('text/plain', plain, cs, 'quoted-printable'), leaf('text/html', hdoc, cs, 'quoted-printable')],
             '----=_NextPart_001_%s_01DB%s.%s' % (n, rhex(4).upper(), rhex(8).upper()))
    if attach:
        fname, data = attach
        ah = ('Content-Type: application/pdf;\n name="%s"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment;\n filename="%s"\n' % (
            ew(fname, cs), ew(fname, cs)))
        b64 = base64.b64encode(data).decode()
        ab = ('\n'.join(b64[i:i + 76] for i in range(0, len(b64), 76)) + '\n').encode()
        ent = mp('mixed', [alt, (ah, ab)], '----=_NextPart_000_%s_01DB%s.%s' % (n, rhex(4).upper(), rhex(8).upper()))
    else:
        ent = alt
    extra = ['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AQH%s' % ralnum(30), 'Content-Language: ru']
    letter(dt, frm, subject, ent, label, cc=cc, msgid='<00%s01db%s$%s$%s@mail.ru>' % (rhex(4), rhex(4), rhex(8), rhex(8)),
           inreply=inreply, extra=extra, hcs=cs)


# ---------------- The Bat! (Алексей дома, KOI8-R, ответ под цитатой) ----------------
def koi8_safe(s):
    # The Bat! best-fit conversion: KOI8-R has no №, «», dashes
    for a, b in (('№', 'N'), ('«', '"'), ('»', '"'), ('—', '-'), ('–', '-'), ('ё', 'е')):
        s = s.replace(a, b)
    return s


def thebat(dt, frm, subject, text, label, quote, greet_name, initials):
    q = quote
    subject = koi8_safe(subject)
    body = ('Здравствуйте, %s.\n\nВы писали %d ноября %d г., %s:\n\n%s\n\n%s\n\n-- \nС уважением,\n %s                          mailto:%s' % (
        greet_name, q.dt.day, q.dt.year, q.dt.strftime('%H:%M:%S'), gt(q.text, initials + '> '), text, frm[0], frm[1]))
    ent = leaf('text/plain', koi8_safe(body), 'koi8-r', '8bit')
    extra = ['X-Mailer: The Bat! (v10.4.0) Home', 'X-Priority: 3 (Normal)', 'Reply-To: ' + addr(frm, 'koi8-r')]
    letter(dt, frm, subject, ent, label, msgid='<%s.%s@bk.ru>' % (rdig(10), dt.strftime('%Y%m%d%H%M%S')),
           inreply=q.msgid, extra=extra, hcs='koi8-r')


def L(expect, request=None, positions=None, status=None, note=''):
    d = {'expect': expect}
    if expect == 'decided':
        d.update(request=request, positions=positions, status=status)
    d['note'] = note
    return d


PR, VP, NM, UB = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'

# ----------------------------------------------------------------------------
# registry + dispatcher originals
# ----------------------------------------------------------------------------
REQ = [
    ('9012', ['1', '2'], T(2, 9, 10, 0), 'ТЦ «Меридиан», ул. Ленина, 45: 1 — замена шаровых кранов ХВС/ГВС в подвале; 2 — течь под унитазом, с/у 2 этаж'),
    ('9034', ['1', '2', '3', '4'], T(3, 8, 40, 0), 'Офисное здание, пр. Мира, 12: ревизия сантехники, позиции = этажи 1–4'),
    ('9041', ['1'], T(5, 11, 20, 0), 'Засор канализации, столовая, ул. Гагарина, 7'),
    ('9107', ['1', '2', '3'], T(9, 8, 15, 0), 'Склад, ул. Промышленная, 3: 1 — смесители; 2 — бойлер (ТЭН); 3 — повысительный насос'),
    ('9155', ['1', '2'], T(10, 13, 0, 0), 'Магазин, ул. Советская, 118: 1 — течь радиатора в торговом зале; 2 — замена унитаза'),
    ('9203', ['01', '02', '03'], T(12, 9, 0, 0), 'БЦ, ул. Кирова, 22, ИТП: 01 — манометры; 02 — промывка фильтров; 03 — подтекание задвижки'),
    ('9268', ['1'], T(13, 16, 40, 0), 'АВАРИЙНАЯ: прорыв трубы ГВС, ул. Чкалова, 5'),
    ('9310', ['1', '2', '3', '4'], T(16, 8, 30, 0), 'Сезонная проверка водомерных узлов: 1 — ул. Ленина, 45; 2 — пр. Мира, 12; 3 — ул. Гагарина, 7; 4 — ул. Кирова, 22'),
    ('9377', ['1', '2'], T(17, 10, 0, 0), 'Детский центр, ул. Пушкина, 30: 1 — арматура бачков; 2 — замена смесителей'),
    ('9402', ['1'], T(19, 9, 30, 0), 'Засор ливнёвки, ул. Садовая, 14'),
    ('9455', ['1', '2', '3'], T(23, 8, 50, 0), 'Спорткомплекс, ул. Спортивная, 2: душевые 1 — мужская, 2 — женская, 3 — тренерская'),
    ('9519', ['1', '2'], T(25, 11, 0, 0), 'Столовая, ул. Гагарина, 7: 1 — жироуловитель; 2 — мойки'),
]

DSIG = '\n\nДиспетчерская служба ОМИС\nтел. +7 (495) 120-34-56, доб. 2\ndispatch@zakazchik-omis.ru'

O9012 = Q(T(2, 9, 10), DISPATCH, 'Заявка № 9012 от 02.11.2026',
          'Добрый день!\n\nНаправляем заявку № 9012 от 02.11.2026.\nОбъект: ТЦ «Меридиан», ул. Ленина, 45.\n'
          'Позиции:\n1. Подвал, узел ввода — замена шаровых кранов ХВС/ГВС (подтекают).\n2. 2 этаж, с/у для персонала — течь под унитазом.\n\n'
          'Просим подтвердить принятие и сообщать о выезде, прибытии и убытии бригады.' + DSIG)
O9034 = Q(T(3, 8, 40), DISPATCH, 'Заявка 9034 пр. Мира 12 — ревизия сантехники',
          'Добрый день.\n\nЗаявка 9034. Пр. Мира, 12, офисное здание.\nРевизия сантехники по этажам:\nпоз. 1 — 1 этаж\nпоз. 2 — 2 этаж\nпоз. 3 — 3 этаж\nпоз. 4 — 4 этаж\n'
          'Срок — до 06.11.2026. Контакт на объекте: завхоз Ирина Петровна, 8-903-765-43-21.' + DSIG, to=S_GM)
O9041 = Q(T(5, 11, 20), DISPATCH, 'Заявка № 9041 — засор канализации, ул. Гагарина, 7',
          'Срочно! Засор канализации в столовой (ул. Гагарина, 7), вода стоит в трапах на кухне.\nЗаявка № 9041, позиция 1.' + DSIG)
O9107 = Q(T(9, 8, 15), DISPATCH, 'Заявка №9107',
          'Добрый день!\nЗаявка №9107 от 09.11.2026, склад, ул. Промышленная, 3.\n1) Замена смесителей в бытовке — 4 шт.\n2) Бойлер 80 л не греет.\n3) Повысительный насос гудит, давление падает.\nПросьба подтвердить.' + DSIG)
O9155 = Q(T(10, 13, 0), DISPATCH, 'Заявка № 9155 ул. Советская, 118',
          'Заявка № 9155 от 10.11.2026\nМагазин «Продукты», ул. Советская, 118\n1 — течь радиатора в торговом зале (у кассы)\n2 — замена унитаза в с/у персонала (треснул бачок)\nМагазин работает до 22:00.' + DSIG, to=S_MR)
O9203 = Q(T(12, 9, 0), DISPATCH, 'Заявка № 9203 (БЦ Кирова 22, ИТП)',
          'Добрый день!\nЗаявка № 9203, БЦ «Кировский», ул. Кирова, 22, ИТП (цокольный этаж).\n01 — замена манометров на вводе\n02 — промывка сетчатых фильтров\n03 — подтекание задвижки Ду80 на обратке\n'
          'Для допуска пришлите ФИО сотрудников и номер машины.' + DSIG, to=S_GM)
O9268 = Q(T(13, 16, 40), DISPATCH, 'АВАРИЙНАЯ заявка 9268 Чкалова 5',
          'АВАРИЯ. Ул. Чкалова, 5, подвал — прорыв трубы ГВС, топит подвал.\nЗаявка 9268. Нужна бригада как можно быстрее.\nДежурный: Смирнов, 8-925-000-11-22.' + DSIG, to=S_MR)
O9310 = Q(T(16, 8, 30), DISPATCH, 'Заявка 9310 — проверка водомерных узлов',
          'Добрый день.\nЗаявка 9310 — сезонная проверка водомерных узлов:\n1. ул. Ленина, 45\n2. пр. Мира, 12\n3. ул. Гагарина, 7\n4. ул. Кирова, 22\nСрок — до 20.11.' + DSIG)
O9310b = Q(T(16, 10, 40), DISPATCH, 'Уточнение по заявке 9310',
           'Сергей Николаевич, уточнение по 9310, поз. 4 (Кирова, 22): вход в подвал со двора, ключ у охраны, пост тел. 8-495-120-99-00.' + DSIG)
O9377 = Q(T(17, 10, 0), DISPATCH, 'Заявка № 9377 ул. Пушкина, 30',
          'Заявка № 9377, детский центр «Радуга», ул. Пушкина, 30.\nп.1 — бачки унитазов (3 шт.) — постоянно бежит вода\nп.2 — замена смесителей в умывальной (2 шт.)\nРаботы только после 13:00 (тихий час не мешать).' + DSIG, to=S_MR)
O9402 = Q(T(19, 9, 30), DISPATCH, 'Заявка 9402 Садовая 14',
          'Заявка 9402. Ул. Садовая, 14 — засор ливнёвки, во дворе стоит вода.' + DSIG)
O9455 = Q(T(23, 8, 50), DISPATCH, 'Заявка № 9455 Спорткомплекс, ул. Спортивная, 2',
          'Добрый день!\nЗаявка № 9455, спорткомплекс «Олимп», ул. Спортивная, 2.\nДушевые:\n1 — мужская\n2 — женская\n3 — тренерская\nСлабый напор, подтекают смесители. Работы — до 10:00 или после 21:00.' + DSIG, to=S_GM)
O9519 = Q(T(25, 11, 0), DISPATCH, 'Заявка 9519 столовая Гагарина 7',
          'Заявка 9519, столовая, ул. Гагарина, 7.\n1. Чистка жироуловителя\n2. Мойки на кухне — медленно уходит вода' + DSIG)

# ----------------------------------------------------------------------------
# THE LETTERS
# ----------------------------------------------------------------------------

# ====== 9012 ======
yandex(T(2, 9, 48), S_YA, 'Re: Заявка № 9012 от 02.11.2026',
       'Добрый день!\nЗаявку 9012 приняли. Ребята сейчас на другом объекте, на Ленина будут после обеда.',
       L('decided', '9012', [], PR, 'accepted; "будут после обеда" is only a plan'), quote=O9012)

yandex(T(2, 13, 25), D, '9012',
       'Выехали на Ленина 45, минут через 20 будем', L('decided', '9012', [], VP, 'left for the site, arriving in 20 min; 45 is the house number'),
       mobile=True, sig=YA_MOB)

yandex(T(2, 14, 5), D, '9012 п.1', 'На месте. Подвал открыли, смотрим краны',
       L('decided', '9012', ['1'], NM, 'position in subject "п.1"'), mobile=True, html_only=True, sig='')

mailru(T(2, 17, 40), S_MR, 'Re: Заявка № 9012 от 02.11.2026',
       'По 9012: по первой краны поменяли (2 шт. ДУ32 и 1 шт. ДУ20 на ГВС), течи нет. Ребята уехали в 17:10.\n'
       'Вторую (с/у 2 этаж) сделаем завтра с утра, нужна прокладка под бачок, купим по дороге.',
       L('decided', '9012', ['1'], UB, '"по первой ... уехали"; plan for the second position is not a status'), quote=O9012)

mailru(T(3, 10, 20), A, 'Ленина 45 вторая позиция',
       '9012. Со второй позицией работаем с 10:00, бачок сняли, прокладку купили.',
       L('decided', '9012', ['2'], NM, 'working on position 2 now = on site'), mobile=True)

mailru(T(3, 12, 15), A, '9012-2 готово',
       'Унитаз на 2 этаже переставили на новую гофру, подтёков нет. Убыли 12:10',
       L('decided', '9012', ['2'], UB, 'subject 9012-2; "2 этаж" is a floor'), mobile=True)

# ====== 9034 ======
gmail(T(3, 9, 5), S_GM, 'Re: Заявка 9034 пр. Мира 12 — ревизия сантехники',
      'Принято в работу.\nНачнём в среду, за два дня пройдём все этажи.\n\nСергей, 8 (916) 345-67-89',
      L('decided', '9034', [], PR, 'accepted, whole request'), quote=O9034)

yandex(T(4, 16, 30), S_YA, '9034',
       'по 9034 позиции 1 и 2 закончили, ребята уехали. Завтра 3-я и 4-я.',
       L('decided', '9034', ['1', '2'], UB, 'tomorrow\'s plan for 3,4 is not a status'), sig='')

yandex(T(5, 9, 10), D, '9034 3-4',
       'Прибытие 9:00. Сегодня 3-й и 4-й этажи, начали с третьего.',
       L('decided', '9034', ['3', '4'], NM, 'noun "прибытие"; positions 3 and 4 (floors = positions)'), mobile=True, sig=YA_MOB)

mailru(T(5, 15, 50), S_MR, 'Re: Заявка 9034 пр. Мира 12 — ревизия сантехники',
       'Добрый день.\nПо 9034 все позиции выполнены, бригада уехала в 15:20. Акт подпишем у завхоза завтра, '
       'счёт № 214 от 05.11.2026 Марина вышлет отдельно.',
       L('decided', '9034', [], UB, '"все позиции выполнены" = whole request; invoice number 214 is not a request'), quote=O9034)

# ====== 9041 ======
yandex(T(5, 11, 45), S_YA, 'Re: Заявка № 9041 — засор канализации, ул. Гагарина, 7',
       'Выезжаем, будем минут через 40.', L('decided', '9041', [], VP, 'number only in Re: subject; leaving now'),
       quote=O9041, html_only=True, sig='')

yandex(T(5, 14, 20), S_YA, 'Re: Заявка № 9041 — засор канализации, ул. Гагарина, 7',
       'Приехали в 12:30, засор пробили тросом (метров 12 до колодца), всё уходит. Уехали в 14:05.',
       L('decided', '9041', [], UB, 'arrival and departure both reported; latest = убыл'),
       quote=O9041, html_only=True)

mailru(T(6, 9, 30), S_MR, '9041 поз.2',
       'По Гагарина 7 поз.2 — трап в моечной тоже прочистили вчера заодно. Добавьте, пожалуйста, в заявку, чтобы в акт вошло.',
       L('review', note='9041 has only position 1; asks to add a position'))

# ====== 9107 ======
yandex(T(9, 8, 16), S_YA, 'Автоматический ответ: Заявка №9107',
       'Здравствуйте!\nЯ на объектах до 18:00, почту читаю вечером. Срочные вопросы — по телефону 8-916-345-67-89.\nСергей Коваленко',
       L('ignored', note='Yandex auto-reply'), sig='', html_only=False, inreply=O9107.msgid)
# mark it as auto-reply (patch headers of the last letter)
_dt, _h, _e, _l = LETTERS[-1]
LETTERS[-1] = (_dt, _h.replace('MIME-Version', 'Auto-Submitted: auto-replied\nX-Yandex-Autoreply: yes\nMIME-Version'), _e, _l)

outlook(T(9, 9, 30), M, 'RE: Заявка №9107',
        'Здравствуйте!\nЗаявку 9107 Сергей Николаевич принял, бригада Гусева будет завтра к 9:00.',
        L('decided', '9107', [], PR, 'wife writes on behalf of the owner; Outlook header-block quote'), quote=O9107)

yandex(T(10, 9, 5), D, '9107', '#9107\nБригада нa мeсте',
       L('decided', '9107', [], NM, 'Latin a/e inside "на месте"'), mobile=True, html_only=True, sig=YA_MOB)

yandex(T(10, 12, 30), D, '9107 (1)', 'смесители поменяли 4 шт, все работает',
       L('decided', '9107', ['1'], UB, 'result instead of a verb; position in brackets in subject'), mobile=True, sig='')

yandex(T(12, 10, 40), D, '9107 поз 2', 'Прибыли на Промышленную, ТЭН привезли, ставим',
       L('decided', '9107', ['2'], NM, ''), mobile=True, sig=YA_MOB)

_tbl_rows = [('1', 'Смесители в бытовке (4 шт.)', 'выполнено', '10.11'),
             ('2', 'Бойлер Thermex 80 л — замена ТЭН RF 2,0 кВт', 'выполнено', '12.11'),
             ('3', 'Насос Grundfos UPA 15-90, давление 3,2 атм', 'выполнено', '12.11')]
_html = ('<div>Добрый день!</div><div>&nbsp;</div><div>По заявке 9107 всё сделали, завершение работ 12.11 в 15:40, бригада с объекта уехала.</div><div>&nbsp;</div>'
         '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse"><tr><th>Поз.</th><th>Оборудование</th><th>Статус</th><th>Дата</th></tr>'
         + ''.join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % r for r in _tbl_rows)
         + '</table><div>&nbsp;</div><div>' + '<br />'.join(esc_lines(SIG_YA)) + '</div>')
_plain = ('Добрый день!\n\nПо заявке 9107 всё сделали, завершение работ 12.11 в 15:40, бригада с объекта уехала.\n\n'
          + '\n'.join('%s | %s | %s | %s' % r for r in [('Поз.', 'Оборудование', 'Статус', 'Дата')] + _tbl_rows) + '\n\n' + SIG_YA)
yandex(T(12, 16, 5), S_YA, '9107 — выполнено', '', L('decided', '9107', ['1', '2', '3'], UB, 'HTML table, one row per position, all done'),
       custom_html=_html, custom_plain=_plain)

# ====== 9155 ======
mailru(T(10, 13, 30), S_MR, 'Re: Заявка № 9155 ул. Советская, 118',
       'Добрый день! Взяли. Радиатор посмотрим сегодня вечером, унитаз завтра — надо купить (Santek Бореал или аналог, согласуем).',
       L('decided', '9155', [], PR, '"Взяли" = accepted; rest are plans'), quote=O9155)

_q_o9155 = O9155
thebat(T(10, 22, 10), A, 'Re: Заявка № 9155 ул. Советская, 118',
       'Сергей Николаевич просил отписаться.\nПо 9155 п.1: секцию радиатора заглушили, кран Маевского поменяли, протечки нет.\nС объекта ушли в 19:40.',
       L('decided', '9155', ['1'], UB, 'The Bat!, KOI8-R, answer written under the quote'), quote=_q_o9155,
       greet_name='Диспетчерская', initials='ДО')

O9155q = Q(T(11, 9, 0), DISPATCH, '9155 поз.2 — сроки?',
           'Сергей Николаевич, добрый день. Магазин спрашивает, когда будет унитаз по 9155 поз.2?\n\n'
           '-----Original Message-----\nFrom: Коваленко Сергей [mailto:kovalenko.sn@mail.ru]\nSent: Tuesday, November 10, 2026 1:30 PM\n'
           'To: Диспетчерская ОМИС\nSubject: Re: Заявка № 9155 ул. Советская, 118\n\nДобрый день! Взяли. Радиатор посмотрим сегодня вечером, унитаз завтра.' + DSIG,
           to=S_GM)

yandex(T(11, 11, 0), D, '9155 поз2 выезжаем', 'Унитаз купили, выезжаем на Советскую',
       L('decided', '9155', ['2'], VP, ''), mobile=True, sig='')

gmail(T(11, 11, 5), S_GM, 'Re: 9155 поз.2 — сроки?',
      'Добрый день. Дима уже едет, будет к 11:30.',
      L('decided', '9155', ['2'], VP, 'position only in Re: subject; quoted -----Original Message----- with old acceptance ignored'),
      quote=O9155q)

Q9155d = Q(T(11, 11, 0), D, '9155 поз2 выезжаем', 'Унитаз купили, выезжаем на Советскую')
yandex(T(11, 13, 15), D, 'Re: 9155 поз2 выезжаем', 'Готово', L('decided', '9155', ['2'], UB, 'curt "Готово"; Re: subject still says выезжаем'),
       quote=Q9155d, mobile=True, sig=YA_MOB)

outlook(T(12, 16, 0), M, 'Счёт на оплату по заявке 9155',
        'Добрый день!\nВо вложении счёт № 231 от 12.11.2026 на 14 850,00 руб. и акт по заявке 9155 (Советская, 118).\nПросьба подписать акт и вернуть скан.',
        L('review', note='invoice/act, no status'),
        attach=('Счет_231_от_12.11.2026.pdf',
                b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'))

# ====== 9203 ======
gmail(T(12, 9, 40), S_GM, 'Re: Заявка № 9203 (БЦ Кирова 22, ИТП)',
      'Добрый день, принял.\nВ ИТП будем в пятницу 13.11 с утра.\nДопуск: Гусев Дмитрий Андреевич, Пахомов Алексей Викторович, а/м ГАЗель А 432 ХА 750.',
      L('decided', '9203', [], PR, 'car plate and date are not request numbers'), quote=O9203, cte='quoted-printable')

yandex(T(13, 8, 40), D, '9203', 'Выезд с базы 8:40, на Кирова будем к 9:10',
       L('decided', '9203', [], VP, 'noun "выезд" from the base to the site'), mobile=True, sig=YA_MOB)

mailru(T(13, 9, 10), A, '9203 поз.01', 'В ИТП, меняем манометры',
       L('decided', '9203', ['01'], NM, 'position written "01" as in registry'), mobile=True)

yandex(T(13, 15, 20), S_YA, 'Re: Заявка № 9203 (БЦ Кирова 22, ИТП)',
       'По 9203: позиции 1 и 2 сделали — манометры ДМ-02 (0–16 кгс) заменили, 6 шт., грязевики промыли. Убытие бригады 15:05.\n'
       'Задвижку (3) смотрели — нужна набивка сальника, приедем в понедельник.',
       L('decided', '9203', ['01', '02'], UB, '"позиции 1 и 2" = registry 01, 02; position 3 only a plan'), quote=O9203)

Q9203s = Q(T(13, 15, 20), S_YA, 'Re: Заявка № 9203 (БЦ Кирова 22, ИТП)',
           'По 9203: позиции 1 и 2 сделали, 6 шт., грязевики промыли. Убытие бригады 15:05.\nЗадвижку (3) смотрели — нужна набивка сальника, приедем в понедельник.')
mailru(T(16, 10, 5), A, 'Re: Заявка № 9203 (БЦ Кирова 22, ИТП)',
       'Доброе утро. По задвижке (поз. 03) — на объекте с 9:30, перебиваем сальник.',
       L('decided', '9203', ['03'], NM, 'quote contains older убыл for 01/02'), quote=Q9203s, mobile=True)

mailru(T(16, 11, 50), A, '9203-03', 'Задвижку сделали, не течет. Уезжаем',
       L('decided', '9203', ['03'], UB, 'subject 9203-03'), mobile=True)

outlook(T(27, 10, 30), M, 'Акт по заявке 9203',
        'Добрый день!\nВ акте по 9203, который вы прислали на подпись, указано 4 манометра, а меняли 6 (было в письме от 13.11). '
        'Поправьте, пожалуйста, и перешлите заново.',
        L('review', note='complaint about the act, no status'))

# ====== 9268 ======
mailru(T(13, 16, 52), S_MR, 'Re: АВАРИЙНАЯ заявка 9268 Чкалова 5',
       'Принял, Дима уже выехал, его телефон 8-926-111-23-45. Будет минут через 40.',
       L('decided', '9268', [], VP, 'phone number is not a request'), quote=O9268, sig='')

yandex(T(13, 17, 35), D, 'Чкалова 5', 'на месте. стояк ГВС перекрыли, вода ушла, варим',
       L('review', note='no request number at all (only address)'), mobile=True, sig='')

Q9268d = Q(T(13, 20, 10), D, 'Чкалова', 'ЗАКОНЧИЛИ. ТРУБУ ЗАМЕНИЛИ 1,5 М, ВОДУ ДАЛИ В 19:55. УЕХАЛИ\n\n' + YA_MOB, to=M)
outlook(T(13, 20, 31), M, 'FW: Чкалова',
        'Пересылаю по аварийной 9268 — Дима отписался.', L('decided', '9268', [], UB, 'Outlook forward; number in the forwarder\'s line, status in the forwarded caps text'),
        fwd=Q9268d, sig='Марина')

# ====== 9310 ======
yandex(T(16, 9, 15), S_YA, 'Re: Заявка 9310 — проверка водомерных узлов',
       'Добрый день! Принимаем. Сегодня постараемся Ленина, Мира и Кирова, Гагарина — как получится.',
       L('decided', '9310', [], PR, ''), quote=O9310)

yandex(T(16, 10, 0), D, 'ул. Ленина, 45 (9310)',
       'Подъехали, это первая по списку. Узел в подвале, счетчик ВСХд-40 зав. № 01234567, пломба 0045871 целая.',
       L('decided', '9310', ['1'], NM, 'number in brackets after address; "первая по списку" = position 1; serial and seal numbers'),
       mobile=True, sig=YA_MOB)

yandex(T(16, 11, 0), S_YA, 'Re: Уточнение по заявке 9310', 'Спасибо, получили, учтём.',
       L('review', note='acknowledgement of the dispatcher\'s message'), quote=O9310b, sig='-- \nСергей')

Q9310s = Q(T(16, 17, 20), S_GM, '9310', 'по 9310 позиции 1,2 и 4 закончили. Гагарина 7 (3-я) завтра — не нашли завхоза с ключами.')
gmail(T(16, 17, 20), S_GM, '9310', Q9310s.text,
      L('decided', '9310', ['1', '2', '4'], UB, 'several positions at once; 3-я is a plan'), cc=[A])

mailru(T(17, 9, 30), A, 'Re: 9310',
       '3-я позиция, Гагарина 7 — ключи взяли у завхоза, зашли в подвал.',
       L('decided', '9310', ['3'], NM, 'quoted text reports убыл for 1,2,4 — not new'), quote=Q9310s, mobile=True)

_fwd = ('-------- Пересылаемое сообщение --------\nОт кого: Алексей Пахомов <pahomov.alex@bk.ru>\nКому: kovalenko.sn@mail.ru\n'
        'Дата: Вторник, 17 ноября 2026, 11:10 +03:00\nТема: 9310 3\n\n'
        'Узел проверили, сетку фильтра почистили, показания 004512 м3. Ушли.\n\n--\nОтправлено из Почты Mail.ru\n'
        '----------------------------------------------------------------------')
mailru(T(17, 11, 25), S_MR, 'Fwd: 9310 3', 'Пересылаю от Алексея.',
       L('decided', '9310', ['3'], UB, 'Mail.ru forward of the foreman\'s report'), fwd=_fwd, sig='')

# ====== 9377 ======
_rr_txt = ('Ваше сообщение\n\n  Кому: kovalenko.sn@mail.ru\n  Тема: Заявка № 9377 ул. Пушкина, 30\n  Отправлено: 17.11.2026 10:00\n\nбыло прочитано 17.11.2026 10:18 (+03:00).')
_mdn = ('Reporting-UA: e.mail.ru; Mail.Ru\nFinal-Recipient: rfc822; kovalenko.sn@mail.ru\nOriginal-Message-ID: %s\n'
        'Disposition: manual-action/MDN-sent-manually; displayed\n' % O9377.msgid)
_ent = mp('report', [leaf('text/plain', _rr_txt, 'utf-8', 'base64'),
                     ('Content-Type: message/disposition-notification\nContent-Transfer-Encoding: 7bit\n', _mdn.encode())],
          'MDN--%s' % rhex(16), params=';\n report-type=disposition-notification')
letter(T(17, 10, 18), S_MR, 'Прочитано: Заявка № 9377 ул. Пушкина, 30', _ent, L('ignored', note='read receipt (MDN)'),
       msgid='<%s.%s@f%d.i.mail.ru>' % (int(T(17, 10, 18).timestamp()), rdig(9), rnd.randint(100, 799)), inreply=O9377.msgid,
       extra=['X-Mailer: Mail.Ru Mailer 1.0'])

mailru(T(17, 10, 25), S_MR, 'Re: Заявка № 9377 ул. Пушкина, 30',
       'Здравствуйте. Бачки можем в среду после 13:00, смесители надо заказывать — какие ставить, ваши или наши?\n'
       'Если наши, то Grohe BauEdge 23328000, 6 400 р. за шт. плюс работа 1 500 р. Жду ответа.',
       L('review', note='questions and prices, nothing accepted'), quote=O9377)

yandex(T(18, 8, 45), S_YA, '9377',
       'Заявку 9377 в работу взяли, смесители заказали (счёт поставщика № 0231 от 17.11). Бачки сегодня.',
       L('decided', '9377', [], PR, 'supplier invoice 0231 is not a request'))

yandex(T(18, 13, 0), D, 'Пушкина 30 - 9377 - 1', 'Приехали в детский центр, бачки 3 шт, начинаем',
       L('decided', '9377', ['1'], NM, 'position after a dash in subject'), mobile=True, sig='')

Q9377d = Q(T(18, 13, 0), D, 'Пушкина 30 - 9377 - 1', 'Приехали в детский центр, бачки 3 шт, начинаем')
yandex(T(18, 16, 45), D, 'Re: Пушкина 30 - 9377 - 1',
       'По первой все, арматуру в 3 бачках поменяли, не бежит. Выехали c oбъекта 16:30.',
       L('decided', '9377', ['1'], UB, '"выехали с объекта" = left FROM the site; Latin c and o inside'), quote=Q9377d, mobile=True, sig=YA_MOB)

Q9377s = Q(T(20, 9, 10), S_GM, '9377 п2', 'Смесители пришли, Алексей выезжает на Пушкина в 10.')
gmail(T(20, 9, 10), S_GM, '9377 п2', Q9377s.text, L('review', note='future departure at 10:00 (letter sent 09:10) — a plan'), cc=[A])

mailru(T(20, 10, 40), A, '9377 п2', 'на объекте', L('decided', '9377', ['2'], NM, 'curt'), mobile=True, sig='')

mailru(T(20, 13, 30), A, 'Re: 9377 п2',
       'Смесители стоят, проверили — все ок. Акт подписала заведующая Иванова.',
       L('decided', '9377', ['2'], UB, 'result = work finished; quote contains only the plan'), quote=Q9377s, mobile=True)

# ====== 9402 ======
yandex(T(19, 9, 50), S_YA, 'Re: Заявка 9402 Садовая 14',
       'Добрый день. Садовая 14 — ливнёвка во дворе или внутренняя, в паркинге? Если наружный колодец, нужен илосос, '
       'своего у нас нет, надо нанимать — это отдельно по деньгам. Подскажите.',
       L('review', note='questions and money talk, not accepted yet'), quote=O9402)

mailru(T(19, 14, 0), S_MR, 'Re: Заявка 9402 Садовая 14',
       'Договорились с илососом, берём. Выезд завтра в 8:00.',
       L('decided', '9402', [], PR, '"берём" = accepted; "выезд завтра" is a plan'), quote=O9402)

yandex(T(20, 8, 10), D, '9402', 'едем', L('decided', '9402', [], VP, 'one word'), mobile=True, sig='', html_only=True)

yandex(T(20, 9, 0), D, 'Re: 9402', 'Мы на Садовой (наряд 9402). Илосос тоже подъехал, начинаем',
       L('decided', '9402', [], NM, '"наряд"'), mobile=True, sig=YA_MOB)

_fwdy = ('-------- Пересылаемое сообщение --------\n20.11.2026, 13:05, "Дмитрий Гусев" <gusev.dima1988@yandex.ru>:\n\n'
         '9402 Садовая 14 — прочистили, колодец откачали, уехали 13:00\n\n' + YA_MOB + '\n\n-------- Конец пересылаемого сообщения --------')
yandex(T(20, 13, 20), S_YA, 'Fwd: 9402', 'Пересылаю отчёт бригады.', L('decided', '9402', [], UB, 'Yandex forward of the foreman\'s report'),
       fwd=_fwdy, sig='-- \nСергей Коваленко')

gmail(T(20, 17, 0), S_GM, 'Итоги за 20.11',
      'Добрый вечер. За сегодня: 9377 — смесители поставили, 9402 — ливнёвку прочистили, обе бригады свободны.\n'
      'Завтра выходной, аварийка — по телефону 8-916-345-67-89.',
      L('review', note='two different requests in one letter'))

mailru(T(18, 10, 30), A, '9320 п.2', 'на месте с 10:15',
       L('review', note='9320 is not in the registry'), mobile=True)

# ====== other review: payments, thanks ======
outlook(T(20, 11, 0), M, 'Оплата счетов',
        'Добрый день!\nПодскажите, пожалуйста, когда планируется оплата по счетам № 198 от 03.11.2026 (заявка 9012) и № 214 '
        'от 05.11.2026 (заявка 9034)? Акты подписаны, оригиналы передали курьером 09.11.',
        L('review', note='«когда оплатите?», two requests, no status'))

Opp = Q(T(27, 14, 20), DISPATCH, 'Платёжное поручение № 4471',
        'Добрый день! Направляем п/п № 4471 от 26.11.2026 на сумму 38 200,00 руб. по счетам 198 и 214.' + DSIG, to=M)
outlook(T(27, 15, 0), M, 'RE: Платёжное поручение № 4471', 'Спасибо, оплату получили!',
        L('review', note='thanks for payment'), quote=Opp, sig='Марина')

Oar = Q(T(27, 16, 2), DISPATCH, 'Акт по заявке 9203', 'Марина, добрый день. Акт по 9203 исправим, пришлём в понедельник.' + DSIG, to=M)
_ar = ('Здравствуйте!\nЯ в отпуске с 27.11 по 06.12, почту не читаю.\nПо оплатам и документам — Сергей Николаевич, 8-916-345-67-89.\n\nМарина Коваленко')
_ent = mp('alternative', [leaf('text/plain', _ar, 'utf-8', 'base64'),
                          leaf('text/html', '<HTML><BODY>' + '<br>'.join(esc_lines(_ar)) + '</BODY></HTML>', 'utf-8', 'base64')],
          '--ALT--%s' % rhex(16).upper())
letter(T(27, 16, 3), M, 'Автоответ: Re: Акт по заявке 9203', _ent, L('ignored', note='Mail.ru out-of-office auto-reply'),
       msgid='<%d.%s@autoreply.mail.ru>' % (int(T(27, 16, 3).timestamp()), rdig(9)), inreply=Oar.msgid,
       extra=['Auto-Submitted: auto-replied', 'X-Mailru-Autoreply: 1', 'Precedence: auto_reply'])

# ====== 9455 ======
gmail(T(23, 9, 20), S_GM, 'Re: Заявка № 9455 Спорткомплекс, ул. Спортивная, 2',
      'Добрый день! Принято.\nДушевых 3, будем во вторник 24.11 к 8:30, пока зал закрыт.',
      L('decided', '9455', [], PR, ''), quote=O9455)

yandex(T(24, 7, 50), S_YA, 'Re: Заявка № 9455 Спорткомплекс, ул. Спортивная, 2',
       'Доброе утро. Ещё не выехали — Газель не завелась, минут на 30-40 задержимся. Предупредите, пожалуйста, администратора.',
       L('review', note='negation: not yet left'), quote=O9455, sig='')

yandex(T(24, 8, 42), D, 'Спортивная 2 (9455)', 'на мсте', L('decided', '9455', [], NM, 'typo "мсте"'), mobile=True, sig='')

mailru(T(24, 12, 50), S_MR, 'Re: Заявка № 9455 Спорткомплекс, ул. Спортивная, 2',
       'По 9455: мужская и женская душевые (П1, П2) готовы — лейки, смесители и сифоны поменяли.\n'
       'Тренерская (П3) — труба в стене, надо вскрывать, сегодня не будем, согласуем день.',
       L('decided', '9455', ['1', '2'], UB, 'П1, П2 done; П3 has no status'), quote=O9455)

mailru(T(26, 9, 0), A, '9455 п.3 тренерская',
       'На месте, вскрывем стену. С администратором Ольгой согласовали, тел. 8-903-456-78-12.',
       L('decided', '9455', ['3'], NM, ''), mobile=True)

Q9455s = Q(T(24, 12, 50), S_MR, 'Re: Заявка № 9455 Спорткомплекс, ул. Спортивная, 2',
           'По 9455: мужская и женская душевые (П1, П2) готовы — лейки, смесители и сифоны поменяли.\n'
           'Тренерская (П3) — труба в стене, надо вскрывать, сегодня не будем, согласуем день.')
thebat(T(26, 20, 30), A, 'Re[2]: Заявка № 9455 Спорткомплекс, ул. Спортивная, 2',
       'Тренерская душевая (3) — трубу заменили (ППР 20, 1,2 м), стену зашили ГКЛ, плитку администрация кладёт сама.\nС объекта ушли в 17:20.',
       L('decided', '9455', ['3'], UB, 'The Bat!, KOI8-R, written under the quote of the owner\'s letter'),
       quote=Q9455s, greet_name='Сергей', initials='КС')

# ====== 9519 ======
yandex(T(25, 11, 30), S_YA, 'Re: Заявка 9519 столовая Гагарина 7',
       'Принял 9519. Жироуловитель и мойки — завтра с утра, одним заходом.',
       L('decided', '9519', [], PR, ''), quote=O9519)

yandex(T(26, 8, 30), D, '9519', 'По обращению 9519 выдвигаемся на Гагарина 7',
       L('decided', '9519', [], VP, '"обращение"; "выдвигаемся" = leaving now'), mobile=True, sig=YA_MOB)

yandex(T(26, 11, 40), D, '9519 жироуловитель',
       'По 9519: жироуловитель (1-я) почистили, по 2-й ещё работаем, мойки разбираем.',
       L('review', note='different statuses for different positions (1 done, 2 on site)'), mobile=True, sig='')

Q9519d = Q(T(26, 11, 40), D, '9519 жироуловитель', 'По 9519: жироуловитель (1-я) почистили, по 2-й ещё работаем, мойки разбираем.')
yandex(T(26, 14, 20), D, 'Re: 9519 жироуловитель', '2-я (мойки) тоже всё, бригада освободилась.',
       L('decided', '9519', ['2'], UB, 'quote has the mixed report; new text: position 2 finished'), quote=Q9519d, mobile=True, sig=YA_MOB)

# ====== calendar responses, bulk mail ======
def ics(prodid, uid, summary, start, end, who, partstat, stamp, desc=''):
    return ('BEGIN:VCALENDAR\nPRODID:%s\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REPLY\nBEGIN:VEVENT\n'
            'DTSTART;TZID=Europe/Moscow:%s\nDTEND;TZID=Europe/Moscow:%s\nDTSTAMP:%s\nUID:%s\nSEQUENCE:0\n'
            'SUMMARY:%s\n%sORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\n'
            'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;CN=%s:mailto:%s\n'
            'END:VEVENT\nEND:VCALENDAR\n' % (prodid, start, end, stamp, uid, summary,
                                            ('DESCRIPTION:%s\n' % desc) if desc else '', partstat, who[0], who[1])).replace('\n', '\r\n')


_cal = ics('-//Yandex LLC//Yandex Calendar//EN', 'omis-meet-2611-%s@zakazchik-omis.ru' % rhex(6),
           'Совещание с подрядчиками: подготовка к зиме', '20261127T110000', '20261127T120000', S_YA, 'ACCEPTED',
           '20261125T070512Z', 'Повестка: заявки 9455\\, 9519\\, график дежурств')
_txt = ('Сергей Коваленко принял(а) приглашение на встречу «Совещание с подрядчиками: подготовка к зиме».\n\n'
        'Когда: пятница, 27 ноября 2026, 11:00–12:00 (Москва)\nОрганизатор: Диспетчерская ОМИС\n\nЯндекс Календарь')
_ent = mp('mixed', [mp('alternative', [leaf('text/plain', _txt, 'utf-8', 'base64'),
                                       leaf('text/calendar', _cal, 'utf-8', 'base64', params='; method=REPLY')],
                       '----==--bound.%s.calendar.yandex.net' % rdig(6))],
          '----==--bound.%s.calendar.yandex.net' % rdig(7))
letter(T(25, 10, 5), S_YA, 'Принято: Совещание с подрядчиками: подготовка к зиме', _ent,
       L('ignored', note='Yandex Calendar meeting response (accepted)'),
       msgid='<%s@calendar.yandex.ru>' % rhex(24), extra=['Auto-Submitted: auto-generated', 'X-Yandex-Calendar-Reply: yes'])

_cal = ics('-//Google Inc//Google Calendar 70.9054//EN', 'omis-akt-3011-%s@zakazchik-omis.ru' % rhex(6),
           'Сверка актов за ноябрь', '20261130T150000', '20261130T160000', S_GM, 'DECLINED', '20261127T091130Z')
_txt = 'Сергей Коваленко отклонил это приглашение.\n\nСверка актов за ноябрь\nПонедельник, 30 ноября 2026 г. · 15:00–16:00\nЧасовой пояс: Москва\n\nПриглашение из Google Календаря'
_ent = mp('mixed', [mp('alternative', [leaf('text/plain', _txt, 'UTF-8', 'base64'),
                                       leaf('text/html', '<span>' + '<br>'.join(esc_lines(_txt)) + '</span>', 'UTF-8', 'quoted-printable'),
                                       leaf('text/calendar', _cal, 'UTF-8', 'base64', params='; method=REPLY')],
                       '000000000000' + rhex(12))],
          '000000000000' + rhex(12))
letter(T(27, 12, 11), S_GM, 'Отклонено: Сверка актов за ноябрь @ пн 30 нояб. 2026 15:00 - 16:00 (MSK) (dispatch@zakazchik-omis.ru)', _ent,
       L('ignored', note='Google Calendar meeting response (declined)'), msgid='<calendar-%s@google.com>' % rhex(32))

_news = ('Уважаемые клиенты!\n\nЗима близко — самое время проверить отопление и водомерные узлы.\n'
         'До 15.12.2026 скидка 10%% на промывку систем отопления и опрессовку.\n'
         'Аварийный выезд 24/7: 8-916-345-67-89.\n\nИП Коваленко С.Н. — сантехника, ремонт\n\n'
         'Отписаться от рассылки: https://unsubscribe.unisender.com/ru/?hash=%s' % rhex(20))
_ent = mp('alternative', [leaf('text/plain', _news, 'utf-8', 'quoted-printable'),
                          leaf('text/html', '<html><body><h2>Зима близко!</h2><p>' + '<br>'.join(esc_lines(_news)) + '</p></body></html>', 'utf-8', 'quoted-printable')],
          'us-%s' % rhex(20))
letter(T(19, 10, 0), ('ИП Коваленко — сантехника', 'kovalenko.santeh@gmail.com'),
       'Подготовьте отопление к морозам: −10% на промывку до 15.12', _ent, L('ignored', note='bulk newsletter'),
       to=('Клиенты', 'dispatch@zakazchik-omis.ru'), msgid='<%s.%s@unisender.com>' % (rdig(12), rhex(10)),
       extra=['Precedence: bulk', 'List-Unsubscribe: <https://unsubscribe.unisender.com/ru/?hash=%s>' % rhex(20),
              'List-Id: <news.kovalenko-santeh.unisender.com>', 'X-Mailer: UniSender'])

# ----------------------------------------------------------------------------
# write out
# ----------------------------------------------------------------------------
def main():
    ldir = os.path.join(OUT, 'letters')
    if os.path.isdir(ldir):
        shutil.rmtree(ldir)
    os.makedirs(ldir)
    labels = {}
    for i, (dt, hdr, ent, lab) in enumerate(sorted(LETTERS, key=lambda x: x[0]), 1):
        name = '%03d.eml' % i
        raw = hdr.encode('ascii') + ent[0].encode('ascii') + b'\n' + ent[1]
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        with open(os.path.join(ldir, name), 'wb') as f:
            f.write(raw)
        labels[name] = lab
    reg = {'contractor': {'name': 'ИП Коваленко Сергей Николаевич',
                          'emails': [S_YA[1], S_MR[1], S_GM[1], M[1], D[1], A[1]],
                          'domains': []},
           'requests': [{'number': n, 'positions': p, 'registered_at': dt.isoformat(), 'comment': c} for n, p, dt, c in REQ]}
    with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as f:
        json.dump(reg, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(labels), Counter(v['expect'] for v in labels.values()))


main()
