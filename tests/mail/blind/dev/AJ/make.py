# -*- coding: utf-8 -*-
"""Generator of test letters for persona AJ: ООО «Кровля-Профи», Ярославль.

Writers: прораб Мухин (phone, fragments, follow-up letters), сметчик Белова
(Outlook, windows-1251, volumes/prices), директор Гущин (The Bat!, KOI8-R).
Run:  python3 make.py   -> letters/NNN.eml, labels.json, registry.json
"""
import base64
import datetime
import html
import json
import os
import quopri
import random
import uuid
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
rnd = random.Random(44017)
TZ = datetime.timezone(datetime.timedelta(hours=3))
DOM = 'krovlya-profi76.ru'

DISPATCH = ('Диспетчерская служба ОМИС', 'dispatch@zakazchik-omis.ru')
MUHIN = ('Мухин Сергей', 'muhin@' + DOM)
MUHIN_MR = ('Сергей Мухин', 's.muhin76@mail.ru')
BELOVA = ('Белова Ольга Николаевна', 'smeta@' + DOM)
GUSCHIN = ('Гущин Андрей Викторович', 'director@' + DOM)
NEWS = ('Кровля-Профи', 'news@' + DOM)
DAEMON = ('Mail Delivery System', 'MAILER-DAEMON@mx.' + DOM)


def dt(d, hh, mm, ss=None):
    if ss is None:
        ss = rnd.randint(0, 59)
    return datetime.datetime(2026, 11, d, hh, mm, ss, tzinfo=TZ)


# ---------------------------------------------------------------- helpers
def hdr(s, cs):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(san(s, cs), cs, maxlinelen=76).encode()


def addr(p, cs='utf-8'):
    return formataddr((san(p[0], cs), p[1]), charset=cs)


SANITIZE = {
    'koi8-r': {'№': 'N', '«': '"', '»': '"', '—': '-', '–': '-', '²': '2', '₽': 'руб.'},
    'windows-1251': {'²': '2', '₽': 'руб.', 'Ø': 'д.'},
}


def san(text, cs):
    for a, b in SANITIZE.get(cs, {}).items():
        text = text.replace(a, b)
    return text


def leaf(ctype, text, cs, cte, extra=''):
    if ctype == 'text/html':
        raw = text.encode(cs, errors='xmlcharrefreplace')
    else:
        raw = san(text, cs).encode(cs)
    if cte == 'base64':
        body = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    else:
        body = raw
    h = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (ctype, cs, extra, cte)
    return h.encode('ascii') + b'\n' + body


def raw_part(headers, body_bytes):
    return headers.encode('ascii') + b'\n' + body_bytes


def multipart(sub, parts, extra=''):
    b = '----=_Part_%d_%d.%d' % (rnd.randint(10000, 99999), rnd.randint(100000, 999999), rnd.randint(10 ** 12, 10 ** 13))
    head = 'Content-Type: multipart/%s;%s\n\tboundary="%s"\n' % (sub, extra, b)
    body = b'This is a multi-part message in MIME format.\n\n'
    for p in parts:
        if not p.endswith(b'\n'):
            p += b'\n'
        body += b'--' + b.encode() + b'\n' + p + b'\n'
    body += b'--' + b.encode() + b'--\n'
    return head.encode('ascii') + b'\n' + body


def outlook_html(text):
    paras = []
    for line in text.split('\n'):
        if line.strip() == '':
            paras.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
        else:
            paras.append('<p class=MsoNormal>%s<o:p></o:p></p>' % html.escape(line))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv=Content-Type content="text/html; charset=windows-1251">\n'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
            '</head>\n<body lang=RU link="#0563C1" vlink="#954F72">\n<div class=WordSection1>\n'
            + '\n'.join(paras) + '\n</div>\n</body>\n</html>\n')


def simple_html(text):
    lines = ['<div>%s</div>' % (html.escape(l) if l.strip() else '<br>') for l in text.split('\n')]
    return '<html><body>' + '\n'.join(lines) + '</body></html>\n'


# message-id styles per client
def mid_iphone():
    return '<%s@%s>' % (str(uuid.UUID(int=rnd.getrandbits(128))).upper(), DOM)


def mid_mailru(d):
    return '<%d.%d@f%d.i.mail.ru>' % (int(d.timestamp()), rnd.randint(10 ** 8, 10 ** 9), rnd.randint(100, 599))


def mid_outlook():
    return '<%s$%s$%s$@%s>' % ('%012x' % rnd.getrandbits(48), '%08x' % rnd.getrandbits(32), '%08x' % rnd.getrandbits(32), DOM)


def mid_bat(d):
    return '<%d.%s@%s>' % (rnd.randint(10 ** 8, 10 ** 9), d.strftime('%Y%m%d%H%M%S'), DOM)


def mid_omis():
    return '<omis-%d-%d@zakazchik-omis.ru>' % (rnd.randint(100000, 999999), rnd.randint(1000, 9999))


def rus_date(d):
    months = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа',
              'сентября', 'октября', 'ноября', 'декабря']
    return '%d %s %d г. %d:%02d' % (d.day, months[d.month - 1], d.year, d.hour, d.minute)


LETTERS = []
MIDS = {}


def add(key, frm, date, subject, part, label, cs='utf-8', client='iphone', to=DISPATCH,
        extra=None, reply_to_key=None, reply_mid=None, to_cs=None):
    if client == 'iphone':
        mid = mid_iphone()
        xm = ['X-Mailer: iPhone Mail (22B91)']
    elif client == 'mailru':
        mid = mid_mailru(date)
        xm = ['X-Mailer: Mail.Ru Mail App for Android 15.2.0.51012', 'X-Mras: Ok']
    elif client == 'outlook':
        mid = mid_outlook()
        xm = ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: ru',
              'Thread-Index: ' + base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(22))).decode()]
    elif client == 'bat':
        mid = mid_bat(date)
        xm = ['X-Mailer: The Bat! (v10.4.3) Professional', 'X-Priority: 3 (Normal)']
    elif client == 'rc':
        mid = '<%s@%s>' % ('%032x' % rnd.getrandbits(128), DOM)
        xm = ['User-Agent: Roundcube Webmail/1.6.9']
    else:
        mid = '<%d.%s@mx.%s>' % (rnd.randint(10 ** 6, 10 ** 7), date.strftime('%Y%m%d%H%M%S'), DOM)
        xm = []
    MIDS[key] = mid
    h = ['Return-Path: <%s>' % frm[1],
         'Date: ' + format_datetime(date),
         'From: ' + addr(frm, cs),
         'To: ' + addr(to, to_cs or cs),
         'Subject: ' + hdr(subject, cs),
         'Message-ID: ' + mid]
    irt = None
    if reply_to_key:
        irt = MIDS[reply_to_key]
    elif reply_mid:
        irt = reply_mid
    if irt:
        h.append('In-Reply-To: ' + irt)
        h.append('References: ' + irt)
    h.append('MIME-Version: 1.0')
    h += xm
    if extra:
        h += extra
    data = ('\n'.join(h) + '\n').encode('ascii') + part
    LETTERS.append(dict(key=key, date=date, data=data, label=label))
    return mid


def D(request, positions, status, note):
    return dict(expect='decided', request=request, positions=positions, status=status, note=note)


def R(note):
    return dict(expect='review', note=note)


def I(note):
    return dict(expect='ignored', note=note)


ACC, WAY, ON, LEFT = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'

IPH = '\n\nОтправлено с iPhone'


def iph(text):
    return leaf('text/plain', text, 'utf-8', 'quoted-printable')


def mailru(text):
    return multipart('alternative', [leaf('text/plain', text, 'utf-8', 'base64'),
                                     leaf('text/html', simple_html(text), 'utf-8', 'base64')])


def outlook(text, html_text=None):
    return multipart('alternative', [leaf('text/plain', text, 'windows-1251', 'quoted-printable'),
                                     leaf('text/html', html_text or outlook_html(text), 'windows-1251', 'quoted-printable')])


def bat(text, cte='8bit'):
    return leaf('text/plain', text, 'koi8-r', cte)


SIG_E = """
--
С уважением,
Белова Ольга Николаевна
инженер-сметчик ООО «Кровля-Профи»
150054, г. Ярославль, ул. Полушкина Роща, д. 16, оф. 305
тел. +7 (4852) 58-44-17, доб. 112
ИНН 7604312876 / КПП 760401001"""

SIG_D = """
--
С уважением,
генеральный директор ООО «Кровля-Профи»
Гущин Андрей Викторович
тел. +7 (4852) 58-44-10"""


def latin_mix(s, every=1):
    tbl = {'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'х': 'x', 'у': 'y', 'к': 'k'}
    out = []
    for i, ch in enumerate(s):
        out.append(tbl.get(ch, ch) if i % every == 0 else ch)
    return ''.join(out)


def qt(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


# ======================================================================
# 44017  СШ № 58, корпуса 1-3
# ======================================================================
omis_44017 = mid_omis()
add('a', MUHIN, dt(2, 9, 25), 'Re: Заявка 44017 школа 58 кровля', iph(
    "Принял. Сегодня после обеда подъедем на 58-ю, посмотрим все три корпуса." + IPH + """

> 2 нояб. 2026 г., в 8:41, Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru> написал(а):
>
> Заявка № 44017 от 02.11.2026
> Объект: МОУ СШ № 58, ул. Свободы, 46
> Поз. 1 — корпус 1, поз. 2 — корпус 2, поз. 3 — корпус 3
> Протечки после ливня 31.10, намокание потолков в каб. 105, 214, 307.
> Просим принять в работу и сообщить сроки.
>
> Диспетчер Петрова Н.А., т. 8 (4852) 72-19-40"""),
    D('44017', [], ACC, 'foreman replies to the request: «Принял», plus a plan to come after lunch; number in Re: subject and quote'),
    reply_mid=omis_44017)

add('b', MUHIN, dt(2, 13, 5), '44017', iph(
    "на месте. 58я, лезем на корп 1. ковер весь пузырями, в двух местах порван" + IPH),
    D('44017', ['1'], ON, 'bare number in subject, «на месте», корп 1 = поз. 1 per registry'))

add('c', MUHIN, dt(2, 13, 11), 'Re: 44017', iph(
    "забыл — второй корпус тоже смотрим, Саня с Димой уже там наверху. т.е. по 2-му тоже на месте" + IPH + """

> 2 нояб. 2026 г., в 13:05, Мухин Сергей <muhin@krovlya-profi76.ru> написал(а):
>
> на месте. 58я, лезем на корп 1. ковер весь пузырями, в двух местах порван"""),
    D('44017', ['2'], ON, 'follow-up minutes later: crew on корпус 2 too; quote of корп 1 is history'),
    reply_to_key='b')

add('d', BELOVA, dt(3, 17, 40), '44017 объёмы корпус 1', outlook(
    """Наталья Александровна, добрый вечер.

По заявке № 44017 (СШ № 58) по корпусу 1 работы выполнены, бригада сегодня в 16:30 с корпуса ушла.
Фактический объём по корпусу 1:
- ремонт кровельного ковра 96 м²;
- уложено 11 рулонов Техноэласт ЭПП (рулон 10 м², с учётом нахлёстов);
- праймер битумный — 2 ведра по 20 л.
Стоимость по корпусу 1 — 187 430 руб. 00 коп., в т.ч. НДС 20 %.

По корпусам 2 и 3 объёмы направлю по завершении.
""" + SIG_E), D('44017', ['1'], LEFT, 'estimator: volumes and price, in passing «работы выполнены, бригада ушла» for корпус 1'),
    cs='windows-1251', client='outlook')

add('e', MUHIN, dt(5, 15, 10), '44017 к2', iph(
    "корпус 2 закончили, собираемся, убываем. мусор вниз спустили, вывезли" + IPH),
    D('44017', ['2'], LEFT, '«к2» in subject; «закончили, убываем»'))

add('f', MUHIN, dt(5, 15, 18), 'Re: 44017 к2', iph(
    "забыл написать — по третьему корпусу тоже закончили. там мелочь была, примыкание у трубы, утром сделали и оттуда ушли" + IPH + """

> 5 нояб. 2026 г., в 15:10, Мухин Сергей <muhin@krovlya-profi76.ru> написал(а):
>
> корпус 2 закончили, собираемся, убываем. мусор вниз спустили, вывезли"""),
    D('44017', ['3'], LEFT, 'follow-up «забыл написать» — корпус 3 also finished; quoted корпус 2 is history'),
    reply_to_key='e')

omis_compl = mid_omis()
add('g', GUSCHIN, dt(10, 10, 20), 'Re: Претензия — протечка в каб. 214, школа № 58', bat(
    """Уважаемая Наталья Александровна!

Ваше письмо от 09.11.2026 получили. Кабинет 214 расположен на втором этаже
корпуса 3, над ним проходит вентиляционная шахта, через которую, со слов
завхоза, вода поступала и до нашего ремонта.

Для установления причины направим к Вам инженера по гарантии в четверг,
12.11.2026, с 10:00 до 12:00. Прошу обеспечить доступ на кровлю и в
кабинет 214. Если причина подтвердится в нашей зоне ответственности,
устраним за свой счёт в рамках гарантии по договору № 76-КР/2026.
""" + SIG_D + """

Здравствуйте, Диспетчерская.

Вы писали 9 ноября 2026 г., 16:12:

> Андрей Викторович, добрый день.
> После ремонта кровли по заявке 44017 в кабинете 214 школы № 58 снова
> течёт, подставили ведро. Просим разобраться и дать ответ до 11.11.
> Петрова Н.А."""), R('director answers a complaint: promises an engineer visit on 12.11, reports no status'),
    cs='koi8-r', client='bat', reply_mid=omis_compl)

add('h', GUSCHIN, dt(24, 11, 5), 'Итог по заявке 44017 (школа № 58)', bat(
    """Наталья Александровна, добрый день.

Направляю сводку по заявке 44017, СШ № 58, ул. Свободы, 46:

корпус 1 (поз. 1) - прибытие 02.11 в 12:50, завершение 03.11 в 16:30;
корпус 2 (поз. 2) - прибытие 02.11, завершение и убытие 05.11 в 15:10;
корпус 3 (поз. 3) - работы 05.11, завершены до 12:00.
12.11 инженер выезжал на гарантийный осмотр по каб. 214 - течь через
оголовок вентшахты, это не кровельный ковёр, оголовок заделали в тот же день.

Все работы по заявке завершены, бригады с объекта убыли. Акт КС-2 № 121
от 20.11.2026 и справка КС-3 отправлены курьером.
""" + SIG_D, cte='quoted-printable'),
    D('44017', ['1', '2', '3'], LEFT, 'director summary: all three positions finished, crews left (dates/times and act number are not request numbers)'),
    cs='koi8-r', client='bat')

# ======================================================================
# 44052  детские поликлиники № 3 и № 5
# ======================================================================
add('i', BELOVA, dt(2, 15, 30), 'Заявка 44052 — принята', outlook(
    """Добрый день!

Заявку 44052 приняли в работу. Начнём с детской поликлиники № 3 на ул. Победы, 21 — завтра с утра.
Прошу сообщить телефон завхоза детской поликлиники № 5 (пр-т Ленина, 36) для доступа на кровлю: в прошлый раз ключ от выхода на чердак был у охраны, бригада ждала 1,5 часа.
""" + SIG_E), D('44052', [], ACC, '«приняли в работу»; the question about access does not cancel the acceptance'),
    cs='windows-1251', client='outlook')

add('j', MUHIN, dt(3, 8, 5), '44052 п.1', iph(
    "выехали на детскую 3 (Победы), минут 20 будем" + IPH),
    D('44052', ['1'], WAY, 'subject «44052 п.1»; «выехали на ..., минут 20 будем» = on the way'))

add('k', MUHIN, dt(3, 8, 33), 'Re: 44052 п.1', iph(
    latin_mix("на месте, детская 3. завхоз открыл, лезем", 2) + IPH + """

> 3 нояб. 2026 г., в 8:05, Мухин Сергей <muhin@krovlya-profi76.ru> написал(а):
>
> выехали на детскую 3 (Победы), минут 20 будем"""),
    D('44052', ['1'], ON, 'Latin look-alike letters inside «на месте»; quoted «выехали» is history'),
    reply_to_key='j')

add('l', MUHIN, dt(3, 16, 45), '44052', iph(
    "первую закрыли, съехали с объекта. на пятую завтра с утра"),
    D('44052', ['1'], LEFT, '«первую закрыли, съехали с объекта» = поз. 1 left; пятая (поз. 2) only planned'))

add('m', MUHIN, dt(4, 7, 58), '44052 п3', iph(
    "на месте, начинаем. пр-т Ленина" + IPH),
    R('request 44052 has positions 1 and 2 only; «п3» does not exist'))

add('m2', MUHIN, dt(4, 8, 4), 'Re: 44052 п3', iph(
    "опечатка, п2 конечно. пятая детская, Ленина 36. мы на месте" + IPH + """

> 4 нояб. 2026 г., в 7:58, Мухин Сергей <muhin@krovlya-profi76.ru> написал(а):
>
> на месте, начинаем. пр-т Ленина"""),
    D('44052', ['2'], ON, 'correction of the previous letter: not п3 but п2; subject still says п3'),
    reply_to_key='m')

add('n', BELOVA, dt(6, 16, 20), '44052 поз. 2 — выполнение, объёмы', outlook(
    """Наталья Александровна, добрый день!

По заявке 44052, детская поликлиника № 5 (позиция 2): работы выполнены, бригада сегодня объект сдала завхозу Ковалёвой Т.И. и убыла.
Фактически:
- мягкая кровля в два слоя — 212 м²;
- Унифлекс ЭПП — 46 рулонов (10 м²), с запасом на примыкания к парапету;
- мастика Технониколь № 21 — 3 ведра.
Стоимость по позиции 2 — 418 600 руб. с НДС, это на 6 % выше сметы из-за парапета (было 180 м² по смете).
""" + SIG_E), D('44052', ['2'], LEFT, 'estimator: поз. 2 done, «объект сдала ... и убыла», with volumes/costs'),
    cs='windows-1251', client='outlook')

pdf_bytes = b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'


def attach(name, data, ctype='application/pdf'):
    return raw_part('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\nContent-Transfer-Encoding: base64\n'
                    % (ctype, name, name), base64.encodebytes(data))


txt_o = """Добрый день!

Направляю по заявке 44052 акт КС-2 № 118, справку КС-3 № 118 и счёт № 1187 от 09.11.2026 на сумму 803 150,00 руб. (в т.ч. НДС 20 % — 133 858,33 руб.), договор № 76-КР/2026.
Прошу подписать и вернуть один экземпляр, оригиналы передадим с прорабом.
""" + SIG_E
add('o', BELOVA, dt(9, 11, 0), 'КС-2 и счёт по 44052', multipart('mixed', [
    multipart('alternative', [leaf('text/plain', txt_o, 'windows-1251', 'quoted-printable'),
                              leaf('text/html', outlook_html(txt_o), 'windows-1251', 'quoted-printable')]),
    attach('KS-2_118.pdf', pdf_bytes), attach('Schet_1187.pdf', pdf_bytes)]),
    R('acts and invoice (price/contract talk), no status'), cs='windows-1251', client='outlook')

# ======================================================================
# 44108  четыре школы Заволжского района
# ======================================================================
omis_44108 = mid_omis()
add('p', GUSCHIN, dt(3, 10, 2), 'Re: Заявка 44108 - протечки, Заволжский р-н', bat(
    """Наталья Александровна, добрый день.

Заявку 44108 приняли. Четыре объекта, распределяем на две бригады,
ответственный - прораб Мухин С.В., тел. +7 915 964-12-08.
График выездов пришлём отдельно.
""" + SIG_D + """

> Заявка № 44108 от 03.11.2026: СШ № 12, СШ № 33, СШ № 71, гимназия № 2.
> Протечки кровли, просим принять в работу."""),
    D('44108', [], ACC, 'director: «Заявку 44108 приняли»'), cs='koi8-r', client='bat', reply_mid=omis_44108)

add('q', MUHIN, dt(4, 7, 55), '44108 поз 2', iph(
    "выдвигаемся на 33ю. праздник а мы на крышу)) минут 30"),
    D('44108', ['2'], WAY, '«выдвигаемся на 33ю ... минут 30» = on the way; поз 2 in subject'))

add('r', MUHIN, dt(4, 8, 40), '44108-2', iph(
    "на месте. течет над спортзалом, ендова. фото вечером скину" + IPH),
    D('44108', ['2'], ON, 'subject «44108-2» = request-position'))

add('s', MUHIN, dt(4, 13, 15), '44108 (3)', iph(
    "вторая бригада на 71й, на месте"),
    D('44108', ['3'], ON, 'subject «44108 (3)»; at this moment the letter reports поз. 3 on site (corrected later)'))

add('t', MUHIN, dt(4, 13, 21), 'Re: 44108 (3)', iph(
    "ошибся. не 3 а 4 — гимназия 2. на 71ю они только завтра. то есть на месте по 4-й" + """

> 4 нояб. 2026 г., в 13:15, Мухин Сергей <muhin@krovlya-profi76.ru> написал(а):
>
> вторая бригада на 71й, на месте"""),
    D('44108', ['4'], ON, 'correction: the crew is on поз. 4 (гимназия), not 3; 71 only planned'),
    reply_to_key='s')

tbl_u = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial;font-size:10pt">
<p>Наталья Александровна, добрый вечер!</p>
<p>Состояние по заявке <b>44108</b> на 05.11.2026, 17:00:</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>Поз.</th><th>Объект</th><th>Состояние</th><th>Объём, м²</th><th>Материал</th></tr>
<tr><td>1</td><td>СШ № 12</td><td>не начато, выезд 10.11</td><td>—</td><td>—</td></tr>
<tr><td>2</td><td>СШ № 33</td><td>выполнено 04.11, бригада убыла 17:10</td><td>64</td><td>Техноэласт ЭКП, 7 рул.</td></tr>
<tr><td>3</td><td>СШ № 71</td><td>перенесено на 10–11.11 (нет доступа на кровлю)</td><td>—</td><td>—</td></tr>
<tr><td>4</td><td>Гимназия № 2</td><td>выполнено 05.11</td><td>38</td><td>Техноэласт ЭКП, 4 рул.</td></tr>
</table>
<p>Итого выполнено 102 м², 11 рулонов. Стоимость по факту пришлю после закрытия всех позиций.</p>
<p>--<br>Белова О.Н., инженер-сметчик ООО «Кровля-Профи»<br>тел. +7 (4852) 58-44-17, доб. 112</p>
</body></html>
"""
add('u', BELOVA, dt(5, 17, 30), '44108 — состояние по объектам на 05.11',
    leaf('text/html', tbl_u, 'utf-8', 'base64'),
    D('44108', ['2', '4'], LEFT, 'HTML-only table: rows 2 and 4 «выполнено», rows 1 and 3 only plans'),
    client='rc')

omis_33 = mid_omis()
add('v', GUSCHIN, dt(6, 11, 40), 'Re: Жалоба: школа № 33 — капает в спортзале', bat(
    """Уважаемая Наталья Александровна!

По Вашему обращению о капели в спортзале СШ № 33 (заявка 44108,
позиция 2) сообщаю: бригада прибыла на объект 04.11 в 8:40, ендова над
спортзалом переклеена на площади 64 м², работы закончены 04.11 в 17:10,
после чего бригада с объекта убыла.

Капель 05.11, по нашей оценке, - стекание накопившейся в утеплителе воды,
должна прекратиться в течение 3-5 дней. Если не прекратится - приедем
повторно без оплаты.
""" + SIG_D + """

-- 
Вы писали 5 ноября 2026 г., 18:03:

> Андрей Викторович! В СШ № 33 после вашего ремонта в спортзале всё равно
> капает, завуч жалуется. Когда будете?""", cte='base64'),
    D('44108', ['2'], LEFT, 'director answers a complaint but summarises: arrived 04.11, finished 17:10, crew left'),
    cs='koi8-r', client='bat', reply_mid=omis_33)

add('x', MUHIN, dt(10, 12, 30), '44108', iph(
    "по 12й закончили (п1). щас едем на 71ю, п3" + IPH),
    R('different statuses for different positions: п1 left, п3 on the way'))

add('y', MUHIN, dt(11, 15, 50), '44108 п.3', iph("готово. с 71й уехали"),
    D('44108', ['3'], LEFT, '«готово. с 71й уехали» = поз. 3 finished'))

# ======================================================================
# 44131  поликлиника № 2, одна позиция
# ======================================================================
add('z', BELOVA, dt(4, 11, 20), 'Обращение #44131 — поликлиника № 2', outlook(
    """Добрый день!

Обращение #44131 (поликлиника № 2, ул. Угличская) в работу приняли.
Ориентировочно: примыкание к вентшахте 14 п.м., фартук из оцинкованной стали 0,55 мм, 2 рулона Техноэласт ЭКП для усиления.
Предварительная стоимость 58 900 руб., точнее — после осмотра. Выезд планируем на 06.11.
""" + SIG_E), D('44131', [], ACC, '«#44131 ... в работу приняли», price and plan in passing'),
    cs='windows-1251', client='outlook')

add('aa', MUHIN, dt(6, 8, 20), '44131', iph(
    "еще не выехали, ждем фартуки с базы, к 10 обещали" + IPH),
    R('negation: «ещё не выехали», nothing happened yet'))

fwd_ac = """Наталья Александровна, пересылаю сообщение прораба по #44131.
Акт осмотра и фото пришлём завтра.

Это пересылаемое сообщение

От:    Мухин Сергей <muhin@krovlya-profi76.ru>
Кому:  Гущин Андрей Викторович <director@krovlya-profi76.ru>
Дата:  6 ноября 2026 г., 15:48
Тема:  44131

===8<==============Текст исходного сообщения===============
Андрей Викторович, по поликлинике 2 примыкание сделали, фартук
поставили, пролили водой - сухо. Всё, уехали, газель А447ОР76 на базу.
===8<===========Конец текста исходного сообщения===========
""" + SIG_D
add('ac', GUSCHIN, dt(6, 16, 5), 'Fwd: 44131', bat(fwd_ac),
    D('44131', [], LEFT, "director forwards the foreman's report: done, left (car plate is not a number of a request)"),
    cs='koi8-r', client='bat')

# ======================================================================
# 44176  СШ № 80: 01 спортзал, 02 пищеблок, 03 основной
# ======================================================================
omis_44176 = mid_omis()
add('ad', GUSCHIN, dt(5, 9, 0), 'Re: Заявка № 44176 - школа № 80', bat(
    """Добрый день.

Принято. Ответственный - прораб Мухин С.В. (+7 915 964-12-08),
начало работ 06.11, две бригады: пищеблок и спортзал параллельно,
основной корпус - после них.
""" + SIG_D), D('44176', [], ACC, '«Принято» with schedule plans'), cs='koi8-r', client='bat', reply_mid=omis_44176)

add('ae', MUHIN, dt(6, 8, 50), '44176 поз 02', iph("пищеблок. на месте" + IPH),
    D('44176', ['02'], ON, 'position written 02 as in registry'))

add('af', MUHIN, dt(6, 9, 2), 'Re: 44176 поз 02', iph(
    "и по 01 тоже, спортзал. вторая бригада подъехала, начинают" + """

> 6 нояб. 2026 г., в 8:50, Мухин Сергей <muhin@krovlya-profi76.ru> написал(а):
>
> пищеблок. на месте"""),
    D('44176', ['01'], ON, 'follow-up: second crew arrived at 01 (спортзал); subject still says 02'),
    reply_to_key='ae')

add('ag', BELOVA, dt(9, 10, 10), '44176 — пищеблок (02)', outlook(
    """Наталья Александровна, доброе утро.

По заявке 44176, СШ № 80, пищеблок (поз. 02): работы завершены в пятницу 06.11, бригада убыла в 17:40.
Объём 54 м², 6 рулонов Бикрост ХКП/ТПП, стоимость 71 280 руб. с НДС.
Спортзал и основной корпус — в работе, объёмы позже.
""" + SIG_E), D('44176', ['02'], LEFT, 'estimator: поз. 02 finished 06.11, crew left; «в работе» for others is not a new event'),
    cs='windows-1251', client='outlook')

add('ah0', MUHIN, dt(10, 8, 10), '44176 бригада выехала', iph(
    "выехали на 03, основной. будем к 8:40"),
    D('44176', ['03'], WAY, '«выехали на 03 ... будем к 8:40» = on the way (leaving FOR the site)'))

add('ah', MUHIN, dt(10, 8, 46), 'Re: 44176 бригада выехала', iph(
    "уже на месте, начали демонтаж старого ковра на основном" + IPH + """

> 10 нояб. 2026 г., в 8:10, Мухин Сергей <muhin@krovlya-profi76.ru> написал(а):
>
> выехали на 03, основной. будем к 8:40"""),
    D('44176', ['03'], ON, 'Re: subject names old status «выехала», body says on site at основной корпус (03)'),
    reply_to_key='ah0')

fwd_ai = """Наталья Александровна, пересылаю от прораба. Объёмы по спортзалу и основному корпусу пришлю в понедельник.

О.Н.

От: Мухин Сергей <muhin@krovlya-profi76.ru>
Отправлено: 12 ноября 2026 г. 15:02
Кому: Белова Ольга Николаевна <smeta@krovlya-profi76.ru>
Тема: 44176

Ольга, по 80й всё. 01 и 03 закончили, уехали. мусор вывезли, остатки рулонов (3 шт) на базу"""
add('ai', BELOVA, dt(12, 15, 20), 'FW: 44176', outlook(fwd_ai),
    D('44176', ['01', '03'], LEFT, "estimator forwards foreman's message (Outlook header block): 01 and 03 finished, left"),
    cs='windows-1251', client='outlook')

# ======================================================================
# 44203  водостоки: 1 Чкалова 13, 2 Чехова 5
# ======================================================================
add('aj', BELOVA, dt(6, 12, 0), 'Заявка 44203 принята', outlook(
    """Добрый день!

Заявка 44203 принята. Для расчёта прошу уточнить длины водосточных труб по СШ № 4 (ул. Чкалова, 13) — в заявке указано «около 40 м», а по паспорту здания 4 стояка по 14 м.
Трубы и воронки диаметром 100 мм есть на складе, выезд — 09.11.
""" + SIG_E), D('44203', [], ACC, '«Заявка 44203 принята» plus a question and a plan'),
    cs='windows-1251', client='outlook')

add('ak', MUHIN, dt(9, 9, 30), 'ул. Чкалова, 13 (44203)', iph(
    "на месте, школа 4. воронку меняем, труба забита льдом до 2 этажа" + IPH),
    D('44203', ['1'], ON, 'number in brackets after the address; ул. Чкалова, 13 = поз. 1 per registry'))

omis_q = mid_omis()
add('al', MUHIN, dt(9, 10, 15), 'Re: ул. Чкалова, 13 (44203)', iph(
    "понял, успеем, до 13 уйдем" + IPH + """

> 9 нояб. 2026 г., в 10:02, Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru> написал(а):
>
> Сергей Валерьевич, по Чкалова уточните, к какому времени закончите:
> в 14:00 там родительское собрание, вход через главный.
>
>> 9 нояб. 2026 г., в 9:30, Мухин Сергей написал(а):
>> на месте, школа 4. воронку меняем"""),
    R("acknowledges the dispatcher's message and promises to leave by 13:00 — a plan, no new status; quoted «на месте» is history"),
    reply_mid=omis_q)

add('am', MUHIN, dt(9, 13, 20), 'Re: ул. Чкалова, 13 (44203)', iph(
    "Чкалова закончили в 12:50, уехали. по Чехова позже напишу"),
    D('44203', ['1'], LEFT, 'поз. 1 (Чкалова) finished and left; Чехова (поз. 2) not reported'),
    reply_to_key='ak')

add('ao', MUHIN_MR, dt(10, 16, 10), '44203 п2', mailru(
    """с личной почты, рабочая на телефоне не грузится.
по 44203 п2 Чехова 5 - закончили в 15:40, 2 стояка поменяли, воронку прочистили. уехали

--
Отправлено из мобильной Почты Mail.ru"""),
    D('44203', ['2'], LEFT, 'from the foreman\'s personal mail.ru address; п2 finished, left'),
    client='mailru')

# ======================================================================
# 44245  снег: 1 СШ 26, 2 СШ 37, 3 поликлиника № 1
# ======================================================================
add('ap', MUHIN, dt(9, 8, 30), 'наряд 44245', iph(
    "наряд принял, три точки. сегодня две бригады — 26я и 37я, поликлиника следом"),
    D('44245', [], ACC, '«наряд принял»'))

add('aq', MUHIN, dt(9, 9, 10), '44245 п1', iph("едем на 26ю"),
    D('44245', ['1'], WAY, '«едем на 26ю» = on the way, п1 in subject'))

add('ar', MUHIN, dt(9, 9, 14), 'Re: 44245 п1', iph(
    "точнее уже на месте, подъехали пока писал" + """

> 9 нояб. 2026 г., в 9:10, Мухин Сергей <muhin@krovlya-profi76.ru> написал(а):
>
> едем на 26ю"""),
    D('44245', ['1'], ON, 'follow-up correcting «едем» to «уже на месте»'), reply_to_key='aq')

fwd_as = """пересылаю от Лосева, у меня связь никакая

-------- Пересылаемое сообщение --------
09.11.2026, 13:52, Дмитрий Лосев <losev.dima76@yandex.ru>:

Сергей Валерьевич, по 44245 26я и 37я почищены (п1, п2), наледь с карнизов сбили, ограждение сняли. С обеих уехали в 13:40, едем на базу.

-------- Конец пересылаемого сообщения --------

--
Отправлено из мобильной Почты Mail.ru"""
add('as', MUHIN_MR, dt(9, 14, 5), 'Fwd: 44245', mailru(fwd_as),
    D('44245', ['1', '2'], LEFT, "foreman forwards brigadier's message (mail.ru style): п1 и п2 done, left 13:40"),
    client='mailru')

add('at', BELOVA, dt(9, 15, 0), '44245 — вопрос по вывозу снега', outlook(
    """Наталья Александровна, добрый день.

Подскажите, по наряду 44245 снег с кровли вывозить с территории или достаточно сброса и складирования на газон?
От этого зависит цена: вывоз самосвалом — 3 200 руб./рейс, по поликлинике № 1 выходит 2–3 рейса. В смете вывоз не заложен.
""" + SIG_E), R('estimator asks a question about snow removal and price; no status'),
    cs='windows-1251', client='outlook')

add('au', MUHIN, dt(10, 15, 30), '44245 п.3', iph(
    "сегодня не успеваем, завтра с утра туда" + IPH),
    R('plan only: «сегодня не успеваем, завтра с утра»'))

add('av', MUHIN, dt(11, 8, 55), '44245 П3', iph("ПОЛИКЛИНИКА НА МЕСТЕ. НАЧАЛИ СБРОС"),
    D('44245', ['3'], ON, 'caps; П3 in subject'))

add('aw', GUSCHIN, dt(11, 17, 0), 'Наряд 44245 - выполнение', bat(
    """Наталья Александровна, добрый вечер.

Работы по наряду 44245 завершены в полном объёме, бригады с объектов
убыли. Очищено 1 860 м2 кровли, сбито 140 п.м. наледи, снег сброшен и
сложен на территории, вывоз не производился (см. вопрос Беловой О.Н.).
""" + SIG_D), D('44245', [], LEFT, 'director: whole наряд finished, crews left; numbers are areas'),
    cs='koi8-r', client='bat')

# ======================================================================
# 44290  СШ № 15, пищеблок
# ======================================================================
add('ax', MUHIN, dt(10, 14, 2), 'пищеблок', iph(
    "15я школа пищеблок закончили, уехали" + IPH),
    R('no request number at all (sent in fragments; number comes in the next letter)'))

add('ay', MUHIN, dt(10, 14, 9), '44290', iph(
    "номер забыл. это 44290 — кровлю над пищеблоком доделали, бригада уехала"),
    D('44290', [], LEFT, 'second letter gives the number and repeats the report: done, crew left'))

omis_15 = mid_omis()
add('az', GUSCHIN, dt(12, 12, 0), 'Re: Повторная протечка - школа № 15, пищеблок', bat(
    """Уважаемая Наталья Александровна!

Приносим извинения за неудобства. Заявку на повторный осмотр кровли
над пищеблоком СШ № 15 (работы по заявке 44290) приняли к сведению,
инженер будет у Вас 13.11 в первой половине дня. До его приезда просим
не допускать персонал к распределительному щиту под местом протечки.
""" + SIG_D + """

> Андрей Викторович, после ремонта 10.11 над пищеблоком опять течь,
> столовая закрыта. Ждём ответа."""), R('director apologises for a complaint and promises an inspection — no status'),
    cs='koi8-r', client='bat', reply_mid=omis_15)

# ======================================================================
# 44318  поликлиника № 4: 1 главный, 2 корпус Б
# ======================================================================
omis_44318 = mid_omis()
add('ba', BELOVA, dt(11, 9, 5), 'RE: Заявка №44318 — протечка кровли', outlook(
    """Добрый день!
Приняли, бригада будет завтра к 9:00.

О.Н. Белова
тел. +7 (4852) 58-44-17, доб. 112

От: Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: 11 ноября 2026 г. 8:34
Кому: smeta@krovlya-profi76.ru
Тема: Заявка №44318 — протечка кровли

Заявка № 44318 от 11.11.2026, городская поликлиника № 4, ул. Труфанова, 20.
Поз. 1 — главный корпус, поз. 2 — корпус Б (рентгенкабинет).
Протечки в рентгенкабинете и коридоре 3 этажа."""),
    D('44318', [], ACC, 'body has no number: request number only in the Re: subject (and quoted header); «Приняли»'),
    cs='windows-1251', client='outlook', reply_mid=omis_44318)

omis_q2 = mid_omis()
add('bb', MUHIN, dt(12, 8, 35), 'Re: Заявка №44318 — протечка кровли', iph(
    """НП> Сергей Валерьевич, доброе утро. Во сколько будете на Труфанова?
НП> В 9:30 у рентгена начинается приём, нужно успеть закрыть кабинет.

выехали, к 9 будем""" + IPH),
    D('44318', [], WAY, 'reply written under an initials-prefixed quote; «выехали, к 9 будем»'),
    reply_mid=omis_q2)

add('bd', BELOVA, dt(13, 17, 15), '44318 корпус Б', outlook(
    """Наталья Александровна, добрый вечер.

По 44318 корпус Б (поз. 2) — работы закончены сегодня в 15:30, бригада с корпуса ушла.
Объём — 38 м², 4 рулона Техноэласт ЭКП, герметик 6 туб. Стоимость по позиции — 46 720 руб. с НДС.
По главному корпусу напишу отдельно.
""" + SIG_E), D('44318', ['2'], LEFT, 'estimator: поз. 2 finished, crew left; главный корпус not reported'),
    cs='windows-1251', client='outlook')

add('be', MUHIN, dt(14, 13, 40), '44318', iph(
    "главный закончили. с поликлиники уехали" + IPH),
    D('44318', ['1'], LEFT, 'главный корпус = поз. 1; «закончили, уехали»'))

# ======================================================================
# 44362  СШ № 49, блок А / блок Б
# ======================================================================
add('bg', BELOVA, dt(13, 10, 30), '44362 — начало работ', outlook(
    """Добрый день!

По 44362 (СШ № 49): материал завезли вчера вечером, бригада на объекте с 8:00, снимают старый ковёр. К вечеру пришлю объёмы по замеру.
""" + SIG_E), D('44362', [], ON, 'estimator mentions in passing: «бригада на объекте с 8:00»'),
    cs='windows-1251', client='outlook')

add('bh', BELOVA, dt(13, 18, 10), '44362 — объёмы и стоимость', outlook(
    """Наталья Александровна,

объёмы по 44362 по замеру:
блок А — 540 м², блок Б — 310 м², итого 850 м².
Материал: Техноэласт ЭПП (низ) 94 рул., Техноэласт ЭКП (верх) 94 рул., праймер 8 вёдер.
Стоимость — 1 486 300 руб. с НДС, что выше лимита по заявке на 11 %. Прошу согласовать допсоглашение к договору № 76-КР/2026 или сократить объём по блоку Б.
""" + SIG_E), R('volumes, price and a contract question — no status'),
    cs='windows-1251', client='outlook')

add('bj', MUHIN, dt(17, 16, 20), '44362 А-блок', iph(
    "А (1) доделали, уехали. Б начнем завтра с утра" + IPH),
    D('44362', ['1'], LEFT, 'блок А = поз. 1 finished; блок Б only planned'))

add('bk', MUHIN, dt(18, 8, 30), 'объекты', iph(
    "по 44362 на блоке Б начали, и по 44407 вторая бригада на 90ю поехала" + IPH),
    R('two different requests in one letter'))

fwd_bl = """Наталья Александровна, пересылаю. По блоку Б итоговый объём 296 м² (меньше замера на 14 м²), корректировку КС-2 пришлю.

-----Original Message-----
From: Мухин Сергей <muhin@krovlya-profi76.ru>
Sent: Thursday, November 19, 2026 2:55 PM
To: smeta@krovlya-profi76.ru
Subject: 44362-2

Оля, Б готово, выезжаем с объекта. мусор вывезли, 2 рулона ЭКП остались, забрали

Отправлено с iPhone
""" + SIG_E
add('bl', BELOVA, dt(19, 15, 40), 'FW: 44362-2', outlook(fwd_bl),
    D('44362', ['2'], LEFT, 'forward (-----Original Message-----): «Б готово, выезжаем с объекта» = leaving FROM the site'),
    cs='windows-1251', client='outlook')

# ======================================================================
# 44407  1 СШ 90, 2 СШ 6, 3 стомат. № 2, 4 поликлиника № 9
# ======================================================================
add('bm', BELOVA, dt(16, 11, 0), 'Обращение 44407 — принято', outlook(
    """Добрый день!

Обращение 44407 получено, принято в работу. Выезд бригад — с 18.11 по графику: СШ № 90 и СШ № 6, затем стоматологическая поликлиника № 2 и поликлиника № 9.
Прошу обновить адрес прораба в рассылке: правильный muhin@krovlya-profi76.ru, старый ящик удалён.
""" + SIG_E), D('44407', [], ACC, '«получено, принято в работу»'),
    cs='windows-1251', client='outlook')

add('bn', MUHIN, dt(18, 9, 10), '44407 поз.1', iph("на месте, 90я. двор не чищен, машину оставили у ворот"),
    D('44407', ['1'], ON, '«поз.1» in subject, «на месте»'))

tbl_bo = """<p class=MsoNormal>Наталья Александровна, добрый вечер!<o:p></o:p></p>
<p class=MsoNormal>Сводка по обращению 44407 на 18.11.2026:<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
<tr><td><b>П</b></td><td><b>Объект</b></td><td><b>Статус</b></td><td><b>Объём, м²</b></td></tr>
<tr><td>1</td><td>СШ № 90</td><td>бригада на объекте с 9:10</td><td>~120</td></tr>
<tr><td>2</td><td>СШ № 6</td><td>бригада на объекте с 11:00</td><td>~75</td></tr>
<tr><td>3</td><td>Стоматологическая поликлиника № 2</td><td>не начато, выезд 19.11</td><td>—</td></tr>
<tr><td>4</td><td>Поликлиника № 9</td><td>не начато</td><td>—</td></tr>
</table>
<p class=MsoNormal>Материал на все четыре объекта получен, счёт поставщика № 3356 оплачен.<o:p></o:p></p>
<p class=MsoNormal>--<br>Белова О.Н., тел. +7 (4852) 58-44-17<o:p></o:p></p>"""
txt_bo = """Наталья Александровна, добрый вечер!
Сводка по обращению 44407 на 18.11.2026:

П | Объект | Статус | Объём, м²
1 | СШ № 90 | бригада на объекте с 9:10 | ~120
2 | СШ № 6 | бригада на объекте с 11:00 | ~75
3 | Стоматологическая поликлиника № 2 | не начато, выезд 19.11 | —
4 | Поликлиника № 9 | не начато | —

Материал на все четыре объекта получен, счёт поставщика № 3356 оплачен.
--
Белова О.Н., тел. +7 (4852) 58-44-17"""
html_bo = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
           '<meta http-equiv=Content-Type content="text/html; charset=windows-1251"></head>'
           '<body lang=RU><div class=WordSection1>\n' + tbl_bo + '\n</div></body></html>\n')
add('bo', BELOVA, dt(18, 17, 0), '44407 — сводка на 18.11', outlook(txt_bo, html_bo),
    D('44407', ['1', '2'], ON, 'table: rows 1 and 2 «бригада на объекте», rows 3, 4 not started / planned'),
    cs='windows-1251', client='outlook')

add('bp', MUHIN, dt(19, 12, 40), '44407', iph(
    "на 6й закончили (п2). на стоматологию (п3) только приехали" + IPH),
    R('different statuses for different positions: п2 left, п3 on site'))

add('bq', MUHIN, dt(20, 14, 10), '44407 п3 п4', iph("готово оба, уехали"),
    D('44407', ['3', '4'], LEFT, 'positions 3 and 4 in subject, «готово оба, уехали»'))

add('br', MUHIN, dt(20, 14, 16), 'Re: 44407 п3 п4', iph(
    "забыл написать — по 90й (п1) тоже всё, закрыли вчера вечером" + IPH + """

> 20 нояб. 2026 г., в 14:10, Мухин Сергей <muhin@krovlya-profi76.ru> написал(а):
>
> готово оба, уехали"""),
    D('44407', ['1'], LEFT, 'follow-up: п1 also finished; subject still names п3 п4'),
    reply_to_key='bq')

# ======================================================================
# 44455  СШ № 2, козырьки
# ======================================================================
omis_44455 = mid_omis()
add('bs', GUSCHIN, dt(18, 8, 40), 'Re: Заявка 44455 - козырьки входных групп, школа № 2', bat(
    """Принято в работу. Бригада - 19.11, с утра.
""" + SIG_D + """

Здравствуйте, Диспетчерская.

Вы писали 18 ноября 2026 г., 8:02:

> Заявка № 44455. СШ № 2, ул. Собинова, 47.
> Поз. 1 - козырёк главного входа, поз. 2 - козырёк входа в начальную школу.
> Протечка, наледь на кромке, опасно."""), D('44455', [], ACC, '«Принято в работу»'),
    cs='koi8-r', client='bat', reply_mid=omis_44455)

add('bt', MUHIN, dt(19, 8, 20), '44455', iph("выезд 8:15, на Собинова будем около 8:45"),
    D('44455', [], WAY, 'noun form «выезд 8:15» + «будем около 8:45» = on the way; street number is not a request'))

add('bu', MUHIN, dt(19, 9, 20), 'Re: 44455', iph(
    "на месте, п.1 и п.2 — оба козырька смотрим. кромку сбили, огородили" + IPH),
    D('44455', ['1', '2'], ON, 'both positions named, on site'), reply_to_key='bt')

add('bv', MUHIN, dt(20, 11, 30), 'Re: 44455', iph(
    "1 и 2 закончили, козырьки перекрыли, уехали" + IPH),
    D('44455', ['1', '2'], LEFT, 'positions 1 and 2 finished, left'), reply_to_key='bu')

# ======================================================================
# a number that is not in the registry
# ======================================================================
add('bw', MUHIN, dt(11, 7, 50), '44180', iph("на месте, 71я" + IPH),
    R('44180 is not in the registry (looks like a mistyped 44108); a careful dispatcher asks'))

# ======================================================================
# machine-generated mail
# ======================================================================
# out-of-office auto-reply from the director
omis_acts = mid_omis()
add('ig1', GUSCHIN, dt(25, 9, 14), 'Автоответ: Re: Заявка 44455 - акты', bat(
    """Здравствуйте!

Я в отпуске с 25.11 по 06.12.2026, почту не читаю.
По текущим заявкам обращайтесь к прорабу Мухину Сергею Валерьевичу,
+7 915 964-12-08, по сметам и актам - к Беловой Ольге Николаевне,
smeta@krovlya-profi76.ru.

Это сообщение отправлено автоматически.
""", cte='quoted-printable'), I('out-of-office auto-reply'),
    cs='koi8-r', client='bat', reply_mid=omis_acts,
    extra=['Auto-Submitted: auto-replied', 'X-Autoreply: yes', 'Precedence: auto_reply'])

# bounce
orig_hdrs = ('Return-Path: <dispatch@zakazchik-omis.ru>\n'
             'From: =?utf-8?b?' + base64.b64encode('Диспетчерская служба ОМИС'.encode()).decode() + '?= <dispatch@zakazchik-omis.ru>\n'
             'To: muhin.s@krovlya-profi76.ru\n'
             'Subject: ' + hdr('Заявка 44407 — доступ на кровлю, школа № 90', 'utf-8') + '\n'
             'Date: Mon, 16 Nov 2026 09:40:51 +0300\n'
             'Message-ID: <omis-771203-5521@zakazchik-omis.ru>\n')
bounce_txt = """This is the mail system at host mx.krovlya-profi76.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<muhin.s@krovlya-profi76.ru>: host mx.krovlya-profi76.ru[185.12.94.40] said:
    550 5.1.1 <muhin.s@krovlya-profi76.ru>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
dsn = """Reporting-MTA: dns; mx.krovlya-profi76.ru
X-Postfix-Queue-ID: 4Vb7Kq2Xh1z9tq
Arrival-Date: Mon, 16 Nov 2026 09:40:52 +0300 (MSK)

Final-Recipient: rfc822; muhin.s@krovlya-profi76.ru
Original-Recipient: rfc822;muhin.s@krovlya-profi76.ru
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.krovlya-profi76.ru
Diagnostic-Code: smtp; 550 5.1.1 <muhin.s@krovlya-profi76.ru>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
add('ig2', DAEMON, dt(16, 9, 41, 2), 'Undelivered Mail Returned to Sender', multipart('report', [
    raw_part('Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n', bounce_txt.encode()),
    raw_part('Content-Description: Delivery report\nContent-Type: message/delivery-status\n', dsn.encode()),
    raw_part('Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n', orig_hdrs.encode()),
], extra=' report-type=delivery-status;'), I('delivery failure report (bounce) for a dispatcher letter about 44407'),
    client='mta', to=('', 'dispatch@zakazchik-omis.ru'),
    extra=['Auto-Submitted: auto-replied'])

# read receipt (Outlook MDN)
omis_vol = '<omis-880417-2230@zakazchik-omis.ru>'
mdn_txt = """Ваше сообщение

  Кому: Белова Ольга Николаевна
  Тема: Заявка 44362 — уточнение объёмов
  Отправлено: 13.11.2026 18:32

было прочитано 14.11.2026 9:05."""
mdn = """Reporting-UA: krovlya-profi76.ru; Microsoft Outlook 16.0
Final-Recipient: rfc822;smeta@krovlya-profi76.ru
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % omis_vol
add('ig3', BELOVA, dt(14, 9, 5), 'Прочитано: Заявка 44362 — уточнение объёмов', multipart('report', [
    leaf('text/plain', mdn_txt, 'windows-1251', 'quoted-printable'),
    raw_part('Content-Type: message/disposition-notification\n', mdn.encode()),
], extra=' report-type=disposition-notification;'), I('read receipt generated by Outlook'),
    cs='windows-1251', client='outlook', reply_mid=omis_vol)

# mailing list / bulk promo from the contractor's marketing address
news_html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Кровля-Профи</title></head>
<body style="margin:0;background:#f2f2f2">
<table width="600" align="center" style="background:#fff;font-family:Arial">
<tr><td style="background:#8b1a1a;color:#fff;padding:16px;font-size:20px">Кровля-Профи · Ярославль</td></tr>
<tr><td style="padding:16px">
<h2>Зима близко: очистка кровли от снега и наледи</h2>
<p>Для школ, поликлиник и управляющих компаний — абонентское обслуживание на сезон 2026/2027:</p>
<ul><li>очистка кровли от снега — от 35 ₽/м²;</li>
<li>удаление сосулек и наледи с карнизов — от 180 ₽/п.м.;</li>
<li>выезд бригады в течение 2 часов после заявки.</li></ul>
<p>Оставьте заявку по телефону +7 (4852) 58-44-10 или ответом на это письмо.</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888">Вы получили это письмо, так как являетесь клиентом ООО «Кровля-Профи».
<a href="https://krovlya-profi76.ru/unsubscribe?u=5fa21c">Отписаться от рассылки</a></td></tr>
</table></body></html>
"""
add('ig4', NEWS, dt(20, 10, 0, 0), 'Зима близко: очистка кровли от снега — от 35 ₽/м²', multipart('alternative', [
    leaf('text/plain', 'Зима близко: очистка кровли от снега и наледи.\nОчистка кровли — от 35 руб./м², наледь — от 180 руб./п.м.\nОставьте заявку: +7 (4852) 58-44-10\nОтписаться: https://krovlya-profi76.ru/unsubscribe?u=5fa21c\n', 'utf-8', 'base64'),
    leaf('text/html', news_html, 'utf-8', 'base64')]),
    I('bulk marketing newsletter (List-Unsubscribe, Precedence: bulk)'), client='mta',
    extra=['List-Unsubscribe: <https://krovlya-profi76.ru/unsubscribe?u=5fa21c>, <mailto:unsubscribe@krovlya-profi76.ru?subject=unsub-5fa21c>',
           'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
           'List-Id: <clients.news.krovlya-profi76.ru>', 'Precedence: bulk',
           'X-Mailer: Sendsay ESP'])

# calendar meeting response from Outlook
ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Белова Ольга Николаевна:mailto:smeta@krovlya-profi76.ru
ORGANIZER;CN=Диспетчерская служба ОМИС:mailto:dispatch@zakazchik-omis.ru
DTSTART;TZID=Russian Standard Time:20261112T100000
DTEND;TZID=Russian Standard Time:20261112T120000
SUMMARY;LANGUAGE=ru-RU:Принято: Гарантийный осмотр кровли\\, школа № 58 (заявка 44017)
UID:040000008200E00074C5B7101A82E00800000000B0F1C9A3E1A6DC01000000000000000010000000
LOCATION;LANGUAGE=ru-RU:ул. Свободы\\, 46\\, каб. 214
DTSTAMP:20261111T110210Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
add('ig5', BELOVA, dt(11, 14, 2, 10), 'Принято: Гарантийный осмотр кровли, школа № 58 (заявка 44017)', multipart('alternative', [
    leaf('text/plain', '', 'windows-1251', 'quoted-printable'),
    leaf('text/calendar', ics, 'utf-8', 'base64', extra='; method=REPLY')]),
    I('calendar meeting acceptance generated by Outlook'), cs='windows-1251', client='outlook',
    reply_mid='<omis-652201-7719@zakazchik-omis.ru>')


# ======================================================================
# write files
# ======================================================================
def main():
    for f in os.listdir(LET):
        if f.endswith('.eml'):
            os.remove(os.path.join(LET, f))
    LETTERS.sort(key=lambda x: x['date'])
    labels = {}
    for i, L in enumerate(LETTERS, 1):
        name = '%03d.eml' % i
        data = L['data'].replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        with open(os.path.join(LET, name), 'wb') as fh:
            fh.write(data)
        labels[name] = L['label']
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)

    reg = {
        "contractor": {
            "name": "ООО «Кровля-Профи»",
            "emails": ["muhin@krovlya-profi76.ru", "s.muhin76@mail.ru", "smeta@krovlya-profi76.ru",
                       "director@krovlya-profi76.ru", "news@krovlya-profi76.ru",
                       "MAILER-DAEMON@mx.krovlya-profi76.ru"],
            "domains": ["krovlya-profi76.ru"]},
        "requests": [
            {"number": "44017", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T08:40:00+03:00",
             "comment": "МОУ СШ № 58, ул. Свободы, 46: протечки после ливня. поз. 1 — корпус 1, поз. 2 — корпус 2, поз. 3 — корпус 3"},
            {"number": "44052", "positions": ["1", "2"], "registered_at": "2026-11-02T14:10:00+03:00",
             "comment": "Ремонт мягкой кровли: поз. 1 — детская поликлиника № 3, ул. Победы, 21; поз. 2 — детская поликлиника № 5, пр-т Ленина, 36"},
            {"number": "44108", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-03T09:15:00+03:00",
             "comment": "Протечки кровли, Заволжский р-н: поз. 1 — СШ № 12; поз. 2 — СШ № 33; поз. 3 — СШ № 71; поз. 4 — гимназия № 2"},
            {"number": "44131", "positions": ["1"], "registered_at": "2026-11-04T10:00:00+03:00",
             "comment": "Поликлиника № 2, ул. Угличская: примыкание кровли к вентшахте"},
            {"number": "44176", "positions": ["01", "02", "03"], "registered_at": "2026-11-05T08:20:00+03:00",
             "comment": "СШ № 80: 01 — спортзал, 02 — пищеблок, 03 — основной корпус"},
            {"number": "44203", "positions": ["1", "2"], "registered_at": "2026-11-06T11:30:00+03:00",
             "comment": "Водосточная система: поз. 1 — СШ № 4, ул. Чкалова, 13; поз. 2 — поликлиника № 7, ул. Чехова, 5"},
            {"number": "44245", "positions": ["1", "2", "3"], "registered_at": "2026-11-09T07:50:00+03:00",
             "comment": "Очистка кровли от снега и наледи: поз. 1 — СШ № 26; поз. 2 — СШ № 37; поз. 3 — поликлиника № 1"},
            {"number": "44290", "positions": ["1"], "registered_at": "2026-11-10T09:00:00+03:00",
             "comment": "СШ № 15: кровля над пищеблоком"},
            {"number": "44318", "positions": ["1", "2"], "registered_at": "2026-11-11T08:30:00+03:00",
             "comment": "Городская поликлиника № 4, ул. Труфанова, 20: поз. 1 — главный корпус; поз. 2 — корпус Б (рентгенкабинет)"},
            {"number": "44362", "positions": ["1", "2"], "registered_at": "2026-11-12T10:00:00+03:00",
             "comment": "СШ № 49, замена мягкой кровли: поз. 1 — блок А; поз. 2 — блок Б"},
            {"number": "44407", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-16T09:20:00+03:00",
             "comment": "поз. 1 — СШ № 90; поз. 2 — СШ № 6; поз. 3 — стоматологическая поликлиника № 2; поз. 4 — поликлиника № 9"},
            {"number": "44455", "positions": ["1", "2"], "registered_at": "2026-11-18T08:00:00+03:00",
             "comment": "СШ № 2, ул. Собинова, 47: козырьки входных групп, поз. 1 — главный вход, поз. 2 — вход в начальную школу"},
        ]}
    with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as fh:
        json.dump(reg, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(LETTERS), Counter(l['label']['expect'] for l in LETTERS))


if __name__ == '__main__':
    main()
