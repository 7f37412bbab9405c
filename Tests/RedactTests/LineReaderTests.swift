import Foundation
import Testing

@testable import Redact

@Suite struct LineReaderTests {
  /// Reads `data` through a pipe with a tiny block size so every refill path runs.
  func readAll(
    _ data: [UInt8], blockSize: Int, maximumLineBytes: Int, chunk: Int = 7, dropsByteOrderMark: Bool = true
  ) throws -> [String] {
    var fds: [Int32] = [0, 0]
    #expect(pipe(&fds) == 0)
    let writeEnd = fds[1]
    let writer = Thread {
      data.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count {
          let n = write(writeEnd, raw.baseAddress! + offset, min(raw.count - offset, chunk))
          if n <= 0 { break }
          offset += n
        }
      }
      close(writeEnd)
    }
    writer.start()
    defer { close(fds[0]) }
    var reader = LineReader(
      fd: fds[0], blockSize: blockSize, maximumLineBytes: maximumLineBytes, dropsByteOrderMark: dropsByteOrderMark)
    var lines: [String] = []
    while let line = try reader.next() {
      switch line {
      case .line(let bytes, let number, let terminated):
        lines.append("\(number):\(String(decoding: bytes, as: UTF8.self))\(terminated ? "" : "<eof>")")
      case .tooLong(let number, let terminated):
        lines.append("\(number):<too long>\(terminated ? "" : "<eof>")")
      }
    }
    return lines
  }

  @Test(arguments: [4, 5, 16, 64])
  func splitsLinesExactlyWhateverTheBlockSize(blockSize: Int) throws {
    var rng = SplitMix64(seed: UInt64(blockSize))
    var text = ""
    var expected: [String] = []
    for number in 1...300 {
      let line = String(repeating: "x", count: Int.random(in: 0...40, using: &rng)) + "\(number)"
      text += line + "\n"
      expected.append("\(number):\(line)")
    }
    text += "tail"
    expected.append("301:tail<eof>")
    #expect(try readAll(Array(text.utf8), blockSize: blockSize, maximumLineBytes: 1 << 20) == expected)
  }

  @Test func skipsOverLongLinesWithoutBufferingThem() throws {
    let text = "short\n" + String(repeating: "y", count: 500) + "\nafter\n" + String(repeating: "z", count: 300)
    #expect(
      try readAll(Array(text.utf8), blockSize: 16, maximumLineBytes: 100) == [
        "1:short", "2:<too long>", "3:after", "4:<too long><eof>",
      ])
  }

  @Test(arguments: [1, 2, 3, 7])
  func dropsAByteOrderMarkAtTheStartEvenWhenItArrivesInPieces(chunk: Int) throws {
    let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
    let text = Array("one\n".utf8) + mark + Array("two\nthree".utf8)
    let expected = ["1:one", "2:\u{FEFF}two", "3:three<eof>"]
    #expect(try readAll(mark + text, blockSize: 4, maximumLineBytes: 100, chunk: chunk) == expected)
    #expect(try readAll(text, blockSize: 4, maximumLineBytes: 100, chunk: chunk) == expected)
    #expect(try readAll(mark, blockSize: 4, maximumLineBytes: 100, chunk: chunk) == [])
    #expect(try readAll(mark + [0x0A], blockSize: 4, maximumLineBytes: 100, chunk: chunk) == ["1:"])
    // Only the whole mark is dropped; its first bytes alone stay (and fail UTF-8 checks later).
    #expect(
      try readAll([0xEF, 0xBB, 0x0A], blockSize: 4, maximumLineBytes: 100, chunk: chunk) == [
        "1:" + String(decoding: [0xEF, 0xBB], as: UTF8.self)
      ])
    #expect(
      try readAll(mark + Array("x".utf8), blockSize: 4, maximumLineBytes: 100, chunk: chunk, dropsByteOrderMark: false)
        == ["1:\u{FEFF}x<eof>"])
  }
}
