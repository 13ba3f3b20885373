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
        var text = WhitespaceRun().Replace(byline, " ").Trim();
        var date = GluedDate().Match(text);
        if (date.Success)
        {
            text = text[..date.Index];
        }

        text = TrailingAgency().Replace(text, string.Empty);
        text = text.TrimEnd(' ', ',', '|', '-', '—', '–', '·');
        var name = ByPrefix().Replace(text, string.Empty).Trim();
        return name.Length == 0 ? null : "By " + name;
    }

    [GeneratedRegex(@"^By(?:\s+(?=\p{L})|\s*$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(
        @"[\s,|·]*(?:(?:Updated|Published|Posted)\s*:?\s*)?(?:\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{L}*\.?,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{L}*\.?\s+\d{1,2}(?:,\s*\d{4})?\b|[\s,|·]*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?|[\s,|·]*\d{1,2}/\d{1,2}/\d{2,4}",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex GluedDate();

    [GeneratedRegex(
        @"(?:[\s,|·—–-]+(?:The\s+)?(?:Associated\s+Press|AP|Reuters|AFP|Bloomberg|CNN|Agence\s+France-Presse|Staff\s+Writer|Staff\s+Reporter|Correspondent))+\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex TrailingAgency();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex WhitespaceRun();
}
