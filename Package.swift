// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Counterpart",
    products: [
        .executable(name: "counterpart", targets: ["counterpart"]),
        .library(name: "CounterpartCore", targets: ["CounterpartCore"]),
        .library(name: "CounterpartXML", targets: ["CounterpartXML"]),
        .library(name: "CounterpartPlanner", targets: ["CounterpartPlanner"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // The domain: value types, no I/O.
        .target(name: "CounterpartCore"),

        // libxml2, the system library behind the XML layer.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),

        // libxml2's generic error messages captured instead of printed (a variadic C callback).
        .target(
            name: "CLibXML2Errors",
            dependencies: ["CLibXML2"]
        ),

        // Reading (streaming, schema-validated, safe) and writing the roster and scenario XML.
        .target(
            name: "CounterpartXML",
            dependencies: ["CounterpartCore", "CLibXML2", "CLibXML2Errors"]
        ),

        // The planning rule of FORMATS.md: optimal assignments, period by period. Pure.
        .target(
            name: "CounterpartPlanner",
            dependencies: ["CounterpartCore"]
        ),

        // Coverage analysis: every single and double hit under a demand profile, planned. Pure.
        .target(
            name: "CounterpartCoverage",
            dependencies: ["CounterpartCore", "CounterpartPlanner"]
        ),

        // The storage protocol of incident operations: transactions, rows in and out, a
        // backend-neutral error; and an in-memory backend for tests.
        .target(
            name: "CounterpartStorage",
            dependencies: ["CounterpartCore"]
        ),

        // Incident operations: the values (requests, assignments and their states, what a
        // re-plan changes, who must acknowledge what, the situation report) and the desk, the
        // one service every front end calls, over the storage protocol.
        .target(
            name: "CounterpartOperations",
            dependencies: ["CounterpartCore", "CounterpartPlanner", "CounterpartStorage"]
        ),

        // The texts people read (plain text, HTML, CSV, JSON) and workbooks, rendered from report values. Pure.
        .target(
            name: "CounterpartReports",
            dependencies: [
                "CounterpartCore", "CounterpartPlanner", "CounterpartCoverage", "CounterpartOperations",
                "CounterpartWorkbook",
            ]
        ),

        // The roster with a permanent history of revisions, and incidents, kept in SQLite (one file)
        // or PostgreSQL (several servers, a standby): one set of queries, two connections.
        .target(
            name: "CounterpartStore",
            dependencies: [
                "CounterpartCore",
                "CounterpartPlanner",
                "CounterpartStorage",
                "CCrypto",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // OpenSSL's libcrypto, for SHA-256 of imported files (the CPU's SHA instructions).
        .systemLibrary(
            name: "CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),

        // Importing roster files (paths or uploaded bytes) into the store, for the CLI and the
        // server alike: read and checked first, then stored in one transaction. Prints nothing.
        .target(
            name: "CounterpartRosterImport",
            dependencies: ["CounterpartCore", "CounterpartXML", "CounterpartStore", "CounterpartWorkbook"]
        ),

        // Excel workbooks (SpreadsheetML): a deterministic writer, a reader with limits (part
        // count, sizes, compression ratio, no external references), the roster as sheets.
        .target(
            name: "CounterpartWorkbook",
            dependencies: [
                "CounterpartCore", "CounterpartXML", "CLibXML2", "CLibXML2Errors",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),

        // Deterministic synthetic rosters and scenarios for drills and benchmarks.
        .target(
            name: "CounterpartSynthesis",
            dependencies: ["CounterpartCore"]
        ),

        // Notifications where the hotline already lives: LINE WORKS rooms and e-mail, from an
        // outbox the permanent record fills, sent by a background service (HTTP by
        // AsyncHTTPClient, SMTP on SwiftNIO, the service account's RS256 by libcrypto).
        .target(
            name: "CounterpartNotify",
            dependencies: [
                "CounterpartCore",
                "CounterpartStorage",
                "CounterpartOperations",
                "CounterpartReports",
                "CCrypto",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),

        // The hotline server: the HTTP API of API.md over the desks, sessions and bearer tokens,
        // the permission table asked once per action, live events. Thin handlers.
        .target(
            name: "CounterpartServer",
            dependencies: [
                "CounterpartCore",
                "CounterpartStorage",
                "CounterpartOperations",
                "CounterpartReports",
                "CounterpartRosterImport",
                "CounterpartStore",
                "CounterpartXML",
                "CounterpartNotify",
                "CounterpartWorkbook",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),

        // The command-line tool.
        .executableTarget(
            name: "counterpart",
            dependencies: [
                "CounterpartCore",
                "CounterpartXML",
                "CounterpartPlanner",
                "CounterpartCoverage",
                "CounterpartStore",
                "CounterpartRosterImport",
                "CounterpartOperations",
                "CounterpartReports",
                "CounterpartSynthesis",
                "CounterpartServer",
                "CounterpartNotify",
                "CounterpartWorkbook",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // Benchmarks: figures printed, never timed tests. Runs the built `counterpart` too.
        .executableTarget(
            name: "counterpart-benchmark",
            dependencies: ["CounterpartCore", "CounterpartXML", "CounterpartPlanner", "CounterpartCoverage"]
        ),

        // A throw-away PostgreSQL cluster for the tests (they run the same suites on SQLite and
        // PostgreSQL). Not part of the product.
        .target(name: "CounterpartTestSupport"),

        .testTarget(
            name: "CounterpartCoreTests",
            dependencies: ["CounterpartCore"]
        ),
        .testTarget(
            name: "CounterpartXMLTests",
            dependencies: ["CounterpartCore", "CounterpartXML", "CounterpartSynthesis"],
            exclude: ["Corpus"]
        ),
        .testTarget(
            name: "CounterpartPlannerTests",
            dependencies: ["CounterpartCore", "CounterpartPlanner", "CounterpartSynthesis"]
        ),
        .testTarget(
            name: "CounterpartCoverageTests",
            dependencies: ["CounterpartCore", "CounterpartPlanner", "CounterpartCoverage", "CounterpartOperations"]
        ),
        .testTarget(
            name: "CounterpartOperationsTests",
            dependencies: ["CounterpartCore", "CounterpartPlanner", "CounterpartOperations"]
        ),
        .testTarget(
            name: "CounterpartReportsTests",
            dependencies: [
                "CounterpartCore", "CounterpartPlanner", "CounterpartCoverage", "CounterpartOperations",
                "CounterpartReports", "CounterpartWorkbook",
            ],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "CounterpartStoreTests",
            dependencies: [
                "CounterpartCore", "CounterpartOperations", "CounterpartStore", "CounterpartTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "CounterpartRosterImportTests",
            dependencies: [
                "CounterpartCore", "CounterpartXML", "CounterpartStore", "CounterpartRosterImport",
                "CounterpartWorkbook",
            ]
        ),
        .testTarget(
            name: "CounterpartWorkbookTests",
            dependencies: ["CounterpartCore", "CounterpartXML", "CounterpartWorkbook"]
        ),
        .testTarget(
            name: "CounterpartSynthesisTests",
            dependencies: ["CounterpartCore", "CounterpartSynthesis", "CounterpartXML"]
        ),
        .testTarget(
            name: "CounterpartServerTests",
            dependencies: [
                "CounterpartCore", "CounterpartStorage", "CounterpartOperations", "CounterpartStore",
                "CounterpartServer", "CounterpartWorkbook",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "CounterpartNotifyTests",
            dependencies: [
                "CounterpartCore", "CounterpartStorage", "CounterpartOperations", "CounterpartStore",
                "CounterpartNotify", "CounterpartServer", "CounterpartRosterImport", "CCrypto",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "counterpartTests",
            dependencies: ["counterpart", "CounterpartTestSupport"],
            exclude: ["Fixtures"]
        ),
    ]
)
