#!/usr/bin/env python3
"""Writes Fixtures/eval/romanised-chat-2.jsonl: a second, held-out set of chat messages in
romanised Hindi, Urdu, Bengali and Nepali mixed with English, with person names and places
labelled (NER dev-set format; offsets are Unicode scalar offsets).

It differs from make_romanised_chat_set.py on purpose: other templates (group chats, forwards,
job offers, questions about missing people), other names and places, and an Urdu part. It was
written and measured before any tuning on the first set, and is never used to choose words for
the veto: its figures are the held-out ones.

Everything here is written for this project: the templates, and the names and places (common
given names, family names and districts of the region, as public knowledge). No corpus text is
used. The output is licensed with the project.

    python3 tools/data/make_romanised_chat_set2.py > Fixtures/eval/romanised-chat-2.jsonl
"""
from template_fill import print_chat_set

GIVEN = {
    "hi": ["rohit", "sneha", "ajay", "nisha", "pankaj", "kajal", "vinod", "ritu", "mukesh", "preeti", "alok",
           "shweta", "naveen", "komal", "sachin", "bhavna", "gaurav", "jyoti", "harish", "savita", "tarun",
           "mamta", "yogesh", "rashmi", "lalit", "usha", "dilip", "seema", "mohan", "babita"],
    "ur": ["asif", "sana", "bilal", "hina", "usman", "ayesha", "zubair", "nadia", "kashif", "rabia", "tariq",
           "saima", "faisal", "uzma", "junaid", "farah", "shahid", "mehwish", "adnan", "bushra", "naveed",
           "samina", "waqas", "kiran", "irfan", "zainab", "sohail", "amna", "rizwan", "shazia"],
    "bn": ["sabbir", "nadia", "rakib", "shathi", "masud", "popy", "rubel", "jesmin", "liton", "shilpi",
           "alamgir", "rumana", "faruk", "morjina", "selim", "tahmina", "rasel", "sumaiya", "jewel", "farzana",
           "habib", "sultana", "monir", "rokeya", "kabir", "laboni", "shafiq", "rupali", "nayeem", "josna"],
    "ne": ["sujan", "pramila", "roshan", "sangita", "kiran", "bimala", "sagar", "nirmala", "raju", "mina",
           "bishal", "sunita", "anil", "goma", "prem", "durga", "suresh", "kalpana", "hem", "samjhana",
           "deepak", "parbati", "arjun", "yamuna", "milan", "shanti", "umesh", "tulsi", "kumar", "sarswati"],
}
FAMILY = {
    "hi": ["tiwari", "srivastava", "dubey", "chaudhary", "rawat", "saxena", "nishad", "paswan", "kushwaha",
           "rajput", "meena", "jha", "bhatt", "agarwal", "soni"],
    "ur": ["malik", "butt", "chaudhry", "akhtar", "hussain", "shah", "abbasi", "mirza", "siddiqui", "javed",
           "iqbal", "rana", "qadir", "anwar", "bhatti"],
    "bn": ["molla", "talukdar", "biswas", "haque", "kabir", "ahmed", "alam", "bepari", "miah", "howlader",
           "paul", "ghosh", "sikder", "mridha", "pramanik"],
    "ne": ["tamang", "rana", "oli", "pandey", "dahal", "ghimire", "koirala", "shah", "bhatta", "yadav",
           "chaudhary", "thakuri", "bista", "neupane", "subedi"],
}
PLACES = {
    "hi": ["gaya", "sitamarhi", "motihari", "raxaul", "bahraich", "kishanganj", "allahabad", "jhansi", "meerut",
           "indore", "surat", "ranchi", "dhanbad", "nagpur", "ludhiana"],
    "ur": ["lahore", "karachi", "multan", "faisalabad", "sialkot", "peshawar", "quetta", "gujranwala",
           "rawalpindi", "hyderabad", "sukkur", "bahawalpur", "mardan", "sargodha", "okara"],
    "bn": ["bogra", "dinajpur", "mymensingh", "tangail", "faridpur", "noakhali", "feni", "pabna", "kushtia",
           "madaripur", "shariatpur", "bhola", "lalmonirhat", "nilphamari", "habiganj"],
    "ne": ["dang", "surkhet", "bardiya", "kailali", "sunsari", "morang", "jhapa", "rupandehi", "gorkha",
           "syangja", "parsa", "bara", "dolakha", "ramechhap", "kavre"],
}
# {G}: a given name, {P}: given + family name, {L}: a place. Written for this project.
TEMPLATES = {
    "hi": [
        "group me sabko batao {G} ghar nahi pahuncha", "{P} naam ka ladka {L} me job dila raha hai",
        "bhaiya {G} ka whatsapp number bhejo na", "{G} bol raha tha {L} wali company fake hai",
        "koi {G} ko jaanta hai? {L} se gayab hai 3 din se", "{G} ke papa ne police me complaint di",
        "forward karo: {P} missing hai, last seen {L}", "{G} se puchho usne paise kisko diye",
        "kal raat {G} ka msg aaya tha {L} se", "{G} aur uski behen dono {L} me hai",
        "{G} bhai aap kahan ho abhi", "agent {P} ne {L} ka ticket karwaya", "{G} ko {L} bus stand pe chhod diya",
        "mere cousin {G} ki wife {L} se hai", "{G} abhi tak reply nahi kiya",
        "{G} ne kaha tha ki {L} me accha kaam hai", "sunn {G}, kal subah {L} chalna hai",
        "{P} wala number switch off aa raha hai", "{G} ki maa bahut pareshan hai, kuch karo",
        "ye {G} ka naya number hai", "{G} didi ko bolo {L} mat jaye",
        "humne {G} ko {L} me dhoondha par nahi mila", "{G} ka bhai {P} bhi saath tha",
        "{L} me {G} naam ki ladki ko kisi ne dekha?", "thank you {G} bhai",
    ],
    "ur": [
        "{G} kahan hai yaar? {L} pohanch gaya?", "{P} ne kaha tha visa mil jaye ga",
        "{G} ko {L} bhej diya gaya hai", "bhai {G} ka number do please", "{G} ki ammi bohat pareshan hain",
        "{P} {L} wali factory mein kaam karta hai", "{G} se baat hui? kya keh raha tha",
        "kal {G} aur {G} {L} se wapas aaye", "agent {P} ka koi pata nahi", "{G} ne paisay le liye aur bhaag gaya",
        "{G} baji {L} mein hain abhi", "mera bhai {G} {L} mein phansa hua hai", "{G} ko bolo mujhe call kare",
        "{L} mein {G} naam ka banda hai, woh madad kare ga", "{P} ki shadi {L} mein hui thi",
        "{G} bata raha tha ke passport le liya unhon ne", "kya {G} aap ke saath hai?",
        "{G} ke abbu ne FIR darj karwai", "{G} abhi {L} se nikli hai", "shukriya {G} bhai",
        "{G} ki behan {P} ka rishta {L} mein hua", "{G} ka phone band ja raha hai",
        "{G} keh rahi thi ke {L} mein kaam acha hai", "ye {G} ka naya number hai save kar lo",
        "{G} bhai {L} kab aao ge",
    ],
    "bn": [
        "{G} ki basay firse?", "{P} name ekjon dalal {L} e ache", "bhai {G} er number ta pathao",
        "{G} bolchilo {L} er company ta fake", "keu {G} ke chine? {L} theke nikhoj", "{G} er baba thanay mamla korse",
        "share koren: {P} hariye geche, sesh dekha {L}", "{G} ke jiggesh koro taka kake dise",
        "gotokal rate {G} er msg ashchilo {L} theke", "{G} ar tar bon duijon {L} e",
        "{G} bhai apni kothay", "dalal {P} {L} er ticket kete dise", "{G} ke {L} bus stand e namiye dise",
        "amar cousin {G} er bou {L} er meye", "{G} ekhono reply dey nai",
        "{G} bolse {L} e bhalo kaj ache", "shono {G}, kal shokale {L} jabo",
        "{P} er number ta bondho dekhay", "{G} er ma khub chinta korche", "eta {G} er notun number",
        "{G} apa ke bolo {L} na jete", "amra {G} ke {L} e khujlam pai nai", "{G} er bhai {P} o sathe chilo",
        "{L} e {G} name kono meye ke keu dekhse?", "dhonnobad {G} bhai",
    ],
    "ne": [
        "{G} ghar pugyo ki nai?", "{P} bhanne manche {L} ma kaam dinchha re", "dai {G} ko number pathaunu na",
        "{G} bhandai thiyo {L} ko company nakkali ho", "kasaile {G} lai chinnuhunchha? {L} bata haraeko",
        "{G} ko buwa le prahari ma ujuri diyo", "share garnus: {P} harayeko, antim patak {L} ma dekhiyeko",
        "{G} lai sodha paisa kasko haat ma diyo", "hijo rati {G} ko msg aayo {L} bata",
        "{G} ra usko bahini duvai {L} ma chhan", "{G} dai tapai kaha hunuhunchha", "agent {P} le {L} ko ticket kaatyo",
        "{G} lai {L} buspark ma chhodiyo", "mero bhai {G} ko srimati {L} ki ho", "{G} le ahile samma reply gareko chhaina",
        "{G} le bhaneko {L} ma ramro kaam chha", "suna {G}, bholi bihana {L} jaane",
        "{P} ko number off chha", "{G} ko aama dherai chintit hunuhunchha", "yo {G} ko naya number ho",
        "{G} didi lai bhana {L} najanu", "hamile {G} lai {L} ma khojyau bhetiyena",
        "{G} ko dai {P} pani sangai thiyo", "{L} ma {G} naam ko keti kasaile dekhnu bhayo?", "dhanyabad {G} dai",
    ],
}


def main():
    # lower: everything lower case (chat style); names: names and places capitalised;
    # sentence: the first letter capitalised too.
    print_chat_set(9021, ["hi", "ur", "bn", "ne"], 100, ["lower", "lower", "lower", "names", "sentence"], (TEMPLATES, GIVEN, FAMILY, PLACES), "chat2",
                   "make_romanised_chat_set2.py")


if __name__ == "__main__":
    main()
