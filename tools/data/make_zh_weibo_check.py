#!/usr/bin/env python3
"""A second Chinese check set of Weibo-like posts (issue 15, session 24, helper ZH).

Writes Fixtures/eval/zh-weibo-check/{dev,heldout}.jsonl in the format of shared/data/ner
(text, spans with Unicode-scalar offsets, PERSON and LOCATION) plus `kind` (what the record
tests) and `frame` (its template's number). Nothing here is real text: every frame was written
for this project, names are drawn from mingzi's surname and given-name lists (MIT), places from
cpca's table of PRC administrative divisions (MIT, adcodes.csv) and from Faker's zh_TW city list
(MIT); Hong Kong district names are the 18 official districts (facts, written out below).

Split: the frames of each kind are split in two by a hash of the frame text, and given names
and places by a hash of the string (family names are a closed class and are shared), so the
held-out half has frames, given names and places the dev half never shows.

Gold follows Weibo NER (golden-horse), which the held-out Chinese check uses: a family name with
a title or kin word is one span (`顾老师`, `王哥`, `邓先生`), as are nicknames (`小王`, `阿强`);
a full name before a title is the name alone (`王小明老师` -> `王小明`); a place keeps its unit
(`海淀区`, `石家庄市`), as the dev set marks it.

    pip install mingzi==1.2.3 cpca==0.5.5 faker==40.63.0
    python3 tools/data/make_zh_weibo_check.py      # fixed seed; 600 records per half
"""
import csv
import hashlib
import json
import os
import random
import sys

import importlib.util

import mingzi
from faker.providers.address.zh_TW import Provider as TWAddress

OUT = "Fixtures/eval/zh-weibo-check"
PER_HALF = 600


def half(text):
    """0 (dev) or 1 (held-out), stable across runs."""
    return hashlib.sha1(text.encode()).digest()[0] & 1


def load_names():
    data = json.load(open(os.path.join(os.path.dirname(mingzi.__file__), "data.json"), encoding="utf-8"))
    surnames = [s for s, _ in sorted(data["surname"].items(), key=lambda kv: -kv[1])][:120]
    compounds = ["欧阳", "司马", "诸葛", "上官", "东方", "慕容", "令狐", "皇甫", "司徒", "夏侯"]
    singles = sorted(set(data["male_single"]) | set(data["female_single"]))
    doubles = sorted(set(data["male_double"]) | set(data["female_double"]))
    return surnames, compounds, singles, doubles


def load_places():
    # cpca's package imports pandas and pyahocorasick; only its table is needed, so it is not imported.
    package = os.path.dirname(importlib.util.find_spec("cpca").origin)
    path = os.path.join(package, "resources", "adcodes.csv")
    provinces, cities, counties = [], [], []
    for row in csv.DictReader(open(path, encoding="utf-8")):
        code, name = row["adcode"], row["name"]
        if len(name) < 2 or len(name) > 6:
            continue
        if code[2:] == "0000000000":
            provinces.append(name)
        elif code[4:] == "00000000":
            cities.append(name)
        else:
            counties.append(name)
    taiwan = sorted({c + "市" for c in TWAddress.cities} | set(TWAddress.cities))
    hongkong = ["中西区", "湾仔", "东区", "南区", "油尖旺", "深水埗", "九龙城", "黄大仙", "观塘", "荃湾", "屯门",
                "元朗", "北区", "大埔", "西贡", "沙田", "葵青", "离岛", "旺角", "铜锣湾", "尖沙咀", "九龙", "新界"]
    return provinces, cities, counties, taiwan, hongkong


def short(place):
    """The bare name people write without the unit: 石家庄市 -> 石家庄, 海淀区 -> 海淀 (not 2-char names)."""
    for unit in ("特别行政区", "自治区", "自治州", "自治县", "省", "市", "县", "区"):
        if place.endswith(unit) and len(place) - len(unit) >= 2:
            return place[: -len(unit)]
    return place


# Frames: {P} a person (gold), {L} a place (gold), {N} a hard-negative word (no span).
# Written as people post on Weibo: emoticons in brackets, //@ reposts, hashtags, no spaces.
FRAMES = {
    "full-subject": [
        "{P}说明天不来了，大家别等[哈哈]", "今天{P}告诉我一个秘密，不能说😂", "刚才{P}给我打电话了", "我和{P}一起去吃火锅了[馋嘴]",
        "跟{P}约好了周六见", "{P}和我说他要辞职", "晚上{P}跟我说了好多话", "{P}告诉大家一个好消息！", "昨天{P}给我带了奶茶",
        "听{P}说那家店关门了", "{P}问我借了两百块钱", "多亏了{P}帮忙，太感谢了", "{P}又迟到了，真是的", "和{P}吵架了，心情不好",
        "{P}刚发微信说到了", "谢谢{P}送的礼物[爱你]", "{P}你在哪里啊？", "求助：{P}已经三天没回家了，有人见过吗",
        "好想{P}啊[泪]", "{P}今天生日，祝生日快乐！", "我妈让{P}来接我", "{P}被老板骂了一顿", "{P}把钥匙弄丢了",
        "{P}来我家吃饭，好开心", "据{P}介绍，工厂在郊区", "{P}结婚了！恭喜恭喜", "转发：{P}失联了，请大家帮忙扩散",
    ],
    "full-at": [
        "@{P} 快来看这个", "//@{P}:说得太对了", "@{P}：生日快乐[蛋糕]", "哈哈哈@{P} @{Q} 你们俩", "回复@{P}:好的没问题",
        "#晒照片#@{P} 今天好漂亮", "转发微博//@{P}:支持", "@{P} 明天几点出发？",
    ],
    "given-alone": [
        "{G}说她不想去上班了", "亲爱的{G}，生日快乐！", "我和{G}去逛街了", "{G}你到底去哪了", "今天遇到{G}了，好久不见",
        "{G}告诉我她换工作了", "晚安{G}~", "想念{G}的第一百天", "{G}给我发了一个红包[哈哈]", "跟{G}视频了一晚上",
        "{G}，你什么时候回来？", "我们家{G}今天考试", "{G}和她男朋友分手了", "好朋友{G}要去深圳了", "{G}最近怎么样啊",
    ],
    "kin-title": [
        "{K}说今晚加班", "今天{K}请我们吃饭", "谢谢{K}的照顾[爱你]", "{K}告诉我那个地方不安全", "找{K}帮忙办了手续",
        "跟{K}学了好多东西", "{K}，明天见！", "刚刚{K}打电话来了", "{K}给我介绍了一份工作", "和{K}一起回老家",
        "听{K}讲了他的故事", "{K}也在群里", "是{K}带我来的", "{K}把我的护照拿走了", "昨天见到{K}了",
    ],
    "nickname": [
        "{C}说他在车站等我", "今天和{C}吃饭了", "{C}，你在干嘛", "{C}跟我说别担心", "{C}给我买了车票",
        "找{C}问问吧", "{C}又在朋友圈晒娃了", "听{C}说工资要下个月才发", "我跟{C}不熟", "{C}也来了[哈哈]",
        "{C}告诉我一个电话号码", "问了{C}才知道", "{C}和他老婆吵架了", "{C}请客！", "多亏{C}",
    ],
    "recurring": [
        "{P}是我高中同学。后来{X}去了广州，我们就没联系了", "我认识{P}很多年了，{X}人很好",
        "{P}说要来。{X}一直没来", "昨天见到{P}了。{X}瘦了好多", "介绍一下，这是{P}。{X}是做设计的",
    ],
    "place": [
        "今天在{L}，天气好热", "明天去{L}出差", "我来自{L}", "人在{L}，刚下飞机", "{L}的朋友们好！", "终于回到{L}了[哈哈]",
        "{L}下雪了！", "从{L}到{M}要坐多久的火车", "住在{L}，离公司很远", "{L}的火锅太好吃了", "有没有{L}的老乡",
        "坐标{L}，求推荐好吃的", "被骗到{L}打工，工资一直没发", "她说她在{L}的一家工厂", "{L}今天空气不错",
        "下周{L}见！", "在{L}读大学", "想回{L}了", "我在{L}，你呢？", "#{L}#今天人好多",
    ],
    "negative": [
        "这个{N}真的太难了", "{N}我们去哪玩？", "今天{N}了，好累", "说到{N}，我也不懂", "{N}这件事以后再说",
        "关于{N}的问题", "我觉得{N}很重要", "{N}就好了[哈哈]", "没想到{N}会这样", "大家{N}吧",
    ],
}
NEGATIVE_WORDS = [
    "王国", "李子", "张开", "高兴", "周末", "陈述", "黄金", "林业", "马上", "方法", "白天", "金额", "程度", "孙子", "朱红",
    "胡说", "何必", "罗列", "梁柱", "宋词", "郑重", "谢谢", "韩流", "唐朝", "于是", "董事", "萧条", "许多", "曾经", "苏醒",
    "卢布", "丁香", "魏晋", "叶子", "阎王", "余下", "杜绝", "戴上", "夏天", "钟表", "汪洋", "田野", "任务", "姜汁", "范围",
    "方便", "石头", "熊猫", "金钱", "陆地", "孔雀", "白色", "康复", "毛衣", "秦朝", "江河", "史书", "顾客", "孟子", "龙虾",
    "万一", "段落", "雷雨", "钱包", "汤圆", "黎明", "易懂", "常见", "武术", "乔迁", "贺卡", "赖床", "文字", "高速", "高铁",
    "高考", "周年", "黄色", "马路", "林子", "方向", "江湖", "石油", "司机", "余额", "周围", "王牌", "张望", "陈旧",
]
# Places that frames name themselves.
FRAME_PLACES = ["广州", "深圳"]
# Titles, kin words and honorifics after a family name (Weibo marks the whole: 顾老师, 王哥).
TITLES = ["老师", "同学", "先生", "女士", "哥", "姐", "总", "叔", "阿姨", "大哥", "姐姐", "经理", "医生", "律师"]


def main():
    rng = random.Random(24)
    surnames, compounds, singles, doubles = load_names()
    provinces, cities, counties, taiwan, hongkong = load_places()
    given = {h: [g for g in singles + doubles if half(g) == h] for h in (0, 1)}
    places = {}
    for h in (0, 1):
        pool = []
        for group, weight in ((provinces, 2), (cities, 3), (counties, 3), (taiwan, 1), (hongkong, 1)):
            pool += [(p, weight) for p in group if half(p) == h]
        places[h] = pool
    negatives = {h: [w for w in NEGATIVE_WORDS if half(w) == h] for h in (0, 1)}

    def given_name(h, length=None):
        pool = [g for g in given[h] if length is None or len(g) == length]
        return rng.choice(pool)

    def full_name(h):
        r = rng.random()
        family = rng.choice(compounds) if r < 0.12 else rng.choice(surnames)
        return family + given_name(h, 1 if rng.random() < 0.4 else 2)

    def lone_given(h):
        r = rng.random()
        if r < 0.25:  # reduplicated, as friends write: 婷婷, 明明
            c = rng.choice([g for g in given[h] if len(g) == 1])
            return c + c
        return given_name(h, 2)

    def kin_title(h):
        family = rng.choice(surnames[:60])
        if rng.random() < 0.25:  # a full name before a title: the name alone is gold
            name = family + given_name(h)
            return name, name + rng.choice(["老师", "先生", "女士", "同学"])
        name = family + rng.choice(TITLES)
        return name, name

    def nickname(h):
        r = rng.random()
        if r < 0.3:
            return rng.choice(["小", "老"]) + rng.choice(surnames[:60])
        if r < 0.55:
            return "阿" + rng.choice([g for g in given[h] if len(g) == 1])
        if r < 0.8:
            return rng.choice([g for g in given[h] if len(g) == 1]) + rng.choice(["哥", "姐", "妹", "爷"])
        return "小" + rng.choice([g for g in given[h] if len(g) == 1])

    def place(h):
        names, weights = zip(*places[h])
        p = rng.choices(names, weights)[0]
        return short(p) if rng.random() < 0.4 else p

    frames = {kind: {h: [f for f in fs if half(f) == h] for h in (0, 1)} for kind, fs in FRAMES.items()}
    quotas = {"full-subject": 130, "full-at": 50, "given-alone": 80, "kin-title": 80, "nickname": 80,
              "recurring": 40, "place": 100, "negative": 40}
    for h, name in ((0, "dev"), (1, "heldout")):
        records = []
        for kind, count in quotas.items():
            pool = frames[kind][h] or frames[kind][1 - h]
            for i in range(count):
                frame = rng.choice(pool)
                values = {}
                if kind in ("full-subject", "full-at"):
                    values = {"P": full_name(h), "Q": full_name(h)}
                elif kind == "given-alone":
                    values = {"G": lone_given(h)}
                elif kind == "kin-title":
                    gold, written = kin_title(h)
                    values = {"K": (gold, written)}
                elif kind == "nickname":
                    values = {"C": nickname(h)}
                elif kind == "recurring":
                    family, given_part = rng.choice(surnames), given_name(h, 2)
                    # The later mention: the full name again, or the given name alone.
                    values = {"P": family + given_part, "X": family + given_part if rng.random() < 0.5 else given_part}
                elif kind == "place":
                    values = {"L": place(h), "M": place(h)}
                else:
                    values = {"N": rng.choice(negatives[h])}
                records.append(fill(frame, values, kind, FRAMES[kind].index(frame), f"zh-check-{name}-{len(records):04d}"))
        rng.shuffle(records)
        os.makedirs(OUT, exist_ok=True)
        with open(f"{OUT}/{name}.jsonl", "w", encoding="utf-8") as out:
            for r in records:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(name, len(records), file=sys.stderr)


def fill(frame, values, kind, frame_number, ident):
    text, spans, i = "", [], 0
    while i < len(frame):
        if frame[i] == "{" and frame[i + 2] == "}" and frame[i + 1] in values:
            key = frame[i + 1]
            value = values[key]
            gold, written = value if isinstance(value, tuple) else (value, value)
            start = len(text)
            text += written
            if key in "PQGKCX":
                spans.append({"start": start, "end": start + len(gold), "label": "PERSON", "entity": gold})
            elif key in "LM":
                spans.append({"start": start, "end": start + len(gold), "label": "LOCATION", "entity": gold})
            i += 3
        else:
            text += frame[i]
            i += 1
    # Places written into frames are gold too.
    for place in FRAME_PLACES:
        at = text.find(place)
        if at >= 0:
            spans.append({"start": at, "end": at + len(place), "label": "LOCATION", "entity": place})
    spans.sort(key=lambda s: s["start"])
    return {"id": ident, "lang": "zh", "text": text, "spans": spans, "kind": kind, "frame": frame_number,
            "source": "generated: tools/data/make_zh_weibo_check.py"}


if __name__ == "__main__":
    main()
