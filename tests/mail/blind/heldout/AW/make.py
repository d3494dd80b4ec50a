# -*- coding: utf-8 -*-
"""Generator of test letters for persona ООО «ЛифтМонтажСтрой» (Казань).
Run:  python3 make.py   (writes letters/, labels.json, registry.json)"""
import html as _html
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk_lib import T, M, Raw, RFC822, build, enc_header, addr, dt, date_hdr, msgid  # noqa

OUT = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- people
RINAT = ('Габдуллин Ринат', 'r.gabdullin@liftmontazh-kzn.ru')
ALSU = ('Нуриева Алсу Фаритовна', 'a.nurieva@liftmontazh-kzn.ru')
ILNUR = ('Ильнур Шакиров', 'ilnur.shakirov@mail.ru')
DANIYAR = ('Данияр Валиев', 'daniyar.valiev93@yandex.ru')
AIRAT = ('Хасанов Айрат', 'montazh2@liftmontazh-kzn.ru')
NEWS = ('ЛифтМонтажСтрой', 'news@liftmontazh-kzn.ru')
DAEMON = ('Mail Delivery System', 'MAILER-DAEMON@liftmontazh-kzn.ru')

DISPATCH = ('Диспетчерская', 'dispatch@zakazchik-omis.ru')
KOLESNIKOV = ('Колесников Сергей Петрович', 's.kolesnikov@zakazchik-omis.ru')

CLIENT_HDRS = {
    'outlook': [('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'ru')],
    'outlook_mobile': [('X-Mailer', 'Outlook for Android')],
    'mailru': [('X-Mailer', 'Mail.Ru Mail (Android 13)')],
    'yandex': [('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')],
    'thebat': [('X-Mailer', 'The Bat! (v10.5.3) Professional'), ('Organization', 'LiftMontazhStroy')],
    'none': [],
}

# ---------------------------------------------------------------- body helpers

def h_simple(text):
    lines = [_html.escape(l) for l in text.split('\n')]
    return ('<html><body><div>' + '<br>\n'.join(lines) + '</div></body></html>')


def h_outlook(text, cs):
    paras = []
    for l in text.split('\n'):
        paras.append('<p class=MsoNormal>%s<o:p></o:p></p>' % (_html.escape(l) if l.strip() else '&nbsp;'))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">'
            '<head><meta http-equiv=Content-Type content="text/html; charset=%s">'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
            '</head><body lang=RU link="#0563C1"><div class=WordSection1>\n%s\n</div></body></html>'
            % (cs, '\n'.join(paras)))


def outlook(text, cs='windows-1251', cte='quoted-printable', html_text=None):
    return M('alternative', [T(text, 'plain', cs, cte),
                             T(html_text or h_outlook(text, cs), 'html', cs, cte)])


def mailru(text, cte='base64'):
    return M('alternative', [T(text, 'plain', 'utf-8', cte), T(h_simple(text), 'html', 'utf-8', cte)])


def yandex_html(text):
    body = ''.join('<div>%s</div>' % (_html.escape(l) if l.strip() else '&nbsp;') for l in text.split('\n'))
    return T('<div>' + body + '</div>', 'html', 'utf-8', 'base64')


def plain(text, cs='utf-8', cte='quoted-printable', **kw):
    return T(text, 'plain', cs, cte, **kw)


def html_table(rows, header):
    th = ''.join('<th style="border:1px solid #999;padding:3px">%s</th>' % _html.escape(c) for c in header)
    trs = ''
    for r in rows:
        trs += '<tr>' + ''.join('<td style="border:1px solid #999;padding:3px">%s</td>' % _html.escape(c) for c in r) + '</tr>\n'
    return '<table style="border-collapse:collapse">\n<tr>%s</tr>\n%s</table>' % (th, trs)


SIG_RINAT = ('С уважением,\nГабдуллин Ринат Рашитович\nпрораб ООО «ЛифтМонтажСтрой»\n'
             'моб. +7 917 263-41-08')
SIG_RINAT_FULL = (SIG_RINAT + '\n420107, г. Казань, ул. Журналистов, д. 54, оф. 12\n'
                  'ИНН 1659187342 / КПП 165901001')
SIG_ALSU = ('Нуриева Алсу Фаритовна\nинженер ПТО ООО «ЛифтМонтажСтрой»\n'
            'тел. +7 (843) 212-57-30, доб. 104')
SIG_AIRAT = '-- \nХасанов Айрат, электромеханик\nООО "ЛифтМонтажСтрой", т. 8-987-296-15-40'
SIG_MAILRU = '--\nОтправлено из мобильной Почты Mail.ru'
SIG_YA = '-- \nОтправлено из мобильной Яндекс Почты'

LETTERS = []


def L(date, frm, client, subject, body, label, to=None, cc=None, subj_cs='utf-8', subj_enc='B',
      name_cs=None, extra=None, reply=False, mid_kind=None):
    LETTERS.append(dict(date=date, frm=frm, client=client, subject=subject, body=body, label=label,
                        to=to or [DISPATCH], cc=cc or [], subj_cs=subj_cs, subj_enc=subj_enc,
                        name_cs=name_cs or subj_cs, extra=extra or [], reply=reply,
                        mid_kind=mid_kind or client))


def D(req, pos, status, note):
    return {'expect': 'decided', 'request': req, 'positions': pos, 'status': status, 'note': note}


def R(note):
    return {'expect': 'review', 'note': note}


def I(note):
    return {'expect': 'ignored', 'note': note}


ACC, WAY, ONS, LEFT = 'заявка принята', 'подрядчик в пути', 'подрядчик на месте', 'подрядчик убыл'

# ======================================================================
# 94017  Чистопольская 61, замена 4 лифтов
# ======================================================================
L(dt(2, 14, 20), RINAT, 'outlook', 'Заявка № 94017 Чистопольская, 61',
  outlook('Добрый день!\n\n'
          'Заявку №94017 (замена 4-х пассажирских лифтов, ул. Чистопольская, д. 61) получили, '
          'приняли в работу.\nОтветственный от нас — прораб Габдуллин Р.Р.\n'
          'Демонтаж начнём после отключения лифтов управляющей компанией, ориентировочно с 05.11.\n\n'
          + SIG_RINAT_FULL),
  D('94017', [], ACC, 'accepted, whole request; phone/INN/KPP/postcode are noise'),
  subj_cs='windows-1251', subj_enc='Q')

L(dt(5, 7, 55), ILNUR, 'mailru', '94017 поз 1',
  plain('Выехали на Чистопольскую 61, минут 30-40 будем.\nИльнур\n\n' + SIG_MAILRU, cte='base64'),
  D('94017', ['1'], WAY, 'bare number + поз in subject; "выехали ... будем" = on the way'))

L(dt(5, 8, 50), ILNUR, 'mailru', 'Re: 94017 поз 1',
  mailru('НА МЕСТЕ. ключи от машинного у УК забрали, начинаем демонтаж\n\n\n'
         'Четверг, 5 ноября 2026, 8:02 +03:00 от Диспетчерская <dispatch@zakazchik-omis.ru>:\n'
         '>Принято, 94017 поз.1 — в пути. Доложите по прибытии.\n>Диспетчер Мухаметова Г.\n'),
  D('94017', ['1'], ONS, 'caps "НА МЕСТЕ"; quote repeats the old "в пути"'), reply=True)

L(dt(6, 19, 10), RINAT, 'outlook', 'Отчет за 06.11.2026 Чистопольская 61',
  plain('Добрый вечер.\nОтчёт по объекту Чистопольская, 61 (заявка 94017) за 06.11.2026:\n\n'
        'Поз.\tВид работ\t\tПримечание\n'
        '1\tдемонтаж кабины, противовеса, лебёдки\tвыполнено\tбригада Сафина на месте, завтра монтаж направляющих\n'
        '2\tдемонтаж\tначали в 13:00\tбригада Гарипова на месте\n'
        '3\t\t\tждём отключения от УК\n'
        '4\t\t\tждём отключения от УК\n\n'
        'Лом вывезли, 2 рейса (КамАЗ Н 274 ЕР 116).\n\nГабдуллин Р.',
        cs='windows-1251'),
  D('94017', ['1', '2'], ONS, 'Excel rows pasted with a lost header cell; crews on site at 1 and 2, '
    '3/4 only waiting'), subj_cs='windows-1251')

L(dt(9, 14, 10), ALSU, 'outlook', 'RE: Замечания технадзора по 94017',
  outlook('Сергей Петрович, добрый день.\n\nПо замечаниям (письмо ниже):\n'
          '1. Ограждение монтажной зоны во 2-м подъезде — восстановим до 11.11.\n'
          '2. Строительный мусор на площадке 1-го этажа — вывоз организован на 10.11.\n'
          '3. Журнал производства работ ведётся, находится у прораба на объекте, готовы предъявить.\n\n'
          + SIG_ALSU + '\n\n'
          'От: Колесников Сергей Петрович <s.kolesnikov@zakazchik-omis.ru>\n'
          'Отправлено: понедельник, 9 ноября 2026 г. 12:03\n'
          'Кому: Нуриева Алсу <a.nurieva@liftmontazh-kzn.ru>\n'
          'Копия: dispatch@zakazchik-omis.ru\n'
          'Тема: Замечания технадзора по 94017\n\n'
          'При осмотре объекта Чистопольская 61 (заявка 94017) 09.11.2026 выявлено:\n'
          '1. Отсутствует ограждение монтажной зоны у шахты 2-го подъезда.\n'
          '2. Строительный мусор складируется на площадке 1-го этажа.\n'
          '3. На объекте не предъявлен журнал производства работ.\n'
          'Прошу устранить и сообщить.\n\nКолесников С.П.\nведущий инженер технического надзора',
          cs='utf-8'),
  R('answer to technical supervisor remarks: promises, no status'),
  cc=[KOLESNIKOV], reply=True)

L(dt(10, 7, 40), ILNUR, 'mailru', 'Re: 94017 поз 1',
  plain('на 3ю поз выезжаем щас, на 2й ребята Гарипова уже там с утра\n\n' + SIG_MAILRU + '\n\n\n'
        'Четверг, 5 ноября 2026, 9:01 +03:00 от Диспетчерская <dispatch@zakazchik-omis.ru>:\n'
        '>Принято, 94017 поз.1 — на месте.\n', cte='base64'),
  R('different statuses for different positions: pos 3 on the way, pos 2 on site (mixed #1)'),
  reply=True)

L(dt(11, 18, 30), RINAT, 'outlook', 'Отчет 11.11.2026',
  plain('Отчёт за 11.11.2026\n\n'
        'Заявка\tОбъект\tПоз\tРаботы\t\n'
        '94017\tЧистопольская 61\t1\tмонтаж направляющих ~60%\tбригада на месте\n'
        '94017\tЧистопольская 61\t2\tдемонтаж завершён, вывоз лома\t\n'
        '94017\tЧистопольская 61\t3\tдемонтаж\tбригада на месте\n'
        '94052\tДекабристов 85\t1\tдемонтаж станции управления, прокладка кабеля\t\n'
        '94108\tпр. Победы 46 к2\t\tшахты генподрядчик не сдал\t\n'
        '94215\tСалават Купере 5.2\t1\tмонтаж кронштейнов\t\n\n'
        'Габдуллин Р.', cs='windows-1251'),
  R('daily report covering four different requests'), subj_cs='windows-1251')

L(dt(13, 16, 45), RINAT, 'outlook', 'RE: Замечания технадзора по 94017',
  outlook('Сергей Петрович, добрый день.\n'
          'Ограждение монтажной зоны во 2-м подъезде восстановили, мусор вывезли 13.11 '
          '(машина Х 904 НА 116, талон на полигон № 0048213). Фото во вложение не пролезло, '
          'отправлю с телефона.\nПрошу снять замечания п.1 и п.2.\n\nГабдуллин Р.Р.\n\n'
          'От: Нуриева Алсу <a.nurieva@liftmontazh-kzn.ru>\n'
          'Отправлено: понедельник, 9 ноября 2026 г. 14:10\n'
          'Кому: Колесников Сергей Петрович <s.kolesnikov@zakazchik-omis.ru>\n'
          'Копия: dispatch@zakazchik-omis.ru; Габдуллин Ринат\n'
          'Тема: RE: Замечания технадзора по 94017\n\n'
          'Сергей Петрович, добрый день.\nПо замечаниям (письмо ниже):\n'
          '1. Ограждение монтажной зоны во 2-м подъезде — восстановим до 11.11.\n'
          '2. Строительный мусор на площадке 1-го этажа — вывоз организован на 10.11.\n', cs='utf-8'),
  R('remarks closed, asks to lift them; п.1/п.2 are remark items, no crew status'),
  cc=[KOLESNIKOV], reply=True)

L(dt(13, 19, 5), RINAT, 'outlook', '94017 Чистопольская 61 - итоги недели',
  outlook('Чистопольская, 61 / заявка 94017 — состояние на 13.11.2026\n\n'
          '1\tнаправляющие смонтированы, противовес на месте, начали монтаж кабины\tбригада на объекте\n'
          '2\tдемонтаж завершён, лом вывезен, монтаж кронштейнов\tбригада на объекте\n'
          '3\tдемонтаж с 10.11\tбригада на объекте\n'
          '4\tотключение лифта УК с 16.11\t\n\n'
          'Замечания технадзора от 09.11 устранены (см. отдельное письмо).\n\nГабдуллин Р.',
          html_text=('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"></head>'
                     '<body lang=RU><p>Чистопольская, 61 / заявка 94017 — состояние на 13.11.2026</p>'
                     + html_table([('1', 'направляющие смонтированы, противовес на месте, начали монтаж кабины', 'бригада на объекте'),
                                   ('2', 'демонтаж завершён, лом вывезен, монтаж кронштейнов', 'бригада на объекте'),
                                   ('3', 'демонтаж с 10.11', 'бригада на объекте'),
                                   ('4', 'отключение лифта УК с 16.11', '')],
                                  ('', '', ''))
                     + '<p>Замечания технадзора от 09.11 устранены (см. отдельное письмо).</p>'
                       '<p>Габдуллин Р.</p></body></html>')),
  D('94017', ['1', '2', '3'], ONS, 'weekly table: crews on site at 1-3 ("противовес на месте" is a part, '
    'not a status); 4 only planned'), subj_cs='windows-1251', subj_enc='Q')

L(dt(16, 18, 30), RINAT, 'outlook', 'RE: 94017 сроки сдачи поз.1',
  outlook('Сергей Петрович, по поз.1 полное техническое освидетельствование с ЭТЦ планируем на 24–25.11, '
          'ввод в эксплуатацию ориентировочно 27.11. Поз.2 — до 04.12, поз.3 и 4 — до 18.12.\n\n'
          'Габдуллин Р.Р.\n\n'
          '-----Original Message-----\n'
          'From: Колесников Сергей Петрович <s.kolesnikov@zakazchik-omis.ru>\n'
          'Sent: Monday, November 16, 2026 4:12 PM\n'
          'To: Габдуллин Ринат <r.gabdullin@liftmontazh-kzn.ru>\n'
          'Cc: dispatch@zakazchik-omis.ru\n'
          'Subject: 94017 сроки сдачи поз.1\n\n'
          'Ринат Рашитович, когда планируете сдачу лифта по поз.1? УК спрашивает, жильцы 1-го подъезда '
          'жалуются.\n'),
  R('only plans/dates in answer to a question'), cc=[KOLESNIKOV], reply=True)

L(dt(18, 19, 20), RINAT, 'outlook', '94017 сводка на 18.11',
  plain('94017, Чистопольская 61 — сводка на 18.11.2026\n\n'
        'П1 — монтаж кабины завершён, навеска дверей шахты на 17 остановках выполнена, электромонтаж ~80%. '
        'Бригада Сафина на месте.\n'
        'П2 — монтаж направляющих, выставлены до 9 этажа. Бригада Гарипова на месте.\n'
        'П3 — демонтаж завершён, лом вывезен 17.11, начали кронштейны. На месте 2 монтажника.\n'
        'П4 — лифт отключён УК 16.11, с 17.11 демонтаж, бригада на месте.\n\n'
        'Проблемы:\n'
        '- на щите ВРУ 2-го подъезда сорвана пломба № 0048217, УК в курсе, акт составили;\n'
        '- жильцы 3-го подъезда жалуются на шум, шумные работы ведём до 19:00.\n'
        'По П1 подали заявку в ЭТЦ на техосвидетельствование, ждём дату.\n\nГабдуллин Р.Р.',
        cs='windows-1251', cte='base64'),
  D('94017', ['1', '2', '3', '4'], ONS, 'long multi-position summary, every position has a crew on site'),
  subj_cs='windows-1251')

L(dt(25, 18, 0), RINAT, 'outlook', '94017 - П1 сдан',
  outlook('Сергей Петрович, добрый вечер.\n\n'
          'По заявке 94017, П1 (1-й подъезд): полное техническое освидетельствование ЭТЦ проведено 25.11.2026, '
          'замечаний нет, акт ЭТЦ № 1125/17. Лифт передан УК по акту, в работе. Бригада с П1 убыла.\n'
          'По остальным подъездам — в еженедельном отчёте в пятницу.\n\n' + SIG_RINAT),
  D('94017', ['1'], LEFT, 'lift handed over, crew left П1; act number is noise'),
  cc=[KOLESNIKOV], subj_cs='windows-1251')

# ======================================================================
# 94052  Декабристов 85, модернизация
# ======================================================================
L(dt(3, 16, 5), ALSU, 'outlook', 'RE: 94052 модернизация, Декабристов 85',
  outlook('Сергей Петрович, добрый день!\n\n'
          'Заявка принята нашей организацией в работу. Проект модернизации (замена станций управления на УЛ, '
          'замена постов вызова и приказа) направим вам до 06.11.2026.\n\n' + SIG_ALSU + '\n\n'
          'От: Колесников Сергей Петрович <s.kolesnikov@zakazchik-omis.ru>\n'
          'Отправлено: вторник, 3 ноября 2026 г. 11:02\n'
          'Кому: info@liftmontazh-kzn.ru; Нуриева Алсу <a.nurieva@liftmontazh-kzn.ru>\n'
          'Копия: dispatch@zakazchik-omis.ru\n'
          'Тема: 94052 модернизация, Декабристов 85\n\n'
          'Добрый день.\nНаправляем заявку 94052 на модернизацию 2 лифтов по ул. Декабристов, 85 '
          '(поз. 1 — подъезд 1, поз. 2 — подъезд 3). Прошу подтвердить получение и сообщить сроки '
          'предоставления проекта.\n\nКолесников С.П.\n', cs='utf-8'),
  D('94052', [], ACC, 'number only in subject/quote; "заявка принята"'), cc=[KOLESNIKOV], reply=True)

L(dt(6, 12, 15), DANIYAR, 'yandex', 'Декабристов 85',
  plain('Сергей Петрович добрый день. мы на декабристов 85, 3 подъезд, машинное закрыто, ключа у старшей '
        'по дому нет. Кто откроет? Звоните 8 927 440-67-12 Данияр\n\n' + SIG_YA, cte='base64'),
  R('no request number at all (address only) and a question about keys'))

L(dt(11, 8, 0), ALSU, 'outlook', 'Автоответ: 94052 проект модернизации - когда?',
  plain('Здравствуйте!\n\nЯ нахожусь в командировке с 10.11.2026 по 12.11.2026 включительно, доступ к почте '
        'ограничен.\nПо вопросам проектной документации обращайтесь к главному инженеру Зарипову И.М., '
        'по ходу работ на объектах — к прорабу Габдуллину Р.Р. (+7 917 263-41-08).\n\n'
        'С уважением, Нуриева А.Ф.', cte='base64'),
  I('out-of-office auto-reply'),
  extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
         ('X-MS-Exchange-Inbox-Rules-Loop', 'a.nurieva@liftmontazh-kzn.ru')])

L(dt(11, 9, 20), DANIYAR, 'yandex', '94052 п1',
  yandex_html('Выехали на Декабристов 85, к 10 будем.\n\n' + SIG_YA),
  D('94052', ['1'], WAY, 'HTML-only Yandex letter; position in subject'))

L(dt(11, 10, 20), DANIYAR, 'yandex', 'Re: подтвердите прибытие 94052',
  M('alternative', [
      T('Әйе, с 10:05 на месте, п.1. Станцию уже сняли\n\n' + SIG_YA + '\n\n'
        '11.11.2026, 10:15, "Диспетчерская" <dispatch@zakazchik-omis.ru>:\n'
        '> Данияр, добрый день. Подтвердите прибытие на объект.\n> Диспетчер Мухаметова Г.\n',
        'plain', 'utf-8', 'base64'),
      T('<div>Әйе, с 10:05 на месте, п.1. Станцию уже сняли</div><div>&nbsp;</div>'
        '<div>-- <br />Отправлено из мобильной Яндекс Почты</div><div>&nbsp;</div>'
        '<div>11.11.2026, 10:15, "Диспетчерская" &lt;dispatch@zakazchik-omis.ru&gt;:</div>'
        '<blockquote><div>Данияр, добрый день. Подтвердите прибытие на объект.</div>'
        '<div>Диспетчер Мухаметова Г.</div></blockquote>', 'html', 'utf-8', 'base64')]),
  D('94052', ['1'], ONS, 'number only in the Re: subject; Tatar "Әйе" = yes'), reply=True)

L(dt(12, 13, 30), DANIYAR, 'yandex', 'Re: 94052 п1',
  plain('приехали на 2ю позицию, начинаем демонтаж\n\n' + SIG_YA + '\n\n'
        '11.11.2026, 09:25, "Диспетчерская" <dispatch@zakazchik-omis.ru>:\n'
        '> Принято, 94052 поз.1 — в пути.\n', cte='base64'),
  D('94052', ['2'], ONS, 'subject still says п1 but body reports arrival at position 2'), reply=True)

L(dt(17, 13, 20), ALSU, 'outlook', 'Fw: 94052 замечания технадзора к проекту',
  outlook('Коллеги, добрый день.\n\nСергей Петрович, замечания по п.2 и п.5 учтём в ред. 2 проекта; '
          'по п.3 не согласны — сечение кабеля 3х2,5 подтверждено расчётом (лист 7 проекта). '
          'Откорректированный проект направим 19.11.\n\n' + SIG_ALSU + '\n\n'
          '________________________________\n'
          'От: Колесников Сергей Петрович <s.kolesnikov@zakazchik-omis.ru>\n'
          'Отправлено: 16 ноября 2026 г. 17:40\n'
          'Кому: Нуриева Алсу\n'
          'Тема: 94052 замечания технадзора к проекту\n\n'
          'Замечания к проекту модернизации 94-052-ЭМ:\n'
          '1. Не указан тип УБП.\n2. Нет схемы подключения диспетчерской связи к ОДС.\n'
          '3. Сечение питающего кабеля занижено.\n4. —\n5. Отсутствует спецификация на вызывные посты.\n',
          cs='utf-8'),
  R('answers to remarks about the project; п.2/п.3/п.5 are remark numbers, no status'),
  cc=[KOLESNIKOV])

L(dt(17, 16, 30), DANIYAR, 'yandex', '94052',
  plain('94052 по второй закончили, станцию УЛ смонтировали, пусконаладку сделали, лифт пущен. '
        'уехали в 16:20\n\n' + SIG_YA, cte='quoted-printable'),
  D('94052', ['2'], LEFT, 'bare number subject; "по второй ... уехали"'))

# ======================================================================
# 94108  пр. Победы 46 к.2, новостройка
# ======================================================================
L(dt(4, 9, 10), RINAT, 'outlook_mobile', 'RE: 94108 пр. Победы 46 к.2',
  plain('Добрый день. Заявку получили, в работу приняли.\n'
        'Монтаж 3 лифтов ЩЛЗ г/п 1000 кг начнём после передачи шахт генподрядчиком по акту — '
        'по их графику не раньше 20.11.\n\nГабдуллин Р.\n\nПолучено с помощью Outlook для Android',
        cte='8bit'),
  D('94108', [], ACC, '"3 лифтов" and "1000 кг" are not positions'), reply=True)

L(dt(27, 10, 30), RINAT, 'outlook', '94108 пр. Победы 46 к.2 — начало монтажа',
  outlook('Добрый день.\n\nГенподрядчик 26.11 передал шахты поз.1 и поз.3 по акту (поз.2 не готова — '
          'в шахте не разобраны леса). Бригады Сафина и Гарипова на объекте с 27.11 8:00, по поз.1 и поз.3 '
          'идёт разметка и монтаж кронштейнов направляющих.\n\nГабдуллин Р.Р.'),
  D('94108', ['1', '3'], ONS, 'crews on site at поз.1 and поз.3; поз.2 not ready (nothing reported)'),
  subj_cs='windows-1251')

# ======================================================================
# 94133  Гвардейская 33, аварийная остановка
# ======================================================================
L(dt(9, 8, 31), RINAT, 'outlook', 'RE: АВАРИЯ! Гвардейская 33 - лифт стоит, заявка 94133',
  outlook('Принято. Аварийная бригада (Хасанов А.) выехала в 08:25 с базы на Журналистов, '
          'Газель В 512 ТО 116. Ориентировочно на месте к 9:00.\n\nГабдуллин Р.Р.\n\n'
          '-----Original Message-----\n'
          'From: Диспетчерская <dispatch@zakazchik-omis.ru>\n'
          'Sent: Monday, November 9, 2026 7:52 AM\n'
          'To: r.gabdullin@liftmontazh-kzn.ru\n'
          'Subject: АВАРИЯ! Гвардейская 33 - лифт стоит, заявка 94133\n\n'
          'Ринат Рашитович, Гвардейская 33, подъезд 2, лифт остановился между этажами, со слов жильцов в кабине '
          'никого. Заявка 94133. Просим выехать срочно.\nДежурный диспетчер Мухаметова Г.\n', cs='utf-8'),
  D('94133', [], WAY, 'accepted and crew left base: latest = on the way; car plate is noise'), reply=True)

L(dt(9, 9, 5), AIRAT, 'thebat', 'Гвардейская 33 (94133)',
  plain('Прибытие 09:00. Лифт стоит между 5 и 6 эт., людей нет, кабину закрыли. Смотрю.\n\n' + SIG_AIRAT,
        cs='koi8-r'),
  D('94133', [], ONS, 'noun "Прибытие"; number in brackets after address; KOI8-R'), subj_cs='koi8-r')

L(dt(9, 11, 47), AIRAT, 'thebat', 'Re: Гвардейская 33 (94133)',
  plain('Здравствуйте, Диспетчерская.\n\nВы писали 9 ноября 2026 г., 9:12:\n\n'
        'ДД> Принято. Айрат, держите в курсе по 94133.\n\n'
        'Причина - сгорело реле контроля фаз РКФ-М06, заменил, лифт запущен в нормальном режиме, проверил '
        'связь с диспетчерским пультом ОДС (пульт 14). Бригада освободилась.\n\n'
        '-- \nС уважением,\n Хасанов Айрат                          mailto:montazh2@liftmontazh-kzn.ru',
        cs='koi8-r', cte='8bit'),
  D('94133', [], LEFT, 'reply under The Bat! initials quote; "бригада освободилась" = left'),
  subj_cs='koi8-r', reply=True)

# ======================================================================
# 94176  Адоратского 12, оценка соответствия
# ======================================================================
L(dt(10, 13, 15), RINAT, 'outlook', '94176 Адоратского 12 — оценка соответствия',
  outlook('Сергей Петрович, добрый день.\n'
          'Заявка 94176 — принята. Оценку соответствия (полное техническое освидетельствование) по п.1 и п.2 '
          'проведём 12.11 совместно с инспектором ЭТЦ «Лифтэксперт» (договор с ЭТЦ № 318-Т от 14.01.2026).\n'
          'Прошу обеспечить доступ в машинные помещения с 8:30.\n\nГабдуллин Р.Р.', cte='base64'),
  D('94176', ['1', '2'], ACC, 'accepted, positions п.1 и п.2 named'), cc=[KOLESNIKOV],
  subj_cs='windows-1251')

L(dt(12, 8, 15), RINAT, 'outlook_mobile', '94176',
  plain('Бригада Шакирова с инспектором ЭТЦ выехала на Адоратского 12, поз. 1 и 2. '
        'Ориентировочно в 8:50 будут на месте.\nГабдуллин Р.\n\nПолучено с помощью Outlook для Android'),
  D('94176', ['1', '2'], WAY, 'travelling now; "будут на месте" is future'))

L(dt(12, 12, 40), ILNUR, 'mailru', 'адоратского',
  mailru('94176 п1 п2 замеры сделали, испытания прошли, протоколы у инспектора. уехали\n' + SIG_MAILRU),
  D('94176', ['1', '2'], LEFT, 'lowercase subject without number; body names request and п1 п2'))

# ======================================================================
# 94215  ЖК «Салават Купере», дом 5.2, монтаж 4 лифтов
# ======================================================================
L(dt(5, 10, 30), RINAT, 'outlook', 'Заявка 94215 - ЖК Салават Купере, дом 5.2',
  outlook('Добрый день!\n\nПо заявке 94215 сообщаю: взяли в работу.\n'
          'Оборудование: 4 лифта ЩЛЗ ПП-1001Л (г/п 1000 кг, 17 остановок), отгрузка с завода подтверждена на 09.11.\n'
          'Передача шахт под монтаж по акту от генподрядчика (ООО «ТатСтройИнвест») ожидается 10.11.\n\n'
          'Габдуллин Р.Р., прораб\n+7 917 263-41-08'),
  D('94215', [], ACC, '"взяли в работу"; model/house numbers are noise'), subj_cs='windows-1251')

L(dt(10, 17, 20), RINAT, 'outlook', 'ЖК Салават Купере 94215 — шахты приняли',
  outlook('Добрый вечер.\n'
          'Сегодня подписали с генподрядчиком акт передачи шахт под монтаж (акт № 12/11 от 10.11.2026) по П1 и П2.\n'
          'Оборудование завезли, разгрузка закончена к 13:00. Бригада Валиева на объекте, по П1 приступили '
          'к монтажу (разметка, кронштейны).\n'
          'П2 — заходим в четверг, П3 и П4 генподрядчик не готов, штукатурка в шахтах.\n\nГабдуллин Р.'),
  D('94215', ['1'], ONS, 'only П1 has crew on site; П2 planned, П3/П4 not ready'),
  subj_cs='windows-1251', subj_enc='Q')

L(dt(16, 12, 0), DANIYAR, 'yandex', 'обращение 94215 П2',
  plain('П2 начали с утра, мы на объекте с 8:00. Генподрядчик леса в шахте не убрал, разбирали сами до 10.\n\n'
        + SIG_YA, cte='base64'),
  D('94215', ['2'], ONS, '"обращение" + П2 in subject'))

L(dt(17, 10, 10), RINAT, 'outlook', 'Принято: Совещание по графику монтажа 94215 (ЖК Салават Купере)',
  M('alternative', [
      T('', 'plain', 'utf-8', 'quoted-printable'),
      Raw('text/calendar; charset="utf-8"; method=REPLY',
          'BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\n'
          'BEGIN:VEVENT\n'
          'ATTENDEE;PARTSTAT=ACCEPTED;CN=Габдуллин Ринат:mailto:r.gabdullin@liftmontazh-kzn.ru\n'
          'ORGANIZER;CN=Диспетчерская:mailto:dispatch@zakazchik-omis.ru\n'
          'SUMMARY;LANGUAGE=ru-RU:Принято: Совещание по графику монтажа 94215 (ЖК Салават Купере)\n'
          'DTSTART;TZID=Russian Standard Time:20261118T100000\n'
          'DTEND;TZID=Russian Standard Time:20261118T110000\n'
          'UID:040000008200E00074C5B7101A82E00800000000A0F3C1D2B7E4DA01000000000000000010000000\n'
          'LOCATION;LANGUAGE=ru-RU:ЖК Салават Купере\\, штаб строительства\n'
          'DTSTAMP:20261117T071000Z\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR',
          cte='base64', charset='utf-8')]),
  I('Outlook calendar acceptance (method=REPLY), generated by the client'),
  extra=[('Content-Class', 'urn:content-classes:calendarmessage')])

L(dt(20, 13, 0), DANIYAR, 'yandex', 'Fwd: 94215 П1 готов',
  plain('Диспетчеру для сведения\n\n'
        '-------- Пересылаемое сообщение --------\n'
        '20.11.2026, 12:55, "Данияр Валиев" <daniyar.valiev93@yandex.ru>:\n'
        'Кому: Ринат Габдуллин <r.gabdullin@liftmontazh-kzn.ru>\n'
        'Тема: 94215 П1 готов\n\n'
        'Ринат абый, по 94215 П1 монтаж закончили, ПНР сделали, лифт обкатан, готов к ЭТЦ. С П1 снялись, '
        'инструмент перевезли на П2.\n\n'
        '-------- Конец пересылаемого сообщения --------\n', cte='base64'),
  D('94215', ['1'], LEFT, 'Yandex forward of own message; "с П1 снялись" = left'))

L(dt(20, 16, 0), DANIYAR, 'yandex', '94215 П3',
  yandex_html('Ринат абый, диспетчер — генподряд П3 когда отдаст? нам 23го заходить или нет? '
              'Кран нужен будет\n\n' + SIG_YA),
  R('question about when shaft П3 is handed over'))

L(dt(25, 9, 30), ALSU, 'outlook', 'FW: П3 Салават Купере',
  M('mixed', [
      outlook('Добрый день.\nПересылаю сообщение монтажника Валиева Д. по заявке 94215, для сведения.\n\n'
              + SIG_ALSU, cs='utf-8'),
      RFC822(build([
          ('From', addr(*DANIYAR)),
          ('To', addr(*ALSU) + ', ' + addr(*RINAT)),
          ('Subject', enc_header('П3 Салават Купере')),
          ('Date', date_hdr(dt(25, 8, 20, 11))),
          ('Message-ID', '<2209131764048011@mail.yandex.ru>')],
          plain('Алсу апа, П3 зашли сегодня, шахту генподряд отдал, мы на месте с 8. '
                'Акт передачи подписал их мастер Сабиров.\n\n' + SIG_YA, cte='base64')),
          extra=[('Content-Disposition', 'attachment; filename="P3.eml"')])]),
  D('94215', ['3'], ONS, 'forward as attached message/rfc822; request number in the forwarder\'s text'),
  subj_cs='utf-8')

L(dt(26, 15, 0), DANIYAR, 'yandex', 'Re: 94215 П4',
  plain('П4 ещё не выехали, ждём кран, генподряд обещал после обеда\n\n' + SIG_YA + '\n\n'
        '26.11.2026, 14:41, "Диспетчерская" <dispatch@zakazchik-omis.ru>:\n'
        '> Данияр, по П4 выехали?\n', cte='base64'),
  R('negation: "ещё не выехали"'), reply=True)

# ======================================================================
# 94260  Баумана 19, канаты и КВШ
# ======================================================================
L(dt(12, 15, 0), RINAT, 'outlook', '94260 Баумана 19',
  outlook('Добрый день.\n'
          'По заявке 94260 (замена тяговых канатов и КВШ, лифт ПП-0411, зав. № 38217, рег. № 16-0412) — принято.\n'
          'Канаты 10,5 мм ГОСТ 2688-80 — 5 шт. по 62 м в наличии на складе, КВШ 650 мм заказана, поставка 14.11.\n'
          'Выход на объект планируем 16.11 с 8:00, лифт будет отключён на 1 день, объявление жильцам повесим.\n\n'
          'Габдуллин Р.Р.'),
  D('94260', [], ACC, 'accepted; serial/reg/GOST numbers are noise; exit planned'), subj_cs='windows-1251')

L(dt(16, 7, 30), AIRAT, 'thebat', '94260 Баумана 19 - выезд',
  plain('Выезд с базы 7:30, Газель В 512 ТО 116, канаты и КВШ загрузили. На Баумана будем около 8, '
        'если на Татарстана в пробке не встанем.\n\n' + SIG_AIRAT, cs='koi8-r'),
  D('94260', [], WAY, 'noun "Выезд с базы" + arrival estimate'), subj_cs='koi8-r', subj_enc='Q')

L(dt(16, 8, 20), AIRAT, 'thebat', 'Re: 94260 Баумана 19 - выезд',
  plain('Здравствуйте, Диспетчерская.\n\nВы писали 16 ноября 2026 г., 7:41:\n\n'
        'ДД> Принято, 94260 - в пути. Лифт УК отключила?\n\n'
        'Да, отключили. Мы на объекте с 8:05, вывешиваем кабину.\n\n' + SIG_AIRAT, cs='koi8-r'),
  D('94260', [], ONS, 'subject says выезд; body reports on site'), subj_cs='koi8-r', subj_enc='Q', reply=True)

L(dt(16, 17, 50), AIRAT, 'thebat', 'Re: 94260 Баумана 19 - выезд',
  plain('Работы закончили. Канаты заменены (5 шт.), КВШ заменена, статические испытания 150% - норма, '
        'динамические - норма. Лифт в работе, акт подписан с УК.\nС объекта снялись в 17:40.\n\n' + SIG_AIRAT,
        cs='koi8-r', cte='8bit'),
  D('94260', [], LEFT, 'old subject "выезд" overridden by body: left the site'), subj_cs='koi8-r', reply=True)

# ======================================================================
# 94302  Ямашева 71, двери шахты
# ======================================================================
L(dt(13, 9, 0), ALSU, 'none', '94302 Ямашева 71 — замена дверей шахты',
  T('<html><body style="font-family:Arial;font-size:10pt">'
    '<p>Добрый день!</p><p>По заявке № 94302 (пр. Ямашева, 71) сообщаем:</p>'
    + html_table([('1', '1', 'принята в работу', '17.11.2026'),
                  ('2', '2', 'принята в работу', '17.11.2026'),
                  ('3', '4', 'принята в работу', '18.11.2026')],
                 ('Поз.', 'Подъезд', 'Статус', 'Начало работ'))
    + '<p>Двери шахты ДШ-2 (РП-1000), 9 остановок на каждый лифт, изготовитель ООО «Лифткомплекс».</p>'
      '<p>Нуриева А.Ф.<br>инженер ПТО ООО «ЛифтМонтажСтрой»<br>+7 (843) 212-57-30 доб. 104</p>'
      '</body></html>', 'html', 'utf-8', 'quoted-printable'),
  D('94302', ['1', '2', '3'], ACC, 'HTML-only, table row per position; pos 3 is подъезд 4'))

L(dt(17, 7, 45), ILNUR, 'mailru', 'Ямашева',
  plain('заявка 94302 выехли, поз 1 и 2, двери везем с собой 18 комплектов\n' + SIG_MAILRU, cte='base64'),
  D('94302', ['1', '2'], WAY, 'typo "выехли"; "18 комплектов" is noise'))

L(dt(17, 8, 40), ILNUR, 'mailru', 'Re: Ямашева',
  mailru('приехали на Ямашева 71, по 94302 п.1 и п.2 начали демонтаж дверей. 8:35\n' + SIG_MAILRU + '\n\n\n'
         'Вторник, 17 ноября 2026, 7:50 +03:00 от Диспетчерская <dispatch@zakazchik-omis.ru>:\n'
         '>Принято.\n'),
  D('94302', ['1', '2'], ONS, 'arrival'), reply=True)

L(dt(18, 8, 10), ILNUR, 'mailru', 'Re: Ямашева',
  plain('94302 по 3й позиции выехали. п.1 и 2 вчера закрыли, всё работает\n' + SIG_MAILRU, cte='base64'),
  R('different statuses for different positions: 3 on the way, 1-2 finished (mixed #2)'), reply=True)

L(dt(18, 9, 0), ILNUR, 'mailru', '94302-3',
  plain('на мсте 8:50, 4 подъезд\n' + SIG_MAILRU, cte='base64'),
  D('94302', ['3'], ONS, 'position after dash in subject; typo "мсте"; "4 подъезд" is entrance, not position'))

L(dt(18, 18, 30), RINAT, 'outlook', 'RE: 94302 Ямашева 71 — замена дверей шахты',
  outlook('По заявке 94302, позиции 1 и 2: двери шахты смонтированы на всех 9 этажах, регулировка и проверка '
          'замков выполнены, лифты запущены. Бригада с объекта убыла 17.11 в 17:00, акт на скрытые работы '
          'передали мастеру УК.\nПо третьей — отдельно сообщат ребята.\n\nГабдуллин Р.\n\n'
          'From: Нуриева Алсу <a.nurieva@liftmontazh-kzn.ru>\nSent: Friday, November 13, 2026 9:00 AM\n'
          'To: dispatch@zakazchik-omis.ru\nSubject: 94302 Ямашева 71 — замена дверей шахты\n\n'
          'По заявке № 94302 (пр. Ямашева, 71) сообщаем: поз. 1, 2, 3 — приняты в работу.\n'),
  D('94302', ['1', '2'], LEFT, 'crew left positions 1 and 2; quote is old acceptance'),
  subj_cs='windows-1251', reply=True)

L(dt(21, 9, 30), ILNUR, 'mailru', 'Re: 94302-3',
  mailru('рәхмәт, ключ у консьержа забрали\n' + SIG_MAILRU + '\n\n\n'
         'Пятница, 20 ноября 2026, 18:12 +03:00 от Диспетчерская <dispatch@zakazchik-omis.ru>:\n'
         '>Ильнур, ключ от машинного 4-го подъезда оставили у консьержа.\n'),
  R('thanks/acknowledgement of the dispatcher\'s own message'), reply=True)

L(dt(21, 15, 20), ILNUR, 'mailru', 'Ямашева 71 (94302) п.3',
  plain('Двери смонтировали, лифт работает. объект сдали мастеру УК, уехали 15:10\n' + SIG_MAILRU,
        cte='quoted-printable'),
  D('94302', ['3'], LEFT, 'number in brackets after address, п.3 in subject'))

# ======================================================================
# 94348  Фучика 90, замена лебёдок
# ======================================================================
L(dt(16, 9, 40), RINAT, 'outlook', 'Re: Заявка 94348 (Фучика 90) замена лебедок',
  outlook('Добрый день, приняли.\n'
          'Лебёдки ЛЭМ-01 левого исполнения по обоим лифтам заказали у поставщика (счёт № 1125 от 16.11.2026), '
          'срок поставки 5 рабочих дней. Монтаж начнём после поставки, о выезде сообщим.\n\n' + SIG_RINAT),
  D('94348', [], ACC, '"приняли"; invoice number is noise'), subj_cs='windows-1251', reply=True)

L(dt(23, 8, 10), RINAT, 'outlook', 'FW: 94348 Фучика',
  outlook('Для сведения.\n\nГабдуллин Р.\n\n'
          '-----Original Message-----\n'
          'From: Данияр Валиев <daniyar.valiev93@yandex.ru>\n'
          'Sent: Monday, November 23, 2026 7:58 AM\n'
          'To: Габдуллин Ринат <r.gabdullin@liftmontazh-kzn.ru>\n'
          'Subject: 94348 Фучика\n\n'
          'Ринат абый, лебедку получили на складе, выехали на Фучика 90, поз.1. Манипулятор заказан на 9:30\n'),
  D('94348', ['1'], WAY, 'Outlook forward of installer message: on the way to поз.1'),
  subj_cs='windows-1251')

L(dt(23, 9, 25), DANIYAR, 'yandex', '94348 (1)',
  plain('Прибыли 9:20. Манипулятор Т 318 ОК 116 подъехал, поднимаем лебедку в машинное.\n\n' + SIG_YA,
        cte='base64'),
  D('94348', ['1'], ONS, 'position in brackets in subject; car plate is noise'))

L(dt(24, 17, 30), DANIYAR, 'yandex', 'Re: 94348 (1)',
  plain('24.11.2026, 08:40, "Диспетчерская" <dispatch@zakazchik-omis.ru>:\n'
        '> Данияр, добрый день. Сообщите, пожалуйста, когда закончите по поз.1.\n\n'
        'П1 готово. Лебёдка работает, шум в норме, испытания провели, лифт запустили. Уехали в 17:15. '
        'По П2 — в четверг.\n\n' + SIG_YA, cte='base64'),
  D('94348', ['1'], LEFT, 'reply written under the quote; П2 only planned'), reply=True)

L(dt(26, 8, 45), DANIYAR, 'yandex', 'наряд 94348 П2',
  plain('по наряду 94348 выехали на Фучика, П2. лебёдку забрали со склада\n\n' + SIG_YA, cte='base64'),
  D('94348', ['2'], WAY, '"наряд"; travelling'))

L(dt(26, 10, 5), DANIYAR, 'yandex', 'Re: наряд 94348 П2',
  yandex_html('Прибыли нa объект 9:40, П2 нaчали\n\n' + SIG_YA),
  D('94348', ['2'], ONS, 'Latin "a" inside Cyrillic words; HTML-only'), reply=True)

L(dt(26, 12, 30), RINAT, 'outlook', 'Автоматический ответ: 94348 Фучика 90 поз.2',
  plain('Здравствуйте!\nЯ на объекте, почту проверяю вечером. По срочным вопросам звоните: +7 917 263-41-08.\n'
        'Габдуллин Р.', cs='windows-1251'),
  I('auto-reply from Exchange'), subj_cs='windows-1251',
  extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])

# ======================================================================
# 94391  Сахарова 21, приямок
# ======================================================================
L(dt(18, 16, 30), RINAT, 'outlook', '94391 Сахарова 21 - затопление приямка',
  outlook('Заявку 94391 приняли. Откачку воды из приямка УК делает своими силами (обещали к вечеру), '
          'наш электромеханик выедет завтра к 9:00 на осмотр — буфер, натяжное устройство, концевые выключатели.\n'
          'Габдуллин Р.'),
  D('94391', [], ACC, 'accepted; "выедет завтра" is a plan'), subj_cs='windows-1251')

L(dt(19, 8, 5), AIRAT, 'thebat', 'Fwd: 94391 Сахарова',
  plain('Пересылаю диспетчеру.\n\n'
        'This is a forwarded message\n'
        'From: Хасанов Айрат <montazh2@liftmontazh-kzn.ru>\n'
        'To: Габдуллин Ринат <r.gabdullin@liftmontazh-kzn.ru>\n'
        'Date: Thursday, November 19, 2026, 8:02:15 AM\n'
        'Subject: 94391 Сахарова\n\n'
        '===8<==============Original message text===============\n'
        'Ринат абый, еду на Сахарова 21 по 94391, стою в пробке на Ершова, минут 20.\n'
        '===8<===========End of original message text===========\n\n' + SIG_AIRAT, cs='koi8-r'),
  D('94391', [], WAY, 'The Bat! forward of own message: driving to site'), subj_cs='koi8-r')

L(dt(19, 9, 10), AIRAT, 'thebat', 'Сахарова 21 [94391]',
  plain('На месте с 8:30. Приямок сухой, УК откачала. Под замену: буфер кабины, концевой выключатель ВНП, '
        'натяжное устройство ограничителя скорости. Запчасти в машине есть, жду электрика УК на отключение '
        'вводного.\n\n' + SIG_AIRAT, cs='koi8-r'),
  D('94391', [], ONS, 'number in square brackets after address'), subj_cs='koi8-r')

L(dt(19, 17, 45), AIRAT, 'thebat', 'Re: Сахарова 21 [94391]',
  plain('Здравствуйте, Гульнара.\n\nВы писали 19 ноября 2026 г., 15:10:\n\n'
        'ГМ> Айрат, что по Сахарова? Лифт запустили?\n\n'
        'Да. Электрик УК приехал в 14:30, отключили, заменил буфер, концевик ВНП и натяжное ОС. '
        'Лифт проверен, рaботает, yбыл 17:35.\n\n' + SIG_AIRAT, cs='koi8-r'),
  D('94391', [], LEFT, 'Latin a/y inside "рaботает", "yбыл"; initials quote'), subj_cs='koi8-r', reply=True)

# ======================================================================
# 94427  Хади Такташа 105, модернизация
# ======================================================================
L(dt(19, 10, 40), RINAT, 'outlook', '94427 Хади Такташа 105 — модернизация 3 лифтов',
  outlook('Добрый день.\n'
          'Заявку 94427 взяли в работу. Модернизация трёх лифтов (ЛП-0610, 1989 г.в.) с заменой станций управления, '
          'лебёдок и дверей кабины.\n'
          'Выход на объект — 24.11, предварительно согласовали с УК «Уютный дом» (тел. 8 843 231-18-77).\n'
          'График работ направлю отдельным письмом.\n\n' + SIG_RINAT, cs='utf-8'),
  D('94427', [], ACC, 'accepted; "3 лифтов"/year/phone are noise'))

L(dt(24, 13, 0), RINAT, 'outlook', '94427 — ход работ 24.11',
  outlook('Ход работ по заявке 94427 (Х. Такташа, 105) на 24.11:\n'
          'Поз. 1 — демонтаж станции управления — бригада на месте с 9:00\n'
          'Поз. 2 — демонтаж станции управления — бригада на месте с 9:00\n'
          'Поз. 3 — не начинали, начало 01.12\n\nГабдуллин Р.',
          cs='utf-8',
          html_text=('<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head><body lang=RU>'
                     '<p>Ход работ по заявке 94427 (Х. Такташа, 105) на 24.11:</p>'
                     + html_table([('1', 'демонтаж станции управления', 'бригада на месте с 9:00'),
                                   ('2', 'демонтаж станции управления', 'бригада на месте с 9:00'),
                                   ('3', '—', 'не начинали, начало 01.12')],
                                  ('Поз.', 'Работы', 'Состояние'))
                     + '<p>Габдуллин Р.</p></body></html>')),
  D('94427', ['1', '2'], ONS, 'HTML table row per position; поз.3 not started'))

L(dt(25, 7, 50), RINAT, 'outlook', 'Прочитано: 94427 график работ',
  M('report', [
      T('Ваше сообщение\n\n  Кому: Габдуллин Ринат\n  Тема: 94427 график работ\n'
        '  Отправлено: 24.11.2026 18:02\n\nбыло прочитано 25.11.2026 7:50.', 'plain', 'utf-8', 'quoted-printable'),
      Raw('message/disposition-notification',
          'Reporting-UA: liftmontazh-kzn.ru; Microsoft Exchange Server 2016\n'
          'Final-Recipient: rfc822;r.gabdullin@liftmontazh-kzn.ru\n'
          'Original-Message-ID: <20261124150211.8812@zakazchik-omis.ru>\n'
          'Disposition: manual-action/MDN-sent-manually; displayed\n')],
    params={'report-type': 'disposition-notification'}),
  I('read receipt (MDN)'))

L(dt(26, 10, 0), RINAT, 'outlook', '94427 доп. работы',
  outlook('Сергей Петрович, добрый день.\n\n'
          'При демонтаже по заявке 94427 выяснилось, что двери шахты на всех трёх лифтах в неремонтопригодном '
          'состоянии (коррозия, деформация порогов). Замена дверей шахты не входит в смету по договору '
          '№ 47/26-ЛМ от 02.02.2026.\nПрошу согласовать доп. соглашение на 318 400,00 руб. с НДС, КП во вложении.\n'
          'Без замены дверей сдать лифты ЭТЦ не получится.\n\n' + SIG_RINAT_FULL),
  R('price / contract talk, no status'), cc=[KOLESNIKOV], subj_cs='windows-1251')

# ======================================================================
# 94465  Губкина 3, пусконаладка
# ======================================================================
L(dt(23, 10, 0), RINAT, 'outlook', '94465 — Губкина 3',
  outlook('Добрый день.\nПриняли к исполнению. Пусконаладка 2 лифтов после монтажа, выезд на ПНР 24.11 с утра.\n\n'
          'Габдуллин Р.', cs='utf-8', cte='quoted-printable'),
  D('94465', [], ACC, '"приняли к исполнению"; "выезд ... 24.11" is a plan'))

L(dt(24, 8, 10), ILNUR, 'mailru', 'Губкина 3 (94465) П1 П2',
  mailru('выехали на пнр, будем в 9\n' + SIG_MAILRU),
  D('94465', ['1', '2'], WAY, 'positions only in subject'))

L(dt(25, 16, 0), ILNUR, 'mailru', 'Re: Губкина 3 (94465) П1 П2',
  mailru('пнр закончили по П1 и П2, лифты работают, акт ПНР подписан. выехали с Губкина в 15:40\n' + SIG_MAILRU),
  D('94465', ['1', '2'], LEFT, '"выехали С объекта" = left (preposition matters)'), reply=True)

# ======================================================================
# misc: unknown request, bounce, newsletter, plan
# ======================================================================
L(dt(23, 12, 0), AIRAT, 'thebat', '94571 Космонавтов 39',
  plain('По заявке 94571 прибыл на Космонавтов 39, лифт стоит на 1 этаже, двери не закрываются. Работаю.\n\n'
        + SIG_AIRAT, cs='koi8-r'),
  R('request 94571 is not in the registry'), subj_cs='koi8-r')

L(dt(20, 18, 40), RINAT, 'outlook', 'План на 21.11 (сб)',
  plain('План работ на субботу 21.11:\n'
        '94017\tЧистопольская 61\tП1 электромонтаж, П2 направляющие, П3 кронштейны, П4 демонтаж (работаем до 16:00)\n'
        '94215\tСалават Купере 5.2\tП2 монтаж кабины\n'
        '94302\tЯмашева 71\tП3 двери 5-9 эт.\n\n'
        'Пропуска на субботу прошу согласовать с УК.\nГабдуллин Р.', cs='windows-1251'),
  R('plan for tomorrow, several requests'), subj_cs='windows-1251')

_orig_hdrs = ('Return-Path: <dispatch@zakazchik-omis.ru>\n'
              'From: =?utf-8?B?0JTQuNGB0L/QtdGC0YfQtdGA0YHQutCw0Y8=?= <dispatch@zakazchik-omis.ru>\n'
              'To: montazh3@liftmontazh-kzn.ru\n'
              'Subject: ' + enc_header('94017 поз.3 — прошу сообщить статус') + '\n'
              'Date: Sat, 14 Nov 2026 10:19:40 +0300\n'
              'Message-ID: <20261114071940.4471@zakazchik-omis.ru>\n')
L(dt(14, 10, 20), DAEMON, 'none', 'Undelivered Mail Returned to Sender',
  M('report', [
      Raw('text/plain; charset=us-ascii',
          'This is the mail system at host mx.liftmontazh-kzn.ru.\n\n'
          "I'm sorry to have to inform you that your message could not\n"
          'be delivered to one or more recipients. It\'s attached below.\n\n'
          'For further assistance, please send mail to postmaster.\n\n'
          'If you do so, please include this problem report. You can\n'
          'delete your own text from the attached returned message.\n\n'
          '                   The mail system\n\n'
          '<montazh3@liftmontazh-kzn.ru>: unknown user: "montazh3"\n'),
      Raw('message/delivery-status',
          'Reporting-MTA: dns; mx.liftmontazh-kzn.ru\n'
          'X-Postfix-Queue-ID: 4Nf2Kx3vQ1z9sWm\n'
          'Arrival-Date: Sat, 14 Nov 2026 10:19:41 +0300 (MSK)\n\n'
          'Final-Recipient: rfc822; montazh3@liftmontazh-kzn.ru\n'
          'Original-Recipient: rfc822;montazh3@liftmontazh-kzn.ru\n'
          'Action: failed\nStatus: 5.1.1\n'
          'Diagnostic-Code: X-Postfix; unknown user: "montazh3"\n'),
      Raw('text/rfc822-headers', _orig_hdrs)],
    params={'report-type': 'delivery-status'}),
  I('bounce; quoted original subject mentions 94017'),
  extra=[('Auto-Submitted', 'auto-replied')])

_news = ('Ноябрьские новости ЛифтМонтажСтрой\n\n'
         '• В 2026 году мы заменили и модернизировали 46 лифтов в Казани и Зеленодольске.\n'
         '• Акция для УК и ТСЖ: техническое обслуживание 3 месяца по цене 2 при заключении договора до 31.12.2026.\n'
         '• Открыли склад запчастей на ул. Тэцевская, 4 — лебёдки, КВШ, канаты, двери ДШ в наличии.\n'
         '• Бригады выезжают на аварийные заявки круглосуточно: +7 (843) 212-57-30.\n\n'
         'Вы получили это письмо, так как являетесь клиентом ООО «ЛифтМонтажСтрой».\n'
         'Отписаться: https://liftmontazh-kzn.ru/unsubscribe?id=94d1f07\n')
L(dt(19, 14, 0), NEWS, 'none', 'Новости ЛифтМонтажСтрой: итоги года и акция на ТО',
  M('alternative', [T(_news, 'plain', 'utf-8', 'base64'), T(h_simple(_news), 'html', 'utf-8', 'base64')]),
  I('marketing newsletter / bulk mail'),
  extra=[('Precedence', 'bulk'), ('List-Id', '<clients.liftmontazh-kzn.ru>'),
         ('List-Unsubscribe', '<mailto:unsubscribe@liftmontazh-kzn.ru?subject=unsubscribe>, '
                              '<https://liftmontazh-kzn.ru/unsubscribe?id=94d1f07>')],
  mid_kind='news')


# ====================================================================== build

def main():
    os.makedirs(os.path.join(OUT, 'letters'), exist_ok=True)
    for f in os.listdir(os.path.join(OUT, 'letters')):
        os.remove(os.path.join(OUT, 'letters', f))
    letters = sorted(LETTERS, key=lambda x: x['date'])
    labels = {}
    seen_ids = set()
    for i, l in enumerate(letters, 1):
        fn = '%03d.eml' % i
        cs = l['name_cs']
        hdrs = [('From', addr(l['frm'][0], l['frm'][1], cs, 'B')),
                ('To', ', '.join(addr(n, e, 'utf-8', 'B') for n, e in l['to']))]
        if l['cc']:
            hdrs.append(('Cc', ', '.join(addr(n, e, 'utf-8', 'B') for n, e in l['cc'])))
        hdrs.append(('Subject', enc_header(l['subject'], l['subj_cs'], l['subj_enc'])))
        hdrs.append(('Date', date_hdr(l['date'])))
        mid = msgid(l['mid_kind'], l['date'])
        assert mid not in seen_ids
        seen_ids.add(mid)
        hdrs.append(('Message-ID', mid))
        if l['reply']:
            ref = '<%d.%s@zakazchik-omis.ru>' % (int(l['date'].timestamp()) - 1800, fn[:3])
            hdrs += [('In-Reply-To', ref), ('References', ref)]
        hdrs += CLIENT_HDRS.get(l['client'], []) + l['extra']
        data = build(hdrs, l['body'])
        with open(os.path.join(OUT, 'letters', fn), 'wb') as f:
            f.write(data)
        labels[fn] = l['label']
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    registry = {
        'contractor': {
            'name': 'ООО «ЛифтМонтажСтрой»',
            'emails': [RINAT[1], ALSU[1], AIRAT[1], ILNUR[1], DANIYAR[1], NEWS[1], DAEMON[1]],
            'domains': ['liftmontazh-kzn.ru'],
        },
        'requests': [
            {'number': '94017', 'positions': ['1', '2', '3', '4'], 'registered_at': '2026-11-02T09:15:00+03:00',
             'comment': 'ул. Чистопольская, 61 — замена 4 лифтов (поз. = подъезды 1–4)'},
            {'number': '94052', 'positions': ['1', '2'], 'registered_at': '2026-11-03T10:40:00+03:00',
             'comment': 'ул. Декабристов, 85 — модернизация (поз.1 подъезд 1, поз.2 подъезд 3)'},
            {'number': '94108', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-04T08:30:00+03:00',
             'comment': 'пр. Победы, 46 к.2 — монтаж лифтов в новостройке'},
            {'number': '94133', 'positions': ['1'], 'registered_at': '2026-11-09T07:52:00+03:00',
             'comment': 'ул. Гвардейская, 33 — аварийная остановка лифта'},
            {'number': '94176', 'positions': ['1', '2'], 'registered_at': '2026-11-10T11:00:00+03:00',
             'comment': 'ул. Адоратского, 12 — оценка соответствия (ПТО ЭТЦ)'},
            {'number': '94215', 'positions': ['1', '2', '3', '4'], 'registered_at': '2026-11-05T09:00:00+03:00',
             'comment': 'ЖК «Салават Купере», д. 5.2 — монтаж 4 лифтов'},
            {'number': '94260', 'positions': ['1'], 'registered_at': '2026-11-12T13:20:00+03:00',
             'comment': 'ул. Баумана, 19 — замена канатов и КВШ'},
            {'number': '94302', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-13T08:10:00+03:00',
             'comment': 'пр. Ямашева, 71 — замена дверей шахты (поз.3 = подъезд 4)'},
            {'number': '94348', 'positions': ['1', '2'], 'registered_at': '2026-11-16T09:30:00+03:00',
             'comment': 'ул. Фучика, 90 — замена лебёдок'},
            {'number': '94391', 'positions': ['1'], 'registered_at': '2026-11-18T15:45:00+03:00',
             'comment': 'ул. Сахарова, 21 — ремонт после затопления приямка'},
            {'number': '94427', 'positions': ['1', '2', '3'], 'registered_at': '2026-11-19T10:00:00+03:00',
             'comment': 'ул. Хади Такташа, 105 — модернизация 3 лифтов'},
            {'number': '94465', 'positions': ['1', '2'], 'registered_at': '2026-11-23T08:00:00+03:00',
             'comment': 'ул. Академика Губкина, 3 — пусконаладка 2 лифтов'},
        ],
    }
    with open(os.path.join(OUT, 'registry.json'), 'w', encoding='utf-8') as f:
        json.dump(registry, f, ensure_ascii=False, indent=1)
    print(len(letters), 'letters')


if __name__ == '__main__':
    main()
