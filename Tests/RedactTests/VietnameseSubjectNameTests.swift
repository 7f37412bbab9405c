import Testing

@testable import Redact

/// Vietnamese given names typed in lower case with no title and no cue before them (issue 15,
/// session 27): a listed given name opening a clause before a verb or particle written with its
/// marks ("tuấn đổi số rồi", "hương đã về quê"), alone or in a list ("dũng, thảo và nhàn vẫn ở
/// nhà trọ"). Given names that open a sentence as ordinary words (`mai` "tomorrow", `an`,
/// `hoà`), demonstratives after a name-like noun (`trang này` "this page") and places are not.
@Suite struct VietnameseSubjectNameTests {
  static let givens = VietnameseLowercaseFamilyNameTests.givens
  static let verbs = ["đổi số rồi", "đã về quê", "đang ở bến xe", "mất điện thoại rồi", "vẫn chưa gọi lại", "nói là sẽ đi", "ơi, gọi chị nhé"]

  static func found(_ text: String) -> [Range<Int>] { VietnameseLowercaseFamilyNameTests.found(text) }

  @Test func takesLowerCaseGivenNamesOpeningAClause() {
    var rng = SplitMix64(seed: 2732)
    var missed: [String] = []
    for n in 0..<300 {
      var names = Self.givens
      names.shuffle(using: &rng)
      let links = [[], [" và "], [", ", " với "]][n % 3]
      var text = ["", "hôm qua anh gọi mãi. ", "ừ, "][(n / 3) % 3]
      var ranges: [Range<Int>] = []
      for (i, name) in names.prefix(links.count + 1).enumerated() {
        if i > 0 { text += links[i - 1] }
        ranges.append(text.utf8.count..<(text.utf8.count + name.utf8.count))
        text += name
      }
      text += " " + Self.verbs.randomElement(using: &rng)!
      let found = Self.found(text)
      if !ranges.allSatisfy({ range in found.contains { $0.contains(range.lowerBound) && $0.upperBound >= range.upperBound } }) {
        missed.append(text)
      }
    }
    #expect(missed.isEmpty, "\(missed.count) of 300 missed, e.g. \(missed.prefix(5))")
  }

  @Test func takesNoEverydayWordOpeningASentence() {
    let sentences = [
      "mai em về quê", "an toàn là trên hết", "trang này đẹp quá", "hoà nhau rồi", "lộc đã về nhà mình",
      "hà nội đang mưa", "thu về rồi", "bình thường thôi", "tin đồn lan ra khắp nơi", "hoa đã nở rồi",
      "nam định đang mưa to", "phúc đã đến rồi", "tài sản bị mất",
    ]
    let taken = sentences.filter { !Self.found($0).isEmpty }
    #expect(taken.isEmpty, "\(taken)")
  }
}
