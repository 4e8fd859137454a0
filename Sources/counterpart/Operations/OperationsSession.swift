import CounterpartOperations
import CounterpartReports

/// One command's use of the desk: opened once, refusals printed with exit status 1.
struct OperationsSession {
    let desk: IncidentDesk
    let path: String

    /// Runs `body` on the desk; a refusal is printed in the command line's words and exits 1.
    func run<Value>(_ body: (IncidentDesk) async throws(OperationsError) -> Value) async throws -> Value {
        do {
            return try await body(desk)
        } catch {
            throw error.reported()
        }
    }

    /// Names from the roster stored now; without one, says how to import it and exits 1.
    func names() async throws -> RosterNames {
        guard let roster = try await run({ desk throws(OperationsError) in try await desk.roster() }) else {
            FileHandleOutput.standardError.write(
                L(
                    "\(path): 名簿がまだ登録されていません。'counterpart roster import' で取り込んでください。\n",
                    "\(path): no roster stored yet; import one with 'counterpart roster import'\n"))
            throw ExitStatus.badInput.exitCode
        }
        return RosterNames(roster: roster)
    }
}
