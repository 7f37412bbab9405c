import Testing

@testable import Redact

/// A day of the week used as one ("by Friday", "on Sunday", "Monday morning") is not masked as
/// a person or place, in random case-note sentences around names and places the filter does
/// mask; a day name that is a given name before a surname ("Sunday Adeyemi") stays masked.
@Suite struct DayNameVetoTests {
  static let engine = Result { try RedactionEngine(policy: Policy(name: "days")) }
  static let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
  static let people = ["Rahim Uddin", "Priya Sharma", "Nguyen Thi Lan", "Siti Rahayu", "Maria Santos", "Arjun Thapa"]
  static let places = ["Dhaka", "Kathmandu", "Hà Nội", "Bangkok", "Jakarta", "Manila", "Kolkata"]
  static let frames = [
    "Send the papers to {place} by {day}.", "{person} called on {day} from {place}.",
    "She left {place} on {day} morning with {person}.", "The agent came every {day} to {place}.",
    "{person} will travel to {place} next {day}.", "We met {person} last {day} night in {place}.",
    "Until {day}, {person} stayed in {place}.", "The hearing in {place} is this {day}; {person} will attend.",
  ]

  @Test func daysUsedAsDaysAreNotMasked() throws {
    let analyzer = try Self.engine.get().analyzer
    var rng = SplitMix64(seed: 0xDA75)
    var masked: [String] = []
    var missedNames: [String] = []
    for _ in 0..<300 {
      let day = Self.days.randomElement(using: &rng)!
      let person = Self.people.randomElement(using: &rng)!
      let place = Self.places.randomElement(using: &rng)!
      let text = Self.frames.randomElement(using: &rng)!.replacing("{day}", with: day).replacing("{person}", with: person)
        .replacing("{place}", with: place)
      let findings = analyzer.analyze(text)
      let dayStart = text.utf8.count - text.split(separator: day, maxSplits: 1, omittingEmptySubsequences: false)[1].utf8.count - day.utf8.count
      let dayRange = dayStart..<(dayStart + day.utf8.count)
      if findings.contains(where: { ($0.kind == .person || $0.kind == .location) && $0.range.overlaps(dayRange) }) {
        masked.append(text)
      }
      if let personStart = text.range(of: person).map({ text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }),
        !isMaskedWhole(person, at: personStart, by: findings)
      {
        missedNames.append(text)
      }
    }
    #expect(masked.isEmpty, "\(masked.count) of 300 with the day masked, e.g. \(masked.prefix(3))")
    #expect(missedNames.isEmpty, "\(missedNames.count) of 300 with the name not masked, e.g. \(missedNames.prefix(3))")
  }

  @Test func aDayNameBeforeASurnameIsStillAName() throws {
    let analyzer = try Self.engine.get().analyzer
    for text in ["We met Sunday Adeyemi at the office.", "Mr. Monday Okoro called twice."] {
      let name = text.contains("Sunday") ? "Sunday" : "Monday"
      let start = text.utf8.distance(from: text.startIndex, to: text.range(of: name)!.lowerBound)
      #expect(isMaskedWhole(name, at: start, by: analyzer.analyze(text)), "\(text)")
    }
  }
}
