using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using NewsReader.Ingestion;

namespace NewsReader.Cli.Parse;

// The JSON shapes are a contract (README, "JSON contract"): rename nothing without updating it.
internal sealed record ArticleDocument(
    string Headline,
    string? Byline,
    DatelineDocument? Dateline,
    int ReadingTimeMinutes,
    bool ReadingTimeEstimated,
    string? PublishedOn,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<PhotoDocument> Photos,
    IReadOnlyList<RelatedListDocument> RelatedLists,
    IReadOnlyList<DiagnosticDocument> Diagnostics,
    string? CanonicalUrl,
    string? SiteName,
    string? Language);

internal sealed record DatelineDocument(string Text, IReadOnlyList<string> Places, string? Agency);

internal sealed record PhotoDocument(
    int Position,
    int? Count,
    string? Slug,
    string Caption,
    string? Credit,
    string? Photographer,
    string? Agency,
    string? TakenOn,
    string? ImageSource);

internal sealed record RelatedListDocument(string Heading, IReadOnlyList<TeaserDocument> Stories);

internal sealed record TeaserDocument(string Title, string? Summary);

internal sealed record DiagnosticDocument(string Kind, int Line, string Message);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ArticleDocument))]
internal sealed partial class ArticleJsonContext : JsonSerializerContext;

/// <summary>Maps parse results to the JSON contract.</summary>
internal static class ArticleJson
{
    // Typographic quotes and non-Latin text stay readable instead of \u-escaped.
    public static ArticleJsonContext Indented { get; } = new(new JsonSerializerOptions(ArticleJsonContext.Default.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static ArticleJsonContext Compact { get; } = new(new JsonSerializerOptions(ArticleJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static ArticleDocument From(ParsedArticle article) => new(
        article.Headline,
        article.Byline,
        article.Dateline is { } d ? new DatelineDocument(d.Text, d.Places, d.Agency) : null,
        article.ReadingTimeMinutes,
        article.ReadingTimeEstimated,
        Date(article.PublishedOn),
        article.Paragraphs,
        [.. article.Photos.Select(p => new PhotoDocument(
            p.Position, p.Count, p.Slug, p.Caption, p.Credit, p.Photographer, p.Agency, Date(p.TakenOn), p.ImageSource))],
        [.. article.RelatedLists.Select(l => new RelatedListDocument(
            l.Heading, [.. l.Stories.Select(s => new TeaserDocument(s.Title, s.Summary))]))],
        [.. article.Diagnostics.Select(x => new DiagnosticDocument(Kind(x.Kind), x.Line, x.Message))],
        article.CanonicalUrl,
        article.SiteName,
        article.Language);

    /// <summary>One <c>--jsonl</c> line: <c>file</c> first, then the article's fields, or <c>error</c> (and <c>line</c>).</summary>
    public static string JsonLine(string file, ParseResult result)
    {
        JsonObject line;
        if (result is ParseSuccess success)
        {
            line = JsonSerializer.SerializeToNode(From(success.Article), Compact.ArticleDocument)!.AsObject();
            line.Insert(0, "file", file);
        }
        else
        {
            var failure = (ParseFailure)result;
            line = new JsonObject { ["file"] = file, ["error"] = failure.Reason };
            if (failure.Line is { } number)
            {
                line["line"] = number;
            }
        }

        return line.ToJsonString(Compact.Options);
    }

    private static string Kind(DiagnosticKind kind) => kind switch
    {
        DiagnosticKind.Dropped => "dropped",
        DiagnosticKind.Warning => "warning",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
