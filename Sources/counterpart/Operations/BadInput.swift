import ArgumentParser

/// Bad input found while a command runs (a name the roster lacks, dates that clash with
/// the stored request): printed plainly, exit status 1.
enum BadInput {
    static func stop(_ message: String) -> ExitCode {
        FileHandleOutput.standardError.write(message + "\n")
        return ExitStatus.badInput.exitCode
    }
}
