#if canImport(Glibc)
  import Glibc
#endif

/// A fixed-size array of plain values for large lookup tables read at random (the lexicon's
/// hash table, the tagger's weights): aligned to 2 MiB and, on Linux, marked for transparent
/// huge pages, so random reads do not also miss the TLB on every 4 KiB page.
///
/// Filled once through ``withMutableBuffer(_:)`` before it is shared, read-only afterwards.
final class LargeTable<Element: BitwiseCopyable>: @unchecked Sendable {
  /// The values (valid as long as the table lives).
  let buffer: UnsafeMutableBufferPointer<Element>

  init(count: Int, repeating value: Element) {
    let alignment = 2 << 20
    let bytes = max(count * MemoryLayout<Element>.stride, 1)
    let rounded = (bytes + alignment - 1) / alignment * alignment
    let memory = UnsafeMutableRawPointer.allocate(byteCount: rounded, alignment: alignment)
    #if canImport(Glibc)
      // Tables of 1 MiB or more take whole huge pages (up to 1 MiB unused at the end).
      if bytes >= alignment / 2 { _ = madvise(memory, rounded, MADV_HUGEPAGE) }
    #endif
    let typed = memory.bindMemory(to: Element.self, capacity: count)
    typed.initialize(repeating: value, count: count)
    buffer = UnsafeMutableBufferPointer(start: typed, count: count)
  }

  /// Fills or changes the values; only while no other thread reads the table.
  func withMutableBuffer<R>(_ body: (UnsafeMutableBufferPointer<Element>) throws -> R) rethrows -> R {
    try body(buffer)
  }

  deinit {
    UnsafeMutableRawPointer(buffer.baseAddress!).deallocate()
  }
}
