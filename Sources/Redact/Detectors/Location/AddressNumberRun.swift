/// The run of numbers that ``AddressDetector`` walks left from a street word, joined by spaces,
/// `-`, `/` or `.`: a house number holds at most ``maxHouseNumberDigits`` digits, so a longer
/// run is a phone or an ID number written before the address (`555-123-4567 123 Main St`,
/// `+880 1712-345678 House 12, Road 5`) and must not become part of it.
struct NumberRun {
  /// The most digits a house number (with its flat or plot number: `509/97`, `12-14`) holds.
  static let maxHouseNumberDigits = 6
  /// The fewest digits of a number run after an address that is a phone, not a postcode: a
  /// postcode holds at most nine (`12345-6789`, `01310-100`, `100-0001`), a mobile ten or more.
  static let minPhoneDigits = 10

  /// The run's token nearest the street word; -1 before the first.
  private(set) var nearest = -1
  /// The address' number flags as they were before the run began.
  private(set) var hadNumber = false
  private(set) var hadNumberBefore = false
  private var digits = 0
  private var nearestDigits = 0

  /// Adds the number token at `index` (the walk goes right to left) with its `digits`; the
  /// flags are the address' before this token. Returns whether the run has grown too long to
  /// be a house number.
  mutating func add(_ index: Int, digits count: Int, hasNumber: Bool, numberBefore: Bool) -> Bool {
    if nearest < 0 {
      nearest = index
      nearestDigits = count
      hadNumber = hasNumber
      hadNumberBefore = numberBefore
    }
    digits += count
    return digits > Self.maxHouseNumberDigits
  }

  /// Whether the address keeps the run's nearest number as its house number: only when it has at most
  /// five digits, stands apart after a space and comes right before the address' words
  /// (`4567 123 Main St`); not when joined to the long number by a `-` or `.` (`1712-345678
  /// House 12`) or followed by a comma (`0171 234 5678, 12 Rue…`).
  func keepsNearest(_ tokens: [TaggerToken]) -> Bool {
    nearestDigits <= 5 && nearest > 0 && tokens[nearest - 1].script == .digits
      && tokens[nearest].spaceBefore && nearest + 1 < tokens.count && tokens[nearest + 1].script != .symbol
  }
}

extension AddressDetector {
  /// Whether the number run that reaches left to token `index` comes right after a number
  /// marker: `Apt 115-1379 182 Deungpa-ro` is a flat number, however long, not a phone.
  func followsMarker(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], run index: Int) -> Bool {
    var start = index
    while start > 0 && (tokens[start - 1].script == .digits
      || (isSymbol(bytes, tokens[start - 1], "-/.") && !tokens[start - 1].spaceBefore && !tokens[start].spaceBefore))
    {
      start -= 1
    }
    guard start > 0 && tokens[start - 1].script == .spaced && isMarkerWord(key(bytes, tokens[start - 1])) else {
      return false
    }
    // "Phone number 0171 234 5678", "mobile no 98765 43210": the marker counts a phone
    return !(start > 1 && tokens[start - 2].script == .spaced && Self.phoneWordKeys.contains(key(bytes, tokens[start - 2])))
  }

  /// Words that name a phone before its number marker (`mobile no`, `phone number`).
  static let phoneWordKeys = KeySet(words: [
    "phone", "mobile", "mob", "tel", "telephone", "cell", "contact", "whatsapp", "viber", "ph", "hp", "sdt", "fax",
  ])

  /// Whether a phone starts at token `index`, a digit token: the run from there reads as a phone
  /// and the run from its next group, after a space, does not. So a postcode just before a
  /// phone stays in the address (`Dhaka 1205 0171 234 5678`: the phone starts at `0171`).
  func phoneStarts(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], at index: Int) -> Bool {
    guard isPhoneRun(bytes, tokens, from: index) else { return false }
    var next = index + 1
    while next < tokens.count && !tokens[next].spaceBefore { next += 1 }  // the rest of this group
    let nextGroup = next < tokens.count && tokens[next].script == .digits
    return !(nextGroup && isPhoneRun(bytes, tokens, from: next))
  }

  /// Whether the number run that starts at token `index` reads as a phone, not a postcode, PO
  /// box or house number: at least ``NumberRun/minPhoneDigits`` digits in one group or in
  /// groups of three or more, separated by spaces or a glued `-` or `.` (`555-123-4567`,
  /// `0171 234 5678`, `9876543210`); not `54 23 89 64337` (Postfach and postcode) or
  /// `113/73 33-410` (house and postcode).
  func isPhoneRun(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], from index: Int) -> Bool {
    var count = 0
    var groups = 0
    var shortGroup = false
    var index = index
    while index < tokens.count {
      let token = tokens[index]
      if token.script == .digits {
        let digits = token.digitCount(in: bytes)
        count += digits
        groups += 1
        shortGroup = shortGroup || digits < 3
      } else if !(isSymbol(bytes, token, "-.") && !token.spaceBefore && index + 1 < tokens.count
        && tokens[index + 1].script == .digits && !tokens[index + 1].spaceBefore)
      {
        if isSymbol(bytes, token, "/") && !token.spaceBefore { return false }
        break
      }
      index += 1
    }
    return count >= NumberRun.minPhoneDigits && (groups == 1 || !shortGroup)
  }
}
