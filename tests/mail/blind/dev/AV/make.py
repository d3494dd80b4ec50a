#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona ИП Мельников «ЧистыйВоздух» (Тюмень, +0500).

Writes letters/NNN.eml, labels.json, registry.json into the folder of this script.
Letters are numbered in chronological order of their Date header.
"""
import base64
import io
import json
import os
import quopri
import hashlib
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.message import MIMEMessage
from email.utils import format_datetime
import email

OUT = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=5))          # Тюмень
DISPATCH = 'dispatch@zakazchik-omis.ru'
DISPATCH_NAME = 'Диспетчерская ОМИС'

IGOR = ('Игорь Мельников', 'igor@chistyvozduh72.ru')
OLGA = ('Мельникова Ольга', 'buh@chistyvozduh72.ru')
BRIG = ('ЧистыйВоздух Бригада', 'chistyvozduh.brigada@gmail.com')
NEWS = ('ЧистыйВоздух', 'news@chistyvozduh72.ru')
DAEMON = ('Mail Delivery Subsystem', 'mailer-daemon@chistyvozduh72.ru')

# ----------------------------------------------------------------- registry
REGISTRY = {
    "contractor": {
        "name": "ИП Мельников Игорь Валерьевич («ЧистыйВоздух»)",
        "emails": ["igor@chistyvozduh72.ru", "buh@chistyvozduh72.ru",
                   "chistyvozduh.brigada@gmail.com", "news@chistyvozduh72.ru",
                   "mailer-daemon@chistyvozduh72.ru"],
        "domains": ["chistyvozduh72.ru"],
    },
    "requests": [
        {"number": "78014", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T09:00:00+03:00",
         "comment": "ГБУЗ ТО «ОКБ №2», пищеблок, ул. Мельникайте, 75: 1 – зонты горячего цеха, 2 – вытяжной воздуховод, 3 – приточная установка пищеблока"},
        {"number": "78027", "positions": ["1", "2"], "registered_at": "2026-11-03T10:30:00+03:00",
         "comment": "МАОУ СОШ №41, столовая: 1 – вытяжка над плитами, 2 – вытяжка моечной"},
        {"number": "78033", "positions": ["1"], "registered_at": "2026-11-03T14:00:00+03:00",
         "comment": "ГАУЗ ТО «Детская городская поликлиника №3», ул. Республики, 148: вентиляция процедурного кабинета"},
        {"number": "78105", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T11:00:00+03:00",
         "comment": "Комбинат питания «Сибирь», ул. 30 лет Победы, 38: 1 – зонты, 2 – воздуховоды, 3 – жироулавливающие фильтры, 4 – крышный вентилятор"},
        {"number": "78112", "positions": ["1", "2"], "registered_at": "2026-11-06T10:00:00+03:00",
         "comment": "МАОУ СОШ №88, пищеблок: 1 – горячий цех, 2 – заготовочный цех"},
        {"number": "78240", "positions": ["1", "2", "3"], "registered_at": "2026-11-09T08:30:00+03:00",
         "comment": "Перинатальный центр, ул. Даудельная, 1: 1 – вентиляция родзала, 2 – операционный блок, 3 – пищеблок"},
        {"number": "78256", "positions": ["1"], "registered_at": "2026-11-10T09:15:00+03:00",
         "comment": "МАОУ гимназия №21, столовая: вытяжной зонт и короб"},
        {"number": "78309", "positions": ["1", "2"], "registered_at": "2026-11-11T10:00:00+03:00",
         "comment": "ГБУЗ ТО «Городская поликлиника №5», ул. Холодильная, 136: 1 – регистратура/холл, 2 – лаборатория"},
        {"number": "78311", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T11:20:00+03:00",
         "comment": "МАОУ лицей №81, столовая: 1 – горячий цех, 2 – раздача, 3 – моечная"},
        {"number": "78420", "positions": ["1", "2"], "registered_at": "2026-11-16T09:00:00+03:00",
         "comment": "ГБУЗ ТО «ОКБ №1», пищеблок корпуса 3: 1 – зонты и фильтры, 2 – воздуховоды до шахты"},
        {"number": "78507", "positions": ["1"], "registered_at": "2026-11-17T10:00:00+03:00",
         "comment": "МАОУ СОШ №5, столовая: зонт и воздуховод до шахты"},
        {"number": "78633", "positions": ["01", "02", "03"], "registered_at": "2026-11-19T09:30:00+03:00",
         "comment": "ГБУЗ ТО «Родильный дом №2», пищеблок: 01 – зонты, 02 – воздуховоды, 03 – вытяжной вентилятор (демонтаж)"},
        {"number": "78718", "positions": ["1", "2"], "registered_at": "2026-11-23T10:00:00+03:00",
         "comment": "Кадетская школа, столовая: 1 – горячий цех, 2 – моечная"},
    ],
}

# ----------------------------------------------------------------- helpers

def ew(s, cs='utf-8', enc='B'):
    """RFC 2047 encode a header value (folded into several encoded words)."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        pass
    words, chunk = [], ''
    limit = 39 if enc == 'B' else 22
    for ch in s:
        if len((chunk + ch).encode(cs)) > limit:
            words.append(chunk)
            chunk = ''
        chunk += ch
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(cs)
        if enc == 'B':
            out.append('=?%s?B?%s?=' % (cs, base64.b64encode(raw).decode('ascii')))
        else:
            q = ''
            for b in raw:
                c = chr(b)
                if c.isascii() and c.isalnum():
                    q += c
                elif c == ' ':
                    q += '_'
                else:
                    q += '=%02X' % b
            out.append('=?%s?Q?%s?=' % (cs, q))
    return '\n '.join(out)


def addr(who, cs='utf-8', enc='B'):
    name, a = who
    return '%s <%s>' % (ew(name, cs, enc) if not name.isascii() else '"%s"' % name, a)


def part(text, subtype='plain', cs='utf-8', cte='base64', extra=None):
    p = MIMENonMultipart('text', subtype, charset=cs)
    del p['MIME-Version']
    raw = text.encode(cs)
    if cte == 'base64':
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
    elif cte == 'quoted-printable':
        p.set_payload(quopri.encodestring(raw).decode('ascii'))
    else:  # 8bit
        p.set_payload(raw.decode('ascii', 'surrogateescape'))
    p['Content-Transfer-Encoding'] = cte
    for k, v in (extra or {}).items():
        p[k] = v
    return p


def alt(text, html, cs='utf-8', cte='base64', boundary=None):
    m = MIMEMultipart('alternative', boundary=boundary)
    del m['MIME-Version']
    m.attach(part(text, 'plain', cs, cte))
    m.attach(part(html, 'html', cs, cte))
    return m


def flat(msgobj):
    fp = io.BytesIO()
    BytesGenerator(fp, mangle_from_=False, maxheaderlen=0).flatten(msgobj)
    return fp.getvalue()


def dt(day, hh, mm, ss=0):
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=TZ)


def mid(kind, d, seed):
    h = hashlib.sha1(('%s|%s|%s' % (kind, d.isoformat(), seed)).encode()).hexdigest()
    if kind == 'gmail':
        return '<CAH%s+%s@mail.gmail.com>' % (h[:20], h[20:34])
    if kind == 'yandex':
        return '<%d%s@mail.yandex.ru>' % (int(h[:6], 16), d.strftime('%H%M%S'))
    if kind == 'outlook':
        return '<000%s$%s$%s@chistyvozduh72.ru>' % (h[:9], h[9:17], h[17:25])
    if kind == 'thebat':
        return '<%d.%s@chistyvozduh72.ru>' % (int(h[:8], 16) % 10**9, d.strftime('%Y%m%d%H%M%S'))
    return '<%s.%s@chistyvozduh72.ru>' % (h[:16], d.strftime('%Y%m%d%H%M%S'))


def html_of(text, gmail=False):
    import html as H
    lines = []
    for ln in text.split('\n'):
        lines.append('<div>%s</div>' % (H.escape(ln) if ln.strip() else '<br>'))
    body = '\n'.join(lines)
    if gmail:
        return '<div dir="ltr">%s</div>\n' % body
    return '<html><body>%s</body></html>\n' % body


LETTERS = []


def add(d, headers, body, label, kind='other'):
    """headers: list of (name, value) already ASCII; body: Message part."""
    seed = len(LETTERS)
    hdr = []
    have = {k.lower() for k, _ in headers}
    for k, v in headers:
        hdr.append('%s: %s' % (k, v))
    if 'date' not in have:
        hdr.insert(0, 'Date: %s' % format_datetime(d))
    if 'message-id' not in have:
        hdr.append('Message-ID: %s' % mid(kind, d, seed))
    hdr.append('MIME-Version: 1.0')
    raw = ('\n'.join(hdr) + '\n').encode('ascii') + flat(body)
    LETTERS.append((d, raw, label))


def std_headers(who, subject, d, cs='utf-8', enc='B', to=None, extra=()):
    h = [('From', addr(who, cs, enc)),
         ('To', to or addr((DISPATCH_NAME, DISPATCH), cs, enc)),
         ('Subject', ew(subject, cs, enc)),
         ('Date', format_datetime(d))]
    h.extend(extra)
    return h


def lbl(expect, request=None, positions=None, status=None, note=''):
    d = {'expect': expect}
    if expect == 'decided':
        d.update(request=request, positions=positions, status=status)
    d['note'] = note
    return d


YA_SIG = '\n\n-- \nОтправлено из мобильной Яндекс Почты'
IGOR_SIG = '\n\n--\nС уважением,\nИгорь Мельников\nИП Мельников "ЧистыйВоздух"\nт. +7 912 392-14-07'
OLGA_SIG = ('\n\nС уважением,\nОльга Мельникова\nбухгалтер ИП Мельников И.В. «ЧистыйВоздух»\n'
            'ИНН 720317045582, ОГРНИП 319723200047811\n'
            '625048, г. Тюмень, ул. Широтная, 104, оф. 12\nтел. +7 (3452) 69-41-25')


def yandex(who, subject, d, text, label, html=False, extra=(), sig=True, to=None):
    t = text + (YA_SIG if sig else '')
    body = part(html_of(t) if html else t, 'html' if html else 'plain', 'utf-8', 'base64')
    h = std_headers(who, subject, d, 'utf-8', 'B', to=to,
                    extra=[('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')] + list(extra))
    add(d, h, body, label, 'yandex')


def gmail(subject, d, text, label, extra=(), cte='base64', html_text=None):
    b = '0000000000%s' % hashlib.md5((subject + str(d)).encode()).hexdigest()[:18]
    body = alt(text, html_text or html_of(text, gmail=True), 'UTF-8', cte, boundary=b)
    h = [('From', addr(BRIG)), ('Date', format_datetime(d)),
         ('Subject', ew(subject) if subject else ''),
         ('To', DISPATCH)] + list(extra)
    add(d, h, body, label, 'gmail')


def outlook(who, subject, d, text, label, html=None, cte='quoted-printable', extra=(), cs='windows-1251'):
    if html is None:
        body = part(text, 'plain', cs, cte)
    else:
        b = '----=_NextPart_000_%04X_01DB%s' % (d.day * 37 + d.hour, d.strftime('%H%M.%S3E1B20').replace('.', 'A'))
        body = alt(text, html, cs, cte, boundary=b)
    h = std_headers(who, subject, d, cs, 'B', extra=[
        ('X-Mailer', 'Microsoft Outlook 16.0'),
        ('Thread-Index', 'AdtP%s' % base64.b64encode(subject.encode('utf-8')[:12]).decode()[:16]),
        ('Content-Language', 'ru')] + list(extra))
    add(d, h, body, label, 'outlook')


def thebat(subject, d, text, label, extra=(), body=None):
    if body is None:
        body = part(text, 'plain', 'koi8-r', '8bit')
    h = std_headers(IGOR, subject, d, 'koi8-r', 'Q', extra=[
        ('X-Mailer', 'The Bat! (v10.5.3) Professional'),
        ('Reply-To', addr(IGOR, 'koi8-r'))] + list(extra))
    add(d, h, body, label, 'thebat')


# ================================================================= LETTERS
# ---------------------------------------------------------------- 78014
outlook(OLGA, 'RE: Заявка № 78014 — ОКБ №2, пищеблок: чистка вытяжной вентиляции', dt(2, 12, 14),
        'Добрый день!\n\n'
        'Заявку № 78014 от 02.11.2026 получили и приняли в работу.\n'
        'Выход бригады планируем на 03.11.2026 с 08:00 (время тюменское). Просим заранее '
        'предупредить пищеблок, чтобы к этому времени плиты были выключены и остыли.'
        + OLGA_SIG +
        '\n\nОт: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\n'
        'Отправлено: 2 ноября 2026 г. 11:05\n'
        'Кому: buh@chistyvozduh72.ru; igor@chistyvozduh72.ru\n'
        'Тема: Заявка № 78014 — ОКБ №2, пищеблок: чистка вытяжной вентиляции\n\n'
        'Здравствуйте!\n'
        'Направляем заявку № 78014. Объект: ГБУЗ ТО «ОКБ №2», пищеблок, ул. Мельникайте, 75.\n'
        'Позиции: 1 — зонты горячего цеха; 2 — вытяжной воздуховод; 3 — приточная установка.\n'
        'Просим подтвердить принятие заявки и сообщить дату выезда.\n\n'
        'Диспетчерская служба ОМИС\n',
        lbl('decided', '78014', [], 'заявка принята',
            'formal acceptance by Olga; plan of visit on 03.11 is extra; quoted dispatcher text lists positions but new text names none'),
        html='<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body lang=RU>'
             '<p class=MsoNormal>Добрый день!</p><p class=MsoNormal>Заявку № 78014 от 02.11.2026 получили и приняли в работу.<br>'
             'Выход бригады планируем на 03.11.2026 с 08:00 (время тюменское). Просим заранее предупредить пищеблок, '
             'чтобы к этому времени плиты были выключены и остыли.</p>'
             '<p class=MsoNormal>С уважением,<br>Ольга Мельникова<br>бухгалтер ИП Мельников И.В. «ЧистыйВоздух»<br>'
             'ИНН 720317045582, ОГРНИП 319723200047811<br>625048, г. Тюмень, ул. Широтная, 104, оф. 12<br>тел. +7 (3452) 69-41-25</p>'
             '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class=MsoNormal>'
             '<b>От:</b> Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]<br><b>Отправлено:</b> 2 ноября 2026 г. 11:05<br>'
             '<b>Кому:</b> buh@chistyvozduh72.ru; igor@chistyvozduh72.ru<br>'
             '<b>Тема:</b> Заявка № 78014 — ОКБ №2, пищеблок: чистка вытяжной вентиляции</p></div>'
             '<p class=MsoNormal>Здравствуйте!<br>Направляем заявку № 78014. Объект: ГБУЗ ТО «ОКБ №2», пищеблок, ул. Мельникайте, 75.<br>'
             'Позиции: 1 — зонты горячего цеха; 2 — вытяжной воздуховод; 3 — приточная установка.<br>'
             'Просим подтвердить принятие заявки и сообщить дату выезда.</p><p class=MsoNormal>Диспетчерская служба ОМИС</p></body></html>\n')

yandex(IGOR, '78014 выезд', dt(3, 7, 48),
       'Доброе утро выехали на областную больницу по заявке 78014 ребята Саша и Дима газель белая номер '
       'А 417 КХ 72 будут минут через 40 с учётом пробок на Мельникайте пропуск на машину пожалуйста '
       'продублируйте на КПП спасибо',
       lbl('decided', '78014', [], 'подрядчик в пути',
           'dictated on phone, no punctuation; crew left and will arrive in ~40 min; car plate is not a number'))

yandex(IGOR, 'Re: 78014 выезд', dt(3, 8, 41),
       'Вот от Саши только что пришло:\n\n'
       '[08:37] Саша: Мы на месте, на пищеблоке. Завпроизводством показала зонты, начинаем с них. Плиты холодные норм\n\n'
       'Игорь\n\n'
       '03.11.2026, 07:48, "Игорь Мельников" <igor@chistyvozduh72.ru>:\n'
       '> Доброе утро выехали на областную больницу по заявке 78014 ребята Саша и Дима газель белая номер\n'
       '> А 417 КХ 72 будут минут через 40',
       lbl('decided', '78014', [], 'подрядчик на месте',
           'pasted crew message: on site; subject/quote still say выезд (old status); number only in subject and quote'),
       extra=[('In-Reply-To', '<4821721780000@mail.yandex.ru>')])

gmail('78014 п1 п2', dt(3, 15, 20),
      'по 78014 п.1 и п.2 всё. зонты отмыли, воздуховод прошли ершом до крыши, жиру было жесть, 6 мешков вынесли\n'
      'п.3 приточка завтра не, 4е праздник, значит 5го. фильтры G4 592х592 надо докупить, Игорь в курсе\n'
      'всё, свалили',
      lbl('decided', '78014', ['1', '2'], 'подрядчик убыл',
          'Sasha slang: positions 1 and 2 finished and crew left; position 3 only planned for 05.11'))

thebat('78014 поз.3', dt(5, 10, 2),
       'Добрый день.\n\n'
       'По заявке 78014, позиция 3 (приточная установка ПВУ-3500 на пищеблоке) -\n'
       'бригада на месте с 09:30, фильтры привезли, меняют, дальше чистка\n'
       'секции нагревателя.\n' + IGOR_SIG + '\n',
       lbl('decided', '78014', ['3'], 'подрядчик на месте', 'KOI8-R 8bit from The Bat!; ПВУ-3500 is a model, not a number'))

yandex(IGOR, '78014 поз 3 итог', dt(5, 13, 55),
       'Переслано из Telegram\n\n'
       'Дима Копылов, [05.11.2026 13:10]\n'
       'П3 закончили. фильтры поменяли, секцию промыли, запустили, установка работает, шума нет\n\n'
       'Дима Копылов, [05.11.2026 13:42]\n'
       'всё собрали, мусор вынесли, уехали\n\n'
       'Это по больнице 78014. Акт Ольга подготовит сегодня',
       lbl('decided', '78014', ['3'], 'подрядчик убыл', 'Telegram messages pasted; latest event: left after finishing П3'))

# ---------------------------------------------------------------- 78027
yandex(IGOR, 'Школа 41 — заявка 78027', dt(3, 13, 5),
       'Здравствуйте! Заявку 78027 по 41-й школе взяли в работу. Делать будем в субботу 7-го когда столовая '
       'не работает, в будни там дети с 8 утра и нормально не развернёшься. Если школа против сообщите '
       'пожалуйста до пятницы\nИгорь Мельников',
       lbl('decided', '78027', [], 'заявка принята', 'accepted, visit planned for Saturday'))

yandex(IGOR, 'по 78027 вопрос', dt(6, 9, 20),
       'Подскажите пожалуйста по 78027 школа 41 в субботу кто нам откроет? Охранник в прошлый раз сказал что '
       'без письма от директора не пустит. Дайте телефон завхоза или пусть школа напишет на вахту. Мы готовы к 8 утра\nИгорь',
       lbl('review', note='question about access, no status reported'))

gmail('школа 41 заявка 78027', dt(7, 8, 10),
      'едем, минут 20. завхоз на связи, откроет',
      lbl('decided', '78027', [], 'подрядчик в пути', 'travelling now, 20 minutes'))

gmail('Re: школа 41 заявка 78027', dt(7, 8, 35),
      'на месте, разгружаемся\n\n'
      'сб, 7 нояб. 2026 г. в 08:10, ЧистыйВоздух Бригада <chistyvozduh.brigada@gmail.com>:\n\n'
      '> едем, минут 20. завхоз на связи, откроет\n',
      lbl('decided', '78027', [], 'подрядчик на месте', 'reply over own earlier «едем»; quote is history'),
      cte='quoted-printable')

yandex(IGOR, '78027 школа 41 итог дня', dt(7, 16, 40),
       'Пересылаю что ребята в чате писали, по школе 41 заявка 78027:\n\n'
       '[12:15] Саша: над плитами закончили, жир отбили, зонты блестят\n'
       '[14:02] Саша: моечную начали\n'
       '[15:50] Саша: моечную тоже всё, убираемся\n'
       '[16:25] Саша: всё, свалили. завхоз подписал лист\n\n'
       'Ребята молодцы, с 8 утра без перерыва!\nИгорь',
       lbl('decided', '78027', [], 'подрядчик убыл',
           'several crew messages; latest: crew left (all work done); positions described by words only'))

# ---------------------------------------------------------------- 78033
outlook(OLGA, 'Заявка № 78033 – Детская поликлиника №3', dt(5, 9, 10),
        'Добрый день!\n\n'
        'Настоящим подтверждаем, что заявка № 78033 (ГАУЗ ТО «Детская городская поликлиника №3», очистка '
        'вентиляции процедурного кабинета) принята к исполнению.\n'
        'Работы планируем выполнить 06.11.2026 после 18:00, по окончании приёма пациентов. Контактное лицо '
        'на объекте просим сообщить по тел. +7 (3452) 69-41-25.' + OLGA_SIG + '\n',
        lbl('decided', '78033', [], 'заявка принята', 'formal acceptance, windows-1251 QP; phone number is noise'))

yandex(IGOR, 'детская поликлиника', dt(6, 17, 52),
       'Едем на детскую поликлинику по 78033 будем к 18:00 как договаривались я сам с ребятами за рулём '
       'поэтому пишу голосом извините за ошибки',
       lbl('decided', '78033', [], 'подрядчик в пути', 'dictated while driving'))

yandex(IGOR, 'Детская поликлиника №3, ул. Республики, 148 (78033) — готово', dt(6, 21, 30),
       'Отработали процедурный кабинет, решётки сняли, воздуховод почистили, всё собрали обратно. '
       'Старшая медсестра приняла, уехали в 21:15.\nФото до/после пришлю завтра.\n--\nИгорь Мельников',
       lbl('decided', '78033', [], 'подрядчик убыл',
           'HTML-only; number in brackets after address in subject; house number 148 and clinic №3 are noise'),
       html=True)

# ---------------------------------------------------------------- 78105
thebat('Заявка 78105 комбинат Сибирь', dt(5, 14, 20),
       'Здравствуйте, уважаемые диспетчеры!\n\n'
       'Заявку 78105 принял, в работу взяли. Объём там приличный, 4 позиции,\n'
       'поэтому разобьём на два захода: сначала 1 и 2, потом 3 и 4 с крышей.\n'
       'Даты сообщу дополнительно.\n\n'
       'Вы писали 5 ноября 2026 г., 13:02:\n\n'
       'ДО> Направляем заявку 78105. Объект: ООО "Комбинат питания "Сибирь"",\n'
       'ДО> ул. 30 лет Победы, 38, столовая. Позиции: 1 - зонты горячего цеха;\n'
       'ДО> 2 - воздуховоды; 3 - жироулавливающие фильтры; 4 - крышный вентилятор.\n'
       'ДО> Просим подтвердить принятие и сообщить о выезде бригады.\n' + IGOR_SIG + '\n',
       lbl('decided', '78105', [], 'заявка принята', 'accepted whole request; The Bat! initials quote (ДО>) with «выезде» is history'))

gmail('78105 п1 п2', dt(9, 6, 55),
      'едем на сибирь, по 1 и 2 позиции. будем к 7:30',
      lbl('decided', '78105', ['1', '2'], 'подрядчик в пути', 'on the way for positions 1 and 2'))

yandex(IGOR, '78105 (1,2)', dt(9, 7, 40),
       '[07:31] Рустам: на объекте. поз 1 и 2 начали, зонты сняли\n\nЭто по заявке 78105 комбинат Сибирь. Игорь',
       lbl('decided', '78105', ['1', '2'], 'подрядчик на месте', 'pasted crew message; positions in brackets in subject'))

_tbl_rows = [('1', 'Зонты горячего цеха', 'выполнено, бригада убыла', '14:50'),
             ('2', 'Воздуховоды горячего цеха', 'выполнено, бригада убыла', '15:10'),
             ('3', 'Жироулавливающие фильтры', 'запланировано на 12.11.2026', '—'),
             ('4', 'Крышный вентилятор ВКР-5,0', 'запланировано на 12.11.2026', '—')]
_txt = ('Добрый день!\n\nНаправляем информацию о ходе работ по заявке № 78105 (Комбинат питания «Сибирь») '
        'на 09.11.2026:\n\n' + '\n'.join('Поз. %s | %s | %s | %s' % r for r in _tbl_rows) + OLGA_SIG + '\n')
_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body lang=RU>'
         '<p>Добрый день!</p><p>Направляем информацию о ходе работ по заявке № 78105 (Комбинат питания «Сибирь») на 09.11.2026:</p>'
         '<table border=1 cellspacing=0 cellpadding=4><tr><th>Поз.</th><th>Наименование</th><th>Статус</th><th>Время</th></tr>'
         + ''.join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % r for r in _tbl_rows) +
         '</table><p>С уважением,<br>Ольга Мельникова<br>бухгалтер ИП Мельников И.В. «ЧистыйВоздух»<br>'
         'ИНН 720317045582, ОГРНИП 319723200047811<br>тел. +7 (3452) 69-41-25</p></body></html>\n')
outlook(OLGA, 'Заявка № 78105: выполнение работ 09.11.2026', dt(9, 15, 30), _txt,
        lbl('decided', '78105', ['1', '2'], 'подрядчик убыл',
            'HTML table, a row per position: 1 and 2 done and crew left, 3 and 4 only planned'),
        html=_html)

outlook(OLGA, 'Заявка № 78105 – согласование доп. работ', dt(10, 10, 45),
        'Добрый день!\n\n'
        'По заявке № 78105, позиция 4 (крышный вентилятор ВКР-5,0): при осмотре 09.11 бригадой выявлен износ '
        'приводного ремня (ремень SPA-1250). Замена ремня в объём работ по договору № 14/26-ТО от 12.01.2026 '
        'не входит.\nСтоимость замены с материалом — 3 800 руб. 00 коп. (НДС не облагается в связи с применением УСН).\n\n'
        'Просим согласовать выполнение дополнительных работ ответным письмом либо сообщить, что ремень будет '
        'предоставлен заказчиком.' + OLGA_SIG + '\n',
        lbl('review', note='price/extra-work approval request, no status'))

yandex(IGOR, 'Сибирь третья четвертая', dt(12, 8, 5),
       'Доброе утро по заявке 78 105 третья и четвертая позиция бригада выехала на место будут к 9 Сибирь на '
       '30 лет Победы ремень купили согласование от вас получили спасибо',
       lbl('decided', '78105', ['3', '4'], 'подрядчик в пути',
           'dictation split the number as «78 105»; «выехала на место» = leaving for the site; 30 лет Победы is a street'))

gmail('78105-3,4', dt(12, 9, 0),
      'на месте. на крышу пускают только с ихним инженером, ждём его, пока фильтры снимаем',
      lbl('decided', '78105', ['3', '4'], 'подрядчик на месте', 'positions after dash in subject'))

gmail('Re: 78105-3,4', dt(12, 17, 10),
      'п3 готово, фильтры отмыли 14 шт. п4 ремень поменяли, вентилятор крутится. всё, свалили\n\n'
      'чт, 12 нояб. 2026 г. в 09:00, ЧистыйВоздух Бригада <chistyvozduh.brigada@gmail.com>:\n\n'
      '> на месте. на крышу пускают только с ихним инженером, ждём его, пока фильтры снимаем\n',
      lbl('decided', '78105', ['3', '4'], 'подрядчик убыл', 'both positions done, crew left; quote says на месте (old)'))

# ---------------------------------------------------------------- 78112
yandex(IGOR, 'Re: Заявка 78112 СОШ №88 пищеблок', dt(6, 13, 40),
       'Спасибо что не забываете нас!!! 88-ю школу знаем как свои пять пальцев, в прошлом году там делали. '
       'Заявку 78112 приняли, возьмём в субботу 14-го, ребята уже в курсе\nИгорь Мельников\n\n'
       '06.11.2026, 12:31, "Диспетчерская ОМИС" <dispatch@zakazchik-omis.ru>:\n'
       '> Добрый день. Направляем заявку 78112: МАОУ СОШ №88, пищеблок, поз. 1 — горячий цех,\n'
       '> поз. 2 — заготовочный цех. Просим подтвердить.',
       lbl('decided', '78112', [], 'заявка принята', 'emotional acceptance'))

gmail('суббота', dt(14, 9, 15),
      '88 школа 78112 на месте, а на гимназию 78256 поедем уже завтра как договаривались',
      lbl('review', note='two different requests in one letter'))

_inner = (
    'From: =?UTF-8?B?0KfQuNGB0YLRi9C50JLQvtC30LTRg9GFINCR0YDQuNCz0LDQtNCw?= <chistyvozduh.brigada@gmail.com>\n'
    'Date: Sat, 14 Nov 2026 12:21:07 +0500\n'
    'Subject: 78112\n'
    'To: igor@chistyvozduh72.ru\n'
    'Message-ID: <CAHa81c2e0f77b3d1e5c9+q7Zt0pW2kX3@mail.gmail.com>\n'
    'MIME-Version: 1.0\n'
    'Content-Type: text/plain; charset="UTF-8"\n'
    'Content-Transfer-Encoding: base64\n\n'
    + base64.encodebytes('п.1 и п.2 закончили, заготовочный тоже. уезжаем, ключи у вахтёра\n'.encode('utf-8')).decode('ascii'))
_m = MIMEMultipart('mixed', boundary='------------A7C2E91F3B0D5E')
del _m['MIME-Version']
_m.attach(part('Добрый день.\n\nПересылаю отчёт бригады по 88-й школе, письмо во вложении.\n' + IGOR_SIG + '\n',
               'plain', 'koi8-r', '8bit'))
_att = MIMEMessage(email.message_from_string(_inner))
_att.add_header('Content-Disposition', 'attachment', filename='78112.eml')
_m.attach(_att)
thebat('Fwd: 78112', dt(14, 12, 30), None,
       lbl('decided', '78112', ['1', '2'], 'подрядчик убыл',
           'forward as attachment (message/rfc822): crew finished positions 1 and 2 and is leaving'),
       body=_m)

# ---------------------------------------------------------------- 78240
outlook(OLGA, 'RE: Заявка №78240 Перинатальный центр', dt(9, 11, 15),
        'Добрый день!\n\n'
        'Заявка №78240 (Перинатальный центр, ул. Даудельная, 1) принята в работу.\n'
        'Для допуска в операционный блок направим список сотрудников с данными санитарных книжек '
        'отдельным письмом.' + OLGA_SIG + '\n\n'
        '-----Original Message-----\n'
        'From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n'
        'Sent: Monday, November 9, 2026 10:40 AM\n'
        'To: buh@chistyvozduh72.ru\n'
        'Subject: Заявка №78240 Перинатальный центр\n\n'
        'Добрый день! Заявка №78240, три позиции: 1 - родзал, 2 - операционный блок, 3 - пищеблок.\n'
        'Просим сообщить о принятии и сроках.\n',
        lbl('decided', '78240', [], 'заявка принята', 'acceptance above an -----Original Message----- quote'))

gmail('Автоответ: ящик бригады ЧистыйВоздух', dt(10, 9, 2),
      'Здравствуйте!\n\nЭто автоматический ответ. Ящик бригады проверяется не каждый день.\n'
      'По заявкам и срокам пишите igor@chistyvozduh72.ru или звоните +7 912 392-14-07.\n'
      'По документам и оплате: buh@chistyvozduh72.ru.\n',
      lbl('ignored', note='Gmail vacation responder of the shared crew mailbox'),
      extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk'),
             ('In-Reply-To', '<20261110085900.4412@zakazchik-omis.ru>')])

yandex(IGOR, '78240 завтра', dt(10, 16, 30),
       'По 78240 выедем завтра к 8 утра на перинатальный, сначала родзал и оперблок. Санкнижки у всех есть, '
       'Ольга список скинула. Бахилы и халаты свои брать или у вас дадут?',
       lbl('review', note='plan for tomorrow plus a question; nothing happened yet'))

yandex(IGOR, 'Перинатальный 78240', dt(11, 7, 35),
       'ребята в пути на перинатальный центр заявка 78240 первая и вторая позиция будут в 8 10 минут '
       'пропуск на Даудельной',
       lbl('decided', '78240', ['1', '2'], 'подрядчик в пути', 'dictated; positions as ordinal words'))

yandex(IGOR, 'Fwd: 78240', dt(11, 8, 20),
       'Пересылаю от бригады\n\n'
       '-------- Пересылаемое сообщение --------\n'
       '11.11.2026, 08:15, "ЧистыйВоздух Бригада" <chistyvozduh.brigada@gmail.com>:\n'
       'Тема: 78240\n\n'
       'Заехали, переодеваемся в чистое, идём на П1 и П2. Старшая сестра оперблока с нами\n'
       '-------- Конец пересылаемого сообщения --------',
       lbl('decided', '78240', ['1', '2'], 'подрядчик на месте', 'Yandex-style forward of crew mail: on site, П1 and П2'))

gmail('78240', dt(11, 14, 0),
      'П1 родзал закончили. П2 оперблок ещё работаем, там потолок подвесной, долго снимать',
      lbl('review', note='different statuses for different positions: 1 finished, 2 still on site'))

gmail('Re: 78240', dt(11, 18, 45),
      'ср, 11 нояб. 2026 г. в 14:00, ЧистыйВоздух Бригада <chistyvozduh.brigada@gmail.com>:\n\n'
      '> П1 родзал закончили. П2 оперблок ещё работаем, там потолок подвесной, долго снимать\n\n'
      'п2 всё, ушли в 18:30. потолок собрали, сестра приняла',
      lbl('decided', '78240', ['2'], 'подрядчик убыл', 'reply written under the quote; quote is history'))

thebat('78240 поз.3 пищеблок', dt(13, 9, 10),
       'Добрый день.\n\n'
       'Прибытие бригады на пищеблок перинатального центра (заявка 78240,\n'
       'позиция 3) - 09:00. Работаем.\n' + IGOR_SIG + '\n',
       lbl('decided', '78240', ['3'], 'подрядчик на месте', 'noun «прибытие» with time'))

outlook(OLGA, 'Заявка № 78240, позиция 3 – работы завершены', dt(13, 12, 40),
        'Добрый день!\n\n'
        'Сообщаем, что работы по позиции 3 заявки № 78240 (пищеблок) завершены в 12:30, бригада убыла с объекта.\n'
        'Акт выполненных работ № 118 от 13.11.2026 направим после подписания всех позиций.' + OLGA_SIG + '\n',
        lbl('decided', '78240', ['3'], 'подрядчик убыл', 'formal; act number 118 is noise'), cte='base64')

# ---------------------------------------------------------------- 78256
yandex(IGOR, 'Re: 78256 Гимназия №21', dt(10, 12, 0),
       'Гимназия 21 — принял. Сделаем в воскресенье 15-го, там один зонт, часа на 4 работы',
       lbl('decided', '78256', [], 'заявка принята', 'short acceptance, bare number in Re: subject'))

gmail('гимназия 21 / 78256', dt(15, 13, 55),
      'приехали в 9:05, зонт сняли отмыли, короб до вентилятора прошли. закончили в 13:40, уехали. '
      'ключ от щитовой отдали вахтёру',
      lbl('decided', '78256', [], 'подрядчик убыл', 'arrival and departure both in the past; latest = left'))

# ---------------------------------------------------------------- 78309
outlook(OLGA, 'Заявка № 78309 принята', dt(11, 12, 30),
        'Добрый день!\n\nВаше обращение № 78309 (ГБУЗ ТО «Городская поликлиника № 5», ул. Холодильная, 136) принято к '
        'исполнению. Плановая дата выполнения – 16.11.2026.' + OLGA_SIG + '\n',
        lbl('decided', '78309', [], 'заявка принята', 'multipart/alternative windows-1251'),
        html='<html><body><p>Добрый день!</p><p>Ваше обращение № 78309 (ГБУЗ ТО «Городская поликлиника № 5», ул. Холодильная, 136) '
             'принято к исполнению. Плановая дата выполнения – 16.11.2026.</p><p>С уважением,<br>Ольга Мельникова<br>'
             'тел. +7 (3452) 69-41-25</p></body></html>\n')

yandex(IGOR, '78309 задержка', dt(16, 7, 50),
       'Доброе утро. По 78309 ещё не выехали, газель не завелась, на улице минус 28. Отогреваем, как выедем '
       'сразу напишу. Извините ради бога',
       lbl('review', note='negation: not yet left'))

yandex(IGOR, 'Re: 78309 задержка', dt(16, 10, 20),
       'Всё завелись!!! Поехали на поликлинику 5 по 78309 через полчаса будем. Огромное спасибо за терпение',
       lbl('decided', '78309', [], 'подрядчик в пути', 'Re: subject says задержка; body: on the way now'))

gmail('78309 (1)', dt(16, 11, 0),
      'приехали, начали с первой, регистратура',
      lbl('decided', '78309', ['1'], 'подрядчик на месте', 'position in brackets in subject'))

gmail('78309 поз 3', dt(16, 16, 0),
      'по 78309 поз. 3 всё, закончили',
      lbl('review', note='position 3 does not exist in 78309'))

yandex(IGOR, 'Re: 78309 поз 3', dt(16, 16, 30),
       'Поправка!!! Саша ошибся, нет там третьей позиции. По 78309 закончили позиции 1 и 2, бригада убыла в '
       '16:10. Извините за путаницу\n\n'
       '16.11.2026, 16:00, "ЧистыйВоздух Бригада" <chistyvozduh.brigada@gmail.com>:\n'
       '> по 78309 поз. 3 всё, закончили',
       lbl('decided', '78309', ['1', '2'], 'подрядчик убыл', 'correction of previous letter; quoted wrong position is history'))

# ---------------------------------------------------------------- 78311
yandex(IGOR, 'Re: Заявка 78311 Лицей №81 — чистка вытяжки столовой', dt(12, 15, 10),
       'Принял, сделаем в субботу 21-го, в будни лицей не даёт\n\n'
       '12.11.2026, 13:47, "Диспетчерская ОМИС" <dispatch@zakazchik-omis.ru>:\n'
       '> Заявка 78311. МАОУ лицей №81, столовая: 1 - горячий цех, 2 - раздача, 3 - моечная.\n'
       '> Просим подтвердить и сообщить о выезде.',
       lbl('decided', '78311', [], 'заявка принята', 'number only in the Re: subject and the quote'))

gmail('#78311', dt(21, 8, 0),
      'выдвигаемся на лицей 81. ща заедем за фильтрами и туда, минут 40',
      lbl('decided', '78311', [], 'подрядчик в пути', 'slang «выдвигаемся»'))

yandex(IGOR, 'Лицей 81', dt(21, 8, 45),
       'Бригада нa мeсте лицей 81 заявка 78311 начали с горячего цеха',
       lbl('decided', '78311', [], 'подрядчик на месте',
           'Latin a/e inside «нa мeсте»; names the hot shop (position 1 by registry) but no position number; '
           'lyceum number 81 is noise'))

gmail('78311 п1 п2', dt(21, 13, 10),
      'п1 п2 готово, норм отмылось. третью после обеда начнём, щас обед',
      lbl('decided', '78311', ['1', '2'], 'подрядчик убыл', '1 and 2 done; third only planned after lunch'))

yandex(IGOR, '78311-3', dt(21, 17, 20),
       'Лицей всё. 78311-3 закончили в 17:05 и уехали. Устали как собаки но сделали в один день как обещали!!!',
       lbl('decided', '78311', ['3'], 'подрядчик убыл', 'number-dash-position'))

# ---------------------------------------------------------------- 78420
outlook(OLGA, 'RE: Заявка № 78420 — ОКБ №1, пищеблок корп. 3', dt(16, 11, 40),
        'Добрый день!\n\nПодтверждаем: заявка № 78420 принята ИП Мельников И.В. в работу. Выполнение – 19.11.2026, '
        'обе позиции за один выезд.' + OLGA_SIG + '\n\n'
        'От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n'
        'Отправлено: понедельник, 16 ноября 2026 г. 11:02\n'
        'Кому: buh@chistyvozduh72.ru\n'
        'Тема: Заявка № 78420 — ОКБ №1, пищеблок корп. 3\n\n'
        'Добрый день. Заявка № 78420, позиции: 1 – зонты и фильтры, 2 – воздуховоды до шахты.\n',
        lbl('decided', '78420', [], 'заявка принята', 'base64 windows-1251, Outlook header-block quote'), cte='base64')

outlook(OLGA, 'Заявка № 78420 — вопрос по стоимости', dt(17, 10, 0),
        'Добрый день!\n\n'
        'По заявке № 78420 просим уточнить, входит ли мойка жироулавливающих фильтров в стоимость работ по договору '
        '№ 14/26-ТО от 12.01.2026 (приложение 2, п. 4.3). Если не входит — стоимость по прайсу 450 руб./шт., '
        'фильтров на объекте 14 шт., итого 6 300 руб.\n'
        'Счёт выставим после согласования.' + OLGA_SIG + '\n',
        lbl('review', note='contract/price question, no status'))

yandex(IGOR, 'ОКБ 1 выезд', dt(19, 6, 40),
       'Выехали на ОКБ 1 по заявке 78420 обе позиции сегодня. Газель Т 508 ОР 72 и Ларгус, 4 человека. '
       'Пропуск на две машины пожалуйста!',
       lbl('decided', '78420', [], 'подрядчик в пути', 'car plate and hospital №1 are noise'))

yandex(IGOR, 'ОКБ 78420', dt(19, 7, 25),
       '[07:12] Саша: заехали на ОКБ, корпус 3\n[07:20] Саша: переоделись, начинаем\n\nИгорь',
       lbl('decided', '78420', [], 'подрядчик на месте', 'pasted chat lines; корпус 3 is not a position'))

_bounce_txt = ('Это письмо создано автоматически сервером Яндекс Почты.\n\n'
               'Ваше письмо не удалось доставить одному или нескольким получателям:\n\n'
               '<sklad@chistyvozduh72.ru>: пересылка не выполнена, адрес не существует.\n\n'
               'This is the mail system at host mx.chistyvozduh72.ru.\n'
               'Your message could not be delivered to one or more recipients.\n'
               '<sklad@chistyvozduh72.ru>: host mx.yandex.ru said: 550 5.7.1 No such user!\n')
_rep = MIMEMultipart('report', boundary='=_bounce_8FA1C0')
_rep.set_param('report-type', 'delivery-status')
del _rep['MIME-Version']
_rep.attach(part(_bounce_txt, 'plain', 'utf-8', '8bit'))
_ds = MIMENonMultipart('message', 'delivery-status')
del _ds['MIME-Version']
_ds.set_payload([email.message_from_string('Reporting-MTA: dns; mx.chistyvozduh72.ru\nArrival-Date: Thu, 19 Nov 2026 12:14:02 +0500\n\n'),
                 email.message_from_string('Final-Recipient: rfc822; sklad@chistyvozduh72.ru\nAction: failed\nStatus: 5.1.1\n'
                                           'Diagnostic-Code: smtp; 550 5.7.1 No such user!\n\n')])
_rep.attach(_ds)
_hd = MIMENonMultipart('text', 'rfc822-headers')
del _hd['MIME-Version']
_hd.set_payload('From: =?utf-8?B?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>\n'
                'To: igor@chistyvozduh72.ru\nCc: sklad@chistyvozduh72.ru\n'
                'Subject: =?utf-8?B?0JfQsNGP0LLQutCwIDc4NjMzINCg0L7QtNC00L7QvCDihJYy?=\n'
                'Date: Thu, 19 Nov 2026 12:13:55 +0500\n')
_rep.attach(_hd)
add(dt(19, 12, 14, 5),
    [('From', 'Mail Delivery Subsystem <mailer-daemon@chistyvozduh72.ru>'), ('To', DISPATCH),
     ('Subject', ew('Недоставленное сообщение: Заявка 78633 Роддом №2')),
     ('Date', format_datetime(dt(19, 12, 14, 5))), ('Auto-Submitted', 'auto-replied')],
    _rep, lbl('ignored', note='delivery failure report (bounce) mentioning 78633'), 'other')

gmail('Re: ОКБ 78420', dt(19, 19, 30),
      'ВСЁ ПО ОБЕИМ ЗАКОНЧИЛИ. свалили в 19:10. устали пипец',
      lbl('decided', '78420', [], 'подрядчик убыл', 'caps; both positions done = whole request, crew left'))

# ---------------------------------------------------------------- 78507
thebat('Заявка 78507 - СОШ 5', dt(17, 14, 20),
       'Добрый день.\n\nЗаявку 78507 (СОШ N5, столовая) приняли в работу. Срок - до конца\n'
       'следующей недели, точную дату согласуем со школой.\n' + IGOR_SIG + '\n',
       lbl('decided', '78507', [], 'заявка принята', 'KOI8-R The Bat!'))

thebat('Re: Заявка 78507 - СОШ 5', dt(18, 9, 30),
       'Добрый день.\n\nПо 78507 - постараемся в воскресенье 22-го, сейчас все силы на ОКБ\n'
       'в четверг и роддом на подходе. Если школа даст доступ в выходной -\nсделаем за один день.\n\n'
       'Вы писали 17 ноября 2026 г., 16:05:\n\n'
       'ДО> Игорь Валерьевич, когда ориентировочно бригада будет на объекте?\n' + IGOR_SIG + '\n',
       lbl('review', note='promise/plan, no status; quote asks when the crew will be on site'))

add(dt(20, 8, 1),
    std_headers(IGOR, 'Автоответ: Заявка 78507 - СОШ 5', dt(20, 8, 1), extra=[
        ('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes'), ('X-Yandex-Autoreply', 'yes')]),
    part('Здравствуйте!\n\nЯ в командировке в г. Тобольск до 21.11.2026, связь с перебоями.\n'
         'По срочным вопросам — бухгалтер Ольга, +7 (3452) 69-41-25, buh@chistyvozduh72.ru.\n\n'
         'Игорь Мельников\n', 'plain', 'utf-8', 'base64'),
    lbl('ignored', note='out-of-office auto-reply'), 'yandex')

gmail('', dt(22, 9, 50),
      'приехали, кухня закрыта, ждём повариху с ключами. позвоните кто-нибудь завхозу',
      lbl('review', note='no request number at all, empty subject'))

yandex(IGOR, 'Школа 5, наряд 78507', dt(22, 10, 5),
       'Прибыли на объект в 10:00, повариху с ключами нашли 😅 Работаем: один зонт + воздуховод до шахты.\n'
       'Игорь Мельников',
       lbl('decided', '78507', [], 'подрядчик на месте', 'HTML-only, «наряд» word, noun-less past «прибыли»'),
       html=True, extra=[('Cc', 'chistyvozduh.brigada@gmail.com')])

gmail('Re: Школа 5, наряд 78507', dt(22, 14, 35),
      'закончили в 14:20, фото Игорю скинул в вотсап. уехали\n\n'
      'вс, 22 нояб. 2026 г. в 10:05, Игорь Мельников <igor@chistyvozduh72.ru>:\n\n'
      '> Прибыли на объект в 10:00, повариху с ключами нашли 😅 Работаем: один зонт + воздуховод до шахты.\n'
      '> Игорь Мельников\n',
      lbl('decided', '78507', [], 'подрядчик убыл', 'reply above quote; quote has на месте (old)'))

# ---------------------------------------------------------------- 78633
outlook(OLGA, 'Заявка № 78633 (Родильный дом № 2)', dt(19, 13, 10),
        'Добрый день!\n\nЗаявка № 78633 принята в работу.\n'
        'Позиции 01, 02 – выполнение 23.11.2026; позиция 03 – по согласованию, требуется демонтаж вентилятора '
        'и кран-манипулятор.' + OLGA_SIG + '\n',
        lbl('decided', '78633', [], 'заявка принята', 'accepted; dates are plans'))

outlook(OLGA, 'RE: Заявка 78633 – доступ на пищеблок', dt(20, 10, 25),
        'Добрый день!\n\nБлагодарим за информацию о согласовании доступа на пищеблок роддома, приняли к сведению. '
        'Списки сотрудников направлены ранее.' + OLGA_SIG + '\n\n'
        'От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n'
        'Отправлено: 20 ноября 2026 г. 9:48\n'
        'Кому: buh@chistyvozduh72.ru\n'
        'Тема: Заявка 78633 – доступ на пищеблок\n\n'
        'Доступ бригады на пищеблок Родильного дома №2 согласован на 23.11 с 07:30.\n',
        lbl('review', note='thanks/acknowledgement of dispatcher message, «приняли к сведению» is not acceptance'))

_ics = ('BEGIN:VCALENDAR\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nMETHOD:REPLY\n'
        'BEGIN:VEVENT\nATTENDEE;PARTSTAT=ACCEPTED;CN=Мельникова Ольга:mailto:buh@chistyvozduh72.ru\n'
        'SUMMARY:Принято: Сверка выполненных работ за ноябрь\n'
        'DTSTART:20261127T060000Z\nDTEND:20261127T070000Z\nUID:040000008200E00074C5B7101A82E00800000000C0A1F3\n'
        'ORGANIZER:mailto:dispatch@zakazchik-omis.ru\nEND:VEVENT\nEND:VCALENDAR\n')
_cal = MIMEMultipart('alternative', boundary='_000_cal_buh_20261120')
del _cal['MIME-Version']
_cal.attach(part('', 'plain', 'utf-8', 'base64'))
_cal.attach(part(_ics, 'calendar', 'utf-8', 'base64', extra={}))
_cal.get_payload()[1].set_param('method', 'REPLY')
add(dt(20, 11, 3),
    std_headers(OLGA, 'Принято: Сверка выполненных работ за ноябрь', dt(20, 11, 3), 'windows-1251', 'B',
                extra=[('X-Mailer', 'Microsoft Outlook 16.0')]),
    _cal, lbl('ignored', note='calendar meeting acceptance generated by Outlook'), 'outlook')

gmail('78633 поз 01 02', dt(23, 7, 30),
      'Дима с Рустамом выехали на роддом 2, будут в 8. я на складе, кран на среду заказал',
      lbl('decided', '78633', ['01', '02'], 'подрядчик в пути', 'crew travelling; positions 01 02 in subject'))

gmail('Fwd: роддом', dt(23, 8, 10),
      'переслал от Димы\n\n'
      '---------- Forwarded message ---------\n'
      'От: Дмитрий Копылов <kopylov.dima89@mail.ru>\n'
      'Date: пн, 23 нояб. 2026 г. в 08:02\n'
      'Subject: роддом\n'
      'To: <chistyvozduh.brigada@gmail.com>\n\n\n'
      'мы на месте по 78633, 01 и 02 начали, охрана пустила без проблем\n',
      lbl('decided', '78633', ['01', '02'], 'подрядчик на месте', 'Gmail forward of crew member mail'))

yandex(IGOR, 'Роддом 2 — 78633', dt(23, 15, 0),
       'Позиции 01 и 02 — завершено в 14:40, бригада освободилась. По 03 — в среду 25-го, там вентилятор '
       'ВР-80-75 №4 надо снимать, кран-манипулятор заказали',
       lbl('decided', '78633', ['01', '02'], 'подрядчик убыл',
           '01 and 02 done; 03 planned; ВР-80-75 №4 is a fan model'))

gmail('78633 п.3', dt(25, 9, 20),
      'на мести, кран приехал, снимаем вентилятор',
      lbl('decided', '78633', ['03'], 'подрядчик на месте', '«п.3» in subject = registry position 03; typo «на мести»'))

outlook(OLGA, 'Заявка № 78633, поз. 03 — выполнено', dt(25, 16, 10),
        'Добрый день!\n\nСообщаем, что 25.11.2026 работы по позиции 03 заявки № 78633 выполнены в полном объёме; '
        'вентилятор установлен на место, пломба на щите управления № 0045871 восстановлена. '
        'Бригада убыла с объекта в 15:45.' + OLGA_SIG + '\n',
        lbl('decided', '78633', ['03'], 'подрядчик убыл', 'formal; seal number is noise'))

# ---------------------------------------------------------------- 78718
yandex(IGOR, 'Re: Заявка 78718 Кадетская школа, столовая', dt(24, 9, 5),
       'Принял, взяли в работу! Кадетку сделаем в субботу 28-го с утра.\nИгорь\n\n'
       '23.11.2026, 12:05, "Диспетчерская ОМИС" <dispatch@zakazchik-omis.ru>:\n'
       '> Направляем заявку 78718: Кадетская школа, столовая, 1 - горячий цех, 2 - моечная.\n'
       '> Просим сообщить о выезде бригады и о завершении работ.',
       lbl('decided', '78718', [], 'заявка принята', 'quote mentions выезд/завершение, history only'))

_mdn = MIMEMultipart('report', boundary='----=_NextPart_MDN_0045_01DB5E')
_mdn.set_param('report-type', 'disposition-notification')
del _mdn['MIME-Version']
_mdn.attach(part('Ваше сообщение\n\n  Кому: buh@chistyvozduh72.ru\n  Тема: Заявка 78718 Кадетская школа, столовая\n'
                 '  Отправлено: 23.11.2026 12:05\n\nбыло прочитано 24.11.2026 9:01.\n', 'plain', 'windows-1251', 'quoted-printable'))
_dn = MIMENonMultipart('message', 'disposition-notification')
del _dn['MIME-Version']
_dn.set_payload('Reporting-UA: buh-pc; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;buh@chistyvozduh72.ru\n'
                'Original-Message-ID: <20261123120500.7781@zakazchik-omis.ru>\n'
                'Disposition: manual-action/MDN-sent-manually; displayed\n')
_mdn.attach(_dn)
add(dt(24, 9, 1),
    std_headers(OLGA, 'Прочитано: Заявка 78718 Кадетская школа, столовая', dt(24, 9, 1), 'windows-1251', 'B',
                extra=[('X-Mailer', 'Microsoft Outlook 16.0')]),
    _mdn, lbl('ignored', note='read receipt (MDN)'), 'outlook')

_news_html = ('<html><body style="font-family:Arial"><h2>Зимняя акция «ЧистыйВоздух»</h2>'
              '<p>Уважаемые партнёры! До 31 декабря 2026 г. — скидка 15% на чистку вытяжных систем '
              'пищеблоков и ресторанов.</p><p>Звоните: +7 (3452) 69-41-25</p>'
              '<p style="font-size:10px">Вы получили это письмо, так как являетесь клиентом ИП Мельников. '
              '<a href="https://chistyvozduh72.ru/unsubscribe?u=dispatch">Отписаться</a></p></body></html>\n')
add(dt(25, 11, 0),
    std_headers(NEWS, 'Зимняя акция: чистка вытяжки со скидкой 15% до 31 декабря', dt(25, 11, 0),
                to='dispatch@zakazchik-omis.ru',
                extra=[('Precedence', 'bulk'), ('List-Id', '<clients.chistyvozduh72.ru>'),
                       ('List-Unsubscribe', '<https://chistyvozduh72.ru/unsubscribe?u=dispatch>'),
                       ('X-Mailer', 'UniSender')]),
    alt('Зимняя акция «ЧистыйВоздух»\n\nДо 31 декабря 2026 г. — скидка 15% на чистку вытяжных систем пищеблоков.\n'
        'Звоните: +7 (3452) 69-41-25\nОтписаться: https://chistyvozduh72.ru/unsubscribe?u=dispatch\n',
        _news_html, 'utf-8', 'quoted-printable', boundary='=_news_2611'),
    lbl('ignored', note='bulk newsletter with List-Unsubscribe'), 'other')

add(dt(26, 8, 30),
    std_headers(OLGA, 'Автоматический ответ: Сверка выполненных работ за ноябрь', dt(26, 8, 30), 'windows-1251', 'B',
                extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                       ('X-Mailer', 'Microsoft Outlook 16.0')]),
    part('Здравствуйте!\n\nЯ нахожусь в отпуске с 26.11.2026 по 04.12.2026.\n'
         'По вопросам выполнения заявок обращайтесь к Игорю Мельникову: igor@chistyvozduh72.ru, +7 912 392-14-07.\n\n'
         'Ольга Мельникова\n', 'plain', 'windows-1251', 'quoted-printable'),
    lbl('ignored', note='Outlook out-of-office auto-reply'), 'outlook')

yandex(IGOR, 'Оплата!!!', dt(26, 19, 40),
       'Уважаемые коллеги, я всё понимаю, но Ольга говорит что по 78014 и 78027 оплата до сих пор не пришла, '
       'акты подписаны ещё 10-го числа. Сколько можно ждать?! У меня ребятам зарплату платить, материалы '
       'покупать, фильтры вон за свои покупали. Прошу разобраться. Игорь',
       lbl('review', note='complaint about payment, two requests, no status'))

yandex(IGOR, 'по заявке 78150', dt(27, 14, 0),
       'Добрый день по заявке 78150 столовая детской больницы бригада на месте работаем до вечера',
       lbl('review', note='78150 is not in the registry'))

yandex(IGOR, '78718 выезд', dt(28, 7, 50),
       'Бригада выехала на кадетку по наряду 78718. Ехать через весь город, к 8:40 будут',
       lbl('decided', '78718', [], 'подрядчик в пути', 'наряд word'))

yandex(IGOR, 'Re: 78718 выезд', dt(28, 13, 10),
       'Отчёт от ребят:\n[09:02] Саша: на месте\n[12:40] Саша: п1 п2 закончили\n[12:55] Саша: всё, свалили\n\n'
       'Спасибо за ноябрь всем!!! Игорь\n\n'
       '28.11.2026, 07:50, "Игорь Мельников" <igor@chistyvozduh72.ru>:\n'
       '> Бригада выехала на кадетку по наряду 78718. Ехать через весь город, к 8:40 будут',
       lbl('decided', '78718', ['1', '2'], 'подрядчик убыл', 'several crew lines; latest: left after п1 п2'))


# ================================================================= write
def main():
    ld = os.path.join(OUT, 'letters')
    os.makedirs(ld, exist_ok=True)
    for f in os.listdir(ld):
        os.remove(os.path.join(ld, f))
    LETTERS.sort(key=lambda x: x[0])
    labels = {}
    for i, (d, raw, label) in enumerate(LETTERS, 1):
        name = '%03d.eml' % i
        with open(os.path.join(ld, name), 'wb') as fh:
            fh.write(raw)
        labels[name] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    print(len(LETTERS), 'letters')


if __name__ == '__main__':
    main()
