#!/usr/bin/env python3
"""Writes Fixtures/eval/romanised-chat.jsonl: chat messages in romanised Hindi, Bengali and
Nepali mixed with English, with their person names and places labelled, in the NER dev-set
format (see ../shared/data/ner/README.md; offsets are Unicode scalar offsets).

Everything here is written for this project: the templates, and the names and places (common
given names, family names and districts of the region, as public knowledge). No corpus text is
used. The output is licensed with the project.

    python3 tools/data/make_romanised_chat_set.py > Fixtures/eval/romanised-chat.jsonl
"""
from template_fill import print_chat_set

GIVEN = {
    "hi": ["rahul", "priya", "amit", "sunita", "rekha", "vikram", "pooja", "anjali", "ravi", "kavita", "suresh",
           "neha", "sanjay", "meena", "deepak", "geeta", "arjun", "shalini", "manoj", "aarti", "rakesh", "sapna",
           "imran", "salma", "farhan", "nazia", "ramesh", "lakshmi", "kiran", "sonia"],
    "bn": ["rahim", "karim", "fatema", "ayesha", "nusrat", "tania", "shakil", "jamal", "rubina", "sumon",
           "mitu", "rafiq", "shirin", "hasan", "nasrin", "arif", "moushumi", "tanvir", "shapla", "babul",
           "rina", "sohel", "joynal", "parvin", "anwar", "beauty", "mizan", "lipi", "kamal", "sharmin"],
    "ne": ["sita", "ram", "gita", "hari", "bishnu", "kamala", "sunil", "sarita", "prakash", "anita", "binod",
           "laxmi", "dipak", "radha", "suman", "manisha", "rajesh", "sabina", "krishna", "puja", "nabin",
           "srijana", "bikash", "asmita", "santosh", "rupa", "dinesh", "kabita", "ganesh", "sushila"],
}
FAMILY = {
    "hi": ["sharma", "verma", "gupta", "singh", "yadav", "kumar", "khan", "ansari", "patel", "mishra", "chauhan",
           "qureshi", "pandey", "joshi", "thakur"],
    "bn": ["uddin", "rahman", "hossain", "islam", "begum", "akter", "khatun", "mia", "sarkar", "chowdhury", "das",
           "roy", "mondal", "sheikh", "hasan"],
    "ne": ["thapa", "gurung", "tamang", "shrestha", "rai", "magar", "karki", "adhikari", "poudel", "bhandari",
           "khadka", "lama", "sherpa", "basnet", "bhattarai"],
}
PLACES = {
    "hi": ["delhi", "mumbai", "lucknow", "patna", "kolkata", "jaipur", "kanpur", "bhopal", "varanasi", "agra",
           "gorakhpur", "muzaffarpur", "darbhanga", "siliguri", "pune"],
    "bn": ["dhaka", "khulna", "jessore", "satkhira", "kurigram", "rangpur", "sylhet", "chittagong", "barisal",
           "cox's bazar", "benapole", "narail", "gazipur", "comilla", "rajshahi"],
    "ne": ["kathmandu", "pokhara", "birgunj", "biratnagar", "nepalgunj", "sindhupalchok", "makwanpur", "nuwakot",
           "dhading", "chitwan", "butwal", "dhangadhi", "janakpur", "bhairahawa", "lalitpur"],
}
# {G}: a given name, {P}: given + family name, {L}: a place. Written for this project.
TEMPLATES = {
    "hi": [
        "{G} kya kar raha hai aaj?", "mujhe {G} ka number chahiye", "{G} aur {G} kal {L} gaye the",
        "kal {P} ne bola ki woh {L} mein hai", "bhai {G} ko bol do ghar aa jaye", "{G} nahi aayi abhi tak",
        "yaar {G} ka phone band hai, {L} mein kisi ko pata hai?", "{P} ko {L} se kal raat le gaye",
        "{G} ki shaadi {L} mein ho rahi hai", "kya {G} tumhare saath hai?", "mera naam {P} hai, main {L} se hoon",
        "{G} bol rahi thi ki agent ne paisa nahi diya", "aap {G} se baat karo, woh sab jaanti hai",
        "{G} ke bhai ne {L} se call kiya tha", "maine {G} ko {L} station pe dekha", "{G} ka kuch pata chala?",
        "sab log {L} mein hai, sirf {G} nahi hai", "{P} ji ne kaha ki kaam mil jayega {L} mein",
        "abhi {G} se mila, bahut pareshan hai", "{G} ki didi {L} mein kaam karti hai",
        "agar {G} aaye toh mujhe batao", "{G} ne bataya ki {G} {L} chali gayi", "please {G} ko help karo",
        "kal {L} jaana hai {G} ke saath", "{P} ka address {L} mein hai kya?",
        "hi {G}, kaise ho? {L} kab aa rahe ho", "{G} bhi nahi jaanta tha ki woh kahan hai",
        "woh aadmi {G} ko {L} le gaya", "{G} ki mummy ro rahi hai", "kya hua {G}? sab theek hai na",
    ],
    "bn": [
        "ami {G} er sathe {L} jacchi", "{G} kothay ache?", "{G} ke bolo amake phone korte",
        "{P} ke {L} theke niye geche", "tumi {G} ke chino?", "{G} er bhai {L} e kaj kore",
        "kal {G} ar {G} {L} gechhe", "amar naam {P}, bari {L}", "{G} bollo je dalal taka dey ni",
        "{G} apu kemon acho? {L} e kobe ashbe", "ami {G} ke {L} station e dekhlam", "{G} er kono khobor nai",
        "{G} ekhon {L} e ache, kintu phone bondho", "tomar {G} er number ta dao",
        "{P} bolche je kaj ache {L} e", "{G} ar ami eksathe {L} jabo", "{G} bhai ke bolo amar sathe kotha bolte",
        "{G} er ma khub kanna korche", "keno {G} ke jete dile?", "{G} ke {L} border e dhoreche",
        "amra {G} er jonno opekkha korchi", "{G} to {L} e chilo gotokal", "{G} er sathe kotha hoyeche?",
        "{P} er bari {L} te", "ki holo {G}? sob thik ache to", "{G} di {L} theke phone korechilo",
        "onek din {G} ke dekhi na", "{G} bollo {G} {L} chole geche", "{G} ke help koro please",
        "ajke {G} ashbe {L} theke",
    ],
    "ne": [
        "{G} kaha chha?", "malai {G} ko number chahiyo", "{G} ra {G} hijo {L} gaye",
        "{P} lai {L} bata lagyo", "timi {G} lai chineu?", "{G} ko dai {L} ma kaam garcha",
        "mero naam {P} ho, ghar {L}", "{G} le bhanyo agent le paisa diyena", "{G} didi {L} kahile aaune?",
        "maile {G} lai {L} bus park ma dekhe", "{G} ko kehi khabar chhaina", "{G} ahile {L} ma chha tara phone off chha",
        "{P} bhanchha kaam chha {L} ma", "{G} ra ma sangai {L} jane", "{G} ko aama dherai runu bhayo",
        "kina {G} lai jana diyeu?", "{G} lai {L} border ma samatyo", "hami {G} ko lagi kurdai chhau",
        "{G} hijo {L} ma thiyo", "{P} ko ghar {L} ma ho", "ke bhayo {G}? sab thik chha ni",
        "{G} le bhanyo {G} {L} gayo", "{G} lai help gara na", "aaja {G} {L} bata aaudai chha",
        "{G} sanga kura bhayo?", "{G} dai ko phone aayo {L} bata", "dherai din bhayo {G} lai nadekheko",
        "{G} ko bahini {L} ma chhe", "please {G} lai bhannu malai call garna", "{G} pani thaha thiyena",
    ],
}


def main():
    # lower: everything lower case (chat style); names: names and places capitalised;
    # sentence: the first letter capitalised too.
    print_chat_set(4715, ["hi", "bn", "ne"], 120, ["lower", "lower", "names", "sentence"], (TEMPLATES, GIVEN, FAMILY, PLACES), "chat",
                   "make_romanised_chat_set.py")


if __name__ == "__main__":
    main()
