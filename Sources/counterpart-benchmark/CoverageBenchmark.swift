import CounterpartCore
import CounterpartCoverage
import CounterpartXML
import Foundation

/// Coverage: the depth-2 sweep (20 single hits and 190 pairs) of the shipped Ehime roster
/// under the quake and flood profiles, in this process on one thread and on two (wall and
/// CPU time, sets per second), then as a whole `counterpart coverage` process (best of
/// three, with its peak memory). The target is under 5 s on the 2-core machine.
enum CoverageBenchmark {
    static let roster = "Data/ehime/roster.xml"
    static let profiles = ["Data/ehime/demand-quake.xml", "Data/ehime/demand-flood.xml"]

    static func run() throws {
        guard let roster = RosterReader.read(path: roster).roster else {
            print("cannot read \(roster): run from the repository's root")
            return
        }
        print(
            "profile  sets | 1 thread: wall s  cpu s  sets/s | 2 threads: wall s  cpu s  sets/s  speed-up | process: wall s  cpu s  peak MB  short singles/pairs"
        )
        for path in profiles {
            guard let profile = DemandReader.read(path: path).profile else {
                print("cannot read \(path)")
                continue
            }
            measure(profile: profile, path: path, roster: roster)
        }
        print("in-process peak memory (this process): \(Benchmark.format(CPUTime.peakMegabytes())) MB")
    }

    static func measure(profile: DemandProfile, path: String, roster: Roster) {
        let sweep = CoverageSweep(roster: roster, profile: profile, start: roster.effective, depth: 2)
        let sets = Double(sweep.sets.count)
        let one = timed { sweep.run(workers: 1) }
        let two = timed { sweep.run(workers: 2) }
        precondition(one.results == two.results, "one and two threads give the same results")
        let process = Benchmark.best(of: 3) {
            ChildProcess.measure([
                Benchmark.counterpart, "coverage", "--demand", path, "--roster", Self.roster, "--depth", "2",
            ])
        }
        let summary = CoverageSummary(results: two.results)
        let columns = [
            profile.id.padding(toLength: 7, withPad: " ", startingAt: 0), String(Int(sets)).leftPadded(5), "|",
            Benchmark.format(one.wall).leftPadded(17), Benchmark.format(one.cpu).leftPadded(6),
            String(Int(sets / one.wall)).leftPadded(7), "|",
            Benchmark.format(two.wall).leftPadded(18), Benchmark.format(two.cpu).leftPadded(6),
            String(Int(sets / two.wall)).leftPadded(7),
            (Benchmark.format(one.wall / two.wall) + "×").leftPadded(9), "|",
            Benchmark.format(process.seconds).leftPadded(15), Benchmark.format(process.cpuSeconds).leftPadded(6),
            Benchmark.format(process.peakMegabytes).leftPadded(8),
            "\(summary.shortSingles.count)/\(summary.shortPairs)".leftPadded(20),
        ]
        print(
            columns.joined(separator: " ")
                + (process.status == 0 ? "" : "  (counterpart exited \(process.status): build it first)"))
    }

    static func timed(_ body: () -> [CoverageResult]) -> (results: [CoverageResult], wall: Double, cpu: Double) {
        let cpuBefore = CPUTime.ofThisProcess()
        let start = DispatchTime.now().uptimeNanoseconds
        let results = body()
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return (results, wall, CPUTime.ofThisProcess() - cpuBefore)
    }
}

/// CPU time and peak memory from the kernel's resource usage.
enum CPUTime {
    /// User plus system time in `usage`, in seconds.
    static func seconds(_ usage: rusage) -> Double {
        Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// CPU time of this process so far, all threads.
    static func ofThisProcess() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return seconds(usage)
    }

    /// Peak resident memory of this process, in MB (ru_maxrss is in kilobytes on Linux).
    static func peakMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

extension String {
    /// The string padded with spaces on the left to `width` characters.
    func leftPadded(_ width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
