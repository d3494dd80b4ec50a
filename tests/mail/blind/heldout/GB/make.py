# -*- coding: utf-8 -*-
"""Generator of test letters: ООО «РФ-Сервис» (facility contractor).
Crews talk in Telegram; a home-made bot mails digests of chat messages to the
customer's dispatch. The office manager writes from Outlook, a foreman from The Bat!."""
import base64, quopri, json, os, datetime as dt
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.base import MIMEBase
from email.message import Message
from email.header import Header
from email.utils import formataddr, format_datetime, make_msgid

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
TZ = dt.timezone(dt.timedelta(hours=3))
DISPATCH = 'dispatch@zakazchik-omis.ru'
DOM = 'rf-servis.ru'
BOT = ('Бот РФС-Выезды', 'chatbot@rf-servis.ru')
OLGA = ('Мельникова Ольга', 'o.melnikova@rf-servis.ru')
KOSTYA = ('Константин Зуев', 'k.zuev@rf-servis.ru')
DIMA = ('Дмитрий Лаптев', 'd.laptev@rf-servis.ru')
DAEMON = ('Mail Delivery System', 'MAILER-DAEMON@rf-servis.ru')
NEWS = ('РФ-Сервис', 'news@rf-servis.ru')

SIG = ("\n-- \nС уважением,\nОльга Мельникова\nофис-менеджер ООО «РФ-Сервис»\n"
       "ИНН 6671449032 / КПП 667101001\nтел. +7 (343) 310-44-90, доб. 12\n")

def tpart(text, sub='plain', cs='utf-8', cte='base64'):
    p = MIMENonMultipart('text', sub, charset=cs)
    data = text.replace('\n', '\r\n').encode(cs)
    if cte == 'base64':
        p.set_payload(base64.encodebytes(data).decode('ascii'))
    else:
        p.set_payload(quopri.encodestring(data).decode('ascii'))
    p['Content-Transfer-Encoding'] = cte
    return p

def d(day, hh, mm):
    return dt.datetime(2026, 11, day, hh, mm, 0, tzinfo=TZ)

letters = []   # (msg, label)

def finish(msg, when, frm, subj, cs, extra=None, to=DISPATCH):
    msg['From'] = formataddr(frm, charset=cs if cs != 'koi8-r' else 'koi8-r')
    msg['To'] = to
    msg['Subject'] = Header(subj, cs)
    msg['Date'] = format_datetime(when)
    msg['Message-ID'] = make_msgid(domain=frm[1].split('@')[1])
    if 'MIME-Version' not in msg:
        msg['MIME-Version'] = '1.0'
    for k, v in (extra or {}).items():
        msg[k] = v
    return msg

def add(msg, label):
    letters.append((msg, label))

def lab(expect, req=None, pos=None, status=None, note=''):
    l = {'expect': expect}
    if expect == 'decided':
        l.update(request=req, positions=pos or [], status=status)
    l['note'] = note
    return l

def plain(when, frm, subj, text, label, cs='utf-8', cte='base64', extra=None):
    m = tpart(text, 'plain', cs, cte)
    add(finish(m, when, frm, subj, cs, extra), label)

def alt(when, frm, subj, text, html, label, cs='utf-8', cte='base64', extra=None):
    m = MIMEMultipart('alternative')
    m.attach(tpart(text, 'plain', cs, cte))
    m.attach(tpart(html, 'html', cs, cte))
    add(finish(m, when, frm, subj, cs, extra), label)

def htmlonly(when, frm, subj, html, label, cs='utf-8', cte='quoted-printable', extra=None):
    m = tpart(html, 'html', cs, cte)
    add(finish(m, when, frm, subj, cs, extra), label)

def txt2html(text):
    import html as h
    paras = text.strip('\n').split('\n')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body><div style="font-family:Calibri,sans-serif;font-size:11pt">'
            + ''.join('<p class="MsoNormal">%s</p>' % (h.escape(x) if x else '&nbsp;') for x in paras)
            + '</div></body></html>')

OUTLOOK = {'X-Mailer': 'Microsoft Outlook 16.0', 'Thread-Index': 'AdtRfS1b9x0kQz7mT0qjV2w3nE5c1A=='}

def olga(when, subj, text, label, cs='windows-1251', cte='quoted-printable', html=True, extra=None):
    e = dict(OUTLOOK); e.update(extra or {})
    if html:
        alt(when, OLGA, subj, text, txt2html(text).replace('%s', cs), label, cs, cte, e)
    else:
        plain(when, OLGA, subj, text, label, cs, cte, e)

BOTFOOT = ("\n—\nАвтоматическая сводка из чата «РФС | Выезды». Бот собирает сообщения по тегу заявки.\n"
           "Не отвечайте на это письмо, вопросы — офису: o.melnikova@rf-servis.ru, +7 (343) 310-44-90\n")

def bot(when, tag, window, msgs, label, html=False, cte='base64', subj=None):
    date = when.strftime('%d.%m.%Y')
    head = "Сводка сообщений из чата «РФС | Выезды» за %s, %s\n" % (date, window)
    head += ("Заявка: %s\n" % tag) if tag else "Заявка: не определена (нет тега)\n"
    body = head + "\n" + "\n".join(msgs) + "\n" + BOTFOOT
    if subj is None:
        subj = ("[РФС-Выезды] %s — сводка %s" % (tag, window)) if tag else ("[РФС-Выезды] Сводка чата %s" % window)
    extra = {'X-Mailer': 'rfs-tg-digest/0.4 (python)', 'X-RFS-Chat': 'rfs-vyezdy'}
    if html:
        import html as h
        rows = ''.join('<tr><td style="color:#888">%s</td><td><b>%s</b></td><td>%s</td></tr>' % tuple(
            h.escape(x) for x in _split(m)) for m in msgs)
        hb = ('<html><body><h3>Сводка чата «РФС | Выезды»</h3><p>%s<br>%s</p><table cellpadding="3">%s</table>'
              '<hr><small>%s</small></body></html>') % (h.escape(date + ', ' + window),
              h.escape(('Заявка: ' + tag) if tag else 'Заявка: не определена'), rows, h.escape(BOTFOOT.strip('\n—')))
        htmlonly(when, BOT, subj, hb, label, 'utf-8', cte, extra)
    else:
        plain(when, BOT, subj, body, label, 'utf-8', cte, extra)

def _split(m):
    t, rest = m.split('] ', 1)
    if ': ' in rest:
        a, b = rest.split(': ', 1)
    else:
        a, b = '', rest
    return (t + ']', a, b)

# ---------------------------------------------------------------- registry
registry = {
 "contractor": {"name": "ООО «РФ-Сервис»",
   "emails": [BOT[1], OLGA[1], KOSTYA[1], DIMA[1], DAEMON[1], NEWS[1]],
   "domains": [DOM]},
 "requests": [
  {"number": "449012", "positions": ["1", "2"], "registered_at": "2026-11-02T09:00:00+03:00", "comment": "ТЦ «Галактика», сплит-системы: 1 — зал 2 этажа, 2 — серверная"},
  {"number": "449037", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T14:00:00+03:00", "comment": "Склад Заводская 14, замена освещения: пролёты А, Б, В"},
  {"number": "449105", "positions": ["1"], "registered_at": "2026-11-04T08:30:00+03:00", "comment": "Бизнес-центр, остановка лифта №2"},
  {"number": "449118", "positions": ["1", "2"], "registered_at": "2026-11-05T09:00:00+03:00", "comment": "Офис Малышева 51, сантехника: 1 — санузел 3 эт., 2 — кухня 5 эт."},
  {"number": "449220", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-06T08:00:00+03:00", "comment": "ТО пожарной сигнализации, корпуса 1–4"},
  {"number": "449301", "positions": ["1"], "registered_at": "2026-11-10T12:00:00+03:00", "comment": "Откатные ворота КПП-2"},
  {"number": "449356", "positions": ["1", "2"], "registered_at": "2026-11-12T08:00:00+03:00", "comment": "Электрощитовая, замена автоматов: 1 — ВРУ-1, 2 — ВРУ-2"},
  {"number": "449412", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T07:00:00+03:00", "comment": "Вывоз снега: 1 — парковка, 2 — въезд, 3 — задний двор"},
  {"number": "449508", "positions": ["1"], "registered_at": "2026-11-18T10:30:00+03:00", "comment": "Протечка кровли над архивом"},
  {"number": "449613", "positions": ["1", "2"], "registered_at": "2026-11-20T09:00:00+03:00", "comment": "Вентиляция: 1 — приточка П1 столовая, 2 — вытяжка В2 кухня"},
  {"number": "449777", "positions": ["1", "2", "3"], "registered_at": "2026-11-24T09:00:00+03:00", "comment": "Двери: 1 — вход главный, 2 — эвакуационный выход, 3 — тамбур"},
  {"number": "449840", "positions": ["1", "2"], "registered_at": "2026-11-25T15:00:00+03:00", "comment": "Замена светильников в паркинге, уровни -1 и -2"},
 ]}

# ================================================================ letters
# --- 449012
olga(d(2, 10, 15), "Заявка № 449012 — принята",
     "Добрый день!\n\nЗаявку № 449012 (ТЦ «Галактика», кондиционеры) приняли в работу. "
     "Бригаду назначим на завтра, время сообщу.\n" + SIG,
     lab('decided', '449012', [], 'заявка принята', 'office: accepted, plan for tomorrow'))
bot(d(3, 9, 30), '449012', '08:30–09:30',
    ["[08:40] Иван Кравцов: по 449012 выехали, двое",
     "[08:41] Пётр Сомов: [стикер]",
     "[09:05] Пётр Сомов: стоим на Ленина, пробка до самого моста",
     "[09:22] Иван Кравцов: минут 15 ещё"],
    lab('decided', '449012', [], 'подрядчик в пути', 'digest: departed, stuck in traffic'))
bot(d(3, 11, 0), '449012', '09:30–11:00',
    ["[09:48] Иван Кравцов: на месте, ключи у охраны",
     "[09:50] Иван Кравцов: [фото]",
     "[10:12] Пётр Сомов: серверную открыли только сейчас, админ опоздал",
     "[10:40] Иван Кравцов: [фото]"],
    lab('decided', '449012', [], 'подрядчик на месте', 'digest: arrived, key at security'))
bot(d(3, 14, 20), '449012', '11:00–14:20',
    ["[12:10] Иван Кравцов: П1 готово, фреон дозаправили, дует холодным",
     "[12:11] Пётр Сомов: [стикер]",
     "[13:40] Пётр Сомов: по второму блоку (серверная) дренаж прочистили, тоже всё",
     "[13:55] Иван Кравцов: уехали с объекта, акт у администратора ТЦ"],
    lab('decided', '449012', ['1', '2'], 'подрядчик убыл', 'both positions done, left the site (уехали С объекта)'))

# --- 449037
olga(d(2, 16, 40), "RE: Заявка № 449037",
     "Принято, бригада будет завтра утром, к 8 часам.\n" + SIG +
     "\nОт: Диспетчерская <dispatch@zakazchik-omis.ru>\nОтправлено: 2 ноября 2026 г. 14:05\n"
     "Кому: Мельникова Ольга <o.melnikova@rf-servis.ru>\nТема: Заявка № 449037\n\n"
     "Направляем заявку № 449037: склад на Заводской, 14, замена светильников в трёх пролётах.\n"
     "Прошу подтвердить получение.\n",
     lab('decided', '449037', [], 'заявка принята', 'accepted under Outlook-style quote'))
bot(d(3, 8, 5), '449037', '07:20–08:05',
    ["[07:30] Саня Гуров: #449037 едем на склад, лестница в машине",
     "[07:31] Саня Гуров: [фото]",
     "[07:52] Саня Гуров: будем минут через 20, кто-нибудь предупредите кладовщика",
     "[07:58] Ольга (офис): предупредила"],
    lab('decided', '449037', [], 'подрядчик в пути', 'digest: driving, ETA 20 min'))
olga(d(3, 9, 40), "RE: 449037",
     "Дмитрий Сергеевич, доброе утро.\n\nБригада на складе с 8:20, работают.\n\n"
     "ДС> Ольга, по 449037 когда будут? Кладовщик ждёт с семи.\nДС> \nДС> Диспетчер Д. Сафронов\n" + SIG,
     lab('decided', '449037', [], 'подрядчик на месте', 'initials-prefixed quote, new text says on site'),
     cs='utf-8', cte='base64')
bot(d(3, 12, 10), '449037', '11:30–12:10',
    ["[11:50] Саня Гуров: поз1 и поз2 лампы поменяли, светит",
     "[11:52] Саня Гуров: [фото] [фото]",
     "[11:58] Саня Гуров: по третьей нужен подъёмник, высота 9 м, лестницей не достать. завтра",
     "[12:05] Саня Гуров: сворачиваемся, уехали"],
    lab('decided', '449037', ['1', '2'], 'подрядчик убыл', 'pos 1,2 done and left; pos 3 only planned'))
olga(d(4, 15, 30), "FW: 449037 пролёт В",
     "Пересылаю от бригадира.\n\n-----Original Message-----\nFrom: Гуров Александр <a.gurov.rfs@gmail.com>\n"
     "Sent: Wednesday, November 4, 2026 3:12 PM\nTo: o.melnikova@rf-servis.ru\nSubject: 449037 пролёт В\n\n"
     "Ольга, поз.3 сделали, подъёмник (Genie GS-3246) сдали обратно в прокат, уехали в 15:00. "
     "Накладная проката № 4490-11.\n\nСаня\n" + SIG,
     lab('decided', '449037', ['3'], 'подрядчик убыл', 'forwarded crew report; 4490-11 is a rental invoice'),
     cs='windows-1251', cte='base64')

# --- 449105
bot(d(4, 9, 10), None, '08:45–09:10',
    ["[08:50] Олег Нестеров: кто взял 449105? лифт на Малышева",
     "[08:52] Дмитрий Лаптев: [стикер]",
     "[08:53] Олег Нестеров: ну так кто??",
     "[08:59] Дмитрий Лаптев: после обеда гляну, сейчас на другом"],
    lab('review', note='chatter only: question and a plan, no status'))
olga(d(4, 10, 5), "449105 лифт",
     "Добрый день.\n449105 принята, мастер по лифтам выедет после обеда.\n" + SIG,
     lab('decided', '449105', [], 'заявка принята', 'accepted; departure is a plan'), html=False)
olga(d(4, 13, 45), "RE: статус",
     "Дмитрий выехал, к двум будет на месте.\n\n-----Original Message-----\n"
     "From: Диспетчерская [mailto:dispatch@zakazchik-omis.ru]\nSent: Wednesday, November 04, 2026 1:30 PM\n"
     "To: Мельникова Ольга\nSubject: Заявка 449105 – статус?\n\nЛюди застряли? Когда будет механик?\n",
     lab('decided', '449105', [], 'подрядчик в пути', 'number only in quoted old subject; new text: left for site'),
     cs='windows-1251')
bot(d(4, 17, 20), '449105', '14:00–17:20',
    ["[14:20] Дмитрий Лаптев: на месте, лифт №2 стоит на 4 этаже",
     "[15:10] Дмитрий Лаптев: [фото] плата управления сгорела, поставил запасную ПУ-4490",
     "[16:55] Дмитрий Лаптев: лифт запущен, акт подписали у коменданта, выехал с объекта",
     "[16:56] Олег Нестеров: 👍"],
    lab('decided', '449105', [], 'подрядчик убыл', 'arrived then left (выехал С объекта); ПУ-4490 is a part'))

# --- 449118
olga(d(5, 11, 20), "Заявка 449118",
     "Добрый день!\n\nЗаявку 449118 взяли, сантехник будет завтра с утра.\n" + SIG,
     lab('decided', '449118', [], 'заявка принята', 'windows-1251 QP, accepted'))
bot(d(6, 9, 15), '449118', '08:30–09:15',
    ["[08:40] Иван Кравцов: Малышева 51 пропуск заказан?",
     "[08:44] Ольга (офис): да, на фамилию Кравцов",
     "[09:10] Иван Кравцов: 449118 поз2 на месте, кухня 5 этаж. поз1 позже",
     "[09:11] Иван Кравцов: [фото]"],
    lab('decided', '449118', ['2'], 'подрядчик на месте', 'pos 2 on site, pos 1 later (plan)'))
bot(d(6, 12, 0), None, '10:00–12:00',
    ["[10:05] Иван Кравцов: #449118 смеситель на кухне поменяли",
     "[10:30] Пётр Сомов: #449220 корпус 3 щит пожарки закрыт, ключ у кого?",
     "[10:31] Пётр Сомов: [стикер]",
     "[11:40] Иван Кравцов: иду на третий этаж"],
    lab('review', note='digest mixes two requests (449118 and 449220)'))
htmlonly(d(6, 16, 5), OLGA, "449118 - итог",
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>'
    '<p>Добрый день!</p><p>По заявке 449118 работы выполнены:</p>'
    '<table border="1" cellspacing="0" cellpadding="4"><tr><th>Поз.</th><th>Место</th><th>Статус</th><th>Время</th></tr>'
    '<tr><td>1</td><td>санузел 3 эт.</td><td>выполнено, бригада убыла</td><td>15:40</td></tr>'
    '<tr><td>2</td><td>кухня 5 эт.</td><td>выполнено, бригада убыла</td><td>15:40</td></tr></table>'
    '<p>Акт № 118/11 передали администратору.</p><p>--<br>Ольга Мельникова, ООО «РФ-Сервис»<br>+7 (343) 310-44-90</p></body></html>',
    lab('decided', '449118', ['1', '2'], 'подрядчик убыл', 'HTML-only table, row per position, both left'),
    cs='windows-1251', extra=OUTLOOK)

# --- 449220
olga(d(6, 10, 0), "RE: Заявка 449220 ТО АПС",
     "-----Original Message-----\nFrom: Диспетчерская [mailto:dispatch@zakazchik-omis.ru]\n"
     "Sent: Friday, November 06, 2026 8:05 AM\nSubject: Заявка 449220 ТО АПС\n\n"
     "Прошу принять заявку 449220, ТО пожарной сигнализации в 4 корпусах, срок до 13.11.\n\n"
     "----------\nпринято, начнём в понедельник 9-го, двумя бригадами\nО.М.\n",
     lab('decided', '449220', [], 'заявка принята', 'reply written under the quote'), cs='utf-8', cte='quoted-printable', html=False)
bot(d(9, 8, 40), '449220', '08:00–08:40',
    ["[08:15] Пётр Сомов: выдвигаемся на 449220, сегодня п.1 и п.2",
     "[08:16] Пётр Сомов: журналы ТО взял",
     "[08:30] Олег Нестеров: [стикер]"],
    lab('decided', '449220', ['1', '2'], 'подрядчик в пути', 'on the way, today positions 1 and 2'))
bot(d(9, 11, 40), '449220', '09:00–11:40',
    ["[09:30] Пётр Сомов: на месте п1",
     "[11:20] Пётр Сомов: п1 готово, переходим на п2",
     "[11:25] Пётр Сомов: на п2 на месте",
     "[11:26] Пётр Сомов: [фото]"],
    lab('review', note='different statuses for different positions: p1 done, p2 on site'))
bot(d(9, 17, 0), '449220', '11:40–17:00',
    ["[13:00] Пётр Сомов: обед",
     "[16:40] Пётр Сомов: п2 закончили, корпус сдали охране, уезжаем",
     "[16:41] Пётр Сомов: [фото]"],
    lab('decided', '449220', ['2'], 'подрядчик убыл', 'p2 finished, leaving'))
olga(d(10, 10, 30), "449220 (3,4)",
     "Добрый день!\n\nПо 449220 (3,4) — бригада Кравцова на объекте с 9:20, корпуса 3 и 4.\n"
     "Ключ от щита нашли у коменданта.\n" + SIG,
     lab('decided', '449220', ['3', '4'], 'подрядчик на месте', 'positions in brackets in subject'), cs='utf-8')
bot(d(10, 15, 45), '449220', '14:30–15:45',
    ["[15:10] Иван Кравцов: по 3 и 4 всё, датчики проверили, журнал заполнили",
     "[15:12] Иван Кравцов: [фото]",
     "[15:30] Иван Кравцов: уехали"],
    lab('decided', '449220', ['3', '4'], 'подрядчик убыл', 'HTML bot digest, p3/p4 finished and left'), html=True, cte='quoted-printable')

# --- 449301 (foreman, The Bat!, KOI8-R)
plain(d(10, 14, 10), KOSTYA, "449301 ворота",
      "Здравствуйте.\n\n449301 принял, ворота КПП-2 посмотрю завтра с утра.\nМой телефон для охраны: 8-922-449-01-77\n\nЗуев К.\n",
      lab('decided', '449301', [], 'заявка принята', 'KOI8-R; phone 8-922-449-01-77 is not a request'),
      cs='koi8-r', cte='quoted-printable', extra={'X-Mailer': 'The Bat! (v9.4.5) Professional'})
bot(d(11, 8, 10), '449301', '07:50–08:10',
    ["[08:00] Костя Зуев: выехал на ворта 449301",
     "[08:02] Костя Зуев: [стикер]"],
    lab('decided', '449301', [], 'подрядчик в пути', 'departed for the gate'))
bot(d(11, 9, 20), '449301', '08:10–09:20',
    ["[08:45] Костя Зуев: на месте, охрана не пускает",
     "[08:47] Костя Зуев: телефон коменданта кто знает?",
     "[08:55] Ольга (офис): +7 912 449-30-17, Валентина Петровна",
     "[09:10] Костя Зуев: пустили, работаю"],
    lab('decided', '449301', [], 'подрядчик на месте', 'on site; phone 449-30-17 looks like a number but is not'))
bot(d(11, 13, 0), '449301', '09:20–13:00',
    ["[11:30] Костя Зуев: [фото] привод CAME BX-74 редуктор в хлам",
     "[12:40] Костя Зуев: ворота отрегулировал, привод заменил, работает. пломба 4493015 на щитке",
     "[12:41] Олег Нестеров: красавчик"],
    lab('decided', '449301', [], 'подрядчик убыл', 'result: part replaced, working; seal 4493015 is not a request'))
plain(d(12, 9, 0), KOSTYA, "449301 поз. 2",
      "Доброе утро.\n\nПо 449301 поз. 2 - на месте, калитка рядом с воротами.\n\nЗуев К.\n",
      lab('review', note='449301 has no position 2'),
      cs='koi8-r', cte='quoted-printable', extra={'X-Mailer': 'The Bat! (v9.4.5) Professional'})

# --- 449356
olga(d(12, 9, 30), "Re: 449356",
     "Приняли, электрик будет сегодня.\n\n> Здравствуйте. Направляем заявку 449356 — замена автоматов ВРУ-1 и ВРУ-2.\n"
     "> Доступ в щитовую через охрану, тел. 8 (343) 449-22-10.\n> -- \n> Диспетчерская служба\n" + SIG,
     lab('decided', '449356', [], 'заявка принята', '> quote with phone; new text: accepted'), cs='utf-8', html=False)
bot(d(12, 10, 5), '449356', '09:30–10:05',
    ["[09:40] Ольга (офис): Иван, 449356 когда?",
     "[10:00] Иван Кравцов: 449356 ещё не выехали, машина в сервисе до обеда",
     "[10:01] Иван Кравцов: [стикер]"],
    lab('review', note='negation: not yet departed'))
bot(d(13, 8, 0), '449356', '07:40–08:00',
    ["[07:50] Иван Кравцов: ВЫЕХАЛИ НА 449356, ОБЕ ПОЗИЦИИ, газель о449ру",
     "[07:51] Пётр Сомов: автоматы ABB S203 C25 забрал со склада"],
    lab('decided', '449356', [], 'подрядчик в пути', 'caps; car plate о449ру and part no. are traps'))
bot(d(13, 10, 40), '449356', '08:00–10:40',
    ["[09:05] Иван Кравцов: на объектe, щитовая открыта",
     "[09:06] Иван Кравцов: [фото]",
     "[10:30] Пётр Сомов: свет отключили по согласованию до 12"],
    lab('decided', '449356', [], 'подрядчик на месте', 'on site; Latin e inside «объектe»'))
olga(d(13, 14, 30), "FW: 449356",
     "Для информации.\n\n-----Original Message-----\nFrom: Кравцов Иван [mailto:i.kravtsov@rf-servis.ru]\n"
     "Sent: Friday, November 13, 2026 2:15 PM\nTo: Мельникова Ольга\nSubject: 449356\n\n"
     "п.1 и п.2 завершены, автоматы заменены, бригада освободилась в 14:10.\n" + SIG,
     lab('decided', '449356', ['1', '2'], 'подрядчик убыл', 'forwarded crew report, бригада освободилась'))

# --- 449412
alt(d(16, 9, 10), OLGA, "Заявка №449412 принята",
    "Добрый день!\n\nЗаявка №449412 (ул. Заводская, 14) принята в работу, позиции 1–3. Техника будет завтра с 6 утра.\n" + SIG,
    '<html><body><p>Добрый день!</p><p>Заявка <b>№449412</b> принята в работу, позиции 1&ndash;3.</p>'
    '<p>Адрес: ул. Заводская, 14 (449412). Техника будет завтра с 6 утра.</p>'
    '<p>--<br>Ольга Мельникова<br>ИНН 6671449032</p></body></html>',
    lab('decided', '449412', ['1', '2', '3'], 'заявка принята', 'multipart/alternative; range 1–3 = all positions'),
    cs='utf-8', cte='quoted-printable', extra=OUTLOOK)
bot(d(17, 6, 40), '449412', '06:00–06:40',
    ["[06:30] Серёга Пахомов: #449412 трактор выехал на Заводскую",
     "[06:31] Серёга Пахомов: [фото]",
     "[06:35] Серёга Пахомов: самосвал следом, гос 449 не помню какой"],
    lab('decided', '449412', [], 'подрядчик в пути', 'tractor on the way'))
olga(d(17, 7, 35), "RE: 449412 — в пути",
     "Уточнение: трактор уже на месте, работаем по позиции 1 (парковка).\n\n"
     "От: Мельникова Ольга\nОтправлено: 17 ноября 2026 г. 6:45\nКому: dispatch@zakazchik-omis.ru\n"
     "Тема: 449412 — в пути\n\nТехника выехала на Заводскую.\n",
     lab('decided', '449412', ['1'], 'подрядчик на месте', 'old status in Re: subject overridden by body'))
bot(d(17, 12, 30), None, '12:00–12:30',
    ["[12:00] Серёга Пахомов: обед",
     "[12:01] Пётр Сомов: [стикер]",
     "[12:15] Пётр Сомов: кто брал ключ от бытовки?",
     "[12:20] Олег Нестеров: я, завтра верну"],
    lab('review', note='chatter only, no request'))
bot(d(17, 11, 5), '449412', '10:30–11:05',
    ["[10:40] Серёга Пахомов: поз.1 и поз.2 вывезли, чисто",
     "[10:41] Серёга Пахомов: [фото]",
     "[10:55] Серёга Пахомов: 3-ю завтра, самосвал больше не дают, уезжаем"],
    lab('decided', '449412', ['1', '2'], 'подрядчик убыл', 'p1,p2 done and leaving; p3 planned'))
bot(d(18, 13, 40), '449412', '07:30–13:40',
    ["[07:45] Серёга Пахомов: 449412-3 едем",
     "[08:30] Серёга Пахомов: на месте, задний двор",
     "[13:20] Серёга Пахомов: закончили, уехали. 12 машин вывезли",
     "[13:21] Серёга Пахомов: [стикер]"],
    lab('decided', '449412', ['3'], 'подрядчик убыл', 'position after dash; latest event departure'),
    subj='[РФС-Выезды] 449412-3 — сводка 07:30–13:40')

# --- 449508
bot(d(18, 11, 10), '449508', '10:45–11:10',
    ["[11:05] Дмитрий Лаптев: 449508 беру, кровля моя",
     "[11:06] Олег Нестеров: ок"],
    lab('decided', '449508', [], 'заявка принята', 'crew takes the request'))
olga(d(18, 14, 0), "Вопрос по заявке 449508",
     "Добрый день!\n\nУточните, пожалуйста, есть ли доступ на кровлю по 449508 — люк закрыт на замок, "
     "у охраны ключа нет. Кто может открыть завтра в 9?\n" + SIG,
     lab('review', note='question only'))
bot(d(19, 10, 0), '449508', '09:00–10:00',
    ["[09:15] Дмитрий Лаптев: еду на крышу 449508",
     "[09:50] Дмитрий Лаптев: прибыл. люк открыли"],
    lab('decided', '449508', [], 'подрядчик на месте', 'arrived'), cte='quoted-printable')
plain(d(19, 16, 0), DIMA, "Fwd: кровля",
      "\n\n-------- Пересылаемое сообщение --------\n19.11.2026, 15:35, Дмитрий Лаптев <d.laptev.home@yandex.ru>:\n\n"
      "По заявке 449508 кровлю залатали (рулон Технониколь 15 м2), течи нет, я уехал в 15:30.\n\n"
      "-------- Конец пересылаемого сообщения --------\n",
      lab('decided', '449508', [], 'подрядчик убыл', 'Yandex-style forward of own report'),
      extra={'X-Mailer': 'Yamail [ http://yandex.ru ] 5.0'})

# --- 449613
olga(d(20, 11, 0), "Заявка 449613 принята в работу",
     "Добрый день!\n\nЗаявка 449613 принята в работу. Вентиляционщик будет в понедельник, 23.11.\n"
     "Договор № 44/9-2026 от 12.01.2026.\n" + SIG,
     lab('decided', '449613', [], 'заявка принята', 'contract number 44/9-2026 is a trap'),
     cs='windows-1251', cte='quoted-printable', html=False)
bot(d(23, 8, 20), '449613', '08:00–08:20',
    ["[08:10] Иван Кравцов: 449613 п2 выехали, вытяжка на кухне",
     "[08:11] Иван Кравцов: фильтры G4 взяли 6 шт"],
    lab('decided', '449613', ['2'], 'подрядчик в пути', 'p2 departed to site'))
bot(d(23, 11, 50), '449613', '08:20–11:50',
    ["[09:00] Иван Кравцов: п2 на месте",
     "[11:00] Иван Кравцов: п2 фильтр заменили, запустили",
     "[11:05] Иван Кравцов: едем на п1",
     "[11:40] Иван Кравцов: п1 на месте, столовая"],
    lab('review', note='different statuses: p2 done, p1 on site'))
bot(d(23, 15, 30), '449613', '11:50–15:30',
    ["[13:00] Пётр Сомов: [фото]",
     "[15:20] Иван Кравцов: п1 тоже готово, с объекта выехали"],
    lab('decided', '449613', ['1'], 'подрядчик убыл', 'выехали С объекта = left'))

# --- 449777
olga(d(24, 10, 20), "RE: 449777",
     "Добрый день!\n\nПриняли по позиции 2 (эвакуационный выход). По 1 и 3 ждём согласования сметы, "
     "без неё не начинаем.\n" + SIG +
     "\nОт: Диспетчерская\nОтправлено: 24 ноября 2026 г. 9:10\nТема: 449777\n\nНаправляем заявку, 3 позиции.\n",
     lab('decided', '449777', ['2'], 'заявка принята', 'accepted only pos 2'))
bot(d(24, 14, 5), '449777', '13:50–14:05',
    ["[14:00] Костя Зуев: выехал на 449777 (2), доводчик DORMA TS-83 везу"],
    lab('decided', '449777', ['2'], 'подрядчик в пути', 'position in brackets'),
    subj='[РФС-Выезды] 449777 (2) — сводка 13:50–14:05')
bot(d(24, 15, 0), '449777', '14:05–15:00',
    ["[14:50] Костя Зуев: на местe, дверь эвакуационного выхода",
     "[14:51] Костя Зуев: [фото]"],
    lab('decided', '449777', ['2'], 'подрядчик на месте', 'Latin e in «местe»; position from subject'),
    subj='[РФС-Выезды] Заявка 449777 поз.2 — сводка 14:05–15:00')
olga(d(25, 9, 0), "449777 смета по п.1 и п.3",
     "Добрый день!\n\nПо 449777 пп. 1 и 3 направляли смету на 48 600 руб. ещё 24.11, ответа нет. "
     "Без согласования стоимости работы по этим позициям не начнём. Прошу ускорить.\n" + SIG,
     lab('review', note='price talk, no status'), cs='utf-8')
bot(d(25, 10, 15), '449777', '09:30–10:15',
    ["[10:00] Костя Зуев: 449777 п.2 закончил, доводчик отрегулирован, уехал",
     "[10:02] Олег Нестеров: [стикер]"],
    lab('decided', '449777', ['2'], 'подрядчик убыл', 'p2 finished, left'))

# --- 449840
olga(d(26, 8, 30), "RE: Заявка 449840",
     "Спасибо, письмо получили.\n\n> Направляем заявку 449840, замена светильников в паркинге.\n" + SIG,
     lab('review', note='acknowledgement of dispatch letter only'), html=False, cs='utf-8')
bot(d(26, 9, 5), '449840', '08:45–09:05',
    ["[09:00] Пётр Сомов: 449840 приняли, выезжаем через час",
     "[09:01] Пётр Сомов: светильники LED 36W, 40 шт на складе"],
    lab('decided', '449840', [], 'заявка принята', 'accepted; departure planned'))
bot(d(26, 10, 20), '449840', '09:05–10:20',
    ["[10:05] Пётр Сомов: в дороге, будем через 30 мин"],
    lab('decided', '449840', [], 'подрядчик в пути', 'will be in 30 min = on the way'))
bot(d(26, 13, 45), '449840', '10:20–13:45',
    ["[10:45] Пётр Сомов: прибыли на объект",
     "[10:46] Пётр Сомов: [фото]",
     "[12:00] Иван Кравцов: [стикер]",
     "[13:30] Пётр Сомов: работы завершены, убываем"],
    lab('decided', '449840', [], 'подрядчик убыл', 'arrived then finished; latest = left'))


# --- additional decided letters
bot(d(2, 10, 5), '449012', '09:40–10:05',
    ["[09:55] Иван Кравцов: 449012 берём, завтра с утра на Галактику",
     "[09:56] Пётр Сомов: фреон R410 есть один баллон"],
    lab('decided', '449012', [], 'заявка принята', 'crew takes request; tomorrow is a plan'))
olga(d(6, 10, 30), "Re: 449118 когда будете?",
     "Уже на месте обе бригады, с 10:20.\n\n> Когда будете по 449118? Арендатор на 3 этаже ругается.\n" + SIG,
     lab('decided', '449118', [], 'подрядчик на месте', 'short answer, number in Re: subject'), cs='utf-8', html=False)
plain(d(10, 9, 10), OLGA, "449220 корп. 3-4",
      "Пересылаю из чата:\n\nИван Кравцов, [10.11.2026 8:52]\nедем на 3 и 4 корпус, 449220\n\n"
      "Иван Кравцов, [10.11.2026 8:53]\n[стикер]\n\n" + SIG,
      lab('decided', '449220', ['3', '4'], 'подрядчик в пути', 'Telegram messages pasted into a letter'),
      cs='windows-1251', cte='base64', extra=OUTLOOK)
olga(d(23, 9, 10), "449613 поз2",
     "449613/2: прибытие бригады 09:00, вытяжка В2 кухня.\n" + SIG,
     lab('decided', '449613', ['2'], 'подрядчик на месте', 'noun form прибытие, position after slash and in subject'))

# --- extra review letters
bot(d(5, 15, 0), '449950', '14:30–15:00',
    ["[14:40] Олег Нестеров: #449950 выехали на Титова",
     "[14:41] Олег Нестеров: [стикер]"],
    lab('review', note='449950 not in registry'))
olga(d(16, 17, 40), "бригада выехала",
     "Бригада выехала, будут через сорок минут. Номер заявки уточню у мастера.\n" + SIG,
     lab('review', note='no request number'), html=False)
olga(d(20, 15, 10), "Акт № 449/11 — оплата",
     "Добрый день!\n\nАкт № 449/11 от 06.11.2026 на 112 300 руб. до сих пор не оплачен, "
     "хотя все работы закрыты и подписаны. Просим сообщить сроки оплаты. Счёт № 4491 прилагали.\n" + SIG,
     lab('review', note='complaint about payment; act/invoice numbers are not requests'))
bot(d(25, 17, 0), '449777', '16:30–17:00',
    ["[16:40] Олег Нестеров: 449777 пп.1 и 3 — смету согласовали?",
     "[16:45] Ольга (офис): ещё нет",
     "[16:50] Костя Зуев: тогда выедем завтра, если подпишут"],
    lab('review', note='plan only: выедем завтра'))
plain(d(13, 16, 30), KOSTYA, "Re: 449012 и 449105",
      "По 449012 всё ок, кондиционеры работают. По 449105 лифт опять встал, Дима едет.\n\nЗуев К.\n",
      lab('review', note='two different requests in one letter'),
      cs='koi8-r', cte='quoted-printable', extra={'X-Mailer': 'The Bat! (v9.4.5) Professional'})

# --- ignored (machine mail)
def bounce():
    m = MIMEMultipart('report', report_type='delivery-status')
    m.attach(tpart("This is the mail system at host mx.rf-servis.ru.\n\nI'm sorry to have to inform you that your message could not\n"
                   "be delivered to one or more recipients.\n\n<i.kravtsov@rf-servis.ru>: user unknown\n", 'plain', 'us-ascii', 'quoted-printable'))
    ds = MIMEBase('message', 'delivery-status')
    b1 = Message(); b1['Reporting-MTA'] = 'dns; mx.rf-servis.ru'
    b2 = Message(); b2['Final-Recipient'] = 'rfc822; i.kravtsov@rf-servis.ru'; b2['Action'] = 'failed'; b2['Status'] = '5.1.1'
    ds.set_payload([b1, b2]); m.attach(ds)
    orig = MIMENonMultipart('text', 'plain', charset='utf-8')
    o = tpart("Иван, по заявке 449356 уточните, пожалуйста, время выезда.\nДиспетчерская\n")
    o['From'] = DISPATCH; o['To'] = 'i.kravtsov@rf-servis.ru'; o['Subject'] = Header('Заявка 449356 — уточнение', 'utf-8').encode()
    o['Date'] = format_datetime(d(12, 9, 45))
    rp = MIMEBase('message', 'rfc822'); rp.set_payload([o]); m.attach(rp)
    finish(m, d(12, 9, 46), DAEMON, 'Undelivered Mail Returned to Sender', 'us-ascii', {'Auto-Submitted': 'auto-replied'})
    return m
add(bounce(), lab('ignored', note='delivery failure report (bounce)'))

m = MIMEMultipart('report', report_type='disposition-notification')
m.attach(tpart("Ваше сообщение\n\n  Кому: Мельникова Ольга\n  Тема: Заявка 449613 — график\n  Отправлено: 20.11.2026 10:02\n\n"
               "было прочитано 20.11.2026 10:40.\n", 'plain', 'windows-1251', 'quoted-printable'))
mdn = MIMEBase('message', 'disposition-notification')
mm = Message(); mm['Reporting-UA'] = 'Microsoft Outlook 16.0'; mm['Final-Recipient'] = 'rfc822;o.melnikova@rf-servis.ru'
mm['Disposition'] = 'manual-action/MDN-sent-manually; displayed'
mdn.set_payload([mm]); m.attach(mdn)
add(finish(m, d(20, 10, 40), OLGA, 'Прочитано: Заявка 449613 — график', 'windows-1251', OUTLOOK),
    lab('ignored', note='read receipt'))

ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
       "ATTENDEE;PARTSTAT=ACCEPTED;CN=Мельникова Ольга:mailto:o.melnikova@rf-servis.ru\r\n"
       "SUMMARY:Принято: Планёрка по заявкам ноября (449012–449840)\r\nDTSTART:20261127T070000Z\r\nDTEND:20261127T080000Z\r\n"
       "UID:040000008200E00074C5B7101A82E008000000001\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
m = MIMEMultipart('alternative')
m.attach(tpart("Мельникова Ольга приняла это приглашение.\n", 'plain', 'utf-8', 'base64'))
cal = MIMENonMultipart('text', 'calendar', method='REPLY', charset='utf-8')
cal.set_payload(base64.encodebytes(ics.encode('utf-8')).decode('ascii')); cal['Content-Transfer-Encoding'] = 'base64'
m.attach(cal)
add(finish(m, d(24, 16, 0), OLGA, 'Принято: Планёрка по заявкам ноября', 'utf-8', OUTLOOK),
    lab('ignored', note='calendar meeting response'))

plain(d(27, 8, 0), NEWS, "Новости РФ-Сервис: итоги ноября",
      "Уважаемые партнёры!\n\nВ ноябре бригады РФС выполнили 214 заявок (например, 449012, 449220, 449412). "
      "С 1 декабря открываем круглосуточную линию зимнего обслуживания.\n\nОтписаться: https://rf-servis.ru/unsubscribe\n",
      lab('ignored', note='bulk newsletter'),
      extra={'Precedence': 'bulk', 'List-Unsubscribe': '<https://rf-servis.ru/unsubscribe>', 'List-Id': 'news.rf-servis.ru'})
plain(d(27, 9, 15), OLGA, "Автоматический ответ: Заявка 449840 — акт",
      "Здравствуйте!\n\nЯ в отпуске с 27.11 по 04.12. По заявкам обращайтесь к Константину Зуеву: k.zuev@rf-servis.ru, "
      "+7 922 449-01-77.\n\nОльга Мельникова\n",
      lab('ignored', note='out-of-office auto-reply'), cs='windows-1251', cte='quoted-printable',
      extra={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All', 'X-Mailer': 'Microsoft Outlook 16.0'})

# ---------------------------------------------------------------- write
letters.sort(key=lambda x: x[0]['Date'] and __import__('email.utils').utils.parsedate_to_datetime(x[0]['Date']))
labels = {}
for f in os.listdir(LET):
    os.remove(os.path.join(LET, f))
for i, (msg, label) in enumerate(letters, 1):
    name = '%03d.eml' % i
    with open(os.path.join(LET, name), 'wb') as fh:
        fh.write(msg.as_bytes())
    labels[name] = label
json.dump(labels, open(os.path.join(OUT, 'labels.json'), 'w'), ensure_ascii=False, indent=1)
json.dump(registry, open(os.path.join(OUT, 'registry.json'), 'w'), ensure_ascii=False, indent=1)
from collections import Counter
print(len(labels), Counter(l['expect'] for l in labels.values()))
