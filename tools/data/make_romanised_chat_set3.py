#!/usr/bin/env python3
"""Writes Fixtures/eval/chat-3.jsonl, a third held-out set of chat messages in romanised Hindi,
Urdu, Bengali and Nepali mixed with English, with person names and places labelled (NER dev-set
format; offsets are Unicode scalar offsets).

Written in session 23 BEFORE any of that session's tuning (lower-case places, Hindi precision,
the English case-augmented model) and never used to choose words, rules or thresholds: its
figures are the held-out ones. It differs from sets 1 and 2 on purpose: other templates (rescue
and shelter talk, money transfers, travel plans, family news, place + unit word such as
`gaon`, `zila`, `upazila`, `district`), other names and other places.

Everything here is written for this project: the templates, and the names and places (common
given names, family names and districts/towns of the region, as public knowledge). No corpus
text is used. The output is licensed with the project.

    python3 tools/data/make_romanised_chat_set3.py > Fixtures/eval/chat-3.jsonl
"""
from template_fill import print_chat_set

GIVEN = {
    "hi": ["ankit", "divya", "manish", "poonam", "sunil", "reena", "vivek", "anita", "rajiv", "sarita",
           "nitin", "pinki", "ashok", "madhu", "hemant", "kusum", "prakash", "suman", "abhishek", "nidhi",
           "jitendra", "monika", "santosh", "shobha", "vijay", "radha", "umesh", "kamla", "akash", "renu"],
    "ur": ["hamza", "maryam", "ali", "sidra", "umar", "fatima", "kamran", "nabila", "shoaib", "sadia",
           "arslan", "iqra", "danish", "maria", "imtiaz", "ghazala", "nasir", "rukhsana", "aamir", "sobia",
           "haris", "noreen", "yasir", "lubna", "khurram", "shabnam", "zeeshan", "huma", "tahir", "asma"],
    "bn": ["shimul", "mousumi", "rony", "keya", "mamun", "nargis", "sajib", "lovely", "polash", "shanta",
           "jahid", "runa", "sumon", "dilruba", "tuhin", "akhi", "biplob", "mukta", "imon", "rozina",
           "shohag", "koli", "rasheda", "babu", "sagorika", "milon", "poly", "anis", "hena", "ripon"],
    "ne": ["bibek", "sarmila", "kamal", "rojina", "niraj", "sabitri", "dipesh", "menuka", "sunil", "anjana",
           "rabin", "bindu", "santosh", "laxmi", "manoj", "kopila", "sushil", "januka", "rohan", "bhagwati",
           "ashok", "nirmala", "pawan", "rita", "dinesh", "susmita", "birendra", "kalpana", "sanjeev", "puspa"],
}
FAMILY = {
    "hi": ["pandey", "thakur", "prasad", "mahto", "kushwaha", "bind", "gautam", "pal", "nishad", "rai",
           "sahu", "kori", "lodhi", "mandal", "bharti"],
    "ur": ["qureshi", "sheikh", "baig", "awan", "gondal", "niazi", "khokhar", "cheema", "bajwa", "ansari",
           "rajput", "jutt", "lodhi", "durrani", "zaidi"],
    "bn": ["sarkar", "mondal", "sheikh", "khatun", "begum", "rahman", "uddin", "das", "roy", "hossain",
           "akter", "islam", "chowdhury", "mia", "sardar"],
    "ne": ["gurung", "magar", "rai", "limbu", "thapa", "karki", "adhikari", "khadka", "bhandari", "poudel",
           "sharma", "shrestha", "tharu", "lama", "budha"],
}
PLACES = {
    "hi": ["aligarh", "bareilly", "saharanpur", "ballia", "siwan", "chhapra", "begusarai", "purnia",
           "jamshedpur", "bokaro", "raipur", "bilaspur", "kota", "udaipur", "amritsar"],
    "ur": ["jhelum", "sahiwal", "dera ghazi khan", "mirpur", "abbottabad", "kasur", "sheikhupura", "larkana",
           "nawabshah", "khanewal", "chiniot", "swat", "gujrat", "jhang", "vehari"],
    "bn": ["jamalpur", "sherpur", "netrokona", "kishoreganj", "sirajganj", "natore", "naogaon", "gaibandha",
           "thakurgaon", "panchagarh", "chuadanga", "jhenaidah", "magura", "bagerhat", "patuakhali"],
    "ne": ["ilam", "dhankuta", "udayapur", "siraha", "saptari", "mahottari", "sarlahi", "rautahat",
           "nawalparasi", "kapilvastu", "dailekh", "achham", "doti", "baitadi", "sindhuli"],
}
# {G}: a given name, {P}: given + family name, {L}: a place. Written for this project, session 23.
TEMPLATES = {
    "hi": [
        "{G} ko shelter home bhej diya, sab theek hai", "{L} zila ke {G} ka case kal court me hai",
        "paise {G} ke account me daal diye", "{P} ne bola tha {L} station pe milenge",
        "{G} ki shaadi zabardasti {L} me kara di", "didi {G} ka aadhaar card kho gaya",
        "{L} gaon ki ladkiyan {G} ke saath gayi thi", "{G} bhaiya ne recharge karwa diya",
        "hello {G} tum {L} kab pahunchoge", "{P} ka pata: ward 4, {L}",
        "uncle {G} bol rahe the {L} me naukri milegi", "{G} ko fever hai, doctor ke paas le jao",
        "{G} kal {L} se train pakdegi", "madam {P} ne file bhej di", "{G} ka bhai {L} jail me hai",
        "ok {G}, mai {L} pahunch ke call karta hoon", "{G} ne photo bheji {L} wale ghar ki",
        "please {G} ko mat batana", "{G} aur {P} dono {L} district se hai", "sorry {G} kal nahi aa paya",
    ],
    "ur": [
        "{G} ko darul aman bhej diya hai", "{L} zila ka {G} kal se ghaib hai", "{G} ke account mein paisay bhej diye",
        "{P} ne {L} adde pe milna tha", "{G} ki zabardasti shadi {L} mein hui", "baji {G} ka shanakhti card gum gaya",
        "{L} ke gaon se {G} ko le gaye", "{G} bhai ne easypaisa kar diya", "salam {G}, {L} kab pohncho ge",
        "{P} ka address {L} mein hai", "chacha {G} keh rahe thay {L} mein naukri hai", "{G} ko bukhar hai",
        "{G} kal {L} se bus le gi", "sir {P} ne documents bhej diye", "{G} ka bhai {L} jail mein hai",
        "ok {G} main {L} pohanch kar call karun ga", "{G} ne {L} wale ghar ki tasveer bheji",
        "please {G} ko na batana", "{G} aur {P} dono {L} se hain", "sorry {G} kal nahi aa saka",
    ],
    "bn": [
        "{G} ke shelter e pathano hoyeche", "{L} jelar {G} er case kal court e", "{G} er bkash e taka pathaisi",
        "{P} bolse {L} station e dekha hobe", "{G} er jor kore biye dise {L} e", "apa {G} er NID card haraise",
        "{L} upazila theke {G} ke niye gese", "{G} bhai recharge kore dise", "hello {G} tumi {L} kobe pouchaba",
        "{P} er thikana {L} sadar", "chacha {G} bollo {L} e chakri ache", "{G} er jor, daktar er kache nao",
        "{G} kal {L} theke bus e uthbe", "madam {P} file pathiye dise", "{G} er bhai {L} jail e ache",
        "ok {G} ami {L} pouche call dibo", "{G} {L} er barir chobi pathaise", "please {G} ke bolo na",
        "{G} ar {P} duijon {L} er", "sorry {G} kal aste parini",
    ],
    "ne": [
        "{G} lai shelter ma pathaiyo", "{L} jilla ko {G} ko mudda bholi adalat ma", "{G} ko khata ma paisa halidiye",
        "{P} le {L} buspark ma bhetne bhaneko", "{G} ko jabarjasti bibaha {L} ma garaiyo",
        "didi {G} ko nagarikta haraayo", "{L} gaun bata {G} lai lagyo", "{G} dai le recharge gardinu bhayo",
        "hello {G} timi {L} kahile pugchhau", "{P} ko thegana {L} ward 5", "mama {G} le {L} ma jagir chha bhannu bhayo",
        "{G} lai joro aayo, doctor kaha lanu", "{G} bholi {L} bata bus chadchhe", "sir {P} le file pathaunu bhayo",
        "{G} ko bhai {L} jail ma chha", "ok {G} ma {L} pugera call garchhu", "{G} le {L} ko ghar ko photo pathayo",
        "please {G} lai nabhana", "{G} ra {P} duvai {L} ka hun", "sorry {G} hijo aauna sakina",
    ],
}


def main():
    # lower: everything lower case (chat style); names: names and places capitalised;
    # sentence: the first letter capitalised too.
    print_chat_set(2311, ["hi", "ur", "bn", "ne"], 100, ["lower", "lower", "lower", "names", "sentence"],
                   (TEMPLATES, GIVEN, FAMILY, PLACES), "chat3", "make_romanised_chat_set3.py")


if __name__ == "__main__":
    main()
