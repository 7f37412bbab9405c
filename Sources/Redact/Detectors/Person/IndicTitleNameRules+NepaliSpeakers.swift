/// Nepali speakers with no title: the agent of a verb of saying that ends its sentence
/// (`रामबहादुर थापाले भने ।`, `मैनाली ले पनि … पत्र नपाएको बताए ।`), and the source of `अनुसार`
/// ("according to": `थापाका अनुसार`, `थापा का अनुसार …`).
///
/// Nepali marks the agent of a past transitive verb with `ले` (written on the word or apart, as
/// the EBIQUITY corpus does): in a sentence whose last verb is one of saying (`भने`, `बताए`,
/// `बताइन्`, `भन्नुभयो`, `जनाए` …, an auxiliary `छ`/`छन्`/`थिए` may follow), the one to three words
/// right before the last `ले` of the sentence are the one who said it, when each is a bare name
/// word (``isBareNepaliNameWord(_:in:)``: no pronoun, office, plural, body or common word of the
/// lists: `उनले`, `प्रहरीले`, `समितिले`, `नेताहरूले`). The agent nearest the verb wins
/// (`राणाको भ्रमणले … मेहताले भने ।`). `भने` inside a sentence is "if" or "whereas" and takes
/// nothing. A `ले` written on the name is masked with it, as the corpus marks `मेहताले` whole; a
/// `ले` apart stays outside.
extension IndicTitleNameRules {
  /// Past and present verbs of saying and telling, honorific or not.
  static let nepaliSayingVerbs: Set<String> = [
    "भने", "भनिन्", "भन्नुभयो", "भन्छन्", "भन्छिन्", "भनेका", "भनेको", "भनेकी", "बताए", "बताइन्", "बताउनुभयो",
    "बताउँछन्", "बताउँछिन्", "बताएका", "बताएको", "बताएकी", "जनाए", "जनाइन्", "जनाउनुभयो", "जनाएका", "जनाएको",
    "सुनाए", "सुनाइन्", "सुनाउनुभयो", "बताउनुभएको", "भन्नुभएको",
  ]

  /// Auxiliaries that may follow the verb at the end of the sentence.
  static let nepaliAuxiliaries: Set<String> = ["छ", "छन्", "थिए", "थियो", "हो", "हुन्", "छिन्", "थिइन्"]

  /// Nouns that say or tell as bodies or groups, not people by name (`अधिकारीले बताए`,
  /// `सरकारले जनाएको छ`), besides the word lists and the title rules' stop words.
  static let nepaliCollectiveNouns: Set<String> = [
    "अधिकारी", "सरकार", "पार्टी", "दल", "संघ", "आयोग", "मन्त्रालय", "विभाग", "कार्यालय", "प्रहरी", "सेना", "संस्था",
    "समूह", "स्रोत", "सूत्र", "प्रशासन", "टोली", "बैंक", "कम्पनी", "नागरिक", "स्थानीय", "बासिन्दा", "विज्ञ",
    "विशेषज्ञ", "परिषद्", "परिषद", "सचिवालय", "अध्ययन", "प्रतिवेदन", "रिपोर्ट", "तथ्यांक", "सर्वेक्षण", "अनुसन्धान",
    "कतिपय", "धेरैजसो", "अधिकांश", "व्यक्ति", "महिला", "पुरुष", "युवा", "बालबालिका", "आमा", "बुबा", "बाबु", "छोरा",
    "छोरी", "श्रीमान्", "श्रीमती", "दाइ", "भाइ", "दिदी", "बहिनी", "साथी", "छिमेकी", "गाउँले", "उनीहरु", "उनीहरू",
  ]

  /// The ergative and genitive markers written apart or on a word.
  private static let ergative = Array("ले".utf8)
  private static let genitives: [[UInt8]] = ["का", "को", "की"].map { Array($0.utf8) }
  private static let according = "अनुसार"

  /// Appends a finding for each Nepali speaker of a verb of saying that ends its sentence, and
  /// for each source of `अनुसार`.
  ///
  /// - Complexity: O(n) in the text's bytes: one pass over its Devanagari words.
  static func appendNepaliSpeakers(in bytes: UnsafeBufferPointer<UInt8>, id: String, into findings: inout [Finding]) {
    var words: [Range<Int>] = []
    var index = 0
    func flushSentence() {
      defer { words.removeAll(keepingCapacity: true) }
      appendAccordingSources(words, bytes, id, &findings)
      guard let speaker = sentenceSpeaker(words, bytes) else { return }
      findings.append(Finding(kind: .person, range: speaker, score: 0.8, detector: id, explanation: "ne speaker"))
    }
    while index < bytes.count {
      let end = wordEnd(bytes, from: index)
      if end > index {
        words.append(index..<end)
        index = end
        continue
      }
      if isSentenceEnd(bytes, at: index) { flushSentence() }
      index += UTF8Scalars.sequenceLength(lead: bytes[index])
    }
    flushSentence()
  }

  private static func string(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// Whether `word` ends in `suffix` after at least two more bytes of letters.
  private static func ends(_ word: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, with suffix: [UInt8]) -> Bool {
    word.count > suffix.count + 3 && bytes[word].suffix(suffix.count).elementsEqual(suffix)
  }

  /// The speaker of a sentence (its words in order) whose last verb is one of saying.
  private static func sentenceSpeaker(_ words: [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    guard var last = words.indices.last else { return nil }
    if nepaliAuxiliaries.contains(string(words[last], bytes)) && last > 0 { last -= 1 }
    guard nepaliSayingVerbs.contains(string(words[last], bytes)) else { return nil }
    // The agent nearest the verb: a word `ले` apart, or a word with `ले` written on it.
    for at in stride(from: last - 1, through: 0, by: -1) {
      let word = words[at]
      if bytes[word].elementsEqual(ergative) {
        return nameWords(endingAt: at - 1, words, bytes, endsWithMarker: false)
      }
      if ends(word, bytes, with: ergative) {
        return nameWords(endingAt: at, words, bytes, endsWithMarker: true)
      }
    }
    return nil
  }

  /// The sources of `अनुसार` in a sentence: `X का अनुसार`, `Xको अनुसार`.
  private static func appendAccordingSources(
    _ words: [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>, _ id: String, _ findings: inout [Finding]
  ) {
    for at in words.indices.dropFirst() where string(words[at], bytes) == according {
      let before = words[at - 1]
      let source: Range<Int>?
      if genitives.contains(where: { bytes[before].elementsEqual($0) }) {
        source = nameWords(endingAt: at - 2, words, bytes, endsWithMarker: false)
      } else if genitives.contains(where: { ends(before, bytes, with: $0) }) {
        source = nameWords(endingAt: at - 1, words, bytes, endsWithMarker: true)
      } else {
        source = nil
      }
      if let source {
        findings.append(Finding(kind: .person, range: source, score: 0.8, detector: id, explanation: "ne source"))
      }
    }
  }

  /// One to three bare name words ending with word `last` (one space between each), the last
  /// one read without the marker written on it when `endsWithMarker`; nil when there is none.
  private static func nameWords(
    endingAt last: Int, _ words: [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>, endsWithMarker: Bool
  ) -> Range<Int>? {
    guard last >= 0 else { return nil }
    let lastWord = words[last]
    if endsWithMarker {
      // The stem without `ले`/`का`/`को`/`की`: two scalars of three bytes each.
      guard isBareNepaliNameWord(lastWord.lowerBound..<(lastWord.upperBound - 6), in: bytes) else { return nil }
    } else if !isBareNepaliNameWord(lastWord, in: bytes) {
      return nil
    }
    var first = last
    while first > 0, last - first < 2, words[first - 1].upperBound + 1 == words[first].lowerBound,
      bytes[words[first - 1].upperBound] == UInt8(ascii: " "), isBareNepaliNameWord(words[first - 1], in: bytes)
    {
      first -= 1
    }
    return words[first].lowerBound..<lastWord.upperBound
  }
}
