# -*- coding: utf-8 -*-
"""Mail-client imitations: Gmail for Android (Максим), Yandex web (Алёна),
Outlook on the base PC (windows-1251), The Bat! in the accounting office (KOI8-R)."""
import html

from lib import (ALENA, DISPATCH, addr, dt, enc, finalize, format_datetime, h, hb64,
                 html2text, image_part, leaf, multi, quote_lines, ru_date_gmail,
                 ru_date_yandex, text_to_html_divs)

DISPATCH_ADDR = addr(DISPATCH)


def ref_headers(reply_to):
    if not reply_to:
        return []
    return [("References", reply_to["id"]), ("In-Reply-To", reply_to["id"])]


# ---------------------------------------------------------------- Gmail (Android)
def gmail_id(seed):
    return "<CAF%s@mail.gmail.com>" % hb64(seed, 44)


def gmail(seed, frm, to, subject, date, text, cc=None, reply_to=None, fwd=None):
    """reply_to: dict(id, from, date, text) -> Gmail-style quote under the new text.
    fwd: dict(from, to, date, subject, text) -> Gmail forwarded block."""
    plain = text.rstrip("\n") + "\n"
    html_body = '<div dir="auto">%s</div>' % "<br>".join(html.escape(x) for x in text.rstrip("\n").split("\n"))
    if fwd:
        block = ("\n---------- Пересылаемое сообщение ---------\n"
                 "От: %s\nDate: %s\nSubject: %s\nTo: %s\n\n\n%s\n" % (
                     fwd["from"], ru_date_gmail(fwd["date"]), fwd["subject"], fwd["to"], fwd["text"].rstrip("\n")))
        plain += block
        html_body += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Пересылаемое сообщение ---------<br>'
                      'От: <strong class="gmail_sendername" dir="auto">%s</strong><br>Date: %s<br>Subject: %s<br>To: %s<br></div><br><br>'
                      '<div dir="auto">%s</div></div>' % (
                          html.escape(fwd["from"]), ru_date_gmail(fwd["date"]), html.escape(fwd["subject"]),
                          html.escape(fwd["to"]), "<br>".join(html.escape(x) for x in fwd["text"].rstrip("\n").split("\n"))))
    if reply_to:
        attr = "%s, %s:" % (ru_date_gmail(reply_to["date"]), reply_to["from"])
        plain += "\n%s\n\n%s\n" % (attr, quote_lines(reply_to["text"]))
        html_body += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                      '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote></div>'
                      % (html.escape(attr), "<br>".join(html.escape(x) for x in reply_to["text"].strip("\n").split("\n"))))
    body = multi("alternative", [leaf("text/plain", plain, "UTF-8", "base64"),
                                 leaf("text/html", html_body + "\n", "UTF-8", "base64")],
                 "000000000000" + h(seed + "b", 12))
    headers = ref_headers(reply_to) + [
        ("From", addr(frm)), ("Date", format_datetime(date)), ("Message-ID", gmail_id(seed)),
        ("Subject", subject), ("To", to), ("Cc", cc)]
    return finalize(body, headers)


# ---------------------------------------------------------------- Yandex web (Алёна)
LOGO_CID = "logo_vysota@vysota-vl.ru"

SIGN_HTML = ('<div>&nbsp;</div><div>-- </div><div>С уважением,<br>Алёна Сидоренко<br>'
             'менеджер по работе с заказчиками<br>ООО «Высота ДВ» — промышленный альпинизм<br>'
             '690001, г. Владивосток, ул. Шилкинская, д. 12, оф. 4<br>'
             'тел. +7 (423) 279-41-06, моб. +7 914 702-44-90<br>'
             'ИНН 2540218744 / КПП 254001001<br>'
             '<a href="https://vysota-vl.ru">vysota-vl.ru</a></div>'
             '<div><img src="cid:%s" width="64" height="20" alt="Высота ДВ"></div>' % LOGO_CID)


def yandex_id(seed):
    return "<%d%s@mail.yandex.ru>" % (int(h(seed, 10), 16) % 10 ** 12, "1795")


def yandex(seed, frm, to, subject, date, html_text, cc=None, reply_to=None, layout="alt", cte="base64",
           sign=True, fwd=None):
    """layout: 'alt' = alternative(plain, related(html, logo)); 'related' = related(html, logo);
    'html' = html only (no logo)."""
    body_html = html_text
    if fwd:
        body_html += ('<div>&nbsp;</div><div>-------- Пересылаемое сообщение --------</div>'
                      '<div>%s, "%s" &lt;%s&gt;:</div><div>&nbsp;</div>%s'
                      '<div>-------- Конец пересылаемого сообщения --------</div>' % (
                          ru_date_yandex(fwd["date"]), html.escape(fwd["name"]), fwd["email"],
                          text_to_html_divs(fwd["text"].strip("\n"))))
    if sign:
        body_html += SIGN_HTML if layout != "html" else SIGN_HTML.split("<div><img")[0]
    if reply_to:
        body_html += ('<div>&nbsp;</div><div>%s, "%s" &lt;%s&gt;:</div><blockquote>%s</blockquote>' % (
            ru_date_yandex(reply_to["date"]), html.escape(reply_to["name"]), reply_to["email"],
            text_to_html_divs(reply_to["text"].strip("\n"))))
    full_html = "<div>%s</div>\n" % body_html
    html_part = leaf("text/html", full_html, "utf-8", cte)
    if layout == "html":
        body = html_part
    else:
        rel = multi("related", [html_part, image_part(LOGO_CID)], "----==--bound.%s.myt5-%s.yandex.ru" % (
            int(h(seed + "r", 6), 16), h(seed, 12)), extra='; type="text/html"')
        if layout == "related":
            body = rel
        else:
            plain = html2text(full_html).replace("[cid:%s]" % LOGO_CID, "")
            body = multi("alternative", [leaf("text/plain", plain, "utf-8", cte), rel],
                         "----==--bound.%s.myt5-%s.yandex.ru" % (int(h(seed + "a", 6), 16), h(seed + "x", 12)))
    headers = ref_headers(reply_to) + [
        ("From", addr(frm)), ("To", to), ("Cc", cc), ("Subject", subject),
        ("Date", format_datetime(date)), ("Message-Id", yandex_id(seed)),
        ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]
    return finalize(body, headers)


# ---------------------------------------------------------------- Outlook 2016 (base PC, windows-1251)
def outlook(seed, frm, to, subject, date, text, quote_block="", reply_to=None):
    cs = "windows-1251"
    plain = text.rstrip("\n") + "\n"
    if quote_block:
        plain += "\n" + quote_block.strip("\n") + "\n"
    html_body = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
                 '<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>'
                 '<body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>%s</div></body></html>\n' % "".join(
                     '<p class=MsoNormal>%s<o:p></o:p></p>' % (html.escape(x) if x.strip() else "&nbsp;")
                     for x in plain.rstrip("\n").split("\n")))
    body = multi("alternative", [leaf("text/plain", plain, cs, "quoted-printable"),
                                 leaf("text/html", html_body, cs, "quoted-printable")],
                 "----=_NextPart_000_%s_01DD%s" % (h(seed, 4).upper() + "_" + h(seed + "1", 8).upper(), h(seed + "2", 4).upper()))
    headers = ref_headers(reply_to) + [
        ("From", addr(frm)), ("To", to), ("Subject", subject),
        ("Date", format_datetime(date)),
        ("Message-ID", "<000%s$%s$%s@vysota-vl.ru>" % (h(seed, 9), h(seed + "m", 8), h(seed + "n", 8))),
        ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + hb64(seed + "ti", 25)),
        ("Content-Language", "ru")]
    return finalize(body, headers, cs)


# ---------------------------------------------------------------- The Bat! (accountant, KOI8-R)
def thebat(seed, frm, to, subject, date, text, reply_to=None, extra_headers=()):
    cs = "koi8-r"
    body = leaf("text/plain", text.rstrip("\n") + "\n", cs, "8bit")
    headers = [("Date", format_datetime(date)), ("From", addr(frm)),
               ("X-Mailer", "The Bat! (v10.3.3.3) Professional"),
               ("Reply-To", addr(frm)), ("X-Priority", "3 (Normal)"),
               ("Message-ID", "<%d.%s@vysota-vl.ru>" % (int(h(seed, 8), 16), date.strftime("%Y%m%d%H%M%S"))),
               ("To", to), ("Subject", subject)] + ref_headers(reply_to) + list(extra_headers)
    return finalize(body, headers, cs)
