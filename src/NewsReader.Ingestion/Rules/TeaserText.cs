using System.Buffers;
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
    private const int MaxButtonWords = 4;
    private const int MaxCreditWords = 5;
    private const int MaxLinkWords = 3;
    private const int MenuItemWords = 2;

    /// <summary>The teaser cleaned, or null when the entry is no story.</summary>
    public static Teaser? Clean(string title, string? summary)
    {
        var text = summary is null ? null : Cleaned(summary) is { Length: > 0 } cleaned && !IsSitePrompt(cleaned) ? cleaned : null;

        // An advertiser's teaser may say so under its title (the "AdChoices" badge): no story however titled.
        if (text is not null && text.Contains("AdChoices", StringComparison.Ordinal))
        {
            return null;
        }

        if (Title(title) is { } named)
        {
            return new Teaser(named, text == named ? null : text);
        }

        // A live feed's entry is titled by its time, a gallery's by its rank or its image's name: the text under it is
        // the story. An entry left out for what it is (a button, an advertiser) stays out, whatever is under it.
        return text is not null && IsStandIn(Cleaned(title)) && Title(text) is { } promoted ? new Teaser(promoted, null) : null;
    }

    /// <summary>
    /// True when a list's entries are mostly a word or two ("Environment", "Climate change", "Contact us"): the site's
    /// menu set under a list heading, not stories. A list of headlines may hold a short one ("Biden wins"). So is a list
    /// with the site's copyright notice in it ("©2005-2015 WebMD, LLC. All rights reserved."): the site's footer. (A
    /// headline may be about privacy, cookies or terms of service: the sign alone is asked for.)
    /// </summary>
    public static bool IsMenu(IReadOnlyList<Teaser> stories)
    {
        var menuItems = 0;
        foreach (var story in stories)
        {
            if (story.Title.Contains(PageFurniture.CopyrightSign) || (story.Summary?.Contains(PageFurniture.CopyrightSign) ?? false))
            {
                return true;
            }

            menuItems += WordCount.UpTo(story.Title, MenuItemWords) <= MenuItemWords && !IsSpacelessScript(story.Title) ? 1 : 0;
        }

        return stories.Count > 0 && menuItems * 2 >= stories.Count;
    }

    /// <summary>
    /// The stories without the ranks a "Most read" list numbers them by, run into their titles ("1 Jeep hack prompts
    /// recall", "2 Four-legged snake fossil discovered", …): the same list when its titles are not numbered 1, 2, 3 in
    /// order from the first (a title may open with a number: "10 things to know").
    /// </summary>
    public static List<Teaser> WithoutRanks(List<Teaser> stories)
    {
        if (stories.Count < MinRankedStories)
        {
            return stories;
        }

        Span<char> rank = stackalloc char[12];
        for (var i = 0; i < stories.Count; i++)
        {
            var title = stories[i].Title;
            (i + 1).TryFormat(rank, out var length, provider: System.Globalization.CultureInfo.InvariantCulture);
            if (title.Length <= length + 1 || title[length] != ' ' || !title.AsSpan().StartsWith(rank[..length]))
            {
                return stories;
            }
        }

        return stories.ConvertAll(story => story with { Title = story.Title[(story.Title.IndexOf(' ') + 1)..] });
    }

    private const int MinRankedStories = 3;

    /// <summary>True for a list entry's rank standing where its title would ("• 1" over the title).</summary>
    public static bool IsRank(ReadOnlySpan<char> text) => text.Length is > 0 and <= 3 && !text.ContainsAnyExceptInRange('0', '9');

    private static string? Title(string raw)
    {
        var text = Cleaned(raw);
        if (text.AsSpan().ContainsAnyInRange('0', '9') && text.Contains("comment", StringComparison.OrdinalIgnoreCase))
        {
            text = CommentCount().Replace(text, string.Empty).TrimEnd();
        }

        // "… Verizon’s to Solve JULY 26, 2016": the date the list sets after the title. A headline writes a month
        // in its own case ("What happened on July 4, 1776").
        if (text.Length > 0 && char.IsAsciiDigit(text[^1]) && TrailingListDate().Match(text) is { Success: true } date)
        {
            text = text[..date.Index];
        }

        return text.Length == 0 || IsNoStory(text) ? null : text;
    }

    // "We’re interested in your feedback on this page. Tell us what you think.": the site asking, under the list's last
    // entry, not the entry's summary.
    // Asked of every summary: the prompts' own case is looked for, a search that ignores case costs several times more.
    private static bool IsSitePrompt(string summary) =>
        summary.Contains("your feedback", StringComparison.Ordinal) || summary.Contains("Tell us what you think", StringComparison.Ordinal);

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
            text = ImagePlaceholder().Replace(ParagraphText.WithoutInsertionMarks(text), string.Empty);
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
        return ReferenceEquals(text, raw) ? text : Whitespace.Collapse(text);
    }

    // Scripts written without spaces (Chinese, Japanese, Korean) put a whole title in a word or two.
    private static bool IsSpacelessScript(string text) => text.AsSpan().ContainsAnyInRange('\u3000', '\uD7AF');

    // An entry's time, rank, images or play button standing where its title would.
    private static bool IsStandIn(string title) =>
        title.Length == 0 || IsRank(title) || MediaChrome.IsImageOnly(title) || IsTime(title) || title.Equals("Play Video", StringComparison.OrdinalIgnoreCase);

    private static bool IsTime(string text) =>
        IsClockTime(text) || RelativeAges.IsRelativeAge(text) || (WordCount.UpTo(text, MaxButtonWords) <= MaxButtonWords && PageFurniture.HasTimestamp(text));

    // "14:10": a live feed's entry.
    private static bool IsClockTime(string text) =>
        text.Length is 4 or 5 && text[^3] == ':' && !text.AsSpan().ContainsAnyExcept(ClockCharacters);

    private static readonly SearchValues<char> ClockCharacters = SearchValues.Create("0123456789:");

    // A headline may be short and may hold any word ("Watch: Biden speaks", "Privacy bill passes"): an entry is left
    // out for what it is as a whole, a button, an advertiser's or syndicator's credit, a row of links, a list heading or
    // a time; a list of the site's sections is told by its entries together (IsMenu).
    private static bool IsNoStory(string text)
    {
        if (IsAdvertised(text) || IsRowOfLinks(text) || IsStandIn(text))
        {
            return true;
        }

        return WordCount.UpTo(text, MaxButtonWords) <= MaxButtonWords && (IsButton(text) || RelatedHeadings.TryMatch(text, out _));
    }

    private static bool IsButton(string text)
    {
        // "View More Trending Stories »": a short link pointing on with an arrow; "Find us on:", a label over links.
        if (Buttons.Contains(text) || PageFurniture.EndsWithArrow(text) || text[^1] == ':')
        {
            return true;
        }

        foreach (var opening in ButtonOpenings)
        {
            if (text.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "Share on FacebookShare", "Sign In | Register", "My Profile Log Out", "Sponsored Links Sponsored Links".
    private static readonly string[] ButtonOpenings =
        ["Share on ", "Sign in", "Sign up", "Log in", "Log out", "My Profile", "Sponsored Links", "Promoted Links"];

    // An advertiser's credit ("Powered by ZergNet", "AdChoices", "…CrazySponsored by TrackR Bravo"), a syndicator's
    // ("Newsflare on MSN") or a writer's page ("More by CC7567") rather than a story: a short credit by itself, or a
    // sponsor run into the end of a title. "Bill sponsored by Sen. Warren passes" is a headline.
    private static bool IsAdvertised(string text)
    {
        if (text.Contains("AdChoices", StringComparison.Ordinal) || IsGluedSponsor(text))
        {
            return true;
        }

        if (WordCount.UpTo(text, MaxCreditWords) > MaxCreditWords)
        {
            return false;
        }

        if (text.EndsWith(" on MSN", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var opening in AdvertisingOpenings)
        {
            if (text.StartsWith(opening, StringComparison.OrdinalIgnoreCase) && text.Length > opening.Length && text[opening.Length] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] AdvertisingOpenings = ["Powered by", "Presented by", "Sponsored by", "Brought to you by", "More by", "Promoted by"];

    // "Best Tracking Device Ever is Selling Like CrazySponsored by TrackR Bravo": the sponsor's credit run into the title.
    private static bool IsGluedSponsor(string text)
    {
        var at = text.IndexOf("Sponsored by ", StringComparison.Ordinal);
        return at > 0 && char.IsLetter(text[at - 1]);
    }

    // "About | Advertising | Contact | Corrections", "RA Basics|Severe Psoriasis|ED Causes": a footer's links, three
    // or more of a few words each ("Opinion | Why the Fed got it wrong | The Post" is a headline with its section).
    private static bool IsRowOfLinks(string text)
    {
        if (text.AsSpan().Count('|') < 2)
        {
            return false;
        }

        foreach (var range in text.AsSpan().Split('|'))
        {
            if (WordCount.UpTo(text.AsSpan()[range], MaxLinkWords) > MaxLinkWords)
            {
                return false;
            }
        }

        return true;
    }

    // A site's buttons and sub-headings set among the teasers ("More like this" under each of Yahoo's).
    private static readonly HashSet<string> Buttons = new(StringComparer.OrdinalIgnoreCase)
    {
        "More like this", "Fewer like this", "Get a badge", "More Related Stories", "You may like", "From the homepage",
        "Show more", "Load more", "See more", "View more", "See all", "View all", "Save", "Share", "Tweet", "Email", "Print",
        "Comments",
    };

    // "<span class=firstTabBranding>Sponsored by </span>TrackR Bravo": a page's markup shown as text.
    [GeneratedRegex(@"</?[a-zA-Z][^<>]{0,200}>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex Tag();

    // An image a text browser could not show, by its file name ("[logo-fando]", "[CDwsg63WgA]"); not "[UPDATED]".
    [GeneratedRegex(@"\[(?![A-Z]+\])[A-Za-z0-9_-]+\]\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex ImagePlaceholder();

    [GeneratedRegex(@"\s+(?:JAN|FEB|MARCH|APRIL|MAY|JUNE|JULY|AUG|SEPT|OCT|NOV|DEC)\.? \d{1,2}, \d{4}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex TrailingListDate();

    // "…in Last Hours5,984 comments - 13 hours ago": the count of readers' comments glued to the title.
    [GeneratedRegex(@"\s*\d[\d,.]*\s*comments?(?:\s*[-–—·|]\s*.{0,40})?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex CommentCount();
}
