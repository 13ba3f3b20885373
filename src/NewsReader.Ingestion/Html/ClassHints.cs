using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsReader.Ingestion.Html;

/// <summary>
/// The class, id and style hints the extractor weighs every element by. Each hint is a case-insensitive pattern
/// of plain words; on ASCII text (nearly every class name) ignoring case means ASCII case folding, so a
/// vectorised search for the same words gives the pattern's answer without running it. Text with other
/// characters goes to the pattern, whose case folding also matches look-alikes such as the Kelvin sign.
/// </summary>
internal static partial class ClassHints
{
    private static readonly SearchValues<string> UnlikelyWords = Words(
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra", "footer", "gdpr",
        "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor",
        "supplemental", "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote");

    private static readonly SearchValues<string> MaybeWords = Words("and", "article", "body", "column", "content", "main", "mathjax", "shadow");

    // NegativeHints without its "hid" alternatives, which are anchored to spaces and the ends (see IsHidWord).
    private static readonly SearchValues<string> NegativeWords = Words(
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media", "meta", "outbrain",
        "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget");

    private static readonly SearchValues<string> PositiveWords = Words(
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text", "blog", "story");

    private static readonly SearchValues<string> BylineWords = Words("byline", "author", "dateline", "writtenby", "p-author");

    private static readonly SearchValues<string> HiddenStyleWords = Words("none", "hidden");

    public static bool IsUnlikely(string match) => Ascii.IsValid(match) ? match.AsSpan().ContainsAny(UnlikelyWords) : UnlikelyCandidates().IsMatch(match);

    public static bool IsMaybeCandidate(string match) => Ascii.IsValid(match) ? match.AsSpan().ContainsAny(MaybeWords) : MaybeCandidate().IsMatch(match);

    public static bool IsNegative(string hint) =>
        Ascii.IsValid(hint) ? hint.AsSpan().ContainsAny(NegativeWords) || IsHidWord(hint) : NegativeHints().IsMatch(hint);

    public static bool IsPositive(string hint) => Ascii.IsValid(hint) ? hint.AsSpan().ContainsAny(PositiveWords) : PositiveHints().IsMatch(hint);

    public static bool IsByline(string match) => Ascii.IsValid(match) ? match.AsSpan().ContainsAny(BylineWords) : BylineHints().IsMatch(match);

    // \b depends on the Unicode word characters around the word: the pattern decides, and only text without
    // "share" skips it.
    public static bool IsShare(string match) =>
        (!Ascii.IsValid(match) || match.Contains("share", StringComparison.OrdinalIgnoreCase)) && ShareElements().IsMatch(match);

    // \s is more than ASCII spaces: the pattern decides, and only styles without "none" or "hidden" skip it.
    public static bool IsHiddenStyle(string style) =>
        (!Ascii.IsValid(style) || style.AsSpan().ContainsAny(HiddenStyleWords)) && HiddenStyle().IsMatch(style);

    /// <summary>True when <paramref name="text"/> has a full stop followed by a space or the end (<c>\.( |$)</c>).</summary>
    public static bool HasSentenceEnd(string text) => text.Contains('.', StringComparison.Ordinal) && SentenceEnd().IsMatch(text);

    /// <summary>
    /// <c>^hid$| hid$| hid |^hid </c> ignoring ASCII case, for ASCII text: "hid" as a whole space-separated word.
    /// <c>$</c> also matches before a final newline.
    /// </summary>
    private static bool IsHidWord(ReadOnlySpan<char> hint)
    {
        var end = hint.Length > 0 && hint[^1] == '\n' ? hint.Length - 1 : hint.Length;
        for (var at = hint.IndexOf("hid", StringComparison.OrdinalIgnoreCase); at >= 0;)
        {
            var before = at == 0 || hint[at - 1] == ' ';
            var after = at + 3 == hint.Length || at + 3 == end || hint[at + 3] == ' ';
            if (before && after)
            {
                return true;
            }

            var next = hint[(at + 1)..].IndexOf("hid", StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    private static SearchValues<string> Words(params string[] words) => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex UnlikelyCandidates();

    [GeneratedRegex(@"and|article|body|column|content|main|mathjax|shadow", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex MaybeCandidate();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex NegativeHints();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex PositiveHints();

    [GeneratedRegex(@"byline|author|dateline|writtenby|p-author", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex BylineHints();

    [GeneratedRegex(@"(\b|_)(share|sharedaddy)(\b|_)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex ShareElements();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex HiddenStyle();

    [GeneratedRegex(@"\.( |$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex SentenceEnd();
}
