import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A command run to completion with its wall time and peak memory measured by the kernel.
struct ChildProcess {
    struct Measurement {
        var status: Int32
        var seconds: Double
        var peakMegabytes: Double
        /// User and system CPU time of the child.
        var cpuSeconds: Double = 0
    }

    /// Runs `arguments` (the first is the program's path) with output discarded.
    static func measure(_ arguments: [String]) -> Measurement {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ) == 0 else {
            return Measurement(status: -1, seconds: 0, peakMegabytes: 0)
        }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        // ru_maxrss is in kilobytes on Linux.
        return Measurement(
            status: (status >> 8) & 0xFF, seconds: seconds, peakMegabytes: Double(usage.ru_maxrss) / 1024,
            cpuSeconds: CPUTime.seconds(usage))
    }
}
