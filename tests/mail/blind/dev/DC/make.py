# -*- coding: utf-8 -*-
"""Generator of test letters for persona DC:
ГАУ РК «Центр технического надзора» (Петрозаводск) - intermediary that relays
reports of three subcontractors to the customer's dispatch mailbox.

Run: python3 make.py   (writes letters/, labels.json, registry.json)
"""
import os, re, json, base64, quopri, random, hashlib
from datetime import datetime, timezone, timedelta
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=3))
rnd = random.Random(20261102)

DISPATCH_NAME = 'Диспетчерская служба'
DISPATCH = 'dispatch@zakazchik-omis.ru'

# ---------------------------------------------------------------- people
P = ('Петрова Ольга Викторовна', 'petrova.ov@ctn-karelia.ru')      # Outlook, windows-1251
S = ('Савельев Игорь Николаевич', 'saveliev.in@ctn-karelia.ru')    # Outlook, windows-1251
K = ('Канцелярия ГАУ РК ЦТН', 'kanc@ctn-karelia.ru')               # Lotus Notes, UTF-8
D = ('Дежурный диспетчер ЦТН', 'dds@ctn-karelia.ru')               # Thunderbird, UTF-8
N = ('Рассылка ГАУ РК «ЦТН»', 'noreply@ctn-karelia.ru')
MD = ('Mail Delivery System', 'MAILER-DAEMON@mx.ctn-karelia.ru')

# subcontractors (appear only inside forwarded / quoted material)
EREMIN = ('Ерёмин Сергей Петрович', 'eremin@onegateplo.ru')        # ООО «Онегатеплосервис», Thunderbird UTF-8
KUKK = ('Kukkonen A.V.', 'kukkonen@sampo.ru')                      # ИП Кукконен, mutt, KOI8-R
LIFT = ('Лисицына Наталья', 'dispatch@karelift.ru')               # ООО «КарелЛифтСервис», Outlook cp1251

SIG_P = """С уважением,
Петрова Ольга Викторовна
ведущий специалист отдела технического контроля
ГАУ РК «Центр технического надзора»
тел. (8142) 76-45-12, факс (8142) 76-45-10
185035, г. Петрозаводск, ул. Куйбышева, д. 5"""

SIG_S = """Начальник отдела технического контроля
ГАУ РК «Центр технического надзора»
И.Н. Савельев
тел. (8142) 76-45-11"""

SIG_K = """Канцелярия ГАУ РК «Центр технического надзора»
Исп. Ковалёва Т.А., тел. (8142) 76-45-00"""

SIG_D = """--
Дежурный диспетчер ГАУ РК «ЦТН»
Мартыненко Денис Сергеевич
тел. 8 (8142) 76-45-20, моб. +7 911 401-27-83"""

SIG_EREMIN = """--
Ерёмин С.П., мастер участка
ООО «Онегатеплосервис»
8-921-455-17-30"""

SIG_KUKK = """-- 
Кукконен А.В.
т. 8-921-455-96-02"""

SIG_LIFT = """С уважением,
диспетчер ООО "КарелЛифтСервис"
Лисицына Н.А., тел. (8142) 59-30-11"""

# ---------------------------------------------------------------- encoders

def ew(s, cs, enc='B'):
    """RFC 2047 encode a header value (whole value) if it is not ASCII."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        pass
    maxraw = 42 if enc == 'B' else 18
    # split only between words; the space travels inside the next encoded word
    tokens = []
    for t in re.findall(r'\s*\S+|\s+$', s):
        while len(t.encode(cs)) > maxraw:          # a very long word: cut it
            cut = maxraw
            while len(t[:cut].encode(cs)) > maxraw:
                cut -= 1
            tokens.append(t[:cut])
            t = t[cut:]
        tokens.append(t)
    chunks, buf = [], ''
    for t in tokens:
        if buf and len((buf + t).encode(cs)) > maxraw:
            chunks.append(buf)
            buf = t
        else:
            buf += t
    if buf:
        chunks.append(buf)
    words = []
    for c in chunks:
        b = c.encode(cs)
        if enc == 'B':
            words.append('=?%s?B?%s?=' % (cs, base64.b64encode(b).decode()))
        else:
            q = ''.join(chr(x) if (x < 128 and chr(x).isalnum()) else
                        ('_' if x == 32 else '=%02X' % x) for x in b)
            words.append('=?%s?Q?%s?=' % (cs, q))
    return '\n '.join(words)


def addr(person, cs='utf-8', enc='B'):
    """Display names go as one B-encoded word, as Outlook/Thunderbird do for short names."""
    name, email = person
    try:
        name.encode('ascii')
        return '"%s" <%s>' % (name, email)
    except UnicodeEncodeError:
        b = name.encode(cs)
        assert len(b) <= 42, name
        return '=?%s?B?%s?= <%s>' % (cs, base64.b64encode(b).decode(), email)


def enc_body(text, cs, cte):
    b = text.encode(cs)
    if cte in ('8bit', '7bit'):
        return b if b.endswith(b'\n') else b + b'\n'
    if cte == 'base64':
        s = base64.b64encode(b)
        return b'\n'.join(s[i:i + 76] for i in range(0, len(s), 76)) + b'\n'
    if cte == 'quoted-printable':
        r = quopri.encodestring(b)
        return r if r.endswith(b'\n') else r + b'\n'
    raise ValueError(cte)


def hdrbytes(hdrs):
    return ''.join('%s: %s\n' % (k, v) for k, v in hdrs).encode('ascii')


def leaf(ctype, text, cs, cte, extra=''):
    return ([('Content-Type', '%s; charset="%s"%s' % (ctype, cs, extra)),
             ('Content-Transfer-Encoding', cte)], enc_body(text, cs, cte))


def boundary(tag):
    return '----=_%s_%s' % (tag, hashlib.md5(str(rnd.random()).encode()).hexdigest()[:24])


def multipart(sub, parts, params=''):
    b = boundary('NextPart')
    body = b'This is a multi-part message in MIME format.\n\n'
    for h, pb in parts:
        body += b'--' + b.encode() + b'\n' + hdrbytes(h) + b'\n' + pb
        if not pb.endswith(b'\n'):
            body += b'\n'
    body += b'--' + b.encode() + b'--\n'
    return ([('Content-Type', 'multipart/%s;%s\n\tboundary="%s"' % (sub, params, b))], body)


def rfc822_part(inner_bytes, filename=None):
    h = [('Content-Type', 'message/rfc822' + ('; name="%s"' % filename if filename else ''))]
    h.append(('Content-Disposition', 'attachment' + ('; filename="%s"' % filename if filename else '')))
    return (h, inner_bytes)


def hexs(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))


def msgid(style, dom='ctn-karelia.ru', dt=None):
    if style == 'outlook':
        return '<%s$%s$%s@%s>' % (('0000' + hexs(2) + '01db' + hexs(4)), hexs(8), hexs(8), dom)
    if style == 'tb':
        return '<%s-%s-%s-%s-%s@%s>' % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), dom)
    if style == 'lotus':
        return '<OF%s.%s-ON4325%s.%s-4325%s.%s@%s>' % (hexs(8).upper(), hexs(8).upper(), hexs(4).upper(),
                                                     hexs(8).upper(), hexs(4).upper(), hexs(8).upper(), dom)
    if style == 'mutt':
        return '<%s.GA%d@%s>' % (dt.strftime('%Y%m%d%H%M%S'), rnd.randint(1000, 9999), dom)
    return '<%s.%s@%s>' % (hexs(16), hexs(6), dom)


CLIENT = {
    'outlook': [('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'ru')],
    'tb': [('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2'),
           ('Content-Language', 'ru')],
    'lotus': [('X-Mailer', 'IBM Notes Release 9.0.1FP10 SHF383 February 12, 2019'),
              ('X-Priority', '3 (Normal)')],
    'mutt': [('User-Agent', 'Mutt/1.5.21 (2010-09-15)')],
}


def D_(s):
    """'2026-11-03 10:20' -> aware datetime"""
    return datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=TZ, second=rnd.randint(0, 59))


def ru_date(dt):
    return dt.strftime('%d.%m.%Y %H:%M')


def build(dt, frm, subject, part, client, cs='utf-8', henc='B', to=None, cc=None,
          extra=None, mid=None, reply_to_mid=None):
    to = to or addr((DISPATCH_NAME, DISPATCH), cs)
    hdrs = [('Received', 'from mail.ctn-karelia.ru (mail.ctn-karelia.ru [91.229.131.17])\n'
             '\tby mx.zakazchik-omis.ru (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
             % (hexs(11).upper(), DISPATCH, format_datetime(dt + timedelta(seconds=4))))]
    hdrs.append(('From', addr(frm, cs, henc)))
    hdrs.append(('To', to))
    if cc:
        hdrs.append(('Cc', cc))
    hdrs.append(('Subject', ew(subject, cs, henc)))
    hdrs.append(('Date', format_datetime(dt)))
    hdrs.append(('Message-ID', mid or msgid(client if client in ('outlook', 'tb', 'lotus') else 'x')))
    if reply_to_mid:
        hdrs.append(('In-Reply-To', reply_to_mid))
        hdrs.append(('References', reply_to_mid))
    hdrs += CLIENT.get(client, [])
    hdrs += (extra or [])
    hdrs.append(('MIME-Version', '1.0'))
    ph, pb = part
    return hdrbytes(hdrs + ph) + b'\n' + pb


def inner_msg(dt, frm, to_addr, subject, text, cs, cte, client, henc='B', extra=None):
    """A message as it was received by the intermediary (for forward-as-attachment)."""
    hdrs = [('Date', format_datetime(dt)), ('From', addr(frm, cs, henc)), ('To', to_addr),
            ('Subject', ew(subject, cs, henc)),
            ('Message-ID', msgid(client, frm[1].split('@')[1], dt))]
    hdrs += CLIENT.get(client, []) + (extra or [])
    hdrs.append(('MIME-Version', '1.0'))
    ph, pb = leaf('text/plain', text, cs, cte)
    return hdrbytes(hdrs + ph) + b'\n' + pb


def html_wrap(text, cs):
    text = text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    paras = text.split('\n\n')
    body = ''.join('<p class=MsoNormal>%s<o:p></o:p></p>\n' % p.replace('\n', '<br>\n') for p in paras)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv=Content-Type content="text/html; charset=%s">\n'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n'
            '</head>\n<body lang=RU>\n<div class=WordSection1>\n%s</div>\n</body>\n</html>\n' % (cs, body))


def html_table(intro, rows, outro, cs):
    th = ''.join('<td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:2pt 5pt"><b>%s</b></td>' % c
                 for c in ('№ п/п', 'Объект', 'Позиция', 'Статус', 'Время'))
    trs = ''
    for r in rows:
        trs += '<tr>' + ''.join('<td style="border:solid windowtext 1.0pt;padding:2pt 5pt">%s</td>' % c
                                for c in r) + '</tr>\n'
    return ('<html>\n<head>\n<meta http-equiv=Content-Type content="text/html; charset=%s">\n</head>\n'
            '<body lang=RU style="font-family:Times New Roman;font-size:12pt">\n%s\n'
            '<table border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">\n<tr>%s</tr>\n%s</table>\n'
            '%s\n</body>\n</html>\n' % (cs, intro, th, trs, outro))


def lotus_head(to, cc, subj):
    return 'Кому:\t%s\nКопия:\t%s\nТема:\t%s\n\n\n' % (to, cc, subj)


def p2html(t):
    return t.replace('\n', '<br>\n')


LETTERS = []


def add(dt, data, label):
    LETTERS.append((dt, data, label))


def dec(req, pos, status, note):
    return {'expect': 'decided', 'request': req, 'positions': pos, 'status': status, 'note': note}


def rev(note):
    return {'expect': 'review', 'note': note}


def ign(note):
    return {'expect': 'ignored', 'note': note}


ACC, WAY, ON, LEFT = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'
W = 'windows-1251'
U = 'utf-8'
KO = 'koi8-r'

# ======================================================================
# 995014 - больница, вентиляция корпусов (1 - корп. А, 2 - корп. Б, 3 - корп. В)
# ======================================================================
dt = D_('2026-11-02 11:40')
txt = """Уважаемая Марина Сергеевна!

Настоящим сообщаем, что заявка № 995014 от 02.11.2026 (обследование систем
приточно-вытяжной вентиляции корпусов ГБУЗ «Республиканская больница
им. В.А. Баранова», г. Петрозаводск, ул. Пирогова, д. 3) получена и принята
ГАУ РК «Центр технического надзора» к исполнению.

Выполнение работ поручено субподрядной организации ООО «Онегатеплосервис»
(ИНН 1001318640, КПП 100101001) в соответствии с п. 4.2.1 контракта
№ 0306200001226000045. Обследование будет проведено в соответствии с
ГОСТ Р 53300-2009 и СП 60.13330.2020.

О ходе выполнения работ будет сообщено дополнительно.

""" + SIG_P
add(dt, build(dt, P, 'Исх. № 12-04/1102 от 02.11.2026 О принятии заявки № 995014',
              leaf('text/plain', txt, W, 'quoted-printable'), 'outlook', W, 'Q'),
    dec('995014', [], ACC, 'formal acceptance letter; INN/KPP/contract/GOST numbers are noise; no position named'))

dt = D_('2026-11-03 10:20')
txt = """Уважаемая Марина Сергеевна!

Доводим до Вашего сведения, что 03.11.2026 в 10:05 обеспечено прибытие
специалистов ООО «Онегатеплосервис» на объект по заявке № 995014,
позиция 1 (корпус А, хирургический). Обследование вентиляционных систем
П1-П4, В1-В6 начато.

Транспорт исполнителя: а/м ГАЗель Next, г/н К 417 РТ 10.

""" + SIG_P
add(dt, build(dt, P, 'О выезде на объект по заявке 995014',
              leaf('text/plain', txt, W, '8bit'), 'outlook', W),
    dec('995014', ['1'], ON, 'subject says «о выезде» but body reports прибытие at 10:05; П1-П4 are vent systems, not positions'))

dt = D_('2026-11-03 17:05')
txt = lotus_head('dispatch@zakazchik-omis.ru', 'Игорь Николаевич Савельев/ЦТН@CTN', '995014 поз.1') + \
"""ПО ЗАЯВКЕ № 995014 ПОЗ. 1 (КОРПУС А) ОБСЛЕДОВАНИЕ ВЫПОЛНЕНО, СПЕЦИАЛИСТЫ
УБЫЛИ С ОБЪЕКТА В 16:40. ТЕХНИЧЕСКИЙ ОТЧЁТ БУДЕТ НАПРАВЛЕН ПОСЛЕ ОФОРМЛЕНИЯ.

""" + SIG_K
add(dt, build(dt, K, '995014 поз.1', leaf('text/plain', txt, U, 'base64'), 'lotus', U),
    dec('995014', ['1'], LEFT, 'caps Lotus memo: убыли в 16:40'))

dt = D_('2026-11-05 09:12')
html = html_table(
    '<p>Уважаемая Марина Сергеевна!</p>\n<p>Настоящим направляем сводную информацию о ходе исполнения '
    'заявки № 995014 (ГБУЗ «РБ им. В.А. Баранова», ул. Пирогова, д. 3) по состоянию на 05.11.2026 09:00.</p>',
    [('1', 'Корпус А', '1', 'Работы завершены, специалисты убыли', '03.11 16:40'),
     ('2', 'Корпус Б', '2', 'Специалисты прибыли на объект', '05.11 08:55'),
     ('3', 'Корпус В', '3', 'Выезд запланирован на 06.11.2026', '&mdash;')],
    '<p>' + p2html(SIG_P) + '</p>', W)
add(dt, build(dt, P, 'Сводка по заявке № 995014 на 05.11.2026',
              leaf('text/html', html, W, 'base64'), 'outlook', W),
    rev('HTML table with different statuses per position (1 убыл, 2 на месте, 3 plan) in one letter'))

dt = D_('2026-11-05 15:50')
txt = """Уважаемая Марина Сергеевна!

Настоящим сообщаем, что по заявке № 995014 работы по позиции 2 (корпус Б,
терапевтический) выполнены в полном объёме, объект передан представителю
учреждения (заместитель главного врача по АХЧ Никитин В.Г.).
Специалисты ООО «Онегатеплосервис» убыли с объекта в 15:30.

Акт № 14/11-В будет направлен дополнительно.

""" + SIG_P
add(dt, build(dt, P, 'По заявке 995014 (корп. Б)',
              leaf('text/plain', txt, W, 'quoted-printable'), 'outlook', W),
    dec('995014', ['2'], LEFT, 'работы по позиции 2 выполнены, объект передан, убыли'))

dt = D_('2026-11-06 17:20')
# Latin look-alike letters inside Cyrillic words (o, a, e, p, c, O)
txt = """Для сведения.

Пo зaявке 995014, пoз. 3 (кoрпус В, пищеблoк) - oбследoвание систем
вентиляции выпoлненo, специалисты OOO «Онегатеплoсервис» убыли с oбъекта
в 17:00. Замечания будут oтражены в техническoм oтчёте.

""" + SIG_D
add(dt, build(dt, D, '995014 - 3', leaf('text/plain', txt, U, '8bit'), 'tb', U),
    dec('995014', ['3'], LEFT, 'Latin o/a/O inside Cyrillic words; position 3 after dash in subject and «поз. 3» in body'))

# ======================================================================
# 995127 - котельная пос. Шуя (1 позиция)
# ======================================================================
dt = D_('2026-11-03 09:55')
txt = lotus_head('dispatch@zakazchik-omis.ru', 'Игорь Николаевич Савельев/ЦТН@CTN',
                 'Заявка 995127 - котельная п. Шуя') + \
"""Доводим до Вашего сведения, что по заявке 995127 в 09:40 осуществлён выезд
специалистов ООО «Онегатеплосервис» из г. Петрозаводска на объект (котельная,
Прионежский р-н, пос. Шуя, ул. Школьная, д. 12).
Ориентировочное время прибытия - 10:30.

""" + SIG_K
add(dt, build(dt, K, 'Заявка 995127 - котельная п. Шуя', leaf('text/plain', txt, U, 'base64'), 'lotus', U),
    dec('995127', [], WAY, 'выезд из Петрозаводска на объект, ETA 10:30: on the way'))

dt = D_('2026-11-03 13:35')
txt = """Для сведения. Заявка 995127.

""" + SIG_D + """

-------- Пересланное сообщение --------
Тема: 	котельная Шуя
Дата: 	Tue, 3 Nov 2026 13:10:42 +0300
От: 	Ерёмин Сергей Петрович <eremin@onegateplo.ru>
Кому: 	dds@ctn-karelia.ru

Добрый день.
На котельной в Шуе закончили. Насос Wilo IL 65/170-5,5/2 заменён,
опрессовка выполнена, давление 6 кгс/см2 держит, котлы в работе.
Бригада с объекта уехала в 13:05, акт подписан оператором котельной.

""" + SIG_EREMIN
add(dt, build(dt, D, 'Fwd: котельная Шуя', leaf('text/plain', txt, U, '8bit'), 'tb', U),
    dec('995127', [], LEFT, 'Thunderbird inline forward of subcontractor: finished, brigade left 13:05; request number only in forwarder note'))

# ======================================================================
# 995388 - школа № 17, АПС (1 - здание школы, 2 - спортзал)
# ======================================================================
dt = D_('2026-11-05 10:48')
q_mid = msgid('x', 'zakazchik-omis.ru')
txt = """Заявка принята в работу. Исполнитель - ИП Кукконен А.В. (электромонтажные
работы, обслуживание АПС), контактный телефон исполнителя +7 921 455-96-02.

""" + SIG_K + """


05.11.2026 10:02, Диспетчерская служба АО «ОМИС» <dispatch@zakazchik-omis.ru> пишет:
> Добрый день!
> Направляем заявку № 995388 на устранение неисправности АПС:
> поз. 1 - здание школы (МОУ «СШ № 17», ул. Ленинградская, 20),
> поз. 2 - спортивный зал (пристройка).
> Просим подтвердить принятие.
> --
> Гусева М.С., диспетчер АО «ОМИС»
"""
add(dt, build(dt, K, 'Re: Заявка № 995388 (МОУ СШ № 17)', leaf('text/plain', txt, U, 'quoted-printable'),
              'lotus', U, reply_to_mid=q_mid),
    dec('995388', [], ACC, 'accepted; positions appear only in the quoted dispatcher letter, so whole request'))

dt = D_('2026-11-05 12:30')
inner = inner_msg(D_('2026-11-05 12:21'), KUKK, 'petrova.ov@ctn-karelia.ru', 'школа 17',
                  """Ольга Викторовна,
выехал на Ленинградскую 20, по школе. буду минут через 40.
проводку по спортзалу посмотрю на месте.
""" + SIG_KUKK, KO, '8bit', 'mutt')
outer = leaf('text/plain', 'Для сведения.\n\n' + SIG_P + '\n', W, 'quoted-printable')
add(dt, build(dt, P, 'FW: 995388', multipart('mixed', [outer, rfc822_part(inner)]), 'outlook', W),
    dec('995388', [], WAY, 'forward as attachment (KOI8-R inner): «выехал на Ленинградскую 20 ... буду через 40 мин»; number only in subject'))

dt = D_('2026-11-05 14:05')
txt = """Для сведения. Заявка 995388, поз. 2.

""" + SIG_D + """

-------- Forwarded Message --------
Subject: 	Re: школа 17
Date: 	Thu, 5 Nov 2026 13:58:10 +0300
From: 	Kukkonen A.V. <kukkonen@sampo.ru>
To: 	dds@ctn-karelia.ru

на месте с 13:20. по спортзалу (2) меняю датчики ИП 212-141, 14 шт.
шлейф в спортзале оборван, восстанавливаю.
-- 
Кукконен А.В.
"""
add(dt, build(dt, D, 'Fwd: Re: школа 17', leaf('text/plain', txt, U, '8bit'), 'tb', U),
    dec('995388', ['2'], ON, 'forwarded: на месте с 13:20, работа по спортзалу (2); ИП 212-141 is a detector model'))

dt = D_('2026-11-06 16:10')
txt = lotus_head('dispatch@zakazchik-omis.ru', 'Кукконен А.В. <kukkonen@sampo.ru>', '995388 - завершение работ') + \
"""Настоящим сообщаем, что работы по заявке 995388 (МОУ «Средняя школа № 17»,
ул. Ленинградская, д. 20) выполнены в полном объёме. Система АПС введена в
работу, проверка срабатывания выполнена совместно с ответственным лицом
учреждения, объект передан. Исполнитель убыл с объекта в 15:45.

""" + SIG_K
add(dt, build(dt, K, '995388 - завершение работ', leaf('text/plain', txt, U, '8bit'), 'lotus', U),
    dec('995388', [], LEFT, 'работы выполнены в полном объёме, убыл; school number 17 is not a position'))

# ======================================================================
# 995602 - лифты МКД (1 Ленина 33, 2 Антикайнена 8, 3 Чапаева 40, 4 Варкауса 21)
# ======================================================================
dt = D_('2026-11-06 09:40')
txt = """Исх. № 12-04/1121 от 06.11.2026

Руководителю диспетчерской службы
АО «ОМИС»

О принятии заявки

Настоящим ГАУ РК «Центр технического надзора» подтверждает принятие к
исполнению заявки № 995602 от 06.11.2026 (периодическое техническое
освидетельствование лифтов жилищного фонда, 4 позиции).

Исполнитель работ - ООО «КарелЛифтСервис» (ИНН 1001283475,
КПП 100101001), в соответствии с п. 4.2.1 и п. 4.3.2 контракта
№ 0306200001226000045. Работы будут выполнены в соответствии с
ГОСТ Р 53783-2010.

""" + SIG_S
add(dt, build(dt, S, 'Исх. № 12-04/1121 О принятии заявки № 995602',
              leaf('text/plain', txt, W, 'base64'), 'outlook', W),
    dec('995602', [], ACC, '«4 позиции» is a count, not a position; whole request accepted'))

dt = D_('2026-11-09 08:55')
txt = """Для сведения.

""" + SIG_P + """

-----Original Message-----
From: Лисицына Наталья [mailto:dispatch@karelift.ru] 
Sent: Monday, November 09, 2026 8:40 AM
To: petrova.ov@ctn-karelia.ru
Subject: заявка 995602 п.1 и п.3

Доброе утро!
Механики выехали на пр. Ленина 33 (п.1) и ул. Чапаева 40 (п.3), будут в течение часа.

""" + SIG_LIFT
add(dt, build(dt, P, 'FW: заявка 995602 п.1 и п.3', leaf('text/plain', txt, W, 'quoted-printable'), 'outlook', W),
    dec('995602', ['1', '3'], WAY, 'Outlook Original Message forward: механики выехали на адреса п.1, п.3'))

dt = D_('2026-11-09 11:30')
txt = """Уважаемая Марина Сергеевна!

Доводим до Вашего сведения, что по позиции 1 заявки № 995602
(пр. Ленина, д. 33, пассажирский лифт рег. № 10-0457, зав. № 31877)
периодическое техническое освидетельствование проведено, лифт допущен к
эксплуатации. Механики ООО «КарелЛифтСервис» убыли с объекта в 11:05.

Сведения по остальным позициям будут направлены дополнительно.

""" + SIG_P
add(dt, build(dt, P, 'Заявка 995602-1', leaf('text/plain', txt, W, 'quoted-printable'), 'outlook', W),
    dec('995602', ['1'], LEFT, 'position 1 done, mechanics left 11:05; reg/serial numbers are noise'))

dt = D_('2026-11-10 15:00')
txt = """Для сведения.

""" + SIG_P + """

-----Исходное сообщение-----
От: Лисицына Наталья <dispatch@karelift.ru> 
Отправлено: 10 ноября 2026 г. 14:41
Кому: Петрова Ольга Викторовна <petrova.ov@ctn-karelia.ru>
Тема: 995602 п.2, п.4

Ольга Викторовна, добрый день.
Механики на Антикайнена 8 (п.2) и Варкауса 21 (п.4) с 14:30, работают.

""" + SIG_LIFT
add(dt, build(dt, P, 'FW: 995602 п.2, п.4', leaf('text/plain', txt, W, '8bit'), 'outlook', W),
    dec('995602', ['2', '4'], ON, 'Russian Outlook forward header: mechanics on site since 14:30 at п.2, п.4'))

dt = D_('2026-11-11 16:45')
txt = """Доводим до Вашего сведения, что освидетельствование лифтов по адресам:
ул. Антикайнена, д. 8 и ул. Варкауса, д. 21 завершено, выявленные замечания
(регулировка точности остановки кабины) устранены на месте. Объекты переданы
представителю управляющей организации ООО «УК Северная» (ИНН 1001245109).
Специалисты убыли в 16:20.

""" + SIG_P + """

-----Original Message-----
From: Диспетчерская служба АО «ОМИС» [mailto:dispatch@zakazchik-omis.ru] 
Sent: Wednesday, November 11, 2026 2:15 PM
To: Петрова Ольга Викторовна
Subject: RE: FW: 995602 п.2, п.4

Ольга Викторовна, добрый день. Когда ожидать завершения по 2 и 4?
Гусева М.С.
"""
add(dt, build(dt, P, 'RE: FW: 995602 п.2, п.4', leaf('text/plain', txt, W, 'quoted-printable'), 'outlook', W,
              reply_to_mid=msgid('x', 'zakazchik-omis.ru')),
    dec('995602', ['2', '4'], LEFT, 'positions only in subject (п.2, п.4) and by address; body reports completion, убыли 16:20'))

dt = D_('2026-11-23 15:30')
txt = """Уважаемая Марина Сергеевна!

Настоящим сообщаем, что по заявке № 995602, позиция 5 (ул. Калинина, д. 51,
грузопассажирский лифт рег. № 10-1183) техническое освидетельствование
выполнено, специалисты ООО «КарелЛифтСервис» убыли с объекта в 14:50.

""" + SIG_P
add(dt, build(dt, P, 'Заявка № 995602, поз. 5', leaf('text/plain', txt, W, 'base64'), 'outlook', W),
    rev('request 995602 has positions 1-4 only; position 5 does not exist'))

# ======================================================================
# 995871 - библиотека, щитовая (1 позиция)
# ======================================================================
dt = D_('2026-11-09 12:40')
txt = lotus_head('dispatch@zakazchik-omis.ru', '', 'На № 995871 от 09.11.2026') + \
"""Исх. № 12-04/1139 от 09.11.2026

Настоящим сообщаем, что заявка № 995871 (ГБУК «Национальная библиотека
Республики Карелия», ул. Пушкинская, д. 5, электрощитовая) принята к
исполнению. Исполнение поручено ИП Кукконен А.В. (ОГРНИП 310100135600412).
Выезд на объект будет осуществлён 10.11.2026 в первой половине дня.

""" + SIG_K
add(dt, build(dt, K, 'На № 995871 от 09.11.2026', leaf('text/plain', txt, U, '8bit'), 'lotus', U),
    dec('995871', [], ACC, 'accepted; the trip is only planned for tomorrow, so the done status is acceptance'))

dt = D_('2026-11-10 09:05')
inner = inner_msg(D_('2026-11-10 08:51'), KUKK, 'petrova.ov@ctn-karelia.ru', 'библиотека',
                  """выезжаю на Пушкинскую 5, библиотека, щитовая в подвале. к 10 буду.
""" + SIG_KUKK, KO, '8bit', 'mutt')
outer = leaf('text/plain', 'Для сведения. Заявка № 995871.\n\n' + SIG_P + '\n', W, 'quoted-printable')
add(dt, build(dt, P, 'FW: библиотека', multipart('mixed', [outer, rfc822_part(inner)]), 'outlook', W),
    dec('995871', [], WAY, 'forwarded KOI8-R message as attachment: «выезжаю ..., к 10 буду»'))

dt = D_('2026-11-10 10:25')
txt = """Для сведения.

""" + SIG_D + """

-------- Пересланное сообщение --------
Тема: 	Re: библиотека
Дата: 	Tue, 10 Nov 2026 10:12:03 +0300
От: 	Kukkonen A.V. <kukkonen@sampo.ru>
Кому: 	dds@ctn-karelia.ru

на месте с 9:55. начал замеры сопротивления изоляции, ВРУ-1.
автомат на вводе греется, скорее всего менять.
-- 
Кукконен А.В.
"""
add(dt, build(dt, D, 'Fwd: Re: библиотека (995871)', leaf('text/plain', txt, U, '8bit'), 'tb', U),
    dec('995871', [], ON, 'number in brackets in subject; forwarded «на месте с 9:55»'))

dt = D_('2026-11-10 16:55')
txt = """Уважаемая Марина Сергеевна!

Доводим до Вашего сведения, что работы на объекте (ГБУК «Национальная
библиотека РК», ул. Пушкинская, д. 5) завершены в 16:30: выполнена замена
автоматического выключателя ВА 57-35 (арт. 340010) на вводе ВРУ-1, проведены
замеры сопротивления изоляции. Протокол замеров № 118/26 будет направлен
дополнительно. Объект передан, исполнитель убыл.

""" + SIG_P + """

От: Диспетчерская служба АО «ОМИС» [mailto:dispatch@zakazchik-omis.ru] 
Отправлено: 10 ноября 2026 г. 14:02
Кому: Петрова Ольга Викторовна <petrova.ov@ctn-karelia.ru>
Тема: 995871

Ольга Викторовна, просим сообщить о ходе работ.
"""
add(dt, build(dt, P, 'RE: 995871', leaf('text/plain', txt, W, 'quoted-printable'), 'outlook', W,
              reply_to_mid=msgid('x', 'zakazchik-omis.ru')),
    dec('995871', [], LEFT, 'number only in Re: subject / quoted header; body: завершены, исполнитель убыл; 340010 is an article number'))

# ======================================================================
# 996040 - узлы учёта тепла (1 - ДС № 1, 2 - ДС № 83)
# ======================================================================
dt = D_('2026-11-10 11:00')
txt = """Уважаемая Марина Сергеевна!

Настоящим подтверждаем получение и принятие к исполнению заявки № 996040
(демонтаж и поверка тепловычислителей узлов учёта тепловой энергии
МДОУ «Детский сад № 1» и МДОУ «Детский сад № 83»).

Работы будут выполнены ООО «Онегатеплосервис» в срок до 20.11.2026.

""" + SIG_P
html = html_wrap(txt, W)
add(dt, build(dt, P, 'Заявка № 996040 - принята', multipart('alternative', [
    leaf('text/plain', txt, W, 'quoted-printable'), leaf('text/html', html, W, 'quoted-printable')]), 'outlook', W),
    dec('996040', [], ACC, 'multipart/alternative; «Детский сад № 1 / № 83» are kindergarten numbers, not positions'))

dt = D_('2026-11-10 14:30')
txt = lotus_head('dispatch@zakazchik-omis.ru', 'Петрова Ольга Викторовна/ЦТН@CTN', 'Заявка 996040 - доступ на объект') + \
"""Просим уточнить время доступа на объект по заявке 996040 (МДОУ «Детский сад
№ 83», ул. Ровио): заведующая сообщает, что в период с 12:00 до 15:00 доступ в
подвальное помещение (ИТП) невозможен. Просим сообщить контактное лицо
учреждения для согласования времени работ.

""" + SIG_K
add(dt, build(dt, K, 'Заявка 996040 - доступ на объект', leaf('text/plain', txt, U, 'quoted-printable'), 'lotus', U),
    rev('question about access time, no status reported'))

dt = D_('2026-11-11 13:45')
txt = """Уважаемая Марина Сергеевна!

Настоящим сообщаем, что по заявке № 996040 (позиция 1 - МДОУ «Детский сад
№ 1», ул. Мурманская, д. 7) специалисты ООО «Онегатеплосервис» прибыли на
объект в 13:20 и приступили к демонтажу тепловычислителя ВКТ-7-04
(зав. № 221456) для передачи на поверку.

""" + SIG_P
add(dt, build(dt, P, 'Заявка № 996040, поз. 1', leaf('text/plain', txt, W, '8bit'), 'outlook', W),
    dec('996040', ['1'], ON, 'прибыли на объект в 13:20, position 1'))

dt = D_('2026-11-12 11:15')
txt = """Уважаемая Марина Сергеевна!

Доводим до Вашего сведения, что по заявке № 996040:
- по позиции 1 работы выполнены: тепловычислитель ВКТ-7-04 демонтирован и
  передан в ФБУ «Карельский ЦСМ» на поверку, на время поверки установлен
  подменный прибор, узел учёта опломбирован (пломба № 0049871). Специалисты
  убыли в 10:50;
- по позиции 2 (МДОУ № 83) выезд планируется после согласования времени
  доступа с заведующей.

""" + SIG_P
add(dt, build(dt, P, 'RE: Заявка № 996040', leaf('text/plain', txt, W, 'quoted-printable'), 'outlook', W),
    dec('996040', ['1'], LEFT, 'position 1 done/left; position 2 only planned; seal number is noise'))

dt = D_('2026-11-20 14:20')
txt = """Для сведения (заявка 996040, позиция 2).

""" + SIG_D + """

-------- Пересланное сообщение --------
Тема: 	ДС 83
Дата: 	Fri, 20 Nov 2026 14:02:37 +0300
От: 	Ерёмин Сергей Петрович <eremin@onegateplo.ru>
Кому: 	dds@ctn-karelia.ru

ДС 83 на Ровио - на месте с 13:50, заведующая пустила, снимаем ВКТ-7 на поверку.

""" + SIG_EREMIN
add(dt, build(dt, D, 'Fwd: ДС 83', leaf('text/plain', txt, U, '8bit'), 'tb', U),
    dec('996040', ['2'], ON, 'forward; request and position given in forwarder note; «ДС 83» is kindergarten number'))

# ======================================================================
# 996233 - лифты административного здания пр. Ленина 19 (1, 2, 3)
# ======================================================================
dt = D_('2026-11-11 10:10')
txt = """Исх. № 12-04/1152 от 11.11.2026

Уважаемая Марина Сергеевна!

Настоящим сообщаем, что заявка № 996233 (диагностика и ремонт лифтового
оборудования административного здания, пр. Ленина, д. 19) принята
ГАУ РК «ЦТН» к исполнению. Работы будут выполнены силами ООО «КарелЛифтСервис»
согласно п. 4.2.1 контракта № 0306200001226000045 в срок, установленный
Техническим заданием (приложение № 1 к контракту).

Просим направить график доступа в здание.

""" + SIG_S
add(dt, build(dt, S, 'О принятии заявки № 996233', leaf('text/plain', txt, W, 'base64'), 'outlook', W),
    dec('996233', [], ACC, 'accepted; request for access schedule does not cancel the report'))

dt = D_('2026-11-11 12:00')
txt = """Здравствуйте!

Я нахожусь в командировке с 11.11.2026 по 16.11.2026, доступ к почте ограничен.
По вопросам исполнения заявок обращайтесь, пожалуйста, к Петровой Ольге
Викторовне: тел. (8142) 76-45-12, petrova.ov@ctn-karelia.ru.

Савельев И.Н.
"""
add(dt, build(dt, S, 'Автоматический ответ: Заявка 996233 - график доступа',
              leaf('text/plain', txt, W, 'quoted-printable'), 'outlook', W,
              extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
              reply_to_mid=msgid('x', 'zakazchik-omis.ru')),
    ign('Outlook out-of-office auto-reply'))

dt = D_('2026-11-11 15:20')
txt = """Марина Сергеевна, добрый день.

Благодарим за оперативно направленный график доступа в здание по
пр. Ленина, 19. Информация доведена до исполнителя (ООО «КарелЛифтСервис»).

""" + SIG_D + """

11.11.2026 14:48, Диспетчерская служба АО «ОМИС» пишет:
> Добрый день.
> По заявке 996233 доступ в здание - ежедневно с 08:00 до 18:00,
> машинное помещение открывает дежурный по зданию, тел. 78-11-05.
> Гусева М.С.
"""
add(dt, build(dt, D, 'Re: Заявка 996233 - график доступа', leaf('text/plain', txt, U, '8bit'), 'tb', U,
              reply_to_mid=msgid('x', 'zakazchik-omis.ru')),
    rev('thanks for the dispatcher\'s own message, no status'))

dt = D_('2026-11-13 10:30')
txt = """Для сведения.

""" + SIG_D + """

-------- Пересланное сообщение --------
Тема: 	996233 лифт 2
Дата: 	Fri, 13 Nov 2026 10:21:55 +0300
От: 	Лисицына Наталья <dispatch@karelift.ru>
Кому: 	dds@ctn-karelia.ru

Добрый день!
Лифт № 2 (поз. 2) запущен, неисправность платы УЛ устранена, механик Тимофеев
с объекта уехал в 10:10. По лифтам 1 и 3 - выход по графику в понедельник 16.11.

""" + SIG_LIFT
add(dt, build(dt, D, 'Fwd: 996233 лифт 2', leaf('text/plain', txt, U, '8bit'), 'tb', U),
    dec('996233', ['2'], LEFT, 'forward: pos 2 done, mechanic left 10:10; lifts 1 and 3 only planned'))

dt = D_('2026-11-16 10:30')
txt = """Для сведения.

""" + SIG_D + """

-------- Пересланное сообщение --------
Тема: 	RE: 996233 (1,3)
Дата: 	Mon, 16 Nov 2026 10:14:20 +0300
От: 	Лисицына Наталья <dispatch@karelift.ru>
Кому: 	dds@ctn-karelia.ru

Бригада выехала по адресу пр. Ленина, д. 19 (996233) - лифты 1 и 3, будут к 11:00.

""" + SIG_LIFT
add(dt, build(dt, D, 'Fwd: RE: 996233 (1,3)', leaf('text/plain', txt, U, '8bit'), 'tb', U),
    dec('996233', ['1', '3'], WAY, 'positions in brackets in subject; number in brackets after address; выехала, будут к 11:00'))

dt = D_('2026-11-16 13:15')
html = html_table(
    '<p>Уважаемая Марина Сергеевна!</p>\n<p>Доводим до Вашего сведения информацию о ходе исполнения '
    'заявки № 996233 (пр. Ленина, д. 19) по состоянию на 16.11.2026 13:00:</p>',
    [('1', 'Лифт пассажирский, подъезд 1', '1', 'Специалисты прибыли, ведутся работы', '10:55'),
     ('2', 'Лифт пассажирский, подъезд 2', '3', 'Специалисты прибыли, ведутся работы', '11:05')],
    '<p>' + p2html(SIG_P) + '</p>', W)
add(dt, build(dt, P, 'Сводка по заявке 996233 на 16.11.2026 13:00',
              leaf('text/html', html, W, 'quoted-printable'), 'outlook', W),
    dec('996233', ['1', '3'], ON, 'HTML-only table; row numbers (№ п/п 1,2) differ from positions (1,3)'))

dt = D_('2026-11-16 15:00')
txt = """Исх. № 12-04/1176 от 16.11.2026

О стоимости дополнительных работ

Уважаемая Марина Сергеевна!

Доводим до Вашего сведения, что в ходе диагностики лифтового оборудования по
заявке № 996233 выявлена необходимость замены лебёдки главного привода
(ЛГ-160, зав. № 4471). Указанные работы не предусмотрены Техническим заданием.
Стоимость дополнительных работ согласно прилагаемому локальному сметному
расчёту составит 486 300 (четыреста восемьдесят шесть тысяч триста) руб.,
в т.ч. НДС 20 %.

Просим согласовать выполнение дополнительных работ в порядке, установленном
п. 7.3 контракта № 0306200001226000045.

""" + SIG_S
add(dt, build(dt, S, 'Исх. № 12-04/1176 О стоимости дополнительных работ по заявке 996233',
              leaf('text/plain', txt, W, 'base64'), 'outlook', W),
    rev('price / contract talk, no status'))

dt = D_('2026-11-17 13:00')
txt = """Уважаемая Марина Сергеевна!

Настоящим сообщаем, что по заявке № 996233:
- по позиции 1 работы завершены, лифт введён в эксплуатацию, специалисты
  убыли в 12:40;
- по позиции 3 работы продолжаются, специалисты находятся на объекте.

""" + SIG_P
add(dt, build(dt, P, 'О ходе работ по заявке № 996233', leaf('text/plain', txt, W, 'quoted-printable'), 'outlook', W),
    rev('different statuses for different positions in one letter (1 убыл, 3 на месте)'))

# ======================================================================
# 996519 - Кондопога, Дворец искусств, электрощитовая (1 позиция)
# ======================================================================
dt = D_('2026-11-12 14:05')
txt = lotus_head('dispatch@zakazchik-omis.ru', 'Петрова Ольга Викторовна/ЦТН@CTN', 'Обращение 996519 (Кондопога, ДК)') + \
"""Настоящим сообщаем, что обращение № 996519 (г. Кондопога, ул. Пролетарская,
д. 15, МБУ «Дворец искусств», ревизия ВРУ-0,4 кВ) принято ГАУ РК «ЦТН» к
исполнению. Выезд исполнителя (ИП Кукконен А.В.) запланирован на 13.11.2026.

""" + SIG_K
add(dt, build(dt, K, 'Обращение 996519 (Кондопога, ДК)', leaf('text/plain', txt, U, '8bit'), 'lotus', U),
    dec('996519', [], ACC, '«обращение» = request; accepted, trip only planned'))

dt = D_('2026-11-12 16:40')
orig = hdrbytes([('From', addr((DISPATCH_NAME, DISPATCH), 'utf-8')),
                 ('To', 'ivanova.ek@ctn-karelia.ru'),
                 ('Subject', ew('Заявка 996519 - документы', 'utf-8')),
                 ('Date', format_datetime(D_('2026-11-12 16:39'))),
                 ('Message-ID', msgid('x', 'zakazchik-omis.ru')),
                 ('MIME-Version', '1.0'),
                 ('Content-Type', 'text/plain; charset="utf-8"'),
                 ('Content-Transfer-Encoding', '8bit')])
txt = """This is the mail system at host mx.ctn-karelia.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ivanova.ek@ctn-karelia.ru>: host mail.ctn-karelia.ru[10.10.1.5] said: 552 5.2.2
    Mailbox full: ivanova.ek (in reply to RCPT TO command)
"""
dsn = """Reporting-MTA: dns; mx.ctn-karelia.ru
X-Postfix-Queue-ID: 4XkR7c2QhZz1xq
Arrival-Date: %s

Final-Recipient: rfc822; ivanova.ek@ctn-karelia.ru
Original-Recipient: rfc822;ivanova.ek@ctn-karelia.ru
Action: failed
Status: 5.2.2
Remote-MTA: dns; mail.ctn-karelia.ru
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full: ivanova.ek
""" % format_datetime(D_('2026-11-12 16:39'))
part = multipart('report', [
    ([('Content-Description', 'Notification'), ('Content-Type', 'text/plain; charset=us-ascii')], txt.encode()),
    ([('Content-Description', 'Delivery report'), ('Content-Type', 'message/delivery-status')], dsn.encode()),
    ([('Content-Description', 'Undelivered Message Headers'), ('Content-Type', 'text/rfc822-headers')], orig)],
    ' report-type=delivery-status;')
add(dt, build(dt, MD, 'Undelivered Mail Returned to Sender', part, 'none', U,
              to=DISPATCH, extra=[('Auto-Submitted', 'auto-replied')]),
    ign('delivery failure report (bounce) from ЦТН mail server'))

dt = D_('2026-11-13 08:50')
inner = inner_msg(D_('2026-11-13 08:34'), KUKK, 'petrova.ov@ctn-karelia.ru', 'кондопога',
                  """выехал в Кондопогу, в ДК, по щитовой. в дороге, буду около 10.
""" + SIG_KUKK, KO, '8bit', 'mutt')
outer = leaf('text/plain', 'Для сведения. По заявке № 996519.\n\n' + SIG_P + '\n', W, 'quoted-printable')
add(dt, build(dt, P, 'FW: кондопога', multipart('mixed', [outer, rfc822_part(inner)]), 'outlook', W),
    dec('996519', [], WAY, 'forward as attachment KOI8-R: выехал, в дороге'))

dt = D_('2026-11-13 11:45')
txt = """Уважаемая Марина Сергеевна!

Настоящим сообщаем, что 13.11.2026 в 10:05 обеспечено прибытие специалиста
(ИП Кукконен А.В.) на объект: г. Кондопога, ул. Пролетарская, д. 15,
МБУ «Дворец искусств». Ревизия ВРУ-0,4 кВ начата.

""" + SIG_P
add(dt, build(dt, P, 'Заявка № 996519 - прибытие специалиста', leaf('text/plain', txt, W, 'base64'), 'outlook', W),
    dec('996519', [], ON, 'обеспечено прибытие в 10:05'))

dt = D_('2026-11-13 18:05')
inner = inner_msg(D_('2026-11-13 17:52'), KUKK, 'dds@ctn-karelia.ru', 'кондопога',
                  """Денис, в ДК закончил. ВРУ собрано, автоматы заменены (ВА47-29 3P 63A, 4 шт),
замеры сделал. с объекта выехал в 17:40, протокол завезу в понедельник.
""" + SIG_KUKK, KO, '8bit', 'mutt')
outer = leaf('text/plain', 'Для сведения. Обращение 996519.\n\n' + SIG_D + '\n', U, '8bit')
add(dt, build(dt, D, 'Fwd: кондопога', multipart('mixed', [outer, rfc822_part(inner, 'ForwardedMessage.eml')]), 'tb', U),
    dec('996519', [], LEFT, 'forward as attachment (KOI8-R): закончил, «с объекта выехал» = left the site'))

dt = D_('2026-11-13 16:20')
txt = """Ваше сообщение

  Кому: Петрова Ольга Викторовна
  Тема: Заявка 996519 - документы (повторно)
  Отправлено: 13.11.2026 15:58

было прочитано 13.11.2026 16:18.
"""
mdn = """Reporting-UA: mail.ctn-karelia.ru; Microsoft Outlook 16.0
Final-Recipient: rfc822;petrova.ov@ctn-karelia.ru
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % msgid('x', 'zakazchik-omis.ru')
part = multipart('report', [leaf('text/plain', txt, W, 'quoted-printable'),
                            ([('Content-Type', 'message/disposition-notification')], mdn.encode())],
                 ' report-type=disposition-notification;')
add(dt, build(dt, P, 'Прочитано: Заявка 996519 - документы (повторно)', part, 'outlook', W),
    ign('read receipt (MDN)'))

# ======================================================================
# 996704 - Сегежа, котельная ЦРБ (1, 2)
# ======================================================================
dt = D_('2026-11-16 09:40')
txt = """Исх. № 12-04/1171 от 16.11.2026

Уважаемая Марина Сергеевна!

Настоящим сообщаем, что заявка № 996704 (замена горелочных устройств котлов
КВ-Р-1,0 котельной ГБУЗ «Сегежская ЦРБ», г. Сегежа, ул. Мира, д. 39,
2 позиции) принята к исполнению. Исполнитель - ООО «Онегатеплосервис».
Выезд бригады планируется 17.11.2026.

""" + SIG_S
add(dt, build(dt, S, 'О принятии заявки № 996704', leaf('text/plain', txt, W, 'quoted-printable'), 'outlook', W, 'Q'),
    dec('996704', [], ACC, '«2 позиции» is a count; accepted, trip planned'))

dt = D_('2026-11-17 12:05')
txt = """Для сведения. 996704.

""" + SIG_D + """

-------- Пересланное сообщение --------
Тема: 	Сегежа
Дата: 	Tue, 17 Nov 2026 11:51:18 +0300
От: 	Ерёмин Сергей Петрович <eremin@onegateplo.ru>
Кому: 	dds@ctn-karelia.ru

Выехали в Сегежу двумя машинами, по 01 и 02 позиции. В дороге часа 4,
на месте будем к 16.

""" + SIG_EREMIN
add(dt, build(dt, D, 'Fwd: Сегежа', leaf('text/plain', txt, U, '8bit'), 'tb', U),
    dec('996704', ['1', '2'], WAY, 'positions written 01 and 02; выехали, будем к 16'))

dt = D_('2026-11-18 10:10')
txt = """Для сведения.

""" + SIG_D + """

-------- Пересланное сообщение --------
Тема: 	Re: Сегежа
Дата: 	Wed, 18 Nov 2026 09:47:02 +0300
От: 	Ерёмин Сергей Петрович <eremin@onegateplo.ru>
Кому: 	dds@ctn-karelia.ru

Денис, доброе утро. На месте, начали по второй, старую горелку сняли.
По первой заканчиваем пусконаладку.

""" + SIG_EREMIN
add(dt, build(dt, D, 'Fwd: Re: Сегежа', leaf('text/plain', txt, U, '8bit'), 'tb', U),
    rev('no request number anywhere in the letter (only town name)'))

dt = D_('2026-11-18 15:45')
txt = lotus_head('dispatch@zakazchik-omis.ru', 'Петрова Ольга Викторовна/ЦТН@CTN', 'Заявка 996704 (П1)') + \
"""Доводим до Вашего сведения, что по заявке 996704, П1 (котельная Сегежской
ЦРБ, котёл КВ-Р-1,0 ст. № 2): замена горелочного устройства выполнена,
пусконаладочные работы проведены, объект передан оператору котельной.
Специалисты по П1 освободились в 15:10.
По П2 работы будут продолжены 19.11.2026.

""" + SIG_K
add(dt, build(dt, K, 'Заявка 996704 (П1)', leaf('text/plain', txt, U, 'quoted-printable'), 'lotus', U),
    dec('996704', ['1'], LEFT, 'П1 done, освободились 15:10; «ст. № 2» is boiler station number; П2 only planned'))

dt = D_('2026-11-19 16:50')
txt = lotus_head('dispatch@zakazchik-omis.ru', '', 'Заявка 996704 - вторая позиция') + \
"""Настоящим сообщаем, что работы по второй позиции заявки 996704 (котельная
ГБУЗ «Сегежская ЦРБ») завершены: горелочное устройство котла ст. № 1
заменено, режимная наладка выполнена, оборудование передано эксплуатирующему
персоналу. Бригада ООО «Онегатеплосервис» убыла в г. Петрозаводск в 16:00.

""" + SIG_K
add(dt, build(dt, K, 'Заявка 996704 - вторая позиция', leaf('text/plain', txt, U, 'base64'), 'lotus', U),
    dec('996704', ['2'], LEFT, '«по второй позиции»; «убыла в Петрозаводск» = left the site; boiler ст. № 1 is not a position'))

# ======================================================================
# 996958 - поликлиника № 2, ул. Кирова 40, лифты (1, 2)
# ======================================================================
dt = D_('2026-11-17 10:50')
txt = """Уважаемая Марина Сергеевна!

Настоящим сообщаем, что заявка № 996958 (ремонт лифтов ГАУЗ «Городская
поликлиника № 2», ул. Кирова, д. 40) принята. Бригада ООО «КарелЛифтСервис»
направлена на объект и находится в пути, ориентировочное время прибытия -
11:30.

""" + SIG_P
add(dt, build(dt, P, 'Заявка № 996958', leaf('text/plain', txt, W, 'quoted-printable'), 'outlook', W),
    dec('996958', [], WAY, 'accepted and crew already travelling: latest done = в пути; поликлиника № 2 is not a position'))

dt = D_('2026-11-17 14:20')
txt = """Для сведения.

""" + SIG_D + """

-------- Пересланное сообщение --------
Тема: 	996958
Дата: 	Tue, 17 Nov 2026 12:03:44 +0300
От: 	Лисицына Наталья <dispatch@karelift.ru>
Кому: 	dds@ctn-karelia.ru

Механики на месте с 11:40, поликлиника Кирова 40, лифт пасс. поз1 -
приступили к замене тяговых канатов.

""" + SIG_LIFT
add(dt, build(dt, D, 'Fwd: 996958', leaf('text/plain', txt, U, '8bit'), 'tb', U),
    dec('996958', ['1'], ON, '«поз1» written together; на месте с 11:40'))

dt = D_('2026-11-18 16:30')
txt = """Для сведения.

""" + SIG_P + """

-----Original Message-----
From: Лисицына Наталья [mailto:dispatch@karelift.ru] 
Sent: Wednesday, November 18, 2026 4:17 PM
To: petrova.ov@ctn-karelia.ru
Subject: 996958 поликлиника

Поликлиника Кирова 40: лифт 1 - канаты заменены, лифт запущен, механики ушли в 16:10.
По лифту 2 ждём плату ПУЛ-2, сроки поставки уточняю.

""" + SIG_LIFT
add(dt, build(dt, P, 'FW: 996958 поликлиника', leaf('text/plain', txt, W, 'base64'), 'outlook', W),
    dec('996958', ['1'], LEFT, 'lift 1 done, mechanics left 16:10; lift 2 waiting for part (nothing reported)'))

dt = D_('2026-11-19 14:30')
txt = """Уважаемая Марина Сергеевна!

Доводим до Вашего сведения, что выезд по позиции 2 заявки № 996958
(больничный лифт г/п 1000 кг) не осуществлён в связи с отсутствием запасной
части (плата ПУЛ-2, кат. № 2108.40.00). Бригада будет направлена на объект
после поступления запасной части, ориентировочно 24.11.2026.

""" + SIG_P
add(dt, build(dt, P, 'Заявка № 996958, поз. 2 - о переносе выезда', leaf('text/plain', txt, W, '8bit'), 'outlook', W),
    rev('negation: выезд не осуществлён, only a plan'))

dt = D_('2026-11-25 11:40')
txt = """Уважаемая Марина Сергеевна!

Доводим до Вашего сведения, что по поз. 2 (больничный лифт г/п 1000 кг)
плата ПУЛ-2 заменена, лифт пущен в работу 25.11.2026 в 11:15. Механики
ООО «КарелЛифтСервис» убыли с объекта.

""" + SIG_P + """

МГ> Ольга Викторовна, добрый день!
МГ> Прошу сообщить, когда будет закрыта 2-я позиция по поликлинике.
МГ> Гусева М.С.
"""
add(dt, build(dt, P, '996958-2', leaf('text/plain', txt, W, 'quoted-printable'), 'outlook', W,
              reply_to_mid=msgid('x', 'zakazchik-omis.ru')),
    dec('996958', ['2'], LEFT, 'subject «996958-2»; initials-prefixed quote (МГ>) ignored; убыли'))

# ======================================================================
# 997105 - музей, АПС (1 - основное здание, 2 - фондохранилище, 3 - выставочный зал)
# ======================================================================
dt = D_('2026-11-18 09:30')
txt = """Марина Сергеевна, добрый день.

Заявка принята, передана исполнителю (ИП Кукконен А.В.). О выезде сообщим
дополнительно.

""" + SIG_P + """

От: Диспетчерская служба АО «ОМИС» [mailto:dispatch@zakazchik-omis.ru] 
Отправлено: 18 ноября 2026 г. 9:04
Кому: Петрова Ольга Викторовна <petrova.ov@ctn-karelia.ru>; kanc@ctn-karelia.ru
Тема: Заявка 997105 - АПС музея

Добрый день!
Направляем заявку 997105: Музей изобразительных искусств РК,
пр. Карла Маркса, д. 8, неисправность АПС:
1 - основное здание, 2 - фондохранилище, 3 - выставочный зал.
Гусева М.С.
"""
add(dt, build(dt, P, 'RE: Заявка 997105 - АПС музея', multipart('alternative', [
    leaf('text/plain', txt, W, 'quoted-printable'), leaf('text/html', html_wrap(txt, W), W, 'quoted-printable')]),
    'outlook', W, reply_to_mid=msgid('x', 'zakazchik-omis.ru')),
    dec('997105', [], ACC, 'accepted; number only in Re: subject; positions only in quoted part'))

dt = D_('2026-11-18 12:40')
txt = """Уважаемая Марина Сергеевна!

Настоящим сообщаем, что выезд специалиста по заявке № 997105 запланирован на
19.11.2026 к 09:00. Просим обеспечить доступ в помещения основного здания и
фондохранилища, а также присутствие ответственного лица музея.

""" + SIG_P
add(dt, build(dt, P, 'Заявка № 997105 - выезд 19.11', leaf('text/plain', txt, W, 'quoted-printable'), 'outlook', W),
    rev('plan for tomorrow only (выезд запланирован), no status happened'))

dt = D_('2026-11-19 08:40')
inner = inner_msg(D_('2026-11-19 08:31'), KUKK, 'petrova.ov@ctn-karelia.ru', 'музей',
                  """выехал в музей, пр. Карла Маркса 8. буду через 20 мин.
""" + SIG_KUKK, KO, '8bit', 'mutt')
outer = leaf('text/plain', 'Для сведения.\n\n' + SIG_P + '\n', W, 'quoted-printable')
add(dt, build(dt, P, 'FW: 997105 музей', multipart('mixed', [outer, rfc822_part(inner)]), 'outlook', W),
    dec('997105', [], WAY, 'forward as attachment (KOI8-R): выехал, буду через 20 мин'))

dt = D_('2026-11-19 11:00')
txt = """Уважаемая Марина Сергеевна!

Настоящим сообщаем, что по заявке № 997105 прибытие специалиста
(ИП Кукконен А.В.) на объект осуществлено в 09:05. Проводится проверка
шлейфов АПС по поз. 1 (основное здание) и поз. 2 (фондохранилище).

""" + SIG_P
add(dt, build(dt, P, 'Заявка № 997105 - прибытие', multipart('alternative', [
    leaf('text/plain', txt, W, 'quoted-printable'), leaf('text/html', html_wrap(txt, W), W, 'base64')]),
    'outlook', W),
    dec('997105', ['1', '2'], ON, 'прибытие осуществлено 09:05, work on поз. 1 and поз. 2'))

dt = D_('2026-11-20 10:45')
inner = inner_msg(D_('2026-11-20 10:33'), KUKK, 'petrova.ov@ctn-karelia.ru', 'Re: музей',
                  """по музею: в основном здании и фондохранилище закончил (1,2).
шлейфы в норме, ИП-212 заменил 9 шт. уехал 10:20.
выставочный зал (3) - в понедельник.
""" + SIG_KUKK, KO, '8bit', 'mutt')
outer = leaf('text/plain', 'Для сведения.\n\n' + SIG_P + '\n', W, 'quoted-printable')
add(dt, build(dt, P, 'FW: музей (997105)', multipart('mixed', [outer, rfc822_part(inner)]), 'outlook', W),
    dec('997105', ['1', '2'], LEFT, 'KOI8-R forwarded: 1,2 done, уехал 10:20; 3 planned'))

dt = D_('2026-11-23 11:20')
inner = inner_msg(D_('2026-11-23 11:08'), KUKK, 'petrova.ov@ctn-karelia.ru', 'музей 3',
                  """выставочный зал (3-я) - прибыл в 11:00, работаю.
""" + SIG_KUKK, KO, '8bit', 'mutt')
outer = leaf('text/plain', 'Для сведения.\n\n' + SIG_P + '\n', W, 'quoted-printable')
add(dt, build(dt, P, 'FW: 997105-3', multipart('mixed', [outer, rfc822_part(inner)]), 'outlook', W),
    dec('997105', ['3'], ON, '«3-я», subject 997105-3; прибыл'))

# ======================================================================
# 997316 - Медвежьегорск, школа, теплоузел (1 позиция)
# ======================================================================
dt = D_('2026-11-20 09:30')
txt = """Исх. № 12-04/1187 от 20.11.2026

Руководителю диспетчерской службы АО «ОМИС»

Уважаемая Марина Сергеевна!

Настоящим ГАУ РК «Центр технического надзора» подтверждает принятие к
исполнению заявки № 997316 (наладка индивидуального теплового пункта
МОУ «Медвежьегорская СОШ № 1», г. Медвежьегорск, ул. Кирова, д. 9).
Исполнитель - ООО «Онегатеплосервис». Работы будут выполнены в соответствии
с СП 41-101-95 и п. 4.2.1 контракта № 0306200001226000045.

""" + SIG_S
add(dt, build(dt, S, 'Исх. № 12-04/1187 от 20.11.2026', leaf('text/plain', txt, W, 'base64'), 'outlook', W),
    dec('997316', [], ACC, 'number only in body; subject is outgoing-letter number 12-04/1187; school № 1 is not a position'))

dt = D_('2026-11-20 12:00')
txt = """Уважаемая Марина Сергеевна!

Доводим до Вашего сведения, что бригады ООО «Онегатеплосервис» выехали на
объекты по заявкам № 996040 (поз. 2, МДОУ «Детский сад № 83») и № 995127
(котельная пос. Шуя, гарантийный выезд по течи сальника насоса).

""" + SIG_P
add(dt, build(dt, P, 'О выезде бригад', leaf('text/plain', txt, W, 'quoted-printable'), 'outlook', W),
    rev('two different requests in one letter'))

dt = D_('2026-11-20 16:00')
txt = """Уважаемый корреспондент!

Ваше письмо «Заявка 997316 - уточнение адреса» получено и зарегистрировано в
системе электронного документооборота ГАУ РК «Центр технического надзора»
под вх. № 3417 от 20.11.2026.

Настоящее сообщение сформировано автоматически, отвечать на него не требуется.
"""
add(dt, build(dt, K, 'Ваше письмо зарегистрировано (вх. № 3417)', leaf('text/plain', txt, U, 'base64'), 'none', U,
              extra=[('X-Mailer', 'SED Delo 20.2 notification service'), ('Auto-Submitted', 'auto-replied'),
                     ('Precedence', 'auto_reply')]),
    ign('automatic registration notice from the document management system'))

dt = D_('2026-11-23 09:15')
txt = """Уважаемая Марина Сергеевна!

Настоящим сообщаем, что 23.11.2026 в 07:30 осуществлён выезд специалистов
ООО «Онегатеплосервис» из г. Петрозаводска на объект по заявке № 997316
(г. Медвежьегорск, ул. Кирова, д. 9, МОУ «Медвежьегорская СОШ № 1»).
Расчётное время прибытия - 10:30.

""" + SIG_P
add(dt, build(dt, P, 'Заявка № 997316 - выезд', leaf('text/plain', txt, W, '8bit'), 'outlook', W),
    dec('997316', [], WAY, 'выезд из Петрозаводска на объект, ETA 10:30'))

dt = D_('2026-11-24 14:00')
txt = lotus_head('dispatch@zakazchik-omis.ru', 'Петрова Ольга Викторовна/ЦТН@CTN', 'Заявка 997316 - выполнено') + \
"""Настоящим сообщаем, что работы по заявке 997316 выполнены в полном объёме:
регулятор температуры РТ-ДО-25 заменён, тепловой узел отрегулирован в
соответствии с СП 41-101-95, объект передан директору школы по акту № 52 от
23.11.2026. Специалисты убыли 23.11.2026 в 17:20.

""" + SIG_K
add(dt, build(dt, K, 'Заявка 997316 - выполнено', leaf('text/plain', txt, U, 'quoted-printable'), 'lotus', U),
    dec('997316', [], LEFT, 'completed, убыли 23.11 17:20; act number and SP are noise'))

# ======================================================================
# 997402 - спорткомплекс «Юность», вентиляция (1, 2, 3, 4)
# ======================================================================
dt = D_('2026-11-23 10:30')
txt = lotus_head('dispatch@zakazchik-omis.ru', 'Игорь Николаевич Савельев/ЦТН@CTN',
                 '997402 - спорткомплекс «Юность»') + \
"""Доводим до Вашего сведения, что заявка № 997402 зарегистрирована в
ГАУ РК «ЦТН» (вх. № 3452 от 23.11.2026) и принята к исполнению.
Исполнитель - ООО «Онегатеплосервис».

""" + SIG_K
add(dt, build(dt, K, '997402 - спорткомплекс «Юность»', leaf('text/plain', txt, U, 'base64'), 'lotus', U),
    dec('997402', [], ACC, 'зарегистрирована и принята; вх. № 3452 is noise'))

dt = D_('2026-11-24 09:10')
txt = """Для сведения. Наряд 997402.

""" + SIG_D + """

-------- Пересланное сообщение --------
Тема: 	Юность
Дата: 	Tue, 24 Nov 2026 09:02:11 +0300
От: 	Ерёмин Сергей Петрович <eremin@onegateplo.ru>
Кому: 	dds@ctn-karelia.ru

Выдвигаемся на «Юность» (ул. Древлянка, 14) по позициям 1 и 2, будем через полчаса.

""" + SIG_EREMIN
add(dt, build(dt, D, 'Fwd: Юность', leaf('text/plain', txt, U, '8bit'), 'tb', U),
    dec('997402', ['1', '2'], WAY, '«наряд» = request; выдвигаемся, будем через полчаса'))

dt = D_('2026-11-24 11:00')
txt = lotus_head('dispatch@zakazchik-omis.ru', '', 'Заявка 997402 - документы') + \
"""Просим направить в адрес ГАУ РК «ЦТН» скан-копию заявки № 997402 с подписью
ответственного лица, а также рабочую документацию на системы вентиляции
(разделы ОВ-3, ОВ-4) для передачи исполнителю.

""" + SIG_K
add(dt, build(dt, K, 'Заявка 997402 - документы', leaf('text/plain', txt, U, '8bit'), 'lotus', U),
    rev('request for documents, no status'))

dt = D_('2026-11-24 12:30')
html = html_table(
    '<p>Уважаемая Марина Сергеевна!</p>\n<p>Настоящим направляем информацию о ходе исполнения заявки '
    '№ 997402 (МАУ «Спорткомплекс «Юность», ул. Древлянка, д. 14):</p>',
    [('1', 'Приточно-вытяжная установка, большой зал', '1', 'Прибытие специалистов на объект', '09:45'),
     ('2', 'Приточно-вытяжная установка, бассейн', '2', 'Прибытие специалистов на объект', '09:50'),
     ('3', 'Вытяжная установка, раздевалки', '3', 'Выезд запланирован на 26.11.2026', '&mdash;'),
     ('4', 'Тепловая завеса, главный вход', '4', 'Выезд запланирован на 26.11.2026', '&mdash;')],
    '<p>' + p2html(SIG_P) + '</p>', W)
add(dt, build(dt, P, 'Информация по заявке № 997402', leaf('text/html', html, W, 'base64'), 'outlook', W),
    dec('997402', ['1', '2'], ON, 'HTML table: 1,2 arrived; 3,4 only planned'))

dt = D_('2026-11-25 10:00')
txt = """Исх. № 12-04/1203 от 25.11.2026

О продлении срока выполнения работ

Уважаемая Марина Сергеевна!

В соответствии с п. 4.2.1 контракта № 0306200001226000045 просим согласовать
перенос срока выполнения работ по заявке № 997402 (позиции 3, 4) на
30.11.2026 в связи с задержкой поставки электродвигателя АИР80В4 для
вытяжной установки.

""" + SIG_S
add(dt, build(dt, S, 'Исх. № 12-04/1203 О продлении срока по заявке 997402',
              leaf('text/plain', txt, W, 'quoted-printable'), 'outlook', W),
    rev('contract talk: asks to move the deadline, no status'))

dt = D_('2026-11-25 15:20')
txt = """Для сведения.

""" + SIG_D + """

-------- Пересланное сообщение --------
Тема: 	#997402 поз 1,2
Дата: 	Wed, 25 Nov 2026 15:06:40 +0300
От: 	Ерёмин Сергей Петрович <eremin@onegateplo.ru>
Кому: 	dds@ctn-karelia.ru

По позициям 1 и 2 закончили: установки Komfovent Domekt R 700 и ПВУ-3500
запущены, балансировка выполнена, автоматика настроена. Уехали в 15:00.

""" + SIG_EREMIN
add(dt, build(dt, D, 'Fwd: #997402 поз 1,2', leaf('text/plain', txt, U, 'quoted-printable'), 'tb', U),
    dec('997402', ['1', '2'], LEFT, '«#997402»; equipment models R 700 / ПВУ-3500 are noise; уехали 15:00'))

dt = D_('2026-11-26 11:00')
txt = """Уважаемая Марина Сергеевна!

Настоящим сообщаем, что 26.11.2026 в 10:30 обеспечено прибытие специалистов
ООО «Онегатеплосервис» на объект (МАУ «Спорткомплекс «Юность»,
ул. Древлянка, д. 14) для выполнения работ по поз. 3, 4.

""" + SIG_P
mid_ba = msgid('outlook')
add(dt, build(dt, P, '997402 (3, 4)', leaf('text/plain', txt, W, 'quoted-printable'), 'outlook', W, mid=mid_ba),
    dec('997402', ['3', '4'], ON, 'positions in brackets in subject and «поз. 3, 4»; прибытие 10:30'))

dt = D_('2026-11-27 16:00')
txt = """> -----Original Message-----
> From: Диспетчерская служба АО «ОМИС» [mailto:dispatch@zakazchik-omis.ru]
> Sent: Thursday, November 26, 2026 11:20 AM
> To: Петрова Ольга Викторовна
> Subject: RE: 997402 (3, 4) - прибытие на объект
>
> Принято, ждём информацию о завершении по 3 и 4.
> Гусева М.С.
>
>> Настоящим сообщаем, что 26.11.2026 в 10:30 обеспечено прибытие
>> специалистов ООО «Онегатеплосервис» на объект для выполнения работ
>> по поз. 3, 4.

Марина Сергеевна, добрый день.

Доводим до сведения: работы по позициям 3 и 4 выполнены, электродвигатель
вытяжной установки заменён, тепловая завеса запущена. Специалисты убыли
27.11.2026 в 15:40. Итоговый акт КС-2 № 61 будет направлен письмом.

""" + SIG_P
add(dt, build(dt, P, 'RE: 997402 (3, 4) - прибытие на объект', leaf('text/plain', txt, W, 'quoted-printable'),
              'outlook', W, reply_to_mid=mid_ba),
    dec('997402', ['3', '4'], LEFT, 'reply written under the quote; Re: subject names old status (прибытие), body reports убыли'))

# ======================================================================
# machine mail and misc
# ======================================================================
dt = D_('2026-11-13 15:10')
txt = """Уважаемая Марина Сергеевна!

Настоящим сообщаем, что по заявке № 995817 работы выполнены в полном объёме,
объект передан балансодержателю. Исполнитель убыл с объекта в 14:30.

""" + SIG_P
add(dt, build(dt, P, 'О завершении работ по заявке № 995817', leaf('text/plain', txt, W, 'quoted-printable'),
              'outlook', W),
    rev('request 995817 is not in the registry (looks like a typo of 995871, which cannot be assumed)'))

dt = D_('2026-11-16 09:00')
txt = """ИНФОРМАЦИОННЫЙ БЮЛЛЕТЕНЬ ГАУ РК «ЦТН» № 11/2026

1. С 01.03.2027 вступают в силу изменения № 3 к СП 60.13330.2020
   «Отопление, вентиляция и кондиционирование воздуха».
2. График работы в праздничные дни: 31.12.2026 - сокращённый день,
   с 01.01.2027 по 11.01.2027 приём заявок осуществляет дежурная служба.
3. Напоминаем, что информация о ходе исполнения заявок направляется
   по электронной почте в адрес заказчиков в течение 1 часа.

Вы получили это письмо, так как подписаны на рассылку ГАУ РК «ЦТН».
Отписаться: https://ctn-karelia.ru/unsubscribe?id=4f81a2
"""
html = '<html><body><h3>ИНФОРМАЦИОННЫЙ БЮЛЛЕТЕНЬ ГАУ РК «ЦТН» № 11/2026</h3>' + \
       '<p>' + p2html(txt.split('\n', 2)[2]) + '</p></body></html>\n'
add(dt, build(dt, N, 'Информационный бюллетень ГАУ РК «ЦТН» № 11/2026', multipart('alternative', [
    leaf('text/plain', txt, U, 'base64'), leaf('text/html', html, U, 'base64')]), 'none', U,
    to='undisclosed-recipients:;',
    extra=[('Precedence', 'bulk'), ('List-Id', 'CTN bulletin <bulletin.ctn-karelia.ru>'),
           ('List-Unsubscribe', '<mailto:unsubscribe@ctn-karelia.ru?subject=unsubscribe>, '
                                '<https://ctn-karelia.ru/unsubscribe?id=4f81a2>'),
           ('X-Mailer', 'CTN Mailer 2.1')]),
    ign('bulk newsletter (Precedence: bulk, List-Unsubscribe)'))

dt = D_('2026-11-17 16:30')
cal = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Петрова Ольга Викторовна:mailto:petrova.ov@ctn-karelia.ru
SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по исполнению контракта № 0306200001226000045
DTSTART;TZID=Russian Standard Time:20261120T110000
DTEND;TZID=Russian Standard Time:20261120T120000
UID:040000008200E00074C5B7101A82E0080000000010D2A3F1B3C1DB01000000000000000010000000
SEQUENCE:0
DTSTAMP:20261117T133000Z
LOCATION;LANGUAGE=ru-RU:Переговорная АО «ОМИС», каб. 214
END:VEVENT
END:VCALENDAR
"""
part = multipart('alternative', [leaf('text/plain', '\n', W, 'quoted-printable'),
                                 leaf('text/calendar', cal, U, 'base64', '; method=REPLY')])
add(dt, build(dt, P, 'Принято: Совещание по исполнению контракта № 0306200001226000045', part, 'outlook', W),
    ign('calendar meeting response generated by Outlook'))

dt = D_('2026-11-27 18:00')
txt = """Здравствуйте!

Я нахожусь в ежегодном оплачиваемом отпуске с 30.11.2026 по 13.12.2026.
По вопросам исполнения заявок (в т.ч. 997402) обращайтесь к начальнику отдела
технического контроля Савельеву Игорю Николаевичу, тел. (8142) 76-45-11,
saveliev.in@ctn-karelia.ru, или к дежурному диспетчеру, dds@ctn-karelia.ru.

Петрова О.В.
"""
add(dt, build(dt, P, 'Автоматический ответ: Акт по заявке 997402',
              leaf('text/plain', txt, W, 'quoted-printable'), 'outlook', W,
              extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
              reply_to_mid=msgid('x', 'zakazchik-omis.ru')),
    ign('out-of-office auto-reply'))

# ---------------------------------------------------------------- write
REGISTRY = {
    'contractor': {
        'name': 'ГАУ РК «Центр технического надзора»',
        'emails': [P[1], S[1], K[1], D[1], N[1], MD[1]],
        'domains': ['ctn-karelia.ru', 'mx.ctn-karelia.ru'],
    },
    'requests': [
        {'number': '995014', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-02T09:10:00+03:00',
         'comment': 'ГБУЗ «РБ им. В.А. Баранова», ул. Пирогова 3: обследование вентиляции; 1 - корпус А, 2 - корпус Б, 3 - корпус В'},
        {'number': '995127', 'positions': ['1'], 'registered_at': '2026-11-03T08:30:00+03:00',
         'comment': 'Котельная пос. Шуя, ул. Школьная 12: замена сетевого насоса'},
        {'number': '995388', 'positions': ['1', '2'], 'registered_at': '2026-11-05T10:00:00+03:00',
         'comment': 'МОУ «СШ № 17», ул. Ленинградская 20: АПС; 1 - здание школы, 2 - спортзал'},
        {'number': '995602', 'positions': ['1', '2', '3', '4'], 'registered_at': '2026-11-06T09:00:00+03:00',
         'comment': 'Освидетельствование лифтов: 1 - пр. Ленина 33, 2 - Антикайнена 8, 3 - Чапаева 40, 4 - Варкауса 21'},
        {'number': '995871', 'positions': ['1'], 'registered_at': '2026-11-09T11:20:00+03:00',
         'comment': 'Национальная библиотека РК, ул. Пушкинская 5: электрощитовая'},
        {'number': '996040', 'positions': ['1', '2'], 'registered_at': '2026-11-10T08:45:00+03:00',
         'comment': 'Узлы учёта тепла: 1 - ДС № 1 (Мурманская 7), 2 - ДС № 83 (Ровио)'},
        {'number': '996233', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-11T09:30:00+03:00',
         'comment': 'Лифты административного здания пр. Ленина 19: лифты 1, 2, 3'},
        {'number': '996519', 'positions': ['1'], 'registered_at': '2026-11-12T13:00:00+03:00',
         'comment': 'Кондопога, МБУ «Дворец искусств», ревизия ВРУ'},
        {'number': '996704', 'positions': ['1', '2'], 'registered_at': '2026-11-16T08:00:00+03:00',
         'comment': 'Сегежа, котельная ЦРБ: замена горелок; 1, 2 - котлы'},
        {'number': '996958', 'positions': ['1', '2'], 'registered_at': '2026-11-17T10:15:00+03:00',
         'comment': 'Поликлиника № 2, ул. Кирова 40: 1 - пассажирский лифт, 2 - больничный лифт'},
        {'number': '997105', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-18T09:00:00+03:00',
         'comment': 'Музей ИЗО, пр. К. Маркса 8: АПС; 1 - основное здание, 2 - фондохранилище, 3 - выставочный зал'},
        {'number': '997316', 'positions': ['1'], 'registered_at': '2026-11-20T08:20:00+03:00',
         'comment': 'Медвежьегорск, СОШ № 1: ИТП'},
        {'number': '997402', 'positions': ['1', '2', '3', '4'], 'registered_at': '2026-11-23T09:40:00+03:00',
         'comment': 'Спорткомплекс «Юность», Древлянка 14: вентиляция, 4 установки'},
    ],
}


def main():
    ld = os.path.join(OUT, 'letters')
    os.makedirs(ld, exist_ok=True)
    for f in os.listdir(ld):
        os.remove(os.path.join(ld, f))
    LETTERS.sort(key=lambda x: x[0])
    labels = {}
    for i, (dt, data, label) in enumerate(LETTERS, 1):
        name = '%03d.eml' % i
        with open(os.path.join(ld, name), 'wb') as fh:
            fh.write(data)
        labels[name] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(labels), Counter(v['expect'] for v in labels.values()))


if __name__ == '__main__':
    main()
