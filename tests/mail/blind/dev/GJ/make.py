#!/usr/bin/env python3
"""Generator for the KryazhFuzion / Dan Shmelyov letter set. stdlib only."""
import json, os, random, datetime as D
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.message import Message
from email.header import Header, make_header, decode_header
from email.charset import Charset, QP, BASE64
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(OUT, 'letters')
os.makedirs(LET, exist_ok=True)
rnd = random.Random(457)
TZ = D.timezone(D.timedelta(hours=3))
DISP = formataddr(('Диспетчерская ОМИС', 'dispatch@zakazchik-omis.ru'))
DISP_ADDR = 'dispatch@zakazchik-omis.ru'
DAN = ('Даня Шмелёв', 'danya.shmelyov.krew@gmail.com')
BOSS = ('Кряжев Олег Викторович', 'o.kryazhev@kryazhfuzion.ru')
OFFICE = ('Марина | КряжФьюжн', 'office@kryazhfuzion.ru')
DOMAIN = 'kryazhfuzion.ru'

REG = [
 ("457013", ["1","2"], (2,9,0), "ТЦ «Омега», ул. Заводская 14: поз.1 VRF 2 этаж, поз.2 VRF 3 этаж"),
 ("457108", ["1","2","3"], (3,8,30), "склад, ул. Промышленная 7: поз.1 приточная установка, поз.2 вытяжная, поз.3 тепловая завеса"),
 ("457122", ["1"], (4,10,0), "офис, пр. Ленина 88: сплит-система в серверной"),
 ("457245", ["1","2","3","4"], (6,8,0), "школа №12, ул. Садовая 3: приточные установки спортзал, столовая, актовый зал, мастерские"),
 ("457301", ["1","2"], (9,12,0), "поликлиника №5: поз.1 чиллер, поз.2 драйкулер"),
 ("457377", ["1"], (10,10,0), "кафе, ул. Береговая 21: вытяжка кухни"),
 ("457450", ["1","2","3"], (12,9,0), "БЦ «Кристалл»: фанкойлы 3 этажа, поз.1-3"),
 ("457519", ["1"], (14,10,0), "ЖК «Северный»: система дымоудаления"),
 ("457604", ["1","2"], (16,12,0), "городская библиотека: сплиты читального зала, поз.1 и 2"),
 ("457688", ["1","2","3","4"], (18,9,0), "спорткомплекс «Импульс»: рекуператоры 1-4"),
 ("457731", ["1"], (20,11,0), "аптека, ул. Мира 5: кондиционер торгового зала"),
 ("457890", ["1","2"], (23,9,0), "гостиница «Прибой»: поз.1 кондиционер холла, поз.2 кондиционер ресторана"),
]

def dt(d, h, m, s=None):
    return D.datetime(2026, 11, d, h, m, rnd.randint(0, 59) if s is None else s, tzinfo=TZ)

WD = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс']
def gmail_quote(when, who, text):
    hdr = f"{WD[when.weekday()]}, {when.day} нояб. 2026 г. в {when:%H:%M}, {who[0]} <{who[1]}>:"
    return hdr, "\n".join("> " + l if l else ">" for l in text.split("\n"))

def mid_gmail():
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    return '<CA' + ''.join(rnd.choice(al) for _ in range(8)) + '+' + ''.join(rnd.choice(al) for _ in range(28)) + '@mail.gmail.com>'

def mid_outlook():
    return '<000001db%04x$%08x$%08x@%s>' % (rnd.getrandbits(16), rnd.getrandbits(32), rnd.getrandbits(32), DOMAIN)

def cs(name, enc):
    c = Charset(name)
    c.body_encoding = enc
    c.header_encoding = BASE64
    return c

def esc(t):
    return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

letters = []   # (filename, message, label)
def add(msg, label):
    n = len(letters) + 1
    letters.append(('%03d.eml' % n, msg, label))

def D_(st, pos, req, note):
    return {"expect": "decided", "request": req, "positions": pos, "status": st, "note": note}
def R_(note):
    return {"expect": "review", "note": note}
def I_(note):
    return {"expect": "ignored", "note": note}
ACC, WAY, ON, LEFT = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'

# ---------- Dan (Gmail app on Android) ----------
def dan(when, subj, text, label, quote=None, enc=BASE64, fwd=None, in_reply=None):
    """quote = (when, who(tuple), text) dispatcher/other message quoted below"""
    plain = text
    html = '<div dir="auto">' + '<br>'.join(esc(l) for l in text.split('\n')) + '</div>'
    if fwd:
        fh = ("---------- Forwarded message ---------\n"
              f"От: {fwd[1][0]} <{fwd[1][1]}>\nDate: {WD[fwd[0].weekday()]}, {fwd[0].day} нояб. 2026 г. в {fwd[0]:%H:%M}\n"
              f"Subject: {fwd[2]}\nTo: {fwd[4]}\n\n{fwd[3]}")
        plain += "\n\n" + fh
        html += '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + '<br>'.join(esc(l) for l in fh.split('\n')) + '</div></div>'
    if quote:
        qh, qt = gmail_quote(*quote)
        plain += "\n\n" + qh + "\n\n" + qt + "\n"
        html += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(qh) +
                 '<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' +
                 '<br>'.join(esc(l) for l in quote[2].split('\n')) + '</blockquote></div>')
    c = cs('utf-8', enc)
    m = MIMEMultipart('alternative', boundary='000000000000' + '%016x' % rnd.getrandbits(64))
    m.attach(MIMEText(plain, 'plain', c))
    m.attach(MIMEText(html, 'html', c))
    m['MIME-Version'] = '1.0'
    m['Date'] = format_datetime(when)
    m['Message-ID'] = mid_gmail()
    if in_reply:
        m['In-Reply-To'] = in_reply
        m['References'] = in_reply
    m['Subject'] = Header(subj, 'utf-8')
    m['From'] = formataddr((str(Header(DAN[0], 'utf-8').encode()), DAN[1])) if False else formataddr((DAN[0], DAN[1]), 'utf-8')
    m['To'] = DISP
    # put MIME-Version first-ish like gmail does not matter
    add(m, label)

SIG_BOSS = ("С уважением,\nКряжев Олег Викторович\nГенеральный директор ООО «КряжФьюжн Климат»\n"
            "тел. +7 (343) 457-10-80, моб. +7 912 604 13 88\nИНН 6658457301 / КПП 665801001\nwww.kryazhfuzion.ru")

def boss(when, subj, text, label, quote_block=None, html_only=False, html_body=None, enc=QP, frm=BOSS, charset='windows-1251'):
    plain = text + "\n\n" + SIG_BOSS
    if quote_block:
        plain += "\n\n" + quote_block
    c = cs(charset, enc)
    hb = html_body or ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=' + charset + '"></head>'
                       '<body lang="RU"><div class="WordSection1">' +
                       ''.join('<p class="MsoNormal">' + (esc(l) or '&nbsp;') + '</p>' for l in plain.split('\n')) +
                       '</div></body></html>')
    if html_only:
        m = MIMEText(hb, 'html', c)
    else:
        m = MIMEMultipart('alternative', boundary='----=_NextPart_000_%04X_01DB%08X' % (rnd.getrandbits(16), rnd.getrandbits(32)))
        m.attach(MIMEText(plain, 'plain', c))
        m.attach(MIMEText(hb, 'html', c))
    m['From'] = formataddr((frm[0], frm[1]), 'windows-1251')
    m['To'] = DISP
    m['Subject'] = Header(subj, 'windows-1251')
    m['Date'] = format_datetime(when)
    m['Message-ID'] = mid_outlook()
    m['MIME-Version'] = '1.0'
    m['X-Mailer'] = 'Microsoft Outlook 16.0'
    m['Thread-Index'] = 'AdtK' + '%012x' % rnd.getrandbits(48)
    m['Content-Language'] = 'ru'
    add(m, label)
    return m

def office(when, subj, text, label, enc=None):
    c = Charset('koi8-r'); c.header_encoding = BASE64; c.body_encoding = enc
    m = MIMEText(text, 'plain', c)
    m['From'] = formataddr((OFFICE[0], OFFICE[1]), 'koi8-r')
    m['To'] = DISP
    m['Subject'] = Header(subj, 'koi8-r')
    m['Date'] = format_datetime(when)
    m['Message-ID'] = '<%d.%08X@kryazhfuzion.ru>' % (rnd.getrandbits(20), rnd.getrandbits(32))
    m['X-Mailer'] = 'The Bat! (v9.4.5) Professional'
    m['MIME-Version'] = '1.0'
    add(m, label)

def outlook_hdr(frm, when, to, subj):
    return (f"От: {frm}\nОтправлено: {when.strftime('%d.%m.%Y %H:%M')}\nКому: {to}\nТема: {subj}")

DISPQ = ('Диспетчерская ОМИС', DISP_ADDR)

# ================= 457013 =================
dan(dt(2, 9, 41), '457013', 'прив 👋\nзаявку 457013 взяли в работу всё чётко ✅\nща собираемся', D_(ACC, [], '457013', 'взяли в работу'))
q = (dt(2, 9, 2), DISPQ, 'Добрый день!\nНаправляем заявку 457013, ТЦ «Омега», ул. Заводская 14.\nПоз. 1 — VRF 2 этаж, поз. 2 — VRF 3 этаж.\nДиспетчер Ольга, тел. 8 (343) 210-45-70')
dan(dt(2, 11, 5), 'Re: Заявка 457013 ТЦ Омега', 'едем на заводскую 14\nбудем минут через 20 🚐💨', D_(WAY, [], '457013', 'будем через 20 минут = в пути; 14 = дом'), quote=q, enc=QP)
dan(dt(2, 11, 33), '457013 поз 1,2', 'мы тууут 📍📍\nначинаем с первой', D_(ON, ['1', '2'], '457013', 'мы тут; позиции из темы'))
dan(dt(2, 15, 52), 'Re: 457013 поз 1,2', 'кароч по первой done ✅\nвторую завтра доделаем там фреон кончился 😅 сваливаем',
    D_(LEFT, ['1'], '457013', 'поз1 сделана, поз2 только план'),
    quote=(dt(2, 11, 33), DAN, 'мы тууут 📍📍\nначинаем с первой'))
# two requests in one letter
dan(dt(4, 15, 2), '457013 457108', 'обе заявки 457013 и 457108 закрыли всё чётко 🙌 акты вечером закину',
    R_('две разные заявки в одном письме'))
dan(dt(3, 10, 22), '457013-2', 'снова на месте 🔧 фреон привезли', D_(ON, ['2'], '457013', 'позиция после дефиса в теме'))
dan(dt(3, 13, 4), '457013 (2)', 'всёёё сваливаем 🏃‍♂️💨\nфреон R410A 2.5 кг добили давление норм',
    D_(LEFT, ['2'], '457013', 'сваливаем; R410A и 2.5 кг — не номера'))

# ================= 457108 =================
boss(dt(3, 9, 17), 'Заявка № 457108 — принята',
     'Добрый день!\n\nЗаявку № 457108 (склад, ул. Промышленная 7) приняли в работу.\nБригада Шмелёва Д. выедет сегодня после обеда, ориентировочно в 14:00.',
     D_(ACC, [], '457108', 'формальное письмо директора; ИНН содержит 457301 — не номер заявки'))
dan(dt(3, 14, 11), 'по 457108', 'го на промышленную 7 📦\nвыехали уже', D_(WAY, [], '457108', 'выехали'))
dan(dt(3, 14, 58), '457108 П1 П2 П3', 'на месте 👀 смотрим все три', D_(ON, ['1', '2', '3'], '457108', 'П1..П3 в теме'), enc=QP)
dan(dt(3, 17, 43), 'Re: 457108 П1 П2 П3', 'п1 п3 done ✅✅\nп2 ремень порвался 😩 завтра привезём новый\nсваливаем',
    D_(LEFT, ['1', '3'], '457108', 'п1 и п3 закончены, п2 на завтра'))
dan(dt(4, 9, 31), 'Re: 457108', 'а ремень какой там нужен кто знает B-1250 или A-1250?? 🤔\nпжл гляньте в паспорте у себя если есть',
    R_('вопрос про ремень, статуса нет'),
    quote=(dt(3, 18, 10), DISPQ, 'Даниил, по п.2 когда планируете вернуться?'))
dan(dt(4, 12, 24), '457108 поз2', 'ремень B-1250 поменяли 🌀 всё крутится\nуехали', D_(LEFT, ['2'], '457108', 'уехали; B-1250 — артикул'))

# ================= 457122 =================
q122 = (dt(4, 10, 2), DISPQ, 'Новая заявка 457122 — сплит в серверной, пр. Ленина 88.\nПросьба подтвердить принятие.')
dan(dt(4, 10, 46), 'Re: Новая заявка 457122 — сплит серверная пр. Ленина 88', 'ok взяли 👍', D_(ACC, [], '457122', 'номер только в теме Re:'), quote=q122)
dan(dt(5, 8, 52), 'Re: Новая заявка 457122 — сплит серверная пр. Ленина 88', 'щас едем на ленина 88 там серверная да? 🤔 будем в 9:30',
    D_(WAY, [], '457122', 'едем, будем в 9:30 = в пути; 88 — дом'), enc=QP)
dan(dt(5, 9, 4), 'Re: Re: Новая заявка 457122 — сплит серверная пр. Ленина 88', '👍👍 спс',
    R_('ответ-благодарность на сообщение диспетчера'),
    quote=(dt(5, 8, 58), DISPQ, 'Даниил, охрана предупреждена, вход с торца, спросить Сергея.'))
dan(dt(5, 11, 44), '457122', 'дренаж прочистили 🧽 сплит холодит +18 в серверной\nвсё чётко done 🫡',
    D_(LEFT, [], '457122', 'работа закончена (done), +18 — температура'))
dan(dt(6, 10, 12), '457122 п2', 'приехалиии на второй 📍', R_('в заявке 457122 нет позиции 2'))

# ================= 457245 =================
rows = [('1', 'Приточная установка, спортзал'), ('2', 'Приточная установка, столовая'), ('3', 'Приточная установка, актовый зал'), ('4', 'Приточная установка, мастерские')]
tbl = ''.join(f'<tr><td style="border:1px solid #999;padding:3px">{p}</td><td style="border:1px solid #999;padding:3px">{esc(n)}</td><td style="border:1px solid #999;padding:3px">принята в работу</td></tr>' for p, n in rows)
hb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body lang="RU">'
      '<p class="MsoNormal">Добрый день!</p><p class="MsoNormal">По заявке 457245 (школа №12, ул. Садовая 3) сообщаем статус по позициям:</p>'
      '<table style="border-collapse:collapse"><tr><th style="border:1px solid #999">Поз.</th><th style="border:1px solid #999">Оборудование</th><th style="border:1px solid #999">Статус</th></tr>'
      + tbl + '</table><p class="MsoNormal">Выезд планируем на понедельник 09.11.</p><p class="MsoNormal">' + esc(SIG_BOSS).replace('\n', '<br>') + '</p></body></html>')
boss(dt(6, 8, 44), 'Заявка 457245 школа 12 — статус позиций',
     'Добрый день!\nПо заявке 457245 (школа №12, ул. Садовая 3) сообщаем статус по позициям:\n\n'
     + '\n'.join(f'{p} | {n} | принята в работу' for p, n in rows) + '\n\nВыезд планируем на понедельник 09.11.',
     D_(ACC, ['1', '2', '3', '4'], '457245', 'таблица: все 4 позиции приняты'), html_body=hb)
dan(dt(9, 9, 12), '457245 п.1 п.2', 'в школу едем 🏫🚐 сегодня п.1 и п.2', D_(WAY, ['1', '2'], '457245', 'едем'))
dan(dt(9, 9, 53), 'Re: 457245 п.1 п.2', 'приехалиии\nохранник не пускает 😤 ждём завуча',
    D_(ON, ['1', '2'], '457245', 'приехали на объект, позиции из темы'),
    quote=(dt(9, 9, 12), DAN, 'в школу едем 🏫🚐 сегодня п.1 и п.2'), enc=QP)
dan(dt(9, 14, 33), '457245', 'по 1 и 2 всё 🙌 сваливаем\n3 и 4 в среду', D_(LEFT, ['1', '2'], '457245', '1 и 2 закончили; 3,4 план'))
dan(dt(11, 8, 16), '457245 поз 3 4', 'ща выезжаем на садовую 3 🚐', D_(WAY, ['3', '4'], '457245', 'выезжаем сейчас; Садовая 3 — адрес'))
dan(dt(11, 16, 21), '457245', '3 - done ✅\n4 - не успели мотор гудит 🤡 завтра с запчастью',
    D_(LEFT, ['3'], '457245', 'поз3 сделана, поз4 нет'), enc=QP)
boss(dt(11, 17, 30), 'Наряд 457245 — доп. работы',
     'Добрый день!\n\nПо наряду 457245 просим согласовать дополнительные работы: замена электродвигателя вентилятора поз. 4.\n'
     'Стоимость 48 500 руб. с НДС, счёт № 1457 от 11.11.2026 во вложении будет направлен отдельно.\nПрошу подтвердить.',
     R_('согласование цены/доп. работ, статуса нет'))
dan(dt(12, 13, 2), 'поз4 457245', 'мотор поменяли 🛠 ebm-papst R3G250 заработал\nвсёёё уехали 🥳',
    D_(LEFT, ['4'], '457245', 'уехали; R3G250 — модель'))

# ================= 457301 =================
office(dt(9, 12, 41), 'Re: Заявка 457301 поликлиника',
       'Здравствуйте!\n\nЗаявку 457301 получили, приняли в работу.\nВыезд бригады согласуем дополнительно.\n\n'
       'ДО> Добрый день. Направляем заявку 457301, поликлиника N5,\nДО> поз.1 чиллер, поз.2 драйкулер.\n\n'
       '--\nМарина Гусева, офис-менеджер\nООО "КряжФьюжн Климат", тел. (343) 457-10-81',
       D_(ACC, [], '457301', 'KOI8-R, The Bat!, цитата с префиксом ДО>'))
dan(dt(10, 7, 56), '457301', 'мы ещё не выехали 🙈 машина не заводится\nща такси вызовем', R_('отрицание: ещё не выехали'))
dan(dt(10, 8, 24), '457301 поз1 выехали на такси 🚕', 'всё едем 🚕💨 п1 чиллер', D_(WAY, ['1'], '457301', 'едем'))
dan(dt(10, 9, 22), 'Re: 457301 поз1 выехали на такси 🚕', 'на месте уже 🏥 чиллер смотрим',
    D_(ON, ['1'], '457301', 'тема Re: со старым статусом, в теле прибытие'),
    quote=(dt(10, 8, 24), DAN, 'всё едем 🚕💨 п1 чиллер'))
fwdtxt = ('-----Original Message-----\nFrom: Даня Шмелёв <danya.shmelyov.krew@gmail.com>\nSent: Tuesday, November 10, 2026 6:01 PM\n'
          'To: o.kryazhev@kryazhfuzion.ru\nSubject: 457301\n\n457301 п1 п2 done ✅✅ чиллер и драйкулер работают сваливаем 💨')
boss(dt(10, 18, 7), 'FW: 457301', 'Пересылаю отчёт бригадира.', D_(LEFT, ['1', '2'], '457301', 'пересланный отчёт бригадира: п1 п2 done'),
     quote_block=fwdtxt, charset='utf-8', enc=BASE64)

# ================= 457377 =================
dan(dt(10, 10, 31), 'взял 457377 ✌️', 'кафе да\nтока после 15 можем там обед у них', D_(ACC, [], '457377', 'взял'))
dan(dt(10, 15, 6), 'кафе на Береговой 21 (457377)', 'мы тут 🍔', D_(ON, [], '457377', 'номер в скобках после адреса'))
dan(dt(10, 17, 46), 'Re: кафе на Береговой 21 (457377)', 'вытяжку почистили жир отмыли 🤮\nфильтры новые стоят всё норм уехали',
    D_(LEFT, [], '457377', 'уехали; в цитате старое «мы тут»'),
    quote=(dt(10, 15, 6), DAN, 'мы тут 🍔'), enc=QP)
dan(dt(11, 10, 3), 'акт 457377', 'а кто акт подписывает на 457377 там директор или вы?\nакт № 1187 от 10.11', R_('вопрос про акт'))

# ================= misc review =================
dan(dt(13, 11, 15), 'привет', 'мы на месте кста 📍', R_('нет номера заявки'))

# ================= 457450 =================
dan(dt(12, 9, 32), '457450', 'принял 🫡', D_(ACC, [], '457450', 'принял'))
dan(dt(12, 13, 11), '#457450', 'выдвигаемся к вам в кристалл 🚐 фанкойлы 1 2 3', D_(WAY, ['1', '2', '3'], '457450', 'выдвигаемся = в пути'))
dan(dt(12, 13, 57), '457450', 'мы нa мeсте\n3й этаж 🏢', D_(ON, [], '457450', 'латинские a/e в словах; «3й этаж» — этаж, не позиция'), enc=QP)
dan(dt(12, 17, 31), 'Re: 457450', '1 и 3 фанкойл done\n2й там клапан течёт надо заказывать 😬',
    D_(LEFT, ['1', '3'], '457450', '1 и 3 сделаны, 2 нет'))
dan(dt(13, 9, 2), '457450 поз 2', 'кароч клапан danfoss 065B1035 заказали приедет в пн 🤷‍♂️\nпо 2й пока ничо', R_('план, по поз.2 ничего не сделано'))
dan(dt(16, 11, 42), '457450 поз 2', 'клапан поставили не течёт 💧❌\nуехали', D_(LEFT, ['2'], '457450', 'уехали'))

# ================= 457519 =================
boss(dt(14, 10, 22), 'Обращение 457519 — ЖК Северный',
     'Добрый день.\n\nПо обращению 457519 сообщаем: заявка принята, выезд бригады запланирован на 16.11.2026 с 10:00.',
     D_(ACC, [], '457519', 'принята; дата 16.11.2026 — план выезда'),
     quote_block=outlook_hdr('Диспетчерская ОМИС [mailto:dispatch@zakazchik-omis.ru]', dt(14, 10, 3, 0), 'o.kryazhev@kryazhfuzion.ru', 'Обращение 457519 — ЖК Северный')
     + '\n\nДобрый день! Просим проверить систему дымоудаления ЖК «Северный», корп. 2.')
dan(dt(16, 9, 31), '457519', 'ЕДЕМ 🔥🔥', D_(WAY, [], '457519', 'капс'))
dan(dt(16, 10, 17), '457519', 'приехали а ключей от крышной нету 🔑❓ кто даст?', D_(ON, [], '457519', 'приехали + вопрос'))
dan(dt(16, 15, 3), '457519 done', 'дымоудаление проверили клапаны КПУ-1Н 400х400 норм\nсваливаем ✅', D_(LEFT, [], '457519', 'сваливаем; КПУ-1Н 400х400 — модель'))

# ================= 457604 =================
q604 = (dt(16, 12, 4), DISPQ, 'Новая заявка 457604, городская библиотека, сплиты поз. 1 и 2.\nПросьба подтвердить принятие.')
dan(dt(16, 12, 33), 'Re: Заявка 457604', 'ок го 👍', D_(ACC, [], '457604', 'номер в теме; позиции только в цитате'), quote=q604)
dan(dt(17, 10, 1), '457604 п1', 'едем 🚐', D_(WAY, ['1'], '457604', 'п1 в теме'))
dan(dt(17, 10, 41), '457604 п1', 'на месте 📚🤫', D_(ON, ['1'], '457604', 'на месте'))
dan(dt(17, 12, 11), '457604', '1 done ✅\n2 тоже глянули там ничо не надо тока фильтр помыли ✅\nуходим',
    D_(LEFT, ['1', '2'], '457604', 'обе позиции завершены'), enc=QP)

# read receipt (Outlook, boss)
rr = MIMEMultipart('report', boundary='----=_NextPart_RR_%08X' % rnd.getrandbits(32))
rr.set_param('report-type', 'disposition-notification')
rr.attach(MIMEText('Ваше сообщение\n\n  Кому: o.kryazhev@kryazhfuzion.ru\n  Тема: Заявка 457604 библиотека\n  Отправлено: 16.11.2026 12:04\n\nбыло прочитано 17.11.2026 12:15.', 'plain', cs('windows-1251', QP)))
mdn = Message(); mdn['Content-Type'] = 'message/disposition-notification'
mdn.set_payload('Reporting-UA: kryazhfuzion.ru; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;o.kryazhev@kryazhfuzion.ru\n'
                'Original-Message-ID: <20261116120400.7731@zakazchik-omis.ru>\nDisposition: manual-action/MDN-sent-manually; displayed\n')
rr.attach(mdn)
rr['From'] = formataddr((BOSS[0], BOSS[1]), 'windows-1251')
rr['To'] = DISP
rr['Subject'] = Header('Прочитано: Заявка 457604 библиотека', 'windows-1251')
rr['Date'] = format_datetime(dt(17, 12, 15))
rr['Message-ID'] = mid_outlook()
rr['MIME-Version'] = '1.0'
add(rr, I_('уведомление о прочтении'))

# ================= 457688 =================
dan(dt(18, 9, 22), '457688', 'взяли всё ок 🤙 на завтра', D_(ACC, [], '457688', 'взяли'))
# bounce
bo = MIMEMultipart('report', boundary='7B3C2A1F40.1763447000/mx.kryazhfuzion.ru')
bo.set_param('report-type', 'delivery-status')
bo.attach(MIMEText('This is the mail system at host mx.kryazhfuzion.ru.\n\nI\'m sorry to have to inform you that your message could not\n'
                   'be delivered to one or more recipients.\n\n<i.petrov@kryazhfuzion.ru>: host mx.kryazhfuzion.ru said: 550 5.1.1\n'
                   '    User unknown in virtual mailbox table\n', 'plain', 'us-ascii'))
ds = Message(); ds['Content-Type'] = 'message/delivery-status'
b1 = Message(); b1['Reporting-MTA'] = 'dns; mx.kryazhfuzion.ru'; b1['Arrival-Date'] = 'Wed, 18 Nov 2026 09:40:11 +0300'
b2 = Message(); b2['Final-Recipient'] = 'rfc822; i.petrov@kryazhfuzion.ru'; b2['Action'] = 'failed'; b2['Status'] = '5.1.1'
b2['Diagnostic-Code'] = 'smtp; 550 5.1.1 User unknown'
ds.set_payload([b1, b2])
bo.attach(ds)
bo.attach(MIMEText('From: dispatch@zakazchik-omis.ru\nTo: i.petrov@kryazhfuzion.ru\nSubject: =?utf-8?b?' +
                   __import__('base64').b64encode('Заявка 457688 спорткомплекс'.encode()).decode() +
                   '?=\nDate: Wed, 18 Nov 2026 09:40:05 +0300\nMessage-ID: <20261118094005.457688@zakazchik-omis.ru>\n', 'rfc822-headers', 'us-ascii'))
bo['From'] = 'MAILER-DAEMON@kryazhfuzion.ru (Mail Delivery System)'
bo['To'] = DISP_ADDR
bo['Subject'] = 'Undelivered Mail Returned to Sender'
bo['Date'] = format_datetime(dt(18, 9, 40, 14))
bo['Message-ID'] = '<20261118064014.7B3C2A1F40@mx.kryazhfuzion.ru>'
bo['Auto-Submitted'] = 'auto-replied'
bo['MIME-Version'] = '1.0'
add(bo, I_('bounce: недоставка'))

dan(dt(19, 8, 31), '457688 поз 1-4', 'выехали на спорткомплекс 🏋️', D_(WAY, ['1', '2', '3', '4'], '457688', 'поз 1-4 диапазон'))
dan(dt(19, 9, 16), 'Re: 457688 поз 1-4', 'на месте 🏟', D_(ON, ['1', '2', '3', '4'], '457688', 'позиции из темы'),
    quote=(dt(19, 8, 31), DAN, 'выехали на спорткомплекс 🏋️'))
# calendar reply
cal = MIMEMultipart('alternative', boundary='----=_NextPart_CAL_%08X' % rnd.getrandbits(32))
cal.attach(MIMEText('Кряжев Олег Викторович принял это приглашение.\n\nСовещание по заявке 457688\nЧт 19.11.2026 15:00-15:30', 'plain', cs('windows-1251', QP)))
ical = ('BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n'
        'ATTENDEE;PARTSTAT=ACCEPTED;CN="Кряжев Олег Викторович":mailto:o.kryazhev@kryazhfuzion.ru\r\n'
        'ORGANIZER;CN="Диспетчерская ОМИС":mailto:dispatch@zakazchik-omis.ru\r\n'
        'SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по заявке 457688\r\nDTSTART:20261119T120000Z\r\nDTEND:20261119T123000Z\r\n'
        'UID:040000008200E00074C5B7101A82E00800000000457688\r\nSEQUENCE:0\r\nDTSTAMP:20261118T101500Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')
ct = MIMEText(ical, 'calendar', 'utf-8'); ct.set_param('method', 'REPLY')
cal.attach(ct)
cal['From'] = formataddr((BOSS[0], BOSS[1]), 'windows-1251')
cal['To'] = DISP
cal['Subject'] = Header('Принято: Совещание по заявке 457688', 'windows-1251')
cal['Date'] = format_datetime(dt(18, 13, 15))
cal['Message-ID'] = mid_outlook()
cal['MIME-Version'] = '1.0'
add(cal, I_('ответ на приглашение календаря'))

dan(dt(19, 16, 2), '457688', 'рекуператоры 1 2 всё чётко ✅\n3 4 завтра', D_(LEFT, ['1', '2'], '457688', '1 2 сделаны, 3 4 план'), enc=QP)
dan(dt(20, 8, 3), '457688', 'п3 закончили ещё вчера вечером оказывается 😅 пацаны задержались\nа п4 ща едем', R_('разные статусы для разных позиций'))
dan(dt(20, 12, 34), '457688 п4', 'всё сделали уехали 🫶', D_(LEFT, ['4'], '457688', 'уехали'))

# ================= 457731 =================
dan(dt(20, 11, 12), '457731', 'ок беру', D_(ACC, [], '457731', 'беру'))
ar = MIMEText('Добрый день!\n\nЯ в отпуске до 27.11.2026 включительно, доступ к почте ограничен.\n'
              'По срочным вопросам: бригадир Шмелёв Даниил, +7 950 645 77 31, или офис (343) 457-10-81.\n\nКряжев О.В.', 'plain', cs('windows-1251', QP))
ar['From'] = formataddr((BOSS[0], BOSS[1]), 'windows-1251')
ar['To'] = DISP
ar['Subject'] = Header('Автоматический ответ: Заявка 457731 аптека', 'windows-1251')
ar['Date'] = format_datetime(dt(20, 11, 14))
ar['Message-ID'] = mid_outlook()
ar['Auto-Submitted'] = 'auto-replied'
ar['X-Auto-Response-Suppress'] = 'All'
ar['MIME-Version'] = '1.0'
add(ar, I_('автоответ «в отпуске»'))
dan(dt(20, 14, 2), '457731', 'будем минут через 15 🏃', D_(WAY, [], '457731', 'будем через 15 мин = в пути'))
dan(dt(20, 14, 19), 'Re: 457731', 'мы в аптеке 💊', D_(ON, [], '457731', 'мы в аптеке'))
dan(dt(20, 15, 44), 'Fwd: аптека', 'переслал от тимура он там один оставался 👆',
    D_(LEFT, [], '457731', 'пересланный отчёт: уехал на базу'),
    fwd=(dt(20, 15, 38), ('Тимур Ахметов', 'timur.akhm.krew@gmail.com'), 'аптека',
         '457731 всё сделал кондей работает 🥶 уехал на базу', 'Даня Шмелёв <danya.shmelyov.krew@gmail.com>'))
dan(dt(21, 10, 5), '457555', 'на месте 📍 457555', R_('номера 457555 нет в реестре'))

# newsletter
nl_html = ('<html><body style="font-family:Arial"><h2>КряжФьюжн Климат: сервис кондиционеров −15% до 30.11!</h2>'
           '<p>Только в ноябре: чистка и заправка сплит-систем со скидкой. Звоните: (343) 457-10-80.</p>'
           '<p>Промокод <b>NOV457</b></p><p style="font-size:11px;color:#888">Вы получили это письмо, т.к. являетесь клиентом компании. '
           '<a href="https://kryazhfuzion.ru/unsub?u=8841">Отписаться</a></p></body></html>')
nl = MIMEMultipart('alternative', boundary='==nl_%012x' % rnd.getrandbits(48))
nl.attach(MIMEText('КряжФьюжн Климат: сервис кондиционеров -15% до 30.11!\nПромокод NOV457\nОтписаться: https://kryazhfuzion.ru/unsub?u=8841', 'plain', 'utf-8'))
nl.attach(MIMEText(nl_html, 'html', 'utf-8'))
nl['From'] = formataddr(('КряжФьюжн Климат', 'news@kryazhfuzion.ru'), 'utf-8')
nl['To'] = DISP_ADDR
nl['Subject'] = Header('Ноябрьская акция: сервис кондиционеров −15%', 'utf-8')
nl['Date'] = format_datetime(dt(21, 12, 0, 0))
nl['Message-ID'] = '<nl.20261121.8841@kryazhfuzion.ru>'
nl['Precedence'] = 'bulk'
nl['List-Id'] = '<clients.kryazhfuzion.ru>'
nl['List-Unsubscribe'] = '<https://kryazhfuzion.ru/unsub?u=8841>, <mailto:unsub@kryazhfuzion.ru>'
nl['MIME-Version'] = '1.0'
add(nl, I_('рассылка'))

# ================= 457890 =================
boss(dt(23, 9, 33), 'Заявка 457890 гостиница Прибой',
     'Добрый день!\n\nЗаявка 457890 принята. Ответственный: бригадир Шмелёв Д.\nВыезд согласуем с администрацией гостиницы.',
     D_(ACC, [], '457890', 'HTML-only письмо директора'), html_only=True)
dan(dt(23, 17, 2), '457890', 'завтра в 9 выедем 👌', R_('план на завтра'))
dan(dt(24, 9, 1), '457890', 'выезжаем с базы 🚐', D_(WAY, [], '457890', 'выезжаем с базы = в пути (с базы, не с объекта)'))
dan(dt(24, 9, 34), 'Re: 457890', 'спс за пропуск 🙏',
    R_('благодарность за сообщение диспетчера'),
    quote=(dt(24, 9, 20), DISPQ, 'Даниил, пропуск на парковку оформлен, машина А457ВР 196.'))
dan(dt(24, 9, 52), '457890 поз 1 2', 'на месте 🏨', D_(ON, ['1', '2'], '457890', 'на месте'))
dan(dt(24, 13, 31), '457890', 'кароч поз1 готово ✅\nпоз2 ждём хозяйку ресторана 🙄', D_(LEFT, ['1'], '457890', 'поз1 готово, поз2 ждут'), enc=QP)
dan(dt(24, 16, 12), '457890-2', 'done уехали из гостиницы 👋', D_(LEFT, ['2'], '457890', 'уехали из (с объекта)'))

# ---------- sort by date, write ----------
from email.utils import parsedate_to_datetime
letters.sort(key=lambda x: parsedate_to_datetime(x[1]['Date']))
for f in os.listdir(LET):
    if f.endswith('.eml'):
        os.remove(os.path.join(LET, f))
labels = {}
for i, (_, m, lab) in enumerate(letters, 1):
    name = '%03d.eml' % i
    subj = str(make_header(decode_header(str(m['Subject']))))
    if subj.isascii():
        m.replace_header('Subject', subj)
    with open(os.path.join(LET, name), 'wb') as fh:
        fh.write(m.as_bytes())
    labels[name] = lab
reg = {"contractor": {"name": "ООО «КряжФьюжн Климат»",
                      "emails": [DAN[1], BOSS[1], OFFICE[1], 'news@kryazhfuzion.ru', 'MAILER-DAEMON@kryazhfuzion.ru'],
                      "domains": [DOMAIN]},
       "requests": [{"number": n, "positions": p, "registered_at": D.datetime(2026, 11, d, h, mi, tzinfo=TZ).isoformat(), "comment": c}
                    for n, p, (d, h, mi), c in REG]}
json.dump(reg, open(os.path.join(OUT, 'registry.json'), 'w'), ensure_ascii=False, indent=1)
json.dump(labels, open(os.path.join(OUT, 'labels.json'), 'w'), ensure_ascii=False, indent=1)
print(len(letters), 'letters')
