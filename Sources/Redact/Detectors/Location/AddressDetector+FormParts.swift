/// The parts written around a street or a locality that join its address: the labels of an
/// address form (`At/PO: Raikia, PS: Tikabali, Dist: Kandhamal, Odisha, PIN 762103`; `Village
/// Kusumbi, Post Bettiah, Thana Lauriya`), a state or city before the postcode that ends the
/// address (`, Bihar 845835`), and the administrative endings written with a hyphen after a
/// name (`Ibaraki-ken`, `Oizumi-machi`, `Ansan-si`, `Gyeonggi-do`). And the prose that only looks
/// like one: an area word and its number opening a sentence before a plain word (`Road 37
/// safety week …`, `Sub-district 14 reported …`).
///
/// - Complexity: every check looks at a bounded number of tokens (at most ``postcodeReach``).
extension AddressDetector {
  /// Labels of the parts of an address form of the region: post office, police station, post,
  /// the PIN before a postcode. `Vill.`, `Dist.`, `Thana`, `Upazila` are street words already.
  static let formLabelKeys = KeySet(words: ["po", "ps", "post", "pin"])

  /// Whether the token at `index` is a form label that names the next part: a label followed
  /// on its line by a colon or dash (`PS:`, `Post Office-`), a capitalised name (`Post
  /// Bettiah`) or a number (`PIN 762103`).
  func isFormLabel(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ index: Int) -> Bool {
    guard index + 1 < tokens.count, tokens[index].script == .spaced, tokens[index].end - tokens[index].start <= 4,
      Self.formLabelKeys.contains(key(bytes, tokens[index])), lineBreaks(bytes, tokens, before: index + 1) == 0
    else { return false }
    let next = tokens[index + 1]
    return isSymbol(bytes, next, ":-") || isCapitalised(bytes, next) || next.script == .digits
  }

  /// Whether the token at `index` opens an address as a form label: capitalised, then a colon
  /// (or a dash) and a capitalised name on the same line (`PO: Baliguda`). The label alone is
  /// not enough (`PS: Remember the forms`): the walk asks for a number or a second part.
  func isFormLabelStart(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ index: Int) -> Bool {
    guard index + 2 < tokens.count, isCapitalised(bytes, tokens[index]), isFormLabel(bytes, tokens, index),
      isSymbol(bytes, tokens[index + 1], ":-"), lineBreaks(bytes, tokens, before: index + 2) == 0
    else { return false }
    return isCapitalised(bytes, tokens[index + 2])
  }

  /// Whether the token at `index` is the colon glued after a form label or a street word
  /// (`PS:`, `Dist:`, `Vill:`), before a capitalised name: the left walk crosses it.
  func isFormColon(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ index: Int) -> Bool {
    guard index >= 1, index + 1 < tokens.count, isSymbol(bytes, tokens[index], ":"), !tokens[index].spaceBefore,
      isCapitalised(bytes, tokens[index + 1])
    else { return false }
    let label = tokens[index - 1]
    guard label.script == .spaced, label.end - label.start <= 16 else { return false }
    return Self.formLabelKeys.contains(key(bytes, label)) || isStreetToken(bytes, tokens, index - 1)
  }

  /// How far ``isBeforePostcode(_:_:_:)`` looks.
  static let postcodeReach = 6

  /// Whether the capitalised word at `index` is followed on its line, within a few names,
  /// commas, dashes and a `PIN` label, by a postcode (four or more digits): `Bihar 845835`,
  /// `West Champaran, Bihar 845835`, `Odisha, PIN 762103`. The names belong to the address.
  func isBeforePostcode(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ index: Int) -> Bool {
    var probe = index
    while probe < tokens.count && probe - index <= Self.postcodeReach {
      if probe > index && lineBreaks(bytes, tokens, before: probe) > 0 { return false }
      let token = tokens[probe]
      if token.script == .digits { return token.end - token.start >= 4 }
      let passes =
        isCapitalised(bytes, token) || isSymbol(bytes, token, ",-")
        || (token.script == .spaced && token.end - token.start <= 4 && Self.formLabelKeys.contains(key(bytes, token)))
      guard passes else { return false }
      probe += 1
    }
    return false
  }

  /// French and Spanish repeat letters of a house number (`86 bis`, `12 ter`, `7 quater`).
  static let houseNumberSuffixKeys = KeySet(words: ["bis", "ter", "quater"])

  /// Whether the token at `index` is one of ``houseNumberSuffixKeys`` right after a number
  /// (`86 bis`): it ends the house number's part and joins the street after it, on the same line
  /// or the next.
  func isHouseNumberSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ index: Int) -> Bool {
    guard index >= 1, index < tokens.count, tokens[index].script == .spaced,
      tokens[index].end - tokens[index].start <= 6,
      tokens[index - 1].script == .digits
    else { return false }
    return Self.houseNumberSuffixKeys.contains(key(bytes, tokens[index]))
  }

  static let ofKey = key("of")

  /// Whether the token at `index` is `of` between a local body's word and a capitalised name
  /// (`Municipality of Opol`, `Province of Misamis Oriental`).
  func isAreaOf(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ index: Int) -> Bool {
    guard index >= 1, index + 1 < tokens.count, tokens[index].script == .spaced,
      tokens[index].end - tokens[index].start == 2,
      key(bytes, tokens[index]) == Self.ofKey, isCapitalised(bytes, tokens[index + 1]),
      isCapitalised(bytes, tokens[index - 1])
    else { return false }
    return Self.areaOfKeys.contains(key(bytes, tokens[index - 1]))
  }

  /// Local bodies named with `of` before their name (`Municipality of Opol`); a street word
  /// before `of` is not enough (`House of Cards`, `Road of Bones`).
  static let areaOfKeys = KeySet(words: ["municipality", "province"])

  /// Finds `c/o` lines (`c/o Mrs. Nguyen Thi Lan`, `C/O Smt. Rekha Devi`): "care of" and the
  /// name after it are a line of an address, whatever script the rest of the address is in.
  /// The name goes up to five capitalised words, titles with their dots and initials, on the
  /// line of the `c/o`.
  func detectCareOf(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], into findings: inout [Finding]) {
    var index = 0
    while index + 3 < tokens.count {
      defer { index += 1 }
      guard key(bytes, tokens[index]) == Self.cKey, isSymbol(bytes, tokens[index + 1], "/"),
        key(bytes, tokens[index + 2]) == Self.oKey, !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore
      else { continue }
      var last = index + 2
      var names = 0
      while last + 1 < tokens.count && names < 5 && lineBreaks(bytes, tokens, before: last + 1) == 0 {
        let next = tokens[last + 1]
        if isCapitalised(bytes, next) && next.script == .spaced {
          names += 1
        } else if !(isSymbol(bytes, next, ".") && !next.spaceBefore
          && (isInitial(bytes, tokens[last]) || isTitleAbbreviation(bytes, tokens[last])))
        {
          break
        }
        last += 1
      }
      guard names > 0 else { continue }
      findings.append(
        Finding(
          kind: .location, range: tokens[index].start..<tokens[last].end, score: 0.8, detector: id,
          explanation: "address"))
      index = last
    }
  }

  /// Administrative endings written with a hyphen after a name: Japanese prefecture, town and
  /// village (`-ken`, `-machi`, `-mura`, `-gun`), Korean city, province, town, township and
  /// village (`-si`, `-do`, `-eup`, `-myeon`, `-ri`). Alone they are words or names (`Ken`,
  /// `do`, `si`), so they count only glued by a hyphen to a capitalised name.
  static let hyphenSuffixKeys = KeySet(words: ["ken", "machi", "mura", "gun", "si", "do", "eup", "myeon", "ri"])

  /// Whether the token at `index` is one of ``hyphenSuffixKeys`` glued by a hyphen to a
  /// capitalised name before it (`Ibaraki-ken`, `Ansan-si`).
  func isHyphenSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ index: Int) -> Bool {
    guard index >= 2, index < tokens.count, tokens[index].script == .spaced,
      tokens[index].end - tokens[index].start <= 5,
      !tokens[index].spaceBefore, isSymbol(bytes, tokens[index - 1], "-"), !tokens[index - 1].spaceBefore,
      isCapitalised(bytes, tokens[index - 2])
    else { return false }
    return Self.hyphenSuffixKeys.contains(key(bytes, tokens[index]))
  }

  /// Whether the address from `first` to the keyword at `index` holds before the keyword only a
  /// capitalised prefix glued by a hyphen (`Sub-` of `Sub-district 14 reported …`): a keyword
  /// with nothing before it, for the prose checks.
  func isHyphenPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ first: Int, _ index: Int) -> Bool
  {
    first == index - 2 && isSymbol(bytes, tokens[index - 1], "-") && !tokens[index - 1].spaceBefore
      && !tokens[index].spaceBefore && isCapitalised(bytes, tokens[first])
  }

  /// Whether an area word and its number open a sentence (`Road 37 safety week saw …`, `Box 12
  /// holds …`) and a plain lower-case word follows the number on its line, no comma between:
  /// an address goes on with a comma, a name, a postcode or another address word (`Road 12,
  /// Dhaka`, `House 12 road 5`), prose with an ordinary word.
  func opensProseSentence(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ first: Int, _ index: Int, _ last: Int
  ) -> Bool {
    guard first == index, opensSentence(bytes, tokens, first), last + 1 < tokens.count,
      lineBreaks(bytes, tokens, before: last + 1) == 0
    else { return false }
    let next = tokens[last + 1]
    guard next.script == .spaced, next.spaceBefore, next.end - next.start >= 3, next.end - next.start <= 16,
      bytes[next.start] >= UInt8(ascii: "a"), bytes[next.start] <= UInt8(ascii: "z"), isASCII(bytes, next)
    else { return false }
    let lower = key(bytes, next)
    return !isStreetToken(bytes, tokens, last + 1) && !isMarkerWord(lower) && !Self.isFillerKey(lower)
      && !Self.formLabelKeys.contains(lower)
  }
}
