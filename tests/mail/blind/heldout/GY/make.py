#!/usr/bin/env python3
"""Generator of test letters: persona = contractor PM Penkin S.E. with endless 'Заявки по школам' threads."""
import json, os, random, html, hashlib
from datetime import datetime, timezone, timedelta
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.header import Header
from email import charset as ecs
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
for f in os.listdir(LET):
    os.remove(os.path.join(LET, f))
random.seed(472)
TZ = timezone(timedelta(hours=3))
DOM = 'kvarcit-priok.ru'
DISP = 'dispatch@zakazchik-omis.ru'
DISP_NAME = 'Дроздова Ольга Витальевна'

# ---------------------------------------------------------------- registry
REG = [
 ('472031', ['1','2','3'], '2026-11-02T09:10', 'Школа №7 (ул. Есенина, 38), приточная вентиляция: 1 пищеблок, 2 спортзал, 3 актовый зал'),
 ('472046', ['1'], '2026-11-02T14:30', 'Гимназия №2, сплит-система серверной'),
 ('472058', ['1','2'], '2026-11-04T10:00', 'Лицей №19, ИТП: 1 насос ГВС, 2 циркуляционный насос отопления'),
 ('472103', ['1','2','3','4'], '2026-11-05T08:40', 'Школа №31 (ул. Гагарина, 112), вытяжка столовой: 1 вентилятор, 2 зонт над плитами, 3 воздуховоды, 4 шкаф управления'),
 ('472117', ['1','2'], '2026-11-06T11:00', 'Школа №45, тепловые завесы: 1 центральный вход, 2 запасной вход'),
 ('472240', ['1'], '2026-11-09T09:00', 'Школа №12, кондиционер кабинета информатики'),
 ('472288', ['1','2','3'], '2026-11-10T13:15', 'Школа №5, приточка бассейна: 1 П1 бассейн, 2 П2 раздевалки, 3 автоматика'),
 ('472305', ['1','2'], '2026-11-12T08:30', 'Гимназия №9, холодоснабжение: 1 чиллер Carrier, 2 насосная группа'),
 ('472377', ['1'], '2026-11-13T10:20', 'Школа №61, вентиляция учебных мастерских'),
 ('472419', ['1','2','3'], '2026-11-16T09:00', 'Школа-интернат №1, вентиляция спальных корпусов: 1 корпус А, 2 корпус Б, 3 корпус В'),
 ('472502', ['1','2'], '2026-11-18T11:40', 'Школа №28, вытяжка химлаборатории: 1 вытяжной шкаф, 2 крышный вентилятор'),
 ('472566', ['1','2','3','4'], '2026-11-19T08:00', 'Лицей №4, ТО вентсистем: 1 ПВ-1 спортзал, 2 ПВ-2 столовая, 3 ПВ-3 актовый зал, 4 вытяжка кабинетов'),
]
EMAILS = ['s.penkin@kvarcit-priok.ru', 'penkin.stas.e@gmail.com', 'a.lyskov@kvarcit-priok.ru',
          'news@kvarcit-priok.ru', 'mailer-daemon@kvarcit-priok.ru', 'office@kvarcit-priok.ru']
registry = {"contractor": {"name": "ООО «Кварцит-Приокский Вентмонтаж»", "emails": EMAILS, "domains": [DOM]},
            "requests": [{"number": n, "positions": p, "registered_at": r + ':00+03:00', "comment": c} for n, p, r, c in REG]}

# ---------------------------------------------------------------- people
SIG_P = ("--\nС уважением,\nПенкин Станислав Ерофеевич\nруководитель проектов\n"
         "ООО «Кварцит-Приокский Вентмонтаж»\nИНН 6229081473 / КПП 622901001\nмоб. +7 (910) 472-05-88")
SIG_PG = "--\nОтправлено с телефона. Пенкин С.Е."
SIG_PB = "--\nПенкин С.Е., ООО \"Кварцит-Приокский Вентмонтаж\", т. +7 (4912) 55-19-03"
SIG_D = ("С уважением,\nДроздова Ольга Витальевна\nдиспетчер ОМИС\nтел. 8 (4912) 20-11-46 доб. 203")
PEOPLE = {
 'P':  dict(name='Пенкин Станислав Ерофеевич', addr='s.penkin@kvarcit-priok.ru', sig=SIG_P, cs='windows-1251', cte='qp', mailer='Microsoft Outlook 16.0'),
 'PG': dict(name='Станислав Пенкин', addr='penkin.stas.e@gmail.com', sig=SIG_PG, cs='utf-8', cte='b64', mailer=None),
 'PB': dict(name='Stanislav Penkin', addr='s.penkin@kvarcit-priok.ru', sig=SIG_PB, cs='koi8-r', cte='8bit', mailer='The Bat! (v9.4.6) Professional'),
 'D':  dict(name=DISP_NAME, addr=DISP, sig=SIG_D),
}
MON = ['января','февраля','марта','апреля','мая','июня','июля','августа','сентября','октября','ноября','декабря']
WD = ['понедельник','вторник','среда','четверг','пятница','суббота','воскресенье']
WDS = ['пн','вт','ср','чт','пт','сб','вс']

def T(s):
    return datetime.strptime('2026-' + s, '%Y-%m-%d %H:%M').replace(tzinfo=TZ)

def prefix(txt, p):
    return '\n'.join((p + l) if l.strip() or p.strip() != p else p.rstrip() + l for l in txt.split('\n'))

def qprefix(txt, p):
    out = []
    for l in txt.split('\n'):
        if l.startswith('>'):
            out.append(p.rstrip() + l)
        else:
            out.append(p + l if l else p.rstrip())
    return '\n'.join(out)

def render_hist(entries, styles, depth=0):
    if not entries:
        return ''
    e = entries[0]
    who = PEOPLE[e['who']]
    st = styles[depth % len(styles)]
    body = e['text'] + '\n\n' + who['sig']
    rest = render_hist(entries[1:], styles, depth + 1)
    body_full = body + rest
    dt = e['dt']
    to = 'dispatch@zakazchik-omis.ru' if e['who'] != 'D' else 'Пенкин Станислав Ерофеевич'
    if st == 'outlook':
        return (f"\n\nОт: {who['name']} [mailto:{who['addr']}]\nОтправлено: {dt.day} {MON[dt.month-1]} {dt.year} г. {dt:%H:%M}\n"
                f"Кому: {to}\nТема: {e['subj']}\n\n" + body_full)
    if st == 'owa':
        return (f"\n\n________________________________\nОт: {who['name']} <{who['addr']}>\nОтправлено: {WD[dt.weekday()]}, {dt.day} {MON[dt.month-1]} {dt.year} г. {dt:%H:%M}\n"
                f"Кому: {to}\nТема: {e['subj']}\n\n" + body_full)
    if st == 'orig':
        return (f"\n\n-----Original Message-----\nFrom: {who['addr']}\nSent: {dt:%d.%m.%Y %H:%M}\nTo: {to}\nSubject: {e['subj']}\n\n" + body_full)
    if st == 'gmail':
        return (f"\n\n{WDS[dt.weekday()]}, {dt.day} {MON[dt.month-1][:4]}. {dt.year} г. в {dt:%H:%M}, {who['name']} <{who['addr']}>:\n\n" + qprefix(body_full, '> '))
    if st == 'gt':
        return (f"\n\n{dt:%d.%m.%Y %H:%M}, {who['name']} пишет:\n" + qprefix(body_full, '>'))
    if st == 'bat':
        ini = 'ОВД' if e['who'] == 'D' else 'СЕП'
        return (f"\n\nВы писали {dt:%d.%m.%Y} {dt:%H:%M}:\n\n" + qprefix(body_full, ini + '> '))
    if st == 'bare':
        return '\n\n\n' + body_full
    raise ValueError(st)

# ---------------------------------------------------------------- thread bookkeeping
threads = {}
def D(thread, dt, text, subj=None):
    th = threads.setdefault(thread, [])
    threads[thread].append(dict(who='D', dt=T(dt), text=text, subj=subj or (th[-1]['subj'] if th else 'Заявки по школам')))

letters = []
def L(dt, who, thread, subj, text, label, fmt='plain', q=None, qs=None, under=False, cs=None, cte=None, keep=True, extra=None):
    letters.append(dict(dt=T(dt), who=who, thread=thread, subj=subj, text=text, label=label, fmt=fmt, q=q, qs=qs,
                        under=under, cs=cs, cte=cte, keep=keep, extra=extra, hist=list(reversed(threads.get(thread, [])))))
    if keep and thread:
        threads.setdefault(thread, []).append(dict(who=who, dt=T(dt), text=text if text is not None else extra['under_text'], subj=subj))

def d(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}
def r(note):
    return {"expect": "review", "note": note}
def ig(note):
    return {"expect": "ignored", "note": note}

R1 = 'RE: Заявки по школам'; R2 = 'RE: RE: Заявки по школам'; R3 = 'RE: RE: RE: Заявки по школам'
R4 = 'RE: RE: RE: RE: Заявки по школам'; G3 = 'Re: RE: RE: Заявки по школам'; G4 = 'Re: RE: RE: RE: Заявки по школам'

# the thread opens with older material (October) so that even the first letter has a long tail
D('main', '10-27 10:05', 'Станислав Ерофеевич, добрый день.\nВ ноябре по школам пойдёт пачка заявок по вентиляции, будем слать в эту ветку, чтобы не терять.\nПо заявке 471880 (школа №3) акт получили, спасибо.', 'Заявки по школам')
threads['main'].append(dict(who='P', dt=T('10-27 11:40'), subj='RE: Заявки по школам',
    text='Ольга Витальевна, добрый день. Принято, пишите сюда. По 471880 бригада убыла ещё в пятницу, акт у вас.'))
D('main', '10-30 16:20', 'По 471902 (школа №50) — закрыли, спасибо. На следующей неделе ждите новые.', 'RE: RE: Заявки по школам')
D('main', '11-02 09:20', 'Станислав Ерофеевич, добрый день!\nНаправляем заявку 472031 — Школа №7, ул. Есенина, 38, ремонт приточной вентиляции.\nПозиции: 1 — пищеблок, 2 — спортзал, 3 — актовый зал.\nПрошу подтвердить принятие.', 'RE: RE: Заявки по школам')

# ---------------------------------------------------------------- letters (chronological)
L('11-02 16:05', 'P', 'main', R3, 'Ольга Витальевна, добрый день.\n472031 приняли в работу, по школе 7 мастер выедет завтра с утра.',
  d('472031', [], 'заявка принята', 'accepted, whole request; plan for tomorrow is extra'), qs=['outlook'])
D('main', '11-02 16:30', 'И ещё одна срочная: 472046 — Гимназия №2, сплит в серверной, греется, 1 позиция. Прошу взять.')
L('11-02 17:40', 'P', 'main', R4, 'Гимназию 2 взяли, заявку вижу. Завтра до обеда будем.',
  d('472046', [], 'заявка принята', 'number only in quoted dispatcher message; "взяли" = accepted, "будем завтра" only a plan'), qs=['outlook', 'outlook', 'orig'])
L('11-03 08:12', 'PG', 'main', 'Re: RE: RE: RE: Заявки по школам', 'Выехали на Есенина, школа 7, пищеблок. 472031 п.1',
  d('472031', ['1'], 'подрядчик в пути', 'п.1; school 7 and Есенина 38 are not request numbers'), qs=['gmail'])
L('11-03 09:05', 'PG', 'main', 'Re: RE: RE: RE: Заявки по школам', 'На месте, пищеблок. Щит открыли, смотрим',
  d('472031', ['1'], 'подрядчик на месте', 'continues own previous line (472031 п.1, пищеблок), number only in thread'), qs=['gmail'], q=4)
D('main', '11-03 10:00', 'Станислав, по 472046 (гимназия 2) когда? Там в серверной уже 29 градусов, айтишники звонят.')
L('11-03 11:30', 'P', 'main', R4, 'Ольга Витальевна, бригада Лыскова выехала в гимназию, минут через 20 будут.',
  d('472046', [], 'подрядчик в пути', 'reply to dispatcher question about 472046; number only in quote'), qs=['owa', 'gmail', 'outlook'])
L('11-03 13:50', 'P', 'main', R4, '472031-1 закончили, двигатель вентилятора перемотали, запустили. Уехали.',
  d('472031', ['1'], 'подрядчик убыл', 'number-dash-position'), qs=['outlook'])
L('11-03 14:20', 'PB', 'main', R4, 'По гимназии: на месте с 12:10, наружный блок забит пухом, моем. Сплит Daikin FTXS35K, фреон пока не трогаем.',
  d('472046', [], 'подрядчик на месте', 'гимназия = 472046 from thread; model name is not a number to take'), qs=['bat'], q=3)
L('11-04 08:00', 'P', 'main', 'Автоответ: RE: RE: RE: RE: Заявки по школам',
  '4 ноября — праздничный день, офис ООО «Кварцит-Приокский Вентмонтаж» не работает.\nПо срочным вопросам звоните дежурному инженеру: +7 (4912) 99-03-17.\nЭто письмо отправлено автоматически.',
  ig('out-of-office auto-reply'), keep=False, q=0, extra={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'})
D('main', '11-05 08:30', 'Новая: 472058 — Лицей №19, ИТП, замена насосов.\nпоз.1 — насос ГВС, поз.2 — циркуляционный отопления.\nПодтвердите, пожалуйста.')
L('11-05 09:15', 'P', 'main', R4, 'Ольга Витальевна, 472058 принял. Насосы под заказ, по срокам отпишусь.',
  d('472058', [], 'заявка принята', 'accepted, supply is a plan'), qs=['outlook', 'bare'])
L('11-05 10:40', 'P', 'main', R4, 'Гимназия №2 / 472046 — закрыли. Дозаправили 0,6 кг R410A, в серверной 21 градус, акт подписал завхоз. Бригада уехала в 10:15.',
  d('472046', [], 'подрядчик убыл', 'result + crew left; 0,6 кг / 21 / 10:15 are not request numbers'), qs=['outlook'])
D('main', '11-05 12:00', 'Станислав Ерофеевич, а по школе 7 что со спортзалом и актовым залом?')
L('11-05 12:20', 'P', 'main', R4, 'Спортзал и актовый — завтра, сегодня людей нет, все на гимназии были.',
  r('only a plan for positions 2/3 of 472031, nothing happened'), qs=['outlook', 'outlook', 'gt'])
D('main', '11-05 13:00', 'Заявка 472103, Школа №31 (ул. Гагарина, 112), вытяжка столовой:\n1 — вентилятор, 2 — зонт над плитами, 3 — воздуховоды, 4 — шкаф управления.\nПрошу принять.')
L('11-05 13:25', 'P', 'main', R4, 'Принято, 472103. На 31-ю поеду сам посмотреть, там вентилятор ВР-80-75 №4, скорее всего подшипники.',
  d('472103', [], 'заявка принята', '"ВР-80-75 №4" is a fan size, not position 4'), qs=['owa'])
L('11-06 08:40', 'PG', 'main', G4, '472031 спортзал: бригада №2 на объекте с 8:30',
  d('472031', ['2'], 'подрядчик на месте', 'спортзал = position 2; "бригада №2" is crew number'), qs=['gmail'], q=3)
L('11-06 11:10', 'PG', 'main', G4, 'Школа 31 — мы на мeсте, по первой и четвёртой',
  d('472103', ['1', '4'], 'подрядчик на месте', 'number only in thread; Latin e inside "мeсте"'), qs=['gmail'], q=5)
D('main', '11-06 11:15', 'Ещё 472117 — Школа №45, тепловые завесы: 1 центральный вход, 2 запасной вход. Не греют, на входе холодно.')
L('11-06 15:30', 'P', 'main', R4, 'Спортзал на Есенина сделали, бригада снялась в 15:10. Актовый — в понедельник.',
  d('472031', ['2'], 'подрядчик убыл', 'Есенина/спортзал = 472031 pos 2; актовый only planned'), qs=['outlook', 'gmail'])
L('11-06 17:20', 'P', 'main', R4, 'По 31-й: вентилятор — подшипники 6308-2RS поменяли, запустили, работает. Шкаф управления (поз.4) — ждём контактор LC1D25, поэтому уехали, вернёмся как придёт.',
  d('472103', ['1'], 'подрядчик убыл', 'pos1 finished; pos4 not finished (waiting part) — only pos1 done'), qs=['outlook', 'outlook', 'gmail'])
# separate thread for school 12
threads['t240'] = []
D('t240', '11-09 09:05', 'Станислав Ерофеевич, в школе №12 не работает кондиционер в кабинете информатики (каб. 214). Заявка во вложении.', '472240 Школа 12 кондиционер')
L('11-09 09:30', 'P', 't240', 'RE: 472240 Школа 12 кондиционер', 'Взяли в работу.',
  d('472240', [], 'заявка принята', 'number only in subject; каб. 214 is a room'), qs=['outlook'])
L('11-09 10:05', 'P', 'main', R4, '472031 актовый зал — выехали',
  d('472031', ['3'], 'подрядчик в пути', 'актовый зал = pos 3'), qs=['outlook', 'bare'])
L('11-09 14:00', 'P', 'main', R4,
  '<p>Ольга Витальевна, по 472103 сегодня:</p><table border="1" cellpadding="4" style="border-collapse:collapse">'
  '<tr><th>Поз.</th><th>Что</th><th>Статус</th><th>Время</th></tr>'
  '<tr><td>2</td><td>зонт над плитами</td><td>чистка выполнена, бригада убыла</td><td>13:40</td></tr>'
  '<tr><td>3</td><td>воздуховоды</td><td>чистка выполнена, бригада убыла</td><td>13:40</td></tr></table>'
  '<p>Поз. 4 — по-прежнему ждём контактор.</p>',
  d('472103', ['2', '3'], 'подрядчик убыл', 'HTML table, both rows finished; pos 4 still waiting'), fmt='html', qs=['outlook'])
L('11-09 16:15', 'P', 'main', R4, 'Ольга Витальевна, по 472058 насосы пришли не те — Grundfos UPS 32-80 вместо 32-60, поставщик меняет, срок 12.11. Счёт №1187 от 06.11 прошу пока не оплачивать.',
  r('supply problem and invoice talk, no status'), qs=['outlook', 'owa'])
L('11-10 09:05', 'PG', 't240', 'Re: RE: 472240 Школа 12 кондиционер', 'нa месте, каб 214, плата управления сгорела похоже',
  d('472240', [], 'подрядчик на месте', 'Latin a in "нa"; number only in subject'), qs=['gmail'])
L('11-10 09:10', 'P', 'main', R4, 'Школа 7, актовый — готово, ушли вчера в 18:30, забыл отписаться.',
  d('472031', ['3'], 'подрядчик убыл', 'school 7 актовый = 472031 pos 3; event yesterday'), qs=['outlook'])
L('11-10 12:30', 'P', 't240', 'RE: RE: 472240 Школа 12 кондиционер', 'Плату поменяли, кондиционер холодит. Мы уехали. Акт № А-1130 передали завхозу.',
  d('472240', [], 'подрядчик убыл', 'act number is not a request'), qs=['outlook', 'gmail'])
D('main', '11-10 13:30', '472288 — Школа №5, приточка бассейна:\n1 — П1 бассейн, 2 — П2 раздевалки, 3 — автоматика.\nНужно срочно, бассейн закрыт.')
L('11-10 14:05', 'P', 'main', R4, '472288 приняли. Когда доступ в бассейн? Нужен завхоз с ключами от венткамеры.',
  d('472288', [], 'заявка принята', 'acceptance plus a question; acceptance is done'), qs=['outlook'])
L('11-11 08:00', 'P', None, 'Прочитано: 472288 Школа 5', None, ig('read receipt (MDN)'), fmt='mdn', keep=False)
L('11-11 09:00', 'P', 'main', R4, 'Позиция 1 и 2 по бассейну (472288) — в пути, будем через 40 минут.',
  d('472288', ['1', '2'], 'подрядчик в пути', 'numbers in brackets after object'), qs=['outlook', 'owa'])
D('main', '11-11 11:30', 'Станислав, пропуск на машину в школу 5 заказали, скажите охране номер.')
L('11-11 12:00', 'P', 'main', R4, 'Ольга Витальевна, спасибо, пропуск получили, машина Е 473 КМ 62.',
  r('thanks for dispatcher message, car plate, no status'), qs=['outlook'])
L('11-11 15:10', 'P', 'main', R4, 'Завесы 45-я школа: центральный вход сделали, ТЭН заменили. Запасной — на следующей неделе, нет второго ТЭНа.',
  d('472117', ['1'], 'подрядчик убыл', 'school 45 = 472117; pos1 done, pos2 plan only'), qs=['outlook', 'gt'])
D('main', '11-12 08:45', '472305 — Гимназия №9, холодоснабжение:\nпоз.1 — чиллер Carrier 30RB-060, поз.2 — насосная группа.\nПрошу принять.')
L('11-12 09:10', 'P', 'main', R4, '472305 — принято. Но по чиллеру нужен допуск к фреону у ваших, кто даст?',
  d('472305', [], 'заявка принята', 'accepted + question'), qs=['outlook'])
L('11-12 10:00', 'P', 'main', R4, '472288 поз 1, 2 — готово, ушли вчера в 18:00. Автоматику (поз.3) — завтра.',
  d('472288', ['1', '2'], 'подрядчик убыл', 'pos 1,2 finished; pos3 plan'), qs=['outlook', 'bare', 'outlook'])
L('11-12 12:40', 'P', 'main', R4, '472058 — поставщик опять сдвинул, насосы будут 16.11. Выезд планируем 17.11.',
  r('only plans, dates are not statuses'), qs=['outlook'])
L('11-12 14:00', None, None, 'Кварцит-Приокский: ноябрьская рассылка — скидки на ТО кондиционеров',
  None, ig('company newsletter, bulk'), fmt='news', keep=False)
L('11-12 15:45', 'P', 'main', R4, 'Шкаф управления 31-я — контактор поставили, вытяжка в столовой работает от кнопок и от таймера. Уехали 15:30.',
  d('472103', ['4'], 'подрядчик убыл', 'шкаф управления = pos 4 of 472103; number only in thread'), qs=['outlook'])
L('11-13 08:15', 'PB', 'main', R4, '472288 п.3 автоматика - бригада выехала, щит ЩУ-П1.',
  d('472288', ['3'], 'подрядчик в пути', 'KOI8-R; "ЩУ-П1" is a panel name'), qs=['bat'])
D('main', '11-13 10:30', '472377 — Школа №61, вентиляция учебных мастерских, 1 позиция. Станки стоят, пыль.')
L('11-13 11:40', 'PG', 'main', G4, 'Автоматика бассейна: на месте, частотник Danfoss FC-102 выбило, разбираемся',
  d('472288', ['3'], 'подрядчик на месте', 'automation of the pool = 472288 pos 3, number only in thread'), qs=['gmail'], q=5)
L('11-13 13:20', 'P', 'main', R4, 'По 472305 — допуск так и не дали, без него на чиллер не пойдём. Прошу решить до понедельника.',
  r('complaint / negation, nothing done'), qs=['outlook'])
L('11-13 17:00', 'P', 'main', R4, '472288 поз.3 — частотник перезапустили, параметры восстановили. Все позиции по бассейну закрыты, бригада освободилась.',
  d('472288', ['3'], 'подрядчик убыл', '"бригада освободилась" = left; label names pos 3'), qs=['outlook', 'gmail'])
D('main', '11-16 09:10', '472419 — Школа-интернат №1, вентиляция спальных корпусов: 1 — корпус А, 2 — корпус Б, 3 — корпус В.')
L('11-16 09:40', 'P', 'main', R4, '472419 — принято. Интернат: корпуса А, Б, В — начнём с А.',
  d('472419', [], 'заявка принята', 'accepted; order of work is a plan'), qs=['outlook'])
L('11-16 10:15', 'PG', 'main', G4, 'Насосы получили, завтра ставим.',
  r('plan only (472058 from thread)'), qs=['gmail'])
L('11-16 13:00', 'P', 'main', R4, 'По 472377 (мастерские, 61-я) выезжаем сейчас, к 14:00 будем.',
  d('472377', [], 'подрядчик в пути', '"выезжаем сейчас, будем к 14" = on the way'), qs=['outlook'])
L('11-17 08:05', 'P', 'main', R4, 'Лицей 19, ИТП: выехали с базы на Связи, 14 (склад), везём насосы.',
  d('472058', [], 'подрядчик в пути', 'left FROM base towards the site = on the way; 14 is address'), qs=['outlook'])
L('11-17 10:10', 'P', 'main', R4, 'Чиллер гимназия 9 (поз.1) — ещё не выехали, ждём фреонщика со сварочным постом.',
  r('negation: not left yet'), qs=['outlook'])
L('11-17 12:00', 'P', 'main', R4, 'Мастерские в 61-й сдали трудовику, вентилятор крутится, шумит в норме. Ушли в 11:40.',
  d('472377', [], 'подрядчик убыл', 'number only in thread'), qs=['outlook', 'owa'])
L('11-17 15:30', 'P', 'main', R4, 'Насос ГВС (п.1) поставили, опрессовали на 6 бар, работает. Циркуляционный (п.2) — завтра, не успели фланцы.',
  d('472058', ['1'], 'подрядчик убыл', 'pos1 finished, pos2 plan; lyceum 19 in thread'), qs=['outlook'])
L('11-17 16:00', 'P', None, 'Принято: Совещание по школам (подрядчики)', None, ig('calendar meeting response'), fmt='cal', keep=False)
L('11-18 09:00', 'P', 'main', R4, '472058/2 — на месте, фланцы привезли.',
  d('472058', ['2'], 'подрядчик на месте', 'number/position'), qs=['outlook', 'orig'])
L('11-18 09:40', 'P', 'main', R4, '472305 (1) — ВЫЕХAЛИ с фреонщиком, допуск ваши дали.',
  d('472305', ['1'], 'подрядчик в пути', 'caps with Latin A; position in brackets'), qs=['outlook'])
L('11-18 10:45', 'PG', 'main', G4, 'Интернат, корпус А — на месте',
  d('472419', ['1'], 'подрядчик на месте', 'корпус А = pos 1 of 472419 from thread'), qs=['gmail'])
D('main', '11-18 12:00', '472502 — Школа №28, химлаборатория: 1 — вытяжной шкаф, 2 — крышный вентилятор. Урок химии без вытяжки не проводят.')
L('11-18 15:50', 'P', 'main', R4, '472305: чиллер заправили R407C 4,2 кг, Carrier запущен, насосная тоже готова. Уехали.',
  d('472305', [], 'подрядчик убыл', 'both equipment done (chiller+pumps) = whole request; 4,2 кг not a number'), qs=['outlook'])
L('11-18 16:30', 'P', 'main', R4, '472419 корпус А закончили. 472502 завтра с утра выезжаем.',
  r('two requests in one letter'), qs=['outlook'])
D('main', '11-19 08:10', '472566 — Лицей №4, ТО вентсистем:\n1 — ПВ-1 спортзал, 2 — ПВ-2 столовая, 3 — ПВ-3 актовый зал, 4 — вытяжка кабинетов.')
L('11-19 09:30', 'P', 'main', R4, '472566 берём, ТО сделаем 23–24.11.',
  d('472566', [], 'заявка принята', 'accepted; dates are a plan'), qs=['outlook'])
L('11-19 10:00', 'PG', 'main', G4, '28-я школа — на месте с 9:50.',
  d('472502', [], 'подрядчик на месте', 'school 28 = 472502 from thread'), qs=['gmail'])
L('11-19 13:00', None, None, 'Undelivered Mail Returned to Sender', None, ig('bounce from contractor mail server'), fmt='bounce', keep=False)
L('11-19 15:20', 'P', 'main', R4, 'Вытяжной шкаф (1) — сделали, тяга есть. Крышный (2) — нужен подъёмник, по наледи на кровлю не полезли. Уехали.',
  d('472502', ['1'], 'подрядчик убыл', 'pos1 done, pos2 not done'), qs=['outlook'])
L('11-19 16:10', 'P', 'main', R4, 'Ольга Витальевна, по 472240 акт подписывать вам или директору школы? Завхоз говорит, что не имеет права.',
  r('question'), qs=['outlook'])
D('main', '11-19 17:00', 'Станислав Ерофеевич, по 472117 (запасной вход) и по 472502 (крыша) что у вас на завтра?')
L('11-20 08:05', 'PG', 'main', 'Re: RE: RE: RE: RE: Заявки по школам', 'Выехали.',
  r('parent asks about two requests, new line does not say which'), qs=['gmail'])
L('11-20 09:20', 'P', 'fw1', 'FW: интернат', 'Ольга Витальевна, по 472419 — ниже от бригадира.',
  d('472419', ['2', '3'], 'подрядчик на месте', 'forwarded crew report is the report'), fmt='fw_outlook', keep=False,
  extra={'fw_from': 'Лысков Андрей', 'fw_addr': 'a.lyskov@kvarcit-priok.ru', 'fw_dt': '11-20 09:12', 'fw_subj': 'интернат',
         'fw_text': 'Станислав Ерофеевич, мы в интернате, корпус Б и В, на месте с 9:05. Вентиляторы в корпусе В гудят, смотрим.\n\nЛысков А.'})
L('11-20 12:00', 'P', 'main', R4, 'Интернат: корпус Б закончили, уехали оттуда; В — ещё на месте, доделывают.',
  r('different statuses for different positions'), qs=['outlook'])
threads['t117'] = []
D('t117', '11-20 08:40', 'Станислав, по 472117 запасной вход — когда?', '472117 завеса запасной')
L('11-20 09:45', 'PG', 't117', 'Re: 472117 завеса запасной', 'Выехали, ТЭН везём',
  d('472117', ['2'], 'подрядчик в пути', 'number+position (запасной = 2) only in subject'), qs=['gmail'])
L('11-20 10:30', 'PG', 't117', 'Re: 472117 завеса запасной — выехали', 'На месте уже, меняем ТЭН.',
  d('472117', ['2'], 'подрядчик на месте', 'subject still says "выехали", body is newer'), qs=['gmail'])
L('11-20 13:30', 'PG', 't117', 'Fwd: завеса 45', 'Ольга Витальевна, по 472117 поз.2 — ниже от бригадира.',
  d('472117', ['2'], 'подрядчик убыл', 'gmail forward of crew message: done and left'), fmt='fw_gmail', keep=False,
  extra={'fw_from': 'Андрей Лысков', 'fw_addr': 'a.lyskov@kvarcit-priok.ru', 'fw_dt': '11-20 13:05', 'fw_subj': 'завеса 45',
         'fw_text': 'Стас, запасной вход 45й сделали, ТЭН новый, проверили на всех ступенях — греет. Уехали.'})
L('11-20 16:40', 'P', 'main', R4, '472419 корпус В готов, бригада снялась в 16:20.',
  d('472419', ['3'], 'подрядчик убыл', 'корпус В = pos 3'), qs=['outlook'])
L('11-20 17:10', 'P', 'main', R4, 'По 472350 бригада на месте, как договаривались.',
  r('472350 is not in the registry'), qs=['outlook'])
L('11-23 10:00', 'P', 'main', R4, 'Лицей 4: прибыли, П1 и П2 в работе.',
  d('472566', ['1', '2'], 'подрядчик на месте', 'П1/П2 position style; lyceum 4 = 472566'), fmt='alt', qs=['outlook'])
L('11-23 11:30', 'P', 'main', R4, '472377 поз. 2 — убыли, вентилятор на вытяжке заменили.',
  r('472377 has only position 1'), qs=['outlook'])
L('11-23 15:00', 'P', 'main', R4, '472566 п.1, п.2 — ТО выполнено, фильтры заменены (G4 592x287x360 — 6 шт.), уехали 14:50.',
  d('472566', ['1', '2'], 'подрядчик убыл', 'filter sizes are not numbers to take'), qs=['outlook'])
L('11-23 16:20', 'P', 'main', R4, 'По 472305 смету на доп. фреон отправлю отдельно — 38 400 руб. с НДС, по договору № 17/26-ВМ.',
  r('price/contract talk'), qs=['outlook'])
L('11-24 08:30', 'PB', 'main', R4, '472566 поз.3 и 4 - выехали на Лицей.',
  d('472566', ['3', '4'], 'подрядчик в пути', 'leaving FOR the site'), qs=['bat', 'outlook'])
L('11-24 10:05', 'P', 'main', R4, None,
  d('472566', ['3', '4'], 'подрядчик на месте', 'reply written under the quote'), under=True, qs=['gt'], q=2,
  extra={'under_text': '3-я и 4-я — на месте с 9:55, работаем.'})
L('11-24 13:30', 'P', 'main', R4, '472566: 3-я и 4-я — ТО завершено, бригада убыла в 13:10. По лицею всё.',
  d('472566', ['3', '4'], 'подрядчик убыл', ''), qs=['outlook'])
L('11-24 14:00', 'P', 'main', R4, 'Спасибо, Ольга Витальевна, акты по 472031 и 472046 получил, подписанные вернём в пятницу.',
  r('thanks + paperwork about two requests'), qs=['outlook'])
L('11-25 09:00', 'P', 'main', R4, 'Подъёмник по 28-й будет только в четверг. Крышный вентилятор ждёт.',
  r('plan/problem only'), qs=['outlook'])
L('11-26 12:15', 'P', 'main', R4, '472502 крышный (2): подшипники и ремень заменили, ВКР-4 крутится, тяга в шкафах есть. yбыли в 12:05.',
  d('472502', ['2'], 'подрядчик убыл', 'Latin y in "yбыли"; ВКР-4 is a fan model'), qs=['outlook'])
L('11-26 13:00', None, None, 'Автоматический ответ: RE: RE: RE: RE: Заявки по школам', None,
  ig('auto-reply from office mailbox'), fmt='autooffice', keep=False)

# ---------------------------------------------------------------- build messages
def mkcs(name, cte):
    c = ecs.Charset(name)
    c.header_encoding = ecs.BASE64 if name == 'utf-8' else ecs.QP if name != 'koi8-r' else ecs.BASE64
    c.body_encoding = {'qp': ecs.QP, 'b64': ecs.BASE64, '8bit': None}[cte]
    c.output_charset = name
    return c

def sanitize(txt, cs):
    if cs == 'koi8-r':
        for a, b in (('«', '"'), ('»', '"'), ('№', 'N'), ('–', '-'), ('—', '-'), ('ё', 'е'), ('Ё', 'Е')):
            txt = txt.replace(a, b)
    txt.encode(cs)
    return txt

def text_part(txt, sub, cs, cte):
    txt = sanitize(txt, cs)
    m = MIMEText('', sub, _charset='utf-8')
    del m['Content-Transfer-Encoding']
    m.set_payload(None)
    m.set_payload(txt, mkcs(cs, cte))
    if cte == '8bit':
        m.replace_header('Content-Type', f'text/{sub}; charset="{cs}"')
    return m

def to_html(txt):
    return '<br>\n'.join(html.escape(l) for l in txt.split('\n'))

def hdrs(m, L_, n, frm_name, frm_addr, cs):
    m['From'] = formataddr((str(Header(frm_name, 'utf-8' if cs == 'koi8-r' else cs)), frm_addr)) if any(ord(c) > 127 for c in frm_name) else formataddr((frm_name, frm_addr))
    m['To'] = formataddr((str(Header('Диспетчерская ОМИС', 'utf-8')), DISP))
    m['Subject'] = Header(sanitize(L_['subj'], cs) if cs == 'koi8-r' else L_['subj'], cs if cs != 'utf-8' else 'utf-8')
    m['Date'] = format_datetime(L_['dt'])
    dom = 'gmail.com' if frm_addr.endswith('gmail.com') else DOM
    h = hashlib.md5(f'{n}-{L_["dt"]}-{L_["subj"]}'.encode()).hexdigest()
    m['Message-ID'] = f'<{h[:12]}.{h[12:20]}@{"mail.gmail.com" if dom == "gmail.com" else "mx1." + DOM}>'
    if 'MIME-Version' not in m:
        m['MIME-Version'] = '1.0'

labels = {}
for n, Lt in enumerate(letters, 1):
    fn = f'{n:03d}.eml'
    labels[fn] = Lt['label']
    who = PEOPLE.get(Lt['who']) if Lt['who'] else None
    fmt = Lt['fmt']
    if fmt in ('plain', 'html', 'alt'):
        cs = Lt['cs'] or who['cs']; cte = Lt['cte'] or who['cte']
        hist = Lt['hist']
        q = Lt['q'] if Lt['q'] is not None else random.randint(3, 7)
        hist = hist[:q]
        styles = list(Lt['qs'] or ['outlook'])
        if len(styles) == 1:
            # deeper levels of a long thread were written from whatever client the participant used back then
            styles += [random.choice(['outlook', 'outlook', 'owa', 'orig', 'gmail', 'gt', 'bare', 'bat']) for _ in range(7)]
        styles = styles + [styles[-1]] * 8 if len(styles) < 8 else styles
        hist_txt = render_hist(hist, styles) if hist else ''
        if Lt['under']:
            body = hist_txt.lstrip('\n') + '\n\n' + Lt['extra']['under_text'] + '\n\n' + who['sig'] + '\n'
        elif fmt == 'html':
            body = None
        else:
            body = Lt['text'] + '\n\n' + who['sig'] + hist_txt + '\n'
        if fmt == 'plain':
            m = text_part(body, 'plain', cs, cte)
        elif fmt == 'html':
            h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=' + cs + '"></head><body>'
                 + Lt['text'] + '<p>' + to_html(who['sig']) + '</p>'
                 + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                 + to_html(hist_txt.strip('\n')) + '</div></body></html>')
            m = text_part(h, 'html', cs, cte)
        else:
            m = MIMEMultipart('alternative')
            m.attach(text_part(body, 'plain', cs, cte))
            hb = ('<html><body><div>' + html.escape(Lt['text']) + '</div><p>' + to_html(who['sig']) + '</p>'
                  + '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + to_html(hist_txt.strip('\n'))
                  + '</blockquote></body></html>')
            m.attach(text_part(hb, 'html', cs, cte))
        hdrs(m, Lt, n, who['name'], who['addr'], cs)
        if hist:
            m['In-Reply-To'] = f'<thr.{hist[0]["dt"]:%m%d%H%M}@{DOM}>'
        if who['mailer']:
            m['X-Mailer'] = who['mailer']
        for k, v in (Lt['extra'] or {}).items():
            if k[0].isupper():
                m[k] = v
    elif fmt in ('fw_outlook', 'fw_gmail'):
        e = Lt['extra']; cs = who['cs']; cte = who['cte']
        fdt = T(e['fw_dt'])
        if fmt == 'fw_outlook':
            fwd = (f"\n\n-----Original Message-----\nFrom: {e['fw_from']} [mailto:{e['fw_addr']}]\nSent: Friday, November 20, 2026 {fdt:%I:%M %p}\n"
                   f"To: Пенкин Станислав Ерофеевич <s.penkin@kvarcit-priok.ru>\nSubject: {e['fw_subj']}\n\n{e['fw_text']}\n")
        else:
            fwd = (f"\n\n---------- Forwarded message ---------\nОт: {e['fw_from']} <{e['fw_addr']}>\nDate: пт, 20 нояб. 2026 г. в {fdt:%H:%M}\n"
                   f"Subject: {e['fw_subj']}\nTo: Станислав Пенкин <penkin.stas.e@gmail.com>\n\n{e['fw_text']}\n")
        body = Lt['text'] + '\n\n' + who['sig'] + fwd
        m = text_part(body, 'plain', cs, cte)
        hdrs(m, Lt, n, who['name'], who['addr'], cs)
    elif fmt == 'mdn':
        m = MIMEMultipart('report', report_type='disposition-notification')
        m.attach(text_part('Сообщение\n\n  Кому: Пенкин Станислав Ерофеевич\n  Тема: 472288 Школа 5\n  Отправлено: 10.11.2026 13:30\n\nбыло прочитано 11.11.2026 8:00.', 'plain', 'windows-1251', 'qp'))
        p = MIMEBase('message', 'disposition-notification')
        p.set_payload('Reporting-UA: mx1.kvarcit-priok.ru; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;s.penkin@kvarcit-priok.ru\n'
                      'Original-Message-ID: <0c1f2a@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n')
        m.attach(p)
        hdrs(m, Lt, n, PEOPLE['P']['name'], PEOPLE['P']['addr'], 'windows-1251')
    elif fmt == 'cal':
        m = MIMEMultipart('alternative')
        m.attach(text_part('Пенкин Станислав Ерофеевич принял это приглашение.\n\nСовещание по школам (подрядчики)\nЧт 19.11.2026 10:00–11:00, каб. 305 / Teams', 'plain', 'utf-8', 'b64'))
        ical = ('BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n'
                'ATTENDEE;PARTSTAT=ACCEPTED;CN=Пенкин Станислав Ерофеевич:mailto:s.penkin@kvarcit-priok.ru\r\n'
                'SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по школам (подрядчики)\r\nDTSTART;TZID=Russian Standard Time:20261119T100000\r\n'
                'DTEND;TZID=Russian Standard Time:20261119T110000\r\nUID:040000008200E00074C5B7101A82E00800000000A1B2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')
        c = MIMEText(ical, 'calendar', 'utf-8'); c.set_param('method', 'REPLY')
        m.attach(c)
        hdrs(m, Lt, n, PEOPLE['P']['name'], PEOPLE['P']['addr'], 'utf-8')
    elif fmt == 'news':
        h = ('<html><body><h2>Кварцит-Приокский Вентмонтаж: новости ноября</h2><p>Уважаемые партнёры! До 30 ноября — скидка 15% на ТО '
             'кондиционеров и чистку вентиляции. Заявку можно оставить на сайте.</p><p>Телефон: +7 (4912) 55-19-03</p>'
             '<p style="font-size:10px">Вы получили это письмо, так как подписаны на рассылку. <a href="https://kvarcit-priok.ru/unsub?id=472">Отписаться</a></p></body></html>')
        m = text_part(h, 'html', 'utf-8', 'b64')
        hdrs(m, Lt, n, 'Кварцит-Приокский Вентмонтаж', 'news@kvarcit-priok.ru', 'utf-8')
        m['Precedence'] = 'bulk'; m['List-Unsubscribe'] = '<https://kvarcit-priok.ru/unsub?id=472>'
        m['List-Id'] = 'Novosti <news.kvarcit-priok.ru>'
    elif fmt == 'bounce':
        m = MIMEMultipart('report', report_type='delivery-status')
        m.attach(MIMEText('This is the mail system at host mx1.kvarcit-priok.ru.\n\nI\'m sorry to have to inform you that your message could not\n'
                          'be delivered to one or more recipients.\n\n<s.penkin-old@kvarcit-priok.ru>: user unknown\n', 'plain', 'us-ascii'))
        ds = MIMEBase('message', 'delivery-status')
        from email import message_from_string
        ds.set_payload([message_from_string('Reporting-MTA: dns; mx1.kvarcit-priok.ru\n'),
                        message_from_string('Final-Recipient: rfc822; s.penkin-old@kvarcit-priok.ru\nAction: failed\nStatus: 5.1.1\n')])
        m.attach(ds)
        orig = MIMEText('Станислав Ерофеевич, по 472502 (крыша) что на завтра? Бригада на месте?\n\n' + SIG_D, 'plain', 'utf-8')
        orig['From'] = DISP; orig['Subject'] = 'RE: RE: RE: RE: Заявки по школам'
        rp = MIMEBase('message', 'rfc822'); rp.set_payload([orig])
        m.attach(rp)
        hdrs(m, Lt, n, 'Mail Delivery System', 'mailer-daemon@kvarcit-priok.ru', 'utf-8')
        m['Auto-Submitted'] = 'auto-replied'
    elif fmt == 'autooffice':
        m = text_part('Здравствуйте!\nВаше письмо получено офисом ООО «Кварцит-Приокский Вентмонтаж» и будет передано ответственному сотруднику.\n'
                      'Режим работы офиса: пн–пт 8:30–17:30.\nЭто автоматическое сообщение, отвечать на него не нужно.', 'plain', 'windows-1251', 'qp')
        hdrs(m, Lt, n, 'Офис Кварцит-Приокский', 'office@kvarcit-priok.ru', 'windows-1251')
        m['Auto-Submitted'] = 'auto-replied'; m['X-Autoreply'] = 'yes'
    with open(os.path.join(LET, fn), 'wb') as f:
        f.write(m.as_bytes())

with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as f:
    json.dump(registry, f, ensure_ascii=False, indent=1)
print(len(letters), 'letters')
