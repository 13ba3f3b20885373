namespace NewsReader.Data.Model;

public sealed class Article
{
    public int Id { get; set; }

    /// <summary>Stable, unique URL segment: /articles/{Slug}. Never changes once assigned.</summary>
    public required string Slug { get; set; }

    public required string Headline { get; set; }

    /// <summary>Headline folded for matching teasers: case, quote and dash style, punctuation and spacing removed.</summary>
    public required string HeadlineKey { get; set; }

    public string? Byline { get; set; }

    public string? DatelineText { get; set; }

    public string? DatelineAgency { get; set; }

    public int ReadingTimeMinutes { get; set; }

    public bool ReadingTimeEstimated { get; set; }

    /// <summary>The publication date the parser inferred, when it could.</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>UTC sort key for "newest first": the publication date when known, else the first ingest time.</summary>
    public DateTime SortDateUtc { get; set; }

    public List<string> Paragraphs { get; set; } = [];

    public int WordCount { get; set; }

    public string? CanonicalUrl { get; set; }

    public string? SiteName { get; set; }

    public string? Language { get; set; }

    public required string SourceFileName { get; set; }

    /// <summary>Full path of the file the article was last ingested from; a corrected file at the same path updates the article.</summary>
    public required string SourcePath { get; set; }

    /// <summary>SHA-256 of the parsed content, hex; equal hashes mean an unchanged article.</summary>
    public required string ContentHash { get; set; }

    public DateTime FirstIngestedUtc { get; set; }

    public DateTime LastIngestedUtc { get; set; }

    public List<Photo> Photos { get; set; } = [];

    public List<RelatedList> RelatedLists { get; set; } = [];

    public List<Topic> Topics { get; set; } = [];

    public List<Place> Places { get; set; } = [];
}
