using System.Buffers;
using System.Text.RegularExpressions;

namespace NewsReader.Ingestion.Rules;

/// <summary>Recognises and cleans bylines.</summary>
internal static partial class Bylines
{
    /// <summary>True for a line such as <c>By Idrees Ali and Ben Blanchard</c>.</summary>
    public static bool IsByline(ReadOnlySpan<char> line) =>
        line.Length is > 3 and <= 160 && line[0] is 'B' or 'b' && line[1] is 'Y' or 'y'
        && char.IsLetter(FirstAfterSpaces(line, 2)) && WordCount.Of(line) <= 20;

    /// <summary>A short credit line in any of the corpus languages (<c>By</c>, <c>Por</c>, <c>Par</c>, <c>Von</c>).</summary>
    public static bool IsShortCredit(ReadOnlySpan<char> line) =>
        line.Length is > 3 and <= 80 && CreditWordLength(line) is > 0 and var length
        && char.GetUnicodeCategory(FirstAfterSpaces(line, length)) == System.Globalization.UnicodeCategory.UppercaseLetter
        && WordCount.Of(line) <= 8;

    // Every line of a page is checked for a credit, so these checks are spelled out rather than left to a
    // pattern (whose match timeout costs more than the check itself). They accept exactly what
    // "^By\s+(?=\p{L})" (after the B/Y test) and "^(?:By|Por|...)\s+\p{Lu}" accept: \s is char.IsWhiteSpace,
    // \p{L} is char.IsLetter and \p{Lu} the UppercaseLetter category, per UTF-16 unit as the pattern reads them.
    internal static int CreditWordLength(ReadOnlySpan<char> line) => line.IsEmpty ? 0 : line[0] switch
    {
        // Each credit word is looked for only among those opening with the line's first character.
        'B' => Length(line, "By"),
        'P' => Math.Max(Length(line, "Por"), Length(line, "Par")),
        'V' => Length(line, "Von"),
        'D' => Math.Max(Length(line, "Door"), Length(line, "Di")),
        'A' => Math.Max(Length(line, "Av"), Length(line, "Af")),
        _ => 0,
    };

    private static int Length(ReadOnlySpan<char> line, string word) => line.StartsWith(word, StringComparison.Ordinal) ? word.Length : 0;

    /// <summary>The character after one or more whitespace characters at <paramref name="start"/>; NUL when there is none.</summary>
    private static char FirstAfterSpaces(ReadOnlySpan<char> line, int start)
    {
        var i = start;
        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i > start && i < line.Length ? line[i] : '\0';
    }

    /// <summary>
    /// Cleans a byline of glued dates (<c>By JEFFREY GETTLEMAN JAN. 13, 2017</c>), times and agency names,
    /// keeping the leading <c>By</c>. Returns null when nothing but noise remains.
    /// </summary>
    public static string? Clean(string byline)
    {
        var text = Whitespace.Collapse(byline);

        // What a page sets after the names on their line (a date, how long ago, the writer's handle, then share
        // buttons) goes with everything after it. Each of those holds a digit or an at sign: most bylines hold
        // neither and skip the pattern.
        if (text.AsSpan().ContainsAny(DigitsAndAt) && GluedDate().Match(text) is { Success: true } date)
        {
            text = text[..date.Index];
        }

        text = TrailingAgency().Replace(WithoutJobTitle(text.TrimEnd(TrailingSeparators)), string.Empty).TrimEnd(TrailingSeparators);
        var withoutBy = ByPrefix().Replace(text, string.Empty).Trim();
        var name = WithoutOtherLanguagesBy(AfterSectionLabel(withoutBy), openedWithBy: withoutBy.Length < text.Length);
        return name.Length == 0 ? null : "By " + name;
    }

    private static readonly char[] TrailingSeparators = [' ', ',', '|', '-', '—', '–', '·', '•'];

    private static readonly SearchValues<char> DigitsAndAt = SearchValues.Create("0123456789@");

    // "Ben Silverman Games Editor": the title goes, unless no name would be left ("By The Editor"). The pattern is
    // tried only on a line ending with one of its jobs.
    private static string WithoutJobTitle(string text)
    {
        if (!text.EndsWith("or", StringComparison.Ordinal) && !text.EndsWith("er", StringComparison.Ordinal)
            && !text.EndsWith("nt", StringComparison.Ordinal) && !text.EndsWith("st", StringComparison.Ordinal)
            && !text.EndsWith("ic", StringComparison.Ordinal))
        {
            return text;
        }

        var title = TrailingJobTitle().Match(text);
        return title.Success && WordCount.Of(ByPrefix().Replace(text[..title.Index], string.Empty)) >= 2
            ? text[..title.Index].TrimEnd(TrailingSeparators)
            : text;
    }

    // "Tech Industry by Steven Musil": a section's name before the credit, a few words of letters alone. A writer's
    // name set apart from another credit ("Kari Nordmann | Edited by …", "Kari Nordmann; photos by …") or a role
    // before "by" ("Kari Nordmann Photos by …") keeps its parts.
    private static string AfterSectionLabel(string name)
    {
        var by = name.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        if (by <= 0 || by + 4 >= name.Length || !char.IsUpper(name[by + 4]))
        {
            return name;
        }

        var label = name.AsSpan(0, by);
        var lastWord = label[(label.LastIndexOf(' ') + 1)..];
        return !label.ContainsAnyExcept(LabelCharacters) && WordCount.Of(label) <= 3 && !RoleWords.Contains(lastWord)
            ? name[(by + 4)..]
            : name;
    }

    private static readonly SearchValues<char> LabelCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleWords = new HashSet<string>(
        ["photos", "photo", "photographs", "pictures", "edited", "illustrations", "illustration", "graphics", "video",
         "reporting", "research", "produced", "translated"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // "por César Salza", "Par Sébastien Farcis": a page in another language credits its writer in its own words. A
    // byline that already opens with "By", or a name of two words ("Von Miller", "Par Lagerkvist"), is a name.
    private static string WithoutOtherLanguagesBy(string name, bool openedWithBy)
    {
        var space = name.IndexOf(' ');
        return !openedWithBy && space is 3 or 4 && space + 1 < name.Length && char.IsUpper(name[space + 1])
            && name.IndexOf(' ', space + 1) > 0 && OtherLanguagesBy.Contains(name.AsSpan(0, space))
            ? name[(space + 1)..]
            : name;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherLanguagesBy =
        new HashSet<string>(["por", "par", "von", "door"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"^By(?:\s+(?=\p{L})|\s*$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(
        @"[\s,|·]*(?:(?:Updated|Published|Posted)\s*:?\s*)?(?:\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{L}*\.?,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{L}*\.?\s+\d{1,2}(?:,\s*\d{4})?\b|[\s,|·]*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?|[\s,|·]*\d{1,2}/\d{1,2}/\d{2,4}"
        + @"|[\s,|·]*\d{1,2}\.?\s+(?:de\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|ene|dic|fev|set|out|dez|janv|févr|avr|mai|juin|juil|août|déc|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember)\p{L}*\.?(?=\s+(?:de\s+)?\d{4}|\s*[,;|·•]|\s*$)"
        + @"|[\s,|·•.]*(?:(?:Updated|Published|Posted)\s*:?\s*)?\b\d{1,3}\s*(?:min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?)\s+ago\b|\s*[·•|]\s*\d{1,2}[mhd]\b|\s+@\w",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex GluedDate();

    [GeneratedRegex(
        @"(?:[\s,|·—–-]+(?:The\s+)?(?:Associated\s+Press|AP|Reuters|AFP|Bloomberg|CNN|Agence\s+France-Presse|Staff\s+Writer|Staff\s+Reporter|Correspondent))+\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex TrailingAgency();

    // "Games Editor", "Senior Writer", "White House Correspondent": a job, last on the line, with a word or two saying of what.
    [GeneratedRegex(
        @"[\s,]+(?:(?:Senior|Staff|Contributing|Managing|Executive|Deputy|Chief|Associate|Assistant|Political|Politics|Business|Technology|Tech|Science|Health|Sports|Games|Gaming|Foreign|National|Digital|Features|News|Entertainment|Travel|Opinion|Film|Music|Culture|Economics|Finance|Legal|Media|Investigative|Special|White\s+House)\s+){0,2}(?:Editor|Writer|Reporter|Correspondent|Columnist|Contributor|Producer|Critic)$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex TrailingJobTitle();
}
