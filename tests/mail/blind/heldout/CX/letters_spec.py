# Letter specifications; exec'd by make.py (uses its helpers).
# Order does not matter: make.py sorts by date and numbers the files.

def plain(text, cs='utf-8', cte='base64'):
    return leaf('text/plain', text, cs, cte)


def alt(text, html=None, cs='utf-8', cte='base64', hcte=None):
    if html is None:
        html = text2html(text)
    return multi('alternative', [leaf('text/plain', text, cs, cte), leaf('text/html', html, cs, hcte or cte)])


def html_only(html, cs='utf-8', cte='quoted-printable'):
    return leaf('text/html', html, cs, cte)


def outlook_html(text, cs='windows-1251'):
    paras = []
    for line in text.split('\n'):
        paras.append('<p class=MsoNormal>%s<o:p></o:p></p>' % (html_escape(line) if line.strip() else '&nbsp;'))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv=Content-Type content="text/html; charset=%s">'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
            '</head><body lang=RU link="#0563C1"><div class=WordSection1>\n%s\n</div></body></html>' % (cs, '\n'.join(paras)))


def outlook_alt(text, cs='windows-1251', cte='quoted-printable'):
    return alt(text, outlook_html(text, cs), cs, cte)


def dec(req, pos, status, note):
    return {'expect': 'decided', 'request': req, 'positions': pos, 'status': status, 'note': note}


def rev(note):
    return {'expect': 'review', 'note': note}


def ign(note):
    return {'expect': 'ignored', 'note': note}


ACC, WAY, ONS, LEFT = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'
W1251 = dict(hcs='windows-1251', client='outlook')
MAILRU = dict(frm='sasha', client='mailru')
YAMOB = dict(frm='dima', client='yandex_mobile')

# =====================================================================  975112 Пушкинская 154

Q_975112 = ('Добрый день!\n'
            'Направляем заявку № 975112.\n'
            'Адрес: г. Ижевск, ул. Пушкинская, 154.\n'
            'Позиции:\n'
            '1 — подъезд 1, замена вызывной панели\n'
            '2 — подъезд 2, замена вызывной панели\n'
            '3 — подъезд 3, замена вызывной панели\n'
            'Просим подтвердить принятие заявки.\n\n'
            'Н.С. Петрова\nдиспетчер ООО «ОМИС»\n+7 (495) 640-18-22')

add(dt=D('2026-11-02 10:52'), frm='olga', **W1251, req='975112',
    subj='RE: Заявка 975112 Пушкинская 154 - замена вызывных панелей (под. 1-3)',
    reply_to_id='<20261102092011.4411@zakazchik-omis.ru>',
    entity=outlook_alt(
        'Наталья Сергеевна, добрый день!\n\n'
        'Заявку приняли в работу. Панели на складе есть, мастер Александр будет завтра с утра, начнёт с первого подъезда.\n\n'
        + SIG_OLGA + '\n\n'
        'От: Петрова Наталья Сергеевна <dispatch@zakazchik-omis.ru>\n'
        'Отправлено: понедельник, 2 ноября 2026 г. 10:20\n'
        'Кому: Ольга Кузнецова <olga.kuznecova@domofon-servis18.ru>\n'
        'Тема: Заявка 975112 Пушкинская 154 - замена вызывных панелей (под. 1-3)\n\n'
        + Q_975112),
    label=dec('975112', [], ACC, 'приняли в работу; «мастер будет завтра» — только план'))

add(dt=D('2026-11-03 08:47'), **MAILRU, req='975112',
    subj='975112',
    entity=plain('пушкинская 154 п1 на месте. начинаю\n' + SIG_SASHA),
    label=dec('975112', ['1'], ONS, 'техник с телефона: п1 на месте'))

add(dt=D('2026-11-03 14:20'), frm='marina', client='yandex', req='975112',
    subj='Пушкинская 154 (975112) — первый подъезд готов',
    entity=alt(
        'Наталья Сергеевна, добрый денёчек! 🌸\n\n'
        'Саша звонил, говорит: по 1-й позиции (первый подъезд) закончил, новая панель стоит, код прежний — 154К2580, '
        'жители из кв. 7 и кв. 19 проверили, всё открывается 😊\n'
        'Панели для 2-го и 3-го подъездов со склада не довезли, будут завтра-послезавтра, сразу сообщу!\n\n'
        + SIG_MARINA),
    label=dec('975112', ['1'], LEFT, 'по 1-й закончил; 2 и 3 — только план'))

add(dt=D('2026-11-04 10:15'), frm='marina', client='yandex', req='975112',
    subj='Re: 975112 - сроки по 2 и 3 подъезду',
    reply_to_id='<20261104090244.5120@zakazchik-omis.ru>',
    entity=alt(
        'Наталья Сергеевна, здравствуйте! Отвечаю по пунктикам 👇\n\n'
        '> Марина, добрый день. Когда будут делать 2 и 3 подъезд? Жители жалуются, звонят в УК.\n\n'
        'Панели пришли вчера вечером 🙏 Мастер будет в четверг, 5-го, с утра, сделает оба подъезда за один день.\n\n'
        '> И ещё: нужно ли жителям менять ключи?\n\n'
        'Нет-нет, старые ключики подойдут, мастер перенесёт базу ключей со старых панелей 😊\n\n'
        '> Н.С. Петрова\n\n'
        + SIG_MARINA),
    label=rev('ответы на вопросы; «мастер будет в четверг» — план, статуса нет'))

add(dt=D('2026-11-05 15:30'), frm='olga', **W1251, req='975112',
    subj='975112 под. 2, 3',
    entity=plain(
        'Наталья Сергеевна, добрый день.\n\n'
        'По заявке 975112 мастер был, во 2-м и 3-м подъездах панели поменял, базу ключей перенёс, всё работает. '
        'По 2-й и 3-й позициям работы закончены. Старые панели (Vizit БВД-343R) забрали к нам на склад.\n\n'
        + SIG_OLGA, 'windows-1251', 'quoted-printable'),
    label=dec('975112', ['2', '3'], LEFT, '«мастер был, поменял, всё работает» — ушёл, работа окончена'))

add(dt=D('2026-11-16 09:05'), frm='buh', client='none', req='975112',
    subj='Счёт № 412 от 16.11.2026 по заявке 975112',
    entity=multi('mixed', [
        leaf('text/plain',
             'Добрый день!\n\n'
             'Направляем счёт № 412 от 16.11.2026 по заявке 975112 (ул. Пушкинская, 154, замена вызывных панелей, 3 шт.) '
             'на сумму 18 600,00 руб., НДС не облагается.\n'
             'Оригиналы счёта и акта № 1190 отправим Почтой России.\n\n'
             'Реквизиты: ООО «Домофон-Сервис», ИНН 1831098765, КПП 183101001, р/с 40702810468000012345 '
             'в Удмуртском отделении № 8618 ПАО Сбербанк.\n\n'
             'Бухгалтерия ООО «Домофон-Сервис»\n+7 (3412) 65-43-21, доб. 4', 'utf-8', 'base64'),
        (['Content-Type: application/pdf; name="=?utf-8?B?0KHRh9C10YJfNDEyLnBkZg==?="',
          'Content-Transfer-Encoding: base64',
          'Content-Disposition: attachment; filename="=?utf-8?B?0KHRh9C10YJfNDEyLnBkZg==?="'],
         base64.encodebytes(b'%PDF-1.4\n% fake invoice 412 for tests\n%%EOF\n')),
    ]),
    label=rev('счёт/бухгалтерия, статус не сообщается'))

# =====================================================================  975340 школа 56

add(dt=D('2026-11-02 15:30'), frm='olga', **W1251, req='975340',
    subj='Заявка № 975340 - школа № 56',
    entity=plain(
        'Наталья Сергеевна, добрый день!\n\n'
        'Заявка № 975340 (МБОУ СОШ № 56, ул. Ленина, 93) принята. Калитку и дверь запасного выхода посмотрим завтра '
        'с утра, поедет мастер Дмитрий Корепанов, тел. 8-912-443-17-05.\n\n' + SIG_OLGA, 'windows-1251', 'base64'),
    label=dec('975340', [], ACC, 'заявка принята, выезд завтра — план'))

add(dt=D('2026-11-02 16:05'), frm='marina', client='yandex', req='975340',
    subj='Прочитано: Заявка № 975340 - школа № 56',
    headers=['Auto-Submitted: auto-replied'],
    entity=multi('report', [
        leaf('text/plain',
             'Ваше сообщение\n\n  Кому: marina@domofon-servis18.ru\n  Тема: Заявка № 975340 - школа № 56\n'
             '  Отправлено: 02.11.2026 15:01\n\nбыло прочитано 02.11.2026 16:05.', 'utf-8', 'quoted-printable'),
        (['Content-Type: message/disposition-notification'],
         ('Reporting-UA: mail.yandex.ru; Yandex Mail\n'
          'Original-Recipient: rfc822;marina@domofon-servis18.ru\n'
          'Final-Recipient: rfc822;marina@domofon-servis18.ru\n'
          'Original-Message-ID: <20261102150107.7731@zakazchik-omis.ru>\n'
          'Disposition: manual-action/MDN-sent-manually; displayed\n').encode()),
    ], ' report-type=disposition-notification;'),
    label=ign('уведомление о прочтении'))

add(dt=D('2026-11-03 08:58'), **YAMOB, req='975340',
    subj='Re: Заявка № 975340 - школа № 56',
    entity=plain(
        'еду в 56ю, буду минут через 15-20\n' + SIG_DIMA + '\n\n'
        '02.11.2026, 15:30, "Ольга Кузнецова" <olga.kuznecova@domofon-servis18.ru>:\n'
        + gt('Наталья Сергеевна, добрый день!\n\nЗаявка № 975340 (МБОУ СОШ № 56, ул. Ленина, 93) принята. '
             'Калитку и дверь запасного выхода посмотрим завтра с утра, поедет мастер Дмитрий Корепанов.'),
        'utf-8', 'base64'),
    label=dec('975340', [], WAY, '«еду, буду через 15-20 минут»; номер только в теме Re:; цитата о принятии не считается'))

add(dt=D('2026-11-03 09:40'), frm='marina', client='yandex', req='975340',
    subj='школа 56 — мастер на месте',
    entity=html_only(
        '<html><head></head><body><div>Наталья Сергеевна, добрый денёчек! 🌸</div><div>&nbsp;</div>'
        '<div>Дима уже в школе № 56 по заявке <b>975340</b>, охрана пустила, начал с калитки. '
        'Всё сделает в лучшем виде 😊</div><div>&nbsp;</div>'
        '<div>-- </div><div>Марина, «Домофон-Сервис»</div><div>+7 912 018-77-30</div></body></html>'),
    label=dec('975340', [], ONS, 'HTML-only: мастер на месте, позиция номером не названа'))

add(dt=D('2026-11-03 13:05'), **YAMOB, req='975340',
    subj='975340 п1',
    entity=plain(
        'калитка готово, замок поменял, ключи 3 шт отдал завхозу. по двери запасного выхода нужен доводчик, '
        'привезу завтра-послезавтра\n' + SIG_DIMA, 'utf-8', 'quoted-printable'),
    label=dec('975340', ['1'], LEFT, 'п1 готово; по п2 только план'))

add(dt=D('2026-11-06 14:00'), **YAMOB, req='975340',
    subj='975340-2',
    entity=plain('доводчик поставил на дверь запасного выхода, отрегулировал. уехал\n' + SIG_DIMA),
    label=dec('975340', ['2'], LEFT, 'позиция через дефис в теме; поставил, уехал'))

add(dt=D('2026-11-06 16:40'), frm='marina', client='yandex', req='975340',
    subj='Re: 975340 дверь запасного выхода - стоимость',
    reply_to_id='<20261106153012.2290@zakazchik-omis.ru>',
    entity=plain(
        'Наталья Сергеевна, добрый вечер!\n\n'
        'НС> Марина, сколько стоил доводчик и кто его оплачивает — мы или по абонентке?\n\n'
        'Доводчик Dorma TS-77, 4 800 руб. + работа 1 500 руб. По договору № 18/2026-ТО от 15.01.2026 это сверх абонентского '
        'обслуживания, счёт пришлём отдельно 🙏\n\n'
        'НС> И гарантия на него какая?\n\n'
        'Год на доводчик, полгода на работу 😊\n\n'
        + SIG_MARINA_SHORT, 'utf-8', 'quoted-printable'),
    label=rev('разговор о цене и гарантии, статуса нет'))

# =====================================================================  975871 Ленина 21

add(dt=D('2026-11-04 11:48'), frm='olga', **W1251, req='975871',
    subj='RE: Заявка 975871 Ленина 21 под.4 - не работает домофон',
    reply_to_id='<20261104103355.1184@zakazchik-omis.ru>',
    entity=plain(
        'Наталья Сергеевна, добрый денёчек!\n'
        'Приняли, Саша сегодня будет ближе к обеду.\n\n'
        'Ольга\n\n'
        '-----Original Message-----\n'
        'From: Петрова Наталья Сергеевна [mailto:dispatch@zakazchik-omis.ru]\n'
        'Sent: Wednesday, November 04, 2026 11:33 AM\n'
        'To: olga.kuznecova@domofon-servis18.ru\n'
        'Subject: Заявка 975871 Ленина 21 под.4 - не работает домофон\n\n'
        'Ольга, добрый день.\n'
        'Ул. Ленина, 21, подъезд 4 — не работает домофон, не звонит ни в одну квартиру. Старшая по подъезду — кв. 131, '
        'тел. 8-909-057-33-81.\n'
        'Н.С.', 'windows-1251', 'quoted-printable'),
    label=dec('975871', [], ACC, 'номер только в теме RE:/цитате; «приняли»'))

add(dt=D('2026-11-04 14:40'), **MAILRU, req='975871',
    subj='Re: Заявка 975871 Ленина 21 под.4 - не работает домофон',
    entity=plain('выехал на ленина 21\n' + SIG_SASHA),
    label=dec('975871', [], WAY, 'выехал на адрес — в пути; номер только в теме'))

add(dt=D('2026-11-04 16:55'), frm='marina', client='yandex', req='975871',
    subj='Ленина 21 (975871)',
    entity=alt(
        'Наталья Сергеевна, ещё раз добрый день!\n\n'
        'Саша звонил, говорит, был на Ленина 21: в 4-м подъезде сгорел блок питания, заменили, домофон работает, '
        'кв. 112 и 140 проверили — трубки звонят 👍 Он уже уехал на следующий адрес.\n\n' + SIG_MARINA),
    label=dec('975871', [], LEFT, '«был, заменили, работает, уехал» — убыл'))

# =====================================================================  976045 Удмуртская 255

add(dt=D('2026-11-05 10:10'), frm='marina', client='yandex', req='976045',
    subj='Удмуртская 255',
    entity=html_only(
        '<html><body><div>Наталья Сергеевна, добрый денёчек! 🌸</div><div><br></div>'
        '<div>Взяли в работу! <b>976045</b>, Удмуртская 255 — панель в 1-м подъезде и доводчик во 2-м.</div>'
        '<div>Мастер будет завтра до обеда 😊</div><div><br></div>'
        '<div>Марина, «Домофон-Сервис»</div></body></html>', 'utf-8', 'base64'),
    label=dec('976045', [], ACC, 'взяли в работу; мастер будет завтра — план'))

add(dt=D('2026-11-06 10:20'), frm='olga', **W1251, req='976045',
    subj='RE: 976045',
    entity=plain('Наталья Сергеевна, Саша уехал на Удмуртскую 255, будет там к 11:00.\n\n' + SIG_OLGA,
                 'windows-1251', 'base64'),
    label=dec('976045', [], WAY, '«уехал на адрес» — в пути (предлог «на»)'))

add(dt=D('2026-11-06 12:30'), **MAILRU, req='976045',
    subj='976045 (2)',
    entity=plain(
        'п2 доводчик отрегулировал готово.\n'
        'п1 панель не могу, щиток в тамбуре у кв 5 а там не открывают\n' + SIG_SASHA, 'utf-8', 'base64'),
    label=dec('976045', ['2'], LEFT, 'п2 готово; п1 не сделано — не отмечаем'))

add(dt=D('2026-11-07 11:00'), frm='marina', client='yandex', req='976045',
    subj='976045 Удмуртская 255 — нет доступа к щитку 😔',
    entity=alt(
        'Наталья Сергеевна, доброе утро!\n\n'
        'Беда у нас с Удмуртской 😔 Мастер приезжал вчера и сегодня с утра, а жители кв. 5 не открывают — щиток с '
        'блоком панели у них в тамбуре. Телефон квартиры 8-950-167-22-38 не отвечает, записку оставили.\n'
        'Помогите, пожалуйста, через УК достучаться до них 🙏 Без этого панель в 1-м подъезде не поменять.\n\n'
        + SIG_MARINA),
    label=rev('жалоба: жители не пускают, работа не сделана'))

add(dt=D('2026-11-07 11:12'), frm='daemon', client='daemon',
    subj='Undelivered Mail Returned to Sender',
    to='dispatch@zakazchik-omis.ru',
    entity=multi('report', [
        leaf('text/plain',
             'This is the mail system at host mx1.domofon-servis18.ru.\n\n'
             "I'm sorry to have to inform you that your message could not\n"
             'be delivered to one or more recipients. It\'s attached below.\n\n'
             '                   The mail system\n\n'
             '<o.kuznetsova@domofon-servis18.ru>: host mx1.domofon-servis18.ru[local]\n'
             '    said: 550 5.1.1 <o.kuznetsova@domofon-servis18.ru>: Recipient address rejected:\n'
             '    User unknown in virtual mailbox table\n', 'us-ascii', '7bit'),
        (['Content-Description: Delivery report', 'Content-Type: message/delivery-status'],
         ('Reporting-MTA: dns; mx1.domofon-servis18.ru\n'
          'Arrival-Date: Sat, 7 Nov 2026 10:11:58 +0300 (MSK)\n\n'
          'Final-Recipient: rfc822; o.kuznetsova@domofon-servis18.ru\n'
          'Action: failed\nStatus: 5.1.1\n'
          'Diagnostic-Code: smtp; 550 5.1.1 User unknown in virtual mailbox table\n').encode()),
        (['Content-Description: Undelivered Message Headers', 'Content-Type: text/rfc822-headers'],
         ('From: dispatch@zakazchik-omis.ru\nTo: o.kuznetsova@domofon-servis18.ru\n'
          'Subject: =?utf-8?B?OTc2MDQ1IOKAlCDQtNC+0YHRgtGD0L8g0LIg0LrQsi4gNQ==?=\n'
          'Date: Sat, 7 Nov 2026 10:11:55 +0300\n'
          'Message-ID: <20261107101155.3010@zakazchik-omis.ru>\n').encode()),
    ], ' report-type=delivery-status;'),
    label=ign('bounce: письмо диспетчера не доставлено'))

add(dt=D('2026-11-09 11:20'), frm='marina', client='yandex', req='976045',
    subj='Удмуртская',
    entity=plain(
        'Наталья Сергеевна, добрый денёчек! 🌸\n'
        'Саша сейчас на Удмуртской, жители наконец открыли щиток, он работает 😊 Спасибо вам огромное за помощь с УК!\n\n'
        + SIG_MARINA_SHORT, 'utf-8', 'quoted-printable'),
    label=rev('нет номера заявки (только улица)'))

SASHA_976045 = ('From: =?utf-8?B?0JDQu9C10LrRgdCw0L3QtNGAINCc0L7RhdC+0LI=?= <sasha.mokhov88@mail.ru>\n'
                'To: marina@domofon-servis18.ru\n'
                'Subject: 976045 p1\n'
                'Date: Mon, 09 Nov 2026 15:46:12 +0400\n'
                'Message-ID: <1794224772.602231544@f311.i.mail.ru>\n'
                'MIME-Version: 1.0\n'
                'Content-Type: text/plain; charset="utf-8"\n'
                'Content-Transfer-Encoding: base64\n\n')
SASHA_976045 = SASHA_976045.encode() + base64.encodebytes(
    ('удмуртская 255 п1 панель поменял vizit бвд-431rcb, блок питания бпд18/12-1-1 тоже новый. '
     'кв 5 открыли наконец. всё работает, уехал\n' + SIG_SASHA).encode('utf-8'))

add(dt=D('2026-11-09 16:05'), frm='marina', client='yandex', req='976045',
    subj='Fwd: 976045 p1',
    entity=multi('mixed', [
        leaf('text/plain', 'Наталья Сергеевна, пересылаю отчёт мастера по Удмуртской, там всё 😊\n\n' + SIG_MARINA_SHORT),
        (['Content-Type: message/rfc822', 'Content-Disposition: attachment; filename="976045 p1.eml"'], SASHA_976045),
    ]),
    label=dec('976045', ['1'], LEFT, 'пересылка вложением (message/rfc822): п1 поменял, уехал'))

# =====================================================================  976503 школа 88

add(dt=D('2026-11-06 10:05'), frm='olga', **W1251, req='976503',
    subj='Заявка №976503 - СОШ №88, Молодёжная 30',
    entity=outlook_alt(
        'Наталья Сергеевна, добрый день!\n\n'
        'Заявку №976503 принимаем в работу, все 4 позиции. Замок для двери запасного выхода (поз. 3) под заказ, '
        'срок поставки 3-5 рабочих дней. Остальное начнём в понедельник, 09.11.\n\n' + SIG_OLGA, 'windows-1251', 'base64'),
    label=dec('976503', [], ACC, 'принимаем в работу; сроки — план'))

add(dt=D('2026-11-06 16:00'), frm='marina', client='yandex', req='976503',
    subj='вопросик по школе 88 (976503)',
    entity=alt(
        'Наталья Сергеевна, подскажите, пожалуйста 🙏\n'
        'По школе № 88 в понедельник мастеру нужно будет отключить питание калиток минут на 40 — это надо согласовывать '
        'с директором или достаточно завхоза? И можно телефончик завхоза?\n\n' + SIG_MARINA),
    label=rev('вопрос, статус не сообщается'))

add(dt=D('2026-11-09 07:55'), **YAMOB, req='976503',
    subj='976503',
    entity=plain('на мессте п1 п2 начинаю\n' + SIG_DIMA),
    label=dec('976503', ['1', '2'], ONS, 'опечатка «мессте»; п1 п2 на месте'))

TABLE_ROWS = [('1', 'калитка главная', 'выполнено, 10:40'),
              ('2', 'калитка хоздвор', 'выполнено, 12:55'),
              ('3', 'дверь запасного выхода', 'ждём замок, поставка 10.11'),
              ('4', 'вызывная панель, центральный вход', 'перенесено на 11.11')]
tbl_txt = '\n'.join('%s | %s | %s' % r for r in TABLE_ROWS)
tbl_html = ('<table border="1" cellpadding="4" style="border-collapse:collapse">'
            '<tr><th>Поз.</th><th>Что</th><th>Состояние</th></tr>' +
            ''.join('<tr><td>%s</td><td>%s</td><td>%s</td></tr>' % r for r in TABLE_ROWS) + '</table>')
add(dt=D('2026-11-09 13:10'), frm='marina', client='yandex', req='976503',
    subj='Школа 88 — отчёт за сегодня',
    entity=alt(
        'Наталья Сергеевна, добрый день! 🌸\nОтчёт по школе № 88, заявка 976503:\n\n' + tbl_txt +
        '\n\nДима уехал со школы в 13:05, следующий выезд в среду.\n\n' + SIG_MARINA,
        '<html><body><div>Наталья Сергеевна, добрый день! 🌸</div><div>Отчёт по школе № 88, заявка <b>976503</b>:</div><br>'
        + tbl_html + '<br><div>Дима уехал со школы в 13:05, следующий выезд в среду.</div><br>'
        '<div>Марина 🌸<br>диспетчер «Домофон-Сервис»<br>+7 (3412) 65-43-21</div></body></html>',
        'utf-8', 'base64', 'quoted-printable'),
    label=dec('976503', ['1', '2'], LEFT, 'HTML-таблица: 1 и 2 выполнены, 3 и 4 — план'))

add(dt=D('2026-11-10 17:05'), frm='marina', client='yandex', req='976503',
    subj='976503 на завтра',
    entity=plain(
        'Наталья Сергеевна, добрый вечер!\n'
        'Замок пришёл 🎉 Завтра по 976503 мастер будет к 9:00, по позициям 3 и 4. Предупредите, пожалуйста, охрану, '
        'чтобы пустили к двери запасного выхода 🙏\n\n' + SIG_MARINA_SHORT),
    label=rev('план на завтра, статуса нет'))

add(dt=D('2026-11-11 09:10'), **YAMOB, req='976503',
    subj='976503 п3 п4',
    entity=plain('нa мecтe, п3 п4\n' + SIG_DIMA),     # латинские a, e, c внутри слов
    label=dec('976503', ['3', '4'], ONS, 'латинские буквы в «на месте»'))

add(dt=D('2026-11-11 14:10'), frm='olga', **W1251, req='976503',
    subj='976503 (3,4) завершено',
    entity=outlook_alt(
        'Наталья Сергеевна, добрый день.\n\n'
        'Заявка 976503, позиции 3 и 4: работы завершены, мастер убыл с объекта в 13:40. '
        'Электромагнитный замок ML-300 на двери запасного выхода, панель на центральном входе заменена. '
        'Акт № 1187 от 11.11.2026 направим вместе с закрывающими документами.\n\n' + SIG_OLGA),
    label=dec('976503', ['3', '4'], LEFT, 'завершено, убыл в 13:40; акт № не номер заявки'))

# =====================================================================  977018 Карла Маркса 244

add(dt=D('2026-11-09 12:35'), frm='olga', **W1251, req='977018',
    subj='RE: Заявка 977018 К.Маркса 244 - ключи',
    entity=plain(
        'Наталья Сергеевна, добрый день!\n\n'
        'Ключей-таблеток можем сделать сколько нужно. 10 штук — по 250 руб., итого 2 500 руб., брелоки RFID — по 300 руб. '
        'Если подходит, подтвердите, пожалуйста, закажем.\n\n' + SIG_OLGA + '\n\n'
        'От: Петрова Наталья Сергеевна <dispatch@zakazchik-omis.ru>\n'
        'Отправлено: понедельник, 9 ноября 2026 г. 12:05\n'
        'Кому: Ольга Кузнецова <olga.kuznecova@domofon-servis18.ru>\n'
        'Тема: Заявка 977018 К.Маркса 244 - ключи\n\n'
        'Ольга, добрый день! По К.Маркса 244 жильцам нужны ключи. Сколько можете сделать и по какой цене?',
        'windows-1251', 'quoted-printable'),
    label=rev('ответ о цене/количестве, статуса нет'))

add(dt=D('2026-11-10 10:30'), frm='marina', client='yandex', req='977018',
    subj='Re: Заявка 977018 К.Маркса 244 - ключи',
    entity=alt(
        'Наталья Сергеевна, спасибо за подтверждение!\n'
        'Заявка 977018 принята, ключики заказали (10 шт.), мастер будет в пятницу, 13-го 😊\n\n' + SIG_MARINA),
    label=dec('977018', [], ACC, 'заявка принята; визит в пятницу — план'))

BAT_977018 = ('===8<==============Original message text===============\n'
              'From: Александр Мохов <sasha.mokhov88@mail.ru>\n'
              'To: dispatcher@domofon-servis18.ru\n'
              'Date: Пятница, 13 ноября 2026, 14:51 +04:00\n'
              'Subject: 977018\n\n'
              'к.маркса 244 ключи 10шт записал, отдал старшей кв 18 под роспись. всё, уехал\n\n'
              '===8<===========End of original message text===========')
add(dt=D('2026-11-13 15:00'), frm='disp', client='thebat', hcs='koi8-r', req='977018',
    subj='Fwd: 977018',
    entity=plain('Здравствуйте, Наталья Сергеевна.\n\nПересылаю от Александра по К.Маркса, 244.\n\n'
                 + BAT_977018 + '\n\n' + SIG_DISP, 'koi8-r', '8bit'),
    label=dec('977018', [], LEFT, 'KOI8-R, пересылка The Bat!: ключи сделаны, уехал'))

add(dt=D('2026-11-13 16:30'), frm='marina', client='yandex', req='977018',
    subj='977018 поз. 2',
    entity=plain(
        'Наталья Сергеевна, и по второй позиции тоже всё готово — 5 дополнительных ключей для кв. 18 отдали 😊\n\n'
        + SIG_MARINA_SHORT),
    label=rev('у заявки 977018 только одна позиция — позиции 2 нет'))

# =====================================================================  977260 10 лет Октября 53

add(dt=D('2026-11-10 09:20'), frm='daemon', client='daemon',
    subj='Mail delivery failed: returning message to sender',
    entity=plain(
        'This message was created automatically by mail delivery software.\n\n'
        'A message that you sent could not be delivered to one or more of its\n'
        'recipients. This is a permanent error. The following address(es) failed:\n\n'
        '  mohov@domofon-servis18.ru\n'
        '    mailbox is full: retry timeout exceeded\n\n'
        '------ This is a copy of the message, including all the headers. ------\n\n'
        'From: dispatch@zakazchik-omis.ru\n'
        'To: mohov@domofon-servis18.ru\n'
        'Subject: =?utf-8?B?0JfQsNGP0LLQutCwIDk3NzI2MCAxMCDQu9C10YIg0J7QutGC0Y/QsdGA0Y8gNTM=?=\n'
        'Date: Tue, 10 Nov 2026 08:05:10 +0300\n\n'
        '(body omitted)\n', 'us-ascii', '7bit'),
    label=ign('bounce (Exim), номер заявки только в копии исходного письма'))

add(dt=D('2026-11-10 09:45'), frm='disp', client='thebat', hcs='koi8-r', req='977260',
    subj='Re: Заявка 977260 10 лет Октября 53',
    entity=plain(
        'Здравствуйте, Наталья Сергеевна.\n\n'
        'Заявку приняли. Саша будет завтра после обеда, трубку для кв. 45 везём с собой (Cyfral КМ-20-1).\n\n'
        'Вы писали 10 ноября 2026 г., 9:05:\n\n'
        'НС> Добрый день. Направляю заявку 977260, ул. 10 лет Октября, 53:\n'
        'НС> 1 - не работает трубка в кв. 45 (1-й подъезд)\n'
        'НС> 2 - западает кнопка вызова на панели 3-го подъезда\n\n'
        + SIG_DISP, 'koi8-r', '8bit'),
    label=dec('977260', [], ACC, 'KOI8-R, The Bat!, цитата с инициалами'))

add(dt=D('2026-11-11 15:05'), **MAILRU, req='977260',
    subj='Re: 977260',
    entity=plain('10 лет октября 53 приехал, п1 п2\n' + SIG_SASHA),
    label=dec('977260', ['1', '2'], ONS, 'приехал — на месте'))

add(dt=D('2026-11-11 17:20'), frm='marina', client='yandex', req='977260',
    subj='977260 П1 готово',
    entity=alt(
        'Наталья Сергеевна, добрый вечер! 🌸\n\n'
        'Саша закончил по П1 — трубка в кв. 45 новая, звонит, открывает 👍\n'
        'По П2 кнопку вызова на панели надо менять целиком, заказали, поставим в понедельник.\n\n' + SIG_MARINA),
    label=dec('977260', ['1'], LEFT, 'П1 закончено; П2 — план'))

add(dt=D('2026-11-16 14:00'), frm='marina', client='yandex', req='977260',
    subj='Re: 977260 П1 готово',
    entity=plain(
        'Наталья Сергеевна, по П2 Саша сегодня был, кнопку вызова поменял, панель проверили с кв. 112 — всё работает 😊\n\n'
        + SIG_MARINA_SHORT + '\n\n'
        '11.11.2026, 17:20, "Марина Шиляева" <marina@domofon-servis18.ru>:\n'
        + gt('Саша закончил по П1 — трубка в кв. 45 новая, звонит, открывает 👍\n'
             'По П2 кнопку вызова на панели надо менять целиком, заказали, поставим в понедельник.'),
        'utf-8', 'quoted-printable'),
    label=dec('977260', ['2'], LEFT, 'тема Re: называет П1, тело — П2 «был, поменял, работает»'))

# =====================================================================  977734 Гимназия 24

add(dt=D('2026-11-12 10:25'), frm='olga', **W1251, req='977734',
    subj='Заявка 977734 Гимназия 24',
    entity=outlook_alt('Наталья Сергеевна, добрый день!\n\nПриняли. Мастер Дмитрий выезжает в 13:00.\n\n' + SIG_OLGA),
    label=dec('977734', [], ACC, 'приняли; выезд в 13:00 — план'))

add(dt=D('2026-11-12 13:12'), **YAMOB, req='977734',
    subj='Гимназия 24',
    entity=plain('выехал на 977734\n' + SIG_DIMA, 'utf-8', 'quoted-printable'),
    label=dec('977734', [], WAY, 'выехал на объект'))

add(dt=D('2026-11-12 16:10'), frm='marina', client='yandex', req='977734',
    subj='Fwd: 977734',
    entity=alt(
        'Наталья Сергеевна, пересылаю от Димы 👇\n\n'
        '-------- Пересылаемое сообщение --------\n'
        '12.11.2026, 15:48, "Дмитрий Корепанов" <korepanov.dima@yandex.ru>:\n\n'
        '977734 калитку и панель сделал п1 п2. по двери запасного выхода п3 замок ML-1200 не тот пришёл, завтра '
        'привезу другой\n\n'
        '-- \nОтправлено из мобильной Яндекс Почты\n\n'
        '-------- Конец пересылаемого сообщения --------\n\n' + SIG_MARINA_SHORT),
    label=dec('977734', ['1', '2'], LEFT, 'пересланный отчёт мастера: п1 п2 сделаны, п3 — завтра'))

add(dt=D('2026-11-13 08:30'), frm='marina', client='yandex', req='977734',
    subj='Re: Гимназия 24 — заявка 977734 п.3',
    entity=plain(
        'Доброе утро, Наталья Сергеевна! Дима едет, будет минут через 40 😊 Замок везёт правильный.\n\n'
        + SIG_MARINA_SHORT + '\n\n'
        '13.11.2026, 8:12, "Петрова Наталья Сергеевна" <dispatch@zakazchik-omis.ru>:\n'
        + gt('Марина, доброе утро. Когда будет мастер по двери запасного выхода? Охрана спрашивает.'),
        'utf-8', 'base64'),
    label=dec('977734', ['3'], WAY, 'едет, будет через 40 минут; позиция только в теме'))

add(dt=D('2026-11-13 12:25'), **YAMOB, req='977734',
    subj='977734-3',
    entity=plain(
        'приехал 9:20, замок поменял, проверили с охраной всё ок. уехал 12:15\n' + SIG_DIMA + '\n\n'
        '13.11.2026, 8:30, "Марина Шиляева" <marina@domofon-servis18.ru>:\n'
        + gt('Доброе утро, Наталья Сергеевна! Дима едет, будет минут через 40'), 'utf-8', 'base64'),
    label=dec('977734', ['3'], LEFT, 'приезд и отъезд в одном письме — последнее событие убыл; цитата «едет» не считается'))

# =====================================================================  978109 Автозаводская 3а

add(dt=D('2026-11-13 11:20'), frm='olga', **W1251, hmode='Q', req='978109',
    subj='978109 Автозаводская 3а',
    entity=plain('Наталья Сергеевна, добрый день.\nВ работу взяли обращение 978109, Автозаводская 3а. Мастер будет завтра.\n\n'
                 + SIG_OLGA, 'windows-1251', 'quoted-printable'),
    label=dec('978109', [], ACC, '«в работу взяли обращение»'))

add(dt=D('2026-11-14 12:00'), frm='olga', **W1251, hmode='Q', req='978109',
    subj='RE: 978109',
    entity=outlook_alt(
        'Наталья Сергеевна, добрый день.\n\n'
        'Мастер был сегодня в 10:00, но в подъезды не попал — жители не открыли, старший по дому (Галина Ивановна, '
        '+7 912 855-40-12) трубку не берёт. Просим согласовать доступ через УК, иначе ничего сделать не сможем.\n\n'
        + SIG_OLGA),
    label=rev('жалоба: «мастер был», но не попал, работа не сделана'))

add(dt=D('2026-11-16 11:30'), **MAILRU, req='978109',
    subj='#978109',
    entity=plain('поз 01 и 02 на месте, сегодня пустили\n' + SIG_SASHA),
    label=dec('978109', ['01', '02'], ONS, 'позиции 01 и 02 на месте'))

add(dt=D('2026-11-16 16:00'), frm='marina', client='yandex', req='978109',
    subj='Автозаводская 3а — заявка 978109',
    entity=html_only(
        '<html><body><div>Наталья Сергеевна, добрый вечер! 🌸</div><div><br></div>'
        '<div>По 978109 всё закончили: в обоих подъездах магнитные замки перекоммутировали, двери открываются с ключа и с кнопки.</div>'
        '<div><b>Убытие мастера — 15:30.</b></div><div><br></div>'
        '<div>Марина 🌸<br>диспетчер «Домофон-Сервис»</div></body></html>'),
    label=dec('978109', [], LEFT, 'HTML-only; «убытие мастера 15:30», всё закончили'))

# =====================================================================  978552 Горького 79

add(dt=D('2026-11-16 10:40'), frm='marina', client='yandex', req='978552',
    subj='978552 Горького 79',
    entity=alt(
        'Наталья Сергеевна, добрый денёчек! 🌸\n\n'
        '978552 приняли в работу. Уточните, пожалуйста, код подъезда? У нас записан код 45К1234, а жильцы говорят, '
        'что его поменяли 🤔\n\n' + SIG_MARINA),
    label=dec('978552', [], ACC, 'приняли в работу + вопрос о коде'))

add(dt=D('2026-11-17 09:10'), frm='marina', client='yandex', req='978552',
    subj='Re: 978552 код подъезда',
    entity=plain(
        'Спасибо большое! Код получили, передала Саше 😊\n\n'
        '17.11.2026, 8:58, "Петрова Наталья Сергеевна" <dispatch@zakazchik-omis.ru>:\n'
        + gt('Марина, новый код 79К3310, старшая по дому — кв. 40.'), 'utf-8', 'quoted-printable'),
    label=rev('благодарность за информацию'))

add(dt=D('2026-11-17 09:40'), frm='olga', **W1251, req='978552',
    subj='978552',
    entity=plain(
        'Наталья Сергеевна, по 978552 мастер ещё не выехал - задержался на Автозаводской, там опять заедает дверь. '
        'Как освободится - сразу на Горького, ориентировочно к 10:30.\n\n' + SIG_OLGA, 'windows-1251', 'base64'),
    label=rev('отрицание: «ещё не выехал», дальше план'))

add(dt=D('2026-11-17 10:45'), **MAILRU, req='978552',
    subj='978552',
    entity=plain('на месте, зашел по новому коду\n' + SIG_SASHA, 'utf-8', 'quoted-printable'),
    label=dec('978552', [], ONS, 'на месте'))

add(dt=D('2026-11-17 13:05'), frm='olga', **W1251, req='978552',
    subj='FW: 978552',
    entity=outlook_alt(
        'Наталья Сергеевна, пересылаю сообщение мастера по Горького 79.\n\n' + SIG_OLGA + '\n\n'
        'От: Александр Мохов <sasha.mokhov88@mail.ru>\n'
        'Отправлено: вторник, 17 ноября 2026 г. 12:52\n'
        'Кому: olga.kuznecova@domofon-servis18.ru\n'
        'Тема: 978552\n\n'
        'горького 79 сделал. коммутатор КМ-100-7.5 перепаял, связь с квартирами есть, кв 61 трубка тоже работает. '
        'ушел с объекта 12:50'),
    label=dec('978552', [], LEFT, 'пересылка Outlook: «ушёл с объекта 12:50»'))

# =====================================================================  979006 школа 25

add(dt=D('2026-11-18 09:15'), frm='olga', **W1251, req='979006',
    subj='Заявка 979006 - СОШ 25, Ворошилова 107',
    entity=outlook_alt(
        'Наталья Сергеевна, доброе утро!\n\n'
        'Заявка 979006 принята в работу: П1 - калитка, П2 - дверь запасного выхода (кнопка выхода и замок). '
        'О выезде сообщим дополнительно.\n\n' + SIG_OLGA),
    label=dec('979006', [], ACC, 'HTML Outlook windows-1251: принята'))

add(dt=D('2026-11-18 09:31'), frm='olga', client='outlook', hcs='windows-1251', req='979006',
    subj='Прочитано: 979006 - контакты завхоза',
    entity=multi('report', [
        leaf('text/plain',
             'Ваше сообщение\n\n    Кому: Ольга Кузнецова\n    Тема: 979006 - контакты завхоза\n'
             '    Отправлено: 18.11.2026 9:24\n\nбыло прочитано 18.11.2026 9:31.', 'windows-1251', 'quoted-printable'),
        (['Content-Type: message/disposition-notification'],
         ('Final-Recipient: RFC822; olga.kuznecova@domofon-servis18.ru\n'
          'Disposition: automatic-action/MDN-sent-automatically; displayed\n'
          'X-MSExch-Correlation-Key: 7QrGm1pYbEuQxw4u0xZ9Zg==\n'
          'Original-Message-ID: <20261118082433.6650@zakazchik-omis.ru>\n').encode()),
    ], ' report-type=disposition-notification;'),
    label=ign('уведомление о прочтении (Outlook)'))

add(dt=D('2026-11-18 15:00'), frm='marina', client='yandex', req='979006',
    subj='979006 школа 25',
    entity=plain(
        'Наталья Сергеевна, простите 🙏 По 979006 сегодня не успеваем, мастер выедет завтра к 8:30, '
        'сразу начнёт с калитки.\n\n' + SIG_MARINA_SHORT),
    label=rev('план «выедет завтра»'))

add(dt=D('2026-11-19 08:35'), frm='olga', **W1251, req='979006',
    subj='RE: 979006 школа 25',
    entity=plain('Наталья Сергеевна, доброе утро. Мастер едет к вам, будет через полчасика.\n\nОльга',
                 'windows-1251', 'quoted-printable'),
    label=dec('979006', [], WAY, '«едет, будет через полчаса»'))

add(dt=D('2026-11-19 09:10'), **YAMOB, req='979006',
    subj='979006',
    entity=plain('п1 п2 на обьекте\n' + SIG_DIMA),
    label=dec('979006', ['1', '2'], ONS, 'опечатка «обьекте»'))

add(dt=D('2026-11-19 12:40'), frm='marina', client='yandex', req='979006',
    subj='979006 — промежуточно',
    entity=alt(
        'Наталья Сергеевна, добрый день! 🌸\n'
        '979006: П1 калитка — готово ✅\nП2 — Дима сейчас на двери запасного выхода, ещё работает, там проводка старая.\n\n'
        + SIG_MARINA),
    label=rev('разные статусы по позициям: П1 убыл, П2 на месте'))

add(dt=D('2026-11-19 18:00'), frm='olga', **W1251,
    subj='Сводка по заявкам за неделю',
    entity=outlook_alt(
        'Наталья Сергеевна, добрый вечер!\n\n'
        'По итогам недели:\n'
        '- заявка 977260 - обе позиции выполнены;\n'
        '- заявка 978109 - выполнено, акт подписан старшим по дому.\n'
        'Просим закрыть у себя.\n\n' + SIG_OLGA),
    label=rev('две разные заявки в одном письме'))

add(dt=D('2026-11-20 09:00'), frm='marina', client='yandex', req='979006',
    subj='979006 п2',
    entity=alt(
        'Наталья Сергеевна, доброе утро! 🌸\n'
        'По 979006 п2 — Дима закончил вчера вечером в 18:10: дверь запасного выхода закрывается, кнопка выхода работает, '
        'завхоз проверила 😊\n\n' + SIG_MARINA),
    label=dec('979006', ['2'], LEFT, 'закончил вчера в 18:10'))

# =====================================================================  979430 Клубная 46

add(dt=D('2026-11-20 11:30'), frm='olga', **W1251, req='979430',
    subj='RE: Заявка 979430 Клубная 46',
    entity=outlook_alt(
        'Добрый день!\n\nПриняли, по Клубной 46 все три подъезда посмотрим в понедельник.\n\n' + SIG_OLGA + '\n\n'
        'От: Петрова Наталья Сергеевна <dispatch@zakazchik-omis.ru>\n'
        'Отправлено: пятница, 20 ноября 2026 г. 11:04\n'
        'Кому: Ольга Кузнецова <olga.kuznecova@domofon-servis18.ru>\n'
        'Тема: Заявка 979430 Клубная 46\n\n'
        'Ольга, добрый день. Заявка 979430, ул. Клубная, 46 — вызывные панели в подъездах 1, 2, 3 (позиции 1-3), '
        'не работают кнопки и подсветка.'),
    label=dec('979430', [], ACC, 'приняли; визит в понедельник — план'))

ICS = ('BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\n'
       'BEGIN:VEVENT\n'
       'ATTENDEE;PARTSTAT=ACCEPTED;CN=Ольга Кузнецова:mailto:olga.kuznecova@domofon-servis18.ru\n'
       'SUMMARY;LANGUAGE=ru-RU:Принято: Планёрка с подрядчиками (домофоны\\, школы)\n'
       'DTSTART;TZID=Russian Standard Time:20261124T100000\nDTEND;TZID=Russian Standard Time:20261124T110000\n'
       'UID:040000008200E00074C5B7101A82E00800000000B0D1\nDTSTAMP:20261120T091502Z\nSEQUENCE:0\n'
       'END:VEVENT\nEND:VCALENDAR\n')
add(dt=D('2026-11-20 12:15'), frm='olga', client='outlook', hcs='windows-1251',
    subj='Принято: Планёрка с подрядчиками (домофоны, школы)',
    entity=multi('alternative', [
        leaf('text/plain', '', 'windows-1251', 'quoted-printable'),
        leaf('text/calendar', ICS, 'utf-8', 'base64', None),
    ]),
    headers=['Content-Class: urn:content-classes:calendarmessage'],
    label=ign('ответ на приглашение в календаре'))

# fix the calendar part content-type to carry method=REPLY
_last = L[-1]
_h, _b = _last['entity']
_last['entity'] = (_h, _b.replace(b'Content-Type: text/calendar; charset="utf-8"',
                                  b'Content-Type: text/calendar; charset="utf-8"; method=REPLY'))

add(dt=D('2026-11-21 10:00'), frm='news', client='bulk',
    subj='Брелоки для домофона от 150 ₽ — только в ноябре!',
    to='dispatch@zakazchik-omis.ru',
    entity=alt(
        'Домофон-Сервис: ноябрьские скидки\n\n'
        'Брелоки и таблетки для домофона — от 150 ₽ за штуку при заказе от 10 шт.\n'
        'Замена вызывной панели — скидка 10% до 30.11.2026.\n'
        'Звоните: +7 (3412) 65-43-21\n\n'
        'Вы получили это письмо, так как подписаны на новости ООО «Домофон-Сервис». Отписаться: '
        'https://domofon-servis18.ru/unsubscribe',
        '<html><body style="font-family:Arial"><h2>Ноябрьские скидки 🎁</h2>'
        '<p>Брелоки и таблетки для домофона — <b>от 150 ₽</b> за штуку при заказе от 10 шт.</p>'
        '<p>Замена вызывной панели — скидка 10% до 30.11.2026.</p><p>Звоните: +7 (3412) 65-43-21</p>'
        '<p style="font-size:11px;color:#888">Вы получили это письмо, так как подписаны на новости ООО «Домофон-Сервис». '
        '<a href="https://domofon-servis18.ru/unsubscribe">Отписаться</a></p></body></html>',
        'utf-8', 'base64', 'quoted-printable'),
    label=ign('рассылка (Precedence: bulk, List-Unsubscribe)'))

add(dt=D('2026-11-23 09:30'), frm='marina', client='yandex',
    subj='979403 Клубная',
    entity=plain(
        'Наталья Сергеевна, доброе утро! 🌸 По заявке 979403 Саша выезжает на Клубную, начнёт с первого подъезда 😊\n\n'
        + SIG_MARINA_SHORT),
    label=rev('номер 979403 отсутствует в реестре (перестановка цифр 979430?)'))

add(dt=D('2026-11-23 09:40'), **MAILRU, req='979430',
    subj='979430',
    entity=plain('выезжаю с базы на клубную\n' + SIG_SASHA),
    label=dec('979430', [], WAY, '«выезжаю с базы на…» — в пути'))

add(dt=D('2026-11-23 10:40'), frm='olga', **W1251, req='979430',
    subj='RE: 979430 мастер?',
    entity=plain(
        '-----Original Message-----\n'
        'From: Петрова Наталья Сергеевна [mailto:dispatch@zakazchik-omis.ru]\n'
        'Sent: Monday, November 23, 2026 10:22 AM\n'
        'To: olga.kuznecova@domofon-servis18.ru\n'
        'Subject: 979430 мастер?\n\n'
        'Коллеги, по 979430 мастер на месте? Жители звонят.\n\n'
        '===\n\n'
        'Да. Прибытие мастера на объект - 10:15, работает по П1 и П2.\n\n'
        'Ольга', 'windows-1251', 'quoted-printable'),
    label=dec('979430', ['1', '2'], ONS, 'ответ под цитатой: прибытие 10:15, П1 и П2'))

add(dt=D('2026-11-23 15:20'), frm='marina', client='yandex', req='979430',
    subj='Re: 979430 мастер?',
    entity=alt(
        'Наталья Сергеевна, по 979430 п.1 и п.2 выполнено, кнопки и подсветка работают, мастер уехал ✨\n'
        'П.3 — нужна новая панель, ждём поставку до 27.11.\n\n' + SIG_MARINA),
    label=dec('979430', ['1', '2'], LEFT, 'п.1, п.2 выполнено, уехал; п.3 — ждём'))

add(dt=D('2026-11-25 09:02'), frm='olga', client='outlook', hcs='windows-1251', req='979430',
    subj='Автоответ: 979430 п.3 - сроки?',
    headers=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    entity=plain(
        'Здравствуйте!\n\nЯ в отпуске с 25.11 по 29.11.2026. По заявкам обращайтесь, пожалуйста, к Марине Шиляевой: '
        'marina@domofon-servis18.ru, тел. +7 912 018-77-30.\n\nОльга Кузнецова', 'windows-1251', 'quoted-printable'),
    label=ign('автоответ «в отпуске»'))

add(dt=D('2026-11-27 16:20'), frm='marina', client='yandex', req='979430',
    subj='Re: 979430 п.3 - сроки?',
    entity=alt(
        'Наталья Сергеевна, добрый день!\n'
        'Саша сегодня был на Клубной, посмотрел п.3 — панель пришла не того размера, под старую нишу не встаёт 😔 '
        'Заказали другую (Vizit БВД-M200), обещают в понедельник.\n\n' + SIG_MARINA),
    label=rev('«был, посмотрел», работа не закончена; дальше план'))

add(dt=D('2026-11-30 12:10'), **MAILRU, req='979430',
    subj='979430 поз3',
    entity=plain('панель смонтирована работает. УБЫЛ\n' + SIG_SASHA),
    label=dec('979430', ['3'], LEFT, 'капс «УБЫЛ»'))

# =====================================================================  extra mixed letters

add(dt=D('2026-11-03 17:45'), frm='olga', **W1251, req='975340',
    subj='RE: 975340',
    entity=plain(
        'Наталья Сергеевна, спасибо, получили, передали мастеру.\n\n' + SIG_OLGA + '\n\n'
        'От: Петрова Наталья Сергеевна <dispatch@zakazchik-omis.ru>\n'
        'Отправлено: вторник, 3 ноября 2026 г. 17:30\n'
        'Кому: Ольга Кузнецова <olga.kuznecova@domofon-servis18.ru>\n'
        'Тема: 975340\n\n'
        'Ольга, завхоз школы 56 — Светлана Петровна, тел. 8-912-760-14-09. По двери запасного выхода только через неё.',
        'windows-1251', 'quoted-printable'),
    label=rev('подтверждение получения письма диспетчера'))
