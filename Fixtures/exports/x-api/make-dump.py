#!/usr/bin/env python3
"""Writes a large synthetic X API v1.1 dump (one tweet per line) for throughput figures.

    python3 Fixtures/exports/x-api/make-dump.py 100 > /tmp/x-api-100mb.ndjson
    /usr/bin/time -v .build/release/redact --format x-api /tmp/x-api-100mb.ndjson > /dev/null

Fixed seed; every account, mention, phone and place is made up.
"""
import json, random, sys

rng = random.Random(2026)
NAMES = ["Nguyễn Thị Lan", "Trần Văn Minh", "Lê Huyền", "রহিম উদ্দিন", "সুমাইয়া আক্তার", "สมชาย ใจดี", "นภา ศรีสุข",
         "김민준", "박서연", "Priya Sharma", "Arjun Mehta", "Siti Rahayu", "Maria Santos"]
WORDS = ("the she said her to at on in from and was with for a of village agent job offer hotel passport shelter "
         "family mother brother money debt broker bus station road market yesterday morning night phone call work "
         "factory house owner police gặp ở nhà việc làm কাজ বাড়ি ที่ บ้าน 집 사람 오늘").split()
PLACES = [("Hải Phòng, Việt Nam", "VN", 106.68, 20.84), ("Sylhet, Bangladesh", "BD", 91.87, 24.89),
          ("เชียงใหม่, ประเทศไทย", "TH", 98.98, 18.79), ("부산광역시, 대한민국", "KR", 129.04, 35.11)]

def handle():
    return rng.choice("abcdefghijklmnopqrstuvwxyz") + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789_") for _ in range(rng.randint(4, 11)))

def user():
    uid = rng.randint(10**6, 10**18)
    name = rng.choice(NAMES)
    return {"id": uid, "id_str": str(uid), "name": name, "screen_name": handle(), "location": rng.choice(PLACES)[0],
            "description": " ".join(rng.choice(WORDS) for _ in range(12)), "url": None, "protected": False,
            "followers_count": rng.randint(0, 5000), "friends_count": rng.randint(0, 900), "listed_count": 0,
            "created_at": "Sat Jan 04 10:00:00 +0000 2020", "favourites_count": 12, "verified": False,
            "statuses_count": 400, "lang": None, "profile_image_url_https": f"https://pbs.twimg.com/profile_images/{uid}/x_normal.jpg",
            "default_profile": True}

def tweet(depth):
    author = user()
    mentions = [user() for _ in range(rng.randint(0, 3))]
    words = [rng.choice(WORDS) for _ in range(rng.randint(10, 30))]
    for m in mentions:
        words.insert(rng.randrange(len(words) + 1), "@" + m["screen_name"])
        if rng.random() < 0.5:
            words.insert(rng.randrange(len(words) + 1), m["name"])
    if rng.random() < 0.2:
        words.append("+84 91 %03d %04d" % (rng.randint(0, 999), rng.randint(0, 9999)))
    tid = rng.randint(10**17, 10**19)
    t = {"created_at": "Mon May 13 09:12:03 +0000 2024", "id": tid, "id_str": str(tid), "full_text": " ".join(words),
         "truncated": False, "display_text_range": [0, 140],
         "entities": {"hashtags": [], "symbols": [], "urls": [],
                      "user_mentions": [{"screen_name": m["screen_name"], "name": m["name"], "id": m["id"], "id_str": m["id_str"], "indices": [0, 10]} for m in mentions]},
         "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
         "in_reply_to_status_id": None, "in_reply_to_user_id": None, "in_reply_to_screen_name": None,
         "user": author, "geo": None, "coordinates": None, "place": None, "contributors": None,
         "is_quote_status": False, "retweet_count": rng.randint(0, 50), "favorite_count": rng.randint(0, 90),
         "favorited": False, "retweeted": False, "lang": "en"}
    if rng.random() < 0.1:
        name, cc, lon, lat = rng.choice(PLACES)
        t["coordinates"] = {"type": "Point", "coordinates": [lon, lat]}
        t["geo"] = {"type": "Point", "coordinates": [lat, lon]}
        t["place"] = {"id": "1a2b3c4d5e6f7a8b", "place_type": "city", "name": name.split(",")[0], "full_name": name,
                      "country_code": cc, "bounding_box": {"type": "Polygon", "coordinates": [[[lon - .2, lat - .2], [lon + .2, lat - .2], [lon + .2, lat + .2], [lon - .2, lat + .2]]]}}
    if depth > 0 and rng.random() < 0.4:
        t["retweeted_status" if rng.random() < 0.5 else "quoted_status"] = tweet(depth - 1)
    return t

megabytes = int(sys.argv[1]) if len(sys.argv) > 1 else 100
written = 0
out = sys.stdout.buffer
while written < megabytes << 20:
    line = (json.dumps(tweet(2), ensure_ascii=False, separators=(",", ":")) + "\n").encode()
    out.write(line)
    written += len(line)
