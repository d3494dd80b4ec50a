# -*- coding: utf-8 -*-
"""Generator of the test corpus for persona J:
project office of a GENERAL contractor (ООО «СтройИнжКомплекс») relaying
reports of its subcontractors to the customer's dispatch mailbox."""
import base64, quopri, random, json, os, html as htmlmod, uuid
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import format_datetime

random.seed(13013)
OUT = os.path.dirname(os.path.abspath(__file__))
MSK = timezone(timedelta(hours=3))
UTC = timezone.utc

def D(day, hh, mm, ss=None, tz=MSK):
    if ss is None:
        ss = random.randint(0, 59)
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=tz)

# ---------------------------------------------------------------- people
DISPATCH = ('Диспетчерская ОМИС', 'dispatch@zakazchik-omis.ru')
PETROVA = ('Петрова Ольга Викторовна', 'dispatch@zakazchik-omis.ru')
PETROVA_S = ('Петрова Ольга', 'dispatch@zakazchik-omis.ru')
LARIONOV = ('Ларионов Сергей Викторович', 's.larionov@zakazchik-omis.ru')

PTO = ('ПТО СтройИнжКомплекс', 'pto@sik-gen.ru')
KOV = ('Коваленко Андрей', 'a.kovalenko@sik-gen.ru')
KOVG = ('Андрей Коваленко', 'andrey.kovalenko.sik@gmail.com')
SHER = ('Марина Шерстнёва', 'm.sherstneva@sik-gen.ru')
LYS = ('Лысенко Дмитрий Павлович', 'd.lysenko@sik-gen.ru')
OBJ = ('Объектный офис СИК', 'sik.objekt@yandex.ru')

# subcontractors (appear only inside forwarded text)
TMS = ('ТеплоМонтажСервис — диспетчер', 'ofis@tms-service.ru')
RAMIL = ('Рамиль Гусейнов', 'ramil.guseynov79@mail.ru')
KUK = ('Кукушкин Олег', 'o.kukushkin@tms-service.ru')
VK = ('ВентКлимат-Проф, диспетчерская', 'zadaniya@vkprof.ru')
LAPTEV = ('Лаптев Виктор', 'laptev.v@vkprof.ru')
EL = ('Электро-Линк Наряды', 'nariad@el-link.ru')
FED = ('Федосеев Игорь', 'fedoseev@el-link.ru')
SAF = ('Павел Сафронов', 'safronov.krovlya@yandex.ru')

def fa(p):  # plain "Name <addr>" for quoted blocks
    return f'{p[0]} <{p[1]}>'

# ---------------------------------------------------------------- date styles
WD_RU = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье']
WD_RU_S = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс']
WD_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

def d_outlook_ru(d):
    return f'{WD_RU[d.weekday()]}, {d.day} ноября 2026 г. {d.hour}:{d.minute:02d}'

def _h12(d):
    h = d.hour % 12 or 12
    return h, ('AM' if d.hour < 12 else 'PM')

def d_outlook_en(d):
    h, ap = _h12(d)
    return f'{WD_EN[d.weekday()]}, November {d.day}, 2026 {h}:{d.minute:02d} {ap}'

def d_gmail(d):
    return f'{WD_RU_S[d.weekday()]}, {d.day} нояб. 2026 г. в {d.hour:02d}:{d.minute:02d}'

def d_yandex(d):
    return f'{d.day:02d}.11.2026, {d.hour:02d}:{d.minute:02d}'

def d_tb(d):
    return format_datetime(d)

def d_bat(d):
    return f'{d.day} ноября 2026 г., {d.hour}:{d.minute:02d}:{d.second:02d}'

# ---------------------------------------------------------------- forward/quote blocks
def fw_outlook_ru(frm, d, to, subj, body, cc=None):
    s = '\n\n________________________________\n'
    s += f'От: {fa(frm)}\nОтправлено: {d_outlook_ru(d)}\nКому: {fa(to) if isinstance(to, tuple) else to}\n'
    if cc:
        s += f'Копия: {cc}\n'
    s += f'Тема: {subj}\n\n{body}'
    return s

def fw_outlook_en(frm, d, to, subj, body):
    return (f'\n\n-----Original Message-----\nFrom: {fa(frm)}\nSent: {d_outlook_en(d)}\n'
            f'To: {fa(to) if isinstance(to, tuple) else to}\nSubject: {subj}\n\n{body}')

def fw_gmail(frm, d, subj, to, body):
    return (f'\n\n---------- Forwarded message ---------\nОт: {fa(frm)}\nDate: {d_gmail(d)}\n'
            f'Subject: {subj}\nTo: {fa(to) if isinstance(to, tuple) else to}\n\n\n{body}\n')

def fw_yandex(frm, d, body):
    return (f'\n\n-------- Пересылаемое сообщение --------\n{d_yandex(d)}, "{frm[0]}" <{frm[1]}>:\n\n'
            f'{body}\n\n-------- Конец пересылаемого сообщения --------\n')

def fw_tb(subj, d, frm, to, body):
    return (f'\n\n\n-------- Пересылаемое сообщение --------\nТема: \t{subj}\nДата: \t{d_tb(d)}\n'
            f'От: \t{fa(frm)}\nКому: \t{fa(to) if isinstance(to, tuple) else to}\n\n\n\n{body}\n')

def fw_bat(frm, to, d, subj, body):
    h, ap = _h12(d)
    return (f'\n\nЭто пересылаемое сообщение\n\nОт: {fa(frm)}\nКому: {fa(to) if isinstance(to, tuple) else to}\n'
            f'Дата: {WD_EN[d.weekday()]}, November {d.day}, 2026, {h}:{d.minute:02d}:{d.second:02d} {ap}\n'
            f'Тема: {subj}\n\n===8<==============Исходный текст сообщения===============\n{body}\n'
            f'===8<===========Конец исходного текста сообщения===========\n')

def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))

def gmail_quote(frm, d, text):
    return f'\n\n{d_gmail(d)}, {frm[0]} <{frm[1]}>:\n\n{quote(text)}\n'

# ---------------------------------------------------------------- MIME building (bytes, full control)
def enc_header(s, cs='utf-8', enc='B'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        s = fix_cs(s, cs)
        c = Charset(cs)
        c.header_encoding = QP if enc == 'Q' else BASE64
        return Header(s, c, maxlinelen=76, header_name='Subject').encode()

def enc_addr(p, cs='utf-8', enc='B'):
    name, addr = p
    if not name:
        return addr
    try:
        name.encode('ascii')
        return f'"{name}" <{addr}>'
    except UnicodeEncodeError:
        # one encoded-word per display name (clients do not split short names)
        w = '=?%s?B?%s?=' % (cs, base64.b64encode(fix_cs(name, cs).encode(cs)).decode())
        assert len(w) <= 75, (name, cs, len(w))
        return f'{w} <{addr}>'

KOI_FIX = {'\u2014': '-', '\u2013': '-', '\u00ab': '"', '\u00bb': '"', '\u2116': 'N', '\u2026': '...'}
def fix_cs(text, cs):
    if cs.lower() == 'koi8-r':
        for a, b in KOI_FIX.items():
            text = text.replace(a, b)
    return text

def body_bytes(text, cs, cte):
    raw = fix_cs(text, cs).encode(cs)
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    if not raw.endswith(b'\n'):
        raw += b'\n'
    return raw

def leaf(text, subtype='plain', cs='utf-8', cte='base64', flowed=False, extra=None):
    ct = f'text/{subtype}; charset="{cs}"'
    if flowed:
        ct = f'text/{subtype}; charset={cs.upper()}; format=flowed'
    h = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)] + (extra or [])
    return (h, body_bytes(text, cs, cte))

def raw_part(headers, body):
    return (headers, body if isinstance(body, bytes) else body.encode('utf-8'))

def bnd():
    return '----=_Part_%d_%d.%d' % (random.randint(10000, 99999), random.randint(10**8, 10**9), random.randint(10**12, 10**13))

def multipart(subtype, parts, extra_ct=''):
    b = bnd()
    h = [('Content-Type', f'multipart/{subtype}; {extra_ct}boundary="{b}"')]
    out = b'This is a multi-part message in MIME format.\n'
    for ph, pb in parts:
        out += b'\n--' + b.encode() + b'\n'
        out += b''.join(f'{k}: {v}\n'.encode('ascii') for k, v in ph) + b'\n' + pb
        if not pb.endswith(b'\n'):
            out += b'\n'
    out += b'\n--' + b.encode() + b'--\n'
    return (h, out)

def to_html(text, cs, style='outlook'):
    lines = text.split('\n')
    if style == 'outlook':
        ps = ''.join(f'<p class=MsoNormal>{htmlmod.escape(l) if l else "&nbsp;"}<o:p></o:p></p>\n' for l in lines)
        return (f'<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">'
                f'<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>'
                f'<body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>\n{ps}</div></body></html>\n')
    if style == 'gmail':
        return '<div dir="ltr">' + '<br>'.join(htmlmod.escape(l) for l in lines) + '</div>\n'
    return '<div>' + '</div><div>'.join(htmlmod.escape(l) if l else '&nbsp;' for l in lines) + '</div>\n'

def msgid(client, d):
    if client == 'outlook':
        return '<0000%02x01dc%04x$%08x$%08x$@sik-gen.ru>' % (random.randint(0, 0xff), random.getrandbits(16), random.getrandbits(32), random.getrandbits(32))
    if client == 'gmail':
        al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+'
        return '<CAH%s@mail.gmail.com>' % ''.join(random.choice(al) for _ in range(44))
    if client == 'yandex':
        return '<%d%d@mail.yandex.ru>' % (random.randint(100000, 999999), int(d.timestamp()))
    if client == 'tb':
        return '<%s@sik-gen.ru>' % uuid.UUID(int=random.getrandbits(128), version=4)
    if client == 'bat':
        return '<%d.%s@sik-gen.ru>' % (random.randint(10**8, 10**9), d.strftime('%Y%m%d%H%M%S'))
    return '<%s@mail.sik-gen.ru>' % uuid.UUID(int=random.getrandbits(128), version=4).hex

CLIENT_HDR = {
    'outlook': [('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'ru')],
    'gmail': [],
    'yandex': [('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')],
    'tb': [('User-Agent', 'Mozilla Thunderbird')],
    'bat': [('X-Mailer', 'The Bat! (v11.2.1) Professional')],
    'server': [],
}

LETTERS = []
def add(key, d, frm, subject, root, label, client='outlook', cs='utf-8', to=(DISPATCH,), cc=(), extra=(), subj_enc='B', irt=None):
    LETTERS.append(dict(key=key, d=d, frm=frm, subject=subject, root=root, label=label, client=client,
                        cs=cs, to=to, cc=cc, extra=list(extra), subj_enc=subj_enc, irt=irt))

def build(L):
    cs, enc = L['cs'], L['subj_enc']
    hs = [('Date', format_datetime(L['d'])),
          ('From', enc_addr(L['frm'], cs, enc)),
          ('To', ', '.join(enc_addr(p, cs, enc) for p in L['to']))]
    if L['cc']:
        hs.append(('Cc', ', '.join(enc_addr(p, cs, enc) for p in L['cc'])))
    hs.append(('Subject', enc_header(L['subject'], cs, enc)))
    hs.append(('Message-ID', msgid(L['client'], L['d'])))
    if L['irt']:
        irt = '<%s@zakazchik-omis.ru>' % L['irt']
        hs += [('In-Reply-To', irt), ('References', irt)]
    hs.append(('MIME-Version', '1.0'))
    hs += CLIENT_HDR[L['client']] + L['extra']
    ph, pb = L['root']
    head = ''.join(f'{k}: {v}\n' for k, v in hs + ph)
    return head.encode('ascii') + b'\n' + pb

# convenience root builders --------------------------------------------------
def r_outlook(text, cs='windows-1251', alt=True, html=None):
    plain = leaf(text, 'plain', cs, 'quoted-printable')
    if not alt:
        return plain
    return multipart('alternative', [plain, leaf(html or to_html(text, cs), 'html', cs, 'quoted-printable')])

def r_gmail(text, html=None):
    return multipart('alternative', [leaf(text, 'plain', 'UTF-8', 'base64'),
                                     leaf(html or to_html(text, 'UTF-8', 'gmail'), 'html', 'UTF-8', 'base64')])

def r_yandex(text, html_only=False):
    if html_only:
        return leaf(to_html(text, 'utf-8', 'yandex'), 'html', 'utf-8', '8bit')
    return leaf(text, 'plain', 'utf-8', '8bit')

def r_tb(text):
    return leaf(text, 'plain', 'utf-8', '8bit', flowed=True)

def r_bat(text, cs='koi8-r'):
    return leaf(text, 'plain', cs, '8bit')

def dec(req, pos, status, note):
    return {'expect': 'decided', 'request': req, 'positions': pos, 'status': status, 'note': note}
def rev(note):
    return {'expect': 'review', 'note': note}
def ign(note):
    return {'expect': 'ignored', 'note': note}

ACC, WAY, SITE, LEFT = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'

SIG_KOV = '\n\nС уважением,\nКоваленко Андрей Сергеевич\nинженер ПТО ООО «СтройИнжКомплекс»\nтел. +7 (495) 640-18-27, доб. 214\nмоб. +7 (916) 204-55-31'
SIG_PTO = '\n\n--\nПроектный офис ООО «СтройИнжКомплекс»\n127015, г. Москва, ул. Бутырская, д. 46, стр. 3, оф. 12\nтел. +7 (495) 640-18-27\nИНН 7728345612 / КПП 772801001'
SIG_SHER = '\n\n-- \nМарина Шерстнёва\nдиспетчер генподрядчика\nООО «СтройИнжКомплекс», +7 (495) 640-18-27 доб. 205'
SIG_LYS = '\n\n-- \nС уважением,\nЛысенко Дмитрий Павлович\nруководитель проекта ООО «СтройИнжКомплекс»\n+7 (903) 118-42-60'
SIG_OBJ = '\n\n-- \nОбъектный офис СИК (ул. Промышленная, 7)\n+7 (926) 511-08-73'
SIG_TMS = '\n\n--\nДиспетчерская ООО «ТеплоМонтажСервис»\nтел. 8 (495) 212-33-09\nИНН 5029176640'
SIG_VK = '\n\nВентКлимат-Проф\nдиспетчерская: +7 (499) 350-71-12'
SIG_EL = '\n\nФедосеев И.В., мастер участка\nООО «Электро-Линк», т. +7 (915) 077-36-41'
MOB_I = '\n\nОтправлено с iPhone'
MOB_Y = '\n\n--\nОтправлено из мобильной Яндекс Почты'

# =====================================================================
# 13041 — ИТП корп. А, насосы отопления (поз. 1, 2, 3) — субподрядчик ТМС, наряд СП-5512
# =====================================================================
q = ('Добрый день!\n\nНаправляем заявку № 13041.\nОбъект: ул. Промышленная, 7, корп. А, ИТП (подвал).\n'
     'Позиции:\n1 — насос циркуляционный К1 (шум, вибрация);\n2 — насос циркуляционный К2 (течь по уплотнению);\n'
     '3 — насос ГВС Н3 (не запускается).\nПросим подтвердить принятие и сообщить сроки.\n\n'
     'Петрова О.В., диспетчер ОМИС\nтел. +7 (495) 980-11-20')
t = ('Ольга, добрый день.\n\nЗаявку приняли в работу. Исполнитель — наш субподрядчик ООО «ТеплоМонтажСервис», '
     'у них она заведена как наряд СП-5512. О выезде сообщим отдельно.' + SIG_KOV +
     fw_outlook_ru(PETROVA, D(2, 9, 15), PTO, 'Заявка № 13041 — ИТП корп. А, насосы отопления', q))
add('13041-acc', D(2, 10, 2), PTO, 'RE: Заявка № 13041 — ИТП корп. А, насосы отопления', r_outlook(t), 
    dec('13041', [], ACC, 'GC accepts, passes to subcontractor (its order СП-5512); positions only in quoted request'),
    cs='windows-1251', subj_enc='Q', irt='req13041')

inner = 'Выехали на Промышленную 7 ИТП по наряду СП-5512. Минут 40 ехать, на ТТК пробка.\nГусейнов'
office = ('Андрей Сергеевич, доброе утро. Пересылаю от мастера.\nНаталья' + SIG_TMS +
          fw_yandex(RAMIL, D(3, 8, 21), inner))
t = ('Коллеги, для информации — по заявке 13041.\n\nА. Коваленко' +
     fw_gmail(TMS, D(3, 8, 35), 'Fwd: СП-5512 выезд', KOVG, office))
add('13041-way', D(3, 8, 47), KOVG, 'Fwd: Fwd: СП-5512 выезд', r_gmail(t),
    dec('13041', [], WAY, 'forward of forward: foreman → sub office → GC; foreman says they left FOR the site; customer number only in GC top line'),
    client='gmail')

inner = ('Марина, добрый день.\nМастер Гусейнов сообщает: бригада на объекте с 9:50, ИТП открыли, '
         'начали с поз. 1 и 2 (насосы К1, К2). Пломбу № 0034512 на узле учёта не трогаем.' + SIG_TMS)
t = ('Ольга, добрый день, по вашей заявке 13041 см. ниже.' + SIG_SHER +
     fw_tb('СП-5512 на объекте', D(3, 10, 2), TMS, SHER, inner))
add('13041-site', D(3, 10, 15), SHER, 'Fwd: СП-5512 на объекте', r_tb(t),
    dec('13041', ['1', '2'], SITE, 'sub office relays foreman: on site, working positions 1 and 2; seal number is a distractor'),
    client='tb')

tab_html = ('<table border=1 cellspacing=0 cellpadding=4 style="border-collapse:collapse">'
            '<tr><th>Поз.</th><th>Оборудование</th><th>Выполнено</th><th>Статус</th></tr>'
            '<tr><td>1</td><td>Насос К1 Grundfos TP 65-180/2</td><td>замена подшипников, вибрация в норме</td><td>выполнено, убыли 17:05</td></tr>'
            '<tr><td>2</td><td>Насос К2 Grundfos TP 65-180/2</td><td>замена торцевого уплотнения 28 мм</td><td>выполнено, убыли 17:05</td></tr>'
            '</table><p>Поз. 3 — завтра, ждём пусковой конденсатор 450V 16 мкФ.</p>')
tab_txt = ('Поз.\tОборудование\tВыполнено\tСтатус\n1\tНасос К1 Grundfos TP 65-180/2\tзамена подшипников, вибрация в норме\tвыполнено, убыли 17:05\n'
           '2\tНасос К2 Grundfos TP 65-180/2\tзамена торцевого уплотнения 28 мм\tвыполнено, убыли 17:05\n\n'
           'Поз. 3 — завтра, ждём пусковой конденсатор 450V 16 мкФ.')
top = 'Добрый вечер.\n\nНаправляем отчёт субподрядчика по заявке 13041.'
hdr_blk = fw_outlook_ru(TMS, D(3, 17, 12), KOV, 'Отчёт СП-5512 за 03.11', '')
t = top + SIG_PTO + hdr_blk + 'Отчёт по наряду СП-5512 (03.11.2026):\n\n' + tab_txt + SIG_TMS
h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang=RU>'
     '<p>Добрый вечер.</p><p>Направляем отчёт субподрядчика по заявке 13041.</p>'
     '<p>--<br>Проектный офис ООО «СтройИнжКомплекс»<br>тел. +7 (495) 640-18-27</p>'
     '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
     f'<p><b>От:</b> {htmlmod.escape(fa(TMS))}<br><b>Отправлено:</b> {d_outlook_ru(D(3, 17, 12))}<br>'
     f'<b>Кому:</b> {htmlmod.escape(fa(KOV))}<br><b>Тема:</b> Отчёт СП-5512 за 03.11</p></div>'
     '<p>Отчёт по наряду СП-5512 (03.11.2026):</p>' + tab_html +
     '<p>--<br>Диспетчерская ООО «ТеплоМонтажСервис»<br>тел. 8 (495) 212-33-09</p></body></html>')
add('13041-left12', D(3, 17, 30), PTO, 'FW: Отчёт СП-5512 за 03.11', r_outlook(t, 'utf-8', html=h),
    dec('13041', ['1', '2'], LEFT, 'HTML table per position: 1 and 2 done, crew left 17:05; pos 3 only planned'),
    cs='utf-8')

inner = 'По СП-5512 третий насос (поз.3) сделали — конденсатор поменяли, запустили, ГВС есть. С объекта уехали в 16:30.\nГусейнов'
t = ('Добрый день.\n\nЗаявка 13041, поз. 3 — отчёт субподрядчика за вчера, пересылаю с опозданием, извините.' + SIG_LYS +
     fw_bat(RAMIL, KOV, D(4, 16, 40), 'СП-5512 поз 3', inner))
add('13041-left3', D(5, 9, 10), LYS, 'Fwd: СП-5512 поз 3', r_bat(t, 'koi8-r'),
    dec('13041', ['3'], LEFT, 'forwarded a day late (inner dated 04.11), The Bat! KOI8-R; crew left FROM the site'),
    client='bat', cs='koi8-r')

# =====================================================================
# 13107 — вентиляция корп. В: поз.1 приточная установка, поз.2 вытяжная установка — ВентКлимат, задание 77-041
# =====================================================================
q = ('Добрый день.\nЗаявка 13107: корп. В, 2 этаж, венткамера.\n1 — приточная установка (не греет, срабатывает защита по ремню);\n'
     '2 — вытяжная установка (посторонний шум).\nПрошу принять.\nПетрова О.В.')
t = ('Ольга, принято. Передали в ООО «ВентКлимат-Проф», у них это задание 77-041. '
     'Выезд планируют на завтра, с утра.\n\nА. Коваленко\n+7 (916) 204-55-31' +
     fw_outlook_en(PETROVA, D(3, 10, 40), KOV, 'Заявка 13107 / вентиляция корп. В', q))
add('13107-acc', D(3, 11, 20), KOV, 'RE: Заявка 13107 / вентиляция корп. В', r_outlook(t, alt=False),
    dec('13107', [], ACC, 'accepted; "выезд планируют на завтра" is only a plan'),
    cs='windows-1251', subj_enc='Q', irt='req13107')

inner = ('Добрый день. По заданию 77-041 бригада Лаптева выехала в 7:45, ориентировочно к 8:40 будут на объекте. '
         'Машина Ford Transit, гос. № Р 317 КМ 750.' + SIG_VK)
t = 'Для информации: заявка 13107.' + SIG_OBJ + fw_yandex(VK, D(4, 7, 52), inner)
add('13107-way', D(4, 8, 5), OBJ, 'Fwd: 13107 / задание 77-041 выехали', r_yandex(t),
    dec('13107', [], WAY, 'Yandex forward of sub dispatcher: crew departed, ETA 8:40; car plate distractor'),
    client='yandex')

qd = ('Подскажите, во сколько будут? Нужно предупредить охрану.\n\nПетрова О.В.\n\n'
      '04.11.2026, 08:05, "Объектный офис СИК" <sik.objekt@yandex.ru>:\nДля информации: заявка 13107.\n'
      '> По заданию 77-041 бригада Лаптева выехала в 7:45 ...')
t = 'Уже на месте, зашли в 8:45.\n\nА. Коваленко' + fw_outlook_en(PETROVA, D(4, 8, 51), KOV, 'Re: Fwd: 13107 / задание 77-041 выехали', qd)
add('13107-site', D(4, 9, 2), KOV, 'RE: Fwd: 13107 / задание 77-041 выехали', r_outlook(t, 'windows-1251'),
    dec('13107', [], SITE, 'Re: subject still says "выехали" but the new text says they are on site; quoted part says departed'),
    cs='windows-1251', subj_enc='Q', irt='q13107a')

r2 = ('По приточке (поз.1) всё: ремень заменили, подшипники смазали, установка запущена, калорифер греет, защита не срабатывает.\n'
      'Вытяжку (поз.2) смотреть завтра — нужен ремень другого профиля SPA-1250, закажем.\nС объекта уехали 12:25.\nЛаптев')
r1 = 'На месте, начинаем с приточки.\nЛаптев'
t = ('Коллеги, по заявке 13107 направляем сообщения бригады субподрядчика (два за сегодня, последнее сверху).' + SIG_PTO +
     fw_outlook_ru(LAPTEV, D(4, 12, 31), KOV, '77-041', r2) + fw_outlook_ru(LAPTEV, D(4, 8, 47), KOV, '77-041', r1))
add('13107-left1', D(4, 12, 50), PTO, 'FW: 77-041 отчёт', r_outlook(t, 'windows-1251'),
    dec('13107', ['1'], LEFT, 'two sub reports in one forward: arrival 8:47 and pos 1 finished + left 12:25 (pos 2 only planned) -> latest: left for pos 1'),
    cs='windows-1251', subj_enc='Q')

inner_msg_text = ('Марина, вытяжка В1 — ремень SPA-1250 поставили, натяжку отрегулировали, подшипник смазан, шум ушёл.\n'
                  'Бригада освободилась в 15:00.\nЛаптев В.' + SIG_VK)
ih = (f'Date: {format_datetime(D(5, 15, 5))}\nFrom: {enc_addr(LAPTEV)}\nTo: {enc_addr(SHER)}\n'
      f'Subject: {enc_header("77-041 вытяжка")}\nMessage-ID: <{random.getrandbits(64):x}@vkprof.ru>\nMIME-Version: 1.0\n'
      'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: base64\n\n').encode() + base64.encodebytes(inner_msg_text.encode())
t = 'Ольга, добрый день.\n\nЗаявка 13107, по второй позиции — отчёт субподрядчика во вложении.' + SIG_SHER
root = multipart('mixed', [leaf(t, 'plain', 'utf-8', '8bit', flowed=True),
                           raw_part([('Content-Type', 'message/rfc822; name="77-041.eml"'),
                                     ('Content-Disposition', 'attachment; filename="77-041.eml"')], ih)])
add('13107-left2', D(5, 15, 20), SHER, 'Fwd: 77-041 вытяжка', root,
    dec('13107', ['2'], LEFT, 'forwarded as attachment (message/rfc822); top says «по второй позиции»; "В1" is the unit tag, not position 1'),
    client='tb')

# =====================================================================
# 13215 — протечка кровли над лестничной клеткой (поз.1) — ИП Сафронов
# =====================================================================
q = ('Добрый день. Заявка 13215 — протечка кровли над лестничной клеткой №2, корп. А, 5 этаж. '
     'Вода по стене. Просим срочно.\nДиспетчерская ОМИС')
t = 'Приняли. Кровельщик (ИП Сафронов) подъедет сегодня после обеда.' + MOB_I + gmail_quote(DISPATCH, D(5, 8, 24), q)
add('13215-acc', D(5, 9, 0), KOVG, 'Re: Протечка кровли, заявка 13215', r_gmail(t),
    dec('13215', [], ACC, 'short mobile reply: accepted; arrival only planned'),
    client='gmail', irt='req13215')

t = '13215 — в пути, см. ниже.' + SIG_OBJ + fw_yandex(SAF, D(5, 13, 58), 'Еду на объект, на Варшавке пробка, буду к 14:40.\nСафронов' + MOB_Y)
add('13215-way', D(5, 14, 10), OBJ, 'Fwd: кровля Промышленная', r_yandex(t, html_only=True),
    dec('13215', [], WAY, 'HTML-only Yandex forward; roofer driving, ETA 14:40'),
    client='yandex')

t = ('Коллеги, по 13215: бригада уже убыла, отчёт ниже устарел.\nМесто протечки нашли — примыкание к парапету, '
     'промазали мастикой, сверху заплатка из наплавляемого материала. Повторно посмотрим после дождя.' + SIG_PTO +
     fw_outlook_ru(SAF, D(5, 14, 52), OBJ, 'кровля', 'На крыше, ищу место протечки. Снег мешает.\nСафронов' + MOB_Y))
add('13215-left', D(5, 18, 5), PTO, 'FW: кровля', r_outlook(t, 'utf-8'),
    dec('13215', [], LEFT, 'GC top comment overrides the forwarded (outdated) on-site message: crew already left; re-check after rain is a plan'),
    cs='utf-8')

t = ('Ольга Викторовна, добрый день.\n\nПо заявке 13215 поз. 2 (водосточная воронка) Сафронов отработал сегодня утром, '
     'ушёл в 9:40. Воронку прочистил, обогрев воронки проверил.' + SIG_LYS)
add('13215-pos2', D(6, 10, 0), LYS, '13215 поз.2', r_bat(t, 'koi8-r'),
    rev('request 13215 has only position 1; position 2 does not exist in the registry'),
    client='bat', cs='koi8-r')

# =====================================================================
# 13288 — ревизия ВРУ корп. Б (поз. 1..4) — Электро-Линк, наряд ЭЛ-2217
# =====================================================================
t = ('Добрый день!\n\nПо заявке № 13288 (ревизия ВРУ-1…ВРУ-4, корп. Б) сообщаем: заявка принята, работы будет выполнять '
     'ООО «Электро-Линк» по договору субподряда № 45/2026-СП от 12.01.2026 (внутренний наряд субподрядчика ЭЛ-2217).\n'
     'Ответственный от генподрядчика — Коваленко А.С., +7 (916) 204-55-31.' + SIG_PTO)
add('13288-acc', D(6, 11, 45), PTO, 'Заявка № 13288 — принята', r_outlook(t, 'windows-1251'),
    dec('13288', [], ACC, 'formal acceptance; contract number, dates, phone, INN/KPP are distractors'),
    cs='windows-1251', subj_enc='Q', cc=(LARIONOV,))

inner = ('Андрей, добрый вечер. По ЭЛ-2217 выезд планируем 10.11 к 9:00.\nВ первый день ВРУ-1 и ВРУ-2, 11.11 — ВРУ-3 и ВРУ-4.\n'
         'Потребуется отключение на 40 минут по каждому вводу, просим согласовать с эксплуатацией.' + SIG_EL)
t = ('Коллеги, доброе утро.\nПересылаю план субподрядчика по 13288, прошу согласовать отключения и допуск.\n\nА. Коваленко' +
     fw_outlook_ru(FED, D(6, 17, 30), KOV, 'ЭЛ-2217 график', inner))
add('13288-plan', D(9, 7, 55), KOV, 'FW: ЭЛ-2217 график', r_outlook(t, 'windows-1251'),
    rev("forwarded subcontractor's plan (visit scheduled for 10.11), nothing happened yet"),
    cs='windows-1251', subj_enc='Q')

t = ('13288 — электрики на месте.' + MOB_I +
     fw_gmail(FED, D(10, 9, 12), 'ЭЛ-2217', KOVG, 'Прибыли 9:05, допуск получили, инструктаж прошли. Начинаем.\nФедосеев'))
add('13288-site', D(10, 9, 20), KOVG, 'Fwd: ЭЛ-2217', r_gmail(t),
    dec('13288', [], SITE, 'arrival 9:05; no position named -> whole request'),
    client='gmail')

t = 'Добрый день.\n\nПо 13288 на 16:30: поз. 1 и 2 закончены, по поз. 3 бригада ещё работает, задержатся примерно до 18:00.' + SIG_PTO
add('13288-mixed', D(10, 16, 40), PTO, '13288 промежуточно', r_outlook(t, 'utf-8', alt=False),
    rev('different statuses for different positions in one letter: 1,2 finished, 3 still on site'),
    cs='utf-8')

t = ('Ольга, уточнение к письму ПТО по 13288: по поз. 1, 2 работы завершены, по поз. 3 не закончили — '
     'перенесли на завтра. Бригада yехала в 18:05.' + SIG_SHER)
add('13288-left12', D(10, 18, 20), SHER, '13288 итог дня', r_tb(t),
    dec('13288', ['1', '2'], LEFT, 'Latin y in «yехала»; positions 1,2 finished and crew gone; pos 3 not finished (postponed) -> only 1,2'),
    client='tb')

i2 = 'Поз. 3, 4 закончены. Протяжка контактных соединений, замена автомата ВА47-100 3P 80А на ВРУ-4, тепловизионный контроль — без замечаний. Уехали.\nФедосеев'
i1 = 'На объекте, работаем поз.3 и 4.\nФедосеев'
t = ('По вашей заявке 13288 — два сообщения мастера ниже (последнее сверху).' + SIG_SHER +
     fw_tb('ЭЛ-2217 11.11', D(11, 16, 52), FED, SHER, i2 + '\n\n11.11.2026 9:10, Федосеев Игорь пишет:\n' + quote(i1)))
add('13288-left34', D(11, 17, 10), SHER, 'Fwd: ЭЛ-2217 11.11', r_tb(t),
    dec('13288', ['3', '4'], LEFT, 'two foreman reports (on site 9:10, finished + left) -> latest: left for 3,4; breaker model is a distractor'),
    client='tb')

# =====================================================================
# 13302 — кондиционеры серверной пом. 214 (поз. 1, 2) — ВентКлимат, задание 77-058
# =====================================================================
h = ('<html><body><p>Добрый день!</p><p>Заявка <b>13302</b> принята в работу. Субподрядчик — ООО «ВентКлимат-Проф».</p>'
     '<p>--<br>Проектный офис ООО «СтройИнжКомплекс»<br>тел. +7 (495) 640-18-27</p></body></html>')
add('13302-acc', D(9, 9, 40), PTO, 'Заявка 13302', leaf(h, 'html', 'utf-8', 'quoted-printable'),
    dec('13302', [], ACC, 'HTML-only letter, accepted'),
    cs='utf-8')

t = 'по 13302 — в пути' + SIG_OBJ + fw_yandex(VK, D(9, 12, 58), 'Выехали на серверную по заданию 77-058, будем к 13:30.' + SIG_VK)
add('13302-way', D(9, 13, 5), OBJ, 'Fwd: 77-058', r_yandex(t),
    dec('13302', [], WAY, 'sub dispatcher: departed to the site, ETA 13:30'),
    client='yandex')

t = ('Ольга, вопрос от субподрядчика по 13302 — кто их встретит? Без сопровождения в серверную не пустят.\n\nА.К.' +
     fw_gmail(LAPTEV, D(9, 13, 41), 'вопрос по 77-058', KOVG,
              'Андрей, подскажите контакт ответственного на объекте по серверной, кто откроет пом. 214? Стоим у поста охраны.\nЛаптев'))
add('13302-question', D(9, 13, 50), KOVG, 'Fwd: вопрос по 77-058', r_gmail(t),
    rev('forwarded question from the subcontractor (who will open the server room), no status reported by the GC'),
    client='gmail')

t = ('Заявка 13302.\n\nПоз. 1 — кондиционер Daikin FTXB50C: найдена утечка на вальцовке, устранена, дозаправка R410A 1,2 кг.\n'
     'Поз. 2 — чистка дренажа, помпа работает, температура в помещении 21 °C.\n\nБригада убыла в 17:10.' + SIG_LYS)
add('13302-left', D(9, 17, 25), LYS, '13302 выполнено', r_bat(t, 'windows-1251'),
    dec('13302', ['1', '2'], LEFT, 'both positions done, crew left; model/refrigerant numbers are distractors'),
    client='bat', cs='windows-1251')

# =====================================================================
# 13349 — замена задвижки Ду100 на вводе ХВС (поз. 1) — ТМС, наряд СП-5530
# =====================================================================
q = 'Заявка 13349. Замена задвижки Ду100 на вводе ХВС, корп. А, подвал, ось 4. Задвижка не держит.\nДиспетчерская ОМИС'
t = ('Принято. Субподрядчик ТМС, наряд СП-5530. Понадобится отключение стояка Ст-4 примерно на 3 часа — время согласуем отдельно.\n\n'
     'А. Коваленко' + fw_outlook_ru(DISPATCH, D(10, 14, 30), KOV, '13349 Замена задвижки', q))
add('13349-acc', D(10, 15, 10), KOV, 'RE: 13349 Замена задвижки', r_outlook(t, 'windows-1251'),
    dec('13349', [], ACC, 'accepted; sub internal order СП-5530 named beside the customer number'),
    cs='windows-1251', subj_enc='Q', irt='req13349')

t = 'Для информации.' + SIG_OBJ + fw_yandex(TMS, D(11, 8, 22), 'По наряду СП-5530 бригада выехала, задвижка Ду100 30с41нж в машине.\nКукушкин' + SIG_TMS)
add('13349-noreq', D(11, 8, 30), OBJ, 'Fwd: наряд СП-5530', r_yandex(t),
    rev("forward with only the subcontractor's internal order СП-5530, no customer request number anywhere"),
    client='yandex')

k = 'Задвижку заменили, опрессовка 10 атм — без течей, стояк запустили. С объекта уехали в 12:10.\nКукушкин О.'
off = 'Андрей Сергеевич, по СП-5530 закрыли, см. сообщение мастера.' + SIG_TMS + fw_outlook_ru(KUK, D(11, 12, 15), TMS, 'СП-5530', k)
t = 'по вашей заявке 13349 см. ниже' + MOB_I + fw_gmail(TMS, D(11, 12, 31), 'Fwd: СП-5530 выполнено', KOVG, off)
add('13349-left', D(11, 12, 40), KOVG, 'Fwd: Fwd: СП-5530 выполнено', r_gmail(t),
    dec('13349', [], LEFT, 'three-level forward (foreman → sub office → GC); valve replaced, crew left'),
    client='gmail')

# =====================================================================
# 13410 — АПС корп. Б: поз.1 — 2 этаж, поз.2 — 3 этаж, поз.3 — 4 этаж — Электро-Линк, ЭЛ-2240
# =====================================================================
q = ('Добрый день. Заявка № 13410, АПС корп. Б.\nПоз. 1 — 2 этаж, неисправность шлейфа;\nПоз. 2 — 3 этаж, неисправность шлейфа;\n'
     'Поз. 3 — 4 этаж, ложные срабатывания.\nПетрова О.В.')
t = (quote(q) + '\n\nВзяли в работу, исполнитель — Электро-Линк (их номер ЭЛ-2240).\n'
     'Выезд согласуем после оформления пропуска на машину.' + SIG_SHER)
add('13410-acc', D(11, 9, 30), SHER, 'Re: Заявка № 13410 АПС корп. Б', r_tb(t),
    dec('13410', [], ACC, 'reply written UNDER the quote; accepted'),
    client='tb', irt='req13410')

t = ('Коллеги, по 13410 бригада ещё не выехала — ждут пропуск на автомобиль ГАЗель NEXT, гос. № К 482 ТУ 799. '
     'Прошу ускорить оформление, заявка на пропуск направлена вчера.' + SIG_KOV)
add('13410-negation', D(12, 8, 10), KOV, '13410 пропуск', r_outlook(t, 'windows-1251'),
    rev('negation: crew has NOT left yet, waiting for a vehicle pass'),
    cs='windows-1251', subj_enc='Q')

# bounce (Postfix) — dispatch wrote to an old address of the general contractor
orig_h = (f'Date: {format_datetime(D(12, 9, 48, 11))}\nFrom: {enc_addr(DISPATCH)}\nTo: i.petrov@sik-gen.ru\n'
          f'Subject: {enc_header("Пропуск по заявке 13410")}\nMessage-ID: <p13410.1@zakazchik-omis.ru>\n')
root = multipart('report', [
    leaf('This is the mail system at host mail.sik-gen.ru.\n\nI\'m sorry to have to inform you that your message could not\n'
         'be delivered to one or more recipients. It\'s attached below.\n\nFor further assistance, please send mail to postmaster.\n\n'
         'If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n'
         '                   The mail system\n\n<i.petrov@sik-gen.ru>: user unknown\n', 'plain', 'us-ascii', '7bit',
         extra=[('Content-Description', 'Notification')]),
    raw_part([('Content-Description', 'Delivery report'), ('Content-Type', 'message/delivery-status')],
             'Reporting-MTA: dns; mail.sik-gen.ru\nX-Postfix-Queue-ID: 4Qm7Zt1XyKz9rKp\nArrival-Date: ' + format_datetime(D(12, 9, 48, 13)) +
             '\n\nFinal-Recipient: rfc822; i.petrov@sik-gen.ru\nOriginal-Recipient: rfc822;i.petrov@sik-gen.ru\nAction: failed\n'
             'Status: 5.1.1\nDiagnostic-Code: X-Postfix; unknown user: "i.petrov"\n'),
    raw_part([('Content-Description', 'Undelivered Message Headers'), ('Content-Type', 'text/rfc822-headers')], orig_h),
], extra_ct='report-type=delivery-status; ')
add('13410-bounce', D(12, 9, 48, 14), ('Mail Delivery System', 'MAILER-DAEMON@sik-gen.ru'), 'Undelivered Mail Returned to Sender', root,
    ign('Postfix bounce: customer letter to a non-existent GC mailbox; request number only in returned headers'),
    client='server', to=(('', 'dispatch@zakazchik-omis.ru'),), extra=[('Auto-Submitted', 'auto-replied')])

t = ('Коллеги, по 13410 — пропуск получили, спасибо. Субподрядчик на объекте, сообщение мастера ниже.' + SIG_PTO +
     fw_outlook_en(FED, D(12, 10, 24), KOV, 'ЭЛ-2240 заехали', 'Заехали на территорию в 10:20, приступили.\nФедосеев'))
add('13410-site', D(12, 10, 45), PTO, 'FW: ЭЛ-2240 заехали', r_outlook(t, 'windows-1251'),
    dec('13410', [], SITE, 'crew on site since 10:20 (thanks for the pass is incidental); no position named'),
    cs='windows-1251', subj_enc='Q')

mdn_txt = ('Ваше сообщение\n\n  Кому: Коваленко Андрей\n  Тема: Пропуск на автотранспорт по заявке 13410\n'
           '  Отправлено: 12.11.2026 10:31\n\nбыло прочитано 12.11.2026 10:57.\n')
root = multipart('report', [
    leaf(mdn_txt, 'plain', 'utf-8', 'base64'),
    raw_part([('Content-Type', 'message/disposition-notification')],
             'Reporting-UA: SIK-EXCH01.sik-gen.local; Microsoft Exchange Server 2016\n'
             'Final-Recipient: rfc822;a.kovalenko@sik-gen.ru\nOriginal-Message-ID: <pass13410.2@zakazchik-omis.ru>\n'
             'Disposition: automatic-action/MDN-sent-automatically; displayed\n'),
], extra_ct='report-type=disposition-notification; ')
add('13410-mdn', D(12, 10, 57), KOV, 'Прочитано: Пропуск на автотранспорт по заявке 13410', root,
    ign('Outlook/Exchange read receipt'), cs='utf-8')

t = ('Заявка 13410, п. 1-2.' + SIG_OBJ +
     fw_yandex(FED, D(12, 16, 12), 'Поз.1 (2 эт.) — заменили 4 извещателя ИП 212-141, шлейф в норме.\n'
               'Поз.2 (3 эт.) — заменено 2 извещателя и ручной ИПР-513-10, проверено с пульта.\n'
               'Снялись с объекта в 16:05, поз.3 завтра.\nФедосеев'))
add('13410-left12', D(12, 16, 30), OBJ, 'Fwd: ЭЛ-2240', r_yandex(t),
    dec('13410', ['1', '2'], LEFT, 'positions 1,2 done and crew left; pos 3 planned; floor numbers and detector models are distractors'),
    client='yandex')

t = ('Коллеги, доброе утро.\n13410-3: отчёт субподрядчика за пятницу, пересылаем с задержкой.' + SIG_PTO +
     fw_outlook_ru(FED, D(13, 15, 20), KOV, 'ЭЛ-2240 4 этаж',
                   'Позиция 3 (4 этаж) закончена: 6 извещателей заменено, система на пульте без неисправностей. Ушли в 15:10.\nФедосеев'))
add('13410-left3', D(16, 8, 40), PTO, 'FW: 13410-3 отчёт за 13.11', r_outlook(t, 'utf-8'),
    dec('13410', ['3'], LEFT, 'late forward (inner dated Fri 13.11, forwarded Mon 16.11); subject style "13410-3"'),
    cs='utf-8')

# =====================================================================
# 13477 — освещение паркинга: поз.1 уровень -1, поз.2 уровень -2 — Электро-Линк, ЭЛ-2251
# =====================================================================
q = 'Заявка 13477 — освещение паркинга, не горят светильники на уровнях -1 (поз. 1) и -2 (поз. 2).\nДиспетчерская ОМИС'
t = 'Коллеги, 13477 в работе, принято. Исполнитель — Электро-Линк.\n\nАндрей' + gmail_quote(DISPATCH, D(13, 10, 10), q)
add('13477-acc', D(13, 10, 55), KOVG, 'Re: 13477 освещение паркинга', r_gmail(t),
    dec('13477', [], ACC, 'accepted ("в работе, принято")'),
    client='gmail', irt='req13477')

t = ('Доброе утро.\n\nБригада выехaла на объект по заявке 13477, ориентировочно в 9:15 будут.' + SIG_PTO)
add('13477-way', D(16, 8, 20), PTO, 'Заявка 13477 — выезд', r_outlook(t, 'utf-8'),
    dec('13477', [], WAY, 'Latin "a" inside «выехaла»; left FOR the site'),
    cs='utf-8')

t = ('Поз. 1 — нa месте (сообщение мастера ниже).' + SIG_SHER +
     fw_tb('ЭЛ-2251', D(16, 9, 28), FED, SHER, 'Приехали, начинаем с минус первого уровня. Стремянка 3 м, подъёмник не нужен.\nФедосеев'))
add('13477-site1', D(16, 9, 35), SHER, 'Fwd: 13477 (1)', r_tb(t),
    dec('13477', ['1'], SITE, 'position in brackets in subject "13477 (1)" + top "Поз. 1"; Latin "a" in «нa»'),
    client='tb')

t = ('Здравствуйте!\n\nЯ в командировке с 16.11 по 18.11.2026, доступ к почте ограничен.\n'
     'По текущим заявкам обращайтесь в ПТО: pto@sik-gen.ru, +7 (495) 640-18-27.\n\nКоваленко А.С.')
add('13477-ooo', D(16, 12, 0), KOV, 'Автоматический ответ: 13477 доп. светильники', r_outlook(t, 'utf-8', alt=False),
    ign('Exchange out-of-office auto-reply, request number only echoed in subject'),
    cs='utf-8', extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])

t = ('Добрый вечер.\n\nРаботы по освещению паркинга завершены:\nпоз. 1 — заменено 14 светильников LED 36 Вт (ДСП-36);\n'
     'поз. 2 — 9 светильников, 2 датчика движения.\nСубподрядчик с объекта убыл в 17:20.\n\n'
     'Акт КС-2 направим после подписания субподрядчиком.' + SIG_PTO)
add('13477-left', D(16, 17, 45), PTO, '13477-1,2 выполнено', r_outlook(t, 'windows-1251'),
    dec('13477', ['1', '2'], LEFT, 'both positions finished, sub left 17:20; act mention is future paperwork'),
    cs='windows-1251', subj_enc='Q')

# =====================================================================
# 13506 — въездные ворота КПП-2 (поз.1) — ИП Сафронов
# =====================================================================
t = ('Здравствуйте, Ольга.\n\nВы писали 16 ноября 2026 г., 9:32:05:\n\n'
     'ОП> Просим принять заявку 13506: не закрываются въездные ворота, КПП-2.\n'
     'ОП> Петрова О.В.\n\nПринята. Мастер по воротам — ИП Сафронов, выедет завтра с утра.' + SIG_LYS)
add('13506-acc', D(16, 10, 10), LYS, 'Re: Заявка 13506 ворота', r_bat(t, 'koi8-r'),
    dec('13506', [], ACC, 'The Bat! reply with initials-prefixed quote (ОП>); accepted; "КПП-2" is a gate, not a position'),
    client='bat', cs='koi8-r', irt='req13506')

t = ('Ольга, добрый день.\nПо 13506: можно ли будет обесточить привод ворот с 10 до 12? '
     'Мастер без этого работать не начнёт. Ответьте, пожалуйста.' + SIG_SHER)
add('13506-question', D(17, 8, 20), SHER, '13506 — обесточивание', r_tb(t),
    rev('question to the customer, no status'),
    client='tb')

t = ('Спасибо, согласование получили, передали мастеру.' + SIG_PTO +
     fw_outlook_ru(PETROVA, D(17, 8, 58), SHER, 'RE: 13506 — обесточивание', 'Обесточить можно с 10:00 до 12:00, электрик будет на КПП-2.\nПетрова О.В.'))
add('13506-thanks', D(17, 9, 10), PTO, 'RE: 13506 — обесточивание', r_outlook(t, 'utf-8'),
    rev("thanks/acknowledgement of the dispatcher's own message"),
    cs='utf-8', irt='q13506')

t = '13506 — мастер на месте.' + SIG_OBJ + fw_yandex(SAF, D(17, 10, 5), 'На месте. Привод CAME BX-800 — сорвана шестерня, меняю.' + MOB_Y)
add('13506-site', D(17, 11, 40), OBJ, 'Fwd: ворота', r_yandex(t),
    dec('13506', [], SITE, 'forwarded (1.5 h late) arrival of the gate master; drive model is a distractor'),
    client='yandex')

t = ('Ворота работают, мастер уехал. Шестерню заменили, концевики отрегулировали.' + SIG_PTO +
     fw_outlook_en(DISPATCH, D(17, 13, 55), PTO, '13506', 'Как там ворота? Охрана спрашивает.'))
add('13506-left', D(17, 14, 20), PTO, 'RE: 13506', r_outlook(t, 'utf-8'),
    dec('13506', [], LEFT, 'request number only in the Re: subject; body: master left, gate works'),
    cs='utf-8', irt='q13506b')

# =====================================================================
# 13562 — сантехника, ул. Складская, 14, корп. 2: поз.1 — 3 эт., поз.2 — 5 эт., поз.3 — 7 эт. — ТМС, СП-5561
# =====================================================================
q = 'Заявка 13562, ул. Складская, 14, корп. 2: течь смесителя 3 эт. (поз.1), течь подводки 5 эт. (поз.2), течь под мойкой кв. 57, 7 эт. (поз.3).'
t = 'Приняли 13562. У субподрядчика (ТМС) — наряд СП-5561.' + SIG_PTO + fw_outlook_ru(DISPATCH, D(18, 8, 0), PTO, 'Заявка 13562 сантехника', q)
add('13562-acc', D(18, 8, 40), PTO, 'RE: Заявка 13562 сантехника', r_outlook(t, 'windows-1251'),
    dec('13562', [], ACC, 'accepted'),
    cs='windows-1251', subj_enc='Q', irt='req13562')

t = 'ул. Складская, 14, корп. 2 (13562) — субподрядчик в пути.' + SIG_OBJ + fw_yandex(RAMIL, D(18, 9, 5), 'по СП-5561 выехали, минут 20')
add('13562-way', D(18, 9, 15), OBJ, 'Fwd: СП-5561', r_yandex(t),
    dec('13562', [], WAY, 'request number in brackets after the street address; house number 14 is not a request'),
    client='yandex')

fm = ('Поз.1 (3 эт.) смеситель заменили, поз.2 (5 эт.) подводку поменяли — готово.\n'
      'По 7 этажу (поз.3) нет доступа в кв. 57 — хозяев нет, перенесли на завтра. Уехали 11:50.\nГусейнов')
off = 'Дмитрий Павлович, добрый день, пересылаю отчёт мастера.' + SIG_TMS + fw_outlook_ru(RAMIL, D(18, 11, 54), TMS, 'СП-5561', fm)
t = 'Ольга, по вашей заявке 13562 см. ниже.' + SIG_LYS + fw_bat(TMS, LYS, D(18, 12, 2), 'FW: СП-5561', off)
add('13562-left12', D(18, 12, 10), LYS, 'Fwd: FW: СП-5561', r_bat(t, 'windows-1251'),
    dec('13562', ['1', '2'], LEFT, 'foreman → sub office → GC (The Bat!, cp1251): 1,2 done and left; 3 postponed'),
    client='bat', cs='windows-1251')

t = ('Коллеги, сводка по субподрядчикам за 18.11:\n— 13562: поз. 1, 2 выполнены, по поз. 3 перенос на 19.11 (нет доступа в квартиру);\n'
     '— 13477: дополнительно заменены 2 светильника на уровне -2, бригада убыла в 15:40.' + SIG_PTO)
add('13562-two-req', D(18, 16, 30), PTO, 'Сводка по субподрядчикам за 18.11', r_outlook(t, 'utf-8'),
    rev('two different requests (13562 and 13477) in one letter'),
    cs='utf-8')

t = ('Обновление по 13562 поз. 3: бригада уже на месте с 8:55, ниже их сообщение о выезде (пришло с опозданием).\n\nА. Коваленко' +
     fw_gmail(TMS, D(19, 8, 31), 'СП-5561 7 этаж', KOVG, 'Выезжаем на 7 этаж по СП-5561, будем к 9:00, хозяева кв. 57 дома.' + SIG_TMS))
add('13562-site3', D(19, 10, 30), KOVG, 'Fwd: СП-5561 7 этаж', r_gmail(t),
    dec('13562', ['3'], SITE, 'GC top comment updates the forwarded "выезжаем" to "уже на месте"'),
    client='gmail')

t = ('Течь устранена, п.3 готово. Бригада уехала в 13:00.' + SIG_SHER +
     '\n\n19.11.2026 11:02, Диспетчерская ОМИС пишет:\n> Ждём информацию по 7 этажу.\n')
add('13562-left3', D(19, 13, 15), SHER, 'Re: 13562 поз.3', r_tb(t),
    dec('13562', ['3'], LEFT, 'reply; position in subject "поз.3" and body "п.3"'),
    client='tb', irt='q13562')

# =====================================================================
# 13618 — ИТП корп. Б: поз.1 теплообменник, поз.2 насос — ТМС, СП-5577
# =====================================================================
q = 'Андрей, добрый день. Направляем заявку № 13618: ИТП корп. Б, поз. 1 — теплообменник ГВС (не догревает), поз. 2 — насос рециркуляции.\nПетрова О.В.'
t = 'Принято в работу, субподрядчик ТМС, наряд СП-5577.\n\nА. Коваленко' + fw_outlook_ru(PETROVA, D(20, 13, 0), KOV, 'Заявка № 13618 ИТП корп. Б', q, cc='ito@sik-gen.ru')
add('13618-acc', D(20, 13, 40), KOV, 'RE: Заявка № 13618 ИТП корп. Б', r_outlook(t, 'windows-1251'),
    dec('13618', [], ACC, 'accepted'),
    cs='windows-1251', subj_enc='Q', irt='req13618')

orig = (f'Date: {format_datetime(D(20, 13, 0, 7))}\nFrom: {enc_addr(PETROVA_S)}\nTo: {enc_addr(KOV)}\nCc: ito@sik-gen.ru\n'
        f'Subject: {enc_header("Заявка № 13618 ИТП корп. Б")}\nMessage-ID: <req13618@zakazchik-omis.ru>\nMIME-Version: 1.0\n'
        'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: base64\n\n').encode() + base64.encodebytes(q.encode())
ndr = ('Не удалось доставить сообщение следующим получателям или группам:\n\nito@sik-gen.ru\n'
       'Адрес электронной почты, который вы ввели, не найден. Проверьте адрес и попробуйте отправить сообщение повторно.\n\n'
       'Диагностические сведения для администраторов:\nСоздающий сервер: SIK-EXCH01.sik-gen.local\n'
       'ito@sik-gen.ru\nRemote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'\n')
root = multipart('report', [
    leaf(ndr, 'plain', 'utf-8', 'base64'),
    raw_part([('Content-Type', 'message/delivery-status')],
             'Reporting-MTA: dns;SIK-EXCH01.sik-gen.local\nReceived-From-MTA: dns;mx.zakazchik-omis.ru\n'
             'Arrival-Date: Fri, 20 Nov 2026 10:00:09 +0000\n\nFinal-Recipient: rfc822;ito@sik-gen.ru\nAction: failed\n'
             'Status: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n'),
    raw_part([('Content-Type', 'message/rfc822')], orig),
], extra_ct='report-type=delivery-status; ')
add('13618-ndr', D(20, 10, 0, 11, tz=UTC), ('Microsoft Outlook', 'postmaster@sik-gen.ru'), 'Не удается доставить: Заявка № 13618 ИТП корп. Б', root,
    ign('Exchange NDR (UTC date), original request letter attached'),
    client='server', to=(('Петрова Ольга', PETROVA[1]),), extra=[('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Message-Is-Ndr', '')])

t = ('Коллеги, по 13618: по дефектной ведомости и фото эксплуатации субподрядчик заключает, что пластины теплообменника '
     'Ридан НН№14 требуют замены (коммерческое предложение ТМС № КП-311 на 184 500,00 руб. с НДС).\n'
     'Прошу согласовать дополнительные работы, без этого выезд не планируем.' + SIG_PTO)
add('13618-price', D(20, 16, 50), PTO, '13618 — доп. работы', r_outlook(t, 'windows-1251'),
    rev('price / additional works approval request, no status'),
    cs='windows-1251', subj_enc='Q', cc=(LARIONOV,))

t = ('Ольга, добрый вечер.\nОтчёт ниже субподрядчик разослал ошибочно — по 13618 бригада НЕ выезжала, ждём согласования доп. работ. '
     'Прошу не учитывать.' + SIG_SHER + fw_tb('СП-5577 выезд', D(20, 17, 12), TMS, 'Рассылка ТМС <list@tms-service.ru>', 'По СП-5577 бригада выехала.' + SIG_TMS))
add('13618-retract', D(20, 17, 30), SHER, 'Fwd: СП-5577 выезд', r_tb(t),
    rev('GC top comment retracts the forwarded "выехала": crew did NOT leave'),
    client='tb')

t = ('Спасибо за оперативное согласование! Пластины у ТМС на складе есть, выезд — в понедельник утром.' + MOB_I +
     gmail_quote(LARIONOV, D(21, 10, 14), 'Доп. работы по 13618 согласованы, письмо во вложении.\nЛарионов С.В.'))
add('13618-thanks', D(21, 11, 0), KOVG, 'Re: 13618 — доп. работы', r_gmail(t),
    rev('thanks for approval + plan for Monday; nothing happened'),
    client='gmail', irt='q13618', to=(('Ларионов С.В.', LARIONOV[1]),), cc=(DISPATCH,))

t = '13618 – выехали (ниже сообщение мастера).' + SIG_LYS + fw_bat(KUK, LYS, D(23, 8, 38), 'СП-5577', 'В дороге на ИТП корп. Б, пластины везём.\nКукушкин')
add('13618-way', D(23, 8, 50), LYS, 'Fwd: СП-5577', r_bat(t, 'koi8-r'),
    dec('13618', [], WAY, 'The Bat! KOI8-R forward: on the road'),
    client='bat', cs='koi8-r')

t = 'На месте с 9:30, разбираем теплообменник, П1.' + SIG_OBJ
add('13618-site1', D(23, 9, 40), OBJ, '13618 поз.1', r_yandex(t, html_only=True),
    dec('13618', ['1'], SITE, 'HTML-only; on site, working on П1 (= position 1), subject «13618 поз.1»'),
    client='yandex')

tab_html = ('<table border=1 cellpadding=4 style="border-collapse:collapse"><tr><th>Поз.</th><th>Оборудование</th><th>Работы</th><th>Статус</th></tr>'
            '<tr><td>1</td><td>Теплообменник Ридан НН№14</td><td>замена пластин (22 шт.), опрессовка 16 бар</td><td>выполнено</td></tr>'
            '<tr><td>2</td><td>Насос Wilo TOP-S 40/10</td><td>ревизия, замена клеммной колодки</td><td>выполнено</td></tr></table>'
            '<p>Бригада убыла в 17:40.</p>')
tab_txt = ('Поз. | Оборудование | Работы | Статус\n1 | Теплообменник Ридан НН№14 | замена пластин (22 шт.), опрессовка 16 бар | выполнено\n'
           '2 | Насос Wilo TOP-S 40/10 | ревизия, замена клеммной колодки | выполнено\n\nБригада убыла в 17:40.')
t = ('Направляем отчёт субподрядчика по заявке 13618.\n\nА. Коваленко' +
     fw_outlook_ru(TMS, D(23, 17, 48), KOV, 'СП-5577 отчёт', 'Отчёт по наряду СП-5577:\n\n' + tab_txt + SIG_TMS))
h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body lang=RU>'
     '<p>Направляем отчёт субподрядчика по заявке 13618.</p><p>А. Коваленко</p><hr>'
     f'<p><b>От:</b> {htmlmod.escape(fa(TMS))}<br><b>Отправлено:</b> {d_outlook_ru(D(23, 17, 48))}<br>'
     f'<b>Кому:</b> {htmlmod.escape(fa(KOV))}<br><b>Тема:</b> СП-5577 отчёт</p><p>Отчёт по наряду СП-5577:</p>' + tab_html +
     '<p>--<br>Диспетчерская ООО «ТеплоМонтажСервис»<br>тел. 8 (495) 212-33-09<br>ИНН 5029176640</p></body></html>')
add('13618-left', D(23, 18, 0), KOV, 'FW: СП-5577 отчёт', r_outlook(t, 'windows-1251', html=h),
    dec('13618', ['1', '2'], LEFT, 'HTML table with a row per position, both done, crew left 17:40'),
    cs='windows-1251', subj_enc='Q')

# =====================================================================
# 13705 — вентустановка столовой (поз.1) — ВентКлимат, задание 77-073
# =====================================================================
q = 'Заявка 13705: вентиляция столовой, корп. А, 1 этаж — установка не запускается.\nДиспетчерская ОМИС'
t = 'Принято в работу 13705 (задание субподрядчика 77-073).\n\nАндрей' + gmail_quote(DISPATCH, D(23, 9, 0), q)
add('13705-acc', D(23, 9, 35), KOVG, 'Re: Заявка 13705 вентиляция столовой', r_gmail(t),
    dec('13705', [], ACC, 'accepted; sub task number beside the customer number'),
    client='gmail', irt='req13705')

ics = ('BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n'
       'ATTENDEE;PARTSTAT=ACCEPTED;CN=ПТО СтройИнжКомплекс:mailto:pto@sik-gen.ru\r\n'
       'ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n'
       'DTSTART;TZID=Russian Standard Time:20261124T100000\r\nDTEND;TZID=Russian Standard Time:20261124T110000\r\n'
       'SUMMARY;LANGUAGE=ru-RU:Принято: Выезд по заявке 13705 — осмотр вентустановки\r\n'
       'UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6@zakazchik-omis.ru\r\n'
       'DTSTAMP:20261124T060512Z\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')
root = multipart('alternative', [leaf('', 'plain', 'utf-8', 'base64'),
                                 leaf(ics, 'calendar', 'utf-8', 'base64', extra=[])])
root[0][0] = ('Content-Type', root[0][0][1])
# set method on the calendar part
hdrs, body = root
body = body.replace(b'Content-Type: text/calendar; charset="utf-8"', b'Content-Type: text/calendar; charset="utf-8"; method=REPLY')
add('13705-cal', D(24, 9, 5), PTO, 'Принято: Выезд по заявке 13705 — осмотр вентустановки', (hdrs, body),
    ign('calendar meeting response generated by Outlook ("Принято:" = meeting accepted, not request accepted)'),
    cs='utf-8', extra=[('X-MS-Exchange-Calendar-Series-Instance-Id', 'BAAAAIIA4AB0xbcQGoLgCAAAAAA=')])

t = ('по 13705 см. ниже' + SIG_PTO +
     fw_outlook_ru(LAPTEV, D(24, 9, 5), KOV, '77-073', 'на месте, установку обесточили, начинаем диагностику частотника') +
     fw_outlook_ru(LAPTEV, D(24, 8, 10), KOV, '77-073', 'выехли, будем к 9'))
add('13705-site', D(24, 10, 20), PTO, 'FW: 77-073', r_outlook(t, 'windows-1251'),
    dec('13705', [], SITE, 'two sub reports in one forward (departed 8:10 with typo «выехли», on site 9:05) -> on site'),
    cs='windows-1251', subj_enc='Q')

t = 'Вентустановка запущена, параметры в норме (расход 4200 м3/ч). БРИГАДА УБЫЛА 15:50.\n\nКоваленко' + MOB_I
add('13705-left', D(24, 16, 10), KOVG, '13705 — ВЫПОЛНЕНО', r_gmail(t),
    dec('13705', [], LEFT, 'caps; airflow figure is a distractor'),
    client='gmail')

t = ('Уважаемый отправитель!\n\nЯ нахожусь на больничном до 30.11.2026. Ваше письмо будет прочитано после моего выхода.\n'
     'Срочные вопросы: ПТО, pto@sik-gen.ru, +7 (495) 640-18-27.\n\nМарина Шерстнёва')
add('13705-ooo', D(25, 8, 2), SHER, 'Автоответ: Re: 13705 — ВЫПОЛНЕНО', leaf(t, 'plain', 'utf-8', 'base64'),
    ign('vacation auto-reply (server sieve), subject echoes a status word'),
    client='server', extra=[('Auto-Submitted', 'auto-replied (vacation)'), ('Precedence', 'bulk')])

# =====================================================================
# 13744 — светильники лифтовых холлов: поз.1 корп. А, поз.2 корп. Б — Электро-Линк, ЭЛ-2290
# =====================================================================
t = 'Ольга, добрый день.\nЗаявка 13744 принята, передана в Электро-Линк (их наряд ЭЛ-2290).' + SIG_LYS
add('13744-acc', D(24, 10, 30), LYS, '13744 принята', r_bat(t, 'koi8-r'),
    dec('13744', [], ACC, 'accepted'),
    client='bat', cs='koi8-r')

t = ('13744 — в пути.' + SIG_OBJ.replace('Объектный офис СИК (ул. Промышленная, 7)\n+7 (926) 511-08-73', 'Е. Громова, объектный офис') +
     fw_tb('ЭЛ-2290', D(25, 8, 2), FED, OBJ, 'Выдвигаемся на объект по ЭЛ-2290, светильники получили на складе (накладная № 5521).\nФедосеев'))
add('13744-way', D(25, 8, 15), OBJ, 'Fwd: ЭЛ-2290', r_yandex(t),
    dec('13744', [], WAY, '"выдвигаемся на объект" = travelling; waybill number is a distractor'),
    client='yandex')

h = '<html><body><div>Добрый день.</div><div>&nbsp;</div><div>Подрядчик прибыл на объект в 10:45 (заявка №13744).</div><div>&nbsp;</div><div>ПТО ООО «СтройИнжКомплекс»</div></body></html>'
add('13744-site', D(25, 11, 0), PTO, 'Заявка 13744', leaf(h, 'html', 'windows-1251', 'quoted-printable'),
    dec('13744', [], SITE, 'HTML-only, noun-less verb "прибыл"'),
    cs='windows-1251', subj_enc='Q')

t = ('Все светильники в лифтовых холлах поменяли, п.1 и п.2, электрики уехали в 17:10.\n\nА.К.' +
     gmail_quote(DISPATCH, D(25, 16, 40), 'Добрый день, как продвигается по 13744? Завтра приёмка холлов.'))
add('13744-left', D(25, 17, 30), KOVG, 'Re: 13744', r_gmail(t),
    dec('13744', ['1', '2'], LEFT, 'bare number in Re: subject; both positions done, electricians left'),
    client='gmail', irt='q13744')

# =====================================================================
# 13790 — засор канализации, подвал корп. А (поз.1) — ТМС, СП-5603
# =====================================================================
q = 'СРОЧНО. Заявка 13790 — засор канализации, подвал корп. А, топит техпомещение.\nДиспетчерская ОМИС, +7 (495) 980-11-20'
t = 'Приняли, бригада ТМС уже выехала, будут к 8:40.' + MOB_I + gmail_quote(DISPATCH, D(26, 7, 30), q)
add('13790-way', D(26, 7, 55), KOVG, 'Re: СРОЧНО засор 13790', r_gmail(t),
    dec('13790', [], WAY, 'accept + departure in one letter -> latest done event: on the way'),
    client='gmail', irt='req13790')

t = '13790 — прибыли.' + SIG_OBJ + fw_yandex(KUK, D(26, 8, 52), 'Прибыли 8:50, подвал затоплен ~5 см, откачиваем, потом трос.\nКукушкин')
add('13790-site', D(26, 9, 10), OBJ, 'Fwd: СП-5603', r_yandex(t),
    dec('13790', [], SITE, 'arrived 8:50'),
    client='yandex')

t = ('Коллеги, доброе утро.\nПо 13790 — вчерашний отчёт субподрядчика, пересылаем с опозданием.' + SIG_PTO +
     fw_outlook_en(TMS, D(26, 12, 30), KOV, 'СП-5603 выполнено',
                   'Засор пробили (трос 20 м), откачали, прочистили ревизию, сдали коменданту. Бригада с объекта уехала в 12:20.' + SIG_TMS))
add('13790-left', D(27, 9, 0), PTO, 'FW: СП-5603 выполнено', r_outlook(t, 'windows-1251'),
    dec('13790', [], LEFT, 'forwarded a day late (inner dated 26.11); left FROM the site'),
    cs='windows-1251', subj_enc='Q')

t = ('Ольга, добрый день.\nАкт выполненных работ № 118 от 26.11.2026 по заявке 13790 во вложении, просим подписать и вернуть скан. '
     'Счёт № 2211 направим после подписания.' + SIG_PTO.replace('Проектный офис', 'Громова Елена, ПТО\nПроектный офис'))
pdf = b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
root = multipart('mixed', [leaf(t, 'plain', 'utf-8', '8bit', flowed=True),
                           raw_part([('Content-Type', 'application/pdf; name="Akt_118_13790.pdf"'), ('Content-Transfer-Encoding', 'base64'),
                                     ('Content-Disposition', 'attachment; filename="Akt_118_13790.pdf"')], base64.encodebytes(pdf))])
add('13790-act', D(27, 11, 30), PTO, '13790 акт', root,
    rev('paperwork (act/invoice), no status report'),
    client='tb')

# =====================================================================
# misc
# =====================================================================
t = ('по заявке 13650 — бригада на месте, см. ниже' + SIG_PTO +
     fw_outlook_ru(TMS, D(25, 13, 42), KOV, 'СП-5598', 'По СП-5598 бригада на месте с 13:30, приступили.' + SIG_TMS))
add('13650-unknown', D(25, 14, 0), PTO, 'FW: СП-5598', r_outlook(t, 'utf-8'),
    rev('request 13650 is not in the registry'),
    cs='utf-8')

news = ('СтройИнжКомплекс — новости, ноябрь 2026\n\n• За ноябрь выполнено 146 заявок на 12 объектах.\n'
        '• График работы в праздничные дни: 31.12 — до 15:00, с 01.01 по 08.01 работает дежурная служба +7 (495) 640-18-27.\n'
        '• Новый объектный офис на ул. Промышленной, 7.\n\nОтписаться: https://sik-gen.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru')
root = multipart('alternative', [leaf(news, 'plain', 'utf-8', 'base64'), leaf(to_html(news, 'utf-8', 'yandex'), 'html', 'utf-8', 'base64')])
add('news', D(27, 10, 0), ('СтройИнжКомплекс', 'news@sik-gen.ru'), 'Новости СтройИнжКомплекс: итоги ноября', root,
    ign('bulk newsletter of the general contractor'),
    client='server', extra=[('Precedence', 'bulk'), ('List-Id', '<news.sik-gen.ru>'),
                            ('List-Unsubscribe', '<mailto:unsubscribe@sik-gen.ru?subject=unsubscribe>, <https://sik-gen.ru/unsubscribe?u=dispatch%40zakazchik-omis.ru>')])

# ---------------------------------------------------------------- write
REG = {
    'contractor': {
        'name': 'ООО «СтройИнжКомплекс»',
        'emails': ['pto@sik-gen.ru', 'a.kovalenko@sik-gen.ru', 'm.sherstneva@sik-gen.ru', 'd.lysenko@sik-gen.ru',
                   'andrey.kovalenko.sik@gmail.com', 'sik.objekt@yandex.ru', 'MAILER-DAEMON@sik-gen.ru',
                   'postmaster@sik-gen.ru', 'news@sik-gen.ru'],
        'domains': ['sik-gen.ru'],
    },
    'requests': [
        {'number': '13041', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-02T09:15:00+03:00',
         'comment': 'ИТП корп. А, ул. Промышленная, 7: 1 — насос К1, 2 — насос К2, 3 — насос ГВС Н3'},
        {'number': '13107', 'positions': ['1', '2'], 'registered_at': '2026-11-03T10:40:00+03:00',
         'comment': 'Вентиляция корп. В: 1 — приточная установка, 2 — вытяжная установка'},
        {'number': '13215', 'positions': ['1'], 'registered_at': '2026-11-05T08:20:00+03:00',
         'comment': 'Протечка кровли над лестничной клеткой №2, корп. А'},
        {'number': '13288', 'positions': ['1', '2', '3', '4'], 'registered_at': '2026-11-06T11:00:00+03:00',
         'comment': 'Ревизия ВРУ корп. Б: 1..4 — ВРУ-1..ВРУ-4'},
        {'number': '13302', 'positions': ['1', '2'], 'registered_at': '2026-11-09T09:00:00+03:00',
         'comment': 'Кондиционеры серверной, пом. 214: 1 — сплит №1, 2 — сплит №2'},
        {'number': '13349', 'positions': ['1'], 'registered_at': '2026-11-10T14:30:00+03:00',
         'comment': 'Замена задвижки Ду100 на вводе ХВС, корп. А'},
        {'number': '13410', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-11T08:45:00+03:00',
         'comment': 'АПС корп. Б: 1 — 2 этаж, 2 — 3 этаж, 3 — 4 этаж'},
        {'number': '13477', 'positions': ['1', '2'], 'registered_at': '2026-11-13T10:10:00+03:00',
         'comment': 'Освещение паркинга: 1 — уровень -1, 2 — уровень -2'},
        {'number': '13506', 'positions': ['1'], 'registered_at': '2026-11-16T09:30:00+03:00',
         'comment': 'Въездные ворота КПП-2'},
        {'number': '13562', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-18T08:00:00+03:00',
         'comment': 'Сантехника, ул. Складская, 14, корп. 2: 1 — 3 эт., 2 — 5 эт., 3 — 7 эт. кв. 57'},
        {'number': '13618', 'positions': ['1', '2'], 'registered_at': '2026-11-20T13:00:00+03:00',
         'comment': 'ИТП корп. Б: 1 — теплообменник ГВС, 2 — насос рециркуляции'},
        {'number': '13705', 'positions': ['1'], 'registered_at': '2026-11-23T09:00:00+03:00',
         'comment': 'Вентустановка столовой, корп. А'},
        {'number': '13744', 'positions': ['1', '2'], 'registered_at': '2026-11-24T10:00:00+03:00',
         'comment': 'Светильники лифтовых холлов: 1 — корп. А, 2 — корп. Б'},
        {'number': '13790', 'positions': ['1'], 'registered_at': '2026-11-26T07:30:00+03:00',
         'comment': 'Засор канализации, подвал корп. А'},
    ],
}

def main():
    ld = os.path.join(OUT, 'letters')
    for f in os.listdir(ld):
        os.remove(os.path.join(ld, f))
    LETTERS.sort(key=lambda L: L['d'].astimezone(UTC))
    labels = {}
    for i, L in enumerate(LETTERS, 1):
        fn = '%03d.eml' % i
        with open(os.path.join(ld, fn), 'wb') as fh:
            fh.write(build(L))
        lab = dict(L['label'])
        lab['note'] = f"[{L['key']}] " + lab['note']
        labels[fn] = lab
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as fh:
        json.dump(REG, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(LETTERS), Counter(v['expect'] for v in labels.values()))

main()
