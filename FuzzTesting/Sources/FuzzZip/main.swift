import Foundation
import FuzzSupport
@testable import Redact

// Zip archives: the reader (our directory checks, then ZIPFoundation) with small limits, every
// member read, then the archive redactor end to end (without writing an output archive).
let path = NSTemporaryDirectory() + "redact-fuzz-\(getpid()).zip"
let limits = ZipArchiveLimits(
  maximumMembers: 64, maximumMemberBytes: 1 << 20, maximumTotalBytes: 4 << 20, maximumRatio: 200,
  ratioFloorBytes: 64 << 10)
let redactor = ArchiveRedactor(engine: FuzzSupport.engine, limits: limits, onBadMember: .skip)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZip(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = Data(UnsafeBufferPointer(start: data, count: count))
  guard FileManager.default.createFile(atPath: path, contents: bytes) else { fatalError("cannot write \(path)") }
  if let reader = try? ZipArchiveReader(path: path, limits: limits) {
    for member in reader.members where !member.isDirectory {
      _ = try? reader.head(of: member, count: 512)
      _ = try? reader.contents(of: member)
    }
  }
  _ = try? redactor.redact(archiveAt: path, into: nil)
  return 0
}
