"""How the one decision reads letters written in ways the blind corpus may never show.

Each row is a letter as a contractor might write it, decided against a small registry:
requests 5120 (positions 1, 2, 3) and 6400 (position 1) of podryad.ru, and 7777 of another
contractor. The expectation is what a careful dispatcher records.
"""

from __future__ import annotations

import pytest

from fakes.letters import letter
from omis.mail.registry import RegistryView, RequestInfo
from omis.mail.understand import Understanding, understand_bytes

REGISTRY = RegistryView(
    {
        "5120": RequestInfo("5120", ("1", "2", "3"), "disp@podryad.ru"),
        "6400": RequestInfo("6400", ("01",), "disp@podryad.ru"),
        "7777": RequestInfo("7777", ("1",), "office@other-firm.ru"),
    }
)
ACCEPTED, EN_ROUTE, ON_SITE, LEFT = (
    "заявка принята",
    "подрядчик в пути",
    "подрядчик на месте",
    "подрядчик убыл",
)


def _decide(subject: str, body: str, sender: str = "disp@podryad.ru") -> Understanding:
    return understand_bytes(letter(subject, body, sender=sender), registry=REGISTRY)[1]


def _summary(u: Understanding) -> tuple[str | None, tuple[str, ...], str | None]:
    if not u.decided:
        return (None, (), u.automatic or u.unmatched_reason)
    return (u.request_number, tuple(sorted(u.position_numbers)), u.status)


DECIDED = [
    # request numbers written every way
    ("Re: 5120", "Выехали.", ("5120", (), EN_ROUTE)),
    # a reply in an old thread: the request the new text names, not the thread's
    ("Re: Re: Fw: заявка 1032", "Заявку 5120 принял, завтра посмотрю.", ("5120", (), ACCEPTED)),
    ("Re: заявка 6400", "По 5120 п.2 приехал, работаю.", ("5120", ("2",), ON_SITE)),
    ("5120 поз 3", "на месте", ("5120", ("3",), ON_SITE)),
    ("5120-2", "Закончили, уехали.", ("5120", ("2",), LEFT)),
    ("5120 (2)", "прибыли", ("5120", ("2",), ON_SITE)),
    # an old «Re:» subject's position, unless the new text says which part it reports
    ("Re: 5120 (1)", "закончили, уехали", ("5120", ("1",), LEFT)),
    ("Re: 5120 (1)", "по второму подъезду всё, панель стоит", ("5120", ("2",), LEFT)),
    ("5120/1", "выдвигаемся", ("5120", ("1",), EN_ROUTE)),
    ("5120-2,3", "на месте", ("5120", ("2", "3"), ON_SITE)),
    ("Отчёт", "Едем на Ленина 5 (5120), минут через 20 будем.", ("5120", (), EN_ROUTE)),
    ("Отчёт", "Звоните 8 (495) 512-04-33. По 5120 выехали.", ("5120", (), EN_ROUTE)),
    ("Отчёт", "ИНН 7705120345. Наряд 5120: бригада на объекте.", ("5120", (), ON_SITE)),
    (
        "Re: вопрос",
        "На месте.\n\nОт: Диспетчер\nОтправлено: 20 ноября 2026 г. 9:00\nКому: нам\nТема: Заявка 5120\n\nКогда будете?",
        ("5120", (), ON_SITE),
    ),
    ("Сводка", "По 5120 выехали, 7777 тоже в плане.", ("5120", (), EN_ROUTE)),
    ("Заявка №6400, п.1", "Работы завершены.", ("6400", ("01",), LEFT)),
    # statuses in every form, tense and register
    ("5120", "Бригада прибыла на объект в 10:05.", ("5120", (), ON_SITE)),
    ("5120", "Мастер подъехал, смотрит щит.", ("5120", (), ON_SITE)),
    ("5120", "Работы выполнены в полном объёме, бригада убыла.", ("5120", (), LEFT)),
    ("5120", "Всё сделали, уезжаем.", ("5120", (), LEFT)),
    # (the letters are written at 06:00: a time still to come would announce, not report)
    ("5120", "Выезд бригады в 05:15.", ("5120", (), EN_ROUTE)),
    ("5120", "Прибытие 05:20.", ("5120", (), ON_SITE)),
    ("5120", "Убытие 05:40.", ("5120", (), LEFT)),
    ("5120", "Выехали с объекта в 16:00.", ("5120", (), LEFT)),
    ("5120", "Выехали с базы на объект.", ("5120", (), EN_ROUTE)),
    ("5120", "Уехали на другой объект.", ("5120", (), LEFT)),
    ("5120", "ВЫЕХАЛИ", ("5120", (), EN_ROUTE)),
    ("5120", "Нa мecте", ("5120", (), ON_SITE)),
    ("5120", "Прибыли в 9:10, закончили в 12:30, уехали.", ("5120", (), LEFT)),
    ("5120", "Будем на месте через 15 минут.", ("5120", (), EN_ROUTE)),
    ("5120", "Готово.", ("5120", (), LEFT)),
    ("5120", "Заявку приняли в работу.", ("5120", (), ACCEPTED)),
    ("5120", "Принято, выезд согласуем с охраной.", ("5120", (), ACCEPTED)),
    ("5120", "Выехлаи, будем скоро.", ("5120", (), EN_ROUTE)),
    ("5120", "Кабель заменили, всё работает, вибрации нет.", ("5120", (), LEFT)),
    ("5120", "Бригада освободилась в 17:00.", ("5120", (), LEFT)),
    ("5120", "Работы по заявке начаты.", ("5120", (), ON_SITE)),
    ("5120", "Специалист направлен, будет к 11:00.", ("5120", (), EN_ROUTE)),
    ("5120", "Покинули объект в 14:00.", ("5120", (), LEFT)),
    ("5120 выехали", "", ("5120", (), EN_ROUTE)),
    # positions
    ("5120", "По второй позиции выехали.", ("5120", ("2",), EN_ROUTE)),
    # a list of ordinals ends where one repeats after a comma: a new clause starts
    (
        "5120",
        "На месте по второй и третьей, третья рядом оказалась.",
        ("5120", ("2", "3"), ON_SITE),
    ),
    ("5120", "По 3-й позиции работы завершены.", ("5120", ("3",), LEFT)),
    # an ordinal with an adjective is a name («3-я Продольная»: a street), no position
    ("5120", "едем, пробка на 3-й продольной минут 20 ещё", ("5120", (), EN_ROUTE)),
    ("5120", "на 3-й готово, уехали", ("5120", ("3",), LEFT)),
    ("5120", "п.1 и п.2 на месте", ("5120", ("1", "2"), ON_SITE)),
    ("5120", "поз2 готово", ("5120", ("2",), LEFT)),
    # «всё» closes its own line, not a chat's stamp before it
    (
        "5120",
        "Калинин, [13.11.2026 10:05]\nп1 закончили\n\nПашков, [13.11.2026 10:31]\nпо п2 всё, машина свободна",
        ("5120", ("1", "2"), LEFT),
    ),
    ("5120", "По позициям 1-3 работы ведутся.", ("5120", ("1", "2", "3"), ON_SITE)),
    ("5120", "Подъезжаем к объекту.", ("5120", (), EN_ROUTE)),
    (
        "5120",
        "Поз.\tПрибытие\tУбытие\n1\t09:10\t11:00\n3\t11:20\t13:05",
        ("5120", ("1", "3"), LEFT),
    ),
    (
        "5120 поз. 1",
        "По первой позиции закончили, уехали. По второй выезд завтра.",
        ("5120", ("1",), LEFT),
    ),
    # quotes and forwards
    ("Re: 5120", "Прибыли.\n\n> Бригада выехала?\n> Диспетчер", ("5120", (), ON_SITE)),
    (
        "RE: 5120 выезд",
        "Работы завершены, уехали.\n\nОт: Мы\nОтправлено: 20.11.2026\nКому: Вам\nТема: 5120 выезд\n\nВыехали.",
        ("5120", (), LEFT),
    ),
    (
        "Fwd: 5120",
        "FYI\n\n---------- Forwarded message ---------\nFrom: Мастер <m@podryad.ru>\nSubject: объект\n\nЗакончили, уехали.",
        ("5120", (), LEFT),
    ),
    (
        "Re: 5120",
        "Иван Петрович писал(а) 20.11.2026 в 9:00:\n> Бригада на месте?\n\nДа, на месте с 9:40.",
        ("5120", (), ON_SITE),
    ),
    # the way back is leaving; where from may be said before the verb
    ("5120", "Торцевое поменяли, течи нет. Освободились, едем на базу", ("5120", (), LEFT)),
    ("5120", "2 и 3 позиция — всё, девочки поехали домой отдыхать", ("5120", ("2", "3"), LEFT)),
    ("5120", "Со Ставропольской выехали, сплит работает.", ("5120", (), LEFT)),
    (
        "5120",
        "Кровельщик с подсобным рабочим убыл к месту проведения работ в 05:30.",
        ("5120", (), EN_ROUTE),
    ),
    ("5120", "Людей освободили в 02:08, разбираюсь с приводом дверей", ("5120", (), ON_SITE)),
    # «на 33ю» is a school by its number, «14 п.м.» running metres: no positions
    ("5120 поз 2", "выдвигаемся на 33ю. минут 30 будем", ("5120", ("2",), EN_ROUTE)),
    ("5120", "В работу приняли. Примыкание к вентшахте 14 п.м.", ("5120", (), ACCEPTED)),
    # one sentence, several positions: each part of it is about its own positions
    ("5120", "п2 сделано, п3 завтра доделаем", ("5120", ("2",), LEFT)),
    ("5120 п1", "БРИГАДА УБЫЛА 16-20. ПОЗ.2 — ЗАВТРА.", ("5120", ("1",), LEFT)),
    ("5120", "Приняли. По п1 выезд завтра с утра", ("5120", (), ACCEPTED)),
    (
        "5120",
        "Вытяжку (поз.2) смотреть завтра.\nПо поз. 1 всё заменили.\nС объекта уехали 12:25.",
        ("5120", ("1",), LEFT),
    ),
    (
        "5120",
        "Прибыли и работаем в кабинетах 301 и 305 (позиции первая и вторая).",
        ("5120", ("1", "2"), ON_SITE),
    ),
    ("5120", "По позиции номер три (3) работы выполнены, покинули объект.", ("5120", ("3",), LEFT)),
    ("5120", "по 3й позиции доделали, уехали", ("5120", ("3",), LEFT)),
    # direction, initials and nouns that are not what they look like
    (
        "5120",
        "Мастер Гусев В.П. в 9:30 убыл на адрес, будет через 20 минут.",
        ("5120", (), EN_ROUTE),
    ),
    (
        "5120",
        "Заявку приняли, выезд бригады Галкина А. планируем на понедельник.",
        ("5120", (), ACCEPTED),
    ),
    (
        "Заявка 5120",
        "Принята, выполняем по графику, начало сегодня во 2-ю смену.",
        ("5120", (), ACCEPTED),
    ),
    (
        "Заявка 5120",
        "Принята, наш директор всё это время находился на объектах.",
        ("5120", (), ACCEPTED),
    ),
    (
        "5120",
        "Заявку приняли, сотрудники будут направлены третьего ноября.",
        ("5120", (), ACCEPTED),
    ),
    # Russian typed in Latin letters, and telegraph style
    ("5120", "vyehali, budem cherez 40 min", ("5120", (), EN_ROUTE)),
    ("5120 p1 p2", "na meste", ("5120", ("1", "2"), ON_SITE)),
    ("Re: 5120", "ZAKONCHILI, UEHALI", ("5120", (), LEFT)),
    ("ЗАЯВ 5120", "ПОЗ 1 - УБ. 1540, ВЫПОЛН. 11 М2", ("5120", ("1",), LEFT)),
    (
        "ЗАЯВ. 5120",
        "ЗАЯВ.\tПОЗ.\tПРИБ.\n5120\t2\t0920\n5120\t3\t0925",
        ("5120", ("2", "3"), ON_SITE),
    ),
    ("5120", "Нач. участка Петров. Заявку приняли.", ("5120", (), ACCEPTED)),
    # lists, look-alike letters, units and emoji
    ("5120", "Заявка 5120 пoз. 2 — ТO завершенo, убыл 16:50.", ("5120", ("2",), LEFT)),
    ("5120", "ЩАО и ЩО-3 (поз 2,3) — всё сделано, убыли в 16:45.", ("5120", ("2", "3"), LEFT)),
    ("5120", "Автомат ВА47-100 3P 63А заменили, уехали.", ("5120", (), LEFT)),
    (
        "5120-2 готово",
        "5120-2 закончили, уехали 👍 Поз 1 — по графику в пятницу.",
        ("5120", ("2",), LEFT),
    ),
    # plans written as a timetable or a date
    ("5120", "ПРИНЯЛ. МТЗ-82 С ОТВАЛОМ ВЫЕЗЖАЕТ В 0715", ("5120", (), ACCEPTED)),
    ("5120", "Взяли в работу. Выезд инженера — 10.11.", ("5120", (), ACCEPTED)),
    ("5120", "ПРИНЯЛИ. ВЫЕЗД 27.11 С УТРА", ("5120", (), ACCEPTED)),
    ("5120", "Выехал на объект, на месте буду около 9.", ("5120", (), EN_ROUTE)),
    # a schedule of trips is a plan; a departure «через час» is still to come
    ("5120", "Заявку приняли. График выездов:\n1\tЛенина, 5\t12.11", ("5120", (), ACCEPTED)),
    ("5120", "Принято. Выезды распределим по бригадам.", ("5120", (), ACCEPTED)),
    ("5120", "Принял, выезжаем через час.", ("5120", (), ACCEPTED)),
    (
        "5120",
        "Принял, выезжаем минут через 15: заканчиваем на другом адресе.",
        ("5120", (), ACCEPTED),
    ),
    ("5120", "Приняли, уже едем, будем через час.", ("5120", (), EN_ROUTE)),
    # words typed on a Latin layout in capitals
    ("5120", "Бригада HA MECTE.", ("5120", (), ON_SITE)),
    ("HA MECTE 5120", "", ("5120", (), ON_SITE)),
    # a table's position cell with a description
    (
        "Заявка 5120",
        "Поз.\tПрибытие\tУбытие\n2 (щитовая, подвал)\t09:10\t12:40\n3 – кровля\t—\t—",
        ("5120", ("2",), LEFT),
    ),
    # a text table whose columns are lined up with spaces, not tabs
    (
        "Заявка 5120",
        "Сводка на утро:\n\n№ поз   Участок          Что сейчас\n"
        "1       насосная         бригада на месте\n"
        "2       котельная        бригада на месте\n"
        "3       узел учёта       начнём в пятницу\n",
        ("5120", ("1", "2"), ON_SITE),
    ),
    # a sentence that opens with the positions' bare numbers
    ("Re: 5120", "2 готово, уехали. По первой — завтра.", ("5120", ("2",), LEFT)),
    (
        "Re: 5120",
        "1 и 3 (Ленина 4, Мира 8) доделали, бригада свободна.",
        ("5120", ("1", "3"), LEFT),
    ),
    ("Re: 5120", "2 бригады выехали", ("5120", (), EN_ROUTE)),
    ("Re: 5120", "3 часа работали, уехали", ("5120", (), LEFT)),
    # going for lunch is leaving; waiting on site is being there
    ("5120", "всё скошено, поехали на обед", ("5120", (), LEFT)),
    ("5120", "на месте ждём энергетиков без отключения не полезем", ("5120", (), ON_SITE)),
    # transliterated letters, short words included; checks and tests done are results
    ("5120", "poz 1 i 3 gotovo, ubyli", ("5120", ("1", "3"), LEFT)),
    ("5120", "3-ya poz: vse, uezzhaem", ("5120", ("3",), LEFT)),
    ("5120", "prinyal, uzhe edu", ("5120", (), EN_ROUTE)),
    ("5120", "По поз. 2 испытали оба насоса, замечаний нет.", ("5120", ("2",), LEFT)),
    # an ordinal hint counts only where something is reported
    (
        "5120",
        "Заявку приняли. Просим убрать машины от 1-го и 3-го подъездов.",
        ("5120", (), ACCEPTED),
    ),
    ("5120", "Во 2-м подъезде всё сделали, уехали.", ("5120", ("2",), LEFT)),
    # a typo whose readings share one word; a noun of acceptance; a document's own date
    ("Re: 5120", "прибли п1 п2", ("5120", ("1", "2"), ON_SITE)),
    (
        "5120",
        "Уведомляем о принятии к исполнению заявки № 5120 от 10.11.2026.",
        ("5120", (), ACCEPTED),
    ),
    # an SMS gateway's stamp is no acceptance; today's name is no plan
    (
        "",
        "Принято шлюзом: 07.11.2026 08:00:05 МСК\n5120 поз 3 на месте суббота народ дома",
        ("5120", ("3",), ON_SITE),
    ),
    # «с утра» is since when, not from where
    ("5120", "выехали с утра пораньше", ("5120", (), EN_ROUTE)),
    # «все 3 поз» counts them all; a position «готова» is done, a crew «готова к выезду» not
    ("5120", "бассейн, в пути все 3 поз", ("5120", (), EN_ROUTE)),
    ("5120", "поз 3 готова, уехали", ("5120", ("3",), LEFT)),
    ("5120", "п2 и п3 готовы", ("5120", ("2", "3"), LEFT)),
    # accepted into work, with thanks; a house number after the request's is no request
    ("5120", "Получили, берём в работу, спасибо!", ("5120", (), ACCEPTED)),
    ("Заявка 5120 Текучёва 139 - засор", "Заявку приняли.", ("5120", (), ACCEPTED)),
    # «всё» closing a clause about a position: that position is done
    ("5120", "по 2 позиции всё — щиток запитали", ("5120", ("2",), LEFT)),
    ("5120", "по п1 всё. п3 завтра", ("5120", ("1",), LEFT)),
    # «всё» after the position itself, over a dash or an abbreviation's period
    ("5120", "п.1 и п.3 всё. мусор вынесли", ("5120", ("1", "3"), LEFT)),
    ("5120", "Поз 2 котельная — всё, воду дали", ("5120", ("2",), LEFT)),
    ("5120", "поз 2 - всё, поз 3 в понедельник", ("5120", ("2",), LEFT)),
    # «убываем»: the crew is leaving now
    ("5120", "всё подключили, убываем", ("5120", (), LEFT)),
    # a position number wrapped onto the next line stays with its word
    ("5120", "в подвале (поз.\n2) закончили, бригада ушла", ("5120", ("2",), LEFT)),
    # an old «Re:» subject may be corrected by the text; a unit's name in brackets is no position
    ("Re: 5120 п7", "опечатка, п2 конечно. мы на месте", ("5120", ("2",), ON_SITE)),
    ("Заявка 5120 поз. 2 (П4)", "бригада выехала на объект", ("5120", ("2",), EN_ROUTE)),
    # a bare «берём» takes the request
    ("5120", "ок берём 👌", ("5120", (), ACCEPTED)),
    (
        "Re: Заявка 5120",
        "Заявку получили, берём конечно 😊 Бригада завтра с утра будет",
        ("5120", (), ACCEPTED),
    ),
    # a request is accepted as a whole: positions named beside it are the plan or the kit
    (
        "Заявка 5120",
        "Заявку приняли. П1 — срочно, бригада после обеда; П2 и П3 — в четверг.",
        ("5120", (), ACCEPTED),
    ),
    ("5120", "Взяли в работу, щит ЩР-2 посмотрим завтра.", ("5120", (), ACCEPTED)),
    ("5120", "Позицию 02 взяли в работу.", ("5120", (), ACCEPTED)),
    ("5120", "Позицию 02 закончили.", ("5120", ("2",), LEFT)),
    # «на точке» is the crew's place of work; «точка доступа» is a device
    ("5120 п2", "ребята на точке, охрана пропустила", ("5120", ("2",), ON_SITE)),
    (
        "5120",
        "на точке доступа в коридоре перезагрузили, поменяли блок питания",
        ("5120", (), LEFT),
    ),
    # packing up is leaving
    ("5120", "щиток собрали, всё проверили. сворачиваемся", ("5120", (), LEFT)),
    ("5120 п3", "доделали, свернулись, едем на базу", ("5120", ("3",), LEFT)),
    # waiting or asking about another position is no work on it
    ("5120", "п1 готово. по п2 сейчас ждём запчасть", ("5120", ("1",), LEFT)),
    ("5120", "п1 готово. по п2 уточняем у управляющей компании", ("5120", ("1",), LEFT)),
    ("5120", "п1 закончили, п2 завтра делаем", ("5120", ("1",), LEFT)),
    # «на месте» right after work done to something is where it was done, not the crew
    ("5120 поз.1", "Готово, 18 шт перезарядили на месте. Уехали", ("5120", ("1",), LEFT)),
    ("5120", "Работы завершены, бригады убыли.\nСнег сложен на территории.", ("5120", (), LEFT)),
    # someone else at the place is not the crew
    (
        "5120",
        "Приняли в 02:12, ребёнок в кабине, мама на площадке. Мастер уже едет.",
        ("5120", (), EN_ROUTE),
    ),
    # a departure named beside the acceptance, in its sentence, is the schedule
    ("Re: 5120", "Приняли, исполнитель бригада №5, выезд до обеда.", ("5120", (), ACCEPTED)),
    # the crew's work in the present with a day to come after it is a plan, not a report
    ("Re: 5120", "принято работаем с завтрашнего утра", ("5120", (), ACCEPTED)),
    (
        "5120",
        "По поз. 1 закончили. Уехали 14:05.\nПоз. 2 смотрим завтра с утра.",
        ("5120", ("1",), LEFT),
    ),
    # setting off after a finish for a place that is no position of the request is leaving;
    # a machine fixed before setting off is the crew's own
    ("5120 п3", "п3 сделали, уехали на соседний склад за кабелем", ("5120", ("3",), LEFT)),
    ("5120", "закончили, перешли на другую заявку", ("5120", (), LEFT)),
    ("5120", "Всё сделали, уехали в 16 20.", ("5120", (), LEFT)),
    # equipment going into a fault, a locked room, what will be done on the spot: no status
    ("5120", "Приняли. Котёл уходит в аварию по тяге, датчик возьмём.", ("5120", (), ACCEPTED)),
    ("5120", "Прибыли, подвал закрыт, ждём управляющего.", ("5120", (), ON_SITE)),
    ("5120", "Заявку приняли, пропуск оформим на месте.", ("5120", (), ACCEPTED)),
    ("5120", "Работы закончили, подвал закрыли, уехали.", ("5120", (), LEFT)),
    ("5120", "Наряд закрыт, бригада ушла в 17:10.", ("5120", (), LEFT)),
    ("5120", "Бригада на месте, оформляем допуск.", ("5120", (), ON_SITE)),
    # a room, a door or a road «закрыт» is locked; a hatch or a position closed is work done
    ("5120", "Приехали, щитовая закрыта, ждём коменданта на месте.", ("5120", (), ON_SITE)),
    ("5120 п2", "Кабель уложили, люк закрыт, уехали.", ("5120", ("2",), LEFT)),
    ("5120", "Позиция 3 закрыта в 14:10.", ("5120", ("3",), LEFT)),
    ("5120", "Подвал закрыли, ключ сдали охране.", ("5120", (), LEFT)),
    # «к сведению» is noted, a request accepted is not
    ("5120", "Заявку приняли, к сведению: бригада после обеда.", ("5120", (), ACCEPTED)),
    ("5120", "Бригада с 9:00 работает на объекте.", ("5120", (), ON_SITE)),
    # «котёл уходит в аварию» is the equipment; the crew leaving now is «уходим», «бригада уходит»
    ("5120", "Котёл уходит в аварию по тяге, приняли в работу.", ("5120", (), ACCEPTED)),
    ("5120", "Всё сделали, уходим.", ("5120", (), LEFT)),
    ("5120", "Мастер уезжает с объекта, щит под напряжением.", ("5120", (), LEFT)),
    ("5120", "Бригада на месте, допуск оформили.", ("5120", (), ON_SITE)),
    ("5120", "Будем на месте через 15 минут.", ("5120", (), EN_ROUTE)),
    ("5120", "П1 закончили, Оля, перешли в бухгалтерию акт.", ("5120", ("1",), LEFT)),
    ("5120", "Переезжаем на объект, будем минут через 10.", ("5120", (), EN_ROUTE)),
    ("5120", "П2 сделали. Завтра перейдём на третий этаж.", ("5120", ("2",), LEFT)),
    ("5120", "Автовышка не завелась, едем на газели, будем через час.", ("5120", (), EN_ROUTE)),
    ("5120", "На месте, двор не чищен, ворота не открыли.", ("5120", (), ON_SITE)),
    ("5120", "Покраску не закончили, уехали в 18:00.", ("5120", (), LEFT)),
    # police or an ambulance coming and going is not the crew
    ("5120", "Мы на месте, ДПС уехали, работаем.", ("5120", (), ON_SITE)),
    ("5120", "Скорая приехала, забрали пострадавшего; бригада уехала в 15:40.", ("5120", (), LEFT)),
    ("5120", "Пожарные уже уехали, приступили к разборке щита.", ("5120", (), ON_SITE)),
    # registered by the contractor («у нас», «в нашей системе», under its own number)
    ("5120", "Заявка зарегистрирована у нас, бригаду назначим.", ("5120", (), ACCEPTED)),
    ("5120", "Обращение зарегистрировано под номером СР-118.", ("5120", (), ACCEPTED)),
    # a work permit's number is no request number
    (
        "Заявка 5120",
        "Бригада выехала в 8:05, наряд-допуск № 6400 у старшего.",
        ("5120", (), EN_ROUTE),
    ),
    # an infinitive for a finite verb, with its subject or «уже» before it: broken Russian
    ("5120", "мы приехать на объект, машину ставим", ("5120", (), ON_SITE)),
    ("5120", "бригада уже закончить, домой", ("5120", (), LEFT)),
    ("Re: 5120 п1", "п3 тоже закончить. уехали в 17:20", ("5120", ("3",), LEFT)),
    ("5120 поз 2", "школа 7 площадка сейчас выехать", ("5120", ("2",), EN_ROUTE)),
    # «в работе» said of the request (its number alone before it, or nothing) is accepted
    ("Re: 5120", "5120 — в работе. Исполнитель бригада №2.", ("5120", (), ACCEPTED)),
    ("5120", "Заявка 5120 - в работе, техника будет вечером.", ("5120", (), ACCEPTED)),
    ("5120", "В работе!! Двери посмотрим в понедельник.", ("5120", (), ACCEPTED)),
    # a number the writer calls a mistake is not a second request
    (
        "Исправление номера заявки: 5120 (ранее ошибочно 6400)",
        "Мастер ошибся в номере заявки: указан № 6400, правильный номер — 5120.\n"
        "Работы выполнены, бригада убыла в 12:25.",
        ("5120", (), LEFT),
    ),
    # a cleaning or a treatment done is a result, as a part replaced is
    ("5120", "Позиция 1 — подъезд отмыли!!! Строители такое оставили.", ("5120", ("1",), LEFT)),
    ("5120", "Проведена дезинсекция по поз. 2, обработаны плинтусы.", ("5120", ("2",), LEFT)),
    ("5120", "сквер тренажеры сейчас ехать", ("5120", (), EN_ROUTE)),
    # written under the quoted message (bottom posting): after its sender's sign-off
    (
        "RE: Заявка 5120",
        "От: Диспетчерская служба <d@zakazchik.ru>\nОтправлено: 20 ноября 2026 г. 9:00\nКому: нам\nТема: Заявка 5120\n\nПросим принять заявку и сообщить о выезде.\n\nДиспетчерская служба\n"
        "тел. 200-11-22\n\n\nПриняли, мастер назначен.\n\nС уважением, Петров",
        ("5120", (), ACCEPTED),
    ),
    # leaving a place written with its number: «с 12 корпуса» is from the site
    ("5120", "с 12 корпуса выехали, мусор весь забрали", ("5120", (), LEFT)),
    ("5120", "выехали с 9 утра, будем к обеду", ("5120", (), EN_ROUTE)),
    # listed positions, each with what it is in brackets
    ("5120", "Позиции 1 (въезд) и 3 (парковка у склада) сделаны.", ("5120", ("1", "3"), LEFT)),
    # the work done, a photo taken of it
    ("5120", "Покраску сделали, фото сделали, уехали.", ("5120", (), LEFT)),
    # the hour right after «будем» is an arrival under way
    ("5120", "стоим в пробке на МКАД, будем 10:15", ("5120", (), EN_ROUTE)),
    # what is said of a position runs past its commas: a put-off there leaves it out
    (
        "5120",
        "П1 насос заменили. П2 — щит открыли, реле сгорело, завезу новое в среду. Уезжаем.",
        ("5120", ("1",), LEFT),
    ),
    (
        "5120",
        "п.1 — промыли. п.2 — подвал закрыт, ключей нет, не сделали. Всё, уехали.",
        ("5120", ("1",), LEFT),
    ),
    # a «нет» or an infinitive after the comma is the result, not a put-off
    ("5120", "Поз. 2 — калибровка, утечки нет. Уехали.", ("5120", ("2",), LEFT)),
    ("5120", "п3 осмотрели - всё сухо, делать нечего. Уехали.", ("5120", ("3",), LEFT)),
    # what a position is, in brackets, is no plan («узел доступа»)
    ("5120", "Поз. 2 (узел доступа). Бригада уехала.", ("5120", ("2",), LEFT)),
    # a list of what was done at each position, closed by the crew's one move: all of it
    (
        "5120",
        "Работы закончены, бригада уехала: поз. 1 — заменили реле; поз. 2 — чистка, протяжка клемм.",
        ("5120", ("1", "2"), LEFT),
    ),
    # the crew leaving after a list of positions closes the list, not only its last line
    ("5120", "п1 — замена клапана. п2 — ревизия. Уехали.", ("5120", ("1", "2"), LEFT)),
    ("5120", "Поз 1 — осмотр. Поз 3 — протяжка. Бригада убыла 18:10.", ("5120", ("1", "3"), LEFT)),
    # a date with no clock time, said of positions with no status word, is their schedule
    (
        "5120",
        "Поз. 1 и 2 — прибыли 9:00, убыли 12:40. Работы по поз. 3 — 24.11.2026. Бригада убыла.",
        ("5120", ("1", "2"), LEFT),
    ),
    # the crew sent, counted or named with its trade; an acceptance of the request's receipt
    ("5120", "Направили двух сотрудников, будут к 10.", ("5120", (), EN_ROUTE)),
    ("5120", "Подтверждаем факт получения заявки 5120.", ("5120", (), ACCEPTED)),
    # a position worked on before the finish is the finish's
    ("5120", "На п3 сейчас, ищу обрыв. Нашёл, всё сделал, уехал.", ("5120", ("3",), LEFT)),
    ("5120", "Поз. 1 сделали, уехали с Бассейной на базу.", ("5120", ("1",), LEFT)),
    ("5120", "механик Лапин на месте, смотрит щиток.", ("5120", (), ON_SITE)),
    # an acceptance is the whole request's, whatever number beside it looks like a position
    (
        "5120",
        "Заявку взяли в работу, позиции 4 и 5 посмотрим на той неделе.",
        ("5120", (), ACCEPTED),
    ),
    # what was fixed works: the things work, not the crew; «поменял на» is no way to a place
    ("5120", "Панель поменял на Vizit, трубки звонят, ключи старые работают.", ("5120", (), LEFT)),
    ("5120", "Насосы работают, уехали.", ("5120", (), LEFT)),
    ("5120", "Монтажники работают на крыше.", ("5120", (), ON_SITE)),
    ("5120", "Мастер убыл на адрес.", ("5120", (), EN_ROUTE)),
    # «отбыли», «отбытие»: the bureaucratic words for leaving; «отбыли на объект» is on the way
    ("5120", "Бригада отбыла с объекта.", ("5120", (), LEFT)),
    ("5120", "Отбытие бригады с объекта.", ("5120", (), LEFT)),
    ("5120", "Бригада отбыла на объект.", ("5120", (), EN_ROUTE)),
    # «как просили» is what was asked before, not a plan: the position named beside it holds
    (
        "Re: Заявка 5120",
        "Дверь по позиции 2 поставили вчера, как просили. Коробку поменяли. Ушли.",
        ("5120", ("2",), LEFT),
    ),
    # English that staff drop into Russian letters
    ("5120", "on the way на Ленина, ETA 20 min", ("5120", (), EN_ROUTE)),
    ("RE: #5120", "leaving for Ленина now 🚗", ("5120", (), EN_ROUTE)),
    ("Re: 5120", "ON SITE с 9:10", ("5120", (), ON_SITE)),
    ("5120", "всё проверили, all good, leaving 👋", ("5120", (), LEFT)),
    ("5120", "visit completed, engineer left the site at 05:20.", ("5120", (), LEFT)),
    ("RE: #5120", "Request accepted, engineer — Семёнов А.В.", ("5120", (), ACCEPTED)),
    # a car's plate, roubles and a number before «П1» are no positions
    (
        "наряд 5120",
        "По наряду 5120 буду через 20 минут. Пропуск на машину Р 415 ТМ 116 заказан?",
        ("5120", (), EN_ROUTE),
    ),
    (
        "5120",
        "поз 1 и поз 2 двери отрегулировал, личинку поменял (цилиндр свой, 450 р). Уехал.",
        ("5120", ("1", "2"), LEFT),
    ),
    ("Садик 112 П1 П2", "5120 цоколь П1 и П2 доделали, снялись", ("5120", ("1", "2"), LEFT)),
    ("5120", "поз1 поверка закончена ушёл с тп в 14 30 поз2 завтра", ("5120", ("1",), LEFT)),
    ("5120 3 п", "на месте", ("5120", ("3",), ON_SITE)),
    ("5120", "Приехали, завхоз открыл подвал.", ("5120", (), ON_SITE)),
    # each position in its own brackets
    ("5120 (2) (3) на месте", "", ("5120", ("2", "3"), ON_SITE)),
    # going through one's mail at the office is not work on site
    (
        "RE: Заявка 5120",
        "После отпуска разбираю почту. Заявку 5120 приняли в работу, выезд 20.11.",
        ("5120", (), ACCEPTED),
    ),
]

REVIEW = [
    ("Заявка 9911", "На месте.", "unknown_request"),
    ("5120", "Планируем выезд завтра.", "no_status"),
    ("5120", "Выедем после обеда.", "no_status"),
    ("5120", "Ещё не выехали.", "no_status"),
    ("5120", "Ирина сказала в пн едем на объект.", "no_status"),
    ("5120", "Работы на территории детского сада № 4 планируются на 09.11.", "no_status"),
    ("5120", "Рекомендуем плановую замену до начала сезона.", "no_status"),
    ("5120", "Бригада выехала?", "no_status"),
    ("5120", "Спасибо, информацию получили.", "no_status"),
    ("5120", "Мы были на месте в 10, но нас не пустили.", "no_status"),
    ("Выезд", "Выехали, будем через 20 минут.", "no_request_number"),
    ("5120 и 6400", "Бригады на местах.", "ambiguous"),
    ("Fw: заявка 6400", "По 5120 бригада на месте.", "ambiguous"),  # a forward is no old thread
    ("Re: заявка 6400", "По 5120 и 6400 бригады на местах.", "ambiguous"),
    ("5120 поз. 7", "Бригада на месте.", "unknown_position"),
    ("5120", "П1 на месте.\nП2 уехали в 12:00.", "mixed_positions"),
    # a later status set aside is a reading that contradicts itself: review, not a guess
    ("5120", "По п.1 и п.2 всё восстановили, ребята работают дальше.", "doubtful"),
    ("5120", "Бригада работает на объекте, насос запустили.", "doubtful"),
    ("5120", "Газель починили, выехали на Мира 7 (поз. 2, 3).", "doubtful"),
    ("Re: 5120", "\n> Бригада выехала.\n> Диспетчер", "no_status"),
    ("5120", "Бригады на месте нет, выясняем.", "no_status"),
    ("5120", "HAM HE MECTE", "no_status"),
    ("5120", "на месте планируем быть завтра", "no_status"),
    ("5120", "по торговому залу всё, камеры висят. склад завтра", "no_status"),
    ("5120", "Выедем завтра с утра. Кабель со склада взял.", "no_status"),
    ("5120", "по оплате всё в порядке", "no_status"),
    ("5120", "Бригада готова к выезду.", "no_status"),
    ("5120", "Выезжаем завтра с утра.", "no_status"),
    ("5120", "vyezzhaem zavtra s utra", "no_status"),
    ("5120", "Шевчук выезжает на Молодогвардейцев в 13:00, после обеда.", "no_status"),
    ("5120", "Просим подтвердить принятие заявки.", "no_status"),
    (
        "5120",
        "Щит (поз. 1) настроили.\nПо поз. 2 висим на линии, я на месте жду.",
        "mixed_positions",
    ),
    ("Re: 5120 выехали", "Спасибо!", "no_status"),
    ("5120", "п2 готово, на п3 уже работаем", "mixed_positions"),
    ("5120", "По 5120: поз. 1 и 2 закончены, по поз. 3 бригада ещё работает.", "mixed_positions"),
    (
        "5120",
        "в подвале (поз. 1) уборка завершена, сотрудники ушли, а в архиве (поз. 2) сотрудники продолжают работу",
        "mixed_positions",
    ),
    ("Re: 5120 п2 время", "принял спс", "no_status"),
    ("5120 — задержка выезда", "Бригада ещё не выехала, автовышка в ремонте.", "no_status"),
    ("5120", "1-я готова, уехали оттуда; на 3-й ещё на месте", "mixed_positions"),
    # a position the crew is at work on now, with no status word, beside a finished one
    ("5120", "п1 сдали, уехали. на п2 сейчас красим стены", "mixed_positions"),
    ("5120", "п.1 — готово.\nп.2 — трубу заклинило, режем болгаркой.", "mixed_positions"),
    ("5120", "поз. 2 смонтировали, по поз. 3 бригада сейчас на чердаке", "mixed_positions"),
    ("5120", "eshche ne vyehali", "no_status"),
    ("5120", "К вечеру будем сворачиваться.", "no_status"),
    ("5120", "п.2 всё?", "no_status"),
    # a finish, then the crew moving on to another position of the request
    ("5120", "по п1 всё закончили, уходим на п2", "mixed_positions"),
    ("5120", "Стояк поменяли, ушли на 3-ю позицию.", "mixed_positions"),
    ("5120 поз. 1", "Щит сдали. Переезжаем на поз. 3, минут десять.", "mixed_positions"),
    ("5120", "Вход в подвал закрыт, ключей ни у кого нет.", "no_status"),
    ("5120", "Горелка уходит в блокировку, уточните модель.", "no_status"),
    ("5120", "Разберёмся на месте.", "no_status"),
    # the sender's own subject names a position the request lacks
    ("5120 п7", "на месте, начинаем", "unknown_position"),
    ("Заявка 6400 П3", "Работы завершены, уехали.", "unknown_position"),
    ("5120", "на сегодня — всё", "no_status"),
    ("5120", "Чердак 12.11 был закрыт, ключей у охраны нет.", "no_status"),
    ("5120", "Склад — закрыт до понедельника, въезд закрыт шлагбаумом.", "no_status"),
    ("5120", "Ваше письмо получили, информация принята к сведению.", "no_status"),
    ("5120", "Приняли к сведению, спасибо.", "no_status"),
    ("5120", "Полиция приехала, ждём.", "no_status"),
    ("5120", "Выезд планирую на завтра, допуск оформим на месте.", "no_status"),
    ("5120", "Выезд завтра, на месте разберёмся.", "no_status"),
    ("5120", "Горелка через минуту уходит в блокировку, что делать?", "no_status"),
    ("5120", "Вода из бака уходит медленно.", "no_status"),
    # a position finished and the crew gone on to another part of the work
    ("5120", "П1 закончили, переезжаем на вторую площадку.", "mixed_positions"),
    ("5120", "Поз. 2 готово, ребята перешли в подвал.", "mixed_positions"),
    # the sender takes back a movement it reports, or denies a forwarded one
    ("5120", "Бригада выехала в 9:10. Поправка: не выехали, машина не завелась.", "no_status"),
    (
        "Fwd: 5120",
        "Это ошибка, бригада не выезжала.\n\n---------- Forwarded message ---------\nВыехали на объект.",
        "no_status",
    ),
    # a time's colon does not cut the plan off its verb
    ("5120", "Ключей нет, а завтра в 9:00 бригада начинает.", "no_status"),
    ("5120", "Согласовали: в субботу к 10.30 монтажники приступают.", "no_status"),
    # registered by the customer is no acceptance by the contractor
    ("5120", "Заявка 5120 зарегистрирована. Кто выезжает?", "no_status"),
    ("5120", "Заявка зарегистрирована вашей диспетчерской в 01:05.", "no_status"),
    (
        "5120",
        "ЩО-7 — убыли в 15-40\nЩО-8 — работают, меняют автомат\nЩО-9 — выехали в 16-00",
        "mixed_positions",
    ),
    # a quoted message with nothing under it, or only older history under it
    (
        "RE: Заявка 5120",
        "От: Диспетчерская служба <d@zakazchik.ru>\nОтправлено: 20 ноября 2026 г. 9:00\nКому: нам\nТема: Заявка 5120\n\nБригада уже выехала?\n\nДиспетчерская служба\nтел. 200-11-22",
        "no_status",
    ),
    (
        "RE: Заявка 5120",
        "От: Диспетчерская служба <d@zakazchik.ru>\nОтправлено: 20 ноября 2026 г. 9:00\nКому: нам\nТема: Заявка 5120\n\nКогда будете?\n\nДиспетчерская служба\n\n"
        "От: Петров\nОтправлено: 19 ноября 2026 г. 18:00\nТема: Заявка 5120\n\nВыехали.",
        "no_status",
    ),
    # an infinitive alone, or one a word governs, is a plan
    ("5120", "приехать на объект к 9:00", "no_status"),
    ("5120", "мы приехать сегодня не можем, ливень", "no_status"),
    ("5120", "мы приехать завтра с утра", "no_status"),
    ("5120", "мастеру надо приехать в пятницу", "no_status"),
    ("5120", "сейчас выехать не можем, машина сломался", "no_status"),
    # «в работе» of a crew or of equipment is no acceptance
    ("5120", "Бригада в работе с 9:00, освободится к вечеру.", "no_status"),
    ("5120", "Насос 2 в работе, давление держит.", "no_status"),
    ("5120", "п.1 окна вымыты, бригада перешла на п.2, работают.", "mixed_positions"),
    # what was done is not the work: an order placed, a diagnosis, a photo
    ("5120", "Материал под 5120 заказ сделали, привезут в среду.", "no_status"),
    ("5120", "Диагностику сделали, ждём плату управления.", "no_status"),
    # a document's title with a letter missing («выполненых»: «выполненных», not «выполнены»),
    # a forecast, a plant closed for days: no report
    ("5120", "Акт выполненых работ по 5120 передал в бухгалтерию.", "no_status"),
    ("5120", "Держаться такая краска будет плохо, через месяц сотрётся.", "no_status"),
    ("5120", "Бетонный завод закрыт до среды, ремонт перенесём.", "no_status"),
    # a move called off did not happen, though a form's line above names it
    (
        "5120 / поз. 2 / Выезд на объект",
        "Действие: Выезд на объект\nВремя: 08:50\nКомментарий: Выезд отменили — мокрый снег. Перенос на 13.11.",
        "no_status",
    ),
    ("5120", "Выезд бригады отменён, заказчик не готов.", "no_status"),
    # what was sent is the noun the crew's word says whose: lists, not the crew
    ("RE: Заявка 5120", "Приняли к сведению. Списки сотрудников направлены ранее.", "no_status"),
    ("5120", "Паспорта электриков отправили на проходную.", "no_status"),
    # a finish said of no position, then a position the crew is at work on now
    ("5120", "1й и 2й подъезд сделал. на 3м сейчас, ищу обрыв", "mixed_positions"),
    ("5120", "Блоки вызова поменял, сделал. На п3 сейчас, линия в обрыве, ищу.", "mixed_positions"),
    # gone from one place to another that is a position of the request
    (
        "5120",
        "Электроснабжение ТП-14 (поз. 1) восстановлено в 11:50. Бригада убыла с ТП-14 на ТП-9 (поз. 2).",
        "mixed_positions",
    ),
    # ... but a report of any other status about a position the request lacks is reviewed
    ("5120", "Заявку взяли в работу, по позиции 5 всё сделали, уехали.", "unknown_position"),
    # a place after things counted is where they are, not the crew
    (
        "Заявка № 5120 — вопрос по стоимости",
        "Если не входит — по прайсу 450 руб./шт., фильтров на объекте 14 шт., итого 6 300 руб.",
        "no_status",
    ),
    # the customer's staff at work, the subject after its verb, are not the crew
    ("5120", "Вечером в группах работают младшие воспитатели, обработка в субботу.", "no_status"),
    # what will be done within the hour is no arrival in an hour
    ("Заявка 5120", "Бригада с водососом будет собрана в течение часа.", "no_status"),
    # English that says nothing has happened yet
    ("5120", "not done yet, tomorrow", "no_status"),
]


@pytest.mark.parametrize(("subject", "body", "expected"), DECIDED)
def test_a_report_is_read_as_a_dispatcher_would(
    subject: str, body: str, expected: tuple[str, tuple[str, ...], str]
) -> None:
    decision = _decide(subject, body)
    assert _summary(decision) == expected, decision


@pytest.mark.parametrize(("subject", "body", "reason"), REVIEW)
def test_what_a_dispatcher_could_not_record_goes_to_review(
    subject: str, body: str, reason: str
) -> None:
    decision = _decide(subject, body)
    assert _summary(decision) == (None, (), reason), decision


def test_a_bare_number_of_another_contractor_is_not_taken_for_this_senders_request() -> None:
    decision = _decide("Отчёт", "Выехали на 7777.")
    assert decision.unmatched_reason == "no_request_number"
    assert _decide("Заявка 7777", "Выехали.").request_number == "7777"


def test_a_calendar_response_is_ignored_even_when_it_names_a_request() -> None:
    raw = (
        b"From: disp@podryad.ru\r\nSubject: =?utf-8?b?0J/RgNC40L3Rj9GC0L46INCX0LDRj9Cy0LrQsCA1MTIw?=\r\n"
        b"Message-ID: <cal@podryad.ru>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\r\n"
        b"--b\r\nContent-Type: text/calendar; method=REPLY\r\n\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
        b"--b--\r\n"
    )
    assert understand_bytes(raw, registry=REGISTRY)[1].automatic == "calendar-response"


def test_an_outlook_read_receipt_is_ignored_though_it_quotes_a_status() -> None:
    raw = (
        "From: disp@podryad.ru\r\nSubject: Прочитано: Заявка 5120, позиция 1: прибыли\r\n"
        "Message-ID: <mdn@podryad.ru>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Class: urn:content-classes:MDN\r\n\r\n"
        "Ваше сообщение\r\n  Тема: Заявка 5120, позиция 1: прибыли\r\nбыло прочитано.\r\n"
    ).encode()
    assert understand_bytes(raw, registry=REGISTRY)[1].automatic == "read-receipt"


def test_positions_padded_as_the_registry_pads_them_are_listed_one_after_another() -> None:
    registry = RegistryView({"6400": RequestInfo("6400", ("01", "02", "03"), "disp@podryad.ru")})
    raw = letter("6400 поз 01 02", "выехали, будут в 8", sender="disp@podryad.ru")
    decision = understand_bytes(raw, registry=registry)[1]
    assert _summary(decision) == ("6400", ("01", "02"), EN_ROUTE), decision


@pytest.mark.parametrize(
    ("positions", "body", "expected"),
    [
        # none named before: the two of the request
        (("1", "2"), "Замок повесил. Обе позиции сделаны, уехал в 15:20.", ("1", "2")),
        # one named before is not «both»: a request of two has no other pair
        (("1", "2"), "П1 — концевик поправил. Обе позиции сделаны, уехал.", ("1", "2")),
        # of a larger request, «обе» are the two named before
        (("1", "2", "3"), "П1 — клапан. П3 — датчик. Обе позиции сделаны, уехал.", ("1", "3")),
    ],
)
def test_both_positions_are_the_two_of_a_request_of_two(
    positions: tuple[str, ...], body: str, expected: tuple[str, ...]
) -> None:
    registry = RegistryView({"8100": RequestInfo("8100", positions, "disp@podryad.ru")})
    decision = understand_bytes(letter("8100", body), registry=registry)[1]
    assert _summary(decision) == ("8100", expected, LEFT), decision


def test_a_doubtful_reading_keeps_what_it_read_for_the_operator() -> None:
    decision = _decide("5120", "Поз. 2 уже работаем, кран заменили.")
    assert decision.unmatched_reason == "doubtful"
    assert (decision.request_number, decision.position_numbers) == ("5120", ("2",))
    assert decision.status == ON_SITE
    assert "более поздний статус («подрядчик убыл»)" in decision.explanation()
