# -*- coding: utf-8 -*-
"""Generator for Shabanov's (ООО «УралКаркасСтрой») letters. stdlib only."""
import base64, binascii, json, os, zlib
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
TZ = timezone(timedelta(hours=5))  # Екатеринбург
DISP = "dispatch@zakazchik-omis.ru"
GK = ("Геннадий Шабанов", "shabanov@uralkarkas-stroy.ru")
GKM = ("Геннадий", "g.shabanov66@mail.ru")
U3 = ("Участок 3", "uchastok3@uralkarkas-stroy.ru")
KUD = ("Сергей Кудрин", "kudrin@uralkarkas-stroy.ru")
SIG = "\n\n--\nШабанов Г.К., прораб\nООО «УралКаркасСтрой»\nт. +7 912 604-18-33"
SIGM = "\n\nОтправлено из Почты Mail.ru"

letters = []
labels = {}
cnt = [0]

def enc_body(text, charset, cte):
    data = text.replace("\n", "\r\n").encode(charset)
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")
    if cte == "quoted-printable":
        return binascii.b2a_qp(data).decode("ascii").replace("\r\n", "\n").replace("\n", "\r\n")
    return data  # 8bit: bytes

def part(ctype, text, charset="utf-8", cte="base64", extra=""):
    body = enc_body(text, charset, cte)
    head = f"Content-Type: {ctype}; charset=\"{charset}\"\r\nContent-Transfer-Encoding: {cte}\r\n{extra}\r\n"
    if isinstance(body, bytes):
        return head.encode("ascii") + body
    return (head + body).encode("ascii")

def multipart(sub, parts, extra_params=""):
    cnt[0] += 1
    b = f"----=_Part_{cnt[0]:04d}_{zlib.crc32(sub.encode()) % 99999:05d}.uks"
    out = f"Content-Type: multipart/{sub}; boundary=\"{b}\"{extra_params}\r\n\r\n".encode()
    out += b"This is a multi-part message in MIME format.\r\n"
    for p in parts:
        out += f"\r\n--{b}\r\n".encode() + p
    out += f"\r\n--{b}--\r\n".encode()
    return out

def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def L(when, frm, subj, label, body=None, text=None, charset="utf-8", cte="base64",
      html=None, alt=False, extra=None, mailer=None, to=DISP, subj_cs=None, raw_body=None):
    n = len(letters) + 1
    name = f"{n:03d}.eml"
    dt = datetime.strptime(when, "%d.%m %H:%M").replace(year=2026, tzinfo=TZ)
    cs = subj_cs or charset
    h = []
    h.append("From: " + formataddr(frm, charset=cs))
    h.append("To: " + (to if "<" in to or "@" not in to else formataddr(("Диспетчерская", to), charset=cs)))
    h.append("Subject: " + hdr(subj, cs))
    h.append("Date: " + format_datetime(dt))
    h.append(f"Message-ID: <{dt.strftime('%Y%m%d%H%M')}.{n:03d}.{zlib.crc32(subj.encode())%100000:05d}@{frm[1].split('@')[1]}>")
    h.append("MIME-Version: 1.0")
    if mailer: h.append(mailer)
    for e in (extra or []): h.append(e)
    head = ("\r\n".join(h) + "\r\n").encode("ascii")
    if raw_body is not None:
        msg = head + raw_body
    elif alt:
        msg = head + multipart("alternative", [part("text/plain", text, charset, cte),
                                               part("text/html", html, charset, cte)])
    elif html is not None:
        msg = head + part("text/html", html, charset, cte)
    else:
        msg = head + part("text/plain", text, charset, cte)
    letters.append((name, msg))
    labels[name] = label

def D(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}
def R(note): return {"expect": "review", "note": note}
def I(note): return {"expect": "ignored", "note": note}

A = "заявка принята"; W = "подрядчик в пути"; M = "подрядчик на месте"; U = "подрядчик убыл"
OL = "X-Mailer: Microsoft Outlook 16.0"
TB = "X-Mailer: The Bat! (v9.4.5) Professional"
MR = "X-Mailer: Mail.ru Mail for Android"

def quote_outlook(sender, when, subj, text):
    return (f"\n\nОт: {sender}\nОтправлено: {when}\nКому: Шабанов Геннадий <shabanov@uralkarkas-stroy.ru>\n"
            f"Тема: {subj}\n\n{text}")

DQ = "Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"

# ================= 488113 =================
L("02.11 12:10", GK, "заявка 488113 вентиляция корп.2", D("488113", [], A, "принял заявку, люди завтра — план, но принятие уже состоялось"),
  text="Добрый день.\nЗаявку 488113 (Северный квартал, корп. 2, вентиляция) принял, люди будут завтра с утра, 6 человек." + SIG,
  charset="windows-1251", cte="quoted-printable", mailer=OL)

L("03.11 08:05", GKM, "488113", D("488113", [], W, "пересланный чат: бригада выехала на объект, позиции не названы"),
  text="По 488113 ребята выехали, кусок из чата ниже\n\n"
       "[03.11.26, 07:48:10] Рустам Хайруллин: выехали на Северный квартал, две машины\n"
       "[03.11.26, 07:48:51] Рустам Хайруллин: Газель М 488 АК 196 и моя\n"
       "[03.11.26, 07:49:02] Геннадий Шабанов: 👍\n" + SIGM,
  mailer=MR)

L("03.11 09:20", GK, "Re: заявка 488113 вентиляция корп.2", D("488113", ["1", "2"], M, "на месте секции 1 и 2, третья — план"),
  text="На месте, секция 1 и секция 2. Третью начнём после обеда, как подвезут короба.\n\n"
       "> Геннадий Кузьмич, когда будут люди по 488113?\n> Диспетчер Смирнова" + SIG,
  charset="windows-1251", cte="quoted-printable", mailer=OL)

L("04.11 18:30", GKM, "Fwd: чат Северный кв.", D("488113", ["1"], U, "по 1-й секции закончили и перешли на 2-ю — позиция 1 завершена"),
  text="488113 — секцию 1 закрыли.\n\n"
       "[04.11.26, 16:58:02] Рустам Хайруллин: по первой секции всё, воздуховоды повесили, за собой убрали\n"
       "[04.11.26, 17:01:45] Рустам Хайруллин: с первой ушли, завтра все на второй\n"
       "[04.11.26, 17:03:10] Олег Сафин: кто брал перфоратор макита? верните в бытовку\n" + SIGM, mailer=MR)

L("05.11 09:02", GK, "488113 п.3", D("488113", ["3"], M, "п.3 на месте с 8:30"),
  text="Добрый день,\nпо 488113 п.3 бригада на месте с 8:30, начали монтаж. Пропуска на 3 чел. оформлены на КПП №2." + SIG,
  charset="windows-1251", cte="8bit", mailer=OL)

L("06.11 17:40", GK, "Заявка 488113 — итог за день", D("488113", ["2", "3"], U, "HTML-таблица: секции 2 и 3 убыли"),
  html="<html><body><p>Добрый вечер.</p><p>По заявке 488113 на сегодня:</p>"
       "<table border=1 cellpadding=3><tr><th>Секция</th><th>Статус</th><th>Время</th></tr>"
       "<tr><td>2</td><td>работы завершены, убыли</td><td>16:20</td></tr>"
       "<tr><td>3</td><td>работы завершены, убыли</td><td>17:05</td></tr></table>"
       "<p>Акт КС-2 № 41 пришлю завтра.</p><p>Шабанов Г.К.</p></body></html>",
  charset="windows-1251", cte="quoted-printable", mailer=OL)

L("09.11 10:05", GK, "RE: 488113 замечания", R("благодарность/подтверждение получения замечаний, статуса нет"),
  text="Спасибо, замечания получил, по зазорам на решётках всё поправим на этой неделе, согласую время отдельно."
       + SIG + quote_outlook(DQ, "9 ноября 2026 г. 9:14", "488113 замечания",
                             "Геннадий Кузьмич, по 488113 технадзор выставил замечания, список во вложении."),
  charset="windows-1251", cte="quoted-printable", mailer=OL)

# ================= 488127 =================
L("02.11 16:40", GK, "Re: Заявка № 488127 — школа, Академическая", D("488127", [], A, "взяли в работу; ниже цитата письма диспетчера"),
  text="Взяли в работу.\n\n-----Original Message-----\nFrom: Диспетчерская ОМИС\nSent: Monday, November 2, 2026 4:31 PM\n"
       "To: shabanov@uralkarkas-stroy.ru\nSubject: Заявка № 488127 — школа, Академическая\n\n"
       "Направляем заявку № 488127, этажи 1 и 2, отделка коридоров. Прошу подтвердить.",
  charset="windows-1251", cte="base64", mailer=OL)

L("03.11 15:30", GKM, "488127", R("план: выедем завтра"),
  text="По школе 488127 — выедем завтра к 9, сегодня материал не довезли." + SIGM, mailer=MR)

L("04.11 08:40", GKM, "488127 школа", D("488127", [], W, "чат: едем, стоим в пробке — в пути"),
  text="Игорь Ложкин, 08:31: едем в школу, на Академической пробка, минут 20\nИгорь Ложкин, 08:33: с нами штукатуры двое\n" + SIGM,
  mailer=MR)

L("04.11 10:15", U3, "Наряд 488127", D("488127", ["1"], M, "1 этаж — бригада на месте"),
  text="Наряд 488127. 1 этаж - бригада на месте с 9:50, работают.\nМастер участка Ложкин И.В., т. 8-343-488-12-70",
  charset="koi8-r", cte="8bit", mailer=TB)

L("05.11 17:00", GK, "488127-2", D("488127", ["2"], U, "второй этаж завершили, машина ушла с объекта"),
  text="Второй этаж: завершили, мусор вывезли. Газель Х 127 КМ 196 ушла с объекта в 16:40." + SIG,
  charset="windows-1251", cte="quoted-printable", mailer=OL)

L("06.11 12:20", GKM, "488127 (1)", D("488127", ["1"], U, "первый этаж сдали, уехали"),
  text="первый этаж сдали мастеру школы, уехали. подписанный акт привезу" + SIGM, mailer=MR)

# ================= 488251 =================
L("03.11 13:30", GK, "кровля Малышева 84", D("488251", [], A, "номер в скобках после адреса, принято"),
  text="Кровля, Малышева 84 (488251) — принято, кровельщиков ставлю как погода позволит." + SIG,
  charset="windows-1251", cte="quoted-printable", mailer=OL)

L("04.11 07:50", GKM, "488251", R("отрицание: не выехали, ждём погоду"),
  text="По 488251 кровельщики сегодня не выехали, ветер 15 м/с, ждём погоду. Как стихнет — сообщу." + SIGM, mailer=MR)

L("07.11 07:55", GKM, "Fwd: чат Кровля", D("488251", [], W, "пересланный чат: выдвигаемся на кровлю"),
  text="по 488251\n\n[07.11.26, 07:41:03] Денис Мухаметов: мы выдвигаемся на Малышева, рулоны в машине\n"
       "[07.11.26, 07:41:40] Геннадий Шабанов: ок, ключ от выхода на крышу у вахтёра\n" + SIGM, mailer=MR)

L("07.11 15:00", GK, "Re: Fwd: чат Кровля", D("488251", [], M, "новое: залезли на кровлю, работают; в цитате — выдвигаемся"),
  text="Залезли на кровлю в 8:40, работают, к вечеру первый слой положат.\n\n"
       "07.11.2026 7:55, Геннадий пишет:\n> по 488251\n> [07.11.26, 07:41:03] Денис Мухаметов: мы выдвигаемся на Малышева, рулоны в машине\n" + SIG,
  charset="utf-8", cte="quoted-printable")

L("08.11 14:30", GK, "488251 готово", D("488251", [], U, "готово, бригада освободилась"),
  text="488251 готово, бригада освободилась в 14:10, мусор спустили. Гарантийный паспорт на мембрану ТехноНИКОЛЬ ЛОГИКРОФ V-RP 2,0 мм пришлю." + SIG,
  charset="windows-1251", cte="base64", mailer=OL)

# ================= 488309 =================
L("04.11 11:40", GK, "По заявке №488309", D("488309", [], A, "подтверждение принятия; номера договора и ИНН — не заявки"),
  text="Добрый день.\nПо заявке №488309 подтверждаю — в работу принята.\nДоговор субподряда № 17/26-УКС от 14.01.2026, ИНН 6658412390, КПП 665801001." + SIG,
  charset="windows-1251", cte="quoted-printable", mailer=OL)

L("05.11 07:30", GKM, "488309 Посадская", D("488309", ["1", "2"], W, "сводка + чат: двое выехали на этажи 1 и 2"),
  text="488309 этажи 1 и 2 — в пути\n\n"
       "[05.11.26, 07:12:40] Олег Сафин: выехал на Посадскую, беру 1 этаж\n"
       "[05.11.26, 07:20:03] Рустам Хайруллин: тоже выехал, со мной Саня, мы на 2-й\n" + SIGM, mailer=MR)

L("05.11 08:45", GKM, "Re: 488309 Посадская", D("488309", ["1", "2"], M, "чат: на 1-м и 2-м на месте"),
  text="оба на месте\n\nОлег Сафин, 08:31: на 1-м на месте, окна сняли с машины\nРустам, 08:40: я на втором, начинаем демонтаж\n" + SIGM,
  mailer=MR)

L("05.11 18:00", GKM, "488309 1 эт.", R("сводка «закончили» противоречит чату «ещё часа два»"),
  text="488309 1 эт. закончили\n\n"
       "[05.11.26, 17:55:12] Олег Сафин: на первом ещё часа на два, два блока не лезут в проём\n"
       "[05.11.26, 17:56:01] Олег Сафин: не успеваем до шести\n" + SIGM, mailer=MR)

L("06.11 11:30", GK, "488309 П1", D("488309", ["1"], U, "П1 убыли; по П2 — отпишусь позже"),
  text="488309: П1 убыли в 11:15, окна установлены, откосы завтра другой бригадой.\nПо П2 отпишусь позже." + SIG,
  charset="windows-1251", cte="quoted-printable", mailer=OL)

L("06.11 14:10", GKM, "488309 3 и 4", R("разные статусы для разных позиций: 3 — на месте, 4 — в пути"),
  text="488309: 3 этаж — на месте, 4 этаж — выехали с базы, будут через час" + SIGM, mailer=MR)

L("07.11 17:10", GK, "Re: 488309 — 3 и 4 этаж", D("488309", ["3", "4"], U, "HTML-only: 3 и 4 этаж завершены, убыли"),
  html="<div>Третий и четвёртый этажи — работы завершены, бригада убыла в 16:30.</div>"
       "<div>Вывезли 14 старых блоков, утилизация по договору.</div><div><br></div><div>Г.Шабанов</div>",
  charset="utf-8", cte="base64")

L("07.11 18:05", GK, "RE: 488309 поз2", D("488309", ["2"], U, "поз2 свернулись, уехали; ниже Original Message с вопросом диспетчера"),
  text="Свернулись, уехали в 17:50. Второй этаж весь.\n\n-----Original Message-----\nFrom: dispatch@zakazchik-omis.ru\n"
       "Sent: Saturday, November 7, 2026 3:02 PM\nSubject: 488309 поз2\n\nКогда закончите 2 этаж по 488309?",
  charset="windows-1251", cte="quoted-printable", mailer=OL)

# ================= 488342 =================
L("05.11 14:20", U3, "Обращение 488342", D("488342", [], A, "обращение получили, берём"),
  text="Обращение 488342 получили, берём. Герметик Оксид-Т 2 бочки на складе есть.\nУчасток 3",
  charset="koi8-r", cte="quoted-printable", mailer=TB)

L("06.11 09:10", GKM, "488342", D("488342", [], W, "выезжаем сейчас, будем через 40 мин"),
  text="Выезжаем на объект сейчас, будем минут через 40. Люлька своя." + SIGM, mailer=MR)

L("06.11 10:20", GKM, "Fwd: 488342 Челюскинцев", D("488342", ["1"], M, "чат: на месте, 1-я секция"),
  text="[06.11.26, 10:12:55] Павел Гурьев: на месте, 1-я секция, ключи у охраны взяли\n"
       "[06.11.26, 10:13:30] Павел Гурьев: люльку вешаем\n" + SIGM, mailer=MR)

L("06.11 13:45", GK, "488342 по второй секции — допуск", R("вопрос/жалоба про допуск, статуса нет"),
  text="Коллеги, по 488342 по второй секции вопрос: кто даёт допуск на кровлю 9 этажа для крепления люльки? Охрана не пускает без бумаги от УК. Телефон УК 8 (343) 488-09-90 не отвечает." + SIG,
  charset="windows-1251", cte="quoted-printable", mailer=OL)

L("07.11 15:30", GKM, "чат Челюскинцев", R("в письме две заявки: 488342 и 488476"),
  text="488342\n\nПавел Гурьев, 15:10: 2 секция готово\nПавел Гурьев, 15:12: уезжаем\n"
       "Олег Сафин, 15:20: по 488476 завтра кто едет? у меня машина в сервисе\n" + SIGM, mailer=MR)

L("08.11 12:00", GK, "488342 - 1,2 - убыли", D("488342", ["1", "2"], U, "обе секции убыли"),
  text="Обе секции, швы загерметизированы, люльку сняли, людей увёз в 11:40." + SIG,
  charset="windows-1251", cte="quoted-printable", mailer=OL)

# ================= 488476 =================
L("06.11 11:50", GK, "RE: Заявка 488476", D("488476", [], A, "принято; Outlook-цитата заявки ниже"),
  text="Добрый день. Принято." + SIG + quote_outlook(DQ, "6 ноября 2026 г. 11:17", "Заявка 488476",
       "Направляем заявку 488476, склад на Технологической, секции 1-3. Просьба подтвердить принятие."),
  charset="windows-1251", cte="quoted-printable", mailer=OL)

L("09.11 08:15", GKM, "488476 выехали", D("488476", [], W, "чат: едем на Технологическую"),
  text="488476 выехали\n\n[09.11.26, 08:02:17] Сергей Кудрин: едем на Технологическую, 3 чел, сварка в машине\n" + SIGM, mailer=MR)

L("09.11 09:40", GK, "488476 секц.", D("488476", ["1", "3"], M, "секции 3 и 1 на месте"),
  text="488476 секция 3 — на месте, секция 1 — тоже, варят стойки." + SIG,
  charset="windows-1251", cte="8bit", mailer=OL)

L("10.11 12:50", GK, "заявка 488476 п.1, п.3", D("488476", ["1", "3"], U, "п.1 и п.3 выполнены, уехали"),
  text="Заявка 488476 п.1, п.3 выполнена, ограждения смонтированы, уехали в 12:30." + SIG,
  charset="windows-1251", cte="base64", mailer=OL)

L("10.11 13:10", GKM, "488476/2", D("488476", ["2"], M, "на объекте с 13:00"),
  text="на объекте с 13:00, вторая секция" + SIGM, mailer=MR)

# forwarded crew e-mail (Gmail-like marker)
L("11.11 17:40", GKM, "Fwd: 488476 2 секция", D("488476", ["2"], U, "пересланное письмо бригадира: вторую секцию сделали, уехали"),
  text="пересылаю\n\n---------- Forwarded message ---------\nОт: Сергей Кудрин <kudrin@uralkarkas-stroy.ru>\n"
       "Date: ср, 11 нояб. 2026 г. в 17:31\nSubject: 2 секция\nTo: <g.shabanov66@mail.ru>\n\n"
       "Геннадий Кузьмич, вторую секцию на Технологической сделали, уехали в 17:20. Остаток профтрубы 40х20 — 6 шт, везём на базу.\n" + SIGM,
  mailer=MR)

# ================= 488518 =================
L("09.11 10:40", GK, "Re: 488518", D("488518", [], A, "приняли"),
  text="приняли, обмуровщики будут завтра\n\n> Заявка 488518, котельная пер. Встречный, прошу принять.",
  charset="utf-8", cte="base64")

L("09.11 11:25", GK, "488518 стоимость", R("разговор о цене/допсоглашении"),
  text="По 488518: после осмотра стоимость выходит больше — шамотного кирпича ШБ-5 надо 1,2 тыс. шт вместо 600. Без допсоглашения начинать не можем, прошу согласовать. Смета во вложении будет отдельным письмом." + SIG,
  charset="windows-1251", cte="quoted-printable", mailer=OL)

L("10.11 09:30", GKM, "488518", D("488518", [], M, "КАПС: бригада на месте"),
  text="488518 БРИГАДА НА МЕСТЕ, ДОПСОГЛАШЕНИЕ ПОДПИСАЛИ ВЧЕРА ВЕЧЕРОМ" + SIGM, mailer=MR)

L("10.11 16:00", GK, "488518 убытие", D("488518", [], U, "убытие 15:45"),
  text="Убытие 15:45. Печь сушится, растопку не раньше 13.11." + SIG,
  charset="windows-1251", cte="quoted-printable", mailer=OL)

# ================= 488590 =================
L("10.11 15:40", GK, "наряд 488590", D("488590", [], A, "наряд принял"),
  text="наряд 488590 принял, Шабанов", charset="windows-1251", cte="8bit", mailer=OL)

L("11.11 09:05", GKM, "488590 Амундсена", D("488590", ["1", "2"], M, "сводка отстаёт (выехали), в чате позже — на месте 1 и 2; берём последнее"),
  text="488590 — выехали\n\n[11.11.26, 08:10:44] Павел Гурьев: выехали на Амундсена\n"
       "[11.11.26, 08:55:09] Павел Гурьев: на месте, 1 и 2 секция, начинаем разбирать леса\n" + SIGM, mailer=MR)

L("11.11 16:20", GKM, "488590 п.1", D("488590", ["1"], U, "латинские буквы в словах: убыли/уехали по п.1"),
  text="488590 п.1 — yбыли, ребята с объекта уeхали в 16:05, леса с первой сeкции сняты и вывезены" + SIGM, mailer=MR)

L("12.11 12:45", GK, "RE: статус", D("488590", ["2"], U, "номер только в цитируемой теме Outlook-блока; по второй позиции убыли"),
  text="По второй позиции убыли в 12:30, леса вывезли на базу." + SIG + quote_outlook(DQ, "12 ноября 2026 г. 10:02",
       "Заявка 488590", "Геннадий Кузьмич, дайте статус по второй позиции."),
  charset="windows-1251", cte="quoted-printable", mailer=OL)

# ================= 488644 =================
L("11.11 12:35", U3, "Заявка #488644", D("488644", [], A, "приняли в работу; телефон с 488 — не номер заявки"),
  text="Заявка #488644 - приняли в работу.\nТел. прораба на объекте +7 (912) 488-31-07, Мухаметов Денис.",
  charset="koi8-r", cte="base64", mailer=TB)

L("12.11 07:40", GKM, "поликлиника 488644", D("488644", [], W, "чат: выехали; госномер не заявка"),
  text="[12.11.26, 07:30:02] Денис Мухаметов: выехали на Шефскую\n[12.11.26, 07:31:40] Денис Мухаметов: Газель В 644 ТО 96, профиль и гкл в кузове\n" + SIGM,
  mailer=MR)

L("12.11 09:20", GK, "488644 - 1 и 2 этаж", D("488644", ["1", "2"], M, "работаем на 1 и 2 этаже с 9:00"),
  text="На 1 и 2 этаже работаем с 9:00, стойки ПС-75 ставим." + SIG,
  charset="windows-1251", cte="quoted-printable", mailer=OL)

L("12.11 10:10", GKM, "объект", R("нет номера заявки"),
  text="Ребята на месте, всё ок" + SIGM, mailer=MR)

L("13.11 18:15", GK, "488644 итог", D("488644", ["1", "2", "3"], U, "multipart/alternative, таблица: все три этажа убыли"),
  text="Заявка 488644:\n1 этаж — закончили, убыли 17:10\n2 этаж — закончили, убыли 17:10\n3 этаж — закончили, убыли 17:45\n\nШабанов",
  html="<html><body><p>Заявка 488644:</p><table border=1><tr><td>Этаж</td><td>Статус</td><td>Время</td></tr>"
       "<tr><td>1</td><td>закончили, убыли</td><td>17:10</td></tr><tr><td>2</td><td>закончили, убыли</td><td>17:10</td></tr>"
       "<tr><td>3</td><td>закончили, убыли</td><td>17:45</td></tr></table><p>Шабанов</p></body></html>",
  alt=True, charset="windows-1251", cte="quoted-printable", mailer=OL)

L("14.11 10:30", GKM, "488644 п.4", R("позиции 4 у заявки нет"),
  text="488644 п.4 — закончили, подвал тоже зашили" + SIGM, mailer=MR)

# ================= 488731 =================
L("12.11 11:50", GK, "488731", D("488731", [], A, "взяли"),
  text="488731 взяли. Кирпич М150 заказали, завоз завтра." + SIG, charset="windows-1251", cte="quoted-printable", mailer=OL)

L("13.11 08:00", GKM, "Титова", D("488731", [], W, "выехали на Титова (номер в скобках после адреса)"),
  text="Выехали на Титова, 37 (488731), каменщики 4 чел" + SIGM, mailer=MR)

L("13.11 14:20", GKM, "488731 п1 чат", D("488731", ["1"], U, "чат: на месте 10:15, уехали 14:02 — берём последнее"),
  text="488731 п1\n\nСергей, 10:15: на месте, первая секция\nСергей, 12:40: кладку до отметки довели\nСергей, 14:02: уехали\n" + SIGM,
  mailer=MR)

L("14.11 09:15", U3, "488731 (2)", D("488731", ["2"], M, "прибытие 09:05"),
  text="488731 (2) прибытие 09:05.", charset="koi8-r", cte="8bit", mailer=TB)

L("14.11 17:05", GK, "Re: 488731 (2) прибытие", D("488731", ["2"], U, "тема говорит «прибытие», ответ под цитатой — убыли"),
  text="> 488731 (2) прибытие 09:05.\n\nзавершение работ 16:50, бригада убыла, леса оставили до приёмки" + SIG,
  charset="utf-8", cte="quoted-printable")

L("14.11 17:30", GKM, "уехали", R("две заявки в одном письме: 488731 и 488644"),
  text="488731 и 488644 — все уехали, инструмент на базе" + SIGM, mailer=MR)

# ================= 488806 =================
L("16.11 10:45", GK, "Заявка 488806 ЖК Изумрудный", D("488806", [], A, "приняли, по 4 секциям"),
  text="Заявку 488806 приняли, по всем 4 секциям. Фасадные кассеты получим 17.11 по накладной № 4881." + SIG,
  charset="windows-1251", cte="quoted-printable", mailer=OL)

L("17.11 16:30", GKM, "488806", R("план: завтра выезжаем"),
  text="488806 — завтра выезжаем на 1 и 2 секции, подъёмник заказан на 8:00" + SIGM, mailer=MR)

L("18.11 08:00", GKM, "Изумрудный", D("488806", ["1", "2"], W, "чат: едем на 1 и 2 (номер в сводке)"),
  text="по 488806\n\nОлег Сафин, 07:50: едем на Изумрудный, на 1 и 2, подъёмник уже там\n" + SIGM, mailer=MR)

L("18.11 09:00", GKM, "Re: Изумрудный", D("488806", ["1", "2"], M, "сводка и чат совпадают: на 1 и 2 на месте"),
  text="488806 — 1,2 на месте\n\n[18.11.26, 08:44:10] Олег Сафин: на 1 на месте\n[18.11.26, 08:51:33] Рустам Хайруллин: на второй тоже\n" + SIGM,
  mailer=MR)

L("19.11 10:10", GK, "488806 секции 3,4", D("488806", ["3", "4"], M, "приехали, начали"),
  text="Секции 3 и 4 — приехали, начали подсистему крепить. Дюбели Fischer SXRL 10x100 — 2000 шт." + SIG,
  charset="windows-1251", cte="base64", mailer=OL)

L("20.11 18:20", GK, "488806 поз 1-4", D("488806", ["1", "2", "3", "4"], U, "поз 1-4 — всё, уехали"),
  text="488806 поз 1-4 — всё, уехали. Подъёмник сдали арендатору в 18:00." + SIG,
  charset="windows-1251", cte="quoted-printable", mailer=OL)

L("23.11 11:00", GK, "RE: Акт по 488806", R("благодарность за акт, подпишет позже — статуса нет"),
  text="Спасибо за акт по 488806, подпишу в понедельник, сейчас на другом объекте." + SIG
       + quote_outlook(DQ, "23 ноября 2026 г. 9:40", "Акт по 488806", "Направляем акт приёмки по заявке 488806."),
  charset="windows-1251", cte="quoted-printable", mailer=OL)

# ================= 488962 =================
L("17.11 17:30", GK, "488962 Бебеля", D("488962", [], A, "«в работе» = принята"),
  text="488962 в работе. Наливной пол, смесь Ветонит 4100 заказали." + SIG,
  charset="windows-1251", cte="quoted-printable", mailer=OL)

L("18.11 09:10", GKM, "488962", R("отрицание: ещё не выехали"),
  text="по 488962 ещё не выехали, машина в ремонте, постараемся к обеду" + SIGM, mailer=MR)

L("19.11 10:05", GK, "Re: Re: 488962", D("488962", [], W, "в дороге, будем к 11; цитата диспетчера с префиксом ДС>"),
  text="ДС> Где бригада по 488962? Охрана ждёт с 9.\n\nв дороге, будем к 11, миксер уже на месте" + SIG,
  charset="utf-8", cte="base64")

L("19.11 11:30", GKM, "Fwd: Бебеля", D("488962", [], M, "пересланный чат (Telegram-экспорт): на месте"),
  text="488962\n\n-------- Пересылаемое сообщение --------\nДенис Мухаметов, [19.11.2026 11:20]\nна месте, заливаем\n" + SIGM, mailer=MR)

L("20.11 15:10", GK, "488962", D("488962", [], U, "пол залили, убрались, уехали"),
  text="Пол залили, за собой убрались, уехали в 15:00. Ходить можно не ранее 22.11." + SIG,
  charset="windows-1251", cte="quoted-printable", mailer=OL)

# ================= extra decided / review =================
L("10.11 08:20", GK, "обращение 488417", R("номер 488417 в реестре отсутствует"),
  text="По обращению 488417 на месте с 8:00, Уралмаш." + SIG, charset="windows-1251", cte="quoted-printable", mailer=OL)

# forward as message/rfc822 attachment (crew e-mail)
inner = ("From: " + formataddr(KUD, charset="utf-8") + "\r\nTo: g.shabanov66@mail.ru\r\nSubject: " + hdr("488644 3 этаж") +
         "\r\nDate: Thu, 12 Nov 2026 12:05:00 +0500\r\nMessage-ID: <inner.kudrin.1205@uralkarkas-stroy.ru>\r\nMIME-Version: 1.0\r\n").encode() + \
        part("text/plain", "3 этаж — заехали, разгрузились, работаем.")
L("12.11 12:20", GKM, "Fwd: 488644 3 этаж", D("488644", ["3"], M, "пересылка вложением message/rfc822: 3 этаж на месте"),
  raw_body=multipart("mixed", [part("text/plain", "по третьему этажу, от Кудрина" + SIGM),
                               b"Content-Type: message/rfc822\r\nContent-Disposition: inline\r\n\r\n" + inner]),
  mailer=MR)

L("10.11 08:50", GKM, "488518 выдвигаемся", D("488518", [], W, "предлог: с базы НА объект — в пути"),
  text="Выдвигаемся с базы на Встречный, через полчаса будем, кирпич ШБ-5 в кузове." + SIGM, mailer=MR)

# ================= ignored =================
L("24.11 09:00", GK, "Автоматический ответ: Акт по 488806", I("автоответ «в отпуске»"),
  text="Здравствуйте! Я в отпуске до 30.11.2026. По текущим заявкам обращайтесь к мастеру участка Ложкину И.В., uchastok3@uralkarkas-stroy.ru, т. +7 912 488-12-70.",
  charset="windows-1251", cte="quoted-printable", mailer=OL,
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: auto_reply"])

L("24.11 09:30", U3, "Out of office: 488731", I("автоответ участка"),
  text="Автоответ: участок 3 до 25.11 работает по выездному графику, письма читаем вечером.",
  charset="koi8-r", cte="8bit", mailer=TB, extra=["Auto-Submitted: auto-replied"])

bounce_report = ("Reporting-MTA: dns; mx.uralkarkas-stroy.ru\r\n\r\nFinal-Recipient: rfc822; dispetcher@zakazchik-omis.ru\r\n"
                 "Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n").encode()
bounce_orig = ("From: shabanov@uralkarkas-stroy.ru\r\nTo: dispetcher@zakazchik-omis.ru\r\nSubject: 488476\r\n"
               "Date: Wed, 11 Nov 2026 08:00:00 +0500\r\n\r\n").encode()
L("11.11 08:01", ("Mail Delivery System", "mailer-daemon@uralkarkas-stroy.ru"), "Undelivered Mail Returned to Sender",
  I("bounce: неверный адрес получателя"),
  raw_body=multipart("report", [part("text/plain", "Не удалось доставить письмо получателю dispetcher@zakazchik-omis.ru: пользователь не найден.\n"
                                     "Письмо: 488476, 3 секция на месте.", "utf-8", "8bit"),
                                b"Content-Type: message/delivery-status\r\n\r\n" + bounce_report,
                                b"Content-Type: text/rfc822-headers\r\n\r\n" + bounce_orig],
                     "; report-type=delivery-status"),
  extra=["Auto-Submitted: auto-replied"])

mdn = ("Reporting-UA: Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822; shabanov@uralkarkas-stroy.ru\r\n"
       "Original-Message-ID: <disp.488342.1@zakazchik-omis.ru>\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n").encode()
L("05.11 14:02", GK, "Прочитано: Обращение 488342", I("уведомление о прочтении"),
  raw_body=multipart("report", [part("text/plain", "Ваше сообщение\n  Тема: Обращение 488342\nбыло прочитано 05.11.2026 14:02.", "windows-1251", "quoted-printable"),
                                b"Content-Type: message/disposition-notification\r\n\r\n" + mdn],
                     "; report-type=disposition-notification"), mailer=OL)

L("16.11 07:00", ("УралКаркасСтрой — новости", "news@uralkarkas-stroy.ru"), "Новости УралКаркасСтрой: ноябрь 2026",
  I("рассылка компании"),
  html="<html><body><h2>УралКаркасСтрой: итоги октября</h2><p>Сдано 14 объектов, в работе заявки 488113, 488309 и другие.</p>"
       "<p>Бригады на месте в 97% случаев в срок!</p><p><a href='https://uralkarkas-stroy.ru/unsub'>Отписаться</a></p></body></html>",
  charset="utf-8", cte="base64",
  extra=["List-Unsubscribe: <https://uralkarkas-stroy.ru/unsub>", "Precedence: bulk", "List-Id: <news.uralkarkas-stroy.ru>"])

ics = ("BEGIN:VCALENDAR\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Геннадий Шабанов:mailto:shabanov@uralkarkas-stroy.ru\r\n"
       "SUMMARY:Совещание по 488806\r\nDTSTART:20261119T060000Z\r\nDTEND:20261119T070000Z\r\nUID:488806-meet-01@zakazchik-omis.ru\r\n"
       "END:VEVENT\r\nEND:VCALENDAR\r\n")
L("17.11 12:00", GK, "Принято: Совещание по 488806", I("ответ на приглашение календаря"),
  raw_body=multipart("alternative", [part("text/plain", "Шабанов Геннадий принял это приглашение.", "utf-8", "base64"),
                                     part("text/calendar", ics, "utf-8", "base64", extra="").replace(
                                         b"text/calendar; charset=\"utf-8\"", b"text/calendar; charset=\"utf-8\"; method=REPLY")]),
  mailer=OL)

# ================= write =================
for f in os.listdir(LET):
    if f.endswith(".eml"): os.remove(os.path.join(LET, f))
for name, msg in letters:
    with open(os.path.join(LET, name), "wb") as fh: fh.write(msg)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)
from collections import Counter
print(len(letters), Counter(v["expect"] for v in labels.values()))
