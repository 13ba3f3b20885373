using System.Text.RegularExpressions;

namespace NewsReader.Ingestion.Rules;

/// <summary>Recognises the headings of related-story lists (<c>Latest Stories</c>, <c>What to Read Next</c>).</summary>
internal static partial class RelatedHeadings
{
    /// <summary>True when the whole line is such a heading; <paramref name="heading"/> is the heading as written.</summary>
    public static bool TryMatch(ReadOnlySpan<char> line, out string heading)
    {
        heading = string.Empty;
        line = WithoutLenticularBrackets(line.Trim());
        if (line.Length is 0 or > 64 || !char.IsLetter(line[0]) || !OpensLikeHeading(line))
        {
            return false;
        }

        var written = line.TrimEnd(":»›> ");
        if (written.Length is 0 or > 60 || !(Heading().IsMatch(written) || OtherLanguageHeading().IsMatch(written)))
        {
            return false;
        }

        heading = written.ToString();
        return true;
    }

    /// <summary>
    /// True for the heading of a site's live feed of its stories (<c>Direct</c>): the same words badge a live article
    /// over its headline, so the heading is a list's only when the feed's entries follow it.
    /// </summary>
    public static bool IsLiveFeed(string heading) =>
        heading.Equals("Direct", StringComparison.OrdinalIgnoreCase) || heading.Equals("En direct", StringComparison.OrdinalIgnoreCase);

    // Japanese and Chinese pages set a heading in lenticular brackets ("【関連記事】"): the heading is what they hold.
    private static ReadOnlySpan<char> WithoutLenticularBrackets(ReadOnlySpan<char> line) =>
        line.Length > 2 && line[0] == '【' && line[^1] == '】' ? line[1..^1].Trim() : line;

    // Every free line of a page is tried. Each heading the patterns know opens with one of these (compared
    // ignoring case, which also lets through the rare letters the patterns fold onto ASCII), so other lines
    // never reach the patterns.
    internal static readonly string[] Openings =
    [
        "Latest", "Top Stories", "What to Read Next", "Read ", "Up Next", "Most ", "Popular", "Trending", "Related",
        "More ", "Recommended", "You M", "Editor", "Don", "Further Reading", "Also Read", "Around the Web",
        "From Around the Web", "Sponsored Stories", "Promoted Stories", "Featured Stories",
        "Artículos", "Noticias", "Relacionad", "Lo más", "Más ", "Te puede", "Leia", "Veja", "Notícias", "Mais ",
        "Sur le même", "À lire", "A lire", "Lire aussi", "Les plus", "Articles", "Direct", "En direct", "À voir",
        "A voir", "Mehr zum", "Das könnte", "Weitere", "Ähnliche", "Meistgelesen", "Související", "Další",
        "Nejčtenější", "Mohlo by", "Právě", "相关", "推荐", "延伸", "热门", "関連", "アクセスランキング",
        "雑誌アクセスランキング", "あわせて読みたい",
    ];

    // The openings by the capitals of their first two characters, lower-cased ("la", "to", "wh", ...): a line whose
    // first two characters have ASCII capitals is compared only with the openings that could match it, found in a
    // table indexed by those two characters. Setting the 0x20 bit turns an ASCII capital into its small letter, and
    // two characters equal but for case give the same entry.
    private static readonly string[][] OpeningGroups = [[], .. Openings.GroupBy(opening => OpeningPair(opening[0], opening[1])).Where(group => group.Key >= 0).Select(group => group.ToArray())];

    // A case-insensitive comparison matches characters whose capitals are equal; a line whose first two characters do
    // not both have ASCII capitals (a Chinese or Czech line, "À lire") can match only the openings whose first two do
    // not either. Every line of a Chinese page is such a line, and comparing each with every opening cost more than
    // the rest of the related-list search.
    private static readonly string[] WideOpenings = [.. Openings.Where(opening => OpeningPair(opening[0], opening[1]) < 0)];

    private static readonly byte[] GroupByPair = GroupTable();

    private static byte[] GroupTable()
    {
        var table = new byte[128 * 128];
        for (var group = 1; group < OpeningGroups.Length; group++)
        {
            table[OpeningPair(OpeningGroups[group][0][0], OpeningGroups[group][0][1])] = (byte)group;
        }

        return table;
    }

    // The table index of two characters by their capitals (the long s has an ASCII one, 'S'), or -1 when either
    // capital is not ASCII.
    private static int OpeningPair(char first, char second) => AsciiPair(Capital(first), Capital(second));

    private static char Capital(char c) => char.IsAscii(c) ? c : char.ToUpperInvariant(c);

    private static int AsciiPair(char first, char second) =>
        char.IsAscii(first) && char.IsAscii(second) ? ((first | 0x20) << 7) | (second | 0x20) : -1;

    private static bool OpensLikeHeading(ReadOnlySpan<char> line)
    {
        var candidates = Openings;
        if (line.Length >= 2)
        {
            var pair = OpeningPair(line[0], line[1]);
            candidates = pair >= 0 ? OpeningGroups[GroupByPair[pair]] : WideOpenings;
        }

        foreach (var opening in candidates)
        {
            if (line.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // A subject named after "More about" holds no bar: "More about badges | Request a badge" is a row of links.
    [GeneratedRegex(
        @"^(?:Latest(?: News| Stories| Headlines| Articles| Videos)?|Top Stories|What to Read Next|Read Next|Up Next|Most Popular(?: Stories| Articles| Now)?|Most (?:Read|Viewed|Shared|Emailed|Commented)(?: \p{L}+){0,2}|Popular(?: Now| Stories| Articles| on \p{L}+)?|Trending(?: Now| Stories)?|Related(?: Stories| Articles| Coverage| Content| Links| Topics| News| Posts| Reading)?|More (?:from|on|in|about) [^|]{1,40}|More Stories|More News|More Top Stories|Recommended(?: for You| Stories| Reading| Articles)?|You (?:May|Might) Also Like|Editors?'?’?s? Picks|Don'?’?t Miss|Further Reading|Also Read|Read More|Around the Web|From Around the Web|Sponsored Stories|Promoted Stories|Featured Stories)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    internal static partial Regex Heading();

    // The same lists on pages in the corpus's other languages (Spanish, Portuguese, French, German, Czech, Chinese,
    // Japanese), and a site's live feed of its other stories ("Direct", "En direct").
    [GeneratedRegex(
        @"^(?:Artículos Relacionados|Noticias Relacionadas|Relacionad[oa]s|Lo más (?:leído|visto)|Más (?:leídas|noticias|leído)|Te puede interesar|Leia também|Veja também|Notícias relacionadas|Mais (?:lidas|notícias)|Sur le même sujet|[ÀA] lire (?:aussi|également)|Lire aussi|Les plus lus|(?:En )?Direct|Articles (?:liés|similaires)|[ÀA] voir aussi|Mehr zum Thema(?: [^|]{1,40})?|Das könnte (?:Sie|dich) auch interessieren|Weitere (?:Artikel|Meldungen|Nachrichten)|Ähnliche Artikel|Meistgelesen|Související(?: články| zprávy)?|Další zprávy|Nejčtenější(?: zprávy)?|Mohlo by vás zajímat|Právě se děje|相关(?:新闻|阅读|文章|链接|推荐)|推荐阅读|延伸阅读|热门(?:新闻|文章|推荐)|関連(?:記事|ニュース|リンク)|(?:雑誌)?アクセスランキング(?: ?（[^）]{1,20}）)?|あわせて読みたい)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    internal static partial Regex OtherLanguageHeading();
}
