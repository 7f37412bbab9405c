/// Address keywords in Bengali, Hindi and Nepali (গ্রাম, জেলা, থানা, गाँव, जिला …).
///
/// These words follow the place they name and take case endings glued to them: `কুড়িগ্রাম
/// জেলার মেয়ে` ("a girl of Kurigram district"), `রামপুর গ্রামে` ("in Rampur village"), `मधुबनी
/// जिले में`, `सिन्धुपाल्चोक जिल्लाको`. The name is the word *before* the keyword; the ending is
/// grammar. Only in forms, where a colon or dash follows the bare keyword (`জেলা: কুড়িগ্রাম`,
/// `ग्राम-रामपुर`), or when no word stands before it, is the name the word after.
extension AddressDetector {
  /// Case endings and postpositions written glued to a keyword (`জেলা|র`, `গ্রাম|ে`, `जिल्ला|को`).
  /// Any other glued letters make a different word (`গ্রামীণ`, "rural"), not this keyword.
  static let indicEndings: Set<String> = [
    "র", "ের", "এর", "য়", "য়ে", "য়ের", "ে", "এ", "তে", "কে", "টি", "টা", "ও", "েও", "রও", "গুলো", "সহ",
    "को", "मा", "ले", "बाट", "लाई", "का", "की", "के", "ों", "ें", "ो", "में", "से", "सम्म", "भित्र",
  ]

  /// Words that stand before a keyword without naming the place ("this village", "our district").
  static let indicDeterminers: Set<String> = [
    "এই", "ওই", "ঐ", "সেই", "একই", "নিজ", "নিজের", "আমাদের", "তাদের", "তার", "তাঁর", "একটি", "পাশের", "ওর", "কোন",
    "যে", "এক", "यह", "इस", "उस", "उसी", "इसी", "अपने", "अपना", "हमारे", "उनके", "उसके", "एक", "किसी", "पास",
    "यो", "त्यो", "उही", "आफ्नो", "हाम्रो", "एउटा", "यस", "त्यस", "उनको", "कुनै",
  ]

  /// Endings that mark the word before a *bare* keyword as inflected: the keyword is then an
  /// attribute of what follows (`सातजनाको जिल्ला अस्पताल`, "the seven's district hospital"), not
  /// the keyword of a place named before it. A keyword with its own ending always names the
  /// word before.
  static let inflectedEndings: [String] = [
    "को", "का", "की", "के", "ले", "मा", "लाई", "बाट", "ने", "दै", "ের", "কে", "তে", "এর",
  ]

  /// Postpositions that follow a bare keyword ("गाँव में", "গ্রাম থেকে"): never the place.
  static let indicPostpositions: Set<String> = indicEndings.union([
    "থেকে", "থেকেই", "পর্যন্ত", "দিয়ে", "মধ্যে", "হতে", "तक", "पर", "देखि", "भन्दा",
  ])

  /// Whether `word` ends in one of ``inflectedEndings`` after at least two other scalars
  /// (compared by scalars: a vowel sign is no character of its own).
  static func isInflected(_ word: String) -> Bool {
    let scalars = Array(word.unicodeScalars)
    return inflectedEndings.contains { ending in
      let suffix = Array(ending.unicodeScalars)
      return scalars.count > suffix.count + 1 && scalars.suffix(suffix.count).elementsEqual(suffix)
    }
  }

  static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// Whether `scalar` is a letter, mark or digit of the Devanagari or Bengali block.
  static func isIndicWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    (0x0900...0x09FF).contains(scalar.value) && !"।॥".unicodeScalars.contains(scalar)
  }

  /// The place named beside a Bengali or Devanagari keyword at `keyword`, or nil when the match
  /// is inside another word or nothing stands beside it. The keyword and its ending are never
  /// part of the result.
  func indicKeywordSpan(_ bytes: UnsafeBufferPointer<UInt8>, _ keyword: Range<Int>) -> Range<Int>? {
    // Inside a longer word (জেলা in উপজেলা, গ্রাম in কুড়িগ্রাম): not this keyword.
    if let before = UTF8Scalars.scalar(bytes, before: keyword.lowerBound), Self.isIndicWordScalar(before) {
      return nil
    }
    let endingEnd = wordEnd(bytes, from: keyword.upperBound)
    let hasEnding = endingEnd > keyword.upperBound
    if hasEnding {
      guard Self.indicEndings.contains(Self.string(bytes, keyword.upperBound..<endingEnd)) else { return nil }
    }
    // What follows: a form's colon or dash, then the word after.
    var probe = endingEnd
    var introduces = false
    while probe < bytes.count && probe - endingEnd < 4,
      let scalar = UTF8Scalars.scalar(bytes, at: probe),
      scalar == " " || scalar == ":" || scalar == "ঃ" || scalar == "-" || scalar == "–" || scalar == "—"
    {
      if scalar != " " { introduces = true }
      probe += UTF8.width(scalar)
    }
    let after = probe < bytes.count ? probe..<wordEnd(bytes, from: probe) : probe..<probe
    // `वार्ड नं. 29`, `मकान नं. 45`, `ওয়ার্ড নং ৫`: the keyword, its number word and the number
    if !hasEnding, let end = numberFormEnd(bytes, after) { return keyword.lowerBound..<end }
    if Self.indicNumberOnlyKeywords.contains(Self.string(bytes, keyword)) { return nil }
    let before = wordBefore(bytes, keyword.lowerBound, inflectedAllowed: hasEnding)
    if !hasEnding && (introduces || before == .none), !after.isEmpty,
      introduces || !Self.indicPostpositions.contains(Self.string(bytes, after)),
      !Self.isOfficeOrClosedWord(after, bytes), !isCountAfterKeyword(bytes, after)
    {
      // A form's label goes with its value (`গ্রাম: কাশিমপুর`): the address whole.
      return (introduces ? keyword.lowerBound : after.lowerBound)..<numberEnd(bytes, from: after.upperBound)
    }
    if case .name(let range) = before { return range }
    return nil
  }

  /// Counters and case endings after a number that make it a count or an ordinal of prose,
  /// not a ward or house number: `ওয়ার্ড 5 এর সভায়` ("at ward 5's meeting"), `वडा 58 को बैठकमा`,
  /// `थाना 44 बार गई` ("went to the police station 44 times").
  static let indicCountWords: Set<String> = indicPostpositions.union([
    "বার", "बार", "जना", "জন", "दिन", "দিন", "টা", "वटा", "जन", "लोग", "लोगों", "মাস", "महीने", "साल", "বছর",
  ])

  /// Whether the word `after` a bare keyword is a number followed by one of ``indicCountWords``.
  private func isCountAfterKeyword(_ bytes: UnsafeBufferPointer<UInt8>, _ after: Range<Int>) -> Bool {
    var index = after.lowerBound
    while index < after.upperBound {
      let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
      guard scalar.properties.numericType == .decimal else { return false }
      index += length
    }
    var next = after.upperBound
    guard next < bytes.count, bytes[next] == UInt8(ascii: " ") else { return false }
    next += 1
    let word = next..<wordEnd(bytes, from: next)
    return !word.isEmpty && Self.indicCountWords.contains(Self.string(bytes, word))
  }

  /// Keywords that make an address part only in a number form (`मकान नं. 45`): `घर` and `मकान`
  /// alone are the house of prose.
  static let indicNumberOnlyKeywords: Set<String> = ["मकान", "घर", "বাড়ি", "হোল্ডিং"]
  /// Number words after a keyword (`नं.`, `नंबर`, `নং`, `নম্বর`).
  static let indicNumberWords: Set<String> = ["नं", "नम्बर", "नंबर", "न", "নং", "নম্বর", "নাম্বার"]

  /// Where the number of a number form ends when `after` (the word after a keyword) is a
  /// number word followed, after an optional dot and a space, by a number; nil otherwise.
  private func numberFormEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ after: Range<Int>) -> Int? {
    guard !after.isEmpty, Self.indicNumberWords.contains(Self.string(bytes, after)) else { return nil }
    var index = after.upperBound
    if index < bytes.count && bytes[index] == UInt8(ascii: ".") { index += 1 }
    if index < bytes.count && bytes[index] == UInt8(ascii: " ") { index += 1 }
    let end = numberEnd(bytes, from: index)
    return end > index ? end : nil
  }

  /// What stands right before a keyword.
  enum WordBefore: Equatable {
    /// No word (start of text, punctuation).
    case none
    /// A word that does not name the place (a determiner, an inflected word).
    case notAName
    case name(Range<Int>)
  }

  /// The end of the run of word scalars (any script) starting at `index`.
  private func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
    var end = index
    while end < bytes.count, end - index < 90 {
      let (scalar, length) = UTF8Scalars.decode(bytes, at: end)
      guard UTF8Scalars.isWordScalar(scalar) || Self.isIndicWordScalar(scalar) else { break }
      end += length
    }
    return end
  }

  /// The word right before `index` (one or two spaces between), unless it is a determiner or,
  /// without `inflectedAllowed`, ends in one of ``inflectedEndings``.
  private func wordBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, inflectedAllowed: Bool) -> WordBefore {
    var end = index
    while end > 0 && bytes[end - 1] == UInt8(ascii: " ") && index - end < 2 { end -= 1 }
    var start = end
    while start > 0, end - start < 90, let scalar = UTF8Scalars.scalar(bytes, before: start),
      UTF8Scalars.isWordScalar(scalar) || Self.isIndicWordScalar(scalar)
    {
      start = UTF8Scalars.previousStart(bytes, before: start)
    }
    guard start < end else { return .none }
    let word = Self.string(bytes, start..<end)
    // A bare postposition ("बरो का जिला", "of the borough's district") names nothing either.
    if Self.indicDeterminers.contains(word) || Self.indicPostpositions.contains(word)
      || (!inflectedAllowed && Self.isInflected(word)) || Self.isOfficeOrClosedWord(start..<end, bytes)
    {
      return .notAName
    }
    return .name(start..<end)
  }

  /// Whether the word at `range`, or its stem before a case ending, is a title or office
  /// (`प्रमुख जिल्ला अधिकारी`, "chief district officer"; ``IndicThaiTaggerFilter/offices``) or a
  /// closed-class word of the Hindi, Nepali or Bengali lists (`उनीहरू जिल्ला प्रशासन कार्यालय पुगे`, "they reached the district
  /// administration office"): no place named by the keyword beside it (`जिल्ला प्रहरी प्रमुख`,
  /// "district police chief", opens a sentence: the form's reading). Both were masked as places
  /// and then at every mention (Nepali news check sets: `प्रमुख` 25 and 33 times; session 31).
  static func isOfficeOrClosedWord(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    func isListed(_ list: KeySet) -> Bool { IndicThaiTaggerFilter.isListed(range, bytes, list, officeWordEndings) }
    if isListed(IndicThaiTaggerFilter.offices) { return true }
    guard let lists = IndicThaiTaggerFilter.Lists.bundled else { return false }
    return isListed(lists.hindi) || isListed(lists.nepali) || isListed(lists.bengali)
  }

  /// The Nepali and Bengali case endings ``isOfficeOrClosedWord(_:_:)`` reads off a word, joined once.
  private static let officeWordEndings = IndicThaiTaggerFilter.nepaliEndings + IndicThaiTaggerFilter.bengaliEndings

  /// A house or ward number after the name (`ওয়ার্ড ৫`, `वार्ड 12`): where it ends.
  private func numberEnd(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
    var start = index
    if start < bytes.count && bytes[start] == UInt8(ascii: " ") { start += 1 }
    var end = start
    while end < bytes.count, let scalar = UTF8Scalars.scalar(bytes, at: end),
      scalar.properties.numericType == .decimal || (end > start && (scalar == "/" || scalar == "-"))
    {
      end += UTF8.width(scalar)
    }
    return end > start ? end : index
  }
}
