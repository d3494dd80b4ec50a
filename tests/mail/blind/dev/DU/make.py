#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona DU: ООО «ИнжСетьСервис», Новосибирск (+0700).

Standard library only. Run:  python3 make.py   (writes registry.json, labels.json, letters/*.eml
next to this script and then checks the result).
"""
import base64
import datetime as dt
import html
import json
import os
import quopri
import random
import shutil
import sys
import email
import email.policy
from email.header import Header
from email.generator import BytesGenerator
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.base import MIMEBase
from email.utils import formataddr, format_datetime, parseaddr, getaddresses

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
TZ = dt.timezone(dt.timedelta(hours=7))
MSK = dt.timezone(dt.timedelta(hours=3))
rnd = random.Random(48213)

# --------------------------------------------------------------------------------------------
# people
DISPATCH = ('Диспетчерская ОМИС', 'dispatch@zakazchik-omis.ru')
SOBOL = 'Соболева И.П., диспетчер ОМИС\n8 (495) 640-22-18 доб. 3'

TR = ('Битрикс24 ИнжСетьСервис', 'no-reply@portal.injset-servis.ru')
MEL = ('Мельникова Ольга', 'o.melnikova@injset-servis.ru')          # диспетчер ОДС, Outlook 2016
SHA = ('Шайхутдинов Денис Рамилевич', 'd.shaikhutdinov@injset-servis.ru')  # инженер, Outlook
TIH = ('Тихонов И.Р.', 'tikhonov@injset-servis.ru')                  # главный инженер, The Bat!
KUZ = ('Андрей Кузьмин', 'kuzmin.andrey.nsk@gmail.com')              # инженер-наладчик, Gmail
ERE = ('Виталий Ерёменко', 'vitaliy.eremenko83@gmail.com')           # бригадир, Gmail с телефона
PAH = ('Сергей Пахомов', 'pakhomov.s@outlook.com')                   # мастер участка, Outlook.com
DAEMON = ('Mail Delivery System', 'MAILER-DAEMON@mail.injset-servis.ru')
NEWS = ('ИнжСетьСервис', 'news@injset-servis.ru')

SIG_MEL = ('С уважением,\nМельникова Ольга\nдиспетчер ОДС ООО «ИнжСетьСервис»\n'
           'тел. +7 (383) 209-14-40 доб. 101, моб. +7 913 921-06-44\n'
           '630099, г. Новосибирск, ул. Советская, 52, оф. 410')
SIG_SHA = '--\nД.Р. Шайхутдинов\nведущий инженер ООО «ИнжСетьСервис»\n+7 (383) 209-14-40 доб. 117'
SIG_TIH = ('-- \nС уважением,\n Тихонов Игорь Романович\n главный инженер ООО "ИнжСетьСервис"\n'
           ' ИНН 5406789012 КПП 540601001\n т. (383) 209-14-40, факс (383) 209-14-41')
SIG_KUZ = '--\nКузьмин Андрей, инженер-наладчик\n8-913-742-55-18'
SIG_PAH = 'С уважением, Сергей Пахомов\nмастер участка ООО «ИнжСетьСервис»\n+7 952 918-30-64'
OL_ANDROID = 'Получить Outlook для Android'

# --------------------------------------------------------------------------------------------
# registry
REQUESTS = [
    ('211082', ['1', '2'], (2, 10, 15), 'Вентиляция, БЦ «Сибирь», ул. Кирова 48: П1 приточная установка ПВУ-1, П2 вытяжная В-3'),
    ('211457', ['1'], (3, 8, 40), 'Течь в техподполье, Красный проспект 86, подъезд 2'),
    ('212210', ['1', '2', '3'], (5, 9, 0), 'Плановое ТО ИТП: 1 — ул. Гоголя 15, 2 — ул. Ленина 21, 3 — ул. Писарева 4'),
    ('212638', ['1', '2', '3', '4'], (6, 11, 30), 'Замена задвижек на вводе ИТП, ул. Семьи Шамшиных 90: поз. 1–2 Ду100, поз. 3–4 Ду80'),
    ('213004', ['1'], (9, 6, 20), 'АВАРИЯ: нет ГВС, ул. Дуси Ковальчук 179'),
    ('213377', ['1', '2'], (10, 7, 50), 'Насосная ХВС, ул. Богдана Хмельницкого 56: поз. 1 насос №1, поз. 2 насос №2 (Grundfos CR 32-4)'),
    ('214119', ['1', '2', '3'], (12, 12, 0), 'Кондиционеры серверной, ул. Октябрьская 34: сплит-системы 1–3'),
    ('214560', ['1'], (13, 14, 10), 'Засор канализации, столовая, ул. Серебренниковская 19'),
    ('215023', ['1', '2'], (16, 9, 30), 'Внутренний противопожарный водопровод, ул. Зыряновская 55: 1 — корпус А, 2 — корпус Б'),
    ('215786', ['1', '2', '3'], (18, 10, 0), 'Тепловые завесы ТРЦ «Галерея», ул. Гоголя 13: 1 — вход 1, 2 — вход 2, 3 — рампа'),
    ('216340', ['1'], (20, 9, 15), 'Узел учёта тепла, ул. Мичурина 12: демонтаж и поверка вычислителя ВКТ-7'),
    ('217015', ['1', '2'], (23, 8, 0), 'Завоздушивание стояков отопления, ул. Титова 238: 1 — стояк Ст-4, 2 — стояк Ст-7'),
    ('217902', ['1', '2'], (24, 11, 0), 'Промывка системы отопления, детский сад, ул. Кочубея 3: 1 — контур ИТП, 2 — система отопления здания'),
    ('219230', ['1', '2', '3', '4'], (25, 10, 30), 'Замена водосчётчиков ХВС в МОП, ул. Крылова 36: подъезды 1–4'),
]
REG_AT = {n: dt.datetime(2026, 11, d, h, m, tzinfo=MSK) for n, _, (d, h, m), _ in REQUESTS}

TASKS = {  # tracker task ids (NOT request numbers)
    '211082': ('48213', 'Заявка 211082 — вентиляция, БЦ Сибирь, Кирова 48'),
    '211457': ('48231', 'Заявка 211457 — течь в техподполье, Красный пр-т 86'),
    '212210': ('48244', 'Заявка 212210 — ТО ИТП (3 адреса)'),
    '212638': ('48266', 'Заявка 212638 — замена задвижек, Семьи Шамшиных 90'),
    '213004': ('48270', 'Заявка 213004 — АВАРИЯ ГВС, Дуси Ковальчук 179'),
    '213377': ('48285', 'Заявка 213377 — насосная ХВС, Б. Хмельницкого 56'),
    '214119': ('48302', 'Заявка 214119 — кондиционеры серверной, Октябрьская 34'),
    '214560': ('48309', 'Заявка 214560 — засор, Серебренниковская 19'),
    '215023': ('48311', 'Заявка 215023 — ВПВ, Зыряновская 55'),
    '215786': ('48340', 'Заявка 215786 — тепловые завесы, ТРЦ Галерея'),
    '216340': ('48352', 'Заявка 216340 — УУТЭ Мичурина 12, поверка ВКТ-7'),
    '217015': ('48377', 'Заявка 217015 — стояки отопления, Титова 238'),
    '217902': ('48391', 'Заявка 217902 — промывка СО, Кочубея 3'),
}
USER_ID = {'Андрей Кузьмин': 17, 'Виталий Ерёменко': 23, 'Денис Шайхутдинов': 9,
           'Сергей Пахомов': 31, 'Ольга Мельникова': 4, 'Игорь Тихонов': 2}

# --------------------------------------------------------------------------------------------
# helpers
RU_WD_SHORT = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс']
RU_WD_FULL = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье']


def D(day, hh, mm, ss=None):
    return dt.datetime(2026, 11, day, hh, mm, rnd.randint(0, 59) if ss is None else ss, tzinfo=TZ)


def rhex(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))


def ralnum(n, chars='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rnd.choice(chars) for _ in range(n))


def mid(kind, date):
    if kind == 'gmail':
        return '<CA%s@mail.gmail.com>' % ralnum(44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+-=')
    if kind == 'outlook':
        return '<%s$%s$%s@injset-servis.ru>' % ('00' + rhex(10), rhex(8), rhex(8))
    if kind == 'outlookcom':
        return '<%s@%s.eurprd%02d.prod.outlook.com>' % (
            ralnum(38, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), 'AM' + str(rnd.randint(6, 9)) + 'PR0' + str(rnd.randint(1, 9)) + 'MB' + str(rnd.randint(1000, 9999)), rnd.randint(1, 9))
    if kind == 'thebat':
        return '<%d.%s@injset-servis.ru>' % (rnd.randint(10 ** 8, 10 ** 10), date.strftime('%Y%m%d%H%M%S'))
    if kind == 'tracker':
        return '<bx.task.%s.%s@portal.injset-servis.ru>' % (date.strftime('%Y%m%d%H%M%S'), rhex(12))
    return '<%s.%s@mail.injset-servis.ru>' % (date.strftime('%Y%m%d%H%M%S'), rhex(10))


def gmail_when(d):
    return '%s, %d нояб. %d г. в %02d:%02d' % (RU_WD_SHORT[d.weekday()], d.day, d.year, d.hour, d.minute)


def outlook_when(d, weekday=True):
    s = '%d ноября %d г. %d:%02d' % (d.day, d.year, d.hour, d.minute)
    return (RU_WD_FULL[d.weekday()] + ', ' + s) if weekday else s


def koi(s):
    """KOI8-R has no em dash, guillemets or numero sign: people type ASCII substitutes."""
    return s.replace('—', '-').replace('–', '-').replace('«', '"').replace('»', '"').replace('№', 'N')


def tpart(text, sub='plain', cs='utf-8', cte='quoted-printable', **params):
    if cs.lower() == 'koi8-r':
        text = koi(text)
    p = MIMENonMultipart('text', sub, charset=cs, **params)
    raw = text.encode(cs)
    if cte == 'base64':
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
    elif cte == 'quoted-printable':
        p.set_payload(quopri.encodestring(raw).decode('ascii'))
    elif cte == '8bit':
        p.set_payload(raw.decode('ascii', 'surrogateescape'))
    elif cte == '7bit':
        p.set_payload(text)
    else:
        raise ValueError(cte)
    p['Content-Transfer-Encoding'] = cte
    del p['MIME-Version']
    return p


def boundary(prefix):
    return prefix + rhex(24)


def alt(plain, htm, cs='utf-8', cte_p='base64', cte_h='quoted-printable', bprefix='000000000000'):
    m = MIMEMultipart('alternative', boundary=boundary(bprefix))
    m.attach(tpart(plain, 'plain', cs, cte_p))
    m.attach(tpart(htm, 'html', cs, cte_h))
    del m['MIME-Version']
    return m


def esc(s):
    return html.escape(s, quote=False)


def quote_gt(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))


def quote_ini(text, ini):
    return '\n'.join((ini + '> ' + l) if l else (ini + '>') for l in text.split('\n'))


def finish(msg, date, frm, to, subject, msgid, cs='utf-8', cc=None, extra=None, in_reply_to=None):
    if cs.lower() == 'koi8-r':
        subject = koi(subject)
    hdrs = []
    hdrs.append(('From', formataddr(frm, charset=cs) if frm[0] else frm[1]))
    hdrs.append(('To', ', '.join(formataddr(t, charset=cs) for t in to)))
    if cc:
        hdrs.append(('Cc', ', '.join(formataddr(t, charset=cs) for t in cc)))
    hdrs.append(('Subject', Header(subject, cs, header_name='Subject') if any(ord(c) > 127 for c in subject) else subject))
    hdrs.append(('Date', format_datetime(date)))
    hdrs.append(('Message-ID', msgid))
    if in_reply_to:
        hdrs.append(('In-Reply-To', in_reply_to))
        hdrs.append(('References', in_reply_to))
    for k, v in (extra or []):
        hdrs.append((k, v))
    content = [(k, v) for k, v in msg._headers]
    msg._headers = []
    for k, v in hdrs:
        msg[k] = v
    if 'MIME-Version' not in [k for k, _ in content]:
        msg['MIME-Version'] = '1.0'
    for k, v in content:
        msg._headers.append((k, v))
    return msg


def fake_id():
    return '<%s@zakazchik-omis.ru>' % (rhex(8) + '.' + rhex(8))


# ---------------- client styles ---------------------------------------------------------------
def gmail(frm, date, subject, new, quote=None, to=(DISPATCH,), cc=None, html_part=True, cte='base64',
          attach=None, html_override=None, reply=False):
    plain = new
    if quote:
        qhdr, qtext = quote
        plain += '\n\n' + qhdr + '\n\n' + quote_gt(qtext) + '\n'
    if html_part:
        body = html_override or '<div dir="ltr">' + '<br>'.join(esc(l) for l in new.split('\n')) + '</div>'
        if quote:
            body += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                     'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>') % (
                esc(qhdr), '<br>'.join(esc(l) for l in qtext.split('\n')))
        body += '\n'
        m = alt(plain, body, 'UTF-8', cte, 'quoted-printable')
    else:
        m = tpart(plain, 'plain', 'UTF-8', cte)
    if attach:
        mm = MIMEMultipart('mixed', boundary=boundary('000000000000'))
        mm.attach(m)
        for fname, ctype, data in attach:
            a = MIMEBase(*ctype.split('/'), name=fname)
            a.set_payload(base64.encodebytes(data).decode('ascii'))
            a['Content-Disposition'] = 'attachment; filename="%s"' % fname
            a['Content-Transfer-Encoding'] = 'base64'
            a['Content-ID'] = '<f_%s>' % ralnum(11).lower()
            mm.attach(a)
        m = mm
    irt = fake_id() if reply else None
    return finish(m, date, frm, list(to), subject, mid('gmail', date), 'UTF-8', cc, in_reply_to=irt)


def outlook_block(frm, date, to, subject, mailto=True):
    f = '%s [mailto:%s]' % frm if mailto else '%s <%s>' % frm
    return 'От: %s\nОтправлено: %s\nКому: %s\nТема: %s' % (f, outlook_when(date), to, subject)


def outlook(frm, date, subject, new, quote=None, to=(DISPATCH,), cc=None, cs='windows-1251', html_part=True,
            table_html=None, extra=None, reply=False, plain_quote_style='ru'):
    """Outlook 2016 desktop. quote=(block_text, quoted_body)."""
    plain = new
    if quote:
        block, qtext = quote
        if plain_quote_style == 'en':
            plain += '\n\n-----Original Message-----\n' + block + '\n\n' + qtext + '\n'
        elif plain_quote_style == 'line':
            plain += '\n\n________________________________\n' + block + '\n\n' + qtext + '\n'
        else:
            plain += '\n\n' + block + '\n\n' + qtext + '\n'
    if html_part:
        def paras(t):
            return '\n'.join('<p class=MsoNormal>%s<o:p></o:p></p>' % (esc(l) if l else '&nbsp;') for l in t.split('\n'))
        body = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
                '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                'table.tb td {border:solid #A6A6A6 1.0pt;padding:2.0pt 5.0pt;font-size:10.0pt;font-family:"Calibri",sans-serif;}\n'
                '--></style></head><body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>\n') % cs
        if table_html:
            pre, tbl, post = table_html
            body += paras(pre) + '\n' + tbl + '\n' + paras(post)
        else:
            body += paras(new)
        if quote:
            bl = block.split('\n')
            lines = []
            for l in bl:
                k, _, v = l.partition(': ')
                lines.append('<b>%s:</b> %s' % (esc(k), esc(v)))
            body += ('\n<p class=MsoNormal><o:p>&nbsp;</o:p></p><div><div style=\'border:none;border-top:solid #E1E1E1 1.0pt;'
                     'padding:3.0pt 0cm 0cm 0cm\'><p class=MsoNormal>%s<o:p></o:p></p></div></div>\n' % '<br>'.join(lines))
            body += paras(qtext)
        body += '\n</div></body></html>\n'
        m = alt(plain, body, cs, 'quoted-printable', 'quoted-printable', bprefix='----=_NextPart_000_00%02X_01DB' % rnd.randint(0, 255))
    else:
        m = tpart(plain, 'plain', cs, 'quoted-printable')
    ex = [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', base64.b64encode(bytes(rnd.randrange(256) for _ in range(22))).decode()),
          ('Content-Language', 'ru')] + (extra or [])
    irt = fake_id() if reply else None
    return finish(m, date, frm, list(to), subject, mid('outlook', date), cs, cc, ex, in_reply_to=irt)


def outlookcom(frm, date, subject, new, quote=None, to=(DISPATCH,), cc=None, html_only=False, reply=False, mobile=True):
    sig = '\n\n' + OL_ANDROID if mobile else ''
    plain = new + sig
    if quote:
        block, qtext = quote
        plain += '\n________________________________\n' + block + '\n\n' + qtext + '\n'
    body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto" style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">%s</div>' %
            '<br>'.join(esc(l) for l in new.split('\n')))
    if mobile:
        body += '<div dir="auto"><br></div><div id="ms-outlook-mobile-signature" dir="auto">Получить <a href="https://aka.ms/AAb9ysg">Outlook для Android</a></div>'
    if quote:
        body += ('<hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                 '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font></div>'
                 '<div>%s</div>') % ('<br>'.join('<b>%s:</b> %s' % (esc(a), esc(b)) for a, _, b in (l.partition(': ') for l in block.split('\n'))),
                                    '<br>'.join(esc(l) for l in qtext.split('\n')))
    body += '</body></html>\n'
    if html_only:
        m = tpart(body, 'html', 'utf-8', 'quoted-printable')
    else:
        m = alt(plain, body, 'utf-8', 'quoted-printable', 'quoted-printable', bprefix='_000_')
    irt = fake_id() if reply else None
    return finish(m, date, frm, list(to), subject, mid('outlookcom', date), 'utf-8', cc,
                  [('X-MS-Has-Attach', ''), ('Content-Language', 'ru-RU'), ('X-MS-TNEF-Correlator', '')], in_reply_to=irt)


def thebat(frm, date, subject, text, to=(DISPATCH,), cc=None, cs='koi8-r', cte='8bit', reply=False):
    m = tpart(text, 'plain', cs, cte)
    irt = fake_id() if reply else None
    return finish(m, date, frm, list(to), subject, mid('thebat', date), cs, cc,
                  [('X-Mailer', 'The Bat! (v9.4.5) Professional'), ('Reply-To', formataddr(frm, charset=cs)),
                   ('X-Priority', '3 (Normal)')], in_reply_to=irt)


# ---------------- tracker -----------------------------------------------------------------------
PORTAL = 'https://portal.injset-servis.ru'


def tlink(tid, uid=17):
    return '%s/company/personal/user/%d/tasks/task/view/%s/' % (PORTAL, uid, tid)


def tracker_html(head, tid, title, rows, comment=None, footer_note=None, extra_html=''):
    link = tlink(tid)
    rows_html = '\n'.join('<tr><td style="padding:6px 12px;color:#80868e;border-bottom:1px solid #eef2f4;width:160px">%s</td>'
                          '<td style="padding:6px 12px;border-bottom:1px solid #eef2f4">%s</td></tr>' % (esc(k), v) for k, v in rows)
    c_html = ''
    if comment:
        who, when, text = comment
        c_html = ('<table width="100%%" cellpadding="0" cellspacing="0" style="margin:16px 0;background:#f5f9fb;border-left:3px solid #2fc6f6">'
                  '<tr><td style="padding:10px 14px"><div style="color:#80868e;font-size:12px">%s, %s</div>'
                  '<div style="font-size:14px;margin-top:6px">%s</div></td></tr></table>') % (
            esc(who), esc(when), '<br>'.join(esc(l) for l in text.split('\n')))
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Битрикс24</title></head>\n'
            '<body style="margin:0;padding:0;background:#eef2f4;font-family:\'Helvetica Neue\',Arial,sans-serif;font-size:14px;color:#333">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">\n'
            '<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">\n'
            '<tr><td style="background:#2fc6f6;color:#fff;font-size:20px;padding:14px 24px"><b>Битрикс</b>24 &middot; ИнжСетьСервис</td></tr>\n'
            '<tr><td style="padding:20px 24px">\n<p style="margin:0 0 10px 0">%s</p>\n'
            '<p style="margin:0 0 14px 0;font-size:17px"><a href="%s" style="color:#0b66c3;text-decoration:none">Задача #%s &laquo;%s&raquo;</a></p>\n'
            '<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;width:100%%">\n%s\n</table>\n%s%s\n'
            '<p style="margin:18px 0 0 0"><a href="%s" style="background:#bbed21;color:#535c69;padding:8px 18px;border-radius:3px;text-decoration:none">Перейти к задаче</a>'
            ' &nbsp; <a href="%s#com" style="color:#0b66c3">Ответить</a></p>\n'
            '</td></tr>\n<tr><td style="padding:14px 24px;font-size:11px;color:#a0a7ae;border-top:1px solid #eef2f4">%s'
            'Письмо сформировано автоматически порталом portal.injset-servis.ru. '
            '<a href="%s/company/personal/user/0/notify/" style="color:#a0a7ae">Настроить уведомления</a></td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n') % (
        head, link, tid, esc(title), rows_html, c_html, extra_html, link, link, (esc(footer_note) + '<br>') if footer_note else '', PORTAL)


def tracker(date, subject, html_body, kind, tid=None, to=(DISPATCH,)):
    m = tpart(html_body, 'html', 'utf-8', 'base64')
    extra = [('Reply-To', formataddr(TR, charset='utf-8')), ('X-Mailer', 'Bitrix24 Mailer'),
             ('X-Bitrix-Event', kind), ('Auto-Submitted', 'auto-generated'),
             ('X-Auto-Response-Suppress', 'All'), ('List-Unsubscribe', '<%s/company/personal/user/0/notify/>' % PORTAL)]
    if tid:
        extra.append(('X-Bitrix-Task-Id', tid))
    return finish(m, date, TR, list(to), subject, mid('tracker', date), 'utf-8', None, extra)


def t_status(date, req, actor, old, new, resp, deadline, comment=None, uid=17):
    tid, title = TASKS[req]
    subj = '[Битрикс24] Задача #%s «%s» изменила статус: %s → %s' % (tid, title, old, new)
    head = '<b>%s</b> изменил(а) статус задачи' % esc(actor)
    rows = [('Статус', '<b>%s</b> <span style="color:#a0a7ae">(было: %s)</span>' % (esc(new), esc(old))),
            ('Ответственный', esc(resp)), ('Постановщик', 'Ольга Мельникова'),
            ('Наблюдатели', 'Диспетчерская ОМИС (внешний пользователь)'), ('Крайний срок', esc(deadline))]
    c = (actor, '%02d.%02d.2026 %02d:%02d' % (date.day, date.month, date.hour, date.minute), comment) if comment else None
    return tracker(date, subj, tracker_html(head, tid, title, rows, c), 'TASK_STATUS_CHANGED', tid), subj


def t_comment(date, req, author, text, status, resp, deadline):
    tid, title = TASKS[req]
    subj = '[Битрикс24] Новый комментарий к задаче #%s «%s»' % (tid, title)
    head = '<b>%s</b> оставил(а) комментарий к задаче' % esc(author)
    rows = [('Статус', esc(status)), ('Ответственный', esc(resp)), ('Крайний срок', esc(deadline))]
    c = (author, '%02d.%02d.2026 %02d:%02d' % (date.day, date.month, date.hour, date.minute), text)
    return tracker(date, subj, tracker_html(head, tid, title, rows, c), 'TASK_COMMENT_ADD', tid), subj


# --------------------------------------------------------------------------------------------
LETTERS = []   # (date, msg, label)


def add(msg, label, date):
    LETTERS.append((date, msg, label))


def dec(req, pos, status, note):
    return {'expect': 'decided', 'request': req, 'positions': pos, 'status': status, 'note': note}


def rev(note):
    return {'expect': 'review', 'note': note}


def ign(note):
    return {'expect': 'ignored', 'note': note}


PR, VP, NM, UB = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'

# ===================== 211082 — вентиляция Кирова 48 =====================
d = D(2, 15, 2)
m, _ = t_status(d, '211082', 'Андрей Кузьмин', 'Ждёт выполнения', 'Выполняется', 'Андрей Кузьмин', '06.11.2026 18:00')
add(m, dec('211082', [], PR, 'tracker: engineer moved task to «Выполняется» = took the request into work; no comment, no positions'), d)

d = D(3, 9, 41)
add(gmail(KUZ, d, '211082 П1 выезжаю',
          'Ирина Петровна, доброе утро!\n'
          'По 211082 приточка П1 (КЦКП-10, Кирова 48) — выезжаю с базы на Станционной, к 10:30 буду на объекте.\n'
          'Пропуск на парковку нужен на машину Н 381 ОР 154, если можно.\n\n' + SIG_KUZ),
    dec('211082', ['1'], VP, 'leaving the base for the site now; П1; car plate is a distractor'), d)

d = D(3, 11, 54)
m, _ = t_comment(d, '211082', 'Андрей Кузьмин',
                 'На объекте с 10:25. П1 — привод воздушной заслонки не отрабатывает, снимаем. П2 посмотрю после обеда.',
                 'Выполняется', 'Андрей Кузьмин', '06.11.2026 18:00')
add(m, dec('211082', ['1'], NM, 'tracker comment by engineer: on site, working П1; П2 only planned'), d)

d = D(3, 16, 22)
qd = D(3, 15, 10)
add(gmail(KUZ, d, 'Re: Заявка 211082 — вентиляция Кирова 48',
          'Ирина Петровна, по П1 привод заменил (Belimo LM24A-SR), установку запустили, греет, работает.\n'
          'По П2 вытяжка исправна — в щите ЩВ-2 был выбит автомат, включили, тяга есть, арендатору показали.\n'
          'Обе позиции закрыты, с объекта уехал в 16:05.\n\nКузьмин А.',
          quote=(gmail_when(qd) + ', Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:',
                 'Андрей, добрый день.\nЧто по вытяжке (поз. 2)? Арендатор 3 этажа жалуется, что не тянет.\n\n--\n' + SOBOL),
          reply=True),
    dec('211082', ['1', '2'], UB, 'both positions finished, left at 16:05; quoted dispatcher question ignored'), d)

# ===================== 211457 — течь Красный 86 =====================
d = D(3, 13, 12)
qd = D(3, 12, 45)
add(outlook(MEL, d, 'RE: Заявка № 211457 — течь, Красный пр-т 86',
            'Ирина Петровна, добрый день!\nЗаявку № 211457 приняли, назначена бригада Ерёменко В., выезд в течение часа.\n\n' + SIG_MEL,
            quote=(outlook_block(DISPATCH, qd, 'Мельникова Ольга', 'Заявка № 211457 — течь, Красный пр-т 86'),
                   'Добрый день!\nНаправляем заявку № 211457: течь в техподполье, Красный проспект 86, подъезд 2. '
                   'Просьба подтвердить получение.\n\n' + SOBOL), reply=True),
    dec('211457', [], PR, 'contractor dispatcher confirms acceptance; departure only planned'), d)

d = D(3, 13, 52)
add(gmail(ERE, d, 'Красный 86 (211457)', 'Выехали, минут 25 ехать.\nЕрёменко', cc=[MEL], html_part=False),
    dec('211457', [], VP, 'number in brackets after address in subject; crew travelling'), d)

d = D(3, 14, 33)
qd = D(3, 14, 1)
add(gmail(ERE, d, 'Re: Красный 86 (211457)',
          'на месте. течь на стояке ХВС в техподполье, перекрыли, будем менять участок трубы',
          quote=(gmail_when(qd) + ', Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:',
                 'Виталий, принято, ждём. Ключи от техподполья у консьержа, кв. 1.\n\n' + SOBOL), reply=True),
    dec('211457', [], NM, 'on site; subject Re: with number in brackets'), d)

d = D(3, 17, 46)
m, _ = t_status(d, '211457', 'Виталий Ерёменко', 'Выполняется', 'Ждёт контроля', 'Виталий Ерёменко', '03.11.2026 20:00',
                'Участок трубы Ду32 заменили (сталь на полипропилен, 1,5 м), течи нет, воду из техподполья откачали. Убыли в 17:30.')
add(m, dec('211457', [], UB, 'tracker status change with foreman comment: done, left 17:30'), d)

# ===================== 212210 — ТО ИТП =====================
d = D(6, 8, 52)
add(outlook(SHA, d, 'ТО ИТП по заявке 212210 — выезд п.1',
            'Доброе утро.\nВыезжаем на Гоголя, 15 (п.1), после него по плану Ленина, 21 (п.2).\n'
            'Состав бригады: Шайхутдинов Д.Р., Гусев П.А. Машина Газель А 718 КМ 154.\n\n' + SIG_SHA, cc=[MEL]),
    dec('212210', ['1'], VP, 'travelling to п.1 now; п.2 only next in plan'), d)

d = D(6, 12, 41)
tbl = ('<table class=tb border=1 cellspacing=0 cellpadding=0 style=\'border-collapse:collapse\'>'
       '<tr><td><b>п.</b></td><td><b>Адрес</b></td><td><b>Состояние</b></td><td><b>Время</b></td></tr>'
       '<tr><td>1</td><td>Гоголя, 15</td><td>ТО выполнено, бригада убыла</td><td>12:10</td></tr>'
       '<tr><td>2</td><td>Ленина, 21</td><td>в пути</td><td>выезд 12:20</td></tr>'
       '<tr><td>3</td><td>Писарева, 4</td><td>по графику 09.11</td><td>&mdash;</td></tr></table>')
plain = ('Ирина Петровна, текущее состояние по 212210:\n\n'
         'п.\tАдрес\tСостояние\tВремя\n1\tГоголя, 15\tТО выполнено, бригада убыла\t12:10\n'
         '2\tЛенина, 21\tв пути\tвыезд 12:20\n3\tПисарева, 4\tпо графику 09.11\t—\n\n' + SIG_SHA)
m = outlook(SHA, d, 'RE: ТО ИТП по заявке 212210 — выезд п.1', plain,
            table_html=('Ирина Петровна, текущее состояние по 212210:\n', tbl, '\n' + SIG_SHA), reply=True)
add(m, rev('HTML table: п.1 убыл, п.2 в пути, п.3 plan — different statuses for different positions'), d)

d = D(6, 15, 31)
add(outlook(SHA, d, '212210-2',
            'Ленина, 21 — ТО ИТП выполнено, замечаний нет, бригада освободилась в 15:15.\nЖурнал ТО подписан у инженера УК.\n\n' + SIG_SHA,
            html_part=False),
    dec('212210', ['2'], UB, 'position after dash in subject; «бригада освободилась»'), d)

d = D(9, 10, 6)
add(gmail(KUZ, d, 'Писарева 4 — 212210 поз3',
          'Ирина Петровна, я сегодня вместо Шайхутдинова.\nНа Писарева, 4 (поз3) на объекте с 9:50, начали ТО, '
          'разбираем пластинчатый теплообменник Ридан НН14.\n\n' + SIG_KUZ),
    dec('212210', ['3'], NM, '«поз3»; on site since 9:50'), d)

d = D(9, 14, 22)
m, _ = t_status(d, '212210', 'Денис Шайхутдинов', 'Выполняется', 'Завершена', 'Денис Шайхутдинов', '09.11.2026 18:00',
                'ТО по всем трём ИТП (п.1–п.3) выполнено, Писарева закрыли в 13:55, бригада уехала. Акты переданы в бухгалтерию.')
add(m, dec('212210', ['1', '2', '3'], UB, 'task completed by engineer with comment: all three done'), d)

# ===================== 212638 — задвижки =====================
d = D(6, 16, 12)
qd = D(6, 15, 35)
add(thebat(TIH, d, 'Re: Заявка 212638 — замена задвижек',
           'Здравствуйте, Ирина.\n\nВы писали %d ноября 2026 г., %d:%02d:\n\n' % (qd.day, qd.hour, qd.minute) +
           quote_ini('Игорь Романович, добрый день.\nНаправляем заявку 212638: замена задвижек на вводе ИТП,\n'
                     'ул. Семьи Шамшиных, 90, поз. 1-4 (Ду100 - 2 шт., Ду80 - 2 шт.).\nПрошу подтвердить и сообщить сроки.', 'ИП') +
           '\n\nЗаявку 212638 получили, взяли в работу.\nЗадвижки 30с41нж Ду100 есть на складе, Ду80 заказали у поставщика,\n'
           'срок поставки 3 рабочих дня. По поз. 1 и 2 выезд планируем на вторник 10.11.\n\n' + SIG_TIH + '\n', reply=True),
    dec('212638', [], PR, 'The Bat! KOI8-R, initials quoting; accepted; positions mentioned only in plan'), d)

d = D(10, 9, 16)
add(outlookcom(PAH, d, '212638 позиции 1,2',
               'Добрый день. По заявке 212638 задвижки Ду100 (позиции 1 и 2) — едем на Семьи Шамшиных, будем около 10:00.\n\n' + SIG_PAH),
    dec('212638', ['1', '2'], VP, 'едем, будем около 10:00'), d)

d = D(10, 13, 41)
qd = D(10, 9, 20)
add(outlookcom(PAH, d, 'RE: 212638 позиции 1,2',
               'По первой и второй закончили: задвижки заменили, опрессовка 10 кгс/см² — течей нет. С объекта уехали.\n'
               'Третья и четвёртая (Ду80) — как придут, ориентировочно в четверг.',
               quote=('От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nОтправлено: %s\nКому: Сергей Пахомов <pakhomov.s@outlook.com>\n'
                      'Тема: RE: 212638 позиции 1,2' % outlook_when(qd, False),
                      'Сергей, принято. Ключи от ИТП у диспетчера УК, тел. 8 (383) 287-40-11.\n\n' + SOBOL), reply=True),
    dec('212638', ['1', '2'], UB, '«по первой и второй закончили … уехали»; 3 and 4 only planned'), d)

d = D(12, 17, 5)
add(outlookcom(PAH, d, '212638 поз 3,4 — перенос',
               'Ирина Петровна, поставщик задерживает Ду80 до понедельника. По 3 и 4 позиции выезд переносим на 16.11, заранее предупрежу.\n\n' + SIG_PAH),
    rev('plan/postponement only, no status'), d)

d = D(16, 10, 21)
m, subj_19 = t_comment(d, '212638', 'Ольга Мельникова',
                       'По телефону от Пахомова: поз. 3 и 4 — бригада на объекте с 10:05, перекрыли ввод, приступили к демонтажу.',
                       'Выполняется', 'Сергей Пахомов', '16.11.2026 18:00')
add(m, dec('212638', ['3', '4'], NM, 'tracker comment by contractor dispatcher relaying crew call: on site'), d)

d = D(16, 15, 6)
add(outlookcom(PAH, d, 'RE: ' + subj_19,
               'Всё, 3 и 4 поменяли, давление держит. Ушли с объекта в 14:50.',
               quote=('От: Битрикс24 ИнжСетьСервис <no-reply@portal.injset-servis.ru>\nОтправлено: %s\n'
                      'Кому: Сергей Пахомов <pakhomov.s@outlook.com>\nТема: %s' % (outlook_when(D(16, 10, 21, 0), False), subj_19),
                      'Ольга Мельникова оставил(а) комментарий к задаче\nЗадача #48266 «Заявка 212638 — замена задвижек, Семьи Шамшиных 90»\n\n'
                      'Ольга Мельникова, 16.11.2026 10:21\nПо телефону от Пахомова: поз. 3 и 4 — бригада на объекте с 10:05, перекрыли ввод, приступили к демонтажу.\n\n'
                      'Статус: Выполняется\nОтветственный: Сергей Пахомов\nКрайний срок: 16.11.2026 18:00\n\n'
                      'Перейти к задаче <%s>' % tlink('48266', 31)),
               to=(DISPATCH, MEL), reply=True),
    dec('212638', ['3', '4'], UB, 'engineer reply to tracker notification; quoted «на объекте» is old'), d)

# ===================== 213004 — авария ГВС =====================
d = D(9, 10, 41)
qd = D(9, 10, 24)
add(outlook(MEL, d, 'RE: АВАРИЙНАЯ заявка 213004 — нет ГВС, Дуси Ковальчук 179',
            'Ирина Петровна, приняли.\nАварийная бригада Ерёменко уже выехала, телефон бригадира +7 913 455-21-07.\n\n' + SIG_MEL,
            quote=(outlook_block(DISPATCH, qd, 'Мельникова Ольга; Тихонов И.Р.', 'АВАРИЙНАЯ заявка 213004 — нет ГВС, Дуси Ковальчук 179'),
                   'СРОЧНО. Заявка 213004. Дуси Ковальчук, 179 — нет горячей воды во всём доме, в подвале парит.\n\n' + SOBOL), reply=True),
    dec('213004', [], VP, 'accepted and crew already left for the site: latest = в пути; phone is a distractor'), d)

d = D(9, 11, 19)
add(gmail(ERE, d, '213004', 'НА МЕСТЕ. ДУСИ КОВАЛЬЧУК 179. СВИЩ НА ПОДАЧЕ ГВС В ПОДВАЛЕ, ПЕРЕКРЫВАЕМ', html_part=False),
    dec('213004', [], NM, 'caps, bare number subject'), d)

d = D(9, 12, 4)
add(gmail(ERE, d, 'Re: 213004',
          'ирина петровна ключ от ИТП у управляющей, её телефон 8-913-377-20-04 не отвечает. можете дозвониться до ук? без ИТП стояк не сбросить',
          quote=(gmail_when(D(9, 11, 19, 0)) + ', Виталий Ерёменко <vitaliy.eremenko83@gmail.com>:',
                 'НА МЕСТЕ. ДУСИ КОВАЛЬЧУК 179. СВИЩ НА ПОДАЧЕ ГВС В ПОДВАЛЕ, ПЕРЕКРЫВАЕМ'), html_part=False, reply=True),
    rev('request for help reaching the managing company; no new status (on-site only in quote)'), d)

d = D(9, 15, 33)
fd = D(9, 15, 18, 0)
add(outlook(MEL, d, 'FW: 213004 ГВС',
            'Ирина Петровна, пересылаю сообщение бригадира по 213004.\n\n' + SIG_MEL,
            quote=('От: Виталий Ерёменко [mailto:vitaliy.eremenko83@gmail.com]\nОтправлено: %s\nКому: Мельникова Ольга <o.melnikova@injset-servis.ru>\n'
                   'Тема: 213004 ГВС' % outlook_when(fd),
                   'Ольга, свищ на Дуси Ковальчук заварили, ГВС подали в 15:10, жильцы подтвердили что вода есть. Бригада убыла, едем на базу.')),
    dec('213004', [], UB, 'Outlook forward of the foreman report: welded, crew left'), d)

# ===================== 213377 — насосная =====================
d = D(10, 12, 31)
m, _ = t_status(d, '213377', 'Андрей Кузьмин', 'Ждёт выполнения', 'Выполняется', 'Андрей Кузьмин', '13.11.2026 18:00')
add(m, dec('213377', [], PR, 'tracker: taken into work (Выполняется), no comment'), d)

d = D(11, 8, 41, 12)
add(gmail(KUZ, d, 'Выезд 213377',
          'Выезд на Б. Хмельницкого, 56 (насосная ХВС) по заявке 213377 — 8:35, прибытие ориентировочно 9:10.\n\n' + SIG_KUZ),
    dec('213377', [], VP, 'noun «Выезд … 8:35»; arrival only estimated'), d)

d = D(11, 9, 26)
add(gmail(KUZ, d, 'Re: Выезд 213377',
          'Прибыли в 9:12. Поз.1 и поз.2 — начали диагностику обоих насосов Grundfos CR 32-4.',
          quote=(gmail_when(D(11, 8, 41)) + ', Андрей Кузьмин <kuzmin.andrey.nsk@gmail.com>:',
                 'Выезд на Б. Хмельницкого, 56 (насосная ХВС) по заявке 213377 — 8:35, прибытие ориентировочно 9:10.\n\n' + SIG_KUZ),
          reply=True),
    dec('213377', ['1', '2'], NM, 'arrived 9:12; quoted own «выезд» letter is history; pump model is distractor'), d)

d = D(11, 14, 12)
add(gmail(KUZ, d, 'Re: Заявка 213377 — насосная Хмельницкого 56',
          'Ирина Петровна, по итогам:\n'
          'Поз.1 (насос №1) — заменили торцевое уплотнение, насос в работе, всё ок.\n'
          'Поз.2 (насос №2) — гудит подшипник двигателя, нужен 6309-2Z, закажем; стоимость Игорь Романович согласует отдельно. '
          'Насос №2 выведен в резерв.\nС объекта уехали в 13:50, по поз.2 приедем повторно после поставки.\n\n' + SIG_KUZ,
          quote=(gmail_when(D(11, 12, 58)) + ', Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:',
                 'Андрей, как там насосы? Жильцы верхних этажей жалуются на напор.\n\n' + SOBOL), reply=True),
    dec('213377', ['1'], UB, 'п.1 finished and crew left; п.2 not finished, only return planned'), d)

d = D(12, 10, 3, 41)
bounce_orig = D(12, 10, 3, 36)
add(None, ign('bounce from contractor mail server (user unknown)'), d)
BOUNCE_AT = (d, bounce_orig)

d = D(13, 11, 20)
add(thebat(TIH, d, '213377 поз.2 — согласование стоимости',
           'Здравствуйте, Ирина Петровна.\n\nПо насосу №2 (заявка 213377, поз.2):\n'
           '  подшипник 6309-2Z SKF       -  4 600 руб.\n  работы (демонтаж/монтаж)   - 13 800 руб.\n  итого                      - 18 400 руб. без НДС.\n'
           'В рамках договора № ИСС-14/2026 эти работы не предусмотрены, выставили счёт № 1147 от 13.11.2026.\n'
           'Прошу согласовать, после оплаты закажем подшипник, срок поставки 2-3 дня.\n\n' + SIG_TIH + '\n', cs='koi8-r', cte='quoted-printable'),
    rev('price / invoice talk, no status'), d)

d = D(17, 16, 40)
fd = D(17, 16, 21, 0)
add(gmail(KUZ, d, 'Fwd: насос 2 Хмельницкого',
          'Ирина Петровна, пересылаю от электрика, по 213377 (2).\n\n'
          '---------- Пересылаемое сообщение ---------\n'
          'От: Рустам Гайнуллин <rustam.gainullin@mail.ru>\nDate: %s\nSubject: насос 2 Хмельницкого\n'
          'To: Андрей Кузьмин <kuzmin.andrey.nsk@gmail.com>\n\n'
          'Андрей, подшипник на Н2 поменял, насос запустил, ток 38 А в норме, вибрации нет. Я уехал, ключи отдал сторожу.\n' % gmail_when(fd)),
    dec('213377', ['2'], UB, 'Gmail forward of electrician report; «(2)» = position 2'), d)

# ===================== 214119 — кондиционеры серверной =====================
d = D(12, 16, 46)
qd = D(12, 16, 5)
subj_214119 = 'Заявка 214119 — кондиционеры серверной, Октябрьская 34'
add(outlook(SHA, d, 'RE: ' + subj_214119,
            'Ирина Петровна, добрый день.\nЗаявка 214119 принята в работу. Выезд завтра с утра, ориентировочно к 10:00.\n\n' + SIG_SHA,
            quote=(outlook_block(DISPATCH, qd, 'Шайхутдинов Денис Рамилевич', subj_214119),
                   'Денис Рамилевич, добрый день.\nВ серверной на Октябрьской 34 греются стойки, из трёх сплитов (Daikin) нормально работает один. '
                   'Прошу принять заявку 214119.\n\n' + SOBOL), reply=True),
    dec('214119', [], PR, 'accepted; departure planned for tomorrow'), d)

d = D(13, 9, 6)
add(outlook(SHA, d, 'RE: ' + subj_214119,
            'Выехали на Октябрьскую 34.\n\nОтправлено из Outlook для iOS',
            quote=('From: Шайхутдинов Денис Рамилевич <d.shaikhutdinov@injset-servis.ru>\nSent: Thursday, November 12, 2026 4:46:28 PM\n'
                   'To: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nSubject: RE: %s' % subj_214119,
                   'Ирина Петровна, добрый день.\nЗаявка 214119 принята в работу. Выезд завтра с утра, ориентировочно к 10:00.'),
            cs='utf-8', html_part=False, reply=True, plain_quote_style='line'),
    dec('214119', [], VP, 'request number only in Re: subject; «выехали на …» = travelling'), d)

d = D(13, 10, 16)
m, _ = t_comment(d, '214119', 'Денис Шайхутдинов', 'Прибытие на объект 09:50. П1–П3 осмотр, в серверной +24 °C.',
                 'Выполняется', 'Денис Шайхутдинов', '18.11.2026 18:00')
add(m, dec('214119', ['1', '2', '3'], NM, 'noun «Прибытие 09:50», range П1–П3'), d)

d = D(13, 13, 31)
tbl = ('<table class=tb border=1 cellspacing=0 cellpadding=0 style=\'border-collapse:collapse\'>'
       '<tr><td><b>Поз.</b></td><td><b>Оборудование</b></td><td><b>Работы</b></td><td><b>Итог</b></td></tr>'
       '<tr><td>1</td><td>Daikin FTXB50C</td><td>дозаправка R410A 1,2 кг</td><td>выполнено</td></tr>'
       '<tr><td>2</td><td>Daikin FTXB50C</td><td>чистка дренажа, замена помпы</td><td>выполнено</td></tr>'
       '<tr><td>3</td><td>Daikin FTXB35C</td><td>неисправна плата управления, заказана (арт. 2P419395-1)</td><td>не выполнено, повторный выезд</td></tr>'
       '</table>')
plain = ('Ирина Петровна, итоги выезда 13.11 по заявке 214119:\n\n'
         'Поз.\tОборудование\tРаботы\tИтог\n1\tDaikin FTXB50C\tдозаправка R410A 1,2 кг\tвыполнено\n'
         '2\tDaikin FTXB50C\tчистка дренажа, замена помпы\tвыполнено\n'
         '3\tDaikin FTXB35C\tнеисправна плата управления, заказана (арт. 2P419395-1)\tне выполнено, повторный выезд\n\n'
         'Убытие бригады 13:10. Температура в серверной +21 °C.\n\n' + SIG_SHA)
add(outlook(SHA, d, '214119 — итоги выезда 13.11', plain,
            table_html=('Ирина Петровна, итоги выезда 13.11 по заявке 214119:\n', tbl,
                        '\nУбытие бригады 13:10. Температура в серверной +21 °C.\n\n' + SIG_SHA)),
    dec('214119', ['1', '2'], UB, 'table row per position: 1,2 done, crew left 13:10; 3 not done'), d)

d = D(19, 0, 5)
tid, title = TASKS['214119']
h = tracker_html('<span style="color:#f0371b"><b>Задача просрочена</b></span>', tid, title,
                 [('Статус', 'Выполняется'), ('Ответственный', 'Денис Шайхутдинов'), ('Крайний срок', '<span style="color:#f0371b">18.11.2026 18:00</span>')],
                 footer_note='Вы получили это письмо как наблюдатель задачи.')
add(tracker(d, '[Битрикс24] Задача #%s «%s» просрочена' % (tid, title), h, 'TASK_EXPIRED', tid),
    ign('tracker «задача просрочена» — machine notification'), d)

d = D(20, 11, 41)
add(outlook(SHA, d, '214119 п3',
            'Плату поставили, кондиционер №3 запущен, держит +19 °С. Закончили, уезжаем.\n\n' + SIG_SHA, cs='koi8-r'),
    dec('214119', ['3'], UB, '«закончили, уезжаем»; KOI8-R Outlook'), d)

# ===================== 214560 — засор =====================
subj_214560 = 'Заявка 214560 — засор, Серебренниковская 19'
d = D(13, 18, 41)
add(gmail(ERE, d, 'Re: ' + subj_214560, 'принял, выезжаем через час, сейчас на другом объекте',
          quote=(gmail_when(D(13, 18, 14)) + ', Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:',
                 'Виталий, добрый вечер. Заявка 214560: засор канализации в столовой, ул. Серебренниковская, 19, цокольный этаж. Срочно.\n\n' + SOBOL),
          html_part=False, reply=True),
    dec('214560', [], PR, '«принял»; departure only planned'), d)

d = D(13, 19, 57)
add(gmail(ERE, d, 'Re: ' + subj_214560, 'на м\u0435\u0441те, прочищаем выпуск'.replace('\u0435\u0441', 'ec'),
          quote=(gmail_when(D(13, 19, 30)) + ', Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:',
                 'Виталий, когда будете? Столовая закрывается в 20:00.\n\n' + SOBOL), reply=True),
    dec('214560', [], NM, '«на мecте» with Latin e/c look-alikes; number only in Re: subject'), d)

d = D(13, 21, 31)
add(gmail(ERE, d, 'Re: ' + subj_214560, 'пробили тросом 25м, всё уходит. уехали', html_part=False, reply=True),
    dec('214560', [], UB, 'result + «уехали»'), d)

# ===================== 215023 — ВПВ Зыряновская =====================
d = D(16, 14, 2)
m, subj_40 = t_status(d, '215023', 'Ольга Мельникова', 'Ждёт выполнения', 'Выполняется', 'Сергей Пахомов', '18.11.2026 18:00',
                      'Пахомов подтвердил, берём в работу. Нужен допуск от охраны объекта, список бригады направила заказчику.', uid=4)
add(m, dec('215023', [], PR, 'tracker status change by contractor dispatcher with comment: taken into work'), d)

d = D(16, 17, 22)
add(outlookcom(PAH, d, '215023 пропуска',
               'Ирина Петровна, подскажите, пропуска на Зыряновскую, 55 оформлены? Без них охрана не пустит. '
               'Планируем завтра к 9:00 на корпус А.\n\n' + SIG_PAH),
    rev('question about passes + plan for tomorrow, no status'), d)

d = D(16, 19, 5)
qd = D(16, 18, 40)
add(outlook(MEL, d, 'RE: 215023 пропуска',
            'Ирина Петровна, спасибо, пропуска получили, список сверили. Передала бригаде.\n\n' + SIG_MEL,
            quote=(outlook_block(DISPATCH, qd, 'Сергей Пахомов; Мельникова Ольга', 'RE: 215023 пропуска'),
                   'Добрый вечер. Пропуска на бригаду Пахомова (3 чел.) заказаны, лежат на КПП-2, на машину Ford Transit О 552 ХЕ 154 тоже.\n\n' + SOBOL),
            reply=True),
    rev('thanks / acknowledgement of the dispatcher\'s message'), d)

d = D(17, 8, 58)
add(outlookcom(PAH, d, 'RE: ' + subj_40,
               'Выехали из офиса на Зыряновскую, корпус А (поз.1).',
               quote=('От: Битрикс24 ИнжСетьСервис <no-reply@portal.injset-servis.ru>\nОтправлено: %s\n'
                      'Кому: Сергей Пахомов <pakhomov.s@outlook.com>\nТема: %s' % (outlook_when(D(16, 14, 2, 0), False), subj_40),
                      'Ольга Мельникова изменил(а) статус задачи\nЗадача #48311 «Заявка 215023 — ВПВ, Зыряновская 55»\n\n'
                      'Статус: Выполняется (было: Ждёт выполнения)\nОтветственный: Сергей Пахомов\nКрайний срок: 18.11.2026 18:00\n\n'
                      'Пахомов подтвердил, берём в работу.\n\nПерейти к задаче <%s>' % tlink('48311', 31)),
               to=(DISPATCH, MEL), reply=True),
    dec('215023', ['1'], VP, 'reply to tracker notification; «выехали из офиса на …» = travelling; quoted status is old'), d)

d = D(17, 9, 47)
add(outlookcom(PAH, d, '215023 п1 на месте', 'На месте, корпус А. Охрана пропустила, спасибо.', html_only=True),
    dec('215023', ['1'], NM, 'HTML-only; position in subject «п1»'), d)

d = D(17, 16, 12)
add(outlookcom(PAH, d, 'RE: 215023 п1 на месте',
               'Корпус А (поз.1) закончили: 14 пожарных кранов проверили на водоотдачу, 3 рукава заменили, 2 клапана КПК-50 перебрали. '
               'Уехали в 15:55.\nКорпус Б — завтра с утра.\n\n' + SIG_PAH,
               quote=('От: Сергей Пахомов <pakhomov.s@outlook.com>\nОтправлено: %s\nКому: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n'
                      'Тема: 215023 п1 на месте' % outlook_when(D(17, 9, 47), False), 'На месте, корпус А. Охрана пропустила, спасибо.'),
               reply=True),
    dec('215023', ['1'], UB, 'Re: subject still says «на месте», body reports finished and left; корпус Б planned'), d)

d = D(17, 19, 0, 3)
tid, title = TASKS['215023']
h = tracker_html('Напоминание: до крайнего срока задачи осталось <b>23 часа</b>', tid, title,
                 [('Статус', 'Выполняется'), ('Ответственный', 'Сергей Пахомов'), ('Крайний срок', '18.11.2026 18:00')],
                 footer_note='Напоминание отправлено автоматически.')
add(tracker(d, '[Битрикс24] Напоминание: крайний срок задачи #%s «%s» истекает через 23 часа' % (tid, title), h, 'TASK_REMINDER', tid),
    ign('tracker deadline reminder — machine mail'), d)

d = D(18, 8, 55)
add(outlookcom(PAH, d, '215023-2 выезд 8:50', 'Корпус Б, выехали.', html_only=False),
    dec('215023', ['2'], VP, 'subject «215023-2 выезд 8:50»'), d)

d = D(18, 13, 21)
add(outlookcom(PAH, d, '215023 — корпус Б (2)',
               'Корпус Б (2): приехали в 9:30, ВПВ проверили, замечаний нет, в 13:05 убыли. Акт № 318 подпишем у коменданта завтра.\n\n' + SIG_PAH),
    dec('215023', ['2'], UB, 'arrival and departure both done: latest = убыл; act number is distractor'), d)

# ===================== 215786 — тепловые завесы =====================
subj_215786 = 'Заявка 215786 — тепловые завесы ТРЦ «Галерея»'
d = D(18, 14, 33, 10)
RR_AT = d
add(None, ign('Outlook read receipt (MDN)'), d)

d = D(18, 14, 41)
qd = D(18, 14, 28)
add(outlook(MEL, d, 'RE: ' + subj_215786,
            'Ирина Петровна, добрый день!\nЗаявку 215786 (тепловые завесы, 3 шт.) зарегистрировали у себя, задача в Битрикс24 №48340, '
            'ответственный — Кузьмин А. Выезд завтра утром.\n\n' + SIG_MEL,
            quote=(outlook_block(DISPATCH, qd, 'Мельникова Ольга', subj_215786),
                   'Добрый день. Направляем заявку 215786: не греют тепловые завесы на входах 1, 2 и на рампе, ТРЦ «Галерея», ул. Гоголя, 13.\n\n' + SOBOL),
            reply=True),
    dec('215786', [], PR, 'registered at contractor = accepted; tracker task number 48340 is a distractor'), d)

d = D(19, 8, 31)
add(gmail(KUZ, d, '215786', 'Доброе утро. По 215786 выехали на Гоголя, 13, ТЭНы везём с собой.\n\n' + SIG_KUZ),
    dec('215786', [], VP, 'bare number subject, «выехали на …»'), d)

d = D(19, 12, 16)
m, _ = t_comment(d, '215786', 'Андрей Кузьмин',
                 'Завесы п.1 и п.2 — ТЭНы заменили, работают. Завеса п.3 (рампа) — нет питания на щите, вызвали электрика арендатора, ждём на месте.',
                 'Выполняется', 'Андрей Кузьмин', '20.11.2026 18:00')
add(m, rev('tracker comment: п.1–2 finished vs п.3 still on site waiting — different statuses for different positions'), d)

d = D(19, 16, 3)
add(gmail(KUZ, d, 'Re: 215786',
          'Электрик подал питание, рампу (п.3) запустили. П.1–3 сдали администратору ТРЦ, в 15:40 уехали.',
          quote=(gmail_when(D(19, 8, 31)) + ', Андрей Кузьмин <kuzmin.andrey.nsk@gmail.com>:',
                 'Доброе утро. По 215786 выехали на Гоголя, 13, ТЭНы везём с собой.'), reply=True),
    dec('215786', ['1', '2', '3'], UB, 'all three handed over, left 15:40'), d)

# ===================== 216340 — УУТЭ Мичурина =====================
d = D(20, 13, 52)
qd = D(20, 13, 20)
add(thebat(TIH, d, 'Re: Заявка 216340 — поверка узла учёта, Мичурина 12',
           'Здравствуйте, Ирина.\n\nВы писали %d ноября 2026 г., %d:%02d:\n\n' % (qd.day, qd.hour, qd.minute) +
           quote_ini('Игорь Романович, добрый день.\nПо УУТЭ на Мичурина, 12 истёк срок поверки вычислителя.\n'
                     'Направляем заявку 216340 на демонтаж и поверку.', 'ИП') +
           '\n\nЗаявку приняли. Вычислитель ВКТ-7 зав. № 104233 демонтируем и отвезём на поверку в ЦСМ,\n'
           'срок поверки до 10 рабочих дней. На время поверки - учёт по среднему.\n\n' + SIG_TIH + '\n', reply=True),
    dec('216340', [], PR, 'accepted; serial number is distractor'), d)

d = D(21, 10, 6)
add(gmail(ERE, d, '', 'выехали, минут через 20 будем', html_part=False),
    rev('no request number, no subject: cannot tell which request'), d)

d = D(21, 13, 31)
add(outlookcom(PAH, d, 'Заявка 213040', 'Добрый день, по заявке 213040 — на месте, приступили.\n\n' + SIG_PAH),
    rev('213040 is not in the registry (looks like a typo of 213004, which is long closed)'), d)

d = D(23, 10, 40)
add(thebat(TIH, d, '216340 - стоимость поверки',
           'Здравствуйте, Ирина Петровна.\n\nПо заявке 216340: стоимость поверки ВКТ-7 по прайсу ЦСМ - 7 850 руб.,\n'
           'в договор № ИСС-14/2026 не входит. Прошу согласовать допсоглашение либо оплату напрямую в ЦСМ.\n'
           'Демонтаж планируем на 24.11.\n\n' + SIG_TIH + '\n'),
    rev('price/contract talk and a plan, no status'), d)

d = D(24, 10, 12)
add(gmail(ERE, d, 'Мичурина 12 (216340)', 'выехал на Мичурина снимать ВКТ-7, буду минут через 15-20', html_part=False),
    dec('216340', [], VP, 'number in brackets after address'), d)

d = D(24, 11, 5)
fd = D(24, 10, 58, 0)
add(thebat(TIH, d, 'Fwd: Мичурина',
           'Здравствуйте, Ирина Петровна.\n\nПересылаю сообщение Ерёменко по 216340.\n\n'
           'Это пересылаемое сообщение\nОт: Виталий Ерёменко <vitaliy.eremenko83@gmail.com>\nКому: Тихонов И.Р. <tikhonov@injset-servis.ru>\n'
           'Дата: %d ноября 2026 г., %d:%02d\nТема: Мичурина\n\n'
           '===8<==============Текст исходного сообщения===============\n'
           'Игорь Романович, на Мичурина 12 с 10:40, ждём представителя УК, без него пломбы (№ 0045127, 0045128) снимать не могу.\n'
           '===8<===========Конец текста исходного сообщения===========\n\n' % (fd.day, fd.hour, fd.minute) + SIG_TIH + '\n'),
    dec('216340', [], NM, 'The Bat! forward of foreman: on site since 10:40; seal numbers are distractors'), d)

# ===================== 217015 — стояки Титова =====================
d = D(23, 14, 2)
add(outlookcom(PAH, d, '217015', 'Выезжаю на Титова, 238 по заявке 217015. Буду минут через сорок.\n\n' + SIG_PAH),
    dec('217015', [], VP, '«выезжаю на …, буду через сорок минут»'), d)

d = D(23, 15, 12)
add(outlookcom(PAH, d, '217015 / 212638',
               'Ирина Петровна, по 217015 — на месте с 14:40, стравливаем воздух.\n'
               'По 212638 акты подписал комендант, оригиналы передам курьером в пятницу.\n\n' + SIG_PAH),
    rev('two different requests in one letter'), d)

d = D(23, 17, 33)
add(outlookcom(PAH, d, 'RE: 217015',
               'Стояки Ст-4 и Ст-7 (п.1 и п.2) — воздух стравили, прогрелись, в квартирах +22. Выехали с объекта в 17:10.\n\n' + SIG_PAH,
               quote=('От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nОтправлено: %s\nКому: Сергей Пахомов <pakhomov.s@outlook.com>\n'
                      'Тема: RE: 217015' % outlook_when(D(23, 14, 10), False), 'Сергей, ждём. Старшая по дому — кв. 12.\n\n' + SOBOL),
               reply=True),
    dec('217015', ['1', '2'], UB, '«выехали с объекта» = left (preposition с)'), d)

# ===================== 217902 — промывка Кочубея =====================
d = D(24, 11, 20, 44)
CAL_AT = d
add(None, ign('Outlook calendar meeting response (Принято)'), d)

d = D(24, 15, 32)
add(outlook(SHA, d, 'Заявка 217902 — принята',
            'Ирина Петровна, заявка 217902 (промывка системы отопления, д/с, Кочубея 3) принята. Промывку планируем на 26.11, реагент заказан.\n\n' + SIG_SHA),
    dec('217902', [], PR, 'accepted; wash planned'), d)

d = D(25, 10, 0, 0)
NEWS_AT = d
add(None, ign('company newsletter, bulk mail'), d)

d = D(26, 8, 20)
add(outlook(SHA, d, 'RE: Заявка 217902 — принята',
            'Ирина Петровна, сегодня выезд отменяется: реагент не подвезли. Бригада ещё не выехала, перенос на пятницу 27.11, утро.\n\n' + SIG_SHA,
            reply=True),
    rev('negation + postponement: «ещё не выехала»'), d)

d = D(27, 8, 46)
add(outlook(SHA, d, '217902 выезд', 'Бригада выдвинулась на Кочубея, 3, реагент получили.\n\n' + SIG_SHA, cs='koi8-r', html_part=False),
    dec('217902', [], VP, '«выдвинулась на …»; KOI8-R'), d)

d = D(27, 14, 11)
add(outlook(SHA, d, 'RE: 217902 выезд',
            'Промывка поз.1 (контур ИТП) завершена в 13:40, опрессовали. По поз.2 — завтра с 9:00.\n\n' + SIG_SHA,
            quote=('From: Шайхутдинов Денис Рамилевич\nSent: Friday, November 27, 2026 8:46 AM\nTo: Диспетчерская ОМИС\nSubject: 217902 выезд',
                   'Бригада выдвинулась на Кочубея, 3, реагент получили.'),
            html_part=False, reply=True, plain_quote_style='en'),
    dec('217902', ['1'], UB, '«завершена» for поз.1; поз.2 planned; -----Original Message----- quote'), d)

d = D(28, 12, 3)
add(outlook(SHA, d, 'Re: 217902',
            'поз.2 — готово, давление 4,5 кгс/см² держит, система заполнена. Акт подпишем в понедельник.\n\n' + SIG_SHA, cs='utf-8'),
    dec('217902', ['2'], UB, '«готово» as a result'), d)

d = D(30, 9, 12)
OOF_AT = d
add(None, ign('Outlook out-of-office auto-reply'), d)

# ===================== 219230 — водосчётчики Крылова =====================
d = D(26, 10, 2)
add(gmail(KUZ, d, 'Крылова 36 [219230]',
          'Ирина Петровна, на месте с 9:55, начали замену счётчиков. Воду по стоякам отключаем поочерёдно, жильцов предупредили объявлениями.\n\n' + SIG_KUZ),
    dec('219230', [], NM, 'number in square brackets after address; no position named'), d)

d = D(26, 15, 42)
rows = [('1', 'подъезд 1', '2311456', '218104'), ('2', 'подъезд 2', '2311457', '218105'),
        ('3', 'подъезд 3', '2311458', '218106'), ('4', 'подъезд 4', '2311459', '218107')]
tbl = ('<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Arial;font-size:13px">'
       '<tr style="background:#eeeeee"><th>П</th><th>Место</th><th>Счётчик СВК-15Х, зав.№</th><th>Пломба №</th><th>Статус</th></tr>' +
       ''.join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>установлен, опломбирован</td></tr>' % r for r in rows) + '</table>')
hbody = ('<div dir="ltr">Ирина Петровна, по заявке 219230 (Крылова 36) всё:<br><br>' + tbl +
         '<br>Закончили, уехали в 15:20. Фото показаний — во вложении.<br><br>' + '<br>'.join(esc(l) for l in SIG_KUZ.split('\n')) + '</div>')
pbody = ('Ирина Петровна, по заявке 219230 (Крылова 36) всё:\n\n'
         'П | Место | Счётчик СВК-15Х, зав.№ | Пломба № | Статус\n' +
         '\n'.join('%s | %s | %s | %s | установлен, опломбирован' % r for r in rows) +
         '\n\nЗакончили, уехали в 15:20. Фото показаний — во вложении.\n\n' + SIG_KUZ)
jpg = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0, 16]) + b'JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00' + bytes(rnd.randrange(256) for _ in range(600)) + bytes([0xFF, 0xD9])
add(gmail(KUZ, d, 'Re: Крылова 36 [219230]', pbody, html_override=hbody, attach=[('IMG_20261126_151204.jpg', 'image/jpeg', jpg)], reply=True),
    dec('219230', ['1', '2', '3', '4'], UB, 'HTML table per position, all installed; left 15:20; serial/seal numbers (218104…) are distractors'), d)

d = D(26, 16, 31)
add(gmail(KUZ, d, 'Re: Крылова 36 [219230]',
          'Забыл написать: по просьбе УК поменяли и счётчик в 5-м подъезде, п.5 — тоже готово. Добавьте, пожалуйста, в заявку.\n\n' + SIG_KUZ,
          reply=True),
    rev('position 5 does not exist in request 219230'), d)

# ===================== digest =====================
d = D(10, 7, 0, 2)
DIGEST_AT = d
add(None, ign('tracker daily digest — machine mail'), d)


# --------------------------------------------------------------------------------------------
# machine letters built as raw text
def enc_subj(s, cs='utf-8'):
    return Header(s, cs).encode()


def raw_bounce(d, orig):
    b = boundary('8F2A1')
    orig_id = fake_id()
    envid = rhex(11).upper()
    t = (
        'Return-Path: <>\n'
        'From: MAILER-DAEMON@mail.injset-servis.ru (Mail Delivery System)\n'
        'To: dispatch@zakazchik-omis.ru\n'
        'Subject: Undelivered Mail Returned to Sender\n'
        'Date: %s\n'
        'Message-ID: <%s.%s@mail.injset-servis.ru>\n'
        'Auto-Submitted: auto-replied\n'
        'MIME-Version: 1.0\n'
        'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"\n\n'
        'This is a MIME-encapsulated message.\n\n'
        '--%s\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n'
        'This is the mail system at host mail.injset-servis.ru.\n\n'
        'I\'m sorry to have to inform you that your message could not\n'
        'be delivered to one or more recipients. It\'s attached below.\n\n'
        'For further assistance, please send mail to postmaster.\n\n'
        'If you do so, please include this problem report. You can\n'
        'delete your own text from the attached returned message.\n\n'
        '                   The mail system\n\n'
        '<a.volkov@injset-servis.ru>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1\n'
        '    <a.volkov@injset-servis.ru>: Recipient address rejected: User unknown in\n'
        '    virtual mailbox table (in reply to RCPT TO command)\n\n'
        '--%s\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n'
        'Reporting-MTA: dns; mail.injset-servis.ru\nX-Postfix-Queue-ID: %s\n'
        'X-Postfix-Sender: rfc822; dispatch@zakazchik-omis.ru\nArrival-Date: %s\n\n'
        'Final-Recipient: rfc822; a.volkov@injset-servis.ru\nOriginal-Recipient: rfc822;a.volkov@injset-servis.ru\n'
        'Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <a.volkov@injset-servis.ru>: Recipient\n'
        '    address rejected: User unknown in virtual mailbox table\n\n'
        '--%s\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n'
        'Return-Path: <dispatch@zakazchik-omis.ru>\n'
        'From: =?utf-8?b?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>\n'
        'To: a.volkov@injset-servis.ru\n'
        'Subject: %s\n'
        'Date: %s\n'
        'Message-ID: %s\n\n'
        '--%s--\n'
    ) % (format_datetime(d), d.strftime('%Y%m%d%H%M%S'), envid, b, b, b, envid, format_datetime(orig), b,
         enc_subj('Заявка 213377 — насос №2, согласование'), format_datetime(orig.astimezone(MSK)), orig_id, b)
    return t.encode('ascii')


def raw_mdn(d):
    b = boundary('----=_NextPart_000_0031_01DB')
    sent = D(18, 14, 28, 0)
    text = ('Ваше сообщение\n\n  Кому: Мельникова Ольга\n  Тема: %s\n  Отправлено: %s\n\nбыло прочитано %s.\n'
            % (subj_215786, outlook_when(sent), outlook_when(d)))
    body = quopri.encodestring(text.encode('windows-1251')).decode('ascii')
    t = (
        'From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n'
        'Content-Type: multipart/report; report-type=disposition-notification;\n\tboundary="%s"\n'
        'X-Mailer: Microsoft Outlook 16.0\nContent-Language: ru\n\n'
        'This is a multipart message in MIME format.\n\n'
        '--%s\nContent-Type: text/plain;\n\tcharset="windows-1251"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n'
        '--%s\nContent-Type: message/disposition-notification\n\n'
        'Reporting-UA: injset-servis.ru; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;o.melnikova@injset-servis.ru\n'
        'Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n\n'
        '--%s--\n'
    ) % (formataddr(MEL, charset='windows-1251'), formataddr(DISPATCH, charset='windows-1251'),
         enc_subj('Прочитано: ' + subj_215786, 'windows-1251'), format_datetime(d), mid('outlook', d), b, b, body, b, fake_id(), b)
    return t.encode('ascii')


def build_calendar(d):
    ics = ('BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\n'
           'BEGIN:VTIMEZONE\r\nTZID:N. Central Asia Standard Time\r\nEND:VTIMEZONE\r\n' +
           'BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Мельникова Ольга:mailto:o.melnikova@injset-servis.ru\r\n'
           'COMMENT;LANGUAGE=ru-RU:\\n\r\n'
           'SUMMARY;LANGUAGE=ru-RU:Принято: Планёрка ОМИС / ИнжСетьСервис — заявки ноября\r\n'
           'DTSTART;TZID=N. Central Asia Standard Time:20261126T140000\r\n'
           'DTEND;TZID=N. Central Asia Standard Time:20261126T150000\r\n'
           'UID:040000008200E00074C5B7101A82E008000000006A1E%s\r\nCLASS:PUBLIC\r\nPRIORITY:5\r\n'
           'DTSTAMP:%s\r\nTRANSP:OPAQUE\r\nSTATUS:CONFIRMED\r\nSEQUENCE:0\r\nLOCATION;LANGUAGE=ru-RU:Teams\r\n'
           'END:VEVENT\r\nEND:VCALENDAR\r\n') % (rhex(20).upper(), d.astimezone(dt.timezone.utc).strftime('%Y%m%dT%H%M%SZ'))
    m = MIMEMultipart('alternative', boundary=boundary('_000_'))
    m.attach(tpart('Мельникова Ольга принял(а) приглашение.\n\nКогда: четверг, 26 ноября 2026 г. 14:00-15:00 (UTC+07:00) Новосибирск.\nГде: Teams\n',
                   'plain', 'utf-8', 'base64'))
    m.attach(tpart(ics, 'calendar', 'utf-8', 'base64', method='REPLY'))
    return finish(m, d, MEL, [DISPATCH], 'Принято: Планёрка ОМИС / ИнжСетьСервис — заявки ноября', mid('outlook', d), 'utf-8', None,
                  [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Topic', enc_subj('Планёрка ОМИС / ИнжСетьСервис — заявки ноября')),
                   ('X-MS-Exchange-Calendar-Series-Instance-Id', 'BAAAAIIA4AB0xbcQGoLgCAAAAAB' + ralnum(20)),
                   ('Content-Class', 'urn:content-classes:calendarmessage')], in_reply_to=fake_id())


def build_newsletter(d):
    htm = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial;background:#f4f4f4">'
           '<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">'
           '<h2 style="color:#0a5c8a">ИнжСетьСервис — новости ноября</h2>'
           '<p>Уважаемые партнёры!</p><p>С 1 декабря вводим <b>зимний регламент</b> обслуживания ИТП: еженедельный обход, '
           'контроль давления и температуры обратки, проверка грязевиков. Для объектов по договорам комплексного обслуживания — без доплаты.</p>'
           '<p>Также напоминаем: аварийная служба работает круглосуточно, тел. <b>+7 (383) 209-14-49</b>.</p>'
           '<p>За ноябрь наши бригады закрыли 214 заявок, из них 37 аварийных. Спасибо, что работаете с нами!</p>'
           '<p style="font-size:11px;color:#888">Вы получили это письмо, так как являетесь клиентом ООО «ИнжСетьСервис». '
           '<a href="https://injset-servis.ru/unsubscribe?u=disp%40zakazchik-omis.ru&amp;c=nov26">Отписаться от рассылки</a></p>'
           '</td></tr></table></body></html>\n')
    plain = ('ИнжСетьСервис — новости ноября\n\nУважаемые партнёры!\nС 1 декабря вводим зимний регламент обслуживания ИТП: еженедельный обход, '
             'контроль давления и температуры обратки, проверка грязевиков.\nАварийная служба: +7 (383) 209-14-49.\n'
             'За ноябрь наши бригады закрыли 214 заявок, из них 37 аварийных.\n\nОтписаться: https://injset-servis.ru/unsubscribe?u=disp%40zakazchik-omis.ru&c=nov26\n')
    m = alt(plain, htm, 'utf-8', 'quoted-printable', 'quoted-printable', bprefix='=_mailer_')
    return finish(m, d, NEWS, [DISPATCH], 'ИнжСетьСервис: зимний регламент обслуживания ИТП — новости ноября',
                  '<nl.2026-11.%s@injset-servis.ru>' % rhex(16), 'utf-8', None,
                  [('Precedence', 'bulk'), ('List-Id', '<clients.injset-servis.ru>'),
                   ('List-Unsubscribe', '<https://injset-servis.ru/unsubscribe?u=disp%40zakazchik-omis.ru&c=nov26>, <mailto:unsubscribe@injset-servis.ru>'),
                   ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('X-Mailer', 'UniSender')])


def build_oof(d):
    subj = 'Автоматический ответ: Заявка 217902 — акт выполненных работ'
    text = ('Добрый день!\nС 30.11 по 11.12 нахожусь в отпуске, почту не читаю.\n'
            'По текущим заявкам обращайтесь к диспетчеру Мельниковой Ольге: o.melnikova@injset-servis.ru, +7 (383) 209-14-40 доб. 101.\n\n'
            'Д.Р. Шайхутдинов')
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>'
           '<p>' + '<br>'.join(esc(l) for l in text.split('\n')) + '</p></body></html>\n')
    m = alt(text, htm, 'windows-1251', 'quoted-printable', 'quoted-printable', bprefix='_000_')
    return finish(m, d, SHA, [DISPATCH], subj, mid('outlook', d), 'windows-1251', None,
                  [('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                   ('X-MS-Exchange-Inbox-Rules-Loop', 'd.shaikhutdinov@injset-servis.ru'), ('Content-Language', 'ru-RU')],
                  in_reply_to=fake_id())


def build_digest(d):
    items = [('48213', TASKS['211082'][1], 'Завершена', '06.11.2026'), ('48231', TASKS['211457'][1], 'Ждёт контроля', '03.11.2026'),
             ('48244', TASKS['212210'][1], 'Завершена', '09.11.2026'), ('48266', TASKS['212638'][1], 'Выполняется', '16.11.2026'),
             ('48270', TASKS['213004'][1], 'Ждёт контроля', '09.11.2026')]
    rows = ''.join('<tr><td style="padding:5px 10px"><a href="%s">#%s</a></td><td style="padding:5px 10px">%s</td>'
                   '<td style="padding:5px 10px">%s</td><td style="padding:5px 10px">%s</td></tr>' % (tlink(t), t, esc(n), s, dl) for t, n, s, dl in items)
    htm = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body style="font-family:Arial;font-size:14px;background:#eef2f4"><table width="640" align="center" style="background:#fff">'
           '<tr><td style="background:#2fc6f6;color:#fff;font-size:20px;padding:14px 24px"><b>Битрикс</b>24 &middot; ИнжСетьСервис</td></tr>'
           '<tr><td style="padding:20px 24px"><p><b>Ежедневная сводка по задачам на 10.11.2026</b></p>'
           '<p>Задачи, в которых вы наблюдатель: 5. Выполняются: 1, ждут контроля: 2, завершены за сутки: 2.</p>'
           '<table cellpadding="0" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#dfe3e8">'
           '<tr style="background:#f5f7f8"><th style="padding:5px 10px">Задача</th><th style="padding:5px 10px">Название</th>'
           '<th style="padding:5px 10px">Статус</th><th style="padding:5px 10px">Крайний срок</th></tr>' + rows + '</table>'
           '<p style="font-size:11px;color:#a0a7ae">Сводка формируется автоматически каждый день в 07:00. '
           '<a href="%s/company/personal/user/0/notify/">Отключить сводку</a></p></td></tr></table></body></html>\n' % PORTAL)
    m = tpart(htm, 'html', 'utf-8', 'base64')
    return finish(m, d, TR, [DISPATCH], '[Битрикс24] Ежедневная сводка по задачам на 10.11.2026', mid('tracker', d), 'utf-8', None,
                  [('X-Mailer', 'Bitrix24 Mailer'), ('X-Bitrix-Event', 'TASKS_DAILY_DIGEST'), ('Auto-Submitted', 'auto-generated'),
                   ('Precedence', 'bulk'), ('List-Unsubscribe', '<%s/company/personal/user/0/notify/>' % PORTAL)])


# --------------------------------------------------------------------------------------------
def to_bytes(msg):
    import io
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg)
    return buf.getvalue()


def main():
    if os.path.isdir(LET):
        shutil.rmtree(LET)
    os.makedirs(LET)
    LETTERS.sort(key=lambda x: x[0])
    labels = {}
    for i, (d, msg, label) in enumerate(LETTERS, 1):
        name = '%03d.eml' % i
        if msg is None:
            if d == BOUNCE_AT[0]:
                data = raw_bounce(*BOUNCE_AT)
            elif d == RR_AT:
                data = raw_mdn(d)
            elif d == CAL_AT:
                data = to_bytes(build_calendar(d))
            elif d == NEWS_AT:
                data = to_bytes(build_newsletter(d))
            elif d == OOF_AT:
                data = to_bytes(build_oof(d))
            elif d == DIGEST_AT:
                data = to_bytes(build_digest(d))
            else:
                raise RuntimeError('unknown machine letter at %s' % d)
        else:
            data = to_bytes(msg)
        with open(os.path.join(LET, name), 'wb') as f:
            f.write(data)
        labels[name] = label
    emails = sorted({TR[1], MEL[1], SHA[1], TIH[1], KUZ[1], ERE[1], PAH[1], DAEMON[1], NEWS[1]})
    registry = {'contractor': {'name': 'ООО «ИнжСетьСервис»', 'emails': emails,
                               'domains': ['injset-servis.ru', 'portal.injset-servis.ru', 'mail.injset-servis.ru']},
                'requests': [{'number': n, 'positions': p, 'registered_at': REG_AT[n].isoformat(), 'comment': c}
                             for n, p, _, c in REQUESTS]}
    with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as f:
        json.dump(registry, f, ensure_ascii=False, indent=2)
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
    check(registry, labels)


def body_text(m):
    out = []
    for part in m.walk():
        if part.get_content_maintype() == 'text':
            out.append(part.get_content())
    return '\n'.join(out)


def check(registry, labels):
    files = sorted(os.listdir(LET))
    assert set(files) == set(labels), 'labels/files mismatch'
    emails = {e.lower() for e in registry['contractor']['emails']}
    domains = {x.lower() for x in registry['contractor']['domains']}
    regs = {r['number']: r for r in registry['requests']}
    ids = set()
    counts = {}
    for fn in files:
        raw = open(os.path.join(LET, fn), 'rb').read()
        m = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            assert m[h] is not None, (fn, h)
        assert m['Message-ID'] not in ids, fn
        ids.add(m['Message-ID'])
        addr = parseaddr(str(m['From']))[1].lower()
        assert addr in emails or addr.split('@')[1] in domains, (fn, addr)
        date = email.utils.parsedate_to_datetime(str(m['Date']))
        assert date.year == 2026 and date.month == 11 and date.utcoffset() == dt.timedelta(hours=7), (fn, date)
        txt = body_text(m)
        assert txt.strip(), fn
        lab = labels[fn]
        if lab['expect'] == 'decided':
            r = regs[lab['request']]
            assert set(lab['positions']) <= set(r['positions']), fn
            assert lab['status'] in (PR, VP, NM, UB), fn
            assert date > dt.datetime.fromisoformat(r['registered_at']), (fn, 'before registration')
            assert lab['request'] in (str(m['Subject']) + txt), (fn, 'number not visible')
        key = (lab['expect'], lab.get('status', ''))
        counts[key] = counts.get(key, 0) + 1
    for k in sorted(counts):
        print(k, counts[k])
    print('total', len(files))


if __name__ == '__main__':
    main()
