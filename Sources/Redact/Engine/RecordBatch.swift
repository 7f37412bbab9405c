import Dispatch

/// Records gathered for processing together, copied into one buffer.
public struct RecordBatch: Sendable {
  /// All records' bytes, back to back.
  public private(set) var bytes: [UInt8] = []
  /// Each record's range in ``bytes``.
  public private(set) var records: [Range<Int>] = []

  public init() {}

  public var count: Int { records.count }
  public var isEmpty: Bool { records.isEmpty }

  /// Copies one record (without its line terminator) into the batch.
  public mutating func append(_ record: UnsafeBufferPointer<UInt8>) {
    let start = bytes.count
    bytes.append(contentsOf: record)
    records.append(start..<bytes.count)
  }

  public mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
    records.removeAll(keepingCapacity: true)
  }
}

/// The result of redacting a ``RecordBatch``, in record order.
public struct BatchResult: Sendable {
  /// Per record: where its redacted bytes are in ``output``, or why it failed.
  public enum RecordOutcome: Sendable, Equatable {
    /// `stats` is nil when the record had no findings (the common case, kept allocation-free).
    case redacted(Range<Int>, stats: RedactionStats?)
    case failed(RecordFailure)
  }

  public var outcomes: [RecordOutcome] = []
  /// The redacted records of all workers, each worker's part in order.
  public var output: [UInt8] = []
}

extension RecordProcessor {
  /// Redacts every record of `batch`, splitting the work over `workers` threads. The result is
  /// in record order and identical to processing the records one by one.
  ///
  /// Performance: records are independent, so contiguous slices go to separate cores; the 2-core
  /// machines this runs on nearly double throughput.
  public func redact(_ batch: RecordBatch, workers: Int) -> BatchResult {
    let workerCount = max(1, min(workers, batch.count))
    let partials = PartialResults(count: workerCount)
    let perWorker = (batch.count + workerCount - 1) / workerCount
    batch.bytes.withUnsafeBufferPointer { all in
      let base = UnsafeBufferPointerBox(all)
      DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
        var partial = BatchResult()
        partial.output.reserveCapacity(base.buffer.count / workerCount + base.buffer.count / 8)
        let lower = worker * perWorker
        let upper = min(batch.count, lower + perWorker)
        guard lower < upper else { return }
        for index in lower..<upper {
          let record = UnsafeBufferPointer(rebasing: base.buffer[batch.records[index]])
          let start = partial.output.count
          var recordStats = RedactionStats()
          do throws(RecordFailure) {
            try redact(record, into: &partial.output, stats: &recordStats)
            partial.outcomes.append(
              .redacted(start..<partial.output.count, stats: recordStats.findings > 0 ? recordStats : nil))
          } catch {
            partial.outcomes.append(.failed(error))
          }
        }
        partials.store(partial, at: worker)
      }
    }
    var result = BatchResult()
    result.outcomes.reserveCapacity(batch.count)
    for partial in partials.results {
      let shift = result.output.count
      result.output.append(contentsOf: partial.output)
      for outcome in partial.outcomes {
        switch outcome {
        case .redacted(let range, let stats):
          result.outcomes.append(.redacted((range.lowerBound + shift)..<(range.upperBound + shift), stats: stats))
        case .failed: result.outcomes.append(outcome)
        }
      }
    }
    return result
  }
}

/// Per-worker result slots; each worker writes only its own slot, before the join.
private final class PartialResults: @unchecked Sendable {
  private(set) var results: [BatchResult]
  init(count: Int) { results = Array(repeating: BatchResult(), count: count) }
  func store(_ result: BatchResult, at index: Int) {
    results.withUnsafeMutableBufferPointer { $0[index] = result }
  }
}

/// Read-only view of the batch bytes shared by the workers for the duration of the call.
private struct UnsafeBufferPointerBox: @unchecked Sendable {
  let buffer: UnsafeBufferPointer<UInt8>
  init(_ buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }
}
