import ArgumentParser

/// The exit statuses of every command.
enum ExitStatus: Int32 {
    /// Everything worked.
    case success = 0
    /// An input file or value is bad; its problems were printed.
    case badInput = 1
    /// The command line itself is wrong.
    case usage = 2

    /// The status as an ArgumentParser exit code.
    var exitCode: ExitCode { ExitCode(rawValue) }
}
