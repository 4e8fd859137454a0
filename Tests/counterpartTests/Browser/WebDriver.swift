import Foundation

/// A small WebDriver client (W3C WebDriver over HTTP, spoken with curl) driving Debian's
/// headless Chromium through `chromedriver`, for the board's browser tests.
final class WebDriver: @unchecked Sendable {
    let driver = Process()
    let base: String

    enum Failure: Error, CustomStringConvertible {
        case unavailable(String)
        case command(String)
        var description: String {
            switch self {
            case .unavailable(let text), .command(let text): return text
            }
        }
    }

    /// Whether chromium and chromedriver are installed (`Scripts/install-dependencies.sh`).
    static var isInstalled: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")
    }

    /// Starts chromedriver on a free port.
    init() throws {
        let port = 20_000 + Int.random(in: 0..<20_000)
        driver.executableURL = URL(fileURLWithPath: "/usr/bin/chromedriver")
        driver.arguments = ["--port=\(port)"]
        driver.standardOutput = FileHandle.nullDevice
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        base = "http://127.0.0.1:\(port)"
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if let status = try? Self.curl("GET", "\(base)/status", nil), status.contains("\"ready\"") { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        stop()
        throw Failure.unavailable("chromedriver did not start")
    }

    func stop() {
        // SIGKILL: the child inherits the test process's blocked signals, SIGTERM among them.
        if driver.isRunning { kill(driver.processIdentifier, SIGKILL) }
        driver.waitUntilExit()
    }

    /// One browser: a WebDriver session of headless Chromium at `width`×`height`.
    func session(width: Int, height: Int) throws -> BrowserSession {
        let capabilities = """
            {"capabilities":{"alwaysMatch":{"browserName":"chrome","goog:loggingPrefs":{"browser":"ALL"},
            "goog:chromeOptions":{"binary":"/usr/bin/chromium","args":["--headless=new","--no-sandbox",
            "--disable-dev-shm-usage","--lang=ja-JP","--window-size=\(width),\(height)"]}}}}
            """
        let answer = try Self.json(try Self.curl("POST", "\(base)/session", capabilities))
        guard let value = answer["value"] as? [String: Any], let id = value["sessionId"] as? String else {
            throw Failure.command("no session: \(answer)")
        }
        let session = BrowserSession(url: "\(base)/session/\(id)")
        _ = try session.command("POST", "/window/rect", ["width": width, "height": height])
        return session
    }

    static func curl(_ method: String, _ url: String, _ body: String?) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        var arguments = ["-s", "-X", method, url, "-H", "Content-Type: application/json", "--max-time", "60"]
        if let body { arguments += ["--data-binary", body] }
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = CommandRunner.readAll(output.fileHandleForReading)
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func json(_ text: String) throws -> [String: Any] {
        (try JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }
}

/// One browser window.
struct BrowserSession {
    let url: String

    @discardableResult
    func command(_ method: String, _ path: String, _ body: [String: Any]? = nil) throws -> Any? {
        let text = try body.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
        let answer = try WebDriver.json(try WebDriver.curl(method, url + path, text ?? (method == "POST" ? "{}" : nil)))
        if let value = answer["value"] as? [String: Any], let error = value["error"] as? String {
            throw WebDriver.Failure.command("\(path): \(error) \(value["message"] ?? "")")
        }
        return answer["value"]
    }

    func open(_ address: String) throws { try command("POST", "/url", ["url": address]) }

    /// Runs `script` (a function body) in the page with `arguments`; its result.
    @discardableResult
    func run(_ script: String, _ arguments: [Any] = []) throws -> Any? {
        try command("POST", "/execute/sync", ["script": script, "args": arguments])
    }

    /// The element `selector` finds; its WebDriver reference.
    func element(_ selector: String) throws -> String {
        let value = try command("POST", "/element", ["using": "css selector", "value": selector]) as? [String: Any]
        guard let id = value?.values.first as? String else { throw WebDriver.Failure.command("no \(selector)") }
        return id
    }

    func type(_ selector: String, _ text: String) throws {
        try command("POST", "/element/\(try element(selector))/value", ["text": text])
    }

    func click(_ selector: String) throws { try command("POST", "/element/\(try element(selector))/click") }

    /// The page's visible text.
    func text() throws -> String { (try run("return document.body.innerText;") as? String) ?? "" }

    /// Waits at most `seconds` for `condition` on the page's text.
    func waitFor(seconds: Double, _ condition: (String) -> Bool) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition(try text()) { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }

    /// A PNG of the window, written to `path`.
    func screenshot(to path: String) throws {
        guard let base64 = try command("GET", "/screenshot") as? String, let data = Data(base64Encoded: base64) else {
            return
        }
        try data.write(to: URL(fileURLWithPath: path))
    }

    /// The page printed by Chromium as an A4 PDF, written to `path`.
    func printPDF(to path: String) throws {
        let value = try command(
            "POST", "/print", ["page": ["width": 21.0, "height": 29.7], "background": true])
        guard let base64 = value as? String, let data = Data(base64Encoded: base64) else { return }
        try data.write(to: URL(fileURLWithPath: path))
    }

    /// The browser's console messages of level SEVERE or WARNING since the last call
    /// (chromedriver's log endpoint): CSP violations and script errors land there.
    func consoleProblems() throws -> [String] {
        let entries = try command("POST", "/se/log", ["type": "browser"]) as? [[String: Any]] ?? []
        return entries.filter { ($0["level"] as? String) == "SEVERE" }.compactMap { $0["message"] as? String }
    }

    func close() { _ = try? command("DELETE", "") }
}
