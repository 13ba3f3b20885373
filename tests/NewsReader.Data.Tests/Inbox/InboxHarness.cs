using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsReader.Data.Inbox;

namespace NewsReader.Data.Tests.Inbox;

/// <summary>Starts a store's inbox worker on real folders and waits for it to act, for the inbox specs.</summary>
internal static class InboxHarness
{
    // The worker polls and waits for files to settle; generous, so a loaded machine does not fail a spec. A spec with a
    // five-second settle time missed 15 s once while the other test projects ran beside it on two cores.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static string InboxFolder(TestStore store) => Path.Combine(store.Root, "data", "inbox");

    public static string ArchiveFolder(TestStore store) => Path.Combine(store.Root, "data", "archive");

    public static string FailedFolder(TestStore store) => Path.Combine(store.Root, "data", "failed");

    public static async Task<RunningWorker> StartWorkerAsync(TestStore store, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(InboxFolder(store));
        Directory.CreateDirectory(ArchiveFolder(store));
        Directory.CreateDirectory(FailedFolder(store));
        var worker = store.Services.GetServices<IHostedService>().OfType<InboxWorker>().Single();
        await worker.StartAsync(cancellationToken);
        return new RunningWorker(worker);
    }

    public static async Task WaitUntilAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < Patience, "The inbox did not get there in time.");
            await Task.Delay(50, cancellationToken);
        }
    }

    /// <summary>Stops the worker when the spec is done with it.</summary>
    public sealed class RunningWorker(InboxWorker worker) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await worker.StopAsync(CancellationToken.None);
            worker.Dispose();
        }
    }
}
