/// The given name written in hiragana before a Japanese honorific (`ゆいちゃん`, `友達のさくらちゃんが`,
/// `私ははるかさん`): the hiragana run before the suffix, back to a word boundary (issue 15,
/// session 34; before, a name in hiragana before an honorific was left, or masked by the model
/// from inside a syllable).
///
/// Japanese writes no spaces, and a child's or friend's given name is often written in
/// hiragana, the script of the particles around it, so the run of hiragana before `ちゃん` may
/// hold a particle and the words before it (`きのうはさくら`). The name is the run's end after
/// its last particle (``particles``) that has a word of two kana or more before it in the run,
/// or after a particle opening the run right after a kanji or katakana noun (`友達の|さくら`);
/// otherwise the whole run, from punctuation, a space, a kanji or katakana letter, or the start
/// of the text. It keeps two kana at least: a particle inside a name (`ちはる`, `ほのか`, `さとみ`)
/// is not split off, for the part after it is one kana. A particle at the start of a name right
/// after a noun is (`妹ともか` reads as `妹と|もか`): Japanese itself cannot tell them apart there.
///
/// No name: a polite common noun (`お`/`ご` before `さん`/`さま`: `おきゃくさん`, `おつかれさま`), a
/// run ending in a particle no name ends with (`ごはんをちゃんと`), or a run whose end is a kin or
/// address word or adverb (``notNames``: `みなさん`, `おばあちゃん`, `もっとちゃんと`) or makes a
/// listed common word with the honorific (`たくさん`, `ごちそうさま`); nor an honorific that opens a
/// word (`さまざま`, `さんぽ`).
///
/// - Complexity: O(k) in the bytes of the run, at most ``maximumKana`` kana.
enum JapaneseKanaName {
  /// The most kana read back from the honorific.
  static let maximumKana = 12

  /// Particles and the endings of a clause that mark a word boundary inside a hiragana run.
  static let particles: [[UInt8]] = [
    "って", "から", "まで", "より", "の", "は", "が", "を", "に", "と", "も", "で", "へ", "や", "ね", "よ",
  ].map { Array($0.utf8) }

  /// Particles that no given name ends with: a run ending in one is no name (`ごはんを|ちゃんと`).
  static let particleEndings: Set<Unicode.Scalar> = ["を", "へ", "で", "が", "は"]

  /// Words written before an honorific that are no name: kin and address words, `みな`
  /// (everyone), `あか` of `あかちゃん` (baby), and adverbs before `ちゃんと` (properly).
  static let notNames: Set<String> = [
    "みな", "みんな", "あか", "おにい", "おねえ", "おばあ", "おじい", "おば", "おじ", "おかあ", "おとう", "にい", "ねえ",
    "ばあ", "じい", "かあ", "とう", "おく", "おきゃく", "おまわり", "かみ", "おう", "おひ", "ひめ", "おひめ", "おじょう",
    "じょう", "ぼっ", "おぼっ", "たく", "まご", "むすこ", "むすめ", "いもうと", "おとうと", "あね", "あに", "もっと", "まだ",
    "もう", "いつも", "ぜんぶ", "きちん",
  ]

  /// Whether `scalar` is a hiragana letter (ぁ…ゖ).
  static func isHiragana(_ scalar: Unicode.Scalar) -> Bool {
    (0x3041...0x3096).contains(scalar.value)
  }

  /// The name before the honorific at `honorific`, or nil when the scalar before it is no
  /// hiragana, the run holds no name of two kana or more, or the run is no name.
  static func before(_ honorific: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    // The run's letter starts, first to last.
    var starts: [Int] = []
    var start = honorific.lowerBound
    while start > 0 && starts.count < maximumKana {
      let previous = UTF8Scalars.previousStart(bytes, before: start)
      guard isHiragana(UTF8Scalars.decode(bytes, at: previous).0) else { break }
      start = previous
      starts.append(start)
    }
    starts.reverse()
    guard starts.count >= 2 else { return nil }
    let afterNoun = UTF8Scalars.scalar(bytes, before: starts[0]).map(isNoun) ?? false
    var first = 0
    // The split nearest the honorific that leaves two kana or more after it.
    split: for cut in stride(from: starts.count - 2, through: 1, by: -1) {
      for particle in particles {
        let particleStart = starts[cut] - particle.count
        guard particleStart >= starts[0], bytes[particleStart..<starts[cut]].elementsEqual(particle),
          let at = starts.firstIndex(of: particleStart)
        else { continue }
        if at >= 2 || at == 0 && afterNoun {
          first = cut
          break split
        }
      }
    }
    guard isName(starts[first...], honorific: honorific, in: bytes) else { return nil }
    return starts[first]..<honorific.lowerBound
  }

  /// Whether `scalar` starts a particle or ending written after a name and its honorific
  /// (`が`, `から`, `たち`, `だよ`, `って`, `じゃん`).
  private static func isFollower(_ scalar: Unicode.Scalar) -> Bool {
    "のはがをにともでへやかよねっただじ".unicodeScalars.contains(scalar)
  }

  /// Whether a kanji or katakana letter (a noun a particle follows) is `scalar`.
  private static func isNoun(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x30A1...0x30FA).contains(v)
  }

  /// Whether the kana starting at `starts` (the name's first letter first) before `honorific`
  /// are a name: see the type's notes.
  private static func isName(_ starts: ArraySlice<Int>, honorific: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    func text(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    guard let last = UTF8Scalars.scalar(bytes, before: honorific.lowerBound), !particleEndings.contains(last)
    else { return false }
    let suffix = text(honorific)
    let name = text(starts.first!..<honorific.lowerBound)
    if (name.hasPrefix("お") || name.hasPrefix("ご")) && suffix != "ちゃん" && suffix != "くん" { return false }
    // The honorific opens a word: `さまざま`, `さんぽ` (one kana after it only when it is no letter
    // that follows names: `さんか` of `ゆいさんから` is no word here).
    if let words = CommonNounTaggerFilter.japaneseWords {
      let after = honorific.upperBound
      let word = FNV1a.add(FNV1a.basis, bytes[honorific])
      let next = UTF8Scalars.scalar(bytes, at: after)
      for length in [3, 6] where after + length <= bytes.count && (length == 6 || next.map(isFollower) == false) {
        if words.contains(FNV1a.add(word, bytes[after..<(after + length)])) { return false }
      }
    }
    // Any end of the run: `とても|たく|さん`, `そして|みな|さん`.
    for start in starts.dropLast() {
      let piece = start..<honorific.lowerBound
      if notNames.contains(text(piece)) { return false }
      if let words = CommonNounTaggerFilter.japaneseWords,
        words.contains(FNV1a.add(FNV1a.add(FNV1a.basis, bytes[piece]), bytes[honorific]))
      {
        return false
      }
    }
    return true
  }
}
