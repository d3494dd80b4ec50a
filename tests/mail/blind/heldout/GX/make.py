#!/usr/bin/env python3
# Generator for GX corpus: night dispatcher of snow-removal contractor ООО «Снегобор-Кедровка».
import json, os, base64, quopri, datetime
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import format_datetime, formataddr
from email.generator import BytesGenerator
from email import policy
import io

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
TZ = datetime.timezone(datetime.timedelta(hours=3))
DOM = 'snegobor-kedrovka.ru'
TO = 'dispatch@zakazchik-omis.ru'
TO_NAME = 'Диспетчерская ОМИС'

OLEG = ('o.gavrilyuk@' + DOM, 'Олег Гаврилюк')
NOCH = ('dispetcher.noch@' + DOM, 'Ночная диспетчерская Снегобор')
GAR = ('garazh@' + DOM, 'Гараж Снегобор-Кедровка')
MEH = ('mehanik.lozhkin@' + DOM, 'Ложкин В.П.')
KUZ = ('a.kuzmenko@' + DOM, 'Кузьменко Анна')
BRIG = ('brigadir.tolmachev@list.ru', 'Толмачёв Сергей')

SIG = """--
Олег Гаврилюк
ночной диспетчер ООО «Снегобор-Кедровка»
т. +7 (495) 471-08-33, доб. 2 (с 21:00 до 07:00)
ИНН 5047123456 / КПП 504701001"""
SIG_SHORT = "--\nО. Гаврилюк, ночная смена\n+7 916 471-22-09"
SIG_NOCH = "Ночная диспетчерская «Снегобор-Кедровка»\nтел. 8 (495) 471-08-33"

REGISTRY = {
    "contractor": {
        "name": "ООО «Снегобор-Кедровка»",
        "emails": [OLEG[0], NOCH[0], GAR[0], MEH[0], KUZ[0], BRIG[0],
                   'MAILER-DAEMON@' + DOM, 'news@' + DOM],
        "domains": [DOM],
    },
    "requests": [
        {"number": "471028", "positions": ["1", "2", "3"], "registered_at": "2026-11-18T16:20:00+03:00",
         "comment": "Складской комплекс, ул. Промышленная, 14: 1 — подъездная дорога, 2 — парковка, 3 — рампа"},
        {"number": "471045", "positions": ["1", "2"], "registered_at": "2026-11-19T18:05:00+03:00",
         "comment": "БЦ «Омега», пр-т Мира, 112: 1 — тротуары (ПГМ), 2 — гостевая парковка"},
        {"number": "471063", "positions": ["1"], "registered_at": "2026-11-20T10:00:00+03:00",
         "comment": "Поликлиника №3, ул. Лесная, 7: вывоз снега"},
        {"number": "471077", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-21T15:00:00+03:00",
         "comment": "ЖК «Сосновый берег»: внутриквартальные проезды 1–4"},
        {"number": "471102", "positions": ["1", "2"], "registered_at": "2026-11-22T12:00:00+03:00",
         "comment": "ЛЦ «Кедр-Логистик», Кедровое ш., 3 км: 1 — площадка, 2 — въездная группа"},
        {"number": "471119", "positions": ["1"], "registered_at": "2026-11-23T19:00:00+03:00",
         "comment": "Аптечный склад, ул. Садовая, 21: подсыпка пескосолью (ледяной дождь)"},
        {"number": "471136", "positions": ["1", "2", "3"], "registered_at": "2026-11-24T14:00:00+03:00",
         "comment": "Школа №18, ул. Гагарина, 40: 1 — подъезд, 2 — хоз.двор, 3 — стадион-дорожки"},
        {"number": "471158", "positions": ["1", "2"], "registered_at": "2026-11-25T17:30:00+03:00",
         "comment": "Автобаза ОМИС, Заводской пр., 9: 1 — контейнерная площадка, 2 — стоянка"},
        {"number": "471170", "positions": ["01", "02"], "registered_at": "2026-11-26T15:00:00+03:00",
         "comment": "Котельная, ул. Трудовая, 2а: 01 — вывоз снега с территории, 02 — подъезд к ГРП"},
        {"number": "471184", "positions": ["1"], "registered_at": "2026-11-27T18:00:00+03:00",
         "comment": "Подстанция РП-12, грейдирование подъезда"},
        {"number": "471203", "positions": ["1", "2", "3"], "registered_at": "2026-11-28T12:00:00+03:00",
         "comment": "ТЦ «Кедровый»: 1 — парковка север, 2 — парковка юг, 3 — пандус у входа"},
        {"number": "471219", "positions": ["1", "2"], "registered_at": "2026-11-29T16:00:00+03:00",
         "comment": "Стадион «Труд»: 1 — подъездная дорога, 2 — парковка"},
    ],
}

L = []  # letter specs


def add(dt, frm, subj, body=None, label=None, html=None, kind='plain', charset='utf-8', cte='8bit',
        headers=None, raw=None, text=None):
    if text is not None:
        body = text
    L.append(dict(dt=dt, frm=frm, subj=subj, body=body, label=label, html=html, kind=kind,
                  charset=charset, cte=cte, headers=headers or {}, raw=raw))


def D(request, positions, status, note):
    return {"expect": "decided", "request": request, "positions": positions, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


CUST_SIG = "Диспетчерская служба ОМИС\nтел. 8 (495) 600-12-40"

# ---------------- 471028 Промышленная 14 ----------------
add('2026-11-18 22:15', OLEG, 'Заявка 471028 принята',
    """Добрый вечер.

Заявку №471028 (Промышленная, 14 — подъездная, парковка, рампа) приняли в работу.
Снег пока валит, выпускать технику будем после 23:00, как поутихнет.

""" + SIG, D('471028', [], 'заявка принята', 'accepted, no positions named'))

add('2026-11-18 23:48', OLEG, '471028 выезд',
    """Техника вышла в 23:40 с базы на Кедровой:
- грейдер ДЗ-98 гар.№ 12
- КДМ на КамАЗе, г/н Х 318 ЕН 750
Ориентировочно на Промышленной будут к 00:30, дорога тяжёлая, на Окружной пробка из фур.

""" + SIG_SHORT, D('471028', [], 'подрядчик в пути', 'machines left base, ETA 00:30: on the way'))

add('2026-11-19 00:41', OLEG, 'Re: 471028 выезд',
    """Грейдер и КДМ на участке с 00:35, начали с подъездной дороги (поз.1).
Снега сантиметров 25, местами переметы.

""" + quote("""Техника вышла в 23:40 с базы на Кедровой:
- грейдер ДЗ-98 гар.№ 12
- КДМ на КамАЗе, г/н Х 318 ЕН 750"""),
    D('471028', ['1'], 'подрядчик на месте', 'on site, working position 1; Re subject names old status'))

add('2026-11-19 03:55', OLEG, '471028 ход работ',
    """По 471028: подъездную (п.1) прочистили, грейдер с неё ушёл и перешёл на парковку (п.2), сейчас там.
Рампу (3) КДМ начнёт после пяти, когда фуры отъедут.

Гаврилюк""", R('mixed: pos 1 finished, pos 2 on site — different statuses in one letter'))

add('2026-11-19 05:50', NOCH, 'Промышленная 14 (471028) — закончили',
    """Доброе утро, коллеги.

По Промышленной, 14 (471028) закончили полностью, к утру успели, как обещали.
Техника ушла с объекта в 05:40, грейдер гар.№12 на базе, КДМ Х318ЕН поехала на заправку.
Расход ПСС около 4 т, за сменой подпишете путевой у охраны.

""" + SIG_NOCH, D('471028', [], 'подрядчик убыл', 'whole request finished, machines left 05:40'),
    cte='quoted-printable')

add('2026-11-19 23:10', KUZ, 'Доп. работы по заявке 471028',
    """Добрый вечер!

По заявке 471028 (Промышленная 14) при вывозе получилось 3 рейса сверх договора № СК-17/2026.
Выставим дополнительный счёт № 552 от 19.11.2026 на 18 600 руб., прошу согласовать.
Акт приложу к оригиналам.

С уважением,
Анна Кузьменко, менеджер по договорам
ООО «Снегобор-Кедровка»""", R('price/contract talk, no status'))

# ---------------- 471045 БЦ Омега ----------------
add('2026-11-19 22:30', OLEG, 'Принята в работу заявка 471045', None,
    D('471045', [], 'заявка принята', 'HTML-only acceptance'), kind='html',
    html="""<html><body><p>Добрый вечер!</p>
<p>Принята в работу заявка <b>#471045</b> (БЦ «Омега», пр-т Мира, 112).<br>
Тротуары будем обрабатывать ХКНм, парковку чистим после разъезда машин, ориентир — после часа ночи.</p>
<p>--<br>О. Гаврилюк, ночная смена<br>+7 916 471-22-09</p></body></html>""")

add('2026-11-20 01:12', OLEG, 'Омега (471045) поз 1',
    """Трактор МТЗ-82 с пескоразбрасывателем (гар. 31) выехал на Омегу, на тротуары.
Будет в 01:30 примерно. Метёт, видимость плохая.
""", D('471045', ['1'], 'подрядчик в пути', 'tractor left for site, ETA 01:30'))

add('2026-11-20 02:20', GAR, '471045/1',
    """471045/1 - на месте с 01:35, сыпем ХКНм по тротуарам вдоль фасада.
Гараж, Ложкин""", D('471045', ['1'], 'подрядчик на месте', 'on site since 01:35'),
    charset='windows-1251')

add('2026-11-20 04:10', OLEG, 'Fwd: омега',
    """Пересылаю от бригадира, по Омеге всё.

-------- Пересылаемое сообщение --------
Тема: омега
Дата: Fri, 20 Nov 2026 04:03:51 +0300
От: Толмачёв Сергей <brigadir.tolmachev@list.ru>
Кому: Олег Гаврилюк <o.gavrilyuk@snegobor-kedrovka.ru>

Олег по 471045 п.1 и п.2 всё сделано, тротуары посыпали парковку почистили, снялись в 04:00
Толмачёв
Отправлено с мобильного
""", D('471045', ['1', '2'], 'подрядчик убыл', 'forwarded crew report: both positions done, left 04:00'))

# ---------------- 471063 вывоз снега поликлиника ----------------
add('2026-11-20 22:05', OLEG, 'Re: Заявка 471063 вывоз снега',
    """Принял. Вывоз ставим на эту ночь: погрузчик Амкодор 332 и два КамАЗа-самосвала.

20.11.2026 10:00, Диспетчерская ОМИС пишет:
> Добрый день.
> Прошу организовать вывоз снега с территории поликлиники №3, ул. Лесная, 7.
> Заявка 471063, объём ориентировочно 60 м3. Работы в ночное время.
>
> """ + quote(CUST_SIG) + "\n\n" + SIG_SHORT,
    D('471063', [], 'заявка принята', 'accepted; request text is in quote'))

add('2026-11-20 23:20', OLEG, 'Re: Заявка 471063 вывоз снега',
    """По 471063: КамАЗы пока не выехали, ждём погрузчик с другого объекта, он ещё на Заводском.
Примерно через час выдвинемся, отпишусь.

Гаврилюк""", R('negation + plan: not left yet'))

add('2026-11-21 00:35', OLEG, '471063 в пути',
    """Погрузчик и КамАЗ Р 556 ТС 150 выдвинулись к поликлинике, второй КамАЗ следом.
Будем минут через 20, предупредите охрану на Лесной, пусть шлагбаум откроют.
""", D('471063', [], 'подрядчик в пути', 'moving to site, ETA 20 min'))

add('2026-11-21 04:48', MEH, '471063 вывоз',
    """471063 - вывоз закончен. Вывезли 6 рейсов (~60 м3), техника убыла в 04:40.
Акт N 1187 пришлю утром с водителем.
Ложкин""", D('471063', [], 'подрядчик убыл', 'KOI8-R, work finished, left 04:40'),
    charset='koi8-r')

# ---------------- 471077 ЖК Сосновый берег ----------------
add('2026-11-21 22:10', NOCH, 'по обращению 471077',
    """Добрый вечер.
По обращению 471077 (ЖК «Сосновый берег», 4 проезда) — приняли, ставим грейдер и КДМ на эту ночь.
Просьба через УК предупредить жителей, чтобы убрали машины с проездов до 23:00.

""" + SIG_NOCH, D('471077', [], 'заявка принята', 'accepted'))

add('2026-11-21 23:55', OLEG, '471077 (1,2)',
    """Грейдер гар. 12 и КДМ гар. 07 выехали на проезды 1 и 2.
Снег мокрый, к ночи подморозит — будем торопиться.""",
    D('471077', ['1', '2'], 'подрядчик в пути', 'left for positions 1 and 2'), cte='base64')

add('2026-11-22 00:50', OLEG, 'Re: 471077 (1,2)',
    """Техника на месте, работаем по проездам 1 и 2. Снег плотный, идёт медленно, машин у подъездов много.

-----Original Message-----
From: Олег Гаврилюк <o.gavrilyuk@snegobor-kedrovka.ru>
Sent: Saturday, November 21, 2026 11:55 PM
To: dispatch@zakazchik-omis.ru
Subject: 471077 (1,2)

Грейдер гар. 12 и КДМ гар. 07 выехали на проезды 1 и 2.
""", D('471077', ['1', '2'], 'подрядчик на месте', 'on site; quote has older travel status'))

add('2026-11-22 02:40', OLEG, 'ЖК Сосновый берег',
    """Проезд № 1 по наряду 471077 закончили в 02:30, грейдер с него ушёл.
""", D('471077', ['1'], 'подрядчик убыл', 'position 1 finished 02:30'))

add('2026-11-22 03:15', GAR, '471077 3-й и 4-й',
    """Второй грейдер (ДЗ-122, гар. 19, г/н 50 ХВ 4712) выехал на 3-й и 4-й проезды ЖК. Ехать минут 25.
Гараж""", D('471077', ['3', '4'], 'подрядчик в пути', 'grader left for 3 and 4; plate contains digits'),
    charset='windows-1251', cte='quoted-printable')

add('2026-11-22 05:45', OLEG, 'Сводка за ночь 471077', None,
    D('471077', ['1', '2', '3'], 'подрядчик убыл', 'table: 1,2,3 finished; 4 postponed (plan only)'),
    kind='alt',
    text="""Сводка по 471077 за ночь с 21 на 22:
Проезд 1 — завершено, убыли 02:30
Проезд 2 — завершено, убыли 04:50
Проезд 3 — завершено, убыли 05:20
4-й проезд остался на следующую ночь: заставлен машинами, грейдер не проходит.
Гаврилюк""",
    html="""<html><body>
<p>Сводка по <b>471077</b> за ночь с 21 на 22:</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>Поз.</th><th>Участок</th><th>Техника</th><th>Статус</th><th>Время</th></tr>
<tr><td>1</td><td>Проезд 1</td><td>ДЗ-98 гар.12</td><td>завершено, убыли</td><td>02:30</td></tr>
<tr><td>2</td><td>Проезд 2</td><td>ДЗ-98 гар.12, КДМ гар.07</td><td>завершено, убыли</td><td>04:50</td></tr>
<tr><td>3</td><td>Проезд 3</td><td>ДЗ-122 гар.19</td><td>завершено, убыли</td><td>05:20</td></tr>
</table>
<p>4-й проезд остался на следующую ночь: заставлен машинами, грейдер не проходит.</p>
<p>Гаврилюк</p></body></html>""")

add('2026-11-22 23:30', OLEG, '471077-4',
    """Машины жители убрали, вышли на 4-й проезд. Техника вышла в 23:20, грейдер гар. 19.
""", D('471077', ['4'], 'подрядчик в пути', 'left for position 4'))

add('2026-11-23 01:55', OLEG, 'Re: 471077-4',
    """Приехали на 4-й в 23:45, прошли его целиком, снялись в 01:50. По ЖК всё.

> Машины жители убрали, вышли на 4-й проезд. Техника вышла в 23:20, грейдер гар. 19.
""", D('471077', ['4'], 'подрядчик убыл', 'arrival and departure reported: latest = left'))

# ---------------- 471102 Кедр-Логистик ----------------
add('2026-11-22 22:40', OLEG, 'RE: Заявка 471102',
    """Принято, ставим на эту ночь, после 2:00 когда фуры разъедутся.

От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Отправлено: 22 ноября 2026 г. 12:04
Кому: o.gavrilyuk@snegobor-kedrovka.ru
Тема: Заявка 471102

Добрый день. Направляем заявку на очистку площадки и въездной группы ЛЦ «Кедр-Логистик».
""" + CUST_SIG, D('471102', [], 'заявка принята', 'number only in Re subject/quote'))

add('2026-11-23 02:10', GAR, 'ЛЦ Кедр',
    """Погрузчик Амкодор гар. 44 и КДМ вышли на ЛЦ в 02:00 (471102, п.1 и 2). Будут к половине третьего.
""", D('471102', ['1', '2'], 'подрядчик в пути', 'cp1251, left for site'), charset='windows-1251')

add('2026-11-23 02:50', OLEG, 'Re: 471102',
    """Прибыли 02:45. Площадка вся в колее после фур, работаем.
""", D('471102', [], 'подрядчик на месте', 'arrived 02:45, whole request'))

add('2026-11-23 05:30', OLEG, 'Re: 471102',
    """По 471102 въездную группу (п.2) сделали. Площадку (п.1) доделаем следующей ночью — не успели, фуры начали заезжать с пяти.
Техника ушла.

""" + SIG_SHORT, D('471102', ['2'], 'подрядчик убыл', 'only pos 2 done; pos 1 postponed'))

add('2026-11-23 23:10', OLEG, 'вопрос по 471102',
    """Подскажите, по 471102 площадку можно начинать после 23:00? Охрана ЛЦ говорит, что без пропуска на ночь не пустит, а пропуск у них на нас не заказан.
Гаврилюк, +7 916 471-22-09""", R('question, no status'))

add('2026-11-24 00:20', OLEG, '471102 поз 1',
    """Пропуск дали. Техника на площадке с 00:10.
""", D('471102', ['1'], 'подрядчик на месте', 'on site since 00:10'))

add('2026-11-24 03:40', OLEG, 'Re: 471102 поз 1',
    """Площадку (471102-1) добили. Уехали 03:30.

ОГ> Пропуск дали. Техника на площадке с 00:10.
""", D('471102', ['1'], 'подрядчик убыл', 'finished, left 03:30; initials quote'))

# ---------------- 471119 ледяной дождь ----------------
add('2026-11-23 22:20', OLEG, 'ЛЕДЯНОЙ ДОЖДЬ 471119',
    """ПО 471119 ВЫЕХАЛИ СРАЗУ, МТЗ ГАР. 31 С ПЕСКОСОЛЬЮ УЖЕ В ПУТИ. НА ДОРОГАХ КАТОК, ЕДЕМ АККУРАТНО, МИНУТ 40.
""", D('471119', [], 'подрядчик в пути', 'caps, on the way'))

add('2026-11-23 23:05', OLEG, 'Re: ЛЕДЯНОЙ ДОЖДЬ 471119',
    "471119 пpибыли, cыпем. Садовая вся стеклянная.\n",
    D('471119', [], 'подрядчик на месте', 'Latin look-alikes in прибыли/сыпем'))

add('2026-11-24 00:15', OLEG, 'Садовая 21 (471119)',
    """Трактор выехал с территории аптечного склада в 00:10, обработка завершена, израсходовали 1,2 т ПСС.
Если к утру опять польёт — пишите, повторим.
""", D('471119', [], 'подрядчик убыл', 'выехал С территории = left the site'))

add('2026-11-24 00:40', OLEG, 'Re: Садовая 21 (471119)',
    """Спасибо за оперативный ответ, акт по 471119 подпишем в понедельник.

> Олег, спасибо, приняли. Акт пришлите утром.
> Диспетчерская ОМИС
""", R('thanks/acknowledgement of dispatcher message'))

# ---------------- 471136 школа ----------------
add('2026-11-24 22:00', OLEG, 'Заявка 471136',
    """Заявку 471136 взяли. Работать будем в ночь с 24 на 25, к утру все три участка будут чистые.
""", D('471136', [], 'заявка принята', 'accepted; plan for night is not a status'))

add('2026-11-24 23:42', OLEG, '471136 выезд',
    """Техника вышла в 23:40:
грейдер ДЗ-122 гар.№ 5
КДМ г/н Е 471 КХ 750
Едем на Гагарина, 40.
""", D('471136', [], 'подрядчик в пути', 'left 23:40; plate contains 471'))

add('2026-11-25 00:30', BRIG, '471136',
    """на месте, грейдер и кдм на участке. П1 и П2 работаем одновременно
Толмачёв""", D('471136', ['1', '2'], 'подрядчик на месте', 'brigadier from list.ru, base64'),
    cte='base64')

add('2026-11-25 03:20', OLEG, '471136 (1,2)',
    """П1 и П2 закончили в 03:10, грейдер ушёл с хоздвора. КДМ пока стоит, ждёт, пока сторож откроет стадион.
""", D('471136', ['1', '2'], 'подрядчик убыл', 'P1 and P2 finished; P3 nothing happened'))

add('2026-11-25 05:58', OLEG, '471136 п.3 готово',
    """Дорожки у стадиона (п.3) прошли, до 6:00 уложились. С объекта ушли.
Гаврилюк""", D('471136', ['3'], 'подрядчик убыл', 'position 3 done'))

add('2026-11-25 22:30', OLEG, 'Re: 471136 жалоба',
    """По 471136: жители жалуются, что грейдер завалил въезд во двор дома 42 снегом. Это не к нам — отвал оставляли по схеме, которую согласовал ваш инженер. Схему прикладываю повторно (не прикладываю — в почте лимит, пришлю утром).
""", R('complaint discussion, no status'))

# ---------------- 471158 автобаза ----------------
add('2026-11-25 22:50', NOCH, 'Заявка 471158',
    """Ваша заявка 471158 принята, поставили на ночь.
Сначала стоянка (2), потом контейнерная площадка (1).
""" + SIG_NOCH, D('471158', [], 'заявка принята', 'accepted'), cte='quoted-printable')

add('2026-11-26 00:05', OLEG, 'Re: Заявка 471158',
    """Выехали на 2-ю позицию, будем к 00:40.

Ночная диспетчерская пишет:
> Ваша заявка 471158 принята, поставили на ночь.
""", D('471158', ['2'], 'подрядчик в пути', 'on the way to pos 2'))

add('2026-11-26 01:10', OLEG, 'Fwd: стоянка',
    """

---------- Forwarded message ---------
От: Толмачёв Сергей <brigadir.tolmachev@list.ru>
Date: чт, 26 нояб. 2026 г. в 00:52
Subject: стоянка
To: Олег Гаврилюк <o.gavrilyuk@snegobor-kedrovka.ru>

471158 на 2-й позиции с 00:45, работаем. Стоянка забита, половину машин водители отгоняют
""", D('471158', ['2'], 'подрядчик на месте', 'forward only, no own text; forwarded report counts'))

add('2026-11-26 04:30', OLEG, '471158 стоянка',
    """471158 — вторую позицию закончили, техника ушла в 04:20.
Первую (контейнерка) сделаем завтра в ночь, там контейнеры не вывезли, не подлезть.
""", D('471158', ['2'], 'подрядчик убыл', 'pos 2 done, pos 1 planned'))

add('2026-11-26 23:15', OLEG, '471158-1',
    "Выехали на контейнерную площадку, КДМ гар. 07.\n",
    D('471158', ['1'], 'подрядчик в пути', 'subject dash position'))

add('2026-11-27 02:05', GAR, 'Re: 471158-1',
    """По п.1 (471158) закончили, отъехали 01:58. Контейнеры не трогали.
""", D('471158', ['1'], 'подрядчик убыл', 'finished'), charset='windows-1251', cte='base64')

# ---------------- 471170 котельная ----------------
add('2026-11-26 22:45', OLEG, '471170 поз. 01 и 02',
    """Приняли 471170, поз. 01 (вывоз) и 02 (подъезд к ГРП). Сначала ГРП, потом вывоз.
""", D('471170', ['01', '02'], 'заявка принята', 'positions written as 01 and 02'))

add('2026-11-27 00:10', OLEG, 'погода 471170',
    """На ночь с 26 на 27 обещают -18 и метель с порывами. По 471170 вывоз (01) начнём не раньше 2:00, когда подвезут второй КамАЗ.
""", R('weather + plan, no status'))

add('2026-11-27 00:30', GAR, '471170/02',
    """471170/02 — на месте, погрузчик гар. 44 чистит подъезд к ГРП.
""", D('471170', ['02'], 'подрядчик на месте', 'on site pos 02'), charset='windows-1251')

add('2026-11-27 03:00', OLEG, '471170 поз.01',
    """КамАЗ С 710 АР 50 в пути на котельную под вывоз, погрузчик уже там.
""", D('471170', ['01'], 'подрядчик в пути', 'truck on the way for pos 01'))

add('2026-11-27 05:10', OLEG, 'Котельная Трудовая 2а (471170)', None,
    D('471170', ['01', '02'], 'подрядчик убыл', 'HTML: 01 and 02 finished'), kind='html',
    charset='windows-1251',
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>
<div>По котельной (471170) позиции 01 и 02 закрыты.</div>
<div>Вывезли 4 рейса, подъезд к ГРП прочищен до асфальта. Техника на базе с 05:05.</div>
<div><br></div><div>Гаврилюк</div></body></html>""")

# ---------------- 471184 подстанция ----------------
add('2026-11-27 22:20', OLEG, 'Re: Заявка 471184',
    """По 471184 — у нас грейдер сломался (гидравлика, ждём шланг РВД 1SN-16), выехать сегодня не сможем.
Перенесём на завтрашнюю ночь, других грейдеров свободных нет.
""", R('breakdown, cannot go, postponed — no status'))

add('2026-11-28 23:30', MEH, '471184',
    """471184 в пути, грейдер гар.12 после ремонта. Ложкин""",
    D('471184', [], 'подрядчик в пути', 'KOI8-R, on the way'), charset='koi8-r')

add('2026-11-29 01:40', OLEG, 'Re: 471184',
    """Подъезд к РП-12 прогрейдировали, снялись в 01:35.

-----Original Message-----
From: mehanik.lozhkin@snegobor-kedrovka.ru
Sent: Saturday, November 28, 2026 11:30 PM
Subject: 471184

471184 в пути, грейдер гар.12 после ремонта.
""", D('471184', [], 'подрядчик убыл', 'finished, left 01:35'))

# ---------------- 471203 ТЦ Кедровый ----------------
add('2026-11-28 22:10', OLEG, 'Принимаем 471203',
    "Принимаем 471203, выходим после закрытия ТЦ.\n",
    D('471203', [], 'заявка принята', 'accepted'))

add('2026-11-28 22:35', OLEG, 'Re: Принимаем 471203',
    """Понял вас, по 471203 приоритет — пандус у входа, его первым.

> Олег, по ТЦ сначала пандус (поз.3), утром открытие в 8:00.
""", R('acknowledgement of dispatcher instruction'))

add('2026-11-29 02:30', GAR, '471203 (3)', None,
    D('471203', ['3'], 'подрядчик убыл', 'multipart/alternative cp1251: pos 3 done 02:20'), kind='alt',
    charset='windows-1251',
    text="""По 471203: позиция 3 (пандус) выполнена в 02:20, сколы льда убрали, обработали реагентом.
Трактор с пандуса ушёл.""",
    html="""<html><body><p>По <b>471203</b>: позиция 3 (пандус) выполнена в 02:20, сколы льда убрали, обработали реагентом.</p>
<p>Трактор с пандуса ушёл.</p></body></html>""")

add('2026-11-29 04:05', OLEG, '471203 поз. 1,2',
    "Поз. 1,2 по 471203 — бригада на месте с 03:50, грейдер и КДМ на парковках.\n",
    D('471203', ['1', '2'], 'подрядчик на месте', 'on site'))

add('2026-11-29 05:55', OLEG, 'Re: 471203 поз. 1,2',
    """п1 п2 - всё, ушли. Успели до шести.
""", D('471203', ['1', '2'], 'подрядчик убыл', 'positions in body, number in Re subject'))

# ---------------- 471219 стадион ----------------
add('2026-11-29 23:00', OLEG, 'RE: Заявка № 471219 стадион Труд',
    """Принято в работу, выйдем после полуночи.

-----Original Message-----
From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Sent: Sunday, November 29, 2026 4:02 PM
To: o.gavrilyuk@snegobor-kedrovka.ru
Subject: Заявка № 471219 стадион Труд

Просим очистить подъездную дорогу (1) и парковку (2) стадиона «Труд» к 07:00 30.11.
""" + CUST_SIG, D('471219', [], 'заявка принята', 'accepted'))

add('2026-11-30 00:25', OLEG, '471219',
    """471219: выехали с базы (Кедровая, 3) в 00:20, на стадион.
""", D('471219', [], 'подрядчик в пути', 'left FROM base, to site: on the way'))

add('2026-11-30 01:15', OLEG, 'Re: 471219',
    "подъехали, приступаем\n", D('471219', [], 'подрядчик на месте', 'arrived'))

add('2026-11-30 04:50', OLEG, 'Re: 471219',
    """471219: по 1-й закончили и сняли трактор, по 2-й КДМ ещё работает, к утру закончит.
""", R('mixed statuses: pos 1 left, pos 2 still on site'))

add('2026-11-30 05:50', OLEG, '471219 п.2',
    """471219 п.2 — закончили в 05:40, парковка чистая, техника убыла на базу.
Ночь тяжёлая, снег до утра. Сдаю смену.
""" + SIG, D('471219', ['2'], 'подрядчик убыл', 'finished pos 2'))

# ---------------- review extras ----------------
add('2026-11-21 02:30', OLEG, 'Садовая',
    """Грейдер ушёл с Садовой, там всё чисто. Номер заявки не помню, уточню утром у Анны.
""", R('no request number'))

add('2026-11-25 01:40', OLEG, 'заявка 471190',
    "По заявке 471190 на месте, работаем. Гаврилюк\n", R('471190 not in registry'))

add('2026-11-21 05:20', OLEG, '471045 и 471063',
    """471045 и 471063 — обе закрыли этой ночью, акты утром.
""", R('two different requests in one letter'))

add('2026-11-21 05:35', OLEG, '471063 поз.3',
    "471063 поз.3 выполнено, техника убыла.\n", R('request 471063 has no position 3'))

# ---------------- ignored (machine mail) ----------------
add('2026-11-22 23:02', KUZ, 'Автоответ: Re: 471077 (1,2)',
    """Здравствуйте!
Я в отпуске с 20.11 по 01.12.2026. По срочным вопросам — ночная диспетчерская dispetcher.noch@snegobor-kedrovka.ru, тел. 8 (495) 471-08-33.
Анна Кузьменко""", I('out-of-office auto-reply'),
    headers={'Auto-Submitted': 'auto-replied', 'X-Autoreply': 'yes', 'Precedence': 'auto_reply'})

add('2026-11-27 22:01', KUZ, 'Automatic reply: Заявка 471184',
    """Спасибо за письмо. Меня нет в офисе до 01.12.2026, доступ к почте ограничен.
Thank you for your message. I am out of the office until 01.12.2026.""",
    I('Outlook automatic reply'),
    headers={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'})

add('2026-11-24 23:50', None, None, raw='bounce', label=I('delivery failure report (bounce)'))
add('2026-11-26 00:20', None, None, raw='mdn', label=I('read receipt'))
add('2026-11-28 22:40', None, None, raw='calendar', label=I('calendar meeting response'))
add('2026-11-20 03:00', ('news@' + DOM, 'Снегобор-Кедровка'), 'Зима 2026/27: реагенты и техника — новые цены',
    None, I('bulk newsletter'), kind='html',
    headers={'List-Unsubscribe': '<mailto:unsubscribe@snegobor-kedrovka.ru?subject=unsubscribe>',
             'Precedence': 'bulk', 'List-Id': 'Рассылка Снегобор <news.snegobor-kedrovka.ru>'},
    html="""<html><body><h2>Снегобор-Кедровка: сезон 2026/27</h2>
<p>Уважаемые партнёры! С 1 декабря новые цены на ПСС и ХКНм: от 4 200 руб./т.</p>
<p>В парке пополнение: грейдеры ДЗ-122 (3 ед.), КДМ на базе КамАЗ-65115.</p>
<p><a href="https://snegobor-kedrovka.ru/unsubscribe">Отписаться от рассылки</a></p></body></html>""")

# ---------------- a few more decided, different styles ----------------


add('2026-11-19 22:55', GAR, 'техника на ночь 19-20',
    """Выпуск на ночь 19-20 ноября:
грейдер гар.12 — ремонт (РВД), в резерве
КДМ гар.07 — Омега
МТЗ гар.31 — Омега, тротуары
погрузчик гар.44 — резерв
Механик Ложкин""", R('internal machine roster, no request number'), charset='windows-1251')


# 471045 extra: html-only status
add('2026-11-20 01:50', BRIG, 'Re: Омега (471045) поз 1',
    """Прибыли на омегу 01:35 тротуары сыпем
________________________________
От: Олег Гаврилюк <o.gavrilyuk@snegobor-kedrovka.ru>
Отправлено: 20 ноября 2026 г. 1:12
Кому: dispatch@zakazchik-omis.ru
Тема: Омега (471045) поз 1

Трактор МТЗ-82 с пескоразбрасывателем (гар. 31) выехал на Омегу, на тротуары.
""", D('471045', ['1'], 'подрядчик на месте', 'arrival, position 1 from quoted subject'), cte='base64')

add('2026-11-25 02:10', OLEG, 'Гагарина 40 (471136) — хоздвор',
    """Хоз.двор (поз.2) весь в машинах поставщиков столовой, чистим вокруг. Грейдер работает, КДМ сыпет.
""", D('471136', ['2'], 'подрядчик на месте', 'working on pos 2 now'))

add('2026-11-27 01:30', MEH, 'Re: 471170/02',
    """Погрузчик гар.44 на 02 всё ещё работает, снега много, ГРП откопали наполовину. Ложкин""",
    D('471170', ['02'], 'подрядчик на месте', 'still on site pos 02 (KOI8-R)'), charset='koi8-r',
    cte='quoted-printable')

add('2026-11-29 00:40', OLEG, 'ТЦ Кедровый пандус 471203',
    """Трактор гар. 31 вышел на пандус ТЦ, позиция 3. Будет через 15 минут.
""", D('471203', ['3'], 'подрядчик в пути', 'on the way to pos 3'))

add('2026-11-18 22:40', OLEG, 'Re: Заявка 471028 принята',
    """Уточню по 471028: КДМ пойдёт без отвала, отвал на сварке. На результат не влияет.
""", R('clarification, no status'))

add('2026-11-28 03:15', OLEG, 'Подстанция РП-12',
    """Грейдер починили, гидравлика держит. Завтра в ночь выходим на подстанцию, как договаривались.
""", R('plan, no request number'))

# ---------------------------------------------------------------------------
def hdr(s, charset):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(a, charset):
    email_, name = a
    return formataddr((str(Header(name, charset).encode()), email_)) if name else email_


def text_part(body, subtype, charset, cte):
    p = MIMENonMultipart('text', subtype, charset=charset)
    raw = body.replace('\n', '\r\n').encode(charset) if False else body.encode(charset)
    if cte == 'base64':
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
    elif cte == 'quoted-printable':
        p.set_payload(quopri.encodestring(raw).decode('ascii'))
    else:
        p.set_payload(raw.decode('ascii', 'surrogateescape'))
    p['Content-Transfer-Encoding'] = cte
    return p


def build(i, spec):
    dt = datetime.datetime.strptime(spec['dt'], '%Y-%m-%d %H:%M').replace(tzinfo=TZ)
    dt = dt.replace(second=(i * 7) % 60)
    mid = '<%s.%03d.%s@%s>' % (dt.strftime('%Y%m%d%H%M%S'), i, 'gx', DOM)
    if spec['raw']:
        return raw_machine(spec['raw'], dt, mid)
    cs, cte = spec['charset'], spec['cte']
    if spec['kind'] == 'plain':
        m = text_part(spec['body'], 'plain', cs, cte)
    elif spec['kind'] == 'html':
        m = text_part(spec['html'], 'html', cs, cte if cte != '8bit' else 'quoted-printable')
    else:
        m = MIMEMultipart('alternative')
        m.attach(text_part(spec['body'], 'plain', cs, cte))
        m.attach(text_part(spec['html'], 'html', cs, 'quoted-printable'))
    hcs = 'utf-8' if cs == 'utf-8' else cs
    m['From'] = addr(spec['frm'], hcs)
    m['To'] = formataddr((str(Header(TO_NAME, hcs).encode()), TO))
    m['Subject'] = hdr(spec['subj'], hcs)
    m['Date'] = format_datetime(dt)
    m['Message-ID'] = mid
    if spec['subj'].lower().startswith(('re:', 'fwd:')) is False and spec['subj'].startswith('RE:'):
        pass
    ua = {'windows-1251': 'Microsoft Outlook Express 6.00.2900.5512',
          'koi8-r': 'The Bat! (v3.99.3) Home'}.get(cs, 'Mozilla Thunderbird 115.4')
    if spec['frm'] == BRIG:
        ua = 'Mail.ru Mobile'
    m['X-Mailer'] = ua
    for k, v in spec['headers'].items():
        m[k] = hdr(v, 'utf-8')
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=policy.compat32).flatten(m)
    return buf.getvalue()


def raw_machine(kind, dt, mid):
    date = format_datetime(dt)
    if kind == 'bounce':
        orig = ("From: =?utf-8?b?" + base64.b64encode('Олег Гаврилюк'.encode()).decode() +
                "?= <o.gavrilyuk@snegobor-kedrovka.ru>\nTo: dispatch@zakazhik-omis.ru\n"
                "Subject: 471136 =?utf-8?b?" + base64.b64encode('выезд'.encode()).decode() + "?=\n"
                "Date: Tue, 24 Nov 2026 23:42:00 +0300\nMessage-ID: <orig471136@snegobor-kedrovka.ru>\n"
                "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" +
                base64.encodebytes('Техника вышла в 23:40, грейдер ДЗ-122 гар.№ 5. Едем на Гагарина, 40.\n'.encode()).decode())
        s = f"""From: Mail Delivery System <MAILER-DAEMON@snegobor-kedrovka.ru>
To: o.gavrilyuk@snegobor-kedrovka.ru, dispatch@zakazchik-omis.ru
Subject: Undelivered Mail Returned to Sender
Date: {date}
Message-ID: {mid}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="bnd-471-gx"

--bnd-471-gx
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.snegobor-kedrovka.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dispatch@zakazhik-omis.ru>: Host or domain name not found. Name service error
    for name=zakazhik-omis.ru type=A: Host not found

--bnd-471-gx
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.snegobor-kedrovka.ru
Arrival-Date: Tue, 24 Nov 2026 23:42:00 +0300

Final-Recipient: rfc822; dispatch@zakazhik-omis.ru
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found

--bnd-471-gx
Content-Type: message/rfc822

{orig}
--bnd-471-gx--
"""
    elif kind == 'mdn':
        subj = '=?utf-8?b?' + base64.b64encode('Прочитано: Заявка 471158'.encode()).decode() + '?='
        s = f"""From: =?utf-8?b?{base64.b64encode('Олег Гаврилюк'.encode()).decode()}?= <o.gavrilyuk@snegobor-kedrovka.ru>
To: dispatch@zakazchik-omis.ru
Subject: {subj}
Date: {date}
Message-ID: {mid}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-471-gx"

--mdn-471-gx
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Это уведомление о прочтении сообщения, отправленного на адрес o.gavrilyuk@snegobor-kedrovka.ru.
Примечание: это уведомление означает только то, что сообщение было отображено на компьютере получателя.

--mdn-471-gx
Content-Type: message/disposition-notification

Reporting-UA: snegobor-kedrovka.ru; Mozilla Thunderbird 115.4
Final-Recipient: rfc822;o.gavrilyuk@snegobor-kedrovka.ru
Original-Message-ID: <cust-471158-1@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-471-gx--
"""
    else:  # calendar
        subj = '=?utf-8?b?' + base64.b64encode('Принято: Планёрка по зимнему содержанию (заявки 471184, 471203)'.encode()).decode() + '?='
        body = 'Гаврилюк Олег принял(а) это приглашение.\n'
        ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Oleg Gavrilyuk:mailto:o.gavrilyuk@snegobor-kedrovka.ru
DTSTART:20261130T070000Z
DTEND:20261130T080000Z
ORGANIZER:mailto:dispatch@zakazchik-omis.ru
SUMMARY:Планёрка по зимнему содержанию
UID:omis-planerka-20261130
SEQUENCE:0
DTSTAMP:20261128T194000Z
END:VEVENT
END:VCALENDAR
"""
        s = f"""From: =?utf-8?b?{base64.b64encode('Олег Гаврилюк'.encode()).decode()}?= <o.gavrilyuk@snegobor-kedrovka.ru>
To: dispatch@zakazchik-omis.ru
Subject: {subj}
Date: {date}
Message-ID: {mid}
MIME-Version: 1.0
X-Mailer: Microsoft Outlook 16.0
Content-Type: multipart/alternative; boundary="cal-471-gx"

--cal-471-gx
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{base64.encodebytes(body.encode()).decode()}
--cal-471-gx
Content-Type: text/calendar; charset=utf-8; method=REPLY
Content-Transfer-Encoding: base64

{base64.encodebytes(ics.encode()).decode()}
--cal-471-gx--
"""
    return s.encode('utf-8')


def main():
    for f in os.listdir(LET):
        os.remove(os.path.join(LET, f))
    specs = sorted(L, key=lambda s: s['dt'])
    labels = {}
    for i, spec in enumerate(specs, 1):
        name = '%03d.eml' % i
        with open(os.path.join(LET, name), 'wb') as fp:
            fp.write(build(i, spec))
        labels[name] = spec['label']
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fp:
        json.dump(labels, fp, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as fp:
        json.dump(REGISTRY, fp, ensure_ascii=False, indent=1)
    print(len(specs), 'letters')


main()
