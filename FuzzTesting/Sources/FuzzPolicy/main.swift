import Foundation
import FuzzSupport
@testable import Redact

// Policy loader: any YAML either loads into a policy an engine accepts, or throws.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPolicy(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
  // A policy names term files relative to its folder: one that does not exist.
  guard let policy = try? PolicyLoader.parse(text, baseDirectory: "/nonexistent-fuzz-policy-dir") else { return 0 }
  // A key-less engine refuses pseudonym and encryption operators; everything else builds.
  if let engine = try? RedactionEngine(policy: policy) {
    _ = try? engine.redact("Call Rahim on +8801712345678 in Dhaka.")
  }
  return 0
}
