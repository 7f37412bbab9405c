#!/usr/bin/env python3
"""Writes a synthetic Reddit comments.csv of about MEGABYTES MB (default 100) to stdout, for
throughput and memory figures of `redact --format reddit`. Fixed seed: the same bytes every run.

    python3 Fixtures/exports/csv/generate-reddit-comments.py 100 > /tmp/comments-100mb.csv
"""
import csv
import random
import sys

megabytes = int(sys.argv[1]) if len(sys.argv) > 1 else 100
rng = random.Random(2026)
words = (
    "the she said her to at on in from and was with for a of village agent job offer Dubai hotel passport "
    "caseworker met survivor shelter family mother brother cousin money debt broker bus station road market "
    "yesterday morning night phone number call later work factory house owner police report 2024 15 300 "
    "समाचार गाँव में उसने কাজ বাড়ি ที่ บ้าน 工作 村 집 사람 việc làm nhà"
).split()
specials = [
    "u/quiet_helper_77", "/u/night_owl_bd", "+880 1712-345678", "+66 81 234 5678", "jobs.desk@example.org",
    "Priya Sharma", "Mr. Somchai Jaidee", "https://www.reddit.com/user/agency_watch/", "\"quoted, text\"",
    "line\nbreak", "०९८४१२३४५६७",
]
subreddits = ["AskBangladesh", "india", "Thailand", "nepal", "Philippines", "indonesia", "u_river_lotus_22"]
base36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def ident(n):
    return "".join(rng.choice(base36) for _ in range(n))


out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow("id,permalink,date,ip,subreddit,gildings,link,parent,body,media".split(","))
written = 0
while written < megabytes * 1_000_000:
    post, comment, sub = ident(6), ident(7), rng.choice(subreddits)
    link = f"https://www.reddit.com/r/{sub}/comments/{post}/some_title/"
    body = " ".join(
        rng.choice(specials) if rng.randrange(25) == 0 else rng.choice(words) for _ in range(rng.randint(5, 80))
    )
    row = [
        comment, link + comment + "/", f"2023-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 0{rng.randint(0, 9)}:00:00 UTC",
        f"203.0.113.{rng.randint(1, 254)}", sub, str(rng.randrange(3)), link, "t3_" + post, body,
        "" if rng.randrange(10) else "https://i.redd.it/" + ident(10) + ".jpg",
    ]
    out.writerow(row)
    written += sum(len(cell.encode()) for cell in row) + 12
