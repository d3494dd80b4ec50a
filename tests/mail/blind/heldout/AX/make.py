#!/usr/bin/env python3
# Generator for the AX corpus: ООО «ШколаIT-Сервис» (Самара, +0400).
# Writes letters/NNN.eml, labels.json, registry.json into the folder of this script.
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import html as htmlmod
from email.header import Header
from email.charset import Charset, BASE64, QP
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from email import policy as _policy

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)

SAM = dt.timezone(dt.timedelta(hours=4))
MSK = dt.timezone(dt.timedelta(hours=3))
DISPATCH = 'dispatch@zakazchik-omis.ru'
DISP_NAME = 'Диспетчерская ОМИС'
DOM = 'shkolait-servis.ru'

SENDERS = {
    'gur': ('Алексей Гурьянов', 'guryanov@' + DOM),
    'lom': ('Дмитрий Ломакин', 'lomakin@' + DOM),
    'kh': ('Руслан Хайрутдинов', 'khairutdinov@' + DOM),
    'khm': ('Руслан Хайрутдинов', 'r.khairutdinov63@mail.ru'),
    'sd': ('Сервис-деск ШколаIT', 'help@' + DOM),
    'kud': ('Кудряшова Ольга Сергеевна', 'kudryashova@' + DOM),
    'news': ('ШколаIT-Сервис', 'news@' + DOM),
    'daemon': ('Mail Delivery System', 'MAILER-DAEMON@mx.' + DOM),
}

REGISTRY = {
    "contractor": {
        "name": "ООО «ШколаIT-Сервис»",
        "emails": ['guryanov@' + DOM, 'lomakin@' + DOM, 'khairutdinov@' + DOM,
                   'r.khairutdinov63@mail.ru', 'help@' + DOM, 'kudryashova@' + DOM,
                   'news@' + DOM, 'MAILER-DAEMON@mx.' + DOM],
        "domains": [DOM],
    },
    "requests": [
        {"number": "98014", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T08:40:00+03:00",
         "comment": "МБОУ СОШ № 12: принтеры не печатают. 1 — МФУ Kyocera каб. 21; 2 — HP LaserJet каб. 305; 3 — Pantum в учительской"},
        {"number": "98027", "positions": ["1", "2"], "registered_at": "2026-11-03T09:10:00+03:00",
         "comment": "МБДОУ «Детский сад № 157»: нет Wi-Fi. 1 — корпус 1; 2 — корпус 2"},
        {"number": "98103", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T10:00:00+03:00",
         "comment": "МБОУ «Гимназия № 3»: интерактивные доски. 1 — каб. 11; 2 — каб. 12; 3 — каб. 14; 4 — каб. 25"},
        {"number": "98155", "positions": ["1"], "registered_at": "2026-11-06T08:00:00+03:00",
         "comment": "МАОУ «Лицей «Технический»: компьютерный класс каб. 207, обновление ПО"},
        {"number": "98210", "positions": ["1", "2"], "registered_at": "2026-11-09T09:30:00+03:00",
         "comment": "МБОУ СОШ № 45: 1 — сервер в серверной; 2 — коммутатор ЛВС"},
        {"number": "98266", "positions": ["1", "2"], "registered_at": "2026-11-10T11:00:00+03:00",
         "comment": "МБДОУ «Детский сад № 38»: 1 — ПК заведующей; 2 — принтер методкабинета"},
        {"number": "98301", "positions": ["1"], "registered_at": "2026-11-11T07:45:00+03:00",
         "comment": "МБОУ СОШ № 81: проектор в актовом зале"},
        {"number": "98347", "positions": ["01", "02", "03"], "registered_at": "2026-11-12T09:00:00+03:00",
         "comment": "МБОУ «Школа № 6»: видеонаблюдение. 01, 02 — главный корпус; 03 — корпус на ул. Мичурина"},
        {"number": "98412", "positions": ["1", "2", "3"], "registered_at": "2026-11-13T10:20:00+03:00",
         "comment": "МБДОУ «Детский сад № 210»: ноутбуки мобильного класса, поз. 1–3 — по ноутбуку"},
        {"number": "98533", "positions": ["1", "2"], "registered_at": "2026-11-16T08:15:00+03:00",
         "comment": "МБОУ СОШ № 132: 1 — МФУ бухгалтерии; 2 — МФУ приёмной"},
        {"number": "98588", "positions": ["1"], "registered_at": "2026-11-24T13:00:00+03:00",
         "comment": "МБДОУ «Детский сад № 97»: ПК методиста (писем пока нет)"},
        {"number": "98678", "positions": ["1", "2", "3"], "registered_at": "2026-11-17T09:00:00+03:00",
         "comment": "МБОУ «Гимназия № 1»: СКС. 1 — кабель 2 этаж; 2 — кабель 3 этаж; 3 — шкаф и коммутатор в серверной"},
        {"number": "98790", "positions": ["1"], "registered_at": "2026-11-18T10:00:00+03:00",
         "comment": "ГБОУ «Школа-интернат № 2»: ПК бухгалтерии, не запускается 1С"},
        {"number": "98905", "positions": ["1", "2"], "registered_at": "2026-11-19T09:00:00+03:00",
         "comment": "МБДОУ «Детский сад № 5»: монтаж интерактивных панелей. 1 — группа 1; 2 — группа 2"},
    ],
}

# ----------------------------------------------------------------- helpers

def hdr(text, charset, enc=None):
    """RFC 2047 header in a given charset; enc 'b' or 'q' forces the encoding."""
    c = Charset(charset)
    if enc == 'b':
        c.header_encoding = BASE64
    elif enc == 'q':
        c.header_encoding = QP
    return Header(text, c)


def addr(name, email, charset='utf-8', enc='b'):
    return hdr(name, charset, enc).encode() + ' <' + email + '>'


FALLBACK = {'№': 'N', '«': '"', '»': '"', '—': '-', '–': '-', '×': 'x'}


def fit(text, charset):
    """What a mail client limited to `charset` would actually send."""
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(FALLBACK[ch])
    return ''.join(out)


def textpart(text, subtype='plain', charset='utf-8', cte='quoted-printable', extra=None):
    text = fit(text, charset)
    p = MIMENonMultipart('text', subtype, charset=charset)
    if extra:
        for k, v in extra.items():
            p.set_param(k, v)
    raw = text.encode(charset)
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte in ('8bit', '7bit'):
        payload = raw.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    del p['MIME-Version']
    return p


def text2html(text, font='Calibri'):
    out, inq = [], False
    for line in text.split('\n'):
        q = line.startswith('>')
        if q and not inq:
            out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            inq = True
        if not q and inq:
            out.append('</blockquote>')
            inq = False
        if q:
            line = line.lstrip('>').lstrip()
        out.append((htmlmod.escape(line) or '&nbsp;') + '<br>')
    if inq:
        out.append('</blockquote>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body><div style="font-family:%s,sans-serif;font-size:11pt">\n' % ('{cs}', font)
            + '\n'.join(out) + '\n</div></body></html>\n')


def msgid(key, client):
    h = hashlib.sha1(('ax-' + key).encode()).hexdigest()
    if client == 'iphone':
        u = h.upper()
        return '<%s-%s-%s-%s-%s@%s>' % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], DOM)
    if client == 'thebat':
        return '<%d.%s@%s>' % (int(h[:7], 16), h[7:15], DOM)
    if client == 'outlook':
        return '<00%s$%s$%s@%s>' % (h[:10], h[10:20], h[20:28], DOM)
    if client == 'sd':
        return '<sd.%s.%s@helpdesk.%s>' % (h[:6], h[6:18], DOM)
    if client == 'mailru':
        return '<%s@f%s.i.mail.ru>' % (h[:24], int(h[24:27], 16))
    return '<%s.%s@%s>' % (h[:16], h[16:24], DOM)


X_MAILER = {
    'iphone': 'iPhone Mail (22B91)',
    'thebat': 'The Bat! (v10.5.3) Professional',
    'outlook': 'Microsoft Outlook 16.0',
    'sd': 'SD-Notifier 3.2 (shkolait)',
    'mailru': 'Mail.Ru Mobile (Android) 14.52',
    'android': 'K-9 Mail for Android',
}

LETTERS = []


def L(key, when, sender, subject, label, **kw):
    kw.update(key=key, when=when, sender=sender, subject=subject, label=label)
    LETTERS.append(kw)


def D(day, hh, mm, ss=0):
    return dt.datetime(2026, 11, day, hh, mm, ss, tzinfo=SAM)


def decided(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def review(note):
    return {"expect": "review", "note": note}


def ignored(note):
    return {"expect": "ignored", "note": note}


ACC, ONWAY, ONSITE, LEFT = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'

IPH = '\n\nОтправлено с iPhone'
MRU = '\n\n--\nОтправлено из мобильной Почты Mail.ru'


def sd_block(req, obj, status, eng, changed, comment, sd_no):
    return ('Заявка: %s\nВнутр. номер: %s\nОбъект: %s\nСтатус: %s\nИнженер: %s\nИзменено: %s\n'
            '------------------------------------------------\n'
            'Комментарий инженера:\n%s\n\n'
            '--\nСервис-деск ООО «ШколаIT-Сервис»\n+7 (846) 205-48-17 | help@shkolait-servis.ru\n'
            'Чтобы добавить комментарий к заявке, ответьте на это письмо, не меняя тему.\n'
            % (req, sd_no, obj, status, eng, changed, comment))


def sd_html(req, obj, status, eng, changed, comment, sd_no):
    rows = [('Заявка', req), ('Внутр. номер', sd_no), ('Объект', obj), ('Статус', status),
            ('Инженер', eng), ('Изменено', changed)]
    tr = '\n'.join('<tr><td style="color:#666;padding:2px 12px 2px 0">%s:</td><td><b>%s</b></td></tr>'
                   % (htmlmod.escape(a), htmlmod.escape(b)) for a, b in rows)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head><body style="font-family:Arial;font-size:10pt">'
            '<table cellspacing="0" cellpadding="0">\n%s\n</table><hr>'
            '<p><b>Комментарий инженера:</b><br>%s</p>'
            '<p style="color:#888;font-size:8pt">Сервис-деск ООО «ШколаIT-Сервис»<br>+7 (846) 205-48-17 | help@shkolait-servis.ru<br>'
            'Чтобы добавить комментарий к заявке, ответьте на это письмо, не меняя тему.</p></body></html>\n'
            % (tr, htmlmod.escape(comment).replace('\n', '<br>')))


KUD_SIG = ('С уважением,\nОльга Кудряшова\nменеджер по работе с клиентами\nООО «ШколаIT-Сервис»\n'
           'ИНН 6316254871 / КПП 631601001\nтел. +7 (846) 205-48-17, моб. +7 917 118-40-62\n'
           'kudryashova@shkolait-servis.ru')

# ------------------------------------------------------------------ letters
# ---- 98014 СОШ 12, принтеры
L('sd-98014-acc', D(2, 10, 12), 'sd', '[SD-11873] Заявка 98014 — статус изменён',
  decided('98014', [], ACC, 'ticket notification, Статус «Принята в работу», comment «взял»'),
  client='sd', cc=[DISPATCH], fmt='alt',
  sd=('98014', 'МБОУ СОШ № 12, принтеры (3 поз.)', 'Принята в работу', 'Гурьянов А.В.',
      '02.11.2026 10:11 (МСК+1)', 'взял, после обеда заеду посмотрю все три', 'SD-11873'))

L('gur-98014-way', D(2, 13, 4), 'gur', '98014',
  decided('98014', [], ONWAY, 'bare number in subject, «выехал … минут 20»'),
  client='iphone', body='Выехал в 12ю школу, минут 20 по пробкам' + IPH)

L('gur-98014-site', D(2, 13, 31), 'gur', 'Re: 98014',
  decided('98014', [], ONSITE, 'reply; new text «На месте», quote below has the old «выехал»'),
  client='iphone', reply_to='disp-98014-a',
  body='На месте, начинаю' + IPH + '\n\n'
  '> 2 нояб. 2026 г., в 13:10, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):\n'
  '> \n> Алексей, принято. Отпишитесь, когда будете на месте.\n> \n'
  '>> 2 нояб. 2026 г., в 13:04, Алексей Гурьянов <guryanov@shkolait-servis.ru> написал(а):\n'
  '>> \n>> Выехал в 12ю школу, минут 20 по пробкам\n')

L('gur-98014-p13', D(2, 16, 18), 'gur', '98014 итог',
  decided('98014', ['1', '3'], LEFT, 'п.1 и п.3 готово, уехал; п.2 ждёт запчасть (plan only); part number RM1-8808 is not a request'),
  client='iphone',
  body='п.1 и п.3 готово — Kyocera в 21 каб. и Pantum в учительской, печатают.\n'
       'п.2 HP в 305 — нужен фьюзер RM1-8808, заказал, привезу как придёт (дня 2-3).\n'
       'Уехал со школы.' + IPH)

L('sd-98014-p2way', D(5, 10, 48), 'sd', '[SD-11873] Заявка 98014 поз. 2 — статус изменён',
  decided('98014', ['2'], ONWAY, 'status field «Ожидание запчасти» is stale; comment: engineer already left for the school, 30 min'),
  client='sd', cc=[DISPATCH], fmt='plain',
  sd=('98014 / поз. 2', 'МБОУ СОШ № 12, каб. 305, HP LaserJet Pro M404dn', 'Ожидание запчасти',
      'Гурьянов А.В.', '05.11.2026 10:47',
      'Фьюзер пришёл утром, Гурьянов уже выехал в школу, будет минут через 30.', 'SD-11873'))

L('gur-98014-p2done', D(5, 12, 47), 'gur', '98014-2',
  decided('98014', ['2'], LEFT, 'position after dash in subject; nouns «прибытие 10:55, убытие 12:40» — latest is убытие'),
  client='iphone', cte='base64',
  body='прибытие 10:55, убытие 12:40. фьюзер поменял, прогнал 20 листов — норм' + IPH)

# ---- 98027 д/с 157, Wi-Fi
L('sd-98027-acc', D(3, 10, 42), 'sd', '[SD-11880] Заявка 98027 — статус изменён',
  decided('98027', [], ACC, 'Статус «Назначена», comment «Заявку принял», trip tomorrow is only a plan'),
  client='sd', cc=[DISPATCH], fmt='plain',
  sd=('98027', 'МБДОУ «Детский сад № 157», Wi-Fi (2 поз.)', 'Назначена', 'Ломакин Д.С.',
      '03.11.2026 10:40',
      'Заявку принял. Выезд завтра с утра, во 2-м корпусе нужен доступ к щитку — предупредите завхоза, пожалуйста.',
      'SD-11880'))

L('lom-98027-way', D(4, 8, 7), 'lom', 'Заявка № 98027',
  decided('98027', [], ONWAY, '«выезжаю» now; house number 151 in the address is not a request'),
  client='thebat', cte='8bit',
  body='Добрый день.\n\nПо заявке № 98027 выезжаю в д/с № 157 (ул. Ново-Садовая, 151), буду ориентировочно в 8:45.\n\n'
       '-- \nС уважением,\nДмитрий Ломакин\nинженер ООО «ШколаIT-Сервис»\n+7 927 604-33-18\n')

L('lom-98027-site', D(4, 8, 52), 'lom', 'Re: Заявка № 98027',
  decided('98027', [], ONSITE, 'The Bat! reply; new text «Прибыл на место»; quote is dispatcher text'),
  client='thebat', cte='quoted-printable', reply_to='disp-98027-a',
  body='Здравствуйте, Диспетчерская.\n\nПрибыл на место, завхоз встретила, работаю.\n\n-- \nС уважением,\nДмитрий Ломакин\n\n'
       'Вы писали 4 ноября 2026 г., 8:20:\n\n'
       '> Дмитрий, добрый день. Принято. Завхоз 2-го корпуса будет с 9:00.\n'
       '> Диспетчерская ОМИС\n')

L('lom-98027-p1', D(4, 12, 36), 'lom', '98027 корпус 1',
  decided('98027', ['1'], LEFT, 'п.1 done (work finished); п.2 only a plan for tomorrow; model U6-Lite, 40 m are not numbers of interest'),
  client='thebat', cte='8bit',
  body='Корпус 1 (п.1): точку доступа Ubiquiti U6-Lite заменил, сеть во всех группах есть, проверил с планшетом воспитателя.\n'
       'Корпус 2 (п.2): кабель от щитка до коммутатора перебит в подвале, надо тянуть новый, метров 40. '
       'Сделаю завтра, материал возьму на складе.\n\n-- \nД. Ломакин\n')

L('lom-98027-p2', D(5, 15, 20), 'lom', 'Re: 98027 корпус 1',
  decided('98027', ['2'], LEFT, 'Re: subject names корпус 1; new text: второй корпус (п.2) done, уехали; ДЛ> quote is old'),
  client='thebat', cte='quoted-printable', reply_to='lom-98027-p1',
  body='Второй корпус (п.2) сделали: новый кабель проложили по подвалу, коммутатор поднялся, Wi-Fi во 2 корпусе работает. Уехали.\n\n'
       '-- \nД. Ломакин\n\nВы писали 4 ноября 2026 г., 12:36:\n\n'
       'ДЛ> Корпус 1 (п.1): точку доступа Ubiquiti U6-Lite заменил, сеть во всех группах есть, проверил с планшетом воспитателя.\n'
       'ДЛ> Корпус 2 (п.2): кабель от щитка до коммутатора перебит в подвале, надо тянуть новый, метров 40. '
       'Сделаю завтра, материал возьму на складе.\n')

L('kud-98027-done', D(5, 17, 45), 'kud', 'Детский сад № 157 — восстановление Wi-Fi, работы завершены',
  decided('98027', [], LEFT, 'account manager to the director (dispatch in Cc): works in both buildings finished, engineer left 15:10; act/contract/INN numbers are noise'),
  client='outlook', to=[('Заведующей МБДОУ «Детский сад № 157»', 'ds157@edu-samara.ru')], cc=[DISPATCH],
  body='Уважаемая Наталья Викторовна, добрый вечер!\n\n'
       'Информирую Вас, что работы по восстановлению беспроводной сети в обоих корпусах детского сада '
       '(заявка № 98027 в диспетчерской системе ОМИС) завершены сегодня, 5 ноября. В первом корпусе заменена '
       'точка доступа, во втором проложен новый кабель от электрощитовой до коммутатора (около 40 м). '
       'Инженер Д.С. Ломакин проверил покрытие во всех группах и в кабинете заведующего и покинул объект в 15:10.\n\n'
       'Акт выполненных работ № 1139 от 05.11.2026 будет передан Вам на подпись вместе с ежемесячным пакетом '
       'документов по договору № 47/СО-2026 от 15.01.2026. Стоимость кабеля входит в абонентское обслуживание, '
       'дополнительных счетов не будет.\n\n'
       'Если в группах снова начнутся проблемы со связью, пожалуйста, сообщайте в диспетчерскую или напрямую мне.\n\n'
       + KUD_SIG + '\n')

# ---- 98103 Гимназия 3, доски
L('sd-98103-acc', D(5, 11, 40), 'sd', '[SD-11891] Заявка 98103 — статус изменён',
  decided('98103', [], ACC, 'Статус «В работе», comment «Принял», trip 06.11 is a plan'),
  client='sd', cc=[DISPATCH], fmt='alt',
  sd=('98103', 'МБОУ «Гимназия № 3», интерактивные доски (4 поз.)', 'В работе', 'Хайрутдинов Р.Р.',
      '05.11.2026 11:38',
      'Принял. Выезд 06.11 к первому уроку, с собой кабели USB 10 м и запасной блок питания.', 'SD-11891'))

L('cal-98103', D(5, 16, 2), 'kud', 'Принято: Совещание: интерактивные доски Гимназии № 3 (заявка 98103)',
  ignored('Outlook calendar meeting response (METHOD:REPLY), generated by the client'),
  client='outlook', special='calendar')

L('khm-98103-way', D(6, 7, 32), 'khm', 'Гимназия 3 доски (98103)',
  decided('98103', [], ONWAY, 'number in brackets in subject; «еду … буду минут через 40»'),
  client='mailru', body='еду, на Московском пробка, буду минут через 40' + MRU)

L('sd-98103-site', D(6, 8, 25), 'sd', '[SD-11891] Заявка 98103 — статус изменён',
  decided('98103', [], ONSITE, 'Статус «Выезд» is behind; comment «На месте с 8:15»'),
  client='sd', cc=[DISPATCH], fmt='plain',
  sd=('98103', 'МБОУ «Гимназия № 3», интерактивные доски (4 поз.)', 'Выезд', 'Хайрутдинов Р.Р.',
      '06.11.2026 08:24', 'На месте с 8:15, завуч встретила, доски показали.', 'SD-11891'))

L('kud-98103-table', D(6, 17, 30), 'kud', 'Гимназия № 3: интерактивные доски — итоги выезда 06.11 (заявка 98103)',
  decided('98103', ['1', '2', '4'], LEFT, 'HTML-only table, one row per position: 1, 2, 4 выполнено, engineer left 14:20; 3 awaits a projector (plan)'),
  client='outlook', special='html_table', cc=[DISPATCH],
  to=[('Директору МБОУ «Гимназия № 3»', 'gimn3@edu-samara.ru')])

# ---- 98155 Лицей
L('sd-98155-way', D(6, 9, 14), 'sd', '[SD-11902] Заявка 98155 — статус изменён',
  decided('98155', [], ONWAY, 'Статус field «Новая» contradicts comment «выезжаю прямо сейчас» → in transit'),
  client='sd', cc=[DISPATCH], fmt='alt',
  sd=('98155', 'МАОУ «Лицей «Технический», компьютерный класс каб. 207', 'Новая', 'Гурьянов А.В.',
      '06.11.2026 09:13', 'Принял, выезжаю прямо сейчас, я рядом.', 'SD-11902'))

SD_Q_98155 = ('> 6 нояб. 2026 г., в 09:14, Сервис-деск ШколаIT <help@shkolait-servis.ru> написал(а):\n> \n'
              '> Заявка: 98155\n> Внутр. номер: SD-11902\n> Объект: МАОУ «Лицей «Технический», компьютерный класс каб. 207\n'
              '> Статус: Новая\n> Инженер: Гурьянов А.В.\n> Изменено: 06.11.2026 09:13\n'
              '> ------------------------------------------------\n> Комментарий инженера:\n'
              '> Принял, выезжаю прямо сейчас, я рядом.\n')

L('gur-98155-site', D(6, 9, 41), 'gur', 'Re: [SD-11902] Заявка 98155 — статус изменён',
  decided('98155', [], ONSITE, 'reply-all to the ticket notification; new text «в лицее, на месте»'),
  client='iphone', to=[('Сервис-деск ШколаIT', 'help@' + DOM)], cc=[DISPATCH], reply_to='sd-98155-way',
  body='в лицее, на месте' + IPH + '\n\n' + SD_Q_98155)

L('gur-98155-left', D(6, 14, 5), 'gur', 'Re: [SD-11902] Заявка 98155 — статус изменён',
  decided('98155', [], LEFT, '«Выехал из лицея» (from the site, not to it) + «Готово»; «15 машин», каб. 207 are noise'),
  client='iphone', to=[('Сервис-деск ШколаIT', 'help@' + DOM)], cc=[DISPATCH], reply_to='gur-98155-site',
  body='Выехал из лицея. Все 15 машин в классе обновил, касперский встал, проектор в 207 тоже глянул. Готово' + IPH
       + '\n\n' + SD_Q_98155)

# ---- 98210 СОШ 45
L('lom-98210-q', D(9, 16, 10), 'lom', '98210 вопрос по доступу',
  review('question about who has the server-room key; trip tomorrow is a plan; phone number is noise'),
  client='thebat', cte='8bit',
  body='Добрый день.\n\nПо 98210 вопрос: кто в 45-й школе отвечает за серверную — завхоз или учитель информатики? '
       'Телефон школы 8 (846) 951-22-07 не отвечает. Хотим завтра к 9 приехать, надо чтобы кто-то был с ключом.\n\n'
       '-- \nС уважением,\nДмитрий Ломакин\n')

L('bounce-98210', D(9, 17, 2), 'daemon', 'Undelivered Mail Returned to Sender',
  ignored('bounce (multipart/report delivery-status) for a dispatcher letter about 98210 sent to a dead address'),
  client='daemon', special='bounce')

L('lom-98210-way', D(10, 8, 40), 'lom', '98210 СОШ 45',
  decided('98210', [], ONWAY, 'request number in brackets after the address (Ташкентская, 98а); «выехали, будем к 9:15»'),
  client='thebat', cte='quoted-printable',
  body='Выехали на Ташкентскую, 98а (98210), будем к 9:15.\n\n-- \nД.Л.\n')

L('sd-98210-site', D(10, 10, 20), 'sd', '[SD-11935] Заявка 98210 — статус изменён',
  decided('98210', [], ONSITE, 'Статус «В пути» is stale; comment: engineer already on site since 9:20'),
  client='sd', cc=[DISPATCH], fmt='alt',
  sd=('98210', 'МБОУ СОШ № 45, серверная и ЛВС (2 поз.)', 'В пути', 'Ломакин Д.С.', '10.11.2026 10:19',
      'Ломакин уже на объекте, с 9:20 в серверной, ключ дали.', 'SD-11935'))

L('lom-98210-mixed', D(10, 13, 50), 'lom', '98210 промежуточно',
  review('different statuses per position: поз.1 finished, поз.2 still on site'),
  client='thebat', cte='8bit',
  body='поз.1 — сервер поднял, RAID пересобрал, бэкап журнала прошёл, всё ок.\n'
       'поз.2 — коммутатор D-Link DGS-1210-28 меняем, пока тут, ещё часа два.\n\n-- \nД. Ломакин\n')

L('lom-98210-p2', D(10, 16, 35), 'lom', '98210 поз. 2',
  decided('98210', ['2'], LEFT, '«Бригада освободилась, уехали» for поз. 2 (from subject)'),
  client='thebat', cte='quoted-printable',
  body='Коммутатор заменил, все линки поднялись, старый забрал на диагностику. Бригада освободилась, уехали.\n\n-- \nД. Ломакин\n')

# ---- 98266 д/с 38
L('sd-98266-acc', D(10, 12, 25), 'sd', '[SD-11941] Заявка 98266 — статус изменён',
  decided('98266', [], ACC, 'Статус «Принята», comment «Принято», visit tomorrow is a plan'),
  client='sd', cc=[DISPATCH], fmt='plain',
  sd=('98266', 'МБДОУ «Детский сад № 38», ПК заведующей и принтер', 'Принята', 'Хайрутдинов Р.Р.',
      '10.11.2026 12:24', 'Принято. Завтра с утра заеду, ПК и принтер посмотрю на месте.', 'SD-11941'))

L('kh-98266-p1', D(11, 13, 30), 'kh', '98266',
  decided('98266', ['1'], LEFT, 'п.1 «сделал, всё работает»; п.2 printer taken to the workshop, return next week = plan, no status'),
  client='android',
  body='ПК заведующей (п.1) сделал: почистил, термопасту поменял, винду переставил, всё работает.\n'
       'Принтер Canon MF3010 (п.2) забираю в мастерскую, там протяжка, вернём на следующей неделе.\n\n--\nРуслан Х.\n')

L('kh-98266-p2', D(17, 11, 15), 'kh', 'Re: 98266',
  decided('98266', ['2'], LEFT, 'printer brought back and working: «поз 2 всё»'),
  client='android', reply_to='kh-98266-p1',
  body='Привёз принтер в 38й садик, подключил, печатает. По заявке 98266 поз 2 всё.\n\n--\nРуслан Х.\n\n'
       '-----Original Message-----\n'
       'From: Руслан Хайрутдинов <khairutdinov@shkolait-servis.ru>\n'
       'Sent: Wednesday, November 11, 2026 1:30 PM\n'
       'To: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n'
       'Subject: 98266\n\n'
       'ПК заведующей (п.1) сделал: почистил, термопасту поменял, винду переставил, всё работает.\n'
       'Принтер Canon MF3010 (п.2) забираю в мастерскую, там протяжка, вернём на следующей неделе.\n')

# ---- 98301 СОШ 81
L('gur-98301-acc', D(11, 9, 2), 'gur', '98301',
  decided('98301', [], ACC, '«Принял», departure at 14:00 is only a plan'),
  client='iphone', body='Принял. Выезжаю в 14:00, сейчас на другом объекте' + IPH)

L('gur-98301-way', D(11, 13, 58), 'gur', '98301 В ПУТИ',
  decided('98301', [], ONWAY, 'caps; «ВЫЕХАЛ В 81Ю» (school number 81 is not a request)'),
  client='iphone', body='ВЫЕХАЛ В 81Ю' + IPH)

L('sd-98301-fwd', D(11, 14, 50), 'sd', 'Fwd: 81 школа',
  decided('98301', [], ONSITE, 'service desk forwards the engineer message (Thunderbird style): «Прибыл в 81ю в 14:35»; waiting for the key is still on site'),
  client='tb', cc=[], to=[(DISP_NAME, DISPATCH)], sender_name='Марина Савельева',
  body='Коллеги, добрый день! Пересылаю сообщение инженера по заявке 98301 — у него с телефона не уходит на ваш адрес.\n\n'
       'Марина, сервис-деск\n\n'
       '-------- Пересылаемое сообщение --------\n'
       'Тема: \t81 школа\nДата: \tWed, 11 Nov 2026 14:38:12 +0400\n'
       'От: \tАлексей Гурьянов <guryanov@shkolait-servis.ru>\nКому: \thelp@shkolait-servis.ru\n\n\n'
       'Прибыл в 81ю в 14:35, актовый зал закрыт, жду завхоза с ключом. Передайте диспетчеру\n\nОтправлено с iPhone\n')

L('gur-98301-p2', D(11, 17, 5), 'gur', '98301 поз 2',
  review('98301 has only position 1; «п.2» does not exist in the request'),
  client='iphone', body='98301 п.2 тоже сделал — колонки в зале подключил к пульту, звук есть' + IPH)

L('kud-98301-done', D(11, 17, 40), 'kud', 'СОШ № 81 — проектор в актовом зале восстановлен',
  decided('98301', [], LEFT, 'manager to director: works finished, engineer left the school at 16:50; act 1147, lamp model, hours are noise'),
  client='outlook', to=[('Директору МБОУ СОШ № 81', 'school81@edu-samara.ru')], cc=[DISPATCH],
  body='Уважаемый Сергей Петрович, добрый вечер!\n\n'
       'Сообщаю, что по Вашей заявке (в системе диспетчерской — № 98301) работоспособность проектора в актовом зале '
       'восстановлена: заменена лампа ELPLP96, почищены фильтры, изображение заново сведено на экран. '
       'Инженер А.В. Гурьянов закончил работы и покинул школу в 16:50.\n\n'
       'Лампа установлена из нашего подменного фонда, её стоимость входит в договор обслуживания; акт № 1147 '
       'от 11.11.2026 передадим с документами за ноябрь. Ресурс новой лампы — около 5 000 часов в экономичном режиме, '
       'поэтому просим по возможности не оставлять проектор включённым на переменах.\n\n'
       'Отдельно рекомендую до декабрьского концерта проверить радиомикрофоны и пульт в зале — если потребуется, '
       'оформите, пожалуйста, заявку через диспетчерскую, мы подберём удобное время.\n\n'
       + KUD_SIG + '\n')

# ---- 98347 Школа 6
L('sd-98347-acc', D(12, 10, 30), 'sd', '[SD-11950] Заявка 98347 — статус изменён',
  decided('98347', [], ACC, 'Статус «Принята», all three positions listed as the request scope'),
  client='sd', cc=[DISPATCH], fmt='plain',
  sd=('98347 (поз. 01, 02, 03)', 'МБОУ «Школа № 6», видеонаблюдение', 'Принята', 'Ломакин Д.С.',
      '12.11.2026 10:29', 'Принято, выезд сегодня после 14:00.', 'SD-11950'))

L('lom-98347-site', D(12, 14, 50), 'lom', '98347',
  decided('98347', ['01', '02'], ONSITE, 'on site for поз 01 и 02; 03 (other building) later = plan; Мичурина, 52 is an address'),
  client='thebat', cte='8bit',
  body='поз 01 и 02 — на месте, главный корпус. 03 — это корпус на Мичурина, 52, туда после, как здесь закончу.\n\n'
       '-- \nД. Ломакин\n')

L('lom-98347-mixed', D(12, 17, 20), 'lom', 'Re: 98347',
  review('different statuses per position: 01/02 finished, 03 on site'),
  client='thebat', cte='quoted-printable', reply_to='lom-98347-site',
  body='01 и 02 сделал, камеры пишут на регистратор Hikvision DS-7616NI, архив 14 дней. '
       'Переехал на Мичурина, по 03 на месте, тут коммутатор в шкафу мёртвый, посмотрю что есть в машине.\n\n'
       '-- \nД. Ломакин\n\nВы писали 12 ноября 2026 г., 14:50:\n\n'
       'ДЛ> поз 01 и 02 — на месте, главный корпус. 03 — это корпус на Мичурина, 52, туда после, как здесь закончу.\n')

L('lom-98347-03', D(13, 11, 30), 'lom', '98347-03',
  decided('98347', ['03'], LEFT, 'position after dash; «Готово … Уехал»'),
  client='thebat', cte='8bit',
  body='Готово, коммутатор заменили, камеры второго корпуса в сети. Уехал.\n\n-- \nД.Л.\n')

L('kud-98347-complaint', D(13, 16, 0), 'kud', 'Школа № 6 — допуск инженеров на территорию',
  review('complaint/request about passes for engineers; reports no status'),
  client='outlook', to=[('Директору МБОУ «Школа № 6»', 'school6@edu-samara.ru')], cc=[DISPATCH],
  body='Уважаемая Елена Анатольевна!\n\n'
       'Обращаюсь к Вам по вопросу допуска наших сотрудников в здания школы. При выполнении работ по видеонаблюдению '
       '(заявка 98347) наши инженеры дважды подолгу ожидали на проходной: охрана требовала разовый пропуск, '
       'который оформляется только через секретаря. Из-за этого сдвигаются все выезды, которые мы планируем '
       'в этот день по Промышленному району.\n\n'
       'Просим рассмотреть возможность включить в список постоянного допуска следующих сотрудников:\n'
       '1. Гурьянов Алексей Викторович\n2. Ломакин Дмитрий Сергеевич\n3. Хайрутдинов Руслан Рашитович\n\n'
       'Паспортные данные направлю отдельным письмом. Копию письма направляю в диспетчерскую ОМИС для сведения.\n\n'
       'Заранее благодарю за понимание.\n\n' + KUD_SIG + '\n')

L('khm-nonum', D(13, 9, 12), 'khm', 'школа',
  review('no request number at all; question to dispatcher'),
  client='mailru',
  body='Я на месте, в школе никто не знает про заявку, охранник не пускает. Кому звонить?' + MRU)

# ---- 98412 д/с 210, ноутбуки
L('kud-98412-price', D(13, 14, 10), 'kud', 'Д/с № 210 — ноутбуки, согласование стоимости (заявка 98412)',
  review('price approval talk, invoice and contract numbers; reports no status'),
  client='outlook', to=[('Заведующей МБДОУ «Детский сад № 210»', 'ds210@edu-samara.ru')], cc=[DISPATCH],
  body='Уважаемая Ирина Геннадьевна, добрый день!\n\n'
       'По заявке 98412 (ноутбуки мобильного класса): по фотографиям, которые прислала Ваш завхоз, на всех трёх '
       'ноутбуках Lenovo IdeaPad 3 15ITL6 (инв. № 1010434, 1010435, 1010437) разбиты матрицы. Замена матриц '
       'не входит в абонентское обслуживание по договору № 52/СО-2026, поэтому прошу согласовать стоимость:\n\n'
       '— матрица 15,6" IPS с работой — 6 800 руб. за шт.;\n— итого за три ноутбука — 20 400 руб., НДС не облагается.\n\n'
       'Счёт № 2231 от 13.11.2026 направлю сразу после Вашего согласия. После согласования закажем матрицы, '
       'срок поставки 2–3 рабочих дня, замену выполним за один выезд.\n\n'
       'Прошу подтвердить ответным письмом.\n\n' + KUD_SIG + '\n')

L('sd-98412-acc', D(16, 9, 40), 'sd', '[SD-11958] Заявка 98412 — статус изменён',
  decided('98412', [], ACC, 'Статус «Согласовано»; comment: approval received, request taken into work'),
  client='sd', cc=[DISPATCH], fmt='alt',
  sd=('98412', 'МБДОУ «Детский сад № 210», ноутбуки (3 поз.)', 'Согласовано', 'Хайрутдинов Р.Р.',
      '16.11.2026 09:38', 'Согласование от заведующей получено 16.11, заявку взяли в работу, матрицы заказаны, ждём к среде.',
      'SD-11958'))

L('khm-98412-way', D(18, 10, 5), 'khm', '98412',
  decided('98412', [], ONWAY, '«Едy» with a Latin y; travelling now'),
  client='mailru', body='Едy в 210 садик по 98412, матрицы везу' + MRU)

L('khm-98412-left', D(18, 14, 20), 'khm', 'Re: 98412',
  decided('98412', ['1', '2', '3'], LEFT, '«Заявка #98412»; поз. 1, 3-й and 2-й all done, «Уехал»'),
  client='mailru', reply_to='khm-98412-way',
  body='Заявка #98412. поз. 1 и 3-й — матрицы поменял, 2-й тоже. Все три готовы, отдал завхозу под роспись. Уехал' + MRU
       + '\n\n\nСреда, 18 ноября 2026, 10:05 +04:00 от Руслан Хайрутдинов <r.khairutdinov63@mail.ru>:\n'
       '> Едy в 210 садик по 98412, матрицы везу\n')

# ---- 98533 СОШ 132
L('gur-98533-way', D(16, 9, 40), 'gur', '98533 (1)',
  decided('98533', ['1'], ONWAY, 'position in brackets in subject; body just «еду»'),
  client='iphone', body='еду' + IPH)

L('gur-98533-site', D(16, 10, 15), 'gur', 'Re: 98533 (1)',
  decided('98533', ['1'], ONSITE, 'typo «на мсете»; quoted dispatcher line below'),
  client='iphone', reply_to='disp-98533-a',
  body='на мсете уже' + IPH + '\n\n'
       '> 16 нояб. 2026 г., в 09:52, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):\n> \n'
       '> Принято, ключ от бухгалтерии у секретаря.\n')

L('sd-98533-p1', D(16, 12, 20), 'sd', '[SD-11961] Заявка 98533 поз. 1 — статус изменён',
  decided('98533', ['1'], LEFT, 'Статус «В работе» is stale; comment «Работы завершены в 12:10 … Уехал»; counter 84 512 and TK-1170 are noise'),
  client='sd', cc=[DISPATCH], fmt='alt',
  sd=('98533 / поз. 1', 'МБОУ СОШ № 132, бухгалтерия, МФУ Kyocera ECOSYS M2040dn', 'В работе', 'Гурьянов А.В.',
      '16.11.2026 12:19', 'Работы завершены в 12:10. Счётчик 84 512 стр., картридж TK-1170 заменён, барабан почищен. Уехал.',
      'SD-11961'))

L('gur-98533-not', D(16, 16, 30), 'gur', '98533 п.2',
  review('negation + plan: «ещё не выезжал … завтра с утра»'),
  client='iphone', body='по 98533 п.2 ещё не выезжал, не успеваю сегодня. завтра с утра первым делом' + IPH)

L('gur-98533-p2way', D(17, 8, 15), 'gur', '98533 п.2 выехал',
  decided('98533', ['2'], ONWAY, 'status in subject, body «к 8:40 буду»'),
  client='iphone', body='к 8:40 буду' + IPH)

L('gur-98533-p2done', D(17, 10, 30), 'gur', 'Re: 98533 п.2 выехал',
  decided('98533', ['2'], LEFT, 'Re: subject still says выехал, body «Готово по второй … Убыл»'),
  client='iphone', reply_to='gur-98533-p2way', cte='base64',
  body='Готово по второй, МФУ печатает и сканирует в сетевую папку. Убыл' + IPH + '\n\n'
       '> 17 нояб. 2026 г., в 08:15, Алексей Гурьянов <guryanov@shkolait-servis.ru> написал(а):\n> \n> к 8:40 буду\n')

L('gur-two', D(17, 12, 5), 'gur', '98014 / 98533',
  review('two different requests (98014 and 98533) in one letter'),
  client='iphone',
  body='Заехал по дороге в 12ю (98014), глянул HP после ремонта — всё ок. По 98533 тоже всё, завуч довольна' + IPH)

# ---- 98678 Гимназия 1, СКС
L('kud-98678-acc', D(17, 15, 20), 'kud', 'Гимназия № 1 — монтаж СКС, подтверждение принятия заявки',
  decided('98678', [], ACC, 'manager confirms to director that обращение № 98678 is accepted; crew goes 19.11 (plan); positions only listed as scope'),
  client='outlook', to=[('Директору МБОУ «Гимназия № 1»', 'gimn1@edu-samara.ru')], cc=[DISPATCH],
  body='Уважаемый Игорь Валентинович, добрый день!\n\n'
       'Подтверждаю, что Ваше обращение (№ 98678 в системе диспетчерской службы) принято нами в работу. '
       'По фотографиям и плану этажей, которые прислал Ваш заместитель по АХЧ, состав работ следующий:\n\n'
       'поз. 1 — прокладка кабеля по 2-му этажу, 24 порта (кабинеты 201–212);\n'
       'поз. 2 — то же по 3-му этажу, 18 портов;\n'
       'поз. 3 — монтаж телекоммуникационного шкафа 19" 12U и коммутатора в серверной.\n\n'
       'Монтажная бригада под руководством Д.С. Ломакина выедет 19 ноября к 9:00. Учитывая, что 19.11 у Вас проходят ВПР, '
       'шумные работы на втором этаже начнём только после 13:00.\n\n'
       'Материалы (кабель UTP cat.5e — 2 бухты по 305 м, кабель-канал 40×16) поставляем мы в рамках договора № 61/СО-2026. '
       'Прошу обеспечить доступ в серверную и в кабинеты по списку.\n\n' + KUD_SIG + '\n')

L('lom-98678-thanks', D(18, 11, 0), 'lom', 'Re: 98678 — ограничения по времени',
  review('acknowledgement of the dispatcher\'s own message; no status'),
  client='thebat', cte='8bit', reply_to='disp-98678-a',
  body='Здравствуйте, Диспетчерская.\n\nСпасибо, учтём. Бригаде передал, на втором этаже до 13:00 шуметь не будем.\n\n'
       '-- \nД. Ломакин\n\nВы писали 18 ноября 2026 г., 10:31:\n\n'
       '> Дмитрий Сергеевич, добрый день.\n> В гимназии 19.11 ВПР, работы на 2 этаже просьба вести только после 13:00.\n'
       '> Диспетчерская ОМИС\n')

L('mdn-98678', D(19, 8, 50), 'kud', 'Прочитано: Гимназия № 1 — пропуск для бригады (98678)',
  ignored('read receipt (disposition-notification) from Outlook'),
  client='outlook', special='mdn')

L('lom-98678-way', D(19, 8, 35), 'lom', 'наряд 98678',
  decided('98678', [], ONWAY, '«наряд 98678»; «Бригада выдвинулась»; car plate Р 417 КВ 163 is noise'),
  client='thebat', cte='quoted-printable',
  body='Бригада выдвинулась на Гимназию № 1, 3 человека, машина Ларгус Р 417 КВ 163.\n\n-- \nД. Ломакин\n')

L('lom-98678-site', D(19, 9, 30), 'lom', 'Re: наряд 98678',
  decided('98678', [], ONSITE, '«На объекте с 9:20»; «3-го этажа» is a floor, not a position'),
  client='thebat', cte='8bit', reply_to='lom-98678-way',
  body='На объекте с 9:20. Начали с 3-го этажа, на второй пойдём после 13:00, как договаривались.\n\n-- \nД. Ломакин\n')

L('gur-98450', D(19, 10, 20), 'gur', '98450',
  review('98450 is not in the registry'),
  client='iphone', body='выехал, буду минут через 15' + IPH)

L('lom-98678-p12', D(19, 18, 10), 'lom', '98678: П1, П2 закончены',
  decided('98678', ['1', '2'], LEFT, 'П1 и П2 закончены; П3 tomorrow = plan'),
  client='thebat', cte='8bit',
  body='П1 и П2 закончены, все линии протестированы Fluke, протоколы пришлю. '
       'П3 (серверная, шкаф) — завтра, шкаф не привезли от поставщика.\n\n-- \nД. Ломакин\n')

L('lom-98678-p3', D(20, 16, 5), 'lom', 'Re: 98678: П1, П2 закончены',
  decided('98678', ['3'], LEFT, 'Re: subject names П1, П2 (old); new text: «Третью позицию сдали … уехали в 15:40»'),
  client='thebat', cte='quoted-printable', reply_to='lom-98678-p12',
  body='Шкаф привезли, смонтировали, Cisco SG350-28 в стойке, патч-панели расшили. '
       'Третью позицию (П3) сдали завучу, уехали в 15:40.\n\n-- \nД.Л.\n\nВы писали 19 ноября 2026 г., 18:10:\n\n'
       'ДЛ> П1 и П2 закончены, все линии протестированы Fluke, протоколы пришлю. '
       'П3 (серверная, шкаф) — завтра, шкаф не привезли от поставщика.\n')

L('lom-autoreply', D(23, 9, 0), 'lom', 'Автоответ: 98678 — протоколы тестирования',
  ignored('out-of-office auto-reply'),
  client='thebat', cte='8bit', auto=True, reply_to='disp-98678-b',
  body='Здравствуйте!\n\nЯ в отпуске с 23.11.2026 по 30.11.2026 включительно, почту не читаю.\n'
       'По срочным вопросам обращайтесь в сервис-деск: help@shkolait-servis.ru, +7 (846) 205-48-17.\n\nДмитрий Ломакин\n')

# ---- 98790 интернат 2
L('sd-98790-wrong', D(18, 11, 40), 'sd', '[SD-11977] Заявка 98790 — статус изменён',
  review('Статус «Выполнена» set by mistake; comment says nothing was done, engineer has not gone out'),
  client='sd', cc=[DISPATCH], fmt='plain',
  sd=('98790', 'ГБОУ «Школа-интернат № 2», ПК бухгалтерии', 'Выполнена', 'не назначен', '18.11.2026 11:39',
      'Статус выставлен по ошибке — по заявке ещё ничего не делали, инженер не выезжал. Поправим, напишем отдельно.',
      'SD-11977'))

L('sd-98790-acc', D(18, 12, 10), 'sd', '[SD-11977] Заявка 98790 — статус изменён',
  decided('98790', [], ACC, 'corrected notification: Статус «Принята», comment «Заявку ведёт Хайрутдинов»'),
  client='sd', cc=[DISPATCH], fmt='alt',
  sd=('98790', 'ГБОУ «Школа-интернат № 2», ПК бухгалтерии', 'Принята', 'Хайрутдинов Р.Р.', '18.11.2026 12:09',
      'Исправили. Заявку ведёт Хайрутдинов, выезд 20.11 утром.', 'SD-11977'))

L('kh-98790-way', D(20, 8, 20), 'kh', '98790 выехaл в интернат',
  decided('98790', [], ONWAY, 'Latin «a» inside «выехaл» (subject and body)'),
  client='android', body='выехaл, буду около 9\n\n--\nРуслан Х.\n')

L('kh-98790-site', D(20, 9, 15), 'kh', 'Re: 98790 выехaл в интернат',
  decided('98790', [], ONSITE, 'reply written under the quote; Re: subject says выехал, new text «на месте»'),
  client='android', reply_to='kh-98790-way',
  body='20.11.2026 8:20, Руслан Хайрутдинов пишет:\n> выехaл, буду около 9\n\n'
       'на месте. 1С у бухгалтера не запускается, разбираюсь\n\n--\nРуслан Х.\n')

L('kud-98790-fwd', D(20, 14, 30), 'kud', 'ПЕРЕСЛ: интернат',
  decided('98790', [], LEFT, 'Outlook forward of the engineer report: «в интернате всё … Уехал в 13:35»; date 17.11 of the backup is noise'),
  client='outlook', to=[(DISP_NAME, DISPATCH)], cc=[],
  body='Коллеги, добрый день.\n\nДля закрытия заявки 98790 — отчёт инженера ниже.\n\n' + KUD_SIG + '\n\n'
       'От: Руслан Хайрутдинов <khairutdinov@shkolait-servis.ru>\n'
       'Отправлено: 20 ноября 2026 г. 13:36\n'
       'Кому: Кудряшова Ольга Сергеевна <kudryashova@shkolait-servis.ru>\n'
       'Тема: интернат\n\n'
       'Ольга Сергеевна, в интернате всё. 1С у бухгалтера работает, базу восстановил из бэкапа от 17.11, '
       'настроил ежедневную выгрузку на NAS. Уехал в 13:35.\n')

# ---- 98905 д/с 5, панели
L('sd-98905-acc', D(19, 10, 25), 'sd', '[SD-11990] Заявка 98905 — статус изменён',
  decided('98905', [], ACC, 'Статус «Принята», comment «Приняли», trip 20.11 is a plan'),
  client='sd', cc=[DISPATCH], fmt='plain',
  sd=('98905', 'МБДОУ «Детский сад № 5», интерактивные панели (2 поз.)', 'Принята', 'Гурьянов А.В.',
      '19.11.2026 10:24', 'Приняли. Панели Lumien 65" и кронштейны забираем со склада, выезд 20.11 с утра.', 'SD-11990'))

L('sd-autoack', D(19, 11, 5), 'sd', '[SD-11994] Ваше обращение зарегистрировано',
  ignored('automatic acknowledgement from the ticket system (Auto-Submitted: auto-replied)'),
  client='sd', auto=True, fmt='plain', reply_to='disp-98905-a',
  body='Здравствуйте!\n\nВаше письмо «98905 — контакты заведующей» получено и зарегистрировано в сервис-деске '
       'под номером SD-11994.\nОтвет инженера поступит в рабочее время (пн–пт, 8:00–18:00 по Самаре).\n\n'
       'Это автоматическое уведомление, отвечать на него не нужно.\n\n--\nСервис-деск ООО «ШколаIT-Сервис»\n')

L('gur-98905-way', D(20, 9, 5), 'gur', '98905',
  decided('98905', [], ONWAY, '«выезжаем … к 9:40 будем»'),
  client='iphone', body='выезжаем вдвоём с Костей, к 9:40 будем' + IPH)

L('gur-98905-site', D(20, 9, 48), 'gur', 'Re: 98905',
  decided('98905', [], ONSITE, '«на месте», number only in the Re: subject'),
  client='iphone', reply_to='gur-98905-way', body='на месте, д/с 5, заведующая встретила' + IPH)

L('gur-98905-p1', D(20, 13, 30), 'gur', '98905 поз1/поз2',
  decided('98905', ['1'], LEFT, 'поз1 done; поз2 bracket does not fit, come back 25th (plan)'),
  client='iphone',
  body='поз1 панель повесили и подключили, дети уже мультики смотрят)) поз2 — кронштейн не подходит к стене '
       '(гипсокартон), приедем 25го с другим крепежом' + IPH)

L('news', D(24, 11, 0), 'news', 'ШколаIT: готовимся к зимним каникулам — обслуживание МФУ со скидкой 15%',
  ignored('bulk newsletter (Precedence: bulk, List-Unsubscribe)'),
  client='news', special='news')

L('gur-98905-plan', D(24, 17, 0), 'gur', '98905 поз 2',
  review('plan only: «выедем завтра к 9:00»'),
  client='iphone', body='выедем завтра к 9:00, крепёж получили' + IPH)

L('kud-98905-p2', D(25, 14, 10), 'kud', 'Детский сад № 5 — интерактивная панель во 2-й группе',
  decided('98905', ['2'], LEFT, 'manager to director: позиция 2 installed today, engineers left 13:15'),
  client='outlook', to=[('Заведующей МБДОУ «Детский сад № 5»', 'ds5@edu-samara.ru')], cc=[DISPATCH],
  body='Уважаемая Людмила Ивановна, добрый день!\n\n'
       'Сообщаю, что интерактивная панель во 2-й группе (позиция 2 по заявке 98905) установлена сегодня: '
       'стену из гипсокартона усилили закладными, панель Lumien 65" закреплена на кронштейне с запасом по нагрузке. '
       'Инженеры проверили работу сенсора и подключение к сети детского сада и покинули объект в 13:15.\n\n'
       'Инструкцию для воспитателей оставили в методическом кабинете. Если понадобится короткое обучение для педагогов, '
       'напишите мне — проведём в удобный для Вас день.\n\n' + KUD_SIG + '\n')

# ------------------------------------------------------------------ specials

def special_html_table(m):
    rows = [
        ('1', '11', 'SMART Board SBM680 + Epson EB-680', 'калибровка, замена кабеля USB 10 м', 'выполнено'),
        ('2', '12', 'SMART Board SBM680', 'переустановлен SMART Notebook 22, обновлена прошивка', 'выполнено'),
        ('3', '14', 'Epson EB-680', 'лампа ELPLP80 выработала ресурс, проектор требует замены',
         'ожидаем поставку, выезд ориентировочно 12.11'),
        ('4', '25', 'Triumph Board 82"', 'замена пера, калибровка', 'выполнено'),
    ]
    tr = '\n'.join('<tr>' + ''.join('<td style="border:1px solid #999;padding:3px 6px">%s</td>' % htmlmod.escape(c)
                                    for c in r) + '</tr>' for r in rows)
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
         '<body style="font-family:Calibri,sans-serif;font-size:11pt">\n'
         '<p>Уважаемая Татьяна Николаевна, добрый вечер!</p>\n'
         '<p>Направляю итоги сегодняшнего выезда по интерактивным доскам гимназии (заявка № 98103 в системе диспетчерской ОМИС). '
         'Инженер Р.Р. Хайрутдинов закончил работы в кабинетах 11, 12 и 25 и уехал с объекта в 14:20.</p>\n'
         '<table style="border-collapse:collapse">\n'
         '<tr style="background:#dde"><th>Поз.</th><th>Каб.</th><th>Оборудование</th><th>Что сделано</th><th>Состояние</th></tr>\n'
         + tr + '\n</table>\n'
         '<p>По кабинету 14 проектор Epson EB-695Wi заказан, о дате выезда сообщим дополнительно.</p>\n'
         '<p>С уважением,<br>Ольга Кудряшова<br>менеджер по работе с клиентами<br>ООО «ШколаIT-Сервис»<br>'
         'тел. +7 (846) 205-48-17, моб. +7 917 118-40-62</p>\n</body></html>\n')
    return textpart(h, 'html', 'utf-8', 'base64')


def special_calendar():
    alt = MIMEMultipart('alternative')
    alt.attach(textpart('Кудряшова Ольга Сергеевна приняла это приглашение.\n\nКогда: 10 ноября 2026 г. 11:00–11:30 (UTC+04:00) Самара.\n'
                        'Где: Microsoft Teams\n', 'plain', 'utf-8', 'base64'))
    ics = ('BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\n'
           'BEGIN:VTIMEZONE\r\nTZID:Russia TZ 3 Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n'
           'TZOFFSETFROM:+0400\r\nTZOFFSETTO:+0400\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n'
           'BEGIN:VEVENT\r\n'
           'ATTENDEE;PARTSTAT=ACCEPTED;CN=Кудряшова Ольга Сергеевна:mailto:kudryashova@shkolait-servis.ru\r\n'
           'ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r\n'
           'DTSTART;TZID=Russia TZ 3 Standard Time:20261110T110000\r\n'
           'DTEND;TZID=Russia TZ 3 Standard Time:20261110T113000\r\n'
           'SUMMARY;LANGUAGE=ru-RU:Принято: Совещание: интерактивные доски Гимназии № 3 (заявка 98103)\r\n'
           'UID:040000008200E00074C5B7101A82E00800000000A0F3B2C95E6FDC01000000000000000010000000\r\n'
           'DTSTAMP:20261105T120200Z\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')
    alt.attach(textpart(ics, 'calendar', 'utf-8', 'base64', extra={'method': 'REPLY'}))
    return alt


def raw_bounce(hdrs):
    orig_subj = hdr('Заявка 98210 — уточнение по доступу в серверную', 'utf-8', 'b').encode()
    b = 'bnd_98210_' + hashlib.md5(b'bounce').hexdigest()[:12]
    return (hdrs +
            'Auto-Submitted: auto-replied\n'
            'MIME-Version: 1.0\n'
            'Content-Type: multipart/report; report-type=delivery-status;\n boundary="%s"\n\n'
            'This is a MIME-encapsulated message.\n\n'
            '--%s\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n'
            'This is the mail system at host mx.shkolait-servis.ru.\n\n'
            'I\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients. '
            'It\'s attached below.\n\nFor further assistance, please send mail to postmaster.\n\n'
            '                   The mail system\n\n'
            '<ivanov@shkolait-servis.ru>: user unknown; mailbox disabled\n\n'
            '--%s\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n'
            'Reporting-MTA: dns; mx.shkolait-servis.ru\nX-Postfix-Queue-ID: 4Rk2Lq1mZbz9tJ\n'
            'Arrival-Date: Mon,  9 Nov 2026 17:02:11 +0400 (+04)\n\n'
            'Final-Recipient: rfc822; ivanov@shkolait-servis.ru\nOriginal-Recipient: rfc822;ivanov@shkolait-servis.ru\n'
            'Action: failed\nStatus: 5.1.1\nDiagnostic-Code: x-unix; user unknown; mailbox disabled\n\n'
            '--%s\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n'
            'Received: from mail.zakazchik-omis.ru (mail.zakazchik-omis.ru [91.203.12.40])\n'
            '\tby mx.shkolait-servis.ru (Postfix) with ESMTPS id 4Rk2Lq1mZbz9tJ\n'
            '\tfor <ivanov@shkolait-servis.ru>; Mon,  9 Nov 2026 17:02:11 +0400 (+04)\n'
            'From: dispatch@zakazchik-omis.ru\nTo: ivanov@shkolait-servis.ru\n'
            'Subject: %s\nDate: Mon, 9 Nov 2026 16:02:05 +0300\n'
            'Message-ID: <20261109160205.77121@zakazchik-omis.ru>\n\n'
            '--%s--\n' % (b, b, b, b, orig_subj, b))


def raw_mdn(hdrs):
    b = '----=_NextPart_MDN_' + hashlib.md5(b'mdn').hexdigest()[:16]
    txt = ('Ваше сообщение\r\n\r\n  Кому: Кудряшова Ольга Сергеевна\r\n'
           '  Тема: Гимназия № 1 — пропуск для бригады (98678)\r\n'
           '  Отправлено: 18 ноября 2026 г. 16:02:00 (UTC+03:00) Москва\r\n\r\n'
           'было прочитано 19 ноября 2026 г. 8:49:51 (UTC+04:00) Самара.\r\n')
    enc = base64.encodebytes(txt.encode('windows-1251')).decode('ascii')
    return (hdrs +
            'MIME-Version: 1.0\n'
            'Content-Type: multipart/report; report-type=disposition-notification;\n boundary="%s"\n\n'
            '--%s\nContent-Type: text/plain; charset="windows-1251"\nContent-Transfer-Encoding: base64\n\n%s\n'
            '--%s\nContent-Type: message/disposition-notification\n\n'
            'Reporting-UA: KUDRYASHOVA-PC; Microsoft Outlook 16.0\n'
            'Final-Recipient: rfc822;kudryashova@shkolait-servis.ru\n'
            'Original-Message-ID: <20261118160200.88410@zakazchik-omis.ru>\n'
            'Disposition: manual-action/MDN-sent-manually; displayed\n\n'
            '--%s--\n' % (b, b, enc, b, b))


def special_news():
    text = ('ШколаIT-Сервис — новости для образовательных учреждений\n\n'
            'Готовимся к зимним каникулам!\n\n'
            'С 1 по 25 декабря 2026 — профилактика МФУ и принтеров со скидкой 15% для школ и детских садов '
            'Самары и Новокуйбышевска. Чистка, замена роликов, проверка фьюзера.\n\n'
            'Записаться: +7 (846) 205-48-17 или help@shkolait-servis.ru\n\n'
            'Вы получили это письмо, так как подписаны на рассылку ООО «ШколаIT-Сервис».\n'
            'Отписаться: https://shkolait-servis.ru/unsubscribe?u=7f3a91\n')
    h = ('<html><head><meta charset="utf-8"></head><body style="background:#f3f5f9;font-family:Arial">'
         '<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">'
         '<h2 style="color:#1b5fa8">Готовимся к зимним каникулам!</h2>'
         '<p>С 1 по 25 декабря 2026 — профилактика МФУ и принтеров <b>со скидкой 15%</b> для школ и детских садов '
         'Самары и Новокуйбышевска. Чистка, замена роликов, проверка фьюзера.</p>'
         '<p><a href="https://shkolait-servis.ru/promo/zima2026?utm_source=mail&amp;utm_campaign=zima">Записаться</a> '
         '· +7 (846) 205-48-17</p><hr><p style="font-size:8pt;color:#999">Вы получили это письмо, так как подписаны '
         'на рассылку ООО «ШколаIT-Сервис». <a href="https://shkolait-servis.ru/unsubscribe?u=7f3a91">Отписаться</a></p>'
         '</td></tr></table></body></html>\n')
    alt = MIMEMultipart('alternative')
    alt.attach(textpart(text, 'plain', 'utf-8', 'base64'))
    alt.attach(textpart(h, 'html', 'utf-8', 'base64'))
    return alt


# ------------------------------------------------------------------ build
REF_IDS = {  # message ids of customer letters that are quoted/replied to
    'disp-98014-a': '<20261102121005.40211@zakazchik-omis.ru>',
    'disp-98027-a': '<20261104072011.40877@zakazchik-omis.ru>',
    'disp-98533-a': '<20261116085233.51902@zakazchik-omis.ru>',
    'disp-98678-a': '<20261118093104.55318@zakazchik-omis.ru>',
    'disp-98678-b': '<20261123075502.58110@zakazchik-omis.ru>',
    'disp-98905-a': '<20261119100455.56020@zakazchik-omis.ru>',
}

CLIENT_CHARSET = {'iphone': 'utf-8', 'thebat': 'koi8-r', 'outlook': 'windows-1251', 'sd': 'windows-1251',
                  'mailru': 'utf-8', 'android': 'utf-8', 'tb': 'utf-8', 'news': 'utf-8', 'daemon': 'us-ascii'}


def build(d, mids):
    client = d['client']
    cs = CLIENT_CHARSET[client]
    name, email = SENDERS[d['sender']]
    if d.get('sender_name'):
        name = d['sender_name']
    sp = d.get('special')

    # --- body
    if sp == 'html_table':
        body = special_html_table(d)
    elif sp == 'calendar':
        body = special_calendar()
    elif sp == 'news':
        body = special_news()
    elif sp in ('bounce', 'mdn'):
        body = None
    elif client == 'sd' and 'sd' in d:
        t = sd_block(*d['sd'])
        if d['fmt'] == 'alt':
            body = MIMEMultipart('alternative')
            body.attach(textpart(t, 'plain', cs, 'quoted-printable'))
            body.attach(textpart(sd_html(*d['sd']).replace('{cs}', cs), 'html', cs, 'quoted-printable'))
        else:
            body = textpart(t, 'plain', cs, 'quoted-printable')
    elif client == 'sd':
        body = textpart(d['body'], 'plain', cs, 'quoted-printable')
    elif client == 'iphone':
        body = textpart(d['body'], 'plain', cs, d.get('cte', 'quoted-printable'))
    elif client == 'thebat':
        body = textpart(d['body'], 'plain', cs, d.get('cte', '8bit'))
    elif client == 'tb':
        body = textpart(d['body'], 'plain', cs, '8bit', extra={'format': 'flowed'})
    elif client in ('outlook', 'mailru', 'android'):
        body = MIMEMultipart('alternative')
        pcte = 'quoted-printable' if client == 'outlook' else 'base64'
        body.attach(textpart(d['body'], 'plain', cs, pcte))
        font = 'Calibri' if client == 'outlook' else 'Arial'
        body.attach(textpart(text2html(d['body'], font).replace('{cs}', cs), 'html', cs, pcte))
    else:
        raise ValueError(client)

    # --- headers
    frm = addr(name, email, cs if cs != 'us-ascii' else 'utf-8', 'b' if client != 'sd' else 'q')
    if client == 'daemon':
        frm = 'MAILER-DAEMON@mx.shkolait-servis.ru (Mail Delivery System)'
    to = d.get('to', [(DISP_NAME, DISPATCH)])
    hcs = cs if cs != 'us-ascii' else 'utf-8'
    to_s = ', '.join(addr(fit(n, hcs), a, hcs, 'b') for n, a in to)
    cc = [c for c in d.get('cc', []) if c not in [a for _, a in to]]
    H = [('From', frm), ('To', to_s)]
    if cc:
        H.append(('Cc', ', '.join(addr(DISP_NAME, c, hcs) if c == DISPATCH else c for c in cc)))
    subj_enc = 'q' if client in ('sd', 'outlook') else 'b'
    try:
        d['subject'].encode('ascii')
        subj = d['subject']
    except UnicodeEncodeError:
        subj = hdr(fit(d['subject'], cs if cs != 'us-ascii' else 'utf-8'), cs if cs != 'us-ascii' else 'utf-8', subj_enc).encode()
    H.append(('Subject', subj))
    H.append(('Date', format_datetime(d['when'])))
    H.append(('Message-ID', mids[d['key']]))
    rt = d.get('reply_to')
    if rt:
        ref = mids.get(rt) or REF_IDS[rt]
        H.append(('In-Reply-To', ref))
        H.append(('References', ref))
    if client in X_MAILER:
        H.append(('X-Mailer', X_MAILER[client]))
    if client == 'outlook':
        H.append(('Thread-Index', base64.b64encode(hashlib.md5(d['key'].encode()).digest()[:22]).decode()))
        H.append(('Content-Language', 'ru'))
    if client == 'tb':
        H.append(('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0'))
    if d.get('auto'):
        H.append(('Auto-Submitted', 'auto-replied'))
        if client == 'thebat':
            H.append(('X-Autoreply', 'yes'))
            H.append(('Precedence', 'auto_reply'))
    if sp == 'news':
        H += [('Precedence', 'bulk'), ('List-Id', 'ShkolaIT news <news.shkolait-servis.ru>'),
              ('List-Unsubscribe', '<https://shkolait-servis.ru/unsubscribe?u=7f3a91>, <mailto:unsubscribe@shkolait-servis.ru?subject=7f3a91>'),
              ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('X-Mailer', 'Sendsay 2.0')]
    if sp == 'mdn':
        H.append(('In-Reply-To', '<20261118160200.88410@zakazchik-omis.ru>'))

    if body is None:
        hdrs = ''.join('%s: %s\n' % (k, v) for k, v in H)
        raw = raw_bounce(hdrs) if sp == 'bounce' else raw_mdn(hdrs)
        return raw.encode('ascii')
    mime = [(k, body[k]) for k in ('Content-Type', 'Content-Transfer-Encoding') if body[k] is not None]
    for k, _ in mime:
        del body[k]
    del body['MIME-Version']
    for k, v in H:
        body[k] = v
    body['MIME-Version'] = '1.0'
    for k, v in mime:
        body[k] = v
    return body.as_bytes(policy=_policy.compat32.clone(linesep='\n', max_line_length=998))


def main():
    letters = sorted(LETTERS, key=lambda d: d['when'])
    keys = [d['key'] for d in letters]
    assert len(keys) == len(set(keys)), 'duplicate keys'
    mids = {d['key']: msgid(d['key'], d['client']) for d in letters}
    labels = {}
    for f in os.listdir(LET):
        if f.endswith('.eml'):
            os.remove(os.path.join(LET, f))
    for i, d in enumerate(letters, 1):
        fn = '%03d.eml' % i
        with open(os.path.join(LET, fn), 'wb') as fh:
            fh.write(build(d, mids))
        labels[fn] = d['label']
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    print(len(letters), 'letters')


if __name__ == '__main__':
    main()
