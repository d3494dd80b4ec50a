# -*- coding: utf-8 -*-
"""Generator of test letters for persona DJ: ООО «СтройСервис-Плюс», Тула.

Run:  python3 make.py   (writes letters/, labels.json, registry.json next to this file)
"""
import base64
import datetime as dt
import hashlib
import html
import json
import os
import quopri
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
os.makedirs(LET, exist_ok=True)
TZ = dt.timezone(dt.timedelta(hours=3))
DOM = "stroyservis-plus.ru"
DISPATCH = ("Диспетчерская служба ОМИС", "dispatch@zakazchik-omis.ru")

# ------------------------------------------------------------------ people
P = {
    "grishina": dict(name="Гришина Ольга Викторовна", addr="o.grishina@stroyservis-plus.ru",
                     title="Офис-менеджер", ext="101", mob="+7 (910) 943-27-18"),
    "melnikov": dict(name="Мельников Андрей Сергеевич", addr="a.melnikov@stroyservis-plus.ru",
                     title="Главный инженер", ext="115", mob="+7 (953) 187-40-22"),
    "savelyev": dict(name="Савельев Игорь Петрович", addr="i.savelyev@stroyservis-plus.ru",
                     title="Генеральный директор", ext="100", mob="+7 (920) 771-05-93"),
    "zaytseva": dict(name="Зайцева Марина", addr="dispatcher@stroyservis-plus.ru"),
    "kuznetsov": dict(name="Виктор Кузнецов", addr="kuznetsov.vik71@mail.ru"),
    "tagirov": dict(name="Рустам Тагиров", addr="rustam.tagirov@mail.ru"),
    "fomin": dict(name="Денис Фомин", addr="denis.fomin.tula@bk.ru"),
}
MACHINE_ADDRS = ["MAILER-DAEMON@stroyservis-plus.ru", "noreply@stroyservis-plus.ru",
                 "news@stroyservis-plus.ru"]

DISCLAIMER = (
    "ВНИМАНИЕ: Настоящее электронное сообщение и все приложения к нему являются "
    "конфиденциальными, могут содержать сведения, составляющие коммерческую тайну "
    "ООО «СтройСервис-Плюс», и предназначены исключительно для адресата. Если Вы получили "
    "это сообщение по ошибке, просим незамедлительно уведомить отправителя и удалить "
    "сообщение со всеми копиями. Любое копирование, распространение или иное использование "
    "информации лицами, не являющимися адресатами, запрещено и может преследоваться в "
    "соответствии с законодательством РФ. Электронное сообщение не является офертой "
    "(ст. 435 ГК РФ) и не порождает обязательств ООО «СтройСервис-Плюс», если иное прямо "
    "не указано в тексте. Пожалуйста, подумайте об окружающей среде, прежде чем распечатывать "
    "это письмо.")


def sig_lines(who):
    p = P[who]
    lines = ["С уважением,", p["name"], p["title"], "ООО «СтройСервис-Плюс»",
             "300041, г. Тула, ул. Болдина, д. 98, оф. 214",
             "Тел.: +7 (4872) 25-14-63 доб. %s, факс: +7 (4872) 25-14-64" % p["ext"],
             "Моб.: %s" % p["mob"],
             "ИНН 7107123458 / КПП 710701001 / ОГРН 1127154032217",
             "р/с 40702810266000012345 в Тульском отделении № 8604 ПАО Сбербанк",
             "к/с 30101810300000000608, БИК 047003608"]
    if who == "melnikov":
        lines.append("Выписка из реестра членов СРО № 0456.03-2012-7107123458-С-101")
    lines += ["www.stroyservis-plus.ru", "", DISCLAIMER]
    return lines


DISP_SIG = ("С уважением,\nКовалёва Наталья Игоревна\nдиспетчер ОДС ОМИС\n"
            "dispatch@zakazchik-omis.ru\n+7 (4872) 70-22-10")

RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]
RU_DOW = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
EN_DOW = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def D(day, h, m, s=0):
    return dt.datetime(2026, 11, day, h, m, s, tzinfo=TZ)


def ru_sent(t, dow=True):
    s = "%d %s %d г. %d:%02d" % (t.day, RU_MON[t.month - 1], t.year, t.hour, t.minute)
    return (RU_DOW[t.weekday()] + ", " + s) if dow else s


def mailru_when(t):
    return "%s, %d %s %d, %d:%02d +03:00" % (RU_DOW[t.weekday()].capitalize(), t.day,
                                             RU_MON[t.month - 1], t.year, t.hour, t.minute)


# ------------------------------------------------------------------ blocks
# ('p', text) ; ('sig', who) ; ('hdr', dict) ; ('table', head, rows) ; ('pre', text)

def hdr_block(frm, sent, to, subj, cc=None, style="ru"):
    return ("hdr", dict(frm=frm, sent=sent, to=to, subj=subj, cc=cc, style=style))


def hdr_plain(h):
    if h["style"] == "orig":
        lines = ["-----Original Message-----", "From: " + h["frm"],
                 "Sent: " + h["sent"], "To: " + h["to"]]
        if h["cc"]:
            lines.append("Cc: " + h["cc"])
        lines.append("Subject: " + h["subj"])
        return "\n".join(lines)
    if h["style"] == "en":
        lines = ["From: " + h["frm"], "Sent: " + h["sent"], "To: " + h["to"]]
        if h["cc"]:
            lines.append("Cc: " + h["cc"])
        lines.append("Subject: " + h["subj"])
        return "\n".join(lines)
    lines = ["От: " + h["frm"], "Отправлено: " + h["sent"], "Кому: " + h["to"]]
    if h["cc"]:
        lines.append("Копия: " + h["cc"])
    lines.append("Тема: " + h["subj"])
    return "\n".join(lines)


def render_plain(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("p", "pre"):
            out.append(b[1])
        elif k == "sig":
            out.append("\n".join(sig_lines(b[1])))
        elif k == "hdr":
            out.append("\n" + hdr_plain(b[1]))
        elif k == "table":
            head, rows = b[1], b[2]
            out.append("\n".join("\t".join(r) for r in [head] + rows))
    return "\n\n".join(out) + "\n"


def _p(line, color=None):
    st = ' style="color:#1F4E79"' if color else ""
    if not line.strip():
        return '<p class=MsoNormal><o:p>&nbsp;</o:p></p>'
    return '<p class=MsoNormal><span%s>%s</span><o:p></o:p></p>' % (st, html.escape(line))


def render_html(blocks, title=""):
    body = []
    first_hdr = True
    for b in blocks:
        k = b[0]
        if k == "p":
            for line in b[1].split("\n"):
                body.append(_p(line, color=first_hdr))
            body.append(_p(""))
        elif k == "pre":
            body.append("<pre>%s</pre>" % html.escape(b[1]))
        elif k == "sig":
            ls = sig_lines(b[1])
            body.append('<p class=MsoNormal><span style="font-size:10.0pt;color:#1F4E79">'
                        + "<br>\n".join(html.escape(x) for x in ls[:-1]) + "</span></p>")
            body.append('<p class=MsoNormal><span style="font-size:7.5pt;color:gray">%s</span></p>'
                        % html.escape(ls[-1]))
            body.append(_p(""))
        elif k == "hdr":
            h = b[1]
            first_hdr = False
            if h["style"] == "orig":
                body.append(_p("-----Original Message-----", color=None))
            lab = (["От:", "Отправлено:", "Кому:", "Копия:", "Тема:"] if h["style"] == "ru"
                   else ["From:", "Sent:", "To:", "Cc:", "Subject:"])
            parts = ["<b>%s</b> %s" % (lab[0], html.escape(h["frm"])),
                     "<b>%s</b> %s" % (lab[1], html.escape(h["sent"])),
                     "<b>%s</b> %s" % (lab[2], html.escape(h["to"]))]
            if h["cc"]:
                parts.append("<b>%s</b> %s" % (lab[3], html.escape(h["cc"])))
            parts.append("<b>%s</b> %s" % (lab[4], html.escape(h["subj"])))
            body.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                        'padding:3.0pt 0cm 0cm 0cm"><p class=MsoNormal>'
                        + "<br>\n".join(parts) + "<o:p></o:p></p></div>")
            body.append(_p(""))
        elif k == "table":
            head, rows = b[1], b[2]
            t = ['<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 '
                 'style="border-collapse:collapse;border:none">']
            t.append("<tr>" + "".join('<td style="background:#D9E2F3;padding:0cm 5.4pt"><p '
                                      'class=MsoNormal><b>%s</b></p></td>' % html.escape(c)
                                      for c in head) + "</tr>")
            for r in rows:
                t.append("<tr>" + "".join('<td style="padding:0cm 5.4pt"><p class=MsoNormal>'
                                          '%s</p></td>' % html.escape(c) for c in r) + "</tr>")
            t.append("</table>")
            body.append("\n".join(t))
            body.append(_p(""))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
            '</head>\n<body lang=RU link="#0563C1" vlink="#954F72">\n<div class=WordSection1>\n'
            + "\n".join(body) + "\n</div>\n</body>\n</html>\n")


# ------------------------------------------------------------------ mime helpers

def cs(name, cte):
    c = Charset(name)
    c.header_encoding = BASE64
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    if name == "utf-8" and cte == "8bit":
        c.body_encoding = None
    return c


def enc_hdr(s, charset):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode()


def enc_addr(name, addr, charset):
    if name is None:
        return addr
    return formataddr((name, addr), charset=charset)


def msgid(key, style):
    h = hashlib.sha1(key.encode()).hexdigest()
    if style == "outlook":
        return "<%s$%s$%s@stroyservis-plus.ru>" % ("0000" + h[:12], h[12:20], h[20:28])
    if style == "mailru":
        return "<%d.%s@f%d.i.mail.ru>" % (1760000000 + int(h[:6], 16), h[6:14], int(h[14:16], 16) + 100)
    if style == "bk":
        return "<%d.%s@f%d.i.mail.ru>" % (1760000000 + int(h[:6], 16), h[6:14], int(h[14:16], 16) + 300)
    if style == "bat":
        return "<%s.%s@stroyservis-plus.ru>" % (h[:8].upper(), h[8:16])
    return "<%s.%s@%s>" % (h[:16], h[16:24], style)


LETTERS = []   # list of (date, key, bytes builder, label)


def finalize(m, frm_who, subj, date, charset, to=None, cc=None, style="outlook",
             extra=None, in_reply=None, frm=None):
    if frm is None:
        p = P[frm_who]
        frm = enc_addr(p["name"], p["addr"], charset)
    m["From"] = frm
    m["To"] = to or enc_addr(DISPATCH[0], DISPATCH[1], charset)
    if cc:
        m["Cc"] = cc
    m["Subject"] = enc_hdr(subj, charset)
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid(subj + str(date) + str(frm_who), style)
    if in_reply:
        m["In-Reply-To"] = in_reply
        m["References"] = in_reply
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    if style == "outlook":
        m["X-Mailer"] = "Microsoft Outlook 16.0"
        m["Thread-Index"] = base64.b64encode(hashlib.md5(subj.encode()).digest()[:16]).decode()
        m["Content-Language"] = "ru"
    elif style in ("mailru", "bk"):
        m["X-Mailer"] = "Mail.Ru Mail App (Android)"
    elif style == "bat":
        m["X-Mailer"] = "The Bat! (v9.4.5) Professional"
    for k, v in (extra or {}).items():
        m[k] = v
    return m


def reorder(m):
    """Put transport headers first, MIME headers after, as real clients do."""
    order = ["From", "To", "Cc", "Subject", "Date", "Message-ID", "In-Reply-To", "References"]
    items = m._headers
    first = [h for k in order for h in items if h[0] == k]
    rest = [h for h in items if h[0] not in order]
    m._headers = first + rest


def as_bytes(m):
    reorder(m)
    raw = m.as_string()
    return raw


def outlook(key, who, date, subj, blocks, charset="windows-1251", cte="qp", html_only=False,
            to=None, cc=None, label=None, extra=None, in_reply=None):
    plain = render_plain(blocks)
    htm = render_html(blocks)
    if html_only:
        m = MIMEText(htm, "html", cs(charset, cte))
    else:
        h = hashlib.md5((key + subj).encode()).hexdigest().upper()
        m = MIMEMultipart("alternative",
                          boundary="----=_NextPart_000_%s_%s.%s" % (h[:4], h[4:12], h[12:20]))
        m.preamble = "This is a multipart message in MIME format."
        m.attach(MIMEText(plain, "plain", cs(charset, cte)))
        m.attach(MIMEText(htm, "html", cs(charset, cte)))
    finalize(m, who, subj, date, charset, to=to, cc=cc, style="outlook", extra=extra,
             in_reply=in_reply)
    LETTERS.append((date, key, as_bytes(m), label))


def mobile(key, who, date, subj, text, quote=None, label=None, charset="utf-8", cte="b64"):
    p = P[who]
    body = text.rstrip("\n") + "\n\n--\n" + p["name"] + "\nОтправлено из мобильной Почты Mail.ru\n"
    if quote:
        qfrom, qdate, qtext = quote
        body += "\n\n>%s от %s:\n" % (mailru_when(qdate), qfrom)
        body += "\n".join(">" + l for l in qtext.split("\n")) + "\n"
    m = MIMEText(body, "plain", cs(charset, cte))
    style = "bk" if p["addr"].endswith("bk.ru") else "mailru"
    finalize(m, who, subj, date, charset, style=style)
    LETTERS.append((date, key, as_bytes(m), label))


def thebat(key, date, subj, text, label=None, charset="koi8-r", cte="8bit", in_reply=None):
    text.encode(charset)  # strict check: The Bat! in KOI8-R cannot send what KOI8-R lacks
    if cte == "8bit":
        m = MIMEText("@@BODY@@", "plain", "us-ascii")
        m.set_param("charset", charset)
        m.replace_header("Content-Transfer-Encoding", "8bit")
    else:
        m = MIMEText(text, "plain", cs(charset, cte))
    finalize(m, "zaytseva", subj, date, charset, style="bat", in_reply=in_reply)
    raw = as_bytes(m)
    if cte == "8bit":
        raw = raw.encode("ascii").replace(b"@@BODY@@", text.encode(charset))
    LETTERS.append((date, key, raw, label))


def raw_letter(key, date, raw, label):
    LETTERS.append((date, key, raw, label))


def dec(request, positions, status, note):
    assert status in ("заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл")
    return {"expect": "decided", "request": request, "positions": positions, "status": status,
            "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


DISP_FROM = "Диспетчерская служба ОМИС [mailto:dispatch@zakazchik-omis.ru]"
DISP_FROM2 = "Диспетчерская служба ОМИС <dispatch@zakazchik-omis.ru>"
G_FROM = "Гришина Ольга Викторовна <o.grishina@stroyservis-plus.ru>"
M_FROM = "Мельников Андрей Сергеевич <a.melnikov@stroyservis-plus.ru>"
TO_D = "Диспетчерская служба ОМИС"

# =================================================================== REQUESTS
REGISTRY = [
    ("122517", ["1", "2", "3"], D(2, 9, 10), "ул. Октябрьская, 34, корп. Б: 1 — протечка кровли над ЛК-2, 2 — водосток, 3 — подвесной потолок каб. 214"),
    ("122604", ["1", "2"], D(3, 11, 40), "БЦ ул. Советская, 17: 1 — доводчики дверей 1 эт., 2 — ремонт двери запасного выхода (петли)"),
    ("122739", ["1"], D(4, 8, 25), "Аварийная: засор канализации, санузел 1 эт., ул. Ф. Энгельса, 62"),
    ("122881", ["1", "2", "3", "4"], D(5, 14, 0), "Освещение парковки, ул. Кутузова, 110: опоры 1–4 (замена светильников, кабель)"),
    ("123015", ["1", "2"], D(6, 10, 30), "Фасад, ул. Металлистов, 5: 1 — штукатурка и окраска торца, 2 — цоколь"),
    ("123240", ["1"], D(9, 9, 0), "Замена разбитого стеклопакета, холл 1 эт., пр-т Ленина, 85"),
    ("123372", ["01", "02", "03"], D(10, 13, 20), "Ул. Пирогова, 41: 01 — отмостка, 02 — крыльцо главного входа, 03 — крыльцо пожарного выхода"),
    ("123506", ["1", "2"], D(11, 8, 50), "Ул. Оружейная, 9: 1 — плитка в вестибюле, 2 — плитка на лестничном марше"),
    ("123894", ["1", "2", "3"], D(13, 15, 10), "Ул. Староникитская, 20, 3 эт.: 1 — демонтаж перегородок, 2 — каркас ГКЛ, 3 — обшивка ГКЛ"),
    ("124110", ["1"], D(17, 7, 45), "Аварийная: секционные ворота склада №2, Новомосковское ш., 14"),
    ("124356", ["1", "2"], D(19, 10, 0), "Ул. Каминского, 24: герметизация межпанельных швов, 1 — северный фасад, 2 — южный фасад"),
    ("124702", ["1", "2", "3"], D(23, 9, 30), "Ул. Демидовская, 52: подготовка к зиме, 1 — окна 1 эт., 2 — окна 2 эт., 3 — окна лестничной клетки"),
]

# ------------------------------------------------------------------ 122517
D_122517 = ("Добрый день!\nПросим принять в работу заявку № 122517.\n"
            "Объект: ул. Октябрьская, д. 34, корпус Б.\n"
            "Поз. 1 — протечка кровли над лестничной клеткой ЛК-2;\n"
            "Поз. 2 — водосточная система (воронка, стояк) со стороны двора;\n"
            "Поз. 3 — восстановление подвесного потолка в каб. 214 после протечки.\n"
            "Контактное лицо на объекте: комендант Лапин С.Г., тел. +7 (4872) 31-08-55.\n\n" + DISP_SIG)

outlook("122517-acc", "grishina", D(2, 10, 4), "RE: Заявка № 122517 - протечка кровли корп. Б", [
    ("p", "Наталья Игоревна, добрый день!\n\nЗаявку № 122517 приняли в работу. Ответственный — прораб Кузнецов Виктор Николаевич, моб. +7 (910) 155-62-09.\nОсмотр кровли сегодня после обеда, по результату сообщим."),
    ("sig", "grishina"),
    hdr_block(DISP_FROM, ru_sent(D(2, 9, 12)), "Гришина Ольга Викторовна; Мельников Андрей Сергеевич",
              "Заявка № 122517 - протечка кровли корп. Б"),
    ("p", D_122517)],
    label=dec("122517", [], "заявка принята", "office manager: accepted into work; inspection is only planned"))

mobile("122517-way", "kuznetsov", D(2, 13, 22), "Re: Заявка № 122517 - протечка кровли корп. Б",
       "Выехали на Октябрьскую 34, будем минут через 40. Кровельщиков двое",
       quote=(DISP_FROM2, D(2, 9, 12), D_122517),
       label=dec("122517", [], "подрядчик в пути", "«будем минут через 40» — travelling now; number only in Re: subject; house number 34 is an address"))

mobile("122517-onsite", "kuznetsov", D(2, 14, 16), "122517 п1,п3",
       "На месте. Кровлю над ЛК-2 и потолок в 214 смотрим, потом отпишусь",
       label=dec("122517", ["1", "3"], "подрядчик на месте", "positions in subject «п1,п3»; 214 is a room number"))

mobile("122517-q", "kuznetsov", D(2, 16, 5), "122517 поз 3",
       "Подскажите, кабинет 214 закрыт, ключ у кого? Комендант трубку не берет. Нам плиты потолка менять, без доступа никак",
       label=rev("question about access, no status reported"))

outlook("122517-done", "melnikov", D(3, 17, 41), "RE: Заявка № 122517 - статус по позициям", [
    ("p", "Наталья Игоревна, добрый вечер.\nОтвечаю по пунктам ниже."),
    ("pre", "> Андрей Сергеевич, по заявке 122517 прошу дать статус по каждой позиции.\n"
            "> Поз. 1 — кровля над ЛК-2\n"
            "Выполнено: примыкание к парапету переклеили (Техноэласт ЭКП, 2 слоя), бригада убыла в 16:30.\n"
            "> Поз. 2 — водосток\n"
            "Воронку Ø110 заменили, стояк прочистили. Тоже закончили.\n"
            "> Поз. 3 — потолок каб. 214\n"
            "Плиты Armstrong 600х600 заменили (12 шт.), работы завершены, мусор вынесли.\n"
            "> Ответ прошу до 18:00.\n"),
    ("sig", "melnikov")],
    charset="utf-8", cte="qp",
    label=dec("122517", ["1", "2", "3"], "подрядчик убыл", "engineer answers point by point below each quoted item; all three finished"))

# ------------------------------------------------------------------ 122604
thebat("122604-acc", D(3, 12, 31), "Re: Заявка 122604 доводчики Советская 17",
       "Здравствуйте, Наталья.\n\n"
       "Ваша заявка 122604 у нас зарегистрирована и принята к исполнению.\n"
       "Выезд бригады планируем на 05.11 с утра (4-е праздник, бригада отдыхает).\n"
       "Доводчики Dorma TS-68 в наличии, петли закажем.\n\n"
       "Вы писали 3 ноября 2026 г., 11:42:\n\n"
       "НК> Добрый день! Направляем заявку 122604, БЦ ул. Советская, 17.\n"
       "НК> 1 - замена доводчиков на входной группе 1 эт. (2 шт.)\n"
       "НК> 2 - дверь запасного выхода: провисла, менять петли.\n"
       "НК> Просим подтвердить прием.\n\n"
       "-- \nС уважением,\nЗайцева Марина, диспетчер\nООО \"СтройСервис-Плюс\"\n+7 (4872) 25-14-63 доб. 102\n",
       label=dec("122604", [], "заявка принята", "The Bat!, KOI8-R; accepted; trip is a plan for 05.11; TS-68 is a model"))

mobile("122604-way", "tagirov", D(5, 8, 52), "122604",
       "Виезжаем на советскую, двери. Будем к 9.30",
       label=dec("122604", [], "подрядчик в пути", "typo «Виезжаем», bare number in subject, «будем к 9.30»"))

mobile("122604-p1", "tagirov", D(5, 12, 11), "Re: 122604",
       "Доводчики по 1 поз поменяли оба, всё закрывается нормально. По второй завтра, петель нет ещё",
       label=dec("122604", ["1"], "подрядчик убыл", "result for pos 1 («поменяли, всё закрывается»); pos 2 only planned"))

outlook("122604-p2", "grishina", D(6, 15, 32), "FW: 122604 поз 2", [
    ("p", "Наталья Игоревна, добрый день!\nПересылаю отчёт бригадира по второй позиции."),
    ("sig", "grishina"),
    hdr_block("Рустам Тагиров [mailto:rustam.tagirov@mail.ru]", ru_sent(D(6, 15, 8)),
              "Гришина Ольга Викторовна", "122604 поз 2"),
    ("p", "Ольга Викторовна перешлите пожалуйста в омис\n122604 поз 2 петли заменили 3 шт дверь отрегулировали закрывается. бригада ушла 15:05\n\n--\nРустам Тагиров\nОтправлено из мобильной Почты Mail.ru")],
    label=dec("122604", ["2"], "подрядчик убыл", "forwarded crew report counts: pos 2 done, crew left 15:05"))

# ------------------------------------------------------------------ 122739
D_122739 = ("Доброе утро!\nАварийная заявка 122739: засор канализации, санузел 1 этажа, ул. Ф. Энгельса, 62. "
            "Вода стоит в трапе, прошу направить бригаду срочно.\n\n" + DISP_SIG)
outlook("122739-acc", "grishina", D(4, 9, 2), "RE: Заявка 122739 засор", [
    ("p", "Добрый день!\nПринято. Направим бригаду Тагирова Р. до 12:00, машина с электромеханическим тросом Rothenberger R600."),
    ("sig", "grishina"),
    hdr_block(DISP_FROM, ru_sent(D(4, 8, 27)), "Гришина Ольга Викторовна", "Заявка 122739 засор"),
    ("p", D_122739)], cte="b64",
    label=dec("122739", [], "заявка принята", "«Принято»; sending the crew is only planned; R600 is a model"))

mobile("122739-way", "tagirov", D(4, 10, 31), "Re: Заявка 122739 засор",
       "Подъезжаем, минут 10",
       quote=(DISP_FROM2, D(4, 8, 27), D_122739),
       label=dec("122739", [], "подрядчик в пути", "number only in the quoted old subject / quote; «подъезжаем» = on the way"))

mobile("122739-badpos", "fomin", D(4, 11, 6), "Заявка 122739 позиция 2",
       "Заявка 122739 позиция 2 — на месте, смотрим колодец во дворе",
       label=rev("request 122739 has only position 1; position 2 does not exist"))

orig = ("Наталья, засор устранён: трап и лежак прочистили тросом, проверили проливом — вода уходит нормально.\n"
        "Бригада освободилась в 13:30. Рекомендуем заменить участок трубы Ø100 (чугун, трещина), могу прислать смету.")
outlook("122739-done", "melnikov", D(4, 13, 46), "RE: RE: Заявка 122739 засор", [
    ("p", orig),
    ("sig", "melnikov"),
    hdr_block("Гришина Ольга Викторовна", "Wednesday, November 04, 2026 9:02 AM", "'Диспетчерская служба ОМИС'",
              "RE: Заявка 122739 засор", style="orig"),
    ("p", "Добрый день!\nПринято. Направим бригаду Тагирова Р. до 12:00."),
    hdr_block("Диспетчерская служба ОМИС", "Wednesday, November 04, 2026 8:27 AM", "Гришина Ольга Викторовна",
              "Заявка 122739 засор", style="orig"),
    ("p", D_122739)], charset="utf-8", cte="qp",
    label=dec("122739", [], "подрядчик убыл", "«засор устранён… бригада освободилась»; smeta offer is extra; old accept is quoted history"))

# ------------------------------------------------------------------ 122881
outlook("122881-acc", "savelyev", D(5, 15, 12), "Заявка №122881 освещение парковки", [
    ("p", "Уважаемая Наталья Игоревна!\n\nЗаявку №122881 (освещение парковки, ул. Кутузова, 110) принимаем в работу.\n"
          "Светильники ДКУ 01-100-50 в количестве 4 шт. заказаны у поставщика по счёту № 2214 от 05.11.2026, поставка 06.11.\n"
          "Ответственный — прораб Фомин Д.А., +7 (961) 148-30-77."),
    ("sig", "savelyev")], html_only=True, cte="b64",
    label=dec("122881", [], "заявка принята", "HTML-only; accepted; invoice № 2214 and ДКУ 01-100-50 are not request numbers"))

mobile("122881-way", "fomin", D(6, 8, 11), "122881",
       "Выехали на парковку по 122881, вышка с нами. К 9 будем",
       label=dec("122881", [], "подрядчик в пути", "departed towards the site, arriving by 9"))

# bounce: dispatcher wrote to a dead old address of Fomin
orig_b = MIMEText("Денис, подтвердите, по 122881 бригада на месте? Комендант говорит, пока никого нет.\n\n" + DISP_SIG,
                  "plain", cs("utf-8", "b64"))
orig_b["From"] = enc_addr(DISPATCH[0], DISPATCH[1], "utf-8")
orig_b["To"] = "d.fomin@stroyservis-plus.ru"
orig_b["Subject"] = enc_hdr("Заявка 122881 - бригада на месте?", "utf-8")
orig_b["Date"] = format_datetime(D(6, 8, 58, 31))
orig_b["Message-ID"] = "<a7c1e0f2-6b1d-4a55-9e3e-41d2b0c7a911@zakazchik-omis.ru>"
orig_b["MIME-Version"] = "1.0"
reorder(orig_b)
bounce = """From: Mail Delivery System <MAILER-DAEMON@stroyservis-plus.ru>
To: dispatch@zakazchik-omis.ru
Subject: Undelivered Mail Returned to Sender
Date: {date}
Message-ID: <20261106055840.3F1A21C0A2@mx1.stroyservis-plus.ru>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="3F1A21C0A2.1762408720/mx1.stroyservis-plus.ru"

This is a MIME-encapsulated message.

--3F1A21C0A2.1762408720/mx1.stroyservis-plus.ru
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.stroyservis-plus.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<d.fomin@stroyservis-plus.ru>: host mail.stroyservis-plus.ru[10.20.0.5]
    said: 550 5.1.1 <d.fomin@stroyservis-plus.ru>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)

--3F1A21C0A2.1762408720/mx1.stroyservis-plus.ru
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.stroyservis-plus.ru
X-Postfix-Queue-ID: 3F1A21C0A2
X-Postfix-Sender: rfc822; dispatch@zakazchik-omis.ru
Arrival-Date: Fri,  6 Nov 2026 08:58:38 +0300 (MSK)

Final-Recipient: rfc822; d.fomin@stroyservis-plus.ru
Original-Recipient: rfc822;d.fomin@stroyservis-plus.ru
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.stroyservis-plus.ru
Diagnostic-Code: smtp; 550 5.1.1 <d.fomin@stroyservis-plus.ru>: Recipient
    address rejected: User unknown in virtual mailbox table

--3F1A21C0A2.1762408720/mx1.stroyservis-plus.ru
Content-Description: Undelivered Message
Content-Type: message/rfc822

{orig}
--3F1A21C0A2.1762408720/mx1.stroyservis-plus.ru--
""".format(date=format_datetime(D(6, 8, 58, 40)), orig=orig_b.as_string())
raw_letter("122881-bounce", D(6, 8, 58, 40), bounce,
           ign("delivery failure report (bounce) of the dispatcher's own question to a dead address"))

mobile("122881-onsite", "fomin", D(6, 9, 1), "Re: 122881",
       "122881 на месте",
       label=dec("122881", [], "подрядчик на месте", "short mobile report"))

outlook("122881-table", "grishina", D(6, 14, 22), "RE: Заявка №122881 освещение парковки - итоги дня", [
    ("p", "Наталья Игоревна, добрый день!\nИтоги по заявке №122881 на 14:00:"),
    ("table", ["Поз.", "Место", "Работы", "Статус"], [
        ["1", "опора у въезда", "замена светильника ДКУ", "выполнено, бригада убыла 13:50"],
        ["2", "опора у КПП", "замена светильника ДКУ", "выполнено, бригада убыла 13:50"],
        ["3", "опора у склада", "замена светильника + фотореле", "выполнено, бригада убыла 13:50"],
        ["4", "опора у контейнерной площадки", "замена кабеля ВВГнг 3х2,5 (42 м)", "перенос на 09.11 — нет кабеля на складе"]]),
    ("p", "Кабель для поз. 4 будет в понедельник."),
    ("sig", "grishina")], html_only=True, cte="qp",
    label=dec("122881", ["1", "2", "3"], "подрядчик убыл", "HTML table row per position; 1–3 done, 4 only planned"))

mobile("122881-p4", "fomin", D(9, 16, 33), "122881-4",
       "Готово, кабель протянули, светит. Уехали",
       label=dec("122881", ["4"], "подрядчик убыл", "position after dash in subject; «готово… уехали»"))

# ------------------------------------------------------------------ 123015
outlook("123015-acc", "savelyev", D(6, 11, 3), "RE: Заявка 123015 фасад Металлистов 5", [
    ("p", "Наталья Игоревна, добрый день.\n\nЗаявку 123015 приняли. Для согласования объёмов по цоколю предлагаю совещание на объекте, приглашение направит Мельников А.С."),
    ("sig", "savelyev"),
    hdr_block(DISP_FROM, ru_sent(D(6, 10, 33)), "Савельев Игорь Петрович", "Заявка 123015 фасад Металлистов 5",
              cc="Гришина Ольга Викторовна"),
    ("p", "Добрый день! Направляем заявку 123015: ул. Металлистов, 5.\nПоз. 1 — штукатурка и окраска торцевого фасада (ок. 180 м2);\nПоз. 2 — ремонт цоколя.\n\n" + DISP_SIG)],
    label=dec("123015", [], "заявка принята", "accepted; meeting is a proposal"))

ical = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Мельников Андрей Сергеевич:mailto:a.melnikov@stroyservis-plus.ru
COMMENT;LANGUAGE=ru-RU:\\n
SUMMARY;LANGUAGE=ru-RU:Принято: Совещание на объекте по заявке 123015 (фасад, Металлистов 5)
DTSTART;TZID=Russian Standard Time:20261109T100000
DTEND;TZID=Russian Standard Time:20261109T110000
UID:040000008200E00074C5B7101A82E0080000000090D1C8F2A34BDC01000000000000000010000000
DTSTAMP:20261106T091500Z
LOCATION;LANGUAGE=ru-RU:ул. Металлистов\\, 5
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
m = MIMEMultipart("alternative")
m.attach(MIMEText("", "plain", cs("utf-8", "b64")))
cal = MIMEText(ical, "calendar", cs("utf-8", "b64"))
cal.set_param("method", "REPLY")
m.attach(cal)
finalize(m, "melnikov", "Принято: Совещание на объекте по заявке 123015 (фасад, Металлистов 5)",
         D(6, 12, 15), "utf-8", extra={"X-MS-Exchange-Calendar-Series-Instance-Id": "BAAAAIIA4AB0xbcQGoLgCAAAAACQ0cjyo0vcAQ=="})
LETTERS.append((D(6, 12, 15), "123015-cal", as_bytes(m),
                ign("Outlook calendar meeting response (METHOD:REPLY), «Принято» refers to the meeting")))

mobile("123015-way", "kuznetsov", D(10, 8, 31), "Re: Заявка 123015 фасад Металлистов 5",
       "Бригада выдвинулась на ул. Металлистов, 5 (123015), леса везем газелью Р 417 КМ 71",
       label=dec("123015", [], "подрядчик в пути", "number in brackets after the address; car plate is not a number to use"))

mobile("123015-p1", "kuznetsov", D(10, 9, 42), "123015 п.1",
       "123015 п.1 — на месте, ставим леса у торца",
       label=dec("123015", ["1"], "подрядчик на месте", "«п.1 — на месте»"))

outlook("123015-eng", "melnikov", D(12, 17, 12), "RE: Заявка 123015 - статус", [
    ("p", "Наталья Игоревна, добрый вечер!\nОтветы ниже по пунктам, с пометкой [МАС]."),
    ("sig", "melnikov"),
    hdr_block(DISP_FROM, ru_sent(D(12, 15, 40)), "Мельников Андрей Сергеевич", "Заявка 123015 - статус"),
    ("p", "Андрей Сергеевич, прошу сообщить статус по позициям заявки 123015:\n"
          "1) Поз. 1 — торцевой фасад (штукатурка, окраска)\n"
          "[МАС]: штукатурка и окраска выполнены, леса разобрали, бригада с объекта убыла 12.11 в 16:40.\n"
          "2) Поз. 2 — цоколь\n"
          "[МАС]: приступаем 13.11 с утра, материал (Ceresit CT 29) завезём к 8:00.\n\n" + DISP_SIG)],
    label=dec("123015", ["1"], "подрядчик убыл", "inline answers inside the quoted question (marked МАС) are the new text; pos 2 only planned"))

mobile("123015-p2", "kuznetsov", D(13, 9, 17), "123015 поз 2",
       "123015 поз 2 нa мeсте, цоколь начинаем",
       label=dec("123015", ["2"], "подрядчик на месте", "Latin a/e inside «нa мeсте»"))

outlook("123015-smeta", "grishina", D(16, 11, 20), "Смета на доп. работы - заявка 123015 поз. 2", [
    ("p", "Наталья Игоревна, добрый день!\n\nПри ремонте цоколя по заявке 123015 (поз. 2) выявлено разрушение откосов подвальных окон — 6 шт.\n"
          "Направляем локальную смету № ЛС-118/26 на дополнительные работы на сумму 48 730,00 руб., в т.ч. НДС 20%.\n"
          "Просим согласовать, без согласования работы по откосам не выполняем."),
    ("sig", "grishina")], cte="b64",
    label=rev("price/extra-works talk; no status reported"))

mobile("123015-p2done", "kuznetsov", D(17, 15, 3), "Re: 123015 поз 2",
       "Фасад, вторая позиция — цоколь закончили, с объекта выехали в 14:40",
       label=dec("123015", ["2"], "подрядчик убыл", "«с объекта выехали» = left the site, not on the way"))

# ------------------------------------------------------------------ 123240
D_123240 = ("Добрый день! Заявка 123240: разбит стеклопакет во входной группе, холл 1 эт., пр-т Ленина, 85. "
            "Размер 1450х1980, проём временно закрыт фанерой.\n\n" + DISP_SIG)
outlook("123240-acc", "grishina", D(9, 9, 40), "RE: Заявка 123240 стеклопакет", [
    ("p", "Наталья Игоревна, добрый день!\n\nЗаявку 123240 приняли. Стеклопакет 1450х1980 заказали на заводе, номер заказа у производителя 123450, срок изготовления 5 рабочих дней.\nО дате монтажа сообщим дополнительно."),
    ("sig", "grishina"),
    hdr_block(DISP_FROM, ru_sent(D(9, 9, 3)), "Гришина Ольга Викторовна; Мельников Андрей Сергеевич",
              "Заявка 123240 стеклопакет"),
    ("p", D_123240)],
    label=dec("123240", [], "заявка принята", "accepted; 123450 is the factory order number, not a request"))

ooo = MIMEMultipart("alternative")
ooo_txt = ("Здравствуйте!\n\nЯ нахожусь в командировке до 10.11.2026 включительно, доступ к почте ограничен.\n"
           "По вопросам исполнения заявок обращайтесь, пожалуйста, к главному инженеру Мельникову А.С. "
           "(+7 (4872) 25-14-63 доб. 115) или к офис-менеджеру Гришиной О.В. (доб. 101).\n\n"
           "С уважением,\nСавельев И.П.\n")
ooo.attach(MIMEText(ooo_txt, "plain", cs("windows-1251", "qp")))
ooo.attach(MIMEText("<html><body><p>" + html.escape(ooo_txt).replace("\n", "<br>") + "</p></body></html>",
                    "html", cs("windows-1251", "qp")))
finalize(ooo, "savelyev", "Автоматический ответ: Заявка 123240 стеклопакет", D(9, 9, 3, 52), "windows-1251",
         extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
                "X-MS-Exchange-Inbox-Rules-Loop": "i.savelyev@stroyservis-plus.ru"})
LETTERS.append((D(9, 9, 3, 52), "123240-ooo", as_bytes(ooo), ign("Outlook out-of-office auto-reply")))

outlook("123240-plan", "grishina", D(16, 14, 5), "Заявка 123240 - монтаж стеклопакета 17.11", [
    ("p", "Наталья Игоревна, добрый день!\n\nСтеклопакет по заявке 123240 поступил с завода. Монтаж планируем завтра, 17.11, с 9:00, бригада Тагирова Р., 2 человека.\n"
          "Просим обеспечить доступ в холл и заказать пропуск на а/м ГАЗель О 512 ТХ 71."),
    ("sig", "grishina")],
    label=rev("plan for tomorrow + access request; nothing happened yet"))

mobile("123240-way", "tagirov", D(17, 8, 36), "123240",
       "Выехали с базы на объект со стеклопакетом, будем в 9",
       label=dec("123240", [], "подрядчик в пути", "«выехали с базы на объект» = travelling to the site"))

mobile("123240-done", "tagirov", D(17, 11, 52), "Re: 123240",
       "Стеклопакет поставили, уплотнитель заменили, фанеру забрали. уехали с объекта",
       label=dec("123240", [], "подрядчик убыл", "work result + «уехали с объекта»"))

# ------------------------------------------------------------------ 123372
outlook("123372-acc", "melnikov", D(10, 14, 2), "RE: Заявка № 123372 отмостка, крыльца Пирогова 41", [
    ("p", "Добрый день.\nЗаявку № 123372 (отмостка, крыльца) приняли в работу. Старт работ 11.11, бетон М300 заказан на РБУ."),
    ("sig", "melnikov"),
    hdr_block(DISP_FROM, ru_sent(D(10, 13, 22)), "Гришина Ольга Викторовна; Мельников Андрей Сергеевич",
              "Заявка № 123372 отмостка, крыльца Пирогова 41"),
    ("p", "Добрый день! Направляем заявку № 123372, ул. Пирогова, 41.\n01 — ремонт отмостки по периметру (ок. 35 п.м.);\n02 — крыльцо главного входа (ступени);\n03 — крыльцо пожарного выхода.\n\n" + DISP_SIG)],
    charset="utf-8", cte="b64",
    label=dec("123372", [], "заявка принята", "accepted; start is a plan; М300 is concrete grade"))

mobile("123372-way", "fomin", D(11, 8, 6), "Наряд 123372/01",
       "Наряд 123372/01 — выехали, бетон подвезут к 10",
       label=dec("123372", ["01"], "подрядчик в пути", "«наряд 123372/01»: position after slash"))

mobile("123372-on", "fomin", D(11, 9, 2), "Re: Наряд 123372/01",
       "На месте по 123372 поз. 01, вскрываем отмостку",
       label=dec("123372", ["01"], "подрядчик на месте", "«поз. 01»"))

outlook("123372-mixed", "grishina", D(12, 16, 21), "Заявка 123372 - сводка на 16:00", [
    ("p", "Наталья Игоревна, добрый день!\nСводка по заявке 123372 на 16:00:"),
    ("table", ["Поз.", "Объём", "Состояние"], [
        ["01", "отмостка 35 п.м.", "завершено 12.11 в 15:40, бригада ушла"],
        ["02", "крыльцо главного входа", "завершено 12.11 в 16:00"],
        ["03", "крыльцо пожарного выхода", "бригада на объекте, опалубка"]]),
    ("sig", "grishina")], html_only=True, cte="qp",
    label=rev("different statuses for different positions in one letter (01,02 убыл; 03 на месте)"))

mobile("123372-p3", "fomin", D(13, 13, 31), "Re: Заявка 123372 - сводка на 16:00",
       "По третьей позиции всё сделали, опалубку сняли, уезжаем",
       label=dec("123372", ["03"], "подрядчик убыл", "«по третьей позиции» → 03; number only in Re: subject"))

# ------------------------------------------------------------------ 123506
outlook("123506-acc", "grishina", D(11, 9, 31), "RE: Заявка № 123506 плитка вестибюль", [
    ("p", "Наталья Игоревна, доброе утро!\nЗаявка № 123506 принята. Плитка Kerama Marazzi SG614500R (серая, 60х60) есть на складе, 14 м2.\nКопия — Савельеву И.П."),
    ("sig", "grishina"),
    hdr_block(DISP_FROM, ru_sent(D(11, 8, 52)), "Гришина Ольга Викторовна", "Заявка № 123506 плитка вестибюль"),
    ("p", "Добрый день! Заявка № 123506, ул. Оружейная, 9.\n1 — замена разбитой плитки в вестибюле (ок. 6 м2);\n2 — плитка на лестничном марше 1-2 эт.\n\n" + DISP_SIG)],
    cte="b64", cc="Савельев Игорь Петрович <i.savelyev@stroyservis-plus.ru>",
    label=dec("123506", [], "заявка принята", "accepted; SG614500R is an article number"))

mdn = """From: {frm}
To: {to}
Subject: {subj}
Date: {date}
Message-ID: <0000a1b2c3d4e5f6$0d1e2f30$405162738@stroyservis-plus.ru>
MIME-Version: 1.0
X-Mailer: Microsoft Outlook 16.0
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_NextPart_000_0033_01DC5271.8A3B1C40"

This is a multipart message in MIME format.

------=_NextPart_000_0033_01DC5271.8A3B1C40
Content-Type: text/plain; charset="windows-1251"
Content-Transfer-Encoding: quoted-printable

{body}
------=_NextPart_000_0033_01DC5271.8A3B1C40
Content-Type: message/disposition-notification

Reporting-UA: STROYSERVIS-PC07; Microsoft Outlook 16.0
Final-Recipient: rfc822;i.savelyev@stroyservis-plus.ru
Original-Message-ID: <5f0e2d1c-7a41-4c11-8f0b-9e3d2a6c1b07@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0033_01DC5271.8A3B1C40--
"""
mdn_body = ("Ваше сообщение\n\n  Кому: Гришина Ольга Викторовна; Савельев Игорь Петрович\n"
            "  Тема: Заявка № 123506 плитка вестибюль\n  Отправлено: 11.11.2026 8:52\n\n"
            "было прочитано 11.11.2026 9:47.\n")
mdn = mdn.format(frm=enc_addr(P["savelyev"]["name"], P["savelyev"]["addr"], "windows-1251"),
                 to=enc_addr(DISPATCH[0], DISPATCH[1], "windows-1251"),
                 subj=Header("Прочитано: Заявка № 123506 плитка вестибюль", "windows-1251").encode(),
                 date=format_datetime(D(11, 9, 47, 10)),
                 body=quopri.encodestring(mdn_body.encode("windows-1251")).decode("ascii"))
raw_letter("123506-mdn", D(11, 9, 47, 10), mdn, ign("Outlook read receipt (disposition-notification)"))

mobile("123506-way", "kuznetsov", D(12, 7, 52), "Выезжаем 123506",
       "Выезжаем на 123506 плитка, Оружейная 9. Плиточник и подсобник",
       label=dec("123506", [], "подрядчик в пути", "«выезжаем на…» — leaving now towards the site"))

mobile("123506-on", "kuznetsov", D(12, 8, 41), "123506 П1",
       "ПPИБЫЛИ НА ОБЪЕКТ 123506 П1 ВЕСТИБЮЛЬ",
       label=dec("123506", ["1"], "подрядчик на месте", "caps, Latin P inside «ПPИБЫЛИ»; position «П1»"))

outlook("123506-done", "melnikov", D(13, 17, 33), "RE: 123506", [
    ("p", "Наталья Игоревна, добрый вечер.\n\nРаботы по п.1 и п.2 завершены: плитка уложена, затирка Litochrom 1-6 C.10, марш отмыт. Бригада убыла в 17:05.\nВ понедельник по вестибюлю не ходить по центру до 9:00 — затирка."),
    ("sig", "melnikov"),
    hdr_block(DISP_FROM, ru_sent(D(13, 16, 2)), "Мельников Андрей Сергеевич", "123506"),
    ("p", "Андрей Сергеевич, как по 123506? Комендант спрашивает, когда освободите вестибюль.\n\n" + DISP_SIG)],
    label=dec("123506", ["1", "2"], "подрядчик убыл", "«по п.1 и п.2 завершены… убыла в 17:05»"))

# ------------------------------------------------------------------ 123894
outlook("123894-acc", "savelyev", D(13, 16, 2), "RE: Заявка 123894 перегородки 3 эт.", [
    ("p", "Наталья Игоревна,\nпринято в работу. Проект перегородок получили, ГКЛ Knauf 12,5 мм и профиль ПС 75 заказываем."),
    ("sig", "savelyev"),
    hdr_block(DISP_FROM, ru_sent(D(13, 15, 12)), "Савельев Игорь Петрович", "Заявка 123894 перегородки 3 эт.",
              cc="Гришина Ольга Викторовна"),
    ("p", "Добрый день! Направляем заявку 123894, ул. Староникитская, 20, 3 этаж, каб. 301-305.\n1 — демонтаж перегородок;\n2 — монтаж каркаса ГКЛ;\n3 — обшивка ГКЛ.\nПроект во вложении.\n\n" + DISP_SIG)],
    label=dec("123894", [], "заявка принята", "«принято в работу», number only in subject"))

mobile("123894-plan", "kuznetsov", D(16, 15, 20), "123894",
       "По 123894 выедем завтра к 8, сегодня не успеваем — профиль привезут только вечером",
       label=rev("plan «выедем завтра», nothing happened"))

mobile("123894-way", "kuznetsov", D(17, 7, 41), "Re: 123894",
       "В пути на 123894, 3 этаж, профиль везем",
       label=dec("123894", [], "подрядчик в пути", "«в пути»; 3 этаж is not a position"))

mobile("123894-on", "kuznetsov", D(17, 8, 32), "123894 (1)",
       "На месте, демонтаж начали",
       label=dec("123894", ["1"], "подрядчик на месте", "position in brackets in subject"))

# long FW: FW: RE: RE: chain, status in top lines, history of another request (122517) at the bottom
outlook("123894-fw", "grishina", D(18, 18, 21), "FW: FW: RE: RE: Заявка № 122517 - протечка кровли корп. Б", [
    ("p", "Наталья Игоревна, добрый вечер!\nПо 123894: позиции 1 и 2 (демонтаж и каркас) выполнены, бригада убыла в 18:00. По 3-й (обшивка ГКЛ) продолжаем 19.11.\nПисьмо ушло по старой цепочке, извините, тема не та."),
    ("sig", "grishina"),
    hdr_block("Мельников Андрей Сергеевич", ru_sent(D(18, 18, 6)), "Гришина Ольга Викторовна",
              "FW: RE: RE: Заявка № 122517 - протечка кровли корп. Б"),
    ("p", "Оля, перешли диспетчерам ОМИС по Староникитской, у меня с телефона не уходит."),
    hdr_block("Виктор Кузнецов [mailto:kuznetsov.vik71@mail.ru]", ru_sent(D(18, 18, 1)),
              "Мельников Андрей Сергеевич", "RE: RE: Заявка № 122517 - протечка кровли корп. Б"),
    ("p", "Андрей Сергеевич, Староникитская — демонтаж и каркас закончили, уходим. Завтра обшивка.\n\n--\nВиктор Кузнецов\nОтправлено из мобильной Почты Mail.ru"),
    hdr_block("Мельников Андрей Сергеевич", ru_sent(D(3, 17, 41)), "Диспетчерская служба ОМИС",
              "RE: Заявка № 122517 - статус по позициям"),
    ("p", "Наталья Игоревна, добрый вечер.\nПо 122517 все три позиции выполнены, бригада убыла в 16:30."),
    hdr_block(DISP_FROM, ru_sent(D(2, 9, 12)), "Гришина Ольга Викторовна; Мельников Андрей Сергеевич",
              "Заявка № 122517 - протечка кровли корп. Б"),
    ("p", D_122517)],
    label=dec("123894", ["1", "2"], "подрядчик убыл", "top two lines name 123894 pos 1,2 done; subject and history are an old 122517 thread"))

outlook("123894-summary", "grishina", D(19, 17, 5), "Сводка по объектам на 19.11.2026", [
    ("p", "Наталья Игоревна, добрый вечер!\nСводка по открытым заявкам на 17:00:"),
    ("table", ["Заявка", "Поз.", "Объект", "Состояние"], [
        ["123894", "3", "Староникитская, 20, 3 эт.", "бригада на объекте, обшивка ГКЛ ~70%"],
        ["124356", "1, 2", "Каминского, 24", "заявка принята, выезд 20.11 после 12:00 (автовышка)"],
        ["124110", "1", "Новомосковское ш., 14", "выполнено 17.11"]]),
    ("sig", "grishina")], html_only=True, cte="b64",
    label=rev("daily summary covering three different requests"))

mobile("123894-p3", "kuznetsov", D(20, 15, 41), "123894 п3",
       "123894 п3 готово, ГКЛ зашили, мусор вывезли (2 мешка по 50 кг), бригада уехала",
       label=dec("123894", ["3"], "подрядчик убыл", "«готово… бригада уехала»"))

cal2 = ical.replace("METHOD:REPLY", "METHOD:REPLY").replace("PARTSTAT=ACCEPTED", "PARTSTAT=DECLINED") \
    .replace("CN=Мельников Андрей Сергеевич:mailto:a.melnikov", "CN=Савельев Игорь Петрович:mailto:i.savelyev") \
    .replace("Принято: Совещание на объекте по заявке 123015 (фасад, Металлистов 5)", "Отклонено: Приёмка работ по заявке 123894") \
    .replace("20261109T100000", "20261123T110000").replace("20261109T110000", "20261123T120000") \
    .replace("ул. Металлистов\\, 5", "ул. Староникитская\\, 20\\, 3 эт.").replace("DTSTAMP:20261106T091500Z", "DTSTAMP:20261120T130000Z")
m = MIMEMultipart("alternative")
m.attach(MIMEText("Не смогу, буду на другом объекте. Приёмку проведёт Мельников А.С.\n", "plain", cs("windows-1251", "qp")))
c2 = MIMEText(cal2, "calendar", cs("utf-8", "b64"))
c2.set_param("method", "REPLY")
m.attach(c2)
finalize(m, "savelyev", "Отклонено: Приёмка работ по заявке 123894", D(20, 16, 2), "windows-1251")
LETTERS.append((D(20, 16, 2), "123894-cal", as_bytes(m),
                ign("Outlook calendar response (declined meeting invitation)")))

# ------------------------------------------------------------------ 124110
thebat("124110-way", D(17, 8, 1), "Re: #124110 vorota sklad 2",
       "Здравствуйте, Наталья!\n\n"
       "Принята заявка #124110 (ворота склада 2, Новомосковское ш., 14).\n"
       "Аварийная бригада Тагирова уже выехала, ориентировочно будет у вас через 40 минут.\n"
       "Тел. бригадира +7 (962) 277-15-80.\n\n"
       "-- \nС уважением,\nЗайцева Марина, диспетчер\nООО \"СтройСервис-Плюс\"\n+7 (4872) 25-14-63 доб. 102\n",
       cte="qp",
       label=dec("124110", [], "подрядчик в пути", "accepted and crew already left, arriving in 40 min → latest done: в пути"))

mobile("124110-on", "tagirov", D(17, 9, 0), "#124110",
       "124110 на месте. Склад 2, ворота",
       label=dec("124110", [], "подрядчик на месте", "«на месте»; склад 2 is the building"))

mobile("124110-done", "tagirov", D(17, 12, 31), "Re: Заявка 124110 — бригада на месте",
       "По воротам: пружину торсионную поменяли (50х6х850), ворота ходят, мы от вас поехали",
       label=dec("124110", [], "подрядчик убыл", "Re: subject names old status; body reports finished and left; spring size is not a number to use"))

outlook("124110-complaint", "savelyev", D(18, 10, 4), "Заявка 124110 - повторное повреждение ворот", [
    ("p", "Наталья Игоревна, добрый день.\n\nСообщаю, что ворота склада №2, отремонтированные нами по заявке 124110, вчера вечером повторно повреждены погрузчиком (гос. № 71 ТК 4417), нижняя секция и направляющая.\n"
          "Повреждение не является гарантийным случаем. Просим зафиксировать факт, оформить новую заявку и согласовать стоимость работ."),
    ("sig", "savelyev")], cte="b64",
    label=rev("complaint + price/new request talk, no status"))

# ------------------------------------------------------------------ 124356
outlook("124356-acc", "grishina", D(19, 10, 42), "RE: Заявка 124356 межпанельные швы", [
    ("p", "Наталья Игоревна, добрый день!\nЗаявку 124356 получили, приняли в работу. Автовышку АГП-22 бронируем на 20.11."),
    ("sig", "grishina"),
    hdr_block(DISP_FROM, ru_sent(D(19, 10, 2)), "Гришина Ольга Викторовна", "Заявка 124356 межпанельные швы"),
    ("p", "Добрый день! Заявка 124356, ул. Каминского, 24: герметизация межпанельных швов.\n1 — северный фасад, кв. 12, 16, 20 (5-7 эт.);\n2 — южный фасад, кв. 33, 37.\n\n" + DISP_SIG)],
    charset="utf-8", cte="qp",
    label=dec("124356", [], "заявка принята", "accepted; flat numbers and АГП-22 are noise"))

tk = MIMEText("Здравствуйте!\n\nВаше обращение получено и зарегистрировано в системе под номером SSP-5521.\n"
              "Тема: RE: Заявка 124356 межпанельные швы\nСтатус: Принято\n\n"
              "Ответственный специалист свяжется с Вами в течение рабочего дня.\n"
              "Это письмо сформировано автоматически, пожалуйста, не отвечайте на него.\n\n"
              "Служба поддержки ООО «СтройСервис-Плюс»\n", "plain", cs("utf-8", "b64"))
finalize(tk, None, "[SSP-5521] Ваше обращение зарегистрировано: RE: Заявка 124356 межпанельные швы",
         D(19, 10, 43), "utf-8", style="stroyservis-plus.ru",
         frm=enc_addr("Служба поддержки СтройСервис-Плюс", "noreply@stroyservis-plus.ru", "utf-8"),
         extra={"Auto-Submitted": "auto-generated", "Precedence": "auto_reply", "X-Autoreply": "yes"})
LETTERS.append((D(19, 10, 43), "124356-ticket", as_bytes(tk),
                ign("helpdesk auto-acknowledgement; «Статус: Принято» is machine text")))

mobile("124356-not", "fomin", D(20, 11, 15), "124356",
       "По 124356 еще не выехали — автовышка занята до обеда, будем после 13",
       label=rev("negation «ещё не выехали» + plan"))

mobile("124356-way", "fomin", D(20, 13, 12), "124356 п.1",
       "124356 п.1 — выехали, автовышка с нами",
       label=dec("124356", ["1"], "подрядчик в пути", "«выехали» with position"))

mobile("124356-on", "fomin", D(20, 14, 1), "Re: 124356 п.1",
       "Прибытие 14:00, 124356 поз. 1, северный фасад, начали с кв. 12",
       label=dec("124356", ["1"], "подрядчик на месте", "noun «Прибытие» with time; кв. 12 is a flat"))

mobile("124356-typo", "fomin", D(23, 9, 12), "Наряд 124365 поз 2",
       "Наряд 124365 поз 2 на месте, южная сторона",
       label=rev("number 124365 is not in the registry (probably a typo of 124356, but cannot be recorded with confidence)"))

outlook("124356-done", "grishina", D(23, 16, 47), "RE: Заявка 124356 межпанельные швы - завершение", [
    ("p", "Наталья Игоревна, добрый день!\nПо заявке 124356 работы завершены:"),
    ("table", ["Позиция", "Фасад", "Выполнено", "Убытие бригады"], [
        ["1", "северный", "герметизация швов, 64 п.м., Вилатерм 30 мм + Сазиласт 24", "20.11, 17:20"],
        ["2", "южный", "герметизация швов, 38 п.м.", "23.11, 16:30"]]),
    ("p", "Акт КС-2 направим отдельным письмом."),
    ("sig", "grishina")], html_only=False, cte="qp",
    label=dec("124356", ["1", "2"], "подрядчик убыл", "table: both positions finished with departure times"))

# ------------------------------------------------------------------ 124702
outlook("124702-acc", "savelyev", D(23, 10, 16), "RE: 124702", [
    ("p", "Наталья Игоревна, добрый день.\n\nВаше обращение № 124702 (ул. Демидовская, 52, подготовка окон к зиме) принято в работу. Уплотнитель EPDM, 240 п.м., на складе есть."),
    ("sig", "savelyev"),
    hdr_block(DISP_FROM, ru_sent(D(23, 9, 33)), "Савельев Игорь Петрович", "124702",
              cc="Гришина Ольга Викторовна; Мельников Андрей Сергеевич"),
    ("p", "Добрый день. Заявка 124702, ул. Демидовская, 52.\n1 — окна 1 эт. (регулировка, уплотнитель);\n2 — окна 2 эт.;\n3 — окна лестничной клетки.\n\n" + DISP_SIG)],
    label=dec("124702", [], "заявка принята", "«обращение № 124702 … принято в работу»"))

outlook("124702-thanks", "grishina", D(23, 11, 30), "RE: Заявка 124702 - схема проезда", [
    ("p", "Наталья Игоревна, спасибо! Схему проезда и телефон коменданта получили, передали прорабу."),
    ("sig", "grishina"),
    hdr_block(DISP_FROM, ru_sent(D(23, 11, 2)), "Гришина Ольга Викторовна", "Заявка 124702 - схема проезда"),
    ("p", "Ольга Викторовна, по 124702 во вложении схема проезда, въезд с ул. Демидовская Плотина, комендант Соловьёва Е.В. +7 (4872) 36-41-90.\n\n" + DISP_SIG)],
    label=rev("thanks/acknowledgement of the dispatcher's message; «получили» refers to the map"))

D_124702q = "Подтвердите, пожалуйста, выезд бригады по 124702, поз. 2.\n\n" + DISP_SIG
mobile("124702-way", "kuznetsov", D(24, 8, 22), "124702 поз2 в пути",
       "124702 поз2 в пути",
       label=dec("124702", ["2"], "подрядчик в пути", "«поз2 в пути»"))

mobile("124702-on", "kuznetsov", D(24, 9, 11), "Re: 124702 поз2 в пути",
       "Добрались, на месте по второй, начинаем с кабинетов",
       quote=(DISP_FROM2, D(24, 8, 15), D_124702q),
       label=dec("124702", ["2"], "подрядчик на месте", "Re: subject names old «в пути»; body says on site «по второй»"))

outlook("124702-eng", "melnikov", D(24, 16, 3), "RE: Заявка 124702 - статус", [
    ("p", "Добрый день.\nОтветы под каждым пунктом."),
    ("sig", "melnikov"),
    hdr_block("Диспетчерская служба ОМИС", "Tuesday, November 24, 2026 2:15 PM", "Мельников Андрей Сергеевич",
              "Заявка 124702 - статус", style="orig"),
    ("p", "Андрей Сергеевич, по 124702 прошу статус:\n"
          "- поз. 1 (окна 1 эт.)?\n"
          "ОТВЕТ: выполнено, 14 створок отрегулировали, уплотнитель заменили, бригада ушла в 13:20.\n"
          "- поз. 2 (окна 2 эт.)?\n"
          "ОТВЕТ: выполнено, бригада освободилась в 15:45.\n"
          "- поз. 3 (лестничная клетка)?\n"
          "ОТВЕТ: не начинали, запланировано на 25.11.\n\n" + DISP_SIG)],
    charset="utf-8", cte="b64",
    label=dec("124702", ["1", "2"], "подрядчик убыл", "answers below each quoted question; 1 and 2 done, 3 only planned"))

mobile("124702-p3on", "kuznetsov", D(25, 9, 6), "124702 поз3",
       "На месте по 124702, поз3, лестница",
       label=dec("124702", ["3"], "подрядчик на месте", "«на месте… поз3»"))

fwd_text = ("Пересылаю от бригадира\n\n\n"
            "-------- Пересылаемое сообщение --------\n"
            "От кого: Рустам Тагиров <rustam.tagirov@mail.ru>\n"
            "Кому: Виктор Кузнецов <kuznetsov.vik71@mail.ru>\n"
            "Дата: Среда, 25 ноября 2026, 15:20 +03:00\n"
            "Тема: 124702\n\n"
            "124702 по 3 поз окна сделали уплотнитель поменяли, бригада убыла\n"
            "----------------------------------------------------------------------")
mobile("124702-p3done", "kuznetsov", D(25, 15, 27), "Fwd: 124702", fwd_text,
       label=dec("124702", ["3"], "подрядчик убыл", "Mail.ru forward of the brigadier's report: pos 3 finished"))

# ------------------------------------------------------------------ misc
mobile("nonum", "tagirov", D(20, 9, 40), "",
       "Стоим у проходной, охрана не пускает, говорят пропуск не заказан. Позвоните на КПП пожалуйста 8-910-562-33-01",
       label=rev("no request number at all; complaint/request for help"))

news_html = """<html><body style="font-family:Arial">
<table width="600" align="center"><tr><td>
<h2 style="color:#C0392B">СтройСервис-Плюс: зима близко!</h2>
<p>Уважаемые партнёры!</p>
<p>Напоминаем, что до 30 ноября действует специальное предложение на сезонное обслуживание кровель:
очистка от снега и наледи, осмотр водостоков и герметизация примыканий — скидка 10% при заключении
договора на сезон 2026/2027.</p>
<p>В ноябре мы выполнили более 120 заявок наших заказчиков, среди них — ремонт фасадов, кровель и инженерных систем.</p>
<p>Телефон отдела продаж: +7 (4872) 25-14-63 доб. 120</p>
<p style="font-size:10px;color:#888">Вы получили это письмо, так как являетесь партнёром ООО «СтройСервис-Плюс».
Отписаться от рассылки: <a href="https://www.stroyservis-plus.ru/unsubscribe?id=88412">https://www.stroyservis-plus.ru/unsubscribe</a></p>
</td></tr></table></body></html>
"""
nm = MIMEMultipart("alternative")
nm.attach(MIMEText("СтройСервис-Плюс: зима близко!\n\nДо 30 ноября скидка 10% на сезонное обслуживание кровель.\n"
                   "Отписаться: https://www.stroyservis-plus.ru/unsubscribe?id=88412\n", "plain", cs("utf-8", "b64")))
nm.attach(MIMEText(news_html, "html", cs("utf-8", "b64")))
finalize(nm, None, "СтройСервис-Плюс: сезонное обслуживание кровель со скидкой 10%", D(24, 10, 0), "utf-8",
         style="stroyservis-plus.ru", to="partners@stroyservis-plus.ru",
         frm=enc_addr("СтройСервис-Плюс", "news@stroyservis-plus.ru", "utf-8"),
         extra={"Precedence": "bulk", "List-Id": "<partners.stroyservis-plus.ru>",
                "List-Unsubscribe": "<https://www.stroyservis-plus.ru/unsubscribe?id=88412>",
                "X-Mailer": "SendPulse"})
LETTERS.append((D(24, 10, 0), "news", as_bytes(nm), ign("bulk marketing newsletter (Precedence: bulk, List-Unsubscribe)")))

# =================================================================== write
LETTERS.sort(key=lambda x: x[0])
labels = {}
for f in os.listdir(LET):
    os.remove(os.path.join(LET, f))
for i, (date, key, raw, label) in enumerate(LETTERS, 1):
    fn = "%03d.eml" % i
    if isinstance(raw, str):
        try:
            data = raw.encode("ascii")
        except UnicodeEncodeError:
            data = raw.encode("utf-8")
    else:
        data = raw
    with open(os.path.join(LET, fn), "wb") as fh:
        fh.write(data)
    lab = dict(label)
    lab["note"] = "[%s] %s" % (key, lab["note"])
    labels[fn] = lab

with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)

reg = {"contractor": {"name": "ООО «СтройСервис-Плюс»",
                      "emails": [p["addr"] for p in P.values()] + MACHINE_ADDRS,
                      "domains": [DOM]},
       "requests": [{"number": n, "positions": pos, "registered_at": t.isoformat(), "comment": c}
                    for n, pos, t, c in REGISTRY]}
with open(os.path.join(HERE, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(reg, fh, ensure_ascii=False, indent=1)

from collections import Counter
print(len(labels), Counter(v["expect"] for v in labels.values()))
