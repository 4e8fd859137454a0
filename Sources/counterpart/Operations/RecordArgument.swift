import ArgumentParser
import CounterpartOperations

/// A record id typed on the command line: `R12`, or `12` where the kind is clear.
struct RecordArgument<Record: NumberedRecord>: ExpressibleByArgument {
    let id: RecordNumber<Record>

    init?(argument: String) {
        guard let id = RecordNumber<Record>(argument) else { return nil }
        self.id = id
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
