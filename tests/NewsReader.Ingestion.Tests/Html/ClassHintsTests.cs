using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using CsCheck;
using NewsReader.Ingestion.Html;
using NewsReader.Tests.Shared;

namespace NewsReader.Ingestion.Tests.Html;

/// <summary>
/// The extractor's class, id and style hints answer from a word search on ASCII text and from a pattern built from
/// the same words on other text: the search must give exactly what the pattern gives, over every class, id and style
/// on the corpus pages and over random hints built from the words, spaces, newlines and case look-alikes the
/// patterns care about.
/// </summary>
public sealed class ClassHintsTests
{
    private static readonly (string Name, Func<string, bool> Hint, Regex Pattern)[] Hints =
    [
        ("unlikely", ClassHints.IsUnlikely, ClassHints.UnlikelyCandidates()),
        ("maybe", ClassHints.IsMaybeCandidate, ClassHints.MaybeCandidate()),
        ("negative", ClassHints.IsNegative, ClassHints.NegativeHints()),
        ("positive", ClassHints.IsPositive, ClassHints.PositiveHints()),
        ("byline", ClassHints.IsByline, ClassHints.BylineHints()),
        ("share or poll", ClassHints.IsShareOrPoll, ClassHints.ShareOrPollElements()),
        ("hidden style", ClassHints.IsHiddenStyle, ClassHints.HiddenStyle()),
        ("sentence end", ClassHints.HasSentenceEnd, ClassHints.SentenceEnd()),
    ];

    private static readonly Gen<string> RandomHints = Gen.OneOf(
            Gen.OneOf("hid", "HID", "hidden", "-ad-", "ad", "share", "sharedaddy", "_", "-", "com-", "author", "byline", "body", "main",
                "display", "none", "visibility", ":", ".", "article", "story", "menu", "pager", "rss", "tags", "meta", "poll", "vote", "upvote",
                "survey", "quiz"),
            Gen.OneOf(" ", "  ", "\n", "\t", "x", "K", "\u212A", "\u017F", "\u0130", "\u00E9", "\u00A0"))
        .Array[0, 8]
        .Select(parts => string.Concat(parts));

    // Dense in "hid" and in what may stand around it, so that both sides of the space-separated rule are exercised.
    private static readonly Gen<string> RandomHidHints = Gen.OneOf(
            Gen.OneOf("hid", "HID", "Hid", "hId", "hidden", "x"),
            Gen.OneOf(" ", "  ", "\n", "\r", "\t", "-", "_", "\u00A0", "\u0130", "\u0131"))
        .Array[0, 6]
        .Select(parts => string.Concat(parts));

    // Readability's spelling of the rule the negative hints hold as the space-separated word "hid".
    private static readonly Regex SpelledOutHid = new("^hid$| hid$| hid |^hid ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // The share and poll hints as they were before one search served both.
    private static readonly Regex[] SeparateShareAndPoll =
    [
        new(@"(\b|_)(share|sharedaddy)(\b|_)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new(@"(\b|_)(poll|polls|survey|vote|voting|quiz)(\b|_)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
    ];

    [Fact]
    public void Hints_CorpusClassesIdsAndStyles_MatchTheirPatterns()
    {
        var parser = new HtmlParser();
        var values = 0;
        foreach (var page in System.IO.Directory.GetDirectories(Path.Combine(TestCorpus.RequireDirectory(), "pages")))
        {
            var file = Path.Combine(page, "source.html");
            if (!File.Exists(file))
            {
                continue;
            }

            using var document = parser.ParseDocument(HtmlCharset.Decode(File.ReadAllBytes(file)).Text);
            foreach (var element in document.All)
            {
                foreach (var value in new[] { element.ClassName, element.Id, element.GetAttribute("style"), element.TextContent.Length < 200 ? element.TextContent : null })
                {
                    if (value is not null)
                    {
                        AssertSameAsPatterns(value);
                        AssertSameAsPatterns((element.ClassName ?? string.Empty) + " " + value);
                        values++;
                    }
                }
            }
        }

        Assert.True(values > 10_000, $"only {values} values were read");
    }

    [Fact]
    public void Hints_RandomHints_MatchTheirPatterns() => RandomHints.Sample(AssertSameAsPatterns, iter: 20_000, threads: 1);

    [Fact]
    public void IsNegative_RandomHintsAroundHid_MatchesTheNegativePattern() =>
        RandomHidHints.Sample(hint => ClassHints.IsNegative(hint) == ClassHints.NegativeHints().IsMatch(hint), iter: 20_000, threads: 1);

    [Fact]
    public void NegativeHints_RandomHintsAroundHid_MatchAsReadabilitysSpelledOutHidRule() =>
        RandomHidHints.Sample(
            hint => ClassHints.NegativeHints().IsMatch(hint) == (SpelledOutHid.IsMatch(hint) || IsNegativeWordOtherThanHid(hint)),
            iter: 20_000,
            threads: 1);

    [Theory]
    [InlineData("hid", true)]
    [InlineData("hid\n", true)]
    [InlineData("a HID b", true)]
    [InlineData("Hid x", true)]
    [InlineData("x hid", true)]
    [InlineData("hidx", false)]
    [InlineData("xhid", false)]
    [InlineData("hid\nx", false)]
    [InlineData("hid\n\n", false)]
    [InlineData("xhid hid", true)]
    [InlineData("hidx xhid", false)]
    [InlineData("\nhid", false)]
    [InlineData("hid\t", false)]
    [InlineData("x  hid  x", true)]
    [InlineData("hid\u00A0x", false)]
    [InlineData("a hidden b", true)]
    public void IsNegative_HidAsAWord_CountsOnlyBetweenSpacesAndEnds(string hint, bool negative)
    {
        Assert.Equal(negative, ClassHints.IsNegative(hint));
        Assert.Equal(negative, ClassHints.NegativeHints().IsMatch(hint));
    }

    [Fact]
    public void IsShareOrPoll_RandomHints_MatchesTheSeparateShareAndPollHints() =>
        RandomHints.Sample(hint => ClassHints.IsShareOrPoll(hint) == SeparateShareAndPoll.Any(pattern => pattern.IsMatch(hint)), iter: 20_000, threads: 1);

    [Theory]
    [InlineData("share", true)]
    [InlineData("post_share", true)]
    [InlineData("share-bar", true)]
    [InlineData("sharedaddy sd-block", true)]
    [InlineData("shared-content", false)]
    [InlineData("vote", true)]
    [InlineData("clearfix vote", true)]
    [InlineData("reader-poll", true)]
    [InlineData("poll_widget", true)]
    [InlineData("Survey", true)]
    [InlineData("wds-icons-upvote", false)]
    [InlineData("SearchSurvey", false)]
    [InlineData("polling-station-map", false)]
    public void IsShareOrPoll_ShareOrPollWordStandingAlone_CountsAsAShareBarOrPollWidget(string hint, bool shareOrPoll)
    {
        Assert.Equal(shareOrPoll, ClassHints.IsShareOrPoll(hint));
        Assert.Equal(shareOrPoll, ClassHints.ShareOrPollElements().IsMatch(hint));
    }

    // The generator's only other negative word is "hidden", which holds "hid" but counts wherever it stands.
    private static bool IsNegativeWordOtherThanHid(string hint) => hint.Contains("hidden", StringComparison.OrdinalIgnoreCase);

    private static void AssertSameAsPatterns(string value)
    {
        foreach (var (name, hint, pattern) in Hints)
        {
            Assert.True(hint(value) == pattern.IsMatch(value), $"{name}: \"{value}\"");
        }
    }
}
