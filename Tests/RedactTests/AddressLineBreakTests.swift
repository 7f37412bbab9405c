import Foundation
import Testing

@testable import Redact

/// An address stops at a sentence end, a blank line and a heading's line, and still runs over
/// the line breaks of a postal block (issue 15: NGO prose, `Court Watch Bulletin No. 14\nLegal
/// Aid`, `Village Visits\n\nOur`, `village. She`).
@Suite struct AddressLineBreakTests {
  static let syllables = ["ka", "ran", "mi", "to", "sel", "vor", "bel", "dur", "pa", "ni", "sa", "ko", "lem", "ta", "ru"]

  static func name(_ rng: inout SplitMix64) -> String {
    let word = (0..<Int.random(in: 2...3, using: &rng)).map { _ in syllables.randomElement(using: &rng)! }.joined()
    return word.prefix(1).uppercased() + word.dropFirst()
  }

  static func number(_ rng: inout SplitMix64) -> String { String(Int.random(in: 1...999, using: &rng)) }

  /// Address-like runs that end a sentence or a line: a street or area word with names and
  /// numbers, a title with `No. N`, a heading of an area word and a capitalised word.
  static func addressRun(_ rng: inout SplitMix64) -> String {
    let n = number(&rng)
    let a = name(&rng)
    let b = name(&rng)
    switch Int.random(in: 0...9, using: &rng) {
    case 0: return "\(a) \(b) Bulletin No. \(n)"
    case 1: return "House \(n), Road \(number(&rng)), \(a)"
    case 2: return "her \(["village", "district", "ward", "colony", "road"].randomElement(using: &rng)!)"
    case 3: return "\(["Village", "Ward", "Colony", "Sector", "District"].randomElement(using: &rng)!) \(["Visits", "Meetings", "Reports", "News", "Notes"].randomElement(using: &rng)!)"
    case 4: return "Soi \(a) \(n), \(b) Road"
    case 5: return "Jalan \(a) No. \(n)"
    case 6: return "the \(["village", "road", "street", "lane"].randomElement(using: &rng)!) near \(a)"
    case 7: return "Ward No. \(n), \(a) Municipality"
    case 8: return "\(n) \(a) Street"
    default: return "\(a) Village"
    }
  }

  static let openers = ["She", "He", "They", "Our", "Her", "The", "We", "Legal", "Rights", "Family", "Court"]
  static let prose = [
    "team visited six villages", "said the broker had left", "and Rights Network met the families",
    "returned home in March", "asked us to come back", "was closed for the week", "Aid and Rights Network",
  ]

  /// A sentence end (`. `, `.\n`) or a blank line between an address-like run and prose.
  static let breaks = [". ", ".\n", "\n\n", ".\n\n", "\n\n\n", "\r\n\r\n"]

  @Test func anAddressRunDoesNotCrossASentenceEndOrABlankLine() {
    var rng = SplitMix64(seed: 0x27AD)
    var crossed: [String] = []
    for _ in 0..<600 {
      let run = Self.addressRun(&rng)
      let gap = Self.breaks.randomElement(using: &rng)!
      let lead = Bool.random(using: &rng) ? "" : "\(["In", "From", "Near", "At"].randomElement(using: &rng)!) "
      let text = lead + run + gap + Self.openers.randomElement(using: &rng)! + " "
        + Self.prose.randomElement(using: &rng)! + "."
      let gapStart = (lead + run).utf8.count
      let gapEnd = gapStart + gap.utf8.count
      let findings = AddressDetector().findings(in: text) + AddressDetector(mode: .strict).findings(in: text)
      if findings.contains(where: { $0.range.lowerBound < gapStart && $0.range.upperBound > gapEnd }) {
        crossed.append(text)
      }
    }
    #expect(crossed.isEmpty, "\(crossed.count) of 600 found across the break, e.g. \(crossed.prefix(5))")
  }

  /// Postal blocks written on several lines, as several countries write them.
  static func postalBlock(_ rng: inout SplitMix64) -> [String] {
    let a = name(&rng)
    let b = name(&rng)
    let c = name(&rng)
    let n = number(&rng)
    let m = number(&rng)
    let code = String(Int.random(in: 10000...99999, using: &rng))
    switch Int.random(in: 0...9, using: &rng) {
    case 0: return ["House \(n), Road \(m)", "\(a), Dhaka \(code)"]
    case 1: return ["Flat \(n), B Wing", "\(a) CHS, Sector \(m), Noida \(code)"]
    case 2: return ["\(n)/\(m) Soi \(a) 21, \(b) Road", "Khet \(c), Bangkok \(code)"]
    case 3: return ["Jl. \(a) No. \(n), RT 010/RW 008", "Kel. \(b), Kec. \(c)"]
    case 4: return ["ul. \(a) \(n)/\(m)", "\(String(code.prefix(2)))-\(String(code.suffix(3))) \(b)"]
    case 5: return ["P.O. Box \(code)", "\(a)"]
    case 6: return ["\(code) \(a) Ave Apt \(m)", "\(b), TX \(code)"]
    case 7: return ["Via \(a) \(n), int. 6", "\(code) \(b) (NA)"]
    case 8: return ["Lot \(n), Kampung \(a)", "\(code) \(b), Kedah"]
    default: return ["Vill: \(a), P.O: \(b)", "Upazila: \(c), Dist: \(a)"]
    }
  }

  @Test func aPostalBlockOnSeveralLinesStaysOneAddress() {
    var rng = SplitMix64(seed: 0x27AE)
    var split: [String] = []
    for _ in 0..<300 {
      let lines = Self.postalBlock(&rng)
      let block = lines.joined(separator: "\n")
      let label = ["Address:\n", "Mailing address\n", "Shelter (confidential):\n", ""].randomElement(using: &rng)!
      let text = label + block + ["\nPlease do not share.", "", "\nIndia"].randomElement(using: &rng)!
      let start = label.utf8.count
      let end = start + block.utf8.count
      let findings = AddressDetector().findings(in: text)
      if !findings.contains(where: { $0.range.lowerBound <= start && $0.range.upperBound >= end }) {
        split.append(text)
      }
    }
    #expect(split.isEmpty, "\(split.count) of 300 not one address, e.g. \(split.prefix(5))")
  }
}
