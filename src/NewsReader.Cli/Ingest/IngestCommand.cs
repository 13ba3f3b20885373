using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsReader.Data;
using NewsReader.Data.Ingest;

namespace NewsReader.Cli.Ingest;

/// <summary>
/// <c>newsreader ingest [--db PATH] PATH...</c>: ingests files and folders (recursively) into the store.
/// Reads the files only: nothing the user hands over is moved or changed.
/// </summary>
internal static class IngestCommand
{
    public const string Usage = "usage: newsreader ingest [--db PATH] PATH...";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter errors, bool interactive, CancellationToken cancellationToken)
    {
        if (!TryParse(args, out var databasePath, out var inputs, out var problem))
        {
            await errors.WriteLineAsync(problem);
            await errors.WriteLineAsync(Usage);
            return 2;
        }

        var (files, missing) = Expand(inputs);
        foreach (var path in missing)
        {
            await errors.WriteLineAsync($"failed    {path}: no such file or folder");
        }

        var settings = new Dictionary<string, string?>();
        if (databasePath is not null)
        {
            settings[$"{NewsReaderOptions.SectionName}:{nameof(NewsReaderOptions.DatabasePath)}"] = databasePath;
        }

        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
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
            return 130;
        }
        catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException)
        {
            progress.Finish();
            var store = provider.GetRequiredService<IOptions<NewsReaderOptions>>().Value.ResolvedDatabasePath;
            await errors.WriteLineAsync($"the store at {store} cannot be used: {exception.Message}");
            return 1;
        }

        progress.Finish();

        var failed = summary.Failed + missing.Count;
        await output.WriteLineAsync($"{summary.Ingested} ingested, {summary.Updated} updated, {summary.Unchanged} unchanged, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    private static bool TryParse(IReadOnlyList<string> args, out string? databasePath, out List<string> inputs, out string problem)
    {
        databasePath = null;
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

    // Folders are walked recursively in name order so runs are repeatable; hidden files and folders are skipped.
    private static (List<string> Files, List<string> Missing) Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                Add(input);
            }
            else if (Directory.Exists(input))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
                foreach (var file in Directory.EnumerateFiles(input, "*", options).Where(f => !IsHidden(input, f)).Order(StringComparer.Ordinal))
                {
                    Add(file);
                }
            }
            else
            {
                missing.Add(input);
            }
        }

        return (files, missing);

        void Add(string path)
        {
            var full = Path.GetFullPath(path);
            if (seen.Add(full))
            {
                files.Add(full);
            }
        }
    }

    private static bool IsHidden(string root, string file) =>
        Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
}
