using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using NewsReader.Data.Media;
using NewsReader.Data.Model;
using NewsReader.Ingestion;

namespace NewsReader.Data.Ingest;

/// <summary>Reads, parses and imports files, in batches; the one path the CLI, the inbox and first run share.</summary>
public sealed partial class FileIngestor(
    ArticleImporter importer,
    ArticleParse parse,
    TimeProvider clock,
    MediaCopier media,
    ILogger<FileIngestor> logger,
    IStoreChangeListener changes)
{
    /// <summary>Files larger than this are refused rather than read into memory.</summary>
    public const long MaxFileBytes = ArticleParser.MaxInputBytes;

    /// <summary>Files per transaction: large enough to amortise the commit, small enough that a crash loses little.</summary>
    public const int BatchSize = 200;

    /// <summary>A batch is also committed once it has waited this long, so slow parsing still shows steady progress.</summary>
    public static readonly TimeSpan MaxBatchDelay = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Ingests the files in order and reports each outcome as its batch commits. Files are read and parsed
    /// on the thread pool a few ahead of the writer (in order), so parsing uses every core while SQLite,
    /// which has one writer anyway, keeps its own.
    /// </summary>
    public async Task<IngestSummary> IngestAsync(IReadOnlyList<string> paths, IProgress<ImportOutcome>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var outcomes = new List<ImportOutcome>(paths.Count);
        var prepared = Channel.CreateBounded<Task<(ImportEntry Entry, double ReadMs)>>(
            new BoundedChannelOptions(Math.Max(2, Environment.ProcessorCount) * 4) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var path in paths)
                    {
                        var parse = Task.Run(
                            async () =>
                            {
                                var started = Stopwatch.GetTimestamp();
                                var entry = await PrepareAsync(path, stop.Token);
                                return (entry, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                            },
                            stop.Token);
                        await prepared.Writer.WriteAsync(parse, stop.Token);
                    }
                }
                finally
                {
                    prepared.Writer.Complete();
                }
            },
            stop.Token);

        try
        {
            var batch = new List<ImportEntry>(Math.Min(BatchSize, paths.Count));
            var readMs = new List<double>(BatchSize);
            var batchStarted = 0L;
            await foreach (var parse in prepared.Reader.ReadAllAsync(cancellationToken))
            {
                var (entry, ms) = await parse;
                if (batch.Count == 0)
                {
                    batchStarted = Stopwatch.GetTimestamp();
                }

                batch.Add(entry);
                readMs.Add(ms);
                if (batch.Count == BatchSize || Stopwatch.GetElapsedTime(batchStarted) >= MaxBatchDelay)
                {
                    await FlushAsync(batch, readMs, outcomes, progress, cancellationToken);
                }
            }

            await FlushAsync(batch, readMs, outcomes, progress, cancellationToken);
        }
        finally
        {
            await stop.CancelAsync();
            await producer.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        await producer;
        return new IngestSummary(outcomes);
    }

    /// <summary>
    /// Reads and parses one file and copies its photos' images into the media folder: an entry for the importer.
    /// Never throws for a bad file or a bad image; a skipped image is a warning on the entry.
    /// </summary>
    public Task<ImportEntry> PrepareAsync(string path, CancellationToken cancellationToken) =>
        PrepareAsync(path, MediaCopier.FindAssetFolder(path), cancellationToken);

    /// <summary>As <see cref="PrepareAsync(string, CancellationToken)"/>, with the asset folder the caller found (and will move with the file).</summary>
    public async Task<ImportEntry> PrepareAsync(string path, string? assets, CancellationToken cancellationToken)
    {
        var entry = Prepare(path);
        if (entry.Article is not { Photos.Count: > 0 } article || assets is null)
        {
            return entry;
        }

        try
        {
            var copied = await media.CopyAsync(entry.Source.Path, assets, [.. article.Photos.Select(photo => photo.ImageSource)], cancellationToken);
            return entry with { Images = copied.Images, Warnings = copied.Diagnostics };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The media folder itself is unusable (full, read-only): the article is still worth having.
            LogMediaFailed(exception, entry.Source.Path);
            return entry with { Warnings = ["Images not copied: " + exception.Message] };
        }
#pragma warning disable CA1031 // A bug tripped by one file's images fails that file, reported as a bug, not the batch.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return ImportEntry.Crashed(entry.Source, "copying the images of", exception, entry.StartedUtc);
        }
    }

    /// <summary>Reads and parses one file into an entry for the importer, without its images; never throws for a bad file.</summary>
    public ImportEntry Prepare(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var startedUtc = clock.GetUtcNow().UtcDateTime;
        var fullPath = Path.GetFullPath(path);
        byte[] bytes;
        try
        {
            var length = new FileInfo(fullPath).Length;
            if (length > MaxFileBytes)
            {
                return ImportEntry.Failed(new SourceFile(fullPath, length, ""), $"the file is larger than {MaxFileBytes / (1024 * 1024)} MiB", startedUtc);
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return ImportEntry.Failed(new SourceFile(fullPath, 0, ""), "the file cannot be read: " + exception.Message, startedUtc);
        }

        var source = new SourceFile(fullPath, bytes.Length, ContentHash.OfBytes(bytes));
        if (bytes.Length == 0)
        {
            return ImportEntry.Failed(source, "the file is empty", startedUtc);
        }

        ParseResult result;
        try
        {
            result = parse(bytes);
        }
#pragma warning disable CA1031 // The parser returns bad input as a failure, so a throw is its bug: reported as one, for this file alone.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return ImportEntry.Crashed(source, "parsing", exception, startedUtc);
        }

        return result switch
        {
            ParseSuccess success => ImportEntry.Parsed(source, success.Article, startedUtc),
            ParseFailure failure => ImportEntry.Failed(source, failure.Line is { } line ? $"{failure.Reason} (line {line})" : failure.Reason, startedUtc),
            _ => ImportEntry.Failed(source, "the parser returned no result", startedUtc),
        };
    }

    /// <summary>Imports entries already prepared, in one transaction, logging each outcome.</summary>
    public async Task<IReadOnlyList<ImportOutcome>> ImportAsync(IReadOnlyList<ImportEntry> entries, IReadOnlyList<double>? readMs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var imported = await importer.ImportAsync(entries, cancellationToken);
        if (imported.Any(o => o.Outcome is IngestOutcome.Ingested or IngestOutcome.Updated))
        {
            await changes.StoreChangedAsync(cancellationToken);
        }

        var outcomes = new List<ImportOutcome>(imported.Count);
        for (var i = 0; i < imported.Count; i++)
        {
            var outcome = imported[i] with { ElapsedMs = imported[i].ElapsedMs + (readMs is null ? 0 : readMs[i]) };
            outcomes.Add(outcome);
            if (outcome.Bug is { } bug)
            {
                LogBug(bug, outcome.Path, outcome.Outcome, outcome.ElapsedMs);
            }
            else if (outcome.Outcome == IngestOutcome.Failed)
            {
                LogFailed(outcome.Path, outcome.Outcome, outcome.ElapsedMs, outcome.Error);
            }
            else
            {
                LogIngested(outcome.Path, outcome.Slug, outcome.Outcome, outcome.ElapsedMs);
            }
        }

        return outcomes;
    }

    private async Task FlushAsync(List<ImportEntry> batch, List<double> readMs, List<ImportOutcome> outcomes, IProgress<ImportOutcome>? progress, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        foreach (var outcome in await ImportAsync(batch, readMs, cancellationToken))
        {
            outcomes.Add(outcome);
            progress?.Report(outcome);
        }

        batch.Clear();
        readMs.Clear();
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Ingested {File} as {ArticleSlug}: {Outcome} in {ElapsedMs:0.0} ms")]
    private partial void LogIngested(string file, string? articleSlug, IngestOutcome outcome, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Could not ingest {File}: {Outcome} in {ElapsedMs:0.0} ms: {Reason}")]
    private partial void LogFailed(string file, IngestOutcome outcome, double elapsedMs, string? reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "A bug in NewsReader failed {File}: {Outcome} in {ElapsedMs:0.0} ms; the rest of its batch went on")]
    private partial void LogBug(Exception exception, string file, IngestOutcome outcome, double elapsedMs);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Could not copy the images of {File} into the media folder")]
    private partial void LogMediaFailed(Exception exception, string file);
}

/// <summary>The outcomes of an ingest run, with the counts the summary line prints.</summary>
public sealed record IngestSummary(IReadOnlyList<ImportOutcome> Outcomes)
{
    public int Ingested => Count(IngestOutcome.Ingested);

    public int Updated => Count(IngestOutcome.Updated);

    public int Unchanged => Count(IngestOutcome.Unchanged);

    public int Failed => Count(IngestOutcome.Failed);

    /// <summary>Files among <see cref="Failed"/> that failed on a bug in NewsReader rather than on bad input.</summary>
    public int Bugs => Outcomes.Count(o => o.Bug is not null);

    public override string ToString() => $"{Ingested} ingested, {Updated} updated, {Unchanged} unchanged, {Failed} failed";

    private int Count(IngestOutcome outcome) => Outcomes.Count(o => o.Outcome == outcome);
}
