// Each test starts a whole app, and Hangfire keeps its job storage in a process-wide static (JobStorage.Current) that
// every app's AddHangfire sets: two apps alive at once share one storage, and the first disposed breaks the other
// (an ObjectDisposedException surfacing as a failed `sources` field, about one run in twenty). One app per process is
// how the product runs, so the tests run one app at a time.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
