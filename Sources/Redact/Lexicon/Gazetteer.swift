import Foundation

/// Place names (folded-token keys, as in ``Lexicon``) with their hierarchy. The bundled form is
/// `gazetteer.bin`, built by `redact-train lexicon` from the same GeoNames/CLDR lists.
///
/// File layout: magic `RDGAZ1\0\0`, key version (u32), place count (u32), sorted keys (u64),
/// references (u32: admin1 index << 10 | country index), then the country table
/// (`CC\tName` lines) and the admin1 table (lines), each preceded by its byte length (u32).
package final class Gazetteer: @unchecked Sendable {
  static let magic = Array("RDGAZ1\0\0".utf8)
  /// Sorted place keys and their references (parallel), borrowed from `owner`: the mapped file
  /// (read in place, not copied: see ``MappedFile``) or arrays built from the source lists.
  private let keys: UnsafeBufferPointer<UInt64>
  private let references: UnsafeBufferPointer<UInt32>
  private let owner: AnyObject
  private let countries: [(code: String, name: String)]
  private let admin1Names: [String]

  /// Number of places.
  package var count: Int { keys.count }

  /// The bundled gazetteer, loaded on first use.
  package static func bundled() throws -> Gazetteer { try bundledOnce.get() }

  private static let bundledOnce = LoadedOnce {
    try Gazetteer(contentsOf: ResourceLocator.directory("lexicon").appendingPathComponent("gazetteer.bin"))
  }

  /// Builds from `places.tsv` and `countries.tsv` in `directory` (see make_lexicons.py).
  package init(sourceDirectory directory: URL) throws {
    func lines(_ name: String) throws -> [Substring] {
      guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path),
        let text = String(data: data, encoding: .utf8)
      else { throw ResourceError.missing(file: name) }
      return text.split(separator: "\n")
    }
    var countryIndex: [String: Int] = [:]
    var countries: [(String, String)] = []
    for line in try lines("countries.tsv") {
      let fields = line.split(separator: "\t")
      guard fields.count == 2 else { throw ResourceError.malformed(file: "countries.tsv") }
      countryIndex[String(fields[0])] = countries.count
      countries.append((String(fields[0]), String(fields[1])))
    }
    var adminIndex: [String: Int] = ["": 0]
    var admins = [""]
    var entries: [UInt64: UInt32] = [:]
    for line in try lines("places.tsv") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 4 else { throw ResourceError.malformed(file: "places.tsv") }
      guard let country = countryIndex[String(fields[2])] else { continue }  // world regions
      let admin = fields[1] == "c" ? "" : String(fields[3])
      let adminSlot =
        adminIndex[admin]
        ?? {
          admins.append(admin)
          adminIndex[admin] = admins.count - 1
          return admins.count - 1
        }()
      var key: UInt64?
      Lexicon.keys(of: fields[0]) { key = $0 }
      if let key, entries[key] == nil { entries[key] = UInt32(adminSlot) << 10 | UInt32(country) }
    }
    let sorted = entries.sorted { $0.key < $1.key }
    let storage = OwnedKeyedTable<UInt32>(sorted.map(\.key), sorted.map(\.value))
    keys = UnsafeBufferPointer(storage.keys)
    references = UnsafeBufferPointer(storage.values)
    owner = storage
    self.countries = countries.map { (code: $0.0, name: $0.1) }
    admin1Names = admins
  }

  /// Maps `gazetteer.bin` and reads its tables in place.
  package init(contentsOf url: URL) throws {
    let name = url.lastPathComponent
    let file = try MappedFile(contentsOf: url)
    let malformed = ResourceError.malformed(file: name)
    guard file.bytes.count >= Self.magic.count, file.bytes.prefix(Self.magic.count).elementsEqual(Self.magic)
    else { throw malformed }
    let places = try MappedKeyedTable<UInt32>(file, at: Self.magic.count, name: name)
    var offset = places.end
    func table() throws -> [String] {
      guard offset + 4 <= file.bytes.count else { throw malformed }
      let length = Int(UInt32(littleEndian: file.bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
      offset += 4
      guard length <= file.bytes.count - offset else { throw malformed }
      defer { offset += length }
      let bytes = UnsafeRawBufferPointer(rebasing: file.bytes[offset..<(offset + length)])
      // Performance: split on the bytes, one `String` per line. Split by `Character`, the
      // thousands of admin1 names took ~23M instructions (grapheme breaking) of every start-up,
      // a tenth of a one-line run. Lines break at the same places unless a CR stands before an
      // LF (one `Character` then), so such a table is split as before.
      guard !bytes.contains(0x0D) else {
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
          .map(String.init)
      }
      return bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }
    let countryList: [(code: String, name: String)] = try table().map { line in
      let fields = line.split(separator: "\t")
      guard fields.count == 2 else { throw malformed }
      return (code: String(fields[0]), name: String(fields[1]))
    }
    let adminList = try table()
    guard offset == file.bytes.count,
      places.values.allSatisfy({ Int($0 & 0x3FF) < countryList.count && Int($0 >> 10) < adminList.count })
    else { throw malformed }
    countries = countryList
    admin1Names = adminList
    keys = places.keys
    references = places.values
    owner = file
  }

  /// The file's bytes.
  package func serialized() -> [UInt8] {
    var out = Self.magic
    out.appendKeyedTable(keys: Array(keys), values: Array(references))
    let countryTable = Array(countries.map { "\($0.code)\t\($0.name)" }.joined(separator: "\n").utf8)
    out.appendLittleEndian(UInt32(countryTable.count))
    out += countryTable
    let adminTable = Array(admin1Names.joined(separator: "\n").utf8)
    out.appendLittleEndian(UInt32(adminTable.count))
    out += adminTable
    return out
  }

  /// The hierarchy of a place name (any case, Latin diacritics optional), or nil.
  package func hierarchy(of name: String) -> PlaceHierarchy? {
    var key: UInt64?
    Lexicon.keys(of: Substring(name)) { key = $0 }
    guard let key else { return nil }
    var low = 0
    var high = keys.count
    while low < high {
      let middle = (low + high) / 2
      if keys[middle] < key { low = middle + 1 } else { high = middle }
    }
    guard low < keys.count, keys[low] == key else { return nil }
    let reference = references[low]
    let country = countries[Int(reference & 0x3FF)]
    return PlaceHierarchy(countryCode: country.code, country: country.name, admin1: admin1Names[Int(reference >> 10)])
  }
}
