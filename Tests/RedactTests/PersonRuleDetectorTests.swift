import Testing

@testable import Redact

@Suite struct PersonRuleDetectorTests {
  func people(_ text: String) throws -> [String] {
    try found(text, policy: Policy(name: "t", mode: .strict, disabledDetectors: ["tagger", "name-lexicon"])).filter {
      $0.0 == .person
    }.map(\.1)
  }

  @Test func balancedModeTakesTitlesButNotCues() throws {
    // The person rules alone (the name lexicon takes "Parvati", an Asian given name, by itself).
    let balanced = Policy(name: "t", disabledDetectors: ["tagger", "name-lexicon"])
    #expect(try found("ok mr salim will call", policy: balanced).map(\.1) == ["salim"])
    #expect(try found("her name is Parvati and she is 19", policy: balanced).isEmpty)
    #expect(try people("her name is Parvati and she is 19") == ["Parvati"])
  }

  @Test(arguments: [
    ("We spoke with Mrs. Tran Thi Mai yesterday.", ["Tran Thi Mai"]),
    ("Khun Somsri came to the office.", ["Somsri"]),
    ("Ibu Dewi Lestari runs the shelter.", ["Dewi Lestari"]),
    ("Md. Karim Hossain paid the fee.", ["Karim Hossain"]),
    ("the broker, Dr. A. Banerjee, signed", ["A. Banerjee"]),
    ("her name is Parvati and she is 19", ["Parvati"]),
    ("ok mr salim will call", ["salim"]),
    ("Siti binti Hassan met Pak Rudi", ["Rudi"]),
    ("鈴木さんに連絡した", ["鈴木"]),
    ("박지연 씨가 왔다", ["박지연"]),
    ("陈小姐说", ["陈"]),
    ("นางสาวมาลี ใจดี มาที่นี่", ["มาลี ใจดี"]),
    ("พ.ต.อ.สมชาย ใจดี รับแจ้ง", ["สมชาย ใจดี"]),
  ])
  func findsNamesAnnouncedByTitlesAndHonorifics(text: String, expected: [String]) throws {
    #expect(try people(text) == expected)
  }

  @Test func masksEveryRecurrenceOfAFoundName() throws {
    #expect(
      try people("Ms. Farida Begum arrived. Later FARIDA said farida's bag was gone.") == [
        "Farida Begum", "FARIDA", "farida",
      ])
  }

  @Test(arguments: ["Mr. and Mrs. went home", "the summer was hot", "Dr. who?", "called the police"])
  func ignoresTitlesWithoutNames(text: String) throws {
    #expect(try people(text).isEmpty)
  }
}
