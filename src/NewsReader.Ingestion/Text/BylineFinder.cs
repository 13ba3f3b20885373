using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Text;

/// <summary>
/// Finds who wrote the article around the top of its body. Pages give the writer as a credit ("By Jane Doe",
/// "by: Jane Doe", "By" over "Jane Doe", "By Jane Doe, a deputy editor and …"), or as a bare name with the time of
/// the story or the writer's job right after it ("Jane Doe - Apr 16, 2015 8:02 pm UTC", "Jane Doe" over "Games
/// Editor"); some set the credit under the lead photo, a few lines into the body. The lines the byline came from are
/// marked, so they are not read as the body.
/// </summary>
internal static class BylineFinder
{
    // Into the body, a credit is looked for over the first lines (under a lead photo and its caption), and only a line
    // that is nothing but the credit.
    internal const int BodyReach = 5;
    private const int MaxNameWords = 3;
    private const int MaxNameLength = 40;
    private const int MaxTimeWords = 10;
    private const int MaxJobLineWords = 6;
    private const int MaxCreditLength = 300;
    private const int MaxCopyDistance = 10;

    /// <summary>
    /// The byline, cleaned ("By " and the names), of the article whose headline is at <paramref name="headlineAt"/>
    /// (-1 when it has none) and whose body starts at <paramref name="bodyStart"/>; null when there is none.
    /// </summary>
    public static string? Find(List<DumpLine> lines, int headlineAt, int bodyStart)
    {
        var from = headlineAt < 0 ? bodyStart : headlineAt + 1;
        var top = Math.Min(bodyStart, lines.Count);

        // A credit above the body; then one between an earlier copy of the headline and the headline; then a bare name,
        // nearest the body first (a caption or a brand above it is farther); then a credit in another language or at the
        // end of the story's metadata line, which English names may look like ("Von Braun Center", "Door County
        // Advocate") and so come after the rest; then a credit line in the body's first lines.
        var found = Search(lines, from, top, p => ReadCredit(lines, p))
            ?? Search(lines, EarlierCopy(lines, headlineAt) + 1, Math.Max(0, headlineAt), p => ReadCredit(lines, p))
            ?? SearchUp(lines, from, top, p => ReadNamed(lines, p, bodyStart))
            ?? Search(lines, from, top, p => CreditAmongParts(lines[p], alone: true))
            ?? Search(lines, top, Math.Min(bodyStart + BodyReach, lines.Count), p => ReadCreditInBody(lines[p], opensBody: p == top));
        return found?.Byline;
    }

    // Some pages show the headline twice, the first over the standfirst and the byline, the second over the lead photo
    // ("'What is the sea telling us?' …", a caption, the standfirst, "by Eleanor Ainge Roy …", the headline again): where
    // the copy taken for the headline is the second, the byline is above it. Returns the earlier copy, or the headline.
    private static int EarlierCopy(List<DumpLine> lines, int headlineAt)
    {
        for (var p = headlineAt - 1; p >= Math.Max(0, headlineAt - MaxCopyDistance); p--)
        {
            if (lines[p].KeyEnds == lines[headlineAt].KeyEnds && lines[p].FoldedKey == lines[headlineAt].FoldedKey)
            {
                return p;
            }
        }

        return headlineAt;
    }

    // A credit line found; its byline is null when cleaning leaves no names ("By AP"), and the line is still no paragraph.
    private sealed record Credit(string? Byline);

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

    private static Credit? SearchUp(List<DumpLine> lines, int from, int end, Func<int, Credit?> read)
    {
        for (var p = end - 1; p >= from; p--)
        {
            if (lines[p].IsFree && read(p) is { } credit)
            {
                return credit;
            }
        }

        return null;
    }

    // Every line between the headline and the body is tried: the checks read the line's characters where they are and
    // make its string only for a line that opens with "By".
    private static Credit? ReadCredit(List<DumpLine> lines, int p)
    {
        var line = lines[p];
        if (!line.Span.StartsWith("By", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (DescribedCredit(line) is { } described)
        {
            return described;
        }

        var text = line.Text;
        if (Bylines.IsByline(text))
        {
            return Take(line, Bylines.Clean(text));
        }

        // "By" on a line of its own over the names, "by: Laurie Oakes".
        if (text.Length == 2 && p + 1 < lines.Count && lines[p + 1] is { IsFree: true } names && IsName(names)
            && Bylines.Clean("By " + names.Text) is { } byline)
        {
            Take(names, null);
            return Take(line, byline);
        }

        return text.StartsWith("By:", StringComparison.OrdinalIgnoreCase) && PersonNames.AreNames(text[3..], MaxNameWords)
            ? Take(line, Bylines.Clean("By " + text[3..]))
            : null;
    }

    // A credit last among the parts of the story's metadata line ("Le Monde | 04.05.2015 à 13h36 | Par Martin Untersinger
    // (avec Damien Leloup)", "Updated 2 hours ago | By Kari Nordmann"), or, when the credit may be the line
    // <paramref name="alone"/>, a credit in another language ("Par Élise Lucet", "Von Kari Nordmann"). The words after
    // the credit word, up to an aside in brackets, must be a person's name of two or three words: "Von Miller", "Par
    // exemple" and "Por qué …" are no credits.
    private static Credit? CreditAmongParts(DumpLine line, bool alone)
    {
        if (line.Length > MaxCreditLength)
        {
            return null;
        }

        var text = line.Span;
        var bar = text.LastIndexOf(" | ");
        var part = bar >= 0 ? text[(bar + 3)..] : alone ? text : [];
        var credit = Bylines.CreditWordLength(part);
        if (credit == 0 || part.Length <= credit + 1 || part[credit] != ' ')
        {
            return null;
        }

        var names = part[(credit + 1)..].ToString();
        var aside = names.IndexOf(" (", StringComparison.Ordinal);
        return IsPersonsName(aside > 0 ? names[..aside] : names) && Bylines.Clean("By " + names) is { } byline
            ? Take(line, byline)
            : null;
    }

    // Inside the body only a line that is nothing but a credit ("By Corey Kilgannon", not "By noon, police had …",
    // "By The Numbers" or "by Taboola" over an advertiser's links), or the story's metadata line ending with one. A
    // line opening with another language's by is a credit only where it opens the body: further in, it may be the
    // article's subheading ("Par Three Challenge").
    private static Credit? ReadCreditInBody(DumpLine line, bool opensBody) =>
        !line.Span.StartsWith("By", StringComparison.OrdinalIgnoreCase) ? CreditAmongParts(line, alone: opensBody)
        : DescribedCredit(line) ?? (!line.EndsLikeSentence && Bylines.IsByline(line.Text)
            && Bylines.Clean(line.Text) is { } byline && IsPersonsName(byline[3..])
                ? Take(line, byline)
                : null);

    // "By Alex Heath, a deputy editor and author of …": the names before the writer's description.
    private static Credit? DescribedCredit(DumpLine line)
    {
        var comma = line.Span.IndexOf(',');
        if (comma < 0 || line.Length > MaxCreditLength || !line.Span.StartsWith("By ", StringComparison.OrdinalIgnoreCase)
            || !StartsDescription(line.Span[(comma + 1)..]))
        {
            return null;
        }

        var text = line.Text;
        return IsPersonsName(text[3..comma]) ? Take(line, Bylines.Clean(text[..comma])) : null;
    }

    // A writer's name with the time of the story right after it, on its line or under it, or the writer's job under it.
    // Every line between the headline and the body is tried: the shape of the line and of the next one goes first.
    private static Credit? ReadNamed(List<DumpLine> lines, int p, int bodyStart)
    {
        var line = lines[p];
        if (IsNameShaped(line))
        {
            return p + 1 < bodyStart && lines[p + 1] is { IsFree: true } next && (IsJob(next) || IsTime(next))
                && NameOf(line.Text) is var names && names.Length <= MaxNameLength && IsPersonsName(names)
                && Bylines.Clean("By " + names) is { } byline
                ? Take(line, byline)
                : null;
        }

        // A time needs a digit ("8h", "1 day ago", "Apr 16, 2015"), and a name a capital (or the image placeholder before it).
        return line.MayHoldDigit && (char.IsUpper(line.First) || line.First == '[') && NameBeforeTime(line.Text) is { } name
            && Bylines.Clean("By " + name) is { } named
                ? Take(line, named)
                : null;
    }

    private static Credit Take(DumpLine line, string? byline)
    {
        line.Role = LineRole.Byline;
        return new Credit(byline);
    }

    private static bool IsName(DumpLine line) => IsNameShaped(line) && line.Length <= MaxNameLength && IsPersonsName(line.Text);

    // Room for the name twice (NameOf); the names themselves are held to MaxNameWords and MaxNameLength.
    private static bool IsNameShaped(DumpLine line) =>
        line.Words is >= 2 and <= 2 * MaxNameWords && line.Length <= (2 * MaxNameLength) + 1 && char.IsUpper(line.First)
        && HoldsNoDigit(line);

    // A name's letters may be outside ASCII ("César Salza", "Aleš Vávra"), which is also where other scripts' digits are:
    // such a line is read for digits, an ASCII one is settled by its marks.
    private static bool HoldsNoDigit(DumpLine line) => !line.MayHoldDigit || !Digits.MayContain(line.Span);

    // "Aleš Vávra Aleš Vávra": a text browser runs the text of the writer's picture into the name beside it. "Von Kari
    // Nordmann", "Par Élise Lucet": another language's "by" is no part of the name.
    private static string NameOf(string text)
    {
        var half = text.Length / 2;
        var name = text.Length % 2 == 1 && text[half] == ' ' && text.AsSpan(0, half).SequenceEqual(text.AsSpan(half + 1))
            ? text[..half]
            : text;
        return Bylines.CreditWordLength(name) is > 0 and var credit && name.Length > credit && name[credit] == ' '
            ? name[(credit + 1)..]
            : name;
    }

    // Two or three capitalised words that are not a section, a brand or a place ("World News", "The Verge", "New York").
    private static bool IsPersonsName(string text) =>
        WordCount.Of(text) >= 2 && PersonNames.AreNames(text, MaxNameWords) && !HoldsLabelWord(text);

    // A short line holding the time ("Friday 25 December 2015", "Associated PressDecember 2, 2016", "před 2 hodinami").
    private static bool IsTime(DumpLine line) =>
        line.Words <= MaxTimeWords && line.MayHoldDigit && (PageFurniture.HasTimestamp(line.Span) || RelativeAges.IsRelativeAge(line.Span));

    // "Games Editor", "Seattle Times business reporter": a short line that ends with the writer's job.
    private static bool IsJob(DumpLine line) =>
        line.Words <= MaxJobLineWords && !line.EndsLikeSentence && JobWords.Contains(line.Span[(line.Span.LastIndexOf(' ') + 1)..])
        && !line.Span.Contains(" to the ", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JobWords =
        new HashSet<string>(AuthorNotes.JobWords, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // "Dan Goodin - Apr 16, 2015 8:02 pm UTC", "Alex Perry 1 day ago", "[image] James Akinaka • 8h": the names are the
    // first words, and the time follows them straight after a separator.
    private static string? NameBeforeTime(string text)
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
            if (words > 0 && end - start <= MaxNameLength && StartsWithTime(rest) && WordCount.Of(rest) <= MaxTimeWords
                && (PageFurniture.HasTimestamp(rest) || IsShortAge(rest)) && text[start..end] is var name && IsPersonsName(name))
            {
                return name;
            }
        }

        return null;
    }

    // A time opens with a digit or a month's or a weekday's name ("16 November", "Apr 16", "Friday 25 December").
    private static bool StartsWithTime(ReadOnlySpan<char> text) =>
        (text.Length > 0 && char.IsAsciiDigit(text[0])) || (text.Length > 2 && TimeOpenings.Contains(text[..3]));

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeOpenings = new HashSet<string>(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // "8h", "20m", "3d": how long ago the story went up, as a feed shows it.
    private static bool IsShortAge(ReadOnlySpan<char> text)
    {
        var digits = text.IndexOfAnyExceptInRange('0', '9');
        return digits is > 0 and <= 3 && text.Length == digits + 1 && text[^1] is 'h' or 'm' or 'd';
    }

    // A description after the names: "By Alex Heath, a deputy editor …".
    private static bool StartsDescription(ReadOnlySpan<char> rest) =>
        rest.StartsWith(" a ", StringComparison.Ordinal) || rest.StartsWith(" an ", StringComparison.Ordinal)
        || rest.StartsWith(" the ", StringComparison.Ordinal);

    // Capitalised words that a section label, a brand or a place shares with a name's shape.
    private static bool HoldsLabelWord(string text)
    {
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (LabelWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> LabelWords = new(
        [
            "News", "World", "Business", "Opinion", "Sport", "Sports", "Politics", "Tech", "Technology", "Science", "Health",
            "Home", "Latest", "Video", "Videos", "Live", "Top", "Stories", "Culture", "Travel", "Lifestyle", "Arts",
            "Entertainment", "Money", "Markets", "Weather", "Local", "Nation", "National", "International", "More", "Menu",
            "Search", "Share", "Follow", "Subscribe", "Sign", "Log", "Newsletter", "Newsletters", "Comments", "Today",
            "Edition", "Section", "Magazine", "Photos", "Gallery", "Podcast", "Podcasts", "Games", "Reviews",
            "The", "Images", "Press", "Finance", "Insider", "Times", "Post", "Daily", "Herald", "Journal", "Tribune",
            "Guardian", "Telegraph", "Verge", "Japan", "Yahoo", "Getty", "Reuters", "Associated", "New", "Los", "Las", "San",

            // The same in the corpus's other languages: German articles (French and Spanish ones also open surnames:
            // Le, La, El), sections, newspapers' words, and the words of places that open many names (São Paulo,
            // Ciudad de México, Sankt Gallen).
            "Die", "Der", "Das", "Monde", "Zeitung", "Nachrichten", "Noticias",
            "Notícias", "Zprávy", "Politik", "Política", "Politique", "Wirtschaft", "Economía", "Economia", "Économie",
            "Ekonomika", "Kultur", "Kultura", "Cultura", "Ausland", "Inland", "Mundo", "Deportes", "Esportes", "Domácí",
            "Zahraničí", "Société", "Hora", "Última", "Últimas", "Deutsche", "Česká", "Televize", "Rádio", "Radio",
            "São", "Santa", "Saint", "Sankt", "Ciudad", "Bahn", "Hauptbahnhof",
        ],
        StringComparer.OrdinalIgnoreCase);
}
