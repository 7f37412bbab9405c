import Testing

@testable import Redact

/// Names the lexicon lacks, announced by the words after them in romanised South Asian chat
/// (``NameLexiconDetector/isUnknownNameBeforeChatCue(_:_:in:at:)``), and chat words the tagger
/// takes for names on short chat lines (``RomanisedChatTaggerFilter``), issue 15, session 35.
@Suite struct RomanisedChatCueNameTests {
  static let lexicon = RomanisedChatTaggerFilterTests.lexicon

  /// What the balanced lexicon sweep finds in `text`.
  static func found(in text: String) -> [String] {
    let detector = NameLexiconDetector(lexicon: lexicon, mode: .balanced)
    var findings: [Finding] = []
    var text = text
    return text.withUTF8 { bytes in
      detector.detect(in: AnalysisText(bytes: bytes), into: &findings)
      return findings.map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }
  }

  /// Frames with a name's place `{w}` before a cue: a kin term or honorific anywhere, a
  /// postposition at the line's start or before a kin term or a personal thing.
  static let cueFrames = [
    "{w} bhai result aa gaya kya", "kal {w} didi ke saath gaye the", "{w} sahab ko bolna kal aana hai",
    "kal {w} apur sathe hospital e gelam", "ami jani {w} ke papa agent ke chene", "{w} er phone ta kothay ache",
    "{w} ko ghar bhej do jaldi", "{w} ko exam bholi chha", "hijo {w} ko passport haraayo", "{w} dai lai bhannu",
    "aaj {w} ki shaadi hai", "{w} ji ko pranam bolna",
  ]

  @Test func takesWordsNoListHoldsBeforeTheCuesOfChat() {
    var rng = SplitMix64(seed: 0x35_C1)
    var wrong: [String] = []
    for _ in 0..<300 {
      let word = RomanisedChatTaggerFilterTests.unknownWord(&rng)
      guard !RomanisedFunctionWords.vetoes(word),
        !RomanisedChatTaggerFilter.chatWordKeys.contains(Lexicon.key(of: Array(word.utf8))),
        !LowercaseNameWords.isOrdinaryAsianWord(word),
        RomanisedChatCueNameTests.lexicon.flags(of: word).isDisjoint(with: .commonWord)
      else { continue }
      var frame = Self.cueFrames.randomElement(using: &rng)!
      if Bool.random(using: &rng) && frame.hasPrefix("{w}") {
        frame = "{W}" + frame.dropFirst(3)
      }
      let capitalised = word.prefix(1).uppercased() + word.dropFirst()
      let text = frame.replacingOccurrences(of: "{w}", with: word).replacingOccurrences(of: "{W}", with: capitalised)
      let name = frame.hasPrefix("{W}") ? capitalised : word
      if !Self.found(in: text).contains(name) { wrong.append("\(Self.found(in: text)) in: \(text)") }
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(10))")
  }

  /// Everyday words of the lists (chat words of Hindi, Bengali, Nepali, festivals and greetings)
  /// that the lexicon holds as no name, three letters or more.
  static let everydayWords: [String] = Set(RomanisedFunctionWords.common).union(
    RomanisedFunctionWords.colloquialBengali
  )
  .union(RomanisedFunctionWords.occasions).union(RomanisedFunctionWords.moreSouthAsian)
  .filter {
    $0.count >= 3 && $0.allSatisfy(\.isASCII) && RomanisedChatCueNameTests.lexicon.flags(of: $0).isDisjoint(with: .name)
  }.sorted()

  @Test func keepsEverydayWordsPlacesAndEnglishWordsBeforeTheSameCues() {
    #expect(Self.everydayWords.count >= 100)
    var rng = SplitMix64(seed: 0x35_C2)
    var wrong: [String] = []
    let english = ["doctor", "school", "office", "police", "market", "hospital", "train", "money", "village"]
    for _ in 0..<300 {
      let word =
        Bool.random(using: &rng) ? Self.everydayWords.randomElement(using: &rng)! : english.randomElement(using: &rng)!
      let text = Self.cueFrames.randomElement(using: &rng)!.replacingOccurrences(of: "{w}", with: word)
      if Self.found(in: text).contains(word) { wrong.append(text) }
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(10))")
  }

  @Test func wantsTheCueAndAChatLine() {
    var rng = SplitMix64(seed: 0x35_C3)
    var wrong: [String] = []
    for _ in 0..<200 {
      let word = RomanisedChatTaggerFilterTests.unknownWord(&rng)
      let texts = [
        // A postposition mid-line with no personal thing after it: "kal {w} ko bolo".
        "kal \(word) ko bolo abhi",
        // An English line: a kin term with no other chat word. Not after "met": a word no list
        // holds right after a verb of contact is a name by its own rule (session 36).
        "we saw \(word) ji at the office today", "thanks to \(word) bhai for the ride",
        // Indonesian: `ke` is no postposition there.
        "\(word) ke pasar besok pagi",
      ]
      for text in texts where Self.found(in: text).contains(word) { wrong.append(text) }
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(10))")
  }

  /// `salam` (Abdus Salam) and `badhai` are Asian names of the lexicon too; chat writes them as
  /// the greeting and the congratulation. The tagger filter keeps them by the Asian-name exception;
  /// the lower-case lexicon rules veto them. No other festival or greeting word is such a name.
  @Test func theOccasionWordsAreNoNameOfTheRegionButTwoGreetings() {
    let names = RomanisedFunctionWords.occasions.filter {
      RomanisedChatCueNameTests.lexicon.flags(of: $0).contains(.asianName)
    }
    #expect(names == ["salam", "badhai"])
  }

  /// Short chat lines (evidence 2) lose the tagger's findings of chat words alone, a line's first
  /// word included; a title beside them, a capital or an English line keeps them.
  @Test func shortChatLinesLoseChatWordsTakenForNames() {
    var rng = SplitMix64(seed: 0x35_C4)
    let chatWords = RomanisedFunctionWords.occasions.union(["mila", "pls", "kaam"]).filter {
      RomanisedChatCueNameTests.lexicon.flags(of: $0).isDisjoint(with: .asianName)
        && !PersonContextWords.titlesAfterNames.contains($0)
    }.sorted()
    var wrong: [String] = []
    for _ in 0..<200 {
      let word = chatWords.randomElement(using: &rng)!
      let unknown = RomanisedChatTaggerFilterTests.unknownWord(&rng)
      for text in [
        "\(word) pe \(unknown) aa rahe hai", "\(unknown) ko \(word) mila kya", "admin \(unknown) ke \(word) koro",
      ] {
        let kept = RomanisedChatTaggerFilterTests.kept([word], in: text)
        if !kept.isEmpty { wrong.append("kept \(kept) in: \(text)") }
      }
      // An English line keeps it, when the word is no chat evidence itself: a distinctive word
      // ("kaam", "shukriya") counts 2 and the line then reads as a short chat line (a known limit).
      var english = ["\(word) ji ko bolo kal"]
      if RomanisedFunctionWords.evidence(word) == 0 { english.append("we had \(word) at the office today") }
      for text in english {
        if RomanisedChatTaggerFilterTests.kept([word], in: text) != [word] { wrong.append("lost in: \(text)") }
      }
      let capitalised = word.prefix(1).uppercased() + word.dropFirst()
      if RomanisedChatTaggerFilterTests.kept([capitalised], in: "\(capitalised) pe sab aa rahe hai") != [capitalised] {
        wrong.append("lost capitalised \(capitalised)")
      }
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(10))")
  }
}
