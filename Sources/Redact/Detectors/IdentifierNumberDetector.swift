/// Finds identity-document and account numbers written after what they are: `passport no.
/// K1234567`, `NID: 1990 2694 8123 4`, `citizenship no. 37-86-53-93893`, `A/C 4021595001315`,
/// `Aadhaar 2345 6789 0123`, `KTP 3171234567890001`, `CCCD 001203004567`, `পাসপোর্ট নং
/// A01234567`, `नागरिकता नं. २७-०१-७५-०१२३४`, `身份证号 11010519491231002X`, `여권번호 M12345678`.
///
/// A survivor's passport or national ID number is as identifying as a name, and case notes
/// quote them (`the agent kept her passport no. …`). The number is masked, the word naming it
/// stays. Only numbers named by such a word are taken: bare digit runs are left to the phone
/// detector and its look-alike rules, so prices, dates and references are not touched.
struct IdentifierNumberDetector: Detector {
  let id = "id-numbers"

  /// Single words that name an identity document or account number, folded (lower case, no
  /// diacritics).
  private static let strongWords = [
    "passport", "passports", "nid", "aadhaar", "aadhar", "citizenship", "ktp", "nik", "cnic", "nic", "cmnd", "cccd",
    "acct", "ssn", "philsys", "umid", "paspor", "pasaporte", "nrc", "nric", "hukou",
  ]
  /// Words that name one only with a number word after them (`ID no.`, `account number`,
  /// `PAN card`).
  private static let weakWords = [
    "id", "account", "pan", "visa", "license", "licence", "permit", "voter", "epic", "birth", "registration",
    "chieu", "cuoc", "dan",  // hộ chiếu, căn cước, chứng minh nhân dân
  ]
  /// Words between the name and the number: `no.`, `number`, `card`, `#`.
  private static let numberWords = [
    "no", "nos", "number", "num", "nr", "card", "certificate", "cert", "so", "nomor", "id", "holder", "ending",
  ]
  /// Short words that may also stand between (`passport was`, `her passport number is`).
  private static let linkWords = ["is", "was", "of", "her", "his", "the", "their", "my", "as", "with"]

  private static let strongKeys = KeySet(words: strongWords)
  private static let weakKeys = KeySet(words: weakWords)
  private static let numberKeys = KeySet(words: numberWords)
  private static let linkKeys = KeySet(words: linkWords)
  private static let aKey = Lexicon.key(of: Array("a".utf8))
  private static let cKey = Lexicon.key(of: Array("c".utf8))

  /// Names of identity documents in the region's scripts, each with its number word where one
  /// is usual; the number follows within a few characters.
  private static let nativeWords = [
    "পাসপোর্ট", "জাতীয় পরিচয়পত্র", "এনআইডি", "জন্ম নিবন্ধন", "पासपोर्ट", "राहदानी", "नागरिकता", "आधार", "मतदाता",
    "หนังสือเดินทาง", "บัตรประชาชน", "เลขประจำตัวประชาชน", "พาสปอร์ต", "护照", "護照", "身份证", "身分證", "居民身份",
    "パスポート", "旅券", "マイナンバー", "在留カード", "여권", "주민등록번호", "주민번호", "외국인등록번호",
  ]
  private static let nativeAutomaton = AhoCorasick(patterns: nativeWords.map { Array($0.utf8) })

  /// The most tokens between the document's name and its number, and the most bytes a number
  /// spans (17 digits of a Bengali or Devanagari number are 51 bytes).
  private static let maxGap = 4
  private static let maxNumberBytes = 64

  init() {}

  func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let bytes = text.bytes
    let tokens = text.tokens
    let keys = text.tokenKeys
    // The static sets read once, not per token: each read of a lazy static is a `swift_once`
    // call and a retain of its storage.
    let (strongKeys, weakKeys, cKey) = (Self.strongKeys, Self.weakKeys, Self.cKey)
    var index = 0
    while index < tokens.count {
      defer { index += 1 }
      guard tokens[index].script == .spaced else { continue }
      let key = keys[index]
      let strong = strongKeys.contains(key) || (key == cKey && isAccountAbbreviation(bytes, tokens, keys, at: index))
      guard strong || weakKeys.contains(key) else { continue }
      // `PayPay ID: 090…`, `bKash account: 017…`: a wallet's account is its holder's mobile
      // number, left to the phone detector.
      if !strong && index > 0 && isWalletName(bytes, tokens[index - 1]) { continue }
      if let range = number(after: index, bytes, tokens, keys, needsNumberWord: !strong) {
        findings.append(Finding(kind: .idNumber, range: range, score: 1, detector: id, explanation: "id-number"))
      }
    }
    detectNative(text, into: &findings)
  }

  /// Whether the token is a mobile wallet's name in Latin letters (``PhoneWallets``).
  private func isWalletName(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken) -> Bool {
    guard token.script == .spaced, token.end - token.start <= 12, token.isASCIILetters(in: bytes) else { return false }
    let word = String(decoding: bytes[token.start..<token.end].map(ASCIIByte.lower), as: UTF8.self)
    return PhoneWallets.latinNames[word] != nil
  }

  /// `A/C` written as the three tokens `A` `/` `C`: `index` is the `C`.
  private func isAccountAbbreviation(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ keys: [UInt64], at index: Int
  ) -> Bool {
    index >= 2 && keys[index] == Self.cKey && keys[index - 2] == Self.aKey && tokens[index - 1].script == .symbol
      && bytes[tokens[index - 1].start] == UInt8(ascii: "/")
  }

  /// The number that follows the name at token `index`, over at most ``maxGap`` number words,
  /// link words and `:` `#` `.` `-` `(`.
  private func number(
    after index: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ keys: [UInt64],
    needsNumberWord: Bool
  ) -> Range<Int>? {
    var next = index + 1
    var sawNumberWord = false
    while next < tokens.count && next - index <= Self.maxGap {
      let token = tokens[next]
      if token.script == .spaced && Self.numberKeys.contains(keys[next]) {
        sawNumberWord = true
      } else if token.script == .symbol && ":#.-(=".utf8.contains(bytes[token.start]) {
        sawNumberWord = sawNumberWord || bytes[token.start] == UInt8(ascii: "#") || bytes[token.start] == UInt8(ascii: ":")
      } else if token.script == .spaced && Self.linkKeys.contains(keys[next]) {
        // "her passport number is …"
      } else {
        break
      }
      next += 1
    }
    guard next < tokens.count, !needsNumberWord || sawNumberWord else { return nil }
    return identifier(at: next, bytes, tokens)
  }

  /// The identifier starting at token `index`: digit groups joined by `-`, `/`, `.` or single
  /// spaces, with at most three letters glued before, between or after them (`K1234567`,
  /// `AB 123456`, `11010519491231002X`); at least five digits.
  private func identifier(at index: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken]) -> Range<Int>? {
    var last = index - 1
    var digits = 0
    var cursor = index
    while cursor < tokens.count {
      let token = tokens[cursor]
      guard token.end - tokens[index].start <= Self.maxNumberBytes else { break }
      if token.script == .digits {
        // a group after a space continues the number ("1990 2694 8123 4", "EA 1234567"), not
        // after a joining symbol left hanging
        if token.spaceBefore && cursor > index && tokens[cursor - 1].script == .symbol { break }
        digits += token.digitCount(in: bytes)
        last = cursor
      } else if token.script == .spaced && token.end - token.start <= 3 && token.isASCIILetters(in: bytes)
        && (cursor == index || !token.spaceBefore)
        && (cursor + 1 < tokens.count && tokens[cursor + 1].script == .digits
          || (cursor > index && tokens[cursor - 1].script == .digits && !token.spaceBefore))
      {
        last = cursor
      } else if token.script == .symbol && "-/.".utf8.contains(bytes[token.start]) && !token.spaceBefore
        && cursor > index && cursor + 1 < tokens.count && !tokens[cursor + 1].spaceBefore
        && tokens[cursor + 1].script != .symbol
      {
        // joined parts: "37-86-53-93893", "12/34567"
      } else {
        break
      }
      cursor += 1
    }
    guard digits >= 5, last >= index else { return nil }
    return tokens[index].start..<tokens[last].end
  }

  /// Names in other scripts: the first digit token within 24 bytes after the name (past its
  /// number word: নং, नं., 号, 番号, 번호, เลขที่) starts the identifier.
  private func detectNative(_ text: AnalysisText, into findings: inout [Finding]) {
    let bytes = text.bytes
    guard bytes.contains(where: { $0 >= 0x80 }) else { return }
    let tokens = text.tokens
    Self.nativeAutomaton.forEachMatch(in: bytes) { match in
      let end = match.range.upperBound
      // the first token at or after the name's end
      var low = 0
      var high = tokens.count
      while low < high {
        let middle = (low + high) / 2
        if tokens[middle].start < end { low = middle + 1 } else { high = middle }
      }
      var index = low
      while index < tokens.count && tokens[index].start - end <= 24 {
        let token = tokens[index]
        if token.script == .digits
          || (token.script == .spaced && token.isASCIILetters(in: bytes) && token.end - token.start <= 3
            && index + 1 < tokens.count && tokens[index + 1].script == .digits)
        {
          if let range = identifier(at: index, bytes, tokens) {
            findings.append(Finding(kind: .idNumber, range: range, score: 1, detector: id, explanation: "id-number"))
          }
          return
        }
        index += 1
      }
    }
  }
}
