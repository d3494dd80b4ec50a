# -*- coding: utf-8 -*-
"""Generator for HK persona letters: installer of intercoms / access control.
Writes registry.json, letters/NNN.eml, labels.json. Stdlib only."""
import json, os, base64, quopri, random
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
random.seed(484)

DOM = 'domoklyuch-serv.ru'
DISP = 'dispatch@zakazchik-omis.ru'
MSK = timezone(timedelta(hours=3))

PEOPLE = {
    'g':   ('Горшков Алексей', 'a.gorshkov@' + DOM),
    'gm':  ('Алексей Горшков', 'gorshkov.av@mail.ru'),
    'off': ('ДомоКлюч-Сервис монтаж', 'montazh@' + DOM),
    'r':   ('Рустам Мамедов', 'rustam.m@' + DOM),
    'daemon': ('Mail Delivery System', 'mailer-daemon@' + DOM),
    'news': ('ДомоКлюч-Сервис', 'news@' + DOM),
}

REQ = [
    ('484017', ['1', '2', '3'], '2026-11-02T09:15:00+03:00', 'ул. Комсомольская, 41, подъезды 1-3: замена блоков вызова (БВ)'),
    ('484093', ['1', '2'], '2026-11-03T10:40:00+03:00', 'ул. Парковая, 8: поз.1 калитка (ЭМЗ), поз.2 ворота (ЭМЗ)'),
    ('484158', ['1'], '2026-11-05T08:20:00+03:00', 'ул. Мира, 112, подъезд 2: замена коммутатора (КМ)'),
    ('484236', ['1', '2', '3', '4'], '2026-11-06T14:00:00+03:00', 'БЦ «Иртыш», ул. Маркса, 18: СКУД, двери 1-4, монтаж считывателей'),
    ('484311', ['1', '2'], '2026-11-09T09:00:00+03:00', 'ул. 10 лет Октября, 95, подъезды 1-2: домофон не открывает'),
    ('484372', ['1'], '2026-11-10T11:30:00+03:00', 'ул. Лермонтова, 63: ЭМЗ на входной двери не держит'),
    ('484409', ['1', '2', '3'], '2026-11-12T08:45:00+03:00', 'ул. Гагарина, 3, подъезды 1-3: замена БВ на Vizit'),
    ('484555', ['1', '2'], '2026-11-16T09:10:00+03:00', 'ул. Нефтезаводская, 22: П1 подъезд, П2 щитовая (КМ)'),
    ('484618', ['1', '2'], '2026-11-18T13:00:00+03:00', 'ул. Заозёрная, 7: поз.1 подъезд (БВ), поз.2 калитка (ЭМЗ, доводчик)'),
    ('484707', ['1', '2', '3'], '2026-11-20T08:30:00+03:00', 'Школа №64, ул. Химиков, 5: СКУД, турникет и двери 1-3'),
    ('484842', ['1'], '2026-11-23T10:00:00+03:00', 'ул. Кирова, 14, подъезд 4: замена ЭМЗ'),
    ('484930', ['1', '2'], '2026-11-25T15:00:00+03:00', 'ул. Орджоникидзе, 270, подъезды 1-2: монтаж домофонии'),
]
REQD = {r[0]: r for r in REQ}

def disp_text(num):
    n, pos, reg, com = REQD[num]
    d = datetime.fromisoformat(reg)
    return ('Заявка № %s от %s\n%s\nПросьба подтвердить принятие.\n\nДиспетчер Смирнова О.Н.\nтел. 8 (3812) 90-11-40'
            % (num, d.strftime('%d.%m.%Y'), com))

def quote(text, prefix='> '):
    return '\n'.join(prefix + l if l else prefix.rstrip() for l in text.split('\n'))

SIG = '--\nГоршков А.В.\nООО «ДомоКлюч-Сервис»\n+7 912 447-30-81'
SIG_SHORT = '--\nА.Горшков'
IPH = 'Отправлено с iPhone'

def enc_cte(text, cs, cte):
    b = text.encode(cs)
    if cte == 'base64':
        return base64.encodebytes(b).decode('ascii')
    if cte == 'quoted-printable':
        return quopri.encodestring(b).decode('ascii')
    return b.decode(cs)  # 8bit: encoded later

def hdr(s, cs):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode()

def leaf(ctype, text, cs, cte):
    h = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (ctype, cs, cte)
    return h, enc_cte(text, cs, cte)

def to_html(text):
    import html
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>' + \
        ''.join('<div>%s</div>' % (html.escape(l) if l else '<br>') for l in text.split('\n')) + '</body></html>'

COUNT = [0]
LABELS = {}

def write(n, date, who, subj, body='', kind='plain', cs='utf-8', cte='quoted-printable', html=None,
          extra=None, label=None, to=DISP, raw_parts=None, mailer=None):
    name, addr = PEOPLE[who]
    if cs == 'koi8-r':  # koi8-r has no «» or №; old client substitutes
        fix = lambda t: t and t.replace('«', '"').replace('»', '"').replace('№', 'N')
        subj, body, html = fix(subj), fix(body), fix(html)
    d = datetime.strptime('2026-' + date, '%Y-%m-%d %H:%M').replace(tzinfo=MSK)
    d = d.replace(second=random.randint(0, 59))
    fn = '%03d.eml' % n
    mid = '<%s.%04d.%d@%s>' % (d.strftime('%Y%m%d%H%M%S'), n, random.randint(10000, 99999), addr.split('@')[1])
    H = []
    H.append('From: %s <%s>' % (hdr(name, cs), addr))
    H.append('To: %s' % to)
    H.append('Subject: %s' % hdr(subj, cs))
    H.append('Date: %s' % format_datetime(d))
    H.append('Message-ID: %s' % mid)
    H.append('MIME-Version: 1.0')
    if mailer:
        H.append('X-Mailer: %s' % mailer)
    for k, v in (extra or {}).items():
        H.append('%s: %s' % (k, v))
    if kind == 'plain':
        h, b = leaf('text/plain', body, cs, cte)
        msg = '\n'.join(H) + '\n' + h + '\n' + b
    elif kind == 'html':
        h, b = leaf('text/html', html, cs, cte)
        msg = '\n'.join(H) + '\n' + h + '\n' + b
    elif kind == 'alt':
        bd = '----=_Part_%d' % random.randint(10**8, 10**9)
        h1, b1 = leaf('text/plain', body, cs, cte)
        h2, b2 = leaf('text/html', html or to_html(body).replace('utf-8', cs), cs, cte)
        msg = ('\n'.join(H) + '\nContent-Type: multipart/alternative; boundary="%s"\n\n' % bd +
               '--%s\n%s\n%s\n--%s\n%s\n%s\n--%s--\n' % (bd, h1, b1, bd, h2, b2, bd))
    elif kind == 'multi':  # raw_parts: (top content-type params, [(headers, body)])
        ctype, parts = raw_parts
        bd = '----=_NextPart_%d' % random.randint(10**8, 10**9)
        s = '\n'.join(H) + '\nContent-Type: %s; boundary="%s"\n\nThis is a multi-part message in MIME format.\n\n' % (ctype, bd)
        for ph, pb in parts:
            s += '--%s\n%s\n%s\n' % (bd, ph, pb)
        s += '--%s--\n' % bd
        msg = s
    data = msg.replace('\r\n', '\n').replace('\n', '\r\n')
    with open(os.path.join(LET, fn), 'wb') as f:
        f.write(data.encode(cs if cte == '8bit' else 'ascii', errors='strict') if cte == '8bit' else data.encode('ascii'))
    assert label is not None
    LABELS[fn] = label

def D(req, pos, st, note):
    return {'expect': 'decided', 'request': req, 'positions': pos, 'status': st, 'note': note}
def R(note):
    return {'expect': 'review', 'note': note}
def I(note):
    return {'expect': 'ignored', 'note': note}

P, V, M, U = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'
IPHONE = 'iPhone Mail (20H240)'
OUTLOOK = 'Microsoft Outlook 16.0'
BAT = 'The Bat! (v9.4.5) Home'

n = 0
def N():
    global n
    n += 1
    return n

# ---------------- 484017 Комсомольская 41, подъезды 1-3 ----------------
write(N(), '11-02 09:52', 'g', 'Re: Заявка № 484017 Комсомольская 41',
      'Принял.\n\n' + IPH + '\n\n02.11.2026, в 09:15, Диспетчерская <' + DISP + '> написал(а):\n\n' + quote(disp_text('484017')),
      mailer=IPHONE, label=D('484017', [], P, 'принял; number in subject and quote'))
write(N(), '11-03 08:10', 'g', '484017 выехал', '', mailer=IPHONE,
      label=D('484017', [], V, 'everything in subject, empty body'))
write(N(), '11-03 08:47', 'g', '484017 п1 на месте', IPH, mailer=IPHONE,
      label=D('484017', ['1'], M, 'subject only'))
write(N(), '11-03 11:20', 'g', '484017-1', 'БВ поменял, вызов на все кв. проходит. 1-й готов\n\n' + IPH,
      mailer=IPHONE, label=D('484017', ['1'], U, 'position after dash; result = done'))
write(N(), '11-03 14:05', 'g', 'Re: 484017 п1 на месте', '2 и 3 тоже всё. уехал\n\n' + IPH, mailer=IPHONE,
      label=D('484017', ['2', '3'], U, 'stale Re subject (п1 на месте); body reports 2 and 3 done, left'))
write(N(), '11-04 09:30', 'g', 'Комсомольская 41', 'Там по 3 подъезду жильцы жалуются что ключи старые не читает. Это не к нам, ключи у УК пусть перепишут.\n' + SIG_SHORT,
      mailer=IPHONE, label=R('no request number; complaint, no status'))

# ---------------- 484093 Парковая 8 ----------------
write(N(), '11-03 11:02', 'off', 'Принято 484093', '', cs='windows-1251', mailer=OUTLOOK,
      label=D('484093', [], P, 'subject only, empty body'))
write(N(), '11-03 16:30', 'g', 'Парковая 8 (484093)',
      'ЭМЗ на калитку завтра с утра, магнит ML-300 надо забрать со склада. Ворота посмотрю там же\n' + SIG_SHORT,
      mailer=IPHONE, label=R('plan only (завтра), no status reported'))
write(N(), '11-04 09:10', 'g', '484093 поз1', 'на месте', cs='koi8-r', cte='8bit', mailer=BAT,
      label=D('484093', ['1'], M, 'поз1 in subject, koi8-r 8bit'))
write(N(), '11-04 10:45', 'g', '484093 поз1', kind='html', mailer=IPHONE,
      html='<html><body><p>Замок ЭМЗ ML-300 повесил, доводчик отрегулировал. Калитка ОК 👍</p><p>' + IPH + '</p></body></html>',
      cte='base64', label=D('484093', ['1'], U, 'HTML only; work on калитка finished'))
write(N(), '11-05 13:20', 'g', 'Re: 484093 поз1', 'поз.2 (ворота) - всё\n\n' + IPH, mailer=IPHONE,
      label=D('484093', ['2'], U, 'stale Re subject with поз1; body reports поз.2 finished'))

# ---------------- 484158 Мира 112 ----------------
write(N(), '11-05 08:41', 'g', 'Re: обращение 484158', '👍\n\n' + quote('Алексей, по обращению 484158 старшая по подъезду просит не отключать домофон до 9:00, у неё там мама лежачая.\nСмирнова'), mailer=IPHONE,
      label=R('single emoji acknowledging dispatcher info; no status'))
write(N(), '11-05 09:30', 'g', '484158 в пути 🚗', '', mailer=IPHONE,
      label=D('484158', [], V, 'subject only'))
write(N(), '11-05 10:15', 'g', 'Re: 484158 в пути 🚗', 'на месте\n\n' + IPH, mailer=IPHONE,
      label=D('484158', [], M, 'stale Re subject says в пути; body newer'))
write(N(), '11-05 12:00', 'g', 'ул. Мира 112 (484158)',
      'Коммутатор КМ-100-7.5 заменил, трубки все звонят. Уехал.\nАкт № 1147 привезу в пятницу 06.11\n' + SIG,
      cs='koi8-r', cte='8bit', mailer=BAT,
      label=D('484158', [], U, 'number in brackets after address; act number and date are not request numbers'))

# ---------------- 484236 БЦ Иртыш, двери 1-4 ----------------
write(N(), '11-06 14:30', 'g', '484236 в работу', 'см. тему', mailer=IPHONE,
      label=D('484236', [], P, '«в работу» + «см. тему»'))
write(N(), '11-06 15:05', 'off', 'вопрос по 484236',
      'Добрый день.\nПо двери 4 в спецификации считыватель не указан - Matrix-II или EM-Marine ставим? Перезвоните 8-912-447-30-81\nГоршков',
      cs='windows-1251', kind='alt', mailer=OUTLOOK, label=R('question, no status'))
write(N(), '11-09 08:05', 'g', '484236', 'едем', mailer=IPHONE, label=D('484236', [], V, 'едем = on the way'))
write(N(), '11-09 08:50', 'g', '484236 д.1,д.2', 'на объекте\n' + SIG_SHORT, mailer=IPHONE,
      label=D('484236', ['1', '2'], M, 'д.1, д.2 = doors = positions'))
T19 = ('<html><head><meta charset="windows-1251"></head><body><p>Отчёт по заявке 484236 на 13:40</p>'
       '<table border="1" cellpadding="3"><tr><th>Дверь</th><th>Считыватель</th><th>Состояние</th></tr>'
       '<tr><td>1</td><td>Matrix-II</td><td>смонтировано, проверено</td></tr>'
       '<tr><td>2</td><td>Matrix-II</td><td>смонтировано, проверено</td></tr>'
       '<tr><td>3</td><td>-</td><td>завтра</td></tr>'
       '<tr><td>4</td><td>-</td><td>завтра</td></tr></table><p>Горшков</p></body></html>')
write(N(), '11-09 13:40', 'off', 'Отчёт 484236',
      'Отчёт по заявке 484236 на 13:40\nДверь 1 - смонтировано, проверено\nДверь 2 - смонтировано, проверено\nДверь 3 - завтра\nДверь 4 - завтра\nГоршков',
      html=T19, kind='alt', cs='windows-1251', mailer=OUTLOOK,
      label=D('484236', ['1', '2'], U, 'table: doors 1-2 finished, 3-4 only planned'))
write(N(), '11-10 09:00', 'g', 'Re: Отчёт 484236', '3,4 на месте\n\n' + IPH, mailer=IPHONE,
      label=D('484236', ['3', '4'], M, 'positions as bare list'))
write(N(), '11-10 17:15', 'g', '484236 (3,4)', 'ЗАКОНЧИЛИ. убыли', mailer=IPHONE,
      label=D('484236', ['3', '4'], U, 'positions in brackets in subject, caps'))

# ---------------- 484311 10 лет Октября 95 ----------------
write(N(), '11-09 09:01', 'g', 'Автоматический ответ: Заявка № 484311',
      'Здравствуйте! Я на объекте, почту смотрю вечером. Срочное - по телефону +7 912 447-30-81.\nГоршков А.В.',
      extra={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All', 'Precedence': 'auto_reply'},
      label=I('out-of-office auto-reply'))
write(N(), '11-09 12:40', 'off', 'RE: Заявка № 484311',
      'Приняли в работу. Горшков\n\n-----Original Message-----\nFrom: Диспетчерская [mailto:' + DISP + ']\nSent: Monday, November 09, 2026 9:00 AM\nTo: montazh@' + DOM + '\nSubject: Заявка № 484311\n\n' + disp_text('484311'),
      cs='windows-1251', kind='alt', mailer=OUTLOOK, label=D('484311', [], P, 'Outlook reply, Original Message block below'))
write(N(), '11-10 07:55', 'g', '484311 п.2', 'выезжаем на 2-ю', mailer=IPHONE,
      label=D('484311', ['2'], V, '«выезжаем на» = heading to the site'))
write(N(), '11-10 08:30', 'g', '484311 п.2', 'Прибыли', cs='koi8-r', cte='base64', mailer=BAT,
      label=D('484311', ['2'], M, 'koi8-r base64'))
write(N(), '11-10 10:10', 'g', 'Re: 484311 п.2', '2-я готово, с 1-й завтра\n' + SIG_SHORT, mailer=IPHONE,
      label=D('484311', ['2'], U, 'pos 2 done, pos 1 only planned'))
write(N(), '11-11 16:00', 'g', '484311 П1', 'Убыл с объекта 16:00', mailer=IPHONE,
      label=D('484311', ['1'], U, '«убыл с объекта» = left the site'))

# ---------------- 484372 Лермонтова 63 ----------------
write(N(), '11-10 11:45', 'g', '484372', 'принял, завтра с утра\n\n' + IPH, mailer=IPHONE,
      label=D('484372', [], P, 'accepted now; plan for tomorrow is extra'))
write(N(), '11-10 12:05', 'daemon', 'Undelivered Mail Returned to Sender', kind='multi', cs='us-ascii', mailer=None,
      extra={'Auto-Submitted': 'auto-replied'},
      raw_parts=('multipart/report; report-type=delivery-status', [
          ('Content-Type: text/plain; charset=us-ascii\nContent-Description: Notification\n',
           'This is the mail system at host mx1.' + DOM + '.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<gorshkoff@' + DOM + '>: host mx1.' + DOM + '[local]\n    said: 550 5.1.1 User unknown\n'),
          ('Content-Type: message/delivery-status\n',
           'Reporting-MTA: dns; mx1.' + DOM + '\n\nFinal-Recipient: rfc822; gorshkoff@' + DOM + '\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n'),
          ('Content-Type: text/rfc822-headers\n',
           'From: Dispatch <' + DISP + '>\nTo: gorshkoff@' + DOM + '\nSubject: =?utf-8?B?' + base64.b64encode('Заявка № 484372 Лермонтова 63'.encode()).decode() + '?=\nDate: Tue, 10 Nov 2026 12:04:51 +0300\n'),
      ]), to=DISP, label=I('bounce of dispatcher message (user unknown)'))
write(N(), '11-11 08:20', 'off', '484372 выезжаю', '', cs='windows-1251', mailer=OUTLOOK,
      label=D('484372', [], V, 'subject only, windows-1251 encoded subject'))
write(N(), '11-11 09:00', 'g', 'Re: 484372 выезжаю', 'на месте. ЭМЗ сгорел, меняю\n\n' + IPH, mailer=IPHONE,
      label=D('484372', [], M, 'stale Re; on site, work in progress'))
write(N(), '11-11 10:30', 'g', 'Re: 484372 выезжаю', 'Уехал. Замок новый AL-300, пломба 0045781\n' + SIG_SHORT, mailer=IPHONE,
      label=D('484372', [], U, 'stale Re; model and seal number are not request numbers'))

# ---------------- 484409 Гагарина 3 ----------------
write(N(), '11-12 09:00', 'g', 'Прочитано: Заявка № 484409 ул. Гагарина 3', kind='multi', cs='utf-8',
      raw_parts=('multipart/report; report-type=disposition-notification', [
          leaf('text/plain', 'Ваше сообщение\n\n  Кому: a.gorshkov@' + DOM + '\n  Тема: Заявка № 484409 ул. Гагарина 3\n  Отправлено: 12.11.2026 8:45\n\nбыло прочитано 12.11.2026 9:00.', 'utf-8', 'base64'),
          ('Content-Type: message/disposition-notification\n',
           'Reporting-UA: ' + DOM + '; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;a.gorshkov@' + DOM + '\nOriginal-Message-ID: <disp.484409.1@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n'),
      ]), label=I('read receipt (MDN)'))
write(N(), '11-12 10:10', 'g', 'Re: Заявка № 484409 ул. Гагарина 3', 'ок, взял\n\n' + IPH, mailer=IPHONE,
      label=D('484409', [], P, 'number only in Re subject'))
write(N(), '11-12 15:00', 'g', 'Re: Заявка № 484409 ул. Гагарина 3',
      'Ещё не выехали, Газель в ремонте (А 417 ВК 55). Завтра к 8 будем.\n' + SIG_SHORT, mailer=IPHONE,
      label=R('negation «ещё не выехали» + plan'))
write(N(), '11-13 08:00', 'g', '484409', 'Выехал на Гагарина', mailer=IPHONE,
      label=D('484409', [], V, '«выехал на» = heading to site'))
write(N(), '11-13 08:35', 'g', 'Гагарина 3', 'на месте, заявка 484409', cs='koi8-r', cte='quoted-printable', mailer=BAT,
      label=D('484409', [], M, 'number in body'))
write(N(), '11-13 10:05', 'g', 'Re: код домофона Гагарина 3', 'Спасибо, код получил.\n\n' + IPH + '\n\n> Алексей, код сервисный для БВ на Гагарина 3 по заявке 484409 - 1379, спросите у старшей по дому если не подойдёт.\n> Смирнова',
      mailer=IPHONE, label=R('thanks for dispatcher info; no status'))
write(N(), '11-13 11:50', 'g', '484409 п1 п2', '1 и 2 подъезд готовы. 3-й после обеда', mailer=IPHONE,
      label=D('484409', ['1', '2'], U, '1,2 done; 3 only planned'))
FWD = ('\n\n-------- Пересылаемое сообщение --------\n13.11.2026, 15:31, Рустам Мамедов <rustam.m@' + DOM + '>:\n'
       'Тема: 484409 3п\n\nЛёха, 3 подъезд доделал, БВД-431 Vizit стоит, работает. Ухожу домой\n\n-- \nОтправлено из мобильной Почты Mail.ru\n-------- Конец пересылаемого сообщения --------')
write(N(), '11-13 15:40', 'gm', 'Fwd: 484409 3п', FWD, cte='base64', kind='alt', mailer='Mail.Ru Mail',
      label=D('484409', ['3'], U, 'forward of crew message: 3rd entrance done, left'))

# ---------------- 484555 Нефтезаводская 22 ----------------
write(N(), '11-16 09:30', 'g', '484555 принял', 'Горшков А.В.\nООО «ДомоКлюч-Сервис»\nт. +7 (3812) 48-45-56', mailer=IPHONE,
      label=D('484555', [], P, 'subject only; body signature with phone'))
write(N(), '11-17 08:15', 'g', 'Re: 484555', 'в пути, будем минут через 40', mailer=IPHONE,
      label=D('484555', [], V, 'on the way now'))
write(N(), '11-17 08:58', 'g', '484551 на месте', '', mailer=IPHONE,
      label=R('484551 is not in the registry (typo)'))
write(N(), '11-17 09:05', 'g', 'испр. 484555 на месте', 'в пред. письме опечатка в номере', mailer=IPHONE,
      label=D('484555', [], M, 'correction of previous letter'))
OUTQ = ('\n\nОт: Диспетчерская <' + DISP + '>\nОтправлено: 17 ноября 2026 г. 10:12\nКому: montazh@' + DOM +
        '\nТема: 484555\n\nАлексей, по Нефтезаводской что с щитовой? Нужен отчёт до обеда.\nСмирнова')
write(N(), '11-17 12:30', 'off', 'RE: 484555', 'П1 сделали, П2 - нет доступа в щитовую, ждём УК.\nГоршков' + OUTQ,
      cs='windows-1251', kind='alt', mailer=OUTLOOK,
      label=D('484555', ['1'], U, 'П1 done; П2 has no status (waiting); Outlook quote block'))
write(N(), '11-19 10:00', 'g', 'Re: 484555', 'П2 закрыли. Уехали', mailer=IPHONE,
      label=D('484555', ['2'], U, 'П2 finished'))

# ---------------- 484618 Заозёрная 7 ----------------
write(N(), '11-18 13:20', 'g', 'принято', 'наряд 484618', mailer=IPHONE,
      label=D('484618', [], P, 'status in subject, number in body as наряд'))
write(N(), '11-18 14:00', 'off', '484618 калитка',
      'По калитке (поз 2) доводчик в смету не входит, Dorma TS-68 - 3 800 р. Согласуете? Счёт выставим по договору 17/26-М.\nГоршков',
      cs='windows-1251', kind='alt', mailer=OUTLOOK, label=R('price talk, no status'))
write(N(), '11-19 08:00', 'g', '484618', 'BЫЕXАЛИ', mailer=IPHONE,
      label=D('484618', [], V, 'caps with Latin B and X inside'))
write(N(), '11-19 09:10', 'g', '484618-1 на мecте', '', mailer=IPHONE,
      label=D('484618', ['1'], M, 'Latin e, c in «мecте»; position after dash'))
write(N(), '11-19 11:45', 'g', 'Re: 484618-1 на мecте', 'уехал\n\n' + IPH, mailer=IPHONE,
      label=D('484618', ['1'], U, 'stale Re subject; body = left'))

# ---------------- 484707 школа 64 ----------------
CAL = ('BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\nBEGIN:VEVENT\n'
       'ATTENDEE;PARTSTAT=ACCEPTED;CN=montazh:mailto:montazh@' + DOM + '\nSUMMARY;LANGUAGE=ru-RU:Приемка СКУД 484707\n'
       'DTSTART:20261126T100000\nDTEND:20261126T110000\nUID:040000008200E00074C5B7101A82E0080000000050\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n')
write(N(), '11-20 08:40', 'off', 'Принято: Приемка СКУД 484707', kind='multi', cs='utf-8', mailer=OUTLOOK,
      raw_parts=('multipart/alternative', [
          leaf('text/plain', '', 'utf-8', 'base64'),
          ('Content-Type: text/calendar; charset="utf-8"; method=REPLY\nContent-Transfer-Encoding: base64\n',
           base64.encodebytes(CAL.encode()).decode()),
      ]), label=I('calendar meeting response generated by Outlook'))
write(N(), '11-20 09:15', 'off', '484707', 'принял\nГоршков', cs='windows-1251', cte='quoted-printable', mailer=OUTLOOK,
      label=D('484707', [], P, 'windows-1251 QP'))
write(N(), '11-21 08:05', 'g', '484707 выезд 08:00', '', mailer=IPHONE,
      label=D('484707', [], V, 'выезд noun with past time'))
write(N(), '11-21 09:00', 'g', 'на месте', '484618 п2 и 484707 - на обоих на месте, бригада поделилась\n\n' + IPH, mailer=IPHONE,
      label=R('two different requests in one letter'))
write(N(), '11-21 13:00', 'g', '484618 поз 2',
      'Калитка: доводчик Dorma TS-68 поставил, ЭМЗ отрегулирован. Завершение работ 12:55.\n' + SIG, cs='koi8-r', cte='8bit', mailer=BAT,
      label=D('484618', ['2'], U, 'завершение работ with time'))
write(N(), '11-21 14:20', 'g', 'Re: 484707 выезд 08:00', '1 - готово\n2 - готово\n3 - готово\n\n' + IPH, mailer=IPHONE,
      label=D('484707', ['1', '2', '3'], U, 'all three named as done; stale Re subject'))

# ---------------- 484842 Кирова 14 ----------------
write(N(), '11-23 10:20', 'news', 'Домофоны Vizit со скидкой 15% до конца ноября', kind='alt', cs='utf-8', cte='base64',
      body='Уважаемые партнёры!\nДо 30.11.2026 скидка 15% на блоки вызова Vizit БВД-431 и коммутаторы КМ-100-7.5.\nПрайс во вложении.\nОтписаться: https://' + DOM + '/unsubscribe',
      extra={'Precedence': 'bulk', 'List-Unsubscribe': '<https://' + DOM + '/unsubscribe?u=zakazchik>', 'List-Id': 'partners.' + DOM},
      label=I('bulk mailing / newsletter'))
write(N(), '11-23 11:00', 'g', 'Re: 484842', 'Принято', cte='base64', mailer=IPHONE,
      label=D('484842', [], P, 'base64 body'))
write(N(), '11-24 09:00', 'g', '#484842 - в пути', SIG_SHORT, mailer=IPHONE,
      label=D('484842', [], V, 'subject only, signature body'))
write(N(), '11-24 09:40', 'g', 'Прибытие 484842', '09:38', mailer=IPHONE,
      label=D('484842', [], M, 'noun прибытие + time'))
write(N(), '11-24 12:10', 'g', '484842', 'убытие 12:05\nЭМЗ 280 кг стоит, держит', mailer=IPHONE,
      label=D('484842', [], U, 'noun убытие + time; 280 кг is not a number of interest'))
write(N(), '11-26 11:30', 'off', 'оплата 484842',
      'Добрый день. По 484842 когда ждать оплату? Счёт № 557 от 24.11.2026, акт 2211/26 подписан УК.\nИНН 5504123456 КПП 550401001\nГоршков',
      cs='windows-1251', kind='alt', mailer=OUTLOOK, label=R('payment/contract talk, no status'))

# ---------------- 484930 Орджоникидзе 270 ----------------
write(N(), '11-25 15:02', 'off', 'Ваше письмо получено: Заявка № 484930',
      'Здравствуйте!\nВаше письмо получено и будет обработано в рабочее время (пн-пт 8:00-17:00).\nЭто автоматическое сообщение, отвечать на него не нужно.\nООО «ДомоКлюч-Сервис»',
      cs='windows-1251', extra={'Auto-Submitted': 'auto-replied', 'X-Autoreply': 'yes'},
      label=I('automatic acknowledgement from contractor office mailbox'))
write(N(), '11-25 16:00', 'g', '484930 принял', '🤝', mailer=IPHONE,
      label=D('484930', [], P, 'subject carries status, emoji body'))
write(N(), '11-26 08:10', 'g', '484930 - выедем завтра', 'сегодня не успеваем, на Кирова задержались', mailer=IPHONE,
      label=R('plan «выедем завтра»'))
write(N(), '11-27 08:30', 'g', 'Re: 484930 - выедем завтра', 'в дороге\n\n' + IPH, mailer=IPHONE,
      label=D('484930', [], V, 'stale Re subject with plan; body = travelling now'))
T68 = ('<html><body><div>484930</div><table border="1"><tr><td>под.1</td><td>на месте</td></tr>'
       '<tr><td>под.2</td><td>на месте</td></tr></table><div>Горшков</div></body></html>')
write(N(), '11-27 09:20', 'g', '484930', kind='html', html=T68, cte='quoted-printable', mailer=IPHONE,
      label=D('484930', ['1', '2'], M, 'HTML-only table, both entrances on site'))
write(N(), '11-27 12:00', 'g', 'Re: 484930', '1-й закончил, уехал. на 2-м ещё работаем\n\n' + IPH, mailer=IPHONE,
      label=R('different statuses for different positions (1 убыл, 2 на месте)'))
write(N(), '11-27 15:30', 'g', 'Re: 484930', '2-й сделан, уехали', mailer=IPHONE,
      label=D('484930', ['2'], U, 'pos 2 done'))

# ------------- a few more in between (dates keep order per request) -------------
write(N(), '11-06 10:00', 'g', 'Re: Заявка № 484017 Комсомольская 41', 'Акт по 484017 подписан, отдал в УК. Спасибо\n' + SIG_SHORT, mailer=IPHONE,
      label=R('paperwork after completion; no new status'))
write(N(), '11-12 09:40', 'gm', 'Fwd: 484372', '\n\n-------- Forwarded Message --------\nSubject: 484372\nDate: Wed, 11 Nov 2026 10:28:12 +0300\nFrom: Рустам Мамедов <rustam.m@' + DOM + '>\nTo: Горшков Алексей <a.gorshkov@' + DOM + '>\n\nЛермонтова 63 замок поменян, ушёл с объекта в 10:25\n',
      cte='base64', mailer='Mozilla Thunderbird',
      label=D('484372', [], U, 'forwarded crew report (Thunderbird style): left the site'))
write(N(), '11-20 10:30', 'g', 'RE: 484618 калитка', 'ОК\n\nИП> По доводчику согласовано, ставьте. Смирнова', mailer=IPHONE,
      label=R('acknowledgement of dispatcher approval; no status'))
write(N(), '11-23 16:10', 'g', 'Re: 484842 ключ от щитовой', '\U0001F44C\n\n' + quote('Ключ от щитовой на Кирова 14 у консьержа, 1 подъезд. Смирнова'), mailer=IPHONE,
      label=R('emoji acknowledgement of dispatcher info; no status'))
write(N(), '11-21 10:30', 'g', '484707 поз.1', 'по первой позиции на месте, турникет PERCo TTR-04 разбираем', cs='koi8-r', cte='8bit', mailer=BAT,
      label=D('484707', ['1'], M, 'по первой позиции = pos 1; model number is not a request'))

with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as f:
    json.dump({'contractor': {'name': 'ООО «ДомоКлюч-Сервис»',
                              'emails': ['a.gorshkov@' + DOM, 'montazh@' + DOM, 'rustam.m@' + DOM,
                                         'gorshkov.av@mail.ru', 'news@' + DOM, 'mailer-daemon@' + DOM],
                              'domains': [DOM]},
               'requests': [{'number': r[0], 'positions': r[1], 'registered_at': r[2], 'comment': r[3]} for r in REQ]},
              f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=1)
print(len(LABELS), 'letters')
