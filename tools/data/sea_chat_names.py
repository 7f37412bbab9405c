"""Javanese, Sundanese, Malay and Filipino given names and Filipino surnames as chat writes them
(issue 15, session 34, helper LC3), split in two halves by a hash of the name:

  add half    read by make_lexicons.py (`add_sea_chat_names()`): new names of the lexicon;
  check half  read by make_lowercase_chat_set5.py only: names the lexicon build never reads, so
              the check set measures names the lists lack, not the lists.

Source: written for this project from public knowledge (common given names of Java and West
Java, Malaysia and the Philippines: the Su-/-no/-wati/-ningsih shapes of Javanese names, the
Sundanese nicknames, Malay Arabic-derived names, Filipino Spanish-era and nickname forms); no
corpus, register or third-party list was copied. Licensed with the project.

Usage (from another script in tools/data): `from sea_chat_names import half`;
`half("add")` / `half("check")` give {kind: sorted names}.
"""
import hashlib

JAVANESE = """sutrisno suyatno sugiyono suparman sumarni sulastri sriyani wartini painem tukiyem ngatini
sukirah jumiati parjo paijo tukijo wagiman karsono darsono mulyono hartono haryanto suharti sumiyati
rusmini sukirno suwarno tumini sarinah kasmirah wulandari setyowati purwanti kusnadi sutarjo marsinah
tarmini giyanto wiyono supriyadi triyono widyastuti sunarti darmini poniyem sukiman karyono ponirah
muryani tumijan warsini sugiarto suprapto sumarsono sukardi suratmi sutini ngadimin tukimin paiman
sarmin rukmini yatini parmin wagiyem suparni ngatiyem kasiran sadimin sukarti karsini tugiyo sutarmi
wahyuni sriwahyuni sumardi budiyono heriyanto prihatin sulistyowati endang suwarni sukamto rubiyem
darmanto slamet sarijo paidi mukiyo jumirah sakinem legiyem surip sumiati parsini tarno marjuki""".split()

SUNDANESE = """asep ujang cecep dadang euis neneng yayat engkus entis aceng oding usep enok nenden tatang
dudung jajang wawan nining iyos lilis imas omay didin hendi acep ikin epon iyam enjang ajat ayi dodo
dadan aan eman encep komar maman nanang ocid oman rohman ucup udin uus yoyo cucum euceu ijah iis
kokom onih popon titin uun yeni yuyun ade cahya deden dedi kurnia""".split()

MALAY = """nurul aisyah faizal hafiz azlan syafiq amirul izzat zulkifli rosmah haslinda norazlina hamidah
shahrul khairul mazlan roslan rozita suhaila azizah halim firdaus syazwani nabilah aqilah hidayah
ikhwan salmah norhayati junaidah kamariah zaharah rohani faridah noraini azman kamarul hazwan hafizah
syahirah aiman danial haziq irfan luqman najwa nurin qistina sufian syukri wafiy zulaikha adibah
ashraf badrul fadzil hanis jamilah kamal liyana marlia nazri rashidah shamsul syamsul tajuddin
yusri zaidi zurina asyraf""".split()

FILIPINO = """jhun jojo boyet dodong inday marivic jinggoy rhodora dindo nonoy pido kiko tonyo jhoanna
marjorie rowel roldan jerwin jayson ernesto crisostomo perla luzviminda remedios corazon milagros
erlinda zenaida adoracion dolores consolacion florencia herminio rogelio wilfredo bienvenido danilo
rolando lourdes merlita rosario nida teresita virginia wenceslao aurelio bayani datu dalisay diwata
hiraya ligaya mayumi tala amihan jonalyn rachelle shiela maricar mylene jomari
rhealyn jessa kristel jhonrey joshua jericho rhey edgardo reynante gerardo lorna
loreta estrella gloria norma imelda leonora pacita""".split()

FILIPINO_SURNAMES = """macapagal mangubat bernardo evangelista sison lacsamana manalang sumulong dimagiba
cabrera panganiban dimaculangan bagatsing magsaysay laurel osmena quirino roxas recto tolentino
villareal buenaventura mercado agbayani alcantara bautista 
sarmiento manansala lapid lumbao pacquiao dimasalang malvar gatchalian ilagan macaraig salonga
tuazon yulo""".split()

KINDS = {
    "javanese": JAVANESE,
    "sundanese": SUNDANESE,
    "malay": MALAY,
    "filipino": FILIPINO,
    "filipino_surname": FILIPINO_SURNAMES,
}


def side(name):
    """"add" or "check": the half a name belongs to, by the first byte of its MD5 (fixed for ever,
    so the check set stays held out of every later lexicon build)."""
    return "add" if hashlib.md5(name.encode("utf-8")).digest()[0] % 2 == 0 else "check"


def half(which):
    """The names of one half, by kind (sorted, without repeats)."""
    return {kind: sorted({n for n in names if side(n) == which}) for kind, names in KINDS.items()}
