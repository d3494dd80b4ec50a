#!/usr/bin/env python3
# Generator for persona DB: ИП Фёдоров Даниил «ФиксМастер» (Екатеринбург, +0500)
import base64, quopri, json, os, re, random, hashlib, datetime, html as H

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
for f in os.listdir(LET):
    os.remove(os.path.join(LET, f))
random.seed(2026)

YEKT = datetime.timezone(datetime.timedelta(hours=5))
MSK = datetime.timezone(datetime.timedelta(hours=3))
DISPATCH = 'dispatch@zakazchik-omis.ru'
DISP_NAME = 'Диспетчерская ОМИС'
IRINA = 'Ирина Полякова'

# ---------------------------------------------------------------- registry
REQ = {
 '992517': ('МАДОУ детский сад № 48', 'ДС № 48', 'ул. Бебеля, 120', '2026-11-02T09:00:00+03:00', {
     '1': 'Электроплита ЭП-4ЖШ (пищеблок) — не греют две конфорки',
     '2': 'Посудомоечная машина Abat МПК-500Ф — не сливает воду'}),
 '992634': ('ЦГБ им. В. В. Маяковского, филиал № 7', 'библиотека Сыромолотова', 'ул. Сыромолотова, 28/2', '2026-11-03T10:00:00+03:00', {
     '1': 'Светильники читального зала (8 шт.) — мигают, часть не горит',
     '2': 'Розеточная группа на абонементе — нет напряжения',
     '3': 'Тепловая завеса над входом — не включается вентилятор'}),
 '992788': ('МАДОУ детский сад № 312', 'ДС № 312', 'ул. Начдива Онуфриева, 26/3', '2026-11-05T08:30:00+03:00', {
     '1': 'Стиральная машина Electrolux EWT 1066 (прачечная) — сильный стук при отжиме'}),
 '993015': ('Библиотека № 12 (филиал МБУК ЦБС)', 'Библиотека № 12', 'ул. Шейнкмана, 75', '2026-11-06T12:00:00+03:00', {
     '1': 'Этажный электрощит ЩЭ-1 — выбивает вводной автомат',
     '2': 'Освещение лестничной клетки — не горят 5 светильников'}),
 '993140': ('МАДОУ детский сад № 9', 'ДС № 9', 'ул. Уральская, 52', '2026-11-09T08:00:00+03:00', {
     '1': 'Холодильник Бирюса 290 (пищеблок) — не морозит',
     '2': 'Мясорубка электрическая МИМ-300 — заедает шнек',
     '3': 'Водонагреватель Ariston ABS VLS EVO 80 — не греет',
     '4': 'Щиток групповой (2 этаж) — искрит автомат'}),
 '993277': ('МАДОУ детский сад № 175', 'ДС № 175', 'ул. Волгоградская, 41', '2026-11-10T11:00:00+03:00', {
     '1': 'Посудомоечная машина Bosch SMS25 — ошибка E15',
     '2': 'Электроплита Abat ЭП-6П — не работает духовка'}),
 '993402': ('Библиотека им. П. П. Бажова', 'библиотека Бажова', 'ул. Чапаева, 14/1', '2026-11-11T09:00:00+03:00', {
     '1': 'Тепловентилятор в гардеробе — не включается'}),
 '993568': ('МАДОУ детский сад № 501', 'ДС № 501', 'ул. Краснолесья, 133', '2026-11-13T10:00:00+03:00', {
     '1': 'Стиральная машина Вязьма ЛО-10 — не сливает',
     '2': 'Сушильная машина Вязьма ВС-10 — не греет',
     '3': 'Гладильный каток — не вращается вал'}),
 '993719': ('Детская библиотека № 3', 'Детская библиотека № 3', 'пр. Космонавтов, 52А', '2026-11-12T09:00:00+03:00', {
     '1': 'Светильники в зале для малышей (12 шт.) — замена на светодиодные',
     '2': 'Электрокипятильник в комнате персонала — не отключается'}),
 '993851': ('МАДОУ детский сад № 27', 'ДС № 27', 'ул. Ленина, 89', '2026-11-17T08:00:00+03:00', {
     '1': 'Холодильный шкаф Polair CM107-S — не держит температуру'}),
 '994066': ('МАДОУ детский сад № 88', 'ДС № 88', 'ул. Викулова, 37', '2026-11-19T09:00:00+03:00', {
     '1': 'Водонагреватель Термекс 100 л (группа «Солнышко») — течёт',
     '2': 'Розетки в группе «Солнышко» (6 шт.) — оплавлены'}),
 '994203': ('Центральная детская библиотека', 'ЦДБ', 'ул. Малышева, 40', '2026-11-23T09:00:00+03:00', {
     '1': 'Светильники в читальном зале — не горят',
     '2': 'Вводное распределительное устройство (ВРУ) — греется рубильник',
     '3': 'Тепловая завеса у входа — не греет'}),
}

EMAILS = ['daniil@fixmaster-ekb.ru', 'fixmaster.ekb@gmail.com', 'lesha@fixmaster-ekb.ru',
          'buh@fixmaster-ekb.ru', 'mailer-daemon@fixmaster-ekb.ru', 'news@fixmaster-ekb.ru']

def regdt(n):
    return datetime.datetime.fromisoformat(REQ[n][3])

WD = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс']
MON_FULL = 'ноября'

def loc(dt):
    return dt.astimezone(YEKT)

def gmail_hdr(dt, name, email):
    d = loc(dt)
    return f'{WD[d.weekday()]}, {d.day} нояб. 2026 г. в {d:%H:%M}, {name} <{email}>:'

def yandex_hdr(dt, name, email):
    d = loc(dt)
    return f'{d:%d.%m.%Y}, {d:%H:%M}, "{name}" <{email}>:'

def q(text, prefix='> '):
    out = []
    for l in text.split('\n'):
        if l.startswith('>'):
            out.append('>' + l if prefix.startswith('>') else prefix + l)
        else:
            out.append((prefix + l) if l else prefix.rstrip())
    return '\n'.join(out)

def disp_subject(n):
    return f'Заявка № {n} — {REQ[n][1]}'

def disp_request(n):
    site, short, addr, reg, pos = REQ[n]
    d = regdt(n)
    lines = ['Добрый день!', '',
             f'Направляем заявку № {n} от {d:%d.%m.%Y}.',
             f'Объект: {site}, г. Екатеринбург, {addr}', '', 'Позиции:']
    lines += [f'{p}. {t}' for p, t in pos.items()]
    lines += ['', 'Просим подтвердить принятие заявки и сообщать о выезде, прибытии и убытии бригады по каждой позиции.',
              '', '--', IRINA, 'диспетчер', 'Диспетчерская служба ОМИС', 'тел. +7 (495) 780-14-22']
    return '\n'.join(lines)

def disp_sent(n, minutes=5):
    return regdt(n) + datetime.timedelta(minutes=minutes)

# ---------------------------------------------------------------- MIME helpers
def ew(s, charset='utf-8', mode='B'):
    """RFC 2047 encode a header value (if needed)."""
    if all(ord(c) < 128 for c in s):
        return s
    chunks, cur = [], ''
    for ch in s:
        lim = 42 if mode == 'B' else 20
        if cur and len((cur + ch).encode(charset)) > lim:
            chunks.append(cur); cur = ch
        else:
            cur += ch
    if cur:
        chunks.append(cur)
    words = []
    for c in chunks:
        b = c.encode(charset)
        if mode == 'B':
            words.append(f'=?{charset}?B?{base64.b64encode(b).decode()}?=')
        else:
            enc = ''
            for byte in b:
                ch = chr(byte)
                if ch == ' ':
                    enc += '_'
                elif byte < 128 and (ch.isalnum() or ch in '!*+-/'):
                    enc += ch
                else:
                    enc += '=%02X' % byte
            words.append(f'=?{charset}?Q?{enc}?=')
    return '\n '.join(words)

def addr(name, email, charset='utf-8', mode='B'):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>'
    return f'{ew(name, charset, mode)} <{email}>'

def leaf(subtype, text, charset='utf-8', cte='base64', params=''):
    raw = text.encode(charset)
    if cte == 'base64':
        body = base64.encodebytes(text.replace('\n', '\r\n').encode(charset))
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    else:
        body = raw
    cs = charset if subtype != 'calendar' else charset
    hdrs = [f'Content-Type: text/{subtype}; charset="{cs}"{params}',
            f'Content-Transfer-Encoding: {cte}']
    return (hdrs, body)

def raw_part(ctype, body_bytes, extra=()):
    return ([f'Content-Type: {ctype}'] + list(extra), body_bytes)

def bnd():
    return '----=_Part_' + hashlib.md5(str(random.random()).encode()).hexdigest()[:20]

def multi(subtype, parts, params='', boundary=None):
    b = boundary or bnd()
    out = b''
    for h, body in parts:
        out += b'--' + b.encode() + b'\n' + '\n'.join(h).encode('ascii') + b'\n\n' + body.rstrip(b'\n') + b'\n'
    out += b'--' + b.encode() + b'--\n'
    return ([f'Content-Type: multipart/{subtype};{params} boundary="{b}"'], out)

def text2html(text):
    out, inq = [], 0
    for l in text.split('\n'):
        depth = 0
        while l.startswith('>'):
            depth += 1
            l = l[1:]
            if l.startswith(' '):
                l = l[1:]
        while inq < depth:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'); inq += 1
        while inq > depth:
            out.append('</blockquote>'); inq -= 1
        out.append((H.escape(l) or '') + '<br>')
    out.append('</blockquote>' * inq)
    return '<div dir="ltr">' + '\n'.join(out) + '</div>'

def alt(text, charset='utf-8', cte='base64', html_cte=None, html=None):
    h = html if html is not None else f'<html><body>{text2html(text)}</body></html>'
    return multi('alternative', [leaf('plain', text, charset, cte), leaf('html', h, charset, html_cte or cte)])

def plain(text, charset='utf-8', cte='base64'):
    return leaf('plain', text, charset, cte)

def htmlonly(h, charset='utf-8', cte='base64'):
    return leaf('html', h, charset, cte)

def msgid(kind):
    r = hashlib.sha1(str(random.random()).encode()).hexdigest()
    if kind == 'gmail':
        return f'<CAF{r[:6]}+{r[6:30]}=Q{r[30:36]}@mail.gmail.com>'
    if kind == 'yandex':
        return f'<{int(r[:10], 16) % 10**15}@mail.yandex.ru>'
    if kind == 'iphone':
        return f'<{r[:8].upper()}-{r[8:12].upper()}-{r[12:16].upper()}-{r[16:20].upper()}-{r[20:32].upper()}@fixmaster-ekb.ru>'
    if kind == 'outlook':
        return f'<00{r[:10]}$00{r[10:20]}${r[20:28]}@fixmaster-ekb.ru>'
    if kind == 'thebat':
        return f'<{int(r[:8], 16)}.{int(r[8:16], 16) % 100000}@fixmaster-ekb.ru>'
    if kind == 'disp':
        return f'<{r[:24]}@zakazchik-omis.ru>'
    return f'<{r[:28]}@fixmaster-ekb.ru>'

SENDERS = {
    'dan':   ('Даниил Фёдоров', 'daniil@fixmaster-ekb.ru', 'yandex', ['X-Mailer: Yamail [ http://yandex.ru ] 5.0']),
    'danm':  ('Даниил Фёдоров', 'daniil@fixmaster-ekb.ru', 'yandex', ['X-Mailer: Yamail Mobile [ https://mail.yandex.ru ] Android']),
    'dang':  ('Данил ФиксМастер', 'fixmaster.ekb@gmail.com', 'gmail', []),
    'danbat': ('Даниил Фёдоров', 'daniil@fixmaster-ekb.ru', 'thebat', ['X-Mailer: The Bat! (v9.4.5) Home']),
    'danol': ('Даниил Фёдоров', 'daniil@fixmaster-ekb.ru', 'outlook', ['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AdlV3k8yq1cL0PqRRm2xXz7v5sJdNw==', 'Content-Language: ru']),
    'dantb': ('Даниил Фёдоров', 'daniil@fixmaster-ekb.ru', 'tb', ['User-Agent: Mozilla Thunderbird']),
    'lesha': ('Алексей Кротов', 'lesha@fixmaster-ekb.ru', 'iphone', ['X-Mailer: iPhone Mail (22B91)']),
    'buh':   ('Миронова Светлана', 'buh@fixmaster-ekb.ru', 'outlook', ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: ru']),
    'buhbat': ('Миронова Светлана Игоревна', 'buh@fixmaster-ekb.ru', 'thebat', ['X-Mailer: The Bat! (v8.8.9) Professional']),
    'daemon': ('Mail Delivery System', 'MAILER-DAEMON@fixmaster-ekb.ru', 'other', ['Auto-Submitted: auto-replied']),
    'news':  ('ФиксМастер', 'news@fixmaster-ekb.ru', 'other', []),
}

LETTERS = []

def L(when, who, subject, mime, label, subj_cs='utf-8', subj_mode='B', extra=(), to=None, name_cs=None):
    dt = datetime.datetime.strptime(when, '%Y-%m-%d %H:%M').replace(tzinfo=YEKT)
    LETTERS.append(dict(dt=dt, who=who, subject=subject, mime=mime, label=label, subj_cs=subj_cs,
                        subj_mode=subj_mode, extra=list(extra), to=to, name_cs=name_cs))

def D(req, pos, status, note):
    return {'expect': 'decided', 'request': req, 'positions': pos, 'status': status, 'note': note}

def R(note):
    return {'expect': 'review', 'note': note}

def I(note):
    return {'expect': 'ignored', 'note': note}

P, V, M, U = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'
SIG_DAN = '--\nДанил | ФиксМастер\n+7 912 604-18-33'
IPH = '\n\nОтправлено с iPhone'

# =========================================================== 992517 ДС № 48
n = '992517'
L('2026-11-02 11:40', 'dan', 'Re: ' + disp_subject(n),
  alt('приняли, берём 👍 завтра с утра заедем, глянем и плиту и посудомойку\n\n' + SIG_DAN + '\n\n' +
      yandex_hdr(disp_sent(n), IRINA, DISPATCH) + '\n' + q(disp_request(n))),
  D(n, [], P, 'приняли; plan for tomorrow irrelevant; positions only in quote'))
L('2026-11-03 08:55', 'lesha', n, plain('Выехали на Бебеля 120' + IPH, cte='8bit'),
  D(n, [], V, 'выехали; 120 is the house number; no positions'))
L('2026-11-03 09:30', 'dang', f'по{n} на месте', alt('мы на точке, ща разбираем 🔧'),
  D(n, [], M, 'number glued to "по" in subject; "на точке" = on site'))
L('2026-11-03 12:15', 'dan', f'{n} поз1',
  alt('п1 плита — тэн поменяли (2 кВт, 2 шт), все конфорки греют, всё ок ✅\n'
      'по посудомойке (п2) нужен насос слива, заказали, будет в чт-пт\nпо плите всё, уехали в 12:05\n\n' + SIG_DAN),
  D(n, ['1'], U, 'п1 done and left; п2 only a plan'))
L('2026-11-05 14:20', 'lesha', f'Бебеля 120 ({n}) посудомойка',
  plain(f'{n} п2 готово. Насос слива поставили, прогнали 2 цикла, сливает. Уехали' + IPH, cte='quoted-printable'),
  D(n, ['2'], U, 'number in brackets after address; п2 finished, left'))

# =========================================================== 992634 библиотека Сыромолотова
n = '992634'
disp_q_992634 = ('Даниил, добрый день.\nЗаявку приняли? Библиотека просит хотя бы до выходных.\n\n'
                 f'{IRINA}\nДиспетчерская ОМИС\n\n'
                 f'От: {DISP_NAME} <{DISPATCH}>\nОтправлено: 3 ноября 2026 г. 10:02\nКому: fixmaster.ekb@gmail.com\n'
                 f'Тема: Обращение №{n} — {REQ[n][1]}\n\n' + disp_request(n))
L('2026-11-03 13:05', 'dang', f'Re: Обращение №{n} — {REQ[n][1]}',
  alt('+\n\n' + gmail_hdr(datetime.datetime(2026, 11, 3, 10, 58, tzinfo=MSK),
                          DISP_NAME, DISPATCH) + '\n' + q(disp_q_992634)),
  D(n, [], P, '"+" answering "Заявку приняли?"; everything else is quote'))
L('2026-11-04 10:10', 'dang', n,
  alt(f'выезжаем по заявки {n} будем минут через 20 на сыромолотова пробки на объездной жесть'),
  D(n, [], V, 'voice-to-text, no punctuation; выезжаем + будем через 20 мин = on the way'))
L('2026-11-04 10:45', 'lesha', f'{n}', plain('Нa мeсте' + IPH, cte='quoted-printable'),
  D(n, [], M, 'Latin a/e inside "на месте"'))
table = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
         '<div>по 1 и 2 всё, уехали в 15:10. по 3 ждём мотор</div><br>'
         '<table border="1" cellpadding="4" style="border-collapse:collapse">'
         '<tr><th>поз</th><th>что</th><th>статус</th><th>убытие</th></tr>'
         '<tr><td>1</td><td>светильники чит. зал</td><td>заменили 8 драйверов, всё горит ✅</td><td>15:10</td></tr>'
         '<tr><td>2</td><td>розетки абонемент</td><td>отгорел ноль в распаечной коробке, восстановили ✅</td><td>15:10</td></tr>'
         '<tr><td>3</td><td>тепловая завеса</td><td>мотор сдох, заказали (YDK 78-4), приедем как придёт ⏳</td><td>—</td></tr>'
         '</table><br><div>--<br>Данил | ФиксМастер<br>+7 912 604-18-33</div></body></html>')
L('2026-11-04 15:30', 'dan', f'{n} итог на сегодня', htmlonly(table),
  D(n, ['1', '2'], U, 'HTML-only table; rows 1 and 2 finished & left at 15:10; row 3 waiting for part'))
L('2026-11-06 11:00', 'dang', f'{n} поз3', alt('мотор пришёл, выезжаем на точку ставить 🚐'),
  D(n, ['3'], V, 'выезжаем на точку = on the way'))
L('2026-11-06 13:40', 'lesha', f'{n} (3)', plain('Завеса крутится и греет. Уехали' + IPH, cte='quoted-printable'),
  D(n, ['3'], U, 'position in brackets in subject'))

# =========================================================== 992788 ДС № 312
n = '992788'
L('2026-11-05 11:00', 'dang', f'заявка{n}п1', alt('принял, го завтра с утра'),
  D(n, ['1'], P, 'number and position glued in subject; принял'))
bounce_orig = (f'From: {addr(DISP_NAME, DISPATCH)}\nTo: lesha@fixmaster-ekb.ru\n'
               f'Subject: {ew(f"Заявка № {n} — доступ в прачечную")}\n'
               'Date: Fri, 06 Nov 2026 07:08:11 +0300\n'
               f'Message-ID: {msgid("disp")}\nMIME-Version: 1.0\n'
               'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: base64\n\n' +
               base64.encodebytes(('Алексей, добрый день.\nПо заявке № 992788: прачечная открыта с 8:00, '
                                   'ключ у завхоза (Галина Петровна, +7 343 266-01-12).\n\n' + IRINA).encode()).decode())
dsn = ('Reporting-MTA: dns; mx.fixmaster-ekb.ru\nX-Postfix-Queue-ID: 4Qm7T12bZfz9vB\n'
       'Arrival-Date: Fri,  6 Nov 2026 09:08:12 +0500 (+05)\n\n'
       'Final-Recipient: rfc822; lesha@fixmaster-ekb.ru\nOriginal-Recipient: rfc822;lesha@fixmaster-ekb.ru\n'
       'Action: failed\nStatus: 5.2.2\nDiagnostic-Code: x-unix; mailbox is full (quota exceeded)\n')
L('2026-11-06 09:10', 'daemon', 'Undelivered Mail Returned to Sender',
  multi('report', [
      leaf('plain', 'This is the mail system at host mx.fixmaster-ekb.ru.\n\n'
           "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
           "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
           '                   The mail system\n\n<lesha@fixmaster-ekb.ru>: mailbox is full (quota exceeded)\n',
           'us-ascii', '7bit'),
      raw_part('message/delivery-status', dsn.encode(), ['Content-Description: Delivery report']),
      raw_part('message/rfc822', bounce_orig.encode(), ['Content-Description: Undelivered Message'])],
      params=' report-type=delivery-status;'),
  I('bounce (Postfix DSN) of dispatcher letter about 992788'),
  extra=['Auto-Submitted: auto-replied'])
L('2026-11-06 09:40', 'lesha', 'Стиралка', plain('Едем в 312 сад по стиралке, минут 15 будем' + IPH, cte='quoted-printable'),
  R('no request number at all; 312 is the kindergarten number, not a request'))
L('2026-11-06 10:25', 'dang', f'Re: заявка{n}п1',
  alt('прибытие 10:20, разбираем барабан\n\n' + gmail_hdr(datetime.datetime(2026, 11, 5, 11, 0, tzinfo=YEKT), 'Данил ФиксМастер', 'fixmaster.ekb@gmail.com') +
      '\n> принял, го завтра с утра'),
  D(n, ['1'], M, 'number+position only in Re: subject of his own letter; body: на месте'))
L('2026-11-06 13:00', 'dan', f'{n} готово',
  alt('подшипники барабана заменили (SKF 6205 + 6206), сальник новый, прогнали на отжиме — тихо, норм 👌\nбригада освободилась, уехали\n\n' + SIG_DAN),
  D(n, [], U, 'готово + бригада освободилась + уехали; 6205/6206 are bearing models'))

# =========================================================== 993015 Библиотека № 12
n = '993015'
bat_quote = q(disp_request(n), 'ИП> ')
L('2026-11-06 15:00', 'danbat', f'Re: Заявка № {n} — Библиотека № 12',
  plain('Здравствуйте, Ирина.\n\nВы писали 6 ноября 2026 г., 14:05:\n\n' + bat_quote +
        '\n\nприняли, завтра с утра будем, суббота же у вас рабочая?\n\n--\nС уважением,\n Даниил                          mailto:daniil@fixmaster-ekb.ru',
        'windows-1251', 'quoted-printable'),
  D(n, [], P, 'The Bat! bottom-post with "ИП>" initials quote; приняли (side question about Saturday does not cancel acceptance)'),
  subj_cs='windows-1251', subj_mode='Q', name_cs='windows-1251')
L('2026-11-07 09:00', 'dang', f'{n} п.1 и п.2', alt('выезжаем, через полчасика будем'),
  D(n, ['1', '2'], V, 'выезжаем + будем через полчаса'))
L('2026-11-07 12:30', 'dan', f'Re: {n} п.1 и п.2',
  alt('щиток (п1) перебрали, 2 автомата С16 заменили, клеммы протянули\nлестница (п2) — 5 светильников поменяли на новые\nвсё, уехали в 12:20 🙌\n\n' +
      yandex_hdr(datetime.datetime(2026, 11, 7, 9, 0, tzinfo=YEKT), 'Данил ФиксМастер', 'fixmaster.ekb@gmail.com') +
      '\n> выезжаем, через полчасика будем'),
  D(n, ['1', '2'], U, 'both positions done, left 12:20; quote says выезжаем'))

# =========================================================== 993140 ДС № 9
n = '993140'
L('2026-11-09 10:30', 'dang', 'Re: ' + disp_subject(n),
  alt('приняли все 4 позиции 👍 ща раскидаю по ребятам\n\n' + gmail_hdr(disp_sent(n), DISP_NAME, DISPATCH) + '\n' + q(disp_request(n))),
  D(n, [], P, 'принята for all positions (no specific numbers named)'))
L('2026-11-10 08:30', 'dang', f'{n} поз 5', alt('выехали по 5й позиции, плита на пищеблоке'),
  R('position 5 does not exist in 993140 (only 1-4)'))
L('2026-11-10 09:15', 'lesha', f'{n}/1 и /2', plain('Едем' + IPH, cte='quoted-printable'),
  D(n, ['1', '2'], V, 'positions after slash in subject; Едем'))
L('2026-11-10 10:00', 'lesha', f'Re: {n}/1 и /2', plain('Прибыли. П1 П2' + IPH, cte='quoted-printable'),
  D(n, ['1', '2'], M, 'Прибыли; П1 П2'))
L('2026-11-10 13:10', 'dan', f'по {n}',
  alt('холодос (п.1) — утечка на капилляре, запаяли, заправили R600a, морозит норм ✅\n'
      'мясорубку (п.2) забрали к себе в мастерскую, нож+решётка под замену, привезём в пт\n\nс объекта уехали 13:00\n\n' + SIG_DAN),
  D(n, ['1'], U, 'п.1 finished & left; п.2 not finished (taken to workshop, plan for Friday)'))
L('2026-11-12 09:00', 'dang', f'{n} п3 п4 в пути', alt('выезжаем на точку, будем к 10'),
  D(n, ['3', '4'], V, 'в пути in subject; будем к 10'))
L('2026-11-12 10:05', 'dang', f'Re: {n} п3 п4 в пути',
  alt('на месте уже\n\n' + gmail_hdr(datetime.datetime(2026, 11, 12, 9, 0, tzinfo=YEKT), 'Данил ФиксМастер', 'fixmaster.ekb@gmail.com') +
      '\n> выезжаем на точку, будем к 10'),
  D(n, ['3', '4'], M, 'Re: subject still says в пути, body reports на месте'))
L('2026-11-12 16:20', 'dan', f'{n} п3 / п4',
  alt('поз.3 бойлер: тэн + анод заменили, греет, всё ок\nпоз.4 щиток ещё ковыряем, там алюминий старый, до вечера тут\n\n' + SIG_DAN),
  R('different statuses: п3 finished, п4 crew still on site working'))
L('2026-11-13 10:00', 'dang', n,
  alt(f'мясорубку в девятый сад привезли по заявке {n} позиция два собрали проверили всё работает уехали спасибо'),
  D(n, ['2'], U, 'voice-to-text; позиция два; работает, уехали'))
L('2026-11-13 15:00', 'lesha', f'{n}-4', plain('Щиток собрали, автоматы новые, уехли' + IPH, cte='quoted-printable'),
  D(n, ['4'], U, 'position after dash; typo "уехли"'))
L('2026-11-16 09:20', 'dang', f'по {n} и вообще',
  alt('слушайте, в пятницу по 993140 завхоз не пускала в щитовую до 11, ключа нет ни у кого, час простояли. '
      'можно как-то заранее предупреждать садики что мы приедем? 😤 а то нам потом время не оплачивают'),
  R('complaint, no status reported'))
L('2026-11-24 09:00', 'buhbat', f'Подписанный акт по заявке N {n}',
  plain(('Добрый день, Ирина!\n\nНапоминаем, что акт № 52 от 14.11.2026 по заявке № 993140 (МАДОУ детский сад № 9, '
        'ул. Уральская, 52) был направлен Вам 16.11.2026. Просим вернуть скан подписанного со стороны Заказчика '
        'экземпляра, без него не можем закрыть ноябрь.\n\nДоговор № 14/2026 от 12.01.2026.\n\n--\nС уважением,\n'
        'Миронова Светлана Игоревна\nбухгалтер ИП Фёдоров Д. С.\nИНН 667012345678\n+7 (343) 222-33-44').replace('№', 'N'),
        'koi8-r', 'quoted-printable'),
  R('accountant: paperwork (act), no status'), subj_cs='koi8-r', subj_mode='B', name_cs='koi8-r')

# =========================================================== 993277 ДС № 175
n = '993277'
L('2026-11-10 14:00', 'dan', f'Re: Заявка {n} ДС №175',
  alt('принято, спс\n\n' + yandex_hdr(disp_sent(n), IRINA, DISPATCH) + '\n' + q(disp_request(n))),
  D(n, [], P, 'number only in the Re: subject; принято'))
mdn_orig_hdr = (f'From: {addr(DISP_NAME, DISPATCH)}\nTo: daniil@fixmaster-ekb.ru\n'
                f'Subject: {ew(f"Заявка № {n}: уточнение времени выезда")}\n'
                f'Date: Tue, 10 Nov 2026 18:02:40 +0300\nMessage-ID: <5e1f0a9b7c2d48e3a1@zakazchik-omis.ru>\n'
                'Disposition-Notification-To: dispatch@zakazchik-omis.ru\n')
L('2026-11-11 08:40', 'dantb', f'Уведомление о прочтении (отображено) - Заявка № {n}: уточнение времени выезда',
  multi('report', [
      leaf('plain', 'Это уведомление о прочтении для отправленного вами сообщения daniil@fixmaster-ekb.ru.\n\n'
           'Примечание: Это уведомление о прочтении означает только то, что сообщение было отображено на компьютере '
           'получателя. Нет никакой гарантии, что получатель прочитал или понял содержимое сообщения.', 'UTF-8', '8bit'),
      raw_part('message/disposition-notification',
               ('Reporting-UA: fixmaster-laptop; Mozilla Thunderbird\nFinal-Recipient: rfc822;daniil@fixmaster-ekb.ru\n'
                'Original-Message-ID: <5e1f0a9b7c2d48e3a1@zakazchik-omis.ru>\n'
                'Disposition: manual-action/MDN-sent-manually; displayed\n').encode(), ['Content-Disposition: inline']),
      raw_part('text/rfc822-headers', mdn_orig_hdr.encode(), ['Content-Disposition: inline'])],
      params=' report-type=disposition-notification;'),
  I('read receipt (MDN)'))
L('2026-11-11 09:30', 'dang', n, alt('ещё не выехали, машина не заводится 🙈 ща прикурим и го, отпишусь'),
  R('negation: ещё не выехали'))
L('2026-11-11 11:10', 'dang', f'Re: {n}',
  alt('всё, в пути. выезд 11:05, газель белая К123МА196 если охране надо\n\n' +
      gmail_hdr(datetime.datetime(2026, 11, 11, 9, 30, tzinfo=YEKT), 'Данил ФиксМастер', 'fixmaster.ekb@gmail.com') +
      '\n> ещё не выехали, машина не заводится 🙈 ща прикурим и го, отпишусь'),
  D(n, [], V, 'в пути; quote says not yet; car plate is not a number of interest'))
L('2026-11-11 15:40', 'dan', f'{n} — всё',
  alt('посудомойка (п1): датчик перелива + подтекал шланг в поддон, устранили, E15 ушла\n'
      'плита (п2): термостат духовки заменили, греет до 250\nвыехали с объекта в 15:30\n\n' + SIG_DAN),
  D(n, ['1', '2'], U, '"выехали с объекта" = left the site (preposition "с"), both positions done'))

# =========================================================== 992634 accountant
n = '992634'
L('2026-11-12 11:00', 'buh', f'RE: Документы по заявке {n}',
  alt('Добрый день!\n\nНаправляем Вам акт выполненных работ № 47 от 11.11.2026 и счёт на оплату № 112 от 11.11.2026 '
      'по заявке № 992634 (ЦГБ им. Маяковского, филиал № 7) на сумму 18 400,00 руб. (НДС не облагается).\n'
      'Просим подписать акт и вернуть скан-копию, оригиналы направим Почтой России.\n\n'
      'С уважением,\nМиронова С. И.\nбухгалтер ИП Фёдоров Д. С.\nИНН 667012345678, ОГРНИП 321665800012345\n'
      'тел. +7 (343) 222-33-44\n\n-----Original Message-----\nFrom: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\n'
      'Sent: Wednesday, November 11, 2026 3:12 PM\nTo: buh@fixmaster-ekb.ru\nSubject: Документы по заявке 992634\n\n'
      'Добрый день! Подскажите, когда ждать закрывающие документы по заявке № 992634?\n\n' + IRINA,
      'windows-1251', 'quoted-printable'),
  R('accountant: act/invoice, not a status report'), subj_cs='windows-1251', subj_mode='B', name_cs='windows-1251')

# =========================================================== 993402 библиотека Бажова
n = '993402'
L('2026-11-11 13:30', 'dang', f'#{n}', alt('приняли. завтра с утра до открытия успеем'),
  D(n, [], P, 'приняли; plan is secondary'))
L('2026-11-12 08:50', 'dang', f'Re: {n}', alt('выдвигаемся\n\n' + gmail_hdr(datetime.datetime(2026, 11, 11, 13, 30, tzinfo=YEKT),
                                                                           'Данил ФиксМастер', 'fixmaster.ekb@gmail.com') + '\n> приняли. завтра с утра до открытия успеем'),
  D(n, [], V, 'выдвигаемся = setting off; number in Re: subject'))
L('2026-11-12 11:00', 'dang', f'Fwd: {n}',
  alt('вот от лёши 👇\n\n---------- Forwarded message ---------\nОт: Алексей Кротов <lesha@fixmaster-ekb.ru>\n'
      'Date: чт, 12 нояб. 2026 г. в 10:52\nSubject: 993402\nTo: Данил ФиксМастер <fixmaster.ekb@gmail.com>\n\n\n'
      'Данил, на Чапаева всё. Тепловентилятор поменяли на новый Ballu BFH/C-29, старый забрали. Уехали 10:50\n\nОтправлено с iPhone'),
  D(n, [], U, 'Gmail forward of Лёша report: replaced, left 10:50'))

# =========================================================== 993568 ДС № 501
n = '993568'
disp_q_993568 = ('Даниил, добрый день! Заявку № 993568 приняли? Заведующая просит сегодня хотя бы стиралку посмотреть.\n\n'
                 f'{IRINA}\n\n' + '_' * 32 + f'\nОт: {DISP_NAME} <{DISPATCH}>\nОтправлено: 13 ноября 2026 г. 12:05\n'
                 f'Кому: daniil@fixmaster-ekb.ru\nТема: {disp_subject(n)}\n\n' + disp_request(n))
ol_block = ('+\n\n' + '_' * 32 + f'\nОт: {DISP_NAME} <{DISPATCH}>\nОтправлено: 13 ноября 2026 г. 12:20\n'
            f'Кому: daniil@fixmaster-ekb.ru\nТема: RE: {disp_subject(n)}\n\n' + disp_q_993568)
L('2026-11-13 12:30', 'danol', f'RE: {disp_subject(n)}', alt(ol_block, 'windows-1251', 'quoted-printable'),
  D(n, [], P, '"+" on top of Outlook header block asking "приняли?"'), subj_cs='windows-1251', subj_mode='Q', name_cs='windows-1251')
L('2026-11-14 09:05', 'dang', 'план на сегодня',
  alt('сегодня по 993568 и 993719 едем, сначала 501 сад потом библиотека на космонавтов'),
  R('two different requests in one letter (and partly a plan)'))
L('2026-11-14 09:40', 'lesha', n, plain('П1-П3 НА МЕСТЕ' + IPH, cte='quoted-printable'),
  D(n, ['1', '2', '3'], M, 'range П1-П3, caps'))
L('2026-11-14 13:00', 'dan', f'Re: {n}',
  alt('поз 1 и 2 готово — стиралка сливает (помпу поменяли), сушилка греет (тэн+термостат)\n'
      'каток (поз3) — плата управления сгорела, заказали, приедем как придёт\nс 1 и 2 уехали\n\n' + SIG_DAN),
  D(n, ['1', '2'], U, 'поз 1,2 done & left; поз 3 only plan'))
L('2026-11-18 10:00', 'dang', f'Re: {n}', alt('по третьей позиции плата пришла, выезжаем 🚐'),
  D(n, ['3'], V, 'выезжаем = on the way'))
L('2026-11-18 12:50', 'lesha', f'Fwd: {n} (3)',
  plain('От Данила\n\nОтправлено с iPhone\n\nНачало переадресованного сообщения:\n\n'
        '> От: Даниил Фёдоров <daniil@fixmaster-ekb.ru>\n> Дата: 18 ноября 2026 г. в 12:41:07 GMT+5\n'
        '> Кому: Алексей Кротов <lesha@fixmaster-ekb.ru>\n> Тема: 993568 (3)\n> \n'
        '> лёх каток запустил, вал крутится, плату поставил. я уехал, кинь диспетчерам плз\n', cte='quoted-printable'),
  D(n, ['3'], U, 'iPhone forward: forwarded Данил message reports каток done and left'))

# =========================================================== 993719 Детская библиотека № 3
n = '993719'
L('2026-11-12 13:00', 'dang', 'Re: ' + disp_subject(n),
  alt('принято 👌\n\n' + gmail_hdr(disp_sent(n), DISP_NAME, DISPATCH) + '\n' + q(disp_request(n))),
  D(n, [], P, 'принято'))
L('2026-11-14 14:30', 'dang', f'{n} п2', alt('выехали с 501 сада к вам, минут 25'),
  D(n, ['2'], V, '"выехали с (другого объекта) к вам" = on the way to this site'))
L('2026-11-14 17:10', 'dan', f'{n} п2 готово',
  alt('кипятильник — термоограничитель поменяли, отключается как надо, всё ок\n'
      'по п1 светильникам — завтра, нужна стремянка большая, у нас в машине только 2м\n\n' + SIG_DAN),
  D(n, ['2'], U, 'п2 готово (result); п1 plan'))
L('2026-11-15 10:00', 'dang', f'{n}-1', alt('выезжаем ща будем, стремянку взяли 😅'),
  D(n, ['1'], V, 'выезжаем ща будем'))
L('2026-11-15 12:45', 'dan', f'Re: {n}-1',
  alt('поменяли все 12 светильников на led панели (армстронг 36Вт), старые сложили у завхоза. всё, уехали\n\n' + SIG_DAN),
  D(n, ['1'], U, 'replaced, left'))

# =========================================================== 993851 ДС № 27
n = '993851'
L('2026-11-17 10:06', 'dan', 'Автоответ: ' + disp_subject(n),
  plain('Здравствуйте! Я на выезде, отвечу как освобожусь (обычно до 19:00 по Екб).\n'
        'Срочно — звоните +7 912 604-18-33.\n\nДанил, ФиксМастер', cte='base64'),
  I('auto-reply'), extra=['Auto-Submitted: auto-replied', 'X-Autoreply: yes', 'Precedence: auto_reply'])
L('2026-11-17 12:00', 'dang', 'Re: ' + disp_subject(n),
  alt(f'сорян был за рулём, автоответ не смотрите) приняли {n}, завтра-послезавтра сделаем\n\n' +
      gmail_hdr(disp_sent(n), DISP_NAME, DISPATCH) + '\n' + q(disp_request(n))),
  D(n, [], P, 'приняли after auto-reply'))
L('2026-11-18 09:00', 'dang', f'Re: {n} выезд?',
  alt('неа ещё нет, ждём фреон с базы, как заберём отпишусь\n\n' +
      gmail_hdr(datetime.datetime(2026, 11, 18, 6, 40, tzinfo=MSK), IRINA, DISPATCH) +
      f'\n> Даниил, бригада по заявке {n} выехала? Заведующая спрашивает, во сколько ждать.\n>\n> {IRINA}\n> Диспетчерская ОМИС'),
  R('negation: not yet left (answer "неа ещё нет" to "выехала?")'))
L('2026-11-19 09:30', 'dang', n, alt(f'по заявке {n} выехали будем через полчаса в садике на ленина'),
  D(n, [], V, 'voice-to-text; выехали, будем через полчаса'))
inner = ('From: =?utf-8?B?0JDQu9C10LrRgdC10Lkg0JrRgNC+0YLQvtCy?= <lesha@fixmaster-ekb.ru>\n'
         'To: =?utf-8?B?0JTQsNC90LjQuNC7INCk0ZHQtNC+0YDQvtCy?= <daniil@fixmaster-ekb.ru>\n'
         f'Subject: {ew("993851 готово")}\nDate: Thu, 19 Nov 2026 13:44:02 +0500\n'
         f'Message-Id: {msgid("iphone")}\nMime-Version: 1.0 (1.0)\nX-Mailer: iPhone Mail (22B91)\n'
         'Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n' +
         quopri.encodestring('Шкаф держит +3, пусковое реле поменяли и датчик. Уехали 13:40\n\nОтправлено с iPhone'.encode()).decode())
L('2026-11-19 14:00', 'dantb', f'Fwd: {n} готово',
  multi('mixed', [leaf('plain', 'пересылаю от лёши\n', 'UTF-8', '8bit'),
                  raw_part('message/rfc822; name="993851.eml"', inner.encode(),
                           ['Content-Disposition: attachment; filename="993851.eml"'])]),
  D(n, [], U, 'forward as attachment (message/rfc822): Лёша reports done, left 13:40'))
pdf = b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
L('2026-11-21 10:15', 'buh', f'Счёт на оплату № 131 по заявке № {n}',
  multi('mixed', [
      alt('Добрый день!\n\nВо вложении счёт на оплату № 131 от 20.11.2026 по заявке № 993851 (МАДОУ детский сад № 27) '
          'на сумму 14 500,00 руб. Оплата по договору № 14/2026 в течение 10 банковских дней.\n\n'
          'Реквизиты: р/с 40802810916540012345 в Уральском банке ПАО Сбербанк, БИК 046577674.\n\n'
          'С уважением,\nМиронова С. И.\nбухгалтер ИП Фёдоров Д. С.', 'windows-1251', 'base64'),
      raw_part('application/pdf; name="=?windows-1251?B?0ffl8l8xMzEucGRm?="', base64.encodebytes(pdf),
               ['Content-Transfer-Encoding: base64',
                "Content-Disposition: attachment; filename*=windows-1251''%D1%F7%E5%F2_131.pdf"])]),
  R('accountant: invoice, not a status'), subj_cs='windows-1251', subj_mode='B', name_cs='windows-1251')

# =========================================================== 994066 ДС № 88
n = '994066'
L('2026-11-19 12:00', 'dang', f'Re: {n}',
  alt('го, принял\n\n' + gmail_hdr(disp_sent(n), DISP_NAME, DISPATCH) + f'\n> {n}\n>\n' + q(disp_request(n))),
  D(n, [], P, 'принял'))
L('2026-11-19 12:05', 'dang', n, alt('будем завтра к 9:30, пропуск закажите плз на газель К123МА196'),
  R('plan (завтра) + request for a pass; nothing happened yet'))
L('2026-11-19 15:20', 'dang', f'Re: Заявка {n} — пропуск',
  alt('оке спс, понял\n\n' + gmail_hdr(datetime.datetime(2026, 11, 19, 13, 10, tzinfo=MSK), IRINA, DISPATCH) +
      f'\n> Даниил, пропуск на а/м К123МА196 заказан на 20.11 с 9:00 до 18:00.\n>\n> {IRINA}'),
  R('acknowledgement of dispatcher message, no status'))
L('2026-11-20 08:45', 'dang', f'{n} вопрос',
  alt('а ключ от щитовой у кого? завхоз будет с утра? и вода на бойлер перекрывается в подвале или в группе?'),
  R('questions only'))
L('2026-11-20 09:30', 'dang', f'№{n} в пути 🚗', alt(''),
  D(n, [], V, 'status only in subject, empty body'))
L('2026-11-20 10:10', 'lesha', f'Наряд {n} п.2', plain('На месте, розетки' + IPH, cte='quoted-printable'),
  D(n, ['2'], M, 'п.2 на месте'))
L('2026-11-20 12:00', 'dan', n,
  alt('п2 розетки поменяли все 6 шт (legrand), всё ок\nп1 бойлер — ещё смотрим, похоже фланец гнилой\n\n' + SIG_DAN),
  R('different statuses: п2 finished, п1 still being worked on on site'))
L('2026-11-20 14:40', 'lesha', f'{n}/1', plain('Фланец поменяли, не течёт. Уехали' + IPH, cte='quoted-printable'),
  D(n, ['1'], U, 'п1 done, left'))

# =========================================================== 994203 ЦДБ
n = '994203'
L('2026-11-23 11:40', 'dang', 'Re: ' + disp_subject(n),
  alt('приняли ✌️\n\n' + gmail_hdr(disp_sent(n), DISP_NAME, DISPATCH) + '\n' + q(disp_request(n))),
  D(n, [], P, 'приняли'))
L('2026-11-24 09:20', 'dang', f'по{n} поз1 и поз3', alt('выехали'),
  D(n, ['1', '3'], V, 'glued number, positions in subject'))
L('2026-11-24 13:30', 'dan', f'Re: по{n} поз1 и поз3',
  alt('п1 п3 готово уехали. светильники — 4 дросселя + стартеры, завеса — тэн 3 кВт\nп2 щиток в четверг сделаем, рубильник надо везти\n\n' + SIG_DAN),
  D(n, ['1', '3'], U, 'п1,п3 done & left; п2 plan'))
L('2026-11-25 10:00', 'dang', 'Re: оплата по счёту 112',
  alt('спс, деньги пришли 👍\n\n' + gmail_hdr(datetime.datetime(2026, 11, 25, 7, 30, tzinfo=MSK), IRINA, DISPATCH) +
      '\n> Добрый день. Оплата по счёту № 112 (заявка 992634) произведена п/п № 4512 от 24.11.2026.\n>\n> ' + IRINA),
  R('thanks for payment, no status'))
L('2026-11-26 09:30', 'dang', 'заявка 994302 п2', alt('выехали на малышева'),
  R('994302 is not in the registry (typo for 994203)'))
L('2026-11-26 10:10', 'dang', 'Re: заявка 994302 п2',
  alt('сорян, опечатался — 994203 конечно, не 994302. мы уже на месте, рубильник меняем\n\n' +
      gmail_hdr(datetime.datetime(2026, 11, 26, 9, 30, tzinfo=YEKT), 'Данил ФиксМастер', 'fixmaster.ekb@gmail.com') +
      '\n> выехали на малышева'),
  D(n, ['2'], M, 'corrects the typo: 994203 п2, on site'))
L('2026-11-26 12:00', 'lesha', f'{n}-2', plain('Рубильник поменяли, протянули всё. Уехали' + IPH, cte='quoted-printable'),
  D(n, ['2'], U, 'п2 done, left'))

# =========================================================== machines: calendar, bulk
ics = ('BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REPLY\n'
       'BEGIN:VEVENT\nDTSTART:20261118T060000Z\nDTEND:20261118T063000Z\nDTSTAMP:20261116T071200Z\n'
       'ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\nUID:3f9a1c2e7b@zakazchik-omis.ru\n'
       'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Данил ФиксМастер:mailto:fixmaster.ekb@gmail.com\n'
       'SUMMARY:Созвон по плановым работам на декабрь\nSEQUENCE:0\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n')
L('2026-11-16 12:12', 'dang', 'Принято: Созвон по плановым работам на декабрь — ср 18 нояб. 2026 11:00–11:30 (YEKT) (dispatch@zakazchik-omis.ru)',
  multi('alternative', [leaf('plain', 'Данил ФиксМастер принял(-а) это приглашение.\n\nСозвон по плановым работам на декабрь\n'
                             'Когда: ср 18 нояб. 2026 11:00–11:30 (YEKT)\n\nПриглашение из Google Календаря', 'UTF-8', 'base64'),
                        leaf('calendar', ics, 'UTF-8', 'base64', params='; method=REPLY')]),
  I('calendar meeting response generated by Google Calendar'))
news_html = ('<html><body style="font-family:Arial"><h2>Зима близко ❄️</h2>'
             '<p>Друзья! В декабре делаем ТО пищеблоков и прачечных в детских садах со скидкой 10%.</p>'
             '<p>Выезд мастера за 2 часа, гарантия 3 месяца на все работы. Заявки: +7 912 604-18-33</p>'
             '<p style="font-size:11px;color:#888">Вы получили это письмо, потому что являетесь клиентом ИП Фёдоров Д. С. '
             '<a href="https://fixmaster-ekb.ru/unsub?u=8812">Отписаться</a></p></body></html>')
L('2026-11-20 16:00', 'news', 'Зима близко ❄️ ТО пищеблока и прачечной со скидкой 10%', htmlonly(news_html, cte='quoted-printable'),
  I('bulk marketing mail (List-Unsubscribe, Precedence: bulk)'),
  extra=['Precedence: bulk', 'List-Unsubscribe: <mailto:unsubscribe@fixmaster-ekb.ru?subject=unsub>, <https://fixmaster-ekb.ru/unsub?u=8812>',
         'List-Id: "FixMaster clients" <clients.fixmaster-ekb.ru>', 'X-Mailer: UniSender'])

# ---------------------------------------------------------------- write
LETTERS.sort(key=lambda x: x['dt'])
labels = {}
for i, l in enumerate(LETTERS, 1):
    name, email, kind, xh = SENDERS[l['who']]
    ncs = l['name_cs'] or 'utf-8'
    hdrs = []
    if l['who'] == 'daemon':
        hdrs.append(f'From: {email} ({name})')
    else:
        hdrs.append(f'From: {addr(name, email, ncs)}')
    hdrs.append(f'To: {l["to"] or addr(DISP_NAME, DISPATCH, ncs)}')
    hdrs.append(f'Subject: {ew(l["subject"], l["subj_cs"], l["subj_mode"])}')
    hdrs.append('Date: ' + l['dt'].strftime('%a, %d %b %Y %H:%M:%S +0500').replace(':00 +', ':%02d +' % random.randint(0, 59)))
    hdrs.append(f'Message-ID: {msgid(kind)}')
    if l['subject'].lower().startswith('re:'):
        hdrs.append(f'In-Reply-To: {msgid("disp")}')
    hdrs.append('MIME-Version: 1.0' if kind != 'iphone' else 'Mime-Version: 1.0 (1.0)')
    hdrs += xh + l['extra']
    ch, body = l['mime']
    data = ('\n'.join(hdrs + ch)).encode('ascii') + b'\n\n' + body
    data = re.sub(rb'\r?\n', b'\r\n', data)
    fn = f'{i:03d}.eml'
    with open(os.path.join(LET, fn), 'wb') as f:
        f.write(data)
    labels[fn] = l['label']
    # date sanity: letters about a registered request must come after registration
    lab = l['label']
    if lab.get('request'):
        assert l['dt'] > regdt(lab['request']), (fn, lab)
        for p in lab['positions']:
            assert p in REQ[lab['request']][4], (fn, p)

with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
reg = {'contractor': {'name': 'ИП Фёдоров Даниил Сергеевич («ФиксМастер»)', 'emails': EMAILS, 'domains': ['fixmaster-ekb.ru']},
       'requests': [{'number': k, 'positions': list(v[4].keys()), 'registered_at': v[3],
                     'comment': f'{v[0]}, {v[2]}: ' + '; '.join(f'{p}) {t}' for p, t in v[4].items())} for k, v in REQ.items()]}
with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as f:
    json.dump(reg, f, ensure_ascii=False, indent=1)
from collections import Counter
print(len(labels), Counter(v['expect'] for v in labels.values()))
