#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of test letters for persona DQ: ООО «ЛифтАварийСервис» (Воронеж).

Standard library only.  Run:  python3 make.py   (writes letters/, labels.json,
registry.json next to this file).  Raw messages are assembled by hand so that
every client (SMS gateway, Thunderbird, The Bat!, Outlook, Android mail,
Roundcube) keeps its own charset / transfer encoding / header style.
"""
import base64
import json
import os
import quopri
import random
import uuid
from datetime import datetime, timedelta, timezone
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LETTERS = os.path.join(HERE, 'letters')
TZ = timezone(timedelta(hours=3))
RND = random.Random(36170)


def dt(d, h, mi, s=None):
    if s is None:
        s = RND.randint(0, 59)
    return datetime(2026, 11, d, h, mi, s, tzinfo=TZ)


def rfcdate(d):
    return format_datetime(d)


# ----------------------------------------------------------------- identities
CUST = ('Гусева Ирина', 'dispatch@zakazchik-omis.ru')
CUST_TO = 'Диспетчерская ОМИС'
NAT = ('Наталья Крутских', 'natalya.krutskih@liftavar36.ru')
DISP = ('ЛифтАварийСервис, диспетчерская', 'disp@liftavar36.ru')
PANOV = ('Панов Сергей Владимирович', 'panov@liftavar36.ru')
ZHD = ('Жданов Виктор', 'zhdanov@liftavar36.ru')
BUH = ('Бухгалтерия ЛифтАварийСервис', 'buh@liftavar36.ru')
NEWS = ('ЛифтАварийСервис', 'news@liftavar36.ru')
DAEMON = ('Mail Delivery System', 'mailer-daemon@liftavar36.ru')
GW_A = ('SMS2Mail', 'sms-gate@sms.chernozem-mobile.ru')
GW_B = ('Черноземье Мобайл', 'sms2email@sms.chernozem-mobile.ru')
GW_ADS = ('Черноземье Мобайл', 'noreply@sms.chernozem-mobile.ru')

CREW = {  # crew phones (push-button phones, SMS -> e-mail gateway)
    'kov': '+7 951 861-20-44',   # Ковалёв Д.С., translit
    'lap': '+7 903 650-11-92',   # Лапин (ночная аварийная), translit, often CAPS
    'zhd': '+7 960 102-38-19',   # Жданов В. (also has a smartphone mailbox)
    'som': '+7 920 415-77-03',   # Сомов А.Н., Cyrillic, old "SMS в e-mail" service
}

NAT_SIG = """-- 
Наталья Крутских
диспетчер ООО «ЛифтАварийСервис»
тел. +7 (473) 229-41-08, круглосуточно +7 (473) 229-41-09
394036, г. Воронеж, ул. Фридриха Энгельса, д. 5, оф. 12"""

PANOV_SIG = """С уважением,
Панов Сергей Владимирович
главный инженер ООО «ЛифтАварийСервис»
ИНН 3662158890 / КПП 366201001
тел. +7 (473) 229-41-00, моб. +7 910 734-55-21"""


# ----------------------------------------------------------------- low level
SPECIALS = set(',.;:@"()<>[]\\')


def hdr(s, cs='utf-8', enc='B'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        pass
    c = Charset(cs)
    c.header_encoding = BASE64 if enc == 'B' else QP
    return Header(s, c, header_name='Subject').encode(maxlinelen=76)


def addr(person, cs='utf-8', enc='B'):
    name, email = person
    if not name:
        return email
    try:
        name.encode('ascii')
        if any(ch in SPECIALS for ch in name):
            name = '"%s"' % name
        return '%s <%s>' % (name, email)
    except UnicodeEncodeError:
        return '%s <%s>' % (hdr(name, cs, enc), email)


def body_bytes(data, cte):
    if not data.endswith(b'\n'):
        data += b'\n'
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        out = quopri.encodestring(data)
        if not out.endswith(b'\n'):
            out += b'\n'
        return out
    return data


def leaf(ctype, content, charset=None, cte='8bit', params='', extra=()):
    """A single MIME part.  content: str (encoded with charset) or bytes."""
    if isinstance(content, str):
        raw = content.encode(charset if charset else 'ascii')  # strict
    else:
        raw = content
    ct = ctype
    if charset:
        ct += '; charset=%s' % charset
    ct += params
    headers = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)]
    headers.extend(extra)
    return (headers, body_bytes(raw, cte))


def multipart(subtype, parts, params='', preamble=None, extra=()):
    boundary = '------------%s' % ''.join(RND.choice('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') for _ in range(24))
    body = b''
    if preamble:
        body += preamble.encode('ascii') + b'\n'
    for p in parts:
        body += b'--' + boundary.encode() + b'\n' + serialize(p) + b'\n'
    body += b'--' + boundary.encode() + b'--\n'
    headers = [('Content-Type', 'multipart/%s;%s boundary="%s"' % (subtype, params, boundary))]
    headers.extend(extra)
    return (headers, body)


def serialize(node):
    headers, body = node
    h = ''.join('%s: %s\n' % (k, v) for k, v in headers)
    return h.encode('ascii') + b'\n' + body


def message(top_headers, node, after=None):
    """top_headers: list of (name, value).  MIME headers of node are placed
    after them (or after header named `after`)."""
    mh, body = node
    hs = list(top_headers)
    if after:
        idx = [k for k, _ in hs].index(after) + 1
        hs = hs[:idx] + mh + hs[idx:]
    else:
        hs = hs + mh
    return (hs, body)


def raw_bytes(msg):
    return serialize(msg)


# ----------------------------------------------------------------- message ids
def mid_tb():
    return '<%s@liftavar36.ru>' % uuid.UUID(int=RND.getrandbits(128), version=4)


def mid_outlook():
    return '<%012x$%08x$%08x$@liftavar36.ru>' % (RND.getrandbits(48), RND.getrandbits(32), RND.getrandbits(32))


def mid_bat(d):
    return '<%d.%s@liftavar36.ru>' % (RND.randint(100000000, 1999999999), d.strftime('%Y%m%d%H%M%S'))


def mid_cust(d):
    return '<%s.%06d@zakazchik-omis.ru>' % (d.strftime('%Y%m%d%H%M%S'), RND.randint(0, 999999))


def mid_gw(d):
    return '<%s.%08d.sms@sms.chernozem-mobile.ru>' % (d.strftime('%Y%m%d%H%M%S'), RND.randint(0, 99999999))


def thread_index():
    return base64.b64encode(bytes(RND.getrandbits(8) for _ in range(22))).decode()


# ----------------------------------------------------------------- clients
def gateway(d, crew, text, part=None, to=CUST, cut=None, ad=0, to_name=True):
    """SMS -> e-mail gateway of the mobile operator "Черноземье Мобайл".
    Сомов's SIM uses the old "SMS в e-mail" template (cp1251, QP),
    the other crews the SMS2Mail template (KOI8-R, base64)."""
    phone = CREW[crew]
    digits = '+' + ''.join(ch for ch in phone if ch.isdigit())
    if cut:
        text = text[:cut]
    if crew == 'som':
        subj = 'Сообщение от абонента %s' % digits
        if part:
            subj += ' (%d/%d)' % part
        ads = ['Подключите опцию «SMS-безлимит» всего за 3 руб. в сутки! Набирайте *222#',
               'Новым корпоративным клиентам — 3 месяца SMS в e-mail бесплатно.',
               '«Черноземье Мобайл» — связь, которой доверяют с 2006 года.']
        footer = ('______________________________\n'
                  'Сообщение от абонента %s передано сервисом «SMS в e-mail» '
                  'оператора «Черноземье Мобайл» %s.\n'
                  'Отвечать на это письмо не нужно — ответ не будет доставлен абоненту.\n%s'
                  % (digits, d.strftime('%d.%m.%Y в %H:%M'), ads[ad % len(ads)]))
        body = text + '\n\n' + footer
        hs = [('Return-Path', '<sms2email@sms.chernozem-mobile.ru>'),
              ('Date', rfcdate(d)),
              ('From', addr(GW_B, 'windows-1251', 'Q')),
              ('To', to[1]),
              ('Subject', hdr(subj, 'windows-1251', 'Q')),
              ('Message-ID', mid_gw(d)),
              ('X-Mailer', 'SMS-Email Gateway 2.7'),
              ('X-SMS-Originator', digits),
              ('MIME-Version', '1.0')]
        return message(hs, leaf('text/plain', body, 'windows-1251', 'quoted-printable'))
    subj = 'SMS от %s' % phone
    if part:
        subj += ' (%d/%d)' % part
    ads = ['Тариф "Бригадный": 500 SMS в месяц за 250 руб. Подключение: *100*77#',
           'Мобильный интернет 30 ГБ за 390 руб./мес. Подробнее: chernozem-mobile.ru',
           '"Черноземье Мобайл" - 20 лет на связи в Воронеже!',
           'Переходите на электронный счет и получите 100 бонусных минут.']
    footer = ('--\nSMS2Mail "Черноземье Мобайл"\n'
              'Отправитель: %s, принято %s\n'
              'Ответ на это письмо не будет доставлен.\n%s'
              % (digits, d.strftime('%d.%m.%Y %H:%M:%S'), ads[ad % len(ads)]))
    body = text + '\n\n' + footer
    hs = [('Return-Path', '<sms-gate@sms.chernozem-mobile.ru>'),
          ('Message-ID', mid_gw(d)),
          ('Date', rfcdate(d)),
          ('From', addr(GW_A)),
          ('To', to[1]),
          ('Subject', hdr(subj, 'koi8-r', 'B')),
          ('MIME-Version', '1.0'),
          ('X-Mailer', 'SMS2Mail/3.2 (chernozem-mobile)'),
          ('Auto-Submitted', 'no')]
    return message(hs, leaf('text/plain', body, 'koi8-r', 'base64'))


def thunderbird(d, subject, text, sender=NAT, to=CUST, reply_to_mid=None, cte='8bit',
                node=None, cc=None):
    hs = [('Message-ID', mid_tb()),
          ('Date', rfcdate(d)),
          ('MIME-Version', '1.0'),
          ('User-Agent', 'Mozilla Thunderbird'),
          ('Content-Language', 'ru'),
          ('To', addr((CUST_TO, to[1])))]
    if cc:
        hs.append(('Cc', cc))
    hs += [('From', addr(sender)),
           ('Subject', hdr(subject))]
    if reply_to_mid:
        hs += [('In-Reply-To', reply_to_mid), ('References', reply_to_mid)]
    if node is None:
        node = leaf('text/plain', text, 'UTF-8', cte, params='; format=flowed')
    return message(hs, node)


def thebat(d, subject, text, reply_to_mid=None):
    hs = [('Date', rfcdate(d)),
          ('From', addr(DISP, 'koi8-r')),
          ('X-Mailer', 'The Bat! (v10.4.1) Professional'),
          ('Reply-To', addr(DISP, 'koi8-r')),
          ('X-Priority', '3 (Normal)'),
          ('Message-ID', mid_bat(d)),
          ('To', addr((CUST_TO, CUST[1]), 'koi8-r'))]
    if reply_to_mid:
        hs += [('In-Reply-To', reply_to_mid), ('References', reply_to_mid)]
    hs += [('Subject', hdr(subject, 'koi8-r')),
           ('MIME-Version', '1.0')]
    return message(hs, leaf('text/plain', text, 'koi8-r', '8bit'))


def html_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def outlook_html(inner):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n--></style>\n'
            '</head>\n<body lang="RU" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            + inner + '\n</div>\n</body>\n</html>')


def plain_to_outlook_html(text):
    out = []
    for line in text.split('\n'):
        if line.strip():
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % html_escape(line))
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return outlook_html('\n'.join(out))


def outlook(d, subject, text, html=None, to=CUST, reply_to_mid=None, extra=(), sender=PANOV,
            cc=None):
    if html is None:
        html = plain_to_outlook_html(text)
    node = multipart('alternative', [
        leaf('text/plain', text, 'windows-1251', 'quoted-printable'),
        leaf('text/html', html, 'windows-1251', 'quoted-printable')])
    hs = [('From', addr(sender, 'windows-1251')),
          ('To', addr((CUST_TO, to[1]), 'windows-1251'))]
    if cc:
        hs.append(('Cc', cc))
    hs += [('Subject', hdr(subject, 'windows-1251')),
           ('Date', rfcdate(d)),
           ('Message-ID', mid_outlook())]
    if reply_to_mid:
        hs += [('In-Reply-To', reply_to_mid), ('References', reply_to_mid)]
    hs += [('MIME-Version', '1.0')]
    tail = [('X-Mailer', 'Microsoft Outlook 16.0'),
            ('Thread-Index', thread_index()),
            ('Content-Language', 'ru')] + list(extra)
    mh, body = node
    return (hs + mh + tail, body)


def android(d, subject, text, reply_to_mid=None, html=True):
    if html:
        h = '<div dir="auto">%s</div>' % '<br>'.join(html_escape(x) for x in text.split('\n'))
        node = multipart('alternative', [leaf('text/plain', text, 'UTF-8', 'base64'),
                                         leaf('text/html', h, 'UTF-8', 'base64')])
    else:
        node = leaf('text/plain', text, 'UTF-8', 'base64')
    hs = [('MIME-Version', '1.0'),
          ('Date', rfcdate(d)),
          ('Message-ID', '<%s@liftavar36.ru>' % ''.join(RND.choice('0123456789abcdef') for _ in range(32)))]
    if reply_to_mid:
        hs += [('In-Reply-To', reply_to_mid), ('References', reply_to_mid)]
    hs += [('Subject', hdr(subject)),
           ('From', addr(ZHD)),
           ('To', CUST[1]),
           ('X-Mailer', 'Mail.ru Android 14.71.0.51466')]
    return message(hs, node)


# ----------------------------------------------------------------- corpus
letters = []   # (date, raw_msg, label)


def add(d, msg, expect, note, request=None, positions=None, status=None):
    lab = {'expect': expect}
    if expect == 'decided':
        lab.update({'request': request, 'positions': positions, 'status': status})
    lab['note'] = note
    letters.append((d, msg, lab))


PRIN, PUT, MESTO, UBYL = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'


def tb_forward_block(subject, d, frm, to):
    return ('-------- Пересланное сообщение --------\n'
            'Тема: \t%s\nДата: \t%s\nОт: \t%s\nКому: \t%s\n\n\n' % (subject, rfcdate(d), frm, to))


def gw_footer_a(crew, d, ad):
    digits = '+' + ''.join(ch for ch in CREW[crew] if ch.isdigit())
    ads = ['Тариф "Бригадный": 500 SMS в месяц за 250 руб. Подключение: *100*77#',
           'Мобильный интернет 30 ГБ за 390 руб./мес. Подробнее: chernozem-mobile.ru']
    return ('--\nSMS2Mail "Черноземье Мобайл"\nОтправитель: %s, принято %s\n'
            'Ответ на это письмо не будет доставлен.\n%s'
            % (digits, d.strftime('%d.%m.%Y %H:%M:%S'), ads[ad % 2]))


# 1 ---------------------------------------------------------------- newsletter
d = dt(2, 7, 30, 4)
news_txt = """Уважаемые партнёры!

В связи с праздником 4 ноября (День народного единства) офис ООО «ЛифтАварийСервис» 4 ноября не работает.
Аварийные бригады выезжают круглосуточно, без выходных. Диспетчерская: +7 (473) 229-41-09.

Новости ноября:
— в парк аварийной службы поступили две новые «Газели», время прибытия по Левому берегу сократилось до 35 минут;
— получено разрешение на работы с подъёмными платформами для инвалидов;
— обновлённый прайс на работы по договорам ТО вступит в силу с 01.01.2027 (договор № 17/2026-ТО действует без изменений до 31.12.2026).

С праздником!
Коллектив ООО «ЛифтАварийСервис»
394036, г. Воронеж, ул. Фридриха Энгельса, д. 5, оф. 12 | liftavar36.ru

Вы получили это письмо, потому что подписаны на новости ООО «ЛифтАварийСервис».
Отписаться: https://liftavar36.ru/unsubscribe?u=8f31c2"""
news_html = '<html><body style="font-family:Arial,sans-serif"><table width="600" align="center"><tr><td>' + \
    ''.join('<p>%s</p>' % html_escape(p).replace('\n', '<br>') for p in news_txt.split('\n\n')) + '</td></tr></table></body></html>'
m = message([('Date', rfcdate(d)),
             ('From', addr(NEWS)),
             ('To', CUST[1]),
             ('Subject', hdr('ЛифтАварийСервис: режим работы 3–4 ноября и новости месяца')),
             ('Message-ID', '<news-2026-11-02.%d@liftavar36.ru>' % RND.randint(10000, 99999)),
             ('MIME-Version', '1.0'),
             ('List-Id', '<news.liftavar36.ru>'),
             ('List-Unsubscribe', '<mailto:unsubscribe@liftavar36.ru?subject=unsub-8f31c2>, <https://liftavar36.ru/unsubscribe?u=8f31c2>'),
             ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
             ('Precedence', 'bulk'),
             ('X-Mailer', 'UniSender 5.2')],
            multipart('alternative', [leaf('text/plain', news_txt, 'utf-8', 'quoted-printable'),
                                      leaf('text/html', news_html, 'utf-8', 'quoted-printable')]))
add(d, m, 'ignored', 'company newsletter (bulk, List-Unsubscribe, Precedence: bulk)')

# 2 ---------------------------------------------------------------- 171204 accepted
d0 = dt(2, 8, 15, 22)
cm = mid_cust(d0)
d = dt(2, 8, 41)
txt = """Ирина, доброе утро!

Заявку приняли, отправляю бригаду Ковалёва. Он с утра на аварийке на Донбасской, как освободится — сразу к вам.

%s

02.11.2026 08:15, Гусева Ирина пишет:
> Добрый день.
> Направляем заявку № 171204: ул. Плехановская, 48.
> Поз. 1 — лифт п.1 не реагирует на вызов с этажей;
> поз. 2 — посторонний шум при движении кабины.
> Просим сообщить о принятии и времени прибытия бригады.
>
> --
> Гусева И.Г., диспетчер ОМИС, тел. +7 (473) 260-15-15
""" % NAT_SIG
add(d, thunderbird(d, 'Re: Заявка № 171204 от 02.11.2026 — Плехановская, 48', txt, reply_to_mid=cm),
    'decided', 'dispatcher confirms acceptance; plan for the crew is not a travel status', '171204', [], PRIN)

# 3
d = dt(2, 9, 7)
add(d, gateway(d, 'kov', 'zayavka 171204 vyehali s donbasskoy na plehanovskuyu, budem minut cherez 20', ad=0),
    'decided', 'SMS translit: left another site FOR this one -> on the way', '171204', [], PUT)
# 4
d = dt(2, 9, 34)
add(d, gateway(d, 'kov', '171204 na meste p1 p2 smotrim', ad=1),
    'decided', 'SMS translit: on site, p1 p2 named', '171204', ['1', '2'], MESTO)
# 5
d = dt(2, 12, 58)
add(d, gateway(d, 'kov', '171204 p1 zapustili rabotaet normalno. p2 nuzhen kontaktor, zavtra privezem', ad=2),
    'decided', 'p1 launched and working (done); p2 only a plan for tomorrow', '171204', ['1'], UBYL)
# 6 forward inline
d_sms = dt(3, 11, 2, 17)
d = dt(3, 11, 20)
sms_txt = '171204 p2 kontaktor zamenili, lift p2 v rabote. uehali 10:55'
txt = ("Ирина, добрый день!\n\nПересылаю отчёт Ковалёва: вторую позицию сделали, бригада уехала. "
       "По Плехановской, 48 оба лифта теперь в работе.\n\n%s\n\n" % NAT_SIG
       + tb_forward_block('SMS от +7 951 861-20-44', d_sms, 'SMS2Mail <sms-gate@sms.chernozem-mobile.ru>',
                          'disp@liftavar36.ru')
       + sms_txt + '\n\n' + gw_footer_a('kov', d_sms, 1) + '\n')
add(d, thunderbird(d, 'Fwd: SMS от +7 951 861-20-44', txt),
    'decided', 'Thunderbird inline forward of crew SMS: p2 done, left at 10:55', '171204', ['2'], UBYL)

# 7 ---------------------------------------------------------------- 172530
d = dt(3, 10, 35)
txt = """Ирина Геннадьевна, добрый день.

Заявку приняли в работу. Сегодня все бригады на аварийных, поэтому выезд завтра, 04.11, с 9:00 — бригада Сомова А.Н.
Прошу обеспечить доступ в машинные помещения всех четырёх подъездов.

%s

От: Гусева Ирина <dispatch@zakazchik-omis.ru>
Отправлено: 3 ноября 2026 г. 10:00
Кому: panov@liftavar36.ru
Тема: Заявка 172530 - Московский пр-т, 97 (4 лифта)

Сергей Владимирович, добрый день!
Направляем заявку № 172530: Московский пр-т, 97, поз. 1–4 (пассажирские лифты подъездов 1–4) — устранение замечаний по результатам периодического технического освидетельствования. Срок — до 06.11.2026.
Прошу подтвердить принятие и сообщить дату выезда.

Гусева И.Г., диспетчер ОМИС
тел. +7 (473) 260-15-15""" % PANOV_SIG
add(d, outlook(d, 'RE: Заявка 172530 - Московский пр-т, 97 (4 лифта)', txt, reply_to_mid=mid_cust(dt(3, 10, 0, 11))),
    'decided', 'Outlook reply (Russian header block quote): accepted, trip planned for tomorrow', '172530', [], PRIN)
# 8
d = dt(4, 7, 52)
add(d, gateway(d, 'som', '172530 выезд задерживается газель не заводится ждем вторую машину', ad=0),
    'review', 'departure delayed: negation, nothing happened yet')
# 9
d = dt(4, 9, 12)
add(d, gateway(d, 'som', 'по заявке 172530 выехали на московский 97', ad=1),
    'decided', 'left FOR the site -> on the way', '172530', [], PUT)
# 10
d = dt(4, 10, 1)
add(d, gateway(d, 'som', '172530 на месте с 9.55 ключи от машинного взяли у консьержа', ad=2),
    'decided', 'on site since 9.55, no position named', '172530', [], MESTO)
# 12 Outlook HTML table
d = dt(4, 15, 40)
rows = [('1', 'ПП-0411, рег. № 36-01872', 'отрегулированы двери шахты 1–9 эт., заменён ремень привода дверей', 'выполнено, бригада убыла 15:10'),
        ('2', 'ПП-0411, рег. № 36-01873', 'замена вызывного аппарата 5 эт.', 'выполнено, бригада убыла 15:10'),
        ('3', 'ПП-0411, рег. № 36-01874', '—', 'перенос на 05.11 (нет доступа в машинное помещение)'),
        ('4', 'ПП-0411, рег. № 36-01875', '—', 'перенос на 05.11')]
plain = ("Ирина Геннадьевна, добрый вечер.\n\nПо заявке 172530 (Московский пр-т, 97) итоги за 04.11:\n\n"
         + '\n'.join('Поз. %s | %s | %s | %s' % r for r in rows)
         + "\n\nПо поз. 3 и 4 прошу к 9:00 завтра обеспечить ключи от машинных помещений — сегодня управляющий был недоступен.\n\n"
         + PANOV_SIG)
th = 'style="border:solid windowtext 1.0pt;padding:2pt 5pt"'
table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
         '<tr><td %s><b>Поз.</b></td><td %s><b>Лифт</b></td><td %s><b>Что сделано</b></td><td %s><b>Статус</b></td></tr>' % (th, th, th, th)
         + ''.join('<tr>' + ''.join('<td %s>%s</td>' % (th, html_escape(c)) for c in r) + '</tr>' for r in rows)
         + '</table>')
html = outlook_html('<p class="MsoNormal">Ирина Геннадьевна, добрый вечер.</p><p class="MsoNormal">&nbsp;</p>'
                    '<p class="MsoNormal">По заявке 172530 (Московский пр-т, 97) итоги за 04.11:</p>' + table +
                    '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">По поз. 3 и 4 прошу к 9:00 завтра обеспечить ключи от машинных помещений — сегодня управляющий был недоступен.</p>'
                    '<p class="MsoNormal">&nbsp;</p>' + ''.join('<p class="MsoNormal">%s</p>' % html_escape(x) for x in PANOV_SIG.split('\n')))
add(d, outlook(d, '172530 - итоги за 04.11', plain, html=html),
    'decided', 'HTML table: pos 1,2 done and crew left; 3,4 only postponed (plan)', '172530', ['1', '2'], UBYL)
# 13
d = dt(5, 9, 26)
add(d, gateway(d, 'som', '172530 поз 3 и 4 опять на месте машинное открыли', ad=0),
    'decided', 'back on site for pos 3 and 4', '172530', ['3', '4'], MESTO)
# 14
d = dt(5, 16, 12)
txt = """Ирина, добрый вечер.

По Московскому пр-ту, 97: завершение работ по поз. 3 и 4 — 15:30, убытие бригады — 15:40. Замечания ПТО устранены полностью.
Акт № 1184 подпишем у управляющего завтра, скан пришлю.

%s""" % NAT_SIG
add(d, thunderbird(d, '172530 поз. 3, 4', txt, cte='quoted-printable'),
    'decided', 'nouns завершение/убытие with times; number+positions in subject', '172530', ['3', '4'], UBYL)

# 15 ---------------------------------------------------------------- 173018 night emergency
d = dt(5, 21, 53)
add(d, gateway(d, 'lap', 'ZAYAVKA 173018 PRINYAL, VYEZZHAYU. LAPIN', ad=3),
    'decided', 'accepted and setting off now -> latest is on the way', '173018', [], PUT)
d = dt(5, 22, 16)
add(d, gateway(d, 'lap', '173018 na meste. zastryavshih 2 chel, vypustil v 22:12', ad=0),
    'decided', 'on site, freed 2 people', '173018', [], MESTO)
d = dt(5, 22, 52)
t = '173018 lift p1 zapushchen, rabotaet v normalnom rezhime, ubyl 22:48. Prichina - obryv provoda DK 4 etazh'
add(d, gateway(d, 'lap', t, cut=70, ad=1),
    'decided', 'SMS cut at 70 chars mid-word, but "ubyl 22:48" is complete', '173018', ['1'], UBYL)

# 18 ---------------------------------------------------------------- 174461
d0 = dt(6, 9, 0, 41)
d = dt(6, 9, 31)
txt = """Здравствуйте, Ирина.

Вы писали 6 ноября 2026 г., 9:00:41:

ИГ> Добрый день! Заявка N 174461, ул. Хользунова, 40:
ИГ> поз. 1 - лифт п.1, стоит на 6 этаже, не открываются двери;
ИГ> поз. 2 и 3 - шум, рывки при остановке.
ИГ> Прошу подтвердить принятие.

Подтверждаю, заявку приняли. Бригада Жданова будет после обеда, точнее отпишусь.

-- 
С уважением,
Наталья Крутских
диспетчерская ЛифтАварийСервис
+7 (473) 229-41-08"""
add(d, thebat(d, 'Re: Заявка 174461 - Хользунова 40, три лифта', txt, reply_to_mid=mid_cust(d0)),
    'decided', 'The Bat! KOI8-R, initials-prefixed quote, answer under the quote: accepted', '174461', [], PRIN)
d = dt(6, 13, 22)
zmid = None
txt = 'Выдвинулись на Хользунова 40 по наряду 174461, минут через 30 будем.\n\nЖданов В.'
m19 = android(d, '174461 выдвинулись', txt)
add(d, m19, 'decided', 'smartphone mail: set off for the site', '174461', [], PUT)
d = dt(6, 14, 4)
txt = """На месте с 13:55.
Жданов

06.11.2026 13:31, Гусева Ирина пишет:
> Принято, ждём. Охрану на въезде предупредили.
>
> 06.11.2026 13:22, Жданов Виктор пишет:
>> Выдвинулись на Хользунова 40 по наряду 174461, минут через 30 будем."""
add(d, android(d, 'Re: 174461 выдвинулись', txt, reply_to_mid=mid_cust(dt(6, 13, 31, 2)), html=False),
    'decided', 'Re: subject still says "выдвинулись"; new text says on site', '174461', [], MESTO)
d = dt(6, 16, 47)
txt = ('Поз2 и поз3 готово, оба запущены, шум убрали. По поз1 сгорел частотник Vacon NXL 0016, '
       'нужен новый, заказали. Поставим как придёт.\nЖданов')
add(d, android(d, '174461', txt),
    'decided', 'pos 2,3 done; pos 1 waits for a part (plan). Model number is not a request', '174461', ['2', '3'], UBYL)

# 22 ---------------------------------------------------------------- 175007
d0 = dt(9, 8, 30, 5)
d = dt(9, 8, 56)
txt = """Ирина, доброе утро!
Заявку 175007 приняли, едет бригада Сомова.

%s

09.11.2026 08:30, Гусева Ирина пишет:
> Заявка 175007, Ленинский пр-т, 124:
> поз. 1 - не работает кнопка вызова 1 эт.,
> поз. 2 - лифт останавливается между 7 и 8 этажами.
> Срок - сегодня.""" % NAT_SIG
add(d, thunderbird(d, 'Re: Заявка 175007 (Ленинский пр-т, 124)', txt, reply_to_mid=mid_cust(d0)),
    'decided', 'accepted (top-posted reply)', '175007', [], PRIN)
d = dt(9, 10, 22)
add(d, gateway(d, 'som', '175007 едем на ленинский 124 минут 40 пробка на северном мосту', ad=1),
    'decided', 'driving now, 40 minutes away -> on the way', '175007', [], PUT)
d = dt(9, 11, 5)
add(d, gateway(d, 'som', '175007 прибыли 11.03', ad=2),
    'decided', 'arrived', '175007', [], MESTO)
d = dt(9, 13, 44)
add(d, gateway(d, 'som', '175007 С ЛЕНИНСКОГО УЕХАЛИ ПОЗ 1 И 2 РАБОТАЮТ', ad=0),
    'decided', 'caps; left FROM the site, both positions working', '175007', ['1', '2'], UBYL)

# 26 ---------------------------------------------------------------- 174461 question
d = dt(9, 15, 0)
txt = """Ирина, добрый день.

Частотник на первую позицию по 174461 пришёл, ставить поедем в среду, 11.11, с утра.
Подскажите, кто у вас даст доступ на крышу в машинное? В прошлый раз ждали охрану 40 минут.

%s""" % NAT_SIG
add(d, thunderbird(d, '174461 поз. 1 — частотник', txt),
    'review', 'plan for Wednesday + question about access; nothing happened')

# 27 ---------------------------------------------------------------- 175392
d = dt(10, 7, 26)
add(d, gateway(d, 'lap', '175392 vyehal, budu cherez 15 min. Lapin', ad=2),
    'decided', 'set off, 15 min away', '175392', [], PUT)
d_sms = dt(10, 7, 45, 9)
d = dt(10, 7, 50)
txt = ("Ирина, доброе утро. От Лапина — на месте, в кабине были люди, уже вышли.\n\n"
       + tb_forward_block('SMS от +7 903 650-11-92', d_sms, 'SMS2Mail <sms-gate@sms.chernozem-mobile.ru>', 'disp@liftavar36.ru')
       + '175392 na meste 7:44, v kabine zhenshchina s rebenkom, vypustil\n\n' + gw_footer_a('lap', d_sms, 0) + '\n\n'
       + NAT_SIG)
m28 = thunderbird(d, 'Fwd: SMS от +7 903 650-11-92', txt)
add(d, m28, 'decided', 'forwarded crew SMS: on site at 7:44', '175392', [], MESTO)
d = dt(10, 8, 37)
add(d, gateway(d, 'lap', "Zayavka 175392 lift p.1 - zakonchili, lovitel' otregulirovali, lift v rabote", cut=70, ad=3),
    'decided', 'cut at 70 chars; "zakonchili" complete -> finished', '175392', ['1'], UBYL)
d = dt(10, 9, 15)
txt = """Спасибо, Ирина! Получили, закрытие у себя тоже отметили.

%s

10.11.2026 09:02, Гусева Ирина пишет:
> Наталья, по 175392 подтверждаем: лифт работает, заявку закрываем. Спасибо за оперативность.
>
> 10.11.2026 07:50, Наталья Крутских пишет:
>> Ирина, доброе утро. От Лапина — на месте, в кабине были люди, уже вышли.""" % NAT_SIG
add(d, thunderbird(d, 'Re: 175392 - закрыта', txt, reply_to_mid=mid_cust(dt(10, 9, 2, 40))),
    'review', 'thanks/acknowledgement of the customer\'s message; status only in quote')

# 31 ---------------------------------------------------------------- invoice
d = dt(10, 11, 30)
inv_html = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">
<p>Добрый день!</p>
<p>Направляем счёт № 2311 от 10.11.2026 и акт выполненных работ № 1184 по заявке № 172530 (Московский пр-т, 97) на сумму <b>48 600,00 руб.</b> (НДС не облагается, УСН).</p>
<p>Прошу согласовать сумму, оригиналы передадим с курьером до 13.11.</p>
<p>Реквизиты: ООО «ЛифтАварийСервис», ИНН 3662158890, КПП 366201001,<br>р/с 40702810913000012345 в Центрально-Черноземном банке ПАО Сбербанк, БИК 042007681.</p>
<p>--<br>Главный бухгалтер Осипова Л.М.<br>тел. +7 (473) 229-41-03</p>
</body></html>"""
pdf = (b'%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n'
       b'trailer << /Root 1 0 R >>\n%%EOF\n')
node = multipart('mixed', [leaf('text/html', inv_html, 'UTF-8', 'base64'),
                           leaf('application/pdf', pdf, None, 'base64', params='; name="=?UTF-8?B?%s?="' % base64.b64encode('Счёт_2311.pdf'.encode()).decode(),
                                extra=[('Content-Disposition', 'attachment; filename*=UTF-8\'\'%D0%A1%D1%87%D1%91%D1%82_2311.pdf')])])
m = message([('MIME-Version', '1.0'),
             ('Date', rfcdate(d)),
             ('From', addr(BUH)),
             ('To', CUST[1]),
             ('Subject', hdr('Счёт № 2311 по заявке 172530')),
             ('Message-ID', '<%s@liftavar36.ru>' % ''.join(RND.choice('0123456789abcdef') for _ in range(32))),
             ('User-Agent', 'Roundcube Webmail/1.6.9')], node)
add(d, m, 'review', 'accounting: invoice/act, price talk, no status')

# 33 ---------------------------------------------------------------- 174461 pos1 done
d = dt(11, 11, 15)
add(d, gateway(d, 'zhd', '174461 P1 chastotnik postavili, lift rabotaet, uezzhaem', ad=1),
    'decided', 'part installed, lift works, leaving -> done for P1', '174461', ['1'], UBYL)
# 34 unknown number
d = dt(12, 8, 10)
add(d, gateway(d, 'kov', 'zayavka 174416 vyehali, budem k 8:40', ad=2),
    'review', '174416 is not in the registry (looks like a typo of 174461, which is closed)')

# 35 ---------------------------------------------------------------- 176120
d0 = dt(12, 9, 0, 3)
d = dt(12, 9, 40)
txt = """Ирина Геннадьевна,
принято к исполнению. Начнём сегодня со второй позиции (там жалоба жильцов), остальные — завтра. Срок закрытия — 14.11 включительно.

Панов С.В.

-----Original Message-----
From: dispatch@zakazchik-omis.ru [mailto:dispatch@zakazchik-omis.ru] 
Sent: Thursday, November 12, 2026 9:00 AM
To: panov@liftavar36.ru; disp@liftavar36.ru
Subject: Заявка 176120 бульвар Победы 23

Заявка № 176120, б-р Победы, 23:
поз. 1 — скрежет при движении кабины;
поз. 2 — лифт не едет выше 9 этажа, жалоба жильцов;
поз. 3 — не горит табло в кабине.
Срок выполнения — 3 рабочих дня."""
add(d, outlook(d, 'RE: Заявка 176120 бульвар Победы 23', txt, reply_to_mid=mid_cust(d0)),
    'decided', 'accepted ("принято к исполнению"); -----Original Message----- quote', '176120', [], PRIN)
d = dt(12, 10, 15)
txt = """Ирина, бригада Ковалёва выехала на б-р Победы, 23 по второй позиции.
Газель белая, о417кх 136 — предупредите, пожалуйста, охрану шлагбаума.

%s""" % NAT_SIG
add(d, thunderbird(d, '176120-2', txt),
    'decided', 'subject "176120-2"; crew left for the site; car plate is not a number', '176120', ['2'], PUT)
d = dt(12, 10, 52)
add(d, gateway(d, 'kov', '#176120 p2 na meste, p1 p3 zavtra', ad=3),
    'decided', 'on site for p2; p1 p3 tomorrow (plan)', '176120', ['2'], MESTO)
d = dt(12, 15, 14, 20)
t = 'zayavka 176120 poz 2 remont zavershen, brigada osvobodilas v 15:10. Na zavtra 9:00 poz 1 i 3 po planu. Kovalev'
add(d, gateway(d, 'kov', t[:70], part=(1, 2), ad=0),
    'decided', 'part 1/2: repair finished, crew free at 15:10', '176120', ['2'], UBYL)
d = dt(12, 15, 14, 31)
add(d, gateway(d, 'kov', t[70:].strip(), part=(2, 2), ad=0),
    'review', 'part 2/2: fragment, no request number, only a plan for tomorrow')
# 40 MDN
d = dt(12, 16, 20)
orig_mid = mid_cust(dt(12, 15, 58, 14))
mdn_txt = ("Это уведомление о прочтении сообщения, которое вы отправили на адрес natalya.krutskih@liftavar36.ru.\n\n"
           "Примечание: Это уведомление о прочтении лишь подтверждает, что сообщение было отображено на компьютере получателя. "
           "Нет никакой гарантии, что получатель прочитал или понял содержимое сообщения.")
disp_part = ("Reporting-UA: liftavar36.ru; Mozilla Thunderbird\n"
             "Final-Recipient: rfc822;natalya.krutskih@liftavar36.ru\n"
             "Original-Message-ID: %s\n"
             "Disposition: manual-action/MDN-sent-manually; displayed\n" % orig_mid)
rfc_hdrs = ("Date: %s\nFrom: %s\nTo: %s\nSubject: %s\nMessage-ID: %s\nDisposition-Notification-To: %s\n"
            % (rfcdate(dt(12, 15, 58, 14)), addr(CUST), NAT[1], hdr('Уточнение по заявке 176120'), orig_mid, CUST[1]))
node = multipart('report', [leaf('text/plain', mdn_txt, 'UTF-8', '8bit'),
                            leaf('message/disposition-notification', disp_part, None, '7bit'),
                            leaf('text/rfc822-headers', rfc_hdrs, None, '7bit')],
                 params=' report-type=disposition-notification;')
m = message([('Message-ID', mid_tb()), ('Date', rfcdate(d)), ('MIME-Version', '1.0'),
             ('User-Agent', 'Mozilla Thunderbird'), ('From', addr(NAT)), ('To', CUST[1]),
             ('Subject', hdr('Уведомление о прочтении (отображено) - Уточнение по заявке 176120')),
             ('In-Reply-To', orig_mid), ('References', orig_mid)], node)
add(d, m, 'ignored', 'read receipt (MDN) generated by Thunderbird')
d = dt(13, 9, 25)
txt = """Ирина, доброе утро.
Ковалёв отписался: прибытие 9:20, начали с первой и третьей позиции.

%s""" % NAT_SIG
add(d, thunderbird(d, '176120 (1, 3)', txt),
    'decided', 'subject "176120 (1, 3)"; arrival at 9:20', '176120', ['1', '3'], MESTO)
d = dt(13, 14, 2)
add(d, gateway(d, 'kov', '176120 p1 gotovo p3 gotovo tablo pomenyali ubyli 13:55', ad=1),
    'decided', 'p1 and p3 done, left 13:55', '176120', ['1', '3'], UBYL)
# 43 complaint
d = dt(13, 17, 45)
txt = """Ирина Геннадьевна, добрый вечер.

Сегодня от жильцов Московского пр-та, 97 пришла информация, что в кабине поз. 2 снова выбиты двери — а на прошлой неделе мы их регулировали по заявке 172530. Это вандализм, под гарантию не подпадает.
Прошу оформить отдельную заявку и, по возможности, передать управляющей компании вопрос о видеокамере в кабине.

%s""" % PANOV_SIG
add(d, outlook(d, 'Московский пр-т, 97 (172530) - вандализм', txt),
    'review', 'complaint / request for a new order, no status')

# 44 ---------------------------------------------------------------- 176845
d0 = dt(16, 11, 0, 30)
d = dt(16, 11, 25)
txt = """Здравствуйте, Ирина.

Заявку 176845 взяли. Жданов сейчас на Остужева, выезд к вам после 14:00, раньше никак.

-- 
С уважением,
Галина Ушакова
диспетчерская ЛифтАварийСервис
+7 (473) 229-41-09"""
add(d, thebat(d, 'Заявка 176845 - Ворошилова, 5', txt, reply_to_mid=mid_cust(d0)),
    'decided', 'The Bat!, KOI8-R 8bit: request taken, trip planned after 14:00', '176845', [], PRIN)
# 45 bounce
d = dt(16, 11, 40)
d_orig = dt(16, 11, 39, 51)
orig = message([('Date', rfcdate(d_orig)), ('From', addr(CUST)), ('To', 'natalia.krutskih@liftavar36.ru'),
                ('Subject', hdr('Ворошилова 5 - 176845, доступ')), ('Message-ID', mid_cust(d_orig)),
                ('MIME-Version', '1.0')],
               leaf('text/plain', 'Наталья, по 176845 доступ в машинное через ТСЖ, тел. председателя 8-920-211-35-90.\n'
                    'Прошу сообщить, когда бригада будет на месте.\n\nГусева И.Г.', 'UTF-8', 'base64'))
bounce_txt = """This is the mail system at host mx.liftavar36.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<natalia.krutskih@liftavar36.ru>: host mx.liftavar36.ru[local] said: 550 5.1.1
    <natalia.krutskih@liftavar36.ru>: Recipient address rejected: User unknown
    in virtual mailbox table"""
dsn = """Reporting-MTA: dns; mx.liftavar36.ru
X-Postfix-Queue-ID: 3F1A2C0123
X-Postfix-Sender: rfc822; dispatch@zakazchik-omis.ru
Arrival-Date: %s

Final-Recipient: rfc822; natalia.krutskih@liftavar36.ru
Original-Recipient: rfc822;natalia.krutskih@liftavar36.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <natalia.krutskih@liftavar36.ru>: Recipient
    address rejected: User unknown in virtual mailbox table""" % rfcdate(d_orig)
node = multipart('report', [leaf('text/plain', bounce_txt, 'us-ascii', '7bit', extra=[('Content-Description', 'Notification')]),
                            leaf('message/delivery-status', dsn, None, '7bit', extra=[('Content-Description', 'Delivery report')]),
                            (([('Content-Type', 'message/rfc822'), ('Content-Description', 'Undelivered Message')]),
                             serialize(orig))],
                 params=' report-type=delivery-status;', preamble='This is a MIME-encapsulated message.')
m = message([('Return-Path', '<>'), ('Date', rfcdate(d)), ('From', addr(DAEMON)),
             ('Subject', 'Undelivered Mail Returned to Sender'),
             ('To', CUST[1]), ('Auto-Submitted', 'auto-replied'), ('MIME-Version', '1.0'),
             ('Message-Id', '<20261116084012.3F1A2C0123@mx.liftavar36.ru>')], node)
add(d, m, 'ignored', 'bounce (Postfix DSN) for the customer\'s mail to a misspelt address')
d = dt(16, 14, 10)
add(d, gateway(d, 'zhd', '176845 edem', ad=2),
    'decided', '"edem" = driving there now', '176845', [], PUT)
d = dt(16, 14, 48)
add(d, gateway(d, 'zhd', 'ворошилова 5 на месте ждем председателя тсж', ad=3),
    'review', 'address only, no request number')
d = dt(16, 16, 5)
add(d, android(d, '176845 поз.3', 'Поз.3 запустили, концевик заменили.\nЖданов', html=False),
    'review', 'request 176845 has only positions 1 and 2; position 3 does not exist')
d = dt(16, 17, 35)
txt = 'Оба лифта запущены, уехали в 17:10. Акт подписала председатель ТСЖ Мезенцева, тел. 8-903-651-27-40.\nЖданов'
add(d, android(d, 'Re: Заявка 176845 - Ворошилова, 5', txt),
    'decided', 'number only in the Re: subject; both lifts = whole request; left 17:10', '176845', [], UBYL)

# 50 ---------------------------------------------------------------- 177203
d = dt(17, 8, 32)
txt = """Ирина Геннадьевна, доброе утро.

По обращению 177203 — принято, бригада Сомова будет до 11:00.
Сразу предупреждаю: эскалаторы ТЦ — не наше оборудование, работаем только по лифтам (пассажирский и грузовой).

%s""" % PANOV_SIG
add(d, outlook(d, 'ТЦ Арсенал, Героев Сибиряков 65 (177203)', txt),
    'decided', 'number in brackets after the address; accepted', '177203', [], PRIN)
d = dt(17, 10, 45, 2)
t = 'заявка 177203 тц арсенал грузовой поз 2 прибыли в 10.40 течь масла из редуктора лебедки меняем сальник до вечера'
add(d, gateway(d, 'som', t[:70], part=(1, 2), ad=1),
    'decided', 'part 1/2: arrived at 10.40 for pos 2', '177203', ['2'], MESTO)
d = dt(17, 10, 45, 9)
add(d, gateway(d, 'som', t[70:], part=(2, 2), ad=1),
    'review', 'part 2/2: fragment without request number ("...меняем сальник до вечера")')
d = dt(17, 16, 30)
tbl_html = """<html>
  <head>
    <meta http-equiv="content-type" content="text/html; charset=UTF-8">
  </head>
  <body>
    <p>Ирина, добрый день.</p>
    <p>Состояние по заявке 177203 (ТЦ «Арсенал») на 16:30:</p>
    <table border="1" cellpadding="4" cellspacing="0">
      <tbody>
        <tr><th>Позиция</th><th>Оборудование</th><th>Состояние</th></tr>
        <tr><td>1</td><td>пассажирский лифт, 1000 кг</td><td>работы выполнены, бригада ушла в 15:00</td></tr>
        <tr><td>2</td><td>грузовой лифт, 2000 кг</td><td>в работе, бригада на месте (замена сальника редуктора)</td></tr>
      </tbody>
    </table>
    <p><br></p>
    <div class="moz-signature">-- <br>Наталья Крутских<br>диспетчер ООО «ЛифтАварийСервис»<br>тел. +7 (473) 229-41-08</div>
  </body>
</html>"""
add(d, thunderbird(d, 'Заявка 177203 — ТЦ Арсенал, состояние на 16:30', None,
                   node=leaf('text/html', tbl_html, 'UTF-8', 'quoted-printable')),
    'review', 'HTML-only table with different statuses per position (1 left, 2 on site)')
d_sms = dt(17, 15, 2, 44)
d = dt(17, 17, 10)
txt = """Ирина Геннадьевна, пересылаю отчёт бригады по пассажирскому лифту ТЦ.

Панов С.В.

________________________________
От: Черноземье Мобайл <sms2email@sms.chernozem-mobile.ru>
Отправлено: 17 ноября 2026 г. 15:02
Кому: panov@liftavar36.ru
Тема: Сообщение от абонента +79204157703

177203 пассажирский поз 1 двери отрегулировали датчик заменили убыли 15.00

______________________________
Сообщение от абонента +79204157703 передано сервисом «SMS в e-mail» оператора «Черноземье Мобайл» 17.11.2026 в 15:02.
Отвечать на это письмо не нужно — ответ не будет доставлен абоненту."""
add(d, outlook(d, 'FW: Сообщение от абонента +79204157703', txt),
    'decided', 'Outlook forward of crew SMS: pos 1 done, left 15.00', '177203', ['1'], UBYL)
# 55 operator advertising
d = dt(18, 9, 0, 12)
ad_txt = """Уважаемый клиент!

Сервис SMS2Mail «Черноземье Мобайл» стал ещё удобнее:
• SMS с фото (MMS) теперь тоже приходят на e-mail;
• до 10 адресов получателей на один номер;
• корпоративный тариф «Бригадный» — 500 SMS за 250 руб. в месяц.

Подключение: *100*77# или в личном кабинете lk.chernozem-mobile.ru.

Вы получили это письмо, так как ваш адрес указан получателем в сервисе SMS2Mail.
Отказаться от рассылки: https://chernozem-mobile.ru/unsub?e=dispatch%40zakazchik-omis.ru"""
ad_html = '<html><body><div style="max-width:600px">' + ''.join('<p>%s</p>' % html_escape(p).replace('\n', '<br>') for p in ad_txt.split('\n\n')) + '</div></body></html>'
m = message([('Date', rfcdate(d)), ('From', addr(GW_ADS)), ('To', CUST[1]),
             ('Subject', hdr('SMS2Mail: теперь и фото с объектов прямо на почту')),
             ('Message-ID', '<promo-20261118-%d@sms.chernozem-mobile.ru>' % RND.randint(100000, 999999)),
             ('MIME-Version', '1.0'), ('Precedence', 'bulk'),
             ('List-Unsubscribe', '<https://chernozem-mobile.ru/unsub?e=dispatch%40zakazchik-omis.ru>'),
             ('X-Campaign-Id', 'sms2mail-nov26')],
            multipart('alternative', [leaf('text/plain', ad_txt, 'utf-8', 'base64'),
                                      leaf('text/html', ad_html, 'utf-8', 'base64')]))
add(d, m, 'ignored', 'operator advertising mailing (bulk)')
d = dt(18, 12, 40)
add(d, gateway(d, 'som', '177203 поз2 грузовой запустили убыли 12.30 сальник 45х65х8 поменяли', ad=2),
    'decided', 'pos 2 launched, left 12.30; seal size is not a number of interest', '177203', ['2'], UBYL)

# 57 ---------------------------------------------------------------- 178056
d = dt(19, 18, 42)
add(d, gateway(d, 'lap', '178056 prinyato, vyezd cherez chas, seychas na Ostuzheva 7', ad=0),
    'decided', 'accepted; trip only planned ("vyezd cherez chas")', '178056', [], PRIN)
d0 = dt(19, 19, 20, 7)
cmid = mid_cust(d0)
d = dt(19, 19, 21)
ar_txt = """Здравствуйте!

Я в командировке до 22.11.2026 включительно, доступ к почте ограничен.
По срочным вопросам — диспетчерская: +7 (473) 229-41-09, disp@liftavar36.ru.

Панов С.В."""
m = outlook(d, 'Автоматический ответ: 178056 Лизюкова 61 — когда будете?', ar_txt, reply_to_mid=cmid,
            extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])
add(d, m, 'ignored', 'Outlook out-of-office auto-reply')
d = dt(19, 19, 34)
txt = """Ирина, Лапин ещё не выехал — заканчивает на Остужева, 7, там тоже застревание. Как тронется — сразу напишу.

%s

19.11.2026 19:20, Гусева Ирина пишет:
> Наталья, по 178056 жильцы звонят, в кабине никого нет, но лифт стоит. Когда будете?""" % NAT_SIG
add(d, thunderbird(d, 'Re: 178056 Лизюкова 61 — когда будете?', txt, reply_to_mid=cmid, cc=PANOV[1]),
    'review', 'negation: crew has NOT left yet')
d = dt(19, 20, 18)
add(d, gateway(d, 'lap', '178056 NA MESTE 20:15', ad=1),
    'decided', 'on site 20:15', '178056', [], MESTO)
d = dt(19, 20, 41)
add(d, gateway(d, 'lap', '178056 kto dast klyuch ot mashinnogo? starshaya po domu ne beret trubku', ad=2),
    'review', 'question about keys, no new status')
# 62 forward as attachment
d_sms = dt(19, 21, 44, 30)
inner = gateway(d_sms, 'lap', '178056 ubyli v 21:40, lift rabotaet. prichina - obryv tsepi bezopasnosti, DK shahty 3 etazh',
                to=DISP, ad=3)
d = dt(19, 21, 55)
node = multipart('mixed', [leaf('text/plain', 'Ирина, добрый вечер. Отчёт Лапина по Лизюкова во вложении.\n\n' + NAT_SIG,
                                'UTF-8', '8bit', params='; format=flowed'),
                           (([('Content-Type', 'message/rfc822; name="SMS_+7_903_650-11-92.eml"'),
                              ('Content-Disposition', 'attachment; filename="SMS_+7_903_650-11-92.eml"')]),
                            serialize(inner))],
                 preamble='This is a multi-part message in MIME format.')
add(d, thunderbird(d, 'Fwd: SMS от +7 903 650-11-92', None, node=node),
    'decided', 'forward as attachment (message/rfc822): crew left at 21:40, lift works', '178056', [], UBYL)
# 63 calendar reply
d = dt(20, 10, 0, 31)
ics = """BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REPLY
BEGIN:VTIMEZONE
TZID:Europe/Moscow
BEGIN:STANDARD
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
TZNAME:MSK
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
CREATED:20261119T142210Z
LAST-MODIFIED:20261120T070031Z
DTSTAMP:20261120T070031Z
UID:5b0e1c2a-6f0d-4a7e-9c41-2f8e7d31a0c4@zakazchik-omis.ru
SUMMARY:Совещание ОМИС с подрядчиками (итоги ноября)
ORGANIZER;CN=Гусева Ирина:mailto:dispatch@zakazchik-omis.ru
ATTENDEE;CN=Наталья Крутских;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:
 natalya.krutskih@liftavar36.ru
DTSTART;TZID=Europe/Moscow:20261127T100000
DTEND;TZID=Europe/Moscow:20261127T110000
LOCATION:ул. Кольцовская\\, 35\\, каб. 214
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
node = multipart('mixed', [
    multipart('alternative', [
        leaf('text/plain', 'Наталья Крутских <natalya.krutskih@liftavar36.ru> приняла ваше приглашение.', 'UTF-8', '8bit'),
        leaf('text/calendar', ics, 'UTF-8', '8bit', params='; method=REPLY')]),
    leaf('application/ics', ics.encode('utf-8'), None, 'base64', params='; name="invite.ics"',
         extra=[('Content-Disposition', 'attachment; filename="invite.ics"')])])
m = message([('Message-ID', mid_tb()), ('Date', rfcdate(d)), ('MIME-Version', '1.0'),
             ('User-Agent', 'Mozilla Thunderbird'), ('From', addr(NAT)), ('To', CUST[1]),
             ('Subject', hdr('Принято: Совещание ОМИС с подрядчиками (итоги ноября) @ пт 27 нояб. 2026 10:00 - 11:00 (MSK)'))],
            node)
add(d, m, 'ignored', 'calendar meeting response (METHOD:REPLY) generated by Thunderbird')

# 64 ---------------------------------------------------------------- 178914
d0 = dt(23, 8, 0, 18)
d = dt(23, 8, 20)
txt = """23.11.2026 08:00, Гусева Ирина пишет:
> Заявка 178914, поликлиника, ул. Минская, 43:
> поз. 1, 2 — пассажирские лифты корп. А, застревания;
> поз. 3, 4 — корп. Б, проверка после отключения электроэнергии.
> Прошу прибыть до 12:00.

Ирина, доброе утро! Приняли, отправляю две бригады — Сомова и Ковалёва. Выезд около девяти.

%s""" % NAT_SIG
add(d, thunderbird(d, 'Re: 178914', txt, reply_to_mid=mid_cust(d0)),
    'decided', 'bottom-posted under quote; "прибыть" is in the customer\'s quote; accepted', '178914', [], PRIN)
d = dt(23, 9, 5)
txt = """Ирина Геннадьевна, доброе утро.

По заявке 178914 бригады выехали на Минскую, 43:
— Сомов А.Н. — поз. 1, 2 (корп. А);
— Ковалёв Д.С. — поз. 3, 4 (корп. Б).
Ориентировочно будут к 9:40.

%s""" % PANOV_SIG
add(d, outlook(d, '178914 поликлиника Минская 43 - выезд', txt),
    'decided', 'both crews left for the site; all four positions named', '178914', ['1', '2', '3', '4'], PUT)
d = dt(23, 9, 45)
# Latin look-alike letters (c, e) inside Cyrillic "месте"
add(d, gateway(d, 'som', '178914 поз1 поз2 на м' + 'ec' + 'те', ad=0),
    'decided', 'on site; "мecте" contains Latin e and c', '178914', ['1', '2'], MESTO)
d = dt(23, 9, 52)
add(d, gateway(d, 'kov', '178914 P3,P4 na meste', ad=0),
    'decided', 'on site for P3,P4', '178914', ['3', '4'], MESTO)
d = dt(23, 13, 10)
add(d, gateway(d, 'som', '178914 поз 1 закончили поз 2 после обеда ждем запчасть', ad=1),
    'decided', 'pos 1 finished; pos 2 only a plan', '178914', ['1'], UBYL)
d = dt(24, 16, 35)
add(d, gateway(d, 'kov', '178914 p3 gotovo, edem na 179330', ad=1),
    'review', 'two different requests in one SMS')
# 70 ---------------------------------------------------------------- 179330
d = dt(24, 16, 58)
add(d, gateway(d, 'kov', '179330 v puti, budem 17:15', ad=2),
    'decided', 'on the way', '179330', [], PUT)
d = dt(24, 17, 20)
add(d, gateway(d, 'kov', '179330 na meste, oba lifta stoyat, pitanie est', ad=3),
    'decided', 'on site', '179330', [], MESTO)
# 72 gateway non-delivery of the customer's reply
d = dt(24, 17, 46)
nd_txt = """Ваше письмо не может быть доставлено.

Сервис SMS2Mail "Черноземье Мобайл" не передает ответы на SMS-сообщения абонентам.
Чтобы связаться с абонентом +79518612044, позвоните ему или отправьте SMS.

Это сообщение сформировано автоматически, отвечать на него не нужно.

----- Текст вашего письма -----
> Ковалев, какой прогноз по 179330? Жильцы спрашивают.
> Гусева И.Г."""
m = message([('Return-Path', '<>'), ('Message-ID', mid_gw(d)), ('Date', rfcdate(d)), ('From', addr(GW_A)),
             ('To', CUST[1]), ('Subject', hdr('Ответ не доставлен: Re: SMS от +7 951 861-20-44', 'koi8-r')),
             ('Auto-Submitted', 'auto-replied'), ('MIME-Version', '1.0'), ('X-Mailer', 'SMS2Mail/3.2 (chernozem-mobile)')],
            leaf('text/plain', nd_txt, 'koi8-r', 'base64'))
add(d, m, 'ignored', 'gateway automatic non-delivery notice for the customer\'s reply to an SMS')
d = dt(24, 18, 5)
txt = """Ирина, добрый вечер.

По заявке 178914 (поликлиника, Минская, 43) работы по всем четырём позициям завершены, бригады уехали. Акт подписала завхоз поликлиники Смирнова Т.П.

%s""" % NAT_SIG
add(d, thunderbird(d, 'Заявка 178914 — завершение', txt, cte='quoted-printable'),
    'decided', 'all four positions finished, crews left -> whole request', '178914', [], UBYL)
d0 = dt(25, 9, 40, 12)
d = dt(25, 10, 10)
txt = """Ирина, доброе утро.

По первой позиции лифт запустили вчера в 19:30, бригада уехала. По второй ждём плату управления УЛ-2 с завода, ориентировочно 27.11, как придёт — сразу поставим.

%s

25.11.2026 09:40, Гусева Ирина пишет:
> Наталья, добрый день. Что по Среднемосковской, 8? Жильцы жалуются, второй лифт стоит.
> Прошу сроки по обеим позициям.""" % NAT_SIG
add(d, thunderbird(d, 'Re: 179330 Среднемосковская 8 - сроки?', txt, reply_to_mid=mid_cust(d0)),
    'decided', 'pos 1 launched and crew left; pos 2 plan (part expected 27.11)', '179330', ['1'], UBYL)
d = dt(27, 14, 30)
add(d, gateway(d, 'kov', '179330 poz 2 plata ustanovlena, lift v rabote. Ubyli 14:20', ad=0),
    'decided', 'pos 2 board installed, left 14:20', '179330', ['2'], UBYL)


# ----------------------------------------------------------------- registry
registry = {
    'contractor': {
        'name': 'ООО «ЛифтАварийСервис»',
        'emails': [NAT[1], DISP[1], PANOV[1], ZHD[1], BUH[1], NEWS[1], DAEMON[1],
                   GW_A[1], GW_B[1], GW_ADS[1]],
        'domains': ['liftavar36.ru'],
    },
    'requests': [
        {'number': '171204', 'positions': ['1', '2'], 'registered_at': '2026-11-02T08:15:00+03:00',
         'comment': 'ул. Плехановская, 48: поз.1 — лифт п.1 не реагирует на вызов; поз.2 — шум при движении'},
        {'number': '172530', 'positions': ['1', '2', '3', '4'], 'registered_at': '2026-11-03T10:00:00+03:00',
         'comment': 'Московский пр-т, 97: замечания ПТО по четырём пассажирским лифтам (подъезды 1–4)'},
        {'number': '173018', 'positions': ['1'], 'registered_at': '2026-11-05T21:40:00+03:00',
         'comment': 'ул. Кольцовская, 24: застревание людей в кабине (аварийная)'},
        {'number': '174461', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-06T09:00:00+03:00',
         'comment': 'ул. Хользунова, 40: поз.1 — не открываются двери; поз.2, 3 — шум, рывки'},
        {'number': '175007', 'positions': ['1', '2'], 'registered_at': '2026-11-09T08:30:00+03:00',
         'comment': 'Ленинский пр-т, 124: поз.1 — кнопка вызова; поз.2 — остановка между этажами'},
        {'number': '175392', 'positions': ['1'], 'registered_at': '2026-11-10T07:10:00+03:00',
         'comment': 'ул. 20-летия Октября, 90: застревание (аварийная)'},
        {'number': '176120', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-12T09:00:00+03:00',
         'comment': 'б-р Победы, 23: поз.1 — скрежет; поз.2 — не едет выше 9 эт.; поз.3 — табло'},
        {'number': '176845', 'positions': ['1', '2'], 'registered_at': '2026-11-16T11:00:00+03:00',
         'comment': 'ул. Ворошилова, 5 (ТСЖ): два пассажирских лифта'},
        {'number': '177203', 'positions': ['1', '2'], 'registered_at': '2026-11-17T08:00:00+03:00',
         'comment': 'ТЦ «Арсенал», ул. Героев Сибиряков, 65: поз.1 — пассажирский, поз.2 — грузовой'},
        {'number': '178056', 'positions': ['1'], 'registered_at': '2026-11-19T18:20:00+03:00',
         'comment': 'ул. Лизюкова, 61: лифт стоит (аварийная, вечер)'},
        {'number': '178914', 'positions': ['1', '2', '3', '4'], 'registered_at': '2026-11-23T08:00:00+03:00',
         'comment': 'поликлиника, ул. Минская, 43: поз.1, 2 — корп. А; поз.3, 4 — корп. Б'},
        {'number': '179330', 'positions': ['1', '2'], 'registered_at': '2026-11-24T16:00:00+03:00',
         'comment': 'ул. Среднемосковская, 8: оба лифта стоят'},
    ],
}


def main():
    os.makedirs(LETTERS, exist_ok=True)
    for f in os.listdir(LETTERS):
        if f.endswith('.eml'):
            os.remove(os.path.join(LETTERS, f))
    items = sorted(letters, key=lambda x: x[0])
    labels = {}
    for i, (d, msg, lab) in enumerate(items, 1):
        name = '%03d.eml' % i
        data = raw_bytes(msg).replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        with open(os.path.join(LETTERS, name), 'wb') as fh:
            fh.write(data)
        labels[name] = lab
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, 'registry.json'), 'w', encoding='utf-8') as fh:
        json.dump(registry, fh, ensure_ascii=False, indent=1)
    print('written', len(items), 'letters')


if __name__ == '__main__':
    main()
