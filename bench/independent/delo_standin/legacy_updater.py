#!/usr/bin/env python3
"""Re-implementation of the earlier POS-status updater ("Обновление статусов ПОС").

Rebuilt from its README (seeds/004) and the "Known weaknesses" of delo-api.md. It is the
baseline to beat, so its weaknesses are kept on purpose:
  * requests library, one requests.Session, verify=False, no timeouts, no re-login;
  * window = [last saved run end | now - maxDateRangeDays, now] in UTC+utcOffsetHours;
    fixed dates are parsed in the HOST's local time zone, not the configured offset;
  * collects all pages in memory first (follows hasNextPage/endCursor, nothing else);
  * skips rows whose POS is already set; writes str(mapping.get(sstu)) -> "None" when unmapped;
  * one request per 10 updates (aliases u1..u10, variables $input1..), sequential;
  * does not look at success:false or at `errors` in the mutation answers;
  * the first HTTP error (or any other exception) aborts the run, which still exits 0;
  * saves its state only when it sent updates (a quiet run does not save it);
  * logs out at the end.

Usage: python legacy_updater.py --config-dir legacy-config [--state-file legacy_state.json] [--log-dir logs]
"""
import argparse
import json
import logging
import os
import sys
from datetime import datetime, timedelta, timezone

import requests
import urllib3

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

logger = logging.getLogger("baikaldoc_pos")

BATCH_SIZE = 10

QUERY_TEMPLATE = """
query {{
  arRubricValuesPg(
    first: {first}{after}
    filter: {{
      eosSstuStatus: {{isNullOrEmpty: false}}
      refRubric: {{
        matches: {{
          insDate: {{greaterOrEqual: {{value: "{start}"}}, lessOrEqual: {{value: "{end}"}}}}
          docRc: {{
            matches: {{
              kindDoc: {{in: [{{value: 2}}]}}
              docgroupCl: {{
                matches: {{
                  arDocgroups: {{
                    any: {{arDescript: {{matches: {{apiName: {{equal: {{value: "POS_STATUS_RUB"}}}}}}}}}}
                  }}
                }}
              }}
            }}
          }}
        }}
      }}
    }}
  ) {{
    totalCount
    edges {{
      node {{
        isnRefRubric
        eosSstuStatus
        posStatusRub
        refRubric {{
          insDate
          docRc {{
            isnDoc
            kindDoc
            freeNum
          }}
        }}
      }}
    }}
    pageInfo {{
      endCursor
      hasNextPage
    }}
  }}
}}
"""


def setup_logging(log_dir):
    os.makedirs(log_dir, exist_ok=True)
    logger.setLevel(logging.INFO)
    fmt = logging.Formatter("%(asctime)s - %(levelname)s - %(message)s")
    fh = logging.FileHandler(os.path.join(log_dir, f"log_{datetime.now().strftime('%Y-%m-%d')}.log"), encoding="utf-8")
    fh.setFormatter(fmt)
    eh = logging.FileHandler(os.path.join(log_dir, "error.log"), encoding="utf-8")
    eh.setLevel(logging.ERROR)
    eh.setFormatter(fmt)
    sh = logging.StreamHandler(sys.stdout)  # duplicated into journalctl under systemd
    sh.setFormatter(fmt)
    for h in (fh, eh, sh):
        logger.addHandler(h)


def load_config(config_dir):
    with open(os.path.join(config_dir, "connection_config.json"), encoding="utf-8") as f:
        connection = json.load(f)
    with open(os.path.join(config_dir, "processing_config.json"), encoding="utf-8") as f:
        processing = json.load(f)
    return connection, processing


def load_state(state_file):
    try:
        with open(state_file, encoding="utf-8") as f:
            return json.load(f).get("lastEndDate")
    except (OSError, ValueError):
        return None


def save_state(state_file, end_date):
    with open(state_file, "w", encoding="utf-8") as f:
        json.dump({"lastEndDate": end_date}, f)


def get_date_range(processing, state_file):
    dr = processing.get("dateRange", {})
    max_days = dr.get("maxDateRangeDays", 61)
    tz = timezone(timedelta(hours=processing.get("utcOffsetHours", 3)))
    if dr.get("useFixedDates"):
        # read in the host's local time zone (weakness kept on purpose)
        start = datetime.strptime(dr["startDate"], "%Y-%m-%d %H:%M:%S").astimezone()
        end = datetime.strptime(dr["endDate"], "%Y-%m-%d %H:%M:%S").astimezone()
    else:
        end = datetime.now(tz)
        last = load_state(state_file)
        start = datetime.fromisoformat(last) if last else end - timedelta(days=max_days)
    if (end - start).days > max_days:
        logger.warning(f"Диапазон дат больше {max_days} дней, начальная дата скорректирована")
        start = end - timedelta(days=max_days)
    return start.isoformat(timespec="seconds"), end.isoformat(timespec="seconds")


def login(session, connection):
    payload = {"user": connection["username"], "password": connection["password"],
               "items": {"app": connection["app"]}}
    response = session.post(connection["login_url"], json=payload)
    response.raise_for_status()
    logger.info("Успешный вход на сервер ДЕЛО")


def logout(session, connection):
    response = session.post(connection["logout_url"], json={})
    response.raise_for_status()
    logger.info("Выход с сервера ДЕЛО выполнен")


def fetch_all(session, connection, start, end, page_size):
    nodes = []
    after = None
    page = 0
    while True:
        query = QUERY_TEMPLATE.format(first=page_size, after=f', after: "{after}"' if after else "",
                                      start=start, end=end)
        response = session.post(connection["graphql_endpoint"], json={"query": query})
        response.raise_for_status()
        data = response.json()["data"]["arRubricValuesPg"]
        edges = data["edges"]
        nodes.extend(edge["node"] for edge in edges)
        page += 1
        logger.info(f"Страница {page}: получено {len(edges)} записей (всего {len(nodes)} из {data['totalCount']})")
        if not data["pageInfo"]["hasNextPage"]:
            break
        after = data["pageInfo"]["endCursor"]
    return nodes


def build_mutation(batch):
    var_defs = ", ".join(f"$input{i}: UpdateArRubricValueInput!" for i in range(1, len(batch) + 1))
    fields = "\n".join(
        f"  u{i}: updateArRubricValue(input: $input{i}) {{ clientMutationId success message "
        f"data {{ isnRefRubric posStatusRub }} }}" for i in range(1, len(batch) + 1))
    query = f"mutation UpdatePosStatuses({var_defs}) {{\n{fields}\n}}"
    variables = {
        f"input{i}": {"clientMutationId": str(i), "data": {"isnRefRubric": isn, "posStatusRub": status}}
        for i, (isn, status) in enumerate(batch, start=1)
    }
    return {"query": query, "variables": variables}


def main():
    ap = argparse.ArgumentParser(description="Обновление статусов ПОС (re-implementation of the earlier updater)")
    ap.add_argument("--config-dir", default=".")
    ap.add_argument("--state-file", default="legacy_state.json")
    ap.add_argument("--log-dir", default="logs")
    args = ap.parse_args()

    setup_logging(args.log_dir)
    connection, processing = load_config(args.config_dir)
    status_mapping = processing["statusMapping"]
    page_size = processing.get("pagination", {}).get("pageSize", 100)

    session = requests.Session()
    session.verify = False
    logged_in = False
    try:
        start, end = get_date_range(processing, args.state_file)
        logger.info(f"Диапазон обработки: {start} - {end}")
        login(session, connection)
        logged_in = True
        nodes = fetch_all(session, connection, start, end, page_size)
        logger.info(f"Всего получено записей: {len(nodes)}")

        updates = []
        for node in nodes:
            if node.get("posStatusRub"):
                continue  # POS already set: never touched again
            new_status = str(status_mapping.get(node["eosSstuStatus"]))
            updates.append((node["isnRefRubric"], new_status))
        logger.info(f"Записей для обновления: {len(updates)}")

        for i in range(0, len(updates), BATCH_SIZE):
            batch = updates[i:i + BATCH_SIZE]
            response = session.post(connection["graphql_endpoint"], json=build_mutation(batch))
            response.raise_for_status()
            logger.info(f"Отправлен пакет {i // BATCH_SIZE + 1}: {len(batch)} записей")

        if updates:
            save_state(args.state_file, end)
            logger.info(f"Обработка завершена, обновлено записей: {len(updates)}")
        else:
            logger.info("Нет записей для обновления")
    except requests.exceptions.RequestException as e:
        logger.error(f"Ошибка HTTP-запроса: {e}")
    except Exception as e:
        logger.error(f"Ошибка: {e}")
    finally:
        if logged_in:
            try:
                logout(session, connection)
            except Exception as e:
                logger.error(f"Ошибка при выходе: {e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
