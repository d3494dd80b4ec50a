#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona АО «ТехноКлимат-Поволжье» (Саратов, +0400).

Writes letters/NNN.eml, labels.json, registry.json into the folder of this script.
Only the standard library is used.
"""
import base64
import hashlib
import html as htmlmod
import json
import os
import quopri
import re
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.message import MIMEMessage
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=4))      # Саратов
MSK = timezone(timedelta(hours=3))     # заказчик

DOM = 'tk-povolzhye.ru'
DISP = ('Диспетчерская ОМИС', 'dispatch@zakazchik-omis.ru')
COORD = ('Гордеева Елена Викторовна', 'e.gordeeva@' + DOM)
PAKH = ('Сергей Пахомов', 's.pakhomov@' + DOM)
ILIN = ('Артём Ильин', 'a.ilin@' + DOM)
KHAB = ('Руслан Хабибуллин', 'r.khabibullin@' + DOM)
KRUG = ('Круглов Виктор Степанович', 'v.kruglov@' + DOM)
NEWS = ('ТехноКлимат-Поволжье', 'news@' + DOM)
DAEMON = ('Mail Delivery System', 'MAILER-DAEMON@' + DOM)
BANK = ('Морозова Ирина Олеговна', 'i.morozova@volgacredit.ru')

WD = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье']

# --------------------------------------------------------------------------- registry
REGISTRY = {
    "contractor": {
        "name": "АО «ТехноКлимат-Поволжье»",
        "emails": [COORD[1], PAKH[1], ILIN[1], KHAB[1], KRUG[1], NEWS[1], DAEMON[1]],
        "domains": [DOM],
    },
    "requests": [
        {"number": "99104", "positions": ["1", "2"], "registered_at": "2026-11-02T09:10:00+03:00",
         "comment": "ПАО Банк «Волга-Кредит», ДО «Заводской», Саратов, пр-т Энтузиастов, 34. П.1 сплит-система серверной Daikin FTXS35K (течь конденсата); п.2 кассетный кондиционер операционного зала (не охлаждает)"},
        {"number": "99117", "positions": ["1"], "registered_at": "2026-11-02T14:00:00+03:00",
         "comment": "ДО «Кировский», ул. Чапаева, 71. Приточная установка ПВУ-1 (шум, вибрация)"},
        {"number": "99132", "positions": ["1", "2", "3"], "registered_at": "2026-11-03T08:30:00+03:00",
         "comment": "Головной офис, ул. Радищева, 28. П.1 чиллер Carrier 30RB-0902; п.2 насосная группа; п.3 фанкойлы 3 этажа"},
        {"number": "99158", "positions": ["1", "2"], "registered_at": "2026-11-04T10:00:00+03:00",
         "comment": "ДО «Энгельс», Энгельс, ул. Тельмана, 150. П.1 сплит кассового узла; п.2 сплит зоны банкоматов"},
        {"number": "99163", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T09:00:00+03:00",
         "comment": "ДО «Волжский», ул. Волжская, 9. Сезонное ТО 4 сплит-систем"},
        {"number": "99171", "positions": ["1"], "registered_at": "2026-11-06T08:00:00+03:00",
         "comment": "ДО «Балаково», Балаково, ул. Ленина, 55. Приточно-вытяжная установка (не запускается)"},
        {"number": "99186", "positions": ["01", "02"], "registered_at": "2026-11-09T09:00:00+03:00",
         "comment": "ДО «Солнечный», ул. Топольчанская, 3. Поз.01 сплит кабинета кредитования (не включается); поз.02 сплит зоны ожидания (утечка хладагента)"},
        {"number": "99203", "positions": ["1", "2"], "registered_at": "2026-11-10T11:00:00+03:00",
         "comment": "ОО «Вольск», Вольск, ул. Октябрьская, 110. П.1 сплит-система операционного зала; п.2 сплит-система кассы"},
        {"number": "99219", "positions": ["1", "2", "3"], "registered_at": "2026-11-11T08:30:00+03:00",
         "comment": "ДО «Ленинский», ул. Московская, 12. Три настенных сплит-системы (п.1 зал, п.2 серверная, п.3 переговорная)"},
        {"number": "99240", "positions": ["1"], "registered_at": "2026-11-16T09:00:00+03:00",
         "comment": "ДО «Фрунзенский», ул. Рахова, 187. Наружный блок VRF на кровле (ошибка компрессора)"},
        {"number": "99257", "positions": ["1", "2"], "registered_at": "2026-11-17T10:00:00+03:00",
         "comment": "Головной офис, ул. Радищева, 28, серверная. П.1 и п.2 прецизионные кондиционеры"},
        {"number": "99275", "positions": ["1", "2", "3"], "registered_at": "2026-11-19T09:00:00+03:00",
         "comment": "ДО «Октябрьский», ул. Б. Садовая, 239. П.1 кассетник зала; п.2 сплит кассы; п.3 вентиляция серверной"},
        {"number": "99290", "positions": ["1"], "registered_at": "2026-11-23T09:00:00+03:00",
         "comment": "ДО «Пугачёв», Пугачёв, ул. Топорковская, 40. Кондиционер операционного зала"},
    ],
}

# --------------------------------------------------------------------------- helpers


def d(s):
    """'11-03 08:40' -> aware datetime in Saratov time"""
    return datetime.strptime('2026-' + s, '%Y-%m-%d %H:%M').replace(tzinfo=TZ)


def mid(key, style):
    h = hashlib.sha1(key.encode()).hexdigest().upper()
    if style == 'outlook':
        return '<%s%s$%s$%s@%s>' % ('0001', h[:8].lower(), h[8:16].lower(), h[16:24].lower(), DOM)
    if style == 'iphone':
        return '<%s-%s-%s-%s-%s@%s>' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], DOM)
    if style == 'bat':
        return '<%d.%s@%s>' % (int(h[:8], 16) % 10**9, h[8:22].lower(), DOM)
    if style == 'disp':
        return '<%s@zakazchik-omis.ru>' % h[:20].lower()
    return '<%s@mx1.%s>' % (h[:16].lower(), DOM)


def leaf(sub, text, cs, cte):
    p = MIMENonMultipart('text', sub, charset=cs)
    del p['MIME-Version']
    if cte == 'base64':
        raw = text.replace('\r\n', '\n').replace('\n', '\r\n').encode(cs)
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        raw = text.encode(cs)
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '8bit':
        payload = text.encode(cs).decode('ascii', 'surrogateescape')
    else:
        text.encode('ascii')
        payload = text
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    return p


def alt(*parts):
    m = MIMEMultipart('alternative')
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def enc_subject(s, cs):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76, header_name='Subject').encode()


def addr(pair, cs='utf-8'):
    return formataddr(pair, charset=cs)


def finalize(part, frm, date, subject, cs, msgid, to=(DISP,), cc=(), irt=None, refs=None,
             extra=(), mime_version='1.0'):
    hdrs = [('From', addr(frm, cs)),
            ('To', ', '.join(addr(t, cs) for t in to))]
    if cc:
        hdrs.append(('Cc', ', '.join(addr(t, cs) for t in cc)))
    hdrs += [('Subject', enc_subject(subject, cs)),
             ('Date', format_datetime(date)),
             ('Message-ID', msgid)]
    if irt:
        hdrs.append(('In-Reply-To', irt))
        hdrs.append(('References', refs or irt))
    hdrs += list(extra)
    hdrs.append(('MIME-Version', mime_version))
    old = [(k, v) for k, v in part._headers if k.lower() != 'mime-version']
    part._headers = hdrs + old
    return part


def ru_long(dt):
    return '%s, %d ноября 2026 г. %d:%02d' % (WD[dt.weekday()], dt.day, dt.hour, dt.minute)


def ru_ios(dt):
    return '%d нояб. 2026 г., в %d:%02d' % (dt.day, dt.hour, dt.minute)


def fmt_pair(p):
    return '%s <%s>' % p


def esc(s):
    return htmlmod.escape(s, quote=False)


def nl2br(s):
    return '<br>\n'.join(esc(x) for x in s.split('\n'))


# --------------------------------------------------------------------------- coordinator (Outlook)

DISCLAIMER = (
    'ОГРАНИЧЕНИЕ ОТВЕТСТВЕННОСТИ: Настоящее электронное сообщение и все приложения к нему '
    'предназначены исключительно для лица (лиц), которому (которым) они адресованы, и могут '
    'содержать конфиденциальную информацию, в том числе составляющую коммерческую тайну '
    'АО «ТехноКлимат-Поволжье» (ИНН 6454098712, КПП 645401001, ОГРН 1026403351177). Если Вы '
    'получили это сообщение по ошибке, пожалуйста, немедленно уведомите об этом отправителя и '
    'удалите сообщение и все его копии. Любое несанкционированное использование, копирование, '
    'распространение или раскрытие содержания сообщения запрещено и может повлечь '
    'ответственность в соответствии с законодательством Российской Федерации. Информация, '
    'содержащаяся в сообщении, не является офертой, акцептом оферты или иным юридически '
    'значимым волеизъявлением, если иное прямо не указано в тексте и сообщение не подписано '
    'уполномоченным лицом. АО «ТехноКлимат-Поволжье» не несёт ответственности за возможное '
    'наличие вредоносного программного обеспечения и искажение информации при передаче по сети '
    'Интернет.\n'
    'DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the '
    'addressee(s). If you have received it in error, please notify the sender immediately and '
    'delete it. Any unauthorised use, copying or disclosure is strictly prohibited.'
)

SIG_LINES = [
    'С уважением,',
    'Гордеева Елена Викторовна',
    'Региональный координатор сервисной службы',
    'АО «ТехноКлимат-Поволжье»',
    '410012, г. Саратов, ул. Астраханская, д. 43, оф. 301',
    'Тел.: +7 (8452) 99-12-03, доб. 214 | Моб.: +7 927 991-04-58',
    'www.tk-povolzhye.ru',
]


def inline_html(s):
    s = esc(s)
    return re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', s)


def inline_plain(s):
    return re.sub(r'\*\*(.+?)\*\*', r'\1', s)


def blocks_plain(blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == 'p':
            out.append(inline_plain(b[1]))
            out.append('')
        elif kind == 'h':
            out.append(inline_plain(b[1]))
            out.append('')
        elif kind == 'ul':
            for it in b[1]:
                out.append('\u2022\t' + inline_plain(it))
            out.append('')
        elif kind == 'table':
            out.append('\t'.join(b[1]))
            for row in b[2]:
                out.append('\t'.join(inline_plain(c) for c in row))
            out.append('')
    return '\n'.join(out)


def blocks_html(blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == 'p':
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % inline_html(b[1]))
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif kind == 'h':
            out.append('<p class="MsoNormal"><b><span style="font-size:12.0pt;color:#1F3864">%s</span></b><o:p></o:p></p>' % inline_html(b[1]))
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif kind == 'ul':
            out.append('<ul style="margin-top:0cm" type="disc">')
            for it in b[1]:
                out.append('<li class="MsoListParagraph" style="margin-left:0cm;mso-list:l0 level1 lfo1">%s<o:p></o:p></li>' % inline_html(it))
            out.append('</ul>')
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif kind == 'table':
            out.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">')
            out.append('<tr>' + ''.join('<td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>%s</b><o:p></o:p></p></td>' % esc(h) for h in b[1]) + '</tr>')
            for row in b[2]:
                out.append('<tr>' + ''.join('<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">%s<o:p></o:p></p></td>' % inline_html(c) for c in row) + '</tr>')
            out.append('</table>')
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return '\n'.join(out)


def sig_plain():
    return '\n'.join(SIG_LINES) + '\n\n' + DISCLAIMER


def sig_html():
    lines = ['<p class="MsoNormal"><span style="color:#1F3864">%s</span><o:p></o:p></p>' % esc(x) for x in SIG_LINES]
    lines[1] = '<p class="MsoNormal"><b><span style="color:#1F3864">%s</span></b><o:p></o:p></p>' % esc(SIG_LINES[1])
    disc = '<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">%s</span><o:p></o:p></p>' % nl2br(DISCLAIMER)
    return '\n'.join(lines) + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + disc


def outlook_hdr_plain(q):
    s = ['От: %s ' % fmt_pair(q['from']),
         'Отправлено: %s' % ru_long(q['date']),
         'Кому: %s' % '; '.join(fmt_pair(t) for t in q['to'])]
    if q.get('cc'):
        s.append('Копия: %s' % '; '.join(fmt_pair(t) for t in q['cc']))
    s.append('Тема: %s' % q['subject'])
    return '\n'.join(s)


def outlook_hdr_html(q):
    s = ['<b>От:</b> %s ' % esc(fmt_pair(q['from'])),
         '<b>Отправлено:</b> %s' % esc(ru_long(q['date'])),
         '<b>Кому:</b> %s' % esc('; '.join(fmt_pair(t) for t in q['to']))]
    if q.get('cc'):
        s.append('<b>Копия:</b> %s' % esc('; '.join(fmt_pair(t) for t in q['cc'])))
    s.append('<b>Тема:</b> %s' % esc(q['subject']))
    return ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<p class="MsoNormal">' + '<br>\n'.join(s) + '<o:p></o:p></p></div></div>\n'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            '<p class="MsoNormal">' + nl2br(q['text']) + '<o:p></o:p></p>')


HTML_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
             'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
             'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
             '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
             '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
             '<style><!--\n/* Font Definitions */\n@font-face {font-family:Calibri;}\n'
             'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
             'p.MsoListParagraph, li.MsoListParagraph {margin-top:0cm;margin-right:0cm;margin-bottom:0cm;margin-left:36.0pt;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
             '@page WordSection1 {size:612.0pt 792.0pt;margin:2.0cm 42.5pt 2.0cm 3.0cm;}\n'
             'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
             '<body lang="RU" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n')
HTML_TAIL = '\n</div>\n</body>\n</html>\n'


def coord(key, date, subject, blocks, quote=None, fwd=None, cs='windows-1251', cte='quoted-printable',
          html_only=False, irt=None, cc=(), attach_msg=None):
    """Outlook letter of the coordinator. quote: replied-to message (dict); fwd: forwarded message (dict)."""
    plain = blocks_plain(blocks) + '\n' + sig_plain()
    htm = blocks_html(blocks) + sig_html()
    q = quote or fwd
    if q:
        plain += '\n\n' + outlook_hdr_plain(q) + '\n\n' + q['text'] + '\n'
        htm += '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + outlook_hdr_html(q)
    hpart = leaf('html', HTML_HEAD % cs + htm + HTML_TAIL, cs, cte)
    if html_only:
        body = hpart
    else:
        body = alt(leaf('plain', plain, cs, cte), hpart)
    if attach_msg is not None:
        m = MIMEMultipart('mixed')
        del m['MIME-Version']
        m.attach(body)
        att = MIMEMessage(attach_msg)
        del att['MIME-Version']
        att.add_header('Content-Disposition', 'attachment')
        m.attach(att)
        body = m
    extra = [('Thread-Topic', enc_subject(re.sub(r'^((RE|FW|Fwd|Re): *)+', '', subject), cs)),
             ('Thread-Index', base64.b64encode(hashlib.md5(key.encode()).digest()[:22]).decode()),
             ('Content-Language', 'ru-RU'),
             ('X-MS-Has-Attach', 'yes' if attach_msg is not None else ''),
             ('X-Mailer', 'Microsoft Outlook 16.0')]
    return finalize(body, COORD, date, subject, cs, mid(key, 'outlook'), cc=cc, irt=irt, extra=extra)


# --------------------------------------------------------------------------- engineers (iPhone)

IOS_SIG = 'Отправлено с iPhone'


def iphone(key, who, date, subject, text, quote=None, fwd=None, cte='quoted-printable', with_html=False,
           irt=None, cc=(), sig=True):
    plain = text
    if sig:
        plain += '\n\n' + IOS_SIG
    if quote:
        qh = '%s, %s написал(а):' % (ru_ios(quote['date']), fmt_pair(quote['from']))
        qlines = quote['text'].split('\n')
        plain += '\n\n> ' + qh + '\n> \n' + '\n'.join(('> ' + x) if x else '>' for x in qlines)
    if fwd:
        plain += ('\n\nНачало переадресованного сообщения:\n\n'
                  'От: %s\nДата: %d ноября 2026 г. в %d:%02d:%02d GMT+4\nКому: %s\nТема: %s\n\n%s'
                  % (fmt_pair(fwd['from']), fwd['date'].day, fwd['date'].hour, fwd['date'].minute, 17,
                     ', '.join(fmt_pair(t) for t in fwd['to']), fwd['subject'], fwd['text']))
    plain += '\n'
    p = leaf('plain', plain, 'utf-8', cte)
    if with_html:
        hb = '<div dir="ltr">%s</div>' % nl2br(text)
        if sig:
            hb += '<div dir="ltr"><br><div dir="ltr">%s</div></div>' % IOS_SIG
        if quote:
            hb += ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div>'
                   '<blockquote type="cite"><div dir="ltr">%s</div></blockquote>'
                   % (esc('%s, %s написал(а):' % (ru_ios(quote['date']), fmt_pair(quote['from']))),
                      nl2br(quote['text'])))
        h = leaf('html', '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                         '<body dir="auto">%s</body></html>\n' % hb, 'utf-8', cte)
        p = alt(p, h)
    extra = [('X-Mailer', 'iPhone Mail (22B91)')]
    return finalize(p, who, date, subject, 'utf-8', mid(key, 'iphone'), cc=cc, irt=irt, extra=extra,
                    mime_version='1.0 (1.0)')


# --------------------------------------------------------------------------- Круглов (The Bat!, KOI8-R)

KRUG_SIG = ('--\nС уважением,\nКруглов Виктор Степанович\nстарший инженер АО "ТехноКлимат-Поволжье"\n'
            'тел. +7 (8452) 99-12-03 доб. 231, моб. +7 937 226-18-40')


def bat(key, date, subject, text, cte='8bit', irt=None, cs='koi8-r'):
    body = leaf('plain', text + '\n\n' + KRUG_SIG + '\n', cs, cte)
    extra = [('X-Mailer', 'The Bat! (v10.4.6) Professional'),
             ('X-Priority', '3 (Normal)')]
    return finalize(body, KRUG, date, subject, cs, mid(key, 'bat'), irt=irt, extra=extra)


def bat_quote(q, initials='ДО'):
    dt = q['date']
    head = 'Вы писали %d ноября 2026 г., %d:%02d:%02d:' % (dt.day, dt.hour, dt.minute, 11)
    return head + '\n\n' + '\n'.join('%s> %s' % (initials, x) if x else '%s>' % initials for x in q['text'].split('\n'))


# --------------------------------------------------------------------------- bank letters (inner)

BANK_SIG = ('С уважением,\nМорозова Ирина Олеговна\nведущий специалист отдела АХО\nПАО Банк «Волга-Кредит»\n'
            'тел. +7 (8452) 20-33-91, вн. 1187')


def bank(date, subject, text, to=(COORD,), cc=()):
    return {'from': BANK, 'date': date, 'to': list(to), 'cc': list(cc), 'subject': subject,
            'text': text + '\n\n' + BANK_SIG}


def disp(date, subject, text, to=(COORD,), cc=()):
    return {'from': DISP, 'date': date, 'to': list(to), 'cc': list(cc), 'subject': subject,
            'text': text + '\n\nКоваленко Марина\nдиспетчер ОМИС\n+7 (495) 780-41-16',
            'id': mid('disp' + subject + str(date), 'disp')}


# --------------------------------------------------------------------------- machine letters

def mdn(key, date, orig_subject, orig_id, orig_date):
    m = MIMEMultipart('report', report_type='disposition-notification')
    del m['MIME-Version']
    txt = ('Ваше сообщение\n\n    Кому: %s\n    Тема: %s\n    Отправлено: %s\n\nбыло прочитано %s.\n'
           % (fmt_pair(COORD), orig_subject, orig_date.strftime('%d.%m.%Y %H:%M').replace(' 0', ' '),
              date.strftime('%d.%m.%Y %H:%M').replace(' 0', ' ')))
    m.attach(leaf('plain', txt, 'windows-1251', 'quoted-printable'))
    dn = Message()
    dn['Reporting-UA'] = 'EXCH01.tk-povolzhye.local; Microsoft Exchange Server'
    dn['Final-Recipient'] = 'rfc822;' + COORD[1]
    dn['Original-Message-ID'] = orig_id
    dn['Disposition'] = 'manual-action/MDN-sent-manually; displayed'
    part = MIMEMessage(dn, 'disposition-notification')
    del part['MIME-Version']
    m.attach(part)
    extra = [('Content-Language', 'ru-RU'), ('X-Mailer', 'Microsoft Outlook 16.0')]
    return finalize(m, COORD, date, 'Прочитано: ' + orig_subject, 'windows-1251', mid(key, 'outlook'),
                    irt=orig_id, extra=extra)


def autoreply(key, who, date, orig_subject, text, orig_id):
    body = alt(leaf('plain', text + '\n', 'utf-8', 'base64'),
               leaf('html', '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                            '<body><div style="font-family:Calibri,sans-serif;font-size:11pt">%s</div></body></html>\n'
                            % nl2br(text), 'utf-8', 'base64'))
    extra = [('Auto-Submitted', 'auto-replied'),
             ('X-Auto-Response-Suppress', 'All'),
             ('X-MS-Exchange-Inbox-Rules-Loop', who[1]),
             ('Content-Language', 'ru-RU')]
    return finalize(body, who, date, 'Автоматический ответ: ' + orig_subject, 'utf-8', mid(key, 'outlook'),
                    irt=orig_id, extra=extra)


def bounce(key, date, orig):
    m = MIMEMultipart('report', report_type='delivery-status')
    del m['MIME-Version']
    txt = ('This is the mail system at host mx1.tk-povolzhye.ru.\n\n'
           "I'm sorry to have to inform you that your message could not\n"
           'be delivered to one or more recipients. It\'s attached below.\n\n'
           'For further assistance, please send mail to postmaster.\n\n'
           'If you do so, please include this problem report. You can\n'
           'delete your own text from the attached returned message.\n\n'
           '                   The mail system\n\n'
           '<v.sidorov@tk-povolzhye.ru>: host exch01.tk-povolzhye.local[10.10.4.12] said:\n'
           '    550 5.1.1 RESOLVER.ADR.RecipNotFound; not found (in reply to RCPT TO command)\n')
    p1 = leaf('plain', txt, 'us-ascii', '7bit')
    p1.add_header('Content-Description', 'Notification')
    m.attach(p1)
    ds = Message()
    ds.set_type('message/delivery-status')
    del ds['MIME-Version']
    f1 = Message()
    f1['Reporting-MTA'] = 'dns; mx1.tk-povolzhye.ru'
    f1['X-Postfix-Queue-ID'] = '4Rk2Yb0ZQ1z9tT'
    f1['Arrival-Date'] = format_datetime(date - timedelta(seconds=3))
    f2 = Message()
    f2['Final-Recipient'] = 'rfc822; v.sidorov@tk-povolzhye.ru'
    f2['Original-Recipient'] = 'rfc822;v.sidorov@tk-povolzhye.ru'
    f2['Action'] = 'failed'
    f2['Status'] = '5.1.1'
    f2['Remote-MTA'] = 'dns; exch01.tk-povolzhye.local'
    f2['Diagnostic-Code'] = 'smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
    ds.set_payload([f1, f2])
    ds.add_header('Content-Description', 'Delivery report')
    m.attach(ds)
    om = leaf('plain', orig['text'] + '\n', 'utf-8', 'base64')
    finalize(om, DISP, orig['date'], orig['subject'], 'utf-8', orig['id'],
             to=[('Сидоров Виталий', 'v.sidorov@tk-povolzhye.ru')])
    op = MIMEMessage(om)
    del op['MIME-Version']
    op.add_header('Content-Description', 'Undelivered Message')
    m.attach(op)
    extra = [('Auto-Submitted', 'auto-replied')]
    return finalize(m, DAEMON, date, 'Undelivered Mail Returned to Sender', 'us-ascii', mid(key, 'pf'),
                    to=(('', DISP[1]),), extra=extra)


def calendar_reply(key, date, subject, dtstart, dtend, uid):
    ics = ('BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\n'
           'BEGIN:VTIMEZONE\r\nTZID:Russia TZ 3 Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n'
           'TZOFFSETFROM:+0400\r\nTZOFFSETTO:+0400\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n'
           'BEGIN:VEVENT\r\n'
           'ATTENDEE;PARTSTAT=ACCEPTED;CN=Гордеева Елена Викторовна:mailto:e.gordeeva@tk-povolzhye.ru\r\n'
           'COMMENT;LANGUAGE=ru-RU:\\n\r\n'
           'SUMMARY;LANGUAGE=ru-RU:Принято: %s\r\n'
           'DTSTART;TZID=Russia TZ 3 Standard Time:%s\r\n'
           'DTEND;TZID=Russia TZ 3 Standard Time:%s\r\n'
           'UID:%s\r\nCLASS:PUBLIC\r\nPRIORITY:5\r\nDTSTAMP:%s\r\nTRANSP:OPAQUE\r\nSTATUS:CONFIRMED\r\n'
           'SEQUENCE:0\r\nLOCATION;LANGUAGE=ru-RU:Microsoft Teams\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'
           % (subject, dtstart, dtend, uid, date.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')))
    body = alt(leaf('plain', '\n', 'utf-8', 'base64'))
    cal = MIMENonMultipart('text', 'calendar', charset='utf-8', method='REPLY')
    del cal['MIME-Version']
    cal.set_payload(base64.encodebytes(ics.encode('utf-8')).decode('ascii'))
    cal['Content-Transfer-Encoding'] = 'base64'
    body.attach(cal)
    extra = [('Content-Language', 'ru-RU'), ('X-MS-Exchange-Calendar-Series-Instance-Id', 'BAAAAIIA4AB0xbcQGoLgCAAAAAB'),
             ('X-MS-TNEF-Correlator', ''), ('X-Mailer', 'Microsoft Outlook 16.0')]
    return finalize(body, COORD, date, 'Принято: ' + subject, 'utf-8', mid(key, 'outlook'), extra=extra)


def newsletter(key, date):
    subj = 'Зима близко: подготовьте вентиляцию и кондиционеры офиса — скидка 15% до 15.12'
    text = ('ТехноКлимат-Поволжье | Новости сервиса, ноябрь 2026\n\n'
            'Уважаемые партнёры!\n\n'
            'С наступлением отопительного сезона приточные установки работают в самом тяжёлом режиме: '
            'замерзание калориферов, обрыв ремней, забитые фильтры. До 15.12.2026 действует скидка 15% на '
            'сезонное ТО приточно-вытяжных установок и перевод чиллеров в зимний режим.\n\n'
            '* Выезд инженера по Саратову и Энгельсу — в день обращения\n'
            '* Области (Балаково, Вольск, Пугачёв) — в течение 48 часов\n'
            '* Заявки принимаются круглосуточно: +7 (8452) 99-12-00, service@tk-povolzhye.ru\n\n'
            'Новое в нашем парке: 2 сервисных автомобиля и течеискатель Testo 316-4.\n\n'
            'Вы получили это письмо, так как являетесь клиентом АО «ТехноКлимат-Поволжье».\n'
            'Отписаться от рассылки: https://tk-povolzhye.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru\n')
    htm = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Новости сервиса</title></head>'
           '<body style="margin:0;background:#eef3f7"><table width="100%" cellpadding="0" cellspacing="0">'
           '<tr><td align="center"><table width="600" style="background:#ffffff;font-family:Arial">'
           '<tr><td style="background:#0b5394;color:#fff;padding:16px;font-size:20px">ТехноКлимат-Поволжье</td></tr>'
           '<tr><td style="padding:16px">' + nl2br(text) + '</td></tr>'
           '</table></td></tr></table>'
           '<img src="https://mail.tk-povolzhye.ru/track/open.gif?c=nov26&amp;u=7731" width="1" height="1" alt=""></body></html>\n')
    body = alt(leaf('plain', text, 'utf-8', 'quoted-printable'), leaf('html', htm, 'utf-8', 'quoted-printable'))
    extra = [('Precedence', 'bulk'),
             ('List-Id', enc_subject('Новости ТехноКлимат', 'utf-8') + ' <news.tk-povolzhye.ru>'),
             ('List-Unsubscribe', '<https://tk-povolzhye.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru>, <mailto:unsubscribe@tk-povolzhye.ru>'),
             ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
             ('X-Mailer', 'Sendsay Mailer 4.2')]
    return finalize(body, NEWS, date, subj, 'utf-8', mid(key, 'pf'), extra=extra)


# =========================================================================== LETTERS
LETTERS = []


def add(msg, label):
    LETTERS.append((msg, label))


def dec(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, OFF = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'

# ---------------------------------------------------------------- 99104 ДО «Заводской»
q = disp(d('11-02 10:12'), 'Заявка 99104 - ДО Заводской, кондиционирование',
         'Елена Викторовна, добрый день!\n\nНаправляем заявку № 99104.\n'
         'Объект: ДО «Заводской», г. Саратов, пр-т Энтузиастов, 34.\n'
         'Поз. 1 — сплит-система в серверной Daikin FTXS35K, течёт конденсат на стойку.\n'
         'Поз. 2 — кассетный кондиционер в операционном зале, не охлаждает.\n'
         'Просим подтвердить принятие и сообщить срок выезда.')
a1 = coord('a1', d('11-02 11:25'), 'RE: ' + q['subject'], [
    ('p', 'Марина, добрый день!'),
    ('h', 'Заявка № 99104 — принята в работу'),
    ('ul', ['**Объект:** ДО «Заводской», пр-т Энтузиастов, д. 34',
            '**Состав:** согласно заявке (2 позиции)',
            '**Ответственный инженер:** Пахомов Сергей Андреевич, +7 927 114-62-09',
            '**Плановый выезд:** 03.11.2026, с 09:00']),
    ('p', 'По факту диагностики направим информацию о необходимости запчастей.'),
], quote=q, irt=q['id'])
add(a1, dec('99104', [], ACC, 'координатор: заявка принята в работу; «2 позиции» — количество, не номер позиции; выезд 03.11 — план'))

qa1 = {'from': COORD, 'date': d('11-02 11:25'), 'text': blocks_plain([
    ('p', 'Марина, добрый день!'), ('h', 'Заявка № 99104 — принята в работу'),
    ('ul', ['Объект: ДО «Заводской», пр-т Энтузиастов, д. 34', 'Состав: согласно заявке (2 позиции)',
            'Ответственный инженер: Пахомов Сергей Андреевич, +7 927 114-62-09', 'Плановый выезд: 03.11.2026, с 09:00'])]).rstrip()}
add(iphone('a2', PAKH, d('11-03 08:40'), 'Re: RE: Заявка 99104 - ДО Заводской, кондиционирование',
           'Выехал на Энтузиастов, буду минут через 25', quote=qa1, irt=a1['Message-ID'], cc=(COORD,)),
    dec('99104', [], WAY, 'номер только в теме Re:; новый текст — выехал на объект; цитата про «принята» не считается'))

add(iphone('a3', PAKH, d('11-03 09:12'), '99104-1',
           'На месте. Начал с серверной, поддон полный, вода на стойку капает'),
    dec('99104', ['1'], ON, 'тема «99104-1»: позиция 1 после дефиса; на месте'))

a4_text = ('Серверная готово — дренаж пробил, помпу Sauermann SI-30 поменял, сплит работает, капать перестало.\n'
           'По кассетнику в зале плата управления сгорела, надо заказывать, сегодня не сделать. Я уехал')
a4 = iphone('a4', PAKH, d('11-03 12:55'), 'Re: 99104-1', a4_text, cte='base64')
add(a4, dec('99104', ['1'], OFF, 'поз.1 (серверная) закончена и уехал; по поз.2 работа не закончена (ждут плату) — только поз.1'))

add(iphone('a5', ILIN, d('11-06 10:20'), '99104 (2)',
           'На Энтузиастов, плату привез, ставлю'),
    dec('99104', ['2'], ON, 'позиция в скобках в теме; на месте'))

add(iphone('a6', ILIN, d('11-06 12:50'), 'Re: 99104 (2)',
           'Кассетник запустил, холодит, на выходе 14 градусов. Уехал',
           quote={'from': ILIN, 'date': d('11-06 10:20'), 'text': 'На Энтузиастов, плату привез, ставлю\n\nОтправлено с iPhone'}),
    dec('99104', ['2'], OFF, 'запустил, уехал; «14 градусов» — не номер; цитата своего же «на месте» не считается'))

# ---------------------------------------------------------------- 99117 ДО «Кировский»
b1 = coord('b1', d('11-02 16:40'), 'Заявка 99117 / ДО «Кировский» – принята', [
    ('p', 'Коллеги, добрый день!'),
    ('h', 'Информируем о принятии заявки'),
    ('ul', ['Номер заявки: **99117**',
            'Объект: ДО «Кировский», г. Саратов, ул. Чапаева, д. 71',
            'Оборудование: приточная установка ПВУ-1 (Systemair TLP 315/7,5)',
            'Статус: **принята в работу**',
            'Планируемая дата выезда: 05.11.2026',
            'Основание: договор № 14/ТО-2026 от 12.01.2026']),
], cs='utf-8', cte='base64')
add(b1, dec('99117', [], ACC, 'статус «принята в работу»; номер договора и модель установки — не номера заявки'))

add(iphone('b2', KHAB, d('11-05 09:05'), '99117', 'едем на чапаева 71 будем минут через 20'),
    dec('99117', [], WAY, 'номер голый в теме; «будем через 20 минут» = в пути; 71 — номер дома'))

inner_b3 = bank(d('11-05 09:48'), 'ДО Кировский - вентиляция',
                'Елена Викторовна, добрый день!\n\nСообщаю, что ваши специалисты прибыли в ДО «Кировский» '
                '(ул. Чапаева, 71) в 09:30 и приступили к работам по приточной установке. '
                'Пропуск оформлен на Хабибуллина Р.Р. и Бочкарёва Д.С.')
add(coord('b3', d('11-05 10:02'), 'FW: ДО Кировский - вентиляция', [
    ('p', 'Марина, добрый день.'),
    ('p', 'Для сведения — подтверждение от банка по заявке **99117**: наши специалисты на объекте.'),
], fwd=inner_b3),
    dec('99117', [], ON, 'пересылка письма банка: специалисты прибыли в 09:30 и приступили; номер — в записке координатора'))

add(iphone('b4', KHAB, d('11-05 15:10'), 'Re: 99117',
           'ПВУ-1 запустили. Ремень поменяли SPA 1250, подшипники смазали, фильтр F7 новый. Закончили, уезжаем'),
    dec('99117', [], OFF, 'закончили, уезжаем; SPA 1250 / F7 — артикулы'))

add(iphone('b5', ILIN, d('11-07 11:30'), '99117 поз 2',
           'На месте, Чапаева 71, смотрю вытяжку в архиве'),
    rev('в заявке 99117 только позиция 1 — позиции 2 нет'))

# ---------------------------------------------------------------- 99132 Головной офис
add(coord('c1', d('11-03 10:15'), 'RE: Заявка № 99132 — Головной офис, Радищева 28', [
    ('p', 'Марина, добрый день!'),
    ('h', 'Заявка № 99132 — Головной офис, ул. Радищева, д. 28'),
    ('table', ['№ поз.', 'Оборудование', 'Статус'], [
        ['1', 'Чиллер Carrier 30RB-0902 (кровля)', 'Принята в работу'],
        ['2', 'Насосная группа Grundfos (тех. этаж)', 'Принята в работу'],
        ['3', 'Фанкойлы 3 этажа (12 шт.)', 'Принята в работу'],
    ]),
    ('ul', ['Выезд бригады: 04.11.2026 с 08:00', 'Старший: Круглов В.С.']),
], quote=disp(d('11-03 09:40'), 'Заявка № 99132 — Головной офис, Радищева 28',
              'Добрый день!\nНаправляем заявку № 99132, головной офис банка, ул. Радищева, 28.\n'
              '1. Чиллер Carrier — авария по низкому давлению.\n2. Насосная группа — течь по уплотнению.\n'
              '3. Фанкойлы 3 эт. — не греют/не охлаждают, шумят.')),
    dec('99132', ['1', '2', '3'], ACC, 'HTML-таблица: по каждой позиции «принята в работу»'))

c2 = bat('c2', d('11-04 07:50'), 'Заявка 99132',
         'Добрый день.\n\nВыезжаем на Радищева, 28 по заявке 99132. Бригада 2 человека, Газель В 991 КА 64.')
add(c2, dec('99132', [], WAY, 'KOI8-R, The Bat!; «выезжаем на» объект; госномер — не номер заявки'))

qc3 = disp(d('11-04 08:02'), 'Re: Заявка 99132', 'Виктор Степанович, принято. Сообщите, пожалуйста, о прибытии.', to=(KRUG,))
add(bat('c3', d('11-04 08:35'), 'Re: Заявка 99132',
        'Здравствуйте, Диспетчерская.\n\n' + bat_quote(qc3) +
        '\n\nПрибыли в 8:30, начинаем с чиллера на кровле.', irt=qc3['id']),
    dec('99132', [], ON, 'ответ под цитатой с префиксом «ДО>»; прибыли — на месте; чиллер упомянут как место начала, позиция номером не названа'))

add(coord('c4', d('11-04 16:30'), 'Отчёт: заявка 99132 выполнена', [
    ('p', 'Марина, добрый день!'),
    ('h', 'Отчёт о выполнении работ по заявке № 99132'),
    ('table', ['Поз.', 'Оборудование', 'Выполнено', 'Статус'], [
        ['1', 'Чиллер Carrier 30RB-0902', 'Замена фильтра-осушителя, дозаправка R410A 2,4 кг, проверка защит', 'Работы завершены'],
        ['2', 'Насосная группа', 'Замена торцевого уплотнения насоса № 2', 'Работы завершены'],
        ['3', 'Фанкойлы 3 этажа', 'Чистка фильтров и дренажа, 12 шт.', 'Работы завершены'],
    ]),
    ('p', 'Бригада убыла с объекта в **16:05**. Акт КС-2 № 1104-7 направим до 10.11.2026.'),
]), dec('99132', ['1', '2', '3'], OFF, 'таблица: все три позиции завершены, бригада убыла 16:05; «насоса № 2», акт № 1104-7 — не номера заявки/позиции'))

# ---------------------------------------------------------------- 99158 ДО «Энгельс»
qd = disp(d('11-04 11:05'), 'Заявка 99158 ДО Энгельс',
          'Артём, добрый день.\nЗаявка 99158, ДО «Энгельс», ул. Тельмана, 150.\n'
          'Поз.1 — сплит кассового узла не охлаждает.\nПоз.2 — сплит в зоне банкоматов, ошибка E5.\n'
          'Просьба подтвердить принятие.', to=(ILIN,), cc=(COORD,))
add(iphone('d1', ILIN, d('11-04 11:30'), 'Re: Заявка 99158 ДО Энгельс', 'Принял', quote=qd, irt=qd['id'],
           with_html=True),
    dec('99158', [], ACC, 'одно слово «Принял» в ответ на письмо с заявкой; позиции — только в цитате'))

add(coord('d4', d('11-04 17:05'), 'FW: ДО Энгельс — пропуск для подрядчика', [
    ('p', 'Марина, добрый вечер.'),
    ('p', 'Пересылаю письмо банка по 99158. Списки на пропуск уже направили, вопрос с охраной решён. '
          'Впредь будем отправлять ФИО за сутки.'),
], fwd=bank(d('11-04 16:20'), 'ДО Энгельс — пропуск для подрядчика',
            'Елена Викторовна, добрый день.\n\nВынуждена снова напомнить: ни вчера, ни сегодня мы не получили от вас '
            'ФИО специалистов для оформления пропуска в ДО «Энгельс». Охрана без списка не пустит. '
            'Прошу направлять данные не позднее чем за сутки, иначе будем вынуждены сообщить в ОМИС.')),
    rev('претензия банка (пропуска) с пояснением координатора; статуса нет'))

add(iphone('d2', ILIN, d('11-05 08:20'), 'Re: Заявка 99158 ДО Энгельс', 'Стою на мосту в пробке, к 9 буду'),
    dec('99158', [], WAY, 'едет, «к 9 буду» — в пути; номер только в теме Re:'))

add(iphone('d3', ILIN, d('11-05 09:04'), 'Энгельс', 'Я на месте. Тельмана 150'),
    rev('номера заявки нет вовсе (только город и адрес)'))

d5_inner = {'from': ILIN, 'date': d('11-05 12:08'), 'to': [COORD], 'subject': '99158',
            'text': 'п.1 и п.2 готово, уехал\n\nОтправлено с iPhone'}
add(iphone('d5', ILIN, d('11-05 12:15'), 'Fwd: 99158', 'Марина, дублирую', fwd=d5_inner, sig=True),
    dec('99158', ['1', '2'], OFF, 'пересланное с iPhone собственное сообщение: п.1 и п.2 готово, уехал'))

# ---------------------------------------------------------------- 99163 ДО «Волжский» (ТО 4 сплит-систем)
qe = disp(d('11-05 10:02'), 'Заявка 99163 — сезонное ТО, ДО Волжский',
          'Елена Викторовна, добрый день!\nОбращение № 99163: сезонное ТО четырёх сплит-систем в ДО «Волжский», '
          'ул. Волжская, 9 (позиции 1–4).\nПросим подтвердить и назначить дату.')
add(mdn('e0', d('11-05 10:20'), qe['subject'], qe['id'], qe['date']),
    ign('уведомление о прочтении (MDN) от Outlook'))

add(coord('e1', d('11-05 10:40'), 'RE: Заявка 99163 — сезонное ТО, ДО Волжский', [
    ('p', 'Марина, добрый день!'),
    ('h', 'Обращение № 99163 принято'),
    ('ul', ['ТО четырёх сплит-систем запланировано на **10.11.2026 (вторник)**',
            'Исполнитель: Пахомов С.А.',
            'Время работ: с 09:00, по согласованию с управляющим ДО']),
], quote=qe, irt=qe['id'], cs='utf-8', cte='quoted-printable'),
    dec('99163', [], ACC, '«обращение принято»; дата ТО — план'))

add(iphone('e2', PAKH, d('11-10 08:30'), '#99163', 'Выехал на Волжскую'),
    dec('99163', [], WAY, 'номер с # в теме; выехал на объект'))

add(iphone('e3', PAKH, d('11-10 09:05'), 'Re: #99163', 'Прибытие 9:05',
           quote={'from': PAKH, 'date': d('11-10 08:30'), 'text': 'Выехал на Волжскую\n\nОтправлено с iPhone'}),
    dec('99163', [], ON, '«Прибытие 9:05» — существительное со временем; в цитате — старое «выехал»'))

add(iphone('e4', PAKH, d('11-10 11:40'), '99163 поз 1,2',
           'ТО поз1 и поз2 выполнено.\n3 и 4 в кабинете управляющего, он закрыт, ключа ни у кого нет. Доделаю в четверг. Уехал'),
    dec('99163', ['1', '2'], OFF, 'поз1 и поз2 выполнены, уехал; 3 и 4 — только план на четверг'))

add(iphone('e5', PAKH, d('11-12 10:50'), 'Re: 99163 поз 1,2',
           'по 3-й и 4-й тоже готово, ТО сделал, уехал'),
    dec('99163', ['3', '4'], OFF, 'тема Re: называет поз 1,2, но новый текст — про 3-й и 4-й: готово, уехал'))

# ---------------------------------------------------------------- 99171 ДО «Балаково»
add(coord('f1', d('11-06 09:30'), 'Заявка 99171 ДО «Балаково» — принята в работу', [
    ('p', 'Марина, добрый день!'),
    ('h', 'Заявка № 99171 принята в работу'),
    ('ul', ['Адрес: г. Балаково, ул. Ленина, д. 55',
            'Выезд бригады из Саратова: **09.11 в 6:00** (расстояние ~250 км)',
            'Бригада: Хабибуллин Р.Р., Бочкарёв Д.С.']),
    ('p', 'Просим заранее согласовать с ДО доступ в венткамеру.'),
]), dec('99171', [], ACC, 'принята в работу; выезд 09.11 — план'))

add(iphone('f2', KHAB, d('11-08 19:20'), '99171 вопрос',
           'Марина добрый вечер. В Балаково на объекте есть где газель поставить? И венткамера на каком этаже, в заявке не написано'),
    rev('только вопросы, статуса нет'))

add(iphone('f3', KHAB, d('11-09 06:10'), 'Re: 99171 вопрос', 'Выехали в Балаково. Будем примерно 9:40'),
    dec('99171', [], WAY, 'выехали в Балаково (на объект); тема Re: «вопрос» не мешает'))

add(iphone('f4', KHAB, d('11-09 09:52'), 'Re: 99171 вопрос', 'Доехали, на объекте. Охрана пустила'),
    dec('99171', [], ON, 'доехали, на объекте'))

add(iphone('f5', KHAB, d('11-09 17:40'), '99171',
           'Вентустановку запустили, ремень и подшипник двигателя поменяли. Всё, выехали из Балакова обратно'),
    dec('99171', [], OFF, '«выехали из Балакова» — уехали с объекта, не в пути на объект'))

# ---------------------------------------------------------------- 99144 — нет в реестре
add(iphone('n1', ILIN, d('11-06 14:00'), 'Заявка 99144', 'Заявку 99144 принял, завтра с утра посмотрю'),
    rev('номер 99144 отсутствует в реестре'))

# ---------------------------------------------------------------- 99186 ДО «Солнечный» (позиции 01, 02)
add(coord('g1', d('11-09 10:50'), 'Заявка № 99186 — ДО «Солнечный»', [
    ('p', 'Марина, добрый день!'),
    ('h', 'Принята в работу'),
    ('ul', ['Поз. 01 — сплит-система кабинета кредитования (не включается)',
            'Поз. 02 — сплит-система зоны ожидания (утечка хладагента)']),
    ('p', 'Обе позиции приняты, выезд — 10.11.2026. Адрес: ул. Топольчанская, д. 3.'),
]), dec('99186', ['01', '02'], ACC, 'обе позиции 01 и 02 названы и приняты'))

add(iphone('g2', ILIN, d('11-10 09:30'), '99186',
           'По 99186 ещё не выехал, жду фреон R410A со склада, обещают к обеду'),
    rev('отрицание: ещё не выехал'))

add(iphone('g3', ILIN, d('11-10 13:55'), '99186 выехал', 'Фреон забрал, еду на Топольчанскую'),
    dec('99186', [], WAY, 'еду на объект'))

add(iphone('g4', ILIN, d('11-10 14:45'), 'Re: 99186 выехал', 'На мсете'),
    dec('99186', [], ON, 'опечатка «мсете» = на месте; тема Re: со старым статусом «выехал»'))

add(iphone('g5', ILIN, d('11-10 17:30'), '99186',
           'по 1й — контактор поменял, запустился\nпо 2й утечку на вальцовке нашел, перевальцевал, заправил 1.1 кг\nуехал',
           cte='base64'),
    dec('99186', ['01', '02'], OFF, '«1й» и «2й» = позиции 01 и 02 реестра; уехал'))

# ---------------------------------------------------------------- 99203 ОО «Вольск»
qh = disp(d('11-10 12:40'), 'Заявка 99203 ОО Вольск',
          'Виктор Степанович, добрый день.\nЗаявка 99203, ОО «Вольск», ул. Октябрьская, 110.\n'
          'П.1 — сплит операционного зала, обмерзает.\nП.2 — сплит кассы, грязный теплообменник.',
          to=(KRUG,), cc=(COORD,))
add(bat('h1', d('11-10 13:05'), 'Re: Заявка 99203 ОО Вольск',
        'Добрый день.\n\nЗаявку 99203 принял. Выезд завтра в 7:00, в Вольске будем около 9.\n\n'
        '-----Original Message-----\nFrom: %s\nSent: Tuesday, November 10, 2026 12:40 PM\nTo: %s\n'
        'Cc: %s\nSubject: %s\n\n%s' % (fmt_pair(DISP), fmt_pair(KRUG), fmt_pair(COORD), qh['subject'],
                                         '\n'.join('> ' + x for x in qh['text'].split('\n'))),
        irt=qh['id'], cte='quoted-printable', cs='utf-8'),
    dec('99203', [], ACC, 'принял; выезд завтра — план; ниже цитата -----Original Message-----'))

add(bat('h2', d('11-11 07:05'), 'Заявка 99203',
        'Выехали в Вольск по наряду 99203, в дороге около двух часов.'),
    dec('99203', [], WAY, '«по наряду 99203»; выехали в Вольск'))

h3_att = leaf('plain', 'Елена Викторовна, добрый день.\n\nПодтверждаю: специалисты ТехноКлимат (Круглов В.С., '
                       'Бочкарёв Д.С.) прибыли в ОО «Вольск» в 09:10, работают в операционном зале.\n\n' + BANK_SIG + '\n',
              'utf-8', 'base64')
finalize(h3_att, BANK, d('11-11 09:26'), 'ОО Вольск — кондиционеры', 'utf-8', '<b3f1c0a9e2@volgacredit.ru>',
         to=[COORD], extra=[('X-Mailer', 'Microsoft Outlook 16.0')])
add(coord('h3', d('11-11 09:40'), 'FW: ОО Вольск — кондиционеры', [
    ('p', 'Марина, доброе утро!'),
    ('p', 'По заявке 99203 — подтверждение прибытия от банка во вложении.'),
], attach_msg=h3_att),
    dec('99203', [], ON, 'пересылка вложением (message/rfc822): банк подтверждает прибытие в 09:10'))

add(bat('h4', d('11-11 16:10'), 'Заявка 99203 - выполнено',
        'По заявке 99203:\n'
        'п.1 - заменён ТРВ Danfoss TE2 068Z3209 (накладная N 99318 от 10.11), система заправлена;\n'
        'п.2 - промыт теплообменник наружного блока, дренаж прочищен.\n\n'
        'Работы завершены, в 15:50 выехали из Вольска в Саратов.'),
    dec('99203', ['1', '2'], OFF, 'п.1 и п.2 выполнены, выехали из Вольска; накладная № 99318 и артикул — не номера заявки'))

# ---------------------------------------------------------------- 99219 ДО «Ленинский»
qi = disp(d('11-11 09:40'), 'Заявка 99219 — ДО Ленинский',
          'Коллеги, добрый день.\nЗаявка 99219, ДО «Ленинский», ул. Московская, 12.\n'
          'П.1 — сплит в зале, п.2 — сплит в серверной, п.3 — сплит в переговорной. Не охлаждают.',
          to=(PAKH, KHAB), cc=(COORD,))
add(autoreply('i1', KHAB, d('11-11 09:41'), qi['subject'],
              'Добрый день!\n\nЯ в отпуске с 11.11 по 13.11 включительно, почту не читаю.\n'
              'По заявкам обращайтесь к координатору Гордеевой Елене Викторовне, +7 (8452) 99-12-03 доб. 214, '
              'e.gordeeva@tk-povolzhye.ru.\n\nХабибуллин Руслан', qi['id']),
    ign('автоответ об отпуске (Auto-Submitted), в теме номер заявки'))

add(iphone('i2', PAKH, d('11-11 10:00'), 'Re: Заявка 99219 — ДО Ленинский', 'Принял, буду сегодня после 14',
           quote=qi, irt=qi['id'], cte='base64'),
    dec('99219', [], ACC, 'принял; «после 14» — план выезда'))

add(iphone('i3', PAKH, d('11-11 13:40'), '99219', 'Еду на Московскую 12'),
    dec('99219', [], WAY, 'еду; 12 — номер дома'))

add(iphone('i4', PAKH, d('11-11 14:10'), 'Re: 99219', 'На объекте с 14:05'),
    dec('99219', [], ON, 'на объекте'))

add(iphone('i5', PAKH, d('11-11 17:05'), 'Re: 99219',
           'п1 готово\nп2 еще вожусь, компрессор не стартует, похоже пусковой конденсатор\nп3 завтра'),
    rev('разные статусы по позициям: п1 закончена, п2 ещё на месте в работе, п3 — план'))

add(coord('o3', d('11-12 09:15'), 'Автоматический ответ: Заявка 99203 — акт выполненных работ', [
    ('p', 'Добрый день!'),
    ('p', 'Я нахожусь в командировке до 13.11.2026 с ограниченным доступом к почте. '
          'По срочным вопросам: инженер Пахомов С.А., +7 927 114-62-09, s.pakhomov@tk-povolzhye.ru.'),
], cs='utf-8', cte='base64'), ign('автоответ Outlook о командировке'))
# mark as auto-reply
LETTERS[-1][0]['Auto-Submitted'] = 'auto-replied'
LETTERS[-1][0]['X-Auto-Response-Suppress'] = 'All'

add(iphone('i6', ILIN, d('11-12 13:20'), '99219 п2 п3',
           'Вчера Сергей не доделал, я закрыл. На п2 поменяли пусковой конденсатор 35 мкФ, работает. п3 почистили, заправили. Бригада освободилась',
           with_html=True),
    dec('99219', ['2', '3'], OFF, 'п2 и п3 выполнены, «бригада освободилась»; 35 мкФ — не номер'))

# ---------------------------------------------------------------- newsletter
add(newsletter('o2', d('11-13 10:00')), ign('рассылка (Precedence: bulk, List-Unsubscribe)'))

# ---------------------------------------------------------------- 99240 ДО «Фрунзенский»
add(iphone('j1', KHAB, d('11-16 10:30'), 'Re: Заявка 99240', 'взял в работу',
           quote=disp(d('11-16 10:05'), 'Заявка 99240',
                      'Руслан, добрый день. Заявка 99240, ДО «Фрунзенский», ул. Рахова, 187, '
                      'наружный блок VRF на кровле, ошибка компрессора.', to=(KHAB,))),
    dec('99240', [], ACC, '«взял в работу»'))

add(coord('j2', d('11-16 15:00'), 'Заявка 99240 — выезд', [
    ('p', 'Марина, добрый день!'),
    ('p', 'Выезд по заявке **99240** планируется на 17.11.2026 с 08:30.'),
    ('ul', ['Просим уведомить управляющего ДО «Фрунзенский»',
            'Обеспечить доступ к наружному блоку на кровле (ключ от выхода на кровлю)']),
]), rev('только план выезда и просьба о доступе'))

qj3 = disp(d('11-16 16:55'), 'Re: Заявка 99240 — доступ',
           'Руслан, доступ в ДО только с 8:30 до 9:30, до открытия. Ключ от кровли у охраны, пропуск на вас оформлен.',
           to=(KHAB,))
add(iphone('j3', KHAB, d('11-16 17:20'), 'Re: Заявка 99240 — доступ', 'Принято, спасибо', quote=qj3, irt=qj3['id']),
    rev('«Принято, спасибо» — подтверждение получения сообщения диспетчера о доступе, не статус'))

add(iphone('j4', KHAB, d('11-17 08:10'), '99240', 'Выдвигаемся на Рахова'),
    dec('99240', [], WAY, 'выдвигаемся — в пути'))

add(iphone('j5', KHAB, d('11-17 08:40'), 'Re: 99240', 'Нa мeсте'),
    dec('99240', [], ON, 'латинские a и e внутри «Нa мeсте»'))

add(iphone('j6', KHAB, d('11-17 11:55'), 'Re: 99240',
           'ГОТОВО. КОМПРЕССОР ЗАПУСТИЛИ ДАВЛЕНИЕ В НОРМЕ. УБЫЛИ'),
    dec('99240', [], OFF, 'капсом: готово, убыли'))

# ---------------------------------------------------------------- 99257 Головной офис, серверная
add(coord('k1', d('11-17 11:15'), 'RE: Заявка 99257 — серверная ГО', [
    ('p', 'Марина, добрый день!'),
    ('h', 'Заявка № 99257 (серверная, ул. Радищева, 28) — принята в работу'),
    ('ul', ['Исполнитель: Круглов В.С. + 1 инженер',
            'Выезд: 18.11.2026, 08:30',
            'Для допуска в серверную просим включить в список: Круглов В.С., паспорт 63 15 №445120; Бочкарёв Д.С., паспорт 63 18 №702318']),
], quote=disp(d('11-17 10:50'), 'Заявка 99257 — серверная ГО',
              'Добрый день. Заявка 99257, головной офис, серверная: п.1 и п.2 — прецизионные кондиционеры, '
              'авария по высокому давлению на п.2, плановая проверка п.1.')),
    dec('99257', [], ACC, 'принята в работу; паспортные номера — не номера заявки'))

add(calendar_reply('o1', d('11-19 09:40'), 'Совещание: итоги по 99132 / ход работ по 99257',
                   '20261120T110000', '20261120T120000', '040000008200E00074C5B7101A82E00800000000D0A3F1C2'),
    ign('ответ на приглашение календаря («Принято:»), генерирует почтовый клиент'))

add(bat('k3', d('11-18 08:05'), 'Радищева',
        'Едем на Радищева 28 (99257), будем к 8:30.', cte='quoted-printable'),
    dec('99257', [], WAY, 'номер в скобках после адреса; едем'))

add(bat('k4', d('11-18 08:50'), 'Радищева 28',
        'По 99257 и заодно по 99132 (гарантийный осмотр чиллера после ремонта) - прибыли, Радищева 28, '
        'ждём сотрудника банка с допуском.'),
    rev('две разные заявки в одном письме (99257 и 99132)'))

add(bat('k5', d('11-18 15:30'), 'Заявка 99257',
        'По 99257:\nпоз.1 - работы завершены, кондиционер в работе, параметры в норме.\n'
        'поз.2 - требуется замена вентилятора конденсатора, ждём поставку (КП направит Гордеева Е.В.).\n\n'
        'Бригада с объекта убыла в 15:20.'),
    dec('99257', ['1'], OFF, 'поз.1 завершена, бригада убыла; поз.2 не закончена (ждут вентилятор)'))

add(coord('k6', d('11-18 17:30'), 'КП по заявке 99257 — вентилятор конденсатора', [
    ('p', 'Марина, добрый вечер!'),
    ('h', 'Коммерческое предложение № КП-1118/3'),
    ('ul', ['Заявка: 99257, поз. 2 (прецизионный кондиционер серверной)',
            'Работы: замена вентилятора конденсатора EBM-Papst W3G800-GU23-01',
            'Стоимость: **148 500,00 руб.** с НДС 20%',
            'Срок поставки: 5–7 рабочих дней после согласования']),
    ('p', 'Просим согласовать КП для запуска закупки.'),
]), rev('коммерческое предложение, согласование цены; статуса нет'))

add(coord('k7', d('11-26 15:00'), 'FW: 99257 поз.2 — вентилятор установлен', [
    ('p', 'Марина, добрый день!'),
    ('p', 'Пересылаю отчёт инженера, позиция 2 закрыта.'),
], fwd={'from': KRUG, 'date': d('11-26 14:35'), 'to': [COORD], 'subject': '99257 поз.2 — вентилятор установлен',
        'text': 'Елена Викторовна,\n\nпо второй позиции вентилятор установили, прецизионный кондиционер в работе, '
                'температура в серверной 22 °C. Убыли в 14:20.\n\n' + KRUG_SIG}, cs='utf-8', cte='quoted-printable'),
    dec('99257', ['2'], OFF, 'пересланный отчёт инженера: «по второй позиции» установили, убыли 14:20'))

# ---------------------------------------------------------------- 99275 ДО «Октябрьский»
add(coord('l1', d('11-19 10:40'), 'Заявка 99275', [
    ('p', 'Марина, добрый день.'),
    ('p', 'Подтверждаем принятие заявки **99275** (ДО «Октябрьский», ул. Б. Садовая, 239). '
          'Исполнитель — Ильин А.Д., выезд 20.11 утром.'),
], cs='utf-8', cte='base64', html_only=True),
    dec('99275', [], ACC, 'HTML без текстовой части; подтверждаем принятие'))

ql2 = disp(d('11-19 11:01'), 'Заявка 99275 — уточнение по доступу',
           'Виталий, добрый день. По заявке 99275 просьба сообщить, когда бригада будет на месте, '
           'управляющий ДО встретит лично.', to=(('Сидоров Виталий', 'v.sidorov@tk-povolzhye.ru'),))
add(bounce('l2', d('11-19 11:01'), ql2), ign('отчёт о недоставке (bounce) — адрес уволенного сотрудника'))

add(iphone('l3', ILIN, d('11-20 08:15'), '99275', 'Выехл на Садовую'),
    dec('99275', [], WAY, 'опечатка «Выехл»; на объект'))

add(coord('l4', d('11-20 13:00'), 'Промежуточный статус: заявка 99275', [
    ('p', 'Марина, добрый день!'),
    ('h', 'Промежуточный статус по заявке № 99275'),
    ('table', ['Поз.', 'Оборудование', 'Состояние'], [
        ['1', 'Кассетный кондиционер зала', 'Выполнено'],
        ['2', 'Сплит-система кассы', 'В работе, инженер на объекте'],
        ['3', 'Вентиляция серверной', 'Не начато — ждём доступ в серверную'],
    ]),
]), rev('разные статусы по позициям в одной таблице (1 выполнено, 2 на месте, 3 не начато)'))

add(iphone('l5', ILIN, d('11-20 17:45'), 'Re: 99275',
           '99275 поз 1, 2, 3 — закрыл, всё работает, уехал. Акт подписали у управляющей'),
    dec('99275', ['1', '2', '3'], OFF, 'все три позиции названы: закрыл, уехал'))

# ---------------------------------------------------------------- 99290 ДО «Пугачёв»
add(coord('m1', d('11-23 10:10'), 'RE: Заявка 99290 ДО Пугачёв', [
    ('p', 'Марина, добрый день!'),
    ('h', 'Заявка 99290 принята'),
    ('ul', ['Объект: г. Пугачёв, ул. Топорковская, д. 40',
            'Выезд: 25.11.2026, бригада Хабибуллина Р.Р.']),
], quote=disp(d('11-23 09:55'), 'Заявка 99290 ДО Пугачёв',
              'Добрый день. Заявка 99290, ДО «Пугачёв», не работает кондиционер операционного зала.')),
    dec('99290', [], ACC, 'заявка принята; выезд 25.11 — план'))

add(iphone('m2', KHAB, d('11-24 16:00'), '99290',
           'По 99290 завтра не едем, газель в ремонте (В 991 КА 64). Перенос на 26.11, Елена Викторовна в курсе'),
    rev('перенос выезда — план, статуса нет'))

add(iphone('m3', KHAB, d('11-26 06:30'), 'Re: 99290', 'Выехали на Пугачев'),
    dec('99290', [], WAY, 'выехали на объект'))

add(coord('m4', d('11-26 16:20'), 'FW: ДО Пугачёв — кондиционер', [
    ('p', 'Марина, для сведения — по 99290.'),
], fwd=bank(d('11-26 16:02'), 'ДО Пугачёв — кондиционер',
            'Елена Викторовна, добрый день!\n\nДО «Пугачёв» сообщает: ваши специалисты прибыли в 10:20, '
            'закончили работы по кондиционеру и уехали в 15:40, акт подписан управляющим. Спасибо!')),
    dec('99290', [], OFF, 'пересылка письма банка: прибыли 10:20 и уехали 15:40 — последнее событие убыл'))


# =========================================================================== write
def main():
    ld = os.path.join(OUT, 'letters')
    os.makedirs(ld, exist_ok=True)
    for f in os.listdir(ld):
        os.remove(os.path.join(ld, f))
    from email.utils import parsedate_to_datetime
    items = sorted(LETTERS, key=lambda x: parsedate_to_datetime(x[0]['Date']))
    regat = {r['number']: datetime.fromisoformat(r['registered_at']) for r in REGISTRY['requests']}
    for msg, lab in items:
        if lab['expect'] == 'decided':
            assert parsedate_to_datetime(msg['Date']) > regat[lab['request']], (msg['Subject'], lab)
    labels = {}
    for i, (msg, lab) in enumerate(items, 1):
        name = '%03d.eml' % i
        with open(os.path.join(ld, name), 'wb') as fh:
            fh.write(msg.as_bytes())
        labels[name] = lab
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    print(len(labels), 'letters')


if __name__ == '__main__':
    main()
