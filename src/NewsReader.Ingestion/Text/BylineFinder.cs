using System.Buffers;
using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Text;

/// <summary>
/// Finds who wrote the article among the lines between its headline and its body. Pages give the writer as a credit
/// ("By Jane Doe", "by: Jane Doe", "By" over "Jane Doe", "Par Jane Doe", "By Jane Doe, a deputy editor and …"), or
/// as a bare name that a timestamp or the writer's job follows ("Jane Doe - Apr 16, 2015 8:02 pm UTC", "Jane Doe"
/// over "Games Editor"). The lines the byline came from are marked, so they are not read as the body.
/// </summary>
internal static class BylineFinder
{
    // A credit a few lines into the body is still the article's own (under a lead photo and its caption); a bare
    // "By" and names a few more.
    private const int CreditReach = 3;
    private const int NamedCreditReach = 8;
    private const int MaxNameWords = 4;
    private const int MaxNameLength = 40;
    private const int MaxAnchorWords = 12;
    private const int MaxRoleWords = 8;

    /// <summary>The byline, cleaned ("By " and the names), or as written for a credit in another language; null when none.</summary>
    public static string? Find(List<DumpLine> lines, int from, int bodyStart)
    {
        var found = Search(lines, from, Math.Min(bodyStart + CreditReach, lines.Count), p => ReadCredit(lines, p))
            ?? Search(lines, from, Math.Min(bodyStart, lines.Count), p => ReadNamed(lines, p, bodyStart))
            ?? Search(lines, bodyStart + CreditReach, Math.Min(bodyStart + NamedCreditReach, lines.Count), p => ReadBareCredit(lines[p]));
        return found?.Byline;
    }

    private static Credit? Search(List<DumpLine> lines, int from, int end, Func<int, Credit?> read)
    {
        for (var p = from; p < end; p++)
        {
            if (lines[p].IsFree && read(p) is { } credit)
            {
                return credit;
            }
        }

        return null;
    }

    // A credit line found; its byline is null when cleaning leaves nothing ("By AP"), and the line is still no paragraph.
    private sealed record Credit(string? Byline);

    // Further into the body only a line that is nothing but "By" and a person's names: "by Taboola" over an advertiser's
    // links is not the article's writer.
    private static Credit? ReadBareCredit(DumpLine line) =>
        Bylines.IsByline(line.Text) && !line.EndsLikeSentence && line.Words >= 3 && PersonNames.AreNames(line.Text[2..], MaxNameWords)
            ? Take(line, Bylines.Clean(line.Text))
            : null;

    private static Credit? ReadCredit(List<DumpLine> lines, int p)
    {
        var line = lines[p];
        var text = line.Text;

        // "By Alex Heath, a deputy editor and author of …": the names before the writer's description.
        var comma = text.IndexOf(',');
        if (comma > 0 && text.StartsWith("By ", StringComparison.OrdinalIgnoreCase) && StartsDescription(text.AsSpan(comma + 1))
            && PersonNames.AreNames(text[3..comma], MaxNameWords))
        {
            return Take(line, Bylines.Clean(text[..comma]));
        }

        if (Bylines.IsByline(text))
        {
            return Take(line, Bylines.Clean(text));
        }

        // "By" on a line of its own over the names, "by: Laurie Oakes".
        if (text.Equals("By", StringComparison.OrdinalIgnoreCase) && p + 1 < lines.Count && lines[p + 1] is { IsFree: true } names
            && IsName(names))
        {
            Take(names, null);
            return Take(line, Bylines.Clean("By " + names.Text));
        }

        if (text.StartsWith("By:", StringComparison.OrdinalIgnoreCase) && PersonNames.AreNames(text[3..], MaxNameWords))
        {
            return Take(line, Bylines.Clean("By " + text[3..]));
        }

        // "Par Sébastien Farcis": a credit in another language keeps its own word.
        return !text.StartsWith("By", StringComparison.OrdinalIgnoreCase) && Bylines.IsShortCredit(text)
            && PersonNames.AreNames(text[(text.IndexOf(' ') + 1)..], MaxNameWords)
            ? Take(line, text)
            : null;
    }

    // A writer's name with the time of the story beside it or under it, or the writer's job under it.
    private static Credit? ReadNamed(List<DumpLine> lines, int p, int bodyStart)
    {
        var line = lines[p];
        if (IsName(line))
        {
            var next = p + 1 < bodyStart ? lines[p + 1] : null;
            return next is not null && (IsTimestamp(next) || IsRole(next)) ? Take(line, Bylines.Clean("By " + line.Text)) : null;
        }

        return NameBeforeTimestamp(line.Text) is { } name ? Take(line, Bylines.Clean("By " + name)) : null;
    }

    private static Credit Take(DumpLine line, string? byline)
    {
        line.Role = LineRole.Byline;
        return new Credit(byline);
    }

    private static bool IsName(DumpLine line) =>
        line.Words is >= 2 and <= MaxNameWords && line.Length <= MaxNameLength && !line.MayHoldDigit
        && PersonNames.AreNames(line.Text, MaxNameWords) && !HoldsSectionWord(line.Text);

    private static bool IsTimestamp(DumpLine line) =>
        line.Words <= MaxAnchorWords && line.MayHoldDigit && PageFurniture.HasTimestamp(line.Span);

    // "Games Editor", "Seattle Times business reporter", "BuzzFeed News Reporter".
    private static bool IsRole(DumpLine line) =>
        line.Words <= MaxRoleWords && !line.EndsLikeSentence && line.Span.ContainsAny(RoleWords);

    // "Dan Goodin - Apr 16, 2015 8:02 pm UTC", "Alex Perry 1 day ago", "[image] James Akinaka • 8h": the names are the
    // first words, up to a separator or the time.
    private static string? NameBeforeTimestamp(string text)
    {
        var start = text.StartsWith('[') && text.IndexOf("] ", StringComparison.Ordinal) is var close and > 0 ? close + 2 : 0;
        var end = start;
        for (var words = 0; words < MaxNameWords; words++)
        {
            end = text.IndexOf(' ', end + 1);
            if (end < 0)
            {
                return null;
            }

            var rest = text.AsSpan(end).TrimStart(" -–—•|·");
            var name = text[start..end];
            if (words > 0 && (PageFurniture.HasTimestamp(rest) || IsShortAge(rest)) && name.Length <= MaxNameLength
                && PersonNames.AreNames(name, MaxNameWords) && !HoldsSectionWord(name))
            {
                return name;
            }
        }

        return null;
    }

    // "8h", "20m": how long ago the story went up, as a feed shows it.
    private static bool IsShortAge(ReadOnlySpan<char> text)
    {
        var digits = text.IndexOfAnyExceptInRange('0', '9');
        return digits is > 0 and <= 3 && text.Length == digits + 1 && text[^1] is 'h' or 'm' or 'd';
    }

    // A description after the names: "By Alex Heath, a deputy editor …".
    private static bool StartsDescription(ReadOnlySpan<char> rest) =>
        rest.StartsWith(" a ", StringComparison.Ordinal) || rest.StartsWith(" an ", StringComparison.Ordinal)
        || rest.StartsWith(" the ", StringComparison.Ordinal);

    // Capitalised words a section label or a menu shares with a name's shape ("World News", "Business Day").
    private static bool HoldsSectionWord(string text)
    {
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (SectionWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> SectionWords = new(
        [
            "News", "World", "Business", "Opinion", "Sport", "Sports", "Politics", "Tech", "Technology", "Science", "Health",
            "Home", "Latest", "Video", "Videos", "Live", "Top", "Stories", "Culture", "Travel", "Life", "Lifestyle", "Style",
            "Arts", "Entertainment", "Money", "Markets", "Weather", "Local", "Nation", "National", "International", "More",
            "Menu", "Search", "Share", "Follow", "Subscribe", "Sign", "Log", "Newsletter", "Newsletters", "Comments", "Day",
            "Today", "Edition", "Section", "Magazine", "Photos", "Gallery", "Podcast", "Podcasts", "Games", "Reviews",
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly SearchValues<string> RoleWords = SearchValues.Create(
        ["reporter", "editor", "correspondent", "writer", "contributor", "columnist", "producer", "critic"],
        StringComparison.OrdinalIgnoreCase);
}
