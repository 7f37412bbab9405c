import Foundation
import ZIPFoundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Reads a zip archive's members into memory, within ``ZipArchiveLimits``.
///
/// Opening checks the whole directory first: the member count, every name
/// (``ZipMemberName``: no `../`, absolute paths, backslashes, NUL), duplicates, symbolic links,
/// encryption, and each member's declared compression ratio. Reading then checks what a member
/// really expands to against what its header declares and against the size limits, so a member
/// that lies about its size is stopped as soon as it passes the declared size, never expanded
/// in full; and its checksum. Every error is a ``ZipArchiveError``.
///
/// Not thread-safe: one reader reads one member at a time.
package final class ZipArchiveReader {
  /// One member: a file or a directory (symbolic links are refused at opening).
  package struct Member: Sendable {
    /// Position in the archive's directory (0-based), which is the order members are listed.
    package let index: Int
    /// The name as stored: a relative path, with a trailing `/` for a directory.
    package let name: String
    package let isDirectory: Bool
    /// The expanded size its header declares (checked while reading).
    package let declaredSize: UInt64
    package let compressedSize: UInt64
  }

  package let members: [Member]
  package let limits: ZipArchiveLimits
  /// Bytes expanded so far by ``contents(of:)`` (each member counted once).
  package private(set) var expandedBytes: Int64 = 0

  private let archive: Archive
  private let entries: [Entry]
  private var counted = Set<Int>()

  /// Opens the archive at `path` and checks its directory. Throws ``ZipArchiveError``.
  package init(path: String, limits: ZipArchiveLimits = ZipArchiveLimits()) throws {
    self.limits = limits
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      throw ZipArchiveError(member: nil, .damaged("cannot open: \(String(cString: strerror(errno)))"))
    }
    let directory: ZipDirectory
    do {
      defer { close(fd) }
      directory = try ZipDirectory.read(fd: fd, limits: limits)
    }
    if let encrypted = directory.records.first(where: \.isEncrypted) {
      throw ZipArchiveError(member: String(decoding: encrypted.name, as: UTF8.self), .encrypted)
    }
    do {
      archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    } catch {
      throw ZipArchiveError(member: nil, .damaged("no readable end of central directory"))
    }
    var entries: [Entry] = []
    entries.reserveCapacity(directory.records.count)
    for entry in archive {
      entries.append(entry)
      // The directory walk counted the records: an archive that iterates longer is damaged.
      if entries.count > directory.records.count { break }
    }
    guard entries.count == directory.records.count else {
      throw ZipArchiveError(member: nil, .damaged("central directory entry \(entries.count + 1) is damaged"))
    }
    self.entries = entries
    members = try Self.check(entries, limits: limits)
  }

  /// The member's first bytes, at most `count` (enough to tell its format), without expanding
  /// the rest. Its checksum cannot be checked on a part; ``contents(of:)`` checks it.
  package func head(of member: Member, count: Int = 64 << 10) throws -> [UInt8] {
    try expand(member, upTo: count)
  }

  /// The member's whole content. Throws when it would expand past
  /// ``ZipArchiveLimits/maximumMemberBytes`` or, with the members read before, past
  /// ``ZipArchiveLimits/maximumTotalBytes``; when it expands to another size than declared;
  /// or when its checksum does not match.
  package func contents(of member: Member) throws -> [UInt8] {
    guard member.declaredSize <= UInt64(limits.maximumMemberBytes) else {
      throw ZipArchiveError(member: member.name, .memberTooLarge(size: member.declaredSize, limit: limits.maximumMemberBytes))
    }
    let firstRead = !counted.contains(member.index)
    if firstRead, expandedBytes + Int64(member.declaredSize) > limits.maximumTotalBytes {
      throw ZipArchiveError(member: nil, .totalTooLarge(limit: limits.maximumTotalBytes))
    }
    let bytes = try expand(member, upTo: nil)
    if firstRead {
      counted.insert(member.index)
      expandedBytes += Int64(bytes.count)
    }
    return bytes
  }

  private struct Enough: Error {}

  /// Expands `member` whole (`limit` nil: then the size and checksum are checked) or its
  /// first `limit` bytes. Expanding stops as soon as it passes the declared size.
  private func expand(_ member: Member, upTo limit: Int?) throws -> [UInt8] {
    let entry = entries[member.index]
    guard !member.isDirectory else { return [] }
    let declared = member.declaredSize
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(min(declared, UInt64(limit ?? Int.max))))
    let checksum: CRC32
    do {
      checksum = try archive.extract(entry, bufferSize: 64 << 10, skipCRC32: limit != nil) { chunk in
        guard UInt64(bytes.count + chunk.count) <= declared else {
          throw ZipArchiveError(member: member.name, .sizeMismatch)
        }
        if let limit, bytes.count + chunk.count >= limit {
          bytes.append(contentsOf: chunk.prefix(limit - bytes.count))
          throw Enough()
        }
        bytes.append(contentsOf: chunk)
      }
    } catch is Enough {
      return bytes
    } catch let error as ZipArchiveError {
      throw error
    } catch Archive.ArchiveError.invalidCompressionMethod {
      throw ZipArchiveError(member: member.name, .unsupportedCompression)
    } catch {
      throw ZipArchiveError(member: member.name, .damaged("cannot expand it"))
    }
    if limit == nil {
      guard UInt64(bytes.count) == declared else { throw ZipArchiveError(member: member.name, .sizeMismatch) }
      guard checksum == entry.checksum else { throw ZipArchiveError(member: member.name, .checksumMismatch) }
    }
    return bytes
  }

  /// Checks every entry's name, type and declared sizes; returns the members in directory order.
  private static func check(_ entries: [Entry], limits: ZipArchiveLimits) throws -> [Member] {
    var seen = Set<Substring>()
    var members: [Member] = []
    members.reserveCapacity(entries.count)
    for (index, entry) in entries.enumerated() {
      let name = entry.path
      if let why = ZipMemberName.problem(name) { throw ZipArchiveError(member: name, .unsafeName(why)) }
      guard seen.insert(ZipMemberName.key(name)).inserted else { throw ZipArchiveError(member: name, .duplicateName) }
      let isDirectory: Bool
      switch entry.type {
      case .symlink: throw ZipArchiveError(member: name, .symbolicLink)
      case .directory: isDirectory = true
      case .file: isDirectory = false
      }
      let size = entry.uncompressedSize
      let compressed = entry.compressedSize
      if !isDirectory, size > UInt64(limits.ratioFloorBytes) {
        let ratio = size / max(compressed, 1)
        if ratio > UInt64(limits.maximumRatio) {
          throw ZipArchiveError(member: name, .ratioTooHigh(ratio: ratio, limit: limits.maximumRatio))
        }
      }
      members.append(
        Member(index: index, name: name, isDirectory: isDirectory, declaredSize: size, compressedSize: compressed))
    }
    return members
  }
}
