import CounterpartStore

/// One command's use of the store: opened once, refusals printed with exit status 1.
struct OperationsSession {
    let store: RosterStore
    let path: String

    /// Runs `body` on the store; a refusal or store error is printed and exits 1.
    func run<Value>(_ body: (RosterStore) throws(StoreError) -> Value) throws -> Value {
        do {
            return try body(store)
        } catch {
            throw error.reported()
        }
    }

    /// Names from the roster stored now; without one, says how to import it and exits 1.
    func names() throws -> MunicipalityLookup {
        guard let roster = try run({ store throws(StoreError) in try store.currentRoster() }) else {
            FileHandleOutput.standardError.write("\(path): no roster stored yet; import one with 'counterpart roster import'\n")
            throw ExitStatus.badInput.exitCode
        }
        return MunicipalityLookup(roster: roster)
    }
}
