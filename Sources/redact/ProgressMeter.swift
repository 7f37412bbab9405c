import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Bytes, records and rate on standard error, redrawn in place at most twice a second.
struct ProgressMeter {
  enum Mode { case off, on, auto }
  private let mode: Mode
  private let started = Date()
  private var lastDraw = Date.distantPast
  private var shown = false
  /// In auto mode, show only once this many bytes have gone by (a large input).
  private let autoThreshold = 64 << 20

  init(mode: Mode) {
    self.mode = mode == .auto && isatty(2) == 0 ? .off : mode
  }

  mutating func update(bytes: Int, records: Int) {
    guard mode != .off else { return }
    if mode == .auto && bytes < autoThreshold { return }
    let now = Date()
    guard now.timeIntervalSince(lastDraw) >= 0.5 else { return }
    lastDraw = now
    draw(bytes: bytes, records: records, now: now)
  }

  mutating func finish(bytes: Int, records: Int) {
    guard shown else { return }
    draw(bytes: bytes, records: records, now: Date())
    Diagnostics.write("\n")
  }

  private mutating func draw(bytes: Int, records: Int, now: Date) {
    shown = true
    let seconds = max(now.timeIntervalSince(started), 0.001)
    let megabytes = Double(bytes) / 1_000_000
    Diagnostics.write(
      "\rredact: \(String(format: "%.1f", megabytes)) MB, \(records) records, \(String(format: "%.1f", megabytes / seconds)) MB/s   "
    )
  }
}
