# -*- coding: utf-8 -*-
"""Generator of test letters for persona: ООО «Витраж-Ночь» — night glazing in shopping malls.
Writes OUT/letters/NNN.eml, OUT/labels.json, OUT/registry.json."""
import base64, quopri, json, os, datetime, html
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.message import MIMEMessage
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import formataddr, format_datetime, make_msgid
import email

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
MSK = datetime.timezone(datetime.timedelta(hours=3))

DISP = ('Диспетчерская ОМИС', 'dispatch@zakazchik-omis.ru')
PEOPLE = {
    'P': ('Андрей Петров', 'a.petrov.noch@mail.ru', 'utf-8', 'base64', {'X-Mailer': 'Mail.ru Mail for Android'}),
    'G': ('Руслан Гусейнов', 'rusglass77@bk.ru', 'utf-8', 'base64', {'X-Mailer': 'Mail.ru Mail for iOS'}),
    'S': ('Савченко Ольга', 'savchenko@vitrazhnoch.ru', 'windows-1251', 'quoted-printable',
          {'X-Mailer': 'Microsoft Outlook 16.0', 'Content-Language': 'ru'}),
    'K': ('Кротов Виктор Николаевич', 'krotov@vitrazhnoch.ru', 'koi8-r', 'base64',
          {'X-Mailer': 'The Bat! (v9.4.2) Professional'}),
    'N': ('Ночная смена Витраж-Ночь', 'noch@vitrazhnoch.ru', 'utf-8', 'quoted-printable',
          {'User-Agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0'}),
}
DOM = {'P': 'f412.i.mail.ru', 'G': 'f207.i.mail.ru', 'S': 'vitrazhnoch.ru', 'K': 'vitrazhnoch.ru', 'N': 'vitrazhnoch.ru'}

WD = ['Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота', 'Воскресенье']
WDl = [w.lower() for w in WD]
SIG_MRU = '\n\n--\nОтправлено из мобильной Почты Mail.ru'

def dt(s):
    return datetime.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=MSK)

def mru_quote(when, name, addr, text):
    d = dt(when)
    head = '%s, %d ноября 2026, %d:%02d +03:00 от %s <%s>:' % (WD[d.weekday()], d.day, d.hour, d.minute, name, addr)
    return '\n\n>' + head + '\n>\n' + '\n'.join('>' + l for l in text.strip('\n').split('\n'))

def outlook_quote(when, frm, to, subj, text):
    d = dt(when)
    return ('\n\nОт: %s\nОтправлено: %s, %d ноября 2026 г. %d:%02d\nКому: %s\nТема: %s\n\n%s'
            % (frm, WDl[d.weekday()], d.day, d.hour, d.minute, to, subj, text.strip('\n')))

def text_part(text, subtype, charset, cte):
    p = MIMENonMultipart('text', subtype, charset=charset)
    if charset == 'koi8-r':  # The Bat! on KOI8-R: no guillemets/dashes/numero
        for a, b in (('«', '"'), ('»', '"'), ('—', '-'), ('–', '-'), ('№', 'N')):
            text = text.replace(a, b)
    raw = (text.replace('\n', '\r\n') if cte == 'base64' else text).encode(charset)
    if cte == 'base64':
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
    elif cte == 'quoted-printable':
        p.set_payload(quopri.encodestring(raw).decode('ascii'))
    elif cte == '8bit':
        p.set_payload(raw.decode('ascii', 'surrogateescape'))
    else:
        raise ValueError(cte)
    p['Content-Transfer-Encoding'] = cte
    return p

def to_html(text):
    out, inq = [], False
    for line in text.split('\n'):
        q = line.startswith('>')
        if q and not inq:
            out.append('<blockquote style="border-left:1px solid #0857A6;margin:10px;padding:0 0 0 10px;">'); inq = True
        if not q and inq:
            out.append('</blockquote>'); inq = False
        body = line[1:] if q else line
        out.append('<div>%s</div>' % (html.escape(body) if body.strip() else '&nbsp;'))
    if inq:
        out.append('</blockquote>')
    return '<HTML><BODY>' + '\n'.join(out) + '</BODY></HTML>'

def enc_header(s, charset, how):
    if all(ord(c) < 128 for c in s):
        return s
    cs = Charset(charset)
    cs.header_encoding = QP if how == 'Q' else BASE64
    return Header(s, cs, header_name='Subject')

def build(L):
    who = L['from']
    if L.get('fmt') == 'raw':
        return L['raw'].encode('utf-8')
    name, addr, charset, cte, xh = PEOPLE[who] if who in PEOPLE else L['sender']
    charset = L.get('charset', charset); cte = L.get('cte', cte)
    fmt = L.get('fmt', 'plain')
    if fmt == 'raw':
        return L['raw'].encode(L.get('raw_charset', 'utf-8'))
    if fmt == 'plain':
        msg = text_part(L['body'], 'plain', charset, cte)
    elif fmt == 'alt':
        msg = MIMEMultipart('alternative')
        msg.attach(text_part(L['body'], 'plain', charset, cte))
        msg.attach(text_part(L.get('html') or to_html(L['body']), 'html', charset, cte))
    elif fmt == 'html':
        msg = text_part(L['html'], 'html', charset, cte)
    elif fmt == 'fwd_att':
        msg = MIMEMultipart('mixed')
        msg.attach(text_part(L['body'], 'plain', charset, cte))
        inner = build(L['inner'])
        msg.attach(MIMEMessage(email.message_from_bytes(inner)))
    else:
        raise ValueError(fmt)
    hw = L.get('hdr', 'B' if charset in ('utf-8', 'koi8-r') else 'Q')
    cs = Charset(charset); cs.header_encoding = QP if hw == 'Q' else BASE64
    msg['From'] = formataddr((name, addr), cs) if not L.get('bare_from') else addr
    to = L.get('to', DISP)
    msg['To'] = formataddr(to, cs)
    if L.get('cc'):
        msg['Cc'] = formataddr(L['cc'], cs)
    msg['Subject'] = enc_header(L['subject'], charset, hw)
    msg['Date'] = format_datetime(dt(L['date']))
    msg['Message-ID'] = L.get('msgid') or make_msgid(domain=DOM.get(who, 'vitrazhnoch.ru'))
    if L['subject'].lower().startswith(('re:', 'ответ:')) or L.get('reply'):
        ref = make_msgid(domain='zakazchik-omis.ru')
        msg['In-Reply-To'] = ref
        msg['References'] = ref
    del msg['MIME-Version']
    msg['MIME-Version'] = '1.0'
    for k, v in xh.items():
        msg[k] = v
    for k, v in L.get('extra', {}).items():
        msg[k] = v
    # put MIME content headers after the address headers, as real clients do; drop MIME-Version in subparts
    for part in msg.walk():
        if part is not msg:
            del part['MIME-Version']
    content = [(k, v) for k, v in msg.items() if k.lower().startswith('content-')]
    for k in set(k for k, _ in content):
        del msg[k]
    for k, v in content:
        msg[k] = v
    return msg.as_bytes()

# ---------------------------------------------------------------- registry
REG = {
 "contractor": {"name": "ООО «Витраж-Ночь»",
   "emails": ["a.petrov.noch@mail.ru", "rusglass77@bk.ru", "savchenko@vitrazhnoch.ru",
              "krotov@vitrazhnoch.ru", "noch@vitrazhnoch.ru", "news@vitrazhnoch.ru",
              "MAILER-DAEMON@vitrazhnoch.ru"],
   "domains": ["vitrazhnoch.ru"]},
 "requests": [
  {"number": "414127", "positions": ["1", "2"], "registered_at": "2026-11-02T09:30:00+03:00",
   "comment": "ТЦ «Галерея Север», 1 этаж, магазин «Ланта». Поз.1 — замена разбитого стекла витрины 2400х1800; поз.2 — замена стекла распашной стеклянной двери магазина. Работы только ночью, 23:00–06:00, въезд через рампу."},
  {"number": "414560", "positions": ["1", "2", "3"], "registered_at": "2026-11-03T11:00:00+03:00",
   "comment": "ТРК «Меридиан», центральный вход. Поз.1 — стеклопакет входной группы 3000х2100; поз.2 — тамбурная стеклянная дверь (закалённое 10 мм); поз.3 — фрамуга над входом. Ночные работы по согласованию с охраной."},
  {"number": "414809", "positions": ["1"], "registered_at": "2026-11-04T08:45:00+03:00",
   "comment": "ТЦ «Пассаж», ювелирный салон «Голд»: замена стекла витрины 1800х2600 с оклейкой бронеплёнкой. Только ночью."},
  {"number": "415003", "positions": ["1", "2"], "registered_at": "2026-11-05T10:20:00+03:00",
   "comment": "ТЦ «Европарк». Поз.1 — витрина бутика «Мода» (стекло 2400х1800, трещина); поз.2 — оклейка защитной плёнкой витража фудкорта, 2 этаж."},
  {"number": "415218", "positions": ["1", "2"], "registered_at": "2026-11-06T09:00:00+03:00",
   "comment": "ТЦ «Галерея Север». Поз.1 — стекло автоматической раздвижной двери, вход №3; поз.2 — витрина кафе «Пенка», 2 этаж."},
  {"number": "415471", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-09T10:00:00+03:00",
   "comment": "ТРЦ «Орбита», 1 этаж, после ДТП на парковке у фасада. Поз.1 — витрина «Кеды»; поз.2 — витрина «Чай-Кофе»; поз.3 — витрина «Оптика»; поз.4 — стеклянная дверь служебного входа (коридор В)."},
  {"number": "415690", "positions": ["1"], "registered_at": "2026-11-10T09:10:00+03:00",
   "comment": "ТЦ «Капитал», входная стеклянная дверь пекарни «Колосок» разбита (вандализм). Срочно, ночью."},
  {"number": "415902", "positions": ["1", "2"], "registered_at": "2026-11-11T08:30:00+03:00",
   "comment": "ТРК «Меридиан», 1 этаж. Поз.1 — витрина магазина «Книжный» 2400х1800; поз.2 — витрина цветочного салона «Цветы» 1500х2000."},
  {"number": "416034", "positions": ["1", "2", "3"], "registered_at": "2026-11-13T09:00:00+03:00",
   "comment": "ТЦ «Радуга». Поз.1 — витрина магазина «Обувь»; поз.2 — витрина «Игрушки»; поз.3 — стеклянная дверь входа Б."},
  {"number": "416288", "positions": ["1"], "registered_at": "2026-11-15T10:00:00+03:00",
   "comment": "ТЦ «Аквамолл», витраж главного входа: замена стекла триплекс 2400х1800."},
  {"number": "416505", "positions": ["1", "2"], "registered_at": "2026-11-17T08:00:00+03:00",
   "comment": "ТЦ «Северный», ул. Дыбенко, 27. Поз.1 — витрина аптеки; поз.2 — витрина салона связи."},
  {"number": "416777", "positions": ["1", "2", "3"], "registered_at": "2026-11-18T09:15:00+03:00",
   "comment": "ТРЦ «Орбита». Поз.1 — стеклянные двери входа А; поз.2 — стеклянные двери входа Б; поз.3 — витрина часового салона «Часы»."},
 ]}

S_SIG = ('\n\nС уважением,\nОльга Савченко\nофис-менеджер ООО «Витраж-Ночь»\n'
         'тел. +7 (495) 640-18-27, доб. 104\nИНН 7729413558 / КПП 772901001')
K_SIG = '\n\n--\nС уважением,\nКротов Виктор Николаевич\nгенеральный директор ООО «Витраж-Ночь»\nт. +7 903 118-44-20'
N_SIG = '\n-- \nНочная смена ООО «Витраж-Ночь»\nдежурный телефон +7 (495) 640-18-27, доб. 2'

def D(req, pos, st, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}
def R(note):
    return {"expect": "review", "note": note}
def I(note):
    return {"expect": "ignored", "note": note}

A, V, M, U = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'
LETTERS = []
def add(label, **kw):
    kw['label'] = label
    LETTERS.append(kw)

# ===================================================== 414127 Галерея Север, Ланта
add(D('414127', [], A, 'formal acceptance; car plate, phone, INN are noise'),
    **{'from': 'S', 'fmt': 'alt', 'date': '2026-11-02 14:10',
       'subject': 'Заявка №414127 – принята в работу',
       'body': 'Добрый день!\n\nСообщаем, что заявка №414127 (ТЦ «Галерея Север», магазин «Ланта») принята ООО «Витраж-Ночь» в работу. '
               'Демонтаж повреждённого стекла витрины планируем в ночь 02/03.11 после закрытия ТЦ (с 23:00).\n\n'
               'Просим согласовать допуск бригады: Петров А.В., Лысенко Д.С., а/м ГАЗель Некст Р418ХК 750.' + S_SIG})
add(D('414127', ['1'], M, 'after midnight: "вчера в 23:50 заехали", works on поз 1'),
    **{'from': 'P', 'date': '2026-11-03 00:22', 'subject': 'Галерея Север 414127',
       'body': 'Вчера в 23:50 заехали через рампу, сейчас снимаем старое стекло с витрины Ланты (поз 1). Осколки вывозим сами, контейнер у охраны не дали.' + SIG_MRU})
add(D('414127', ['1'], U, 'finished 04:15 and left; quoted earlier arrival'),
    **{'from': 'P', 'fmt': 'alt', 'date': '2026-11-03 04:31', 'subject': 'Re: Галерея Север 414127',
       'body': 'Закончили в 04:15, уехали. Витрина 1 стоит, стекло 2400х1800 М1 8мм, шов Soudal Silirub прозрачный — до вечера не трогать, пусть арендатор не моет.' + SIG_MRU +
               mru_quote('2026-11-03 00:22', 'Андрей Петров', 'a.petrov.noch@mail.ru',
                         'Вчера в 23:50 заехали через рампу, сейчас снимаем старое стекло с витрины Ланты (поз 1).')})
add(R('price/extra estimate talk for поз.2, no status'),
    **{'from': 'S', 'fmt': 'alt', 'date': '2026-11-03 11:05', 'subject': 'Заявка 414127 поз.2 – дополнительная смета',
       'body': 'Добрый день!\n\nПо заявке 414127, поз.2 (стеклянная дверь магазина «Ланта»): при замере выяснилось, что требуется закалённое стекло 10 мм с отверстиями под фурнитуру Dorma, '
               'а не 8 мм, как указано в заявке. Стоимость изменилась, направляем дополнительную смету №Д-57 на 38 400 руб. (в т.ч. НДС 20%).\n\n'
               'Просим согласовать, после этого закажем стекло (срок изготовления 1 день).' + S_SIG})
add(R('thanks for the dispatcher\'s pass list; only quoted text mentions the request'),
    **{'from': 'S', 'fmt': 'alt', 'date': '2026-11-04 11:30', 'subject': 'RE: Допуск на ночь 04/05.11, ТЦ Галерея Север',
       'body': 'Ирина, спасибо, список получили, бригаду предупредили. Смету Д-57 тоже видим согласованной.' + S_SIG +
               outlook_quote('2026-11-04 10:48', 'Диспетчерская ОМИС <dispatch@zakazchik-omis.ru>', 'Савченко Ольга <savchenko@vitrazhnoch.ru>',
                             'Допуск на ночь 04/05.11, ТЦ Галерея Север',
                             'Добрый день!\nНаправляем согласованный список допуска по заявке 414127 на ночь 04/05.11. Смета Д-57 согласована.\n\nКовалёва Ирина\nдиспетчер ОМИС')})
add(D('414127', ['2'], V, '"414127-2" in subject, "будем минут через 40" = on the way'),
    **{'from': 'P', 'fmt': 'alt', 'date': '2026-11-04 23:10', 'subject': '414127-2',
       'body': 'Выехали на Галерею под дверь, будем минут через 40. Стекло 10мм везём на пирамиде, аккуратно.' + SIG_MRU})
add(D('414127', ['2'], U, 'door hung, left 03:45; Dorma TS-77 is a model'),
    **{'from': 'P', 'date': '2026-11-05 03:58', 'subject': 'Re: 414127-2',
       'body': 'Дверь повесили, доводчик Dorma TS-77 отрегулировали, закрывается нормально, замок проверили с охраной. Уехали 03:45.' + SIG_MRU +
               mru_quote('2026-11-04 23:10', 'Андрей Петров', 'a.petrov.noch@mail.ru', 'Выехали на Галерею под дверь, будем минут через 40.')})

# ===================================================== 414560 Меридиан центральный вход
add(D('414560', [], A, '"на 3 позиции" is a count, not position 3'),
    **{'from': 'S', 'fmt': 'alt', 'date': '2026-11-03 16:40', 'subject': 'Подтверждение: заявка 414560, ТРК Меридиан, центральный вход',
       'body': 'Добрый день!\n\nПодтверждаем, что заявка 414560 на 3 позиции принята в работу. Бригада Гусейнова Р. выйдет в ночь 03/04.11, '
               'старт работ не ранее 00:00 по требованию службы эксплуатации ТРК.\n\nДоговор № 17/НР-2026 от 12.01.2026.' + S_SIG})
add(D('414560', ['1', '3'], M, 'on site since 00:05, п1 and п3'),
    **{'from': 'G', 'cte': '8bit', 'date': '2026-11-04 00:15', 'subject': 'меридиан',
       'body': '414560 на месте с 00:05 центр вход, делаем п1 и п3. охрана пустила без проблем'})
add(D('414560', ['1', '3'], U, 'morning summary of the night: поз.1 and поз.3 done, brigade left 04:40; поз.2 only plan'),
    **{'from': 'N', 'date': '2026-11-04 05:10', 'subject': 'Итоги ночи 03/04.11 — Меридиан',
       'body': 'Доброе утро.\n\nНочь 03/04.11, ТРК «Меридиан», заявка 414560:\n'
               '— поз. 1 (входная группа, стеклопакет 3000х2100) — заменён;\n'
               '— поз. 3 (фрамуга) — заменена, защитная плёнка снята.\n'
               'Бригада Гусейнова убыла с объекта в 04:40.\n\n'
               'Поз. 2 — по графику после поставки закалённого стекла.\n' + N_SIG})
add(R('only a plan/delivery date for поз.2'),
    **{'from': 'S', 'fmt': 'alt', 'date': '2026-11-05 10:00', 'subject': 'Заявка 414560 — срок по тамбурной двери',
       'body': 'Добрый день!\n\nИнформируем: по заявке 414560 позиция 2 (тамбурная дверь) — закалённое стекло 10 мм изготавливается под заказ на заводе, '
               'срок поставки 7 рабочих дней. Монтаж ориентировочно в ночь 12/13.11, точную дату сообщим дополнительно.' + S_SIG})
add(D('414560', ['2'], V, 'subject "414560 поз2", "выдвигаемся" = on the way'),
    **{'from': 'P', 'fmt': 'alt', 'date': '2026-11-12 23:30', 'subject': 'Re: 414560 поз2',
       'body': 'Стекло забрали с завода (Бор), выдвигаемся на Меридиан. По пробкам минут 25.' + SIG_MRU})
add(R('two different requests in one letter (414560 and 415902)'),
    **{'from': 'P', 'date': '2026-11-13 00:20', 'subject': 'Меридиан ночь 12/13.11',
       'body': 'Мы на Меридиане с 23:55. Сначала тамбурная дверь по 414560, потом обе витрины по 415902. До 5 утра работаем, потом сразу уезжаем.' + SIG_MRU})
add(D('414560', ['2'], U, '"П2 готово" = work on position finished; crew moves to another job'),
    **{'from': 'P', 'date': '2026-11-13 03:20', 'subject': 'Re: 414560 поз2',
       'body': 'П2 готово, тамбурная дверь ходит, стекло 10мм закалка, штапик на место. С тамбура ушли, инструмент перенесли к Книжному.' + SIG_MRU +
               mru_quote('2026-11-12 23:30', 'Андрей Петров', 'a.petrov.noch@mail.ru', 'Стекло забрали с завода (Бор), выдвигаемся на Меридиан. По пробкам минут 25.')})

# ===================================================== 414809 Пассаж
add(D('414809', [], A, '"обращение 414809 принято"; KOI8-R The Bat!'),
    **{'from': 'K', 'date': '2026-11-04 12:02', 'subject': 'Пассаж, обращение 414809',
       'body': 'Уважаемые коллеги!\n\nОбращение 414809 (ТЦ «Пассаж», витрина ювелирного салона) принято, работы выполним в ночь 05/06.11. '
               'Бронеплёнку 3M Scotchshield Ultra S800 уже заказали у дистрибьютора.' + K_SIG})
add(D('414809', [], M, '"сегодня ночью в 01:40 начали"; no position named'),
    **{'from': 'P', 'date': '2026-11-06 01:52', 'subject': 'Пассаж',
       'body': 'сегодня ночью в 01:40 начали, витрина Голд, заявка 414809. охрана на посту №2 полчаса мурыжила, пропуска не было в списке' + SIG_MRU})
add(D('414809', [], U, 'office forwards foreman report (Outlook forward): replaced, left 04:50'),
    **{'from': 'S', 'fmt': 'alt', 'date': '2026-11-06 09:15', 'subject': 'FW: Пассаж 414809',
       'body': 'Коллеги, доброе утро! Пересылаю отчёт бригадира за ночь.' + S_SIG +
               '\n\nОт: Андрей Петров [mailto:a.petrov.noch@mail.ru]\nОтправлено: пятница, 6 ноября 2026 г. 5:02\nКому: Савченко Ольга\nТема: Re: Пассаж\n\n'
               'Оля, по Пассажу всё. Стекло 1800х2600 поменяли, плёнку S800 накатали, по краю герметик DOWSIL 995. '
               'Уехали в 04:50. Ключ от подсобки отдали охране (пост №2).'})

# ===================================================== 415003 Европарк
add(D('415003', [], A, 'reply to dispatcher: "Принял, берём"'),
    **{'from': 'P', 'fmt': 'alt', 'date': '2026-11-05 15:30', 'subject': 'Re: Заявка 415003 ТЦ Европарк',
       'body': 'Принял, берём. Ночью 06/07 будем, плёнку закажу сегодня.' + SIG_MRU +
               mru_quote('2026-11-05 10:25', 'Диспетчерская ОМИС', 'dispatch@zakazchik-omis.ru',
                         'Добрый день! Направляем заявку 415003, ТЦ «Европарк», 2 позиции. Просим подтвердить принятие.\n--\nКовалёва Ирина, диспетчер')})
add(D('415003', [], V, 'CAPS, "#415003", "выехали на"'),
    **{'from': 'G', 'date': '2026-11-06 23:45', 'subject': 'европарк',
       'body': 'ВЫЕХАЛИ НА ЕВРОПАРК #415003, ПЛЁНКУ ВЕЗЁМ'})
add(D('415003', ['2'], U, 'поз 2 done and left; поз 1 only plan'),
    **{'from': 'G', 'cte': '8bit', 'date': '2026-11-07 04:50', 'subject': 'Re: европарк',
       'body': 'плёнку 3M наклеили на витраж фудкорта (2я позиция) всё. по витрине Мода стекло с завода не пришло, завтра по ней отдельно. уехали 04:35'})
add(D('415003', ['1'], M, '"на объекте"; 2380х1790 is a size'),
    **{'from': 'P', 'date': '2026-11-10 02:10', 'subject': '415003 п1',
       'body': 'на объекте, Европарк, снимаем витрину Мода. размер по факту 2380х1790, стекло резали по замеру, встаёт' + SIG_MRU})
add(D('415003', ['1'], U, '"всё, витрину закрыли, уехали в 05:40"'),
    **{'from': 'P', 'fmt': 'alt', 'date': '2026-11-10 06:20', 'subject': 'Re: 415003 п1',
       'body': 'по 415003 всё, витрину закрыли, уехали в 05:40. Фото в вотсап Ирине скинул.' + SIG_MRU +
               mru_quote('2026-11-10 02:10', 'Андрей Петров', 'a.petrov.noch@mail.ru', 'на объекте, Европарк, снимаем витрину Мода.')})

# ===================================================== 415218 Галерея Север, вход 3 / кафе
add(D('415218', [], A, 'HTML-only Outlook acceptance; contract number is noise'),
    **{'from': 'S', 'fmt': 'html', 'date': '2026-11-06 11:20', 'subject': 'Заявка 415218 — принята',
       'html': '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body lang="RU">'
               '<p class="MsoNormal">Добрый день!</p><p class="MsoNormal">Заявка <b>№ 415218</b> принята в работу. '
               'Срок выполнения — ночь 07/08.11, бригада Петрова А.В.</p>'
               '<p class="MsoNormal">Основание: договор № 17/НР-2026 от 12.01.2026.</p>'
               '<p class="MsoNormal">С уважением,<br>Ольга Савченко<br>офис-менеджер ООО «Витраж-Ночь»<br>тел. +7 (495) 640-18-27, доб. 104</p></body></html>'})
add(D('415218', ['1', '2'], M, 'on site both positions; "вход №3" is an entrance, not a position'),
    **{'from': 'P', 'fmt': 'alt', 'date': '2026-11-08 00:40', 'subject': 'Галерея 415218',
       'body': 'На месте с 00:15, поз. 1 и 2. Автоматику на входе №3 отключили, разбираем створки. Кафе Пенка открыли нам.' + SIG_MRU})
add(D('415218', ['1'], U, '"по 1-й закончили ... уехали 04:20", 2nd postponed'),
    **{'from': 'P', 'date': '2026-11-08 04:30', 'subject': 'Re: Галерея 415218',
       'body': 'по 1-й закончили, дверь на входе №3 ездит, датчики настроили. по второй не успели — продолжим следующей ночью. уехали 04:20' + SIG_MRU})
add(D('415218', ['2'], U, 'subject "415218 (2)", "бригада освободилась"'),
    **{'from': 'G', 'date': '2026-11-09 03:50', 'subject': '415218 (2)',
       'body': 'витрина кафе готова, бригада освободилась в 03:40. герметик Момент Гермент, до обеда не мыть'})

# ===================================================== 415471 Орбита (4 позиции)
add(D('415471', [], A, '"4 витрины" is a count'),
    **{'from': 'S', 'fmt': 'alt', 'date': '2026-11-09 13:00', 'subject': 'Принята заявка № 415471 (ТРЦ «Орбита»)',
       'body': 'Добрый день!\n\nЗаявка № 415471 (ТРЦ «Орбита», 4 витрины / двери после ДТП) принята. Стекло на поз. 1–3 есть на складе, '
               'на дверь служебного входа заказали. Выход бригады — ночь 09/10.11.' + S_SIG})
add(D('415471', ['1', '2'], V, 'subject "поз 1-2", "едем", plate Р418ХК is noise'),
    **{'from': 'P', 'date': '2026-11-09 23:20', 'subject': 'Орбита 415471 поз 1-2',
       'body': 'едем в Орбиту, будем к 00:00. газель Р418ХК 750, пропуск на рампу заказан?' + SIG_MRU})
add(D('415471', ['1', '2'], U, '"уехали с Орбиты" (from the site)'),
    **{'from': 'P', 'date': '2026-11-10 04:05', 'subject': 'Re: Орбита 415471 поз 1-2',
       'body': 'поз1, поз2 сделали, уехали с Орбиты в 03:55. Кеды и Чай-Кофе закрыты, стекла 2400х1800 оба.' + SIG_MRU +
               mru_quote('2026-11-09 23:20', 'Андрей Петров', 'a.petrov.noch@mail.ru', 'едем в Орбиту, будем к 00:00.')})
add(D('415471', ['3', '4'], M, 'HTML table, one row per position, both "на месте"'),
    **{'from': 'N', 'fmt': 'html', 'date': '2026-11-11 01:15', 'subject': 'Статус ночных работ 10/11.11',
       'html': '<html><body><p>Статус на 01:15:</p><table border="1" cellpadding="4" cellspacing="0">'
               '<tr><th>Заявка</th><th>Поз.</th><th>Объект</th><th>Статус</th><th>Время</th></tr>'
               '<tr><td>415471</td><td>3</td><td>ТРЦ «Орбита», витрина «Оптика»</td><td>бригада на месте</td><td>00:50</td></tr>'
               '<tr><td>415471</td><td>4</td><td>ТРЦ «Орбита», дверь служебного входа</td><td>бригада на месте</td><td>00:50</td></tr>'
               '</table><p>-- <br>Ночная смена ООО «Витраж-Ночь»<br>+7 (495) 640-18-27, доб. 2</p></body></html>'})
add(D('415471', ['3'], U, '3 done and left; 4 failed (glass cracked) - will come again'),
    **{'from': 'P', 'date': '2026-11-11 05:00', 'subject': 'Орбита 415471',
       'body': '3 готово. По 4-й стекло лопнуло при установке (кромка), будем заказывать новое и приедем повторно. Уехали в 04:40.' + SIG_MRU})
add(R('position 5 does not exist in 415471 (4 positions)'),
    **{'from': 'G', 'date': '2026-11-14 01:58', 'subject': '415471',
       'body': 'Орбита 415471 поз 5 заехали, стекло новое привезли'})
add(D('415471', ['4'], M, 'correction of the previous letter: position 4, arrived 01:50'),
    **{'from': 'G', 'cte': '8bit', 'date': '2026-11-14 02:30', 'subject': 'Re: 415471',
       'body': 'поправка: не 5 а 4-я позиция, дверь служебки. заехали повторно в 01:50, ставим'})
add(D('415471', ['4'], U, 'morning summary: поз.4 replaced, brigade left 05:05'),
    **{'from': 'N', 'date': '2026-11-14 05:40', 'subject': 'Итоги ночи 13/14.11',
       'body': 'Доброе утро.\n\nПо итогам ночи 13/14.11: ТРЦ «Орбита», заявка 415471, поз.4 (дверь служебного входа) — стекло заменено, '
               'закалённое 8 мм, партия № 2611-044. Бригада убыла в 05:05.\nЗамечаний от охраны нет.\n' + N_SIG})

# ===================================================== 415690 Капитал
add(D('415690', [], A, '"Приняли 415690" in a reply; "ночью будем" is the plan'),
    **{'from': 'P', 'fmt': 'alt', 'date': '2026-11-10 09:40', 'subject': 'Re: Капитал дверь Пекарня 415690',
       'body': 'Приняли 415690, ночью будем если ТЦ пустит.' + SIG_MRU +
               mru_quote('2026-11-10 09:12', 'Диспетчерская ОМИС', 'dispatch@zakazchik-omis.ru',
                         'Срочно! ТЦ «Капитал», разбита входная дверь пекарни. Заявка 415690.')})
add(R('postponement: departure moved to next night (plan only)'),
    **{'from': 'S', 'fmt': 'alt', 'date': '2026-11-10 21:00', 'subject': 'Заявка 415690 — перенос',
       'body': 'Добрый вечер!\n\nТЦ «Капитал» не согласовал допуск на ночь 10/11, выезд по заявке 415690 переносим на ночь 11/12.11. '
               'Проём закрыт фанерой силами охраны ТЦ.' + S_SIG})
add(D('415690', [], V, 'Latin "B" in "Bыехали", number only in Re: subject'),
    **{'from': 'G', 'date': '2026-11-11 23:40', 'subject': 'Re: Капитал дверь Пекарня 415690',
       'body': 'Bыехали на Капитал, будем в 00:10'})
add(D('415690', [], U, 'Mail.ru forward of the crew message: door installed, left 02:50'),
    **{'from': 'P', 'date': '2026-11-12 03:05', 'subject': 'Fwd: Капитал',
       'body': 'У Руслана с телефона не уходит, на парковке сети нет, переслал мне. Пересылаю.' + SIG_MRU +
               '\n\n-------- Пересылаемое сообщение --------\nЧетверг, 12 ноября 2026, 2:58 +03:00 от Руслан Гусейнов <rusglass77@bk.ru>:\n\n'
               'Капитал 415690 двepь поставили, Гермент сохнет, скотч не снимать до утра. всё, смотали инструмент, уехали 02:50\n'
               '----------------------------------------'})

# ===================================================== 415902 Меридиан витрины
add(D('415902', [], A, 'Outlook "-----Original Message-----" reply; 2400х1800 is size'),
    **{'from': 'S', 'date': '2026-11-11 10:05', 'subject': 'RE: Заявка 415902 ТРК Меридиан',
       'body': 'Добрый день, Ирина!\n\nЗаявку 415902 приняли. Стекло 2400х1800 и 1500х2000 в наличии, монтаж в ночь 12/13.11 вместе с тамбурной дверью.' + S_SIG +
               '\n\n-----Original Message-----\nFrom: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\nSent: Wednesday, November 11, 2026 8:40 AM\n'
               'To: savchenko@vitrazhnoch.ru\nSubject: Заявка 415902 ТРК Меридиан\n\nПросим принять в работу заявку 415902, 2 витрины на 1 этаже.'})
add(D('415902', [], U, 'all done for 415902, left 04:55; no position named'),
    **{'from': 'P', 'fmt': 'alt', 'date': '2026-11-13 05:10', 'subject': 'Меридиан 415902',
       'body': 'по 415902 всё закончили, Книжный и Цветы закрыты, уехали в 04:55. Остатки стекла забрали.' + SIG_MRU})

# ===================================================== 416034 Радуга
add(D('416034', [], A, '"Наряд 416034 принят", KOI8-R, The Bat! initials quote'),
    **{'from': 'K', 'date': '2026-11-13 11:00', 'subject': 'Re: Наряд 416034, ТЦ Радуга',
       'body': 'Здравствуйте, Ирина.\n\nНаряд 416034 принят, 3 позиции. Выйдем в ночь 14/15.11.\n\nВы писали 13 ноября 2026 г., 9:20:\n\n'
               'ИК> Добрый день! Направляем наряд 416034, ТЦ «Радуга», витрины и дверь входа Б.\n'
               'ИК> Просим подтвердить.' + K_SIG})
add(D('416034', [], V, '"выдвинулись на Радугу"'),
    **{'from': 'G', 'date': '2026-11-14 23:30', 'subject': 'радуга 416034',
       'body': 'выдвинулись на Радугу, трое + газель'})
add(D('416034', [], M, 'typo "на мсете"'),
    **{'from': 'G', 'cte': '8bit', 'date': '2026-11-15 00:20', 'subject': 'Re: радуга 416034',
       'body': 'на мсете, начинаем с Обуви'})
add(D('416034', ['1', '2'], U, 'director forwards (The Bat!) crew report: 1 and 2 replaced, left 04:30; 3 not started'),
    **{'from': 'K', 'date': '2026-11-15 08:15', 'subject': 'Fw: Радуга 416034',
       'body': 'Коллеги, пересылаю отчёт бригады за ночь.\n\n'
               '=====8<===========Начало пересылаемого сообщения===========8<=====\n'
               'От: Руслан Гусейнов <rusglass77@bk.ru>\nКому: krotov@vitrazhnoch.ru\nДата: 15.11.2026 4:41\nТема: Радуга\n\n'
               'Радуга 416034: уехали в 04:30, витрины 1 и 2 поменяли. дверь (3) не начинали — не привезли фурнитуру.\n'
               '=====8<============Конец пересылаемого сообщения============8<=====' + K_SIG})
add(D('416034', ['3'], M, '"по третьей позиции", Latin a in "нa месте"'),
    **{'from': 'G', 'date': '2026-11-17 02:00', 'subject': 'радуга 416034',
       'body': 'по третьей позиции н\u0061 месте, фурнитуру привезли, вход Б перекрыли'})
add(D('416034', ['3'], U, '"выехали с Радуги" = left the site; position in brackets'),
    **{'from': 'G', 'date': '2026-11-17 04:20', 'subject': 'Re: радуга 416034',
       'body': 'дверь вход Б (3) готова, выехали с Радуги в 04:10'})

# ===================================================== 416288 Аквамолл
add(D('416288', [], A, '"Ок, берём" reply'),
    **{'from': 'P', 'date': '2026-11-15 10:40', 'subject': 'Re: Заявка 416288 Аквамолл',
       'body': 'Ок, берём. Ночью 16/17 будем, триплекс 2400х1800 есть.' + SIG_MRU +
               mru_quote('2026-11-15 10:05', 'Диспетчерская ОМИС', 'dispatch@zakazchik-omis.ru', 'Заявка 416288, ТЦ «Аквамолл», витраж главного входа. Подтвердите.')})
add(R('complaint about mall parking fee; no status'),
    **{'from': 'S', 'fmt': 'alt', 'date': '2026-11-16 11:30', 'subject': 'Заявка 416288 — вопрос по парковке грузовой машины',
       'body': 'Добрый день!\n\nАдминистрация ТЦ «Аквамолл» требует оплату въезда грузовой машины на рампу ночью (1 500 руб./ночь). '
               'В договоре № 17/НР-2026 такие расходы не предусмотрены. Просим решить вопрос с ТЦ, иначе не сможем выгрузить стекло по заявке 416288.' + S_SIG})
add(D('416288', [], V, '"будем через полчаса" = on the way'),
    **{'from': 'P', 'date': '2026-11-16 23:50', 'subject': 'Re: Заявка 416288 Аквамолл',
       'body': 'Выехали на Аквамолл, будем через полчаса. Вопрос с рампой решили?' + SIG_MRU})
add(D('416288', [], U, 'number only in the Re: subject; "закончили в 04:15, уехали"'),
    **{'from': 'P', 'fmt': 'alt', 'date': '2026-11-17 04:25', 'subject': 'Re: Заявка 416288 Аквамолл',
       'body': 'заехали в 00:20, закончили в 04:15, уехали. Триплекс стоит, Penosil по периметру.' + SIG_MRU})
add(D('416288', [], U, 'forward as attachment (message/rfc822) of foreman report'),
    **{'from': 'S', 'fmt': 'fwd_att', 'date': '2026-11-17 09:40', 'subject': 'FW: Аквамолл 416288 — выполнено',
       'body': 'Добрый день!\n\nВо вложении отчёт бригадира по Аквамоллу за ночь 16/17.11.' + S_SIG,
       'inner': {'from': 'P', 'date': '2026-11-17 04:30', 'subject': 'Аквамолл 416288',
                 'to': ('Савченко Ольга', 'savchenko@vitrazhnoch.ru'),
                 'body': 'Оля, по Аквамоллу сделали: стекло витража главного входа заменили, уехали в 04:15. Акт охрана подписала.' + SIG_MRU}})

# ===================================================== 416505 Северный
add(D('416505', [], A, 'address "ул. Дыбенко, 27" is noise'),
    **{'from': 'S', 'fmt': 'alt', 'date': '2026-11-17 09:30', 'subject': 'Заявка 416505 ТЦ Северный',
       'body': 'Добрый день!\n\nЗаявку 416505 (ТЦ «Северный», ул. Дыбенко, 27) приняли в работу. Планируем ночь 18/19.11.' + S_SIG})
add(R('question about glass thickness, no status'),
    **{'from': 'P', 'date': '2026-11-17 22:10', 'subject': '416505 вопрос',
       'body': 'по 416505 — стекло для салона связи 6 мм или 8? в заявке не написано. ответьте до 23:00, грузимся завтра вечером.' + SIG_MRU})
add(R('negation: not yet left, waiting for the van'),
    **{'from': 'G', 'date': '2026-11-18 23:30', 'subject': 'Северный',
       'body': '416505 ещё не выехали, ждём машину с Бора, задерживается. отпишусь'})
add(D('416505', [], V, 'number in brackets after address; "выехали 00:25, будем к часу"'),
    **{'from': 'G', 'date': '2026-11-19 00:30', 'subject': 'ТЦ Северный, ул. Дыбенко 27 (416505)',
       'body': 'выехали 00:25, будем к часу'})
add(R('different statuses for different positions (1 done, 2 in progress)'),
    **{'from': 'G', 'date': '2026-11-19 02:00', 'subject': 'Re: ТЦ Северный, ул. Дыбенко 27 (416505)',
       'body': 'по аптеке (1) закончили, на салоне связи (2) сейчас работаем'})
add(D('416505', ['1', '2'], U, 'Thunderbird forward of foreman message: "(1)(2) — готово, уехали"'),
    **{'from': 'N', 'date': '2026-11-19 05:20', 'subject': 'Fwd: Северный 416505 (1)(2)',
       'body': 'Пересылаю сообщение бригадира.\n\n-------- Перенаправленное сообщение --------\n'
               'Тема: \tСеверный 416505 (1)(2)\nДата: \tThu, 19 Nov 2026 04:10:12 +0300\nОт: \tАндрей Петров <a.petrov.noch@mail.ru>\nКому: \tnoch@vitrazhnoch.ru\n\n'
               'Северный 416505 (1)(2) — готово, уехали. Обе витрины 6 мм, как договорились.\n' + N_SIG})

# ===================================================== 416777 Орбита входы
add(D('416777', [], A, 'formal acceptance'),
    **{'from': 'S', 'fmt': 'alt', 'date': '2026-11-18 12:00', 'subject': 'Заявка 416777 ТРЦ Орбита — принята',
       'body': 'Добрый день!\n\nУведомляем, что заявка 416777 принята к исполнению. Двери входов А и Б и витрину часового салона выполним в две ночи, график направим отдельно.' + S_SIG})
add(R('forwarded message is only a plan ("выезжаем сегодня в 23:00")'),
    **{'from': 'S', 'fmt': 'alt', 'date': '2026-11-19 10:00', 'subject': 'FW: Орбита 416777 график',
       'body': 'Ирина, добрый день! Пересылаю план бригадира.' + S_SIG +
               outlook_quote('2026-11-19 08:47', 'Андрей Петров [mailto:a.petrov.noch@mail.ru]', 'Савченко Ольга', 'Орбита 416777 график',
                             'по Орбите 416777 выезжаем сегодня в 23:00, сначала двери вход А, в следующую ночь Б и Часы.')})
add(D('416777', ['1'], M, '"п.1 на месте с 23:30"'),
    **{'from': 'P', 'date': '2026-11-19 23:40', 'subject': 'Орбита 416777 п.1',
       'body': 'на месте с 23:30, двери вход А, снимаем створки' + SIG_MRU})
add(D('416777', ['1'], U, 'time nouns: выезд, прибытие, убытие -> latest is убытие'),
    **{'from': 'P', 'fmt': 'alt', 'date': '2026-11-20 04:00', 'subject': 'Re: Орбита 416777 п.1',
       'body': '416777 п.1 — выезд 23:05, прибытие 23:30, убытие 03:50. Двери вход А: стекло 10 мм закалка, уплотнитель заменили.' + SIG_MRU})
add(R('no request number; two Orbita requests exist'),
    **{'from': 'G', 'date': '2026-11-20 04:10', 'subject': 'орбита',
       'body': 'закончили в Орбите, уехали. мусор в контейнер на рампе'})
add(D('416777', ['2', '3'], V, '"в пути на Орбиту", п2 п3'),
    **{'from': 'G', 'date': '2026-11-20 23:55', 'subject': '416777 в пути п2 п3',
       'body': 'в пути на Орбиту, 416777 п2 п3. будем 00:30'})
add(D('416777', ['2', '3'], U, 'Re: subject still says "в пути", body reports done and left'),
    **{'from': 'G', 'cte': '8bit', 'date': '2026-11-21 03:45', 'subject': 'Re: 416777 в пути п2 п3',
       'body': '2 и 3 готово, уехали в 03:30. Часы закрыли плёнкой до утра'})
add(R('act/invoice paperwork only'),
    **{'from': 'S', 'fmt': 'alt', 'date': '2026-11-23 11:00', 'subject': 'Акт и счёт по заявке 416777',
       'body': 'Добрый день!\n\nНаправляем акт выполненных работ № 118 от 21.11.2026 и счёт № 2231 на сумму 184 600 руб. по заявке 416777. '
               'Оригиналы отправим курьером. Просим подписать и вернуть один экземпляр акта.' + S_SIG})

# ===================================================== other review
add(R('request 415555 is not in the registry'),
    **{'from': 'S', 'fmt': 'alt', 'date': '2026-11-12 10:15', 'subject': 'Заявка 415555 — принята',
       'body': 'Добрый день!\n\nПодтверждаем принятие заявки 415555 (ТЦ «Радуга», витрина). Сроки сообщим после замера.' + S_SIG})

# ===================================================== ignored (machines)
add(I('Outlook out-of-office auto-reply'),
    **{'from': 'S', 'date': '2026-11-14 10:12', 'subject': 'Автоматический ответ: Заявка 415471 — фото выполненных работ',
       'extra': {'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'},
       'body': 'Здравствуйте!\n\nЯ нахожусь вне офиса до понедельника 16.11.2026. По срочным вопросам ночных работ звоните в дежурную смену: +7 (495) 640-18-27, доб. 2, '
               'или Кротову В.Н.: +7 903 118-44-20.\n\nОльга Савченко'})
add(I('Mail.ru autoresponder of the night foreman'),
    **{'from': 'P', 'date': '2026-11-18 14:00', 'subject': 'Re: Уточнение по заявке 416777',
       'extra': {'Auto-Submitted': 'auto-replied', 'X-Mailru-Autoreply': '1'},
       'body': 'Здравствуйте! Я работаю ночью, днём почту не читаю. Срочно — звоните +7 926 551-30-08 после 20:00.\nЭто автоматический ответ.'})
add(I('newsletter/bulk mail from the contractor domain'),
    **{'sender': ('Витраж-Ночь', 'news@vitrazhnoch.ru', 'utf-8', 'quoted-printable', {'X-Mailer': 'Sendsay'}),
       'from': 'news', 'fmt': 'html', 'date': '2026-11-10 12:00',
       'subject': 'Ноябрь: бронеплёнки 3M со скидкой 15% и ночной монтаж витрин',
       'extra': {'Precedence': 'bulk', 'List-Unsubscribe': '<mailto:unsubscribe@vitrazhnoch.ru?subject=unsub>, <https://vitrazhnoch.ru/unsub?u=41587>',
                 'List-Id': 'Новости Витраж-Ночь <news.vitrazhnoch.ru>'},
       'html': '<html><body><h2>Витраж-Ночь: новости ноября</h2><p>Ночной монтаж витрин в ТЦ — выезд бригады за 2 часа, работаем с 23:00 до 06:00.</p>'
               '<ul><li>Бронеплёнка 3M Scotchshield Ultra S800 — скидка 15% до 30.11</li><li>Герметик Soudal Silirub 2 — в наличии</li>'
               '<li>Стекло 2400х1800 М1 — со склада за 1 день</li></ul><p>Заявка на сайте или по телефону +7 (495) 640-18-27.</p>'
               '<p style="font-size:10px">Вы получили это письмо, т.к. подписаны на рассылку. <a href="https://vitrazhnoch.ru/unsub?u=41587">Отписаться</a></p></body></html>'})

# bounce
BOUNCE = '''From: Mail Delivery System <MAILER-DAEMON@vitrazhnoch.ru>
To: dispatch@zakazchik-omis.ru
Subject: Undelivered Mail Returned to Sender
Date: Sat, 07 Nov 2026 10:05:41 +0300
Message-ID: <20261107070541.9C1A2E0411@mx1.vitrazhnoch.ru>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="9C1A2E0411.1794034741/mx1.vitrazhnoch.ru"

This is a MIME-encapsulated message.

--9C1A2E0411.1794034741/mx1.vitrazhnoch.ru
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.vitrazhnoch.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<brigada@vitrazhnoch.ru>: user unknown: 550 5.1.1 <brigada@vitrazhnoch.ru>:
    Recipient address rejected: User unknown in virtual mailbox table

--9C1A2E0411.1794034741/mx1.vitrazhnoch.ru
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.vitrazhnoch.ru
Arrival-Date: Sat,  7 Nov 2026 10:05:40 +0300 (MSK)

Final-Recipient: rfc822; brigada@vitrazhnoch.ru
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "brigada"

--9C1A2E0411.1794034741/mx1.vitrazhnoch.ru
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: =?utf-8?B?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>
To: brigada@vitrazhnoch.ru
Subject: =?utf-8?B?0JfQsNGP0LLQutCwIDQxNTIxODog0YPRgtC+0YfQvdC10L3QuNC1INC/0L4g0LTQvtC/0YPRgdC60YM=?=
Date: Sat, 07 Nov 2026 10:05:30 +0300
Message-ID: <a81f3c2e-0711@zakazchik-omis.ru>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

%s
--9C1A2E0411.1794034741/mx1.vitrazhnoch.ru--
''' % base64.encodebytes('Добрый день! По заявке 415218 бригада на месте должна быть не раньше 00:00, поз. 1 — вход №3. Пропуск на рампу у поста охраны.'.encode('utf-8')).decode('ascii')
add(I('delivery failure report (bounce) of a dispatcher message'),
    **{'from': 'daemon', 'fmt': 'raw', 'date': '2026-11-07 10:05', 'subject': 'Undelivered Mail Returned to Sender', 'raw': BOUNCE})

MDN_SUBJ = Header('Прочитано: Заявка 416505 ТЦ Северный', 'utf-8').encode()
MDN_TXT = base64.encodebytes('Ваше сообщение\r\n\r\n  Кому: Савченко Ольга\r\n  Тема: Заявка 416505 ТЦ Северный\r\n  Отправлено: 17.11.2026 8:05\r\n\r\nбыло прочитано 17.11.2026 9:12.\r\n'.encode('windows-1251')).decode('ascii')
MDN = '''From: =?windows-1251?Q?=D1=E0=E2=F7=E5=ED=EA=EE_=CE=EB=FC=E3=E0?= <savchenko@vitrazhnoch.ru>
To: dispatch@zakazchik-omis.ru
Subject: %s
Date: Tue, 17 Nov 2026 09:12:33 +0300
Message-ID: <000a01dc5a1f$3b8e2c10$b2aa8430$@vitrazhnoch.ru>
X-Mailer: Microsoft Outlook 16.0
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="----=_NextPart_000_000B_01DC5A1F.3B8E2C10"

------=_NextPart_000_000B_01DC5A1F.3B8E2C10
Content-Type: text/plain; charset="windows-1251"
Content-Transfer-Encoding: base64

%s
------=_NextPart_000_000B_01DC5A1F.3B8E2C10
Content-Type: message/disposition-notification

Reporting-UA: vitrazhnoch.ru; Microsoft Outlook 16.0
Final-Recipient: rfc822;savchenko@vitrazhnoch.ru
Original-Message-ID: <5f0c11d2-1711@zakazchik-omis.ru>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_000B_01DC5A1F.3B8E2C10--
''' % (MDN_SUBJ, MDN_TXT)
add(I('read receipt (MDN)'),
    **{'from': 'S', 'fmt': 'raw', 'date': '2026-11-17 09:12', 'subject': 'Прочитано', 'raw': MDN})

ICS = '''BEGIN:VCALENDAR\r
METHOD:REPLY\r
PRODID:Microsoft Exchange Server 2016\r
VERSION:2.0\r
BEGIN:VEVENT\r
ATTENDEE;PARTSTAT=ACCEPTED;CN=Савченко Ольга:mailto:savchenko@vitrazhnoch.ru\r
ORGANIZER;CN=Диспетчерская ОМИС:mailto:dispatch@zakazchik-omis.ru\r
SUMMARY;LANGUAGE=ru-RU:Принято: Планёрка по ночным работам (заявки 415471\\, 415690)\r
DTSTART;TZID=Russian Standard Time:20261112T110000\r
DTEND;TZID=Russian Standard Time:20261112T120000\r
UID:040000008200E00074C5B7101A82E00800000000A0C1F3D2\r
SEQUENCE:0\r
DTSTAMP:20261110T143000Z\r
END:VEVENT\r
END:VCALENDAR\r
'''
CAL = '''From: =?windows-1251?Q?=D1=E0=E2=F7=E5=ED=EA=EE_=CE=EB=FC=E3=E0?= <savchenko@vitrazhnoch.ru>
To: =?utf-8?B?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8g0J7QnNCY0KE=?= <dispatch@zakazchik-omis.ru>
Subject: %s
Date: Tue, 10 Nov 2026 17:30:02 +0300
Message-ID: <VI1PR0701MB2456A3B1@vitrazhnoch.ru>
X-Mailer: Microsoft Outlook 16.0
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_VI1PR0701MB2456_"

--_000_VI1PR0701MB2456_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

%s
--_000_VI1PR0701MB2456_
Content-Type: text/calendar; charset="utf-8"; method=REPLY
Content-Transfer-Encoding: base64

%s
--_000_VI1PR0701MB2456_--
''' % (Header('Принято: Планёрка по ночным работам (заявки 415471, 415690)', 'utf-8').encode(),
       base64.encodebytes('Савченко Ольга принял(а) это приглашение.\r\n'.encode('utf-8')).decode('ascii'),
       base64.encodebytes(ICS.encode('utf-8')).decode('ascii'))
add(I('calendar meeting response generated by Outlook'),
    **{'from': 'S', 'fmt': 'raw', 'date': '2026-11-10 17:30', 'subject': 'Принято', 'raw': CAL})

# ---------------------------------------------------------------- write
LETTERS.sort(key=lambda L: L['date'])
for f in os.listdir(LET):
    if f.endswith('.eml'):
        os.remove(os.path.join(LET, f))
labels = {}
for i, L in enumerate(LETTERS, 1):
    fn = '%03d.eml' % i
    data = build(L)
    if not data.endswith(b'\n'):
        data += b'\n'
    with open(os.path.join(LET, fn), 'wb') as fh:
        fh.write(data)
    labels[fn] = L['label']
with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as fh:
    json.dump(REG, fh, ensure_ascii=False, indent=1)
print(len(LETTERS), 'letters')
