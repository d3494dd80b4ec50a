# -*- coding: utf-8 -*-
"""How each mail client of the persona lays out a letter."""
from lib import (Part, message, rfc_date, outlook_sent, yandex_quote_date, gmail_quote_date,
                 bat_quote_date, mailru_quote_date, addr, encode_word, esc, outlook_msgid,
                 outlook_boundary, thread_index, hexid, prep)

CUSTOMER = ("Петрова Валентина Николаевна", "dispatch@zakazchik-omis.ru")
TO_DISPATCH = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

PEOPLE = {
    "irina": ("Ковалёва Ирина Сергеевна", "i.kovaleva@lift-pv.ru"),
    "disp": ("АДС ЛифтСервис-Поволжье", "disp@lift-pv.ru"),
    "losev": ("Лосев Пётр Аркадьевич", "p.losev@lift-pv.ru"),
    "khab": ("Хабибуллин Тимур Рашидович", "t.khabibullin@lift-pv.ru"),
    "gorb": ("Сергей Горбунов", "gorbunov.sv63@mail.ru"),
    "shil": ("Андрей Шилов", "shilov.andrey1987@yandex.ru"),
    "zot": ("Дмитрий Зотов", "zotov.dm@gmail.com"),
    "news": ("ЛифтСервис-Поволжье", "news@lift-pv.ru"),
    "daemon": ("Mail Delivery System", "MAILER-DAEMON@lift-pv.ru"),
}

SIG_IRINA = """С уважением,
Ковалёва Ирина Сергеевна
диспетчер аварийно-диспетчерской службы
ООО «ЛифтСервис-Поволжье»
443068, г. Самара, ул. Ново-Садовая, д. 44, офис 312
Тел.: +7 (846) 270-41-85, доб. 112
Моб.: +7 (927) 604-18-33
Аварийная служба (круглосуточно): +7 (846) 270-41-80
ИНН 6316248871 / КПП 631601001 / ОГРН 1186313041127
www.lift-pv.ru"""

DISCLAIMER = ("Настоящее сообщение и приложения к нему могут содержать конфиденциальную информацию "
              "и предназначены исключительно для адресата. Если Вы получили это сообщение по ошибке, "
              "пожалуйста, сообщите отправителю и удалите его.")

SIG_DISP = """Дежурный диспетчер АДС
Сафина Эльвира Рамилевна
ООО «ЛифтСервис-Поволжье»
тел. круглосуточно: +7 (846) 270-41-80
ИНН 6316248871 / КПП 631601001"""

SIG_KHAB = """Хабибуллин Т.Р.
мастер участка № 2
ООО «ЛифтСервис-Поволжье»
моб. +7 (927) 011-23-94"""

SIG_LOSEV = """-- 
С уважением,
 Лосев Пётр Аркадьевич
 главный инженер ООО "ЛифтСервис-Поволжье"
 тел. (846) 270-41-81, моб. 8-917-112-60-45"""


# ---------------------------------------------------------------- rendering blocks
def blocks_plain(blocks):
    out = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            _, head, rows = b
            lines = ["\t".join(head)] + ["\t".join(r) for r in rows]
            out.append("\n".join(lines))
        else:
            out.append(b)
    return "\n\n".join(out)


def blocks_html(blocks):
    out = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            _, head, rows = b
            t = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
                 "style='border-collapse:collapse;border:none'>"]
            t.append("<tr>" + "".join(
                "<td valign=top style='border:solid windowtext 1.0pt;background:#D9E2F3;"
                "padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b>%s</b><o:p></o:p></p></td>"
                % esc(c) for c in head) + "</tr>")
            for r in rows:
                t.append("<tr>" + "".join(
                    "<td valign=top style='border:solid windowtext 1.0pt;border-top:none;"
                    "padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>%s<o:p></o:p></p></td>"
                    % esc(c) for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        else:
            for line in b.split("\n"):
                out.append("<p class=MsoNormal>%s<o:p></o:p></p>" % (esc(line) if line else "<o:p>&nbsp;</o:p>"))
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    return "\n".join(out)


def sig_html(sig, disclaimer=False):
    lines = sig.split("\n")
    out = []
    for i, l in enumerate(lines):
        style = "font-size:10.0pt;color:#1F3864" if i else "font-size:10.0pt;color:#595959"
        if i == 1:
            l = "<b>%s</b>" % esc(l)
        else:
            l = esc(l)
        out.append("<p class=MsoNormal><span style='%s'>%s<o:p></o:p></span></p>" % (style, l))
    if disclaimer:
        out.append("<p class=MsoNormal><span style='font-size:7.5pt;color:#A6A6A6'>%s<o:p></o:p></span></p>"
                   % esc(DISCLAIMER))
    return "\n".join(out)


def who(p):
    return "%s <%s>" % p if p[0] else p[1]


def outlook_quote_plain(q):
    lines = ["От: %s" % who(q["frm"]), "Отправлено: %s" % outlook_sent(q["sent"]),
             "Кому: %s" % "; ".join(who(x) for x in q["to"])]
    if q.get("cc"):
        lines.append("Копия: %s" % "; ".join(who(x) for x in q["cc"]))
    lines.append("Тема: %s" % q["subject"])
    return "\n".join(lines) + "\n\n" + blocks_plain(q["blocks"])


def outlook_quote_html(q):
    hdr = ["<b>От:</b> %s" % esc(who(q["frm"])), "<b>Отправлено:</b> %s" % esc(outlook_sent(q["sent"])),
           "<b>Кому:</b> %s" % esc("; ".join(who(x) for x in q["to"]))]
    if q.get("cc"):
        hdr.append("<b>Копия:</b> %s" % esc("; ".join(who(x) for x in q["cc"])))
    hdr.append("<b>Тема:</b> %s" % esc(q["subject"]))
    return ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            "<p class=MsoNormal><b><span lang=RU style='mso-fareast-language:RU'></span></b>%s<o:p></o:p></p></div>\n"
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n%s" % ("<br>\n".join(hdr), blocks_html(q["blocks"])))


HTML_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle18
	{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:2.0cm 42.5pt 2.0cm 3.0cm;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--></head><body lang=RU link="#0563C1" vlink="#954F72" style='word-wrap:break-word'><div class=WordSection1>
"""


def outlook(sender, d, subject, blocks, *, charset="windows-1251", cte="quoted-printable",
            mode="alt", sig=None, quote=None, to=None, cc=None, seed="", in_reply=None,
            disclaimer=True, plain_sig=True, importance=None):
    """mode: alt (multipart/alternative), html (HTML only), plain (text only)."""
    frm = PEOPLE[sender]
    if sig is None:
        sig = SIG_IRINA if sender == "irina" else (SIG_DISP if sender == "disp" else SIG_KHAB)
    to = to or [TO_DISPATCH]
    text = blocks_plain(blocks) + "\n\n" + sig + "\n"
    if disclaimer and sender == "irina":
        text += "\n" + DISCLAIMER + "\n"
    if quote:
        text += "\n" + outlook_quote_plain(quote) + "\n"
    body_html = HTML_HEAD % charset + blocks_html(blocks) + "\n" + sig_html(sig, disclaimer and sender == "irina")
    if quote:
        body_html += "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + outlook_quote_html(quote)
    body_html += "\n</div>\n</body>\n</html>\n"
    headers = [
        ("From", addr(frm[0], frm[1], charset, "B", quoted=True)),
        ("To", ", ".join(addr(n, e, charset, "B", quoted=True) for n, e in to)),
    ]
    if cc:
        headers.append(("Cc", ", ".join(addr(n, e, charset, "B", quoted=True) for n, e in cc)))
    headers += [
        ("Subject", encode_word(subject, charset, "B")),
        ("Date", rfc_date(d)),
        ("Message-ID", outlook_msgid(seed + subject + str(d))),
    ]
    if in_reply:
        headers += [("In-Reply-To", in_reply), ("References", in_reply)]
    headers += [("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"),
                ("Thread-Index", thread_index(seed + subject)), ("Content-Language", "ru")]
    if importance:
        headers.append(("Importance", importance))
    if mode == "plain":
        part = Part("text/plain", text, charset, cte)
    elif mode == "html":
        part = Part("text/html", body_html, charset, cte)
    else:
        part = Part("multipart/alternative", [Part("text/plain", text, charset, cte),
                                              Part("text/html", body_html, charset, cte)],
                    params=outlook_boundary(seed + subject + str(d)))
    return message(headers, part)


def outlook_plain_old(sender, d, subject, text, *, charset="koi8-r", cte="quoted-printable",
                      orig=None, seed=""):
    """Outlook configured for plain text with the old '-----Original Message-----' header."""
    frm = PEOPLE[sender]
    body = text
    if orig:
        body += ("\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
                 % (who(orig["frm"]), orig["sent"].strftime("%A, %B %d, %Y %I:%M %p").replace(" 0", " "),
                    "; ".join(who(x) for x in orig["to"]), orig["subject"], blocks_plain(orig["blocks"])))
    headers = [("From", addr(frm[0], frm[1], charset, "B", quoted=True)),
               ("To", addr(*TO_DISPATCH, charset, "B", quoted=True)),
               ("Subject", encode_word(subject, charset, "B")),
               ("Date", rfc_date(d)),
               ("Message-ID", outlook_msgid(seed + subject + str(d))),
               ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"),
               ("Thread-Index", thread_index(seed + subject)), ("Content-Language", "ru")]
    return message(headers, Part("text/plain", body + "\n", charset, cte))


def thebat(d, subject, text, *, charset="koi8-r", cte="8bit", quote=None, seed="", to=None,
           subj_enc="B"):
    frm = PEOPLE["losev"]
    body = text + "\n\n" + SIG_LOSEV + "\n"
    if quote:
        qd, qname, initials, qtext = quote
        body += "\n" + "Вы писали %s:\n\n" % bat_quote_date(qd)
        body += "\n".join((initials + "> " + l) if l else initials + ">" for l in qtext.split("\n")) + "\n"
    body = "Здравствуйте, Валентина Николаевна.\n\n" + body if not text.startswith("Здравствуйте") else body
    mid = "<%d.%s@lift-pv.ru>" % (int(d.timestamp()) % 10 ** 9 * 10 + 7, d.strftime("%Y%m%d%H%M%S"))
    headers = [("Date", rfc_date(d)),
               ("From", addr(frm[0], frm[1], charset, subj_enc)),
               ("X-Mailer", "The Bat! (v10.4.1) Professional"),
               ("Reply-To", addr(frm[0], frm[1], charset, subj_enc)),
               ("X-Priority", "3 (Normal)"),
               ("Message-ID", mid),
               ("To", addr(*CUSTOMER, charset, subj_enc)),
               ("Subject", encode_word(subject, charset, subj_enc)),
               ("MIME-Version", "1.0")]
    return message(headers, Part("text/plain", body, charset, cte))


def mailru(d, subject, text, *, quote=None, seed="", subject_raw=None):
    frm = PEOPLE["gorb"]
    body = text + "\n\n\n--\nОтправлено из Mail.ru для Android\n"
    hbody = "<HTML><BODY><div>%s</div><div>&nbsp;</div><div>&nbsp;</div><div data-signature-widget=\"container\"><div data-signature-widget=\"content\"><div>--<br>Отправлено из Mail.ru для Android</div></div></div>" % "<br>".join(esc(l) for l in text.split("\n"))
    if quote:
        qd, qfrom, qtext = quote
        body += "\n%s от %s:\n%s\n" % (mailru_quote_date(qd), who(qfrom),
                                      "\n".join(">" + ((" " + l) if l else "") for l in qtext.split("\n")))
        hbody += "<div>&nbsp;</div><div>%s от %s:<br><blockquote style=\"border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;\">%s</blockquote></div>" % (
            esc(mailru_quote_date(qd)), esc(who(qfrom)), "<br>".join(esc(l) for l in qtext.split("\n")))
    hbody += "</BODY></HTML>\n"
    b = "----ALT--%s" % hexid("m" + subject + str(d), 32)
    headers = [("From", addr(frm[0], frm[1], "utf-8", "B")),
               ("To", addr(*TO_DISPATCH, "utf-8", "B")),
               ("Subject", encode_word(subject, "utf-8", "B")),
               ("MIME-Version", "1.0"),
               ("X-Mailer", "Mail.Ru Mail for Android 14.92.0.45121"),
               ("Date", rfc_date(d)),
               ("Reply-To", addr(frm[0], frm[1], "utf-8", "B")),
               ("X-Priority", "3 (Normal)"),
               ("Message-ID", "<%d@f%d.i.mail.ru>" % (int(d.timestamp()) * 1000 + 317, 300 + d.day)),
               ("X-Mras", "Ok")]
    part = Part("multipart/alternative", [Part("text/plain", body, "utf-8", "base64"),
                                          Part("text/html", hbody, "utf-8", "base64")], params=b)
    return message(headers, part)


def yandex(d, subject, text, *, quote=None, seed="", fwd=None, in_reply=None):
    frm = PEOPLE["shil"]
    body = text + "\n\n-- \nОтправлено из мобильной Яндекс Почты\n"
    hb = "<div>%s</div><div><br /></div><div>-- <br />Отправлено из мобильной Яндекс Почты</div>" % "<br />".join(esc(l) for l in text.split("\n"))
    if fwd:
        fd, ffrom, fto, fsubj, ftext = fwd
        block = ("\n\n-------- Пересылаемое сообщение --------\n%s, %s:\n\n%s\n-------- Конец пересылаемого сообщения --------\n"
                 % (yandex_quote_date(fd), who(ffrom), ftext))
        body += block
        hb += "<div><br /></div>" + "<br />".join(esc(l) for l in block.strip("\n").split("\n"))
    if quote:
        qd, qfrom, qtext = quote
        q = "\n%s, \"%s\" <%s>:\n%s\n" % (yandex_quote_date(qd), qfrom[0], qfrom[1],
                                         "\n".join("> " + l if l else ">" for l in qtext.split("\n")))
        body += q
        hb += "<div><br /></div><div>%s, \"%s\" &lt;%s&gt;:</div><blockquote>%s</blockquote>" % (
            yandex_quote_date(qd), esc(qfrom[0]), esc(qfrom[1]), "<br />".join(esc(l) for l in qtext.split("\n")))
    b = "----==%s" % hexid("y" + subject + str(d), 30)
    headers = [("From", addr(frm[0], frm[1], "utf-8", "B")),
               ("To", addr(*TO_DISPATCH, "utf-8", "B"))]
    headers += [("Subject", encode_word(subject, "utf-8", "B")),
                ("MIME-Version", "1.0"),
                ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
                ("Date", rfc_date(d)),
                ("Message-Id", "<%s@mail.yandex.ru>" % (str(int(d.timestamp()))[-6:] + "1763" + str(d.minute)))]
    if in_reply:
        headers += [("In-Reply-To", in_reply), ("References", in_reply)]
    part = Part("multipart/alternative", [Part("text/plain", body, "utf-8", "base64"),
                                          Part("text/html", "<div>" + hb + "</div>\n", "utf-8", "base64")], params=b)
    return message(headers, part)


def gmail(d, subject, text, *, quote=None, fwd=None, seed="", cc=None, bottom=False):
    frm = PEOPLE["zot"]
    body = text + "\n"
    hb = "<div dir=\"auto\">%s</div>" % "<br>".join(esc(l) for l in text.split("\n"))
    if bottom:
        body, hb = "", ""
    if fwd:
        fd, ffrom, fto, fsubj, ftext = fwd
        block = ("\n---------- Forwarded message ---------\nОт: %s\nDate: %s\nSubject: %s\nTo: <%s>\n\n%s\n"
                 % (who(ffrom), gmail_quote_date(fd), fsubj, fto, ftext))
        body += block
        hb += ("<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">---------- Forwarded message ---------<br>"
               "От: <strong class=\"gmail_sendername\" dir=\"auto\">%s</strong> <span dir=\"auto\">&lt;<a href=\"mailto:%s\">%s</a>&gt;</span><br>"
               "Date: %s<br>Subject: %s<br>To: &lt;<a href=\"mailto:%s\">%s</a>&gt;<br></div><br><br>"
               "<div dir=\"auto\">%s</div></div>" % (esc(ffrom[0]), ffrom[1], ffrom[1], esc(gmail_quote_date(fd)),
                                                     esc(fsubj), fto, fto, "<br>".join(esc(l) for l in ftext.split("\n"))))
    if quote:
        qd, qfrom, qtext = quote
        body += "\n%s, %s <%s>:\n\n%s\n" % (gmail_quote_date(qd), qfrom[0], qfrom[1],
                                           "\n".join("> " + l if l else ">" for l in qtext.split("\n")))
        hb += ("<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">%s, %s &lt;<a href=\"mailto:%s\">%s</a>&gt;:<br></div>"
               "<blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">%s</blockquote></div>"
               % (esc(gmail_quote_date(qd)), esc(qfrom[0]), qfrom[1], qfrom[1], "<br>".join(esc(l) for l in qtext.split("\n"))))
        if bottom:
            body = body.lstrip("\n") + "\n" + text + "\n"
            hb += "<div dir=\"auto\"><br></div><div dir=\"auto\">%s</div>" % "<br>".join(esc(l) for l in text.split("\n"))
    b = "000000000000%s" % hexid("g" + subject + str(d), 16)
    mid = "<CAH%s@mail.gmail.com>" % hexid("gm" + subject + str(d), 40)
    headers = [("MIME-Version", "1.0"),
               ("From", addr(frm[0], frm[1], "utf-8", "B")),
               ("Date", rfc_date(d)),
               ("Message-ID", mid),
               ("Subject", encode_word(subject, "utf-8", "B")),
               ("To", TO_DISPATCH[1])]
    if cc:
        headers.append(("Cc", ", ".join(addr(n, e, "utf-8", "B") for n, e in cc)))
    part = Part("multipart/alternative", [Part("text/plain", body, "UTF-8", "base64"),
                                          Part("text/html", hb + "\n", "UTF-8", "quoted-printable")], params=b)
    return message(headers, part)


def iphone(d, subject, text, *, seed="", fwd=None):
    frm = PEOPLE["khab"]
    body = text + "\n\nОтправлено с iPhone"
    if fwd:
        fd, ffrom, fto, fsubj, ftext = fwd
        q = ["От: %s" % who(ffrom),
             "Дата: %d %s %d г. в %d:%02d:%02d GMT+4" % (fd.day, ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"][fd.month - 1], fd.year, fd.hour, fd.minute, fd.second),
             "Кому: %s" % who(fto), "Тема: %s" % fsubj, ""] + ftext.split("\n")
        body += "\n\nНачало переадресованного сообщения:\n\n" + "\n".join("> " + l if l else ">" for l in q)
    body += "\n"
    headers = [("Content-Type", "text/plain;\n\tcharset=utf-8"),
               ("Content-Transfer-Encoding", "quoted-printable"),
               ("From", addr(frm[0], frm[1], "utf-8", "Q")),
               ("Mime-Version", "1.0 (1.0)"),
               ("Date", rfc_date(d)),
               ("Subject", encode_word(subject, "utf-8", "Q")),
               ("Message-Id", "<%s-%s-4C1E-9A2B-%s@lift-pv.ru>" % (hexid("i" + subject, 8).upper(), hexid("j" + subject, 4).upper(), hexid("k" + str(d), 12).upper())),
               ("To", TO_DISPATCH[1]),
               ("X-Mailer", "iPhone Mail (22B91)")]
    raw = ("\n".join("%s: %s" % h for h in headers) + "\n\n").encode("ascii")
    from lib import encode_body
    return raw + encode_body(body, "utf-8", "quoted-printable").encode("ascii")
