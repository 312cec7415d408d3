import Foundation

/// libFuzzer's driver, linked by `-sanitize=fuzzer`: parses libFuzzer's flags from `argv` and calls `callback`
/// with each input until a finding, `-runs` or `-max_total_time` ends the run.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

nonisolated(unsafe) private var target: (UnsafeRawBufferPointer) -> Void = { _ in }

/// Runs libFuzzer over `body`, which must never trap on any input: a trap, a sanitizer report or a timeout is
/// a finding, saved by libFuzzer as `crash-…`, `timeout-…` or `oom-…`. A harness checks invariants with
/// `require`, so that a broken invariant is a finding too.
public func runFuzzer(_ body: @escaping (UnsafeRawBufferPointer) -> Void) -> Never {
  target = body
  var argc = CommandLine.argc
  var argv = CommandLine.unsafeArgv
  let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    target(UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size))
    return 0
  }
  exit(status)
}

/// A finding when `condition` is false: the harness's invariant is broken for this input.
public func require(_ condition: Bool, _ message: @autoclosure () -> String) {
  if !condition { fatalError("invariant broken: \(message())") }
}
