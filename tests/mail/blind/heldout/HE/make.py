# -*- coding: utf-8 -*-
"""Generator for the Gladyshev family glazing business test letters.
Writes registry.json, letters/NNN.eml, labels.json next to this script.
Standard library only."""
import base64, json, os, quopri, random
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, 'letters')
os.makedirs(LET, exist_ok=True)
random.seed(478)

YEKT = timezone(timedelta(hours=5))
DISPATCH = 'dispatch@zakazchik-omis.ru'
DISP_NAME = 'Диспетчерская ОМИС'

NINA = ('Нина Гладышева', 'gladysheva.nina63@pochtovik-ural.ru')
NINA2 = ('Гладышевы Окна', 'glad.okna@pochtovik-ural.ru')
SASHA = ('Александр Гладышев', 'sasha@gladyshev-okna.ru')
DAEMON = ('Mail Delivery System', 'MAILER-DAEMON@gladyshev-okna.ru')
NEWS = ('Окна Гладышевых', 'novosti@gladyshev-okna.ru')

REGISTRY = {
    "contractor": {
        "name": "ИП Гладышев Сергей Петрович (окна, балконы, остекление)",
        "emails": [NINA[1], NINA2[1], SASHA[1], DAEMON[1], NEWS[1]],
        "domains": ["gladyshev-okna.ru"],
    },
    "requests": [
        {"number": "478113", "positions": ["1", "2"], "registered_at": "2026-11-02T09:15:00+03:00",
         "comment": "ул. Заводская 8 кв. 3: 1 - замена стеклопакета на кухне, 2 - регулировка балконной двери"},
        {"number": "478206", "positions": ["1", "2", "3"], "registered_at": "2026-11-03T10:00:00+03:00",
         "comment": "пр. Мира 41 подъезд 2, окна лестничных клеток: 1 - 2 этаж, 2 - 3 этаж, 3 - 4 этаж"},
        {"number": "478251", "positions": ["1"], "registered_at": "2026-11-04T11:00:00+03:00",
         "comment": "ул. Гагарина 17 кв. 44, остекление балкона"},
        {"number": "478339", "positions": ["1", "2"], "registered_at": "2026-11-05T12:00:00+03:00",
         "comment": "ул. Кирова 5: 1 - кв. 12 окно в спальне, 2 - кв. 27 балконный блок"},
        {"number": "478407", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-09T10:00:00+03:00",
         "comment": "ул. Школьная 22 (общежитие), окна в коридорах: 1-4 по этажам"},
        {"number": "478468", "positions": ["1"], "registered_at": "2026-11-10T09:00:00+03:00",
         "comment": "ул. Садовая 3 кв. 9, подоконник и откосы"},
        {"number": "478522", "positions": ["1", "2"], "registered_at": "2026-11-11T14:00:00+03:00",
         "comment": "ул. Строителей 30, герметизация межпанельных швов у окон: 1 - кв. 61, 2 - кв. 65"},
        {"number": "478590", "positions": ["1", "2", "3"], "registered_at": "2026-11-13T10:00:00+03:00",
         "comment": "ул. Ленина 52, замена окон: 1 - кв. 7, 2 - кв. 8, 3 - кв. 15"},
        {"number": "478634", "positions": ["1"], "registered_at": "2026-11-16T11:00:00+03:00",
         "comment": "ул. Победы 9 подъезд 1, окно на площадке 5 этажа"},
        {"number": "478771", "positions": ["1", "2"], "registered_at": "2026-11-18T09:30:00+03:00",
         "comment": "ул. Мичурина 11 кв. 33: 1 - остекление балкона, 2 - москитная сетка"},
        {"number": "478815", "positions": ["1", "2", "3"], "registered_at": "2026-11-20T10:00:00+03:00",
         "comment": "детский сад, ул. Заречная 4: окна в группе, 1-3"},
        {"number": "478902", "positions": ["1", "2"], "registered_at": "2026-11-23T09:00:00+03:00",
         "comment": "ул. Лесная 18 кв. 50: 1 - окно в зале, 2 - балконная дверь"},
    ],
}

# ---------------------------------------------------------------- helpers

def hdr(s, cs):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(p, cs):
    return formataddr(p, charset=cs)


def enc_body(text, cs, cte):
    raw = text.encode(cs)
    if cte == 'base64':
        return base64.encodebytes(raw.replace(b'\n', b'\r\n')).replace(b'\n', b'\r\n')
    if cte == 'quoted-printable':
        return quopri.encodestring(raw).replace(b'\n', b'\r\n')
    return raw.replace(b'\n', b'\r\n')


def leaf(text, cs='windows-1251', cte='8bit', subtype='plain', extra_ct=''):
    return ('leaf', subtype, text, cs, cte, extra_ct)


def multi(subtype, parts, extra=''):
    return ('multi', subtype, parts, extra)


def rawpart(ct, body, cte='7bit'):
    return ('raw', ct, body, cte)


_bcount = [0]


def ser(node):
    """returns (header_lines list[str], body bytes)"""
    if node[0] == 'leaf':
        _, sub, text, cs, cte, extra = node
        h = ['Content-Type: text/%s; charset="%s"%s' % (sub, cs, extra),
             'Content-Transfer-Encoding: %s' % cte]
        return h, enc_body(text, cs, cte)
    if node[0] == 'raw':
        _, ct, body, cte = node
        h = ['Content-Type: ' + ct, 'Content-Transfer-Encoding: ' + cte]
        if isinstance(body, str):
            body = body.replace('\n', '\r\n').encode('utf-8')
        return h, body
    _, sub, parts, extra = node
    _bcount[0] += 1
    b = '----=_NextPart_%03d_%08X' % (_bcount[0], random.getrandbits(32))
    h = ['Content-Type: multipart/%s;%s\r\n\tboundary="%s"' % (sub, extra, b)]
    out = b'This is a multi-part message in MIME format.\r\n'
    for p in parts:
        ph, pb = ser(p)
        out += b'\r\n--' + b.encode() + b'\r\n' + '\r\n'.join(ph).encode() + b'\r\n\r\n' + pb
        if not pb.endswith(b'\r\n'):
            out += b'\r\n'
    out += b'\r\n--' + b.encode() + b'--\r\n'
    return h, out


LETTERS = []
LABELS = {}
MSGIDS = {}


def dt(day, hh, mm):
    return datetime(2026, 11, day, hh, mm, random.randint(0, 59), tzinfo=YEKT)


def L(frm, when, subject, body, label, cs='windows-1251', cte=None, mailer=None,
      reply_to_key=None, key=None, extra=(), to=DISPATCH):
    n = len(LETTERS) + 1
    name = '%03d.eml' % n
    if cte is None:
        cte = random.choice(['8bit', 'base64', 'quoted-printable']) if cs != 'us-ascii' else '7bit'
    if isinstance(body, str):
        node = leaf(body, cs, cte)
    else:
        node = body
    host = frm[1].split('@')[1]
    mid = '<%s.%d%04d@%s>' % (when.strftime('%Y%m%d%H%M%S'), n, random.randint(1000, 9999), host)
    if key:
        MSGIDS[key] = mid
    hcs = cs if cs not in ('us-ascii',) else 'utf-8'
    lines = [
        'Message-ID: ' + mid,
        'Date: ' + format_datetime(when),
        'From: ' + addr(frm, hcs),
        'To: ' + (to if '@' in to and '<' in to else to),
        'Subject: ' + hdr(subject, hcs),
        'MIME-Version: 1.0',
    ]
    if reply_to_key and reply_to_key in MSGIDS:
        lines.append('In-Reply-To: ' + MSGIDS[reply_to_key])
        lines.append('References: ' + MSGIDS[reply_to_key])
    if mailer:
        lines.append('X-Mailer: ' + mailer)
    lines += list(extra)
    ph, pb = ser(node)
    data = ('\r\n'.join(lines + ph) + '\r\n\r\n').encode('ascii') + pb
    LETTERS.append((name, data))
    LABELS[name] = label


def D(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, OFF = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'
OE = 'Microsoft Outlook Express 6.00.2900.5931'
TB = 'The Bat! (v3.99.3) Home'
PH = None  # phone client: no X-Mailer

# ---------------------------------------------------------------- letters
# ---- 478113 (Заводская 8)
L(NINA, dt(2, 12, 40), 'заявка 478113',
  'Здравствуйте. Это Гладышевы окна\n'
  'Муж просил передать заявку 478113 приняли, по Заводской завтра с утра поедут если машина заведется\n'
  'Нина\n',
  D('478113', [], ACC, 'приняли; plan for tomorrow is extra'), mailer=OE, key='113a')

L(NINA, dt(3, 9, 5), 'Re: заявка 478113',
  'Саша говорит они уже выехали на Заводскую 8 будут минут через сорок и по первой и по второй позиции сразу '
  'там же одна квартира\n',
  D('478113', ['1', '2'], WAY, 'выехали, будут через 40 мин; both positions named'), mailer=OE,
  reply_to_key='113a', key='113b')

L(SASHA, dt(3, 10, 22), '478113 п1 п2',
  'На месте. Заводская 8 кв 3\n\nОтправлено с мобильного\n',
  D('478113', ['1', '2'], ON, 'subject names п1 п2, body: на месте; кв 3 is apartment'), cs='utf-8', cte='8bit')

L(NINA, dt(3, 17, 10), 'Re: Re: заявка 478113',
  'Добрый вечер извините что поздно пишу весь день на ногах внуков из садика забирала. по первой позиции '
  'стеклопакет поменяли всё закрывается, по второй дверь отрегулировали тоже готово ребята уехали домой\n'
  'Нина\n\n'
  '----- Original Message -----\n'
  'From: "Нина Гладышева" <gladysheva.nina63@pochtovik-ural.ru>\n'
  'To: <dispatch@zakazchik-omis.ru>\n'
  'Sent: Tuesday, November 03, 2026 9:05 AM\n'
  'Subject: Re: заявка 478113\n\n'
  '> Саша говорит они уже выехали на Заводскую 8 будут минут через сорок и по первой и по второй позиции сразу\n'
  '> там же одна квартира\n',
  D('478113', ['1', '2'], OFF, 'both done and left; quoted old "выехали" ignored'), mailer=OE,
  reply_to_key='113b')

# ---- 478206 (Мира 41)
L(NINA, dt(3, 14, 30), 'Принята заявка N 478206',
  'Здравствуйте\nзаявку N478206 на Мира 41 получили муж посмотрел берём в работу, замер в четверг утром\n'
  'С уважением Гладышевы\n',
  D('478206', [], ACC, 'берём в работу'), cs='koi8-r', cte='8bit', mailer=OE)

L(NINA, dt(5, 8, 50), 'наряд 478206',
  'Доброе утро по наряду 478206 Сергей Петрович с Сашей поехали на Мира сейчас в дороге пробки на объездной '
  'стоят\nтел. для связи 8-912-604-33-17 Сергей Петрович\n',
  D('478206', [], WAY, 'поехали, сейчас в дороге; phone is not a number of interest'), mailer=OE, key='206a')

html_206 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
            '<body><div><font face="Arial" size="2">Здравствуйте по 478206 Мира 41 вот как сейчас</font></div>'
            '<table border="1" cellspacing="0" cellpadding="3">'
            '<tr><td><b>Позиция</b></td><td><b>этаж</b></td><td><b>что</b></td><td><b>время</b></td></tr>'
            '<tr><td>1</td><td>2 эт</td><td>на месте работают</td><td>09:40</td></tr>'
            '<tr><td>2</td><td>3 эт</td><td>на месте работают</td><td>09:40</td></tr>'
            '<tr><td>3</td><td>4 эт</td><td>завтра, стекло не привезли</td><td></td></tr>'
            '</table><div><font face="Arial" size="2">Нина</font></div></body></html>')
plain_206 = ('Здравствуйте по 478206 Мира 41 вот как сейчас\n\n'
             'Позиция  этаж  что  время\n1  2 эт  на месте работают  09:40\n2  3 эт  на месте работают  09:40\n'
             '3  4 эт  завтра, стекло не привезли\n\nНина\n')
L(NINA, dt(5, 9, 48), 'Re: наряд 478206',
  multi('alternative', [leaf(plain_206, 'windows-1251', 'quoted-printable'),
                        leaf(html_206, 'windows-1251', 'quoted-printable', 'html')]),
  D('478206', ['1', '2'], ON, 'HTML table: 1 and 2 on site, 3 only planned'), mailer=OE, reply_to_key='206a')

L(NINA, dt(5, 16, 20), '478206',
  'по 478206 второй этаж и третий закончили (это позиция 1 и 2) мусор за собой вывезли. четвертый этаж '
  'завтра у них стекло не привезли с базы\n',
  D('478206', ['1', '2'], OFF, 'позиция 1 и 2 закончили; 4th floor (pos 3) tomorrow'), mailer=OE)

L(NINA, dt(6, 10, 5), 'Мира 41 (478206) третья позиция',
  'приехали работают, стекло привезли утром\n',
  D('478206', ['3'], ON, 'subject: 478206 третья позиция; body приехали работают'), mailer=OE)

L(NINA, dt(6, 13, 34), '478206 поз.3 готово',
  'Всё по Мира всё сделали, 4 этаж тоже. Акт № 56 от 06.11 муж завезёт в понедельник подписать\nНина\n',
  D('478206', ['3'], OFF, 'поз.3 готово; act number 56 is not a request'), mailer=OE)

L(SASHA, dt(5, 9, 2), 'Re: наряд 478206',
  'Ок понял\n\n'
  '05.11.2026 8:58, Диспетчерская ОМИС пишет:\n'
  '> Добрый день! Просим сообщить о прибытии бригады на объект Мира 41.\n'
  '> Диспетчер Ольга\n',
  R('acknowledges dispatcher\'s request, reports nothing'), cs='utf-8', cte='quoted-printable')

# ---- 478251 (Гагарина 17)
L(NINA, dt(4, 15, 0), 'Гагарина 17 кв 44 (478251)',
  'Здравствуйте приняли в работу. размеры балкона муж запишет когда съездит, там старая рама деревянная\n'
  'Нина Гладышева\n',
  D('478251', [], ACC, 'number in brackets after the address; приняли в работу'), cte='base64', mailer=OE)

L(NINA, dt(5, 17, 40), 'по 478251 вопрос',
  'Добрый день подскажите пожалуйста по 478251 хозяйка квартиры 44 будет дома только после 18 часов можно ли '
  'перенести на субботу? и пропуск на машину нужен или нет, машина Газель А417ВС 96\nспасибо\n',
  R('questions only: reschedule, pass for car plate'), mailer=OE)

L(NINA, dt(7, 9, 10), 'заявка 478251',
  'муж просил передать по Гагарина выехали, заявка 478251. хозяйка сказала будет дома в субботу\n',
  D('478251', [], WAY, 'выехали (to the site)'), mailer=OE, key='251a')

L(SASHA, dt(7, 9, 57), 'Re: заявка 478251',
  'Мы на месте\n\n'
  '-----Original Message-----\n'
  'From: Нина Гладышева\n'
  'Sent: Saturday, November 07, 2026 9:10 AM\n'
  'To: dispatch@zakazchik-omis.ru\n'
  'Subject: заявка 478251\n\n'
  'муж просил передать по Гагарина выехали, заявка 478251. хозяйка сказала будет дома в субботу\n',
  D('478251', [], ON, 'new text: на месте; quoted выехали ignored'), cs='utf-8', cte='base64',
  reply_to_key='251a')

L(NINA, dt(7, 18, 5), '478251 поз 2',
  '478251 поз 2 балкон застеклили\n',
  R('request 478251 has only position 1; position 2 does not exist'), mailer=OE)

L(NINA, dt(8, 10, 0), 'Re: 478251 поз 2',
  'извините вчера ошиблась там позиция одна, по заявке 478251 балкон застеклили вчера в 17:30 бригада уехала. '
  'простите ради бога, давление\n',
  D('478251', [], OFF, 'correction: done and left; no position number named'), mailer=OE)

# ---- 478339 (Кирова 5)
L(NINA, dt(5, 16, 0), 'RE: Заявка 478339',
  'подтверждаем приняли\nГладышевы\n\n'
  'От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\n'
  'Отправлено: 5 ноября 2026 г. 14:10\n'
  'Кому: gladysheva.nina63@pochtovik-ural.ru\n'
  'Тема: Заявка 478339\n\n'
  'Добрый день. Направляем заявку 478339, ул. Кирова 5, кв. 12 и кв. 27. Прошу подтвердить принятие.\n'
  'Диспетчер Ольга, тел. (3452) 61-20-04\n',
  D('478339', [], ACC, 'подтверждаем приняли; Outlook quote below'), cs='windows-1251', cte='quoted-printable',
  mailer=OE)

L(NINA, dt(6, 8, 30), 'Кирова 5 кв 12 и кв 27 (478339)',
  'выезжаем сейчас, сначала в 12 кв потом в 27\n',
  D('478339', [], WAY, 'выезжаем сейчас = on the way; кв 12/27 are apartments, no position numbers'), mailer=OE)

L(NINA, dt(6, 11, 2), '478339',
  'по 478339 первая позиция окно в спальне поставили, поехали на вторую в 27 квартиру\n',
  R('different statuses: pos 1 finished, pos 2 on the way'), mailer=OE)

L(SASHA, dt(6, 11, 41), '478339-2',
  'на месте\n',
  D('478339', ['2'], ON, 'subject 478339-2 = position 2'), cs='utf-8', cte='8bit')

L(NINA, dt(6, 16, 15), 'Кирова',
  'Кирова всё сделано по обеим квартирам 478339 уехали с Кирова в 16.00 довольные\n',
  D('478339', [], OFF, 'уехали С объекта = left; both apartments (whole request)'), mailer=OE)

L(NINA, dt(21, 11, 20), 'счёт по 478339',
  'Добрый день. Высылаю счёт № 1127 от 20.11.2026 за работы по заявке 478339 на сумму 18 450 руб.\n'
  'ИП Гладышев С.П. ИНН 667400112233\nр/с 40802810900000012345\nПросим оплатить до конца месяца\n'
  'Нина\n',
  R('invoice/payment talk, no status'), cte='base64', mailer=OE)

# ---- 478407 (Школьная 22 общежитие)
L(NINA, dt(9, 13, 0), 'наряд 478407',
  'Здравствуйте наряд 478407 по общежитию взяли муж сказал в среду начнут с первого этажа. '
  'погода у нас сегодня ужас какой снег\n',
  D('478407', [], ACC, 'взяли = accepted; plan for Wednesday'), mailer=OE)

L(NINA, dt(11, 8, 20), '478407 П1 П2 едут',
  'едут\n',
  D('478407', ['1', '2'], WAY, 'subject: П1 П2 едут'), mailer=OE, key='407a')

L(NINA, dt(11, 9, 30), 'Re: 478407 П1 П2 едут',
  'Саша звонил они на Школьной уже, по П1 и П2 работают\n',
  D('478407', ['1', '2'], ON, 'Re subject says едут, body says on site now'), cs='koi8-r', cte='8bit',
  mailer=OE, reply_to_key='407a')

L(NINA, dt(11, 14, 50), '478407',
  'П1 готово П2 не успели завтра доделают 478407\n',
  D('478407', ['1'], OFF, 'П1 done; П2 tomorrow'), mailer=OE)

L(NINA, dt(12, 9, 0), 'по заявке 478407',
  'по заявке 478407 вторая и третья позиция ребята на месте с 8.45\n',
  D('478407', ['2', '3'], ON, 'вторая и третья позиция на месте'), mailer=OE)

L(NINA, dt(12, 17, 30), 'Школьная 478407',
  'Добрый вечер. по 478407 поз 2 поз 3 закончили, а в 4-ю не попали комендант ушла ключ не оставила. '
  'Что нам делать подскажите\n',
  D('478407', ['2', '3'], OFF, 'поз 2, 3 done; 4 not reached + question'), mailer=OE, key='407b')

L(SASHA, dt(13, 10, 10), 'Re: Школьная 478407',
  'Спасибо за ключ, завтра с утра будем\n\n'
  '13.11.2026 9:47, Диспетчерская ОМИС пишет:\n'
  '> Ключ от комнаты оставлен на вахте.\n',
  R('thanks + plan for tomorrow'), cs='utf-8', cte='8bit', reply_to_key='407b')

L(NINA, dt(13, 18, 0), 'охрана на Школьной',
  'Здравствуйте хочу пожаловаться от имени мужа, ваша охрана на Школьной вчера не пускала машину '
  'по 478407 почти час простояли у шлагбаума, Саша весь издергался. Разберитесь пожалуйста\n',
  R('complaint, no status'), mailer=OE)

L(NINA, dt(14, 12, 0), '478407 (4)',
  'окно в 4-й поменяли бригада освободилась\n',
  D('478407', ['4'], OFF, 'subject (4) = position 4; бригада освободилась'), mailer=OE)

# ---- 478468 (Садовая 3)
L(NINA, dt(10, 11, 35), 'Обращение 478468',
  'Обращение 478468 Садовая 3 кв 9 подоконник приняли\n',
  D('478468', [], ACC, 'приняли'), cte='quoted-printable', mailer=OE)

L(NINA, dt(12, 13, 20), 'Садовая 3 (478468)',
  'ещё не выехали, заказчица просит после обеда, и материал не привезли\n',
  R('negation: ещё не выехали'), mailer=OE)

L(NINA, dt(12, 15, 40), '478468',
  'по 478468 поехали на Садовую, будут около 16\n',
  D('478468', [], WAY, 'поехали на Садовую, будут около 16'), mailer=OE)

L(NINA, dt(12, 19, 45), 'Re: 478468',
  'подоконник поставили откосы сделали хозяйка довольна. уехали в 19.10. извините что поздно\n',
  D('478468', [], OFF, 'number in Re subject; done, left 19.10'), mailer=OE)

# ---- 478522 (Строителей 30)
L(SASHA, dt(11, 16, 30), 'Принял 478522',
  'Принял\n\nОтправлено из мобильной Почты\n',
  D('478522', [], ACC, 'Принял'), cs='utf-8', cte='base64')

L(NINA, dt(13, 8, 0), 'Fwd: 478522',
  'пересылаю что Саша написал\n\n'
  '-------- Пересылаемое сообщение --------\n'
  '13.11.2026, 07:52, "Александр Гладышев" <sasha@gladyshev-okna.ru>:\n\n'
  'Мам перешли диспетчеру. Выехали на Строителей 30 по 478522 по обеим позициям\n\n'
  '-------- Конец пересылаемого сообщения --------\n',
  D('478522', [], WAY, 'forwarded crew message: выехали; обе позиции = whole request'), cs='utf-8',
  cte='base64')

L(NINA, dt(13, 9, 15), '478522 п.1',
  '478522 п.1 на месте, п.2 после обеда\n',
  D('478522', ['1'], ON, 'п.1 on site; п.2 only planned'), mailer=OE)

L(NINA, dt(13, 13, 0), '478522',
  '478522 п.1 убытие 12:40 п.2 прибытие 12:55\n',
  R('different statuses for different positions (1 left, 2 arrived)'), mailer=OE)

L(NINA, dt(13, 17, 20), '478522 вторая',
  'по второй позиции швы загерметизировали всё 478522 закончили\n',
  D('478522', ['2'], OFF, 'по второй позиции закончили'), mailer=OE)

# ---- 478590 (Ленина 52)
html_590 = ('<html><body><p>Здравствуйте!</p><p>заявку № 478590 принимаем, Ленина 52, '
            'муж в понедельник начнет.</p><p>Нина<br>тел. 8-912-604-33-17</p></body></html>')
L(NINA2, dt(13, 12, 10), 'заявка № 478590',
  leaf(html_590, 'utf-8', 'base64', 'html'),
  D('478590', [], ACC, 'HTML-only; принимаем'), cs='utf-8')

L(SASHA, dt(16, 8, 40), '478590 выезд',
  '478590 выезд 8:30 на Ленина 52, все три позиции\n',
  D('478590', [], WAY, 'выезд на Ленина = travelling; все три = whole request'), cs='utf-8', cte='8bit')

L(NINA, dt(16, 9, 20), 'Ленина 52',
  'Ленина 52 прибыли 9:15 (478590)\n',
  D('478590', [], ON, 'прибыли'), mailer=OE)

L(NINA, dt(16, 16, 0), 'по 478590',
  'по 478590 кв.7 и кв.8 закончили это 1-я и 2-я позиции, в 15 кв завтра\n',
  D('478590', ['1', '2'], OFF, '1-я и 2-я done; apartment numbers are distractors'), mailer=OE)

L(NINA, dt(17, 10, 0), '478590 3-я позиция',
  '478590 3-я позиция на месте с утра, кв 15 хозяин открыл наконец\n',
  D('478590', ['3'], ON, '3-я позиция на месте'), mailer=OE)

L(NINA, dt(17, 15, 30), 'Fw: 478590 поз 3',
  'от Саши\n\n'
  '----- Original Message -----\n'
  'From: Александр Гладышев\n'
  'To: gladysheva.nina63@pochtovik-ural.ru\n'
  'Sent: Tuesday, November 17, 2026 3:22 PM\n'
  'Subject: 478590 поз 3\n\n'
  'поз 3 окно поставил, убыли 15:20. Мам отправь Ольге\n',
  D('478590', ['3'], OFF, 'forwarded (Fw:) crew message: убыли'), mailer=OE)

L(NINA, dt(18, 16, 5), 'акты',
  'по 478590 и 478634 всё закрыли, акты муж привезёт в пятницу\n',
  R('two different requests in one letter'), mailer=OE)

# ---- 478634 (Победы 9)
L(NINA, dt(16, 15, 0), 'Re: Заявка 478634',
  'Вы писали 16 ноября 2026 г., 13:05:\n\n'
  'ДО> Направляем заявку 478634, ул. Победы 9, подъезд 1, окно 5 этаж.\n'
  'ДО> Прошу подтвердить.\n\n'
  'приняли. Муж спрашивает можно ли ключ от чердака взять у вас или у старшей по дому\n'
  'Нина\n',
  D('478634', [], ACC, 'reply written under The Bat! quote: приняли + question'), mailer=TB)

L(NINA, dt(17, 18, 30), '478634 завтра',
  'по 478634 выедем завтра с утра если погода позволит, обещали ветер\n',
  R('plan only: выедем завтра'), mailer=OE)

L(NINA, dt(18, 8, 50), '478634 ВЫЕХАЛИ',
  '478634 ВЫЕХАЛИ\n',
  D('478634', [], WAY, 'caps выехали'), mailer=OE)

L(NINA, dt(18, 10, 30), 'Победы 9 (478634)',
  'бригада на месте. пломба на щитке № 0047712 была сорвана уже до нас, Саша сфотографировал\n',
  D('478634', [], ON, 'на месте; seal number is a distractor'), mailer=OE)

L(NINA, dt(18, 14, 0), 'Re: Победы 9 (478634)',
  'OКНО ЗАМЕНИЛИ ВСЁ PAБОТAЕТ, уeхали\n',
  D('478634', [], OFF, 'Latin look-alike letters; заменили, уехали'), cs='windows-1251', cte='base64', mailer=OE)

# ---- 478771 (Мичурина 11)
L(NINA, dt(18, 12, 0), '478771',
  'Здравствуйте Ольга взяли заявку, муж сам съездит посмотрит балкон\nНина\n',
  D('478771', [], ACC, 'number only in subject; взяли'), mailer=OE, key='771a')

L(NINA, dt(19, 9, 0), 'Мичурина 11 (478771)',
  'уехали на Мичурина по первой позиции, в пути\n',
  D('478771', ['1'], WAY, 'уехали НА Мичурина = on the way'), mailer=OE)

L(SASHA, dt(19, 9, 52), 'Re: 478771 поз 1',
  'На объекте\n',
  D('478771', ['1'], ON, 'number and position only in Re subject'), cs='utf-8', cte='quoted-printable')

L(NINA, dt(19, 17, 0), 'Re: Мичурина 11 (478771)',
  'Здравствуйте, Ольга.\n\nВы писали 19 ноября 2026 г., 16:12:\n\n'
  'ДО> Сообщите пожалуйста по Мичурина, хозяйка звонит.\n\n'
  'по первой позиции балкон остеклили, ребята уехали в 16.40, хозяйке передайте что всё хорошо\n',
  D('478771', ['1'], OFF, 'under-quote reply: pos 1 done, left'), mailer=TB)

L(NINA, dt(20, 11, 0), '478771 сетка',
  '478771 по второй позиции москитную сетку поставили, муж заезжал по пути утром, уже уехал\n',
  D('478771', ['2'], OFF, 'по второй позиции поставили, уехал'), mailer=OE)

# ---- 478815 (детсад Заречная 4)
L(NINA, dt(20, 13, 0), 'Детсад Заречная 4',
  'Детсад Заречная 4 по заявке 478815 приняли, заведующая сказала только в тихий час работать с 13 до 15\n',
  D('478815', [], ACC, 'приняли; times are distractors'), cs='koi8-r', cte='quoted-printable', mailer=OE)

L(NINA, dt(23, 12, 30), 'по 478815',
  'по 478815 выезжают к тихому часу к 13.00 будут\n',
  D('478815', [], WAY, 'выезжают, будут к 13.00'), mailer=OE)

L(SASHA, dt(23, 13, 10), '478815 (1)',
  'на месте\n',
  D('478815', ['1'], ON, 'subject (1) = position 1'), cs='utf-8', cte='8bit')

L(NINA, dt(23, 15, 20), '478815 поз1',
  'в садике первое окно сделали, 478815 поз1 завершение 15:00\n',
  D('478815', ['1'], OFF, 'завершение 15:00'), mailer=OE)

html_815 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body>'
            '<p>заявка 478815 садик</p>'
            '<table border="1"><tr><th>поз.</th><th>прибытие</th></tr>'
            '<tr><td>2</td><td>13:00</td></tr><tr><td>3</td><td>13:00</td></tr></table>'
            '<p>Гладышевы</p></body></html>')
L(NINA, dt(24, 13, 5), '478815 поз 2 и 3',
  multi('alternative', [leaf('заявка 478815 садик\nпоз. 2 прибытие 13:00\nпоз. 3 прибытие 13:00\nГладышевы\n',
                             'koi8-r', 'base64'),
                        leaf(html_815, 'koi8-r', 'base64', 'html')]),
  D('478815', ['2', '3'], ON, 'table: прибытие for 2 and 3'), cs='koi8-r', mailer=OE)

L(NINA, dt(24, 15, 30), 'заявка 478815',
  'заявка 478815 всё, по позициям 2 и 3 окна поставили уехали, заведующая подписала\n',
  D('478815', ['2', '3'], OFF, 'по позициям 2 и 3 поставили, уехали'), mailer=OE)

# ---- 478902 (Лесная 18)
L(NINA, dt(23, 11, 40), '478902',
  '478902 взяли в работу муж сказал в среду поедут\n',
  D('478902', [], ACC, 'взяли в работу'), mailer=OE)

L(NINA, dt(25, 9, 0), 'Лесная 18 кв 50 (478902)',
  'выехали, будут через полчаса\n',
  D('478902', [], WAY, 'выехали, будут через полчаса'), mailer=OE)

L(NINA, dt(25, 10, 20), 'Лесная',
  'Здравствуйте это Гладышевы муж просил передать что они на месте на Лесной\n',
  R('no request number at all'), mailer=OE)

L(NINA, dt(25, 12, 40), 'по 478902',
  'по 1 позиции приехали в 10.05 окно поменяли в 12.30 выехали с объекта, 2-я завтра\n',
  D('478902', ['1'], OFF, 'latest done event for pos 1: выехали С объекта; pos 2 planned'), mailer=OE)

L(NINA, dt(26, 11, 30), '478902-2',
  'балконную дверь поставили, убыли\n',
  D('478902', ['2'], OFF, 'subject 478902-2; убыли'), mailer=OE)

# ---- misc review
L(NINA, dt(19, 8, 40), 'по заявке 478445',
  'по заявке 478445 выехали\n',
  R('478445 is not in the registry'), mailer=OE)

L(NINA2, dt(27, 10, 15), 'спасибо',
  'Добрый день, спасибо что так быстро оплатили по 478113, муж очень благодарен. С наступающей зимой вас\n'
  'Нина\n',
  R('thanks for payment, no status'), cs='utf-8', cte='quoted-printable')

L(NINA, dt(24, 9, 5), 'Re: 478815 (1)',
  'Здравствуйте Ольга, а сегодня во сколько у них тихий час? муж спрашивает чтобы не ждать у ворот\n',
  R('question only'), mailer=OE)

L(NINA, dt(26, 9, 30), '478260',
  'по 478260 приехали\n',
  R('478260 is not in the registry (maybe a typo for 478206, but cannot be sure)'), mailer=OE)

# ---- machines (ignored)
mdn_text = ('Это уведомление о прочтении сообщения, отправленного на адрес gladysheva.nina63@pochtovik-ural.ru\n\n'
            'Тема: Обращение 478468\nДата: 10.11.2026 11:10\n\n'
            'Сообщение было прочитано 10.11.2026 11:11.\n')
mdn_report = ('Reporting-UA: pochtovik-ural.ru; Microsoft Outlook Express 6.00.2900.5931\n'
              'Final-Recipient: rfc822;gladysheva.nina63@pochtovik-ural.ru\n'
              'Original-Message-ID: <OMIS-478468-1@zakazchik-omis.ru>\n'
              'Disposition: manual-action/MDN-sent-manually; displayed\n')
L(NINA, dt(10, 11, 12), 'Прочитано: Обращение 478468',
  multi('report', [leaf(mdn_text, 'windows-1251', 'quoted-printable'),
                   rawpart('message/disposition-notification', mdn_report, '7bit')],
        ' report-type=disposition-notification;'),
  I('read receipt'), mailer=OE)

bounce_text = ('This is the mail system at host mx.gladyshev-okna.ru.\n\n'
               "I'm sorry to have to inform you that your message could not\n"
               'be delivered to one or more recipients.\n\n'
               '<s.gladyshev@gladyshev-okna.ru>: user unknown\n')
bounce_status = ('Reporting-MTA: dns; mx.gladyshev-okna.ru\n\n'
                 'Final-Recipient: rfc822; s.gladyshev@gladyshev-okna.ru\n'
                 'Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n')
bounce_orig = ('From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n'
               'To: s.gladyshev@gladyshev-okna.ru\n'
               'Subject: =?utf-8?b?' + base64.b64encode('Заявка 478902'.encode()).decode() + '?=\n'
               'Date: Mon, 23 Nov 2026 09:05:00 +0300\n')
L(DAEMON, dt(23, 11, 6), 'Undelivered Mail Returned to Sender',
  multi('report', [leaf(bounce_text, 'us-ascii', '7bit'),
                   rawpart('message/delivery-status', bounce_status),
                   rawpart('text/rfc822-headers', bounce_orig)],
        ' report-type=delivery-status;'),
  I('bounce (delivery failure)'), cs='us-ascii', extra=('Auto-Submitted: auto-replied',))

L(NINA2, dt(21, 9, 0), 'Автоответ: Re: 478771',
  'Здравствуйте! Это автоматический ответ.\nЭтот ящик проверяется редко. Если Вы по поводу окон, '
  'звоните 8-912-604-33-17 (Сергей Петрович) или пишите на gladysheva.nina63@pochtovik-ural.ru\n',
  I('out-of-office style auto-reply'), cs='utf-8', cte='base64',
  extra=('Auto-Submitted: auto-replied', 'X-Autoreply: yes', 'Precedence: auto_reply'))

L(SASHA, dt(24, 13, 40), 'Автоответ: 478815 (1)',
  'Я на объекте, отвечу позже.\n',
  I('auto-reply from phone, not a report even though it says на объекте'), cs='utf-8', cte='8bit',
  extra=('Auto-Submitted: auto-replied', 'X-Autorespond: yes'))

news_html = ('<html><body style="font-family:Arial"><h2>Окна Гладышевых: зимние скидки!</h2>'
             '<p>До 31 декабря скидка 15% на стеклопакеты и остекление балконов. Утепление откосов в подарок.</p>'
             '<p>Звоните: 8-912-604-33-17</p>'
             '<p style="font-size:10px">Вы получили это письмо, потому что подписаны на рассылку. '
             '<a href="https://gladyshev-okna.ru/unsub?id=9921">Отписаться</a></p></body></html>')
L(NEWS, dt(25, 7, 0), 'Зимние скидки 15% на окна и балконы',
  multi('alternative', [leaf('Окна Гладышевых: зимние скидки!\nДо 31 декабря скидка 15% на стеклопакеты и '
                             'остекление балконов.\nОтписаться: https://gladyshev-okna.ru/unsub?id=9921\n',
                             'utf-8', 'base64'),
                        leaf(news_html, 'utf-8', 'base64', 'html')]),
  I('bulk mailing'), cs='utf-8',
  extra=('Precedence: bulk', 'List-Unsubscribe: <https://gladyshev-okna.ru/unsub?id=9921>',
         'List-Id: <novosti.gladyshev-okna.ru>'))

ics = ('BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook for iOS//EN\nVERSION:2.0\nMETHOD:REPLY\n'
       'BEGIN:VEVENT\nUID:omis-zamer-478902@zakazchik-omis.ru\nDTSTART:20261124T090000Z\n'
       'DTEND:20261124T100000Z\nSUMMARY:Замер Лесная 18 (478902)\n'
       'ATTENDEE;PARTSTAT=ACCEPTED;CN=Александр Гладышев:mailto:sasha@gladyshev-okna.ru\n'
       'ORGANIZER:mailto:dispatch@zakazchik-omis.ru\nEND:VEVENT\nEND:VCALENDAR\n')
L(SASHA, dt(23, 12, 5), 'Принято: Замер Лесная 18 (478902)',
  multi('alternative', [leaf('Александр Гладышев принял это приглашение.\n', 'utf-8', 'base64'),
                        ('leaf', 'calendar', ics, 'utf-8', 'base64', '; method=REPLY')]),
  I('calendar meeting response generated by client'), cs='utf-8')

# a few more decided letters in the family voice
L(NINA, dt(16, 12, 10), 'Ленина 52 телефон',
  'Ольга добрый день подскажите телефон хозяина 15 квартиры по 478590, Саша звонит не берет трубку. '
  'у нас тут с утра гололед страшно ехать\n',
  R('question only, no status'), mailer=OE)

# ---------------------------------------------------------------- sort by date & write
def date_of(data):
    import email
    m = email.message_from_bytes(data)
    from email.utils import parsedate_to_datetime
    return parsedate_to_datetime(m['Date'])

for f in os.listdir(LET):
    if f.endswith('.eml'):
        os.remove(os.path.join(LET, f))

items = [(date_of(d), name, d) for name, d in LETTERS]
items.sort(key=lambda x: x[0])
final_labels = {}
for i, (_, old, data) in enumerate(items, 1):
    new = '%03d.eml' % i
    with open(os.path.join(LET, new), 'wb') as fh:
        fh.write(data)
    final_labels[new] = LABELS[old]

with open(os.path.join(HERE, 'registry.json'), 'w', encoding='utf-8') as fh:
    json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as fh:
    json.dump(final_labels, fh, ensure_ascii=False, indent=1)

from collections import Counter
print(len(final_labels), Counter(v['expect'] for v in final_labels.values()))
