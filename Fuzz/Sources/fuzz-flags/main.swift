// The worker commands' flags, parsed and run in-process by the CLI's own ArgumentParser command types: any
// argument list must end in a result, a usage error or an exit status, never a trap. The first byte picks
// the command; the rest, split at NUL bytes, are its arguments (standard output and error are discarded:
// run libFuzzer with -close_fd_mask=3).
import ArgumentParser
import Foundation
import FuzzSupport

@testable import LaborRulesCLIUnderTest

let commands = ["minimum-wage", "stoppage", "isolation", "overtime", "sick-pay", "heat", "calendar"]

runFuzzer { bytes in
  guard let first = bytes.first else { return }
  let arguments = bytes.dropFirst().split(separator: 0, omittingEmptySubsequences: false).prefix(64)
    .map { String(decoding: $0, as: UTF8.self) }
  let argv = AssumptionFlags.normalize([commands[Int(first) % commands.count]] + arguments)
  do {
    var command = try LaborRulesCommand.parseAsRoot(argv)
    try command.run()
  } catch {
    // What `main` does with the error: a usage error is reported by the flag its message quotes.
    if LaborRulesCommand.exitCode(for: error) == .validationFailure {
      _ = LaborRulesCommand.usageError(error)
    } else {
      _ = LaborRulesCommand.fullMessage(for: error)
    }
  }
}
