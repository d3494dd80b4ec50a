# -*- coding: utf-8 -*-
"""Generator of test letters: ООО «СеверЗеленСтрой» (озеленение / зимнее содержание)."""
import json, os, datetime
from email import charset as CS
from email.header import Header
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
MSK = datetime.timezone(datetime.timedelta(hours=3))
TO = ("Диспетчерская ОМИС", "dispatch@zakazchik-omis.ru")

F = ("Кузьмин Андрей", "prorab.kuzmin@severzelen.ru")
D = ("Диспетчер СеверЗеленСтрой", "dispetcher@severzelen.ru")
B = ("Белова Марина", "m.belova@severzelen.ru")
G = ("Гришин О.В.", "director@severzelen.ru")
U2 = ("Участок 2 СеверЗелен", "uchastok2.severzelen@mail.ru")
MD = ("Mail Delivery System", "mailer-daemon@severzelen.ru")
NEWS = ("СеверЗеленСтрой", "info@severzelen.ru")

registry = {
    "contractor": {"name": "ООО «СеверЗеленСтрой»",
                   "emails": [F[1], D[1], B[1], G[1], U2[1], MD[1], NEWS[1]],
                   "domains": ["severzelen.ru"]},
    "requests": [
        {"number": "342517", "positions": ["1", "2", "3"], "registered_at": "2026-11-03T09:00:00+03:00",
         "comment": "Вывоз снега: 1 — двор ул. Садовая 12–18; 2 — двор ул. Ленина 44/2; 3 — ул. Кирова от д.3 до д.27"},
        {"number": "342603", "positions": ["1", "2"], "registered_at": "2026-11-04T07:30:00+03:00",
         "comment": "Посыпка тротуаров реагентом: 1 — ул. Мира; 2 — ул. Гагарина"},
        {"number": "342688", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T10:00:00+03:00",
         "comment": "Обрезка деревьев: 1 — сквер у ДК «Строитель»; 2 — двор ул. Советская 9; 3 — двор ул. Советская 11; 4 — аллея парка Дружбы"},
        {"number": "342745", "positions": ["1", "2"], "registered_at": "2026-11-06T14:00:00+03:00",
         "comment": "Вывоз порубочных остатков: 1 — ул. Советская 9; 2 — парк Дружбы"},
        {"number": "342902", "positions": ["1"], "registered_at": "2026-11-09T16:00:00+03:00",
         "comment": "Механизированная уборка и вывоз снега, участок территории №3 (Промышленный проезд)"},
        {"number": "343014", "positions": ["1", "2", "3"], "registered_at": "2026-11-11T18:00:00+03:00",
         "comment": "Уборка снега во дворах: 1 — ул. Пушкина 5; 2 — ул. Пушкина 7; 3 — ул. Чехова 14"},
        {"number": "343156", "positions": ["1"], "registered_at": "2026-11-12T08:30:00+03:00",
         "comment": "Спил аварийного тополя, двор ул. Лесная 21"},
        {"number": "343389", "positions": ["1", "2", "3"], "registered_at": "2026-11-14T05:40:00+03:00",
         "comment": "Посыпка реагентом: 1 — пешеходный мост; 2 — остановки ул. Мира; 3 — лестница к набережной"},
        {"number": "343471", "positions": ["1", "2"], "registered_at": "2026-11-16T12:00:00+03:00",
         "comment": "Вывоз снега, парк Победы: 1 — центральная аллея; 2 — площадка у фонтана"},
        {"number": "343705", "positions": ["1", "2"], "registered_at": "2026-11-18T09:00:00+03:00",
         "comment": "Омолаживающая обрезка тополей: 1 — ул. Заводская 30; 2 — ул. Заводская 34"},
        {"number": "344018", "positions": ["1", "2", "3"], "registered_at": "2026-11-20T15:00:00+03:00",
         "comment": "Вывоз снега: 1 — ул. Садовая 20–26; 2 — ул. Октябрьская 3; 3 — территория школы №12"},
        {"number": "344262", "positions": ["1", "2"], "registered_at": "2026-11-23T17:00:00+03:00",
         "comment": "Очистка и посыпка: 1 — участок территории №7 (квартал 5); 2 — участок территории №8"},
    ],
}

SIG_F = "\n\n--\nКузьмин А.С., прораб участка зимнего содержания\nООО «СеверЗеленСтрой»\nтел. +7 (916) 342-51-70\nОтправлено с планшета Samsung Galaxy Tab"
SIG_F2 = "\n\nКузьмин\nОтправлено из Почты Mail для Android"
SIG_D = "\n\nОльга Семёнова\nдиспетчер ООО «СеверЗеленСтрой»\nтел. 8 (495) 343-89-01, доб. 2"
SIG_D2 = "\n\nдисп. Семёнова"
SIG_G = "\n\n--\nС уважением,\nГришин Олег Викторович\nгенеральный директор ООО «СеверЗеленСтрой»\nИНН 5024134270 / КПП 502401001\nтел. +7 (495) 343-89-00"
SIG_U2 = "\n\nРинат, бригадир уч.2\n\nОтправлено из мобильной Почты Mail.ru"


def q(text, p="> "):
    return "\n".join((p + l) if l else p.rstrip() for l in text.strip("\n").split("\n"))


def cs(name, enc):
    c = CS.Charset(name)
    c.body_encoding = {"qp": CS.QP, "b64": CS.BASE64, "8bit": None}[enc]
    c.header_encoding = CS.BASE64 if name != "utf-8" else CS.SHORTEST
    return c


def k8(t, charset):
    if charset == "koi8-r":
        for a, b in (("«", '"'), ("»", '"'), ("—", "-"), ("–", "-"), ("№", "N")):
            t = t.replace(a, b)
    return t


def text_part(body, sub="plain", charset="utf-8", enc="8bit"):
    body = k8(body, charset)
    return MIMEText(body, sub, cs(charset, enc))


def hdr(s, charset="utf-8"):
    s = k8(s, charset)
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset)


def addr(p, charset="utf-8"):
    if p[0].isascii():
        return formataddr(p)
    return formataddr((str(Header(p[0], charset).encode()), p[1]))


letters, labels = [], {}
n = [0]


def L(frm, date, subj, body=None, label=None, charset="utf-8", enc="8bit", kind="plain",
      html=None, extra=None, msg=None, reply_to_sub=None):
    n[0] += 1
    name = "%03d.eml" % n[0]
    y, mo, d, h, mi = date
    dt = datetime.datetime(2026, mo, d, h, mi, (n[0] * 7) % 60, tzinfo=MSK)
    if msg is None:
        if kind == "plain":
            msg = text_part(body, "plain", charset, enc)
        elif kind == "html":
            msg = text_part(html, "html", charset, enc)
        elif kind == "alt":
            msg = MIMEMultipart("alternative")
            msg.attach(text_part(body, "plain", charset, enc))
            msg.attach(text_part(html, "html", charset, enc))
    msg["From"] = addr(frm, charset)
    msg["To"] = addr(TO, charset)
    if frm is U2 and not subj.isascii():
        qc = CS.Charset("utf-8"); qc.header_encoding = CS.QP
        msg["Subject"] = Header(subj, qc)
    else:
        msg["Subject"] = hdr(subj, charset)
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = "<%s.%d.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), 4100 + n[0], "szs",
                                           frm[1].split("@")[1])
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        msg[k] = v
    letters.append((dt, n[0], msg, label))


def dec(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}


def rev(note):
    return {"expect": "review", "note": note}


def ign(note):
    return {"expect": "ignored", "note": note}


A, V, M, U = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

MAILER_D = {"X-Mailer": "Microsoft Outlook 16.0"}
BAT = {"X-Mailer": "The Bat! (v9.4.5) Professional"}
TAB = {"X-Mailer": "Samsung Email"}

# ---------------------------------------------------------------- 342517
cust_342517 = """От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Дата: 03.11.2026 09:02
Тема: Заявка № 342517 вывоз снега

Направляем заявку № 342517 на вывоз снега:
1. двор ул. Садовая д. 12-18
2. двор ул. Ленина д. 44/2
3. ул. Кирова (от д. 3 до д. 27)
Срок — до 06.11.2026. Прошу подтвердить принятие.
Дежурный диспетчер Лаптева Н.В."""
L(D, (2026, 11, 3, 9, 41), "RE: Заявка № 342517 вывоз снега",
  "Добрый день.\nЗаявку 342517 приняли в работу, вывоз начнём с вечерней смены." + SIG_D + "\n\n" + q(cust_342517),
  dec("342517", [], A, "dispatcher confirms acceptance; customer request quoted below"),
  charset="windows-1251", enc="qp", extra=MAILER_D)

L(F, (2026, 11, 3, 20, 14), "Вывоз снега Садовая 12-18 / заявка 342517",
  "Добрый вечер. По заявке 342517 позиция 1 (двор Садовая 12-18): выход техники с базы на Промышленном пр-де, 4 был в 19:40, "
  "идёт трактор МТЗ-82 гос. номер 4517 ХА 77 с отвалом и щёткой и КамАЗ 65115 гос. номер А 342 ВС 750 под погрузку, "
  "погрузчик Амкодор подойдёт своим ходом, сейчас все в дороге, на месте будем минут через 20, пробка на Ленинском." + SIG_F,
  dec("342517", ["1"], V, "'сейчас все в дороге, будем через 20 минут'; plate numbers and model numbers are not request numbers"),
  extra=TAB)

L(F, (2026, 11, 4, 1, 12), "342517 п.1 итог за вечер",
  "Доброй ночи, пишу по вчерашней вечерней смене. По 342517 п.1 (Садовая 12-18) прибыли в 20:05, МТЗ сгребал в валы, "
  "Амкодор грузил, КамАЗ А342ВС делал ходки на снегоплавильный пункт на ул. Заречной, всего 7 рейсов, это примерно 84 тонны. "
  "Двор зачистили, тротуар вдоль д. 14 и д. 16 тоже прошли щёткой, в 00:20 закончили и техника со двора ушла. "
  "Ленина 44/2 и Кирова по плану будем делать следующей ночью." + SIG_F,
  dec("342517", ["1"], U, "night letter about previous evening: arrival 20:05 then finished and left 00:20; other positions only planned"),
  extra=TAB)

L(D, (2026, 11, 4, 22, 31), "342517-2 на линии",
  "Техника на линии с 22:10, Ленина 44/2." + SIG_D2,
  dec("342517", ["2"], M, "'техника на линии' = working on site; position after dash in subject"),
  charset="windows-1251", enc="qp", extra=MAILER_D)

prev4 = "Техника на линии с 22:10, Ленина 44/2.\n\nдисп. Семёнова"
L(F, (2026, 11, 5, 6, 3), "Re: 342517-2 на линии",
  "Всё, Ленина 44/2 готово, двор вычистили полностью, вывезли 5 рейсов (~60 т). Снялись в 05:40, "
  "техника ушла на базу на заправку. Кирову сделаем сегодня в ночь.\n\n04.11.2026, 22:31, Диспетчер СеверЗеленСтрой пишет:\n" + q(prev4) + SIG_F2,
  dec("342517", ["2"], U, "Re: subject still says 'на линии' but body reports finished and left; position from subject"),
  extra=TAB)

L(F, (2026, 11, 6, 4, 17), "342517 3-я позиция Кирова",
  "Ул. Кирова от дома 3 до дома 27 отработали: два МТЗ-82 (4517 ХА 77 и 3398 ХК 77) сгребали с проезжей части к бортовому камню, "
  "погрузчик и два КамАЗа вывозили, итого за ночь 9 рейсов, около 110 т. Закончили в 03:55, ушли с объекта, "
  "акты по рейсам передам завтра." + SIG_F,
  dec("342517", ["3"], U, "3-я позиция finished and left; plates and house numbers are not request numbers"),
  enc="b64", extra=TAB)

# ---------------------------------------------------------------- 342603
L(D, (2026, 11, 4, 7, 52), "RE: Посыпка тротуаров ул. Мира, ул. Гагарина (342603)",
  None, dec("342603", [], A, "HTML-only short acceptance, number in brackets in subject"),
  kind="html", charset="windows-1251", enc="b64", extra=MAILER_D,
  html="<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body>"
       "<p>Доброе утро!</p><p>Приняли. Машина с реагентом выйдет в течение часа.</p>"
       "<p>Ольга Семёнова<br>диспетчер ООО &laquo;СеверЗеленСтрой&raquo;<br>тел. 8 (495) 343-89-01</p>"
       "<div style='border-top:1px solid #E1E1E1'><b>От:</b> Диспетчерская ОМИС &lt;dispatch@zakazchik-omis.ru&gt;<br>"
       "<b>Отправлено:</b> 4 ноября 2026 г. 7:31<br><b>Кому:</b> dispetcher@severzelen.ru<br>"
       "<b>Тема:</b> Посыпка тротуаров ул. Мира, ул. Гагарина (342603)</div>"
       "<p>Прошу обработать тротуары противогололёдным реагентом: 1) ул. Мира, 2) ул. Гагарина. Гололёд!</p></body></html>")

L(F, (2026, 11, 4, 8, 38), "342603 п1 Мира",
  "ГАЗ-3309 с пескоразбрасывателем гос. номер В 817 КТ 750 выехал с базы на ул. Мира, на борту 2 т реагента ХКФ, "
  "водитель Силантьев, ориентировочно будет в 9:00. Заявка 342603, П1." + SIG_F,
  dec("342603", ["1"], V, "left the base FOR the site (выехал с базы на ул. Мира) = on the way"),
  extra=TAB)

L(F, (2026, 11, 4, 11, 22), "342603 выполнено",
  "По заявке 342603 — П1 ул. Мира и П2 ул. Гагарина обработаны полностью, обе стороны тротуаров, расход реагента 1,8 т. "
  "Машина в 11:05 вернулась на базу." + SIG_F2,
  dec("342603", ["1", "2"], U, "both positions done, machine returned to base"),
  extra=TAB)

# ---------------------------------------------------------------- 342688
L(G, (2026, 11, 5, 10, 33), "Re: Заявка 342688 обрезка деревьев",
  "Добрый день, Наталья Валерьевна.\n\nЗаявку 342688 на обрезку деревьев получили, принимаем в работу. Бригада арбористов "
  "начнёт с четверга, 06.11, со сквера у ДК, дальше по порядку. Автовышку берём свою.\n"
  + SIG_G + "\n\n-- Original message --\nFrom: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nTo: director@severzelen.ru\n"
  "Date: 05.11.2026, 10:01\nSubject: Заявка 342688 обрезка деревьев\n\n" + q("Прошу принять заявку 342688 на обрезку деревьев (4 позиции, см. вложение).\nЛаптева Н.В.", "> "),
  dec("342688", [], A, "director accepts; start is a plan but acceptance happened; KOI8-R"),
  charset="koi8-r", enc="8bit", extra=BAT)

L(F, (2026, 11, 6, 8, 14), "342688 / позиция 1 сквер у ДК",
  "Доброе утро. Бригада арбористов 4 человека выехала на сквер у ДК «Строитель» по заявке 342688, позиция 1. "
  "С нами автовышка АГП-22 гос. номер Р 560 ОМ 50 и измельчитель веток Tirex 150. Будем в течение получаса, ограждение и знаки везём." + SIG_F,
  dec("342688", ["1"], V, "crew left for the site"),
  extra=TAB)

L(F, (2026, 11, 6, 9, 6), "342688/1",
  "на месте, выставили ограждение, начали кронирование лип" + SIG_F2,
  dec("342688", ["1"], M, "short on-site note, request/position in subject with slash"),
  extra=TAB)

L(F, (2026, 11, 6, 16, 52), "Сквер у ДК - обрезка выполнена (342688 п.1)",
  "Андрей, прораб. По 342688 п.1 работы завершены: обрезано 14 лип и 3 клёна, сухостой удалён, ветки собраны и частично "
  "измельчены, остальное сложено у площадки для вывоза (вывоз — по отдельной заявке). Ограждение сняли, со сквера уехали в 16:30." + SIG_F,
  dec("342688", ["1"], U, "work finished, left at 16:30; 'отдельной заявке' has no number"),
  extra=TAB)

L(F, (2026, 11, 7, 12, 2), "342688 поз. 2 и 3",
  "По заявке 342688: поз. 2 (двор Советская 9) обрезку закончили в 11:40, бригада оттуда ушла; поз. 3 (Советская 11) "
  "сейчас работаем, вышка стоит у 2-го подъезда, там ещё 6 деревьев." + SIG_F,
  rev("different statuses for different positions: п.2 убыл, п.3 на месте"),
  extra=TAB)

L(F, (2026, 11, 8, 8, 31), "342688 4я позиция",
  "Прибытие бригады на аллею парка Дружбы 08:20, приступили. Заявка 342688 поз 4." + SIG_F2,
  dec("342688", ["4"], M, "noun form 'прибытие ... приступили'"),
  extra=TAB)

L(D, (2026, 11, 8, 15, 34), "Re: 342688 поз 3, 4",
  "Советская 11 и аллея в парке Дружбы — готово, бригада освободилась в 15:10." + SIG_D2 + "\n\n"
  "-----Original Message-----\nFrom: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\nSent: Sunday, November 08, 2026 1:15 PM\n"
  "To: dispetcher@severzelen.ru\nSubject: 342688 поз 3, 4\n\nКогда планируете закончить поз. 3 и 4?",
  dec("342688", ["3", "4"], U, "'готово, бригада освободилась' = finished; positions from subject"),
  charset="windows-1251", enc="qp", extra=MAILER_D)

# ---------------------------------------------------------------- 342745
L(D, (2026, 11, 7, 7, 12), "Обращение 342745",
  "Обращение 342745 (вывоз порубочных остатков) приняли, вывоз запланирован на 10.11, манипулятор." + SIG_D,
  dec("342745", [], A, "accepted; date 10.11 and phone are not request numbers"),
  charset="windows-1251", enc="b64", extra=MAILER_D)

L(F, (2026, 11, 10, 9, 33), "заявка 342745 позиция 1",
  "КамАЗ-43118 с манипулятором гос. номер Е 274 МР 750 прибыл на Советскую 9, начали грузить ветки и чурки после обрезки, "
  "объём примерно 18 кубов, думаю в 2 рейса управимся." + SIG_F,
  dec("342745", ["1"], M, "arrived and loading"),
  extra=TAB)

fwd17 = """-------- Пересылаемое сообщение --------
От кого: Участок 2 СеверЗелен <uchastok2.severzelen@mail.ru>
Кому: prorab.kuzmin@severzelen.ru
Дата: Вторник, 10 ноября 2026, 13:51 +03:00
Тема: 342745 п2

парк Дружбы вывезли, 3 рейса, 21 куб, полигон ТБО талон 004712. уехали в 13:45

Ринат"""
L(F, (2026, 11, 10, 14, 6), "Fwd: 342745 п2",
  "Пересылаю отчёт бригадира по парку Дружбы.\n\n" + fwd17 + SIG_F2,
  dec("342745", ["2"], U, "forwarded crew report: вывезли, уехали; coupon number is not a request"),
  extra=TAB)

# ---------------------------------------------------------------- 342902
L(D, (2026, 11, 9, 16, 26), "342902 принята",
  "принята" + SIG_D2,
  dec("342902", [], A, "bare number in subject, one-word body"),
  charset="windows-1251", enc="8bit", extra=MAILER_D)

L(F, (2026, 11, 10, 0, 47), "Наряд 342902 участок №3 вечерняя смена",
  "Отчёт за вечернюю смену 09.11. По наряду 342902 техника на линии с 21:00: фронтальный погрузчик SDLG LG936 и два КамАЗа 6520 "
  "(О 915 ЕН 750, О 916 ЕН 750), до полуночи вывезли 96 т, это 8 рейсов. Территория большая, снега по колено после вчерашнего, "
  "остаёмся работать до утра, к 7:00 рассчитываю закрыть." + SIG_F,
  dec("342902", [], M, "after-midnight letter: machines on the line, still working; 'участок №3' is the site name, not a position"),
  extra=TAB)

L(F, (2026, 11, 10, 7, 21), "Re: Наряд 342902 участок №3 вечерняя смена",
  "Закончили в 06:50. Территория участка №3 чистая, подъезды к складам и КПП расчищены. Всего за смену 19 рейсов / 228 т. "
  "Техника с линии снята, ушла на базу.\n\n> Отчёт за вечернюю смену 09.11. По наряду 342902 техника на линии с 21:00 ...\n> остаёмся работать до утра" + SIG_F2,
  dec("342902", [], U, "finished, machinery taken off the line; quote says 'на линии' (old)"),
  extra=TAB)

L(G, (2026, 11, 10, 10, 5), "Акт № 118 по заявке 342902",
  "Добрый день.\n\nНаправляем акт выполненных работ № 118 от 10.11.2026 по заявке 342902 (вывоз снега, участок №3), "
  "объём 228 т, сумма 186 400,00 руб. в т.ч. НДС. Просим подписать и вернуть скан, оригинал передадим с водителем. "
  "Договор № 34/2026-ЗС от 01.10.2026." + SIG_G,
  rev("act / price talk, no status report"),
  charset="koi8-r", enc="b64", extra=BAT)

# ---------------------------------------------------------------- 343014
L(D, (2026, 11, 11, 18, 21), "RE: Заявка №343014 уборка снега дворы",
  "Добрый вечер. Заявку №343014 приняли. Выход техники сегодня в 22:00." + SIG_D,
  dec("343014", [], A, "accepted; departure is a plan"),
  kind="alt", charset="windows-1251", enc="qp", extra=MAILER_D,
  html="<html><body><p>Добрый вечер. Заявку <b>№343014</b> приняли. Выход техники сегодня в 22:00.</p>"
       "<p>Ольга Семёнова<br>диспетчер ООО &laquo;СеверЗеленСтрой&raquo;<br>тел. 8 (495) 343-89-01, доб. 2</p></body></html>")

L(F, (2026, 11, 11, 22, 16), "343014 выход техники",
  "Выход техники 21:55. МТЗ-82 гос. 4517 ХА 77 и МТЗ-82 гос. 3398 ХК 77 с отвалами выдвинулись на Пушкина 5 и Пушкина 7 "
  "(П1 и П2), КамАЗ под вывоз подойдёт к 23:00 с другого объекта. Чехова 14 (П3) будем делать завтра." + SIG_F,
  dec("343014", ["1", "2"], V, "'выход техники 21:55 ... выдвинулись на' = on the way; П3 only planned"),
  extra=TAB)

L(F, (2026, 11, 12, 2, 34), "343014 П1 П2 за вчера",
  "По вчерашней вечерней по 343014: П1 и П2 (Пушкина 5, Пушкина 7) отработали, снег сгребли от подъездов и с парковки, "
  "вывезли 6 рейсов на ССП. Во дворе Пушкина 7 мешали машины у 3 подъезда, там оставили полосу, жильцов предупредили. "
  "Техника ушла со дворов в 02:05." + SIG_F,
  dec("343014", ["1", "2"], U, "night letter: техника ушла со дворов"),
  enc="qp", extra=TAB)

L(U2, (2026, 11, 12, 21, 42), "343014 (3)",
  "Чехова 14 на месте, начали" + SIG_U2,
  dec("343014", ["3"], M, "position in brackets in subject"),
  enc="b64")

cust26 = """Добрый вечер. Подскажите, во сколько закончите по Чехова 14? Жильцы звонят, просят освободить проезд к 6:00.
Лаптева Н.В."""
L(U2, (2026, 11, 13, 0, 22), "Re: 343014 (3)",
  "Добрый. Ориентировочно к 3 часам закончим, проезд освободим до 6 точно." + SIG_U2 + "\n\n\nПятница, 13 ноября 2026, 0:05 +03:00 от Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>:\n" + q(cust26),
  rev("answer to a question: only a forecast, no new status"),
  enc="b64")

L(U2, (2026, 11, 13, 3, 37), "343014-3",
  "чехова 14 все, уехали. 4 рейса" + SIG_U2,
  dec("343014", ["3"], U, "'всё, уехали'"),
  enc="b64")

# ---------------------------------------------------------------- 343156
L(D, (2026, 11, 12, 8, 51), "Принято в работу 343156",
  "Принято в работу, спил тополя на Лесной 21, бригада собирается." + SIG_D2,
  dec("343156", [], A, "accepted"),
  charset="windows-1251", enc="qp", extra=MAILER_D)

L(F, (2026, 11, 12, 10, 41), "Аварийный тополь Лесная 21 (заявка 343156)",
  "По аварийному тополю на Лесной 21 — выехали, будем через 30 минут. С собой автовышка, две бензопилы Stihl MS 462, "
  "лебёдка и КамАЗ под порубочные. Попросите УК убрать машины от 1 подъезда, если можно." + SIG_F,
  dec("343156", [], V, "'выехали, будем через 30 минут'"),
  extra=TAB)

L(F, (2026, 11, 12, 14, 12), "343156",
  "Спил на Лесной 21 выполнен: тополь диаметром ~70 см спилили частями с вышки, ствол разделан, порубочные вывезли одним рейсом, "
  "двор подмели. С Лесной выехали в 14:00, крышу гаражей не задели, претензий от жильцов нет." + SIG_F,
  dec("343156", [], U, "'с Лесной выехали' = left FROM the site"),
  extra=TAB)

L(B, (2026, 11, 12, 14, 30), "Автоответ: Re: 343156",
  "Здравствуйте!\n\nЯ в отпуске до 20.11.2026 и не имею доступа к почте. По срочным вопросам обращайтесь к диспетчеру "
  "по тел. 8 (495) 343-89-01 или на dispetcher@severzelen.ru.\n\nС уважением,\nМарина Белова",
  ign("out-of-office auto-reply mentioning request number in subject"),
  charset="windows-1251", enc="qp",
  extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "X-Mailer": "Microsoft Outlook 16.0"})

# ---------------------------------------------------------------- 343389
L(D, (2026, 11, 14, 5, 56), "343389",
  "Приняли 343389. Реагентная машина будет готова к выезду в 6:30." + SIG_D,
  dec("343389", [], A, "accepted; phone 343-89-01 in signature resembles request number but is a phone"),
  charset="windows-1251", enc="qp", extra=MAILER_D)

L(F, (2026, 11, 14, 6, 36), "343389 П1",
  "343389 П1 ВЫЕХАЛИ НА ПЕШЕХОДНЫЙ МОСТ, ЧЕРЕЗ 15 МИН БУДЕМ" + SIG_F2,
  dec("343389", ["1"], V, "caps, on the way"),
  extra=TAB)

L(F, (2026, 11, 14, 7, 42), "343389 мост и остановки",
  # Latin look-alikes inside words: o (U+006F), a (U+0061), e (U+0065), c (U+0063)
  "343389 пoз.1 и пoз.2 oбрабoтаны: мост пo всей длине, oстанoвки на Мира вce 4 павильoна тoже. Расхoд 0,6 т. Уехали." + SIG_F2,
  dec("343389", ["1", "2"], U, "Latin 'o'/'e'/'c' look-alikes inside Cyrillic words; уехали"),
  extra=TAB)

L(F, (2026, 11, 14, 9, 2), "лестница к набережной 343389",
  "По 343389 лестница к набережной — ещё не выезжали, ждём вторую машину, первая ушла на заправку. Как только будет, сообщу." + SIG_F2,
  rev("negation: not yet departed"),
  extra=TAB)

L(F, (2026, 11, 14, 11, 14), "343389 позиция 3",
  "Позиция 3 лестница: на месте с 11:00, посыпаем вручную, машина туда не подъезжает, носим вёдрами." + SIG_F2,
  dec("343389", ["3"], M, "on site"),
  extra=TAB)

orig37 = """From: Кузьмин Андрей [mailto:prorab.kuzmin@severzelen.ru]
Sent: Saturday, November 14, 2026 12:22 PM
To: dispetcher@severzelen.ru
Subject: лестница

лестница к набережной готова, все ступени и площадка посыпаны, ушли в 12:20"""
L(D, (2026, 11, 14, 12, 30), "FW: лестница (343389 п.3)",
  "Пересылаю сообщение прораба по заявке 343389, п.3.\n\n-----Original Message-----\n" + orig37,
  dec("343389", ["3"], U, "Outlook forward of foreman's report; request/position in subject"),
  charset="windows-1251", enc="b64", extra=MAILER_D)

# ---------------------------------------------------------------- 343471
L(G, (2026, 11, 16, 12, 34), "Наряд 343471",
  "Наряд 343471 принят. Парк Победы, выход техники в ночь с 16 на 17 ноября, ответственный прораб Кузьмин А.С., тел. +7 (916) 342-51-70." + SIG_G,
  dec("343471", [], A, "accepted; KOI8-R; phone number not a request"),
  charset="koi8-r", enc="8bit", extra=BAT)

L(F, (2026, 11, 16, 22, 4), "выход техники 343471",
  "Выход техники по 343471 в 22:00 с базы, колонна: погрузчик SDLG, три КамАЗа 6520 и МТЗ-82 с щёткой. Идём в парк Победы через "
  "Заводскую, ориентировочно 22:30 на месте." + SIG_F,
  dec("343471", [], V, "column on the way"),
  extra=TAB)

L(F, (2026, 11, 16, 23, 52), "343471 центральная аллея",
  "Техника на линии в парке Победы по 343471: центральная аллея (поз 1) — работаем, погрузчик грузит с валов, КамАЗы ходят по кругу, "
  "на площадку у фонтана перейдём после." + SIG_F,
  dec("343471", ["1"], M, "'техника на линии ... работаем' for поз 1; поз 2 only planned"),
  extra=TAB)

L(F, (2026, 11, 17, 4, 21), "343471 итог ночи",
  "По 343471 по первой позиции всё, по второй (площадка у фонтана) тоже закончили в 04:05. Итого за ночь 23 рейса, 276 т, "
  "ССП на Заречной принял без замечаний. Из парка ушли, техника на базе." + SIG_F,
  dec("343471", ["1", "2"], U, "both positions finished and left"),
  enc="b64", extra=TAB)

mdn = MIMEMultipart("report", report_type="disposition-notification")
mdn.attach(text_part("Ваше сообщение\n\n  Кому: dispetcher@severzelen.ru\n  Тема: Заявка 343471 — уточнение по вывозу\n  Отправлено: 17.11.2026 8:40\n\nбыло прочитано 17.11.2026 8:55.",
                     "plain", "windows-1251", "qp"))
p2 = MIMEBase("message", "disposition-notification")
p2.set_payload("Reporting-UA: severzelen.ru; Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822;dispetcher@severzelen.ru\r\n"
               "Original-Message-ID: <A1B2C3@zakazchik-omis.ru>\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n")
mdn.attach(p2)
L(D, (2026, 11, 17, 8, 55), "Прочитано: Заявка 343471 — уточнение по вывозу", None,
  ign("read receipt (MDN)"), msg=mdn, charset="windows-1251", extra=MAILER_D)

L(F, (2026, 11, 17, 9, 40), "сводка за ночь",
  "Сводка за ночь 16-17.11: по 343471 парк Победы вывезли полностью, 23 рейса; по 343389 лестницу к набережной "
  "посыпали повторно в 5 утра, там опять подморозило. Замечаний нет." + SIG_F,
  rev("two different requests in one letter"),
  extra=TAB)

# ---------------------------------------------------------------- 343705
outl43 = """От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>
Отправлено: 18 ноября 2026 г. 9:03
Кому: dispetcher@severzelen.ru
Тема: заявка 343705

Прошу выполнить омолаживающую обрезку тополей: 1) ул. Заводская 30, 2) ул. Заводская 34. Согласование порубочного билета № 77-112 прилагаю."""
L(D, (2026, 11, 18, 9, 46), "RE: заявка 343705",
  "Принято.\n\n" + SIG_D.strip() + "\n\n" + outl43,
  dec("343705", [], A, "'Принято' above an Outlook header block"),
  kind="alt", charset="windows-1251", enc="qp", extra=MAILER_D,
  html="<html><body><p>Принято.</p><p>Ольга Семёнова<br>диспетчер</p><hr><p><b>От:</b> Диспетчерская ОМИС &lt;dispatch@zakazchik-omis.ru&gt;<br>"
       "<b>Отправлено:</b> 18 ноября 2026 г. 9:03<br><b>Кому:</b> dispetcher@severzelen.ru<br><b>Тема:</b> заявка 343705</p>"
       "<p>Прошу выполнить омолаживающую обрезку тополей: 1) ул. Заводская 30, 2) ул. Заводская 34. Согласование порубочного билета № 77-112 прилагаю.</p></body></html>")

L(F, (2026, 11, 18, 16, 10), "Заводская тополя 343705",
  "Добрый день, по тополям на Заводской (343705): завтра в 8:00 выезжаем, берём автовышку и измельчитель, "
  "прошу предупредить УК, чтобы жильцы убрали машины вдоль домов 30 и 34." + SIG_F,
  rev("plan for tomorrow, nothing happened yet"),
  extra=TAB)

L(F, (2026, 11, 19, 8, 11), "Re: Заводская тополя 343705",
  "Выезжаем на Заводскую 30 и 34, автовышка АГП-18 гос. номер Т 118 УС 50 и измельчитель, бригада 5 чел., через 20 мин будем.\n\n"
  "18.11.2026 16:10, Кузьмин Андрей пишет:\n> Добрый день, по тополям на Заводской (343705): завтра в 8:00 выезжаем" + SIG_F2,
  dec("343705", [], V, "present 'выезжаем ... через 20 мин будем' = on the way; number only in subject/quote; both positions = whole"),
  extra=TAB)

L(U2, (2026, 11, 19, 9, 2), "343705 поз. 3",
  "343705 поз. 3 на месте, начинаем" + SIG_U2,
  rev("position 3 does not exist in 343705 (only 1,2)"),
  enc="b64")

L(F, (2026, 11, 19, 17, 22), "343705 выполнено",
  "Тополя на Заводской: у д. 30 — омолаживающая обрезка 6 шт. выполнена, у д. 34 — 4 шт. выполнена, щепу вывезли, "
  "тротуары подмели. По 343705 всё, уехали в 17:00." + SIG_F,
  dec("343705", [], U, "both addresses done, left; no position numbers"),
  extra=TAB)

bounce = MIMEMultipart("report", report_type="delivery-status")
bounce.attach(text_part("This is the mail system at host mx.severzelen.ru.\n\nI'm sorry to have to inform you that your message could not\n"
                        "be delivered to one or more recipients.\n\n<dispath@zakazchik-omis.ru>: host mx.zakazchik-omis.ru[91.210.14.7]\n"
                        "said: 550 5.1.1 User unknown (in reply to RCPT TO command)", "plain", "us-ascii", "8bit"))
from email import message_from_string
ds = MIMEBase("message", "delivery-status")
ds.set_payload([message_from_string("Reporting-MTA: dns; mx.severzelen.ru\n\n"),
                message_from_string("Final-Recipient: rfc822; dispath@zakazchik-omis.ru\nAction: failed\nStatus: 5.1.1\n"
                                    "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\n")])
bounce.attach(ds)
orig = text_part("343705 выполнено, уехали в 17:00", "plain", "utf-8", "b64")
orig["From"] = addr(F); orig["To"] = "dispath@zakazchik-omis.ru"; orig["Subject"] = hdr("343705 выполнено")
bounce.attach(MIMEMessage(orig))
L(MD, (2026, 11, 19, 17, 23), "Undelivered Mail Returned to Sender", None,
  ign("delivery failure bounce; contains original report inside"), msg=bounce,
  extra={"Auto-Submitted": "auto-replied"})

# ---------------------------------------------------------------- 344018
L(D, (2026, 11, 20, 15, 22), "Заявка 344018",
  "Заявку 344018 взяли в работу, вывоз в ночь с 20 на 21." + SIG_D2,
  dec("344018", [], A, "taken into work"),
  charset="windows-1251", enc="qp", extra=MAILER_D)

tbl = ("<html><body><p>Отчёт по заявке 344018 на 22:40</p>"
       "<table border=1 cellpadding=3><tr><th>Поз.</th><th>Адрес</th><th>Техника</th><th>Статус</th></tr>"
       "<tr><td>1</td><td>ул. Садовая 20-26</td><td>МТЗ-82 4517 ХА 77, КамАЗ А342ВС750</td><td>на линии с 22:00</td></tr>"
       "<tr><td>2</td><td>ул. Октябрьская 3</td><td>погрузчик SDLG, КамАЗ О915ЕН750</td><td>на линии с 22:15</td></tr>"
       "<tr><td>3</td><td>школа №12</td><td>—</td><td>план после 02:00</td></tr></table>"
       "<p>Кузьмин А.С.</p></body></html>")
L(F, (2026, 11, 20, 22, 41), "344018 отчёт 22:40", None,
  dec("344018", ["1", "2"], M, "HTML table: rows 1,2 on the line; row 3 only planned"),
  kind="html", html=tbl, enc="qp", extra=TAB)

L(F, (2026, 11, 21, 3, 12), "344018 п1 п2",
  "344018 п1 п2 закончили в 02:50, вывезли 14 рейсов, с Садовой и Октябрьской ушли. Школу №12 (п3) сделаем следующей ночью, "
  "там ворота закрыты, нужен сторож." + SIG_F2,
  dec("344018", ["1", "2"], U, "п1 п2 done; п3 plan; 'школа №12' is an address"),
  extra=TAB)

L(U2, (2026, 11, 21, 23, 31), "344018 (3) школа",
  "344018 (3) школа № 12 — прибыли 23:10, сторож открыл, работаем" + SIG_U2,
  dec("344018", ["3"], M, "arrived, working"),
  enc="b64")

prev52 = "344018 (3) школа № 12 — прибыли 23:10, сторож открыл, работаем"
L(U2, (2026, 11, 22, 2, 16), "Re: 344018 (3) школа",
  "Закончили, убыли 02:00. Вывезено 5 рейсов, ворота закрыли.\n\n" + SIG_U2.strip() + "\n\n\nСуббота, 21 ноября 2026, 23:31 +03:00 от Участок 2 СеверЗелен:\nРА> " + prev52,
  dec("344018", ["3"], U, "убыли 02:00; request/position only in subject; quote with 'РА>' prefix"),
  enc="b64")

L(G, (2026, 11, 22, 11, 40), "Re: Претензия по 344018 — вал снега на Октябрьской 3",
  "Наталья Валерьевна, добрый день.\n\nС претензией ознакомились, вал у д. 3 по Октябрьской остался из-за припаркованных машин. "
  "Разберёмся, повторно направим технику сегодня в ночь, о результатах сообщу.\n" + SIG_G +
  "\n\n>> Вчера после вашей уборки по 344018 на Октябрьской 3 остался вал снега вдоль дома, жильцы жалуются. Прошу устранить.",
  rev("reply to a complaint, only a promise"),
  charset="koi8-r", enc="b64", extra=BAT)

# ---------------------------------------------------------------- 344262
L(D, (2026, 11, 23, 17, 31), "344262 – принято",
  "Принято, выход техники ориентировочно 23:30." + SIG_D2,
  dec("344262", [], A, "accepted, departure only planned"),
  charset="windows-1251", enc="8bit", extra=MAILER_D)

L(F, (2026, 11, 23, 23, 54), "Участки 7 и 8 (344262)",
  "Выход техники по 344262 в 23:30, МТЗ-82 с отвалом и ГАЗ с пескоразбрасывателем, идём сначала на участок территории №7 (поз 1) "
  "в квартале 5, потом на №8. Будем около полуночи." + SIG_F,
  dec("344262", ["1"], V, "on the way to поз 1; 'участок №7' is the site name, not position 7"),
  extra=TAB)

L(F, (2026, 11, 24, 1, 42), "344262 поз.1 участок 7",
  "По вчерашнему выходу: 344262 поз.1 (участок №7, кв-л 5) — прибыли в 00:10, сгребли снег с проездов и тротуаров, посыпали ПСС, "
  "расход 0,9 т. Очистка и посыпка закончены в 01:25, техника с участка убыла, переезжаем на восьмой." + SIG_F,
  dec("344262", ["1"], U, "arrival and departure both done — latest is убыл"),
  enc="qp", extra=TAB)

fwd57 = """-------- Пересылаемое сообщение --------
24.11.2026, 03:44, "Участок 2 СеверЗелен" <uchastok2.severzelen@mail.ru>:

П2 участок 8 на месте с 01:45 были, закончили в 03:40, все уехали на базу

-------- Конец пересылаемого сообщения --------"""
L(F, (2026, 11, 24, 3, 51), "Fwd: 344262 П2",
  fwd57 + SIG_F2,
  dec("344262", ["2"], U, "mail.ru-style forward of crew's report: finished and left"),
  extra=TAB)

L(F, (2026, 11, 24, 9, 10), "вопрос по 344262",
  "Подскажите, по заявке 344262 на следующую обработку какой реагент использовать — ХКФ или песко-соляную смесь? "
  "В квартале 5 много газонов, ХКФ лучше не сыпать." + SIG_F,
  rev("question only"),
  extra=TAB)

news = MIMEMultipart("alternative")
news.attach(text_part("СеверЗеленСтрой: новости зимнего сезона 2026/27\n\nМы обновили парк техники: 4 новых МТЗ-82.1, 2 КамАЗа 6520. "
                      "Заявки принимаем круглосуточно.\n\nОтписаться: https://severzelen.ru/unsubscribe?id=3430", "plain", "utf-8", "qp"))
news.attach(text_part("<html><body><h2>Новости зимнего сезона 2026/27</h2><p>Мы обновили парк техники: 4 новых МТЗ-82.1, 2 КамАЗа 6520.</p>"
                      "<p><a href='https://severzelen.ru/unsubscribe?id=3430'>Отписаться</a></p></body></html>", "html", "utf-8", "qp"))
L(NEWS, (2026, 11, 25, 10, 0), "Новости СеверЗеленСтрой: готовы к зиме!", None,
  ign("bulk mailing newsletter"), msg=news,
  extra={"Precedence": "bulk", "List-Unsubscribe": "<https://severzelen.ru/unsubscribe?id=3430>",
         "List-Id": "<news.severzelen.ru>"})

cal = MIMEMultipart("alternative")
cal.attach(text_part("Гришин О.В. принял это приглашение.\n\nСовещание по зимнему содержанию территории района\nЧетверг, 26 ноября 2026 г. 10:00–11:00\nАдминистрация, каб. 305",
                     "plain", "utf-8", "8bit"))
calp = MIMEText("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
                "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:director@severzelen.ru\r\nDTSTART:20261126T070000Z\r\n"
                "DTEND:20261126T080000Z\r\nSUMMARY:Совещание по зимнему содержанию\r\nUID:040000008200E00074C5B7101A82E008\r\n"
                "END:VEVENT\r\nEND:VCALENDAR\r\n", "calendar", "utf-8")
calp.set_param("method", "REPLY")
cal.attach(calp)
L(G, (2026, 11, 25, 14, 5), "Принято: Совещание по зимнему содержанию 26.11", None,
  ign("calendar meeting response generated by mail client"), msg=cal, extra={"X-Mailer": "Microsoft Outlook 16.0"})

# ---------------------------------------------------------------- more review / misc
L(F, (2026, 11, 18, 21, 58), "Садовая",
  "Выехали на Садовую, будем через 15 минут, КамАЗ следом." + SIG_F2,
  rev("no request number at all"),
  extra=TAB)

L(U2, (2026, 11, 17, 22, 30), "342571 поз 1",
  "342571 поз 1 на месте, работаем" + SIG_U2,
  rev("number 342571 not in registry (typo?)"),
  enc="b64")

L(D, (2026, 11, 13, 9, 15), "RE: 343014 замечания",
  "Спасибо, ваше письмо по 343014 получили, информацию передали прорабу." + SIG_D + "\n\n> Прошу учесть замечания жильцов Пушкина 7 по уборке у 3-го подъезда.",
  rev("acknowledgement of customer's message, no status"),
  charset="windows-1251", enc="qp", extra=MAILER_D)

ooo2 = text_part("Здравствуйте! Я сейчас не могу ответить, нахожусь на объекте. Ваше письмо получено, отвечу позже.\n\nЭто письмо создано автоматически.",
                 "plain", "utf-8", "b64")
L(U2, (2026, 11, 21, 9, 0), "Re: 344018 п1 п2", None,
  ign("mail.ru autoresponder, quotes request number in subject"), msg=ooo2,
  extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

# ---------------------------------------------------------------- extra decided variety
L(F, (2026, 11, 5, 22, 47), "342517 Кирова выезд",
  "Выдвигаемся на Кирова по 342517, третья позиция, два МТЗ и КамАЗ, на месте будем к 23:15." + SIG_F2,
  dec("342517", ["3"], V, "'выдвигаемся ... будем к 23:15' = on the way"),
  extra=TAB)

L(D, (2026, 11, 10, 9, 5), "342745 п.1 выезд",
  "Манипулятор выехал на Советскую 9 в 8:40." + SIG_D2,
  dec("342745", ["1"], V, "left for the site (выехал на)"),
  charset="windows-1251", enc="qp", extra=MAILER_D)

L(F, (2026, 11, 7, 8, 3), "Советская 9 (342688) п.2",
  "Бригада на Советской 9 с 7:50, вышка выставлена, пилим." + SIG_F2,
  dec("342688", ["2"], M, "number in brackets after address"),
  extra=TAB)

L(D, (2026, 11, 4, 8, 55), "Re: 342603 п1 Мира",
  "Прибыли на ул. Мира, начали посыпку от д. 1." + SIG_D2 + "\n\n> ГАЗ-3309 с пескоразбрасывателем гос. номер В 817 КТ 750 выехал с базы на ул. Мира",
  dec("342603", ["1"], M, "arrival; request in Re: subject"),
  charset="windows-1251", enc="qp", extra=MAILER_D)

L(F, (2026, 11, 14, 10, 48), "343389 п.3 выезд",
  "вторая машина пришла, выехали на лестницу к набережной по 343389 п.3" + SIG_F2,
  dec("343389", ["3"], V, "left for the site"),
  extra=TAB)

L(U2, (2026, 11, 21, 22, 49), "344018 п3",
  "едем на школу 12, минут 20" + SIG_U2,
  dec("344018", ["3"], V, "on the way; '12' is school number"),
  enc="b64")

L(D, (2026, 11, 10, 22, 0), "342902 ПРОДОЛЖЕНИЕ?",
  "Уточните, нужен ли повторный выход техники на участок №3 по 342902 после ночного снегопада? Готовы выйти в 23:00." + SIG_D2,
  rev("question / offer, no status"),
  charset="windows-1251", enc="qp", extra=MAILER_D)

L(G, (2026, 11, 6, 9, 15), "342603 — выезд",
  "Коллеги, сообщаю: по 342603 ещё раз обработали Гагарина (п.2) утром, повторный выезд был в 06:30, закончили в 07:40, машина ушла." + SIG_G,
  dec("342603", ["2"], U, "repeat treatment done and left"),
  charset="koi8-r", enc="8bit", extra=BAT)

L(F, (2026, 11, 16, 23, 5), "343471 прибытие",
  "Прибытие колонны в парк Победы 22:35, разворачиваемся у главного входа, по 343471 начали." + SIG_F2,
  dec("343471", [], M, "arrival; no position given explicitly (site name only)"),
  extra=TAB)

L(F, (2026, 11, 24, 0, 20), "344262 П1 прибытие",
  "П1 344262 — на участке №7 с 00:10, чистим проезды" + SIG_F2,
  dec("344262", ["1"], M, "on site"),
  extra=TAB)

L(F, (2026, 11, 19, 9, 25), "Re: Заводская тополя 343705",
  "19.11.2026 8:11, Кузьмин Андрей пишет:\n>> Выезжаем на Заводскую 30 и 34, автовышка АГП-18 ...\n\nПрибыли на Заводскую 30 (поз.1), выставляем ограждение, вышка работает. По 34-му дому после обеда.\n\nКузьмин",
  dec("343705", ["1"], M, "reply written under the quote; arrival поз.1; number only in subject"),
  extra=TAB)

L(F, (2026, 11, 23, 0, 35), "Re: Претензия по 344018 — вал снега на Октябрьской 3",
  "По претензии: вчера вечером вывезли вал у Октябрьской 3, 344018 п.2 — доработка выполнена в 23:40, 3 рейса, техника уехала.\n\n"
  "> Разберёмся, повторно направим технику сегодня в ночь, о результатах сообщу." + SIG_F2,
  dec("344018", ["2"], U, "night letter about previous evening: rework done, machinery left"),
  extra=TAB)

for f in os.listdir(LET):
    os.remove(os.path.join(LET, f))
for i, (dt, k, msg, label) in enumerate(sorted(letters, key=lambda x: (x[0], x[1])), 1):
    name = "%03d.eml" % i
    with open(os.path.join(LET, name), "wb") as fh:
        fh.write(msg.as_bytes())
    labels[name] = label
with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as fh:
    json.dump(registry, fh, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)
print(n[0], "letters")
