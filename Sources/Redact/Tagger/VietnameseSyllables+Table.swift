// Generated: every syllable ``VietnameseSyllables/all()`` allows, and the distinctive ones.
// Regenerate with `REDACT_WRITE_VIETNAMESE_SYLLABLES=Sources/Redact/Tagger/VietnameseSyllables+Table.swift
// swift test --filter VietnameseSyllableTableTests` (the test checks these lists against the rules).

extension VietnameseSyllables {
  /// Every syllable the spelling rules allow, sorted, separated by white space.
  static let generatedSyllables = """
    a ac ach ai am an ang anh ao ap at au ay ba bac bach bai bam ban bang banh bao bap bat bau bay be bec
    bech bem ben beng benh beo bep bet beu bi bia bic bich biec biem bien bieng biep biet bieu bim bin binh
    bip bit biu bo boa boac boach boai boam boan boang boanh boap boat boay boc boe boec boem boen boep boet
    boi bom bon bong booc boom boon boong boop boot bop bot bu bua buan buang buat buc bue buec buech buem
    buen buenh buep buet bui bum bun bung buo buoc buoi buom buon buong buop buot buou bup but buu buy buya
    buyc buych buyec buyem buyen buyeng buyep buyet buym buyn buynh buyp buyt buyu by bya bych byec byem
    byen byeng byep byet byeu bynh ca cac cach cai cam can cang canh cao cap cat cau cay cha chac chach chai
    cham chan chang chanh chao chap chat chau chay che chec chech chem chen cheng chenh cheo chep chet cheu
    chi chia chic chich chiec chiem chien chieng chiep chiet chieu chim chin chinh chip chit chiu cho choa
    choac choach choai choam choan choang choanh choap choat choay choc choe choec choem choen choep choet
    choi chom chon chong chooc choom choon choong choop choot chop chot chu chua chuan chuang chuat chuc
    chue chuec chuech chuem chuen chuenh chuep chuet chui chum chun chung chuo chuoc chuoi chuom chuon
    chuong chuop chuot chuou chup chut chuu chuy chuya chuyc chuych chuyec chuyem chuyen chuyeng chuyep
    chuyet chuym chuyn chuynh chuyp chuyt chuyu chy chya chych chyec chyem chyen chyeng chyep chyet chyeu
    chynh co coa coac coach coai coam coan coang coanh coap coat coay coc coe coec coem coen coep coet coi
    com con cong cooc coom coon coong coop coot cop cot cu cua cuan cuang cuat cuc cue cuec cuech cuem cuen
    cuenh cuep cuet cui cum cun cung cuo cuoc cuoi cuom cuon cuong cuop cuot cuou cup cut cuu cuy cuya cuyc
    cuych cuyec cuyem cuyen cuyeng cuyep cuyet cuym cuyn cuynh cuyp cuyt cuyu da dac dach dai dam dan dang
    danh dao dap dat dau day de dec dech dem den deng denh deo dep det deu di dia dic dich diec diem dien
    dieng diep diet dieu dim din dinh dip dit diu do doa doac doach doai doam doan doang doanh doap doat
    doay doc doe doec doem doen doep doet doi dom don dong dooc doom doon doong doop doot dop dot du dua
    duan duang duat duc due duec duech duem duen duenh duep duet dui dum dun dung duo duoc duoi duom duon
    duong duop duot duou dup dut duu duy duya duyc duych duyec duyem duyen duyeng duyep duyet duym duyn
    duynh duyp duyt duyu dy dya dych dyec dyem dyen dyeng dyep dyet dyeu dynh e ec ech em en eng enh eo ep
    et eu ga gac gach gai gam gan gang ganh gao gap gat gau gay ghe ghec ghech ghem ghen gheng ghenh gheo
    ghep ghet gheu ghi ghia ghic ghich ghiec ghiem ghien ghieng ghiep ghiet ghieu ghim ghin ghinh ghip ghit
    ghiu gi gia giac giach giai giam gian giang gianh giao giap giat giau giay gic gich gie giec giech giem
    gien gieng gienh gieo giep giet gieu gii giia giic giich giiec giiem giien giieng giiep giiet giieu giim
    giin giinh giip giit giiu gim gin ginh gio gioa gioac gioach gioai gioam gioan gioang gioanh gioap gioat
    gioay gioc gioe gioec gioem gioen gioep gioet gioi giom gion giong giooc gioom gioon gioong gioop gioot
    giop giot gip git giu giua giuan giuang giuat giuc giue giuec giuech giuem giuen giuenh giuep giuet giui
    gium giun giung giuo giuoc giuoi giuom giuon giuong giuop giuot giuou giup giut giuu giuy giuya giuyc
    giuych giuyec giuyem giuyen giuyeng giuyep giuyet giuym giuyn giuynh giuyp giuyt giuyu giy giya giych
    giyec giyem giyen giyeng giyep giyet giyeu giynh go goa goac goach goai goam goan goang goanh goap goat
    goay goc goe goec goem goen goep goet goi gom gon gong gooc goom goon goong goop goot gop got gu gua
    guan guang guat guc gue guec guech guem guen guenh guep guet gui gum gun gung guo guoc guoi guom guon
    guong guop guot guou gup gut guu guy guya guyc guych guyec guyem guyen guyeng guyep guyet guym guyn
    guynh guyp guyt guyu gy gya gych gyec gyem gyen gyeng gyep gyet gyeu gynh ha hac hach hai ham han hang
    hanh hao hap hat hau hay he hec hech hem hen heng henh heo hep het heu hi hia hic hich hiec hiem hien
    hieng hiep hiet hieu him hin hinh hip hit hiu ho hoa hoac hoach hoai hoam hoan hoang hoanh hoap hoat
    hoay hoc hoe hoec hoem hoen hoep hoet hoi hom hon hong hooc hoom hoon hoong hoop hoot hop hot hu hua
    huan huang huat huc hue huec huech huem huen huenh huep huet hui hum hun hung huo huoc huoi huom huon
    huong huop huot huou hup hut huu huy huya huyc huych huyec huyem huyen huyeng huyep huyet huym huyn
    huynh huyp huyt huyu hy hya hych hyec hyem hyen hyeng hyep hyet hyeu hynh i ia ic ich iec iem ien ieng
    iep iet ieu im in inh ip it iu ke kec kech kem ken keng kenh keo kep ket keu kha khac khach khai kham
    khan khang khanh khao khap khat khau khay khe khec khech khem khen kheng khenh kheo khep khet kheu khi
    khia khic khich khiec khiem khien khieng khiep khiet khieu khim khin khinh khip khit khiu kho khoa khoac
    khoach khoai khoam khoan khoang khoanh khoap khoat khoay khoc khoe khoec khoem khoen khoep khoet khoi
    khom khon khong khooc khoom khoon khoong khoop khoot khop khot khu khua khuan khuang khuat khuc khue
    khuec khuech khuem khuen khuenh khuep khuet khui khum khun khung khuo khuoc khuoi khuom khuon khuong
    khuop khuot khuou khup khut khuu khuy khuya khuyc khuych khuyec khuyem khuyen khuyeng khuyep khuyet
    khuym khuyn khuynh khuyp khuyt khuyu khy khya khych khyec khyem khyen khyeng khyep khyet khyeu khynh ki
    kia kic kich kiec kiem kien kieng kiep kiet kieu kim kin kinh kip kit kiu ky kya kych kyec kyem kyen
    kyeng kyep kyet kyeu kynh la lac lach lai lam lan lang lanh lao lap lat lau lay le lec lech lem len leng
    lenh leo lep let leu li lia lic lich liec liem lien lieng liep liet lieu lim lin linh lip lit liu lo loa
    loac loach loai loam loan loang loanh loap loat loay loc loe loec loem loen loep loet loi lom lon long
    looc loom loon loong loop loot lop lot lu lua luan luang luat luc lue luec luech luem luen luenh luep
    luet lui lum lun lung luo luoc luoi luom luon luong luop luot luou lup lut luu luy luya luyc luych luyec
    luyem luyen luyeng luyep luyet luym luyn luynh luyp luyt luyu ly lya lych lyec lyem lyen lyeng lyep lyet
    lyeu lynh ma mac mach mai mam man mang manh mao map mat mau may me mec mech mem men meng menh meo mep
    met meu mi mia mic mich miec miem mien mieng miep miet mieu mim min minh mip mit miu mo moa moac moach
    moai moam moan moang moanh moap moat moay moc moe moec moem moen moep moet moi mom mon mong mooc moom
    moon moong moop moot mop mot mu mua muan muang muat muc mue muec muech muem muen muenh muep muet mui mum
    mun mung muo muoc muoi muom muon muong muop muot muou mup mut muu muy muya muyc muych muyec muyem muyen
    muyeng muyep muyet muym muyn muynh muyp muyt muyu my mya mych myec myem myen myeng myep myet myeu mynh
    na nac nach nai nam nan nang nanh nao nap nat nau nay ne nec nech nem nen neng nenh neo nep net neu nga
    ngac ngach ngai ngam ngan ngang nganh ngao ngap ngat ngau ngay nghe nghec nghech nghem nghen ngheng
    nghenh ngheo nghep nghet ngheu nghi nghia nghic nghich nghiec nghiem nghien nghieng nghiep nghiet nghieu
    nghim nghin nghinh nghip nghit nghiu ngo ngoa ngoac ngoach ngoai ngoam ngoan ngoang ngoanh ngoap ngoat
    ngoay ngoc ngoe ngoec ngoem ngoen ngoep ngoet ngoi ngom ngon ngong ngooc ngoom ngoon ngoong ngoop ngoot
    ngop ngot ngu ngua nguan nguang nguat nguc ngue nguec nguech nguem nguen nguenh nguep nguet ngui ngum
    ngun ngung nguo nguoc nguoi nguom nguon nguong nguop nguot nguou ngup ngut nguu nguy nguya nguyc nguych
    nguyec nguyem nguyen nguyeng nguyep nguyet nguym nguyn nguynh nguyp nguyt nguyu ngy ngya ngych ngyec
    ngyem ngyen ngyeng ngyep ngyet ngyeu ngynh nha nhac nhach nhai nham nhan nhang nhanh nhao nhap nhat nhau
    nhay nhe nhec nhech nhem nhen nheng nhenh nheo nhep nhet nheu nhi nhia nhic nhich nhiec nhiem nhien
    nhieng nhiep nhiet nhieu nhim nhin nhinh nhip nhit nhiu nho nhoa nhoac nhoach nhoai nhoam nhoan nhoang
    nhoanh nhoap nhoat nhoay nhoc nhoe nhoec nhoem nhoen nhoep nhoet nhoi nhom nhon nhong nhooc nhoom nhoon
    nhoong nhoop nhoot nhop nhot nhu nhua nhuan nhuang nhuat nhuc nhue nhuec nhuech nhuem nhuen nhuenh nhuep
    nhuet nhui nhum nhun nhung nhuo nhuoc nhuoi nhuom nhuon nhuong nhuop nhuot nhuou nhup nhut nhuu nhuy
    nhuya nhuyc nhuych nhuyec nhuyem nhuyen nhuyeng nhuyep nhuyet nhuym nhuyn nhuynh nhuyp nhuyt nhuyu nhy
    nhya nhych nhyec nhyem nhyen nhyeng nhyep nhyet nhyeu nhynh ni nia nic nich niec niem nien nieng niep
    niet nieu nim nin ninh nip nit niu no noa noac noach noai noam noan noang noanh noap noat noay noc noe
    noec noem noen noep noet noi nom non nong nooc noom noon noong noop noot nop not nu nua nuan nuang nuat
    nuc nue nuec nuech nuem nuen nuenh nuep nuet nui num nun nung nuo nuoc nuoi nuom nuon nuong nuop nuot
    nuou nup nut nuu nuy nuya nuyc nuych nuyec nuyem nuyen nuyeng nuyep nuyet nuym nuyn nuynh nuyp nuyt nuyu
    ny nya nych nyec nyem nyen nyeng nyep nyet nyeu nynh o oa oac oach oai oam oan oang oanh oap oat oay oc
    oe oec oem oen oep oet oi om on ong ooc oom oon oong oop oot op ot pha phac phach phai pham phan phang
    phanh phao phap phat phau phay phe phec phech phem phen pheng phenh pheo phep phet pheu phi phia phic
    phich phiec phiem phien phieng phiep phiet phieu phim phin phinh phip phit phiu pho phoa phoac phoach
    phoai phoam phoan phoang phoanh phoap phoat phoay phoc phoe phoec phoem phoen phoep phoet phoi phom phon
    phong phooc phoom phoon phoong phoop phoot phop phot phu phua phuan phuang phuat phuc phue phuec phuech
    phuem phuen phuenh phuep phuet phui phum phun phung phuo phuoc phuoi phuom phuon phuong phuop phuot
    phuou phup phut phuu phuy phuya phuyc phuych phuyec phuyem phuyen phuyeng phuyep phuyet phuym phuyn
    phuynh phuyp phuyt phuyu phy phya phych phyec phyem phyen phyeng phyep phyet phyeu phynh qua quac quach
    quai quam quan quang quanh quao quap quat quau quay que quec quech quem quen queng quenh queo quep quet
    queu qui quia quic quich quiec quiem quien quieng quiep quiet quieu quim quin quinh quip quit quiu quo
    quoa quoac quoach quoai quoam quoan quoang quoanh quoap quoat quoay quoc quoe quoec quoem quoen quoep
    quoet quoi quom quon quong quooc quoom quoon quoong quoop quoot quop quot quy quya quych quyec quyem
    quyen quyeng quyep quyet quyeu quynh ra rac rach rai ram ran rang ranh rao rap rat rau ray re rec rech
    rem ren reng renh reo rep ret reu ri ria ric rich riec riem rien rieng riep riet rieu rim rin rinh rip
    rit riu ro roa roac roach roai roam roan roang roanh roap roat roay roc roe roec roem roen roep roet roi
    rom ron rong rooc room roon roong roop root rop rot ru rua ruan ruang ruat ruc rue ruec ruech ruem ruen
    ruenh ruep ruet rui rum run rung ruo ruoc ruoi ruom ruon ruong ruop ruot ruou rup rut ruu ruy ruya ruyc
    ruych ruyec ruyem ruyen ruyeng ruyep ruyet ruym ruyn ruynh ruyp ruyt ruyu ry rya rych ryec ryem ryen
    ryeng ryep ryet ryeu rynh sa sac sach sai sam san sang sanh sao sap sat sau say se sec sech sem sen seng
    senh seo sep set seu si sia sic sich siec siem sien sieng siep siet sieu sim sin sinh sip sit siu so soa
    soac soach soai soam soan soang soanh soap soat soay soc soe soec soem soen soep soet soi som son song
    sooc soom soon soong soop soot sop sot su sua suan suang suat suc sue suec suech suem suen suenh suep
    suet sui sum sun sung suo suoc suoi suom suon suong suop suot suou sup sut suu suy suya suyc suych suyec
    suyem suyen suyeng suyep suyet suym suyn suynh suyp suyt suyu sy sya sych syec syem syen syeng syep syet
    syeu synh ta tac tach tai tam tan tang tanh tao tap tat tau tay te tec tech tem ten teng tenh teo tep
    tet teu tha thac thach thai tham than thang thanh thao thap that thau thay the thec thech them then
    theng thenh theo thep thet theu thi thia thic thich thiec thiem thien thieng thiep thiet thieu thim thin
    thinh thip thit thiu tho thoa thoac thoach thoai thoam thoan thoang thoanh thoap thoat thoay thoc thoe
    thoec thoem thoen thoep thoet thoi thom thon thong thooc thoom thoon thoong thoop thoot thop thot thu
    thua thuan thuang thuat thuc thue thuec thuech thuem thuen thuenh thuep thuet thui thum thun thung thuo
    thuoc thuoi thuom thuon thuong thuop thuot thuou thup thut thuu thuy thuya thuyc thuych thuyec thuyem
    thuyen thuyeng thuyep thuyet thuym thuyn thuynh thuyp thuyt thuyu thy thya thych thyec thyem thyen
    thyeng thyep thyet thyeu thynh ti tia tic tich tiec tiem tien tieng tiep tiet tieu tim tin tinh tip tit
    tiu to toa toac toach toai toam toan toang toanh toap toat toay toc toe toec toem toen toep toet toi tom
    ton tong tooc toom toon toong toop toot top tot tra trac trach trai tram tran trang tranh trao trap trat
    trau tray tre trec trech trem tren treng trenh treo trep tret treu tri tria tric trich triec triem trien
    trieng triep triet trieu trim trin trinh trip trit triu tro troa troac troach troai troam troan troang
    troanh troap troat troay troc troe troec troem troen troep troet troi trom tron trong trooc troom troon
    troong troop troot trop trot tru trua truan truang truat truc true truec truech truem truen truenh truep
    truet trui trum trun trung truo truoc truoi truom truon truong truop truot truou trup trut truu truy
    truya truyc truych truyec truyem truyen truyeng truyep truyet truym truyn truynh truyp truyt truyu try
    trya trych tryec tryem tryen tryeng tryep tryet tryeu trynh tu tua tuan tuang tuat tuc tue tuec tuech
    tuem tuen tuenh tuep tuet tui tum tun tung tuo tuoc tuoi tuom tuon tuong tuop tuot tuou tup tut tuu tuy
    tuya tuyc tuych tuyec tuyem tuyen tuyeng tuyep tuyet tuym tuyn tuynh tuyp tuyt tuyu ty tya tych tyec
    tyem tyen tyeng tyep tyet tyeu tynh u ua uan uang uat uc ue uec uech uem uen uenh uep uet ui um un ung
    uo uoc uoi uom uon uong uop uot uou up ut uu uy uya uyc uych uyec uyem uyen uyeng uyep uyet uym uyn uynh
    uyp uyt uyu va vac vach vai vam van vang vanh vao vap vat vau vay ve vec vech vem ven veng venh veo vep
    vet veu vi via vic vich viec viem vien vieng viep viet vieu vim vin vinh vip vit viu vo voa voac voach
    voai voam voan voang voanh voap voat voay voc voe voec voem voen voep voet voi vom von vong vooc voom
    voon voong voop voot vop vot vu vua vuan vuang vuat vuc vue vuec vuech vuem vuen vuenh vuep vuet vui vum
    vun vung vuo vuoc vuoi vuom vuon vuong vuop vuot vuou vup vut vuu vuy vuya vuyc vuych vuyec vuyem vuyen
    vuyeng vuyep vuyet vuym vuyn vuynh vuyp vuyt vuyu vy vya vych vyec vyem vyen vyeng vyep vyet vyeu vynh
    xa xac xach xai xam xan xang xanh xao xap xat xau xay xe xec xech xem xen xeng xenh xeo xep xet xeu xi
    xia xic xich xiec xiem xien xieng xiep xiet xieu xim xin xinh xip xit xiu xo xoa xoac xoach xoai xoam
    xoan xoang xoanh xoap xoat xoay xoc xoe xoec xoem xoen xoep xoet xoi xom xon xong xooc xoom xoon xoong
    xoop xoot xop xot xu xua xuan xuang xuat xuc xue xuec xuech xuem xuen xuenh xuep xuet xui xum xun xung
    xuo xuoc xuoi xuom xuon xuong xuop xuot xuou xup xut xuu xuy xuya xuyc xuych xuyec xuyem xuyen xuyeng
    xuyep xuyet xuym xuyn xuynh xuyp xuyt xuyu xy xya xych xyec xyem xyen xyeng xyep xyet xyeu xynh y ych
    yec yem yen yeng yep yet yeu ynh
    """

  /// The distinctive syllables among them (``all()``'s `distinctive`), sorted.
  static let generatedDistinctiveSyllables = """
    ach anh bach banh bech benh beo bich biec biem bien bieng biep biet bieu binh biu boac boach boai boam
    boan boang boanh boap boay boe boec boem boen boep boet bua buan buang buat bue buec buech buem buen
    buenh buep buet bui buo buoc buoi buom buon buong buop buot buou buu buya buyc buych buyec buyem buyen
    buyeng buyep buyet buym buyn buynh buyp buyt buyu bych byec byem byen byeng byep byet byeu bynh cach
    canh chach chanh chech chenh cheo chich chiec chiem chien chieng chiep chiet chieu chinh chiu choa choac
    choach choai choam choan choang choanh choap choat choay choe choec choem choen choep choet choi chua
    chuan chuang chuat chue chuec chuech chuem chuen chuenh chuep chuet chui chuo chuoc chuoi chuom chuon
    chuong chuop chuot chuou chuu chuy chuya chuyc chuych chuyec chuyem chuyen chuyeng chuyep chuyet chuym
    chuyn chuynh chuyp chuyt chuyu chych chyec chyem chyen chyeng chyep chyet chyeu chynh coa coac coai coam
    coan coang coanh coap coat coay coe coec coem coep coet coi cua cuan cuang cuat cuec cuech cuem cuen
    cuenh cuep cuet cui cuo cuoc cuoi cuom cuon cuong cuop cuot cuou cuu cuy cuya cuyc cuych cuyec cuyem
    cuyen cuyeng cuyep cuyet cuym cuyn cuynh cuyp cuyt cuyu dach danh dech denh deo dich diec diem dien
    dieng diep dieu dinh diu doac doach doai doam doan doang doanh doap doat doay doe doec doem doen doep
    doet doi duan duang duat duec duech duem duen duenh duep duet dui duo duoc duoi duom duon duong duop
    duot duou duu duy duya duyc duych duyec duyem duyen duyeng duyep duyet duym duyn duynh duyp duyt duyu
    dych dyec dyem dyen dyeng dyep dyet dyeu dynh ech enh eo gach ganh ghe ghec ghech ghem ghen gheng ghenh
    gheo ghep ghet gheu ghi ghia ghic ghich ghiec ghiem ghien ghieng ghiep ghiet ghieu ghim ghin ghinh ghip
    ghit ghiu gia giac giach giai giam gian giang gianh giao giap giat giau giay gich gie giec giech giem
    gien gieng gienh gieo giep giet gieu gii giia giic giich giiec giiem giien giieng giiep giiet giieu giim
    giin giinh giip giit giiu ginh gio gioa gioac gioach gioai gioam gioan gioang gioanh gioap gioat gioay
    gioc gioe gioec gioem gioen gioep gioet gioi giom gion giong giooc gioom gioon gioong gioop gioot giop
    giot giu giua giuan giuang giuat giuc giue giuec giuech giuem giuen giuenh giuep giuet giui gium giun
    giung giuo giuoc giuoi giuom giuon giuong giuop giuot giuou giup giut giuu giuy giuya giuyc giuych
    giuyec giuyem giuyen giuyeng giuyep giuyet giuym giuyn giuynh giuyp giuyt giuyu giy giya giych giyec
    giyem giyen giyeng giyep giyet giyeu giynh goa goac goach goai goam goan goang goanh goap goay goe goec
    goem goen goep goet goi gua guan guang guat gue guec guech guem guen guenh guep guet gui guo guoc guoi
    guom guon guong guop guot guou guu guya guyc guych guyec guyem guyen guyeng guyep guyet guym guyn guynh
    guyp guyt guyu gych gyec gyem gyen gyeng gyep gyet gyeu gynh hach hanh hech henh heo hich hiec hiem hien
    hieng hiep hiet hieu hinh hiu hoa hoac hoach hoai hoam hoan hoang hoanh hoap hoat hoay hoe hoec hoem
    hoen hoep hoet hoi huan huang huat huec huech huem huen huenh huep huet huo huoc huoi huom huon huong
    huop huot huou huu huy huya huyc huych huyec huyem huyen huyeng huyep huyet huym huyn huynh huyp huyt
    huyu hych hyec hyem hyen hyeng hyep hyet hyeu hynh ich iec iem ien ieng iep iet ieu inh iu kech kenh keo
    kha khac khach khai kham khang khanh khao khap khat khau khay khe khec khech khem khen kheng khenh kheo
    khep khet kheu khi khia khic khich khiec khiem khien khieng khiep khiet khieu khim khin khinh khip khit
    khiu khoa khoac khoach khoai khoam khoan khoang khoanh khoap khoat khoay khoc khoe khoec khoem khoen
    khoep khoet khoi khom khon khong khooc khoom khoon khoong khoop khoot khop khot khu khua khuan khuang
    khuat khuc khue khuec khuech khuem khuen khuenh khuep khuet khui khum khun khung khuo khuoc khuoi khuom
    khuon khuong khuop khuot khuou khup khut khuu khuy khuya khuyc khuych khuyec khuyem khuyen khuyeng
    khuyep khuyet khuym khuyn khuynh khuyp khuyt khuyu khy khya khych khyec khyem khyen khyeng khyep khyet
    khyeu khynh kich kiec kiem kien kieng kiep kiet kieu kinh kiu kych kyec kyem kyen kyeng kyep kyet kyeu
    kynh lach lanh lech lenh leo lich liec liem lien lieng liep liet lieu linh liu loa loac loach loai loam
    loang loanh loap loat loay loe loec loem loen loep loet loi lua luan luang luat lue luec luech luem luen
    luenh luep luet lui luo luoc luoi luom luon luong luop luot luou luu luy luya luyc luych luyec luyem
    luyen luyeng luyep luyet luym luyn luynh luyp luyt luyu lych lyec lyem lyen lyeng lyep lyet lyeu lynh
    mach manh mech menh meo mich miec miem mien mieng miep miet mieu minh miu moa moac moach moai moam moan
    moang moanh moap moat moay moe moec moem moen moep moet moi mua muan muang muat mue muec muech muem muen
    muenh muep muet mui muo muoc muoi muom muon muong muop muot muou muu muy muya muyc muych muyec muyem
    muyen muyeng muyep muyet muym muyn muynh muyp muyt muyu mych myec myem myen myeng myep myet myeu mynh
    nach nanh nech nenh ngac ngach ngai ngam ngan ngang nganh ngao ngap ngat ngau nghe nghec nghech nghem
    nghen ngheng nghenh ngheo nghep nghet ngheu nghi nghia nghic nghich nghiec nghiem nghien nghieng nghiep
    nghiet nghieu nghim nghin nghinh nghip nghit nghiu ngo ngoa ngoac ngoach ngoai ngoam ngoan ngoang ngoanh
    ngoap ngoat ngoay ngoc ngoe ngoec ngoem ngoen ngoep ngoet ngoi ngom ngon ngong ngooc ngoom ngoon ngoong
    ngoop ngoot ngop ngot ngu ngua nguan nguang nguat nguc ngue nguec nguech nguem nguen nguenh nguep nguet
    ngui ngum ngun ngung nguo nguoc nguoi nguom nguon nguong nguop nguot nguou ngup ngut nguu nguy nguya
    nguyc nguych nguyec nguyem nguyen nguyeng nguyep nguyet nguym nguyn nguynh nguyp nguyt nguyu ngy ngya
    ngych ngyec ngyem ngyen ngyeng ngyep ngyet ngyeu ngynh nha nhac nhach nhai nham nhan nhang nhanh nhao
    nhap nhat nhau nhay nhe nhec nhech nhem nhen nheng nhenh nheo nhep nhet nheu nhia nhic nhich nhiec nhiem
    nhien nhieng nhiep nhiet nhieu nhim nhin nhinh nhip nhit nhiu nho nhoa nhoac nhoach nhoai nhoam nhoan
    nhoang nhoanh nhoap nhoat nhoay nhoc nhoe nhoec nhoem nhoen nhoep nhoet nhoi nhom nhon nhong nhooc nhoom
    nhoon nhoong nhoop nhoot nhop nhot nhu nhua nhuan nhuang nhuat nhuc nhue nhuec nhuech nhuem nhuen nhuenh
    nhuep nhuet nhui nhum nhun nhung nhuo nhuoc nhuoi nhuom nhuon nhuong nhuop nhuot nhuou nhup nhut nhuu
    nhuy nhuya nhuyc nhuych nhuyec nhuyem nhuyen nhuyeng nhuyep nhuyet nhuym nhuyn nhuynh nhuyp nhuyt nhuyu
    nhy nhya nhych nhyec nhyem nhyen nhyeng nhyep nhyet nhyeu nhynh nich niec niem nien nieng niep niet nieu
    ninh niu noa noac noach noai noam noan noang noanh noap noat noay noe noec noem noen noep noet noi nua
    nuan nuang nuat nue nuec nuech nuem nuen nuenh nuep nuet nui nuo nuoc nuoi nuom nuon nuong nuop nuot
    nuou nuu nuy nuya nuyc nuych nuyec nuyem nuyen nuyeng nuyep nuyet nuym nuyn nuynh nuyp nuyt nuyu nych
    nyec nyem nyen nyeng nyep nyet nyeu nynh oa oac oach oai oam oan oang oanh oap oat oay oec oem oen oep
    oet pha phac phach phai pham phan phang phanh phao phap phat phau phay phe phec phech phem phen pheng
    phenh pheo phep phet pheu phia phic phich phiec phiem phien phieng phiep phiet phieu phim phin phinh
    phip phit phiu pho phoa phoac phoach phoai phoam phoan phoang phoanh phoap phoat phoay phoc phoe phoec
    phoem phoen phoep phoet phoi phom phon phong phooc phoom phoon phoong phoop phoot phop phot phu phua
    phuan phuang phuat phuc phue phuec phuech phuem phuen phuenh phuep phuet phui phum phun phung phuo phuoc
    phuoi phuom phuon phuong phuop phuot phuou phup phut phuu phuy phuya phuyc phuych phuyec phuyem phuyen
    phuyeng phuyep phuyet phuym phuyn phuynh phuyp phuyt phuyu phy phya phych phyec phyem phyen phyeng phyep
    phyet phyeu phynh qua quac quach quai quam quan quang quanh quao quap quat quau quay que quec quech quem
    quen queng quenh queo quep quet queu qui quia quich quiec quiem quien quieng quiep quieu quim quin quinh
    quip quiu quoa quoac quoach quoai quoam quoan quoang quoanh quoap quoat quoay quoc quoe quoec quoem
    quoen quoep quoet quoi quom quon quong quooc quoom quoon quoong quoop quoot quop quot quy quya quych
    quyec quyem quyen quyeng quyep quyet quyeu quynh rach ranh rech renh reo riec riem rien rieng riep riet
    rieu rinh riu roa roac roach roai roam roan roang roanh roap roat roay roe roec roem roen roep roet roi
    rua ruan ruang ruat ruec ruech ruem ruen ruenh ruep ruet rui ruo ruoc ruoi ruom ruon ruong ruop ruot
    ruou ruu ruy ruya ruyc ruych ruyec ruyem ruyen ruyeng ruyep ruyet ruym ruyn ruynh ruyp ruyt ruyu rych
    ryec ryem ryen ryeng ryep ryet ryeu rynh sach sanh sech senh seo sich siec siem sien sieng siep siet
    sieu sinh siu soa soac soach soai soam soan soang soanh soap soat soay soe soec soem soen soep soet soi
    sua suan suang suat suec suech suem suen suenh suep suet sui suo suoc suoi suom suon suong suop suot
    suou suu suy suya suyc suych suyec suyem suyen suyeng suyep suyet suym suyn suynh suyp suyt suyu sych
    syec syem syen syeng syep syet syeu synh tach tanh tenh teo thach thanh thech thenh theo thich thiec
    thiem thien thieng thiep thiet thieu thinh thiu thoa thoac thoach thoai thoam thoan thoang thoanh thoap
    thoat thoay thoe thoec thoem thoen thoep thoet thoi thua thuan thuang thuat thue thuec thuech thuem
    thuen thuenh thuep thuet thui thuo thuoc thuoi thuom thuon thuong thuop thuot thuou thuu thuy thuya
    thuyc thuych thuyec thuyem thuyen thuyeng thuyep thuyet thuym thuyn thuynh thuyp thuyt thuyu thych thyec
    thyem thyen thyeng thyep thyet thyeu thynh tich tiec tiem tien tieng tiep tiet tieu tinh tiu toa toac
    toach toai toam toan toang toanh toap toat toay toe toec toem toen toep toet tra trac trach trai tram
    tran trang tranh trao trat trau tre trec trech trem tren treng trenh treo trep tret treu tria tric trich
    triec triem trien trieng triep triet trieu trim trin trinh trit triu tro troa troac troach troai troam
    troan troang troanh troap troat troay troc troe troec troem troen troep troet troi trom tron trong trooc
    troom troon troong troot trop trot tru trua truan truang truat truc truec truech truem truen truenh
    truep truet trui trum trun trung truo truoc truoi truom truon truong truop truot truou trup trut truu
    truy truya truyc truych truyec truyem truyen truyeng truyep truyet truym truyn truynh truyp truyt truyu
    trya trych tryec tryem tryen tryeng tryep tryet tryeu trynh tuan tuang tuat tue tuec tuech tuem tuen
    tuenh tuep tuet tui tuo tuoc tuoi tuom tuon tuong tuop tuot tuou tuu tuy tuya tuyc tuych tuyec tuyem
    tuyen tuyeng tuyep tuyet tuym tuyn tuynh tuyp tuyt tuyu tych tyec tyem tyen tyeng tyep tyet tyeu tynh
    uan uang uat ue uec uech uem uen uenh uep uet ui uo uoc uoi uom uon uong uop uot uou uu uy uya uyc uych
    uyec uyem uyen uyeng uyep uyet uym uyn uynh uyp uyt uyu vach vanh vech venh veo vich viec viem vien
    vieng viep viet vieu vinh viu voa voac voach voai voam voan voang voanh voap voat voay voe voec voem
    voen voep voet voi vua vuan vuang vuat vue vuec vuech vuem vuen vuenh vuep vuet vui vuo vuoc vuoi vuom
    vuon vuong vuop vuot vuou vuu vuy vuya vuyc vuych vuyec vuyem vuyen vuyeng vuyep vuyet vuym vuyn vuynh
    vuyp vuyt vuyu vych vyec vyem vyen vyeng vyep vyet vyeu vynh xach xanh xech xenh xeo xich xiec xiem xien
    xieng xiep xiet xieu xinh xiu xoa xoac xoach xoai xoam xoan xoang xoanh xoap xoat xoay xoe xoec xoem
    xoen xoep xoet xoi xua xuan xuang xuat xue xuec xuech xuem xuen xuenh xuep xuet xui xuo xuoc xuoi xuom
    xuon xuong xuop xuot xuou xuu xuy xuya xuyc xuych xuyec xuyem xuyen xuyeng xuyep xuyet xuym xuyn xuynh
    xuyp xuyt xuyu xych xyec xyem xyen xyeng xyep xyet xyeu xynh ych yec yem yen yeng yeu ynh
    """
}
