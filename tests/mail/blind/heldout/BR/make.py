#!/usr/bin/env python3
"""Generator of test letters for persona BR: ООО «АкваХим-Контроль» (Новосибирск, +0700).

Writes registry.json, labels.json and letters/NNN.eml next to this script.
Deterministic: fixed random seed, no time/uuid based ids.
"""
import datetime as dt
import html
import json
import os
import random
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.parser import BytesParser
from email import encoders, policy
from email.utils import formataddr, format_datetime

random.seed(4011)
HERE = os.path.dirname(os.path.abspath(__file__))
LETTERS = os.path.join(HERE, "letters")
os.makedirs(LETTERS, exist_ok=True)

TZ = dt.timezone(dt.timedelta(hours=7))      # Новосибирск
TZ_MSK = dt.timezone(dt.timedelta(hours=3))  # заказчик пишет по Москве
DOM = "akvahim-kontrol.ru"
DISPATCH = "dispatch@zakazchik-omis.ru"
DISPATCH_NAME = "Диспетчерская ОМИС"


def D(day, hh, mm, ss=None):
    if ss is None:
        ss = random.randint(0, 59)
    return dt.datetime(2026, 11, day, hh, mm, ss, tzinfo=TZ)


# ---------------------------------------------------------------- registry
REGISTRY = {
    "contractor": {
        "name": "ООО «АкваХим-Контроль»",
        "emails": [
            "i.lebedeva@akvahim-kontrol.ru",
            "a.petrov@akvahim-kontrol.ru",
            "office@akvahim-kontrol.ru",
            "d.shatalov@akvahim-kontrol.ru",
            "news@akvahim-kontrol.ru",
            "mailer-daemon@akvahim-kontrol.ru",
            "kuzmin.sv83@mail.ru",
        ],
        "domains": ["akvahim-kontrol.ru"],
    },
    "requests": [
        {"number": "40112", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-02T09:15:00+07:00",
         "comment": "МБУ ДО ДЮСШ «Олимп», ул. Учительская, 17. Замена дозирующего насоса pH, калибровка контроллера. "
                    "1 – большая чаша 25 м; 2 – малая чаша; 3 – техпомещение (узел дозирования)"},
        {"number": "40127", "positions": ["1", "2"],
         "registered_at": "2026-11-03T11:40:00+07:00",
         "comment": "ГБУЗ НСО «ДГКБ № 4», бассейн гидрореабилитации. Превышение связанного хлора: внеплановый отбор проб, промывка фильтров. "
                    "1 – чаша ЛФК; 2 – бассейн для грудничков"},
        {"number": "40135", "positions": ["1", "2", "3", "4"],
         "registered_at": "2026-11-05T08:30:00+07:00",
         "comment": "СШОР по водным видам спорта, ул. Кирова, 86. Плановое ТО хлораторов и насосов. "
                    "1 – основная чаша 50 м; 2 – прыжковая чаша; 3 – детская чаша; 4 – фильтровальная станция"},
        {"number": "40141", "positions": ["1"],
         "registered_at": "2026-11-05T10:00:00+07:00",
         "comment": "МБУ ДО ДЮСШ № 11. Замена фильтрующей загрузки. 1 – фильтровальная (фильтр Ф-2)"},
        {"number": "40158", "positions": ["1", "2"],
         "registered_at": "2026-11-06T14:00:00+07:00",
         "comment": "ДЮСШ «Нептун», ул. Станиславского. Хлораторы не держат дозировку. 1 – чаша 1 (25 м); 2 – чаша 2 (10 м)"},
        {"number": "40163", "positions": ["01", "02"],
         "registered_at": "2026-11-09T09:00:00+07:00",
         "comment": "ГБУЗ НСО «ДГКБ № 1», отделение реабилитации. 01 – чаша гидрокинезотерапии; 02 – вихревая ванна"},
        {"number": "40170", "positions": ["1"],
         "registered_at": "2026-11-10T10:00:00+07:00",
         "comment": "СК «Заря» (ДЮСШ № 2). Замена ламп УФ-установки. 1 – техпомещение, УФ-установка"},
        {"number": "40186", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-11T13:00:00+07:00",
         "comment": "МБУ ДО ДЮСШ № 5, бассейн «Дельфин». 1 – чаша 1 (25 м); 2 – чаша 2 (обучающая); 3 – насосная"},
        {"number": "40194", "positions": ["1", "2"],
         "registered_at": "2026-11-13T10:00:00+07:00",
         "comment": "ДЮСШ «Спартак». Хлорирование: инжектор хлоратора, поставка гипохлорита. 1 – большая чаша; 2 – малая чаша"},
        {"number": "40203", "positions": ["1"],
         "registered_at": "2026-11-16T09:00:00+07:00",
         "comment": "ГБУЗ НСО «ДГКБ № 4», ежемесячный лабораторный контроль. 1 – чаша ЛФК"},
        {"number": "40219", "positions": ["1", "2", "3"],
         "registered_at": "2026-11-17T10:00:00+07:00",
         "comment": "ДЮСШ «Юность». ТО хлораторов и фильтров. 1 – чаша 1; 2 – чаша 2; 3 – чаша 3 (детская)"},
        {"number": "40225", "positions": ["1", "2"],
         "registered_at": "2026-11-19T11:00:00+07:00",
         "comment": "ДЮСШ по плаванию «Волна». Замена дозирующего насоса хлора. 1 – большая чаша; 2 – малая чаша"},
    ],
}

# ---------------------------------------------------------------- authors
SIG_CH = """--
С уважением,
Лебедева Ирина Викторовна
инженер-химик ООО «АкваХим-Контроль»
тел. +7 (383) 291-40-17, доб. 112
моб. +7 913 905-22-41"""

SIG_OF = """С уважением,
Анастасия Грачёва
менеджер по работе с клиентами
ООО «АкваХим-Контроль»
630099, г. Новосибирск, ул. Каменская, д. 64, оф. 402
ИНН 5406812345 / КПП 540601001
тел. +7 (383) 291-40-10"""

SIG_SE = """-- 
С уважением,
Петров Алексей Николаевич
главный инженер ООО "АкваХим-Контроль"
+7 (383) 291-40-12"""

SIG_MAILRU = "--\nОтправлено из мобильной Почты Mail"
SIG_IPHONE = "Отправлено с iPhone"
SIG_YA = "--\nОтправлено из мобильной Яндекс Почты"

AUTHORS = {
    # инженер-химик, Thunderbird, UTF-8
    "CH": dict(name="Лебедева Ирина Викторовна", addr="i.lebedeva@" + DOM, charset="utf-8",
               enc="8bit", kind="plain", hdrs={"User-Agent": "Mozilla Thunderbird"}, msgid_dom=DOM),
    # оператор, телефон (приложение Почты Mail.ru), UTF-8 base64, plain+html
    "OP": dict(name="Сергей Кузьмин", addr="kuzmin.sv83@mail.ru", charset="utf-8", enc="b64",
               kind="mailru", hdrs={"X-Mailer": "Mail.Ru Mail for Android 14.71"}, msgid_dom="f512.i.mail.ru"),
    # тот же оператор со второго телефона (Почта iOS), UTF-8 QP
    "OPI": dict(name="Сергей Кузьмин", addr="kuzmin.sv83@mail.ru", charset="utf-8", enc="qp",
                kind="plain", hdrs={"X-Mailer": "iPhone Mail (21G93)"}, msgid_dom="mail.ru"),
    # второй оператор, Яндекс Почта на телефоне, UTF-8
    "SH": dict(name="Денис Шаталов", addr="d.shatalov@" + DOM, charset="utf-8", enc="b64",
               kind="plain", hdrs={"X-Mailer": "Yandex Mail"}, msgid_dom="mail.yandex.ru"),
    # офис, Outlook, windows-1251 QP, plain+html
    "OF": dict(name="Грачёва Анастасия", addr="office@" + DOM, charset="windows-1251", enc="qp",
               kind="outlook", hdrs={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": None},
               msgid_dom=DOM),
    # главный инженер, старый The Bat!, KOI8-R 8bit
    "SE": dict(name="Петров Алексей Николаевич", addr="a.petrov@" + DOM, charset="koi8-r", enc="8bit",
               kind="plain", hdrs={"X-Mailer": "The Bat! (v6.8.8) Professional"}, msgid_dom=DOM,
               hdr_enc="q"),
}


def charset_obj(name, enc, hdr_enc=None):
    c = Charset(name)
    c.body_encoding = {"8bit": None, "qp": QP, "b64": BASE64}[enc]
    if hdr_enc == "q":
        c.header_encoding = QP
    elif hdr_enc == "b":
        c.header_encoding = BASE64
    return c


def text_part(text, subtype, charset, enc):
    return MIMEText(text, subtype, charset_obj(charset, enc))


def hdr(s, charset, hdr_enc=None):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset_obj(charset, "b64", hdr_enc))


def addr_hdr(name, addr, charset):
    return formataddr((name, addr), charset=charset)


def msgid(d, dom):
    return "<%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), "%016x" % random.getrandbits(64), dom)


def thread_index():
    return "AdlS" + "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
                            for _ in range(24)) + "=="


def esc(t):
    return html.escape(t, quote=False)


def html_outlook(text, charset):
    paras = []
    for line in text.split("\n"):
        if line.strip():
            paras.append('<p class=MsoNormal>%s<o:p></o:p></p>' % esc(line))
        else:
            paras.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv=Content-Type content="text/html; charset=%s">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
            '</head><body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>\n%s\n</div></body></html>'
            % (charset, "\n".join(paras)))


def html_mailru(text):
    lines = text.split("\n")
    body = "".join("<div>%s</div>" % (esc(l) if l.strip() else "&nbsp;") for l in lines)
    return ('<HTML><BODY>%s</BODY></HTML>' % body)


def html_simple(text):
    return "<html><body>%s</body></html>" % "<br>\n".join(esc(l) for l in text.split("\n"))


# ---------------------------------------------------------------- letters
LETTERS_SPEC = []


def add(author, date, subject, body, label, html_body=None, kind=None, enc=None, charset=None,
        attach=None, attach_msg=None, in_reply_to=None, extra=None, to=None):
    LETTERS_SPEC.append(dict(author=author, date=date, subject=subject, body=body, label=label,
                             html_body=html_body, kind=kind, enc=enc, charset=charset, attach=attach,
                             attach_msg=attach_msg, in_reply_to=in_reply_to, extra=extra or {}, to=to))


def add_raw(date, raw_builder, label):
    LETTERS_SPEC.append(dict(raw=raw_builder, date=date, label=label))


def dec(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ON, OFF = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"


def build(spec):
    a = AUTHORS[spec["author"]]
    charset = spec["charset"] or a["charset"]
    enc = spec["enc"] or a["enc"]
    kind = spec["kind"] or a["kind"]
    body = spec["body"]
    if kind == "plain":
        main = text_part(body, "plain", charset, enc)
    elif kind == "html":
        main = text_part(spec["html_body"] or html_simple(body), "html", charset, enc)
    else:
        if spec["html_body"]:
            h = spec["html_body"]
        elif kind == "outlook":
            h = html_outlook(body, charset)
        elif kind == "mailru":
            h = html_mailru(body)
        else:
            h = html_simple(body)
        main = MIMEMultipart("alternative")
        main.attach(text_part(body, "plain", charset, enc))
        main.attach(text_part(h, "html", charset, enc))
    if spec["attach"] or spec["attach_msg"]:
        msg = MIMEMultipart("mixed")
        msg.attach(main)
        for fname, ctype, data in spec["attach"] or []:
            mt, st = ctype.split("/")
            p = MIMEBase(mt, st)
            p.set_payload(data)
            encoders.encode_base64(p)
            p.add_header("Content-Disposition", "attachment",
                         filename=(charset, "", fname) if not fname.isascii() else fname)
            msg.attach(p)
        if spec["attach_msg"] is not None:
            p = MIMEMessage(spec["attach_msg"])
            p.add_header("Content-Disposition", "attachment", filename="message.eml")
            msg.attach(p)
    else:
        msg = main
    d = spec["date"]
    # header order similar to real clients
    hdrs = [("Message-ID", msgid(d, a["msgid_dom"])),
            ("Date", format_datetime(d)),
            ("From", addr_hdr(a["name"], a["addr"], charset)),
            ("To", spec["to"] or (DISPATCH if spec["author"] in ("OP", "OPI", "SH")
                                  else addr_hdr(DISPATCH_NAME, DISPATCH, charset))),
            ("Subject", hdr(spec["subject"], charset, a.get("hdr_enc")))]
    if spec["in_reply_to"]:
        hdrs.append(("In-Reply-To", spec["in_reply_to"]))
        hdrs.append(("References", spec["in_reply_to"]))
    for k, v in a["hdrs"].items():
        if k == "Thread-Index":
            v = thread_index()
        hdrs.append((k, v))
    for k, v in spec["extra"].items():
        hdrs.append((k, v))
    for sub in msg.walk():
        if sub is not msg and "MIME-Version" in sub:
            del sub["MIME-Version"]
    if "MIME-Version" in msg:
        del msg["MIME-Version"]
    existing = list(msg.items())
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs:
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in existing:
        msg[k] = v
    return msg.as_bytes()


def dmid(tag):
    """Message-ID of a dispatcher letter we reply to."""
    return "<%s@zakazchik-omis.ru>" % tag


# ====================================================================== 40112
add("CH", D(2, 10, 2), "Re: Заявка № 40112 — ДЮСШ «Олимп», замена дозирующего насоса",
    """Добрый день!

Заявку приняли в работу. Насос Etatron eOne MA 5-5 (pH-минус) есть на складе, реагент pH-минус партия 1124-08, 2 канистры по 25 кг.
Выезд планируем на завтра, 03.11, ориентировочно к 9:30. Ответственный на объекте — оператор Кузьмин С.В., тел. +7 913 905-17-63.

""" + SIG_CH + """

02.11.2026 9:15, Диспетчерская ОМИС пишет:
> Добрый день.
> Направляем заявку № 40112.
> Объект: МБУ ДО ДЮСШ «Олимп», г. Новосибирск, ул. Учительская, 17.
> Позиции: 1 — большая чаша 25 м; 2 — малая чаша; 3 — техпомещение (узел дозирования).
> Работы: замена дозирующего насоса pH, калибровка контроллера.
> Просим подтвердить принятие.
""",
    dec("40112", [], ACC, "accepted; trip only planned for tomorrow; positions are only in the quote"),
    in_reply_to=dmid("req40112.1"))

add("OP", D(3, 8, 47), "олимп",
    "выехали на учительскую 17 (40112), будем к 9.30. насос везем\n\n" + SIG_MAILRU,
    dec("40112", [], WAY, "request number in brackets after the address; on the way, ETA 9:30"))

add("OP", D(3, 9, 41), "Re: олимп",
    """40112 п3 на месте с 9.35, в техпомещении старый насос снимаем

""" + SIG_MAILRU + """


Вторник, 3 ноября 2026, 8:47 +07:00 от Сергей Кузьмин <kuzmin.sv83@mail.ru>:
> выехали на учительскую 17 (40112), будем к 9.30. насос везем
""",
    dec("40112", ["3"], ON, "on site, п3; quoted own earlier 'выехали' is history"))

add("CH", D(3, 15, 20), "40112 поз. 3 — работы выполнены",
    """Добрый день.

По заявке 40112, позиция 3 (техпомещение, узел дозирования):
— демонтирован насос Etatron DLX-MA/M 5-5 (зав. № 07731), установлен eOne MA 5-5 (зав. № 24118);
— контроллер pH откалиброван по буферам pH 4,01 и 7,00 (партия буферов 2310-07);
— инжекционный клапан заменён, линия промыта.

Контрольные замеры в 13:40:
большая чаша — pH 7,2; Cl своб. 0,5 мг/л; Cl связ. 0,1 мг/л; 28 °C;
малая чаша — pH 7,3; Cl своб. 0,6 мг/л; 30 °C.

Выехали с объекта в 14:05. Акт № 112/11 подписан завхозом, скан пришлю завтра.
Дозировку по чашам 1 и 2 после замены насоса ещё раз посмотрим в четверг.

""" + SIG_CH,
    dec("40112", ["3"], OFF, "'выехали С объекта' = left; pools 1/2 only measured, visit on Thursday is a plan"),
    enc="qp")

add("SH", D(5, 10, 5), "40112 П1 П2",
    "Добрый. Олимп, на месте с 9:50, П1 и П2 — проверяем дозировку хлора по обеим чашам.\nШаталов\n\n" + SIG_YA,
    dec("40112", ["1", "2"], ON, "П1 П2 on site"))

add("CH", D(5, 13, 10), "Re: 40112 П1 П2",
    """Дозировка по большой и малой чашам (поз. 1, 2) выставлена: насос NaOCl — 38 %, pH-минус — 22 %.
Через 2 ч после настройки: pH 7,3 / 7,2; Cl своб. 0,6 / 0,5 мг/л.
Денис с объекта уехал в 12:50, по заявке 40112 работ больше не осталось.

И.В.

05.11.2026 10:05, Денис Шаталов пишет:
> Добрый. Олимп, на месте с 9:50, П1 и П2 — проверяем дозировку хлора по обеим чашам.
> Шаталов
""",
    dec("40112", ["1", "2"], OFF, "positions 1,2 done, crew left 12:50; quote (on site) ignored"))

# ====================================================================== 40127
add("OF", D(3, 12, 30), "RE: Заявка 40127 / ДГКБ № 4, бассейн гидрореабилитации",
    """Добрый день!

Заявка принята. Инженер-химик Лебедева И.В. выедет на объект сегодня после 15:00, с собой экспресс-лаборатория.

""" + SIG_OF + """

От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Отправлено: 3 ноября 2026 г. 11:40
Кому: office@akvahim-kontrol.ru
Тема: Заявка 40127 / ДГКБ № 4, бассейн гидрореабилитации

Здравствуйте! Прошу принять заявку 40127.
ГБУЗ НСО «ДГКБ № 4», бассейн гидрореабилитации. Превышение связанного хлора по данным лаборатории СЭС (0,9 мг/л).
Позиции: 1 – чаша ЛФК; 2 – бассейн для грудничков.
Нужен внеплановый отбор проб и промывка фильтров.
""",
    dec("40127", [], ACC, "office accepts; departure after 15:00 is a plan"),
    in_reply_to=dmid("req40127.1"))

add("CH", D(3, 15, 10), "40127 выезд",
    """Выезжаю в ДГКБ № 4 по заявке 40127. Буду около 15:50, с собой фотометр Palintest Pooltest 25 и таблетки DPD (партия 4411/26).
Прошу предупредить охрану на КПП-2.

Лебедева""",
    dec("40127", [], WAY, "'выезжаю', ETA 15:50 = travelling now"))

add("CH", D(3, 18, 40), "Заявка 40127: отбор проб, результаты",
    """Добрый вечер.

Отбор проб по заявке 40127 выполнен.

Позиция 1 (чаша ЛФК), 16:05–16:30:
  pH 7,6; Cl своб. 0,3 мг/л; Cl связ. 0,6 мг/л (норматив не более 0,2); 32 °C; мутность 1,1 ЕМФ.
  Фильтр промыт обратным током 12 мин, после промывки Cl связ. 0,4 мг/л.
  Рекомендовано ударное хлорирование в ночь на 04.11 и повторный замер.

Позиция 2 (бассейн для грудничков) — закрыт на санобработку до пятницы, пробы отберу 06.11 утром.

С объекта убыла в 17:20. Протокол № 40/11 оформлю завтра.

""" + SIG_CH,
    dec("40127", ["1"], OFF, "pos 1 done and engineer left 17:20; pos 2 only planned for 06.11"),
    enc="qp")

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")
add("CH", D(5, 10, 15), "Протокол № 40/11 (ДГКБ № 4)",
    """Добрый день.

Направляю протокол лабораторных измерений № 40/11 от 03.11.2026 (бассейн гидрореабилитации, заявка 40127, поз. 1).
Повторный замер после ударного хлорирования 04.11 делали сотрудники больницы: Cl своб. 0,7 мг/л, Cl связ. 0,25 мг/л, pH 7,4.
Связанный хлор всё ещё немного выше 0,2 мг/л — рекомендую увеличить подмес свежей воды до 30 л на посетителя.

""" + SIG_CH,
    rev("lab protocol / water analysis only, no status reported"),
    enc="b64", attach=[("Протокол_40-11.pdf", "application/pdf", PDF)])

add("OPI", D(6, 9, 5), "40721",
    "Привезли Ирину Викторовну в больницу, на месте. поз 2 грудничковый\n\n" + SIG_IPHONE,
    rev("number 40721 is not in the registry (probably a typo for 40127) – cannot record"))

add("CH", D(6, 11, 45), "Re: Заявка 40127: отбор проб, результаты",
    """Дополнение по позиции 2 (бассейн для грудничков): пробы отобраны 06.11 в 09:20–09:40.
pH 7,4; Cl своб. 0,5 мг/л; Cl связ. 0,15 мг/л; 34 °C. Фильтр промыт.
С объекта уехали в 11:10. Работы по заявке завершены.

Лебедева И.В.

03.11.2026 18:40, Лебедева Ирина Викторовна пишет:
> Добрый вечер.
>
> Отбор проб по заявке 40127 выполнен.
>
> Позиция 1 (чаша ЛФК), 16:05–16:30:
>   pH 7,6; Cl своб. 0,3 мг/л; Cl связ. 0,6 мг/л (норматив не более 0,2); 32 °C; мутность 1,1 ЕМФ.
> ...
> С объекта убыла в 17:20. Протокол № 40/11 оформлю завтра.
""",
    dec("40127", ["2"], OFF, "pos 2 sampled, left 11:10; request number only in quoted subject/quote"))

# ====================================================================== 40135
add("SE", D(5, 9, 5), "Re: Наряд 40135 СШОР, ТО хлораторов",
    """Здравствуйте, Диспетчерская ОМИС.

Вы писали 5 ноября 2026 г., 8:30:

ДО> Направляем наряд-заявку 40135 на плановое ТО хлораторов и насосов.
ДО> Объект: СШОР по водным видам спорта, ул. Кирова, 86.
ДО> Позиции: 1 - основная чаша 50 м, 2 - прыжковая чаша, 3 - детская чаша, 4 - фильтровальная станция.

Наряд 40135 приняли к исполнению. Ответственный - Кузьмин С.В., моб. +7-913-905-17-63.
Начнём сегодня после обеда.

""" + SIG_SE,
    dec("40135", [], ACC, "The Bat!, KOI8-R, quote with ДО> prefix; accepted"),
    in_reply_to=dmid("req40135.1"))

add("OP", D(5, 11, 30), "40135",
    "выехали на кирова 86, сшор. через 20 мин будем\n\n" + SIG_MAILRU,
    dec("40135", [], WAY, "on the way; 86 is a street number"))

add("OP", D(5, 12, 20), "Re: 40135",
    "на месте. основная чаша (1) и прыжковая (2) хлораторы разбираем. детскую 3 и фильтровалку 4 завтра, сегодня не успеем\n\n" + SIG_MAILRU,
    dec("40135", ["1", "2"], ON, "on site at 1,2; 3,4 only planned"))

add("OP", D(5, 17, 55), "Re: 40135 на месте",
    "1 и 2 закончили, хлораторы собрали, проверили - держат. уехали в 17.40. завтра с 9 на 3 и 4\n\n" + SIG_MAILRU,
    dec("40135", ["1", "2"], OFF, "subject still says на месте, body: finished and left; 3,4 plan"))

add("OP", D(6, 9, 20), "40135 п3 п4",
    "приехали. детская чаша и фильтровальная\n\n" + SIG_MAILRU,
    dec("40135", ["3", "4"], ON, "arrived at п3 п4"))

add("OP", D(6, 13, 40), "Re: 40135 п3 п4",
    "по 3й всё, хлоратор настроен. на 4 ещё сидим, насос грундфос текет по торцевому, ждем уплотнение 96511844 с склада\n\n" + SIG_MAILRU,
    rev("different statuses in one letter: pos 3 finished, pos 4 still on site (one of max two such letters)"))

TABLE_40135 = [
    ("1", "Основная чаша 50 м", "ТО хлоратора, замена мембраны клапана", "05.11 17:40", "pH 7,2; Cl своб. 0,5 мг/л"),
    ("2", "Прыжковая чаша", "ТО хлоратора, чистка инжектора", "05.11 17:40", "pH 7,3; Cl своб. 0,6 мг/л"),
    ("3", "Детская чаша", "ТО хлоратора, настройка дозировки", "06.11 13:30", "pH 7,2; Cl своб. 0,7 мг/л"),
    ("4", "Фильтровальная станция", "Замена торцевого уплотнения насоса Grundfos NK 65-200", "06.11 17:50", "течи нет, 2,1 бар"),
]
_rows_txt = "\n".join("%s | %s | %s | убытие %s | %s" % r for r in TABLE_40135)
_rows_html = "\n".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in TABLE_40135)
add("CH", D(6, 18, 10), "Заявка 40135 — итог ТО (СШОР, Кирова 86)",
    """Добрый вечер.

Итог по заявке 40135:

Поз. | Объект | Выполнено | Время | Контроль
""" + _rows_txt + """

Все работы по заявке завершены, бригада убыла с объекта в 17:50.

""" + SIG_CH,
    dec("40135", ["1", "2", "3", "4"], OFF, "HTML table, a row per position, all finished; crew left 17:50"),
    kind="alt", enc="qp",
    html_body="""<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head>
<body><p>Добрый вечер.</p><p>Итог по заявке <b>40135</b>:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Поз.</th><th>Объект</th><th>Выполнено</th><th>Убытие</th><th>Контроль</th></tr>
""" + _rows_html + """
</table>
<p>Все работы по заявке завершены, бригада убыла с объекта в 17:50.</p>
<pre class="moz-signature">""" + esc(SIG_CH) + """</pre></body></html>""")

add("OF", D(10, 10, 30), "Акт и счёт по заявке 40135",
    """Добрый день!

Во вложении акт выполненных работ № 402 от 06.11.2026 и счёт на оплату № 1187 от 09.11.2026 по заявке 40135 (договор № 114/26-В от 12.01.2026).
Сумма 48 600,00 руб., НДС не облагается (УСН).
Просим подписать акт и вернуть скан на этот адрес, оригиналы передадим курьером.

""" + SIG_OF,
    rev("act/invoice, contract talk, no status"),
    attach=[("Act_402.pdf", "application/pdf", PDF), ("Schet_1187.pdf", "application/pdf", PDF)])

# ====================================================================== 40141
add("OF", D(5, 10, 40), "FW: заявка 40141 ДЮСШ № 11 - загрузка фильтра",
    """Добрый день!
Пересылаю ответ нашего инженера по заявке.

""" + SIG_OF + """

От: Лебедева Ирина Викторовна <i.lebedeva@akvahim-kontrol.ru>
Отправлено: 5 ноября 2026 г. 10:31
Кому: office@akvahim-kontrol.ru
Тема: заявка 40141 ДЮСШ № 11 - загрузка фильтра

Настя, по ДЮСШ № 11 (обращение #40141): заявку принимаем.
Кварцевый песок фр. 0,8–1,2 мм, 25 мешков по 25 кг, партия 1125/3 — заказала у поставщика, поставка 06.11.
Работы на фильтре Ф-2 начнём в понедельник 09.11. Сообщи, пожалуйста, заказчику.

И.В.
""",
    dec("40141", [], ACC, "Outlook forward of the engineer's acceptance; forwarded report counts"))

add("OP", D(9, 8, 15), "#40141 выезд",
    "выехали с базы на дюсш 11, газель н402км154, песок загрузили. будем минут через 40\n\n" + SIG_MAILRU,
    dec("40141", [], WAY, "'выехали с базы НА дюсш' = on the way; car plate is not a number of interest"))

add("OP", D(9, 9, 5), "Re: #40141 выезд",
    "НА МЕСТЕ. старый песок из Ф-2 выгружаем, работы на 2 дня\n\n" + SIG_MAILRU,
    dec("40141", [], ON, "caps; subject still says выезд; Ф-2 is the filter name, not a position"))

add("CH", D(10, 16, 30), "40141 п.1 — загрузка фильтра Ф-2 заменена",
    """По заявке 40141, п.1 (фильтровальная):
— старая загрузка выгружена (≈0,6 т), фильтр Ф-2 осмотрен, дренажная система без повреждений;
— засыпано 625 кг кварцевого песка фр. 0,8–1,2 мм (партия 1125/3);
— промывка 15 мин, мутность на выходе 0,4 ЕМФ, перепад давления 0,3 бар.

Бригада освободилась в 16:10, объект сдан завхозу Смирновой Т.А.

""" + SIG_CH,
    dec("40141", ["1"], OFF, "'бригада освободилась', object handed over"),
    enc="b64")

# ====================================================================== 40158
add("CH", D(6, 14, 35), "Re: Заявка № 40158 ДЮСШ «Нептун» — хлораторы",
    """06.11.2026 14:00, Диспетчерская ОМИС пишет:
> Направляем заявку № 40158. ДЮСШ «Нептун», ул. Станиславского.
> 1 – чаша 1 (25 м), 2 – чаша 2 (10 м). Хлораторы не держат дозировку,
> свободный хлор скачет от 0,2 до 1,5 мг/л.
> Просим подтвердить.

Подтверждаю, заявку взяли. По описанию — забит инжектор или подсасывает воздух во всасывающей линии.
Выезд во вторник, 10.11, с утра (раньше бригада занята).

Лебедева И.В.
""",
    dec("40158", [], ACC, "reply written under the quote; accepted, trip is a plan"),
    in_reply_to=dmid("req40158.1"))

add("SH", D(10, 8, 10), "Re: Заявка № 40158 ДЮСШ «Нептун» — хлораторы",
    "Выдвигаемся на Нептун, минут 25-30.\nДенис\n\n" + SIG_YA,
    dec("40158", [], WAY, "request number only in the Re: subject; on the way"))

add("SH", D(10, 8, 55), "40158 чаши 1,2",
    "На месте с 8:45. Начинаем с первой чаши, потом вторая.\n\n" + SIG_YA,
    dec("40158", ["1", "2"], ON, "on site, both bowls named"))

add("SH", D(10, 13, 0), "40158 чаша 3",
    "По чаше 3 хлоратор заменили (Hayward CL200), проверили, работает. С неё ушли в 12:50.\n\n" + SIG_YA,
    rev("position 3 does not exist in request 40158"))

add("OF", D(10, 16, 20), "RE: Заявка № 40112 — ДЮСШ «Олимп», замена дозирующего насоса",
    """Добрый день!

Информирую по ДЮСШ «Нептун» (заявка № 40158): работы по обеим чашам завершены, хлораторы перенастроены, на чаше 1 заменён инжектор. Специалисты убыли с объекта в 15:40.
Прошу прощения, ответила не в ту ветку.

""" + SIG_OF + """

От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Отправлено: 5 ноября 2026 г. 10:10
Кому: office@akvahim-kontrol.ru
Тема: RE: Заявка № 40112 — ДЮСШ «Олимп», замена дозирующего насоса

Спасибо, по заявке 40112 завершение работ зафиксировали.
""",
    dec("40158", [], OFF, "wrong thread: subject/quote about 40112, body explicitly reports 40158 finished (both bowls, no numbers)"),
    in_reply_to=dmid("ack40112.2"))

add("OF", D(11, 11, 5), "Заявка 40158 — задержка бригады на входе",
    """Добрый день!

Просим разобраться: 10.11 охрана ДЮСШ «Нептун» продержала нашу бригаду на входе 40 минут, хотя список на допуск направлялся 09.11 (исх. № 318).
Простой бригады просим учесть при приёмке работ по заявке 40158.

""" + SIG_OF,
    rev("complaint, no status"))

# ====================================================================== 40163
add("OF", D(9, 9, 30), "RE: Заявка 40163 (ДГКБ № 1, отделение реабилитации)",
    """Добрый день!

Заявка 40163 принята в работу, выезд инженера сегодня в 12:30.
Для пропуска: Лебедева Ирина Викторовна; а/м Lada Largus, гос. номер Т 163 ОР 154.

""" + SIG_OF + """

От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]
Отправлено: 9 ноября 2026 г. 9:00
Кому: office@akvahim-kontrol.ru
Тема: Заявка 40163 (ДГКБ № 1, отделение реабилитации)

Направляем заявку 40163. Позиции: 01 – чаша гидрокинезотерапии, 02 – вихревая ванна.
Жалоба персонала на запах хлора и раздражение глаз у пациентов.
""",
    dec("40163", [], ACC, "accepted; plate Т 163 ОР 154 is not a request number"),
    in_reply_to=dmid("req40163.1"))

add("CH", D(9, 13, 0), "40163 поз. 01",
    "Прибыла на объект в 12:50, начинаю с позиции 01 (чаша гидрокинезотерапии). Пропуск на КПП оформили быстро, спасибо.\n\nЛебедева И.В., тел. +7 913 905-22-41",
    dec("40163", ["01"], ON, "arrived 12:50, position 01"))

add("CH", D(9, 16, 45), "Re: 40163 поз. 01",
    """Позиция 01 — готово: отобраны пробы, дозирующая станция Dinotec откалибрована.
pH 7,4 / Cl своб. 0,4 мг/л / Cl связ. 0,1 мг/л / 33 °C. Уехала в 16:30.

По позиции 02 (вихревая ванна) нужна замена ОВП-электрода. Электрод заказан (арт. 1030-213-00), приеду в четверг 12.11.

""" + SIG_CH,
    dec("40163", ["01"], OFF, "01 done, left 16:30; 02 only planned"),
    enc="qp")

add("CH", D(10, 9, 20), "Re: Пропуск на 12.11 — ДГКБ № 1",
    """Спасибо, пропуск на четверг получила.

10.11.2026 8:55, Диспетчерская ОМИС пишет:
> Ирина Викторовна, по заявке 40163 пропуск на 12.11 оформлен, действует с 8:00 до 18:00.
""",
    rev("thanks for the dispatcher's own message, no status"),
    in_reply_to=dmid("pass40163.1"))

add("CH", D(12, 11, 40), "40163-02",
    """Ванна (02): ОВП-электрод заменён, калибровка по раствору 470 мВ, рабочие показания 720 мВ, стабильно.
С объекта убыла в 11:25. По заявке 40163 всё.

""" + SIG_CH,
    dec("40163", ["02"], OFF, "subject 40163-02, left 11:25"))

# ====================================================================== 40170
add("SE", D(10, 10, 20), "Заявка 40170 СК Заря - принята",
    """Добрый день.

Заявку 40170 (СК "Заря", УФ-установка) приняли.
Лампы Wedeco (4 шт.) и кварцевые чехлы есть на складе. Выезд согласуем с администрацией комплекса.

""" + SIG_SE,
    dec("40170", [], ACC, "accepted, KOI8-R"))

add("SE", D(10, 17, 0), "40170 - доступ в техпомещение",
    """Уважаемые коллеги!

По 40170 вопрос: с какого часа можно попасть в техпомещение? Администратор СК говорит, что без письма от вас охрана не пустит.
Можете направить письмо на СК "Заря" до завтра 9:00?

""" + SIG_SE,
    rev("question only"))

add("OP", D(11, 10, 20), "заря 40170",
    "на месте с 10.15, установку отключили, лампы меняем\n\n" + SIG_MAILRU,
    dec("40170", [], ON, "on site since 10:15"))

add("SE", D(11, 15, 20), "Fwd: заря 40170",
    """Здравствуйте.

Пересылаю отчёт оператора.

This is a forwarded message
From: Сергей Кузьмин <kuzmin.sv83@mail.ru>
To: Петров Алексей Николаевич <a.petrov@akvahim-kontrol.ru>
Date: Wednesday, November 11, 2026, 2:58:12 PM
Subject: заря 40170

===8<==============Original message text===============
40170 лампы поменяли все 4, счетчик наработки сбросили, установку запустили. в 14.50 уехали
===8<===========End of original message text===========

""" + SIG_SE,
    dec("40170", [], OFF, "The Bat! forward of the operator's report: left 14:50"))

# ====================================================================== 40186
add("OF", D(11, 13, 40), "RE: Заявка 40186 ДЮСШ № 5 «Дельфин»",
    """Добрый день, заявку приняли. Выезд завтра утром.

Грачёва А.

-----Original Message-----
From: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Sent: Wednesday, November 11, 2026 1:00 PM
To: office@akvahim-kontrol.ru
Subject: Заявка 40186 ДЮСШ № 5 «Дельфин»

Направляем заявку 40186. МБУ ДО ДЮСШ № 5, бассейн «Дельфин».
Позиции: 1 — чаша 1 (25 м); 2 — чаша 2 (обучающая); 3 — насосная.
Просим подтвердить.
""",
    dec("40186", [], ACC, "accepted; -----Original Message----- quote"),
    in_reply_to=dmid("req40186.1"))

add("OP", D(12, 8, 30), "дельфин 40186 в пути",
    "едем, на димитровском пробка, будем к 9.15 примерно\n\n" + SIG_MAILRU,
    dec("40186", [], WAY, "on the way"))

add("OP", D(12, 9, 20), "Re: дельфин 40186 в пути",
    "прехали, чаша 1 и насосная(п3) начинаем\n\n" + SIG_MAILRU,
    dec("40186", ["1", "3"], ON, "typo 'прехали'; subject still says в пути"))

add("OF", D(12, 15, 10), "RE: Заявка № 40158 ДЮСШ «Нептун» — хлораторы",
    """Добрый день!

По заявке 40186 (ДЮСШ № 5, «Дельфин»): позиции 1 и 3 — работы выполнены, бригада убыла в 14:20.
По позиции 2 выезд согласуем отдельно.

""" + SIG_OF + """

От: Лебедева Ирина Викторовна <i.lebedeva@akvahim-kontrol.ru>
Отправлено: 6 ноября 2026 г. 14:35
Кому: Диспетчерская ОМИС
Тема: Re: Заявка № 40158 ДЮСШ «Нептун» — хлораторы

Подтверждаю, заявку взяли. По описанию — забит инжектор или подсасывает воздух во всасывающей линии.
Выезд во вторник, 10.11, с утра (раньше бригада занята).
""",
    dec("40186", ["1", "3"], OFF, "office answered in the 40158 thread; body clearly reports 40186 pos 1 and 3 left; pos 2 plan"))

add("CH", D(12, 17, 30), "Сводка за 11–12.11",
    """Коротко по итогам двух дней:

40170 (СК «Заря») — УФ-лампы заменены, доза УФ по датчику 42 мДж/см², бригада уехала 11.11 в 14:50.
40186 (ДЮСШ № 5) — поз. 1 и 3 закончены сегодня, уехали в 14:20; поз. 2 — позже.

Протоколы № 44/11 и № 45/11 пришлю в пятницу.

""" + SIG_CH,
    rev("two different requests in one letter"))

add("OP", D(13, 7, 50), "40186 п2",
    "по второй позиции сегодня не успеваем, реагент не привезли. перенос на пн 16.11 с утра\n\n" + SIG_MAILRU,
    rev("postponement / plan, nothing happened"))

add("SH", D(16, 8, 20), "выезд 16.11",
    """Выехали двумя машинами: Кузьмин — на Дельфин (40186, п.2), я — на Спартак (40194), смотреть вторую чашу.

""" + SIG_YA,
    rev("two different requests in one letter"))

add("OP", D(16, 9, 10), "40186-2",
    "на месте, чаша 2 обучающая. фильтр вскрываем\n\n" + SIG_MAILRU,
    dec("40186", ["2"], ON, "position after dash in subject"))

add("CH", D(16, 12, 0), "Re: 40186-2",
    """По второй позиции — готово.
Фильтр промыт, заменён манометр (0–4 бар), выставлена дозировка NaOCl.
Замер в 11:30: pH 7,3; Cl своб. 0,5 мг/л; 29 °C.
Бригада убыла в 11:45.

И.В.
""",
    dec("40186", ["2"], OFF, "по второй позиции готово, crew left"))

# ====================================================================== 40194
add("CH", D(13, 10, 30), "Заявка 40194 — принята",
    """Добрый день.

Заявку № 40194 (ДЮСШ «Спартак») приняла. Нужен гипохлорит натрия марки А, 4 канистры — ждём поставку сегодня, выезд ориентировочно завтра.

""" + SIG_CH,
    dec("40194", [], ACC, "accepted"))

add("OP", D(13, 15, 0), "спартак 40194",
    "ещё не выехали, гипохлорит не привезли до сих пор. как привезут напишу\n\n" + SIG_MAILRU,
    rev("negation: not yet left"))

add("OP", D(14, 9, 0), "Re: спартак 40194",
    "выехал на спартак, гипохлорит забрал\n\n" + SIG_MAILRU,
    dec("40194", [], WAY, "'выехал НА' = on the way"))

add("OP", D(14, 14, 20), "Re: спартак 40194",
    "п.1: приехали 9.40, инжектор хлоратора поменяли, канистры поставили, в 13.55 уехали. п.2 не трогали там норм\n\n" + SIG_MAILRU,
    dec("40194", ["1"], OFF, "arrival and departure reported; latest = left; п.2 untouched"))

add("CH", D(16, 15, 30), "40194 поз. 2 — результаты анализа",
    """Результаты анализа проб, отобранных 16.11 в 10:40 (поз. 2, малая чаша):
pH 7,0; Cl своб. 1,2 мг/л; Cl связ. 0,3 мг/л; щёлочность 90 мг/л; 27 °C.

Свободный хлор выше рекомендуемого диапазона 0,3–0,5 мг/л. Рекомендуем снизить производительность насоса NaOCl до 30 %.
Протокол № 49/11.

""" + SIG_CH,
    rev("water analysis only, no status"),
    enc="qp")

# ====================================================================== 40203
_inner = text_part("""Настя, заявку 40203 (ежемесячный лабконтроль, ДГКБ № 4, чаша ЛФК) беру на себя.
Выезд 17.11 в 8:30. Подтверди диспетчерской, пожалуйста.

И.В.
""", "plain", "utf-8", "8bit")
_inner["Message-ID"] = "<20261116091804.7f3a1c9e@akvahim-kontrol.ru>"
_inner["Date"] = format_datetime(D(16, 9, 18, 4))
_inner["From"] = addr_hdr("Лебедева Ирина Викторовна", "i.lebedeva@" + DOM, "utf-8")
_inner["To"] = "office@" + DOM
_inner["Subject"] = Header("40203 ДГКБ №4 лабконтроль", "utf-8")
add("OF", D(16, 9, 30), "FW: 40203 ДГКБ №4 лабконтроль",
    "Добрый день! Пересылаю подтверждение инженера (во вложении).\n\nА. Грачёва\n",
    dec("40203", [], ACC, "forward as attached message/rfc822: engineer takes the request"),
    attach_msg=_inner)

add("CH", D(17, 8, 40), "выезд ДГКБ-4 (40203)",
    "Выехала в ДГКБ № 4, буду в 9:10.\n\nЛебедева",
    dec("40203", [], WAY, "number in brackets in subject"))

add("OF", D(17, 11, 30), "FW: 40203 п.1 — отбор проб выполнен",
    """Пересылаю отчёт.

-----Original Message-----
From: Лебедева Ирина Викторовна <i.lebedeva@akvahim-kontrol.ru>
Sent: Tuesday, November 17, 2026 10:58 AM
To: office@akvahim-kontrol.ru
Subject: 40203 п.1 — отбор проб выполнен

Заявка 40203, п.1 (чаша ЛФК): пробы отобраны 09:20–09:45.
pH 7,3; Cl своб. 0,4 мг/л; Cl связ. 0,1 мг/л; 32 °C; ОКБ — в лаборатории, результат через 48 ч.
Протокол № 47/11.
С объекта убыла в 10:05.
""",
    dec("40203", ["1"], OFF, "forwarded report (Outlook inline): left 10:05"))

# ====================================================================== 40219
add("SE", D(17, 10, 15), "Re: Заявка 40219 ДЮСШ \"Юность\"",
    """Здравствуйте.

ДО> Направляем заявку 40219 на ТО хлораторов и фильтров, ДЮСШ "Юность".
ДО> 1 - чаша 1, 2 - чаша 2, 3 - чаша 3 (детская).

Заявку 40219 принял. Плановая дата выезда - 18.11, две бригады.

""" + SIG_SE,
    dec("40219", [], ACC, "accepted"),
    in_reply_to=dmid("req40219.1"))

add("OP", D(18, 8, 20), "юность 40219",
    "выехали 2 машинами, на 1 и 2 чашу. 3 завтра\n\n" + SIG_MAILRU,
    dec("40219", ["1", "2"], WAY, "on the way to bowls 1 and 2; 3 tomorrow"))

add("OP", D(18, 9, 15), "Re: юность 40219",
    "на мсете п1 п2\n\n" + SIG_MAILRU,
    dec("40219", ["1", "2"], ON, "typo 'мсете'"))

add("OP", D(18, 14, 0), "Re: юность 40219",
    "п1 закончили уехали на базу. п2 ещё тут, фильтр разбираем. п3 завтра как договаривались\n\n" + SIG_MAILRU,
    rev("different statuses for different positions (1 left, 2 still on site) – second such letter"))

add("CH", D(18, 17, 30), "40219 (1, 2) — завершено",
    """По заявке 40219 позиции 1 и 2 закончены:
— чаша 1: хлоратор перебран, pH 7,2; Cl своб. 0,5 мг/л; 27 °C;
— чаша 2: фильтр вскрыт, загрузка промыта, перепад 0,4 бар; pH 7,3; Cl своб. 0,6 мг/л.
Последняя бригада убыла в 17:05.
Позиция 3 — завтра с 9:00.

""" + SIG_CH,
    dec("40219", ["1", "2"], OFF, "1,2 finished; 3 planned"))

add("SH", D(19, 9, 0), "40219 (3)",
    "На месте, третья чаша.\n\n" + SIG_YA,
    dec("40219", ["3"], ON, "position in brackets in subject"))

add("SH", D(19, 12, 40), "Re: 40219 (3)",
    "По третьей всё: хлоратор перебран, дозировка выставлена, свернулись и уехали.\n\n" + SIG_YA,
    dec("40219", ["3"], OFF, "result wording 'свернулись и уехали'"))

# ====================================================================== 40225
_html_40225 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>
<body lang=RU><div class=WordSection1>
<p class=MsoNormal>Добрый день!<o:p></o:p></p>
<p class=MsoNormal>Заявка принята в работу, дату выезда сообщим дополнительно.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>С уважением,<br>Анастасия Грачёва<br>ООО &laquo;АкваХим-Контроль&raquo;<br>тел. +7 (383) 291-40-10<o:p></o:p></p>
<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>
<p class=MsoNormal><b>От:</b> Диспетчерская ОМИС &lt;dispatch@zakazchik-omis.ru&gt;<br>
<b>Отправлено:</b> 19 ноября 2026 г. 11:00<br><b>Кому:</b> office@akvahim-kontrol.ru<br>
<b>Тема:</b> Заявка 40225 ДЮСШ по плаванию &laquo;Волна&raquo;<o:p></o:p></p></div>
<p class=MsoNormal>Направляем заявку 40225: замена дозирующего насоса хлора. 1 &ndash; большая чаша, 2 &ndash; малая чаша.<o:p></o:p></p>
</div></body></html>"""
add("OF", D(19, 11, 30), "RE: Заявка 40225 ДЮСШ по плаванию «Волна»", "",
    dec("40225", [], ACC, "HTML-only Outlook letter, windows-1251"),
    kind="html", html_body=_html_40225, in_reply_to=dmid("req40225.1"))

add("OF", D(19, 16, 0), "40225 - график",
    """Добрый день!

Выезд по заявке 40225 запланирован на 20.11 в 8:00, бригада Кузьмина С.В.
Просим обеспечить доступ в техпомещение под малой чашей.

""" + SIG_OF,
    rev("plan only"))

add("OP", D(20, 8, 55), "волна",
    "приехали на волну, начинаем с малой чаши\n\n" + SIG_MAILRU,
    rev("no request number at all"))

# Latin look-alikes: 'a' and 'e' inside Cyrillic words
add("OP", D(20, 9, 10), "Re: волна",
    """40225 нa мeсте, чашa 2 (малая)

""" + SIG_MAILRU + """


Пятница, 20 ноября 2026, 9:03 +07:00 от Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:
> Уточните, пожалуйста, номер заявки и позицию.
> Диспетчерская ОМИС
""",
    dec("40225", ["2"], ON, "Latin look-alike letters in 'нa мeсте'; number given in answer to dispatcher"),
    in_reply_to=dmid("ask.volna.1"))

add("CH", D(20, 15, 0), "Заявка 40225: поз. 2 выполнена",
    """По заявке 40225:
поз. 2 (малая чаша) — заменён дозирующий насос хлора Grundfos DDA 7.5-16 (серийный № 2409118), pH 7,2; Cl своб. 0,5 мг/л; 28 °C. Убытие бригады — 14:35.
поз. 1 (большая чаша) — замечаний нет, работы не требовались.

""" + SIG_CH,
    dec("40225", ["2"], OFF, "убытие noun with time; pos 1 no work"))

# ====================================================================== unknown number
add("OF", D(13, 12, 0), "Заявка 40152 - принята",
    """Добрый день!

Подтверждаем принятие заявки 40152 (бассейн ДЮСШ № 2), выезд 14.11 с утра.

""" + SIG_OF,
    rev("40152 is not in the registry"))


# ====================================================================== machine mail
def raw_bounce():
    d = D(18, 11, 2, 41)
    orig_body = ("Добрый день. По заявке 40219 уточните, пожалуйста, когда бригада будет на позиции 3?\n"
                 "Бригада на позиции 1 уже на месте?\nДиспетчерская ОМИС\n")
    import base64
    ob = base64.encodebytes(orig_body.encode("utf-8")).decode()
    subj = Header("Заявка 40219 — уточнение по 3-й позиции", "utf-8").encode()
    return ("""Return-Path: <>
Message-ID: <20261118040241.9C1A21E0042@mx1.akvahim-kontrol.ru>
Date: %s
From: MAILER-DAEMON@akvahim-kontrol.ru (Mail Delivery System)
To: dispatch@zakazchik-omis.ru
Subject: Undelivered Mail Returned to Sender
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="9C1A21E0042.1763438561/mx1.akvahim-kontrol.ru"

This is a MIME-encapsulated message.

--9C1A21E0042.1763438561/mx1.akvahim-kontrol.ru
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.akvahim-kontrol.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<s.volkov@akvahim-kontrol.ru>: unknown user: "s.volkov"

--9C1A21E0042.1763438561/mx1.akvahim-kontrol.ru
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.akvahim-kontrol.ru
X-Postfix-Queue-ID: 9C1A21E0042
X-Postfix-Sender: rfc822; dispatch@zakazchik-omis.ru
Arrival-Date: Wed, 18 Nov 2026 07:02:40 +0300 (MSK)

Final-Recipient: rfc822; s.volkov@akvahim-kontrol.ru
Original-Recipient: rfc822;s.volkov@akvahim-kontrol.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "s.volkov"

--9C1A21E0042.1763438561/mx1.akvahim-kontrol.ru
Content-Description: Undelivered Message
Content-Type: message/rfc822

Message-ID: <q40219.3@zakazchik-omis.ru>
Date: Wed, 18 Nov 2026 07:02:38 +0300
From: =?utf-8?b?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>
To: s.volkov@akvahim-kontrol.ru
Subject: %s
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

%s
--9C1A21E0042.1763438561/mx1.akvahim-kontrol.ru--
""" % (format_datetime(d), subj, ob)).encode("ascii")


add_raw(D(18, 11, 2, 41), raw_bounce, ign("bounce (delivery status notification) of a dispatcher letter"))


def raw_mdn():
    d = D(17, 10, 12, 7)
    subj = Header("Прочитано: Заявка 40219 ДЮСШ \"Юность\"", "windows-1251").encode()
    frm = formataddr(("Грачёва Анастасия", "office@" + DOM), charset="windows-1251")
    import quopri
    txt = ("Ваше сообщение\r\n\r\n  Кому: office@akvahim-kontrol.ru\r\n  Тема: Заявка 40219 ДЮСШ \"Юность\"\r\n"
           "  Отправлено: 17.11.2026 10:00\r\n\r\nбыло прочитано 17.11.2026 10:12.\r\n")
    qp = quopri.encodestring(txt.encode("cp1251")).decode("ascii")
    return ("""Message-ID: <000b01dc5a2e$7a1f5c20$6e5e1460$@akvahim-kontrol.ru>
Date: %s
From: %s
To: dispatch@zakazchik-omis.ru
Subject: %s
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_NextPart_000_000C_01DC5A69.2682F620"
X-Mailer: Microsoft Outlook 16.0
Content-Language: ru

This is a multipart message in MIME format.

------=_NextPart_000_000C_01DC5A69.2682F620
Content-Type: text/plain;
\tcharset="windows-1251"
Content-Transfer-Encoding: quoted-printable

%s
------=_NextPart_000_000C_01DC5A69.2682F620
Content-Type: message/disposition-notification

Reporting-UA: akvahim-kontrol.ru; Microsoft Outlook 16.0
Final-Recipient: rfc822;office@akvahim-kontrol.ru
Original-Message-ID: <req40219.1@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_000C_01DC5A69.2682F620--
""" % (format_datetime(d), frm, subj, qp)).encode("ascii")


add_raw(D(17, 10, 12, 7), raw_mdn, ign("Outlook read receipt (MDN)"))


def raw_calendar():
    d = D(20, 17, 44, 12)
    a = AUTHORS["OF"]
    alt = MIMEMultipart("alternative")
    alt.attach(text_part("", "plain", "windows-1251", "qp"))
    ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Грачёва Анастасия:mailto:office@akvahim-kontrol.ru
COMMENT;LANGUAGE=ru-RU:\\n
SUMMARY;LANGUAGE=ru-RU:Принято: Совещание: график ТО бассейнов на декабрь
DTSTART:20261124T040000Z
DTEND:20261124T050000Z
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DA01000000000000000010000000
ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru
LOCATION;LANGUAGE=ru-RU:Microsoft Teams
SEQUENCE:0
DTSTAMP:20261120T104412Z
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")
    cal = MIMEText(ics, "calendar", "utf-8")
    cal.set_param("method", "REPLY")
    alt.attach(cal)
    alt["Message-ID"] = "<00a201dc5b1f$3c2e9a10$b48bce30$@akvahim-kontrol.ru>"
    alt["Date"] = format_datetime(d)
    alt["From"] = addr_hdr(a["name"], a["addr"], "windows-1251")
    alt["To"] = addr_hdr(DISPATCH_NAME, DISPATCH, "windows-1251")
    alt["Subject"] = Header("Принято: Совещание: график ТО бассейнов на декабрь", "windows-1251")
    alt["X-Mailer"] = "Microsoft Outlook 16.0"
    return alt.as_bytes()


add_raw(D(20, 17, 44, 12), raw_calendar, ign("calendar meeting response generated by Outlook"))


def raw_ooo_ch():
    d = D(24, 9, 12, 30)
    m = text_part("""Здравствуйте!

Я нахожусь в отпуске с 23.11 по 04.12.2026, почту не читаю.
По заявкам обращайтесь, пожалуйста, в офис: office@akvahim-kontrol.ru, +7 (383) 291-40-10.

Лебедева И.В.
""", "plain", "utf-8", "b64")
    m["Message-ID"] = "<autoreply.1764%06d@akvahim-kontrol.ru>" % random.randint(0, 999999)
    m["Date"] = format_datetime(d)
    m["From"] = addr_hdr("Лебедева Ирина Викторовна", "i.lebedeva@" + DOM, "utf-8")
    m["To"] = DISPATCH
    m["Subject"] = Header("Автоответ: Заявка 40203 — результат ОКБ?", "utf-8")
    m["In-Reply-To"] = dmid("q40203.2")
    m["Auto-Submitted"] = "auto-replied"
    m["X-Autoreply"] = "yes"
    m["Precedence"] = "auto_reply"
    return m.as_bytes()


add_raw(D(24, 9, 12, 30), raw_ooo_ch, ign("out-of-office auto-reply"))


def raw_ooo_se():
    d = D(21, 10, 1, 5)
    m = text_part("""Здравствуйте, Диспетчерская ОМИС!

Я нахожусь в командировке до 26.11.2026 и отвечу на Ваше письмо
"Re: Заявка 40225 ДЮСШ по плаванию \"Волна\"" после возвращения.
По срочным вопросам: Кузьмин Сергей, +7-913-905-17-63.

-- 
Это сообщение сформировано автоматически.
""", "plain", "koi8-r", "8bit")
    m["Message-ID"] = "<1209873344.20261121100105@akvahim-kontrol.ru>"
    m["Date"] = format_datetime(d)
    m["From"] = addr_hdr("Петров Алексей Николаевич", "a.petrov@" + DOM, "koi8-r")
    m["To"] = addr_hdr(DISPATCH_NAME, DISPATCH, "koi8-r")
    m["Subject"] = Header("Автоответ: Re: Заявка 40225 - работы выполнены?", charset_obj("koi8-r", "8bit", "q"))
    m["X-Mailer"] = "The Bat! (v6.8.8) Professional"
    m["Auto-Submitted"] = "auto-replied"
    m["In-Reply-To"] = dmid("q40225.3")
    return m.as_bytes()


add_raw(D(21, 10, 1, 5), raw_ooo_se, ign("The Bat! autoresponder (business trip), subject mentions a request"))


def raw_news():
    d = D(25, 12, 0, 0)
    txt = """АкваХим-Контроль: новости ноября

— Скидка 10% на реагенты для бассейнов до 30.11.2026 (гипохлорит натрия, pH-минус, коагулянт).
— Новые дозирующие насосы Etatron eOne и Grundfos DDA в наличии на складе в Новосибирске.
— Семинар «Водоподготовка в детских бассейнах: СанПиН 1.2.3685-21» — 03.12.2026, 14:00.

Отписаться от рассылки: https://akvahim-kontrol.ru/unsubscribe?u=4f1e
"""
    htm = """<html><body style="font-family:Arial"><h2>АкваХим-Контроль: новости ноября</h2>
<ul><li>Скидка <b>10%</b> на реагенты для бассейнов до 30.11.2026</li>
<li>Новые дозирующие насосы Etatron eOne и Grundfos DDA в наличии</li>
<li>Семинар «Водоподготовка в детских бассейнах: СанПиН 1.2.3685-21» — 03.12.2026, 14:00</li></ul>
<p style="font-size:11px;color:#888"><a href="https://akvahim-kontrol.ru/unsubscribe?u=4f1e">Отписаться</a></p>
</body></html>"""
    m = MIMEMultipart("alternative")
    m.attach(text_part(txt, "plain", "utf-8", "qp"))
    m.attach(text_part(htm, "html", "utf-8", "qp"))
    m["Message-ID"] = "<news-2026-11.4f1e@akvahim-kontrol.ru>"
    m["Date"] = format_datetime(d)
    m["From"] = addr_hdr("АкваХим-Контроль", "news@" + DOM, "utf-8")
    m["To"] = DISPATCH
    m["Subject"] = Header("Новости ноября: скидка 10% на реагенты и новые дозирующие насосы", "utf-8")
    m["Precedence"] = "bulk"
    m["List-Id"] = "<news.akvahim-kontrol.ru>"
    m["List-Unsubscribe"] = "<https://akvahim-kontrol.ru/unsubscribe?u=4f1e>, <mailto:unsubscribe@akvahim-kontrol.ru>"
    m["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    return m.as_bytes()


add_raw(D(25, 12, 0, 0), raw_news, ign("bulk newsletter"))


# ---------------------------------------------------------------- write out
def main():
    for f in os.listdir(LETTERS):
        if f.endswith(".eml"):
            os.remove(os.path.join(LETTERS, f))
    specs = sorted(LETTERS_SPEC, key=lambda s: s["date"])
    labels = {}
    for i, s in enumerate(specs, 1):
        name = "%03d.eml" % i
        data = s["raw"]() if "raw" in s else build(s)
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        with open(os.path.join(LETTERS, name), "wb") as fh:
            fh.write(data)
        labels[name] = s["label"]
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fh:
        json.dump(REGISTRY, fh, ensure_ascii=False, indent=1)
    print("letters:", len(specs))


if __name__ == "__main__":
    main()
