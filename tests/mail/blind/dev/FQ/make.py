#!/usr/bin/env python3
# Generator of test letters: ООО «Теплосервис-Черноземье» (Белгород/Курск), persona FQ.
import json, os, random, datetime, html as htmlmod
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.message import MIMEMessage
from email.mime.base import MIMEBase
from email.message import Message
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import format_datetime, formataddr, make_msgid
from email import encoders

random.seed(438)
OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
for f in os.listdir(LET):
    os.remove(os.path.join(LET, f))

TZ = datetime.timezone(datetime.timedelta(hours=3))
DISPATCH = ('Диспетчерская служба', 'dispatch@zakazchik-omis.ru')

OFFICE = ('Гриценко Ольга Викторовна', 'o.gritsenko@teplo-chernozem.ru', 'outlook')
DIRECTOR = ('Павленко Андрей Николаевич', 'director@teplo-chernozem.ru', 'outlook')
MYKOLA = ('Микола Бондаренко', 'bondarenko.mykola82@gmail.com', 'gmail')
SERGEY = ('Сергей Ткаченко', 'tkachenko-serg@mail.ru', 'mailru')
SKLAD = ('Бригада (склад)', 'brigada@teplo-chernozem.ru', 'thebat')  # old The Bat! on warehouse PC, KOI8-R

SIG_OFFICE = """--
С уважением,
Гриценко Ольга Викторовна
менеджер по работе с заказчиками
ООО «Теплосервис-Черноземье»
ИНН 3123419876 / КПП 312301001
308009, г. Белгород, пр-т Славы, д. 43, оф. 8
тел. +7 (4722) 43-80-47, моб. +7 (910) 361-05-72"""

SIG_DIR = """--
Генеральный директор
ООО «Теплосервис-Черноземье»
Павленко А.Н.
тел. +7 (4722) 43-80-47"""

SIG_MAILRU = "\n\n--\nОтправлено из Mail.ru для Android"

WD = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс']
WDL = ['Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота', 'Воскресенье']
MON = ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.']
MONG = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']


def D(s):
    """'11-05 09:20' -> aware datetime in Nov 2026"""
    md, hm = s.split()
    m, d = map(int, md.split('-'))
    h, mi = map(int, hm.split(':'))
    return datetime.datetime(2026, m, d, h, mi, random.randint(0, 59), tzinfo=TZ)


REG = {
    '438012': (['1', '2'], '11-02 09:15', 'Белгород, ул. Щорса, 45, котельная. П1 — замена циркуляционного насоса контура отопления; П2 — опрессовка системы отопления.'),
    '438047': (['1'], '11-03 10:40', 'Курск, ул. Ленина, 12, жилой дом. Течь стояка ГВС в подвале.'),
    '438105': (['1', '2', '3'], '11-04 08:30', 'Белгород, пр-т Б. Хмельницкого, 137, ТЦ. П1/П2/П3 — не греют радиаторы 1/2/3 этажа.'),
    '438160': (['1', '2'], '11-06 11:00', 'Шебекино, СОШ №4, ИТП. П1 — промывка пластинчатого теплообменника; П2 — замена манометров.'),
    '438233': (['1'], '11-09 13:00', 'Курск, ул. Радищева, 18, офис. Засор канализации.'),
    '438290': (['1', '2', '3', '4'], '11-10 09:00', 'Старый Оскол, складской комплекс, котельная. П1 — котёл №1; П2 — котёл №2; П3 — насосная группа; П4 — расширительный бак.'),
    '438318': (['1'], '11-12 10:00', 'Белгород, ул. Костюкова, 36, бойлер косвенного нагрева не греет.'),
    '438402': (['1', '2'], '11-13 14:00', 'Курск, ул. Карла Маркса, 59, магазин. П1 — тепловая завеса главного входа; П2 — тепловая завеса склада.'),
    '438457': (['1', '2', '3'], '11-16 09:00', 'Губкин, ул. Дзержинского, 94, насосная. П1 — насос №1; П2 — насос №2; П3 — запорная арматура.'),
    '438521': (['1'], '11-18 20:30', 'Белгород, ул. Попова, 36, АВАРИЯ: порыв трубы отопления в подвале.'),
    '438609': (['1', '2'], '11-20 11:00', 'Курск, Магистральный пр-д, 12, склад. П1 — радиаторы в АБК; П2 — электрический водонагреватель в бытовке.'),
    '438734': (['1'], '11-23 09:30', 'Валуйки, ул. Толстого, 8, поликлиника. Не работает подпиточный насос.'),
    '438880': (['1', '2'], '11-25 10:00', 'Белгород, ул. Есенина, 9. П1 — ИТП, регулятор температуры; П2 — узел учёта тепловой энергии.'),
}


def dispatch_text(num):
    pos, _, c = REG[num]
    return (f"Добрый день!\nНаправляем заявку № {num}. {c}\n"
            f"Позиций: {len(pos)}. Просим подтвердить принятие и сообщать о ходе работ.\n\n"
            f"Диспетчерская служба\nтел. 8 (800) 250-14-90")


def dispatch_subject(num):
    c = REG[num][2]
    for stop in ('. П1', ', жилой', ', офис', ', бойлер', ', поликлиника', ', АВАРИЯ', ', ТЦ', ', насосная', ', склад', ', магазин'):
        c = c.split(stop)[0]
    return f"Заявка {num} — {c.rstrip('.')}"


def quote_gt(text):
    return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))


def q_gmail(dt, text):
    return (f"{WD[dt.weekday()]}, {dt.day} {MON[dt.month-1]} {dt.year} г. в {dt:%H:%M}, "
            f"{DISPATCH[0]} <{DISPATCH[1]}>:\n" + quote_gt(text))


def q_mailru(dt, text, who=DISPATCH):
    return (f"{WDL[dt.weekday()]}, {dt.day} {MONG[dt.month-1]} {dt.year}, {dt:%H:%M} +03:00 от "
            f"{who[0]} <{who[1]}>:\n" + quote_gt(text))


def q_outlook(dt, subj, text, who=DISPATCH, to=OFFICE):
    return (f"\n\nОт: {who[0]} <{who[1]}>\nОтправлено: {WDL[dt.weekday()].lower()}, {dt.day} {MONG[dt.month-1]} {dt.year} г. {dt:%H:%M}\n"
            f"Кому: {to[0]} <{to[1]}>\nТема: {subj}\n\n{text}")


def q_original(dt, subj, text, who=DISPATCH, to=OFFICE):
    return (f"\n\n-----Original Message-----\nFrom: {who[1]}\nSent: {dt:%d.%m.%Y %H:%M}\n"
            f"To: {to[1]}\nSubject: {subj}\n\n{text}")


def to_html(text):
    parts = []
    for l in text.split('\n'):
        parts.append(htmlmod.escape(l) if l else '')
    return '<br>\n'.join(parts)


def text_part(text, sub, charset, cte):
    cs = Charset(charset)
    cs.body_encoding = {'b64': BASE64, 'qp': QP, '8bit': None}[cte]
    if cte == '8bit':
        m = Message()
        m.set_type('text/' + sub)
        m.set_param('charset', charset)
        m['Content-Transfer-Encoding'] = '8bit'
        m.set_payload(text.encode(charset).decode('ascii', 'surrogateescape'))
        return m
    p = MIMEText('', sub, 'utf-8')
    del p['Content-Transfer-Encoding']
    del p['Content-Type']
    del p['MIME-Version']
    p['Content-Type'] = 'text/%s' % sub
    p.set_payload(text, cs)
    return p


def body_for(client, text, html, charset, cte, html_only):
    if client == 'gmail':
        h = html or ('<div dir="auto">' + to_html(text) + '</div>')
    elif client == 'mailru':
        h = html or ('<HTML><BODY><div>' + to_html(text) + '</div></BODY></HTML>')
    elif client == 'outlook':
        h = html or ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
                     '<body lang="RU" link="#0563C1"><div class="WordSection1"><p class="MsoNormal">' % charset
                     + to_html(text).replace('<br>\n<br>\n', '</p><p class="MsoNormal">') + '</p></div></body></html>')
    else:
        h = html
    if html_only:
        return text_part(h, 'html', charset, cte)
    if client == 'thebat' or (client in ('gmail', 'mailru', 'outlook') and text is not None and h is None):
        return text_part(text, 'plain', charset, cte)
    alt = MIMEMultipart('alternative')
    alt.attach(text_part(text, 'plain', charset, cte))
    alt.attach(text_part(h, 'html', charset, cte))
    return alt


def enc_subj(s, charset):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset)


LETTERS = []
LABELS = {}


def add(sender, when, subject, text, label, *, html=None, charset='utf-8', cte=None,
        html_only=False, attach=None, reply=False, extra=None, to=DISPATCH, cc=None, plain_only=False):
    name, addr, client = sender
    dt = D(when) if isinstance(when, str) else when
    if cte is None:
        cte = {'gmail': 'qp', 'mailru': 'b64', 'outlook': 'qp', 'thebat': '8bit'}.get(client, 'b64')
    if client == 'gmail' and cte == 'qp' and random.random() < 0.4:
        cte = 'b64'
    if client == 'mailru' and not html_only:
        text = text + SIG_MAILRU
    if plain_only or client == 'thebat':
        body = text_part(text, 'plain', charset, cte)
    else:
        body = body_for(client, text, html, charset, cte, html_only)
    if attach:
        msg = MIMEMultipart('mixed')
        msg.attach(body)
        for a in attach:
            msg.attach(a)
    else:
        msg = body
    msg['From'] = formataddr((str(Header(name, charset)) if False else name, addr)) if name.isascii() else formataddr((Header(name, charset).encode(), addr))
    msg['To'] = formataddr((Header(to[0], charset).encode(), to[1])) if not to[0].isascii() else formataddr(to)
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = enc_subj(subject, charset)
    msg['Date'] = format_datetime(dt)
    dom = {'gmail': 'mail.gmail.com', 'mailru': 'f512.i.mail.ru', 'outlook': 'teplo-chernozem.ru', 'thebat': 'teplo-chernozem.ru'}.get(client, addr.split('@')[1])
    if client == 'gmail':
        mid = '<CAH%s+%s@mail.gmail.com>' % (random.randbytes(9).hex().upper(), random.randbytes(6).hex())
    elif client == 'mailru':
        mid = '<%d.%s@%s>' % (int(dt.timestamp()), random.randbytes(5).hex(), dom)
    elif client == 'outlook':
        mid = '<%s$%s$%s@teplo-chernozem.ru>' % (random.randbytes(6).hex(), random.randbytes(6).hex(), random.randbytes(4).hex())
    else:
        mid = make_msgid(domain=dom)
    msg['Message-ID'] = mid
    if reply:
        msg['In-Reply-To'] = '<disp.%s@zakazchik-omis.ru>' % random.randbytes(6).hex()
        msg['References'] = msg['In-Reply-To']
    if 'MIME-Version' not in msg:
        msg['MIME-Version'] = '1.0'
    if client == 'outlook':
        msg['X-Mailer'] = 'Microsoft Outlook 16.0'
        msg['Thread-Index'] = 'AdtL' + random.randbytes(12).hex()[:20]
        msg['Content-Language'] = 'ru'
    elif client == 'mailru':
        msg['X-Mailer'] = 'Mail.ru Mailer 1.0'
        msg['X-Mailru-Msgtype'] = 'mobile'
    elif client == 'thebat':
        msg['X-Mailer'] = 'The Bat! (v4.2.44.2) Home'
    for k, v in (extra or {}).items():
        msg[k] = v
    n = len(LETTERS) + 1
    fn = '%03d.eml' % n
    LETTERS.append((fn, msg))
    LABELS[fn] = label
    return fn


def dec(req, pos, st, note):
    return {'expect': 'decided', 'request': req, 'positions': pos, 'status': st, 'note': note}


def rev(note):
    return {'expect': 'review', 'note': note}


def ign(note):
    return {'expect': 'ignored', 'note': note}


ACC, WAY, ON, LEFT = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'

# ---------------------------------------------------------------- 438012
t = D('11-02 09:15')
add(OFFICE, '11-02 10:05', 'RE: ' + dispatch_subject('438012'),
    "Добрый день!\n\nЗаявку № 438012 приняли в работу. Бригада Бондаренко Н. выедет сегодня после обеда, "
    "насос Grundfos UPS 32-80 есть на складе.\n\n" + SIG_OFFICE + q_outlook(t, dispatch_subject('438012'), dispatch_text('438012')),
    dec('438012', [], ACC, 'office accepted; departure only planned'), charset='windows-1251', reply=True)
add(MYKOLA, '11-02 13:20', '438012',
    "Їдемо на Щорса 45, будемо хвилин через 40. Газель Н512ОР31, я за кермом, тел 8-910-322-47-15",
    dec('438012', [], WAY, 'їдемо = on the way; phone and plate are not numbers of interest'))
add(MYKOLA, '11-02 14:07', 'Re: 438012',
    "вже на місці, котельна закрита, чекаємо завгоспа з ключами. Хто там відповідає? наберіть мене 89103224715",
    dec('438012', [], ON, 'on site (waiting for keys) plus a question; arrival is reported'))
add(MYKOLA, '11-02 17:42', 'Re: 438012',
    "по першій позиції насос поміняли, старий забрали. запустили, усе працює, тиск 2,1.\nОпресовку (2) завтра з ранку, Сергій поїде\n\n"
    + q_gmail(D('11-02 14:07'), "вже на місці, котельна закрита, чекаємо завгоспа з ключами."),
    dec('438012', ['1'], LEFT, 'pos 1 done (pump replaced, works); pos 2 only planned'))
add(SERGEY, '11-03 08:55', '438012 поз 2 на месте',
    "Хлопци вже на мисци, Щорса 45, начинаем опрессовку. Ткаченко",
    dec('438012', ['2'], ON, 'surzhyk without і: already on site, position 2 in subject'))
add(SERGEY, '11-03 12:31', 'Re: 438012 поз 2 на месте',
    "Опрессовку зробылы, 6 атм держит 30 мин, падения нет. Акт №1147 подписал завхоз. Уехалы.\n\n"
    + q_mailru(D('11-03 08:55'), "Хлопци вже на мисци, Щорса 45, начинаем опрессовку. Ткаченко", (SERGEY[0], SERGEY[1])),
    dec('438012', ['2'], LEFT, 'Re: subject says на месте but body reports finished and left; act number is not a request'))

# ---------------------------------------------------------------- 438047
add(OFFICE, '11-03 11:02', 'RE: ' + dispatch_subject('438047'),
    "Уважаемые коллеги!\n\nПодтверждаем получение заявки 438047, принята в работу. Мастер свяжется с управляющей компанией по доступу в подвал.\n\n"
    + SIG_OFFICE + q_original(D('11-03 10:40'), dispatch_subject('438047'), dispatch_text('438047')),
    dec('438047', [], ACC, 'formal acceptance'), charset='windows-1251', reply=True)
add(MYKOLA, '11-03 11:51', 'Курск Ленина 12',
    "[Расшифровка голосового сообщения, 0:27]\nОльга Вікторівна, це Микола. Ми вже виїхали на Курськ, на Леніна дванадцять, по заявці 438047, будемо десь через годину двадцять, там на виїзді з Білгорода пробка.",
    dec('438047', [], WAY, 'voice transcript: вже виїхали = on the way'))
fwd_body = ("Пересылаю сообщение бригадира по Курску.\n\n" + SIG_OFFICE +
            "\n\n---------- Forwarded message ---------\nОт: Микола Бондаренко <bondarenko.mykola82@gmail.com>\n"
            "Date: вт, 3 нояб. 2026 г. в 14:12\nSubject: 438047\nTo: Гриценко Ольга <o.gritsenko@teplo-chernozem.ru>\n\n"
            "Стояк ГВС поміняли, ділянку 1,5 м, поліпропілен 32. Теч нема, воду дали.\nХлопці вже їдуть назад у Білгород.")
add(OFFICE, '11-03 14:30', 'FW: 438047', fwd_body,
    dec('438047', [], LEFT, 'forwarded foreman report: done, crew driving back'), charset='utf-8')

# ---------------------------------------------------------------- 438105
add(OFFICE, '11-04 09:20', 'Заявка №438105 принята',
    None, dec('438105', [], ACC, 'HTML-only Outlook acceptance; date 05.11 is a plan'), html_only=True, charset='windows-1251', cte='qp',
    html='<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body lang="RU">'
         '<p class="MsoNormal">Добрый день!</p><p class="MsoNormal">Заявка <b>№438105</b> (ТЦ, пр-т Б. Хмельницкого, 137) принята.<br>'
         'Плановый выезд бригады — 05.11.2026 в 9:00.</p><p class="MsoNormal">С уважением,<br>Гриценко О.В.<br>ООО «Теплосервис-Черноземье»<br>'
         'тел. +7 (4722) 43-80-47</p></body></html>')
add(SKLAD, '11-05 08:14', '438105 vyezd',
    "Выехали на Хмельницкого 137 (438105), машина Газель О347КМ31.\nТел старшего 8 920 555 18 03, Сергей",
    dec('438105', [], WAY, 'KOI8-R from warehouse PC; выехали НА объект = on the way'), charset='koi8-r')
add(SERGEY, '11-05 09:06', 'Re: ' + dispatch_subject('438105'),
    "на обьекте, ТЦ открыли, щас по этажам пойдем\n\n" + q_mailru(D('11-04 08:30'), dispatch_text('438105')),
    dec('438105', [], ON, 'number only in Re: subject of dispatcher letter; on site'), reply=True)
add(SERGEY, '11-05 13:40', '438105 П1',
    "П1 готово, на 1 этаже все батареи прокачали, воздух спустили, греют",
    dec('438105', ['1'], LEFT, 'result: готово / греют for position 1'))
tbl = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="RU">'
       '<p>Добрый вечер!</p><p>Информация по заявке 438105 на 18:00 05.11.2026:</p>'
       '<table border="1" cellspacing="0" cellpadding="4"><tr><th>Поз.</th><th>Объём работ</th><th>Статус</th><th>Время</th></tr>'
       '<tr><td>1</td><td>Радиаторы 1 этаж, удаление воздуха</td><td>Выполнено</td><td>13:30</td></tr>'
       '<tr><td>2</td><td>Радиаторы 2 этаж, замена 2 кранов Маевского</td><td>Выполнено, бригада убыла</td><td>16:20</td></tr>'
       '<tr><td>3</td><td>Радиаторы 3 этаж</td><td>Перенос на 06.11 (нет доступа в арендуемые помещения)</td><td>—</td></tr>'
       '</table><p>С уважением,<br>Гриценко О.В.<br>тел. +7 (4722) 43-80-47</p></body></html>')
add(OFFICE, '11-05 18:04', 'Статус работ по заявке 438105 на 05.11', 
    "Добрый вечер!\n\nИнформация по заявке 438105 на 18:00 05.11.2026:\n\nПоз. 1 — Радиаторы 1 этаж — Выполнено — 13:30\n"
    "Поз. 2 — Радиаторы 2 этаж, замена 2 кранов Маевского — Выполнено, бригада убыла — 16:20\n"
    "Поз. 3 — Радиаторы 3 этаж — Перенос на 06.11 (нет доступа) — —\n\n" + SIG_OFFICE,
    dec('438105', ['1', '2'], LEFT, 'HTML table: pos 1 and 2 done, pos 3 only postponed'), html=tbl)
add(MYKOLA, '11-06 10:28', '438105-3',
    "на місці, третій поверх, орендарі відкрили",
    dec('438105', ['3'], ON, 'position after dash in subject'))
add(MYKOLA, '11-06 15:02', 'Re: 438105-3',
    "усе, закінчили третій поверх, хлопці поїхали. Акт занесу в понеділок\n\n"
    + q_gmail(D('11-06 10:28'), "на місці, третій поверх, орендарі відкрили").replace(DISPATCH[0], MYKOLA[0]).replace(DISPATCH[1], MYKOLA[1]),
    dec('438105', ['3'], LEFT, 'закінчили, хлопці поїхали'))

# ---------------------------------------------------------------- 438160
add(OFFICE, '11-06 11:45', 'RE: Обращение 438160 / Шебекино СОШ №4',
    "Добрый день.\n\nВаше обращение 438160 принято в работу. Ответственный — Ткаченко С.В., тел. +7 (903) 886-21-44.\n"
    "Выезд планируем на понедельник 09.11.\n\n" + SIG_OFFICE,
    dec('438160', [], ACC, 'обращение принято; school number 4 is not a position'), charset='windows-1251', cte='b64', reply=True)
add(SERGEY, '11-06 16:20', 'шебекино школа',
    "Ольга Викторовна подскажите контакт завхоза по 438160, не можем дозвониться, номер с заявки не отвечает",
    rev('question only, no status'))
add(SERGEY, '11-09 07:48', 'Re: Обращение 438160 / Шебекино СОШ №4',
    "выезжаем в шебекино, будем к 9",
    dec('438160', [], WAY, 'выезжаем now, будем к 9'), reply=True)
add(SERGEY, '11-09 09:21', 'Re: Обращение 438160 / Шебекино СОШ №4',
    "Прибыли. Школа 4, ИТП в подвале, завхоз встретил.\n\n"
    + q_mailru(D('11-09 07:48'), "выезжаем в шебекино, будем к 9", (SERGEY[0], SERGEY[1])),
    dec('438160', [], ON, 'прибыли; quoted выезжаем is history'), reply=True)
add(OFFICE, '11-09 16:45', 'FW: 438160 итог',
    "Коллеги, добрый день!\nНиже отчёт бригады по Шебекино.\n\n" + SIG_OFFICE +
    "\n\n-------- Пересылаемое сообщение --------\n09.11.2026, 16:31, Сергей Ткаченко <tkachenko-serg@mail.ru>:\n\n"
    "По 438160:\nП1 промывка теплообменника Ридан НН№14 выполнена, 2 часа реагентом\nП2 манометры заменены 6 шт (0-10 кгс)\nБригада убыла в 16:10\n\n"
    "-------- Конец пересылаемого сообщения --------",
    dec('438160', ['1', '2'], LEFT, 'Mail.ru-style forward inside Outlook; both positions done, crew left'), charset='windows-1251')

# ---------------------------------------------------------------- 438233
add(MYKOLA, '11-09 13:34', 'Re: ' + dispatch_subject('438233'),
    "Прийняли 438233. Сьогодні вже не встигнемо, завтра з ранку будемо. Хто там буде з ключами?\n\n" + q_gmail(D('11-09 13:00'), dispatch_text('438233')),
    dec('438233', [], ACC, 'прийняли = accepted; arrival only planned'), reply=True)
add(MYKOLA, '11-10 08:41', '438233',
    "Курськ Радищева 18, вже на місці. Ключі дали",
    dec('438233', [], ON, 'вже на місці'))
add(MYKOLA, '11-10 10:05', 'Re: 438233',
    "засор пробили, трос 20 м, все тече нормально. Поїхали на іншу заявку",
    dec('438233', [], LEFT, 'result + поїхали'))

# ---------------------------------------------------------------- 438290
add(OFFICE, '11-10 10:31', 'RE: ' + dispatch_subject('438290'),
    "Добрый день!\n\nЗаявка 438290 (4 позиции) принята. Выезд согласуем с Вашим инженером по объекту.\n"
    "Для котлов Viessmann Vitoplex 100 закажем комплект форсунок.\n\n" + SIG_OFFICE
    + q_outlook(D('11-10 09:00'), dispatch_subject('438290'), dispatch_text('438290')),
    dec('438290', [], ACC, 'accepted; base64 cp1251'), charset='windows-1251', cte='b64', reply=True)
add(SERGEY, '11-11 07:32', '438290 Оскол',
    "выехали 2 машины на Старый Оскол, Газель В118ТН31 и Ларгус К902ВА31. Я на Ларгусе 8 903 886 21 44",
    dec('438290', [], WAY, 'выехали на = on the way; plates'))
add(SERGEY, '11-11 09:47', 'Re: 438290 Оскол',
    "на складе в Осколе, хлопци разгружаются, котельную открыли",
    dec('438290', [], ON, 'on site'))
add(MYKOLA, '11-11 14:03', '438290 поз 1 і поз 2',
    "котли почистили обидва, форсунки поміняли, запустили — працюють. Газ Бєлгородоблгаз перевірив",
    dec('438290', ['1', '2'], LEFT, 'results for positions 1 and 2'))
add(MYKOLA, '11-11 16:34', 'Re: 438290 поз 1 і поз 2',
    "П3 насоси зробили, Wilo Stratos обидва крутять. Бак (П4) не привезли, буде завтра\n\n"
    + q_gmail(D('11-11 14:03'), "котли почистили обидва, форсунки поміняли, запустили — працюють.").replace(DISPATCH[0], MYKOLA[0]).replace(DISPATCH[1], MYKOLA[1]),
    dec('438290', ['3'], LEFT, 'P3 done, P4 planned; quoted P1/P2 ignored'))
add(SERGEY, '11-12 10:15', '438290 п4',
    "По 4-й ще не выехали, бак Reflex обещают к обеду со склада в Белгороде",
    rev('negation: not yet departed'))
add(SERGEY, '11-12 15:22', '438290 (4)',
    "бак поставили Reflex 50 л, давление 1,5, систему подпитали. Уезжаем",
    dec('438290', ['4'], LEFT, 'position in brackets; installed and leaving'))

# ---------------------------------------------------------------- 438318
add(OFFICE, '11-12 10:22', 'RE: Наряд 438318',
    "Добрый день. Наряд 438318 взяли, мастер будет завтра утром, ТЭН на 3 кВт подберём.\n\n" + SIG_OFFICE
    + q_original(D('11-12 10:00'), 'Наряд 438318', dispatch_text('438318')),
    dec('438318', [], ACC, 'наряд взяли = accepted'), reply=True)
add(MYKOLA, '11-13 08:58', 'Re: Наряд 438318',
    "їдемо на Костюкова 36",
    dec('438318', [], WAY, 'number only in Re: subject; їдемо'), reply=True)
add(MYKOLA, '11-13 11:47', 'Re: Наряд 438318',
    None, dec('438318', [], LEFT, 'HTML-only Gmail: уехали с объекта = left'), html_only=True, cte='b64',
    html='<div dir="auto">ТЭН заменили, бойлер греет, 60 градусов. Уже уехали с объекта.<div dir="auto"><br></div>'
         '<div dir="auto">Микола</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">чт, 12 нояб. 2026 г. в 10:22, '
         'Гриценко Ольга Викторовна &lt;o.gritsenko@teplo-chernozem.ru&gt;:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
         'Наряд 438318 взяли, мастер будет завтра утром</blockquote></div>')

# ---------------------------------------------------------------- 438402
add(SERGEY, '11-13 15:11', 'Re: ' + dispatch_subject('438402'),
    "заявку 438402 принял. завтра с утра на Курск", dec('438402', [], ACC, 'принял'), reply=True)
add(SKLAD, '11-14 07:05', '438402 Kursk',
    "Выехали из Белгорода в Курск по 438402, ориентировочно 9:30. Газель О347КМ31",
    dec('438402', [], WAY, 'выехали ИЗ Белгорода В Курск = on the way to site; KOI8-R'), charset='koi8-r', cte='qp')
add(SERGEY, '11-14 09:38', 'Re: 438402 Kursk',
    "Нa месте в 9:35, магазин на Карла Маркса 59, директор на месте",
    dec('438402', [], ON, 'Latin a in На; arrival time'))
add(OFFICE, '11-14 13:05', 'Заявка 438402 — информация',
    "Добрый день!\n\nПо заявке 438402:\nпозиция 1 — тепловая завеса Тепломаш КЭВ-12П5111Е, заменён двигатель вентилятора, работает;\n"
    "позиция 2 — требуется заказ платы управления, срок поставки около 5 рабочих дней, после поставки выедем повторно.\n\n" + SIG_OFFICE,
    dec('438402', ['1'], LEFT, 'pos 1 repaired; pos 2 waiting for part (no status); model number distractor'), charset='windows-1251')
add(DIRECTOR, '11-16 11:20', 'Счёт № 2214 от 16.11.2026 (438402)',
    "Добрый день!\n\nНаправляем счёт № 2214 от 16.11.2026 на плату управления для завесы по заявке 438402, "
    "сумма 18 400 руб., в т.ч. НДС. Просим согласовать, после оплаты поставщик отгрузит в течение 3 дней.\n\n" + SIG_DIR,
    rev('price/invoice talk, no status'), charset='windows-1251', cte='b64')
add(SERGEY, '11-20 08:10', '438402 п.2',
    "плата пришла, едем ставить в Курск, будем около 10", dec('438402', ['2'], WAY, 'п.2, едем = on the way'))
add(SERGEY, '11-20 12:45', 'Re: 438402 п.2',
    "поставили плату, завеса гудит як трактор но грие :) убыли\n\n"
    + q_mailru(D('11-20 08:10'), "плата пришла, едем ставить в Курск, будем около 10", (SERGEY[0], SERGEY[1])),
    dec('438402', ['2'], LEFT, 'убыли'))

# ---------------------------------------------------------------- 438457
add(OFFICE, '11-16 09:41', 'RE: Заявка 438457 Губкин насосная',
    "Принято. Бригада Бондаренко выезжает завтра, 17.11, к 8:00.\n\nО.В. Гриценко\nтел. +7 (4722) 43-80-47"
    + q_outlook(D('11-16 09:00'), 'Заявка 438457 Губкин насосная', dispatch_text('438457')),
    dec('438457', [], ACC, 'Принято; number in subject; departure planned'), charset='windows-1251', reply=True)
add(MYKOLA, '11-17 06:55', '438457',
    "в дорозі на Губкін. Н512ОР31", dec('438457', [], WAY, 'в дорозі = on the way'))
add(MYKOLA, '11-17 08:20', 'Re: 438457',
    "[Голосовое сообщение 0:42, расшифровка]\nну шо, ми на місці, на насосній, хлопці вже розбирають перший насос, там підшипник гуде, я потім наберу",
    dec('438457', [], ON, 'voice transcript: на місці; перший насос is what they work on, not a completed event'))
add(MYKOLA, '11-17 15:50', '438457 (1)',
    "перший насос: підшипники поміняли, запустили, вібрації нема. По другому і по арматурі завтра, бо треба ще задвижку Ду100 привезти",
    dec('438457', ['1'], LEFT, 'pos 1 finished; others planned'))
add(MYKOLA, '11-18 14:30', 'Re: 438457 (1)',
    "П2 П3 закінчили, все. Задвижку Ду100 поставили, насос 2 запустили. Їдемо до дому",
    dec('438457', ['2', '3'], LEFT, 'P2 P3 finished; їдемо додому = left'))

# ---------------------------------------------------------------- 438521 (emergency)
add(MYKOLA, '11-18 20:52', 'АВАРИЯ 438521',
    "ВИЇЖДЖАЄМО НА ПОПОВА 36, БУДЕМ ЧЕРЕЗ 20 ХВ", dec('438521', [], WAY, 'caps, виїжджаємо = on the way'))
add(MYKOLA, '11-18 21:26', 'Re: АВАРИЯ 438521',
    "на месте, воду перекрыли, откачиваем подвал", dec('438521', [], ON, 'on site'))
add(MYKOLA, '11-19 00:41', 'Re: АВАРИЯ 438521',
    "зварили, подали воду, теч нема. Виїхали з Попова, усі по домах\n\n"
    + q_gmail(D('11-18 21:26'), "на месте, воду перекрыли, откачиваем подвал").replace(DISPATCH[0], MYKOLA[0]).replace(DISPATCH[1], MYKOLA[1]),
    dec('438521', [], LEFT, 'виїхали З Попова = left the site'))
add(MYKOLA, '11-19 08:15', 'Re: АВАРИЯ 438521',
    "дякую) \n\n" + q_gmail(D('11-19 07:58'), "Николай, спасибо за ночной выезд по 438521. Акт пришлите, пожалуйста."),
    rev('thanks to dispatcher message, nothing new'), reply=True)

# ---------------------------------------------------------------- 438609
add(OFFICE, '11-20 12:15', 'RE: ' + dispatch_subject('438609'),
    "Добрый день!\n\nЗаявка № 438609 принята к исполнению.\n\n" + SIG_OFFICE
    + q_outlook(D('11-20 11:00'), dispatch_subject('438609'), dispatch_text('438609')),
    dec('438609', [], ACC, 'accepted'), charset='windows-1251', reply=True)
add(OFFICE, '11-20 15:40', 'RE: 438609 перенос',
    "Добрый день!\n\nПросим согласовать перенос выезда по заявке 438609 на понедельник 23.11, в пятницу обе бригады в Губкине и Осколе.\n\n" + SIG_OFFICE,
    rev('asks to reschedule, plan only'))
add(SERGEY, '11-23 08:02', '438609 в пути', "438609 в пути, будем через 30 минут", dec('438609', [], WAY, 'в пути'))
add(SERGEY, '11-23 08:40', 'Re: 438609 в пути', "на мисци", dec('438609', [], ON, 'Re: subject older status; body на мисци (на місці)'))
tbl2 = ('<HTML><BODY><div>438609 на 14:00</div><table border="1"><tr><td>П1</td><td>радиаторы АБК, 4 шт перевесили, греют</td><td>выполнено</td></tr>'
        '<tr><td>П2</td><td>водонагреватель Ariston ABS 80 не греет, нужна плата, закажем</td><td>не выполнено</td></tr></table>'
        '<div>Сергей</div><div>--<br>Отправлено из Mail.ru для Android</div></BODY></HTML>')
add(SERGEY, '11-23 14:03', '438609 отчет', None,
    dec('438609', ['1'], LEFT, 'HTML-only table: P1 done, P2 not done (no status)'), html_only=True, html=tbl2)

# ---------------------------------------------------------------- 438734
add(SERGEY, '11-23 17:10', 'Валуйки 438734', "выедем завтра к 8 по 438734, Валуйки, подпиточный насос берем с собой",
    rev('plan only: выедем завтра'))
add(MYKOLA, '11-24 10:15', '438734 Валуйки', "приїхали, поліклініка Толстого 8, насос Grundfos CM 3-5",
    dec('438734', [], ON, 'приїхали = arrived'))
add(MYKOLA, '11-24 13:05', 'Re: 438734 Валуйки', "зробили, насос новий стоїть, підпитка працює. Виїхали з Валуйок",
    dec('438734', [], LEFT, 'виїхали з Валуйок = left'))

# ---------------------------------------------------------------- 438880
add(OFFICE, '11-25 10:32', 'RE: ' + dispatch_subject('438880'),
    "Добрый день!\nЗаявку 438880 приняли, по узлу учёта нужен представитель теплоснабжающей организации — просим согласовать время.\n\n" + SIG_OFFICE,
    dec('438880', [], ACC, 'accepted + request for coordination'), reply=True)
add(MYKOLA, '11-26 07:40', '438880', "ще не виїхали, буса не заводиться, мороз. Сергій поїде на своїй",
    rev('negation: not yet departed'))
add(SERGEY, '11-26 08:05', 'Выезд 438880', "Выезжаем на Есенина 9 (438880), минут 15",
    dec('438880', [], WAY, 'выезжаем на = on the way'))
add(SERGEY, '11-26 08:30', 'Re: Выезд 438880', "на месте по П2, узел учета, ждем представителя теплосети",
    dec('438880', ['2'], ON, 'on site, position 2 named'))
add(SERGEY, '11-26 13:20', '438880', "по П2 закинчили, пломбу № 0043812 поставил представитель. По П1 хлопци еще на месте, регулятор Danfoss ECL разбирают",
    rev('different statuses for different positions (P2 left, P1 on site); seal number distractor'))

# ---------------------------------------------------------------- review-only (various)
add(MYKOLA, '11-06 17:30', 'Щорса', "Ольга Вікторівна, а шо там по Щорса, ще шось треба робити чи все? Бо нам дзвонили з котельні",
    rev('no request number, question'))
add(SERGEY, '11-19 10:00', '438999', "438999 на месте, Белгород Гражданский пр-т",
    rev('438999 is not in the registry'))
add(OFFICE, '11-13 17:20', 'Отчёт за день 13.11',
    "Добрый вечер!\n\nПо заявкам 438233 и 438318 бригады работы завершили и убыли, акты направим завтра.\n\n" + SIG_OFFICE,
    rev('two different requests in one letter'), charset='windows-1251')
add(OFFICE, '11-21 09:10', 'RE: Уточнение по заявке 438609',
    "Добрый день!\nСпасибо, Ваше письмо получили, информацию приняли к сведению.\n\n" + SIG_OFFICE
    + q_outlook(D('11-20 17:45'), 'Уточнение по заявке 438609', "Просим при выезде на склад иметь при себе удостоверения и СИЗ. Пропуск заказан на 23.11."),
    rev('acknowledgement of dispatcher message'), reply=True)
add(DIRECTOR, '11-24 15:00', 'Доп. соглашение к договору № 17/26-ТО',
    "Добрый день!\n\nПо договору № 17/26-ТО от 12.01.2026 просим подписать дополнительное соглашение № 3 на аварийные выезды (в т.ч. по заявке 438521), "
    "стоимость ночного выезда 4 500 руб. Проект во вложении.\n\n" + SIG_DIR,
    rev('contract/price talk mentioning a request; no status'), charset='windows-1251',
    attach=[(lambda p: (p.set_payload(b'%PDF-1.4\n% dummy draft\n'), encoders.encode_base64(p),
                        p.add_header('Content-Disposition', 'attachment', filename=('windows-1251', '', 'ДС_3_к_17-26-ТО.pdf')), p)[-1])(MIMEBase('application', 'pdf'))])
add(SERGEY, '11-04 16:00', '438047 поз. 3', "438047 поз. 3 закончили, уехали",
    rev('request 438047 has only position 1'))
add(MYKOLA, '11-24 18:20', '', "ми на місці, чекаємо",
    rev('no subject, no number'))
add(SERGEY, '11-16 17:40', 'Губкин 438457', "будем завтра с утра, хлопци готовят инструмент",
    rev('plan only'))

# forwarded as attachment (Outlook) — counts as report
inner = MIMEText("Добрый день, 438880 П1 регулятор ECL поменяли, настроили график 95/70. Работы завершены, с объекта уехали.\nТкаченко С.", 'plain', 'utf-8')
inner['From'] = formataddr((Header('Сергей Ткаченко', 'utf-8').encode(), 'tkachenko-serg@mail.ru'))
inner['To'] = 'o.gritsenko@teplo-chernozem.ru'
inner['Subject'] = Header('438880 П1', 'utf-8')
inner['Date'] = format_datetime(D('11-26 16:10'))
inner['Message-ID'] = '<1795697400.a1b2c3d4@f512.i.mail.ru>'
add(OFFICE, '11-26 16:40', 'FW: 438880 П1',
    "Добрый день, пересылаю сообщение бригадира (во вложении).\n\n" + SIG_OFFICE,
    dec('438880', ['1'], LEFT, 'forward as attached message/rfc822: P1 done, left the site'),
    attach=[MIMEMessage(inner)])

# ---------------------------------------------------------------- ignored (machines)
add(OFFICE, '11-17 09:02', 'Автоматический ответ: Заявка 438457 Губкин насосная',
    "Здравствуйте!\nЯ нахожусь в отпуске до 20.11.2026. По срочным вопросам обращайтесь по тел. +7 (4722) 43-80-47.\n\nГриценко О.В.",
    ign('Outlook out-of-office auto-reply'), charset='windows-1251',
    extra={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'})
add(MYKOLA, '11-27 10:00', 'Відпустка / Re: 438880',
    "Добрий день! Я у відпустці до 07.12. З питань бригади дзвоніть Сергію Ткаченку 8 903 886 21 44.\n(автовідповідь)",
    ign('Gmail vacation responder'), extra={'Auto-Submitted': 'auto-replied', 'Precedence': 'bulk'})

# bounce
rep = MIMEMultipart('report', report_type='delivery-status')
rep.attach(MIMEText("This is the mail system at host mx.teplo-chernozem.ru.\n\nI'm sorry to have to inform you that your message could not\n"
                    "be delivered to one or more recipients.\n\n<n.bondarenko@teplo-chernozem.ru>: user unknown", 'plain', 'us-ascii'))
ds = Message()
ds['Content-Type'] = 'message/delivery-status'
b1 = Message(); b1['Reporting-MTA'] = 'dns; mx.teplo-chernozem.ru'; b1['Arrival-Date'] = 'Thu, 12 Nov 2026 10:05:11 +0300'
b2 = Message(); b2['Final-Recipient'] = 'rfc822; n.bondarenko@teplo-chernozem.ru'; b2['Action'] = 'failed'; b2['Status'] = '5.1.1'
b2['Diagnostic-Code'] = 'smtp; 550 5.1.1 User unknown'
ds.set_payload([b1, b2])
rep.attach(ds)
orig = MIMEText("Заявка 438290: просим сообщить, когда будет поставлен расширительный бак.", 'plain', 'utf-8')
orig['From'] = 'dispatch@zakazchik-omis.ru'
orig['To'] = 'n.bondarenko@teplo-chernozem.ru'
orig['Subject'] = Header('Заявка 438290 — бак', 'utf-8')
rep.attach(MIMEMessage(orig, 'rfc822-headers') if False else MIMEMessage(orig))
rep['From'] = 'MAILER-DAEMON@teplo-chernozem.ru (Mail Delivery System)'
rep['To'] = DISPATCH[1]
rep['Subject'] = 'Undelivered Mail Returned to Sender'
rep['Date'] = format_datetime(D('11-12 10:05'))
rep['Message-ID'] = make_msgid(domain='mx.teplo-chernozem.ru')
rep['Auto-Submitted'] = 'auto-replied'
rep['MIME-Version'] = '1.0'
fn = '%03d.eml' % (len(LETTERS) + 1)
LETTERS.append((fn, rep)); LABELS[fn] = ign('bounce (DSN) from contractor mail server')

# read receipt
mdn = MIMEMultipart('report', report_type='disposition-notification')
mdn.attach(text_part("Ваше сообщение\n\n  Кому: Гриценко Ольга Викторовна\n  Тема: Заявка 438402 — Курск, ул. Карла Маркса, 59\n  Отправлено: 13.11.2026 14:00\n\nбыло прочитано 13.11.2026 14:57.", 'plain', 'windows-1251', 'qp'))
dn = Message()
dn['Content-Type'] = 'message/disposition-notification'
dn.set_payload("Reporting-UA: teplo-chernozem.ru; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;o.gritsenko@teplo-chernozem.ru\n"
               "Original-Message-ID: <disp.77aa01@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
mdn.attach(dn)
mdn['From'] = formataddr((Header(OFFICE[0], 'windows-1251').encode(), OFFICE[1]))
mdn['To'] = DISPATCH[1]
mdn['Subject'] = Header('Прочитано: Заявка 438402 — Курск, ул. Карла Маркса, 59', 'windows-1251')
mdn['Date'] = format_datetime(D('11-13 14:57'))
mdn['Message-ID'] = make_msgid(domain='teplo-chernozem.ru')
mdn['X-Mailer'] = 'Microsoft Outlook 16.0'
mdn['MIME-Version'] = '1.0'
fn = '%03d.eml' % (len(LETTERS) + 1)
LETTERS.append((fn, mdn)); LABELS[fn] = ign('read receipt (MDN)')

# calendar response
cal = MIMEMultipart('alternative')
cal.attach(text_part("Гриценко Ольга Викторовна принимает это приглашение.", 'plain', 'utf-8', 'qp'))
ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Гриценко Ольга Викторовна:mailto:o.gritsenko@teplo-chernozem.ru\r\n"
       "SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по заявкам 438290 и 438457\r\n"
       "DTSTART:20261119T070000Z\r\nDTEND:20261119T080000Z\r\nUID:040000008200E00074C5B7101A82E008000000007@zakazchik-omis.ru\r\n"
       "SEQUENCE:0\r\nDTSTAMP:20261117T120000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
cp = text_part(ics, 'calendar', 'utf-8', 'b64')
cp.set_param('method', 'REPLY')
cal.attach(cp)
cal['From'] = formataddr((Header(OFFICE[0], 'utf-8').encode(), OFFICE[1]))
cal['To'] = DISPATCH[1]
cal['Subject'] = Header('Принято: Совещание по заявкам 438290 и 438457', 'utf-8')
cal['Date'] = format_datetime(D('11-17 15:03'))
cal['Message-ID'] = make_msgid(domain='teplo-chernozem.ru')
cal['X-Mailer'] = 'Microsoft Outlook 16.0'
cal['MIME-Version'] = '1.0'
fn = '%03d.eml' % (len(LETTERS) + 1)
LETTERS.append((fn, cal)); LABELS[fn] = ign('calendar meeting response (METHOD:REPLY)')

# newsletter
add(('Теплосервис-Черноземье', 'news@teplo-chernozem.ru', 'bulk'), '11-10 12:00',
    'Сезонное ТО котельных: скидка 10% до 30.11', None, ign('bulk newsletter with List-Unsubscribe'),
    html_only=True, cte='b64',
    html='<html><body><h2>Подготовьте котельную к зиме!</h2><p>ООО «Теплосервис-Черноземье» предлагает сезонное техническое обслуживание '
         'котельных и ИТП со скидкой 10% до 30.11.2026. Уже выполнено более 438 заявок в этом сезоне!</p>'
         '<p><a href="https://teplo-chernozem.ru/unsubscribe?u=dispatch">Отписаться от рассылки</a></p></body></html>',
    extra={'List-Unsubscribe': '<https://teplo-chernozem.ru/unsubscribe?u=dispatch>', 'Precedence': 'bulk',
           'List-Id': 'Новости <news.teplo-chernozem.ru>'})

# ---------------------------------------------------------------- order by date, renumber
def dkey(item):
    from email.utils import parsedate_to_datetime
    return parsedate_to_datetime(item[1]['Date'])

items = sorted(LETTERS, key=dkey)
final_labels = {}
for i, (old, msg) in enumerate(items, 1):
    fn = '%03d.eml' % i
    for part in msg.walk():
        if part is not msg and 'MIME-Version' in part:
            del part['MIME-Version']
    with open(os.path.join(LET, fn), 'wb') as f:
        f.write(msg.as_bytes())
    final_labels[fn] = LABELS[old]

with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(final_labels, f, ensure_ascii=False, indent=1)

reg = {'contractor': {'name': 'ООО «Теплосервис-Черноземье»',
                      'emails': [OFFICE[1], DIRECTOR[1], SKLAD[1], 'news@teplo-chernozem.ru', 'MAILER-DAEMON@teplo-chernozem.ru',
                                 MYKOLA[1], SERGEY[1]],
                      'domains': ['teplo-chernozem.ru']},
       'requests': [{'number': n, 'positions': p, 'registered_at': D(r).replace(second=0).isoformat(), 'comment': c}
                    for n, (p, r, c) in REG.items()]}
with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as f:
    json.dump(reg, f, ensure_ascii=False, indent=1)

from collections import Counter
c = Counter(v['expect'] for v in final_labels.values())
print(len(final_labels), dict(c))
