import Testing

@testable import Redact

/// Names typed in lower case in English, Indonesian, Tagalog and South Asian chat, by kind
/// (issue 15, session 24): a lexicon given name after a person marker or cue, or with no cue in
/// text written all in lower case; a given + family name run in any of these languages; and
/// the ordinary words that are also names ("will", "rose", "bunga", "dewi") left alone
/// without a marker.
@Suite struct LowercaseNameKindsTests {
  /// Given names of the region and beyond, as chats write them; the tests keep those of four
  /// letters or more that the name lexicon holds as given names and not as ordinary words or
  /// countries/provinces (three-letter names need a marker: "si eko").
  static let pool = [
    "megan", "kevin", "brian", "jessica", "daniel", "sarah", "sunita", "rahul", "imran", "farida", "tanvir", "arjun",
    "anjali", "priya", "rekha", "kavita", "deepak", "vikram", "fatema", "malee", "agus", "rudi", "rina",
    "joko", "ratna", "wahyu", "susi", "andi", "maricel", "joel", "rowena", "dennis", "ronaldo", "glenda", "rommel",
    "rachelle", "efren", "rodrigo", "jocelyn", "sheila", "siti", "bambang", "hendra", "arnold", "lourdes",
  ]
  static let families = [
    "santoso", "wijaya", "hidayat", "setiawan", "kurniawan", "nugroho", "siregar", "nasution", "hartono",
    "reyes", "bautista", "aquino", "villanueva", "mercado", "gonzales", "fernandez", "domingo", "salvador",
  ]
  /// Frames written for this test: a marker or cue before the name, or none in lower-case text.
  static let frames = [
    ("si ", " belum pulang dari pasar"), ("mbak ", " kerja di mana sekarang?"), ("kak ", " sudah makan belum"),
    ("tadi ketemu pak ", " di terminal"), ("bu ", " yang urus dokumennya"), ("nasaan na si ", "? hindi pa umuuwi"),
    ("sabi ni ", " okay lang daw siya"), ("pakisabi kay ", " na tumawag ako"), ("kuya ", " nasa barko pa"),
    ("ate ", " kumain ka na ba"), ("bhai ", " kahan ho aap"), ("didi ", " ko bolo ghar aa jaye"),
    ("hey ", " are you still at the shelter?"), ("i spoke to ", " this morning, she is ok"),
    ("", " and i went to the market"), ("we stayed with ", " for two weeks"), ("she told ", " about the job"),
    ("met ", " at the bus stand"), ("my sister is named ", ""), ("can you ask ", " to call me back"),
    ("aku kangen ", " banget"), ("miss ko na si ", ""), ("", " went to the agency yesterday"),
  ]
  /// Frames for a given + family name with no cue, in Indonesian and Tagalog.
  static let pairFrames = [
    ("", " sudah sampai di rumah"), ("tadi aku lihat ", " di pasar"), ("", " ang kumuha ng pera"),
    ("nakausap ko kanina ", ""), ("nomor hp ", " ganti lagi"), ("", " yang bawa paspor kami"),
  ]

  static func lexiconGivenNames() throws -> [String] {
    let lexicon = try Lexicon.bundled()
    return pool.filter {
      let flags = lexicon.flags(of: $0)
      return $0.utf8.count >= 4 && flags.contains(.givenName) && !flags.contains(.commonWord)
        && flags.isDisjoint(with: [.country, .region, .admin1])
    }
  }

  /// Every letter of `range` masked (as a person, or as a place where a place cue such as "to"
  /// or "ko" made a town of the name: the name does not leak either way).
  static func masked(_ findings: [Finding], _ range: Range<Int>, _ text: String) -> Bool {
    let bytes = Array(text.utf8)
    return range.allSatisfy { offset in
      bytes[offset] == 0x20
        || findings.contains { ($0.kind == .person || $0.kind == .location) && $0.range.contains(offset) }
    }
  }

  @Test func masksRandomLowercaseLexiconNamesAfterMarkersAndCues() throws {
    let analyzer = try engine().analyzer
    let names = try Self.lexiconGivenNames()
    try #require(names.count >= 30)
    var rng = SplitMix64(seed: 2415)
    var failures: [String] = []
    for _ in 0..<300 {
      let name = names.randomElement(using: &rng)!
      let frame = Self.frames.randomElement(using: &rng)!
      let text = frame.0 + name + frame.1
      let start = frame.0.utf8.count
      if !Self.masked(analyzer.analyze(text), start..<(start + name.utf8.count), text) { failures.append(text) }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300 missed, first: \(failures.prefix(6))")
  }

  @Test func masksRandomLowercaseGivenAndFamilyNamesInIndonesianAndTagalog() throws {
    let analyzer = try engine().analyzer
    let lexicon = try Lexicon.bundled()
    let names = try Self.lexiconGivenNames()
    let families = Self.families.filter {
      let flags = lexicon.flags(of: $0)
      return flags.contains(.surname) && !flags.contains(.commonWord)
    }
    try #require(families.count >= 10)
    var rng = SplitMix64(seed: 2416)
    var failures: [String] = []
    for _ in 0..<200 {
      let name = names.randomElement(using: &rng)! + " " + families.randomElement(using: &rng)!
      let frame = Self.pairFrames.randomElement(using: &rng)!
      let text = frame.0 + name + frame.1
      let start = frame.0.utf8.count
      if !Self.masked(analyzer.analyze(text), start..<(start + name.utf8.count), text) { failures.append(text) }
    }
    #expect(failures.isEmpty, "\(failures.count) of 200 missed, first: \(failures.prefix(6))")
  }

  /// Ordinary words that are also given names, in sentences with no marker before them: the
  /// English word list's ("will", "rose", "grace") and Indonesian ones ("bunga" flower, "indah"
  /// beautiful, "putri" daughter, "dewi" goddess). Not here, because the tagger still masks them
  /// inside longer spans: "the rose garden near the shelter", "putri tetangga menangis
  /// semalam", "pemandangan pantai indah sekali" (see MEASUREMENTS, session 24).
  static let ordinaryUses = [
    ("i ", "will", " call you after work"), ("i bought a red ", "rose", " for her birthday"),
    ("the electricity ", "bill", " came to 300"), ("by the ", "grace", " of god we are safe"),
    ("i ", "hope", " the bus comes soon"), ("you ", "may", " leave the bag here"),
    ("it was ", "sunny", " all day in the camp"), ("", "bunga", " di taman sudah mekar"),
    ("dia cantik seperti ", "dewi", " di film itu"), ("beli ", "bunga", " untuk ibu"),
    ("rumahnya ", "indah", " dan bersih"), ("anak ", "putri", " saya sudah sekolah"),
    ("we ", "will", " meet at the station"), ("there is still ", "hope", " for her case"),
  ]
  static let fillers = ["", "ok ", "btw ", "pls ", "hey ", "lol "]
  static let endings = ["", " lol", " ok", " :)", "!!", " pls"]

  @Test func leavesOrdinaryWordsThatAreNamesUnmaskedWithoutAMarker() throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: 2417)
    var failures: [String] = []
    for _ in 0..<300 {
      let use = Self.ordinaryUses.randomElement(using: &rng)!
      let before = Self.fillers.randomElement(using: &rng)! + use.0
      let text = before + use.1 + use.2 + Self.endings.randomElement(using: &rng)!
      let range = before.utf8.count..<(before.utf8.count + use.1.utf8.count)
      let hit = analyzer.analyze(text).contains { $0.kind == .person && $0.range.overlaps(range) }
      if hit { failures.append(text) }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300 masked, first: \(failures.prefix(6))")
  }

  @Test func takesAnOrdinaryWordAsANameAfterAStrongMarker() throws {
    let analyzer = try engine(Policy(name: "t", disabledDetectors: ["tagger"])).analyzer
    for (text, name) in [
      ("si rose belum pulang", "rose"), ("mbak indah kerja di mana", "indah"),
      ("kuya will nasa barko", "will"),
    ] {
      let start = text.utf8.prefix { $0 != 0x20 }.count + 1
      let range = start..<(start + name.utf8.count)
      #expect(Self.masked(analyzer.analyze(text), range, text), "\(text)")
    }
  }
}
