#!/usr/bin/env python3
# Generator of test letters: persona = dispatcher of OOO "УралТеплоМонтаж" (Екатеринбург),
# relays crews' SMS to the customer via Mail.ru web interface.
import json, os, random, html, datetime
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.charset import Charset, BASE64, QP
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
random.seed(453)

YEKT = datetime.timezone(datetime.timedelta(hours=5))
MSK = datetime.timezone(datetime.timedelta(hours=3))
TO = ('Диспетчерская ОМИС', 'dispatch@zakazchik-omis.ru')
DISP = 'dispatch@zakazchik-omis.ru'
SV = ('Светлана Ковалёва', 'dispetcher@uralteplomontazh.ru')
SVM = ('Диспетчер УТМ', 'uraltm.dispetcher@mail.ru')
OLEG_E = ('Кузнецов Олег', 'o.kuznetsov@uralteplomontazh.ru')
PETROVA = ('Петрова Софья Андреевна', 's.petrova@uralteplomontazh.ru')
INFO = ('УралТеплоМонтаж', 'info@uralteplomontazh.ru')
DAEMON = ('Mail Delivery System', 'MAILER-DAEMON@uralteplomontazh.ru')

OLEG = '+7 912 345-67-89 (Олег, бригадир)'
ANDR = '+7 922 108-44-03 (Андрей Сафин)'
RINAT = '+7 950 637-21-15 (Ринат)'
MIH = '+7 904 981-30-72 (Михалыч)'
DIMA = '+7 912 453-09-88 (Дима, водитель)'

SIG1 = '--\nСветлана Ковалёва\nдиспетчер ООО «УралТеплоМонтаж»\nтел. +7 (343) 287-45-10, доб. 2'
SIG2 = 'С уважением, Светлана\nдиспетчерская УТМ, 8 (343) 287-45-10'
MOB = '\n\n--\nОтправлено из Почты Mail.ru'

WD = ['Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота', 'Воскресенье']
MON = 'ноября'

def t(s, tz=YEKT):
    return datetime.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=tz)

def mq(when, who, text):
    """Mail.ru web style quote block."""
    off = when.strftime('%z'); off = off[:3] + ':' + off[3:]
    head = '%s, %d %s %d, %s %s от %s <%s>:' % (WD[when.weekday()], when.day, MON, when.year,
                                                when.strftime('%-H:%M'), off, who[0], who[1])
    lines = [head, ''] + text.split('\n')
    return '\n\n\n>' + '\n>'.join(lines) + '\n'

CUST = TO

letters = []
def L(when, frm, subj, body, label, fmt='alt', cs='utf-8', cte='b64', html_body=None, extra=None, inreply=False):
    letters.append(dict(when=when, frm=frm, subj=subj, body=body, label=label, fmt=fmt, cs=cs,
                        cte=cte, html_body=html_body, extra=extra or {}, inreply=inreply))

def D(req, pos, st, note):
    return {'expect': 'decided', 'request': req, 'positions': pos, 'status': st, 'note': note}
def R(note): return {'expect': 'review', 'note': note}
def I(note): return {'expect': 'ignored', 'note': note}

A, V, M, U = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'

# ---------------- 453017: ТО ИТП, 3 корпуса ----------------
L(t('2026-11-02 11:42'), SV, 'Re: Заявка № 453017 ТО ИТП ул. Фрунзе 20',
  'Добрый день!\nЗаявку приняли, ТО ИТП по всем трём корпусам сделаем. Бригада Олега Кузнецова, начнут завтра с утра.\n\n' + SIG1 +
  mq(t('2026-11-02 09:10', MSK), CUST, 'Добрый день!\nНаправляем заявку № 453017 на плановое ТО ИТП, ул. Фрунзе, 20, корп. 1, 2, 3.\nПросьба подтвердить принятие.\n\nДиспетчерская ОМИС'),
  D('453017', [], A, 'reply above Mail.ru quote: "заявку приняли"; start tomorrow is only plan'), inreply=True)
L(t('2026-11-03 08:55'), SVM, '453017 выезд',
  'Пересылаю, что пишут ребята:\n\nСМС от %s, 08:31: Света выехали на Фрунзе 453017 поз 1, в 9 с небольшим будем\n\nСветлана' % OLEG,
  D('453017', ['1'], V, 'relayed SMS: выехали на объект, поз 1'), fmt='plain', cte='qp')
L(t('2026-11-03 10:20'), SVM, 'Re: 453017 выезд',
  'Сверху последнее.\n\nСМС от %s, 09:58: Нa месте, П1. Теплоузел открыли, ключ у вахтёра\nСМС от %s, 09:12: у шлагбаума стоим, позвони охране плиз\n\n--\nСветлана, УТМ' % (OLEG, OLEG) +
  mq(t('2026-11-03 08:55'), SVM, 'Пересылаю, что пишут ребята:\n\nСМС от %s, 08:31: Света выехали на Фрунзе 453017 поз 1, в 9 с небольшим будем' % OLEG),
  D('453017', ['1'], M, 'newest first; latest 09:58 "Нa месте, П1" (Latin a); quote = old в пути'), inreply=True)
L(t('2026-11-03 13:35'), SVM, '453017 п.1 готово',
  'Добрый день.\nПо первому корпусу закончили.\n\nОлег (912 345-67-89), 13:02 — по п.1 всё, ТО сделали, манометры поменяли 2 шт, акт подписал ихний мастер Зуев. Выходим.\nОлег, 13:05 — мы на обед минут 40, потом на 2й корпус\nДима (водитель, 912 453-09-88), 13:20 — Света, на Фрунзе заправку закрыли, заправлюсь на Щорса, чек привезу\n\nСветлана',
  D('453017', ['1'], U, 'п.1 done, leaving; 2nd corpus only plan; lunch/fuel SMS are noise; phone with 453 inside'),
  fmt='plain', cs='windows-1251', cte='b64')
L(t('2026-11-03 17:48'), SV, '453017 корп. 2',
  'Пересылаю по второму корпусу (по порядку):\n\n[15:32] Олег: на 2м корпусе, начали. поз.2\n[16:40] Олег: по второй грязевик чистим, грязи полно\n[17:15] Олег: поз 2 закончили, уезжаем. 3й корпус в четверг, там ключей нет\n\nСветлана\nдиспетчер УТМ',
  D('453017', ['2'], U, 'chronological SMS, last: поз 2 закончили, уезжаем'))
L(t('2026-11-04 08:10'), SVM, '453017',
  'СМС от %s, 07:52: Свет, на топливной карте 0, заправиться не могу, АИ-92 на 1500 надо. Скинь на карту или скажи Палычу\n\nСветлана' % DIMA,
  R('only a fuel SMS, no status'), fmt='plain', cte='qp')
L(t('2026-11-04 08:14'), SVM, 'Re: 453017',
  'Извините, предыдущее письмо ушло вам по ошибке, не обращайте внимания.\nСветлана' +
  mq(t('2026-11-04 08:10'), SVM, 'СМС от %s, 07:52: Свет, на топливной карте 0, заправиться не могу, АИ-92 на 1500 надо. Скинь на карту или скажи Палычу' % DIMA),
  R('apology for misdirected mail, no status'), inreply=True)
L(t('2026-11-05 09:30'), SV, 'Заявка 453017 — корпус 3',
  'Доброе утро!\nОлег пишет (СМС 09:05): «453017 поз.3 на местe, подвал открыли, начинаем»\n\nСветлана',
  D('453017', ['3'], M, 'quoted SMS, поз.3 на месте (Latin e)'))
L(t('2026-11-05 13:02'), SV, 'Re: Заявка 453017 — корпус 3',
  'Уехали с объекта в 12:35, по поз.3 ТО выполнено, замечаний нет.\n\n' + SIG2 +
  mq(t('2026-11-05 09:30'), SV, 'Доброе утро!\nОлег пишет (СМС 09:05): «453017 поз.3 на местe, подвал открыли, начинаем»'),
  D('453017', ['3'], U, 'уехали с объекта; quote has old на месте'), inreply=True)
L(t('2026-11-06 10:15'), SV, 'Акт по заявке 453017',
  'Добрый день!\nАкт выполненных работ № 87 от 05.11.2026 и счёт № 4530 по заявке 453017 (ТО ИТП, Фрунзе 20) отправили Почтой России, сканы у нашей бухгалтерии, могу переслать.\nПросьба подписать и вернуть один экземпляр. Договор № 14/2026-ТО от 12.01.2026.\n\n' + SIG1,
  R('act/invoice/contract talk, no status'), cs='windows-1251')

# ---------------- 453104: насосы ----------------
L(t('2026-11-03 13:05'), SV, 'ПРИНЯТО 453104',
  'ЗАЯВКУ 453104 ПРИНЯЛИ В РАБОТУ. НАСОСЫ ПОСМОТРИМ ЗАВТРА, АНДРЕЙ САФИН.\n\nСветлана',
  D('453104', [], A, 'caps: принял в работу'), fmt='plain', cs='windows-1251')
L(t('2026-11-04 07:50'), SVM, '453104 в пути',
  'смс Андрей 07:20: едем на 453104 (насосная, Восточная 7), будем минут через 40\n\nСветлана' + MOB,
  D('453104', [], V, 'будем через 40 минут = travelling'))
L(t('2026-11-04 09:10'), SVM, 'Re: 453104 в пути',
  'Андрей отписался: 08:12 – на месте, пропуск оформили на Газель Х207КТ196.\n\nСветлана' +
  mq(t('2026-11-04 07:50'), SVM, 'смс Андрей 07:20: едем на 453104 (насосная, Восточная 7), будем минут через 40'),
  D('453104', [], M, 'Re subject names old status, body says на месте; car plate'), inreply=True)
L(t('2026-11-04 14:30'), SV, '453104 поз.1 насос заменили',
  'Добрый день, пересылаю от Андрея:\n\nСМС от %s, 14:02: Насос Grundfos TP 50-240/2 по поз.1 заменили, запустили, давление 4,2 держит. Уезжаем\nСМС от %s, 14:05: По второй нужен фланец DN65, завтра привезём и доделаем\n\nС уважением, Светлана' % (ANDR, ANDR),
  D('453104', ['1'], U, 'поз.1 replaced+leaving; поз 2 only plan; model numbers'))
L(t('2026-11-05 11:45'), SVM, '453104 (2)',
  'Андрей, 11:20: фланец поставили, насос номер 2 крутится, течи нет. Всё, уехали.\n—\nСветлана, УТМ',
  D('453104', ['2'], U, 'position in brackets in subject; уехали'), fmt='plain', cs='windows-1251', cte='qp')

# ---------------- 453126: течь ----------------
L(t('2026-11-04 10:40'), SV, 'Обращение 453126 течь Малышева 145',
  'Добрый день!\nПо обращению 453126 (течь в подвале, ул. Малышева, 145) — Ринат уже выехал, будет через полчаса. Его номер +7 950 637-21-15, если что звоните напрямую.\n\nСветлана',
  D('453126', [], V, 'выехал, будет через полчаса; address number 145, phone'))
L(t('2026-11-04 12:10'), SV, 'Re: Обращение 453126 течь Малышева 145',
  'Ринат:\n11:55 – течь устранили, хомут поставили на стояк ф57, воду откачали. уезжаю\n11:02 – на месте, подвал затоплен по щиколотку, перекрыл стояк\n\n(сверху последнее)\nСветлана' +
  mq(t('2026-11-04 10:40'), SV, 'Добрый день!\nПо обращению 453126 (течь в подвале, ул. Малышева, 145) — Ринат уже выехал, будет через полчаса.'),
  D('453126', [], U, 'newest first, latest = устранили, уезжаю'), inreply=True)

# ---------------- 453210: промывка, 4 здания ----------------
sched_txt = ('Добрый день!\nЗаявку 453210 приняли. Предварительный график:\n'
             'поз. 1 — Ленина 52 — 09.11\nпоз. 2 — Ленина 54 — 09.11\nпоз. 3 — Гагарина 8 — 10.11\nпоз. 4 — Гагарина 10 — 10.11\n\nСветлана')
sched_html = ('<HTML><BODY><div>Добрый день!</div><div>Заявку 453210 приняли. Предварительный график:</div>'
              '<table border="1" cellpadding="4" style="border-collapse:collapse">'
              '<tr><th>Поз.</th><th>Адрес</th><th>Дата</th></tr>'
              '<tr><td>1</td><td>Ленина 52</td><td>09.11</td></tr><tr><td>2</td><td>Ленина 54</td><td>09.11</td></tr>'
              '<tr><td>3</td><td>Гагарина 8</td><td>10.11</td></tr><tr><td>4</td><td>Гагарина 10</td><td>10.11</td></tr>'
              '</table><div>&nbsp;</div><div>Светлана</div></BODY></HTML>')
L(t('2026-11-05 14:00'), SV, 'Re: Заявка 453210 промывка систем отопления', sched_txt,
  D('453210', [], A, 'accepted; table is only a schedule (plan)'), html_body=sched_html, inreply=True)
L(t('2026-11-09 08:40'), SVM, '453210 поз 1,2 выезд',
  'СМС от %s, 08:15: Выехали на промывку 453210 поз 1 и 2, Газель А453ВС196, 2 чел + Дима\n\nСветлана' % OLEG,
  D('453210', ['1', '2'], V, 'выехали на промывку; plate contains 453'), fmt='plain', cte='qp')
L(t('2026-11-09 10:05'), SVM, 'Re: 453210 поз 1,2 выезд',
  'Олег 09:40: на месте по 1-й, Ленина 52. Вторую начнём после обеда\n\nСветлана' +
  mq(t('2026-11-09 08:40'), SVM, 'СМС от %s, 08:15: Выехали на промывку 453210 поз 1 и 2, Газель А453ВС196, 2 чел + Дима' % OLEG),
  D('453210', ['1'], M, 'на месте по 1-й; 2nd only plan'), inreply=True)
tab_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div>Добрый вечер! Сводка по заявке 453210 за 09.11 (по СМС Олега):</div><br>'
            '<table border="1" cellspacing="0" cellpadding="5">'
            '<tr style="background:#eee"><td><b>Поз.</b></td><td><b>Адрес</b></td><td><b>Прибытие</b></td><td><b>Убытие</b></td><td><b>Примечание</b></td></tr>'
            '<tr><td>1</td><td>Ленина, 52</td><td>09:40</td><td>13:10</td><td>промыли, опрессовка 6 атм</td></tr>'
            '<tr><td>2</td><td>Ленина, 54</td><td>14:05</td><td>16:05</td><td>промыли, замечаний нет</td></tr>'
            '</table><br><div>Поз. 3 и 4 — завтра.</div><div>Светлана</div></body></html>')
L(t('2026-11-09 16:30'), SV, '453210 итог за 09.11', None,
  D('453210', ['1', '2'], U, 'HTML-only table, both rows have убытие time'), fmt='html', html_body=tab_html)
L(t('2026-11-10 10:20'), SV, '453210 — 3 и 4',
  'Пересылаю:\nОлег (09:02): на Гагарина 8, поз 3, на месте, начали\nАндрей (10:05): выехал на 4ю, Гагарина 10, буду в 10:30\n\nСветлана',
  R('different statuses for different positions: 3 на месте, 4 в пути'))
L(t('2026-11-10 13:20'), SVM, '453210-3',
  'Олег, 12:50: поз3 — закончили, уехали. Опрессовку приняли, подпись Семёнова.\n\nСветлана',
  D('453210', ['3'], U, 'position after dash in subject'), fmt='plain', cs='windows-1251')
outlook_q = ('От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\nОтправлено: 10 ноября 2026 г. 12:05\n'
             'Кому: dispetcher@uralteplomontazh.ru\nТема: RE: Заявка 453210 промывка систем отопления\n\n'
             'Светлана, добрый день. По 4-й позиции подрядчик уже на месте? Прошу сообщить.\n\nДиспетчерская ОМИС, доб. 100')
L(t('2026-11-10 17:05'), SV, 'Re: RE: Заявка 453210 промывка систем отопления',
  'Добрый вечер,\nпо поз 4 (Гагарина 10) готово, Андрей освободился в 16:40. По заявке всё.\n\nСветлана' +
  '\n\n\n>' + '\n>'.join(outlook_q.split('\n')) + '\n',
  D('453210', ['4'], U, 'answer to quoted question; освободился = left'), inreply=True)
L(t('2026-11-11 09:30'), SV, 'Re: Акт по 453210',
  'Спасибо, подписанный акт получили, передала в бухгалтерию.\nСветлана' +
  mq(t('2026-11-11 08:50', MSK), CUST, 'Светлана, акт по заявке 453210 подписан, скан во вложении.'),
  R('thanks/acknowledgement'), inreply=True)

# ---------------- 453288: задвижки ----------------
q288 = 'Добрый день.\nЗаявка №453288: замена задвижек Ду100 в тепловом узле, Луначарского 81, поз. 1 и 2.\nДиспетчерская ОМИС'
L(t('2026-11-06 16:50'), SV, 'Re: Заявка №453288 — замена задвижки, Луначарского 81',
  'Приняли, завтра с утра Михалыч поедет.\n\nСветлана' + mq(t('2026-11-06 14:20', MSK), CUST, q288),
  D('453288', [], A, 'number only in Re subject/quote; приняли'), inreply=True)
L(t('2026-11-07 09:15'), SVM, 'Re: Re: Заявка №453288 — замена задвижки, Луначарского 81',
  'Михалыч 08:50: в пути на Луначарского, пробки, минут 20 ещё\n\nСветлана' + MOB +
  mq(t('2026-11-06 16:50'), SV, 'Приняли, завтра с утра Михалыч поедет.'),
  D('453288', [], V, 'number only in Re subject; в пути'), inreply=True)
L(t('2026-11-07 11:40'), SV, '453288 задвижки',
  'СМС от %s, 11:10: по п.1 и п.2 задвижки Ду100 поменяли, 30с41нж, проверили — держит. Уехал.\n\nСветлана' % MIH,
  D('453288', ['1', '2'], U, 'KOI8-R; п.1 и п.2 поменяли, уехал'), fmt='plain', cs='koi8-r', cte='qp')

# ---------------- 453341: кран ----------------
L(t('2026-11-09 11:30'), SVM, 'принято 453341', 'приняли\nСветлана' + MOB,
  D('453341', [], A, 'short: number in subject'), fmt='plain', cte='b64')
L(t('2026-11-09 13:00'), SVM, '453341',
  'Ринат 12:40: 453341 поз 3 на месте\n\nСветлана',
  R('request 453341 has only position 1; поз 3 does not exist'))
L(t('2026-11-09 13:25'), SVM, 'Re: 453341',
  'Извините, Ринат ошибся в СМС, там одна позиция. На месте он с 12:40.\nСветлана' +
  mq(t('2026-11-09 13:00'), SVM, 'Ринат 12:40: 453341 поз 3 на месте'),
  D('453341', [], M, 'correction: one position, на месте'), inreply=True)
L(t('2026-11-09 17:00'), SV, '453341 выезд с объекта 16:35',
  'Ринат выехал с объекта в 16:35, кран шаровой Ду32 заменён.\n\nСветлана',
  D('453341', [], U, 'выехал С объекта = left'))

# ---------------- 453407: ЦТП, 3 позиции ----------------
fwd407 = ('Пересылаю ответ Олега.\n\n\n-------- Пересылаемое сообщение --------\n'
          'От кого: Кузнецов Олег <o.kuznetsov@uralteplomontazh.ru>\nКому: dispetcher@uralteplomontazh.ru\n'
          'Дата: Вторник, 10 ноября 2026, 12:31 +05:00\nТема: RE: Заявка 453407\n\n'
          'Света, заявку 453407 взял, завтра начнём с первой позиции.\nКузнецов О.\n\n'
          '-----Original Message-----\nFrom: dispetcher@uralteplomontazh.ru\nSent: Tuesday, November 10, 2026 12:20 PM\n'
          'To: o.kuznetsov@uralteplomontazh.ru\nSubject: Заявка 453407\n\n'
          'Олег, новая заявка от ОМИС, 453407, ремонт ЦТП Шевченко 9, 3 позиции. Возьмёшь?\n'
          '----------------------------------------\n\n' + SIG1)
L(t('2026-11-10 12:40'), SV, 'Fwd: RE: Заявка 453407', fwd407,
  D('453407', [], A, 'Mail.ru forward of brigadier reply (Outlook Original Message inside): заявку взял'))
L(t('2026-11-11 09:10'), SV, '453407',
  'Доброе утро. По 453407 ребята ещё не выехали — Газель на СТО, обещают отдать к обеду. Как выедут, напишу.\n\nСветлана',
  R('negation: ещё не выехали'), cs='windows-1251')
L(t('2026-11-11 14:10'), SVM, '453407 (1)',
  'СМС от %s, 13:52: выехали на 453407 (1), ЦТП Шевченко 9\n\nСветлана' % OLEG,
  D('453407', ['1'], V, 'выехали на; position in brackets'))
L(t('2026-11-11 15:40'), SVM, 'Re: 453407 (1)',
  '15:20 Олег: на месте П1\n14:48 Олег: стоим на Кольцовском тракте, авария, минут 20\n13:52 Олег: выехали на 453407 (1)\n\nСветлана',
  D('453407', ['1'], M, 'newest first, latest на месте П1'), fmt='plain', cte='qp', inreply=True)
L(t('2026-11-12 12:30'), SV, 'СМС от бригад 12.11',
  'Пересылаю, что пишут ребята:\n\nСМС от %s, 11:47: 453407 п1 закончили, собираемся\nСМС от %s, 12:05: 453519 поз 1 работаем, к 3 закончим\nСМС от %s, 12:10: обед до 13\n\nСветлана' % (OLEG, ANDR, DIMA),
  R('two different requests (453407 and 453519) in one letter'))
L(t('2026-11-12 16:00'), SV, '453407 п.2, п.3',
  'Прибытие бригады на 453407 п.2, п.3 — 15:45 (Олег + Ринат).\n\nСветлана',
  D('453407', ['2', '3'], M, 'noun прибытие with time'))
L(t('2026-11-13 09:05'), SV, 'Re: 453407 п.2, п.3',
  mq(t('2026-11-12 16:00'), SV, 'Прибытие бригады на 453407 п.2, п.3 — 15:45 (Олег + Ринат).').lstrip('\n') +
  '\nВчера в 19:30 закончили и по п.2, и по п.3, уехали. Олег отписался поздно, не стала писать ночью.\n\nСветлана',
  D('453407', ['2', '3'], U, 'written under the quote; закончили, уехали'), inreply=True)

# ---------------- 453519: ТРВ ----------------
L(t('2026-11-11 11:05'), SV, 'Re: Заявка 453519 замена ТРВ',
  'Добрый день. Выезд по 453519 планируем на завтра, 8:00, поедет Андрей. Сегодня свободных нет.\n\nСветлана' +
  mq(t('2026-11-11 08:40', MSK), CUST, 'Заявка 453519: замена термостатических клапанов, ул. Бажова 68, поз. 1 — 1 подъезд, поз. 2 — 2 подъезд.'),
  R('only a plan (выезд завтра), nothing done'), inreply=True)
L(t('2026-11-12 08:10'), SVM, '453519',
  'Андрей 07:45: на 453519 выехал, навигатор 35 мин показывает\nСветлана' + MOB,
  D('453519', [], V, 'выехал на'), fmt='plain', cte='b64')
L(t('2026-11-12 15:20'), SVM, '453519 поз1',
  'Андрей (922 108-44-03), 14:55: поз1 сделали, ТРВ Danfoss RA-N 15 поменяли 6 шт, уехал. поз 2 — в понедельник, нет клапанов на складе.\n\nСветлана',
  D('453519', ['1'], U, 'поз1 done+left, поз 2 planned'), fmt='plain', cs='windows-1251', cte='qp')
L(t('2026-11-13 10:00'), SVM, 'СМС Андрей',
  'СМС от %s, 09:41: 453517 поз 1 на месте, жильцов нет дома, ждём\n\nСветлана' % ANDR,
  R('453517 is not in registry (probably typo for 453519, cannot be sure)'))
L(t('2026-11-16 09:20'), SV, '453519 поз 2',
  'Андрей начал вторую.\nСМС 09:02: нa объектe, поз 2, начинаю\n\nСветлана',
  D('453519', ['2'], M, 'Latin look-alikes inside words'))
L(t('2026-11-16 12:50'), SV, 'Re: 453519 поз 2',
  'Андрей 12:31: всё, поз 2 готова, уехал на базу.\nАндрей 12:33: Свет, я на обед и на склад\n\nСветлана' +
  mq(t('2026-11-16 09:20'), SV, 'Андрей начал вторую.\nСМС 09:02: нa объектe, поз 2, начинаю'),
  D('453519', ['2'], U, 'готова, уехал; lunch SMS noise'), inreply=True)

# ---------------- 453602: вентиляция ----------------
L(t('2026-11-12 16:05'), SV, 'Вопрос по заявке 453602',
  'Добрый день!\nПодскажите, пожалуйста, контакт ответственного на объекте по 453602 (вентиляция, Хохрякова 10) и где брать ключи от венткамеры? Ребятам завтра выезжать.\n\n' + SIG1,
  R('question only'))
L(t('2026-11-13 09:00'), SV, '453602',
  'Бригада прибыла на 453602 в 8:40, Михалыч + 1. Ключи взяли у охраны, спасибо.\n\nСветлана',
  D('453602', [], M, 'прибыла'))
L(t('2026-11-13 12:45'), SVM, 'Re: 453602',
  'СМС от %s, 12:30: Света, мы обедаем, потом дальше. Закажи на завтра ремень B-1800, 2 шт.\n\nСветлана' % MIH +
  mq(t('2026-11-13 09:00'), SV, 'Бригада прибыла на 453602 в 8:40, Михалыч + 1.'),
  R('lunch + parts order only; quote is old'), inreply=True)
L(t('2026-11-13 16:20'), SVM, 'Re: Re: 453602',
  'Михалыч 15:58: по Хохрякова всё, вентилятор запустили, бригада освободилась\n\nСветлана' +
  mq(t('2026-11-13 12:45'), SVM, 'СМС от %s, 12:30: Света, мы обедаем, потом дальше.' % MIH),
  D('453602', [], U, 'number only in subject; бригада освободилась'), inreply=True)

# ---------------- 453655: котельная, 3 позиции ----------------
L(t('2026-11-16 12:10'), SV, 'Заявка 453655 принята',
  'Добрый день!\nЗаявка 453655 принята, бригаду Олега поставили на 17.11, начнут с позиции 2 (котельная), потом 1 и 3.\n\n' + SIG2,
  D('453655', [], A, 'принята; schedule is plan'))
L(t('2026-11-17 08:20'), SVM, '453655',
  'Олег 08:02: едем на 453655, сначала 2-я позиция, будем к 9\n\nСветлана',
  D('453655', ['2'], V, 'едем, будем к 9'), fmt='plain', cte='qp')
L(t('2026-11-17 09:25'), SVM, '453655 ребята',
  'Пересылаю, что пишут:\nСМС от %s, 08:55: на месте поз2, котельная\nСМС от %s, 09:10: выехал на 1ю позицию 453655\n\nСветлана' % (OLEG, RINAT),
  R('different statuses for different positions: 2 на месте, 1 в пути'))
L(t('2026-11-17 10:05'), SVM, '453655 поз 1 ПРИБЫЛИ 09:50', 'Ринат на месте.\nСветлана' + MOB,
  D('453655', ['1'], M, 'subject: ПРИБЫЛИ, body на месте'), fmt='plain', cte='b64')
L(t('2026-11-17 13:00'), SV, '453655 поз.2',
  'Сверху новые:\n\n12:41 Олег: по 2-й закончили, котёл Vitoplex 100 запустили, уходим\n11:10 Олег: теплообменник промыли, собираем\n08:55 Олег: на месте поз2, котельная\n\nСветлана',
  D('453655', ['2'], U, 'newest first; latest = закончили, уходим'))
L(t('2026-11-18 11:30'), SV, '453655 окончание работ',
  'Окончание работ по 453655:\nпз1 — 17.11 в 18:20\nпз3 — 18.11 в 11:05\nБригада убыла, акты у Олега.\n\nСветлана',
  D('453655', ['1', '3'], U, 'noun окончание + убыла; dates as distractors'), cs='windows-1251')

# ---------------- 453780: радиаторы ----------------
ini_q = 'ДО> Добрый день.\nДО> Заявка № 453780, замена радиаторов, Белинского 111, поз. 1 — кв. 14, поз. 2 — кв. 27.\nДО> Диспетчерская ОМИС'
L(t('2026-11-17 17:30'), SV, 'Re: Заявка № 453780',
  'Приняли в работу.\nСветлана\n\n17.11.2026 15:00, Диспетчерская ОМИС пишет:\n' + ini_q,
  D('453780', [], A, 'initials-prefix quote; приняли'), fmt='plain', cte='qp', inreply=True)
L(t('2026-11-18 10:00'), SV, '453780',
  'По 453780 будем в четверг, раньше никак — все бригады на промывках. Если критично, сообщите.\n\nСветлана',
  R('promise/plan'))
L(t('2026-11-19 08:55'), SVM, '453780-1',
  'Ринат 08:30: выезжаем на объект 453780, поз1\nСветлана',
  D('453780', ['1'], V, 'выезжаем НА объект'))
L(t('2026-11-19 12:20'), SVM, 'Re: 453780-1',
  'Ринат 12:02: выехали с объекта, по первой позиции всё\n\nСветлана' +
  mq(t('2026-11-19 08:55'), SVM, 'Ринат 08:30: выезжаем на объект 453780, поз1'),
  D('453780', ['1'], U, 'выехали С объекта; quote has в пути'), inreply=True)
L(t('2026-11-20 10:40'), SV, '453780 поз.2',
  '10:15 Ринат: на месте по 2, кв. 27, хозяйка дома\n09:40 Ринат: выехал\n\nСветлана',
  D('453780', ['2'], M, 'newest first'), fmt='plain', cte='b64')
L(t('2026-11-20 15:10'), SV, '453780 поз.2 - убытие',
  'Убытие 14:50. Смонтировали 2 радиатора Rifar Base 500 (10 секц.), подключили, протечек нет.\n\nСветлана',
  D('453780', ['2'], U, 'noun убытие; model numbers'))

# ---------------- 453911: стояк ----------------
L(t('2026-11-19 12:45'), SV, 'Re: Обращение 453911',
  'Обращение приняли, завтра поедет Ринат.\nСветлана' +
  mq(t('2026-11-19 10:20', MSK), CUST, 'Обращение 453911: свищ на стояке ГВС, Ткачей 23, подвал.'),
  D('453911', [], A, 'приняли'), inreply=True)
L(t('2026-11-20 15:30'), SVM, '453911 Ринат едет',
  'СМС от %s, 15:22: на Ткачей через 20 мин буду\n\nСветлана' % RINAT,
  D('453911', [], V, 'через 20 мин буду = travelling'))
olq = ('-----Original Message-----\nFrom: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nSent: Friday, November 20, 2026 2:10 PM\n'
       'To: uraltm.dispetcher@mail.ru\nSubject: RE: 453911 Ринат едет\n\nСветлана, подрядчик уже на месте? Жильцы звонят.')
L(t('2026-11-20 16:20'), SVM, 'Re: RE: 453911 Ринат едет',
  'Да, с 15:45 там.\nСветлана\n\n' + olq,
  D('453911', [], M, '"Да" answers quoted question "на месте?"'), fmt='plain', cte='qp', inreply=True)
L(t('2026-11-20 18:30'), SV, '453911',
  'Ринат уехал в 18:05, стояк заварили, всё работает. По 453911 закрываем.\n\nСветлана',
  D('453911', [], U, 'уехал, всё работает'))

# ---------------- 453964: ------------
L(t('2026-11-23 11:40'), SV, 'Заявка 453964 — приняли',
  'Добрый день!\nЗаявку 453964 (ИТП, Стачек 4, поз. 1 и 2) взяли в работу, Олег.\n\n' + SIG1,
  D('453964', [], A, 'взяли в работу; positions only described as content of request'))
L(t('2026-11-24 10:30'), SVM, '453964',
  'по порядку:\n08:10 Олег — выехали на Стачек\n09:25 Олег — на месте, п1 и п2 рядом, работаем обе\n\nСветлана',
  D('453964', ['1', '2'], M, 'chronological, latest на месте п1 и п2'))
L(t('2026-11-24 17:10'), SV, 'Re: 453964',
  'Олег: по 453964 всё, убыли 16:50.\nСветлана',
  D('453964', [], U, 'убыли, no position named'), fmt='plain', cs='windows-1251')
L(t('2026-11-25 10:00'), SV, 'Жалоба по объекту 453964',
  'Добрый день!\nНа Стачек 4 ваш инженер не подписывает акт по 453964, говорит нет доверенности. Ребята вчера полчаса ждали. Разберитесь, пожалуйста, нам акт нужен до конца месяца.\n\nСветлана',
  R('complaint, no new status'))

# ---------------- no number ----------------
L(t('2026-11-18 13:00'), SVM, 'СМС от бригады',
  'Пересылаю: Ринат 12:40 — на месте, всё нормально, работаю\n\nСветлана' + MOB,
  R('no request number anywhere'))

# ---------------- machine mail (ignored) ----------------
letters.append(dict(kind='autoreply', when=t('2026-11-14 10:12'), frm=PETROVA,
    subj='Автоответ: Заявка 453407 — акт', label=I('out-of-office auto-reply'),
    body='Здравствуйте!\nЯ в отпуске до 23.11.2026. По оперативным вопросам обращайтесь в диспетчерскую: +7 (343) 287-45-10, dispetcher@uralteplomontazh.ru.\n\nС уважением, Петрова С.А., главный инженер'))
letters.append(dict(kind='autoreply', when=t('2026-11-22 09:03'), frm=SVM,
    subj='Re: Сверка по актам за октябрь', label=I('Mail.ru autoresponder on weekend'),
    body='Это автоматический ответ. Диспетчерская работает пн–пт с 8:00 до 20:00. В выходные срочные заявки — по телефону +7 912 345-67-89.'))
letters.append(dict(kind='bounce', when=t('2026-11-21 11:40'), frm=DAEMON,
    subj='Undelivered Mail Returned to Sender', label=I('delivery failure report')))
letters.append(dict(kind='mdn', when=t('2026-11-18 09:12'), frm=SVM,
    subj='Прочитано: Заявка № 453780', label=I('read receipt')))
letters.append(dict(kind='news', when=t('2026-11-26 12:00'), frm=INFO,
    subj='УралТеплоМонтаж: подготовка котельных к морозам — скидка 10%', label=I('bulk newsletter')))
letters.append(dict(kind='cal', when=t('2026-11-06 15:30'), frm=PETROVA,
    subj='Принято: Планёрка по промывке 453210', label=I('calendar meeting response')))

# ----------------------------------------------------------------------------
def to_html(text):
    out = []; inq = False
    for line in text.split('\n'):
        q = line.startswith('>')
        if q and not inq:
            out.append('<blockquote style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;">'); inq = True
        if not q and inq:
            out.append('</blockquote>'); inq = False
        s = line[1:] if q else line
        out.append('<div>%s</div>' % (html.escape(s) if s.strip() else '&nbsp;'))
    if inq: out.append('</blockquote>')
    return '<HTML><BODY>' + ''.join(out) + '</BODY></HTML>'

def text_part(s, sub, cs, cte):
    if cs == 'koi8-r':
        s = s.replace('\u2014', '-').replace('\u2013', '-').replace('\u00ab', '"').replace('\u00bb', '"')
    c = Charset(cs)
    c.body_encoding = QP if cte == 'qp' else BASE64
    return MIMEText(s, sub, c)

seq = 0
def msgid(when):
    global seq; seq += 1
    return '<%d.%d@f%d.i.mail.ru>' % (int(when.timestamp()), random.randint(10**8, 10**9), random.randint(100, 799))

def common(msg, e, cs='utf-8'):
    msg['From'] = formataddr(e['frm'], charset=cs)
    msg['To'] = formataddr(TO, charset=cs)
    msg['Subject'] = Header(e['subj'], cs)
    msg['Date'] = format_datetime(e['when'])
    msg['Message-ID'] = msgid(e['when'])
    msg['X-Mailer'] = 'Mail.Ru Mailer 1.0'
    if e.get('inreply'):
        ref = '<%d.%d@zakazchik-omis.ru>' % (int(e['when'].timestamp()) - 3600, random.randint(1000, 9999))
        msg['In-Reply-To'] = ref; msg['References'] = ref

def build(e):
    k = e.get('kind')
    if k is None:
        cs, cte = e['cs'], e['cte']
        if e['fmt'] == 'plain':
            m = text_part(e['body'], 'plain', cs, cte)
        elif e['fmt'] == 'html':
            m = text_part(e['html_body'], 'html', cs, cte)
        else:
            m = MIMEMultipart('alternative')
            m.attach(text_part(e['body'], 'plain', cs, cte))
            m.attach(text_part(e['html_body'] or to_html(e['body']), 'html', cs, cte))
        common(m, e, cs)
        return m
    if k == 'autoreply':
        m = text_part(e['body'], 'plain', 'utf-8', 'b64')
        common(m, e)
        m['Auto-Submitted'] = 'auto-replied'
        m['X-Autoreply'] = 'yes'
        m['Precedence'] = 'auto_reply'
        return m
    if k == 'bounce':
        m = MIMEMultipart('report', report_type='delivery-status')
        m.attach(MIMEText('This is the mail system at host mx1.uralteplomontazh.ru.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<kuznetsov.o@uralteplomontazh.ru>: host mx1.uralteplomontazh.ru said:\n    550 5.1.1 User unknown\n', 'plain', 'us-ascii'))
        ds = MIMEBase('message', 'delivery-status')
        from email.message import Message
        b1 = Message(); b1['Reporting-MTA'] = 'dns; mx1.uralteplomontazh.ru'; b1['Arrival-Date'] = 'Sat, 21 Nov 2026 11:39:58 +0500'
        b2 = Message(); b2['Final-Recipient'] = 'rfc822; kuznetsov.o@uralteplomontazh.ru'; b2['Action'] = 'failed'
        b2['Status'] = '5.1.1'; b2['Diagnostic-Code'] = 'smtp; 550 5.1.1 User unknown'
        ds.set_payload([b1, b2])
        m.attach(ds)
        orig = MIMEText('Олег, добрый день. По заявке 453655 нужны акты по поз. 1 и 3.', 'plain', 'utf-8')
        orig['From'] = DISP; orig['To'] = 'kuznetsov.o@uralteplomontazh.ru'
        orig['Subject'] = Header('Заявка 453655 акты', 'utf-8'); orig['Date'] = 'Sat, 21 Nov 2026 09:39:50 +0300'
        hdrs = MIMEBase('text', 'rfc822-headers'); hdrs.set_payload(orig.as_string().split('\n\n')[0] + '\n')
        m.attach(hdrs)
        m['From'] = formataddr(DAEMON); m['To'] = DISP
        m['Subject'] = e['subj']; m['Date'] = format_datetime(e['when'])
        m['Message-ID'] = '<20261121064000.8F1A2C0412@mx1.uralteplomontazh.ru>'
        m['Auto-Submitted'] = 'auto-replied'
        return m
    if k == 'mdn':
        m = MIMEMultipart('report', report_type='disposition-notification')
        m.attach(MIMEText('Ваше сообщение «Заявка № 453780» от 17.11.2026 было прочитано 18.11.2026 в 09:12.', 'plain', 'utf-8'))
        dn = MIMEBase('message', 'disposition-notification')
        dn.set_payload('Reporting-UA: e.mail.ru; Mail.Ru\nFinal-Recipient: rfc822; uraltm.dispetcher@mail.ru\nOriginal-Message-ID: <1763386800.4411@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n')
        m.attach(dn)
        common(m, e)
        return m
    if k == 'news':
        txt = ('Уважаемые партнёры!\n\nЗима близко: проверьте котельные и ИТП заранее. До 15 декабря — скидка 10% на ТО котельного оборудования и промывку систем отопления.\n'
               'Звоните: 8 (343) 287-45-10, пишите: info@uralteplomontazh.ru\n\nОтписаться от рассылки: https://uralteplomontazh.ru/unsubscribe?id=453201')
        m = MIMEMultipart('alternative')
        m.attach(text_part(txt, 'plain', 'utf-8', 'b64'))
        m.attach(text_part(to_html(txt), 'html', 'utf-8', 'b64'))
        common(m, e)
        m['List-Unsubscribe'] = '<https://uralteplomontazh.ru/unsubscribe?id=453201>'
        m['Precedence'] = 'bulk'
        m['List-Id'] = 'UTM partners <partners.uralteplomontazh.ru>'
        return m
    if k == 'cal':
        m = MIMEMultipart('alternative')
        m.attach(text_part('Петрова Софья Андреевна приняла приглашение.\n\nПланёрка по промывке 453210\nПн 09.11.2026 09:00–09:30 (MSK)', 'plain', 'utf-8', 'b64'))
        ics = ('BEGIN:VCALENDAR\r\nPRODID:-//Mail.Ru//Calendar//RU\r\nVERSION:2.0\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n'
               'UID:omis-plan-453210@zakazchik-omis.ru\r\nDTSTAMP:20261106T103000Z\r\nDTSTART:20261109T060000Z\r\nDTEND:20261109T063000Z\r\n'
               'SUMMARY:Планёрка по промывке 453210\r\nORGANIZER:mailto:dispatch@zakazchik-omis.ru\r\n'
               'ATTENDEE;PARTSTAT=ACCEPTED;CN=Петрова С.А.:mailto:s.petrova@uralteplomontazh.ru\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')
        c = Charset('utf-8'); c.body_encoding = BASE64
        cal = MIMEText(ics, 'calendar', c); cal.set_param('method', 'REPLY')
        m.attach(cal)
        common(m, e)
        return m
    raise ValueError(k)

letters.sort(key=lambda e: e['when'])
labels = {}
for i, e in enumerate(letters, 1):
    name = '%03d.eml' % i
    with open(os.path.join(LET, name), 'wb') as f:
        f.write(build(e).as_bytes())
    labels[name] = e['label']

registry = {
    'contractor': {'name': 'ООО «УралТеплоМонтаж»',
                   'emails': ['dispetcher@uralteplomontazh.ru', 'uraltm.dispetcher@mail.ru',
                              's.petrova@uralteplomontazh.ru', 'info@uralteplomontazh.ru',
                              'MAILER-DAEMON@uralteplomontazh.ru', 'o.kuznetsov@uralteplomontazh.ru'],
                   'domains': ['uralteplomontazh.ru']},
    'requests': [
        {'number': '453017', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-02T09:10:00+03:00', 'comment': 'Плановое ТО ИТП, ул. Фрунзе 20, корп. 1–3 (позиция = корпус)'},
        {'number': '453104', 'positions': ['1', '2'], 'registered_at': '2026-11-03T10:30:00+03:00', 'comment': 'Замена циркуляционных насосов, насосная ул. Восточная 7, насос 1 и 2'},
        {'number': '453126', 'positions': ['1'], 'registered_at': '2026-11-04T08:15:00+03:00', 'comment': 'Течь в подвале, ул. Малышева 145'},
        {'number': '453210', 'positions': ['1', '2', '3', '4'], 'registered_at': '2026-11-05T11:00:00+03:00', 'comment': 'Промывка систем отопления: Ленина 52, Ленина 54, Гагарина 8, Гагарина 10'},
        {'number': '453288', 'positions': ['1', '2'], 'registered_at': '2026-11-06T14:20:00+03:00', 'comment': 'Замена задвижек Ду100, Луначарского 81'},
        {'number': '453341', 'positions': ['1'], 'registered_at': '2026-11-09T09:00:00+03:00', 'comment': 'Замена шарового крана Ду32'},
        {'number': '453407', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-10T10:05:00+03:00', 'comment': 'Ремонт ЦТП, Шевченко 9'},
        {'number': '453519', 'positions': ['1', '2'], 'registered_at': '2026-11-11T08:40:00+03:00', 'comment': 'Замена ТРВ, Бажова 68, подъезды 1 и 2'},
        {'number': '453602', 'positions': ['1'], 'registered_at': '2026-11-12T13:30:00+03:00', 'comment': 'Ремонт вентиляции, Хохрякова 10'},
        {'number': '453655', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-16T09:45:00+03:00', 'comment': 'Котельная и два ИТП'},
        {'number': '453780', 'positions': ['1', '2'], 'registered_at': '2026-11-17T15:00:00+03:00', 'comment': 'Замена радиаторов, Белинского 111, кв. 14 и 27'},
        {'number': '453911', 'positions': ['1'], 'registered_at': '2026-11-19T10:20:00+03:00', 'comment': 'Свищ на стояке ГВС, Ткачей 23'},
        {'number': '453964', 'positions': ['1', '2'], 'registered_at': '2026-11-23T09:00:00+03:00', 'comment': 'ИТП, Стачек 4'},
    ]}
with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as f:
    json.dump(registry, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
from collections import Counter
print(len(labels), Counter(v['expect'] for v in labels.values()))
