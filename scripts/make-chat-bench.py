# Writes a synthetic WhatsApp chat export of about N MB (seeded, so every run writes the same
# bytes) for the speed figures of docs/MEASUREMENTS.md: usage `make-chat-bench.py N OUT`.
# Authors and words are made up for this project; the names are common ones of the region.
import random, sys
random.seed(7)
target = int(sys.argv[1]) * 1_000_000
authors = ["Priya Sharma", "Rahim Uddin", "Maria Santos", "রহিম উদ্দিন", "ফাতেমা বেগম", "สมชาย ใจดี", "김민지", "佐藤花子", "+880 1712-345678", "Anjali Devi"]
words = ("the shelter bus tomorrow call me see you thanks papers where are you safe now hospital doctor market "
         "আমি ঢাকায় আছি ไป ตลาด ครับ 내일 병원 明日 面談 money work visa passport agent").split()
out = []
size = 0
day = 1
while size < target:
    a = random.choice(authors)
    n = random.randint(1, 3)
    lines = []
    for _ in range(n):
        ws = [random.choice(authors) if random.random() < 0.1 else random.choice(words) for _ in range(random.randint(3, 14))]
        lines.append(" ".join(ws))
    if random.random() < 0.05:
        lines = [f"IMG-2021{random.randint(1,12):02d}{random.randint(1,28):02d}-WA{random.randint(1,9999):04d}.jpg (file attached)"]
    d = (size // 200000) % 28 + 1
    line = f"{d:02d}/{random.randint(1,12):02d}/21, {random.randint(0,23):02d}:{random.randint(0,59):02d} - {a}: " + "\n".join(lines) + "\n"
    out.append(line)
    size += len(line.encode())
open(sys.argv[2], "w").write("".join(out))
