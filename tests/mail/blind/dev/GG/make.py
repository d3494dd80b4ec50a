#!/usr/bin/env python3
# Generator for contractor persona: OOO "TermoBurlak-Servis" (boiler & pump installers, translit crew)
import base64, quopri, json, os, datetime
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, "letters")
os.makedirs(LET, exist_ok=True)
for f in os.listdir(LET):
    os.remove(os.path.join(LET, f))

DOM = "termoburlak-servis.ru"
DISP = "Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>"
RUS = ("Ruslan Gafurov", "r.gafurov@" + DOM)
RUSM = ("Ruslan", "ruslan.termo.gaf@mail.ru")
TOL = ("Brigada 2 Shkarin", "brigada2@" + DOM)
OFF = ("Олеся Птицына", "office@" + DOM)

REG = {
 "contractor": {"name": "ООО «ТермоБурлак-Сервис»",
                "emails": [RUS[1], TOL[1], OFF[1], RUSM[1]],
                "domains": [DOM]},
 "requests": [
  {"number": "454117", "positions": ["1", "2"], "registered_at": "2026-11-02T08:30:00+03:00",
   "comment": "Котельная ул. Заводская 14: поз.1 котёл Buderus Logano G234, поз.2 циркуляционный насос Grundfos"},
  {"number": "454203", "positions": ["1"], "registered_at": "2026-11-03T09:00:00+03:00",
   "comment": "ЦТП-3: замена циркуляционного насоса Wilo"},
  {"number": "454236", "positions": ["1", "2", "3"], "registered_at": "2026-11-04T10:00:00+03:00",
   "comment": "ТО бойлеров косвенного нагрева: поз.1 корпус 1, поз.2 корпус 2, поз.3 корпус 3"},
  {"number": "454281", "positions": ["1", "2"], "registered_at": "2026-11-05T11:00:00+03:00",
   "comment": "Школа №12: поз.1 бойлер Drazice OKC 200, поз.2 насос подкачки"},
  {"number": "454309", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T08:00:00+03:00",
   "comment": "Котельная Промзона: проверка насосных групп, узлы 1-4"},
  {"number": "454352", "positions": ["1"], "registered_at": "2026-11-09T22:10:00+03:00",
   "comment": "Авария: течь пластинчатого теплообменника ИТП ул. Садовая 3"},
  {"number": "454418", "positions": ["1", "2"], "registered_at": "2026-11-10T12:00:00+03:00",
   "comment": "Общежитие пр. Мира 41: поз.1 бойлер ГВС, поз.2 насос ГВС"},
  {"number": "454477", "positions": ["1", "2", "3"], "registered_at": "2026-11-11T09:00:00+03:00",
   "comment": "Поликлиника: три электрокотла, ревизия и промывка"},
  {"number": "454530", "positions": ["1"], "registered_at": "2026-11-12T14:00:00+03:00",
   "comment": "Детсад №7: замена насоса Grundfos Magna3"},
  {"number": "454612", "positions": ["1", "2"], "registered_at": "2026-11-16T08:00:00+03:00",
   "comment": "Бассейн «Волна»: поз.1 теплообменник, поз.2 насос рециркуляции"},
  {"number": "454688", "positions": ["1", "2", "3"], "registered_at": "2026-11-18T10:00:00+03:00",
   "comment": "Административный корпус: три бойлера ГВС"},
  {"number": "454745", "positions": ["1"], "registered_at": "2026-11-20T12:00:00+03:00",
   "comment": "Гараж автобазы: настенный газовый котёл, диагностика"},
  {"number": "454803", "positions": ["1", "2"], "registered_at": "2026-11-23T09:00:00+03:00",
   "comment": "Столовая: поз.1 бойлер, поз.2 подпиточный насос"},
 ]}

LETTERS = []
LABELS = {}
_n = [0]

def enc_body(text, charset, cte):
    b = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        return quopri.encodestring(b.replace(b"\n", b"\r\n")).replace(b"\r\n", b"\n")
    return b  # 8bit / 7bit

def leaf(text, subtype="plain", charset="utf-8", cte="base64", extra=""):
    h = "Content-Type: text/%s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n\n" % (subtype, charset, extra, cte)
    return h.encode("ascii") + enc_body(text, charset, cte)

def addr(pair, charset="utf-8"):
    name, a = pair
    try:
        name.encode("ascii")
        return '"%s" <%s>' % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), a)

def subj(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()

def dt(d, hm):
    day = int(d); h, m = map(int, hm.split(":"))
    return datetime.datetime(2026, 11, day, h, m, (day * 7 + h) % 60,
                             tzinfo=datetime.timezone(datetime.timedelta(hours=3)))

def mid(host):
    _n[0] += 1
    return "<%d%05d.%s@%s>" % (1790000000 + _n[0] * 3137, _n[0] * 71 % 99999, "tb", host)

def write(label, frm, date, subject, body_bytes, headers_extra="", charset="utf-8", to=DISP, mh=None):
    _n[0] += 0
    idx = len(LETTERS) + 1
    fn = "%03d.eml" % idx
    host = mh or ("mail.yandex.ru" if frm[1].endswith(DOM) else "mail.ru")
    to_h = to
    if any(ord(c) > 127 for c in to):
        nm, a = to.split(" <")
        to_h = "%s <%s" % (Header(nm, "utf-8").encode(), a)
    hdr = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n%s"
           % (addr(frm, charset), to_h, subj(subject, charset), format_datetime(date), mid(host), headers_extra))
    raw = hdr.encode("ascii") + body_bytes
    with open(os.path.join(LET, fn), "wb") as f:
        f.write(raw)
    LETTERS.append(fn)
    LABELS[fn] = label

def plain(label, frm, d, hm, subject, text, charset="utf-8", cte="base64", extra_h="", mh=None):
    write(label, frm, dt(d, hm), subject, leaf(text, "plain", charset, cte), extra_h, charset, mh=mh)

def alt(label, frm, d, hm, subject, text, html, charset="windows-1251", cte="quoted-printable", extra_h="", mh=None):
    bnd = "----=_NextPart_000_%04d_01DC5A%02d.3F2E1B00" % (len(LETTERS) + 1, d)
    body = ("Content-Type: multipart/alternative;\n\tboundary=\"%s\"\n\nThis is a multi-part message in MIME format.\n\n--%s\n" % (bnd, bnd)).encode()
    body += leaf(text, "plain", charset, cte) + ("\n--%s\n" % bnd).encode()
    body += leaf(html, "html", charset, cte) + ("\n--%s--\n" % bnd).encode()
    write(label, frm, dt(d, hm), subject, body, extra_h + "X-Mailer: Microsoft Outlook 16.0\n", charset, mh=mh or DOM)

def htmlonly(label, frm, d, hm, subject, html, charset="utf-8", cte="base64", extra_h=""):
    write(label, frm, dt(d, hm), subject, leaf(html, "html", charset, cte), extra_h, charset)

def D(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}
def R(note): return {"expect": "review", "note": note}
def I(note): return {"expect": "ignored", "note": note}

P, V, M, U = "заявка принята", "подрядчик в пути", "подрядчик на месте", "подрядчик убыл"

OFFSIG = ("\n\nС уважением,\nОлеся Птицына\nофис-менеджер ООО «ТермоБурлак-Сервис»\n"
          "ИНН 1658214703 КПП 165801001\nтел. +7 (843) 212-40-77, моб. +7 917 355-20-40\n")
YA = "\n\n--\nОтправлено из мобильной Яндекс Почты"
MR = "\n\nОтправлено из мобильной Почты Mail.ru"

def html_wrap(inner):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>"
            "<body lang=RU><div class=WordSection1>" + inner + "</div></body></html>")

def table(rows):
    s = "<table border=1 cellspacing=0 cellpadding=4><tr><th>№ заявки</th><th>Поз.</th><th>Что</th><th>Статус</th><th>Время</th></tr>"
    for r in rows:
        s += "<tr>" + "".join("<td>%s</td>" % c for c in r) + "</tr>"
    return s + "</table>"

# ---------------- 454117 ----------------
plain(D("454117", [], P, "translit: zayavku prinyali, visit planned"), RUS, 2, "09:12", "po zayavke 454117",
      "Dobryi den\nZayavku 454117 prinyali segodnya posle obeda budem na Zavodskoi\nRuslan brigada kotelshikov" + YA)
plain(D("454117", [], V, "vyehali, budem minut 40; phone is not a number of request"), RUS, 2, "13:40", "454117 vyehali",
      "vyehali na Zavodskuyu 14 ,budem minut 40\ntel 8-917-355-20-41 Ruslan", cte="8bit")
plain(D("454117", [], M, "priehali na obekt 14.30 (reply, subject names older status)"), RUS, 2, "14:36", "Re: 454117 vyehali",
      "priehali na obekt v 14.30 kotelnaya otkryta\n\n02.11.2026, 13:40, Ruslan Gafurov:\n> vyehali na Zavodskuyu 14 ,budem minut 40\n> tel 8-917-355-20-41 Ruslan")
plain(D("454117", ["1"], U, "poz 1 zakon4ili, poz 2 planned for tomorrow -> only 1 done"), RUS, 2, "17:52", "454117-1",
      "kotel Buderus zakon4ili gorelku nastroili davlenie 1.6 bar\npo nasosu (poz 2) zavtra s utra nado flanec DN32 zabrat so sklada\nuehali" + YA)
plain(D("454117", ["2"], U, "poz 2 nasos postavili, uehali s obekta; quote of earlier poz1 letter ignored"), RUS, 3, "10:21", "Re: 454117-1",
      "poz 2 nasos Grundfos UPS 32-80 postavili vse rabotaet, uehali s obekta 10:15\n\n"
      "02.11.2026, 17:52, Ruslan Gafurov <r.gafurov@termoburlak-servis.ru>:\n> kotel Buderus zakon4ili gorelku nastroili davlenie 1.6 bar\n"
      "> po nasosu (poz 2) zavtra s utra nado flanec DN32 zabrat so sklada\n> uehali", cte="quoted-printable")

# ---------------- 454203 ----------------
t = ("Добрый день!\n\nЗаявку № 454203 приняли в работу. Бригада Гафурова Р. будет на ЦТП-3 завтра с 9:00.\n"
     "Работы по договору № 17/26-ТО от 15.01.2026." + OFFSIG)
alt(D("454203", [], P, "office manager, Outlook cp1251: заявка принята; договор/ИНН numbers are noise"), OFF, 3, "09:41",
    "Заявка № 454203 принята", t, html_wrap("<p>Добрый день!</p><p>Заявку № 454203 приняли в работу. Бригада Гафурова Р. будет на ЦТП-3 завтра с 9:00.<br>"
    "Работы по договору № 17/26-ТО от 15.01.2026.</p><p>С уважением,<br>Олеся Птицына<br>офис-менеджер ООО «ТермоБурлак-Сервис»<br>ИНН 1658214703 КПП 165801001<br>тел. +7 (843) 212-40-77</p>"))
plain(D("454203", [], V, "vyekhali, budem k 9.30"), RUS, 4, "08:56", "454203",
      "vyekhali na CTP-3 probki na Tatarstana budem k 9.30", cte="8bit")
plain(R("454203 has only position 1; letter reports poz 2"), RUS, 4, "11:58", "454203 poz 2 gotovo",
      "po 454203 poz 2 gotovo nasos zapustili" + YA)
plain(D("454203", [], U, "Wilo zamenili, ubyli; model number Stratos 40/1-8 is noise"), RUS, 4, "12:12", "CTP-3 (454203) gotovo",
      "izvinite vyshe opechatalsya pozicia odna\nWilo Stratos 40/1-8 zamenili staryi nasos zabrali. vse ubyli s CTP" + YA)

# ---------------- 454236 ----------------
plain(I("out-of-office auto-reply from brigada2 mailbox"), TOL, 4, "10:03", "Автоответ: Заявка 454236 ТО бойлеров",
      "Здравствуйте!\nЯ в отпуске до 10.11.2026. По всем вопросам обращайтесь к бригадиру Гафурову Руслану, r.gafurov@termoburlak-servis.ru, +7 917 355-20-41.\n\nЭто автоматический ответ.",
      extra_h="Auto-Submitted: auto-replied\nX-Autoreply: yes\nIn-Reply-To: <omis-454236-1@zakazchik-omis.ru>\n")
plain(D("454236", [], P, "prinyal, reply above Outlook header quote of dispatch letter"), RUS, 4, "11:31", "Re: Заявка 454236 ТО бойлеров",
      "prinyal. po korpusam 1-3 budem v 4etverg s utra\n\n"
      "От: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\nОтправлено: 4 ноября 2026 г. 10:02\nКому: r.gafurov@termoburlak-servis.ru; brigada2@termoburlak-servis.ru\n"
      "Тема: Заявка 454236 ТО бойлеров\n\nДобрый день. Направляем заявку 454236, ТО бойлеров косвенного нагрева, поз. 1-3 (корпуса 1, 2, 3). Просим подтвердить принятие.",
      extra_h="In-Reply-To: <omis-454236-1@zakazchik-omis.ru>\n")
plain(D("454236", ["1"], V, "vyezzhaem s bazy na poz 1: leaving base for site = on the way"), RUS, 5, "08:21", "454236 poz1",
      "vyezzhaem s bazy na poz 1 (korpus 1) budem 8:50", cte="8bit")
plain(D("454236", ["1"], M, "na meste poz.1"), RUS, 5, "08:58", "na meste poz.1 454236",
      "na meste. bojler v podvale, zavhoz otkryl" + YA)
plain(D("454236", ["1", "2"], U, "p1 p2 obsluzhili, 3 zavtra (plan)"), RUS, 5, "15:33", "454236 p1 p2",
      "boilery v korpuse 1 i 2 obsluzhili (p1, p2) anody pomenyali, nakipi mnogo\n3-i korpus zavtra tam zakryto bylo\nuezzhaem", cte="quoted-printable")
t = ("Пересылаю от Руслана, у него с почты не уходит.\n\n-------- Пересылаемое сообщение --------\n"
     "06.11.2026, 11:40, \"Ruslan\" <ruslan.termo.gaf@mail.ru>:\n\n454236 p3 gotovo bojler korpus 3 promyli ubyli 11:35\n\n-------- Конец пересылаемого сообщения --------" + OFFSIG)
alt(D("454236", ["3"], U, "forward of crew message: p3 gotovo ubyli"), OFF, 6, "11:47", "Fwd: 454236 p3", t,
    html_wrap("<p>Пересылаю от Руслана, у него с почты не уходит.</p><p>-------- Пересылаемое сообщение --------<br>06.11.2026, 11:40, &quot;Ruslan&quot; &lt;ruslan.termo.gaf@mail.ru&gt;:</p>"
              "<p>454236 p3 gotovo bojler korpus 3 promyli ubyli 11:35</p><p>-------- Конец пересылаемого сообщения --------</p><p>С уважением,<br>Олеся Птицына</p>"))

# ---------------- 454281 ----------------
plain(D("454281", [], P, "mixed latin/cyrillic: принята"), RUS, 5, "12:33", "Zayavka 454281",
      "Zayavka 454281 принята, Drazice OKC 200 posmotrim zavtra v shkole\nRuslan")
plain(D("454281", [], M, "priehali v shkolu, Latin look-alikes in 'мeсте'"), RUS, 6, "09:12", "Школа 12 (454281) мы на мeсте",
      "priehali v shkolu 12 ждём завхоза, ключи у него", cte="8bit")
plain(R("asks for approval of part price (TEN), no new status"), RUS, 6, "13:04", "454281 poz 1 vopros",
      "po 454281 poz 1 bojler te4et iz flanca TENa, nuzhen TEN 2.2 kVt RDT\nzakazyvat? stoit 4 800 r soglasuite pozhaluista" + YA)
plain(D("454281", ["1", "2"], U, "poz 1 i 2 zakon4ili (digit 4 for ch)"), RUS, 7, "16:24", "454281 poz 1 i 2 zakon4ili",
      "TEN postavili, nasos podkachki pro4istili. obe pozicii 1 i 2 zakon4ili ubyli iz shkoly", cte="quoted-printable")

# ---------------- 454309 ----------------
h = html_wrap("<p>Добрый день!</p><p>По заявке 454309 подтверждаем принятие всех позиций:</p>" +
              table([["454309", "1", "узел 1", "принята", "06.11 08:40"], ["454309", "2", "узел 2", "принята", "06.11 08:40"],
                     ["454309", "3", "узел 3", "принята", "06.11 08:40"], ["454309", "4", "узел 4", "принята", "06.11 08:40"]]) +
              "<p>Выезд бригады планируем на 10.11.</p><p>С уважением,<br>Олеся Птицына<br>+7 (843) 212-40-77</p>")
htmlonly(D("454309", ["1", "2", "3", "4"], P, "HTML-only table, each row 'принята'"), OFF, 6, "08:44", "454309 принята (4 поз.)", h,
         charset="windows-1251", cte="quoted-printable")
plain(R("question about parking, no status"), RUS, 9, "17:20", "454309 vopros",
      "po 454309 a kuda mashinu stavit tam shlagbaum? kto propusk zakazyvaet. nomer gazeli A417KM 116" + YA)
plain(D("454309", ["1", "2"], V, "vyehali na poz 1 i 2"), RUS, 10, "07:56", "454309 vyehali",
      "vyehali na promzonu poz 1 i 2 snachala", cte="8bit")
plain(D("454309", ["1", "2"], U, "poz.1 i poz.2 checked, uezzhaem; 3 and 4 tomorrow"), RUS, 10, "11:02", "Re: 454309 vyehali",
      "po poz.1 i poz.2 nasosnye gruppy proverili vse ok, uezzhaem\n3 i 4 zavtra\n\n> vyehali na promzonu poz 1 i 2 snachala")
h = html_wrap("<p>Статус по 454309 на 14:00:</p>" +
              table([["454309", "3", "узел 3", "завершено, бригада уехала", "13:40"], ["454309", "4", "узел 4", "в работе, бригада на месте", "с 13:45"]]) +
              "<p>Олеся</p>")
alt(R("HTML table gives different statuses for poz 3 (done) and poz 4 (on site)"), OFF, 11, "14:03", "Статус 454309",
    "Статус по 454309 на 14:00:\nпоз.3 узел 3 - завершено, бригада уехала 13:40\nпоз.4 узел 4 - в работе, бригада на месте с 13:45\nОлеся", h)
plain(D("454309", ["4"], U, "p4 gotovo, all 4 nodes handed over"), RUS, 11, "17:12", "454309 p4",
      "p4 gotovo vse 4etyre uzla sdali mehaniku, ubyvaem" + YA)

# ---------------- 454352 (emergency) ----------------
plain(D("454352", [], V, "AVARIYA: uzhe edem, 25 min"), RUSM, 9, "22:26", "AVARIYA 454352 vyezzhaem",
      "prinyal uzhe edem na Sadovuyu 3 minut 25" + MR, cte="8bit")
plain(D("454352", [], M, "caps PRIEHALI"), RUSM, 9, "22:59", "454352",
      "PRIEHALI. tech sil'naya perekryli vvod" + MR)
plain(D("454352", [], U, "teploobmennik peretyanuli, uezzhaem at night"), RUSM, 10, "01:41", "Re: 454352",
      "teploobmennik peretyanuli pro4ka ne te4et davlenie derzhit 6 bar\nuezzhaem\n\n"
      "09.11.2026 22:59, Ruslan пишет:\n> PRIEHALI. tech sil'naya perekryli vvod" + MR, cte="quoted-printable")
t = ("Добрый день!\n\nПо заявке 454352 (авария, Садовая 3) подготовили акт № 112 от 10.11.2026 и счёт № 2026-318.\n"
     "Подскажите, на кого выставлять — на ОМИС или на управляющую компанию? Реквизиты у нас старые, 2025 года." + OFFSIG)
alt(R("invoice/contract question about a finished request, no status reported"), OFF, 10, "09:05", "Акт и счёт по 454352", t,
    html_wrap("<p>Добрый день!</p><p>По заявке 454352 (авария, Садовая 3) подготовили акт № 112 от 10.11.2026 и счёт № 2026-318.<br>"
              "Подскажите, на кого выставлять — на ОМИС или на управляющую компанию? Реквизиты у нас старые, 2025 года.</p><p>С уважением,<br>Олеся Птицына</p>"))

# ---------------- 454418 ----------------
plain(D("454418", [], P, "reply written under '>' quote of dispatch: prinyato"), TOL, 10, "12:42", "Re: 454418",
      "> Добрый день. Прошу принять заявку 454418, общежитие пр. Мира 41,\n> поз.1 бойлер ГВС, поз.2 насос ГВС.\n> Диспетчер ОМИС\n\nprinyato brigada 2 Tolik",
      extra_h="In-Reply-To: <omis-454418-1@zakazchik-omis.ru>\n")
plain(D("454418", ["1"], V, "subject 454418 (1) v puti"), TOL, 12, "08:31", "454418 (1) v puti",
      "edem na Mira 41", cte="8bit")
plain(R("question about keys, no status"), TOL, 12, "09:05", "454418 klyu4i",
      "a gde klyu4i ot podvala na Mira 41? komu zvonit'? komendant trubku ne beret 8 843 277-11-09" + YA)
plain(D("454418", ["1"], U, "poz 1 zakonchili; 2 not today"), TOL, 12, "13:22", "454418 poz 1",
      "poz 1 zakonchili bojler rabotaet, 2-yu ne uspeem segodnya uezzhaem" + YA)
plain(D("454418", ["2"], M, "Re: subject says v puti, body: poz 2 na meste; initials-prefixed quote"), TOL, 13, "09:16", "Re: 454418 (1) v puti",
      "Poz 2 na meste s 9:00\n\nDO> Толя, по 2-й позиции когда?\nDO> Диспетчер ОМИС")
t = ("Добрый день.\n\nБригада Шкарина освободилась: по заявке 454418 поз. 2 (насос ГВС) работы завершены в 14:45, ребята уехали с объекта.\n\nОлеся")
plain(D("454418", ["2"], U, "office cp1251: бригада освободилась, работы завершены"), OFF, 13, "15:02", "454418 поз.2 завершено", t,
      charset="windows-1251", cte="quoted-printable", mh=DOM)

# ---------------- 454477 ----------------
plain(D("454477", [], P, "KOI8-R from office: принято в работу, все три позиции"), OFF, 11, "10:06", "Принято в работу 454477",
      "Здравствуйте!\nЗаявка 454477 (поликлиника) принята в работу, все три позиции. Бригада выедет как освободится с Промзоны.\nПтицына О.",
      charset="koi8-r", cte="8bit", extra_h="X-Mailer: The Bat! (v9.4.5) Professional\n", mh=DOM)
plain(R("plan: vyedem zavtra"), RUS, 13, "17:40", "454477 zavtra",
      "po 454477 vyedem zavtra s utra k 8, predupredite registraturu" + YA)
plain(D("454477", ["1", "2", "3"], V, "vyekhali poz 1-3 (range)"), RUS, 14, "08:12", "vyekhali 454477 poz 1-3",
      "vyekhali na polikliniku, poz 1-3 vse segodnya posmotrim", cte="8bit")
plain(D("454477", [], M, "number only in quoted subject Re: Заявка 454477; uzhe na meste"), RUS, 14, "09:01", "Re: Заявка 454477",
      "uzhe na meste s 8:40\n\n14.11.2026, 8:55, Диспетчерская ОМИС:\n> Руслан, когда будете?",
      extra_h="In-Reply-To: <omis-454477-2@zakazchik-omis.ru>\n")
plain(D("454477", ["1", "3"], U, "poz1 i poz3 gotovo; poz2 waits for part (plan)"), RUS, 14, "16:33", "454477: poz1 poz3",
      "poz1 i poz3 gotovo promyli. poz2 net zap4asti (mufta 1 1/4 art. 3310-114), priedem v ponedel'nik. ubyli" + YA)
plain(D("454477", ["2"], U, "poz 2 zakryli, uehali (3 used for з: 3akryli)"), RUS, 16, "14:05", "454477 poz 2",
      "poz 2 3akryli muftu pomenyali uehali", cte="8bit")

# ---------------- 454530 ----------------
plain(D("454530", [], P, "office utf-8 base64: по обращению 454530 приняли"), OFF, 12, "14:32", "Обращение 454530",
      "Добрый день, по обращению 454530 (детсад № 7, Magna3) — приняли, насос на складе есть." + OFFSIG, mh=DOM)
bnd = "mdn-%d" % 454530
mdn = ("Content-Type: multipart/report; report-type=disposition-notification;\n\tboundary=\"%s\"\n\n--%s\n" % (bnd, bnd)).encode()
mdn += leaf("Ваше сообщение\n\n  Кому: r.gafurov@termoburlak-servis.ru\n  Тема: Заявка 454530 детсад 7\n  Отправлено: 13.11.2026 9:10\n\nбыло прочитано 13.11.2026 9:44.", "plain", "utf-8", "base64")
mdn += ("\n--%s\nContent-Type: message/disposition-notification\n\nReporting-UA: termoburlak-servis.ru; Yandex Mail\nFinal-Recipient: rfc822;r.gafurov@termoburlak-servis.ru\n"
        "Original-Message-ID: <omis-454530-3@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n\n--%s--\n" % (bnd, bnd)).encode()
write(I("read receipt (MDN)"), RUS, dt(13, "09:44"), "Прочитано: Заявка 454530 детсад 7", mdn)
plain(R("negation: ne vyehali eshe"), RUS, 17, "10:42", "454530",
      "454530 ne vyehali eshe mashina slomalas, zhdem evakuator. napishu" + YA)
plain(D("454530", [], V, "edem, budem 4erez 30 min"), RUS, 17, "13:16", "454530 edem",
      "vse, edem. budem 4erez 30 min", cte="8bit")
plain(D("454530", [], U, "ubyli s obekta (from site) 17:40"), RUS, 17, "17:46", "po zayavke 454530",
      "po zayavke 454530 nasos Grundfos Magna3 25-60 zapustili. ubyli s obekta v 17:40" + YA)

# ---------------- 454612 ----------------
plain(D("454612", [], P, "prinyali"), RUS, 16, "09:03", "prinyali 454612",
      "prinyali 454612 bassein volna. v sredu obe brigady" + YA)
bnd = "bounce-454612"
bb = ("Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"%s\"\n\n--%s\n" % (bnd, bnd)).encode()
bb += leaf("This is the mail system at host mx.termoburlak-servis.ru.\n\nI'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients.\n\n<t.shkarin@termoburlak-servis.ru>: unknown user: \"t.shkarin\"\n", "plain", "us-ascii", "7bit")
bb += ("\n--%s\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.termoburlak-servis.ru\n\nFinal-Recipient: rfc822; t.shkarin@termoburlak-servis.ru\n"
       "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n--%s\nContent-Type: text/rfc822-headers\n\n"
       "From: dispatch@zakazchik-omis.ru\nTo: t.shkarin@termoburlak-servis.ru\nSubject: =?utf-8?b?0JfQsNGP0LLQutCwIDQ1NDYxMg==?=\nDate: Mon, 16 Nov 2026 08:05:00 +0300\n\n--%s--\n" % (bnd, bnd, bnd)).encode()
write(I("bounce (delivery status notification)"), ("Mail Delivery System", "MAILER-DAEMON@" + DOM), dt(16, "08:05"),
      "Undelivered Mail Returned to Sender", bb, "Auto-Submitted: auto-replied\n", mh="mx." + DOM)
h = ("<html><body style=\"font-family:Arial\"><h2>ТермоБурлак-Сервис: зимняя акция</h2><p>Промывка пластинчатых теплообменников и бойлеров — скидка 15% до 31.12.2026.</p>"
     "<p>Замена циркуляционных насосов Wilo/Grundfos — выезд бесплатно.</p><p>Звоните: +7 (843) 212-40-77</p>"
     "<p style=\"font-size:10px\">Вы получили это письмо, т.к. являетесь клиентом. <a href=\"https://termoburlak-servis.ru/unsub?id=8812\">Отписаться</a></p></body></html>")
htmlonly(I("bulk newsletter from contractor (List-Unsubscribe, Precedence bulk)"), ("ТермоБурлак-Сервис", "news@" + DOM), 16, "11:00",
         "Зимняя акция: промывка теплообменников -15%", h,
         extra_h="Precedence: bulk\nList-Unsubscribe: <https://termoburlak-servis.ru/unsub?id=8812>\nList-Id: <clients.termoburlak-servis.ru>\n")
plain(D("454612", ["2"], V, "p2 vyezd 8:00 (noun)"), TOL, 18, "08:02", "454612 p2 vyezd 8:00",
      "vyezd 8:00 s bazy", cte="8bit")
plain(D("454612", ["2"], M, "p2 pribytie 8:40 (noun)"), TOL, 18, "08:46", "454612 p2",
      "pribytie 8:40 v bassein, nasos recirkulyacii smotrim" + YA)
plain(D("454612", ["1"], M, "poz 1 priehali"), RUS, 18, "11:04", "454612 poz 1",
      "priehali po 454612 poz 1 teploobmennik, razbiraem", cte="8bit")
plain(D("454612", [], U, "obe pozicii zakryty, ubyvaem: both = whole request"), RUS, 18, "16:07", "Re: 454612 poz 1",
      "po 454612 obe pozicii zakryty ubyvaem. Tolik uzhe uehal\n\n> priehali po 454612 poz 1 teploobmennik, razbiraem" + YA)

# ---------------- 454688 ----------------
t = ("Добрый день!\nЗаявка 454688 принята, выезд запланирован на 20.11.2026 (пятница), бригады Гафурова и Шкарина." + OFFSIG)
alt(D("454688", [], P, "office cp1251: принята, planned visit"), OFF, 18, "10:33", "Заявка 454688 принята", t,
    html_wrap("<p>Добрый день!<br>Заявка 454688 принята, выезд запланирован на 20.11.2026 (пятница), бригады Гафурова и Шкарина.</p><p>С уважением,<br>Олеся Птицына</p>"),
    cte="base64")
plain(I("out-of-office auto-reply from office mailbox"), OFF, 19, "08:15", "Автоответ: Заявка 454688 доступ в админкорпус",
      "Добрый день!\nЯ нахожусь в отпуске с 19.11 по 22.11.2026 включительно. По срочным вопросам звоните бригадиру Гафурову Руслану: +7 917 355-20-41.\nОлеся Птицына",
      charset="windows-1251", cte="quoted-printable",
      extra_h="Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\nIn-Reply-To: <omis-454688-2@zakazchik-omis.ru>\n", mh=DOM)
plain(D("454688", ["1", "2"], V, "forwarded crew message (gmail-style marker): vyehali na p.1 i p.2"), RUS, 20, "07:52", "Fwd: 454688",
      "---------- Forwarded message ---------\nOt: Brigada 2 Shkarin <brigada2@termoburlak-servis.ru>\nDate: pt, 20 nov. 2026 g., 07:48\nSubject: 454688\n"
      "To: Ruslan Gafurov <r.gafurov@termoburlak-servis.ru>\n\nvyehali na p.1 i p.2 vmeste, ya za rulem" + YA)
plain(D("454688", ["1", "2"], M, "p1,p2 na meste"), RUS, 20, "09:12", "454688 p1,p2 na meste",
      "na meste obe brigady", cte="8bit")
plain(R("different statuses: p1 finished, p2 still working (on site)"), RUS, 20, "12:04", "454688",
      "454688: p1 zakon4ili, p2 eshe rabotaem tam bojler 300 l" + YA)
plain(D("454688", ["2"], U, "p2 tozhe gotovo, uehali"), TOL, 20, "15:31", "454688 p2",
      "p2 tozhe gotovo uehali", cte="8bit")
plain(D("454688", ["3"], V, "(3) vyezzhaem = on the way now"), RUS, 21, "09:40", "454688 (3) vyezzhaem",
      "vyezzhaem na tretii bojler, 20 min" + YA)
plain(D("454688", ["3"], U, "(3) uehali domoi, zakon4ili"), RUS, 21, "14:02", "Re: 454688 (3) vyezzhaem",
      "zakon4ili uehali domoi. subbota vse taki\n\n21.11.2026, 9:40, Ruslan Gafurov:\n> vyezzhaem na tretii bojler, 20 min", cte="quoted-printable")

# ---------------- 454745 ----------------
plain(D("454745", [], P, "reply: prinyal, number in subject Re: 454745"), RUS, 20, "13:02", "Re: 454745",
      "prinyal, no tolko v ponedelnik smogu, segodnya 454688 do vechera" + YA)
plain(R("number 454711 not in registry"), RUS, 20, "13:30", "454711 vyehali",
      "po zayavke 454711 vyehali" + YA)
plain(R("thanks/acknowledgement of dispatch message, no status"), RUS, 21, "18:10", "Re: Доступ в гараж автобазы 454745",
      "spasibo, polu4ili. propusk zaberem na prohodnoi\n\n-----Original Message-----\nFrom: dispatch@zakazchik-omis.ru\nSent: Saturday, November 21, 2026 5:55 PM\n"
      "To: r.gafurov@termoburlak-servis.ru\nSubject: Доступ в гараж автобазы 454745\n\nПропуск на а/м А417КМ116 заказан на 23.11.")
plain(D("454745", [], V, "edem, plates/phone noise"), RUS, 23, "08:33", "454745 edem",
      "edem na avtobazu Gazel A417KM 116, budem 9:10. esli 4to zvonite 89173552041", cte="8bit")
plain(D("454745", [], U, "3akon4ili (3=з, 4=ч), ubyli"), RUS, 23, "12:48", "454745",
      "kotel Baxi Eco Four 24 3akon4ili, 3amenili datchik tyagi. ubyli 12:40" + YA)

# ---------------- 454803 ----------------
h = ("<html><body><div>Добрый день!</div><div>&nbsp;</div><div>Заявка <b>454803</b> (столовая) принята, бригада Гафурова, выезд 25.11.</div>"
     "<div>&nbsp;</div><div>--<br>Олеся Птицына<br>ООО «ТермоБурлак-Сервис»<br>+7 (843) 212-40-77</div></body></html>")
htmlonly(D("454803", [], P, "HTML-only office letter: принята"), OFF, 23, "09:35", "Заявка 454803", h)
plain(R("no request number at all"), RUS, 24, "10:15", "na meste",
      "priehali, gde zavhoz? nikto ne vstrechaet" + YA)
plain(D("454803", ["2"], M, "poz 2 - na meste"), RUS, 25, "10:05", "454803 poz 2 - na meste",
      "Na meste, podpitochnyi nasos", cte="8bit")
plain(D("454803", ["2"], U, "p2 zavershili; p1 perenosim (plan)"), RUS, 25, "14:20", "454803",
      "p2 zavershili, uehali. p1 perenosim na 27.11 po pros'be zakazchika, stolovaya rabotaet" + YA)
alt(R("two different requests in one letter (454803 and 454745)"), OFF, 25, "18:02", "Итоги дня",
    "Добрый вечер!\nИтоги: по 454803 п.2 закрыта, по 454745 акт подписан, бригада всё сдала.\nОлеся",
    html_wrap("<p>Добрый вечер!<br>Итоги: по 454803 п.2 закрыта, по 454745 акт подписан, бригада всё сдала.<br>Олеся</p>"))
# calendar response
bnd = "cal-%d" % 2611
cb = ("Content-Type: multipart/alternative;\n\tboundary=\"%s\"\n\n--%s\n" % (bnd, bnd)).encode()
cb += leaf("Олеся Птицына приняла приглашение: Планерка по заявкам подрядчиков (26.11.2026 10:00).", "plain", "utf-8", "base64")
cb += ("\n--%s\n" % bnd).encode() + leaf("BEGIN:VCALENDAR\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\nMETHOD:REPLY\nBEGIN:VEVENT\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Олеся Птицына:mailto:office@termoburlak-servis.ru\nSUMMARY:Принято: Планерка по заявкам подрядчиков\n"
       "DTSTART:20261126T070000Z\nDTEND:20261126T080000Z\nUID:omis-plan-2611\nEND:VEVENT\nEND:VCALENDAR\n", "calendar", "utf-8", "base64", "; method=REPLY")
cb += ("\n--%s--\n" % bnd).encode()
write(I("calendar meeting response generated by client"), OFF, dt(25, "09:12"), "Принято: Планерка по заявкам подрядчиков", cb, mh=DOM)
plain(D("454803", ["1"], U, "Cyrillic+translit: poz.1 на месте 10:20, ушли 13:05 -> latest event"), RUS, 27, "13:10", "454803 poz.1",
      "poz.1 на месте были с 10:20, бойлер промыли, ушли в 13:05. vse" + YA)

with open(os.path.join(OUT, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(REG, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=1)
print(len(LETTERS), "letters")
