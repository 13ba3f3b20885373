using System.Buffers;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsReader.Data.Ingest;
using NewsReader.Data.Media;
using NewsReader.Data.Model;

namespace NewsReader.Data.Inbox;

/// <summary>
/// Ingests files dropped into the inbox folder, then moves them to the archive folder, or to the failed
/// folder beside a NAME.error.txt saying why. Files are moved, never deleted. A FileSystemWatcher wakes the
/// worker early; the periodic rescan (and the one at start-up) catches whatever the watcher missed.
/// A file with an asset folder beside it (a saved page's <c>NAME_files/</c>, or <c>NAME/</c>) is one unit
/// with it: taken once both have settled, and moved together. Folders are never items themselves, and a
/// folder without its file stays in the inbox untouched.
/// </summary>
internal sealed partial class InboxWorker(
    IServiceScopeFactory scopes,
    IOptions<NewsReaderOptions> options,
    TimeProvider clock,
    ILogger<InboxWorker> logger) : BackgroundService
{
    /// <summary>How far into a page its <c>NAME_files/</c> folder is looked for: past any inline scripts of its head.</summary>
    internal const int MaxReferenceScanBytes = 4 * 1024 * 1024;

    /// <summary>How much of a page is read at a time while looking; most pages name their folder in the first piece.</summary>
    internal const int ReferenceScanChunkBytes = 16 * 1024;

    private static readonly string[] PartialSuffixes = [".tmp", ".part", ".partial", ".crdownload", ".download", "~"];

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Dictionary<string, Observation> _observed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PendingMove> _awaitingMove = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _refersToFolder = new(StringComparer.Ordinal);

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
        // Recreated each pass in case someone removed a folder while the app ran.
        Directory.CreateDirectory(settings.ResolvedInboxPath);
        Directory.CreateDirectory(settings.ResolvedArchivePath);
        Directory.CreateDirectory(settings.ResolvedFailedPath);
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
            var assets = MediaCopier.FindAssetFolder(path);
            if (assets is not null)
            {
                present.Add(assets);
            }

            // Both are observed on every pass, so a folder settling while its page waits loses no time.
            var fileComplete = IsComplete(path, now, settings.InboxSettleTime);
            var folderComplete = assets is null || IsFolderComplete(assets, now, settings.InboxSettleTime);
            if (fileComplete && folderComplete && !(assets is null && AwaitsItsFolder(path, now, settings.InboxFolderWait)))
            {
                ready.Add(path);
            }
        }

        foreach (var gone in _observed.Keys.Where(path => !present.Contains(path)).ToList())
        {
            _observed.Remove(gone);
            _refersToFolder.Remove(gone);
        }

        foreach (var chunk in ready.Order(StringComparer.Ordinal).Chunk(FileIngestor.BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var scope = scopes.CreateAsyncScope();
            var ingestor = scope.ServiceProvider.GetRequiredService<FileIngestor>();
            var entries = new List<ImportEntry>(chunk.Length);
            var folders = new List<string?>(chunk.Length);
            foreach (var path in chunk)
            {
                // Looked up once: the folder whose images are copied is the one moved with the file.
                var assets = MediaCopier.FindAssetFolder(path);
                folders.Add(assets);
                entries.Add(await ingestor.PrepareAsync(path, assets, cancellationToken));
            }

            var outcomes = await ingestor.ImportAsync(entries, null, cancellationToken);
            for (var i = 0; i < outcomes.Count; i++)
            {
                var outcome = outcomes[i];
                _observed.Remove(outcome.Path);
                _refersToFolder.Remove(outcome.Path);
                if (folders[i] is { } folder)
                {
                    _observed.Remove(folder);
                }

                _awaitingMove[outcome.Path] = new PendingMove(outcome, folders[i]);
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

        var current = new Observation(info.Length, 1, info.LastWriteTimeUtc, now);
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

    /// <summary>
    /// A settled page that names its own <c>NAME_files/</c> folder, which is not there yet, is given the folder
    /// wait (counted from when it settled) for the folder to arrive: a browser may write the page first.
    /// </summary>
    private bool AwaitsItsFolder(string path, DateTimeOffset now, TimeSpan folderWait)
    {
        if (!_refersToFolder.TryGetValue(path, out var refers))
        {
            refers = RefersToFilesFolder(path);
            _refersToFolder[path] = refers;
        }

        return refers && _observed.TryGetValue(path, out var settled) && now - settled.SeenAt < folderWait;
    }

    /// <summary>
    /// Whether a saved page names its <c>NAME_files/</c> folder (plainly or URL-escaped) in its first
    /// <see cref="MaxReferenceScanBytes"/>. Read once per file, in small pieces, stopping at the first mention:
    /// a saved page names its folder in the stylesheets and images of its head, so a page is seldom read past
    /// its first piece, and a text dump, which never names one, costs one pooled buffer rather than its size.
    /// </summary>
    internal static bool RefersToFilesFolder(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path) + "_files/";
        byte[][] needles = [Encoding.UTF8.GetBytes(name), Encoding.UTF8.GetBytes(Uri.EscapeDataString(name[..^1]) + "/")];
        var overlap = needles.Max(needle => needle.Length) - 1;
        var buffer = ArrayPool<byte>.Shared.Rent(ReferenceScanChunkBytes + overlap);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            var kept = 0;
            var total = 0;
            while (total < MaxReferenceScanBytes)
            {
                var read = stream.Read(buffer, kept, Math.Min(ReferenceScanChunkBytes, MaxReferenceScanBytes - total));
                if (read == 0)
                {
                    return false;
                }

                total += read;
                var window = buffer.AsSpan(0, kept + read);
                foreach (var needle in needles)
                {
                    if (window.IndexOf(needle) >= 0)
                    {
                        return true;
                    }
                }

                // The window's tail is kept so a name split across two reads is still found.
                kept = Math.Min(overlap, window.Length);
                window[^kept..].CopyTo(buffer);
            }

            return false;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// A folder is complete when the names, sizes and write times of everything in it have not changed for the
    /// settle time and none of its files is still a browser's partial download.
    /// </summary>
    private bool IsFolderComplete(string folder, DateTimeOffset now, TimeSpan settleTime)
    {
        long length = 0;
        var count = 0;
        var lastWrite = DateTime.MinValue;
        var partial = false;
        try
        {
            var directory = new DirectoryInfo(folder);
            lastWrite = directory.LastWriteTimeUtc;
            var walk = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
            foreach (var entry in directory.EnumerateFileSystemInfos("*", walk))
            {
                count++;
                partial |= entry is FileInfo && IsPartial(entry.Name);
                length += entry is FileInfo file ? file.Length : 0;
                lastWrite = entry.LastWriteTimeUtc > lastWrite ? entry.LastWriteTimeUtc : lastWrite;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        var current = new Observation(length, count, lastWrite, now);
        if (!_observed.TryGetValue(folder, out var previous) || previous with { SeenAt = now } != current)
        {
            _observed[folder] = current;
            return false;
        }

        return !partial && now - previous.SeenAt >= settleTime;
    }

    private void RetryMoves(NewsReaderOptions settings)
    {
        foreach (var (path, pending) in _awaitingMove.ToList())
        {
            try
            {
                var folder = pending.Folder is { } f && Directory.Exists(f) ? f : null;
                if (!File.Exists(path) && folder is null)
                {
                    _awaitingMove.Remove(path);
                    continue;
                }

                var failed = pending.Outcome.Outcome == IngestOutcome.Failed;

                // Chosen once: a unit half moved when a move failed is finished under the same names.
                if (pending.Target is null)
                {
                    var destination = failed ? settings.ResolvedFailedPath : settings.ResolvedArchivePath;
                    var folderSuffix = pending.Folder is null ? null : FolderSuffix(path, pending.Folder);
                    pending.Target = UniqueTarget(destination, Path.GetFileName(path), folderSuffix);
                    pending.FolderTarget = folderSuffix is null ? null : Path.ChangeExtension(pending.Target, null) + folderSuffix;
                    if (failed)
                    {
                        File.WriteAllText(pending.Target + ".error.txt", ErrorText(path, pending.Outcome));
                    }
                }

                if (folder is not null)
                {
                    MoveFolder(folder, pending.FolderTarget!);
                }

                if (File.Exists(path))
                {
                    File.Move(path, pending.Target);
                }

                if (failed)
                {
                    LogMovedToFailed(path, pending.Target, pending.Outcome.Error);
                }
                else
                {
                    LogArchived(path, pending.Target);
                }

                _awaitingMove.Remove(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                LogMoveFailed(exception, path);
            }
        }
    }

    // "_files" for a saved page's folder, "" for a folder named like the file: the archived pair keeps the convention.
    private static string FolderSuffix(string path, string folder) =>
        Path.GetFileName(folder)[Path.GetFileNameWithoutExtension(path).Length..];

    /// <summary>
    /// Moves a folder; where a rename cannot (another volume), copies it whole, then removes the inbox copy
    /// file by file, so nothing is gone before its copy is complete.
    /// </summary>
    private static void MoveFolder(string source, string target)
    {
        try
        {
            if (!Directory.Exists(target))
            {
                Directory.Move(source, target);
                return;
            }
        }
        catch (IOException) when (Directory.Exists(source) && !Directory.Exists(target))
        {
            // Falls through to copying: a rename across volumes is refused.
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            if (!File.Exists(copy) || new FileInfo(copy).Length != new FileInfo(file).Length)
            {
                File.Copy(file, copy, overwrite: true);
            }
        }

        Directory.Delete(source, recursive: true);
    }

    // A bug's details go with the file, so whoever reports it has what a fix needs.
    private string ErrorText(string path, ImportOutcome outcome) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"File: {Path.GetFileName(path)}{Environment.NewLine}Failed at: {clock.GetUtcNow():u}{Environment.NewLine}Reason: {outcome.Error}{Environment.NewLine}")
        + (outcome.Bug is { } bug ? $"{Environment.NewLine}Details for a bug report:{Environment.NewLine}{bug}{Environment.NewLine}" : "");

    // Never overwrite: a second "story.txt" becomes "story-2.txt" (with no "story-2.txt.error.txt" either), and a
    // second "page.html" with its "page_files" becomes "page-2.html" with "page-2_files".
    private static string UniqueTarget(string folder, string fileName, string? folderSuffix)
    {
        var target = Path.Combine(folder, fileName);
        var name = Path.GetFileNameWithoutExtension(fileName);
        var extension = Path.GetExtension(fileName);
        for (var n = 2; Taken(target); n++)
        {
            target = Path.Combine(folder, $"{name}-{n}{extension}");
        }

        return target;

        bool Taken(string candidate)
        {
            var assets = folderSuffix is null ? null : Path.ChangeExtension(candidate, null) + folderSuffix;
            return File.Exists(candidate) || Directory.Exists(candidate) || File.Exists(candidate + ".error.txt")
                || (assets is not null && (Directory.Exists(assets) || File.Exists(assets)));
        }
    }

    private static bool IsPartialOrHidden(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith('.') || IsPartial(name);
    }

    private static bool IsPartial(string name) => PartialSuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));

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

    private sealed record Observation(long Length, int Count, DateTime LastWriteUtc, DateTimeOffset SeenAt);

    /// <summary>A file ingested and waiting to leave the inbox, with its asset folder and, once chosen, where both go.</summary>
    private sealed class PendingMove(ImportOutcome outcome, string? folder)
    {
        public ImportOutcome Outcome { get; } = outcome;

        public string? Folder { get; } = folder;

        public string? Target { get; set; }

        public string? FolderTarget { get; set; }
    }
}
