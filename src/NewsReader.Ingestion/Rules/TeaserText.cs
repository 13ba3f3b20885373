using System.Net;
using System.Text.RegularExpressions;

namespace NewsReader.Ingestion.Rules;

/// <summary>
/// A teaser in a list of other stories as a reader should see it: without the markup, entities, stand-ins for images
/// and comment counts a page leaves in its title and summary. Says too when an entry of such a list is no story at all
/// (a button, an advertiser's credit, a section of the site, a time), since every teaser becomes a link to its story.
/// </summary>
internal static partial class TeaserText
{
    // "Environment", "Contact us": a section or a page of the site. Scripts written without spaces put a whole title in
    // a word or two.
    private const int MinTitleWords = 3;
    private const int MaxButtonWords = 4;

    /// <summary>The teaser cleaned, or null when the entry is no story.</summary>
    public static Teaser? Clean(string title, string? summary)
    {
        var text = summary is null ? null : Cleaned(summary) is { Length: > 0 } cleaned ? cleaned : null;
        // An advertiser's teaser may say so under its title (the "AdChoices" badge): no story however titled.
        if (text is not null && text.Contains("AdChoices", StringComparison.Ordinal))
        {
            return null;
        }

        // A live feed's entry is titled by its time, a gallery's by its image's name: the text under it is the story.
        return Title(title) is { } named ? new Teaser(named, text == named ? null : text)
            : text is not null && Title(text) is { } promoted ? new Teaser(promoted, null)
            : null;
    }

    /// <summary>
    /// True for what a text browser shows for images it could not show and nothing else: their names in brackets
    /// (<c>[144x144]</c>, <c>[339633] [339633]</c>).
    /// </summary>
    public static bool IsImageOnly(ReadOnlySpan<char> text)
    {
        var images = 0;
        foreach (var range in text.Split(' '))
        {
            var token = text[range];
            if (token.Length < 3 || token[0] != '[' || token[^1] != ']' || token[1..^1].ContainsAny('[', ']'))
            {
                return false;
            }

            images++;
        }

        return images > 0;
    }

    /// <summary>True for a list entry's rank standing where its title would ("• 1" over the title).</summary>
    public static bool IsRank(ReadOnlySpan<char> text) => text.Length is > 0 and <= 3 && !text.ContainsAnyExceptInRange('0', '9');

    private static string? Title(string raw)
    {
        var text = Cleaned(raw);
        if (text.AsSpan().ContainsAnyInRange('0', '9') && text.Contains("comment", StringComparison.OrdinalIgnoreCase))
        {
            text = CommentCount().Replace(text, string.Empty).TrimEnd();
        }

        return text.Length == 0 || IsNoStory(text) ? null : text;
    }

    // Markup, a text browser's marks and stand-ins for images, icon glyphs and entities out, spaces collapsed.
    private static string Cleaned(string raw)
    {
        // Most titles and summaries hold no markup, mark, entity or icon glyph: two searches settle them.
        if (!raw.AsSpan().ContainsAny('<', '[', '&') && !raw.AsSpan().ContainsAnyInRange('\uE000', '\uF8FF'))
        {
            return raw;
        }

        var text = raw;
        if (text.Contains('<'))
        {
            text = Tag().Replace(text, string.Empty);
        }

        if (text.Contains('['))
        {
            text = ImagePlaceholder().Replace(InsertedText().Replace(text, "$1"), string.Empty);
        }

        // An icon font's glyph ("More like this" and a thumb) is no text.
        if (text.AsSpan().ContainsAnyInRange('\uE000', '\uF8FF'))
        {
            text = string.Concat(text.Where(c => c is < '\uE000' or > '\uF8FF'));
        }

        if (text.Contains('&'))
        {
            text = WebUtility.HtmlDecode(text);
        }

        // Lines and page text come with their spaces collapsed: only what was taken out leaves spaces to collapse.
        return ReferenceEquals(text, raw) ? text : SpaceRun().Replace(text, " ").Trim();
    }

    private static bool IsNoStory(string text)
    {
        if (IsAdvertised(text) || IsRowOfLinks(text) || RelatedHeadings.TryMatch(text, out _) || RelativeAges.IsRelativeAge(text))
        {
            return true;
        }

        if (WordCount.AtLeast(text, MaxButtonWords + 1))
        {
            return false;
        }

        return (WordCount.Of(text) < MinTitleWords && !text.AsSpan().ContainsAnyInRange('\u3000', '\uD7AF'))
            || Buttons.Contains(text) || PageFurniture.IsFurniture(text) || PageFurniture.HasTimestamp(text);
    }

    // An advertiser's credit ("Sponsored by TrackR", "Powered by ZergNet", "AdChoices"), a syndicator's ("Newsflare on
    // MSN") or a writer's page ("More by CC7567") rather than a story. Every teaser and many summaries are asked, so
    // this is spelled out rather than left to a pattern tried at every position of a long summary.
    private static bool IsAdvertised(string text)
    {
        if (text.Contains("AdChoices", StringComparison.Ordinal)
            || (text[^1] is 'N' or 'n' && text.EndsWith(" on MSN", StringComparison.OrdinalIgnoreCase))
            || ((text.Contains("ponsored", StringComparison.Ordinal) || text.Contains("PONSORED", StringComparison.Ordinal))
                && text.Contains("Sponsored by", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // Each opening starts with one of these: most titles are passed without comparing any.
        if (text[0] is not ('P' or 'p' or 'B' or 'b' or 'M' or 'm'))
        {
            return false;
        }

        foreach (var opening in AdvertisingOpenings)
        {
            if (text.StartsWith(opening, StringComparison.OrdinalIgnoreCase)
                && (text.Length == opening.Length || !char.IsLetterOrDigit(text[opening.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] AdvertisingOpenings = ["Powered by", "Presented by", "Brought to you by", "More by", "Promoted"];

    // "About | Advertising | Contact | Corrections", "RA Basics|Severe Psoriasis|ED Causes": a footer's links.
    private static bool IsRowOfLinks(string text) => text.AsSpan().Count('|') >= 2;

    // A site's buttons and sub-headings set among the teasers ("More like this" under each of Yahoo's).
    private static readonly HashSet<string> Buttons = new(StringComparer.OrdinalIgnoreCase)
    {
        "More like this", "Fewer like this", "Get a badge", "More Related Stories", "You may like", "From the homepage",
        "Show more", "Load more", "See more", "View more", "See all", "View all",
    };

    // Two or more: a single space matched and replaced by itself would copy the whole text for nothing.
    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex SpaceRun();

    // "<span class=firstTabBranding>Sponsored by </span>TrackR Bravo": a page's markup shown as text.
    [GeneratedRegex(@"</?[a-zA-Z][^<>]{0,200}>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex Tag();

    // A text browser marks inserted text ("[INS:Can:INS] [INS:an:INS]"): the words are the title.
    [GeneratedRegex(@"\[INS:(.*?):INS\]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex InsertedText();

    // An image a text browser could not show, by its file name ("[logo-fando]", "[CDwsg63WgA]"); not "[UPDATED]".
    [GeneratedRegex(@"\[(?![A-Z]+\])[A-Za-z0-9_-]+\]\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex ImagePlaceholder();

    // "…in Last Hours5,984 comments - 13 hours ago": the count of readers' comments glued to the title.
    [GeneratedRegex(@"\s*\d[\d,.]*\s*comments?(?:\s*[-–—·|]\s*.{0,40})?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex CommentCount();
}
