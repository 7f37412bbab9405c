#!/usr/bin/env python3
"""Writes Fixtures/eval/lowercase-chat-6.jsonl: a sixth lower-case chat check set (issue 15,
session 36, helper LC4), English only, written and measured once before any rule of that session.

English chat, DMs, comments and forum posts typed wholly in lower case about people and places of
South and Southeast Asia and abroad ("met ramesh near sylhet bus stand"). The frames are new (bus
stands and border posts, recruiters' offices, dorms abroad, hospital wards, court dates, phone
top-ups, forum threads about missing relatives), not those of lowercase-chat 1-5. Places at several
levels: countries, states and provinces, districts, towns, neighbourhoods, after a preposition or a
verb of going and bare in lists. Names of the region and Western names: after verbs of meeting and
calling, alone at the start, in lists, given + family, beside a place. About one message in four is
a hard negative: ordinary lower-case words that are also names or places (`will`, `may`, `hope`,
`grace`, `bill`, `rose`, `china` in `bone china`, `turkey`, `jack`, `mark`, `reading`). One record
in five is a short forum document: a capitalised header naming the poster, then the lower-case post
that names the poster again (a capitalised mention elsewhere in the record).

Names and places are drawn at random (seeded), less every name and place the gold spans of
lowercase-chat 1-5, romanised-chat 1-4, chat-3 and tagalog hold:
- Faker 40.63.0 (MIT): person providers en_US (Western given names and surnames) and en_TH
  (romanised Thai given names and surnames); address providers fil_PH (Philippine provinces),
  en_AU and en_US (states, as places abroad).
- South Asian, Burmese, Khmer, Lao and Vietnamese given names and surnames, and districts,
  towns, neighbourhoods and countries of the region and of the destinations: written for this set
  (public knowledge).
The frames are written for this project. The output is licensed with the project.

    pip install faker==40.63.0
    python3 tools/data/make_lowercase_chat_set6.py > Fixtures/eval/lowercase-chat-6.jsonl
"""
import json
import random

from template_fill import earlier_entities, faker_list, fill

SEED = 3636
COUNT = 300
EARLIER = ["lowercase-chat.jsonl", "lowercase-chat-[2345].jsonl", "romanised-chat*.jsonl", "chat-3.jsonl",
           "tagalog.jsonl"]


REGION_GIVEN = """ramesh sujata bikram pushpa hemanta sabina dipendra laxmi santosh bimala nirmala rajendra
sarita kamal sunil mamata prakash ganga binod rekha tulsi manju shova krishna anjana rubel sohel
monir shahin nazma shilpi rupa mitu liton babul selina ruma kajol lipi mamun rasel jakir salma
sathi mousumi taslima aung kyaw thant zaw hlaing thuzar ei phyu nandar khin sokha sophea dara
chenda bopha vannak sreyneang phalla somphone khamla bounmy vilay noy thu trang hoa nga huong dung
phuong quynh tam minh thao yen hang""".split()
REGION_FAMILY = """thapa magar gurung tamang rai limbu shrestha karki adhikari bhandari khatun begum
hossain uddin akter chowdhury rahman islam mia ali ahmed sharma verma gupta singh das nayak
pradhan naidu reddy pillai nair menon""".split()
# Places at several levels: countries, provinces and states, districts, towns, neighbourhoods.
COUNTRIES = """bangladesh|nepal|india|myanmar|cambodia|laos|vietnam|thailand|malaysia|indonesia|philippines|
sri lanka|pakistan|saudi arabia|qatar|kuwait|oman|bahrain|lebanon|jordan|united arab emirates|
south korea|japan|taiwan|singapore|brunei|maldives|cyprus|israel""".replace("\n", "").split("|")
REGION_PLACES = """sylhet|sunamganj|chandpur|noakhali|feni|lakshmipur|brahmanbaria|barisal|patuakhali|
bhola|pirojpur|rangpur|dinajpur|thakurgaon|panchagarh|kurigram|gaibandha|bogura|naogaon|rajshahi|
chapainawabganj|natore|pabna|sirajganj|tangail|gazipur|narayanganj|munshiganj|savar|tongi|mirpur|
uttara|mohammadpur|jatrabari|kamrangirchar|teknaf|ukhia|kutupalong|benapole|hili|nuwakot|
sindhupalchok|dolakha|ramechhap|okhaldhunga|udayapur|siraha|saptari|sarlahi|rautahat|bara|parsa|
makwanpur|chitwan|nawalparasi|rupandehi|kapilvastu|dang|banke|bardiya|kailali|kanchanpur|birgunj|
biratnagar|dharan|itahari|janakpur|butwal|nepalgunj|dhangadhi|thamel|kalanki|balaju|raxaul|
jogbani|sonauli|motihari|bettiah|kishanganj|araria|cooch behar|alipurduar|basirhat|bongaon|
canning|diamond harbour|sonagachi|kamathipura|grant road|kurla|dharavi|bhiwandi|kalyan|thane|
vasai|surat|vadodara|rajkot|jodhpur|bikaner|ajmer|kota|gwalior|jhansi|kanpur|lucknow|varanasi|
allahabad|bareilly|moradabad|meerut|ghaziabad|noida|gurgaon|faridabad|panipat|ludhiana|amritsar|
jalandhar|mae sot|mae sai|chiang rai|chiang mai|tak|ranong|songkhla|hat yai|pattaya|nonthaburi|
samut sakhon|mahachai|samut prakan|nakhon pathom|udon thani|khon kaen|nong khai|ubon ratchathani|
myawaddy|tachileik|kawthaung|hpa-an|mawlamyine|dawei|bago|pathein|mandalay|lashio|muse|sittwe|
poipet|battambang|banteay meanchey|siem reap|kampong cham|prey veng|svay rieng|takeo|kampot|
koh kong|savannakhet|pakse|vientiane|luang prabang|bokeo|houayxay|nghe an|ha tinh|thanh hoa|
quang binh|lao cai|lang son|mong cai|cao bang|ha giang|dien bien|son la|tay ninh|an giang|
johor|kedah|perlis|sabah|sarawak|selangor|kelantan|chow kit|bukit bintang|cheras|kepong|
sepang|nilai|seri kembangan|tanjung pinang|entikong|nunukan""".replace("\n", "").split("|")
ABROAD_PLACES = """riyadh|jeddah|dammam|mecca|medina|doha|dubai|abu dhabi|sharjah|ajman|al ain|
muscat|salalah|kuwait city|manama|beirut|amman|nicosia|tel aviv|seoul|busan|ansan|incheon|
osaka|nagoya|taipei|taichung|kaohsiung|hong kong|kowloon|mong kok|macau|shenzhen|guangzhou|
london|leicester|bradford|birmingham|oldham|luton|toronto|brampton|sydney|melbourne|perth|
auckland|new york|queens|jackson heights|houston|dallas""".replace("\n", "").split("|")

# {G} a given name, {P} given + family name, {L} a place. A frame without a slot is a hard negative.
FRAMES = [
    "met {G} near {L} bus stand, she looked scared",
    "anyone know {P}? last seen in {L} in march",
    "{G} called from {L}, agent took her phone",
    "dm me if u have news of {G}",
    "we crossed at {L} at night, {G} paid the broker",
    "my cousin {G} went to {L} for a cleaning job, no news since",
    "pls share, {P} missing from {L} since last week",
    "{G} and {G} are in the dorm in {L}, passports kept by the company",
    "ask {G} about the recruiter in {L}",
    "i will call you after work",
    "may god keep everyone safe",
    "hope the hearing goes well tomorrow",
    "by the grace of god we reached the border",
    "pay the phone bill before friday",
    "she sells rose tea and bone china cups at the stall",
    "the court date for {G} is on the 14th",
    "{G} from {L} works in the same factory as me",
    "reply to {G}: yes the shelter in {L} takes women with kids",
    "going to {L} tomorrow, then by van to {L}",
    "she was sent from {L} to {L} and then to {L}",
    "rt if you know {P}, she was a domestic worker in {L}",
    "thanks {G}, the money reached {L}",
    "{G} is still in hospital in {L}, ward 6",
    "lives in {L} now, married to a local guy",
    "my sister {G} got a job in {L} through {P}",
    "top up my phone, mark the amount in the book",
    "we had turkey and rice at the canteen",
    "jack of the truck broke on the highway",
    "reading the contract again, it says twelve hours",
    "the boss said we will get paid in may",
    "{G} texted: reached {L}, safe",
    "brother {G} lost contact after {L}",
    "update: {P} found safe in {L}, thank you all",
    "the broker {G} promised work in {L}",
    "who is {G}? she keeps messaging me",
    "from {L} to {L} took two days by bus",
    "auntie {G} runs a tea shop near {L} station",
    "at {L} border the police asked {G} for money",
    "feeling hopeless, no work and no rent",
    "sunny today, washing clothes on the roof",
]
# A forum header that names the poster, capitalised, before the post (which names them again).
HEADERS = ["Forum post by {N}:", "Comment from {N}", "Reply by {N} (verified volunteer):", "DM from {N}:"]
POSTER_FRAMES = [
    "this is {N} again, still waiting for news of {G} from {L}",
    "{N} here, we reached {L} last night",
    "it's {N}, my number changed, {G} has the new one",
    "hi all, {N} from {L} group, any update on {P}?",
]


def main():
    seen = earlier_entities(EARLIER)
    fresh = lambda names: sorted({n for n in names if n not in seen and len(n) >= 3 and n.isalpha()})
    fresh_places = lambda places: sorted({p for p in places if p not in seen and len(p) >= 3})
    western_given = fresh(faker_list("person", "en_US", "first_names"))
    western_family = fresh(faker_list("person", "en_US", "last_names"))
    thai_given = fresh(faker_list("person", "en_TH", "first_names"))
    thai_family = fresh(faker_list("person", "en_TH", "last_names"))
    given = fresh(REGION_GIVEN) + thai_given + western_given[::3]
    family = fresh(REGION_FAMILY) + thai_family + western_family[::6]
    provinces = faker_list("address", "fil_PH", "luzon_provinces") + faker_list("address", "fil_PH",
                                                                                 "visayas_provinces") \
        + faker_list("address", "fil_PH", "mindanao_provinces") + faker_list("address", "en_AU", "states") \
        + faker_list("address", "en_US", "states")
    places = fresh_places(COUNTRIES) + fresh_places(REGION_PLACES) + fresh_places(ABROAD_PLACES) \
        + fresh_places(provinces)[::2]
    rng = random.Random(SEED)
    chat_frames = 0
    for n in range(COUNT):
        if n % 5 == 4:
            poster = rng.choice(given)
            header = rng.choice(HEADERS).replace("{N}", poster[:1].upper() + poster[1:])
            body_frame = rng.choice(POSTER_FRAMES)
            head, tail = body_frame.split("{N}")
            part1, spans1 = fill(head, rng, given, family, places, style="lower")
            part2, spans2 = fill(tail, rng, given, family, places, style="lower")
            text = header + "\n" + part1 + poster + part2
            base = len(header) + 1
            spans = [{"start": header.index(poster[:1].upper() + poster[1:]),
                      "end": header.index(poster[:1].upper() + poster[1:]) + len(poster), "label": "PERSON"}]
            spans += [{**s, "start": s["start"] + base, "end": s["end"] + base} for s in spans1]
            spans.append({"start": base + len(part1), "end": base + len(part1) + len(poster), "label": "PERSON"})
            shift = base + len(part1) + len(poster)
            spans += [{**s, "start": s["start"] + shift, "end": s["end"] + shift} for s in spans2]
            for span in spans:
                span["orig_label"] = span["label"]
                span["entity"] = text[span["start"]:span["end"]]
            form = "forum"
        else:
            text, spans = fill(FRAMES[chat_frames % len(FRAMES)], rng, given, family, places, style="lower")
            chat_frames += 1
            form = "chat"
        for span in spans:
            assert text[span["start"]:span["end"]] == span["entity"]
        print(json.dumps({"id": f"en-lc6-{n:03d}", "lang": "en", "form": form, "text": text, "spans": spans,
                          "source": "redact:tools/data/make_lowercase_chat_set6.py", "split": "dev"},
                         ensure_ascii=False))


if __name__ == "__main__":
    main()
