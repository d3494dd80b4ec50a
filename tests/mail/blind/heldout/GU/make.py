#!/usr/bin/env python3
# Generator for persona GU: ТОО «Қызылжар Жылу-Су Монтаж», Petropavl (KZ), +0500
import json, os, datetime, base64
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.message import MIMEMessage
from email.charset import Charset, BASE64, QP
from email.header import Header
from email.utils import formataddr, format_datetime
import email

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
TZ = datetime.timezone(datetime.timedelta(hours=5))
DOM = 'kyzylzhar-zhylusu.kz'
TO = ('Диспетчерская ОМИС', 'dispatch@zakazchik-omis.ru')

P = {
 'oks': ('Оксана Гребенюк', 'o.grebenyuk@' + DOM),
 'vik': ('Виктор Шульц', 'v.schulz@' + DOM),
 'erl': ('Ерлан Жақыпов', 'yerlan.zhakupov@' + DOM),
 'bau': ('Бауыржан Смағұлов', 'bauka.smagulov@mail.kz'),
 'nur': ('Нұрлан Әбенов', 'nurlan_abenov@mail.kz'),
 'info': ('Қызылжар Жылу-Су Монтаж', 'info@' + DOM),
 'md': ('Mail Delivery System', 'mailer-daemon@' + DOM),
 'mdkz': ('Mail.kz Delivery', 'mailer-daemon@mail.kz'),
}
MAILER = {
 'oks': 'Microsoft Outlook 16.0',
 'vik': 'The Bat! (v9.4.5) Professional',
 'erl': None,
 'bau': 'Mail.kz Webmail 4.2',
 'nur': 'Mail.kz Webmail 4.2',
}

REQS = [
 ("468107", ["1","2","3"], "2026-11-02T09:10:00+03:00", "Котельная ТЦ «Берёзка», г. Петропавловск, ул. Жамбыла 150: П1 циркуляционный насос Grundfos TP 50-240/2, П2 теплообменник Ридан НН14, П3 расширительный бак"),
 ("468112", ["1","2"], "2026-11-03T10:00:00+03:00", "ИТП ЖК «Северный», ул. Интернациональная 33: П1 корпус А, П2 корпус Б – ревизия ИТП"),
 ("468125", ["1"], "2026-11-04T09:00:00+03:00", "Водомерный узел склада, г. Петухово (Курганская обл.), замена счётчика ХВС"),
 ("468139", ["1","2","3","4"], "2026-11-05T11:00:00+03:00", "Замена радиаторов, офис ул. Букетова 56: позиции по этажам 1–4"),
 ("468144", ["1","2"], "2026-11-09T10:00:00+03:00", "Столовая промбазы: П1 бойлер косвенного нагрева Drazice OKC 300, П2 группа безопасности"),
 ("468150", ["1"], "2026-11-10T13:00:00+03:00", "Аварийная: порыв трубы ХВС, магазин ул. Пушкина 78"),
 ("468163", ["1","2","3"], "2026-11-12T09:00:00+03:00", "Промывка систем отопления, база: здания 1, 2, 3"),
 ("468171", ["1","2"], "2026-11-16T10:00:00+03:00", "АЗС г. Ишим (Тюменская обл.): П1 котёл Baxi Luna-3, П2 дымоход"),
 ("468186", ["1"], "2026-11-18T09:00:00+03:00", "Замена задвижки Ду100 в тепловом узле, ул. Мира 212"),
 ("468192", ["1","2","3"], "2026-11-20T09:30:00+03:00", "Опрессовка системы отопления, жилой дом ул. Сутюшева 41: подъезды 1–3"),
 ("468205", ["1","2"], "2026-11-23T09:00:00+03:00", "Насосная станция повышения давления Wilo COR-2 MHI 405: П1 частотный преобразователь, П2 насос №2"),
 ("468218", ["1","2","3","4"], "2026-11-25T08:00:00+03:00", "Монтаж теплосчётчиков ТЭМ-106, 4 узла учёта, ул. Сутюшева 58"),
]

LETTERS = []
LABELS = {}
_mid = [0]

def D(s):
    mo_d, hm = s.split()
    mo, d = mo_d.split('-')
    h, m = hm.split(':')
    return datetime.datetime(2026, int(mo), int(d), int(h), int(m), 17 + len(LETTERS) % 40, tzinfo=TZ)

def cs(charset, cte):
    c = Charset(charset)
    c.body_encoding = {'b64': BASE64, 'qp': QP, '8bit': None}[cte]
    c.header_encoding = BASE64
    return c

def hdrs(msg, who, date, subject, hcharset='utf-8', extra=None):
    name, addr = P[who]
    hc = 'utf-8' if hcharset == 'us-ascii' else hcharset
    msg['From'] = formataddr((name, addr), charset=hc)
    msg['To'] = formataddr(TO, charset=hc)
    msg['Subject'] = Header(subject, hc).encode() if any(ord(c) > 127 for c in subject) else subject
    msg['Date'] = format_datetime(D(date))
    _mid[0] += 1
    host = addr.split('@')[1]
    msg['Message-ID'] = '<%s.%04d.%s@%s>' % (D(date).strftime('%Y%m%d%H%M%S'), _mid[0] * 37 + 1000, who, host)
    msg['MIME-Version'] = '1.0'
    if MAILER.get(who):
        msg['X-Mailer'] = MAILER[who]
    for k, v in (extra or {}).items():
        msg[k] = v

def put(msg, label):
    n = '%03d.eml' % (len(LETTERS) + 1)
    data = msg if isinstance(msg, bytes) else msg.as_bytes()
    with open(os.path.join(LET, n), 'wb') as f:
        f.write(data)
    LETTERS.append(n)
    LABELS[n] = label

def dec(req, pos, st, note):
    assert st in ('заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл')
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}
def rev(note): return {"expect": "review", "note": note}
def ign(note): return {"expect": "ignored", "note": note}

def plain(who, date, subject, body, label, charset='utf-8', cte='b64', extra=None):
    m = MIMEText(body, 'plain', cs(charset, cte))
    hdrs(m, who, date, subject, charset, extra)
    put(m, label)

def html(who, date, subject, h, label, charset='utf-8', cte='b64', extra=None):
    m = MIMEText(h, 'html', cs(charset, cte))
    hdrs(m, who, date, subject, charset, extra)
    put(m, label)

def alt(who, date, subject, body, h, label, charset='utf-8', cte='qp', extra=None):
    m = MIMEMultipart('alternative')
    m.attach(MIMEText(body, 'plain', cs(charset, cte)))
    m.attach(MIMEText(h, 'html', cs(charset, cte)))
    hdrs(m, who, date, subject, charset, extra)
    put(m, label)

def sig_oks():
    return ("\n\nС уважением,\nГребенюк Оксана Викторовна\nдиспетчер ТОО «Кызылжар Жылу-Су Монтаж»\n"
            "г. Петропавловск, ул. Жамбыла 98, оф. 4\nтел. +7 (7152) 46-18-03, моб. +7 705 318 44 21")
def sig_vik():
    return ("\n\n--\nВ.А. Шульц, главный инженер\nТОО \"Кызылжар Жылу-Су Монтаж\", БИН 150940012345\n"
            "тел. 8 (7152) 46-18-05")

# ------------------------------------------------------------------ 468107
plain('oks', '11-02 11:42', 'Заявка 468107 – принята',
 "Добрый день!\n\nЗаявку № 468107 (котельная ТЦ «Берёзка», ул. Жамбыла 150) приняли в работу. "
 "Бригада Жакупова Е. выедет сегодня после обеда, ориентировочно к 14:30 по времени Петропавловска." + sig_oks(),
 dec('468107', [], 'заявка принята', 'office accepts the whole request; departure only planned'),
 charset='windows-1251', cte='qp')

plain('erl', '11-02 14:05', '468107',
 "Сәлеметсіз бе!\nВыехали на 468107, Жамбыла 150. Минут 20 и будем там.\nЕрлан",
 dec('468107', [], 'подрядчик в пути', 'выехали, будем через 20 мин'), cte='8bit')

plain('erl', '11-02 14:33', 'Re: 468107',
 "Келдік, на месте. Начинаем с насоса — поз.1\n\n"
 "02.11.2026 14:05, Ерлан Жақыпов пишет:\n> Сәлеметсіз бе!\n> Выехали на 468107, Жамбыла 150. Минут 20 и будем там.\n> Ерлан",
 dec('468107', ['1'], 'подрядчик на месте', 'arrived; names поз.1; quote is old в пути'), cte='8bit')

plain('erl', '11-02 18:52', '468107 поз 1',
 "Поз 1 — насос Grundfos TP 50-240/2 заменили, запустили, қысым 4,2 бар, бәрі жақсы.\n"
 "Поз 2 теплообменник — завтра, прокладки ждём с Омска.\nЕ.Жақыпов, +7 701 552 10 84",
 dec('468107', ['1'], 'подрядчик убыл', 'pos 1 done; pos 2 only planned'), cte='qp')

plain('erl', '11-03 10:12', 'ТЦ Берёзка 468107 (2,3)',
 "Доброе утро. Мы на объекте с 10:00, сегодня делаем 2-ю и 3-ю позиции (теплообменник и бак).",
 dec('468107', ['2', '3'], 'подрядчик на месте', 'on site since 10:00, positions in brackets in subject'))

plain('oks', '11-03 16:48', 'FW: 468107',
 "Коллеги, пересылаю сообщение бригадира.\n\n"
 "-----Original Message-----\nFrom: Ерлан Жақыпов <yerlan.zhakupov@kyzylzhar-zhylusu.kz>\n"
 "Sent: Tuesday, November 3, 2026 4:35 PM\nTo: Гребенюк Оксана <o.grebenyuk@kyzylzhar-zhylusu.kz>\nSubject: 468107\n\n"
 "Оксана апай, 468107 П2 П3 бітті. Теплообменник Ридан НН14 пластины промыли, прокладки новые, бак 50л поменяли. "
 "С объекта ушли 16:30. Акт у завхоза, подпишет завтра.",
 dec('468107', ['2', '3'], 'подрядчик убыл', 'forwarded crew report: П2 П3 done, left 16:30'), cte='b64')

# ------------------------------------------------------------------ 468112
plain('vik', '11-03 12:31', 'Заявка 468112 ЖК Северный',
 "Уважаемые коллеги!\n\nЗаявка 468112 (ревизия ИТП, ул. Интернациональная 33) принята. "
 "Выезд планируем на 05.11 к 9:00, просим предупредить управляющую компанию." + sig_vik(),
 dec('468112', [], 'заявка принята', 'accepted; 05.11 and BIN are not request numbers'),
 charset='koi8-r', cte='8bit')

plain('bau', '11-05 08:36', '468112-1',
 "Salemetsiz be. Vyehali na Internatsionalnaya 33, korpus A. 15 min.\nBauyrzhan",
 dec('468112', ['1'], 'подрядчик в пути', 'translit: выехали, 15 min; position after dash in subject'), charset='us-ascii', cte='8bit')

plain('bau', '11-05 09:11', '468112 (1)',
 "Keldik. Na meste, korpus A, ITP otkryli.",
 dec('468112', ['1'], 'подрядчик на месте', 'keldik/na meste'), charset='us-ascii', cte='8bit')

plain('bau', '11-05 15:04', 'Re: 468112-1',
 "Корпус А ИТП готово — фильтры почистили, манометры поменяли, рақмет охране. Уехали.\n"
 "По корпусу Б завтра с утра.\n\n"
 "-------- Бастапқы хат --------\nКімнен: Бауыржан Смағұлов <bauka.smagulov@mail.kz>\nКүні: 05.11.2026 08:36\n"
 "Тақырыбы: 468112-1\n\nSalemetsiz be. Vyehali na Internatsionalnaya 33, korpus A. 15 min.",
 dec('468112', ['1'], 'подрядчик убыл', 'korpus A (pos 1) done and left; B only planned'))

plain('bau', '11-06 09:41', '468112 поз2',
 "Сәлем. Корпус Б, на месте с 9:30.",
 dec('468112', ['2'], 'подрядчик на месте', 'subject поз2'))

plain('bau', '11-06 13:20', 'Re: 468112 поз2',
 "> Сәлем. Корпус Б, на месте с 9:30.\n\n"
 "Корпус Б тоже закончили, ушли. Акт № 77/11 подпишет завхоз, тел. 8 777 214 03 90.",
 dec('468112', ['2'], 'подрядчик убыл', 'reply under quote: закончили, ушли; act number is not request'))

# ------------------------------------------------------------------ 468125
plain('oks', '11-04 11:55', 'По обращению 468125',
 "Добрый день.\n\nПо обращению 468125 (водомерный узел, склад в г. Петухово) сообщаем: заявка принята. "
 "Выезд будет после оформления пропуска на склад, бригада пересекает границу через МАПП Жана-Жол." + sig_oks(),
 dec('468125', [], 'заявка принята', 'accepted'), charset='windows-1251', cte='b64')

plain('oks', '11-05 10:02', 'Пропуск – 468125',
 "Уважаемые коллеги!\n\nДля выезда по заявке 468125 нужен пропуск на территорию склада на автомобиль "
 "ГАЗель, гос. номер 512 AVD 15 (Республика Казахстан), водитель Әбенов Н. Подскажите, пожалуйста, "
 "кому направить копии документов?" + sig_oks().replace('Кызылжар', 'Қызылжар'),
 rev('question about a pass, no status'), cte='qp')

plain('nur', '11-06 07:12', '468125 Петухово',
 "Сәлем! Шекарадан өттік — границу прошли, едем в Петухово по 468125. Будем примерно в 8:30 по вашему, 10:30 по нашему.\nНұрлан",
 dec('468125', [], 'подрядчик в пути', 'crossed border, travelling'), cte='8bit')

plain('nur', '11-06 10:47', 'Re: 468125 Петухово',
 "468125 - на объекте. Водомер ВСХд-32 снимаем, кран перекрыли.",
 dec('468125', [], 'подрядчик на месте', 'на объекте; ВСХд-32 is a model'), cte='qp')

plain('nur', '11-06 15:22', 'Re: Re: 468125 Петухово',
 "Счётчик поставили, пломба № 0048812, показания 00012 м3, фото в ватсап скинул. Все, уехали обратно, к границе едем.",
 dec('468125', [], 'подрядчик убыл', 'work done, left the site (travelling home ≠ в пути to site); number only in Re: subject'))

# ------------------------------------------------------------------ 468139
plain('oks', '11-05 14:03', 'Заявка 468139 (Букетова 56) – в работе',
 "Добрый день!\n\nЗаявка 468139 на замену радиаторов принята, радиаторы Royal Thermo 500/80 заказаны, "
 "по срокам поставки сообщим дополнительно." + sig_oks(),
 dec('468139', [], 'заявка принята', 'принята'), charset='windows-1251', cte='qp')

plain('erl', '11-09 08:41', '468139 Букетова',
 "Сәлеметсіз бе! Радиаторы получили, выехали на Букетова 56 по 468139, 15 минут.",
 dec('468139', [], 'подрядчик в пути', 'выехали на объект'))

plain('erl', '11-09 09:06', 'Re: 468139 Букетова',
 "Бригада на объекте, 4 адам. Работаем.",
 dec('468139', [], 'подрядчик на месте', 'crew on site; number in Re subject'))

html('oks', '11-09 17:40', 'Отчёт по заявке 468139 за 09.11',
 "<html><body><p>Добрый вечер!</p><p>Отчёт по заявке <b>468139</b> на 09.11.2026:</p>"
 "<table border='1' cellpadding='4'><tr><th>Поз.</th><th>Этаж</th><th>Состояние</th></tr>"
 "<tr><td>1</td><td>1 этаж</td><td>Радиаторы (6 шт.) заменены, бригада ушла в 17:20</td></tr>"
 "<tr><td>2</td><td>2 этаж</td><td>Выполнено, 7 шт.</td></tr>"
 "<tr><td>3</td><td>3 этаж</td><td>Перенос на 10.11</td></tr>"
 "<tr><td>4</td><td>4 этаж</td><td>Перенос на 10.11</td></tr></table>"
 "<p>С уважением,<br>Гребенюк О.В.<br>тел. +7 (7152) 46-18-03</p></body></html>",
 dec('468139', ['1', '2'], 'подрядчик убыл', 'HTML table: 1,2 done, 3,4 only planned'),
 charset='windows-1251', cte='b64')

plain('bau', '11-10 09:02', '468139 p3 p4',
 "Salem! 468139 p3, p4 - na meste, jumys bastaldy.",
 dec('468139', ['3', '4'], 'подрядчик на месте', 'Kazakh Latin, na meste'), charset='us-ascii', cte='8bit')

plain('bau', '11-10 16:05', 'Re: 468139 p3 p4',
 "Поз.3 и поз.4 (3-4 этажи) тоже готово, 11 радиаторов. Мусор вывезли. Kettik — уехали.\n\n"
 "> Salem! 468139 p3, p4 - na meste, jumys bastaldy.",
 dec('468139', ['3', '4'], 'подрядчик убыл', 'done and left'))

# ------------------------------------------------------------------ 468144
plain('erl', '11-09 13:05', '468144 бойлер',
 "Сәлеметсіз бе, по 468144 вопрос: в заявке бойлер OKC 300, а на месте стоял на 200 литров, посадочное место маленькое. "
 "Какой ставить — 200 или 300? Жауап беріңізші, рақмет.",
 rev('question, no status'))

plain('oks', '11-10 09:22', 'Заявка 468144',
 "Добрый день!\n\nЗаявку 468144 берём в работу. Бойлер Drazice OKC 300 NTR/Z заказан, поставка 11.11, "
 "монтаж в тот же день." + sig_oks(),
 dec('468144', [], 'заявка принята', 'берём в работу'), charset='windows-1251', cte='qp')

plain('erl', '11-11 10:12', '468144',
 "Бойлерді алдық, едем в столовую. Будем в 10:45 шамасы.",
 dec('468144', [], 'подрядчик в пути', 'picked up boiler, driving to site'))

plain('erl', '11-11 10:57', 'Re: 468144 поз.1',
 "Прибыли. 10:50.\n\n-----Original Message-----\nFrom: Ерлан Жақыпов\nSent: 11.11.2026 10:12\nSubject: 468144\n\n"
 "Бойлерді алдық, едем в столовую. Будем в 10:45 шамасы.",
 dec('468144', ['1'], 'подрядчик на месте', 'Прибыли; position from subject'))

alt('nur', '11-11 17:08', 'Заявка 468144 – выполнено',
 "Добрый вечер.\nПо 468144 обе позиции выполнены:\n- П1 бойлер установлен, подключён\n- П2 группа безопасности смонтирована, проверили на 6 бар\n"
 "Объект покинули в 17:00.\nНұрлан Әбенов",
 "<div>Добрый вечер.</div><div>По 468144 обе позиции выполнены:</div><ul><li>П1 бойлер установлен, подключён</li>"
 "<li>П2 группа безопасности смонтирована, проверили на 6 бар</li></ul><div>Объект покинули в 17:00.</div><div>Нұрлан Әбенов</div>",
 dec('468144', ['1', '2'], 'подрядчик убыл', 'both done, left 17:00'))

# ------------------------------------------------------------------ 468150
plain('erl', '11-10 15:14', 'АВАРИЯ 468150',
 "ПРИНЯЛИ 468150. ВЫЕХАЛИ, БУДЕМ ЧЕРЕЗ 25 МИН НА ПУШКИНА 78",
 dec('468150', [], 'подрядчик в пути', 'caps: accepted and already driving -> latest is в пути'))

plain('erl', '11-10 15:41', 'Re: АВАРИЯ 468150',
 "На Пушкина 78 на мсте. Воду перекрыли, подвал топит немного, откачиваем.",
 dec('468150', [], 'подрядчик на месте', 'typo на мсте'))

plain('erl', '11-10 18:24', 'наряд 468150',
 "По наряду 468150: труба ХВС Ду50, заменили участок 2 м, давление держит, вода есть. Бригада освободилась.",
 dec('468150', [], 'подрядчик убыл', 'бригада освободилась'), cte='qp')

plain('oks', '11-11 09:03', 'Доп. работы по заявке 468150',
 "Уважаемые коллеги!\n\nПо заявке 468150 просим согласовать дополнительные работы: замена участка трубы Ду50 "
 "длиной 2 м и откачка воды из подвала. Стоимость 48 500 тенге (по курсу ≈ 9 200 руб.). "
 "Счёт № 311 от 11.11.2026 во вложении будет направлен отдельным письмом." + sig_oks().replace('Кызылжар', 'Қызылжар'),
 rev('price / extra works talk, no status'), cte='b64')

# ------------------------------------------------------------------ 468163
plain('vik', '11-12 12:05', 'Re: Промывка систем отопления (заявка 468163)',
 "Добрый день.\n\nЗаявка 468163 принята в работу, гидропневматическую промывку проведём 16-18.11 "
 "по одному зданию в день.\n\n> Просим выполнить промывку систем отопления зданий 1, 2, 3 базы." + sig_vik(),
 dec('468163', [], 'заявка принята', 'принята; dates are a plan'), charset='koi8-r', cte='qp')

# auto-reply (ignored)
plain('oks', '11-13 08:01', 'Автоответ: Re: Промывка систем отопления (заявка 468163)',
 "Здравствуйте!\n\nЯ нахожусь в отпуске до 16.11.2026. По срочным вопросам обращайтесь к Шульцу Виктору, "
 "v.schulz@kyzylzhar-zhylusu.kz, тел. 8 (7152) 46-18-05.\n\nМен 16.11.2026 дейін демалыстамын.",
 ign('out-of-office auto-reply'), cte='b64',
 extra={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'})

plain('erl', '11-13 14:20', 'пропуск база',
 "Рақмет, пропуск на базу получили. По 468163 выедем 16.11 в 8:00, первое здание.",
 rev('thanks + plan for 16.11, nothing happened yet'))

plain('bau', '11-16 08:17', '468163 P1',
 "468163 P1 zholdamyz - v doroge, 40 minut.",
 dec('468163', ['1'], 'подрядчик в пути', 'zholdamyz/v doroge'), charset='us-ascii', cte='8bit')

plain('bau', '11-16 09:06', 'Re: 468163 P1',
 "Нa мeстe, зaпустили компрeссор.",   # Latin a/e inside Cyrillic
 dec('468163', ['1'], 'подрядчик на месте', 'Latin look-alike letters; number in subject'))

plain('bau', '11-16 16:02', 'Re: Re: 468163 P1',
 "Здание 1 промыли, вода чистая пошла, акт промывки составили. Кеттік.\n\n"
 "Бауыржан Смағұлов <bauka.smagulov@mail.kz> жазды:\n> Нa мeстe, зaпустили компрeссор.",
 dec('468163', ['1'], 'подрядчик убыл', 'building 1 done; Кеттік = we left'))

plain('nur', '11-17 09:33', '468163 – 2-е и 3-е здание',
 "Доброе утро. Мы тут с 9:00, 2-е и 3-е здания, насос Wilo подключаем к стояку.",
 dec('468163', ['2', '3'], 'подрядчик на месте', 'on site for positions 2,3'))

plain('nur', '11-17 18:10', 'Re: 468163 – 2-е и 3-е здание',
 "По 468163: второе здание закончили и уехали с него, по третьему ещё стоим, один стояк забит, завтра продолжим.",
 rev('different statuses: pos 2 left, pos 3 still on site'), cte='qp')

plain('nur', '11-18 14:02', '468163 поз 3',
 "468163 поз 3 — готово, стояк пробили, система промыта, объект сдали завхозу. Убыли 13:40.",
 dec('468163', ['3'], 'подрядчик убыл', 'убыли 13:40'))

# ------------------------------------------------------------------ 468171
plain('oks', '11-16 13:04', 'RE: Заявка 468171 Ишим АЗС',
 "Заявку приняли, спасибо. Выезд в Ишим планируем на 18.11, через МАПП Караоба.\n\n"
 "От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\nОтправлено: 16 ноября 2026 г. 10:02\n"
 "Кому: Гребенюк Оксана\nТема: Заявка 468171 Ишим АЗС\n\nНаправляем заявку 468171: котёл Baxi Luna-3 и дымоход, АЗС №14, г. Ишим, ул. Ленина 3." + sig_oks(),
 dec('468171', [], 'заявка принята', 'Заявку приняли; quoted customer request below'), charset='windows-1251', cte='qp')

plain('erl', '11-18 06:35', '468171 Ишим',
 "Сәлеметсіз бе! 468171 — едем в Ишим, сейчас на границе стоим, очередь. Ориентировочно к 10:00 будем.",
 dec('468171', [], 'подрядчик в пути', 'travelling, at the border'), cte='8bit')

plain('erl', '11-18 10:22', 'Re: 468171 Ишим',
 "Приехали, АЗС. Поз 1 — котёл Baxi Luna-3 310 Fi, ошибка E10, смотрим.",
 dec('468171', ['1'], 'подрядчик на месте', 'Приехали; 310 Fi is model'))

plain('bau', '11-18 12:40', '468171 p.3',
 "468171 p.3 keldik, na kryshe rabotaem.",
 rev('position 3 does not exist in 468171'), charset='us-ascii', cte='8bit')

plain('erl', '11-18 17:48', 'Re: 468171 Ишим',
 "468171 — котёл и дымоход (1, 2) сделали, датчик давления поменяли, тяга есть. Уезжаем домой, рақмет.",
 dec('468171', ['1', '2'], 'подрядчик убыл', 'done, leaving for home'), cte='qp')

# ------------------------------------------------------------------ 468186
plain('vik', '11-18 12:12', 'Заявка N 468186',
 "Добрый день.\n\nЗаявка N 468186 (задвижка Ду100, ул. Мира 212) принята." + sig_vik(),
 dec('468186', [], 'заявка принята', 'принята; 212 is street number'), charset='koi8-r', cte='b64')

# read receipt (ignored)
def mdn(who, date, subject, orig_subject, orig_date, label):
    m = MIMEMultipart('report', report_type='disposition-notification')
    m.attach(MIMEText("Сообщение\n\n  Кому: Виктор Шульц\n  Тема: %s\n  Отправлено: %s\n\nбыло прочитано %s." %
                      (orig_subject, orig_date, D(date).strftime('%d.%m.%Y %H:%M')), 'plain', cs('utf-8', 'b64')))
    p = MIMEText("Reporting-UA: The Bat!; v9.4.5\nFinal-Recipient: rfc822; v.schulz@kyzylzhar-zhylusu.kz\n"
                 "Original-Message-ID: <ord468186.20261118@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n",
                 'plain', 'us-ascii')
    p.replace_header('Content-Type', 'message/disposition-notification')
    m.attach(p)
    hdrs(m, who, date, subject)
    put(m, label)
mdn('vik', '11-18 12:30', 'Прочитано: Заявка 468186 – уточнение', 'Заявка 468186 – уточнение', '18.11.2026 10:27',
    ign('read receipt'))

plain('nur', '11-19 08:04', '468186',
 "Сәлем. По 468186 ещё не выехали — задвижку 30с41нж Ду100 ждём со склада, позже напишу.",
 rev('negation: ещё не выехали'))

plain('nur', '11-19 11:31', 'задвижка Мира 212 (468186)',
 "Задвижку получили, выехали на Мира 212, минут через 20.",
 dec('468186', [], 'подрядчик в пути', 'number in brackets after address in subject'))

plain('nur', '11-19 14:52', 'Re: Re: заявка 468186',
 "Задвижка 30с41нж Ду100 Ру16 стоит, течи нет, систему заполнили. Ушли с объекта.\n\n"
 "19.11.2026, 11:31, \"Нұрлан Әбенов\" <nurlan_abenov@mail.kz>:\n> Задвижку получили, выехали на Мира 212, минут через 20.",
 dec('468186', [], 'подрядчик убыл', 'number only in Re: subject; ушли с объекта'))

# bounce (ignored)
def bounce(who, date, subject, text, failed, orig_subj, label):
    m = MIMEMultipart('report', report_type='delivery-status')
    m.attach(MIMEText(text, 'plain', cs('utf-8', 'qp')))
    from email.message import Message
    b1 = Message(); b1['Reporting-MTA'] = 'dns; ' + P[who][1].split('@')[1]
    b2 = Message(); b2['Final-Recipient'] = 'rfc822; ' + failed; b2['Action'] = 'failed'; b2['Status'] = '5.1.1'
    b2['Diagnostic-Code'] = 'smtp; 550 5.1.1 User unknown'
    ds = Message(); ds['Content-Type'] = 'message/delivery-status'; ds.set_payload([b1, b2])
    m.attach(ds)
    oh = MIMEText("From: dispatch@zakazchik-omis.ru\nTo: %s\nSubject: %s\nDate: %s\n" %
                  (failed, Header(orig_subj, 'utf-8').encode(), format_datetime(D(date) - datetime.timedelta(minutes=1))), 'plain', 'us-ascii')
    oh.replace_header('Content-Type', 'text/rfc822-headers')
    m.attach(oh)
    hdrs(m, who, date, subject, extra={'Auto-Submitted': 'auto-replied'})
    put(m, label)
bounce('md', '11-19 16:10', 'Undelivered Mail Returned to Sender',
 "This is the mail system at host mx.kyzylzhar-zhylusu.kz.\n\nI'm sorry to have to inform you that your message could not\n"
 "be delivered to one or more recipients.\n\n<a.ivanchenko@kyzylzhar-zhylusu.kz>: host mx.kyzylzhar-zhylusu.kz said:\n"
 "    550 5.1.1 User unknown\n", 'a.ivanchenko@kyzylzhar-zhylusu.kz', 'Заявка 468186 закрыта?',
 ign('bounce for a dispatcher message to a removed mailbox'))

# ------------------------------------------------------------------ 468192
html('oks', '11-20 12:03', 'Заявка 468192 принята',
 "<html><head><meta charset='utf-8'></head><body><div style='font-family:Calibri'>"
 "<p>Добрый день!</p><p>Заявка <b>468192</b> (опрессовка, ул. Сутюшева 41, подъезды 1–3) принята в работу.</p>"
 "<p>Гребенюк О.В., тел. 46-18-03</p></div></body></html>",
 dec('468192', [], 'заявка принята', 'HTML-only, принята'), cte='qp')

# calendar response (ignored)
def cal(who, date, subject, label):
    m = MIMEMultipart('alternative')
    m.attach(MIMEText("Оксана Гребенюк приняла это приглашение.", 'plain', cs('utf-8', 'qp')))
    ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\n"
           "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Oksana Grebenyuk:mailto:o.grebenyuk@kyzylzhar-zhylusu.kz\r\n"
           "ORGANIZER:mailto:dispatch@zakazchik-omis.ru\r\nDTSTART:20261124T080000Z\r\nDTEND:20261124T090000Z\r\n"
           "SUMMARY:Совещание по заявкам подрядчика (ноябрь)\r\nUID:040000008200E00074C5B7101A82E0080000000050B1\r\n"
           "DTSTAMP:20261121T060000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    p = MIMEText(ics, 'calendar', cs('utf-8', 'b64'))
    p.set_param('method', 'REPLY')
    m.attach(p)
    hdrs(m, who, date, subject)
    put(m, label)
cal('oks', '11-21 11:05', 'Принято: Совещание по заявкам подрядчика (ноябрь)', ign('calendar meeting response'))

plain('erl', '11-23 08:22', 'Сутюшева 41',
 "Выехали от базы на объект 468192 — подъезды 1, 2, 3. Опрессовочный насос взяли.",
 dec('468192', ['1', '2', '3'], 'подрядчик в пути', 'left FROM base TO site = on the way, all three named'))

plain('erl', '11-23 13:05', '468192-1',
 "1-й подъезд опрессовали, 10 кгс/см² держит, мы ушли оттуда. 2, 3 подъезд завтра.",
 dec('468192', ['1'], 'подрядчик убыл', 'pos 1 done, 2-3 planned'), cte='8bit')

plain('oks', '11-23 17:02', 'Сводка за 23.11',
 "Добрый вечер!\n\nСводка: бригада Жакупова сегодня закончила 468192 п.1, а бригада Смагулова выехала на 468205." + sig_oks(),
 rev('two different requests in one letter'), charset='windows-1251', cte='qp')

# ------------------------------------------------------------------ 468205
plain('oks', '11-23 11:32', 'Заявка 468205 Wilo',
 "Добрый день!\n\nЗаявку 468205 (насосная станция Wilo COR-2 MHI 405) приняли, выезд сегодня во второй половине дня." + sig_oks(),
 dec('468205', [], 'заявка принята', 'приняли; 405 is model'), charset='windows-1251', cte='b64')

plain('bau', '11-23 16:12', '468205 p1 p2',
 "468205 p1 p2 — в пути, частотник везём. 30 мин.",
 dec('468205', ['1', '2'], 'подрядчик в пути', 'в пути'))

plain('bau', '11-23 17:06', 'Re: 468205 p1 p2',
 "Келдік, на месте.\n\n> 468205 p1 p2 — в пути, частотник везём. 30 мин.",
 dec('468205', ['1', '2'], 'подрядчик на месте', 'arrived; positions from subject'))

plain('vik', '11-23 18:15', 'Допсоглашение к договору',
 "Уважаемые коллеги!\n\nНаправляем проект дополнительного соглашения N 4 к договору N 12/2026-ПТ от 15.01.2026 "
 "на выезды в Курганскую и Тюменскую области. Просим рассмотреть и вернуть с подписью до 30.11." + sig_vik(),
 rev('contract talk, no request'), charset='koi8-r', cte='qp')

plain('bau', '11-24 09:15', 'без темы',
 "Salem, na meste, nachali. Bauyrzhan",
 rev('no request number at all'), charset='us-ascii', cte='8bit')

plain('erl', '11-24 09:40', '468192 подъезды 2,3',
 "Подъезды 2 и 3 — опрессовка прошла, давление 10 кгс/см² держит 10 мин, утечек нет. Всё, уехали, рақмет.",
 dec('468192', ['2', '3'], 'подрядчик убыл', 'done, уехали'), cte='qp')

plain('oks', '11-24 12:10', 'Fwd: 468205',
 "Пересылаю отчёт бригадира.\n\n-------- Қайта жіберілген хат --------\nКімнен: Бауыржан Смағұлов <bauka.smagulov@mail.kz>\n"
 "Күні: 24.11.2026 11:58\nКімге: Оксана Гребенюк <o.grebenyuk@kyzylzhar-zhylusu.kz>\nТақырыбы: 468205\n\n"
 "Оксана, 468205 П2 — насос №2 заменён (Wilo MHI 405), станция работает в автомате, ушли с насосной.\n"
 "П1 частотник — пришёл не тот, заказали заново, будет в пятницу.",
 dec('468205', ['2'], 'подрядчик убыл', 'forwarded from mail.kz: П2 done, П1 plan'))

plain('oks', '11-24 15:00', 'Re: перенос сроков 468192',
 "Спасибо, ваше письмо о переносе приёмки по 468192 на 26.11 получили, учтём." + sig_oks(),
 rev('acknowledgement of dispatcher message'), charset='windows-1251', cte='b64')

# newsletter (ignored)
alt('info', '11-24 10:00', 'Жаңа жыл! Скидка 15% на опрессовку и промывку',
 "Құрметті серіктестер! Уважаемые партнёры!\nДо 31.12.2026 скидка 15% на промывку и опрессовку систем отопления.\n"
 "Тел. +7 (7152) 46-18-00. Отписаться: https://kyzylzhar-zhylusu.kz/unsub?id=88231",
 "<p>Құрметті серіктестер! Уважаемые партнёры!</p><p>До 31.12.2026 скидка <b>15%</b> на промывку и опрессовку.</p>"
 "<p><a href='https://kyzylzhar-zhylusu.kz/unsub?id=88231'>Отписаться</a></p>",
 ign('bulk newsletter'), extra={'Precedence': 'bulk', 'List-Unsubscribe': '<https://kyzylzhar-zhylusu.kz/unsub?id=88231>',
                                'List-Id': 'Novosti <news.kyzylzhar-zhylusu.kz>'})

plain('erl', '11-25 11:20', '468170 поз 1',
 "468170 поз 1 на месте, начали.",
 rev('468170 is not in the registry'))

# mail.kz bounce (ignored)
bounce('mdkz', '11-25 13:30', 'Хат жеткізілмеді / Mail delivery failed',
 "Хат жеткізілмеді. Сообщение не доставлено.\n\nbauka.smagulov@mail.kz: пошта жәшігі толы / mailbox full\n",
 'bauka.smagulov@mail.kz', 'Re: 468205 частотник',
 ign('mail.kz delivery failure'))

plain('bau', '11-27 14:20', '468205 поз.1',
 "Сәлеметсіз бе. 468205 поз.1 — частотный преобразователь Wilo поставили, настроили на 4,5 бар. Выехали с объекта в 14:10.",
 dec('468205', ['1'], 'подрядчик убыл', 'выехали С объекта = left'))

# ------------------------------------------------------------------ 468218
plain('vik', '11-25 10:33', '468218',
 "Заявка 468218 принята. Теплосчётчики ТЭМ-106 (4 шт.) в наличии на складе." + sig_vik(),
 dec('468218', [], 'заявка принята', 'принята'), charset='koi8-r', cte='qp')

plain('nur', '11-26 08:02', 'Сутюшева 58 – 468218',
 "Сәлем. 468218 — выехали, все точки сегодня начнём.",
 dec('468218', [], 'подрядчик в пути', 'выехали, no specific positions'))

plain('nur', '11-26 08:41', 'Re: Сутюшева 58 – 468218',
 "Прибытие 08:35.",
 dec('468218', [], 'подрядчик на месте', 'noun Прибытие with time'))

plain('nur', '11-26 15:33', '468218 п1 п2',
 "468218: п1 и п2 — теплосчётчики ТЭМ-106 смонтированы, пломбы № 22931, 22932. Убытие 15:20.\nп3, п4 — 27.11.",
 dec('468218', ['1', '2'], 'подрядчик убыл', 'Убытие; seal numbers; 3,4 plan'))

plain('nur', '11-27 13:00', '468218 п3 п4',
 "468218 п3 поставили, п4 ещё монтируем, трубу переваривать надо.",
 rev('different statuses: п3 done, п4 in progress'), cte='qp')

# forwarded as attachment (message/rfc822)
inner = MIMEText("468218 п.3, п.4 бітті — готово, уехали 16:50. Акт ввода узлов учёта у коменданта.", 'plain', cs('utf-8', 'b64'))
inner['From'] = formataddr(P['nur'], charset='utf-8')
inner['To'] = formataddr(P['oks'], charset='utf-8')
inner['Subject'] = '468218'
inner['Date'] = format_datetime(D('11-27 16:55'))
inner['Message-ID'] = '<inner.46821834@mail.kz>'
outer = MIMEMultipart('mixed')
outer.attach(MIMEText("Коллеги, по 468218 пересылаю письмо мастера во вложении.\nГребенюк О.В.", 'plain', cs('utf-8', 'qp')))
outer.attach(MIMEMessage(inner))
hdrs(outer, 'oks', '11-27 17:10', 'Fw: 468218')
put(outer, dec('468218', ['3', '4'], 'подрядчик убыл', 'forward as attachment: п3 п4 done, left 16:50'))

# auto-reply from mail.kz (ignored)
plain('nur', '11-28 09:00', 'Автожауап: Re: 468218 акт',
 "Автожауап. Автоответ.\nМен 30.11 дейін іссапардамын. В командировке до 30.11, связь ограничена.",
 ign('auto-reply'), extra={'Auto-Submitted': 'auto-replied'})

# ------------------------------------------------------------------ write registry, labels
reg = {"contractor": {"name": "ТОО «Қызылжар Жылу-Су Монтаж»",
                      "emails": sorted({v[1] for v in P.values()}),
                      "domains": [DOM]},
       "requests": [{"number": n, "positions": p, "registered_at": r, "comment": c} for n, p, r, c in REQS]}
json.dump(reg, open(os.path.join(OUT, 'registry.json'), 'w'), ensure_ascii=False, indent=1)
json.dump(LABELS, open(os.path.join(OUT, 'labels.json'), 'w'), ensure_ascii=False, indent=1)
print(len(LETTERS), 'letters')
