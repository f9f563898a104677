#!/usr/bin/env python3
"""Verifies a catalog entry's access-log hash chain with nothing but the API's answer and the
documented hash layout (README, "Tamper evidence of the access log").

Reads, on standard input, the JSON answer to:

  query($c: String!) { dataResource(code: $c) { id accessLog(first: 100) {
      nodes { sequence accessedAt accessedBy items purpose recordCount refusalCode previousHash hash
              grant { id } accessor { id } } } } }

and prints each entry's verdict and the newest hash, to compare with the receipts the accessing
departments keep. Exits 1 when a link does not hold."""
import base64, datetime, hashlib, json, sys

GENESIS = "0" * 64


def raw_id(global_id):
    """A global id is base64 of 'Type:<32 hex digits>'; the hash takes the hex digits."""
    return base64.b64decode(global_id).decode("utf-8").split(":", 1)[1] if global_id else ""


def utc_ticks(iso):
    """100 ns units since 0001-01-01T00:00:00Z, from an ISO 8601 instant with up to 7 decimals."""
    date, rest = iso.split("T")
    zone_at = max(rest.rfind("+"), rest.rfind("-"), rest.find("Z"))
    clock, zone = (rest[:zone_at], rest[zone_at:]) if zone_at > 0 else (rest, "Z")
    hms, _, fraction = clock.partition(".")
    h, m, s = (int(x) for x in hms.split(":"))
    offset = 0 if zone in ("Z", "") else (1 if zone[0] == "+" else -1) * (int(zone[1:3]) * 3600 + int(zone[4:6]) * 60)
    days = datetime.date.fromisoformat(date).toordinal() - 1
    seconds = days * 86400 + h * 3600 + m * 60 + s - offset
    return seconds * 10_000_000 + int((fraction + "0000000")[:7])


def entry_hash(previous, resource, e):
    fields = [previous, resource, str(e["sequence"]), raw_id((e.get("grant") or {}).get("id")),
              raw_id((e.get("accessor") or {}).get("id")), str(utc_ticks(e["accessedAt"])), e["accessedBy"],
              e["items"], e["purpose"], str(e["recordCount"]), e.get("refusalCode") or ""]
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


resource = json.load(sys.stdin)["data"]["dataResource"]
entries = sorted(resource["accessLog"]["nodes"], key=lambda e: e["sequence"])
previous, ok = GENESIS, True
for expected, e in enumerate(entries, start=1):
    good = e["sequence"] == expected and e["previousHash"] == previous and e["hash"] == entry_hash(previous, raw_id(resource["id"]), e)
    print(f"{e['sequence']:>5} {'ok' if good else 'BROKEN'} {e['hash']}")
    ok &= good
    previous = e["hash"]
print("newest hash:", previous)
sys.exit(0 if ok else 1)
