using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsReader.Data.Ingest;
using NewsReader.Data.Model;

namespace NewsReader.Data.Inbox;

/// <summary>
/// Ingests files dropped into the inbox folder, then moves them to the archive folder, or to the failed
/// folder beside a NAME.error.txt saying why. Files are moved, never deleted. A FileSystemWatcher wakes the
/// worker early; the periodic rescan (and the one at start-up) catches whatever the watcher missed.
/// </summary>
internal sealed partial class InboxWorker(
    IServiceScopeFactory scopes,
    IOptions<NewsReaderOptions> options,
    TimeProvider clock,
    ILogger<InboxWorker> logger) : BackgroundService
{
    private static readonly string[] PartialSuffixes = [".tmp", ".part", ".partial", ".crdownload", ".download", "~"];

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Dictionary<string, Observation> _observed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImportOutcome> _awaitingMove = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var inbox = settings.ResolvedInboxPath;
        Directory.CreateDirectory(inbox);
        Directory.CreateDirectory(settings.ResolvedArchivePath);
        Directory.CreateDirectory(settings.ResolvedFailedPath);
        using var watcher = CreateWatcher(inbox);
        LogWatching(inbox, settings.InboxRescanInterval.TotalSeconds);

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ScanAsync(settings, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The worker must outlive any one failure (a full disk, a locked store); the next pass retries.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogScanFailed(exception, inbox);
            }

            // Files still settling are looked at again soon; otherwise sleep until woken or the next rescan.
            var wait = _observed.Count > 0 || _awaitingMove.Count > 0 ? settings.InboxSettleTime : settings.InboxRescanInterval;
            await WaitAsync(wait, stoppingToken);
        }
    }

    private async Task WaitAsync(TimeSpan wait, CancellationToken stoppingToken)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var delay = Task.Delay(wait, clock, waiting.Token);
        var woken = _wake.Reader.WaitToReadAsync(waiting.Token).AsTask();
        await Task.WhenAny(delay, woken);
        await waiting.CancelAsync();
        while (_wake.Reader.TryRead(out _))
        {
        }
    }

    private FileSystemWatcher? CreateWatcher(string inbox)
    {
        try
        {
            var watcher = new FileSystemWatcher(inbox)
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
                IncludeSubdirectories = false,
            };
            watcher.Created += (_, _) => _wake.Writer.TryWrite(true);
            watcher.Changed += (_, _) => _wake.Writer.TryWrite(true);
            watcher.Renamed += (_, _) => _wake.Writer.TryWrite(true);
            watcher.Error += (_, args) =>
            {
                LogWatcherFailed(args.GetException(), inbox);
                _wake.Writer.TryWrite(true);
            };
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            // Without a watcher the periodic rescan still finds every file, only later.
            LogWatcherFailed(exception, inbox);
            return null;
        }
    }

    private async Task ScanAsync(NewsReaderOptions settings, CancellationToken cancellationToken)
    {
        RetryMoves(settings);
        var now = clock.GetUtcNow();
        var present = new HashSet<string>(StringComparer.Ordinal);
        var ready = new List<string>();
        foreach (var path in Directory.EnumerateFiles(settings.ResolvedInboxPath))
        {
            if (IsPartialOrHidden(path) || _awaitingMove.ContainsKey(path))
            {
                continue;
            }

            present.Add(path);
            if (IsComplete(path, now, settings.InboxSettleTime))
            {
                ready.Add(path);
            }
        }

        foreach (var gone in _observed.Keys.Where(path => !present.Contains(path)).ToList())
        {
            _observed.Remove(gone);
        }

        foreach (var chunk in ready.Order(StringComparer.Ordinal).Chunk(FileIngestor.BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var scope = scopes.CreateAsyncScope();
            var ingestor = scope.ServiceProvider.GetRequiredService<FileIngestor>();
            var entries = chunk.Select(ingestor.Prepare).ToList();
            var outcomes = await ingestor.ImportAsync(entries, null, cancellationToken);
            foreach (var outcome in outcomes)
            {
                _observed.Remove(outcome.Path);
                _awaitingMove[outcome.Path] = outcome;
            }

            RetryMoves(settings);
        }
    }

    /// <summary>
    /// A file is complete when its size and write time have not changed for the settle time and no other
    /// process holds it open for writing (an exclusive open succeeds).
    /// </summary>
    private bool IsComplete(string path, DateTimeOffset now, TimeSpan settleTime)
    {
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
            {
                return false;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        var current = new Observation(info.Length, info.LastWriteTimeUtc, now);
        if (!_observed.TryGetValue(path, out var previous) || previous.Length != current.Length || previous.LastWriteUtc != current.LastWriteUtc)
        {
            _observed[path] = current;
            return false;
        }

        if (now - previous.SeenAt < settleTime)
        {
            return false;
        }

        try
        {
            using var exclusive = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Still held by its writer, or not ours to read; a later pass tries again.
            return false;
        }
    }

    private void RetryMoves(NewsReaderOptions settings)
    {
        foreach (var (path, outcome) in _awaitingMove.ToList())
        {
            try
            {
                if (!File.Exists(path))
                {
                    _awaitingMove.Remove(path);
                    continue;
                }

                if (outcome.Outcome == IngestOutcome.Failed)
                {
                    var target = UniqueTarget(settings.ResolvedFailedPath, Path.GetFileName(path));
                    File.WriteAllText(target + ".error.txt", ErrorText(path, outcome));
                    File.Move(path, target);
                    LogMovedToFailed(path, target, outcome.Error);
                }
                else
                {
                    var target = UniqueTarget(settings.ResolvedArchivePath, Path.GetFileName(path));
                    File.Move(path, target);
                    LogArchived(path, target);
                }

                _awaitingMove.Remove(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                LogMoveFailed(exception, path);
            }
        }
    }

    private string ErrorText(string path, ImportOutcome outcome) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"File: {Path.GetFileName(path)}{Environment.NewLine}Failed at: {clock.GetUtcNow():u}{Environment.NewLine}Reason: {outcome.Error}{Environment.NewLine}");

    // Never overwrite: a second "story.txt" becomes "story-2.txt" (with no "story-2.txt.error.txt" either).
    private static string UniqueTarget(string folder, string fileName)
    {
        var target = Path.Combine(folder, fileName);
        var name = Path.GetFileNameWithoutExtension(fileName);
        var extension = Path.GetExtension(fileName);
        for (var n = 2; File.Exists(target) || File.Exists(target + ".error.txt"); n++)
        {
            target = Path.Combine(folder, $"{name}-{n}{extension}");
        }

        return target;
    }

    private static bool IsPartialOrHidden(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith('.') || PartialSuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Watching inbox {Inbox}, rescanning every {RescanSeconds} s")]
    private partial void LogWatching(string inbox, double rescanSeconds);

    [LoggerMessage(EventId = 11, Level = LogLevel.Error, Message = "Inbox pass over {Inbox} failed; retrying on the next pass")]
    private partial void LogScanFailed(Exception exception, string inbox);

    [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "Inbox watcher on {Inbox} failed; relying on the periodic rescan")]
    private partial void LogWatcherFailed(Exception exception, string inbox);

    [LoggerMessage(EventId = 13, Level = LogLevel.Information, Message = "Archived {File} to {Target}")]
    private partial void LogArchived(string file, string target);

    [LoggerMessage(EventId = 14, Level = LogLevel.Warning, Message = "Moved {File} to {Target}: {Reason}")]
    private partial void LogMovedToFailed(string file, string target, string? reason);

    [LoggerMessage(EventId = 15, Level = LogLevel.Warning, Message = "Could not move {File} out of the inbox; retrying")]
    private partial void LogMoveFailed(Exception exception, string file);

    private sealed record Observation(long Length, DateTime LastWriteUtc, DateTimeOffset SeenAt);
}
