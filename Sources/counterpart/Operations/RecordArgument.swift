import ArgumentParser
import CounterpartOperations

/// A record id typed on the command line: `R12`, or `12` where the kind is clear.
struct RecordArgument<Kind: RecordKindMarker>: ExpressibleByArgument {
    let id: RecordID

    init?(argument: String) {
        guard let id = RecordID(argument, expected: Kind.kind) else { return nil }
        self.id = id
    }

    static var defaultCompletionKind: CompletionKind { .default }
}

/// Which kind of record a ``RecordArgument`` takes.
protocol RecordKindMarker { static var kind: RecordKind { get } }
enum IncidentKind: RecordKindMarker { static let kind = RecordKind.incident }
enum RequestKind: RecordKindMarker { static let kind = RecordKind.request }
enum AssignmentKind: RecordKindMarker { static let kind = RecordKind.assignment }
