# -*- coding: utf-8 -*-
"""Generator of test letters: foreman of a road-patching contractor (voice input on phone)."""
import json, os, hashlib, datetime
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.message import MIMEMessage
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
for f in os.listdir(LET):
    os.remove(os.path.join(LET, f))

DOM = 'remdorasfalt-vyatka.ru'
TZ = datetime.timezone(datetime.timedelta(hours=3))
DISPATCH = ('Диспетчерская ОМИС', 'dispatch@zakazchik-omis.ru')

G = ('Геннадий Сысолятин', 'g.sysolyatin@' + DOM)
GY = ('Гена', 'gena.sysolyatin73@yandex.ru')
O = ('Чувашова Ольга', 'o.chuvashova@' + DOM)
R = ('Галиев Рустам', 'r.galiev@' + DOM)
INFO = ('ООО «Ремдорасфальт-Вятка»', 'info@' + DOM)
MD = ('Mail Delivery System', 'MAILER-DAEMON@' + DOM)

PH = '\n\nОтправлено с телефона'

registry = {
    "contractor": {"name": "ООО «Ремдорасфальт-Вятка»",
                   "emails": [G[1], GY[1], O[1], R[1], INFO[1], MD[1]],
                   "domains": [DOM]},
    "requests": [
        {"number": "482017", "positions": ["1", "2", "3"], "registered_at": "2026-11-02T08:30:00+03:00",
         "comment": "ул. Московская: 1 – от ул. Воровского до ул. Комсомольской; 2 – от Комсомольской до К. Маркса; 3 – у д. 102"},
        {"number": "482093", "positions": ["1"], "registered_at": "2026-11-03T09:15:00+03:00",
         "comment": "ул. Профсоюзная, д. 15–27, проезжая часть"},
        {"number": "482156", "positions": ["1", "2"], "registered_at": "2026-11-04T10:00:00+03:00",
         "comment": "Октябрьский проспект: 1 – от ул. Ленина до ул. Горького; 2 – у ТЦ, правая полоса"},
        {"number": "482204", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-05T08:00:00+03:00",
         "comment": "ул. Ленина: четыре участка от ул. Свободы до Октябрьского пр."},
        {"number": "482311", "positions": ["1", "2"], "registered_at": "2026-11-06T11:20:00+03:00",
         "comment": "ул. Горького: 1 – д. 5–19; 2 – перекрёсток с ул. Ленина"},
        {"number": "482378", "positions": ["1"], "registered_at": "2026-11-09T08:10:00+03:00",
         "comment": "ул. Щорса, у д. 40, ~18 м2"},
        {"number": "482435", "positions": ["1", "2", "3"], "registered_at": "2026-11-10T09:00:00+03:00",
         "comment": "ул. Дзержинского: 1 – д. 1–15; 2 – д. 15–33; 3 – у остановки «Дзержинского»"},
        {"number": "482519", "positions": ["1", "2"], "registered_at": "2026-11-11T13:40:00+03:00",
         "comment": "Слободская ул.: 1 – от моста до АЗС; 2 – заезд к школе № 47"},
        {"number": "482602", "positions": ["1"], "registered_at": "2026-11-12T08:25:00+03:00",
         "comment": "ул. Пролетарская, д. 30–42"},
        {"number": "482688", "positions": ["1", "2", "3"], "registered_at": "2026-11-16T08:00:00+03:00",
         "comment": "ул. Мира: три участка, д. 2–60"},
        {"number": "482741", "positions": ["1", "2"], "registered_at": "2026-11-17T10:30:00+03:00",
         "comment": "ул. Воровского: 1 – нечётная сторона; 2 – чётная сторона"},
        {"number": "482867", "positions": ["1", "2", "3", "4"], "registered_at": "2026-11-18T09:00:00+03:00",
         "comment": "ул. Солнечная: четыре участка, д. 1–45"},
    ]}

letters = []   # dicts: date, build(func returning Message), label


def dt(s):
    return datetime.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=TZ)


def cs_of(name, enc):
    c = Charset(name)
    c.body_encoding = {'b64': BASE64, 'qp': QP, '8bit': None}[enc]
    c.header_encoding = BASE64
    return c


def text(body, charset='utf-8', enc='b64', sub='plain'):
    return MIMEText(body, sub, cs_of(charset, enc))


def alt(body, html, charset='utf-8', enc='qp'):
    m = MIMEMultipart('alternative')
    m.attach(text(body, charset, enc))
    m.attach(text(html, charset, enc, 'html'))
    return m


def add(date, frm, subject, part, label, hcharset='utf-8', to=DISPATCH, extra=None, reply=False):
    letters.append(dict(date=date, frm=frm, subject=subject, part=part, label=label,
                        hcharset=hcharset, to=to, extra=extra or {}, reply=reply))


def addraw(date, raw, label):
    letters.append(dict(date=date, raw=raw, label=label))


def D(req, pos=None, st=None):
    d = {"expect": "decided", "request": req, "positions": pos or [], "status": st}
    return d


def quote(lines, prefix='> '):
    return '\n'.join((prefix + l).rstrip() for l in lines.split('\n'))


def disp_req(num, street, when):
    return (f"Добрый день.\nНаправляем заявку № {num} на ямочный ремонт: {street}.\n"
            f"Срок выполнения – 3 рабочих дня. Просьба подтвердить принятие.\n\n"
            f"Диспетчер ОМИС Кочурова С.В.\nтел. (8332) 22-14-07")


A, W, M, U = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'

# ---------------------------------------------------------------- letters
# 482017 Московская
add('2026-11-02 09:10', G, 'Re: Заявка № 482017 ул. Московская',
    text('добрый день заявку приняли в работу запятая по московской начнем завтра с утра с первого участка точка смесь заказал на асфальтовом' + PH +
         '\n\n02.11.2026, 08:31, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):\n' +
         quote(disp_req('482017', 'ул. Московская, участки 1–3 (см. схему)', ''))),
    {**D('482017', [], A), 'note': 'приняли в работу; позиции не названы; план начала не мешает'}, reply=True)

add('2026-11-03 07:40', G, '482017 поз 1',
    text('выехал и на московскую от воровского до комсомольской будем минут через двадцать' + PH),
    {**D('482017', ['1'], W), 'note': 'выехал и = выехали, позиция в теме'})

add('2026-11-03 08:07', G, '',
    text('заявка четыреста восемьдесят две тысячи семнадцать первый участок на мести начали вырубку картин фрезой запятая погода нормальная' + PH, enc='8bit'),
    {**D('482017', ['1'], M), 'note': 'номер словами, без темы, на мести = на месте'})

add('2026-11-03 09:32', O, 'Заявка № 482093 — принята',
    alt('Добрый день!\n\nЗаявка № 482093 (ул. Профсоюзная, д. 15–27) принята в работу.\n'
        'Бригада Галиева Р.Р. выйдет на объект 04.11.2026.\n\n'
        'С уважением,\nЧувашова Ольга\nдиспетчер ООО «Ремдорасфальт-Вятка»\n'
        'тел. 8 (8332) 41-07-93, ИНН 4345118372, КПП 434501001\n',
        '<html><body><p>Добрый день!</p><p>Заявка № 482093 (ул. Профсоюзная, д. 15–27) <b>принята в работу</b>.<br>'
        'Бригада Галиева Р.Р. выйдет на объект 04.11.2026.</p>'
        '<p>С уважением,<br>Чувашова Ольга<br>диспетчер ООО «Ремдорасфальт-Вятка»<br>'
        'тел. 8 (8332) 41-07-93, ИНН 4345118372, КПП 434501001</p></body></html>',
        'windows-1251', 'qp'),
    {**D('482093', [], A), 'note': 'офис, cp1251 QP, ИНН/КПП/телефон не номера заявки'}, hcharset='windows-1251',
    extra={'X-Mailer': 'Microsoft Outlook 16.0'})

add('2026-11-03 16:24', G, 'Re: 482017',
    text('первый участок закрыли точка уложили 14 квадратов горячей у были в 16 10 каток бомаг 120 забрали на базу' + PH),
    {**D('482017', ['1'], U), 'note': 'номер только в теме, у были = убыли; 14 м2, 16:10, Bomag 120 — не номера'}, reply=True)

add('2026-11-04 07:55', R, 'Профсоюзная 482093',
    text('Доброе утро. Выехали с базы в 7:50 на Профсоюзную, машина КамАЗ Н417ОР43, на месте будем к 8:30.\n\nГалиев Р.Р., мастер\n+7 912 700-35-14', enc='qp'),
    {**D('482093', [], W), 'note': 'выехали С БАЗЫ на объект = в пути; госномер'})

add('2026-11-04 08:41', G, 'Re: 482017 поз 1',
    text('второй участок от комсомольской на мести' + PH + '\n\n' +
         quote('выехал и на московскую от воровского до комсомольской будем минут через двадцать\n\nОтправлено с телефона')),
    {**D('482017', ['2'], M), 'note': 'тема старая (поз 1), тело про второй участок; цитата не считается'}, reply=True)

add('2026-11-04 09:05', O, 'FW: профсоюзная',
    text('Добрый день!\nПересылаю сообщение мастера по заявке № 482093.\n\nС уважением,\nЧувашова Ольга\n'
         'ООО «Ремдорасфальт-Вятка», тел. 8 (8332) 41-07-93\n\n'
         'От: Галиев Рустам [mailto:r.galiev@remdorasfalt-vyatka.ru]\n'
         'Отправлено: 4 ноября 2026 г. 8:52\nКому: Чувашова Ольга\nТема: профсоюзная\n\n'
         'Оля на месте Профсоюзная 15 начали нарезку, диспетчерам скинь\n', 'windows-1251', 'qp'),
    {**D('482093', [], M), 'note': 'пересылка Outlook: пересланный текст мастера = на месте; д. 15 — адрес'},
    hcharset='windows-1251', extra={'X-Mailer': 'Microsoft Outlook 16.0'})

add('2026-11-04 12:58', G, '482017 люк',
    text('вопрос по московской заявка 482017 третий участок у дома сто два там люк колодца провален сантиметров на восемь запятая это нам делать или водоканал вызывать вопросительный знак' + PH),
    {"expect": "review", "note": "вопрос, статуса нет"})

add('2026-11-04 15:41', R, 'Re: Профсоюзная 482093',
    text('Профсоюзная всё. Убыли 15:30, заявка выполнена, 22 м2. Фото вечером скину.\n\n'
         'Галиев Р.Р.\n\n> Принято, спасибо.\n> Диспетчер ОМИС Кочурова С.В.', enc='qp'),
    {**D('482093', [], U), 'note': 'убыли, позиции не названы'}, reply=True)

add('2026-11-04 17:12', G, '482 017 второй',
    text('заявка 482 017 второй участок готов уехали с объекта в пять вечера точка завтра третий' + PH),
    {**D('482017', ['2'], U), 'note': 'номер с пробелом; уехали С объекта; третий — план'})

# 482156 Октябрьский
add('2026-11-05 08:03', G, 'октябрьский',
    text('заявку 482156 по октябрьскому проспекту взяли точка выход по погоде сегодня или завтра' + PH, enc='8bit'),
    {**D('482156', [], A), 'note': 'взяли = приняли'})

add('2026-11-05 08:47', O, 'Заявка 482204 ул. Ленина — принята по всем позициям',
    text('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>'
         '<p>Добрый день!</p><p>По заявке № 482204 (ул. Ленина) сообщаем:</p>'
         '<table border="1" cellpadding="4" style="border-collapse:collapse">'
         '<tr><th>Поз.</th><th>Участок</th><th>Статус</th><th>План выхода</th></tr>'
         '<tr><td>1</td><td>ул. Свободы – ул. Ленина, 47</td><td>Принята</td><td>06.11</td></tr>'
         '<tr><td>2</td><td>д. 47 – д. 71</td><td>Принята</td><td>06.11</td></tr>'
         '<tr><td>3</td><td>д. 71 – д. 95</td><td>Принята</td><td>08.11</td></tr>'
         '<tr><td>4</td><td>д. 95 – Октябрьский пр.</td><td>Принята</td><td>08.11</td></tr>'
         '</table><p>С уважением,<br>Чувашова О.<br>ООО «Ремдорасфальт-Вятка»</p></body></html>',
         'windows-1251', 'b64', 'html'),
    {**D('482204', ['1', '2', '3', '4'], A), 'note': 'HTML-таблица, все 4 позиции приняты'},
    hcharset='windows-1251', extra={'X-Mailer': 'Microsoft Outlook 16.0'})

add('2026-11-05 10:28', G, '482017 поз 3',
    text('третий у дома 102 на мести работаем люк водоканал поднял' + PH),
    {**D('482017', ['3'], M), 'note': 'д. 102 — адрес'})

add('2026-11-05 13:52', G, 'Re: 482017 поз 3',
    text('третий сделали у были в 13 40 по московской всё точка' + PH + '\n\n' +
         quote('третий у дома 102 на мести работаем люк водоканал поднял', '>')),
    {**D('482017', ['3'], U), 'note': 'ответ над цитатой, сделали/убыли'}, reply=True)

add('2026-11-05 15:58', G, '482156 (1)',
    text('едем на октябрьский первый участок через минут 15 будем' + PH),
    {**D('482156', ['1'], W), 'note': 'едем, будем через 15 минут; позиция в скобках в теме'})

add('2026-11-05 16:26', G, 'Re: 482156 (1)',
    text('при были работаем до темноты' + PH, enc='qp'),
    {**D('482156', ['1'], M), 'note': 'при были = прибыли; номер и позиция только в теме'}, reply=True)

add('2026-11-06 07:45', G, 'Re: 482156 (1)',
    text('октябрьский первый вчера закончили в 19 30 у были запятая второй участок завтра с утра' + PH),
    {**D('482156', ['1'], U), 'note': 'по первому убыли, второй — план'}, reply=True)

# 482204 Ленина
add('2026-11-06 12:30', G, 'ленина',
    text('на ленина едем позиции 1 и 2 заявка 482204 бригада галиева на второй' + PH),
    {**D('482204', ['1', '2'], W), 'note': 'едем сейчас'})

add('2026-11-06 13:04', R, '482204 П1,П2',
    text('Ленина П1 и П2 на месте с 13:00, две бригады.\n\nГалиев', enc='qp'),
    {**D('482204', ['1', '2'], M), 'note': 'П1/П2'})

add('2026-11-06 11:21', O, 'Автоматический ответ: Заявка № 482311 ул. Горького',
    text('Здравствуйте!\nЯ нахожусь в отпуске с 06.11.2026 по 15.11.2026.\n'
         'По срочным вопросам звоните мастеру Сысолятину Г.А. +7 912 364-18-50.\n\nЧувашова Ольга\n',
         'windows-1251', 'qp'),
    {"expect": "ignored", "note": "автоответ об отпуске"}, hcharset='windows-1251',
    extra={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All',
           'X-MS-Exchange-Inbox-Rules-Loop': O[1]})

add('2026-11-06 14:10', G, '',
    text('четыреста восемьдесят две тысячи триста одиннадцать горького приняли в работу выйдем после ленина' + PH),
    {**D('482311', [], A), 'note': 'номер полностью словами, без темы'})

add('2026-11-06 17:35', G, 'Re: 482204 П1,П2',
    text('по первой ленина закончили у были в 17 20 по второй завтра доделаем там бордюр' + PH),
    {**D('482204', ['1'], U), 'note': 'первая сделана, вторая план'}, reply=True)

add('2026-11-07 08:09', G, '482156-2',
    text('октябрьский второй участок выехали в 7 40 в 8 05 на мести запятая начали' + PH),
    {**D('482156', ['2'], M), 'note': 'выезд и прибытие — последнее на месте'})

add('2026-11-07 08:55', G, '482550?',
    text('пришло смс заявка 482550 по труда это нам или нет в почте не видим' + PH),
    {"expect": "review", "note": "номер не из реестра, вопрос"})

add('2026-11-07 11:02', R, 'Re: 482204 П1,П2',
    text('Ленина поз.2 готово, бордюр поставили, бригада освободилась, еду на базу.\n\nГалиев Р.Р.', enc='qp'),
    {**D('482204', ['2'], U), 'note': 'старая тема П1,П2; тело про поз.2: готово/освободилась'}, reply=True)

add('2026-11-07 12:15', G, '482156-2',
    text('OKТЯБРЬСКИЙ ВTОРОЙ ВСЁ ЗAKOНЧИЛИ УБЫЛИ' + PH),
    {**D('482156', ['2'], U), 'note': 'капс, латинские O/K/T/A внутри слов'})

add('2026-11-08 07:30', G, '482204 третий и четвертый выехали',
    text('выехал и на ленина третий и четвертый участок' + PH),
    {**D('482204', ['3', '4'], W), 'note': 'выехали на объект'})

add('2026-11-08 08:20', G, 'Re: 482204 третий и четвертый выехали',
    text('на мести оба работаем двумя звеньями' + PH),
    {**D('482204', ['3', '4'], M), 'note': 'тема со старым статусом (выехали), тело — на месте; позиции из темы'}, reply=True)

add('2026-11-08 14:10', G, '482204-3',
    text('третий закончили уехали по четвертому вечером напишу' + PH),
    {**D('482204', ['3'], U), 'note': 'по 4-му ничего не сообщено'})

add('2026-11-08 15:00', G, 'асфальт цена',
    text('по ленине 482204 асфальт подорожал на заводе с 9 ноября 6400 за тонну надо доп соглашение к договору 17/26-ДР иначе в минус работаем' + PH),
    {"expect": "review", "note": "цена/договор, статуса нет"})

add('2026-11-08 17:40', G, 'Re: 482204-3',
    text('четвертый готов выехали с участка на базу в 17 30 ленина вся закрыта' + PH),
    {**D('482204', ['4'], U), 'note': 'выехали С участка на базу = убыли'}, reply=True)

# 482311 Горького
add('2026-11-09 07:50', G, 'горького',
    text('по горького 482311 выдвинулись с базы минут через 40 будем на мести' + PH),
    {**D('482311', [], W), 'note': 'выдвинулись, будем через 40 минут'})

add('2026-11-09 09:15', G, 'Re: Заявка № 482378 ул. Щорса, д. 40',
    text('принял завтра с утра на щорса' + PH + '\n\n09.11.2026, 08:11, Диспетчерская ОМИС <dispatch@zakazchik-omis.ru> написал(а):\n' +
         quote(disp_req('482378', 'ул. Щорса, у д. 40, площадь ~18 м2', ''))),
    {**D('482378', [], A), 'note': 'номер только в теме/цитате'}, reply=True)

add('2026-11-09 10:00', G, 'акт',
    text('подскажите кому сдавать акт кс два по 482204 и куда фото отправлять на почту или в ватсап' + PH),
    {"expect": "review", "note": "вопрос про акт"})

add('2026-11-09 13:30', G, 'Re: 482311 п.1',
    text('горького первый закрыли запятая на второй переехали уже работаем' + PH),
    {"expect": "review", "note": "разные статусы: п.1 убыл, п.2 на месте (смешанное №1)"}, reply=True)

add('2026-11-09 17:05', G, 'горького второй',
    text('заявка 482311 горького второй участок готов уехали в 16 50' + PH),
    {**D('482311', ['2'], U), 'note': 'готов/уехали'})

# 482378 Щорса
add('2026-11-10 07:35', G, 'Re: Re: Заявка № 482378 ул. Щорса, д. 40',
    text('на щорса едем будем через полчаса' + PH),
    {**D('482378', [], W), 'note': 'едем, будем через полчаса'}, reply=True)

add('2026-11-10 08:12', GY, 'ул. Щорса 40 (482378)',
    alt('на мести щорса с телефона жены пишу мой сел\n\n-- \nОтправлено из мобильной Яндекс Почты',
        '<div>на мести щорса с телефона жены пишу мой сел</div><div><br></div><div>-- <br>Отправлено из мобильной Яндекс Почты</div>',
        'utf-8', 'b64'),
    {**D('482378', [], M), 'note': 'с личного ящика, номер в скобках после адреса'})

add('2026-11-10 09:20', G, '#482435',
    text('заявка номер 482435 дзержинского принята выходим завтра' + PH),
    {**D('482435', [], A), 'note': 'принята; выход завтра — план'})

add('2026-11-10 12:40', G, '482378',
    text('щорса 40 сделали убытие 12 20 запятая площадь 18 квадратов' + PH, enc='qp'),
    {**D('482378', [], U), 'note': 'убытие'})

# 482435 Дзержинского
add('2026-11-11 08:15', G, 'Re: #482435',
    text('по дзержинского еще не выехали ждем асфальт машина сломалась на заводе' + PH),
    {"expect": "review", "note": "отрицание: ещё не выехали"}, reply=True)

add('2026-11-11 10:05', G, '482435 позиция 1',
    text('выехал и на дзержинского позиция один асфальт забрали' + PH),
    {**D('482435', ['1'], W), 'note': 'выехали на объект'})

add('2026-11-11 10:38', G, 'Re: 482435 позиция 1',
    text('позиция один при были' + PH),
    {**D('482435', ['1'], M), 'note': 'прибыли'}, reply=True)

add('2026-11-11 14:00', R, 'Наряд 482519',
    text('Наряд 482519 принял, Слободская. Выход 12.11 в 8:00.\n\nГалиев Р.Р.', enc='qp'),
    {**D('482519', [], A), 'note': 'наряд = заявка; дата 12.11 не номер'})

add('2026-11-11 17:20', G, 'дзержинского первый и второй',
    text('по дзержинского 482435 первый и второй сделали оба у были в 17 00 второй рустам делал' + PH),
    {**D('482435', ['1', '2'], U), 'note': 'обе позиции сделаны'})

# 482519 Слободская / 482602 Пролетарская
add('2026-11-12 07:40', R, 'Re: Наряд 482519',
    text('Выехали на Слободскую.\n\n> Наряд 482519 принял, Слободская. Выход 12.11 в 8:00.', enc='qp'),
    {**D('482519', [], W), 'note': 'выехали НА Слободскую; цитата — старое'}, reply=True)

add('2026-11-12 08:30', G, '482519 поз1',
    text('слободская поз1 на мести рустам там же' + PH),
    {**D('482519', ['1'], M), 'note': 'поз1'})

add('2026-11-12 12:10', G, 'дзержинского третий',
    text('обращение 482435 третья позиция прибытие 9 10 убытие 12 40 все сделали' + PH),
    {**D('482435', ['3'], U), 'note': 'прибытие и убытие — последнее убыл'})

add('2026-11-12 13:00', G, 'слободская и пролетарская',
    text('482519 слободская первый закончили и 482602 пролетарскую приняли' + PH),
    {"expect": "review", "note": "две заявки в одном письме"})

add('2026-11-12 13:20', R, 'Re: Наряд 482519',
    text('Слободская первая позиция готово, убыли 13:10. Вторую начнём завтра.\n\nГалиев', enc='qp'),
    {**D('482519', ['1'], U), 'note': 'первая готово, вторая план'}, reply=True)

add('2026-11-12 14:00', G, '482602',
    text('пролетарскую 482602 принял завтра после слободской' + PH, enc='8bit'),
    {**D('482602', [], A), 'note': 'принял'})

add('2026-11-13 15:30', R, '482519 (2)',
    text('Слободская, вторая позиция: приехали в 10:00, уехали в 15:15.\nПломба на колодце № 0047813 не тронута.\n\nГалиев Р.Р.', enc='qp'),
    {**D('482519', ['2'], U), 'note': 'приехали и уехали — последнее убыл; номер пломбы'})

add('2026-11-13 15:50', G, 'пролетарская',
    text('едем пролетарская будем через минут 20' + PH),
    {"expect": "review", "note": "нет номера заявки"})

add('2026-11-13 16:20', G, 'Re: 482602',
    text('заявка 482602 на месте пролетарская начали' + PH),
    {**D('482602', [], M), 'note': 'на месте'}, reply=True)

add('2026-11-14 11:00', G, '482602 готово',
    text('пролетарская все у были в 10 45 запятая по заявке четыреста восемьдесят два шестьсот два больше ничего нет' + PH),
    {**D('482602', [], U), 'note': 'у были = убыли, номер ещё и словами'})

addraw('2026-11-14 12:00', None, {"expect": "ignored", "note": "bounce: ящик мастера переполнен"})

add('2026-11-14 18:00', G, '',
    text('заявка четыреста восемьдесят два алло слышно короче потом перезвоню' + PH),
    {"expect": "review", "note": "голосовой ввод оборвался, номера и статуса нет"})

# 482688 Мира
add('2026-11-16 09:10', O, 'Заявка 482688 ул. Мира — принята',
    alt('Добрый день!\n\nЗаявка № 482688 (ул. Мира):\nПоз. 1 д. 2–20 — принята\nПоз. 2 д. 20–42 — принята\nПоз. 3 д. 42–60 — принята\n\n'
        'С уважением,\nЧувашова Ольга\nООО «Ремдорасфальт-Вятка»\n8 (8332) 41-07-93\n',
        '<html><body><p>Добрый день!</p><p>Заявка № 482688 (ул. Мира):</p>'
        '<table border="1"><tr><th>Поз.</th><th>Участок</th><th>Статус</th></tr>'
        '<tr><td>1</td><td>д. 2–20</td><td>принята</td></tr>'
        '<tr><td>2</td><td>д. 20–42</td><td>принята</td></tr>'
        '<tr><td>3</td><td>д. 42–60</td><td>принята</td></tr></table>'
        '<p>С уважением,<br>Чувашова Ольга<br>ООО «Ремдорасфальт-Вятка»<br>8 (8332) 41-07-93</p></body></html>',
        'windows-1251', 'qp'),
    {**D('482688', ['1', '2', '3'], A), 'note': 'таблица, все позиции приняты'}, hcharset='windows-1251',
    extra={'X-Mailer': 'Microsoft Outlook 16.0'})

add('2026-11-16 10:30', G, 'мира',
    text('на мира выедем завтра в 8 если дождя не будет заявка 482688' + PH),
    {"expect": "review", "note": "план на завтра"})

add('2026-11-16 11:40', O, 'RE: Уточнение по заявке 482688 ул. Мира',
    text('Светлана, добрый день!\nСпасибо, уточнение по границам участка 2 получили, передала мастеру.\n\n'
         'С уважением, Чувашова Ольга\n\n'
         'От: Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]\nОтправлено: 16 ноября 2026 г. 11:05\n'
         'Кому: Чувашова Ольга\nТема: Уточнение по заявке 482688 ул. Мира\n\n'
         'Ольга, участок 2 заканчивается у д. 42, не у д. 44. Кочурова С.В.\n', 'windows-1251', 'qp'),
    {"expect": "review", "note": "благодарность/подтверждение письма диспетчера"}, hcharset='windows-1251',
    extra={'X-Mailer': 'Microsoft Outlook 16.0'})

add('2026-11-17 08:05', G, '482688 поз 1',
    text('мира первый едем минут десять' + PH),
    {**D('482688', ['1'], W), 'note': 'едем, минут десять'})

add('2026-11-17 08:40', O, 'FW: мира',
    text('Пересылаю, Геннадий ошибся адресом.\nО. Чувашова\n\n-----Original Message-----\n'
         'From: Сысолятин Геннадий <g.sysolyatin@remdorasfalt-vyatka.ru>\n'
         'Sent: Tuesday, November 17, 2026 8:34 AM\nTo: Чувашова Ольга <o.chuvashova@remdorasfalt-vyatka.ru>\n'
         'Subject: мира\n\nмира п1 на мести с 8 30 заявка 482688\n\nОтправлено с телефона\n', 'windows-1251', 'qp'),
    {**D('482688', ['1'], M), 'note': 'пересылка: сообщение мастера = на месте п1'}, hcharset='windows-1251',
    extra={'X-Mailer': 'Microsoft Outlook 16.0'})

add('2026-11-17 15:00', G, 'Re: 482688 поз 1',
    text('мира первый закончили у были второй на мести работаем' + PH),
    {"expect": "review", "note": "разные статусы для разных позиций (смешанное №2)"}, reply=True)

# 482741 Воровского (Рустам, KOI8-R)
add('2026-11-17 10:45', R, 'Заявка 482741 (ул. Воровского)',
    text('Добрый день. Заявку 482741 приняли, бригада выйдет 18.11 с утра.\n\nГалиев Р.Р., мастер ООО "Ремдорасфальт-Вятка"', 'koi8-r', 'b64'),
    {**D('482741', [], A), 'note': 'KOI8-R'}, hcharset='koi8-r', extra={'X-Mailer': 'The Bat! (v9.4.3) Professional'})

add('2026-11-18 08:30', R, '482741 позиция 3',
    text('Воровского поз.3 на месте.\n\nГалиев', 'koi8-r', '8bit'),
    {"expect": "review", "note": "позиции 3 в заявке нет"}, hcharset='koi8-r',
    extra={'X-Mailer': 'The Bat! (v9.4.3) Professional'})

add('2026-11-18 08:58', G, 'воровского 482741',
    text('воровского поз1 поз2 на мести оба звена' + PH),
    {**D('482741', ['1', '2'], M), 'note': 'поз1 поз2'})

add('2026-11-18 09:40', G, '482867',
    text('солнечная 482867 приняли все четыре участка сделаем до пятницы' + PH),
    {**D('482867', [], A), 'note': 'вся заявка принята'})

addraw('2026-11-18 12:00', None, {"expect": "ignored", "note": "ответ календаря Outlook на приглашение"})

add('2026-11-18 15:30', R, 'Re: воровского 482741',
    text('Воровского всё закончили, убыли 15:20. Акт N 318 подпишем завтра.\n\nГалиев Р.Р.', 'koi8-r', 'b64'),
    {**D('482741', [], U), 'note': 'всё закончили; номер акта'}, hcharset='koi8-r', reply=True,
    extra={'X-Mailer': 'The Bat! (v9.4.3) Professional'})

add('2026-11-19 11:30', O, 'Заявка 482867 ул. Солнечная — статус по позициям',
    alt('Добрый день!\nЗаявка № 482867, ул. Солнечная:\n1 — бригада на месте с 08:40\n2 — бригада на месте с 08:40\n3 — план 20.11\n4 — план 20.11\n\nЧувашова Ольга\n',
        '<html><body><p>Добрый день!</p><p>Заявка № 482867, ул. Солнечная:</p>'
        '<table border="1" cellspacing="0"><tr><td><b>Позиция</b></td><td><b>Статус</b></td></tr>'
        '<tr><td>1</td><td>бригада на месте с 08:40</td></tr>'
        '<tr><td>2</td><td>бригада на месте с 08:40</td></tr>'
        '<tr><td>3</td><td>план 20.11</td></tr>'
        '<tr><td>4</td><td>план 20.11</td></tr></table><p>Чувашова Ольга</p></body></html>',
        'windows-1251', 'qp'),
    {**D('482867', ['1', '2'], M), 'note': 'таблица: 1,2 на месте, 3,4 только план'}, hcharset='windows-1251',
    extra={'X-Mailer': 'Microsoft Outlook 16.0'})

add('2026-11-19 16:10', G, 'Re: Заявка 482867 ул. Солнечная — статус по позициям',
    text('солнечная 1 и 2 участок закрыли у были запятая завтра 3 и 4' + PH),
    {**D('482867', ['1', '2'], U), 'note': 'номер только в теме Re:, 3 и 4 — план'}, reply=True)

# 482688 Мира, окончание
add('2026-11-18 16:40', G, 'Re: 482688 поз 1',
    text('мира второй и третий сделали у были в 16 20' + PH),
    {**D('482688', ['2', '3'], U), 'note': 'старая тема поз 1, тело про 2 и 3'}, reply=True)

add('2026-11-11 11:00', INFO, 'Новости компании: зимнее содержание дорог 2026/27',
    alt('Уважаемые партнёры!\nООО «Ремдорасфальт-Вятка» начинает приём заявок на зимнее содержание дорог сезона 2026/27.\n'
        'Подробнее: https://remdorasfalt-vyatka.ru/news/zima2026\n\nОтписаться от рассылки: https://remdorasfalt-vyatka.ru/unsubscribe\n',
        '<html><body><h2>Зимнее содержание дорог 2026/27</h2><p>Уважаемые партнёры! ООО «Ремдорасфальт-Вятка» начинает приём заявок.</p>'
        '<p><a href="https://remdorasfalt-vyatka.ru/unsubscribe">Отписаться</a></p></body></html>', 'utf-8', 'b64'),
    {"expect": "ignored", "note": "рассылка"},
    extra={'Precedence': 'bulk', 'List-Unsubscribe': '<https://remdorasfalt-vyatka.ru/unsubscribe>',
           'List-Id': '<news.remdorasfalt-vyatka.ru>'})

addraw('2026-11-09 08:50', None, {"expect": "ignored", "note": "уведомление о прочтении"})
addraw('2026-11-20 08:00', None, {"expect": "ignored", "note": "автоответ почтового ящика мастера"})
addraw('2026-11-20 16:30', None, {**D('482867', ['3', '4'], U),
                                   'note': 'пересылка вложением message/rfc822: сообщение мастера П3,П4 убыли'})

# ---------------------------------------------------------------- raw builders
def msgid(i, domain=DOM):
    h = hashlib.md5(f'hi-{i}-{domain}'.encode()).hexdigest()[:16]
    return f'<{h}.{i:03d}@{domain}>'


def enc_h(s, cs='utf-8'):
    return Header(s, cs).encode()


def raw_bounce(i, date):
    d = format_datetime(dt(date))
    return (f"Return-Path: <>\nFrom: Mail Delivery System <MAILER-DAEMON@{DOM}>\nTo: dispatch@zakazchik-omis.ru\n"
            f"Subject: Undelivered Mail Returned to Sender\nDate: {d}\nMessage-ID: {msgid(i)}\n"
            f"Auto-Submitted: auto-replied\nMIME-Version: 1.0\n"
            f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b0unce{i}\"\n\n"
            f"--b0unce{i}\nContent-Type: text/plain; charset=us-ascii\n\n"
            f"This is the mail system at host mx.{DOM}.\n\nI'm sorry to have to inform you that your message could not\n"
            f"be delivered to one or more recipients.\n\n<r.galiev@{DOM}>: mailbox is full (quota exceeded)\n\n"
            f"--b0unce{i}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.{DOM}\n\n"
            f"Final-Recipient: rfc822; r.galiev@{DOM}\nAction: failed\nStatus: 5.2.2\n"
            f"Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n\n"
            f"--b0unce{i}\nContent-Type: text/rfc822-headers\n\nFrom: dispatch@zakazchik-omis.ru\nTo: r.galiev@{DOM}\n"
            f"Subject: {enc_h('Заявка 482519: просьба прислать фото')}\nDate: Sat, 14 Nov 2026 11:58:40 +0300\n\n"
            f"--b0unce{i}--\n")


def raw_mdn(i, date):
    d = format_datetime(dt(date))
    return (f"From: {formataddr(G, 'utf-8')}\nTo: dispatch@zakazchik-omis.ru\n"
            f"Subject: {enc_h('Прочитано: Заявка № 482378 ул. Щорса, д. 40')}\nDate: {d}\nMessage-ID: {msgid(i)}\n"
            f"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=disposition-notification; boundary=\"mdn{i}\"\n\n"
            f"--mdn{i}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"Ваше сообщение было прочитано 09.11.2026 08:50.\n\n"
            f"--mdn{i}\nContent-Type: message/disposition-notification\n\n"
            f"Reporting-UA: phone; K-9 Mail\nFinal-Recipient: rfc822;{G[1]}\n"
            f"Original-Message-ID: <disp-482378-1@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n\n"
            f"--mdn{i}--\n")


def raw_autoreply_r(i, date):
    d = format_datetime(dt(date))
    body = 'Я на объекте, почту читаю вечером. Срочно - звоните +7 912 700-35-14.\nГалиев Р.Р.\n'
    m = MIMEText(body, 'plain', cs_of('koi8-r', 'b64'))
    m['From'] = formataddr(R, 'koi8-r')
    m['To'] = 'dispatch@zakazchik-omis.ru'
    m['Subject'] = Header('Автоответ: Re: Заявка 482867 ул. Солнечная - статус по позициям', 'koi8-r', header_name='Subject')
    m['Date'] = d
    m['Message-ID'] = msgid(i)
    m['Auto-Submitted'] = 'auto-replied'
    m['X-Autoreply'] = 'yes'
    return m.as_bytes()


def raw_calendar(i, date):
    d = format_datetime(dt(date))
    ics = ("BEGIN:VCALENDAR\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
           "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Чувашова Ольга:mailto:o.chuvashova@remdorasfalt-vyatka.ru\r\n"
           "SUMMARY;LANGUAGE=ru-RU:Принято: Планёрка по ямочному ремонту\r\n"
           "DTSTART;TZID=Russian Standard Time:20261120T100000\r\nDTEND;TZID=Russian Standard Time:20261120T110000\r\n"
           "UID:040000008200E00074C5B7101A82E00800000000omis-plan-2011\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    m = MIMEMultipart('alternative')
    m.attach(text('Чувашова Ольга приняла это приглашение.\n', 'windows-1251', 'qp'))
    c = MIMEText(ics, 'calendar', cs_of('utf-8', 'b64'))
    c.set_param('method', 'REPLY')
    m.attach(c)
    m['From'] = formataddr(O, 'windows-1251')
    m['To'] = 'dispatch@zakazchik-omis.ru'
    m['Subject'] = Header('Принято: Планёрка по ямочному ремонту', 'windows-1251', header_name='Subject')
    m['Date'] = d
    m['Message-ID'] = msgid(i)
    m['X-Mailer'] = 'Microsoft Outlook 16.0'
    return m.as_bytes()


def raw_fwd_attach(i, date):
    inner = MIMEText('Оля, Солнечная П3, П4 - работы завершены, убыли 16:05. Каток на базе.\nГалиев\n',
                     'plain', cs_of('koi8-r', '8bit'))
    inner['From'] = formataddr(R, 'koi8-r')
    inner['To'] = formataddr(O, 'koi8-r')
    inner['Subject'] = Header('солнечная 482867', 'koi8-r', header_name='Subject')
    inner['Date'] = format_datetime(dt('2026-11-20 16:07'))
    inner['Message-ID'] = msgid(900 + i)
    inner['X-Mailer'] = 'The Bat! (v9.4.3) Professional'
    m = MIMEMultipart('mixed')
    m.attach(text('Добрый день!\nПересылаю письмо мастера Галиева по Солнечной.\n\nС уважением,\nЧувашова Ольга\n',
                  'windows-1251', 'qp'))
    m.attach(MIMEMessage(inner))
    m['From'] = formataddr(O, 'windows-1251')
    m['To'] = formataddr(DISPATCH, 'utf-8')
    m['Subject'] = Header('Fw: солнечная 482867', 'windows-1251', header_name='Subject')
    m['Date'] = format_datetime(dt(date))
    m['Message-ID'] = msgid(i)
    m['X-Mailer'] = 'Microsoft Outlook 16.0'
    return m.as_bytes()


RAW = {'bounce': raw_bounce, 'mdn': raw_mdn, 'ar': raw_autoreply_r, 'cal': raw_calendar, 'fwd': raw_fwd_attach}
# map raw letters by date
RAW_BY_DATE = {'2026-11-14 12:00': 'bounce', '2026-11-18 12:00': 'cal', '2026-11-09 08:50': 'mdn',
               '2026-11-20 08:00': 'ar', '2026-11-20 16:30': 'fwd'}

letters.sort(key=lambda l: l['date'])
labels = {}
for i, L in enumerate(letters, 1):
    name = f'{i:03d}.eml'
    if 'raw' in L:
        data = RAW[RAW_BY_DATE[L['date']]](i, L['date'])
        if isinstance(data, str):
            data = data.encode('utf-8')
    else:
        m = L['part']
        m['From'] = formataddr(L['frm'], L['hcharset'])
        m['To'] = formataddr(L['to'], 'utf-8')
        if L['subject']:
            m['Subject'] = L['subject'] if L['subject'].isascii() else Header(L['subject'], L['hcharset'], header_name='Subject')
        m['Date'] = format_datetime(dt(L['date']))
        m['Message-ID'] = msgid(i)
        if L['reply']:
            ref = f'<omis-{hashlib.md5(L["subject"].encode()).hexdigest()[:10]}@zakazchik-omis.ru>'
            m['In-Reply-To'] = ref
            m['References'] = ref
        for k, v in L['extra'].items():
            m[k] = v
        for k in ('MIME-Version', 'Content-Type', 'Content-Transfer-Encoding'):
            v = m[k]
            if v is not None:
                del m[k]
                m[k] = v
        data = m.as_bytes()
    with open(os.path.join(LET, name), 'wb') as f:
        f.write(data)
    labels[name] = L['label']

with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as f:
    json.dump(registry, f, ensure_ascii=False, indent=1)
print(len(labels), 'letters')
