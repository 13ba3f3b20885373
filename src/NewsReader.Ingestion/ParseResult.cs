namespace NewsReader.Ingestion;

/// <summary>The outcome of a parse: an article, or a failure that says why.</summary>
public abstract record ParseResult
{
    private protected ParseResult()
    {
    }

    /// <summary>True when an article was recovered.</summary>
    public bool Succeeded => this is ParseSuccess;
}

/// <summary>An article was recovered.</summary>
public sealed record ParseSuccess(ParsedArticle Article) : ParseResult;

/// <summary>No article could be recovered.</summary>
/// <param name="Reason">Why, in words a user can act on.</param>
/// <param name="Line">The 1-based line the problem was found on, when it has one.</param>
/// <param name="Diagnostics">Notes gathered before the parse gave up.</param>
public sealed record ParseFailure(string Reason, int? Line, IReadOnlyList<Diagnostic> Diagnostics) : ParseResult
{
    /// <summary>A failure with no line and no diagnostics.</summary>
    public static ParseFailure Because(string reason) => new(reason, null, []);
}
