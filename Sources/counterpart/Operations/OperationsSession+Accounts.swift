import CounterpartOperations
import CounterpartStore

extension OperationsSession {
    /// The account desk over the same store and clock, hashing secrets with the store's SHA-256.
    var accounts: AccountDesk {
        AccountDesk(
            storage: desk.storage, clock: desk.clock, digest: SecretDigest { SHA256.hexDigest(of: $0) })
    }

    /// Runs `body` on the account desk; a refusal is printed in the command line's words and exits 1.
    func run<Value>(accounts body: (AccountDesk) async throws(OperationsError) -> Value) async throws -> Value {
        do {
            return try await body(accounts)
        } catch {
            throw error.reported()
        }
    }
}
