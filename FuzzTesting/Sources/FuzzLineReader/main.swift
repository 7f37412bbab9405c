import Foundation
import FuzzSupport
@testable import Redact

// LineReader: the input read back from a file with small blocks and a small line limit, so
// block edges, long lines and byte-order marks all occur; the lines must rebuild the input.
let path = NSTemporaryDirectory() + "redact-fuzz-lines-\(getpid())"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLineReader(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: count)
  let fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
  precondition(fd >= 0)
  defer { close(fd) }
  if count > 0 { precondition(write(fd, data, count) == count) }
  lseek(fd, 0, SEEK_SET)
  let blockSize = 1 + Int(bytes.first ?? 0) % 64
  let limit = 1 + Int(bytes.last ?? 0) % 200
  var reader = LineReader(fd: fd, blockSize: blockSize, maximumLineBytes: limit, dropsByteOrderMark: true)
  var rebuilt: [UInt8] = []
  var skipped = false
  var lastNumber = 0
  while let line = try? reader.next() {
    switch line {
    case .line(let content, let number, let terminated):
      precondition(number == lastNumber + 1, "line numbers skip")
      lastNumber = number
      precondition(content.count <= limit, "a line longer than the limit was returned")
      rebuilt += content
      if terminated { rebuilt.append(0x0A) }
    case .tooLong(let number, _):
      precondition(number == lastNumber + 1, "line numbers skip")
      lastNumber = number
      skipped = true
    }
  }
  if !skipped {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let expected = bytes.starts(with: bom) ? Array(bytes.dropFirst(3)) : Array(bytes)
    precondition(rebuilt == expected, "lines do not rebuild the input")
  }
  return 0
}
