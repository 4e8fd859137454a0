#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Work done on a POSIX thread of its own, whose result is taken by joining the thread:
/// once ``join()`` has returned, the thread has ended (not merely said it is done), so that
/// nothing of it can still run while the process exits.
///
/// The thread is joined at the latest when the value goes away; callers join it explicitly
/// (in a `defer`) so as not to depend on when Swift releases the value.
final class JoinableThread<Value: Sendable> {
    private let outcome = Outcome<Value>()
    /// The thread; `nil` when none could be started and the work was done at once.
    private var thread: pthread_t?
    private var isJoined = false

    /// Starts `body` on a new thread; when the system cannot start one (out of threads or
    /// memory), does the work at once on the calling thread instead.
    init(_ body: @escaping @Sendable () -> Value) {
        let outcome = self.outcome
        let start = ThreadStart { outcome.value = body() }
        let argument = Unmanaged.passRetained(start).toOpaque()
        #if canImport(Darwin)
            var created: pthread_t?
        #else
            var created = pthread_t()
        #endif
        let status = pthread_create(
            &created, nil,
            { argument in
                Unmanaged<ThreadStart>.fromOpaque(unwrapped(argument)).takeRetainedValue().run()
                return nil
            }, argument)
        guard status == 0 else {
            Unmanaged<ThreadStart>.fromOpaque(argument).release()
            outcome.value = body()
            thread = nil
            return
        }
        thread = created
    }

    /// Waits until the thread has ended, and gives what it computed.
    func join() -> Value {
        if !isJoined, let thread {
            pthread_join(thread, nil)
        }
        isJoined = true
        return outcome.value!
    }

    deinit {
        if !isJoined, let thread { pthread_join(thread, nil) }
    }
}

/// What the thread computed: written by the thread before it ends, read only after
/// `pthread_join`, which orders the two.
private final class Outcome<Value: Sendable>: @unchecked Sendable {
    var value: Value?
}

/// The closure a thread runs, passed through `pthread_create`'s one pointer.
private final class ThreadStart {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}

/// The thread's argument, which Glibc declares optional and Darwin does not.
private func unwrapped(_ pointer: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer { pointer! }
