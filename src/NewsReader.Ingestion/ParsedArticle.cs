namespace NewsReader.Ingestion;

/// <summary>A news article recovered from a text dump or a saved HTML page.</summary>
/// <param name="Headline">The article's own headline.</param>
/// <param name="Byline">The byline (<c>By Idrees Ali and Ben Blanchard</c>) cleaned of glued dates and agency names, when present.</param>
/// <param name="Dateline">The dateline that opened the first paragraph, when present.</param>
/// <param name="ReadingTimeMinutes">Reading time in whole minutes, at least 1.</param>
/// <param name="ReadingTimeEstimated">True when the time was estimated from words and photos; false when the page stated it.</param>
/// <param name="PublishedOn">The publication date when it can be inferred.</param>
/// <param name="Paragraphs">Body paragraphs in order, whitespace normalised, typographic quotes and dashes kept.</param>
/// <param name="Photos">The photo gallery, each photo once, in order.</param>
/// <param name="RelatedLists">Related-story lists such as "Latest Stories", in page order.</param>
/// <param name="Diagnostics">Dropped blocks and warnings, with line numbers.</param>
public sealed record ParsedArticle(
    string Headline,
    string? Byline,
    Dateline? Dateline,
    int ReadingTimeMinutes,
    bool ReadingTimeEstimated,
    DateOnly? PublishedOn,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<Photo> Photos,
    IReadOnlyList<RelatedList> RelatedLists,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The page's canonical URL (HTML pages only).</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>The publishing site's name (HTML pages only).</summary>
    public string? SiteName { get; init; }

    /// <summary>The page's declared language, such as <c>en-US</c> (HTML pages only).</summary>
    public string? Language { get; init; }
}

/// <summary>The place-and-agency lead of a wire story, such as <c>MOSCOW (AP) —</c>.</summary>
/// <param name="Text">The dateline as written, including its closing dash.</param>
/// <param name="Places">The places named; <c>TBILISI/MOSCOW</c> gives two.</param>
/// <param name="Agency">The wire agency (<c>AP</c>, <c>Reuters</c>), or null for a staff dateline.</param>
public sealed record Dateline(string Text, IReadOnlyList<string> Places, string? Agency);

/// <summary>One photo of the gallery.</summary>
/// <param name="Position">1-based position in the gallery.</param>
/// <param name="Count">The gallery size the page stated (<c>1/5</c> gives 5), when stated.</param>
/// <param name="Slug">The slug line (<c>APTOPIX Armenia Azerbaijan</c>), when present.</param>
/// <param name="Caption">The caption without its trailing credit.</param>
/// <param name="Credit">The credit (<c>AP Photo/Sergei Grits</c>), when present.</param>
/// <param name="Photographer">The photographer's name taken from the credit.</param>
/// <param name="Agency">The agency taken from the credit (<c>AP</c>).</param>
/// <param name="TakenOn">The date the caption gives, when it gives one.</param>
public sealed record Photo(
    int Position,
    int? Count,
    string? Slug,
    string Caption,
    string? Credit,
    string? Photographer,
    string? Agency,
    DateOnly? TakenOn)
{
    /// <summary>The image's source as the page referenced it (HTML pages only).</summary>
    public string? ImageSource { get; init; }
}

/// <summary>A list of teasers for other stories, under the heading the page gave it.</summary>
public sealed record RelatedList(string Heading, IReadOnlyList<Teaser> Stories);

/// <summary>A teaser for another story: its title and, when present, its summary.</summary>
public sealed record Teaser(string Title, string? Summary);

/// <summary>What kind of note a diagnostic is.</summary>
public enum DiagnosticKind
{
    /// <summary>A block of page noise was dropped (promo, duplicate caption list, navigation, footer).</summary>
    Dropped,

    /// <summary>Something looked wrong but parsing went on.</summary>
    Warning,
}

/// <summary>A note about the parse, pointing at a 1-based line of the input (0 when there is no line).</summary>
public sealed record Diagnostic(DiagnosticKind Kind, int Line, string Message);
