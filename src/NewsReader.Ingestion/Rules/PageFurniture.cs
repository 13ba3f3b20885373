using System.Buffers;
using System.Text.RegularExpressions;

namespace NewsReader.Ingestion.Rules;

/// <summary>Recognises the short lines pages put around an article: share buttons, sign-ups, captions, timestamps.</summary>
internal static partial class PageFurniture
{
    /// <summary>True for a line that is page chrome rather than article text.</summary>
    public static bool IsFurniture(ReadOnlySpan<char> line) =>
        line.Length <= 200 && MayBeFurniture(line) && Furniture().IsMatch(line);

    /// <summary>True for text ending with an arrow that points on (<c>Read more »</c>, <c>View this image ›</c>): a link, when short.</summary>
    public static bool EndsWithArrow(ReadOnlySpan<char> text) => text.Length > 0 && text[^1] is '›' or '»' or '→';

    /// <summary>True for long notices that read like prose but are not the article (cookies, data disclaimers, copyright).</summary>
    public static bool IsBoilerplateProse(ReadOnlySpan<char> line)
    {
        // The shortest phrase is six characters long: a shorter line (most of a page's menus) skips the search.
        var head = line[..Math.Min(line.Length, 600)];
        return head.Contains(CopyrightSign) || (head.Length >= MinBoilerplatePhrase && head.ContainsAny(BoilerplatePhrases));
    }

    /// <summary>The copyright sign: a line that holds it is a notice (<see cref="IsBoilerplateProse"/>).</summary>
    public const char CopyrightSign = '©';

    /// <summary>
    /// Where the text may hold one of <see cref="IsBoilerplateProse"/>'s phrases, or -1 when it holds none: the first
    /// of fragments that each phrase contains. Searched over a whole page, so the fragments avoid the common openings
    /// of the phrases ("all", "ter", "you", "new"), which a page's prose is full of and each of which the search would
    /// stop to compare.
    /// </summary>
    public static int IndexOfBoilerplateFragment(ReadOnlySpan<char> text) => text.IndexOfAny(BoilerplateFragments);

    private static readonly SearchValues<string> BoilerplateFragments = SearchValues.Create(
        [
            "cookie", "privacy", "rms of", "hts reserved", "vided by", "ndices are", "javascript", "browser", "dblock",
            "blocker", "bscribe", "sletter", "poder coment", "siva resp",
        ],
        StringComparison.OrdinalIgnoreCase);

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

    private const int MaxClockDateLength = 120;
    private const int MinBoilerplatePhrase = 6;

    /// <summary>
    /// True for a line that carries a timestamp or date: written out (<c>Dec. 6, 2024, 10:00 PM</c>,
    /// <c>24 July 2015</c>) or, in any language, a clock time beside a year or a numeric day and month
    /// (<c>08.04.2015 12:46</c>, <c>21.dez.2018 às 12h55</c>, <c>3/9(木) 18:45配信</c>).
    /// </summary>
    public static bool HasTimestamp(ReadOnlySpan<char> line) => HasWrittenTimestamp(line) || HasClockDate(line);

    /// <summary>The English timestamp pattern alone, behind its digit shortcut.</summary>
    public static bool HasWrittenTimestamp(ReadOnlySpan<char> line) => line.Length <= 300 && Digits.MayContain(line) && Timestamp().IsMatch(line);

    // Recognised by their numbers rather than their month names, so they hold in any language. A clock time
    // needs at least "1:00"; a line without a digit (most of a page) skips the scan for separators.
    internal static bool HasClockDate(ReadOnlySpan<char> text) =>
        text.Length is >= 4 and <= MaxClockDateLength
        && text.ContainsAnyInRange('0', '9')
        && HasClockTime(text)
        && (HasYear(text) || HasNumericDayAndMonth(text));

    // 12:46 or 12h55; not a score such as 3:2, whose second number has one digit.
    private static bool HasClockTime(ReadOnlySpan<char> text)
    {
        for (var i = NextSeparator(text, 1); i > 0 && i + 2 < text.Length; i = NextSeparator(text, i + 1))
        {
            if (!char.IsAsciiDigit(text[i - 1]) || !char.IsAsciiDigit(text[i + 1]) || !char.IsAsciiDigit(text[i + 2]))
            {
                continue;
            }

            var hourStart = i - 1 > 0 && char.IsAsciiDigit(text[i - 2]) ? i - 2 : i - 1;
            var hour = i - hourStart == 2 ? ((text[hourStart] - '0') * 10) + (text[hourStart + 1] - '0') : text[hourStart] - '0';
            var minute = ((text[i + 1] - '0') * 10) + (text[i + 2] - '0');
            var endsClean = i + 3 >= text.Length || !char.IsAsciiDigit(text[i + 3]);
            var startsClean = hourStart == 0 || !char.IsAsciiDigit(text[hourStart - 1]);
            if (hour <= 23 && minute <= 59 && endsClean && startsClean)
            {
                return true;
            }
        }

        return false;
    }

    private static int NextSeparator(ReadOnlySpan<char> text, int from)
    {
        var at = text[from..].IndexOfAny(':', 'h');
        return at < 0 ? -1 : from + at;
    }

    private static bool HasYear(ReadOnlySpan<char> text)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if ((text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0'))
            {
                var clean = (i == 0 || !char.IsAsciiDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4]));
                if (clean && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // 3/9 or 08.04.: a day and month written with a dot end with one ("08.04." or "08.04.2015"), which sets them
    // apart from a decimal ("2.5% by 10:30").
    private static bool HasNumericDayAndMonth(ReadOnlySpan<char> text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i - 1]) || !char.IsAsciiDigit(text[i + 1]))
            {
                continue;
            }

            if (text[i] == '/')
            {
                return true;
            }

            if (text[i] == '.')
            {
                var monthEnd = i + 2 < text.Length && char.IsAsciiDigit(text[i + 2]) ? i + 3 : i + 2;
                if (monthEnd < text.Length && text[monthEnd] == '.')
                {
                    return true;
                }
            }
        }

        return false;
    }

    [GeneratedRegex(
        @"\b(?:share|shares|shared|tweet|e-?mail|sign ?up|sign ?in|log ?in|log ?out|subscribe|subscription|newsletter|comments?|advertisement|sponsored|advertis\w*|photo by|photograph:|media caption|getty images|ap photo|shutterstock|/afp|reuters/|afp/|image (?:copyright|caption|source)|cookies?|privacy|terms of|continue reading|read more|skip to|follow us|reporter|correspondent|editor|contributor|posted|updated|published|loading|click|download|menu|search|view (?:pdf|gallery|comments)|bookmark|print|save|thank you|register|account|homepage|today’s paper|today's paper|start a wiki|video|watch|playing|captions?)\b|\[|^\d[\d,.]*\s*(?:views?|comments?|shares?)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex Furniture();

    // Every line of a page is checked, so this is a vectorised multi-string search rather than a regex. The
    // phrases are ASCII so the search keeps its fast path; the copyright sign is looked for on its own.
    internal static readonly string[] BoilerplatePhraseList =
        [
            "cookie", "privacy policy", "privacy terms", "privacy statement", "terms of use", "terms of service",
            "all rights reserved", "data provided by", "market indices are shown", "javascript", "your browser",
            "adblock", "ad blocker", "subscribe now", "subscribe today", "sign up for our newsletter", "sign up for the newsletter",
            "los comentarios publicados son de exclusiva responsabilidad", "para poder comentar tenés que ingresar",
        ];

    // Created after the list it is made of: static fields are set in the order they are written.
    private static readonly SearchValues<string> BoilerplatePhrases = SearchValues.Create(BoilerplatePhraseList, StringComparison.OrdinalIgnoreCase);

    // Every alternative holds a \d: lines without a digit never reach it.
    [GeneratedRegex(
        @"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\b|\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\b\.?|ET\b|EST\b|EDT\b|PT\b|PST\b|PDT\b|UTC\b|GMT\b|BST\b|CET\b)|\b\d{1,2}:\d{2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d+\s*(?:h|hrs?|hours?|mins?|minutes?|days?)\s+ago\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex Timestamp();
}
