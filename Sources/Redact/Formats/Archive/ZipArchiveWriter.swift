import Foundation
import ZIPFoundation

/// Writes a zip archive member by member, deflated, in the order they are added.
///
/// The output depends on the members alone: every member gets the same timestamp
/// (1980-01-01 00:00, the earliest a zip can hold) and the same permissions (0644, directories
/// 0755), so redacting the same archive twice gives the same bytes. Names follow the reader's
/// rules (``ZipMemberName``) and must be unique.
///
/// - Complexity: ZIPFoundation rewrites the central directory after each member, so writing `n`
///   members moves O(n²) directory bytes (about 80 bytes per member): negligible for the
///   thousands of members of an export, slow for hundreds of thousands.
package final class ZipArchiveWriter {
  private var archive: Archive?
  private var names = Set<Substring>()
  private static let timestamp = Date(timeIntervalSince1970: 315_532_800)

  /// Starts an archive at `path`: a file that does not exist yet, or an empty one (a temporary
  /// file made beforehand, as ``OutputDestination`` does).
  package init(path: String) throws {
    let url = URL(fileURLWithPath: path)
    do {
      if let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber {
        guard size.intValue == 0 else { throw ZipArchiveError(member: nil, .damaged("output file is not empty")) }
        // An archive with no member is its end record alone; ZIPFoundation updates it in place.
        let emptyEnd: [UInt8] = [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)
        try Data(emptyEnd).write(to: url)
        archive = try Archive(url: url, accessMode: .update, pathEncoding: nil)
      } else {
        archive = try Archive(url: url, accessMode: .create, pathEncoding: nil)
      }
    } catch let error as ZipArchiveError {
      throw error
    } catch {
      throw ZipArchiveError(member: nil, .damaged("cannot create the output archive"))
    }
  }

  /// Adds a directory entry (`name` gets a trailing `/` if it has none).
  package func addDirectory(_ name: String) throws {
    let name = name.hasSuffix("/") ? name : name + "/"
    try add(name, type: .directory, size: 0) { _, _ in Data() }
  }

  /// Adds a file with these contents, deflated.
  package func addFile(_ name: String, contents: [UInt8]) throws {
    try add(name, type: .file, size: contents.count) { position, size in
      let start = Int(position)
      return contents.withUnsafeBufferPointer { Data(buffer: UnsafeBufferPointer(rebasing: $0[start..<(start + size)])) }
    }
  }

  /// Closes the file; the archive is complete after the last ``addFile(_:contents:)``.
  package func close() {
    archive = nil
  }

  private func add(_ name: String, type: Entry.EntryType, size: Int, provider: Provider) throws {
    guard let archive else { throw ZipArchiveError(member: name, .damaged("archive already closed")) }
    if let why = ZipMemberName.problem(name) { throw ZipArchiveError(member: name, .unsafeName(why)) }
    guard names.insert(ZipMemberName.key(name)).inserted else { throw ZipArchiveError(member: name, .duplicateName) }
    do {
      try archive.addEntry(
        with: name, type: type, uncompressedSize: Int64(size), modificationDate: Self.timestamp,
        permissions: type == .directory ? 0o755 : 0o644, compressionMethod: type == .file ? .deflate : .none,
        bufferSize: 256 << 10, provider: provider)
    } catch {
      throw ZipArchiveError(member: name, .damaged("cannot write it: \(error)"))
    }
  }
}
