using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsReader.Ingestion.Html;

namespace NewsReader.Ingestion.Evaluation;

/// <summary>What the HTML parser is scored against besides Readability's own files.</summary>
/// <param name="Headlines">Each page's real headline (its article <c>&lt;h1&gt;</c>), by page folder name; pages not listed are scored against Readability's title.</param>
/// <param name="Bylines">Corrections to Readability's expected byline where it is plainly wrong (a date, the site's name), by page folder name; null means the page has no byline.</param>
/// <param name="NotArticles">Pages that are not a single article (a section front) and must be rejected.</param>
public sealed record HtmlEvaluationExpectations(
    IReadOnlyDictionary<string, string> Headlines,
    IReadOnlyDictionary<string, string?> Bylines,
    IReadOnlyList<string> NotArticles)
{
    /// <summary>No expectations beyond the corpus files.</summary>
    public static HtmlEvaluationExpectations None { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string?>(), []);

    /// <summary>Reads expectations from JSON: <c>{"headlines": {"page": "..."}, "bylines": {"page": "..." | null}, "notArticles": ["page"]}</c>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The expectations.</returns>
    public static HtmlEvaluationExpectations FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var headlines = new Dictionary<string, string>(StringComparer.Ordinal);
        var bylines = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (document.RootElement.TryGetProperty("headlines", out var headlineObject))
        {
            foreach (var property in headlineObject.EnumerateObject())
            {
                headlines[property.Name] = property.Value.GetString() ?? string.Empty;
            }
        }

        if (document.RootElement.TryGetProperty("bylines", out var bylineObject))
        {
            foreach (var property in bylineObject.EnumerateObject())
            {
                bylines[property.Name] = property.Value.ValueKind == JsonValueKind.Null ? null : property.Value.GetString();
            }
        }

        var notArticles = new List<string>();
        if (document.RootElement.TryGetProperty("notArticles", out var notArticleArray))
        {
            notArticles.AddRange(notArticleArray.EnumerateArray().Select(item => item.GetString() ?? string.Empty));
        }

        return new HtmlEvaluationExpectations(headlines, bylines, notArticles);
    }
}

/// <summary>How the HTML parser did on one corpus page.</summary>
/// <param name="Page">The page's folder name.</param>
/// <param name="IsEnglish">Whether the page counts toward the English targets.</param>
/// <param name="IsArticle">False for a page that is not a single article and should be rejected.</param>
/// <param name="Error">The parse failure's reason, when the page did not parse.</param>
/// <param name="BodyPrecision">Share of the parsed body's word 4-gram shingles found in Readability's body.</param>
/// <param name="BodyRecall">Share of Readability's body shingles found in the parsed body.</param>
/// <param name="ExpectedHeadline">The headline the page should give.</param>
/// <param name="ActualHeadline">The headline parsed.</param>
/// <param name="ExpectedByline">The byline the page should give.</param>
/// <param name="ActualByline">The byline parsed.</param>
/// <param name="Elapsed">Parse time.</param>
public sealed record HtmlPageScore(
    string Page,
    bool IsEnglish,
    bool IsArticle,
    string? Error,
    double BodyPrecision,
    double BodyRecall,
    string? ExpectedHeadline,
    string? ActualHeadline,
    string? ExpectedByline,
    string? ActualByline,
    TimeSpan Elapsed)
{
    /// <summary>F1 of <see cref="BodyPrecision"/> and <see cref="BodyRecall"/>.</summary>
    public double BodyF1 => HtmlCorpusEvaluation.F1(BodyPrecision, BodyRecall);

    /// <summary>Whether the parsed headline is the expected one (whitespace, quotes and case aside).</summary>
    public bool HeadlineRight => IsArticle ? HtmlCorpusEvaluation.SameHeadline(ExpectedHeadline, ActualHeadline) : Error is not null;

    /// <summary>Whether the parsed byline names the expected people (a leading "By", dates and case aside).</summary>
    public bool BylineRight => IsArticle ? HtmlCorpusEvaluation.SameByline(ExpectedByline, ActualByline) : Error is not null;
}

/// <summary>Totals over the corpus, with the per-page rows.</summary>
/// <param name="Pages">One row per page, in folder order.</param>
public sealed record HtmlEvaluationReport(IReadOnlyList<HtmlPageScore> Pages)
{
    /// <summary>Body F1 over the English pages, from the mean precision and the mean recall (as the extraction benchmarks compute it).</summary>
    public double EnglishBodyF1
    {
        get
        {
            var english = Pages.Where(page => page.IsEnglish && page.IsArticle).ToList();
            return english.Count == 0 ? 0 : HtmlCorpusEvaluation.F1(english.Average(page => page.BodyPrecision), english.Average(page => page.BodyRecall));
        }
    }

    /// <summary>Share of pages whose headline is right.</summary>
    public double HeadlineAccuracy => Pages.Count == 0 ? 0 : (double)Pages.Count(page => page.HeadlineRight) / Pages.Count;

    /// <summary>Share of pages whose byline is right.</summary>
    public double BylineAccuracy => Pages.Count == 0 ? 0 : (double)Pages.Count(page => page.BylineRight) / Pages.Count;

    /// <summary>The report as a fixed-width table, one page a line, totals last.</summary>
    /// <returns>The table.</returns>
    public string ToTable()
    {
        var builder = new StringBuilder();
        builder.AppendLine(CultureInfo.InvariantCulture, $"{"page",-26} {"en",-2} {"P",5} {"R",5} {"F1",5} {"head",4} {"byl",4} {"ms",5}  note");
        foreach (var page in Pages)
        {
            var note = page.Error
                ?? (page.HeadlineRight ? string.Empty : $"headline \"{page.ActualHeadline}\" ") + (page.BylineRight ? string.Empty : $"byline \"{page.ActualByline}\" want \"{page.ExpectedByline}\"");
            builder.AppendLine(CultureInfo.InvariantCulture,
                $"{page.Page,-26} {(page.IsEnglish ? "y" : "-"),-2} {page.BodyPrecision,5:0.000} {page.BodyRecall,5:0.000} {page.BodyF1,5:0.000} {(page.HeadlineRight ? "ok" : "NO"),4} {(page.BylineRight ? "ok" : "NO"),4} {page.Elapsed.TotalMilliseconds,5:0}  {note}");
        }

        builder.AppendLine(CultureInfo.InvariantCulture,
            $"English body F1 {EnglishBodyF1:0.000}; headline {HeadlineAccuracy:P1}; byline {BylineAccuracy:P1} over {Pages.Count} pages");
        return builder.ToString();
    }
}

/// <summary>
/// Scores the HTML parser on the corpus pages (<c>pages/*/source.html</c>) against Readability's expected body,
/// the page's real headline and the expected byline.
/// </summary>
public static partial class HtmlCorpusEvaluation
{
    private static readonly HashSet<string> EnglishMarkers = new(StringComparer.Ordinal) { "the", "and", "of", "to", "in", "is", "that", "for" };

    /// <summary>Parses and scores every page folder under <c>{corpusDirectory}/pages</c>.</summary>
    /// <param name="corpusDirectory">The corpus root, holding <c>pages/</c>.</param>
    /// <param name="expectations">Recorded headlines and byline corrections.</param>
    /// <returns>The per-page rows and the totals.</returns>
    public static HtmlEvaluationReport Run(string corpusDirectory, HtmlEvaluationExpectations? expectations = null)
    {
        expectations ??= HtmlEvaluationExpectations.None;
        var rows = new List<HtmlPageScore>();
        var pagesDirectory = Path.Combine(corpusDirectory, "pages");
        foreach (var folder in Directory.GetDirectories(pagesDirectory).Order(StringComparer.Ordinal))
        {
            var source = Path.Combine(folder, "source.html");
            if (File.Exists(source))
            {
                rows.Add(ScorePage(folder, expectations));
            }
        }

        return new HtmlEvaluationReport(rows);
    }

    /// <summary>Scores one page folder.</summary>
    /// <param name="pageDirectory">A folder with <c>source.html</c>, <c>expected.html</c> and <c>expected-metadata.json</c>.</param>
    /// <param name="expectations">Recorded headlines and byline corrections.</param>
    /// <returns>The page's row.</returns>
    public static HtmlPageScore ScorePage(string pageDirectory, HtmlEvaluationExpectations expectations)
    {
        ArgumentNullException.ThrowIfNull(expectations);
        var page = Path.GetFileName(pageDirectory);
        var decoded = HtmlCharset.Decode(File.ReadAllBytes(Path.Combine(pageDirectory, "source.html")));
        var expectedText = ExpectedText.FromHtml(File.ReadAllText(Path.Combine(pageDirectory, "expected.html")));
        var (title, byline, language) = ReadMetadata(Path.Combine(pageDirectory, "expected-metadata.json"));
        var expectedHeadline = expectations.Headlines.TryGetValue(page, out var recorded) ? recorded : title;
        var expectedByline = ExpectedByline(page, byline, expectations);
        var isArticle = !expectations.NotArticles.Contains(page, StringComparer.Ordinal);
        var isEnglish = language?.StartsWith("en", StringComparison.OrdinalIgnoreCase) ?? LooksEnglish(expectedText);

        var stopwatch = Stopwatch.StartNew();
        var result = HtmlArticleParser.Parse(decoded.Text);
        stopwatch.Stop();

        if (result is not ParseSuccess { Article: var article })
        {
            var reason = ((ParseFailure)result).Reason;
            return new HtmlPageScore(page, isEnglish, isArticle, reason, 0, 0, expectedHeadline, null, expectedByline, null, stopwatch.Elapsed);
        }

        var score = ShingleScorer.Score(page, ScoredText(article), expectedText);
        var (precision, recall) = (score.Precision, score.Recall);
        return new HtmlPageScore(page, isEnglish, isArticle, null, precision, recall, expectedHeadline, article.Headline, expectedByline, article.Byline, stopwatch.Elapsed);
    }

    /// <summary>
    /// The article's text as Readability would show it: its photo captions (Readability keeps figures in the
    /// body; this parser moves them to <see cref="ParsedArticle.Photos"/>), then its paragraphs.
    /// </summary>
    /// <param name="article">A parsed article.</param>
    /// <returns>The text to score.</returns>
    public static string ScoredText(ParsedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var captions = article.Photos.Select(photo => photo.Credit is null ? photo.Caption : $"{photo.Caption} ({photo.Credit})");
        return string.Join("\n", captions.Concat(article.Paragraphs));
    }

    /// <summary>The harmonic mean of precision and recall.</summary>
    /// <param name="precision">Precision, 0 to 1.</param>
    /// <param name="recall">Recall, 0 to 1.</param>
    /// <returns>F1, 0 to 1.</returns>
    public static double F1(double precision, double recall) => ShingleScorer.Harmonic(precision, recall);

    /// <summary>The byline a page folder should give: its recorded correction, else Readability's.</summary>
    internal static string? ExpectedByline(string pageDirectory, HtmlEvaluationExpectations expectations) =>
        ExpectedByline(Path.GetFileName(pageDirectory), ReadMetadata(Path.Combine(pageDirectory, "expected-metadata.json")).Byline, expectations);

    private static string? ExpectedByline(string page, string? readability, HtmlEvaluationExpectations expectations) =>
        expectations.Bylines.TryGetValue(page, out var corrected) ? corrected : readability;

    internal static bool SameHeadline(string? expected, string? actual) =>
        expected is not null && actual is not null && string.Equals(NormaliseHeadline(expected), NormaliseHeadline(actual), StringComparison.Ordinal);

    internal static bool SameByline(string? expected, string? actual)
    {
        var want = BylineNames(expected);
        var got = BylineNames(actual);
        if (want.Count == 0 || got.Count == 0)
        {
            return want.Count == got.Count;
        }

        // Same people whatever the joining words and extras (a date glued on, a job title): one name set holds the other.
        return want.IsSubsetOf(got) || got.IsSubsetOf(want);
    }

    private static string NormaliseHeadline(string headline)
    {
        var builder = new StringBuilder();
        foreach (var c in HtmlText.Collapse(headline))
        {
            builder.Append(c switch
            {
                '‘' or '’' or '′' => '\'',
                '“' or '”' => '"',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }

    private static HashSet<string> BylineNames(string? byline)
    {
        if (byline is null)
        {
            return [];
        }

        var words = BylineWord().Matches(byline.ToLowerInvariant()).Select(match => match.Value);
        return words.Where(word => word is not ("by" or "and" or "par" or "von" or "por" or "di" or "et" or "und" or "y" or "e")).ToHashSet(StringComparer.Ordinal);
    }

    private static bool LooksEnglish(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Take(2000).Select(match => match.Value).ToList();
        return words.Count > 0 && (double)words.Count(EnglishMarkers.Contains) / words.Count > 0.08;
    }

    private static (string? Title, string? Byline, string? Language) ReadMetadata(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        string? Get(string name) => document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return (Get("title"), Get("byline"), Get("lang"));
    }

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"[^\W\d_]+", RegexOptions.CultureInvariant)]
    private static partial Regex BylineWord();
}

/// <summary>How the HTML parser and the text parser agree on one page: <c>source.html</c> against <c>page.w3m.txt</c>.</summary>
/// <param name="Page">The page's folder name.</param>
/// <param name="HtmlHeadline">The HTML parser's headline, or null when it failed.</param>
/// <param name="TextHeadline">The text parser's headline, or null when it failed.</param>
/// <param name="BodyF1">Shingle F1 between the two bodies' paragraphs.</param>
/// <param name="Error">Why either parser failed, when one did.</param>
/// <param name="BothRejected">Both parsers refused the page (a section front): they agree it is not an article.</param>
public sealed record ParserAgreement(string Page, string? HtmlHeadline, string? TextHeadline, double BodyF1, string? Error, bool BothRejected = false)
{
    /// <summary>The least body F1 for the two parsers to count as agreeing.</summary>
    public const double BodyF1Floor = 0.9;

    /// <summary>Same headline (case, quotes and punctuation aside) and bodies with F1 of at least <see cref="BodyF1Floor"/>.</summary>
    public bool Agrees => BothRejected || (Error is null && SameHeadline && BodyF1 >= BodyF1Floor);

    /// <summary>Whether both parsers found the same headline.</summary>
    public bool SameHeadline => HtmlHeadline is not null && TextHeadline is not null
        && string.Equals(Rules.HeadlineKeys.Fold(HtmlHeadline), Rules.HeadlineKeys.Fold(TextHeadline), StringComparison.Ordinal);
}

/// <summary>Compares the HTML parser with the text parser on the corpus pages that have both forms.</summary>
public static class ParserAgreementCheck
{
    /// <summary>One row per page folder holding both <c>source.html</c> and <c>page.w3m.txt</c>.</summary>
    /// <param name="corpusDirectory">The corpus root, holding <c>pages/</c>.</param>
    /// <returns>The rows, in folder order.</returns>
    public static IReadOnlyList<ParserAgreement> Run(string corpusDirectory)
    {
        var rows = new List<ParserAgreement>();
        foreach (var folder in Directory.GetDirectories(Path.Combine(corpusDirectory, "pages")).Order(StringComparer.Ordinal))
        {
            var html = Path.Combine(folder, "source.html");
            var dump = Path.Combine(folder, "page.w3m.txt");
            if (!File.Exists(html) || !File.Exists(dump))
            {
                continue;
            }

            var page = Path.GetFileName(folder);
            var fromHtml = HtmlArticleParser.Parse(HtmlCharset.Decode(File.ReadAllBytes(html)).Text);
            var fromText = ArticleParser.Parse(File.ReadAllBytes(dump));
            if (fromHtml is not ParseSuccess { Article: var htmlArticle } || fromText is not ParseSuccess { Article: var textArticle })
            {
                var reason = string.Join("; ", new[] { (fromHtml as ParseFailure)?.Reason is { } h ? "html: " + h : null, (fromText as ParseFailure)?.Reason is { } t ? "text: " + t : null }.OfType<string>());
                var bothRejected = fromHtml is ParseFailure && fromText is ParseFailure;
                rows.Add(new ParserAgreement(page, (fromHtml as ParseSuccess)?.Article.Headline, (fromText as ParseSuccess)?.Article.Headline, 0, reason, bothRejected));
                continue;
            }

            var score = ShingleScorer.Score(page, string.Join("\n", htmlArticle.Paragraphs), string.Join("\n", textArticle.Paragraphs));
            rows.Add(new ParserAgreement(page, htmlArticle.Headline, textArticle.Headline, score.F1, null));
        }

        return rows;
    }

    /// <summary>The rows as a table, the pages that differ marked.</summary>
    /// <param name="rows">Rows from <see cref="Run"/>.</param>
    /// <returns>The table.</returns>
    public static string ToTable(IReadOnlyList<ParserAgreement> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var builder = new StringBuilder();
        builder.AppendLine(CultureInfo.InvariantCulture, $"{"page",-26} {"agree",-5} {"F1",5} {"head",4}  note");
        foreach (var row in rows)
        {
            var note = row.Error ?? (row.SameHeadline ? string.Empty : $"html \"{row.HtmlHeadline}\" text \"{row.TextHeadline}\"");
            builder.AppendLine(CultureInfo.InvariantCulture, $"{row.Page,-26} {(row.Agrees ? "yes" : "NO"),-5} {row.BodyF1,5:0.000} {(row.SameHeadline ? "ok" : "NO"),4}  {note}");
        }

        builder.AppendLine(CultureInfo.InvariantCulture, $"{rows.Count(row => row.Agrees)} of {rows.Count} pages agree");
        return builder.ToString();
    }
}
