#!/usr/bin/env python3
"""Generator of test letters for persona АО «СетьЭнергоСервис» (Красноярск, +0700).

Run:  python3 make.py   -> writes letters/NNN.eml, labels.json, registry.json
"""
import base64
import datetime as dt
import html
import json
import os
import quopri
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from email import message_from_string

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)

TZ = dt.timezone(dt.timedelta(hours=7))
TO = "dispatch@zakazchik-omis.ru"
TO_NAME = "Диспетчерская служба"
DOMAIN = "setenergoservis.ru"

WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
WD_CAP = [w.capitalize() for w in WD]

# ---------------------------------------------------------------- senders
S = {
    "ods": ("ОДС АО «СетьЭнергоСервис»", "ods@setenergoservis.ru",
            "The Bat! (v9.4.5) Professional"),
    "lukin": ("Лукин В.П.", "v.lukin@setenergoservis.ru", "K-9 Mail for Android"),
    "ger": ("Дмитрий Герасимов", "d.gerasimov74@mail.ru", "myMail for Android"),
    "br12": ("Бригада 12", "brigada12@setenergoservis.ru", "K-9 Mail for Android"),
    "etl": ("ЭТЛ «Луч»", "etl@setenergoservis.ru", "Mozilla Thunderbird 115.3"),
    "chief": ("Igor V Yaroshenko", "i.yaroshenko@setenergoservis.ru",
              "Lotus Notes Release 8.5.3FP6 November 21, 2013"),
    "news": ("АО «СетьЭнергоСервис» — новости", "news@setenergoservis.ru", None),
    "daemon": ("Mail Delivery System", "MAILER-DAEMON@setenergoservis.ru", None),
}

ODS_SIG_K = ("--\nДежурный диспетчер ОДС\nКовалёва Наталья Викторовна\n"
             "АО «СетьЭнергоСервис», т. +7 (391) 256-14-07 (вн. 214)")
ODS_SIG_T = ("--\nС уважением, дежурный диспетчер ОДС Терентьев А.С.\n"
             "АО «СетьЭнергоСервис» | +7 (391) 256-14-07 | ods@setenergoservis.ru")
CHIEF_SIG = ("С уважением,\nГлавный инженер\nАО «СетьЭнергоСервис»\nИ.В. Ярошенко\n"
             "660049, г. Красноярск, ул. Ленина, д. 113, оф. 402\n"
             "ИНН 2466178542 / КПП 246601001\nтел. +7 (391) 227-45-90")
PHONE_SIG = "\n\nОтправлено с Blackview BV9900"
MYMAIL_SIG = "\n\n--\nОтправлено из мобильной Почты Mail.ru"


def d(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


KOI_FIX = {"«": '"', "»": '"', "—": "-", "–": "-", "№": "N", "°": ""}


def fix_cs(text, charset):
    if charset.lower() == "koi8-r":
        for a, b_ in KOI_FIX.items():
            text = text.replace(a, b_)
    return text


def text_part(text, subtype="plain", charset="utf-8", cte="base64"):
    text = fix_cs(text, charset)
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", charset)
    raw = text.encode(charset)
    if cte == "base64":
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        p.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte == "8bit":
        p.set_payload(raw.decode("ascii", "surrogateescape"))
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    del p["MIME-Version"]
    return p


def to_html(text, font="Arial"):
    paras = []
    for block in text.split("\n\n"):
        lines = [html.escape(x) for x in block.split("\n")]
        paras.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html\"></head>"
            f"<body><div style=\"font-family:{font};font-size:10pt\">\n" + "\n".join(paras)
            + "\n</div></body></html>")


def enc_subject(subject, charset):
    if not subject:
        return ""
    try:
        subject.encode("ascii")
        return subject
    except UnicodeEncodeError:
        subject = fix_cs(subject, charset)
        for pre in ("Re: ", "RE: ", "Fw: ", "Fwd: ", "FW: "):
            if subject.startswith(pre):
                h = Header(pre.rstrip(), "us-ascii", header_name="Subject")
                h.append(subject[len(pre):], charset)
                return h.encode()
        return Header(subject, charset, header_name="Subject").encode()


LETTERS = []   # (n, msg_bytes)
LABELS = {}
COUNTER = [0]


def finish(msg, sender, date, subject, charset, extra=None, label=None, irt=None,
           to=None):
    COUNTER[0] += 1
    n = COUNTER[0]
    name, addr, mailer = S[sender]
    msg["From"] = formataddr((fix_cs(name, charset), addr), charset=charset)
    msg["To"] = to or formataddr((TO_NAME, TO), charset=charset)
    msg["Subject"] = enc_subject(subject, charset)
    msg["Date"] = format_datetime(date)
    local = addr.split("@")[0].replace(".", "").lower()
    msg["Message-ID"] = f"<{date.strftime('%Y%m%d%H%M%S')}.{n:03d}.{local}@{addr.split('@')[1]}>"
    if irt:
        msg["In-Reply-To"] = irt
        msg["References"] = irt
    if mailer:
        msg["X-Mailer"] = mailer
    for k, v in (extra or {}).items():
        msg[k] = v
    if msg.get_content_maintype() == "multipart":
        msg.set_boundary(f"----=_Part_{n:03d}_{date.strftime('%H%M%S')}.SES")
    if msg["MIME-Version"] is None:
        msg["MIME-Version"] = "1.0"
    # put MIME headers after the addressing headers, as mail clients do
    mime = [h for h in msg._headers if h[0].lower() in
            ("mime-version", "content-type", "content-transfer-encoding")]
    other = [h for h in msg._headers if h not in mime]
    msg._headers = other + mime
    fn = f"{n:03d}.eml"
    LETTERS.append((fn, msg.as_bytes()))
    LABELS[fn] = label
    return fn


def plain(sender, date, subject, body, label, charset="utf-8", cte="base64", **kw):
    msg = text_part(body, "plain", charset, cte)
    return finish(msg, sender, d(date), subject, charset, label=label, **kw)


def htmlonly(sender, date, subject, htmltext, label, charset="utf-8", cte="base64", **kw):
    msg = text_part(htmltext, "html", charset, cte)
    return finish(msg, sender, d(date), subject, charset, label=label, **kw)


def alt(sender, date, subject, body, label, charset="utf-8", cte="base64", htmltext=None,
        font="Arial", **kw):
    msg = MIMEMultipart("alternative")
    msg.attach(text_part(body, "plain", charset, cte))
    msg.attach(text_part(htmltext or to_html(body, font), "html", charset, cte))
    return finish(msg, sender, d(date), subject, charset, label=label, **kw)


def raw(fn_label, rawtext):
    COUNTER[0] += 1
    n = COUNTER[0]
    fn = f"{n:03d}.eml"
    LETTERS.append((fn, rawtext.replace("\n", "\r\n").encode("utf-8")))
    LABELS[fn] = fn_label
    return fn


def b(text, cs="utf-8"):
    return Header(text, cs, maxlinelen=998).encode()


def dec(req, pos, status, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": status,
            "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


ACC, WAY, ONS, LEFT = ("заявка принята", "подрядчик в пути", "подрядчик на месте",
                       "подрядчик убыл")
BAT = dict(charset="windows-1251", cte="quoted-printable")
BAT64 = dict(charset="windows-1251", cte="base64")


def lotus_extra(date):
    return {"X-MIMETrack": f"Serialize by Router on SES-MAIL01/SES/RU at "
                           f"{d(date).strftime('%d.%m.%Y %H:%M:%S')}",
            "X-Priority": "3 (Normal)"}


CUST_MID = lambda s: f"<{s}@zakazchik-omis.ru>"

# =====================================================================
# 67012 — ТП-1234 / ТП-1235, замена рубильников РУ-0,4 кВ
# =====================================================================
plain("ods", "2026-11-02 10:15", "Заявка №67012 — принята",
      "Добрый день.\n\n"
      "Заявка №67012 (ТП-1234, ТП-1235 — замена рубильников в РУ-0,4 кВ) принята в работу "
      "02.11 в 10:10.\n"
      "Исполнитель — бригада №5, мастер Лукин В.П., позывной «Берёза-5».\n"
      "Выезд планируем 03.11 с 08:30, отключение по бланку переключений №418 согласовано с РЭС.\n\n"
      + ODS_SIG_K,
      dec("67012", [], ACC, "ОДС: принята в работу; позиции не названы -> вся заявка"), **BAT)

plain("lukin", "2026-11-03 08:52", "67012",
      "ВЫЕ\u0058АЛИ ПО 67012 П1 НА ТП-1234. БЕРЁЗА-5" + PHONE_SIG,
      dec("67012", ["1"], WAY, "капсом с телефона, 'ВЫЕXАЛИ' с латинской X; П1"))

plain("lukin", "2026-11-03 09:41", "Re: 67012",
      "на месте тп1234 п1, допуск получили в 09:35\n\n"
      "03.11.2026 08:52, Лукин В.П. пишет:\n"
      "> ВЫЕXАЛИ ПО 67012 П1 НА ТП-1234. БЕРЁЗА-5",
      dec("67012", ["1"], ONS, "на месте по п1; цитата ниже - старый статус"),
      cte="8bit")

plain("ods", "2026-11-03 13:25", "67012 ход работ",
      "Выписка из оперативного журнала ОДС за 03.11.2026:\n\n"
      "08:50  бр. №5 «Берёза-5» выехала на ТП-1234 (поз. 1 заявки 67012).\n"
      "09:35  допуск бригады на ТП-1234 по наряду-допуску №112.\n"
      "12:55  рубильник РПС-400 в РУ-0,4 кВ ТП-1234 заменён, схема собрана по бланку "
      "переключений №418, потребители включены.\n"
      "13:10  бригада закончила на ТП-1234 и убыла на ТП-1235 (поз. 2).\n\n"
      "Дисп. Ковалёва Н.В.",
      rev("разные статусы по позициям: поз.1 убыл (закончили), поз.2 в пути (убыла НА ТП-1235)"),
      **BAT)

plain("lukin", "2026-11-03 16:40", "Re: 67012",
      "П2 ГОТОВО. РУБИЛЬНИК ЗАМЕНИЛИ, НАПРЯЖЕНИЕ ПОДАЛИ, С ТП-1235 УШЛИ 16:30\n\n"
      "03.11.2026 09:41, Лукин В.П. пишет:\n"
      "> на месте тп1234 п1, допуск получили в 09:35\n"
      ">\n> 03.11.2026 08:52, Лукин В.П. пишет:\n"
      ">> ВЫЕXАЛИ ПО 67012 П1 НА ТП-1234. БЕРЁЗА-5" + PHONE_SIG,
      dec("67012", ["2"], LEFT, "П2 готово, ушли; цитата про п1 не считается"))

# =====================================================================
# 67045 — КЛ-10 кВ №3 Ф-6, поиск места повреждения (1 позиция)
# =====================================================================
alt("chief", "2026-11-03 15:02", "Обращение № 67045 от 03.11.2026",
    "Уважаемые коллеги!\n\n"
    "АО «СетьЭнергоСервис» подтверждает принятие к исполнению Вашего обращения № 67045 "
    "от 03.11.2026 (повреждение КЛ-10 кВ №3, фидер Ф-6) в рамках договора "
    "№ 14/2026-ЭС от 12.01.2026.\n"
    "Для определения места повреждения будет направлена электротехническая лаборатория. "
    "Оперативное взаимодействие — через ОДС, тел. +7 (391) 256-14-07.\n\n" + CHIEF_SIG,
    dec("67045", [], ACC, "официальное подтверждение принятия; номер договора и ИНН - шум"),
    charset="koi8-r", font="Default Sans Serif", extra=lotus_extra("2026-11-03 15:02"))

plain("ods", "2026-11-03 15:40", "Заявка 67045, КЛ-10 кВ №3 Ф-6",
      "15:35 на КЛ-10 кВ №3 Ф-6 направлена ЭТЛ «Луч-1» (а/м ГАЗ-27057, гос. № Е 417 КМ 124), "
      "старший Фирсов К.Е., тел. 8-902-941-33-18.\n"
      "Ориентировочно на РП-4 будут в 16:20.\n\n" + ODS_SIG_T,
      dec("67045", [], WAY, "ЭТЛ направлена, прибытие ориентировочно 16:20 -> в пути; №3 - номер КЛ"),
      **BAT64)

plain("ods", "2026-11-03 19:55", "Заявка 67045 - итог",
      "Журнал ОДС, 03.11.2026, заявка 67045:\n\n"
      "16:18 ЭТЛ «Луч-1» прибыла на РП-4.\n"
      "16:40 КЛ-10 кВ №3 Ф-6 выведена в ремонт по бланку переключений №421.\n"
      "18:50 место повреждения определено: 230 м от ТП-1102 в сторону РП-4, "
      "соединительная муфта 3СТп-10.\n"
      "19:25 ЭТЛ работы закончила, с РП-4 убыла.\n\n"
      "КЛ-10 кВ №3 остаётся в ремонте, Ф-6 запитан по резервной схеме через ТП-1102.\n\n"
      + ODS_SIG_T,
      dec("67045", [], LEFT, "лог: прибыла 16:18, убыла 19:25 -> последнее событие убыл"),
      **BAT)

alt("chief", "2026-11-04 10:30", "Обращение № 67045 — ремонт муфты",
    "Уважаемые коллеги!\n\n"
    "По итогам работ по обращению № 67045 место повреждения КЛ-10 кВ №3 определено. "
    "Ремонт соединительной муфты в объём обращения не входит.\n"
    "Прошу сообщить, будет ли оформлена отдельная заявка на ремонт. Ориентировочная "
    "стоимость по смете № С-311 — 126 400 руб., в т.ч. НДС 20%.\n\n" + CHIEF_SIG,
    rev("вопрос и стоимость работ, статуса нет"),
    charset="koi8-r", font="Default Sans Serif", extra=lotus_extra("2026-11-04 10:30"))

# =====================================================================
# 67101 — РП-7, приводы выключателей: поз.1 яч.3, поз.2 яч.8, поз.3 яч.11
# =====================================================================
plain("ods", "2026-11-05 09:12", "RE: Заявка 67101 РП-7",
      "Принято, бригада №2 (мастер Герасимов Д.А.), выезд 06.11 утром.\n"
      "Терентьев, ОДС\n\n"
      "От: Диспетчерская служба [mailto:dispatch@zakazchik-omis.ru]\n"
      "Отправлено: 5 ноября 2026 г. 8:31\n"
      "Кому: ods@setenergoservis.ru\n"
      "Тема: Заявка 67101 РП-7\n\n"
      "Добрый день.\n"
      "Просим принять в работу заявку 67101: РП-7, ремонт приводов выключателей ВМП-10 "
      "в ячейках №3, №8, №11 (поз. 1, 2, 3).\n"
      "Диспетчер Смирнова О.",
      dec("67101", [], ACC, "ответ над outlook-цитатой: 'Принято'; позиции в цитате не считаются"),
      irt=CUST_MID("67101.1"), charset="windows-1251", cte="quoted-printable")

alt("ger", "2026-11-06 08:30", "РП-7",
    "Доброе утро. Бригада 2 выдвигается на РП-7, будем минут через 40. Заявка 67101"
    + MYMAIL_SIG,
    dec("67101", [], WAY, "выдвигается, будем через 40 мин -> в пути"))

alt("ger", "2026-11-06 09:20", "Re: Заявка 67101",
    "На месте, начали с ячейки №3." + MYMAIL_SIG + "\n\n\n"
    "Пятница, 6 ноября 2026, 8:30 +07:00 от Дмитрий Герасимов <d.gerasimov74@mail.ru>:\n"
    "> Доброе утро. Бригада 2 выдвигается на РП-7, будем минут через 40. Заявка 67101",
    dec("67101", [], ONS, "на месте; 'ячейка №3' - номер ячейки, не позиция"))

htmlonly("ods", "2026-11-06 12:05", "67101 РП-7 — выполнение",
         "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
         "</head><body style=\"font-family:Tahoma;font-size:9pt\">"
         "<p>Заявка 67101, РП-7. Состояние на 12:05 06.11.2026:</p>"
         "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
         "<tr><th>Поз.</th><th>Оборудование</th><th>Результат</th><th>Время</th></tr>"
         "<tr><td>1</td><td>яч. №3, привод ПЭ-11</td><td>выполнено, выключатель опробован</td><td>11:40</td></tr>"
         "<tr><td>2</td><td>яч. №8, привод ПЭ-11</td><td>выполнено</td><td>11:55</td></tr>"
         "<tr><td>3</td><td>яч. №11, привод ПП-67</td><td>перенос на 07.11 — привода нет на складе</td><td>—</td></tr>"
         "</table>"
         "<p>Бригада №2 с РП-7 убыла в 12:00.</p>"
         "<p>--<br>Дежурный диспетчер ОДС Терентьев А.С.<br>+7 (391) 256-14-07</p>"
         "</body></html>",
         dec("67101", ["1", "2"], LEFT, "HTML-таблица: поз.1,2 выполнены, бригада убыла; поз.3 - перенос"),
         charset="windows-1251", cte="base64")

alt("ger", "2026-11-07 08:40", "67101-3",
    "Привод получили, выехали на РП-7. Герасимов" + MYMAIL_SIG,
    dec("67101", ["3"], WAY, "позиция после дефиса в теме"))

alt("ger", "2026-11-07 10:55", "Re: 67101-3",
    "привод заменили выключатель опробовали 5 раз всё работает. уезжаем" + MYMAIL_SIG
    + "\n\n\nСуббота, 7 ноября 2026, 8:40 +07:00 от Дмитрий Герасимов <d.gerasimov74@mail.ru>:\n"
    "> Привод получили, выехали на РП-7. Герасимов",
    dec("67101", ["3"], LEFT, "работа по поз.3 сделана, уезжают"))

# =====================================================================
# 67158 — обход Ф-6: поз.1 ТП-2210, 2 ТП-2211, 3 ТП-2214, 4 ТП-2217
# =====================================================================
plain("ods", "2026-11-06 11:30", "Обход ТП фидера Ф-6",
      "Добрый день!\n"
      "Заявку на обход ТП фидера Ф-6 (#67158) приняли, выполнение 07.11, бригада №5.\n\n"
      + ODS_SIG_K,
      dec("67158", [], ACC, "номер через #; Ф-6 - фидер"), **BAT)

plain("lukin", "2026-11-07 09:05", "67158 (1)",
      "НА МЕСТЕ ТП-2210 НАЧАЛИ ОСМОТР",
      dec("67158", ["1"], ONS, "позиция в скобках в теме"), cte="8bit")

plain("lukin", "2026-11-07 10:50", "67158 П1",
      "П1 ГОТОВО ЗАМЕЧАНИЙ НЕТ. ТП-2210 ЗАКРЫЛИ" + PHONE_SIG,
      dec("67158", ["1"], LEFT, "готово по П1 -> работа завершена"))

alt("chief", "2026-11-07 15:30", "Fw: Ф-6 обход",
    "Коллеги, добрый день.\nПересылаю отчёт мастера по заявке 67158.\nИ.В. Ярошенко\n\n"
    "----- Перенаправлено Igor V Yaroshenko/SES/RU 07.11.2026 15:28 -----\n\n"
    "Vladimir Lukin/SES/RU\n07.11.2026 14:58\n\n"
    "Кому\nIgor V Yaroshenko/SES/RU@SES\n"
    "копия\nODS/SES/RU@SES\n"
    "Тема\nФ-6 обход\n\n\n"
    "Игорь Валентинович, обход ТП-2211 и ТП-2214 (поз. 2 и 3 по заявке 67158) выполнили, "
    "бригада с объектов убыла в 14:50. На ТП-2214 в РУ-0,4 кВ треснул опорный изолятор "
    "ИО-1-2,5, заменили на месте.\n"
    "ТП-2217 (поз. 4) — доступа нет, ключи у УК «Жилкомсервис», перенесли.\n"
    "Лукин",
    dec("67158", ["2", "3"], LEFT, "Lotus-пересылка отчёта мастера: поз.2,3 убыли; поз.4 - нет доступа"),
    charset="koi8-r", font="Default Sans Serif", extra=lotus_extra("2026-11-07 15:30"))

plain("ods", "2026-11-08 09:15", "67158 поз. 4 — нет доступа в ТП-2217",
      "По поз. 4 заявки 67158 (ТП-2217) доступа по-прежнему нет.\n"
      "Просим содействия в получении ключей у УК «Жилкомсервис» "
      "(ул. Весны, 7, тел. 8 (391) 277-40-12).\n\n" + ODS_SIG_K,
      rev("просьба о содействии, статуса нет"), **BAT)

plain("lukin", "2026-11-10 09:40", "67158 поз4",
      "ТП-2217 ОТКРЫЛИ. НА МЕСТЕ" + PHONE_SIG,
      dec("67158", ["4"], ONS, "поз4 в теме"))

plain("lukin", "2026-11-10 11:15", "Re: 67158 поз4",
      "убыли, замечаний нет\n\n"
      "10.11.2026 09:40, Лукин В.П. пишет:\n> ТП-2217 ОТКРЫЛИ. НА МЕСТЕ",
      dec("67158", ["4"], LEFT, "'убыли' в теле; цитата 'на месте' - старое"), cte="8bit")

# =====================================================================
# 67230 — ТП-0815, замена ТТ (1 позиция)
# =====================================================================
plain("ods", "2026-11-09 08:40", "Заявка 67230 ТП-0815",
      "Заявка 67230 принята. Наряд-допуск №77 оформляется, исполнитель — бригада №2.\n\n"
      + ODS_SIG_T,
      dec("67230", [], ACC, "принята; наряд-допуск №77 - не номер заявки"), **BAT64)

plain("ods", "2026-11-09 13:05", "Re: Заявка 67230 ТП-0815",
      "13:00 бригада №2 убыла на ТП-0815 для замены трансформаторов тока (заявка 67230).\n\n"
      + ODS_SIG_T,
      dec("67230", [], WAY, "'убыла НА ТП' = выехала на объект -> в пути"), **BAT)

alt("ger", "2026-11-09 16:45", "67230",
    "67230: ТТ заменили (ТШП-0,66 600/5, 3 шт.), учёт проверили с представителем "
    "энергосбыта, пломбы №0045671, №0045672. С ТП-0815 уехали в 16:30." + MYMAIL_SIG,
    dec("67230", [], LEFT, "уехали с ТП; номера пломб и модель ТТ - шум"))

plain("ods", "2026-11-10 12:20", "67230",
      "По заявке 67230 поз. 3 — бригада на месте, ждём представителя энергосбыта.\n\n"
      + ODS_SIG_K,
      rev("в заявке 67230 только поз.1, поз.3 не существует"), **BAT)

# =====================================================================
# 67304 — КЛ-0,4 кВ от ТП-3301: поз.1 до ж/д Партизана Железняка 18, поз.2 - 18а
# =====================================================================
htmlonly("chief", "2026-11-10 09:25", "Заявка № 67304",
         "<html><body><font size=2 face=\"Default Sans Serif\">"
         "<p>Уважаемые коллеги!</p>"
         "<p>Уведомляем о принятии к исполнению заявки № 67304 от 10.11.2026 "
         "(прокладка КЛ-0,4 кВ от ТП-3301 до ВРУ жилых домов по ул. Партизана Железняка, 18 и 18а). "
         "Срок выполнения — до 13.11.2026.</p>"
         "<p>С уважением,<br>Главный инженер АО «СетьЭнергоСервис»<br>И.В. Ярошенко<br>"
         "тел. +7 (391) 227-45-90</p></font></body></html>",
         dec("67304", [], ACC, "HTML-only, Lotus; принятие к исполнению"),
         charset="koi8-r", cte="base64", extra=lotus_extra("2026-11-10 09:25"))

plain("ods", "2026-11-10 10:10", "67304 — граница ответственности",
      "Коллеги, по заявке 67304 прошу уточнить: участок КЛ от опоры до ВРУ дома 18а по акту "
      "разграничения балансовой принадлежности №112-Б от 2019 г. ваш или УК?\n"
      "От этого зависит объём работ.\n\n" + ODS_SIG_K,
      rev("вопрос, статуса нет"), **BAT)

plain("br12", "2026-11-11 08:15", "67304",
      "БРИГАДА 12 ВЫЕХАЛА ПО 67304 ПОЗ 1 И 2" + PHONE_SIG,
      dec("67304", ["1", "2"], WAY, "капс, обе позиции названы"))

plain("br12", "2026-11-11 09:00", "ТП-3301",
      "на месте, ул. Партизана Железняка, 18 и 18а (67304)",
      dec("67304", [], ONS, "номер в скобках после адреса; 18/18а - номера домов, позиции не названы"),
      cte="8bit")

plain("ods", "2026-11-11 14:20", "67304 поз.1 выполнено",
      "14:05 бригада №12 закончила работы по поз.1 заявки 67304: КЛ-0,4 кВ АВБбШв 4х120 "
      "от ТП-3301 до ВРУ ж/д Партизана Железняка, 18 проложена, испытана, под нагрузкой. "
      "Бригада с объекта уехала.\n"
      "Поз.2 — завтра, 12.11, с 08:00.\n\n" + ODS_SIG_T,
      dec("67304", ["1"], LEFT, "по 1-й закончили и уехали, по 2-й план на завтра"), **BAT)

plain("br12", "2026-11-12 10:30", "67304 п.2",
      "сделали кабель под нагрузкой ушли" + PHONE_SIG,
      dec("67304", ["2"], LEFT, "п.2 в теме; сделали, ушли"))

# =====================================================================
# 67377 — РП-12 аварийное освещение: поз.1 РУ-10 кВ, 2 РУ-0,4 кВ, 3 щитовая ЩАО
# =====================================================================
plain("ods", "2026-11-12 08:25", "Re: Заявка 67377 РП-12 аварийное освещение",
      "Здравствуйте, Ольга.\n\n"
      "Вы писали 12 ноября 2026 г., 8:05:\n\n"
      "ДС> Добрый день. На РП-12 не работает аварийное освещение в РУ-10 кВ, РУ-0,4 кВ и\n"
      "ДС> в щитовой. Просим принять и сообщить сроки.\n\n"
      "Приняли, исполнитель бригада №5, выезд до обеда.\n\n"
      "--\nС уважением,\n Ковалёва                          mailto:ods@setenergoservis.ru",
      dec("67377", [], ACC, "номер только в теме Re:, ответ под цитатой с префиксом ДС>"),
      irt=CUST_MID("67377.1"), **BAT)

plain("lukin", "2026-11-12 11:00", "Re: Заявка 67377 РП-12 аварийное освещение",
      "ЕДЕМ НА РП-12" + PHONE_SIG,
      dec("67377", [], WAY, "номер только в теме"))

plain("lukin", "2026-11-12 11:45", "67377",
      "На м\u0065сте",
      dec("67377", [], ONS, "'На мeсте' с латинской e"), cte="8bit")

plain("ods", "2026-11-12 15:10", "РП-12 заявка 67377",
      "По заявке 67377, РП-12:\n"
      "поз.1 (РУ-10 кВ) и поз.2 (РУ-0,4 кВ) — аварийное освещение восстановлено, заменено "
      "12 светильников ДБО-18, проверено переключение на АКБ.\n"
      "поз.3 (щитовая) — требуется замена щитка ЩАО, направим КП.\n"
      "Бригада №5 убыла 15:00.\n\n" + ODS_SIG_K,
      dec("67377", ["1", "2"], LEFT, "поз.1,2 выполнены, бригада убыла; поз.3 - только КП"),
      **BAT)

alt("chief", "2026-11-13 10:00", "КП на замену ЩАО, РП-12",
    "Уважаемые коллеги!\n\n"
    "Направляем коммерческое предложение № КП-2026/118 на замену щитка аварийного "
    "освещения ЩАО по поз. 3 заявки 67377. Стоимость — 48 600 руб., в т.ч. НДС 20%, "
    "срок поставки щитка 10 рабочих дней.\n\n" + CHIEF_SIG,
    rev("коммерческое предложение, статуса нет"),
    charset="koi8-r", font="Default Sans Serif", extra=lotus_extra("2026-11-13 10:00"))

# =====================================================================
# 67419 — ТП-1502, восстановление контура заземления (1 позиция)
# =====================================================================
plain("ods", "2026-11-13 10:20", "Заявка 67419 ТП-1502",
      "Заявку 67419 взяли в работу. Выезд после 16:00 — все бригады на линии "
      "(КЛ-10 кВ №3 Ф-6, РП-12).\n\n" + ODS_SIG_T,
      dec("67419", [], ACC, "взяли в работу; выезд - план, но принятие - факт"), **BAT)

alt("ger", "2026-11-13 16:20", "Re: 67419",
    "выехал на 1502 по наряду 67419, минут 25" + MYMAIL_SIG,
    dec("67419", [], WAY, "'наряд' = заявка; 1502 - номер ТП"))

raw(ign("уведомление о прочтении (MDN)"),
    f"From: {b('ОДС АО «СетьЭнергоСервис»', 'windows-1251')} <ods@setenergoservis.ru>\n"
    "To: dispatch@zakazchik-omis.ru\n"
    f"Subject: {b('Прочитано: Заявка 67419 ТП-1502', 'windows-1251')}\n"
    "Date: Fri, 13 Nov 2026 16:26:11 +0700\n"
    "Message-ID: <20261113162611.mdn.ods@setenergoservis.ru>\n"
    "X-Mailer: The Bat! (v9.4.5) Professional\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=disposition-notification;\n"
    " boundary=\"----------MDN1113\"\n"
    "\n"
    "------------MDN1113\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: 8bit\n"
    "\n"
    "Ваше сообщение\n\n"
    "  Кому: ods@setenergoservis.ru\n"
    "  Тема: Заявка 67419 ТП-1502\n"
    "  Отправлено: 13.11.2026 16:10\n\n"
    "было прочитано 13.11.2026 16:26.\n"
    "\n"
    "------------MDN1113\n"
    "Content-Type: message/disposition-notification\n"
    "\n"
    "Reporting-UA: The Bat! (v9.4.5) Professional\n"
    "Original-Recipient: rfc822;ods@setenergoservis.ru\n"
    "Final-Recipient: rfc822;ods@setenergoservis.ru\n"
    "Original-Message-ID: <67419.2@zakazchik-omis.ru>\n"
    "Disposition: manual-action/MDN-sent-manually; displayed\n"
    "\n"
    "------------MDN1113--\n")

alt("ger", "2026-11-13 18:40", "67419",
    "Всё, контур заземления восстановили, замер 3,2 Ом. Наряд-допуск №131 закрыли, уехали."
    + MYMAIL_SIG,
    dec("67419", [], LEFT, "уехали; наряд-допуск №131 - шум"))

# =====================================================================
# 67486 — поз.1 ТП-4410, поз.2 ТП-4411 (осмотр, подтяжка контактов)
# =====================================================================
raw(ign("автоподтверждение регистрации письма системой ОДС (Auto-Submitted)"),
    f"From: {b('ОДС АО «СетьЭнергоСервис»')} <ods@setenergoservis.ru>\n"
    "To: dispatch@zakazchik-omis.ru\n"
    f"Subject: {b('[Вх. № 2026-4471] Re: Заявка 67486')}\n"
    "Date: Mon, 16 Nov 2026 09:05:40 +0700\n"
    "Message-ID: <autoack.2026-4471@setenergoservis.ru>\n"
    "Auto-Submitted: auto-generated\n"
    "X-Auto-Response-Suppress: All\n"
    "Precedence: auto_reply\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: 8bit\n"
    "\n"
    "Здравствуйте!\n\n"
    "Ваше письмо «Заявка 67486» получено и зарегистрировано в системе ОДС\n"
    "под входящим номером 2026-4471. Дежурный диспетчер ответит в ближайшее время.\n\n"
    "Это письмо сформировано автоматически, отвечать на него не нужно.\n"
    "АО «СетьЭнергоСервис», ОДС, +7 (391) 256-14-07\n")

plain("ods", "2026-11-16 09:30", "Заявка № 67486",
      "Заявка № 67486 (ТП-4410, ТП-4411) принята. Срок выполнения — 17.11.2026.\n\n"
      + ODS_SIG_K,
      dec("67486", [], ACC, "принята; даты - шум"), charset="koi8-r", cte="quoted-printable")

plain("ods", "2026-11-17 08:00", "67486 задержка",
      "По 67486: бригада №5 ещё не выехала, задерживается — машина на ремонте "
      "(УАЗ-390995, гос. № К 512 ОР 124). Ориентировочно выезд в 09:30.\n\n" + ODS_SIG_K,
      rev("отрицание 'ещё не выехала' + план"), **BAT)

raw(ign("отказ доставки (bounce) письма заказчика на несуществующий ящик"),
    "From: Mail Delivery System <MAILER-DAEMON@setenergoservis.ru>\n"
    "To: dispatch@zakazchik-omis.ru\n"
    "Subject: Undelivered Mail Returned to Sender\n"
    "Date: Tue, 17 Nov 2026 08:12:03 +0700 (KRAT)\n"
    "Message-ID: <20261117011203.4F2C1A0123@mx.setenergoservis.ru>\n"
    "Auto-Submitted: auto-replied\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status;\n"
    " boundary=\"4F2C1A0123.1794880323/mx.setenergoservis.ru\"\n"
    "\n"
    "This is a MIME-encapsulated message.\n"
    "\n"
    "--4F2C1A0123.1794880323/mx.setenergoservis.ru\n"
    "Content-Description: Notification\n"
    "Content-Type: text/plain; charset=us-ascii\n"
    "\n"
    "This is the mail system at host mx.setenergoservis.ru.\n"
    "\n"
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients. It's attached below.\n"
    "\n"
    "<brigada5@setenergoservis.ru>: unknown user: \"brigada5\"\n"
    "\n"
    "--4F2C1A0123.1794880323/mx.setenergoservis.ru\n"
    "Content-Description: Delivery report\n"
    "Content-Type: message/delivery-status\n"
    "\n"
    "Reporting-MTA: dns; mx.setenergoservis.ru\n"
    "X-Postfix-Queue-ID: 4F2C1A0123\n"
    "Arrival-Date: Tue, 17 Nov 2026 08:12:02 +0700 (KRAT)\n"
    "\n"
    "Final-Recipient: rfc822; brigada5@setenergoservis.ru\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "Diagnostic-Code: X-Postfix; unknown user: \"brigada5\"\n"
    "\n"
    "--4F2C1A0123.1794880323/mx.setenergoservis.ru\n"
    "Content-Description: Undelivered Message Headers\n"
    "Content-Type: text/rfc822-headers\n"
    "\n"
    "From: dispatch@zakazchik-omis.ru\n"
    "To: brigada5@setenergoservis.ru\n"
    f"Subject: {b('Заявка 67486 — время прибытия?')}\n"
    "Date: Tue, 17 Nov 2026 04:11:58 +0300\n"
    "Message-ID: <67486.3@zakazchik-omis.ru>\n"
    "\n"
    "--4F2C1A0123.1794880323/mx.setenergoservis.ru--\n")

plain("lukin", "2026-11-17 10:15", "67486 П01 ПРИБЫЛИ",
      "ТП-4410 ПРИБЫЛИ 10:10" + PHONE_SIG,
      dec("67486", ["1"], ONS, "П01 = позиция 1"))

plain("lukin", "2026-11-17 12:30", "Re: 67486 П01 ПРИБЫЛИ",
      "П1 ЗАКОНЧИЛИ, УШЛИ. П2 ЗАВТРА С УТРА",
      dec("67486", ["1"], LEFT, "тема Re: со старым статусом; П1 закончили, П2 - план"),
      cte="8bit")

plain("ods", "2026-11-17 18:30", "Сводка ОДС за 17.11.2026",
      "Сводка за дневную смену 17.11.2026:\n\n"
      "— 67486: бригада №5 отработала ТП-4410, ТП-4411 переносится на 18.11;\n"
      "— 67523: ЭТЛ «Луч-1» испытания КЛ-10 кВ №7 Ф-14 назначены на 19.11, бланк №436;\n"
      "— КЛ-10 кВ №3 Ф-6 по-прежнему в ремонте.\n\n"
      "Смену сдала Ковалёва Н.В., принял Терентьев А.С.",
      rev("сводка по двум разным заявкам в одном письме"), **BAT)

plain("lukin", "2026-11-18 09:00", "67486/2",
      "на обьекте" + PHONE_SIG,
      dec("67486", ["2"], ONS, "позиция через дробь в теме; опечатка 'обьекте'"))

alt("chief", "2026-11-18 11:50", "Fw: ТП-4411",
    "Для сведения.\n\n"
    "----- Перенаправлено Igor V Yaroshenko/SES/RU 18.11.2026 11:47 -----\n\n"
    "Vladimir Lukin/SES/RU\n18.11.2026 11:38\n\n"
    "Кому\nIgor V Yaroshenko/SES/RU@SES\n"
    "копия\n\n"
    "Тема\nТП-4411\n\n\n"
    "67486 поз. 2: работы по ТП-4411 завершены, контакты подтянуты, тепловизором проверили. "
    "Бригада убыла 11:35.\n"
    "Лукин",
    dec("67486", ["2"], LEFT, "Lotus-пересылка отчёта мастера"),
    charset="koi8-r", font="Default Sans Serif", extra=lotus_extra("2026-11-18 11:50"))

plain("br12", "2026-11-18 14:10", "",
      "НА МЕСТЕ ЖДЁМ ДОПУСК",
      rev("нет номера заявки, тема пустая"), cte="8bit")

# =====================================================================
# 67523 — испытания КЛ-10 кВ №7 Ф-14: поз.1 уч. РП-3—ТП-2020, поз.2 уч. ТП-2020—ТП-2021
# =====================================================================
plain("ods", "2026-11-17 11:40", "Заявка 67523 — испытания КЛ-10 кВ №7",
      "Принята заявка 67523 на испытания КЛ-10 кВ №7 Ф-14 повышенным напряжением.\n"
      "Испытания назначены на 19.11, бланк переключений №436 подготовлен.\n\n" + ODS_SIG_K,
      dec("67523", [], ACC, "принята; №7, Ф-14, №436 - шум"), **BAT)

plain("ods", "2026-11-19 09:05", "67523 поз. 1",
      "09:00 ЭТЛ «Луч-1» выехала на РП-3 для испытания КЛ-10 кВ №7, участок РП-3 — ТП-2020 "
      "(заявка 67523, поз. 1). Вывод КЛ в ремонт по бланку №436 — в 09:30.\n\n" + ODS_SIG_T,
      dec("67523", ["1"], WAY, "выехала на РП-3"), **BAT)

plain("ods", "2026-11-19 12:10", "67523 поз. 1 — испытания проведены",
      "Поз. 1 заявки 67523: испытания участка РП-3 — ТП-2020 выполнены, кабель выдержал "
      "(60 кВ, 5 мин), протокол №И-1187. ЭТЛ с РП-3 убыла в 12:00.\n\n" + ODS_SIG_T,
      dec("67523", ["1"], LEFT, "испытания выполнены, ЭТЛ убыла С РП-3"), **BAT)

plain("ods", "2026-11-19 15:30", "67523 поз. 2 — перенос",
      "Поз. 2 заявки 67523 (участок ТП-2020 — ТП-2021): испытание не проведено, КЛ не "
      "выведена в ремонт — нет подтверждения отключения потребителей ТП-2021.\n"
      "Перенос на 20.11 с 10:00.\n\n" + ODS_SIG_T,
      rev("не проведено + перенос, статуса нет"), **BAT)

plain("etl", "2026-11-20 10:05", "67523 п2",
      "ЭТЛ «Луч-1» на месте, ТП-2020, 10:00. Собираем схему испытаний.\n\n"
      "--\nФирсов К.Е., нач. ЭТЛ, 8-902-941-33-18",
      dec("67523", ["2"], ONS, "п2 в теме"), cte="quoted-printable")

plain("etl", "2026-11-20 13:30", "67523 (2)",
      "Испытания КЛ-10 кВ №7 уч. ТП-2020 – ТП-2021 завершены, протокол №И-1192. "
      "Лаборатория убыла, КЛ сдана ОДС для включения.\n\n"
      "--\nФирсов К.Е., нач. ЭТЛ, 8-902-941-33-18",
      dec("67523", ["2"], LEFT, "позиция в скобках в теме; убыла"), cte="quoted-printable")

# =====================================================================
# 67590 — ТП-2020, ремонт двери (1 позиция)
# =====================================================================
alt("chief", "2026-11-19 14:00", "Обращение № 67590 — ТП-2020",
    "Уважаемые коллеги!\n\n"
    "Сообщаем, что обращение № 67590 (ТП-2020, ремонт двери и замка РУ-10 кВ) принято к "
    "исполнению. Работы будут выполнены 20.11.2026 бригадой №12.\n\n" + CHIEF_SIG,
    dec("67590", [], ACC, "принято к исполнению (план выполнения не мешает)"),
    charset="koi8-r", font="Default Sans Serif", extra=lotus_extra("2026-11-19 14:00"))

plain("br12", "2026-11-20 09:10", "67590",
      "Выезжаем со склада на ТП-2020, дверь" + PHONE_SIG,
      dec("67590", [], WAY, "выезжаем СО склада НА ТП -> в пути"))


def fwd_attached():
    inner = text_part("дверь заварили, замок новый, ключи сдали в ОДС. с ТП-2020 уехали 10:55",
                      "plain", "utf-8", "base64")
    inner["From"] = formataddr(("Бригада 12", "brigada12@setenergoservis.ru"), charset="utf-8")
    inner["To"] = "ods@setenergoservis.ru"
    inner["Subject"] = enc_subject("67590 дверь", "utf-8")
    inner["Date"] = format_datetime(d("2026-11-20 10:58"))
    inner["Message-ID"] = "<20261120105800.br12@setenergoservis.ru>"
    inner["X-Mailer"] = "K-9 Mail for Android"
    inner["MIME-Version"] = "1.0"
    ct = [h for h in inner._headers if h[0].lower().startswith("content-") or h[0] == "MIME-Version"]
    inner._headers = [h for h in inner._headers if h not in ct] + ct
    msg = MIMEMultipart("mixed")
    msg.attach(text_part("Пересылаем отчёт бригады №12 по заявке 67590.\n\n" + ODS_SIG_K,
                         "plain", "windows-1251", "quoted-printable"))
    att = MIMEMessage(inner)
    att["Content-Disposition"] = "attachment"
    msg.attach(att)
    return finish(msg, "ods", d("2026-11-20 11:05"), "Fwd: 67590 дверь", "windows-1251",
                  label=dec("67590", [], LEFT,
                            "пересылка вложением message/rfc822: бригада уехала с ТП"))


fwd_attached()

raw(ign("автоответ об отсутствии (Auto-Submitted: auto-replied)"),
    "From: Igor V Yaroshenko <i.yaroshenko@setenergoservis.ru>\n"
    "To: dispatch@zakazchik-omis.ru\n"
    f"Subject: {b('Отсутствую на рабочем месте: Re: Обращение 67590', 'koi8-r')}\n"
    "Date: Fri, 20 Nov 2026 12:14:00 +0700\n"
    "Message-ID: <OFA1B2C3D4.E5F60718-ON47258A1B.001E2F34@setenergoservis.ru>\n"
    "X-Mailer: Lotus Notes Release 8.5.3FP6 November 21, 2013\n"
    "Auto-Submitted: auto-replied\n"
    "X-Autoreply: yes\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: 8bit\n"
    "\n"
    "Я нахожусь в командировке с 20.11.2026 по 22.11.2026 и не смогу ответить на Ваше\n"
    "сообщение «Re: Обращение 67590».\n"
    "По оперативным вопросам обращайтесь в ОДС: +7 (391) 256-14-07, ods@setenergoservis.ru.\n")

plain("ods", "2026-11-20 15:30", "RE: 67590 благодарность",
      "Добрый день.\n"
      "Подтверждаем получение Вашего письма. Акт выполненных работ № АВР-567 по заявке "
      "67590 направим до 25.11.2026.\n\n" + ODS_SIG_K + "\n\n"
      "-----Original Message-----\n"
      "From: Диспетчерская служба <dispatch@zakazchik-omis.ru>\n"
      "Sent: Friday, November 20, 2026 3:02 PM\n"
      "To: ods@setenergoservis.ru\n"
      "Subject: 67590 благодарность\n\n"
      "Спасибо за оперативный ремонт двери ТП-2020, работы приняты.",
      rev("подтверждение получения письма заказчика + акт, статуса нет"),
      irt=CUST_MID("67590.4"), **BAT)

# =====================================================================
# 67642 — РП-3 замена АКБ: поз.1 АКБ секции 1, поз.2 АКБ секции 2, поз.3 зарядное устройство
# =====================================================================
plain("ods", "2026-11-20 09:00", "67642",
      "67642 — в работе. Исполнитель бригада №2, мастер Герасимов.\n\n" + ODS_SIG_K,
      dec("67642", [], ACC, "'в работе' = принята"), **BAT)

alt("ger", "2026-11-21 16:10", "67642",
    "По 67642 сегодня не успеваем, АКБ привезут только вечером. Выедем в понедельник 23.11 "
    "с 8 утра." + MYMAIL_SIG,
    rev("план 'выедем в понедельник', ничего не произошло"))

alt("ger", "2026-11-23 08:45", "67642",
    "едем на рп-3 менять акб. 67642 п1,п2" + MYMAIL_SIG,
    dec("67642", ["1", "2"], WAY, "едем -> в пути; п1,п2"))

alt("ger", "2026-11-23 09:30", "Re: 67642",
    "прибли п1 п2" + MYMAIL_SIG + "\n\n\n"
    "Понедельник, 23 ноября 2026, 8:45 +07:00 от Дмитрий Герасимов <d.gerasimov74@mail.ru>:\n"
    "> едем на рп-3 менять акб. 67642 п1,п2",
    dec("67642", ["1", "2"], ONS, "опечатка 'прибли' = прибыли"))

alt("ods", "2026-11-23 14:00", "67642 РП-3 — состояние работ",
    "Заявка 67642, РП-3, на 14:00:\n"
    "поз. 1 — АКБ секции 1 заменена (GEL 12-100, 18 шт.), 13:20\n"
    "поз. 2 — АКБ секции 2 заменена, 13:40\n"
    "поз. 3 — зарядное устройство ЗУ-220/40: в работе, бригада на месте\n\n" + ODS_SIG_K,
    rev("разные статусы по позициям: поз.1,2 выполнены, поз.3 на месте"),
    htmltext=(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>"
        "<body style=\"font-family:Tahoma;font-size:9pt\"><p>Заявка 67642, РП-3, на 14:00:</p>"
        "<table border=1 cellspacing=0 cellpadding=3>"
        "<tr><td><b>Поз.</b></td><td><b>Оборудование</b></td><td><b>Состояние</b></td></tr>"
        "<tr><td>1</td><td>АКБ секции 1 (GEL 12-100, 18 шт.)</td><td>заменена, 13:20</td></tr>"
        "<tr><td>2</td><td>АКБ секции 2</td><td>заменена, 13:40</td></tr>"
        "<tr><td>3</td><td>ЗУ-220/40</td><td>в работе, бригада на месте</td></tr>"
        "</table><p>--<br>Дежурный диспетчер ОДС<br>Ковалёва Наталья Викторовна<br>"
        "АО «СетьЭнергоСервис», т. +7 (391) 256-14-07 (вн. 214)</p></body></html>"),
    **BAT64)

plain("ods", "2026-11-23 17:20", "Fwd: 67642 ЗУ",
      "Это пересылаемое сообщение\n\n"
      "From: Дмитрий Герасимов <d.gerasimov74@mail.ru>\n"
      "To: ods@setenergoservis.ru\n"
      "Date: Mon, 23 Nov 2026 17:02:15 +0700\n"
      "Subject: 67642 ЗУ\n\n"
      "===8<==============Текст оригинального сообщения===============\n"
      "67642 п3: ЗУ заменено, заряд настроен, 2,23 В на элемент. Бригада уехала в 16:55.\n"
      "===8<===========Конец текста оригинального сообщения===========\n",
      dec("67642", ["3"], LEFT, "пересылка The Bat!: в пересланном п3 - уехали"), **BAT)

# =====================================================================
# 67708 — ТП-5510 тепловизионное обследование: поз.1 РУ-10 кВ, 2 Т1, 3 Т2, 4 РУ-0,4 кВ
# =====================================================================
plain("ods", "2026-11-23 10:40", "Заявка 67708 ТП-5510",
      "Принято. Тепловизионное обследование ТП-5510 выполнит ЭТЛ «Луч-2» 24.11.\n\n"
      + ODS_SIG_K,
      dec("67708", [], ACC, "принято"), **BAT)

plain("ods", "2026-11-23 11:10", "#67708 допуск",
      "Коллеги, по #67708: нужен ли допуск в РУ-10 кВ ТП-5510 от вашего ОДС или достаточно "
      "нашего наряда-допуска? Прошу ответить до конца дня.\n\n" + ODS_SIG_K,
      rev("вопрос про допуск, статуса нет"), **BAT)

plain("etl", "2026-11-24 09:00", "67708",
      "Луч-2 выдвинулся на ТП-5510.\n\n--\nЭТЛ, Фирсов К.Е.",
      dec("67708", [], WAY, "выдвинулся -> в пути"), cte="quoted-printable")

plain("etl", "2026-11-24 09:50", "Прибытие",
      "Прибытие 09:45, ТП-5510 (67708).\n\n--\nЭТЛ, Фирсов К.Е.",
      dec("67708", [], ONS, "существительное 'прибытие' с временем; номер в скобках"),
      cte="quoted-printable")

plain("etl", "2026-11-24 12:00", "67708 поз. 1–3",
      "Поз. 1–3 (РУ-10 кВ, Т1, Т2) отсняли, дефектов нет. Поз. 4 (РУ-0,4 кВ) — после обеда, "
      "ждём нагрузку.\n\n--\nЭТЛ, Фирсов К.Е.",
      dec("67708", ["1", "2", "3"], LEFT, "поз.1-3 завершены (диапазон), поз.4 - план"),
      cte="quoted-printable")

plain("etl", "2026-11-24 15:40", "67708 п.4",
      "67708 п.4 — завершено, уехали. На рубильнике QS2 нагрев контакта до 87 °С, "
      "отчёт №ТВ-0341 направим до 27.11.\n\n--\nЭТЛ, Фирсов К.Е.",
      dec("67708", ["4"], LEFT, "завершено, уехали; 87, №ТВ-0341, 27.11 - шум"),
      cte="quoted-printable")

# =====================================================================
# прочее: review / ignored
# =====================================================================
plain("lukin", "2026-11-25 08:20", "67812",
      "67812 ВЫЕХАЛИ НА ТП-2214" + PHONE_SIG,
      rev("номера 67812 нет в реестре"))

alt("chief", "2026-11-26 10:00", "Повторные выезды на ТП-1234",
    "Уважаемые коллеги!\n\n"
    "Обращаем внимание, что за ноябрь бригады АО «СетьЭнергоСервис» трижды выезжали на "
    "ТП-1234 по заявкам, не подтверждённым Вашей диспетчерской (последний выезд — 24.11). "
    "Указанные выезды по договору № 14/2026-ЭС оплате не подлежат, что считаем неправильным.\n"
    "Просим рассмотреть вопрос на совещании 27.11.2026.\n\n" + CHIEF_SIG,
    rev("претензия/договорные вопросы, конкретной заявки и статуса нет"),
    charset="koi8-r", font="Default Sans Serif", extra=lotus_extra("2026-11-26 10:00"))

raw(ign("массовая рассылка (List-Id, Precedence: bulk)"),
    f"From: {b('АО «СетьЭнергоСервис» — новости')} <news@setenergoservis.ru>\n"
    "To: dispatch@zakazchik-omis.ru\n"
    f"Subject: {b('Дайджест АО «СетьЭнергоСервис» | ноябрь 2026')}\n"
    "Date: Wed, 25 Nov 2026 11:00:00 +0700\n"
    "Message-ID: <digest-2026-11.8812@news.setenergoservis.ru>\n"
    "List-Id: <digest.setenergoservis.ru>\n"
    "List-Unsubscribe: <mailto:unsubscribe@setenergoservis.ru?subject=digest>\n"
    "Precedence: bulk\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/alternative; boundary=\"=_digest_2611\"\n"
    "\n"
    "--=_digest_2611\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: 8bit\n"
    "\n"
    "Дайджест АО «СетьЭнергоСервис», ноябрь 2026\n\n"
    "• За октябрь выполнено 412 заявок, средний выезд бригады — 38 минут.\n"
    "• ЭТЛ получила новый тепловизор Testo 883.\n"
    "• С 01.12.2026 меняется телефон ОДС: +7 (391) 256-14-00.\n\n"
    "Отписаться: unsubscribe@setenergoservis.ru\n"
    "\n"
    "--=_digest_2611\n"
    "Content-Type: text/html; charset=utf-8\n"
    "Content-Transfer-Encoding: 8bit\n"
    "\n"
    "<html><body><h2>Дайджест АО «СетьЭнергоСервис», ноябрь 2026</h2><ul>"
    "<li>За октябрь выполнено 412 заявок, средний выезд бригады — 38 минут.</li>"
    "<li>ЭТЛ получила новый тепловизор Testo 883.</li>"
    "<li>С 01.12.2026 меняется телефон ОДС: +7 (391) 256-14-00.</li></ul>"
    "<p><a href=\"mailto:unsubscribe@setenergoservis.ru\">Отписаться</a></p></body></html>\n"
    "\n"
    "--=_digest_2611--\n")

raw(ign("ответ на приглашение в календаре (METHOD:REPLY)"),
    "From: Igor V Yaroshenko <i.yaroshenko@setenergoservis.ru>\n"
    "To: dispatch@zakazchik-omis.ru\n"
    f"Subject: {b('Принято: Совещание: график обхода Ф-6 (67158)')}\n"
    "Date: Sun, 08 Nov 2026 18:02:00 +0700\n"
    "Message-ID: <OF7788AA01.CAL-ON47258A1B.003C11@setenergoservis.ru>\n"
    "X-Mailer: Lotus Notes Release 8.5.3FP6 November 21, 2013\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/alternative; boundary=\"=_alt_cal_0811\"\n"
    "\n"
    "--=_alt_cal_0811\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: 8bit\n"
    "\n"
    "Igor V Yaroshenko принял приглашение:\n"
    "Совещание: график обхода Ф-6 (67158)\n"
    "Дата: 09.11.2026 10:00 - 10:30 (GMT+07:00)\n"
    "\n"
    "--=_alt_cal_0811\n"
    "Content-Type: text/calendar; method=REPLY; charset=utf-8\n"
    "Content-Transfer-Encoding: 8bit\n"
    "\n"
    "BEGIN:VCALENDAR\n"
    "PRODID:-//Lotus Development Corporation//NONSGML Notes 8.5.3//EN_C\n"
    "VERSION:2.0\n"
    "METHOD:REPLY\n"
    "BEGIN:VEVENT\n"
    "DTSTART:20261109T030000Z\n"
    "DTEND:20261109T033000Z\n"
    "DTSTAMP:20261108T110200Z\n"
    "ORGANIZER;CN=\"Dispatch\":mailto:dispatch@zakazchik-omis.ru\n"
    "ATTENDEE;PARTSTAT=ACCEPTED;CN=\"Igor V Yaroshenko\":mailto:i.yaroshenko@setenergoservis.ru\n"
    "UID:67158-meeting-20261109@zakazchik-omis.ru\n"
    "SUMMARY:Совещание: график обхода Ф-6 (67158)\n"
    "SEQUENCE:0\n"
    "END:VEVENT\n"
    "END:VCALENDAR\n"
    "\n"
    "--=_alt_cal_0811--\n")

# =====================================================================
# registry
# =====================================================================
REGISTRY = {
    "contractor": {
        "name": "АО «СетьЭнергоСервис»",
        "emails": [S[k][1] for k in ("ods", "lukin", "ger", "br12", "etl", "chief", "news",
                                     "daemon")],
        "domains": [DOMAIN],
    },
    "requests": [
        {"number": "67012", "positions": ["1", "2"], "registered_at": "2026-11-02T09:00:00+07:00",
         "comment": "Замена рубильников в РУ-0,4 кВ: 1 — ТП-1234, 2 — ТП-1235"},
        {"number": "67045", "positions": ["1"], "registered_at": "2026-11-03T14:30:00+07:00",
         "comment": "Поиск места повреждения КЛ-10 кВ №3, фидер Ф-6"},
        {"number": "67101", "positions": ["1", "2", "3"], "registered_at": "2026-11-05T08:30:00+07:00",
         "comment": "РП-7, ремонт приводов выключателей: 1 — яч. №3, 2 — яч. №8, 3 — яч. №11"},
        {"number": "67158", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T10:00:00+07:00",
         "comment": "Обход ТП фидера Ф-6: 1 — ТП-2210, 2 — ТП-2211, 3 — ТП-2214, 4 — ТП-2217"},
        {"number": "67230", "positions": ["1"], "registered_at": "2026-11-09T08:00:00+07:00",
         "comment": "ТП-0815, замена трансформаторов тока учёта"},
        {"number": "67304", "positions": ["1", "2"], "registered_at": "2026-11-10T09:00:00+07:00",
         "comment": "КЛ-0,4 кВ от ТП-3301: 1 — до ВРУ ж/д ул. Партизана Железняка, 18; 2 — до ВРУ д. 18а"},
        {"number": "67377", "positions": ["1", "2", "3"], "registered_at": "2026-11-12T08:00:00+07:00",
         "comment": "РП-12, аварийное освещение: 1 — РУ-10 кВ, 2 — РУ-0,4 кВ, 3 — щитовая (ЩАО)"},
        {"number": "67419", "positions": ["1"], "registered_at": "2026-11-13T10:00:00+07:00",
         "comment": "ТП-1502, восстановление контура заземления"},
        {"number": "67486", "positions": ["1", "2"], "registered_at": "2026-11-16T09:00:00+07:00",
         "comment": "Осмотр и подтяжка контактных соединений: 1 — ТП-4410, 2 — ТП-4411"},
        {"number": "67523", "positions": ["1", "2"], "registered_at": "2026-11-17T11:00:00+07:00",
         "comment": "Испытания КЛ-10 кВ №7 Ф-14: 1 — уч. РП-3 — ТП-2020, 2 — уч. ТП-2020 — ТП-2021"},
        {"number": "67590", "positions": ["1"], "registered_at": "2026-11-19T13:00:00+07:00",
         "comment": "ТП-2020, ремонт двери и замка РУ-10 кВ"},
        {"number": "67642", "positions": ["1", "2", "3"], "registered_at": "2026-11-20T08:30:00+07:00",
         "comment": "РП-3, замена АКБ: 1 — АКБ секции 1, 2 — АКБ секции 2, 3 — зарядное устройство"},
        {"number": "67708", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-23T10:00:00+07:00",
         "comment": "ТП-5510, тепловизионное обследование: 1 — РУ-10 кВ, 2 — Т1, 3 — Т2, 4 — РУ-0,4 кВ"},
    ],
}

for fn, data in LETTERS:
    with open(os.path.join(LET, fn), "wb") as f:
        f.write(data)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(REGISTRY, f, ensure_ascii=False, indent=1)
print(len(LETTERS), "letters")
