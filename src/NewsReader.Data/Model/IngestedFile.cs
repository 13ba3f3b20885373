namespace NewsReader.Data.Model;

/// <summary>A record of one file handed to ingestion, whatever became of it.</summary>
public sealed class IngestedFile
{
    public int Id { get; set; }

    public required string Path { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>SHA-256 of the file's bytes, hex.</summary>
    public required string FileHash { get; set; }

    public IngestOutcome Outcome { get; set; }

    public string? Error { get; set; }

    public int? ArticleId { get; set; }

    public Article? Article { get; set; }

    public DateTime StartedUtc { get; set; }

    public DateTime FinishedUtc { get; set; }
}

public enum IngestOutcome
{
    Ingested,
    Updated,
    Unchanged,
    Failed,
}
