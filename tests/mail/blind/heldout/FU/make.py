# -*- coding: utf-8 -*-
"""Generator: shift engineer of ООО «ФСИ-Сервис» (maintenance of libraries & museums)."""
import os, json, datetime, hashlib
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, format_datetime
from email import message_from_string

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
TZ = datetime.timezone(datetime.timedelta(hours=3))
DISP = ('Диспетчерская ОМИС', 'dispatch@zakazchik-omis.ru')
K = ('Кузнецов Андрей Викторович', 'kuznetsov.av@fsi-service.ru')
B = ('Белов Сергей', 'belov.sn@fsi-service.ru')
P = ('Игорь Петренко', 'petrenko.brig@mail.ru')
ODS = ('ОДС ФСИ-Сервис', 'ods@fsi-service.ru')

SIG_K = """
--
С уважением,
Кузнецов Андрей Викторович
сменный инженер ОДС
ООО «ФСИ-Сервис»
техническое обслуживание и ремонт зданий
ИНН 7719442305 / КПП 771901001 / ОГРН 1157746442118
тел.: +7 (495) 641-28-17 доб. 214
моб.: +7 (916) 442-31-08
www.fsi-service.ru
"""
SIG_B = """
-- 
Белов С.Н., сменный инженер
ООО "ФСИ-Сервис", т. 8-495-641-28-17 (доб. 216), 8-903-442-77-10
"""
SIG_P = "\n\nОтправлено из мобильной Почты Mail.ru\n"

registry = {
 "contractor": {"name": "ООО «ФСИ-Сервис»",
                "emails": [K[1], B[1], ODS[1], P[1], 'mailer-daemon@fsi-service.ru', 'news@fsi-service.ru'],
                "domains": ["fsi-service.ru"]},
 "requests": [
  {"number": "442017", "positions": ["1","2","3"], "registered_at": "2026-11-02T08:30:00+03:00",
   "comment": "ЦГБ им. А.С. Пушкина, ул. Ленина, 24: 1 — приточная установка П2 книгохранилища, 2 — ИТП, 3 — освещение читального зала"},
  {"number": "442031", "positions": ["1","2"], "registered_at": "2026-11-03T09:10:00+03:00",
   "comment": "Краеведческий музей, пр. Мира, 15: 1 — прецизионный кондиционер фондохранилища, 2 — эвакуационная дверь"},
  {"number": "442058", "positions": ["1"], "registered_at": "2026-11-04T10:00:00+03:00",
   "comment": "Детская библиотека № 5, ул. Гагарина, 7: протечка кровли"},
  {"number": "442104", "positions": ["1","2","3","4"], "registered_at": "2026-11-05T08:00:00+03:00",
   "comment": "Художественный музей, ул. Советская, 40: увлажнители в залах 1–4"},
  {"number": "442137", "positions": ["1","2"], "registered_at": "2026-11-06T11:20:00+03:00",
   "comment": "Библиотека-филиал № 12, ул. Строителей, 3: 1 — канализация, 2 — насос ХВС"},
  {"number": "442160", "positions": ["1","2","3"], "registered_at": "2026-11-09T08:15:00+03:00",
   "comment": "Музей истории города, ул. Пушкинская, 9: 1 — АПС, 2 — въездные ворота, 3 — водосток"},
  {"number": "442203", "positions": ["1"], "registered_at": "2026-11-10T13:00:00+03:00",
   "comment": "Библиотека им. Маяковского, ул. Чкалова, 52: замена светильников"},
  {"number": "442245", "positions": ["1","2"], "registered_at": "2026-11-11T09:00:00+03:00",
   "comment": "Музей-усадьба «Липки», Садовая, 1: 1 — котельная, 2 — наружное освещение"},
  {"number": "442318", "positions": ["1","2","3"], "registered_at": "2026-11-13T08:40:00+03:00",
   "comment": "ЦБС филиал № 3, ул. Молодёжная, 18: 1 — вентиляция, 2 — электрощитовая, 3 — отопление"},
  {"number": "442377", "positions": ["1"], "registered_at": "2026-11-16T10:30:00+03:00",
   "comment": "Выставочный зал «Галерея на Набережной», Набережная, 11: система контроля протечек"},
  {"number": "442401", "positions": ["1","2"], "registered_at": "2026-11-17T08:00:00+03:00",
   "comment": "Библиотека № 7, ул. Кирова, 66: 1 — освещение лестницы, 2 — замок запасного выхода"},
  {"number": "442456", "positions": ["1","2","3"], "registered_at": "2026-11-19T09:00:00+03:00",
   "comment": "Музей декоративно-прикладного искусства, ул. Октябрьская, 30: 1 — кондиционер, 2 — витринная подсветка, 3 — доводчики дверей"},
 ]}

labels = {}
N = [0]

def D(mo_day, hm):
    d, = [mo_day]
    h, m = map(int, hm.split(':'))
    return datetime.datetime(2026, 11, d, h, m, 0, tzinfo=TZ)

def charset(name, body='qp', head='B'):
    c = Charset(name)
    c.body_encoding = {'qp': QP, 'b64': BASE64, '8bit': None}[body]
    c.header_encoding = {'B': BASE64, 'Q': QP}[head]
    return c

def to_html(text, enc='windows-1251'):
    esc = text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    paras = ''.join('<p class=MsoNormal>%s<o:p></o:p></p>\n' % (l if l.strip() else '&nbsp;') for l in esc.split('\n'))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv=Content-Type content="text/html; charset=%s">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>'
            '<body lang=RU link="#0563C1"><div class=WordSection1>\n' % enc + paras + '</div></body></html>')

def headers(msg, date, frm, subj, cs, to=DISP, extra=None, mailer='outlook', reply_to_id=None):
    n = N[0]
    msg['From'] = formataddr(frm, charset=cs)
    msg['To'] = formataddr(to, charset=cs)
    msg['Subject'] = Header(subj, cs) if any(ord(c) > 127 for c in subj) else subj
    msg['Date'] = format_datetime(date)
    h = hashlib.md5(('%d%s' % (n, subj)).encode()).hexdigest()
    dom = frm[1].split('@')[1]
    if mailer == 'outlook':
        msg['Message-ID'] = '<000%s01d9%s$%s$%s@%s>' % (h[:3], h[3:11], h[11:19], h[19:27], dom)
        msg['X-Mailer'] = 'Microsoft Outlook 16.0'
        msg['Thread-Index'] = 'AQH' + h[:20] + '=='
        msg['Content-Language'] = 'ru'
    elif mailer == 'tb':
        msg['Message-ID'] = '<%s-%s@%s>' % (h[:8], h[8:16], dom)
        msg['User-Agent'] = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0'
    else:
        msg['Message-ID'] = '<%s@%s>' % (h, dom)
        msg['X-Mailer'] = 'Mail.Ru Mobile'
    if reply_to_id:
        msg['In-Reply-To'] = reply_to_id
        msg['References'] = reply_to_id
    for k, v in (extra or {}).items():
        msg[k] = v
    if 'MIME-Version' not in msg:
        msg['MIME-Version'] = '1.0'

def save(msg, label):
    N[0] += 1
    fn = '%03d.eml' % N[0]
    with open(os.path.join(LET, fn), 'wb') as f:
        f.write(msg.as_bytes())
    labels[fn] = label

def L(date, frm, subj, text=None, html=None, enc='windows-1251', body='qp', head='B',
      mailer='outlook', label=None, extra=None, reply=False, alt=True, to=DISP):
    if enc == 'windows-1251' and N[0] % 3 == 0:
        head = 'Q'  # Outlook sometimes uses Q-encoding
    cs = charset(enc, body, head)
    if enc == 'koi8-r':
        fix = lambda t: t and t.replace('—', '-').replace('–', '-').replace('«', '"').replace('»', '"').replace('№', 'N')
        text, html, subj = fix(text), fix(html), fix(subj)
    if mailer == 'outlook' and text is not None and html is None and alt:
        html = to_html(text, enc)
    if text is not None and html is not None:
        msg = MIMEMultipart('alternative')
        msg.attach(MIMEText(text, 'plain', cs))
        msg.attach(MIMEText(html, 'html', cs))
    elif html is not None:
        msg = MIMEText(html, 'html', cs)
    else:
        msg = MIMEText(text, 'plain', cs)
    rid = '<disp-%s@zakazchik-omis.ru>' % hashlib.md5(subj.encode()).hexdigest()[:16] if reply else None
    # headers need N before save: use N+1
    N[0] += 1
    headers(msg, date, frm, subj, cs, to=to, extra=extra, mailer=mailer, reply_to_id=rid)
    N[0] -= 1
    save(msg, label)

def dec(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}
def rev(note):
    return {"expect": "review", "note": note}
def ign(note):
    return {"expect": "ignored", "note": note}

PR, VP, NM, UB = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'

def oq(frm, when, to, subj, body):
    """Russian Outlook quote block"""
    return ('\n\nОт: %s <%s>\nОтправлено: %s\nКому: %s <%s>\nТема: %s\n\n%s' %
            (frm[0], frm[1], when, to[0], to[1], subj, body))

DQ = "Диспетчер ОМИС\nтел. 8 (495) 700-14-42\n"

# ======================= letters =======================
# ---------------- 442017 ЦГБ им. Пушкина ----------------
L(D(2,'09:05'), K, 'Заявка 442017 принята',
  "Добрый день!\n\nЗаявку № 442017 (ЦГБ им. Пушкина, ул. Ленина, 24) приняли в работу. "
  "Бригаду Петренко И. ставлю на обед, раньше не получится — утром все на Чкалова.\n" + SIG_K,
  enc='utf-8', body='8bit', alt=False,
  label=dec('442017', [], PR, 'accepted, no position named'))

L(D(2,'14:22'), K, '442017 поз 1 - выезд',
  "Коллеги, добрый день.\n\nБригада Петренко И. выехала на Ленина, 24 по позиции 1 (приточная установка П2 в книгохранилище). "
  "Ориентировочно будут в 15:00. Машина Газель Р 442 КМ 750, прошу предупредить охрану.\n" + SIG_K,
  label=dec('442017', ['1'], VP, 'crew left base for the site; "П2" is the unit name, not a position; car plate has 442'))

L(D(2,'18:07'), K, 'RE: 442017 поз 1 - выезд',
  "Коллеги, по поз. 1 итог за день:\n\n"
  "14:20 — выезд с базы\n15:05 — прибыли, допуск у дежурного администратора\n"
  "15:30 — вскрыли П2, ремень вентилятора порван, подшипник шумит\n"
  "16:50 — ремень заменили (SPB 1400), подшипник 6205-2RS тоже заменили\n"
  "17:35 — пробный пуск, всё работает, шума нет\n17:45 — бригада убыла с объекта\n\n"
  "Акт выполненных работ передам завтра с курьером.\n" + SIG_K +
  oq(K, '2 ноября 2026 г. 14:22', DISP, '442017 поз 1 - выезд',
     "Коллеги, добрый день.\n\nБригада Петренко И. выехала на Ленина, 24 по позиции 1 (приточная установка П2 в книгохранилище). Ориентировочно будут в 15:00."),
  body='b64', reply=True,
  label=dec('442017', ['1'], UB, 'shift log, latest done event is departure 17:45; quoted own letter says в пути'))

L(D(3,'10:34'), K, 'RE: Заявка 442017 ЦГБ им. Пушкина - ИТП (поз. 2)',
  "На месте с 10:20, смотрим теплообменник. Отпишусь по итогу.\n\nКузнецов А.В.\nмоб. +7 (916) 442-31-08\n" +
  oq(DISP, '3 ноября 2026 г. 9:52', K, 'Заявка 442017 ЦГБ им. Пушкина - ИТП (поз. 2)',
     "Андрей Викторович, добрый день!\nПо ИТП библиотеки жалоба — в читальном зале +16. Просим сообщить о прибытии бригады.\n\n" + DQ),
  reply=True,
  label=dec('442017', ['2'], NM, 'number and position only in quoted subject, body says on site since 10:20'))

L(D(3,'15:12'), K, '442017-2 закончили',
  "По второй позиции закончили, ребята уехали в 15:00. Акт КС-2 № 118/11 подпишем завтра у заведующей.\n" + SIG_K,
  enc='utf-8', body='qp', alt=False,
  label=dec('442017', ['2'], UB, 'position after dash in subject; act number is noise'))

L(D(3,'16:02'), K, 'Поправка по 442017',
  "Извиняюсь, в предыдущем письме ошибся: не поз. 2, а поз. 3 — закончили и уехали со светильников в читальном зале "
  "(заменили 6 шт. ДПО 4х18, драйверы не трогали). ИТП завтра продолжим, теплообменник на промывке.\n" + SIG_K,
  enc='utf-8', body='qp', alt=False,
  label=dec('442017', ['3'], UB, 'correction of previous letter: departure is for position 3, not 2'))

# ---------------- 442031 Краеведческий музей ----------------
L(D(3,'09:48'), B, 'Re: 442031',
  "Принял, в работу. Выезд согласую с хранителем фондов, в фондохранилище без неё не пускают.\n" + SIG_B +
  "\n03.11.2026 9:15, Диспетчерская ОМИС пишет:\n> Направляем заявку 442031, Краеведческий музей, пр. Мира, 15.\n"
  "> Поз. 1 - прецизионный кондиционер фондохранилища, поз. 2 - эвакуационная дверь.\n> Просим подтвердить получение.\n",
  enc='koi8-r', body='8bit', mailer='tb', reply=True,
  label=dec('442031', [], PR, 'accepted; positions appear only in the quote'))

L(D(3,'11:30'), B, '442031 - пока не выехали',
  "По 442031 пока не выехали: хранитель будет только после 14:00, пропуск на машину не готов. Как сделают пропуск — сообщу.\n" + SIG_B,
  enc='koi8-r', body='8bit', mailer='tb',
  label=rev('negation: not yet left, waiting for a pass'))

L(D(3,'14:40'), B, '442031 п.1',
  "Бригада выдвинулась в музей на Мира 15 по п.1 (кондиционер фондохранилища), ETA 15:10.\n" + SIG_B,
  enc='koi8-r', body='b64', mailer='tb',
  label=dec('442031', ['1'], VP, 'выдвинулась в музей = on the way'))

L(D(3,'19:20'), K, 'Заявка 442031 - итог',
  html=("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></head><body>"
        "<p>Добрый вечер.</p><p>По заявке <b>442031</b> (Краеведческий музей) отчёт по позициям:</p>"
        "<table border=1 cellspacing=0 cellpadding=4>"
        "<tr><th>Поз.</th><th>Оборудование</th><th>Прибытие</th><th>Убытие</th><th>Примечание</th></tr>"
        "<tr><td>1</td><td>Кондиционер Stulz CyberAir CRS 442</td><td>15:10</td><td>18:40</td><td>дозаправка R410A 1,2 кг, течь устранена</td></tr>"
        "<tr><td>2</td><td>Эвакуационная дверь, доводчик Dorma TS-83</td><td>17:00</td><td>18:50</td><td>доводчик заменён</td></tr>"
        "</table><p>Обе позиции закрыты, бригада уехала.</p>"
        "<p>--<br>С уважением,<br>Кузнецов А.В., сменный инженер ОДС<br>ООО «ФСИ-Сервис»<br>ИНН 7719442305 / КПП 771901001<br>тел. +7 (495) 641-28-17 доб. 214</p>"
        "</body></html>"),
  label=dec('442031', ['1','2'], UB, 'HTML-only table, both rows have departure time; model number CRS 442 is noise'))

# ---------------- 442058 Детская библиотека № 5 ----------------
L(D(4,'10:25'), K, 'обращение 442058 - протечка Гагарина 7',
  "Добрый день. Бригада кровельщиков направлена, будут в течение часа. С собой мастика и рулон техноэласта.\n" + SIG_K,
  label=dec('442058', [], VP, 'направлена, будут в течение часа = on the way'))

L(D(4,'11:40'), K, '442058',
  "Кpовельщики нa объекте, нашли место протечки у парапета над абонементом. Работаем.\n\nКузнецов\n",
  enc='utf-8', body='8bit', alt=False,
  label=dec('442058', [], NM, 'Latin look-alike letters in "Кpовельщики нa"; on site'))

L(D(4,'12:05'), K, '442058 поз. 3',
  "Заодно по поз. 3 (водосток над входом) глянули — там засор листвой, прочистили. Ребята там же, на кровле.\n" + SIG_K,
  enc='utf-8', body='qp', alt=False,
  label=rev('request 442058 has only position 1; position 3 does not exist'))

L(D(4,'17:30'), K, 'ГОТОВО 442058',
  "ПРОТЕЧКУ НАД АБОНЕМЕНТОМ УСТРАНИЛИ, ПАРАПЕТ ПЕРЕКРЫЛИ, КРОВЕЛЬЩИКИ УЕХАЛИ В 17:10. ПОТОЛОК ПРОСОХНЕТ — ПОКРАСИМ ОТДЕЛЬНО.\n" + SIG_K,
  label=dec('442058', [], UB, 'caps; work done and crew left'))

# ---------------- 442104 Художественный музей ----------------
L(D(5,'08:40'), K, 'Наряд 442104 принят',
  "Доброе утро. Наряд 442104 (Художественный музей, Советская 40, увлажнители) приняли. Сервисник по Carel будет с нами.\n" + SIG_K,
  body='b64',
  label=dec('442104', [], PR, 'наряд = request; accepted'))

L(D(5,'09:15'), K, '442104 (2)',
  "Выехали на Советскую 40, начнём со второй позиции — там увлажнитель Carel humiSteam UE008 в ошибке. Будем к 10.\n" + SIG_K,
  label=dec('442104', ['2'], VP, 'position in brackets in subject; выехали на = on the way'))

L(D(5,'12:30'), K, 'Re: 442104 (2)',
  "Промежуточно: по поз. 1 и 2 закончили, увлажнители в работе. На 3 и 4 сейчас работаем, там цилиндры менять.\n" + SIG_K,
  enc='utf-8', body='8bit', alt=False,
  label=rev('different statuses for different positions (1,2 finished / 3,4 on site) in one letter'))

L(D(5,'17:55'), K, '442104 - итог смены',
  "Итог по 442104 за смену:\n\n13:00 — перешли на поз. 3 (зал 3)\n14:40 — поз. 3 готова, цилиндр BL0S2F00H2 заменён\n"
  "15:00 — поз. 4 (зал 4)\n17:20 — поз. 4 готова, влажность 48%, хранитель принял\n17:40 — выехали с объекта на базу\n\n"
  "Как и по прошлой заявке в этом музее, старые цилиндры оставили у завхоза.\n" + SIG_K,
  body='b64',
  label=dec('442104', ['3','4'], UB, 'shift log; latest done event: left the site 17:40 for pos 3 and 4'))

L(D(6,'09:10'), K, 'RE: 442104 акт',
  "Спасибо за оперативное подписание акта по 442104! Оригиналы заберём в пятницу.\n" + SIG_K +
  oq(DISP, '6 ноября 2026 г. 8:47', K, '442104 акт', "Акт по увлажнителям подписан, скан во вложении.\n\n" + DQ),
  reply=True,
  label=rev('thanks for the dispatcher\'s message, no status'))

# ---------------- 442137 Библиотека-филиал № 12 ----------------
L(D(6,'11:45'), K, 'RE: Новая заявка 442137 - Библиотека-филиал № 12',
  "Приняли.\n\nКузнецов А.В.\n\n-----Original Message-----\nFrom: Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>\n"
  "Sent: Friday, November 6, 2026 11:22 AM\nTo: kuznetsov.av@fsi-service.ru\nSubject: Новая заявка 442137 - Библиотека-филиал № 12\n\n"
  "Строителей, 3. Поз. 1 - засор канализации в с/у, поз. 2 - насос ХВС (не держит давление).\nСрочно.\n\n" + DQ,
  enc='utf-8', body='qp', alt=False, reply=True,
  label=dec('442137', [], PR, 'one word; number only in subject; positions only in quote'))

L(D(6,'13:20'), K, 'Fw: Строителей 3',
  "Пересылаю от бригадира по 442137.\n\nКузнецов\n\nОт: Игорь Петренко <petrenko.brig@mail.ru>\n"
  "Отправлено: 6 ноября 2026 г. 13:14\nКому: Кузнецов Андрей Викторович <kuznetsov.av@fsi-service.ru>\nТема: Строителей 3\n\n"
  "Андрей, мы на Строителей 3, по поз.1 засор в стояке, пробиваем тросом. Насос потом.\n\nОтправлено из мобильной Почты Mail.ru\n",
  label=dec('442137', ['1'], NM, 'forwarded crew message is the report: on site at pos 1'))

L(D(6,'16:45'), P, '442137 п1 п2',
  "все сделали уехали. засор пробили, насос поменяли на грундфос cm3-5 старый на базе" + SIG_P,
  enc='utf-8', body='8bit', mailer='mobile', alt=False,
  label=dec('442137', ['1','2'], UB, 'crew lead from mobile, no punctuation'))

# ---------------- 442160 Музей истории города ----------------
L(D(9,'08:50'), K, 'Заявка № 442160 принята',
  "Добрый день. Заявку № 442160 приняли. Поз. 1 (АПС) — сегодня до обеда, поз. 2 и 3 — завтра с утра, ворота без сварщика не сделать.\n" + SIG_K,
  label=dec('442160', [], PR, 'acceptance of whole request; positions mentioned only with plans'))

L(D(9,'10:05'), K, '442106 поз 1',
  "Бригада на месте, Пушкинская 9, по АПС.\n\nКузнецов\nмоб. +7 (916) 442-31-08\n",
  enc='utf-8', body='8bit', alt=False,
  label=rev('number 442106 is not in the registry (typo)'))

L(D(9,'10:12'), K, 'Поправка: 442160 поз 1',
  "В предыдущем письме ошибся номером — не 442106, а 442160. Бригада на месте с 09:55 по поз. 1 (АПС, прибор Сигнал-20П, шлейф 4 в обрыве).\n" + SIG_K,
  label=dec('442160', ['1'], NM, 'correction of wrong number; retracted number is not a second request'))

L(D(9,'15:30'), K, 'Re: 442160',
  "По АПС (поз. 1) закрыли:\n11:20 — заменили 2 дымовых ИП 212-45 в зале экспозиции\n12:05 — тест шлейфа 4, норма\n"
  "12:30 — сдали дежурному охраны, журнал подписан, уехали.\n\n"
  "> Андрей Викторович, что по АПС? Охрана звонит.\n> Диспетчер ОМИС\n\n" + SIG_K,
  enc='utf-8', body='qp', alt=False, reply=True,
  label=dec('442160', ['1'], UB, 'log; latest event departure 12:30'))

L(D(10,'08:20'), K, '442160 - ворота',
  "Ворота (поз. 2) — выезжаем, к 9 будем. Как и по прошлой заявке, ключи от шлагбаума возьмём у охраны на КПП.\n" + SIG_K,
  label=dec('442160', ['2'], VP, 'выезжаем, к 9 будем = on the way; passing reference to previous request without number'))

L(D(10,'12:50'), K, '442160 / 2,3',
  "Ворота отрегулировали, петли переварили, водосток прочистили и закрепили хомутами. Обе позиции закрыты, бригада свободна.\n" + SIG_K,
  body='b64',
  label=dec('442160', ['2','3'], UB, 'positions in subject after slash; result + бригада свободна'))

L(D(12,'09:30'), K, 'охрана на Пушкинской',
  "Коллеги, по 442160 охрана музея уже второй раз не пускает бригаду без служебного письма, теряем по часу. "
  "Прошу решить вопрос с администрацией, иначе по гарантийным выездам будут задержки.\n" + SIG_K,
  label=rev('complaint, no status'))

# ---------------- 442203 Библиотека им. Маяковского ----------------
L(D(10,'13:30'), K, 'Вопрос по 442203',
  "Добрый день. По 442203 — какие светильники ставить? В заявке не указано. Есть в наличии ДПО-442 LED 36 Вт, 24 шт. Подойдут?\n" + SIG_K,
  label=rev('question, no status; ДПО-442 is a model'))

L(D(11,'09:00'), K, 'Обращение 442203',
  "Обращение 442203 приняли, светильники согласовали с заведующей по телефону (ДПО LED 36 Вт). Электрики будут до обеда.\n" + SIG_K,
  enc='utf-8', body='qp', alt=False,
  label=dec('442203', [], PR, 'accepted; arrival only promised'))

L(D(11,'10:40'), K, 'Чкалова 52',
  html=("<html><head><meta charset=\"utf-8\"></head><body><div>Электрики прибыли на ул. Чкалова, 52 (442203), "
        "начинают демонтаж в читальном зале 2-го этажа.</div><div><br></div><div>Кузнецов А.В.<br>"
        "+7 (916) 442-31-08</div></body></html>"),
  enc='utf-8', body='b64',
  label=dec('442203', [], NM, 'HTML-only; number in brackets after the address'))

L(D(11,'16:15'), K, 'RE: Чкалова 52',
  "Итог по 442203:\n09:50 — выезд\n10:30 — на месте\n11:00–15:30 — замена светильников, 24 шт., подключение\n"
  "15:45 — проверка, сдали завхозу\n16:00 — электрики уехали\n\nМусор вывезли. Старые ЛЛ сдали на утилизацию, как и по прошлогодней заявке (№ 41877).\n" + SIG_K,
  label=dec('442203', [], UB, 'log; latest event departure; old last-year number is only a passing reference'))

# ---------------- 442245 Музей-усадьба ----------------
L(D(11,'09:30'), K, 'RE: Заявка 442245: котельная и наружное освещение',
  "Принято, в работу.\n" + SIG_K +
  oq(DISP, '11 ноября 2026 г. 9:04', K, 'Заявка 442245: котельная и наружное освещение',
     "Музей-усадьба «Липки», Садовая, 1.\nПоз. 1 — котельная, котёл уходит в аварию.\nПоз. 2 — наружное освещение парка, не горит линия у пруда.\n\n" + DQ),
  reply=True,
  label=dec('442245', [], PR, 'number only in subject of the reply'))

L(D(11,'10:10'), K, '442245 поз.1',
  "Выезжаем на Садовую по котельной (поз.1), дорога загородная, будем минут через 50.\n" + SIG_K,
  label=dec('442245', ['1'], VP, 'будем через 50 минут = on the way'))

L(D(11,'11:05'), K, '442245 п1',
  "бpигада на мeсте, котёл Buderus Logano G234 стоит на ошибке 6А, смотрим горелку\n\nКузнецов\n",
  enc='windows-1251', body='8bit', alt=False,
  label=dec('442245', ['1'], NM, 'Latin look-alikes (p, e); on site'))

L(D(11,'14:00'), K, 'Re: 442245 п1',
  "По 1-й закончили: электрод розжига заменили, котёл в работе, уехали в 13:45. "
  "По 2-й (наружное освещение) — завтра, нужна автовышка, сегодня не дают.\n" + SIG_K,
  body='b64',
  label=dec('442245', ['1'], UB, 'pos 1 done and left; pos 2 only planned'))

L(D(12,'09:00'), K, 'Липки - освещение',
  "Автовышка выехала на усадьбу по наружному освещению (поз. 2) заявки 442245, госномер вышки Е 442 ТО 50.\n" + SIG_K,
  label=dec('442245', ['2'], VP, 'выехала НА усадьбу = travelling to the site; plate with 442 is noise'))

L(D(12,'13:10'), K, '442245 поз. 2 — убытие 13:00',
  "Линию у пруда восстановили, кабель в муфте перегорел. Всё горит.\n" + SIG_K,
  enc='utf-8', body='8bit', alt=False,
  label=dec('442245', ['2'], UB, 'noun убытие with time in subject'))

# ---------------- 442318 ЦБС филиал № 3 ----------------
L(D(13,'09:02'), B, 'Принята заявка 442318',
  "Заявку 442318 (филиал № 3, Молодёжная 18) взяли в работу.\n" + SIG_B,
  enc='koi8-r', body='qp', mailer='tb',
  label=dec('442318', [], PR, 'accepted'))

L(D(13,'10:30'), B, '442318 поз2 прибытие 10:25',
  "Электрики в щитовой.\n" + SIG_B,
  enc='koi8-r', body='8bit', mailer='tb',
  label=dec('442318', ['2'], NM, 'noun прибытие with time in subject'))

L(D(13,'12:00'), K, '442318 поз. 3 - согласование',
  "Добрый день. По 442318 поз. 3 — требуется замена циркуляционного насоса Wilo TOP-S 30/10, стоимость 48 200 руб. без НДС "
  "(КП № 442-КП от 13.11.2026 во вложении не прикладываю, пришлю отдельно). Прошу согласовать, без этого работы не начнём.\n" + SIG_K,
  label=rev('price approval request, no status'))

L(D(13,'15:40'), B, 'Re: 442318 поз2 прибытие 10:25',
  "поз 2 - закончили, уехали в 15:30. Автомат на группу 7 заменили, протяжку сделали.\n" + SIG_B +
  "\n13.11.2026 10:30, Белов Сергей пишет:\n> Электрики в щитовой.\n",
  enc='koi8-r', body='8bit', mailer='tb', reply=True,
  label=dec('442318', ['2'], UB, 'Re: subject names old status (прибытие); body reports departure'))

L(D(13,'17:00'), K, '442318 п.1, п.3',
  "По 442318 п.1 и п.3 выедем завтра к 8:00, сегодня свободных людей нет. Насос по п.3 ждём согласования.\n" + SIG_K,
  label=rev('plan only: выедем завтра'))

L(D(14,'08:05'), K, '442318 п.1, п.3',
  "Бригада выехала на Молодёжную 18 по п.1 и п.3. Насос согласовали, везём.\n" + SIG_K,
  body='b64',
  label=dec('442318', ['1','3'], VP, 'выехала на = on the way'))

L(D(14,'16:50'), K, 'RE: 442318 п.1, п.3',
  "Отчёт по 442318 за смену:\n08:05 — выехали\n08:50 — прибыли, вентиляция (п.1) — чистка фильтров, замена ремня\n"
  "11:30 — п.1 готово\n11:40 — п.3, слив системы, замена насоса\n15:10 — заполнение, запуск, батареи горячие\n"
  "16:30 — объект сдали, убыли\n" + SIG_K,
  label=dec('442318', ['1','3'], UB, 'long log; latest event departure 16:30'))

# ---------------- 442377 Выставочный зал ----------------
L(D(16,'11:00'), K, 'Принял 442377',
  "Принял 442377, по Набережной. Выезд после 12.\n" + SIG_K,
  enc='utf-8', body='8bit', alt=False,
  label=dec('442377', [], PR, 'accepted; departure only planned'))

L(D(16,'12:10'), K, 'Набережная 11 (442377)',
  "Бригада на месте, выставочный зал. Контроллер Нептун ProW+ не видит два датчика.\n" + SIG_K,
  label=dec('442377', [], NM, 'number in brackets after address in subject'))

L(D(16,'14:00'), K, 'Re: Набережная 11 (442377)',
  "Уехали с объекта за запчастью (беспроводной датчик протечки), работа не закончена. Вернёмся завтра утром.\n" + SIG_K,
  label=rev('left the site but work unfinished, will return: not a departure with work done'))

L(D(17,'11:50'), K, 'Re: Набережная 11 (442377)',
  "Датчики установили, привязали к контроллеру, проверили проливом — кран закрывается. Уехали в 11:40.\n" + SIG_K,
  body='b64',
  label=dec('442377', [], UB, 'number only in subject; finished and left'))

# ---------------- 442401 Библиотека № 7 ----------------
L(D(17,'08:30'), B, 'Re: 442401',
  "Приняли 442401.\n" + SIG_B + "\n17.11.2026 8:02, Диспетчерская ОМИС пишет:\n> Заявка 442401, Библиотека № 7, Кирова 66.\n> Поз. 1 освещение лестницы, поз. 2 замок запасного выхода.\n",
  enc='koi8-r', body='8bit', mailer='tb', reply=True,
  label=dec('442401', [], PR, 'accepted'))

L(D(17,'09:30'), B, '442401 поз. 1 и 2 - в пути',
  "Едем на Кирова. Будем примерно в 10.\n" + SIG_B,
  enc='koi8-r', body='b64', mailer='tb',
  label=dec('442401', ['1','2'], VP, 'on the way for both positions'))

L(D(17,'10:15'), K, 'FW: Кирова 66',
  "Пересылаю.\n\n-----Original Message-----\nFrom: Игорь Петренко <petrenko.brig@mail.ru>\nSent: Tuesday, November 17, 2026 10:08 AM\n"
  "To: Кузнецов Андрей Викторович <kuznetsov.av@fsi-service.ru>\nSubject: Кирова 66\n\n"
  "442401 на месте Кирова 66, поз 1 и 2, начали с лестницы\n\nОтправлено из мобильной Почты Mail.ru\n",
  enc='utf-8', body='qp', alt=False,
  label=dec('442401', ['1','2'], NM, 'forwarded crew report (Outlook Original Message): on site, positions 1 and 2'))

L(D(17,'18:30'), K, '442401',
  "По 442401 поз. 1 — закончили, светильники на лестнице горят, уехали в 18:10. Поз. 2 — продолжим 18.11, замок не тот привезли.\n" + SIG_K,
  label=dec('442401', ['1'], UB, 'pos 1 done and left; pos 2 plan only; 18.11 is a date'))

L(D(18,'12:00'), K, '442401(2)',
  "Замок на запасном выходе заменили (Эльбор Гранит 1.02), ключи 3 компл. передали завхозу под роспись, бригада уехала.\n" + SIG_K,
  enc='utf-8', body='8bit', alt=False,
  label=dec('442401', ['2'], UB, 'position in brackets glued to number'))

# ---------------- 442456 Музей ДПИ ----------------
L(D(19,'09:20'), K, 'Заявка 442456 принята в работу',
  "Добрый день! Заявку приняли, бригада собирается.\n" + SIG_K,
  label=dec('442456', [], PR, 'number only in subject'))

L(D(19,'10:00'), K, '442456 — выезд',
  "По заявке 442456 выезжаем на Октябрьскую 30, в составе 3 человека + кондиционерщик. Будем к 10:40.\n" + SIG_K,
  body='b64',
  label=dec('442456', [], VP, 'noun выезд in subject, будем к 10:40'))

L(D(19,'11:10'), K, 'RE: 442456 — выезд',
  "П1 — на месте, кондиционерщик работает. П2 и П3 — вторая бригада в пути, застряли на Садовом.\n" + SIG_K,
  enc='utf-8', body='qp', alt=False,
  label=rev('different statuses for different positions (П1 on site, П2/П3 on the way)'))

L(D(19,'17:40'), K, '442456 - закрытие',
  html=("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></head><body>"
        "<p>Коллеги, по заявке № 442456 работы завершены:</p>"
        "<table border=1 cellpadding=3 style='border-collapse:collapse'>"
        "<tr><td><b>Позиция</b></td><td><b>Что сделано</b></td><td><b>Статус</b></td></tr>"
        "<tr><td>1</td><td>Кондиционер Daikin FTXM35R — чистка, дозаправка</td><td>убыли 16:20</td></tr>"
        "<tr><td>2</td><td>Витринная подсветка — замена блока питания 12V 150W</td><td>убыли 17:05</td></tr>"
        "<tr><td>3</td><td>Доводчики дверей — регулировка 4 шт.</td><td>убыли 17:05</td></tr>"
        "</table><p>Акт № 442456/1 (номер по заявке) подпишем в понедельник.</p>"
        "<p>С уважением,<br>Кузнецов Андрей Викторович<br>сменный инженер ОДС ООО «ФСИ-Сервис»<br>ИНН 7719442305<br>моб.: +7 (916) 442-31-08</p>"
        "</body></html>"),
  body='qp',
  label=dec('442456', ['1','2','3'], UB, 'HTML table, a row per position, all departed'))

# ---------------- shift summaries (several requests) ----------------
L(D(3,'20:05'), K, 'Сводка за смену 03.11.2026',
  "Коллеги, сводка за смену 03.11 (день, Кузнецов):\n\n"
  "1. 442017 ЦГБ им. Пушкина — ИТП в работе, освещение читального зала закрыто, уехали 15:00.\n"
  "2. 442031 Краеведческий музей — кондиционер и дверь сделаны, бригада убыла 18:50.\n"
  "3. 442058 — завтра с утра кровельщики, если не будет дождя.\n\n"
  "Замечаний по допуску нет. Смену сдал Белову С.Н.\n" + SIG_K,
  body='b64',
  label=rev('shift summary covering several requests'))

L(D(11,'20:10'), K, 'Сводка смены 11.11',
  "Сводка за 11.11:\n08:30 — Чкалова 52 (442203), электрики, светильники — закончили в 16:00\n"
  "10:10 — Липки (442245) котельная — закрыли в 13:45, освещение — завтра на автовышке\n"
  "18:00 — звонок с Пушкинской, ворота снова заедают, завтра посмотрим по гарантии\n\nСмену сдал.\n" + SIG_K,
  label=rev('shift summary with two requests'))

L(D(17,'20:15'), K, 'Сводка 17.11 (день)',
  html=("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></head><body>"
        "<p>Сводка за смену 17.11.2026:</p><table border=1 cellpadding=3>"
        "<tr><th>Заявка</th><th>Объект</th><th>Поз.</th><th>Состояние</th></tr>"
        "<tr><td>442377</td><td>Набережная, 11</td><td>1</td><td>закрыто, уехали 11:40</td></tr>"
        "<tr><td>442401</td><td>Кирова, 66</td><td>1</td><td>закрыто, уехали 18:10</td></tr>"
        "<tr><td>442401</td><td>Кирова, 66</td><td>2</td><td>перенос на 18.11</td></tr>"
        "</table><p>Кузнецов А.В., т. +7 (916) 442-31-08</p></body></html>"),
  body='b64',
  label=rev('shift summary table with two requests'))

L(D(19,'20:00'), B, 'смена 19.11 ночь - приём',
  "Смену принял в 20:00. Открытые: 442456 — закрыта днём, акт в понедельник; 442318 — гарантийный звонок по отоплению, "
  "выезд завтра. Ночью дежурю, телефон 8-903-442-77-10.\n" + SIG_B,
  enc='koi8-r', body='8bit', mailer='tb',
  label=rev('shift handover note with two requests, no new status'))

# ---------------- other review ----------------
L(D(9,'14:10'), K, '442090 поз 1',
  "Бригада на месте по поз. 1, начали.\n" + SIG_K,
  label=rev('442090 is not in the registry'))

L(D(4,'11:15'), B, 'Гагарина 7',
  "Бригада на месте в детской библиотеке на Гагарина, поднимаются на кровлю.\n" + SIG_B,
  enc='koi8-r', body='8bit', mailer='tb',
  label=rev('no request number at all (address only)'))

L(D(16,'09:15'), K, 'Договор на 2027',
  "Добрый день. Направляю вопрос по допсоглашению к договору № 14/442-ТО от 10.01.2025: "
  "индексация расценок на 2027 г. 7%, по заявкам в выходные — коэффициент 1,5. Прошу передать в договорной отдел.\n" + SIG_K,
  label=rev('contract/price talk, no request, no status'))

# ---------------- ignored: machine mail ----------------
def autoreply():
    cs = charset('windows-1251', 'qp', 'B')
    msg = MIMEText("Здравствуйте!\n\nЯ в отпуске с 23.11 по 30.11.2026 включительно. По заявкам обращайтесь к "
                   "сменному инженеру Белову С.Н. (belov.sn@fsi-service.ru, 8-903-442-77-10) или в ОДС: +7 (495) 641-28-17.\n\n"
                   "Кузнецов А.В.\n", 'plain', cs)
    N[0] += 1
    headers(msg, D(23,'10:02'), K, 'Автоматический ответ: Заявка 442456 - акт', cs,
            extra={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All', 'Precedence': 'auto_reply'},
            reply_to_id='<disp-442456-akt@zakazchik-omis.ru>')
    N[0] -= 1
    save(msg, ign('Outlook out-of-office auto-reply'))
autoreply()

def bounce():
    cs = charset('utf-8', 'qp', 'B')
    outer = MIMEMultipart('report', report_type='delivery-status')
    outer.attach(MIMEText("Это сообщение создано автоматически почтовым сервером.\n\n"
                          "Не удалось доставить письмо одному или нескольким получателям:\n\n"
                          "  <dispetcher@zakazchik-omis.ru>: host mx.zakazchik-omis.ru said: 550 5.1.1 User unknown\n", 'plain', cs))
    ds = MIMEBase('message', 'delivery-status')
    ds.set_payload([message_from_string("Reporting-MTA: dns; mx1.fsi-service.ru\n\n"),
                    message_from_string("Final-Recipient: rfc822; dispetcher@zakazchik-omis.ru\n"
                   "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n")])
    outer.attach(ds)
    orig = MIMEText("442401 поз. 2 — бригада на месте, меняем замок.\n\nКузнецов\n", 'plain', cs)
    orig['From'] = formataddr(K, charset=cs); orig['To'] = 'dispetcher@zakazchik-omis.ru'
    orig['Subject'] = Header('442401 поз. 2', cs); orig['Date'] = format_datetime(D(18,'09:40'))
    outer.attach(MIMEMessage(orig))
    N[0] += 1
    headers(outer, D(18,'09:41'), ('Mail Delivery System', 'mailer-daemon@fsi-service.ru'),
            'Недоставленное сообщение: 442401 поз. 2', cs, extra={'Auto-Submitted': 'auto-replied'}, mailer='other')
    N[0] -= 1
    save(outer, ign('bounce (delivery failure); the embedded original report is not a new letter from a person'))
bounce()

def receipt():
    cs = charset('windows-1251', 'b64', 'B')
    outer = MIMEMultipart('report', report_type='disposition-notification')
    outer.attach(MIMEText("Ваше сообщение\n\n  Кому: Кузнецов Андрей Викторович\n  Тема: Заявка 442318 - уточнение по насосу\n"
                          "  Отправлено: 13.11.2026 11:20\n\nбыло прочитано 13.11.2026 11:34.\n", 'plain', cs))
    mdn = MIMEBase('message', 'disposition-notification')
    mdn.set_payload("Reporting-UA: fsi-service.ru; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;kuznetsov.av@fsi-service.ru\n"
                    "Original-Message-ID: <disp-442318-nasos@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    outer.attach(mdn)
    N[0] += 1
    headers(outer, D(13,'11:34'), K, 'Прочитано: Заявка 442318 - уточнение по насосу', cs)
    N[0] -= 1
    save(outer, ign('read receipt'))
receipt()

def calendar():
    cs = charset('utf-8', 'qp', 'B')
    outer = MIMEMultipart('alternative')
    outer.attach(MIMEText("Принято: Совещание по итогам ноября (заявки 442017–442456)\n", 'plain', cs))
    ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
           "ATTENDEE;PARTSTAT=ACCEPTED;CN=Кузнецов Андрей Викторович:mailto:kuznetsov.av@fsi-service.ru\r\n"
           "ORGANIZER:mailto:dispatch@zakazchik-omis.ru\r\nDTSTART:20261127T110000Z\r\nDTEND:20261127T120000Z\r\n"
           "UID:040000008200E00074C5B7101A82E00800000000442ab\r\nSUMMARY;LANGUAGE=ru-RU:Принято: Совещание по итогам ноября\r\n"
           "SEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    cal = MIMEText(ics, 'calendar', cs)
    cal.set_param('method', 'REPLY')
    outer.attach(cal)
    N[0] += 1
    headers(outer, D(20,'14:12'), K, 'Принято: Совещание по итогам ноября', cs, extra={'Content-Class': 'urn:content-classes:calendarmessage'})
    N[0] -= 1
    save(outer, ign('calendar meeting response generated by Outlook'))
calendar()

L(D(24,'07:00'), ('ФСИ-Сервис', 'news@fsi-service.ru'), 'ФСИ-Сервис: подготовка зданий к зиме — памятка заказчикам',
  html=("<html><head><meta charset=\"utf-8\"></head><body><h2>Памятка заказчикам: зима 2026/27</h2>"
        "<p>Уважаемые партнёры! Напоминаем о сезонной проверке кровель, водостоков и ИТП. "
        "В ноябре наши бригады выполнили более 440 заявок в библиотеках и музеях города.</p>"
        "<p>Горячая линия: +7 (495) 641-28-17.</p><p style='font-size:9px'>Вы получили это письмо, так как подписаны на рассылку. "
        "<a href='https://fsi-service.ru/unsubscribe?id=442118'>Отписаться</a></p></body></html>"),
  enc='utf-8', body='b64', mailer='other',
  extra={'Precedence': 'bulk', 'List-Unsubscribe': '<https://fsi-service.ru/unsubscribe?id=442118>', 'List-Id': 'news.fsi-service.ru'},
  label=ign('bulk newsletter from the contractor\'s mailing list'))

L(D(10,'08:00'), B, 'Автоответ: RE: 442160 - ворота',
  "Это автоматический ответ. Я на выходном до 11.11. По срочным вопросам — ОДС +7 (495) 641-28-17.\n",
  enc='koi8-r', body='8bit', mailer='tb',
  extra={'Auto-Submitted': 'auto-replied'},
  label=ign('auto-reply (days off)'))

# ---------------- more single-request letters in the persona's style ----------------
L(D(2,'09:40'), K, 'Re: Заявка 442017',
  "Уточнение к утреннему: по 442017 бригада выедет после обеда, не утром. Время прибытия сообщу дополнительно.\n" + SIG_K,
  enc='utf-8', body='8bit', alt=False,
  label=rev('plan only, nothing happened'))

L(D(14,'10:00'), B, 'ЦБС-3 вентиляция - 442318',
  "Вентиляция на Молодёжной: бригада прибыла в 08:50, работают по п.1. Фильтры G4 592х592 привезли.\n" + SIG_B,
  enc='koi8-r', body='qp', mailer='tb',
  label=dec('442318', ['1'], NM, 'прибыла in past, working'))

L(D(5,'10:05'), K, '442104 - прибытие',
  "Прибыли в Художественный музей в 09:58, зал 2 (поз. 2), начинаем.\n" + SIG_K,
  enc='utf-8', body='qp', alt=False,
  label=dec('442104', ['2'], NM, 'noun прибытие in subject, arrival in body'))

L(D(6,'12:05'), K, '442137 выезд',
  "На Строителей 3 отправил бригаду Петренко по засору (поз. 1), в пути.\n" + SIG_K,
  body='b64',
  label=dec('442137', ['1'], VP, 'on the way'))

L(D(12,'10:15'), K, '442245 поз. 2',
  "Вышка на месте у пруда, электрик поднимается.\n" + SIG_K,
  label=dec('442245', ['2'], NM, 'on site'))

L(D(19,'10:45'), K, '442456',
  "Прибытие 10:38, Октябрьская 30, первая бригада у кондиционера в зале фарфора (поз. 1). "
  "Уточню: в письме в 10:00 указал 3 человека — на самом деле 4.\n" + SIG_K,
  enc='utf-8', body='8bit', alt=False,
  label=dec('442456', ['1'], NM, 'arrival at pos 1; correction concerns crew size only'))

# =======================================================

with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as f:
    json.dump(registry, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
print(len(labels))
