#!/usr/bin/env python3
# Generator for the "Солончак-Теплосервис" letter set (stdlib only).
import json, os, base64, quopri, hashlib, datetime as DT
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.base import MIMEBase
from email.header import Header
from email.utils import formataddr, format_datetime
from email import encoders

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
for f in os.listdir(LET):
    os.remove(os.path.join(LET, f))

DOM = 'solonchak-ts.ru'
ZH = ('Жгутова Людмила Аркадьевна', 'lzhgutova@' + DOM)
RI = ('Мухаметшин Ринат', 'r.muhametshin@' + DOM)
KO = ('Виталий Козырев', 'kozyrev.vitaly73@mail.ru')
BUH = ('Бухгалтерия Солончак-ТС', 'buh@' + DOM)
OFF = ('ООО Солончак-Теплосервис', 'office@' + DOM)
DAEMON = ('Mail Delivery System', 'MAILER-DAEMON@' + DOM)
NEWS = ('Солончак-Теплосервис', 'news@' + DOM)
TO = formataddr(('Диспетчерская', 'dispatch@zakazchik-omis.ru'), charset='utf-8')

MSK = DT.timezone(DT.timedelta(hours=3))
SAM = DT.timezone(DT.timedelta(hours=4))

REQ = [
 ('469012', ['1', '2', '3'], '2026-11-02T08:00', 'ИТП корпус А: насосы ГВС (1), теплообменник (2), КИП (3)'),
 ('469047', ['1', '2'], '2026-11-03T10:00', 'Крышные вентиляторы, склад № 2: ВК-1 (1), ВК-2 (2)'),
 ('469105', ['1'], '2026-11-05T08:00', 'Замена задвижки, подвал, ул. Ново-Садовая, 106'),
 ('469118', ['1', '2', '3', '4'], '2026-11-06T09:00', 'ТО приточных установок П1–П4, ТЦ'),
 ('469233', ['1', '2'], '2026-11-09T11:00', 'ул. Гагарина, 17 корп. 2: водосток (1), ливнёвка (2)'),
 ('469250', ['1'], '2026-11-10T07:00', 'Авария: отключение электроснабжения, ВРУ 1 этажа'),
 ('469307', ['01', '02', '03'], '2026-11-12T08:00', 'Общежитие: сантехника, стояки 01–03'),
 ('469381', ['1', '2'], '2026-11-13T12:00', 'Доводчики дверей: корпус Б (1), корпус В (2)'),
 ('469412', ['1', '2', '3'], '2026-11-16T07:00', 'Промывка теплообменников ИТП-1, ИТП-2, ИТП-3'),
 ('469476', ['1'], '2026-11-17T14:00', 'Замена светильников, подземная парковка'),
 ('469520', ['1', '2'], '2026-11-19T09:00', 'Насосная пожаротушения: насос (1), шкаф управления (2)'),
 ('469588', ['1', '2', '3'], '2026-11-23T07:30', 'Обследование кровли, здания 1–3'),
]
REG = {n: (p, DT.datetime.fromisoformat(t).replace(tzinfo=MSK)) for n, p, t, c in REQ}

SIG = ('\n\nС уважением,\nЖгутова Л.А.\nкоординатор ООО «Солончак-Теплосервис»\n'
       'т. +7 (846) 277-31-09, доб. 114\nИНН 6316245871 / КПП 631601001')
SIG2 = '\n\n--\nЖгутова Л.А., ООО «Солончак-Теплосервис»\n+7 (846) 277-31-09'
IPH = '\n\nОтправлено с iPhone'
MRU = '\n\n--\nОтправлено из мобильной Почты Mail.ru'
DISP = 'Ветлугина Ольга'

labels = {}
N = [0]


def tpart(text, subtype='plain', charset='utf-8', cte='base64', fmt=None):
    p = MIMENonMultipart('text', subtype, charset=charset)
    if fmt:
        p.set_param('format', fmt)
    data = text.replace('\n', '\r\n').encode(charset) if cte != '8bit' else text.encode(charset)
    if cte == 'base64':
        p.set_payload(base64.encodebytes(data).decode('ascii'))
    elif cte == 'quoted-printable':
        p.set_payload(quopri.encodestring(data.replace(b'\r\n', b'\n')).decode('ascii'))
    elif cte == '8bit':
        p.set_payload(data.decode('ascii', 'surrogateescape'))
    else:
        raise ValueError(cte)
    p['Content-Transfer-Encoding'] = cte
    return p


def fakepdf(title):
    body = ('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ' + title + '\n%%EOF\n').encode('utf-8')
    return body


def fakejpg(seed):
    h = hashlib.sha256(seed.encode()).digest() * 40
    return b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00' + h + b'\xff\xd9'


def att(name, style='2231'):
    low = name.lower()
    if low.endswith('.pdf'):
        p = MIMEBase('application', 'pdf'); p.set_payload(fakepdf(name))
    elif low.endswith('.jpg') or low.endswith('.jpeg'):
        p = MIMEBase('image', 'jpeg'); p.set_payload(fakejpg(name))
    elif low.endswith('.xlsx'):
        p = MIMEBase('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        p.set_payload(b'PK\x03\x04' + hashlib.md5(name.encode()).digest() * 20)
    else:
        p = MIMEBase('application', 'octet-stream'); p.set_payload(b'PK\x03\x04' + name.encode())
    encoders.encode_base64(p)
    if style == '2231':
        p.set_param('name', ('utf-8', '', name))
        p.add_header('Content-Disposition', 'attachment', filename=('utf-8', '', name))
    else:  # old-style RFC 2047 inside the quoted parameter (The Bat!/Outlook)
        enc = Header(name, 'windows-1251').encode()
        p.set_param('name', enc)
        p.add_header('Content-Disposition', 'attachment', filename=enc)
    return p


def enc_subj(s, cs):
    try:
        s.encode('ascii'); return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def L(when, frm, subj, body=None, html=None, cs='utf-8', cte='base64', atts=(), astyle='2231',
      label=None, tz=SAM, hdrs=None, mailer=None, special=None, req=None):
    N[0] += 1
    fn = '%03d.eml' % N[0]
    dt = DT.datetime.fromisoformat(when).replace(tzinfo=tz)
    if req:
        assert dt > REG[req][1], (fn, req)
    if special:
        msg = special
    else:
        if body is not None and html is not None:
            core = MIMEMultipart('alternative')
            core.attach(tpart(body, 'plain', cs, cte)); core.attach(tpart(html, 'html', cs, cte))
        elif html is not None:
            core = tpart(html, 'html', cs, cte)
        else:
            core = tpart(body, 'plain', cs, cte)
        if atts:
            msg = MIMEMultipart('mixed'); msg.attach(core)
            for a in atts:
                msg.attach(att(a, astyle))
        else:
            msg = core
    msg['Message-ID'] = '<%s.%s@%s>' % (dt.strftime('%Y%m%d%H%M%S'),
                                        hashlib.md5(fn.encode()).hexdigest()[:10],
                                        frm[1].split('@')[1])
    msg['Date'] = format_datetime(dt)
    msg['From'] = formataddr(frm, charset=cs if cs != 'us-ascii' else 'utf-8')
    msg['To'] = TO
    msg['Subject'] = enc_subj(subj, cs)
    if 'MIME-Version' not in msg:
        msg['MIME-Version'] = '1.0'
    if mailer:
        msg['X-Mailer'] = mailer
    for k, v in (hdrs or {}).items():
        msg[k] = v
    with open(os.path.join(LET, fn), 'wb') as f:
        f.write(msg.as_bytes())
    labels[fn] = label


def D(req, pos, st, note):
    return {'expect': 'decided', 'request': req, 'positions': pos, 'status': st, 'note': note}


def R(note):
    return {'expect': 'review', 'note': note}


def I(note):
    return {'expect': 'ignored', 'note': note}


PR, VP, NM, UB = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'
BAT = 'The Bat! (v9.4.2) Professional'
OUTL = 'Microsoft Outlook 16.0'

# ---------------------------------------------------------------- 469012
L('2026-11-02T10:15', ZH, 'Заявка № 469012 — принята',
  'Добрый день.\n\nЗаявка № 469012 (ИТП корп. А) принята в работу. Исполнитель — бригада '
  'Мухаметшина Р.Ф. Выезд запланирован на 03.11.2026.' + SIG,
  cs='windows-1251', mailer=BAT, req='469012',
  label=D('469012', [], PR, 'accepted; planned trip is only a plan'))
L('2026-11-03T08:05', RI, '469012',
  'Выехали на корпус А по 469012, будем к 9' + IPH, req='469012',
  label=D('469012', [], VP, 'crew travelling now'))
L('2026-11-03T09:02', RI, 'Re: 469012',
  'На месте. п.1 п.2 начинаем' + IPH + '\n\n03.11.2026, в 08:05, Мухаметшин Ринат написал(а):\n'
  '> Выехали на корпус А по 469012, будем к 9', cte='8bit', req='469012',
  label=D('469012', ['1', '2'], NM, 'on site, positions 1 and 2 named; quote ignored'))
L('2026-11-03T15:40', ZH, 'Акт выполненных работ по заявке № 469012 поз.1',
  'Добрый день.\n\nНаправляем акт выполненных работ по заявке № 469012. Работы по позиции 1 '
  'выполнены в полном объёме, акт подписан представителем заказчика (Седых А.В.).\n'
  'По позиции 2 теплообменник разобран, ожидаем комплект прокладок (арт. 2-115-0420), '
  'продолжим 05.11.\n\nПриложение: Акт_469012_поз1.pdf, 1 л.' + SIG,
  cs='windows-1251', mailer=BAT, atts=['Акт_469012_поз1.pdf'], astyle='2047', req='469012',
  label=D('469012', ['1'], UB, 'pos 1 done (act signed); pos 2 only continues later'))
L('2026-11-05T11:20', RI, 'Re: 469012',
  'Прокладки привезли. Поз 2 собрали, опрессовали 10 атм — течи нет. Уехали с объекта' + IPH +
  '\n\n> 03.11.2026, в 15:40, Жгутова Людмила Аркадьевна <lzhgutova@solonchak-ts.ru> написал(а):\n'
  '> По позиции 2 теплообменник разобран, ожидаем комплект прокладок',
  req='469012', label=D('469012', ['2'], UB, 'left the site after finishing pos 2'))
L('2026-11-06T15:02', ZH, 'Фотоотчёт 469012 поз. 3',
  'Во вложении фотоотчёт по позиции 3 (КИП) заявки 469012. Манометры и термометры заменены, '
  'бригада убыла в 14:10.' + SIG2,
  cs='windows-1251', cte='quoted-printable', mailer=BAT,
  atts=['469012_КИП_до.jpg', '469012_КИП_после.jpg'], astyle='2047', req='469012',
  label=D('469012', ['3'], UB, 'pos 3: crew left at 14:10'))
L('2026-11-10T10:30', BUH, 'Счёт № 318 от 10.11.2026',
  'Добрый день!\n\nНаправляем счёт № 318 от 10.11.2026 на сумму 84 600,00 руб. (в т.ч. НДС 20%) '
  'за работы по заявке 469012 по договору № 47/ТС-2026. Оригиналы направим почтой.\n\n'
  'Гл. бухгалтер Шубина Т.Н.\nООО «Солончак-Теплосервис», ИНН 6316245871',
  cs='windows-1251', mailer=OUTL, atts=['Счёт_318_от_10.11.2026.pdf'], req='469012',
  label=R('invoice only, no status'))

# ---------------------------------------------------------------- 469047
L('2026-11-03T11:40', ZH, 'RE: Заявка 469047 вентиляторы склад 2',
  'Принято в работу.\nЖгутова\n\n'
  'От: Диспетчерская [mailto:dispatch@zakazchik-omis.ru]\nОтправлено: 3 ноября 2026 г. 10:05\n'
  'Кому: lzhgutova@solonchak-ts.ru\nТема: Заявка 469047 вентиляторы склад 2\n\n'
  'Людмила Аркадьевна, добрый день. Направляем заявку 469047: крышные вентиляторы ВК-1, ВК-2 '
  'склада № 2 не запускаются. Прошу подтвердить принятие.\n' + DISP,
  cs='windows-1251', mailer=OUTL, req='469047',
  label=D('469047', [], PR, 'accepted above an Outlook quote of the request'))
L('2026-11-04T07:50', KO, 'склад 2',
  'Доброе утро. По 469047 выдвигаемся с базы, минут 40 ехать.' + MRU,
  cs='koi8-r', tz=MSK, req='469047',
  label=D('469047', [], VP, 'leaving base, 40 min away'))
html = ('<html><body><p>Добрый день.</p><p>Заявка № 469047 (склад № 2), отчёт по позициям:</p>'
        '<table border="1" cellpadding="3"><tr><th>Поз.</th><th>Оборудование</th><th>Работы</th>'
        '<th>Убытие</th></tr>'
        '<tr><td>1</td><td>ВК-1 (ВКР-5,0)</td><td>Замена подшипников 6204-2RS, выполнено</td><td>12:05</td></tr>'
        '<tr><td>2</td><td>ВК-2 (ВКР-5,0)</td><td>Замена конденсатора 16 мкФ, выполнено</td><td>12:05</td></tr>'
        '</table><p>Акт направим отдельно.</p><p>Жгутова Л.А.<br>ООО «Солончак-Теплосервис»</p></body></html>')
L('2026-11-04T13:30', ZH, 'Заявка 469047 — отчёт', html=html, cs='utf-8', cte='quoted-printable',
  mailer=OUTL, req='469047', label=D('469047', ['1', '2'], UB, 'HTML table: both rows done, left 12:05'))

# ---------------------------------------------------------------- 469105
L('2026-11-05T09:30', ZH, 'Заявка 469105 — уточнение',
  'Добрый день.\n\nПо заявке 469105 (ул. Ново-Садовая, 106): в тексте указана задвижка Ду100, в '
  'приложенной дефектной ведомости — Ду80. Прошу уточнить. К исполнению примем после уточнения.' + SIG,
  cs='windows-1251', mailer=BAT, req='469105', label=R('question; explicitly not yet accepted'))
L('2026-11-05T14:10', ZH, 'Re: Заявка 469105 — уточнение',
  'Уточнение получили. Заявку 469105 приняли в работу, выезд 06.11 с утра.\n\nЛ.А.\n\n'
  'ОВ> Людмила Аркадьевна, верно Ду80, в тексте опечатка.\nОВ> ' + DISP,
  cs='windows-1251', cte='quoted-printable', mailer=BAT, req='469105',
  label=D('469105', [], PR, 'accepted; trip tomorrow is a plan'))
L('2026-11-06T08:40', RI, 'ЗАЯВКА 469105',
  'ПРИБЫЛИ НА ОБЪЕКТ НОВО-САДОВАЯ 106, ПОДВАЛ ОТКРЫЛИ' + IPH, req='469105',
  label=D('469105', [], NM, 'caps: arrived'))
L('2026-11-06T13:15', ZH, 'Акт 469105',
  'Добрый день.\nВо вложении.\n\nЖгутова Л.А.', cs='windows-1251', mailer=BAT,
  atts=['Акт_вып_работ_469105_задвижка_заменена.pdf', 'Задвижка_Ду80_после.jpg'], astyle='2047',
  req='469105', label=D('469105', [], UB, 'report only in attachment names: act of completed work'))

# ---------------------------------------------------------------- 469118
L('2026-11-06T10:45', ZH, 'Заявка № 469118',
  'Добрый день.\n\nЗаявку № 469118 (ТО приточных установок, ТЦ) приняли. Сроки — согласно графику, '
  'ответственный Мухаметшин Р.Ф., т. +7 927 731-40-62.' + SIG,
  cs='windows-1251', mailer=BAT, req='469118', label=D('469118', [], PR, 'accepted'))
L('2026-11-09T08:10', RI, '469118',
  'выехали на ТЦ, сегодня П1 и П2' + IPH, req='469118',
  label=D('469118', ['1', '2'], VP, 'on the way for P1 and P2'))
fwd = ('Пересылаю сообщение бригадира.\n\nЛ.А.\n\n-------- Пересылаемое сообщение --------\n'
       'Тема: 469118\nДата: Mon, 9 Nov 2026 17:02:11 +0400\nОт: Мухаметшин Ринат <r.muhametshin@solonchak-ts.ru>\n'
       'Кому: Жгутова Людмила Аркадьевна <lzhgutova@solonchak-ts.ru>\n\n'
       'П1 и П2 сделали, фильтры G4 поменяли, ремни натянули. Уехали в 17:00\n')
L('2026-11-09T17:20', ZH, 'Fwd: 469118', fwd, cs='utf-8', cte='quoted-printable',
  mailer='Mozilla Thunderbird', req='469118',
  label=D('469118', ['1', '2'], UB, 'forwarded crew report: P1, P2 done, left'))
L('2026-11-10T08:30', RI, '469118 П3', 'на месте' + IPH, req='469118',
  label=D('469118', ['3'], NM, 'request and position only in subject'))
L('2026-11-10T12:05', ZH, 'Заявка 469118 — доступ к П4',
  'Добрый день.\n\nПо заявке 469118: служба охраны ТЦ не допускает бригаду в венткамеру П4 '
  '(нет в списке допуска). Прошу согласовать доступ на 11.11 с 9:00, иначе в срок не уложимся.' + SIG,
  cs='windows-1251', mailer=BAT, req='469118', label=R('asks for access; no status reported'))
L('2026-11-11T16:00', ZH, 'Акты по заявке 469118 поз. 3, 4',
  'Добрый день.\n\nНаправляем акты по заявке № 469118 по позициям 3 и 4. Работы выполнены в '
  'полном объёме, акты подписаны представителем заказчика.\n\nПриложение:\n1. Акт_469118_поз3.pdf\n'
  '2. Акт_469118_поз4.pdf' + SIG,
  cs='windows-1251', mailer=BAT, atts=['Акт_469118_поз3.pdf', 'Акт_469118_поз4.pdf'],
  req='469118', label=D('469118', ['3', '4'], UB, 'acts for pos 3, 4: work completed'))
L('2026-11-12T09:15', BUH, 'Акт сверки за октябрь 2026',
  'Добрый день.\n\nНаправляем акт сверки взаимных расчётов за период 01.10.2026–31.10.2026 по '
  'договору № 47/ТС-2026. Сальдо в пользу ООО «Солончак-Теплосервис» 212 340,00 руб. Просим '
  'подписать и вернуть скан.\n\nГл. бухгалтер Шубина Т.Н.',
  cs='windows-1251', mailer=OUTL, atts=['Акт_сверки_10.2026.xlsx'],
  label=R('reconciliation, no request, no status'))

# ---------------------------------------------------------------- 469233
L('2026-11-09T12:40', ZH, '469233', '469233 — в работу взяли.\nЖгутова',
  cs='windows-1251', cte='quoted-printable', mailer=BAT, req='469233',
  label=D('469233', [], PR, 'taken into work'))
L('2026-11-10T09:10', KO, 'по заявке 469233',
  'Стоим в пробке на Московском шоссе, будем на Гагарина 17 минут через 20.' + MRU,
  tz=MSK, req='469233', label=D('469233', [], VP, 'in traffic, arriving in 20 min = on the way'))
L('2026-11-10T09:35', KO, 'Re: по заявке 469233',
  'Приехали.\n\n' + MRU.strip() + '\n\n10 ноября 2026 г., 09:10 +03:00 от Виталий Козырев <kozyrev.vitaly73@mail.ru>:\n'
  '> Стоим в пробке на Московском шоссе, будем на Гагарина 17 минут через 20.',
  cs='koi8-r', cte='quoted-printable', tz=MSK, req='469233',
  label=D('469233', [], NM, 'number only in the Re: subject; arrived'))
L('2026-11-10T14:00', ZH, 'Гагарина 17 корп. 2 (469233)',
  'По заявке 469233: по первой позиции (водосток) работы окончены, бригада убыла. По второй — '
  'нужна автовышка, будем согласовывать.' + SIG2,
  cs='windows-1251', mailer=BAT, req='469233',
  label=D('469233', ['1'], UB, 'pos 1 done; pos 2 only planned'))
L('2026-11-11T10:20', ZH, 'Re: Гагарина 17 корп. 2 (469233)',
  'Выезд по второй позиции перенесли на 12.11 — автовышка занята на другом объекте.\nЛ.А.',
  cs='windows-1251', mailer=BAT, req='469233', label=R('postponement, plan only'))
L('2026-11-12T15:30', KO, '469233-2', 'готово, уехали' + MRU, tz=MSK, req='469233',
  label=D('469233', ['2'], UB, 'position after dash in subject'))

# ---------------------------------------------------------------- 469250
L('2026-11-10T08:12', RI, 'авария 469250', 'Выезжаем на аварию 469250' + IPH, req='469250',
  label=D('469250', [], VP, 'leaving for the site now'))
L('2026-11-10T08:55', RI, '469250 (1)', 'На месте с 8:50, щитовая открыта' + IPH, req='469250',
  label=D('469250', ['1'], NM, 'position in brackets in subject'))
L('2026-11-10T11:20', ZH, 'Аварийная заявка 469250 — завершение',
  'Добрый день.\n\nРаботы по аварийной заявке 469250 завершены в 11:05, электроснабжение '
  'восстановлено. Заменён автоматический выключатель ABB S203 C32, ВРУ опломбировано, пломба '
  '№ 0048817. Бригада убыла.\n\nАкт направим после подписания.' + SIG,
  cs='windows-1251', mailer=BAT, req='469250',
  label=D('469250', [], UB, 'finished and left; ABB model and seal number are noise'))
bounce = MIMEMultipart('report', report_type='delivery-status')
bounce.attach(tpart('This is the mail system at host mx1.solonchak-ts.ru.\n\n'
                    "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
                    '<l.zhgutova@solonchak-ts.ru>: host mx1.solonchak-ts.ru[local] said:\n'
                    '    550 5.1.1 <l.zhgutova@solonchak-ts.ru>: Recipient address rejected: User unknown\n',
                    'plain', 'us-ascii', 'quoted-printable'))
ds = MIMEBase('message', 'delivery-status')
from email.message import Message as _M
_b1 = _M(); _b1['Reporting-MTA'] = 'dns; mx1.solonchak-ts.ru'
_b2 = _M(); _b2['Final-Recipient'] = 'rfc822; l.zhgutova@solonchak-ts.ru'; _b2['Action'] = 'failed'
_b2['Status'] = '5.1.1'; _b2['Diagnostic-Code'] = 'smtp; 550 5.1.1 User unknown'
ds.set_payload([_b1, _b2])
bounce.attach(ds)
orig = MIMEBase('text', 'rfc822-headers')
orig.set_payload('From: =?utf-8?b?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8=?= <dispatch@zakazchik-omis.ru>\n'
                 'To: l.zhgutova@solonchak-ts.ru\nSubject: =?utf-8?b?0JfQsNGP0LLQutCwIDQ2OTI1MCDQsNCy0LDRgNC40Y8=?=\n'
                 'Date: Tue, 10 Nov 2026 10:25:00 +0300\n')
bounce.attach(orig)
L('2026-11-10T11:25', DAEMON, 'Undelivered Mail Returned to Sender', special=bounce,
  hdrs={'Auto-Submitted': 'auto-replied'}, label=I('bounce of dispatch letter to a wrong address'))

# ---------------------------------------------------------------- 469307
L('2026-11-12T09:40', KO, 'обращение 469307',
  'Добрый день. Обращение 469307 (общежитие) принял к исполнению, ответственный Козырев В.П., '
  'тел. +7 927 604-18-33.' + MRU, cs='koi8-r', tz=MSK, req='469307',
  label=D('469307', [], PR, 'accepted; phone number is noise'))
L('2026-11-13T08:00', KO, '469307 поз 01 и 02', 'едем' + MRU, tz=MSK, req='469307',
  label=D('469307', ['01', '02'], VP, 'positions 01, 02 in subject'))
L('2026-11-13T08:45', KO, 'Re: 469307 поз 01 и 02',
  'Заехали на 01 и 02, работаем. Ключи от подвала взяли у коменданта.\n\n'
  '13.11.2026 08:00, Виталий Козырев пишет:\n> едем', tz=MSK, req='469307',
  label=D('469307', ['01', '02'], NM, 'arrived at 01 and 02'))
L('2026-11-13T17:10', ZH, 'Акты 469307 поз. 01, 02',
  'Добрый день.\n\nНаправляем акты выполненных работ по заявке № 469307. Работы по позициям 01 и 02 '
  'выполнены, акты подписаны комендантом общежития. По позиции 03 материал не поступил '
  '(смеситель Grohe 32868000 под заказ, ориентировочно 16.11).' + SIG,
  cs='windows-1251', mailer=BAT, atts=['Акт_469307_поз01.pdf', 'Акт_469307_поз02.pdf'],
  astyle='2047', req='469307',
  label=D('469307', ['01', '02'], UB, '01, 02 done; 03 waiting for material'))
L('2026-11-17T14:30', ZH, '469307 поз.03 — выполнено', 'Жгутова Л.А.\n+7 (846) 277-31-09',
  cs='windows-1251', mailer=BAT, atts=['Фото_469307_поз03_смеситель.jpg'], req='469307',
  label=D('469307', ['03'], UB, 'report only in subject: pos 03 done'))
L('2026-11-18T10:00', BUH, 'Счёт на оплату № 341',
  'Добрый день!\n\nВо вложении счёт на оплату № 341 от 18.11.2026 по заявке 469307 (общежитие), '
  'сумма 37 250,00 руб. Просим оплатить до 30.11.2026.\n\nГл. бухгалтер Шубина Т.Н.',
  cs='windows-1251', mailer=OUTL, atts=['Счёт_341.pdf'], req='469307', label=R('payment request'))

# ---------------------------------------------------------------- 469381
L('2026-11-13T14:05', OFF, 'Заявка 469381',
  'Принята заявка 469381. Исполнитель: бригада № 2 (Мухаметшин Р.Ф.).\n\n'
  'Секретарь ООО «Солончак-Теплосервис»', cs='windows-1251', mailer=OUTL, req='469381',
  label=D('469381', [], PR, 'accepted'))
L('2026-11-14T10:00', RI, '469381', 'п.1 на месте (корп Б)' + IPH, req='469381',
  label=D('469381', ['1'], NM, 'p.1 on site'))
L('2026-11-14T11:30', RI, '469381', 'п1 закончили, переезжаем на п2' + IPH, req='469381',
  label=R('different statuses: p1 left, p2 on the way (1 of 2)'))
L('2026-11-14T15:00', ZH, 'Акт выполненных работ — наряд 469381',
  'Добрый день.\n\nНаправляем акт выполненных работ по наряду № 469381 (поз. 1, 2). Установлены '
  'доводчики Dorma TS-83, 6 шт. Бригада работы закончила, объект сдан.' + SIG,
  cs='windows-1251', cte='quoted-printable', mailer=BAT, atts=['Акт_469381.pdf'], req='469381',
  label=D('469381', ['1', '2'], UB, 'act, work finished on both'))

# ---------------------------------------------------------------- 469412
L('2026-11-16T08:40', ZH, 'Re: промывка ИТП',
  'По заявке #469412 — принято, работы начнём 17.11.\nЖгутова\n\n'
  '-----Original Message-----\nFrom: Диспетчерская <dispatch@zakazchik-omis.ru>\n'
  'Sent: Monday, November 16, 2026 8:05 AM\nTo: lzhgutova@solonchak-ts.ru\nSubject: промывка ИТП\n\n'
  'Направляем заявку на промывку теплообменников ИТП-1, -2, -3.',
  cs='windows-1251', mailer=OUTL, req='469412', label=D('469412', [], PR, '#-number; accepted'))
L('2026-11-17T07:30', KO, 'ИТП', 'выехали на ИТП по 469412' + MRU, tz=MSK, req='469412',
  label=D('469412', [], VP, 'left for the site'))
L('2026-11-17T08:20', KO, '469412', '469412: прибытие 08:15, поз. 1' + MRU, tz=MSK, req='469412',
  label=D('469412', ['1'], NM, 'arrival noun with time'))
L('2026-11-17T19:00', ZH, 'RE: 469412',
  'Добрый вечер.\n\nПозиция 1 — промывка выполнена, акт подписан (во вложении).\n'
  'Позиция 2 — выполнена, акт направим завтра.\n\nЖгутова Л.А.\n\n'
  '> 469412: прибытие 08:15, поз. 1',
  cs='windows-1251', mailer=BAT, atts=['Акт_469412_поз1.pdf'], astyle='2047', req='469412',
  label=D('469412', ['1', '2'], UB, 'both positions done; quote ignored'))
L('2026-11-18T11:10', ZH, 'Акт 469412 поз. 2',
  'Добрый день.\n\nПросим подтвердить получение акта по позиции 2 заявки 469412. Оригиналы '
  'направим курьером вместе с актами за ноябрь.' + SIG,
  cs='windows-1251', mailer=BAT, atts=['Акт_469412_поз2.pdf'], req='469412',
  label=R('document talk, asks for confirmation; status already reported'))
L('2026-11-19T09:00', KO, '469412 поз3', 'бригада на обьекте' + MRU, tz=MSK, req='469412',
  label=D('469412', ['3'], NM, 'typo обьекте; on site'))
L('2026-11-19T14:40', KO, 'Re: 469412 поз3',
  'Закончили. Бpигада yбылa в 14:35' + MRU + '\n\n19.11.2026 09:00, Виталий Козырев:\n> бригада на обьекте',
  tz=MSK, req='469412', label=D('469412', ['3'], UB, 'Latin look-alikes in убыла'))
L('2026-11-21T09:05', ZH, 'Автоответ: Re: 469412',
  'Здравствуйте!\n\nЯ нахожусь вне офиса до 22.11.2026 включительно. По срочным вопросам: '
  'Козырев В.П., +7 927 604-18-33.\n\nЭто автоматический ответ.',
  cs='windows-1251', mailer=BAT, hdrs={'Auto-Submitted': 'auto-replied', 'X-Autoreply': 'yes'},
  label=I('out-of-office auto-reply'))

# ---------------------------------------------------------------- 469476
L('2026-11-17T15:30', ZH, 'Заявка 469476 — принята', 'Заявка 469476 принята.\nЖгутова Л.А.',
  cs='windows-1251', mailer=BAT, req='469476', label=D('469476', [], PR, 'accepted'))
L('2026-11-18T09:40', ZH, 'Заявка 469476 — сроки',
  'Добрый день.\n\nПо заявке 469476: выезд бригады планируем на 19.11, светильники ДСП 44-40 '
  'получаем со склада поставщика 18.11 после 16:00.' + SIG,
  cs='windows-1251', mailer=BAT, req='469476', label=R('plan only'))
L('2026-11-19T09:10', RI, 'парковка 469476', 'Бригада выехала с базы на парковку' + IPH,
  req='469476', label=D('469476', [], VP, 'left FROM the base = on the way'))
L('2026-11-19T12:50', RI, 'парковка 469476',
  'Выехали с объекта. 24 светильника поменяли, старые сдали завхозу' + IPH, req='469476',
  label=D('469476', [], UB, 'left FROM the site = departed'))
mdn = MIMEMultipart('report', report_type='disposition-notification')
mdn.attach(tpart('Ваше сообщение\n\n  Кому: lzhgutova@solonchak-ts.ru\n  Тема: Заявка 469476 светильники парковка\n'
                 '  Отправлено: 19.11.2026 12:40\n\nбыло прочитано 19.11.2026 13:58.', 'plain', 'windows-1251', 'base64'))
dn = MIMEBase('message', 'disposition-notification')
dn.set_payload('Reporting-UA: lzhgutova; The Bat!\nFinal-Recipient: rfc822;lzhgutova@solonchak-ts.ru\n'
               'Disposition: manual-action/MDN-sent-manually; displayed\n')
mdn.attach(dn)
L('2026-11-19T13:58', ZH, 'Прочитано: Заявка 469476 светильники парковка', special=mdn, cs='windows-1251',
  label=I('read receipt'))

# ---------------------------------------------------------------- 469520
L('2026-11-19T10:30', ZH, 'Заявка № 469520', 'Заявку 469520 приняли, исполнитель Козырев В.П.' + SIG2,
  cs='windows-1251', mailer=BAT, req='469520', label=D('469520', [], PR, 'accepted'))
L('2026-11-20T09:00', KO, '469520', 'едем, будем минут через 30-40' + MRU, tz=MSK, req='469520',
  label=D('469520', [], VP, 'will be in 30-40 min'))
fwd2 = ('Пересылаю.\n\n________________________________\nFrom: Виталий Козырев <kozyrev.vitaly73@mail.ru>\n'
        'Sent: Friday, November 20, 2026 10:44\nTo: Жгутова Людмила Аркадьевна\nSubject: насосная\n\n'
        'Прибыли на насосную 9:40 по 469520, пожарный пост открыл.\n')
L('2026-11-20T10:50', ZH, 'FW: насосная', fwd2, cs='utf-8', mailer=OUTL, req='469520',
  label=D('469520', [], NM, 'forwarded crew message: arrived'))
L('2026-11-20T16:00', ZH, 'Акт 469520 поз. 1',
  'Добрый день.\n\nПо заявке 469520 позиция 1 закрыта актом (во вложении): насос Grundfos '
  'CR 32-2 заменён, пусконаладка проведена. Позиция 2 переносится на 21.11 — нет вашего электрика.' + SIG,
  cs='windows-1251', mailer=BAT, atts=['Акт_469520_поз1.pdf'], astyle='2047', req='469520',
  label=D('469520', ['1'], UB, 'pos 1 closed by act; pos 2 postponed'))
L('2026-11-21T09:30', KO, '469520 (2)', 'не выехали ещё, ждём вашего электрика, он не отвечает' + MRU,
  tz=MSK, req='469520', label=R('negation: not yet left'))
L('2026-11-21T13:00', KO, '469520/2', 'Шкаф подключили, всё работает. Уезжаем.' + MRU,
  cs='koi8-r', cte='quoted-printable', tz=MSK, req='469520',
  label=D('469520', ['2'], UB, 'done and leaving (work finished)'))
L('2026-11-23T12:00', ZH, 'Заявка 469520 — доп. работы',
  'Добрый день.\n\nПо заявке 469520 по поз. 2 потребовалась замена реле РП-21 и клеммников, что '
  'не входило в смету. Прошу согласовать дополнительное соглашение к договору № 47/ТС-2026 на '
  'сумму 12 480,00 руб.' + SIG,
  cs='windows-1251', mailer=BAT, req='469520', label=R('price/contract talk'))

# ---------------------------------------------------------------- 469588
L('2026-11-23T09:10', ZH, 'Заявка № 469588 принята',
  'Добрый день.\n\nЗаявка № 469588 (обследование кровли, здания 1–3) принята в работу.\n\nЖгутова Л.А.',
  html='<html><body><p>Добрый день.</p><p>Заявка № <b>469588</b> (обследование кровли, здания 1–3) '
       'принята в работу.</p><p>Жгутова Л.А.</p></body></html>',
  cs='utf-8', cte='quoted-printable', mailer=OUTL, req='469588', label=D('469588', [], PR, 'accepted'))
L('2026-11-24T08:00', RI, '469588', 'в пути на позицию 1' + IPH, req='469588',
  label=D('469588', ['1'], VP, 'on the way to pos 1'))
L('2026-11-24T08:40', RI, 'Re: 469588', 'Поз1 на месте, лезем на кровлю' + IPH +
  '\n\n> 24 нояб. 2026 г., в 08:00, Мухаметшин Ринат написал(а):\n> в пути на позицию 1', req='469588',
  label=D('469588', ['1'], NM, 'on site at pos 1'))
html2 = ('<html><body><p>Добрый день.</p><p>Заявка 469588 — состояние на 16:00 24.11.2026:</p>'
         '<table border="1"><tr><td><b>Позиция</b></td><td><b>Состояние</b></td></tr>'
         '<tr><td>П1</td><td>обследование выполнено, убыли 12:30</td></tr>'
         '<tr><td>П2</td><td>обследование выполнено, убыли 15:10</td></tr>'
         '<tr><td>П3</td><td>не начато</td></tr></table>'
         '<p>Фотоотчёт направим отдельно.</p><p>--<br>Жгутова Л.А.</p></body></html>')
L('2026-11-24T16:05', ZH, 'Заявка 469588 — состояние', html=html2, cs='windows-1251',
  cte='base64', mailer=OUTL, req='469588',
  label=D('469588', ['1', '2'], UB, 'HTML table: P1, P2 left; P3 not started'))
L('2026-11-25T15:20', ZH, '469588 поз 3 фотоотчёт',
  'Во вложении фотоотчёт по позиции 3. Обследование кровли здания 3 выполнено в полном объёме, '
  'бригада объект покинула.' + SIG2,
  cs='windows-1251', mailer=BAT, atts=['469588_поз3_01.jpg', '469588_поз3_02.jpg', '469588_поз3_03.jpg'],
  req='469588', label=D('469588', ['3'], UB, 'pos 3 finished, crew left'))

# ---------------------------------------------------------------- misc review / ignored
L('2026-11-16T11:00', ZH, 'Оригиналы актов',
  'Добрый день.\n\nПо заявкам 469233 и 469250 акты подписаны, оригиналы переданы курьером '
  '(СДЭК, накладная 1093475526).' + SIG,
  cs='windows-1251', mailer=BAT, label=R('two requests in one letter; documents'))
L('2026-11-16T12:30', ZH, 'Заявка 469143',
  'Заявка 469143 принята.\nЖгутова Л.А.', cs='windows-1251', mailer=BAT,
  label=R('469143 is not in the registry'))
L('2026-11-10T12:10', RI, '469250 поз. 2', 'поз 2 выполнено, уехали' + IPH,
  label=R('469250 has no position 2'))
L('2026-11-16T14:00', ZH, 'Re: Корректировка заявки 469412',
  'Спасибо, корректировку заявки 469412 получили, учтём.\nЛ.А.\n\n'
  '> Людмила Аркадьевна, в заявку 469412 добавлено ИТП-3.\n> ' + DISP,
  cs='windows-1251', mailer=BAT, label=R('acknowledgement of dispatcher message'))
news = ('Уважаемые партнёры!\n\n21 ноября — День бухгалтера. Коллектив ООО «Солончак-Теплосервис» '
        'поздравляет всех, кто сводит дебет с кредитом!\n\nНапоминаем: с 01.12.2026 меняется '
        'банковский счёт компании, реквизиты во вложении.\n\nОтписаться от рассылки: '
        'https://solonchak-ts.ru/unsubscribe?id=8823')
L('2026-11-20T10:00', NEWS, 'С Днём бухгалтера! Новые реквизиты с 01.12.2026', news, cs='utf-8',
  atts=['Реквизиты_Солончак-ТС_с_01.12.2026.pdf'],
  hdrs={'Precedence': 'bulk', 'List-Unsubscribe': '<https://solonchak-ts.ru/unsubscribe?id=8823>',
        'List-Id': 'partners.solonchak-ts.ru'}, label=I('bulk newsletter'))
cal = MIMEMultipart('alternative')
cal.attach(tpart('Жгутова Людмила Аркадьевна приняла это приглашение.\n\nСверка документов по договору 47/ТС-2026\n'
                 'Когда: 26.11.2026 11:00–12:00', 'plain', 'utf-8', 'base64'))
ics = ('BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n'
       'METHOD:REPLY\r\nBEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:lzhgutova@solonchak-ts.ru\r\n'
       'DTSTART:20261126T080000Z\r\nDTEND:20261126T090000Z\r\nSUMMARY:Сверка документов по договору 47/ТС-2026\r\n'
       'UID:040000008200E00074C5B7101A82E00800000000D0A1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')
cp = tpart(ics, 'calendar', 'utf-8', 'base64'); cp.set_param('method', 'REPLY')
cal.attach(cp)
L('2026-11-24T17:30', ZH, 'Принято: Сверка документов по договору 47/ТС-2026', special=cal, cs='utf-8',
  mailer=OUTL, label=I('calendar meeting response'))
L('2026-11-24T10:15', KO, 'Автоответ: Заявка 469588',
  'Я в отпуске до 07.12. Письма прочитаю после возвращения.\n\nЭто сообщение отправлено автоматически.',
  tz=MSK, hdrs={'Auto-Submitted': 'auto-replied'}, label=I('mail.ru vacation auto-reply'))

# ---------------------------------------------------------------- registry / labels
emails = sorted({ZH[1], RI[1], KO[1], BUH[1], OFF[1], DAEMON[1], NEWS[1]})
reg = {'contractor': {'name': 'ООО «Солончак-Теплосервис»', 'emails': emails,
                      'domains': [DOM]},
       'requests': [{'number': n, 'positions': p, 'registered_at': t + ':00+03:00', 'comment': c}
                    for n, p, t, c in REQ]}
with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as f:
    json.dump(reg, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
print(len(labels), 'letters')
