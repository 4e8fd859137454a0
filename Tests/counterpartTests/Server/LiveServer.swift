import Foundation

/// `counterpart serve` started as a process on a free port, for tests that speak HTTP to it
/// with curl as a member would from a browser or a script.
final class LiveServer: @unchecked Sendable {
    let process = Process()
    private let output = LockedText()
    private let errors = LockedText()
    /// `http://127.0.0.1:PORT`, as the server printed it.
    private(set) var address = ""

    /// Starts the server on `database` and waits (at most 60 s) for its line saying where it
    /// listens.
    init(database: String, arguments extra: [String] = [], command: [String]? = nil) throws {
        process.executableURL = CommandRunner.binary
        process.arguments = command ?? (["serve", "--db", database, "--port", "0"] + extra)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        out.fileHandleForReading.readabilityHandler = { [output] handle in
            let data = handle.availableData
            output.append(String(decoding: data, as: UTF8.self))
        }
        err.fileHandleForReading.readabilityHandler = { [errors] handle in
            let data = handle.availableData
            errors.append(String(decoding: data, as: UTF8.self))
        }
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let text = output.value
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("listening on ") }) {
                address = String(line.dropFirst("listening on ".count))
                return
            }
            guard process.isRunning else { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        stop()
        throw LiveServerError.didNotStart(errors.value)
    }

    /// What the server printed on standard output and standard error.
    var standardOutput: String { output.value }
    var standardError: String { errors.value }

    /// Sends SIGTERM and waits (at most 20 s) for the process to end; its status.
    @discardableResult
    func stop() -> Int32? {
        guard process.isRunning else { return process.terminationStatus }
        kill(process.processIdentifier, SIGTERM)
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return process.terminationStatus
    }

    deinit { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
}

enum LiveServerError: Error {
    case didNotStart(String)
}

/// One HTTP exchange made with curl.
struct CurlAnswer {
    var status: Int
    var body: String
    var json: Any? { try? JSONSerialization.jsonObject(with: Data(body.utf8), options: [.fragmentsAllowed]) }
    var object: [String: Any] { json as? [String: Any] ?? [:] }
    var array: [[String: Any]] { json as? [[String: Any]] ?? [] }
}

enum Curl {
    /// `method url` with a bearer token and a JSON body.
    static func call(
        _ method: String, _ url: String, token: String?, json: String? = nil, options: [String] = []
    ) throws -> CurlAnswer {
        var arguments = ["-s", "-X", method, "-w", "\n%{http_code}", url] + options
        if let token { arguments += ["-H", "Authorization: Bearer \(token)"] }
        if let json { arguments += ["-H", "Content-Type: application/json", "--data-binary", json] }
        let result = try CommandRunner.run(arguments, executable: URL(fileURLWithPath: "/usr/bin/curl"))
        var lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        let status = Int(lines.popLast() ?? "") ?? 0
        return CurlAnswer(status: status, body: lines.joined(separator: "\n"))
    }

    /// The event stream as `token` sees it for `seconds` (from `lastEventID` when given).
    static func stream(_ url: String, token: String, seconds: Int, lastEventID: Int? = nil) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        var arguments = ["-s", "-N", "--max-time", "\(seconds)", "-H", "Authorization: Bearer \(token)"]
        if let lastEventID { arguments += ["-H", "Last-Event-ID: \(lastEventID)"] }
        process.arguments = arguments + [url]
        return process
    }
}

/// A curl reading the event stream in the background, its output collected.
final class StreamReader: @unchecked Sendable {
    let process: Process
    private let text = LockedText()

    init(_ url: String, token: String, seconds: Int, lastEventID: Int? = nil) throws {
        process = Curl.stream(url, token: token, seconds: seconds, lastEventID: lastEventID)
        let pipe = Pipe()
        process.standardOutput = pipe
        pipe.fileHandleForReading.readabilityHandler = { [text] handle in
            let data = handle.availableData
            text.append(String(decoding: data, as: UTF8.self))
        }
        try process.run()
    }

    /// What arrived so far.
    var received: String { text.value }

    /// Waits until `condition` holds for what arrived, at most `seconds`.
    func wait(seconds: Double, until condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition(received) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return condition(received)
    }

    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }
}

/// Text appended from one thread and read from another.
final class LockedText: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""

    func append(_ more: String) {
        lock.lock()
        text += more
        lock.unlock()
    }

    var value: String {
        lock.lock()
        defer { lock.unlock() }
        return text
    }
}
