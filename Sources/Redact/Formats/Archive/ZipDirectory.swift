#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// The archive's own account of its members, read from its end records and central directory
/// before ZIPFoundation iterates it.
///
/// ZIPFoundation's iterator ends silently at an encrypted member or a damaged record, so a
/// reader that trusted it alone would see a shorter archive and never know. This walk gives the
/// count the archive declares (checked against the limit before anything else is read) and each
/// record's flags, so that an encrypted member is refused by name and a short iteration is
/// detected.
struct ZipDirectory {
  struct Record {
    let name: [UInt8]
    let flags: UInt16
    var isEncrypted: Bool { flags & 1 != 0 }
  }

  let records: [Record]

  private static let endSignature: UInt32 = 0x0605_4B50
  private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
  private static let zip64EndSignature: UInt32 = 0x0606_4B50
  private static let centralSignature: UInt32 = 0x0201_4B50

  /// Reads the directory of the archive open at `fd`.
  static func read(fd: Int32, limits: ZipArchiveLimits) throws(ZipArchiveError) -> ZipDirectory {
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw damaged("cannot read the file") }
    let fileSize = Int64(info.st_size)
    guard fileSize >= 22 else { throw damaged("too short to be a zip archive") }
    // The end record (22 bytes) is followed by a comment of at most 65535 bytes.
    let tailLength = Int(min(fileSize, 22 + 65_535))
    let tailStart = fileSize - Int64(tailLength)
    let tail = try readBytes(fd, at: tailStart, count: tailLength)
    var found: Int?
    var index = tailLength - 22
    while index >= 0 {
      if le32(tail, index) == endSignature, index + 22 + Int(le16(tail, index + 20)) <= tailLength {
        found = index
        break
      }
      index -= 1
    }
    guard let end = found else { throw damaged("no end of central directory (truncated?)") }
    let endOffset = tailStart + Int64(end)
    guard le16(tail, end + 4) == 0, le16(tail, end + 6) == 0 else {
      throw damaged("multi-part archives are not supported")
    }
    var count = UInt64(le16(tail, end + 10))
    var directorySize = UInt64(le32(tail, end + 12))
    var directoryOffset = UInt64(le32(tail, end + 16))
    var directoryEnd = endOffset
    if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
      guard endOffset >= 20 else { throw damaged("ZIP64 locator missing") }
      let locator = try readBytes(fd, at: endOffset - 20, count: 20)
      guard le32(locator, 0) == zip64LocatorSignature else { throw damaged("ZIP64 locator missing") }
      let zip64Offset = le64(locator, 8)
      guard endOffset - 20 >= 56, zip64Offset <= UInt64(endOffset - 20) - 56 else { throw damaged("ZIP64 end record outside the file") }
      let record = try readBytes(fd, at: Int64(zip64Offset), count: 56)
      guard le32(record, 0) == zip64EndSignature else { throw damaged("ZIP64 end record missing") }
      count = le64(record, 32)
      directorySize = le64(record, 40)
      directoryOffset = le64(record, 48)
      directoryEnd = Int64(zip64Offset)
    }
    guard count <= UInt64(limits.maximumMembers) else {
      throw ZipArchiveError(
        member: nil, .tooManyMembers(count: count > UInt64(Int.max) ? Int.max : Int(count), limit: limits.maximumMembers))
    }
    guard directoryOffset <= UInt64(directoryEnd), directorySize <= UInt64(directoryEnd) - directoryOffset else {
      throw damaged("central directory outside the file (truncated?)")
    }
    let directory = try readBytes(fd, at: Int64(directoryOffset), count: Int(directorySize))
    var records: [Record] = []
    records.reserveCapacity(Int(count))
    var offset = 0
    for number in 0..<Int(count) {
      guard offset + 46 <= directory.count, le32(directory, offset) == centralSignature else {
        throw damaged("central directory entry \(number + 1) is damaged")
      }
      let nameLength = Int(le16(directory, offset + 28))
      let extraLength = Int(le16(directory, offset + 30))
      let commentLength = Int(le16(directory, offset + 32))
      let next = offset + 46 + nameLength + extraLength + commentLength
      guard next <= directory.count else { throw damaged("central directory entry \(number + 1) is damaged") }
      records.append(
        Record(name: Array(directory[(offset + 46)..<(offset + 46 + nameLength)]), flags: le16(directory, offset + 8)))
      offset = next
    }
    return ZipDirectory(records: records)
  }

  private static func damaged(_ why: String) -> ZipArchiveError {
    ZipArchiveError(member: nil, .damaged(why))
  }

  private static func readBytes(_ fd: Int32, at offset: Int64, count: Int) throws(ZipArchiveError) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: count)
    var done = 0
    while done < count {
      let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, count - done, off_t(offset) + off_t(done)) }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { throw damaged("unexpected end of file (truncated?)") }
      done += n
    }
    return bytes
  }

  private static func le16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
  private static func le32(_ b: [UInt8], _ i: Int) -> UInt32 { UInt32(le16(b, i)) | UInt32(le16(b, i + 2)) << 16 }
  private static func le64(_ b: [UInt8], _ i: Int) -> UInt64 { UInt64(le32(b, i)) | UInt64(le32(b, i + 4)) << 32 }
}
