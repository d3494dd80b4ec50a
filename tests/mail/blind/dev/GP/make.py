#!/usr/bin/env python3
"""Generator for the ТеплоЖук-Монтаж letter corpus (voice-transcript crew leaders + office)."""
import base64, quopri, json, os, datetime as dt, hashlib
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.base import MIMEBase
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
DOM = 'teplozhuk-montazh.ru'
TO = 'dispatch@zakazchik-omis.ru'
MSK = dt.timezone(dt.timedelta(hours=3))
UTC = dt.timezone.utc

REG = {
 "contractor": {"name": "ООО «ТеплоЖук-Монтаж»",
   "emails": ["voice@teplozhuk-montazh.ru", "robot-stt@teplozhuk-montazh.ru",
              "a.safronov@teplozhuk-montazh.ru", "r.gizatullin@teplozhuk-montazh.ru",
              "a.ponomarev@teplozhuk-montazh.ru", "i.kudryavcev@teplozhuk-montazh.ru",
              "i.melnikova@teplozhuk-montazh.ru", "z.tkach@teplozhuk-montazh.ru",
              "ofis@teplozhuk-montazh.ru", "news@teplozhuk-montazh.ru",
              "support@teplozhuk-montazh.ru", "MAILER-DAEMON@teplozhuk-montazh.ru"],
   "domains": ["teplozhuk-montazh.ru"]},
 "requests": [
  {"number": "463112", "positions": ["1","2","3"], "registered_at": "2026-11-02T09:00:00+03:00", "comment": "Насосная ул. Заводская 14: 1 насос К-80, 2 задвижка Ду150, 3 щит управления"},
  {"number": "463127", "positions": ["1","2"], "registered_at": "2026-11-02T14:00:00+03:00", "comment": "Котельная Северная: 1 котёл, 2 горелка/запуск"},
  {"number": "463205", "positions": ["1"], "registered_at": "2026-11-05T10:00:00+03:00", "comment": "Вентиляция склада №3"},
  {"number": "463240", "positions": ["1","2","3","4"], "registered_at": "2026-11-06T08:30:00+03:00", "comment": "ИТП корпусов А, Б, В, Г"},
  {"number": "463318", "positions": ["1","2"], "registered_at": "2026-11-09T09:00:00+03:00", "comment": "Повысительная насосная, 2 насоса"},
  {"number": "463351", "positions": ["1"], "registered_at": "2026-11-10T11:00:00+03:00", "comment": "Узел учёта тепла, Ленинский пр. 47"},
  {"number": "463409", "positions": ["1","2","3"], "registered_at": "2026-11-12T08:00:00+03:00", "comment": "1 Литейная 8, 2 Литейная 10, 3 пр. Строителей 3"},
  {"number": "463466", "positions": ["1","2"], "registered_at": "2026-11-13T09:30:00+03:00", "comment": "Бойлерная, 2 теплообменника"},
  {"number": "463502", "positions": ["1"], "registered_at": "2026-11-16T10:00:00+03:00", "comment": "Циркуляционный насос ГВС"},
  {"number": "463588", "positions": ["1","2","3"], "registered_at": "2026-11-17T08:00:00+03:00", "comment": "Стояки отопления подъезды 1-3"},
  {"number": "463617", "positions": ["1","2"], "registered_at": "2026-11-19T09:00:00+03:00", "comment": "Тепловой пункт, охраняемая территория"},
  {"number": "463730", "positions": ["1"], "registered_at": "2026-11-20T08:00:00+03:00", "comment": "Бак-аккумулятор, обследование"},
 ]}

CREW = {
 'saf': ('Сафронов Артём', '+7 912 463-07-71', '79124630771', 'a.safronov@' + DOM),
 'giz': ('Гизатуллин Ринат', '+7 917 205-33-18', '79172053318', 'r.gizatullin@' + DOM),
 'pon': ('Пономарёв Алексей', '+7 903 588-12-40', '79035881240', 'a.ponomarev@' + DOM),
 'kud': ('Кудрявцев Игорь', '+7 926 351-60-02', '79263516002', 'i.kudryavcev@' + DOM),
}
OFF = {
 'mel': ('Ирина Мельникова', 'i.melnikova@' + DOM),
 'tka': ('Зоя Ткач', 'z.tkach@' + DOM),
 'ofs': ('ТеплоЖук-Монтаж офис', 'ofis@' + DOM),
}
WAV = b'RIFF$\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00@\x1f\x00\x00\x80>\x00\x00\x02\x00\x10\x00data\x00\x00\x00\x00' + bytes(64)

def D(s, tz=MSK):
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=tz)

def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', **params):
    p = MIMENonMultipart('text', subtype, charset=charset, **params)
    raw = text.replace('\n', '\r\n').encode(charset)
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    else:
        payload = quopri.encodestring(raw).decode('ascii')
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    return p

def attach(data, maintype, subtype, fname):
    a = MIMEBase(maintype, subtype)
    a.set_payload(base64.encodebytes(data).decode('ascii'))
    a['Content-Transfer-Encoding'] = 'base64'
    a.add_header('Content-Disposition', 'attachment', filename=fname)
    return a

LETTERS = []   # (date, builder-dict)

def add(date, frm, subject, body, label, charset='utf-8', cte='quoted-printable', html=None,
        atts=(), extra=None, msg=None, hcharset=None):
    LETTERS.append(dict(date=date, frm=frm, subject=subject, body=body, label=label, charset=charset,
                        cte=cte, html=html, atts=list(atts), extra=extra or {}, msg=msg, hcharset=hcharset))

# ---------- voice templates ----------
def svcA(who, date, transcript, label, dur='00:41', conf=82, extra_line=''):
    """old PBX voicemail-to-mail: windows-1251, base64, wav attached"""
    name, ph, phd, _ = CREW[who]
    call = date - dt.timedelta(minutes=2)
    short = name.split()[0] + ' ' + name.split()[1][0] + '.'
    body = (f"Расшифровка голосового сообщения\n"
            f"Абонент: {name} ({ph})\n"
            f"Дата звонка: {call:%d.%m.%Y %H:%M}\n"
            f"Длительность: {dur}\n\n"
            f"-----\n{transcript}\n-----\n"
            f"Уверенность распознавания: {conf}%{extra_line}\n\n"
            f"Сообщение сформировано сервисом голосовой почты АТС. Запись во вложении.\n")
    add(date, ('АТС ТеплоЖук - голосовая почта', 'voice@' + DOM),
        f"Голосовое сообщение от {phd} ({short})", body, label, charset='windows-1251', cte='base64',
        atts=[(WAV, 'audio', 'wav', f"vm_{phd}_{call:%Y%m%d_%H%M}.wav")])

def svcB(who, date, transcript, label, dur='0:37', conf='0.81', note=True):
    """new STT service 'Речекаст': multipart/alternative utf-8 QP"""
    name, ph, phd, _ = CREW[who]
    t = (f"Текст голосового сообщения (автоматическая расшифровка):\n\n«{transcript}»\n\n"
         f"Отправитель: {name}, {ph}\nДлительность {dur} · уверенность {conf}\n")
    if note:
        t += "[неразборчиво] — фрагменты, которые не удалось распознать.\n"
    t += "\n— Речекаст, расшифровка голосовых для бизнеса\n"
    h = (f"<html><body style=\"font-family:Arial\"><p style=\"color:#888\">Текст голосового сообщения "
         f"(автоматическая расшифровка):</p><blockquote style=\"font-size:15px\">{transcript}</blockquote>"
         f"<p>Отправитель: <b>{name}</b>, {ph}<br>Длительность {dur} &middot; уверенность {conf}</p>"
         f"<p style=\"font-size:11px;color:#aaa\">— Речекаст, расшифровка голосовых для бизнеса</p></body></html>")
    add(date, ('Речекаст', 'robot-stt@' + DOM), f"Речекаст: новое голосовое — {name}", t, label, html=h)

def selfC(who, date, subject, transcript, label, quote='', sig='Отправлено с iPhone'):
    """crew leader's own phone: dictated via voice input, plain utf-8"""
    name, ph, phd, addr = CREW[who]
    body = f"Расшифровка голосового сообщения:\n{transcript}\n\n{sig}\n"
    if quote:
        body += '\n' + quote
    add(date, (name, addr), subject, body, label, cte='base64')

def L(exp, req=None, pos=None, st=None, note=''):
    d = {'expect': exp}
    if exp == 'decided':
        d.update(request=req, positions=pos, status=st)
    d['note'] = note
    return d

A, B, C, Dn = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'

# ================= 463112 =================
svcA('saf', D('2026-11-02 11:20'),
     "алло ээ это сафронов значит заявку четыреста шестьдесят три сто двенадцать приняли ну насосная на заводской берём в работу всё давай",
     L('decided', '463112', [], A, 'spelled-out number, принятие'), dur='00:19', conf=88)
svcB('saf', D('2026-11-03 08:12'),
     "так короче по сто двенадцатой ну четыреста шестьдесят три сто двенадцать выехали то есть нет ещё грузимся [неразборчиво] всё вот уже выехали едем на заводскую минут тридцать",
     L('decided', '463112', [], B, 'self-correction, finally «уже выехали едем»'), dur='0:28', conf='0.77')
svcA('saf', D('2026-11-03 08:58'),
     "ну мы на месте заявка 463112 позиция один и позиция два на сос смотрим и за движку тоже саня ключ на двадцать четыре дай ага ну всё",
     L('decided', '463112', ['1', '2'], C, 'positions spelled; background «ключ на двадцать четыре»'), conf=74)
selfC('saf', D('2026-11-03 15:41'), '463112',
     "по четыреста шестьдесят три сто двенадцать значит первая позиция закончили насос поменяли старый к80 забрали а по второй задвижку завтра привезут тогда и сделаем",
     L('decided', '463112', ['1'], Dn, 'поз.1 finished, поз.2 only planned'))
add(D('2026-11-04 15:05'), OFF['mel'], 'Заявка 463112, поз. 2 и 3 — выполнено',
    "Добрый день!\n\nПо заявке № 463112 позиции 2 и 3: работы завершены, бригада Сафронова убыла с объекта в 14:20.\n"
    "Акт выполненных работ № 1187 от 04.11.2026 направим отдельным письмом.\n\n"
    "С уважением,\nИрина Мельникова\nООО «ТеплоЖук-Монтаж»\nтел. +7 (495) 463-11-20 доб. 112\n",
    L('decided', '463112', ['2', '3'], Dn, 'typed office report; act number and phone are noise'))

# ================= 463127 =================
svcA('giz', D('2026-11-02 16:35'),
     "ээ добрый день это гизатуллин по котельной заявка четыре шесть три один два семь приняли ну завтра с утра значит поедем",
     L('decided', '463127', [], A, 'number spelled digit by digit; plan to go tomorrow is not a status'), dur='00:14', conf=85)
svcB('giz', D('2026-11-03 07:52'),
     "так ну мы едем на котельную по заявке 463127 ну то есть уже на кольцевой значит минут через сорок будем",
     L('decided', '463127', [], B, 'едем, будем через 40 минут'), dur='0:17')
svcA('giz', D('2026-11-03 08:47'),
     "бригада на мести по заявке четыреста шестьдесят три сто двадцать семь позиция один котёл номер два ну котёл смотрим",
     L('decided', '463127', ['1'], C, '«на мести» = на месте; «котёл номер два» is equipment, not position'), conf=64)
svcA('giz', D('2026-11-03 10:31'),
     "заявка 463127 [неразборчиво] позиция два [неразборчиво] завтра ну в общем перезвоню",
     L('review', note='status unintelligible, only «завтра»'), conf=41, dur='00:22')
svcB('giz', D('2026-11-03 12:05'),
     "по сто двадцать седьмой ну четыреста шестьдесят три сто двадцать семь по первой позиции всё сделали там ребята уехали а мы по второй на месте ещё сидим ждём запчасть",
     L('review', note='different statuses: поз.1 убыл, поз.2 на месте'), conf='0.83')
add(D('2026-11-03 17:12'), OFF['tka'], '#463127 (2)',
    "Готово, по котельной бригада освободилась в 16:50, горелка запущена, давление 1,6 атм.\n\n"
    "Зоя Ткач, диспетчер ООО ТеплоЖук-Монтаж\n",
    L('decided', '463127', ['2'], Dn, 'position in brackets in subject; «готово, освободилась»'), charset='koi8-r', cte='base64')

# ================= 463205 =================
add(D('2026-11-05 10:42'), OFF['mel'], 'RE: Заявка №463205 вентиляция склада', None,
    L('decided', '463205', [], A, 'HTML-only reply; phone 205-33-18 is noise'),
    html="<html><body><p>Добрый день.</p><p>Заявку приняли в работу.</p>"
         "<p>Ответственный бригадир — Гизатуллин Ринат, тел. +7 917 205-33-18.</p>"
         "<p>--<br>Ирина Мельникова<br>ООО «ТеплоЖук-Монтаж»</p>"
         "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">"
         "<b>От:</b> Диспетчерская ОМИС &lt;dispatch@zakazchik-omis.ru&gt;<br>"
         "<b>Тема:</b> Заявка №463205 вентиляция склада<br><br>"
         "Направляем заявку №463205: склад №3, не работает приточная установка П-1. Прошу подтвердить приём."
         "</blockquote></body></html>")
add(D('2026-11-05 10:58'), OFF['mel'], 'Прочитано: Заявка №463205 вентиляция склада', None,
    L('ignored', note='read receipt (MDN)'), msg='mdn')
svcA('giz', D('2026-11-06 09:30'),
     "так короче гизатуллин ээ по заявке четыреста шестьдесят три двести пять мы это подъехали на склад стоим у вентиляции ну на месте в общем",
     L('decided', '463205', [], C, 'подъехали … на месте'), conf=79)
add(D('2026-11-06 10:02'), (CREW['giz'][0], CREW['giz'][3]), 'Автоответ: Заявка №463205 вентиляция склада',
    "Здравствуйте!\n\nЯ нахожусь на объекте и не могу оперативно ответить на письмо.\n"
    "По срочным вопросам звоните в офис: +7 (495) 463-11-20.\n\nЭто автоматический ответ.\n",
    L('ignored', note='out-of-office auto-reply'), extra={'Auto-Submitted': 'auto-replied', 'X-Autoreply': 'yes'})
svcB('giz', D('2026-11-06 14:33'),
     "всё значит по 463205 закончили вентилятор крутится ремень поменяли уехали с объекта в два часа",
     L('decided', '463205', [], Dn, 'уехали с объекта'), dur='0:15', conf='0.9', note=False)

# ================= 463240 =================
add(D('2026-11-06 09:15'), OFF['ofs'], 'Подтверждение приёма обращения 463240',
    "Уважаемые коллеги!\n\nПодтверждаем приём обращения №463240 (4 позиции, ИТП корпусов А, Б, В, Г) в работу.\n"
    "Основание: договор № 77/2026-ТО от 12.01.2026.\n"
    "ООО «ТеплоЖук-Монтаж», ИНН 7713456902, КПП 771301001.\n\nС уважением, офис\n",
    L('decided', '463240', [], A, 'обращение = request; INN/KPP/contract are noise'), charset='windows-1251', cte='base64')
svcA('pon', D('2026-11-06 11:20'),
     "ну это пономарёв по двести сороковой четыреста шестьдесят три двести сорок значит на третью и четвёртую позицию выехали уже едем корпус вэ и гэ",
     L('decided', '463240', ['3', '4'], B, 'выехали уже едем на 3-ю и 4-ю'), conf=80)
svcB('pon', D('2026-11-06 12:05'),
     "заявка 463240 позиция 3 пишем на месте ага корпус в четвёртую потом",
     L('decided', '463240', ['3'], C, 'поз.3 on site, 4th only later'), dur='0:09')
svcA('pon', D('2026-11-06 16:40'),
     "по четыреста шестьдесят три двести сорок ну первую и вторую позицию завтра значит сделаем сегодня не успеваем [неразборчиво] с утра",
     L('review', note='plan only (завтра сделаем)'), conf=69)
svcB('pon', D('2026-11-07 09:02'),
     "463240 позиция пять тоже на месте ну корпус дэ там где склад",
     L('review', note='position 5 does not exist in 463240'), dur='0:08', conf='0.72')
selfC('pon', D('2026-11-07 09:25'), '463240 п1 п2',
     "четыреста шестьдесят три двести сорок поз один поз два прибыли корпус а и бэ",
     L('decided', '463240', ['1', '2'], C, 'прибыли, п1 п2'), sig='--\nОтправлено с телефона')
add(D('2026-11-07 16:00'), OFF['mel'], 'Заявка 463240 — сводка по позициям',
    "Добрый день.\n\nСводка по заявке 463240:\n"
    "поз. 1, ИТП корп. А — прибытие 07.11 09:20, убытие 07.11 15:10\n"
    "поз. 2, ИТП корп. Б — прибытие 07.11 09:25, убытие 07.11 15:10\n"
    "поз. 3, ИТП корп. В — прибытие 06.11 12:00, убытие 06.11 17:30\n"
    "поз. 4, ИТП корп. Г — прибытие 06.11 13:15, убытие 06.11 18:05\n\n"
    "Все позиции выполнены, бригада убыла.\n\nИ. Мельникова\n",
    L('decided', '463240', ['1', '2', '3', '4'], Dn, 'table, all rows убытие'),
    html="<html><body><p>Добрый день.</p><p>Сводка по заявке <b>463240</b>:</p>"
         "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
         "<tr><th>Позиция</th><th>Объект</th><th>Прибытие</th><th>Убытие</th></tr>"
         "<tr><td>1</td><td>ИТП корп. А</td><td>07.11 09:20</td><td>07.11 15:10</td></tr>"
         "<tr><td>2</td><td>ИТП корп. Б</td><td>07.11 09:25</td><td>07.11 15:10</td></tr>"
         "<tr><td>3</td><td>ИТП корп. В</td><td>06.11 12:00</td><td>06.11 17:30</td></tr>"
         "<tr><td>4</td><td>ИТП корп. Г</td><td>06.11 13:15</td><td>06.11 18:05</td></tr>"
         "</table><p>Все позиции выполнены, бригада убыла.</p><p>И. Мельникова</p></body></html>")
add(D('2026-11-08 12:10'), OFF['mel'], 'Принято: Совещание по заявке 463240 (доп. работы)', None,
    L('ignored', note='calendar meeting response generated by mail client'), msg='ical')
add(D('2026-11-09 10:20'), OFF['ofs'], '463240 — доп. работы, смета',
    "Коллеги, добрый день.\n\nПо корпусу В (поз. 3 заявки 463240) при осмотре выявлена течь пластинчатого теплообменника.\n"
    "Смета на замену пластин во вложении, счёт № 5512 на 148 300,00 руб.\nПросим согласовать.\n\nОфис ООО «ТеплоЖук-Монтаж»\n",
    L('review', note='price/estimate talk, no status'))

# ================= 463318 =================
svcA('pon', D('2026-11-09 10:10'),
     "алло это пономарёв четыреста шестьдесят три триста восемнадцать принято ну да берём",
     L('decided', '463318', [], A, 'принято'), dur='00:08', conf=91)
fwd_inner = ("Текст голосового сообщения (автоматическая расшифровка):\n\n"
             "«ну мы на месте значит по заявке 463318 по первой позиции насосы смотрим [неразборчиво] шумит подшипник»\n\n"
             "Отправитель: Пономарёв Алексей, +7 903 588-12-40\nДлительность 0:14 · уверенность 0.79\n")
add(D('2026-11-10 09:40'), OFF['mel'], 'Fwd: Речекаст: новое голосовое — Пономарёв Алексей',
    "Коллеги, пересылаю, бригадир до вас не дозвонился.\n\n"
    "-------- Пересылаемое сообщение --------\n"
    "От: Речекаст <robot-stt@teplozhuk-montazh.ru>\n"
    "Дата: 10.11.2026 09:31\n"
    "Тема: Речекаст: новое голосовое — Пономарёв Алексей\n"
    "Кому: i.melnikova@teplozhuk-montazh.ru\n\n" + fwd_inner + "\n-------- Конец пересылаемого сообщения --------\n",
    L('decided', '463318', ['1'], C, 'forwarded transcript reports arrival on поз.1'))
svcA('pon', D('2026-11-10 13:00'),
     "заявка четыреста шестьдесят три [неразборчиво] восемнадцать ну всё уехали вторая позиция",
     L('review', note='request number partly unintelligible'), conf=48)
add(D('2026-11-10 14:05'), OFF['mel'], 'Re: Заявка 463318 — сроки по поз. 2',
    "Добрый день, по второй позиции бригада отработала, убыли в 13:40. Пономарёв звонил, голосовое нормально не распозналось.\n\n"
    "Мельникова И.\n\n"
    "10.11.2026 11:02, Диспетчерская ОМИС пишет:\n"
    "> Коллеги, подскажите, когда будет закрыта поз. 2 по заявке 463318?\n"
    "> По поз. 1 бригада на месте с утра.\n",
    L('decided', '463318', ['2'], Dn, 'reply above quote; quote mentions поз.1 на месте'))
svcB('pon', D('2026-11-10 16:20'),
     "463318 позиция один всё сделали уезжаем ээ то есть уже выехали с объекта на базу",
     L('decided', '463318', ['1'], Dn, 'выехали С объекта = left'), dur='0:11')

# ================= 463351 =================
svcA('kud', D('2026-11-10 11:40'),
     "ээ так это кудрявцев заявку четыреста шестьдесят три триста пятьдесят один взяли ну в работу взяли",
     L('decided', '463351', [], A, 'взяли в работу'), conf=86)
svcB('kud', D('2026-11-11 08:10'),
     "по 463351 мы ещё не выехали машина не заводится ну аккумулятор короче позже наберу",
     L('review', note='negation: ещё не выехали'), dur='0:12', conf='0.88', note=False)
svcA('kud', D('2026-11-11 09:30'),
     "по заявке четыреста шестьдесят три триста пятьдесят один едем будем минут через двадцать пробка на ленинском сорок седьмой дом там же да",
     L('decided', '463351', [], B, 'едем, будем через 20 минут; address number is noise'), conf=76)
add(D('2026-11-11 09:46'), ('Mail Delivery System', 'MAILER-DAEMON@' + DOM), 'Undelivered Mail Returned to Sender', None,
    L('ignored', note='bounce'), msg='bounce')
add(D('2026-11-11 10:05'), OFF['tka'], '463351 нa объекте',
    "Кудрявцев нa мecтe, пo зaявке 463351 бригaдa прибылa в 9:55.\n\nЗ. Ткач\n",
    L('decided', '463351', [], C, 'Latin a/c/e/o inside Cyrillic words'))
add(D('2026-11-11 16:20'), OFF['tka'], 'наряд 463351 выполнен',
    "По наряду 463351 - работы выполнены, бригада убыла в 16:05.\nПломба на узле учёта N 0045821 установлена, показания 12874,3 Гкал.\n\nЗ. Ткач\n",
    L('decided', '463351', [], Dn, 'KOI8-R; seal number and meter reading are noise'), charset='koi8-r', cte='base64')

# ================= 463409 =================
add(D('2026-11-12 08:40'), OFF['ofs'], 'Заявка 463409 принята',
    "Заявка 463409 принята, выезд планируем завтра 13.11 с 8:00.\n"
    "Адреса: ул. Литейная 8 (поз. 1), ул. Литейная 10 (поз. 2), пр. Строителей 3 (поз. 3).\n\nОфис ТеплоЖук-Монтаж\n",
    L('decided', '463409', [], A, 'accepted; departure only planned'))
add(D('2026-11-12 18:00'), ('Речекаст', 'robot-stt@' + DOM), 'Речекаст: не удалось расшифровать голосовое — Сафронов Артём',
    "Не удалось распознать голосовое сообщение: слишком высокий уровень шума.\n"
    "Отправитель: Сафронов Артём, +7 912 463-07-71\nДлительность 0:44\n\n"
    "Прослушайте аудиозапись во вложении.\n\n— Речекаст\n",
    L('review', note='transcription failed; a human must listen to the audio'),
    atts=[(WAV, 'audio', 'ogg', 'voice_79124630771_1800.ogg')])
svcB('saf', D('2026-11-13 07:55'),
     "463409 ну поехали на первую позицию литейная восемь ээ то есть уже едем",
     L('decided', '463409', ['1'], B, 'поехали / уже едем на поз.1'), dur='0:10')
svcA('saf', D('2026-11-13 08:50'),
     "короче мы это на месте ну на литейной по заявке четыреста шестьдесят три четыреста девять позиция один и позиция два обе рядом",
     L('decided', '463409', ['1', '2'], C, 'на месте поз.1 и 2'), conf=81)
svcA('saf', D('2026-11-13 16:10'),
     "по 463409 позиция три всё закончили убили в четыре ноль пять строителей три",
     L('decided', '463409', ['3'], Dn, '«убили» is a misrecognised «убыли»; закончили'), conf=71,
     extra_line='\nВозможны ошибки распознавания.')
add(D('2026-11-13 17:30'), OFF['tka'], '463409-1,2 завершение',
    "Позиции 1 и 2, ул. Литейная 8 и 10 (463409): работы завершены в 17:05, бригада убыла.\n\nТкач З.\n",
    L('decided', '463409', ['1', '2'], Dn, 'number in brackets after addresses'))

# ================= 463466 =================
svcA('kud', D('2026-11-13 10:05'),
     "принял ну четыреста шестьдесят три четыреста шестьдесят шесть принял кудрявцев",
     L('decided', '463466', [], A, 'принял'), dur='00:07', conf=90)
svcB('kud', D('2026-11-14 08:20'),
     "463466 в пути ну как в пути на заправке стоим сейчас зальёмся и дальше",
     L('decided', '463466', [], B, 'travelling, refuelling on the way'), dur='0:09')
svcA('kud', D('2026-11-14 10:00'),
     "так значит мы на месте по 463466 и по 463351 там где пломбу ставили одна бригада на два адреса",
     L('review', note='two requests in one message'), conf=77)
svcA('kud', D('2026-11-14 10:30'),
     "по четыреста шестьдесят три четыреста шестьдесят шесть позиция два на месте позиция один потом после обеда",
     L('decided', '463466', ['2'], C, 'поз.2 on site, поз.1 only planned'), conf=83)
add(D('2026-11-14 17:45'), OFF['tka'], 'RE: 463466 в пути',
    "Добрый вечер.\nПо позициям 1 и 2 всё сделано, бригада уехала в 17:20.\n\nТкач З.\n\n"
    "От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\n"
    "Отправлено: 14 ноября 2026 г. 9:02\n"
    "Кому: ofis@teplozhuk-montazh.ru\n"
    "Тема: 463466 в пути\n\n"
    "Получили ваше сообщение, что бригада в пути по заявке 463466. Просьба сообщить о прибытии.\n",
    L('decided', '463466', ['1', '2'], Dn, 'Re: subject says в пути, body says done; Outlook quote'))

# ================= no number =================
svcA('saf', D('2026-11-15 09:00'),
     "ну мы на месте короче ждём ключи от подвала кто у вас там ответственный ээ перезвоните",
     L('review', note='no request number'), conf=80)

# ================= 463502 =================
selfC('giz', D('2026-11-16 10:30'), 'Re: Заявка 463502',
     "принято пятьсот второй ну четыреста шестьдесят три пятьсот два приняли",
     L('decided', '463502', [], A, 'dictated reply above iPhone quote'),
     quote="> 16 нояб. 2026 г., в 10:02, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):\n>\n"
           "> Направляем заявку 463502: циркуляционный насос ГВС, ул. Садовая 2.\n> Просьба подтвердить.\n")
add(D('2026-11-16 11:00'), ('ТеплоЖук-Монтаж', 'news@' + DOM), 'ТеплоЖук: готовимся к зиме — промывка систем со скидкой 15%',
    "Уважаемые партнёры!\n\nДо 31.12.2026 действует скидка 15% на промывку систем отопления и ИТП.\n"
    "Подробности: https://teplozhuk-montazh.ru/akcii\n\nВы получили это письмо, так как подписаны на рассылку. Отписаться: https://teplozhuk-montazh.ru/unsub\n",
    L('ignored', note='bulk newsletter'),
    extra={'Precedence': 'bulk', 'List-Unsubscribe': '<https://teplozhuk-montazh.ru/unsub>', 'List-Id': 'news.teplozhuk-montazh.ru'})
svcA('giz', D('2026-11-17 09:10'),
     "четыреста шестьдесят три пятьсот два на месте уже час ну как час минут сорок короче тут",
     L('decided', '463502', [], C, 'на месте уже (минут сорок)'), conf=78)
svcB('giz', D('2026-11-17 11:00'),
     "по 463502 а кто нам акт подпишет ээ представитель заказчика нужен кто-то с вашей стороны",
     L('review', note='question about signing the act'), dur='0:13')
svcA('giz', D('2026-11-17 13:30'),
     "по 463502 всё готово подписали уехали спасибо",
     L('decided', '463502', [], Dn, 'готово, уехали'), dur='00:06', conf=92)

# ================= 463588 =================
add(D('2026-11-17 08:30'), OFF['ofs'], 'Принята 463588',
    "Принята в работу заявка 463588, п.1-3.\nБригадир Пономарёв А., тел. +7 903 588-12-40, а/м Газель В 463 КО 777.\n\nОфис\n",
    L('decided', '463588', ['1', '2', '3'], A, 'п.1-3 = all positions; phone/plate are noise'), charset='windows-1251', cte='quoted-printable')
svcB('pon', D('2026-11-17 09:40'),
     "так пятьсот восемьдесят восемь ээ то есть четыреста шестьдесят три пятьсот восемьдесят восемь выехали на вторую позицию",
     L('decided', '463588', ['2'], B, 'self-corrected number; выехали на поз.2'), dur='0:12')
svcA('pon', D('2026-11-17 10:25'),
     "это пономарёв 463588 позиция два прибыли ага тут подъезд второй",
     L('decided', '463588', ['2'], C, 'прибыли поз.2'), conf=84)
svcB('pon', D('2026-11-17 15:00'),
     "четыреста шестьдесят три пятьсот восемьдесят позиция три закончили [неразборчиво]",
     L('review', note='463580 is not in registry (recogniser likely dropped a word)'), conf='0.58')
svcA('pon', D('2026-11-18 12:00'),
     "463588 позиция 2 и позиция 3 всё уехали ну вчера третью доделали сегодня вторую",
     L('decided', '463588', ['2', '3'], Dn, 'both done, уехали'), conf=80)
add(D('2026-11-18 12:40'), OFF['mel'], '463588 (1)',
    "Готово. Бригада освободилась в 12:15, стояк в работе.\n\nИ.М.\n",
    L('decided', '463588', ['1'], Dn, 'position in brackets in subject; бригада освободилась'))

# ================= 463617 =================
svcB('saf', D('2026-11-19 09:40'),
     "463617 приняли в работу ну короче это сафронов",
     L('decided', '463617', [], A, 'приняли в работу'), dur='0:05', note=False)
add(D('2026-11-19 09:55'), (CREW['pon'][0], CREW['pon'][3]), 'Автоматический ответ: 463588 акт',
    "Я в отпуске до 01.12.2026. По вопросам заявок обращайтесь: ofis@teplozhuk-montazh.ru, +7 (495) 463-11-20.\n",
    L('ignored', note='out-of-office auto-reply'), extra={'Auto-Submitted': 'auto-replied'})
svcA('saf', D('2026-11-20 08:00'),
     "ну мы в дороге по шестьсот семнадцатой ну четыреста шестьдесят три шестьсот семнадцать [неразборчиво] минут пятнадцать",
     L('decided', '463617', [], B, 'в дороге'), conf=70)
add(D('2026-11-20 09:05'), OFF['tka'], 'FW: Голосовое сообщение от 79124630771 (Сафронов А.)',
    "Для сведения.\n\nТкач З.\n\n"
    "-----Original Message-----\n"
    "From: АТС ТеплоЖук - голосовая почта [mailto:voice@teplozhuk-montazh.ru]\n"
    "Sent: Friday, November 20, 2026 8:51 AM\n"
    "To: z.tkach@teplozhuk-montazh.ru\n"
    "Subject: Голосовое сообщение от 79124630771 (Сафронов А.)\n\n"
    "Расшифровка голосового сообщения\nАбонент: Сафронов Артём (+7 912 463-07-71)\nДлительность: 00:12\n\n"
    "-----\n463617 позиция один на месте ээ всё на месте\n-----\nУверенность распознавания: 87%\n",
    L('decided', '463617', ['1'], C, 'Outlook forward of transcript'))
svcB('saf', D('2026-11-20 11:00'),
     "по 463617 ээ на вторую позицию нам пропуск на завтра нужен кто заказывает охрана без пропуска не пустит",
     L('review', note='request for a pass, no status'), dur='0:16')
svcA('saf', D('2026-11-21 15:30'),
     "четыреста шестьдесят три шестьсот семнадцать позиция один и два закончили уехали всё",
     L('decided', '463617', ['1', '2'], Dn, 'закончили уехали'), conf=89)

# ================= 463730 =================
svcA('giz', D('2026-11-20 08:30'),
     "463730 приняли ну выезжаем через час примерно",
     L('decided', '463730', [], A, 'accepted; departure planned'), dur='00:06')
selfC('giz', D('2026-11-20 09:40'), '463730',
     "выехали четыреста шестьдесят три семьсот тридцать",
     L('decided', '463730', [], B, 'выехали'))
add(D('2026-11-20 10:50'), OFF['tka'], 'Re: уточнение по доступу',
    "Бригада на месте с 10:15.\n\n"
    "От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
    "Отправлено: 20 ноября 2026 г. 10:20\n"
    "Кому: ofis@teplozhuk-montazh.ru\n"
    "Тема: Заявка 463730 — уточнение по доступу\n\n"
    "Подскажите, бригада уже на объекте? Охрану предупредили.\n",
    L('decided', '463730', [], C, 'number only in quoted Тема: line'))
svcB('giz', D('2026-11-20 13:20'),
     "по четыреста шестьдесят три семьсот тридцать значит прибыли в десять пятнадцать а уехали в час всё сделано бак осмотрели",
     L('decided', '463730', [], Dn, 'arrival and departure both done: latest'), dur='0:14')
add(D('2026-11-21 10:00'), ('ТеплоЖук-Монтаж поддержка', 'support@' + DOM), 'Ваше обращение № 46321 зарегистрировано',
    "Здравствуйте!\n\nВаше обращение № 46321 зарегистрировано в системе поддержки ООО «ТеплоЖук-Монтаж».\n"
    "Ответ будет направлен в течение 1 рабочего дня.\n\nЭто письмо сформировано автоматически, отвечать на него не нужно.\n",
    L('ignored', note='helpdesk auto-acknowledgement'), extra={'Auto-Submitted': 'auto-generated'})
add(D('2026-11-21 16:00'), OFF['mel'], 'Re: 463730 акт',
    "Спасибо, подписанный акт получили.\n\nИ. Мельникова\n\n> Направляем подписанный акт по заявке 463730.\n",
    L('review', note='thanks/acknowledgement only'))

# ---------- build ----------
def build(i, L_):
    name, addr = L_['frm']
    hcs = L_['hcharset'] or ('utf-8' if L_['charset'] not in ('windows-1251', 'koi8-r') else L_['charset'])
    kind = L_['msg']
    if kind == 'mdn':
        m = MIMEMultipart('report', report_type='disposition-notification')
        m.attach(part("Ваше сообщение\n\n  Тема: Заявка №463205 вентиляция склада\n  Отправлено: 05.11.2026 10:01\n\nбыло прочитано 05.11.2026 10:58.\n"))
        n = MIMEBase('message', 'disposition-notification')
        n.set_payload("Reporting-UA: Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822;i.melnikova@teplozhuk-montazh.ru\r\n"
                      "Original-Message-ID: <a1b2c3@zakazchik-omis.ru>\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n")
        m.attach(n)
    elif kind == 'bounce':
        m = MIMEMultipart('report', report_type='delivery-status')
        m.attach(part("This is the mail system at host mx.teplozhuk-montazh.ru.\n\nI'm sorry to have to inform you that your message could not\n"
                      "be delivered to one or more recipients.\n\n<i.kudryavtsev@teplozhuk-montazh.ru>: host mx.teplozhuk-montazh.ru said:\n"
                      "    550 5.1.1 User unknown\n", charset='us-ascii', cte='quoted-printable'))
        ds = MIMEBase('message', 'delivery-status')
        from email import message_from_string
        ds.set_payload([message_from_string("Reporting-MTA: dns; mx.teplozhuk-montazh.ru\n\n"),
                        message_from_string("Final-Recipient: rfc822; i.kudryavtsev@teplozhuk-montazh.ru\n"
                                            "Action: failed\nStatus: 5.1.1\n\n")])
        m.attach(ds)
        oh = MIMEBase('text', 'rfc822-headers')
        oh.set_payload("From: dispatch@zakazchik-omis.ru\r\nTo: i.kudryavtsev@teplozhuk-montazh.ru\r\n"
                       "Subject: =?utf-8?b?" + base64.b64encode('Заявка 463351 — бригада выехала?'.encode()).decode() + "?=\r\n"
                       "Date: Wed, 11 Nov 2026 09:45:30 +0300\r\n")
        m.attach(oh)
    elif kind == 'ical':
        m = MIMEMultipart('alternative')
        m.attach(part("Мельникова Ирина приняла это приглашение.\n\nСовещание по заявке 463240 (доп. работы)\nЧт 12.11.2026 11:00-12:00\n"))
        cal = ("BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REPLY\n"
               "BEGIN:VEVENT\nATTENDEE;PARTSTAT=ACCEPTED;CN=Ирина Мельникова:mailto:i.melnikova@teplozhuk-montazh.ru\n"
               "ORGANIZER:mailto:dispatch@zakazchik-omis.ru\nDTSTART:20261112T080000Z\nDTEND:20261112T090000Z\n"
               "SUMMARY:Принято: Совещание по заявке 463240 (доп. работы)\nUID:463240-meet-01@zakazchik-omis.ru\n"
               "DTSTAMP:20261108T091000Z\nEND:VEVENT\nEND:VCALENDAR\n")
        m.attach(part(cal, 'calendar', method='REPLY'))
    else:
        body, html = L_['body'], L_['html']
        if body is not None and html is not None:
            m = MIMEMultipart('alternative')
            m.attach(part(body, 'plain', L_['charset'], L_['cte']))
            m.attach(part(html, 'html', L_['charset'], L_['cte']))
        elif html is not None:
            m = part(html, 'html', L_['charset'], L_['cte'])
        else:
            m = part(body, 'plain', L_['charset'], L_['cte'])
        if L_['atts']:
            outer = MIMEMultipart('mixed')
            outer.attach(m)
            for data, mt, st, fn in L_['atts']:
                outer.attach(attach(data, mt, st, fn))
            m = outer
    m['From'] = formataddr((name, addr), charset=hcs)
    m['To'] = TO
    subj = L_['subject']
    if any(ord(c) > 127 for c in subj):
        hd = Header()
        for pre in ('Re: ', 'RE: ', 'FW: ', 'Fwd: '):
            if subj.startswith(pre):
                hd.append(pre.strip(), 'us-ascii')
                subj = subj[len(pre):]
        hd.append(subj, hcs)
        m['Subject'] = hd
    else:
        m['Subject'] = subj
    m['Date'] = format_datetime(L_['date'])
    h = hashlib.md5(f"{i}{L_['subject']}{L_['date']}".encode()).hexdigest()[:12]
    host = 'stt.' + DOM if 'stt' in addr or 'voice' in addr else DOM
    m['Message-ID'] = f"<{L_['date']:%Y%m%d%H%M}.{h}@{host}>"
    if 'MIME-Version' not in m:
        m['MIME-Version'] = '1.0'
    if L_['subject'].lower().startswith(('re:', 'fw', 'fwd')):
        m['In-Reply-To'] = f"<{h[::-1]}@zakazchik-omis.ru>"
    if addr.startswith(('voice', 'robot')):
        m['X-Mailer'] = 'Rechekast-STT/2.4' if 'robot' in addr else 'Asterisk voicemail2mail'
    for k, v in L_['extra'].items():
        m[k] = v
    if kind == 'bounce':
        m['Auto-Submitted'] = 'auto-replied'
    return m

def main():
    for f in os.listdir(LET):
        os.remove(os.path.join(LET, f))
    LETTERS.sort(key=lambda x: x['date'])
    labels = {}
    for i, L_ in enumerate(LETTERS, 1):
        fn = f"{i:03d}.eml"
        with open(os.path.join(LET, fn), 'wb') as f:
            f.write(build(i, L_).as_bytes())
        labels[fn] = L_['label']
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as f:
        json.dump(REG, f, ensure_ascii=False, indent=1)
    print(len(labels), 'letters')

if __name__ == '__main__':
    main()
