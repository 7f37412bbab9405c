/// Keeps the keys of every open JSON object unique after some of them were masked.
///
/// Masking can make two keys equal (`{"+8801…": 1, "+8802…": 2}` → two `[PHONE]` keys), which
/// would make the output ambiguous JSON with fewer distinct keys. A masked key that collides with
/// an earlier key of its object gets the first free suffix `#2`, `#3` …; an unmasked key that
/// collides with an earlier *masked* one is renamed the same way. Keys that were already equal
/// in the input are left as they are. The output therefore has the same number of keys as the
/// input, and every key that masking produced is unique within its object.
///
/// Keys are remembered by 64-bit hash; a hash collision only adds a needless suffix. A set is
/// built for an object only once it has a masked key, so objects without one cost an append
/// per key.
struct JSONObjectKeys {
  private struct Frame {
    /// Where this object's hashes start in `log` (while `outputs` is nil).
    var start: Int
    /// Hashes of every key written so far, built on the first masked key.
    var outputs: Set<UInt64>?
    /// Hashes of the keys that masking produced.
    var masked: Set<UInt64> = []
    /// Per key (by hash): the suffix it last got. Suffixes up to it are taken for good, so
    /// the next search starts there: without this, n keys all masked to `[PHONE]` took
    /// O(n²) (8,000 such keys: 4 minutes in a debug build).
    var lastSuffix: [UInt64: Int] = [:]
  }

  private var log: [UInt64] = []
  private var frames: [Frame] = []

  mutating func openObject() {
    frames.append(Frame(start: log.count))
  }

  mutating func closeObject() {
    guard let frame = frames.popLast() else { return }
    log.removeSubrange(frame.start...)
  }

  /// Records a key written as it was. Returns the new name when it must be renamed because an
  /// earlier masked key took its name.
  mutating func admit(original key: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    let hash = Self.hash(key)
    let top = frames.count - 1
    guard top >= 0 else { return nil }
    guard frames[top].masked.contains(hash) else {
      if frames[top].outputs != nil { frames[top].outputs!.insert(hash) } else { log.append(hash) }
      return nil
    }
    return unique(Array(key), in: top)
  }

  /// Records a masked key and returns it, suffixed if needed so it is unique in its object.
  mutating func admit(masked key: [UInt8]) -> [UInt8] {
    let top = frames.count - 1
    guard top >= 0 else { return key }
    return unique(key, in: top)
  }

  /// The first of `key`, `key#2`, `key#3` … not yet written in the object; it is recorded as
  /// produced by masking, so a later input key of the same name is renamed in turn.
  private mutating func unique(_ key: [UInt8], in top: Int) -> [UInt8] {
    if frames[top].outputs == nil { frames[top].outputs = Set(log[frames[top].start...]) }
    let base = Self.hash(key)
    var suffix = frames[top].lastSuffix[base] ?? 1
    var candidate = suffix == 1 ? key : key + Array("#\(suffix)".utf8)
    var hash = Self.hash(candidate)
    while frames[top].outputs!.contains(hash) {
      suffix += 1
      candidate = key + Array("#\(suffix)".utf8)
      hash = Self.hash(candidate)
    }
    frames[top].outputs!.insert(hash)
    frames[top].masked.insert(hash)
    frames[top].lastSuffix[base] = suffix
    return candidate
  }

  private static func hash<C: Collection<UInt8>>(_ bytes: C) -> UInt64 {
    FNV1a.add(FNV1a.basis, bytes)
  }
}
