import Foundation

/// Runs the built `counterpart` binary as a user would and captures what it printed.
struct CommandRunner {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
        var outputBytes: Data
    }

    /// How the record names the tests' commands, run with `USER=hotline`: the real user, and
    /// the claim when it differs (`root (USER=hotline)` when the tests run as root).
    static let recordedActor: String = {
        let real = getpwuid(getuid()).map { String(cString: $0.pointee.pw_name) } ?? "uid \(getuid())"
        return real == "hotline" ? real : "\(real) (USER=hotline)"
    }()

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary beside the test bundle (what `swift test` just built).
    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "counterpart")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return repositoryRoot.appendingPathComponent(".build/debug/counterpart")
    }()

    /// Runs `counterpart` (or `executable`) with `arguments` in `directory` (the repository
    /// root by default), with `environment` added to this process's; standard output goes to
    /// the file at `standardOutputPath` when given (`/dev/full`, say), and is not captured then.
    /// A run that takes longer than `timeout` is killed (SIGKILL, status 9: the child inherits
    /// this process's blocked signals, SIGTERM among them), so that a test of something that
    /// used to hang fails instead of hanging.
    static func run(
        _ arguments: [String], in directory: URL = repositoryRoot, environment: [String: String] = [:],
        executable: URL = binary, standardOutputPath: String? = nil, timeout: Duration? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, added in added }
        }
        let output = Pipe()
        let errorURL = FileManager.default.temporaryDirectory.appendingPathComponent(
            "counterpart-stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        let error = try FileHandle(forUpdating: errorURL)
        defer {
            try? error.close()
            try? FileManager.default.removeItem(at: errorURL)
        }
        let outputFile = try standardOutputPath.map { try FileHandle(forWritingTo: URL(fileURLWithPath: $0)) }
        defer { try? outputFile?.close() }
        process.standardOutput = outputFile ?? output
        process.standardError = error
        try process.run()
        if let timeout {
            let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            }
        }
        if outputFile != nil { try output.fileHandleForWriting.close() }
        // Standard error goes to a file so that neither pipe can fill up and block.
        let outputData = Self.readAll(output.fileHandleForReading)
        process.waitUntilExit()
        try error.seek(toOffset: 0)
        let errorData = Self.readAll(error)
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self),
            outputBytes: outputData)
    }
}

/// A folder of its own for a test, removed afterwards.
final class ScratchFolder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("counterpart-cli-\(UUID().uuidString)")

    init() { try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        FileManager.default.createFile(atPath: path(name), contents: Data(text.utf8))
        return path(name)
    }
}

extension CommandRunner {
    /// Everything left to read from `handle`, read with read(2) and read again when a signal
    /// interrupts it (Foundation's `readDataToEndOfFile` traps on EINTR).
    static func readAll(_ handle: FileHandle) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
            } else if count == 0 || errno != EINTR {
                return data
            }
        }
    }
}
