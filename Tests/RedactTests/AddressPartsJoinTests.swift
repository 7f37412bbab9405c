import Foundation
import Testing

@testable import Redact

/// The parts around a masked street or locality join its address (issue 15, addresses whole;
/// kinds of Fixtures/eval/addresses-world6.jsonl): the labels of an address form (`At/PO:`,
/// `PS:`, `Post`, `PIN`) and a state before the postcode; administrative endings written with a
/// hyphen (`-ken`, `-machi`, `-si`, `-do`); Vietnamese `số nhà` and `tỉnh`; a Taiwanese unit
/// after its floor (`3樓之4`) and a Hong Kong flat letter (`18樓G室`); French `bis` and `Esc.`,
/// German `OG links`, Dutch `-hs`, Italian `piano`, a Singapore postcode `S(123456)`; the Thai
/// house-number word `บ้านเลขที่`; Burmese and Khmer address words glued to their names. And
/// the same words in prose are no address.
@Suite struct AddressPartsJoinTests {
  static func n(_ range: ClosedRange<Int>, _ rng: inout SplitMix64) -> Int { Int.random(in: range, using: &rng) }

  static func address(_ kind: Int, _ rng: inout SplitMix64) -> String {
    func pick(_ words: [String]) -> String { words.randomElement(using: &rng)! }
    let name = pick(["Kendua", "Balimela", "Haripur", "Mohanpur", "Debipur"])
    switch kind {
    case 0:
      return
        "At/PO: \(name), PS: \(pick(["Kotpad", "Jeypore", "Umerkote"])), Dist: \(pick(["Koraput", "Nabarangpur"])), "
        + "Odisha, PIN \(n(760000...766999, &rng))"
    case 1:
      return "Village \(name), Post \(pick(["Motihari", "Dhaka", "Areraj"])), Thana \(pick(["Chiraiya", "Adapur"])), "
        + "District East Champaran, Bihar \(n(845000...845999, &rng))"
    case 2:
      return "\(n(1...9999, &rng))-\(n(1...20, &rng)) Oaza \(pick(["Shimoda", "Nakano", "Ueno"])), "
        + "\(pick(["Isesaki-shi", "Ota-shi", "Kani-shi"])), \(pick(["Gunma-ken", "Gifu-ken", "Mie-ken"])) "
        + "\(n(300...599, &rng))-\(n(1000...9999, &rng))"
    case 3:
      return "\(n(1...999, &rng))-\(n(1...99, &rng)) \(pick(["Wongok-dong", "Seonbu-dong", "Gojan-dong"])), "
        + "Danwon-gu, Ansan-si, Gyeonggi-do \(n(15000...15999, &rng))"
    case 4:
      return
        "số nhà \(n(1...300, &rng)), ngõ \(n(1...400, &rng)), phường \(pick(["Láng Hạ", "Trung Liệt", "Kim Liên"])), "
        + "quận Đống Đa, Hà Nội"
    case 5:
      return "thôn \(n(1...15, &rng)), xã \(pick(["Quỳnh Thạch", "Nghi Thái", "Hưng Tây"])), huyện "
        + "\(pick(["Quỳnh Lưu", "Yên Thành", "Đô Lương"])), tỉnh \(pick(["Nghệ An", "Quảng Bình", "Thanh Hóa"]))"
    case 6:
      return "\(pick(["臺中市北區", "新北市板橋區", "桃園市桃園區"]))\(pick(["中山路", "文化路", "復興路"]))\(n(1...500, &rng))號"
        + "\(n(2...20, &rng))樓之\(n(1...9, &rng))"
    case 7:
      return
        "\(n(1...120, &rng)) bis, rue \(pick(["des Acacias", "de la Gare", "Pasteur"])), Bât. \(pick(["A", "B"])), "
        + "Esc. \(n(1...4, &rng)), \(n(75001...95999, &rng)) \(pick(["Paris", "Créteil", "Lyon"]))"
    case 8:
      return "\(pick(["Schillerstraße", "Goethestraße", "Bergstraße"])) \(n(1...200, &rng)), \(n(1...5, &rng)). OG "
        + "\(pick(["links", "rechts"])), \(n(10115...99998, &rng)) \(pick(["Berlin", "Essen", "Bremen"]))"
    case 9:
      return "Blk \(n(100...999, &rng)), \(pick(["Jurong West", "Pasir Ris", "Bedok"])) Street \(n(11...92, &rng)), "
        + "#\(n(10...18, &rng))-\(n(100...999, &rng)), S(\(n(100000...829999, &rng)))"
    case 10:
      return
        "บ้านเลขที่ \(n(1...299, &rng))/\(n(1...20, &rng)) หมู่ที่ \(n(1...15, &rng)) ตำบล\(pick(["ป่าแดด", "แม่คำ", "บ้านดู่"])) "
        + "อำเภอ\(pick(["เมือง", "แม่จัน"])) จังหวัดเชียงราย \(n(57000...57310, &rng))"
    case 11:
      return "အမှတ် \(n(1...300, &rng))၊ \(n(1...60, &rng)) လမ်း၊ \(pick(["ဒဂုံ", "ကမာရွတ်", "မင်္ဂလာတောင်ညွန့်"]))မြို့နယ်"
    default:
      return "ភូមិ\(pick(["ស្វាយ", "ថ្មី", "ចំការ"])) ឃុំ\(pick(["ព្រែក", "កោះ", "ស្ពាន"])) ស្រុក\(pick(["មោងឫស្សី", "កណ្ដាល"])) "
        + "ខេត្ត\(pick(["បាត់ដំបង", "សៀមរាប"]))"
    }
  }

  @Test func addressPartsAreMaskedWhole() throws {
    let analyzer = try RedactionEngine(policy: Policy(name: "test")).analyzer
    var rng = SplitMix64(seed: 0x35A6)
    var partial: [String] = []
    for index in 0..<260 {
      let address = Self.address(index % 13, &rng)
      let text = [
        "She was kept at \(address) until the raid.", "Permanent address: \(address).",
        "Mailing address:\n\(address)\n\nTo be confirmed.",
      ].randomElement(using: &rng)!
      let start = text.utf8.distance(from: text.startIndex, to: text.range(of: address)!.lowerBound)
      if !isMaskedWhole(address, at: start, by: analyzer.analyze(text)) { partial.append(text) }
    }
    #expect(partial.isEmpty, "\(partial.count) of 260 addresses not masked whole, e.g. \(partial.prefix(5))")
  }

  /// Hard negatives: form labels, area words, hyphen endings and Indic keywords beside a number
  /// in prose that names no place.
  @Test func theSameWordsInProseAreNoAddress() throws {
    let detector = AddressDetector()
    var rng = SplitMix64(seed: 0x35A7)
    var found: [String] = []
    for _ in 0..<300 {
      let (a, b) = (Self.n(2...60, &rng), Self.n(2...90, &rng))
      let text = [
        "PS: Remember to bring \(a) copies of the form.", "PO \(a)\(b) for rice was approved.",
        "Road \(a) safety week saw \(b) volunteers.", "Box \(a) holds \(b) files.",
        "Sub-district \(a) reported \(b) new cases.",
        "ওয়ার্ড \(a) এর সভায় \(b) জন এসেছিল।", "वडा \(a) को बैठकमा \(b) जना आए।", "थाना \(a) बार गई, \(b) दिन रुकी।",
        "Post \(a) of the thread had \(b) replies.", "The kendo club meets \(a) times a month.",
        "Ken-do \(a) is a game.", "PIN \(a)\(b) was sent by SMS.", "Dist: \(a) km, time: \(b) minutes.",
      ].randomElement(using: &rng)!
      if !detector.findings(in: text).isEmpty { found.append(text) }
    }
    #expect(found.isEmpty, "\(found.count) of 300 prose sentences read as addresses, e.g. \(found.prefix(5))")
  }
}
