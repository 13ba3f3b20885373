using System.Buffers;
using System.Text.RegularExpressions;

namespace NewsReader.Ingestion.Rules;

/// <summary>Recognises the short lines pages put around an article: share buttons, sign-ups, captions, timestamps.</summary>
internal static partial class PageFurniture
{
    /// <summary>True for a line that is page chrome rather than article text.</summary>
    public static bool IsFurniture(string line) =>
        line.Length <= 200 && MayBeFurniture(line) && Furniture().IsMatch(line);

    /// <summary>True for long notices that read like prose but are not the article (cookies, data disclaimers, copyright).</summary>
    public static bool IsBoilerplateProse(string line)
    {
        var head = line.AsSpan(0, Math.Min(line.Length, 600));
        return head.Contains('©') || head.ContainsAny(BoilerplatePhrases);
    }

    // The furniture pattern is a long case-insensitive alternation that is slow to try at every position;
    // each of its words contains one of these fragments, so a line without any cannot match. Characters
    // that case-fold onto ASCII letters only under the pattern's rules (Kelvin sign, long s, dotted I) pass
    // through to the pattern.
    private static bool MayBeFurniture(ReadOnlySpan<char> line) =>
        (line.Length > 0 && char.IsAsciiDigit(line[0])) || line.ContainsAny(FurnitureFragments) || line.ContainsAny('\u212A', '\u017F', '\u0130');

    private static readonly SearchValues<string> FurnitureFragments = SearchValues.Create(
        [
            "share", "tweet", "mail", "sign", "log", "subscri", "newsletter", "comment", "advertis", "sponsored",
            "photo", "getty", "shutterstock", "afp", "reuters", "image", "cookie", "privacy", "terms of", "continue reading",
            "read more", "skip to", "follow us", "reporter", "correspondent", "editor", "contributor", "posted", "updated",
            "published", "loading", "click", "download", "menu", "search", "view ", "bookmark", "print", "save",
            "thank you", "register", "account", "homepage", "today", "start a wiki", "video", "watch", "playing",
            "caption", "[",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a line that carries a timestamp or date (<c>Dec. 6, 2024, 10:00 PM</c>, <c>24 July 2015</c>).</summary>
    public static bool HasTimestamp(string line) => line.Length <= 300 && Digits.MayContain(line) && Timestamp().IsMatch(line);

    [GeneratedRegex(
        @"\b(?:share|shares|shared|tweet|e-?mail|sign ?up|sign ?in|log ?in|log ?out|subscribe|subscription|newsletter|comments?|advertisement|sponsored|advertis\w*|photo by|photograph:|media caption|getty images|ap photo|shutterstock|/afp|reuters/|afp/|image (?:copyright|caption|source)|cookies?|privacy|terms of|continue reading|read more|skip to|follow us|reporter|correspondent|editor|contributor|posted|updated|published|loading|click|download|menu|search|view (?:pdf|gallery|comments)|bookmark|print|save|thank you|register|account|homepage|today’s paper|today's paper|start a wiki|video|watch|playing|captions?)\b|\[|^\d[\d,.]*\s*(?:views?|comments?|shares?)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex Furniture();

    // Every line of a page is checked, so this is a vectorised multi-string search rather than a regex. The
    // phrases are ASCII so the search keeps its fast path; the copyright sign is looked for on its own.
    private static readonly SearchValues<string> BoilerplatePhrases = SearchValues.Create(
        [
            "cookie", "privacy policy", "privacy terms", "privacy statement", "terms of use", "terms of service",
            "all rights reserved", "data provided by", "market indices are shown", "javascript", "your browser",
            "adblock", "ad blocker", "subscribe now", "subscribe today", "sign up for our newsletter", "sign up for the newsletter",
        ],
        StringComparison.OrdinalIgnoreCase);

    // Every alternative holds a \d: lines without a digit never reach it.
    [GeneratedRegex(
        @"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\b|\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\b\.?|ET\b|EST\b|EDT\b|PT\b|PST\b|PDT\b|UTC\b|GMT\b|BST\b|CET\b)|\b\d{1,2}:\d{2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d+\s*(?:h|hrs?|hours?|mins?|minutes?|days?)\s+ago\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex Timestamp();
}
