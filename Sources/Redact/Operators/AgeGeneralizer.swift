/// Coarsens an age to a five-year band: "15-year-old" → `[AGE: 15–19]`, under any level.
/// An age it cannot read becomes the label.
package struct AgeGeneralizer: Generalizer {
  package init() {}

  static let words: [String: Int] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
  ]

  package func generalize(_ value: String, level: GeneralizationLevel, grid: Double?) -> String? {
    guard let age = Self.age(in: value) else { return nil }
    let low = age / 5 * 5
    return "[AGE: \(low)–\(low + 4)]"
  }

  static func age(in value: String) -> Int? {
    var digits: Int?
    for character in value {
      if let digit = character.wholeNumberValue, character.isNumber {
        digits = (digits ?? 0) * 10 + digit
        if digits! > 150 { return nil }
      } else if digits != nil {
        break
      }
    }
    if let digits { return digits }
    var total = 0
    for word in value.lowercased().split(whereSeparator: { !$0.isLetter }) {
      if let number = words[String(word)] { total += number } else if total > 0 { break }
    }
    return total > 0 ? total : nil
  }
}
