# -*- coding: utf-8 -*-
"""Generator of test letters for persona EK: ООО «ВентКлиматСервис» (вентиляция и кондиционирование)."""
import json, os, random, hashlib
from datetime import datetime, timezone, timedelta
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.header import Header
from email.utils import formataddr, format_datetime
from email import charset as ecs

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
MSK = timezone(timedelta(hours=3))
TO = formataddr(("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru"))
TO_ADDR = "dispatch@zakazchik-omis.ru"

OLGA = ("Ольга Белова", "dispatcher@ventklimat-servis.ru")
GRISHIN = ("Гришин Алексей", "a.grishin@ventklimat-servis.ru")
KUZ = ("Сергей Кузнецов", "kuznecov.brigada@yandex.ru")
PETROV = ("Дмитрий Петров", "petrov.dm78@yandex.ru")
AKHM = ("Рустам Ахмедов", "rustam.akhmedov@yandex.ru")   # only inside forwarded blocks
VOLK = ("Игорь Волков", "volkov.igor.spb@yandex.ru")      # only inside forwarded blocks
NEWS = ("ВентКлиматСервис", "news@ventklimat-servis.ru")
DAEMON = ("Mail Delivery Subsystem", "mailer-daemon@ventklimat-servis.ru")

SIG_OLGA = "--\nОльга Белова\nдиспетчер ООО «ВентКлиматСервис»\nтел. +7 (812) 409-12-30, доб. 101"
SIG_GR = "С уважением,\nГришин А.В., главный инженер\nООО \"ВентКлиматСервис\"\nтел. +7 (812) 409-12-30, моб. +7 921 334-56-78"

MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]

labels = {}
counter = [0]


def dt(d, hm):
    h, m = map(int, hm.split(":"))
    return datetime(2026, 11, d, h, m, random.randint(0, 59), tzinfo=MSK)


def cs(name, enc):
    c = ecs.Charset(name)
    c.body_encoding = {"qp": ecs.QP, "b64": ecs.BASE64, "8bit": None}[enc]
    return c


def text_part(txt, sub="plain", charset="utf-8", enc="b64"):
    return MIMEText(txt, sub, cs(charset, enc))


def to_html(txt):
    import html as H
    out = []
    for line in txt.split("\n"):
        out.append("<div>%s</div>" % (H.escape(line) if line.strip() else "<br>"))
    return "<html><body>" + "\n".join(out) + "</body></html>"


def msgid(client, when):
    h = hashlib.md5(("%s%s" % (counter[0], when)).encode()).hexdigest()
    if client == "yandex":
        return "<%d%s@mail.yandex.ru>" % (random.randint(100000, 999999), h[:6])
    if client == "mac":
        return "<%s-%s-%s-%s-%s@ventklimat-servis.ru>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper())
    if client == "bat":
        return "<%s.%s@ventklimat-servis.ru>" % (h[:10], when.strftime("%Y%m%d%H%M%S"))
    return "<%s@ventklimat-servis.ru>" % h


def write(who, when, subject, body=None, html=None, client="yandex", charset="utf-8",
          enc="b64", label=None, extra=None, msg=None, subj_charset=None, in_reply=None):
    counter[0] += 1
    fn = "%03d.eml" % counter[0]
    if msg is None:
        if client == "mac":
            enc = "qp"
            alt = MIMEMultipart("alternative")
            alt.attach(text_part(body, "plain", charset, enc))
            alt.attach(text_part(html or to_html(body), "html", charset, enc))
            msg = alt
        elif html is not None and body is None:
            msg = text_part(html, "html", charset, enc)
        elif html is not None:
            alt = MIMEMultipart("alternative")
            alt.attach(text_part(body, "plain", charset, enc))
            alt.attach(text_part(html, "html", charset, enc))
            msg = alt
        else:
            msg = text_part(body, "plain", charset, enc)
    msg["From"] = formataddr(who, charset=subj_charset or ("utf-8" if charset not in ("windows-1251", "koi8-r") else charset))
    msg["To"] = TO
    msg["Subject"] = Header(subject, subj_charset or charset).encode() if any(ord(c) > 127 for c in subject) else subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = msgid(client, when)
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    if in_reply:
        msg["In-Reply-To"] = in_reply
        msg["References"] = in_reply
    if client == "yandex":
        msg["X-Mailer"] = "Yamail [ http://yandex.ru ] 5.0"
    elif client == "mac":
        msg["X-Mailer"] = "Apple Mail (2.3826.400.131.1.6)"
    elif client == "bat":
        msg["X-Mailer"] = "The Bat! (v9.5.3) Professional"
    elif client == "phone":
        msg["X-Mailer"] = "K-9 Mail for Android"
    for k, v in (extra or {}).items():
        msg[k] = v
    with open(os.path.join(LET, fn), "wb") as f:
        f.write(msg.as_bytes())
    labels[fn] = label
    return fn


def D(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def R(note):
    return {"expect": "review", "note": note}


def I(note):
    return {"expect": "ignored", "note": note}


P, W, M, U = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"


def yfwd(when, who, body, subj=None, full=False):
    """Yandex web forward block."""
    if full:
        head = "От: %s <%s>\nКому: %s <%s>\nДата: %s\nТема: %s\n" % (
            who[0], who[1], OLGA[0], OLGA[1], when.strftime("%d.%m.%Y, %H:%M"), subj or "")
    else:
        head = '%s, "%s" <%s>:\n' % (when.strftime("%d.%m.%Y, %H:%M"), who[0], who[1])
    return ("-------- Пересылаемое сообщение --------\n" + head + "\n" + body +
            "\n\n-------- Конец пересылаемого сообщения --------")


def macfwd(when, who, body, subj=""):
    d = "%d %s %d г. в %s GMT+3" % (when.day, MONTHS[when.month - 1], when.year, when.strftime("%H:%M:%S"))
    return ("Начало переадресованного сообщения:\n\nОт: %s <%s>\nТема: %s\nДата: %s\nКому: %s <%s>\n\n%s"
            % (who[0], who[1], subj, d, OLGA[0], OLGA[1], body))


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def ydate(when):
    return when.strftime("%d.%m.%Y, %H:%M")


random.seed(340)

# ------------------------------------------------------------------ 340118 ТЦ Меридиан
t = dt(2, "09:05")
write(OLGA, t, "Заявка 340118 принята",
      "Добрый день!\n\nЗаявку № 340118 (ТЦ «Меридиан», вентиляция) приняли в работу, "
      "выезжает бригада Кузнецова.\n\n" + SIG_OLGA,
      label=D("340118", [], P, "accepted, whole request"))

t = dt(2, "10:41")
write(OLGA, t, "Fwd: 340118",
      "пересылаю отчёт бригады\n\n" + yfwd(dt(2, "10:38"), KUZ, "выехали на меридиан по 340118\n\n--\nОтправлено из мобильной Яндекс Почты"),
      label=D("340118", [], W, "forwarded crew: выехали НА объект = on the way"))

t = dt(2, "11:24")
fb = macfwd(dt(2, "11:19"), KUZ, "на объекте", "340118")
write(OLGA, t, "Fwd: 340118", "см. ниже\n\n" + fb, client="mac",
      label=D("340118", [], M, "Mac forward, request only in forwarded subject; crew on site"))

t = dt(2, "15:33")
write(OLGA, t, "Fwd: 340118 П1",
      "пересылаю\n\n" + yfwd(dt(2, "15:27"), KUZ,
                             "закончили П1, фильтры поменяли, ремни натянули. В1 и В2 завтра с утра",
                             subj="Re: 340118", full=True),
      label=D("340118", ["1"], U, "П1 = поз.1 done; В1/В2 (поз.2,3) only planned"))

t = dt(3, "09:12")
quoted = ("02.11.2026, 09:05, \"Ольга Белова\" <dispatcher@ventklimat-servis.ru>:\n"
          "Добрый день!\n\nЗаявку № 340118 (ТЦ «Меридиан», вентиляция) приняли в работу, выезжает бригада Кузнецова.")
write(OLGA, t, "Re: Заявка 340118 принята",
      "Бригада снова на Меридиане с 9:00, работают по вытяжкам В1 и В2.\n\nОльга\n\n" + q(quoted),
      label=D("340118", ["2", "3"], M, "old subject says принята; body: crew on site at В1/В2 = поз.2,3"))

t = dt(3, "14:08")
html = """<html><body><div>Отчёт по 340118 (ТЦ Меридиан), см. таблицу от бригады</div><br>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Поз.</th><th>Установка</th><th>Работы</th><th>Статус</th></tr>
<tr><td>2</td><td>В1 (вытяжная, Systemair)</td><td>чистка крыльчатки, замена ремня SPA-1250</td><td>завершено 13:40</td></tr>
<tr><td>3</td><td>В2 (вытяжная)</td><td>замена подшипников 6205-2RS</td><td>завершено 13:55</td></tr>
</table><br><div>Бригада с объекта уехала.</div><div>--<br>Ольга Белова<br>диспетчер ООО «ВентКлиматСервис»</div></body></html>"""
write(OLGA, t, "340118 — отчёт по В1, В2", html=html,
      label=D("340118", ["2", "3"], U, "HTML-only table, поз.2 and 3 finished, crew left"))

# ------------------------------------------------------------------ 340245 БЦ Ладога, кондиционеры
t = dt(3, "10:26")
write(OLGA, t, "340245",
      "Добрый день. 340245 — приняли, выезд планируем на завтра на утро, с арендатором согласуем.\n\n" + SIG_OLGA,
      label=D("340245", [], P, "accepted now; the visit is only a plan"))

t = dt(4, "08:52")
write(KUZ, t, "340245-1", "еду на ладогу, буду минут через 40\n\n--\nОтправлено из мобильной Яндекс Почты",
      label=D("340245", ["1"], W, "crew direct; position in subject after dash; 'буду через 40 мин' = on the way"))

t = dt(4, "09:47")
write(OLGA, t, "Fwd: 340245 каб.204",
      "см. ниже\n\n" + macfwd(dt(4, "09:41"), KUZ, "на месте, начали с 204-го", "340245"),
      client="mac",
      label=D("340245", ["1"], M, "кондиционер каб.204 = поз.1 per registry; 204 is a room, not a request"))

t = dt(4, "12:14")
body = ("пересылаю отчёт бригады\n\n" +
        yfwd(dt(4, "11:20"), KUZ, "поз 1 (204) готово, дренаж прочистили, давление в норме") + "\n\n" +
        yfwd(dt(4, "12:05"), KUZ, "поз 2 (207) тоже сделали, фреон дозаправили 0,8 кг R32"))
write(OLGA, t, "Fwd: 340245", body,
      label=D("340245", ["1", "2"], U, "two crew messages in a row, both positions finished"))

t = dt(5, "16:02")
write(GRISHIN, t, "340245 переговорная",
      "Добрый день.\nПо заявке 340245, поз.3 (переговорная 3 эт.) — компрессор под замену, на дисплее ошибка E6. "
      "Запчасть заказана, поставка ориентировочно 12.11, после этого согласуем выезд.\n\n" + SIG_GR,
      client="bat", charset="windows-1251", enc="qp",
      label=R("plan only: waiting for part, no status reported"))

t = dt(12, "13:34")
write(OLGA, t, "Re: 340245 переговорная",
      "340245 п.3 — компрессор заменили, кондиционер в переговорной запущен, бригада уехала.\n\nОльга\n\n" +
      "05.11.2026 16:02, Гришин Алексей пишет:\n" +
      q("Добрый день.\nПо заявке 340245, поз.3 (переговорная 3 эт.) — компрессор под замену, на дисплее ошибка E6."),
      label=D("340245", ["3"], U, "new text above the quote: поз.3 done, crew left"))

# ------------------------------------------------------------------ 340377 чиллер склад
t = dt(5, "08:31")
write(GRISHIN, t, "Заявка 340377 - чиллер",
      "Добрый день!\n\nЗаявку 340377 по чиллеру Carrier 30RB-262 получили, берём в работу.\n\n" + SIG_GR,
      client="bat", charset="windows-1251", enc="qp",
      label=D("340377", [], P, "accepted; 30RB-262 is a model, phones are not numbers of requests"))

t = dt(5, "11:17")
write(OLGA, t, "Fwd: чиллер 340377",
      "Начало переадресованного сообщения ниже, бригада Ахмедова.\n\n" +
      macfwd(dt(5, "11:09"), AKHM, "подъезжаем к складу, минут 15", "чиллер 340377"),
      client="mac",
      label=D("340377", [], W, "approaching the site, 15 min = on the way"))

t = dt(5, "12:03")
write(OLGA, t, "Re: 340377",
      "Мы на крыше, чиллер Carrier, авария по высокому давлению. Смотрим.\n(со слов Ахмедова)\n\nОльга",
      label=D("340377", [], M, "crew on roof of the site"))

t = dt(5, "17:44")
write(GRISHIN, t, "340377 выполнено",
      "Добрый вечер.\n\nРаботы по 340377 завершены: заменили реле высокого давления (арт. HK06ZZ001), "
      "чиллер запущен, работает штатно. Акт № 1187 от 05.11.2026 передали охране склада.\n\n" + SIG_GR,
      client="bat", charset="windows-1251", enc="qp",
      label=D("340377", [], U, "works finished; act/article numbers are noise"))

t = dt(6, "10:04")
cust = ("От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\n"
        "Отправлено: 6 ноября 2026 г. 9:48\nКому: dispatcher@ventklimat-servis.ru\n"
        "Тема: 340377 чиллер опять встал\n\nДобрый день, чиллер на складе снова в аварии, просим срочно.")
write(OLGA, t, "Re: 340377 чиллер опять встал",
      "Добрый день, приняли к сведению, выясняем. Бригада будет после обеда, время уточню.\n\nОльга\n\n" + cust,
      label=R("promise/plan only; quoted text is the customer's own complaint"))

# ------------------------------------------------------------------ 340502 производственный корпус
t = dt(6, "09:42")
write(OLGA, t, "Наряд 340502",
      "По наряду 340502 — приняли.\n\n" + SIG_OLGA,
      label=D("340502", [], P, "accepted"))

t = dt(6, "13:22")
write(OLGA, t, "Fwd: 340502",
      "пересылаю\n\n" + yfwd(dt(6, "13:15"), VOLK, "на объекте, начали с П2", subj="340502", full=True),
      label=D("340502", ["1"], M, "here unit П2 = поз.1 (registry comment), not position 2"))

t = dt(6, "16:55")
write(OLGA, t, "Fwd: 340502",
      "см. ниже\n\n" + macfwd(dt(6, "16:48"), VOLK, "Приточку П2 закончили, В3 не успели, завтра", "Re: 340502"),
      client="mac",
      label=D("340502", ["1"], U, "П2 = поз.1 finished; В3 (поз.2) only planned"))

t = dt(7, "15:12")
write(OLGA, t, "340502 поз.2 (В3)",
      "340502 поз.2 (В3) — готово, двигатель перебрали, уехали.\nО.",
      label=D("340502", ["2"], U, "В3 = поз.2 finished, left"))

# ------------------------------------------------------------------ 340689 склад Шушары
t = dt(7, "08:37")
write(OLGA, t, "Заявка №340689",
      html="<html><body><div>Добрый день!</div><div><br></div><div>Заявка №340689 принята в работу, "
           "выезд согласуем с кладовщиком.</div><div><br></div><div>-- <br>Ольга Белова<br>ООО «ВентКлиматСервис»</div></body></html>",
      label=D("340689", [], P, "HTML-only, accepted"))

t = dt(9, "08:06")
write(PETROV, t, "340689",
      "выезжаем на склад по 340689, п. Шушары, ул. Поселковая 12, будем к 9", client="phone",
      charset="koi8-r", enc="8bit",
      label=D("340689", [], W, "KOI8-R; leaving for the site; street number is noise"))

t = dt(9, "09:13")
write(OLGA, t, "Fwd: Re: 340689",
      "см. ниже\n\n" + yfwd(dt(9, "09:02"), PETROV, "на месте", subj="Re: 340689", full=True),
      label=D("340689", [], M, "number only in forwarded subject"))

t = dt(9, "14:03")
body = ("пересылаю отчёт бригады\n\n" +
        yfwd(dt(9, "10:15"), PETROV, "П1 закончили, фильтры G4 заменили") + "\n\n" +
        yfwd(dt(9, "13:40"), PETROV, "В1 тоже всё. уезжаем"))
write(OLGA, t, "Fwd: 340689 П1, В1", body,
      label=D("340689", ["1", "2"], U, "П1=поз.1, В1=поз.2, both done, crew leaving"))

# ------------------------------------------------------------------ 340731 ресторан Причал
t = dt(9, "11:31")
write(OLGA, t, "обращение 340731",
      "Добрый день, обращение 340731 приняли, время выезда согласуем с администратором ресторана.\n\n" + SIG_OLGA,
      label=D("340731", [], P, "accepted"))

t = dt(10, "07:42")
write(OLGA, t, "340731 выезд",
      "Бригада выехала на 340731 (ресторан «Причал», Петровская коса 9), будут к 8:30.\n\nОльга",
      label=D("340731", [], W, "crew left FOR the site"))

t = dt(10, "08:47")
write(OLGA, t, "Fwd: Причал",
      "пересылаю\n\n" + macfwd(dt(10, "08:40"), KUZ, "на объекте", "Re: 340731 выезд"),
      client="mac",
      label=D("340731", [], M, "number in forwarded Re: subject; crew on site"))

t = dt(10, "12:18")
write(OLGA, t, "Re: 340731",
      "по 340731 приточку П1 сделали, фильтры заменили, кухонную вытяжку В1 почистили, жир сняли.\n"
      "Дальше кондиционеры.\n\nОльга",
      label=D("340731", ["1", "2"], U, "here П1 = поз.2 and В1 = поз.1 per registry; both finished"))

t = dt(10, "17:24")
body = ("пересылаю отчёт бригады\n\n" +
        yfwd(dt(10, "15:50"), KUZ, "зал готов, кондей работает") + "\n\n" +
        yfwd(dt(10, "17:10"), KUZ, "вип — течёт дренаж, помпа дохлая. завтра вернёмся с помпой"))
write(OLGA, t, "Fwd: 340731 кондиционеры", body,
      label=D("340731", ["3"], U, "зал = поз.3 done; VIP (поз.4) only planned"))

t = dt(11, "10:33")
write(OLGA, t, "340731",
      "По 340731: поз.4 (ВИП) — бригада на месте, меняют помпу. По залу (поз.3) опять жалоба от администратора, "
      "вторая бригада выехала туда.\n\nОльга",
      label=R("different statuses for different positions (поз.4 на месте, поз.3 в пути)"))

t = dt(11, "14:02")
write(KUZ, t, "340731 (4)", "помпу поменяли, протечки нет, уехали",
      label=D("340731", ["4"], U, "position in brackets in subject"))

# ------------------------------------------------------------------ 340856 поликлиника, чиллеры
t = dt(10, "09:53")
cust = ("-----Original Message-----\nFrom: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
        "Sent: Tuesday, November 10, 2026 9:20 AM\nTo: dispatcher@ventklimat-servis.ru\n"
        "Subject: Заявка 340856\n\nПрошу принять заявку 340856, поликлиника №14, чиллеры York 1 и 2, "
        "контактное лицо зам. главврача, тел. 8-911-200-45-17.")
write(OLGA, t, "Re: Заявка 340856",
      "Принято, поедет бригада Гришина.\n\nОльга\n\n" + cust,
      label=D("340856", [], P, "accepted; Original Message block is the customer's request"))

t = dt(11, "08:12")
write(OLGA, t, "Fwd: 340856",
      "см. ниже\n\n" + macfwd(dt(11, "08:05"), GRISHIN, "Едем в поликлинику, на ЗСД пробка, минут 25", "340856"),
      client="mac",
      label=D("340856", [], W, "travelling now"))

t = dt(11, "09:01")
write(OLGA, t, "Re: 340856 выехали",
      "Прибытие 08:55, бригада на месте.\n\nОльга\n\n" +
      "11.11.2026, 08:12, \"Ольга Белова\" <dispatcher@ventklimat-servis.ru>:\n" +
      q("см. ниже\nЕдем в поликлинику, на ЗСД пробка, минут 25"),
      label=D("340856", [], M, "Re: subject names old status; body reports arrival"))

t = dt(11, "13:44")
body = ("пересылаю отчёт бригады\n\n" +
        yfwd(dt(11, "12:30"), GRISHIN, "чиллер 1 — готово, дозаправили R410A 3,2 кг, течь на ТРВ устранили") + "\n\n" +
        yfwd(dt(11, "13:35"), GRISHIN, "по второму ждём плату управления, заказали, 3-5 дней"))
write(OLGA, t, "Fwd: 340856 чиллеры", body,
      label=D("340856", ["1"], U, "чиллер 1 = поз.1 done; чиллер 2 waiting"))

t = dt(13, "11:20")
write(GRISHIN, t, "Re: 340856",
      "Добрый день.\nПо 340856 чиллер №2 ещё не запускали, плата не пришла, ждём до понедельника.\n\n" + SIG_GR,
      client="bat", charset="windows-1251", enc="qp",
      label=R("negation/plan: not yet done"))

t = dt(16, "15:22")
write(OLGA, t, "340856 поз.2",
      "340856 поз.2 — плату установили, чиллер №2 в работе, бригада убыла в 15:05.\n\n" + SIG_OLGA,
      label=D("340856", ["2"], U, "поз.2 finished, departed 15:05"))

# ------------------------------------------------------------------ 340990 магазин Садовая
t = dt(12, "10:21")
write(PETROV, t, "340990", "Принял заявку 340990. Завтра с утра буду.\nПетров", client="phone",
      charset="koi8-r", enc="8bit",
      label=D("340990", [], P, "KOI8-R; accepted (visit tomorrow is only a plan)"))

t = dt(13, "09:02")
write(PETROV, t, "Садовая 28", "Петров на месте, магазин на Садовой 28, наряд 340990", client="phone",
      charset="koi8-r", enc="8bit",
      label=D("340990", [], M, "on site; 28 is a house number"))

t = dt(13, "11:35")
write(OLGA, t, "Fwd: 340990",
      "пересылаю отчёт бригады\n\n" + yfwd(dt(13, "11:28"), PETROV,
                                          "340990: серверная и торговый зал готовы, оба кондея работают. бригада освободилась"),
      label=D("340990", ["1", "2"], U, "торговый зал = поз.1, серверная = поз.2, crew free"))

# ------------------------------------------------------------------ 341124 офис, ПВУ П1
t = dt(13, "08:22")
cust = ("Заявка 341124: ПВУ П1 (Systemair Topvex) в офисе на 5 этаже не выходит на режим, "
        "ошибка по датчику приточного воздуха.\nАдрес: Малоохтинский пр. 64, корп. 3")
write(OLGA, t, "Re: 341124", "взяли в работу\n\nОльга\n\n" + q(cust),
      label=D("341124", [], P, "short acceptance above quoted request"))

t = dt(14, "10:07")
write(KUZ, t, "341124 П1", "на месте",
      label=D("341124", ["1"], M, "П1 is both unit and поз.1 here"))

t = dt(14, "12:31")
write(OLGA, t, "341124",
      "341124 — ЗАКОНЧИЛИ, УЕХАЛИ. ДАТЧИК ЗАМЕНИЛИ.\n\nОльга",
      label=D("341124", [], U, "caps"))

t = dt(14, "16:05")
write(GRISHIN, t, "341124 счёт",
      "Добрый день.\nПо 341124 выставили счёт № 2211 от 14.11.2026 на 18 400,00 руб. — замена фильтров G4/F7 "
      "не входит в договор № 45-ТО/2026, прошу согласовать.\nИНН 7806123456 / КПП 780601001\n\n" + SIG_GR,
      client="bat", charset="windows-1251", enc="qp",
      label=R("invoice/contract talk, no status"))

# ------------------------------------------------------------------ 341267 гостиница
t = dt(16, "08:41")
write(OLGA, t, "Заявка #341267",
      "Добрый день!\nЗаявку #341267 (гостиница «Нева Парк») приняли.\n\n" + SIG_OLGA,
      html="<html><body><div>Добрый день!</div><div>Заявку <b>#341267</b> (гостиница «Нева Парк») приняли.</div>"
           "<br><div>--<br>Ольга Белова<br>диспетчер ООО «ВентКлиматСервис»</div></body></html>",
      label=D("341267", [], P, "multipart/alternative base64, accepted"))

t = dt(17, "09:16")
write(OLGA, t, "Fwd: 341267",
      "пересылаю\n\n" + yfwd(dt(17, "09:10"), AKHM, "в гостинице, смотрим П1 и П2"),
      label=D("341267", ["1", "2"], M, "on site working on П1/П2 = поз.1,2"))

t = dt(17, "13:04")
body = ("пересылаю отчёты обеих бригад\n\n" +
        yfwd(dt(17, "12:20"), AKHM, "П1 готово, ремень и фильтры", subj="341267", full=True) + "\n\n" +
        yfwd(dt(17, "12:55"), VOLK, "В2 готово, подшипник поменяли", subj="341267", full=True))
write(OLGA, t, "Fwd: 341267 П1, В2", body,
      label=D("341267", ["1", "4"], U, "two crews: П1 = поз.1 and В2 = поз.4 both finished"))

t = dt(17, "17:33")
write(OLGA, t, "Re: 341267",
      "по П2 — мотор сгорел, заказываем. По В1 бригада Волкова на месте до вечера.\n\nОльга",
      label=D("341267", ["3"], M, "В1 = поз.3 on site; П2 only a plan"))

t = dt(18, "11:02")
write(OLGA, t, "341267, В1",
      "341267, В1 — завершение работ 10:45.\n\n" + SIG_OLGA,
      label=D("341267", ["3"], U, "noun form завершение; В1 = поз.3"))

t = dt(20, "14:05")
write(OLGA, t, "341267 п2",
      "341267 п2 - двигатель заменён, установка П2 запущена, бригада уехала\nО.Б.",
      label=D("341267", ["2"], U, "п2 and П2 coincide here (поз.2)"))

# ------------------------------------------------------------------ 341405 банк
t = dt(18, "09:31")
write(GRISHIN, t, "Заявка 341405",
      "Добрый день!\nЗаявка 341405 принята, работы проведём в выходной/утром до открытия отделения.\n\n" + SIG_GR,
      client="bat", charset="windows-1251", enc="qp",
      label=D("341405", [], P, "accepted; rest is plan"))

t = dt(19, "07:56")
write(OLGA, t, "341405 пропуск",
      "Едем в банк по 341405. Пропуск заказан на газель гос. номер Х345КМ178, водитель Ахмедов.\n\nОльга",
      label=D("341405", [], W, "on the way; car plate is noise"))

t = dt(19, "08:42")
write(OLGA, t, "Fwd: 341405",
      "см. ниже\n\n" + yfwd(dt(19, "08:38"), AKHM, "Бригада нa мecтe, oхрaнa пустила"),
      label=D("341405", [], M, "Latin look-alike letters inside 'на месте'"))

t = dt(19, "11:03")
write(OLGA, t, "Re: 341405 (2)",
      "пересылаю\n\n" + macfwd(dt(19, "10:58"), AKHM, "серверная готова, кондиционер запущен, температура 21", "Re: 341405 (2)"),
      client="mac",
      label=D("341405", ["2"], U, "position in brackets in subject, серверная = поз.2"))

t = dt(19, "15:47")
write(OLGA, t, "341405",
      "По 341405: поз.1 (кассовый зал) закончили, по поз.3 (кабинет управляющего) ещё работают.\n\nОльга",
      label=R("different statuses for different positions (поз.1 убыл, поз.3 на месте)"))

t = dt(20, "12:04")
write(OLGA, t, "341405 — п.3",
      "341405 — п.3 завершено, убытие бригады 11:50.\n\n" + SIG_OLGA,
      label=D("341405", ["3"], U, "noun убытие; п.3"))

# ------------------------------------------------------------------ 341538 фитнес
t = dt(20, "10:33")
write(OLGA, t, "341538", "341538 принято.\nОльга",
      label=D("341538", [], P, "accepted"))

t = dt(23, "07:40")
write(OLGA, t, "Re: 341538",
      "Ещё не выехали, ждём машину с сервиса, по времени сообщу.\n\nОльга\n\n" +
      "20.11.2026, 10:33, \"Ольга Белова\" <dispatcher@ventklimat-servis.ru>:\n> 341538 принято.",
      label=R("negation: not yet left"))

t = dt(23, "08:05")
write(OLGA, t, "Fwd: фитнес 341538",
      "пересылаю\n\n" + yfwd(dt(23, "08:01"), VOLK, "выехали в фитнес, пр. Просвещения 87 к.2, 341538"),
      label=D("341538", [], W, "выехали В фитнес = on the way; address numbers are noise"))

t = dt(23, "09:26")
write(OLGA, t, "Fwd: 341538",
      "см. ниже\n\n" + macfwd(dt(23, "09:20"), VOLK, "прибыли 09:20", "341538"),
      client="mac",
      label=D("341538", [], M, "прибыли = arrived"))

t = dt(23, "15:08")
write(OLGA, t, "Fwd: 341538 бассейн",
      "пересылаю отчёт бригады\n\n" + yfwd(dt(23, "15:01"), VOLK,
                                          "Выехали с фитнеса, по 341538 всё сделано, П1 и В1 бассейна в работе",
                                          subj="341538", full=True),
      label=D("341538", ["1", "2"], U, "выехали С объекта = left; П1=поз.1, В1=поз.2"))

# ------------------------------------------------------------------ more decided variety
t = dt(4, "13:10")
write(KUZ, t, "Re: 340245",
      "Ольга Белова пишет:\nОБ> Сергей, как там Ладога?\n\n204 и 207 сделали, освободились, едем на базу",
      label=D("340245", ["1", "2"], U, "reply under initials-quoted question; rooms 204/207 = поз.1,2 done, crew free"))

t = dt(11, "16:40")
write(OLGA, t, "Re: 340731 (3)",
      "ИП> по залу опять жалоба, когда будете?\n\nЗал перепроверили, датчик температуры переставили, всё работает. Бригада уехала.\nОльга",
      label=D("340731", ["3"], U, "answer under quote; subject gives поз.3 (зал)"))

# ------------------------------------------------------------------ review
t = dt(4, "10:12")
write(OLGA, t, "Fwd: бригада",
      "пересылаю\n\n" + yfwd(dt(4, "10:05"), PETROV, "на объекте, охрана пустила"),
      label=R("no request number anywhere"))

t = dt(5, "14:20")
write(OLGA, t, "340119",
      "340119 — закончили, бригада уехала.\n\nОльга",
      label=R("340119 not in registry (typo?)"))

t = dt(9, "09:50")
body = ("пересылаю отчёты бригад\n\n" +
        yfwd(dt(9, "09:30"), KUZ, "на меридиане, 340118, смотрим В2 повторно") + "\n\n" +
        yfwd(dt(9, "09:44"), PETROV, "340689 на месте"))
write(OLGA, t, "Fwd: отчёты", body,
      label=R("two different requests in one letter"))

t = dt(13, "12:10")
write(OLGA, t, "340990 поз.3", "340990 поз.3 — готово.\nОльга",
      label=R("request 340990 has no position 3"))

t = dt(16, "17:05")
write(GRISHIN, t, "341267 кровля",
      "Добрый день!\nПодскажите, кто у вас ответственный по 341267 — нужно согласовать выход на кровлю на завтра "
      "к вентустановкам. Наш телефон +7 (812) 409-12-30.\n\n" + SIG_GR,
      client="bat", charset="windows-1251", enc="qp",
      label=R("question only"))

t = dt(20, "11:15")
write(OLGA, t, "Re: 341538 график",
      "Спасибо, получили, в график внесли.\n\nОльга\n\n" +
      "> Направляем заявку 341538, фитнес-клуб, вентиляция бассейна П1/В1.\n> Диспетчерская ОМИС",
      label=R("acknowledgement of dispatcher's own message"))

t = dt(24, "10:00")
write(OLGA, t, "по вентиляции",
      "Добрый день, по бассейну клиент жалуется на запах хлорки, это не вентиляция, а водоподготовка. "
      "Просим не выставлять повторную заявку.\n\nОльга",
      label=R("complaint/discussion, no number, no status"))

# ------------------------------------------------------------------ ignored
def autoreply(who, when, subject, txt):
    m = text_part(txt, "plain", "utf-8", "b64")
    return write(who, when, subject, msg=m, client="yandex",
                 extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"},
                 label=I("out-of-office auto-reply"))

autoreply(OLGA, dt(25, "09:00"), "Автоответ: Re: 341538",
          "Здравствуйте! Я в отпуске до 30.11.2026. По срочным вопросам звоните +7 (812) 409-12-30, доб. 100.\nОльга Белова")
m = text_part("Уважаемый коллега!\nЯ нахожусь в командировке до 27.11. Ваше письмо будет прочитано по возвращении.\n"
              "Заявки направляйте на dispatcher@ventklimat-servis.ru\nГришин А.В.", "plain", "windows-1251", "qp")
write(GRISHIN, dt(24, "14:30"), "Автоматический ответ: 341405", msg=m, client="bat",
      extra={"Auto-Submitted": "auto-replied"}, label=I("auto-reply, mentions a request number but it is a machine"))

# read receipt
rr = MIMEMultipart("report", report_type="disposition-notification")
rr.attach(text_part("Ваше письмо «340856 чиллер №2» было прочитано 16.11.2026 в 10:02.", "plain", "utf-8", "b64"))
mdn = MIMEBase("message", "disposition-notification")
mdn.set_payload("Reporting-UA: Yandex.Mail\nFinal-Recipient: rfc822; dispatcher@ventklimat-servis.ru\n"
                "Original-Message-ID: <20261116095512.ABCD@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
rr.attach(mdn)
write(OLGA, dt(16, "10:02"), "Прочитано: 340856 чиллер №2", msg=rr, label=I("read receipt (MDN)"))

# bounce
bn = MIMEMultipart("report", report_type="delivery-status")
bn.attach(text_part("This is the mail system at host mx.ventklimat-servis.ru.\n\nI'm sorry to have to inform you that your message could not\n"
                    "be delivered to one or more recipients.\n\n<brigada2@ventklimat-servis.ru>: user unknown\n", "plain", "us-ascii", "8bit"))
import email as _em
ds = MIMEBase("message", "delivery-status")
ds.set_payload([_em.message_from_string("Reporting-MTA: dns; mx.ventklimat-servis.ru\n"),
                _em.message_from_string("Final-Recipient: rfc822; brigada2@ventklimat-servis.ru\nAction: failed\nStatus: 5.1.1\n")])
bn.attach(ds)
orig = MIMEBase("text", "rfc822-headers")
orig.set_payload("From: dispatch@zakazchik-omis.ru\nTo: brigada2@ventklimat-servis.ru\nSubject: =?utf-8?b?MzQxMjY3INCfMiDQutC+0LPQtNCwPw==?=\n")
bn.attach(orig)
write(DAEMON, dt(18, "12:40"), "Undelivered Mail Returned to Sender", msg=bn, client="other",
      extra={"Auto-Submitted": "auto-replied"}, label=I("bounce (delivery status notification)"))

# newsletter
nl = ("<html><body><h2>Сезонное ТО кондиционеров — скидка 15%</h2><p>Уважаемые клиенты! До 15.12.2026 "
      "проводим акцию на обслуживание сплит-систем и чиллеров. Звоните +7 (812) 409-12-30.</p>"
      "<p><a href='https://ventklimat-servis.ru/unsubscribe?id=340118'>Отписаться</a></p></body></html>")
write(NEWS, dt(19, "12:00"), "Сезонное ТО кондиционеров: скидка 15% до 15 декабря", html=nl,
      extra={"List-Unsubscribe": "<https://ventklimat-servis.ru/unsubscribe?id=340118>",
             "Precedence": "bulk", "List-Id": "<news.ventklimat-servis.ru>"},
      label=I("bulk marketing mailing"))

# calendar reply from Mac
cal = MIMEMultipart("alternative")
cal.attach(text_part("Ольга Белова приняла приглашение: Совещание по графику ППР, 26.11.2026 11:00", "plain", "utf-8", "qp"))
ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//macOS 15.1//EN\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
       "UID:ppr-2026-11-26@zakazchik-omis.ru\r\nDTSTART:20261126T080000Z\r\nDTEND:20261126T090000Z\r\n"
       "SUMMARY:Совещание по графику ППР\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Ольга Белова:mailto:dispatcher@ventklimat-servis.ru\r\n"
       "ORGANIZER:mailto:dispatch@zakazchik-omis.ru\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
ic = MIMEText(ics, "calendar", cs("utf-8", "qp"))
ic.set_param("method", "REPLY")
cal.attach(ic)
write(OLGA, dt(21, "09:14"), "Принято: Совещание по графику ППР", msg=cal, client="mac",
      label=I("calendar meeting response"))

# ------------------------------------------------------------------ a few more decided
t = dt(25, "08:30")
write(OLGA, t, "Fwd: 340689",
      "пересылаю\n\n" + macfwd(dt(25, "08:22"), PETROV, "По 340689 — снова на складе, В1 гудит, разбираем", "340689"),
      client="mac",
      label=D("340689", ["2"], M, "on site, В1 = поз.2"))

t = dt(25, "11:45")
write(PETROV, t, "340689 в1", "в1 гудеть перестал, подшипник поменяли. Петров убыл с объекта", client="phone",
      charset="koi8-r", enc="8bit",
      label=D("340689", ["2"], U, "KOI8-R; в1 = поз.2; убыл с объекта"))

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
print(len(labels))
