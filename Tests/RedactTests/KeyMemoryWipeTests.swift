import Foundation
import Testing

@testable import Redact

#if canImport(Glibc)
  import Glibc
#endif

/// Key bytes do not outlive their use: after `keygen` has written a key and a run has loaded it,
/// derived its subkeys and used them, no 8-byte piece of the master key, of a subkey, or of the
/// key file's hex text is left anywhere in the process's writable memory (issue 17, secrets).
///
/// The test scans `/proc/self/mem`. It must not hold the secrets it looks for, or it would find
/// itself: it keeps every needle XOR-masked and masks each block it reads before searching.
/// It runs alone (`REDACT_MEMORY_SCAN=1 swift test --skip-build --filter KeyMemoryWipeTests`, a
/// step of `.ci/run`): inside the whole suite, other tests' threads and mappings come and go while
/// it reads, which made the scan slow (minutes) and its positive control unreliable.
@Suite(
  .serialized,
  .enabled(
    if: ProcessInfo.processInfo.environment["REDACT_MEMORY_SCAN"] != nil,
    "memory scan: run alone with REDACT_MEMORY_SCAN=1 (see .ci/run)"))
struct KeyMemoryWipeTests {
  static let mask: UInt8 = 0xA5

  /// The `width`-byte pieces of `secret` at multiples of `width`, masked. Any copy of at least
  /// `2 * width - 1` contiguous bytes of the secret holds one of them whole.
  static func maskedWindows(_ secret: UnsafeRawBufferPointer, width: Int) -> [[UInt8]] {
    stride(from: 0, through: secret.count - width, by: width).map { start in
      (0..<width).map { secret[start + $0] ^ mask }
    }
  }

  /// glibc's `memmem` (not exported by the Glibc module).
  static let memmem: @convention(c) (UnsafeRawPointer?, Int, UnsafeRawPointer?, Int) -> UnsafeMutableRawPointer? = {
    unsafeBitCast(dlsym(UnsafeMutableRawPointer(bitPattern: 0), "memmem")!, to: (@convention(c) (UnsafeRawPointer?, Int, UnsafeRawPointer?, Int) -> UnsafeMutableRawPointer?).self)
  }()

  /// Counts the masked needles found (unmasked) in this process's writable memory.
  static func occurrences(of needles: [[UInt8]]) throws -> Int {
    let maps = try String(contentsOfFile: "/proc/self/maps", encoding: .utf8)
    let memory = open("/proc/self/mem", O_RDONLY)
    guard memory >= 0 else { throw CocoaError(.fileReadNoPermission) }
    defer { close(memory) }
    let blockSize = 1 << 20
    let overlap = 64
    let block = UnsafeMutableRawBufferPointer.allocate(byteCount: blockSize + overlap, alignment: 16)
    defer { block.deallocate() }
    var found = 0
    for line in maps.split(separator: "\n") {
      let fields = line.split(separator: " ", omittingEmptySubsequences: true)
      guard fields.count >= 2, fields[1].hasPrefix("rw") else { continue }
      let bounds = fields[0].split(separator: "-").compactMap { UInt(String($0), radix: 16) }
      // Keys live in small heap blocks: skip the big mappings (lexicon tables, models), which
      // take minutes to read when the whole suite has loaded them.
      guard bounds.count == 2, bounds[1] - bounds[0] <= 64 << 20 || line.hasSuffix("[heap]") else { continue }
      var address = bounds[0]
      while address < bounds[1] {
        let length = Int(min(UInt(blockSize + overlap), bounds[1] - address))
        let n: Int = pread(memory, block.baseAddress, length, off_t(Int64(bitPattern: UInt64(address))))
        if n > 0 {
          let bytes = block.baseAddress!.assumingMemoryBound(to: UInt8.self)
          for i in 0..<n { bytes[i] ^= Self.mask }
          for needle in needles {
            var offset = 0
            while offset + needle.count <= n {
              guard
                let hit = needle.withUnsafeBytes({
                  Self.memmem(bytes + offset, n - offset, $0.baseAddress, needle.count)
                })
              else { break }
              found += 1
              offset = hit.assumingMemoryBound(to: UInt8.self) - bytes + 1
            }
          }
          // Wipe: when the scan reaches this block's own pages they must not hold a secret.
          memset(block.baseAddress!, 0, length)
        }
        address += UInt(blockSize)
      }
    }
    return found
  }

  @Test func noPieceOfAKeyOutlivesItsUse() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redact-wipe-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("k.key").path
    try KeyFile.generate(path: path)

    var needles: [[UInt8]] = []
    do {
      // Read the file without Foundation (which would keep copies), mask, wipe.
      let fd = open(path, O_RDONLY)
      let raw = UnsafeMutableRawBufferPointer.allocate(byteCount: 4096, alignment: 16)
      let count = read(fd, raw.baseAddress, raw.count)
      close(fd)
      let text = UnsafeRawBufferPointer(rebasing: raw[0..<max(0, count)])
      let line = text.firstRange(of: Array("redact-key-v1:".utf8))!.upperBound
      needles += Self.maskedWindows(UnsafeRawBufferPointer(rebasing: text[line..<line + 64]), width: 16)
      memset(raw.baseAddress!, 0, raw.count)
      raw.deallocate()

      let master = try KeyFile.load(path: path)
      master.withUnsafeBytes { needles += Self.maskedWindows($0, width: 8) }
      let ring = try KeyRing(master: master, domain: "wipe")
      for subkey in [ring.pseudonymKey, ring.deterministicKey, ring.randomizedKey] {
        subkey.withUnsafeBytes { needles += Self.maskedWindows($0, width: 8) }
      }
      // Use every subkey the way a run does.
      let cipher = try TokenCipher(keys: ring, domain: "wipe")
      let value = Array("Priya Sharma".utf8)
      for linkable in [true, false] {
        let token = try cipher.token(for: value, kind: .person, linkable: linkable)
        #expect(cipher.reveal(Array(token.utf8)).text == value)
      }
      let pseudonymizer = try Pseudonymizer(key: ring.pseudonymKey)
      _ = try pseudonymizer.pseudonym(for: "Priya Sharma", kind: .person)
      // While in use the key is in memory: the scan finds it (so it can find it).
      let whileInUse = try Self.occurrences(of: needles)
      withExtendedLifetime((master, ring, cipher, pseudonymizer)) {}
      #expect(whileInUse > 0)
    }
    #expect(try Self.occurrences(of: needles) == 0)
  }
}
