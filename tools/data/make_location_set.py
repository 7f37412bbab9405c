#!/usr/bin/env python3
"""Writes Fixtures/eval/locations.jsonl: template-built addresses and coordinates (positives,
with spans) and look-alike negatives, to measure the address and coordinate detectors.

The templates and fillers are written here for this purpose (no third-party text); a fixed
seed makes the file reproducible. Usage: make_location_set.py [OUT] [COUNT]
"""
import json
import random
import sys

rng = random.Random(20261129)
NAMES = ["Banjara Hills", "Shivaji", "Gandhi", "Lake View", "Station", "Temple", "Market", "Sukhumvit",
         "Ratchada", "Merdeka", "Sudirman", "Rizal", "Mabini", "Le Loi", "Nguyen Hue", "Sadar", "Kalibari",
         "Mirpur", "Gulshan", "Baneshwor", "Thamel", "Orchard", "Jalan Besar", "Teheran", "Nanjing"]
PLACES = ["Hyderabad", "Dhaka", "Kathmandu", "Bangkok", "Jakarta", "Manila", "Hanoi", "Delhi", "Sylhet",
          "Cebu City", "Surabaya", "Chiang Mai", "Pokhara", "Kolkata", "Chittagong"]


def num(a=1, b=250):
    return str(rng.randint(a, b))


def latlon():
    return rng.uniform(-45, 45), rng.uniform(60, 140)


ADDRESS = [
    lambda: f"{num()} {rng.choice(NAMES)} Road, {rng.choice(PLACES)}",
    lambda: f"House No. {num()}, Gali No. {num(1, 20)}, {rng.choice(NAMES)} Nagar",
    lambda: f"Plot No. {num()}, Sector {num(1, 60)}",
    lambda: f"Flat {num(1, 30)}{rng.choice('ABC')}, {rng.choice(NAMES)} Colony",
    lambda: f"{num()}/{num(1, 9)} Soi {rng.choice(NAMES)} {num(1, 70)}",
    lambda: f"Moo {num(1, 15)}, Tambon {rng.choice(['Bang Phut', 'Khlong Nueng', 'Suthep'])}",
    lambda: f"Jl. {rng.choice(NAMES)} No. {num()} RT {num(1, 15).zfill(2)}/RW {num(1, 15).zfill(2)}",
    lambda: f"Kecamatan {rng.choice(['Cilodong', 'Tebet', 'Menteng'])}, Kabupaten {rng.choice(['Bogor', 'Bekasi'])}",
    lambda: f"Brgy. {rng.choice(['San Isidro', 'Poblacion', 'Malate'])}, Purok {num(1, 9)}",
    lambda: f"{num()} {rng.choice(NAMES)} Street",
    lambda: f"{rng.choice(NAMES)} Lane {num(1, 40)}",
    lambda: f"Đường {rng.choice(['Lê Lợi', 'Trần Hưng Đạo'])}, Phường {num(1, 15)}, Quận {num(1, 12)}",
    lambda: f"{rng.choice(['Mirpur', 'Sadar', 'Kotwali'])} Thana, {rng.choice(['Sylhet', 'Dhaka'])} Zila",
    # Native-script keywords ("village", "district") are not part of the gold span, as in the
    # Thai, Hindi and Bengali NER corpora: {kw:...} marks them.
    lambda: f"{{kw:บ้านเลขที่ }}{num()}/{num(1, 9)}{{kw: หมู่ }}{num(1, 12)}",
    lambda: f"{{kw:ซอย}}สุขุมวิท {num(1, 70)}",
    lambda: "{kw:ตำบล}บางพูด{kw: อำเภอ}ปากเกร็ด",
    lambda: f"{{kw:गाँव }}{rng.choice(['रामपुर', 'सीतापुर', 'बरौली'])}",
    lambda: f"{{kw:জেলা: }}{rng.choice(['সিলেট', 'খুলনা'])}",
    lambda: f"{rng.choice(['中山', '人民', '解放'])}路{num()}号",
    lambda: f"{num(1, 9)}丁目{num(1, 30)}番地",
    lambda: f"{rng.choice(['역삼동', '신림동'])} {num()}번지",
    lambda: f"{rng.choice(['테헤란로', '세종대로'])} {num()}",
]


def coord():
    lat, lon = latlon()
    forms = [
        lambda: f"{lat:.5f}, {lon:.5f}",
        lambda: f"{abs(lat):.4f}° {'N' if lat >= 0 else 'S'}, {lon:.4f}° E",
        lambda: f"{abs(lat):.4f}{'N' if lat >= 0 else 'S'} {lon:.4f}E",
        lambda: dms(lat, "NS") + " " + dms(lon, "EW"),
        lambda: f"geo:{lat:.5f},{lon:.5f}",
        lambda: f"https://maps.google.com/?q={lat:.6f},{lon:.6f}",
        lambda: f"https://www.google.com/maps/@{lat:.6f},{lon:.6f},17z",
        lambda: f"https://maps.app.goo.gl/{''.join(rng.choice('abcdefXYZ123') for _ in range(10))}",
        lambda: f"https://www.openstreetmap.org/#map=16/{lat:.4f}/{lon:.4f}",
        lambda: "".join(rng.choice("23456789CFGHJMPQRVWX") for _ in range(4)) + rng.choice("23456789")
        + "".join(rng.choice("CFGHJMPQRVWX") for _ in range(3)) + "+" + "".join(rng.choice("23456789CFGHJMPQRVWX") for _ in range(2)),
    ]
    return rng.choice(forms)()


def dms(value, hemis):
    h = hemis[0] if value >= 0 else hemis[1]
    value = abs(value)
    d = int(value)
    m = int((value - d) * 60)
    s = ((value - d) * 60 - m) * 60
    return f"{d}°{m}'{s:.1f}\"{h}"


FRAMES = ["She stays at {x} now.", "Address: {x}", "We found her near {x} last week.", "pin {x} pls",
          "{x}", "The family moved to {x}, according to the neighbour."]
NEGATIVES = [
    lambda: f"Invoice No. {num()} was paid on {num(1, 28)} May.",
    lambda: f"Version {num(1, 9)}.{num(0, 20)}.{num(0, 9)} fixed the bug.",
    lambda: f"The score was {num(1, 9)}.{num(0, 9)}, {num(1, 9)}.{num(0, 9)} after the break.",
    lambda: f"She walked along the main road to the market.",
    lambda: f"Price {num(10, 99)}.{num(10, 99)}, discount {num(1, 9)}.{num(1, 9)}%.",
    lambda: f"Meeting on the {num(1, 28)}th at {num(1, 12)}:{num(10, 59)}.",
    lambda: f"Temperature {num(20, 40)}.{num(0, 9)}°C and humidity {num(40, 90)}%.",
    lambda: f"Room {num(1, 9)} is on the first floor of the house.",
    lambda: f"Call back after {num(1, 12)} hours, ref {num(1000, 9999)}.",
    lambda: f"He scored {num(1, 99)} runs in {num(1, 50)} overs.",
]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "Fixtures/eval/locations.jsonl"
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    with open(out, "w", encoding="utf-8") as f:
        for i in range(count):
            label = "ADDRESS" if i % 2 == 0 else "COORDINATE"
            value = rng.choice(ADDRESS)() if label == "ADDRESS" else coord()
            frame = rng.choice(FRAMES)
            start = frame.index("{x}")
            # Split out {kw:...} keywords: they are text, not gold.
            parts = []
            rest = value
            while "{kw:" in rest:
                before, _, after = rest.partition("{kw:")
                keyword, _, rest = after.partition("}")
                parts += [(before, True), (keyword, False)]
            parts.append((rest, True))
            plain = "".join(p for p, _ in parts)
            text = frame.replace("{x}", plain)
            spans, offset = [], start
            for piece, gold in parts:
                if gold and piece:
                    spans.append({"start": offset, "end": offset + len(piece), "label": label, "entity": piece})
                offset += len(piece)
            f.write(json.dumps({"id": f"loc-{i}", "text": text, "spans": spans}, ensure_ascii=False) + "\n")
        for i in range(count // 3):
            f.write(json.dumps({"id": f"neg-{i}", "text": rng.choice(NEGATIVES)(), "spans": []},
                               ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
