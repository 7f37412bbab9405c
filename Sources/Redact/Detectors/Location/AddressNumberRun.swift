/// The run of numbers that ``AddressDetector`` walks left from a street word, joined by spaces,
/// `-`, `/` or `.`: a house number holds at most ``maxHouseNumberDigits`` digits, so a longer
/// run is a phone or an ID number written before the address (`555-123-4567 123 Main St`,
/// `+880 1712-345678 House 12, Road 5`) and must not become part of it.
struct NumberRun {
  /// The most digits a house number (with its flat or plot number: `509/97`, `12-14`) holds.
  static let maxHouseNumberDigits = 6

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
  /// The digits of a token: every scalar of a digit token (also `০১৭`, `๐๘๑`), the ASCII
  /// digits of a glued one (`12A`).
  func digitCount(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken) -> Int {
    var count = 0
    if token.script == .digits {
      for offset in token.start..<token.end where bytes[offset] & 0xC0 != 0x80 { count += 1 }
    } else {
      for offset in token.start..<token.end where bytes[offset] &- UInt8(ascii: "0") < 10 { count += 1 }
    }
    return count
  }
}
