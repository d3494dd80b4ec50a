# -*- coding: utf-8 -*-
"""Generator for EJ corpus: cleaning-company supervisor (voice dictation + office PC)."""
import json, os, random
from email import charset as ecs
from email.header import Header
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.utils import format_datetime, make_msgid
import datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
TZ = datetime.timezone(datetime.timedelta(hours=3))
DISP = 'Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>'

WORK = 'e.sokolova@klinprofi.ru'
PERS = 'lena.sokolova78@mail.ru'
OFFICE = 'office@klinprofi.ru'

REGISTRY = {
  "contractor": {"name": "ООО «КлинПрофи»",
                 "emails": [WORK, PERS, OFFICE, "brigada2@klinprofi.ru", "brigada3@klinprofi.ru",
                            "news@klinprofi.ru", "MAILER-DAEMON@klinprofi.ru"],
                 "domains": ["klinprofi.ru"]},
  "requests": [
    {"number": "337512", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T08:30:00+03:00",
     "comment": "Генеральная уборка, БЦ «Меридиан»: поз.1 — 1 этаж, поз.2 — 2 этаж, поз.3 — 3 этаж (холл)"},
    {"number": "337640", "positions": ["1", "2"], "registered_at": "2026-11-03T10:00:00+03:00",
     "comment": "Мойка окон: поз.1 — фасад корпуса А, поз.2 — атриум"},
    {"number": "337788", "positions": ["1"], "registered_at": "2026-11-04T12:00:00+03:00",
     "comment": "Химчистка ковролина, переговорная 412"},
    {"number": "338015", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T09:00:00+03:00",
     "comment": "Генеральная уборка кабинетов: поз.1 — каб.201, поз.2 — каб.202, поз.3 — каб.203, поз.4 — каб.204"},
    {"number": "338102", "positions": ["1", "2"], "registered_at": "2026-11-09T11:00:00+03:00",
     "comment": "Мойка окон: поз.1 — 1 этаж, поз.2 — 2 этаж"},
    {"number": "338377", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T09:30:00+03:00",
     "comment": "Химчистка ковролина: поз.1 — 5 этаж, поз.2 — 6 этаж, поз.3 — конференц-зал"},
    {"number": "338450", "positions": ["1"], "registered_at": "2026-11-11T14:00:00+03:00",
     "comment": "Генеральная уборка холла после ремонта, ул. Новослободская 23 стр.1"},
    {"number": "338903", "positions": ["1", "2"], "registered_at": "2026-11-12T15:00:00+03:00",
     "comment": "Генеральная уборка выставочных залов: поз.1 — зал А, поз.2 — зал Б"},
    {"number": "339021", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T10:00:00+03:00",
     "comment": "Мойка окон, 7 этаж: поз.1 — офис 701, поз.2 — офис 702, поз.3 — офис 705"},
    {"number": "339216", "positions": ["1", "2"], "registered_at": "2026-11-17T12:00:00+03:00",
     "comment": "Химчистка ковролина: поз.1 — приёмная, поз.2 — open space 3 этажа"},
    {"number": "339555", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-19T09:00:00+03:00",
     "comment": "Генеральная уборка здания: поз.1..4 — этажи 1..4"},
    {"number": "339870", "positions": ["1"], "registered_at": "2026-11-23T10:00:00+03:00",
     "comment": "Мойка витражей главного входа"},
  ]}

VOICE = '\n\nотправлено с помощью голосового ввода'
MOB = '\n\n--\nОтправлено из мобильной Почты Mail.ru'
SIG_OFFICE = ('\n\nС уважением,\nСоколова Елена\nсупервайзер участка\nООО «КлинПрофи»\n'
              'тел. +7 (916) 337-51-29\nИНН 7728338102 / КПП 772801001')
SIG_OFFICE_HTML = ('<p>С уважением,<br>Соколова Елена<br>супервайзер участка<br>ООО «КлинПрофи»<br>'
                   'тел. +7 (916) 337-51-29<br>ИНН 7728338102 / КПП 772801001</p>')

def d(day, hh, mm):
    return datetime.datetime(2026, 11, day, hh, mm, random.randint(0, 59), tzinfo=TZ)

def ruq(dt, who='Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>'):
    days = ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс']
    return f'{days[dt.weekday()]}, {dt.day} нояб. 2026 г. в {dt:%H:%M}, {who}:'

def quote(text, prefix='> '):
    return '\n'.join(prefix + l if l else prefix.rstrip() for l in text.split('\n'))

def text_part(text, subtype='plain', cs='utf-8', cte='base64'):
    p = MIMENonMultipart('text', subtype)
    c = ecs.Charset(cs)
    c.body_encoding = {'base64': ecs.BASE64, 'qp': ecs.QP, '8bit': None}[cte]
    if cte == '8bit':
        p.set_payload(text.encode(cs), )
        p.set_param('charset', cs)
        p['Content-Transfer-Encoding'] = '8bit'
    else:
        p.set_payload(text, charset=c)
    return p

def html_of(text):
    esc = text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    paras = esc.split('\n\n')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
            '<body><div style="font-family:Calibri,sans-serif;font-size:11pt">'
            + ''.join('<p>' + p.replace('\n', '<br>') + '</p>' for p in paras) + '</div></body></html>')

LETTERS = []
def L(frm, subj, dt, body=None, label=None, cs='utf-8', cte='base64', kind='plain', html=None,
      to=DISP, extra=None, subj_cs=None, raw=None, mailer=None):
    LETTERS.append(dict(frm=frm, subj=subj, dt=dt, body=body, label=label, cs=cs, cte=cte, kind=kind,
                        html=html, to=to, extra=extra or {}, subj_cs=subj_cs or cs, raw=raw, mailer=mailer))

def dec(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}
def rev(note): return {"expect": "review", "note": note}
def ign(note): return {"expect": "ignored", "note": note}

PH = 'Elena (phone)'
ELENA_W = f'Елена Соколова <{WORK}>'
ELENA_P = f'елена <{PERS}>'
ELENA_O = f'Соколова Елена <{WORK}>'
OFF = f'КлинПрофи офис <{OFFICE}>'
ANDR = 'Yandex Mail for Android'
OUTL = 'Microsoft Outlook 16.0'
BAT = 'The Bat! (v9.4.2) Home'

random.seed(337500)

# ---------------- 337512 генуборка Меридиан -----------------
L(ELENA_W, 'заявка 337512', d(2, 9, 14),
  'добрый день заявку 337512 приняли в работу генеральную уборку начнем завтра с восьми утра бригада 4 человека' + VOICE,
  dec('337512', [], 'заявка принята', 'приняли в работу; начало завтра — план, но приём уже состоялся'), mailer=ANDR)
m1 = 'добрый день заявку 337512 приняли в работу генеральную уборку начнем завтра с восьми утра бригада 4 человека'
L(ELENA_W, 'Re: заявка 337512', d(3, 7, 42),
  'бригада выехала на мередиан по позиции один и два будут минут через 20\n\n' + ruq(d(2, 9, 14), f'Елена Соколова <{WORK}>') + '\n' + quote(m1) + VOICE,
  dec('337512', ['1', '2'], 'подрядчик в пути', 'выехала на объект, будут через 20 мин; «мередиан» — ошибка диктовки'), mailer=ANDR)
L(ELENA_W, '337512 поз 1 2', d(3, 8, 15),
  'наместе начали с первого этажа и второго девочки моют полы' + VOICE,
  dec('337512', ['1', '2'], 'подрядчик на месте', 'позиции в теме «поз 1 2», «наместе» слитно'), mailer=ANDR)
L(ELENA_O, 'Заявка № 337512 — уборка 1 и 2 этажа выполнена', d(3, 17, 40),
  'Марина Викторовна, добрый вечер.\n\nПо заявке № 337512 позиции 1 и 2 (1 и 2 этаж) уборка завершена, бригада убыла в 17:20. '
  'Позицию 3 делаем завтра с 8:00, пропуска на тех же людей.' + SIG_OFFICE,
  dec('337512', ['1', '2'], 'подрядчик убыл', 'поз.1,2 завершены и убыли; поз.3 — план на завтра; телефон 337-51-29 не номер заявки'),
  cs='windows-1251', cte='qp', kind='alt', mailer=OUTL)
L(ELENA_W, 'меридиан', d(4, 8, 5),
  'пост три на месте по 337 512 холл третьего этажа моем' + VOICE,
  dec('337512', ['3'], 'подрядчик на месте', '«пост три» — диктовка «поз 3»; номер заявки с пробелом'), mailer=ANDR)
L(ELENA_W, 'Re: 337512 поз 1 2', d(4, 13, 31),
  'третья позиция готова ушли с объекта в 13 20 акт подпишет администратор завтра\n\n' + ruq(d(3, 8, 15), f'Елена Соколова <{WORK}>') + '\n> наместе начали с первого этажа и второго девочки моют полы' + VOICE,
  dec('337512', ['3'], 'подрядчик убыл', 'тема из старого письма называет поз 1 2, но новый текст — про третью позицию'), mailer=ANDR)

# ---------------- 337640 мойка окон -----------------
L(ELENA_P, 'мойка окон 337640', d(3, 11, 2),
  'по мойке окон 337640 приняли Альпинисты будут в четверг с утра если погода' + MOB,
  dec('337640', [], 'заявка принята', 'приняли; выезд в четверг — план'), cte='8bit')
L(ELENA_P, '337640 позиция 1', d(5, 7, 31),
  'альпинисты выехали к вам на фасад корпус а позиция один будут к восьми' + MOB,
  dec('337640', ['1'], 'подрядчик в пути', 'выехали к вам'), cte='8bit')
L(ELENA_P, 'Re: 337640 позиция 1', d(5, 9, 2),
  'на месте висят уже на фасаде начали сверху' + '\n\n' + ruq(d(5, 7, 31), f'елена <{PERS}>') + '\n> альпинисты выехали к вам на фасад корпус а позиция один будут к восьми' + MOB,
  dec('337640', ['1'], 'подрядчик на месте', 'номер и позиция только в теме Re:'), cte='8bit')
L(ELENA_O, 'Заявка 337640: фасад корпуса А выполнен', d(5, 18, 10),
  'Добрый вечер!\n\nЗаявка 337640: мойка фасада корпуса А (позиция 1) выполнена, промышленные альпинисты покинули объект в 17:45. '
  'Атриум (позиция 2) по согласованию с администрацией будем мыть в субботу 07.11, нужна вышка 8 м — завезём сами.' + SIG_OFFICE,
  dec('337640', ['1'], 'подрядчик убыл', 'поз.1 выполнена, покинули объект; поз.2 — план на субботу'),
  cs='windows-1251', cte='qp', kind='alt', mailer=OUTL)
L(ELENA_W, 'атриум', d(7, 9, 20),
  'Атриум 337640 мы на месте по зиции 2 вышка собрана начинаем' + VOICE,
  dec('337640', ['2'], 'подрядчик на месте', '«по зиции 2» — разорванное диктовкой «позиции»'), mailer=ANDR)
L(ELENA_W, 'атриум готово', d(7, 15, 5),
  'по атриуму закончили все помыли уехали 337640 вторая' + VOICE,
  dec('337640', ['2'], 'подрядчик убыл', '«вторая» = позиция 2; закончили, уехали'), mailer=ANDR)

# ---------------- 337788 химчистка 412 -----------------
L(ELENA_O, 'Заявка №337788 — химчистка ковролина, переговорная 412', d(4, 14, 20),
  'Добрый день.\n\nЗаявку №337788 на химчистку ковролина в переговорной 412 приняли. Время выезда согласуем с арендатором, '
  'предварительно пятница вечер после 19:00, чтобы не мешать.' + SIG_OFFICE,
  dec('337788', [], 'заявка принята', 'заявку приняли; 412 — номер переговорной, не позиция'),
  cs='windows-1251', cte='qp', kind='alt', mailer=OUTL)
L(ELENA_W, '337788', d(6, 19, 5),
  'выезжаем на хим чистку 337788 будем в 19 40 машина газель к 338 ет 77 закажите пропуск пожалуйста' + VOICE,
  dec('337788', [], 'подрядчик в пути', 'выезжаем сейчас, будем в 19:40; номер машины к338ет77 — не номер заявки'), mailer=ANDR)
L(ELENA_W, 'хим чистка 412 готово', d(6, 22, 31),
  'хим чистка ковра лина в 412 закончена оборудование вывезли ушли в 22 15 ковролин сохнет до утра по нему не ходить 337788' + VOICE,
  dec('337788', [], 'подрядчик убыл', 'закончена, ушли в 22:15; «ковра лина» — диктовка; 412 — переговорная'), mailer=ANDR)

# ---------------- 338015 кабинеты 201-204 -----------------
L(ELENA_W, '338015 принято', d(5, 9, 40),
  'приняли заявку на генеральную уборку четыре кабинета Начнем в понедельник' + VOICE,
  dec('338015', [], 'заявка принята', 'номер в теме; «четыре кабинета» — не позиции'), mailer=ANDR)
html_338015 = ('<html><body><p>Добрый день!</p><p>Заявка <b>338015</b>, генеральная уборка кабинетов — статус на 08:10:</p>'
  '<table border="1" cellpadding="4" cellspacing="0"><tr><th>Поз.</th><th>Кабинет</th><th>Статус</th><th>Время</th></tr>'
  '<tr><td>1</td><td>201</td><td>бригада на месте, работы начаты</td><td>08:00</td></tr>'
  '<tr><td>2</td><td>202</td><td>бригада на месте, работы начаты</td><td>08:00</td></tr>'
  '<tr><td>3</td><td>203</td><td>по графику после обеда</td><td>—</td></tr>'
  '<tr><td>4</td><td>204</td><td>по графику после обеда</td><td>—</td></tr></table>'
  + SIG_OFFICE_HTML + '</body></html>')
L(ELENA_O, 'Заявка 338015 - статус', d(9, 8, 10), None,
  dec('338015', ['1', '2'], 'подрядчик на месте', 'HTML-таблица: поз.1,2 на месте, поз.3,4 — только план'),
  cs='windows-1251', cte='qp', kind='html', html=html_338015, mailer=OUTL)
L(ELENA_W, 'Re: Заявка 338015 - статус', d(9, 12, 40),
  'по позициям один и два закончили кабинеты 201 202 сдали администратору Ирине после обеда переходим в 203 и 204' + VOICE,
  dec('338015', ['1', '2'], 'подрядчик убыл', 'работа по поз.1,2 закончена и сдана; 3,4 — план'), mailer=ANDR)
L(ELENA_W, '338015 п3 п4', d(9, 18, 30),
  'все готово уехали' + VOICE,
  dec('338015', ['3', '4'], 'подрядчик убыл', 'номер и позиции только в теме'), mailer=ANDR)
L(ELENA_W, '338015', d(10, 10, 2),
  'по заявке 338015 позиция пять когда делаем там кабинет 205 вчера не открыли ключа не было' + VOICE,
  rev('позиции 5 в заявке нет, и это вопрос'), mailer=ANDR)

# ---------------- 338102 мойка окон -----------------
L(ELENA_W, 'за явка 338 102', d(9, 11, 30),
  'за явка 338 102 принята мойка окон в четверг с утра' + VOICE,
  dec('338102', [], 'заявка принята', '«за явка» — диктовка; номер с пробелом'), mailer=ANDR)
L(OFF, 'Наряд 338102 - выезд', d(12, 8, 0),
  'Добрый день.\n\nНаряд 338102 (мойка окон). Бригада мойщиков выехала на объект в 07:55, ориентировочное прибытие 8:45. '
  'Позиции 1, 2.\n\nСоколова Е.\nКлинПрофи',
  dec('338102', ['1', '2'], 'подрядчик в пути', 'выехала на объект; KOI8-R из The Bat!'), cs='koi8-r', cte='8bit', mailer=BAT)
L(ELENA_W, 'мойка окон', d(12, 8, 51),
  'мы на месте по 338102 начали с первого этажа позиция 1' + VOICE,
  dec('338102', ['1'], 'подрядчик на месте', 'на месте, начали поз.1'), mailer=ANDR)
L(ELENA_W, '338102 готово', d(12, 16, 3),
  '338102 один и два окна помыты все бригада у была' + VOICE,
  dec('338102', ['1', '2'], 'подрядчик убыл', '«у была» — диктовка «убыла»; «один и два» — позиции'), mailer=ANDR)

# ---------------- 338377 химчистка 5/6 этаж + конференц-зал -----------------
L(ELENA_O, 'Подтверждение приёма заявки 338377', d(10, 10, 5),
  'Добрый день!\n\nПодтверждаем приём заявки 338377 (химчистка ковролина, 5 и 6 этаж, конференц-зал). '
  'Работы по договору № 14/2026-КП от 12.01.2026, счёт выставим по факту, площадь уточним на месте.' + SIG_OFFICE,
  dec('338377', [], 'заявка принята', 'подтверждение приёма; номер договора и даты — не номер заявки'),
  cs='windows-1251', cte='qp', kind='alt', mailer=OUTL)
L(ELENA_W, 'хим чистка 338377', d(13, 18, 50),
  'выехали к вам на хим чистку пост 1 и пост 2 338377 минут 30 пробки на садовом' + VOICE,
  dec('338377', ['1', '2'], 'подрядчик в пути', '«пост 1 и пост 2» = позиции'), mailer=ANDR)
L(ELENA_W, 'Re: хим чистка 338377', d(13, 19, 36),
  '338 377 наместе пятый шестой этаж позиции 1 2 начинаем пылесосить потом экстрактор' + VOICE,
  dec('338377', ['1', '2'], 'подрядчик на месте', 'на месте, позиции 1 2'), mailer=ANDR)
fwd_338377 = ('пересылаю от бригадира\n\n\n-------- Пересылаемое сообщение --------\n'
  '14.11.2026, 00:52, Рустам Бригада2 <brigada2@klinprofi.ru>:\n\nТема: 338377\n\n'
  'Елена Сергеевна поз 1 и 2 (5 и 6 этаж) сделали все, выехали с объекта в 00:50. экстрактор забрали. Рустам\n'
  '-------- Конец пересылаемого сообщения --------' + MOB)
L(ELENA_P, 'Fwd: 338377', d(14, 1, 10), fwd_338377,
  dec('338377', ['1', '2'], 'подрядчик убыл', 'пересланный отчёт бригадира: выехали с объекта'), cte='base64')
L(ELENA_W, 'конференц зал', d(14, 10, 0),
  'конференц зал по 338377 когда можно прийти там у вас мероприятие говорят до понедельника' + VOICE,
  rev('вопрос о времени, статуса нет'), mailer=ANDR)
q_338377 = ('От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nОтправлено: 15 ноября 2026 г. 12:04\n'
  f'Кому: Соколова Елена <{WORK}>\nТема: 338377\n\nЕлена, конференц-зал свободен в понедельник после 18:00, пропуск заказан.\n\n'
  'Марина Викторовна\nдиспетчер ОМИС')
L(ELENA_O, 'RE: 338377', d(16, 20, 15),
  'Марина Викторовна, по позиции 3 (конференц-зал) химчистка выполнена, бригада убыла в 20:00. Стулья расставили обратно.' + SIG_OFFICE + '\n\n' + q_338377,
  dec('338377', ['3'], 'подрядчик убыл', 'Outlook-цитата с шапкой От:/Отправлено: не в счёт'),
  cs='windows-1251', cte='qp', kind='alt', mailer=OUTL)

# ---------------- 338450 холл после ремонта -----------------
L(ELENA_W, 'холл после ремонта', d(11, 14, 40),
  'по 338450 холл после ремонта взяли в работу завтра с утра будем' + VOICE,
  dec('338450', [], 'заявка принята', 'взяли в работу; «завтра будем» — план'), mailer=ANDR)
L(ELENA_W, 'новослободская', d(12, 7, 10),
  'едем на новослободскую 23 стр 1 (338450) будем через минут 40' + VOICE,
  dec('338450', [], 'подрядчик в пути', 'номер в скобках после адреса; 23 — дом'), mailer=ANDR)
L(ELENA_W, '338450', d(12, 7, 55),
  'НA MECTE 338450 ждем охрану чтобы открыли' + VOICE,
  dec('338450', [], 'подрядчик на месте', 'капсом латиницей «НA MECTE» — на месте'), mailer=ANDR)
L(ELENA_W, 'Re: 338450', d(12, 19, 20),
  '338450 холл отмыли строительную пыль вывезли 12 мешков мусора бригада освободилась' + VOICE,
  dec('338450', [], 'подрядчик убыл', 'результат: отмыли, бригада освободилась'), mailer=ANDR)

# ---------------- 338903 залы А и Б -----------------
q_338903 = ('-----Original Message-----\nFrom: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n'
  'Sent: Thursday, November 12, 2026 3:05 PM\n' f'To: Соколова Елена <{WORK}>\n'
  'Subject: Заявка № 338903 на генеральную уборку\n\nДобрый день! Направляем заявку № 338903: генеральная уборка выставочных залов А и Б '
  'перед выставкой. Просьба подтвердить.')
L(ELENA_O, 'RE: Заявка № 338903 на генеральную уборку', d(12, 16, 0),
  'Добрый день!\n\nЗаявка принята, бригаду на понедельник выделяем, 6 человек + поломоечная машина Karcher B 40.' + SIG_OFFICE + '\n\n' + q_338903,
  dec('338903', [], 'заявка принята', 'номер в теме и цитате; Karcher B 40 — модель'),
  cs='windows-1251', cte='qp', kind='alt', mailer=OUTL)
L(ELENA_W, '338903 выезд', d(16, 6, 40),
  'выезд бригады на 338903 в 06 40 зал а и зал б позиции 1 2 поломойку везем на газели' + VOICE,
  dec('338903', ['1', '2'], 'подрядчик в пути', 'выезд в 06:40 (время письма)'), mailer=ANDR)
L(ELENA_W, '338903', d(16, 12, 0),
  '338903 зал а позиция один закончили уходим а по второй еще моем до вечера' + VOICE,
  rev('разные статусы: поз.1 убыл, поз.2 на месте'), mailer=ANDR)
L(ELENA_W, 'Re: 338903 выезд', d(16, 20, 30),
  'пост два зал б готово выехали с объекта' + '\n\n' + ruq(d(16, 6, 40), f'Елена Соколова <{WORK}>') + '\n> выезд бригады на 338903 в 06 40 зал а и зал б позиции 1 2 поломойку везем на газели' + VOICE,
  dec('338903', ['2'], 'подрядчик убыл', 'номер только в теме Re:/цитате; «выехали с объекта» = убыли'), mailer=ANDR)

# ---------------- 339021 мойка окон 7 этаж -----------------
L(ELENA_W, '339021 приняла', d(16, 10, 30),
  'заявку приняла мойка окон седьмой этаж сделаем в среду' + VOICE,
  dec('339021', [], 'заявка принята', 'номер в теме'), mailer=ANDR)
L(ELENA_W, '#339021', d(18, 8, 20),
  'по 339021 едем будем к девяти' + VOICE,
  dec('339021', [], 'подрядчик в пути', 'будем к девяти = в пути'), mailer=ANDR)
L(ELENA_W, '339021-1', d(18, 9, 5),
  'приехали начинаем с 701' + VOICE,
  dec('339021', ['1'], 'подрядчик на месте', 'позиция через дефис в теме'), mailer=ANDR)
html_339021 = ('<html><body><p>Марина Викторовна, добрый день.</p><p>Обращение 339021 (мойка окон, 7 этаж):</p>'
  '<table border="1" cellspacing="0" cellpadding="3"><tr><td><b>Позиция</b></td><td><b>Офис</b></td><td><b>Отметка</b></td></tr>'
  '<tr><td>П1</td><td>701</td><td>выполнено, убыли 14:10</td></tr>'
  '<tr><td>П2</td><td>702</td><td>выполнено, убыли 14:10</td></tr>'
  '<tr><td>П3</td><td>705</td><td>выполнено, убыли 14:10</td></tr></table>'
  '<p>Акт вышлем в конце месяца.</p>' + SIG_OFFICE_HTML + '</body></html>')
L(ELENA_O, 'Обращение 339021 - выполнено', d(18, 14, 30), None,
  dec('339021', ['1', '2', '3'], 'подрядчик убыл', 'HTML-only таблица, все три позиции убыли'),
  cs='windows-1251', cte='base64', kind='html', html=html_339021, mailer=OUTL)
q_339021 = ('Диспетчерская ОМИС писал(а) 18.11.2026 14:41:\n> Елена, добрый день. В таблице по 339021 у П3 офис 705 —\n'
  '> уточните, пожалуйста, по позиции 3 бригада точно убыла? Арендатор\n> говорит, что видел ваших людей на этаже.\n')
L(ELENA_O, 'Re: Обращение 339021 - выполнено', d(18, 15, 2),
  q_339021 + '\nДа, подтверждаю: по позиции 3 (офис 705) бригада убыла в 14:10, на этаже оставались наши уборщицы с ежедневного поста, это другой договор.' + SIG_OFFICE,
  dec('339021', ['3'], 'подрядчик убыл', 'ответ под цитатой; подтверждение убытия поз.3'),
  cs='windows-1251', cte='qp', kind='alt', mailer=OUTL)

# ---------------- 339216 химчистка приемная/open space -----------------
L(ELENA_P, '339216', d(17, 12, 45),
  '339216 приняли хим чистка в субботу Начнем с опенспейса' + MOB,
  dec('339216', [], 'заявка принята', 'приняли; суббота — план'), cte='base64')
L(ELENA_P, '339216 (2)', d(21, 9, 0),
  'выехали на опенспейс будем через пол часа' + MOB,
  dec('339216', ['2'], 'подрядчик в пути', 'позиция в скобках в теме'), cte='base64')
L(ELENA_P, 'Re: 339216 (2)', d(21, 9, 41),
  'приехали по 339216 вторая позиция open space приемную сделаем после обеда' + MOB,
  dec('339216', ['2'], 'подрядчик на месте', 'поз.2 на месте, поз.1 — план'), cte='base64')
L(ELENA_W, 'хим чистка', d(21, 15, 30),
  '339 216 пост один и пост два готово сохнет уехали' + VOICE,
  dec('339216', ['1', '2'], 'подрядчик убыл', 'готово, уехали, обе позиции'), mailer=ANDR)
L(ELENA_W, 'приемная пятна', d(22, 11, 15),
  'по 339216 ковролин в приемной остались пятна от кофе клиентка недовольна приедем переделаем бесплатно во вторник' + VOICE,
  rev('жалоба и план переделки, нового статуса нет'), mailer=ANDR)

# ---------------- 339555 генуборка этажи 1-4 -----------------
L(OFF, 'Принято в работу: заявка 339555', d(19, 9, 50),
  'Добрый день!\n\nЗаявка 339555 (генеральная уборка 1-4 этажей) принята в работу. Выход 23.11 двумя бригадами, '
  'списки на пропуск пришлём до пятницы.\n\nСоколова Е.С.\nООО "КлинПрофи"\nтел. 8-916-337-51-29',
  dec('339555', [], 'заявка принята', 'KOI8-R; дата 23.11 и телефон — не номер'), cs='koi8-r', cte='qp', mailer=BAT)
L(ELENA_W, '339555', d(23, 7, 30),
  'две бригады выехали на 339555 позиции один два три четыре' + VOICE,
  dec('339555', ['1', '2', '3', '4'], 'подрядчик в пути', 'все четыре позиции названы явно'), mailer=ANDR)
L(ELENA_W, 'Re: 339555', d(23, 8, 16),
  'на месте по 339555 обе бригады Переодеваются и начинают' + VOICE,
  dec('339555', [], 'подрядчик на месте', 'позиции не названы — вся заявка'), mailer=ANDR)
L(ELENA_W, '339555 п1 п2', d(23, 13, 0),
  'закончили первая бригада уехала на другой объект' + VOICE,
  dec('339555', ['1', '2'], 'подрядчик убыл', 'позиции в теме; бригада уехала'), mailer=ANDR)
L(ELENA_W, '339555', d(23, 16, 45),
  'по 339555 третий этаж поз 3 сдали уходим четвертый еще часа два' + VOICE,
  rev('разные статусы: поз.3 убыл, поз.4 ещё в работе (на месте)'), mailer=ANDR)
fw_339555 = ('Марина, пересылаю отчет бригадира по последней позиции.\n\nЕлена\n\n'
  'От: Бригада 3 <brigada3@klinprofi.ru>\nОтправлено: 23 ноября 2026 г. 18:52\n'
  f'Кому: Соколова Елена <{WORK}>\nТема: 339555 поз4\n\n'
  'поз 4 готово, бригада убыла 18:50, ключи сдали на пост охраны (пломба № 338015 на щитовой не трогали)')
L(ELENA_O, 'FW: 339555 поз4', d(23, 19, 0), fw_339555,
  dec('339555', ['4'], 'подрядчик убыл', 'Outlook-пересылка отчёта бригады; номер пломбы 338015 — ловушка'),
  cs='windows-1251', cte='qp', kind='alt', mailer=OUTL)

# ---------------- 339870 витражи -----------------
L(ELENA_W, '339870 принято', d(23, 10, 20),
  'Принято витражи в пятницу с утра' + VOICE,
  dec('339870', [], 'заявка принята', 'номер в теме'), mailer=ANDR)
fwd_339870 = ('---------- Forwarded message ---------\nОт: Бригада 3 <brigada3@klinprofi.ru>\nDate: пт, 27 нояб. 2026 г. в 07:52\n'
  f'Subject: витражи\nTo: <{WORK}>\n\nвыехали на витражи 339870, стремянки и штанги взяли, будем минут через 25\n')
L(ELENA_W, 'Fwd: витражи', d(27, 8, 0), fwd_339870,
  dec('339870', [], 'подрядчик в пути', 'пересланное сообщение бригады (gmail-стиль), выехали на объект'), mailer=ANDR)
L(ELENA_O, 'RE: Re: 339870 в пути', d(27, 12, 30),
  'Добрый день!\n\nВитражи помыли, бригада уехала в 12:10. Акт № 1127/3 передали охране на посту.' + SIG_OFFICE,
  dec('339870', [], 'подрядчик убыл', 'тема со старым «в пути», тело — убыли; номер акта не заявка'),
  cs='windows-1251', cte='qp', kind='alt', mailer=OUTL)

# ---------------- прочие на проверку -----------------
L(ELENA_W, 'на месте', d(18, 9, 10),
  'мы на месте девочки уже моют окна пропуск на газель не сделали охрана ругается' + VOICE,
  rev('номер заявки не указан, активных заявок несколько'), mailer=ANDR)
L(ELENA_W, 'выехали', d(13, 18, 40),
  'по заявке 338888 выехали бригада три человека' + VOICE,
  rev('заявки 338888 нет в реестре'), mailer=ANDR)
L(ELENA_W, 'новослободская и окна', d(12, 8, 55),
  '338102 и 338450 обе бригады на месте' + VOICE,
  rev('две разные заявки в одном письме'), mailer=ANDR)
L(ELENA_W, '339870', d(27, 7, 40),
  'по 339870 еще не выехали ждем пропуск на машину Никто не отвечает' + VOICE,
  rev('отрицание: ещё не выехали'), mailer=ANDR)
L(ELENA_P, 'пропуска', d(20, 17, 5),
  'спасибо пропуска на 339555 получили' + MOB,
  rev('благодарность, статуса нет'), cte='8bit')
L(OFF, 'Заявка 339216 - согласование стоимости', d(18, 11, 0),
  'Добрый день.\n\nПо заявке 339216 стоимость химчистки ковролина 180 руб/м2, площадь по замеру 240 м2, итого 43 200 руб. с НДС. '
  'Прошу согласовать, после согласования выставим счёт.\n\nСоколова Е.С.\nООО "КлинПрофи"',
  rev('согласование цены, статуса нет'), cs='koi8-r', cte='8bit', mailer=BAT)
L(ELENA_W, '338903', d(15, 21, 10),
  'по 338903 выедем завтра в шесть утра залы а и б' + VOICE,
  rev('план: выедем завтра'), mailer=ANDR)

# ---------------- машинные -----------------
L(ELENA_O, 'Автоответ: Re: 339216 (2)', d(24, 9, 3),
  'Здравствуйте!\n\nЯ на выездном обучении до 25.11.2026 включительно, почту читаю с задержкой. По срочным вопросам звоните в офис 8 (495) 338-10-20 или пишите на office@klinprofi.ru.\n\nСоколова Елена',
  ign('автоответ «в отпуске»'), cs='windows-1251', cte='qp',
  extra={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All', 'Precedence': 'auto_reply'}, mailer=OUTL)
L('Mail Delivery System <MAILER-DAEMON@klinprofi.ru>', 'Undelivered Mail Returned to Sender', d(19, 10, 1),
  None, ign('bounce: недоставка'), kind='bounce')
L(ELENA_O, 'Прочитано: Пропуска по заявке 338015 на 09.11', d(9, 8, 40), None,
  ign('уведомление о прочтении'), kind='mdn', cs='windows-1251')
L('КлинПрофи <news@klinprofi.ru>', 'КлинПрофи: скидка 15% на химчистку ковролина в декабре', d(25, 11, 0),
  'Уважаемые клиенты!\n\nВ декабре скидка 15% на химчистку ковролина и мягкой мебели. Мойка окон в мороз — '
  'используем незамерзающие составы.\n\nЗаявки: 8 (495) 338-10-20, office@klinprofi.ru\n\n'
  'Вы получили это письмо, так как являетесь клиентом ООО «КлинПрофи». Отписаться: https://klinprofi.ru/unsubscribe?id=337788',
  ign('рассылка'), cte='qp',
  extra={'List-Unsubscribe': '<https://klinprofi.ru/unsubscribe?id=337788>', 'Precedence': 'bulk',
         'List-Id': 'klinprofi-news <news.klinprofi.ru>'}, kind='alt')
L(ELENA_O, 'Принято: Планерка по заявке 339555', d(20, 9, 12), None,
  ign('ответ на приглашение календаря'), kind='cal', cs='utf-8')
L(f'Елена Соколова <{WORK}>', 'Автоответ: 338377', d(14, 10, 30),
  'Спасибо за письмо. Я сейчас на объекте и отвечу позже. Срочно — по телефону +7 916 337-51-29.',
  ign('автоответ (на объекте)'), extra={'Auto-Submitted': 'auto-replied', 'X-Autoreply': 'yes'}, mailer='Yandex.Mail autoresponder')


def build(i, x):
    kind = x['kind']
    cs = x['cs']
    if kind == 'plain':
        msg = text_part(x['body'], 'plain', cs, x['cte'])
    elif kind == 'html':
        msg = text_part(x['html'], 'html', cs, x['cte'])
    elif kind == 'alt':
        msg = MIMEMultipart('alternative')
        msg.attach(text_part(x['body'], 'plain', cs, x['cte']))
        msg.attach(text_part(x['html'] or html_of(x['body']).replace('windows-1251', cs), 'html', cs, x['cte']))
    elif kind == 'bounce':
        msg = MIMEMultipart('report', report_type='delivery-status')
        msg.attach(text_part('This is the mail system at host mx1.klinprofi.ru.\n\nI\'m sorry to have to inform you that your message could not\n'
                             'be delivered to one or more recipients.\n\n<brigada5@klinprofi.ru>: host mx1.klinprofi.ru said: 550 5.1.1\n'
                             '    User unknown in virtual mailbox table\n', 'plain', 'us-ascii', '8bit'))
        from email import message_from_string
        ds = MIMEBase('message', 'delivery-status')
        ds.set_payload([message_from_string('Reporting-MTA: dns; mx1.klinprofi.ru\nArrival-Date: Thu, 19 Nov 2026 10:01:02 +0300\n'),
                        message_from_string('Final-Recipient: rfc822; brigada5@klinprofi.ru\nAction: failed\nStatus: 5.1.1\n'
                                            'Diagnostic-Code: smtp; 550 5.1.1 User unknown\n')])
        msg.attach(ds)
        hdr = MIMEBase('text', 'rfc822-headers')
        hdr.set_payload('From: dispatch@zakazchik-omis.ru\nTo: brigada5@klinprofi.ru\nSubject: =?utf-8?B?' +
                        __import__('base64').b64encode('Заявка 339555 пропуска'.encode()).decode() + '?=\n'
                        'Date: Thu, 19 Nov 2026 10:00:40 +0300\n')
        msg.attach(hdr)
        x['extra'] = {'Auto-Submitted': 'auto-replied'}
    elif kind == 'mdn':
        msg = MIMEMultipart('report', report_type='disposition-notification')
        msg.attach(text_part('Сообщение\n\n    Кому: Соколова Елена\n    Тема: Пропуска по заявке 338015 на 09.11\n    Отправлено: 9 ноября 2026 г. 7:58\n\n'
                             'было прочитано 9 ноября 2026 г. 8:40.', 'plain', cs, 'qp'))
        mdn = MIMEBase('message', 'disposition-notification')
        mdn.set_payload('Reporting-UA: zakazchik-omis.ru; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;dispatch@zakazchik-omis.ru\n'
                        'Original-Message-ID: <mdn338015@klinprofi.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n')
        msg.attach(mdn)
    elif kind == 'cal':
        msg = MIMEMultipart('alternative')
        msg.attach(text_part('Соколова Елена принял(а) это приглашение.', 'plain', 'utf-8', 'base64'))
        ics = ('BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n'
               f'ATTENDEE;PARTSTAT=ACCEPTED;CN=Соколова Елена:mailto:{WORK}\r\n'
               'SUMMARY;LANGUAGE=ru-RU:Принято: Планерка по заявке 339555\r\nDTSTART:20261120T070000Z\r\nDTEND:20261120T073000Z\r\n'
               'UID:040000008200E00074C5B7101A82E00800000000339555\r\nDTSTAMP:20261120T061200Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')
        cal = text_part(ics, 'calendar', 'utf-8', 'base64')
        cal.set_param('method', 'REPLY')
        msg.attach(cal)
    subj = x['subj']
    try:
        subj.encode('ascii'); msg['Subject'] = subj
    except UnicodeEncodeError:
        scs = 'utf-8' if x['subj_cs'] == 'us-ascii' else x['subj_cs']
        msg['Subject'] = Header(subj, scs)
    def addr(a):
        if '<' in a:
            name, em = a.split('<', 1)
            name = name.strip()
            try:
                name.encode('ascii'); return a
            except UnicodeEncodeError:
                hcs = cs if cs in ('windows-1251', 'koi8-r') else 'utf-8'
                return Header(name, hcs).encode() + ' <' + em
        return a
    msg['From'] = addr(x['frm'])
    msg['To'] = addr(x['to'])
    msg['Date'] = format_datetime(x['dt'])
    dom = x['frm'].split('@')[-1].rstrip('>')
    msg['Message-ID'] = make_msgid(idstring=f'ej{i:03d}', domain=dom)
    if 'MIME-Version' not in msg:
        msg['MIME-Version'] = '1.0'
    if x['mailer']:
        msg['X-Mailer'] = x['mailer']
    for k, v in x['extra'].items():
        msg[k] = v
    if x['subj'].lower().startswith(('re:', 'fwd:', 'fw:')) or x['subj'].startswith('Автоответ'):
        msg['In-Reply-To'] = f'<prev{i:03d}@zakazchik-omis.ru>'
    return msg

labels = {}
order = sorted(range(len(LETTERS)), key=lambda k: LETTERS[k]['dt'])
for n, k in enumerate(order, 1):
    x = LETTERS[k]
    m = build(n, x)
    fn = f'{n:03d}.eml'
    with open(os.path.join(LET, fn), 'wb') as f:
        f.write(m.as_bytes())
    labels[fn] = x['label']

with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as f:
    json.dump(REGISTRY, f, ensure_ascii=False, indent=1)
print(len(labels), 'letters')
