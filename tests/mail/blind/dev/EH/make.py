#!/usr/bin/env python3
"""Generator of test letters: persona = industrial climbers crew (ООО «ВертикальПро»)."""
import json, os, datetime
from email.message import Message
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.header import Header
from email.charset import Charset, BASE64, QP
from email.utils import formataddr, format_datetime, make_msgid

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)

TO = 'dispatch@zakazchik-omis.ru'
DISP = ('Диспетчерская ОМИС', TO)
OFF = ('Наталья Громова', 'office@vertikal-pro.ru')
KOCH = ('Сергей Кочетов', 'kochetov.alp@mail.ru')
KOCHW = ('Кочетов Сергей Викторович', 'kochetov@vertikal-pro.ru')
LYK = ('Дмитрий Лыков', 'lykov.d@vertikal-pro.ru')
NEWS = ('ВертикальПро — новости', 'news@vertikal-pro.ru')
DAEMON = ('Mail Delivery System', 'MAILER-DAEMON@vertikal-pro.ru')

REGISTRY = {
    "contractor": {"name": "ООО «ВертикальПро»",
                   "emails": [OFF[1], KOCH[1], KOCHW[1], LYK[1], NEWS[1], DAEMON[1]],
                   "domains": ["vertikal-pro.ru"]},
    "requests": [
        {"number": "332517", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T08:00:00+03:00",
         "comment": "Мойка остекления корпуса А: 1 — северный фасад, 2 — южный, 3 — западный"},
        {"number": "332604", "positions": ["1", "2"], "registered_at": "2026-11-03T09:30:00+03:00",
         "comment": "Удаление наледи с кровли корпуса Б: секции 1 и 2"},
        {"number": "332788", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T10:00:00+03:00",
         "comment": "Ремонт водосточных стояков корпуса В (стояки 1–4)"},
        {"number": "333012", "positions": ["1"], "registered_at": "2026-11-06T11:00:00+03:00",
         "comment": "Мойка фасада стилобата"},
        {"number": "333140", "positions": ["1", "2", "3"], "registered_at": "2026-11-09T08:30:00+03:00",
         "comment": "Удаление сосулек, корпус А: 1 — над центральным входом, 2 — над кафе, 3 — торец"},
        {"number": "333359", "positions": ["1", "2"], "registered_at": "2026-11-10T09:00:00+03:00",
         "comment": "Кровля корпуса В: 1 — водосточный лоток, 2 — ограждение кровли"},
        {"number": "333501", "positions": ["1"], "registered_at": "2026-11-12T09:00:00+03:00",
         "comment": "Водосток над въездом на парковку"},
        {"number": "333777", "positions": ["1", "2"], "registered_at": "2026-11-16T09:00:00+03:00",
         "comment": "Наледь с козырьков входов 1 и 2"},
        {"number": "334026", "positions": ["1", "2", "3"], "registered_at": "2026-11-17T10:00:00+03:00",
         "comment": "Мойка остекления атриума: 1 — восток, 2 — запад, 3 — купол"},
        {"number": "334218", "positions": ["1"], "registered_at": "2026-11-19T08:40:00+03:00",
         "comment": "Срочно: сосульки над главным входом"},
        {"number": "334450", "positions": ["1", "2"], "registered_at": "2026-11-23T10:00:00+03:00",
         "comment": "Прочистка водосточных воронок с обогревом, корпус Б"},
        {"number": "334903", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-24T10:00:00+03:00",
         "comment": "Мойка остекления корпуса Б после снегопада, фасады 1–4"},
    ]}

SIG_OFF = """С уважением,
Наталья Громова
менеджер по работе с заказчиками
ООО «ВертикальПро» (промышленный альпинизм)
ИНН 7727345610 / КПП 772701001
тел. +7 (495) 641-22-90 доб. 104
117218, г. Москва, ул. Кржижановского, д. 29, корп. 5"""
SIG_MAILRU = "\n\n--\nОтправлено из Почты Mail.ru для Android"
SIG_LYK = "\n\nЛыков Д., бригадир\n+7 925 318-44-09"

def cs(name, enc):
    c = Charset(name)
    c.body_encoding = {'b64': BASE64, 'qp': QP, '8bit': None}[enc]
    return c

def k8(t):
    return t.replace('—', '-').replace('–', '-').replace('«', '"').replace('»', '"').replace('№', 'N')

def text_part(body, charset='utf-8', enc='b64', sub='plain'):
    if charset == 'koi8-r':
        body = k8(body)
    return MIMEText(body, sub, cs(charset, enc))

def hdr(msg, sender, subj, date, hcharset='utf-8', to=TO, mid_domain=None):
    msg['From'] = formataddr(sender, charset='utf-8') if hcharset == 'utf-8' else \
        f"{Header(sender[0], hcharset).encode()} <{sender[1]}>"
    msg['To'] = to
    if hcharset == 'koi8-r':
        subj = k8(subj)
    msg['Subject'] = Header(subj, hcharset, header_name='Subject').encode() if any(ord(ch) > 127 for ch in subj) else subj
    dt = datetime.datetime.strptime('2026-' + date, '%Y-%m-%d %H:%M').replace(
        tzinfo=datetime.timezone(datetime.timedelta(hours=3)))
    msg['Date'] = format_datetime(dt)
    msg['Message-ID'] = make_msgid(domain=mid_domain or sender[1].split('@')[1])
    return msg

def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))

def outlook_block(frm, sent, subj, body, to='dispatch@zakazchik-omis.ru'):
    return (f"\n\nОт: {frm}\nОтправлено: {sent}\nКому: {to}\nТема: {subj}\n\n{body}")

LETTERS = []  # (date, sender, subject, builder, label)

def add(date, sender, subj, text=None, label=None, charset='utf-8', enc='b64', kind='plain',
        html=None, hcharset=None, extra=None, builder=None, body=None):
    body = body if body is not None else text
    LETTERS.append(dict(date=date, sender=sender, subj=subj, body=body, label=label, charset=charset,
                        enc=enc, kind=kind, html=html, hcharset=hcharset or charset, extra=extra or {},
                        builder=builder))

def D(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}
def R(note):
    return {"expect": "review", "note": note}
def I(note):
    return {"expect": "ignored", "note": note}

ACC, WAY, ON, LEFT = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'

def table_html(intro, rows, outro, sig):
    tr = ''.join(f'<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>' for a, b, c in rows)
    return (f'<html><body><p>{intro}</p><table border="1" cellpadding="4" cellspacing="0">'
            f'<tr><th>Поз.</th><th>Что сделано</th><th>Статус</th></tr>{tr}</table>'
            f'<p>{outro}</p><p>{sig}</p></body></html>')

# ---------------------------------------------------------------- 332517 мойка корпус А
add('11-02 09:15', OFF, 'Заявка № 332517 — мойка остекления корп. А',
    "Добрый день, Ирина Владимировна!\n\nЗаявку № 332517 на мойку остекления корпуса А приняли в работу.\n"
    "Ответственный производитель работ — Кочетов С.В., тел. +7 916 240-17-83.\n"
    "Наряд-допуск № 418/11 будет оформлен 03.11.2026 до начала работ.\n\n" + SIG_OFF,
    D('332517', [], ACC, 'office accepts; phone and permit number are noise'), charset='windows-1251', enc='qp')
add('11-03 08:40', KOCH, '332517 п.1 сев',
    "выехали на Омегу, будем минут через 40. 4 чел, верёвки 2х50" + SIG_MAILRU,
    D('332517', ['1'], WAY, 'crew travelling, pos 1 in subject'))
add('11-03 09:35', KOCH, 'Re: 332517 п.1 сев',
    "на месте. поднялись на крышу, вешаем верёвки, через 20 мин зависнем" + SIG_MAILRU + "\n\n" +
    quote("выехали на Омегу, будем минут через 40. 4 чел, верёвки 2х50"),
    D('332517', ['1'], ON, 'arrived, quote holds old в пути'))
add('11-03 16:20', KOCH, 'Заявка 332517',
    "Заявка 332517 поз 1 северный фасад — всё помыли, спустились, верёвки сняли, уехали в 16:05.\n"
    "Завтра южный, если ветер даст." + SIG_MAILRU,
    D('332517', ['1'], LEFT, 'pos 1 finished and left; pos 2 only a plan'))
add('11-04 07:50', KOCH, '332517 (2)',
    "Ирина доброе утро. Из-за ветра южный сегодня не начинаем, порывы до 14 м/с на высоте 60 м. Перенос на четверг."
    + SIG_MAILRU,
    R('weather postponement, no status happened'))
add('11-05 07:55', KOCH, '332517-2',
    "Едем на южный фасад, к 8:30 будем" + SIG_MAILRU,
    D('332517', ['2'], WAY, 'position after dash in subject'))
add('11-05 14:50', KOCHW, 'по заявке 332517',
    "Добрый день.\nПо 332517 второй позиции закончили в 14:30, бригада убыла. По заявке остался западный фасад.\n\n"
    "Кочетов С.В.\nООО «ВертикальПро»", D('332517', ['2'], LEFT, 'второй позиции закончили, убыла'),
    charset='windows-1251', enc='b64')
add('11-06 10:05', KOCH, 'Re: по заявке 332517',
    "зависли на западном (п.3), моем, ветер норм" + SIG_MAILRU + "\n\n"
    "06.11.2026, 14:50, Кочетов Сергей Викторович <kochetov@vertikal-pro.ru>:\n" +
    quote("Добрый день.\nПо 332517 второй позиции закончили в 14:30, бригада убыла. По заявке остался западный фасад."),
    D('332517', ['3'], ON, 'зависли = working on site; quote says п.2 убыла (old)'))
add('11-06 17:30', OFF, 'Выполнение работ по заявке № 332517',
    "Уважаемая Ирина Владимировна!\n\nСообщаем, что работы по заявке № 332517 выполнены в полном объёме, "
    "бригада покинула объект 06.11.2026 в 16:40.\nАкт выполненных работ № 2611-07 от 06.11.2026 направим отдельным письмом.\n\n"
    + SIG_OFF, D('332517', [], LEFT, 'whole request finished; act number is noise'), charset='windows-1251', enc='b64')

# ---------------------------------------------------------------- 332604 наледь корп Б
add('11-03 10:12', OFF, 'Заявка 332604 принята', None,
    D('332604', [], ACC, 'HTML-only acceptance'), kind='html',
    html="<html><body><p>Уважаемая Ирина Владимировна!</p><p>Заявка <b>332604</b> (удаление наледи, кровля корпуса Б) принята. "
         "Работы планируем 04.11 с 9:00 при отсутствии осадков. Наряд-допуск № 419/11.</p>"
         "<p>" + SIG_OFF.replace('\n', '<br>') + "</p></body></html>", charset='windows-1251', enc='qp')
add('11-04 08:45', LYK, '332604',
    "Сегодня снег валит, на крышу не выходим. Перенос на 5-е, утром отпишусь." + SIG_LYK,
    R('weather, перенос, no status'), charset='koi8-r', enc='8bit')
add('11-05 09:02', LYK, 'Наледь корп Б (332604)',
    "Бригада на крыше корп. Б с 8:50, секции 1 и 2. Внизу ограждение выставили, двое дежурных на земле. "
    "Охрану предупредили (8-495-720-11-45)." + SIG_LYK,
    D('332604', ['1', '2'], ON, 'на крыше = on site, sections 1 and 2'), charset='koi8-r', enc='b64')
add('11-05 13:40', LYK, '332604 п.1',
    "332604 п.1 готово — наледь и сосульки сняли, снег с территории вывезли. Вторую секцию завтра с утра, сегодня уже темнеть будет." + SIG_LYK,
    D('332604', ['1'], LEFT, 'готово on p.1; p.2 only a plan'), charset='koi8-r', enc='qp')
add('11-06 15:20', LYK, '332604 поз2',
    "поз2 закончили, свернулись, уехали 15:05" + SIG_LYK,
    D('332604', ['2'], LEFT, 'поз2 in subject and body'), charset='koi8-r', enc='8bit')

# ---------------------------------------------------------------- 332788 водостоки корп В
add('11-05 11:30', OFF, 'Обращение 332788',
    "Добрый день!\nВаше обращение № 332788 (ремонт водостоков, корпус В) принято в работу. "
    "Выезд бригады — 06.11, о времени сообщим.\n\n" + SIG_OFF,
    D('332788', [], ACC, 'обращение = request; departure only a plan'), enc='qp')
add('11-06 09:10', KOCH, 'водостоки корп В',
    "выехали на 332788, вышка не нужна, работаем с верёвок. ориентировочно 10:00 будем" + SIG_MAILRU,
    D('332788', [], WAY, 'number in body only'))
add('11-06 10:20', KOCH, '332788',
    "на месте 10:15. машина у шлагбаума, газель А 417 КМ 777, пусть охрана пропустит" + SIG_MAILRU,
    D('332788', [], ON, 'car plate is noise'))
add('11-06 16:00', KOCHW, '332788 водостоки корп В — итог дня', None,
    D('332788', ['1', '2', '3'], LEFT, 'table: 1-3 done, 4 only a plan'), kind='alt',
    body="Добрый день.\nПо заявке 332788:\n1 — заменили колено и 2 хомута — выполнено\n2 — прочистили, герметизировали стык — выполнено\n"
         "3 — заменили звено трубы 3 м — выполнено\n4 — нужна воронка D100, приедем в понедельник\nБригада с объекта уехала в 15:40.\n\nКочетов С.В.",
    html=table_html('Добрый день. По заявке 332788:',
                    [('1', 'заменили колено и 2 хомута', 'выполнено'),
                     ('2', 'прочистили, герметизировали стык', 'выполнено'),
                     ('3', 'заменили звено трубы 3 м', 'выполнено'),
                     ('4', 'нужна воронка D100', 'приедем в понедельник')],
                    'Бригада с объекта уехала в 15:40.', 'Кочетов С.В.'))
add('11-09 12:40', KOCH, 'Re: 332788 водостоки корп В — итог дня',
    "по 4-му стояку воронку поставили, пролили водой — течёт как надо. уехали 12:30" + SIG_MAILRU + "\n\n" +
    quote("Добрый день.\nПо заявке 332788:\n1 — заменили колено и 2 хомута — выполнено\n...\n4 — нужна воронка D100, приедем в понедельник"),
    D('332788', ['4'], LEFT, 'request number only in Re: subject / quote'))

# ---------------------------------------------------------------- 333012 мойка стилобата
add('11-06 12:00', OFF, 'Re: Заявка 333012',
    "Ирина Владимировна, добрый день.\nЗаявка 333012 принята. Оформлен наряд-допуск № 427/11-ВП, "
    "люлька ZLP-630 будет смонтирована перед началом работ.\n\n" + SIG_OFF,
    D('333012', [], ACC, 'permit and cradle model are noise'), charset='windows-1251', enc='qp')
add('11-09 08:20', KOCH, '333012',
    "дождь стеной, мойку переносим на завтра. Ирине позвоню" + SIG_MAILRU,
    R('rain postponement'))
add('11-10 08:05', KOCH, 'стилобат',
    "Выдвигаемся на Профсоюзную 65 стр.1 (333012), к 9 будем" + SIG_MAILRU,
    D('333012', [], WAY, 'number in brackets after address'))
add('11-10 09:10', KOCH, 'Re: стилобат (333012)',
    "на месте, люльку собрали, работаем с люльки" + SIG_MAILRU,
    D('333012', [], ON, 'working from cradle'))
add('11-10 15:45', KOCH, '333012/1',
    "готово. люльку разобрали, спустились, уезжаем" + SIG_MAILRU,
    D('333012', ['1'], LEFT, 'готово + leaving; pos after slash'))

# ---------------------------------------------------------------- 333140 сосульки корп А
add('11-09 10:00', OFF, 'Заявка №333140',
    "Добрый день!\nПодтверждаем получение заявки №333140. Приняли в работу, бригада Лыкова Д. выедет 10.11 в 7:30.\n\n" + SIG_OFF,
    D('333140', [], ACC, 'accepted; departure is planned only'), charset='windows-1251', enc='b64')
add('11-10 07:35', LYK, '333140 едем',
    "Едем на Омегу по 333140, будем 8:10" + SIG_LYK,
    D('333140', [], WAY, 'едем = on the way'), charset='koi8-r', enc='b64')
add('11-10 08:25', OFF, 'Fwd: 333140',
    "Ирина Владимировна, пересылаю сообщение бригадира.\n\n-------- Пересылаемое сообщение --------\n"
    "Тема: 333140\nДата: Tue, 10 Nov 2026 08:17:02 +0300\nОт: Дмитрий Лыков <lykov.d@vertikal-pro.ru>\nКому: office@vertikal-pro.ru\n\n"
    "333140 П1, П2 — на крыше с 8:15, сбиваем сосульки над входом и над кафе. Низ огорожен.\n\n" + SIG_LYK.strip(),
    D('333140', ['1', '2'], ON, 'forwarded crew report counts'))
add('11-10 12:30', LYK, 'Re: 333140 едем',
    "П1 П2 П3 всё сняли. Спустились, уехали." + SIG_LYK + "\n\n" + quote("Едем на Омегу по 333140, будем 8:10"),
    D('333140', ['1', '2', '3'], LEFT, 'Re subject says едем, body says left'), charset='koi8-r', enc='qp')

# ---------------------------------------------------------------- 333359 кровля корп В
add('11-10 11:00', OFF, 'Re: 333359 стоимость',
    "Добрый день. Спасибо, ваше письмо получили. По заявке 333359 стоимость работ согласуем после осмотра, "
    "ориентировочно 48 000 руб. без НДС по договору № 17/2026-ПА.\n\n" + SIG_OFF + "\n\n" +
    outlook_block('Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]', 'вторник, 10 ноября 2026 г. 10:21',
                  '333359 стоимость', "Прошу сообщить стоимость работ по заявке 333359."),
    R('price talk + thanks, no status'), charset='windows-1251', enc='qp')
add('11-11 09:00', OFF, 'Заявка 333359',
    "Заявка 333359 принята. Осмотр кровли и работы — 12.11 с 10:00, бригада Кочетова.\n\n" + SIG_OFF,
    D('333359', [], ACC, 'accepted'), charset='windows-1251', enc='b64')
add('11-12 08:30', KOCH, '333359',
    "ещё не выехали, ждём машину с материалом, задержка где-то на час" + SIG_MAILRU,
    R('negation: not yet departed'))
add('11-12 09:50', KOCH, '333359 в пути',
    "в пути, ~10:40 на месте" + SIG_MAILRU,
    D('333359', [], WAY, 'в пути'))
add('11-12 11:00', KOCHW, 'RE: 333359 в пути',
    "Прибыли в 10:55. Поз 1 и 2 — на крыше.\n\nКочетов С.В." +
    outlook_block('Сергей Кочетов [mailto:kochetov.alp@mail.ru]', 'четверг, 12 ноября 2026 г. 9:50',
                  '333359 в пути', "в пути, ~10:40 на месте"),
    D('333359', ['1', '2'], ON, 'Outlook quote below holds old в пути'), charset='windows-1251', enc='qp')
add('11-12 17:10', KOCH, '333359 итог',
    "п1 лоток отремонтировали, всё. п2 ограждение не успели — нет крепежа М10, завтра докупим" + SIG_MAILRU,
    D('333359', ['1'], LEFT, 'p1 done, p2 only plan'))
add('11-13 13:00', KOCH, '333359 п2',
    "ограждение поставили, сделали. уезжаем" + SIG_MAILRU,
    D('333359', ['2'], LEFT, 'done + leaving'))

# ---------------------------------------------------------------- 333501 водосток парковка
add('11-12 10:30', OFF, 'Заявка 333501 — водосток над парковкой', None,
    D('333501', [], ACC, 'multipart/alternative acceptance'), kind='alt',
    body="Добрый день!\nЗаявка 333501 принята в работу. Выезд — 13.11 утром.\n\n" + SIG_OFF,
    html="<html><body><p>Добрый день!</p><p>Заявка <b>333501</b> принята в работу. Выезд — 13.11 утром.</p><p>"
         + SIG_OFF.replace('\n', '<br>') + "</p></body></html>", charset='windows-1251', enc='qp')
add('11-13 07:40', LYK, '333501',
    "Закончили на Варшавском ш. 118 (другой объект), выезжаем оттуда к вам на 333501, будем примерно через час" + SIG_LYK,
    D('333501', [], WAY, 'leaving FROM another site TO this one = on the way'), charset='koi8-r', enc='b64')
add('11-13 09:05', LYK, 'Прибытие 333501',
    "Прибытие на объект 09:00, заявка 333501." + SIG_LYK,
    D('333501', [], ON, 'noun прибытие'), charset='koi8-r', enc='8bit')
add('11-13 11:55', OFF, 'Fwd: 333501 убытие',
    "Ирина Владимировна, для информации.\n\n---------- Forwarded message ---------\n"
    "От: Дмитрий Лыков <lykov.d@vertikal-pro.ru>\nDate: пт, 13 нояб. 2026 г. в 11:45\nSubject: 333501 убытие\n"
    "To: <office@vertikal-pro.ru>\n\n"
    "333501: убытие 11:40. Водосток над парковкой прочистили, 2 звена трубы заменили (арт. ВС-125/3000).\n",
    D('333501', [], LEFT, 'Gmail-style forward of crew report; article number noise'))

# ---------------------------------------------------------------- 333777 козырьки
add('11-16 10:15', OFF, 'Заявка № 333777',
    "Добрый день!\nЗаявка № 333777 (наледь с козырьков) принята в работу.\nНаряд-допуск № 334310 от 16.11.2026, "
    "ответственный — Лыков Д.А.\n\n" + SIG_OFF,
    D('333777', [], ACC, 'permit number 334310 looks like a request number but is not'), charset='windows-1251', enc='qp')
add('11-17 08:00', LYK, '333777 козырьки',
    "Из-за ветра не начинали. На месте с 7:40, сидим в машине, ждём когда стихнет." + SIG_LYK,
    D('333777', [], ON, 'crew on site though not started'), charset='koi8-r', enc='b64')
add('11-17 11:30', LYK, 'Re: 333777 козырьки',
    "ветер стих. п.1 козырёк над входом 1 очистили, на п.2 опять задуло, перенос" + SIG_LYK,
    D('333777', ['1'], LEFT, 'p1 finished, p2 postponed'), charset='koi8-r', enc='qp')
add('11-18 14:20', LYK, 'Re: 333777 козырьки',
    quote("ветер стих. п.1 козырёк над входом 1 очистили, на п.2 опять задуло, перенос", 'ДЛ> ') + "\n\n"
    "второй козырёк сделали, сняли верёвки, уехали" + SIG_LYK,
    D('333777', ['2'], LEFT, 'reply written under initials-prefixed quote'), charset='koi8-r', enc='b64')

# ---------------------------------------------------------------- 334026 атриум
add('11-17 12:00', OFF, 'Заявка 334026 атриум',
    "Добрый день.\nЗаявку 334026 (мойка остекления атриума) приняли. Работы — в выходные, по согласованию.\n\n" + SIG_OFF,
    D('334026', [], ACC, 'accepted'), charset='koi8-r', enc='qp')
add('11-18 08:30', KOCH, '334026 вопрос',
    "Ирина, по 334026 — атриум изнутри можно мыть в субботу? В будни народ ходит, надо ограждать. Наберите 8 916 240-17-83" + SIG_MAILRU,
    R('question only'))
add('11-21 07:50', KOCH, '334026',
    "выехали" + SIG_MAILRU,
    D('334026', [], WAY, 'number only in subject'))
add('11-21 08:40', KOCH, 'Re: 334026',
    "п1, п2 зависли. П3 (купол) после обеда" + SIG_MAILRU,
    D('334026', ['1', '2'], ON, 'p3 only a plan'))
add('11-21 16:40', OFF, 'FW: 334026 итог',
    "Ирина Владимировна, пересылаю отчёт бригады по атриуму.\n\n" + SIG_OFF + "\n\n"
    "________________________________\nОт: Сергей Кочетов <kochetov.alp@mail.ru>\nОтправлено: 21 ноября 2026 г. 16:25\n"
    "Кому: office@vertikal-pro.ru\nТема: 334026 итог\n\n"
    "все три позиции домыли, купол тоже. бригада убыла 16:20. высота купола 27 м, расход 40 л",
    D('334026', ['1', '2', '3'], LEFT, 'Outlook-style forward of crew report; all three positions'),
    charset='windows-1251', enc='b64')

# ---------------------------------------------------------------- 334218 сосульки главный вход
add('11-19 09:00', OFF, 'СРОЧНО 334218',
    "Заявку 334218 приняли, бригада Лыкова собирается.\n\n" + SIG_OFF,
    D('334218', [], ACC, 'accepted'), charset='windows-1251', enc='qp')
add('11-19 09:40', LYK, '334218 ВЫЕХАЛИ',
    "334218 ВЫЕХАЛИ СРОЧНО, БУДЕМ 10:15" + SIG_LYK,
    D('334218', [], WAY, 'caps'), charset='koi8-r', enc='b64')
add('11-19 10:20', LYK, 'Re: 334218 ВЫЕХАЛИ',
    "Пpибыли, на мeсте, поднимаемся на крышу",  # Latin p and e inside
    D('334218', [], ON, 'Latin look-alike letters; Re subject says выехали'), charset='utf-8', enc='qp')
add('11-19 12:00', LYK, '334218',
    "сасульки над главным сбили, территорию убрали, бригада свабодна" + SIG_LYK,
    D('334218', [], LEFT, 'typos; бригада свободна = finished'), charset='koi8-r', enc='8bit')
add('11-19 15:10', LYK, 'Re: 334218 доступ на кровлю',
    "Спасибо, понял, учтём. Ключ от выхода на кровлю в следующий раз заберу у охраны на посту №2.\n\n" +
    quote("Дмитрий, прошу впредь сдавать ключ от выхода на кровлю на пост охраны.") + SIG_LYK,
    R('acknowledgement of dispatcher message'), charset='koi8-r', enc='qp')

# ---------------------------------------------------------------- 334450 воронки
add('11-23 10:40', OFF, 'Re: Заявка 334450',
    "Принято в работу.\n\n" + SIG_OFF + "\n\n" +
    quote("Добрый день. Направляем заявку 334450: прочистка водосточных воронок с обогревом, корпус Б, поз. 1 и 2.\n"
          "Диспетчерская ОМИС", 'ИМ> '),
    D('334450', [], ACC, 'number only in Re: subject and quote'), charset='windows-1251', enc='b64')
add('11-24 09:00', KOCH, 'Re: Заявка 334450',
    "едем, минут 25" + SIG_MAILRU,
    D('334450', [], WAY, 'number only in Re subject'))
add('11-24 10:00', KOCH, '334450',
    "на месте, начинаем с п.3, воронка у вентшахты" + SIG_MAILRU,
    R('position 3 does not exist in 334450'))
add('11-24 14:00', KOCH, '334450 поз1 поз2',
    "воронки прочистили, кабель обогрева прозвонили — 220 есть. убыли" + SIG_MAILRU,
    D('334450', ['1', '2'], LEFT, 'убыли'))

# ---------------------------------------------------------------- 334903 мойка корп Б
add('11-24 11:00', OFF, 'Заявка № 334903',
    "Добрый день!\nЗаявка № 334903 принята. Наряд-допуск № 512/11 оформим 25.11. Выезд по погоде.\n\n" + SIG_OFF,
    D('334903', [], ACC, 'accepted'), charset='windows-1251', enc='qp')
add('11-25 08:00', LYK, '334903',
    "по 334903 снег с ночи, сегодня не работаем, завтра с утра" + SIG_LYK,
    R('snow, no status'), charset='koi8-r', enc='b64')
add('11-26 08:15', LYK, '334903 п1-п2',
    "едем на корпус Б, будем в 9. начнём с п1 и п2" + SIG_LYK,
    D('334903', ['1', '2'], WAY, 'positions in subject'), charset='koi8-r', enc='qp')
add('11-26 09:10', LYK, 'Re: 334903 п1-п2',
    "п.1, п.2 — на объекте, вешаемся" + SIG_LYK,
    D('334903', ['1', '2'], ON, 'на объекте'), charset='koi8-r', enc='b64')
add('11-26 15:00', LYK, '334903',
    "по 334903: п.1 домыли, п.2 ещё висим, п.3 и п.4 завтра" + SIG_LYK,
    R('different statuses for p1 (done) and p2 (still on site)'), charset='koi8-r', enc='8bit')
add('11-27 16:00', LYK, '334903 2,3,4',
    "готово, сняли верёвки, уехали" + SIG_LYK,
    D('334903', ['2', '3', '4'], LEFT, 'positions as list in subject'), charset='koi8-r', enc='qp')

# ---------------------------------------------------------------- misc review
add('11-18 09:30', KOCH, 'две бригады',
    "по 333777 и 334026 — обе бригады на месте, работаем" + SIG_MAILRU,
    R('two requests in one letter'))
add('11-20 08:50', KOCH, '334112 выехали',
    "выехали, будем в 9:30" + SIG_MAILRU,
    R('334112 is not in the registry'))
add('11-20 13:10', KOCH, 'Омега',
    "Выехали на Омегу, будем через 20 минут, 3 чел" + SIG_MAILRU,
    R('no request number'))
add('11-20 15:00', OFF, 'Акт по заявке 332517',
    "Ирина Владимировна, добрый день.\nАкт № 2611-07 по заявке 332517 до сих пор не подписан, прошу ускорить — "
    "без него бухгалтерия не проводит оплату по счёту № 884 от 09.11.2026.\n\n" + SIG_OFF,
    R('complaint about act/payment'), charset='windows-1251', enc='qp')
add('11-25 09:30', KOCHW, 'RE: 334450 замечание',
    "Добрый день. С замечанием не согласны: обогрев воронок был исправен на момент сдачи, "
    "замер 0,4 Ом приложен в акте. Предлагаю совместный осмотр.\n\nКочетов С.В." +
    outlook_block('Диспетчерская ОМИС', 'среда, 25 ноября 2026 г. 8:40', '334450 замечание',
                  "Обогрев воронки поз. 2 не работает, прошу устранить."),
    R('dispute about quality, no status'), charset='windows-1251', enc='b64')

# ---------------------------------------------------------------- ignored
def ooo(m):
    m['Auto-Submitted'] = 'auto-replied'
    m['X-Autoreply'] = 'yes'
add('11-27 16:02', OFF, 'Автоответ: 334903 2,3,4',
    "Здравствуйте! Я нахожусь в отпуске с 27.11 по 04.12.2026. По срочным вопросам — Кочетов С.В., +7 916 240-17-83.\n"
    "Наталья Громова", I('out-of-office auto-reply'), charset='windows-1251', enc='qp', extra={'hook': ooo})
add('11-10 18:00', LYK, 'Автоматический ответ: 333140',
    "Спасибо за письмо. Я на объекте без связи до 19:00, отвечу позже.\nЛыков Д.",
    I('auto-reply'), charset='koi8-r', enc='b64', extra={'hook': ooo})
add('11-17 08:02', DAEMON, 'Undelivered Mail Returned to Sender', None,
    I('bounce (delivery failure)'), kind='bounce')
add('11-10 15:50', KOCH, 'Прочитано: Re: 333012', None,
    I('read receipt (MDN)'), kind='mdn')
add('11-16 12:00', NEWS, 'Зимнее предложение: мойка фасадов со скидкой 15%', None,
    I('bulk marketing mail'), kind='news')
add('11-24 12:30', OFF, 'Принято: Осмотр кровли корп. Б (334903)', None,
    I('calendar accept generated by client'), kind='cal')


def build(e):
    k = e['kind']
    if k == 'plain':
        m = text_part(e['body'], e['charset'], e['enc'])
    elif k == 'html':
        m = text_part(e['html'], e['charset'], e['enc'], 'html')
    elif k == 'alt':
        m = MIMEMultipart('alternative')
        m.attach(text_part(e['body'], e['charset'], e['enc']))
        m.attach(text_part(e['html'], e['charset'], e['enc'], 'html'))
    elif k == 'bounce':
        m = MIMEMultipart('report', report_type='delivery-status')
        m.attach(MIMEText("This is the mail system at host mx.vertikal-pro.ru.\n\nI'm sorry to have to inform you that your message could not\n"
                          "be delivered to one or more recipients.\n\n<lykov.dm@vertikal-pro.ru>: User unknown in local recipient table\n", 'plain', 'us-ascii'))
        ds = MIMEBase('message', 'delivery-status')
        b1 = Message(); b1['Reporting-MTA'] = 'dns; mx.vertikal-pro.ru'
        b1['Arrival-Date'] = 'Tue, 17 Nov 2026 08:01:41 +0300'
        b2 = Message(); b2['Final-Recipient'] = 'rfc822; lykov.dm@vertikal-pro.ru'
        b2['Action'] = 'failed'; b2['Status'] = '5.1.1'
        b2['Diagnostic-Code'] = 'smtp; 550 5.1.1 User unknown'
        ds.set_payload([b1, b2])
        m.attach(ds)
        orig = MIMEText("Дмитрий, по заявке 333777 прошу сообщить, когда бригада будет на месте.\nДиспетчерская ОМИС", 'plain', 'utf-8')
        orig['From'] = formataddr(DISP, charset='utf-8'); orig['To'] = 'lykov.dm@vertikal-pro.ru'
        orig['Subject'] = Header('333777 козырьки', 'utf-8').encode()
        orig['Date'] = 'Tue, 17 Nov 2026 08:01:40 +0300'
        wrap = MIMEBase('message', 'rfc822'); wrap.attach(orig)
        m.attach(wrap)
    elif k == 'mdn':
        m = MIMEMultipart('report', report_type='disposition-notification')
        m.attach(MIMEText("Ваше сообщение\n\n  Кому: kochetov.alp@mail.ru\n  Тема: Re: 333012\n\nбыло прочитано 10.11.2026 15:50.", 'plain', 'utf-8'))
        dn = MIMEBase('message', 'disposition-notification')
        dn.set_payload("Reporting-UA: mail.ru; Android\nFinal-Recipient: rfc822; kochetov.alp@mail.ru\n"
                       "Disposition: manual-action/MDN-sent-manually; displayed\n")
        m.attach(dn)
    elif k == 'news':
        m = MIMEMultipart('alternative')
        t = ("Зима близко! Сосульки и наледь — ответственность собственника.\nДо 31.12.2026 мойка фасадов и остекления со скидкой 15%.\n"
             "Звоните: +7 (495) 641-22-90\nОтписаться: https://vertikal-pro.ru/unsubscribe?id=332771")
        m.attach(text_part(t, 'utf-8', 'qp'))
        m.attach(text_part('<html><body><h2>Зима близко!</h2><p>' + t.replace('\n', '<br>') + '</p></body></html>', 'utf-8', 'qp', 'html'))
        m['List-Unsubscribe'] = '<https://vertikal-pro.ru/unsubscribe?id=332771>'
        m['Precedence'] = 'bulk'
        m['List-Id'] = '<clients.vertikal-pro.ru>'
    elif k == 'cal':
        m = MIMEMultipart('alternative')
        m.attach(text_part("Наталья Громова приняла это приглашение.\nОсмотр кровли корп. Б (334903)\n26.11.2026 10:00–11:00", 'utf-8', 'qp'))
        ics = ("BEGIN:VCALENDAR\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
               "ATTENDEE;PARTSTAT=ACCEPTED;CN=Наталья Громова:mailto:office@vertikal-pro.ru\r\n"
               "SUMMARY;LANGUAGE=ru-RU:Принято: Осмотр кровли корп. Б (334903)\r\n"
               "DTSTART;TZID=Russian Standard Time:20261126T100000\r\nDTEND;TZID=Russian Standard Time:20261126T110000\r\n"
               "UID:040000008200E00074C5B7101A82E0080000000034903\r\nORGANIZER:mailto:dispatch@zakazchik-omis.ru\r\n"
               "END:VEVENT\r\nEND:VCALENDAR\r\n")
        c = MIMEText(ics, 'calendar', cs('utf-8', 'b64'))
        c.set_param('method', 'REPLY')
        m.attach(c)
    hdr(m, e['sender'], e['subj'], e['date'], e['hcharset'] if e['hcharset'] in ('utf-8', 'koi8-r', 'windows-1251') else 'utf-8')
    if k == 'plain' and 'Отправлено из Почты Mail.ru' in (e['body'] or ''):
        m['X-Mailer'] = 'Mail.Ru Mailer Android'
    if e['sender'] == LYK and k == 'plain':
        m['X-Mailer'] = 'The Bat! (v9.4.2) Professional'
    if e['sender'] in (OFF, KOCHW) and k in ('plain', 'html', 'alt'):
        m['X-Mailer'] = 'Microsoft Outlook 16.0'
    if e['subj'].lower().startswith(('re:', 'автоответ', 'автоматический')):
        m['In-Reply-To'] = make_msgid(domain='zakazchik-omis.ru')
    if k == 'mdn':
        m['Auto-Submitted'] = 'auto-replied'
    if k == 'bounce':
        m['Auto-Submitted'] = 'auto-replied'
    hook = e['extra'].get('hook')
    if hook:
        hook(m)
    return m

# sort chronologically, number files
LETTERS.sort(key=lambda e: e['date'])
for f in os.listdir(LET):
    os.remove(os.path.join(LET, f))
labels = {}
for i, e in enumerate(LETTERS, 1):
    name = f'{i:03d}.eml'
    m = build(e)
    with open(os.path.join(LET, name), 'wb') as fh:
        fh.write(m.as_bytes())
    labels[name] = e['label']
with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as fh:
    json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
print(len(LETTERS), 'letters')
