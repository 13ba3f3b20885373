using NewsReader.Data.Media;
using NewsReader.Data.Model;
using NewsReader.Ingestion;

namespace NewsReader.Data.Ingest;

/// <summary>The file an article came from, as the ingest record keeps it.</summary>
/// <param name="Path">Full path; a corrected file at the same path updates its article.</param>
/// <param name="SizeBytes">The file's size.</param>
/// <param name="FileHash">SHA-256 of the file's bytes, lower-case hex.</param>
public sealed record SourceFile(string Path, long SizeBytes, string FileHash);

/// <summary>One file to record: its parsed article, or the reason it has none.</summary>
public sealed record ImportEntry(SourceFile Source, ParsedArticle? Article, string? Error, DateTime StartedUtc)
{
    /// <summary>The image stored for each photo, in gallery order; null (or missing) where there is none.</summary>
    public IReadOnlyList<StoredImage?> Images { get; init; } = [];

    /// <summary>What went wrong short of failing the file (an image skipped), for the ingest output.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>
    /// The exception, when the file tripped a bug in NewsReader rather than being bad input: the file still fails
    /// alone, so the rest of its batch is stored, but the bug is logged as an error and reported apart.
    /// </summary>
    public Exception? Bug { get; init; }

    public static ImportEntry Parsed(SourceFile source, ParsedArticle article, DateTime startedUtc) => new(source, article, null, startedUtc);

    public static ImportEntry Failed(SourceFile source, string error, DateTime startedUtc) => new(source, null, error, startedUtc);

    /// <summary>A file whose handling threw where nothing should (<paramref name="stage"/>: "parsing", "copying the images of").</summary>
    public static ImportEntry Crashed(SourceFile source, string stage, Exception exception, DateTime startedUtc) =>
        new(source, null, BugReason(stage, exception), startedUtc) { Bug = exception };

    internal static string BugReason(string stage, Exception exception) =>
        $"NewsReader failed while {stage} this file ({exception.GetType().Name}: {exception.Message}); this is a bug in NewsReader, not a problem with the file";
}

/// <summary>What became of one file.</summary>
public sealed record ImportOutcome(string Path, IngestOutcome Outcome, int? ArticleId, string? Slug, string? Error)
{
    /// <summary>Time spent on this file: reading and parsing plus its share of the write.</summary>
    public double ElapsedMs { get; init; }

    /// <summary>What went wrong short of failing the file, such as an image that was skipped.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The exception when the file failed on a bug in NewsReader, not on bad input (see <see cref="ImportEntry.Bug"/>).</summary>
    public Exception? Bug { get; init; }
}
