#!/usr/bin/env python3
# Generator for persona GI: service engineer answering dispatcher's questions inline.
import base64, quopri, json, hashlib, os
from email.header import Header
from email.utils import formataddr, format_datetime
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
MSK = timezone(timedelta(hours=3))
DOM = 'lunventil-servis.ru'
ME = ('Пустовойтов Глеб', 'g.pustovoitov@' + DOM)
SHIR = ('Широких Алексей', 'a.shirokikh@' + DOM)
CREW = ('Бригада 3 (Кузьмин)', 'brigada3@' + DOM)
DISP = ('Диспетчерская ОМИС', 'dispatch@zakazchik-omis.ru')
DISPS = 'Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>'
TB_UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0'
OL_XM = 'Microsoft Outlook 16.0'

SIG_TB = """-- 
Глеб Пустовойтов
инженер сервисной службы
ООО «Лунный вентиль»
моб. 8-911-502-77-36"""
SIG_OL = """С уважением,
Пустовойтов Г.А.
Инженер сервисной службы ООО «Лунный вентиль»
Тел.: +7 (8172) 54-19-03, доб. 214
ИНН 3525418806 / КПП 352501001"""

REG = [
 ("456103", ["1","2","3"], "2026-11-02T08:30:00+03:00", "Вентиляция корпус Б, приточные установки П1–П3, замена фильтров"),
 ("456118", ["1","2"], "2026-11-03T09:10:00+03:00", "ИТП-2, ул. Заводская 7: циркуляционные насосы 1 и 2"),
 ("456127", ["1"], "2026-11-05T11:00:00+03:00", "Кондиционер серверной, Daikin FTXS50K"),
 ("456140", ["1","2","3","4"], "2026-11-06T08:00:00+03:00", "Обход чиллеров, 4 площадки"),
 ("456152", ["1","2"], "2026-11-09T10:00:00+03:00", "Воздушные завесы, вход А и вход Б"),
 ("456169", ["1"], "2026-11-10T13:00:00+03:00", "Течь калорифера, ул. Промышленная 14 корп. 2"),
 ("456174", ["1","2","3"], "2026-11-12T09:00:00+03:00", "Крышные вентиляторы, корпус В"),
 ("456205", ["1","2"], "2026-11-16T08:00:00+03:00", "Сплит-системы, офис 3 этаж и склад"),
 ("456233", ["1","2","3"], "2026-11-18T09:00:00+03:00", "ППР вентиляции столовой"),
 ("456247", ["1"], "2026-11-20T10:00:00+03:00", "Фанкойл переговорной"),
 ("456260", ["1","2"], "2026-11-23T08:00:00+03:00", "Котельная: горелки 1 и 2"),
 ("456281", ["1","2","3","4"], "2026-11-24T09:00:00+03:00", "Тепловые завесы складов 1–4"),
]

labels = {}
n = [0]

def dt(s):  # 'MM-DD HH:MM'
    d, t = s.split()
    mo, da = map(int, d.split('-')); h, mi = map(int, t.split(':'))
    return datetime(2026, mo, da, h, mi, 0, tzinfo=MSK)

def enc_body(text, cs, cte):
    if cs.lower() == 'koi8-r':
        for a, b2 in (('—', '-'), ('–', '-'), ('«', '"'), ('»', '"')):
            text = text.replace(a, b2)
    raw = text.replace('\n', '\r\n').encode(cs)
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    return raw

def leaf(ctype, text, cs, cte):
    h = 'Content-Type: %s; charset="%s"\r\nContent-Transfer-Encoding: %s\r\n' % (ctype, cs, cte)
    if ctype == 'text/plain' and cs.lower() == 'utf-8':
        h = 'Content-Type: text/plain; charset=UTF-8; format=flowed\r\nContent-Transfer-Encoding: %s\r\n' % cte
    return h.encode('ascii') + b'\r\n' + enc_body(text, cs, cte)

def hdr(s, cs):
    try:
        s.encode('ascii'); return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def addr(pair, cs):
    return formataddr(pair, charset=cs)

def mk(date, subj, body, label, frm=ME, client='tb', cs=None, cte=None, html=None,
       html_only=False, extra=None, raw_body=None, to=DISP, reply=True):
    n[0] += 1
    name = '%03d.eml' % n[0]
    d = dt(date)
    if body is None:
        body = ''
    if cs is None:
        cs = 'utf-8' if client == 'tb' else 'windows-1251'
    if cte is None:
        cte = '8bit' if client == 'tb' else 'quoted-printable'
    mid_h = hashlib.md5((name + subj).encode()).hexdigest()
    if client == 'ol':
        mid = '<%s$%s$%s@%s>' % ('0000' + mid_h[:8], mid_h[8:16], mid_h[16:24], DOM)
    else:
        mid = '<%s-%s-%s@%s>' % (mid_h[:8], mid_h[8:12], mid_h[12:20], DOM)
    H = []
    H.append('Message-ID: ' + mid)
    H.append('Date: ' + format_datetime(d))
    H.append('From: ' + addr(frm, cs if cs != '8bit' else 'utf-8'))
    H.append('To: ' + addr(to, cs))
    H.append('Subject: ' + hdr(subj, cs))
    if reply and subj.lower().startswith(('re', 'fw', 'отв')):
        ref = '<disp-%s@zakazchik-omis.ru>' % mid_h[20:30]
        H.append('In-Reply-To: ' + ref); H.append('References: ' + ref)
    if client == 'ol':
        H.append('X-Mailer: ' + OL_XM); H.append('Content-Language: ru')
        H.append('Thread-Index: AdtZ' + base64.b64encode(bytes.fromhex(mid_h[:18])).decode())
    elif client == 'tb':
        H.append('User-Agent: ' + TB_UA); H.append('Content-Language: ru')
    for k, v in (extra or []):
        H.append('%s: %s' % (k, v))
    H.append('MIME-Version: 1.0')
    head = '\r\n'.join(H).encode('ascii') + b'\r\n'
    if raw_body is not None:
        data = head + raw_body
    elif html is not None and html_only:
        data = head + leaf('text/html', html, cs, cte)
    elif html is not None:
        b = '----=_NextPart_000_%s' % mid_h[:12].upper()
        data = head + ('Content-Type: multipart/alternative;\r\n\tboundary="%s"\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n--%s\r\n' % (b, b)).encode() \
            + leaf('text/plain', body, cs, cte) + ('\r\n--%s\r\n' % b).encode() \
            + leaf('text/html', html, cs, cte) + ('\r\n--%s--\r\n' % b).encode()
    else:
        data = head + leaf('text/plain', body, cs, cte)
    with open(os.path.join(LET, name), 'wb') as f:
        f.write(data)
    labels[name] = label

def D(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}
def R(note): return {"expect": "review", "note": note}
def I(note): return {"expect": "ignored", "note": note}
ACC, WAY, ON, OFF = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'

def q(lines):
    return '\n'.join(('> ' + l) if l else '>' for l in lines.split('\n'))

def tbhead(date):
    return '%s, Диспетчерская ОМИС пишет:' % date

def olhead(sent, subj, to='g.pustovoitov@lunventil-servis.ru'):
    return ('От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nОтправлено: %s\nКому: %s\nТема: %s' % (sent, to, subj))

def olhead_en(sent, subj):
    return ('-----Original Message-----\nFrom: dispatch@zakazchik-omis.ru [mailto:dispatch@zakazchik-omis.ru]\nSent: %s\nTo: g.pustovoitov@lunventil-servis.ru\nSubject: %s' % (sent, subj))

DSIG = 'С уважением,\nдиспетчер Соколова И.В.\nДиспетчерская служба ОМИС\nтел. 8 (8172) 33-00-15'

# ================= 456103 =================
mk('11-02 09:05', 'Re: Заявка 456103 — вентиляция корпус Б',
"""Ирина Викторовна, приняли в работу. Бригаду назначу после обеда, отпишусь.

""" + SIG_TB + "\n\n" + tbhead('02.11.2026 08:31') + "\n" + q("""Добрый день!
Направляем заявку № 456103: вентиляция корпус Б.
Позиция 1 — приточная установка П1, замена фильтров.
Позиция 2 — приточная установка П2, замена фильтров.
Позиция 3 — П3, диагностика, шум подшипника.
Прошу подтвердить принятие.

""" + DSIG),
 D('456103', [], ACC, 'top-posted acceptance above quoted request; positions only in quote'))

mk('11-02 10:40', 'RE: Статус по заявке 456103',
"""Добрый день.

""" + q("""Прошу сообщить статус по заявке 456103, позиции 1, 2, 3.
Позиция 1?""") + """
— выехали, к 11:30 будем.

""" + q("Позиция 2?") + """
— едут той же машиной, что и на П1.

""" + q("Позиция 3?") + """
— после обеда или завтра, смотря как пойдёт с П1-П2.

""" + SIG_OL,
 D('456103', ['1','2'], WAY, 'inline answers: pos 1 and 2 travelling; pos 3 only a plan'), client='ol')

mk('11-02 11:50', 'Re: 456103 П1 П2 выехали',
tbhead('02.11.2026 11:42') + "\n" + q("Подтвердите прибытие по П1 и П2, пожалуйста. Охрана спрашивает.") + """

На месте с 11:35, обе установки открыли, работаем.

Глеб""",
 D('456103', ['1','2'], ON, 'answer under quoted question; subject still says выехали'))

mk('11-02 15:20', 'RE: 456103',
"""П1, П2 — закончили, фильтры G4 и F7 заменены, бригада уехала в 15:05.
П3 переносим на завтра, там нужен подшипник 6205-2RS, везём со склада.

""" + SIG_OL + "\n\n" + olhead('2 ноября 2026 г. 14:58', 'RE: 456103') + """

Глеб Аркадьевич, добрый день.
Как дела по корпусу Б? Когда закроете П1 и П2?

""" + DSIG, D('456103', ['1','2'], OFF, 'top-post: 1 and 2 done and left; 3 plan only; part number is noise'), client='ol')

mk('11-03 09:30', 'Re: 456103 поз 3',
"""Выехали на П3, ориентировочно минут 40, на Окружном пробка.

""" + tbhead('03.11.2026 09:12') + "\n" + q("Когда ждать по третьей позиции?"),
 D('456103', ['3'], WAY, 'travelling to pos 3'))

mk('11-03 13:10', '456103-3',
"""Ирина Викторовна,
по П3 готово: подшипник заменили, шум ушёл, установка запущена. Ушли с объекта в 13:00.
Акт пришлю вечером.

""" + SIG_TB, D('456103', ['3'], OFF, 'position after dash in subject; done and left'))

# ================= 456118 =================
mk('11-03 09:45', 'RE: Новая заявка 456118',
q("Добрый день! Направляем заявку 456118, ИТП-2 (ул. Заводская, 7), позиции 1 и 2 — циркуляционные насосы.") + """
>
""" + q("Прошу подтвердить получение заявки и сообщить сроки.") + """

— получили, взяли в работу. Выезд завтра с утра, сегодня все бригады на объектах.

""" + SIG_OL, D('456118', [], ACC, 'accepted; plan for tomorrow is extra'), client='ol')

mk('11-04 08:20', 'Re: ИТП-2, ул. Заводская 7 (456118)',
"""Доброе утро.

""" + q("По 456118: когда выезд?") + """

Уже едем, с базы вышли в 8:15.

""" + q("Нужен ли доступ в ИТП-2 через охрану?") + """

Да, ключ у охраны, старший бригады позвонит с 8-921-555-40-12.

""" + SIG_OL, D('456118', [], WAY, 'number in brackets after address; phone is noise'), client='ol')

mk('11-04 10:05', 'Re: 456118',
tbhead('04.11.2026 09:48') + "\n" + q("""Глеб, добрый день.
Позиция 1 — насос Grundfos TP 65-180/2. Бригада на месте?""") + """

Да, на месте, разбираем, торцевое уплотнение под замену.

""" + q("""Позиция 2 — что по ней? Там насос тоже шумит.""") + """

""" + q("Спасибо.\n\n" + DSIG),
 D('456118', ['1'], ON, 'answered only for pos 1; pos 2 question left unanswered; model number is noise'))

mk('11-04 16:40', 'RE: 456118 статус',
"""Поз. 1 и поз. 2 — закончили, оба насоса в работе, бригада убыла в 16:30.
Акт № 1187 от 04.11.2026 передам завтра с водителем.

""" + SIG_OL + "\n\n" + olhead('4 ноября 2026 г. 16:05', '456118 статус') + """

Добрый день, прошу сообщить статус по заявке 456118, позиции 1, 2.

""" + DSIG, D('456118', ['1','2'], OFF, 'top-post; act number and date are noise'), client='ol')

# ================= 456127 =================
mk('11-05 11:30', 'Re: Обращение 456127 — кондиционер серверной',
tbhead('05.11.2026 11:02') + "\n" + q("""Прошу принять в работу обращение 456127 (кондиционер серверной, Daikin FTXS50K, инв. № 000412).
В серверной +29.""") + """

Принято. Инженер освободится к 14:00, тогда и поедем. Пока откройте дверь и поставьте напольный вентилятор.

Глеб""", D('456127', [], ACC, 'accepted; travel only planned'))

mk('11-05 14:10', 'Re: обращение 456127',
"""Еду.

""" + tbhead('05.11.2026 14:01') + "\n" + q("Глеб, вы выехали? У нас уже +31."),
 D('456127', [], WAY, 'one-word top answer'))

mk('11-05 14:55', 'RE: 456127',
q("Сообщите, пожалуйста, время прибытия.") + """
— прибыл 14:50, пропуск оформили, смотрю наружный блок.

Г.П.""", D('456127', [], ON, 'inline: arrived'), client='ol')

mk('11-05 17:30', 'Re: 456127 (1)',
"""Фреон дозаправил (R410A, 1,2 кг), утечку на вальцовке устранил, давление в норме, в серверной 21 °C.
Я уехал.

""" + SIG_TB, D('456127', ['1'], OFF, 'position in brackets in subject; result + left'))

mk('11-05 18:05', 'Итоги за день 05.11',
"""Ирина Викторовна, коротко за сегодня:
по 456118 — всё закрыто, акт завтра;
по 456127 — кондиционер запущен, я уехал в 17:20.

Глеб""", R('two different requests in one letter'))

mk('11-05 18:20', 'Re: 456127 поз. 2',
tbhead('05.11.2026 18:12') + "\n" + q("Глеб, а вторая позиция по 456127 — кондиционер в кроссовой — тоже на вас?") + """

Кроссовую тоже посмотрел, на месте был, там всё работает.
""", R('position 2 does not exist in 456127'))

# ================= 456140 =================
mk('11-06 08:40', 'RE: Заявка 456140 — обход чиллеров',
q("Прошу подтвердить принятие заявки 456140 по всем четырём площадкам.") + """

— подтверждаю, приняли. Пойдём двумя бригадами.

""" + SIG_OL, D('456140', [], ACC, 'accepted; positions only in quote'), client='ol')

mk('11-06 09:50', 'Re: Статус 456140',
tbhead('06.11.2026 09:35') + "\n" + q("Прошу сообщить статус по заявке 456140, позиции 1, 2, 3, 4.") + """

""" + q("1?") + """
на месте с 9:30

""" + q("2?") + """
на месте, вторая бригада (Широких)

""" + q("3?") + """
ещё не выезжали, после первой

""" + q("4?") + """

""" + q(DSIG), D('456140', ['1','2'], ON, '1,2 on site; 3 negation; 4 unanswered'))

mk('11-06 12:15', 'RE: Статус 456140',
q("Позиция 1?") + """
— убыли в 12:00, переехали на площадку 3.

""" + q("Позиция 2?") + """
— работают, компрессор №2 (Carrier 30XA-0502) греется.

""" + SIG_OL, R('different statuses for different positions (1 left, 2 still on site; 3 implied)'), client='ol')

mk('11-06 13:30', '456140 поз3,поз4',
"""Бригада выехала на площадки 3 и 4, сначала на 3-ю, потом на 4-ю. Связь по 8-911-502-77-36.

""" + SIG_TB, D('456140', ['3','4'], WAY, 'travelling to 3 and 4'))

mk('11-06 15:45', 'Re: 456140',
tbhead('06.11.2026 15:30') + "\n" + q("Что по второй позиции?") + """

Вторую закончили в 15:20, Широких со своими уехал.

Глеб""", D('456140', ['2'], OFF, 'pos 2 done, left; base64 body'), cte='base64')

mk('11-06 17:50', 'RE: 456140 П3 П4',
"""П3 и П4 готово, уехали в 17:40. Замечания по чиллеру на площадке 4 — в акте.

""" + SIG_OL + "\n\n" + olhead_en('Friday, November 6, 2026 5:31 PM', '456140 П3 П4') + """

П3 и П4 — статус?
""", D('456140', ['3','4'], OFF, 'top-post above -----Original Message-----'), client='ol')

mk('11-06 18:30', 'Принято: Совещание по замечаниям 456140', None,
 I('Outlook calendar meeting response'), client='ol',
 raw_body=None)
# (calendar body is written below by overwrite helper)

# ================= 456152 =================
mk('11-09 10:20', 'RE: Заявка 456152',
q("""Прошу принять заявку 456152.
Позиции: 1 — воздушная завеса вход А, 2 — завеса вход Б (не греет).""") + """

— принято.

Пустовойтов""", D('456152', [], ACC, 'accepted; positions only in quote'), client='ol')

mk('11-10 08:05', 'Re: 456152',
tbhead('10.11.2026 07:58') + "\n" + q("Когда будете?") + """
через полчаса, уже в машине
""" + q("""
Позиция 1 срочная, у входа А холодно, люди жалуются.

""" + DSIG), D('456152', [], WAY, 'answer under "когда будете" (whole request); pos 1 only in quote'))

mk('11-10 09:00', 'Re: 456152 - 1',
"""На входе А, начали.

Г.""", D('456152', ['1'], ON, 'position after dash in subject'))

mk('11-10 11:30', 'RE: 456152 — итог',
"""Заявка 456152
Поз. 1 — завершено, убыли 11:10
Поз. 2 — завершено, убыли 11:25

""" + SIG_OL,
 D('456152', ['1','2'], OFF, 'HTML table, one row per position, both done'), client='ol',
 html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body><p>Добрый день.</p><p>Заявка 456152:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Позиция</th><th>Объект</th><th>Статус</th><th>Время</th></tr>
<tr><td>1</td><td>Завеса КЭВ-18П, вход А</td><td>Завершено, убыли</td><td>11:10</td></tr>
<tr><td>2</td><td>Завеса КЭВ-24П, вход Б</td><td>Завершено, убыли</td><td>11:25</td></tr>
</table><p>С уважением,<br>Пустовойтов Г.А.<br>тел. +7 (8172) 54-19-03</p></body></html>""")

mk('11-10 12:10', 'Re: 456152',
tbhead('10.11.2026 12:01') + "\n" + q("Спасибо, у входа Б стало тепло. Акт ждём.") + """

Вам спасибо. Акт подпишем в пятницу.""", R('acknowledgement of dispatcher thanks, no status'))

# ================= 456169 =================
mk('11-10 13:40', 'Re: Заявка № 456169 — течь калорифера',
"""Добрый день, приняли. Выезд сегодня не обещаю, людей нет.

""" + tbhead('10.11.2026 13:05') + "\n" + q("""Заявка № 456169. Течь калорифера в венткамере, ул. Промышленная, 14, корп. 2.
Подставили ведро."""), D('456169', [], ACC, 'accepted'))

mk('11-11 10:15', 'Re: Заявка № 456169 — течь калорифера',
tbhead('11.11.2026 09:50') + "\n" + q("Прошу сообщить, когда будет выезд по 456169? Ведро уже не справляется.") + """

Завтра с утра, ориентировочно к 9:00. Калорифер КСк 3-8 под заказ, завтра привезут.
""", R('plan only (выезд завтра)'))

mk('11-12 08:50', 'RE: калорифер',
"""Выехали на объект, будем минут через 20.

""" + SIG_OL + "\n\n" + olhead('12 ноября 2026 г. 8:40', 'Заявка № 456169 — течь калорифера') + """

Глеб Аркадьевич, ждём сегодня?
""", D('456169', [], WAY, 'number only in quoted Outlook header Тема'), client='ol')

mk('11-12 12:30', 'FW: 456169 калорифер',
"""Пересылаю отчёт бригады.

""" + SIG_OL + """

От: Бригада 3 (Кузьмин) <brigada3@lunventil-servis.ru>
Отправлено: 12 ноября 2026 г. 12:22
Кому: Пустовойтов Глеб <g.pustovoitov@lunventil-servis.ru>
Тема: 456169 калорифер

Калорифер заменили, опрессовали 6 атм, течи нет. Убираемся и уезжаем, 12:20.
Кузьмин""", D('456169', [], OFF, 'Outlook forward of crew report: replaced, leaving'), client='ol')

# ================= 456174 =================
mk('11-12 09:30', 'Re: 456174',
"""Принято в работу.

""" + tbhead('12.11.2026 09:02') + "\n" + q("""Заявка 456174, корпус В, крышные вентиляторы:
1 — ВКР-5 № 1
2 — ВКР-5 № 2
3 — ВКР-8, кровля, нужен допуск"""), D('456174', [], ACC, 'accepted'))

mk('11-13 09:10', 'RE: Статус по заявке 456174',
q("Прошу сообщить статус по заявке 456174, позиции 1, 2, 3.") + """

""" + q("позиция 1?") + """
— на месте с 9:00

""" + q("позиция 2?") + """
— на месте, в соседней венткамере

""" + q("позиция 3?") + """
— на месте, снимаем кожух, на кровлю пока не выходили

""" + SIG_OL, D('456174', ['1','2','3'], ON, 'all three on site inline'), client='ol')

mk('11-13 11:45', 'Re: Статус по заявке 456174',
tbhead('13.11.2026 11:20') + "\n" + q("""1. По позиции 1 закончили?
2. По позиции 3 нужен доступ на кровлю?""") + """

да, нужен, согласуйте, пожалуйста, с АХО, у нас наряд-допуск готов

""" + q("3. Акт когда?"), R('answered only the access question; no status'))

mk('11-13 14:20', '456174 п.1, п.2',
"""П.1 и п.2 — выполнено, бригада снялась с объекта в 14:10.
По п.3 ждём допуск на кровлю.

""" + SIG_TB, D('456174', ['1','2'], OFF, 'п.1/п.2 done; п.3 waiting'))

mk('11-14 10:30', 'RE: 456174 п.3',
"""Вышли на кровлю в 10:15, наряд-допуск № 77/26 подписан главным инженером.

""" + SIG_OL, D('456174', ['3'], ON, 'on roof = on site; наряд-допуск number is noise'), client='ol')

mk('11-14 15:00', 'RE: 456174 п.3',
"""П3 закрыли, выехали с объекта в 14:50.

""" + olhead('14 ноября 2026 г. 14:41', 'RE: 456174 п.3') + """

Как дела на кровле?
""", D('456174', ['3'], OFF, 'выехали С объекта = left'), client='ol')

mk('11-16 07:10', 'Автоответ: RE: 456174 п.3',
"""Здравствуйте!
Я нахожусь в отпуске с 16.11.2026 по 20.11.2026 без доступа к почте.
По срочным вопросам обращайтесь к дежурному инженеру: service@lunventil-servis.ru, тел. +7 (8172) 54-19-00.

Широких А.В.""", I('out-of-office auto-reply'), frm=SHIR, client='ol',
 extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], reply=False)

# ================= 456205 =================
mk('11-16 08:35', 'Re: Заявка 456205',
tbhead('16.11.2026 08:05') + "\n" + q("""Прошу принять заявку 456205: сплит-системы.
Поз. 1 — офис, 3 этаж. Поз. 2 — склад готовой продукции.""") + """

приняли

Глеб""", D('456205', [], ACC, 'accepted; KOI8-R'), cs='koi8-r', cte='8bit')

mk('11-16 10:00', 'Re: Статус 456205',
tbhead('16.11.2026 09:51') + "\n" + q("Прошу сообщить статус по заявке 456205, позиции 1, 2.") + """

""" + q("позиция 1?") + """
в пути
""" + q("позиция 2?") + """
в пути, одна машина на обе
""", D('456205', ['1','2'], WAY, 'both in transit; KOI8-R base64'), cs='koi8-r', cte='base64')

mk('11-16 10:45', 'RE: Статус 456205',
q("позиция 1?") + """
— на месте с 10:40

""" + q("позиция 2?") + """
— ещё не доехали, пробка на Объездной, высадили одного на офисе

""" + SIG_OL, D('456205', ['1'], ON, 'pos 1 on site; pos 2 negation'), client='ol')

mk('11-16 11:20', 'Re: Статус 456205',
"""Вторая позиция — тоже на месте, 11:15.

""" + tbhead('16.11.2026 11:02') + "\n" + q("А вторая?"),
 D('456205', ['2'], ON, 'top-post: pos 2 arrived'))

mk('11-16 16:00', 'RE: Статус 456205',
q("позиция 1?") + """
— убыли 15:30, кондиционер в офисе работает

""" + q("позиция 2?") + """
— остаёмся до вечера, на складе меняем плату

""" + SIG_OL, R('different statuses per position (1 left, 2 still on site)'), client='ol')

mk('11-16 16:02', 'Прочитано: Статус 456205', None, I('Outlook read receipt'), client='ol', reply=False)

mk('11-16 19:10', '456205 поз2',
"""Закончили по поз2 в 19:00, плату поменяли, все разъехались.

Г.""", D('456205', ['2'], OFF, 'pos 2 done'))

# ================= 456233 =================
mk('11-18 09:20', 'Re: заявка 456233',
"""Взяли.

""" + tbhead('18.11.2026 09:01') + "\n" + q("Заявка 456233, ППР вентиляции столовой, позиции 1–3. Прошу принять."),
 D('456233', [], ACC, 'one-word acceptance'))

mk('11-18 10:50', '456233 ПОЗ 1,2 — ВЫЕХАЛИ',
"""ВЫЕХАЛИ НА ОБЪЕКТ ПО ПОЗИЦИЯМ 1 И 2. ИЗВИНИТЕ ЗА КАПС, С ТЕЛЕФОНА.
""", D('456233', ['1','2'], WAY, 'caps'))

mk('11-18 12:00', 'RE: 456233 ПОЗ 1,2 — ВЫЕХАЛИ',
"""Нa мeсте по 1 и 2 с 11:55.

""" + SIG_OL, D('456233', ['1','2'], ON, 'Latin look-alike letters in "на месте"; old status in Re: subject'), client='ol')

mk('11-18 13:00', 'RE: Пропуска 456233',
"""Спасибо, пропуска получили.

""" + olhead('18 ноября 2026 г. 12:44', 'Пропуска 456233') + """

Глеб Аркадьевич, пропуска на бригаду по 456233 оформлены, получите на КПП-2.
""", R('thanks for passes; no status'), client='ol')

mk('11-18 17:10', 'RE: Статус по заявке 456233',
q("Прошу сообщить статус по заявке 456233, позиции 1, 2, 3.") + """
>
""" + q("1 —") + """
сделано, уехали 16:50
""" + q("2 —") + """
сделано, уехали 16:50
""" + q("3 —") + """
завтра, по 3-й ещё не выезжали

""" + SIG_OL, D('456233', ['1','2'], OFF, '1,2 done; 3 plan/negation'), client='ol')

mk('11-19 09:40', 'Re: 456233 (3)',
"""выехли на 3-ю, минут 15

""" + tbhead('19.11.2026 09:30') + "\n" + q("Третья позиция сегодня будет?"),
 D('456233', ['3'], WAY, 'typo выехли'))

mk('11-19 12:10', 'Re: 456233 (3)',
"""Работы по 3-й позиции завершены. Отбыли с объекта в 12:05.

""" + SIG_TB, D('456233', ['3'], OFF, 'отбыли с объекта'))

mk('11-19 12:12', 'Return Receipt (displayed) - Re: 456233 (3)', None,
 I('Thunderbird MDN read receipt'), reply=False)

# ================= 456247 =================
mk('11-20 10:30', 'RE: Заявка 456247 — фанкойл переговорной',
"""Принято. Глеб.

""" + olhead('20 ноября 2026 г. 10:02', 'Заявка 456247 — фанкойл переговорной') + """

Фанкойл в переговорной 5.12 не дует. Прошу принять.
""", D('456247', [], ACC, 'accepted'), client='ol')

mk('11-20 11:00', 'RE: Заявка 456247 — фанкойл переговорной',
q("Когда сможете выехать?") + """

По 456247 — это не по договору № 14-ТО/2026 (фанкойлы не в перечне), нужно доп. соглашение.
Стоимость выезда и диагностики 38 500 руб. с НДС. Согласуете — выедем.

""" + SIG_OL, R('price/contract talk, no status'), client='ol')

mk('11-21 09:00', 'Re: 456247',
"""Выехали к вам, в 9:30 будем.

""" + tbhead('20.11.2026 17:40') + "\n" + q("Доп. соглашение подписано, ждём завтра."),
 D('456247', [], WAY, 'travelling'))

mk('11-21 09:40', 'RE: 456247',
"""Прибытие 9:35, работаем.

""" + SIG_OL, D('456247', [], ON, 'noun прибытие'), client='ol')

mk('11-21 13:00', 'Fwd: 456247',
"""Ирина Викторовна, от бригады:

-------- Пересланное сообщение --------
Тема: 	456247
Дата: 	Sat, 21 Nov 2026 12:51:08 +0300
От: 	Бригада 3 (Кузьмин) <brigada3@lunventil-servis.ru>
Кому: 	Пустовойтов Глеб <g.pustovoitov@lunventil-servis.ru>

Фанкойл почистили, двигатель вентилятора заменили, дует. 456247 закрыли, уезжаем.
""", D('456247', [], OFF, 'Thunderbird forward of crew report'))

# ================= 456260 =================
mk('11-23 08:30', 'RE: Заявка 456260 — котельная',
q("""Заявка 456260, котельная.
Поз. 1 — горелка Weishaupt WM-G10, котёл № 1, срыв пламени.
Поз. 2 — горелка котла № 2, ТО.""") + """
— принято, закреплён за мной.

""" + SIG_OL, D('456260', [], ACC, 'accepted'), client='ol')

mk('11-23 12:00', 'RE: Заявка 456260 — котельная',
q("Когда выезд по 456260?") + """
— завтра к 8:00, раньше никак: наша машина А123ВС 35 в ремонте, вторая на 456233... то есть на другом объекте.

""" + SIG_OL, R('plan only (выезд завтра); car plate noise'), client='ol')

mk('11-24 08:15', 'Re: 456260 поз. 1',
"""С базы выехали в 8:10 на поз. 1.

Г.""", D('456260', ['1'], WAY, 'leaving FROM base = on the way'))

mk('11-24 09:05', 'Re: 456260 поз. 1',
tbhead('24.11.2026 08:58') + "\n" + q("На месте?") + """
да, с 9:00
""", D('456260', ['1'], ON, 'position only in subject'))

mk('11-24 11:30', 'RE: 456260',
"""По 1-й закончили, горелку запустили, по 2-й завтра.

""" + SIG_OL + "\n\n" + olhead('24 ноября 2026 г. 11:10', '456260') + """

Прошу сообщить статус по заявке 456260, позиции 1, 2.
""", D('456260', ['1'], OFF, '1 done, 2 plan'), client='ol')

mk('11-25 10:00', '456260/2',
"""Прибытие на поз.2 — 09:50.

""" + SIG_TB, D('456260', ['2'], ON, 'noun прибытие; position after slash'))

mk('11-25 14:30', 'RE: 456260/2', None,
 D('456260', ['2'], OFF, 'HTML-only'), client='ol', html_only=True,
 html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body lang=RU><div class=WordSection1><p class=MsoNormal>Поз. 2 &#8212; работы завершены, убытие 14:20.<o:p></o:p></p>
<p class=MsoNormal>Замечание: заменён электрод розжига (арт. 13011002).<o:p></o:p></p>
<p class=MsoNormal>С уважением,<br>Пустовойтов Г.А.</p></div></body></html>""")

# ================= 456281 =================
mk('11-24 09:40', 'Re: Заявка 456281',
tbhead('24.11.2026 09:05') + "\n" + q("Прошу принять заявку 456281 (4 позиции, тепловые завесы складов 1–4).") + """

принято, распределяем бригады
""", D('456281', [], ACC, 'accepted'))

mk('11-25 08:30', 'RE: Статус по заявке 456281',
q("Прошу сообщить статус по заявке 456281, позиции 1, 2, 3, 4.") + """

""" + q("п.1") + """
— в дороге
""" + q("п.2") + """
— в дороге, та же машина
""" + q("п.3, п.4") + """
— пока нет, после обеда

""" + SIG_OL, D('456281', ['1','2'], WAY, '1,2 on the way; 3,4 plan'), client='ol')

mk('11-25 10:00', 'Re: 456281',
tbhead('25.11.2026 09:40') + "\n" + q("Сообщите время прибытия по п.1 и п.2.") + """
""" + q("И уточните, кто старший на объекте, охрана просит ФИО.") + """

Старший — Кузьмин Андрей Викторович, тел. 8-921-555-40-12.
""", R('answered only the question about the foreman; no status'))

mk('11-25 10:20', 'Re: 456281',
"""П1, П2 — на объекте с 10:05.

""" + SIG_TB, D('456281', ['1','2'], ON, 'on site'))

mk('11-25 16:00', 'RE: 456281 п.1 п.2',
"""п.1, п.2 выполнены, бригада освободилась в 15:40.

""" + SIG_OL, D('456281', ['1','2'], OFF, 'multipart/alternative; бригада освободилась'), client='ol',
 html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body><p>п.1, п.2 выполнены, бригада освободилась в 15:40.</p><p>С уважением,<br>Пустовойтов Г.А.</p></body></html>""")

mk('11-26 09:00', '456281 П3 П4',
"""Выехали на объект по П3 и П4, склады 3 и 4, ул. Складская 22.

""" + SIG_TB, D('456281', ['3','4'], WAY, 'выехали НА объект = on the way'))

mk('11-26 12:40', 'Re: 456281 П3 П4',
tbhead('26.11.2026 12:20') + "\n" + q("Как там третий и четвёртый склад?") + """

По П3/П4: прибыли в 9:45, в 12:30 всё сделали и уехали.
""", D('456281', ['3','4'], OFF, 'arrival and departure both reported; latest = убыл'))

# ================= other review / ignored =================
mk('11-19 15:00', 'Re: 456199',
tbhead('19.11.2026 14:30') + "\n" + q("Глеб, по 456199 что?") + """

На месте с 14:00.
""", R('456199 is not in the registry'))

mk('11-17 10:10', 'Re: вопрос',
tbhead('17.11.2026 10:02') + "\n" + q("Глеб, бригада у нас уже? Охрана звонит, говорит, кто-то приехал.") + """

Да, наши, на месте, начали.
""", R('no request number anywhere'))

mk('11-10 08:40', 'RE: 456152 — охрана',
"""Ирина Викторовна, ваш охранник на входе Б не пускает бригаду без списка, стоим у шлагбаума с 8:30.
Решите, пожалуйста, вопрос.

""" + SIG_OL, R('complaint: crew not let in; no status to record'), client='ol')

mk('11-25 11:00', 'Re: Статус 456281',
tbhead('25.11.2026 10:55') + "\n" + q("П3 и П4 уже на месте?") + """
нет, ещё нет, и не выезжали — после обеда
""", R('negation for 3,4'))

mk('11-12 18:00', 'Новости ООО «Лунный вентиль»: сезонное ТО чиллеров',
"""Уважаемые партнёры!
Напоминаем, что с 1 декабря 2026 года действует скидка 10 % на сезонное ТО чиллеров.
Подробнее: https://lunventil-servis.ru/to
Чтобы отписаться от рассылки, перейдите по ссылке в конце письма.""",
 I('bulk newsletter'), frm=('ООО «Лунный вентиль»', 'news@' + DOM), client='x',
 extra=[('Precedence', 'bulk'), ('List-Unsubscribe', '<mailto:unsubscribe@lunventil-servis.ru>'),
        ('List-Id', '<news.lunventil-servis.ru>')],
 reply=False)

mk('11-13 09:15', 'Undelivered Mail Returned to Sender', None,
 I('bounce'), frm=('Mail Delivery System', 'MAILER-DAEMON@' + DOM), client='x', reply=False,
 extra=[('Auto-Submitted', 'auto-replied')])

# ---- write special raw bodies for receipts / calendar / bounce ----
def rewrite(name, ctype_body):
    p = os.path.join(LET, name)
    data = open(p, 'rb').read()
    head = data.split(b'MIME-Version: 1.0\r\n')[0] + b'MIME-Version: 1.0\r\n'
    open(p, 'wb').write(head + ctype_body)

def find(subj_start):
    for fn in sorted(os.listdir(LET)):
        pass

# locate by label note
byn = {v['note']: k for k, v in labels.items()}

b = 'cal_%s' % 'a1b2c3'
cal = ('Content-Type: multipart/alternative; boundary="%s"\r\n\r\n--%s\r\n' % (b, b)
 + 'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
 + base64.encodebytes('Пустовойтов Глеб принял приглашение.'.encode()).decode()
 + '\r\n--%s\r\nContent-Type: text/calendar; charset="utf-8"; method=REPLY\r\nContent-Transfer-Encoding: 8bit\r\n\r\n' % b
 + 'BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n'
 + 'ATTENDEE;PARTSTAT=ACCEPTED;CN=Пустовойтов Глеб:mailto:g.pustovoitov@lunventil-servis.ru\r\n'
 + 'SUMMARY:Принято: Совещание по замечаниям 456140\r\nDTSTART:20261109T100000Z\r\nDTEND:20261109T110000Z\r\n'
 + 'UID:040000008200E00074C5B7101A82E0080000000010a7\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n--%s--\r\n' % b).encode('utf-8')
rewrite(byn['Outlook calendar meeting response'], cal)

b = 'mdn_9f8e'
rr = ('Content-Type: multipart/report; report-type=disposition-notification; boundary="%s"\r\n\r\n--%s\r\n' % (b, b)
 + 'Content-Type: text/plain; charset="windows-1251"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
 + quopri.encodestring('Ваше сообщение\r\n\r\n  Кому: Пустовойтов Глеб\r\n  Тема: Статус 456205\r\n  Отправлено: 16.11.2026 15:52\r\n\r\nбыло прочитано 16.11.2026 16:02.'.encode('cp1251')).decode()
 + '\r\n--%s\r\nContent-Type: message/disposition-notification\r\n\r\nReporting-UA: Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822;g.pustovoitov@lunventil-servis.ru\r\nOriginal-Message-ID: <disp-77a1@zakazchik-omis.ru>\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n\r\n--%s--\r\n' % (b, b)).encode('ascii')
rewrite(byn['Outlook read receipt'], rr)

b = 'tbmdn_4c2d'
rr2 = ('Content-Type: multipart/report; report-type=disposition-notification; boundary="%s"\r\n\r\n--%s\r\n' % (b, b)
 + 'Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
 + 'Это уведомление о прочтении сообщения, которое вы отправили на адрес g.pustovoitov@lunventil-servis.ru.\r\n\r\nПримечание: Это уведомление означает лишь, что сообщение было показано на компьютере получателя.\r\n'
 + '\r\n--%s\r\nContent-Type: message/disposition-notification; name="MDNPart2.txt"\r\nContent-Disposition: inline\r\n\r\nReporting-UA: lunventil-servis.ru; Thunderbird 115.16.0\r\nFinal-Recipient: rfc822;g.pustovoitov@lunventil-servis.ru\r\nOriginal-Message-ID: <disp-1c9e@zakazchik-omis.ru>\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n\r\n--%s--\r\n' % (b, b)).encode('utf-8')
rewrite(byn['Thunderbird MDN read receipt'], rr2)

b = 'bounce_77e1'
bb = ('Content-Type: multipart/report; report-type=delivery-status; boundary="%s"\r\n\r\n--%s\r\n' % (b, b)
 + 'Content-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n'
 + 'This is the mail system at host mx1.lunventil-servis.ru.\r\n\r\nI\'m sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients.\r\n\r\n<a.shirokikh@lunventil-servis.ru>: mailbox is full\r\n'
 + '\r\n--%s\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx1.lunventil-servis.ru\r\n\r\nFinal-Recipient: rfc822; a.shirokikh@lunventil-servis.ru\r\nAction: failed\r\nStatus: 5.2.2\r\n' % b
 + '\r\n--%s\r\nContent-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: dispatch@zakazchik-omis.ru\r\nTo: a.shirokikh@lunventil-servis.ru\r\nSubject: 456140 P3\r\nDate: Fri, 13 Nov 2026 09:14:55 +0300\r\n\r\n--%s--\r\n' % (b, b)).encode('ascii')
rewrite(byn['bounce'], bb)

reg = {"contractor": {"name": "ООО «Лунный вентиль»",
       "emails": [ME[1], SHIR[1], CREW[1], 'news@' + DOM, 'MAILER-DAEMON@' + DOM, 'service@' + DOM],
       "domains": [DOM]},
       "requests": [{"number": a, "positions": p, "registered_at": r, "comment": c} for a, p, r, c in REG]}
json.dump(reg, open(os.path.join(OUT, 'registry.json'), 'w'), ensure_ascii=False, indent=1)
json.dump(labels, open(os.path.join(OUT, 'labels.json'), 'w'), ensure_ascii=False, indent=1)
print(len(labels), 'letters')
