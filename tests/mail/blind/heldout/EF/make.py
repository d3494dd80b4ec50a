# -*- coding: utf-8 -*-
"""Generator of test letters for persona: МУП «Спецавтохозяйство», Пермь (+0500)."""
import base64, quopri, json, os, hashlib
from datetime import datetime, timezone, timedelta
from email.message import Message
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator
from email import policy

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
PERM = timezone(timedelta(hours=5))
TO = 'dispatch@zakazchik-omis.ru'
TO_NAME = 'Диспетчерская ОМИС'

P = {
    'disp': ('Диспетчерская МУП «САХ»', 'dispatcher@sah-perm.ru'),
    'shil': ('Шилова Елена Николаевна', 'shilova@sah-perm.ru'),
    '1c': ('1С Диспетчеризация САХ', '1c-notify@sah-perm.ru'),
    'tup': ('Тупицын Олег', 'tupitsyn@sah-perm.ru'),
    'kol': ('Колесников С.', 's.kolesnikov59@mail.ru'),
    'gar': ('Ринат Гараев', 'garaev.rinat@yandex.ru'),
    'ers': ('Ершов Дмитрий', 'ershov.voditel@gmail.com'),
    'dog': ('Договорной отдел МУП САХ', 'dogovor@sah-perm.ru'),
    'eko': ('Бердникова Ирина', 'ekonomist@sah-perm.ru'),
    'buh': ('Бухгалтерия МУП «САХ»', 'buh@sah-perm.ru'),
    'news': ('Рассылка МУП САХ', 'news@sah-perm.ru'),
    'gi': ('Кузнецов В.П.', 'glavinzh@sah-perm.ru'),
    'daemon': ('Mail Delivery System', 'MAILER-DAEMON@sah-perm.ru'),
    'pm': ('Postmaster', 'postmaster@sah-perm.ru'),
}

SIG_OFFICE = ("--\nМУП «Спецавтохозяйство» г. Перми\n614064, г. Пермь, ул. Бумажников, 11\n"
              "диспетчерская: (342) 281-47-90, доб. 2\nИНН 5904012345 / КПП 590401001")

LETTERS = []  # dicts
RAWB = {}
LABELS = {}


def d(day, hh, mm):
    return datetime(2026, 11, day, hh, mm, 0, tzinfo=PERM)


SUBST = {'³': '3', '«': '"', '»': '"', '№': 'N', '—': '-', '–': '-'}


def fit(text, cs):
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(SUBST[ch])
    return ''.join(out)


def enc_payload(text, cs, cte):
    text = fit(text, cs)
    b = text.encode(cs)
    if cte == 'b64':
        return 'base64', base64.encodebytes(b).decode('ascii')
    if cte == 'qp':
        return 'quoted-printable', quopri.encodestring(b).decode('ascii')
    if cte == '8bit':
        tok = '@@RAW%d@@' % len(RAWB)
        RAWB[tok] = b
        return '8bit', tok
    return '7bit', text


def part(text, subtype, cs, cte):
    p = Message()
    p['Content-Type'] = f'text/{subtype}; charset="{cs}"'
    n, pl = enc_payload(text, cs, cte)
    p['Content-Transfer-Encoding'] = n
    p.set_payload(pl)
    return p


def hdr(s, cs, name='Subject'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(fit(s, cs), cs, header_name=name).encode()


def addrhdr(name, addr, cs, hname):
    h = Header(fit(name, cs), cs, header_name=hname)
    h.append('<%s>' % addr, 'us-ascii')
    return h.encode()


def add(key, dt, who, subj, text=None, html=None, cs='utf-8', cte='b64', label=None,
        hcs=None, extra=None, raw=None, in_reply=None):
    LETTERS.append(dict(key=key, dt=dt, who=who, subj=subj, text=text, html=html, cs=cs, cte=cte,
                        label=label, hcs=hcs or cs, extra=extra or {}, raw=raw, in_reply=in_reply))


def build(L, n):
    name, addr = P[L['who']]
    mid = '<%s.%s@%s>' % (L['dt'].strftime('%Y%m%d%H%M%S'),
                          hashlib.md5(L['key'].encode()).hexdigest()[:10],
                          addr.split('@')[1])
    hcs = L['hcs']
    frm = addrhdr(name, addr, hcs, 'From')
    date = format_datetime(L['dt'])
    if L['raw']:
        txt = L['raw'].format(FROM=frm, TO=addrhdr(TO_NAME, TO, 'utf-8', 'To'), DATE=date, MID=mid,
                              SUBJ=hdr(L['subj'], hcs))
        return txt.encode('utf-8')
    m = Message()
    m['From'] = frm
    m['To'] = addrhdr(TO_NAME, TO, hcs, 'To')
    m['Subject'] = hdr(L['subj'], hcs)
    m['Date'] = date
    m['Message-ID'] = mid
    if L['in_reply']:
        m['In-Reply-To'] = L['in_reply']
        m['References'] = L['in_reply']
    for k, v in L['extra'].items():
        m[k] = v
    m['MIME-Version'] = '1.0'
    cs, cte = L['cs'], L['cte']
    if L['text'] is not None and L['html'] is not None:
        b = '----=_NextPart_%s' % hashlib.md5(mid.encode()).hexdigest()[:16]
        m['Content-Type'] = f'multipart/alternative; boundary="{b}"'
        m.set_payload([part(L['text'], 'plain', cs, cte), part(L['html'], 'html', cs, cte)])
    else:
        body, sub = (L['text'], 'plain') if L['text'] is not None else (L['html'], 'html')
        p = part(body, sub, cs, cte)
        m['Content-Type'] = p['Content-Type']
        m['Content-Transfer-Encoding'] = p['Content-Transfer-Encoding']
        m.set_payload(p.get_payload())
    import io
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=policy.compat32).flatten(m)
    out = buf.getvalue()
    for tok, b in RAWB.items():
        out = out.replace(tok.encode(), b)
    return out


def lab(exp, req=None, pos=None, st=None, note=''):
    if exp == 'decided':
        return {'expect': 'decided', 'request': req, 'positions': pos, 'status': st, 'note': note}
    return {'expect': exp, 'note': note}


ACC, WAY, ON, OFF = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'


def onec_html(title, rows, foot=''):
    tr = ''.join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n' % r for r in rows)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
            '<style>td,th{border:1px solid #999;padding:2px 6px;font:10pt Arial}</style></head><body>\n'
            '<p><b>%s</b></p>\n<table cellspacing="0">\n'
            '<tr><th>Заявка</th><th>Поз.</th><th>Объект</th><th>Состояние</th><th>Время</th></tr>\n%s</table>\n'
            '<p>%s</p><p style="color:#777;font-size:8pt">Сформировано 1С:Предприятие 8.3 '
            '(Спецавтохозяйство: Диспетчеризация, ред. 2.1.7)</p></body></html>') % (title, tr, foot)


# ------------------------------------------------------------------ R1 321047
add('a1', d(2, 11, 41), '1c', 'Заявка 321047 — принята в работу',
    text='Заявка: 321047; Объект: КП по заявке (3 шт.); Состояние: Принята в работу; '
         'Время: 02.11.2026 11:38; Ответственный: Шилова Е.Н.\n\n' + SIG_OFFICE,
    cs='windows-1251', cte='qp',
    label=lab('decided', '321047', [], ACC, '1C template, all objects, no position numbers'))
add('a2', d(2, 12, 58), 'kol', '321047',
    text='выехал на Ленина 58 п1, потом Сибирская. КАМАЗ М 718 ОР 159 (КО-440-5)\n\n--\n'
         'Отправлено из мобильной Почты Mail.ru',
    label=lab('decided', '321047', ['1'], WAY, 'driver left for п1; Сибирская is only next in plan; plate 159 is region'))
add('a3', d(2, 13, 27), 'kol', 'Ленина 58 п1 321047',
    text='П1 на месте. 6 конт. по 1,1 м³ переполнены, рядом навал пакетов, грузим.\n',
    cte='8bit',
    label=lab('decided', '321047', ['1'], ON, 'on site at п1'))
add('a4', d(2, 16, 22), '1c', 'Отчёт по заявке 321047 на 02.11.2026 16:20',
    html=onec_html('Статусы позиций по заявке 321047', [
        ('321047', '1', 'КП ул. Ленина, 58 (6 конт. 1,1 м³)', 'Выполнено', '02.11.2026 13:58'),
        ('321047', '2', 'КП ул. Сибирская, 35 (4 конт. 1,1 м³)', 'Выполнено', '02.11.2026 14:41'),
        ('321047', '3', 'КП ул. Пушкина, 110', 'Запланировано на 03.11.2026', ''),
    ], 'Вывезено за рейс: 5,3 т. Полигон, талон № 118834.'),
    cs='windows-1251', cte='b64',
    label=lab('decided', '321047', ['1', '2'], OFF, 'HTML table: 1,2 done, 3 only planned'))
add('a5', d(3, 10, 15), 'kol', '#321047 п.3',
    text='Пушкина 110 отработал, 5 конт., 2,7 т. ушёл на полигон\n',
    cte='qp',
    label=lab('decided', '321047', ['3'], OFF, 'п.3 done, left to landfill'))
add('a64', d(3, 11, 2), 'shil', 'Пушкина 110 — навал КГМ (321047)',
    text='Добрый день!\n\nПо адресу ул. Пушкина, 110 (заявка 321047) у контейнеров снова навал КГМ: '
         'старая мебель, двери, примерно 6 м³. Это не ТКО, в рамках этой заявки забрать не можем, '
         'водитель отказался грузить в мусоровоз.\nПрошу оформить отдельную заявку на КГМ либо сообщите, '
         'чья это зона ответственности (УК «Профи-Дом»?).\n\nС уважением,\nШилова Е.Н., диспетчер\n'
         'тел. (342) 281-47-90, моб. 8-912-884-15-07\n',
    cte='qp',
    label=lab('review', note='complaint/request for separate order; no new status reported'))

# ------------------------------------------------------------------ R2 321112
add('b6', d(3, 13, 10), 'disp', 'RE: Заявка на вывоз КГМ',
    text='Добрый день!\n\nПо заявке № 321112 на вывоз КГМ — принята. Машину с манипулятором '
         '(КАМАЗ 43118, гос. № Е 204 КУ 159) поставим завтра с утра первым рейсом.\n\n'
         'Диспетчер Шилова Е.Н.\nтел. +7 (342) 281-47-90\n',
    cs='windows-1251', cte='b64',
    label=lab('decided', '321112', [], ACC, 'accepted; visit tomorrow is only a plan'))
add('b8', d(3, 17, 30), 'disp', '321112 п.2 Куйбышева 95 — вопрос',
    text='Коллеги, подскажите контакт ТСЖ на Куйбышева, 95 (п.2 по 321112). В прошлый раз шлагбаум '
         'во двор был закрыт, водитель час простоял. Планируем туда завтра после Комсомольского.\n'
         'Диспетчерская САХ\n',
    cs='windows-1251', cte='qp',
    label=lab('review', note='question + plan, nothing happened yet'))
add('b7', d(4, 8, 5), 'disp', '321112 поз.1 — от водителя',
    text='Пересылаю сообщение водителя из WhatsApp:\n\n'
         '[04.11.2026, 07:52] Гараев Ринат: Комсомольский 34 двор. на месте. диваны 2 шт, шкаф, ветки. грузим\n'
         '[04.11.2026, 07:53] Гараев Ринат: <фото>\n\n--\nДиспетчерская МУП «САХ»\n',
    cs='windows-1251', cte='b64',
    label=lab('decided', '321112', ['1'], ON, 'dispatcher forwards messenger text: on site at поз.1'))
add('b57', d(4, 10, 2), 'gar', '321112-2',
    text='еду на Куйбышева 95, минут 15\n\nРинат',
    cte='8bit',
    label=lab('decided', '321112', ['2'], WAY, 'position after dash in subject; travelling now'))
add('b9', d(4, 15, 5), '1c', 'Изменение состояния заявок',
    text='Изменение состояния заявок за 04.11.2026\n\n'
         'Заявка: 321112; Объект: Комсомольский пр-т, 34 (поз. 1); Состояние: Выполнено; '
         'Время: 04.11.2026 09:40; Ответственный: Гараев Р.Ф.\n'
         'Заявка: 321112; Объект: ул. Куйбышева, 95 (поз. 2); Состояние: Выполнено; '
         'Время: 04.11.2026 14:15; Ответственный: Гараев Р.Ф.\n\n'
         'Итого КГМ: 3,1 т / 14 м³\n\n' + SIG_OFFICE,
    cte='qp',
    label=lab('decided', '321112', ['1', '2'], OFF, 'two 1C records, both done'))
add('b66', d(4, 16, 40), 'gar', '321112 п3',
    text='321112 п3 — с Куйбышева 97 тоже забрали 2 дивана, жители попросили. запишите пожалуйста\n',
    cte='b64',
    label=lab('review', note='position 3 does not exist in 321112 (only 1,2)'))

# ------------------------------------------------------------------ R3 322305
add('c10', d(5, 10, 52), 'tup', 'дезинфекция Екатерининская',
    text='Бригада дезинфекции выдвинулась на Екатерининскую 120, заявка 322305. Будем минут через 20.\n'
         'Тупицын\n\nОтправлено с моего Galaxy',
    cte='8bit',
    label=lab('decided', '322305', [], WAY, 'crew travelling'))
add('c11', d(5, 12, 10), 'tup', 'Заявка 322305 выполнена',
    text='Добрый день.\n322305 — обработали площадку и 5 контейнеров, препарат «Ника-Хлор» 0,2%, '
         'расход 12 л. Закончили в 11:50, бригада свободна.\n\n'
         'Мастер участка санобработки Тупицын О.А.\nт. 8-902-47-115-30\n',
    cs='koi8-r', cte='qp',
    label=lab('decided', '322305', [], OFF, 'KOI8-R; work finished, crew free'))
add('c12', d(6, 9, 20), 'disp', 'Re: Заявка 322305 выполнена',
    text='Акт № 1187 от 05.11.2026 получили, подпишем и вернём в понедельник. Спасибо.\n\n'
         'Диспетчерская САХ\n\n'
         '05.11.2026 12:10, Тупицын Олег пишет:\n'
         '> Добрый день.\n> 322305 — обработали площадку и 5 контейнеров, препарат «Ника-Хлор» 0,2%,\n'
         '> расход 12 л. Закончили в 11:50, бригада свободна.\n',
    cs='windows-1251', cte='qp',
    label=lab('review', note='only acknowledgement of act; status is only in the quote'))

# ------------------------------------------------------------------ R4 322318
add('d13', d(5, 13, 24), '1c', 'Заявка 322318 - Принята',
    text='Заявка: 322318; Объект: маршрут 14 (4 КП); Состояние: Принята; Время: 05.11.2026 13:20; '
         'Ответственный: \n\n' + SIG_OFFICE,
    cs='windows-1251', cte='qp',
    label=lab('decided', '322318', [], ACC, '1C template, Ответственный empty; маршрут 14 is not a position'))
add('i1', d(5, 13, 31), 'eko', 'Автоматический ответ: Заявка 322318 маршрут 14',
    text='Здравствуйте!\nЯ нахожусь в отпуске до 16.11.2026 включительно. По вопросам расчётов '
         'обращайтесь в бухгалтерию buh@sah-perm.ru, по заявкам — в диспетчерскую (342) 281-47-90.\n'
         'Бердникова И.\n',
    cte='qp', extra={'Auto-Submitted': 'auto-replied', 'X-Autoreply': 'yes', 'Precedence': 'auto_reply'},
    label=lab('ignored', note='out-of-office auto-reply'))
add('d14', d(6, 6, 47), 'ers', '322318 маршрут 14',
    text='маршрут 14 начал. выехал с базы Бумажников 11 в 6:40 по глонасс. Т 902 ХК 159\n',
    cte='b64',
    label=lab('decided', '322318', [], WAY, 'left FROM base = on the way to sites; 11/14/159 are not positions'))
add('d15', d(6, 8, 31), 'ers', 'Re: 322318 маршрут 14',
    text='поз1 и поз2 отработал 12 конт, 4,6 т\n\n'
         '6 нояб. 2026 г., в 06:52, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:\n'
         '> Принято, ждём по позициям.\n',
    cte='b64',
    label=lab('decided', '322318', ['1', '2'], OFF, 'поз1, поз2 done'))
add('d16', d(6, 9, 2), 'ers', '322318 3-я',
    text='3-я площадка. на месте в 08:55 (глонасс), заставлено машинами, жду хозяев\n',
    cte='8bit',
    label=lab('decided', '322318', ['3'], ON, 'on site at 3-я'))
add('d56', d(6, 10, 20), 'disp', 'RE: маршрут 14',
    text='П4 отработан вторым экипажем (Т 415 ХМ 159), машина ушла на полигон в 10:15.\n\n'
         'Диспетчерская МУП «САХ»\n\n'
         '-----Original Message-----\nFrom: dispatch@zakazchik-omis.ru [mailto:dispatch@zakazchik-omis.ru]\n'
         'Sent: Thursday, November 05, 2026 11:02 AM\nTo: dispatcher@sah-perm.ru\n'
         'Subject: Заявка 322318 маршрут 14\n\n'
         'Прошу выполнить вывоз ТКО по маршруту 14, позиции 1-4, 06.11 до 12:00.\n',
    cs='windows-1251', cte='qp',
    label=lab('decided', '322318', ['4'], OFF, 'number only in the quoted Original Message subject'))
add('d17', d(6, 10, 48), 'disp', 'Fwd: Ершов маршрут 14',
    text='Пересылаю из Telegram, по 322318.\n\n'
         '---------- Пересланное сообщение ----------\n'
         'Ершов Дмитрий, [06.11.2026 10:41]\n'
         'п3 закончил, хозяева машины убрали. иду на полигон, всего за рейс 7,9 т\n',
    cs='windows-1251', cte='b64',
    label=lab('decided', '322318', ['3'], OFF, 'forwarded messenger report'))

# ------------------------------------------------------------------ R5 323540
add('e18', d(9, 12, 30), 'dog', 'Заявка 323540 — замена контейнеров, доп. соглашение',
    text='Добрый день.\n\nПо заявке 323540: замена 5 контейнеров 1,1 м³ (евро) не входит в предмет '
         'договора № 17/ТКО-2026 от 29.12.2025. Просим согласовать доп. соглашение, стоимость одного '
         'контейнера с доставкой и установкой — 14 800 руб., в т.ч. НДС 20%.\nПроект ДС во вложении '
         'направим отдельно.\n\nДоговорной отдел МУП «Спецавтохозяйство»\n(342) 281-47-95\n',
    cs='windows-1251', cte='b64',
    label=lab('review', note='price/contract talk'))
add('e19', d(10, 9, 15), 'disp', '323540',
    text='По 323540: контейнеры получим со склада в четверг 12.11, выезд запланируем на пятницу 13.11 '
         'с утра. Сообщим дополнительно.\n',
    cs='windows-1251', cte='qp',
    label=lab('review', note='plan only'))
add('e20', d(13, 9, 12), '1c', 'Заявка 323540: Выезд',
    html=onec_html('Изменение состояния: заявка 323540', [
        ('323540', '1', 'ул. Мира, 45 — замена 3 конт. 1,1 м³', 'Выезд', '13.11.2026 09:10'),
        ('323540', '2', 'ул. Архитектора Свиязева, 12 — замена 2 конт.', 'Выезд', '13.11.2026 09:10'),
    ], 'ТС: КАМАЗ 65115 с КМУ, гос. № Р 330 ЕА 159'),
    cs='windows-1251', cte='qp',
    label=lab('decided', '323540', ['1', '2'], WAY, 'HTML table, both rows Выезд'))
add('e21', d(13, 10, 5), 'kol', '323540',
    text='Мира 45 (п1) поставили 3 новых, старые забрали. Свиязева едем\n',
    cte='b64',
    label=lab('review', note='different statuses: п1 done, п2 on the way'))
add('e22', d(13, 11, 20), 'kol', 'Re: 323540',
    text='323540 п2 готово, 2 конт. установлены, акт у мастера\n\n'
         '13.11.2026 10:05, Колесников С. пишет:\n> Мира 45 (п1) поставили 3 новых, старые забрали. Свиязева едем\n',
    cte='qp',
    label=lab('decided', '323540', ['2'], OFF, 'п2 finished; quote ignored'))

# ------------------------------------------------------------------ R6 324001
add('f23', d(10, 10, 25), 'disp', 'RE: Заявка 324001 вывоз КГМ после субботника',
    html='<html><body><div style="font-family:Calibri;font-size:11pt">'
         '<p>Добрый день!</p><p>Принято в работу, машину направим сегодня до 15:00.</p>'
         '<p>С уважением,<br>диспетчер Шилова Е.Н.<br>МУП «Спецавтохозяйство»<br>т. (342) 281-47-90</p></div>'
         '<div style="border-top:solid #E1E1E1 1pt;padding-top:3pt"><p><b>От:</b> Диспетчерская ОМИС '
         '&lt;dispatch@zakazchik-omis.ru&gt;<br><b>Отправлено:</b> 10 ноября 2026 г. 10:03<br>'
         '<b>Кому:</b> dispatcher@sah-perm.ru<br><b>Тема:</b> Заявка 324001 вывоз КГМ после субботника</p></div>'
         '<p>Просим вывезти КГМ (ветки, листва в мешках, ~10 м³) по адресу ул. Революции, 13. '
         'Просим сообщить о выезде и завершении.</p></body></html>',
    cs='windows-1251', cte='qp',
    label=lab('decided', '324001', [], ACC, 'Outlook HTML reply; quote asks for report'))
add('f55', d(10, 10, 55), 'gar', 'Революции',
    text='ул. Революции, 13 (324001) — в пути, будем к 11:30\n',
    cte='8bit',
    label=lab('decided', '324001', [], WAY, 'number in brackets after address'))
add('f24', d(10, 14, 35), 'gar', 'Re: Революции',
    text='324001. Загрузились, 2 рейса, 11,5 м³ (3,9 т). Убыли в 14:20\n',
    cte='b64',
    label=lab('decided', '324001', [], OFF, 'left at 14:20'))

# ------------------------------------------------------------------ R7 324077
add('g25', d(11, 12, 40), '1c', 'Уведомление о статусе заявки',
    text='Заявка: 17/ТКО-2026; Объект: 324077 КП поз.1-3; Состояние: Принята в работу; '
         'Время: 11.11.2026 12:37; Ответственный: Тупицын О.А.\n\n' + SIG_OFFICE,
    cs='windows-1251', cte='b64',
    label=lab('decided', '324077', ['1', '2', '3'], ACC,
              'Заявка field wrongly holds contract no.; request number is in Объект'))
add('g26', d(12, 10, 20), 'disp', 'Fw: Viber — дезинфекция 324077',
    text='Сообщение мастера из Viber:\n\n'
         'Олег Тупицын: Бригада на п.2 с 10:05, обработка идёт. Дезсредство Жавель-Солид\n',
    cs='windows-1251', cte='qp',
    label=lab('decided', '324077', ['2'], ON, 'forwarded messenger: on site п.2'))
add('g27', d(12, 13, 5), 'tup', 'Наряд 324077',
    text='324077 — п.1 и п.2 обработаны, бригада ушла. п.3 — завтра с утра, там контейнеры ещё не вывезены, '
         'обрабатывать бесполезно.\nТупицын\n',
    cte='8bit',
    label=lab('decided', '324077', ['1', '2'], OFF, '1,2 done; 3 only planned'))
add('g28', d(13, 11, 40), 'tup', '324077 п3 выполнено',
    text='\n\n--\nОтправлено из Почты Mail.ru для Android\n',
    cte='8bit',
    label=lab('decided', '324077', ['3'], OFF, 'report only in subject, empty body'))

# ------------------------------------------------------------------ R8 325612
add('h29', d(13, 11, 50), 'disp', 'Re: Заявка 325612',
    text='Заявку приняли, бункер и площадку на Чкалова поставили в график на сегодня.\n'
         'Диспетчерская САХ\n\n'
         '> Прошу вывезти бункер 8 м³ (ул. Героев Хасана, 7) — п.1 и 6 конт. (ул. Чкалова, 9) — п.2.\n'
         '> Просим сообщить о выезде.\n> Диспетчер ОМИС\n',
    cs='windows-1251', cte='qp',
    label=lab('decided', '325612', [], ACC, 'accepted; positions only in quote'))
add('i2', d(13, 12, 1), 'daemon', 'Undelivered Mail Returned to Sender', raw=None,
    label=lab('ignored', note='bounce (DSN)'))
add('h58', d(13, 13, 40), 'disp', '325612 — бункер, выезд',
    html='<html><body><p>Добрый день!</p><p>По <b>325612</b> п.1 (бункер 8 м³, Героев Хасана, 7) — '
         'бункеровоз МАЗ, гос. № А 517 ТТ 159, вышел на адрес в 13:35 по ГЛОНАСС.</p>'
         '<p>Диспетчерская МУП «САХ»</p></body></html>',
    cs='utf-8', cte='b64',
    label=lab('decided', '325612', ['1'], WAY, 'HTML only'))
add('h31', d(13, 14, 50), 'gar', '325612-1',
    text='бункер 8м3 Героев Хасана 7 — увёз, 2,1 т. пломба 0345127 снята, талон полигона 004512\n',
    cte='qp',
    label=lab('decided', '325612', ['1'], OFF, 'seal/coupon numbers are noise'))
add('h30', d(13, 15, 10), 'disp', 'Заявка 325621',
    text='Заявка 325621 п1 — бункер вывезен, 2,1 т.\n',
    cs='windows-1251', cte='b64',
    label=lab('review', note='number 325621 not in registry (typo of 325612?)'))
add('h32', d(13, 18, 20), 'disp', 'Re: 325612-2',
    text='На Чкалова 9 подъехать невозможно, всё заставлено легковыми, водитель постоял 40 минут и уехал, '
         'контейнеры не вывезены. Попробуем ночью, после 23:00. Просьба предупредить УК.\n',
    cs='windows-1251', cte='qp',
    label=lab('review', note='failed visit, work not done; plan for night; complaint'))
add('h33', d(14, 0, 7), 'kol', '325612 (2)',
    text='Чкалова 9, вывезли 6 конт. в 23:40 (глонасс), всё чисто, 1,4 т\n',
    cte='b64',
    label=lab('decided', '325612', ['2'], OFF, 'position in brackets in subject'))

# ------------------------------------------------------------------ R9 326090
add('k34', d(16, 10, 40), 'tup', 'Обращение 326090',
    text='Обращение 326090 (свалка Связистов/Локомотивная) приняли. Нужен экскаватор-погрузчик '
         'JCB 3CX + 2 КАМАЗа 65115, технику согласуем с гл. инженером, выезд сообщу.\nТупицын О.А.\n',
    cs='koi8-r', cte='b64',
    label=lab('decided', '326090', [], ACC, 'accepted; departure only planned'))
add('k35', d(17, 7, 35), 'disp', 'FW: свалка 326090',
    text='-----Пересылаемое сообщение-----\nОт: Тупицын (WhatsApp)\nВремя: 17.11.2026 7:31\n\n'
         'ВЫЕХАЛИ НА СВАЛКУ СВЯЗИСТОВ 2 МАШИНЫ + JCB\n',
    cs='windows-1251', cte='b64',
    label=lab('decided', '326090', [], WAY, 'forwarded, caps'))
add('k36', d(17, 9, 20), 'tup', 'Re: Заявка № 326090 несанкц. свалка ул. Связистов / ул. Локомотивная',
    text='Пpибыли в 09:12, начали погрузку. JCB 3CX работает, 2 КАМАЗа 65115 в очереди.\n\n'
         '16.11.2026 9:58, Диспетчерская ОМИС пишет:\n'
         '> Прошу ликвидировать несанкционированную свалку (~40 м³).\n',
    cte='8bit',
    label=lab('decided', '326090', [], ON, 'Latin p in Пpибыли; number only in Re: subject'))
add('k37', d(17, 16, 45), '1c', 'Заявка 326090 - Выполнено',
    text='Заявка: 326090; Объект: несанкц. свалка ул. Связистов; Состояние: Выполнено; '
         'Время: 17.11.2026 16:30; Ответственный: Тупицын О.А.\n'
         'Примечание: 3 рейса, 17,3 т, место зачищено\n\n' + SIG_OFFICE,
    cs='windows-1251', cte='qp',
    label=lab('decided', '326090', [], OFF, '1C done'))

# ------------------------------------------------------------------ R10 327433
add('m38', d(18, 9, 35), '1c', 'Заявка 327433 принята',
    text='Заявка 327433\n1 | ул. Крупской, 37 | Принята | 18.11.2026 09:33\n'
         '2 | ул. Крупской, 41 | Принята | 18.11.2026 09:33\n3 | ул. Ушинского, 6 | Принята | 18.11.2026 09:33\n',
    html=onec_html('Заявка 327433', [
        ('327433', '1', 'ул. Крупской, 37', 'Принята', '18.11.2026 09:33'),
        ('327433', '2', 'ул. Крупской, 41', 'Принята', '18.11.2026 09:33'),
        ('327433', '3', 'ул. Ушинского, 6', 'Принята', '18.11.2026 09:33'),
    ]),
    cs='windows-1251', cte='b64',
    label=lab('decided', '327433', ['1', '2', '3'], ACC, 'multipart/alternative 1C table'))
add('i3', d(18, 10, 0), 'disp', 'Прочитано: Заявка 327433 внеплановый вывоз', raw=None,
    label=lab('ignored', note='read receipt (MDN)'))
add('m39', d(18, 10, 30), 'kol', 'по 327433',
    text='Здравствуйте. по 327433 ещё не выехали, машина на ремонте (ТНВД 337-1111005), выйдет после обеда\n',
    cte='qp',
    label=lab('review', note='negation: not yet departed'))
add('m40', d(18, 14, 10), 'kol', '327433',
    text='выеxал на 327433, п1 Крупской 37\n',
    cte='b64',
    label=lab('decided', '327433', ['1'], WAY, 'Latin x in выеxал'))
add('m41', d(18, 14, 55), '1c', 'Заявка 327433 / На объекте',
    text='Заявка: 327433; Объект: поз. 1; Состояние: На объекте; Время: 18.11.2026 14:52; '
         'Ответственный: Колесников С.И.\n',
    cs='windows-1251', cte='qp',
    label=lab('decided', '327433', ['1'], ON, '1C on site'))
add('m42', d(18, 17, 40), 'kol', 'Re: 327433',
    text='п1 п2 сделал, п3 завтра с утра\n\n'
         'ОМ> Сообщите, пожалуйста, по п.1, п.2 и п.3 заявки 327433.\nОМ> Диспетчер ОМИС\n',
    cte='8bit',
    label=lab('decided', '327433', ['1', '2'], OFF, 'п3 only planned; initials-prefixed quote'))
add('m59', d(19, 8, 12), '1c', 'Заявка 327433: Выезд',
    text='Заявка: 327433; Объект: ул. Ушинского, 6 (поз. 3); Состояние: Выезд; Время: 19.11.2026 08:10; '
         'Ответственный: Колесников С.И.\n',
    cs='windows-1251', cte='b64',
    label=lab('decided', '327433', ['3'], WAY, '1C departure'))
add('m60', d(19, 10, 30), 'kol', '327433 (3)',
    text='выполнено, 4 конт., 1,9 т\n',
    cte='8bit',
    label=lab('decided', '327433', ['3'], OFF, 'subject holds request and position'))

# ------------------------------------------------------------------ R11 328015
add('i5', d(20, 10, 12), 'gi', 'Принято: Совещание по маршрутам ТКО (24.11)', raw=None,
    label=lab('ignored', note='calendar meeting response'))
add('n44', d(20, 11, 45), 'disp', 'Заявка 328015',
    text='Добрый день! Заявку 328015 взяли, бригада дезинфекции будет в понедельник 23.11. '
         'Просим обеспечить доступ в мусорокамеры (ключи у УК).\nДиспетчерская САХ\n',
    cs='windows-1251', cte='b64',
    label=lab('decided', '328015', [], ACC, 'accepted; visit is plan'))
add('n67', d(23, 9, 5), '1c', 'Заявка 328015: Выезд бригады',
    text='Заявка: 328015; Объект: п1 ул. Уинская, 8 (мусорокамеры, подъезды 1-4); Состояние: Выезд бригады; '
         'Время: 23.11.2026 09:02; Ответственный: Тупицын О.А.\n',
    cs='windows-1251', cte='qp',
    label=lab('decided', '328015', ['1'], WAY, '1C departure'))
add('n45', d(23, 9, 40), 'tup', 'наряд 328015',
    text='На Уинской 8 (п1) работаем с 9:30, камеры открыли, УК дала ключи.\n',
    cte='b64',
    label=lab('decided', '328015', ['1'], ON, 'working on site'))
add('n46', d(23, 11, 15), 'tup', '328015 п2 вопрос',
    text='328015 п2 — мусорокамера Уинская 10 заварена наглухо. Вскрывать? нужна команда от УК или от вас. '
         'Жду ответа\n',
    cte='8bit',
    label=lab('review', note='question, no status'))
add('n47', d(23, 12, 20), 'tup', 'Re: 328015',
    text='п1 выполнили, уехали в 12:05. По п2 ждём ответа УК.\n\n'
         'ОМ> Сообщите статус по п.1 и п.2.\n',
    cte='qp',
    label=lab('decided', '328015', ['1'], OFF, 'п1 done, п2 waiting'))
add('x43', d(23, 13, 10), 'disp', 'Сводка на 13:00',
    text='Сводка на 13:00 23.11:\n- 328015 п1 — закончили, бригада уехала;\n'
         '- 329208 П2 — машина на месте.\nДиспетчерская\n',
    cs='windows-1251', cte='qp',
    label=lab('review', note='two different requests in one letter'))
add('n48', d(25, 15, 30), 'disp', '328015 п.2 выполнено',
    html='<html><body><p>Добрый день!</p><p>По заявке 328015 п.2 (Уинская, 10): УК вскрыла камеру, '
         'дезинфекция выполнена, бригада освободилась в 15:10.</p><p>Диспетчерская МУП «САХ»</p></body></html>',
    cs='utf-8', cte='qp',
    label=lab('decided', '328015', ['2'], OFF, 'HTML only'))

# ------------------------------------------------------------------ R12 329208
add('p49', d(23, 10, 20), '1c', 'Изменение состояния заявок',
    text='Заявка: 329208; Объект: П1 ул. Макаренко, 26; Состояние: Принята в работу; Время: 23.11.2026 10:17; '
         'Ответственный: Ершов Д.\n'
         'Заявка: 329208; Объект: П2 ул. Макаренко, 30; Состояние: Принята в работу; Время: 23.11.2026 10:17; '
         'Ответственный: Ершов Д.\n'
         'Заявка: 329208; Объект: П3 ул. Баумана, 9; Состояние: Принята в работу; Время: 23.11.2026 10:17; '
         'Ответственный: Ершов Д.\n'
         'Заявка: 329208; Объект: П4 ул. Баумана, 15; Состояние: Принята в работу; Время: 23.11.2026 10:17; '
         'Ответственный: Ершов Д.\n\n' + SIG_OFFICE,
    cs='windows-1251', cte='qp',
    label=lab('decided', '329208', ['1', '2', '3', '4'], ACC, 'four records same status'))
add('p50', d(23, 10, 50), 'ers', 'маршрут 7 329208 П2 П4 выехал',
    text='маршрут 7 329208 П2 П4 выехал, две машины\n',
    cte='8bit',
    label=lab('decided', '329208', ['2', '4'], WAY, 'маршрут 7 is not a position'))
add('p51', d(23, 11, 20), 'disp', '329208 прибытие',
    text='По ГЛОНАСС: П2 — Т 902 ХК 159 на месте 11:08, П4 — М 718 ОР 159 на месте 11:12.\n',
    cs='windows-1251', cte='b64',
    label=lab('decided', '329208', ['2', '4'], ON, 'two vehicles arrived'))
add('p52', d(23, 15, 0), '1c', 'Уведомление о выполнении',
    text='Заявка: ; Объект: КП ул. Макаренко, 26; Состояние: Выполнено; Время: 23.11.2026 14:48; '
         'Ответственный: Ершов Д.\n\n' + SIG_OFFICE,
    cs='windows-1251', cte='qp',
    label=lab('review', note='Заявка field empty, no request number anywhere'))
add('p65', d(23, 16, 30), 'ers', '329208 П1 П3',
    text='329208 П1 П3 — выезд завтра с 7:00, сегодня не успеваем\n',
    cte='b64',
    label=lab('review', note='plan only'))
add('p54', d(23, 17, 5), 'ers', 'Re: маршрут 7 329208 П2 П4 выехал',
    text='Готово по обеим, уехали\n\n23 нояб. 2026 г., в 11:02, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:\n'
         '> Принято. Сообщите по завершении.\n>\n> 23.11.2026 10:50, Ершов Дмитрий пишет:\n'
         '>> маршрут 7 329208 П2 П4 выехал, две машины\n',
    cte='qp',
    label=lab('decided', '329208', ['2', '4'], OFF, 'Re: subject says выехал, body reports done'))
add('p53', d(24, 11, 30), 'disp', 'Fwd: 329208',
    text='Пересылаю от водителя (Telegram), заявка 329208:\n\n'
         '> Ершов Дмитрий, 24.11.2026 11:14:\n'
         '> П1 П3 всё вывез, площадки убрали, 10 конт по 0,75 м3 и 4 по 1,1. 3,8 т\n',
    cs='windows-1251', cte='qp',
    label=lab('decided', '329208', ['1', '3'], OFF, 'forwarded driver report'))
add('p68', d(24, 12, 0), '1c', 'Заявка 329208 закрыта',
    text='Заявка: 329208; Объект: все КП (4); Состояние: Закрыта; Время: 24.11.2026 11:56; '
         'Ответственный: Шилова Е.Н.\n\n' + SIG_OFFICE,
    cs='windows-1251', cte='b64',
    label=lab('decided', '329208', [], OFF, 'whole request closed'))

# ------------------------------------------------------------------ other machine mail
add('i4', d(2, 9, 0), 'news', 'График работы МУП «Спецавтохозяйство» 4 ноября',
    html='<html><body><h3>Уважаемые партнёры!</h3><p>Сообщаем, что 4 ноября 2026 г. (День народного единства) '
         'вывоз ТКО по маршрутам 1–22 осуществляется в обычном режиме, диспетчерская работает с 07:00 до 20:00.</p>'
         '<p>Отписаться от рассылки: <a href="https://sah-perm.ru/unsub?id=4471">ссылка</a></p></body></html>',
    cs='utf-8', cte='b64',
    extra={'Precedence': 'bulk', 'List-Id': '<partners.sah-perm.ru>',
           'List-Unsubscribe': '<https://sah-perm.ru/unsub?id=4471>'},
    label=lab('ignored', note='bulk mailing list'))
add('i6', d(24, 14, 2), 'buh', 'Автоответ: Акт сверки за октябрь',
    text='Спасибо за письмо. Бухгалтерия МУП «Спецавтохозяйство» работает с 8:00 до 17:00 (МСК+2). '
         'Ваше письмо будет рассмотрено в течение 3 рабочих дней.\n',
    cs='windows-1251', cte='qp',
    extra={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'},
    label=lab('ignored', note='auto-reply'))
add('i7', d(25, 9, 40), 'pm', 'Delivery Status Notification (Delay)', raw=None,
    label=lab('ignored', note='delay DSN'))
add('i8', d(27, 10, 0), 'news', 'Изменение графика вывоза ТКО по маршрутам 7 и 14 с 01.12.2026',
    text='Уважаемые партнёры!\n\nС 01.12.2026 маршруты 7 и 14 переводятся на ночной график (с 22:00 до 06:00). '
         'Площадки по ул. Макаренко, Баумана, Ленина обслуживаются без изменений.\n\n'
         'Вы получили это письмо, т.к. подписаны на рассылку МУП «САХ». Отписаться: https://sah-perm.ru/unsub\n',
    cs='utf-8', cte='qp',
    extra={'Precedence': 'bulk', 'List-Id': '<partners.sah-perm.ru>',
           'List-Unsubscribe': '<mailto:unsub@sah-perm.ru>'},
    label=lab('ignored', note='bulk mailing list'))

# ------------------------------------------------------------------ raw machine bodies
RAW = {}
RAW['i2'] = '''From: {FROM}
To: {TO}
Subject: Undelivered Mail Returned to Sender
Date: {DATE}
Message-ID: {MID}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="BNC-4fa1c2"

--BNC-4fa1c2
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.sah-perm.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<kolesnikov@sah-perm.ru>: host mx1.sah-perm.ru[10.0.4.12] said: 550 5.1.1
    <kolesnikov@sah-perm.ru>: Recipient address rejected: User unknown

--BNC-4fa1c2
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.sah-perm.ru
Arrival-Date: Fri, 13 Nov 2026 09:58:41 +0300

Final-Recipient: rfc822; kolesnikov@sah-perm.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--BNC-4fa1c2
Content-Type: text/rfc822-headers

From: dispatch@zakazchik-omis.ru
To: kolesnikov@sah-perm.ru
Subject: =?utf-8?b?0JfQsNGP0LLQutCwIDMyNTYxMiDigJQg0L/RgNC+0YHRjNCx0LAg0L/QvtC00YI=?=
 =?utf-8?b?0LLQtdGA0LTQuNGC0Ywg0LLRi9C10LfQtA==?=
Date: Fri, 13 Nov 2026 09:58:40 +0300

--BNC-4fa1c2--
'''
RAW['i3'] = '''From: {FROM}
To: {TO}
Subject: {SUBJ}
Date: {DATE}
Message-ID: {MID}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="MDN-77a0"

--MDN-77a0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Ваше сообщение

  Кому: dispatcher@sah-perm.ru
  Тема: Заявка 327433 внеплановый вывоз
  Отправлено: 18.11.2026 9:21

было прочитано 18.11.2026 10:00.

--MDN-77a0
Content-Type: message/disposition-notification

Reporting-UA: MSX-PC07; Microsoft Outlook 16.0
Final-Recipient: rfc822;dispatcher@sah-perm.ru
Original-Message-ID: <a81f2c@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed

--MDN-77a0--
'''
RAW['i5'] = '''From: {FROM}
To: {TO}
Subject: {SUBJ}
Date: {DATE}
Message-ID: {MID}
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="CAL-19bb"

--CAL-19bb
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Кузнецов В.П. принял это приглашение.

--CAL-19bb
Content-Type: text/calendar; charset="utf-8"; method=REPLY
Content-Transfer-Encoding: 8bit

BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Кузнецов В.П.:mailto:glavinzh@sah-perm.ru
SUMMARY:Принято: Совещание по маршрутам ТКО (24.11)
DTSTART:20261124T060000Z
DTEND:20261124T070000Z
UID:040000008200E00074C5B7101A82E0080000000012AB
ORGANIZER:mailto:dispatch@zakazchik-omis.ru
END:VEVENT
END:VCALENDAR

--CAL-19bb--
'''
RAW['i7'] = '''From: {FROM}
To: {TO}
Subject: Delivery Status Notification (Delay)
Date: {DATE}
Message-ID: {MID}
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="DLY-0c3e"

--DLY-0c3e
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     buh@sah-perm.ru

Message will be retried for 2 more day(s)

--DLY-0c3e
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.sah-perm.ru

Final-Recipient: rfc822; buh@sah-perm.ru
Action: delayed
Status: 4.4.1
Will-Retry-Until: Fri, 27 Nov 2026 09:40:00 +0500

--DLY-0c3e--
'''
for L in LETTERS:
    if L['key'] in RAW:
        L['raw'] = RAW[L['key']]

# ------------------------------------------------------------------ write
for f in os.listdir(LET):
    os.remove(os.path.join(LET, f))
LETTERS.sort(key=lambda x: x['dt'])
labels = {}
for i, L in enumerate(LETTERS, 1):
    fn = '%03d.eml' % i
    with open(os.path.join(LET, fn), 'wb') as fh:
        fh.write(build(L, i))
    labels[fn] = L['label']
with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)

emails = sorted({a for _, a in P.values()})
reg = {'contractor': {'name': 'МУП «Спецавтохозяйство» г. Перми', 'emails': emails, 'domains': ['sah-perm.ru']},
       'requests': [
    {'number': '321047', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-02T09:00:00+03:00',
     'comment': 'Вывоз ТКО с КП: 1 — ул. Ленина, 58; 2 — ул. Сибирская, 35; 3 — ул. Пушкина, 110'},
    {'number': '321112', 'positions': ['1', '2'], 'registered_at': '2026-11-03T10:15:00+03:00',
     'comment': 'Вывоз КГМ: 1 — Комсомольский пр-т, 34 (двор); 2 — ул. Куйбышева, 95'},
    {'number': '322305', 'positions': ['1'], 'registered_at': '2026-11-05T08:30:00+03:00',
     'comment': 'Дезинфекция КП ул. Екатерининская, 120'},
    {'number': '322318', 'positions': ['1', '2', '3', '4'], 'registered_at': '2026-11-05T11:00:00+03:00',
     'comment': 'Вывоз ТКО по маршруту 14, 4 КП'},
    {'number': '323540', 'positions': ['1', '2'], 'registered_at': '2026-11-09T09:00:00+03:00',
     'comment': 'Замена контейнеров 1,1 м³: 1 — ул. Мира, 45 (3 шт.); 2 — ул. Архитектора Свиязева, 12 (2 шт.)'},
    {'number': '324001', 'positions': ['1'], 'registered_at': '2026-11-10T08:00:00+03:00',
     'comment': 'Вывоз КГМ после субботника, ул. Революции, 13'},
    {'number': '324077', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-11T10:00:00+03:00',
     'comment': 'Дезинфекция трёх контейнерных площадок'},
    {'number': '325612', 'positions': ['1', '2'], 'registered_at': '2026-11-13T09:30:00+03:00',
     'comment': '1 — бункер 8 м³ ул. Героев Хасана, 7; 2 — КП ул. Чкалова, 9 (6 конт.)'},
    {'number': '326090', 'positions': ['1'], 'registered_at': '2026-11-16T08:00:00+03:00',
     'comment': 'Ликвидация несанкционированной свалки ул. Связистов / ул. Локомотивная'},
    {'number': '327433', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-18T07:00:00+03:00',
     'comment': 'Внеплановый вывоз ТКО: 1 — Крупской, 37; 2 — Крупской, 41; 3 — Ушинского, 6'},
    {'number': '328015', 'positions': ['1', '2'], 'registered_at': '2026-11-20T09:00:00+03:00',
     'comment': 'Дезинфекция мусорокамер: 1 — ул. Уинская, 8; 2 — ул. Уинская, 10'},
    {'number': '329208', 'positions': ['1', '2', '3', '4'], 'registered_at': '2026-11-23T08:00:00+03:00',
     'comment': 'Уборка КП и вывоз ТКО, маршрут 7: Макаренко 26, 30; Баумана 9, 15'},
]}
with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as fh:
    json.dump(reg, fh, ensure_ascii=False, indent=1)

from collections import Counter
print(len(labels), Counter(v['expect'] for v in labels.values()))
