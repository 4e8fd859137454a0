import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A PostgreSQL cluster of the tests' own: started at first use in a fresh folder under the
/// temporary folder, on a free port of 127.0.0.1, as the `postgres` user when the tests run
/// as root (initdb refuses root), with durability off (it is thrown away); stopped and removed
/// by a watcher once the test process has ended. Each test gets a database of its own.
/// Used by tests only: the product never starts a database.
public final class ThrowAwayPostgres: Sendable {
    /// The folder of the cluster's files, log and socket.
    public let folder: String
    public let port: Int
    /// The superuser the tests connect as.
    public let user = "counterpart"
    private let binaries: String
    private let counter = Atomic<Int>(0)

    /// The cluster of this test process, started at the first call.
    public static func shared() throws -> ThrowAwayPostgres {
        try started.get()
    }

    private static let started = Result { try ThrowAwayPostgres() }

    /// Why the cluster cannot start, in a sentence naming what to install.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    private init() throws {
        guard let binaries = Self.binaryFolder() else {
            throw Failure(
                description:
                    "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql"
            )
        }
        self.binaries = binaries
        var template = Array("/tmp/counterpart-postgres-XXXXXX".utf8CString)
        guard mkdtemp(&template) != nil else { throw Failure(description: "cannot make a temporary folder") }
        folder = String(cString: template)
        port = try Self.freePort()
        let isRoot = getuid() == 0
        if isRoot { try Self.run("/bin/chown", ["postgres", folder]) }
        let data = folder + "/data"
        try run("initdb", ["-D", data, "-A", "trust", "-U", user, "--locale=C", "-E", "UTF8", "--no-sync"])
        let options = [
            "-p \(port)", "-k \(folder)", "-c listen_addresses=127.0.0.1", "-c fsync=off",
            "-c synchronous_commit=off", "-c full_page_writes=off", "-c max_connections=400",
        ].joined(separator: " ")
        try run("pg_ctl", ["-D", data, "-l", folder + "/log", "-o", options, "-w", "-t", "60", "start"])
        // The watcher: once this process is gone, stop the cluster and remove its folder.
        let stop = (isRoot ? "runuser -u postgres -- " : "") + "\(binaries)/pg_ctl -D \(data) -m immediate stop"
        let watch =
            "while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done; \(stop) >/dev/null 2>&1; rm -rf \(folder)"
        // Started through a shell that leaves it behind: it outlives this process.
        try Self.run("/bin/sh", ["-c", "nohup /bin/sh -c '\(watch)' >/dev/null 2>&1 &"])
    }

    /// A new, empty database, and its address (`postgres://counterpart@127.0.0.1:PORT/NAME`).
    public func freshDatabase() throws -> String {
        let name = "t\(getpid())_\(counter.add(1, ordering: .relaxed).newValue)"
        try run("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", user, name])
        return address(of: name)
    }

    /// The address of database `name` in this cluster.
    public func address(of name: String) -> String {
        "postgres://\(user)@127.0.0.1:\(port)/\(name)"
    }

    /// Runs `tool` of PostgreSQL's binaries, as `postgres` when running as root.
    public func run(_ tool: String, _ arguments: [String]) throws {
        if getuid() == 0 {
            try Self.run("/usr/sbin/runuser", ["-u", "postgres", "--", "\(binaries)/\(tool)"] + arguments)
        } else {
            try Self.run("\(binaries)/\(tool)", arguments)
        }
    }

    /// The folder of the newest installed PostgreSQL's programs.
    public static func binaryFolder() -> String? {
        let root = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return versions.compactMap(Int.init).sorted().reversed().map { "\(root)/\($0)/bin" }.first {
            FileManager.default.isExecutableFile(atPath: $0 + "/initdb")
        }
    }

    /// Runs `program` and waits for it, with posix_spawn and waitpid (Foundation's `Process`
    /// can wait forever for a child when the test's threads are all busy). Its output goes to
    /// a file, not a pipe: the server pg_ctl starts would hold a pipe open forever.
    private static func run(_ program: String, _ arguments: [String]) throws {
        let outputPath = "/tmp/counterpart-postgres-output-\(getpid())-\(UUID().uuidString)"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, program, &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failure(description: "\(program) cannot be started (errno \(spawned))") }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        let exited = status & 0x7f == 0
        guard exited && (status >> 8) & 0xff == 0 else {
            let text = FileManager.default.contents(atPath: outputPath) ?? Data()
            throw Failure(
                description: "\(program) \(arguments.joined(separator: " ")) failed: "
                    + String(decoding: text, as: UTF8.self))
        }
    }

    /// A port no one listens on, below 32768: Linux gives the ports above to outgoing
    /// connections, and one of those could take it before PostgreSQL binds it.
    private static func freePort() throws -> Int {
        for _ in 0..<200 {
            let port = Int.random(in: 20000..<32000)
            if canBind(port) { return port }
        }
        throw Failure(description: "no free port on 127.0.0.1")
    }

    private static func canBind(_ port: Int) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }
}
