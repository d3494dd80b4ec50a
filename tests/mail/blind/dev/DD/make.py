#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona DD: ООО «ГрадСтройРемонт» (Махачкала).

Run: python3 make.py   -> writes letters/NNN.eml, labels.json, registry.json
"""
import base64
import html
import json
import os
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

random.seed(20261105)
OUT = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=3))


def T(day, h, m, s=None):
    return datetime(2026, 11, day, h, m, random.randint(3, 58) if s is None else s, tzinfo=TZ)


class P:
    def __init__(self, name, email):
        self.name, self.email = name, email


MAG = P('Магомед Алиев', 'magomed.aliev78@mail.ru')
SHO = P('Гасанов Шамиль Ибрагимович', 'sh.gasanov@gradstroyremont.ru')
SHY = P('Шамиль Гасанов', 'shamil.gasanov@yandex.ru')
OFF = P('ООО «ГрадСтройРемонт»', 'office@gradstroyremont.ru')
PTO = P('Османова Зарема', 'pto@gradstroyremont.ru')
NEWS = P('ГрадСтройРемонт', 'news@gradstroyremont.ru')
DAEMON = P('Mail Delivery System', 'mailer-daemon@gradstroyremont.ru')
DISP = P('Диспетчерская служба ОМИС', 'dispatch@zakazchik-omis.ru')

DISP_SIG = ("\n\n--\nДиспетчерская служба ОМИС\nПетрова Елена Викторовна\n"
            "тел. +7 (8722) 55-10-20, доб. 3")
DISP_SHORT = "\n\nДС ОМИС, Петрова Е.В."
MAG_SIG = "\n\n--\nОтправлено из мобильной Почты Mail.ru"
SAMSUNG_SIG = "\n\n\nОтправлено с устройства Samsung Galaxy"
SHO_SIG = ("\n\nС уважением,\nГасанов Шамиль Ибрагимович\nзаместитель директора\n"
           "ООО «ГрадСтройРемонт»\n367013, г. Махачкала, ул. Гаджиева, 176, оф. 12\n"
           "тел. +7 (8722) 51-22-90, моб. +7 988 291-06-33\nИНН 0572019384 / КПП 057201001")
SHY_SIG = "\n\n-- \nШамиль Гасанов\nООО «ГрадСтройРемонт»\n+7 988 291-06-33"
PTO_SIG = ("\n\n-- \nС уважением,\nОсманова Зарема, инженер ПТО\nООО «ГрадСтройРемонт»\n"
           "+7 (8722) 51-22-90 доб. 104")
OFF_SIG = ("\n\nС уважением,\nИсаева Патимат, офис-менеджер\nООО «ГрадСтройРемонт»\n"
           "тел. +7 (8722) 51-22-90, office@gradstroyremont.ru")
OFF_SIG_HTML = ("<p style='color:#555'>--<br>С уважением,<br>Исаева Патимат, офис-менеджер<br>"
                "ООО «ГрадСтройРемонт»<br>367013, г. Махачкала, ул. Гаджиева, 176, оф. 12<br>"
                "тел. +7 (8722) 51-22-90</p>")

WD = ['Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота', 'Воскресенье']
WD_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


class Msg:
    def __init__(self, who, to, when, subject, text, msgid):
        self.who, self.to, self.when, self.subject, self.text, self.msgid = who, to, when, subject, text, msgid


def rid(n=12, alphabet='0123456789abcdef'):
    return ''.join(random.choice(alphabet) for _ in range(n))


def disp_msgid(when):
    return '<%s.%s@zakazchik-omis.ru>' % (when.strftime('%Y%m%d%H%M%S'), rid(8))


class Thread:
    def __init__(self, parent=None, cutoff=None):
        self.own = []
        self.parent, self.cutoff = parent, cutoff

    @property
    def msgs(self):
        base = [m for m in self.parent.msgs if m.when < self.cutoff] if self.parent else []
        return sorted(base + self.own, key=lambda m: m.when)

    def add(self, who, to, when, subject, text, msgid=None):
        m = Msg(who, to, when, subject, text, msgid or disp_msgid(when))
        self.own.append(m)
        return m

    def recent(self, n=10, before=None):
        ms = sorted(self.msgs, key=lambda m: m.when)
        if before is not None:
            ms = [m for m in ms if m.when < before]
        return list(reversed(ms[-n:]))  # newest first

    def fork(self, before):
        return Thread(self, before)  # lazy: sees parent's messages earlier than `before`


# ---------------------------------------------------------------- quote styles
def prefix(body, p='>', space=True):
    out = []
    for line in body.split('\n'):
        if not line:
            out.append(p)
        elif line.startswith('>') or not space:
            out.append(p + line)
        else:
            out.append(p + ' ' + line)
    return '\n'.join(out)


def att_mailru(m):
    d = m.when
    return '%s, %d ноября 2026, %d:%02d +03:00 от %s <%s>:' % (WD[d.weekday()], d.day, d.hour, d.minute,
                                                              m.who.name, m.who.email)


def att_yandex(m):
    d = m.when
    return '%s, "%s" <%s>:' % (d.strftime('%d.%m.%Y, %H:%M'), m.who.name, m.who.email)


def nested(msgs_newest_first, att, p='>'):
    full = None
    prev = None
    for m in reversed(msgs_newest_first):
        body = m.text
        if prev is not None:
            body = body + '\n\n' + att(prev) + '\n' + prefix(full, p)
        full, prev = body, m
    return att(prev) + '\n' + prefix(full, p)


def q_mailru(msgs):
    return nested(msgs, att_mailru)


def q_yandex(msgs):
    return nested(msgs, att_yandex)


def ru_outlook_date(d):
    wd = WD[d.weekday()].lower()
    return '%s, %d ноября 2026 г. %d:%02d' % (wd, d.day, d.hour, d.minute)


def q_outlook(msgs, english=False):
    parts = []
    for m in msgs:
        if english:
            h = ('-----Original Message-----\nFrom: %s <%s>\nSent: %s, November %d, 2026 %d:%02d %s\n'
                 'To: %s <%s>\nSubject: %s\n\n' % (
                     m.who.name, m.who.email, WD_EN[m.when.weekday()], m.when.day,
                     (m.when.hour - 1) % 12 + 1, m.when.minute, 'AM' if m.when.hour < 12 else 'PM',
                     m.to.name, m.to.email, m.subject))
        else:
            h = ('От: %s <%s>\nОтправлено: %s\nКому: %s <%s>\nТема: %s\n\n' % (
                m.who.name, m.who.email, ru_outlook_date(m.when), m.to.name, m.to.email, m.subject))
        parts.append(h + m.text)
    return '\n\n'.join(parts)


def q_samsung(msgs):
    parts = []
    for m in msgs:
        parts.append('-------- Исходное сообщение --------\nОт: %s <%s>\nДата: %s (GMT+03:00)\n'
                     'Кому: %s <%s>\nТема: %s\n\n%s' % (
                         m.who.name, m.who.email, m.when.strftime('%d.%m.%Y %H:%M'),
                         m.to.name, m.to.email, m.subject, m.text))
    return '\n\n'.join(parts)


def q_thebat(m, initials):
    d = m.when
    return ('Вы писали %d ноября 2026 г., %d:%02d:\n\n' % (d.day, d.hour, d.minute)
            + prefix(m.text, initials + '>'))


# ---------------------------------------------------------------- MIME
def enc_body(text, charset, cte):
    b = text.replace('\r\n', '\n').encode(charset)
    if cte == 'base64':
        return base64.encodebytes(b)
    if cte == 'quoted-printable':
        return quopri.encodestring(b)
    return b if b.endswith(b'\n') else b + b'\n'


def leaf(ctype, text, charset, cte, params=''):
    h = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (ctype, charset, params, cte)
    return h, enc_body(text, charset, cte)


def raw_leaf(ctype_line, body_bytes, cte='7bit', extra=''):
    return 'Content-Type: %s\nContent-Transfer-Encoding: %s\n%s' % (ctype_line, cte, extra), body_bytes


def attachment(ctype, filename, data):
    h = ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
         'Content-Transfer-Encoding: base64\n' % (ctype, filename, filename))
    return h, base64.encodebytes(data)


def multi(subtype, parts, params=''):
    b = '----=_Part_%s_%s' % (rid(6, '0123456789'), rid(10, '0123456789'))
    h = 'Content-Type: multipart/%s;%s boundary="%s"\n' % (subtype, params, b)
    body = b''
    for ph, pb in parts:
        if not pb.endswith(b'\n'):
            pb += b'\n'
        body += ('--%s\n' % b).encode() + ph.encode() + b'\n' + pb
    body += ('--%s--\n' % b).encode()
    return h, body


def text_to_html(text, font='font-family:Arial,sans-serif;font-size:14px'):
    out = ['<HTML><BODY><div style="%s">' % font]
    depth = 0
    for line in text.split('\n'):
        d, s = 0, line
        while s.startswith('>'):
            d += 1
            s = s[1:]
        if d and s.startswith(' '):
            s = s[1:]
        while depth < d:
            out.append('<blockquote style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;">')
            depth += 1
        while depth > d:
            out.append('</blockquote>')
            depth -= 1
        out.append(html.escape(s) + '<br>\n')
    out.append('</blockquote>' * depth)
    out.append('</div></BODY></HTML>\n')
    return ''.join(out)


def hdr(name, value, charset):
    try:
        value.encode('ascii')
        return '%s: %s' % (name, value)
    except UnicodeEncodeError:
        return '%s: %s' % (name, Header(value, charset, header_name=name).encode())


def addr(p, charset):
    return formataddr((p.name, p.email), charset=charset)


LETTERS = []  # (when, bytes, label)


def emit(who, to, when, subject, content, charset, msgid, label, extra=(), in_reply=None, cc=None):
    lines = [
        'Return-Path: <%s>' % who.email,
        'Received: from %s by mx.zakazchik-omis.ru with ESMTPS id %s; %s' % (
            who.email.split('@')[1], rid(10, '0123456789ABCDEF'), format_datetime(when + timedelta(seconds=4))),
        hdr('From', addr(who, charset), charset),
        hdr('To', addr(to, charset), charset),
    ]
    if cc:
        lines.append(hdr('Cc', addr(cc, charset), charset))
    lines += [
        hdr('Subject', subject, charset),
        'Date: ' + format_datetime(when),
        'Message-ID: ' + msgid,
    ]
    if in_reply:
        lines.append('In-Reply-To: ' + in_reply.msgid)
        lines.append('References: ' + in_reply.msgid)
    lines += list(extra)
    lines.append('MIME-Version: 1.0')
    h, body = content
    raw = ('\n'.join(lines) + '\n' + h + '\n').encode('ascii') + body
    LETTERS.append((when, raw, label))


# ---------------------------------------------------------------- client helpers
def mailru_id(when):
    return '<%d.%s@f%d.i.mail.ru>' % (int(when.timestamp()), rid(9, '0123456789'), random.randint(100, 999))


def send_mailru(thread, when, subject, new, label, reply_to=None, quote_n=10, who=MAG, to=DISP):
    """Магомед, приложение Mail.ru: верхний постинг над вложенной цитатой."""
    text = new + MAG_SIG
    reply = None
    if thread is not None and thread.recent(quote_n, when):
        q = thread.recent(quote_n, when)
        reply = reply_to or q[0]
        text += '\n\n\n' + q_mailru(q)
    content = multi('alternative', [leaf('text/plain', text, 'utf-8', 'base64'),
                                    leaf('text/html', text_to_html(text), 'utf-8', 'base64')])
    msgid = mailru_id(when)
    emit(who, to, when, subject, content, 'utf-8', msgid, label,
         extra=['X-Mailer: Mail.Ru Mail for Android 14.38.0.48102', 'X-Priority: 3 (Normal)'], in_reply=reply)
    if thread is not None:
        thread.add(who, to, when, subject, new + MAG_SIG, msgid)


def send_samsung(thread, when, subject, new, label, quote_n=6, attach=None):
    """Магомед с телефона (Samsung Email), блоки «Исходное сообщение»."""
    text = new + SAMSUNG_SIG
    reply = None
    if thread is not None and thread.recent(quote_n, when):
        q = thread.recent(quote_n, when)
        reply = q[0]
        text += '\n\n' + q_samsung(q)
    msgid = '<%s-%s@email.android.com>' % (rid(8), rid(12))
    body = leaf('text/plain', text, 'utf-8', 'quoted-printable')
    if attach:
        body = multi('mixed', [body] + attach)
    emit(MAG, DISP, when, subject, body, 'utf-8', msgid, label, in_reply=reply)
    if thread is not None:
        thread.add(MAG, DISP, when, subject, new + SAMSUNG_SIG, msgid)


def outlook_id(who):
    return '<000%s01d%s$%s$%s@%s>' % (rid(3), rid(5), rid(8), rid(8), who.email.split('@')[1])


OUTLOOK_EXTRA = ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: ru',
                 'Thread-Index: AQH' + rid(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')]


def send_outlook(thread, when, subject, new, label, who=SHO, english=False, quote_n=3, html_too=False,
                 bottom=True, extra=()):
    """Зам (Outlook, windows-1251): пишет ПОД цитатой."""
    text_new = new + (SHO_SIG if who is SHO else OFF_SIG)
    reply = None
    if thread is not None and thread.recent(quote_n, when):
        q = thread.recent(quote_n, when)
        reply = q[0]
        quote = q_outlook(q, english)
        if not english:
            quote = '________________________________\n' + quote
        text = (quote + '\n\n' + text_new) if bottom else (text_new + '\n\n' + quote)
    else:
        text = text_new
    plain = leaf('text/plain', text, 'windows-1251', 'quoted-printable')
    if html_too:
        h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
             '<body lang=RU><div class=WordSection1>'
             + ''.join('<p class=MsoNormal>%s</p>\n' % (html.escape(l) or '&nbsp;') for l in text.split('\n'))
             + '</div></body></html>\n')
        content = multi('alternative', [plain, leaf('text/html', h, 'windows-1251', 'quoted-printable')])
    else:
        content = plain
    msgid = outlook_id(who)
    emit(who, DISP, when, subject, content, 'windows-1251', msgid, label,
         extra=OUTLOOK_EXTRA + list(extra), in_reply=reply)
    if thread is not None:
        thread.add(who, DISP, when, subject, text_new, msgid)


def send_yandex(thread, when, subject, new, label, quote_n=4, who=SHY, raw_text=None):
    """Зам с Яндекса: вложенная цитата «> », ответ снизу."""
    reply = None
    if raw_text is not None:
        text = raw_text
    elif thread is not None and thread.recent(quote_n, when):
        q = thread.recent(quote_n, when)
        reply = q[0]
        text = q_yandex(q) + '\n\n' + new + SHY_SIG
    else:
        text = new + SHY_SIG
    content = multi('alternative', [leaf('text/plain', text, 'utf-8', 'base64'),
                                    leaf('text/html', text_to_html(text, 'font-family:Verdana'), 'utf-8',
                                         'base64')])
    msgid = '<%s@mail.yandex.ru>' % rid(17, '0123456789')
    emit(who, DISP, when, subject, content, 'utf-8', msgid, label,
         extra=['X-Mailer: Yamail [ http://yandex.ru ] 5.0'], in_reply=reply)
    if thread is not None:
        thread.add(who, DISP, when, subject, new + SHY_SIG, msgid)


def koi_safe(s):
    return s.replace('«', '"').replace('»', '"').replace('—', '-').replace('–', '-').replace('№', 'N')


def send_thebat(thread, when, subject, new, label, greeting='Здравствуйте, Елена.'):
    """ПТО (The Bat!, KOI8-R), префиксы цитаты инициалами."""
    reply = None
    text = greeting + '\n\n'
    if thread is not None and thread.recent(1, when):
        reply = thread.recent(1, when)[0]
        text += q_thebat(reply, 'ЕП') + '\n\n'
    text += new + PTO_SIG
    text = koi_safe(text)
    subject = koi_safe(subject)
    msgid = '<%d.%s@gradstroyremont.ru>' % (random.randint(10 ** 9, 2 * 10 ** 9), when.strftime('%Y%m%d%H%M%S'))
    emit(PTO, DISP, when, subject, leaf('text/plain', text, 'koi8-r', '8bit'), 'koi8-r', msgid, label,
         extra=['X-Mailer: The Bat! (v10.4.5) Professional', 'X-Priority: 3 (Normal)'], in_reply=reply)
    if thread is not None:
        thread.add(PTO, DISP, when, subject, new + PTO_SIG, msgid)


def send_office_html(thread, when, subject, html_body, label, plain_for_thread):
    """Офис: только HTML (Outlook, windows-1251)."""
    reply = thread.recent(1, when)[0] if thread is not None and thread.recent(1, when) else None
    doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
           '<style>p{margin:0}</style></head><body lang=RU style="font-family:Calibri,sans-serif;font-size:11pt">\n'
           + html_body + '\n' + OFF_SIG_HTML)
    if reply is not None:
        doc += ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">'
                '<p><b>От:</b> %s &lt;%s&gt;<br><b>Отправлено:</b> %s<br><b>Кому:</b> %s &lt;%s&gt;<br>'
                '<b>Тема:</b> %s</p></div>\n<p>%s</p>\n' % (
                    html.escape(reply.who.name), reply.who.email, ru_outlook_date(reply.when),
                    html.escape(reply.to.name), reply.to.email, html.escape(reply.subject),
                    html.escape(reply.text).replace('\n', '<br>\n')))
    doc += '</body></html>\n'
    msgid = outlook_id(OFF)
    emit(OFF, DISP, when, subject, leaf('text/html', doc, 'windows-1251', 'quoted-printable'),
         'windows-1251', msgid, label, extra=OUTLOOK_EXTRA, in_reply=reply)
    if thread is not None:
        thread.add(OFF, DISP, when, subject, plain_for_thread, msgid)


def dec(req, pos, status, note):
    return {'expect': 'decided', 'request': req, 'positions': pos, 'status': status, 'note': note}


def rev(note):
    return {'expect': 'review', 'note': note}


def ign(note):
    return {'expect': 'ignored', 'note': note}


ACC, WAY, SITE, LEFT = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'

FAKE_JPG = (b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00'
            + bytes(random.randint(0, 255) for _ in range(600)) + b'\xff\xd9')

# =====================================================================================
# Thread A: большая переписка Магомеда «Заявка 997512 ремонт кровли СОШ № 17»
# =====================================================================================
A = Thread()
SA = 'Заявка 997512 ремонт кровли СОШ № 17'
RSA = 'Re: ' + SA
A.add(DISP, MAG, T(2, 9, 20), SA,
      'Добрый день!\nНаправляем заявку № 997512 от 02.11.2026.\n'
      'Объект: МБОУ «СОШ № 17», г. Махачкала, ул. Магомедтагирова, 35.\n'
      'Позиции:\n1. Корпус 1 — ремонт мягкой кровли, ~140 м2\n'
      '2. Корпус 2 — ремонт примыканий, замена 2 водосточных воронок\n'
      'Контакт на объекте: завхоз Рамазанова С.Г., тел. 8 928 047-33-61.\n'
      'Просим подтвердить принятие и сообщать о выезде, прибытии и убытии бригады.' + DISP_SIG)
send_mailru(A, T(2, 10, 2), RSA, 'Принял заявку. Завтра с 8 начинаем, рубероид завезём сегодня вечером',
            dec('997512', [], ACC, 'top-post «Принял заявку», number in Re: subject/quote'))
A.add(DISP, MAG, T(2, 10, 31), RSA, 'Принято, спасибо. Прошу сообщить о выезде.' + DISP_SHORT)
send_mailru(A, T(3, 8, 10), RSA, 'Выехале на 17 школу, 4 чел.',
            dec('997512', [], WAY, 'typo «Выехале»; «на 17 школу» = to the site; 17 is school number'))
A.add(DISP, MAG, T(3, 8, 16), RSA,
      'Принято. Магомед, также прошу по 997634 сообщить, когда будете на месте.' + DISP_SHORT)
A.add(MAG, DISP, T(3, 9, 5), RSA, 'на месте, поднимаемся на крышу' + MAG_SIG)
A.add(DISP, MAG, T(3, 9, 12), RSA, 'Принято.' + DISP_SHORT)
send_mailru(A, T(4, 17, 40), RSA, 'по п.1 закончили, кровлю закрыли, уехали. п.2 завтра',
            dec('997512', ['1'], LEFT, 'п.1 done and left; п.2 only a plan'))
A.add(DISP, MAG, T(4, 17, 58), RSA, 'Принято по п.1. По п.2 ждём завтра.' + DISP_SHORT)
send_mailru(A, T(5, 7, 30), RSA, 'сегодня пока не выезжаем, дождь. кончится — поедем',
            rev('negation + plan: not leaving yet because of rain; quote full of old statuses'))
A.add(DISP, MAG, T(5, 7, 44), RSA, 'Понятно, держите в курсе.' + DISP_SHORT)
send_mailru(A, T(6, 16, 20), RSA,
            'п2 готово, воронки поставили, уехали. рубероид 3 рулона оставили у завхоза',
            dec('997512', ['2'], LEFT, 'result + «уехали» for п2; 3 рулона is quantity'))
A.add(DISP, MAG, T(6, 16, 41), RSA,
      'Принято, заявку 997512 закрываем после подписания акта.\n'
      'Магомед, по 998140 прошу статус по 1-му подъезду.' + DISP_SHORT)

# =====================================================================================
# Thread B: 997634 плитка, Пр. Петра I, 45
# =====================================================================================
B = Thread()
SB = 'Заявка № 997634 — замена плитки в санузлах, пр. Петра I, 45'
B.add(DISP, SHO, T(2, 11, 46), SB,
      'Добрый день!\nЗаявка № 997634 от 02.11.2026, административное здание, пр. Петра I, 45.\n'
      '1. Санузел 2 этажа — замена настенной и напольной плитки\n'
      '2. Санузел 3 этажа — то же\n3. Санузел 4 этажа — то же\n'
      'Работы в рабочее время, пропуск через вахту, тел. вахты 8 (8722) 67-40-12.' + DISP_SIG)
send_outlook(B, T(2, 12, 10), 'RE: ' + SB,
             'Елена Викторовна, добрый день.\nЗаявку № 997634 приняли в работу. Ответственный — прораб '
             'Алиев Магомед, тел. +7 928 512-44-07.\nПлитку 300х600 (Kerama Marazzi) закупаем, начнём со 2 этажа.',
             dec('997634', [], ACC, 'deputy bottom-posted under Outlook header block; 300х600 is a size'))
B.add(DISP, MAG, T(2, 14, 5), 'Re: ' + SB,
      'Магомед, добрый день. По 997634 вы ответственный, прошу сообщать о выездах.' + DISP_SHORT)
send_mailru(B, T(3, 7, 55), 'Re: ' + SB, 'выехали на Петра Первого 45',
            dec('997634', [], WAY, 'number only in Re: subject and quote; 45 is house number'))
B.add(DISP, MAG, T(3, 8, 4), 'Re: ' + SB, 'Принято.' + DISP_SHORT)
send_mailru(B, T(3, 8, 40), 'Re: ' + SB, 'на мести, вахта пропустила',
            dec('997634', [], SITE, 'typo «на мести»'))
B.add(DISP, MAG, T(5, 10, 2), 'Re: ' + SB,
      'Магомед, когда ориентировочно закончите 2 этаж? И прошу по 997805 статус, школа ждёт.' + DISP_SHORT)
send_mailru(B, T(6, 18, 3), 'Re: ' + SB, 'поз.1 (2 этаж) плитку положили, мусор вывезли',
            dec('997634', ['1'], LEFT, 'result stated: tiles laid, rubbish removed; «2 этаж» is floor, position is поз.1'))
B.add(DISP, MAG, T(6, 18, 15), 'Re: ' + SB, 'Принято по поз.1.' + DISP_SHORT)
send_mailru(B, T(9, 17, 10), 'Re: ' + SB,
            '997634 п.2 и п.3 закончили, плитка 300х600 осталась 4 коробки отдали коменданту в каб 104',
            dec('997634', ['2', '3'], LEFT, 'п.2 и п.3 finished; 4 коробки, каб 104 are not numbers of interest'))

# =====================================================================================
# Thread C: 997805 СОШ № 5 каб. 210
# =====================================================================================
C0 = Thread()
SC0 = 'Заявка 997805 — штукатурка и покраска стен, СОШ № 5, каб. 210'
C0.add(DISP, OFF, T(3, 10, 4), SC0,
       'Добрый день!\nЗаявка 997805 от 03.11.2026. МБОУ «СОШ № 5», ул. Ирчи Казака, 6, каб. 210 (2 этаж).\n'
       '1. Штукатурка и покраска стен после протечки, ~38 м2.' + DISP_SIG)
send_office_html(C0, T(3, 11, 0), 'RE: ' + SC0,
                 '<p>Добрый день!</p><p>&nbsp;</p><p>Заявка № 997805 (СОШ № 5, каб. 210) <b>принята</b>. '
                 'Плановая дата выезда бригады — 05.11.2026.</p><p>Ответственный: Алиев М.М., '
                 '+7 928 512-44-07.</p><p>&nbsp;</p>',
                 dec('997805', [], ACC, 'HTML-only office letter, accepted; planned date is just a plan'),
                 'Заявка № 997805 принята. Плановая дата выезда 05.11.2026.')
C = Thread()
SC = '997805 СОШ 5 каб. 210'
C.add(DISP, MAG, T(4, 16, 0), SC,
      'Магомед, по заявке 997805 ждём завтра. Завхоз Гаджиева П.А. будет с 8:00, тел. 8 988 200-11-35.'
      + DISP_SHORT)
send_mailru(C, T(5, 8, 31), 'Re: ' + SC, 'ещё не выехали, ждём шпаклёвку с базы (ротбанд 10 мешков)',
            rev('negation: «ещё не выехали»'))
C.add(DISP, MAG, T(5, 8, 46), 'Re: ' + SC, 'Хорошо, сообщите о выезде.' + DISP_SHORT)
send_mailru(C, T(5, 11, 10), 'Re: ' + SC, 'в СОШ 5 на месте, каб. 210, шкурим стены',
            dec('997805', [], SITE, 'quote contains his own «ещё не выехали»; new text = on site'))
C.add(DISP, MAG, T(5, 11, 20), 'Re: ' + SC, 'Принято, спасибо.' + DISP_SHORT)
send_samsung(C, T(7, 15, 30), 'Re: ' + SC, 'штукатурка высохла, покрасили, сдали завхозу',
             dec('997805', [], LEFT, 'status by result (handed over to caretaker); mobile «Исходное сообщение» quote'))
C.add(DISP, MAG, T(7, 15, 52), 'Re: ' + SC, 'Принято. Заявку 997805 закрываем после акта.' + DISP_SHORT)
send_yandex(C, T(7, 16, 7), 'Re: ' + SC,
            'Елена Викторовна, добрый вечер.\nПо заявке 997805 позицию 3 (каб. 212) тоже закончили, '
            'просьба включить в акт.',
            rev('position 3 does not exist in 997805 (only 1); also act talk'), quote_n=2)

# =====================================================================================
# Thread D: 998021 окна, поликлиника № 3
# =====================================================================================
D = Thread()
SD = 'Заявка 998021: замена окон, ГБУЗ «Поликлиника № 3»'
D.add(DISP, SHY, T(5, 8, 36), SD,
      'Шамиль, добрый день.\nЗаявка 998021 от 05.11.2026, Поликлиника № 3, ул. Лаптиева, 57.\n'
      '1. Окна 1 этажа (регистратура) — 3 блока 1300х1400\n2. Окна 2 этажа (каб. 21–24) — 4 блока.'
      + DISP_SIG)
send_yandex(D, T(5, 9, 30), 'Re: ' + SD,
            'Добрый день. Заявку приняли, замерщик будет в пятницу 06.11 с 10 до 12.',
            dec('998021', [], ACC, 'Yandex, bottom-posted under the request'), quote_n=1)
t = T(10, 7, 50)
send_mailru(A, t, '998021 (1)', 'выехали, окна везём 3 шт',
            dec('998021', ['1'], WAY, 'reply in the old 997512 thread with subject changed to «998021 (1)»'))
D2 = A.fork(t + timedelta(seconds=1))
D2.add(DISP, MAG, T(10, 8, 1), 'Re: 998021 (1)', 'Принято. Пропуск на въезд заказан.' + DISP_SHORT)
D2.add(MAG, DISP, T(10, 9, 2), 'Re: 998021 (1)', 'на месте, демонтаж начали' + MAG_SIG)
D2.add(DISP, MAG, T(10, 9, 10), 'Re: 998021 (1)', 'Принято.' + DISP_SHORT)
send_mailru(D2, T(11, 14, 0), 'Re: 998021 (1)', 'по поз. 1 и 2 окна поставили, откосы сделали, убыли',
            dec('998021', ['1', '2'], LEFT, 'subject says (1) but body names поз. 1 и 2'))

# =====================================================================================
# Thread E: 998140 подъезды, Гамидова 48 корп. 3 стр. 2
# =====================================================================================
E = Thread()
SE = 'Заявка 998140 — ремонт подъездов, ул. Гамидова 48, корп. 3, стр. 2'
E.add(DISP, SHO, T(5, 14, 5), SE,
      'Добрый день.\nЗаявка 998140 от 05.11.2026, жилой дом ул. Р. Гамидова, 48, корпус 3, строение 2.\n'
      'Косметический ремонт подъездов: поз. 1 — подъезд 1, поз. 2 — подъезд 2, поз. 3 — подъезд 3, '
      'поз. 4 — подъезд 4.\nСтаршая по дому: Меджидова А., 8 906 448-90-12.' + DISP_SIG)
send_outlook(E, T(5, 15, 0), 'RE: ' + SE,
             'Принимаем заявку № 998140 (ул. Гамидова, 48, корпус 3, строение 2). Работы начнём 06.11 с 1-го '
             'подъезда, бригада 5 человек.',
             dec('998140', [], ACC, 'English Outlook «-----Original Message-----», text under quote; корпус/строение numbers'),
             english=True, quote_n=1)
E2 = Thread()
SE2 = '998140 поз 1'
E2.add(MAG, DISP, T(6, 8, 0), SE2, 'выехали' + MAG_SIG)
E2.add(DISP, MAG, T(6, 8, 9), 'Re: ' + SE2, 'Принято.' + DISP_SHORT)
send_mailru(E2, T(6, 8, 45), 'Re: ' + SE2, 'на месте, подъезд открыли, жильцов предупредили',
            dec('998140', ['1'], SITE, 'number and position only in subject «998140 поз 1»'))
E2.add(DISP, MAG, T(6, 8, 55), 'Re: ' + SE2, 'Принято.' + DISP_SHORT)
send_mailru(E2, T(9, 9, 40), 'Re: ' + SE2, 'П1 покраску закончили, бригада освободилась. на П2 завтра',
            dec('998140', ['1'], LEFT, '«бригада освободилась» = left; П2 is a plan'))
E2.add(DISP, MAG, T(9, 10, 0), 'Re: ' + SE2, 'Принято П1.' + DISP_SHORT)
send_mailru(E2, T(10, 8, 35), 'Re: ' + SE2, 'ПОЗ 2 И 3 НА МЕСТЕ',
            dec('998140', ['2', '3'], SITE, 'caps; subject still says поз 1, body names 2 and 3'))
E2.add(DISP, MAG, T(10, 8, 50), 'Re: ' + SE2, 'Принято поз 2, 3.' + DISP_SHORT)
send_mailru(E2, T(12, 12, 0), 'Re: ' + SE2, '2-й подъезд закончили, бригада перешла на 4-й',
            rev('mixed: position 2 finished, position 4 on site — different statuses in one letter'))
E2.add(DISP, MAG, T(12, 12, 21), 'Re: ' + SE2,
       'Магомед, уточните по отдельности: поз. 2 убыли, поз. 4 на месте? И что по поз. 3?' + DISP_SHORT)
SE3 = 'Гамидова 48 (998140) п.4'
t = T(13, 10, 10)
send_mailru(A, t, SE3, 'на месте с 8 утра, 4 подъезд, шпаклюем',
            dec('998140', ['4'], SITE, 'number in brackets after the address in the (changed) subject; п.4; '
                'quote is the long 997512 thread'))
E3 = A.fork(t + timedelta(seconds=1))
E3.add(DISP, MAG, T(13, 10, 25), 'Re: ' + SE3, 'Принято п.4.' + DISP_SHORT)

# mega-thread continues with other requests
send_mailru(A, T(13, 9, 30), RSA, '998140 п.3 убыли, п.2 тоже сдали',
            dec('998140', ['2', '3'], LEFT, 'old thread subject is 997512; new line names 998140 п.2, п.3'))
A.add(DISP, MAG, T(13, 9, 51), RSA, 'Принято 998140 п.2 и п.3. Что по 998702?' + DISP_SHORT)

send_mailru(E3, T(16, 17, 30), 'Re: ' + SE3, 'п4 сдали, уехали. мусор завтра вывезем',
            dec('998140', ['4'], LEFT, 'п4 handed over and left; rubbish is a plan'))

# =====================================================================================
# Thread F: 998377 линолеум, кв. 45
# =====================================================================================
F0 = Thread()
SF0 = 'Заявка 998377 замена линолеума, кв. 45'
F0.add(DISP, PTO, T(6, 9, 5), SF0,
       'Добрый день.\nЗаявка 998377 от 06.11.2026: служебная квартира, ул. Ирчи Казака, 12, кв. 45.\n'
       '1. Замена линолеума в комнате и коридоре (~18 м2), плинтус.' + DISP_SIG)
send_thebat(F0, T(6, 10, 15), 'Re[2]: ' + SF0,
            'Заявка 998377 принята к исполнению. Линолеум Tarkett 18 м2, плинтус ПВХ 22 м.п.\n'
            'Выезд согласуем с жильцом по телефону.',
            dec('998377', [], ACC, 'The Bat! KOI8-R, initials-prefixed quote «ЕП>»'))
F = Thread()
SF = 'Заявка 998377 кв. 45'
F.add(DISP, MAG, T(9, 15, 20), SF,
      'Магомед, заявка 998377, ул. Ирчи Казака, 12, кв. 45 (4 этаж). Жилец Курбанов Р., тел. 8 967 401-22-18, '
      'будет дома 10.11 с 10:00.' + DISP_SHORT)
send_samsung(F, T(10, 10, 5), 'RE: ' + SF, 'едем на Ирчи Казака 12 кв 45, будем минут через 20',
             dec('998377', [], WAY, '«будем через 20 минут» = travelling now; кв 45 / дом 12 are not requests'))
F.add(DISP, MAG, T(10, 10, 11), 'RE: ' + SF, 'Принято, жильца предупредили.' + DISP_SHORT)
send_samsung(F, T(10, 16, 40), 'фото',
             'линолеум постелили, плинтус прибили, ключ отдали соседке из кв. 47',
             dec('998377', [], LEFT, 'subject changed to «фото»; number only in quoted history (single request)'),
             attach=[attachment('image/jpeg', 'IMG_20261110_163512.jpg', FAKE_JPG)])

# =====================================================================================
# Thread G: 998460 керамогранит
# =====================================================================================
G = Thread()
SG = 'Заявка 998460 керамогранит, холл корпуса Б'
G.add(DISP, SHY, T(9, 10, 26), SG,
      'Шамиль, добрый день.\nЗаявка 998460 от 09.11.2026, ул. Дахадаева, 88, корпус Б.\n'
      'поз. 1 — холл 1 этажа, укладка керамогранита 600х600 (~44 м2)\nпоз. 2 — тамбур главного входа (~8 м2)'
      + DISP_SIG)
send_yandex(G, T(9, 11, 0), 'Re: ' + SG,
            'Взяли в работу. Керамогранит 600х600 Estima, 52 м2 с запасом + клей Ceresit CM 17 — закажем, '
            'начнём в среду.',
            dec('998460', [], ACC, '«Взяли в работу», bottom-post; 600х600, 52 м2, CM 17 are not requests'),
            quote_n=1)
G.add(DISP, MAG, T(10, 17, 0), 'Re: ' + SG,
      'Магомед, ждём в среду 11.11, пропуск на ГАЗель К 456 ХО 05 заказан.' + DISP_SHORT)
send_mailru(G, T(11, 8, 20), 'Re: ' + SG, '998460 в пути',
            dec('998460', [], WAY, 'plain «в пути»; car plate in quote'))
G.add(DISP, MAG, T(11, 8, 31), 'Re: ' + SG, 'Принято.' + DISP_SHORT)
send_mailru(G, T(11, 9, 10), 'Re: ' + SG, 'н\u0061 м\u0065\u0063т\u0065, клей подняли',
            dec('998460', [], SITE, 'Latin a/e/c look-alikes inside «на месте»'))
G.add(DISP, MAG, T(11, 9, 22), 'Re: ' + SG, 'Принято.' + DISP_SHORT)
send_mailru(G, T(13, 14, 0), 'Re: ' + SG, 'холл (поз.1) уложили, затёрли, уехали. тамбур завтра',
            dec('998460', ['1'], LEFT, 'поз.1 done and left; тамбур (поз.2) only a plan'))

# =====================================================================================
# Thread H: 998702 отмостка д/с № 12
# =====================================================================================
H = Thread()
SH = 'Заявка 998702 — ремонт отмостки и крыльца, МБДОУ д/с № 12'
H.add(DISP, SHO, T(10, 9, 6), SH,
      'Добрый день.\nЗаявка 998702 от 10.11.2026, МБДОУ «Детский сад № 12», ул. Батырая, 3.\n'
      '1. Отмостка по северной стороне (32 п.м.)\n2. Отмостка по южной и западной сторонам (41 п.м.)\n'
      '3. Ремонт крыльца центрального входа.' + DISP_SIG)
send_outlook(H, T(10, 10, 15), 'RE: ' + SH,
             'Добрый день.\nНаряд по 998702 взяли в работу. Бетон М300 — 4,5 куба, заказали на четверг.',
             dec('998702', [], ACC, '«Наряд ... взяли в работу»; М300 and 4,5 куба are not numbers of interest'),
             quote_n=1, html_too=True)
send_mailru(None, T(11, 8, 0), '998702', 'выедем завтра к 8, бетон М300 на 8:30 заказали, 4,5 куба',
            rev('plan only: «выедем завтра»'))
H2 = Thread()
SH2 = 'Выезд на д/с № 12'
H2.add(MAG, DISP, T(12, 7, 40), SH2, 'Выезд на д/с № 12 в 7:40 (заявка 998702), 6 человек' + MAG_SIG)
send_mailru(None, T(12, 7, 40), SH2, 'Выезд на д/с № 12 в 7:40 (заявка 998702), 6 человек',
            dec('998702', [], WAY, 'noun «Выезд на» = leaving for the site; д/с № 12 is a kindergarten number'))
H2.add(DISP, MAG, T(12, 7, 51), 'Re: ' + SH2, 'Принято.' + DISP_SHORT)
send_mailru(H2, T(12, 8, 25), 'Re: ' + SH2, 'прибытие 8:15, бетон ждём',
            dec('998702', [], SITE, 'noun «прибытие»; number only in the quoted first message'))
H2.add(DISP, MAG, T(12, 8, 33), 'Re: ' + SH2, 'Принято.' + DISP_SHORT)

send_mailru(A, T(13, 16, 30), RSA, '998702: п.1 и п.2 залили опалубку сняли уехали. п.3 крыльцо в понедельник',
            dec('998702', ['1', '2'], LEFT, 'in 997512 mega-thread; п.3 only planned'))
A.add(DISP, MAG, T(13, 16, 44), RSA, 'Принято.' + DISP_SHORT)
send_mailru(A, T(13, 17, 10), RSA, '998460 тамбур доделали и 998702 мусор вывезли, обе бригады уехали',
            rev('two different requests (998460 and 998702) in one letter'))
A.add(DISP, MAG, T(13, 17, 31), RSA,
      'Магомед, по 998460 напишите отдельным письмом, по какой позиции и когда убыли.' + DISP_SHORT)
send_mailru(H2, T(16, 9, 0), 'Re: ' + SH2, 'по 3-й крыльцо готово, уехали',
            dec('998702', ['3'], LEFT, '«по 3-й» = position 3; number only deep in quote of this thread'))

G2 = Thread()
G2.add(DISP, SHO, T(14, 8, 30), '998460 — статус по тамбуру',
       'Шамиль, добрый день. Магомед прислал по 998460 и 998702 одной строкой, прошу отдельно: '
       'что по тамбуру (поз. 2)?' + DISP_SHORT)
send_outlook(G2, T(14, 10, 0), 'RE: 998460 — статус по тамбуру',
             'Елена Викторовна, добрый день.\nПо заявке 998460 по второй позиции (тамбур) работы завершены, '
             'бригада убыла с объекта в 9:40.',
             dec('998460', ['2'], LEFT, '«по второй позиции», «бригада убыла с объекта»; quote mentions 998702 too'),
             quote_n=1)

# =====================================================================================
# Thread J: 998915 потолок каб. 305 СОШ № 39
# =====================================================================================
J0 = Thread()
SJ0 = 'Заявка № 998915 — ремонт потолка после протечки, СОШ № 39, каб. 305'
J0.add(DISP, OFF, T(11, 13, 36), SJ0,
       'Добрый день!\nЗаявка № 998915 от 11.11.2026, МБОУ «СОШ № 39», пр. Акушинского, 11-я линия, 22, '
       'каб. 305 (3 этаж).\n1. Замена плит подвесного потолка Армстронг после протечки.' + DISP_SIG)
send_office_html(J0, T(11, 15, 0), 'RE: ' + SJ0,
                 '<p>Добрый день!</p><p>Заявка <b>#998915</b> принята. Бригада выедет 12.11 утром, '
                 'плиты 600х600 в наличии (12 шт.).</p><p>&nbsp;</p>',
                 dec('998915', [], ACC, 'HTML-only, «#998915 принята»; выедет 12.11 is a plan'),
                 'Заявка #998915 принята. Бригада выедет 12.11 утром.')
J = Thread()
SJ = '998915 СОШ 39 каб. 305'
J.add(DISP, MAG, T(11, 16, 0), SJ,
      'Магомед, по 998915 завтра, каб. 305 (3 этаж), ключ у вахтёра. Тел. школы 8 (8722) 62-15-07.' + DISP_SHORT)
send_mailru(J, T(12, 8, 20), 'Re: ' + SJ, 'едем на 39ю школу, плиты армстронг везём',
            dec('998915', [], WAY, '«едем» = on the way; 39 is the school number'))
J.add(DISP, MAG, T(12, 8, 26), 'Re: ' + SJ, 'Принято.' + DISP_SHORT)
send_mailru(J, T(12, 15, 0), 'Re: ' + SJ, 'выехали со школы, 12 плит 600х600 поменяли, каб. 305 чистый',
            dec('998915', [], LEFT, '«выехали СО школы» = left the site (preposition)'))

# =====================================================================================
# Thread K: 999088 фасад склада
# =====================================================================================
K = Thread()
SK = 'Заявка 999088 — покраска фасада склада, пр. Акушинского, 9-я линия, 14'
K.add(DISP, PTO, T(12, 8, 51), SK,
      'Добрый день.\nЗаявка 999088 от 12.11.2026.\nпоз. 1 — фасад северный (~210 м2)\n'
      'поз. 2 — фасад восточный (~140 м2)\nПрошу подтвердить и прислать смету.' + DISP_SIG)
send_thebat(K, T(12, 10, 0), 'Re: ' + SK,
            'Направляю смету по 999088: 312 400,00 руб. с НДС. Краска фасадная Caparol 150 л, леса 120 м2, '
            'грунт 60 л.\nПрошу согласовать до начала работ, после согласования примем в работу.',
            rev('estimate/price talk, explicitly not yet accepted'))
K.add(DISP, SHY, T(12, 17, 40), 'Re: ' + SK,
      'Шамиль, смету 312 400 руб. согласовали. Прошу подтвердить принятие заявки.' + DISP_SHORT)
send_yandex(K, T(13, 8, 0), 'Re: ' + SK,
            'Спасибо. 999088 принимаем в работу, леса завезём в понедельник.',
            dec('999088', [], ACC, 'accepted (thanks + acceptance); plan for Monday'), quote_n=2)
SK2 = '999088 п1 в пути'
t = T(16, 8, 0)
send_mailru(A, t, SK2, 'леса везём, будем через 40 минут',
            dec('999088', ['1'], WAY, 'changed subject «999088 п1 в пути», body «будем через 40 минут»; '
                'long quote of other requests'))
K2 = A.fork(t + timedelta(seconds=1))
K2.add(DISP, MAG, T(16, 8, 6), 'Re: ' + SK2, 'Принято.' + DISP_SHORT)
send_mailru(K2, T(16, 8, 50), 'Re: ' + SK2, 'на месте уже, леса ставим',
            dec('999088', ['1'], SITE, 'Re: subject still says «в пути», body reports on site'))

# =====================================================================================
# Thread L: 999231 душевые общежитие
# =====================================================================================
L0 = Thread()
SL0 = 'Заявка 999231 — ремонт душевых, общежитие № 2'
L0.add(DISP, OFF, T(13, 10, 6), SL0,
       'Добрый день!\nЗаявка 999231 от 13.11.2026, общежитие № 2, пр. Имама Шамиля, 38.\n'
       '1. Душевая 1 этажа\n2. Душевая 2 этажа\n3. Душевая 3 этажа\n'
       'Замена плитки, смесителей, трапов.' + DISP_SIG)
send_outlook(L0, T(13, 11, 0), 'RE: ' + SL0,
             'Добрый день!\nЗаявка 999231 принята в работу. Начало работ — 16.11.2026, бригада 4 человека.\n'
             'Договор подряда № 17/26-ПР от 12.01.2026.',
             dec('999231', [], ACC, 'office Outlook multipart; contract number is not a request'),
             who=OFF, quote_n=1, html_too=True, bottom=False)
L = Thread()
SL = '999231 комендант'
L.add(DISP, MAG, T(16, 9, 1), SL,
      'Магомед, по заявке 999231 (общежитие № 2, пр. Имама Шамиля, 38) комендант Абакарова З.М., '
      'тел. 8 903 477-15-90.' + DISP_SHORT)
fwd_text = ('Елена Викторовна, пересылаю от Магомеда, у него с телефона на ваш адрес не уходит.\n\n'
            '-------- Пересылаемое сообщение --------\n'
            '16.11.2026, 10:40, "Магомед Алиев" <magomed.aliev78@mail.ru>:\n'
            'Кому: Шамиль Гасанов <shamil.gasanov@yandex.ru>;\n'
            'Тема: 999231 п.2\n\n'
            'Шамиль скинь диспетчерам: 999231 п.2 на месте, сантехник и плиточник, стояк перекрыли\n\n'
            '--\nОтправлено из мобильной Почты Mail.ru\n'
            '-------- Конец пересылаемого сообщения --------' + SHY_SIG)
send_yandex(None, T(16, 11, 0), 'Fwd: 999231 п.2', '', dec('999231', ['2'], SITE,
            'forward by deputy of the foreman\'s report; forwarded report counts'), raw_text=fwd_text)
send_mailru(L, T(16, 14, 0), 'Re: ' + SL,
            'в общаге горячую воду отключили, плитку без воды не положим. кто решит? комендант трубку не берёт',
            rev('complaint/question, no status'))
L.add(DISP, MAG, T(16, 14, 20), 'Re: ' + SL, 'Магомед, связались с УК, воду дадут к 16:00.' + DISP_SHORT)
send_mailru(L, T(17, 12, 0), 'Re: ' + SL, 'п.1 закончили, п.3 ещё делаем, плиточник один',
            rev('mixed: п.1 finished, п.3 still on site — different statuses'))

# =====================================================================================
# Thread M: 999470 двери
# =====================================================================================
M = Thread()
SM = 'Обращение 999470 — замена дверей, 2 этаж'
M.add(DISP, SHY, T(16, 9, 36), SM,
      'Шамиль, добрый день.\nОбращение 999470 от 16.11.2026: административное здание, ул. Коркмасова, 33, '
      '2 этаж, каб. 201–205.\n1. Замена 5 межкомнатных дверей с врезкой замков.' + DISP_SIG)
send_yandex(M, T(16, 12, 0), 'Re: ' + SM,
            'По обращению 999470 — приняли. Двери 800х2000 (5 шт) на складе, установка 17.11.',
            dec('999470', [], ACC, '«обращение», accepted; sizes/rooms not requests'), quote_n=1)
SM2 = 'двери 999470'
t = T(17, 8, 15)
send_mailru(A, t, SM2, 'едем, двери 5 шт на газели К 456 ХО 05, будем к 9',
            dec('999470', [], WAY, '«едем ... будем к 9» = on the way; car plate; subject changed in old thread'))
M2 = A.fork(t + timedelta(seconds=1))
M2.add(DISP, MAG, T(17, 8, 21), 'Re: ' + SM2, 'Принято.' + DISP_SHORT)
Q = Thread()
Q.add(DISP, MAG, T(17, 13, 0), 'Статусы 999231, 999470',
      'Магомед, что по 999231 и 999470? Нужны статусы по обоим до 16:00, вечером отчёт руководству.'
      + DISP_SHORT)
send_mailru(Q, T(17, 15, 40), 'акт', 'закончили. акт завтра привезу',
            rev('subject changed to «акт»; quoted question names two requests — which one is finished is unclear'))
send_mailru(M2, T(17, 16, 0), 'Re: ' + SM2, 'двери навесили 5 шт, замки врезали, уехали',
            dec('999470', [], LEFT, 'result + «уехали»'))
send_mailru(A, T(17, 18, 30), RSA, '999231 поз 1,2,3 закончили. сдали коменданту, пломба на счётчике 4471093',
            dec('999231', ['1', '2', '3'], LEFT, 'mega-thread with subject 997512; seal number is not a request'))

# =====================================================================================
# Thread N: 999802 гидроизоляция
# =====================================================================================
N = Thread()
SN = 'Заявка 999802 — гидроизоляция подвала, ул. Коркмасова, 33, корп. 2'
N.add(DISP, SHO, T(18, 11, 6), SN,
      'Добрый день.\nЗаявка 999802 от 18.11.2026.\n1. Подвал, секция А — обмазочная гидроизоляция\n'
      '2. Подвал, секция Б — то же, плюс заделка вводов.' + DISP_SIG)
send_outlook(N, T(18, 12, 30), 'RE: ' + SN,
             'Добрый день.\nЗаявка 999802 принята. Материал — Пенетрон (12 мешков по 25 кг), выход бригады 19.11.',
             dec('999802', [], ACC, 'Outlook cp1251 bottom-post; quantities'), quote_n=1)
send_outlook(None, T(18, 15, 0), 'Акт КС-2 по заявке 998021',
             'Елена Викторовна, добрый день.\nПо заявке 998021 (окна, поликлиника № 3) подготовили акт КС-2 № 114 '
             'от 18.11.2026 на сумму 186 500,00 руб.\nПодскажите, кто с вашей стороны подписывает — главврач или '
             'зам по АХЧ? Оригиналы привезём в понедельник.',
             rev('act / payment question, no status'))
t = T(19, 9, 0)
send_mailru(A, t, '999802', 'поз 1 на месте, подвал сухой, начинаем',
            dec('999802', ['1'], SITE, 'bare number as (changed) subject; quote has many old statuses'))
N3 = A.fork(t + timedelta(seconds=1))
N3.add(DISP, MAG, T(19, 9, 12), 'Re: 999802', 'Принято поз. 1. По секции Б не начинайте без согласования с УК.'
       + DISP_SHORT)
send_samsung(None, T(19, 10, 30), 'фото', 'На месте',
             rev('no request number anywhere (subject «фото», no quote)'),
             attach=[attachment('image/jpeg', 'IMG_20261119_102811.jpg', FAKE_JPG[::-1][:-2] + b'\xff\xd9')])
N2 = Thread()
N2.add(DISP, SHO, T(19, 16, 0), '999802 — отключение',
       'Шамиль, напоминаем: по 999802 перед работами в секции Б согласовать отключение с УК «Каспий», '
       'тел. 8 (8722) 64-01-77.' + DISP_SHORT)
send_outlook(N2, T(20, 9, 10), 'RE: 999802 — отключение',
             'Спасибо за напоминание, учтём. С УК «Каспий» согласуем сегодня до обеда.',
             rev('thanks/acknowledgement of dispatcher reminder'), quote_n=1)
send_mailru(N3, T(20, 16, 0), 'Re: 999802', '999802 п1 и п2 гидроизоляцию сделали, убыли. пенетрон 2 мешка осталось',
            dec('999802', ['1', '2'], LEFT, 'both positions done and left'))

# =====================================================================================
# misc review letters
# =====================================================================================
send_mailru(A, T(16, 10, 30), '998888', 'на месте, Ярагского 71, 3 этаж',
            rev('998888 is not in the registry (and no registry site at Ярагского 71); old quote irrelevant'))

# =====================================================================================
# Office HTML table for 999088
# =====================================================================================
tbl = ('<p>Добрый день!</p><p>Направляем статус по заявке № 999088 (склад, пр. Акушинского, 9-я линия, 14):</p>'
       '<table border=1 cellspacing=0 cellpadding=4 style="border-collapse:collapse">'
       '<tr style="background:#DDEBF7"><th>Позиция</th><th>Объект</th><th>Статус</th><th>Время</th></tr>'
       '<tr><td>1</td><td>Фасад северный, 210 м2</td><td>Работы завершены, бригада убыла</td><td>19.11.2026 16:30</td></tr>'
       '<tr><td>2</td><td>Фасад восточный, 140 м2</td><td>Работы завершены, бригада убыла</td><td>19.11.2026 16:30</td></tr>'
       '</table><p>&nbsp;</p><p>Исполнительную документацию направим отдельно.</p>')
send_office_html(None, T(19, 17, 0), 'Статус по заявке 999088', tbl,
                 dec('999088', ['1', '2'], LEFT, 'HTML-only table, a row per position, both finished'), '')

# =====================================================================================
# Machine mail (ignored)
# =====================================================================================
def mdn(when):
    text = ('Ваше сообщение\n\n  Кому: ООО «ГрадСтройРемонт»\n  Тема: %s\n  Отправлено: 11.11.2026 13:36\n\n'
            'было прочитано 11.11.2026 14:50.\n' % SJ0)
    notif = ('Reporting-UA: office@gradstroyremont.ru; Microsoft Outlook 16.0\n'
             'Final-Recipient: rfc822;office@gradstroyremont.ru\n'
             'Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n' % J0.msgs[0].msgid)
    content = multi('report', [leaf('text/plain', text, 'windows-1251', 'quoted-printable'),
                               raw_leaf('message/disposition-notification', notif.encode())],
                    params=' report-type=disposition-notification;')
    emit(OFF, DISP, when, 'Прочитано: ' + SJ0, content, 'windows-1251', outlook_id(OFF),
         ign('read receipt (MDN) for the dispatcher\'s letter about 998915'), extra=['X-Mailer: Microsoft Outlook 16.0'])


mdn(T(11, 14, 50))


def autoreply_mailru(when):
    text = ('Здравствуйте!\nЭто автоответ. Я на объектах, почту читаю вечером.\n'
            'Срочно — звоните: +7 928 512-44-07.\nМагомед')
    content = leaf('text/plain', text, 'utf-8', 'base64')
    emit(MAG, DISP, when, 'Автоответ: 998702 фото отмостки', content, 'utf-8', mailru_id(when),
         ign('mail.ru vacation/auto-reply; subject contains a request number'),
         extra=['Auto-Submitted: auto-replied', 'X-Mailru-Autoreply: 1', 'Precedence: auto_reply'])


autoreply_mailru(T(12, 18, 26))


def bounce(when):
    text = ('This is the mail system at host mx.gradstroyremont.ru.\n\n'
            'I\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients. '
            'It\'s attached below.\n\nFor further assistance, please send mail to postmaster.\n\n'
            '                   The mail system\n\n<magomed@gradstroyremont.ru>: host mx.gradstroyremont.ru[10.0.4.12] '
            'said:\n    550 5.1.1 <magomed@gradstroyremont.ru>: Recipient address rejected: User unknown in\n'
            '    virtual mailbox table (in reply to RCPT TO command)\n')
    ds = ('Reporting-MTA: dns; mx.gradstroyremont.ru\nX-Postfix-Queue-ID: 4Lk9Qm2Zt1z9rxM\n'
          'Arrival-Date: Wed, 18 Nov 2026 09:58:11 +0300 (MSK)\n\n'
          'Final-Recipient: rfc822; magomed@gradstroyremont.ru\nOriginal-Recipient: rfc822;magomed@gradstroyremont.ru\n'
          'Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.gradstroyremont.ru\n'
          'Diagnostic-Code: smtp; 550 5.1.1 <magomed@gradstroyremont.ru>: Recipient address\n'
          '    rejected: User unknown in virtual mailbox table\n')
    orig = ('Return-Path: <dispatch@zakazchik-omis.ru>\nFrom: ' + addr(DISP, 'utf-8') + '\n'
            'To: magomed@gradstroyremont.ru\n' + hdr('Subject', 'Заявка 998702 — акт выполненных работ', 'utf-8') + '\n'
            'Date: Wed, 18 Nov 2026 09:58:05 +0300\nMessage-ID: ' + disp_msgid(when) + '\n')
    content = multi('report', [raw_leaf('text/plain; charset=us-ascii', text.encode()),
                               raw_leaf('message/delivery-status', ds.encode()),
                               raw_leaf('text/rfc822-headers', orig.encode())],
                    params=' report-type=delivery-status;')
    emit(DAEMON, DISP, when, 'Undelivered Mail Returned to Sender', content, 'utf-8',
         '<20261118065812.%s@mx.gradstroyremont.ru>' % rid(10, '0123456789ABCDEF'),
         ign('delivery failure (bounce) of dispatcher\'s letter about 998702'),
         extra=['Auto-Submitted: auto-replied'])


bounce(T(18, 9, 58, 12))


def calendar(when):
    ics = ('BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\n'
           'BEGIN:VEVENT\nATTENDEE;PARTSTAT=ACCEPTED;CN=Гасанов Шамиль Ибрагимович:mailto:sh.gasanov@gradstroyremont.ru\n'
           'SUMMARY;LANGUAGE=ru-RU:Принято: Приёмка фасада склада (заявка 999088)\n'
           'DTSTART;TZID=Russian Standard Time:20261120T100000\nDTEND;TZID=Russian Standard Time:20261120T110000\n'
           'UID:040000008200E00074C5B7101A82E008000000004D' + rid(30).upper() + '\n'
           'DTSTAMP:20261119T143012Z\nLOCATION;LANGUAGE=ru-RU:пр. Акушинского, 9-я линия, 14\nSEQUENCE:0\n'
           'END:VEVENT\nEND:VCALENDAR\n')
    text = 'Гасанов Шамиль Ибрагимович принял это приглашение.\n'
    content = multi('alternative', [leaf('text/plain', text, 'windows-1251', 'quoted-printable'),
                                    leaf('text/calendar', ics, 'utf-8', 'base64', params='; method=REPLY')])
    emit(SHO, DISP, when, 'Принято: Приёмка фасада склада (заявка 999088)', content, 'windows-1251', outlook_id(SHO),
         ign('calendar meeting response generated by Outlook'), extra=OUTLOOK_EXTRA)


calendar(T(19, 17, 30))


def ooo(when):
    text = ('Здравствуйте!\n\nЯ в командировке с 20.11 по 24.11.2026, почту читаю нерегулярно.\n'
            'По заявкам и выездам бригад: прораб Алиев Магомед, +7 928 512-44-07.\n'
            'Офис: +7 (8722) 51-22-90.\n\nГасанов Ш.И.')
    emit(SHO, DISP, when, 'Автоматический ответ: Заявка 999802 — акт', leaf('text/plain', text, 'windows-1251',
                                                                              'quoted-printable'),
         'windows-1251', outlook_id(SHO), ign('Outlook out-of-office auto-reply'),
         extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: '
                'sh.gasanov@gradstroyremont.ru'] + OUTLOOK_EXTRA)


ooo(T(20, 17, 5))


def newsletter(when):
    h = ('<html><body style="font-family:Arial"><h2>ГрадСтройРемонт — итоги ноября</h2>'
         '<p>Уважаемые партнёры! В ноябре наши бригады закрыли 46 заявок: кровля, плитка, фасады, '
         'гидроизоляция. Бригада выезжает на объект в течение 2 часов после принятия заявки.</p>'
         '<p>До 31.12.2026 — скидка 10% на гидроизоляцию подвалов материалами Пенетрон.</p>'
         '<p>Звоните: +7 (8722) 51-22-90</p><p style="font-size:10px;color:#999">Вы получили это письмо, '
         'так как являетесь нашим заказчиком. <a href="https://gradstroyremont.ru/unsubscribe?id=77821">'
         'Отписаться</a></p></body></html>\n')
    emit(NEWS, DISP, when, 'ГрадСтройРемонт: итоги ноября — 46 закрытых заявок и скидка на гидроизоляцию',
         leaf('text/html', h, 'utf-8', 'base64'), 'utf-8', '<news.%s@gradstroyremont.ru>' % rid(16),
         ign('bulk newsletter'), extra=['Precedence: bulk', 'List-Id: <partners.gradstroyremont.ru>',
                                        'List-Unsubscribe: <https://gradstroyremont.ru/unsubscribe?id=77821>',
                                        'X-Mailer: Sendsay'])


newsletter(T(20, 12, 0))

# =====================================================================================
# write
# =====================================================================================
LETTERS.sort(key=lambda x: x[0])
os.makedirs(os.path.join(OUT, 'letters'), exist_ok=True)
for f in os.listdir(os.path.join(OUT, 'letters')):
    os.remove(os.path.join(OUT, 'letters', f))
labels = {}
for i, (when, raw, label) in enumerate(LETTERS, 1):
    name = '%03d.eml' % i
    with open(os.path.join(OUT, 'letters', name), 'wb') as fh:
        fh.write(raw)
    labels[name] = label
with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)

registry = {
    'contractor': {
        'name': 'ООО «ГрадСтройРемонт»',
        'emails': [MAG.email, SHO.email, SHY.email, OFF.email, PTO.email, NEWS.email, DAEMON.email],
        'domains': ['gradstroyremont.ru'],
    },
    'requests': [
        {'number': '997512', 'positions': ['1', '2'], 'registered_at': '2026-11-02T09:15:00+03:00',
         'comment': 'Ремонт кровли, МБОУ СОШ № 17, ул. Магомедтагирова 35: 1 — корпус 1, 2 — корпус 2'},
        {'number': '997634', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-02T11:40:00+03:00',
         'comment': 'Замена плитки в санузлах, пр. Петра I 45: 1 — 2 этаж, 2 — 3 этаж, 3 — 4 этаж'},
        {'number': '997805', 'positions': ['1'], 'registered_at': '2026-11-03T10:00:00+03:00',
         'comment': 'Штукатурка и покраска, СОШ № 5, каб. 210'},
        {'number': '998021', 'positions': ['1', '2'], 'registered_at': '2026-11-05T08:30:00+03:00',
         'comment': 'Замена окон, Поликлиника № 3: 1 — 1 этаж, 2 — 2 этаж'},
        {'number': '998140', 'positions': ['1', '2', '3', '4'], 'registered_at': '2026-11-05T14:00:00+03:00',
         'comment': 'Ремонт подъездов 1–4, ул. Гамидова 48, корпус 3, строение 2'},
        {'number': '998377', 'positions': ['1'], 'registered_at': '2026-11-06T09:00:00+03:00',
         'comment': 'Замена линолеума, служебная кв. 45, ул. Ирчи Казака 12'},
        {'number': '998460', 'positions': ['1', '2'], 'registered_at': '2026-11-09T10:20:00+03:00',
         'comment': 'Керамогранит 600х600: 1 — холл 1 этажа, 2 — тамбур; ул. Дахадаева 88, корпус Б'},
        {'number': '998702', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-10T09:00:00+03:00',
         'comment': 'Отмостка (1 — север, 2 — юг/запад) и крыльцо (3), детский сад № 12'},
        {'number': '998915', 'positions': ['1'], 'registered_at': '2026-11-11T13:30:00+03:00',
         'comment': 'Потолок Армстронг после протечки, СОШ № 39, каб. 305'},
        {'number': '999088', 'positions': ['1', '2'], 'registered_at': '2026-11-12T08:45:00+03:00',
         'comment': 'Покраска фасада склада: 1 — северный, 2 — восточный'},
        {'number': '999231', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-13T10:00:00+03:00',
         'comment': 'Ремонт душевых 1–3 этажей, общежитие № 2, пр. Имама Шамиля 38'},
        {'number': '999470', 'positions': ['1'], 'registered_at': '2026-11-16T09:30:00+03:00',
         'comment': 'Замена 5 дверей, ул. Коркмасова 33, 2 этаж, каб. 201–205'},
        {'number': '999802', 'positions': ['1', '2'], 'registered_at': '2026-11-18T11:00:00+03:00',
         'comment': 'Гидроизоляция подвала, секции А и Б, ул. Коркмасова 33, корп. 2'},
    ],
}
with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as fh:
    json.dump(registry, fh, ensure_ascii=False, indent=1)

from collections import Counter
print(len(labels), Counter(v['expect'] for v in labels.values()))
