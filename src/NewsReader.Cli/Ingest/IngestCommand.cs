using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsReader.Data;
using NewsReader.Data.Ingest;

namespace NewsReader.Cli.Ingest;

/// <summary>
/// <c>newsreader ingest [--db PATH] [--media PATH] PATH...</c>: ingests files and folders (recursively) into the
/// store, copying each article's images from its asset folder into the media folder. Reads the files only:
/// nothing the user hands over is moved or changed.
/// </summary>
internal static class IngestCommand
{
    public const string Usage = """
        usage: newsreader ingest [--db PATH] PATH...
          --media PATH  the folder for the articles' images (default: "media" beside the --db store)
        """;

    private const string DatabaseKey = $"{NewsReaderOptions.SectionName}:{nameof(NewsReaderOptions.DatabasePath)}";
    private const string MediaKey = $"{NewsReaderOptions.SectionName}:{nameof(NewsReaderOptions.MediaPath)}";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter errors, bool interactive, CancellationToken cancellationToken)
    {
        if (!TryParse(args, out var databasePath, out var mediaPath, out var inputs, out var problem))
        {
            await errors.WriteLineAsync($"newsreader ingest: {problem}");
            await errors.WriteLineAsync(Usage);
            return ExitCodes.Usage;
        }

        var (files, missing) = IngestInputs.Expand(inputs);
        foreach (var path in missing)
        {
            await errors.WriteLineAsync($"failed    {path}: no such file or folder");
        }

        var environment = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var settings = new Dictionary<string, string?>();
        if (databasePath is not null)
        {
            settings[DatabaseKey] = databasePath;

            // A store named by --db keeps its images beside it, as the data folder's layout does, unless told otherwise.
            if (mediaPath is null && string.IsNullOrWhiteSpace(environment[MediaKey]))
            {
                mediaPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath)) ?? ".", "media");
            }
        }

        if (mediaPath is not null)
        {
            settings[MediaKey] = mediaPath;
        }

        var configuration = new ConfigurationBuilder()
            .AddConfiguration(environment)
            .AddInMemoryCollection(settings)
            .Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddNewsStore(configuration);
        await using var provider = services.BuildServiceProvider();
        var progress = new ProgressReporter(output, errors, interactive, files.Count);
        IngestSummary summary;
        try
        {
            await provider.MigrateNewsStoreAsync(cancellationToken);
            await using var scope = provider.CreateAsyncScope();
            var ingestor = scope.ServiceProvider.GetRequiredService<FileIngestor>();
            summary = await ingestor.IngestAsync(files, progress, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            progress.Finish();
            await errors.WriteLineAsync("cancelled: files committed before the cancel are in the store; run again to finish");
            return ExitCodes.Cancelled;
        }
        catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException)
        {
            progress.Finish();
            var store = provider.GetRequiredService<IOptions<NewsReaderOptions>>().Value.ResolvedDatabasePath;
            await errors.WriteLineAsync($"the store at {store} cannot be used: {exception.Message}");
            return ExitCodes.CouldNotRun;
        }

        progress.Finish();

        await output.WriteLineAsync($"{summary.Ingested} ingested, {summary.Updated} updated, {summary.Unchanged} unchanged, {summary.Failed + missing.Count} failed");
        if (summary.Bugs > 0)
        {
            await errors.WriteLineAsync($"{summary.Bugs} of the failed files hit a bug in NewsReader (the \"error\" lines above), not a problem with the files; please report it");
        }

        return ExitCode(summary, missing.Count);
    }

    /// <summary>A bug outranks bad files: a script retrying with fixed files would never get past it.</summary>
    internal static int ExitCode(IngestSummary summary, int missing) =>
        summary.Bugs > 0 ? ExitCodes.InternalError
        : summary.Failed + missing > 0 ? ExitCodes.InputsFailed
        : ExitCodes.Ok;

    private static bool TryParse(IReadOnlyList<string> args, out string? databasePath, out string? mediaPath, out List<string> inputs, out string problem)
    {
        databasePath = null;
        mediaPath = null;
        inputs = [];
        problem = "";
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--db")
            {
                if (i + 1 >= args.Count)
                {
                    problem = "--db needs a path";
                    return false;
                }

                databasePath = args[++i];
            }
            else if (arg.StartsWith("--db=", StringComparison.Ordinal))
            {
                databasePath = arg["--db=".Length..];
            }
            else if (arg == "--media")
            {
                if (i + 1 >= args.Count)
                {
                    problem = "--media needs a path";
                    return false;
                }

                mediaPath = args[++i];
            }
            else if (arg.StartsWith("--media=", StringComparison.Ordinal))
            {
                mediaPath = arg["--media=".Length..];
            }
            else if (arg == "--")
            {
                inputs.AddRange(args.Skip(i + 1));
                break;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                problem = $"unknown option {arg}";
                return false;
            }
            else
            {
                inputs.Add(arg);
            }
        }

        if (inputs.Count == 0)
        {
            problem = "no files or folders to ingest";
            return false;
        }

        return true;
    }
}
